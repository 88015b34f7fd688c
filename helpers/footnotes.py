"""Footnotes: body lines + footnote entries → marker positions, clean paragraph text, footnotes.

In PDF-extracted text a footnote marker is glued to what precedes it: ``l’homme1``,
``8 septembre 20002`` (the year 2000, then footnote 2), ``résolution 77/2285`` (77/228, then 5),
``Cuba*``; sometimes it floats alone (``dixième 4 et``). A digit is read as a marker only when the
document has such a footnote, on the same page (markers sit on the page whose foot holds their
note), in the order of the notes, and in a plausible place. Candidates are ranked by how certain
the reading is, and the most certain one wins:

1. superscript digits (``¹²``), which the PDF and DOCX readers emit for markers they know, and
   in a text whose notes are numbered with a slash, as the UN typed them until the 2000s
   (``1/ Resolution 217 A (III).``), the same marks in the text (``Human Rights, 1/ the``);
2. digits glued to a word or to closing punctuation (``homme1``, ``report;2``, ``»3``), not
   to a symbol's or a paragraph's numbered part (``Add.1``, ``A/C.6/43``, ``IV.7``);
3. digits glued to a year after a month name or ``of/du/de`` (``septembre 20002``);
4. a lone number after a word, where nothing in the words before it asks for a number and the
   words after it do not make it a day or the start of a range (``from 6 to 9``), or digits
   glued to a year of the 1900s or 2000s after any other word (``l’horizon 20306``);
5. digits glued to a resolution number (``77/2285``) or to another body's decision
   (``3/COP.142``), to a number's comma (``Agenda 21,2``, ``resolution 77/38,2`` at a line's
   end) or to a title's short number (``Agenda 216 and``), or alone after a year (``2015–2030
   3 and``, as a layout-preserving extraction sets a raised mark off), a last resort;
6. digits glued to a resolution number before its date (``61/29 du 4 décembre``), the last.

The markers of one page's notes are placed together, in the notes' order: of the ways to place
them, the one worth most wins, a marker of one rank outweighing two of the next, so that one
marker placed too late cannot leave the markers after it no place. A marker not found on its
note's page is looked for in the rest of the text, but what is found there does not move the
place the next markers are looked for from: one wrong reading does not push every marker after
it off its page.

A note cited again is not printed again, but its mark is, where it is cited again: after the
note's first marker, such marks are read too (`_repeated_markers`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from helpers.dates import MONTHS, month_alternation
from helpers.normalize import (
    SUPERSCRIPTS,
    FootnoteEntry,
    Line,
    Vocabulary,
    join_lines,
    repair_lines,
)

SENTINEL = "\ue000"
_SPLIT_SENTINEL = re.compile(f"({SENTINEL})")
_MULTI = re.compile(r" {2,}")
_SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPERSCRIPT_RUN = re.compile(f"[{_SUPERSCRIPT_DIGITS}]+")
#: A year, 1600-2099, as the patterns below spell it.
_YEAR_DIGITS = r"(?:1[6-9]|20)\d\d"

#: The month names of every language, as printed (with or without their accents: "décembre").
_MONTH = month_alternation(tuple(MONTHS))
#: Words after which a year may stand (and then carry a glued marker).
_YEAR_CONTEXT = re.compile(
    rf"(?:\b(?:{_MONTH})|\b(?:of|in|for|to|since|du|de|en|pour|à|au|depuis|desde|para|a|al|hasta|año|year|année))\s+$"
    rf"|\b{_YEAR_DIGITS}[–-]$",  # the first year of a range: "2015–2030,8"
    re.IGNORECASE,
)
#: Words that ask for the number after them, so a lone number there is not a marker.
_NUMBER_NOUNS = re.compile(
    r"(?:\b(?:paragraphs?|paragraphes?|p[áa]rrafos?|subparagraphs?|alin[ée]as?|apartados?|"
    r"incisos?|articles?|art[íi]culos?|chap(?:ters?|itres?)?|"
    r"cap[íi]tulos?|sections?|secci[óo]n(?:es)?|sect|annex(?:es)?|annexes?|anexos?|"
    r"r[ée]solutions?|resoluci[óo]n(?:es)?|d[ée]cisions?|decisi[óo]n(?:es)?|sessions?|"
    r"sesi[óo]n(?:es)?|items?|points?|temas?|goals?|objectifs?|objetivos?|targets?|cibles?|"
    r"metas?|principles?|principes?|principios?|rules?|r[èe]gles?|reglas?|parts?|partie|parte|"
    r"no|núm|n[º°o]|page|pages|p|pp|vol|volume|tome|phase|fase|level|niveau|nivel|protocol|"
    r"protocole|protocolo|amendment|amendement|enmienda|table|tableau|cuadro|figure|figura|"
    r"recommendations?|recommandations?|recomendaciones?|vote|votes|votos?|contre|against|"
    r"contra|abstentions?|to|à|a|y|and|et|or|ou|o|than|que|de|of|by|par|por|under|en|in|"
    r"from|between|desde|entre|du|al|del)"
    r"|\d,|[\d./%$€£-])\s*$",  # (a comma asks for a number after a number: "paragraphs 3, 4")
    re.IGNORECASE,
)


def _single_spaced(text: str) -> str:
    """A text with its runs of spaces collapsed into one."""
    return _MULTI.sub(" ", text) if "  " in text else text  # (most texts have none)


#: Markers read so far: for each line (by index), ``(start, end, mark)`` columns.
Found = dict[int, list[tuple[int, int, str]]]


@dataclass
class _Candidate:
    rank: int
    line: int
    start: int
    end: int

    @property
    def order(self) -> tuple[int, int, int]:
        """The most certain first, then the first in the text."""
        return (self.rank, self.line, self.start)


#: A mark typed with a slash, as the UN printed note numbers until the 2000s ("Human Rights,
#: 1/ the"): not a number's part ("34/180", "A/47/38", "decision 1/CP.21").
_SLASH_MARK = re.compile(r"(?<![\w/.-])(\d{1,3})/(?=[ \t,;.:)\]]|$)")
#: A number with a slash, whole ("74/298" in "resolution 74/298,"; not in "A/RES/74/298").
_SLASH_NUMBER = re.compile(r"(?<![\w/.-])\d{1,4}/\d{1,4}(?![\w/])")
#: The same, ending where a candidate marker ends.
_SLASH_NUMBER_END = re.compile(r"(?<![\w/.-])\d{1,4}/\d{1,4}$")


@lru_cache(maxsize=512)
def _name_with_mark(mark: str) -> re.Pattern[str]:
    """A name with a number after a hyphen ("COVID‑19", a word of two letters or more), then
    ``mark`` glued to it."""
    return re.compile(rf"(?<![\w‑–-])([^\W\d_]{{2,}}[‑–-]\d{{1,3}}?)({re.escape(mark)})(?![\d/])")


@dataclass
class _Body:
    """The body lines, the markers read so far and the lines' text, joined."""

    lines: Sequence[Line]
    found: Found
    text: str
    _numbers: Counter[str] | None = None

    def printed_whole(self, line: str, cand: _Candidate) -> bool:
        """Whether a candidate's digits end a number with a slash that the document prints
        whole elsewhere, and never without them: "74/298" is resolution 74/298, not 74/29
        and the mark 8 (the markup of some documents has notes with no marker at all, which
        would otherwise take such digits)."""
        if "/" not in line[max(0, cand.start - 5) : cand.start]:
            return False
        m = _SLASH_NUMBER_END.search(line, 0, cand.end)
        if m is None or m.start() >= cand.start:
            return False
        if self._numbers is None:
            self._numbers = Counter(_SLASH_NUMBER.findall(self.text))
        stem = line[m.start() : cand.start]
        return self._numbers[m.group()] >= 2 and self._numbers[stem] == 0

    def glued_to_a_name(self, line: str, mark: str, line_no: int) -> list[_Candidate]:
        """The places where ``mark`` is glued to a name with a number that the document prints
        elsewhere without it, and with it only here: "COVID‑1918" is COVID‑19 and the mark 18
        (rank 5, as another number's)."""
        if not any(h in line for h in _HYPHENS):
            return []
        return [
            _Candidate(5, line_no, hit.start(2), hit.end(2))
            for hit in _name_with_mark(mark).finditer(line)
            if _stands_without(self.text, hit.group(1), hit.group(2))
        ]


