"""Dates and ordinals: EN/FR/ES/RU date phrases and ranges in text → `datetime.date` values.

The patterns follow the way UN texts print dates:

* English: ``25 September 2015``, ``1st January 2000`` (rare), ``September 25, 2015`` (rare),
  ranges ``from 4 to 15 September 1995``, ``31 August to 8 September 2001``, ``20-24 April 2009``;
* French: ``16 décembre 2020``, ``1er janvier 2000``, ranges ``du 20 au 24 avril 2009``,
  ``du 31 août au 8 septembre 2001``, ``du 28 décembre 2000 au 2 janvier 2001``, two days
  ``les 18 et 19 septembre 2023``;
* Spanish: ``25 de septiembre de 2015``, ``1º de enero de 2000``, ranges
  ``del 5 al 13 de septiembre de 1994``, ``del 31 de agosto al 8 de septiembre de 2001``, two
  days ``los días 18 y 19 de septiembre de 2023``;
* Russian: ``19 декабря 1991 года`` (the month in the genitive), ranges ``с 4 по 15 сентября
  1995 года``, ``4–15 сентября 1995 года``, two days ``18 и 19 сентября 2023 года``.

Accents are optional everywhere (PDF extraction may drop them) and case is ignored.

`find_dates` only tries its patterns where a date can start (a day's digit, a word opening a range,
a month) in the windows that hold a month name; `search_fold`, `matches_at` and `digit_starts`
are the tools for that, shared with `helpers.citations`, which calls `find_dates_in` with the
folded text and digit runs it already holds.

`ordinal_value` reads the ordinals of session names (``soixante-seizième``, ``seventy-sixth``,
``septuagésimo sexto``, ``семьдесят седьмая``, ``76th``, ``76e``, ``76º``).
"""

from __future__ import annotations

import bisect
import datetime
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "AR_MONTHS",
    "DATE_INITIALS",
    "MONTHS",
    "ORDINAL_WORD",
    "ZH_DATE_PATTERN",
    "DateMatch",
    "digit_starts",
    "find_dates",
    "find_dates_in",
    "find_words",
    "is_date_line",
    "matches_at",
    "month_alternation",
    "ordinal_value",
    "parse_date",
    "search_fold",
    "zh_date_span",
]

#: Month names by language, accent-free and lower-case, mapped to the month number.
MONTHS: dict[str, dict[str, int]] = {
    "en": {
        "january": 1,
        "february": 2,
        "march": 3,
        "april": 4,
        "may": 5,
        "june": 6,
        "july": 7,
        "august": 8,
        "september": 9,
        "october": 10,
        "november": 11,
        "december": 12,
    },
    "fr": {
        "janvier": 1,
        "fevrier": 2,
        "mars": 3,
        "avril": 4,
        "mai": 5,
        "juin": 6,
        "juillet": 7,
        "aout": 8,
        "septembre": 9,
        "octobre": 10,
        "novembre": 11,
        "decembre": 12,
    },
    "es": {
        "enero": 1,
        "febrero": 2,
        "marzo": 3,
        "abril": 4,
        "mayo": 5,
        "junio": 6,
        "julio": 7,
        "agosto": 8,
        "septiembre": 9,
        "setiembre": 9,
        "octubre": 10,
        "noviembre": 11,
        "diciembre": 12,
    },
    # Russian dates name the month in the genitive: "7 декабря 2022 года".
    "ru": {
        "января": 1,
        "февраля": 2,
        "марта": 3,
        "апреля": 4,
        "мая": 5,
        "июня": 6,
        "июля": 7,
        "августа": 8,
        "сентября": 9,
        "октября": 10,
        "ноября": 11,
        "декабря": 12,
    },
}

_LANGS: tuple[str, ...] = ("en", "fr", "es", "ru")

#: Accented letters a month name may carry, as regex classes (``d[eé]cembre``, ``ao[uû]t``).
_ACCENTS: dict[str, str] = {"e": "[eéèê]", "u": "[uûù]", "a": "[aàâ]", "i": "[iíî]", "o": "[oóô]"}


def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


#: Letters a case-insensitive pattern reads as ``i`` or ``s`` that Latin-1 lacks.
_CASE_EXTRA = str.maketrans("İıſ", "iis")
#: Latin-1 byte → the byte `search_fold` puts in its place: accented letters to plain ones.
_FOLD_BYTES = bytes.maketrans(
    "áàâäãåéèêëíìîïóòôöõúùûüçñ".encode("latin-1"),
    b"aaaaaaeeeeiiiiooooouuuucn",
)


#: An Arabic letter.
_ARABIC = re.compile("[\u0621-\u064a]")
#: A Cyrillic or Arabic letter: a Russian or Arabic text keeps its letters when folded.
_KEPT_LETTER = re.compile("[\u0400-\u04ff\u0621-\u064a]")
#: What `search_fold` writes as ``?`` in a Russian or Arabic text: neither Latin-1, Cyrillic
#: nor Arabic.
_NOT_LATIN1_OR_CYRILLIC = re.compile("[^\x00-\xff\u0400-\u04ff\u0600-\u06ff]")
#: Accented Latin-1 letters → plain ones, for `str.translate`.
_FOLD_CHARS = str.maketrans("áàâäãåéèêëíìîïóòôöõúùûüçñ", "aaaaaaeeeeiiiiooooouuuucn")


