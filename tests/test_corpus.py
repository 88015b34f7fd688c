"""Tests of corpus reading: zips at any depth, broken files reported, unsafe zips refused."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from test_akn import BODY, PREAMBLE, akn

from helpers.corpus import (
    MAX_MEMBER_BYTES,
    failures_frame,
    iter_sources,
    member_problem,
    read_corpus,
    scan,
)
from helpers.errors import ParseError, UnsafeInputError


def good(symbol: str, language: str = "eng") -> bytes:
    return akn(PREAMBLE + BODY, language=language).replace(b"A/RES/77/999", symbol.encode())


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder mixing good and broken documents, in zips and sub-folders at several depths."""
    root = tmp_path / "corpus"
    (root / "deep" / "er").mkdir(parents=True)
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("French/inner.xml", good("A/RES/77/3", "fra"))
    with zipfile.ZipFile(root / "deep" / "ga.zip", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("English/one.xml", good("A/RES/77/1"))
        z.writestr("English/truncated.xml", good("A/RES/77/9")[:700])
        z.writestr("English/empty.xml", b"")
        z.writestr("../../evil.xml", good("A/RES/77/666"))  # zip slip
        z.writestr("/etc/abs.xml", good("A/RES/77/667"))  # absolute path
        z.writestr("English/bomb.xml", b"<a>" + b" " * 3_000_000 + b"</a>")  # ratio > 100:1
        z.writestr("nested.zip", inner.getvalue())
        z.writestr("notes.jsonl", b"{}")  # not a document: ignored
        z.writestr("__MACOSX/English/._one.xml", b"\x00\x05")  # archiver junk: ignored
    (root / "deep" / "er" / "two.xml").write_bytes(good("A/RES/77/2", "spa"))
    (root / "deep" / "er" / "not-a-zip.zip").write_bytes(b"PK\x03\x04 broken")
    (root / "notes.txt").write_text("Shopping list: bread, milk.\n", encoding="utf-8")
    return root


def test_read_corpus_builds_the_good_files_and_lists_the_broken(corpus: Path) -> None:
    errors: list[dict[str, str]] = []
    docs = list(read_corpus(corpus, errors=errors))
    assert sorted((d.symbol, d.language) for d in docs) == [
        ("A/RES/77/1", "en"),
        ("A/RES/77/2", "es"),
        ("A/RES/77/3", "fr"),
    ]
    failed = {e["source"]: (e["error"], e["reason"]) for e in errors}
    expected = {
        "deep/ga.zip/../../evil.xml": ("UnsafeInputError", "zip slip"),
        "deep/ga.zip/etc/abs.xml": ("UnsafeInputError", "zip slip"),
        "deep/ga.zip/English/bomb.xml": ("UnsafeInputError", "compression ratio"),
        "deep/ga.zip/English/empty.xml": ("EmptyDocumentError", "empty file"),
        "deep/ga.zip/English/truncated.xml": ("XMLError", "XML"),
        "deep/er/not-a-zip.zip": ("ParseError", "not a readable zip"),
        "notes.txt": ("NotAResolutionError", "not a resolution"),
    }
    assert set(failed) == set(expected)
    for source, (error, cause) in expected.items():
        assert failed[source][0] == error, source
        assert cause in failed[source][1], source


def test_sources_are_listed_lazily_with_stable_ids(corpus: Path) -> None:
    ids = [sid for sid, _ in iter_sources(corpus)]
    assert ids == sorted(ids)
    assert "deep/ga.zip/nested.zip/French/inner.xml" in ids  # a zip inside a zip
    assert not any(i.endswith((".jsonl", "._one.xml")) for i in ids)
    loaders = dict(iter_sources(corpus))
    assert loaders["deep/er/two.xml"]().startswith(b"<?xml")
    with pytest.raises(UnsafeInputError, match="zip slip"):
        loaders["deep/ga.zip/../../evil.xml"]()


def test_scan_gives_stamps_that_change_with_the_content(corpus: Path) -> None:
    before = {s.id: s.stamp for s in scan(corpus)}
    (corpus / "deep" / "er" / "two.xml").write_bytes(good("A/RES/77/22", "spa"))
    after = {s.id: s.stamp for s in scan(corpus)}
    changed = {k for k in before if before[k] != after[k]}
    assert changed == {"deep/er/two.xml"}


@pytest.mark.parametrize(
    ("name", "size", "compressed", "cause"),
    [
        ("English/ok.xml", 20_000, 5_000, None),
        ("../x.xml", 10, 10, "zip slip"),
        ("a/../../x.xml", 10, 10, "zip slip"),
        ("/abs.xml", 10, 10, "zip slip"),
        ("C:/win.xml", 10, 10, "zip slip"),
        ("big.xml", MAX_MEMBER_BYTES + 1, MAX_MEMBER_BYTES, "declared size"),
        ("bomb.xml", 10_000_000, 1_000, "compression ratio"),
    ],
)
def test_member_problem(name: str, size: int, compressed: int, cause: str | None) -> None:
    info = zipfile.ZipInfo(name)
    info.file_size, info.compress_size = size, compressed
    why = member_problem(info)
    assert (why is None) if cause is None else (cause in (why or ""))


def test_a_member_that_inflates_beyond_its_declared_size_is_refused(tmp_path: Path) -> None:
    """A forged header cannot smuggle a bomb past the size check: reading stops at the limit."""
    from helpers import corpus as corpus_mod

    path = tmp_path / "forged.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        z.writestr("doc.xml", b"x" * 5000)
    old = corpus_mod.MAX_MEMBER_BYTES
    corpus_mod.MAX_MEMBER_BYTES = 1000
    try:
        with pytest.raises(UnsafeInputError):
            corpus_mod.load_chain((str(path), "doc.xml"), "forged.zip/doc.xml")
    finally:
        corpus_mod.MAX_MEMBER_BYTES = old


def test_missing_corpus_is_a_parse_error(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="no such file or folder"):
        list(read_corpus(tmp_path / "nowhere"))


def test_failures_frame_is_sorted_and_typed() -> None:
    df = failures_frame(
        [
            {"source": "b.xml", "error": "XMLError", "reason": "truncated XML"},
            {"source": "a.xml", "error": "EmptyDocumentError", "reason": "empty file"},
        ]
    )
    assert list(df.columns) == ["source", "error", "reason"]
    assert df["source"].tolist() == ["a.xml", "b.xml"]


def test_read_corpus_yields_each_resolution_a_volume_prints(tmp_path: Path) -> None:
    volume = Path(__file__).parent / "data" / "volume" / "volume_en.txt"
    (tmp_path / "vol.txt").write_bytes(volume.read_bytes())
    (tmp_path / "one.xml").write_bytes(good("A/RES/77/1"))
    errors: list[dict[str, str]] = []
    docs = list(read_corpus(tmp_path, errors=errors))
    assert errors == []
    assert [(d.source, d.symbol) for d in docs] == [
        ("one.xml", "A/RES/77/1"),
        ("vol.txt#1", "A/RES/90/1"),
        ("vol.txt#2", "A/RES/90/2"),
        ("vol.txt#3", "A/RES/90/3"),
    ]
