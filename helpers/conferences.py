"""Conferences: clause or footnote text → mentions of UN world conferences, summits and meetings.

The reference table ``data/reference/conferences.csv`` has one row per conference, summit or
high-level meeting. Its columns:

* ``key`` (``vienna-1993``), ``kind`` (conference, summit, high-level meeting);
* ``name_en|fr|es``: official names; ``short_en|fr|es``: usual short forms; ``outcomes_en|fr|es``:
  the outcome documents' names. Several forms are ``|``-separated;
* ``place``, ``country``, ``start``, ``end`` (ISO dates);
* ``outcome_symbols`` (``;``-separated document symbols of the outcome documents);
* ``commemorates`` and ``anniversary``: for a meeting held on the anniversary of an earlier event,
  the key of that event and the ordinal (``durban-2001``, ``10``);
* ``source``: the corpus sentence each date was checked against; ``example``, ``example_fr``,
  ``example_es``: real phrases that the row's patterns must match (see tests/test_conferences.py).

`find_conferences` matches those forms in a text, tolerant of accents, case, typographic or
straight apostrophes, line-wrap spaces, and of the article French and Spanish insert in a
coordinated title ("la Déclaration et *le* Programme d’action de Vienne"). When the sentence
states where and when the event took place ("tenue à Durban (Afrique du Sud) du 31 août au
8 septembre 2001", "held in Geneva from 20 to 24 April 2009", footnote style "Cairo, 5–13
September 1994") the mention carries those values (``date_source="text"``); otherwise it takes
them from the table (``date_source="reference"``).

Three rules decide between look-alike names, none of them tied to one conference:

* an ordinal just before a name that does not carry one ("the *Fourth* International Conference
  on Financing for Development") means another edition, so the shorter name does not match;
* a phrase "*tenth and twentieth* anniversaries of the adoption of X" next to a meeting word
  ("high-level meeting", "réunions de haut niveau") refers to the meetings that the table lists as
  commemorating X with those ordinals;
* when several rows share a name (the three Ocean Conferences), the dates or year in the text
  choose the row; without them the earliest row is taken.

A conference the table lacks, but which the text names and dates ("Conférence mondiale ...
tenue à X du ... au ..."), is reported with ``known=False`` and ``key=None``.
"""

from __future__ import annotations

import bisect
import datetime
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from helpers.dates import ORDINAL_WORD, DateMatch, find_dates, ordinal_value
from helpers.models import ConferenceMention, Span
from helpers.paths import REFERENCE

__all__ = [
    "COLUMNS",
    "CONFERENCES_CSV",
    "LANGUAGES",
    "conference_for_symbol",
    "find_conferences",
    "fold",
    "load_conferences",
    "unknown_warning",
]

#: Languages the table covers.
LANGUAGES: tuple[str, ...] = ("en", "fr", "es")
#: The reference table.
CONFERENCES_CSV = REFERENCE / "conferences.csv"
#: Columns of conferences.csv, in order.
COLUMNS: tuple[str, ...] = (
    "key",
    "kind",
    "name_en",
    "name_fr",
    "name_es",
    "short_en",
    "short_fr",
    "short_es",
    "place",
    "country",
    "start",
    "end",
    "outcomes_en",
    "outcomes_fr",
    "outcomes_es",
    "outcome_symbols",
    "commemorates",
    "anniversary",
    "source",
    "example",
    "example_fr",
    "example_es",
)


# --- folding: a same-length, accent-free, lower-case copy of a text ---------------------------

_FOLD_MAP: dict[str, str] = {
    **dict.fromkeys("’‘ʼ`´′", "'"),
    **dict.fromkeys("‐‑‒–—−", "-"),
    **dict.fromkeys("\u00a0\u202f\u2009\n\r\t", " "),
    **dict.fromkeys("«»“”„", '"'),
}


def _fold_char(c: str) -> str:
    if c in _FOLD_MAP:
        return _FOLD_MAP[c]
    base = unicodedata.normalize("NFD", c)[0]
    low = base.lower()
    return low if len(low) == 1 else base


#: `_fold_char` for every character of the scripts the UN writes in Latin letters and their
#: punctuation, so that `fold` is one ``str.translate``; other characters are left as they are.
_FOLD_TABLE: dict[int, str] = {i: _fold_char(chr(i)) for i in range(0x3000)}


