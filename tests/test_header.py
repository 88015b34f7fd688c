"""Tests for helpers.header: masthead lines → parts → fields, in EN, FR and ES."""

from __future__ import annotations

import re

import pytest

from helpers.header import (
    STATEMENT_TITLE,
    agenda_items,
    behalf_of_note,
    line_ends,
    line_kind,
    officer,
    opens_sponsors,
    other_kind,
    read_header,
    split_masthead,
    split_sponsors,
)
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
        ("Substantive session of 2023", "session"),
        # the wrapped last line of a title is text
        ("of its fifty-second session", None),
        ("soixante-quatorzième session", None),
        ("Agenda item 76", "agenda"),
        ("Point 25 b) de l’ordre du jour", "agenda"),
        ("Temas 20 y 78 a) del programa", "agenda"),
        ("Resolution adopted by the General Assembly on 7 December 2023", "adopted"),
        ("Résolution adoptée par l’Assemblée générale le 7 décembre 2023", "adopted"),
        ("Resolución aprobada por la Asamblea General el 7 de diciembre de 2023", "adopted"),
        ("Resolution 2677 (2023)", "sc number"),
        # an older print: the yearly volume of the Council's resolutions and decisions
        ("50 (1948). Resolution of 29 May 1948", "sc number"),
        ("1 (1946) Resolution of 25 January 1946", "sc number"),
        ("Résolution 678 (1990)", "sc number"),
        # a resolution named in a title is no number line
        ("Resolution 2677 (2023) and the situation in Haiti", None),
        ("Adopted by the Security Council at its 9281st meeting, on 15 March 2023", "sc adopted"),
        ("[on the report of the Sixth Committee (A/78/432, para. 8)]", "proponent"),
        ("78/102. Criminal accountability of United Nations officials", "numbered title"),
        ("55/... Freedom of opinion and expression", "numbered title"),  # a Council draft
        ("73/6.", "numbered title"),  # its title on the lines after it (a plain extraction)
        ("78/183 A. Enlargement of the Executive Committee", "numbered title"),  # a part
        ("2023/12. Promoting the rights of persons", "numbered title"),
        ("1514 (XV). Declaration on the granting of independence", "numbered title"),
        ("2200 A (XXI). International Covenants on Human Rights", "numbered title"),
        ("1514 (XV) of 14 December 1960", None),  # a citation that wraps onto a line
        ("11 December 2023", "date"),
        ("27 February–4 April 2023", "date"),
        ("of 29 November 1990", "of date"),
        ("B", "part"),
        # lines of text: titles, agenda items' names, sponsors
        ("Criminal accountability of United Nations officials and experts on mission", None),
        ("Cuba* et Fédération de Russie : projet de résolution", None),
        ("General Assembly resolutions on the question of Palestine", None),
        ("de 2030 para el Desarrollo Sostenible", None),
        # Russian
        ("Организация Объединенных Наций", "publisher"),
        ("Генеральная Ассамблея", "organ"),
        ("Третий комитет", "committee"),
        ("Семьдесят седьмая сессия", "session"),
        ("Десятая чрезвычайная специальная сессия", "session"),
        ("Пункт 69 a) повестки дня", "agenda"),
        ("Резолюция, принятая Генеральной Ассамблеей 7 октября 2022 года", "adopted"),
        ("[по докладу Шестого комитета (A/77/415, пункт 12)]", "proponent"),
        ("Русский", "language"),
        ("о работе ее семьдесят третьей сессии", None),  # a title's wrapped last line
        ("Генеральная Ассамблея,", None),  # the acting organ, not the masthead's
        ("Резолюция 2677 (2023),", "sc number"),  # the Council's number line, with its comma
        ("принятая Советом Безопасности на его 9281‑м заседании", "sc adopted"),
        # Chinese
        ("联合国", "publisher"),
        ("大会", "organ"),
        ("第三委员会", "committee"),
        ("特别政治和非殖民化委员会(第四委员会)", "committee"),
        ("第七十七届会议", "session"),
        ("第十一届紧急特别会议", "session"),
        ("议程项目69(a)", "agenda"),
        ("2022年12月12日大会决议", "adopted"),
        ("[根据第六委员会的报告 (A/77/415，第12段)]", "proponent"),
        ("2022年12月12日", "date"),
        ("大会，", None),  # the acting organ, not the masthead's
        ("以色列侵犯被占领土巴勒斯坦人民和其他阿拉伯人各项权利的行为", None),  # a title
        # Arabic (the corpus stretches the publisher's letters with tatweel)
        ("الأمــم المتحـدة", "publisher"),
        ("الجمعية العامة", "organ"),
        ("اللجنة الثالثة", "committee"),
        ("الدورة السابعة والسبعون", "session"),
        ("البند 69 (ب) من جدول الأعمال", "agenda"),
        ("قرار اتخذته الجمعية العامة في 12 كانون الأول/ديسمبر 2022", "adopted"),
        ("[بناء على تقرير اللجنة الأولى (A/77/385، الفقرة 110)]", "proponent"),
        ("77/126 المستوطنات الإسرائيلية في الأرض الفلسطينية المحتلة", "numbered title"),
        ("77/269 - اليوم العالمي للسياحة القادرة على الصمود", "numbered title"),
        ("12 كانون الأول/ديسمبر 2022", "date"),
        ("إن الجمعية العامة،", None),  # the acting organ
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
        ("Пункт 69 а) повестки дня", "69 (а)"),
        ("Пункты 20 и 78 повестки дня", "20, 78"),  # "и" is "and"
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
        ["Resolution 678 (1990)", "of 29 November 1990"],
        None,
        {"symbol": "S/RES/678 (1990)", "title": None, "date": "1990-11-29"},
        id="security-council-older-print",
    ),
    pytest.param(
        ["50 (1948). Resolution of 29 May 1948", "[S/801]"],
        [1, 1],
        {
            "symbol": "S/RES/50 (1948)",
            "title": None,
            "date": "1948-05-29",
            "doc_type": "adopted resolution",
        },
        id="security-council-yearly-volume",
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
            "on_behalf_of": "Mouvement des pays non alignés",
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


@pytest.mark.parametrize(
    ("by", "sponsors", "behalf"),
    [
        ("Mongolia", ["Mongolia"], None),
        ("France, Morocco and Qatar", ["France", "Morocco", "Qatar"], None),
        (
            "Bolivia (Plurinational State of), Bosnia and Herzegovina and Trinidad and Tobago",
            ["Bolivia (Plurinational State of)", "Bosnia and Herzegovina", "Trinidad and Tobago"],
            None,
        ),
        (
            "Liberia (on behalf of the States Members of the United Nations that are members of "
            "the Group of African States)",
            ["Liberia"],
            "the States Members of the United Nations that are members of the Group of African "
            "States",
        ),
        (
            "Cameroon (on behalf of the States Members of the United Nations that are members of "
            "the Economic Community of Central African States) and Qatar",
            ["Cameroon", "Qatar"],
            "the States Members of the United Nations that are members of the Economic Community "
            "of Central African States",
        ),
        ("the representative of Colombia, on behalf of the Bureau", ["Colombia"], "the Bureau"),
        (
            "submitted by the Chair of the Committee following informal consultations",
            ["the Chair of the Committee"],
            None,
        ),
        (  # the AKN metadata's wording: the basis of the draft is not a sponsor
            "submitted by the Vice-Chair of the Committee, Ahmed Magdy (Egypt) and on the basis"
            " of informal consultations on draft resolution",
            ["the Vice-Chair of the Committee, Ahmed Magdy (Egypt)"],
            None,
        ),
        (
            "submitted by the Chair on the recommendation of the Economic and Social Council",
            ["the Chair"],
            None,
        ),
    ],
)
def test_split_sponsors(by: str, sponsors: list[str], behalf: str | None) -> None:
    assert split_sponsors(by) == (sponsors, behalf)


@pytest.mark.parametrize(
    ("by", "sponsors", "behalf"),
    [
        # a Russian list ends with "и", which names of the table hold too
        (
            "Австралия, Антигуа и Барбуда, Босния и Герцеговина и Соединенное Королевство "
            "Великобритании и Северной Ирландии",
            [
                "Австралия",
                "Антигуа и Барбуда",
                "Босния и Герцеговина",
                "Соединенное Королевство Великобритании и Северной Ирландии",
            ],
            None,
        ),
        (
            "Государство Палестина (от имени Группы 77 и Китая) и Куба",
            ["Государство Палестина", "Куба"],
            "Группы 77 и Китая",
        ),
    ],
)
def test_split_russian_sponsors(by: str, sponsors: list[str], behalf: str | None) -> None:
    assert split_sponsors(by, "ru") == (sponsors, behalf)


@pytest.mark.parametrize(
    ("by", "sponsors"),
    [
        # "、" between the names, "和" before the last; names of the table that hold "和"
        ("阿尔及利亚、古巴和巴勒斯坦国", ["阿尔及利亚", "古巴", "巴勒斯坦国"]),
        (
            "安提瓜和巴布达、特立尼达和多巴哥和圣基茨和尼维斯",
            ["安提瓜和巴布达", "特立尼达和多巴哥", "圣基茨和尼维斯"],
        ),
        ("大不列颠及北爱尔兰联合王国和法国", ["大不列颠及北爱尔兰联合王国", "法国"]),
        ("古巴*", ["古巴"]),
    ],
)
def test_split_chinese_sponsors(by: str, sponsors: list[str]) -> None:
    assert split_sponsors(by, "zh") == (sponsors, None)


def test_split_arabic_sponsors() -> None:
    """ "،" between the names, "و" glued to each name after the first."""
    by = "الأرجنتين، وأستراليا، وترينيداد وتوباغو"
    assert split_sponsors(by, "ar") == (["الأرجنتين", "أستراليا", "ترينيداد وتوباغو"], None)
    assert opens_sponsors(f"{by}: مشروع قرار")


@pytest.mark.parametrize(
    ("line", "opens"),
    [
        ("阿尔及利亚、文莱达鲁萨兰国、古巴、埃及、伊拉克、约旦、黎巴嫩、毛里塔尼", True),
        ("古巴和巴勒斯坦国：决议草案", True),
        ("特立尼达和多巴哥：决议草案", True),
        ("哥伦比亚、德国和荷兰王国：决议草案", True),
        ("哥伦比亚、特立尼达和多巴哥和荷兰王国：决议草案", True),
        ("古巴的人权状况", False),  # a title that names a State
    ],
)
def test_a_chinese_list_of_sponsors_opens(line: str, opens: bool) -> None:
    assert opens_sponsors(line) is opens


@pytest.mark.parametrize(
    ("by", "sponsors", "behalf"),
    [
        ("Cuba", ["Cuba"], None),  # no " and ", no "behalf": the shortcuts
        ("Cuba, Mexico and Peru", ["Cuba", "Mexico", "Peru"], None),
        ("Antigua and Barbuda, Cuba", ["Antigua and Barbuda", "Cuba"], None),
        ("Cuba, Mexico, On Behalf Of the Group", ["Cuba", "Mexico"], "the Group"),
    ],
)
def test_split_sponsors_shortcuts(by: str, sponsors: list[str], behalf: str | None) -> None:
    assert split_sponsors(by) == (sponsors, behalf)


@pytest.mark.parametrize(
    ("by", "sponsors"),
    [
        ("Cuba, Mexico and Peru", ["Cuba", "Mexico", "Peru"]),
        ("submitted by the Chair", ["the Chair"]),
        ("   ", []),
    ],
)
def test_split_sponsors_cached_lists_are_fresh(by: str, sponsors: list[str]) -> None:
    first, _ = split_sponsors(by)
    first.append("changed by a caller")  # the cache keeps tuples: callers get their own list
    again, _ = split_sponsors(by)
    assert again == sponsors and again is not first


@pytest.mark.parametrize(
    ("who", "language", "sponsors", "behalf"),
    [
        ("Cuba* et Fédération de Russie", "fr", ["Cuba", "Fédération de Russie"], None),
        (
            "Irlande, Royaume-Uni de Grande-Bretagne et d'Irlande du Nord et Trinité-et-Tobago",
            "fr",
            ["Irlande", "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", "Trinité-et-Tobago"],
            None,
        ),
        (  # the apostrophe a French text prints
            "Irlande et Royaume-Uni de Grande-Bretagne et d’Irlande du Nord",
            "fr",
            ["Irlande", "Royaume-Uni de Grande-Bretagne et d’Irlande du Nord"],
            None,
        ),
        (
            "Bolivie (État plurinational de), Saint-Vincent-et-les Grenadines et Suisse",
            "fr",
            ["Bolivie (État plurinational de)", "Saint-Vincent-et-les Grenadines", "Suisse"],
            None,
        ),
        (
            "Chile, Reino Unido de Gran Bretaña e Irlanda del Norte y Trinidad y Tabago",
            "es",
            ["Chile", "Reino Unido de Gran Bretaña e Irlanda del Norte", "Trinidad y Tabago"],
            None,
        ),
        (
            "Bosnia y Herzegovina, España e Italia",
            "es",
            ["Bosnia y Herzegovina", "España", "Italia"],
            None,
        ),
        (
            "Santo Tomé y Príncipe (en nombre de los Estados Miembros de las Naciones Unidas "
            "que son miembros de la Comunidad Económica de los Estados de África Central)",
            "es",
            ["Santo Tomé y Príncipe"],
            "los Estados Miembros de las Naciones Unidas que son miembros de la Comunidad "
            "Económica de los Estados de África Central",
        ),
        # the English list's "and" never splits a French list, and the other way round
        ("Antigua and Barbuda and Saint Lucia", "en", ["Antigua and Barbuda", "Saint Lucia"], None),
        ("Antigua-et-Barbuda et Sainte-Lucie", "fr", ["Antigua-et-Barbuda", "Sainte-Lucie"], None),
        ("Cuba et Trinité-et-Tobago", None, ["Cuba", "Trinité-et-Tobago"], None),  # any language
    ],
)
def test_split_sponsors_in_each_language(
    who: str, language: str | None, sponsors: list[str], behalf: str | None
) -> None:
    assert split_sponsors(who, language) == (sponsors, behalf)


@pytest.mark.parametrize(
    ("note", "group"),
    [
        (
            "On behalf of the States Members of the United Nations that are members of the Group "
            "of 77 and China.",
            "the States Members of the United Nations that are members of the Group of 77 "
            "and China",
        ),
        ("Au nom du Mouvement des pays non alignés.", "Mouvement des pays non alignés"),
        ("En nombre del Grupo de los Estados de África.", "Grupo de los Estados de África"),
        ("State not a member of the Human Rights Council.", None),  # not a group
        (
            "От имени государств — членов Организации Объединенных Наций, являющихся членами "
            "Группы 77, и Китая.",
            "государств — членов Организации Объединенных Наций, являющихся членами Группы 77, "
            "и Китая",
        ),
        ("Государство, не являющееся членом Совета по правам человека.", None),
        ("代表属于77国集团成员的联合国会员国和中国。", "属于77国集团成员的联合国会员国和中国"),
        ("非人权理事会成员国。", None),
        (
            "باسم الدول الأعضاء في الأمم المتحدة الأعضاء في مجموعة الـ 77 والصين.",
            "الدول الأعضاء في الأمم المتحدة الأعضاء في مجموعة الـ 77 والصين",
        ),
        ("دولة ليست عضوا في مجلس حقوق الإنسان.", None),
    ],
)
def test_behalf_of_note(note: str, group: str | None) -> None:
    assert behalf_of_note(note) == group


@pytest.mark.parametrize(
    ("lines", "sponsors"),
    [
        (
            ["Draft resolution submitted by the President of the General Assembly", "Title here"],
            ["the President of the General Assembly"],
        ),
        (
            ["Projet de résolution présenté par le Président de l'Assemblée générale", "Titre"],
            ["le Président de l'Assemblée générale"],
        ),
        (
            ["Bosnia and Herzegovina and Trinidad and Tobago: revised draft resolution", "Title"],
            ["Bosnia and Herzegovina", "Trinidad and Tobago"],
        ),
    ],
)
def test_read_header_sponsors(lines: list[str], sponsors: list[str]) -> None:
    got = read_header(_parts(lines, [1, 1]), {}, "fr" if "Projet" in lines[0] else "en")
    assert got["sponsors"] == sponsors
    assert got["title"] == lines[1]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Cuba",
        "Cuba, Mexico",
        "Bolivia (Plurinational State of), China",
        "a (b, c), d (e, f (g, h)), i",
        "a, b), c, d",  # a closing parenthesis without its opening one
        "a (b, c, d",  # an opening parenthesis never closed
        ")a, b(",
        ",,(,),",
        "a (b) c, (d, e) (f, g",
    ],
)
def test_split_top_commas_matches_the_lookahead_regex(text: str) -> None:
    """The linear split gives the pieces of the lookahead regex it replaces."""
    from helpers.header import _split_top_commas

    assert _split_top_commas(text) == re.split(r",(?![^()]*\))", text)


