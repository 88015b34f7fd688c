"""Tests for helpers.render: the PDF-like text written for the round trip."""

from __future__ import annotations

import dataclasses
import re

import pytest

from helpers.models import Clause, Footnote, Furniture, Lead, Resolution
from helpers.normalize import columns
from helpers.parse import parse_text
from helpers.render import (
    LAYOUTS,
    Draft,
    RenderOptions,
    as_draft,
    behalf_in,
    render_text,
    wrap,
)


def _composite() -> Resolution:
    ops = [
        ("1", "Takes note of the second performance report of the Secretary-General;", "A"),
        ("2", "Requests the Secretary-General to consult delegations.", "A"),
        (None, "Resolves that the estimates of income shall be approved.", "B"),
    ]
    return Resolution(
        source=None,
        language="en",
        symbol="A/RES/74/250 A-B",
        title="Programme budget for the biennium 2018–2019",
        organ_text="The General Assembly",
        clauses=tuple(
            Clause(f"OP{k}", "operative", n, t, Lead(t.split()[0]), part=p)
            for k, (n, t, p) in enumerate(ops, start=1)
        ),
        furniture=(
            Furniture("part", "A Final budget appropriations for the biennium 2018–2019"),
            Furniture("part", "B Final income estimates for the biennium 2018–2019"),
        ),
        closing="52nd plenary meeting 27 December 2019",
    )


@pytest.mark.parametrize("layout", LAYOUTS)
def test_composite_parts_are_printed_and_read_back(layout: str) -> None:
    res = _composite()
    text = render_text(res, RenderOptions(layout=layout, furniture=False, links=False))
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    b = lines.index("B")
    assert lines[b + 1 : b + 3] == [
        "Final income estimates for the biennium 2018–2019",
        "The General Assembly",
    ]
    parsed = parse_text(text, language="en")
    assert [(c.number, c.text[:20]) for c in parsed.operative] == [
        (c.number, c.text[:20]) for c in res.operative
    ]


MASTHEAD = "\n".join(
    [
        "Naciones Unidas",
        "A/RES/79/193",
        "Asamblea General",
        "Distr. general",
        "23 de diciembre de 2024",
        "Septuagésimo noveno período de sesiones",
        "Tema 69 b) del programa",
        "Promoción y protección de los derechos humanos",
        "Resolución aprobada por la Asamblea General el 17 de diciembre de 2024",
        "[sobre la base del informe de la Tercera Comisión (A/79/457/Add.2, párr. 90)]",
        "79/193. Fortalecimiento de la cooperación internacional",
    ]
)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_masthead_is_printed_and_read_back(layout: str) -> None:
    text_ = "Exhorta a los Estados a que cooperen."
    res = Resolution(
        source=None,
        language="es",
        symbol="A/RES/79/193",
        title="Fortalecimiento de la cooperación internacional",
        organ_text="La Asamblea General,",
        header=MASTHEAD,
        clauses=(Clause("OP1", "operative", "1", text_, Lead("Exhorta")),),
    )
    text = render_text(res, RenderOptions(layout=layout, page_lines=6))
    # a layout-keeping extractor prints the publisher and the symbol on one line
    merged = layout == "indented"
    assert ("Naciones Unidas" + " " * 24 + "A/RES/79/193" in text) == merged
    parsed = parse_text(text, language="es")
    assert (parsed.symbol, parsed.title, parsed.session, parsed.date, parsed.agenda_item) == (
        "A/RES/79/193",
        "Fortalecimiento de la cooperación internacional",
        79,
        "2024-12-17",
        "69 (b)",
    )


#: The acting organ and an operative paragraph, by language ("en" otherwise).
_ORGAN_LINE = {"es": "La Asamblea General,", "zh": "大会，", "ar": "إن الجمعية العامة،"}
_OPERATIVE = {
    "es": "Exhorta a los Estados a que cooperen.",
    "zh": "请秘书长就本决议执行情况向大会第七十八届会议提出报告。",
    "ar": "تطلب إلى الأمين العام أن يقدم تقريرا عن تنفيذ هذا القرار.",
}