def fold(text: str) -> str:
    """Return an accent-free, lower-case copy of ``text`` of the same length.

    Typographic apostrophes become ``'``, dashes ``-``, non-breaking spaces and line ends a
    space, so that offsets in the folded copy are offsets in the original.

    Args:
        text: any text.

    Returns:
        The folded text, ``len(fold(text)) == len(text)``.
    """
    return text.translate(_FOLD_TABLE)


# --- the table --------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def load_conferences() -> pd.DataFrame:
    """Load ``data/reference/conferences.csv`` (cached; do not modify the frame).

    Returns:
        One row per conference, all columns as strings (empty string when blank).
    """
    df = pd.read_csv(CONFERENCES_CSV, dtype=str, keep_default_na=False)
    missing = [c for c in COLUMNS if c not in df.columns]
    if missing:
        raise ValueError(f"{CONFERENCES_CSV}: missing columns {missing}")
    return df


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


def conference_for_symbol(symbol: str) -> str | None:
    """Return the key of the conference whose outcome document has this symbol.

    Args:
        symbol: a document symbol as printed (``A/CONF.157/24 (Part I)``, ``A/RES/55/2``);
            spaces and case are ignored.

    Returns:
        The conference key, or ``None``.
    """
    want = re.sub(r"\s+", "", symbol).upper()
    for row in load_conferences().itertuples():
        for s in str(row.outcome_symbols).split(";"):
            if s.strip() and re.sub(r"\s+", "", s).upper() == want:
                return str(row.key)
    return None


def unknown_warning(mention: ConferenceMention) -> str:
    """Return the warning text for a conference the table lacks.

    Args:
        mention: a mention with ``known=False``.

    Returns:
        A one-line warning naming the conference, its place and dates.
    """
    when = mention.start if mention.start == mention.end else f"{mention.start}/{mention.end}"
    where = f" in {mention.place}" if mention.place else ""
    return f"conference not in the reference table: {mention.name!r}{where}, {when}"


# --- patterns built from the table -------------------------------------------------------------

#: Coordinators after which French/Spanish/English titles may insert an article.
_COORDINATORS = frozenset({"and", "et", "y"})
#: The optional article after a coordinator: "Déclaration et [le|du] Programme d'action".
_ARTICLE = r"(?:(?:the|le|la|les|du|des|de\s+la|el|los|las|del)\s+|l'\s?)?"
#: Tokens of a title: words, numbers, and single punctuation marks.
_TOKEN = re.compile(r"\w+|[^\w\s]")


def _phrase_regex(phrase: str) -> str:
    """Return a regex for a title, tolerant of spacing, optional commas and inserted articles."""
    tokens = _TOKEN.findall(fold(phrase))
    out: list[str] = []
    prev: str | None = None
    for tok in tokens:
        if tok == "'":
            out.append(r"\s?'\s?")
        elif tok == "-":
            out.append(r"\s?-?\s?")
        elif tok == ":":  # a subtitle, maybe in quotation marks
            out.append(r'\s*:?\s*"?')
        elif tok in ",;":
            out.append(r"\s*" + re.escape(tok) + "?")
        elif tok == "(":
            out.append(r"\s*\(\s*")
        elif tok == ")":
            out.append(r"\s*\)")
        elif tok == "+":
            out.append(r"\s?\+\s?")
        elif not tok[0].isalnum():
            out.append(r"\s*" + re.escape(tok) + r"\s*")
        else:
            if prev == ":":
                out.append(r"\s*")
            elif prev is not None and (prev[0].isalnum() or prev in ",;)"):
                out.append(r",?\s+")
            if prev in _COORDINATORS:
                out.append(_ARTICLE)
            out.append(re.escape(tok))
        prev = tok
    return "".join(out)


@dataclass(frozen=True)
class _Alt:
    """One matchable form: which rows it names, and whether it is a name or an outcome."""

    keys: tuple[str, ...]
    via: str
    starts_with_ordinal: bool


def _starts_with_ordinal(phrase: str) -> bool:
    first = phrase.split()[0] if phrase.split() else ""
    return ordinal_value(fold(first)) is not None or bool(re.fullmatch(r"\d{4}", first))


