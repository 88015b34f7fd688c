"""Lead lexicons: data/reference (leads, adverbs, organs, vocab) → tables, and lead matching.

The reference tables are built from the AKN4UN corpus by ``scripts/build_lexicons.py``:

* ``leads.csv``: one row per lead *head* ("Recalling", "Calls upon", "Prenant note",
  "Profondément préoccupée", "будучи глубоко обеспокоена") with its lemma, an English ``gloss``
  that aligns the same concept across English, French, Spanish and Russian, a part of speech and
  a corpus count;
* ``lead_adverbs.csv``: the separable modifiers that UN drafting puts before ("Also",
  "Further", "Strongly"), after ("également", "with concern", "además") or inside a
  multi-word head ("Prenant *également* note", "Calls *once again* upon");
* ``organs.csv``: the acting organs of the enacting formula ("L’Assemblée générale");
* ``vocab/<language>.txt``: word forms seen at least three times in the corpus (none for
  Chinese, which has no space to tell a word, nor for Arabic, which the plain-text parser, the
  lists' reader, does not read).

A lead as printed is read as ``before-modifiers* head after-modifiers*`` (`match_lead`), case
ignored: Russian prints its leads in lower case ("вновь подтверждая", "просит также";
`LOWER_CASE_LEADS`), and its corpus is the Assembly's 77th session only. Chinese has no case
and prints no space between words: its leads are read character by character (`HAN_LEADS`:
"又回顾" is the modifier "又" and the head "回顾"), also from the Assembly's 77th session only,
where its markup prints them in bold. Arabic has no case either (`ARABIC_LEADS`, GA 77 only, leads
in bold italics): a preambular paragraph opens with "إذ" or "وإذ" (whereas, and whereas) before
the verb, which the tables hold as modifiers before the head ("وإذ تشير أيضا" is "وإذ" + the head
"تشير", recall, + "أيضا", also), and a word is compared without its tashkeel (`fold`: "تسلّم" is
"تسلم"). A preambular adjective
agrees with the organ: the other genders and numbers of the forms the corpus prints are added by
rule (`agreeing_forms`: "Convaincue" → "Convaincu"; "будучи обеспокоена" → "будучи обеспокоен").
Declarations speak in the first person plural ("We reaffirm", "Nous réaffirmons"): the
operative heads are conjugated to it by rule (`declared_forms`), keeping their lemma and gloss.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd
from lxml import etree

from helpers.paths import REFERENCE

#: Languages the lead tables cover.
LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "ru", "zh", "ar")
#: Languages that print their leads in lower case: the Russian paragraph goes on the sentence
#: the organ line opens ("Генеральная Ассамблея, ссылаясь на ...", "... постановляет ...").
LOWER_CASE_LEADS: frozenset[str] = frozenset({"ru"})
#: Chinese characters (CJK unified ideographs, extension A, compatibility ideographs), as the
#: body of a character class.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: A Han character.
HAN_CHAR = re.compile(f"[{HAN}]")
_HAN_RUN = re.compile(f"^[{HAN}]+")
#: Languages written without letter case, in Chinese characters: a lead opens with any of them
#: ("回顾", "又请"), and is read character by character, since Chinese prints no space between
#: words.
HAN_LEADS: frozenset[str] = frozenset({"zh"})
#: Arabic letters (hamza to yeh), as the body of a character class.
ARABIC = "\u0621-\u064a"
#: An Arabic letter.
ARABIC_CHAR = re.compile(f"[{ARABIC}]")
#: Arabic marks that a word may carry or not ("تسلّم" / "تسلم", "أيضاً" / "أيضا"): the short
#: vowels, tanween, shadda and sukun (tashkeel, U+064B-U+0652), and the tatweel (U+0640) that
#: stretches a word. Leads are compared without them (`fold`).
ARABIC_MARKS = "\u064b-\u0652\u0640"
_ARABIC_MARK = re.compile(f"[{ARABIC_MARKS}]")


def marked_letters(word: str, *, trailing: bool = True, marks: str = f"[{ARABIC_MARKS}]*") -> str:
    r"""The regex of a word printed with or without Arabic marks (`ARABIC_MARKS`) after its
    Arabic letters: "قرار" also matches "قرارَ" and "قـرار".

    Args:
        word: the word as a literal (other characters are escaped).
        trailing: whether marks may follow the last letter too (not where ``\b`` must follow
            the word: a mark is no word character).
        marks: the regex of the marks after a letter (in a text whose marks were folded to one
            character, that character alone).
    """
    out = [re.escape(c) + (marks if ARABIC_CHAR.match(c) else "") for c in word]
    if out and not trailing and ARABIC_CHAR.match(word[-1]):
        out[-1] = re.escape(word[-1])
    return "".join(out)


#: Languages written in Arabic letters, which have no case: a lead opens with any letter
#: ("تطلب", "وإذ تشير"), and is compared without its tashkeel (`fold`).
ARABIC_LEADS: frozenset[str] = frozenset({"ar"})
#: Columns of leads.csv, in order.
LEAD_COLUMNS: tuple[str, ...] = (
    "language",
    "section",
    "form",
    "lemma",
    "gloss",
    "pos",
    "count",
    "example",
)
#: Columns of lead_adverbs.csv, in order.
ADVERB_COLUMNS: tuple[str, ...] = ("language", "text", "position", "gloss", "count", "example")
#: Columns of organs.csv, in order.
ORGAN_COLUMNS: tuple[str, ...] = ("language", "text", "body", "gender", "example")
#: Columns of past_heads.csv: an operative head of leads.csv and its past, as a decision as
#: adopted prints it after its subject ("decided", "a pris note", "tomó nota", "постановила").
PAST_COLUMNS: tuple[str, ...] = ("language", "head", "past", "example")
#: Allowed values of leads.csv ``pos``.
POS_VALUES: frozenset[str] = frozenset({"participle", "adjective", "verb", "phrase"})
#: Allowed values of lead_adverbs.csv ``position``: ``inside`` means between two words of a
#: multi-word head ("Prenant également note", "Calls once again upon").
ADVERB_POSITIONS: frozenset[str] = frozenset({"before", "after", "inside"})

LEADS_CSV = "leads.csv"
ADVERBS_CSV = "lead_adverbs.csv"
ORGANS_CSV = "organs.csv"
PAST_CSV = "past_heads.csv"
VOCAB_DIR = "vocab"

# --- text normalization -------------------------------------------------------------------------
_APOSTROPHES = re.compile(
    r"['\u02bc]"  # ASCII apostrophe, modifier letter apostrophe → the corpus’s ’
)
_SPACES = re.compile(r"[\s\u00a0\u202f\u2007]+")  # any run of (non-breaking) spaces
_EDGE_PUNCT = (
    " \t,;:.-–—"  # stripped from both ends of a lead
    "，；：。、\u3000"  # Chinese full-width punctuation and space ("大会，", "回顾，")
    "\u060c\u061b"  # Arabic comma and semicolon ("إن الجمعية العامة،")
    "\u200b\u200e\u200f\ufeff"  # invisible marks ("大会，\u200e")
)
#: An opening bracket or quotation mark left at the end of a Chinese lead by the bold span
#: ("确认《" for "确认《公约》…"): it opens the words after the lead.
_HAN_OPENER = re.compile(f"(?<=[{HAN}])[《〈「『“‘（(]+$")
#: A Latin "c" typed for the Cyrillic preposition "с" before a Russian word ("c удовлетворением").
_LATIN_C = re.compile(r"(?<![^\W\d_])c(?= [а-яё])")


def normalize_lead(text: str) -> str:
    """Normalize a lead as printed: NFC, typographic apostrophe, single spaces, no edge punctuation.

    A Latin "c" that stands for the Russian preposition "с" (same glyph) is made Cyrillic.
    Chinese full-width punctuation is edge punctuation too ("大会，"), and so is an opening
    bracket that ends a Chinese lead ("确认《").

    Args:
        text: a lead phrase, e.g. ``"\\tRappelant  également, "``.

    Returns:
        The normalized phrase, e.g. ``"Rappelant également"``.
    """
    text = unicodedata.normalize("NFC", text)
    text = _APOSTROPHES.sub("’", text)
    text = _LATIN_C.sub("с", _SPACES.sub(" ", text))
    return _HAN_OPENER.sub("", text.strip(_EDGE_PUNCT)).strip(_EDGE_PUNCT)


def clean_text(text: str) -> str:
    """Normalize a paragraph like `normalize_lead`, but keep its punctuation."""
    text = unicodedata.normalize("NFC", text)
    return _SPACES.sub(" ", _APOSTROPHES.sub("’", text)).strip()


#: A Chinese character, or a run of other characters: how `_words` cuts a chunk of Chinese.
_HAN_SPLIT = re.compile(f"[{HAN}]|[^{HAN}]+")


def _words(text: str) -> list[str]:
    """The words of a phrase as printed; commas are dropped ("Condena, en los términos...").

    A Chinese character is a word of its own ("又回顾" → "又", "回", "顾"): Chinese prints no
    space between words, so a lead is matched character by character.
    """
    chunks = normalize_lead(text).replace(",", " ").replace("，", " ").split()
    if not any(HAN_CHAR.search(c) for c in chunks):
        return chunks
    return [w for c in chunks for w in _HAN_SPLIT.findall(c)]


def _join(words: list[str] | tuple[str, ...]) -> str:
    """Words of `_words` as printed: single spaces, none between two Chinese characters."""
    out = ""
    for w in words:
        if out and not (HAN_CHAR.match(out[-1]) and HAN_CHAR.match(w[0])):
            out += " "
        out += w
    return out


def fold(word: str) -> str:
    """A word as leads are compared: lower case, without Arabic tashkeel or tatweel
    ("تسلّم" → "تسلم", "أيضاً" → "أيضا"; a word of another script is only lower-cased)."""
    word = word.lower()
    return _ARABIC_MARK.sub("", word) if _ARABIC_MARK.search(word) else word


def _key(text: str) -> tuple[str, ...]:
    """Lower-case token tuple used to compare phrases (Arabic without its tashkeel, `fold`)."""
    return tuple(fold(w) for w in _words(text))


def _count(row: dict[str, str]) -> int:
    """A row's corpus count (0 when missing), to prefer the usual reading of a tie."""
    try:
        return int(row.get("count") or 0)
    except ValueError:
        return 0