#: The date of the resolution whose number comes before ("61/29 du 4 décembre", "73/284 du 1er
#: mars", "50/104, de 20 de diciembre", "70/1 of 25 September").
_DATE_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:of|du|de|del|dated)[ \t]+\d{1,2}(?:er|º|°)?\b")
#: What a symbol's or a paragraph's numbered part ends with: "Add.", "Rev.", "Corr.", "L.",
#: "C." ("A/C.6/43/7"), a body's initials after a slash ("decision 2/CMA.4"), a Roman number
#: ("paragraph IV.7").
_SYMBOL_PART = re.compile(
    r"(?:\b(?:Add|Rev|Corr|Amend|Suppl|Sess|[IVXL]+)|(?<![^\W\d_])[A-Z]|/[A-Z]{1,5})\.$"
)
#: A year, which a title's number glued to a mark must not make ("in 2014" is not "in 201" + 4).
_YEAR = re.compile(_YEAR_DIGITS)
#: The rest of a range opening the text after a lone number ("from 6 to 9 October", "du 6 au
#: 9", "6 y 7"): the number is the range's first, not a marker.
_RANGE_AFTER = re.compile(r"(?:to|and|au|et|al|a|y|[–-])\s*\d", re.IGNORECASE)
#: A month name opening the text after a lone number (then the number is a day, not a marker).
_MONTH_AFTER = re.compile(rf"(?:de\s+)?(?:{_MONTH})\b", re.IGNORECASE)


#: A unit or magnitude after a decimal number ("21,1 millones", "12,5 por ciento"): the
#: digits after the comma are the number's, not a marker.
_DECIMAL_UNIT = (
    r"[ \t]+(?:mil(?:es|l[oó]n(?:es)?|lions?|liards?)?|billions?|d[oó]lares|dollars|euros|"
    r"francs|por[ \t]+ciento|pour[ \t]+cent|grados|degr[ée]s|toneladas|tonnes|hect[áa]reas)\b"
)