def _adopted(
    language: str, masthead: str, sponsors: tuple[str, ...], behalf: str | None = None
) -> Resolution:
    text_ = _OPERATIVE.get(language, "Urges States.")
    return Resolution(
        source=None,
        language=language,
        symbol=masthead.split("\n")[1],
        title=re.split(r"\.? ", masthead.split("\n")[-1], maxsplit=1)[1],  # (Arabic: no ".")
        session=int(masthead.split("\n")[1].split("/")[2]),
        organ_text=_ORGAN_LINE.get(language, "The General Assembly,"),
        header=masthead,
        sponsors=sponsors,
        on_behalf_of=behalf,
        clauses=(Clause("OP1", "operative", "1", text_, Lead(text_.split()[0])),),
    )


PLENARY_EN = "\n".join(
    [
        "United Nations",
        "A/RES/78/3",
        "General Assembly",
        "Distr.: General",
        "17 October 2023",
        "Seventy-eighth session",
        "Agenda item 125",
        "Global health and foreign policy",
        "Resolution adopted by the General Assembly on 5 October 2023",
        "[without reference to a Main Committee (A/78/L.2)]",
        "78/3. Political declaration on pandemic prevention",
    ]
)


@pytest.mark.parametrize(
    ("masthead", "language", "sponsors", "draft"),
    [
        (
            MASTHEAD,
            "es",
            ("Trinidad and Tobago", "United Kingdom of Great Britain and Northern Ireland"),
            Draft(
                "A/C.3/79/L.193",
                "Tercera Comisión",
                ("Trinidad y Tabago", "Reino Unido de Gran Bretaña e Irlanda del Norte"),
            ),
        ),
        (
            PLENARY_EN,
            "en",
            ("Guinea",),
            Draft("A/78/L.2", None, ("Guinea",), "the Group of 77 and China"),
        ),
        # an officer, named in English by the markup: an English draft only
        (
            PLENARY_EN,
            "en",
            ("the President of the General Assembly",),
            Draft("A/78/L.2", None, ("the President of the General Assembly",), officer=True),
        ),
        (MASTHEAD, "es", ("the Chair of the Committee",), None),
        # sponsors the table does not name give no draft
        (PLENARY_EN, "en", ("Freedonia",), None),
    ],
)
def test_as_draft(
    masthead: str, language: str, sponsors: tuple[str, ...], draft: Draft | None
) -> None:
    behalf = "the Group of 77 and China" if sponsors == ("Guinea",) else None
    assert as_draft(_adopted(language, masthead, sponsors, behalf)) == draft


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("masthead", [MASTHEAD, PLENARY_EN], ids=["committee-es", "plenary-en"])
def test_a_draft_is_printed_and_read_back(layout: str, masthead: str) -> None:
    language = "es" if masthead is MASTHEAD else "en"
    many = ("Albania", "Bosnia and Herzegovina", "Cabo Verde", "Trinidad and Tobago") * 6
    res = _adopted(
        language, masthead, (*many, "United Kingdom of Great Britain and Northern Ireland")
    )
    draft = as_draft(res)
    assert draft is not None
    text = render_text(res, RenderOptions(layout=layout, width=60), draft=draft)
    assert "adopted" not in text and "aprobada" not in text  # a draft has no adoption line
    parsed = parse_text(text, language=language)
    assert parsed.doc_type == "draft resolution"
    assert (parsed.symbol, parsed.title, parsed.session) == (draft.symbol, res.title, res.session)
    assert parsed.sponsors == draft.sponsors
    assert parsed.agenda_item == ("69 (b)" if language == "es" else "125")


G77 = "the States Members of the United Nations that are members of the Group of 77 and China"


