"""Corpus: a folder or zip of documents (zips inside folders or zips, at any depth) → Resolutions.

`iter_sources` lists every supported document under a path without reading it; `read_corpus`
parses them one by one, and a document that fails is recorded (path and reason) while the run
goes on. Zip members are checked before they are read: absolute or ``..`` paths (zip slip),
absurd declared sizes and compression ratios (zip bombs) are refused with `UnsafeInputError`.
"""

from __future__ import annotations

import io
import os
import stat
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar

from helpers.errors import ParseError, UnsafeInputError
from helpers.models import Resolution

#: Extensions of the documents a corpus may hold (readers in `helpers.parse`).
DOCUMENT_SUFFIXES: frozenset[str] = frozenset(
    {".xml", ".akn", ".txt", ".md", ".text", ".pdf", ".docx"}
)
#: The largest document accepted, compressed or not (bytes).
MAX_MEMBER_BYTES = 50 * 1024 * 1024
#: The largest compression ratio accepted for a zip member (a zip bomb compresses far more).
MAX_RATIO = 100
#: The largest nested zip read into memory (bytes).
MAX_NESTED_ZIP_BYTES = 512 * 1024 * 1024
#: Files that archivers leave behind and that are never documents.
_JUNK_PREFIXES = ("__MACOSX/", ".")


@dataclass(frozen=True)
class SourceInfo:
    """One document of a corpus, located but not read.

    Attributes:
        id: its name: the path relative to the corpus root, with zip members written as if the
            zip were a folder (``unxml-ga/ga-77-English.zip/English/A_RES_77_1-2223391E.xml``).
        size: its size in bytes (uncompressed).
        stamp: what changes when its content changes: mtime and size for files, CRC-32 and
            size for zip members.
        chain: how to reach it: the file path, then the zip member names, one per zip level.
        problem: why it will be refused (zip slip, zip bomb), or ``None``.
    """

    id: str
    size: int
    stamp: str
    chain: tuple[str, ...]
    problem: str | None = None

    def load(self) -> bytes:
        """Read the document's bytes (see `load_chain`)."""
        return load_chain(self.chain, self.id, self.problem)


def _is_document(name: str) -> bool:
    base = PurePosixPath(name).name
    return (
        PurePosixPath(name).suffix.lower() in DOCUMENT_SUFFIXES
        and not base.startswith(".")
        and not name.startswith(_JUNK_PREFIXES[0])
    )


def member_problem(info: zipfile.ZipInfo) -> str | None:
    """Why a zip member must be refused, or ``None`` when it is safe to read.

    Args:
        info: the member's entry in the zip's central directory.

    Returns:
        A reason (zip slip: absolute or ``..`` path; zip bomb: declared size or compression
        ratio too large), or ``None``.
    """
    name = info.filename
    parts = name.replace("\\", "/").split("/")
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":") or ".." in parts:
        return f"refused zip member with an unsafe path {name!r} (zip slip)"
    if info.file_size > MAX_MEMBER_BYTES:
        return (
            f"refused zip member {name!r}: declared size {info.file_size:,} bytes exceeds "
            f"{MAX_MEMBER_BYTES:,} (zip bomb?)"
        )
    if info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
        ratio = info.file_size / info.compress_size
        return (
            f"refused zip member {name!r}: compression ratio {ratio:,.0f}:1 exceeds "
            f"{MAX_RATIO}:1 (zip bomb?)"
        )
    return None


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """Read a member, never more than ``limit`` bytes whatever its header declares."""
    with zf.open(info) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise UnsafeInputError(
            f"refused zip member {info.filename!r}: it inflates beyond {limit:,} bytes (zip bomb?)"
        )
    return data


# Open zips, per process: the build's workers read many members of the same zips.
_OPEN_ZIPS: dict[str, zipfile.ZipFile] = {}


def _open_zip(path: str) -> zipfile.ZipFile:
    zf = _OPEN_ZIPS.get(path)
    if zf is None:
        if len(_OPEN_ZIPS) > 64:
            for old in _OPEN_ZIPS.values():
                old.close()
            _OPEN_ZIPS.clear()
        zf = zipfile.ZipFile(path)
        _OPEN_ZIPS[path] = zf
    return zf


