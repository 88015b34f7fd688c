"""Tests for helpers.footnotes: which digits are markers, and the clean text around them."""

from __future__ import annotations

import re

import pytest

from helpers.footnotes import (
    _NUMBER_NOUNS,
    _YEAR_CONTEXT,
    _ends_with,
    _mark_patterns,
    find_markers,
    render,
)
from helpers.normalize import FootnoteEntry, Line, Vocabulary


def _lines(*texts: str, page: int = 0) -> list[Line]:
    out, pos = [], 0
    for t in texts:
        out.append(Line(t, pos, t.startswith(" "), "body", page))
        pos += len(t) + 1
    return out


def _entries(*marks: str, page: int = 1) -> list[FootnoteEntry]:
    return [FootnoteEntry(mark=m, page=page) for m in marks]


@pytest.mark.parametrize(
    ("text", "marks", "expected_text", "expected_anchors"),
    [
        # glued to a word
        (
            "sur les droits de l’homme1, pour favoriser",
            ["1"],
            "sur les droits de l’homme, pour favoriser",
            [("1", 25)],
        ),
        # glued to a year after a month name
        (
            "adoptée le 8 septembre 20002, sa résolution",
            ["2"],
            "adoptée le 8 septembre 2000, sa résolution",
            [("2", 27)],
        ),
        ("on 12 July 20213 and the", ["3"], "on 12 July 2021 and the", [("3", 15)]),
        # a month printed with its accents
        (
            "76/154 du 16 décembre 20214, 77/189 du 5 février 20225 et",
            ["4", "5"],
            "76/154 du 16 décembre 2021, 77/189 du 5 février 2022 et",
            [("4", 26), ("5", 52)],
        ),
        # or to the last year of a range
        (
            "Disaster Risk Reduction 2015–2030,8 the Bangkok Principles",
            ["8"],
            "Disaster Risk Reduction 2015–2030, the Bangkok Principles",
            [("8", 34)],
        ),
        # after the comma that ends the clause, not at the end of a symbol before it
        (
            "Council resolution 46/11 of 23 March 2021,1",
            ["1"],
            "Council resolution 46/11 of 23 March 2021,",
            [("1", 42)],
        ),
        # glued to closing punctuation
        (
            "contained in the same report;2 and",
            ["2"],
            "contained in the same report; and",
            [("2", 29)],
        ),
        # alone after a word, and a number that a noun asks for is left alone
        (
            "au paragraphe 3 de l’Article 1, des dixième 4 et vingtième5 anniversaires",
            ["4", "5"],
            "au paragraphe 3 de l’Article 1, des dixième et vingtième anniversaires",
            [("4", 43), ("5", 56)],
        ),
        # the last resort: a digit glued to a resolution number
        (
            "its resolution 77/2285 of 15 December 2022",
            ["5"],
            "its resolution 77/228 of 15 December 2022",
            [("5", 21)],
        ),
        # a layout-preserving extraction sets a raised mark off by a space: after a word's
        # punctuation, at the end of a line, after a year
        (
            "global governance of outer space activities, 1",
            ["1"],
            "global governance of outer space activities,",
            [("1", 44)],
        ),
        (
            "Children’s and Adolescents’ Health”, 3 and Human Rights Council",
            ["3"],
            "Children’s and Adolescents’ Health”, and Human Rights Council",
            [("3", 36)],
        ),
        (
            "the Sendai Framework for Disaster Risk Reduction 2015–2030 3 and of the",
            ["3"],
            "the Sendai Framework for Disaster Risk Reduction 2015–2030 and of the",
            [("3", 58)],
        ),
        (
            "resolution 71.3 of 26 May 2018; 7",
            ["7"],
            "resolution 71.3 of 26 May 2018;",
            [("7", 31)],
        ),
        (
            "del informe del Comité Especial correspondiente a 20177,",
            ["7"],
            "del informe del Comité Especial correspondiente a 2017,",
            [("7", 54)],
        ),
        (
            "sa résolution 73/284 du 1er mars 2019 et sa résolution 73/2844 et",
            ["4"],
            "sa résolution 73/284 du 1er mars 2019 et sa résolution 73/284 et",
            [("4", 61)],
        ),
        # after a symbol's comma, before the next symbol of a list
        (
            "pursuant to its resolutions 73/263, 74/168,6 75/192 and 76/179",
            ["6"],
            "pursuant to its resolutions 73/263, 74/168, 75/192 and 76/179",
            [("6", 43)],
        ),
        # after the comma of another body's decision, before a word
        (
            "Recalls, in line with decisions 1/CMA.3 and 1/CMA.4,9 the call to accelerate",
            ["9"],
            "Recalls, in line with decisions 1/CMA.3 and 1/CMA.4, the call to accelerate",
            [("9", 52)],
        ),
        # glued to the number of another body's decision, in mixed case
        (
            "aprobado en su resolución GC.18/Res.99, de 7 de noviembre de 2019",
            ["9"],
            "aprobado en su resolución GC.18/Res.9, de 7 de noviembre de 2019",
            [("9", 37)],
        ),
        # glued to the short number of a title
        (
            "la poursuite de la mise en œuvre d’Action 214, la Déclaration",
            ["4"],
            "la poursuite de la mise en œuvre d’Action 21, la Déclaration",
            [("4", 44)],
        ),
        (
            "Taking into account Agenda 216 and the Plan",
            ["6"],
            "Taking into account Agenda 21 and the Plan",
            [("6", 29)],
        ),
        # glued to a year after any word
        (
            "le Programme à l’horizon 20306, réaffirmant",
            ["6"],
            "le Programme à l’horizon 2030, réaffirmant",
            [("6", 29)],
        ),
        # glued to a year after "pour", "for", "para", "a"
        (
            "et du rapport du Secrétaire général pour 20188,",
            ["8"],
            "et du rapport du Secrétaire général pour 2018,",
            [("8", 45)],
        ),
        # glued to the comma after a year, whatever the words before it
        (
            "del Comité Especial correspondiente a 2017,7 y reafirma sus resoluciones 68/87, de 11",
            ["7"],
            "del Comité Especial correspondiente a 2017, y reafirma sus resoluciones 68/87, de 11",
            [("7", 43)],
        ),
        # between a resolution's number and its date only where nothing else is found
        (
            "sa résolution 61/29 du 4 décembre 2006, et sa résolution 59/3009 et les",
            ["9"],
            "sa résolution 61/29 du 4 décembre 2006, et sa résolution 59/300 et les",
            [("9", 63)],
        ),
        # Chinese: after full-width punctuation or a closing bracket, not in a date or number
        (
            "包括1980年3月1日第465(1980)号决议和《世界人权宣言》，1并申明",
            ["1"],
            "包括1980年3月1日第465(1980)号决议和《世界人权宣言》，并申明",
            [("1", 34)],
        ),
        (
            "回顾2004年7月9日国际法院的咨询意见，9 并回顾《公约》4和第14段",
            ["9", "4"],
            "回顾2004年7月9日国际法院的咨询意见， 并回顾《公约》和第14段",
            [("9", 21), ("4", 29)],
        ),
        (  # Arabic closes a quotation with "“", and its comma is "،"
            "المعنون ”خطتنا المشتركة“4، بتحسين التعاون",
            ["4"],
            "المعنون ”خطتنا المشتركة“، بتحسين التعاون",
            [("4", 24)],
        ),
        (  # a decimal is no mark ("逾2.78亿人民")
            "将四大洲九个国家逾2.78亿人民团结在一起，2 并",
            ["2"],
            "将四大洲九个国家逾2.78亿人民团结在一起， 并",
            [("2", 22)],
        ),
        # superscripts are certain
        (
            "the Charter¹ and resolution 70/1²",
            [],
            "the Charter and resolution 70/1",
            [("1", 11), ("2", 31)],
        ),
    ],
)
def test_markers(text: str, marks: list[str], expected_text: str, expected_anchors: list) -> None:
    lines = _lines(text)
    found = find_markers(lines, _entries(*marks))
    clean, anchors = render([(ln, found.get(i, [])) for i, ln in enumerate(lines)], Vocabulary())
    assert clean == expected_text
    assert anchors == expected_anchors