#: What follows a number in Chinese, so that it is no footnote mark: its counter or unit (year,
#: month, day, number, time, session, paragraph, article, volume, page, item, per cent …).
_ZH_COUNTER = "[年月日号次届段条款卷页个名项多余万亿%％周]"


@lru_cache(maxsize=512)
def _mark_patterns(mark: str) -> tuple[re.Pattern[str], ...]:
    """The candidate patterns of one mark (compiled once per mark, not once per line)."""
    m = re.escape(mark)
    # Patterns 2 and 4 open with the mark and look back past it (``(?<=x{m})`` after the mark
    # is ``(?<=x)`` before it): a pattern that opens with a literal is searched for as one.
    glued_after = "|".join(
        rf"(?<={before}{m})"
        for before in (
            r"[^\W\d_]",  # a letter
            r"[^\W\d_][;,.:’']",  # a letter and punctuation
            r"[^\W\d_]\.[;,:]",  # an abbreviation and punctuation ("1 p.m.,1")
            # a closing bracket or quotation mark (Arabic closes a quotation with "“")
            r"[)\]»”\"]",
            r"[^\W\d_]“",
            r"[)\]»”\"][;,.:]",  # a closing bracket or quotation mark, and punctuation
            r"[^\W\d_]“[،؛]",
            r"\d[;:；：]",  # a number and a semicolon or colon
            # Chinese: full-width punctuation after a character ("宣言》，1"), a closing
            # bracket ("《世界人权宣言》1")
            r"[^\W\d_][，；。：、،؛]",  # (and the Arabic comma and semicolon)
            r"[》」』）]",
            r"[)\]”》」』）][，；。：、]",
        )
    )
    return (
        # 2. glued to a letter, or to closing punctuation after a letter or bracket; not a
        # decimal ("逾2.78亿") nor a Chinese number, which its counter follows ("3月1日", "第14段").
        re.compile(rf"({m})(?:{glued_after})(?![\d/]|\.\d|{_ZH_COUNTER})"),
        # 3. glued to a year, or to the comma or full stop after one ("… 2021,1").
        re.compile(rf"\b{_YEAR_DIGITS}[,.]?({m})(?![\d/])"),
        # 4. alone after a word, or after the punctuation that follows one (a layout-preserving
        # extraction sets a raised mark off by a space: "outer space activities, 1").
        re.compile(
            rf"({m})(?:(?<=[^\W\d_][ \t]{m})|(?<=[^\W\d_][,;.:’”»)][ \t]{m})"
            rf"|(?<=[^\W\d_][’”»)][,;.:][ \t]{m}))"
            r"(?=[ \t]*(?:[,;.:)](?!\d)|[ \t][^\W\d_]|$))"  # (not "1.148.836")
        ),
        # 5. glued to a slash number: 77/2285; or to the comma after a number of two digits
        # or more, before a word or at the line's end ("Agenda 21,2 the Programme"; "1,5
        # grados" and "21,1 millones" are decimals), or after a symbol with a slash, at the
        # line's end ("of resolution 77/38,2").
        re.compile(
            rf"\b\d{{1,4}}/\d{{1,4}}?({m})(?![\d/])"
            rf"|(?<=\d\d,)({m})(?!{_DECIMAL_UNIT})(?=[ \t]+[^\W\d_]|[ \t]*$)"
            # or before a word or the next symbol of a list ("resolutions 74/168,16 75/192",
            # "decisions 1/CMA.3 and 1/CMA.4,29 the call")
            rf"|/(?:[A-Z]{{2,4}}\.)?\d{{1,4}},({m})(?=[ \t]*$|[ \t]+\d{{1,4}}/|[ \t]+[^\W\d_])"
            # or to the number of a decision of another body: "3/COP.142", "XII/327",
            # "GC.18/Res.912"
            rf"|\b(?:[A-Z]{{1,4}}-)?(?:\d{{1,2}}|[IVXL]{{1,6}})/(?:[A-Z][A-Za-z]{{1,3}}\.)?\d{{1,2}}?({m})(?![\d/])"
        ),
        # 5. glued to the short number of a title ("Agenda 216 and", "Action 214,"), before
        # punctuation, a word or the line's end.
        re.compile(
            rf"\b[A-ZÀ-Ý][^\W\d_]+[ \t]\d{{1,2}}?({m})(?![\d/])"
            r"(?=[ \t]*[,;.]|[ \t]+[^\W\d_]|[ \t]*$)"
        ),
        # 5. alone after a year, before a word (a raised mark set off by a space:
        # "Disaster Risk Reduction 2015–2030 3 and").
        re.compile(rf"\b{_YEAR_DIGITS}[,;.:]?[ \t]({m})(?=[ \t]+[^\W\d_]|[ \t]*[,;.]|[ \t]*$)"),
    )


#: The Sustainable Development Goals are numbered 1 to 17 (resolution 70/1): "Goal 14", "objectifs
#: de développement durable nos 5 et 16", "Objetivo de Desarrollo Sostenible 2".
_GOAL_NUMBER = r"(?:1[0-7]|[1-9])"
_GOAL_WORDS = (
    r"(?i:sustainable\s+development\s+goals?\s+"
    r"|d[ée]veloppement\s+durable\s+(?:n[oº]s?[ \t]?°?[ \t]?)?"  # "no 14", "nos 5 et 16", "no°2"
    r"|desarrollo\s+sostenible\s+)"
    rf"(?:{_GOAL_NUMBER}(?:\s*,\s*|\s+(?:and|et|y)\s+))*"  # the goals named before it
)
#: The first words of `_GOAL_WORDS`, one of which a line must hold for it to be searched.
_GOAL_HINTS = ("oal", "urable", "ostenible")