@lru_cache(maxsize=4)
def _compiled(language: str | None) -> tuple[re.Pattern[str], tuple[_Alt, ...]]:
    """Compile one alternation of every form of every row, longest forms first.

    A name may carry its short form in parentheses ("... Urban Development (Habitat III)"),
    which the match then includes. Rows that share a form share one alternative.
    """
    langs = (language,) if language in LANGUAGES else LANGUAGES
    forms: dict[tuple[str, str], list[str]] = {}  # (folded phrase, via) -> keys
    shorts_of: dict[str, set[str]] = {}  # folded name -> short forms of its rows
    for row in load_conferences().itertuples():
        if row.commemorates:  # anniversary meetings are found through what they commemorate
            continue
        for lang in langs:
            shorts = _split(getattr(row, f"short_{lang}"))
            for name in _split(getattr(row, f"name_{lang}")):
                forms.setdefault((name, "name"), []).append(row.key)
                shorts_of.setdefault(name, set()).update(shorts)
            for short in shorts:
                forms.setdefault((short, "name"), []).append(row.key)
            for outcome in _split(getattr(row, f"outcomes_{lang}")):
                forms.setdefault((outcome, "outcome"), []).append(row.key)
    ordered = sorted(forms, key=lambda f: len(f[0]), reverse=True)
    alts: list[_Alt] = []
    parts: list[str] = []
    for i, (phrase, via) in enumerate(ordered):
        rx = _phrase_regex(phrase)
        shorts = sorted(shorts_of.get(phrase, ()), key=len, reverse=True)
        if via == "name" and shorts and "(" not in phrase:
            rx += r"(?:\s*\(\s*(?:" + "|".join(_phrase_regex(x) for x in shorts) + r")\s*\))?"
        keys = tuple(dict.fromkeys(forms[(phrase, via)]))
        alts.append(_Alt(keys, via, _starts_with_ordinal(phrase)))
        parts.append(f"(?P<a{i}>{rx})")
    body = "(?<![\\w'])(?:" + "|".join(parts) + ")(?![\\w])"
    return re.compile(body), tuple(alts)


#: After a match, a title that runs on ("International Conference on Human Rights, Civil Society
#: and Counter-Terrorism", "... on Financing for Development to Review ...", "... Information
#: Society Forum"): read on the original text, where capitals mark a title.
_RUNS_ON = re.compile(
    r"(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+and\s+[A-Z]"
    r"|\s+(?:on|for|against|to|of)\s+(?:the\s+)?[A-Z][a-z]"
    r"|[ \t]+[A-Z][a-z]+\b)"  # "World Summit on the Information Society Forum"
)


# --- what may follow a name: place and dates -----------------------------------------------------

#: The verb of "held in", "tenue à", "celebrada en", with its relative and auxiliaries.
_HELD = (
    r"(?:(?:which|that|qui|que)\s+)?(?:(?:was|were|will\s+be|s'est|se|a|ont|sera)\s+)?"
    r"(?:to\s+be\s+)?(?:successfully\s+)?"
    r"(?:held|convened|organized|organised|took\s+place|tenue?s?|organisee?s?|eu\s+lieu|"
    r"celebrad[ao]s?|celebro|celebrara|tuvo\s+lugar|tendra\s+lugar|tiendra|aura\s+lieu)"
)
#: A place after "in/at/à/en": capitalized words (checked on the original text), with an
#: optional country in parentheses or after a comma.
_PLACE = (
    r"(?:(?:in|at|a|au|aux|en)\s+(?:the\s+|la\s+|le\s+|el\s+|l')?)?(?P<place>[^\W\d][\w.'-]*(?:\s+(?:[^\W\d][\w.'-]*))*?)"
    r"(?:\s*\((?P<country>[^()\d]{2,40})\)|\s*,\s*(?P<country2>[^\W\d][^,;()\d]{1,40}?))?"
)
#: What may separate a name from the date: a parenthesis, the verb, the place, "on", "from".
_GAP_HEAD = r"\s*\"?\s*(?:\([^()]{1,80}\)\s*)?,?\s*(?:" + _HELD + r"\s*)?"
_GAP_END = (
    r"(?:on|le|les|el|los\s+dias|the|from|du|del|between)?\s*"
    r"(?P<day1>\d{1,2}(?:er)?\s+(?:and|et|y)\s+)?"  # "les 18 et 19 septembre": a two-day meeting
)
_GAP_PLACE = re.compile(_GAP_HEAD + _PLACE + r"\s*,?\s*" + _GAP_END)
_GAP_BARE = re.compile(_GAP_HEAD + _GAP_END)
#: A place after the date: "du 30 juin au 3 juillet 2025 à Séville (Espagne)".
_PLACE_AFTER = re.compile(
    r"\s*,?\s*(?:in|at|a|au|aux|en)\s+(?:the\s+)?(?P<place>[^\W\d][\w.'-]*(?:\s+[^\W\d][\w.'-]*)*?)"
    r"(?:\s*\((?P<country>[^()\d]{2,40})\))?(?=\s*[,;.)]|\s*$|\s+(?:and|et|y|to|pour|para)\s)"
)
#: Words that end the stretch in which a stated date belongs to the conference.
_TAIL_STOP = re.compile(
    r";|\.\s|\b(?:adopt\w*|entitled|intitule\w*|titulad\w*|resolutions?|resolution|decisions?|"
    r"decision|in\s+which|dans\s+laquelle|en\s+la\s+que|whereby|where)\b"
)
#: Lower-case words allowed inside a place name ("Rio de Janeiro", "Trinidad and Tobago").
_PLACE_JOINERS = frozenset(
    {"de", "del", "da", "do", "and", "et", "y", "of", "upon", "el", "la", "las", "los", "des", "du"}
)