def search_fold(text: str) -> str:
    """Return ``text`` lower-cased and accent-free, with every character where it was.

    A haystack for `str.find`: wherever a case-insensitive pattern of this package matches a
    word of plain and accented Latin letters (``[eé]``, ``r[ée]solution``), the folded text holds
    the word in plain lower-case letters at the same offset. Patterns are then only tried where
    the word stands, instead of at every position of the text. Cyrillic letters are kept, lower
    case (``декабря``), and Arabic ones; other characters outside Latin-1 become ``?``.

    Examples:
        >>> search_fold("Résolution 46/182 du 19 décembre 1991")
        'resolution 46/182 du 19 decembre 1991'
        >>> search_fold("Резолюция 46/182 от 19 декабря 1991 года «Об»")
        'резолюция 46/182 от 19 декабря 1991 года «об»'
        >>> search_fold("“Résolution” 1")
        '?resolution? 1'

    Args:
        text: any text.

    Returns:
        A string of the same length.
    """
    if text.isascii():
        return text.lower()
    if "İ" in text or "ı" in text or "ſ" in text:
        text = text.translate(_CASE_EXTRA)  # before lower(): "İ".lower() is two characters
    if _KEPT_LETTER.search(text):
        return _NOT_LATIN1_OR_CYRILLIC.sub("?", text.lower()).translate(_FOLD_CHARS)
    return text.lower().encode("latin-1", "replace").translate(_FOLD_BYTES).decode("latin-1")


def find_words(folded: str, word: str) -> list[int]:
    """Return the offsets of every occurrence of ``word`` in ``folded`` (overlaps included).

    Args:
        folded: a text folded by `search_fold`.
        word: plain lower-case letters.

    Returns:
        The offsets, ascending.
    """
    out: list[int] = []
    i = folded.find(word)
    while i >= 0:
        out.append(i)
        i = folded.find(word, i + 1)
    return out


def matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int], endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, starts[0], endpos)``, trying only the positions ``starts``.

    The same matches when every match of ``pattern`` (never empty) starts at one of ``starts``
    (ascending): finditer tries each position after the previous match, and only those can
    succeed. Lookbehinds see the text before each start, as with finditer.

    Args:
        pattern: a compiled pattern that never matches the empty string.
        text: the text.
        starts: candidate offsets, ascending.
        endpos: where the text is cut, as with ``finditer``; ``None`` for its end.

    Yields:
        The matches, in order.
    """
    stop = len(text) if endpos is None else endpos
    end = 0
    for p in starts:
        if p < end:
            continue
        m = pattern.match(text, p, stop)
        if m is not None:
            yield m
            end = m.end()


def _accent_tolerant(word: str) -> str:
    """Return a regex for ``word`` (accent-free) that also accepts the accented letters."""
    return "".join(_ACCENTS.get(c, re.escape(c)) for c in word)


def month_alternation(langs: tuple[str, ...]) -> str:
    """A regex group of the month names of ``langs``, longest first, accents optional
    (``d[eéèê]c[eéèê]mbr[eéèê]``), for case-insensitive patterns."""
    names = sorted({n for lang in langs for n in MONTHS[lang]}, key=len, reverse=True)
    return "(?:" + "|".join(_accent_tolerant(n) for n in names) + ")"


# --- named pieces --------------------------------------------------------------------------------

#: A day of the month: 1-31, optionally with an ordinal suffix (1er, 1re, 1st, 2nd, 1º, 1.º, 1°).
_DAY = r"(?<![\d/.,])(?:[12]\d|3[01]|0?[1-9])(?:er|re|st|nd|rd|th|\.?[º°]|o(?=\s+de\b))?"
#: A four-digit year 1900-2099 not glued to further digits.
_YEAR = r"(?:19|20)\d\d(?![\d/])"
#: Spanish "de" before a year, also "del" and "del año"; drafting slips omit it ("9 de diciembre
#: 2021"), as they omit the "de" after the day ("3 diciembre de 2018").
_ES_DE_YEAR = r"(?:\s+del?(?:\s+a[ñn]o)?)?,?\s+"
#: The dashes a range is printed with: hyphen-minus, the hyphen and the non-breaking hyphen
#: (U+2010, U+2011: "5‑16 novembre 1974"), en and em dashes.
_DASH = "[-‐‑–—]"
#: A range separator: to / until / through / au / à / al / a / hasta el / dash.
_TO = {
    "en": rf"(?:\s*{_DASH}\s*|\s+(?:to|until|through|and)\s+)",
    "fr": rf"(?:\s*{_DASH}\s*|\s+(?:au|à|a|jusqu'au|jusqu’au)\s+)",
    "es": rf"(?:\s*{_DASH}\s*|\s+(?:al|a|hasta\s+el)\s+)",
    "ru": rf"(?:\s*{_DASH}\s*|\s+(?:по|до)\s+)",
}
#: What may open a range: from / du / del / de (kept outside the match's date, inside its text).
_FROM = {
    "en": r"(?:from\s+|between\s+)?",
    "fr": r"(?:du\s+|entre\s+le\s+)?",
    "es": r"(?:del?\s+|entre\s+el\s+)?",
    "ru": r"(?:(?<![^\W\d_])с\s+)?",  # "с 4 по 15 сентября 1995 года"
}
#: Two days of one month, French and Spanish: ``les 18 et 19 septembre 2023``, ``los días 18 y
#: 19 de septiembre de 2023`` (English ``18 and 19 September 2023`` is a `_TO` range already).
#: Only the first day may stand alone: ``3 mai 2001 et 5 juin 2001`` are two dates.
_AND = {"en": "", "fr": r"\s+et\s+(?:le\s+)?", "es": r"\s+y\s+(?:el\s+)?", "ru": r"\s+и\s+"}
#: The words of `_FROM` as `search_fold` writes them (a range may start with one).
_FROM_WORDS = {
    "en": ("from", "between"),
    "fr": ("du", "entre"),
    "es": ("de", "entre"),
    "ru": ("с ",),
}


def _g(name: str, body: str) -> str:
    return f"(?P<{name}>{body})"


def _build(lang: str) -> re.Pattern[str]:
    """Build the date regex of one language: ranges first, then single dates."""
    month = month_alternation((lang,))
    to = _TO[lang]
    frm = _FROM[lang]
    if lang == "es":
        # del 31 de agosto (de 2001)? al 8 de septiembre de 2001 | 25 de septiembre de 2015
        d_m = lambda d, m: f"{_g(d, _DAY)}\\s+(?:de\\s+)?{_g(m, month)}"  # noqa: E731
        y_sep = _ES_DE_YEAR
    else:
        d_m = lambda d, m: f"{_g(d, _DAY)}\\s+{_g(m, month)}"  # noqa: E731
        y_sep = r",?\s+"
    # A range: first day, with optional month and optional year, then the last full date; or
    # two days of one month.
    sep = f"(?:(?:\\s+de)?\\s+{_g('m1', month)}(?:{y_sep}{_g('y1', _YEAR)})?)?{to}"
    if _AND[lang]:
        sep = f"(?:{sep}|{_g('two', _AND[lang])})"
    range_ = f"{frm}{_g('d1', _DAY)}{sep}{d_m('d2', 'm2')}{y_sep}{_g('y2', _YEAR)}"
    single = f"{d_m('d', 'm')}{y_sep}{_g('y', _YEAR)}"
    alts = [f"(?P<range>{range_})", f"(?P<single>{single})"]
    if lang == "en":
        # US order, rare in UN texts: September 25, 2015 / September 4-15, 1995
        us = (
            f"(?P<us>{_g('um', month)}\\s+{_g('ud1', _DAY)}"
            f"(?:\\s*{_DASH}\\s*{_g('ud2', _DAY)})?,\\s+{_g('uy', _YEAR)})"
        )
        alts.append(us)
    # a cheap first-character test: a digit, or the first letter of a "from" word / month name
    starts = "\\d" + {"en": "fbFBadejmnosADEJMNOS", "ru": "сС"}.get(lang, "deDE")
    return re.compile(f"(?=[{starts}])(?:" + "|".join(alts) + ")", re.IGNORECASE)


_PATTERNS: dict[str, re.Pattern[str]] = {lang: _build(lang) for lang in _LANGS}
#: A day number followed by a word (or, in US order, by a comma and the year): every date has
#: one, and digits are rare, so `find_dates` only tries its patterns around these. Each pattern
#: scanned over a whole text opens with one digit (``\d\d?``, not ``\d{1,2}``): the engine
#: then skips ahead to the next digit instead of trying the pattern at every position.
_DAY_ANCHOR = re.compile(r"\d\d?(?:er|re|st|nd|rd|th|\.?[º°]|o)?(?:\s+(?:de\s+)?[^\W\d_]|,\s+\d)")
#: A run of digits (``\d+``): a day number starts one.
_DIGITS = re.compile(r"\d\d*")
#: The same in an ASCII text, where ``\d`` is ``[0-9]`` (a plain range is faster to test).
_ASCII_DIGITS = re.compile(r"[0-9][0-9]*")

#: How far a date or range reaches before and after a day number.
_BEFORE_DAY = 60
_AFTER_DAY = 110


def digit_starts(text: str) -> list[int]:
    """Return where each run of digits (``\\d+``) of ``text`` starts.

    Args:
        text: any text.

    Returns:
        The offsets, ascending.
    """
    runs = _ASCII_DIGITS if text.isascii() else _DIGITS
    return [m.start() for m in runs.finditer(text)]


@dataclass(frozen=True)
class DateMatch:
    """A date or date range found in a text.

    Attributes:
        start: offset of the match in the searched text.
        end: end offset (exclusive).
        first: the date, or the first day of a range.
        last: the last day of a range, else ``None``.
        text: the matched text.
    """

    start: int
    end: int
    first: datetime.date
    last: datetime.date | None
    text: str


@lru_cache(maxsize=512)
def _month_number(name: str) -> int:
    key = _strip_accents(name.translate(_CASE_EXTRA)).lower()  # ("ſeptember": a case-blind match)
    for lang in _LANGS:
        if key in MONTHS[lang]:
            return MONTHS[lang][key]
    raise KeyError(name)


def _day_number(s: str) -> int:
    return int(re.match(r"\d+", s).group())  # type: ignore[union-attr]


def _date(y: str | int, m: str | int, d: str) -> datetime.date | None:
    try:
        month = m if isinstance(m, int) else _month_number(m)
        return datetime.date(int(y), month, _day_number(d))
    except (ValueError, KeyError):
        return None


def _to_match(m: re.Match[str]) -> DateMatch | None:
    if m.group("range"):
        y2, m2 = m.group("y2"), m.group("m2")
        last = _date(y2, m2, m.group("d2"))
        if last is None:
            return None
        m1 = m.group("m1") or m2
        y1 = m.group("y1")
        if y1 is None:
            # "31 December to 2 January 2001": the first month is later than the last -> year before
            y1 = int(y2) - (1 if _month_number(m1) > last.month else 0)
        first = _date(y1, m1, m.group("d1"))
        if first is None or first > last:
            return None
        return DateMatch(m.start(), m.end(), first, last, m.group())
    if m.group("single"):
        d = _date(m.group("y"), m.group("m"), m.group("d"))
        return DateMatch(m.start(), m.end(), d, None, m.group()) if d else None
    d = _date(m.group("uy"), m.group("um"), m.group("ud1"))
    if d is None:
        return None
    last = _date(m.group("uy"), m.group("um"), m.group("ud2")) if m.group("ud2") else None
    return DateMatch(m.start(), m.end(), d, last, m.group())


#: The month names of all languages (accent-free, lower-case).
_MONTH_WORDS: tuple[str, ...] = tuple(sorted({w for lang in _LANGS for w in MONTHS[lang]}))
#: The letters a date may start with, as `search_fold` writes them: the first letter of a word
#: opening a range (``du``, ``between``) or of a month (``September 25, 2015``); any other date
#: starts with its day's digit.
DATE_INITIALS: frozenset[str] = frozenset(
    w[0] for w in (*_MONTH_WORDS, *(w for ws in _FROM_WORDS.values() for w in ws))
)


def _month_spans(
    folded: str, langs: tuple[str, ...], present: list[str]
) -> dict[str, list[tuple[int, int]]]:
    """The ``(start, end)`` of every month name of each language in a folded text, sorted.

    ``present`` lists the month names (of any language) the text holds."""
    return {
        lang: sorted(
            (i, i + len(w)) for w in present if w in MONTHS[lang] for i in find_words(folded, w)
        )
        for lang in langs
    }


def _holds_span(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether one of ``spans`` (sorted) lies within ``[s, e)``."""
    i = bisect.bisect_left(spans, (s, 0))
    while i < len(spans) and spans[i][0] < e:
        if spans[i][1] <= e:
            return True
        i += 1
    return False