@lru_cache(maxsize=512)
def _goal_with_mark(mark: str) -> re.Pattern[str]:
    """A goal's number with ``mark`` glued to it ("durable no 148": goal 14 and the mark 8; "nos
    5 et 164"), or after its comma, before a word ("Goal 2,2 exacerbating"): there is no goal
    18 or over, so a longer number is a goal and a mark."""
    m = re.escape(mark)
    return re.compile(
        rf"{_GOAL_WORDS}(?P<goal>{_GOAL_NUMBER})(?:(?P<glued>{m})(?![\d/])"
        rf"|,(?P<comma>{m})(?=[ \t]+(?!(?:and|et|y)\b)[^\W\d_]))"
    )


@lru_cache(maxsize=512)
def _title_opens(mark: str) -> re.Pattern[str]:
    """A title's short number that opens a line with ``mark`` glued to it ("213, and"), before
    punctuation, a word or the line's end (its word ends the line before)."""
    return re.compile(
        rf"[ \t]*\d{{1,2}}({re.escape(mark)})(?![\d/])(?=[ \t]*[,;.]|[ \t]+[^\W\d_]|[ \t]*$)"
    )


@lru_cache(maxsize=8)
def _asterisk_pattern(mark: str) -> re.Pattern[str]:
    """An asterisk mark glued to a letter or closing bracket, or to the comma after one (the
    Human Rights Council's drafts mark their sponsors so: "Albania,* Andorra,* Argentina"), not
    part of a longer run; or set off by spaces between two words ("Relies on * the Chief of
    Staff", a hand-corrected scan)."""
    m = re.escape(mark)
    return re.compile(
        rf"(?:(?<=[^\W\d_)\]])|(?<=[^\W\d_)\]],))({m})(?!\*)"  # glued: "Cuba*", "Albania,*"
        rf"|(?<=[^\W\d_] )({m})(?= [^\W\d_])"  # between words
    )


def _ends_with(context: re.Pattern[str], text: str, end: int) -> bool:
    """Whether ``context.search(text[:end])`` finds a match, looking at the last word only.

    ``context`` is `_YEAR_CONTEXT` or `_NUMBER_NOUNS`: words (or a sign) without white space,
    then only white space to the end. Such a match lies in the last run of text without white
    space and the white space after it, so the search is run there, from the character before
    that run (which gives ``\\b`` the same context), not along the whole line.
    """
    head = text[:end].rstrip()
    if not head:
        return False
    start = max(len(head) - len(head.rsplit(None, 1)[-1]) - 1, 0)
    return context.search(text[start:end]) is not None


