"""Tests of the build: partitioned Parquet, failures listed, incremental, Dask = processes."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pandas as pd
import pyarrow.dataset as ds
import pytest
from test_akn import BODY, PREAMBLE, akn

from helpers.build import build, read_tables, session_frames, sniff_language
from helpers.paths import SHARED_CORPUS

needs_corpus = pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="needs ../shared/corpus")


def doc(symbol: str, language: str = "eng", session: int = 77) -> bytes:
    data = akn(PREAMBLE + BODY, language=language).replace(b"A/RES/77/999", symbol.encode())
    return data.replace(b'value="77"', f'value="{session}"'.encode())


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    with zipfile.ZipFile(root / "ga.zip", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("English/a.xml", doc("A/RES/77/1"))
        z.writestr("French/a.xml", doc("A/RES/77/1", "fra"))
        z.writestr("English/b.xml", doc("A/RES/76/5", session=76))
        z.writestr("English/cut.xml", doc("A/RES/77/2")[:600])
        z.writestr("English/empty.xml", b"")
        z.writestr("../slip.xml", doc("A/RES/77/3"))
    return root


def test_build_writes_partitioned_parquet_csv_and_failures(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    rep = build(corpus, out, workers=1, progress=False)
    assert (rep.documents, rep.failures, rep.parsed) == (3, 3, 6)
    for part in ("language=en/session=77", "language=en/session=76", "language=fr/session=77"):
        assert (out / "clauses" / part / "part-0.parquet").is_file(), part
    clauses = ds.dataset(out / "clauses", format="parquet", partitioning="hive").to_table()
    assert clauses.num_rows == 3 * 5
    tables = read_tables(out)
    res = tables["resolutions"]
    assert sorted(zip(res["doc"], res["language"], strict=True)) == [
        ("A/RES/76/5", "en"),
        ("A/RES/77/1", "en"),
        ("A/RES/77/1", "fr"),
    ]
    assert (out / "resolutions.csv").is_file() and (out / "conferences.csv").is_file()
    failures = pd.read_csv(out / "failures.csv")
    assert failures["source"].tolist() == [
        "ga.zip/../slip.xml",
        "ga.zip/English/cut.xml",
        "ga.zip/English/empty.xml",
    ]
    assert failures["error"].tolist() == ["UnsafeInputError", "XMLError", "EmptyDocumentError"]


def test_rebuild_parses_only_new_files(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(corpus, out, workers=1, progress=False)
    again = build(corpus, out, workers=1, progress=False)
    assert (again.parsed, again.reused, again.documents) == (0, 3, 3)
    (corpus / "new.xml").write_bytes(doc("A/RES/77/7"))
    third = build(corpus, out, workers=1, progress=False)
    assert (third.parsed, third.reused, third.documents) == (1, 3, 4)
    assert "A/RES/77/7" in set(read_tables(out)["resolutions"]["doc"])


def test_languages_filter_skips_other_languages_unparsed(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    rep = build(corpus, out, workers=1, languages=["fr"], progress=False)
    # the truncated English file is skipped too: its language is read before it is parsed
    assert (rep.documents, rep.skipped, rep.failures) == (1, 3, 2)
    assert set(read_tables(out)["clauses"]["language"]) == {"fr"}
    assert not (out / "clauses" / "language=en").exists()


@pytest.mark.parametrize(
    ("head", "language"),
    [
        (b'<FRBRlanguage language="fra"></FRBRlanguage>', "fr"),
        (b'<FRBRlanguage language="zho"/>', "zh"),
        (b"<FRBRlanguage language='eng'/>", None),  # single quotes are not what DGACM writes
        (b"<p>no language</p>", None),
    ],
)
def test_sniff_language(head: bytes, language: str | None) -> None:
    assert sniff_language(b"<akomaNtoso>" + head) == language


def test_process_pool_and_dask_builds_are_identical(corpus: Path, tmp_path: Path) -> None:
    from dask.distributed import Client, LocalCluster

    build(corpus, tmp_path / "p", workers=2, progress=False)
    with (
        LocalCluster(n_workers=1, processes=False, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        rep = build(corpus, tmp_path / "d", scheduler="dask", client=client, progress=False)
    assert rep.scheduler == "dask" and rep.documents == 3
    a, b = read_tables(tmp_path / "p"), read_tables(tmp_path / "d")
    assert a.keys() == b.keys()
    for name in a:
        pd.testing.assert_frame_equal(a[name], b[name])
    part = "clauses/language=en/session=77/part-0.parquet"
    assert (tmp_path / "p" / part).read_bytes() == (tmp_path / "d" / part).read_bytes()


@needs_corpus
def test_build_on_real_files(tmp_path: Path) -> None:
    src = SHARED_CORPUS / "unxml-sc" / "sc-2022-Spanish.zip"
    corpus = tmp_path / "c"
    corpus.mkdir()
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(corpus / "sc.zip", "w") as zout:
        for name in zin.namelist()[:3]:
            zout.writestr(name, zin.read(name))
    rep = build(corpus, tmp_path / "out", workers=1, progress=False)
    assert rep.documents == 3 and rep.failures == 0
    clauses = read_tables(tmp_path / "out")["clauses"]
    assert set(clauses["language"]) == {"es"} and len(clauses) > 20


@needs_corpus
def test_session_frames_reads_each_language_of_a_session(tmp_path: Path) -> None:
    # the same two resolutions of session 77 in English and Russian, zipped as the UN does
    corpus = tmp_path / "c"
    (corpus / "unxml-ga").mkdir(parents=True)
    for language in ("English", "Russian"):
        src = SHARED_CORPUS / "unxml-ga" / f"ga-77-{language}.zip"
        name = f"ga-77-{language}.zip"
        with zipfile.ZipFile(src) as zin, zipfile.ZipFile(corpus / "unxml-ga" / name, "w") as zout:
            for member in sorted(n for n in zin.namelist() if "A_RES_77_10" in n)[:2]:
                zout.writestr(member, zin.read(member))
    frames = session_frames(corpus, 77, out=tmp_path / "out")
    assert frames is not None
    res = frames["resolutions"]
    assert sorted(res["language"]) == ["en", "en", "ru", "ru"]
    assert set(res["session"]) == {77}
    clauses = frames["clauses"]
    en, ru = (clauses[clauses["language"] == lang] for lang in ("en", "ru"))
    assert len(en) == len(ru) > 10
    # the Russian leads take the English glosses, about as often as the English leads have one
    assert ru["gloss"].notna().mean() >= en["gloss"].notna().mean() - 0.15
    assert set(ru["gloss"].dropna()) & set(en["gloss"].dropna()) >= {"recall", "decide"}
    assert session_frames(corpus, 78, out=tmp_path / "out") is None  # no zip of session 78


def test_a_volume_adds_each_of_its_resolutions(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    volume = Path(__file__).parent / "data" / "volume" / "volume_en.txt"
    (corpus / "vol.txt").write_bytes(volume.read_bytes())
    (corpus / "one.xml").write_bytes(doc("A/RES/77/1"))
    out = tmp_path / "out"
    rep = build(corpus, out, workers=1, progress=False)
    assert (rep.sources, rep.documents, rep.failures) == (2, 2, 0)
    tables = read_tables(out)
    assert sorted(tables["resolutions"]["doc"]) == [
        "A/RES/77/1",
        "A/RES/90/1",
        "A/RES/90/2",
        "A/RES/90/3",
    ]
    clauses = tables["clauses"]
    volume_clauses = clauses[clauses["doc"].str.startswith("A/RES/90/")]
    # each resolution's clauses, in the order printed, none lost to a clash of row numbers
    assert volume_clauses.groupby("doc", sort=True).size().tolist() == [3, 2, 4]
    assert volume_clauses["lead"].tolist()[:4] == ["Wishing", "Decides", "Requests", "Recalling"]
    again = build(corpus, out, workers=1, progress=False)
    assert (again.parsed, again.reused) == (0, 2)
    assert read_tables(out)["clauses"].equals(clauses)
