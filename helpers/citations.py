"""Citations: clause or footnote text in, `Citation` rows out (EN/FR/ES/RU).

Reads the resolutions, decisions, documents, Official Records and dated instruments a text cites.

How a text is read, in order (each later step ignores what an earlier step claimed):

1. **Official Records** (``Official Records of the General Assembly, Seventy-sixth Session,
   Supplement No. 53 (A/76/53)``, ``Documents officiels ...``, ``Documentos Oficiales ...``,
   ``Ibid., ...``). The symbol in parentheses is the citation's symbol.
2. **Document symbols** (``A/CONF.157/24 (Part I)``, ``A/C.3/78/L.41/Rev.1``, joint
   ``E/CN.4/2001/2-E/CN.4/Sub.2/2000/46``, ``GC(69)/RES/7``). A symbol in a resolution or
   decision series (``A/RES/70/1``, ``S/RES/660 (1990)``, ``E/CN.4/SUB.2/RES/2000/22``) is a
   resolution or decision. A number inside a symbol never yields a resolution of its own.
3. **Resolution and decision numbers** (``70/1``, ``68/247 A and B``, ``S-26/2``, ``ES-10/24``,
   ``1145 (XII)``, ``217 A (III)``, ``660 (1990)``, ``2000/22``) governed by the nearest
   preceding keyword (``resolution(s)``, ``résolution(s)``, ``resolución(es)``, ``decision(s)``...)
   in the same sentence. The body of each number is, in order of precedence:

   a. a body named right after the number (``47/9 du Conseil des droits de l’homme``,
      ``2006/46, ... et 2022/16 du Conseil économique et social`` for the whole list);
   b. a body named between the keyword and the number (``resolutions of the Commission 2000/62``);
   c. a body named right before the keyword (``Human Rights Council resolutions 23/13 and 26/4``);
   d. a possessive (``its/sa/su resolution``): the body just named with ``in its`` / ``dans sa`` /
      ``en su``, else the citing ``organ``;
   e. the report just cited (``Supplement No. 53 (A/73/53), chap. IV, resolution 37/17`` is a
      Human Rights Council resolution), else the nearest body named earlier in the same sentence
      (``la Sous-Commission ... a adopté ... la résolution 2000/22``; a body outside the main
      organs only with an adoption verb), else the citing ``organ``;
   f. the number's own form: ``660 (1990)`` is the Security Council, ``1514 (XV)`` and ``S-``/
      ``ES-`` numbers the General Assembly, ``2011/37`` ECOSOC, ``70/1`` the General Assembly.

   A body is only taken if its numbering fits the number (a Security Council number carries a
   year in parentheses, the Commission on Human Rights numbers by year, and so on); otherwise
   the next rule is tried. Short forms (``the Council``, ``la Comisión``) resolve to the last
   full name with that head noun in the text.
   g. A decision of a climate treaty's conference names its body in its number: ``1/CP.21``
      (the Conference of the Parties to the United Nations Framework Convention on Climate
      Change, 21st session), ``1/CMP.8`` (serving as the meeting of the Parties to the Kyoto
      Protocol), ``1/CMA.3`` (to the Paris Agreement). Its symbol is the number as the
      Convention's secretariat prints it, its body "other", its year the session's
      (`treaty_session_year`).
4. **Named instruments cited with an adoption date** (``la Déclaration du Millénaire qu’elle a
   adoptée le 8 septembre 2000``, ``the Vienna Declaration and Programme of Action, adopted on
   25 June 1993``). Their ``symbol`` is their name as printed until `link_citations` gives them
   the symbol of the footnote that identifies them.

Dates: ``date_source`` is ``"text"`` when the text states the date right after the number
(``of 25 September 2015``, ``du 16 décembre 2020``, ``, de 25 de septiembre de 2015``, ``en date
du``, ``adopted on``), or for a whole list (``both of``, ``toutes deux du``, ``ambas de``).
Otherwise ``year`` comes from the number (``date_source="symbol"``, ``date`` stays ``None``);
see `symbol_year` for the rules.

The regexes are built from named pieces and use bounded repetition only, so their run time is
linear in the input length.

Speed: most clauses cite nothing, so a text with neither a digit nor a slash is skipped, and the
patterns are not scanned over every position. Each is only tried where a match can start: at a
run of digits (numbers), before a slash (symbols), or at a word every match holds, found with
`str.find` in a lower-case, accent-free copy of the text (`helpers.dates.search_fold`): the
keywords, the heads of body names, ``Official Records``. Dates and body names are read on first
use, and numbers are only searched in a text with a parenthesis, or with a slash and a keyword
(a number without either is not a citation). The matches are those of a scan of the whole text
(``tests/test_citations.py`` checks it).
`find_citations_batch` reads the clauses and footnotes of a document in one call, and remembers
what it found in the texts it read lately (`_SCANNED`): clauses and footnotes recur from document
to document.
"""

from __future__ import annotations

import bisect
import csv
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Generic, TypeVar

from helpers.dates import (
    DATE_INITIALS,
    ORDINAL_WORD,
    DateMatch,
    digit_starts,
    find_dates_in,
    find_words,
    matches_at,
    ordinal_value,
    roman_value,
    search_fold,
)
from helpers.lexicon import ARABIC_CHAR, ARABIC_MARKS, HAN, marked_letters
from helpers.models import Citation, Span
from helpers.paths import REFERENCE

__all__ = [
    "BODIES_CSV",
    "Body",
    "find_citations",
    "find_citations_batch",
    "link_citations",
    "load_bodies",
    "normalize_symbol",
    "symbol_year",
]

BODIES_CSV: Path = REFERENCE / "bodies.csv"

#: The values `Citation.body` may take.
BODY_VALUES: tuple[str, ...] = (
    "General Assembly",
    "Security Council",
    "Human Rights Council",
    "Commission on Human Rights",
    "Sub-Commission",
    "ECOSOC",
    "other",
)

# =================================================================================================
# Issuing bodies (data/reference/bodies.csv)
# =================================================================================================


@dataclass(frozen=True)
class Body:
    """An issuing body: its names in EN/FR/ES, numbering styles and symbol templates."""

    key: str
    body: str
    head: str
    numbering: frozenset[str]
    res_symbol: str
    dec_symbol: str
    names: dict[str, tuple[str, ...]]
    examples: dict[str, str]
    english: str


#: Short forms by head noun, used after a determiner (``the Council``, ``la Comisión``).
_SHORT_FORMS: dict[str, dict[str, str]] = {
    "council": {"en": "Council", "fr": "Conseil", "es": "Consejo"},
    "commission": {"en": "Commission", "fr": "Commission", "es": "Comisión"},
    "assembly": {"en": "Assembly", "fr": "Assemblée", "es": "Asamblea"},
    "subcommission": {"en": "Sub-Commission", "fr": "Sous-Commission", "es": "Subcomisión"},
    "conference": {"en": "Conference", "fr": "Conférence", "es": "Conferencia"},
}


@lru_cache(maxsize=4)
def load_bodies(path: Path = BODIES_CSV) -> tuple[Body, ...]:
    """Read the table of issuing bodies.

    Args:
        path: the CSV file (``data/reference/bodies.csv``).

    Returns:
        The bodies, in file order.
    """
    out: list[Body] = []
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            names = {
                lang: tuple(n for n in (row.get(f"names_{lang}") or "").split("|") if n)
                for lang in (*LANGS, "zh")
            }
            out.append(
                Body(
                    key=row["key"],
                    body=row["body"],
                    head=row["head"],
                    numbering=frozenset(row["numbering"].split("|")),
                    res_symbol=row["res_symbol"],
                    dec_symbol=row["dec_symbol"],
                    names=names,
                    examples={lang: row.get(f"example_{lang}") or "" for lang in (*LANGS, "zh")},
                    english=names["en"][0],
                )
            )
    return tuple(out)


#: Languages of the body names (``names_<lang>``) that the name patterns read; Russian names
#: are given in the cases a citation prints them ("резолюция 47/9 Совета по правам человека"),
#: Arabic ones as a construct after the keyword ("قرار مجلس الأمن 2334 (2016)").
#: Chinese names (``names_zh``) are read by the Chinese step, where a name is followed by the
#: date and number it issued ("安全理事会第2334(2016)号决议"), with no space around it.
LANGS: tuple[str, ...] = ("en", "fr", "es", "ru", "ar")


@lru_cache(maxsize=8192)
def _fold(s: str) -> str:
    """Accent-free, lower-case, straight apostrophes, single spaces, plain hyphens."""
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = re.sub(r"[’‘`´]", "'", s)
    s = re.sub(r"[‐‑‒–—]", "-", s)
    return re.sub(r"\s+", " ", s).strip().lower()


_LETTER_CLASSES = {
    "a": "[aáàâä]",
    "e": "[eéèêë]",
    "i": "[iíîï]",
    "o": "[oóôö]",
    "u": "[uúûü]",
    "c": "[cç]",
    "n": "[nñ]",
    # (folding takes the breve off "й" and the diaeresis off "ё")
    "и": "[ий]",
    "е": "[её]",
    # (and the hamza off Arabic letters: "الأمن" is folded "الامن")
    "ا": "[اأإآ]",
    "و": "[وؤ]",
    "ي": "[يئ]",
}


def _char_regex(ch: str) -> str:
    """A regex matching the folded character ``ch`` as a name may print it: a letter with or
    without accents, any apostrophe, hyphen or run of spaces."""
    if ch == " ":
        return r"\s+"
    if ch == "'":
        return r"['’‘]\s?"
    if ch == "-":
        return r"[-‐‑–]?\s?"
    return _LETTER_CLASSES.get(ch, re.escape(ch))


def _by_initial(alternatives: Iterable[tuple[str, str]]) -> str:
    """The alternation of the regexes ``first + rest``, grouped by ``first``, in their order
    inside each group.

    It matches what the plain alternation matches when the ``first`` regexes of different groups
    never match the same character: only one group can match at a position, so the engine picks
    it with one test per group instead of one per alternative.

    Args:
        alternatives: ``(first, rest)`` for each alternative, in order of preference; ``first``
            matches exactly one character.

    Returns:
        The regex, a non-capturing group.
    """
    groups: dict[str, list[str]] = {}
    for first, rest in alternatives:
        groups.setdefault(first, []).append(rest)
    return "(?:" + "|".join(f"{f}(?:{'|'.join(rests)})" for f, rests in groups.items()) + ")"


def _name_regex(name: str) -> str:
    """A regex matching ``name`` with optional accents, any apostrophe, hyphen and space."""
    return "".join(_char_regex(ch) for ch in _fold(name))


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    body: Body | None  # None: a short form not yet resolved
    head: str


#: Every body name in the table holds one of these head nouns (a test checks it).
NAME_ANCHOR = re.compile(
    r"council|conseil|consejo|commission|comisi[oó]n|assembl|asamblea|conf[ée]rence|conferencia"
    r"|ecosoc|subcomisi|совет|ассамбле|комисси|конференци"
    r"|مجلس|الجمعية|جمعية|لجنة|اللجنة|مؤتمر",  # Arabic: council, assembly, commission, conference
    re.IGNORECASE,
)
#: How far a body name may reach on either side of its head noun (the longest name is shorter).
NAME_REACH = 160
#: Words every `NAME_ANCHOR` match starts with, folded (`search_fold`).
NAME_ANCHOR_WORDS: tuple[tuple[str, int], ...] = (
    ("council", 0),
    ("conse", 0),
    ("commission", 0),
    ("comisi", 0),
    ("assembl", 0),
    ("asamblea", 0),
    ("conf", 0),
    ("ecosoc", 0),
    ("subcomisi", 0),
    ("совет", 0),
    ("ассамбле", 0),
    ("комисси", 0),
    ("конференци", 0),
    ("مجلس", 0),
    ("الجمعية", 0),
    ("جمعية", 0),
    ("لجنة", 0),
    ("اللجنة", 0),
    ("مؤتمر", 0),
)
#: Words every short form (`_SHORT_FORMS`) holds, folded (`search_fold`).
SHORT_FORM_WORDS: tuple[tuple[str, int], ...] = (
    ("council", 0),
    ("conse", 0),
    ("commission", 0),
    ("comision", 0),
    ("assembl", 0),
    ("asamblea", 0),
    ("conferenc", 0),
)
#: How far before such a word a short form match may start: its determiner (``cette ``), and
#: the prefix of the name (``Sous- `` in ``Sous- Commission``).
SHORT_REACH = 12
#: The same without determiner (``Sub-Commission resolution``).
SHORT_PRE_REACH = 6
#: The first letters of the determiners before a short form (``the``, ``le``, ``du``, ``al``,
#: ``esta``, ``cette``) and of the short forms (``Council``, ``Assembly``, ``Sub-Commission``).
SHORT_INITIALS = "tldaec"
SHORT_PRE_INITIALS = "cas"