@dataclass(frozen=True)
class _Tail:
    """Place and dates read after a mention.

    Attributes:
        end: where the tail ends (the mention's end when nothing was read).
        place: the place as written, if stated.
        first: the first day stated, if any.
        last: the last day stated.
        bare: the date followed the name with no verb and no place ("... on 15 September
            1995"), which may be the date a document was adopted rather than the meeting's.
    """

    end: int
    place: str | None = None
    first: datetime.date | None = None
    last: datetime.date | None = None
    bare: bool = False


_HELD_IN = re.compile(r"\s*,?\s*" + _HELD + r"\s+(?:in|at|a|au|aux|en)\s+")
_PLACE_WORDS = re.compile(r"(?P<place>[^\W\d][\w.'-]*(?:\s+[^\W\d][\w.'-]*)*?)(?=\s*[(,;]|\s+in\s)")


def _clean_place(raw: str | None, original: str, offset: int) -> str | None:
    """Keep a place only if it reads as a proper name in the original text."""
    if not raw:
        return None
    words = original[offset : offset + len(raw)].split()
    if not words or not words[0][0].isupper():
        return None
    if any(not (w[0].isupper() or w in _PLACE_JOINERS) for w in words):
        return None
    if words[-1] in _PLACE_JOINERS:
        return None
    return " ".join(words)


def _read_tail(text: str, folded: str, pos: int, limit: int, language: str | None) -> _Tail:
    """Read "held in X (Y) from D to D" right after a mention ending at ``pos``.

    Args:
        text: the original text.
        folded: ``fold(text)``.
        pos: where the mention's name ends.
        limit: where the next mention starts (the tail stops there).
        language: the text's language, or ``None``.

    Returns:
        What was read; ``_Tail(pos)`` when nothing.
    """
    window_end = min(limit, pos + 220)
    stop = _TAIL_STOP.search(folded, pos, window_end)
    if stop:
        window_end = stop.start()
    dates: list[DateMatch] = find_dates(text[pos:window_end], language)
    place: str | None = None
    if dates:
        d = dates[0]
        gap = _GAP_PLACE.fullmatch(folded, pos, pos + d.start)
        if gap is not None:
            place = _clean_place(gap.group("place"), text, gap.start("place"))
        if place is None:
            gap = _GAP_BARE.fullmatch(folded, pos, pos + d.start)
        if gap is not None:
            bare = place is None and not re.search(_HELD, gap.group(0))
            end = pos + d.end
            first, last = d.first, d.last or d.first
            if gap.group("day1") and d.last is None:
                day = int(re.match(r"\d+", gap.group("day1")).group())  # type: ignore[union-attr]
                if day < first.day:
                    first = first.replace(day=day)
            if place is None:
                after = _PLACE_AFTER.match(folded, end, window_end)
                if after:
                    place = _clean_place(after.group("place"), text, after.start("place"))
                    if place:
                        end = after.end()
            return _Tail(end, place, first, last, bare)
    # No date: a bare "held in Beijing in 1995" still gives the place.
    m = _HELD_IN.match(folded, pos, window_end)
    if m:
        pm = _PLACE_WORDS.match(folded, m.end(), window_end)
        if pm:
            place = _clean_place(pm.group("place"), text, m.end())
            if place:
                return _Tail(pos, place)
    return _Tail(pos)


# --- anniversaries ----------------------------------------------------------------------------