def _table_names() -> list[tuple[str, str]]:
    from helpers.header import _member_states

    return [(lang, row[lang]) for row in _member_states() for lang in ("en", "fr", "es")]


_AND = {"en": "and", "fr": "et", "es": "y"}


@pytest.mark.parametrize(("language", "name"), _table_names())
def test_every_name_of_the_table_is_kept_whole_in_a_list(language: str, name: str) -> None:
    """Each name, first, inside and last in a list of its language, comes back whole, and
    opens a list of sponsors."""
    first, last = (
        ("Chile", "Cuba") if "Chile" not in name and "Cuba" not in name else ("Peru", "Fiji")
    )
    listed = f"{name}, {first}, {name} {_AND[language]} {name}"
    assert split_sponsors(listed, language) == ([name, first, name, name], None)
    assert split_sponsors(f"{first} {_AND[language]} {name}", language)[0] == [first, name]
    assert opens_sponsors(f"{name}, {last}, …")


@pytest.mark.parametrize(
    ("line", "opens"),
    [
        ("Albania, Andorra, Bosnia and", True),
        ("Cuba* et Fédération de Russie : projet de résolution", True),
        ("Uganda*: draft resolution", True),
        ("Chile y España: proyecto de resolución", True),
        ("Bosnie-Herzégovine, Cabo", True),  # the next name wraps
        ("Draft resolution submitted by the President of the General Assembly", True),
        # a title or an agenda item's name that wraps before a State's name
        ("Ukraine, including the Autonomous Republic of Crimea", False),
        ("Georgia, and the Tskhinvali region/South Ossetia, Georgia", False),
        ("Cuba", False),
        ("Promotion and protection of human rights", False),
    ],
)
def test_opens_sponsors(line: str, opens: bool) -> None:
    assert opens_sponsors(line) is opens


