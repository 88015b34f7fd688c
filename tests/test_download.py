"""Tests for helpers.download, without the network: file URLs stand in for the servers."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.download import SOURCES, download


def test_sources_are_the_uns_collections() -> None:
    assert set(SOURCES) == {"GAresolutions.zip", "SCresolutions.zip"}
    assert all(url.startswith("https://") for url in SOURCES.values())


def test_download_fetches_and_skips_what_is_there(tmp_path: Path) -> None:
    src = tmp_path / "remote.zip"
    src.write_bytes(b"PK\x05\x06" + b"\0" * 18)
    out = tmp_path / "external"
    files = download(out, {"GA.zip": src.as_uri()})
    assert files == [out / "GA.zip"]
    assert (out / "GA.zip").read_bytes() == src.read_bytes()
    src.unlink()  # already there: not fetched again
    assert download(out, {"GA.zip": src.as_uri()}) == [out / "GA.zip"]


def test_failed_download_names_the_url_and_leaves_nothing(tmp_path: Path) -> None:
    missing = (tmp_path / "nowhere.zip").as_uri()
    with pytest.raises(OSError, match=r"could not download .*nowhere\.zip"):
        download(tmp_path / "out", {"x.zip": missing})
    assert not any((tmp_path / "out").iterdir())
