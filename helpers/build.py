"""Build: a corpus folder or zip → tables as Parquet (partitioned by language, session) and CSV.

``python -m helpers build --corpus PATH [--out data/processed] [--scheduler processes|dask]
[--address tcp://...] [--workers N] [--languages en,fr,es]``

* Every core is used: chunks of documents are parsed in worker processes
  (`concurrent.futures.ProcessPoolExecutor`), or on a Dask cluster (``--scheduler dask``, a
  local cluster unless ``--address`` names a scheduler; its workers must see the corpus at the
  same path). Workers send back Arrow tables, not `Resolution` objects.
* The build is incremental: ``<out>/_build/manifest.json`` records each document's id and
  stamp (mtime and size, or a zip member's CRC and size) and where its rows are cached, so a
  re-run parses only new or changed documents. A change in the package's code or reference data
  rebuilds everything.
* Output, identical whichever scheduler ran (rows are sorted on fixed keys before writing):
  ``<out>/<table>/language=xx/session=NN/part-0.parquet`` for the tables of
  `helpers.tables.to_frames`; ``resolutions.csv``, ``conferences.csv`` and ``failures.csv``
  (every document that failed, with the reason).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import resource
import shutil
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.feather as feather
from tqdm import tqdm

from helpers.akn import LANGUAGES as AKN_LANGUAGES
from helpers.corpus import SourceInfo, failure_record, load_chain, parse_source_all, scan
from helpers.errors import ParseError
from helpers.paths import REFERENCE, ROOT

#: The tables written, in the order of `helpers.tables.SCHEMAS`.
TABLES: tuple[str, ...] = (
    "resolutions",
    "clauses",
    "verbs",
    "footnotes",
    "citations",
    "conferences",
)
#: Tables also written as CSV (the small ones).
CSV_TABLES: tuple[str, ...] = ("resolutions", "conferences")
#: Partition columns of the Parquet datasets.
PARTITIONS: tuple[str, ...] = ("language", "session")
#: How to read the partitions back (types given: a partition of nulls alone cannot be inferred),
#: e.g. ``pyarrow.dataset.dataset(out / "clauses", partitioning=PARTITIONING)``.
PARTITION_SCHEMA = pa.schema([("language", pa.string()), ("session", pa.int64())])
PARTITIONING = ds.partitioning(PARTITION_SCHEMA, flavor="hive")
#: Columns added to cached rows so that a document's rows can be found again and kept in order.
SOURCE_COL = "_source"
ROW_COL = "_row"
MANIFEST_VERSION = 1

#: ``FRBRlanguage`` near the top of an AKN4UN file: read to skip unwanted languages unparsed.
_FRBR_LANGUAGE = re.compile(rb'<FRBRlanguage[^>]*\blanguage="(?P<code>[A-Za-z-]{2,8})"')


@dataclass
class BuildReport:
    """What a build did.

    Attributes:
        out: the output folder.
        sources: documents found under the corpus.
        documents: documents in the output tables.
        parsed: documents parsed by this run (the others came from the cache).
        reused: documents whose rows came from the cache.
        skipped: documents in other languages than those asked for.
        failures: documents that failed (listed in ``failures.csv``).
        rows: rows per table.
        wall_s: wall time in seconds.
        peak_rss_main_mb: peak resident memory of the main process (MB).
        peak_rss_worker_mb: peak resident memory of the largest worker process (MB).
        workers: worker processes (or Dask workers) used.
        scheduler: ``processes`` or ``dask``.
    """

    out: str
    sources: int = 0
    documents: int = 0
    parsed: int = 0
    reused: int = 0
    skipped: int = 0
    failures: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    wall_s: float = 0.0
    peak_rss_main_mb: float = 0.0
    peak_rss_worker_mb: float = 0.0
    workers: int = 0
    scheduler: str = "processes"


# ================================================================================================
# Worker side
# ================================================================================================
def sniff_language(data: bytes) -> str | None:
    """The language an AKN4UN file declares (``FRBRlanguage``), read without parsing it."""
    m = _FRBR_LANGUAGE.search(data, 0, 20000)
    if not m:
        return None
    code = m.group("code").decode("ascii").lower()
    return AKN_LANGUAGES.get(code, code[:2])


def _frames_with_source(resolutions: Sequence[Any], ids: Sequence[str]) -> dict[str, pa.Table]:
    """The tables of a chunk, as Arrow tables with each row's source and rank in its source."""
    from helpers.tables import SCHEMAS, arrow_table, rows_of

    if not resolutions:
        return {}
    rows: dict[str, list[dict[str, object]]] = {name: [] for name in SCHEMAS}
    src: dict[str, list[str]] = {name: [] for name in SCHEMAS}
    rank: dict[str, list[int]] = {name: [] for name in SCHEMAS}
    seen: dict[tuple[str, str], int] = {}  # rows so far of a source's table (a volume's several)
    for res, sid in zip(resolutions, ids, strict=True):
        for name, mine in rows_of(res).items():
            first = seen.get((sid, name), 0)
            seen[sid, name] = first + len(mine)
            rows[name] += mine
            src[name] += [sid] * len(mine)
            rank[name] += range(first, first + len(mine))
    out: dict[str, pa.Table] = {}
    for name in SCHEMAS:
        table = arrow_table(name, rows[name])
        table = table.append_column(SOURCE_COL, pa.array(src[name], pa.string()))
        out[name] = table.append_column(ROW_COL, pa.array(rank[name], pa.int64()))
    return out