HRC_DRAFT = """\
United Nations                                            A/HRC/55/L.12
General Assembly                                          Distr.: Limited
                                                          1 April 2024
                                                          Original: English
Human Rights Council
Fifty-fifth session
26 February–5 April 2024
Agenda item 3
Promotion and protection of all human rights, civil, political, economic,
social and cultural rights, including the right to development
Albania,* Andorra,* Argentina, Bosnia and Herzegovina,* Chile, Costa
Rica, Trinidad and Tobago* and Uruguay: draft resolution
55/... Freedom of opinion and expression
The Human Rights Council,
Recalling all previous resolutions on the right to freedom of opinion and expression,
1. Decides to continue its consideration of the matter.
__________________
* State not a member of the Human Rights Council.
"""


def test_a_human_rights_council_draft() -> None:
    """Non-members carry an asterisk ("Albania,*"), whose note names no group; the title has
    the number to come ("55/...")."""
    res = parse_text(HRC_DRAFT, language="en")
    assert (res.symbol, res.session, res.agenda_item, res.date) == (
        "A/HRC/55/L.12",
        55,
        "3",
        "2024-04-01",
    )
    assert res.title == "Freedom of opinion and expression"
    assert res.sponsors == (
        "Albania",
        "Andorra",
        "Argentina",
        "Bosnia and Herzegovina",
        "Chile",
        "Costa Rica",
        "Trinidad and Tobago",
        "Uruguay",
    )
    assert res.on_behalf_of is None


