"""PDF reader: the bytes of a UN resolution PDF in, `Extracted` text in the seed's layout out.

Built on pdfminer.six, without its layout analysis: the reader takes every glyph with its font,
size, baseline and x-extent, and rebuilds lines, paragraphs and footnotes itself, using what the
PDF knows and plain text does not:

- **lines**: glyphs sharing a baseline, in x order; a space is inserted where the gap between
  two glyphs exceeds a fifth of the font size; wide gaps (five ems) split a line into segments
  (the two columns of the masthead, a running header and its title). A page is read in the
  direction of most of its glyphs (a sideways page is turned); glyphs in another direction are
  kept as ``rotated_text`` furniture;
- **right-to-left text**: in a document whose letters are mostly Arabic, each row is turned into
  reading order (glyphs are drawn from the right, so x order reads backwards): Latin text and
  numbers keep their drawn order by the bidirectional algorithm's weak and neutral rules,
  mirrored brackets read as their pair, vowel signs join their letter, and the margin and a
  note's indent are measured from the right;
- **footnote markers**: a short run of digits or ``*`` in a smaller font on a raised baseline
  (a separate baseline as Word writes it, or a text rise), attached to the line below it, is a
  marker for certain: it is written as Unicode superscript digits glued to the preceding word
  (``homme¹``, ``2000²``, ``*``). Raised letters (``1er``, ``XXIe``) stay plain text;
- **page furniture** is removed by position and returned as `Furniture` records: anything above
  the running-header rule of pages 2+, and, scanning inwards from the top and bottom edges,
  segments that look like a symbol, job number, barcode (``*1816895*`` or a barcode font), page
  number or "Please recycle", or that repeat on several pages. The first page's masthead
  (symbol, distribution, date, session, agenda item) is kept as header text: it carries the
  metadata;
- **footnotes**: the rows below a footnote separator (a line of underscores, or a drawn rule with
  smaller type below it; failing both, a block of smaller type at the page bottom opening with a
  raised marker) are written after a line of 18 underscores, one footnote a line, ``" N text"``,
  continuation lines unindented. The block is written where the next paragraph starts, not in
  the middle of a paragraph that runs over the page break, so that the text parser never has to
  guess where a footnote ends and the body resumes; a footnote that runs on into the next page's
  footnote area waits for it and is written in one piece;
- **paragraphs** start where the first line is indented or outdented from the body's left
  margin, after a vertical gap of more than 1.3 line pitches, at a change of font size or weight,
  and at each segment of a multi-column row;
- **italics**: a run of italic glyphs (font name with Italic/Oblique) that opens a paragraph, after
  its number, is a lead phrase; the runs are returned in order in `Extracted.italics`.

Where the PDF is poor the reader degrades instead of failing: glyphs without Unicode mapping
become U+FFFD with a warning, pages without text (scans) are reported, one font and no indents
leave vertical gaps to find paragraphs, and markers without size or rise stay plain digits for
the text parser's heuristics. Encrypted PDFs open when the user password is empty (with a
warning); otherwise, and for scans, truncated or damaged files, a `PDFError` names the cause.

Library choice, measured on ``../shared/corpus/pdf`` (A/RES/73/3, 10 pages; A/RES/73/6, 5
pages) and on the generated test PDFs. "Split words" counts word fragments whose concatenation
is a word of the corpus vocabulary ("Confere nce"); "paragraph order" counts the opening six
words of each paragraph found verbatim in the output; job numbers, barcodes and page numbers
are left in the text by all but this module; times are the best of two wall-clock runs on a
busy 2-core machine, so only their ratios matter:

=========================  ==============  ============  ===================  ==============
extractor                  split words     paragraph     footnote markers     time 73/3 /
                           (73/3, 73/6)    order         (15 in the text)     73/6 (s)
=========================  ==============  ============  ===================  ==============
pdfminer ``extract_text``  19, 10          61/64, 42/45  spaced plain digits  4.2 / 1.2
pdfplumber                 0, 0            64/64, 45/45  glued plain digits   8.4 / 3.0
pypdf                      3, 1            64/64, 45/45  spaced plain digits  2.5 / 1.5
this module (pdfminer)     0, 0            64/64, 45/45  15 superscripts      4.2 / 1.9
=========================  ==============  ============  ===================  ==============

- pdfminer.six's own layout analysis splits words on justified lines ("framew ork", "Oute r")
  and puts the words of widely justified lines out of order ("the / that / Convinced /
  fulfilment of"); running headers, job numbers and page numbers stay inline.
- pdfplumber groups glyphs by baseline like this module and gets order and words right, but
  glues markers to words as plain digits ("Development,1"), keeps the furniture inline, is the
  slowest, and adds two dependencies (pdfplumber, pypdfium2).
- pypdf is the fastest but gives no glyph geometry for markers, paragraphs or furniture, and
  splits a few words at kerning ("tuberculo sis").
- pdfminer.six's glyphs (font name, size, baseline, extent) are all this module needs, and it is
  already a dependency; nothing is added.
"""

from __future__ import annotations

import dataclasses
import functools
import io
import logging
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from helpers.errors import EmptyDocumentError, ParseError, PDFError
from helpers.models import Furniture
from helpers.textfile import Extracted, strip_controls

__all__ = ["extract_pdf"]

#: The line written before the footnotes of a page (as in the seed).
SEPARATOR = "_" * 18

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")

# --------------------------------------------------------------------------------------------
# Patterns for fonts and page furniture
# --------------------------------------------------------------------------------------------

