"""Tests for helpers.header: masthead lines → parts → fields, in EN, FR and ES."""

from __future__ import annotations

import pytest

from helpers.header import agenda_items, line_kind, read_header, split_masthead
from helpers.parse import parse_text


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("United Nations", "publisher"),
        ("Nations Unies                        A/RES/78/102", "publisher"),
        ("A/RES/78/102", "symbol"),
        ("S/RES/2677 (2023)", "symbol"),
        ("A/C.3/76/L.37", "symbol"),
        ("General Assembly", "organ"),
        ("Asamblea General Distr. general", "organ"),
        ("Human Rights Council", "organ"),
        ("Troisième Commission", "committee"),
        ("Distr.: General", "distribution"),
        ("Distr. limitée", "distribution"),
        ("Original: English", "original"),
        ("Original : anglais", "original"),
        ("French", "language"),
        ("Seventy-eighth session", "session"),
        ("Soixante-dix-huitième session", "session"),
        ("Septuagésimo octavo período de sesiones", "session"),
        ("Agenda item 76", "agenda"),
        ("Point 25 b) de l’ordre du jour", "agenda"),
        ("Temas 20 y 78 a) del programa", "agenda"),
        ("Resolution adopted by the General Assembly on 7 December 2023", "adopted"),
        ("Résolution adoptée par l’Assemblée générale le 7 décembre 2023", "adopted"),
        ("Resolución aprobada por la Asamblea General el 7 de diciembre de 2023", "adopted"),
        ("Resolution 2677 (2023)", "sc number"),
        ("Adopted by the Security Council at its 9281st meeting, on 15 March 2023", "sc adopted"),
        ("[on the report of the Sixth Committee (A/78/432, para. 8)]", "proponent"),
        ("78/102. Criminal accountability of United Nations officials", "numbered title"),
        ("2023/12. Promoting the rights of persons", "numbered title"),
        ("11 December 2023", "date"),
        ("27 February–4 April 2023", "date"),
        ("of 29 November 1990", "of date"),
        ("B", "part"),
        # lines of text: titles, agenda items' names, sponsors
        ("Criminal accountability of United Nations officials and experts on mission", None),
        ("Cuba* et Fédération de Russie : projet de résolution", None),
        ("General Assembly resolutions on the question of Palestine", None),
        ("de 2030 para el Desarrollo Sostenible", None),
    ],
)
def test_line_kind(line: str, kind: str | None) -> None:
    assert line_kind(line) == kind


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Agenda item 76", "76"),
        ("Agenda item 72 (b)", "72 (b)"),
        ("Point 25 b) de l’ordre du jour", "25 (b)"),
        ("Point 59 de l’ordre du jour", "59"),  # the "d" of "de" is no sub-item
        ("Tema 77 del programa", "77"),
        ("Agenda items 20 and 78 (a)", "20, 78 (a)"),
        ("Temas 20 y 78 a) del programa", "20, 78 (a)"),  # "y" is "and", not a sub-item
        ("20 and 78 (a)", "20, 78 (a)"),  # the markup's title attribute
        ("Agenda item", None),
    ],
)
def test_agenda_items(text: str, items: str | None) -> None:
    assert agenda_items(text) == items


def _parts(lines: list[str], paragraphs: list[int] | None = None) -> list[tuple[str | None, str]]:
    """Split masthead lines (one paragraph, or paragraphs of the given sizes) into parts."""
    sizes = paragraphs or [len(lines)]
    paras, at = [], 0
    for n in sizes:
        paras.append(lines[at : at + n])
        at += n
    return [(kind, " ".join(ls)) for kind, ls in split_masthead(paras, lambda s: s)]


ADOPTED_EN = [
    "United Nations",
    "A/RES/73/3",
    "General Assembly",
    "Distr.: General",
    "18 October 2018",
    "Seventy-third session",
    "Agenda item 129",
    "Resolution adopted by the General Assembly",
    "on 10 October 2018",
    "[without reference to a Main Committee",
    "(A/73/L.4)]",
    "73/3. Political declaration of the high-level meeting of the",
    "General Assembly on the fight against tuberculosis",
]


def test_split_keeps_wrapped_parts_whole() -> None:
    parts = _parts(ADOPTED_EN)
    kinds = [k for k, _ in parts]
    assert kinds == [
        "publisher",
        "symbol",
        "organ",
        "distribution",
        "date",
        "session",
        "agenda",
        "adopted",
        "proponent",
        "numbered title",
    ]
    assert parts[7][1] == "Resolution adopted by the General Assembly on 10 October 2018"
    assert parts[-1][1].endswith("General Assembly on the fight against tuberculosis")


def test_split_a_part_letter_ends_the_title() -> None:
    parts = _parts(["74/260. Financing of the Mission", "B"])
    assert parts == [("numbered title", "74/260. Financing of the Mission"), ("part", "B")]


