"""Tables: `Resolution` objects → pandas DataFrames, one per list of the JSON contract.

Every table has a fixed column order and documented dtypes (`SCHEMAS`), so that Parquet files
and notebook outputs are the same on every run and empty tables still have their columns.
Every row carries ``doc`` (the document key: the symbol, or the source when there is none),
``language`` and ``session`` so that tables can be joined and filtered across a corpus.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

import pandas as pd
import pyarrow as pa

from helpers.models import Resolution

#: Columns and dtypes of each table. ``string`` is pandas' nullable string dtype, ``Int64``
#: a nullable integer, ``boolean`` a nullable boolean.
SCHEMAS: dict[str, dict[str, str]] = {
    "resolutions": {
        "doc": "string",
        "source": "string",
        "format": "string",
        "language": "string",
        "symbol": "string",
        "title": "string",
        "body": "string",
        "doc_type": "string",
        "sponsors": "string",
        "on_behalf_of": "string",
        "agenda_item": "string",
        "session": "Int64",
        "session_inferred": "boolean",
        "date": "string",
        "meeting": "string",
        "n_preamble": "Int64",
        "n_operative": "Int64",
        "n_footnotes": "Int64",
        "n_citations": "Int64",
        "n_conferences": "Int64",
        "n_warnings": "Int64",
        "chars_total": "Int64",
        "chars_unassigned": "Int64",
    },
    "clauses": {
        "doc": "string",
        "language": "string",
        "session": "Int64",
        "clause": "string",
        "section": "string",
        "position": "Int64",
        "number": "string",
        "part": "string",
        "lead": "string",
        "lemma": "string",
        "gloss": "string",
        "pos": "string",
        "adverbs": "string",
        "known": "boolean",
        "n_inner_verbs": "Int64",
        "n_items": "Int64",
        "footnotes": "string",
        "text": "string",
    },
    "verbs": {
        "doc": "string",
        "language": "string",
        "session": "Int64",
        "clause": "string",
        "section": "string",
        "position": "string",
        "text": "string",
        "lemma": "string",
        "gloss": "string",
    },
    "footnotes": {
        "doc": "string",
        "language": "string",
        "session": "Int64",
        "mark": "string",
        "clause": "string",
        "text": "string",
    },
    "citations": {
        "doc": "string",
        "language": "string",
        "session": "Int64",
        "kind": "string",
        "body": "string",
        "number": "string",
        "symbol": "string",
        "item": "string",
        "date": "string",
        "year": "Int64",
        "date_source": "string",
        "clause": "string",
        "footnote": "string",
        "linked": "boolean",
        "text": "string",
    },
    "conferences": {
        "doc": "string",
        "language": "string",
        "session": "Int64",
        "order": "Int64",
        "key": "string",
        "name": "string",
        "place": "string",
        "start": "string",
        "end": "string",
        "date_source": "string",
        "via": "string",
        "known": "boolean",
        "clause": "string",
        "footnote": "string",
        "text": "string",
    },
}


def doc_key(res: Resolution) -> str:
    """The key that names a document in every table: its symbol, else its source file name."""
    if res.symbol:
        return res.symbol
    return Path(res.source).name if res.source else "<text>"


def rows_of(res: Resolution) -> dict[str, list[dict[str, object]]]:
    """The rows one resolution adds to each table, as dicts keyed by column name."""
    base = {"doc": doc_key(res), "language": res.language, "session": res.session}
    rows: dict[str, list[dict[str, object]]] = {k: [] for k in SCHEMAS}
    rows["resolutions"].append(
        {
            **base,
            "source": res.source,
            "format": res.format,
            "symbol": res.symbol,
            "title": res.title,
            "body": res.body,
            "doc_type": res.doc_type,
            "sponsors": "; ".join(res.sponsors),
            "on_behalf_of": res.on_behalf_of,
            "agenda_item": res.agenda_item,
            "session_inferred": res.session_inferred,
            "date": res.date,
            "meeting": res.meeting,
            "n_preamble": len(res.preamble),
            "n_operative": len(res.operative),
            "n_footnotes": len(res.footnotes),
            "n_citations": len(res.citations),
            "n_conferences": len(res.conferences),
            "n_warnings": len(res.warnings),
            "chars_total": res.accounting.get("total"),
            "chars_unassigned": res.accounting.get("unassigned"),
        }
    )
    for i, c in enumerate(res.clauses, start=1):
        rows["clauses"].append(
            {
                **base,
                "clause": c.id,
                "section": c.section,
                "position": i,
                "number": c.number,
                "part": c.part,
                "lead": c.lead.text,
                "lemma": c.lead.lemma,
                "gloss": c.lead.gloss,
                "pos": c.lead.pos,
                "adverbs": " ".join(c.lead.adverbs),
                "known": c.lead.known,
                "n_inner_verbs": sum(v.position == "inner" for v in c.verbs),
                "n_items": len(c.items),
                "footnotes": " ".join(c.footnotes),
                "text": c.text,
            }
        )
        for v in c.verbs:
            rows["verbs"].append(
                {
                    **base,
                    "clause": c.id,
                    "section": c.section,
                    "position": v.position,
                    "text": v.text,
                    "lemma": v.lemma,
                    "gloss": v.gloss,
                }
            )
    for f in res.footnotes:
        rows["footnotes"].append({**base, **f.to_dict()})
    for name in ("citations", "conferences"):
        for item in getattr(res, name):
            d = item.to_dict()
            rows[name].append({**base, **{k: d[k] for k in SCHEMAS[name] if k in d}})
    return rows


def frame(name: str, rows: list[dict[str, object]]) -> pd.DataFrame:
    """Build one table with its schema's columns and dtypes, whatever the rows hold."""
    schema = SCHEMAS[name]
    df = pd.DataFrame(rows, columns=list(schema))
    return df.astype(schema)