def _lang(language: str) -> str:
    return (language or "").strip().lower()[:2]


# --- loaders ------------------------------------------------------------------------------------
def _read_csv(name: str, columns: tuple[str, ...], reference: Path) -> pd.DataFrame:
    path = reference / name
    if not path.is_file():
        return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    if "count" in df.columns:
        df["count"] = pd.to_numeric(df["count"], errors="coerce").fillna(0).astype("int64")
    return df


@lru_cache(maxsize=16)
def load_leads(language: str) -> pd.DataFrame:
    """Return the lead heads of one language (columns `LEAD_COLUMNS`).

    The table is cached: treat it as read-only (``.copy()`` before changing it).

    Args:
        language: ``"en"``, ``"fr"``, ``"es"``, ``"ru"``, ``"zh"`` or ``"ar"`` (longer codes such as
            ``"fra"`` are cut to two letters).

    Returns:
        The rows of leads.csv for that language, or an empty table for an unknown language.
    """
    df = _read_csv(LEADS_CSV, LEAD_COLUMNS, REFERENCE)
    return df[df["language"] == _lang(language)].reset_index(drop=True)


@lru_cache(maxsize=16)
def load_adverbs(language: str) -> pd.DataFrame:
    """Return the separable lead modifiers of one language (columns `ADVERB_COLUMNS`).

    Args:
        language: ``"en"``, ``"fr"``, ``"es"``, ``"ru"``, ``"zh"`` or ``"ar"``.

    Returns:
        The rows of lead_adverbs.csv for that language, or an empty table.
    """
    df = _read_csv(ADVERBS_CSV, ADVERB_COLUMNS, REFERENCE)
    return df[df["language"] == _lang(language)].reset_index(drop=True)


@lru_cache(maxsize=16)
def load_organs() -> pd.DataFrame:
    """Return the acting organs of the enacting formula, all languages (columns `ORGAN_COLUMNS`).

    Returns:
        organs.csv as a table (``gender`` is ``m``/``f`` for French, Spanish and Russian, empty
        for English and Chinese).
    """
    return _read_csv(ORGANS_CSV, ORGAN_COLUMNS, REFERENCE)