def load_chain(chain: tuple[str, ...], name: str, problem: str | None = None) -> bytes:
    """Read the bytes of a document located by ``chain`` (a file, then zip members).

    Args:
        chain: the file path, then one member name per zip level.
        name: the document's id, for messages.
        problem: a known reason to refuse it (raised as `UnsafeInputError`).

    Returns:
        The document's bytes.

    Raises:
        UnsafeInputError: the member is refused (zip slip, zip bomb).
        ParseError: the file or zip cannot be read.
    """
    if problem:
        raise UnsafeInputError(problem, name)
    try:
        if len(chain) == 1:
            with open(chain[0], "rb") as fh:
                return fh.read()
        zf = _open_zip(chain[0])
        opened: list[zipfile.ZipFile] = []
        try:
            for i, member in enumerate(chain[1:], start=1):
                info = zf.getinfo(member)
                why = member_problem(info)
                if why:
                    raise UnsafeInputError(why, name)
                last = i == len(chain) - 1
                data = _read_member(zf, info, MAX_MEMBER_BYTES if last else MAX_NESTED_ZIP_BYTES)
                if last:
                    return data
                zf = zipfile.ZipFile(io.BytesIO(data))
                opened.append(zf)
        finally:
            for z in opened:
                z.close()
    except UnsafeInputError as exc:
        raise UnsafeInputError(exc.reason, name) from None
    except (OSError, zipfile.BadZipFile, KeyError, EOFError, RuntimeError, ValueError) as exc:
        raise ParseError(f"cannot read: {type(exc).__name__}: {exc}", name) from exc
    raise ParseError("empty location", name)  # pragma: no cover - chain is never empty