@cache
def arrow_schema(name: str) -> pa.Schema:
    """The Arrow schema, pandas metadata included, of table ``name`` as `frame` builds it."""
    return pa.Schema.from_pandas(frame(name, []), preserve_index=False)


def arrow_table(name: str, rows: list[dict[str, object]]) -> pa.Table:
    """Build one table straight as Arrow: equal to ``pa.Table.from_pandas(frame(name, rows))``.

    Builds write Parquet, so they skip the DataFrame and its dtype conversion, which cost more
    than the rows themselves. The schema carries the same pandas metadata, so reading the files
    back gives the dtypes of `SCHEMAS`.
    """
    schema = arrow_schema(name)
    return pa.Table.from_pydict({c: [r.get(c) for r in rows] for c in schema.names}, schema=schema)


def to_frames(resolutions: Resolution | Iterable[Resolution]) -> dict[str, pd.DataFrame]:
    """Turn resolutions into DataFrames: one per list of the JSON contract.

    Args:
        resolutions: one resolution or an iterable of them.

    Returns:
        ``resolutions``, ``clauses``, ``verbs``, ``footnotes``, ``citations`` and
        ``conferences`` tables, with the columns and dtypes of `SCHEMAS`.
    """
    if isinstance(resolutions, Resolution):
        resolutions = [resolutions]
    acc: dict[str, list[dict[str, object]]] = {k: [] for k in SCHEMAS}
    for res in resolutions:
        for k, rows in rows_of(res).items():
            acc[k] += rows
    return {k: frame(k, rows) for k, rows in acc.items()}


def verb_counts(verbs: pd.DataFrame) -> pd.DataFrame:
    """Count lead and inner verbs by section and lemma, with the surface forms behind each.

    Args:
        verbs: the ``verbs`` table of `to_frames`.

    Returns:
        One row per (section, position, lemma): ``count``, ``gloss``, and ``forms`` (each
        printed form with its count, most frequent first, e.g. ``Rappelant ×4, Rappelant
        également``), sorted by section, position and descending count.
    """
    df = verbs.copy()
    df["lemma"] = df["lemma"].fillna(df["text"].str.lower())
    df["gloss"] = df["gloss"].fillna("?")
    rows = []
    for (section, position, lemma), g in df.groupby(["section", "position", "lemma"], sort=True):
        forms = g["text"].value_counts()
        forms = forms.sort_index().sort_values(ascending=False, kind="stable")
        rows.append(
            {
                "section": section,
                "position": position,
                "lemma": lemma,
                "gloss": g["gloss"].mode().iloc[0],
                "count": len(g),
                "forms": ", ".join(f"{f} ×{n}" if n > 1 else f for f, n in forms.items()),
            }
        )
    out = pd.DataFrame(rows, columns=["section", "position", "lemma", "gloss", "count", "forms"])
    out = out.sort_values(
        ["section", "position", "count", "lemma"], ascending=[False, True, False, True]
    )
    return out.reset_index(drop=True).astype(
        {
            "section": "string",
            "position": "string",
            "lemma": "string",
            "gloss": "string",
            "count": "Int64",
            "forms": "string",
        }
    )