def work(
    chunk: Sequence[tuple[str, tuple[str, ...], str | None]], languages: Sequence[str] | None
) -> dict[str, Any]:
    """Parse one chunk of documents (runs in a worker process or on a Dask worker).

    Args:
        chunk: ``(id, chain, problem)`` of each document (see `helpers.corpus.SourceInfo`).
        languages: the ISO 639-1 codes to keep, or ``None`` for all.

    Returns:
        ``tables`` (Arrow tables with ``_source`` and ``_row`` columns) and ``status``: one
        ``(id, status, language, error, reason)`` per document, status being ``ok``,
        ``failed`` or ``skipped``.
    """
    wanted = set(languages) if languages else None
    results: list[Any] = []
    ids: list[str] = []
    status: list[tuple[str, str, str | None, str | None, str | None]] = []
    for sid, chain, problem in chunk:
        try:
            data = load_chain(chain, sid, problem)
            if wanted is not None and sid.lower().endswith((".xml", ".akn")):
                lang = sniff_language(data)
                if lang is not None and lang not in wanted:
                    status.append((sid, "skipped", lang, None, None))
                    continue
            found = parse_source_all(sid, data)
        except ParseError as exc:
            rec = failure_record(sid, exc)
            status.append((sid, "failed", None, rec["error"], rec["reason"]))
            continue
        language = found[0].language  # (a volume prints its resolutions in one language)
        if wanted is not None and language not in wanted:
            status.append((sid, "skipped", language, None, None))
            continue
        results += found
        ids += [sid] * len(found)
        status.append((sid, "ok", language, None, None))
    return {"tables": _frames_with_source(results, ids), "status": status, "rss": _rss_mb()}


def _rss_mb() -> float:
    """Peak resident memory of this process (MB)."""
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def _warm() -> None:
    """Worker initializer: import the parser and load its reference data once."""


# ================================================================================================
# Manifest and cache
# ================================================================================================
#: Modules that do not change what a parse produces: editing them does not force a rebuild.
NOT_PARSING = frozenset(
    {
        "adversarial",
        "annotate",
        "bench",
        "build",
        "cli",
        "compare",
        "download",
        "evaluate",
        "evaluate_citations",
        "plots",
        "render",
        "__main__",
    }
)


def code_version() -> str:
    """A hash of the package's code and reference data: when it changes, everything is rebuilt."""
    h = hashlib.sha256()
    files = sorted(p for p in (ROOT / "helpers").glob("*.py") if p.stem not in NOT_PARSING)
    if REFERENCE.is_dir():
        files += sorted(p for p in REFERENCE.rglob("*") if p.is_file())
    for p in files:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def _load_manifest(path: Path, code: str) -> dict[str, dict[str, Any]]:
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if data.get("version") != MANIFEST_VERSION or data.get("code") != code:
        return {}
    return dict(data.get("sources", {}))


