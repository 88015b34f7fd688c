"""Tests for helpers.evaluate: what the round trip counts as the truth."""

from __future__ import annotations

import pytest

from helpers.evaluate import document_kind, operative_count
from helpers.models import Clause, Lead, Resolution


def _res(ops: list[tuple[str | None, str, str | None]], symbol: str = "A/RES/1/1") -> Resolution:
    """A resolution with operative clauses given as (number, text, part)."""
    clauses = tuple(
        Clause(f"OP{k}", "operative", number, text, Lead(text.split()[0]), part=part)
        for k, (number, text, part) in enumerate(ops, start=1)
    )
    return Resolution(source=None, language="en", symbol=symbol, clauses=clauses)


# (name, operative clauses as the markup holds them, paragraphs of the printed text)
OPERATIVE_CASES = [
    ("numbered", [("1", "Decides;", None), ("2", "Requests.", None)], 2),
    ("a lone unnumbered paragraph", [(None, "Approves the report.", None)], 1),
    (
        "a heading between numbered paragraphs",
        [("1", "Decides;", None), (None, "Reporting:", None), ("2", "Requests.", None)],
        2,
    ),
    (
        "sub-items filed as unnumbered paragraphs",
        [("1", "Decides that the mandate is:", None), (None, "To support;", None)],
        1,
    ),
    ("a divider", [(None, "*", None), ("1", "Decides;", None), ("2", "Requests.", None)], 2),
    (
        "the paragraph that adopts a declaration of numbered paragraphs",
        [(None, "Adopts the following declaration:", None), ("1", "We reaffirm;", None)],
        2,
    ),
    (
        "a number the markup left in the text",
        [
            ("18", "Requests;", None),
            (None, "’ 19. Expresses concern;", None),
            ("20", "Urges.", None),
        ],
        3,
    ),
    (
        "a numbered paragraph quoted inside another",
        [("14", "Decides to amend:", None), ("4", "In hearing;", None), ("15", "Urges.", None)],
        2,
    ),
    (
        "a misnumbered paragraph is still a paragraph",
        [("18", "We note;", None), ("10", "We are aware;", None), ("20", "We see.", None)],
        3,
    ),
    (
        "an unnumbered part after a numbered one",
        [("1", "Takes note;", "A"), ("2", "Requests.", "A"), (None, "Resolves that:", "B")],
        3,
    ),
]


@pytest.mark.parametrize(
    ("name", "ops", "expected"), OPERATIVE_CASES, ids=[c[0] for c in OPERATIVE_CASES]
)
def test_operative_count(
    name: str, ops: list[tuple[str | None, str, str | None]], expected: int
) -> None:
    assert operative_count(_res(ops)) == expected, name


@pytest.mark.parametrize(
    ("symbol", "kind"),
    [
        ("A/RES/79/1", "resolution"),
        ("S/RES/2504 (2020)", "resolution"),
        ("S/PRST/2020/11", "presidential statement"),
    ],
)
def test_document_kind(symbol: str, kind: str) -> None:
    assert document_kind(_res([], symbol=symbol)) == kind
