"""DOCX reader: a Word (.docx) resolution's bytes in, `Extracted` text in the seed's layout out.

Named ``word`` so that it does not shadow python-docx's ``docx`` package.

What Word knows for certain is kept:

- **paragraphs**: each body paragraph (also inside tables and content controls) starts a line
  indented by one space; a manual line break inside it starts an unindented continuation line;
- **numbering**: python-docx does not render list numbers, so the reader follows ``w:numPr`` (on
  the paragraph or inherited from its style) through ``word/numbering.xml`` and writes the label
  itself (``1.``, ``(a)``, ``ii.``) with its own counters, restarting deeper levels;
- **italics**: direct, character-style and paragraph-style italics; the italic run that opens a
  paragraph after its number is returned in `Extracted.italics`;
- **footnotes**: ``word/footnotes.xml`` is read from the package with a hardened lxml parser (no
  entities, no network, no DTD). References become superscript digits glued to the preceding word,
  numbered in order of reference as Word does; a custom mark (``w:customMarkFollows``, e.g. ``*``)
  is kept as printed. All footnotes are written at the end of the document, after one line of
  underscores, one footnote a line (``" N text"``): a Word file has no pages, and the end of the
  document is where the last page's footnotes sit in a PDF. Endnotes, rare in resolutions, are
  numbered in the same sequence and written with the footnotes;
- **furniture**: headers, footers and text boxes are not body text; they are returned as
  `Furniture` records (``header``, ``footer``, ``text_box``). Deleted tracked changes are skipped;
  field codes are skipped but their results kept.

Bad files raise `ParseError` naming the file: not a zip, no ``word/document.xml``, an encrypted or
legacy Word file, a zip bomb or unsafe member names (`UnsafeInputError`), damaged XML.
"""

from __future__ import annotations

import contextlib
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from helpers.errors import EmptyDocumentError, ParseError, UnsafeInputError
from helpers.models import Furniture
from helpers.textfile import Extracted, strip_controls

__all__ = ["extract_docx"]

#: The line written before the footnotes (as in the seed).
SEPARATOR = "_" * 18

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")

#: Limits against zip bombs: total uncompressed size, and expansion ratio of any member.
_MAX_TOTAL = 256 * 1024 * 1024
_MAX_RATIO = 200

_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


# --------------------------------------------------------------------------------------------
# Package checks
# --------------------------------------------------------------------------------------------


def _check_package(data: bytes, source: str) -> None:
    """Refuse data that is not a sane DOCX zip before python-docx opens it."""
    if not data.strip():
        raise EmptyDocumentError("empty file", source)
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise ParseError(
            "not a DOCX: an encrypted (password-protected) or legacy .doc Word file", source
        )
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        raise ParseError(f"not a DOCX: not a valid zip archive ({exc})", source) from exc
    total = 0
    for info in infos:
        name = info.filename
        if name.startswith(("/", "\\")) or ".." in name.replace("\\", "/").split("/"):
            raise UnsafeInputError(f"unsafe member name in DOCX package: {name!r}", source)
        total += info.file_size
        # zipfile never inflates a member past its declared size, so declared sizes bound it.
        ratio = info.file_size / info.compress_size if info.compress_size else 0
        if ratio > _MAX_RATIO and info.file_size > 1024 * 1024:
            raise UnsafeInputError(f"zip bomb: {name} expands {int(ratio)}-fold", source)
    if total > _MAX_TOTAL:
        raise UnsafeInputError(f"DOCX expands to {total} bytes (limit {_MAX_TOTAL})", source)
    if "word/document.xml" not in {i.filename for i in infos}:
        raise ParseError("not a DOCX: the package has no word/document.xml", source)


def _safe_xml(blob: bytes) -> Any:
    """Parse XML refusing entities, DTDs and network access."""
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    return etree.fromstring(blob, parser=parser)


# --------------------------------------------------------------------------------------------
# Numbering
# --------------------------------------------------------------------------------------------


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."