@pytest.mark.parametrize(
    ("behalf", "language", "printed"),
    [
        (G77, "en", G77),
        (
            G77,
            "fr",
            "États Membres de l’Organisation des Nations Unies qui sont membres du Groupe des 77"
            " et la Chine",
        ),
        (
            G77.replace("Group of 77 and China", "Organization of Islamic Cooperation"),
            "fr",
            "États Membres de l’Organisation des Nations Unies qui sont membres de"
            " l’Organisation de la coopération islamique",
        ),
        (
            G77.replace("Group of 77 and China", "League of Arab States"),
            "fr",
            "États Membres de l’Organisation des Nations Unies qui sont membres de la Ligue des"
            " États arabes",
        ),
        (
            G77.replace("Group of 77 and China", "Movement of Non-Aligned Countries"),
            "es",
            "los Estados Miembros de las Naciones Unidas que son miembros del Movimiento de"
            " Países No Alineados",
        ),
        (
            G77.replace("Group of 77 and China", "Group of African States"),
            "es",
            "los Estados Miembros de las Naciones Unidas que son miembros del Grupo de los"
            " Estados de África",
        ),
        # a group or body the reference table does not name in French or Spanish: no note
        ("the Bureau", "es", None),
        (G77.replace("Group of 77 and China", "Friends of the Ocean"), "fr", None),
    ],
)
def test_the_group_is_named_in_the_drafts_language(
    behalf: str, language: str, printed: str | None
) -> None:
    assert behalf_in(behalf, language) == printed


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("masthead", [MASTHEAD, PLENARY_EN], ids=["committee-es", "plenary-en"])
def test_the_asterisk_note_is_printed_and_read_back(layout: str, masthead: str) -> None:
    """ "Cuba*: proyecto de resolución" with "* En nombre de los Estados Miembros …": the parser
    names the group as the draft's language prints it."""
    language = "es" if masthead is MASTHEAD else "en"
    draft = as_draft(_adopted(language, masthead, ("Cuba",), G77))
    assert draft is not None and draft.on_behalf_of
    res = _adopted(language, masthead, draft.sponsors, draft.on_behalf_of)
    text = render_text(res, RenderOptions(layout=layout, width=70), draft=draft)
    parsed = parse_text(text, language=language)
    assert parsed.sponsors == ("Cuba",)
    assert parsed.on_behalf_of == draft.on_behalf_of


@pytest.mark.parametrize(
    ("bracket", "symbol", "committee"),
    [
        (
            "[without reference to a Main Committee (A/75/L.20 and A/75/L.20/Add.1)]",
            "A/75/L.20",
            None,
        ),
        ("[sin remisión previa a una Comisión Principal (A/78/L.62)]", "A/78/L.62", None),
        (
            "[sur la base du rapport de la Première Commission (A/78/392, par. 97)]",
            "A/C.1/78/L.3",
            "Première Commission",
        ),
        (
            "[on the report of the Special Political and Decolonization Committee (Fourth "
            "Committee) (A/78/400)]",
            "A/C.4/78/L.3",
            "Special Political and Decolonization Committee",
        ),
        ("[on the basis of the report of the Credentials Committee (A/78/605)]", None, None),
    ],
)
def test_as_draft_reads_the_adoption_bracket(
    bracket: str, symbol: str | None, committee: str | None
) -> None:
    masthead = PLENARY_EN.replace("[without reference to a Main Committee (A/78/L.2)]", bracket)
    draft = as_draft(_adopted("en", masthead, ("Cuba",)))
    got = (draft.symbol, draft.committee) if draft else (None, None)
    assert got == (symbol, committee)


