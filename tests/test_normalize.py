"""Tests for helpers.normalize: furniture, footnote blocks, repairs of extraction damage."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter

import pytest

from helpers.models import Span
from helpers.normalize import (
    FOOTNOTE_ENTRY,
    Line,
    Vocabulary,
    _left_margin,
    clean_source,
    collapse_spaces,
    fix_apostrophes,
    furniture_kind,
    join_lines,
    join_split_words,
    prepare,
    repair_line,
    repair_lines,
)
from helpers.paths import REFERENCE


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("__________________ ", "separator"),
        ("https://undocs.org/fr/A/RES/70/1", "link"),
        ("23-21227 (E) 131123", "job number"),
        ("21-17757 (F)", "job number"),
        ("*2321227*", "barcode"),
        (" 2/7", "page number"),
        ("Please recycle", "recycle notice"),
        ("Merci de recycler", "recycle notice"),
        (" Rappelant sa résolution 70/1 du 25 septembre 2015,", None),
        (" 12. Demande aux États Membres,", None),
        ("2015, 2016 et 2017", None),
        ("\t*2321227*", "barcode"),  # the quick first-character test sees past tabs
        ("Page 3", "page number"),
        # the foot of a typed page: the job number and the sign that the text goes on
        ("94-09525                                                /...", "page foot"),
        ("                                                /...", "page foot"),
        ("/... and so on", None),
        # the end of a typed document
        ("                                  -----", "end mark"),
        ("- a dash that opens a line of text", None),
        ("SE RUEGA RECICLAR", "recycle notice"),
        ("\u00a02/7", None),  # furniture lines open with spaces or tabs only
        ("", None),
    ],
)
def test_furniture_kind(line: str, kind: str | None) -> None:
    assert furniture_kind(line) == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Programme d ’action", "Programme d’action"),
        ("de s ’acquitter", "de s’acquitter"),
        ("l ’intolérance", "l’intolérance"),
        ("the States ’ obligations", "the States ’ obligations"),  # not followed by a letter
    ],
)
def test_fix_apostrophes(text: str, expected: str) -> None:
    assert fix_apostrophes(text) == expected


def test_collapse_spaces_keeps_french_spacing() -> None:
    assert collapse_spaces("internationale  ; et  aux") == "internationale ; et aux"


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "les civil isations du monde",
            {"civilisations", "civil", "les", "du"},
            "les civilisations du monde",
        ),
        ("the develop ment agenda", {"development", "develop"}, "the development agenda"),
        ("de la paix", {"de", "la", "paix", "dela"}, "de la paix"),  # both parts are words
        ("les droits humains", {"droits", "humains"}, "les droits humains"),
        # Russian declines: "планам" is a form the list lacks, "и" a word, and "планами" is
        # another form; a piece that is a word is no fragment
        (
            "национальным планам и стратегиям",
            {"национальным", "планами", "и", "стратегиям"},
            "национальным планам и стратегиям",
        ),
        # two pieces that are no words still join
        ("обеспечи вает доступ", {"обеспечивает", "доступ"}, "обеспечивает доступ"),
    ],
)
def test_join_split_words(text: str, words: set[str], expected: str) -> None:
    assert join_split_words(text, Vocabulary(words)) == expected


@pytest.mark.parametrize(
    ("parts", "words", "expected"),
    [
        (["de non-", "sélectivité, de"], {"sélectivité"}, "de non-sélectivité, de"),
        (["avec la Haute-", "Commissaire des"], set(), "avec la Haute-Commissaire des"),
        (["the develop-", "ment of"], {"development"}, "the development of"),
        (["first line", "second line"], set(), "first line second line"),
        (["soft\u00ad", "hyphen"], set(), "softhyphen"),
        # a suspended hyphen goes on after a space
        (["of troop-", "and police-contributing"], set(), "of troop- and police-contributing"),
        (["à court-", "et moyen terme"], set(), "à court- et moyen terme"),
        (
            ["voir undrr.org/2023/mtr-sf-submissions-", "and-reports."],
            set(),
            "voir undrr.org/2023/mtr-sf-submissions-and-reports.",
        ),
        # a web address broken at the end of a line goes on with no space
        (["see www.un.org/depts/", "los/guide.pdf."], set(), "see www.un.org/depts/los/guide.pdf."),
        (["at https://www.un.o", "rg/depts/los."], set(), "at https://www.un.org/depts/los."),
        (
            ["at www.un.org/deposi", "tguidelines.pdf. Ibid."],
            set(),
            "at www.un.org/depositguidelines.pdf. Ibid.",
        ),
        # ... but not one that has ended, nor before a bracket, nor at the end of a line with
        # room left (the next line is words)
        (["at www.un.org.", "Ibid."], set(), "at www.un.org. Ibid."),
        (["at www.un.org/en", "(English only)."], set(), "at www.un.org/en (English only)."),
        (
            ["Available at www.un.org/en", "in English only, at the time of writing."],
            set(),
            "Available at www.un.org/en in English only, at the time of writing.",
        ),
        (["see www.un.org and", "www.ohchr.org."], set(), "see www.un.org and www.ohchr.org."),
        # Chinese runs on with no space, beside a character or a full-width mark, also where
        # a number or a symbol meets it; Latin words in a Chinese text keep theirs
        (
            ["并以需要尊重《宪章》和其他国际法文书和规则所产生", "的义务为指导，"],
            set(),
            "并以需要尊重《宪章》和其他国际法文书和规则所产生的义务为指导，",
        ),
        (["包括1967年11月22日第", "242(1967)号、"], set(), "包括1967年11月22日第242(1967)号、"),
        (["见A/77/400", "，第14段"], set(), "见A/77/400，第14段"),
        (["见United Nations", "Treaty Series"], set(), "见United Nations Treaty Series"),
        (["1.", "强调指出需要建立一个统一的框架"], set(), "1. 强调指出需要建立一个统一的框架"),
    ],
)
def test_join_lines(parts: list[str], words: set[str], expected: str) -> None:
    assert join_lines(parts, Vocabulary(words)) == expected


@pytest.mark.parametrize(
    ("line", "words", "expected"),
    [
        ("  les civil isations  d ’action ", {"civilisations", "civil", "d’action"}, None),
        ("the develop ment agenda", {"development", "develop"}, "the development agenda"),
        ("   ", set(), ""),
    ],
)
def test_repair_line_is_the_line_repairs_in_order(
    line: str, words: set[str], expected: str | None
) -> None:
    vocab = Vocabulary(words)
    by_hand = join_split_words(collapse_spaces(fix_apostrophes(line.strip())), Vocabulary(words))
    assert repair_line(line, vocab) == (by_hand if expected is None else expected)
    assert repair_line(line, vocab) == by_hand  # remembered: the same answer again


def test_may_join_remembers_words_not_answers() -> None:
    vocab = Vocabulary({"the", "agenda"}, "develop develop")
    assert vocab.may_join("the agenda") == set()
    assert vocab.may_join("the develop agenda") == set()  # twice in the document
    assert vocab.may_join("the ment agenda") == {"ment"}
    assert vocab.may_join("ment,") == {"ment,"}
    assert vocab.may_join("non-ment ment’s") == set()  # no run of them stands alone


def test_clean_source_counts_control_characters() -> None:
    text, n, forms = clean_source("a\x00b\r\nc\x07\fd")
    assert text == "ab\nc\nd"
    assert (n, forms) == (2, 0)


@pytest.mark.parametrize(
    ("printed", "letters", "forms"),
    [
        ("Reafﬁrming the ﬂow of ﬁnance", "Reaffirming the flow of finance", 3),  # ligatures
        ("ﺇﻥ ﺍﻟﺠﻤﻌﻴﺔ ﺍﻟﻌﺎﻣﺔ،", "إن الجمعية العامة،", 15),  # Arabic letters in their shapes
        ("ﻻ", "لا", 1),  # the lam-alef ligature
        ("⼤会，重申决⼼", "大会，重申决心", 2),  # Kangxi radicals for ideographs
        ("人⺠、⻢普托、秘书⻓，⺀", "人民、马普托、秘书长，⺀", 3),  # radicals the table holds
        # kept: a note's superscript, Chinese full-width punctuation, a non-breaking space
        ("resolution 70/1,² 大会，\u00a0", "resolution 70/1,² 大会，\u00a0", 0),
    ],
)
def test_clean_source_reads_presentation_forms_as_letters(
    printed: str, letters: str, forms: int
) -> None:
    assert clean_source(printed) == (letters, 0, forms)


PAGE = """ Rappelant la Conférence tenue à Durban (Afrique du

__________________

 * Au nom des États Membres qui sont membres du Mouvement

des pays non alignés.

 1 A/CONF.157/24 (Part I), chap. III.

 2  Résolution 55/2.

https://undocs.org/fr/A/RES/55/2
https://undocs.org/fr/A/RES/55/2
 Sud) du 31 août au 8 septembre 2001,