def _window_dates(
    pattern: re.Pattern[str], text: str, starts: list[int], endpos: int
) -> Iterator[DateMatch]:
    """The dates ``pattern`` finds in ``text[:endpos]`` from the offsets ``starts`` (as
    `matches_at`).

    ``X et Y`` / ``X y Y`` is only read as two days when Y is the day after X; otherwise (``des 14
    et 18 décembre 1973``: two resolutions, two dates) the search goes on from Y, which is then
    read on its own, as if the two-day form did not exist.
    """
    two_days = "two" in pattern.groupindex
    end = 0
    for p in starts:
        if p < end:
            continue
        m = pattern.match(text, p, endpos)
        if m is None:
            continue
        dm = _to_match(m)
        if (
            two_days
            and m.group("two") is not None
            and (dm is None or dm.last is None or (dm.last - dm.first).days != 1)
        ):
            end = m.start("d2")
            continue
        end = m.end()
        if dm is not None:
            yield dm


def _date_starts(
    folded: str, lang: str, days: list[int], months: list[tuple[int, int]]
) -> list[int]:
    """Where a date of ``lang`` may start: a day (``days``: where each run of digits starts), a
    word opening a range (``du``, ``entre``...), or, in English, a month (``September 25,
    2015``)."""
    starts = set(days)
    starts.update(i for w in _FROM_WORDS[lang] for i in find_words(folded, w))
    if lang == "en":
        starts.update(s for s, _ in months)
    return sorted(starts)


# Chinese dates: the year, month and day in digits, each followed by its character
# ("2022年12月12日"); a range names only what changes after "至" (to) or a dash:
# "1995年9月4日至15日", "2015年9月25日至27日", "2001年8月31日至9月8日", "2014年11月19至21日";
# two days of one month are joined by "和" ("2018年12月10日和11日").
# (Digits may be full width, "2011年４月7日"; `zh_date_span` checks the values.)
_ZH_YEAR = r"(?P<y{n}>\d{{4}})\s*年\s*"
_ZH_MONTH = r"(?P<m{n}>\d{{1,2}})\s*月\s*"
_ZH_TO = rf"\s*(?:至|到|{_DASH})\s*"
#: A Chinese date or range, groups ``y1 m1 d1`` (and ``y2 m2 d2``), to use in other patterns.
ZH_DATE_PATTERN = (
    _ZH_YEAR.format(n=1)
    + _ZH_MONTH.format(n=1)
    # the first day, whose "日" a range may leave to its last day ("19至21日")
    + rf"(?P<d1>\d{{1,2}})\s*(?:日|(?={_ZH_TO}\d))"
    # a range: what changes after "至" (the year and month are optional), or a second day
    # after "和"; then the last day
    + rf"(?:(?:{_ZH_TO}(?:{_ZH_YEAR.format(n=2)})?(?:{_ZH_MONTH.format(n=2)})?|\s*和\s*)"
    + r"(?P<d2>\d{1,2})\s*日)?"
)
ZH_DATE = re.compile(ZH_DATE_PATTERN)


