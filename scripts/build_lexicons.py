"""Recount the lead lexicons and rebuild the word lists: AKN4UN corpus → data/reference tables.

Reads every English, French, Spanish, Russian, Chinese and Arabic resolution of ``unxml-ga/*.zip``
and ``unxml-sc/*.zip`` in place (Russian, Chinese and Arabic: the General Assembly's 77th session
only), and
the paragraphs the text parser finds in the Security Council texts of 1946-1979
(``cr-unsc/*.txt``, English, no markup), then:

* matches each paragraph lead against ``leads.csv`` + ``lead_adverbs.csv`` and rewrites their
  ``count`` (and ``example`` where missing or stale) columns, keeping the hand-curated columns
  (``lemma``, ``pos``, adverb ``gloss``) as they are;
* derives the English ``gloss`` of every head from the translations themselves (`align`,
  `derive_glosses`): the same resolution exists in English, French and Spanish (and Russian and
  Chinese for session 77; same FRBR work), and its paragraphs correspond by position, so each
  French, Spanish, Russian or Chinese lemma takes the gloss of the English head it translates
  most often, and
  English glosses that one French or Spanish lemma renders alike ("Stresses", "Emphasizes",
  "Underlines" → "Souligne") become one concept;
* writes ``vocab/<language>.txt``: lower-case word forms seen at least ``--min-count`` times
  (not for Chinese, which prints no space between words: the text parser's word list joins
  words split at the end of a line, and a Chinese line ends anywhere; nor for Arabic: the list
  serves only the plain-text parser, which does not read Arabic text yet);
* prints the coverage per language and section, the most frequent leads the tables do not
  explain, and enacting formulas missing from ``organs.csv``.

``--propose FILE`` also writes the unexplained heads (count >= 2) as candidate rows for curation.

Usage::

    python scripts/build_lexicons.py --corpus ../shared/corpus
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from helpers.lexicon import (
    ADVERB_COLUMNS,
    ADVERBS_CSV,
    AKN_LANGUAGES,
    ARABIC,
    ARABIC_LEADS,
    HAN,
    HAN_LEADS,
    LANGUAGES,
    LEAD_COLUMNS,
    LEADS_CSV,
    ORGANS_CSV,
    VOCAB_DIR,
    AknLead,
    LeadIndex,
    LeadMatch,
    akn_leads,
    akn_parser,
    normalize_lead,
)
from helpers.paths import REFERENCE

#: Zip names of the corpus languages we read (``ga-78-French.zip``, ``sc-2021-Spanish.zip``,
#: ``ga-77-Russian.zip``, ``ga-77-Chinese.zip``, ``ga-77-Arabic.zip``).
ZIP_NAME = re.compile(
    r"^(?:ga-\d+|sc-\d{4})-"  # the session or year
    r"(?:English|French|Spanish|Russian|Chinese|Arabic)\.zip$"  # the language
)
ZIP_DIRS = ("unxml-ga", "unxml-sc")
EXAMPLE_MAX = 100
#: Longest Chinese example, in characters: a Chinese character is about a word, so this is a
#: fragment about as long as the others' 100 letters.
EXAMPLE_MAX_HAN = 40
#: The languages that have a word list (``vocab/<language>.txt``).
#: Arabic has none while the plain-text parser, the list's only reader, does not read Arabic.
VOCAB_LANGUAGES: tuple[str, ...] = tuple(
    lang for lang in LANGUAGES if lang not in HAN_LEADS | ARABIC_LEADS
)

# --- word forms ---------------------------------------------------------------------------------
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "'": "’", "\u02bc": "’"})
_WORD = re.compile(
    r"[^\W\d_]+"  # a run of letters
    r"(?:[-’][^\W\d_]+)*"  # then internal hyphens or apostrophes, each followed by letters
)
#: French elided words glued to the next word by an apostrophe: l’, d’, qu’, jusqu’...
_FR_ELISION = re.compile(r"^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)’(?=[^\W\d_])")


def words(text: str, language: str) -> Iterator[str]:
    """Yield the lower-case word forms of a text (French elisions are cut off: l’État → état).

    Args:
        text: any text.
        language: ``en``, ``fr``, ``es`` or ``ru``.

    Yields:
        Word forms: letters with internal hyphens or apostrophes.
    """
    text = unicodedata.normalize("NFC", text).translate(_HYPHENS)
    for m in _WORD.finditer(text):
        w = m.group(0).lower()
        if language == "fr":
            w = _FR_ELISION.sub("", w)
        yield w


# --- one pass over the corpus -------------------------------------------------------------------
@dataclass
class ZipResult:
    """What one zip contributes: leads, word counts and enacting formulas."""

    leads: list[AknLead] = field(default_factory=list)
    words: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    formulas: Counter[tuple[str, str]] = field(default_factory=Counter)


_NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}


def read_zip(path: Path) -> ZipResult:
    """Read the leads, words and formulas of every resolution in one corpus zip.

    Args:
        path: a ``ga-SS-Language.zip`` or ``sc-YYYY-Language.zip``.

    Returns:
        The zip's contribution.
    """
    out = ZipResult()
    parser = akn_parser()
    with zipfile.ZipFile(path) as zf:
        for name in sorted(zf.namelist()):
            if not name.endswith(".xml"):
                continue
            data = zf.read(name)
            out.leads.extend(akn_leads(data))
            try:
                root = etree.fromstring(data, parser)
            except etree.XMLSyntaxError:
                continue
            if root is None:
                continue
            lang_el = root.find(".//a:FRBRExpression/a:FRBRlanguage", _NS)
            lang = AKN_LANGUAGES.get(lang_el.get("language", "") if lang_el is not None else "")
            if lang is None:
                continue
            for part in root.iterfind("a:statement/*", _NS):
                if lang in VOCAB_LANGUAGES and etree.QName(part).localname != "meta":
                    out.words[lang].update(words(" ".join(part.itertext()), lang))
            for formula in root.iterfind(".//a:preamble/a:formula", _NS):
                text = normalize_lead("".join(formula.itertext()))
                if text:
                    out.formulas[(lang, text)] += 1
    return out


def corpus_zips(corpus: Path) -> list[Path]:
    """The English, French, Spanish, Russian, Chinese and Arabic AKN4UN zips of a corpus folder,
    sorted."""
    return sorted(p for d in ZIP_DIRS for p in (corpus / d).glob("*.zip") if ZIP_NAME.match(p.name))


def read_corpus(corpus: Path, jobs: int = 2) -> ZipResult:
    """Read every zip (in ``jobs`` processes) and merge the results in zip order."""
    total = ZipResult()
    zips = corpus_zips(corpus)
    with ProcessPoolExecutor(max_workers=max(1, jobs)) as pool:
        for res in pool.map(read_zip, zips):
            total.leads.extend(res.leads)
            for lang, c in res.words.items():
                total.words[lang].update(c)
            total.formulas.update(res.formulas)
    return total


# --- the plain texts of the Security Council, 1946-1979 -------------------------------------------
#: The hand-corrected Security Council resolutions of 1946-1979 (plain English text, no markup).
CR_UNSC = "cr-unsc"
#: Words that open a preambular head of two words ("Having heard", "Being convinced"), or three
#: after "taken" ("Having taken note").
_HEAD_OPENERS = {"Having", "Being"}


def text_lead(text: str, section: str) -> str:
    """The head a paragraph of plain text opens with, where no markup marks it: its first word
    ("Instructs"), or "Having"/"Being" and the participle after it ("Having heard").
    """
    words_ = [w.rstrip(",;:") for w in text.split()[:3]]
    if section == "preamble" and words_ and words_[0] in _HEAD_OPENERS and len(words_) > 1:
        return " ".join(words_[: 3 if words_[1] == "taken" and len(words_) > 2 else 2])
    return words_[0] if words_ else ""


def text_leads(corpus: Path) -> list[AknLead]:
    """The leads of the cr-unsc texts, as the text parser splits them into paragraphs.

    A lead the lexicon knows is taken as read; another is the head `text_lead` finds, so that
    the report and ``--propose`` name the heads of the older Council texts.
    """
    from helpers.parse import parse_text

    out = []
    for path in sorted((corpus / CR_UNSC).glob("*.txt")):
        res = parse_text(path.read_text(encoding="utf-8"), language="en", source=str(path))
        for k, c in enumerate(res.clauses):
            lead = c.lead.text if c.lead.known else text_lead(c.text, c.section)
            if lead and c.text.startswith(lead):
                out.append(AknLead("en", c.section, lead, c.text, path.stem, k, source="text"))
    return out


# --- counting -----------------------------------------------------------------------------------
#: A Chinese character at the start of a text.
_HAN_START = re.compile(f"^[{HAN}]")
#: An Arabic letter at the start of a text.
_ARABIC_START = re.compile(f"^[{ARABIC}]")
#: Chinese punctuation after which a Chinese example may stop.
_HAN_STOPS = "，、；："


def trim(text: str, limit: int = EXAMPLE_MAX) -> str:
    """Cut a text to at most ``limit`` characters at a word boundary.

    A Chinese text has no space between words: it is cut to `EXAMPLE_MAX_HAN` characters, at
    its last comma in their second half if it has one there.
    """
    if _HAN_START.match(text.lstrip()):
        limit = min(limit, EXAMPLE_MAX_HAN)
        text = normalize_lead(text) if len(text) > limit else text.strip()
        if len(text) <= limit:
            return text
        cut = text[:limit]
        at = max(cut.rfind(c) for c in _HAN_STOPS)
        return normalize_lead(cut[:at] if at >= limit // 2 else cut)
    text = normalize_lead(text) if len(text) > limit else text.strip()
    if len(text) <= limit:
        return text
    cut = text[: limit + 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:")


@dataclass
class Counts:
    """Head and adverb counts, examples, coverage and unexplained leads."""

    heads: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    head_examples: dict[tuple[str, str, str], str] = field(default_factory=dict)
    exact: set[tuple[str, str, str]] = field(default_factory=set)
    fallback_examples: dict[tuple[str, str, str], str] = field(default_factory=dict)
    adverbs: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    adverb_examples: dict[tuple[str, str, str], str] = field(default_factory=dict)
    total: Counter[tuple[str, str]] = field(default_factory=Counter)
    covered: Counter[tuple[str, str]] = field(default_factory=Counter)
    extended: Counter[tuple[str, str]] = field(default_factory=Counter)
    missing: dict[tuple[str, str], Counter[str]] = field(
        default_factory=lambda: defaultdict(Counter)
    )
    missing_examples: dict[tuple[str, str, str], str] = field(default_factory=dict)


def count(leads: Iterable[AknLead], indexes: dict[str, LeadIndex]) -> Counts:
    """Match every lead against the lexicon of its language and count heads and adverbs.

    An example of a head is the opening of a paragraph that starts with the head's form
    (preferably with no modifier at all); an example of an adverb is a lead that holds it.

    Args:
        leads: the corpus leads, in a stable order.
        indexes: the `LeadIndex` of each language.

    Returns:
        The counts.
    """
    out = Counts()
    for lead in leads:
        sec = (lead.language, lead.section)
        out.total[sec] += 1
        m, used = indexes[lead.language].match_in_text(lead.lead, lead.text, lead.section)
        if m is not None and used != lead.lead:
            out.extended[sec] += 1
        if m is None:
            out.missing[sec][lead.lead] += 1
            out.missing_examples.setdefault((*sec, lead.lead), trim(lead.text))
            continue
        out.covered[sec] += 1
        key = (*sec, m.form)
        out.heads[key] += 1
        exact = not m.adverbs
        # An Arabic preambular head opens its paragraph after "إذ" / "وإذ" ("وإذ تشير…"): the
        # paragraph is its example as printed, when those are its only modifiers.
        opens = m.before and not (m.inside or m.after) and lead.language in ARABIC_LEADS
        if opens and lead.text.startswith(lead.lead):
            if key not in out.head_examples or key not in out.exact:
                out.head_examples[key] = trim(lead.text)
                out.exact.add(key)
        elif lead.text.startswith(m.form):
            if key not in out.head_examples or (exact and key not in out.exact):
                out.head_examples[key] = trim(lead.text)
                if exact:
                    out.exact.add(key)
        elif key not in out.head_examples:
            # The head never opens a paragraph bare ("Also reaffirms its commitment"): fall back
            # on the paragraph read from the head on, until a paragraph opens with it.
            at = lead.text.lower().find(m.form.lower())
            if at > 0:
                out.fallback_examples.setdefault(key, trim(m.form + lead.text[at + len(m.form) :]))
        for position, found in (("before", m.before), ("inside", m.inside), ("after", m.after)):
            for text in found:
                akey = (lead.language, text.lower(), position)
                out.adverbs[akey] += 1
                out.adverb_examples.setdefault(akey, trim(lead.text))
    return out


# --- glosses from aligned translations -----------------------------------------------------------
#: Fewest aligned paragraphs before a lemma's gloss is taken from its translations.
ALIGN_MIN = 20
#: Least share of a lemma's aligned paragraphs that one English gloss must hold to give it.
MERGE_SHARE = 0.5


@dataclass
class Alignment:
    """How often French/Spanish lemmas and English glosses translate each other.

    Attributes:
        to_english: ``(language, lemma)`` → counts of the English glosses it translates.
        from_english: ``(language, English gloss)`` → counts of the lemmas translating it.
    """

    to_english: dict[tuple[str, str], Counter[str]] = field(
        default_factory=lambda: defaultdict(Counter)
    )
    from_english: dict[tuple[str, str], Counter[str]] = field(
        default_factory=lambda: defaultdict(Counter)
    )


def align(leads: Iterable[AknLead], indexes: dict[str, LeadIndex]) -> Alignment:
    """Count which English head each French, Spanish, Russian and Chinese head translates.

    The versions of one resolution share their FRBR work; a section's paragraphs are paired by
    position when both versions have the same number of leads in it (otherwise the section is
    skipped: a merged or split paragraph would shift every pair after it). Pairs where either
    lead is not explained by the lexicon are skipped.

    Args:
        leads: the corpus leads of every language.
        indexes: the `LeadIndex` of each language.

    Returns:
        The counts.
    """
    docs: dict[tuple[str, str, str], list[LeadMatch | None]] = defaultdict(list)
    for lead in leads:
        if lead.work:
            m, _ = indexes[lead.language].match_in_text(lead.lead, lead.text, lead.section)
            docs[(lead.work, lead.section, lead.language)].append(m)
    out = Alignment()
    for (work, section, language), found in docs.items():
        english = docs.get((work, section, "en"))
        if language == "en" or english is None or len(english) != len(found):
            continue
        for en, other in zip(english, found, strict=True):
            if en is not None and other is not None:
                out.to_english[(language, other.lemma)][en.gloss] += 1
                out.from_english[(language, en.gloss)][other.lemma] += 1
    return out


def _top(counter: Counter[str]) -> tuple[str, int]:
    """The most common key (ties: alphabetical) and its count."""
    return min(counter.items(), key=lambda kv: (-kv[1], kv[0]))


def derive_glosses(table: pd.DataFrame, alignment: Alignment) -> pd.DataFrame:
    """Give the French, Spanish, Russian and Chinese heads the English gloss they translate.

    A row of another language whose gloss is no English head's gloss (an orphan that no chart
    across languages could pair) takes the English gloss its lemma translates most often, when
    the lemma has at least `ALIGN_MIN` aligned paragraphs and that gloss at least `MERGE_SHARE`
    of them. Rows already glossed with an English concept keep it: the alignment is by lemma,
    and a lemma can cover forms that English keeps apart ("Gravement préoccupée" and
    "Profondément préoccupée" share "préoccupé"). English glosses are never merged: where French
    uses one verb for several English ones ("Souligne" for Stresses, Emphasizes, Underlines),
    Spanish keeps them apart, so that difference is a finding, not noise.

    Args:
        table: leads.csv rows.
        alignment: the counts of `align`.

    Returns:
        The table with its ``gloss`` column rewritten.
    """
    english = set(table.loc[table["language"] == "en", "gloss"])
    glosses = []
    for row in table.itertuples(index=False):
        gloss = str(row.gloss)
        if row.language != "en" and gloss not in english:
            votes = alignment.to_english.get((row.language, row.lemma), Counter())
            total = sum(votes.values())
            if total >= ALIGN_MIN and (top := _top(votes))[1] >= MERGE_SHARE * total:
                gloss = top[0]
        glosses.append(gloss)
    return table.assign(gloss=glosses)


def gloss_changes(old: pd.DataFrame, new: pd.DataFrame) -> list[str]:
    """The rows whose gloss changed, as ``language section form: old → new`` lines."""
    before = {(r.language, r.section, r.form): r.gloss for r in old.itertuples(index=False)}
    return [
        f"{r.language} {r.section} {r.form}: {before[key]} → {r.gloss}"
        for r in new.itertuples(index=False)
        if (key := (r.language, r.section, r.form)) in before and before[key] != r.gloss
    ]


# --- merging into the tables --------------------------------------------------------------------
def merge_leads(table: pd.DataFrame, counts: Counts) -> pd.DataFrame:
    """Rewrite ``count`` and stale ``example`` cells of leads.csv; keep curated columns.

    Args:
        table: the current leads.csv.
        counts: fresh counts.

    Returns:
        The updated table, sorted by language, section and decreasing count.
    """
    df = table.copy()
    keys = list(zip(df["language"], df["section"], df["form"], strict=True))
    df["count"] = [counts.heads.get(k, 0) for k in keys]
    examples = []
    for k, old in zip(keys, df["example"], strict=True):
        new = counts.head_examples.get(k) or counts.fallback_examples.get(k, "")
        keep = isinstance(old, str) and old.startswith(k[2]) and len(old) <= EXAMPLE_MAX
        examples.append(old if keep else (new or old))
    df["example"] = examples
    return sort_leads(df)


def sort_leads(df: pd.DataFrame) -> pd.DataFrame:
    """Sort leads.csv rows: language (en, fr, es), section (preamble first), count, form."""
    order = {lang: i for i, lang in enumerate(LANGUAGES)}
    df = df.assign(
        _l=df["language"].map(order), _s=(df["section"] != "preamble").astype(int)
    ).sort_values(["_l", "_s", "count", "form"], ascending=[True, True, False, True])
    return df.drop(columns=["_l", "_s"]).reset_index(drop=True)[list(LEAD_COLUMNS)]


def merge_adverbs(table: pd.DataFrame, counts: Counts) -> pd.DataFrame:
    """Rewrite ``count`` and missing ``example`` cells of lead_adverbs.csv; keep the rest."""
    df = table.copy()
    keys = list(zip(df["language"], df["text"].str.lower(), df["position"], strict=True))
    df["count"] = [counts.adverbs.get(k, 0) for k in keys]
    examples = []
    for k, old in zip(keys, df["example"], strict=True):
        keep = isinstance(old, str) and k[1] in old.lower()
        examples.append(old if keep else counts.adverb_examples.get(k, old))
    df["example"] = examples
    order = {lang: i for i, lang in enumerate(LANGUAGES)}
    pos = {"before": 0, "inside": 1, "after": 2}
    df = df.assign(_l=df["language"].map(order), _p=df["position"].map(pos))
    df = df.sort_values(["_l", "_p", "count", "text"], ascending=[True, True, False, True])
    return df.drop(columns=["_l", "_p"]).reset_index(drop=True)[list(ADVERB_COLUMNS)]


#: What the AKN4UN corpus holds of each language, for the vocab headers (default: all of it).
VOCAB_SPAN: dict[str, str] = {"ru": "GA 77"}


def write_vocab(word_counts: dict[str, Counter[str]], out_dir: Path, min_count: int) -> None:
    """Write ``<language>.txt``: sorted word forms seen at least ``min_count`` times (for each of
    `VOCAB_LANGUAGES`)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for lang in VOCAB_LANGUAGES:
        kept = sorted(w for w, n in word_counts.get(lang, Counter()).items() if n >= min_count)
        header = (
            f"# {lang}: lower-case word forms seen >= {min_count} times in the AKN4UN corpus "
            f"({VOCAB_SPAN.get(lang, 'GA 74-79, SC 2020-2024')}; meta excluded; "
            "hyphen variants as '-', apostrophe as ’"
            + (", French elisions l’ d’ qu’... cut off" if lang == "fr" else "")
            + f"); {len(kept)} forms; written by scripts/build_lexicons.py\n"
        )
        (out_dir / f"{lang}.txt").write_text(header + "".join(w + "\n" for w in kept), "utf-8")