@pytest.mark.parametrize(
    ("who", "name"),
    [
        (
            "the Vice-Chair of the Committee, Ahmed Magdy (Egypt), on the basis of informal"
            " consultations on draft resolution A/C.2/77/L.9",
            "the Vice-Chair of the Committee, Ahmed Magdy (Egypt)",
        ),
        (
            "the Chair of the Committee following informal consultations",
            "the Chair of the Committee",
        ),
        ("the President of the General Assembly", "the President of the General Assembly"),
        (
            "le Vice-Président de la Commission, Ahmed Magdy (Égypte), à l’issue de consultations"
            " officieuses sur le projet de résolution A/C.2/77/L.9",
            "le Vice-Président de la Commission, Ahmed Magdy (Égypte)",
        ),
        (
            "el Vicepresidente de la Comisión, Ahmed Magdy (Egipto), sobre la base de consultas"
            " oficiosas celebradas acerca del proyecto de resolución A/C.2/77/L.9",
            "el Vicepresidente de la Comisión, Ahmed Magdy (Egipto)",
        ),
        # a name is never cut ("Following" in capitals, "Tras" in a name)
        ("the Rapporteur of the Committee, Ana Tras Following (Chile)", None),
    ],
)
def test_officer(who: str, name: str | None) -> None:
    assert officer(who) == (name or who)


