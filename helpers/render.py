"""Render: `Resolution` → PDF-like text, for round-trip evaluation and benchmarks.

The UN's PDFs, once extracted, give hard-wrapped lines, footnote markers glued to the word
before them, each page's footnotes after a rule of underscores and its hyperlinks, and running
headers and footers. This module writes a parsed resolution (usually read from AKN4UN XML,
whose structure is known for certain) back into that shape, in one of four layouts seen in
real extractions, so that the text parser can be scored against the markup; an adopted
resolution can also be printed as the draft it came from (`as_draft`), with its sponsors.
"""

from __future__ import annotations

import re
import textwrap
import zlib
from dataclasses import dataclass

from helpers.header import COMMITTEE_NAME, TITLE_NUMBER, line_kind, sponsor_in
from helpers.models import Resolution
from helpers.normalize import PIECE, columns

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
    #: As ``pdftotext`` prints a PDF without ``-layout`` (flat layout only): a paragraph's
    #: number under 10 and the title's number on lines of their own, each page's notes as a
    #: run of marks, then the page's foot, then their texts; blank lines at page breaks only.
    plain: bool = False


def options_for(key: str) -> RenderOptions:
    """Deterministic options varied by document: layout, width and page length from a hash;
    half the flat documents are printed as plain ``pdftotext`` prints them."""
    h = zlib.crc32(key.encode("utf-8"))
    layout = LAYOUTS[h % len(LAYOUTS)]
    return RenderOptions(
        layout=layout,
        width=78 + (h >> 4) % 20,
        page_lines=30 + (h >> 9) % 14,
        plain=layout == "flat" and (h >> 14) % 2 == 1,
    )


@dataclass(frozen=True)
class Draft:
    """What a draft prints instead of an adopted text's masthead: its symbol and sponsors."""

    symbol: str
    committee: str | None  # the committee line ("Third Committee"), or None in plenary
    sponsors: tuple[str, ...]  # in the document's language; or the officer, alone
    on_behalf_of: str | None = None  # the asterisk note on the first sponsor, in its language
    officer: bool = False  # "Draft resolution submitted by the Chair of the Committee"
    basis: str = ""  # what the officer's line says after the officer


#: A plenary draft named in the adoption bracket: "[without reference to … (A/78/L.4)]".
#: ("(A/75/L.20 and A/75/L.20/Add.1)": the draft and its addendum of further sponsors).
_PLENARY_DRAFT = re.compile(
    r"\((?P<symbol>A/(?:E?S-)?\d+/L\.\d+(?:/Rev\.\d+)?)(?:\s*(?:and|et|y|和)\s*[^()]*)?\)\]\s*$"
)
#: The committee a report came from: "[on the report of the Third Committee (A/78/481)]".
_COMMITTEE_NO = {
    "first": 1, "premi": 1, "primera": 1, "second": 2, "deuxi": 2, "segunda": 2,
    "third": 3, "troisi": 3, "tercera": 3, "fourth": 4, "quatri": 4, "cuarta": 4,
    "special": 4, "commission des questions": 4, "comisión política": 4,
    "fifth": 5, "cinqui": 5, "quinta": 5, "sixth": 6, "sixi": 6, "sexta": 6,
    # Russian names it in the genitive: "[по докладу Третьего комитета (A/77/461)]"
    "перв": 1, "втор": 2, "трет": 3, "четверт": 4, "комитета по специальным": 4, "пят": 5,
    "шест": 6,
    # Chinese: "[根据第三委员会的报告 (A/77/463，第18段)]"
    "第一": 1, "第二": 2, "第三": 3, "第四": 4, "特别政治": 4, "第五": 5, "第六": 6,
    # Arabic: "[بناء على تقرير اللجنة الثالثة (A/77/463، الفقرة 18)]"
    "اللجنة الأولى": 1, "اللجنة الثانية": 2, "اللجنة الثالثة": 3, "اللجنة الرابعة": 4,
    "لجنة المسائل السياسية": 4, "اللجنة الخامسة": 5, "اللجنة السادسة": 6,
}  # fmt: skip
#: The committee line of a Russian draft, in the nominative, by the committee's number.
_RU_COMMITTEE = {
    1: "Первый комитет",
    2: "Второй комитет",
    3: "Третий комитет",
    4: "Комитет по специальным политическим вопросам и деколонизации (Четвертый комитет)",
    5: "Пятый комитет",
    6: "Шестой комитет",
}
#: (a Russian masthead prints its distribution in English, as it prints its date of issue)
_LIMITED = {
    "en": "Distr.: Limited",
    "fr": "Distr. limitée",
    "es": "Distr. limitada",
    "ru": "Distr.: Limited",
    "zh": "Distr.: Limited",
    "ar": "Distr.: Limited",
}
_DRAFT_RESOLUTION = {
    "en": "draft resolution",
    "fr": "projet de résolution",
    "es": "proyecto de resolución",
    "ru": "проект резолюции",
    "zh": "决议草案",
    "ar": "مشروع قرار",
}
_AND = {"en": " and ", "fr": " et ", "es": " y ", "ru": " и ", "zh": "和", "ar": "، و"}
#: Between the other names of a list: Chinese prints "、" ("阿尔及利亚、巴林和也门"), Arabic
#: "، و" before every name after the first ("الأرجنتين، وأستراليا، وشيلي").
_COMMA = {"zh": "、", "ar": "، و"}
#: An officer or a body that put a draft forward, as the markup names it (in English only).
_OFFICER = re.compile(
    r"^the (?:Vice-Chair|Chair|President|Rapporteur|Special Committee|Committee)\b"
)
#: The indent of the sponsors' and the title's blocks in a layout-preserving extraction.
_BLOCK = " " * 10
#: The asterisk note of a draft's first sponsor, and what the parser reads as its group.
_ON_BEHALF = {"en": "On behalf of {}.", "fr": "Au nom des {}.", "es": "En nombre de {}."}
#: "the States Members of the United Nations that are members of the Group of 77 and China",
#: as the markup names a group in every language, and how French and Spanish print it.
_MEMBERS_OF = re.compile(
    r"^the States Members of the United Nations that are members of (?:the )?(?P<group>.+)$"
)
_MEMBERS_OF_IN = {
    "fr": "États Membres de l’Organisation des Nations Unies qui sont membres {}",
    "es": "los Estados Miembros de las Naciones Unidas que son miembros {}",
}
#: The article before a group's name: masculine names take "du" / "del", the rest "de la", or
#: "de l’" before a vowel in French.
_OF_MASCULINE = {"fr": ("Groupe", "Mouvement"), "es": ("Grupo", "Movimiento")}