def propose(counts: Counts, min_count: int = 2) -> pd.DataFrame:
    """Candidate rows for the unexplained leads seen at least ``min_count`` times.

    ``lemma`` and ``gloss`` are left empty for a curator; ``pos`` is a guess from the shape.
    """
    rows = []
    for (lang, sec), c in counts.missing.items():
        for lead, n in c.items():
            if n >= min_count:
                ex = counts.missing_examples[(lang, sec, lead)]
                rows.append((lang, sec, lead, "", "", guess_pos(lead, sec), n, ex))
    df = pd.DataFrame(rows, columns=list(LEAD_COLUMNS))
    return sort_leads(df) if len(df) else df


_PARTICIPLE = re.compile(
    r"(?:ing|ant|ando|iendo|yendo"  # English, French, Spanish
    r"|я|ясь|ав|ев|ив)$",  # Russian adverbial participles: "ссылаясь", "рассмотрев"
    re.IGNORECASE,
)


def guess_pos(lead: str, section: str) -> str:
    """A first guess at the part of speech of a lead, for curation (a Chinese lead of more than
    two characters is a phrase, others a verb: Chinese verbs have no participles)."""
    if _HAN_START.match(lead):
        return "verb" if len(lead) <= 2 else "phrase"
    if _ARABIC_START.match(lead):  # an Arabic verb is one word ("تطلب"), after "وإذ" two
        return "verb" if len(lead.split()) == 1 + lead.startswith(("إذ ", "وإذ ")) else "phrase"
    words_ = lead.split()
    if section == "operative":
        return "verb" if len(words_) == 1 else "phrase"
    if _PARTICIPLE.search(words_[0]) or (words_[0].lower() in {"se", "s’"} and len(words_) == 2):
        return "participle" if len(words_) == 1 or words_[0].lower() in {"se", "s’"} else "phrase"
    return "adjective"