@pytest.mark.parametrize(
    ("texts", "mark"),
    [
        # a day: the month follows, on the line or on the next one
        (["Marea (República Árabe Siria), 1", "de septiembre de 2015” y publicado"], "1"),
        (["at Headquarters on 17 April 2018, 25 April 2019 and"], "25"),
        (["at Headquarters on 17 April 2018,", "25 April 2019 and"], "25"),
        # a number asked for by the number before it
        (["in paragraphs 3, 4 and 5 of the resolution"], "4"),
        # a year, or the number of an article, is not a title's number with a mark
        (["the session held in 2014 and the"], "14"),
        (["under Article 124, the Council"], "4"),
        # a decimal comma
        (["una temperatura de 1,5 grados centígrados"], "5"),
        (["pagos por valor de 21,1 millones de dólares"], "1"),
        # or by a subparagraph's name
        (["Recuerda el párrafo 3.2, apartados 4 y 5, del Reglamento"], "4"),
        (["Recalls regulation 3.2, subparagraphs 4 and 5, of the Rules"], "4"),
        # the end of a range ("del 1 al 4"), and a number with thousands points
        (["los temas de la agenda del 1 al 4 y de uno solo"], "4"),
        (["una suma que incluye 1.148.836.500 dólares"], "1"),
    ],
)
def test_numbers_set_off_by_a_space_that_are_not_markers(texts: list[str], mark: str) -> None:
    assert find_markers(_lines(*texts), _entries(mark)) == {}


