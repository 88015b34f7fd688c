"""Compare: two `Resolution`s → a paragraph alignment (`Comparison`); a corpus → a series.

``compare(a, b)`` lines up preamble with preamble and operative with operative. Between two
versions in the same language, paragraphs are matched by word similarity (difflib on normalized
word tokens) with a global monotone alignment (dynamic programming), and a paragraph left over
that matches well out of order is *moved*. Between two languages the words differ, so the
evidence is what translation keeps: position, printed numbering, the lead's English gloss and
the language-independent tokens (numbers, dates, document symbols, cited resolutions).

``series(corpus, like)`` finds the other versions of a resolution (by title, read cheaply from
the XML, and by the self-citation chain ``Rappelant sa résolution 75/180``), and
``terminology_shifts`` counts the word n-grams replaced between consecutive versions.
"""

from __future__ import annotations

import difflib
import html
import itertools
import re
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from helpers.errors import ParseError
from helpers.models import Clause, Resolution

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# ------------------------------------------------------------------------------------------------
# Thresholds (measured on the corpus: see `similarity_profile` and `cross_language_accuracy`)
# ------------------------------------------------------------------------------------------------

#: Least word similarity for two paragraphs *in order* to be one paragraph, edited. Measured on
#: 600 pairs of consecutive GA resolutions with the same title (EN/FR/ES, sessions 74-79): when
#: one paragraph is replaced by one other between two unchanged ones, similarities from 0.40
#: up were edits on reading, and below 0.30 replacements; the best match of a paragraph in the
#: other version is bimodal with its trough between 0.35 and 0.55.
MATCH_MIN = 0.40
#: Least word similarity for a paragraph found *out of order* to be moved. A moved paragraph can
#: pair with any leftover, so the bar is the 99th percentile (0.66 on the same 600 pairs) of a
#: paragraph's similarity with the second-best paragraph of the other version (an unrelated
#: paragraph of the same resolution: the null distribution), rounded up.
MOVE_MIN = 0.70
#: Least cross-language score (`CROSS_WEIGHTS`) for two paragraphs to be translations. Measured
#: on 150 resolutions in EN/FR/ES: 99.5% of true pairs score over 0.71, the median of a
#: paragraph with its neighbour's translation is 0.35 (see `cross_language_accuracy`).
CROSS_MIN = 0.40

#: Weights of the evidence for aligning two languages (see `cross_scores`).
CROSS_WEIGHTS: dict[str, float] = {
    "number": 3.0,
    "anchors": 3.0,
    "length": 2.0,
    "position": 2.0,
    "gloss": 1.0,
}
#: Paragraphs further apart than this (after scaling to the other text's length) get no credit
#: for position.
POSITION_WINDOW = 3.0


# ------------------------------------------------------------------------------------------------
# Tokens
# ------------------------------------------------------------------------------------------------

#: Apostrophes, spaces and hyphens written in several ways by different sources.
_QUOTES = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "`": "'",
        "´": "'",
        "\u00a0": " ",  # no-break space
        "\u202f": " ",  # narrow no-break space (French typography)
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen (COVID‑19)
        "\u2012": "-",  # figure dash
        "\u2013": "-",  # en dash (2014–2024)
        "\u00ad": None,  # soft hyphen
    }
)

_WORD_TOKEN = re.compile(
    r"""
    [^\W_]+                 # a run of letters or digits
    (?:                     # joined without a space by
        ['\-/.]             #   an apostrophe (l'homme), hyphen (Sud-Sud), slash (75/180)
                            #   or dot (A/CONF.157/24)
        [^\W_]+             #   to another run
    )*
    """,
    re.VERBOSE,
)

_SPACE_BEFORE_PUNCT = re.compile(r"\s+(?=[;:,.!?»)])")  # French typographic spaces
_SPACE_AFTER_OPEN = re.compile(r"(?<=[«(])\s+")
_SPACES = re.compile(r"\s+")


def _display(text: str) -> str:
    """NFC, spaces collapsed, French spaces before punctuation dropped; characters kept."""
    t = unicodedata.normalize("NFC", text or "")
    t = _SPACE_BEFORE_PUNCT.sub("", t)
    t = _SPACE_AFTER_OPEN.sub("", t)
    return _SPACES.sub(" ", t).strip()


def canonical(text: str) -> str:
    """The text as compared for "unchanged": NFC, one kind of apostrophe, spaces collapsed.

    Args:
        text: a paragraph, title or phrase.

    Returns:
        The text with typographic variants that no reader would call a change removed.
    """
    return _display(unicodedata.normalize("NFC", text or "").translate(_QUOTES))


@lru_cache(maxsize=65536)
def words(text: str) -> tuple[str, ...]:
    """Word keys of a text: lower case, punctuation dropped, apostrophes unified.

    Args:
        text: a paragraph.

    Returns:
        The tokens (``l'homme``, ``75/180``, ``a/conf.157/24``...).
    """
    return tuple(_WORD_TOKEN.findall(canonical(text).lower()))


_ORDINAL = re.compile(r"^\d+[^\W\d_]+$")  # 30º, 1er, 21st, 15ª: spelled out in other languages


def anchors(clause: Clause, res: Resolution, *, citations: bool = True) -> tuple[str, ...]:
    """The language-independent tokens of a clause: numbers, dates, symbols, cited documents.

    Translation keeps digits and document symbols, so two versions of a paragraph in two
    languages share them. Ordinals written with digits (``30º``, ``1er``) are left out: other
    languages spell them in words.

    Args:
        clause: the paragraph.
        res: its resolution (for the citations attached to the clause and its footnotes).
        citations: add the symbols of the documents the clause cites (citation extraction
            can differ between languages, so `compare` uses them to align, not to report).

    Returns:
        The tokens, sorted (a multiset).
    """
    found = [
        w.strip(".-/")
        for w in words(clause.text)
        if any(ch.isdigit() for ch in w) and not _ORDINAL.match(w)
    ]
    if citations:
        found += [c.symbol.upper() for c in res.citations if c.clause == clause.id and c.symbol]
    return tuple(sorted(found))


def similarity(a: str, b: str) -> float:
    """Word similarity of two texts: difflib's ratio on their word keys (0 to 1).

    Args:
        a: a text.
        b: another text.

    Returns:
        ``2 * matches / (len(a) + len(b))`` in words; 1.0 for two empty texts.
    """
    wa, wb = words(a), words(b)
    if not wa and not wb:
        return 1.0
    return difflib.SequenceMatcher(None, wa, wb, autojunk=False).ratio()


def _ratio(
    wa: Sequence[str], wb: Sequence[str], ca: Counter[str], cb: Counter[str], floor: float
) -> float:
    """difflib's ratio of two token sequences; below ``floor`` only an upper bound is computed.

    The bounds are difflib's own (``real_quick_ratio``: lengths; ``quick_ratio``: shared
    tokens counted as a multiset), taken from precomputed counters.
    """
    total = len(wa) + len(wb)
    if not total:
        return 1.0
    if 2 * min(len(wa), len(wb)) / total < floor:
        return 2 * min(len(wa), len(wb)) / total
    small, big = (ca, cb) if len(ca) < len(cb) else (cb, ca)
    bound = 2 * sum(min(n, big[k]) for k, n in small.items() if k in big) / total
    if bound < floor:
        return bound
    return difflib.SequenceMatcher(None, wa, wb, autojunk=False).ratio()


class _Scorer:
    """Word similarities of the paragraphs of two versions, computed on demand and cached."""

    def __init__(self, a: Sequence[Clause], b: Sequence[Clause], floor: float) -> None:
        self.wa = [words(c.text) for c in a]
        self.wb = [words(c.text) for c in b]
        self.ca = [Counter(w) for w in self.wa]
        self.cb = [Counter(w) for w in self.wb]
        self.floor = floor
        self.cache: dict[tuple[int, int], float] = {}

    def __call__(self, i: int, j: int) -> float:
        v = self.cache.get((i, j))
        if v is None:
            v = _ratio(self.wa[i], self.wb[j], self.ca[i], self.cb[j], self.floor)
            self.cache[(i, j)] = v
        return v