# --- reporting ----------------------------------------------------------------------------------
def report(
    counts: Counts, organs: pd.DataFrame, formulas: Counter[tuple[str, str]], top: int
) -> str:
    """Coverage per language and section, then the leads and formulas the tables miss."""
    lines = ["coverage (paragraphs whose lead = modifiers* + head + modifiers*):"]
    for lang in LANGUAGES:
        for sec in ("preamble", "operative"):
            n, k = counts.total[(lang, sec)], counts.covered[(lang, sec)]
            share = k / n if n else 0.0
            ext = counts.extended[(lang, sec)]
            lines.append(
                f"  {lang} {sec:<9} {k:>6} / {n:<6} = {share:.2%}"
                f"  ({ext} leads completed by words after the italics)"
            )
    for lang in LANGUAGES:
        for sec in ("preamble", "operative"):
            miss = counts.missing.get((lang, sec), Counter())
            if miss:
                shown = ", ".join(f"{lead!r} ({n})" for lead, n in miss.most_common(top))
                lines.append(f"not covered {lang} {sec}: {shown}")
    known = {(r.language, normalize_lead(r.text)) for r in organs.itertuples(index=False)}
    odd = [(k, n) for k, n in formulas.most_common() if (k[0], k[1]) not in known]
    if odd:
        lines.append(
            "formulas not in organs.csv: " + ", ".join(f"{k[0]}:{k[1]!r} ({n})" for k, n in odd)
        )
    return "\n".join(lines)