def _slashed(*marks: str) -> list[FootnoteEntry]:
    """Notes typed with a slash after their number ("1/ Resolution 217 A (III).")."""
    return [
        FootnoteEntry(mark=m, lines=[Line(f"{m}/ Note {m}.", 0, False, "footnote", 1)], page=1)
        for m in marks
    ]


@pytest.mark.parametrize(
    ("texts", "expected_text", "expected_anchors"),
    [
        (
            ["the Universal Declaration of Human Rights, 1/ the International", "Covenant, 2/"],
            "the Universal Declaration of Human Rights, the International Covenant,",
            [("1", 42), ("2", 70)],
        ),
        # a number's slash is no mark ("34/180", "A/47/38", "decision 1/CP.21"), and a mark
        # cited again is read again
        (
            ["resolution 34/180 1/ and A/47/38, decision 1/CP.21 and the Declaration 1/."],
            "resolution 34/180 and A/47/38, decision 1/CP.21 and the Declaration.",
            [("1", 17), ("1", 67)],
        ),
    ],
)
def test_marks_typed_with_a_slash(
    texts: list[str], expected_text: str, expected_anchors: list
) -> None:
    lines = _lines(*texts)
    found = find_markers(lines, _slashed("1", "2"))
    clean, anchors = render([(ln, found.get(i, [])) for i, ln in enumerate(lines)], Vocabulary())
    assert (clean, anchors) == (expected_text, expected_anchors)


@pytest.mark.parametrize(
    ("text", "mark", "expected_text", "at"),
    [
        # there is no Sustainable Development Goal 18 or over: a longer number is a goal and a mark
        (
            "l’objectif de développement durable no 148, et",
            "8",
            "l’objectif de développement durable no 14, et",
            41,
        ),
        (
            "objectifs de développement durable nos 5 et 164, en",
            "4",
            "objectifs de développement durable nos 5 et 16, en",
            46,
        ),
        ("de développement durable no 714 ;", "14", "de développement durable no 7 ;", 29),
        (
            "l’objectif de développement durable no°22, qu’elle",
            "2",
            "l’objectif de développement durable no°2, qu’elle",
            40,
        ),
        (
            "el Objetivo de Desarrollo Sostenible 144,",
            "4",
            "el Objetivo de Desarrollo Sostenible 14,",
            39,
        ),
        # a goal's comma, then the mark and a word
        (
            "Sustainable Development Goal 2,2 exacerbating",
            "2",
            "Sustainable Development Goal 2, exacerbating",
            31,
        ),
        # ... not a goal itself, nor a list of goals
        (
            "Sustainable Development Goal 14 and the oceans",
            "4",
            "Sustainable Development Goal 14 and the oceans",
            None,
        ),
        (
            "Sustainable Development Goals 1,2 and 3",
            "2",
            "Sustainable Development Goals 1,2 and 3",
            None,
        ),
    ],
)
def test_a_mark_glued_to_a_goals_number(
    text: str, mark: str, expected_text: str, at: int | None
) -> None:
    lines = _lines(text)
    found = find_markers(lines, _entries(mark))
    clean, anchors = render([(ln, found.get(i, [])) for i, ln in enumerate(lines)], Vocabulary())
    assert (clean, anchors) == (expected_text, [(mark, at)] if at is not None else [])