def zh_date_span(m: re.Match[str]) -> tuple[datetime.date, datetime.date | None] | None:
    """The first and last day of a match of `ZH_DATE_PATTERN` (the last ``None`` for one day),
    or ``None`` where it names no day of 1900-2099."""
    first = _date(m.group("y1"), int(m.group("m1")), m.group("d1"))
    if first is None or not 1900 <= first.year < 2100:
        return None
    if not m.group("d2"):
        return first, None
    last = _date(m.group("y2") or first.year, int(m.group("m2") or first.month), m.group("d2"))
    return (first, last) if last is not None and last > first else None


def _zh_dates(text: str) -> list[DateMatch]:
    """The Chinese dates and ranges of a text (see `ZH_DATE`), in order."""
    out = []
    for m in ZH_DATE.finditer(text):
        span = zh_date_span(m)
        if span is not None:
            out.append(DateMatch(m.start(), m.end(), *span, m.group()))
    return out


# Arabic dates: the day, the month by its two names (Levantine and from the Latin, joined by
# a slash: "12 كانون الأول/ديسمبر 2022"), the year; ranges "4-15 أيلول/سبتمبر 1995" and "من 31
# آب/أغسطس إلى 8 أيلول/سبتمبر 2001".
AR_MONTHS: dict[str, int] = {
    "كانون الثاني/يناير": 1,
    "شباط/فبراير": 2,
    "آذار/مارس": 3,
    "نيسان/أبريل": 4,
    "أيار/مايو": 5,
    "حزيران/يونيه": 6,
    "تموز/يوليه": 7,
    "آب/أغسطس": 8,
    "أيلول/سبتمبر": 9,
    "تشرين الأول/أكتوبر": 10,
    "تشرين الثاني/نوفمبر": 11,
    "كانون الأول/ديسمبر": 12,
}
#: A month's two names, with any spacing around the slash ("كانون الأول/ ديسمبر").
_AR_MONTH = (
    "(?:"
    + "|".join(
        re.escape(a).replace(r"\ ", r"\s+") + r"\s*/\s*" + re.escape(b)
        for a, b in (m.split("/") for m in AR_MONTHS)
    )
    + ")"
)
_AR_DAY = r"(?<!\d)(?:[12]\d|3[01]|0?[1-9])"
AR_DATE = re.compile(
    rf"(?:من\s+)?(?P<d1>{_AR_DAY})(?:\s+(?P<m1>{_AR_MONTH})(?:\s+(?P<y1>(?:19|20)\d\d))?)?"
    rf"\s*(?:-|–|إلى|و)\s*(?P<d2>{_AR_DAY})\s+(?P<m2>{_AR_MONTH})\s+(?P<y2>(?:19|20)\d\d)"
    rf"|(?P<d>{_AR_DAY})\s+(?P<m>{_AR_MONTH})\s+(?P<y>(?:19|20)\d\d)(?!\d)"
)


def _ar_month(name: str) -> int:
    left, right = (" ".join(p.split()) for p in name.split("/"))
    return AR_MONTHS[f"{left}/{right}"]


def _ar_dates(text: str) -> list[DateMatch]:
    """The Arabic dates and ranges of a text (see `AR_DATE`), in order."""
    out = []
    for m in AR_DATE.finditer(text):
        if m.group("d"):
            first = _date(m.group("y"), _ar_month(m.group("m")), m.group("d"))
            if first is not None:
                out.append(DateMatch(m.start(), m.end(), first, None, m.group()))
            continue
        m2 = _ar_month(m.group("m2"))
        last = _date(m.group("y2"), m2, m.group("d2"))
        m1 = _ar_month(m.group("m1")) if m.group("m1") else m2
        y1 = m.group("y1") or (int(m.group("y2")) - (1 if m1 > m2 else 0))
        first = _date(y1, m1, m.group("d1"))
        if first is not None and last is not None and first < last:
            out.append(DateMatch(m.start(), m.end(), first, last, m.group()))
    return out


def find_dates(text: str, language: str | None = None) -> list[DateMatch]:
    """Find the dates and date ranges of a text, in order.

    Args:
        text: any text.
        language: ``"en"``, ``"fr"``, ``"es"``, ``"ru"`` or ``"zh"``; ``None`` tries all.

    Returns:
        Non-overlapping matches sorted by start offset; when two languages match overlapping
        text the longer (earlier on ties) match wins.
    """
    return find_dates_in(text, search_fold(text), None, language)


def find_dates_in(
    text: str, folded: str, days: list[int] | None, language: str | None = None
) -> list[DateMatch]:
    """`find_dates` for a caller that already holds the text's folded copy and digit runs.

    Args:
        text: any text.
        folded: ``search_fold(text)``.
        days: where each run of digits of ``text`` starts, ascending; ``None`` to find them
            here.
        language: as for `find_dates`.

    Returns:
        What ``find_dates(text, language)`` returns.
    """
    if days is not None and not days:
        return []  # every date holds a day number
    if language == "zh":
        return _zh_dates(text)
    if language == "ar":
        return _ar_dates(text)
    found = _month_dates(text, folded, days, language)
    if language is None and not text.isascii():  # (any language: a Chinese or Arabic date too)
        if "年" in text:
            found = sorted([*found, *_zh_dates(text)], key=lambda d: d.start)
        if "/" in text and _ARABIC.search(text):
            found = sorted([*found, *_ar_dates(text)], key=lambda d: d.start)
    return found