def reference_date(resolutions: pd.DataFrame) -> tuple[pd.Timestamp | None, bool]:
    """The citing document's date, or the opening of its session when it has none.

    A General Assembly session N opens in September of 1945 + N; drafts carry no date of their
    own, so their session's opening stands in for it (and is flagged as inferred).

    Args:
        resolutions: the ``resolutions`` table (its first row is used).

    Returns:
        The date and whether it was inferred.
    """
    row = resolutions.iloc[0]
    if pd.notna(row["date"]):
        return pd.Timestamp(row["date"]), False
    if pd.notna(row["session"]):
        return pd.Timestamp(year=1945 + int(row["session"]), month=9, day=15), True
    return None, True


def cited_items(citations: pd.DataFrame, citing: pd.Timestamp | None = None) -> pd.DataFrame:
    """One row per cited item, however many times (body, footnote) the text cites it.

    Args:
        citations: the ``citations`` table.
        citing: the citing document's date, for the items' ages.

    Returns:
        ``item``, ``label``, ``body``, ``kind``, ``when`` (the stated date if any row of the
        item states one, else the earliest inferred one: 1 July of the year), ``stated``,
        ``mentions``, ``age`` (years before ``citing``), sorted by date.
    """
    rows = []
    for item, g in citations.groupby("item", sort=True):
        stated = g[(g["date_source"] == "text") & g["date"].notna()]
        if len(stated):
            when = pd.Timestamp(stated["date"].min())
        elif g["date"].notna().any():
            when = pd.Timestamp(g["date"].dropna().min())
        elif g["year"].notna().any():
            when = pd.Timestamp(year=int(g["year"].min()), month=7, day=1)
        else:
            continue
        first = g.iloc[0]
        body = str(first["body"]) if pd.notna(first["body"]) else "other"
        rows.append(
            {
                "item": item,
                "label": str(item),
                "body": body,
                "kind": first["kind"],
                "when": when,
                "stated": bool(len(stated)),
                "mentions": len(g),
                "age": (citing - when).days / 365.25 if citing is not None else float("nan"),
            }
        )
    cols = ["item", "label", "body", "kind", "when", "stated", "mentions", "age"]
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["when", "item"], kind="stable").reset_index(drop=True)


def conference_sequence(
    conferences: pd.DataFrame, reference: pd.DataFrame | None = None
) -> pd.DataFrame:
    """One row per conference referred to, with its span, place and first mention.

    Args:
        conferences: the ``conferences`` table.
        reference: the conference reference table (for outcome documents); optional.

    Returns:
        ``key``, ``label`` (short name and place), ``place``, ``start``, ``end`` (datetimes),
        ``first_mention`` (order of first mention), ``mentions``, ``outcomes``, in time order.
    """
    df = conferences[conferences["start"].notna()].copy()
    df["group"] = df["key"].fillna(df["name"])
    rows = []
    for key, g in df.groupby("group", sort=True):
        g = g.sort_values("order")
        stated = g[g["date_source"] == "text"]
        src = stated.iloc[0] if len(stated) else g.iloc[0]
        outcomes = ""
        name = str(src["name"])
        if reference is not None and pd.notna(g.iloc[0]["key"]):
            ref = reference[reference["key"] == g.iloc[0]["key"]]
            if len(ref):
                first = ref.iloc[0]
                shorts = [x for x in str(first.get("short_en") or "").split("|") if x]
                name = min(shorts, key=len) if shorts else str(first.get("name_en"))
                outcomes = str(first.get("outcomes_en") or "").split("|")[0]
        rows.append(
            {
                "key": key,
                "label": "\n".join(textwrap.wrap(f"{name}, {src['place'] or ''}", 34)),
                "place": src["place"],
                "start": pd.Timestamp(src["start"]),
                "end": pd.Timestamp(src["end"] if pd.notna(src["end"]) else src["start"]),
                "first_mention": int(g["order"].min()),
                "mentions": len(g),
                "outcomes": outcomes,
            }
        )
    cols = ["key", "label", "place", "start", "end", "first_mention", "mentions", "outcomes"]
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["start", "key"], kind="stable").reset_index(drop=True)