def _reach_back(folded: str, starts: list[int], reach: int, initials: str) -> list[int]:
    """The offsets from ``reach`` characters before each of ``starts`` up to it where
    ``folded`` holds one of ``initials`` (the letters a match may start with), sorted."""
    return sorted(
        {p for s in starts for p in range(max(0, s - reach), s + 1) if folded[p] in initials}
    )


class _BodyIndex:
    """Compiled body-name patterns of the table."""

    def __init__(self, bodies: tuple[Body, ...]) -> None:
        self.bodies = bodies
        self.by_key = {b.key: b for b in bodies}
        self.by_folded: dict[str, Body] = {}
        for b in bodies:
            for lang in LANGS:
                for n in b.names[lang]:
                    self.by_folded.setdefault(_fold(n), b)
            if b.body != "other":
                self.by_folded.setdefault(_fold(b.body), b)
        names = sorted(self.by_folded, key=len, reverse=True)
        if not all(n[:1].isalnum() for n in names):
            raise ValueError("every body name must start with a letter or a digit")
        # Full names: longest first so that "Human Rights Council" wins over "Council" (grouped
        # by first letter: the pattern is tried at many positions).
        pieces = [[_char_regex(ch) for ch in n] for n in names]
        self.full = re.compile(
            r"(?<![\w-])" + _by_initial((p[0], "".join(p[1:])) for p in pieces) + r"(?![\w-])",
            re.IGNORECASE,
        )
        # Where a full name may start: its first letter, with nothing glued before it.
        initials = dict.fromkeys(p[0] for p in pieces)
        self.full_start = re.compile(r"(?<![\w-])(?:" + "|".join(initials) + ")", re.IGNORECASE)
        shorts = {_fold(f): head for head, forms in _SHORT_FORMS.items() for f in forms.values()}
        self.short_head = shorts
        # Short forms need a determiner before them (and, checked later, a capital letter).
        self.short = re.compile(
            r"\b(?:the|this|le|la|l['’]|du|au|el|del|al|esta|este|cette|ce)\s?(?P<name>"
            + "|".join(_name_regex(s) for s in sorted(shorts, key=len, reverse=True))
            + r")(?![\w-])",
            re.IGNORECASE,
        )
        # ... or, in English, right before the keyword: "Council resolution 49/22".
        self.short_pre = re.compile(
            r"\b(?P<name>"
            + "|".join(_name_regex(s) for s in sorted(shorts, key=len, reverse=True))
            + r")(?=\s+(?:resolutions?|decisions?)\b)",
            re.IGNORECASE,
        )

    def lookup(self, text: str) -> Body | None:
        return self.by_folded.get(_fold(text))

    def _full_matches(self, text: str, folded: str) -> Iterator[re.Match[str]]:
        """`full` matches, searched only around head nouns and only where a name may start (the
        big pattern is slow to try at every position)."""
        windows: list[list[int]] = []
        for a in matches_at(NAME_ANCHOR, text, _word_starts(folded, NAME_ANCHOR_WORDS)):
            s, e = max(0, a.start() - NAME_REACH), min(len(text), a.end() + NAME_REACH)
            if windows and s <= windows[-1][1]:
                windows[-1][1] = e
            else:
                windows.append([s, e])
        for s, e in windows:
            starts = [m.start() for m in self.full_start.finditer(text, s, e)]
            yield from matches_at(self.full, text, starts, e)

    def _short_matches(self, text: str, folded: str) -> list[re.Match[str]]:
        """`short` and `short_pre` matches, by start of the name, tried only before the words
        every short form holds."""
        stems = _word_starts(folded, SHORT_FORM_WORDS)
        short_starts = _reach_back(folded, stems, SHORT_REACH, SHORT_INITIALS)
        pre_starts = _reach_back(folded, stems, SHORT_PRE_REACH, SHORT_PRE_INITIALS)
        shorts = [
            *matches_at(self.short, text, short_starts),
            *matches_at(self.short_pre, text, pre_starts),
        ]
        shorts.sort(key=lambda m: m.start("name"))
        return shorts

    def mentions(self, text: str, folded: str | None = None) -> list[_Mention]:
        """Every body named in ``text`` (full names and resolved or unresolved short forms).

        Args:
            text: any text.
            folded: ``search_fold(text)``, when the caller has it.

        Returns:
            The mentions, by start.
        """
        if folded is None:
            folded = search_fold(text)
        found: list[_Mention] = []
        taken: list[tuple[int, int]] = []
        by_head: dict[str, list[_Mention]] = {}
        for m in self._full_matches(text, folded):
            b = self.lookup(m.group())
            if b is not None:
                found.append(_Mention(m.start(), m.end(), b, b.head))
                by_head.setdefault(b.head, []).append(found[-1])
                taken.append((m.start(), m.end()))
        taken_starts = [a for a, _ in taken]
        head_ends = {h: [f.end for f in lst] for h, lst in by_head.items()}
        shorts = self._short_matches(text, folded)
        for m in shorts:
            s, e = m.start("name"), m.end("name")
            if not m.group("name")[:1].isupper():
                continue
            i = bisect.bisect_right(taken_starts, s) - 1
            if i >= 0 and taken[i][0] <= s < taken[i][1]:
                continue
            head = self.short_head.get(_fold(m.group("name")))
            if head is None:  # a spelling the table lacks ("Subcommission"): not a body name
                continue
            # resolve to the last full name with that head noun before it
            same = by_head.get(head, [])
            j = bisect.bisect_right(head_ends.get(head, []), s)
            body = same[j - 1].body if j else None
            found.append(_Mention(s, e, body, head))
        found.sort(key=lambda x: x.start)
        return found


@lru_cache(maxsize=1)
def _zh_body_names() -> tuple[tuple[str, Body], ...]:
    """The Chinese names of the bodies (``names_zh``), longest first."""
    pairs = [(n, b) for b in load_bodies() for n in b.names.get("zh", ())]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@lru_cache(maxsize=4)
def _index(path: Path = BODIES_CSV) -> _BodyIndex:
    return _BodyIndex(load_bodies(path))


# =================================================================================================
# Named pieces of the citation grammar
# =================================================================================================

#: Roman numerals of session numbers (I..LXXXIX), as in ``1514 (XV)`` or ``1503 (XLVIII)``.
ROMAN = r"(?=[IVXL])(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
#: A session in parentheses: ``(XV)``, ``(S-IV)``, ``(ES-V)``.
#: Hyphens as printed: ASCII, non-breaking (U+2011) and the Unicode hyphen.
_HYPHEN_CHARS = "-\u2011\u2010"
_HY = f"[{_HYPHEN_CHARS}]"
#: Arabic writes the session "د-10" (دورة: session), a special one "دإ-4", an emergency one
#: "دإط-10", in digits (`_latin_session` gives the Roman numerals).
_AR_SESSION = rf"دإ?ط?{_HY}\d{{1,2}}"
ROMAN_SESSION = rf"(?:E?S{_HY})?{ROMAN}|{_AR_SESSION}"
_HYPHENS = re.compile(_HY)
#: What a special session's number starts with (``S-26/2``, ``ES-10/24``).
_SPECIAL_HEADS = (*(f"S{h}" for h in _HYPHEN_CHARS), "دإ")
#: Lettered parts of a resolution: ``A``, ``A and B``, ``A-C``, ``A à C``, ``A y B``; long
#: series run through the alphabet and on to doubled letters (``53/77 AA``).
_PART = (
    r"(?:AA|BB|CC|DD|EE|FF|GG|HH|II|JJ|KK|LL|MM|NN|OO|PP|QQ|RR|SS|TT|UU|VV|WW|XX|YY|ZZ|[A-Z]"
    r"|ألف|باء|جيم|دال|هاء|واو|زاي|حاء|طاء)"  # (Arabic names the letters: "36/146 جيم")
)
#: The Arabic names of part letters.
_AR_PARTS = {"ألف": "A", "باء": "B", "جيم": "C", "دال": "D", "هاء": "E", "واو": "F"}
_AR_PARTS |= {"زاي": "G", "حاء": "H", "طاء": "I"}
#: (Arabic glues "و", and, to the next letter's name: "53/243 ألف وباء")
_PART_JOIN = r"(?:\s?[,،]\s?|\s(?:and|et|y|to|à|a|al|и|و)\s|\sو|\s?[-–]\s?)"
PARTS = rf"{_PART}(?:{_PART_JOIN}{_PART}){{0,6}}(?![\w/])"
#: Nothing glued before a number (a letter, slash, dot or hyphen would make it part of a symbol).
_NB = r"(?<![\w/.\-‑])"
#: Security Council: ``660 (1990)``.
SC_NUMBER = rf"{_NB}(?P<sc>\d{{1,4}})\s?\((?P<sc_year>19[4-9]\d|20[0-4]\d)\)"
#: Old-style General Assembly / ECOSOC: ``1145 (XII)``, ``217 A (III)``, ``1874 (S-IV)``.
OLD_NUMBER = (
    rf"{_NB}(?P<old>\d{{1,4}})(?:\s?(?P<old_parts>{_PART}(?:{_PART_JOIN}{_PART}){{0,6}}))?"
    rf"\s?\((?P<old_session>{ROMAN_SESSION})\)"
)
#: Session/number or year/number: ``70/1``, ``S-26/2``, ``ES-10/24``, ``68/247 A``, ``2000/22``.
SLASH_NUMBER = (
    rf"{_NB}(?P<slash>(?P<special>E?S{_HY}|دإط?{_HY})?(?P<a>\d{{1,4}})/(?P<b>\d{{1,4}}))(?![\d/])"
    rf"(?:\s?(?P<parts>{PARTS}))?"
)
#: World Health Assembly style: ``72.5`` (only right after a keyword).
DOTTED_NUMBER = rf"{_NB}(?P<dotted>\d{{2}}\.\d{{1,2}})(?![\d.])"
#: A Security Council number sharing the year of the next one: ``2628 and 2670 (2022)``.
SC_SHARED = re.compile(
    rf"{_NB}(?P<n>\d{{1,4}})(?=(?:\s?,\s?\d{{1,4}}){{0,12}}\s?(?:,|,?\s(?:and|et|y))\s"
    r"\d{1,4}\s?\((?P<y>19[4-9]\d|20[0-4]\d)\))"
)
NUMBER = re.compile(f"{SC_NUMBER}|{OLD_NUMBER}|{SLASH_NUMBER}")
DOTTED = re.compile(DOTTED_NUMBER)
#: Arabic prints a dotted number with a hyphen ("63-22" for 63.22).
DOTTED_AR = re.compile(rf"{_NB}(?P<dotted>\d{{2}}[.\-]\d{{1,2}})(?![\d.\-/])")

# --- Chinese: "第" before the number, "号" and the keyword after it ----------------------------
#: Nothing glued before a number but a Chinese character ("第67/19号", "其第75/90号").
_NB_ZH = rf"(?<![^\W{HAN}]|[/.\-‑])"
#: The numbers of `NUMBER`, read after a Chinese character and before one ("第47/120 B号"),
#: their parts joined by "和" ("第76/84 A和B号").
ZH_NUMBER = re.compile(
    f"{NUMBER.pattern}|{DOTTED_NUMBER}".replace(  # (the World Health Assembly's "第63.22号")
        _NB, _NB_ZH
    )
    .replace(_PART_JOIN, r"(?:\s?[,、]\s?|\s?(?:和|及)\s?|\s?[-–]\s?)")
    .replace(r"(?![\w/])", rf"(?![^\W{HAN}]|/)")
)
#: After the last number of a Chinese list: "号" and the keyword ("号决议", "号决定").
ZH_KEYWORD = re.compile(r"\s*号\s*(?:(?P<res>决议)|(?P<dec>决定))")
#: Between two numbers of one list: "号"? a conjunction, then what the next one is about and
#: its date, and "第" ("第242(1967)号、1979年3月22日第446(1979)号和…", "第1267(1999)、1989(2011)
#: 和2253(2015)号", "第62/214号、2016年6月17日关于共有问题的第70/286号").
ZH_LIST_GAP = re.compile(r"\s*号?\s*(?:、|和|及|以及|与|或)[^，；。：,;:、]{0,80}?第?\s*$")
#: What may stand between a body's name and the first number it issued: its date, "关于…的"
#: (on …), "题为“…”的" (entitled), "第"; no clause punctuation outside the quotation marks.
ZH_BODY_GAP = re.compile(r"(?:[^，；。：,;:“]|“[^”]{0,80}”){0,80}$")