def _candidates(
    text: str, mark: str, line_no: int, next_text: str = "", prev_text: str = ""
) -> list[_Candidate]:
    """The places ``mark`` may stand on a line, ranked (see the module docstring); a number
    that the text after it, on this line or at the start of ``next_text``, makes a day ("…,
    1" / "de septiembre de 2015") is none. A year that opens the line has the words before it
    at the end of ``prev_text`` ("… el 19 de noviembre de" / "20214, de la Comisión …")."""
    glued, year, alone, slash, title, after_year = _mark_patterns(mark)
    out: list[_Candidate] = []
    for hit in glued.finditer(text):
        if text[hit.start() - 1] == "." and _SYMBOL_PART.search(text, 0, hit.start()):
            continue  # the number of a symbol's part: "A/74/411/Add.1", "A/C.6/43/7"
        out.append(_Candidate(2, line_no, hit.start(1), hit.end(1)))
    for hit in year.finditer(text):
        opens = not text[: hit.start()].strip()
        if text[hit.start(1) - 1] == ",":
            # "for 2018,1", "correspondiente a 2017,7": the year has ended, as certain as a
            # mark glued to a word (an earlier place than a mark printed again: "the report
            # of the Agency for 2018,1" before "the report of the Agency;1")
            out.append(_Candidate(2, line_no, hit.start(1), hit.end(1)))
        elif (
            text[hit.start(1) - 1] == "."  # "… in 2017.7": the year has ended
            or _ends_with(_YEAR_CONTEXT, text, hit.start())
            or (opens and _ends_with(_YEAR_CONTEXT, prev_text + " ", len(prev_text) + 1))
        ):
            out.append(_Candidate(3, line_no, hit.start(1), hit.end(1)))
        elif text[hit.start()] in "12" and text[hit.start() + 1] in "90":
            # a year of this century or the last, after any word ("à l’horizon 20306"): as
            # likely as a number set off by a space
            out.append(_Candidate(4, line_no, hit.start(1), hit.end(1)))
    for hit in alone.finditer(text):
        after = text[hit.end() :].lstrip() or next_text.lstrip()
        if (
            _ends_with(_NUMBER_NOUNS, text, hit.start())
            or _MONTH_AFTER.match(after)
            or _RANGE_AFTER.match(after)
        ):
            continue
        out.append(_Candidate(4, line_no, hit.start(1), hit.end(1)))
    for hit in slash.finditer(text) if "/" in text or "," in text else ():
        g = next(k for k in (1, 2, 3, 4) if hit.start(k) >= 0)
        if g == 1 and not text[: hit.start()].strip() and text.startswith(". ", hit.end()):
            continue  # the resolution’s own number before its title: "78/31. Youth, …"
        # A marker rarely stands between a number and its date ("61/29 du 4 décembre 2006"),
        # though it does after the resolutions of other bodies ("5/7 and 5/8 of 2 March 2022").
        rank = 6 if g in (1, 4) and _DATE_AFTER.match(text, hit.end()) else 5
        out.append(_Candidate(rank, line_no, hit.start(g), hit.end(g)))
    for hit in title.finditer(text):
        begin = max(text.rfind(" ", 0, hit.start(1)), text.rfind("\t", 0, hit.start(1))) + 1
        if not _YEAR.fullmatch(text[begin : hit.end(1)]) and not _ends_with(
            _NUMBER_NOUNS, text, begin
        ):
            out.append(_Candidate(5, line_no, hit.start(1), hit.end(1)))
    if text.lstrip()[:1].isdigit():
        # a title's number that opens the line, its word at the end of the line before
        # ("… el capítulo 17 del Programa" / "213, …")
        hit = _title_opens(mark).match(text)
        head = prev_text.rstrip() + " "
        if (
            hit
            and not _YEAR.fullmatch(text[: hit.end(1)].strip())
            and not _MONTH_AFTER.match(text[hit.end() :].lstrip())  # "Assembly" / "21 May"
            and _TITLE_WORD.search(head, max(0, len(head) - 40))
            and not _ends_with(_NUMBER_NOUNS, head, len(head))
        ):
            out.append(_Candidate(5, line_no, hit.start(1), hit.end(1)))
    if any(h in text for h in _GOAL_HINTS):
        for hit in _goal_with_mark(mark).finditer(text):
            g = "glued" if hit.start("glued") >= 0 else "comma"
            if g == "comma" or int(hit.group("goal") + mark) > 17:  # "Goal 14": no goal 1, mark 4
                out.append(_Candidate(2, line_no, hit.start(g), hit.end(g)))
    for hit in after_year.finditer(text):
        after = text[hit.end() :].lstrip() or next_text.lstrip()
        if not _MONTH_AFTER.match(after):  # "17 April 2018, 25 April"
            out.append(_Candidate(5, line_no, hit.start(1), hit.end(1)))
    return out


def find_markers(lines: Sequence[Line], entries: Sequence[FootnoteEntry]) -> Found:
    """Locate the marker of every footnote entry in the body lines.

    Args:
        lines: the body lines (header and paragraphs), in order.
        entries: the footnote entries, in order, with the page they were printed on.

    Returns:
        For each line (by index in ``lines``), the markers as ``(start, end, mark)`` columns.
    """
    found: Found = {}
    # Superscripts are certain markers (most texts have none, which one search tells).
    joined = "\n".join([ln.text for ln in lines])
    if any(map(joined.__contains__, _SUPERSCRIPT_DIGITS)):
        for i, ln in enumerate(lines):
            for hit in _SUPERSCRIPT_RUN.finditer(ln.text):
                found.setdefault(i, []).append(
                    (hit.start(), hit.end(), hit.group().translate(SUPERSCRIPTS))
                )
    slashed = {e.mark for e in entries if e.slashed}
    if slashed:  # marks typed with a slash ("Human Rights, 1/ the"): as certain, each printing
        for i, ln in enumerate(lines):
            for hit in _SLASH_MARK.finditer(ln.text) if "/" in ln.text else ():
                if hit.group(1) in slashed:
                    found.setdefault(i, []).append((hit.start(), hit.end(), hit.group(1)))
    certain = {mark for marks in found.values() for _, _, mark in marks}
    body = _Body(lines, found, joined)
    everything = range(len(lines))
    by_page: dict[int | None, list[int]] = {}
    for i, ln in enumerate(lines):
        by_page.setdefault(ln.page, []).append(i)
    pos = (0, 0)  # (line, column) after the last marker found
    k = 0
    while k < len(entries):
        entry = entries[k]
        if entry.mark in certain:
            k += 1
        elif entry.mark.startswith("*"):
            # An asterisk glued to a name of the header (sponsor) or title.
            glued = _asterisk_pattern(entry.mark)
            for i, ln in enumerate(lines):
                hit = glued.search(ln.text)
                if hit:
                    g = 1 if hit.start(1) >= 0 else 2
                    found.setdefault(i, []).append((hit.start(g), hit.end(g), entry.mark))
                    break
            k += 1
        elif entry.page <= 0:  # no page known: the first best place after the last marker
            best = _best_candidate(body, everything, entry.mark, pos)
            if best is not None:
                found.setdefault(best.line, []).append((best.start, best.end, entry.mark))
                pos = (best.line, best.end)
            k += 1
        else:
            # The notes of one page, placed together on that page.
            group = []
            while (
                k < len(entries)
                and entries[k].page == entry.page
                and not entries[k].mark.startswith("*")
            ):
                if entries[k].mark not in certain:
                    group.append(entries[k])
                k += 1
            chosen = _choose_on_page(body, by_page.get(entry.page - 1, []), group, pos)
            after = []
            for e, cand in zip(group, chosen, strict=True):
                after.append(pos)
                if cand is not None:
                    found.setdefault(cand.line, []).append((cand.start, cand.end, e.mark))
                    pos = (cand.line, cand.end)
            # A note not placed on its page is looked for in the rest of the text, after the
            # marker before it; what is found there does not move where the next are looked for.
            for e, cand, since in zip(group, chosen, after, strict=True):
                if cand is None:
                    best = _best_candidate(body, everything, e.mark, since)
                    if best is not None:
                        found.setdefault(best.line, []).append((best.start, best.end, e.mark))
    _repeated_markers(lines, found, joined, slashed)
    for marks in found.values():
        marks.sort()
    return found


