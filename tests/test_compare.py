"""Tests of helpers.compare: alignment of versions and languages, series, terminology shifts.

The golden files in ``tests/golden/compare/`` were written by reading both texts of each pair
side by side (not from the program's output): every paragraph a careful reader would list as
added, removed or edited, with words that must show in the diff.
"""

from __future__ import annotations

import html
import json
import zipfile
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from helpers import parse_file
from helpers.compare import (
    COLUMNS,
    SERIES_COLUMNS,
    STATUSES,
    _xml_title_row,
    align,
    anchors,
    canonical,
    compare,
    compare_series,
    evolution,
    lead_change,
    lead_changes,
    lineage,
    plot_changes,
    plot_lineage,
    read_titles,
    series,
    similarity,
    terminology_shifts,
    title_similarity,
    version_label,
    word_diff,
    words,
)
from helpers.models import Citation, Clause, Lead, Resolution
from helpers.paths import SEED, SHARED_CORPUS

GOLDEN = Path(__file__).parent / "golden" / "compare"
needs_corpus = pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="needs ../shared/corpus")


@pytest.fixture(scope="module")
def seed() -> Resolution:
    return parse_file(SEED)


def _edit(res: Resolution, **texts: str) -> Resolution:
    """The resolution with some clauses' texts replaced (``PP2="..."``)."""
    clauses = tuple(replace(c, text=texts[c.id]) if c.id in texts else c for c in res.clauses)
    return replace(res, clauses=clauses)


def _without(res: Resolution, *ids: str) -> Resolution:
    return replace(res, clauses=tuple(c for c in res.clauses if c.id not in ids))


def _changes(frame) -> list[tuple[str | None, str | None, str]]:
    f = frame[frame["status"] != "unchanged"]
    return [(_id(a), _id(b), s) for a, b, s in zip(f["a_id"], f["b_id"], f["status"], strict=True)]


# --------------------------------------------------------------------------------------------
# Tokens, similarity, alignment
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("droits de l’homme", "droits de l'homme"),
        ("coopération internationale  ;", "coopération internationale;"),
        ("« Transformer notre monde »", "«Transformer notre monde»"),
        ("COVID\u201119 en 2014\u20132024", "COVID-19 en 2014-2024"),
        ("a\u00a0b   c", "a b c"),
    ],
)
def test_canonical(text: str, expected: str) -> None:
    assert canonical(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rappelant sa résolution 75/180,", ("rappelant", "sa", "résolution", "75/180")),
        ("droits de l’homme", ("droits", "de", "l'homme")),
        ("A/CONF.157/24 (Part I)", ("a/conf.157/24", "part", "i")),
        ("la coopération Sud-Sud", ("la", "coopération", "sud-sud")),
    ],
)
def test_words(text: str, expected: tuple[str, ...]) -> None:
    assert words(text) == expected


@pytest.mark.parametrize(
    ("a", "b", "low", "high"),
    [
        ("Décide de poursuivre l’examen", "Décide de poursuivre l'examen", 1.0, 1.0),
        ("les droits de l’homme", "les droits humains", 0.5, 0.75),
        ("Prie le Secrétaire général", "Invite les États Membres", 0.0, 0.01),
    ],
)
def test_similarity(a: str, b: str, low: float, high: float) -> None:
    assert low <= similarity(a, b) <= high


@pytest.mark.parametrize(
    ("scores", "threshold", "expected"),
    [
        # identity
        ([[1, 0], [0, 1]], 0.5, [(0, 0), (1, 1)]),
        # the second item of the first sequence is gone
        ([[1, 0], [0.2, 0.1], [0, 1]], 0.5, [(0, 0), (1, None), (2, 1)]),
        # a new item in the second sequence: removals come before additions
        ([[1, 0, 0], [0, 0.1, 0.9]], 0.5, [(0, 0), (None, 1), (1, 2)]),
        # a crossing pair cannot both match: the better one wins, the other is left over
        ([[0.0, 0.9], [0.6, 0.0]], 0.5, [(None, 0), (0, 1), (1, None)]),
        # nothing reaches the threshold
        ([[0.3]], 0.5, [(0, None), (None, 0)]),
    ],
)
def test_align(scores: list[list[float]], threshold: float, expected: list) -> None:
    assert align(scores, threshold) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Décide de poursuivre l’examen", "Décide de poursuivre l'examen", ""),
        (
            "promouvoir les droits de l’homme et les libertés",
            "promouvoir les droits humains et les libertés",
            "promouvoir les droits [-de l’homme-] {+humains+} et les libertés",
        ),
        (
            "un deux trois quatre cinq six sept huit neuf dix onze",
            "un deux trois quatre cinq six SEPT huit neuf dix onze",
            "… quatre cinq six [-sept-] {+SEPT+} huit neuf dix …",
        ),
        ("a b", "a b c", "a b {+c+}"),
    ],
)
def test_word_diff(a: str, b: str, expected: str) -> None:
    assert word_diff(a, b) == expected