#: Any digit (as the patterns' ``\d`` reads it).
_DIGIT = re.compile(r"\d")
#: The ASCII digits, looked for with `str.find` (much faster than a regex scan).
_ASCII_DIGIT_CHARS = "0123456789"


def _word_starts(folded: str, words: Iterable[tuple[str, int]]) -> list[int]:
    """The offsets where a pattern may start: each ``(word, lead)`` found in ``folded`` (see
    `search_fold`), moved back by ``lead`` characters, sorted and without repeats."""
    return sorted(
        {max(0, i - lead) for w, lead in words if w in folded for i in find_words(folded, w)}
    )


#: The letters Arabic glues before a keyword: "و" or "ف" (and), "ب", "ل" or "ك" (by, to, as),
#: and the article, which "ل" makes "لل" ("وبالقرار", "للقرارات", "ولقرار").
_AR_KEYWORD_PREFIX = "(?:[وف]{m})?(?:[بلك]{m})?(?:ا{m}ل{m}|ل{m})?".format(m=f"[{ARABIC_MARKS}]*")


def _ar_keyword(stem: str, endings: Sequence[str]) -> str:
    """An Arabic keyword: its prefixes, its stem, and the endings of its plural, dual and
    possessives, each letter with or without marks ("قرارَي", "قراراتهـــا")."""
    tails = "|".join(marked_letters(e, trailing=False) for e in endings)
    return (
        _AR_KEYWORD_PREFIX
        + marked_letters(stem, trailing=False)
        + f"(?:[{ARABIC_MARKS}]*(?:{tails}))?"
    )


#: Arabic keywords, with their possessives ("قرارها", "قراراته"), plural, and dual in either case
#: ("القراران", "القرارين", "قراريه", "قرارا"), after their prefixes; not "مقرري" or "مقررين",
#: which are also the rapporteurs.
_AR_RESOLUTION = _ar_keyword(
    "قرار", ("اتها", "اتهم", "اته", "ات", "ان", "ا", "يها", "يه", "ين", "ي", "ها", "ه")
)
_AR_DECISION = _ar_keyword("مقرر", ("اتها", "اته", "ات", "ان", "يها", "يه", "ها", "ه"))
#: The words that announce resolution and decision numbers.
KEYWORD = re.compile(
    r"\b(?:(?P<res>resolutions?|r[ée]solutions?|resoluci[oó]n(?:es)?"
    r"|резолюци(?:я|и|ю|ей|ям|ями|ях)"  # Russian, in every case
    rf"|{_AR_RESOLUTION})"
    r"|(?P<dec>decisions?|d[ée]cisions?|decisi[oó]n(?:es)?"
    r"|решени(?:е|я|ю|ем|и|й|ям|ями|ях)"
    rf"|{_AR_DECISION}))\b",
    re.IGNORECASE,
)
#: Words every `KEYWORD` match holds, folded (`search_fold`), and how far after its start.
KEYWORD_WORDS: tuple[tuple[str, int], ...] = (
    ("solu", 2),
    ("cisi", 2),
    ("резолюци", 0),
    ("решени", 0),
    # (an Arabic keyword opens with up to four letters of prefixes: "وبالقرار", "ومقررها")
    *((w, lead) for w in ("قرار", "مقرر") for lead in range(5)),
)
#: A possessive right before the keyword: its/their, sa/ses/leur(s), su/sus.
POSSESSIVE = re.compile(
    r"\b(?:its|their|sa|ses|leurs?|su|sus|сво(?:ю|и|ей|их|им|ими|ем))\s+"
    r"(?:own\s+|propres?\s+|propias?\s+)?$",
    re.IGNORECASE,
)
#: The words a `POSSESSIVE` match ends with before its spaces, folded (`search_fold`).
POSSESSIVE_WORDS: tuple[str, ...] = (
    "its", "their", "sa", "ses", "leur", "leurs", "su", "sus",
    "own", "propre", "propres", "propia", "propias",
    "свою", "свои", "своей", "своих", "своим", "своими", "своем",
)  # fmt: skip


def _possessive(text: str, folded: str, start: int, end: int) -> re.Match[str] | None:
    """Return ``POSSESSIVE.search(text[start:end])``.

    The search tries every position of the slice; it only runs when the slice, without its
    trailing spaces, ends with one of `POSSESSIVE_WORDS` in ``folded`` (``search_fold(text)``),
    which every match does.
    """
    before = text[start:end]
    if not folded.endswith(POSSESSIVE_WORDS, start, start + len(before.rstrip())):
        return None
    return POSSESSIVE.search(before)


#: Between a body and the possessive it is the subject of: one to five words (``, in``,
#: ``a souscrit dans``, ``en su``, ``has, in``).
SUBJECT_GAP = re.compile(r"\s*,?\s*(?:[\w’'-]+\s*,?\s+){1,5}")
#: Between bodies named before the keyword: ``Council's resolution``, ``Assembly and Council
#: resolutions``.
GENITIVE_GAP = re.compile(r"\s*(?:['’]s)?\s*")
AND_GAP = re.compile(r"\s*(?:,|and|et|y)\s*")
#: Words showing that the body named before a possessive is not its subject (``le Conseil ...
#: comme elle l’a demandé dans sa résolution``: ``elle`` is the Assembly).
NOT_SUBJECT = re.compile(
    r"\b(?:and|et|y|or|ou|o|it|elle|il|ella|él|they|ils|elles|ellos|ellas|as|comme|como|which"
    r"|who|que|qui|where|où|donde|to)\b",
    re.IGNORECASE,
)
#: Verbs that make a body named earlier the author of the resolution that follows.
ADOPT_VERB = re.compile(
    r"\b(?:adopt\w*|approv\w*|aprob\w*|endors\w*|decid\w*|d[ée]cid\w*|establish\w*"
    r"|estableci\w*|cr[ée][ée]\w*|souscrit|hizo\s+suy\w+|fait\s+sien\w*|requested|demand[ée]\w*"
    r"|solicit\w*|pidió|welcomed|accueilli|acogió|proclaimed|proclam\w*"
    r"|at\s+its|à\s+sa|en\s+su)\b",
    re.IGNORECASE,
)
#: Reports that contain resolutions: the Human Rights Council's (A/76/53, A/77/53/Add.1), the
#: Commission on Human Rights' (E/CN.4/2005/135) and the Sub-Commission's (E/CN.4/Sub.2/...).
REPORTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^A/\d{2}/53(?:/ADD\.\d)?$"), "human_rights_council"),
    (re.compile(r"^E/CN\.4/SUB\.2/\d{4}/"), "sub_commission"),
    (re.compile(r"^E/CN\.4/(?:\d{4})/"), "commission_on_human_rights"),
)
#: Prepositions before a body named after a number: of the / du / de la / del ...
BODY_PREP = re.compile(
    r"\s*,?\s*(?:of\s+the|adopted\s+by\s+the|by\s+the|du|de\s+la|de\s+l['’]\s?|des|del|de|"
    r"adopt[ée]e?s?\s+par\s+(?:le|la|l['’]\s?)|aprobad[ao]s?\s+por\s+(?:el|la)"
    r"|(?=[А-ЯЁ])"  # Russian names the body in the genitive: "47/9 Совета по правам …"
    r"|(?=[\u0621-\u064a]))\s*",  # Arabic, as a construct: "قرار مجلس الأمن 2334 (2016)"
    re.IGNORECASE,
)
#: Words before a date that belongs to the number just read.
DATE_LEAD = re.compile(
    r"\s*,?\s*(?:of|dated|adopted\s+on|on|du|en\s+date\s+du|adopt[ée]e?s?\s+le|le|"
    r"de\s+fecha|del|de|aprobad[ao]s?\s+el|adoptad[ao]s?\s+el|el|от"
    r"|المؤرخ(?:ة|ين|تين|ان|تان)?)\s+",  # Arabic: "القرار 76/82 المؤرخ 9 كانون الأول/ديسمبر"
    re.IGNORECASE,
)
#: A date shared by several numbers: both of / all of / toutes deux du / ambas de.
SHARED_DATE_LEAD = re.compile(
    r"\s*,?\s*(?P<q>both|all|toutes|tous|ambas|ambos|todas|todos)(?:\s+(?:deux|trois|les\s+deux))?"
    r"\s*,?\s*(?:of|dated|adopted\s+on|du|en\s+date\s+du|adopt[ée]e?s\s+le|de\s+fecha|del|de)\s+",
    re.IGNORECASE,
)
#: What may separate the numbers of one list.
LIST_GAP = re.compile(
    r"\s*(?:[,،]\s*(?:and|et|y|as\s+well\s+as|ainsi\s+que|así\s+como|и|و)?|and|et|y|"
    r"as\s+well\s+as|ainsi\s+que|así\s+como|or|ou|o|и|или|و|أو)?\s*",
    re.IGNORECASE,
)
#: The longest list of numbers read as one (longer lists are read in pieces).
MAX_LIST = 80
#: Where a sentence (scope for body attribution) ends: a semicolon, or a full stop before a word.
SENTENCE_END = re.compile(r";|\.(?=\s+[A-ZÉÈÀÁÍÓÚÑА-ЯЁ][a-zéèàáíóúñа-яё])")

# --- document symbols ----------------------------------------------------------------------------

#: The series head: ``A``, ``S``, ``E``, ``ST``, ``UNEP``, ``FCCC``, ``GC(69)``.
_SYM_HEAD = r"[A-Z]{1,8}(?:\.\d{1,3})?(?:\(\d{1,4}\))?"
#: A symbol component: ``CN.4``, ``CONF.157``, ``Sub.2``, ``L.41``, ``Add.3``, ``78``, ``S-12``,
#: ``COP(14)``, ``RES``.
_SYM_COMP = (
    r"(?:(?:E?S[-‑‐])?\d{1,5}(?:\.\d{1,3})?[a-z]?|[A-Za-z]{1,10}(?:\.[A-Za-z0-9]{1,6}){0,2}"
    r"(?:\(\d{1,4}\))?)"
)
#: A qualifier in parentheses: ``(Part I)``, ``(Parts I and II)``, ``(Vol. I)``, ``(Sect. 2)``.
_SYM_QUAL = (
    r"\s?\((?i:(?:Parts?|Vol\.?|Sect\.?|Supp\.?|Partie|Parte|Secc\.?)\s?"
    r"[IVXL\d]{1,6}[A-Z]?(?:\s(?:and|et|y|to)\s[IVXL\d]{1,6}|[-–][IVXL\d]{1,6})?"
    r"|Introduction|Introducción|Plan\s+outline|Income\s+sect\.\s?\d{1,2})\)"
    # the year of a Security Council resolution, the session of an old General Assembly one
    r"|\s?\((?:19|20)\d\d\)|\s?\((?:E?S-)?[IVXL]{1,7}\)"
)
#: A single document symbol: head, at least one component, optional qualifiers and suffixes.
_SYM_ONE = (
    rf"{_SYM_HEAD}(?:/{_SYM_COMP}){{1,8}}(?:{_SYM_QUAL})?"
    rf"(?:/\s?(?:Add|Corr|Rev|Amend|Summary|Suppl?)\.?\d{{1,3}}){{0,3}}"
)
#: A document symbol, or a joint one (``E/CN.4/2001/2-E/CN.4/Sub.2/2000/46``).
#: A United Nations sales number: ``E.96.IV.13``, ``S.96.IV.13``, ``F.00.I.D.2``.
_SALES = r"[EFSACR]\.\d{2}\.[IVX]{1,4}(?:\.[A-Z]{1,2})?\.\d{1,3}"
#: (Chinese prints a symbol right after or before a character: "见A/77/356和…"; a letter of
#: any other script glued to it makes it part of a word)
SYMBOL = re.compile(
    rf"(?<![^\W{HAN}]|[/.\-])(?P<sym>{_SYM_ONE}(?:[-–]{_SYM_ONE}){{0,2}}|{_SALES})"
    rf"(?![^\W{HAN}]|/)"
)