def _page_candidates(
    body: _Body, pool: Sequence[int], mark: str, pos: tuple[int, int]
) -> list[_Candidate]:
    """The places ``mark`` may stand on the lines ``pool``, from ``pos`` on, where no marker is
    read yet."""
    lines, found = body.lines, body.found
    out: list[_Candidate] = []
    for i in pool[bisect_left(pool, pos[0]) :]:  # the lines from the last marker on
        text = lines[i].text
        if mark not in text:
            continue
        after = lines[i + 1].text if i + 1 < len(lines) else ""
        before = lines[i - 1].text if i else ""
        for cand in _candidates(text, mark, i, after, before) + body.glued_to_a_name(text, mark, i):
            if (cand.line, cand.start) < pos:
                continue
            if any(s <= cand.start < e for s, e, _ in found.get(i, [])):
                continue
            if body.printed_whole(text, cand):
                continue
            out.append(cand)
    return out


def _best_candidate(
    body: _Body, pool: Sequence[int], mark: str, pos: tuple[int, int]
) -> _Candidate | None:
    """The most certain place of ``mark`` on the lines ``pool`` from ``pos`` on, the first of
    equals."""
    cands = _page_candidates(body, pool, mark, pos)
    return min(cands, key=lambda c: c.order) if cands else None


def _value(rank: int) -> int:
    """What placing a marker of this rank is worth: one of a rank outweighs two of the next."""
    return 3 ** (7 - rank)


def _choose_on_page(
    body: _Body, pool: Sequence[int], group: Sequence[FootnoteEntry], pos: tuple[int, int]
) -> list[_Candidate | None]:
    """Place the markers of one page's notes together, in their order, on that page.

    The notes' markers stand in the notes' order, so one marker placed too late loses every
    marker after it: "Agenda 216" (note 6) comes before "from 6 to 9 October" and before the
    markers of notes 7 to 10. Of the ways to place them in order, the one worth most wins (see
    `_value`); among equals, the most certain and then the first place for each note.

    Returns:
        For each note of ``group``, its place, or ``None`` where it has none on the page.
    """
    cands = [
        sorted(
            _page_candidates(body, pool, e.mark, pos),
            key=lambda c: c.order,
        )
        for e in group
    ]
    memo: dict[tuple[int, tuple[int, int]], int] = {}

    def worth(j: int, since: tuple[int, int]) -> int:
        """The most the notes from ``j`` on are worth, placed after ``since``."""
        if j == len(group):
            return 0
        key = (j, since)
        if key not in memo:
            top = worth(j + 1, since)  # note j not placed on the page
            for c in cands[j]:
                if (c.line, c.start) >= since:
                    top = max(top, _value(c.rank) + worth(j + 1, (c.line, c.end)))
            memo[key] = top
        return memo[key]

    out: list[_Candidate | None] = []
    since = pos
    for j in range(len(group)):
        target = worth(j, since)
        pick = next(
            (
                c
                for c in cands[j]
                if (c.line, c.start) >= since
                and _value(c.rank) + worth(j + 1, (c.line, c.end)) == target
            ),
            None,
        )
        out.append(pick)
        if pick is not None:
            since = (pick.line, pick.end)
    return out


#: A run of digits: where a mark printed again may stand (read by `_repeated_markers`).
_DIGIT_RUN = re.compile(r"\d+")
#: What may stand between a word and a mark printed again ("Peoples,4", "Agreement”2").
_BEFORE_MARK = ",;:)]»”’\"'"
#: The spaces French sets before a closing guillemet (a plain, no-break or narrow no-break one).
_SPACES = " \u00a0\u202f"
#: A number a mark printed again may follow past a comma, semicolon or colon: a year or a span
#: of years ("of 12 August 1949,2", "2015–2030;6"), or a symbol with a slash ("resolution
#: 73/180,4", "S-21/1,13", "decision 1/CP.21,").
_NUMBER_BEFORE_MARK = re.compile(rf"{_YEAR_DIGITS}(?:[–‑-]{_YEAR_DIGITS})?|\S*\d/\S*\d")
#: A name with a number that a mark may be glued to ("COVID‑19", "SARS-CoV-2") ends with a
#: hyphen and digits; the characters of the token that a run of digits closes.
_HYPHENS = "‑–-"
_TOKEN_CHARS = re.compile(r"[\w./‑–-]+$")
#: Before a title's number: a word with a capital, and a space ("Agenda ", "Programa ").
_TITLE_WORD = re.compile(r"(?<![\w./-])[A-ZÀ-Ý][^\W\d_]+ $")
_HYPHENS_AND_SPACE = _HYPHENS + " "