def behalf_in(behalf: str, lang: str) -> str | None:
    """On whose behalf a draft's first sponsor acts, as the draft's language prints it.

    Args:
        behalf: the group as the markup names it, in English in every language ("the States
            Members of the United Nations that are members of the Group of 77 and China").
        lang: the draft's language, ``en``, ``fr``, ``es``, ``ru``, ``zh`` or ``ar``.

    Returns:
        What follows "On behalf of" / "Au nom des" / "En nombre de" in the asterisk note, or
        ``None`` where ``data/reference/member_states.csv`` does not name the group, or in
        Russian.
    """
    if lang == "en":
        return behalf
    if lang not in _MEMBERS_OF_IN:
        return None  # (a Russian note declines the group's name: not printed)
    m = _MEMBERS_OF.match(behalf)
    name = sponsor_in(m.group("group"), lang) if m else None
    if name is None:
        return None
    name = name.replace("'", "’")
    if name.startswith(_OF_MASCULINE[lang]):
        name = ("du " if lang == "fr" else "del ") + name
    elif lang == "fr" and name[:1] in "AEIOUÉ":
        name = "de l’" + name
    else:
        name = "de la " + name
    return _MEMBERS_OF_IN[lang].format(name)


def as_draft(res: Resolution) -> Draft | None:
    """The draft an adopted General Assembly resolution came from, as its masthead printed it.

    The symbol of a plenary draft is named in the adoption bracket; a committee's draft gets
    an L-number from the resolution's own number (the corpus does not name it). The sponsors
    are the resolution's, named in its language from ``data/reference/member_states.csv``, with
    the typographic apostrophe.

    A draft put forward by an officer ("the Vice-Chair of the Committee, Ahmed Magdy (Egypt)")
    is printed in English only, the language in which the markup names the officer; a named
    officer's line ends with the draft it was based on ("…, on the basis of informal
    consultations on draft resolution A/C.2/77/L.13").

    Returns:
        The draft, or ``None`` when the resolution has no masthead, several parts, sponsors the
        table does not name, or is not in one of the six languages.
    """
    lang = res.language or ""
    if not res.header or not res.sponsors or lang not in _AND or not res.symbol:
        return None
    if any(f.kind == "part" for f in res.furniture) or not res.session:
        return None
    names = tuple(sponsor_in(n, lang) for n in res.sponsors)
    officer = lang == "en" and len(names) == 1 and bool(_OFFICER.match(res.sponsors[0]))
    if any(n is None for n in names) and not officer:
        return None
    bracket = next((ln for ln in res.header.split("\n") if line_kind(ln) == "proponent"), "")
    plenary = _PLENARY_DRAFT.search(bracket)
    committee = COMMITTEE_NAME.search(bracket)
    if plenary:
        symbol, line = plenary.group("symbol"), None
    elif committee:
        name = committee.group()
        key = next((k for k in _COMMITTEE_NO if name.lower().startswith(k)), None)
        if key is None:
            return None
        number = res.symbol.rsplit("/", 1)[-1]
        symbol = f"A/C.{_COMMITTEE_NO[key]}/{res.session}/L.{number}"
        line = _RU_COMMITTEE[_COMMITTEE_NO[key]] if lang == "ru" else name
    else:
        return None
    if officer:
        basis = ""
        if line and "(" in res.sponsors[0]:  # a named officer of a committee cites the draft
            # the consultations were on (a made-up earlier L-number of the same committee)
            earlier = zlib.crc32(symbol.encode()) % 40 + 1
            basis = (
                ", on the basis of informal consultations on draft resolution"
                f" {symbol.rsplit('.', 1)[0]}.{earlier}"
            )
        return Draft(symbol, line, res.sponsors, officer=True, basis=basis)
    behalf = behalf_in(res.on_behalf_of, lang) if res.on_behalf_of else None
    # (printed with the typographic apostrophe of UN documents: "Côte d’Ivoire")
    printed = tuple(n.replace("'", "’") for n in names if n)
    return Draft(symbol, line, printed, behalf)