# (lines, paragraph sizes or None for one, expected fields)
HEADERS = [
    pytest.param(
        ADOPTED_EN,
        None,
        {
            "symbol": "A/RES/73/3",
            "title": "Political declaration of the high-level meeting of the General Assembly "
            "on the fight against tuberculosis",
            "session": 73,
            "date": "2018-10-10",
            "agenda_item": "129",
            "doc_type": "adopted resolution",
        },
        id="adopted-en",
    ),
    pytest.param(
        [
            "Nations Unies                        A/RES/78/104",
            "Assemblée générale",
            "Distr. générale",
            "11 décembre 2023",
            "Soixante-dix-huitième session",
            "Point 77 de l’ordre du jour",
            "Rapport de la Commission des Nations Unies pour le droit commercial international",
            "sur les travaux de sa cinquante-sixième session",
            "Résolution adoptée par l’Assemblée générale le 7 décembre 2023",
            "[sur la base du rapport de la Sixième Commission (A/78/433, par. 13)]",
            "78/104. Dispositions types sur la médiation",
        ],
        None,
        {
            "symbol": "A/RES/78/104",
            "title": "Dispositions types sur la médiation",
            "session": 78,
            "date": "2023-12-07",
            "agenda_item": "77",
        },
        id="adopted-fr-merged-columns",
    ),
    pytest.param(
        [
            "Naciones Unidas",
            "A/RES/74/52",
            "Asamblea General",
            "Distr. general",
            "19 de diciembre de 2019",
            "Septuagésimo cuarto período de sesiones",
            "Tema 98 k) del programa",
            "Desarme general y completo",
            "Resolución aprobada por la Asamblea General el 12 de diciembre de 2019",
            "[sobre la base del informe de la Primera Comisión (A/74/399)]",
            "74/52. Informe de la Conferencia de Desarme",
        ],
        None,
        {
            "symbol": "A/RES/74/52",
            "title": "Informe de la Conferencia de Desarme",
            "session": 74,
            "date": "2019-12-12",
            "agenda_item": "98 (k)",
        },
        id="adopted-es",
    ),
    pytest.param(
        [
            "United Nations",
            "S/RES/2677 (2023)",
            "Security Council",
            "Distr.: General",
            "15 March 2023",
            "Resolution 2677 (2023)",
            "Adopted by the Security Council at its 9281st meeting, on",
            "15 March 2023",
        ],
        None,
        {"symbol": "S/RES/2677 (2023)", "title": None, "date": "2023-03-15"},
        id="security-council",
    ),
    pytest.param(
        [
            "A/HRC/RES/52/1",
            "General Assembly Distr.: General",
            "12 April 2023",
            "Original: English",
            "Human Rights Council",
            "Fifty-second session",
            "27 February–4 April 2023",
            "Agenda item 3",
            "Promotion and protection of all human rights, civil,",
            "political, economic, social and cultural rights,",
            "including the right to development",
            "Resolution adopted by the Human Rights Council on 3 April 2023",
            "52/1. Promoting human rights and the Sustainable Development",
            "Goals through transparent, accountable and efficient public",
            "services delivery",
        ],
        None,
        {
            "symbol": "A/HRC/RES/52/1",
            "title": "Promoting human rights and the Sustainable Development Goals through "
            "transparent, accountable and efficient public services delivery",
            "session": 52,
            "date": "2023-04-03",
            "agenda_item": "3",
        },
        id="human-rights-council",
    ),
    pytest.param(
        [
            "United Nations",
            "A/C.3/76/L.37",
            "General Assembly",
            "Distr.: Limited",
            "29 October 2021",
            "Original: English",
            "Seventy-sixth session",
            "Third Committee",
            "Agenda item 75 (b)",
            "Promotion and protection of human rights: human rights questions,",
            "including alternative approaches for improving the effective",
            "enjoyment of human rights and fundamental freedoms",
            "Cuba and Russian Federation: draft resolution",
            "Enhancement of international cooperation",
            "in the field of human rights",
        ],
        [9, 3, 1, 2],
        {
            "symbol": "A/C.3/76/L.37",
            "title": "Enhancement of international cooperation in the field of human rights",
            "session": 76,
            "date": "2021-10-29",
            "agenda_item": "75 (b)",
            "sponsors": ["Cuba", "Russian Federation"],
            "doc_type": "draft resolution",
        },
        id="draft-en",
    ),
    pytest.param(
        [
            "Cuba* et Fédération de Russie : projet de résolution",
            "Renforcement de la coopération internationale",
            "dans le domaine des droits humains",
        ],
        [1, 2],
        {
            "title": "Renforcement de la coopération internationale dans le domaine des droits "
            "humains",
            "sponsors": ["Cuba", "Fédération de Russie"],
            "on_behalf_of": "Au nom du Mouvement des pays non alignés.",
        },
        id="draft-fr-no-masthead",
    ),
]


@pytest.mark.parametrize(("lines", "paragraphs", "expected"), HEADERS)
def test_read_header(lines: list[str], paragraphs: list[int] | None, expected: dict) -> None:
    notes = {"*": "Au nom du Mouvement des pays non alignés."}
    got = read_header(_parts(lines, paragraphs), notes, None)
    for key, value in expected.items():
        assert got.get(key) == value, key


def test_read_header_takes_the_symbol_a_running_header_set_aside() -> None:
    got = read_header(_parts(ADOPTED_EN[2:]), {}, "en", masthead_symbol="A/RES/73/3")
    assert got["symbol"] == "A/RES/73/3"


def test_a_report_symbol_is_not_the_documents_symbol() -> None:
    got = read_header(_parts(ADOPTED_EN[2:]), {}, "en")
    assert "symbol" not in got  # not A/73/L.4, the draft named in the brackets


def test_parse_text_reads_the_masthead_of_a_pdf_extraction() -> None:
    body = (
        "The General Assembly,\n"
        "Recalling its resolution 70/1 of 25 September 2015,\n"
        "1. Decides to remain seized of the matter.\n"
    )
    res = parse_text("\n".join(ADOPTED_EN) + "\n" + body, language="en")
    assert (res.symbol, res.session, res.date, res.agenda_item) == (
        "A/RES/73/3",
        73,
        "2018-10-10",
        "129",
    )
    assert res.title is not None and res.title.startswith("Political declaration")