def _zip_sources(
    zf: zipfile.ZipFile, chain: tuple[str, ...], prefix: str, errors: list[dict[str, str]] | None
) -> Iterator[SourceInfo]:
    for info in sorted(zf.infolist(), key=lambda i: i.filename):
        if info.is_dir():
            continue
        name = info.filename
        sid = f"{prefix}/{name.lstrip('/')}"
        if name.lower().endswith(".zip"):
            why = member_problem(info)
            if why:
                yield SourceInfo(sid, info.file_size, f"{info.CRC:08x}", (*chain, name), why)
                continue
            try:
                data = _read_member(zf, info, MAX_NESTED_ZIP_BYTES)
                inner = zipfile.ZipFile(io.BytesIO(data))
            except (UnsafeInputError, zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
                _record(errors, sid, exc)
                continue
            with inner:
                yield from _zip_sources(inner, (*chain, name), sid, errors)
            continue
        if not _is_document(name):
            continue
        yield SourceInfo(
            sid,
            info.file_size,
            f"{info.CRC:08x}-{info.file_size}",
            (*chain, name),
            member_problem(info),
        )


def _record(errors: list[dict[str, str]] | None, source: str, exc: BaseException) -> None:
    if errors is not None:
        errors.append(failure_record(source, exc))


def failure_record(source: str, exc: BaseException) -> dict[str, str]:
    """A row of the ``failures`` table: the source, the error type and the reason.

    Args:
        source: the document's id.
        exc: what went wrong.

    Returns:
        ``{"source", "error", "reason"}``.
    """
    reason = exc.reason if isinstance(exc, ParseError) else f"{type(exc).__name__}: {exc}"
    return {"source": source, "error": type(exc).__name__, "reason": reason}


def scan(path: str | Path, *, errors: list[dict[str, str]] | None = None) -> list[SourceInfo]:
    """List the documents under ``path`` (a file, a folder, or a zip) without reading them.

    Folders are walked in sorted order; zips (``.zip`` files in folders, and zips inside
    zips) are opened and their members listed. Unreadable zips are recorded in ``errors``.

    Args:
        path: a folder, a zip, or one document.
        errors: a list that receives a failure record for every zip that cannot be opened.

    Returns:
        The documents, sorted by id.

    Raises:
        ParseError: ``path`` does not exist.
    """
    root = Path(path)
    if not root.exists():
        raise ParseError("no such file or folder", root)
    out: list[SourceInfo] = []

    def add_file(p: Path, sid: str) -> None:
        try:
            st = p.stat()
        except OSError as exc:
            _record(errors, sid, exc)
            return
        if not stat.S_ISREG(st.st_mode):
            return
        if p.suffix.lower() == ".zip":
            try:
                zf = zipfile.ZipFile(p)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
                _record(errors, sid, ParseError(f"not a readable zip: {exc}", sid))
                return
            with zf:
                out.extend(_zip_sources(zf, (str(p),), sid, errors))
        elif _is_document(p.name):
            out.append(SourceInfo(sid, st.st_size, f"{st.st_mtime_ns}-{st.st_size}", (str(p),)))

    if root.is_file():
        add_file(root, root.name)
    else:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for fn in sorted(filenames):
                p = Path(dirpath) / fn
                add_file(p, p.relative_to(root).as_posix())
    out.sort(key=lambda s: s.id)
    return out


def iter_sources(
    path: str | Path, *, errors: list[dict[str, str]] | None = None
) -> Iterator[tuple[str, Callable[[], bytes]]]:
    """Yield ``(id, load)`` for every document under ``path``; ``load()`` reads its bytes.

    Loading is lazy, so callers can hand the work out. A refused zip member (zip slip, zip
    bomb) is still yielded: its ``load`` raises `UnsafeInputError`, so that it is reported
    like any other failure.

    Args:
        path: a folder, a zip, or one document.
        errors: receives failure records for zips that cannot be opened.

    Yields:
        The document's id and a function that returns its bytes.
    """
    for src in scan(path, errors=errors):
        yield src.id, src.load


_T = TypeVar("_T")


def parse_source(name: str, data: bytes) -> Resolution:
    """Parse one document's bytes; any failure comes out as a `ParseError` naming ``name``.

    Args:
        name: the document's id (its extension chooses the reader).
        data: its bytes.

    Returns:
        The resolution.

    Raises:
        ParseError: the document cannot be parsed (an unexpected internal error is wrapped
            too, so that a corpus run always goes on).
    """
    from helpers.parse import parse_bytes

    return _guarded(name, lambda: parse_bytes(data, name=name))


def parse_source_all(name: str, data: bytes) -> list[Resolution]:
    """Parse every resolution one document prints (a volume prints several: see
    `helpers.parse.parse_all`); failures as for `parse_source`.
    """
    from helpers.parse import parse_bytes_all

    return _guarded(name, lambda: parse_bytes_all(data, name=name))


def _guarded(name: str, read: Callable[[], _T]) -> _T:
    """Run a reader; an unexpected error comes out as a `ParseError` naming ``name``."""
    try:
        return read()
    except ParseError:
        raise
    except RecursionError as exc:
        raise ParseError("input too deeply nested", name) from exc
    except Exception as exc:  # a parser bug must not stop a corpus run; it is reported
        raise ParseError(f"internal error: {type(exc).__name__}: {exc}", name) from exc


def read_corpus(
    path: str | Path, *, errors: list[dict[str, str]] | None = None
) -> Iterator[Resolution]:
    """Parse every supported document under a folder or inside a zip, at any depth.

    Supported: ``.xml`` (AKN4UN), ``.txt``/``.md``, ``.pdf`` and ``.docx``. Language and
    session come from each document, not from its path. A document that fails is recorded
    in ``errors`` (see `failure_record`) and the run goes on; nothing is dropped silently.

    Args:
        path: a folder, a zip, or one document.
        errors: a list that receives one failure record per document that failed.

    Yields:
        One `Resolution` per document that parsed, in the order of their ids; each of the
        resolutions a volume prints, in order.
    """
    for src in scan(path, errors=errors):
        try:
            yield from parse_source_all(src.id, src.load())
        except ParseError as exc:
            _record(errors, src.id, exc)


def failures_frame(errors: list[dict[str, str]]) -> Any:
    """The ``failures`` table (``source``, ``error``, ``reason``) as a DataFrame, sorted."""
    import pandas as pd

    df = pd.DataFrame(errors, columns=["source", "error", "reason"]).astype("string")
    return df.sort_values("source", kind="mergesort").reset_index(drop=True)
