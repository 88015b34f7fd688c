"""Render: `Resolution` → PDF-like text, for round-trip evaluation and benchmarks.

The UN's PDFs, once extracted, give hard-wrapped lines, footnote markers glued to the word
before them, each page's footnotes after a rule of underscores and its hyperlinks, and running
headers and footers. This module writes a parsed resolution (usually read from AKN4UN XML,
whose structure is known for certain) back into that shape, in one of three layouts seen in
real extractions, so that the text parser can be scored against the markup.
"""

from __future__ import annotations

import textwrap
import zlib
from dataclasses import dataclass

from helpers.models import Resolution

#: The layouts: seed-like (indent, every line followed by a blank line), blank lines between
#: paragraphs without indent (cr-unsc), indent only, and flat (neither indent nor blank line,
#: as text copied from a PDF viewer comes).
LAYOUTS = ("double-spaced", "blank-separated", "indented", "flat")


@dataclass(frozen=True)
class RenderOptions:
    """How to render: layout, line width, lines per page, and the furniture to add."""

    layout: str = "double-spaced"
    width: int = 88
    page_lines: int = 36
    furniture: bool = True
    links: bool = True


def options_for(key: str) -> RenderOptions:
    """Deterministic options varied by document: layout, width and page length from a hash."""
    h = zlib.crc32(key.encode("utf-8"))
    return RenderOptions(
        layout=LAYOUTS[h % len(LAYOUTS)],
        width=78 + (h >> 4) % 20,
        page_lines=30 + (h >> 9) % 14,
    )


_SENTINEL = 0xE100  # private-use characters stand for markers while lines are wrapped


def _with_sentinels(text: str, anchors: tuple[tuple[str, int], ...]) -> tuple[str, list[str]]:
    marks = [m for m, _ in sorted(anchors, key=lambda a: a[1])]
    out = text
    for k, (_mark, off) in reversed(list(enumerate(sorted(anchors, key=lambda a: a[1])))):
        out = out[:off] + chr(_SENTINEL + k) + out[off:]
    return out, marks


def _part_titles(res: Resolution) -> dict[str, str]:
    """The title of each part of a composite resolution (``B Final income estimates …``)."""
    titles: dict[str, str] = {}
    for f in res.furniture:
        label, _, title = f.text.partition(" ")
        if f.kind == "part" and label:
            titles.setdefault(label, title)
    return titles


def render_text(res: Resolution, options: RenderOptions | None = None) -> str:
    """Write a resolution as PDF-extracted text.

    Args:
        res: the resolution (its clauses must carry their footnote anchors).
        options: layout options; by default varied deterministically by document.

    Returns:
        The text.
    """
    opt = options or options_for(res.symbol or res.source or "")
    indent = " " if opt.layout in {"double-spaced", "indented"} else ""
    notes = {f.mark: f.text for f in res.footnotes}
    links = [c.symbol for c in res.citations if c.linked]
    lang = res.language or "en"

    # Paragraphs as lists of wrapped lines, each with the footnote marks printed on it.
    paras: list[list[tuple[str, list[str]]]] = []

    def add(text: str, marks: list[str] | None = None) -> None:
        wrapped = textwrap.wrap(
            text, width=opt.width, break_long_words=False, break_on_hyphens=False
        ) or [""]
        lines = []
        for k, w in enumerate(wrapped):
            mine = []
            for ch in w:
                if _SENTINEL <= ord(ch) < _SENTINEL + 256 and marks:
                    mine.append(marks[ord(ch) - _SENTINEL])
            for i, mark in enumerate(marks or []):
                w = w.replace(chr(_SENTINEL + i), mark)
            lines.append(((indent if k == 0 else "") + w, mine))
        paras.append(lines)

    if res.header:
        # The masthead, a line per paragraph of the cover page; a layout-preserving extractor
        # prints the upper-left and upper-right cells on one line ("United Nations   A/RES/…").
        masthead = res.header.split("\n")
        if opt.layout == "indented" and len(masthead) > 1:
            masthead[:2] = [f"{masthead[0]}{' ' * 24}{masthead[1]}"]
        for line in masthead:
            add(line)
    else:
        if res.symbol:
            add(res.symbol)
        if res.title:
            add(res.title)
    if res.organ_text:
        add(res.organ_text)
    titles = _part_titles(res)
    part = res.clauses[0].part if res.clauses else None
    for c in res.clauses:
        if c.part and part and c.part != part:
            # Each part opens with its label (``B``, ``II``); a part of a composite resolution
            # (its own statement in the markup) with its title and the organ line again.
            add(c.part)
            if c.part in titles:
                add(titles[c.part])
                if res.organ_text:
                    add(res.organ_text)
        part = c.part or part
        text, marks = _with_sentinels(c.text, c.anchors)
        if c.number:
            text = f"{c.number}. {text}"
        add(text, marks)
    if res.closing:
        add(res.closing)

    out: list[str] = []
    page_no = 1
    body_on_page = 0
    pending: list[str] = []  # footnote marks whose notes go at the foot of this page
    placed: set[str] = set()

    def footer() -> None:
        nonlocal page_no, body_on_page, pending
        if pending:
            out.append("__________________")
            if opt.layout == "double-spaced":
                out.append("")
            for mark in pending:
                wrapped = textwrap.wrap(notes.get(mark, ""), width=opt.width - 4) or [""]
                out.append(f"{indent}{mark} {wrapped[0]}")  # flush left where nothing is indented
                out.extend(wrapped[1:])
            if opt.links:
                for sym in links[:4]:
                    out.append(f"https://undocs.org/{lang}/{sym.replace(' ', '')}")
        if opt.furniture:
            job = f"{zlib.crc32((res.symbol or '').encode()) % 100000:05d}"
            out.append(f"{page_no}/{page_no + 1}")
            out.append(f"21-{job} ({lang[0].upper()})")
            out.append(f"*21{job}*")
            if res.symbol:
                out.append(res.symbol)
        page_no += 1
        body_on_page = 0
        pending = []

    for para in paras:
        if opt.layout == "blank-separated" and out:
            out.append("")
        for line, marks in para:
            out.append(line)
            if opt.layout == "double-spaced":
                out.append("")
            body_on_page += 1
            for mark in marks:
                if mark in notes and mark not in placed:
                    pending.append(mark)
                    placed.add(mark)
            if body_on_page >= opt.page_lines:
                footer()
    # Notes not placed (markers not found) go to the last page.
    pending += [m for m in notes if m not in placed and m not in pending]
    footer()
    return "\n".join(out) + "\n"