@pytest.mark.parametrize(
    ("line", "next_line", "width", "ends"),
    [
        # the next word would have fitted: the line was not wrapped
        ("Draft resolution submitted by the Chair of the Committee", "Scale of …", 88, True),
        # it would not have: a wrapped line
        ("Draft resolution submitted by the Chair of the Committee", "Scale of …", 60, False),
        # within two characters of full: read as wrapped (a proportional font's line)
        ("Draft resolution submitted by the Chair of the Committee", "Scale of …", 63, False),
        # the next line opens in lower case: it goes on
        ("Draft resolution submitted by the Chair of the", "committee …", 88, False),
        # the width of a full line unknown: never
        ("Draft resolution submitted by the Chair of the Committee", "Scale of …", None, False),
    ],
)
def test_line_ends(line: str, next_line: str, width: int | None, ends: bool) -> None:
    assert line_ends(line, next_line, width) is ends


def _body(language: str) -> str:
    """Ten full lines of operative text: the parser measures a full line on the body."""
    verb = {"en": "Requests", "fr": "Prie", "es": "Solicita"}[language]
    line = "the Secretary-General to report on the implementation of the present"
    return "\n".join([f"1. {verb} {line}", *([line] * 9), "resolution;", ""])


OFFICER_MASTHEADS = {
    "en": """\
United Nations                                                     A/C.2/77/L.44
General Assembly                                          Distr.: Limited
                                                          14 November 2022
                                                          Original: English
Seventy-seventh session
Second Committee
Agenda item 18 (a)
Sustainable development

          Draft resolution submitted by the Vice-Chair of the Committee, Ahmed
          Magdy (Egypt), on the basis of informal consultations on draft resolution
          A/C.2/77/L.9

          Promoting sustainable consumption and production patterns

The General Assembly,
""",
    "fr": """\
Nations Unies                                                      A/C.2/77/L.44
Assemblée générale                                        Distr. limitée
                                                          14 novembre 2022
                                                          Original : anglais
Soixante-dix-septième session
Deuxième Commission
Point 18 a) de l’ordre du jour
Développement durable

          Projet de résolution déposé par le Vice-Président de la Commission,
          Ahmed Magdy (Égypte), à l’issue de consultations officieuses sur le projet
          de résolution A/C.2/77/L.9

          Promouvoir des modes de consommation et de production durables

L’Assemblée générale,
""",
    "es": """\
Naciones Unidas                                                    A/C.2/77/L.44
Asamblea General                                          Distr. limitada
                                                          14 de noviembre de 2022
                                                          Original: inglés
Septuagésimo séptimo período de sesiones
Segunda Comisión
Tema 18 a) del programa
Desarrollo sostenible

          Proyecto de resolución presentado por el Vicepresidente de la Comisión,
          Ahmed Magdy (Egipto), sobre la base de consultas oficiosas celebradas
          acerca del proyecto de resolución A/C.2/77/L.9

          Promoción de modalidades de consumo y producción sostenibles

La Asamblea General,
""",
}
OFFICERS = {
    "en": "the Vice-Chair of the Committee, Ahmed Magdy (Egypt)",
    "fr": "le Vice-Président de la Commission, Ahmed Magdy (Égypte)",
    "es": "el Vicepresidente de la Comisión, Ahmed Magdy (Egipto)",
}
TITLES = {
    "en": "Promoting sustainable consumption and production patterns",
    "fr": "Promouvoir des modes de consommation et de production durables",
    "es": "Promoción de modalidades de consumo y producción sostenibles",
}