_ITALIC_FONT = re.compile(
    r"(?i)italic|oblique"  # TimesNewRomanPS-ItalicMT, Helvetica-Oblique
    r"|[-,](?:it|bi|boldit|bdit)$"  # MinionPro-It, Arial,BI
)
_BOLD_FONT = re.compile(r"(?i)bold|black|heavy|semibold|demi|[-,](?:bd|bi|bdit)$")
_BARCODE_FONT = re.compile(r"(?i)barcode|code ?39|3 of 9")

#: A footnote marker printed as a superscript: digits, or asterisks/daggers.
_MARK = re.compile(r"^(?:\d{1,3}|\*{1,3}|[†‡]{1,2})$")

#: Job number at the foot of UN pages: year-serial, language of the original, dates ddmmyy.
_JOB_NUMBER = re.compile(
    r"""^\d{2}-\d{5}          # year and serial, e.g. 18-16895
    (?:\s*\([A-Z]\))?         # language of the original, e.g. (E)
    (?:\s+\d{6}){0,3}         # processing dates, e.g. 241018
    $""",
    re.X,
)
#: The Code 39 barcode of the job number, as text: *1816895*.
_BARCODE = re.compile(r"^\*\d{7}\*$")
#: Page numbers: 2/7, - 3 -, Page 3 of 7, Página 3, or a bare number.
_PAGE_NUMBER = re.compile(
    r"""^(?:\d{1,4}\s*/\s*\d{1,4}               # 2/7
    |[-–]\s*\d{1,4}\s*[-–]                      # - 3 -
    |(?:page|página|pagina)\s+\d{1,4}(?:\s+(?:of|de|sur|di)\s+\d{1,4})?  # Page 3 of 7
    |\d{1,4})$""",
    re.X | re.I,
)
#: A UN document symbol: A/RES/73/3, A/C.3/76/L.37/Rev.1, S/RES/2532 (2020), E/CN.4/2001/2.
_SYMBOL = re.compile(
    r"""^[A-Z]{1,6}                 # series: A, S, E, UNEP...
    (?:/[A-Z0-9][A-Za-z0-9.\-]*){1,7}  # /RES, /73, /L.37, /Rev.1
    (?:\s*\(\d{4}\))?$              # Security Council year, (2020)
    """,
    re.X,
)
_RECYCLE = re.compile(r"(?i)^(?:please recycle|merci de recycler|sírvase reciclar|reciclar)")

#: (kind, pattern) in the order tried.
_FURNITURE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("job_number", _JOB_NUMBER),
    ("barcode", _BARCODE),
    ("page_number", _PAGE_NUMBER),
    ("symbol", _SYMBOL),
    ("recycle", _RECYCLE),
)

_UNDERSCORES = re.compile(r"^_{3,}$")
_CID = re.compile(r"\(cid:\d+\)")
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st"})
#: A paragraph number before the lead: 1., 12., (a), (iv), a), I.
_NUMBER_PREFIX = re.compile(r"^\s*(?:\d{1,3}\s*\.|\(?[a-z]{1,4}\)|[IVXLC]{1,6}\.)\s*")

# --------------------------------------------------------------------------------------------
# Geometry thresholds (in ems of the glyph's font size unless said otherwise)
# --------------------------------------------------------------------------------------------

_WORD_GAP = 0.2  # a gap wider than this between glyphs is a space
_COLUMN_GAP = 5.0  # a gap wider than this splits a row into segments
_MAX_RISE = 0.75  # a superscript's baseline is at most this far above its line (line's em)
_SUP_RATIO = 0.85  # a superscript's size is at most this share of its line's size
_INDENT = 0.6  # first-line indent or outdent that starts a paragraph
_PARA_GAP = 1.3  # a gap of this many line pitches starts a paragraph
_TOP_BAND = 0.10  # share of the page height scanned for running headers
_BOTTOM_BAND = 0.10  # share of the page height scanned for footers


@dataclass
class _Glyph:
    text: str
    x0: float
    x1: float
    base: float
    size: float
    font: str
    italic: bool
    bold: bool
    raised: bool = False

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass
class _Row:
    """A row of glyphs on one baseline (or a segment of one), in x order."""

    glyphs: list[_Glyph]
    base: float
    first_in_row: bool = True
    role: str = "body"  # body | sep | foot | furniture
    kind: str = ""  # furniture kind

    _ink: list[_Glyph] | None = field(default=None, repr=False)

    @property
    def ink(self) -> list[_Glyph]:
        if self._ink is None:
            self._ink = [g for g in self.glyphs if not g.blank]
        return self._ink

    @property
    def size(self) -> float:
        sizes = Counter(round(g.size * 2) / 2 for g in self.ink if not g.raised)
        if not sizes:
            sizes = Counter(round(g.size * 2) / 2 for g in self.ink)
        return sizes.most_common(1)[0][0] if sizes else 0.0

    @property
    def x0(self) -> float:
        ink = self.ink or self.glyphs  # (a right-to-left row holds its glyphs in reading order)
        return min(g.x0 for g in ink)

    @property
    def x1(self) -> float:
        ink = self.ink or self.glyphs
        return max(g.x1 for g in ink)

    @property
    def bold(self) -> bool:
        ink = self.ink
        return bool(ink) and sum(g.bold for g in ink) > len(ink) / 2

    @property
    def plain(self) -> str:
        return re.sub(r"\s+", " ", "".join(g.text for g in self.glyphs)).strip()


