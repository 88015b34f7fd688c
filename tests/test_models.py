"""Models: the frozen dataclasses and the JSON contract of `Resolution.to_dict`."""

from __future__ import annotations

import dataclasses
import json

import pytest

from helpers.models import (
    RESOLUTION_KEYS,
    Citation,
    Clause,
    ConferenceMention,
    Footnote,
    Furniture,
    Lead,
    Resolution,
    Span,
    Verb,
)

CITATION = Citation(
    kind="resolution",
    body="General Assembly",
    number="55/2",
    symbol="A/RES/55/2",
    date="2000-09-08",
    year=2000,
    date_source="text",
    clause="PP3",
    footnote=None,
    text="resolution 55/2",
    item="A/RES/55/2",
    span=Span(10, 25),
)
CONFERENCE = ConferenceMention(
    key="vienna-1993",
    name="World Conference on Human Rights",
    place="Vienna",
    start="1993-06-14",
    end="1993-06-25",
    date_source="reference",
    clause="PP2",
    footnote=None,
    text="World Conference on Human Rights",
    order=1,
    span=Span(4, 36),
)


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (5, 4)])
def test_span_rejects_bad_ranges(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="bad span"):
        Span(start, end)


def test_span_length() -> None:
    assert len(Span(3, 10)) == 7


@pytest.mark.parametrize(
    "obj", [Span(0, 1), Lead(text="Decides"), CITATION, CONFERENCE, Footnote("1", "x", "PP1")]
)
def test_models_are_frozen(obj: object) -> None:
    field = dataclasses.fields(obj)[0].name  # type: ignore[arg-type]
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(obj, field, None)


@pytest.mark.parametrize(
    ("obj", "expected"),
    [
        (
            CITATION,
            {
                "kind": "resolution",
                "body": "General Assembly",
                "number": "55/2",
                "symbol": "A/RES/55/2",
                "date": "2000-09-08",
                "year": 2000,
                "date_source": "text",
                "clause": "PP3",
                "footnote": None,
                "text": "resolution 55/2",
                "item": "A/RES/55/2",
                "linked": False,
                "start": 10,
                "end": 25,
            },
        ),
        (
            CONFERENCE,
            {
                "key": "vienna-1993",
                "name": "World Conference on Human Rights",
                "place": "Vienna",
                "start": "1993-06-14",
                "end": "1993-06-25",
                "date_source": "reference",
                "clause": "PP2",
                "footnote": None,
                "text": "World Conference on Human Rights",
                "order": 1,
                "via": "name",
                "known": True,
            },
        ),
        (
            Footnote("1", "Resolution 55/2.", "PP3", Span(0, 3)),
            {"mark": "1", "text": "Resolution 55/2.", "clause": "PP3"},
        ),
        (Furniture("page", "2/7", Span(0, 3)), {"kind": "page", "text": "2/7"}),
        (
            Verb("encourage", "encourager", "encourage", "inner", Span(1, 2)),
            {"text": "encourage", "lemma": "encourager", "gloss": "encourage", "position": "inner"},
        ),
    ],
)
def test_row_to_dict_is_flat_and_drops_spans(obj: object, expected: dict) -> None:
    assert obj.to_dict() == expected  # type: ignore[attr-defined]


def test_resolution_to_dict_is_the_contract() -> None:
    clause = Clause(
        id="PP1",
        section="preamble",
        number=None,
        text="Recalling its resolution 55/2,",
        lead=Lead(text="Recalling", lemma="recall", gloss="recall", adverbs=()),
        verbs=(Verb("Recalling", "recall", "recall", "lead"),),
        footnotes=("1",),
    )
    res = Resolution(
        source="x.txt",
        language="en",
        sponsors=("Cuba",),
        clauses=(clause,),
        footnotes=(Footnote("1", "Resolution 55/2.", "PP1"),),
        citations=(CITATION,),
        conferences=(CONFERENCE,),
    )
    d = res.to_dict()
    assert tuple(d) == RESOLUTION_KEYS
    assert d["clauses"][0]["lead"] == {
        "text": "Recalling",
        "lemma": "recall",
        "gloss": "recall",
        "pos": None,
        "adverbs": [],
        "known": True,
    }
    assert d["clauses"][0]["footnotes"] == ["1"]
    assert d["citations"][0]["start"] == 10
    assert json.loads(json.dumps(d)) == d  # plain JSON types only
    assert res.preamble == (clause,) and res.operative == ()
    assert res.clause("PP1") is clause
    with pytest.raises(KeyError):
        res.clause("OP1")
