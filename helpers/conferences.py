"""Conferences: clause or footnote text → mentions of UN world conferences, summits and meetings.

The reference table ``data/reference/conferences.csv`` has one row per conference, summit or
high-level meeting. Its columns:

* ``key`` (``vienna-1993``), ``kind`` (conference, summit, high-level meeting);
* ``name_en|fr|es|ru|zh|ar``: official names; ``short_en|fr|es|ru|zh|ar``: usual short forms;
  ``outcomes_en|fr|es|ru|zh|ar``: the outcome documents' names. Several forms are ``|``-separated.
  Every row has English, French and Spanish names; a row has Russian, Chinese and Arabic names
  where the Russian, Chinese and Arabic corpus name it (General Assembly session 77), and none
  otherwise;
* ``place``, ``country``, ``start``, ``end`` (ISO dates);
* ``outcome_symbols`` (``;``-separated document symbols of the outcome documents);
* ``commemorates`` and ``anniversary``: for a meeting held on the anniversary of an earlier event,
  the key of that event and the ordinal (``durban-2001``, ``10``);
* ``source``: the corpus sentence each date was checked against; ``example``, ``example_fr``,
  ``example_es``, ``example_ru``, ``example_zh``, ``example_ar``: real phrases that the row's
  patterns must match (see tests/test_conferences.py).

`find_conferences` matches those forms in a text, tolerant of accents, case, typographic or
straight apostrophes, line-wrap spaces, and of the article French and Spanish insert in a
coordinated title ("la Déclaration et *le* Programme d’action de Vienne"). When the sentence
states where and when the event took place ("tenue à Durban (Afrique du Sud) du 31 août au
8 septembre 2001", "held in Geneva from 20 to 24 April 2009", footnote style "Cairo, 5–13
September 1994", "состоявшейся в Вене 14–25 июня 1993 года") the mention carries those values
(``date_source="text"``; the place as written, "Вене"); otherwise it takes them from the table
(``date_source="reference"``).

Russian declines a title, and a table form stands for every case of its words: a Cyrillic word
matches its stem and any inflectional ending of its number ("Всемирная конференция по правам
человека" matches "Всемирной конференции ...", "Всемирную конференцию ...", "Всемирной
конференцией ..."; "Венская декларация и Программа действий" matches "Венской декларации и
Программы действий"), but not the plural of a singular word ("международных конференций", a
series), nor another form of the first part of a compound ("Алма-Атинская" is not
"Алматинская"). See `_declension`.

Chinese prints no space between words, and a Han character is a word of its own: a Chinese form
is found inside a run of characters ("回顾第四次妇女问题世界会议的成果"), in title marks or not, a
coordinated title also where it is printed as two titles ("《北京宣言》和《行动纲要》" is the form
"北京宣言和行动纲要"), and a mark in its full-width or ASCII shape. Chinese states place and dates
before the name ("2016年10月17日至20日在厄瓜多尔基多举行的联合国住房和城市可持续发展大会", "在北京
举行的…"), which the mention then covers; or after it in a report's title ("《第四次妇女问题世界
会议的报告，1995年9月4日至15日，北京》"). An ordinal just before a name ("第二次", "首次": second,
first) chooses the edition, a year just before it ("2019年全民健康覆盖问题高级别会议") the row, and
"纪念《德班宣言和行动纲领》通过十周年和二十周年的大会高级别会议" names the anniversary meetings.

Arabic glues "و", "ف" (and), "ب", "ل", "ك" (by, for, as) and the article "ال" to a word, and "ل"
makes the article "لل": an Arabic form is found after those letters ("والمؤتمر العالمي الرابع
المعني بالمرأة", "لإعلان وبرنامج عمل ديربان", "للمؤتمر الدولي للسكان والتنمية"), which the
mention leaves out, with or without the marks a letter may carry ("سِنداي", "إعــلان"); `fold`
takes the hamza off its letters ("اسطنبول", "إسطنبول"). Arabic states place and dates after the
name ("الذي عقد في فيينا من 3 إلى 5 تشرين الثاني/نوفمبر 2014", a report's title "، بيجين، 4-15
أيلول/سبتمبر 1995"), read with the Arabic dates of `helpers.dates`; it puts an ordinal after the
noun, inside the name ("المؤتمر الدولي الثالث لتمويل التنمية"), which the table's forms hold;
"للاحتفال بالذكرى السنوية العاشرة والذكرى السنوية العشرين لاعتماد إعلان وبرنامج عمل ديربان"
names the anniversary meetings; "منتدى" (forum) before a name makes it another body's.

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
import dataclasses
import datetime
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from helpers.dates import (
    ORDINAL_WORD,
    ZH_DATE_PATTERN,
    DateMatch,
    find_dates,
    ordinal_value,
    zh_date_span,
)
from helpers.lexicon import ARABIC, ARABIC_CHAR, ARABIC_MARKS, HAN, HAN_CHAR, marked_letters
from helpers.models import ConferenceMention, Span
from helpers.paths import REFERENCE

__all__ = [
    "COLUMNS",
    "CONFERENCES_CSV",
    "LANGUAGES",
    "conference_for_symbol",
    "find_conferences",
    "find_conferences_batch",
    "fold",
    "load_conferences",
    "unknown_warning",
]

#: Languages the table covers.
LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "ru", "zh", "ar")
#: The reference table.
CONFERENCES_CSV = REFERENCE / "conferences.csv"
#: Columns of conferences.csv, in order.
COLUMNS: tuple[str, ...] = (
    "key",
    "kind",
    "name_en",
    "name_fr",
    "name_es",
    "name_ru",
    "name_zh",
    "name_ar",
    "short_en",
    "short_fr",
    "short_es",
    "short_ru",
    "short_zh",
    "short_ar",
    "place",
    "country",
    "start",
    "end",
    "outcomes_en",
    "outcomes_fr",
    "outcomes_es",
    "outcomes_ru",
    "outcomes_zh",
    "outcomes_ar",
    "outcome_symbols",
    "commemorates",
    "anniversary",
    "source",
    "example",
    "example_fr",
    "example_es",
    "example_ru",
    "example_zh",
    "example_ar",
)


# --- folding: a same-length, accent-free, lower-case copy of a text ---------------------------

_FOLD_MAP: dict[str, str] = {
    **dict.fromkeys("’‘ʼ`´′", "'"),
    **dict.fromkeys("‐‑‒–—−", "-"),
    **dict.fromkeys("\u00a0\u202f\u2009\n\r\t", " "),
    **dict.fromkeys("«»“”„", '"'),
    # Arabic marks, which a word may carry or not, all fold to the tatweel (`_AR_MARKS`)
    **dict.fromkeys(map(chr, range(0x064B, 0x0653)), "\u0640"),
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


#: For each byte of a folded text encoded to ASCII (other characters as ``?``): the byte if it is
#: a word character (``\w``), else a space. In the text it makes, every ASCII word of the folded
#: text stands between spaces.
_WORD_BYTES = bytes(c if re.match(r"\w", chr(c)) else ord(" ") for c in range(128)) + bytes(
    [ord(" ")] * 128
)


def fold(text: str) -> str:
    """Return an accent-free, lower-case copy of ``text`` of the same length.

    Typographic apostrophes become ``'``, dashes ``-``, non-breaking spaces and line ends a
    space, so that offsets in the folded copy are offsets in the original.

    Args:
        text: any text.

    Returns:
        The folded text, ``len(fold(text)) == len(text)``.
    """
    if len(text) < _FOLD_BY_ARRAY_FROM:
        return text.translate(_FOLD_TABLE)
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return _fold_array().take(codes).tobytes().decode("utf-32-le", "surrogatepass")


#: From this length `fold` maps code points through an array: a fixed cost of some 20 µs, then
#: about a nanosecond a character, where ``str.translate`` takes 50 to 100 ns a character of a
#: text that is not pure ASCII. A document folded at once is 10 to 100 times this length.
_FOLD_BY_ARRAY_FROM = 512


@lru_cache(maxsize=1)
def _fold_array() -> np.ndarray:
    """`_FOLD_TABLE` as an array over every code point; code points above it map to themselves."""
    table = np.arange(0x110000, dtype=np.uint32)
    for code, folded in _FOLD_TABLE.items():
        table[code] = ord(folded)
    return table


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

# (Chinese prints no space between words: a Han character, `helpers.lexicon.HAN`, is a word of
# its own, so a Chinese form may start or end next to one: `_ZH_FORM_LEFT`, `_ZH_FORM_RIGHT`)
#: Tokens of a Chinese title: runs of characters, the coordinator "和" (and), and single marks.
#: The coordinator stands apart because a coordinated title may be printed as two titles, each
#: in its own title marks: "《北京宣言》和《行动纲要》" is the form "北京宣言和行动纲要".
_ZH_TOKEN = re.compile(r"和|[^\W和]+|[^\w\s]")
#: How each mark of a Chinese form matches: in its full-width or ASCII shape, with the spaces a
#: footnote mark leaves. A mark that starts a bracketed or coordinated part may close the title
#: marks before it and open others after it ("《小岛屿发展中国家快速行动方式》(《萨摩亚途径》)").
_ZH_MARKS: dict[str, str] = {
    "和": r"》?\s*和\s*《?",
    "(": r"》?\s*[(（]\s*《?",
    ")": r"\s*》?\s*[)）]",
    ":": r"\s*[:：]\s*",
    ",": r"\s*[,，]\s*",
    "、": r"\s*、\s*",
    "-": r"\s*[-－~～]\s*",  # a range of years; fold makes every dash "-"
    '"': r'\s*"?\s*',  # “ ” fold to '"'
    "<": r"\s*[〈<《]\s*",  # a title inside a title: "〈2030年可持续发展议程〉"
    ">": r"\s*[〉>》]\s*",
    "·": r"\s*[·・•‧]?\s*",  # between the parts of a foreign name: "纳尔逊·曼德拉"
}
#: The full-width and other shapes of the marks of `_ZH_MARKS`, as a form may be written.
_ZH_MARK_SHAPES = str.maketrans("（）：，－〈〉《》・•‧", "():,-<><>···")


def _tokens(phrase: str) -> list[str]:
    """The tokens of a folded form: `_ZH_TOKEN` for a Chinese form, else `_TOKEN`."""
    if HAN_CHAR.search(phrase):
        return _ZH_TOKEN.findall(phrase.translate(_ZH_MARK_SHAPES))
    return _TOKEN.findall(phrase)


def _zh_phrase_regex(tokens: list[str]) -> str:
    """The regex of a Chinese form's tokens (`_tokens`): its runs as written, next to each other
    (Chinese prints no space between words), its marks as `_ZH_MARKS` says."""
    out: list[str] = []
    for tok in tokens:
        if tok in _ZH_MARKS:
            out.append(_ZH_MARKS[tok])
        elif _FORM_WORD.fullmatch(tok):
            out.append(re.escape(tok))
        else:
            out.append(r"\s*" + re.escape(tok) + r"\s*")
    return "".join(out)


#: The marks an Arabic word may carry after any letter, or not (`helpers.lexicon.ARABIC_MARKS`:
#: short vowels, shadda, sukun and the tatweel that stretches a word: "سِنداي", "إعــلان"). `fold`
#: folds each to the tatweel (one character after every letter: a regex compiled and run twice
#: as fast as with a class), and takes the hamza off a letter ("الأمم" folds to "الامم",
#: "إسطنبول" and "اسطنبول" alike), as `helpers.citations` matches Arabic names.
_AR_MARKS = "\u0640*"
#: The letters Arabic glues before a word: "و" and "ف" (and), then "ب", "ل" or "ك" (by, for,
#: as): "والمؤتمر", "بالمؤتمر", "لإعلان", "وبرنامج". A form starts after them.
_AR_PREFIX = "(?:[وف]?[بلك]?)"
#: Where an Arabic form may start: at a word, or after its prefix letters (`_AR_PREFIX`, kept
#: out of the match). Fixed-width lookbehinds, one for each length of the prefix.
_AR_FORM_LEFT = r"(?:(?<![\w'])|(?<=(?<![\w'])[وفبلك])|(?<=(?<![\w'])[وف][بلك]))"
#: The article of an Arabic form's first word, which "ل" (for) makes "لل": "المؤتمر",
#: "للمؤتمر" (`_ar_phrase_regex`).
_AR_ARTICLE = "ال"
#: What may stand before an Arabic form's opener in a word of the text: prefix letters and the
#: article, or the "ل" left of it ("للمؤتمر"). See `_ar_starts`.
_AR_BEFORE_OPENER = re.compile(r"[وف]?[بلك]?(?:ال|ل)?")


def _ar_core(word: str) -> str:
    """A folded Arabic word without its article ("المؤتمر" → "مؤتمر"), as it stands in every
    printing of the word ("المؤتمر", "للمؤتمر", "بالمؤتمر"): an Arabic form's opener and words."""
    if word.startswith(_AR_ARTICLE) and len(word) > len(_AR_ARTICLE) + 1:
        return word[len(_AR_ARTICLE) :]
    return word