def test_a_slash_is_no_mark_where_the_notes_have_none() -> None:
    # notes numbered "1", "2": a line that ends on "decision 1/" wraps a symbol
    assert find_markers(_lines("the Paris Agreement and decision 1/"), _entries("1")) == {}


def test_plain_numbers_are_not_markers_without_footnotes() -> None:
    lines = _lines("sa résolution 75/180 du 16 décembre 2020, et 2021")
    assert find_markers(lines, []) == {}


def test_a_year_that_opens_a_line_reads_its_context_from_the_line_before() -> None:
    # "… el 16 de noviembre de" / "20214, de la Comisión …": 2021, then the marker 4, not the
    # "apartados 4" of a later line
    lines = _lines(
        " Asuntos Económicos y Financieros (Segunda Comisión) el 19 de noviembre de",
        "20214, de la Comisión de Asuntos Sociales,",
        " 6. Recuerda el párrafo 3.2, apartados 4 y 5, del Reglamento",
    )
    assert find_markers(lines, _entries("4")) == {1: [(4, 5, "4")]}


def test_a_year_and_its_comma_come_before_a_mark_printed_again() -> None:
    # the first place is the first marker; the mark glued to a word later is printed again
    lines = _lines(
        " Having received the report of the Agency for 2018,1",
        " 1. Takes note with appreciation of the report of the Agency;1",
    )
    assert find_markers(lines, _entries("1")) == {0: [(51, 52, "1")], 1: [(61, 62, "1")]}


def test_a_mark_printed_again_is_a_marker_too() -> None:
    # a note cited again prints its mark again, after a word or a year; not in "CO2", nor in
    # an address or a longer number
    lines = _lines(
        " Recalling the Convention1 and the Paris Agreement2,",
        " Reaffirming the Paris Agreement2 and the Convention,1 and the emissions of CO2",
        " at www.un.org/report2 and #Commit2Dialogue in Peoples2, the horizon 20302 and",
        " 20,302 and 203,02 and 1203020 under resolution 73/40",
        "Agreement2 and",
    )
    found = find_markers(lines, _entries("1", "2"))
    assert found == {
        0: [(25, 26, "1"), (50, 51, "2")],
        1: [(32, 33, "2"), (53, 54, "1")],
        2: [(54, 55, "2"), (73, 74, "2")],
        4: [(9, 10, "2")],  # (a word that opens a line)
    }


# (name, a later line in which note 2 is cited again, where its mark stands or None)
_CITED_AGAIN = [
    ("after a year and its comma", " of 12 August 1949,2 continue to apply", 19),
    ("after a span of years and its semicolon", " Reduction 2015–2030;2", 21),
    ("after a symbol and its comma", " pursuant to resolution 73/180,2 and", 31),
    ("after a special session's symbol", " Council resolution S-21/1,2 and", 27),
    ("after a number and its bracket", " Convention, 2011 (No. 189),2 and", 28),
    ("glued to a name printed elsewhere", " la riposte à la COVID‑192, de", 25),
    ("after a closing guillemet set off by a space", " sur « le problème de la drogue »2, et", 33),
    ("after a Roman number and its bracket", " Amended Protocol II (Protocol II)2 and", 34),
    ("after a number in brackets", " Convention, 2011 (No. 189)2 and", 27),
    ("after a span of years in brackets", " Reduction 2015‑2030 (2015‑2030)2 and", 32),
    ("glued to the second year of a span", " Reduction 2015-20302;", 20),
    ("glued to a title's number printed elsewhere", " Agenda 21, the Programme and Agenda 212", 39),
    ("a number that a noun asks for", " paragraph 1 and paragraph 12 of", None),
    ("a series of numbered titles", " Action 1 and Action 12 of", None),
    ("a decimal comma is not a year's", " une hausse de 1,2 degré", None),
    ("a year in brackets numbers a text", " its recommendation (2019)2 on sexism", None),
    ("a list of numbers is not a symbol's", " paragraphs 3,2 and 4", None),
    ("glued to a symbol: as often another number", " resolutions 72/2512 and 72/251", None),
    ("a longer name printed twice", " la COVID‑192, de la COVID‑192", None),
    ("numbers after a thousands comma or a bracket", " (22 out of 65) and 3,996,102", None),
]


