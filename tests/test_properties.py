"""Property tests: mutated resolutions never crash the parser and never lose clause words.

Hypothesis mutates real and synthetic resolutions (the seed; short English and Spanish texts):
it deletes, duplicates and shuffles lines, and injects footnote markers, digits, control
characters and very long tokens. The parser may reject a mutant only with a `ParseError`; when it
parses, every word of the original clause text that survives in the mutant is found again in
the parse (clauses, footnotes, header fields, closing, furniture or unassigned text).
"""

from __future__ import annotations

import functools
import re

import pytest
from conftest import ENGLISH_TEXT, SPANISH_TEXT
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from helpers import parse_text
from helpers.errors import ParseError
from helpers.models import Resolution
from helpers.paths import SEED
from helpers.textfile import strip_controls

SOURCES = {"en": ENGLISH_TEXT, "es": SPANISH_TEXT}
if SEED.is_file():
    SOURCES["seed"] = SEED.read_text(encoding="utf-8")

_WORD = re.compile(r"[^\W\d_]{2,}")  # letters only: digits may legitimately become markers


_SUPERSCRIPTS = str.maketrans("", "", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def words(text: str) -> set[str]:
    """The lower-cased alphabetic words of a text (superscript markers dropped)."""
    return {w.lower() for w in _WORD.findall(text.translate(_SUPERSCRIPTS))}


def output_text(res: Resolution) -> str:
    """Everything a parse kept, wherever it put it."""
    parts: list[str | None] = [
        res.symbol,
        res.title,
        res.body,
        res.organ_text,
        res.on_behalf_of,
        res.agenda_item,
        res.meeting,
        res.closing,
        res.header,
        res.annex,
        *res.headings,
        *res.sponsors,
        *res.unassigned,
        *(f.text for f in res.furniture),
        *(f.text for f in res.footnotes),
    ]
    for c in res.clauses:
        parts += [c.text, c.lead.text, *c.items]
    return "\n".join(p for p in parts if p)


@functools.cache
def original(name: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    """The lines of an unmutated source, and for each whether it holds clause text.

    A line holds clause text when, markers and spacing aside, it is part of a clause of the
    parse of the unmutated source (lines the parser joins across a hyphen do not count).
    """
    text = SOURCES[name]
    res = parse_text(text, source=name)
    assert res.clauses, f"{name} must parse to clauses"
    clauses = [_flat(c.text) for c in res.clauses]
    lines = tuple(text.split("\n"))
    bodies = [re.sub(r"^\s*\d{1,3}\.\s", "", ln) for ln in lines]  # drop paragraph numbers
    in_clause = tuple(bool(_flat(b)) and any(_flat(b) in c for c in clauses) for b in bodies)
    return lines, in_clause


def _flat(text: str) -> str:
    """Letters and digits only, single-spaced: for comparing lines with clause texts."""
    return " ".join(re.sub(r"[^\w]|[⁰¹²³⁴⁵⁶⁷⁸⁹]", " ", text).split())


def surviving_clause_words(lines: list[tuple[str, bool]]) -> set[str]:
    """Words of mutant lines that came from clause lines, read alike with or without controls."""
    out: set[str] = set()
    for line, from_clause in lines:
        if from_clause:
            out |= words(line) & words(strip_controls(line)[0])
    return out


# --------------------------------------------------------------------------------------------
# Mutations
# --------------------------------------------------------------------------------------------

MARKERS = ["¹", "²³", "*", "1", "12", "⁴⁵", " 3 ", "__________________"]
CONTROLS = ["\x00", "\x07", "\x0b", "\x1b", "\x7f", "\x85", "\ufeff", "\u200b", "\f", "\r"]
#: Very long tokens (the 1 MB versions are timed by helpers.adversarial, not here).
LONG = [
    "x" * 5_000,
    "A/RES/70/1" * 300,
    "(" * 300 + ")" * 300,
    "1." * 1_000,
    "¹" * 1_000,
    "_" * 3_000,
]


@st.composite
def mutation(draw: st.DrawFn, lines: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Apply one to four random edits to (line, came-from-a-clause) pairs."""
    out = list(lines)
    for _ in range(draw(st.integers(1, 4))):
        if not out:
            break
        i = draw(st.integers(0, len(out) - 1))
        op = draw(
            st.sampled_from(
                ["delete", "duplicate", "shuffle", "marker", "digits", "control", "long"]
            )
        )
        if op == "delete":
            del out[i]
        elif op == "duplicate":
            out.insert(i, out[i])
        elif op == "shuffle":
            j = draw(st.integers(0, len(out) - 1))
            out[i], out[j] = out[j], out[i]
        else:
            line, origin = out[i]
            pos = draw(st.integers(0, len(line)))
            if op == "marker":
                piece = draw(st.sampled_from(MARKERS))
            elif op == "digits":
                piece = draw(st.from_regex(r"\A ?\d{1,4}[.)]? ?\Z"))
            elif op == "control":
                piece = draw(st.sampled_from(CONTROLS))
            else:
                piece = draw(st.sampled_from(LONG))
            out[i] = (line[:pos] + piece + line[pos:], origin)
    return out


@st.composite
def mutant(draw: st.DrawFn) -> tuple[str, list[tuple[str, bool]]]:
    name = draw(st.sampled_from(sorted(SOURCES)))
    lines, in_clause = original(name)
    return name, draw(mutation(list(zip(lines, in_clause, strict=True))))


def check(name: str, lines: list[tuple[str, bool]]) -> None:
    text = "\n".join(line for line, _ in lines)
    try:
        res = parse_text(text, source=f"mutant of {name}")
    except ParseError:
        return  # a clean refusal is allowed
    lost = surviving_clause_words(lines) - words(output_text(res))
    assert not lost, f"lost words: {sorted(lost)[:20]}"


@settings(
    max_examples=30, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(mutant())
def test_mutants_parse_or_fail_cleanly_and_keep_clause_words(
    case: tuple[str, list[tuple[str, bool]]],
) -> None:
    check(*case)


@settings(
    max_examples=10,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # a shuffled text does not shrink
)
@given(st.sampled_from(["en", "es"]), st.randoms(use_true_random=False))
def test_shuffled_lines(name: str, rnd) -> None:
    """Every line in a random order: the parse may be poor, but it loses no clause word."""
    lines, in_clause = original(name)
    pairs = list(zip(lines, in_clause, strict=True))
    rnd.shuffle(pairs)
    check(name, pairs)


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_sources_have_clause_lines(name: str) -> None:
    lines, in_clause = original(name)
    assert sum(in_clause) >= 6
    assert len(surviving_clause_words(list(zip(lines, in_clause, strict=True)))) > 20