def read_table(path: Path, columns: tuple[str, ...]) -> pd.DataFrame:
    """Read a reference CSV as strings (count as int); an absent file gives an empty table."""
    if not path.is_file():
        return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise SystemExit(f"{path}: missing columns {missing}")
    df["count"] = pd.to_numeric(df.get("count", 0), errors="coerce").fillna(0).astype("int64")
    return df[list(columns)]


def build_indexes(leads: pd.DataFrame, adverbs: pd.DataFrame) -> dict[str, LeadIndex]:
    """One `LeadIndex` per language from the (unsaved) tables."""
    return {
        lang: LeadIndex.from_frames(
            leads[leads["language"] == lang], adverbs[adverbs["language"] == lang]
        )
        for lang in LANGUAGES
    }


def main(argv: list[str] | None = None) -> int:
    """Recount the tables and rewrite the word lists; print coverage. Returns an exit code."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, required=True, help="the shared corpus folder")
    ap.add_argument("--reference", type=Path, default=REFERENCE, help="data/reference")
    ap.add_argument("--min-count", type=int, default=3, help="vocab threshold (default 3)")
    ap.add_argument("--top", type=int, default=15, help="unexplained leads shown per section")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes")
    ap.add_argument("--propose", type=Path, help="write unexplained heads here for curation")
    ap.add_argument("--dry-run", action="store_true", help="count and report, write nothing")
    ap.add_argument(
        "--keep-glosses", action="store_true", help="keep the glosses instead of deriving them"
    )
    args = ap.parse_args(argv)

    zips = corpus_zips(args.corpus)
    if not zips:
        print(f"no AKN4UN zips under {args.corpus}", file=sys.stderr)
        return 2
    leads_path = args.reference / LEADS_CSV
    adverbs_path = args.reference / ADVERBS_CSV
    leads = read_table(leads_path, LEAD_COLUMNS)
    adverbs = read_table(adverbs_path, ADVERB_COLUMNS)
    organs = pd.read_csv(args.reference / ORGANS_CSV, dtype=str, keep_default_na=False)

    corpus = read_corpus(args.corpus, args.jobs)
    # The older Council texts add their heads (they have no translations to align).
    counts = count([*corpus.leads, *text_leads(args.corpus)], build_indexes(leads, adverbs))
    print(report(counts, organs, corpus.formulas, args.top))
    if args.propose:
        propose(counts).to_csv(args.propose, index=False, encoding="utf-8")
        print(f"wrote candidates to {args.propose}")
    merged = merge_leads(leads, counts)
    if not args.keep_glosses:
        merged = derive_glosses(merged, align(corpus.leads, build_indexes(leads, adverbs)))
        changed = gloss_changes(leads, merged)
        print(f"{len(changed)} glosses changed" + "".join(f"\n  {c}" for c in changed))
    if args.dry_run:
        return 0
    merged.to_csv(leads_path, index=False, encoding="utf-8")
    merge_adverbs(adverbs, counts).to_csv(adverbs_path, index=False, encoding="utf-8")
    write_vocab(corpus.words, args.reference / VOCAB_DIR, args.min_count)
    print(f"wrote {leads_path}, {adverbs_path} and {args.reference / VOCAB_DIR}/*.txt")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