_ORD = r"(?:\d{1,3}\s?(?:st|nd|rd|th|e|eme|o|\.?º|°)|[a-z]+(?:[- ][a-z]+){0,3})"
#: "tenth and twentieth anniversaries of the adoption of " just before a mention.
_ANNIVERSARY = re.compile(
    r"(?P<ords>" + _ORD + r"(?:\s*(?:,|and|et|y)\s*(?:(?:the|le|les|el|los)\s+)?" + _ORD + r")*)\s+"
    r"(?:anniversar(?:y|ies)|anniversaires?|aniversarios?)\s+(?:of|de|du|des|del)\s+"
    r"(?:(?:the\s+)?adoption\s+of\s+|l'\s?adoption\s+(?:de\s+|du\s+|des\s+)?|"
    r"(?:la\s+)?aprobacion\s+(?:de\s+|del\s+)?)?(?:the\s+|la\s+|le\s+|el\s+|l'\s?)?$"
)
#: A meeting word before the anniversary phrase: the text speaks of a commemorative meeting.
_MEETING_CUE = re.compile(
    r"\b(?:meetings?|reunions?|reuniones|summits?|sommets?|cumbres?|events?|manifestations?|"
    r"eventos?|commemorat\w*|commemor\w*|conmemor\w*)\b"
)


def _ordinals(words: str) -> list[int] | None:
    """Read "dixième et vingtième" → [10, 20], "vingt et unième" → [21], "25º" → [25].

    Returns ``None`` unless every word is part of an ordinal.
    """
    joiner = r"\s*,\s*(?:(?:the|le|les|el|los)\s+)?|\s+(?:and|et|y)\s+(?:(?:the|le|les|el|los)\s+)?"
    pieces = [p for p in re.split(joiner, words.strip()) if p]
    values: list[int] = []
    pending = ""
    for p in pieces:
        if pending:
            v = ordinal_value(f"{pending} et {p}") or ordinal_value(f"{pending}-{p}")
            if v is None:
                return None
        else:
            v = ordinal_value(p)
            if v is None:
                if ordinal_value(p + "ieme") is None and not re.fullmatch(r"[a-z]+", p):
                    return None
                pending = p
                continue
        values.append(v)
        pending = ""
    return values if values and not pending else None


def _anniversary_phrase(folded: str, start: int) -> tuple[int, list[int]] | None:
    """Return (phrase start, ordinals) when an anniversary phrase ends at ``start``."""
    lo = max(0, start - 160)
    m = _ANNIVERSARY.search(folded, lo, start)
    if not m:
        return None
    # The ordinal list may have swallowed leading words ("l'occasion des dixième"): keep the
    # longest suffix that reads as ordinals.
    words = m.group("ords").split()
    for i in range(len(words)):
        vals = _ordinals(" ".join(words[i:]))
        if vals:
            offset = m.start("ords") + len(" ".join(words[:i])) + (1 if i else 0)
            return offset, vals
    return None


# --- unknown conferences ------------------------------------------------------------------------

#: The head words of a conference name (folded).
_HEADS = (
    r"(?:world\s+conference|world\s+summit|international\s+conference|united\s+nations\s+"
    r"conference|high-level\s+(?:plenary\s+)?meeting|world\s+assembly|conference|summit|"
    r"conference\s+mondiale|conference\s+internationale|conference\s+des\s+nations\s+unies|"
    r"sommet|reunion\s+(?:pleniere\s+)?de\s+haut\s+niveau|assemblee\s+mondiale|conferencia|cumbre|"
    r"reunion\s+(?:plenaria\s+)?de\s+alto\s+nivel|asamblea\s+mundial)"
)
#: The name of a conference the table may lack, up to the verb of "held in".
_UNKNOWN_HEAD = re.compile(
    r"(?<![\w'])(?P<name>(?:(?:" + ORDINAL_WORD + r"|\d{4}|\d{1,3}\s?(?:st|nd|rd|th|e|a|o|\.?º)|"
    r"high-level|united\s+nations)\s+){0,2}" + _HEADS + r"\b[^;\"]{0,220}?)"
    r"(?=\s*(?:\([^()]{1,80}\)\s*)?,?\s*" + _HELD + r"\b)"
)
#: Treaty bodies and sessions are not the world conferences this table is about.
_UNKNOWN_EXCLUDE = re.compile(
    r"\b(?:conference\s+of\s+(?:the\s+)?(?:states\s+)?parties|conference\s+des\s+(?:etats\s+)?"
    r"parties|conferencia\s+de\s+(?:los\s+estados\s+)?(?:las\s+)?partes|session|sesiones|"
    r"periodo|at\s+its|a\s+sa|en\s+su)\b"
)
#: Where a list runs on: the name starts again after it.
_LIST_BREAK = re.compile(
    r",\s+(?:and|et|y|in|as\s+well\s+as|ainsi\s+que|asi\s+como|including|notamment|"
    r"incluid[ao]s?|recalling|rappelant|recordando|welcoming)\s"
)
#: Head words, one of which a conference name must hold.
_HEAD_WORDS = frozenset(
    [
        "conference",
        "summit",
        "sommet",
        "conferencia",
        "cumbre",
        "meeting",
        "reunion",
        "assembly",
        "assemblee",
        "asamblea",
    ]
)
#: A head word: an unknown name overrides a known one inside it only if it has its own head
#: before it ("high-level United Nations Conference to ..." is the known name, qualified).
_HEAD_IN = re.compile(r"\b(?:" + "|".join(sorted(_HEAD_WORDS)) + r")\b")
#: Words that make a name equivalent to the next one: "meeting known as the World Conference".
_EQUIVALENCE = re.compile(r"\b(?:known\s+as|called|dite?s?|denommee|conocida\s+como|denominada)\b")