@dataclass
class _Page:
    number: int
    width: float
    height: float
    rows: list[_Row] = field(default_factory=list)
    rules: list[tuple[float, float, float]] = field(default_factory=list)  # x0, x1, y
    images: int = 0
    rotated: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------------------------
# Reading pages with pdfminer.six
# --------------------------------------------------------------------------------------------


def _open(data: bytes, source: str) -> tuple[object, list[str]]:
    """Open the document; raise PDFError for encrypted, truncated or non-PDF data."""
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFParser

    if not data.strip():
        raise EmptyDocumentError("empty file", source)
    if b"%PDF-" not in data[:1024]:
        raise PDFError("not a PDF: no %PDF- header", source)
    if b"%%EOF" not in data[-2048:]:
        raise PDFError("truncated or damaged PDF: no %%EOF end marker (file cut off?)", source)
    try:
        doc = PDFDocument(PDFParser(io.BytesIO(data)), password="")
    except PDFPasswordIncorrect as exc:
        raise PDFError("encrypted PDF: it needs a password to open", source) from exc
    except PDFEncryptionError as exc:
        raise PDFError(f"encrypted PDF: {exc}", source) from exc
    except Exception as exc:  # pdfminer raises many types for damaged files
        raise PDFError(f"truncated or damaged PDF: {type(exc).__name__}: {exc}", source) from exc
    warnings: list[str] = []
    if getattr(doc, "encryption", None):
        warnings.append("encrypted PDF, opened with the empty user password")
    if not getattr(doc, "is_extractable", True):
        warnings.append("the PDF's permissions forbid text extraction; extracted for analysis")
    return doc, warnings


@functools.lru_cache(maxsize=256)
def _font_style(font: str) -> tuple[bool, bool]:
    """Whether a font name is italic and whether it is bold."""
    return bool(_ITALIC_FONT.search(font)), bool(_BOLD_FONT.search(font))


def _walk(items: Iterable[object]) -> Iterator[object]:
    """Yield the leaf layout objects of a page, descending into figures."""
    from pdfminer.layout import LTFigure

    for item in items:
        if isinstance(item, LTFigure):
            yield item
            yield from _walk(item)
        else:
            yield item


@dataclass
class _Raw:
    """A glyph as pdfminer gives it, before the page's reading orientation is known."""

    text: str
    turn: int | None  # quarter turns of the text direction; None when skewed or mirrored
    x: float  # origin on the baseline, page coordinates
    y: float
    adv: float  # advance width on the page
    size: float
    font: str
    bottom: float  # bottom of the glyph box below the origin (descent and text rise)


def _orientation(a: float, b: float, c: float, d: float) -> int | None:
    """Quarter turns (0-3, counter-clockwise) of a glyph's text direction, or None."""
    if a * d - b * c <= 0:
        return None  # mirrored
    if abs(a) >= abs(b):
        if abs(b) > 1e-3 * abs(a):
            return None
        return 0 if a > 0 else 2
    if abs(a) > 1e-3 * abs(b):
        return None
    return 1 if b > 0 else 3


def _turn(k: int, x: float, y: float, width: float, height: float) -> tuple[float, float]:
    """Map a page point into the reading frame of text turned ``k`` quarter turns."""
    if k == 1:
        return y, width - x
    if k == 2:
        return width - x, height - y
    if k == 3:
        return height - y, x
    return x, y


def _page(
    number: int,
    width: float,
    height: float,
    raw: list[_Raw],
    curves: list[tuple[float, float, float, float]],
) -> _Page:
    """Build a page in the reading frame of its dominant text direction.

    Glyphs in another direction (a stamp in the margin, a sideways table heading) are set aside
    as rotated text. Superscripts set with a text rise keep their drawn baseline in pdfminer's
    matrix; the rise is recovered from how far the glyph box sits above the usual for its font.
    """
    turns = Counter(r.turn for r in raw if r.turn is not None and r.text.strip())
    k = turns.most_common(1)[0][0] if turns else 0
    w, h = (height, width) if k % 2 else (width, height)
    page = _Page(number=number, width=w, height=h)
    glyphs: list[_Glyph] = []
    descent: dict[str, float] = {}  # a font's usual glyph-box bottom, in ems below the origin
    if k == 0:
        ratios: dict[str, Counter[float]] = defaultdict(Counter)
        for r in raw:
            if r.turn == 0 and r.size > 0:
                ratios[r.font][round(r.bottom / r.size, 2)] += 1
        descent = {font: c.most_common(1)[0][0] for font, c in ratios.items()}
    for r in raw:
        if r.turn != k:
            page.rotated.append(r.text)
            continue
        u, v = _turn(k, r.x, r.y, width, height)
        if k == 0 and r.font in descent:
            rise = r.bottom - descent[r.font] * r.size
            if abs(rise) > 0.05 * r.size:  # a text rise (Ts): the glyph is raised or lowered
                v += rise
        italic, bold = _font_style(r.font)
        glyphs.append(_Glyph(r.text, u, u + r.adv, v, r.size, r.font, italic=italic, bold=bold))
    for cx0, cy0, cx1, cy1 in curves:
        (ux0, vy0), (ux1, vy1) = (
            _turn(k, cx0, cy0, width, height),
            _turn(k, cx1, cy1, width, height),
        )
        lo, hi = sorted((ux0, ux1)), sorted((vy0, vy1))
        if hi[1] - hi[0] <= 2.5 and lo[1] - lo[0] >= 20:
            page.rules.append((lo[0], lo[1], (hi[0] + hi[1]) / 2))
    page.rows = _rows(glyphs)
    return page