#: How far before its first slash a symbol starts (the longest `_SYM_HEAD`: ``ABCDEFGH.123(1234)``).
SYMBOL_HEAD_REACH = 18
#: Where a symbol may start before a slash: a capital with no capital glued before it (the
#: lookbehind comes after the capital so that the engine skips to capitals), and a slash at most
#: `SYMBOL_HEAD_REACH` characters after it.
SYMBOL_HEAD_START = re.compile(
    rf"[A-Z](?<![A-Z][A-Z])(?=.{{0,{SYMBOL_HEAD_REACH - 1}}}/)", re.DOTALL
)
#: Where a sales number may start.
SALES_START = re.compile(r"[EFSACR]\.\d")

#: Resolution and decision series inside symbols: the series (a normalised symbol's head, up to
#: the slash before the number) → (kind, body key).
_SERIES: dict[str, tuple[str, str]] = {
    "A/RES": ("resolution", "general_assembly"),
    "A/DEC": ("decision", "general_assembly"),
    "S/RES": ("resolution", "security_council"),
    "A/HRC/RES": ("resolution", "human_rights_council"),
    "A/HRC/DEC": ("decision", "human_rights_council"),
    "E/CN.4/SUB.2/RES": ("resolution", "sub_commission"),
    "E/CN.4/SUB.2/DEC": ("decision", "sub_commission"),
    "E/CN.4/RES": ("resolution", "commission_on_human_rights"),
    "E/CN.4/DEC": ("decision", "commission_on_human_rights"),
    "E/RES": ("resolution", "ecosoc"),
    "E/DEC": ("decision", "ecosoc"),
}
#: A symbol in one of the `_SERIES` and its number (no series' head starts another one's head
#: and slash, so at most one can match).
SERIES_SYMBOL = re.compile(
    "^(?P<series>" + "|".join(re.escape(h) for h in _SERIES) + ")/(?P<number>.+)$"
)

# --- decisions of the climate treaties' conferences ---------------------------------------------

#: The conferences of the climate treaties, by the letters of their decisions' numbers, and the
#: year of each one's first session that adopted decisions: the Conference of the Parties to the
#: Framework Convention (Berlin, 1995), serving as the meeting of the Parties to the Kyoto
#: Protocol (Montreal, 2005), and to the Paris Agreement (its first session's decisions were
#: adopted at Katowice, 2018). Checked against the corpus, where the report's symbol gives the
#: year: 1/CP.13 FCCC/CP/2007, 1/CP.19 FCCC/CP/2013, 1/CP.21 FCCC/CP/2015, 3/CP.23 FCCC/CP/2017,
#: 3/CP.25 FCCC/CP/2019, 1/CP.28 FCCC/CP/2023, 1/CMP.8 FCCC/KP/CMP/2012, 19/CMA.1
#: FCCC/PA/CMA/2018, 1/CMA.3 FCCC/PA/CMA/2021, 1/CMA.5 FCCC/PA/CMA/2023.
TREATY_CONFERENCES: dict[str, int] = {"CP": 1995, "CMP": 2005, "CMA": 2018}
#: A climate treaty's decision: its number in the session, a slash, the conference's letters, a
#: full stop and the session (``1/CP.21``, ``19/CMA.1``); no word or symbol glued to either end
#: (but Chinese glues it to its characters: "第1/CP.21号决定").
TREATY_DECISION = re.compile(
    rf"(?<![^\W{HAN}]|[/.\-])"
    r"(?P<number>\d{1,3})/(?P<conference>CP|CMP|CMA)\.(?P<session>\d{1,2})"
    rf"(?![^\W{HAN}]|/|\.\d)"
)


def treaty_session_year(conference: str, session: int) -> int | None:
    """The year a climate treaty's conference held ``session``: one session a year from its
    first (`TREATY_CONFERENCES`), none in 2020, when the pandemic put off the Glasgow
    Conference to 2021 (``1/CP.26``, ``1/CMA.3``).

    >>> treaty_session_year("CP", 21), treaty_session_year("CMA", 3)
    (2015, 2021)
    """
    first = TREATY_CONFERENCES.get(conference)
    if first is None or session < 1:
        return None
    year = first + session - 1
    return year + 1 if year >= 2020 else year


# --- Official Records ----------------------------------------------------------------------------

_OR_HEAD = (
    r"(?P<or_head>Official\s+Records\s+of\s+the\s+(?P<or_body_en>[A-Z][\w\s-]{3,60}?)"
    r"|Documents\s+officiels\s+(?:de\s+l['’]\s?|du\s+|de\s+la\s+)(?P<or_body_fr>[\w\s-]{3,60}?)"
    r"|Documentos\s+Oficiales\s+(?:de\s+la\s+|del\s+)(?P<or_body_es>[\w\s-]{3,60}?)"
    r"|(?P<ibid>[Ii]bid\.?))"
)
_OR_SESSION = (
    rf"(?P<or_session>(?P<or_ord>{ORDINAL_WORD})\s+(?:[Ss]ession|[Yy]ear|ann[ée]e|"
    rf"per[ií]odo\s+(?:extraordinario\s+)?de\s+sesiones|a[ñn]o)"
    r"|(?P<or_year>(?:19|20)\d\d)"
    r"|(?P<or_special>(?:[\w-]+\s+){1,4}(?:special|emergency|extraordinaire)[\w\s-]{0,30}?))"
)
_OR_SUPP = (
    r"(?:,\s*(?:Supplement|Supplément|[Ss]uplemento)\s+(?:No\.?|n[o°º]\.?|núm\.?|num\.?)\s?"
    r"(?P<or_supp>\d{1,3}[A-Z]?))?"
)
#: ``Official Records of the General Assembly, Seventy-sixth Session, Supplement No. 53 (A/76/53)``
OFFICIAL_RECORDS = re.compile(
    rf"{_OR_HEAD}\s*,\s*{_OR_SESSION}{_OR_SUPP}"
    r"(?P<or_tail>[^();]{0,160}?(?:\(|\b(?:document|documento)\s+))"
    rf"(?P<or_sym>{_SYM_ONE})\)?",
    re.IGNORECASE,
)

#: Words every `OFFICIAL_RECORDS` match starts with, folded (`search_fold`).
OFFICIAL_RECORDS_WORDS: tuple[tuple[str, int], ...] = (
    ("official", 0),
    ("document", 0),
    ("ibid", 0),
)

# --- instruments ---------------------------------------------------------------------------------

#: Head nouns of instruments and outcome documents (capitalised in UN texts).
INSTRUMENT_HEAD = re.compile(
    r"\b(?:Declaration|Déclaration|Declaración|Programme|Program|Programa|Plan|Agenda|Programme"
    r"|Convention|Convención|Convenio|Covenant|Pacte|Pacto|Charter|Charte|Carta|Protocol"
    r"|Protocole|Protocolo|Principles|Principes|Principios|Rules|Règles|Reglas|Strategy"
    r"|Stratégie|Estrategia|Platform|Plateforme|Plate-forme|Plataforma|Treaty|Traité|Tratado"
    r"|Agreement|Accord|Acuerdo|Framework|Cadre|Marco|Statute|Statut|Estatuto|Consensus|Consenso"
    r"|Outcome|Document\s+final|Documento\s+Final|Commitment|Guidelines|Lignes\s+directrices"
    r"|Directrices|Code|Código|Compact|Pacte|Pacto|Action|Acción|Proclamation|Proclamación)\b"
)
#: Adoption verb stems (plain lower-case letters, as `search_fold` writes them). Every verb of
#: `ADOPT_VERBS` holds one, so `ADOPTION` is only searched where the folded text holds one.
#: They are as long as the verbs allow: ``signe`` (signed, signé) and ``signat`` (opened for
#: signature) rather than ``sign`` (significant), ``firmad`` and ``firmo`` (firmado, firmó)
#: rather than ``firm`` (reaffirming), which most texts hold.
ADOPT_HINT_WORDS: tuple[str, ...] = (
    "adopt",
    "signe",
    "signat",
    "procla",
    "endors",
    "ouvert",
    "approuv",
    "aprob",
    "firmad",
    "firmo",
)
#: Adoption verbs as printed, in order of preference; each starts with a plain letter.
ADOPT_VERBS: tuple[str, ...] = (
    "adopted",
    "signed",
    "proclaimed",
    "endorsed",
    r"opened\s+for\s+signature",
    "adopt[ée]e?s?",
    "sign[ée]e?s?",
    "proclam[ée]e?s?",
    "approuv[ée]e?s?",
    r"ouverte?s?\s+[àa]\s+la\s+signature",
    "aprobad[oa]s?",
    "adoptad[oa]s?",
    "firmad[oa]s?",
    "proclamad[oa]s?",
    "aprobó",
    "adoptó",
    "firmó",
    "proclamó",
)
#: An adoption phrase ending right before a date: ``, adopted on`` / ``qu’elle a adoptée le`` /
#: ``adoptés le`` / ``, aprobada el`` / ``que aprobó el`` / ``adopted by the X on``. It is
#: searched in a window: the verbs are grouped by first letter (`_by_initial`) to be tried
#: faster at each position.
ADOPTION = re.compile(
    r"(?P<adopt>\s*,?\s*(?:(?:which|that)\s+(?:it|they|the\s+[A-Z][\w\s-]{2,40}?)\s+(?:had\s+|has\s+)?"
    r"|qu['’]\s?(?:elle|il|elles|ils)\s+(?:a|ont|avait|avaient)\s+|que\s+)?"
    rf"(?P<verb>{_by_initial((v[0], v[1:]) for v in ADOPT_VERBS)})"
    r"(?:\s+(?:by|par|por)\s+(?P<by>[^,;\d]{3,90}?))?\s*,?\s+(?:on|le|el|en)?\s*)$",
    re.IGNORECASE,
)

# =================================================================================================
# Symbols and years
# =================================================================================================

#: GA special sessions: year of each (S-1 1947 ... S-32 2021).
GA_SPECIAL_SESSION_YEARS: dict[int, int] = {
    1: 1947, 2: 1948, 3: 1961, 4: 1963, 5: 1967, 6: 1974, 7: 1975, 8: 1978, 9: 1978, 10: 1978,
    11: 1980, 12: 1982, 13: 1986, 14: 1986, 15: 1988, 16: 1989, 17: 1990, 18: 1990, 19: 1997,
    20: 1998, 21: 1999, 22: 1999, 23: 2000, 24: 2000, 25: 2001, 26: 2001, 27: 2002, 28: 2005,
    29: 2014, 30: 2016, 31: 2020, 32: 2021,
}  # fmt: skip
#: HRC special sessions: year of each (S-1 2006 ... S-37 2025).
HRC_SPECIAL_SESSION_YEARS: dict[int, int] = {
    1: 2006, 2: 2006, 3: 2006, 4: 2006, 5: 2007, 6: 2008, 7: 2008, 8: 2008, 9: 2009, 10: 2009,
    11: 2009, 12: 2009, 13: 2010, 14: 2010, 15: 2011, 16: 2011, 17: 2011, 18: 2011, 19: 2012,
    20: 2014, 21: 2014, 22: 2014, 23: 2015, 24: 2015, 25: 2016, 26: 2016, 27: 2017, 28: 2018,
    29: 2021, 30: 2021, 31: 2021, 32: 2021, 33: 2021, 34: 2022, 35: 2022, 36: 2023, 37: 2025,
}  # fmt: skip
#: GA emergency special sessions: opening year of ES-1 ... ES-11.
GA_EMERGENCY_SESSION_YEARS: dict[int, int] = {
    1: 1956, 2: 1956, 3: 1958, 4: 1960, 5: 1967, 6: 1980, 7: 1980, 8: 1981, 9: 1982, 10: 1997,
    11: 2022,
}  # fmt: skip
#: The long-running emergency special sessions number their resolutions over many years:
#: first resolution number of each year (ES-10/15 of 20 July 2004, ES-10/17 of 15 December
#: 2006, ES-10/18 of 16 January 2009, ES-10/23 of 10 May 2024, ES-11/6 of 23 February 2023...).
EMERGENCY_RESOLUTION_YEARS: dict[int, tuple[tuple[int, int], ...]] = {
    10: ((1, 1997), (5, 1998), (6, 1999), (7, 2000), (8, 2001), (10, 2002), (12, 2003),
         (15, 2004), (16, 2006), (18, 2009), (19, 2017), (20, 2018), (21, 2023), (23, 2024),
         (27, 2025)),
    11: ((1, 2022), (6, 2023), (7, 2025)),
}  # fmt: skip