def _align_same(scorer: _Scorer) -> list[tuple[int | None, int | None]]:
    """Monotone alignment in one language: identical paragraphs first, then `align` in the gaps.

    Runs of paragraphs whose words are identical anchor the alignment (as in a line diff);
    only the stretches between them are aligned by similarity, which keeps long resolutions
    fast.
    """
    sm = difflib.SequenceMatcher(None, scorer.wa, scorer.wb, autojunk=False)
    path: list[tuple[int | None, int | None]] = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            for k in range(i2 - i1):
                scorer.cache[(i1 + k, j1 + k)] = 1.0
                path.append((i1 + k, j1 + k))
            continue
        if i1 == i2 or j1 == j2:
            path.extend((i, None) for i in range(i1, i2))
            path.extend((None, j) for j in range(j1, j2))
            continue
        sub = [[scorer(i, j) for j in range(j1, j2)] for i in range(i1, i2)]
        for i, j in align(sub, MATCH_MIN):
            path.append((None if i is None else i + i1, None if j is None else j + j1))
    return path


def align(
    scores: Sequence[Sequence[float]], threshold: float
) -> list[tuple[int | None, int | None]]:
    """Global monotone alignment of two sequences, maximizing the sum of matched scores.

    Dynamic programming as in Needleman–Wunsch with free gaps: a pair may be matched only when
    its score reaches ``threshold``; the path keeps both orders.

    Args:
        scores: ``scores[i][j]`` is the similarity of item ``i`` of the first sequence and item
            ``j`` of the second.
        threshold: the least score of a matched pair.

    Returns:
        The path, in order: ``(i, j)`` for a match, ``(i, None)`` for an item only in the
        first sequence, ``(None, j)`` for an item only in the second.
    """
    n = len(scores)
    m = len(scores[0]) if n else 0
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        row, prev, s = best[i], best[i - 1], scores[i - 1]
        for j in range(1, m + 1):
            v = max(prev[j], row[j - 1])
            if s[j - 1] >= threshold:
                v = max(v, prev[j - 1] + s[j - 1])
            row[j] = v
    path: list[tuple[int | None, int | None]] = []
    i, j = n, m
    while i > 0 or j > 0:
        if i > 0 and j > 0:
            s = scores[i - 1][j - 1]
            if s >= threshold and best[i][j] == best[i - 1][j - 1] + s:
                path.append((i - 1, j - 1))
                i, j = i - 1, j - 1
                continue
        if j > 0 and (i == 0 or best[i][j] == best[i][j - 1]):
            path.append((None, j - 1))  # written last, so that removals come before additions
            j -= 1
        else:
            path.append((i - 1, None))
            i -= 1
    path.reverse()
    return path


def _dice(x: Sequence[str], y: Sequence[str]) -> float:
    cx, cy = Counter(x), Counter(y)
    return 2 * sum((cx & cy).values()) / (len(x) + len(y))


def _cross_matrix(
    a: Sequence[Clause], b: Sequence[Clause], ra: Resolution, rb: Resolution
) -> list[list[float]]:
    """Cross-language scores: the `CROSS_WEIGHTS`-weighted mean of the evidence available."""
    total_a = sum(len(c.text) for c in a) or 1
    total_b = sum(len(c.text) for c in b) or 1
    anchors_a = [anchors(c, ra) for c in a]
    anchors_b = [anchors(c, rb) for c in b]
    scale = len(b) / len(a) if a else 1.0
    scores = [[0.0] * len(b) for _ in a]
    for i, ca in enumerate(a):
        for j, cb in enumerate(b):
            ev: dict[str, float] = {}
            if ca.number and cb.number:
                ev["number"] = float(ca.number == cb.number)
            if anchors_a[i] or anchors_b[j]:
                ev["anchors"] = _dice(anchors_a[i], anchors_b[j])
            la, lb = len(ca.text) / total_a, len(cb.text) / total_b
            ev["length"] = min(la, lb) / max(la, lb) if max(la, lb) else 1.0
            ev["position"] = max(0.0, 1.0 - abs(i * scale - j) / POSITION_WINDOW)
            if ca.lead.gloss and cb.lead.gloss:
                ev["gloss"] = float(ca.lead.gloss == cb.lead.gloss)
            weight = sum(CROSS_WEIGHTS[k] for k in ev)
            scores[i][j] = sum(CROSS_WEIGHTS[k] * v for k, v in ev.items()) / weight
    return scores


#: The statuses of an aligned row.
STATUSES: tuple[str, ...] = ("unchanged", "edited", "moved", "added", "removed")
#: Columns of `Comparison.frame`, in order.
COLUMNS: tuple[str, ...] = (
    "section",
    "a_id",
    "b_id",
    "a_number",
    "b_number",
    "status",
    "similarity",
    "lead_a",
    "lead_b",
    "lead_change",
    "diff",
    "a_text",
    "b_text",
)


# ------------------------------------------------------------------------------------------------
# Word diff and lead changes
# ------------------------------------------------------------------------------------------------


def diff_opcodes(
    a: str, b: str
) -> tuple[list[str], list[str], list[tuple[str, int, int, int, int]]]:
    """Word-level opcodes between two texts (tokens split on spaces, typography unified).

    Args:
        a: the old text.
        b: the new text.

    Returns:
        The old tokens, the new tokens, and difflib's opcodes over them.
    """
    ta, tb = _display(a).split(), _display(b).split()
    ka = [t.translate(_QUOTES) for t in ta]
    kb = [t.translate(_QUOTES) for t in tb]
    sm = difflib.SequenceMatcher(None, ka, kb, autojunk=False)
    return ta, tb, sm.get_opcodes()


def word_diff(a: str, b: str, context: int = 3) -> str:
    """A compact word-level diff: ``… [-old words-] {+new words+} …``.

    Unchanged stretches longer than ``2 * context`` words are cut to ``context`` words on each
    side of a change and an ellipsis.

    Args:
        a: the old text.
        b: the new text.
        context: unchanged words kept around each change.

    Returns:
        The diff; an empty string when the texts are the same (after `canonical`).
    """
    ta, tb, ops = diff_opcodes(a, b)
    if all(op == "equal" for op, *_ in ops):
        return ""
    out: list[str] = []
    last = len(ops) - 1
    for k, (op, i1, i2, j1, j2) in enumerate(ops):
        if op == "equal":
            run = ta[i1:i2]
            head = run[:context] if k > 0 else []
            tail = run[-context:] if k < last else []
            if len(run) <= len(head) + len(tail):
                out.extend(run)
            else:
                out.extend([*head, "…", *tail])
            continue
        if i2 > i1:
            out.append("[-" + " ".join(ta[i1:i2]) + "-]")
        if j2 > j1:
            out.append("{+" + " ".join(tb[j1:j2]) + "+}")
    return " ".join(out)


def _verb_key(clause: Clause, cross: bool) -> str | None:
    lead = clause.lead
    if cross:
        return lead.gloss
    if lead.lemma:
        return lead.lemma.lower()
    first = words(lead.text)
    return first[0] if first else None


@lru_cache(maxsize=8)
def _adverb_glosses(language: str) -> dict[str, str]:
    from helpers.lexicon import load_adverbs

    df = load_adverbs(language or "")
    return {canonical(t).lower(): g for t, g in zip(df["text"], df["gloss"], strict=True) if g}


def _adverb_keys(clause: Clause, language: str | None, cross: bool) -> dict[str, str]:
    """Adverbs of a lead, keyed by what is compared (the text, or its gloss across languages)."""
    out: dict[str, str] = {}
    glosses = _adverb_glosses(language or "") if cross else {}
    head = f" {canonical(clause.lead.lemma or '').lower()} "
    for adv in clause.lead.adverbs:
        text = canonical(adv).lower()
        if f" {text} " in head:
            continue  # part of the head (``demander instamment``): not a separable adverb
        key = glosses.get(text) if cross else text
        if key:
            out[key] = adv
    return out


def lead_change(
    a: Clause,
    b: Clause,
    *,
    cross: bool = False,
    languages: tuple[str | None, str | None] = (None, None),
) -> str:
    """The change in the lead phrase between two versions of a paragraph, in words.

    A verb change is a different lemma (in one language) or a different English gloss (across
    languages); adverbs (``also``, ``strongly``, ``instamment``) added or removed are listed.

    Args:
        a: the paragraph in the first version.
        b: the paragraph in the second version.
        cross: the versions are in two languages (compare glosses).
        languages: the languages of ``a`` and ``b`` (to gloss adverbs across languages).

    Returns:
        ``"verb: Encourages → Urges (encourage → urge)"``, ``"adverb added: also"``... joined
        by ``"; "``, or ``""`` when the lead is unchanged.
    """
    parts: list[str] = []
    ka, kb = _verb_key(a, cross), _verb_key(b, cross)
    if ka and kb and ka != kb:
        ga, gb = a.lead.gloss, b.lead.gloss
        glosses = f" ({ga} → {gb})" if ga and gb and ga != gb else ""
        parts.append(f"verb: {a.lead.text} → {b.lead.text}{glosses}")
    adv_a = _adverb_keys(a, languages[0], cross)
    adv_b = _adverb_keys(b, languages[1], cross)
    added = [adv_b[k] for k in adv_b if k not in adv_a]
    removed = [adv_a[k] for k in adv_a if k not in adv_b]
    if added:
        parts.append("adverb added: " + ", ".join(added))
    if removed:
        parts.append("adverb removed: " + ", ".join(removed))
    return "; ".join(parts)