def _unknown_candidates(
    text: str, folded: str, language: str | None
) -> list[tuple[int, int, str, _Tail]]:
    """Find conferences named and dated in the text: (start, name end, name, tail)."""
    out: list[tuple[int, int, str, _Tail]] = []
    for m in _UNKNOWN_HEAD.finditer(folded):
        s, e = m.span("name")
        breaks = list(_LIST_BREAK.finditer(folded, s, e))
        if breaks:
            s = breaks[-1].end()
            s += len(folded[s:e]) - len(folded[s:e].lstrip())
            if not re.match(r"(?:(?:the|la|le|el|l')\s*)?" + _HEADS, folded[s:e]):
                continue
            s += len(re.match(r"(?:(?:the|la|le|el|l')\s*)?", folded[s:e]).group(0))  # type: ignore[union-attr]
        if _UNKNOWN_EXCLUDE.search(folded, s, e):
            continue
        words = text[s:e].split()
        heads = [w for w in words if fold(w) in _HEAD_WORDS]
        if len(words) < 3 or not heads:
            continue
        if not heads[0][0].isupper() and fold(heads[0]) not in {"meeting", "reunion"}:
            continue
        tail = _read_tail(text, folded, e, len(text), language)
        if tail.first is None or tail.bare:
            continue
        out.append((s, e, " ".join(words), tail))
    return out


# --- the finder ---------------------------------------------------------------------------------


@dataclass
class _Found:
    start: int
    end: int
    name_end: int
    key: str | None
    name: str
    via: str
    place: str | None
    first: datetime.date | None
    last: datetime.date | None
    date_source: str | None
    known: bool
    anniversary: bool = False


def _row(key: str) -> dict[str, str]:
    return _rows_by_key()[key]


@lru_cache(maxsize=1)
def _rows_by_key() -> dict[str, dict[str, str]]:
    """The table's rows by key, read once (a pandas lookup per mention is too slow)."""
    return {str(r["key"]): r for r in load_conferences().to_dict("records")}


def _choose(keys: tuple[str, ...], years: set[int], tail: _Tail) -> str:
    """Choose among rows sharing a name: by stated date, then by a nearby year, else earliest."""
    if len(keys) == 1:
        return keys[0]
    rows = sorted(keys, key=lambda k: _row(k)["start"])
    if tail.first is not None:
        for k in rows:
            r = _row(k)
            if r["start"] <= tail.first.isoformat() <= r["end"]:
                return k
        years = years | {tail.first.year}
    for k in rows:
        if int(_row(k)["start"][:4]) in years:
            return k
    return rows[0]


def _ordinal_before(folded: str, start: int) -> tuple[int, int] | None:
    """Return (value, start) of an ordinal word just before ``start`` ("Second", "troisième")."""
    m = re.search(r"(\S+)\s+$", folded[max(0, start - 40) : start])
    if not m or re.fullmatch(r"\d+", m.group(1)):
        return None
    value = ordinal_value(m.group(1))
    return None if value is None else (value, max(0, start - 40) + m.start(1))