def _clause(lead: Lead, text: str = "x", number: str | None = None) -> Clause:
    return Clause(id="OP1", section="operative", number=number, text=text, lead=lead)


@pytest.mark.parametrize(
    ("a", "b", "cross", "expected"),
    [
        (
            Lead("Encourages", "encourage", "encourage"),
            Lead("Urges", "urge", "urge"),
            False,
            "verb: Encourages → Urges (encourage → urge)",
        ),
        (
            Lead("Requests", "request", "request"),
            Lead("Also requests", "request", "request", adverbs=("Also",)),
            False,
            "adverb added: Also",
        ),
        (
            Lead("Prie également", "prier", "request", adverbs=("également",)),
            Lead("Prie", "prier", "request"),
            False,
            "adverb removed: également",
        ),
        # an adverb that is part of the head (the lemma) is not a change
        (
            Lead("Demande instamment", "demander instamment", "urge", adverbs=("instamment",)),
            Lead("Demande instamment", "demander instamment", "urge"),
            False,
            "",
        ),
        # across languages the glosses are compared, and adverbs through their glosses
        (
            Lead("Prie également", "prier", "request", adverbs=("également",)),
            Lead("Also requests", "request", "request", adverbs=("Also",)),
            True,
            "",
        ),
        (
            Lead("Souligne", "souligner", "stress"),
            Lead("Emphasizes", "emphasize", "emphasize"),
            True,
            "verb: Souligne → Emphasizes (stress → emphasize)",
        ),
    ],
)
def test_lead_change(a: Lead, b: Lead, cross: bool, expected: str) -> None:
    langs = ("fr", "en") if cross else (None, None)
    assert lead_change(_clause(a), _clause(b), cross=cross, languages=langs) == expected


# --------------------------------------------------------------------------------------------
# compare() on the seed and edited copies of it
# --------------------------------------------------------------------------------------------


def test_compare_with_itself(seed: Resolution) -> None:
    c = compare(seed, seed)
    assert list(c.frame.columns) == list(COLUMNS)
    assert c.counts() == {s: (32 if s == "unchanged" else 0) for s in STATUSES}
    assert (c.frame["a_id"] == c.frame["b_id"]).all()
    assert (c.frame["lead_change"] == "").all()
    assert c.header.empty
    assert not c.cross_language


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ("remove", [("PP7", None, "removed")]),
        ("add", [(None, "PP7", "added")]),
        ("edit", [("OP5", "OP5", "edited")]),
        # ids are not renumbered: OP9 keeps its id where it lands
        ("move", [("OP9", "OP9", "moved")]),
    ],
)
def test_compare_finds_each_kind_of_change(seed: Resolution, change: str, expected) -> None:
    if change == "remove":
        a, b = seed, _without(seed, "PP7")
    elif change == "add":
        a, b = _without(seed, "PP7"), seed
    elif change == "edit":
        op5 = seed.clause("OP5").text
        a, b = seed, _edit(seed, OP5=op5.replace("la justice, l’égalité", "la justice, la paix"))
    else:  # OP9 taken out and put back before OP3
        op = [c for c in seed.operative if c.id != "OP9"]
        op.insert(2, seed.clause("OP9"))
        a, b = seed, replace(seed, clauses=seed.preamble + tuple(op))
    c = compare(a, b)
    assert _changes(c.frame) == expected
    if change == "edit":
        row = c.frame[c.frame["status"] == "edited"].iloc[0]
        assert "[-l’égalité-] {+la paix+}" in row["diff"] or "{+la paix+}" in row["diff"]
        assert 0.9 < row["similarity"] < 1


def test_compare_reports_lead_change(seed: Resolution) -> None:
    op5 = seed.clause("OP5")
    new_lead = Lead("Demande instamment", "demander instamment", "urge", known=True)
    text = "Demande instamment" + op5.text[len("Exhorte") :]
    clauses = tuple(
        replace(c, lead=new_lead, text=text) if c.id == "OP5" else c for c in seed.clauses
    )
    c = compare(seed, replace(seed, clauses=clauses))
    row = c.frame.set_index("a_id").loc["OP5"]
    assert row["status"] == "edited"
    # both glosses are "urge": the verb changed, the concept did not
    assert row["lead_change"] == "verb: Exhorte → Demande instamment"


