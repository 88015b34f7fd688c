"""Tests for data/reference/past_heads.csv and the script that builds it (no corpus needed).

The table gives each operative head of ``leads.csv`` the past form a General Assembly decision
prints ("Decides" → "decided", "Prend note" → "a pris note", "Toma nota" → "tomó nota",
"принимает к сведению" → "приняла к сведению"), with a short corpus example. The checks are
table-driven from the CSV; the script's rules are checked on hand-made inputs.
"""

from __future__ import annotations

import csv
import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

#: This checkout (the tests read its own table, whichever ``helpers`` is installed).
ROOT: Path = Path(__file__).resolve().parent.parent
REFERENCE: Path = ROOT / "data" / "reference"
TABLE: Path = REFERENCE / "past_heads.csv"
COLUMNS = ["language", "head", "past", "example"]
LANGUAGES = {"en", "fr", "es", "ru"}


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


ROWS = _read(TABLE)
OPERATIVE: dict[str, set[str]] = {}
for _lead in _read(REFERENCE / "leads.csv"):
    if _lead["section"] == "operative":
        OPERATIVE.setdefault(_lead["language"], set()).add(_lead["form"])


def _id(row: dict[str, str]) -> str:
    return f"{row['language']}-{row['head']}"


def _script() -> Any:
    path = ROOT / "scripts" / "build_past_heads.py"
    spec = importlib.util.spec_from_file_location("build_past_heads", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


SCRIPT = _script()
HEADS: dict[str, list[Any]] = SCRIPT.read_heads(REFERENCE / "leads.csv")
PRESENT: dict[str, dict[str, str]] = {
    language: SCRIPT._present_table(heads) for language, heads in HEADS.items()
}


def _contains_words(text: str, phrase: str) -> bool:
    """Whether ``phrase`` occurs in ``text`` as whole words, ignoring case."""
    pattern = rf"(?<![\w’'-]){re.escape(phrase)}(?![\w’'-])"
    return re.search(pattern, text, flags=re.IGNORECASE) is not None


# --------------------------------------------------------------------------------------------
# The table
# --------------------------------------------------------------------------------------------


def test_table_format() -> None:
    data = TABLE.read_bytes()
    assert b"\r" not in data
    assert data.endswith(b"\n")
    assert data.decode("utf-8").splitlines()[0] == ",".join(COLUMNS)
    assert ROWS, "the table is empty"
    assert all(list(row) == COLUMNS for row in ROWS)


def test_rows_are_sorted_by_language_and_head() -> None:
    keys = [(row["language"], row["head"]) for row in ROWS]
    assert keys == sorted(keys)


def test_no_duplicate_language_head_pairs() -> None:
    counts = Counter((row["language"], row["head"]) for row in ROWS)
    assert [key for key, n in counts.items() if n > 1] == []


def test_no_past_form_twice_in_a_language() -> None:
    counts = Counter((row["language"], row["past"]) for row in ROWS)
    assert [key for key, n in counts.items() if n > 1] == []


def test_every_language_has_rows() -> None:
    assert {row["language"] for row in ROWS} == LANGUAGES


@pytest.mark.parametrize("row", ROWS, ids=_id)
def test_head_is_an_operative_form_of_leads(row: dict[str, str]) -> None:
    assert row["language"] in LANGUAGES
    assert row["head"] in OPERATIVE.get(row["language"], set())


@pytest.mark.parametrize("row", ROWS, ids=_id)
def test_past_is_lower_case(row: dict[str, str]) -> None:
    assert row["past"] == row["past"].lower()
    assert row["past"] == row["past"].strip() and "  " not in row["past"]


@pytest.mark.parametrize("row", ROWS, ids=_id)
def test_example_contains_its_past_form(row: dict[str, str]) -> None:
    assert _contains_words(row["example"], row["past"]), row


@pytest.mark.parametrize("row", ROWS, ids=_id)
def test_example_is_a_short_phrase(row: dict[str, str]) -> None:
    words = row["example"].split()
    assert 3 <= len(words) <= 10, row["example"]
    assert row["example"] == " ".join(words)


@pytest.mark.parametrize("row", [r for r in ROWS if r["language"] == "fr"], ids=_id)
def test_french_uses_the_typographic_apostrophe(row: dict[str, str]) -> None:
    assert "'" not in row["past"]
    assert "'" not in row["example"]


@pytest.mark.parametrize("row", ROWS, ids=_id)
def test_past_is_what_the_script_derives_for_its_head(row: dict[str, str]) -> None:
    head = next(h for h in HEADS[row["language"]] if h.form == row["head"])
    assert row["past"] in SCRIPT.candidates(head, PRESENT[row["language"]])


# --------------------------------------------------------------------------------------------
# The script's rules
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("base", "past"),
    [
        ("decide", "decided"),
        ("request", "requested"),
        ("take", "took"),
        ("make", "made"),
        ("clarify", "clarified"),
        ("regret", "regretted"),
        ("be", "was"),
    ],
)
def test_en_past(base: str, past: str) -> None:
    assert SCRIPT.en_past(base) == past


