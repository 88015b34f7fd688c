"""Segment: body lines → header, acting-organ line, preambular and operative paragraphs, closing.

A paragraph of a hard-wrapped UN text can only be told from its neighbours by layout (an indent
or a blank line, where the document uses them consistently) and by drafting conventions:
preambular paragraphs end with a comma and open with a participle or adjective; operative
paragraphs are numbered in sequence, open with a present-tense verb and end with a semicolon,
the last with a full stop. A line opens a new paragraph only when layout allows it, the previous
paragraph has ended its clause, and the line opens the way a paragraph of that section opens.
Text that merely looks like a new paragraph (a mid-line participle, a number inside a list, a
line starting with a capital after a page break) stays where it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise

from helpers.dates import ORDINAL_WORD, is_date_line
from helpers.header import (
    DOC_SYMBOL,
    NUMBER_LINE,
    PUBLISHER_LINE,
    SC_NUMBER_YEAR,
    STATEMENT_TITLE,
    full_width,
    left_short,
    line_kind,
)
from helpers.leads import OPENING_QUOTES, Lexicon
from helpers.lexicon import load_organs, organ_alternatives
from helpers.normalize import Line, furniture_kind

#: Printed number of an operative paragraph: ``12.`` followed by the verb; Arabic prints
#: ``12 -`` ("1 - تؤكد من جديد").
OP_NUMBER = re.compile(
    r"^\s*(?P<num>\d{1,3})(?:\s?\.|\s?-(?=\s+[\u0621-\u064a]))\s+(?P<rest>\S.*)$"
)
#: The number alone on its line, its text on the next (a plain extraction of a PDF that sets
#: the number in a column of its own: "1." / "Notes with appreciation …").
OP_NUMBER_ALONE = re.compile(r"^\s*(?P<num>\d{1,3})\s?[.-]\s*$")
#: The same number whose full stop was read as a comma (``4, Requests``, in scanned texts): the
#: number, the comma, then a capital. `_comma_numbered_start` says when it is one.
OP_NUMBER_COMMA = re.compile(
    r"^\s*(?P<num>\d{1,3})"  # the paragraph number
    r",\s+"  # the comma printed for its full stop
    r"(?P<rest>[A-ZÀ-ÖØ-Þ].*)$"  # the operative verb, with its capital
)
#: The label of a paragraph in a text under negotiation (a zero draft, a compilation of
#: proposals, a revised draft): "PP1" labels a preambular paragraph, "OP3" an operative one;
#: one inserted later is "OP3 bis" (ter, quater), an alternative "PP2 alt" or "OP5 alt 2".
PARAGRAPH_LABEL = re.compile(
    r"^\s*(?P<label>"
    r"(?P<section>PP|OP)\.?\s?(?P<num>\d{1,3})"  # the section and the paragraph's number
    r"(?:\s?(?P<suffix>bis|ter|quater|quinquies"  # inserted later
    r"|alt(?:ernative|\.(?=\s?\d))?(?:\s?\d{1,2})?)(?!\w))?"  # an alternative ("alt. 2")
    r"\s*[.:)]?"  # the label's own punctuation
    r")\s+(?P<rest>\S.*)$"
)
#: A sub-item inside a paragraph: ``(a)``, ``(iv)``, ``(1)``, ``a)``.
ITEM = re.compile(
    r"^\s*(?:\((?P<a>[a-z]{1,2}|[ivxlc]{1,6}|\d{1,2})\)|(?P<b>[a-z]|[ivx]{1,4})\))\s+\S"
)
#: What may follow the punctuation that ends a clause: the closing quotation mark of a quoted
#: text (a paragraph that replaces another ends ``…;”``), then a footnote marker.
_CLOSE_QUOTE = r"[”»\"’」』]?"
_END_MARKER = r"[*\d¹²³⁴⁵⁶⁷⁸⁹⁰]{0,3}"
#: Ends a clause: a comma (preamble), semicolon or colon (operative), full stop (last one);
#: Chinese prints them full width ("，", "；", "：", "。"), Arabic its own comma and semicolon.
CLAUSE_END = re.compile(rf"[,;:.，；：。،؛]\s*{_CLOSE_QUOTE}\s*{_END_MARKER}\s*$")
SENTENCE_END = re.compile(rf"[.。]\s*{_CLOSE_QUOTE}\s*{_END_MARKER}\s*$")
#: Ends a quoted question: ``… of climate change?”``, ``… climatiques ? »``.
QUESTION_END = re.compile(rf"[?？؟]\s*{_CLOSE_QUOTE}\s*{_END_MARKER}\s*$")
#: Ends a quotation, such as a quoted title whose full stop is lost (``… titulado “Garantizar
#: el acceso … para todos”``).
QUOTE_END = re.compile(rf"[”»\"」』]\s*{_END_MARKER}\s*$")
#: A colon that introduces a text (``Adopts the following declaration:¹ We, Heads of State…``).
INTRODUCES = re.compile(r":[\s\d¹²³⁴⁵⁶⁷⁸⁹⁰*]*\s(?=[A-ZÀ-ÖØ-Þ])")
#: Ends a preambular paragraph: a comma.
PREAMBLE_END = re.compile(rf"[,，،]\s*{_CLOSE_QUOTE}\s*{_END_MARKER}\s*$")
#: The characters a match of `CLAUSE_END` may end with, before the spaces at the end of the
#: line: the mark, a closing quotation mark, or a footnote marker (or any other ``\d``, which
#: is a decimal digit, `str.isdecimal`).
_CLAUSE_LAST = frozenset(',;:.”»"’*¹²³⁴⁵⁶⁷⁸⁹⁰，；：。」』،؛')
#: A full-width mark read as the mark it stands for.
_HALF_WIDTH = {"，": ",", "；": ";", "：": ":", "。": ".", "،": ",", "؛": ";"}


def _clause_end(text: str) -> str:
    """The mark that ends the clause on a line (``,`` ``;`` ``:`` ``.``, a full-width one read
    as these), or ``""``.

    What may follow that mark (a closing quotation mark, a footnote marker, spaces) holds no
    other such mark, so `CLAUSE_END` matches at most one place in a line: `SENTENCE_END` and
    `PREAMBLE_END` match exactly where the mark found there is a full stop or a comma.
    """
    last = text.rstrip()[-1:]
    if last not in _CLAUSE_LAST and not last.isdecimal():
        return ""  # most lines end with a word: no need to search them
    m = CLAUSE_END.search(text)
    if m is None:
        return ""
    mark = m.group()[0]
    return _HALF_WIDTH.get(mark, mark)


#: A meeting's number: digits with their ordinal suffix ("55th", "54e", "1re", "47a", "41ª", in
#: older Spanish prints "85a.", and in Russian after a hyphen, "47‑е", often a Latin "e": "47-e").
_MEETING_NUMBER = r"\d{1,4}\s*(?:e|er|re|th|st|nd|rd|\.?ª\.?|a\.?|[-‐‑][еe])?"
#: A plenary meeting after its number, perhaps a resumed one ("(resumed) plenary meeting"; French
#: and Spanish print "(reprise)" and "(continuación)" after the name).
PLENARY_MEETING = (
    r"(?:\(?(?:resumed|возобновленное)\)?\s+)?"  # "(resumed)"
    r"(?:séance\s+plénière|plenary\s+meeting|sesión\s+plenaria|пленарное\s+заседание)\b"
    r"(?:\s*\((?:reprise|continuaci[óo]n)\))?"  # "(reprise)", "(continuación)"
)
#: A meeting named by its number where Chinese and Arabic print it: "第52次全体会议", resumed
#: "第52次全体会议(续会)", the Council's "第9281次会议"; "الجلسة العامة 52", "(المستأنفة)".
NUMBERED_MEETING = (
    r"(?:第\d{1,4}次(?:全体)?会议(?:\s*[(（]续会[)）])?"
    # (Arabic numbers a meeting in digits or in words: "الجلسة العامة الثالثة والثلاثون")
    r"|(?:الجلسة|جلستها)\s+(?:العامة\s+)?(?:\(المستأنفة\)\s*)?"  # ("its meeting": a decision)
    r"(?:\d{1,4}|ال[\u0621-\u064a]+(?:\s+و?ال[\u0621-\u064a]+){0,2})(?:\s*\(المستأنفة\))?)"
)
#: A meeting's number in digits or, at a special session, in words ("Tercera sesión plenaria").
MEETING_ORDINAL = rf"(?:{_MEETING_NUMBER}|\b{ORDINAL_WORD})"
#: Closing lines: plenary meeting, date of adoption, Security Council vote lines.
CLOSING = re.compile(
    rf"""^\s*(?:
        {_MEETING_NUMBER}\s+{PLENARY_MEETING}
      | (?:Adopted|Adoptée?|Aprobada|Принята)\b
      | (?:\d{{1,4}}\s*(?:e|th|st|nd|rd|ª)?\s+)?(?:meeting|séance|sesión)\b
      | {NUMBERED_MEETING}
    )""",
    re.IGNORECASE | re.VERBOSE,
)
#: A line that names the plenary meeting and nothing else but its date ("41a sesión plenaria 10
#: de diciembre de 2020"): no sentence wraps so.
_MEETING_LINE = re.compile(
    rf"^\s*(?:{_MEETING_NUMBER}\s+{PLENARY_MEETING}|{NUMBERED_MEETING})[\s,]*(?P<rest>.*?)\s*$",
    re.IGNORECASE,
)


#: The characters a meeting's line can open with (`_MEETING_LINE`): a digit, "第", "ا".
_MEETING_FIRST = frozenset("0123456789第ا")
#: The commas that end an organ line (Latin, full width, Arabic).
_ORGAN_COMMAS = (",", "，", "،")


def is_meeting_line(text: str) -> bool:
    """Whether a line is the plenary meeting alone, or with its date."""
    if text.lstrip()[:1] not in _MEETING_FIRST:
        return False  # (most lines are spared the pattern)
    m = _MEETING_LINE.match(text)
    return m is not None and (not m.group("rest") or is_date_line(m.group("rest")))


#: A plenary meeting numbered in words, which `is_closing` looks for only in a line that names one
#: (the words' pattern is long).
_MEETING_IN_WORDS = re.compile(rf"^\s*{ORDINAL_WORD}\s+{PLENARY_MEETING}", re.IGNORECASE)


def is_closing(text: str) -> bool:
    """Whether a line is one of the closing lines: the plenary meeting ("55th (resumed) plenary
    meeting", "Tercera sesión plenaria"), the adoption line, a Security Council meeting line."""
    return CLOSING.match(text) is not None or (
        ("plenar" in text or "plénière" in text) and _MEETING_IN_WORDS.match(text) is not None
    )


#: The adoption line of a resolution (``Adopted unanimously at the 1238th meeting.``), which no
#: paragraph opens with: it closes the text even where the last paragraph lost its full stop.
ADOPTION = re.compile(
    r"""^\s*(?:
        Adopted(?:\s+(?:unanimously|without\s+(?:a\s+)?vote))?\s+at\s+the  # English
      | Adopt[ée]e(?:\s+(?:à\s+l[’']unanimité|sans\s+vote))?\s+à\s+la  # French
      | Aprobada(?:\s+(?:por\s+unanimidad|sin\s+votación))?\s+en\s+la  # Spanish
      | Принята(?:\s+(?:единогласно|без\s+голосования))?\s+на  # Russian
    )\b""",
    re.VERBOSE,
)
#: The opening of a decision as adopted, which names the meeting before the organ and its verb:
#: "At its 50th plenary meeting, on 22 December 2023, the General Assembly, on the
#: recommendation of the Second Committee, decided …", "À sa 50e séance plénière, le …,
#: l’Assemblée générale … a décidé", "En su 50ª sesión plenaria, celebrada el …, la Asamblea
#: General … decidió", "На своем 50-м пленарном заседании … Генеральная Ассамблея постановила",
#: "在2023年12月22日第50次全体会议上，大会……决定", "في جلستها العامة 50 المعقودة في …، قررت
#: الجمعية العامة".
DECISION_OPENER = re.compile(
    rf"""^\s*(?:
        At\s+its\s+{_MEETING_NUMBER}\s+(?:plenary\s+)?meeting\b  # English
      | À\s+sa\s+{_MEETING_NUMBER}\s+séance\b  # French
      | En\s+su\s+{_MEETING_NUMBER}\s+sesión\b  # Spanish
      | На\s+своем\s+\d{{1,4}}[-‐‑]м\s+(?:пленарном\s+)?заседании\b  # Russian ("50-м")
      | 在(?:\d{{4}}年\d{{1,2}}月\d{{1,2}}日(?:举行的)?)?第\d{{1,4}}次(?:全体)?会议上  # Chinese
      | في\s+(?:جلستها\s+العامة|الجلسة\s+العامة)\s+\d{{1,4}}\b  # Arabic
    )""",
    re.VERBOSE,
)
#: A decorative divider between parts of a text: ``*``, ``* * *``.
DIVIDER = re.compile(r"^\s*\*(?:\s*\*)*\s*$")
#: A Roman numeral from I to XXXIX: the sections of a resolution on many questions (the budget
#: resolutions run to ``XVIII``, ``XXIII`` and beyond).
_ROMAN = r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})"
#: The heading of a part of a composite resolution: ``B``, ``II``, ``Part B``.
PART_HEADING = re.compile(
    r"^\s*(?:(?:Part|Partie|Parte"
    # a committee's report recommends its drafts one after another: "Draft resolution II"
    r"|Draft\s+resolution|Projet\s+de\s+r[ée]solution|Proyecto\s+de\s+resoluci[óo]n"
    r"|Проект\s+резолюции)\s+)?"
    rf"(?P<part>[A-H]|{_ROMAN})\.?\s*$"
)
#: The value of each Roman digit.
_ROMAN_DIGITS = (("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1))
#: A short label that heads the paragraphs after it: ``Reporting:``, ``Mandate of UNMISS:``.
LABEL_HEADING = re.compile(r"^[^\W\d_][^,;:.]{0,50}:\s*$")
#: How many lines the title of a part of a composite resolution may take before its organ line.
_PART_TITLE_LINES = 4
#: An annex, appendix or attachment heading after the resolution.
ANNEX = re.compile(r"^\s*(?:Annex|Annexe|Anexo|Appendix|Appendice|Apéndice)\b(?:\s+[IVX\d]+)?\s*$")


@dataclass
class Paragraph:
    """A paragraph under construction: its section, printed number and lines."""

    section: str
    number: str | None
    lines: list[Line] = field(default_factory=list)
    items: list[int] = field(default_factory=list)  # indexes into lines where an item starts
    part: str | None = None
    label: str | None = None  # a negotiating text's label ("PP1", "OP3 bis"), which opens it

    @property
    def last_text(self) -> str:
        return self.lines[-1].text if self.lines else ""


@dataclass
class Segmented:
    """The output of this stage."""

    header: list[Line]
    organ: Line | None
    paragraphs: list[Paragraph]
    closing: list[Line]
    annex: list[Line]
    warnings: list[str]
    headings: list[Line] = field(default_factory=list)
    body: str | None = None


@lru_cache(maxsize=8)
def organ_pattern(language: str | None) -> re.Pattern[str]:
    """A regex matching the acting-organ line (``L’Assemblée générale,``) of any language."""
    known, generic = _organ_alternatives()
    # The organ line opens the text, with a capital (case is otherwise ignored): a wrapped
    # line that ends a title or a paragraph (``la Asamblea General,``) is not one.
    return re.compile(
        rf"^\s*{_CAPITAL}(?:" + "|".join(known or [generic]) + r")\s*[,，،]?\s*$|"
        rf"^\s*{_CAPITAL}(?:" + generic + r")\s*[,，،]\s*$",
        re.IGNORECASE,
    )


@cache
def known_organ_pattern() -> re.Pattern[str]:
    """A regex matching the organ line of a body that ``data/reference/organs.csv`` names."""
    known, _ = _organ_alternatives()
    return re.compile(rf"^\s*{_CAPITAL}(?:" + "|".join(known) + r")\s*[,，،]?\s*$", re.IGNORECASE)


#: A capital, or a Han or Arabic letter, where an organ line opens. (Chinese, with no capitals,
#: opens with a Han character.)
_CAPITAL = r"(?-i:(?=[A-ZÀ-ÖØ-ÞА-ЯЁ\u4e00-\u9fff\u0621-\u064a]))"


def _organ_alternatives() -> tuple[list[str], str]:
    """The organ table's names as regexes, longest first, and the shape of any other organ."""
    known = list(organ_alternatives())
    # Any organ the table lacks: an article, up to six words, and the kind of body (never the
    # kind alone: "Council," is the end of a paragraph that names one).
    kinds = (
        r"(?:Assembly|Council|Assemblée|Conseil|Asamblea|Consejo|Commission|Comisión"
        r"|Ассамблея|Совет|Комиссия"
        # (a conference of a treaty's parties, a fund's executive board, a committee)
        r"|Conference|Conférence|Conferencia|Конференция|Board|Junta|Committee|Comité|Комитет)"
    )
    generic = (
        rf"(?!{kinds}\s*[,，،]?\s*$)"
        r"(?:The\s+|L['’]|Le\s+|La\s+|El\s+)?(?:[\w’'-]+\s+){0,6}?"
        + kinds
        + r"(?:\s+[\w’'-]+){0,8}?"
        # Chinese: the body's name, closed by its kind ("大会", "安全理事会", "人权理事会")
        r"|[\u4e00-\u9fff]{0,12}(?:大会|理事会|委员会|执行局)"
        # Arabic: "إن" and the body ("إن الجمعية العامة", "إن مجلس الأمن", "إن مؤتمر الأطراف")
        r"|إن\s+(?:الجمعية|جمعية|مجلس|المجلس|اللجنة|لجنة|مؤتمر)(?:\s+[\u0621-\u064a]+){0,6}"
    )
    return known, generic


def _masthead_organ(text: str, following: str) -> bool:
    """Whether a line is the organ the masthead names under the logo, not the acting organ.

    The acting-organ line may lose its comma in an extraction ("The General Assembly"), and
    only its article tells it from the masthead's line ("General Assembly"). Russian has no
    article ("Генеральная Ассамблея," / "Генеральная Ассамблея"): without the comma, the next
    line tells them apart, another line of the masthead ("Distr.: General", a date) or the text
    the organ acts in ("постановляет, что:", where a resolution of one paragraph prints no
    comma).

    Args:
        text: the line.
        following: the next line of the body ("" at the end).
    """
    return (
        not text.rstrip().endswith(_ORGAN_COMMAS)
        and line_kind(text) == "organ"
        and (not following.strip() or line_kind(following) is not None)
    )


@lru_cache(maxsize=1)
def _organ_bodies() -> tuple[tuple[str, str], ...]:
    """The organ table's ``(text, body)`` rows, text lower-cased, read from the table once."""
    return tuple(
        (str(row.text).lower(), str(row.body)) for row in load_organs().itertuples(index=False)
    )


#: White space inside an organ line, read as one space.
_SPACES = re.compile(r"\s+")


def body_of(organ_line: str) -> str | None:
    """Return the canonical body named by an organ line, from ``data/reference/organs.csv``."""
    text = _SPACES.sub(" ", organ_line.strip().rstrip(",，،").strip()).replace("'", "’").lower()
    rows = _organ_bodies()
    for name, body in rows:
        if name == text:
            return body
    for name, body in rows:
        # (an Arabic organ line opens with the particle "إن", which a sentence does not print)
        if name in text or (name.startswith("إن ") and name[3:] in text):
            return body
    return None


def next_part_label(label: str | None) -> str:
    """The label of the part after ``label``: ``B`` after ``A``, ``XIX`` after ``XVIII``.

    Composite resolutions label their parts with capital letters, resolutions on many
    questions their sections with Roman numerals.

    Args:
        label: the label of the current part; ``None`` for a first part printed without one
            (part ``A``).

    Returns:
        The label of the next part.
    """
    if label is None:
        return "B"
    if not re.fullmatch(_ROMAN, label):
        return chr(ord(label[-1]) + 1)
    return _roman(_roman_value(label) + 1)


def _roman_value(label: str) -> int:
    """The value of a Roman numeral (``XIX`` is 19)."""
    value, rest = 0, label
    for digit, n in _ROMAN_DIGITS:
        while rest.startswith(digit):
            value, rest = value + n, rest[len(digit) :]
    return value


def _roman(value: int) -> str:
    """A number as a Roman numeral (19 is ``XIX``)."""
    out = ""
    for digit, n in _ROMAN_DIGITS:
        while value >= n:
            out, value = out + digit, value - n
    return out


def _part_before(label: str) -> str | None:
    """The label of the part before ``label`` (``A`` before ``B``, ``I`` before ``II``), or
    ``None`` before the first (``A``, ``I``)."""
    if not re.fullmatch(_ROMAN, label):
        return chr(ord(label[-1]) - 1) if label > "A" else None
    return _roman(_roman_value(label) - 1) or None


def _is_heading(
    text: str, following: Line | None, next_op: int, lexicon: Lexicon, *, numbered: bool
) -> bool:
    """A section heading between paragraphs: short, unpunctuated, and a paragraph follows.

    Between numbered operative paragraphs, the next one follows a heading, and the heading may
    end with a colon (``Reporting:``); a preambular paragraph may follow a heading in the
    preamble, and any paragraph a part label (``II``).

    Args:
        text: the line, stripped.
        following: the next line, which must open a paragraph.
        next_op: the number the next operative paragraph takes.
        lexicon: the lead lexicon of the document's language.
        numbered: whether the paragraph before is a numbered operative paragraph.
    """
    if following is None or len(text) > 90 or not text[:1].isupper():
        return False
    if OP_NUMBER.match(text):
        return False
    nxt = following.text.strip()
    # Punctuation that ends a clause (a footnote marker may follow it: ``…in July 2017,8``)
    # never ends a heading, unless the heading is a label (``Reporting:``).
    ends_clause = bool(_clause_end(text))
    m = OP_NUMBER.match(nxt)
    if m:
        in_sequence = int(m.group("num")) == next_op
        # (a label, not the lone operative paragraph that announces the points: "Declares
        # that:" / "1. The subjection of peoples …")
        label = LABEL_HEADING.match(text) is not None and not _operative_opener(text, lexicon)
        return in_sequence and (not ends_clause or label)
    if ends_clause:
        return False
    if PART_HEADING.match(text):
        # A part label (``XXV``) heads the paragraph after it, whatever that paragraph's
        # section: a budget section may open with ``Recalls its resolution …,`` or ``Approves``.
        return lexicon.opens_clause(nxt, "preamble") or lexicon.opens_clause(nxt, "operative")
    if numbered:
        # After a numbered paragraph only a part label (``II``) heads a new preamble.
        return False
    return lexicon.opens_clause(nxt, "preamble") and not lexicon.opens_clause(text, "preamble")


def _wraps_a_name(line: str, following: str, text: str) -> bool:
    """Whether a line break splits a name that the document prints whole on one line.

    A title-case line that looks like a heading may end inside a name whose second word has the
    shape of a preambular head ("… de las Naciones" / "Unidas contra la Delincuencia …"): where
    the document prints the two words together elsewhere ("Naciones Unidas"), the break is a
    wrap, not a heading followed by a paragraph.

    Args:
        line: the line before the break.
        following: the line after it.
        text: the document's lines, joined by line breaks.
    """
    last, first = line.split()[-1:], following.split()[:1]
    return bool(last and first) and f"{last[0]} {first[0]}" in text


def _operative_opener(text: str, lexicon: Lexicon) -> bool:
    """A line that opens an operative paragraph and not a preambular one.

    A head the lexicon knows as operative (``Approuve``, ``Adopte``) wins over the mere shape of
    a preambular adjective (``-ve``, ``-te``) that the same word happens to have.
    """
    if not lexicon.opens_clause(text, "operative"):
        return False
    if not lexicon.opens_clause(text, "preamble"):
        return True
    m = lexicon.match(text, "preamble")
    return m is None or m.head is None or m.head.section != "preamble"


def _preamble_head(text: str, lexicon: Lexicon) -> bool:
    """A line that opens with a capitalised preambular head of the lexicon (not a mere shape).

    ``Recalling``, ``Taking note``, ``Poniendo de relieve``: a head the corpus prints as the
    lead of preambular paragraphs, not a word that only looks like a participle (``Member``,
    ``United``), nor a head of the operative section.
    """
    if not lexicon.opens_word(text[:1]):
        return False
    m = lexicon.match(text, "preamble")
    return m is not None and m.head is not None and m.head.section == "preamble"


def _text_start(content: list[Line], lexicon: Lexicon) -> int:
    """Where the paragraphs of a text without an organ line start (after its masthead and title).

    At the first numbered paragraph or preambular head the lexicon knows, or before it at a
    line merely shaped like a preambular lead (``Profoundly disheartened``) whose paragraph
    ends with a comma: a title often opens with such a word (``Strengthening the …``) but
    ends with no punctuation. A text with neither a number nor a known head starts at its
    first line shaped like a lead.

    Args:
        content: the body lines of the text, blank lines removed.
        lexicon: the lead lexicon of the document's language.

    Returns:
        The index of the first line of the first paragraph (``len(content)`` if none).
    """
    # The masthead's lines ("United Nations", "Distr.: General", a date) open no paragraph.
    top = _masthead_end(content)
    first = next(
        (
            i
            for i, ln in enumerate(content[top:], top)
            if OP_NUMBER.match(ln.text) or _preamble_head(ln.text.strip(), lexicon)
        ),
        len(content),
    )
    opens = [
        i for i in range(top, first) if lexicon.opens_clause(content[i].text.strip(), "preamble")
    ]
    for i, end in pairwise([*opens, first]):
        if _clause_end(content[end - 1].text) == ",":
            return i
    if first == len(content) and opens:
        return opens[0]  # no number and no known head: the first line shaped like a lead
    return first


def _numbered_start(
    num: int, next_op: int, ended: bool, layout_brk: bool, rest: str, lexicon: Lexicon
) -> bool:
    """Whether a line printed ``N. …`` opens the next numbered operative paragraph.

    Operative paragraphs are numbered in sequence, and the one before has ended its clause. A
    line where the layout starts a paragraph and an operative verb follows the number is a
    paragraph start even when the one before lost its final punctuation (``…”``), and even
    when one number was skipped (lost in extraction, or printed inside the paragraph before):
    then one missed boundary costs one paragraph, not all the paragraphs after it. The
    paragraphs of a declaration open in the first person plural ("Nous sommes encouragés …").
    """
    if num == next_op and ended:
        return True
    strong = layout_brk and (lexicon.opens_clause(rest, "operative") or lexicon.speaks_for_us(rest))
    return strong and (num == next_op or (num == next_op + 1 and ended and next_op > 1))


def _comma_numbered_start(
    num: int, next_op: int, ended: bool, layout_brk: bool, rest: str, lexicon: Lexicon
) -> bool:
    """Whether a line printed ``N, …`` opens the next numbered operative paragraph.

    A scan may read the full stop after a paragraph number as a comma (``4, Requests``). Such a
    line opens a paragraph only where one printed ``N.`` surely would, and with one more sign
    of it: the number is the next in sequence, the paragraph before has ended its clause, and
    either an operative verb the lexicon knows follows or the layout starts a paragraph there.
    A number and a comma that open a line inside a sentence (``paragraphs 3,`` / ``4, 5 and
    6``) have neither.
    """
    return num == next_op and ended and (layout_brk or lexicon.opens_clause(rest, "operative"))


def _closing_runs_on(closing: list[Line]) -> bool:
    """Whether the closing lines so far stop in mid-sentence, so the next line goes on with them.

    The vote of a Security Council resolution names the members who abstained in parentheses
    (``with 2 abstentions (France, United`` / ``Kingdom …)``), wrapped over several lines: a
    line inside an open parenthesis, or after a line ending with a comma, continues it.
    """
    if not closing:
        return False
    text = " ".join(ln.text for ln in closing)
    return text.count("(") > text.count(")") or _clause_end(closing[-1].text) == ","


def _numbering_goes_on(rest: Sequence[Line], k: int, next_op: int) -> bool:
    """Whether the next numbered paragraph after line ``k`` carries the number ``next_op``: the
    paragraphs go on, and a line shaped like a preamble's ("Shaping a shared vision …", a
    sentence of a declaration's paragraph in a flat layout) opens no new part, whose numbers
    start again at 1."""
    if next_op == 1:
        return False  # no numbered paragraph yet: the next part's first is numbered 1 too
    for ln in rest[k + 1 :]:
        m = OP_NUMBER.match(ln.text) or OP_NUMBER_ALONE.match(ln.text)
        if m:
            return int(m.group("num")) == next_op
    return False


def _restore_preamble(paragraphs: list[Paragraph], part: str | None) -> None:
    """Give back to the preamble the unnumbered "operative" paragraphs that end with a comma.

    An unnumbered operative paragraph is the lone one of its resolution; once numbered ones
    follow, an unnumbered paragraph that opened with an operative-looking phrase (``Se déclare
    préoccupée``) and ended with a comma was a preambular paragraph, unless a colon in it
    introduced the text that follows (a declaration the paragraph adopts).
    """
    for p in paragraphs:
        if (
            p.part == part
            and p.section == "operative"
            and p.number is None
            and _clause_end(p.last_text) == ","
            and not INTRODUCES.search(" ".join(ln.text for ln in p.lines))
        ):
            p.section = "preamble"


def _organ_ahead(rest: list[Line], k: int, organ_re: re.Pattern[str]) -> int | None:
    """The index of the organ line that follows a part heading within its title, if any."""
    for j in range(k + 1, min(k + 1 + _PART_TITLE_LINES, len(rest))):
        text = rest[j].text
        if len(text) < 120 and organ_re.match(text):
            return j
        if OP_NUMBER.match(text):
            return None
    return None


#: How many lines an organ line may wrap onto, and the longest line that may be (part of) one:
#: the Special Committee on decolonization's name, in French, is 164 characters.
ORGAN_WRAP = 3
_ORGAN_LINE_MAX = 250


def _wrapped_organ(
    content: list[Line], organ_re: re.Pattern[str], lexicon: Lexicon
) -> tuple[int, int] | None:
    """The first and last index of an organ line printed over two or three lines, if any.

    A long name wraps (``The Conference of the Parties serving as the meeting of the Parties``
    / ``to the Paris Agreement,``). Its lines follow one another with nothing between them,
    only the last ends with the comma, and the paragraph after it opens with a capital. A
    paragraph that opens with a lead and ends with a body's name (``Noting the work of the
    Human Rights`` / ``Council,``) is not one.
    """
    for i, ln in enumerate(content):
        if len(ln.text) >= _ORGAN_LINE_MAX or ln.text.rstrip().endswith(_ORGAN_COMMAS):
            continue
        for last in range(i + 1, min(i + ORGAN_WRAP, len(content))):
            prev, cur = content[last - 1], content[last]
            if cur.start != prev.start + len(prev.text) + 1 or len(cur.text) >= _ORGAN_LINE_MAX:
                break  # not the next line of the source (a blank line or a page between)
            if not cur.text.rstrip().endswith(_ORGAN_COMMAS):
                continue
            after = content[last + 1].text.lstrip()[:1] if last + 1 < len(content) else ""
            joined = " ".join(c.text.strip() for c in content[i : last + 1])
            if (
                organ_re.match(joined)
                and not (lexicon.capitalized and after.islower())
                and not lexicon.opens_clause(joined, "preamble")  # "Noting the work of the …"
            ):
                return i, last
            break  # the first line that ends with a comma ends the candidate
    return None


def _joined(lines: list[Line]) -> Line:
    """One line made of consecutive lines of the source, with its span over all of them."""
    return lines[0]._replace(text="\n".join(ln.text for ln in lines))


def _signals(lines: list[Line], body_from: int) -> tuple[bool, bool]:
    """Whether indents, and blank lines, mark where paragraphs start in the text's body.

    Read from the lines at ``body_from`` (after the organ line: a masthead's many one-line
    paragraphs would tip the balance) up to the closing lines: the meeting and date, set far
    to the right, are not a paragraph's indent, and in a short text they would read as one.
    """
    body = [ln for ln in lines if ln.start >= body_from] or lines
    end = next((i for i, ln in enumerate(body) if is_meeting_line(ln.text)), len(body))
    body = body[:end] or body
    nonblank = [ln for ln in body if ln.role != "blank"]
    if not nonblank:
        return False, False
    indented = sum(ln.indent for ln in nonblank) / len(nonblank)
    # How often a line of text follows a blank line: near 1 in double-spaced extractions,
    # a fraction where blank lines separate paragraphs, 0 where there are none. Blank lines
    # around what was taken out (a page's foot and head, its footnotes) are the page break's,
    # as a plain extraction prints them; they do not count.
    after_blank = 0
    seen_text = False
    at_break = False  # the blank lines so far touch lines taken out
    for a, b in pairwise(body):
        seen_text = seen_text or a.role != "blank"
        at_break = at_break or b.start != a.start + len(a.text) + 1
        if seen_text and a.role == "blank" and b.role != "blank" and not at_break:
            after_blank += 1
        if b.role != "blank":
            at_break = False
    blank_ratio = after_blank / len(nonblank)
    # (a stray blank line or two in a long flat text, before a part's heading, are not a
    # layout: one in fifty lines is the least a text with blank lines between paragraphs has)
    return 0.02 < indented < 0.9, 0.02 < blank_ratio < 0.6


def segment(lines: list[Line], lexicon: Lexicon, language: str | None) -> Segmented:
    """Split the body lines of a document into its parts.

    Args:
        lines: body and blank lines of the document, in order (furniture and footnotes removed).
        lexicon: the lead lexicon of the document's language.
        language: ISO 639-1 code.

    Returns:
        Header lines, the organ line, paragraphs, closing and annex lines, and warnings.
    """
    organ_re = organ_pattern(language)
    warnings: list[str] = []

    content = [ln for ln in lines if ln.role == "body"]
    blank_before: dict[int, bool] = {}
    prev_blank = True
    for ln in lines:
        if ln.role == "blank":
            prev_blank = True
            continue
        blank_before[ln.start] = prev_blank
        prev_blank = False

    organ_idx = next(
        (
            i
            for i, ln in enumerate(content)
            if len(ln.text) < _ORGAN_LINE_MAX
            and organ_re.match(ln.text)
            and not _masthead_organ(ln.text, content[i + 1].text if i + 1 < len(content) else "")
            and not (
                lexicon.capitalized
                and i + 1 < len(content)
                and content[i + 1].text.lstrip()[:1].islower()
            )
        ),
        None,
    )  # (the first paragraph opens with a capital: a line that runs on is part of a title)
    organ: Line | None = None
    wrapped = _wrapped_organ(content, organ_re, lexicon) if organ_idx is None else None
    if wrapped is not None:  # an organ line over two or three lines
        first, organ_idx = wrapped
        organ = _joined(content[first : organ_idx + 1])
        header = content[:first]
    elif organ_idx is None:
        title = next((i for i, ln in enumerate(content) if STATEMENT_TITLE.match(ln.text)), None)
        if title is not None:  # a statement of the Council's President
            return _unnumbered(content, title + 1, blank_before, lines, "Security Council")
        start = _text_start(content, lexicon)
        if start == len(content):  # no paragraph of a resolution: perhaps a decision
            stated = _stated_start(content, lexicon)
            if stated is not None:  # as drafted: "The General Assembly decides …"
                subject = lexicon.subject(content[stated].text.strip()) or ""
                return _unnumbered(content, stated, blank_before, lines, body_of(subject))
            adopted = next(
                (i for i, ln in enumerate(content) if DECISION_OPENER.match(ln.text)), None
            )
            if adopted is not None:  # as adopted: "At its 50th plenary meeting, …"
                opening = " ".join(ln.text for ln in content[adopted : adopted + 3])
                return _unnumbered(content, adopted, blank_before, lines, body_of(opening))
        warnings.append("no acting-organ line (e.g. 'The General Assembly,') was found")
        organ_idx = start - 1
        header = content[: organ_idx + 1]
    else:
        organ = content[organ_idx]
        header = content[:organ_idx]
    labelled = _labelled(content, organ_idx + 1 if organ is not None else 0)
    if labelled is not None:  # a text under negotiation, its paragraphs labelled "PP1", "OP1"
        first, paragraphs_, closing_ = labelled
        header = header if organ is not None else content[:first]
        below_organ = content[organ_idx + 1 : first] if organ is not None else []
        return Segmented(header, organ, paragraphs_, closing_, [], warnings, below_organ)

    # The layout's signals (indents, blank lines), read from the text after the organ line
    body_from = content[organ_idx + 1].start if organ_idx + 1 < len(content) else 0
    use_indent, use_blank = _signals(lines, body_from)
    flat = not use_indent and not use_blank  # only punctuation and the lexicon mark paragraphs

    paragraphs: list[Paragraph] = []
    closing: list[Line] = []
    annex: list[Line] = []
    state = "preamble"
    next_op = 1
    cur: Paragraph | None = None

    headings: list[Line] = []
    part: str | None = None
    part_of_first: str | None = None
    rest = content[organ_idx + 1 :]
    part_title_until = -1  # the title and organ line after a part heading are headings too
    width = None if lexicon.capitalized else full_width(ln.text for ln in rest)

    def next_part(ln: Line, label: str | None = None) -> Paragraph:
        """Open the next part of a composite resolution with its first preambular paragraph."""
        nonlocal part, part_of_first
        part = label or next_part_label(part)
        if part_of_first is None:
            part_of_first = "A"
            for p in paragraphs:
                p.part = part_of_first
        first = Paragraph("preamble", None, [ln], part=part)
        paragraphs.append(first)
        return first

    def _opens_para(ln: Line) -> bool:
        """Whether the layout lets a line open a paragraph (always, in a flat layout)."""
        return bool(
            (use_indent and ln.indent) or (use_blank and blank_before.get(ln.start, False)) or flat
        )

    @cache
    def joined() -> str:
        """The body's lines joined, made only where a heading is in question."""
        return "\n".join(ln.text for ln in content)

    taken = -1  # a line already read with the number alone on the line before it
    for k, ln in enumerate(rest):
        if k == taken:
            continue
        text = ln.text.strip()
        if (text[:1] == "*" and DIVIDER.match(text)) or k <= part_title_until:
            headings.append(ln)
            continue
        # how the current paragraph ends so far (it changes only where the loop goes on)
        cur_end = _clause_end(cur.last_text) if cur is not None else ""
        if lexicon.shapeless and state == "preamble" and cur_end == "." and cur is not None:
            # A shapeless lead reads the same in both sections ("表示注意到": taking note, takes
            # note); a preambular paragraph never ends with "。": this one is the lone operative.
            cur.section, state = "operative", "operative"
        # a part label after a finished operative text opens the next part (handled below)
        opens_part = (
            state == "operative"
            and cur is not None
            and cur_end == "."
            and PART_HEADING.match(text) is not None
        )
        if (
            not opens_part
            and state in {"preamble", "operative"}
            and cur is not None
            and cur_end
            and _opens_para(ln)
            and k + 1 < len(rest)
            and _opens_para(rest[k + 1])
            and _is_heading(text, rest[k + 1], next_op, lexicon, numbered=cur.number is not None)
            and not _wraps_a_name(text, rest[k + 1].text, joined())
        ):
            headings.append(ln)
            continue
        if state == "annex":
            annex.append(ln)
            continue
        ended_text = state == "closing" or (
            state == "operative" and cur is not None and cur_end == "."
        )
        # (The organ pattern is long: it is tried only where a text has ended.)
        if ended_text and (
            PART_HEADING.match(text) or (len(text) < 120 and organ_re.match(text) is not None)
        ):
            # A composite resolution: the next part (A, B...) starts again with its preamble.
            m = PART_HEADING.match(text)
            part = m.group("part") if m else next_part_label(part)
            if part_of_first is None:
                part_of_first = _part_before(part)
                for p in paragraphs:
                    p.part = part_of_first
            headings.append(ln)
            state, next_op, cur = "preamble", 1, None
            if m:
                part_title_until = _organ_ahead(rest, k, organ_re) or -1
            continue
        if state == "closing":
            if ANNEX.match(text):
                state = "annex"
                annex.append(ln)
            elif (
                _opens_para(ln)
                and not _closing_runs_on(closing)
                and lexicon.opens_clause(text, "preamble")
                and not is_closing(text)
            ):
                # A new part without a heading: its preamble follows the closing lines, where
                # the layout starts a paragraph and the closing lines have ended (a wrapped
                # vote line, ``(France, United`` / ``Kingdom …)``, is not a preamble).
                state, next_op, cur = "preamble", 1, next_part(ln)
            else:
                closing.append(ln)
            continue
        layout_brk = bool(
            (use_indent and ln.indent) or (use_blank and blank_before.get(ln.start, False))
        )
        # (the first line after the organ line, or after a part's heading, opens a paragraph
        # whatever the layout: "The General Assembly" / "Adopts the following declaration …:")
        brk = cur is None or _opens_para(ln)
        ended = cur is None or bool(cur_end)
        # (the patterns of a number open with ``\d``: on a stripped line, its first character)
        numbered = text[:1].isdecimal()
        alone = OP_NUMBER_ALONE.match(text) if numbered and k + 1 < len(rest) else None
        if alone:  # "1." / "Notes with appreciation …": the number and its text, read as one
            text = f"{alone.group('num')}. {rest[k + 1].text.strip()}"
        op = OP_NUMBER.match(text) if numbered else None
        if op is None and numbered:
            op = OP_NUMBER_COMMA.match(text)
            if op and not _comma_numbered_start(
                int(op.group("num")), next_op, ended, layout_brk, op.group("rest"), lexicon
            ):
                op = None
        # (in a flat layout any line may open a paragraph, so the number and verb decide)
        if op and _numbered_start(
            int(op.group("num")), next_op, ended, brk, op.group("rest"), lexicon
        ):
            if next_op == 1:
                _restore_preamble(paragraphs, part)
            cur = Paragraph("operative", op.group("num"), [ln], part=part)
            if alone:
                cur.lines.append(rest[k + 1])
                taken = k + 1
            paragraphs.append(cur)
            next_op = int(op.group("num")) + 1
            state = "operative"
            continue
        if alone:
            text = ln.text.strip()  # not a paragraph's number: the line as it is
        if cur is not None and ITEM.match(text) and (brk or ended):
            cur.items.append(len(cur.lines))
            cur.lines.append(ln)
            continue
        sentence_done = cur is not None and cur_end == "."
        if state == "operative" and (
            (sentence_done and (is_closing(text) or ANNEX.match(text) or is_date_line(text)))
            # the last paragraph ends with a quoted question (a request for an advisory opinion:
            # "… of climate change?”") before the meeting line
            or (cur is not None and QUESTION_END.search(cur.last_text) and is_closing(text))
            # the last paragraph lost its final punctuation (after a quoted title, or where the
            # layout sets the meeting apart), or adopts a text its colon announces ("Adopts the
            # following declaration:", the text printed apart), before the plenary meeting,
            # alone on its line
            or (
                (
                    layout_brk
                    or cur_end == ":"
                    or (cur is not None and QUOTE_END.search(cur.last_text))
                )
                and is_meeting_line(text)
            )
            # the last paragraph lost its full stop (``…of the Force,``) before the adoption line
            or (ended and brk and ADOPTION.match(text) is not None)
        ):
            state = "annex" if ANNEX.match(text) else "closing"
            (annex if state == "annex" else closing).append(ln)
            continue
        if state == "preamble" and layout_brk and not ended and _preamble_head(text, lexicon):
            # The paragraph before lost its final comma (``… for 2022¹`` ``Taking note …``):
            # where the layout starts a paragraph, a preambular lead the lexicon knows opens
            # one all the same (one missed boundary would merge two paragraphs).
            cur = Paragraph("preamble", None, [ln], part=part)
            paragraphs.append(cur)
            continue
        # (in a flat layout a colon announces what follows: "Symposium on Fisheries
        # Sustainability:" "Strengthening the Science-Policy Nexus, …" is one paragraph)
        if state == "preamble" and brk and ended and not (flat and cur_end == ":"):
            if _operative_opener(text, lexicon):
                # A lone operative paragraph is not numbered (UN drafting convention).
                cur = Paragraph("operative", None, [ln], part=part)
                paragraphs.append(cur)
                state = "operative"
                continue
            # (a lower-case head is read by its shape only where the layout marks paragraphs,
            # or after a line left short: in a flat Russian text, "…, / включая" and "…, /
            # принимая во внимание" go on)
            opens = (
                lexicon.opens_clause(text, "preamble")
                if lexicon.capitalized or not flat
                else _preamble_head(text, lexicon)
                or (
                    cur is not None
                    and (lexicon.shapeless or lexicon.opens_clause(text, "preamble"))
                    and left_short(cur.lines[-1].text, text, width)
                )
            )
            # A shapeless lead (Chinese) cannot be read: where the layout starts a paragraph after
            # a clause has ended, one opens ("倾听了…", "对…深感不安"), as after a line left short.
            opens = opens or (lexicon.shapeless and layout_brk)
            if opens or cur is None:
                if cur is None and not opens:
                    warnings.append(f"preamble opens with an unexpected phrase: {text[:40]!r}")
                cur = Paragraph("preamble", None, [ln], part=part)
                paragraphs.append(cur)
                continue
            if lexicon.opens_clause(text, "operative") and cur.last_text.rstrip().endswith(
                (";", ".", ":")
            ):
                cur = Paragraph("operative", None, [ln], part=part)
                paragraphs.append(cur)
                state = "operative"
                continue
        # the line before, if it was a part label (``IV``) set aside as a heading
        label = (
            PART_HEADING.match(rest[k - 1].text)
            if k > 0 and headings and headings[-1] is rest[k - 1]
            else None
        )
        if (
            state == "operative"
            and brk
            # in a flat layout, only after a full stop, or a semicolon and a head the lexicon
            # knows: "… of the Use," "Stockpiling, …" runs on
            and (
                cur_end == "." or (cur_end == ";" and _preamble_head(text, lexicon))
                if flat
                else ended
            )
            and cur is not None
            and (cur.number is not None or label is not None)
            and lexicon.opens_clause(text, "preamble")
            and not lexicon.opens_clause(text, "operative")
            and not _numbering_goes_on(rest, k, next_op)
        ):
            # A preamble again after numbered operative paragraphs, or after a part label that
            # follows a lone unnumbered one (``Decides …;`` ``IV`` ``Having considered …``):
            # the next part begins.
            state, next_op, cur = (
                "preamble",
                1,
                next_part(ln, label.group("part") if label else None),
            )
            continue
        if (
            state == "operative"
            and brk
            and cur is not None
            and cur.number is None
            and cur_end == ","
            and lexicon.opens_clause(text, "preamble")
            and not _operative_opener(text, lexicon)
        ):
            # The "lone operative paragraph" ended with a comma and a preamble goes on after it.
            cur.section = "preamble"
            cur = Paragraph("preamble", None, [ln], part=part)
            paragraphs.append(cur)
            state = "preamble"
            continue
        if (
            state == "operative"
            and brk
            and ended
            and cur is not None
            and cur.number is None
            and lexicon.opens_clause(text, "operative")
        ):
            cur = Paragraph("operative", None, [ln], part=part)
            paragraphs.append(cur)
            continue
        if cur is None:
            cur = Paragraph("preamble", None, [ln], part=part)
            paragraphs.append(cur)
            continue
        cur.lines.append(ln)
    closing[:0] = _split_final_operative(paragraphs, _opens_para, lexicon)
    return Segmented(header, organ, paragraphs, closing, annex, warnings, headings=headings)


#: A line that may open with a resolution's number ("78/2", "ES-11/1", "1514 (XV)", "2200 A
#: (XXI)", "50 (1948)", or the word "Resolution" in four languages), found by one scan of the
#: text.
_NUMBER_LINE_START = re.compile(
    r"^[ \t]*(?=(?:E?S-)?\d{1,4}(?:\s[A-H])?(?:/|\s?\()|R[eé]solution|Resoluci[oó]n|Резолюция)",
    re.MULTILINE,
)
#: How many lines below a resolution's number its organ line, or a decision's opening, may
#: stand: the title wraps over a few lines, and the Council's adoption line comes between.
_NUMBER_TO_ORGAN = 6


def resolution_starts(text: str) -> list[tuple[int, str]]:
    """Where each resolution opens in a text that prints several, one after another.

    The Official Records print a session's resolutions in volumes: each opens with its number
    ("78/2. Political declaration …", "Resolution 2719 (2023)", or "77/10" alone on its line)
    and, a few lines below, its organ line, of a body the organ table names ("The General
    Assembly,"; not the masthead's "General Assembly"), or the meeting that adopted a decision
    ("At its 4th plenary meeting, …"). A number in a table of contents, a page's number
    ("3/4"), or one that a wrapped paragraph cites at the start of a line, has neither below
    it.

    Where a resolution after the first prints its own masthead (the documents of a session
    joined into one file), it opens with the masthead's first line ("United Nations"), so that
    the masthead does not end the resolution before it.

    Args:
        text: the document's text.

    Returns:
        ``(offset, number)`` of each resolution's masthead or number line, in order; one for a
        text that holds one resolution under its number, none for a draft.
    """
    organ_re = known_organ_pattern()
    starts: list[tuple[int, str]] = []
    after = 0  # the last resolution's number line
    for found in _NUMBER_LINE_START.finditer(text):
        at = found.start()
        end = text.find("\n", at)
        m = NUMBER_LINE.match(text[at : end if end >= 0 else None])
        if m is None or not (m.group("number") or m.group("sc") or m.group("bare")):
            continue  # not a number line, or a draft's number to come ("55/... Title")
        sc = SC_NUMBER_YEAR.search(m.group("sc") or "")
        number = (
            f"{sc.group('number')} ({sc.group('year')})"
            if sc
            else m.group("number") or m.group("bare")
        )
        below = _lines_below(text, end, _NUMBER_TO_ORGAN + 1)
        if m.group("bare") and (not below or furniture_kind(below[0]) is not None):
            continue  # a page's number ("2/3"), the job number or a symbol below it
        for k, line in enumerate(below[:_NUMBER_TO_ORGAN]):
            following = below[k + 1] if k + 1 < len(below) else ""
            if NUMBER_LINE.match(line) or _opens_masthead(line, following):
                break  # the next entry of a table of contents, or the next document's masthead
            if (
                (organ_re.match(line) and not _masthead_organ(line, following))
                or DECISION_OPENER.match(line)
                # (a Council resolution may open with its preamble, no organ line above it)
                or (m.group("sc") and line_kind(line) == "sc adopted")
            ):
                masthead = _masthead_above(text, after, at) if starts else None
                starts.append((at if masthead is None else masthead, " ".join(number.split())))
                after = at
                break
    return starts


def _lines_below(text: str, end: int, n: int) -> list[str]:
    """The first ``n`` lines that are not blank after the line that ends at ``end``."""
    out: list[str] = []
    while end >= 0 and len(out) < n:
        nxt = text.find("\n", end + 1)
        line = text[end + 1 : nxt if nxt >= 0 else None]
        end = nxt
        if line.strip():
            out.append(line)
    return out


def _masthead_above(text: str, lo: int, hi: int) -> int | None:
    """The offset of the last masthead that opens in ``text[lo:hi]``: a publisher's line
    ("United Nations") with the symbol on it, or on the next line that is not blank, or the
    organ under the logo ("General Assembly")."""
    found = None
    for m in PUBLISHER_LINE.finditer(text, lo, hi):
        if _opens_masthead(m.group(0), text[m.end() : hi].lstrip().split("\n", 1)[0]):
            found = m.start()
    return found


def _opens_masthead(line: str, following: str) -> bool:
    """Whether a line is a publisher's ("United Nations") that opens a masthead: with the
    symbol on it, or on the next line, or the organ under the logo there. (A title or a
    paragraph may wrap before "United Nations" too.)"""
    return PUBLISHER_LINE.match(line) is not None and (
        DOC_SYMBOL.search(line) is not None
        or DOC_SYMBOL.match(following.strip()) is not None
        or line_kind(following) == "organ"
    )


def _masthead_end(content: list[Line]) -> int:
    """The index of the first line that is none of the masthead's kinds (`line_kind`)."""
    return next((i for i, ln in enumerate(content) if line_kind(ln.text) is None), len(content))


def _stated_start(content: list[Line], lexicon: Lexicon) -> int | None:
    """The first line, after the masthead, of a text whose organ is the subject of its verb
    ("The General Assembly decides to …", as a draft decision prints it), or ``None``."""
    top = _masthead_end(content)
    return next(
        (
            i
            for i in range(top, len(content))
            if lexicon.match_stated(content[i].text.strip(), "operative") is not None
        ),
        None,
    )


def _labelled(content: list[Line], first: int) -> tuple[int, list[Paragraph], list[Line]] | None:
    """Split a text whose paragraphs are labelled "PP1", "OP1" (`PARAGRAPH_LABEL`), if it is one.

    Delegations negotiate a draft on a text whose paragraphs carry such labels, so that a
    proposal can name the paragraph it changes; the labels say each paragraph's section, and
    a line with no label goes on with the paragraph before it. Two labels at least make such a
    text. The meeting and date, if printed under it, close it.

    Args:
        content: the body lines of the text, blank lines removed.
        first: where to look from (after the organ line, if any).

    Returns:
        The index of the first labelled line, the paragraphs (an operative one numbered by its
        label: "3", "3 bis") and the closing lines; ``None`` for a text with fewer labels.
    """
    starts = [k for k in range(first, len(content)) if PARAGRAPH_LABEL.match(content[k].text)]
    if len(starts) < 2:
        return None
    paragraphs: list[Paragraph] = []
    closing: list[Line] = []
    for ln in content[starts[0] :]:
        m = PARAGRAPH_LABEL.match(ln.text)
        if closing or (m is None and is_meeting_line(ln.text)):
            closing.append(ln)
        elif m is not None:
            operative = m.group("section") == "OP"
            suffix = m.group("suffix")
            number = m.group("num") + (f" {suffix}" if suffix else "") if operative else None
            section = "operative" if operative else "preamble"
            paragraphs.append(Paragraph(section, number, [ln], label=m.group("label").strip()))
        else:
            paragraphs[-1].lines.append(ln)
    return starts[0], paragraphs, closing


def _unnumbered(
    content: list[Line],
    first: int,
    blank_before: dict[int, bool],
    lines: list[Line],
    body: str | None,
) -> Segmented:
    """Split a text with no organ line and no numbers into unnumbered operative paragraphs.

    Two kinds of text are made so:

    * A statement by the President of the Security Council (``S/PRST/…``). After its title
      (`STATEMENT_TITLE`) comes a paragraph that says when and how it was made ("On 4 December
      2020, in connection with …, the President of the Security Council issued the following
      statement on behalf of the Council:"), then the statement itself, one quoted paragraph
      after another, each opening with a quotation mark and most often with the Council as its
      subject ("“The Security Council reiterates …"; only the last closes the quotation). Each
      is an unnumbered operative paragraph, as the AKN4UN markup files them.
    * A decision: as drafted, its text opens with the organ as the subject of its verb ("The
      General Assembly decides to approve …"); as adopted, with the meeting that adopted it
      (`DECISION_OPENER`: "At its 50th plenary meeting, on 22 December 2023, the General
      Assembly … decided …").

    A paragraph may hold several sentences, so a new one opens after a line that ends one
    (".", or the ":" that introduces the statement) only where the layout opens a paragraph
    (an indent, a blank line) or at a quotation mark that opens the line. An annex heading
    after a sentence has ended opens the annex.

    Args:
        content: the body lines of the text, blank lines removed.
        first: the index of the first line of the first paragraph in ``content``.
        blank_before: whether a blank line stands before each line (by start).
        lines: the body and blank lines, for the layout's signals.
        body: the body the text is from.

    Returns:
        The masthead (and a statement's title) as the header, the paragraphs and the annex.
    """
    rest = content[first:]
    body_from = rest[0].start if rest else 0
    use_indent, use_blank = _signals(lines, body_from)
    paragraphs: list[Paragraph] = []
    annex: list[Line] = []
    for before, ln in zip([None, *rest], rest, strict=False):
        ended = before is not None and _clause_end(before.text) in {".", ":"}
        if annex or (ended and ANNEX.match(ln.text)):
            annex.append(ln)
        elif before is None or (
            ended
            and (
                ln.text.lstrip()[:1] in OPENING_QUOTES
                or (use_indent and ln.indent)
                or (use_blank and blank_before.get(ln.start, False))
            )
        ):
            paragraphs.append(Paragraph("operative", None, [ln]))
        else:
            paragraphs[-1].lines.append(ln)
    return Segmented(content[:first], None, paragraphs, [], annex, [], body=body)


def _split_final_operative(
    paragraphs: list[Paragraph], opens_para: Callable[[Line], bool], lexicon: Lexicon
) -> list[Line]:
    """Find the lone operative paragraph whose verb the lexicon does not know.

    Preambular paragraphs end with a comma; the last operative paragraph ends with a full stop.
    When a part has no operative paragraph and its last preambular paragraph ends with a full
    stop, the operative paragraph was read into it: it starts at the last layout break after a
    line ending with a comma, on a capitalised line that does not open like a preambular
    paragraph (``Appoints Mr. … Secretary-General …``, a verb missing from the lexicon). The
    closing lines read into it after that full stop (``82nd plenary meeting``) are given back.

    Returns:
        The closing lines taken out of the last paragraph.
    """
    closing: list[Line] = []
    for part in dict.fromkeys(p.part for p in paragraphs):
        mine = [p for p in paragraphs if p.part == part]
        last = mine[-1]
        if any(p.section == "operative" for p in mine):
            continue
        end = len(last.lines)
        while end > 1 and (
            is_closing(last.lines[end - 1].text) or is_date_line(last.lines[end - 1].text)
        ):
            end -= 1
        if _clause_end(last.lines[end - 1].text) != ".":
            continue
        for i in range(end - 1, 0, -1):
            text = last.lines[i].text.strip()
            if (
                _clause_end(last.lines[i - 1].text) == ","
                and opens_para(last.lines[i])
                and lexicon.opens_word(text[:1])
                and not lexicon.opens_clause(text, "preamble")
            ):
                if last is paragraphs[-1]:
                    closing = last.lines[end:]
                else:
                    end = len(last.lines)
                op = Paragraph("operative", None, last.lines[i:end], part=part)
                op.items = [k - i for k in last.items if i <= k < end]
                last.lines, last.items = last.lines[:i], [k for k in last.items if k < i]
                paragraphs.insert(paragraphs.index(last) + 1, op)
                break
    return closing