@pytest.mark.parametrize("dropped", [None, "PP4", "OP1", "OP17"])
def test_cross_language_path(seed: Resolution, dropped: str | None) -> None:
    """Two languages: aligned by position, numbers, glosses, length and printed numbers."""
    other = replace(_without(seed, dropped) if dropped else seed, language="en")
    c = compare(seed, other)
    assert c.cross_language
    expected = [(dropped, None, "removed")] if dropped else []
    assert _changes(c.frame) == expected
    paired = c.frame.dropna(subset=["a_id", "b_id"])
    assert (paired["a_id"] == paired["b_id"]).all()


def test_changes_and_counts(seed: Resolution) -> None:
    b = _edit(_without(seed, "PP2"), OP1=seed.clause("OP1").text.replace("tous", "chacun"))
    c = compare(seed, b)
    assert c.counts() == {"unchanged": 30, "edited": 1, "moved": 0, "added": 0, "removed": 1}
    assert list(c.changes()["status"]) == ["removed", "edited"]
    page = c.to_html(unchanged=False)
    assert page.count("<tr class=") == 2


def test_html_escapes_every_text(seed: Resolution) -> None:
    evil = "<script>alert('x')</script> & « guillemets »"
    b = _edit(seed, PP2=seed.clause("PP2").text + " " + evil)
    page = compare(seed, b).to_html()
    assert "<script>" not in page
    assert html.escape("<script>alert('x')</script>") in page
    assert "<ins>" in page and "<table" in page


def test_header_differences(seed: Resolution) -> None:
    b = replace(seed, symbol="A/RES/76/159", title="Renforcement de la coopération")
    h = compare(seed, b).header.set_index("field")
    assert h.loc["symbol", "b"] == "A/RES/76/159"
    assert "title" in h.index


# --------------------------------------------------------------------------------------------
# Series, terminology shifts, lineage (on versions made from the seed)
# --------------------------------------------------------------------------------------------


def _older(seed: Resolution, session: int, symbol: str, cites: str | None) -> Resolution:
    """A made-up earlier version: « droits humains » written « droits de l’homme »."""
    texts = {c.id: c.text.replace("droits humains", "droits de l’homme") for c in seed.clauses}
    res = _edit(seed, **texts)
    citations = ()
    if cites:
        citations = (
            Citation(
                kind="resolution",
                body="General Assembly",
                number=cites.split("/", 2)[-1],
                symbol=cites,
                date=None,
                year=None,
                date_source=None,
                clause="PP3",
                footnote=None,
                text=cites,
                item=cites,
            ),
        )
    return replace(
        res,
        session=session,
        symbol=symbol,
        doc_type="adopted resolution",
        title=(seed.title or "").replace("droits humains", "droits de l’homme"),
        citations=citations,
    )


def test_series_from_resolutions(seed: Resolution) -> None:
    v74 = _older(seed, 74, "A/RES/74/153", None)
    v75 = replace(_older(seed, 75, "A/RES/75/180", "A/RES/74/153"), title=seed.title)
    other = replace(seed, session=75, symbol="A/RES/75/1", title="Question de Palestine")
    df = series([other, v75, v74], like=seed)
    assert list(df.columns) == list(SERIES_COLUMNS)
    assert list(df["symbol"]) == ["A/RES/74/153", "A/RES/75/180"]
    # 74/153 has another title (« droits de l’homme ») but 75/180 cites it
    assert bool(df.iloc[0]["linked"])
    assert df.iloc[1]["cites"] == "A/RES/74/153"
    assert 0.8 < df.iloc[0]["title_similarity"] < 0.9


def test_terminology_shift_is_found_by_the_diff(seed: Resolution) -> None:
    older = _older(seed, 75, "A/RES/75/180", None)
    shifts = terminology_shifts([older, seed])
    top = shifts.iloc[0]
    assert (top["old"], top["new"]) == ("de l'homme", "humains")
    assert top["shift"] == "droits de l'homme → droits humains"
    assert top["count"] >= 20
    assert "title" in top["paragraphs"]