@lru_cache(maxsize=8192)
def symbol_year(body: str, kind: str, number: str) -> int | None:
    """Return the year a resolution or decision number implies, or ``None``.

    The rules (the number as printed, e.g. ``70/1``, ``S-26/2``, ``1145 (XII)``):

    * Security Council ``660 (1990)``: the year in parentheses.
    * Year/number (ECOSOC, Commission on Human Rights, Sub-Commission: ``2011/37``): the year.
    * General Assembly regular session N (``70/1``, ``1145 (XII)``): session N opened in
      September of 1945 + N (session 1 in January 1946), so ``1945 + N`` is the year of the
      earliest resolutions of the session; resolutions adopted after the New Year (``70/300``)
      are a year later. The year is thus "at the earliest".
    * General Assembly special sessions (``S-26/2``, ``(S-IV)``): the session's year
      (`GA_SPECIAL_SESSION_YEARS`); emergency special sessions (``ES-10/24``): the year of that
      resolution number (`EMERGENCY_RESOLUTION_YEARS`) or the session's opening year.
    * Human Rights Council session N (``47/9``): three regular sessions a year since 2006,
      so ``2006 + (N - 1) // 3`` (1-3: 2006, 4-6: 2007, 46-48: 2021); special sessions from
      `HRC_SPECIAL_SESSION_YEARS`.

    Args:
        body: a `Citation.body` value.
        kind: ``"resolution"`` or ``"decision"``.
        number: the number as printed.

    Returns:
        The year, or ``None`` when the number does not imply one.
    """
    del kind
    n = re.sub(r"\s+", " ", number.strip())
    m = re.match(r"^\d{1,4}\s?\((\d{4})\)$", n)
    if m:
        return int(m.group(1))
    m = re.match(r"^\d{1,4}(?:\s?[A-Z]{1,2})?\s?\(((?:E?S-)?)([IVXL]+)\)$", n)
    if m:
        sess = roman_value(m.group(2))
        if sess is None:
            return None
        if m.group(1) == "S-":
            return GA_SPECIAL_SESSION_YEARS.get(sess)
        if m.group(1) == "ES-":
            return GA_EMERGENCY_SESSION_YEARS.get(sess)
        if body == "ECOSOC":
            # two sessions a year, one year later from the fortieth (1966) on: 728 F (XXVIII)
            # of 1959, 1235 (XLII) of 1967, 1296 (XLIV) of 1968, 1503 (XLVIII) of 1970
            return 1946 + (sess - 1) // 2 + (sess >= 40) if sess <= 62 else None
        # the Assembly's sessions; another body's Roman session (a regional commission's
        # "574 (XXVII)" of 1998) has its own calendar, which the number does not tell
        return 1945 + sess if body == "General Assembly" else None
    m = re.match(r"^(E?S-)?(\d{1,4})/(\d{1,4})", n)
    if not m:
        return None
    a, b = int(m.group(2)), int(m.group(3))
    if 1946 <= a <= 2099 and not m.group(1):
        return a
    if m.group(1) == "S-":
        table = HRC_SPECIAL_SESSION_YEARS if body == "Human Rights Council" else None
        table = table or GA_SPECIAL_SESSION_YEARS
        return table.get(a)
    if m.group(1) == "ES-":
        steps = EMERGENCY_RESOLUTION_YEARS.get(a)
        if steps:
            year = steps[0][1]
            for first, y in steps:
                if b >= first:
                    year = y
            return year
        return GA_EMERGENCY_SESSION_YEARS.get(a)
    if body == "Human Rights Council":
        return 2006 + (a - 1) // 3 if a >= 1 else None
    if body == "General Assembly":
        return 1945 + a if a >= 1 else None
    return None


@lru_cache(maxsize=8192)
def _document_year(symbol: str) -> int | None:
    """The year a document symbol implies: a year component, or a GA/HRC session number."""
    parts = symbol.split("/")
    for p in parts[1:]:
        m = re.fullmatch(r"((?:19|20)\d\d)", p)
        if m and 1946 <= int(p) <= 2099:
            return int(p)
    m = re.match(r"^A/(?:C\.\d/|INF/)?(\d{1,2})/", symbol)
    if m:
        return 1945 + int(m.group(1))
    m = re.match(r"^A/HRC/(\d{1,2})/", symbol)
    if m:
        return 2006 + (int(m.group(1)) - 1) // 3
    return None


@lru_cache(maxsize=8192)
def normalize_symbol(symbol: str) -> str:
    """Return a UN document symbol in canonical form: upper case, single spaces, plain hyphens.

    A parenthesised qualifier is spaced as the UN prints it: ``A/CONF.157/24(PartI)`` →
    ``A/CONF.157/24 (PART I)``; ``S/RES/660(1990)`` → ``S/RES/660 (1990)``; ``GC(69)/RES/7``
    keeps its glued session.

    Args:
        symbol: a symbol as printed or as found in a hyperlink.

    Returns:
        The canonical symbol.
    """
    s = symbol.replace("\u00a0", " ").replace("\u2011", "-").replace("\u2010", "-")
    s = s.replace("–", "-").strip().upper()
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"\s*/\s*", "/", s)

    def qual(m: re.Match[str]) -> str:
        inner = m.group(2).strip()
        q = re.match(
            r"^(PARTS?|VOL\.?|SECT\.?|SUPP\.?|PARTIE|PARTE|SECC\.?)(.*)$", inner.replace(" ", "")
        )
        if q:
            rest = re.sub(r"(AND|ET|Y|TO)", r" \1 ", q.group(2)).strip()
            inner = f"{q.group(1)} {rest}".strip()
        return f"{m.group(1)} ({inner})"

    # a qualifier/year/roman session after a number or a letter part gets one space before it
    s = re.sub(r"(\d|\b[A-H])\s?\(([^()]{1,30})\)", qual, s)
    s = re.sub(r"\s+", " ", s)
    return s


# =================================================================================================
# find_citations
# =================================================================================================


@dataclass
class _Token:
    """A resolution or decision number found in the text."""

    start: int
    end: int
    number: str  # normalised number without parts, e.g. "68/247", "217 (III)"
    parts: tuple[str, ...]
    shape: str  # sc | roman | special | emergency | year | session | dotted
    raw: str
    body: Body | None = None
    body_rank: int = 99
    date: DateMatch | None = None
    ext_end: int = 0  # end of the number with its own attachments (body, date)
    keyword: re.Match[str] | None = None