def _month_dates(
    text: str, folded: str, days: list[int] | None, language: str | None
) -> list[DateMatch]:
    """The dates that name their month in words (EN, FR, ES, RU), as `find_dates_in`."""
    langs = (language,) if language in _PATTERNS else _LANGS
    # Every date holds a month name: look for them first (most texts have none).
    present = [w for w in _MONTH_WORDS if w in folded]
    if not present:
        return []
    months = _month_spans(folded, langs, present)
    if days is None:
        days = digit_starts(text)
    found: list[DateMatch] = []
    # Search only around day numbers (the patterns are slow to try at every position).
    windows: list[list[int]] = []
    for a in _DAY_ANCHOR.finditer(text):
        s, e = max(0, a.start() - _BEFORE_DAY), min(len(text), a.start() + _AFTER_DAY)
        if windows and s <= windows[-1][1]:
            windows[-1][1] = e
        else:
            windows.append([s, e])
    for lang in langs:
        spans = months[lang]
        if not spans:
            continue  # no month of that language: no date either
        starts = _date_starts(folded, lang, days, spans)
        for s, e in windows:
            if not _holds_span(spans, s, e):
                continue  # no month of that language inside: no date either
            i, j = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
            found += _window_dates(_PATTERNS[lang], text, starts[i:j], e)
    if len(langs) == 1:
        return found
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    out: list[DateMatch] = []
    for d in found:
        if out and d.start < out[-1].end:
            continue
        out.append(d)
    return out


def parse_date(text: str, language: str | None = None) -> datetime.date | None:
    """Return the first date written in ``text`` (the first day if it is a range).

    Args:
        text: a phrase such as ``"16 décembre 2020"`` or ``"25 de septiembre de 2015"``.
        language: ``"en"``, ``"fr"``, ``"es"`` or ``None`` for any.

    Returns:
        The date, or ``None`` when the text holds no complete date.
    """
    found = find_dates(text, language)
    return found[0].first if found else None


def is_date_line(text: str) -> bool:
    """Whether a line is only a date: the date of adoption under the meeting line ("30 June
    2020", "30 de junio de 2020"), not a note numbered 30."""
    dates = find_dates(text)
    return bool(dates) and len(text.strip(" .")) - len(dates[0].text) <= 2


# --- ordinals ------------------------------------------------------------------------------------

#: Number words (cardinal and ordinal stems), accent-free, mapped to their value.
_NUMBER_WORDS: dict[str, int] = {}
#: The words that are ordinals (a session name ends with one).
_ORDINAL_WORDS: set[str] = set()


def _add(value: int, cardinals: str = "", ordinals: str = "") -> None:
    for w in cardinals.split():
        _NUMBER_WORDS[w] = value
    for w in ordinals.split():
        _NUMBER_WORDS[w] = value
        _ORDINAL_WORDS.add(w)


# English
for _v, (_c, _o) in enumerate(
    [
        ("one", "first"),
        ("two", "second"),
        ("three", "third"),
        ("four", "fourth"),
        ("five", "fifth"),
        ("six", "sixth"),
        ("seven", "seventh"),
        ("eight", "eighth"),
        ("nine", "ninth"),
        ("ten", "tenth"),
        ("eleven", "eleventh"),
        ("twelve", "twelfth"),
        ("thirteen", "thirteenth"),
        ("fourteen", "fourteenth"),
        ("fifteen", "fifteenth"),
        ("sixteen", "sixteenth"),
        ("seventeen", "seventeenth"),
        ("eighteen", "eighteenth"),
        ("nineteen", "nineteenth"),
    ],
    start=1,
):
    _add(_v, _c, _o)
for _v, _c, _o in [
    (20, "twenty", "twentieth"),
    (30, "thirty", "thirtieth"),
    (40, "forty", "fortieth"),
    (50, "fifty", "fiftieth"),
    (60, "sixty", "sixtieth"),
    (70, "seventy", "seventieth"),
    (80, "eighty", "eightieth"),
    (90, "ninety", "ninetieth"),
    (100, "hundred", "hundredth"),
]:
    _add(_v, _c, _o)
# French (accent-free). "unieme" only after a tens word (vingt et unieme).
for _v, _c, _o in [
    (1, "un une", "premier premiere unieme"),
    (2, "deux", "deuxieme second seconde"),
    (3, "trois", "troisieme"),
    (4, "quatre", "quatrieme"),
    (5, "cinq", "cinquieme"),
    (6, "six", "sixieme"),
    (7, "sept", "septieme"),
    (8, "huit", "huitieme"),
    (9, "neuf", "neuvieme"),
    (10, "dix", "dixieme"),
    (11, "onze", "onzieme"),
    (12, "douze", "douzieme"),
    (13, "treize", "treizieme"),
    (14, "quatorze", "quatorzieme"),
    (15, "quinze", "quinzieme"),
    (16, "seize", "seizieme"),
    (20, "vingt vingts", "vingtieme"),
    (30, "trente", "trentieme"),
    (40, "quarante", "quarantieme"),
    (50, "cinquante", "cinquantieme"),
    (60, "soixante", "soixantieme"),
    (100, "cent", "centieme"),
]:
    _add(_v, _c, _o)
