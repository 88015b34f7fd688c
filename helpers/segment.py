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
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from helpers.dates import find_dates
from helpers.leads import Lexicon
from helpers.lexicon import load_organs
from helpers.normalize import Line

#: Printed number of an operative paragraph: ``12.`` followed by the verb.
OP_NUMBER = re.compile(r"^\s*(?P<num>\d{1,3})\s?\.\s+(?P<rest>\S.*)$")
#: A sub-item inside a paragraph: ``(a)``, ``(iv)``, ``(1)``, ``a)``.
ITEM = re.compile(
    r"^\s*(?:\((?P<a>[a-z]{1,2}|[ivxlc]{1,6}|\d{1,2})\)|(?P<b>[a-z]|[ivx]{1,4})\))\s+\S"
)
#: Ends a clause: a comma (preamble), semicolon or colon (operative), full stop (last one).
CLAUSE_END = re.compile(r"[,;:.]\s*[*\d¹²³⁴⁵⁶⁷⁸⁹⁰]{0,3}\s*$")
SENTENCE_END = re.compile(r"\.\s*[*\d¹²³⁴⁵⁶⁷⁸⁹⁰]{0,3}\s*$")

#: Closing lines: plenary meeting, date of adoption, Security Council vote lines.
CLOSING = re.compile(
    r"""^\s*(?:
        \d{1,4}\s*(?:e|er|re|th|st|nd|rd|ª|a|\.ª)?\s+(?:séance\s+plénière|plenary\s+meeting|sesión\s+plenaria)
      | (?:Adopted|Adoptée?|Aprobada)\b
      | (?:\d{1,4}\s*(?:e|th|st|nd|rd|ª)?\s+)?(?:meeting|séance|sesión)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
#: A decorative divider between parts of a text: ``*``, ``* * *``.
DIVIDER = re.compile(r"^\s*\*(?:\s*\*)*\s*$")
#: The heading of a part of a composite resolution: ``B``, ``II``, ``Part B``.
PART_HEADING = re.compile(r"^\s*(?:(?:Part|Partie|Parte)\s+)?(?P<part>[A-H]|[IVX]{1,4})\.?\s*$")
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
    organs = load_organs()
    texts = sorted({str(t) for t in organs["text"]}, key=len, reverse=True) if len(organs) else []
    alts = [re.escape(t).replace("’", "['’]").replace(r"\ ", r"\s+") for t in texts]
    # Any organ the table lacks: an article, up to six words, and the kind of body.
    alts.append(
        r"(?:The\s+|L['’]|Le\s+|La\s+|El\s+)?(?:[\w’'-]+\s+){0,6}?"
        r"(?:Assembly|Council|Assemblée|Conseil|Asamblea|Consejo|Commission|Comisión)"
        r"(?:\s+[\w’'-]+){0,8}?"
    )
    return re.compile(
        r"^\s*(?:" + "|".join(alts[:-1] or alts) + r")\s*,?\s*$|"
        r"^\s*(?:" + alts[-1] + r")\s*,\s*$",
        re.IGNORECASE,
    )


def body_of(organ_line: str) -> str | None:
    """Return the canonical body named by an organ line, from ``data/reference/organs.csv``."""
    organs = load_organs()
    text = re.sub(r"\s+", " ", organ_line.strip().rstrip(",").strip()).replace("'", "’").lower()
    for row in organs.itertuples(index=False):
        if str(row.text).lower() == text:
            return str(row.body)
    for row in organs.itertuples(index=False):
        if str(row.text).lower() in text:
            return str(row.body)
    return None


def _is_date_line(text: str) -> bool:
    """A line that is only a date (the date of adoption under the meeting line)."""
    dates = find_dates(text)
    return bool(dates) and len(text.strip(" .")) - len(dates[0].text) <= 2


def _is_heading(text: str, following: Line | None, next_op: int, lexicon: Lexicon) -> bool:
    """A section heading between paragraphs: short, unpunctuated, and a paragraph follows."""
    if following is None or len(text) > 90 or not text[:1].isupper():
        return False
    if re.search(r"[,;:.]\s*$", text) or OP_NUMBER.match(text):
        return False
    nxt = following.text.strip()
    m = OP_NUMBER.match(nxt)
    if m:
        return int(m.group("num")) == next_op
    return lexicon.opens_clause(nxt, "preamble") and not lexicon.opens_clause(text, "preamble")


def _signals(body: list[Line]) -> tuple[bool, bool]:
    nonblank = [ln for ln in body if ln.role != "blank"]
    if not nonblank:
        return False, False
    indented = sum(ln.indent for ln in nonblank) / len(nonblank)
    # How often a line of text follows a blank line: near 1 in double-spaced extractions,
    # a fraction where blank lines separate paragraphs, 0 where there are none.
    after_blank = 0
    seen_text = False
    for a, b in pairwise(body):
        seen_text = seen_text or a.role != "blank"
        if seen_text and a.role == "blank" and b.role != "blank":
            after_blank += 1
    blank_ratio = after_blank / len(nonblank)
    return 0.02 < indented < 0.9, 0 < blank_ratio < 0.6


def segment(lines: list[Line], lexicon: Lexicon, language: str | None) -> Segmented:
    """Split the body lines of a document into its parts.

    Args:
        lines: body and blank lines of the document, in order (furniture and footnotes removed).
        lexicon: the lead lexicon of the document's language.
        language: ISO 639-1 code.

    Returns:
        Header lines, the organ line, paragraphs, closing and annex lines, and warnings.
    """
    use_indent, use_blank = _signals(lines)
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
        (i for i, ln in enumerate(content) if len(ln.text) < 120 and organ_re.match(ln.text)), None
    )
    if organ_idx is None:
        warnings.append("no acting-organ line (e.g. 'The General Assembly,') was found")
        organ_idx = next(
            (
                i - 1
                for i, ln in enumerate(content)
                if OP_NUMBER.match(ln.text) or lexicon.opens_clause(ln.text.strip(), "preamble")
            ),
            len(content) - 1,
        )
        organ = None
        header = content[: organ_idx + 1]
    else:
        organ = content[organ_idx]
        header = content[:organ_idx]

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

    def next_part(ln: Line) -> Paragraph:
        """Open the next part of a composite resolution with its first preambular paragraph."""
        nonlocal part, part_of_first
        part = chr(ord(part or "A") + 1)
        if part_of_first is None:
            part_of_first = "A"
            for p in paragraphs:
                p.part = part_of_first
        first = Paragraph("preamble", None, [ln], part=part)
        paragraphs.append(first)
        return first

    for k, ln in enumerate(rest):
        text = ln.text.strip()
        if DIVIDER.match(text):
            headings.append(ln)
            continue
        if (
            state in {"preamble", "operative"}
            and cur is not None
            and CLAUSE_END.search(cur.last_text)
            and _is_heading(text, rest[k + 1] if k + 1 < len(rest) else None, next_op, lexicon)
        ):
            headings.append(ln)
            continue
        if state == "annex":
            annex.append(ln)
            continue
        new_part = PART_HEADING.match(text) or (
            len(text) < 120 and organ_re.match(text) is not None
        )
        ended_text = state == "closing" or (
            state == "operative" and cur is not None and SENTENCE_END.search(cur.last_text)
        )
        if ended_text and new_part:
            # A composite resolution: the next part (A, B...) starts again with its preamble.
            m = PART_HEADING.match(text)
            part = m.group("part") if m else chr(ord(part or "A") + 1)
            if part_of_first is None:
                part_of_first = "A" if part != "A" else None
                for p in paragraphs:
                    p.part = part_of_first
            headings.append(ln)
            state, next_op, cur = "preamble", 1, None
            continue
        if state == "closing":
            if ANNEX.match(text):
                state = "annex"
                annex.append(ln)
            elif lexicon.opens_clause(text, "preamble") and not CLOSING.match(text):
                # A new part without a heading: its preamble follows the closing lines.
                state, next_op, cur = "preamble", 1, next_part(ln)
            else:
                closing.append(ln)
            continue
        brk = (
            (use_indent and ln.indent)
            or (use_blank and blank_before.get(ln.start, False))
            or (not use_indent and not use_blank)
        )
        ended = cur is None or bool(CLAUSE_END.search(cur.last_text))
        op = OP_NUMBER.match(text)
        if op and int(op.group("num")) == next_op and (brk or ended) and ended:
            cur = Paragraph("operative", op.group("num"), [ln], part=part)
            paragraphs.append(cur)
            next_op += 1
            state = "operative"
            continue
        if cur is not None and ITEM.match(text) and (brk or ended):
            cur.items.append(len(cur.lines))
            cur.lines.append(ln)
            continue
        sentence_done = cur is not None and bool(SENTENCE_END.search(cur.last_text))
        if (
            state == "operative"
            and sentence_done
            and (CLOSING.match(text) or ANNEX.match(text) or _is_date_line(text))
        ):
            state = "annex" if ANNEX.match(text) else "closing"
            (annex if state == "annex" else closing).append(ln)
            continue
        if state == "preamble" and brk and ended:
            if lexicon.opens_clause(text, "operative") and not lexicon.opens_clause(
                text, "preamble"
            ):
                # A lone operative paragraph is not numbered (UN drafting convention).
                cur = Paragraph("operative", None, [ln], part=part)
                paragraphs.append(cur)
                state = "operative"
                continue
            if lexicon.opens_clause(text, "preamble") or cur is None:
                if cur is None and not lexicon.opens_clause(text, "preamble"):
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
        if (
            state == "operative"
            and brk
            and ended
            and cur is not None
            and cur.number is not None
            and lexicon.opens_clause(text, "preamble")
            and not lexicon.opens_clause(text, "operative")
        ):
            # A preamble again after numbered operative paragraphs: the next part begins.
            state, next_op, cur = "preamble", 1, next_part(ln)
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
    return Segmented(header, organ, paragraphs, closing, annex, warnings, headings=headings)