def test_lineage_and_evolution(seed: Resolution) -> None:
    v1 = _without(seed, "PP7")
    v2 = seed
    v3 = _edit(
        _without(seed, "OP2"), OP17=seed.clause("OP17").text.replace("dix-septième", "dix-huitième")
    )
    comps = compare_series([v1, v2, v3])
    ev = evolution(comps)
    assert list(ev["added"]) == [1, 0] and list(ev["removed"]) == [0, 1]
    assert list(ev["edited"]) == [0, 1]
    grid = lineage(comps)
    assert grid.shape == (32, 3)
    pp7 = grid.loc[("preamble", "PP7")].tolist()
    assert pd.isna(pp7[0]) and pp7[1:] == ["added", "unchanged"]
    assert grid.loc[("operative", "OP2")].tolist() == ["present", "unchanged", "removed"]
    assert lead_changes(comps).empty
    assert plot_changes(ev, lead_changes(comps)) is not None
    assert plot_lineage(grid) is not None


@pytest.mark.parametrize(
    ("symbol", "doc_type", "session", "expected"),
    [
        ("A/RES/76/159", "adopted resolution", 76, "76/159"),
        (None, "draft resolution", 76, "76 draft"),
        ("A/C.3/76/L.37", "draft resolution", 76, "A/C.3/76/L.37 draft"),
    ],
)
def test_version_label(
    seed: Resolution, symbol: str | None, doc_type: str, session: int, expected: str
) -> None:
    res = replace(seed, symbol=symbol, doc_type=doc_type, session=session)
    assert version_label(res) == expected


def test_xml_title_row() -> None:
    head = (
        '<akomaNtoso><statement><meta><FRBRlanguage language="fra"/></meta>'
        '<coverPage><docNumber refersTo="#symbol">A/RES/76/159</docNumber>'
        '<session refersTo="#generalAssembly" value="76">Soixante-seizième session</session>'
        "<docTitle>Résolution adoptée par l’Assemblée générale</docTitle></coverPage>"
        "<preface><p><docNumber>76/159.</docNumber>"
        '<docTitle refersTo="#resolutionTitle"><span class="bold">\tRenforcement de la '
        "coopération &amp; des droits</span></docTitle></p></preface>"
    )
    row = _xml_title_row(head, "x.xml")
    assert row == {
        "source": "x.xml",
        "language": "fr",
        "symbol": "A/RES/76/159",
        "session": 76,
        "title": "Renforcement de la coopération & des droits",
        "head": None,
    }


def test_read_titles_reads_only_the_head(tmp_path: Path) -> None:
    xml = (
        '<akomaNtoso><statement><meta><FRBRlanguage language="eng"/></meta>'
        '<coverPage><docNumber refersTo="#symbol">A/RES/99/1</docNumber>'
        '<session value="99">Ninety-ninth session</session></coverPage>'
        '<preface><docTitle refersTo="#resolutionTitle">Testing cooperation</docTitle>'
        "</preface><preamble>...</preamble></statement></akomaNtoso>"
    )
    with zipfile.ZipFile(tmp_path / "ga-99.zip", "w") as zf:
        zf.writestr("English/A_RES_99_1.xml", xml)
        zf.writestr("English/notes.txt", "Resolution 1 (1946)\n\nThe Security Council,\n")
    df = read_titles(tmp_path).set_index("source")
    row = df.loc["ga-99.zip/English/A_RES_99_1.xml"]
    assert (row["language"], row["symbol"], row["session"], row["title"]) == (
        "en",
        "A/RES/99/1",
        99,
        "Testing cooperation",
    )
    text = df.loc["ga-99.zip/English/notes.txt"]
    assert text["head"].startswith("Resolution 1 (1946)") and pd.isna(text["title"])


@pytest.mark.parametrize(
    ("a", "b", "low"),
    [
        (
            "Renforcement de la coopération internationale dans le domaine des droits de l’homme",
            "Renforcement de la coopération internationale dans le domaine des droits humains",
            0.85,
        ),
        ("Question des îles Vierges américaines", "Question des îles Vierges américaines", 1.0),
    ],
)
def test_title_similarity(a: str, b: str, low: float) -> None:
    assert title_similarity(a, b) >= low


def test_anchors_keep_numbers_and_symbols(seed: Resolution) -> None:
    got = anchors(seed.clause("PP3"), seed)
    assert "75/180" in got and "47/9" in got and "2021" in got
    assert "A/RES/75/180" in got
    assert "75/180" in anchors(seed.clause("PP3"), seed, citations=False)
    assert "A/RES/75/180" not in anchors(seed.clause("PP3"), seed, citations=False)


# --------------------------------------------------------------------------------------------
# On the corpus
# --------------------------------------------------------------------------------------------


def _load(spec: dict, seed: Resolution) -> Resolution:
    from helpers.akn import read_akn

    if spec.get("seed"):
        return seed
    with zipfile.ZipFile(SHARED_CORPUS / spec["zip"]) as zf:
        return read_akn(zf.read(spec["member"]), source=spec["member"])