#: The masthead of an English resolution adopted on a committee's report.
COMMITTEE_EN = PLENARY_EN.replace(
    "[without reference to a Main Committee (A/78/L.2)]",
    "[on the report of the Second Committee (A/78/461)]",
)
#: Operative paragraphs enough to fill lines (the parser measures a full line on the body).
_BODY = tuple(
    Clause(
        f"OP{k}",
        "operative",
        str(k),
        f"Requests the Secretary-General to submit to the General Assembly at its {k}th session"
        " a report on the implementation of the present resolution, including on the support"
        " provided by the United Nations system;",
        Lead("Requests"),
    )
    for k in range(1, 8)
)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    ("masthead", "officer"),
    [
        (PLENARY_EN, "the President of the General Assembly"),
        (COMMITTEE_EN, "the Vice-Chair of the Committee, Ahmed Magdy (Egypt)"),
        (COMMITTEE_EN, "the Chair of the Committee"),
    ],
)
def test_an_officers_draft_is_printed_and_read_back(
    layout: str, masthead: str, officer: str
) -> None:
    """Wrapped or not, with or without the draft it was based on, the officer's line ends
    before the title, in every layout."""
    res = dataclasses.replace(_adopted("en", masthead, (officer,)), clauses=_BODY)
    draft = as_draft(res)
    assert draft is not None and draft.officer
    assert bool(draft.basis) == ("(" in officer)  # a named officer cites the earlier draft
    text = render_text(res, RenderOptions(layout=layout, width=90), draft=draft)
    assert "Draft resolution submitted by " + officer.split(",")[0] in " ".join(text.split())
    parsed = parse_text(text, language="en")
    assert parsed.sponsors == (officer,)
    assert parsed.title == res.title
    assert len(parsed.operative) == len(_BODY)


def test_the_indented_layout_indents_the_sponsors_and_title_whole() -> None:
    res = _adopted("en", COMMITTEE_EN, ("Cuba", "Trinidad and Tobago") * 8)
    draft = as_draft(res)
    assert draft is not None
    text = render_text(res, RenderOptions(layout="indented", width=60), draft=draft)
    block = [ln for ln in text.split("\n") if ln.startswith(" " * 10)]
    assert block[0].strip().startswith("Cuba, Trinidad and Tobago, Cuba")
    assert block[-1].strip() == res.title.split()[-1] or res.title.endswith(block[-1].strip())
    assert len(block) >= 4  # the sponsors wrap, and every line of theirs is indented
    assert parse_text(text, language="en").sponsors == draft.sponsors


def test_plain_pdftotext_printing_is_read_back() -> None:
    """As plain ``pdftotext`` prints a PDF: one-digit paragraph numbers and the title's number
    on lines of their own; each page's notes as a run of marks, the page's foot, then their
    texts (one of them a symbol alone)."""
    after = _BODY[0].text.index("Secretary-General") + len("Secretary-General")
    body = tuple(
        dataclasses.replace(c, anchors=((c.number, after),) if c.number in {"2", "5"} else ())
        for c in _BODY
    )
    res = dataclasses.replace(
        _adopted("en", PLENARY_EN, ()),
        clauses=body,
        footnotes=(
            Footnote("2", "A/78/515.", "OP2"),
            Footnote("5", "See Official Records of the General Assembly, Supplement No. 5.", "OP5"),
        ),
    )
    text = render_text(res, RenderOptions(layout="flat", width=70, page_lines=12, plain=True))
    lines = text.split("\n")
    assert "1." in lines and "78/3." in lines  # the numbers' column apart
    mark = lines.index("__________________") + 1
    assert lines[mark] == "2" and lines[mark + 1] == ""  # the mark, then the page's foot
    parsed = parse_text(text, language="en")
    assert parsed.title == res.title
    assert [c.number for c in parsed.clauses] == [c.number for c in body]
    assert [(f.mark, f.text, f.clause) for f in parsed.footnotes] == [
        ("2", "A/78/515.", "OP2"),
        ("5", "See Official Records of the General Assembly, Supplement No. 5.", "OP5"),
    ]


ZH_PARAGRAPH = (
    "又回顾安全理事会各项相关决议，包括1967年11月22日第242(1967)号、1979年3月22日第446(1979)号"
    "和2016年12月23日第2334(2016)号决议，并强调指出需要执行这些决议，见A/ES-10/273和"
    "《世界人权宣言》，"
)