@pytest.mark.parametrize(("name", "again", "at"), _CITED_AGAIN, ids=[c[0] for c in _CITED_AGAIN])
def test_a_mark_printed_again_after_a_number(name: str, again: str, at: int | None) -> None:
    lines = _lines(
        " Recalling resolution 73/101, the report1 and the response to COVID‑19,",
        " Noting the Convention,2 resolution 72/251 and the plan,",
        again,
    )
    found = find_markers(lines, _entries("1", "2"))
    assert found.get(2) == ([(at, at + 1, "2")] if at is not None else None), name


def test_marker_stays_on_its_page() -> None:
    # Footnote 1 is printed at the foot of page 2, so its marker is on page 2 (window 1),
    # not the "Article 1" of page 1.
    page1 = _lines(" Recalling Article 1 of the Charter,", page=0)
    page2 = [Line(" Noting the report1 of the", 100, True, "body", 1)]
    found = find_markers(page1 + page2, _entries("1", page=2))
    assert found == {1: [(18, 19, "1")]}


def test_asterisk_marks_the_sponsor() -> None:
    lines = _lines(" Cuba* et Fédération de Russie : projet de résolution")
    found = find_markers(lines, _entries("*"))
    assert found == {0: [(5, 6, "*")]}


def test_asterisk_after_the_sponsors_comma() -> None:
    # the Human Rights Council's drafts: "Albania,* Argentina, Australia,* …: draft resolution"
    lines = _lines("Albania,* Argentina, Australia,* Belgium: draft resolution")
    assert find_markers(lines, _entries("*")) == {0: [(8, 9, "*")]}
    assert find_markers(_lines("Albania, * Argentina"), _entries("*")) == {}


def test_an_asterisk_set_off_by_spaces_between_words_is_a_mark() -> None:
    # a hand-corrected scan of the Council's 1953 volume: "Relies on * the Chief of Staff"
    lines = _lines("3. Relies on * the Chief of Staff", "of the Truce Supervision Organization")
    assert find_markers(lines, _entries("*")) == {0: [(13, 14, "*")]}
    assert find_markers(_lines("* * *"), _entries("*")) == {}  # a divider


def test_render_joins_lines_and_repairs() -> None:
    lines = _lines(
        " dans le domaine des droits de non-", "sélectivité, et d ’un véritable  dialogue"
    )
    clean, anchors = render([(ln, []) for ln in lines], Vocabulary(["sélectivité"]))
    assert clean == "dans le domaine des droits de non-sélectivité, et d’un véritable dialogue"
    assert anchors == []


def _pages(*pages: tuple[str, ...]) -> list[Line]:
    """Lines of several pages (page windows 0, 1, ...), with their offsets."""
    out: list[Line] = []
    pos = 0
    for page, texts in enumerate(pages):
        for t in texts:
            out.append(Line(t, pos, t.startswith(" "), "body", page))
            pos += len(t) + 1
    return out