def _read_pages(data: bytes, source: str) -> tuple[list[_Page], list[str], int]:
    """Return the pages' glyphs and rules, warnings, and the count of unmapped glyphs."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LTChar, LTCurve, LTImage
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    doc, warnings = _open(data, source)
    manager = PDFResourceManager(caching=True)
    device = PDFPageAggregator(manager, laparams=None)
    interpreter = PDFPageInterpreter(manager, device)
    pages: list[_Page] = []
    unmapped = 0
    failures: list[str] = []
    try:
        pdf_pages = list(PDFPage.create_pages(doc))  # type: ignore[arg-type]
    except Exception as exc:
        raise PDFError(f"truncated or damaged PDF: {type(exc).__name__}: {exc}", source) from exc
    if not pdf_pages:
        raise PDFError("truncated or damaged PDF: no pages", source)
    for number, pdf_page in enumerate(pdf_pages, start=1):
        try:
            interpreter.process_page(pdf_page)
            layout = device.get_result()
        except Exception as exc:
            failures.append(f"page {number}: {type(exc).__name__}: {exc}")
            continue
        x0, y0, x1, y1 = layout.bbox
        width, height = x1 - x0, y1 - y0
        raw: list[_Raw] = []
        curves: list[tuple[float, float, float, float]] = []
        images = 0
        for item in _walk(layout):
            if isinstance(item, LTChar):
                text = item.get_text()
                if len(text) != 1 or not " " <= text < "\ufb00":  # rare: cid, ligature, control
                    if "(cid:" in text:
                        unmapped += len(_CID.findall(text))
                        text = _CID.sub("\ufffd", text)
                    text = strip_controls(text.translate(_LIGATURES))[0]
                    if not text:
                        continue
                a, b, c, d, e, f = item.matrix
                k = _orientation(a, b, c, d)
                raw.append(
                    _Raw(
                        text=text,
                        turn=k,
                        x=e - x0,
                        y=f - y0,
                        adv=item.adv * math.hypot(a, b),
                        size=item.height if k in (0, 2) else item.width,
                        font=item.fontname or "",
                        bottom=item.y0 - f,
                    )
                )
            elif isinstance(item, LTImage):
                images += 1
            elif isinstance(item, LTCurve):
                curves.append((item.x0 - x0, item.y0 - y0, item.x1 - x0, item.y1 - y0))
        page = _page(number, width, height, raw, curves)
        page.images = images
        pages.append(page)
    if failures and not pages:
        raise PDFError(f"truncated or damaged PDF: {failures[0]}", source)
    for failure in failures:
        warnings.append(f"could not read {failure}")
    return pages, warnings, unmapped


# --------------------------------------------------------------------------------------------
# Rows, superscripts and segments
# --------------------------------------------------------------------------------------------


def _rows(glyphs: list[_Glyph]) -> list[_Row]:
    """Group glyphs into rows by baseline, attach superscripts, split at column gaps."""
    glyphs.sort(key=lambda g: (-g.base, g.x0))
    rows: list[_Row] = []
    for g in glyphs:
        if rows and rows[-1].base - g.base <= max(1.0, 0.1 * g.size):
            rows[-1].glyphs.append(g)
        else:
            rows.append(_Row(glyphs=[g], base=g.base))
    rows = [r for r in rows if r.ink]
    _attach_superscripts(rows)
    out: list[_Row] = []
    for row in rows:
        row.glyphs.sort(key=lambda g: g.x0)
        out.extend(_segments(row))
    return out


def _attach_superscripts(rows: list[_Row]) -> None:
    """Move rows of small raised glyphs into the row below them, flagging them as raised.

    Rows are in top-to-bottom order; a row is merged when all its glyphs are smaller than the
    host row's type, its baseline is less than `_MAX_RISE` ems above the host's, and it lies
    within the host's horizontal extent.
    """
    i = 0
    while i < len(rows) - 1:
        row, host = rows[i], rows[i + 1]
        host_size = host.size
        rise = row.base - host.base
        small = max(g.size for g in row.ink) <= _SUP_RATIO * host_size
        near = 0 < rise <= _MAX_RISE * host_size
        inside = row.x0 >= host.x0 - 2 * host_size and row.x1 <= host.x1 + 3 * host_size
        if small and near and inside:
            for g in row.glyphs:
                g.raised = True
            host.glyphs.extend(row.glyphs)
            host._ink = None
            del rows[i]
            continue
        i += 1


def _segments(row: _Row) -> list[_Row]:
    """Split a row at gaps wider than `_COLUMN_GAP` ems."""
    parts: list[list[_Glyph]] = [[]]
    last: _Glyph | None = None
    for g in row.glyphs:
        if last is not None and not g.blank and g.x0 - last.x1 > _COLUMN_GAP * max(g.size, 4.0):
            parts.append([])
        parts[-1].append(g)
        if not g.blank:
            last = g
    segs = [p for p in parts if any(not g.blank for g in p)]
    return [_Row(glyphs=p, base=row.base, first_in_row=(k == 0)) for k, p in enumerate(segs)]


# --------------------------------------------------------------------------------------------
# Right-to-left text
# --------------------------------------------------------------------------------------------

#: An Arabic letter, as text or as the presentation form a font's glyph maps to.
_RTL_LETTER = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
#: A bracket whose glyph a right-to-left line draws mirrored: it is read as its pair.
_MIRRORED = {"(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "«": "»", "»": "«"}


def _is_rtl(pages: list[_Page]) -> bool:
    """Whether most letters of the document are Arabic: its lines read right to left."""
    arabic = latin = 0
    for page in pages:
        for row in page.rows:
            for g in row.ink:
                if _RTL_LETTER.match(g.text):
                    arabic += 1
                elif g.text.isalpha():
                    latin += 1
    return arabic > latin


def _is_mark(g: _Glyph) -> bool:
    """A combining mark (an Arabic vowel sign or shadda) drawn as a glyph of its own, perhaps
    as a presentation form ("ﹼ", "ﱠ": shadda, shadda with fatha)."""
    marks = unicodedata.normalize("NFKC", g.text).replace(" ", "").replace("\u0640", "")
    return bool(marks) and all(unicodedata.category(ch) == "Mn" for ch in marks)


def _rtl_rows(rows: list[_Row]) -> list[_Row]:
    """A page's rows (visual left-to-right order) in the order a right-to-left text is read.

    PDF glyphs carry their drawn position, so a row of Arabic read in x order comes out
    backwards ("ﺔﻣﺎﻌﻟا ﺔﻴﻌﻤﺠﻟا نإ"), as pdfminer's own text does. Each row is turned around
    (`_logical`); the segments of one baseline are read from the right; a vowel sign or shadda
    that the font sets on a baseline of its own joins the row of the letter it sits over.
    """
    text_rows = [r for r in rows if not all(_is_mark(g) for g in r.ink)]
    out_rows = list(text_rows)
    kept = {id(r) for r in text_rows}
    for r in rows:
        if id(r) in kept:
            continue
        left: list[_Glyph] = []
        for g in r.glyphs:
            host = min(
                (h for h in text_rows if h.x0 - g.size <= g.x0 <= h.x1 + g.size),
                key=lambda h: abs(h.base - g.base),
                default=None,
            )
            if g.blank or host is None or abs(host.base - g.base) > 1.5 * g.size:
                left.append(g)
            else:
                host.glyphs.append(g)
                host._ink = None
        if any(not g.blank for g in left):
            out_rows.append(_Row(glyphs=left, base=r.base))
    out_rows.sort(key=lambda r: (-r.base, -r.x1))
    out: list[_Row] = []
    for row in out_rows:
        row.glyphs = _logical(row.glyphs)
        row._ink = None
        row.first_in_row = not out or abs(out[-1].base - row.base) > 0.1
        out.append(row)
    return out


def _ltr_runs(glyphs: list[_Glyph]) -> list[bool]:
    """Which glyphs of a right-to-left row, in drawn order, read left to right.

    The Unicode bidirectional algorithm's weak and neutral rules (UAX #9, W2-W7, N1-N2), applied
    to the drawn row: a Latin letter reads left to right, and so does a number. In Arabic text a
    number is an Arabic number: a common separator between two joins them ("60/21", "1982،⁶"),
    a hyphen does not ("2021-2025" is drawn "2025-2021"), nor a space ("1 025 092" is three
    numbers, as "092 025 1" is typed). After a Latin letter a number is Latin text ("vol.
    2898", "A/77/17"), and the spaces and punctuation between two Latin characters read with
    them. Only the order of the glyphs is known, not the text's, so "after" is "drawn to its
    left"; a note's raised mark is never Latin text.
    """
    n = len(glyphs)
    cls = []
    for g in glyphs:
        c = unicodedata.bidirectional(g.text[0]) if g.text else "ON"
        cls.append({"AL": "R", "AN": "EN", "NSM": "ON", "BN": "ON", "S": "WS", "B": "WS"}.get(c, c))
    # W2, W7: a number reads as Latin after a Latin letter drawn to its left; otherwise it
    # stands in Arabic text, as an Arabic number (AN). A note's raised mark is never Latin (it
    # opens a note whose text may be: "¹² A/58/99").
    strong = "R"
    for i in range(n):
        if cls[i] in ("L", "R"):
            strong = cls[i]
        elif cls[i] == "EN":
            cls[i] = "L" if strong == "L" and not glyphs[i].raised else "AN"
    for i in range(1, n - 1):  # W4: one separator between two numbers
        a, b = cls[i - 1], cls[i + 1]
        if a == b == "AN" and cls[i] == "CS":  # "60/21", "1982،⁶"; not "2021-2025"
            cls[i] = "AN"
    for i in range(n):  # W5: terminators next to a Latin number
        if cls[i] == "ET":
            j = i
            while j < n and cls[j] == "ET":
                j += 1
            if (i > 0 and cls[i - 1] == "L" and glyphs[i - 1].text.isdigit()) or (
                j < n and cls[j] == "L" and glyphs[j].text.isdigit()
            ):
                cls[i:j] = ["L"] * (j - i)
    cls = ["ON" if c in ("ES", "ET", "CS") else c for c in cls]  # W6
    i = 0
    while i < n:  # N1-N2: neutrals take the direction shared by both sides, else the row's
        if cls[i] not in ("ON", "WS"):
            i += 1
            continue
        j = i
        while j < n and cls[j] in ("ON", "WS"):
            j += 1
        left = "R" if i == 0 or cls[i - 1] != "L" else "L"
        right = "R" if j == n or cls[j] != "L" else "L"
        cls[i:j] = ["L" if left == right == "L" else "R"] * (j - i)
        i = j
    return [c in ("L", "AN") for c in cls]


def _logical(glyphs: list[_Glyph]) -> list[_Glyph]:
    """Glyphs of a right-to-left row in reading order.

    The row is read from the right, except runs of Latin letters and digits (`_ltr_runs`),
    which read from the left: the bidirectional algorithm undone for the common case. A space
    is added where the drawn gap between two glyphs is a word's (a PDF may draw no space
    glyph), a mirrored bracket is read as its pair, and a vowel sign follows the letter it is
    drawn over.
    """
    marks = [g for g in glyphs if _is_mark(g)]
    spaced: list[_Glyph] = []
    for g in sorted((g for g in glyphs if not _is_mark(g)), key=lambda g: g.x0):
        last = spaced[-1] if spaced else None
        if (
            last is not None
            and not (last.blank or g.blank or last.raised or g.raised)
            and g.x0 - last.x1 > _WORD_GAP * g.size
        ):
            spaced.append(dataclasses.replace(g, text=" ", x0=last.x1, x1=g.x0))
        spaced.append(g)
    ltr = _ltr_runs(spaced)
    out: list[_Glyph] = []
    k = len(spaced)
    while k > 0:
        j = k - 1
        if ltr[j]:
            while j > 0 and ltr[j - 1]:
                j -= 1
            out.extend(spaced[j:k])  # a left-to-right run, as drawn
        else:
            g = spaced[j]
            pair = _MIRRORED.get(g.text)
            out.append(dataclasses.replace(g, text=pair) if pair else g)
        k = j
    for m in marks:  # after the letter drawn under it (the nearest centre)
        centre = (m.x0 + m.x1) / 2
        near = [i for i, g in enumerate(out) if not g.blank]
        at = min(near, key=lambda i: abs((out[i].x0 + out[i].x1) / 2 - centre), default=-1)
        out.insert(at + 1, m)
    return out


# --------------------------------------------------------------------------------------------
# Furniture and footnote zones
# --------------------------------------------------------------------------------------------


def _furniture_kind(row: _Row) -> str | None:
    """The furniture kind a segment's text or font shows, or None."""
    if any(_BARCODE_FONT.search(g.font) for g in row.ink):
        return "barcode"
    text = row.plain
    for kind, pattern in _FURNITURE_PATTERNS:
        if pattern.match(text):
            return kind
    return None