@pytest.mark.parametrize(
    ("infinitive", "participle"),
    [
        ("décider", "décidé"),
        ("prendre", "pris"),
        ("faire", "fait"),
        ("élire", "élu"),
        ("reconnaître", "reconnu"),
        ("établir", "établi"),
        ("rendre", "rendu"),
    ],
)
def test_fr_participle(infinitive: str, participle: str) -> None:
    assert SCRIPT.fr_participle(infinitive) == participle


@pytest.mark.parametrize(
    ("infinitive", "preterite"),
    [
        ("decidir", "decidió"),
        ("tomar", "tomó"),
        ("hacer", "hizo"),
        ("elegir", "eligió"),
        ("convenir", "convino"),
        ("pedir", "pidió"),
        ("incluir", "incluyó"),
    ],
)
def test_es_preterite(infinitive: str, preterite: str) -> None:
    assert SCRIPT.es_preterite(infinitive) == preterite


def _head(language: str, form: str, lemma: str, pos: str = "phrase") -> Any:
    return SCRIPT.Head(language, form, lemma, pos, 1)


@pytest.mark.parametrize(
    ("language", "form", "lemma", "expected"),
    [
        ("en", "Takes note", "take note", ["took note"]),
        ("en", "Calls upon", "call upon", ["called upon"]),
        (
            "en",
            "Deplores and strongly condemns",
            "deplore and strongly condemn",
            ["deplored and strongly condemned"],
        ),
        ("fr", "Prend note", "prendre note", ["a pris note"]),
        ("fr", "Se félicite", "se féliciter", ["s’est félicitée"]),
        ("fr", "S’inquiète", "s’inquiéter", ["s’est inquiétée"]),
        ("fr", "Convient", "convenir", ["est convenue"]),
        ("fr", "Se déclare préoccupé", "se déclarer préoccupé", ["s’est déclaré préoccupé"]),
        ("fr", "Se rend compte", "se rendre compte", ["s’est rendu compte"]),
        ("fr", "Prie instamment", "prier instamment", ["a prié instamment", "a instamment prié"]),
        ("fr", "Invite et encourage", "inviter et encourager", ["a invité et encouragé"]),
        ("es", "Toma nota", "tomar nota", ["tomó nota"]),
        ("es", "Hace suyo", "hacer suyo", ["hizo suyo"]),
        ("es", "Se compromete", "comprometerse", ["se comprometió"]),
        ("es", "Deplora y condena", "deplorar y condenar", ["deploró y condenó"]),
        ("ru", "принимает к сведению", "принимать к сведению", ["приняла к сведению"]),
        ("ru", "просит", "просить", ["просила", "попросила"]),
        ("en", "Noting", "note", []),
        ("fr", "Assurer", "assurer", []),
        ("es", "Observando", "observar", []),
    ],
)
def test_candidates(language: str, form: str, lemma: str, expected: list[str]) -> None:
    pos = "participle" if form.endswith(("ing", "ando")) else "phrase"
    assert SCRIPT.candidates(_head(language, form, lemma, pos), {}) == expected


def test_occurrences_are_whole_words() -> None:
    text = "it decided; undecided; it re-decided; it decided to act"
    assert list(SCRIPT.occurrences(text, "decided")) == [3, 41]


def test_en_finite_skips_participles() -> None:
    text = "in which it decided to act, as decided by the Council, and requested the Office"
    starts = list(SCRIPT.occurrences(text, "decided"))
    assert [SCRIPT._en_finite(text, s, s + len("decided")) for s in starts] == [True, False]
    s = text.index("requested")
    assert SCRIPT._en_finite(text, s, s + len("requested"))


def test_example_starts_at_the_relative_clause_and_stays_short() -> None:
    text = (
        "Recalling its resolution 64/289, in which it decided to convene a high-level meeting "
        "of the General Assembly on the subject in 2025, and"
    )
    start = text.index("decided")
    example, key = SCRIPT.example_at(text, start, "decided", "en")
    assert example == "in which it decided to convene a high-level meeting"
    assert key[:2] == (0, 0)  # a complement, and the Assembly ("it") as subject
    assert len(example.split()) <= SCRIPT.EXAMPLE_MAX_WORDS
