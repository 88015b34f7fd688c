"""Tables: the seed's DataFrames, their schemas, and the views the notebooks chart."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pytest

from helpers.models import Resolution
from helpers.parse import parse_file
from helpers.paths import SEED
from helpers.tables import (
    SCHEMAS,
    arrow_table,
    citation_pairs,
    cited_items,
    cited_year_by_session,
    conference_by_language,
    conference_by_session,
    conference_cooccurrence,
    conference_sequence,
    conventions,
    corpus_summary,
    doc_key,
    gloss_by_session,
    gloss_shares,
    language_outlier,
    main_sessions,
    reference_date,
    rows_of,
    to_frames,
    top_pair,
    verb_counts,
)


@pytest.fixture(scope="module")
def seed_frames() -> dict[str, pd.DataFrame]:
    return to_frames(parse_file(SEED))


# ------------------------------------------------------------------------------------------
# to_frames
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "rows"),
    [
        ("resolutions", 1),
        ("clauses", 32),  # 15 preambular + 17 operative
        ("footnotes", 7),
        ("verbs", 34),  # 32 leads + 2 inner verbs
    ],
)
def test_seed_table_sizes(seed_frames: dict[str, pd.DataFrame], table: str, rows: int) -> None:
    assert len(seed_frames[table]) == rows


@pytest.mark.parametrize("table", sorted(SCHEMAS))
def test_every_table_has_its_schema(seed_frames: dict[str, pd.DataFrame], table: str) -> None:
    df = seed_frames[table]
    assert list(df.columns) == list(SCHEMAS[table])
    assert {c: str(t) for c, t in df.dtypes.items()} == SCHEMAS[table]


@pytest.mark.parametrize("table", sorted(SCHEMAS))
def test_empty_input_keeps_columns_and_dtypes(table: str) -> None:
    df = to_frames([])[table]
    assert df.empty
    assert {c: str(t) for c, t in df.dtypes.items()} == SCHEMAS[table]


@pytest.mark.parametrize("table", sorted(SCHEMAS))
def test_arrow_table_equals_the_frame_written_through_pandas(
    seed_frames: dict[str, pd.DataFrame], table: str
) -> None:
    rows = rows_of(parse_file(SEED))[table]
    direct = arrow_table(table, rows)
    via_pandas = pa.Table.from_pandas(seed_frames[table], preserve_index=False)
    assert direct.equals(via_pandas, check_metadata=True)
    assert direct.to_pandas().equals(seed_frames[table])


def test_arrow_table_fills_missing_columns_with_nulls() -> None:
    table = arrow_table("citations", [{"doc": "A/RES/1", "year": 1946, "linked": True}])
    row = table.to_pylist()[0]
    assert (row["doc"], row["year"], row["linked"], row["symbol"]) == ("A/RES/1", 1946, True, None)
    assert table.to_pandas().dtypes["year"] == "Int64"


def test_resolution_row_counts_the_parts(seed_frames: dict[str, pd.DataFrame]) -> None:
    row = seed_frames["resolutions"].iloc[0]
    assert (row["n_preamble"], row["n_operative"], row["n_footnotes"]) == (15, 17, 7)
    assert row["session"] == 76 and bool(row["session_inferred"])
    assert row["chars_unassigned"] == 0
    assert row["sponsors"] == "Cuba; Fédération de Russie"


def test_clause_rows_follow_the_document(seed_frames: dict[str, pd.DataFrame]) -> None:
    clauses = seed_frames["clauses"]
    assert clauses["clause"].tolist()[:2] == ["PP1", "PP2"]
    assert clauses["clause"].tolist()[-1] == "OP17"
    assert clauses["position"].tolist() == list(range(1, 33))
    assert clauses.loc[clauses["clause"] == "OP1", "number"].item() == "1"
    assert clauses["known"].all()


def test_citation_and_conference_rows_carry_the_document_key(
    seed_frames: dict[str, pd.DataFrame],
) -> None:
    for name in ("citations", "conferences", "footnotes"):
        assert set(seed_frames[name]["doc"]) == {SEED.name}
    cit = seed_frames["citations"]
    assert "A/HRC/RES/47/9" in set(cit["symbol"])
    assert cit.loc[cit["symbol"] == "A/HRC/RES/47/9", "body"].item() == "Human Rights Council"


@pytest.mark.parametrize(
    ("symbol", "source", "key"),
    [
        ("A/RES/76/159", "x/y.xml", "A/RES/76/159"),
        (None, "some/folder/draft.txt", "draft.txt"),
        (None, None, "<text>"),
    ],
)
def test_doc_key(symbol: str | None, source: str | None, key: str) -> None:
    assert doc_key(Resolution(source=source, language="en", symbol=symbol)) == key


# ------------------------------------------------------------------------------------------
# Views of one document
# ------------------------------------------------------------------------------------------


def test_verb_counts_groups_forms_under_lemmas(seed_frames: dict[str, pd.DataFrame]) -> None:
    vc = verb_counts(seed_frames["verbs"])
    lead = vc[vc["position"] == "lead"]
    assert lead.groupby("section")["count"].sum().to_dict() == {"operative": 17, "preamble": 15}
    recall = vc[(vc["section"] == "preamble") & (vc["lemma"] == "rappeler")].iloc[0]
    assert recall["count"] == 5
    assert recall["forms"] == "Rappelant ×3, Rappelant en outre, Rappelant également"
    assert vc[vc["position"] == "inner"]["count"].sum() == 2
    # preamble first, then by descending count within a section and position
    assert vc["section"].iloc[0] == "preamble"
    pre_lead = lead[lead["section"] == "preamble"]["count"].tolist()
    assert pre_lead == sorted(pre_lead, reverse=True)


def test_cited_items_count_each_item_once(seed_frames: dict[str, pd.DataFrame]) -> None:
    citing, inferred = reference_date(seed_frames["resolutions"])
    assert (citing, inferred) == (pd.Timestamp("2021-09-15"), True)
    items = cited_items(seed_frames["citations"], citing).set_index("item")
    assert items.index.is_unique
    # the Millennium Declaration: named in the body and resolved through its footnote
    assert items.loc["A/RES/55/2", "mentions"] == 2
    assert items.loc["A/RES/55/2", "when"] == pd.Timestamp("2000-09-08")
    assert items.loc["A/HRC/RES/47/9", "body"] == "Human Rights Council"
    assert items["when"].min().year == 1993 and items["when"].max().year == 2021
    assert items["when"].is_monotonic_increasing
    assert items.loc["A/RES/70/1", "age"] == pytest.approx(6.0, abs=0.1)


def test_conference_sequence_is_in_time_order(seed_frames: dict[str, pd.DataFrame]) -> None:
    seq = conference_sequence(seed_frames["conferences"])
    keys = seq["key"].tolist()
    for a, b in [("vienna-1993", "durban-2001"), ("durban-2001", "durban-review-2009")]:
        assert keys.index(a) < keys.index(b)
    assert seq["start"].is_monotonic_increasing
    durban = seq.set_index("key").loc["durban-2001"]
    assert (durban["start"], durban["end"]) == (
        pd.Timestamp("2001-08-31"),
        pd.Timestamp("2001-09-08"),
    )
    assert seq.set_index("key").loc["vienna-1993", "first_mention"] == 1


def test_conventions_of_the_seed(seed_frames: dict[str, pd.DataFrame]) -> None:
    conv = conventions(seed_frames["clauses"]).set_index("section")
    assert conv.loc["preamble", "ends_comma"] == 15
    assert conv.loc["operative", "ends_semicolon"] == 16
    assert bool(conv.loc["operative", "last_ends_full_stop"])


@pytest.mark.parametrize(
    ("date", "session", "expected"),
    [
        ("2021-12-16", 76, (pd.Timestamp("2021-12-16"), False)),
        (None, 78, (pd.Timestamp("2023-09-15"), True)),
        (None, None, (None, True)),
    ],
)
def test_reference_date(date: str | None, session: int | None, expected: tuple) -> None:
    res = pd.DataFrame({"date": [date], "session": pd.array([session], dtype="Int64")})
    assert reference_date(res) == expected


# ------------------------------------------------------------------------------------------
# Corpus views, on small hand-made tables
# ------------------------------------------------------------------------------------------


def _clauses() -> pd.DataFrame:
    rows = [
        # doc, language, session, section, gloss
        ("a", "en", 76, "operative", "decide"),
        ("a", "en", 76, "operative", "request"),
        ("a", "en", 76, "operative", "decide"),
        ("a", "fr", 76, "operative", "decide"),
        ("a", "fr", 76, "operative", "request"),
        ("b", "en", 77, "operative", "request"),
        ("b", "en", 77, "preamble", "recall"),
    ]
    return pd.DataFrame(rows, columns=["doc", "language", "session", "section", "gloss"])


def test_gloss_shares_are_per_cent_of_each_language() -> None:
    shares = gloss_shares(_clauses(), "operative")
    assert shares.loc["decide", "en"] == 50.0  # 2 of the 4 English operative paragraphs
    assert shares.loc["decide", "fr"] == 50.0
    assert shares.loc["request", "en"] == 50.0
    assert shares.index[0] == "decide"  # highest mean share first


def test_gloss_by_session() -> None:
    by = gloss_by_session(_clauses(), "operative", language="en")
    assert by.loc[76, "decide"] == pytest.approx(66.7)
    assert by.loc[77, "request"] == 100.0


def _citations() -> tuple[pd.DataFrame, pd.DataFrame]:
    citations = pd.DataFrame(
        [
            # doc, language, session, item, body, year
            ("a", "en", 76, "A/RES/70/1", "General Assembly", 2015),
            ("a", "en", 76, "A/RES/70/1", "General Assembly", 2015),  # footnote copy
            ("a", "en", 76, "A/RES/55/2", "General Assembly", 2000),
            ("a", "en", 76, "A/RES/99/1", "General Assembly", 2044),  # later than the citing doc
            ("b", "fr", 77, "A/RES/70/1", "General Assembly", 2015),
        ],
        columns=["doc", "language", "session", "item", "body", "year"],
    )
    resolutions = pd.DataFrame(
        {
            "doc": ["a", "b"],
            "language": ["en", "fr"],
            "date": ["2021-12-16", None],
            "session": pd.array([76, 77], dtype="Int64"),
        }
    )
    return citations, resolutions


def test_citation_pairs_one_row_per_document_and_item() -> None:
    pairs = citation_pairs(*_citations())
    assert len(pairs) == 3  # the duplicate row folds, the impossible future citation goes
    ages = dict(zip(zip(pairs["doc"], pairs["item"], strict=True), pairs["age"], strict=True))
    assert ages[("a", "A/RES/70/1")] == 6
    assert ages[("a", "A/RES/55/2")] == 21
    assert ages[("b", "A/RES/70/1")] == 7  # no date: the session's opening year, 2022


def test_cited_year_by_session_bins_periods() -> None:
    m = cited_year_by_session(citation_pairs(*_citations()), bin_years=5)
    assert m.index.tolist() == ["2015–19", "2000–04"]
    assert m.loc["2015–19", 76] == 1 and m.loc["2015–19", 77] == 1
    assert m.loc["2000–04", 76] == 1


def _conferences() -> pd.DataFrame:
    rows = [
        ("a", "en", 76, "durban-2001"),
        ("a", "en", 76, "durban-2001"),  # twice in one document counts once
        ("a", "en", 76, "vienna-1993"),
        ("b", "en", 77, "durban-2001"),
        ("b", "en", 77, "vienna-1993"),
        ("c", "en", 77, "beijing-1995"),
        ("c", "en", 77, None),
    ]
    return pd.DataFrame(rows, columns=["doc", "language", "session", "key"])


def test_conference_by_session_counts_documents() -> None:
    m = conference_by_session(_conferences())
    assert m.loc["durban-2001", 76] == 1 and m.loc["durban-2001", 77] == 1
    assert m.index[0] in {"durban-2001", "vienna-1993"}
    assert "beijing-1995" in m.index


def test_conference_by_language_counts_documents_per_language() -> None:
    df = pd.concat(
        [_conferences(), _conferences().assign(language="ru")],
        ignore_index=True,
    )
    extra = pd.DataFrame([("d", "ru", 77, "vienna-1993")], columns=df.columns)
    m = conference_by_language(pd.concat([df, extra]), ["en", "ru", "zh"])
    assert m.columns.tolist() == ["en", "ru", "zh"]
    assert m.index.tolist() == ["vienna-1993", "durban-2001", "beijing-1995"]
    assert m.loc["vienna-1993"].tolist() == [2, 3, 0]  # the language with no mention: zeros
    assert m.loc["durban-2001"].tolist() == [2, 2, 0]


def test_language_outlier_is_the_cell_furthest_from_its_median() -> None:
    m = pd.DataFrame(
        {"en": [145, 22], "fr": [145, 22], "ru": [144, 69], "zh": [144, 22]},
        index=["post2015-summit-2015", "millennium-2000"],
    )
    assert language_outlier(m) == ("millennium-2000", "ru", 69, 22)


def test_conference_cooccurrence_and_top_pair() -> None:
    co = conference_cooccurrence(_conferences())
    assert co.loc["durban-2001", "vienna-1993"] == 2
    assert co.loc["durban-2001", "durban-2001"] == 2
    assert co.loc["beijing-1995", "durban-2001"] == 0
    a, b, n = top_pair(co)
    assert {a, b} == {"durban-2001", "vienna-1993"} and n == 2


def test_main_sessions_drops_sessions_of_a_handful() -> None:
    df = pd.DataFrame({"session": [76] * 60 + [77] * 39 + [10]})
    assert set(main_sessions(df)["session"]) == {76, 77}
    assert set(main_sessions(df, share=0.005)["session"]) == {76, 77, 10}


def test_corpus_summary_counts_by_body_language_session() -> None:
    res = pd.DataFrame(
        {
            "body": ["General Assembly", "General Assembly", None],
            "language": ["en", "fr", "en"],
            "session": pd.array([76, 76, None], dtype="Int64"),
        }
    )
    s = corpus_summary(res)
    assert s.loc[("General Assembly", "en"), 76] == 1
    assert s.loc[("unknown", "en"), -1] == 1
