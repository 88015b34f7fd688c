"""Tests for helpers.render: the PDF-like text written for the round trip."""

from __future__ import annotations

import pytest

from helpers.models import Clause, Furniture, Lead, Resolution
from helpers.parse import parse_text
from helpers.render import LAYOUTS, RenderOptions, render_text


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


@pytest.mark.parametrize("layout", LAYOUTS)
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
        "Naciones Unidas",
        "A/RES/79/193",
        "Asamblea General",
        "Distr. general",
        "23 de diciembre de 2024",
        "Septuagésimo noveno período de sesiones",
        "Tema 69 b) del programa",
        "Promoción y protección de los derechos humanos",
        "Resolución aprobada por la Asamblea General el 17 de diciembre de 2024",
        "[sobre la base del informe de la Tercera Comisión (A/79/457/Add.2, párr. 90)]",
        "79/193. Fortalecimiento de la cooperación internacional",
    ]
)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_masthead_is_printed_and_read_back(layout: str) -> None:
    text_ = "Exhorta a los Estados a que cooperen."
    res = Resolution(
        source=None,
        language="es",
        symbol="A/RES/79/193",
        title="Fortalecimiento de la cooperación internacional",
        organ_text="La Asamblea General,",
        header=MASTHEAD,
        clauses=(Clause("OP1", "operative", "1", text_, Lead("Exhorta")),),
    )
    text = render_text(res, RenderOptions(layout=layout, page_lines=6))
    # a layout-keeping extractor prints the publisher and the symbol on one line
    merged = layout == "indented"
    assert ("Naciones Unidas" + " " * 24 + "A/RES/79/193" in text) == merged
    parsed = parse_text(text, language="es")
    assert (parsed.symbol, parsed.title, parsed.session, parsed.date, parsed.agenda_item) == (
        "A/RES/79/193",
        "Fortalecimiento de la cooperación internacional",
        79,
        "2024-12-17",
        "69 (b)",
    )
