"""Command line: ``python -m helpers parse|build|evaluate|bench|notebooks|download``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from helpers.errors import ParseError
from helpers.models import Resolution
from helpers.parse import SUPPORTED, parse_file_all
from helpers.tables import to_frames


def iter_inputs(paths: Sequence[str]) -> Iterator[Path]:
    """Expand the command line's paths: files as given, folders to their supported files."""
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(
                f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED
            )
        else:
            yield p


def write_tables(resolutions: Sequence[Resolution], out: Path, fmt: str) -> list[Path]:
    """Write the tables of `to_frames` as ``<out>/<table>.<csv|parquet>``.

    Args:
        resolutions: the parsed documents.
        out: the output folder (created if needed).
        fmt: ``csv`` or ``parquet``.

    Returns:
        The files written.
    """
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name, df in to_frames(resolutions).items():
        path = out / f"{name}.{fmt}"
        if fmt == "csv":
            df.to_csv(path, index=False, lineterminator="\n")
        else:
            df.to_parquet(path, index=False, engine="pyarrow", compression="zstd")
        written.append(path)
    return written


def cmd_parse(args: argparse.Namespace) -> int:
    """Parse files and print or write them; go on past bad files and report them at the end."""
    parsed: list[Resolution] = []
    failures: list[tuple[str, str]] = []
    for path in iter_inputs(args.paths):
        try:
            parsed += parse_file_all(path)
        except ParseError as exc:
            failures.append((str(path), exc.reason))
            print(f"error: {exc}", file=sys.stderr)
    out = Path(args.out) if args.out else None
    if args.format in {"csv", "parquet"}:
        target = out or Path("data/processed")
        for p in write_tables(parsed, target, args.format):
            print(p)
    elif args.format == "json":
        docs = [r.to_dict() for r in parsed]
        if out:
            out.mkdir(parents=True, exist_ok=True)
            for r, d in zip(parsed, docs, strict=True):
                # (the k-th resolution a volume prints is "<file>#<k>": written "<stem>-<k>")
                file, _, k = Path(r.source or "document").name.partition("#")
                path = out / f"{Path(file).stem}{'-' + k if k else ''}.json"
                path.write_text(
                    json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
                )
                print(path)
        else:
            payload = docs[0] if len(docs) == 1 else docs
            print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:  # jsonl
        lines = [json.dumps(r.to_dict(), ensure_ascii=False) for r in parsed]
        if out:
            out.mkdir(parents=True, exist_ok=True)
            path = out / "resolutions.jsonl"
            path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
            print(path)
        else:
            for line in lines:
                print(line)
    if failures:
        print(f"{len(failures)} of {len(failures) + len(parsed)} files failed:", file=sys.stderr)
        for path, msg in failures:
            print(f"  {path}: {msg}", file=sys.stderr)
        return 1
    return 0


def cmd_corpus_tables(args: argparse.Namespace) -> int:
    """Build (or bring up to date) the tables the corpus notebooks read; say so without one."""
    from helpers.build import corpus_frames
    from helpers.paths import corpus_path

    corpus = Path(args.corpus) if args.corpus else corpus_path()
    if corpus is None or not corpus.exists():
        print(
            "No corpus configured (UNRES_CORPUS, data/external or ../shared/corpus): nothing built."
        )
        return 0
    frames = corpus_frames(corpus, progress=True)
    res = frames.get("resolutions")
    print(f"{corpus}: {0 if res is None else len(res)} documents in the corpus tables")
    return 0


def cmd_notebooks(args: argparse.Namespace) -> int:
    """Execute notebooks in place (fresh kernel, in order) and re-pair their py:percent files."""
    import jupytext
    import nbformat
    from nbclient import NotebookClient

    for name in args.notebooks:
        path = Path(name)
        nb = nbformat.read(path, as_version=4)
        NotebookClient(
            nb,
            timeout=900,
            kernel_name="python3",
            record_timing=False,  # no run times in the files: re-running changes nothing
            resources={"metadata": {"path": str(path.parent)}},
        ).execute()
        nb.metadata.pop("widgets", None)
        nbformat.write(nb, path)
        jupytext.write(nb, path.with_suffix(".py"), fmt="py:percent")
        print(f"executed {path}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m helpers``."""
    parser = argparse.ArgumentParser(prog="python -m helpers", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("parse", help="parse documents and print or write them")
    p.add_argument("paths", nargs="+", help="files or folders (.txt .md .xml .pdf .docx)")
    p.add_argument("--format", choices=["json", "jsonl", "csv", "parquet"], default="json")
    p.add_argument("--out", help="output folder (default: print JSON; tables to data/processed)")
    p.set_defaults(func=cmd_parse)

    b = sub.add_parser("build", help="parse a whole corpus into partitioned tables")
    b.add_argument("--corpus", required=True)
    b.add_argument("--out", default="data/processed")
    b.add_argument("--scheduler", choices=["processes", "dask"], default="processes")
    b.add_argument("--address", help="dask.distributed scheduler address (tcp://host:port)")
    b.add_argument("--workers", type=int)
    b.add_argument("--languages", help="comma-separated ISO codes, e.g. en,fr,es")
    b.set_defaults(func=lambda a: __import__("helpers.build", fromlist=["cli"]).cli(a))

    e = sub.add_parser("evaluate", help="round-trip evaluation on the shared corpus")
    e.add_argument("--corpus", default="../shared/corpus")
    e.add_argument("--limit", type=int, help="documents per language and collection")
    e.set_defaults(func=lambda a: __import__("helpers.evaluate", fromlist=["cli"]).cli(a))

    m = sub.add_parser("bench", help="throughput and build benchmarks")
    m.add_argument("--corpus", default="../shared/corpus")
    m.set_defaults(func=lambda a: __import__("helpers.bench", fromlist=["cli"]).cli(a))

    t = sub.add_parser(
        "corpus-tables", help="build the tables the corpus notebooks read (data/processed/corpus)"
    )
    t.add_argument("--corpus", help="default: UNRES_CORPUS, data/external or ../shared/corpus")
    t.set_defaults(func=cmd_corpus_tables)

    n = sub.add_parser("notebooks", help="execute notebooks in place")
    n.add_argument("--execute", dest="notebooks", nargs="*", default=[])
    n.set_defaults(func=cmd_notebooks)

    d = sub.add_parser("download", help="download the UN's AKN4UN resolutions")
    d.add_argument("--out", default="data/external")
    d.set_defaults(func=lambda a: __import__("helpers.download", fromlist=["cli"]).cli(a))

    args = parser.parse_args(argv)
    return int(args.func(args) or 0)