@lru_cache(maxsize=16)
def organ_alternatives(language: str | None = None) -> tuple[str, ...]:
    """The acting organs of organs.csv as regexes, longest first: spaces match any white space
    and an apostrophe either form ("L’Assemblée", "L'Assemblée").

    Args:
        language: the organs of one language, or ``None`` for all.

    Returns:
        The regexes (none for a language the table lacks).
    """
    organs = load_organs()
    if language is not None:
        organs = organs[organs["language"] == language]
    names = sorted({str(t) for t in organs["text"]}, key=len, reverse=True)
    return tuple(re.escape(n).replace("’", "['’]").replace(r"\ ", r"\s+") for n in names)


@lru_cache(maxsize=16)
def load_past_heads(language: str) -> pd.DataFrame:
    """Return the past forms of the operative heads of one language (columns `PAST_COLUMNS`).

    A decision as adopted is one sentence, its verb in the past after the subject ("At its
    2nd plenary meeting, …, the General Assembly … decided to …"): the form maps to the head
    whose lemma and gloss it takes.

    Args:
        language: ``"en"``, ``"fr"``, ``"es"`` or ``"ru"``.

    Returns:
        The rows of past_heads.csv for that language (none for another language).
    """
    df = _read_csv(PAST_CSV, PAST_COLUMNS, REFERENCE)
    return df[df["language"] == language].reset_index(drop=True)


@lru_cache(maxsize=16)
def load_vocab(language: str) -> frozenset[str]:
    """Return the lower-case word forms seen at least three times in the corpus of a language.

    Args:
        language: ``"en"``, ``"fr"``, ``"es"`` or ``"ru"``.

    Returns:
        The word forms, or an empty set for an unknown language or a missing file (Chinese
        has none).
    """
    lang = _lang(language)
    if lang not in LANGUAGES:
        return frozenset()
    path = REFERENCE / VOCAB_DIR / f"{lang}.txt"
    if not path.is_file():
        return frozenset()
    with path.open(encoding="utf-8") as fh:
        return frozenset(w for line in fh if (w := line.strip()) and not w.startswith("#"))


# --- matching -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class LeadMatch:
    """A lead read as ``before* head after*`` against the lexicon.

    Attributes:
        text: the lead as given (normalized).
        form: the head row's ``form`` ("Prenant note").
        lemma, gloss, pos, section: the head row's curated columns.
        before, inside, after: the modifiers found, as printed.
    """

    text: str
    form: str
    lemma: str
    gloss: str
    pos: str
    section: str
    before: tuple[str, ...] = ()
    inside: tuple[str, ...] = ()
    after: tuple[str, ...] = ()

    @property
    def adverbs(self) -> tuple[str, ...]:
        """All modifiers in reading order (before, inside, after)."""
        return self.before + self.inside + self.after


class LeadIndex:
    """Heads and modifiers of one language, indexed for `match`.

    Build it from tables with `from_frames` (the build script does, on the CSVs it is
    rewriting) or get the cached one of data/reference with `lead_index`.
    """

    def __init__(
        self,
        heads: list[tuple[tuple[str, ...], dict[str, str]]],
        adverbs: dict[str, set[tuple[str, ...]]],
    ) -> None:
        self.heads: dict[str, list[tuple[tuple[str, ...], dict[str, str]]]] = {}
        # The same rows by their whole key (order kept): most leads are printed as a bare head.
        self._bare: dict[tuple[str, ...], list[dict[str, str]]] = {}
        for key, row in heads:
            self.heads.setdefault(key[0], []).append((key, row))
            self._bare.setdefault(key, []).append(row)
        self.adverbs: dict[str, tuple[tuple[str, ...], ...]] = {
            p: tuple(sorted(adverbs.get(p, set()), key=lambda t: (-len(t), t)))
            for p in ADVERB_POSITIONS
        }
        # The same modifiers by first word (order kept), so a run only tries those that can fit.
        self._by_first: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = {
            p: _by_first(choices) for p, choices in self.adverbs.items()
        }
        # `match` is pure for a given index and leads repeat a lot: remember its answers.
        self._memo: dict[tuple[str, str | None], LeadMatch | None] = {}

    @classmethod
    def from_frames(cls, leads: pd.DataFrame, adverbs: pd.DataFrame) -> LeadIndex:
        """Index the rows of a leads table and an adverbs table (one language each).

        Args:
            leads: rows with at least ``form``, ``lemma``, ``gloss``, ``pos``, ``section``.
            adverbs: rows with at least ``text`` and ``position``.

        Returns:
            The index.
        """
        heads = []
        for row in leads.to_dict("records"):
            key = _key(str(row["form"]))
            if key:
                heads.append((key, {k: str(v) for k, v in row.items()}))
        adv: dict[str, set[tuple[str, ...]]] = {p: set() for p in ADVERB_POSITIONS}
        for row in adverbs.to_dict("records"):
            key = _key(str(row["text"]))
            if row["position"] in adv and key:
                adv[row["position"]].add(key)
        return cls(heads, adv)

    def match(self, text: str, section: str | None = None) -> LeadMatch | None:
        """Read a lead as modifiers + a head + modifiers (see `match_lead`)."""
        key = (text, section)
        try:
            return self._memo[key]
        except KeyError:
            pass
        if len(self._memo) >= MEMO_SIZE:  # bounded: the index lives as long as the process
            self._memo.clear()
        found = self._memo[key] = self._match(text, section)
        return found

    def _match(self, text: str, section: str | None) -> LeadMatch | None:
        """`match` without the memo."""
        norm = normalize_lead(text)
        tokens = _key(norm)
        # A bare head has no modifier: no other parse can beat it, and `_search` would find the
        # most frequent of its rows (the first of equals) first.
        bare = [r for r in self._bare.get(tokens, ()) if section is None or r["section"] == section]
        if bare:
            return _lead_match(norm, max(bare, key=_count))
        if not any(t in self.heads for t in tokens):
            return None  # no head starts at any word (every lead of a language without heads)
        return self._search(norm, section)

    def _search(self, norm: str, section: str | None) -> LeadMatch | None:
        """Every parse of a normalized lead as modifiers + a head + modifiers; the best one."""
        printed = _words(norm)
        tokens = tuple(fold(w) for w in printed)
        if not tokens:
            return None

        def words(spans: _Spans) -> tuple[str, ...]:
            return tuple(_join(printed[a:b]) for a, b in spans)

        before, inside, after = (self._by_first[p] for p in ("before", "inside", "after"))
        n = len(tokens)
        best: tuple[tuple[int, int, int], LeadMatch] | None = None
        for b_end, b_spans in _adverb_runs(tokens, 0, before):
            if b_end >= n:
                continue
            for key, row in self.heads.get(tokens[b_end], []):
                if section is not None and row["section"] != section:
                    continue
                if len(key) > n - b_end or (
                    len(key) > 1 and tokens[b_end + 1] != key[1] and tokens[b_end + 1] not in inside
                ):
                    continue  # too long, or its second word neither next nor after a modifier
                for h_end, i_spans in _head_runs(tokens, b_end, key, inside):
                    for a_end, a_spans in _adverb_runs(tokens, h_end, after):
                        if a_end != n:
                            continue
                        n_mod = len(b_spans) + len(i_spans) + len(a_spans)
                        score = (n_mod, -len(key), -_count(row))
                        if best is None or score < best[0]:
                            found = _lead_match(
                                norm, row, words(b_spans), words(i_spans), words(a_spans)
                            )
                            best = (score, found)
        return best[1] if best else None

    def match_in_text(
        self, lead: str, text: str, section: str | None = None, max_extra: int = 3
    ) -> tuple[LeadMatch | None, str]:
        """Match a marked-up lead, extending it with the words after it when it is cut short.

        The italics of AKN4UN sometimes stop inside a fixed phrase (``*Calls* upon``,
        ``*Draws* the attention``): when the lead alone is not explained, up to ``max_extra``
        following words of the paragraph are tried. After a Chinese lead, a word is a character:
        the bold stops inside a word in a few leads ("又认识" before the "到" of "认识到", "深"
        before the "信" of "深信").

        Args:
            lead: the lead as marked up.
            text: the paragraph text, starting with the lead.
            section: as for `match`.
            max_extra: how many following words may be added.

        Returns:
            The match (or ``None``) and the lead actually matched.
        """
        found = self.match(lead, section)
        if found is not None or not self.heads or not text.startswith(lead):
            return found, lead  # (an index without heads explains no longer lead either)
        after = text[len(lead) :]
        run = _HAN_RUN.match(after) if lead and HAN_CHAR.match(lead[-1]) else None
        if run is not None:
            # Chinese goes on without a space: the characters that may be added, one by one.
            rest, glue = list(run.group(0)[:max_extra]), ""
        else:
            rest, glue = after.split(maxsplit=max_extra), " "  # the words that may be added
        for k in range(1, min(max_extra, len(rest)) + 1):
            longer = lead + glue + glue.join(rest[:k])
            found = self.match(longer, section)
            if found is not None:
                return found, normalize_lead(longer)
        return None, lead