@pytest.mark.parametrize("layout", ["as extracted", "flat", "double-spaced"])
@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_an_officers_draft(language: str, layout: str) -> None:
    """A layout-preserving extraction indents the officer's line as a block, wrapped; the
    draft it was based on ("A/C.2/77/L.9", alone on its line) is text, not a running header.
    Flat (nothing indented, no blank line), the line ends after the earlier draft's symbol.
    """
    text = OFFICER_MASTHEADS[language] + _body(language)
    if layout == "flat":
        text = "\n".join(ln.strip() for ln in text.splitlines() if ln.strip())
    elif layout == "double-spaced":
        text = "\n\n".join(ln.strip() for ln in text.splitlines())
    res = parse_text(text, language=language)
    assert res.sponsors == (OFFICERS[language],)
    assert res.title == TITLES[language]
    assert (res.symbol, res.session, res.agenda_item) == ("A/C.2/77/L.44", 77, "18 (a)")
    assert "A/C.2/77/L.9" in (res.header or "")
    assert not res.furniture
    assert len(res.operative) == 1


def test_a_block_indented_list_of_sponsors() -> None:
    """Every line of the list indented alike, as a layout-preserving extraction gives it:
    one list, not a paragraph per line ("Bosnia and" / "Herzegovina" stays one name)."""
    text = OFFICER_MASTHEADS["en"].replace(
        """\
          Draft resolution submitted by the Vice-Chair of the Committee, Ahmed
          Magdy (Egypt), on the basis of informal consultations on draft resolution
          A/C.2/77/L.9
""",
        """\
          Albania, Andorra, Argentina, Australia, Austria, Belgium, Bosnia and
          Herzegovina, Bulgaria, Canada, Chile, Trinidad and Tobago and
          Uruguay: draft resolution
""",
    )
    res = parse_text(text + _body("en"), language="en")
    assert res.sponsors[5:8] == ("Belgium", "Bosnia and Herzegovina", "Bulgaria")
    assert len(res.sponsors) == 12 and res.sponsors[-1] == "Uruguay"
    assert res.title == TITLES["en"]