# ------------------------------------------------------------------------------------------------
# Comparison
# ------------------------------------------------------------------------------------------------

#: Header fields compared by `compare` (listed in `Comparison.header` when they differ).
HEADER_FIELDS: tuple[str, ...] = (
    "symbol",
    "title",
    "doc_type",
    "session",
    "date",
    "language",
    "body",
)

_HTML_STYLE = """<style>
table.cmp {border-collapse: collapse; font-size: 0.9em}
table.cmp td, table.cmp th {border-top: 1px solid #ddd; padding: 4px 6px; vertical-align: top;
  text-align: left}
table.cmp del {background: #fbe3d6; color: #8a2c00}
table.cmp ins {background: #d8f0e6; color: #005a3c; text-decoration: none}
table.cmp tr.unchanged td {color: #666}
table.cmp .status {font-weight: bold; white-space: nowrap}
table.cmp .lead {font-style: italic}
</style>"""


@dataclass(frozen=True)
class Comparison:
    """Two resolutions aligned paragraph by paragraph.

    Attributes:
        a: the first (older) version.
        b: the second (newer) version.
        frame: one row per aligned pair (columns `COLUMNS`).
        header: the header fields that differ (``field``, ``a``, ``b``).
        cross_language: the two versions are in two languages.
    """

    a: Resolution
    b: Resolution
    frame: pd.DataFrame
    header: pd.DataFrame
    cross_language: bool = False

    def counts(self) -> dict[str, int]:
        """Rows per status (every status present, zero when absent)."""
        vc = self.frame["status"].value_counts()
        return {s: int(vc.get(s, 0)) for s in STATUSES}

    def changes(self) -> pd.DataFrame:
        """The rows that are not unchanged, or whose lead changed."""
        f = self.frame
        return f[(f["status"] != "unchanged") | (f["lead_change"] != "")].reset_index(drop=True)

    def to_html(self, *, unchanged: bool = True) -> str:
        """An HTML table of the alignment, changes highlighted; every text is escaped.

        Args:
            unchanged: also show the unchanged paragraphs (greyed).

        Returns:
            A ``<style>`` block and a ``<table class="cmp">``.
        """
        esc = html.escape
        rows = [
            "<tr><th>section</th><th>"
            + esc(_label(self.a))
            + "</th><th>"
            + esc(_label(self.b))
            + "</th><th>status</th><th>lead</th><th>text</th></tr>"
        ]
        for r in self.frame.itertuples(index=False):
            if not unchanged and r.status == "unchanged" and not r.lead_change:
                continue
            if self.cross_language and r.status in ("unchanged", "edited"):
                text = f"<div>{esc(_text(r.a_text))}</div><hr><div>{esc(_text(r.b_text))}</div>" + (
                    f"<div><small>{_html_diff_str(r.diff)}</small></div>" if r.diff else ""
                )
            elif r.status in ("edited", "moved"):
                text = html_diff(_text(r.a_text), _text(r.b_text))
            elif r.status == "added":
                text = f"<ins>{esc(_text(r.b_text))}</ins>"
            elif r.status == "removed":
                text = f"<del>{esc(_text(r.a_text))}</del>"
            else:
                text = esc(_text(r.b_text))
            lead = esc(r.lead_change) if r.lead_change else ""
            rows.append(
                f'<tr class="{esc(r.status)}"><td>{esc(r.section)}</td>'
                f"<td>{esc(_text(r.a_id))}</td><td>{esc(_text(r.b_id))}</td>"
                f'<td class="status">{esc(r.status)}</td><td class="lead">{lead}</td>'
                f"<td>{text}</td></tr>"
            )
        return _HTML_STYLE + '<table class="cmp">' + "".join(rows) + "</table>"

    def _repr_html_(self) -> str:
        return self.to_html()


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _label(res: Resolution) -> str:
    name = res.symbol or res.doc_type or "document"
    return f"{name} ({res.language})" if res.language else name


def html_diff(a: str, b: str) -> str:
    """The new text with deleted words in ``<del>`` and inserted words in ``<ins>``, escaped.

    Args:
        a: the old text.
        b: the new text.

    Returns:
        HTML.
    """
    ta, tb, ops = diff_opcodes(a, b)
    out: list[str] = []
    for op, i1, i2, j1, j2 in ops:
        if op == "equal":
            out.append(html.escape(" ".join(ta[i1:i2])))
            continue
        if i2 > i1:
            out.append("<del>" + html.escape(" ".join(ta[i1:i2])) + "</del>")
        if j2 > j1:
            out.append("<ins>" + html.escape(" ".join(tb[j1:j2])) + "</ins>")
    return " ".join(out)


def _html_diff_str(diff: str) -> str:
    """Escape a compact diff string and mark its ``[-…-]`` and ``{+…+}`` runs."""
    out = html.escape(diff)
    out = re.sub(r"\[-(.*?)-\]", r"<del>\1</del>", out)
    return re.sub(r"\{\+(.*?)\+\}", r"<ins>\1</ins>", out)


def _header(a: Resolution, b: Resolution) -> pd.DataFrame:
    rows = []
    for name in HEADER_FIELDS:
        va, vb = getattr(a, name), getattr(b, name)
        same = canonical(str(va)) == canonical(str(vb)) if va and vb else va == vb
        if not same:
            rows.append({"field": name, "a": va, "b": vb})
    return pd.DataFrame(rows, columns=["field", "a", "b"])


def _row(
    section: str,
    ca: Clause | None,
    cb: Clause | None,
    status: str,
    similarity: float | None,
    lead: str,
    diff: str,
) -> dict[str, object]:
    return {
        "section": section,
        "a_id": ca.id if ca else None,
        "b_id": cb.id if cb else None,
        "a_number": ca.number if ca else None,
        "b_number": cb.number if cb else None,
        "status": status,
        "similarity": similarity,
        "lead_a": ca.lead.text if ca else None,
        "lead_b": cb.lead.text if cb else None,
        "lead_change": lead,
        "diff": diff,
        "a_text": ca.text if ca else None,
        "b_text": cb.text if cb else None,
    }


def _anchor_diff(x: Sequence[str], y: Sequence[str]) -> str:
    cx, cy = Counter(x), Counter(y)
    gone = sorted((cx - cy).elements())
    new = sorted((cy - cx).elements())
    parts = []
    if gone:
        parts.append("[-" + " ".join(gone) + "-]")
    if new:
        parts.append("{+" + " ".join(new) + "+}")
    return " ".join(parts)


def _compare_section(
    section: str, a: Resolution, b: Resolution, cross: bool
) -> list[dict[str, object]]:
    ca_list = [c for c in a.clauses if c.section == section]
    cb_list = [c for c in b.clauses if c.section == section]
    if not ca_list and not cb_list:
        return []
    langs = (a.language, b.language)
    score: Callable[[int, int], float]
    moves: dict[int, int] = {}
    if cross:
        matrix = _cross_matrix(ca_list, cb_list, a, b)
        path = align(matrix, CROSS_MIN) if ca_list and cb_list else _gaps(ca_list, cb_list)

        def score(i: int, j: int) -> float:
            return matrix[i][j]

    else:
        score = _Scorer(ca_list, cb_list, floor=min(MATCH_MIN, MOVE_MIN))
        path = _align_same(score)
        moves = _moves(path, score)
    moved_to = {j: i for i, j in moves.items()}
    rows: list[dict[str, object]] = []
    for i, j in path:
        if i is not None and i in moves:
            continue  # reported where it landed
        ca = ca_list[i] if i is not None else None
        if j is not None and j in moved_to:
            i, ca = moved_to[j], ca_list[moved_to[j]]
        cb = cb_list[j] if j is not None else None
        if ca is None or cb is None:
            status = "removed" if cb is None else "added"
            rows.append(_row(section, ca, cb, status, None, "", ""))
            continue
        assert i is not None and j is not None
        lead = lead_change(ca, cb, cross=cross, languages=langs)
        if cross:
            printed_a = anchors(ca, a, citations=False)
            diff = _anchor_diff(printed_a, anchors(cb, b, citations=False))
        else:
            diff = word_diff(ca.text, cb.text)
        status = "moved" if j in moved_to else "edited" if diff else "unchanged"
        rows.append(_row(section, ca, cb, status, round(score(i, j), 3), lead, diff))
    return rows


