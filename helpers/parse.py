"""Parse: a document (text, bytes or file) → `Resolution`, running the stages in order.

``parse_text`` runs normalize → segment → footnotes → leads → citations → conferences on
PDF-extracted text. ``parse_file`` and ``parse_bytes`` dispatch on the file type to the readers
(AKN4UN XML, PDF, DOCX, plain text) and come back here. ``assemble`` is the one place where
clauses become a `Resolution`, whichever reader produced them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path
from typing import Any

from helpers import citations as citations_mod
from helpers import conferences as conferences_mod
from helpers.dates import find_dates, ordinal_value
from helpers.errors import (
    EmptyDocumentError,
    NotAResolutionError,
    ParseError,
    SeveralResolutionsError,
    UnsupportedFormatError,
    UnsupportedLanguageError,
)
from helpers.footnotes import find_markers, render
from helpers.header import (
    SYMBOL_SESSION,
    full_width,
    line_kind,
    other_kind,
    read_header,
    split_masthead,
)
from helpers.leads import analyse, lexicon
from helpers.lexicon import ARABIC_CHAR, HAN_CHAR, load_vocab
from helpers.lexicon import LANGUAGES as LEXICON_LANGUAGES
from helpers.models import (
    Citation,
    Clause,
    Footnote,
    Furniture,
    Resolution,
    Section,
    Span,
)
from helpers.normalize import (
    Line,
    Vocabulary,
    clean_source,
    count_words,
    indent_width,
    join_lines,
    prepare,
)
from helpers.segment import (
    DECISION_OPENER,
    MEETING_ORDINAL,
    NUMBERED_MEETING,
    OP_NUMBER,
    OP_NUMBER_COMMA,
    PARAGRAPH_LABEL,
    PLENARY_MEETING,
    Segmented,
    body_of,
    resolution_starts,
    segment,
)

#: How far into a decision's opening its date stands ("At its 102nd plenary meeting (resumed),
#: on 22 December 2023, …").
_OPENER_CHARS = 120

#: File extensions read by `parse_file`.
SUPPORTED = (".txt", ".md", ".text", ".xml", ".akn", ".pdf", ".docx")


@dataclass
class ClauseDraft:
    """A clause as a reader found it, before `assemble` analyses it."""

    section: Section
    number: str | None
    text: str
    lead_text: str | None = None
    items: tuple[str, ...] = ()
    anchors: tuple[tuple[str, int], ...] = ()
    part: str | None = None
    span: Span | None = None


# --------------------------------------------------------------------------------------------
# Language
# --------------------------------------------------------------------------------------------

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "of",
            "and",
            "to",
            "in",
            "that",
            "its",
            "on",
            "for",
            "with",
            "by",
            "as",
            "all",
            "be",
            "is",
            "are",
            "which",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "de",
            "des",
            "du",
            "et",
            "à",
            "en",
            "que",
            "sur",
            "dans",
            "pour",
            "par",
            "une",
            "aux",
            "qui",
            "est",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "de",
            "del",
            "y",
            "en",
            "que",
            "por",
            "para",
            "con",
            "una",
            "sus",
            "se",
            "al",
            "su",
            "como",
        ]
    ),
    "ru": frozenset(
        [
            "и",
            "в",
            "на",
            "с",
            "по",
            "о",
            "что",
            "для",
            "его",
            "ее",
            "их",
            "от",
            "к",
            "а",
            "также",
        ]
    ),
}


#: Scripts of official languages the text parser has no rules for (its mastheads, lexicons and
#: dates are Latin and Cyrillic), by a range of their letters.
_UNREAD_SCRIPTS: dict[str, re.Pattern[str]] = {
    "Hebrew": re.compile("[\u0590-\u05ff]"),
    "Greek": re.compile("[\u0370-\u03ff]"),
    "Devanagari": re.compile("[\u0900-\u097f]"),
    "Thai": re.compile("[\u0e00-\u0e7f]"),
    "Japanese kana": re.compile("[\u3040-\u30ff]"),
    "Hangul": re.compile("[\uac00-\ud7af]"),
}
#: A letter of any of `_UNREAD_SCRIPTS`.
_UNREAD_ANY = re.compile("|".join(p.pattern for p in _UNREAD_SCRIPTS.values()))
#: A letter of the scripts of the official languages the function words do not tell apart:
#: Chinese (Han) and Arabic.
_SCRIPT_LANGUAGES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("zh", HAN_CHAR),
    ("ar", ARABIC_CHAR),
)
#: The share of a text's first characters, white space aside, that makes it a text in such a
#: script. (White space does not count: a layout-keeping extraction of a short Chinese draft is
#: mostly spaces, and its Latin masthead lines, "Distr.: Limited", are few.)
_SCRIPT_SHARE = 0.2


def _printed(sample: str) -> int:
    """How many characters of ``sample`` are not white space."""
    return len(sample) - sum(map(sample.count, " \t\n\r\f\u3000\xa0"))


def unread_script(text: str) -> str | None:
    """The script of a text the parser cannot read (none of the UN's official languages is
    written in it: Hebrew, Greek, Japanese …), or ``None``.

    Examples:
        >>> unread_script("إذ تشير إلى قرارها"), unread_script("Ανακαλώντας το ψήφισμά της")
        (None, 'Greek')
    """
    sample = text[:20000]
    if sample.isascii() or not _UNREAD_ANY.search(sample):
        return None  # (the usual case: one search)
    for name, letters in _UNREAD_SCRIPTS.items():
        if len(letters.findall(sample)) > _SCRIPT_SHARE * _printed(sample):
            return name
    return None


#: A run of letters, the unit `detect_language` counts.
_LETTER_RUN = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str | None:
    """Guess the language: Chinese and Arabic from their scripts, EN, FR, ES or RU from
    function words.

    Args:
        text: any text of the document.

    Returns:
        ``zh``, ``ar``, ``en``, ``fr``, ``es``, ``ru``, or ``None`` when a text in Latin or
        Cyrillic letters has too few function words.
    """
    sample = text[:20000]
    if not sample.isascii():
        for lang, letters in _SCRIPT_LANGUAGES:
            found = letters.search(sample) is not None  # (most texts have none: no list made)
            if found and len(letters.findall(sample)) > _SCRIPT_SHARE * _printed(sample):
                return lang
    counts = count_words(sample.lower(), _LETTER_RUN)
    scores = {lang: sum(counts[w] for w in sw) for lang, sw in _STOPWORDS.items()}
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] >= 3 else None


# --------------------------------------------------------------------------------------------
# Header
# --------------------------------------------------------------------------------------------

#: "at its seventy-seventh session": a later session this text looks forward to.
FUTURE_SESSION = re.compile(
    r"(?:à\s+sa|at\s+its|en\s+su|на\s+своей)\s+(?P<ord>[\w-]+(?:[\s-][\w-]+)?)\s+"
    r"(?:session|período\s+de\s+sesiones|сессии)",
    re.I,
)
#: The meeting of adoption, as the closing lines or the Council's adoption line name it: "55th
#: (resumed) plenary meeting", "52e séance plénière (reprise)", "9281st meeting".
MEETING = re.compile(
    rf"(?P<m>{MEETING_ORDINAL}\s+{PLENARY_MEETING}"
    r"|\d{1,4}\s*(?:e|er|th|st|nd|rd|ª|a|\.ª|[-‐‑]м)?\s+(?:meeting|séance|sesión|заседании)"
    r"|\d{1,4}[-‐‑]м\s+пленарном\s+заседании"  # a decision's opening: "На своем 2-м пленарном …"
    rf"|{NUMBERED_MEETING})",
    re.I,
)


def infer_session(
    header: Mapping[str, Any],
    clauses: Sequence[Clause],
    cites: Sequence[Citation],
    language: str | None,
) -> tuple[int | None, bool]:
    """The session: stated in the header or symbol, else inferred from the text.

    A text cites resolutions of its own or earlier sessions only, and looks forward to later
    ones (``at its seventy-seventh session``): the session is at least the latest General
    Assembly session it cites, and before the earliest session it looks forward to.

    Returns:
        The session number and whether it was inferred.
    """
    if header.get("session"):
        return int(header["session"]), False
    if header.get("body") not in {None, "General Assembly"}:
        return None, False  # only General Assembly texts count their sessions this way
    m = SYMBOL_SESSION.match(str(header.get("symbol") or ""))
    if m:
        return int(m.group("s")), False
    latest = 0
    for c in cites:
        sm = re.match(r"A/RES/(\d{1,3})/", c.symbol)
        if sm:
            latest = max(latest, int(sm.group(1)))
    ahead: list[int] = []
    for clause in clauses:
        if clause.section != "operative":
            continue
        for fm in FUTURE_SESSION.finditer(clause.text):
            n = ordinal_value(fm.group("ord"), language)
            if n:
                ahead.append(n)
    ahead = [n for n in ahead if n > latest]
    if latest and ahead:
        return min(ahead) - 1, True
    if latest:
        return latest, True
    if ahead:
        return min(ahead) - 1, True
    return None, False


# --------------------------------------------------------------------------------------------
# Assemble: shared by every reader
# --------------------------------------------------------------------------------------------


def assemble(
    *,
    drafts: Sequence[ClauseDraft],
    footnotes: Sequence[Footnote],
    header: Mapping[str, Any],
    language: str | None,
    linked_citations: Sequence[Citation] = (),
    warnings: Sequence[str] = (),
    fmt: str = "text",
    source_text: str = "",
    furniture: Sequence[Furniture] = (),
    unassigned: Sequence[str] = (),
    accounting: Mapping[str, int] | None = None,
) -> Resolution:
    """Analyse clauses (leads, verbs, citations, conferences) and build the `Resolution`.

    Args:
        drafts: the clauses in order, as a reader found them.
        footnotes: the document's footnotes, attached to clause ids (``PP1``...) or ``header``.
        header: header fields (see `Resolution`); ``body`` is the acting organ.
        language: ISO 639-1 code.
        linked_citations: citations the markup hyperlinks (AKN4UN), merged with those found.
        warnings: warnings so far.
        fmt: the input format.
        source_text: the text the spans point into.
        furniture: removed page furniture.
        unassigned: text that could not be placed.
        accounting: characters per role.

    Returns:
        The resolution.
    """
    warns = list(warnings)
    has_lexicon = language in LEXICON_LANGUAGES
    clauses: list[Clause] = []
    n_pp = n_op = 0
    anchors: dict[str, tuple[str, int]] = {}
    for d in drafts:
        if d.section == "preamble":
            n_pp += 1
            cid = f"PP{n_pp}"
        else:
            n_op += 1
            cid = f"OP{n_op}"
        lead, verbs = analyse(d.text, language=language, section=d.section, lead_text=d.lead_text)
        if not lead.known and lead.text and has_lexicon:
            warns.append(f"{cid}: lead phrase not in the lexicon: {lead.text!r}")
        for mark, off in d.anchors:
            anchors.setdefault(mark, (cid, off))  # a note repeated later stays where it stands
        clauses.append(
            Clause(
                id=cid,
                section=d.section,
                number=d.number,
                text=d.text,
                lead=lead,
                verbs=verbs,
                items=d.items,
                footnotes=tuple(m for m, _ in d.anchors),
                part=d.part,
                span=d.span,
                anchors=d.anchors,
            )
        )
    if not has_lexicon and any(c.lead.text for c in clauses):  # one warning, not one per clause
        lexicons = ", ".join(LEXICON_LANGUAGES)
        warns.append(
            f"no lead lexicon for language {language!r} (there are lexicons for {lexicons}): "
            "leads are kept as printed, not classified"
        )
    body = header.get("body")
    # every text of the document, clauses then footnotes: (text, clause id, footnote mark)
    texts: list[tuple[str, str | None, str | None]] = [(c.text, c.id, None) for c in clauses]
    texts += [(f.text, f.clause, f.mark) for f in footnotes]
    found = citations_mod.find_citations_batch(texts, language=language, organ=body)
    found = merge_linked(found, linked_citations)
    cites = citations_mod.link_citations(found, anchors)
    confs = conferences_mod.find_conferences_batch(texts, language=language)
    for m in confs:
        if not m.known:
            warns.append(f"{m.clause}: conference not in the reference table: {m.name!r}")
    session, inferred = infer_session(header, clauses, cites, language)
    return Resolution(
        source=header.get("source"),
        language=language,
        format=fmt,
        symbol=header.get("symbol"),
        title=header.get("title"),
        body=body,
        organ_text=header.get("organ_text"),
        doc_type=header.get("doc_type") or "other",
        sponsors=tuple(header.get("sponsors") or ()),
        on_behalf_of=header.get("on_behalf_of"),
        agenda_item=header.get("agenda_item"),
        session=session,
        session_inferred=inferred if not header.get("session_inferred") else True,
        date=header.get("date"),
        meeting=header.get("meeting"),
        warnings=tuple(warns),
        clauses=tuple(clauses),
        footnotes=tuple(footnotes),
        citations=tuple(cites),
        conferences=tuple(confs),
        header=header.get("header"),
        closing=header.get("closing"),
        headings=tuple(header.get("headings") or ()),
        annex=header.get("annex"),
        accounting=dict(accounting or {}),
        unassigned=tuple(unassigned),
        furniture=tuple(furniture),
        source_text=source_text,
    )


def merge_linked(found: list[Citation], linked: Sequence[Citation]) -> list[Citation]:
    """Merge hyperlinked citations into those found in the text.

    A found citation with the same symbol, clause and footnote as a link is marked ``linked``;
    a link that the text patterns missed is kept as it is.
    """
    if not linked:
        return found
    out = list(found)
    keys = {(c.symbol.upper(), c.clause, c.footnote): i for i, c in enumerate(out)}
    for link in linked:
        i = keys.get((link.symbol.upper(), link.clause, link.footnote))
        if i is not None:
            out[i] = replace(out[i], linked=True)
        else:
            out.append(link)
    return out


# --------------------------------------------------------------------------------------------
# Plain text
# --------------------------------------------------------------------------------------------


#: The masthead lines a footnote marker may stand in: text (a title, sponsors), the numbered
#: title and a Council's number line ("6 (1946). Resolution of 17 May 1946 21").
_MAY_HOLD_MARKERS = frozenset({None, "numbered title", "sc number"})


def _line_text(ln: Line) -> str:
    return ln.text


def _masthead_symbol(furniture: Sequence[Furniture], seg: Segmented) -> str | None:
    """The symbol at the top of the first page, which `prepare` set aside as a running header
    when the publisher's name came first ("United Nations", then "A/RES/78/102").
    """
    top = seg.organ.start if seg.organ else (seg.header[-1].start if seg.header else -1)
    for f in furniture:
        if f.span is not None and f.span.start > top:
            break
        if f.kind == "document symbol":
            return f.text
    return None


def _chars(lines: Sequence[Line]) -> int:
    """Characters other than white space: what the accounting counts."""
    return _nonspace("".join([ln.text for ln in lines]))


#: The least indent of a block indented as a whole: a paragraph's first line may be indented
#: by a space or two in extractions that mark paragraphs so.
_BLOCK_INDENT = 3


def _same_block(prev: Line, line: Line) -> bool:
    """Whether ``line`` goes on the block of ``prev``: both indented by the same width, of at
    least `_BLOCK_INDENT` columns ("          Albania, Andorra, …" / "          Herzegovina, …").
    """
    width = indent_width(line.text)
    return width >= _BLOCK_INDENT and indent_width(prev.text) == width


def _nonspace(text: str) -> int:
    """The number of characters of a text that are not white space (``\\s``, as ``str.split``)."""
    return len("".join(text.split()))


def parse_text(
    text: str,
    *,
    language: str | None = None,
    source: str | None = None,
    fmt: str = "text",
    furniture: Sequence[Furniture] = (),
    warnings: Sequence[str] = (),
) -> Resolution:
    """Parse a resolution from PDF-extracted (or pasted) text.

    Args:
        text: the document's text.
        language: ISO 639-1 code (``fr``, ``en``, ``es``); detected when ``None``.
        source: where the text came from, for messages and the ``source`` field.
        fmt: the input format, recorded in the result.
        furniture: furniture already removed by a reader (PDF), added to what is found here.
        warnings: warnings from a reader.

    Returns:
        The parsed resolution. Text that is not a resolution gives an empty parse with a
        warning only when it has an organ line or clauses; otherwise `NotAResolutionError`.

    Raises:
        EmptyDocumentError: the text is empty or white space.
        UnsupportedLanguageError: the text is in a script none of the official languages uses.
        NotAResolutionError: no acting-organ line and no clause was found.
        SeveralResolutionsError: the text prints several resolutions (read it with
            `parse_all`).
    """
    clean, cleaned = _cleaned_text(text, source)
    starts = resolution_starts(clean)
    if len(starts) > 1:
        numbers = tuple(n for _, n in starts)
        shown = ", ".join(numbers[:3]) + (", …" if len(numbers) > 3 else "")
        raise SeveralResolutionsError(
            f"prints {len(numbers)} resolutions one after another ({shown}): read them with "
            "parse_all",
            source,
            numbers,
        )
    return _parse_clean(
        clean,
        language=language,
        source=source,
        fmt=fmt,
        furniture=furniture,
        warnings=[*warnings, *cleaned],
    )


def _cleaned_text(text: str, source: str | None) -> tuple[str, list[str]]:
    """The text cleaned (`clean_source`), and the warnings that say what cleaning did.

    Raises:
        EmptyDocumentError: the text is empty or white space.
        UnsupportedLanguageError: the text is in a script none of the official languages uses.
    """
    if not text or not text.strip():
        raise EmptyDocumentError("empty document (no text)", source)
    script = unread_script(text)
    if script:
        raise UnsupportedLanguageError(
            f"text in {script} script: the text parser reads the six official languages of the"
            " United Nations (English, French, Spanish, Russian, Chinese, Arabic)",
            source,
        )
    clean, n_control, n_forms = clean_source(text)
    cleaned = []
    if n_control:
        cleaned.append(f"removed {n_control} control characters")
    if n_forms:
        cleaned.append(f"read {n_forms} ligatures or letter shapes (presentation forms) as letters")
    return clean, cleaned


def _parse_clean(
    clean: str,
    *,
    language: str | None,
    source: str | None,
    fmt: str,
    furniture: Sequence[Furniture],
    warnings: Sequence[str],
    in_volume: tuple[int, int] | None = None,
) -> Resolution:
    """`parse_text` on a text cleaned already that holds one resolution. ``in_volume``:
    ``(k, n)`` where it is the k-th of n resolutions that one document prints (`parse_all`):
    its number, not the volume's masthead, gives its symbol (a masthead of its own,
    "A/RES/…", still does)."""
    warns = list(warnings)
    if in_volume is not None:
        warns.append(f"text {in_volume[0]} of the {in_volume[1]} this document prints")
    prep = prepare(clean)
    lang = language or detect_language(clean)
    lex = lexicon(lang)
    vocab = Vocabulary(load_vocab(lang) if lang else (), clean)
    body_lines = [ln for ln in prep.lines if ln.role in {"body", "blank"}]
    seg = segment(body_lines, lex, lang)
    warns += seg.warnings

    # Footnote markers, looked for in the header, organ and paragraphs in reading order; not
    # in the masthead's symbols, dates and brackets ("A/RES/74/101", "(A/74/L.1)"), only in
    # its text and title, which a note may qualify.
    kinds = {ln.start: line_kind(ln.text) for ln in seg.header}
    ordered: list[Line] = [ln for ln in seg.header if kinds[ln.start] in _MAY_HOLD_MARKERS]
    ordered += [seg.organ] if seg.organ else []
    for p in seg.paragraphs:
        ordered += p.lines
    markers = find_markers(ordered, prep.footnotes)
    line_index = {ln.start: i for i, ln in enumerate(ordered)}

    def with_markers(lines: Sequence[Line]) -> list[tuple[Line, list[tuple[int, int, str]]]]:
        return [(ln, markers.get(line_index.get(ln.start, -1), [])) for ln in lines]

    # Header paragraphs: split at indents or blank lines (two or more where nearly every line
    # of the header is followed by a blank line: a double-spaced extraction). A block indented
    # as a whole (a layout-preserving extraction of the sponsors or the title) stays one.
    gaps = [clean.count("\n", a.start + len(a.text) + 1, b.start) for a, b in pairwise(seg.header)]
    blank_break = 2 if gaps and sum(g > 0 for g in gaps) >= 0.8 * len(gaps) else 1
    header_paras: list[list[Line]] = []
    for k, ln in enumerate(seg.header):
        new = not k or gaps[k - 1] >= blank_break
        if new or (ln.indent and not _same_block(seg.header[k - 1], ln)):
            header_paras.append([ln])
        else:
            header_paras[-1].append(ln)
    header_parts: list[tuple[str | None, str]] = []
    header_anchors: list[list[tuple[str, int]]] = []
    width = full_width(ln.text for p in seg.paragraphs for ln in p.lines)
    for kind, para in split_masthead(header_paras, _line_text, lambda ln: kinds[ln.start], width):
        t, anchors = render(with_markers(para), vocab)
        header_parts.append((kind, t))
        header_anchors.append(anchors)
    header_texts = [t for _, t in header_parts]
    header_marks = [m for anchors in header_anchors for m, _ in anchors]

    drafts: list[ClauseDraft] = []
    mark_owner: dict[str, str] = {m: "header" for m in header_marks}
    for k, p in enumerate(seg.paragraphs):
        marked = with_markers(p.lines)
        t, anchors = render(marked, vocab)
        number = p.number
        if p.label is not None or number is not None:
            m = (
                PARAGRAPH_LABEL.match(t)  # "PP1", "OP3 bis": a text under negotiation
                if p.label is not None
                else OP_NUMBER.match(t) or OP_NUMBER_COMMA.match(t)  # ``4, Requests``: a scan's
            )
            if m:
                shift = m.start("rest")
                t = m.group("rest")
                anchors = [(mk, max(off - shift, 0)) for mk, off in anchors]
        bounds = pairwise([*p.items, len(p.lines)])  # each item runs to the next one
        items = tuple(render(marked[i:end], vocab)[0] for i, end in bounds)
        span = Span(p.lines[0].start, p.lines[-1].start + len(p.lines[-1].text))
        drafts.append(
            ClauseDraft(
                p.section, number, t, items=items, anchors=tuple(anchors), part=p.part, span=span
            )  # type: ignore[arg-type]
        )
        for mk, _ in anchors:
            mark_owner.setdefault(mk, f"P{k}")  # a note cited again stays where it was first

    # Footnotes, attached to the clause that holds their marker.
    ids: dict[str, str] = {}
    n_pp = n_op = 0
    for k, d in enumerate(drafts):
        if d.section == "preamble":
            n_pp += 1
            ids[f"P{k}"] = f"PP{n_pp}"
        else:
            n_op += 1
            ids[f"P{k}"] = f"OP{n_op}"
    ids["header"] = "header"
    footnotes: list[Footnote] = []
    foot_texts = {}
    for e in prep.footnotes:
        ftext = render([(ln, []) for ln in e.body_lines()], vocab)[0]
        foot_texts[e.mark] = ftext
        owner_id = ids.get(mark_owner.get(e.mark, ""))
        if owner_id is None:
            warns.append(f"footnote {e.mark}: no marker found in the text")
        footnotes.append(Footnote(e.mark, ftext, owner_id, e.span))
    for mk in mark_owner:
        if mk not in foot_texts:
            warns.append(f"marker {mk}: no footnote text found")

    header = read_header(
        header_parts,
        foot_texts,
        lang,
        header_anchors,
        _masthead_symbol(prep.furniture, seg),
        own_number=in_volume is not None,
    )
    header["source"] = source
    if seg.organ is not None:
        organ_text = " ".join(part.strip() for part in seg.organ.text.split("\n"))  # (wrapped)
        header["organ_text"] = organ_text
        header["body"] = body_of(organ_text)
        if "symbol" not in header and header.get("title_number"):
            # printed without a masthead: the number that opens the title, and the organ
            header["symbol"] = citations_mod.resolution_symbol(
                header["title_number"], header["body"]
            )
    elif seg.body is not None:
        header["body"] = seg.body  # a statement of the Council's President, a decision
        if drafts and DECISION_OPENER.match(drafts[0].text):
            # a decision as adopted ("At its 2nd plenary meeting, on …"), which a volume prints
            # under its number only ("78/501. Title"), with no "Decision adopted by …" line
            if header.get("doc_type") in {"other", "adopted resolution"}:
                header["doc_type"] = "adopted decision"
            if "symbol" not in header and header.get("title_number"):
                header["symbol"] = citations_mod.resolution_symbol(
                    header["title_number"], seg.body, kind="decision"
                )
            if "date" not in header:
                dates = find_dates(drafts[0].text[:_OPENER_CHARS], lang)
                if dates:
                    header["date"] = dates[0].first.isoformat()
    closing_text = join_lines([ln.text.strip() for ln in seg.closing]) or None
    header["closing"] = closing_text
    header["header"] = "\n".join(header_texts) or None
    header["headings"] = [ln.text.strip() for ln in seg.headings]
    header["annex"] = join_lines([ln.text.strip() for ln in seg.annex]) or None
    # The meeting: under the last paragraph, or in the Council's adoption line ("Adopted by the
    # Security Council at its 9281st meeting, on 15 March 2023").
    adoption = [t for kind, t in header_parts if kind == "sc adopted"]
    if header.get("doc_type") == "adopted decision" and drafts:
        adoption.append(drafts[0].text)  # "At its 50th plenary meeting, on …"
    for where in [closing_text or "", *adoption]:
        mm = MEETING.search(where)
        if mm:
            header["meeting"] = re.sub(r"\s+", " ", mm.group("m"))
            break
    if closing_text:
        dates = find_dates(closing_text, lang)
        if dates:
            header["date"] = dates[0].first.isoformat()

    kind = (
        other_kind("\n".join(ln.text for ln in seg.header))
        if seg.organ is None and header.get("doc_type") == "other"
        else None
    )
    if kind is not None:
        # a corrigendum's numbered changes, or a report's numbered paragraphs, are no clauses
        raise NotAResolutionError(
            f"not a resolution: its title block names a {kind[0]} ({kind[1][:60]!r}), and no "
            "acting-organ line follows",
            source,
        )
    if seg.organ is None and not drafts:
        raise NotAResolutionError(
            "not a resolution: no acting-organ line (e.g. 'The General Assembly,') and no clauses",
            source,
        )
    if not any(d.section == "operative" for d in drafts):
        warns.append("no operative paragraph was found (is the text cut off?)")
    elif drafts and not drafts[-1].text.rstrip().endswith((".", "»", "”", "。", "」")):
        warns.append(
            "the last operative paragraph does not end with a full stop (is the text cut off?)"
        )

    # Character accounting: every non-space character of the input, by role.
    accounting = {
        "header": _chars(seg.header) + (_chars([seg.organ]) if seg.organ else 0),
        "clause": _chars([ln for p in seg.paragraphs for ln in p.lines]),
        "footnote": _chars([ln for e in prep.footnotes for ln in e.lines]),
        "closing": _chars(seg.closing),
        "annex": _chars(seg.annex),
        "heading": _chars(seg.headings),
        "furniture": _nonspace("".join(f.text for f in prep.furniture)),
        "unassigned": 0,
    }
    classified = (
        {ln.start for ln in seg.header}
        | {ln.start for ln in seg.closing}
        | {ln.start for ln in seg.annex}
    )
    classified |= {ln.start for p in seg.paragraphs for ln in p.lines}
    classified |= {ln.start for ln in seg.headings}
    if seg.organ:  # (the organ line may wrap over several lines of the source)
        organ_end = seg.organ.start + len(seg.organ.text)
        classified |= {ln.start for ln in prep.lines if seg.organ.start <= ln.start < organ_end}
    unassigned = [
        ln.text.strip() for ln in prep.lines if ln.role == "body" and ln.start not in classified
    ]
    if unassigned:
        accounting["unassigned"] = _nonspace("".join(unassigned))
        warns.append(f"{len(unassigned)} lines could not be assigned to any part")
    accounting["total"] = _nonspace(clean)

    res = assemble(
        drafts=drafts,
        footnotes=footnotes,
        header=header,
        language=lang,
        warnings=warns,
        fmt=fmt,
        source_text=clean,
        furniture=list(furniture) + prep.furniture,
        unassigned=unassigned,
        accounting=accounting,
    )
    return res


def parse_all(
    text: str,
    *,
    language: str | None = None,
    source: str | None = None,
    fmt: str = "text",
    furniture: Sequence[Furniture] = (),
    warnings: Sequence[str] = (),
) -> list[Resolution]:
    """Parse every resolution a text prints: one, or several one after another.

    A volume of the Official Records prints a session's resolutions one after another, each
    under its number (`helpers.segment.resolution_starts`). The text, cleaned
    (`helpers.normalize.clean_source`), is cut before each number and each piece is parsed on
    its own, its source named ``<source>#<k>``; the first piece keeps what comes before the
    first number (the volume's front matter), so every character is accounted for in one of
    them, and reports what cleaning did. A note printed on the page where the next resolution
    begins goes with that one, and both report it.

    Args:
        text: the document's text.
        language, source, fmt, furniture, warnings: as for `parse_text`.

    Returns:
        The resolutions, in the order printed.

    Raises:
        ParseError: as for `parse_text`, for the first piece that cannot be parsed.
    """
    clean, cleaned = _cleaned_text(text, source)
    starts = resolution_starts(clean)
    kwargs: dict[str, Any] = {"language": language, "fmt": fmt}
    if len(starts) < 2:
        return [
            _parse_clean(
                clean, source=source, furniture=furniture, warnings=[*warnings, *cleaned], **kwargs
            )
        ]
    # (the pieces are cut from the cleaned text: the first reports what cleaning did)
    cuts = [0, *(at for at, _ in starts[1:]), len(clean)]
    return [
        _parse_clean(
            clean[a:b],
            source=f"{source or '<text>'}#{k}",
            furniture=furniture if k == 1 else (),
            warnings=[*warnings, *(cleaned if k == 1 else ())],
            in_volume=(k, len(starts)),
            **kwargs,
        )
        for k, (a, b) in enumerate(pairwise(cuts), start=1)
    ]


# --------------------------------------------------------------------------------------------
# Files
# --------------------------------------------------------------------------------------------


def unsupported(suffix: str) -> str:
    """The message for a file type the project does not read."""
    return (
        f"unsupported format {suffix.lower() or '(no extension)'!r}; "
        f"expected one of {', '.join(SUPPORTED)}"
    )


def parse_bytes(data: bytes, *, name: str) -> Resolution:
    """Parse a document held in memory, choosing the reader by the file name's extension.

    Args:
        data: the file's bytes.
        name: the file name or path (for the extension and messages).

    Returns:
        The parsed resolution.

    Raises:
        ParseError: for any input that cannot be read; the message names the file and cause
            (`SeveralResolutionsError` for a text that prints several: see `parse_bytes_all`).
    """
    return _read(data, name, every=False)[0]


def parse_bytes_all(data: bytes, *, name: str) -> list[Resolution]:
    """Parse every resolution a document held in memory prints (see `parse_all`).

    Args:
        data: the file's bytes.
        name: the file name or path (for the extension and messages).

    Returns:
        The resolutions, in the order printed: one for most documents.

    Raises:
        ParseError: for any input that cannot be read; the message names the file and cause.
    """
    return _read(data, name, every=True)


def _read(data: bytes, name: str, *, every: bool) -> list[Resolution]:
    """Read a document by its extension: its resolution, or with ``every`` all it prints."""
    suffix = Path(name).suffix.lower()
    try:
        if suffix in {".xml", ".akn"}:
            from helpers.akn import read_akn

            return [read_akn(data, source=name)]
        if suffix == ".pdf":
            from helpers.pdf import extract_pdf

            return _parse_extracted(extract_pdf(data, source=name), name, "pdf", every)
        if suffix == ".docx":
            from helpers.word import extract_docx

            return _parse_extracted(extract_docx(data, source=name), name, "docx", every)
        if suffix in {".txt", ".md", ".text", ""}:
            from helpers.textfile import decode_text

            return _parse_extracted(decode_text(data, source=name), name, "text", every)
    except ParseError:
        raise
    except RecursionError as exc:  # pragma: no cover - defensive
        raise ParseError(f"input too deeply nested: {exc}", name) from exc
    except (ValueError, KeyError, IndexError, TypeError, UnicodeError) as exc:
        raise ParseError(f"could not parse ({type(exc).__name__}: {exc})", name) from exc
    raise UnsupportedFormatError(unsupported(suffix), name)


def _parse_extracted(ex: Any, name: str, fmt: str, every: bool) -> list[Resolution]:
    warnings = list(ex.warnings)
    if getattr(ex, "encoding", None):
        warnings.insert(0, f"decoded as {ex.encoding}")
    kwargs: dict[str, Any] = {
        "source": name,
        "fmt": fmt,
        "furniture": ex.furniture,
        "warnings": warnings,
    }
    return parse_all(ex.text, **kwargs) if every else [parse_text(ex.text, **kwargs)]


def parse_file(path: str | Path) -> Resolution:
    """Parse a resolution from a file: ``.txt``/``.md``, ``.xml`` (AKN4UN), ``.pdf``, ``.docx``.

    Args:
        path: the file.

    Returns:
        The parsed resolution.

    Raises:
        ParseError: the file is missing, unreadable, empty, of an unknown format, or not a
            resolution; the message names the file and the cause (`SeveralResolutionsError`
            for a volume that prints several: see `parse_file_all`).
    """
    return parse_bytes(_file_bytes(path), name=str(path))


def parse_file_all(path: str | Path) -> list[Resolution]:
    """Parse every resolution a file prints: one, or a volume's several (see `parse_all`).

    Args:
        path: the file.

    Returns:
        The resolutions, in the order printed.

    Raises:
        ParseError: as for `parse_file`.
    """
    return parse_bytes_all(_file_bytes(path), name=str(path))


def _file_bytes(path: str | Path) -> bytes:
    """A supported file's bytes; `ParseError` for an unknown format, or a missing or empty file."""
    p = Path(path)
    if p.suffix.lower() not in SUPPORTED:
        raise UnsupportedFormatError(unsupported(p.suffix), p)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ParseError(f"cannot read file: {exc.strerror or exc}", p) from exc
    if not data.strip():
        raise EmptyDocumentError("empty file" if not data else "file holds only white space", p)
    return data