def conventions(clauses: pd.DataFrame) -> pd.DataFrame:
    """Check the drafting conventions, one row per section of each document.

    Preambular paragraphs should end with a comma; operative paragraphs with a semicolon, the
    last one with a full stop; every paragraph should open with a known lead phrase.

    Args:
        clauses: the ``clauses`` table.

    Returns:
        ``doc``, ``section``, ``paragraphs``, ``known_lead``, ``ends_comma``,
        ``ends_semicolon``, ``ends_full_stop``, ``last_ends_full_stop``.
    """
    rows = []
    for (doc, section), g in clauses.groupby(["doc", "section"], sort=False):
        ends = g["text"].str.rstrip().str[-1]
        rows.append(
            {
                "doc": doc,
                "section": section,
                "paragraphs": len(g),
                "known_lead": int(g["known"].sum()),
                "ends_comma": int((ends == ",").sum()),
                "ends_semicolon": int((ends == ";").sum()),
                "ends_full_stop": int((ends == ".").sum()),
                "last_ends_full_stop": bool(ends.iloc[-1] == "."),
            }
        )
    return pd.DataFrame(rows)


# ----------------------------------------------------------------------------------------------
# Corpus views
# ----------------------------------------------------------------------------------------------


def gloss_shares(clauses: pd.DataFrame, section: str, top: int = 12) -> pd.DataFrame:
    """Share of a section's paragraphs opened by each concept (English gloss), per language.

    Args:
        clauses: the ``clauses`` table of a corpus.
        section: ``preamble`` or ``operative``.
        top: how many concepts (the most common over all languages).

    Returns:
        Index: gloss; columns: languages; values: per cent of that language's paragraphs.
    """
    df = clauses[(clauses["section"] == section) & clauses["gloss"].notna()]
    counts = df.groupby(["gloss", "language"]).size().unstack("language", fill_value=0)
    totals = clauses[clauses["section"] == section].groupby("language").size()
    shares = counts.div(totals, axis="columns") * 100
    order = shares.mean(axis="columns").sort_values(ascending=False).index[:top]
    return shares.loc[order].round(1)


def gloss_by_session(
    clauses: pd.DataFrame, section: str, top: int = 8, language: str | None = None
) -> pd.DataFrame:
    """Share of a section's paragraphs opened by each of the top concepts, per session.

    Args:
        clauses: the ``clauses`` table of a corpus.
        section: ``preamble`` or ``operative``.
        top: how many concepts.
        language: restrict to one language (all languages pooled when ``None``).

    Returns:
        Index: session; columns: gloss; values: per cent of the session's paragraphs.
    """
    df = clauses[clauses["section"] == section]
    if language:
        df = df[df["language"] == language]
    totals = df.groupby("session").size()
    counts = df.groupby(["session", "gloss"]).size().unstack("gloss", fill_value=0)
    shares = counts.div(totals, axis="index") * 100
    order = shares.mean().sort_values(ascending=False).index[:top]
    return shares[order].round(1)


def citation_pairs(citations: pd.DataFrame, resolutions: pd.DataFrame) -> pd.DataFrame:
    """One row per (citing document, cited item): each item counted once per document.

    Returns:
        ``doc``, ``language``, ``session``, ``item``, ``body``, ``cited_year``,
        ``citing_year`` (year of adoption, else the session's opening year) and ``age`` in
        years.
    """
    c = citations[citations["year"].notna()]
    pairs = c.groupby(["doc", "language", "session", "item"], as_index=False).agg(
        body=("body", "first"), cited_year=("year", "min")
    )
    res = resolutions[["doc", "language", "date", "session"]].drop_duplicates(["doc", "language"])
    res = res.assign(
        citing_year=pd.to_datetime(res["date"], errors="coerce").dt.year.fillna(
            1945 + res["session"].astype("Float64")
        )
    )
    out = pairs.merge(res[["doc", "language", "citing_year"]], on=["doc", "language"], how="left")
    out["age"] = out["citing_year"] - out["cited_year"]
    return out[out["age"] >= 0].reset_index(drop=True)