@pytest.mark.parametrize(
    ("line", "statement"),
    [
        ("Statement by the President of the Security Council", True),
        ("Déclaration de la présidence du Conseil de sécurité", True),
        ("Déclaration du Président du Conseil de sécurité", True),
        ("Declaración de la Presidencia del Consejo de Seguridad", True),
        ("Declaración del Presidente del Consejo de Seguridad", True),
        ("Заявление Председателя Совета Безопасности", True),
        ("安全理事会主席的声明", True),
        ("بيان من رئيس مجلس الأمن", True),
        # a statement named inside a sentence, and a statement to the press, are no titles
        ("Recalling the statement by the President of the Security Council of 3 May 2023,", False),
        ("Statement by the President of the Security Council to the press", False),
    ],
)
def test_statement_title(line: str, statement: bool) -> None:
    assert (STATEMENT_TITLE.match(line) is not None) is statement


# The title blocks of documents that are not resolutions, as the UN prints them, and titles that
# only look like one.
@pytest.mark.parametrize(
    ("block", "kind"),
    [
        ("Right to food\nCorrigendum", "corrigendum"),
        ("Droit à l’alimentation\n   Rectificatif", "corrigendum"),
        ("El derecho a la alimentación\nCorrección", "corrigendum"),
        ("Право на питание\nИсправление", "corrigendum"),
        ("食物权\n更正", "corrigendum"),
        ("الحق في الغذاء\nتصويب", "corrigendum"),
        ("Programme budget implications\nAddendum", "addendum"),
        ("Additif", "addendum"),
        ("The right to food\nReport of the Secretary-General", "report"),
        ("Le droit à l’alimentation\nRapport du Secrétaire général", "report"),
        ("El derecho a la alimentación\nInforme del Secretario General", "report"),
        ("Право на питание\nДоклад Генерального секретаря", "report"),
        ("食物权\n秘书长的报告", "report"),
        ("الحق في الغذاء\nتقرير الأمين العام", "report"),
        ("Note by the Secretary-General", "note"),
        ("Note du Secrétaire général", "note"),
        ("Nota del Secretario General", "note"),
        ("Записка Генерального секретаря", "note"),
        ("秘书长的说明", "note"),
        ("مذكرة من الأمين العام", "note"),
        ("Note verbale dated 3 May 2023 from the Permanent Mission of Peru", "note verbale"),
        ("Note verbale datée du 3 mai 2023, adressée au Secrétaire général", "note verbale"),
        ("Nota verbal de fecha 3 de mayo de 2023 dirigida al Secretario General", "note verbale"),
        ("Вербальная нота Постоянного представительства Перу от 3 мая 2023 года", "note verbale"),
        ("2023年5月3日秘鲁常驻联合国代表团给秘书长的普通照会", "note verbale"),
        ("مذكرة شفوية مؤرخة 3 أيار/مايو 2023", "note verbale"),
        ("Letter dated 7 July 2023 from the Permanent Representative of Norway", "letter"),
        ("Identical letters dated 7 July 2023 from the Permanent Representative", "letter"),
        ("Lettre datée du 7 juillet 2023, adressée au Président du Conseil", "letter"),
        ("Lettres identiques datées du 7 juillet 2023", "letter"),
        ("Carta de fecha 7 de julio de 2023 dirigida a la Presidencia", "letter"),
        ("Письмо Постоянного представителя Норвегии от 7 июля 2023 года", "letter"),
        ("2023年7月7日挪威常驻联合国代表给安全理事会主席的信", "letter"),
        ("رسالة مؤرخة 7 تموز/يوليه 2023 موجهة إلى رئيس مجلس الأمن", "letter"),
        # a resolution's title block names none of them
        ("Right to food\nResolution adopted by the General Assembly on 19 December 2023", None),
        ("Cuba and Egypt: draft resolution\nThe right to food", None),
        ("Reporting on the implementation of the Programme of Action", None),
        ("Noted with appreciation", None),
    ],
)
def test_other_kind(block: str, kind: str | None) -> None:
    found = other_kind(block)
    assert (found[0] if found else None) == kind
    if found:
        assert found[1] == block.splitlines()[-1].strip()