def _repeated_markers(
    lines: Sequence[Line],
    found: Found,
    whole: str,
    settled: set[str] | frozenset[str] = frozenset(),
) -> None:
    """Add, in place, the marks of notes referred to again after their first marker (``whole``
    is the lines' text, joined by "\n"; the marks ``settled`` were read wherever printed).

    A note cited twice is printed once, and its mark printed again where it is cited again
    ("… the Paris Agreement2 and …" in a later paragraph). The markup of 630 of the corpus's
    documents does so (1,697 of 65,939 anchors). Read so, after the note's first marker:

    - digits glued to the end of a word in lower-case letters, perhaps past its punctuation;
      not "COP26", "G77" or "CO2", "#Commit2Dialogue", nor the digits of a web address (in the
      clause texts of a third of the corpus's markup there are 26 such digits, all but names
      like "Pier2Peer" marks the markup left unmarked);
    - digits glued to a year ("l’horizon 20308", "the World Summit 200517": the notes of the
      2030 Agenda and of the 2005 World Summit are the ones most cited again; the same markup
      holds one such number, a mark left unmarked);
    - digits after the comma, semicolon or colon that closes a year, a symbol or a number in
      brackets ("of 12 August 1949,2", "resolution 73/180,4", "(No. 189),18"; a decimal comma
      follows none of them);
    - digits glued to a name with a number that the document prints elsewhere without them,
      where the longer one stands nowhere else: "COVID‑1914" is COVID‑19 and the mark 14,
      "Agenda 214" is Agenda 21 and the mark 4.
    """
    first: dict[str, tuple[int, int]] = {}
    for i in sorted(found):
        for start, _, mark in sorted(found[i]):
            if mark.isdigit() and mark not in settled:
                first.setdefault(mark, (i, start))
    if not first:
        return
    top = min(line for line, _ in first.values())
    # One pass over the text from the first marker's line on (a line per "\n").
    skip = sum(len(ln.text) + 1 for ln in lines[:top])
    starts: list[int] = []
    pos = 0
    for ln in lines[top:]:
        starts.append(pos)
        pos += len(ln.text) + 1
    text = whole[skip:]
    for hit in _DIGIT_RUN.finditer(text):
        run = hit.group()
        a, b = hit.span()
        if b < len(text) and (text[b].isalnum() or text[b] in "_/"):
            continue
        mark = _mark_after_word_or_year(text, a, run, first)
        at = b - len(mark) if mark else a
        if mark is None and len(run) >= 2 and a and text[a - 1] in _HYPHENS_AND_SPACE:
            mark = _glued_to_known_number(text, a, run, first, whole)
            at = b - len(mark) if mark else a
        if mark is not None:
            k = bisect_right(starts, at) - 1
            _add_repeat(found, first, top + k, at - starts[k], mark)


def _mark_after_word_or_year(
    text: str, a: int, run: str, first: dict[str, tuple[int, int]]
) -> str | None:
    """The mark printed again in the digits ``run`` (at ``a`` in ``text``) after a word in
    lower case, after a year or symbol and its punctuation, or glued to a year."""
    if run in first and len(run) <= 3:
        k = a
        while k > 0 and a - k < 2 and text[k - 1] in _BEFORE_MARK:
            k -= 1
        # French sets a closing guillemet off by a space: "« … la drogue »1"
        w_end = k - 1 if text[k:a].startswith("»") and k and text[k - 1] in _SPACES else k
        word = text[max(text.rfind(" ", 0, w_end), text.rfind("\n", 0, w_end)) + 1 : w_end]
        if len(word) >= 2 and word[-1].islower() and word[-2].islower():
            clean = "/" not in word and "@" not in word and "www" not in word
            return run if clean else None
        inner = word.lstrip("(")
        if text[a - 1] in ")]" and (
            word.isalpha()
            or word.isdigit()
            or (_NUMBER_BEFORE_MARK.fullmatch(inner) and not _YEAR.fullmatch(inner))
        ):
            # a bracket closes a name, a number, a span of years or a symbol: "(Protocol
            # I)1", "(No. 189)18", "(2015‑2030)6"; not a lone year, which numbers a text
            # ("Recommendation CM/Rec(2019)1")
            return run
        if k == a or not any(c in ",;:" for c in text[k:a]):
            return None
        closed = ")" in text[k:a] and word.isdigit()  # "(No. 189),18"
        return run if closed or _NUMBER_BEFORE_MARK.fullmatch(word.lstrip("(")) else None
    if 5 <= len(run) <= 7 and _YEAR.fullmatch(run[:4]) and run[4:] in first:
        glued = a and (text[a - 1].isalnum() or text[a - 1] in "/.,-–")
        # (the second year of a span is no glued number: "2015‑20302")
        span = a >= 5 and text[a - 1] in _HYPHENS and _YEAR.fullmatch(text[a - 5 : a - 1])
        return None if glued and not span else run[4:]
    return None