def cited_year_by_session(pairs: pd.DataFrame, bin_years: int = 5) -> pd.DataFrame:
    """Count cited items by the period they date from (rows) and the citing session (columns).

    Args:
        pairs: the output of `citation_pairs`.
        bin_years: width of the periods, in years.

    Returns:
        A count matrix, most recent period first.
    """
    start = (pairs["cited_year"] // bin_years * bin_years).astype(int)
    label = start.astype(str) + "–" + (start + bin_years - 1).astype(str).str[-2:]
    m = pd.crosstab(label.rename("period"), pairs["session"].rename("session"))
    return m.sort_index(ascending=False)


def conference_by_session(conferences: pd.DataFrame, top: int = 15) -> pd.DataFrame:
    """How many documents of each session refer to each conference (known ones only).

    Returns:
        Index: conference key (the most referenced first); columns: sessions.
    """
    df = conferences[conferences["key"].notna()].drop_duplicates(["doc", "language", "key"])
    m = pd.crosstab(df["key"], df["session"])
    order = m.sum(axis="columns").sort_values(ascending=False).index[:top]
    return m.loc[order]


def conference_by_language(
    conferences: pd.DataFrame, languages: Sequence[str], top: int = 10
) -> pd.DataFrame:
    """How many documents of each language refer to each conference (known ones only).

    Args:
        conferences: the ``conferences`` table of the same documents in several languages.
        languages: the columns, in order (a language with no mention gets zeros).
        top: how many conferences (the most referenced over all languages).

    Returns:
        Index: conference key (the most referenced first); columns: ``languages``.
    """
    df = conferences[conferences["key"].notna()].drop_duplicates(["doc", "language", "key"])
    m = pd.crosstab(df["key"], df["language"]).reindex(columns=list(languages), fill_value=0)
    order = m.sum(axis="columns").sort_values(ascending=False, kind="stable").index[:top]
    return m.loc[order]


def language_outlier(table: pd.DataFrame) -> tuple[str, str, int, int]:
    """The cell furthest from its row's median: the one language that counts a row apart.

    Args:
        table: counts, one row per item and one column per language (`conference_by_language`).

    Returns:
        (row, language, its count, the row's median count).
    """
    median = table.median(axis="columns")
    gaps = table.sub(median, axis="index").abs()
    row, language = gaps.stack().idxmax()
    return str(row), str(language), int(table.loc[row, language]), int(median[row])


def conference_cooccurrence(conferences: pd.DataFrame, top: int = 12) -> pd.DataFrame:
    """How many documents refer to both of two conferences (the diagonal: to the one).

    Returns:
        A symmetric count matrix over the ``top`` most referenced conferences.
    """
    df = conferences[conferences["key"].notna()].drop_duplicates(["doc", "language", "key"])
    incidence = pd.crosstab([df["doc"], df["language"]], df["key"]).clip(upper=1)
    order = incidence.sum().sort_values(ascending=False).index[:top]
    incidence = incidence[order]
    return incidence.T @ incidence


def top_pair(matrix: pd.DataFrame) -> tuple[str, str, int]:
    """The largest off-diagonal cell of a symmetric matrix: (row, column, value)."""
    best = ("", "", -1)
    for i, a in enumerate(matrix.index):
        for b in matrix.columns[i + 1 :]:
            v = int(matrix.loc[a, b])
            if v > best[2]:
                best = (str(a), str(b), v)
    return best


def main_sessions(df: pd.DataFrame, share: float = 0.02) -> pd.DataFrame:
    """Rows of the sessions that hold at least ``share`` of the rows.

    Documents of resumed, special or emergency special sessions are numbered apart and come
    in handfuls; charts by session leave them out rather than draw bars of one document.
    """
    counts = df["session"].value_counts(normalize=True)
    keep = counts[counts >= share].index
    return df[df["session"].isin(keep)]


def corpus_summary(resolutions: pd.DataFrame) -> pd.DataFrame:
    """Documents per body, language and session: the shape of a corpus at a glance."""
    df = resolutions.assign(body=resolutions["body"].fillna("unknown"))
    return pd.crosstab([df["body"], df["language"]], df["session"].fillna(-1).astype(int))