def test_other_kind_names_its_line_after_a_blank_one() -> None:
    assert other_kind("Right to food\n\n   Corrigendum\n") == ("corrigendum", "Corrigendum")


# Amendments to a draft print their sponsors as a draft does, and the draft they amend.
AMENDMENTS = [
    (
        "en",
        "Belarus, Nicaragua and Russian Federation: amendments to draft resolution A/C.3/78/L.35",
        ["Belarus", "Nicaragua", "Russian Federation"],
    ),
    ("en", "Egypt: amendment to draft resolution A/C.3/78/L.12/Rev.1", ["Egypt"]),
    (
        "fr",
        "Bélarus, Nicaragua et Fédération de Russie : amendements au projet de résolution "
        "A/C.3/78/L.35",
        ["Bélarus", "Nicaragua", "Fédération de Russie"],
    ),
    (
        "es",
        "Belarús, Nicaragua y Federación de Rusia: enmiendas al proyecto de resolución "
        "A/C.3/78/L.35",
        ["Belarús", "Nicaragua", "Federación de Rusia"],
    ),
    (
        "ru",
        "Беларусь, Никарагуа и Российская Федерация: поправки к проекту резолюции A/C.3/78/L.35",
        ["Беларусь", "Никарагуа", "Российская Федерация"],
    ),
]


@pytest.mark.parametrize(
    ("language", "line", "sponsors"), AMENDMENTS, ids=[a[1][:30] for a in AMENDMENTS]
)
def test_amendments_to_a_draft(language: str, line: str, sponsors: list[str]) -> None:
    got = read_header(_parts([line, "Title of the draft"], [1, 1]), {}, language)
    assert (got["doc_type"], got["sponsors"], got["title"]) == (
        "amendment",
        sponsors,
        "Title of the draft",
    )


def test_a_draft_is_no_amendment() -> None:
    line = "Cuba: draft resolution"
    got = read_header(_parts([line, "Amendments to the Rome Statute"], [1, 1]), {}, "en")
    assert (got["doc_type"], got["sponsors"]) == ("draft resolution", ["Cuba"])


@pytest.mark.parametrize(
    ("line", "doc_type", "sponsors"),
    [
        ("Draft decision submitted by the Chair of the Committee", "draft decision", None),
        ("Cuba: draft decision", "draft decision", ["Cuba"]),
        ("Cuba : projet de décision", "draft decision", ["Cuba"]),
        ("Cuba: proyecto de decisión", "draft decision", ["Cuba"]),
        ("Куба: проект решения", "draft decision", ["Куба"]),
        ("Decision adopted by the General Assembly on 22 December 2023", "adopted decision", []),
        ("Décision adoptée par l’Assemblée générale le 22 décembre 2023", "adopted decision", []),
        (
            "Decisión aprobada por la Asamblea General el 22 de diciembre de 2023",
            "adopted decision",
            [],
        ),
    ],
)
def test_decisions(line: str, doc_type: str, sponsors: list[str] | None) -> None:
    language = "ru" if "Куба" in line else "fr" if "cision" in line and "é" in line else "en"
    got = read_header(_parts([line, "Title"], [1, 1]), {}, language)
    assert got["doc_type"] == doc_type
    if sponsors is None:
        assert got["sponsors"] == ["the Chair of the Committee"]
    else:
        assert got["sponsors"] == sponsors