def find_conferences(
    text: str,
    *,
    language: str | None,
    clause: str | None = None,
    footnote: str | None = None,
    start_order: int = 1,
) -> list[ConferenceMention]:
    """Find the conferences, summits and high-level meetings a text refers to.

    Args:
        text: a clean clause or footnote text (footnote markers already removed).
        language: ``"en"``, ``"fr"``, ``"es"``, or ``None`` to try all three.
        clause: the clause id to record (``PP4``), if any.
        footnote: the footnote mark to record, if the text is a footnote.
        start_order: the ``order`` of the first mention (callers pass a running counter).

    Returns:
        Mentions in text order. ``name`` is the name or outcome as written (the table's name
        for anniversary meetings and the text's for unknown conferences); ``text`` and ``span``
        cover the name and any place and dates read after it. Dates written after an outcome
        document, or after a name that an adoption verb precedes ("adopted by the Fourth World
        Conference on Women on 15 September 1995"), are not the conference's.
    """
    lang = language if language in LANGUAGES else None
    folded = fold(text)
    raw = _known_matches(text, folded, lang)
    found: list[_Found] = []
    for i, (s, e, alt) in enumerate(raw):
        limit = raw[i + 1][0] if i + 1 < len(raw) else len(text)
        stated = _read_tail(text, folded, e, limit, lang)
        tail = stated
        if alt.via == "outcome" or (tail.bare and _ADOPTED.search(folded, max(0, s - 150), s)):
            tail = _Tail(e)
        # A year just before ("the 2022 United Nations ...") or after ("... de 2023", "held in
        # 2019") the name tells editions apart.
        near = folded[max(0, s - 12) : s] + " " + folded[e : min(limit, e + 30)]
        years = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", near)}
        key = _choose(alt.keys, years, tail)
        anniv = _anniversary_phrase(folded, s)
        cues = (
            list(_MEETING_CUE.finditer(folded, max(0, anniv[0] - 220), anniv[0])) if anniv else []
        )
        if anniv is not None and cues:
            # The mention runs from the meeting word: "réunions de haut niveau ... à l'occasion
            # des dixième et vingtième anniversaires de l'adoption de la Déclaration ...".
            found.extend(
                _anniversary_mentions(key, (cues[-1].start(), anniv[1]), e, stated, text, lang)
            )
            continue
        found.append(_known(key, s, e, alt.via, tail, text))

    for s, e, name, tail in _unknown_candidates(text, folded, lang):
        # A known name or outcome inside a longer name that starts earlier is only part of that
        # title ("the high-level meeting on the overall review of ... the World Summit on the
        # Information Society, held ..."), unless the text makes them one ("known as").
        inside = [
            f
            for f in found
            if s < f.start
            and not f.anniversary
            and _HEAD_IN.search(folded, s, f.start)
            and f.name_end <= e
            and not _EQUIVALENCE.search(folded, s, f.start)
            and "(" not in folded[s : f.start]
        ]
        overlap = [f for f in found if f.start < tail.end and s < f.end and f not in inside]
        if overlap:
            continue
        for f in inside:
            found.remove(f)
        found.append(
            _Found(
                s, tail.end, e, None, name, "name", tail.place, tail.first, tail.last, "text", False
            )
        )

    found.sort(key=lambda f: (f.start, f.key or ""))
    return [
        ConferenceMention(
            key=f.key,
            name=f.name,
            place=f.place,
            start=f.first.isoformat() if f.first else None,
            end=f.last.isoformat() if f.last else None,
            date_source=f.date_source,
            clause=clause,
            footnote=footnote,
            text=text[f.start : f.end],
            order=start_order + j,
            via=f.via,  # type: ignore[arg-type]
            known=f.known,
            span=Span(f.start, f.end),
        )
        for j, f in enumerate(found)
    ]


#: An adoption verb: a date after "adopted by the Conference ..." is the adoption's.
_ADOPTED = re.compile(r"\b(?:adopt\w*|aprob\w*|endorsed|approuv\w*)\b")


_WORDS = re.compile(r"[\w']+")


@lru_cache(maxsize=8)
def _first_words(language: str | None) -> frozenset[str]:
    """The first word of every form of the table: only there can a match start."""
    langs = (language,) if language in LANGUAGES else LANGUAGES
    out: set[str] = set()
    for row in load_conferences().to_dict("records"):
        for lang in langs:
            for col in (f"name_{lang}", f"short_{lang}", f"outcomes_{lang}"):
                for form in _split(row[col]):
                    w = _WORDS.match(fold(form).lstrip(" (\"'"))
                    if w:
                        out.add(w.group())
    return frozenset(out)