def _save_manifest(path: Path, code: str, entries: Mapping[str, Mapping[str, Any]]) -> None:
    tmp = path.with_suffix(".tmp")
    payload = {"version": MANIFEST_VERSION, "code": code, "sources": dict(sorted(entries.items()))}
    tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)


def _chunk_name(
    chunk: Sequence[tuple[str, tuple[str, ...], str | None]], stamps: Mapping[str, str]
) -> str:
    h = hashlib.sha1()
    for sid, _, _ in chunk:
        h.update(sid.encode())
        h.update(stamps[sid].encode())
    return f"chunk-{h.hexdigest()[:16]}"


def _reusable(entry: Mapping[str, Any], stamp: str, wanted: Any, cache: Path) -> bool:
    """Whether a manifest entry still holds (same stamp, still unwanted, rows still cached)."""
    if entry.get("stamp") != stamp:
        return False
    if entry["status"] == "skipped":
        return not wanted(entry.get("language"))
    if entry["status"] == "ok":
        return (cache / f"{entry['chunk']}.json").is_file()
    return True


def _chunks(items: Sequence[Any], workers: int) -> list[list[Any]]:
    size = max(4, min(128, len(items) // max(1, workers * 8) or 1))
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


# ================================================================================================
# Schedulers
# ================================================================================================
def _run_processes(
    chunks: Sequence[Sequence[Any]], languages: Sequence[str] | None, workers: int
) -> Iterable[tuple[int, dict[str, Any]]]:
    """Run `work` on each chunk in a process pool (in this process for one worker)."""
    if workers <= 1 or len(chunks) <= 1:
        _warm()
        for i, c in enumerate(chunks):
            yield i, work(c, languages)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm) as pool:
        futures = {pool.submit(work, c, languages): i for i, c in enumerate(chunks)}
        for fut in as_completed(futures):
            yield futures[fut], fut.result()


def _run_dask(
    chunks: Sequence[Sequence[Any]],
    languages: Sequence[str] | None,
    workers: int,
    address: str | None,
    client: Any | None,
) -> Iterable[tuple[int, dict[str, Any]]]:
    """Run `work` on each chunk on a Dask cluster (the client's, the address's, or a local one)."""
    from dask.distributed import Client, LocalCluster
    from dask.distributed import as_completed as dask_completed

    own_client = client is None
    cluster = None
    if client is None:
        if address:
            client = Client(address)
        else:
            cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            )
            client = Client(cluster)
    try:
        futures = client.map(work, list(chunks), languages=languages, pure=False)
        index = {f.key: i for i, f in enumerate(futures)}
        for fut in dask_completed(futures):
            yield index[fut.key], fut.result()
    finally:
        if own_client:
            client.close()
            if cluster is not None:
                cluster.close()


# ================================================================================================
# Writing
# ================================================================================================
def _sort_keys(table: pa.Table) -> list[tuple[str, str]]:
    keys = [c for c in ("language", "session", "doc") if c in table.column_names]
    return [(k, "ascending") for k in (*keys, SOURCE_COL, ROW_COL)]


def _gather(
    tname: str, chunk_files: Sequence[str], live: pa.Array, cache: Path, out: Path
) -> int | None:
    """Gather one table's rows of the live documents from the cached chunks, sort, write them.

    Returns:
        The number of rows, or ``None`` when no chunk holds the table.
    """
    parts = []
    for ch in chunk_files:
        p = cache / f"{ch}.{tname}.arrow"
        if p.is_file():
            t = feather.read_table(p)
            parts.append(t.filter(pc.is_in(t[SOURCE_COL], value_set=live)))
    if not parts:
        return None
    table = pa.concat_tables(parts, promote_options="permissive")
    table = table.sort_by(_sort_keys(table))
    _write_table(tname, table, out)
    if tname in CSV_TABLES:
        _write_csv(tname, table, out)
    return table.num_rows