def _ar_letters(word: str) -> str:
    """The regex of a folded Arabic word: each letter, then any marks (`_AR_MARKS`)."""
    return marked_letters(word, marks=_AR_MARKS)


def _ar_phrase_regex(tokens: list[str]) -> str:
    """The regex of an Arabic form's tokens (`_TOKEN`, folded): its words with any marks
    (`_ar_letters`), the article of the first word also as the "ل" that "ل" (for) leaves of it
    ("للمؤتمر"), its marks as `_phrase_regex` puts them."""
    out: list[str] = []
    prev: str | None = None
    for i, tok in enumerate(tokens):
        if _FORM_WORD.fullmatch(tok):
            if prev is not None and (_FORM_WORD.fullmatch(prev) or prev in ",;)،"):
                out.append(r"[,،]?\s+")
            if i == 0 and tok.startswith(_AR_ARTICLE) and len(tok) > len(_AR_ARTICLE) + 1:
                out.append(r"(?:ا|(?<=ل))ل" + _AR_MARKS + _ar_letters(tok[2:]))
            else:
                out.append(_ar_letters(tok))
        elif tok == "-":
            out.append(r"\s?-?\s?")
        elif tok == ":":
            out.append(r'\s*:?\s*"?')
        elif tok in ",،":
            out.append(r"\s*[,،]?")
        elif tok == "(":
            out.append(r"\s*\(\s*")
        elif tok == ")":
            out.append(r"\s*\)")
        else:
            out.append(r"\s*" + re.escape(tok) + r"\s*")
        prev = tok
    return "".join(out)


def _folded_endings(endings: str) -> frozenset[str]:
    return frozenset(fold(e) for e in endings.split())


#: The inflectional endings of Russian nouns, adjectives and participles, folded ("й" reads
#: "и"), by number: Russian declines a title ("Всемирная конференция по правам человека",
#: "Всемирной конференции ...", "Всемирную конференцию ...", "Всемирной конференцией ...").
_RU_SINGULAR = _folded_endings(
    "а я о у ю ь ой ою ею ом ем ью ию ией ием ый ая яя ое ее ого его ому ему ую юю"
)
_RU_PLURAL = _folded_endings("ов ев ам ям ами ями ах ях иям иях иями ых их ыми ими ые")
#: Endings of either number ("конференций", genitive plural, folds to "конференции").
_RU_EITHER = _folded_endings("ы и е ий ей ие ым им ия")
#: Every ending, longest first.
_RU_ENDINGS: tuple[str, ...] = tuple(
    sorted(_RU_SINGULAR | _RU_PLURAL | _RU_EITHER, key=lambda e: (-len(e), e))
)
#: What is left of a word once its ending is gone: at least three letters ("дня" and "для" do
#: not decline here; "год", the stem of "годы", does).
_RU_MIN_STEM = 3
#: A word of a form in Cyrillic letters (folded).
_CYRILLIC_WORD = re.compile(r"[\u0430-\u044f\u0451-\u045f]+")


@lru_cache(maxsize=4096)
def _declension(word: str) -> tuple[str, tuple[str, ...]] | None:
    """How a folded word of a form declines: its stem and the endings it may take.

    The stem is a Cyrillic word less its longest ending (`_RU_ENDINGS`) that leaves
    `_RU_MIN_STEM` letters ("конференция" → "конференц", "всемирная" → "всемирн", "саммит" →
    "саммит"). The word keeps its number: a word whose own ending is plural ("объединенных")
    takes the plural endings, any other the singular ones ("международная" does not match
    "международных конференций", the series); either takes the endings both numbers share, and
    its own.

    Args:
        word: a word of a form, folded.

    Returns:
        ``(stem, endings)``, longest ending first; ``None`` for a word that does not decline: a
        word that is not Cyrillic, or shorter than `_RU_MIN_STEM`.
    """
    if len(word) < _RU_MIN_STEM or not _CYRILLIC_WORD.fullmatch(word):
        return None
    stem, own = word, ""
    for ending in _RU_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _RU_MIN_STEM:
            stem, own = word[: -len(ending)], ending
            break
    number = _RU_PLURAL if own in _RU_PLURAL else _RU_SINGULAR
    endings = {*number, *_RU_EITHER, own} - {""}
    return stem, tuple(sorted(endings, key=lambda e: (-len(e), e)))


def _stem(word: str) -> str:
    """A folded word of a form less any ending it may change (`_declension`)."""
    declension = _declension(word)
    return word if declension is None else declension[0]


def _word_regex(word: str, declines: bool = True) -> str:
    """The regex of a folded word of a form: its stem and any of its endings (`_declension`), or
    the word as written, when it does not decline."""
    declension = _declension(word) if declines else None
    if declension is None:
        return re.escape(word)
    stem, endings = declension
    return re.escape(stem) + "(?:" + "|".join(endings) + ")?"


def _inflections(word: str) -> list[str]:
    """Every word that `_word_regex` of ``word`` matches."""
    declension = _declension(word)
    if declension is None:
        return [word]
    stem, endings = declension
    return [stem, *(stem + e for e in endings)]


def _phrase_regex(phrase: str) -> str:
    """Return a regex for a title, tolerant of spacing, optional commas and inserted articles (a
    Chinese title: `_zh_phrase_regex`; an Arabic one: `_ar_phrase_regex`)."""
    tokens = _tokens(fold(phrase))
    if HAN_CHAR.search(phrase):
        return _zh_phrase_regex(tokens)
    if ARABIC_CHAR.search(phrase):
        return _ar_phrase_regex(tokens)
    out: list[str] = []
    prev: str | None = None
    for i, tok in enumerate(tokens):
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
            # the first part of a compound does not decline: "Алма-Атинской", "Нью-Йоркская"
            out.append(_word_regex(tok, declines=tokens[i + 1 : i + 2] != ["-"]))
        prev = tok
    return "".join(out)


@dataclass(frozen=True)
class _Alt:
    """One matchable form: which rows it names, whether it is a name or an outcome, and whether
    it is Chinese (holds a Han character) or Arabic (holds an Arabic letter)."""

    keys: tuple[str, ...]
    via: str
    starts_with_ordinal: bool
    chinese: bool = False
    arabic: bool = False


def _starts_with_ordinal(phrase: str) -> bool:
    if ARABIC_CHAR.search(phrase):
        return False  # Arabic puts an ordinal after the noun, in the name ("المؤتمر الدولي الثالث")
    if HAN_CHAR.search(phrase):
        return _ZH_EDITION.match(phrase) is not None
    first = phrase.split()[0] if phrase.split() else ""
    return ordinal_value(fold(first)) is not None or bool(re.fullmatch(r"\d{4}", first))


#: A Chinese number: digits, or numerals ("十四", "二十").
_ZH_NUMBER = r"(?:\d{1,3}|[〇零一二三四五六七八九十百两]{1,5})"
#: A Chinese ordinal of an edition ("第四次", "第十四届", "首次": the fourth, fourteenth,
#: first) or a year ("2005年"), at the start of a name.
_ZH_EDITION = re.compile(r"第" + _ZH_NUMBER + r"[次届]|首[次届]|(?:19|20)\d\d年")
#: The same ordinal just before a name ``(?P<n>...)``, or "首" (first).
_ZH_ORDINAL_BEFORE = re.compile(r"(?:第(?P<n>" + _ZH_NUMBER + r")|(?P<first>首))[次届]$")


def _han_number(numeral: str) -> int | None:
    """The value of a Chinese number under 1000 (`_ZH_NUMBER`): "三" 3, "十四" 14, "二十" 20,
    "一百零一" 101, "14" 14; ``None`` if it is none."""
    if numeral.isdigit():
        return int(numeral)
    digits = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}
    total, pending = 0, None
    for c in numeral:
        if c in digits:
            pending = digits[c]
        elif c in "十百":
            total += (1 if pending is None else pending) * (10 if c == "十" else 100)
            pending = None
        else:
            return None
    return total + (pending or 0) or None


#: Where a form may start and end: not inside a word.
_FORM_LEFT = r"(?<![\w'])"
_FORM_RIGHT = r"(?![\w])"
#: Where a Chinese form may start and end: a Han character is a word of its own, so next to one
#: (Chinese prints no space between words), or next to a mark; a form that starts or ends with a
#: number or a Latin letter ("2005年世界首脑会议", "里约+20") not next to another.
_ZH_FORM_LEFT = rf"(?:(?=[{HAN}])|(?<![^\W{HAN}]))"
_ZH_FORM_RIGHT = rf"(?:(?<=[{HAN}])|(?<=[^\w\s])|(?![^\W{HAN}]))"
#: `_ZH_FORM_LEFT` alone, to test a start.
_ZH_START = re.compile(_ZH_FORM_LEFT)


def _alternation_regex(forms: _Forms, chosen: Sequence[int]) -> str:
    """One alternation of the forms ``chosen`` (indices into ``forms``), in order, between the
    edges of a form (`_FORM_LEFT`, `_FORM_RIGHT`), the Chinese forms between theirs
    (`_ZH_FORM_LEFT`, `_ZH_FORM_RIGHT`) after the others: a Chinese form's match holds a Han
    character, another's none, so that the two never match at the same place. The Arabic forms
    come last, after the letters Arabic glues before a word (`_AR_PREFIX`): their match starts
    at the word, the form's own group after the prefix."""
    other = "|".join(forms.parts[i] for i in chosen if not forms.chinese[i] and not forms.arabic[i])
    chinese = "|".join(forms.parts[i] for i in chosen if forms.chinese[i])
    arabic = "|".join(forms.parts[i] for i in chosen if forms.arabic[i])
    if not chinese and not arabic:
        return _FORM_LEFT + "(?:" + other + ")" + _FORM_RIGHT
    groups = [_FORM_LEFT + "(?:" + other + ")" + _FORM_RIGHT] if other else []
    if chinese:
        groups.append(_ZH_FORM_LEFT + "(?:" + chinese + ")" + _ZH_FORM_RIGHT)
    if arabic:  # tried at the start of a word, its prefix letters before the form (`_ar_starts`)
        groups.append(_AR_FORM_LEFT + _AR_PREFIX + "(?:" + arabic + ")" + _FORM_RIGHT)
    return groups[0] if len(groups) == 1 else "(?:" + "|".join(groups) + ")"