@lru_cache(maxsize=16)
def lead_index(language: str) -> LeadIndex:
    """Return the cached `LeadIndex` of data/reference for a language (empty if unknown)."""
    return LeadIndex.from_frames(leads_with_agreement(language), load_adverbs(language))


@lru_cache(maxsize=16)
def leads_with_agreement(language: str) -> pd.DataFrame:
    """The lead heads of one language (`load_leads`), then each preambular adjective's forms
    in the other genders and numbers that the table lacks (`agreeing_forms`), and in Arabic
    each head in the masculine (`arabic_masculine`, both sections), with a count of 0 and no
    example: what both readers' lexicons know.

    The table is cached: treat it as read-only.
    """
    leads = load_leads(language)
    known = {(str(r.section), str(r.form).lower()) for r in leads.itertuples(index=False)}
    added = []
    arabic = _lang(language) == "ar"
    for row in leads[(leads["section"] == "preamble") | arabic].itertuples(index=False):
        if arabic:
            masculine = arabic_masculine(str(row.form))
            forms: tuple[str, ...] = (masculine,) if masculine else ()
        else:
            forms = agreeing_forms(str(row.form), str(row.lemma), _lang(language))
        for form in forms:
            if (str(row.section), form.lower()) not in known:
                known.add((str(row.section), form.lower()))
                added.append({**row._asdict(), "form": form, "count": 0, "example": ""})
    if not added:
        return leads
    return pd.concat([leads, pd.DataFrame(added, columns=leads.columns)], ignore_index=True)


#: How many answers a memo (`LeadIndex`, `helpers.leads.Lexicon`) keeps before it forgets them all.
MEMO_SIZE = 50_000

_Choices = dict[str, tuple[tuple[str, ...], ...]]
#: Token ranges ``(start, end)`` of the modifiers of a lead.
_Spans = tuple[tuple[int, int], ...]


def _lead_match(
    norm: str,
    row: dict[str, str],
    before: tuple[str, ...] = (),
    inside: tuple[str, ...] = (),
    after: tuple[str, ...] = (),
) -> LeadMatch:
    """The `LeadMatch` of a normalized lead read as ``row``'s head with these modifiers."""
    return LeadMatch(
        text=norm,
        form=row["form"],
        lemma=row["lemma"],
        gloss=row["gloss"],
        pos=row["pos"],
        section=row["section"],
        before=before,
        inside=inside,
        after=after,
    )