def _runs(diff: str, open_: str, close: str) -> list[str]:
    out, rest = [], diff
    while open_ in rest:
        rest = rest.split(open_, 1)[1]
        run, rest = rest.split(close, 1)
        out.append(canonical(run))
    return out


@needs_corpus
@pytest.mark.parametrize("path", sorted(GOLDEN.glob("*.json")), ids=lambda p: p.stem)
def test_golden_pairs(path: Path, seed: Resolution) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    a, b = _load(gold["a"], seed), _load(gold["b"], seed)
    c = compare(a, b)
    expected = [(g["a_id"], g["b_id"], g["status"]) for g in gold["changes"]]
    assert _changes(c.frame) == expected
    assert c.counts()["unchanged"] == gold["unchanged"]
    assert sorted(c.header["field"]) == sorted(gold["header"])
    for g in gold["changes"]:
        row = next(
            r
            for r in c.frame.itertuples(index=False)
            if _id(r.a_id) == g["a_id"] and _id(r.b_id) == g["b_id"]
        )
        assert row.lead_change == g.get("lead_change", "")
        deleted = _runs(row.diff or "", "[-", "-]")
        inserted = _runs(row.diff or "", "{+", "+}")
        for phrase in g.get("deleted", []):
            assert any(canonical(phrase) in run for run in deleted), (g, row.diff)
        for phrase in g.get("inserted", []):
            assert any(canonical(phrase) in run for run in inserted), (g, row.diff)


def _id(value: object) -> str | None:
    return value if isinstance(value, str) else None


@needs_corpus
@pytest.mark.parametrize(
    ("first", "second"),
    [("French", "English"), ("French", "Spanish"), ("English", "Spanish")],
)
def test_cross_language_alignment_of_76_159(first: str, second: str) -> None:
    from helpers.akn import read_akn

    docs = {}
    for lang in (first, second):
        letter = lang[0]
        member = f"{lang}/A_RES_76_159-2119201{letter}.xml"
        with zipfile.ZipFile(SHARED_CORPUS / f"unxml-ga/ga-76-{lang}.zip") as zf:
            docs[lang] = read_akn(zf.read(member), source=member)
    a, b = docs[first], docs[second]
    c = compare(a, b)
    assert c.cross_language
    f = c.frame
    assert len(f) == 32
    # every paragraph pairs with its translation: same place, same printed numbers
    assert list(f["a_id"]) == [x.id for x in a.clauses]
    assert list(f["b_id"]) == [x.id for x in b.clauses]
    assert set(f["status"]) == {"unchanged"}
    pp3 = f.set_index("a_id").loc["PP3"]
    assert "75/180" in pp3["a_text"] and "75/180" in pp3["b_text"]


@pytest.fixture(scope="module")
def french_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of links to the French GA zips (the corpus is read in place, never copied)."""
    folder = tmp_path_factory.mktemp("fr")
    for z in sorted((SHARED_CORPUS / "unxml-ga").glob("ga-*-French.zip")):
        (folder / z.name).symlink_to(z)
    return folder


@pytest.fixture(scope="module")
def french_series(seed: Resolution, french_corpus: Path) -> pd.DataFrame:
    return series(french_corpus, like=seed)


@needs_corpus
def test_series_of_the_seed(french_series: pd.DataFrame) -> None:
    df = french_series
    assert list(df["session"]) == [74, 75, 76, 77, 78, 79]
    assert list(df["symbol"]) == [
        "A/RES/74/153",
        "A/RES/75/180",
        "A/RES/76/159",
        "A/RES/77/213",
        "A/RES/78/199",
        "A/RES/79/166",
    ]
    assert list(df["cites"])[1:] == list(df["symbol"])[:-1]
    assert df["linked"].all()
    assert (df["language"] == "fr").all()
    # the 74th session's title still said « droits de l’homme »
    assert df.iloc[0]["title"].endswith("droits de l’homme")


@needs_corpus
def test_every_version_compared_with_itself_is_unchanged(french_series: pd.DataFrame) -> None:
    for res in french_series["resolution"]:
        c = compare(res, res)
        assert set(c.frame["status"]) == {"unchanged"}, res.symbol
        assert len(c.frame) == len(res.clauses)


@needs_corpus
def test_terminology_shifts_of_the_french_series(french_series: pd.DataFrame) -> None:
    versions = list(french_series["resolution"])
    shifts = terminology_shifts(versions)
    top = shifts.iloc[0]
    assert top["shift"] == "droits de l'homme → droits humains"
    assert top["first"] == "74/153 → 75/180"
    assert top["count"] >= 25