#: A form's words: each stands as written, folded, in any text the form matches.
_FORM_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class _Forms:
    """Every form of the table in one language (or all of them), compiled.

    Attributes:
        pattern: one alternation of every form, longest first; group ``aN`` is form ``N``.
        alts: what each form names.
        parts: each form's alternative, ``(?P<aN>...)``, as `pattern` holds it.
        phrases: each form's regex alone, without the short form it may carry.
        openers: each form's first token if it is a word (a match starts with it; with a Russian
            word, its stem, `_stem`; with a Chinese form, its first run of characters up to a
            mark or "和", `_tokens`), else ``None``.
        words: each form's words, folded, Russian words as their stems; a text the form matches
            contains every one.
        whole: those of its ASCII words that stand alone in any match, between characters that
            are not word characters (not so a word next to an optional hyphen or colon).
        chinese: whether each form is Chinese (holds a Han character).
        arabic: whether each form is Arabic (holds an Arabic letter); its opener and words are
            without the article of the word (`_ar_core`).
    """

    pattern: re.Pattern[str]
    alts: tuple[_Alt, ...]
    parts: tuple[str, ...]
    phrases: tuple[str, ...]
    openers: tuple[str | None, ...]
    words: tuple[tuple[str, ...], ...]
    whole: tuple[frozenset[str], ...]
    chinese: tuple[bool, ...]
    arabic: tuple[bool, ...]


#: The tokens of a form after which, or before which, a word stands alone in a match: a word
#: (`_phrase_regex` puts a space between) or a mark the match must hold. Not so the optional
#: hyphen and colon: "post-2015" matches "post2015".
_WORD_BOUNDARY_MARKS = frozenset(",;()'+")


def _whole_words(tokens: list[str]) -> frozenset[str]:
    """The words of a form's tokens (`_TOKEN`, folded) that stand alone in any of its matches."""

    def parts(tok: str | None) -> bool:
        if tok is None or tok[0].isalnum() or tok in _WORD_BOUNDARY_MARKS:
            return True
        return len(tok) == 1 and tok not in "-:" and not _FORM_WORD.fullmatch(tok)

    padded: list[str | None] = [None, *tokens, None]
    return frozenset(
        tok
        for before, tok, after in zip(padded, padded[1:], padded[2:], strict=False)
        if tok is not None and tok[0].isalnum() and parts(before) and parts(after) and tok.isascii()
    )


# (one entry per language, and None for a text of unknown language: seven must fit)
@lru_cache(maxsize=8)
def _compiled(language: str | None) -> _Forms:
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
    phrases: list[str] = []
    openers: list[str | None] = []
    words: list[tuple[str, ...]] = []
    whole: list[frozenset[str]] = []
    chinese: list[bool] = []
    arabic: list[bool] = []
    for i, (phrase, via) in enumerate(ordered):
        rx = _phrase_regex(phrase)
        phrases.append(rx)
        shorts = sorted(shorts_of.get(phrase, ()), key=len, reverse=True)
        if via == "name" and shorts and "(" not in phrase:
            inner = "|".join(_phrase_regex(x) for x in shorts)
            if HAN_CHAR.search(phrase):  # "联合国住房和城市可持续发展大会(人居三)"
                rx += "(?:" + _ZH_MARKS["("] + "(?:" + inner + ")" + _ZH_MARKS[")"] + ")?"
            else:
                rx += r"(?:\s*\(\s*(?:" + inner + r")\s*\))?"
        keys = tuple(dict.fromkeys(forms[(phrase, via)]))
        chinese.append(HAN_CHAR.search(phrase) is not None)
        arabic.append(ARABIC_CHAR.search(phrase) is not None)
        alts.append(_Alt(keys, via, _starts_with_ordinal(phrase), chinese[-1], arabic[-1]))
        parts.append(f"(?P<a{i}>{rx})")
        tokens = _tokens(fold(phrase))
        # an Arabic word is looked for without its article, which "ل" makes "لل" (`_ar_core`)
        core = _ar_core if arabic[-1] else _stem
        openers.append(core(tokens[0]) if tokens and _FORM_WORD.fullmatch(tokens[0]) else None)
        words.append(tuple(dict.fromkeys(core(w) for w in tokens if _FORM_WORD.fullmatch(w))))
        # a Chinese form's words are not whole words: a Han character may stand next to them; an
        # Arabic form's neither: a prefix or a mark may
        whole.append(frozenset() if chinese[-1] or arabic[-1] else _whole_words(tokens))
    forms_ = _Forms(
        re.compile("(?!)"),
        tuple(alts),
        tuple(parts),
        tuple(phrases),
        tuple(openers),
        tuple(words),
        tuple(whole),
        tuple(chinese),
        tuple(arabic),
    )
    body = _alternation_regex(forms_, range(len(parts)))
    return dataclasses.replace(forms_, pattern=re.compile(body))


@lru_cache(maxsize=8192)
def _compiled_for(language: str | None, word: str) -> re.Pattern[str] | None:
    """The alternation of `_compiled` cut down to the forms that can match where ``word`` stands.

    A form that opens with a word matches only where the text's word starts with it; a form
    that opens with punctuation is kept everywhere. The forms keep their order and group names,
    so the first form to match, and the match, are those of the whole alternation. Words that
    open the same forms share one pattern (`_alternation`): a Russian word declines, and each
    form of it would otherwise compile the pattern again.

    Args:
        language: as for `_compiled`.
        word: the text's word (``[\\w']+``, folded) where a match is tried, or the longest
            Chinese opener found there (`_han_starts`).

    Returns:
        The pattern, or ``None`` when no form can start there.
    """
    openers = _openers_by_initial(language).get(word[:1], ())
    return _alternation(language, tuple(i for i, o in openers if word.startswith(o)))


@lru_cache(maxsize=8)
def _openers_by_initial(language: str | None) -> dict[str, tuple[tuple[int, str], ...]]:
    """The forms that open with a word, as ``(index, opener)``, by the opener's first letter."""
    out: dict[str, list[tuple[int, str]]] = {}
    for i, opener in enumerate(_compiled(language).openers):
        if opener:
            out.setdefault(opener[0], []).append((i, opener))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1024)
def _alternation(language: str | None, chosen: tuple[int, ...]) -> re.Pattern[str] | None:
    """The alternation of the forms that open with no word, and of the forms ``chosen``."""
    forms = _compiled(language)
    keep = set(chosen)
    kept = [i for i, opener in enumerate(forms.openers) if opener is None or i in keep]
    if not kept:
        return None
    return re.compile(_alternation_regex(forms, kept))


#: After a match, a title that runs on ("International Conference on Human Rights, Civil Society
#: and Counter-Terrorism", "... on Financing for Development to Review ...", "... Information
#: Society Forum"): read on the original text, where capitals mark a title.
_RUNS_ON = re.compile(
    r"(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+and\s+[A-Z]"
    r"|\s+(?:on|for|against|to|of)\s+(?:the\s+)?[A-Z][a-z]"
    r"|[ \t]+[A-Z][a-z]+\b)"  # "World Summit on the Information Society Forum"
)


# --- what may follow a name: place and dates -----------------------------------------------------