@pytest.mark.parametrize(
    ("lines", "entries", "expected"),
    [
        (  # each marker after the one before: "plan1" is not read before "report2"
            _pages(
                (
                    " Recalling the report2 and the plan1,",
                    " Noting the text1 of 1990 and the note2,",
                    " Welcoming the study3,",
                )
            ),
            _entries("1", "2", "3"),
            # ("text1" after "plan1" is the mark of note 1 printed again)
            {0: [(35, 36, "1")], 1: [(16, 17, "1"), (38, 39, "2")], 2: [(20, 21, "3")]},
        ),
        (  # superscripts are certain, digits and an asterisk are found around them
            _pages(
                (" Recalling the report¹ and the plan²,", " Noting the text3 of 1990,"),
                (" Welcoming the note4 and the study*,",),
            ),
            [*_entries("1", "2", "3"), *_entries("4", "*", page=2)],
            {
                0: [(21, 22, "1"), (35, 36, "2")],
                1: [(16, 17, "3")],
                2: [(19, 20, "4"), (34, 35, "*")],
            },
        ),
        (  # glued to the comma after a number: "Agenda 21,2"
            _pages((" Recalling the Declaration,1 Agenda 21,2 the Programme,3 and",)),
            _entries("1", "2", "3"),
            {0: [(27, 28, "1"), (39, 40, "2"), (55, 56, "3")]},
        ),
        (  # a marker found off its page (a guess) does not push the next ones off theirs
            _pages(
                (" Recalling the Declaration,1 Agenda 21 2 the Programme,3 and",),
                (" Noting the report 2 and the study,4",),
            ),
            [*_entries("1", "2", "3"), *_entries("4", page=2)],
            {0: [(27, 28, "1"), (55, 56, "3")], 1: [(19, 20, "2"), (35, 36, "4")]},
        ),
        (  # the markers of a page are placed together: "the 6 reports" (a lone number, more
            # certain than "Agenda 216") would leave no place for the markers of notes 7 and 8
            _pages(
                (" Recalling Agenda 216 and the Plan,7 and the Summit,8", " Noting the 6 reports,")
            ),
            _entries("6", "7", "8"),
            {0: [(20, 21, "6"), (35, 36, "7"), (52, 53, "8")]},
        ),
        (  # a lone number that opens a range is no marker: "from 6 to 9 October"
            _pages((" Recalling Agenda 216 held from 6 to 9 October,",)),
            _entries("6"),
            {0: [(20, 21, "6")]},
        ),
        (  # the resolution's number before its title is not a symbol and a mark
            _pages(
                (" 78/31. Youth, disarmament and non-proliferation", " Noting resolution 76/451,")
            ),
            _entries("1"),
            {1: [(24, 25, "1")]},
        ),
        (  # the comma after an abbreviation's full stop
            _pages((" one meeting held from 10 a.m. to 1 p.m.,1 including to consider",)),
            _entries("1"),
            {0: [(41, 42, "1")]},
        ),
        (  # glued to the number of another body's decision, as French and Spanish print it
            _pages((" Rappelant sa décision 3/COP.142, la décision XII/327 et la décision",)),
            _entries("2", "27"),
            {0: [(31, 32, "2"), (51, 53, "27")]},
        ),
        (  # the comma after a title's number, at the end of a line
            _pages((" Recalling also chapter 17 of Agenda 21,6", " and the Goal 14,7")),
            _entries("6", "7"),
            {0: [(40, 41, "6")], 1: [(17, 18, "7")]},
        ),
        (  # a symbol's numbered part is no word with a mark: "(A/74/411/Add.1)", "A/C.6/43/7"
            _pages(
                (
                    " [on the report of the Committee (A/74/411/Add.1)]",
                    " set out in A/C.6/43/7,",
                    " 1. Welcomes the report of the Special Committee;1 and the study6",
                ),
            ),
            _entries("1", "6"),
            {2: [(49, 50, "1"), (64, 65, "6")]},
        ),
        (  # nor a decision's or a paragraph's: "2/CMA.4", "IV.7"
            _pages((" welcomes decision 2/CMA.4, paragraph IV.7, the Fund4 and the Plan7",)),
            _entries("4", "7"),
            {0: [(52, 53, "4"), (66, 67, "7")]},
        ),
        (  # the comma after a symbol, at the end of a line
            _pages((" Having examined the report on the implementation of", "resolution 77/38,2")),
            _entries("2"),
            {1: [(17, 18, "2")]},
        ),
        (  # a marker whose page lies before the last marker found is not looked for there
            _pages(
                (" Recalling the report1,",), (" Noting the text2,",), (" the note1 and text3,",)
            ),
            [*_entries("1", page=3), *_entries("2", page=2), *_entries("3", page=3)],
            {2: [(9, 10, "1"), (19, 20, "3")]},
        ),
    ],
)
def test_markers_are_found_in_order(
    lines: list[Line], entries: list[FootnoteEntry], expected: dict
) -> None:
    assert find_markers(lines, entries) == expected


@pytest.mark.parametrize(
    "text",
    [
        "under paragraph 3 of",
        "adopted on 8 septembre 20002 and",
        "the xof 2015",
        "in  2015",
        "in\t\u00a02015",
        "3-of 2015",
        "n° 12",
        "résolutions 12",
        "Zparagraphs 4",
        "   4",
        "4",
        "",
        "Member States, 4",
        "tableau\u00a0 4",
    ],
)
def test_context_is_read_from_the_last_word_as_from_the_whole_text(text: str) -> None:
    # `_ends_with` looks at the last word only; the definition searches the whole text before
    for context in (_YEAR_CONTEXT, _NUMBER_NOUNS):
        for end in range(len(text) + 1):
            assert _ends_with(context, text, end) == bool(context.search(text[:end]))


