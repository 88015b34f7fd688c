"""Normalize: raw PDF-extracted text → body lines, footnote entries and removed page furniture.

The UN's PDFs, once extracted, interleave the body of a resolution with page furniture (running
headers and footers, job numbers, barcodes, page numbers, hyperlink lists) and with each page's
footnotes, printed after a rule of underscores. This stage classifies every line of the input
into one of those roles, keeps the character offsets of every line, and records all that it
removes, so that later stages can account for every character.

It also provides the line-level repairs of extraction damage (spaces inside words, spaces before
apostrophes, doubled spaces, line-end hyphens), decided by the document's own vocabulary and the
corpus word list in ``data/reference/vocab`` — never by a list of known broken words.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate, filterfalse
from typing import NamedTuple

from helpers.dates import MONTHS, is_date_line, search_fold
from helpers.models import Furniture, Span
from helpers.paths import REFERENCE

# --------------------------------------------------------------------------------------------
# Patterns for page furniture. Each is anchored to a whole line.
# --------------------------------------------------------------------------------------------

#: The rule that opens a page's footnotes: a run of underscores (pdftotext) or em/en dashes.
SEPARATOR = re.compile(r"^[ \t]*(?:_{5,}|[—–]{5,})[ \t]*$")
#: A bare hyperlink line, as pdftotext prints a page's link annotations.
LINK = re.compile(r"^[ \t]*(?:https?://|www\.)\S+[ \t]*$")
#: UN job number with language letter and optional dates: ``23-21227 (E) 131123``, ``21-17757 (F)``,
#: ``22-12345 (F)    161122    171122`` (the date of the original and of the translation); a
#: plain extraction may print the number (``18-17962``) and the date (``021118``) on lines apart.
JOB_NUMBER = re.compile(
    r"^[ \t]*(?:\d{2}-\d{5}[ \t]*\([A-Z]\)(?:[ \t]+\d{6}){0,2}"
    r"|\d{2}-\d{5}|\d{6})[ \t]*$"  # a plain extraction splits the job number from its parts
)
#: Barcode line printed beneath the job number: ``*2321227*``.
BARCODE = re.compile(r"^[ \t]*\*\d{6,}\*[ \t]*$")
#: Page number ``2/7`` or ``Page 2``.
PAGE_NUMBER = re.compile(
    r"^[ \t]*(?:\d{1,3}[ \t]*/[ \t]*\d{1,3}|(?:Page|Página)[ \t]+\d{1,3})[ \t]*$"
)
#: A page's foot as a layout-preserving extraction prints it, on one line: the job number and
#: the page number, in the order of an odd or an even page (``18-17962  3/5``, ``2/5  18-17962``).
PAGE_FOOT = re.compile(
    r"^[ \t]*(?:\d{1,3}/\d{1,3}[ \t]{2,}\d{2}-\d{5}(?:[ \t]*\([A-Z]\))?"
    r"|\d{2}-\d{5}(?:[ \t]*\([A-Z]\))?[ \t]{2,}\d{1,3}/\d{1,3})[ \t]*$"
)
#: The foot of a typed page (the UN's documents until the late 1990s): the sign that the text
#: goes on, "/...", at the right, after the job number on the first page ("94-09525    /...").
CONTINUED = re.compile(r"^[ \t]*(?:\d{2}-\d{5}(?:[ \t]*\([A-Z]\))?[ \t]+)?/\.\.\.[ \t]*$")
#: The end of a typed document: a short row of hyphens, centred under the text ("-----").
END_MARK = re.compile(r"^[ \t]*-{3,}[ \t]*$")
#: Recycling notice of the UN's documents.
RECYCLE = re.compile(
    r"^[ \t]*(?:Please[ \t]+recycle|Merci[ \t]+de[ \t]+recycler|Se[ \t]+ruega[ \t]+reciclar)\W*$",
    re.IGNORECASE,
)
#: The part of a composite resolution a symbol names: ``B``, or the range of its parts in the
#: running header of the whole text (``A-B``, ``A–C``).
_SYMBOL_PART = r"(?:[ \t]+[A-D](?:[-‐‑–][A-D])?)"
#: A document symbol alone on a line: ``A/C.3/78/L.41``, ``A/RES/76/159``, ``S/RES/2532 (2020)``,
#: ``A/RES/78/80 A-B``.
_SYMBOL = r"(?:A|S|E|ST|UNEP|TD|CRC|CEDAW|CCPR)(?:/[A-Z0-9][A-Za-z0-9.\-]*)+(?:[ \t]*\(\d{4}\))?"
SYMBOL_LINE = re.compile(rf"^[ \t]*(?P<symbol>{_SYMBOL}{_SYMBOL_PART}?)[ \t]*$")
#: A page's running header as a layout-preserving extraction prints it: the symbol and the
#: running title on one line, far apart ("A/RES/73/3        on the fight against tuberculosis").
RUNNING_HEADER = re.compile(
    rf"^[ \t]*(?:(?P<first>{_SYMBOL})[ \t]{{3,}}\S.*?|\S.*?[ \t]{{3,}}(?P<last>{_SYMBOL}))[ \t]*$"
)
#: The furniture at the foot of a page, after which a running title may come.
_PAGE_FOOT_KINDS = frozenset({"job number", "barcode", "page number", "page foot"})

#: A footnote's mark on a line of its own, its text on the next line: a layout-preserving
#: extraction (``pdftotext -layout``) prints the raised mark on a line above the text.
BARE_MARK = re.compile(
    r"^[ \t]*(?P<mark>\*{1,3}|\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?P<slash>(?<=\d)/)?[ \t]*$"
)
#: A footnote entry at the start of a line: an indent, the mark, a space, the text. Until the
#: 2000s the UN typed a note's number with a slash, in the text and under the rule ("1/
#: Resolution 217 A (III)."): the slash is no part of the mark.
FOOTNOTE_ENTRY = re.compile(
    r"^(?P<indent>[ \t]*)(?P<mark>\*{1,3}|\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})"
    r"(?:(?P<slash>(?<=\d)/)[ \t]+|[ \t]+|(?=[A-ZА-ЯЁ«“\"(]))"
    # (not the hyphen of an Arabic paragraph's number, "1 - تطلب": a note's text has none)
    r"(?![-‐‑][ \t])"
    r"(?P<text>\S.*?)[ \t]*$"
)

#: A numbered operative paragraph, which a footnote block never holds: "1. Decides", and the
#: number Arabic prints with a hyphen, "1 - تقرر".
OP_LIKE = re.compile(r"^\s*\d{1,3}(?:\.\s|\s?[-‐‑]\s+[\u0621-\u064a])")

SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")

#: Elided articles and pronouns that take an apostrophe (French, Italian-style), and any letter.
_APOS_SPACE = re.compile(r"(?<=[^\W\d_])[ \t]+(?=[’'][^\W\d_])")
#: What `_APOS_SPACE` needs to find: a space or tab right before an apostrophe.
_APOS_GAPS = (" ’", "\t’", " '", "\t'")
_MULTISPACE = re.compile(r"[ \t\u00a0]{2,}")
_WORD = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*")
_PIECES = re.compile(r"([^\W\d_]+)")
#: A whole run of letters with no apostrophe or hyphen on either side (``civil isations``, not
#: ``self-determination``): the only runs that `join_split_words` may join to a neighbour.
_LONE_RUN = re.compile(
    r"(?<![’'-])(?<![^\W\d_])"  # after neither an apostrophe, a hyphen nor a letter
    r"[^\W\d_]++"  # the whole run (possessive: never a shorter part of it)
    r"(?![’'-])"  # before no apostrophe or hyphen
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\u200b\ufeff]")


class Line(NamedTuple):
    """One line of the input with its offsets and role.

    A named tuple, not a dataclass: a document has hundreds of lines, and a tuple is made in a
    third of the time a frozen dataclass takes.

    Attributes:
        text: the line without its end-of-line characters.
        start: offset of the line in the source text.
        indent: whether the line starts with white space.
        role: ``body``, ``blank``, ``furniture`` or ``footnote``.
        page: the page window: the number of footnote blocks seen before this line.
    """

    text: str
    start: int
    indent: bool
    role: str
    page: int

    @property
    def span(self) -> Span:
        return Span(self.start, self.start + len(self.text))


@dataclass
class FootnoteEntry:
    """A footnote as found in a footnote block, before it is attached to a clause."""

    mark: str
    lines: list[Line] = field(default_factory=list)
    page: int = 0

    @property
    def text(self) -> str:
        return join_lines([ln.text.strip() for ln in self.body_lines()])

    @property
    def span(self) -> Span:
        return Span(self.lines[0].start, self.lines[-1].start + len(self.lines[-1].text))

    @property
    def slashed(self) -> bool:
        """Whether the note's mark is printed with a slash ("1/"), as older texts print it."""
        first = self.lines[0].text if self.lines else ""
        m = FOOTNOTE_ENTRY.match(first) or BARE_MARK.match(first)
        return bool(m and m.group("slash"))

    def body_lines(self) -> list[Line]:
        """The entry's lines, the first one without its mark."""
        first = self.lines[0]
        if any(BARE_MARK.match(ln.text) for ln in self.lines):
            # the mark on a line of its own ("1" / "Resolution 70/1."), wherever it stands
            return [ln for ln in self.lines if not BARE_MARK.match(ln.text)]
        m = FOOTNOTE_ENTRY.match(first.text)
        if m is None:
            return list(self.lines)
        head = Line(
            first.text[m.start("text") :],
            first.start + m.start("text"),
            False,
            "footnote",
            first.page,
        )
        return [head, *self.lines[1:]]