def _repeat_key(row: _Row) -> str:
    return re.sub(r"\d+", "#", row.plain)


def _mark_furniture(pages: list[_Page]) -> None:
    """Flag running headers, footers, job numbers, barcodes and page numbers, by position."""
    top_keys: dict[str, set[int]] = defaultdict(set)
    bottom_keys: dict[str, set[int]] = defaultdict(set)
    for page in pages:
        for row in page.rows:
            for key in (_repeat_key(row), "=" + row.plain):
                if row.base >= page.height * (1 - _TOP_BAND):
                    top_keys[key].add(page.number)
                if row.base <= page.height * _BOTTOM_BAND:
                    bottom_keys[key].add(page.number)

    def repeats(keys: dict[str, set[int]], row: _Row) -> bool:
        """Same text on two pages, or the same text but for its numbers on most pages."""
        exact = {p for p in keys.get("=" + row.plain, ())}
        similar = keys.get(_repeat_key(row), set())
        return len(row.plain) > 1 and (
            len(exact) >= 2 or len(similar) >= max(3, (len(pages) + 1) // 2)
        )

    for page in pages:
        # Pages 2+: everything above the running-header rule.
        if page.number > 1:
            top_rules = [
                y
                for x0, x1, y in page.rules
                if x1 - x0 >= 0.3 * page.width and y >= page.height * 0.82
            ]
            if top_rules:
                rule = min(top_rules)
                for row in page.rows:
                    if row.base > rule:
                        row.role, row.kind = "furniture", _furniture_kind(row) or "running_header"
            # Then inwards from the top edge while rows look like furniture.
            for row in sorted(page.rows, key=lambda r: -r.base):
                if row.role == "furniture":
                    continue
                if row.base < page.height * (1 - _TOP_BAND):
                    break
                kind = _furniture_kind(row) or (
                    "running_header" if repeats(top_keys, row) else None
                )
                if kind is None:
                    break
                row.role, row.kind = "furniture", kind
        # Every page: inwards from the bottom edge.
        for row in sorted(page.rows, key=lambda r: r.base):
            if row.base > page.height * _BOTTOM_BAND:
                break
            kind = _furniture_kind(row) or ("footer" if repeats(bottom_keys, row) else None)
            if kind is None:
                break
            row.role, row.kind = "furniture", kind
        # Barcodes anywhere.
        for row in page.rows:
            if row.role != "furniture" and any(_BARCODE_FONT.search(g.font) for g in row.ink):
                row.role, row.kind = "furniture", "barcode"


def _body_size(pages: list[_Page]) -> float:
    sizes: Counter[float] = Counter()
    for page in pages:
        for row in page.rows:
            if row.role == "body":
                for g in row.ink:
                    if not g.raised:
                        sizes[round(g.size * 2) / 2] += 1
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _mark_footnotes(page: _Page, body_size: float) -> bool:
    """Flag the separator and footnote rows of a page; True when the separator is synthetic."""
    rows = sorted((r for r in page.rows if r.role == "body"), key=lambda r: -r.base)
    # 1. A line of underscores.
    for k, row in enumerate(rows):
        if _UNDERSCORES.match(row.plain) and k > 0:
            row.role = "sep"
            for below in rows[k + 1 :]:
                below.role = "foot"
            return False
    # 2. A short drawn rule with smaller type below it.
    for x0, x1, y in sorted(page.rules, key=lambda r: -r[2]):
        if not (20 <= x1 - x0 <= 0.6 * page.width and y < 0.6 * page.height):
            continue
        above = [r for r in rows if r.base > y]
        below = [r for r in rows if r.base < y]
        if above and below and all(r.size <= body_size - 0.5 for r in below):
            for r in below:
                r.role = "foot"
            return False
    # 3. Smaller type at the page bottom, opening with a raised marker.
    block: list[_Row] = []
    for row in reversed(rows):
        if row.size > body_size - 0.5:
            break
        block.append(row)
    if block and len(block) < len(rows):
        block.reverse()
        if _leading_mark(block[0]) is not None:
            for r in block:
                r.role = "foot"
            return True
    return False


def _leading_mark(row: _Row) -> str | None:
    """The raised marker that opens a row (a footnote's number), if any."""
    mark = ""
    for g in row.glyphs:
        if g.blank:
            if mark:
                break
            continue
        if not g.raised:
            break
        mark += g.text
    return mark if mark and _MARK.match(mark) else None


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------


@dataclass
class _Text:
    """Characters with their italic flags."""

    chars: list[str] = field(default_factory=list)
    italic: list[bool] = field(default_factory=list)

    def add(self, text: str, italic: bool) -> None:
        for ch in text:
            self.chars.append(ch)
            self.italic.append(italic)

    def __str__(self) -> str:
        return "".join(self.chars)


def _render(glyphs: list[_Glyph], *, skip_mark: bool = False) -> _Text:
    """Render glyphs in x order: spaces from gaps, raised markers as superscripts."""
    out = _Text()
    pending = False
    last: _Glyph | None = None
    i = 0
    n = len(glyphs)
    if skip_mark:  # drop the leading raised marker of a footnote row
        while i < n and (glyphs[i].blank or glyphs[i].raised):
            i += 1
    while i < n:
        g = glyphs[i]
        if g.blank:
            pending = bool(out.chars)
            i += 1
            continue
        if g.raised:
            j = i
            run: list[_Glyph] = []
            while j < n and glyphs[j].raised and not glyphs[j].blank:
                if run and glyphs[j].x0 - run[-1].x1 > 0.5 * glyphs[j].size:
                    break
                run.append(glyphs[j])
                j += 1
            text = "".join(r.text for r in run)
            if _MARK.match(text):
                out.add(text.translate(_SUPERSCRIPT), False)  # glued to the preceding word
                pending = False
                last = run[-1]
                i = j
                continue
            # Raised text that is not a marker (1er, XXIe): plain text, glued.
            if pending and out.chars:
                out.add(" ", False)
            out.add(text, run[0].italic)
            pending = False
            last = run[-1]
            i = j
            continue
        if last is not None and g.x0 - last.x1 > _WORD_GAP * g.size:
            pending = True
        if pending and out.chars:
            out.add(" ", g.italic and bool(out.italic) and out.italic[-1])
        pending = False
        out.add(g.text, g.italic)
        last = g
        i += 1
    return out


def _opening_italic(text: _Text) -> str | None:
    """The italic run that opens a paragraph, after its number, if any."""
    s = str(text)
    m = _NUMBER_PREFIX.match(s)
    start = m.end() if m and not text.italic[0] else 0
    while start < len(s) and s[start] == " ":
        start += 1
    end = start
    while end < len(s) and (text.italic[end] or s[end] == " "):
        end += 1
    run = s[start:end].strip()
    if end == start or not text.italic[start] or len(run) < 2:
        return None
    return run.rstrip(" ,;:")


def _layout_stats(pages: list[_Page], body_size: float, rtl: bool = False) -> tuple[float, float]:
    """The body's margin (the right one in a right-to-left text) and line pitch."""
    margins: Counter[float] = Counter()
    pitches: Counter[float] = Counter()
    for page in pages:
        prev: _Row | None = None
        for row in page.rows:
            if row.role != "body" or abs(row.size - body_size) > 0.6:
                prev = None
                continue
            margins[round(row.x1 if rtl else row.x0)] += 1
            if prev is not None and row.first_in_row:
                gap = round((prev.base - row.base) * 2) / 2
                if 0.8 * body_size <= gap <= 3 * body_size:
                    pitches[gap] += 1
            if row.first_in_row:
                prev = row
    margin = float(margins.most_common(1)[0][0]) if margins else 0.0
    # The line pitch is the smallest common gap: in short documents paragraph gaps may
    # outnumber line gaps.
    pitch = 1.2 * body_size
    if pitches:
        top = pitches.most_common(1)[0][1]
        pitch = min(g for g, n in pitches.items() if n >= 0.25 * top)
    return margin, pitch


def _footnote_lines(feet: list[_Row], rtl: bool = False) -> list[str]:
    """A page's footnote rows as lines: ``" N text"`` opens a footnote, continuations follow."""
    if not feet:
        return []
    out: list[str] = []

    def start(r: _Row) -> float:  # where a row starts, mirrored in a right-to-left text
        return -r.x1 if rtl else r.x0

    cont_x = Counter(round(start(r)) for r in feet).most_common(1)[0][0]
    for row in feet:
        mark = _leading_mark(row)
        if mark is not None:
            rest = str(_render(row.glyphs, skip_mark=True))
            out.append(f" {mark} {rest}".rstrip())
            continue
        text = str(_render(row.glyphs))
        first = text.split(" ", 1)[0]
        if _MARK.match(first) and " " in text and start(row) < cont_x - 1:
            out.append(" " + text)  # a footnote number printed on the baseline
        else:
            out.append(text)
    return out


def extract_pdf(data: bytes, *, source: str) -> Extracted:
    """Extract a UN resolution PDF's text in the layout the text parser expects.

    Args:
        data: the PDF file's bytes.
        source: the file name, for messages.

    Returns:
        The text (paragraphs indented, footnotes after a line of underscores, markers as
        superscript digits), the page furniture removed, warnings, and the italic leads.

    Raises:
        PDFError: the PDF is encrypted, truncated or damaged, or has no text layer.
        EmptyDocumentError: the file is empty, or its pages hold neither text nor images.
    """
    with _PdfminerLog() as log:
        try:
            ex = _extract(data, source)
        except ParseError:
            raise
        except RecursionError as exc:
            raise PDFError("damaged PDF: objects nested too deeply", source) from exc
        except Exception as exc:  # any other pdfminer failure on bad input
            raise PDFError(
                f"truncated or damaged PDF: {type(exc).__name__}: {exc}", source
            ) from exc
    if log.messages:
        note = f"pdfminer repaired {len(log.messages)} damaged objects (first: {log.messages[0]})"
        ex = dataclasses.replace(ex, warnings=(*ex.warnings, note))
    return ex


class _PdfminerLog(logging.Handler):
    """Collect pdfminer's warnings about damaged objects instead of printing them to stderr."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []
        self._logger = logging.getLogger("pdfminer")
        self._propagate = True

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage()[:120])

    def __enter__(self) -> _PdfminerLog:
        self._propagate = self._logger.propagate
        self._logger.addHandler(self)
        self._logger.propagate = False
        return self

    def __exit__(self, *exc: object) -> None:
        self._logger.removeHandler(self)
        self._logger.propagate = self._propagate


def _extract(data: bytes, source: str) -> Extracted:
    pages, warnings, unmapped = _read_pages(data, source)
    ink = sum(len(r.ink) for p in pages for r in p.rows)
    if ink == 0:
        if any(p.images for p in pages):
            raise PDFError("no text layer: scanned PDF, needs OCR", source)
        raise EmptyDocumentError("the PDF's pages hold no text and no images", source)
    for p in pages:
        if not p.rows and p.images:
            warnings.append(f"page {p.number} has no text layer (a scanned image?): not read")
    if unmapped:
        warnings.append(f"{unmapped} glyphs have no Unicode mapping: written as U+FFFD")

    rtl = _is_rtl(pages)
    if rtl:  # Arabic: each row in reading order
        for p in pages:
            p.rows = _rtl_rows(p.rows)
    _mark_furniture(pages)
    body_size = _body_size(pages)
    synthetic = [p.number for p in pages if _mark_footnotes(p, body_size)]
    if synthetic:
        warnings.append(
            f"footnotes found by font size without a separator on pages "
            f"{', '.join(map(str, synthetic))}"
        )
    margin, pitch = _layout_stats(pages, body_size, rtl)

    furniture: list[Furniture] = []
    lines: list[str] = []
    italics: list[str] = []
    para: _Text | None = None
    prev: _Row | None = None
    notes = {p.number: _footnote_lines([r for r in p.rows if r.role == "foot"], rtl) for p in pages}
    pending: list[str] = []  # footnotes waiting for the end of the paragraph in progress
    pending_page = 0

    def close_paragraph() -> None:
        if para is not None and para.chars:
            lead = _opening_italic(para)
            if lead:
                italics.append(lead)

    def flush_notes() -> None:
        if pending:
            lines.append(SEPARATOR)
            lines.extend(pending)
            pending.clear()

    for page in pages:
        for row in page.rows:
            if row.role == "furniture":
                furniture.append(Furniture(kind=row.kind, text=row.plain))
        if page.rotated:
            furniture.append(Furniture(kind="rotated_text", text="".join(page.rotated).strip()))
        page_prev: _Row | None = None
        for row in (r for r in page.rows if r.role == "body"):
            size = row.size or body_size
            new = (
                prev is None
                or not row.first_in_row
                or abs(margin - row.x1 if rtl else row.x0 - margin) > _INDENT * size
                or abs(size - (prev.size or body_size)) > 1.0
                or row.bold != prev.bold
                or (
                    page_prev is not None
                    and page_prev.base - row.base > _PARA_GAP * pitch * max(1.0, size / body_size)
                )
            )
            text = _render(row.glyphs)
            if not text.chars:
                continue
            if new:
                close_paragraph()
                # The footnotes of past pages go before the next paragraph, unless a footnote
                # runs on into the next page's footnote area (then they wait for it).
                following = notes.get(pending_page + 1, [])
                if not (following and not following[0].startswith(" ")):
                    flush_notes()
                para = _Text()
                lines.append(" " + str(text))
            else:
                lines.append(str(text))
                if para is not None:
                    para.add(" ", False)
            if para is None:
                para = _Text()
            para.chars.extend(text.chars)
            para.italic.extend(text.italic)
            prev = row
            page_prev = row
        if notes[page.number]:
            pending.extend(notes[page.number])
            pending_page = page.number
    flush_notes()
    close_paragraph()
    text = "\n".join(lines) + "\n"
    return Extracted(
        text=text,
        furniture=tuple(furniture),
        warnings=tuple(warnings),
        italics=tuple(italics),
    )
