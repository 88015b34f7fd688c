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


MASTHEAD = "\n".join(
    [
        "Nations Unies",
        "A/RES/78/104",
        "Assemblée générale",
        "Distr. générale",
        "11 décembre 2023",
        "Soixante-dix-huitième session",
        "Point 77 de l’ordre du jour",
        "Rapport de la Commission des Nations Unies pour le droit commercial international",
        "Résolution adoptée par l’Assemblée générale le 7 décembre 2023",
        "[sur la base du rapport de la Sixième Commission (A/78/433, par. 13)]",
        "78/104. Dispositions types sur la médiation",
    ]
)


@pytest.mark.parametrize("layout", ["double-spaced", "blank-separated", "indented"])
def test_masthead_is_printed_and_read_back(layout: str) -> None:
    text_ = "Rappelle sa résolution 77/101 du 7 décembre 2022."
    res = Resolution(
        source=None,
        language="fr",
        symbol="A/RES/78/104",
        title="Dispositions types sur la médiation",
        organ_text="L’Assemblée générale,",
        header=MASTHEAD,
        clauses=(Clause("OP1", "operative", "1", text_, Lead("Rappelle")),),
    )
    text = render_text(res, RenderOptions(layout=layout, page_lines=6))
    # a layout-keeping extractor prints the publisher and the symbol on one line
    merged = layout == "indented"
    assert ("Nations Unies" + " " * 24 + "A/RES/78/104" in text) == merged
    parsed = parse_text(text, language="fr")
    assert (parsed.symbol, parsed.title, parsed.session, parsed.date, parsed.agenda_item) == (
        "A/RES/78/104",
        "Dispositions types sur la médiation",
        78,
        "2023-12-07",
        "77",
    )