23-21227 (F) 131123
*2321227*
 3. Décide de poursuivre l’examen de la question.
"""


def test_prepare_splits_footnotes_links_and_furniture() -> None:
    prep = prepare(clean_source(PAGE)[0])
    assert [(e.mark, e.text) for e in prep.footnotes] == [
        ("*", "Au nom des États Membres qui sont membres du Mouvement des pays non alignés."),
        ("1", "A/CONF.157/24 (Part I), chap. III."),
        ("2", "Résolution 55/2."),
    ]
    assert [f.kind for f in prep.furniture] == [
        "separator",
        "link",
        "link",
        "job number",
        "barcode",
    ]
    body = [ln.text.strip() for ln in prep.body]
    assert body == [
        "Rappelant la Conférence tenue à Durban (Afrique du",
        "Sud) du 31 août au 8 septembre 2001,",
        "3. Décide de poursuivre l’examen de la question.",
    ]
    # The body after the footnotes sits on the next page window.
    assert [ln.page for ln in prep.body] == [0, 1, 1]


@pytest.mark.parametrize(
    "after",
    [
        # the body resumes after a page's notes: no next mark follows
        "continued body text;\nand more of it,\n",
        # ... or the next number is a paragraph's, or comes after a blank line
        "continued body text;\n2. Decides to remain seized of the matter.\n",
        "continued body text;\n\n2 Members attended.\n",
        # a web address after a note that has ended is the list of links, not the note
        "https://undocs.org/en/A/RES/76/53\n",
    ],
)
def test_a_note_that_has_ended_keeps_its_text(after: str) -> None:
    prep = prepare(f"text of the page,\n__________\n1 See A/76/53.\n{after}")
    assert [(e.mark, e.text) for e in prep.footnotes] == [("1", "See A/76/53.")]


def test_the_list_of_links_is_not_a_note_that_lost_its_full_stop() -> None:
    # (the markup of A/RES/77/157 prints note 5 without its full stop)
    prep = prepare(
        "text,\n__________\n5 Resolution 69/283, annex II\nhttps://undocs.org/A/RES/61/194\n"
    )
    assert [(e.mark, e.text) for e in prep.footnotes] == [("5", "Resolution 69/283, annex II")]
    assert [f.kind for f in prep.furniture] == ["separator", "link"]


def test_prepare_footnote_block_ends_without_links() -> None:
    text = "text of the page,\n__________\n 1 See A/76/53.\n continued body text;\n"
    prep = prepare(text)
    assert [e.text for e in prep.footnotes] == ["See A/76/53."]
    assert [ln.text.strip() for ln in prep.body] == ["text of the page,", "continued body text;"]


@pytest.mark.parametrize(
    "block",
    [
        # under a rule, as the UN typed notes until the 2000s: the number and a slash
        "x,\n_______________\n     1/   Resolution 217 A (III).\n\n     2/   Resolution 2200 A"
        " (XXI),\nannex.\n",
        # at the end of the text, with no rule
        "x,\n\ny;\n\n1/ Resolution 217 A (III).\n\n2/ Resolution 2200 A (XXI),\nannex.\n",
    ],
)
def test_notes_numbered_with_a_slash(block: str) -> None:
    prep = prepare(block)
    assert [(e.mark, e.text, e.slashed) for e in prep.footnotes] == [
        ("1", "Resolution 217 A (III).", True),
        ("2", "Resolution 2200 A (XXI), annex.", True),
    ]


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        # a layout-preserving extraction sets the notes' texts in a column: a wrapped line is
        # indented as far as the text, and still the note's
        (
            "           x,\n           __________________\n"
            "           1   See Official Records of the General Assembly,\n"
            "               Supplement No. 53 (A/76/53), chap. IV.\n"
            "           2   See A/80/123.\n",
            [
                (
                    "1",
                    "See Official Records of the General Assembly, Supplement No. 53 (A/76/53), "
                    "chap. IV.",
                ),
                ("2", "See A/80/123."),
            ],
        ),
        # the same in Russian, a mark glued to its text ("3См.")
        (
            "           x,\n           __________________\n"
            "           1   См. Официальные отчеты Генеральной Ассамблеи,\n"
            "               Дополнение № 53 (A/76/53).\n"
            "           2См. A/80/123.\n",
            [
                ("1", "См. Официальные отчеты Генеральной Ассамблеи, Дополнение № 53 (A/76/53)."),
                ("2", "См. A/80/123."),
            ],
        ),
        # a line indented further than the column is the body's, once the note has ended
        (
            "           x,\n           __________________\n"
            "           1   See A/80/123.\n"
            "                 Recalling its resolution 70/1,\n",
            [("1", "See A/80/123.")],
        ),
    ],
)
def test_notes_in_a_column_of_their_own(block: str, expected: list[tuple[str, str]]) -> None:
    prep = prepare(block)
    assert [(e.mark, e.text) for e in prep.footnotes] == expected


def test_a_symbol_with_a_slash_that_opens_a_line_is_no_note() -> None:
    # "1/CP.21" wraps onto a note's next line: no space after the slash, no new note
    text = "x,\n__________\n 1 Decision\n1/CP.21, annex.\n"
    assert [(e.mark, e.text) for e in prepare(text).footnotes] == [
        ("1", "Decision 1/CP.21, annex.")
    ]


def test_footnote_marks_follow_in_sequence() -> None:
    # "12 Members" is not footnote 12 when the last note was 3: it is body text.
    text = "x,\n__________\n 3 Ibid.\n 12 Member States attended;\n"
    prep = prepare(text)
    assert [e.mark for e in prep.footnotes] == ["3"]


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        # an extraction that drops every indent: the next number opens the next note
        ("1 See A/76/53.\n2 A/HRC/49/26.", [("1", "See A/76/53."), ("2", "A/HRC/49/26.")]),
        ("1 Resolution 70/1\n2 Ibid.", [("1", "Resolution 70/1"), ("2", "Ibid.")]),
        (
            "9 Resolution 37/10.\n10 http://legal.un.org.",
            [("9", "Resolution 37/10."), ("10", "http://legal.un.org.")],
        ),
        # ... but not a number the line before asks for, a day, or words that run on
        (
            "1 Official Records, Supplement No.\n2 (A/63/47).",
            [("1", "Official Records, Supplement No. 2 (A/63/47).")],
        ),
        ("4 Adopted on\n5 December 2007.", [("4", "Adopted on 5 December 2007.")]),
        (
            "4 Tenu à Mexico du\n5 au 10 novembre 2007.",
            [("4", "Tenu à Mexico du 5 au 10 novembre 2007.")],
        ),
        # after a draft's asterisk note the numbered notes begin at 1, and no other number
        (
            "* On behalf of the Movement of\nNon-Aligned Countries.\n1 A/74/227.",
            [("*", "On behalf of the Movement of Non-Aligned Countries."), ("1", "A/74/227.")],
        ),
        (
            "* On behalf of the Group of\n77 and China.",
            [("*", "On behalf of the Group of 77 and China.")],
        ),
        # a bracket or a quotation mark at the end of a line does not end the note
        (
            "2 Protocol II (Protocol II)\n(United Nations, Treaty Series), art. 13.",
            [
                (
                    "2",
                    "Protocol II (Protocol II) (United Nations, Treaty Series), art. 13.",
                )
            ],
        ),
        (
            "1 “Every drop counts”\n(14 March 2018).\n2 Ibid.",
            [("1", "“Every drop counts” (14 March 2018)."), ("2", "Ibid.")],
        ),
        # a note that stops on a word goes on with a symbol or a web address
        (
            "2 See A/72/PV.101, A/72/PV.102 and\nA/72/PV.103.\n3 Ibid.",
            [("2", "See A/72/PV.101, A/72/PV.102 and A/72/PV.103."), ("3", "Ibid.")],
        ),
        (
            "21 For the maps, please see\nwww.un.org/depts/cartographic/english/htmain.htm.",
            [("21", "For the maps, please see www.un.org/depts/cartographic/english/htmain.htm.")],
        ),
        (
            "7 Disponible à l’adresse suivante :\nhttps://www.un.org/fr/c24/2019.",
            [("7", "Disponible à l’adresse suivante : https://www.un.org/fr/c24/2019.")],
        ),
        # a note of two sentences: the lines after the first run on to the next note's mark
        (
            "4 Sixteen countries are graduating.\nTherefore, many may graduate by 2031.\n"
            "5 Aid for Trade has grown.",
            [
                ("4", "Sixteen countries are graduating. Therefore, many may graduate by 2031."),
                ("5", "Aid for Trade has grown."),
            ],
        ),
        # ... or to the page's links
        (
            "14 Suplemento núm. 12A (A/72/12/Add.1).\nCap. III, secc. A.\nhttps://undocs.org/es/A/RES/1",
            [("14", "Suplemento núm. 12A (A/72/12/Add.1). Cap. III, secc. A.")],
        ),
        # "c." (contre), "v." (versus), "Sect." and "par." are not the end of a note
        (
            "3 A/75/6 (Sect. 29B), A/75/6 (Sect.\n29C) and A/75/6 (Sect. 34).",
            [("3", "A/75/6 (Sect. 29B), A/75/6 (Sect. 29C) and A/75/6 (Sect. 34).")],
        ),
        (
            "22 Supplément no 20 (A/77/20), par.\n409.",
            [("22", "Supplément no 20 (A/77/20), par. 409.")],
        ),
        (
            "7 Décision en l’affaire Davis c.\nGuam et al.",
            [("7", "Décision en l’affaire Davis c. Guam et al.")],
        ),
        # asterisk notes, one asterisk more each: each is a note
        (
            "* Au nom des États du Groupe des États d’Europe occidentale et autres États.\n"
            "** Au nom des États du Groupe des États d’Amérique latine et des Caraïbes.",
            [
                ("*", "Au nom des États du Groupe des États d’Europe occidentale et autres États."),
                ("**", "Au nom des États du Groupe des États d’Amérique latine et des Caraïbes."),
            ],
        ),
        (
            "* On behalf of the Group of 77 and China.\n1 A/74/227.",
            [("*", "On behalf of the Group of 77 and China."), ("1", "A/74/227.")],
        ),
    ],
)
def test_flush_left_notes(notes: str, expected: list[tuple[str, str]]) -> None:
    prep = prepare(f"text of the page,\n__________\n{notes}\n")
    assert [(e.mark, " ".join(e.text.split())) for e in prep.footnotes] == expected


def _may_join_by_hand(vocab: Vocabulary, text: str) -> set[str]:
    """The definition: the chunks with a run of letters, not next to an apostrophe, a hyphen
    or another letter, that is not a word."""
    out = set()
    for chunk in text.split():
        for run in re.finditer(r"[^\W\d_]+", chunk):
            before, after = chunk[run.start() - 1 : run.start()], chunk[run.end() : run.end() + 1]
            alone = before not in ("’", "'", "-") and after not in ("’", "'", "-")
            if alone and not vocab.is_word(run.group()):
                out.add(chunk)
    return out


@pytest.mark.parametrize(
    "line",
    [
        "the develop ment agenda",
        "The Develop Ment Agenda,",
        "the agenda, the agenda; the agenda.",
        "l’agenda d'agenda agenda’s",
        "résolution 70/1 du 25 septembre 2015,1",
        "homme¹ agenda²³",
        "Ⅻ ⅻ İstanbul istanbul",
        "东京 the",
        "agenda\u00a0the\tdevelop",
        "non-agenda agenda-the",
        "civil isations of «ment» 'ment' ment-",
        "",
        "   ",
        "12 34/56 (7).",
    ],
)
def test_may_join_fast_paths_agree_with_the_definition(line: str) -> None:
    # chunks sorted in bulk from the document (lower-case words) and chunks sorted line by line
    document = "the agenda develop develop istanbul istanbul ⅻ ⅻ 东京 东京 agenda’s"
    for vocab in (Vocabulary({"the", "agenda"}, document), Vocabulary({"the", "agenda"})):
        assert vocab.may_join(line) == _may_join_by_hand(vocab, line)
        assert vocab.may_join(line) == _may_join_by_hand(vocab, line)  # remembered


@pytest.mark.parametrize(
    "text",
    [
        "the Agenda, the agenda; l’agenda d'agenda",
        "homme¹ homme¹ 70/1 — non-alignés Non-Alignés\n\nİstanbul",
        "",
    ],
)
def test_vocabulary_counts_every_word_lower_cased(text: str) -> None:
    by_hand = Counter(w.lower() for w in re.findall(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*", text))
    assert Vocabulary((), text).counts == by_hand


@pytest.mark.parametrize(
    "texts",
    [
        [" the develop ment agenda", "and the agenda "],
        ["the agenda,", " the agenda; l ’agenda", "d 'agenda"],
        ["  the   agenda\t is", "the\u00a0\u00a0agenda"],
        ["civil isations", "the agenda"],
        [],
        ["", "   "],
        ["homme\ue000 the agenda", "70/1 du 25 septembre"],
    ],
)
def test_repair_lines_repairs_each_line_as_repair_line(texts: list[str]) -> None:
    # one word check for the paragraph, or one per line where it finds a split word
    document = "the agenda develop civilisations civilisations"
    for words in ({"the", "agenda", "and"}, set()):
        expected = [repair_line(t, Vocabulary(words, document)) for t in texts]
        assert repair_lines(texts, Vocabulary(words, document)) == expected
        assert repair_lines(texts, Vocabulary(words)) == [
            repair_line(t, Vocabulary(words)) for t in texts
        ]


def test_line_is_an_immutable_record_with_a_span() -> None:
    line = Line(" Recalling", 10, True, "body", 2)
    assert (line.text, line.start, line.indent, line.role, line.page) == (
        " Recalling",
        10,
        True,
        "body",
        2,
    )
    assert line.span == Span(10, 20)
    assert line == Line(text=" Recalling", start=10, indent=True, role="body", page=2)
    with pytest.raises(AttributeError):
        line.text = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("A/RES/78/12", True),
        ("A/RES/78/12 B", True),  # one part of a composite resolution
        ("A/RES/78/12 A-B", True),  # the running header of a composite resolution
        ("A/RES/78/12 A–C", True),
        ("S/RES/2999 (2030)", True),
        ("A/RES/78/12 AB", False),  # not a range of parts
        ("A/RES/78/12 A-B and C", False),
        ("A/RES/78/12 A-Z", False),
    ],
)
def test_running_header_symbol_is_furniture(line: str, furniture: bool) -> None:
    # The symbol repeated as a running header after the body has begun is page furniture.
    text = f"Recalling its resolution 70/1,\n{line}\nNoting the report,\n"
    prep = prepare(text)
    assert (line in [f.text for f in prep.furniture]) == furniture


@pytest.mark.parametrize(
    ("before", "furniture"),
    [
        ("on the basis of informal consultations on draft resolution", False),
        ("à l’issue de consultations officieuses sur le projet de résolution", False),
        ("acerca del proyecto de resolución", False),
        ("as contained in documents", False),
        ("Noting the report,", True),  # a line that names no document
        ("draft resolution;", True),  # it ended its sentence
    ],
)
def test_a_symbol_named_by_the_line_before_is_text(before: str, furniture: bool) -> None:
    """ "… on draft resolution" / "A/C.2/77/L.9": the symbol runs on from its line."""
    text = f"A/C.2/77/L.44\nDraft resolution submitted by the Chair, {before}\nA/C.2/77/L.9\n"
    prep = prepare(text)
    assert ("A/C.2/77/L.9" in [f.text for f in prep.furniture]) == furniture


# (name, text, expected (mark, text) of the notes found): notes printed without a rule.
TRAILING_NOTES = [
    (
        "rule-less notes after the adoption line, single-spaced",
        "The Security Council,\n\nRecalling its resolution 1 (1946),\n\n"
        "1. Decides to remain seized of the matter.\n\nAdopted at the 2nd meeting. 22\n\n"
        "22 Adopted without vote, the representative of one member being\n"
        "absent.\n23 See resolution 1 (1946).\n",
        [
            ("22", "Adopted without vote, the representative of one member being absent."),
            ("23", "See resolution 1 (1946)."),
        ],
    ),
    (
        "an asterisk note after a numbered one",
        "The Security Council,\n\nHaving taken note of the report of 23 October 1953, 6\n\n"
        "1. Relies on * the Chief of Staff to inform it.\n\n"
        "Adopted unanimously at the 631st meeting.\n\n"
        "6 Ibid., document S/3122.\n* Paragraph 3 of the English text began with the word\n"
        "“Requests...”.\n",
        [
            ("6", "Ibid., document S/3122."),
            ("*", "Paragraph 3 of the English text began with the word “Requests...”."),
        ],
    ),
    (
        "the last paragraphs of an Arabic draft, numbered with a hyphen, are no notes",
        "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 76/226،\n\nوإذ تؤكد من جديد التزامها،\n\n"
        "1 -  تطلب إلى الأمين العام أن يقدم تقريرا؛\n\n2 -  تقرر أن تبقي المسألة قيد نظرها.\n",
        [],
    ),
    (
        "a double-spaced wrapped line that opens with a date is not a note",
        " The General Assembly,\n\n Recalling its resolutions 60/1 of 8 May 2006, 61/1 of\n\n"
        "23 December 2016 and 62/1 of 18 April 2017,\n\n"
        " Takes note of the report of the Office.\n\n 50th plenary meeting\n",
        [],
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), TRAILING_NOTES, ids=[c[0] for c in TRAILING_NOTES]
)
def test_trailing_footnotes_are_single_spaced(
    name: str, text: str, expected: list[tuple[str, str]]
) -> None:
    prep = prepare(text)
    assert [(e.mark, e.text) for e in prep.footnotes] == expected, name


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("2/5                                                      18-17962", "page foot"),
        ("18-17962                                                   3/5", "page foot"),
        (" 18-17962 (E)      021118", "job number"),
        ("22-12345 (F)    161122    171122", "job number"),  # the original's date and its own
        ("2/5 18-17962", None),  # one space: not a layout's page foot
        ("in 2/5 of the cases", None),
    ],
)
def test_page_foot_of_a_layout_preserving_extraction(line: str, kind: str | None) -> None:
    assert furniture_kind(line) == kind


@pytest.mark.parametrize(
    ("widths", "margin"),
    [
        ([0] * 20 + [1] * 8, 0),  # flush text, first lines indented by a space
        ([1] * 12 + [0] * 6, 0),  # short paragraphs: more first lines than wrapped ones
        ([17] * 30 + [22] * 10 + [0] * 3 + [16] * 4, 17),  # pdftotext -layout
        ([0] * 12 + [1] * 5 + [10] * 14, 0),  # a long list of sponsors indented as a block
    ],
)
def test_left_margin(widths: list[int], margin: int) -> None:
    assert _left_margin([" " * w + "text" for w in widths]) == margin


def test_prepare_reads_a_layout_preserving_extraction() -> None:
    """Indents count from the page's margin; a note's mark on its own line heads the text
    below it; the page foot, running title and running header are furniture."""
    text = (
        "             The General Assembly,\n"
        "                  Recalling its resolution 70/1, 1\n"
        "             and its resolution 71/1,\n"
        "                  1.    Decides to remain seized of the matter;\n"
        "             and further decides to keep it under review.\n"
        "        __________________\n"
        "             1\n"
        "                 See A/CONF.999/10.\n"
        "\n"
        "18-17962                                                   3/5\n"
        "                                                Cooperation in the peaceful uses of\n"
        "A/RES/80/9                                                           coastal waters\n"
        "\n"
        "             of the General Assembly.\n"
    )
    prep = prepare("                United Nations                       A/RES/80/9\n" + text)
    body = [ln for ln in prep.lines if ln.role == "body"]
    assert [ln.indent for ln in body] == [True, False, True, False, True, False, False]
    assert [(e.mark, e.text) for e in prep.footnotes] == [("1", "See A/CONF.999/10.")]
    assert [f.kind for f in prep.furniture] == [
        "separator",
        "page foot",
        "running title",
        "running header",
    ]
    assert body[0].text.strip() == "United Nations                       A/RES/80/9"  # masthead


def test_a_symbol_alone_is_the_text_of_a_mark_above_it() -> None:
    prep = prepare("Noting the report, 1\n__________________\n  1\n    A/80/123.\n")
    assert [(e.mark, e.text) for e in prep.footnotes] == [("1", "A/80/123.")]
    assert prep.furniture[0].kind == "separator" and len(prep.furniture) == 1


def test_scattered_notes_are_paired_with_their_marks() -> None:
    """Plain ``pdftotext``: the page's marks in a run, its foot, then the texts in the order of
    the marks; a note without its full stop ends where a line opens with a capital; the notes
    of the last page run to the end of the text."""
    text = (
        "A/RES/80/9\n"
        "The General Assembly,\n"
        "Recalling the Convention1 and the Agreement,2\n"
        "__________________\n"
        "1\n2\n\n2/3\n\n25-12345 (E)\n\n"
        "United Nations, Treaty Series, vol. 1771, No. 30822\n"
        "Adopted under the Convention in FCCC/CP/2015/10/Add.1,\n"
        "decision 1/CP.21.\n\n*2512345*\n\nA/RES/80/9\n\n"
        "Noting the report,3\n"
        "__________________\n"
        "3\n\n3/3\n\n25-12345\n\nSee A/80/1.\n"
    )
    prep = prepare(text)
    assert [(e.mark, e.text) for e in prep.footnotes] == [
        ("1", "United Nations, Treaty Series, vol. 1771, No. 30822"),
        ("2", "Adopted under the Convention in FCCC/CP/2015/10/Add.1, decision 1/CP.21."),
        ("3", "See A/80/1."),
    ]
    assert all(ln.role != "body" or "Treaty" not in ln.text for ln in prep.lines)


def test_a_scattered_note_takes_its_web_address() -> None:
    """Plain ``pdftotext``: a note that stops on a word or a colon goes on with the web address
    on the next line; the page's bare links to the symbols cited stay furniture."""
    text = (
        "A/RES/80/9\n"
        "The General Assembly,\n"
        "Recalling the outcome1 and its resolution 70/1,2\n"
        "__________________\n"
        "1\n2\n\n2/3\n\n25-12345 (E)\n\n"
        "See\n"
        "https://nam.go.ug/sites/default/files/2024-02/Kampala%20Final%20Outcome.pdf.\n"
        "Disponible à l’adresse suivante :\n"
        "https://www.un.org/dppa/decolonization/fr/c24/regional-seminars/2015.\n"
        "https://undocs.org/fr/A/RES/70/1\n\n*2512345*\n\nA/RES/80/9\n\n"
        "Noting the report.\n"
    )
    prep = prepare(text)
    assert [(e.mark, e.text) for e in prep.footnotes] == [
        ("1", "See https://nam.go.ug/sites/default/files/2024-02/Kampala%20Final%20Outcome.pdf."),
        (
            "2",
            "Disponible à l’adresse suivante : "
            "https://www.un.org/dppa/decolonization/fr/c24/regional-seminars/2015.",
        ),
    ]
    assert [f.text for f in prep.furniture if f.kind == "link"] == [
        "https://undocs.org/fr/A/RES/70/1"
    ]