# Spanish (accent-free), masculine and feminine.
for _v, _words in [
    (1, "primero primer primera"),
    (2, "segundo segunda"),
    (3, "tercero tercer tercera"),
    (4, "cuarto cuarta"),
    (5, "quinto quinta"),
    (6, "sexto sexta"),
    (7, "septimo septima setimo setima"),
    (8, "octavo octava"),
    (9, "noveno novena nono nona"),
    (10, "decimo decima"),
    (11, "undecimo undecima"),
    (12, "duodecimo duodecima"),
    (20, "vigesimo vigesima"),
    (30, "trigesimo trigesima"),
    (40, "cuadragesimo cuadragesima"),
    (50, "quincuagesimo quincuagesima"),
    (60, "sexagesimo sexagesima"),
    (70, "septuagesimo septuagesima"),
    (80, "octogesimo octogesima"),
    (90, "nonagesimo nonagesima"),
    (100, "centesimo centesima"),
]:
    _add(_v, ordinals=_words)
# Spanish one-word teens: decimotercero, decimocuarta...
for _v, _stem in [(3, "tercer"), (4, "cuart"), (5, "quint"), (6, "sext"), (7, "septim")]:
    _add(10 + _v, ordinals=f"decimo{_stem}o decimo{_stem}a")
_add(13, ordinals="decimotercer")
for _v, _stem in [(8, "octav"), (9, "noven"), (1, "prim"), (2, "segund")]:
    _add(10 + _v, ordinals=f"decimo{_stem}o decimo{_stem}a")
_add(11, ordinals="decimoprimero decimoprimera")

# Russian (accents stripped, so "й" is "и"): the tens before an ordinal are cardinals
# ("семьдесят седьмая"), and an ordinal declines, every case and gender ("седьмая сессия", "на
# своей семьдесят седьмой сессии").
_RU_HARD = ("ый", "ой", "ая", "ое", "ую", "ого", "ому", "ом", "ые", "ых", "ым", "ыми")
for _v, _c in [
    (1, "один одна"),
    (2, "два две"),
    (3, "три"),
    (4, "четыре"),
    (5, "пять"),
    (6, "шесть"),
    (7, "семь"),
    (8, "восемь"),
    (9, "девять"),
    (20, "двадцать"),
    (30, "тридцать"),
    (40, "сорок"),
    (50, "пятьдесят"),
    (60, "шестьдесят"),
    (70, "семьдесят"),
    (80, "восемьдесят"),
    (90, "девяносто"),
    (100, "сто"),
]:
    _add(_v, _c)
for _v, _stem in [
    (1, "перв"),
    (2, "втор"),
    (4, "четверт"),
    (5, "пят"),
    (6, "шест"),
    (7, "седьм"),
    (8, "восьм"),
    (9, "девят"),
    (10, "десят"),
    (11, "одиннадцат"),
    (12, "двенадцат"),
    (13, "тринадцат"),
    (14, "четырнадцат"),
    (15, "пятнадцат"),
    (16, "шестнадцат"),
    (17, "семнадцат"),
    (18, "восемнадцат"),
    (19, "девятнадцат"),
    (20, "двадцат"),
    (30, "тридцат"),
    (40, "сороков"),
    (50, "пятидесят"),
    (60, "шестидесят"),
    (70, "семидесят"),
    (80, "восьмидесят"),
    (90, "девяност"),
    (100, "сот"),
]:
    _add(_v, ordinals=" ".join(_strip_accents(_stem + e) for e in _RU_HARD))
_add(3, ordinals=_strip_accents("третий третья третье третьей третьего третьему третьем третью"))

#: Digits with an ordinal suffix: 1st, 2nd, 76th, 76e, 1er, 1re, 76ème, 76º, 76.ª, 76°.
_NUMERIC_ORDINAL = re.compile(
    r"(?P<n>\d{1,3})\s?(?:st|nd|rd|th|er|re|ère|ere|e|ème|eme|ième|ieme|\.?[ºª°]|o|a)?",
    re.IGNORECASE,
)
_JOINERS = re.compile(r"[-\s‐‑–]+|\bet\b|\band\b|\by\b")

#: The number words of the Latin-script languages, longest first. Russian ordinals are read by
#: `ordinal_value` on a session line; `ORDINAL_WORD`, scanned over running text, keeps to these.
_LATIN_NUMBER_WORDS = sorted((w for w in _NUMBER_WORDS if w.isascii()), key=len, reverse=True)

#: A regex for an ordinal written in words (EN/FR/ES, hyphenated or spaced), accents optional.
ORDINAL_WORD: str = (
    "(?:"
    + "|".join(_accent_tolerant(w) for w in _LATIN_NUMBER_WORDS)
    + ")"
    + "(?:(?:[-‐‑\\s]+|\\s+(?:et|and|y)\\s+)(?:"
    + "|".join(_accent_tolerant(w) for w in _LATIN_NUMBER_WORDS)
    + ")){0,3}"
)