def _write_table(name: str, table: pa.Table, out: Path) -> None:
    target = out / name
    if target.exists():
        shutil.rmtree(target)
    table = table.drop_columns([c for c in (SOURCE_COL, ROW_COL) if c in table.column_names])
    for col in PARTITIONS:  # the partition keys take the types of PARTITIONING
        i = table.schema.get_field_index(col)
        table = table.set_column(i, col, table[col].cast(PARTITION_SCHEMA.field(col).type))
    if table.num_rows == 0:  # no partition to write: one empty file keeps the columns
        target.mkdir(parents=True, exist_ok=True)
        import pyarrow.parquet as pq

        pq.write_table(table, target / "empty.parquet")
        return
    ds.write_dataset(
        table,
        target,
        format="parquet",
        partitioning=PARTITIONING,
        basename_template="part-{i}.parquet",
        existing_data_behavior="delete_matching",
        preserve_order=True,  # rows in sorted order inside each file: byte-identical rebuilds
        max_rows_per_file=0,
        max_rows_per_group=1 << 20,
        file_options=ds.ParquetFileFormat().make_write_options(compression="zstd"),
    )


def _write_csv(name: str, table: pa.Table, out: Path) -> None:
    df = table.drop_columns(
        [c for c in (SOURCE_COL, ROW_COL) if c in table.column_names]
    ).to_pandas()
    df.to_csv(out / f"{name}.csv", index=False, lineterminator="\n")


def read_tables(out: str | Path) -> dict[str, Any]:
    """Read the tables a build wrote, as DataFrames (rows in the order they were written)."""
    import pandas as pd

    out = Path(out)
    frames: dict[str, Any] = {}
    for name in TABLES:
        path = out / name
        if not path.is_dir():
            continue
        dataset = ds.dataset(path, format="parquet", partitioning=PARTITIONING)
        table = dataset.to_table()
        df = table.to_pandas()
        if "language" in df and "session" in df and "doc" in df:
            keys = ["language", "session", "doc"]
            df = df.sort_values(keys, kind="mergesort", na_position="last")
        frames[name] = df.reset_index(drop=True)
    fail = out / "failures.csv"
    if fail.is_file():
        frames["failures"] = pd.read_csv(fail, dtype="string", keep_default_na=False)
    return frames