def _gaps(a: Sequence[Clause], b: Sequence[Clause]) -> list[tuple[int | None, int | None]]:
    return [(i, None) for i in range(len(a))] + [(None, j) for j in range(len(b))]


def _moves(
    path: Sequence[tuple[int | None, int | None]], score: Callable[[int, int], float]
) -> dict[int, int]:
    """Leftover paragraphs that match well out of order: ``{i: j}``, best pairs first."""
    left_a = [i for i, j in path if j is None and i is not None]
    left_b = [j for i, j in path if i is None and j is not None]
    pairs = sorted(
        ((v, i, j) for i in left_a for j in left_b if (v := score(i, j)) >= MOVE_MIN),
        reverse=True,
    )
    out: dict[int, int] = {}
    used_b: set[int] = set()
    for _, i, j in pairs:
        if i not in out and j not in used_b:
            out[i] = j
            used_b.add(j)
    return out


def compare(a: Resolution, b: Resolution) -> Comparison:
    """Align two resolutions paragraph by paragraph: preamble with preamble, operative likewise.

    In one language, paragraphs are matched by word similarity (`similarity`) in a global
    monotone alignment (`align`, pairs from `MATCH_MIN`); a leftover paragraph that matches a
    leftover of the other version out of order (from `MOVE_MIN`) is *moved*. Across two
    languages, the alignment scores position, printed numbers, lead glosses, relative length and
    the language-independent tokens (`anchors`), and a pair is *edited* when those tokens
    differ.

    Args:
        a: the first version (older, or the draft; or one language).
        b: the second version (newer, or adopted; or another language).

    Returns:
        The `Comparison`: ``frame`` (one row per pair; statuses unchanged, edited, moved,
        added, removed), ``header`` and ``to_html()``.
    """
    cross = bool(a.language and b.language and a.language != b.language)
    rows: list[dict[str, object]] = []
    for section in ("preamble", "operative"):
        rows.extend(_compare_section(section, a, b, cross))
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    for col in COLUMNS:
        if col != "similarity":  # missing ids and texts are None, not NaN
            frame[col] = frame[col].astype(object).where(frame[col].notna(), None)
    frame["similarity"] = frame["similarity"].astype("float64")
    return Comparison(a=a, b=b, frame=frame, header=_header(a, b), cross_language=cross)


# ------------------------------------------------------------------------------------------------
# Series: the other versions of a resolution in a corpus
# ------------------------------------------------------------------------------------------------

#: Title similarity (word ratio) from which a document is a candidate version. Measured on every
#: pair of *different* resolutions of one session (GA 76, FR and EN, 90,000 pairs): 99.9% of
#: them score below 0.67. Between this and `TITLE_SAME`, a candidate must be linked to the
#: series by a citation (``Rappelant sa résolution 75/180``).
TITLE_MIN = 0.67
#: Title similarity from which a document is a version without a citation link: in the same
#: measurement, only three pairs in 90,000 reach 0.90 (budget and financing items).
TITLE_SAME = 0.90
#: Columns of `series`, in order.
SERIES_COLUMNS: tuple[str, ...] = (
    "session",
    "language",
    "symbol",
    "title",
    "title_similarity",
    "linked",
    "cites",
    "source",
    "resolution",
)
#: Columns of `read_titles`, in order.
TITLE_COLUMNS: tuple[str, ...] = ("source", "language", "symbol", "session", "title", "head")

# AKN4UN files use the default namespace, so tags are matched without a prefix; each pattern
# starts with a literal, which keeps the search fast on the head of 7,000 files.
_DOC_TITLE = re.compile(
    r"""
    <docTitle\b[^>]*>              # the opening tag, any attributes
    (?P<title>.*?)                  # the title, with inline markup
    </docTitle>
    """,
    re.S | re.X,
)
_DOC_NUMBER = re.compile(r"<docNumber\b[^>]*>(?P<number>[^<]*)<")
_SESSION = re.compile(r"<session\b[^>]*\bvalue=\"(?P<session>\d+)\"")
_FRBR_LANGUAGE = re.compile(r"<FRBRlanguage\b[^>]*\blanguage=\"(?P<language>\w+)\"")
_TAG = re.compile(r"<[^>]+>")
#: Where the cheap title pass stops reading an XML file (the preface comes before the text).
_HEAD_END = b"</preface>"
_HEAD_LIMIT = 256 * 1024
_TEXT_SUFFIXES = (".txt", ".md", ".text")


def _element(text: str, tag: str) -> str | None:
    """The first ``<tag ...>...</tag>`` of an XML text, found with `str.find` (fast)."""
    start = text.find(f"<{tag}")
    end = text.find(f"</{tag}>", start)
    return text[start : end + len(tag) + 3] if start >= 0 and end >= 0 else None


def _xml_title_row(head: str, source: str) -> dict[str, object] | None:
    """Language, symbol, session and title of an AKN document, from its head, by regex."""
    from helpers.akn import LANGUAGES

    preface = _element(head, "preface")
    if preface is None:
        return None
    m = _DOC_TITLE.search(preface)
    title = _SPACES.sub(" ", html.unescape(_TAG.sub("", m.group("title")))).strip() if m else ""
    number = _DOC_NUMBER.search(_element(head, "coverPage") or preface)
    lang = _FRBR_LANGUAGE.search(head)
    code = lang.group("language").lower() if lang else ""
    session = _SESSION.search(head)
    return {
        "source": source,
        "language": LANGUAGES.get(code, code[:2] or None),
        "symbol": _normal_symbol(number.group("number")) if number else None,
        "session": int(session.group("session")) if session else None,
        "title": title or None,
        "head": None,
    }


def _normal_symbol(symbol: str | None) -> str | None:
    if not symbol:
        return None
    return re.sub(r"\s+", "", html.unescape(symbol)).rstrip(".").upper() or None


def _read_head(zf: zipfile.ZipFile, member: str) -> bytes:
    from helpers.corpus import member_problem

    info = zf.getinfo(member)
    if member_problem(info):
        return b""
    buf = b""
    with zf.open(info) as fh:
        while len(buf) < _HEAD_LIMIT:
            chunk = fh.read(16384)
            if not chunk:
                break
            buf += chunk
            if _HEAD_END in buf[-len(chunk) - len(_HEAD_END) :]:
                break
    return buf


_TITLE_CACHE: dict[tuple[str, int, int], pd.DataFrame] = {}


def read_titles(corpus: str | Path) -> pd.DataFrame:
    """The cheap first pass of `series`: language, symbol, session and title of each document.

    AKN XML files (loose or in zips, at any depth) are read only up to their preface, and the
    fields are taken by regular expressions, without parsing. Plain-text files give their
    first 3,000 characters as ``head`` (the title is somewhere in there) and a language
    guessed from function words. PDF and DOCX files are not read: their titles need a full
    parse (parse them and pass the resolutions to `series` instead). The result is cached per
    corpus folder (until a file in it changes).

    Args:
        corpus: a folder or a zip.

    Returns:
        One row per document (columns `TITLE_COLUMNS`).
    """
    from helpers.corpus import scan
    from helpers.parse import detect_language

    sources = scan(corpus)
    key = (str(Path(corpus).resolve()), len(sources), hash(tuple(s.stamp for s in sources)))
    if key in _TITLE_CACHE:
        return _TITLE_CACHE[key]
    rows: list[dict[str, object]] = []
    opened: dict[str, zipfile.ZipFile] = {}
    try:
        for src in sources:
            suffix = Path(src.chain[-1]).suffix.lower()
            if src.problem or suffix not in (".xml", ".akn", *_TEXT_SUFFIXES):
                continue
            if len(src.chain) == 2:
                zf = opened.get(src.chain[0])
                if zf is None:
                    zf = opened[src.chain[0]] = zipfile.ZipFile(src.chain[0])
                data = _read_head(zf, src.chain[1])
            else:
                data = src.load()[:_HEAD_LIMIT]
            text = data.decode("utf-8", errors="replace")
            if suffix in _TEXT_SUFFIXES:
                head = text[:3000]
                rows.append(
                    {
                        "source": src.id,
                        "language": detect_language(head),
                        "symbol": None,
                        "session": None,
                        "title": None,
                        "head": head,
                    }
                )
                continue
            row = _xml_title_row(text, src.id)
            if row:
                rows.append(row)
    finally:
        for zf in opened.values():
            zf.close()
    df = pd.DataFrame(rows, columns=list(TITLE_COLUMNS))
    df["session"] = df["session"].astype("Int64")
    _TITLE_CACHE[key] = df
    return df