#: The verb of "held in", "tenue à", "celebrada en", "состоявшейся в", with its relative and
#: auxiliaries: whole words only, so "upheld" and "maintenu" are not read as "held" and "tenu".
#: Russian participles decline ("состоявшейся", "состоявшемся"), so only their stems are given.
_HELD_VERB = (
    r"(?:held|convened|organized|organised|took\s+place|tenue?s?|organisee?s?|eu\s+lieu|"
    r"celebrad[ao]s?|celebro|celebrara|tuvo\s+lugar|tendra\s+lugar|tiendra|aura\s+lieu|"
    r"состоявш\w*|проходивш\w*|проведенн\w*|прошедш\w*|созванн\w*|организованн\w*|"
    r"состоял\w*|состоится|состоятся|проходил\w*|пройдет|прошл[аио]|прошел|"
    r"проведен[аоы]?|созван[аоы]?)"
)
_HELD = (
    r"\b(?:(?:which|that|qui|que|котор\w+)\s+)?"
    r"(?:(?:was|were|will\s+be|s'est|se|a|ont|sera|был[аио]?|будет)\s+)?"
    r"(?:to\s+be\s+)?(?:successfully\s+)?" + _HELD_VERB
)
#: A place after "in/at/à/en/в": capitalized words (checked on the original text), with an
#: optional country in parentheses or after a comma.
_PLACE = (
    r"(?:(?:in|at|a|au|aux|en|в|во)\s+(?:the\s+|la\s+|le\s+|el\s+|l')?)?(?P<place>[^\W\d][\w.'-]*(?:\s+(?:[^\W\d][\w.'-]*))*?)"
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
#: A place after the date: "du 30 juin au 3 juillet 2025 à Séville (Espagne)", "20–22 июня
#: 2012 года в Рио-де-Жанейро, Бразилия".
_PLACE_AFTER = re.compile(
    r"\s*,?\s*(?:in|at|a|au|aux|en|в|во)\s+(?:the\s+)?"
    r"(?P<place>[^\W\d][\w.'-]*(?:\s+[^\W\d][\w.'-]*)*?)(?:\s*\((?P<country>[^()\d]{2,40})\))?"
    r"(?=\s*[,;.)]|\s*$|\s+(?:and|et|y|to|pour|para|и|для)\s)"
)
#: The word "year" after a Russian date ("1995 года"), which belongs to the date.
_YEAR_WORD = re.compile(r"\s+года\b")
#: Words that end the stretch in which a stated date belongs to the conference.
_TAIL_STOP = re.compile(
    r";|\.\s|\b(?:adopt\w*|entitled|intitule\w*|titulad\w*|resolutions?|resolution|decisions?|"
    r"decision|in\s+which|dans\s+laquelle|en\s+la\s+que|whereby|where|"
    r"принят\w*|озаглавленн\w*|под\s+названием|резолюци\w*|решени\w*|в\s+котор\w*|где)\b"
)
#: Lower-case words allowed inside a place name ("Rio de Janeiro", "Trinidad and Tobago").
_PLACE_JOINERS = frozenset(
    {"de", "del", "da", "do", "and", "et", "y", "of", "upon", "el", "la", "las", "los", "des", "du"}
    | {"и"}  # "в Нью-Йорке и Дохе", "в Антигуа и Барбуде"
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
        start: where the place and dates start when they come before the name, as Chinese
            puts them ("1995年9月4日至15日在北京举行的第四次妇女问题世界会议"); else ``None``.
    """

    end: int
    place: str | None = None
    first: datetime.date | None = None
    last: datetime.date | None = None
    bare: bool = False
    start: int | None = None


_HELD_IN = re.compile(r"\s*,?\s*" + _HELD + r"\s+(?:in|at|a|au|aux|en|в|во)\s+")
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
            if (year_word := _YEAR_WORD.match(folded, end, window_end)) is not None:
                end = year_word.end()
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


# --- place and dates in Chinese -------------------------------------------------------------------

#: A Chinese date or range of dates (`helpers.dates.ZH_DATE_PATTERN`): "1995年9月4日",
#: "1995年9月4日至15日", "2014年11月19至21日", "2018年12月10日和11日" (two days).
_ZH_DATE = rf"(?P<date>{ZH_DATE_PATTERN})"
#: A year, or a year and month, that a sentence gives instead of a date ("2019年9月").
_ZH_YEAR_MONTH = r"(?:19|20)\d\d\s*年(?:\s*\d{1,2}\s*月)?"
#: A place: Han characters and the dot of a foreign name ("大不列颠及北爱尔兰联合王国格拉斯哥").
_ZH_PLACE = rf"[{HAN}·・]{{1,30}}?"
#: The verb of "held", "convened" (举行, 召开, 举办), with the "的" that makes it qualify a name.
_ZH_HELD = r"(?:成功|顺利)?(?:举行|召开|举办)\s*(?:的)?\s*"
#: What Chinese puts before a name: "[于]2016年10月17日至20日在厄瓜多尔基多举行的", "在北京举行的",
#: "2016年9月19日举行的" (the date, then "在" and the place, then the verb), ending where the
#: name starts.
_ZH_HEAD = re.compile(
    r"(?:(?:于|在)\s*)?(?:" + _ZH_DATE + r"|" + _ZH_YEAR_MONTH + r")?\s*"
    r"(?:在\s*(?P<place>" + _ZH_PLACE + r")\s*)?" + _ZH_HELD + r"$"
)
#: What a report's title puts after a name, in a footnote: "…的报告，1995年9月4日至15日，北京》",
#: "…大会，1990年8月27日至9月7日，哈瓦那：秘书处编写的报告》"; the place may be "country, city".
_ZH_TAIL = re.compile(
    r"\s*(?:的?(?:最后)?报告)?\s*[,，]\s*" + _ZH_DATE + r"\s*[,，]\s*"
    rf"(?P<place>[{HAN}·・]{{2,30}}(?:\s*[,，]\s*[{HAN}·・]{{2,15}}(?=\s*》))?)"
    r"(?=\s*[》:：(（,，;；。]|\s*$)"
)
#: Words that are no place, where "在 X 举行" says how or under whom: "在大会主持下" (under the
#: auspices of), "在国家元首和政府首脑级别" (at the level of), "在线" (online), "在…期间"
#: (during), "在…框架内" (within).
_ZH_NOT_PLACE = re.compile(
    r"主持|级别|期间|框架|方式|届会|会议|之际|以来|基础|范围|^线|下$|内$|中$"
)
#: Adverbs that may stand between a place and its verb: "在柬埔寨成功举行" (held successfully).
_ZH_PLACE_ADVERB = re.compile(r"(?:成功|顺利|继续|分别|如期)$")


def _zh_dates(m: re.Match[str]) -> tuple[datetime.date, datetime.date] | None:
    """The first and last day of a `_ZH_DATE` match, or ``None`` if it is no date."""
    span = zh_date_span(m)
    if span is None:
        return None
    return span[0], span[1] or span[0]


def _zh_place(text: str, m: re.Match[str]) -> str | None:
    """The place a `_ZH_HEAD` or `_ZH_TAIL` match states, as written, if it is a place."""
    if m.group("place") is None:
        return None
    place = _ZH_PLACE_ADVERB.sub("", text[m.start("place") : m.end("place")]).strip()
    if len(place) < 2 or _ZH_NOT_PLACE.search(place):
        return None
    return place


def _read_zh(text: str, folded: str, s: int, e: int, lo: int, limit: int) -> _Tail:
    """Read where and when a Chinese sentence says the conference named from ``s`` to ``e`` took
    place: before the name (`_ZH_HEAD`: "2016年10月17日至20日在厄瓜多尔基多举行的联合国住房和
    城市可持续发展大会"), or after it in a report's title (`_ZH_TAIL`: "…的报告，1995年9月4日
    至15日，北京》").

    Args:
        text: the original text.
        folded: ``fold(text)``.
        s: where the name starts.
        e: where it ends.
        lo: where the mention before it ends (what is before belongs to that one).
        limit: where the next mention starts.

    Returns:
        What was read, ``start`` set when it was before the name; ``_Tail(e)`` when nothing.
    """
    head = _ZH_HEAD.search(folded, max(lo, s - 80), s)
    if head is not None and head.start() < s:
        dates = _zh_dates(head) if head.group("d1") else None
        place = _zh_place(text, head)
        if dates or place:
            first, last = dates or (None, None)
            return _Tail(e, place, first, last, start=s - len(folded[head.start() : s].lstrip()))
    tail = _ZH_TAIL.match(folded, e, min(limit, e + 80))
    if tail is not None and (dates := _zh_dates(tail)) is not None:
        return _Tail(tail.end("place"), _zh_place(text, tail), *dates)
    return _Tail(e)


# --- place and dates in Arabic --------------------------------------------------------------------


def _ar(pattern: str) -> str:
    """An Arabic regex, written as printed, for a folded text: its letters folded (`fold` takes
    the hamza off: "المؤرخ" is "المورخ"), each followed by any marks (`_AR_MARKS`: "عُقد")."""
    return "".join(fold(c) + _AR_MARKS if ARABIC_CHAR.match(c) else c for c in pattern)


#: The verb of "held" (عقد, انعقد, المعقود), with its relative ("الذي عقد", "التي عقدت") and
#: "المقرر عقده" (to be held).
_AR_HELD = _ar(
    r"(?:(?:الذي|التي|اللذين|اللتين)\s+)?(?:قد\s+)?"
    r"(?:(?:سي|ست|ي|ت)?عقد\w*|انعقد\w*|المعقود\w*|(?:المقرر|المزمع)\s+عقد\w*)"
)
#: A word of an Arabic place: "بيجين", "ريو دي جانيرو", "جنوب أفريقيا"; not a word of time.
_AR_NOT_PLACE = _ar(r"(?!(?:الفترة|عام|يوم|يومي|من|إلى|في)(?![\w]))")
_AR_PLACE_WORD = _AR_NOT_PLACE + f"[{ARABIC}][\\w{ARABIC_MARKS}]*"
_AR_PLACE = rf"(?P<place>{_AR_PLACE_WORD}(?:\s+{_AR_PLACE_WORD}){{0,3}}?)"
_AR_COUNTRY = rf"(?:\s*[،,]\s*(?P<country>{_AR_PLACE_WORD}(?:\s+{_AR_PLACE_WORD}){{0,2}}?))?"
#: What may stand between a name and its date: a footnote's parentheses, a comma, the verb, the
#: place after "في" (in), or "ب" glued to it after the verb ("المعقود بنيويورك"), or bare in a
#: report's title
#: ("، بيجين، 4-15 أيلول/سبتمبر 1995"), with its country after a comma; then "في الفترة"
#: (in the period), "في" (on), "يومي" (on the two days).
_AR_GAP = re.compile(
    r"\s*(?:\(\s*\)\s*)?[،,]?\s*"
    r"(?:(?P<held>" + _AR_HELD + r")\s*(?:" + _ar(r"في\s+|ب") + r")?|" + _ar(r"في\s+") + r")?"
    r"(?:"
    + _AR_PLACE
    + _AR_COUNTRY
    + r"\s*[،,]?\s*)?"
    + _ar(r"(?:في\s+الفترة\s+|في\s+|يومي\s+|يوم\s+)?")
)
#: Where the stretch in which a date belongs to the name ends: a clause's end, or the verb of
#: an adoption ("اعتمد", "المعتمد": adopted), of an issue ("الصادر"), a title ("المعنون"), a
#: document's date ("المؤرخ", dated) or a resolution ("القرار").
_AR_TAIL_STOP = re.compile(r"[;؛]|\.\s|" + _ar(r"اعتمد|المعتمد|الصادر|المعنون|المؤرخ|قرار"))
#: An adoption verb or noun before a name ("اعتمد", "أقر", "اتخذ": adopted, endorsed, took): a
#: bare date after the name is the adoption's.
_ADOPTED_AR = re.compile(_ar(r"اعتمد|اعتماد|أقر|اتخذ"))


def _read_ar(text: str, folded: str, pos: int, limit: int) -> _Tail:
    """Read where and when an Arabic sentence says the conference whose name ends at ``pos``
    took place: "الذي عقد في فيينا من 3 إلى 5 تشرين الثاني/نوفمبر 2014", "المعقود في نيويورك في
    26 أيلول/سبتمبر 2018", a report's title "، بيجين، 4-15 أيلول/سبتمبر 1995". The dates are
    `helpers.dates`'s Arabic dates ("12 كانون الأول/ديسمبر 2022", "من 31 آب/أغسطس إلى 8
    أيلول/سبتمبر 2001", "يومي 23 و 24 أيار/مايو 2016").

    Args:
        text: the original text.
        folded: ``fold(text)``.
        pos: where the name ends.
        limit: where the next mention starts.

    Returns:
        What was read; ``_Tail(pos)`` when nothing. ``bare`` when the date follows the name
        with neither verb nor place.
    """
    window_end = min(limit, pos + 220)
    stop = _AR_TAIL_STOP.search(folded, pos, window_end)
    if stop:
        window_end = stop.start()
    dates = find_dates(text[pos:window_end], "ar")
    if not dates:
        return _Tail(pos)
    d = dates[0]
    gap = _AR_GAP.fullmatch(folded, pos, pos + d.start)
    if gap is None:
        return _Tail(pos)
    place = " ".join(text[gap.start("place") : gap.end("place")].split()) or None
    bare = place is None and gap.group("held") is None
    return _Tail(pos + d.end, place, d.first, d.last or d.first, bare)


# --- anniversaries ----------------------------------------------------------------------------

_ORD = r"(?:\d{1,3}\s?(?:st|nd|rd|th|e|eme|o|\.?º|°)|[a-z]+(?:[- ][a-z]+){0,3})"
#: "tenth and twentieth anniversaries of the adoption of " just before a mention.
_ANNIVERSARY = re.compile(
    r"(?P<ords>" + _ORD + r"(?:\s*(?:,|and|et|y)\s*(?:(?:the|le|les|el|los)\s+)?" + _ORD + r")*)\s+"
    r"(?:anniversar(?:y|ies)|anniversaires?|aniversarios?)\s+(?:of|de|du|des|del)\s+"
    r"(?:(?:the\s+)?adoption\s+of\s+|l'\s?adoption\s+(?:de\s+|du\s+|des\s+)?|"
    r"(?:la\s+)?aprobacion\s+(?:de\s+|del\s+)?)?(?:the\s+|la\s+|le\s+|el\s+|l'\s?)?$"
)
#: What "anniversary", "anniversaire" and "aniversario" share: without it, no phrase.
_ANNIVERSARY_WORD = "nivers"
#: A Russian ordinal, folded: a word ("десятой") or digits ("10-й").
_ORD_RU = r"(?:\d{1,3}-?[а-я]{0,3}|[а-я]+)"
#: The Russian phrase, ordinals before "годовщина" (declined) and "принятия" (of the adoption):
#: "десятой и двадцатой годовщин принятия ".
_ANNIVERSARY_RU = re.compile(
    r"(?<!\w)(?P<ords>" + _ORD_RU + r"(?:\s*(?:,|\s)\s*" + _ORD_RU + r"){0,5})"
    r"\s+годовщин\w*\s+(?:(?:со\s+дня\s+)?принятия\s+)?$"
)
#: The word every Russian phrase holds.
_ANNIVERSARY_WORD_RU = "годовщин"
#: A meeting word before the anniversary phrase: the text speaks of a commemorative meeting.
_MEETING_CUE = re.compile(
    r"\b(?:meetings?|reunions?|reuniones|summits?|sommets?|cumbres?|events?|manifestations?|"
    r"eventos?|commemorat\w*|commemor\w*|conmemor\w*|"
    r"совещани\w*|заседани\w*|встреч\w*|саммит\w*|мероприяти\w*|ознаменовани\w*|празднова\w*)\b"
)


def _ordinals(words: str) -> list[int] | None:
    """Read "dixième et vingtième" → [10, 20], "vingt et unième" → [21], "25º" → [25].

    Returns ``None`` unless every word is part of an ordinal.
    """
    joiner = (
        r"\s*,\s*(?:(?:the|le|les|el|los)\s+)?|\s+(?:and|et|y|и)\s+(?:(?:the|le|les|el|los)\s+)?"
    )
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
    # every phrase holds its word
    if folded.find(_ANNIVERSARY_WORD, lo, start) >= 0:
        m = _ANNIVERSARY.search(folded, lo, start)
    elif folded.find(_ANNIVERSARY_WORD_RU, lo, start) >= 0:
        m = _ANNIVERSARY_RU.search(folded, lo, start)
    else:
        return None
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


#: The Chinese phrase after an outcome: "《德班宣言和行动纲领》通过十周年和二十周年" (the tenth and
#: twentieth anniversaries of the adoption of ...); a footnote mark may leave spaces.
_ZH_YEARS_OF = _ZH_NUMBER + r"\s*周年"  # "十周年", the tenth anniversary
_ANNIVERSARY_ZH = re.compile(
    r"\s*》?\s*(?:获)?通过\s*(?P<ords>" + _ZH_YEARS_OF + r"(?:\s*[和、及]\s*" + _ZH_YEARS_OF + ")*)"
)
#: "纪念" (to commemorate) just before the outcome, or a meeting word just after the phrase
#: ("…周年的大会高级别会议", "…周年会议"): the text speaks of a commemorative meeting.
_COMMEMORATE_ZH = re.compile(r"纪念\s*《?\s*$")
_MEETING_AFTER_ZH = re.compile(r"\s*(?:的)?[^，。；、《》]{0,8}?(?:会议|峰会)")


def _zh_anniversary_phrase(folded: str, s: int, e: int) -> tuple[int, list[int], int] | None:
    """Read a Chinese anniversary phrase after an outcome named from ``s`` to ``e``.

    Returns:
        ``(start, ordinals, end)``: where the mention starts ("纪念", else the outcome), the
        ordinals, and where it ends (the phrase, or the meeting word after it); ``None`` without
        the phrase or without "纪念" or a meeting word next to it.
    """
    m = _ANNIVERSARY_ZH.match(folded, e)
    if m is None:
        return None
    ordinals = [_han_number(n) for n in re.findall(_ZH_NUMBER, m.group("ords"))]
    if not ordinals or None in ordinals:
        return None
    before = _COMMEMORATE_ZH.search(folded, max(0, s - 6), s)
    after = _MEETING_AFTER_ZH.match(folded, m.end())
    if before is None and after is None:
        return None
    start = s if before is None else before.start()
    return start, ordinals, m.end() if after is None else after.end()  # type: ignore[return-value]


#: An Arabic ordinal: a word with its article, and a second one after "و" ("الخامسة والعشرين").
_ORD_AR = _ar(r"ال\w+(?:\s+وال\w+)?")
#: "the anniversary" (الذكرى السنوية) and an ordinal, with a footnote's parentheses.
_ONE_ANNIVERSARY_AR = _ar(r"ذكرى\s+السنوية\s+") + rf"(?P<ord{{n}}>{_ORD_AR})(?:\s*\(\s*\))?"
#: The Arabic phrase before an outcome: "بالذكرى السنوية العاشرة( ) والذكرى السنوية العشرين( )
#: لاعتماد " (the tenth and twentieth anniversaries of the adoption of).
_ANNIVERSARY_AR = re.compile(
    r"(?<![\w])(?:[وفبلك]?(?:ال|ل)?)"
    + _ONE_ANNIVERSARY_AR.format(n=1)
    + r"(?:\s+"
    + _ar("و(?:ال)?")
    + _ONE_ANNIVERSARY_AR.format(n=2)
    + r")?"
    + r"\s+"
    + _ar(r"ل?اعتماد")
    + r"\s+$"
)
#: The word every Arabic phrase holds ("ذكرى", anniversary).
_ANNIVERSARY_WORD_AR = "ذكرى"
#: A meeting word before the Arabic phrase, from the start of its word: "اجتماع" (meeting),
#: "الاحتفال" (commemoration), "للاحتفال" (to commemorate).
_MEETING_CUE_AR = re.compile(r"(?<![\w])[وفبلك]{0,2}" + _ar(r"(?:ال)?(?:اجتماع|احتفال)"))


def _ar_anniversary_phrase(folded: str, start: int) -> tuple[int, list[int]] | None:
    """Return (phrase start, ordinals) when an Arabic anniversary phrase ends at ``start``; its
    ordinals are read by `helpers.dates.ordinal_value` ("العاشرة" 10, "العشرين" 20)."""
    lo = max(0, start - 160)
    if folded.find(_ANNIVERSARY_WORD_AR, lo, start) < 0:
        return None
    m = _ANNIVERSARY_AR.search(folded, lo, start)
    if m is None:
        return None
    ordinals = [ordinal_value(_AR_MARK.sub("", o)) for o in (m.group("ord1"), m.group("ord2")) if o]
    if not ordinals or None in ordinals:
        return None
    return m.start(), ordinals  # type: ignore[return-value]


# --- unknown conferences ------------------------------------------------------------------------

#: The head words of a conference name (folded), each with its words: a match holds each of
#: them as a whole word (`_screen` looks for those first).
_HEAD_FORMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"world\s+conference", ("world", "conference")),
    (r"world\s+summit", ("world", "summit")),
    (r"international\s+conference", ("international", "conference")),
    (r"united\s+nations\s+conference", ("united", "nations", "conference")),
    (r"high-level\s+(?:plenary\s+)?meeting", ("high", "level", "meeting")),
    (r"world\s+assembly", ("world", "assembly")),
    (r"conference", ("conference",)),
    (r"summit", ("summit",)),
    (r"conference\s+mondiale", ("conference", "mondiale")),
    (r"conference\s+internationale", ("conference", "internationale")),
    (r"conference\s+des\s+nations\s+unies", ("conference", "des", "nations", "unies")),
    (r"sommet", ("sommet",)),
    (r"reunion\s+(?:pleniere\s+)?de\s+haut\s+niveau", ("reunion", "de", "haut", "niveau")),
    (r"assemblee\s+mondiale", ("assemblee", "mondiale")),
    (r"conferencia", ("conferencia",)),
    (r"cumbre", ("cumbre",)),
    (r"reunion\s+(?:plenaria\s+)?de\s+alto\s+nivel", ("reunion", "de", "alto", "nivel")),
    (r"asamblea\s+mundial", ("asamblea", "mundial")),
)
_HEADS = "(?:" + "|".join(rx for rx, _ in _HEAD_FORMS) + ")"
#: The name of a conference the table may lack, up to the verb of "held in".
_UNKNOWN_PREFIX = (
    r"(?:(?:" + ORDINAL_WORD + r"|\d{4}|\d{1,3}\s?(?:st|nd|rd|th|e|a|o|\.?º)|"
    r"high-level|united\s+nations)\s+){0,2}"
)
_UNKNOWN_REST = r"\b[^;\"]{0,220}?"
_UNKNOWN_HELD = r"(?=\s*(?:\([^()]{1,80}\)\s*)?,?\s*" + _HELD + r"\b)"
_UNKNOWN_HEAD = re.compile(
    r"(?<![\w'])(?P<name>" + _UNKNOWN_PREFIX + _HEADS + _UNKNOWN_REST + ")" + _UNKNOWN_HELD
)
#: The verb of "held in" alone: without it in a text, `_UNKNOWN_HEAD` does not match there.
_HELD_SOMEWHERE = re.compile(r"\b" + _HELD_VERB + r"\b")
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


#: A head of an unknown name, wherever it stands: every match of `_UNKNOWN_HEAD` holds one.
_HEAD_ANYWHERE = re.compile(_HEADS)
#: A character that the prefix of an unknown name never holds: `_UNKNOWN_PREFIX` is made of
#: words, numbers, spaces, hyphens and the "." and "º" of "21.º" (number words are letters).
_PREFIX_BREAK = re.compile(r"[^\w\s.º‐‑-]")
#: A word's first character, where an unknown name may start.
_WORD_START = re.compile(r"(?<![\w'])\w")


def _unknown_names(folded: str) -> Iterator[re.Match[str]]:
    """Yield the matches of ``_UNKNOWN_HEAD.finditer(folded)``, trying it only before heads.

    `_UNKNOWN_HEAD` is slow to try at every word, and a name starts with its prefix: words
    without a `_PREFIX_BREAK` up to a head (`_HEAD_ANYWHERE`). So the leftmost name from
    ``pos`` starts at a word between the last break before the first head from ``pos`` and
    that head; if none does, it starts after the head. A name is followed by the verb of "held
    in" (`_HELD_SOMEWHERE`): where no verb follows a head, no name starts from it on.
    """
    pos = 0
    verb = -1  # where a verb stands after the last head tried
    while (head := _HEAD_ANYWHERE.search(folded, pos)) is not None:
        h = head.start()
        if verb < h:
            held = _HELD_SOMEWHERE.search(folded, h)
            if held is None:
                return
            verb = held.start()
        brk = _PREFIX_BREAK.search(folded[pos:h][::-1])
        lo = h - brk.start() if brk else pos
        for word in _WORD_START.finditer(folded, lo, h + 1):
            m = _UNKNOWN_HEAD.match(folded, word.start())
            if m is not None:
                yield m
                pos = m.end()
                break
        else:
            pos = h + 1


def _unknown_candidates(
    text: str, folded: str, language: str | None
) -> list[tuple[int, int, str, _Tail]]:
    """Find conferences named and dated in the text: (start, name end, name, tail)."""
    out: list[tuple[int, int, str, _Tail]] = []
    for m in _unknown_names(folded):
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
    lo = max(0, start - 40)
    window = folded[lo:start]
    kept = window.rstrip()
    if not kept or len(kept) == len(window):  # no word, or no space before ``start``
        return None
    word = kept.split()[-1]
    if _DIGITS.fullmatch(word):
        return None
    value = ordinal_value(word)
    return None if value is None else (value, lo + len(kept) - len(word))


_DIGITS = re.compile(r"\d+")


def _zh_ordinal_before(folded: str, start: int) -> tuple[int, int] | None:
    """Return (value, start) of a Chinese ordinal just before ``start`` ("第二次", "首次"), which
    Chinese prints with no space before the name it qualifies."""
    m = _ZH_ORDINAL_BEFORE.search(folded, max(0, start - 8), start)
    if m is None:
        return None
    value = 1 if m.group("first") else _han_number(m.group("n"))
    return None if value is None else (value, m.start())


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
        language: ``"en"``, ``"fr"``, ``"es"``, ``"ru"``, ``"zh"``, ``"ar"``, or ``None`` to try
            all of them.
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
    return _find_all([(text, clause, footnote)], language, start_order)


def find_conferences_batch(
    items: Sequence[tuple[str, str | None, str | None]], *, language: str | None
) -> list[ConferenceMention]:
    """Find the conferences every clause and footnote of a document refers to, at once.

    The result is that of calling `find_conferences` on each text in turn with a running
    ``order``::

        confs = []
        for text, clause, footnote in items:
            confs += find_conferences(
                text, language=language, clause=clause, footnote=footnote,
                start_order=len(confs) + 1,
            )

    but the document is folded once and searched once for the keys of the table's forms and
    heads (`_screen`), so that only the few texts holding a key are searched for what is filed
    under it; and a text read lately (in this document or an earlier one) is not read again
    (`_FOUND`).

    Args:
        items: ``(text, clause, footnote)`` for each text, in document order: clause texts with
            their ids and ``None``, then footnote texts with their clause and mark.
        language: ``"en"``, ``"fr"``, ``"es"``, ``"ru"``, ``"zh"``, ``"ar"``, or ``None`` to try
            all of them.

    Returns:
        Mentions in item order and text order, ``order`` counting from 1.
    """
    return _find_all(items, language, 1)


def _find_all(
    items: Sequence[tuple[str, str | None, str | None]], language: str | None, start_order: int
) -> list[ConferenceMention]:
    """`find_conferences_batch`, with ``order`` counting from ``start_order``."""
    lang = language if language in LANGUAGES else None
    memory = _FOUND.get(lang)
    if memory is None:
        memory = _FOUND.setdefault(lang, {})
    known = {text: memory.get(text) for text, _, _ in items}
    new = [text for text, found in known.items() if found is None]
    if new:
        for text, found in zip(new, _find_new(new, lang), strict=True):
            known[text] = found
            if len(memory) >= FOUND_MEMORY:
                memory.clear()
            memory[text] = found
    out: list[ConferenceMention] = []
    for text, clause, footnote in items:
        found = known[text]
        if found:
            out += _mentions(found, text, clause, footnote, start_order + len(out))
    return out


#: What `_find` found in the texts read lately, by language (`_find_all`'s ``lang``) and text.
#: Clauses and footnotes recur from document to document, and what is found in a text depends
#: on nothing else: the folded document is folded character by character, and each text stands
#: between two `_JOINER` in it, so its keys and matches are those of the text alone. (Keyed by
#: the text alone, and mostly holding the empty tuple, the memory adds next to no object for
#: the garbage collector to track.)
_FOUND: dict[str | None, dict[str, tuple[_Found, ...]]] = {}
#: How many texts `_FOUND` holds for one language (some 10 MB); when it is full it starts afresh
#: (a ``dict.clear`` is one step, safe between threads, where dropping the oldest entry one by
#: one is not).
FOUND_MEMORY = 8192


def _find_new(texts: Sequence[str], lang: str | None) -> list[tuple[_Found, ...]]:
    """What `_find` finds in each text, the texts folded and screened at once (see
    `find_conferences_batch`)."""
    starts: list[int] = []
    pos = len(_JOINER)
    for text in texts:
        starts.append(pos)
        pos += len(text) + len(_JOINER)
    folded, words = _fold_document(_JOINER + _JOINER.join(texts) + _JOINER)
    keys_of = _keys_by_text(folded, words, starts, _screen(lang))
    out: list[tuple[_Found, ...]] = []
    for text, start, keys in zip(texts, starts, keys_of, strict=True):
        found: tuple[_Found, ...] = ()
        if keys:
            end = start + len(text)
            forms, unknown = _possible(folded, words, lang, keys, start, end)
            if forms or unknown:
                found = tuple(_find(text, folded[start:end], lang, forms, unknown))
        out.append(found)
    return out


#: What joins a document's texts, and pads it, to fold them at once; it folds to a space, which
#: no key holds, so that each word of the document stands between spaces in its words.
_JOINER = "\n"


def _fold_document(text: str) -> tuple[str, str]:
    """Fold a whole document, and blank all but its ASCII words.

    Args:
        text: the document's texts, joined.

    Returns:
        ``fold(text)``, and a text of the same length, its words, in which every character that
        is not an ASCII word character (``\\w``) of the folded text is a space (`_WORD_BYTES`).
    """
    folded = fold(text)
    return folded, folded.encode("ascii", "replace").translate(_WORD_BYTES).decode("ascii")


def _keys_by_text(folded: str, words: str, starts: list[int], screen: _Screen) -> list[list[str]]:
    """Return the keys found in each text of a folded document.

    Args:
        folded: the folded texts, joined and padded by `_JOINER`.
        words: its words (`_fold_document`).
        starts: where each text starts in ``folded``.
        screen: the keys to look for.

    Returns:
        For each text, the keys it holds, each once.
    """
    found: list[dict[str, None]] = [{} for _ in starts]
    if words.count(" ") * 2 > len(words):  # mostly blank: try the keys' first letters only
        matches = (m for m in screen.sparse_finder.finditer(words) if words[m.start() - 1] == " ")
    else:
        matches = screen.finder.finditer(words)
    for m in matches:
        found[bisect.bisect_right(starts, m.start(1)) - 1][m.group(1)] = None
    # a Chinese key stands only in a text that holds a Han character
    chinese = bool(screen.loose_chinese) and HAN_CHAR.search(folded) is not None
    if not chinese:
        loose = screen.loose_latin
    else:  # (the Arabic keys are looked for below)
        loose = screen.loose - screen.loose_arabic if screen.loose_arabic else screen.loose
    for key in loose:
        i = folded.find(key)
        while i >= 0:
            found[bisect.bisect_right(starts, i) - 1][key] = None
            i = folded.find(key, i + 1)
    # (an Arabic key stands only in a text that holds an Arabic letter: a folded text in Latin
    # letters is mostly ASCII, which `str.isascii` tells at once, where a search reads it all)
    if screen.loose_arabic and not folded.isascii() and ARABIC_CHAR.search(folded) is not None:
        _arabic_keys(folded, starts, screen.loose_arabic, found)
    return [list(keys) for keys in found]


#: An Arabic mark (`_AR_MARKS`), which may stand inside a key's word in a text ("سِنداي").
_AR_MARK = re.compile("\u0640")  # (marks fold to the tatweel)
#: A run of characters of a folded text that are not Arabic marks.
_UNMARKED_RUN = re.compile("[^\u0640]+")


def _without_marks(folded: str) -> tuple[str, Sequence[int]]:
    """A folded text without its Arabic marks (`_AR_MARK`), and where each of its characters
    stands in the text (the text itself and ``range(len(folded))`` when it has none)."""
    if _AR_MARK.search(folded) is None:
        return folded, range(len(folded))
    offsets: list[int] = []
    for run in _UNMARKED_RUN.finditer(folded):
        offsets.extend(range(run.start(), run.end()))
    return _AR_MARK.sub("", folded), offsets


def _arabic_keys(
    folded: str, starts: list[int], keys: Collection[str], found: list[dict[str, None]]
) -> None:
    """File the Arabic keys found in each text of a folded document under its text, in
    ``found``: they are looked for in the document without its marks (`_without_marks`), where a
    word prints as the key holds it."""
    bare, offsets = _without_marks(folded)
    if len(bare) < len(folded):
        starts = [bisect.bisect_left(offsets, s) for s in starts]
    for key in keys:
        i = bare.find(key)
        while i >= 0:
            found[bisect.bisect_right(starts, i) - 1][key] = None
            i = bare.find(key, i + 1)


def _find(
    text: str, folded: str, lang: str | None, forms: Sequence[int], unknown: bool
) -> list[_Found]:
    """Find the mentions in one text (see `find_conferences`).

    Args:
        text: the text.
        folded: ``fold(text)``.
        lang: ``"en"``, ``"fr"``, ``"es"``, ``"ru"``, ``"zh"``, ``"ar"`` or ``None``.
        forms: every form that may match in the text (`_possible`).
        unknown: whether an unknown conference may be named in it (`_possible`).

    Returns:
        The mentions, sorted by start.
    """
    raw = _known_matches(text, folded, lang, forms) if forms else []
    found: list[_Found] = []
    for i, (s, e, alt) in enumerate(raw):
        limit = raw[i + 1][0] if i + 1 < len(raw) else len(text)
        if alt.chinese:
            lo = max(raw[i - 1][1] if i else 0, found[-1].end if found else 0)
            found.extend(_zh_found(text, folded, s, e, alt, lo, limit, lang))
            continue
        if alt.arabic:
            found.extend(_ar_found(text, folded, s, e, alt, limit, lang))
            continue
        # The dates after an outcome are not the conference's: read them only for the
        # anniversary meetings below.
        stated = None if alt.via == "outcome" else _read_tail(text, folded, e, limit, lang)
        tail = stated or _Tail(e)
        if tail.bare and _ADOPTED.search(folded, max(0, s - 150), s):
            tail = _Tail(e)
        # A year just before ("the 2022 United Nations ...") or after ("... de 2023", "held in
        # 2019") the name tells editions apart.
        before, after = _NEAR.get(lang, _NEAR[None])
        near = folded[max(0, s - before) : s] + " " + folded[e : min(limit, e + after)]
        years = {int(y) for y in _YEAR.findall(near)}
        key = _choose(alt.keys, years, tail)
        anniv = _anniversary_phrase(folded, s)
        cues = (
            list(_MEETING_CUE.finditer(folded, max(0, anniv[0] - 220), anniv[0])) if anniv else []
        )
        if anniv is not None and cues:
            # The mention runs from the meeting word: "réunions de haut niveau ... à l'occasion
            # des dixième et vingtième anniversaires de l'adoption de la Déclaration ...".
            if stated is None:
                stated = _read_tail(text, folded, e, limit, lang)
            found.extend(
                _anniversary_mentions(key, (cues[-1].start(), anniv[1]), e, stated, text, lang)
            )
            continue
        found.append(_known(key, s, e, alt.via, tail, text))

    for s, e, name, tail in _unknown_candidates(text, folded, lang) if unknown else []:
        # A known name or outcome inside a longer name that starts earlier is only part of that
        # title ("the high-level meeting on the overall review of ... the World Summit on the
        # Information Society, held ..."), unless the text makes them one ("known as").
        inside = [
            f
            for f in found
            if s < f.start
            and f.name_end <= e  # before the searches, which would make this quadratic
            and not f.anniversary
            and _HEAD_IN.search(folded, s, f.start)
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
    return found


def _zh_found(
    text: str, folded: str, s: int, e: int, alt: _Alt, lo: int, limit: int, lang: str | None
) -> list[_Found]:
    """The mentions of a Chinese form matched from ``s`` to ``e`` (see `_find`).

    Place and dates are read around a name (`_read_zh`), not around an outcome; a year near the
    name tells editions apart (`_YEAR_ZH`, `_NEAR` "zh"); an outcome followed by an anniversary
    phrase names the meetings held on those anniversaries (`_zh_anniversary_phrase`).

    Args:
        text: the text.
        folded: ``fold(text)``.
        s: where the form starts (or the ordinal before it).
        e: where it ends.
        alt: what the form names.
        lo: where the mention before it ends.
        limit: where the next match starts.
        lang: the language given to `find_conferences` ("zh" or ``None``).

    Returns:
        The mentions.
    """
    tail = _Tail(e) if alt.via == "outcome" else _read_zh(text, folded, s, e, lo, limit)
    before, after = _NEAR["zh"]
    near = folded[max(lo, s - before) : s] + " " + folded[e : min(limit, e + after)]
    key = _choose(alt.keys, {int(y) for y in _YEAR_ZH.findall(near)}, tail)
    anniv = _zh_anniversary_phrase(folded, s, e)
    if anniv is not None:
        start, ordinals, end = anniv
        return _anniversary_mentions(key, (start, ordinals), end, _Tail(end), text, lang)
    return [_known(key, s, e, alt.via, tail, text)]


def _ar_found(
    text: str, folded: str, s: int, e: int, alt: _Alt, limit: int, lang: str | None
) -> list[_Found]:
    """The mentions of an Arabic form matched from ``s`` to ``e`` (see `_find`).

    Place and dates are read after a name (`_read_ar`), not after an outcome; a date that
    follows a name with neither place nor verb, after an adoption verb ("اعتمده المؤتمر ... في
    28 نيسان/أبريل 2000"), is the adoption's. A year near the name tells editions apart
    ("لعام 2005"); an outcome after an anniversary phrase names the meetings held on those
    anniversaries (`_ar_anniversary_phrase`).

    Args:
        text: the text.
        folded: ``fold(text)``.
        s: where the form starts (after its prefix letters).
        e: where it ends.
        alt: what the form names.
        limit: where the next match starts.
        lang: the language given to `find_conferences` ("ar" or ``None``).

    Returns:
        The mentions.
    """
    stated = None if alt.via == "outcome" else _read_ar(text, folded, e, limit)
    tail = stated or _Tail(e)
    if tail.bare and _ADOPTED_AR.search(folded, max(0, s - 150), s):
        tail = _Tail(e)
    before, after = _NEAR[None]  # as English (`_NEAR`)
    near = folded[max(0, s - before) : s] + " " + folded[e : min(limit, e + after)]
    key = _choose(alt.keys, {int(y) for y in _YEAR.findall(near)}, tail)
    anniv = _ar_anniversary_phrase(folded, s)
    if anniv is not None:
        # the mention runs from the meeting word, as in English: "اجتماعي الجمعية العامة ...
        # للاحتفال بالذكرى السنوية العاشرة ... لاعتماد إعلان وبرنامج عمل ديربان"
        cues = list(_MEETING_CUE_AR.finditer(folded, max(0, anniv[0] - 220), anniv[0] + 1))
        if cues:
            return _anniversary_mentions(key, (cues[-1].start(), anniv[1]), e, _Tail(e), text, lang)
    return [_known(key, s, e, alt.via, tail, text)]


#: A year near a name, which tells editions apart.
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: The same in Chinese, where a year is printed next to "年" (year), with no space: "2005年".
_YEAR_ZH = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: How far before and after a name `_YEAR` is looked for. Russian words are longer, and the
#: time often comes first: "принятую 8 июня 2021 года на заседании высокого уровня ...",
#: "проведения в 2023 году в Нью-Йорке заседания высокого уровня ...".
#: Chinese prints the year just before the name ("2005年世界首脑会议", "2019年全民健康覆盖问题高级别
#: 会议"), a date after it only when a document was adopted then.
#: Arabic prints the year after the name, "لعام 2005" (of the year 2005), "في عام 2023", as
#: English does (wider windows choose worse in the aligned paragraphs of GA session 77).
_NEAR: dict[str | None, tuple[int, int]] = {None: (12, 30), "ru": (30, 45), "zh": (25, 6)}


def _mentions(
    found: Sequence[_Found], text: str, clause: str | None, footnote: str | None, start_order: int
) -> list[ConferenceMention]:
    """The mentions `_find` found in ``text``, numbered from ``start_order``."""
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


# --- the screen: which texts may mention a conference -------------------------------------------

#: Words of the table's forms and heads that many texts hold, most frequent first: each is in
#: more than 1 % of the clauses and footnotes of a sample of the corpus (225 resolutions, GA and
#: SC, English, French and Spanish). They make poor keys, unless a form has no other. Only speed
#: depends on this list, never a result.
_FREQUENT_WORDS: tuple[str, ...] = tuple(
    """
    nations general para pour international unies naciones unidas sobre united etats states
    cooperation developpement estados tous internacional development programme action support
    durable pays social implementation desarrollo derechos todos 2030 2015 humanos
    internationale further conference women contra plan droits contre rights sustainable
    aplicacion armes human agenda countries 2017 mise cadre sostenible information
    discrimination cooperacion declaracion against paises accion sous sans femmes global examen
    declaration humains prevenir visant mundial objectifs nous ressources 2022 conferencia
    assembly humanitarian reunion related asamblea humanitaire realisation gestion principios
    world recursos developing mondiale nouveau programa informacion high society prevention
    final niveau objetivos nivel commitment alto formas generale arms principes engagement
    refugees maniere review document adoption risk resources faveur principles marco sociedad
    reduction intolerance haut aspects societe framework prevent homme armas population small
    racial compromiso fins financing
    """.split()  # noqa: SIM905
)
_FREQUENT = frozenset(_FREQUENT_WORDS)


@dataclass(frozen=True)
class _Screen:
    """What a text must hold for `_find` to report anything in it.

    A form of the table matches only in a text that holds each of its words (`_Forms.words`),
    most of them as whole words (`_Forms.whole`); an unknown conference needs the words of a
    head (`_HEAD_FORMS`) and the verb of "held in". Each form and head is filed under one of its
    whole words, its key, chosen so that there are few keys, and rare ones.

    Attributes:
        keys: the keys.
        finder: finds the keys that stand as whole words in a document's words
            (`_fold_document`): group 1 is the key. It tries each space, and so is slow where
            most of the words are blank (a text in Arabic, Chinese or Russian).
        sparse_finder: finds the keys, as whole words or at the end of a word, trying only the
            letters a key starts with. (Neither holds the Chinese keys, which only the search
            for loose keys finds.)
        known: for each key, the forms filed under it (indices into `_Forms`).
        heads: for each key, the needs (`_needs`) of the heads filed under it.
        loose: keys that are not whole words in every match (of forms without whole words).
        loose_chinese: those of them that hold a Han character (keys of Chinese forms).
        loose_arabic: those of them that hold an Arabic letter (keys of Arabic forms).
        loose_latin: the others.
    """

    keys: tuple[str, ...]
    finder: re.Pattern[str]
    sparse_finder: re.Pattern[str]
    known: dict[str, tuple[int, ...]]
    heads: dict[str, tuple[tuple[str, ...], ...]]
    loose: frozenset[str]
    loose_chinese: frozenset[str]
    loose_arabic: frozenset[str]
    loose_latin: frozenset[str]


def _needs(head: frozenset[str], key: str) -> tuple[str, ...]:
    """The words of a head other than its key, each between spaces, rare first.

    A text whose words (`_fold_document`), between spaces, lack one of them holds no match.
    """
    rare_first = sorted(head - {key}, key=lambda w: (w in _FREQUENT, -len(w), w))
    return tuple(f" {w} " for w in rare_first)


def _key_candidates(words: Sequence[str]) -> tuple[str, ...]:
    """The words that may be a form's key: its rare words of four letters or more (not years),
    else its words of four letters or more, else any."""
    long = tuple(w for w in words if len(w) >= 4)
    return tuple(w for w in long if w not in _FREQUENT and not w.isdigit()) or long or tuple(words)


def _han_words(words: Sequence[str]) -> list[str]:
    """The words of a Chinese form that hold a Han character, but for the coordinator "和": its
    keys, rather than a number or a Latin word that it shares with forms of other languages
    ("里约+20", "Rio+20") and that most texts hold."""
    return [w for w in words if w != "和" and HAN_CHAR.search(w)]


def _trie(words: Collection[str]) -> str:
    """An alternation of ``words`` with their shared prefixes factored out.

    ``{"ocean", "oceans", "outcome"}`` gives ``o(?:cean(?:s)?|utcome)``: `re` tries an
    alternation's branches one after the other, so that a trie reads each character once where
    a flat alternation tries every word.
    """
    by_first: dict[str, set[str]] = {}
    for word in words:
        if word:
            by_first.setdefault(word[0], set()).add(word[1:])
    branches = [re.escape(first) + _trie(rest) for first, rest in sorted(by_first.items())]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in words else body


#: A key in a document's words: after a space (the literal prefix lets `re` skip to each space)
#: and before one (a lookahead, so that the space can start the next key).
_KEY_IN_WORDS = " ({})(?= )"
#: A key at the end of a word, or a whole word: the first letters of the keys let `re` skip to
#: each of those letters, which are few where most of the words are blank.
_KEY_ENDING_WORD = "({})(?= )"


@lru_cache(maxsize=8)
def _screen(language: str | None) -> _Screen:
    """File every form and head under a key: a greedy set cover, the most shared word first."""
    forms = _compiled(language)
    n = len(forms.words)
    words = [*forms.words, *(head for _, head in _HEAD_FORMS)]
    whole = [*forms.whole, *(frozenset(head) for _, head in _HEAD_FORMS)]
    candidates = [
        _key_candidates([w for w in ws if w in wh] or _han_words(ws) or ws)
        for ws, wh in zip(words, whole, strict=True)
    ]
    todo = set(range(len(words)))
    filed: dict[str, list[int]] = {}
    while todo:
        counts = Counter(w for i in todo for w in candidates[i])
        key = max(counts, key=lambda w: (counts[w], len(w), w))
        filed[key] = sorted(i for i in todo if key in candidates[i])
        todo.difference_update(filed[key])
    # a Chinese or Arabic key is never among a document's words (its ASCII words): the loose
    # search finds it
    latin = [k for k in filed if not HAN_CHAR.search(k) and not ARABIC_CHAR.search(k)]
    return _Screen(
        keys=tuple(filed),
        finder=re.compile(_KEY_IN_WORDS.format(_trie(latin))),
        sparse_finder=re.compile(_KEY_ENDING_WORD.format(_trie(latin))),
        known={k: tuple(i for i in v if i < n) for k, v in filed.items()},
        heads={k: tuple(_needs(whole[i], k) for i in v if i >= n) for k, v in filed.items()},
        loose=(
            loose := frozenset(k for k, v in filed.items() if any(k not in whole[i] for i in v))
        ),
        loose_chinese=frozenset(k for k in loose if HAN_CHAR.search(k)),
        loose_arabic=frozenset(k for k in loose if ARABIC_CHAR.search(k)),
        loose_latin=frozenset(
            k for k in loose if not HAN_CHAR.search(k) and not ARABIC_CHAR.search(k)
        ),
    )


# (the forms of every language and of None: 2,091 with the Arabic ones)
@lru_cache(maxsize=4096)
def _phrase_pattern(language: str | None, form: int) -> re.Pattern[str]:
    """One form's regex alone: wherever its alternative matches, this matches too."""
    return re.compile(_compiled(language).phrases[form])


@lru_cache(maxsize=4096)
def _bare_phrase_pattern(language: str | None, form: int) -> re.Pattern[str]:
    """An Arabic form's regex alone for a text that carries no mark: without the optional marks
    after each letter (`_AR_MARKS`, which match nothing there), a search the regex engine starts
    from the form's first letters, many times faster."""
    return re.compile(_compiled(language).phrases[form].replace(_AR_MARKS, ""))


def _possible(
    folded: str, words: str, language: str | None, keys: Sequence[str], start: int, end: int
) -> tuple[list[int], bool]:
    """The forms that may match in a text, and whether an unknown conference may be named in it.

    A form filed under a key is searched for alone (`_phrase_pattern`); a head, by the verb of
    "held in", only if the text holds each of its words (`_needs`), the cheaper test. (A test of
    the words of a form before its search costs more than it saves.)

    Args:
        folded: a folded document that holds the text, between two `_JOINER`.
        words: its words (`_fold_document`).
        language: as for `_compiled`.
        keys: the keys of ``_screen(language)`` that the text holds.
        start: where the text starts in ``folded``.
        end: where it ends.

    Returns:
        ``(forms, unknown)``: every form that `_known_matches` could match (indices into
        `_Forms`), and false when `_unknown_candidates` would find nothing.
    """
    screen = _screen(language)
    spaced = words[start - 1 : end + 1]
    compiled = _compiled(language)
    # (a text with no Arabic mark holds every word of an Arabic form that matches in it, as
    # printed: a test of the words first spares most searches of the many forms filed under a
    # common word, "مؤتمر", "إعلان")
    arabic = language in ("ar", None)  # the languages whose forms include Arabic ones
    text = folded[start:end] if arabic and _AR_MARK.search(folded, start, end) is None else None
    forms: list[int] = []
    for key in keys:
        for i in screen.known[key]:
            if text is not None and compiled.arabic[i]:
                if all(w in text for w in compiled.words[i]) and _bare_phrase_pattern(
                    language, i
                ).search(text):
                    forms.append(i)
            elif _phrase_pattern(language, i).search(folded, start, end) is not None:
                forms.append(i)
    unknown = (
        any(all(need in spaced for need in needs) for key in keys for needs in screen.heads[key])
        and _HELD_SOMEWHERE.search(folded, start, end) is not None
    )
    return forms, unknown


#: An adoption verb: a date after "adopted by the Conference ..." is the adoption's.
_ADOPTED = re.compile(r"\b(?:adopt\w*|aprob\w*|endorsed|approuv\w*|принят\w*|одобр\w*)\b")


_WORDS = re.compile(r"[\w']+")


@lru_cache(maxsize=8)
def _first_words(language: str | None) -> frozenset[str]:
    """The first word of every form of the table, a Russian word in each of its inflections
    (`_inflections`), a Chinese form's first token (`_tokens`): only there can a match start."""
    langs = (language,) if language in LANGUAGES else LANGUAGES
    out: set[str] = set()
    for row in load_conferences().to_dict("records"):
        for lang in langs:
            for col in (f"name_{lang}", f"short_{lang}", f"outcomes_{lang}"):
                for form in _split(row[col]):
                    if HAN_CHAR.search(form):
                        out.update(_tokens(fold(form))[:1])
                        continue
                    if ARABIC_CHAR.search(form):  # the first word without its article
                        out.update(_ar_core(t) for t in _tokens(fold(form))[:1])
                        continue
                    w = _WORDS.match(fold(form).lstrip(" (\"'"))
                    if w:
                        out.update(_inflections(w.group()))
    return frozenset(out)


def _match_from(
    language: str | None, folded: str, starts: list[int], words: list[str], pos: int
) -> re.Match[str] | None:
    """The leftmost match at or after ``pos``, tried only where a form's first word stands.

    At each start only the forms that can begin with its word are tried (`_compiled_for`).
    """
    for i in range(bisect.bisect_left(starts, pos), len(starts)):
        pattern = _compiled_for(language, words[i])
        if pattern is not None and (m := pattern.match(folded, starts[i])) is not None:
            return m
    return None


def _known_matches(
    text: str, folded: str, language: str | None, possible: Sequence[int]
) -> list[tuple[int, int, _Alt]]:
    """Leftmost-longest matches of the table's forms, minus other editions' and longer titles.

    Args:
        text: the text.
        folded: ``fold(text)``.
        language: as for `_compiled`.
        possible: every form that may match in the text (`_possible`): a match is tried only
            where the first word of one of them stands.

    Returns:
        ``(start, end, alt)`` for each match, in text order.
    """
    forms = _compiled(language)
    firsts = _first_words(language)
    starts: list[int] = []
    words: list[str] = []
    chinese: list[str] = []  # the openers of Chinese forms, numbers too ("2015-2030年仙台…")
    arabic: list[str] = []  # the openers of Arabic forms, without their article
    if language in ("zh", "ar", None):  # the languages whose forms include Chinese or Arabic ones
        openers = {
            forms.openers[i] for i in possible if not forms.chinese[i] and not forms.arabic[i]
        }
        chinese = sorted({o for i in possible if forms.chinese[i] and (o := forms.openers[i])})
        arabic = sorted({o for i in possible if forms.arabic[i] and (o := forms.openers[i])})
    else:
        openers = {forms.openers[i] for i in possible}
    if None in openers:
        for w in _WORDS.finditer(folded):
            if w.group() in firsts:
                starts.append(w.start())
                words.append(w.group())
    else:
        for opener in sorted(openers):  # type: ignore[type-var]
            i = folded.find(opener)
            while i >= 0:
                if i == 0 or not _WORDS.match(folded, i - 1):
                    starts.append(i)
                i = folded.find(opener, i + 1)
        starts = sorted(set(starts))
        words = [_WORDS.match(folded, i).group() for i in starts]  # type: ignore[union-attr]
        kept = [(i, w) for i, w in zip(starts, words, strict=True) if w in firsts]
        starts, words = [i for i, _ in kept], [w for _, w in kept]
    if chinese:
        starts, words = _han_starts(folded, chinese, starts, words)
    if arabic:
        starts, words = _ar_starts(folded, arabic, starts, words)
    raw: list[tuple[int, int, _Alt]] = []
    pos = 0
    while (m := _match_from(language, folded, starts, words, pos)) is not None:
        alt = forms.alts[int(m.lastgroup[1:])]  # type: ignore[index]
        start = m.start(m.lastgroup) if alt.arabic else m.start()  # (after an Arabic prefix)
        if alt.starts_with_ordinal or alt.arabic:  # (an Arabic ordinal is in the name)
            ordinal = None
        elif alt.chinese:
            ordinal = _zh_ordinal_before(folded, start)
        else:
            ordinal = _ordinal_before(folded, start)
        if ordinal is not None:
            # "the Second <name>": the second of the rows sharing that name, by date; if the
            # table has no such edition, the name is another conference's.
            editions = sorted(alt.keys, key=lambda k: _row(k)["start"])
            if len(editions) < max(2, ordinal[0]):
                pos = start + 1
                continue
            alt = _Alt((editions[ordinal[0] - 1],), alt.via, True, alt.chinese, alt.arabic)
            start = ordinal[1]
        if alt.chinese:  # a Chinese name, in a Chinese text: no capitals mark where a title goes on
            runs_on = _ZH_RUNS_ON.match(folded, m.end()) is not None
        elif alt.arabic:  # nor in an Arabic one, which puts a noun that qualifies a name before it
            runs_on = _AR_QUALIFIED.search(folded, max(0, start - 12), start) is not None
        else:
            runs_on = _runs_on(text, folded, m.end(), forms.pattern)
        if runs_on:
            pos = m.start() + 1
            continue
        raw.append((start, m.end(), alt))
        pos = m.end()
    return raw


def _han_starts(
    folded: str, openers: Sequence[str], starts: list[int], words: list[str]
) -> tuple[list[int], list[str]]:
    """Add to ``starts`` (and their ``words``) the places where a Chinese form may start.

    A Chinese form's opener (`_Forms.openers`) is a run of characters, or a number, that the text
    prints inside a longer run (no space sets Chinese words apart), so it is found wherever it
    stands, next to a Han character too (`_ZH_FORM_LEFT`). The word of such a start is the
    longest opener found there: every opener that starts at the same place is a prefix of it, so
    that `_compiled_for` gives the forms of all of them.

    Args:
        folded: a folded text.
        openers: the openers of Chinese forms.
        starts: the starts found for the other openers, in order.
        words: their words.

    Returns:
        ``(starts, words)``, in order.
    """
    at = dict(zip(starts, words, strict=True))
    for opener in openers:
        i = folded.find(opener)
        while i >= 0:
            if _ZH_START.match(folded, i) and len(opener) > len(at.get(i, "")):
                at[i] = opener
            i = folded.find(opener, i + 1)
    ordered = sorted(at)
    return ordered, [at[i] for i in ordered]


def _ar_starts(
    folded: str, openers: Sequence[str], starts: list[int], words: list[str]
) -> tuple[list[int], list[str]]:
    """Add to ``starts`` (and their ``words``) the places where an Arabic form may start.

    An Arabic form's opener (`_Forms.openers`) is its first word without the article
    (`_ar_core`), which the text prints after the letters Arabic glues before a word and the
    article, or the "ل" that "ل" leaves of it (`_AR_BEFORE_OPENER`: "المؤتمر", "والمؤتمر",
    "للمؤتمر", "لإعلان"). A start is where that word starts (the match holds the prefix, the
    form's group does not); its word is the longest opener found in it.

    Args:
        folded: a folded text.
        openers: the openers of Arabic forms.
        starts: the starts found for the other openers, in order.
        words: their words.

    Returns:
        ``(starts, words)``, in order.
    """
    at = dict(zip(starts, words, strict=True))
    # an opener is looked for in the text without its marks ("مؤتمــر" is "مؤتمر"), and where
    # it stands there is mapped back to the text
    bare, offsets = _without_marks(folded)
    for opener in openers:
        k = bare.find(opener)
        while k >= 0:
            lo = k
            while lo > 0 and k - lo < 4 and ARABIC_CHAR.match(bare, lo - 1):
                lo -= 1
            for j in range(lo, k + 1):  # the word's start: no letter before it
                if (j == 0 or not _WORDS.match(bare, j - 1)) and _AR_BEFORE_OPENER.fullmatch(
                    bare, j, k
                ):
                    if len(opener) > len(at.get(offsets[j], "")):
                        at[offsets[j]] = opener
                    break
            k = bare.find(opener, k + 1)
    ordered = sorted(at)
    return ordered, [at[i] for i in ordered]


#: Before an Arabic name, a noun that makes it part of another body's name: "منتدى القمة
#: العالمية لمجتمع المعلومات" (the World Summit on the Information Society Forum).
_AR_QUALIFIED = re.compile(_ar(r"منتدى") + r"\s+$")

#: After a Chinese name, a noun that makes it part of another body's name: "信息社会世界峰会论坛"
#: (the World Summit on the Information Society Forum).
_ZH_RUNS_ON = re.compile(r"论坛")


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
    start = s if tail.start is None else tail.start
    return _Found(start, tail.end, e, key, name, via, place, first, last, source, True)


@lru_cache(maxsize=1)
def _anniversary_rows() -> dict[tuple[str, str], dict[str, str]]:
    """The first row of the table for each (``commemorates``, ``anniversary``)."""
    out: dict[tuple[str, str], dict[str, str]] = {}
    for r in load_conferences().to_dict("records"):
        if r["commemorates"]:
            out.setdefault((r["commemorates"], r["anniversary"]), r)
    return out


def _anniversary_mentions(
    key: str,
    anniv: tuple[int, list[int]],
    e: int,
    tail: _Tail,
    text: str,
    language: str | None,
) -> list[_Found]:
    """Mentions of the meetings held on the anniversaries of ``key``."""
    start, ordinals = anniv
    out: list[_Found] = []
    name_col = f"name_{language}" if language else "name_en"
    for n in ordinals:
        r = _anniversary_rows().get((key, str(n)))
        use_text = tail.first is not None and len(ordinals) == 1
        end = tail.end if use_text else e
        if r is None:
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
                (_split(r[name_col]) or _split(r["name_en"]))[0],  # a row may lack a Russian name
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