# ================================================================================================
# Build
# ================================================================================================
def build(
    corpus: str | Path,
    out: str | Path,
    *,
    scheduler: str = "processes",
    address: str | None = None,
    workers: int | None = None,
    languages: Sequence[str] | None = None,
    client: Any | None = None,
    progress: bool = True,
) -> BuildReport:
    """Parse every document under ``corpus`` and write the tables to ``out``.

    Args:
        corpus: a folder or zip (zips inside folders and zips are read in place).
        out: the output folder.
        scheduler: ``processes`` (this machine's cores) or ``dask``.
        address: a ``dask.distributed`` scheduler address; a local cluster when ``None``.
        workers: worker processes (default: every core).
        languages: ISO 639-1 codes to keep (``["en", "fr", "es"]``), or ``None`` for all.
        client: an existing ``dask.distributed.Client`` (tests, notebooks).
        progress: show a tqdm progress bar.

    Returns:
        The `BuildReport`.

    Raises:
        ParseError: ``corpus`` does not exist.
        ValueError: an unknown scheduler.
    """
    t0 = time.perf_counter()
    if scheduler not in ("processes", "dask"):
        raise ValueError(f"unknown scheduler {scheduler!r}: use 'processes' or 'dask'")
    out = Path(out)
    cache = out / "_build"
    (cache / "cache").mkdir(parents=True, exist_ok=True)
    workers = workers or os.cpu_count() or 1
    langs = (
        tuple(sorted({lang.strip().lower() for lang in languages if lang.strip()}))
        if languages
        else None
    )
    report = BuildReport(out=str(out), scheduler=scheduler, workers=workers)

    scan_errors: list[dict[str, str]] = []
    sources: list[SourceInfo] = scan(corpus, errors=scan_errors)
    report.sources = len(sources)
    stamps = {s.id: s.stamp for s in sources}
    code = code_version()
    manifest_path = cache / "manifest.json"
    old = _load_manifest(manifest_path, code)

    def wanted(lang: str | None) -> bool:
        return langs is None or lang in langs

    entries: dict[str, dict[str, Any]] = {}
    todo: list[tuple[str, tuple[str, ...], str | None]] = []
    for s in sources:
        prev = old.get(s.id)
        if prev is not None and _reusable(prev, s.stamp, wanted, cache / "cache"):
            entries[s.id] = prev
        else:
            todo.append((s.id, s.chain, s.problem))

    chunks = _chunks(todo, workers)
    names = [_chunk_name(c, stamps) for c in chunks]
    bar = tqdm(total=len(todo), unit="doc", desc="parsing", disable=not progress or None)
    worker_rss = 0.0
    if scheduler == "dask":
        runner = _run_dask(chunks, langs, workers, address, client)
    else:
        runner = _run_processes(chunks, langs, workers)
    for i, result in runner:
        name = names[i]
        tables: dict[str, pa.Table] = result["tables"]
        written = []
        for tname, table in tables.items():
            feather.write_feather(
                table, cache / "cache" / f"{name}.{tname}.arrow", compression="zstd"
            )
            written.append(tname)
        (cache / "cache" / f"{name}.json").write_text(json.dumps(written), encoding="utf-8")
        for sid, status, lang, error, reason in result["status"]:
            entries[sid] = {
                "stamp": stamps[sid],
                "status": status,
                "language": lang,
                "chunk": name if status == "ok" else None,
                "error": error,
                "reason": reason,
            }
            report.parsed += status != "skipped"
        worker_rss = max(worker_rss, float(result.get("rss", 0.0)))
        bar.update(len(chunks[i]))
    bar.close()
    _save_manifest(manifest_path, code, entries)

    # Gather the rows of every live document, from the cache.
    live = {sid for sid, e in entries.items() if e["status"] == "ok" and wanted(e.get("language"))}
    parsed_now = {t[0] for t in todo}
    report.documents = len(live)
    report.reused = len(live - parsed_now)
    report.skipped = sum(
        1
        for e in entries.values()
        if e["status"] == "skipped" or (e["status"] == "ok" and not wanted(e.get("language")))
    )
    chunk_files = sorted({entries[sid]["chunk"] for sid in live})
    live_arr = pa.array(sorted(live))
    # Arrow releases the GIL: the tables are gathered and written side by side
    with ThreadPoolExecutor(max_workers=min(workers, 2)) as threads:
        counts = threads.map(
            lambda tname: _gather(tname, chunk_files, live_arr, cache / "cache", out), TABLES
        )
        report.rows = {t: n for t, n in zip(TABLES, counts, strict=True) if n is not None}

    # Failures: documents that failed and zips that could not be opened.
    failures = [
        {"source": sid, "error": e.get("error") or "", "reason": e.get("reason") or ""}
        for sid, e in entries.items()
        if e["status"] == "failed"
    ] + scan_errors
    failures.sort(key=lambda r: r["source"])
    report.failures = len(failures)
    import pandas as pd

    pd.DataFrame(failures, columns=["source", "error", "reason"]).to_csv(
        out / "failures.csv", index=False, lineterminator="\n"
    )
    _clean_cache(cache / "cache", {e["chunk"] for e in entries.values() if e.get("chunk")})

    report.wall_s = time.perf_counter() - t0
    report.peak_rss_main_mb = round(_rss_mb(), 1)
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    report.peak_rss_worker_mb = round(max(worker_rss, children), 1)
    return report


def _clean_cache(folder: Path, keep: set[str]) -> None:
    """Delete cached chunks that no document refers to any more."""
    for p in folder.glob("chunk-*"):
        if p.name.split(".")[0] not in keep:
            p.unlink(missing_ok=True)


def cli(args: argparse.Namespace) -> int:
    """``python -m helpers build``: build, print a summary, exit 1 if any document failed."""
    langs = [x for x in (args.languages or "").split(",") if x.strip()] or None
    try:
        rep = build(
            Path(args.corpus),
            Path(args.out),
            scheduler=args.scheduler,
            address=args.address,
            workers=args.workers,
            languages=langs,
        )
    except ParseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(
        f"{rep.documents} documents in {rep.out} ({rep.parsed} parsed, {rep.reused} from the "
        f"cache, {rep.skipped} in other languages) in {rep.wall_s:.1f} s with {rep.workers} "
        f"{'Dask workers' if rep.scheduler == 'dask' else 'processes'}"
    )
    for name, n in rep.rows.items():
        print(f"  {name}: {n} rows")
    report_path = os.environ.get("UNRES_BUILD_REPORT")
    if report_path:
        Path(report_path).write_text(json.dumps(asdict(rep)), encoding="utf-8")
    if rep.failures:
        print(
            f"{rep.failures} documents failed (see {Path(rep.out) / 'failures.csv'}):",
            file=sys.stderr,
        )
        fail = Path(rep.out) / "failures.csv"
        import pandas as pd

        for row in pd.read_csv(fail, dtype=str, keep_default_na=False).head(20).itertuples():
            print(f"  {row.source}: {row.error}: {row.reason}", file=sys.stderr)
        return 1
    return 0


