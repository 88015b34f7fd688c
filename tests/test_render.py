"""Tests for helpers.render: the PDF-like text written for the round trip."""

from __future__ import annotations

import pytest

from helpers.models import Clause, Furniture, Lead, Resolution
from helpers.parse import parse_text
from helpers.render import RenderOptions, render_text


def _composite() -> Resolution:
    ops = [
        ("1", "Takes note of the second performance report of the Secretary-General;", "A"),
        ("2", "Requests the Secretary-General to consult delegations.", "A"),
        (None, "Resolves that the estimates of income shall be approved.", "B"),
    ]
    return Resolution(
        source=None,
        language="en",
        symbol="A/RES/74/250 A-B",
        title="Programme budget for the biennium 2018–2019",
        organ_text="The General Assembly",
        clauses=tuple(
            Clause(f"OP{k}", "operative", n, t, Lead(t.split()[0]), part=p)
            for k, (n, t, p) in enumerate(ops, start=1)
        ),
        furniture=(
            Furniture("part", "A Final budget appropriations for the biennium 2018–2019"),
            Furniture("part", "B Final income estimates for the biennium 2018–2019"),
        ),
        closing="52nd plenary meeting 27 December 2019",
    )


@pytest.mark.parametrize("layout", ["double-spaced", "blank-separated", "indented"])
def test_composite_parts_are_printed_and_read_back(layout: str) -> None:
    res = _composite()
    text = render_text(res, RenderOptions(layout=layout, furniture=False, links=False))
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    b = lines.index("B")
    assert lines[b + 1 : b + 3] == [
        "Final income estimates for the biennium 2018–2019",
        "The General Assembly",
    ]
    parsed = parse_text(text, language="en")
    assert [(c.number, c.text[:20]) for c in parsed.operative] == [
        (c.number, c.text[:20]) for c in res.operative
    ]