def _by_first(choices: tuple[tuple[str, ...], ...]) -> _Choices:
    """Group token tuples by their first token, keeping their order within each group."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for choice in choices:
        out.setdefault(choice[0], []).append(choice)
    return {k: tuple(v) for k, v in out.items()}


def _adverb_runs(
    tokens: tuple[str, ...], start: int, choices: _Choices
) -> Iterator[tuple[int, tuple[tuple[int, int], ...]]]:
    """Yield every (end, spans) reachable from ``start`` by zero or more adverbs of ``choices``.

    ``choices`` groups the adverbs by first token (see `_by_first`).
    """
    stack: list[tuple[int, tuple[tuple[int, int], ...]]] = [(start, ())]
    seen: set[int] = set()
    n = len(tokens)
    while stack:
        pos, spans = stack.pop()
        if pos in seen:
            continue
        seen.add(pos)
        yield pos, spans
        if pos >= n:
            continue
        for adv in choices.get(tokens[pos], ()):
            end = pos + len(adv)
            if tokens[pos:end] == adv:
                stack.append((end, (*spans, (pos, end))))


def _head_runs(
    tokens: tuple[str, ...], start: int, head: tuple[str, ...], inside: _Choices
) -> Iterator[tuple[int, tuple[tuple[int, int], ...]]]:
    """Yield (end, inside spans) where ``head`` matches at ``start`` (adverbs between words)."""

    def walk(
        i: int, k: int, spans: tuple[tuple[int, int], ...]
    ) -> Iterator[tuple[int, tuple[tuple[int, int], ...]]]:
        if i >= len(tokens) or tokens[i] != head[k]:
            return
        if k == len(head) - 1:
            yield i + 1, spans
            return
        for end, more in _adverb_runs(tokens, i + 1, inside):
            yield from walk(end, k + 1, spans + more)

    yield from walk(start, 0, ())


def match_lead(text: str, language: str, section: str | None = None) -> LeadMatch | None:
    """Read a lead as modifiers + a head of data/reference/leads.csv + modifiers.

    The parse with the fewest modifiers wins (so "Deeply concerned" is one head, not
    "Deeply" + "concerned", and "Demande instamment" one head, not "Demande" + "instamment");
    among equals, the longer head, then the more frequent one.

    Args:
        text: the lead as printed, e.g. ``"Prenant note avec satisfaction"``, ``"又回顾"``.
        language: ``"en"``, ``"fr"``, ``"es"``, ``"ru"``, ``"zh"`` or ``"ar"``.
        section: ``"preamble"`` or ``"operative"`` to use only that section's heads; ``None``
            for both.

    Returns:
        The best `LeadMatch`, or ``None`` when the lexicon does not explain the whole lead.
    """
    return lead_index(_lang(language)).match(text, section)


# --- agreement: a preambular adjective agrees with the organ ------------------------------------
#: Endings of an adjective's masculine singular → its four forms (masculine and feminine, singular
#: and plural), most specific first. The lexicon holds the forms its corpus prints, mostly
#: agreeing with "L’Assemblée générale" / "La Asamblea General" (feminine singular); other bodies
#: print the others: "Le Conseil de sécurité, Convaincu", "Los Estados partes, Convencidos".
#: Russian short adjectives and participles agree by another rule (`_russian_forms`).
AGREEMENT: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "fr": (
        ("eux", ("eux", "euse", "euses")),  # soucieux
        ("if", ("if", "ive", "ifs", "ives")),  # attentif
        ("e", ("e", "es")),  # conscient is "conscient"; "solidaire" has two forms
        ("", ("", "e", "s", "es")),  # convaincu, préoccupé, résolu
    ),
    "es": (
        ("or", ("or", "ora", "ores", "oras")),  # conocedor
        ("o", ("o", "a", "os", "as")),  # convencido, preocupado
        ("e", ("e", "es")),  # consciente
    ),
}


def arabic_masculine(form: str) -> str | None:
    """An Arabic head as a body of masculine name prints it, or ``None`` if it is the same.

    The corpus's Arabic heads are the General Assembly's, and "الجمعية" is feminine: its verbs
    take the feminine prefix, and its pronouns the feminine suffix. The Security Council
    ("مجلس الأمن"), the Economic and Social Council and the Human Rights Council ("المجلس") are
    masculine: "تطلب" (requests) is "يطلب", "تعرب عن قلقها" is "يعرب عن قلقه", "واقتناعا منها"
    is "واقتناعا منه", "وقد نظرت" (having considered) is "وقد نظر", "هي على بينة" is "هو على
    بينة". A verbal noun that opens a head ("تصميما منها", determined) keeps its first letter.

    Examples:
        >>> arabic_masculine("تؤكد من جديد التزامها"), arabic_masculine("وقد نظرت")
        ('يؤكد من جديد التزامه', 'وقد نظر')
        >>> arabic_masculine("تصميما منها"), arabic_masculine("اقتناع") is None
        ('تصميما منه', True)
    """
    words = form.split(" ")
    first = words[0]
    if first.startswith("ت") and not first.endswith("ا"):  # the imperfect's feminine prefix
        words[0] = "ي" + first[1:]
    for i, word in enumerate(words):
        if i and words[i - 1] in {"قد", "وقد"} and word.endswith("ت"):
            words[i] = word[:-1]  # the perfect's feminine ending
        elif word == "هي":
            words[i] = "هو"
        elif len(word) > 2 and word.endswith("ها"):  # her → his
            words[i] = word[:-2] + "ه"
    masculine = " ".join(words)
    return masculine if masculine != form else None


#: Russian consonants after which the plural of a short form ends in "и", not "ы".
_RU_SOFT_PLURAL = frozenset("гкхжшщч")


def _russian_forms(word: str, lemma: str) -> tuple[str, ...] | None:
    """A Russian short adjective or participle in its four forms (masculine, feminine, neuter,
    plural: "обеспокоен", "обеспокоена", "обеспокоено", "обеспокоены"), from a form printed in
    the feminine, neuter or plural and the masculine ``lemma``.

    The stem is the printed word's, so that a vowel the masculine inserts stays out of the other
    forms ("согласен", "согласна"). A masculine word gives nothing: its stem is not known.

    Args:
        word: a word of a head, lower case ("обеспокоена").
        lemma: the masculine short form ("обеспокоен").

    Returns:
        The four forms, or ``None`` when ``word`` is not one of them.
    """
    stem, ending = word[:-1], word[-1:]
    if not stem or ending not in "аоыи" or lemma[-1:] in "аеёиоуыэюяйь":
        return None
    # The masculine is the stem, or the stem with a vowel inserted before its last letter.
    if stem != lemma and not (
        len(lemma) == len(stem) + 1 and lemma[-2] in "еоё" and lemma[:-2] + lemma[-1] == stem
    ):
        return None
    plural = "и" if stem[-1] in _RU_SOFT_PLURAL else "ы"
    if ending in "ыи" and ending != plural:
        return None
    return (lemma, stem + "а", stem + "о", stem + plural)


def agreeing_forms(form: str, lemma: str, language: str) -> tuple[str, ...]:
    """A preambular adjective's other forms: its word that agrees, in each gender and number.

    In French and Spanish the word that agrees is the head's last; in Russian it is the last
    word that is a form of the lemma ("будучи *преисполнена* решимости").

    Args:
        form: the head as the corpus prints it ("Profondément préoccupée", "Convencida",
            "будучи глубоко обеспокоена").
        lemma: its masculine singular ("préoccupé", "convencido", "обеспокоен"), one word.
        language: ``fr``, ``es`` or ``ru``; other languages have no agreement to add.

    Returns:
        The forms with the same other words, other than ``form`` itself ("Profondément
        préoccupé", "Profondément préoccupés", "Profondément préoccupées"; "будучи глубоко
        обеспокоен", "будучи глубоко обеспокоено", "будучи глубоко обеспокоены"); none where the
        lemma is not one word or no word of the form is one of its forms.
    """
    if " " in lemma:
        return ()
    printed = form.split(" ")
    if language == "ru":
        found = next(
            (
                (i, forms)
                for i in reversed(range(len(printed)))
                if (forms := _russian_forms(printed[i].lower(), lemma))
            ),
            None,
        )
        if found is None:
            return ()
        at, words = found
    else:
        rule = next((r for r in AGREEMENT.get(language, ()) if lemma.endswith(r[0])), None)
        if rule is None:
            return ()
        ending, endings = rule
        stem = lemma[: len(lemma) - len(ending)]
        words = tuple(stem + e for e in endings)
        at = len(printed) - 1
        if printed[at].lower() not in words:
            return ()
    capital = printed[at][:1].isupper()  # a one-word head keeps its capital
    out = []
    for w in words:
        word = w[:1].upper() + w[1:] if capital else w
        variant = " ".join([*printed[:at], word, *printed[at + 1 :]])
        if variant != form:
            out.append(variant)
    return tuple(out)


# --- declarations: leads in the first person plural ---------------------------------------------
#: Subject pronouns that open a paragraph of a declaration ("We reaffirm", "Nous réaffirmons",
#: "Мы подтверждаем").
PRONOUNS: dict[str, frozenset[str]] = {
    "en": frozenset({"we"}),
    "fr": frozenset({"nous"}),
    "es": frozenset({"nosotros", "nosotras"}),
    "ru": frozenset({"мы"}),
}
#: Auxiliaries of commitment between the English pronoun and the verb ("We will protect"; the
#: corpus prints no "We shall").
EN_AUXILIARIES: tuple[str, ...] = ("will",)
#: English base forms that open a paragraph more often as an adjective than as a bare verb
#: ("Direct expenses ... shall be charged", "Appropriate measures"): read only after "We".
EN_ADJECTIVES: frozenset[str] = frozenset({"appropriate", "direct"})
#: French infinitive endings → first person plural present ("rappeler" → "rappelons"): the
#: irregular verbs of the lexicon's heads first, then the three groups (most specific first).
FR_PRESENT: tuple[tuple[str, str], ...] = (
    ("être", "sommes"),
    ("savoir", "savons"),
    ("avoir", "avons"),
    ("cevoir", "cevons"),  # recevoir
    ("voir", "voyons"),  # prévoir
    ("croire", "croyons"),
    ("faire", "faisons"),
    ("dire", "disons"),  # redire
    ("crire", "crivons"),  # souscrire
    ("duire", "duisons"),  # produire
    ("prendre", "prenons"),  # comprendre
    ("mettre", "mettons"),  # soumettre
    ("naître", "naissons"),  # reconnaître
    ("oindre", "oignons"),  # enjoindre
    ("cueillir", "cueillons"),  # accueillir
    ("ouvrir", "ouvrons"),
    ("ffrir", "ffrons"),  # offrir
    ("tenir", "tenons"),  # soutenir, maintenir
    ("venir", "venons"),  # convenir
    ("dre", "dons"),  # rendre, attendre
    ("ger", "geons"),  # encourager: the g stays soft
    ("cer", "çons"),  # prononcer: the c stays soft
    ("er", "ons"),  # first group
    ("ir", "issons"),  # second group: établir, réjouir
)
#: French infinitive endings → first person plural future ("renforcer" → "renforcerons").
FR_FUTURE: tuple[tuple[str, str], ...] = (("re", "rons"), ("er", "erons"), ("ir", "irons"))
#: Spanish infinitive endings → first person plural present ("reafirmar" → "reafirmamos").
ES_PRESENT: tuple[tuple[str, str], ...] = (
    ("ar", "amos"),
    ("er", "emos"),
    ("ir", "imos"),
    ("ír", "imos"),
)
#: Spanish infinitive endings → first person plural future ("promover" → "promoveremos").
ES_FUTURE: tuple[tuple[str, str], ...] = (("ar", "aremos"), ("er", "eremos"), ("ir", "iremos"))
#: Russian third person singular present endings → first person plural ("подтверждает" →
#: "подтверждаем", "просит" → "просим", "обязуется" → "обязуемся"): the heads print the verb in
#: the present, so the ending alone tells the conjugation.
RU_PRESENT: tuple[tuple[str, str], ...] = (
    ("ется", "емся"),
    ("ётся", "ёмся"),
    ("ится", "имся"),
    ("ет", "ем"),
    ("ёт", "ём"),
    ("ит", "им"),
)
#: The Assembly's possessives → those of the first person plural ("its commitment" → "our").
#: The Russian reflexive possessive serves every person ("подтверждаем свою приверженность"), and
#: a declaration may also print "нашу".
POSSESSIVES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"its": ("our",), "itself": ("ourselves",)},
    "fr": {"son": ("notre",), "sa": ("notre",), "ses": ("nos",)},
    "es": {"su": ("nuestro", "nuestra"), "sus": ("nuestros", "nuestras")},
    "ru": {
        "свой": ("свой", "наш"),
        "свою": ("свою", "нашу"),
        "свое": ("свое", "наше"),
        "свои": ("свои", "наши"),
        "своей": ("своей", "нашей"),
        "своем": ("своем", "нашем"),
    },
}
#: Reflexive pronouns of a head's lemma ("se féliciter", "s’engager", "comprometerse").
_FR_REFLEXIVE = re.compile(
    r"^(?:se\s+|s’)"  # "se féliciter", "s’engager"
    r"(?=[^\W\d_])"  # then the verb
)
_ES_ENCLITIC = re.compile(
    r"(?<=[aeií]r)se$"  # "comprometerse": the pronoun glued to the infinitive
)


@dataclass(frozen=True)
class Declared:
    """How a declaration prints a head of the lexicon (lower case, words single-spaced).

    Attributes:
        finite: the verb in the first person plural, read after the subject pronoun and, in
            French and Spanish, also without it ("reaffirm", "will reaffirm", "nous
            engageons", "reafirmamos", "nos comprometemos", "promoveremos").
        bare: the verb as it opens a paragraph without a pronoun, as in the lists of actions
            after an intro such as "we therefore:" (the English base form; the French and
            Spanish infinitive and finite forms: "reaffirm", "réaffirmer", "réaffirmons",
            "reafirmar", "reafirmamos"; French reflexive verbs only as infinitives).
    """

    finite: tuple[str, ...]
    bare: tuple[str, ...]


def _inflect(verb: str, endings: tuple[tuple[str, str], ...]) -> str | None:
    """Replace the first ending of ``endings`` that ``verb`` ends with; ``None`` if none does."""
    for old, new in endings:
        if verb.endswith(old):
            return verb[: len(verb) - len(old)] + new
    return None


def _variants(words: list[str], language: str) -> list[str]:
    """The words after a head's verb, with each possessive turned to the first person plural."""
    out = [""]
    for w in words:
        out = [f"{o} {alt}".strip() for o in out for alt in POSSESSIVES[language].get(w, (w,))]
    return out


def declared_forms(form: str, lemma: str, language: str) -> Declared | None:
    """Derive how a declaration prints an operative head of the lexicon, by rule.

    The verb is the first word of the lemma (after a French reflexive pronoun, before a
    Spanish enclitic one), the words after it are the form's (``Prend note`` → ``prenons
    note``), with the Assembly's possessives made ours (``Reaffirms its commitment`` →
    ``reaffirm our commitment``). English needs no rule: the verb is the lemma's. French and
    Spanish conjugate the infinitive by its ending (regular futures only). Russian conjugates
    the printed present instead (`RU_PRESENT`): the head's first verb and each verb after "и"
    ("приветствует и поддерживает" → "приветствуем и поддерживаем"); no future, and a Russian
    head is read bare only as the finite verb ("Подтверждаем ...").

    Args:
        form: the head as printed in the third person ("Se félicite", "Calls upon",
            "настоятельно призывает").
        lemma: its lemma ("se féliciter", "call upon", "настоятельно призывать").
        language: ``en``, ``fr``, ``es`` or ``ru``.

    Returns:
        The forms, or ``None`` when the rules do not apply (another language, a lemma whose
        verb has no known ending).
    """
    lemma = normalize_lead(lemma).lower()
    printed = _key(form)
    if language not in PRONOUNS or not lemma or not printed:
        return None
    if language == "ru":
        return _declared_russian(printed)
    # The infinitive as printed ("se féliciter", "comprometerse"), and the verb to inflect.
    found = _FR_REFLEXIVE.match(lemma) if language == "fr" else None
    prefix = found.group(0) if found else ""
    infinitive = prefix + lemma[len(prefix) :].split()[0]
    verb = _FR_REFLEXIVE.sub("", _ES_ENCLITIC.sub("", infinitive))
    reflexive = verb != infinitive
    # The words after the verb: an English lemma that has every word of the form is the form
    # in the base form ("Deeply regrets" → "deeply regret"); otherwise the form's own words,
    # whose possessives are made ours ("Reaffirms its commitment" → "reaffirm our commitment").
    same = language == "en" and len(lemma.split()) == len(printed)
    words = tuple(lemma.split()) if same else printed
    skip = 2 if words[0] == "se" else 1  # the words that print the verb
    tails = _variants(list(words[skip:]), language)
    if language == "en":
        finite = [verb, *(f"{aux} {verb}" for aux in EN_AUXILIARIES)]
        bare = [] if verb in EN_ADJECTIVES else [verb]
    else:
        present, future = (FR_PRESENT, FR_FUTURE) if language == "fr" else (ES_PRESENT, ES_FUTURE)
        conjugated = [f for f in (_inflect(verb, present), _inflect(verb, future)) if f]
        if not conjugated:
            return None
        object_pronoun = "nous " if language == "fr" else "nos "
        finite = [object_pronoun + f for f in conjugated] if reflexive else conjugated
        # "Nous engageons" without a subject would read the subject as the reflexive pronoun.
        bare = [infinitive] + (finite if language == "es" or not reflexive else [])
    return Declared(
        tuple(f"{v} {t}".strip() for v in finite for t in tails),
        tuple(f"{v} {t}".strip() for v in bare for t in tails),
    )


def _declared_russian(printed: tuple[str, ...]) -> Declared | None:
    """`declared_forms` of a Russian head (its words in lower case): the present conjugated."""
    first = next((i for i, w in enumerate(printed) if _inflect(w, RU_PRESENT)), None)
    if first is None:
        return None
    words = list(printed)
    for i in range(first, len(words)):
        if i == first or words[i - 1] == "и":  # the first verb, and a verb joined by "и"
            words[i] = _inflect(words[i], RU_PRESENT) or words[i]
    forms = tuple(_variants(words, "ru"))
    return Declared(forms, forms)


# --- reading leads from AKN4UN ------------------------------------------------------------------
AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_A = f"{{{AKN_NS}}}"
_NS = {"a": AKN_NS}
#: FRBRlanguage codes of the languages the tables cover.
AKN_LANGUAGES: dict[str, str] = {
    "eng": "en",
    "fra": "fr",
    "spa": "es",
    "rus": "ru",
    "zho": "zh",
    "chi": "zh",  # (the bibliographic code of Chinese)
    "ara": "ar",
}
_ANNEX_HEADING = re.compile(
    r"^\s*(?:"
    r"(?:annex|annexe|anexo|приложение)(?:\s+[IVXLC\d]+)?"  # "Annexe II", "Приложение"
    r"|附件[一二三四五六七八九十]*"  # "附件", "附件二"
    r")\s*$",
    re.IGNORECASE,
)
_WORD_TAIL = re.compile(r"^[^\W\d_]+")  # letters glued to the end of an italic span
#: The number of an operative paragraph typed in the text of a preambular container: the
#: Chinese markup of two resolutions puts their first operative paragraphs in the preamble
#: ("1.\t*表示赞赏*…；").
_TYPED_NUMBER = re.compile(r"^\s*\d+\.\s*$")
#: The number of an operative paragraph as the Arabic markup types it before the lead, in the
#: paragraph's text rather than in ``num`` ("\t1 -\t*تحيط علما*…").
_ARABIC_NUMBER = re.compile(r"^\s*\d+\s*-\s*$")


@dataclass(frozen=True)
class AknLead:
    """One paragraph lead read from an AKN4UN resolution."""

    language: str
    section: str
    lead: str
    text: str
    work: str
    index: int
    spans: int = 1
    source: str = "span"


def akn_parser() -> etree.XMLParser:
    """Return the project's safe XML parser (no entities, no network, recovers from bad tags)."""
    return etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)


def _italic_lead(
    p: etree._Element, language: str = "", numbered: bool = False
) -> tuple[str, int] | None:
    """The italic spans at the very start of ``p`` joined (whitespace between them kept).

    Chinese prints its leads in bold (`HAN_LEADS`), and a word goes on after the bold without a
    space ("*回顾*其…"): nothing after the spans is added to the lead there. ``numbered``: the
    text before the spans may be a paragraph number ("1.").
    """
    arabic = language in ARABIC_LEADS
    typed = _TYPED_NUMBER.match(p.text or "") if numbered else None
    if arabic and not typed:
        typed = _ARABIC_NUMBER.match(p.text or "")  # "1 -": Arabic types every number so
    if p.text and p.text.strip() and not typed:
        return None
    han = language in HAN_LEADS
    parts: list[str] = []
    n = 0
    for child in p:
        cls = child.get("class") or ""
        lead_span = (
            cls == "italic"
            or (han and bool({"bold", "italic"} & set(cls.split())))
            or (arabic and "italic" in cls.split())  # Arabic prints its leads in bold italics
        )
        if child.tag != _A + "span" or not lead_span:
            break
        parts.append("".join(child.itertext()))
        n += 1
        tail = child.tail or ""
        if tail.strip():
            glued = None if han else _WORD_TAIL.match(tail)  # "Rappelan" + "t ses résolutions"
            if glued and parts[-1] and not parts[-1][-1].isspace():
                parts.append(glued.group(0))
            break
        parts.append(tail)
    lead = normalize_lead("".join(parts))
    return (lead, n) if lead else None


def _lead_case(lead: str, language: str) -> bool:
    """Whether a lead opens with the case its language prints leads in: a capital ("Recalling",
    "Décide"), or a small letter in `LOWER_CASE_LEADS` ("ссылаясь", "постановляет"), where a
    capital opens a heading or a table note instead ("Сокращения:", "Treaty Series"); Chinese
    has no case, and a lead opens with a Chinese character (`HAN_LEADS`: "回顾", not
    "COVID-19").
    """
    if language in HAN_LEADS:
        return bool(HAN_CHAR.match(lead))
    if language in ARABIC_LEADS:
        return bool(ARABIC_CHAR.match(lead))
    return lead[0].islower() if language in LOWER_CASE_LEADS else lead[0].isupper()


def akn_leads(data: bytes) -> list[AknLead]:
    """Read the preambular and operative leads of one AKN4UN resolution.

    A preambular lead is the italic span that opens ``preamble/container/p`` (falling back on
    the container's ``@name``). An operative lead is the italic span that opens
    ``mainBody//paragraph/content/p``, followed by text; reading stops at an "Annex" heading.
    A lead opens with a capital, or with a small letter in Russian (`LOWER_CASE_LEADS`), or with
    a Chinese character in Chinese (`HAN_LEADS`), which prints its leads in bold, or with an
    Arabic letter in Arabic (`ARABIC_LEADS`), which prints them in bold italics after the
    paragraph number it types in the text ("1 -", left out of the paragraph's text).
    Consecutive italic spans separated only by spaces are joined ("Calls" + "upon"). A container
    of the preamble whose text opens with a paragraph number ("1.") holds an operative
    paragraph (the Chinese markup of two resolutions).

    Args:
        data: the XML bytes.

    Returns:
        The leads in document order; empty when the language is not one of `AKN_LANGUAGES` or
        the XML is broken.
    """
    try:
        root = etree.fromstring(data, akn_parser())
    except etree.XMLSyntaxError:
        return []
    if root is None:
        return []
    etree.strip_elements(root, etree.Entity, with_tail=False)  # never expand nor keep entities
    lang_el = root.find(".//a:FRBRExpression/a:FRBRlanguage", _NS)
    language = AKN_LANGUAGES.get(lang_el.get("language", "") if lang_el is not None else "")
    if language is None:
        return []
    work_el = root.find(".//a:FRBRWork/a:FRBRthis", _NS)
    work = work_el.get("value", "") if work_el is not None else ""
    out: list[AknLead] = []
    n_op = 0  # operative paragraphs read so far
    for i, container in enumerate(root.iterfind(".//a:preamble/a:container", _NS)):
        p = container.find("a:p", _NS)
        text = clean_text("".join(p.itertext())) if p is not None else ""
        if p is not None and p.text and _TYPED_NUMBER.match(p.text):
            found = _italic_lead(p, language, numbered=True)
            if found and _lead_case(found[0], language):  # an operative paragraph, numbered
                text = clean_text("".join(p.itertext())[len(p.text) :])
                out.append(AknLead(language, "operative", found[0], text, work, n_op, found[1]))
                n_op += 1
                continue
        found = _italic_lead(p, language) if p is not None else None
        if found:
            lead, n, source = found[0], found[1], "span"
        else:
            lead, n, source = normalize_lead(container.get("name") or ""), 0, "name"
        if lead and _lead_case(lead, language):
            out.append(AknLead(language, "preamble", lead, text, work, i, n, source))
    body = root.find(".//a:mainBody", _NS)
    if body is None:
        return out
    i = n_op
    for para in body.iter(_A + "paragraph"):
        heading = para.find("a:heading", _NS)
        if heading is not None and _ANNEX_HEADING.match("".join(heading.itertext())):
            break
        p = para.find("a:content/a:p", _NS)
        if p is None:
            continue
        text = clean_text("".join(p.itertext()))
        if language in ARABIC_LEADS and p.text and _ARABIC_NUMBER.match(p.text):
            text = clean_text("".join(p.itertext())[len(p.text) :])  # without its "1 -"
        if _ANNEX_HEADING.match(text):
            break
        found = _italic_lead(p, language)
        if not found:
            continue
        lead, n = found
        rest = text[len(lead) :].lstrip() if text.startswith(lead) else text
        if not _lead_case(lead, language) or not rest or rest.startswith((":", "：")):
            continue  # a heading, a table note ("Abbreviations:"), an item letter
        out.append(AknLead(language, "operative", lead, text, work, i, n, "span"))
        i += 1
    return out