def _count(text: str, token: str) -> int:
    """How often ``token`` stands in ``text`` as a whole token ("COVID‑19", not "COVID‑1914")."""
    n, at = 0, text.find(token)
    while at >= 0:
        end = at + len(token)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "_‑–-" or after.isalnum() or after in "_‑–-"):
            n += 1
        at = text.find(token, at + 1)
    return n


def _stands_without(whole: str, name: str, mark: str) -> bool:
    """Whether the document ``whole`` prints ``name`` without ``mark`` somewhere, and with it
    only once: "COVID‑1918" is COVID‑19 and the mark 18."""
    return _count(whole, name) >= 1 and _count(whole, name + mark) == 1


def _glued_to_known_number(
    text: str,
    a: int,
    run: str,
    first: dict[str, tuple[int, int]],
    whole: str,
) -> str | None:
    """The mark that ends the digits ``run`` (at ``a`` in ``text``), glued to a name that the
    document (``whole``) prints elsewhere without it, where the name with it stands only here
    (`_stands_without`)."""
    if text[a - 1] not in _HYPHENS_AND_SPACE or not any(
        run[-n:] in first for n in range(1, min(3, len(run) - 1) + 1)
    ):
        return None  # (most runs: not a name's number, or no note's mark at its end)
    if text[a - 1] == " ":
        # a title's number of two digits: "Agenda 214" is Agenda 21 and the mark 4; not one
        # of a series ("Action 34" beside "Action 3", "Goal 11" beside "Goal 1"), nor after a
        # word that asks for a number ("paragraph 124" beside "paragraph 12")
        m = _TITLE_WORD.search(text, max(0, a - 40), a)
        if m is None or len(run) > 4 or _YEAR.fullmatch(run) or _ends_with(_NUMBER_NOUNS, text, a):
            return None
        head, shortest = m.group(), 2
    else:
        m = _TOKEN_CHARS.search(text, max(0, a - 40), a)
        head, shortest = (m.group() if m else ""), 1
    if "/" in head or "." in head or not any(c.isalpha() for c in head):
        # Not after a symbol or a dotted number: "66/105" and "66/10", "X/29" and "X/2",
        # "1.52" and "1.5" are different numbers as often as not (in the corpus's markup, 11
        # of 72 such readings after a symbol are a mark). Nor after a comma or a bracket
        # ("3,996,107", "(2015").
        return None
    for n in range(1, min(3, len(run) - shortest) + 1):
        mark = run[-n:]
        if mark in first and mark[0] != "0" and _stands_without(whole, head + run[:-n], mark):
            return mark
    return None


def _add_repeat(
    found: Found,
    first: dict[str, tuple[int, int]],
    line: int,
    start: int,
    mark: str,
) -> None:
    """Record ``mark`` at ``start`` of ``line`` if its note's first marker came before and no
    marker is read there already."""
    end = start + len(mark)
    if first[mark] >= (line, start):
        return
    if any(s < end and start < e for s, e, _ in found.get(line, [])):
        return
    found.setdefault(line, []).append((start, end, mark))


def render(
    lines: Sequence[tuple[Line, list[tuple[int, int, str]]]], vocab: Vocabulary
) -> tuple[str, list[tuple[str, int]]]:
    """Turn lines (with their markers) into one clean text and the offsets of the markers.

    Markers are replaced by a sentinel, the lines are repaired (apostrophes, split words,
    spaces) and joined (line-end hyphens decided by the vocabulary), and then the sentinels are
    taken out, their offsets recorded.

    Args:
        lines: the lines of one paragraph (or of the header) with their markers.
        vocab: the document's vocabulary.

    Returns:
        The clean text, and ``(mark, offset)`` anchors in it.
    """
    marks: list[str] = []
    texts: list[str] = []
    for ln, markers in lines:
        text = ln.text
        if markers:  # each marker becomes a sentinel, in one pass over the line
            pieces, prev = [], 0
            for start, end, mark in sorted(markers):
                pieces += [text[prev:start], SENTINEL]
                prev = end
                marks.append(mark)
            text = "".join([*pieces, text[prev:]])
        texts.append(text)
    joined = join_lines(repair_lines(texts, vocab), vocab)
    if SENTINEL not in joined:
        return _single_spaced(joined).strip(), []
    out: list[str] = []
    length = 0  # of "".join(out), kept as we go: summing it per marker is quadratic
    anchors: list[tuple[str, int]] = []
    k = 0
    pieces = _SPLIT_SENTINEL.split(joined)
    for n, piece in enumerate(pieces):
        if piece == SENTINEL:
            after = pieces[n + 1] if n + 1 < len(pieces) else ""
            if out and out[-1].endswith(" ") and (not after or after[0] in " ,;:.)"):
                # A marker standing alone between spaces belongs to the word before it.
                out[-1] = out[-1][:-1]
                length -= 1
            anchors.append((marks[k], length))
            k += 1
            continue
        piece = _single_spaced(piece)
        if out and out[-1].endswith(" ") and piece.startswith(" "):
            piece = piece[1:]
        out.append(piece)
        length += len(piece)
    text = "".join(out)
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    return text, [(mark, min(max(off - lead, 0), len(text))) for mark, off in anchors]
