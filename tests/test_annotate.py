"""Annotate: spans and markers become escaped HTML; the seed's anatomy is all there."""

from __future__ import annotations

import re

import pytest

from helpers.annotate import LEGEND, annotate_text, to_html
from helpers.models import Clause, Lead, Resolution, Span
from helpers.parse import parse_file
from helpers.paths import SEED


@pytest.mark.parametrize(
    ("text", "spans", "markers", "expected"),
    [
        ("plain", [], [], "plain"),
        ("a < b & c", [], [], "a &lt; b &amp; c"),
        (
            "Decides to act;",
            [(0, 7, "lead", "decide")],
            [],
            '<span class="lead" title="decide">Decides</span> to act;',
        ),
        (  # a marker at its offset, its note on hover (escaped)
            "the Declaration,",
            [],
            [("1", 15)],
            'the Declaration<sup class="fn" title="A/RES/55/2 &lt;x&gt;">1</sup>,',
        ),
        (  # a marker after the last character, once
            "end",
            [],
            [("2", 3)],
            'end<sup class="fn" title="">2</sup>',
        ),
        (  # a marker beyond the text still shows
            "end",
            [],
            [("2", 7)],
            'end<sup class="fn" title="">2</sup>',
        ),
        (  # a marker in an empty text
            "",
            [],
            [("2", 0)],
            '<sup class="fn" title="">2</sup>',
        ),
        (  # two markers after the last character
            "end",
            [],
            [("2", 3), ("3", 3)],
            'end<sup class="fn" title="">2</sup><sup class="fn" title="">3</sup>',
        ),
        (  # nested spans: the longer one outside
            "World Conference text",
            [(0, 16, "conf", "c"), (6, 16, "cite", "x")],
            [],
            '<span class="conf" title="c">World </span>'
            '<span class="conf" title="c"><span class="cite" title="x">Conference</span></span>'
            " text",
        ),
        ("abc", [(2, 9, "lead", "")], [], "abc"),  # out-of-range spans are dropped
    ],
)
def test_annotate_text(text: str, spans: list, markers: list, expected: str) -> None:
    notes = {"1": "A/RES/55/2 <x>"}
    assert annotate_text(text, spans, markers, notes) == expected


def test_to_html_escapes_document_text() -> None:
    res = Resolution(
        source="x.txt",
        language="en",
        title="<script>alert(1)</script>",
        organ_text="The General Assembly,",
        clauses=(
            Clause(
                id="OP1",
                section="operative",
                number="1",
                text="Decides that 2 < 3 & <b>;",
                lead=Lead(text="Decides", lemma="decide", gloss="decide", span=Span(0, 7)),
            ),
        ),
    )
    html = to_html(res)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "2 &lt; 3 &amp; &lt;b&gt;;" in html
    assert '<div class="op"><span class="cid">OP1</span>1. <span class="lead"' in html


@pytest.fixture(scope="module")
def seed_html() -> str:
    return to_html(parse_file(SEED))


def test_seed_html_shows_every_part(seed_html: str) -> None:
    assert LEGEND in seed_html
    assert seed_html.count('<div class="pp">') == 15
    assert seed_html.count('<div class="op">') == 17
    body = seed_html.replace(LEGEND, "")
    assert body.count('<span class="lead"') == 32
    assert body.count('<span class="inner"') == 2
    assert 'class="conf"' in seed_html and 'class="cite"' in seed_html
    assert "Cuba, Fédération de Russie" in seed_html
    assert "L’Assemblée générale," in seed_html or "L'Assemblée générale," in seed_html


def test_seed_html_places_every_footnote_marker(seed_html: str) -> None:
    marks_in_text = re.findall(r'<sup class="fn" title="[^"]+">(\d+|\*)</sup>', seed_html)
    assert sorted(set(marks_in_text)) == ["1", "2", "3", "4", "5", "6"]
    notes = re.findall(r'<div><sup class="fn">([^<]+)</sup>', seed_html)
    assert notes == ["*", "1", "2", "3", "4", "5", "6"]
