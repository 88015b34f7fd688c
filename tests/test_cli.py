"""Command line: `python -m helpers parse` prints the contract, writes tables, names failures."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from helpers.cli import iter_inputs, main
from helpers.paths import SEED


def test_parse_prints_the_seed_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["language"] == "fr"
    assert doc["sponsors"] == ["Cuba", "Fédération de Russie"]
    assert sum(c["section"] == "preamble" for c in doc["clauses"]) == 15
    assert sum(c["section"] == "operative" for c in doc["clauses"]) == 17


@pytest.mark.parametrize(("fmt", "suffix"), [("csv", ".csv"), ("parquet", ".parquet")])
def test_parse_writes_one_table_per_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, suffix: str
) -> None:
    assert main(["parse", str(SEED), "--format", fmt, "--out", str(tmp_path)]) == 0
    written = sorted(Path(p).name for p in capsys.readouterr().out.split())
    names = ["citations", "clauses", "conferences", "footnotes", "resolutions", "verbs"]
    assert written == [n + suffix for n in names]
    path = tmp_path / f"clauses{suffix}"
    clauses = pd.read_csv(path) if fmt == "csv" else pd.read_parquet(path)
    assert len(clauses) == 32


def test_parse_jsonl_writes_one_line_per_document(tmp_path: Path) -> None:
    copy = tmp_path / "in" / "b.txt"
    copy.parent.mkdir()
    copy.write_bytes(SEED.read_bytes())
    assert main(["parse", str(SEED), str(copy), "--format", "jsonl", "--out", str(tmp_path)]) == 0
    lines = (tmp_path / "resolutions.jsonl").read_text(encoding="utf-8").splitlines()
    assert [
        json.loads(line)["source"].endswith(("000_fcc2c192a74bf042.txt", "b.txt")) for line in lines
    ] == [True, True]


def test_bad_files_are_named_and_the_run_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    broken = tmp_path / "broken.xml"
    broken.write_text("<akomaNtoso><act>", encoding="utf-8")
    status = main(["parse", str(SEED), str(empty), str(broken), "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert status == 1
    assert len(out.splitlines()) == 1  # the seed was still parsed
    assert "2 of 3 files failed" in err
    assert "empty.txt" in err and "broken.xml" in err
    # the summary names each file once, then its cause
    summary = err.split("files failed:")[1].splitlines()[1:]
    assert [line.count(str(tmp_path)) for line in summary] == [1, 1]


def test_iter_inputs_expands_folders_to_supported_files(tmp_path: Path) -> None:
    for name in ("a.txt", "b.xml", "c.pdf", "d.docx", "e.md", "notes.csv", "sub/f.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_inputs([str(tmp_path)])]
    assert found == ["a.txt", "b.xml", "c.pdf", "d.docx", "e.md", "sub/f.txt"]


def test_corpus_tables_without_a_corpus_says_so(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("UNRES_CORPUS", str(tmp_path / "absent"))
    assert main(["corpus-tables"]) == 0
    assert "No corpus" in capsys.readouterr().out


def test_parse_writes_each_resolution_of_a_volume(tmp_path: Path) -> None:
    volume = Path(__file__).parent / "data" / "volume" / "volume_en.txt"
    assert main(["parse", str(volume), "--format", "json", "--out", str(tmp_path)]) == 0
    written = sorted(p.name for p in tmp_path.glob("*.json"))
    assert written == ["volume_en-1.json", "volume_en-2.json", "volume_en-3.json"]
    second = json.loads((tmp_path / "volume_en-2.json").read_text(encoding="utf-8"))
    assert second["symbol"] == "A/RES/90/2"