def roman_value(numeral: str) -> int | None:
    """The value of a Roman numeral, as sessions were numbered: ``XV`` → 15, ``XLVIII`` → 48.

    Returns:
        The value, or ``None`` when ``numeral`` holds another character.
    """
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total, prev = 0, 0
    for ch in reversed(numeral.upper()):
        v = vals.get(ch)
        if v is None:
            return None
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total or None


#: Chinese numerals: digits, and the tens and hundreds they multiply ("七十七" = 7 × 10 + 7).
_ZH_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6}
_ZH_DIGITS |= {"七": 7, "八": 8, "九": 9}
_ZH_UNITS = {"十": 10, "百": 100}
#: A Chinese ordinal: "第" and a number, in Chinese numerals or digits ("第七十七", "第52").
_ZH_ORDINAL = re.compile(r"第?(?P<n>[〇零一二两三四五六七八九十百]+|\d{1,4})")


def _zh_number(numeral: str) -> int | None:
    """The value of a number in Chinese numerals: ``七十七`` → 77, ``十一`` → 11, ``一百零一``
    → 101; ``None`` when it is not one."""
    total, digit = 0, None
    for ch in numeral:
        if ch in "〇零" and total:
            continue  # the zero that holds an empty tens place: "一百零一"
        if ch in _ZH_DIGITS:
            if digit is not None:
                return None  # two digits in a row: not a number in this notation
            digit = _ZH_DIGITS[ch]
        elif ch in _ZH_UNITS:
            total += (1 if digit is None else digit) * _ZH_UNITS[ch]
            digit = None
        else:
            return None
    return (total + (digit or 0)) or None


#: Arabic ordinals (feminine, as "الدورة" takes them; the article and "و" are taken off):
#: units, tens (nominative and oblique: "السبعون", "السبعين"), and "عشرة" after a unit (teens).
_AR_UNITS = {
    "أولى": 1, "حادية": 1, "ثانية": 2, "ثالثة": 3, "رابعة": 4, "خامسة": 5, "سادسة": 6,
    "سابعة": 7, "ثامنة": 8, "تاسعة": 9, "عاشرة": 10,
}  # fmt: skip
_AR_TENS = {
    "عشر": 20, "ثلاث": 30, "أربع": 40, "خمس": 50, "ست": 60, "سبع": 70, "ثمان": 80, "تسع": 90,
}  # fmt: skip


def _ar_ordinal(text: str) -> int | None:
    """The value of an Arabic ordinal: ``السابعة والسبعون`` → 77, ``الحادية عشرة`` → 11,
    ``الثامنة والسبعين`` → 78; ``None`` when it is not one."""
    total = 0
    for k, word in enumerate(text.split()):
        if k and word.startswith("و"):
            word = word[1:]
        word = word.removeprefix("ال")
        if word in _AR_UNITS:
            total += _AR_UNITS[word]
        elif word in ("عشرة", "عشر") and 0 < total < 10:
            total += 10
        elif word.endswith(("ون", "ين")) and word[:-2] in _AR_TENS:
            total += _AR_TENS[word[:-2]]
        elif word in ("مائة", "المائة", "بعد"):
            total += 100 if word != "بعد" else 0
        else:
            return None
    return total or None


def ordinal_value(word: str, language: str | None = None) -> int | None:
    """Return the value of an ordinal such as a session number.

    Reads words (``soixante-seizième`` → 76, ``seventy-sixth`` → 76, ``septuagésimo sexto`` → 76,
    ``quatre-vingt-unième`` → 81, ``one hundred and first`` → 101, ``семьдесят седьмой`` → 77,
    in any case and gender) and digits with an ordinal suffix (``1st``, ``76th``, ``76e``,
    ``1er``, ``76º``). The last word must be an ordinal. Chinese ordinals open with "第"
    (``第七十七`` → 77, ``第52`` → 52).

    Args:
        word: the ordinal, alone (surrounding spaces are ignored).
        language: accepted for symmetry with `find_dates`; the number words of the four
            languages do not clash, so it is not needed.

    Returns:
        The value (1 and up), or ``None`` if ``word`` is not an ordinal.
    """
    del language
    s = word.strip()
    if "\u0621" <= s[:1] <= "\u064a":
        return _ar_ordinal(s)
    if s[:1] == "第" or s[:1] in _ZH_DIGITS or s[:1] in _ZH_UNITS:
        m = _ZH_ORDINAL.fullmatch(s)
        if m is None:
            return None
        n = m.group("n")
        return (int(n) or None) if n.isdecimal() else _zh_number(n)
    m = _NUMERIC_ORDINAL.fullmatch(s)
    if m:
        v = int(m.group("n"))
        return v if v > 0 else None
    tokens = [t for t in _JOINERS.split(_strip_accents(s).lower()) if t]
    if not tokens or tokens[-1] not in _ORDINAL_WORDS:
        return None
    total = 0
    for t in tokens:
        v = _NUMBER_WORDS.get(t)
        if v is None:
            return None
        if v == 100:
            total = max(total, 1) * 100
        elif v == 20 and total % 100 == 4:  # quatre-vingt(s) = 80
            total += 76
        else:
            total += v
    return total or None