def _match_from(
    pattern: re.Pattern[str], folded: str, starts: list[int], pos: int
) -> re.Match[str] | None:
    """The leftmost match at or after ``pos``, tried only where a form's first word stands."""
    for start in starts[bisect.bisect_left(starts, pos) :]:
        m = pattern.match(folded, start)
        if m is not None:
            return m
    return None


def _known_matches(text: str, folded: str, language: str | None) -> list[tuple[int, int, _Alt]]:
    """Leftmost-longest matches of the table's forms, minus other editions' and longer titles."""
    pattern, alts = _compiled(language)
    firsts = _first_words(language)
    starts = [w.start() for w in _WORDS.finditer(folded) if w.group() in firsts]
    raw: list[tuple[int, int, _Alt]] = []
    pos = 0
    while (m := _match_from(pattern, folded, starts, pos)) is not None:
        alt = alts[int(m.lastgroup[1:])]  # type: ignore[index]
        start = m.start()
        ordinal = None if alt.starts_with_ordinal else _ordinal_before(folded, start)
        if ordinal is not None:
            # "the Second <name>": the second of the rows sharing that name, by date; if the
            # table has no such edition, the name is another conference's.
            editions = sorted(alt.keys, key=lambda k: _row(k)["start"])
            if len(editions) < max(2, ordinal[0]):
                pos = start + 1
                continue
            alt = _Alt((editions[ordinal[0] - 1],), alt.via, True)
            start = ordinal[1]
        if _runs_on(text, folded, m.end(), pattern):
            pos = m.start() + 1
            continue
        raw.append((start, m.end(), alt))
        pos = m.end()
    return raw


def _runs_on(text: str, folded: str, end: int, pattern: re.Pattern[str]) -> bool:
    """Whether the title goes on past ``end``; a list of known names is not a run-on."""
    m = _RUNS_ON.match(text, end)
    if m is None:
        return False
    if text[end] == ",":
        after = re.match(r",\s+", text[end:])
        return pattern.match(folded, end + after.end()) is None  # type: ignore[union-attr]
    return True


def _known(key: str, s: int, e: int, via: str, tail: _Tail, text: str) -> _Found:
    """A mention of a row, with the text's place and dates when stated, else the table's."""
    row = _row(key)
    if tail.first is not None:
        first, last, source = tail.first, tail.last, "text"
    else:
        first = datetime.date.fromisoformat(row["start"]) if row["start"] else None
        last = datetime.date.fromisoformat(row["end"]) if row["end"] else None
        source = "reference" if first else None
    place = tail.place or row["place"] or None
    name = " ".join(text[s:e].split())
    return _Found(s, tail.end, e, key, name, via, place, first, last, source, True)


def _anniversary_mentions(
    key: str,
    anniv: tuple[int, list[int]],
    e: int,
    tail: _Tail,
    text: str,
    language: str | None,
) -> list[_Found]:
    """Mentions of the meetings held on the anniversaries of ``key``."""
    df = load_conferences()
    start, ordinals = anniv
    out: list[_Found] = []
    name_col = f"name_{language}" if language else "name_en"
    for n in ordinals:
        rows = df[(df["commemorates"] == key) & (df["anniversary"] == str(n))]
        use_text = tail.first is not None and len(ordinals) == 1
        end = tail.end if use_text else e
        if rows.empty:
            out.append(
                _Found(
                    start,
                    end,
                    e,
                    None,
                    " ".join(text[start:e].split()),
                    "name",
                    tail.place if use_text else None,
                    tail.first if use_text else None,
                    tail.last if use_text else None,
                    "text" if use_text else None,
                    False,
                    anniversary=True,
                )
            )
            continue
        r = rows.iloc[0]
        if use_text:
            first, last, source = tail.first, tail.last, "text"
        else:
            first = datetime.date.fromisoformat(r["start"])
            last = datetime.date.fromisoformat(r["end"])
            source = "reference"
        out.append(
            _Found(
                start,
                end,
                e,
                r["key"],
                _split(r[name_col])[0],
                "name",
                (tail.place if use_text else None) or r["place"],
                first,
                last,
                source,
                True,
                anniversary=True,
            )
        )
    return out