def _draft_masthead(res: Resolution, draft: Draft, lang: str) -> list[str]:
    """The masthead of the draft: the resolution's, up to the adoption line, re-labelled."""
    lines = []
    for line in (res.header or "").split("\n"):
        kind = line_kind(line)
        if kind in {"adopted", "proponent", "numbered title"}:
            break
        if kind == "symbol":
            line = draft.symbol
        elif kind == "distribution":
            line = _LIMITED[lang]
        elif kind == "agenda" and draft.committee:
            lines.append(draft.committee)
        lines.append(line)
    return lines


def _sponsor_line(draft: Draft, lang: str) -> tuple[str, list[str]]:
    """ "A*, B and C: draft resolution", with a sentinel for the asterisk of the first name; or
    "Draft resolution submitted by" the officer.
    """
    if draft.officer:
        return f"Draft resolution submitted by {draft.sponsors[0]}{draft.basis}", []
    names = list(draft.sponsors)
    marks: list[str] = []
    if draft.on_behalf_of:
        names[0] += chr(_SENTINEL)
        marks.append("*")
    comma = _COMMA.get(lang, ", ")
    listed = comma.join(names[:-1]) + _AND[lang] + names[-1] if len(names) > 1 else names[0]
    colon = {"fr": " : ", "zh": "："}.get(lang, ": ")
    return f"{listed}{colon}{_DRAFT_RESOLUTION[lang]}", marks


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


def _fit_publisher(masthead: list[str], opt: RenderOptions) -> list[str]:
    """A layout-preserving extractor prints the upper-left and upper-right cells on one line
    ("United Nations   A/RES/…").
    """
    if opt.layout == "indented" and len(masthead) > 1:
        return [f"{masthead[0]}{' ' * 24}{masthead[1]}", *masthead[2:]]
    return masthead


#: Chinese text: white space, or a piece a line break may not split (`helpers.normalize.PIECE`:
#: one Chinese character or full-width mark, or a run such as a Latin word or a number).
_HAN_PIECE = re.compile(rf"\s+|{PIECE}")
#: What a Chinese line may not open with (it stays at the end of the line before), and what
#: it may not end with (it goes down with the next piece): the printer's kinsoku rules.
_NO_LINE_START = frozenset("，。；：、？！）》」』”’〉】")
_NO_LINE_END = frozenset("（《「『“‘〈【")


def wrap(
    text: str, width: int, lang: str | None = None, *, breaks_words: bool = False
) -> list[str]:
    """Wrap a paragraph into lines of at most ``width`` columns, as a PDF sets it.

    Latin and Cyrillic text breaks at spaces. Chinese breaks between any two characters,
    with no space at the break, but not inside a Latin word or a number, nor before a
    closing mark or after an opening one.

    Args:
        text: the paragraph.
        width: the line width in columns (a Chinese character takes two).
        lang: the language; only ``zh`` wraps by character.
        breaks_words: Latin text may break a word too long for a line, and at its hyphens
            (as the notes are printed).

    Returns:
        The lines.
    """
    if lang != "zh":
        return textwrap.wrap(
            text, width=width, break_long_words=breaks_words, break_on_hyphens=breaks_words
        )
    pieces: list[str] = []  # unbreakable pieces, with " " for white space
    for m in _HAN_PIECE.finditer(text):
        piece = m.group()
        if piece.isspace():
            pieces.append(" ")
        elif (
            pieces
            and pieces[-1] != " "
            and (
                piece[0] in _NO_LINE_START
                or pieces[-1][-1] in _NO_LINE_END
                or _SENTINEL <= ord(piece[0]) < _SENTINEL + 256
            )
        ):
            pieces[-1] += piece
        else:
            pieces.append(piece)
    lines: list[str] = []
    line, used, space = "", 0, False
    for piece in pieces:
        if piece == " ":
            space = bool(line)
            continue
        need = columns(piece) + (1 if space else 0)
        if line and used + need > width:
            lines.append(line)
            line, used = piece, columns(piece)
        else:
            line += (" " if space else "") + piece
            used += need
        space = False
    if line:
        lines.append(line)
    return lines