@pytest.mark.parametrize("width", [30, 41, 80])
def test_chinese_wraps_between_characters(width: int) -> None:
    lines = wrap(ZH_PARAGRAPH, width, "zh")
    assert len(lines) > 1
    assert "".join(lines) == ZH_PARAGRAPH  # no space added or lost at a break
    assert all(columns(line) <= width for line in lines)
    assert not any(line[0] in "，、》）" for line in lines)  # no line opens with a closing mark
    # numbers and symbols are never broken
    for token in ("242(1967)", "2334(2016)", "A/ES-10/273"):
        assert any(token in line for line in lines)


def test_latin_wrap_is_textwrap() -> None:
    text = "Recalling its resolutions 181 (II) of 29 November 1947, and all relevant resolutions,"
    assert (
        wrap(text, 30, "en")
        == wrap(text, 30)
        == [
            "Recalling its resolutions 181",
            "(II) of 29 November 1947, and",
            "all relevant resolutions,",
        ]
    )


MASTHEAD_ZH = "\n".join(
    [
        "联合国",
        "A/RES/77/126",
        "大会",
        "Distr.: General",
        "15 December 2022",
        "第七十七届会议",
        "议程项目47",
        "以色列侵犯被占领土巴勒斯坦人民和其他阿拉伯人各项权利的行为和定居点活动",
        "2022年12月12日大会决议",
        "[根据特别政治和非殖民化委员会(第四委员会)的报告通过 (A/77/400，第14段)]",
        "77/126. 以色列在包括东耶路撒冷在内的巴勒斯坦被占领土和被占领的叙利亚戈兰的定居点",
    ]
)


MASTHEAD_AR = "\n".join(
    [
        "الأمــم المتحـدة",
        "A/RES/77/126",
        "الجمعية العامة",
        "Distr.: General",
        "15 December 2022",
        "الدورة السابعة والسبعون",
        "البند 47 من جدول الأعمال",
        "الممارسات الإسرائيلية والأنشطة الاستيطانية",
        "قرار اتخذته الجمعية العامة في 12 كانون الأول/ديسمبر 2022",
        "[بناء على تقرير اللجنة الثالثة (A/77/400، الفقرة 14)]",
        "77/126 المستوطنات الإسرائيلية في الأرض الفلسطينية المحتلة",
    ]
)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    ("language", "masthead", "sponsors", "draft"),
    [
        (
            "zh",
            MASTHEAD_ZH,
            ("Algeria", "Antigua and Barbuda", "Trinidad and Tobago") * 4 + ("Cuba",),
            Draft(
                "A/C.4/77/L.126",
                "特别政治和非殖民化委员会(第四委员会)",
                ("阿尔及利亚", "安提瓜和巴布达", "特立尼达和多巴哥") * 4 + ("古巴",),
            ),
        ),
        (
            "ar",
            MASTHEAD_AR,
            ("Argentina", "Australia", "Trinidad and Tobago") * 4 + ("Chile",),
            Draft(
                "A/C.3/77/L.126",
                "اللجنة الثالثة",
                ("الأرجنتين", "أستراليا", "ترينيداد وتوباغو") * 4 + ("شيلي",),
            ),
        ),
    ],
    ids=["zh", "ar"],
)
def test_a_chinese_or_arabic_draft_is_printed_and_read_back(
    layout: str, language: str, masthead: str, sponsors: tuple[str, ...], draft: Draft
) -> None:
    res = _adopted(language, masthead, sponsors)
    assert as_draft(res) == draft
    text = render_text(res, RenderOptions(layout=layout, width=60), draft=draft)
    parsed = parse_text(text)
    assert parsed.language == language
    assert parsed.doc_type == "draft resolution"
    assert (parsed.symbol, parsed.title, parsed.session) == (draft.symbol, res.title, 77)
    assert parsed.sponsors == draft.sponsors
    assert parsed.agenda_item == "47"
