"""AKN4UN reader: Akoma Ntoso XML bytes of a UN resolution → `Resolution` (via `parse.assemble`).

The structure comes straight from the markup, so nothing is guessed from layout:

* ``preamble/formula`` is the acting organ; each ``preamble/container`` (and each
  ``crossHeading[@refersTo="#preamble"]`` of budget resolutions) is a preambular paragraph whose
  lead is the italic span that opens it (falling back on ``@name``, which can carry trailing
  spaces);
* each ``mainBody//paragraph`` with an Arabic-numeral ``num`` is an operative paragraph. The
  ``num`` is the printed number (``eId`` continues the preamble's count, so it is never used);
  Arabic files print the number inside the text (``1 -``); a paragraph numbered ``(a)`` is a
  sub-item of the paragraph before it, as is an unlabelled one after a paragraph that ends with
  a colon; one that opens in lower case continues the paragraph before it; one with a Roman or
  capital-letter number, or only a ``heading``, is a heading (kept as furniture);
* an unnumbered paragraph of a ``mainBody`` that ends with a comma before the first numbered
  one, or that a second ``preamble`` follows, is preambular (a known markup slip, reported in
  the warnings);
* ``list/point`` (and ``blockList/item``) are sub-items, kept in the clause text too;
* ``authorialNote`` elements are footnotes at their markers: their text is taken out of the
  clause and the offset where the marker stood is kept (a repeated reference to an earlier note
  is a bare ``sup`` holding its mark);
* ``a href="https://undocs.org/<lang>/<symbol>"`` links are citations (symbols upper-cased and
  URL-decoded, since some links are lower-case);
* composite resolutions (``documentCollection`` with components A, B...) keep their parts.

Untrusted XML is parsed without DTDs, entities or network access, and a document that declares
entities is refused outright (`UnsafeInputError`).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import unquote

from lxml import etree

from helpers.citations import find_citations, normalize_symbol
from helpers.errors import EmptyDocumentError, UnsafeInputError, XMLError
from helpers.header import agenda_items, split_sponsors
from helpers.models import Citation, Footnote, Furniture, Resolution
from helpers.parse import ClauseDraft, assemble
from helpers.segment import body_of

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_A = f"{{{AKN_NS}}}"


def _t(name: str) -> str:
    return _A + name


# Tags, precomputed: the walkers compare ``el.tag`` against these strings.
T_AKN = _t("akomaNtoso")
T_STATEMENT = _t("statement")
T_COLLECTION = _t("documentCollection")
T_COMPONENTS = _t("components")
T_COMPONENT = _t("component")
T_META = _t("meta")
T_COVER = _t("coverPage")
T_PREFACE = _t("preface")
T_PREAMBLE = _t("preamble")
T_MAINBODY = _t("mainBody")
T_CONCLUSIONS = _t("conclusions")
T_ATTACHMENTS = _t("attachments")
T_FORMULA = _t("formula")
T_CONTAINER = _t("container")
T_PARAGRAPH = _t("paragraph")
T_ALINEA = _t("alinea")
T_NUM = _t("num")
T_CONTENT = _t("content")
T_P = _t("p")
T_SPAN = _t("span")
T_NOTE = _t("authorialNote")
T_SUP = _t("sup")
T_LINK = _t("a")
T_EOL = _t("eol")
T_LIST = _t("list")
T_SUBLIST = _t("sublist")
T_INTRO = _t("intro")
T_POINT = _t("point")
T_WRAPUP = _t("wrapUp")
T_BLOCKLIST = _t("blockList")
T_ITEM = _t("item")
T_LISTINTRO = _t("listIntroduction")
T_HEADING = _t("heading")
T_SUBHEADING = _t("subheading")
T_CROSSHEADING = _t("crossHeading")
T_TABLE = _t("table")
T_DOCNUMBER = _t("docNumber")
T_DOCTITLE = _t("docTitle")
T_DOCDATE = _t("docDate")
T_DOCPROPONENT = _t("docProponent")
T_DOCAUTHORITY = _t("docAuthority")
T_SESSION = _t("session")
T_INLINE = _t("inline")
T_FRBRWORK = _t("FRBRWork")
T_FRBREXPRESSION = _t("FRBRExpression")
T_FRBRLANGUAGE = _t("FRBRlanguage")
T_FRBRDATE = _t("FRBRdate")
T_FRBRAUTHOR = _t("FRBRauthor")
T_IDENTIFICATION = _t("identification")
T_WORKFLOW = _t("workflow")
T_STEP = _t("step")
T_DOCREF = _t("documentRef")
T_COLLECTIONBODY = _t("collectionBody")

#: Containers of the operative part that group paragraphs (their num/heading are headings).
GROUPS = frozenset(
    _t(n)
    for n in (
        "section",
        "part",
        "subsection",
        "title",
        "chapter",
        "division",
        "subdivision",
        "book",
        "tome",
        "hcontainer",
        "level",
        "article",
        "clause",
        "subpart",
    )
)
#: Inside a paragraph: elements that hold the paragraph's text.
_TEXTUAL = frozenset({T_CONTENT, T_P, T_ALINEA})

#: FRBRlanguage codes (ISO 639-2/B and /T, and two-letter codes) → ISO 639-1.
LANGUAGES: dict[str, str] = {
    "eng": "en",
    "fra": "fr",
    "fre": "fr",
    "spa": "es",
    "ara": "ar",
    "zho": "zh",
    "chi": "zh",
    "rus": "ru",
    "deu": "de",
    "ger": "de",
    "por": "pt",
    **{c: c for c in ("en", "fr", "es", "ar", "zh", "ru", "de", "pt")},
}

#: FRBRauthor ``href`` of the work → the body that adopted it.
BODIES: dict[str, str] = {
    "ga": "General Assembly",
    "sc": "Security Council",
    "ecosoc": "Economic and Social Council",
    "hrc": "Human Rights Council",
}

# --- numbers ------------------------------------------------------------------------------------
#: An operative paragraph number as printed in ``num``: ``1.``, ``12 -`` (Arabic), ``1.1``.
OP_NUM = re.compile(
    r"^[\s\u200b\u200e\u200f\ufeff]*(?P<n>\d{1,4}(?:\.\d{1,3})*)"  # 1, 12, 1.1 (after LRMs)
    r"[\s\u200b\u200e\u200f\ufeff]*[.\-–]?[\s\u200b\u200e\u200f\ufeff]*$"  # the dot or dash
)
#: A number printed at the start of the paragraph text instead of in ``num`` (Arabic files;
#: a few French Security Council files): ``1 -\t``, ``15 ``.
_S = r"[\s\u200b\u200e\u200f\ufeff]"  # white space, or an invisible mark around a number
INLINE_NUM = re.compile(
    rf"^{_S}*(?P<n>\d{{1,4}})"  # the number
    rf"(?:{_S}*[.\-–]{_S}+|{_S}+(?=\S)|{_S}*[.\-–]?{_S}*$)"  # a dot/dash, or a space before text
)
_DOTTED_NUM = re.compile(r"\s*\d+\s*[.\-–]")  # "1." or "1 -" opening an unnumbered paragraph
#: A sub-item label: ``(a)``, ``a)``, ``(iv)``, ``(أ)``, ``а)`` (Cyrillic), ``㈠``, a dash.
ITEM_NUM = re.compile(
    r"^\s*(?:"
    r"\(?(?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,2})\)"  # (a) a) (iv) iv) (1)
    r"|\(?[\u0621-\u064a\u0640]{1,3}\)"  # Arabic letters (أ) (هـ)
    r"|\(?[а-я]{1,2}\)"  # Cyrillic а) б)
    r"|[\u3220-\u3229]"  # parenthesized CJK numerals ㈠ ㈡
    r"|[a-z]\."  # a. b. (rare)
    r"|[–—•-]"  # dash bullets
    r")\s*$"
)
#: The same label opening a paragraph's text (when ``num`` is missing).
ITEM_TEXT = re.compile(
    r"^\s*(?:\((?:[a-z]{1,2}|[ivxlc]{1,6})\)|(?:[a-z]{1,2}|[ivx]{1,4})\)"  # (a) (iv) a) aa) iv)
    r"|\([\u0621-\u064a\u0640]{1,3}\)|[а-я]\))"  # (أ) а)
    r"\s+\S"
)
#: A heading number: ``I``, ``IV.``, ``A.``, ``B``.
HEADING_NUM = re.compile(r"^\s*(?:[IVXLC]{1,7}|[A-Z])\.?\s*$")
#: Sentence-final or clause-final punctuation, in every script of the six languages.
#: How a preambular paragraph ends: a comma (Latin, Arabic, Chinese).
_PP_END = (",", "،", "，")
_CLAUSE_END = (".", ";", ":", ",", "；", "。", "：", "，", "؛", "،", "»", "”", "…")

# --- links --------------------------------------------------------------------------------------
#: A link to the UN Official Document System: the symbol follows the host and a language code.
UNDOCS = re.compile(
    r"(?:^|[/:@])(?:www\.)?(?:undocs\.org|docs\.un\.org)/"  # host (after "https://", "mailto:"...)
    r"(?:(?:en|fr|es|sp|ar|ch|zh|ru|de|english|french|spanish)/)?"  # optional language code
    r"(?P<symbol>[^?#]*?)/?\s*(?:[?#](?P<query>.*))?$",  # the symbol (spaces, parentheses)
    re.IGNORECASE,
)
#: The old ODS search form: ``undocs.org/Home/Mobile?FinalSymbol=A%2FRES%2F76%2F181&...``.
#: Who put a draft forward, as the workflow's ``by`` names them, read as an officer's line reads
#: ("the Rapporteur of the Committee, France Cassar (Malta)"): a few files name the person first
#: ("France Cassar (Malta), submitted by the Rapporteur of the Committee and on the basis of …")
#: or open with "was".
_PERSON_FIRST = re.compile(
    r"^(?P<person>[^,()]+\([^()]+\)),\s+"  # "France Cassar (Malta), "
    r"(?=submitted\s+by\b)"
)
_WAS_SUBMITTED = re.compile(r"^was\s+(?=submitted\s+by\b)")
_FINAL_SYMBOL = re.compile(r"(?:^|&)FinalSymbol=(?P<symbol>[^&]+)", re.IGNORECASE)
_SYMBOL_SPACE = re.compile(r"\s+")

#: Letters glued to the end of an italic lead span ("Rappelan" + "t"), in the scripts that put
#: spaces between words (Latin, Greek, Cyrillic, Arabic; never Chinese).
_GLUED_WORD = re.compile(r"^[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff]+")
_LEAD_EDGE = " \t,;:.-–—،؛，；：\u00a0\u202f"
_ARABIC_NOTE_PARENS = re.compile(r"^\s*\(\s*\)\s*")  # "()" that opens Arabic footnote texts

#: Private-use characters that stand for footnote markers while clause text is gathered: a
#: flag (`_NOTE` where footnote ``i`` stood, `_REF` where a later ``sup`` refers to it again)
#: then ``chr(_INDEX + i)``. UN documents never use the Supplementary Private Use Area-A, and a
#: flag is found with a fast ``in`` test.
_NOTE = "\U000f0000"
_REF = "\U000f0001"
_INDEX = 0xF0100
_LAST_INDEX = 0xFFFFD  # the last code point of the area


def _has_markers(text: str) -> bool:
    return _NOTE in text or _REF in text


def _markers(text: str) -> Iterator[tuple[int, str, int]]:
    """The markers of ``text``, in order: ``(start, flag, note index)``, two characters each.

    A flag not followed by an index character is no marker. Found with ``str.find``: a regex
    (``[flags][indexes]``) scans the four-byte strings that markers make a hundred times
    slower.
    """
    size = len(text)
    note = text.find(_NOTE)
    ref = text.find(_REF)
    while note >= 0 or ref >= 0:
        at = note if ref < 0 or 0 <= note < ref else ref
        after = at + 1
        code = ord(text[after]) if after < size else 0
        if _INDEX <= code <= _LAST_INDEX:
            yield at, text[at], code - _INDEX
            after += 1
        if 0 <= note < after:
            note = text.find(_NOTE, after)
        if 0 <= ref < after:
            ref = text.find(_REF, after)


def _drop_markers(text: str) -> str:
    """``text`` without its markers."""
    pieces: list[str] = []
    pos = 0
    for at, _, _ in _markers(text):
        pieces.append(text[pos:at])
        pos = at + 2
    pieces.append(text[pos:])
    return "".join(pieces)


def _note_indexes(raw: str) -> list[int]:
    """The indexes of the footnotes that stood in ``raw`` (not the repeated references)."""
    if _NOTE not in raw:
        return []
    return [i for _, flag, i in _markers(raw) if flag == _NOTE]


_PARSER_OPTIONS: dict[str, Any] = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "huge_tree": False,
    "remove_comments": True,
    "remove_pis": True,
}
_parser: etree.XMLParser | None = None


def safe_parser() -> etree.XMLParser:
    """The safe XML parser: no DTD loading, no entity resolution, no network, no huge trees."""
    global _parser
    if _parser is None:
        _parser = etree.XMLParser(**_PARSER_OPTIONS)
    return _parser


# ================================================================================================
# Safe parsing
# ================================================================================================
_ROOT_START = re.compile(rb"<[A-Za-z_:]")  # the first element start tag ends the prolog


def _text_view(data: bytes) -> bytes:
    """The bytes to scan for declarations: UTF-16/32 text is re-encoded as UTF-8."""
    head = data[:4]
    for bom, codec in (
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if head.startswith(bom):
            return data.decode(codec, errors="replace").encode("utf-8")
    if b"\x00" in data[:64]:  # UTF-16 without a BOM
        codec = "utf-16-be" if data[:1] == b"\x00" else "utf-16-le"
        return data.decode(codec, errors="replace").encode("utf-8")
    return data


def _declares_entities(data: bytes) -> bool:
    """Whether the prolog holds a DOCTYPE with an internal subset that declares entities."""
    view = _text_view(data)
    m = _ROOT_START.search(view)
    prolog = view[: m.start()] if m else view
    at = prolog.find(b"<!DOCTYPE")
    return at >= 0 and b"<!ENTITY" in view[at:]


def parse_xml(data: bytes, *, source: str) -> etree._Element:
    """Parse untrusted XML safely and return its root element.

    Args:
        data: the XML bytes.
        source: where the bytes come from (named in error messages).

    Returns:
        The root element.

    Raises:
        EmptyDocumentError: the bytes are empty or white space.
        UnsafeInputError: the document declares entities (external entities, entity
            expansion bombs): refused, never resolved.
        XMLError: the XML is malformed or truncated.
    """
    if not data or data.isspace():  # isspace stops at the first other byte: no copy
        raise EmptyDocumentError(
            "empty file" if not data else "file holds only white space", source
        )
    refusal = (
        "refused: the XML declares entities in its DOCTYPE (external entities and entity "
        "expansion are never resolved)"
    )
    if _declares_entities(data):
        raise UnsafeInputError(refusal, source)
    try:
        root = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as exc:
        msg = str(exc) or "no element found"
        low = msg.lower()
        if "entity" in low and ("loop" in low or "amplification" in low or "declared" in low):
            raise UnsafeInputError(f"{refusal}: {msg}", source) from exc
        cut = "truncated" if "premature end" in low or "end of data" in low else "malformed"
        raise XMLError(f"{cut} XML: {msg}", source) from exc
    except ValueError as exc:  # e.g. a unicode string with an encoding declaration
        raise XMLError(f"malformed XML: {exc}", source) from exc
    if root is None:
        raise XMLError("malformed XML: no root element", source)
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise UnsafeInputError(refusal, source)
    return root


# ================================================================================================
# Text gathering
# ================================================================================================
@dataclass
class _Note:
    """A footnote: its mark, its text and the links it holds."""

    mark: str
    text: str
    links: list[tuple[str, str]]


#: Invisible format characters dropped from the text: zero-width space, left-to-right and
#: right-to-left marks, word joiner, byte-order mark, soft hyphen.
_INVISIBLE_RE = re.compile("[\u200b\u200e\u200f\u2060\ufeff\u00ad]+")
_INVISIBLE_CHARS = frozenset("\u200b\u200e\u200f\u2060\ufeff\u00ad")


def drop_invisible(raw: str) -> str:
    """``raw`` without its invisible format characters (LRM/RLM marks, zero-width spaces,
    word joiners, byte-order marks, soft hyphens).

    A few ``in`` tests find most strings clean; the others lose the characters in one regex
    pass (``str.translate`` with a table is ten times slower on non-ASCII text).
    """
    if (
        "\u200e" in raw
        or "\u200f" in raw
        or "\u200b" in raw
        or "\ufeff" in raw
        or "\u00ad" in raw
        or "\u2060" in raw
    ):
        return _INVISIBLE_RE.sub("", raw)
    return raw


def clean_text(raw: str) -> str:
    """One space between words: collapse every run of white space (NBSP too); strip the ends.

    Invisible format characters (LRM/RLM marks, zero-width spaces, soft hyphens) are dropped.
    """
    return " ".join(drop_invisible(raw).split())


_tostring = etree.tostring


def _text(el: etree._Element) -> str:
    """All the text under ``el``: ``"".join(el.itertext())`` (without its tail), gathered by
    libxml2 in one call, several times faster than joining ``itertext()`` in Python.
    """
    if len(el) == 0:  # no child element, comment or entity: the text is all there is
        return el.text or ""
    return _tostring(el, method="text", encoding="unicode", with_tail=False)


def _strip_markers(raw: str) -> str:
    return clean_text(_drop_markers(raw)) if _has_markers(raw) else clean_text(raw)


def _links(el: etree._Element) -> list[tuple[str, str]]:
    """The ``(href, text)`` of every link under ``el`` (footnotes were taken out before)."""
    return [(a.get("href") or "", _text(a)) for a in el.iter(T_LINK)]


def _prepare_notes(doc: etree._Element) -> list[_Note]:
    """Take the footnotes out of the text, leaving a marker character where each stood.

    One pass in document order over ``authorialNote``, ``sup`` and ``eol``:

    * an ``authorialNote`` is read (mark, text, links) and replaced by a `_NOTE` marker;
    * a ``sup`` holding the mark of an earlier note (a repeated reference) by a `_REF` marker;
    * the ``sup`` parentheses that Arabic prints around markers are dropped;
    * an ``eol`` (line break) becomes a space.

    Returns:
        The notes, in document order (index ``i`` above).
    """
    notes: list[_Note] = []
    first_of: dict[str, int] = {}
    found: list[etree._Element] = []
    for top in doc:  # the statement(s), without their metadata
        for part in top if top.tag in (T_STATEMENT, T_COLLECTION) else (top,):
            if part.tag != T_META:
                found += part.iter(T_NOTE, T_SUP, T_EOL)
    for el in found:
        tag = el.tag
        if tag == T_NOTE:
            mark = (el.get("marker") or "").strip() or "*"
            text = _strip_markers(_text(el))
            if text.startswith("("):  # clean text: the "()" of Arabic notes can only open it
                text = _ARABIC_NOTE_PARENS.sub("", text)
            i = len(notes)
            notes.append(_Note(mark, text, _links(el)))
            first_of.setdefault(mark, i)
            _replace(el, _NOTE + chr(_INDEX + i))
        elif tag == T_SUP:
            s = _text(el).strip()
            if s in first_of and el.getparent() is not None:
                _replace(el, _REF + chr(_INDEX + first_of[s]))
            elif s in ("(", ")"):
                _replace(el, "")
        else:
            _replace(el, " ")
    return notes


def _replace(el: etree._Element, text: str) -> None:
    """Replace ``el`` by ``text`` (keeping its tail) in its parent's text flow."""
    parent = el.getparent()
    if parent is None:
        return
    tail = text + (el.tail or "")
    prev = el.getprevious()
    if prev is not None:
        prev.tail = (prev.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(el)


def _link_holders(root: etree._Element) -> set[etree._Element]:
    """The links of the document and the elements that hold them (their ancestors).

    `_Gather.walk` looks for links only under these: most elements hold none, and a tag
    iterator costs more to set up than the text costs to read. The set keeps the elements'
    proxies alive, so the walk meets the very objects it holds.
    """
    holders: set[etree._Element] = set()
    for link in root.iter(T_LINK):
        el: etree._Element | None = link
        while el is not None and el not in holders:  # a holder's ancestors are all in already
            holders.add(el)
            el = el.getparent()
    return holders


class _Gather:
    """Text pieces and links of one clause or heading, as they are read."""

    __slots__ = ("holders", "links", "parts")

    def __init__(self, holders: set[etree._Element]) -> None:
        self.holders = holders  # the elements that hold links (`_link_holders`)
        self.parts: list[str] = []
        self.links: list[tuple[str, str]] = []

    def walk(self, el: etree._Element) -> None:
        """Append the text of ``el`` (without its tail) and its links."""
        if self.parts:
            self.parts.append(" ")
        self.parts.append(_text(el))
        if el in self.holders:
            self.links += _links(el)

    def text(self) -> str:
        """The clean text so far, without markers."""
        return _strip_markers("".join(self.parts))


def finish(raw: str, notes: Sequence[_Note]) -> tuple[str, tuple[tuple[str, int], ...], list[int]]:
    """Collapse white space and turn marker characters into anchors.

    Args:
        raw: gathered text, with marker characters where footnote markers stood.
        notes: the document's notes (marker ``i`` is ``notes[i]``).

    Returns:
        The clean text; ``(mark, offset)`` anchors, the offset being where the marker stood
        (right after the word it follows); and the indexes of the notes that stood here.
    """
    norm = clean_text(raw)
    if not _has_markers(norm):
        return norm, (), []
    text = ""
    anchors: list[tuple[str, int]] = []
    owned: list[int] = []
    pos = 0
    for at, flag, i in _markers(norm):
        seg = norm[pos:at]
        if text.endswith(" ") and seg.startswith(" "):
            seg = seg[1:]
        text += seg
        if i < len(notes):
            anchors.append((notes[i].mark, len(text.rstrip(" "))))
            if flag == _NOTE:
                owned.append(i)
        pos = at + 2
    seg = norm[pos:]
    if text.endswith(" ") and seg.startswith(" "):
        seg = seg[1:]
    text += seg
    lead = len(text) - len(text.lstrip(" "))
    text = text.strip(" ")
    fixed = tuple((mk, min(max(off - lead, 0), len(text))) for mk, off in anchors)
    return text, fixed, owned


def plain(el: etree._Element | None) -> str:
    """The clean text of an element, without footnote markers, or ``""``."""
    if el is None:
        return ""
    return _strip_markers(_text(el))


def _lead_of(p: etree._Element, bold_leads: bool) -> str | None:
    """The italic (Chinese: bold) spans at the very start of ``p``, joined: the lead as printed.

    Consecutive lead spans separated only by white space are joined ("Calls" + "upon"); letters
    glued to the end of the last span complete its word ("Rappelan" + "t"), when that span ends
    with a letter of a spaced script: Chinese prints no space after a lead ("认识到" + "COVID").
    """
    head = p.text
    if head and not head.isspace():
        head = drop_invisible(head)
        if head and not head.isspace() and not INLINE_NUM.fullmatch(head):
            return None
    parts: list[str] = []
    for child in p:
        if child.tag != T_SPAN:
            break
        cls = child.get("class") or ""
        if "italic" not in cls and not (bold_leads and "bold" in cls):
            break
        parts.append(child.text or "" if len(child) == 0 else _text(child))
        tail = child.tail
        if tail and not tail.isspace():
            glued = _GLUED_WORD.match(tail)
            if glued and parts[-1] and _GLUED_WORD.match(parts[-1][-1]):  # not after "认识到"
                parts.append(glued.group(0))
            break
        if tail:
            parts.append(tail)
    if not parts:
        return None
    return _clean_lead("".join(parts))


@lru_cache(maxsize=4096)
def _clean_lead(raw: str) -> str | None:
    """The lead as printed, from the raw text of its spans (leads repeat from clause to clause)."""
    return _strip_markers(raw).strip(_LEAD_EDGE) or None


# ================================================================================================
# Drafts
# ================================================================================================
class _Draft:
    """A clause being built: its text pieces (with markers), links and items."""

    __slots__ = ("items", "lead", "links", "number", "part", "parts", "section")

    def __init__(
        self, section: str, number: str | None, lead: str | None, part: str | None
    ) -> None:
        self.section = section
        self.number = number
        self.lead = lead
        self.part = part
        self.parts: list[str] = []
        self.items: list[str] = []
        self.links: list[tuple[str, str]] = []

    def add(self, g: _Gather) -> None:
        """Append what ``g`` gathered to this clause."""
        if self.parts and g.parts:
            self.parts.append(" ")
        self.parts += g.parts
        self.links += g.links


@dataclass
class AknDocument:
    """What the markup says, before `assemble` analyses it (see `extract`)."""

    source: str
    language: str | None
    header: dict[str, Any]
    drafts: list[Any]
    footnotes: list[Footnote]
    links: list[Citation]
    furniture: list[Furniture]
    unassigned: list[str]
    warnings: list[str]
    accounting: dict[str, int]


class _Reader:
    """One document's walk: statements → drafts, headings, furniture."""

    def __init__(self, language: str | None, holders: set[etree._Element]) -> None:
        self.bold_leads = language == "zh"
        self.holders = holders  # the elements that hold links (`_link_holders`)
        self.drafts: list[_Draft] = []
        self.pending: list[str] = []  # heading texts (with markers) given to the next clause
        self.pending_links: list[tuple[str, str]] = []
        self.headings: list[tuple[int, str]] = []  # (index of the next draft, heading raw text)
        self.furniture: list[Furniture] = []
        self.unassigned: list[str] = []
        self.warnings: list[str] = []
        self.organ_texts: list[str] = []
        self.annex_notes: set[int] = set()  # notes of annexes: they belong to no clause
        self.open_list = False  # the last operative paragraph ends with a colon
        self.numbered_seen = False  # a numbered operative paragraph was read in this statement
        self.part: str | None = None
        self.group_label: str | None = None

    # --- helpers --------------------------------------------------------------------------------
    def new(self, section: str, number: str | None, lead: str | None, g: _Gather) -> _Draft:
        d = _Draft(section, number, lead, self.part or self.group_label)
        d.add(g)
        self.drafts.append(d)
        return d

    def heading(self, kind: str, g: _Gather, prefix: str = "") -> None:
        raw = "".join(g.parts)
        text = _strip_markers(prefix + raw)
        if text:
            self.furniture.append(Furniture(kind, text))
        if _has_markers(raw) or g.links:
            self.headings.append((len(self.drafts), raw))
            self.pending_links += g.links

    # --- statements -----------------------------------------------------------------------------
    def statement(self, st: etree._Element, part: str | None) -> None:
        self.part = part
        self.numbered_seen = False
        self.group_label = None
        children = [c for c in st if isinstance(c.tag, str)]
        tags = [c.tag for c in children]
        for i, el in enumerate(children):
            tag = el.tag
            if tag == T_PREAMBLE:
                self.preamble(el)
            elif tag == T_MAINBODY:
                # A body that a later preamble follows holds misplaced preambular paragraphs.
                self.body(el, preamble_like=T_PREAMBLE in tags[i + 1 :])
            elif tag == T_PREFACE and part is not None:
                g = _Gather(self.holders)
                g.walk(el)
                self.heading("part", g)
            elif tag == T_ATTACHMENTS:
                raw = _text(el)
                self.annex_notes.update(_note_indexes(raw))
                text = _strip_markers(raw)
                if text:
                    self.furniture.append(Furniture("annex", text))

    # --- preamble -------------------------------------------------------------------------------
    def preamble(self, pre: etree._Element) -> None:
        for el in pre:
            tag = el.tag
            if tag == T_CONTAINER:
                self.container(el)
            elif tag == T_FORMULA:
                text = plain(el)
                if text:
                    self.organ_texts.append(text)
            elif tag == T_BLOCKLIST and self.drafts:
                self.block_list(el, self.drafts[-1])
            elif tag == T_CROSSHEADING:
                self.cross_heading(el)
            elif isinstance(tag, str):
                g = _Gather(self.holders)
                g.walk(el)
                self.heading("heading", g)

    def container(self, el: etree._Element) -> None:
        g = _Gather(self.holders)
        lead: str | None = None
        block: etree._Element | None = None
        for ch in el:
            if ch.tag == T_P:
                if lead is None and not g.parts:
                    lead = _lead_of(ch, self.bold_leads)
                g.walk(ch)
            elif ch.tag == T_BLOCKLIST:
                block = ch
            elif isinstance(ch.tag, str):
                g.walk(ch)
        if lead is None:
            lead = (el.get("name") or "").strip(_LEAD_EDGE) or None
        d = self.new("preamble", None, lead, g)
        if block is not None:
            self.block_list(block, d)

    def block_list(self, bl: etree._Element, d: _Draft) -> None:
        for ch in bl:
            if not isinstance(ch.tag, str):
                continue
            g = _Gather(self.holders)
            g.walk(ch)
            if ch.tag == T_ITEM:
                d.items.append(g.text())
            d.add(g)

    def cross_heading(self, el: etree._Element) -> None:
        """A ``crossHeading``: a preambular paragraph of a budget section, or a heading."""
        g = _Gather(self.holders)
        g.walk(el)
        if el.get("refersTo") == "#preamble":
            self.new("preamble", None, _lead_of(el, self.bold_leads), g)
        else:
            self.heading("heading", g)

    # --- operative part -------------------------------------------------------------------------
    def body(self, body: etree._Element, *, preamble_like: bool = False) -> None:
        for el in body:
            tag = el.tag
            if tag in (T_PARAGRAPH, T_ALINEA):
                self.paragraph(el, preamble_like)
            elif tag in GROUPS:
                self.group(el, preamble_like)
            elif tag == T_CROSSHEADING:
                self.cross_heading(el)
            elif tag in (T_HEADING, T_SUBHEADING, T_NUM):
                g = _Gather(self.holders)
                g.walk(el)
                self.heading("heading", g)
            elif tag == T_CONTAINER:
                g = _Gather(self.holders)
                g.walk(el)
                kind = "table" if _descendant(el, T_TABLE) is not None else "heading"
                self.heading(kind, g)
            elif isinstance(tag, str):
                g = _Gather(self.holders)
                g.walk(el)
                text = g.text()
                if text:
                    self.unassigned.append(text)
                    self.warnings.append(f"unexpected <{etree.QName(el).localname}> in the body")

    def group(self, grp: etree._Element, preamble_like: bool) -> None:
        num = _child(grp, T_NUM)
        label = clean_text(num.text or "").rstrip(".") if num is not None and num.text else None
        outer = self.group_label
        parent = grp.getparent()
        if label and self.part is None and parent is not None and parent.tag == T_MAINBODY:
            self.group_label = label  # budget resolutions: sections I, II... are the parts
        self.body(grp, preamble_like=preamble_like)
        self.group_label = outer

    def paragraph(self, para: etree._Element, preamble_like: bool) -> None:
        num: str | None = None
        body: list[etree._Element] = []  # content, p, alinea, list, point: in document order
        heads: list[etree._Element] = []
        for ch in para:
            tag = ch.tag
            if tag == T_NUM:
                num = ch.text or ""
            elif tag in _TEXTUAL or tag in (T_LIST, T_POINT):
                body.append(ch)
            elif tag in (T_HEADING, T_SUBHEADING, T_CROSSHEADING):
                heads.append(ch)
        for ch in heads:  # headings first: they precede the text they introduce
            if ch.tag == T_CROSSHEADING:
                self.cross_heading(ch)
            elif body:
                hg = _Gather(self.holders)
                hg.walk(ch)
                self.heading("heading", hg)
        if not body:  # a heading: num, heading or subheading only
            g = _Gather(self.holders)
            for ch in heads:
                if ch.tag != T_CROSSHEADING:
                    g.walk(ch)
            self.heading("heading", g, prefix=f"{num} " if num else "")
            return

        first = body[0]
        if first.tag == T_P:
            first_p: etree._Element | None = first
        elif first.tag == T_LIST:
            intro = _child(first, T_INTRO)
            first_p = _child(intro, T_P) if intro is not None else None
        else:
            first_p = _child(first, T_P)
            if first_p is None:  # alinea/content
                inner = _child(first, T_CONTENT)
                first_p = _child(inner, T_P) if inner is not None else None
        lead = _lead_of(first_p, self.bold_leads) if first_p is not None else None

        g = _Gather(self.holders)
        items: list[str] = []
        for ch in body:
            if ch.tag in (T_LIST, T_POINT):
                self.list_items(ch, g, items)
            else:
                g.walk(ch)

        number: str | None = None
        kind = "clause"
        if num is not None and num.strip():
            m = OP_NUM.match(num)
            if m:
                number = m.group("n")
            elif num.strip() == "l.":  # a lower-case L typed for the digit one
                number = "1"
            elif ITEM_NUM.match(num):
                kind = "item"
            elif HEADING_NUM.match(num) and lead is None and not _ends_clause(g):
                kind = "heading"
            else:
                number = num.strip().rstrip(".")
        else:
            g.parts = [drop_invisible(p) for p in g.parts]
            head_text = _head_text(g.parts)
            m = INLINE_NUM.match(head_text)
            if m and (lead is not None or _DOTTED_NUM.match(head_text)):
                number = m.group("n")
                _drop_prefix(g.parts, m.end())
            elif ITEM_TEXT.match(head_text):
                kind = "item"
            elif lead is None and not items and not _ends_clause(g):
                kind = "heading"
            elif lead is None and self.drafts and head_text[:1].islower():
                kind = "continuation"  # "and demands that ...": the rest of the last paragraph
            elif lead is None and self.open_list:
                kind = "item"  # an unlabelled item after a paragraph that ends with a colon

        if kind == "heading":
            self.heading("heading", g, prefix=f"{num} " if num else "")
            return
        if kind in ("item", "continuation") and self.drafts and not preamble_like:
            target = self.drafts[-1]
            text = g.text()
            if kind == "item":
                label = clean_text(num or "")
                target.items.append(f"{label} {text}".strip() if label else text)
                if label:
                    g.parts.insert(0, label + " ")
                # a list stays open while its items end with ";" or ":" (not with ".")
                self.open_list = self.open_list and text.endswith((";", ":", "；", "：", "؛"))
            target.items += items
            target.add(g)
            return
        if number is None and (
            preamble_like or (not self.numbered_seen and _last_char(g.parts) in _PP_END)
        ):
            # Preambular paragraphs end with a comma, operative ones with ";" or ".": an
            # unnumbered paragraph before the first numbered one that ends with a comma, or one
            # in a mainBody that another preamble follows, is a preambular paragraph.
            d = self.new("preamble", None, lead, g)
            self.warnings.append(
                "a preambular paragraph (it ends with a comma, or a preamble follows it) is "
                "marked up as a paragraph of mainBody; read as preambular"
            )
        else:
            d = self.new("operative", number, lead, g)
            self.numbered_seen = self.numbered_seen or number is not None
        d.items += items
        self.open_list = d.section == "operative" and _last_char(g.parts) in (":", "：")

    def list_items(self, lst: etree._Element, g: _Gather, items: list[str]) -> None:
        """Gather a ``list`` (intro, points, sublists, wrap-up) into ``g``; items into ``items``."""
        if lst.tag == T_POINT:
            self.point(lst, g, items)
            return
        for ch in lst:
            tag = ch.tag
            if tag == T_POINT:
                self.point(ch, g, items)
            elif tag in (T_SUBLIST, T_LIST):
                self.list_items(ch, g, items)
            elif isinstance(tag, str):
                g.walk(ch)

    def point(self, pt: etree._Element, g: _Gather, items: list[str]) -> None:
        sub: list[etree._Element] = []
        ig = _Gather(self.holders)
        for ch in pt:
            tag = ch.tag
            if tag in (T_SUBLIST, T_LIST):
                sub.append(ch)
            elif isinstance(tag, str):
                ig.walk(ch)
        items.append(ig.text())
        if g.parts and ig.parts:
            g.parts.append(" ")
        g.parts += ig.parts
        g.links += ig.links
        for s in sub:
            self.list_items(s, g, items)


def _child(el: etree._Element, tag: str) -> etree._Element | None:
    """The first child of ``el`` with this tag (faster than ``find`` for one level)."""
    for ch in el:
        if ch.tag == tag:
            return ch
    return None


def _descendant(el: etree._Element, tag: str) -> etree._Element | None:
    """The first element under ``el`` with this tag, in document order (``find(".//tag")``,
    without the cost of ElementPath).
    """
    for d in el.iterdescendants(tag):
        return d
    return None


def _head_text(parts: Sequence[str]) -> str:
    out = ""
    for p in parts:
        out += p
        if len(out) > 40:
            break
    return out.lstrip()


def _drop_prefix(parts: list[str], n: int) -> None:
    """Remove the first ``n`` characters of the text after its leading white space."""
    i = 0
    while i < len(parts) and not parts[i].strip():
        parts[i] = ""
        i += 1
    while i < len(parts) and n > 0:
        stripped = parts[i].lstrip()
        if len(stripped) >= n:
            parts[i] = stripped[n:]
            return
        n -= len(stripped)
        parts[i] = ""
        i += 1


def _last_char(parts: Sequence[str]) -> str:
    """The last visible character of the gathered text (markers and spaces skipped).

    Read backwards one character at a time: the answer is almost always the very last one, and
    however much white space or how many markers trail the text, none of it is cleaned.
    """
    for p in reversed(parts):
        for c in reversed(p):
            if not (c.isspace() or c in _INVISIBLE_CHARS or "\U000f0000" <= c <= "\U000ffffd"):
                return c
    return ""


def _ends_clause(g: _Gather) -> bool:
    return _last_char(g.parts) in _CLAUSE_END


# ================================================================================================
# Header
# ================================================================================================
def language_of(root: etree._Element) -> str | None:
    """The document's language from its first ``FRBRExpression/FRBRlanguage`` (ISO 639-1)."""
    for el in root.iter():  # not iter(tag): it looks ahead for the next match, to the end
        if el.tag == T_FRBRLANGUAGE:
            code = (el.get("language") or "").strip().lower()
            return LANGUAGES.get(code, code[:2] or None)
    return None


#: The cover-page elements `_header` reads (lxml skips the others in C).
_COVER_TAGS = (T_DOCNUMBER, T_SESSION, T_INLINE, T_DOCDATE, T_DOCAUTHORITY, T_DOCPROPONENT)


def _proponents(by: str) -> tuple[list[str], str | None]:
    """The sponsors of a draft and on whose behalf the first acts, from the workflow's ``by``
    (in English in every language); a person named before "submitted by" follows the office
    they hold, as on the draft ("the Rapporteur of the Committee, France Cassar (Malta)")."""
    by = _WAS_SUBMITTED.sub("", by)
    person = _PERSON_FIRST.match(by)
    sponsors, behalf = split_sponsors(by[person.end() :] if person else by, "en")
    if person and len(sponsors) == 1:
        sponsors = [f"{sponsors[0]}, {person.group('person')}"]
    return sponsors, behalf


def _header(doc: etree._Element, source: str) -> dict[str, Any]:
    """Header fields for `assemble`, from coverPage, preface, meta and conclusions."""
    h: dict[str, Any] = {
        "source": source,
        "doc_type": "adopted resolution",
        "sponsors": [],
        "session_inferred": False,
    }
    cover = _child(doc, T_COVER)
    meta = _child(doc, T_META)
    if meta is not None:
        ident = _child(meta, T_IDENTIFICATION)
        if ident is not None:
            work = _child(ident, T_FRBRWORK)
            if work is not None:
                for el in work:
                    if el.tag == T_FRBRDATE and el.get("name") == "adoption":
                        if _real_date(el.get("date")):
                            h["date"] = el.get("date")
                    elif el.tag == T_FRBRAUTHOR and el.get("href"):
                        h["body"] = BODIES.get(el.get("href", "").strip("#").lower())
        wf = _child(meta, T_WORKFLOW)
        if wf is not None:
            for step in wf.iter(T_STEP):
                if step.get("outcome") == "draftResolution" and step.get("by"):
                    sponsors, behalf = _proponents(clean_text(step.get("by") or ""))
                    h["sponsors"] = sponsors
                    if behalf:
                        h["on_behalf_of"] = behalf
                    h["draft_symbol"] = step.get("as")
                    break
    if cover is not None:
        for el in cover.iter(_COVER_TAGS):
            tag = el.tag
            if tag == T_DOCNUMBER and "symbol" not in h:
                h["symbol"] = plain(el)
            elif tag == T_SESSION and el.get("value"):
                with contextlib.suppress(ValueError):
                    h["session"] = int(el.get("value", "").strip())
            elif tag == T_INLINE:
                name = el.get("name")
                if name == "agenda item":
                    # the printed text when it names more items than the title attribute
                    # ("Points 15 et 119" with title="15")
                    items = agenda_items(el.get("title") or "")
                    printed = agenda_items(plain(el))
                    if printed and (not items or printed.count(",") > items.count(",")):
                        items = printed
                    if items:
                        h["agenda_item"] = items
                elif name == "adoptionMeeting":
                    h["meeting"] = plain(el)
            elif tag == T_DOCDATE and _real_date(el.get("date")):
                if el.get("refersTo") == "#adoptionDate":
                    h.setdefault("date", el.get("date"))
                elif el.get("refersTo") == "#dateOfIssuance":
                    h.setdefault("issue_date", el.get("date"))
            elif tag == T_DOCAUTHORITY and el.get("refersTo") == "#issuingBody":
                h.setdefault("issuing_body", plain(el))
            elif tag == T_DOCPROPONENT:
                h["proponent"] = plain(el)
    preface = _child(doc, T_PREFACE)
    # The masthead as printed: one line per paragraph of the cover page, then the preface's
    # "78/104. Title" line, the text a PDF of the resolution would open with.
    lines = [line for el in (cover, preface) if el is not None for line in _masthead_lines(el)]
    if lines:
        h["header"] = "\n".join(lines)
    if preface is not None:
        title = _descendant(preface, T_DOCTITLE)
        if title is not None:
            h["title"] = plain(title) or None
        number = _descendant(preface, T_DOCNUMBER)
        if number is not None:
            h["number"] = plain(number).rstrip(".")
    sym = h.get("symbol") or ""
    if "/PRST/" in sym.upper():
        # (the Security Council's by definition: a file may name another author)
        h["doc_type"] = "presidential statement"
        h["body"] = "Security Council"
    return h


def _real_date(value: str | None) -> bool:
    """Whether a date of the markup is real: some files hold a placeholder, ``0001-01-01``."""
    return bool(value) and value[:2] in {"19", "20"}  # type: ignore[index]


def _masthead_lines(el: etree._Element) -> list[str]:
    """The printed lines of a cover page or preface: one per paragraph, and the part letter of
    a composite resolution ("B", a `docNumber` after the title) on a line of its own.
    """
    lines: list[str] = []
    for p in el.iter(T_P):
        titled = False
        pieces: list[str] = [p.text or ""]
        for ch in p:
            if ch.tag == T_DOCNUMBER and titled:
                lines.append(_strip_markers("".join(pieces)))
                pieces = []
            titled = titled or ch.tag == T_DOCTITLE
            pieces += [_text(ch), ch.tail or ""]  # (notes were taken out: `_prepare_notes`)
        lines.append(_strip_markers("".join(pieces)))
    return [clean_text(line) for line in lines if line.strip()]


#: The header fields the accounting counts when the document has no masthead.
_HEADER_FIELDS = ("symbol", "title", "organ_text", "proponent")


def _closing(conclusions: Sequence[etree._Element], h: dict[str, Any]) -> None:
    texts: list[str] = []
    for con in conclusions:
        text = plain(con)
        if text:
            texts.append(text)
        for el in con.iter(T_INLINE, T_DOCDATE):
            if el.tag == T_INLINE and el.get("name") == "adoptionMeeting" and "meeting" not in h:
                h["meeting"] = plain(el)
            elif el.tag == T_DOCDATE and "date" not in h and _real_date(el.get("date")):
                h["date"] = el.get("date")
    if texts:
        uniq = list(dict.fromkeys(texts))
        h["closing"] = " ".join(uniq)


# ================================================================================================
# Links → citations
# ================================================================================================
@lru_cache(maxsize=65536)
def link_symbol(href: str) -> str | None:
    """The document symbol a link points at, or ``None`` for links outside the UN's ODS.

    ``https://undocs.org/en/A/RES/75/101a-b`` → ``A/RES/75/101A-B``;
    ``https://undocs.org/S/RES/2334%20(2016)`` → ``S/RES/2334 (2016)``.
    """
    m = UNDOCS.search(href)
    if not m:
        return None
    sym = m.group("symbol") or ""
    final = _FINAL_SYMBOL.search(m.group("query") or "")
    if final:
        sym = final.group("symbol").replace("+", " ")
    elif sym.lower().startswith("home/"):
        return None
    sym = _SYMBOL_SPACE.sub(" ", unquote(sym)).strip().upper()
    if not sym:
        return None
    return _normalize_symbol(sym)


@lru_cache(maxsize=65536)
def _normalize_symbol(symbol: str) -> str:
    """Canonical symbol spelling (`helpers.citations.normalize_symbol`)."""
    return normalize_symbol(symbol) or symbol


_YEAR_IN_SYMBOL = re.compile(r"\((?P<y>(?:19|20)\d\d)\)\s*$")


@lru_cache(maxsize=65536)
def _classify(symbol: str) -> tuple[str, str, str, int | None]:
    """Kind, body, number and year of a linked symbol, read as `helpers.citations` reads it.

    Falls back on the symbol's series (``/RES/``, ``/DEC/``) when the citation finder does not
    recognise it.
    """
    for c in find_citations(symbol, language=None):
        if c.span is not None and c.span.start == 0 and c.span.end >= len(symbol) - 1:
            return c.kind, c.body, c.number, c.year
    kind = "resolution" if "/RES/" in symbol else "decision" if "/DEC/" in symbol else "document"
    body = "other"
    for prefix, name in (
        ("A/HRC/", "Human Rights Council"),
        ("A/", "General Assembly"),
        ("S/", "Security Council"),
        ("E/", "ECOSOC"),
    ):
        if symbol.startswith(prefix):
            body = name
            break
    year = _YEAR_IN_SYMBOL.search(symbol)
    return kind, body, symbol, int(year.group("y")) if year else None


@lru_cache(maxsize=65536)
def linked_citation(
    href: str, text: str, clause: str | None, footnote: str | None
) -> Citation | None:
    """A `Citation` for one hyperlink (``linked=True``), or ``None`` when it is not an ODS link.

    The same link recurs in the same clause of many documents (``A/RES/70/1`` in ``PP2`` of
    every language version), so the (frozen) citations are cached and shared.

    Args:
        href: the link target.
        text: the link text as printed (``"60/21"``).
        clause: the id of the clause that holds the link.
        footnote: the mark of the footnote that holds it, if any.

    Returns:
        The citation: its symbol is the link's (canonical form), its kind, body, number and
        year are read from the symbol.
    """
    symbol = link_symbol(href)
    if symbol is None:
        return None
    kind, body, number, year = _classify(symbol)
    return Citation(
        kind=kind,
        body=body,
        number=number,
        symbol=symbol,
        date=None,
        year=year,
        date_source="symbol" if year is not None else None,
        clause=clause,
        footnote=footnote,
        text=clean_text(text),
        item=symbol,
        linked=True,
    )


# ================================================================================================
# Reading
# ================================================================================================
def _statements(root: etree._Element) -> Iterator[tuple[etree._Element, str | None]]:
    """The resolution statements of a document with their part letter (composites)."""
    doc = _main(root)
    if doc is None:
        return
    if doc.tag == T_STATEMENT:
        yield doc, None
        return
    comps = _child(root, T_COMPONENTS)
    labels: dict[str, str] = {}
    body = _child(doc, T_COLLECTIONBODY)
    if body is not None:
        for ref in body.iter(T_DOCREF):
            show = (ref.get("showAs") or "").strip()
            labels[(ref.get("href") or "").lstrip("#")] = show.split()[-1] if show else ""
    if comps is None:
        return
    for i, comp in enumerate(c for c in comps if c.tag == T_COMPONENT):
        st = _child(comp, T_STATEMENT)
        if st is None:
            continue
        part = None
        pre = _child(st, T_PREFACE)
        if pre is not None:
            num = _descendant(pre, T_DOCNUMBER)
            if num is not None:
                part = plain(num).rstrip(".") or None
        part = part or labels.get(comp.get("eId") or "") or chr(ord("A") + i)
        yield st, part


def _main(root: etree._Element) -> etree._Element | None:
    for ch in root:
        if ch.tag == T_STATEMENT or ch.tag == T_COLLECTION:
            return ch
    return None


def extract(root: etree._Element, *, source: str) -> AknDocument:
    """Read the structure of a parsed AKN4UN document (no lexicon analysis).

    The tree is modified: footnotes are taken out of the text flow (see `_prepare_notes`).

    Args:
        root: the ``akomaNtoso`` element.
        source: the document's name, for messages and the ``source`` field.

    Returns:
        The drafts, footnotes, linked citations, header, furniture and warnings.

    Raises:
        XMLError: the XML is not AKN4UN (another root, or no resolution in it).
    """
    if root.tag != T_AKN:
        name = etree.QName(root).localname if isinstance(root.tag, str) else str(root.tag)
        raise XMLError(f"not AKN4UN: the root element is <{name}>, not <akomaNtoso>", source)
    doc = _main(root)
    if doc is None:
        raise XMLError("not AKN4UN: no <statement> or <documentCollection> in <akomaNtoso>", source)

    language = language_of(root)
    notes = _prepare_notes(root)
    header = _header(doc, source)
    reader = _Reader(language, _link_holders(root))
    conclusions: list[etree._Element] = []
    for st, part in _statements(root):
        reader.statement(st, part)
        conclusions += [c for c in st if c.tag == T_CONCLUSIONS]
    if doc.tag == T_COLLECTION:
        conclusions += [c for c in doc if c.tag == T_CONCLUSIONS]
    _closing(conclusions, header)
    if "date" not in header and header.get("issue_date"):
        header["date"] = header["issue_date"]  # as the text parser dates a text with no other
    if reader.organ_texts:
        header["organ_text"] = reader.organ_texts[0]
    if not header.get("body") and reader.organ_texts:
        header["body"] = _body_of(reader.organ_texts[0])

    # Clause ids as `assemble` gives them, to attach footnotes and links.
    ids: list[str] = []
    n_pp = n_op = 0
    for d in reader.drafts:
        if d.section == "preamble":
            n_pp += 1
            ids.append(f"PP{n_pp}")
        else:
            n_op += 1
            ids.append(f"OP{n_op}")
    owner: dict[int, str | None] = {}
    drafts: list[ClauseDraft] = []
    links: list[Citation] = []
    chars_clause = 0
    for d, cid in zip(reader.drafts, ids, strict=True):
        text, anchors, owned = finish("".join(d.parts), notes)
        chars_clause += len(text)
        for i in owned:
            owner.setdefault(i, cid)
        drafts.append(
            ClauseDraft(
                section=d.section,  # type: ignore[arg-type]
                number=d.number,
                text=text,
                lead_text=d.lead,
                items=tuple(filter(None, d.items)) if d.items else (),
                anchors=anchors,
                part=d.part,
            )
        )
        for href, ltext in d.links:
            c = linked_citation(href, ltext, cid, None)
            if c is not None:
                links.append(c)
    # Notes of headings belong to the clause the heading introduces (else the last one).
    for at, raw in reader.headings:
        cid = ids[at] if at < len(ids) else (ids[-1] if ids else None)
        for i in _note_indexes(raw):
            owner.setdefault(i, cid)
    for href, ltext in reader.pending_links:
        c = linked_citation(href, ltext, ids[-1] if ids else None, None)
        if c is not None:
            links.append(c)
    # Notes of the cover page and preface (title notes) belong to the header.
    footnotes: list[Footnote] = []
    for i, note in enumerate(notes):
        if i in reader.annex_notes:
            footnotes.append(Footnote(note.mark, note.text, None))
            continue
        cid = owner.get(i, "header")
        footnotes.append(Footnote(note.mark, note.text, cid))
        for href, ltext in note.links:
            c = linked_citation(href, ltext, cid, note.mark)
            if c is not None:
                links.append(c)

    warnings = list(reader.warnings)
    if not drafts:
        warnings.append("no preambular or operative paragraph in the markup")
    elif n_op == 0:
        warnings.append("no operative paragraph in the markup")
    # The masthead holds the symbol, title and proponent; without one, count those fields.
    in_header = ("header", "organ_text") if header.get("header") else _HEADER_FIELDS
    header_chars = sum(len(str(header.get(k) or "")) for k in in_header)
    furn = reader.furniture
    accounting = {
        "header": header_chars,
        "clause": chars_clause,
        "footnote": sum(len(n.text) for n in notes),
        "closing": len(header.get("closing") or ""),
        "annex": sum(len(f.text) for f in furn if f.kind == "annex"),
        "furniture": sum(len(f.text) for f in furn if f.kind != "annex"),
        "unassigned": sum(len(u) for u in reader.unassigned),
    }
    accounting["total"] = sum(accounting.values())
    if reader.unassigned:
        warnings.append(f"{len(reader.unassigned)} elements could not be assigned to any part")
    return AknDocument(
        source=source,
        language=language,
        header=header,
        drafts=drafts,
        footnotes=footnotes,
        links=links,
        furniture=furn,
        unassigned=reader.unassigned,
        warnings=warnings,
        accounting=accounting,
    )


def _body_of(organ_text: str) -> str | None:
    """The body named by the acting-organ line (``data/reference/organs.csv``), if known."""
    return body_of(organ_text)


def read_akn(data: bytes, *, source: str) -> Resolution:
    """Read an AKN4UN resolution (XML bytes) into a `Resolution`.

    Args:
        data: the XML bytes.
        source: the document's name (file path or ``zip:member``), for messages and ``source``.

    Returns:
        The resolution, analysed by `helpers.parse.assemble` like every other input format.

    Raises:
        EmptyDocumentError: the bytes are empty.
        UnsafeInputError: the XML declares entities.
        XMLError: malformed or truncated XML, or XML that is not AKN4UN.
    """
    root = parse_xml(data, source=source)
    doc = extract(root, source=source)
    return assemble(
        drafts=doc.drafts,
        footnotes=doc.footnotes,
        header=doc.header,
        language=doc.language,
        linked_citations=doc.links,
        warnings=doc.warnings,
        fmt="akn",
        furniture=doc.furniture,
        unassigned=doc.unassigned,
        accounting=doc.accounting,
    )