def _latin_session(session: str) -> str:
    """A session as Latin symbols write it: Arabic "د-10" is "X", "دإ-4" "S-IV", "دإط-10"
    "ES-X"; a Latin one is returned as it is."""
    if session[:1] != "د":
        return session
    head, _, n = _HYPHENS.sub("-", session).partition("-")
    value, roman = int(n), ""
    for digit, v in (("L", 50), ("XL", 40), ("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1)):
        while value >= v:
            roman, value = roman + digit, value - v
    return {"د": "", "دإ": "S-", "دإط": "ES-"}.get(head, "") + roman


def _shape(m: re.Match[str]) -> str:
    if m.group("sc"):
        return "sc"
    if m.group("old"):
        sess = _latin_session(m.group("old_session"))
        return "special" if sess[:1] == "S" else "emergency" if sess[:1] == "E" else "roman"
    if m.group("special"):
        head = _latin_session(m.group("special") + "1")  # (Arabic "دإط-": "ES-")
        return "special" if head[:1] == "S" else "emergency"
    a = int(m.group("a"))
    return "year" if 1946 <= a <= 2099 and len(m.group("a")) == 4 else "session"


@lru_cache(maxsize=8192)
def _split_parts(parts: str | None) -> tuple[str, ...]:
    if not parts:
        return ()
    for name, letter in _AR_PARTS.items():
        parts = parts.replace(name, letter)
    letters = re.findall(r"[A-Z]{1,2}", parts)
    ranged = re.search(r"[-–]|\bto\b|\bà\b|\ba\b|\bal\b", parts)
    if ranged and len(letters) == 2 and all(len(x) == 1 for x in letters):
        lo, hi = letters
        return tuple(chr(c) for c in range(ord(lo), ord(hi) + 1))
    return tuple(letters)


def _fits(body: Body | None, shape: str, number: str) -> bool:
    """Whether ``body`` numbers its resolutions like ``number``."""
    if body is None:
        return False
    need = {
        "sc": "sc",
        "roman": "roman",
        "special": "special",
        "emergency": "emergency",
        "year": "year",
        "session": "session",
        "dotted": "dotted",
    }[shape]
    if need not in body.numbering:
        return False
    if shape == "session":
        a, b = (int(x) for x in number.split("/")[:2])
        # the Council numbers some 60 resolutions a session (decisions from 101 on)
        if body.key == "human_rights_council" and (a > 70 or 80 < b < 101 or b > 140):
            return False
        if body.key == "general_assembly" and a > 99:
            return False
    if shape == "emergency" and body.key != "general_assembly":
        return False
    return not (shape == "special" and body.key not in ("general_assembly", "human_rights_council"))


def _default_body(idx: _BodyIndex, shape: str) -> Body:
    key = {"sc": "security_council", "year": "ecosoc"}.get(shape, "general_assembly")
    return idx.by_key[key]


@lru_cache(maxsize=64)
def _organ_for(organ: str | None) -> Body | None:
    """The body of a citing organ as the header names it (cached: one per document)."""
    return _organ_body(_index(), organ)


def _organ_body(idx: _BodyIndex, organ: str | None) -> Body | None:
    if not organ:
        return None
    b = idx.lookup(organ)
    if b is not None:
        return b
    for cand in idx.bodies:
        if cand.body.lower() == organ.strip().lower():
            return cand
    return None


def _canonical_number(shape: str, m: re.Match[str]) -> tuple[str, tuple[str, ...]]:
    if shape == "sc":
        return f"{m.group('sc')} ({m.group('sc_year')})", ()
    if m.group("old"):
        sess = _HYPHENS.sub("-", _latin_session(m.group("old_session")))
        return f"{m.group('old')} ({sess})", _split_parts(m.group("old_parts"))
    slash = _HYPHENS.sub("-", m.group("slash"))
    if slash[:1] == "د":  # Arabic "دإط-10/15": ES-10/15
        slash = slash.replace("دإط-", "ES-").replace("دإ-", "S-")
    return slash, _split_parts(m.group("parts"))


def _with_part(number: str, part: str | None) -> str:
    if not part:
        return number
    m = re.match(r"^(\d+) (\(.*\))$", number)
    if m:
        return f"{m.group(1)} {part} {m.group(2)}"
    return f"{number} {part}"


def _symbol_for(body: Body, kind: str, number: str) -> str:
    template = body.res_symbol if kind == "resolution" else body.dec_symbol
    if template:
        a, _, b = number.partition("/") if "/" in number else number.partition(".")
        return normalize_symbol(template.format(n=number, a=a, b=b))
    word = "res." if kind == "resolution" else "dec."
    return f"{body.english} {word} {number}"


def resolution_symbol(number: str, body: str | None, kind: str = "resolution") -> str | None:
    """The symbol of a resolution (or decision) from its number and the body that adopted it.

    A resolution printed without its masthead (the yearly volumes of resolutions) still opens
    its title with its number, and the organ line names the body: the symbol is the body's own
    pattern (``bodies.csv``) filled with the number, as a citation of it would be.

    Examples:
        >>> resolution_symbol("78/183 A", "General Assembly")
        'A/RES/78/183 A'
        >>> resolution_symbol("1514 (XV)", "General Assembly")
        'A/RES/1514 (XV)'
        >>> resolution_symbol("2023/12", "Economic and Social Council")
        'E/RES/2023/12'
        >>> resolution_symbol("78/501", "General Assembly", kind="decision")
        'A/DEC/78/501'

    Args:
        number: the number as printed, without its full stop.
        body: the body's name (``General Assembly``, ``Human Rights Council``, …).
        kind: ``resolution`` or ``decision``.

    Returns:
        The symbol, or ``None`` when the body is unknown or does not number its resolutions
        that way.
    """
    m = NUMBER.fullmatch(number.strip())
    found = _organ_for(body)
    if m is None or found is None:
        return None
    shape = _shape(m)
    num, parts = _canonical_number(shape, m)
    if not _fits(found, shape, num) or len(parts) > 1:
        return None
    return _symbol_for(found, kind, _with_part(num, parts[0] if parts else None))


_T = TypeVar("_T")


class _lazy(Generic[_T]):
    """A view computed on first read and stored on the instance: `functools.cached_property`
    without the lock Python 3.11 takes on every first read (a `_Scanner` serves one thread)."""

    def __init__(self, compute: Callable[[Any], _T]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __get__(self, obj: Any, owner: type | None = None) -> _T:
        value = obj.__dict__[self.name] = self.compute(obj)
        return value


class _Scanner:
    """One pass over one text: masks, mentions, dates, tokens.

    Dates, runs of digits, body mentions and sentence breaks are computed on first use: most
    texts cite nothing and never need them.
    """

    def __init__(
        self,
        text: str,
        organ: Body | None,
        clause: str | None,
        footnote: str | None,
    ) -> None:
        self.text = text
        self.idx = _index()
        self.organ = organ
        self.clause = clause
        self.footnote = footnote
        # disjoint claimed spans, sorted by start (each step only adds spans it checked)
        self.mask_starts: list[int] = []
        self.mask_ends: list[int] = []
        self.out: list[Citation] = []
        self.reports: list[Citation] = []  # OR and documents that may contain resolutions
        #: The text folded for `str.find` (see `search_fold`); every step reads it.
        self.folded = search_fold(text)

    # --- lazily computed views of the text -------------------------------------------------------
    @_lazy
    def dates(self) -> list[DateMatch]:
        """The dates of the text, in all languages (texts quote dates in other languages)."""
        return find_dates_in(self.text, self.folded, self.digit_starts, None)

    @_lazy
    def date_starts(self) -> list[int]:
        return [d.start for d in self.dates]

    @_lazy
    def date_at(self) -> dict[int, DateMatch]:
        """Each date by its first digit and by its start."""
        out: dict[int, DateMatch] = {}
        for d in self.dates:
            first_digit = _DIGIT.search(d.text)
            out[d.start + (first_digit.start() if first_digit else 0)] = d
            out.setdefault(d.start, d)
        return out

    @_lazy
    def digit_starts(self) -> list[int]:
        """Where each run of digits starts."""
        return digit_starts(self.text)

    @_lazy
    def mentions(self) -> list[_Mention]:
        return self.idx.mentions(self.text, self.folded)

    @_lazy
    def mention_at(self) -> dict[int, _Mention]:
        return {m.start: m for m in self.mentions}

    @_lazy
    def mention_ends(self) -> list[int]:
        return [m.end for m in self.mentions]  # mentions do not overlap

    @_lazy
    def breaks(self) -> list[int]:
        return [m.start() for m in SENTENCE_END.finditer(self.text)]

    # --- helpers ---------------------------------------------------------------------------------
    def masked(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self.mask_starts, e) - 1
        return i >= 0 and self.mask_ends[i] > s

    def mask(self, s: int, e: int) -> None:
        i = bisect.bisect_left(self.mask_starts, s)
        if i == len(self.mask_starts):
            self.mask_starts.append(s)
            self.mask_ends.append(e)
        else:
            self.mask_starts.insert(i, s)
            self.mask_ends.insert(i, e)

    def in_date(self, pos: int) -> bool:
        """Whether ``pos`` falls inside a date (``2 August 1990``)."""
        i = bisect.bisect_right(self.date_starts, pos) - 1
        return i >= 0 and self.dates[i].end > pos

    def mentions_before(self, pos: int, floor: int) -> Iterator[_Mention]:
        """The mentions ending at or before ``pos`` and starting at or after ``floor``, nearest
        first."""
        i = bisect.bisect_right(self.mention_ends, pos)
        while i > 0:
            i -= 1
            m = self.mentions[i]
            if m.start < floor:
                return
            yield m

    def scope_start(self, pos: int) -> int:
        i = bisect.bisect_left(self.breaks, pos)
        return self.breaks[i - 1] + 1 if i else 0

    def list_scope_start(self, pos: int) -> int:
        """Like `scope_start`, but a list may go on after a semicolon (``52/214, sect. C;
        55/222, sect. III``): a scope that starts with the number itself extends backwards."""
        s0 = self.scope_start(pos)
        while s0 > 0:
            lead = len(self.text[s0:pos]) - len(self.text[s0:pos].lstrip())
            if not NUMBER.match(self.text, s0 + lead):
                break
            s0 = self.scope_start(s0 - 1)
        return s0

    def cite(
        self,
        *,
        kind: str,
        body: str,
        number: str,
        symbol: str,
        date: DateMatch | None,
        year: int | None,
        start: int,
        end: int,
    ) -> None:
        if date is not None:
            iso, yr, src = date.first.isoformat(), date.first.year, "text"
        elif year is not None:
            iso, yr, src = None, year, "symbol"
        else:
            iso, yr, src = None, None, None
        self.out.append(
            Citation(
                kind=kind,
                body=body,
                number=number,
                symbol=symbol,
                date=iso,
                year=yr,
                date_source=src,
                clause=self.clause,
                footnote=self.footnote,
                text=self.text[start:end],
                item=symbol,
                span=Span(start, end),
            )
        )
        if kind in ("official_records", "document") and any(p.match(symbol) for p, _ in REPORTS):
            self.reports.append(self.out[-1])

    def date_after(self, pos: int) -> DateMatch | None:
        m = DATE_LEAD.match(self.text, pos)
        if m is None:
            return None
        k = m.end()
        # only read the dates of the text if one may start here (a digit, "du", a month...)
        if k < len(self.text) and (self.text[k].isdecimal() or self.folded[k] in DATE_INITIALS):
            return self.date_at.get(k)
        return None

    def body_after(self, pos: int) -> tuple[_Mention, int] | None:
        m = BODY_PREP.match(self.text, pos)
        if m:
            mention = self.mention_at.get(m.end())
            if mention is not None:
                return mention, mention.end
        return None

    # --- 1. Official Records -------------------------------------------------------------------
    def official_records(self) -> None:
        if "/" not in self.text:  # the symbol in parentheses has one
            return
        starts = _word_starts(self.folded, OFFICIAL_RECORDS_WORDS)
        for m in matches_at(OFFICIAL_RECORDS, self.text, starts):
            sym = normalize_symbol(m.group("or_sym"))
            body_text = m.group("or_body_en") or m.group("or_body_fr") or m.group("or_body_es")
            b = self.idx.lookup(body_text) if body_text else None
            if b is None:
                b = self._series_body(sym)
            body = b.body if b is not None else "other"
            year = None
            if m.group("or_year"):
                year = int(m.group("or_year"))
            elif m.group("or_ord"):
                # GA "Seventy-sixth Session" opened in 2021; SC "Fifty-third Year" is 1998
                n = ordinal_value(m.group("or_ord"))
                year = 1945 + n if n is not None else None
            if year is None:
                year = _document_year(sym)
            self.mask(m.start(), m.end())
            self.cite(
                kind="official_records",
                body=body,
                number=m.group("or_sym"),
                symbol=sym,
                date=None,
                year=year,
                start=m.start(),
                end=m.end(),
            )

    def _series_body(self, sym: str) -> Body | None:
        by = self.idx.by_key
        if sym.startswith("A/HRC/"):
            return by["human_rights_council"]
        if sym.startswith("E/CN.4/SUB.2/"):
            return by["sub_commission"]
        if sym.startswith("E/CN.4/"):
            return by["commission_on_human_rights"]
        if sym.startswith("A/"):
            return by["general_assembly"]
        if sym.startswith("S/"):
            return by["security_council"]
        if sym.startswith("E/"):
            return by["ecosoc"]
        return None

    # --- 2. document symbols -------------------------------------------------------------------
    def documents(self) -> None:
        for m in matches_at(SYMBOL, self.text, self._symbol_starts()):
            raw = m.group("sym")
            if not _DIGIT.search(raw) or self.masked(m.start(), m.end()):
                continue
            sym = normalize_symbol(raw)
            self.mask(m.start(), m.end())
            kind, body = "document", self._series_body(sym)
            number = raw
            sm = SERIES_SYMBOL.match(sym)
            if sm:
                kind, key = _SERIES[sm.group("series")]
                body = self.idx.by_key[key]
                number = sm.group("number")
                year = symbol_year(body.body, kind, number)
            else:
                year = _document_year(sym.split("-")[0] if "-" in sym else sym)
            date = self.date_after(m.end())
            end = date.end if date else m.end()
            self.cite(
                kind=kind,
                body=body.body if body else "other",
                number=number if kind != "document" else raw,
                symbol=sym,
                date=date,
                year=year,
                start=m.start(),
                end=end,
            )

    def treaty_decisions(self) -> None:
        for m in TREATY_DECISION.finditer(self.text):
            if self.masked(m.start(), m.end()):
                continue
            self.mask(m.start(), m.end())
            number = m.group()
            self.cite(
                kind="decision",
                body="other",
                number=number,
                symbol=number,
                date=self.date_after(m.end()),
                year=treaty_session_year(m.group("conference"), int(m.group("session"))),
                start=m.start(),
                end=m.end(),
            )

    def _symbol_starts(self) -> list[int]:
        """Where a `SYMBOL` may start: a capital letter at most `SYMBOL_HEAD_REACH` characters
        before a slash, or the first letter of a sales number."""
        text = self.text
        starts = {m.start() for m in SALES_START.finditer(text)} if "." in text else set()
        if "/" in text:
            starts.update(m.start() for m in SYMBOL_HEAD_START.finditer(text))
        return sorted(starts)

    def _number_starts(self) -> list[int]:
        """Where a `NUMBER` may start: a run of digits, or the ``S-`` / ``ES-`` before it."""
        text = self.text
        if not any(head in text for head in _SPECIAL_HEADS):
            return self.digit_starts  # no special session: the digit runs alone
        starts: list[int] = []
        for d in self.digit_starts:
            if d >= 2 and text[d - 1] in _HYPHEN_CHARS and text[d - 2] == "S":
                starts += [d - 3, d - 2] if d >= 3 else [d - 2]
            elif d >= 3 and text[d - 1] in _HYPHEN_CHARS and text[d - 2] in "إط":
                starts += [d - 4, d - 3]  # Arabic "دإط-10/15", "دإ-26/2"
            starts.append(d)
        return sorted(set(starts))

    # --- 3. numbers ----------------------------------------------------------------------------
    def numbers(self) -> None:
        text = self.text
        keywords = [
            k
            for k in matches_at(KEYWORD, text, _word_starts(self.folded, KEYWORD_WORDS))
            if not self.masked(k.start(), k.end())
        ]
        kw_starts = [k.start() for k in keywords]
        tokens: list[_Token] = []

        def keyword_for(pos: int) -> re.Match[str] | None:
            i = bisect.bisect_right(kw_starts, pos) - 1
            kw = keywords[i] if i >= 0 and keywords[i].end() <= pos else None
            if kw is not None and kw.start() < self.list_scope_start(pos):
                kw = None
            return kw

        # A number holds "(" (``660 (1990)``, ``1514 (XV)``) or "/" (``70/1``), and one with a
        # slash is only read after a keyword: most texts need no search.
        number_starts = self._number_starts() if "(" in text or (keywords and "/" in text) else []
        for m in matches_at(NUMBER, text, number_starts):
            if self.masked(m.start(), m.end()):
                continue
            shape = _shape(m)
            number, parts = _canonical_number(shape, m)
            kw = keyword_for(m.start())
            if kw is None and shape in ("session", "year", "special", "emergency"):
                continue  # a bare n/n with no keyword in its sentence is not read as a citation
            tokens.append(_Token(m.start(), m.end(), number, parts, shape, m.group(), keyword=kw))
        taken = [(t.start, t.end) for t in tokens]
        # a shared year is only read after a keyword
        shared = matches_at(SC_SHARED, text, self.digit_starts) if keywords and "(" in text else ()
        for m in shared:
            s, e = m.start("n"), m.end("n")
            if self.masked(s, e) or any(a < e and s < b for a, b in taken) or self.in_date(s):
                continue
            kw = keyword_for(s)
            if kw is None:
                continue
            number = f"{m.group('n')} ({m.group('y')})"
            tokens.append(_Token(s, e, number, (), "sc", m.group("n"), keyword=kw))
        # dotted numbers (World Health Assembly) only right after a keyword, or after the name
        # of a body that numbers so, which Arabic puts between them ("قرار جمعية الصحة العالمية
        # 75-12"); Arabic prints the dot as a hyphen
        for k in keywords:
            pos = k.end()
            arabic = ARABIC_CHAR.match(k.group()) is not None
            named = self.body_after(pos) if arabic else None
            if named is not None and named[0].body and "dotted" in named[0].body.numbering:
                pos = named[1]
            dotted = DOTTED_AR if arabic else DOTTED
            dm = dotted.match(text, pos + 1) if pos < len(text) else None
            if dm and text[pos : dm.start()].strip() == "" and not self.masked(*dm.span()):
                number = dm.group("dotted").replace("-", ".")
                tokens.append(
                    _Token(dm.start(), dm.end(), number, (), "dotted", dm.group(), keyword=k)
                )
        tokens.sort(key=lambda t: t.start)
        if not tokens:
            return
        for t in tokens:
            self._attachments(t)
        self._shared_dates(tokens)
        self._propagate_list_bodies(tokens)
        for t in tokens:
            self._emit(t)

    def _attachments(self, t: _Token) -> None:
        """Read a body and a date stated right after the number (either order)."""
        pos = t.end
        for _ in range(2):
            if t.date is None:
                d = self.date_after(pos)
                if d is not None:
                    t.date = d
                    pos = d.end
                    continue
            if t.body_rank > 0:
                ba = self.body_after(pos)
                if ba is not None:
                    mention, pos = ba
                    b = mention.body or self._resolve_short(mention, t)
                    if b is not None and _fits(b, t.shape, t.number):
                        t.body, t.body_rank = b, 0
                        continue
                    break
            break
        t.ext_end = pos

    def _shared_dates(self, tokens: list[_Token]) -> None:
        """``resolutions 74/1 and 74/2, both of 20 December 2019``: one date for the list."""
        for i, t in enumerate(tokens):
            m = SHARED_DATE_LEAD.match(self.text, t.ext_end)
            if not m:
                continue
            d = self.date_at.get(m.end())
            if d is None:
                continue
            run = self._run_back(tokens, i, stop="date")
            q = _fold(m.group("q"))
            if q in ("both", "ambas", "ambos") or re.search(r"deux", m.group()):
                run = run[-2:]
            for r in run:
                if r.date is None:
                    r.date = d
            t.ext_end = d.end

    def _run_back(self, tokens: list[_Token], i: int, stop: str = "") -> list[_Token]:
        """The tokens of the tight list ending with ``tokens[i]`` (at most `MAX_LIST` of them),
        stopping before a token that has its own ``stop`` attribute (``"body"`` or ``"date"``)."""
        run = [tokens[i]]
        j = i
        while j > 0 and len(run) < MAX_LIST:
            if stop == "body" and tokens[j - 1].body_rank == 0:
                break
            if stop == "date" and tokens[j - 1].date is not None:
                break
            prev = tokens[j - 1]
            gap = self.text[prev.ext_end : tokens[j].start]
            if LIST_GAP.fullmatch(gap) is None:
                break
            run.insert(0, prev)
            j -= 1
        return run

    def _propagate_list_bodies(self, tokens: list[_Token]) -> None:
        """A body named after a list applies to the numbers of the list without one."""
        for i, t in enumerate(tokens):
            if t.body_rank != 0 or t.body is None:
                continue
            for r in self._run_back(tokens, i, stop="body")[:-1]:
                if r.body_rank > 0 and _fits(t.body, r.shape, r.number):
                    r.body, r.body_rank = t.body, 0

    def _resolve_short(self, mention: _Mention, t: _Token) -> Body | None:
        """An unresolved ``the Council`` / ``la Comisión``: the organ, else the number's form."""
        organ = self.organ
        if organ is not None and organ.head == mention.head and _fits(organ, t.shape, t.number):
            return organ
        by = self.idx.by_key
        if mention.head == "council":
            return {"year": by["ecosoc"], "sc": by["security_council"]}.get(
                t.shape, by["human_rights_council"]
            )
        if mention.head == "commission":
            return by["commission_on_human_rights"] if t.shape == "year" else None
        if mention.head == "subcommission":
            return by["sub_commission"]
        if mention.head == "assembly":
            return by["general_assembly"]
        return None

    def _mention_body(self, mention: _Mention, t: _Token) -> Body | None:
        return mention.body or self._resolve_short(mention, t)

    def _keyword_body(self, t: _Token) -> Body | None:
        """Rules b-d: a body between keyword and number, before the keyword, or a possessive."""
        kw = t.keyword
        if kw is None:
            return None
        text = self.text
        # b. "resolutions of the Commission 2000/62" / "résolutions du Conseil de sécurité 1325"
        ba = self.body_after(kw.end())
        if ba is not None and ba[1] <= t.start:
            b = self._mention_body(ba[0], t)
            if b is not None and _fits(b, t.shape, t.number):
                return b
        # c. "Human Rights Council resolutions", "General Assembly and Security Council resolutions"
        cands: list[Body] = []
        end = kw.start()
        for m in self.mentions_before(end, max(0, end - 400)):
            if m.end > end:
                continue
            gap = text[m.end : end]
            if not (GENITIVE_GAP.fullmatch(gap) or (cands and AND_GAP.fullmatch(gap))):
                break
            b = self._mention_body(m, t)
            if b is not None:
                cands.append(b)
            end = m.start
        for b in cands:
            if _fits(b, t.shape, t.number):
                return b
        # d. possessive: "the Council, in its resolution" / "le Conseil ... a souscrit dans sa
        #    résolution" names the body whose resolution it is; else the organ
        offset = max(0, kw.start() - 200)
        pm = _possessive(text, self.folded, offset, kw.start())
        if pm:
            at = offset + pm.start()
            s0 = self.scope_start(at)
            named = next(self.mentions_before(at, s0), None)
            if named is not None and named.start >= s0:
                gap = text[named.end : at]
                if SUBJECT_GAP.fullmatch(gap) and not NOT_SUBJECT.search(gap):
                    b = self._mention_body(named, t)
                    if b is not None and _fits(b, t.shape, t.number):
                        return b
            if self.organ is not None and _fits(self.organ, t.shape, t.number):
                return self.organ
        return None

    def _report_body(self, t: _Token) -> Body | None:
        """A number after the report that contains it: ``Supplement No. 53 (A/73/53), chap. IV,
        resolution 37/17`` is a Human Rights Council resolution (the Council's annual report is
        Supplement No. 53 of the General Assembly's Official Records)."""
        s0 = self.scope_start(t.start)
        for c in reversed(self.reports):
            if c.span is None or c.span.end > t.start or c.span.start < s0:
                continue
            for pat, key in REPORTS:
                if pat.match(c.symbol):
                    b = self.idx.by_key[key]
                    if _fits(b, t.shape, t.number):
                        return b
        return None

    def _sentence_body(self, t: _Token) -> Body | None:
        """Rule e: the nearest body named earlier in the sentence whose numbering fits.

        ``les résolutions pertinentes du Conseil des droits de l’homme, en particulier les
        résolutions 7/34 ...`` are the Council's. A body outside the table's main organs (the
        Commission on Narcotic Drugs...) numbers like the General Assembly, so it only claims a
        number when an adoption verb links it to the keyword (``the Commission ... adopted
        resolution 61/2``), not when it is named in passing.
        """
        s0 = self.scope_start(t.start)
        anchor = t.keyword.start() if t.keyword is not None else t.start
        for m in self.mentions_before(anchor, s0):
            b = self._mention_body(m, t)
            if b is None or not _fits(b, t.shape, t.number):
                continue
            if b.body == "other" and t.shape == "session":
                gap = self.text[m.end : anchor]
                return b if len(gap) <= 120 and ADOPT_VERB.search(gap) else None
            return b
        return None

    def _emit(self, t: _Token) -> None:
        body = t.body if t.body_rank == 0 else None
        if body is None:
            body = self._keyword_body(t)
        if body is None:
            body = self._report_body(t)
        if body is None:
            body = self._sentence_body(t)
        if body is None and self.organ is not None and _fits(self.organ, t.shape, t.number):
            body = self.organ
        if body is None:
            # f. the number's own form
            body = _default_body(self.idx, t.shape)
            if not _fits(body, t.shape, t.number):
                if t.shape == "dotted":
                    return
                body = self.idx.by_key["general_assembly"] if t.shape != "year" else body
        kind = "decision" if t.keyword is not None and t.keyword.group("dec") else "resolution"
        for part in t.parts or (None,):
            number = _with_part(t.number, part)
            self.cite(
                kind=kind,
                body=body.body,
                number=number,
                symbol=_symbol_for(body, kind, number),
                date=t.date,
                year=symbol_year(body.body, kind, number),
                start=t.start,
                end=max(t.ext_end, t.end),
            )

    # --- 3b. Chinese numbers --------------------------------------------------------------------
    def chinese_numbers(self) -> None:
        """Read the numbers of Chinese citations: the body, its date and "第" before each number,
        "号" and the keyword after the last one of a list ("大会2012年11月29日第67/19号决议",
        "安全理事会第1267(1999)、1989(2011)和2253(2015)号决议")."""
        text = self.text
        found = [m for m in ZH_NUMBER.finditer(text) if not self.masked(m.start(), m.end())]
        group: list[re.Match[str]] = []
        for k, m in enumerate(found):
            group.append(m)
            nxt = found[k + 1] if k + 1 < len(found) else None
            kw = ZH_KEYWORD.match(text, m.end())
            if kw is None:
                if nxt is not None and self._zh_list_goes_on(m.end(), nxt.start()):
                    continue  # the list goes on to its keyword
                group = []
                continue
            self._zh_group(group, kw)
            group = []

    def _zh_list_goes_on(self, end: int, nxt: int) -> bool:
        """Whether the text between two numbers joins them in one list (`ZH_LIST_GAP`)."""
        return ZH_LIST_GAP.match(self.text, end, nxt) is not None

    def _zh_date_before(self, start: int) -> DateMatch | None:
        """The Chinese date that ends right before a number (and its "第")."""
        head = self.text[:start].rstrip()
        head = head[:-1].rstrip() if head.endswith("第") else head
        for d in reversed(self.dates):
            if d.end <= len(head):
                return d if d.end == len(head) or not head[d.end :].strip() else None
        return None

    def _zh_date_in(self, lo: int, hi: int) -> DateMatch | None:
        """The last date that lies between two offsets."""
        inside = [d for d in self.dates if lo <= d.start and d.end <= hi]
        return inside[-1] if inside else None

    def _zh_group(self, group: list[re.Match[str]], kw: re.Match[str]) -> None:
        """Cite each number of one Chinese list, with its own date and the body named before
        the first."""
        first_date = self._zh_date_before(group[0].start())
        body, name_start, name_end = self._zh_body(
            first_date.start if first_date else group[0].start()
        )
        if first_date is None and name_start is not None and name_end is not None:
            # the date between the body and the number ("人权理事会2011年6月16日关于…的第17/4号"),
            # or before the body ("2012年7月27日大会第66/288号")
            first_date = self._zh_date_in(name_end, group[0].start()) or self._zh_date_before(
                name_start
            )
        date = first_date
        for k, m in enumerate(group):
            if m.group("dotted"):
                shape, number, parts = "dotted", m.group("dotted"), ()
            else:
                shape = _shape(m)
                number, parts = _canonical_number(shape, m)
            t = _Token(m.start(), m.end(), number, parts, shape, m.group(), keyword=kw)
            if k:
                # A later number's date is in the gap after the one before ("、2016年6月17日关于
                # …的第"); numbers under one "第…号" share one ("2006年12月14日第61/110和61/111号").
                gap = self.text[group[k - 1].end() : m.start()]
                date = self._zh_date_in(group[k - 1].end(), m.start()) or (
                    None if "号" in gap or "第" in gap else date
                )
            t.date = date
            if body is not None and _fits(body, shape, number):
                t.body, t.body_rank = body, 0
            t.ext_end = m.end()
            self.mask(m.start(), m.end())
            self._emit(t)

    def _zh_body(self, start: int) -> tuple[Body | None, int | None, int | None]:
        """The body named before a Chinese citation ("安全理事会", "人权理事会…关于…的") and
        where its name starts and ends, or the citing organ after "其" (its). Of two names
        that end at one place, the longer wins ("缔约方大会", not "大会")."""
        floor = max(0, start - 80)
        head = self.text[floor:start]
        best: tuple[int, int, Body] | None = None
        for name, b in _zh_body_names():  # (longest first)
            at = head.rfind(name)
            end = at + len(name)
            if at >= 0 and ZH_BODY_GAP.match(head, end) and (best is None or end > best[1]):
                best = (at, end, b)
        if best is not None:
            return best[2], floor + best[0], floor + best[1]
        if head.rstrip().endswith(("其", "其第")) and self.organ is not None:
            return self.organ, None, None
        return None, None, None

    # --- 4. instruments ------------------------------------------------------------------------
    def instruments(self) -> None:
        text = self.text
        if not any(w in self.folded for w in ADOPT_HINT_WORDS):
            return  # no adoption verb: no instrument (and no need for the dates)
        for d in self.dates:
            if self.masked(d.start, d.end):
                continue
            window_start = max(0, d.start - 140)
            window = text[window_start : d.start]
            folded_window = self.folded[window_start : d.start]
            if not any(w in folded_window for w in ADOPT_HINT_WORDS):
                continue
            am = ADOPTION.search(window)
            if am is None:
                continue
            phrase_start = window_start + am.start("adopt")
            # the name: from the first instrument head after the last clause break to the phrase
            floor = max(0, phrase_start - 200)
            seg_start = max(
                text.rfind(c, floor, phrase_start) for c in (",", ";", "(", "«", "“", "\n", ":")
            )
            seg_start = max(seg_start + 1, floor)
            seg = text[seg_start:phrase_start]
            hm = INSTRUMENT_HEAD.search(seg)
            if hm is None:
                continue
            name_start = seg_start + hm.start()
            # English: the capitalised words (and years) before the head belong to the name
            pre = text[seg_start:name_start]
            back = re.search(r"(?:(?:[A-Z][\w’'-]*|\d{4})\s+)+$", pre)
            if back:
                name_start = seg_start + back.start()
            name = re.sub(r"\s+", " ", text[name_start:phrase_start]).strip(" ,")
            if not name or self.masked(name_start, d.end):
                continue
            by = am.group("by")
            body = "other"
            if by:
                mention = self.idx.full.search(by)
                b = self.idx.lookup(mention.group()) if mention else None
                if b is not None:
                    body = b.body
            elif (
                re.search(r"\b(?:it|elle|qu['’]\s?elle)\b", am.group("adopt"), re.I) and self.organ
            ):
                body = self.organ.body
            self.mask(name_start, d.end)
            self.cite(
                kind="instrument",
                body=body,
                number=name,
                symbol=name,
                date=d,
                year=None,
                start=name_start,
                end=d.end,
            )


#: One item of a batch: the text, its clause id and its footnote mark.
CitationItem = tuple[str, str | None, str | None]


def find_citations(
    text: str,
    *,
    language: str | None,
    clause: str | None = None,
    footnote: str | None = None,
    organ: str | None = None,
) -> list[Citation]:
    """Find what a clause or footnote text cites.

    Args:
        text: the clean text of one clause or one footnote (footnote markers removed).
        language: ``"en"``, ``"fr"``, ``"es"`` or ``None`` (all three).
        clause: the id of the clause the text belongs to (``"PP3"``), copied to every row.
        footnote: the mark of the footnote the text is, copied to every row.
        organ: the citing document's acting body (``"General Assembly"``, ``"Assemblée
            générale"``, ``"Human Rights Council"``...): whose ``its resolution`` this is.

    Returns:
        The citations in text order; ``span`` is relative to ``text``. See the module docstring
        for the rules.
    """
    return find_citations_batch([(text, clause, footnote)], language=language, organ=organ)


def find_citations_batch(
    items: Sequence[CitationItem], *, language: str | None, organ: str | None = None
) -> list[Citation]:
    """Find what the clauses and footnotes of one document cite, in one call.

    The result is exactly the concatenation of `find_citations` on each item in turn; the work
    shared by the items (the citing organ, the compiled patterns) is done once, and a text read
    lately with the same organ is not read again (`_SCANNED`).

    Args:
        items: ``(text, clause, footnote)`` for each clause and footnote, in document order:
            the clean text, the clause id copied to every row, the footnote mark (or ``None``).
        language: ``"en"``, ``"fr"``, ``"es"`` or ``None`` (all three). The patterns read all
            three languages; the argument is kept for symmetry with the other stages.
        organ: the citing document's acting body (see `find_citations`).

    Returns:
        The citations of each item in text order, item after item; each ``span`` is relative
        to its own item's text.
    """
    del language
    out: list[Citation] = []
    for text, clause, footnote in items:
        if text and _may_cite(text):
            out += _scan_remembered(text, organ, clause, footnote)
    return out


#: The citations of the texts read lately, by citing organ (as `find_citations_batch` takes it)
#: and text. Clauses and footnotes recur from document to document (``Resolution 70/1.``, the
#: boilerplate of a yearly resolution) and `_scan` reads nothing else: the clause id and the
#: footnote mark are only copied into its rows. A text's rows are kept as one flat tuple of
#: plain values (`_pack`): one object per text, which the garbage collector stops tracking,
#: where `Citation` objects (or a key tuple per text) would make its collections more frequent
#: and slower.
_SCANNED: dict[str | None, dict[str, tuple[Any, ...]]] = {}
#: How many texts `_SCANNED` holds for one organ (some 10 MB), and for how many organs; when
#: it is full it starts afresh (a ``dict.clear`` is one step, safe between threads, where
#: dropping the oldest entry one by one is not).
SCAN_MEMORY = 8192
SCAN_ORGANS = 16
#: The fields of a `Citation` that `_pack` keeps as they are: all but the labels (``clause``,
#: ``footnote``) and ``span``.
_PACKED_FIELDS: tuple[str, ...] = tuple(
    f.name for f in fields(Citation) if f.name not in ("clause", "footnote", "span")
)
#: How many values `_pack` keeps of each row: `_PACKED_FIELDS`, then the span's start and end.
_PACKED_SIZE = len(_PACKED_FIELDS) + 2


def _pack(rows: Sequence[Citation]) -> tuple[Any, ...]:
    """Rows of `_scan` as one flat tuple of plain values, `_PACKED_SIZE` a row."""
    out: list[Any] = []
    for c in rows:
        span = c.span or Span(0, 0)  # `_Scanner.cite` always sets it
        out += [getattr(c, name) for name in _PACKED_FIELDS]
        out += [span.start, span.end]
    return tuple(out)


def _unpack(packed: tuple[Any, ...], clause: str | None, footnote: str | None) -> list[Citation]:
    """The rows that `_pack` made ``packed`` of, labelled with ``clause`` and ``footnote``."""
    rows: list[Citation] = []
    for at in range(0, len(packed), _PACKED_SIZE):
        *values, start, end = packed[at : at + _PACKED_SIZE]
        fields_ = dict(zip(_PACKED_FIELDS, values, strict=True))
        rows.append(Citation(**fields_, clause=clause, footnote=footnote, span=Span(start, end)))
    return rows


def _scan_remembered(
    text: str, organ: str | None, clause: str | None, footnote: str | None
) -> list[Citation]:
    """``_scan(text, _organ_for(organ), clause, footnote)``, remembered in `_SCANNED`."""
    memory = _SCANNED.get(organ)
    if memory is None:
        if len(_SCANNED) >= SCAN_ORGANS:
            _SCANNED.clear()
        memory = _SCANNED.setdefault(organ, {})
    packed = memory.get(text)
    if packed is not None:
        return _unpack(packed, clause, footnote) if packed else []
    found = _scan(text, _organ_for(organ), clause, footnote)
    if len(memory) >= SCAN_MEMORY:
        memory.clear()
    memory[text] = _pack(found)
    return found


def _may_cite(text: str) -> bool:
    """Whether ``text`` can hold a citation at all: every citation holds a digit (a number,
    a date) or a slash (a document symbol)."""
    if "/" in text or any(d in text for d in _ASCII_DIGIT_CHARS):
        return True
    # other decimal digits (``٣``) only in a text that is not ASCII
    return not text.isascii() and _DIGIT.search(text) is not None


def _scan(
    text: str, organ: Body | None, clause: str | None, footnote: str | None
) -> list[Citation]:
    """Run the four steps of the module docstring on one text."""
    sc = _Scanner(text, organ, clause, footnote)
    sc.official_records()
    sc.documents()
    if "/CP." in text or "/CM" in text:  # (a climate treaty's decision: "1/CP.21", "1/CMA.3")
        sc.treaty_decisions()
    if "号决" in text:  # (a Chinese citation ends so: "第67/19号决议")
        sc.chinese_numbers()
    sc.numbers()
    sc.instruments()
    return sorted(sc.out, key=lambda c: (c.span.start if c.span else 0, c.symbol))


# =================================================================================================
# link_citations
# =================================================================================================

#: How far (characters) a footnote marker may stand after the end of the instrument it documents.
LINK_DISTANCE = 160


def link_citations(
    citations: Sequence[Citation], footnote_anchors: Mapping[str, tuple[str, int]]
) -> list[Citation]:
    """Give a cited item named in the body and identified in its footnote one ``item``.

    ``la Déclaration du Millénaire qu’elle a adoptée le 8 septembre 2000²`` with footnote
    ``² Résolution 55/2.`` yields two rows: the instrument (from the clause) and the resolution
    (from the footnote). The rule:

    * A footnote row is linked to the instrument row of the anchor's clause that ends before
      the marker, closest to it and at most `LINK_DISTANCE` characters before it, with no other
      citation between them (``adoptés le 25 juin 1993 par la Conférence mondiale sur les droits
      de l’homme¹`` still links). Only the first citation of a footnote is linked.
    * Both rows keep their own text, span, clause and footnote, and take the footnote row's
      ``symbol`` as ``item``; the instrument row's ``symbol`` becomes that symbol too (its
      ``number`` keeps the name as printed).
    * The date stated in the body flows to the footnote row when the footnote row has no stated
      date of its own (none, or a year from the symbol) and does not contradict it (the stated
      year is not earlier than the symbol's year, nor more than one year later). The row then
      has ``date_source="text"``: the text did state that date for that same item. Otherwise
      the footnote row keeps its own date.

    Args:
        citations: the rows of one document, body rows (``clause`` set, ``footnote`` None) and
            footnote rows (``footnote`` set).
        footnote_anchors: footnote mark → (clause id, offset in the clean clause text where the
            marker stood).

    Returns:
        New rows, in the input order.
    """
    rows = list(citations)
    for mark, (clause_id, offset) in footnote_anchors.items():
        fn_rows = [i for i, c in enumerate(rows) if c.footnote == mark]
        if not fn_rows:
            continue
        target_i = fn_rows[0]
        body_rows = [
            i
            for i, c in enumerate(rows)
            if c.footnote is None and c.clause == clause_id and c.span is not None
        ]
        before = [i for i in body_rows if rows[i].span.end <= offset]  # type: ignore[union-attr]
        if not before:
            continue
        best = max(before, key=lambda i: rows[i].span.end)  # type: ignore[union-attr]
        body_row = rows[best]
        if body_row.kind != "instrument" or offset - body_row.span.end > LINK_DISTANCE:  # type: ignore[union-attr]
            continue
        fn_row = rows[target_i]
        item = fn_row.item
        new_fn = fn_row
        if body_row.date and fn_row.date_source != "text":
            stated = int(body_row.date[:4])
            sy = fn_row.year if fn_row.date_source == "symbol" else None
            if sy is None or sy <= stated <= sy + 1:
                new_fn = replace(fn_row, date=body_row.date, year=stated, date_source="text")
        rows[target_i] = replace(new_fn, item=item)
        rows[best] = replace(body_row, item=item, symbol=fn_row.symbol)
    return rows