def corpus_frames(
    corpus: str | Path,
    out: str | Path | None = None,
    languages: Sequence[str] = ("en", "fr", "es"),
    progress: bool = False,
) -> dict[str, Any]:
    """The tables of a corpus for the notebooks: built once (incrementally), then read back.

    When the corpus holds the UN's AKN4UN collections as distributed (``unxml-*`` folders of
    zips), only those are read: the notebooks chart the official texts, and PDFs or plain
    texts beside them are left to ``python -m helpers build``.

    Args:
        corpus: the corpus folder or zip.
        out: where the tables live; ``data/processed/corpus`` by default.
        languages: the languages to keep.
        progress: show a progress bar while parsing (off in notebooks, whose outputs are
            compared byte for byte).

    Returns:
        The tables of `read_tables`, the collections' tables concatenated.
    """
    from helpers.paths import PROCESSED

    root = Path(corpus)
    target = Path(out) if out is not None else PROCESSED / "corpus"
    parts = sorted(p for p in root.glob("unxml-*") if p.is_dir()) if root.is_dir() else []
    jobs = [
        (part, target / part.name if parts else target, list(languages)) for part in parts or [root]
    ]
    return _built_frames(jobs, progress)


def _built_frames(
    jobs: Iterable[tuple[Path, Path, list[str]]], progress: bool = False
) -> dict[str, Any]:
    """Build each ``(source, destination, languages)`` (incrementally) and read its tables back,
    the tables of every job concatenated (empty when there is no job)."""
    import pandas as pd

    frames: dict[str, list[Any]] = {}
    for source, dest, languages in jobs:
        build(source, dest, languages=languages, progress=progress)
        for name, df in read_tables(dest).items():
            frames.setdefault(name, []).append(df)
    return {name: pd.concat(dfs, ignore_index=True) for name, dfs in frames.items()}


#: The language in the name of an AKN4UN zip as the UN distributes it ("ga-77-Russian.zip").
ZIP_LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "fr": "French",
    "es": "Spanish",
    "ru": "Russian",
    "ar": "Arabic",
    "zh": "Chinese",
}


def session_frames(
    corpus: str | Path,
    session: int,
    languages: Sequence[str] = ("en", "fr", "es", "ru"),
    out: str | Path | None = None,
) -> dict[str, Any] | None:
    """The tables of one General Assembly session in several languages, for the notebooks.

    Each language's zip of the session (``unxml-ga/ga-77-Russian.zip``) is built on its own,
    once, into ``data/processed/corpus-sessions``: the corpus notebooks' tables keep English,
    French and Spanish, and the corpus has the other languages for one session only.

    Args:
        corpus: the corpus folder (with ``unxml-ga``).
        session: the session, e.g. 77.
        languages: ISO 639-1 codes; a language whose zip is missing is left out.
        out: where the tables live; ``data/processed/corpus-sessions`` by default.

    Returns:
        The tables of `read_tables`, the languages' tables concatenated; ``None`` when the
        corpus has no zip of the session in any of the languages.
    """
    from helpers.paths import PROCESSED

    target = Path(out) if out is not None else PROCESSED / "corpus-sessions"
    zips = {lang: f"ga-{session}-{ZIP_LANGUAGE_NAMES[lang]}" for lang in languages}
    jobs = [
        (Path(corpus) / "unxml-ga" / f"{name}.zip", target / name, [lang])
        for lang, name in zips.items()
        if (Path(corpus) / "unxml-ga" / f"{name}.zip").is_file()
    ]
    return _built_frames(jobs) if jobs else None