def _reference_patterns(mark: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns 2 and 4 as first written: the look-behinds before the mark."""
    m = re.escape(mark)
    glued = re.compile(
        rf"(?:(?<=[^\W\d_])|(?<=[^\W\d_][;,.:’'])|(?<=[)\]»”\"])|(?<=[)\]»”\"][;,.:])"
        rf"|(?<=\d[;:]))({m})(?!\d)"
    )
    alone = re.compile(
        rf"(?:(?<=[^\W\d_][ \t])|(?<=[^\W\d_][,;.:’”»)][ \t])|(?<=[^\W\d_][’”»)][,;.:][ \t]))"
        rf"({m})(?=[ \t]*(?:[,;.:)]|[ \t][^\W\d_]|$))"
    )
    return glued, alone


@pytest.mark.parametrize("mark", ["1", "12", "123", "*", "**", "a.b"])
@pytest.mark.parametrize(
    "text",
    [
        "l’homme1, la femme12 et 123 enfants 1 et 12; 123.",
        "report;1 text,12 (note)1 «cité»12; x»;123 7;1 8:12 9,1",
        "11 111 1111 a1 a11 a111 a 1 a 12 a\t123)",
        "a, 1 b; 12 c”, 1 d), 123 e.” 1 3, 1",
        "Cuba* Chile** (x)* a**b* a.b ba.b a a.b",
        "homme¹1 ⅻ1 東京12",
    ],
)
def test_marks_first_patterns_find_what_the_look_behind_first_ones_find(
    text: str, mark: str
) -> None:
    glued, _, alone, *_ = _mark_patterns(mark)
    ref_glued, ref_alone = _reference_patterns(mark)
    for new, ref in ((glued, ref_glued), (alone, ref_alone)):
        assert [h.span(1) for h in new.finditer(text)] == [h.span(1) for h in ref.finditer(text)]


# (name, lines, the note's mark, where its marker stands or None): one note, its marker glued
# to a number or a name, or opening a line
_ONE_MARKER = [
    # digits that end a number with a slash
    (
        "a number printed whole elsewhere is no number and a mark",
        (" Recalling its resolution 74/298 of 12 August 2020,", " Recalls its resolution 74/298,"),
        "8",
        None,
    ),
    (
        "the number without the mark printed elsewhere",
        (" Recalling its resolution 74/29 of 12 August 2020,", " Recalls its resolution 74/298,"),
        "8",
        (1, 29),
    ),
    (
        "a number printed once",
        (" Recalling its work,", " Recalls its resolution 74/298,"),
        "8",
        (1, 29),
    ),
    # digits glued to a name with a number
    (
        "a name printed elsewhere without the mark",
        (" Expresses concern at the COVID‑19 pandemic,", " the statement on COVID‑1918 and"),
        "18",
        (1, 26),
    ),
    (
        "a name printed nowhere else",
        (" Expresses concern at the pandemic,", " the statement on COVID‑1918 and"),
        "18",
        None,
    ),
    (
        "a longer name printed twice",
        (" the COVID‑19 and COVID‑1918 waves,", " the statement on COVID‑1918 and"),
        "18",
        None,
    ),
    # a title's number that opens a line, its word at the end of the line before
    (
        "a title's word before",
        (" teniendo en cuenta el capítulo 17 del Programa", "213, y"),
        "3",
        (1, 2),
    ),
    ("not a day after a name", (" adopted by the General Assembly", "23 May 2024,"), "3", None),
    ("nor a number a noun asks for", (" in accordance with paragraph", "23, and"), "3", None),
]


@pytest.mark.parametrize(
    ("name", "texts", "mark", "at"), _ONE_MARKER, ids=[c[0] for c in _ONE_MARKER]
)
def test_where_one_marker_stands(
    name: str, texts: tuple[str, ...], mark: str, at: tuple[int, int] | None
) -> None:
    found = find_markers(_lines(*texts), _entries(mark))
    assert found == ({at[0]: [(at[1], at[1] + len(mark), mark)]} if at else {}), name