@dataclass
class Prepared:
    """The output of this stage: classified lines, footnote entries and furniture."""

    source_text: str
    lines: list[Line]
    footnotes: list[FootnoteEntry]
    furniture: list[Furniture]
    control_chars: int = 0

    @property
    def body(self) -> list[Line]:
        return [ln for ln in self.lines if ln.role == "body"]


#: Presentation forms: the glyphs a PDF's font prints for a Latin ligature ("ﬁ" for "fi", "ﬂ")
#: and for the shapes an Arabic letter takes in a word ("ﺍﻟﺠﻤﻌﻴﺔ" for "الجمعية", "ﻻ" for "لا"),
#: and the Kangxi radicals a Chinese font maps some ideographs to ("⼤会" for "大会", "⼼"
#: for "心"), which an extraction may pass on as they are. Unicode gives each the letters it
#: shows (its compatibility decomposition); no other character is changed so (a superscript
#: is a note's mark, a full-width comma Chinese punctuation).
_PRESENTATION_FORM = re.compile("[\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufefc\u2f00-\u2fd5]")


#: A radical of the CJK Radicals Supplement, which has no compatibility decomposition: a Chinese
#: font may draw an ideograph with a radical's glyph ("⺠" for "民", "⻢" for "马"), and the
#: pairs a PDF may print are in ``data/reference/cjk_radicals.csv``
#: (``scripts/build_cjk_radicals.py``).
_RADICAL = re.compile("[\u2e80-\u2eff]")