def title_similarity(a: str | None, b: str | None) -> float:
    """Word similarity of two titles (0 when either is missing).

    Args:
        a: a title.
        b: another title.

    Returns:
        difflib's ratio on the titles' word keys.
    """
    if not a or not b:
        return 0.0
    return similarity(a, b)


def _title_in_head(title: str, head: str) -> float:
    """How much of a title appears, in order, in the head of a plain-text document (0 to 1)."""
    wt, wh = words(title), words(head)
    if not wt:
        return 0.0
    sm = difflib.SequenceMatcher(None, wt, wh, autojunk=False)
    return sum(b.size for b in sm.get_matching_blocks()) / len(wt)


def _cited(res: Resolution, body: str | None) -> set[str]:
    """The symbols of the resolutions of ``body`` that ``res`` cites."""
    return {
        sym
        for c in res.citations
        if c.kind == "resolution"
        and (body is None or c.body == body)
        and (sym := _normal_symbol(c.symbol))
    }


def _symbol_order(symbol: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", symbol))


def series(
    corpus: str | Path | Iterable[Resolution],
    like: Resolution,
    languages: Iterable[str] | None = None,
) -> pd.DataFrame:
    """The versions of a resolution in a corpus, ordered by session.

    A document is a version when its title is close to ``like``'s (`TITLE_SAME`), or fairly
    close (`TITLE_MIN`) and linked to the series by a citation of the same body: it cites a
    version (``Rappelant sa résolution 75/180``) or a version cites it. The chain is followed
    both ways from ``like``. One version is kept per session (a linked one first, then the
    closest title). A folder or zip is first scanned cheaply (`read_titles`); only the
    candidates are parsed. Versions in other languages are the documents with the same symbols.

    Args:
        corpus: a folder or zip of documents, or parsed resolutions.
        like: the resolution whose series is wanted (a draft or an adopted text).
        languages: the languages wanted (``["fr", "en", "es"]``); ``like``'s language by
            default. Titles are matched in ``like``'s language.

    Returns:
        One row per version and language (columns `SERIES_COLUMNS`; ``resolution`` holds the
        parsed `Resolution`), ordered by session and language. ``like`` itself is included
        when it is in the corpus.
    """
    from helpers.corpus import parse_source, scan

    language = like.language
    wanted = list(dict.fromkeys([*(languages or []), language] if languages else [language]))
    if isinstance(corpus, (str, Path)):
        titles = read_titles(corpus)
        loaders = {s.id: s for s in scan(corpus)}

        def parse(source: str) -> Resolution | None:
            try:
                return parse_source(source, loaders[source].load())
            except ParseError:
                return None

        same = titles[titles["language"] == language] if language else titles
        candidates: list[tuple[float, Resolution, str]] = []
        for row in same.itertuples(index=False):
            if isinstance(row.head, str):
                sim = _title_in_head(like.title or "", row.head)
            else:
                sim = title_similarity(like.title, row.title if isinstance(row.title, str) else "")
            if sim < TITLE_MIN:
                continue
            res = parse(row.source)
            if res is None:
                continue
            candidates.append((title_similarity(like.title, res.title), res, row.source))
        others = titles[titles["language"].isin([w for w in wanted if w != language])]
    else:
        pool = list(corpus)
        candidates = [
            (title_similarity(like.title, r.title), r, r.source or "")
            for r in pool
            if r.language == language
        ]
        others = None
    chosen = _chain(like, [c for c in candidates if c[0] >= TITLE_MIN])
    rows = [
        _series_row(res, sim, linked, cites, source) for sim, res, source, linked, cites in chosen
    ]
    if len(wanted) > 1:
        symbols = {_normal_symbol(r["symbol"]): r for r in rows if r["symbol"]}
        if others is not None:
            for row in others.itertuples(index=False):
                base = symbols.get(row.symbol)
                if base is None:
                    continue
                res = parse(row.source)
                if res is not None:
                    rows.append(
                        {
                            **base,
                            "language": res.language,
                            "title": res.title,
                            "source": row.source,
                            "resolution": res,
                        }
                    )
        else:
            for res in pool:
                base = symbols.get(_normal_symbol(res.symbol))
                if base is not None and res.language in wanted and res.language != language:
                    rows.append(
                        {
                            **base,
                            "language": res.language,
                            "title": res.title,
                            "source": res.source,
                            "resolution": res,
                        }
                    )
    df = pd.DataFrame(rows, columns=list(SERIES_COLUMNS))
    df["session"] = df["session"].astype("Int64")
    order = {lang: k for k, lang in enumerate(wanted)}
    df["_lang"] = df["language"].map(order)
    return (
        df.sort_values(["session", "_lang"], kind="mergesort")
        .drop(columns="_lang")
        .reset_index(drop=True)
    )


def _series_row(
    res: Resolution, sim: float, linked: bool, cites: str | None, source: str
) -> dict[str, object]:
    return {
        "session": res.session,
        "language": res.language,
        "symbol": res.symbol,
        "title": res.title,
        "title_similarity": round(sim, 3),
        "linked": linked,
        "cites": cites,
        "source": source,
        "resolution": res,
    }


def _chain(
    like: Resolution, candidates: Sequence[tuple[float, Resolution, str]]
) -> list[tuple[float, Resolution, str, bool, str | None]]:
    """Follow the citation chain from ``like`` through the candidates; one version a session.

    Returns:
        ``(title similarity, resolution, source, linked, cited version)`` per version kept.
    """
    body = like.body
    symbols = {s for s in [_normal_symbol(like.symbol)] if s}
    cited = _cited(like, body)
    members: dict[int, bool] = {}  # candidate index → linked by a citation
    changed = True
    while changed:
        changed = False
        for k, (sim, res, _source) in enumerate(candidates):
            if k in members:
                continue
            sym = _normal_symbol(res.symbol)
            linked = (sym is not None and sym in cited) or bool(_cited(res, body) & symbols)
            if linked or sim >= TITLE_SAME:
                members[k] = linked
                symbols |= {sym} if sym else set()
                cited |= _cited(res, body)
                changed = True
    for k in members:  # again, now that the whole chain is known
        res = candidates[k][1]
        sym = _normal_symbol(res.symbol)
        members[k] = (sym is not None and sym in cited) or bool(_cited(res, body) & symbols - {sym})
    best: dict[object, int] = {}
    for k, linked in members.items():
        session = candidates[k][1].session
        cur = best.get(session)
        if cur is None or (linked, candidates[k][0]) > (members[cur], candidates[cur][0]):
            best[session] = k
    out = []
    for k in best.values():
        sim, res, source = candidates[k]
        own = _normal_symbol(res.symbol)
        prior = sorted((_cited(res, body) & symbols) - {own or ""}, key=_symbol_order)
        out.append((sim, res, source, members[k], prior[-1] if prior else None))
    return out


# ------------------------------------------------------------------------------------------------
# A series: changes between consecutive versions, paragraph lineages, terminology shifts
# ------------------------------------------------------------------------------------------------


def version_label(res: Resolution) -> str:
    """A short label for a version: ``76/159``, or ``76 draft`` for a draft without a symbol.

    Args:
        res: a version.

    Returns:
        The label.
    """
    if res.symbol:
        m = re.search(r"(\d+/\d+(?:\s*[A-Z])?)$", res.symbol)
        label = m.group(1) if m else res.symbol
        return f"{label} draft" if "draft" in (res.doc_type or "") else label
    session = res.session if res.session is not None else "?"
    return f"{session} draft" if "draft" in (res.doc_type or "") else f"{session} ?"


def compare_series(versions: Sequence[Resolution]) -> list[Comparison]:
    """Compare each version with the next.

    Args:
        versions: the versions, in order (e.g. ``series(...)["resolution"]``).

    Returns:
        ``len(versions) - 1`` comparisons.
    """
    return [compare(a, b) for a, b in itertools.pairwise(versions)]


def evolution(comparisons: Sequence[Comparison]) -> pd.DataFrame:
    """Paragraphs unchanged, edited, moved, added and removed between consecutive versions.

    Args:
        comparisons: from `compare_series`.

    Returns:
        One row per comparison: ``a``, ``b`` (version labels), ``a_session``, ``b_session``,
        a count per status, ``lead_changes`` (pairs whose lead changed) and ``title_changed``.
    """
    rows = []
    for c in comparisons:
        counts = c.counts()
        rows.append(
            {
                "a": version_label(c.a),
                "b": version_label(c.b),
                "a_session": c.a.session,
                "b_session": c.b.session,
                **counts,
                "lead_changes": int((c.frame["lead_change"] != "").sum()),
                "title_changed": bool((c.header["field"] == "title").any()),
            }
        )
    cols = ["a", "b", "a_session", "b_session", *STATUSES, "lead_changes", "title_changed"]
    return pd.DataFrame(rows, columns=cols)


def lead_changes(comparisons: Sequence[Comparison]) -> pd.DataFrame:
    """Every change of a lead phrase between consecutive versions.

    Args:
        comparisons: from `compare_series`.

    Returns:
        One row per changed lead: ``a``, ``b`` (version labels), ``b_session``, ``section``,
        ``a_id``, ``b_id``, ``lead_a``, ``lead_b``, ``lead_change``.
    """
    frames = []
    for c in comparisons:
        f = c.frame[c.frame["lead_change"] != ""]
        f = f[["section", "a_id", "b_id", "lead_a", "lead_b", "lead_change"]].copy()
        f.insert(0, "b_session", c.b.session)
        f.insert(0, "b", version_label(c.b))
        f.insert(0, "a", version_label(c.a))
        frames.append(f)
    cols = ["a", "b", "b_session", "section", "a_id", "b_id", "lead_a", "lead_b", "lead_change"]
    if not frames:
        return pd.DataFrame(columns=cols)
    return pd.concat(frames, ignore_index=True)[cols]


def _unique(labels: list[str]) -> list[str]:
    """Labels made unique by numbering repeats: ``76 draft``, ``76 draft (2)``."""
    seen: Counter[str] = Counter()
    out = []
    for label in labels:
        seen[label] += 1
        out.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return out


def lineage(comparisons: Sequence[Comparison]) -> pd.DataFrame:
    """Each paragraph followed through the versions: one row a paragraph, one column a version.

    A cell holds the paragraph's status in that version against the one before (``present``
    in the first version; ``added``, ``unchanged``, ``edited``, ``moved``; ``removed`` in the
    version that drops it) and is empty where the paragraph does not exist. Rows are in
    reading order, a new paragraph placed after the one it follows.

    Args:
        comparisons: from `compare_series`.

    Returns:
        The grid, indexed by ``section`` and ``paragraph`` (the paragraph's id in the latest
        version that has it), columns the version labels.
    """
    if not comparisons:
        return pd.DataFrame()
    first = comparisons[0].a
    labels = _unique([version_label(first)] + [version_label(c.b) for c in comparisons])
    cells: list[dict[str, str]] = []
    names: list[tuple[str, str]] = []
    order: list[int] = []
    current: dict[str, int] = {}  # id in the current version → lineage
    for c in first.clauses:
        current[c.id] = len(cells)
        order.append(len(cells))
        cells.append({labels[0]: "present"})
        names.append((c.section, c.id))
    for k, comp in enumerate(comparisons, start=1):
        nxt: dict[str, int] = {}
        cursor = -1
        for r in comp.frame.itertuples(index=False):
            if isinstance(r.a_id, str) and r.a_id in current:
                lin = current[r.a_id]
                cursor = max(cursor, order.index(lin))
            else:
                lin = len(cells)
                cells.append({})
                names.append((r.section, r.b_id))
                order.insert(cursor + 1, lin)
                cursor += 1
            cells[lin][labels[k]] = r.status
            if isinstance(r.b_id, str):
                nxt[r.b_id] = lin
                names[lin] = (r.section, r.b_id)
        current = nxt
    index = pd.MultiIndex.from_tuples([names[i] for i in order], names=["section", "paragraph"])
    return pd.DataFrame([cells[i] for i in order], index=index, columns=labels)


_REF = re.compile(r"\d")


def _replacements(
    a: str, b: str, max_words: int
) -> list[tuple[tuple[str, ...], tuple[str, ...], str | None]]:
    """Word n-grams of ``a`` replaced by n-grams of ``b``: ``(old, new, word before)``."""
    wa, wb = words(a), words(b)
    out = []
    sm = difflib.SequenceMatcher(None, wa, wb, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op != "replace" or i2 - i1 > max_words or j2 - j1 > max_words:
            continue
        old, new = wa[i1:i2], wb[j1:j2]
        if any(_REF.search(w) for w in (*old, *new)):
            continue  # a citation, date or number brought up to date, not a term
        out.append((old, new, wa[i1 - 1] if i1 else None))
    return out


def terminology_shifts(series: Sequence[Resolution], max_words: int = 5) -> pd.DataFrame:
    """Word n-grams replaced between consecutive versions, counted: terminology that shifted.

    Found by the diff of the titles and of each pair of aligned paragraphs, not from a list:
    a replacement (``de l'homme`` → ``humains``) is counted each time it occurs. Replacements
    that involve a digit are citations or dates brought up to date and are left out, and so
    are rewrites longer than ``max_words`` words. ``shift`` adds the word before the n-grams
    when the same word precedes most occurrences (``droits de l'homme → droits humains``).

    Args:
        series: the versions, in order.
        max_words: the longest n-gram counted, on either side.

    Returns:
        One row per replacement, most frequent first: ``old``, ``new``, ``shift``, ``count``
        (occurrences), ``transitions`` (consecutive pairs where it occurs), ``first`` (the
        pair where it first occurs, ``75/180 → 76/159``), ``paragraphs`` (ids in the newer
        version, ``title`` for the title).
    """
    found: dict[tuple[tuple[str, ...], tuple[str, ...]], dict[str, object]] = {}
    for comp in compare_series(series):
        step = f"{version_label(comp.a)} → {version_label(comp.b)}"
        pairs = [("title", comp.a.title or "", comp.b.title or "")]
        for r in comp.frame.itertuples(index=False):
            if r.status in ("edited", "moved") and not comp.cross_language:
                pairs.append((r.b_id, r.a_text, r.b_text))
        for where, ta, tb in pairs:
            for old, new, before in _replacements(ta, tb, max_words):
                e = found.setdefault(
                    (old, new),
                    {"count": 0, "steps": [], "paragraphs": [], "before": Counter()},
                )
                e["count"] += 1  # type: ignore[operator]
                if step not in e["steps"]:  # type: ignore[operator]
                    e["steps"].append(step)  # type: ignore[union-attr]
                e["paragraphs"].append(where)  # type: ignore[union-attr]
                e["before"][before] += 1  # type: ignore[index]
    rows = []
    for (old, new), e in found.items():
        before, n = e["before"].most_common(1)[0]  # type: ignore[union-attr]
        o, w = " ".join(old), " ".join(new)
        shift = f"{before} {o} → {before} {w}" if before and 2 * n >= e["count"] else f"{o} → {w}"  # type: ignore[operator]
        rows.append(
            {
                "old": o,
                "new": w,
                "shift": shift,
                "count": e["count"],
                "transitions": len(e["steps"]),  # type: ignore[arg-type]
                "first": e["steps"][0],  # type: ignore[index]
                "paragraphs": ", ".join(dict.fromkeys(e["paragraphs"])),  # type: ignore[call-overload]
            }
        )
    cols = ["old", "new", "shift", "count", "transitions", "first", "paragraphs"]
    df = pd.DataFrame(rows, columns=cols)
    return df.sort_values(["count", "transitions"], ascending=False, kind="mergesort").reset_index(
        drop=True
    )


# ------------------------------------------------------------------------------------------------
# Several languages side by side
# ------------------------------------------------------------------------------------------------


def cross_scores(a: Resolution, b: Resolution) -> pd.DataFrame:
    """The cross-language alignment scores of every pair of paragraphs of one section.

    Args:
        a: a resolution in one language.
        b: the same resolution in another.

    Returns:
        A matrix indexed by ``a``'s paragraph ids, columns ``b``'s; pairs of two sections are
        empty (they are never aligned).
    """
    out = pd.DataFrame(
        float("nan"), index=[c.id for c in a.clauses], columns=[c.id for c in b.clauses]
    )
    for section in ("preamble", "operative"):
        ca = [c for c in a.clauses if c.section == section]
        cb = [c for c in b.clauses if c.section == section]
        if ca and cb:
            matrix = _cross_matrix(ca, cb, a, b)
            out.loc[[c.id for c in ca], [c.id for c in cb]] = matrix
    return out


def side_by_side(versions: Sequence[Resolution]) -> pd.DataFrame:
    """One resolution in several languages, aligned on the first: a row per paragraph.

    Args:
        versions: the same resolution in several languages, the reference first.

    Returns:
        For each language ``xx``: ``xx_id``, ``xx_lead`` and ``xx_text``; then ``gloss`` (the
        lead glosses, ``/``-joined when they differ) and ``numbers`` (True when every
        language prints the same numbers and symbols).
    """
    if not versions:
        return pd.DataFrame()
    ref = versions[0]
    by_id: dict[str, dict[str, object]] = {
        c.id: {"section": c.section, f"{ref.language}_id": c.id} for c in ref.clauses
    }
    clauses = {c.id: c for c in ref.clauses}
    glosses: dict[str, list[str]] = {c.id: [c.lead.gloss or "?"] for c in ref.clauses}
    same_numbers: dict[str, bool] = dict.fromkeys(clauses, True)
    for res in versions:
        lang = res.language or "?"
        if res is ref:
            pairs = [(c.id, c) for c in ref.clauses]
        else:
            f = compare(ref, res).frame
            other = {c.id: c for c in res.clauses}
            pairs = [
                (r.a_id, other[r.b_id])
                for r in f.itertuples(index=False)
                if isinstance(r.a_id, str) and isinstance(r.b_id, str)
            ]
            for r in f.itertuples(index=False):
                if isinstance(r.a_id, str) and r.status != "unchanged":
                    same_numbers[r.a_id] = False
        for aid, c in pairs:
            by_id[aid][f"{lang}_id"] = c.id
            by_id[aid][f"{lang}_lead"] = c.lead.text
            by_id[aid][f"{lang}_text"] = c.text
            if res is not ref:
                glosses[aid].append(c.lead.gloss or "?")
    rows = []
    for aid, row in by_id.items():
        g = list(dict.fromkeys(glosses[aid]))
        rows.append({**row, "gloss": " / ".join(g), "numbers": same_numbers[aid]})
    return pd.DataFrame(rows)


# ------------------------------------------------------------------------------------------------
# Figures
# ------------------------------------------------------------------------------------------------

#: Colours of the statuses in every figure (Okabe–Ito).
STATUS_COLOURS: dict[str, str] = {
    "present": "#BBBBBB",
    "unchanged": "#DDDDDD",
    "edited": "#E69F00",
    "moved": "#CC79A7",
    "added": "#009E73",
    "removed": "#D55E00",
}


def plot_changes(
    evolution_df: pd.DataFrame, leads: pd.DataFrame, title: str | None = None
) -> Figure:
    """Paragraphs edited, added, removed and moved between consecutive versions, and lead changes.

    Args:
        evolution_df: from `evolution`.
        leads: from `lead_changes`.
        title: the figure title (state the finding); by default the busiest step is named.

    Returns:
        A figure: stacked bars per step above, the lead changes written out below.
    """
    import matplotlib.pyplot as plt

    from helpers.plots import use_style

    use_style()
    df = evolution_df.reset_index(drop=True)
    steps = [f"{a} → {b}" for a, b in zip(df["a"], df["b"], strict=True)]
    n_leads = max(len(leads), 1)
    fig, (ax, ax2) = plt.subplots(
        2,
        1,
        figsize=(12, 6.2 + 0.3 * n_leads),
        gridspec_kw={"height_ratios": [5, 0.5 + 0.3 * n_leads]},
    )
    bottom = [0] * len(df)
    for status in ("edited", "added", "removed", "moved"):
        values = [int(v) for v in df[status]]
        ax.bar(steps, values, bottom=bottom, color=STATUS_COLOURS[status], label=status, zorder=3)
        for k, v in enumerate(values):
            if v:
                ax.text(k, bottom[k] + v / 2, str(v), ha="center", va="center", fontsize=11)
        bottom = [x + v for x, v in zip(bottom, values, strict=True)]
    top = max(bottom, default=0) or 1
    ax.set_ylim(0, top * 1.25)
    for k, row in df.iterrows():
        if not bottom[k]:
            ax.text(k, top * 0.03, "no change", ha="center", va="bottom", fontsize=11)
        if row["title_changed"]:
            ax.annotate(
                "title changed",
                (k, bottom[k]),
                xytext=(0, 4),
                textcoords="offset points",
                ha="center",
                fontsize=10,
            )
    ax.set_ylabel("paragraphs")
    ax.grid(axis="y", color="#eeeeee", zorder=0)
    ax.legend(loc="upper right", ncols=4)
    if title is None and len(df):
        changed = [int(df.loc[k, ["edited", "added", "removed", "moved"]].sum()) for k in df.index]
        k = max(range(len(df)), key=lambda i: changed[i])
        total = int(df.loc[k, list(STATUSES)].sum())
        title = f"Most paragraphs changed in {steps[k]} ({changed[k]} of {total})"
    ax.set_title(title or "")
    ax2.axis("off")
    ax2.set_title("Lead phrases that changed", fontsize=12)
    if len(leads):
        for k, r in enumerate(leads.itertuples(index=False)):
            ax2.text(
                0,
                1 - (k + 0.5) / n_leads,
                f"{r.a} → {r.b}  {r.b_id or r.a_id}:  {r.lead_change}",
                transform=ax2.transAxes,
                va="center",
                fontsize=11,
            )
    else:
        ax2.text(
            0,
            0.5,
            "none: every paragraph kept its lead verb and adverbs",
            transform=ax2.transAxes,
            va="center",
            fontsize=11,
        )
    fig.tight_layout()
    return fig


def plot_lineage(grid: pd.DataFrame, title: str | None = None) -> Figure:
    """Each paragraph through the versions, coloured by its status in each version.

    Args:
        grid: from `lineage`.
        title: the figure title (state the finding).

    Returns:
        A figure with one row per paragraph and one column per version.
    """
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    from helpers.plots import use_style

    use_style()
    n, m = grid.shape
    fig, ax = plt.subplots(figsize=(2.2 + 1.3 * m, 1.2 + 0.26 * n))
    for i, (_, row) in enumerate(grid.iterrows()):
        for j, status in enumerate(row):
            if isinstance(status, str):
                ax.add_patch(
                    plt.Rectangle(
                        (j + 0.05, i + 0.08),
                        0.9,
                        0.84,
                        color=STATUS_COLOURS.get(status, "#ffffff"),
                        lw=0,
                    )
                )
                if status == "removed":
                    ax.text(j + 0.5, i + 0.5, "×", ha="center", va="center", fontsize=10)
    ax.set_xlim(0, m)
    ax.set_ylim(n, 0)
    ax.set_xticks([j + 0.5 for j in range(m)], list(grid.columns), rotation=0)
    ax.xaxis.tick_top()
    ax.set_yticks([i + 0.5 for i in range(n)], [p for _, p in grid.index], fontsize=9)
    for side in ("left", "bottom", "top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(length=0)
    used = [s for s in STATUS_COLOURS if (grid == s).any().any()]
    ax.legend(
        handles=[Patch(color=STATUS_COLOURS[s], label=s) for s in used],
        loc="upper left",
        bbox_to_anchor=(1.01, 1),
        fontsize=10,
    )
    ax.set_title(title or "Each paragraph through the versions", pad=28)
    fig.tight_layout()
    return fig


def plot_alignment(
    ref: Resolution, others: Sequence[Resolution], title: str | None = None
) -> Figure:
    """Cross-language alignment scores of one resolution: the reference against each language.

    Args:
        ref: the resolution in the reference language.
        others: the same resolution in other languages.
        title: the figure title (state the finding).

    Returns:
        A figure with one heat map per other language, the aligned pairs circled.
    """
    import matplotlib.pyplot as plt

    from helpers.plots import PALETTE, use_style

    use_style()
    fig, axes = plt.subplots(
        1, len(others), figsize=(6.5 * len(others), 7), squeeze=False, layout="constrained"
    )
    image = None
    for ax, other in zip(axes[0], others, strict=True):
        scores = cross_scores(ref, other)
        image = ax.imshow(scores.to_numpy(dtype=float), cmap="Blues", vmin=0, vmax=1)
        f = compare(ref, other).frame
        pos_a = {k: i for i, k in enumerate(scores.index)}
        pos_b = {k: j for j, k in enumerate(scores.columns)}
        pairs = [
            (pos_b[r.b_id], pos_a[r.a_id])
            for r in f.itertuples(index=False)
            if isinstance(r.a_id, str) and isinstance(r.b_id, str)
        ]
        if pairs:
            xs, ys = zip(*pairs, strict=True)
            ax.scatter(xs, ys, s=36, facecolors="none", edgecolors=PALETTE[5], linewidths=1.4)
        step = max(1, len(scores) // 12)
        ax.set_yticks(range(0, len(scores), step), list(scores.index)[::step], fontsize=9)
        ax.set_xticks(
            range(0, len(scores.columns), step),
            list(scores.columns)[::step],
            fontsize=9,
            rotation=90,
        )
        ax.set_ylabel(f"{_label(ref)}")
        ax.set_xlabel(f"{_label(other)}")
        same = sum(1 for x, y in pairs if scores.index[y] == scores.columns[x])
        ax.set_title(
            f"{ref.language} ↔ {other.language}: {len(pairs)} pairs, {same} at the same place",
            fontsize=12,
        )
    if image is not None:
        fig.colorbar(image, ax=axes[0].tolist(), shrink=0.7, label="alignment score")
    fig.suptitle(
        title or "Every paragraph pairs with its translation",
        x=0.02,
        ha="left",
        fontweight="bold",
        fontsize=14,
    )
    return fig


# ------------------------------------------------------------------------------------------------
# Evaluation: how the thresholds were measured (corpus-wide; not run by the tests)
# ------------------------------------------------------------------------------------------------


def consecutive_pairs(
    corpus: str | Path,
    languages: Sequence[str] = ("en", "fr", "es"),
    per_step: int = 40,
    seed: int = 1,
) -> list[tuple[Resolution, Resolution]]:
    """Pairs of resolutions with the same title in consecutive sessions, for measurement.

    Only titles held by exactly one resolution in each of the two sessions are used, so each
    pair is a resolution and its next version.

    Args:
        corpus: a folder or zip.
        languages: the languages sampled.
        per_step: at most this many pairs per language and pair of sessions (a seeded sample).
        seed: the sampling seed.

    Returns:
        ``(older, newer)`` pairs.
    """
    import random

    from helpers.corpus import parse_source, scan

    titles = read_titles(corpus).dropna(subset=["title", "session", "language"])
    titles = titles.assign(key=[" ".join(words(t)) for t in titles["title"]])
    loaders = {s.id: s for s in scan(corpus)}
    rng = random.Random(seed)
    out = []
    for lang in languages:
        t = titles[titles["language"] == lang]
        groups = {s: g for s, g in t.groupby("session")}
        for s in sorted(groups):
            nxt = groups.get(s + 1)
            if nxt is None:
                continue
            one = groups[s]["key"].value_counts()
            two = nxt["key"].value_counts()
            keys = sorted(set(one[one == 1].index) & set(two[two == 1].index))
            for key in rng.sample(keys, min(per_step, len(keys))):
                src_a = groups[s].loc[groups[s]["key"] == key, "source"].iloc[0]
                src_b = nxt.loc[nxt["key"] == key, "source"].iloc[0]
                try:
                    a = parse_source(src_a, loaders[src_a].load())
                    b = parse_source(src_b, loaders[src_b].load())
                except ParseError:
                    continue
                out.append((a, b))
    return out


def similarity_profile(pairs: Iterable[tuple[Resolution, Resolution]]) -> pd.DataFrame:
    """Word similarities that set `MATCH_MIN` and `MOVE_MIN`.

    For every paragraph of the older version: its best and second-best similarity with a
    paragraph of the same section of the newer one (the second best is an unrelated paragraph
    of the same resolution: the null distribution). And for every paragraph replaced by
    exactly one other between two unchanged neighbours, their similarity ("one-for-one":
    edits and replacements, to be told apart by reading).

    Args:
        pairs: ``(older, newer)`` versions, e.g. from `consecutive_pairs`.

    Returns:
        Long format: ``kind`` (``best``, ``second``, ``one-for-one``), ``similarity``,
        ``language``, and for one-for-one rows ``a_text`` and ``b_text``.
    """
    rows: list[dict[str, object]] = []
    for a, b in pairs:
        for section in ("preamble", "operative"):
            ca = [c for c in a.clauses if c.section == section]
            cb = [c for c in b.clauses if c.section == section]
            if not ca or not cb:
                continue
            score = _Scorer(ca, cb, floor=0.0)
            for i in range(len(ca)):
                row = sorted((score(i, j) for j in range(len(cb))), reverse=True)
                rows.append({"kind": "best", "similarity": row[0], "language": a.language})
                if len(row) > 1:
                    rows.append({"kind": "second", "similarity": row[1], "language": a.language})
            sm = difflib.SequenceMatcher(None, score.wa, score.wb, autojunk=False)
            for op, i1, i2, j1, j2 in sm.get_opcodes():
                if op == "replace" and i2 - i1 == 1 and j2 - j1 == 1:
                    rows.append(
                        {
                            "kind": "one-for-one",
                            "similarity": score(i1, j1),
                            "language": a.language,
                            "a_text": ca[i1].text,
                            "b_text": cb[j1].text,
                        }
                    )
    return pd.DataFrame(rows, columns=["kind", "similarity", "language", "a_text", "b_text"])


def translations(
    corpus: str | Path,
    session: int,
    languages: Sequence[str] = ("fr", "en", "es"),
    limit: int | None = None,
    seed: int = 2,
) -> list[list[Resolution]]:
    """The resolutions of one session that exist in every one of ``languages``, by symbol.

    Args:
        corpus: a folder or zip.
        session: the session.
        languages: the languages wanted.
        limit: parse at most this many symbols (a seeded sample).
        seed: the sampling seed.

    Returns:
        One list per symbol, in the order of ``languages``.
    """
    import random

    from helpers.corpus import parse_source, scan

    titles = read_titles(corpus)
    t = titles[(titles["session"] == session) & titles["language"].isin(languages)]
    loaders = {s.id: s for s in scan(corpus)}
    groups = []
    for _symbol, g in t.dropna(subset=["symbol"]).groupby("symbol"):
        by_lang = dict(zip(g["language"], g["source"], strict=False))
        if all(lang in by_lang for lang in languages):
            groups.append(by_lang)
    if limit is not None and limit < len(groups):
        groups = random.Random(seed).sample(groups, limit)
    out = []
    for by_lang in groups:
        try:
            out.append([parse_source(by_lang[x], loaders[by_lang[x]].load()) for x in languages])
        except ParseError:
            continue
    return out


def cross_language_accuracy(
    groups: Iterable[Sequence[Resolution]], *, drop: bool = False, seed: int = 5
) -> dict[str, float]:
    """How often the cross-language alignment pairs each paragraph with its translation.

    Sections with as many paragraphs in both languages are the ground truth (the i-th
    paragraph of one is the translation of the i-th of the other). With ``drop``, one random
    paragraph is taken out of the second text first: its partner must be left unpaired and
    every other paragraph still paired with its translation.

    Args:
        groups: one resolution in several languages per item (from `translations`).
        drop: take a paragraph out of the second language.
        seed: the sampling seed for ``drop``.

    Returns:
        ``sections``, ``pairs``, ``sections_correct`` and ``pairs_correct`` (fractions).
    """
    import random

    rng = random.Random(seed)
    n_sec = n_pairs = ok_sec = ok_pairs = 0
    for group in groups:
        for a, b in itertools.combinations(group, 2):
            for section in ("preamble", "operative"):
                ca = [c for c in a.clauses if c.section == section]
                cb = [c for c in b.clauses if c.section == section]
                if len(ca) != len(cb) or len(ca) < (3 if drop else 1):
                    continue
                gone = rng.randrange(len(cb)) if drop else None
                if gone is not None:
                    cb = cb[:gone] + cb[gone + 1 :]
                path = align(_cross_matrix(ca, cb, a, b), CROSS_MIN)
                got = {i: j for i, j in path if i is not None}
                want = {
                    i: (None if i == gone else i if gone is None or i < gone else i - 1)
                    for i in range(len(ca))
                }
                good = sum(got.get(i) == j for i, j in want.items())
                n_sec += 1
                n_pairs += len(ca)
                ok_sec += good == len(ca)
                ok_pairs += good
    return {
        "sections": n_sec,
        "pairs": n_pairs,
        "sections_correct": ok_sec / n_sec if n_sec else float("nan"),
        "pairs_correct": ok_pairs / n_pairs if n_pairs else float("nan"),
    }