@pytest.mark.parametrize(
    ("line", "note"),
    [
        ("1 United Nations, Treaty Series, vol. 2515, No. 44910.", True),
        ("12 A/77/123.", True),
        ("3 انظر A/77/123.", True),
        ("1 -  تطلب إلى الأمين العام أن يقدم تقريرا؛", False),  # an Arabic paragraph's number
        ("12 - تقرر أن تبقي المسألة قيد نظرها.", False),
    ],
)
def test_a_note_entry_is_no_arabic_paragraph(line: str, note: bool) -> None:
    assert (FOOTNOTE_ENTRY.match(line) is not None) is note


RADICALS = list(csv.DictReader((REFERENCE / "cjk_radicals.csv").open(encoding="utf-8", newline="")))


@pytest.mark.parametrize("row", RADICALS, ids=[r["name"] for r in RADICALS])
def test_radical_row_is_a_radical_for_an_ideograph_of_its_example(row: dict[str, str]) -> None:
    assert 0x2E80 <= ord(row["radical"]) <= 0x2EFF
    assert unicodedata.name(row["radical"]) == row["name"]
    assert "\u4e00" <= row["ideograph"] <= "\u9fff"
    assert row["ideograph"] in row["example"]
    # read back: the example as a PDF may print it
    printed = row["example"].replace(row["ideograph"], row["radical"])
    assert clean_source(printed)[0] == row["example"]