@dataclass
class _Numbering:
    """List definitions from numbering.xml and the running counters."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # abstract id -> levels
    nums: dict[str, str] = field(default_factory=dict)  # numId -> abstract id
    overrides: dict[str, dict[int, int]] = field(default_factory=dict)  # numId -> start overrides
    counters: dict[str, dict[int, int]] = field(default_factory=dict)  # abstract id -> counts
    used: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, root: Any) -> _Numbering:
        out = cls()
        if root is None:
            return out
        for absn in root.iter(_w("abstractNum")):
            aid = absn.get(_w("abstractNumId"), "")
            levels: dict[int, _Level] = {}
            for lvl in absn.iter(_w("lvl")):
                level = _Level()
                for child, attr in (("start", "start"), ("numFmt", "fmt"), ("lvlText", "text")):
                    el = lvl.find(_w(child))
                    if el is not None and el.get(_w("val")) is not None:
                        val = el.get(_w("val"))
                        if attr == "start":
                            level.start = int(val) if val.lstrip("-").isdigit() else 1
                        else:
                            setattr(level, attr, val)
                levels[_int(lvl.get(_w("ilvl")))] = level
            out.levels[aid] = levels
        for num in root.iter(_w("num")):
            nid = num.get(_w("numId"), "")
            ref = num.find(_w("abstractNumId"))
            out.nums[nid] = ref.get(_w("val"), "") if ref is not None else ""
            for ov in num.iter(_w("lvlOverride")):
                st = ov.find(_w("startOverride"))
                if st is not None:
                    out.overrides.setdefault(nid, {})[_int(ov.get(_w("ilvl")))] = _int(
                        st.get(_w("val")), 1
                    )
        return out

    def label(self, num_id: str, ilvl: int) -> str:
        """Advance the counters of a list and return the label of its next item."""
        aid = self.nums.get(num_id)
        if aid is None or aid not in self.levels:
            return ""
        levels = self.levels[aid]
        counters = self.counters.setdefault(aid, {})
        if num_id not in self.used:  # a list instance's first use applies its start overrides
            self.used.add(num_id)
            for lvl, start in self.overrides.get(num_id, {}).items():
                counters[lvl] = start - 1
        level = levels.get(ilvl, _Level())
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "none":
            return ""
        if level.fmt == "bullet":
            return "•"
        text = level.text
        for k in range(9):
            if f"%{k + 1}" in text:
                lv = levels.get(k, _Level())
                value = counters.get(k, lv.start)
                text = text.replace(f"%{k + 1}", _format_number(value, lv.fmt))
        return text.strip()


def _int(value: str | None, default: int = 0) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _format_number(n: int, fmt: str) -> str:
    """Format a list counter as Word's numFmt says."""
    if fmt in {"lowerLetter", "upperLetter"}:
        k = max(n, 1)
        # Word repeats the letter past z: aa, bb...
        s = chr(ord("a") + (k - 1) % 26) * ((k - 1) // 26 + 1)
        return s.upper() if fmt == "upperLetter" else s
    if fmt in {"lowerRoman", "upperRoman"}:
        s = ""
        k = max(n, 1)
        for value, digits in _ROMAN:
            while k >= value:
                s += digits
                k -= value
        return s.upper() if fmt == "upperRoman" else s
    return str(n)


# --------------------------------------------------------------------------------------------
# Styles
# --------------------------------------------------------------------------------------------


@dataclass
class _Styles:
    """Paragraph- and character-style properties needed here, following ``basedOn`` chains."""

    based_on: dict[str, str] = field(default_factory=dict)
    italic: dict[str, bool] = field(default_factory=dict)
    num: dict[str, tuple[str, int]] = field(default_factory=dict)

    @classmethod
    def load(cls, root: Any) -> _Styles:
        out = cls()
        if root is None:
            return out
        for style in root.iter(_w("style")):
            sid = style.get(_w("styleId"), "")
            base = style.find(_w("basedOn"))
            if base is not None:
                out.based_on[sid] = base.get(_w("val"), "")
            rpr = style.find(_w("rPr"))
            if rpr is not None:
                flag = _flag(rpr.find(_w("i")))
                if flag is not None:
                    out.italic[sid] = flag
            ppr = style.find(_w("pPr"))
            numpr = ppr.find(_w("numPr")) if ppr is not None else None
            if numpr is not None:
                nid = numpr.find(_w("numId"))
                lvl = numpr.find(_w("ilvl"))
                if nid is not None:
                    out.num[sid] = (
                        nid.get(_w("val"), ""),
                        _int(lvl.get(_w("val")) if lvl is not None else None),
                    )
        return out

    def _chain(self, sid: str | None) -> Iterator[str]:
        seen: set[str] = set()
        while sid and sid not in seen:
            seen.add(sid)
            yield sid
            sid = self.based_on.get(sid)

    def is_italic(self, sid: str | None) -> bool | None:
        for s in self._chain(sid):
            if s in self.italic:
                return self.italic[s]
        return None

    def numbering(self, sid: str | None) -> tuple[str, int] | None:
        for s in self._chain(sid):
            if s in self.num:
                return self.num[s]
        return None


def _flag(el: Any) -> bool | None:
    """The value of an on/off property element such as ``<w:i/>`` or ``<w:i w:val="0"/>``."""
    if el is None:
        return None
    return el.get(_w("val"), "true").lower() not in {"0", "false", "off", "none"}


# --------------------------------------------------------------------------------------------
# Paragraph text
# --------------------------------------------------------------------------------------------


@dataclass
class _Text:
    chars: list[str] = field(default_factory=list)
    italic: list[bool] = field(default_factory=list)

    def add(self, text: str, italic: bool) -> None:
        self.chars.extend(text)
        self.italic.extend([italic] * len(text))

    def glue(self, text: str) -> None:
        """Append a marker glued to the preceding word."""
        while self.chars and self.chars[-1] in " \t":
            self.chars.pop()
            self.italic.pop()
        self.add(text, False)

    def __str__(self) -> str:
        return "".join(self.chars)


@dataclass
class _Notes:
    """Footnote references met so far: the mark printed for each footnote id."""

    marks: dict[str, str] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    next_number: int = 1


_SKIP = {
    _w("pPr"),
    _w("rPr"),
    _w("del"),
    _w("moveFrom"),
    _w("instrText"),
    _w("delText"),
    _w("footnoteRef"),
    _w("endnoteRef"),
    _w("commentReference"),
    f"{{{_MC}}}Fallback",
}


class _Walker:
    """Render one paragraph element to text with italic flags and footnote markers."""

    def __init__(self, styles: _Styles, notes: _Notes, boxes: list[str]) -> None:
        self.styles = styles
        self.notes = notes
        self.boxes = boxes

    def paragraph(self, p: Any, para_style: str | None) -> _Text:
        out = _Text()
        self._walk(p, out, para_style, italic=False, custom=None)
        return out

    def _run_italic(self, r: Any, para_style: str | None) -> bool:
        rpr = r.find(_w("rPr"))
        if rpr is not None:
            direct = _flag(rpr.find(_w("i")))
            if direct is not None:
                return direct
            rstyle = rpr.find(_w("rStyle"))
            if rstyle is not None:
                flag = self.styles.is_italic(rstyle.get(_w("val")))
                if flag is not None:
                    return flag
        return bool(self.styles.is_italic(para_style))

    def _walk(
        self, el: Any, out: _Text, para_style: str | None, italic: bool, custom: list[str] | None
    ) -> list[str] | None:
        """Walk children in document order; ``custom`` holds a footnote id awaiting its mark."""
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == _w("txbxContent"):
                text = " ".join(
                    "".join(t.text or "" for t in p.iter(_w("t"))) for p in child.iter(_w("p"))
                ).strip()
                if text:
                    self.boxes.append(text)
                continue
            if tag == _w("r"):
                custom = self._walk(
                    child, out, para_style, self._run_italic(child, para_style), custom
                )
            elif tag == _w("t"):
                text = child.text or ""
                if custom is not None and text.strip():
                    mark = text.strip()
                    self.notes.marks[custom[0]] = mark
                    out.glue(mark)
                    custom = None
                else:
                    out.add(text, italic)
            elif tag in {_w("tab"), _w("ptab")}:
                out.add(" ", italic)
            elif tag in {_w("br"), _w("cr")}:
                if child.get(_w("type")) not in {"page", "column"}:
                    out.add("\n", False)
                else:
                    out.add(" ", False)
            elif tag == _w("noBreakHyphen"):
                out.add("-", italic)
            elif tag == _w("sym"):
                code = child.get(_w("char"), "")
                with contextlib.suppress(ValueError, OverflowError):
                    out.add(chr(int(code, 16)), italic)
            elif tag in {_w("footnoteReference"), _w("endnoteReference")}:
                fid = child.get(_w("id"), "")
                if tag == _w("endnoteReference"):
                    fid = "e" + fid
                if child.get(_w("customMarkFollows"), "0").lower() in {"1", "true", "on"}:
                    custom = [fid]
                    if fid not in self.notes.order:
                        self.notes.order.append(fid)
                    continue
                if fid not in self.notes.marks:
                    self.notes.marks[fid] = str(self.notes.next_number)
                    self.notes.next_number += 1
                    self.notes.order.append(fid)
                out.glue(self.notes.marks[fid].translate(_SUPERSCRIPT))
            else:
                custom = self._walk(child, out, para_style, italic, custom)
        return custom


def _paragraph_style(p: Any) -> str | None:
    ppr = p.find(_w("pPr"))
    if ppr is None:
        return None
    ps = ppr.find(_w("pStyle"))
    return ps.get(_w("val")) if ps is not None else None


def _numbering_of(p: Any, styles: _Styles) -> tuple[str, int] | None:
    ppr = p.find(_w("pPr"))
    numpr = ppr.find(_w("numPr")) if ppr is not None else None
    if numpr is not None:
        nid = numpr.find(_w("numId"))
        lvl = numpr.find(_w("ilvl"))
        from_style = styles.numbering(_paragraph_style(p))
        num_id = nid.get(_w("val"), "") if nid is not None else (from_style or ("", 0))[0]
        ilvl = _int(lvl.get(_w("val"))) if lvl is not None else (from_style or ("", 0))[1]
        return (num_id, ilvl) if num_id and num_id != "0" else None
    return styles.numbering(_paragraph_style(p))


def _block_paragraphs(el: Any) -> Iterator[Any]:
    """Yield the paragraphs of a body, table cell or content control, in document order."""
    for child in el:
        tag = child.tag
        if tag == _w("p"):
            yield child
        elif tag in {_w("tbl"), _w("tr"), _w("tc"), _w("sdt"), _w("sdtContent"), _w("customXml")}:
            yield from _block_paragraphs(child)


def _opening_italic(text: _Text, skip: int) -> str | None:
    s = str(text)
    i = skip
    while i < len(s) and s[i] == " ":
        i += 1
    if i >= len(s) or not text.italic[i]:
        return None
    j = i
    while j < len(s) and (text.italic[j] or s[j] == " ") and s[j] != "\n":
        j += 1
    run = s[i:j].strip().rstrip(" ,;:")
    return run if len(run) >= 2 else None


# --------------------------------------------------------------------------------------------
# Public entry point
# --------------------------------------------------------------------------------------------


def extract_docx(data: bytes, *, source: str) -> Extracted:
    """Extract a DOCX resolution's text in the layout the text parser expects.

    Args:
        data: the .docx file's bytes.
        source: the file name, for messages.

    Returns:
        The text (paragraphs indented, list numbers rendered, footnote markers as superscript
        digits, footnotes at the end after a line of underscores), headers/footers/text boxes as
        furniture, warnings, and the italic leads.

    Raises:
        ParseError: the file is not a DOCX, is damaged, or is unsafe (`UnsafeInputError`).
        EmptyDocumentError: the document holds no text.
    """
    _check_package(data, source)
    try:
        return _extract(data, source)
    except ParseError:
        raise
    except RecursionError as exc:
        raise ParseError("damaged DOCX: XML nested too deeply", source) from exc
    except Exception as exc:  # python-docx, lxml and zipfile raise many types for bad packages
        raise ParseError(f"damaged DOCX: {type(exc).__name__}: {exc}", source) from exc


def _part_root(document: Any, reltype: str) -> Any:
    for rel in document.part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            return _safe_xml(rel.target_part.blob)
    return None


def _extract(data: bytes, source: str) -> Extracted:
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    document = docx.Document(io.BytesIO(data))
    warnings: list[str] = []
    styles = _Styles.load(_part_root(document, RT.STYLES))
    numbering = _Numbering.load(_part_root(document, RT.NUMBERING))
    notes = _Notes()
    boxes: list[str] = []
    walker = _Walker(styles, notes, boxes)

    lines: list[str] = []
    italics: list[str] = []
    for p in _block_paragraphs(document.element.body):
        text = walker.paragraph(p, _paragraph_style(p))
        label = ""
        num = _numbering_of(p, styles)
        if num is not None:
            label = numbering.label(*num)
        body = str(text)
        lead_ws = len(body) - len(body.lstrip())
        body = body.strip()
        if not body and not label:
            continue
        prefix = f"{label} " if label else ""
        lead = _opening_italic(text, lead_ws)
        if lead:
            italics.append(lead)
        first, *rest = body.split("\n")
        lines.append(f" {prefix}{first.strip()}".rstrip())
        lines.extend(r.strip() for r in rest if r.strip())

    footnotes = _footnotes(document, RT.FOOTNOTES) | _footnotes(
        document, RT.ENDNOTES, "endnote", "e"
    )
    if notes.order:
        lines.append(SEPARATOR)
        for fid in notes.order:
            mark = notes.marks.get(fid, "?")
            note = footnotes.get(fid)
            if note is None:
                warnings.append(f"footnote {mark} (id {fid}) is referenced but missing")
                continue
            first, *rest = note.split("\n")
            if not mark.isdigit() and first.startswith(mark):  # a custom mark is typed again
                first = first[len(mark) :].strip()
            lines.append(f" {mark} {first}".rstrip())
            lines.extend(rest)
    unreferenced = [fid for fid in footnotes if fid not in notes.marks and fid not in notes.order]
    if unreferenced:
        warnings.append(f"{len(unreferenced)} footnotes are never referenced: kept as furniture")

    furniture = _headers_footers(document)
    furniture += [Furniture(kind="text_box", text=b) for b in boxes]
    furniture += [Furniture(kind="footnote_unreferenced", text=footnotes[f]) for f in unreferenced]

    text, removed = strip_controls("\n".join(lines))
    if removed:
        warnings.append(f"removed {removed} control characters")
    if not text.strip():
        raise EmptyDocumentError("the DOCX holds no text", source)
    return Extracted(
        text=text + "\n",
        furniture=tuple(furniture),
        warnings=tuple(warnings),
        italics=tuple(italics),
    )


def _footnotes(
    document: Any, reltype: str, tag: str = "footnote", prefix: str = ""
) -> dict[str, str]:
    """Footnote (or endnote) id -> text (paragraphs joined by newlines), separators excluded."""
    root = _part_root(document, reltype)
    if root is None:
        return {}
    out: dict[str, str] = {}
    dummy_styles = _Styles()
    for fn in root.iter(_w(tag)):
        if fn.get(_w("type")) in {"separator", "continuationSeparator", "continuationNotice"}:
            continue
        fid = prefix + fn.get(_w("id"), "")
        walker = _Walker(dummy_styles, _Notes(), [])
        paras = [str(walker.paragraph(p, None)).strip() for p in fn.iter(_w("p"))]
        out[fid] = "\n".join(p.replace("\n", " ") for p in paras if p)
    return out


def _headers_footers(document: Any) -> list[Furniture]:
    """Distinct header and footer texts of all sections."""
    out: list[Furniture] = []
    seen: set[int] = set()
    for section in document.sections:
        for kind, parts in (
            ("header", (section.header, section.first_page_header, section.even_page_header)),
            ("footer", (section.footer, section.first_page_footer, section.even_page_footer)),
        ):
            for part in parts:
                try:
                    if part.is_linked_to_previous:
                        continue
                    element = part._element
                except Exception:  # a missing part
                    continue
                if id(element) in seen:
                    continue
                seen.add(id(element))
                text = " ".join(
                    "".join(t.text or "" for t in p.iter(_w("t"))) for p in element.iter(_w("p"))
                ).strip()
                if text:
                    out.append(Furniture(kind=kind, text=" ".join(text.split())))
    return out