def _letters(m: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", m.group())


@cache
def radical_ideographs() -> dict[int, str]:
    """The ideograph each radical of ``cjk_radicals.csv`` stands for, keyed by code point."""
    with (REFERENCE / "cjk_radicals.csv").open(encoding="utf-8", newline="") as f:
        return {ord(row["radical"]): row["ideograph"] for row in csv.DictReader(f)}


def clean_source(text: str) -> tuple[str, int, int]:
    """Normalize Unicode (NFC), presentation forms, line ends and control characters.

    Args:
        text: the text as read.

    Returns:
        The cleaned text, the number of control characters removed, and the number of
        presentation forms (`_PRESENTATION_FORM`) and radicals (`_RADICAL`) read as the letters
        they show.
    """
    text = unicodedata.normalize("NFC", text)
    text, forms = _PRESENTATION_FORM.subn(_letters, text)
    if _RADICAL.search(text):
        table = radical_ideographs()
        forms += sum(ord(ch) in table for ch in _RADICAL.findall(text))
        text = text.translate(table)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text, n = _CONTROL.subn("", text)
    return text, n, forms


#: The first letters of the document symbols `SYMBOL_LINE` knows.
_SYMBOL_FIRST = frozenset("ASEUTC")
#: A line that names a document and runs on to its symbol on the next line ("… on the basis of
#: informal consultations on draft resolution" / "A/C.2/77/L.9"): that symbol is text, not a
#: page's running header.
NAMES_NEXT_SYMBOL = re.compile(
    r"(?:resolutions?|r[ée]solutions?|resoluci(?:ón|ones)"
    r"|documents?|documentos?|d[ée]cisions?|decisi(?:ón|ones))[ \t]*$",
    re.I,
)
#: The characters a line of furniture can start with (after spaces and tabs): a cheap test that
#: spares the patterns above on the lines of text. ``ſ`` matches ``s`` case-insensitively.
_FURNITURE_FIRST = frozenset("_—–hw*/0123456789PpMmSsſ-")


def furniture_kind(line: str) -> str | None:
    """Return the kind of page furniture a line is, or ``None`` if it is text."""
    if line.lstrip(" \t")[:1] not in _FURNITURE_FIRST:
        return None
    if SEPARATOR.match(line):
        return "separator"
    if LINK.match(line):
        return "link"
    if JOB_NUMBER.match(line):
        return "job number"
    if BARCODE.match(line):
        return "barcode"
    if PAGE_NUMBER.match(line):
        return "page number"
    if PAGE_FOOT.match(line) or CONTINUED.match(line):
        return "page foot"
    if RECYCLE.match(line):
        return "recycle notice"
    if END_MARK.match(line):
        return "end mark"
    return None


#: The least margin of a layout-preserving extraction; texts that indent the first line of a
#: paragraph by a space or two have more indented lines than not when paragraphs are short.
_LAYOUT_MARGIN = 3
#: The share of the lines of a layout-preserving extraction that start right of its margin
#: (nearly all: only a few masthead lines start at the left edge).
_LAYOUT_SHARE = 0.8
#: The share of lines an indent needs to be a margin.
_MARGIN_SHARE = 0.25
#: The fewest lines of text that tell a stretch's own margin.
_MARGIN_LINES = 4


def indent_width(line: str) -> int:
    """The columns of spaces and tabs a line opens with."""
    return len(line) - len(line.lstrip(" \t"))


def _left_margin(lines: Sequence[str]) -> int:
    """The left margin of these lines: 0, or the margin a layout-preserving extraction keeps
    (``pdftotext -layout``); a line is indented when it goes further in.

    The margin is the least indent that many lines share (`_MARGIN_SHARE`): the wrapped lines
    of paragraphs; first lines and indented blocks (sponsors, a title) go further in, and a few
    masthead lines start left of it.
    """
    widths = Counter(indent_width(raw) for raw in lines if raw.strip())
    total = sum(widths.values())
    width = min((w for w, n in widths.items() if n >= _MARGIN_SHARE * total), default=0)
    return width if width >= _LAYOUT_MARGIN else 0  # (a space or two marks a paragraph)


def _left_margins(lines: Sequence[tuple[str, int]], kinds: Sequence[str | None]) -> list[int]:
    """The left margin of each line: 0, unless nearly every line starts right of the edge (a
    layout-preserving extraction); then that of its stretch between two lines of furniture (a
    page and its foot: odd and even pages are shifted), or of the whole text where the stretch
    is too short to say."""
    texts = [raw for raw, _ in lines if raw.strip()]
    deep = sum(indent_width(raw) >= _LAYOUT_MARGIN for raw in texts)
    if deep < _LAYOUT_SHARE * len(texts):  # not a layout-preserving extraction
        return [0] * len(lines)
    whole = _left_margin(texts)
    out: list[int] = []
    stretch: list[str] = []

    def close() -> None:
        texts = [raw for raw in stretch if raw.strip()]
        margin = _left_margin(texts) if len(texts) >= _MARGIN_LINES else whole
        out.extend([margin] * len(stretch))
        stretch.clear()

    for (raw, _), kind in zip(lines, kinds, strict=True):
        if kind is not None:
            close()
            out.append(whole)
        else:
            stretch.append(raw)
    close()
    return out


def _split_lines(text: str) -> list[tuple[str, int]]:
    """The lines of a text and their offsets: each starts one past the end of the one before."""
    raws = text.split("\n")
    starts = accumulate([len(raw) + 1 for raw in raws[:-1]], initial=0)
    return list(zip(raws, starts, strict=True))


#: Abbreviations after which a full stop does not end a footnote (the note goes on).
_ABBREVIATION_END = re.compile(
    r"(?:\b(?:No|Nos|no|nos|vol|vols|chap|chaps|para|paras|p|pp|sect|Corr|Add|Rev|art|arts|"
    r"op|cit|cf|e\.g|i\.e|núm|párr|párrs|cap|secc|supl|Supl|Suppl|doc|ed|eds|Vol|Sales|"
    r"Mr|Mrs|Ms|Mme|Sr|Sra|St|ch|c|v|Sect|Sects|sects|Chap|Para|Paras|par|dir|publ))\.\s*$"
)


#: The end of a sentence: a full stop (or ``?``, ``!``), then perhaps closing brackets and
#: quotation marks ("… (A/72/12/Add.1).", "… 2030 ».", "… (para. 3).)"). A bracket or a quotation
#: mark alone does not end one: "(Protocol II)" / "(United Nations, Treaty Series …)." is one
#: note over two lines. Chinese ends one with a full-width mark ("…第24段。").
_SENTENCE_END = re.compile(r"[.?!。？！][)\]»”\"’）》」』]*$")


def _asks_for_more(text: str) -> bool:
    """Whether a line stops where only more text can follow: on a letter or a colon, with no
    sentence ended (``… and``, ``document``, ``available at``, ``à l’adresse suivante :``)."""
    text = text.rstrip()
    return (text[-1:].isalpha() or text[-1:] == ":") and not _ends_sentence(text)


def _own_address(address: str) -> bool:
    """Whether a web address on a line of its own may be a note's own, after a note that asks
    for more ("See" / "https://….pdf."): it ends a sentence, wraps, or is not the document
    system's (the list of links to the symbols a page cites is bare undocs.org addresses)."""
    return address.endswith((".", "/")) or "undocs.org/" not in address


def _ends_sentence(text: str) -> bool:
    text = text.rstrip()
    if _ABBREVIATION_END.search(text):
        return False
    return _SENTENCE_END.search(text) is not None


def prepare(text: str) -> Prepared:
    """Classify every line of a PDF-extracted text.

    Footnote blocks open at a separator line. An entry starts with an indented mark (``*``, a
    number following the previous mark, or a superscript); unindented lines continue it. The
    block ends at the hyperlink list, at other furniture, or at a line that cannot continue the
    footnote (indented text that is not the next entry, or any line after an entry that has
    ended its sentence), and the body resumes there.

    Args:
        text: the source text, already passed through `clean_source`.

    Returns:
        The classified lines, footnote entries and removed furniture.
    """
    lines: list[Line] = []
    footnotes: list[FootnoteEntry] = []
    furniture: list[Furniture] = []
    page = 0
    in_block = False
    seen_symbol = False
    seen_body = False
    current: FootnoteEntry | None = None
    last_mark: int | None = None
    last_body = ""  # the last line of text, "" after furniture
    text_width: int | None = None  # the indent of the text of a mark printed on its own line
    # the indent of an entry's text set in a column of its own, which its wrapped lines share
    # ("1   See Official Records …" / "    Supplement No. 53 …")
    hanging: int | None = None

    split = _split_lines(text)
    kinds = [furniture_kind(raw) for raw, _ in split]
    margins = _left_margins(split, kinds)
    heads = _page_heads(split, kinds)
    scattered = _scattered_notes(split, kinds, heads)
    masthead = min(heads, default=-1)  # the first print of the symbol is the masthead's
    for n, ((raw, start), margin, kind) in enumerate(zip(split, margins, kinds, strict=True)):
        width = len(raw) - len(raw.lstrip(" \t"))  # (`indent_width`, without the call)
        indent = width > margin
        stripped = raw.strip()
        if not stripped:
            lines.append(Line(raw, start, indent, "blank", page))
            continue
        if n in scattered:  # a line of a page's notes that a plain extraction scattered
            role, entry = scattered[n]
            if role == "footnote" and entry is not None:
                if not entry.lines:
                    entry.page = page
                    footnotes.append(entry)
                entry.lines.append(Line(raw, start, indent, "footnote", page))
            else:
                furniture.append(Furniture(role, stripped, Span(start, start + len(raw))))
                lines.append(Line(raw, start, indent, "furniture", page))
            continue
        sym = SYMBOL_LINE.match(raw) if stripped[0] in _SYMBOL_FIRST else None
        # (a symbol under a note's mark printed on its own line is the note: "1" / "A/80/123.")
        awaited = in_block and current is not None and BARE_MARK.match(current.lines[-1].text)
        # A note that stops on a word or a colon goes on, even with a symbol or a web address
        # ("…, A/72/PV.102 and" / "A/72/PV.103.", "available at" / "www.un.org/….htm."). The
        # symbol at the head of a page is furniture still, and so is the list of links to the
        # symbols cited, whose addresses are bare: a note's address ends its sentence, wraps
        # (after a slash, or anywhere in a long one), or is not the document system's.
        finishes = (
            in_block
            and current is not None
            and n not in heads
            and _asks_for_more(current.lines[-1].text)
            and (sym is not None or (kind == "link" and _own_address(stripped)))
        )
        if finishes:
            kind = None
        if (
            kind is None
            and sym
            and (seen_symbol or seen_body)
            and not NAMES_NEXT_SYMBOL.search(last_body)
            and not awaited
            and not finishes
        ):
            kind = "document symbol"
        if sym:
            seen_symbol = True
        elif kind is None and n in heads and n != masthead:
            kind = "running header"  # the symbol and the running title on one line
        if kind is not None:
            furniture.append(Furniture(kind, stripped, Span(start, start + len(raw))))
            lines.append(Line(raw, start, indent, "furniture", page))
            if kind == "separator":
                page += 1
                in_block = True
                current = None
            elif kind != "link":
                # Furniture other than links closes a footnote block (page footer).
                in_block = False
            last_body = ""
            continue
        if in_block:
            entry = FOOTNOTE_ENTRY.match(raw) or BARE_MARK.match(raw)
            is_next = False
            if entry:
                mark = entry.group("mark").translate(SUPERSCRIPTS)
                if mark.startswith("*"):
                    is_next = True  # asterisk marks (*, **) are not numbered: each is a note
                elif mark.isdigit():
                    n = int(mark)
                    is_next = last_mark is None or n == last_mark + 1 or current is None
                    # A body line such as "12. Decides" never reaches here: the mark takes no dot.
            if (
                entry
                and is_next
                and (
                    indent
                    or current is None
                    or "text" not in entry.re.groupindex  # a mark alone on its line
                    or _next_flush(current, mark, entry.group("text"), (last_mark or 0) + 1)
                )
            ):
                mark = entry.group("mark").translate(SUPERSCRIPTS)
                current, text_width = FootnoteEntry(mark=mark, page=page), None
                hanging = _hanging(entry)
                current.lines.append(Line(raw, start, indent, "footnote", page))
                footnotes.append(current)
                if mark.isdigit():
                    last_mark = int(mark)
                continue
            if (
                current is None
                and not entry
                and footnotes
                and footnotes[-1].page == page - 1
                and not _ends_sentence(footnotes[-1].lines[-1].text)
            ):
                # the first line under the rule, with no mark: the last note of the page
                # before goes on here ("…, A/AC.105/1166," / "A/AC.105/1168, …")
                current = footnotes[-1]
                current.lines.append(Line(raw, start, indent, "footnote", page))
                text_width = width
                continue
            if current is not None and (finishes or BARE_MARK.match(current.lines[-1].text)):
                # the text of a mark printed on its own line, wherever it starts
                current.lines.append(Line(raw, start, indent, "footnote", page))
                text_width = width
                continue
            goes_on = (
                not indent
                or (text_width is not None and width <= text_width)
                or (hanging is not None and abs(width - hanging) <= 1)
            )
            if (
                current is not None
                and goes_on
                and (
                    not _ends_sentence(current.lines[-1].text)
                    or _next_entry_follows(split, kinds, n, (last_mark or 0) + 1)
                )
            ):
                current.lines.append(Line(raw, start, indent, "footnote", page))
                continue
            in_block = False
            current = None
        seen_body = True
        last_body = raw
        lines.append(Line(raw, start, indent, "body", page))
    footnotes += _trailing_footnotes(lines, page)
    furniture += _running_titles(lines)
    furniture.sort(key=lambda f: f.span.start)
    return Prepared(text, lines, footnotes, furniture)


#: The most lines a running title takes.
_RUNNING_TITLE_LINES = 3
#: The share of pages whose head prints the running title (every other page, at least).
_TITLE_PAGES = 0.3
#: A numbered paragraph, which no running title is.
_NUMBERED = re.compile(r"^\d{1,3}\s?\.")


def _is_page_head(line: Line) -> bool:
    """Whether a line of furniture is the symbol at the head of a page."""
    return line.role == "furniture" and bool(
        SYMBOL_LINE.match(line.text) or RUNNING_HEADER.match(line.text)
    )


def _is_page_foot(line: Line) -> bool:
    return line.role == "furniture" and furniture_kind(line.text) in _PAGE_FOOT_KINDS


def _running_titles(lines: list[Line]) -> list[Furniture]:
    """The running title of each page (a short title of the resolution, printed at the head of
    every page after the first); its lines become furniture, in place.

    A title is read where it stands between the page's foot and the symbol at the head of the
    next page ("18-16895   3/10", "Political declaration of the …", "A/RES/73/3"); or, right
    after that symbol, where the same lines stand after the symbol of another page too.
    """
    found: dict[int, Furniture] = {}

    def texts_around(i: int, step: int) -> list[int]:
        """The lines of text next to line ``i`` on one side, over blank lines, up to the
        next line of furniture (or more lines than a title takes)."""
        out: list[int] = []
        k = i + step
        while 0 <= k < len(lines) and len(out) <= _RUNNING_TITLE_LINES:
            if lines[k].role == "body":
                out.append(k)
            elif lines[k].role != "blank":
                break
            k += step
        return out

    after_heads: list[list[int]] = []
    for i, ln in enumerate(lines):
        if not _is_page_head(ln):
            continue
        before = texts_around(i, -1)
        k = (before[-1] if before else i) - 1
        while k >= 0 and lines[k].role == "blank":
            k -= 1
        if before and len(before) <= _RUNNING_TITLE_LINES and k >= 0 and _is_page_foot(lines[k]):
            for j in before:
                found[j] = Furniture("running title", lines[j].text.strip(), lines[j].span)
        after_heads.append(texts_around(i, 1)[:2])
    # the same lines after the symbol of many pages (a third of them: odd or even pages), and
    # not a numbered paragraph (a section of a budget resolution may open each page the same)
    seen = Counter(lines[j].text.strip() for run in after_heads for j in run)
    enough = max(2, _TITLE_PAGES * len(after_heads))
    for run in after_heads:
        for j in run:
            text = lines[j].text.strip()
            if seen[text] < enough or _NUMBERED.match(text):
                break
            found[j] = Furniture("running title", lines[j].text.strip(), lines[j].span)
    for j in found:
        ln = lines[j]
        lines[j] = Line(ln.text, ln.start, ln.indent, "furniture", ln.page)
    return list(found.values())


#: The most lines from a page's rule of notes to the symbol at the head of the next page.
_NOTES_ZONE_LINES = 250


def _scattered_notes(
    lines: Sequence[tuple[str, int]], kinds: Sequence[str | None], heads: set[int]
) -> dict[int, tuple[str, FootnoteEntry | None]]:
    """The notes of the pages where a plain extraction (``pdftotext`` without ``-layout``)
    scattered them: each mark on a line of its own, apart from its text, the marks and the
    texts in separate runs, the page's foot in between ("__________________", "5", "6",
    "18-17962", "United Nations, Treaty Series, …", "Related documents include …").

    The notes of a page run from its rule to the symbol at the head of the next page. They are
    read so only where the marks stand alone and some mark is not followed by its text (or a
    text comes before any mark); otherwise `prepare` reads the notes line by line. The texts,
    each closed by the end of a sentence, go to the marks in the order of their numbers; a page
    with texts and no mark goes on with the last note of the page before, if it was not done.

    Args:
        lines: the text's lines and their offsets.
        kinds: the `furniture_kind` of each line.
        heads: the lines that print the symbol at the head of a page (`_page_heads`).

    Returns:
        For each line read so (by index): ``("footnote", entry)`` for a line of a note (the
        mark's line first, then its text; entries are shared by their lines and have no lines
        yet), or ``(kind, None)`` for the page's furniture.
    """
    out: dict[int, tuple[str, FootnoteEntry | None]] = {}
    last: FootnoteEntry | None = None  # the last note read so, and whether it is done
    last_done = True
    separators = [s for s, kind in enumerate(kinds) if kind == "separator"]
    for s in separators:
        # the notes end at the symbol at the head of the next page (a note may be a symbol
        # alone: "A/80/123.")
        stop = min(s + _NOTES_ZONE_LINES, len(lines))
        end = next(
            (k for k in range(s + 1, stop) if k in heads or kinds[k] == "separator"),
            stop if stop == len(lines) else None,  # (the last page's notes end the text)
        )
        if end is None or (end < len(lines) and kinds[end] == "separator"):
            continue
        marks: list[int] = []
        texts: list[int] = []
        feet: list[int] = []
        order: list[str] = []  # "m", "t", "f" for each line of the zone, in order
        for k in range(s + 1, end):
            text = lines[k][0]
            if not text.strip():
                continue
            # (a web address is the note's own after a note that asks for more: "See" /
            # "https://….pdf.")
            address = (
                kinds[k] == "link"
                and order[-1:] == ["t"]
                and _asks_for_more(lines[texts[-1]][0])
                and _own_address(text.strip())
            )
            if kinds[k] is not None and not address:
                feet.append(k)
                order.append("f")
            elif BARE_MARK.match(text):
                marks.append(k)
                order.append("m")
            elif FOOTNOTE_ENTRY.match(text) and not marks and not texts:
                break  # a note with its mark on its line: read line by line
            else:
                texts.append(k)
                order.append("t")
        else:
            mark_then_text = all(
                order[i + 1] == "t" for i, o in enumerate(order[:-1]) if o == "m"
            ) and (order[-1:] != ["m"])
            if marks and mark_then_text and order[0] == "m":
                continue  # each mark above its text: read line by line
            if not marks and (not texts or last is None or last_done):
                continue
            # the lines of text after the page's foot are the next page's running title
            title = [k for k in texts if feet and k > feet[-1] and end in heads]
            if len(title) <= _RUNNING_TITLE_LINES:
                out.update({k: ("running title", None) for k in title})
                texts = [k for k in texts if k not in title]
            groups: list[list[int]] = []
            for k in texts:
                if not groups or _ends_sentence(lines[groups[-1][-1]][0]):
                    groups.append([k])
                else:
                    groups[-1].append(k)
            out.update({k: (kinds[k] or "page foot", None) for k in feet})
            if not marks:  # the rest of the last note, on the next page
                for k in texts:
                    out[k] = ("footnote", last)
                last_done = _ends_sentence(lines[texts[-1]][0])
                continue
            by_number = sorted(marks, key=lambda k: _mark_order(lines[k][0]))
            # fewer texts than marks: a note without its full stop ("…, No. 30822") ends where
            # a line opening with a capital follows a line that does not run on with a comma
            while len(groups) < len(by_number):
                cut = next(
                    (
                        (g, i)
                        for g, group in enumerate(groups)
                        for i in range(1, len(group))
                        if lines[group[i]][0].strip()[:1].isupper()
                        and not lines[group[i - 1]][0].rstrip().endswith((",", ";", ":"))
                    ),
                    None,
                )
                if cut is None:
                    break
                g, i = cut
                groups[g : g + 1] = [groups[g][:i], groups[g][i:]]
            while len(groups) > len(by_number) and len(groups) > 1:
                tail = groups.pop()  # (more texts than marks: the last ones run on)
                groups[-1] += tail
            for i, k in enumerate(by_number):
                mark = BARE_MARK.match(lines[k][0]).group("mark").translate(SUPERSCRIPTS)  # type: ignore[union-attr]
                entry = FootnoteEntry(mark=mark)
                out[k] = ("footnote", entry)
                for t in groups[i] if i < len(groups) else ():
                    out[t] = ("footnote", entry)
                last = entry
                last_done = (
                    bool(groups[i]) and _ends_sentence(lines[groups[i][-1]][0])
                    if i < len(groups)
                    else True
                )
    return out


#: The lines of text at the top of a document where its masthead prints its symbol.
_MASTHEAD_LINES = 10


def _page_heads(lines: Sequence[tuple[str, int]], kinds: Sequence[str | None]) -> set[int]:
    """The lines that print the document's symbol at the head of a page (alone, or with the
    running title). The document's symbol is the one its masthead prints; without one in the
    first lines, the symbol printed most often, more than once (a note's text may be a symbol
    alone too, "A/77/515.", and more than one note the same). ``kinds``: the `furniture_kind`
    of each line."""
    found: dict[int, str] = {}
    texts = 0
    first: str | None = None
    for k, (raw, _) in enumerate(lines):
        if not raw.strip():
            continue
        texts += 1
        if kinds[k] == "separator":
            texts = _MASTHEAD_LINES + 1  # notes: past the masthead
        m = (SYMBOL_LINE.match(raw) or RUNNING_HEADER.match(raw)) if "/" in raw else None
        if m:
            groups = m.groupdict()
            found[k] = groups.get("symbol") or groups.get("first") or groups.get("last") or ""
            if first is None and texts <= _MASTHEAD_LINES:
                first = found[k]
    counts = Counter(found.values())
    if first is None:
        common = counts.most_common(1)
        first = common[0][0] if common and common[0][1] > 1 else None
    return {k for k, symbol in found.items() if symbol == first}


#: The most lines between a note's full stop and the next note's mark that can still be the
#: same note (the note's own limit, as `_trailing_footnotes` reads it).
_NOTE_LINES = 6


def _hanging(entry: re.Match[str]) -> int | None:
    """Where an entry's text starts when a layout-preserving extraction sets it in a column of
    its own, two spaces or more after the mark: its wrapped lines are indented as far."""
    if "text" not in entry.re.groupindex or entry.start("text") - entry.end("mark") < 2:
        return None
    return entry.start("text")


def _next_entry_follows(
    lines: Sequence[tuple[str, int]], kinds: Sequence[str | None], n: int, expected: int
) -> bool:
    """Whether the note whose sentence ended before line ``n`` goes on to a second sentence:
    the lines from ``n`` run, with no blank line, furniture or numbered paragraph between, to
    the next note's mark ("… stages of graduation." / "Therefore, a considerable number …" /
    "5 Aid for Trade …"), or to the page's links or foot, which follow its notes. Body text
    that resumes after a page's notes (where no foot is printed) leads to neither.
    """
    for k in range(n, min(n + _NOTE_LINES, len(lines) - 1)):
        raw = lines[k][0]
        if kinds[k] is not None or not raw.strip() or OP_LIKE.match(raw):
            return False
        if kinds[k + 1] == "link" or kinds[k + 1] in _PAGE_FOOT_KINDS:
            return True
        nxt = lines[k + 1][0]
        e = FOOTNOTE_ENTRY.match(nxt) if nxt[:1].isdigit() or nxt[:1] in " \t" else None
        if e and e.group("mark") == str(expected):
            return _starts_note(raw, e.group("text"))
    return False


def _mark_order(line: str) -> tuple[int, int]:
    """Asterisks first, then the numbers in order."""
    mark = line.strip().translate(SUPERSCRIPTS)
    return (0, len(mark)) if mark.startswith("*") else (1, int(mark))


#: Month names in the three languages (accent-free: compare a word through `search_fold`): a
#: number before one is a day, not a note's mark.
MONTH_WORDS = frozenset(name for names in MONTHS.values() for name in names)


def _next_flush(current: FootnoteEntry, mark: str, text: str, expected: int) -> bool:
    """Whether a line flush left that opens with the next mark starts the next entry.

    Extractions that drop every indent print "2 A/HRC/49/26." flush left under note 1. It is
    the next note when its number is the one expected (the number after the last note's, or 1
    after an asterisk note: "* On behalf of …" then "1 A/74/227."), the note before does not
    end asking for a number ("Supplement No." then "53 (A/71/53)"), and the text after the
    number does not run on as a date or in lower case ("tenu du" then "5 au 10 novembre 2007.",
    "adopted on" then "5 December 2007."; a web address is the text of a note). Asterisk notes
    follow one another the same way, one asterisk more each ("* Au nom des …" then "** Au nom
    des …").
    """
    if mark.startswith("*"):
        follows = mark == current.mark + "*"
    else:
        follows = mark.isdigit() and int(mark) == expected
    return follows and _starts_note(current.lines[-1].text, text)


def _starts_note(previous: str, text: str) -> bool:
    """Whether ``text``, after the next mark, starts a note rather than going on with the line
    ``previous`` (see `_next_flush`)."""
    return (
        not _ABBREVIATION_END.search(previous)
        and (not text[:1].islower() or text.startswith(("http", "www.")))
        and search_fold(text.split(None, 1)[0]).strip(".,") not in MONTH_WORDS
    )


def _trailing_footnotes(lines: list[Line], page: int) -> list[FootnoteEntry]:
    """Footnotes printed at the end of a text without a rule above them (older texts).

    The block is the last run of lines that starts, after a blank line, with a numbered entry
    and holds only entries numbered in sequence and their continuation lines. Its lines are
    re-labelled as footnote lines in place. A note is printed single-spaced: a continuation
    line that follows a blank line is body text, and so was the "entry" before it (a wrapped
    line of a double-spaced text that opens with a number, ``23 December 2016 and …``).
    """
    body = [i for i, ln in enumerate(lines) if ln.role == "body"]
    if len(body) < 4:
        return []
    for pos in range(len(body) // 2, len(body)):
        i = body[pos]
        m = FOOTNOTE_ENTRY.match(lines[i].text)
        if not m or not m.group("mark").isdigit() or lines[i - 1].role != "blank":
            continue
        expected = int(m.group("mark"))
        entries: list[FootnoteEntry] = []
        ok = True
        for j in body[pos:]:
            e = FOOTNOTE_ENTRY.match(lines[j].text)
            if is_date_line(lines[j].text):  # the date of adoption, "30 de junio de 2020",
                ok = False  # is no note 30
                break
            if e and e.group("mark").isdigit() and int(e.group("mark")) == expected:
                entries.append(FootnoteEntry(mark=e.group("mark"), page=page + 1))
                expected += 1
            elif (
                e
                and entries
                and e.group("mark").startswith("*")
                and e.group("mark") not in {x.mark for x in entries}
            ):
                # an asterisk note among them ("6 Ibid., document S/3122." / "* Paragraph 3 of
                # the English text …"): asterisks are not numbered, each is a note
                entries.append(FootnoteEntry(mark=e.group("mark"), page=page + 1))
            elif not entries or OP_LIKE.match(lines[j].text) or lines[j - 1].role == "blank":
                ok = False
                break
            entries[-1].lines.append(lines[j])
            if len(entries[-1].lines) > 6:
                ok = False
                break
        if not ok:
            continue
        for entry in entries:
            entry.lines = [
                Line(ln.text, ln.start, ln.indent, "footnote", page + 1) for ln in entry.lines
            ]
        relabel = {ln.start for e in entries for ln in e.lines}
        lines[:] = [
            Line(ln.text, ln.start, ln.indent, "footnote", ln.page) if ln.start in relabel else ln
            for ln in lines
        ]
        return entries
    return []


# --------------------------------------------------------------------------------------------
# Repairs of extraction damage
# --------------------------------------------------------------------------------------------


class Vocabulary:
    """Decides whether a string is a word: the corpus word list plus the document's own words."""

    def __init__(self, corpus_words: Iterable[str] = (), document_text: str = "") -> None:
        self.corpus = (
            corpus_words if isinstance(corpus_words, frozenset) else frozenset(corpus_words)
        )
        counts = count_words(document_text)
        # the words made of lower-case letters only (their own lower case)
        lower = set(filter(str.islower, filter(str.isalpha, counts)))
        _fold_case(counts)
        self.counts = counts
        self._memo: dict[str, bool] = {}
        self._words: set[str] = set()  # strings known to be words (the memo's yes answers)
        # lower-case words: chunks of one run of letters that is a word (each distinct word
        # tested once, not once per occurrence)
        # chunks whose runs that stand alone are words, and chunks with one that is not
        self._lone_words = self._lower_case_words(lower)
        self._joinable: set[str] = set()
        self._joined: dict[str, str] = {}  # join_split_words, by line
        self._repaired: dict[str, str] = {}  # repair_line, by line

    def is_word(self, word: str) -> bool:
        """A word is in the corpus list, or occurs at least twice in the document."""
        hit = self._memo.get(word)
        if hit is None:
            w = word.lower().replace("'", "’")
            hit = w in self.corpus or w.replace("’", "'") in self.corpus or self.counts[w] >= 2
            self._memo[word] = hit
            if hit:
                self._words.add(word)
        return hit

    def may_join(self, text: str) -> set[str]:
        """The chunks of a text (between white space) where `join_split_words` may join words.

        A split word is joined where a run of letters that stands alone (`_LONE_RUN`) is not a
        word: a chunk without one ("the", "Assembly,", "self-determination") never takes part
        in a join. A run of letters never spans white space, and a document repeats most of its
        chunks: each distinct chunk is sorted once. The chunks not seen yet are sorted together
        (the runs of all of them found in one pass, those known to be words taken out, the rest
        looked up), and one by one only when some run is not a word.

        Args:
            text: a line, or the lines of a paragraph joined.

        Returns:
            The chunks that hold a run that stands alone and is not a word (`is_word`).
        """
        chunks = set(text.split())
        chunks.difference_update(self._lone_words)
        if not chunks:
            return chunks
        found = chunks & self._joinable
        chunks.difference_update(found)
        if not chunks:
            return found
        runs = set(_LONE_RUN.findall(" ".join(chunks)))
        runs.difference_update(self._words)
        if all(map(self.is_word, runs)):
            self._lone_words.update(chunks)
            return found
        for chunk in chunks:
            if all(map(self.is_word, _LONE_RUN.findall(chunk))):
                self._lone_words.add(chunk)
            else:
                self._joinable.add(chunk)
                found.add(chunk)
        return found

    def _lower_case_words(self, lower: set[str]) -> set[str]:
        """The strings made of lower-case letters only that are words, by set operations.

        Such a string is its own lower case and holds no apostrophe, so `is_word` comes down to
        being in the corpus list or among the words the document repeats (of the few that are
        not in the list, the counts tell).
        """
        in_corpus = lower & self.corpus
        lower -= in_corpus
        return in_corpus | {w for w in lower if self.counts[w] >= 2}

    def known(self, word: str) -> bool:
        """Looser: in the corpus list, or anywhere in the document."""
        w = word.lower()
        return self.is_word(w) or self.counts[w] >= 1


def count_words(text: str, pattern: re.Pattern[str] = _WORD) -> Counter[str]:
    """How many times each match of a pattern of letters occurs in a text, found faster.

    The pattern (`_WORD` or a run of letters) never spans white space and matches a chunk made
    of letters only whole: the chunks between spaces are counted first, and then each distinct
    chunk that is not made of letters only gives way to the matches found in it, with its count.
    Those chunks are searched together, one search for all the chunks that occur equally often
    (a few hundred chunks, a handful of counts): since no match spans white space, a search of
    the chunks joined by spaces finds what a search of each one finds.

    Args:
        text: the text.
        pattern: the pattern of a word.

    Returns:
        The matches, as printed, and their counts (in no particular order).
    """
    counts = Counter(text.split())
    by_count: dict[int, list[str]] = {}
    for chunk in list(filterfalse(str.isalpha, counts)):
        by_count.setdefault(counts.pop(chunk), []).append(chunk)
    for n, chunks in by_count.items():
        # (a word that is also a chunk, "l’homme", is found in itself)
        words = pattern.findall(" ".join(chunks))
        if n == 1:
            counts.update(words)
        else:
            for word in words:
                counts[word] += n
    return counts


def _fold_case(counts: Counter[str]) -> None:
    """Fold the counts of words onto their lower case, in place.

    A string that `str.islower` accepts holds no upper-case or title-case letter, and is its
    own lower case: only the other keys move.
    """
    for word in list(filterfalse(str.islower, counts)):
        n = counts.pop(word)
        counts[word.lower()] += n


def fix_apostrophes(text: str) -> str:
    """Remove spaces that extraction put before an apostrophe: ``d ’action`` → ``d’action``."""
    if not any(map(text.__contains__, _APOS_GAPS)):
        return text  # most lines: no space or tab right before an apostrophe
    return _APOS_SPACE.sub("", text)


def collapse_spaces(text: str) -> str:
    """Collapse runs of spaces and tabs into one space (French spacing before ``;`` is kept)."""
    if "  " not in text and "\t" not in text and "\u00a0" not in text:
        return text  # most lines: no run of two white-space characters
    return _MULTISPACE.sub(" ", text)


def join_split_words(text: str, vocab: Vocabulary) -> str:
    """Join a word that extraction split with a space: ``civil isations`` → ``civilisations``.

    Two neighbouring pieces of letters separated by one space are joined when their
    concatenation is known (in the corpus word list, or intact elsewhere in the document), the
    second starts in lower case, and they are not both words on their own.

    Args:
        text: one line of text.
        vocab: the vocabulary of the document and its language.

    Returns:
        The repaired text.
    """
    if not vocab.corpus and not vocab.counts:
        return text
    done = vocab._joined.get(text)  # a paragraph's lines are repaired again for its items
    if done is None:
        done = _join_split_words(text, vocab) if vocab.may_join(text) else text
        vocab._joined[text] = done
    return done


#: A Cyrillic letter.
_CYRILLIC_LETTER = re.compile("[\u0400-\u04ff]")


def _join_split_words(text: str, vocab: Vocabulary) -> str:
    parts = _PIECES.split(text)  # [sep, word, sep, word, ..., sep]
    i = 1
    while i + 2 < len(parts):
        a, sep, b = parts[i], parts[i + 1], parts[i + 2]
        if (
            sep == " "
            and b[:1].islower()
            and not (vocab.is_word(b) and vocab.is_word(a))
            # a Russian word declines, and the corpus list holds few of its forms: a piece
            # that is a word ("планам и стратегиям") is no fragment of one ("планами")
            and not (_CYRILLIC_LETTER.match(b) and (vocab.is_word(b) or vocab.is_word(a)))
            and not parts[i - 1].endswith(("’", "'", "-"))
            and not parts[i + 3 if i + 3 < len(parts) else i + 1].startswith(("’", "'", "-"))
            and vocab.known(a + b)
        ):
            parts[i : i + 3] = [a + b]
            continue
        i += 2
    return "".join(parts)


#: Line ends after which the next line may be glued on rather than joined with a space.
_LINE_END_JOINS = ("-", "\u00ad", "/")
#: The words after a suspended hyphen ("medium- and long-term", "pre- or post-", "troop- and
#: police-contributing"): a line that ends with one goes on after a space.
_SUSPENDED_BEFORE = frozenset({"and", "or", "to", "et", "ou", "y", "o", "u"})


def _tidy(text: str) -> str:
    """A line stripped, without spaces before apostrophes, its runs of spaces collapsed."""
    return collapse_spaces(fix_apostrophes(text.strip()))


def repair_line(text: str, vocab: Vocabulary) -> str:
    """Repair one line: strip it, remove spaces before apostrophes, collapse spaces, join words.

    Args:
        text: one line of text.
        vocab: the vocabulary of the document (which also remembers lines already repaired).

    Returns:
        The repaired line.
    """
    done = vocab._repaired.get(text)
    if done is None:
        done = join_split_words(_tidy(text), vocab)
        vocab._repaired[text] = done
    return done


def repair_lines(texts: Iterable[str], vocab: Vocabulary) -> list[str]:
    """Repair the lines of one paragraph, as `repair_line` does each of them.

    Most paragraphs hold no split word: when every word of all their lines is a word, one check
    of the paragraph spares the check of each line.

    Args:
        texts: the lines of one paragraph.
        vocab: the vocabulary of the document.

    Returns:
        The repaired lines, in order.
    """
    stripped = [text.strip() for text in texts]
    if not stripped:
        return []
    # The lines are tidied as one text: once stripped, no line has white space at either end,
    # so no gap before an apostrophe and no run of spaces reaches from one line to the next.
    joined = collapse_spaces(fix_apostrophes("\n".join(stripped)))
    tidy = joined.split("\n")
    # White space never falls inside a chunk: the lines' chunks are those of their join.
    found = vocab.may_join(joined)
    if not found:
        return tidy
    # Every chunk of the paragraph is now sorted: a line without a chunk where words may be
    # joined is one that `join_split_words` leaves as it is.
    return [
        text if found.isdisjoint(text.split()) else join_split_words(text, vocab) for text in tidy
    ]


_HYPHEN_END = re.compile(r"(?P<word>[^\W\d_]+)[-\u00ad]$")
_WORD_START = re.compile(r"^(?P<word>[^\W\d_]+)")


#: What a web address broken at the end of a line may go on with on the next: the rest of a
#: host, a path or a query ("www.un.o" / "rg/depts/…", "…/deposi" / "tguidelines.pdf.").
_ADDRESS_GOES_ON = re.compile(r"[\w%~#=&?./-]+(?:[.,;:)]?$|[.,;:)]?\s)")


#: How full a line must be (against the paragraph's longest) to have been broken in a word.
_FULL_LINE = 0.85


def _breaks_address(tail: str, part: str, parts: list[str]) -> bool:
    """Whether a line ends inside a web address that the next line finishes: its last word is
    an address not closed by punctuation, the line is full (an address that ends early leaves
    room), and the next line opens with no space or bracket."""
    word = tail[tail.rfind(" ") + 1 :]
    return (
        word.startswith(("http://", "https://", "www."))
        and word[-1] not in ".,;:)]»”"
        and _ADDRESS_GOES_ON.match(part) is not None
        and len(tail) >= _FULL_LINE * max(map(len, parts))
    )


#: The wide characters, printed two columns wide, as a regex class's ranges: CJK punctuation,
#: Chinese characters (and their compatibility forms), full-width forms.
WIDE = "\u3000-\u9fff\uf900-\ufaff\uff00-\uffef"
_WIDE = re.compile(f"[{WIDE}]")
#: An unbreakable piece of a line: a wide character, or a run of anything else but white space
#: (a Latin word, a number, a symbol).
PIECE = f"[{WIDE}]|[^\\s{WIDE}]+"
_FIRST_PIECE = re.compile(PIECE)


def _wide(char: str) -> bool:
    """A Chinese character or full-width mark (`WIDE`)."""
    return _WIDE.match(char) is not None


def columns(text: str) -> int:
    """How many columns a text takes in print: a wide (Chinese) character takes two.

    Examples:
        >>> columns("Recalling"), columns("回顾其第76/82号决议，")
        (9, 21)
    """
    return len(text) if text.isascii() else len(text) + len(_WIDE.findall(text))


def first_piece(text: str) -> str:
    """The first word of a text, as a line break may not split it: a Latin word, a number, or
    one Chinese character ("" for a blank text)."""
    m = _FIRST_PIECE.search(text)
    return m.group() if m else ""


def line_gap(tail: str, head: str) -> str:
    """What joins two wrapped lines: a space, or nothing where Chinese runs on.

    Chinese prints no space between words, so a line break beside a Chinese character or
    full-width mark stands for nothing ("…所产生" / "的义务为指导，").

    Args:
        tail: the line before (stripped, not empty).
        head: the line after (stripped, not empty).
    """
    # (a full stop that ends a line is a number's, "1." / "强调…", or an abbreviation's)
    return "" if (_wide(tail[-1]) or _wide(head[0])) and tail[-1] != "." else " "


def join_wrapped(pieces: Iterable[str]) -> str:
    """Join stripped pieces of text that a line break parted, as `line_gap` says.

    Args:
        pieces: the pieces, stripped.

    Returns:
        The pieces joined by single spaces, or by nothing where Chinese runs on.
    """
    out = ""
    for k, piece in enumerate(pieces):
        if k:
            out += line_gap(out, piece) if out and piece else " "
        out += piece
    return out


def join_lines(parts: list[str], vocab: Vocabulary | None = None) -> str:
    """Join the stripped lines of a paragraph into one string.

    A line-end hyphen is kept (UN documents are set without word division, so most are real:
    ``non-`` / ``sélectivité``) unless the vocabulary knows the unhyphenated word and not the
    hyphenated one. Soft hyphens are always removed.

    Args:
        parts: the lines, already stripped.
        vocab: the vocabulary used to decide line-end hyphens.

    Returns:
        The paragraph text with single spaces between lines (none where Chinese runs on).
    """
    out: list[str] = []
    for part in parts:
        if not part:
            continue
        if not out:
            out.append(part)
            continue
        tail = out[-1]  # the line before
        if not tail.endswith(_LINE_END_JOINS):
            # The common case: no hyphen, soft hyphen or slash at the end of the line.
            if not _breaks_address(tail, part, parts):
                # (below U+3000 no character is wide: the common case, with no call)
                wide = tail[-1] >= "\u3000" or part[0] >= "\u3000"
                out.append(line_gap(tail, part) if wide else " ")
            out.append(part)
            continue
        m = _HYPHEN_END.search(tail[-80:])
        n = _WORD_START.match(part)
        if tail.endswith("\u00ad"):
            out[-1] = tail[:-1]
        elif (
            m
            and n
            and n.group("word") in _SUSPENDED_BEFORE
            and not any(c in tail[tail.rfind(" ") + 1 :] for c in "/.@")  # (not an address)
        ):
            out.append(" ")  # a suspended hyphen: "troop-" / "and police-contributing"
        elif m and n:
            a, b = m.group("word"), n.group("word")
            broken = (
                vocab is not None
                and b[0].islower()
                and vocab.is_word(a + b)
                and not vocab.known(f"{a}-{b}")
            )
            if broken:
                out[-1] = tail[:-1]
        elif not (tail.endswith(("-", "/")) and not tail.endswith(" -")):
            out.append(" ")
        out.append(part)
    return "".join(out)