def render_text(
    res: Resolution, options: RenderOptions | None = None, draft: Draft | None = None
) -> str:
    """Write a resolution as PDF-extracted text.

    Args:
        res: the resolution (its clauses must carry their footnote anchors).
        options: layout options; by default varied deterministically by document.
        draft: print the resolution as this draft: its masthead, sponsors and title, with no
            adoption line (see `as_draft`).

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

    def add(text: str, marks: list[str] | None = None, block: bool = False) -> None:
        """A paragraph; a ``block`` is indented as a whole in the indented layout."""
        first = rest = ""
        if block and opt.layout == "indented":
            first = rest = _BLOCK
        elif indent:
            first = indent
        wrapped = wrap(text, opt.width - len(rest), lang) or [""]
        lines = []
        for k, w in enumerate(wrapped):
            mine = []
            for ch in w:
                if _SENTINEL <= ord(ch) < _SENTINEL + 256 and marks:
                    mine.append(marks[ord(ch) - _SENTINEL])
            for i, mark in enumerate(marks or []):
                w = w.replace(chr(_SENTINEL + i), mark)
            lines.append(((first if k == 0 else rest) + w, mine))
        paras.append(lines)

    if draft:
        if draft.on_behalf_of:
            notes = {"*": _ON_BEHALF[lang].format(draft.on_behalf_of), **notes}
        for line in _fit_publisher(_draft_masthead(res, draft, lang), opt):
            add(line)
        # (a layout-preserving extraction indents the sponsors' and the title's blocks whole)
        add(*_sponsor_line(draft, lang), block=True)
        if res.title:
            add(res.title, block=True)
    elif res.header:
        # The masthead, a line per paragraph of the cover page.
        for line in _fit_publisher(res.header.split("\n"), opt):
            number = TITLE_NUMBER.match(line) if opt.plain else None
            if number:  # "78/102." / "" / "Title": the number's column apart
                add(number.group().strip())
                paras.append([("", [])])
                line = line[number.end() :].strip()
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
        if c.number and opt.plain and c.number.isdigit() and int(c.number) < 10:
            add(f"{c.number}.")  # "1." / "Welcomes …": a one-digit number's column apart
            if not text:
                continue  # (a number whose text the markup gives apart)
        elif c.number:
            # (Arabic prints "1 - تؤكد")
            text = f"{c.number} - {text}" if lang == "ar" else f"{c.number}. {text}"
        add(text, marks)
    if res.closing:
        add(res.closing)

    out: list[str] = []
    job = f"{zlib.crc32((res.symbol or '').encode()) % 100000:05d}"  # the page's foot
    page_no = 1
    body_on_page = 0
    pending: list[str] = []  # footnote marks whose notes go at the foot of this page
    placed: set[str] = set()

    def footer() -> None:
        nonlocal page_no, body_on_page, pending
        if opt.plain:
            plain_footer()
            return
        if pending:
            out.append("__________________")
            if opt.layout == "double-spaced":
                out.append("")
            for mark in pending:
                wrapped = wrap(notes.get(mark, ""), opt.width - 4, lang, breaks_words=True) or [""]
                out.append(f"{indent}{mark} {wrapped[0]}")  # flush left where nothing is indented
                out.extend(wrapped[1:])
            if opt.links:
                for sym in links[:4]:
                    out.append(f"https://undocs.org/{lang}/{sym.replace(' ', '')}")
        if opt.furniture:
            out.append(f"{page_no}/{page_no + 1}")
            out.append(f"21-{job} ({lang[0].upper()})")
            out.append(f"*21{job}*")
            if res.symbol:
                out.append(res.symbol)
        page_no += 1
        body_on_page = 0
        pending = []

    def plain_footer() -> None:
        """The marks, the page's foot, then the texts of the notes; blank lines around."""
        nonlocal page_no, body_on_page, pending
        if pending:
            out.extend(["__________________", *pending, ""])
        if opt.furniture:
            out.extend([f"{page_no}/{page_no + 1}", "", f"21-{job} ({lang[0].upper()})", ""])
        for mark in pending:
            out.extend(wrap(notes.get(mark, ""), opt.width - 4, lang, breaks_words=True) or [""])
        if opt.furniture:
            out.extend(["", f"*21{job}*", "", *([res.symbol, ""] if res.symbol else [])])
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
