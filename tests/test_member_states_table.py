"""Tests for data/reference/member_states.csv: UN short names of States, the EU and groups.

The names are the UN's official short names (UNTERM) in English, French, Spanish and Russian.
The English, French and Spanish ones are as printed in the scale-of-assessments annexes of
General Assembly resolutions 76/238 and 79/249; the Russian ones, in the nominative as a list of
sponsors prints them, were checked against the Russian resolutions of session 77 (ga-77-Russian)
where these name the State. Like the other columns, the table writes the straight apostrophe and
the ASCII hyphen ("Кот-д'Ивуар"), where UN Russian texts print "’" and often U+2011.
"""

from __future__ import annotations

import csv
import re
import unicodedata

import pytest

from helpers.paths import REFERENCE

TABLE = REFERENCE / "member_states.csv"
COLUMNS = [
    "key",
    "kind",
    "en",
    "fr",
    "es",
    "ru",
    "aliases_en",
    "aliases_fr",
    "aliases_es",
    "aliases_ru",
]
LANGUAGES = ("en", "fr", "es", "ru")
KINDS = {"member", "observer", "union", "group"}


def _read() -> tuple[list[str], list[dict[str, str]]]:
    with TABLE.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return list(reader.fieldnames or []), list(reader)


HEADER, ROWS = _read()
BY_KEY = {row["key"]: row for row in ROWS}


def _names(row: dict[str, str]) -> list[tuple[str, str]]:
    """(column, name) for every name and alias of one row."""
    out = [(lang, row[lang]) for lang in LANGUAGES]
    for lang in LANGUAGES:
        out += [(f"aliases_{lang}", a) for a in row[f"aliases_{lang}"].split("|") if a]
    return out


ALL_NAMES = [(row["key"], column, name) for row in ROWS for column, name in _names(row)]

# (key, kind, en, fr, es): checked against the corpus (scale-of-assessments annexes and texts).
SPOT_CHECKS = [
    (
        "BOL",
        "member",
        "Bolivia (Plurinational State of)",
        "Bolivie (État plurinational de)",
        "Bolivia (Estado Plurinacional de)",
    ),
    (
        "NLD",
        "member",
        "Netherlands (Kingdom of the)",
        "Pays-Bas (Royaume des)",
        "Países Bajos (Reino de los)",
    ),
    ("TUR", "member", "Türkiye", "Türkiye", "Türkiye"),
    ("CIV", "member", "Côte d'Ivoire", "Côte d'Ivoire", "Côte d'Ivoire"),
    ("VNM", "member", "Viet Nam", "Viet Nam", "Viet Nam"),
    ("TTO", "member", "Trinidad and Tobago", "Trinité-et-Tobago", "Trinidad y Tabago"),
    (
        "GBR",
        "member",
        "United Kingdom of Great Britain and Northern Ireland",
        "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
        "Reino Unido de Gran Bretaña e Irlanda del Norte",
    ),
    ("BIH", "member", "Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    ("ATG", "member", "Antigua and Barbuda", "Antigua-et-Barbuda", "Antigua y Barbuda"),
    (
        "VCT",
        "member",
        "Saint Vincent and the Grenadines",
        "Saint-Vincent-et-les Grenadines",
        "San Vicente y las Granadinas",
    ),
    ("STP", "member", "Sao Tome and Principe", "Sao Tomé-et-Principe", "Santo Tomé y Príncipe"),
    (
        "IRN",
        "member",
        "Iran (Islamic Republic of)",
        "Iran (République islamique d')",
        "Irán (República Islámica del)",
    ),
    (
        "PRK",
        "member",
        "Democratic People's Republic of Korea",
        "République populaire démocratique de Corée",
        "República Popular Democrática de Corea",
    ),
    (
        "USA",
        "member",
        "United States of America",
        "États-Unis d'Amérique",
        "Estados Unidos de América",
    ),
    ("ROU", "member", "Romania", "Roumanie", "Rumanía"),
    ("NZL", "member", "New Zealand", "Nouvelle-Zélande", "Nueva Zelandia"),
    ("CZE", "member", "Czechia", "Tchéquie", "Chequia"),
    ("SWZ", "member", "Eswatini", "Eswatini", "Eswatini"),
    ("VAT", "observer", "Holy See", "Saint-Siège", "Santa Sede"),
    ("PSE", "observer", "State of Palestine", "État de Palestine", "Estado de Palestina"),
    ("EU", "union", "European Union", "Union européenne", "Unión Europea"),
    (
        "g77",
        "group",
        "Group of 77 and China",
        "Groupe des 77 et la Chine",
        "Grupo de los 77 y China",
    ),
]

# (key, ru): the Russian name in the nominative, as a Russian list of sponsors prints it. Those
# marked * are printed so in the nominative in ga-77-Russian; the others rest on UNTERM.
RU_SPOT_CHECKS = [
    ("RUS", "Российская Федерация"),  # *
    ("GBR", "Соединенное Королевство Великобритании и Северной Ирландии"),  # *
    ("USA", "Соединенные Штаты Америки"),  # *
    ("BOL", "Боливия (Многонациональное Государство)"),  # *
    ("VEN", "Венесуэла (Боливарианская Республика)"),  # *
    ("IRN", "Иран (Исламская Республика)"),  # *
    ("KOR", "Республика Корея"),  # *
    ("PRK", "Корейская Народно-Демократическая Республика"),  # *
    ("LAO", "Лаосская Народно-Демократическая Республика"),  # *
    ("TZA", "Объединенная Республика Танзания"),  # *
    ("ARE", "Объединенные Арабские Эмираты"),  # *
    ("CIV", "Кот-д'Ивуар"),  # *, printed "Кот‑д’Ивуар"
    ("STP", "Сан-Томе и Принсипи"),  # *
    ("ATG", "Антигуа и Барбуда"),  # *
    ("COD", "Демократическая Республика Конго"),
    ("MDA", "Республика Молдова"),
    ("FSM", "Микронезия (Федеративные Штаты)"),
    ("NLD", "Нидерланды (Королевство)"),
    ("TUR", "Тюркийе"),
    ("CZE", "Чехия"),
    ("SWZ", "Эсватини"),
    ("MKD", "Северная Македония"),
    ("PNG", "Папуа — Новая Гвинея"),
    ("TLS", "Тимор-Лешти"),
    ("VAT", "Святейший Престол"),
    ("PSE", "Государство Палестина"),  # *
    ("EU", "Европейский союз"),  # *
    ("g77", "Группа 77 и Китай"),
    ("african-group", "Группа африканских государств"),
    ("sadc", "Сообщество по вопросам развития стран юга Африки"),  # *
]

# (key, language, alias): older or alternative names printed in 2019-2024 documents.
ALIAS_CHECKS = [
    ("TUR", "en", "Turkey"),
    ("TUR", "fr", "Turquie"),
    ("TUR", "es", "Turquía"),
    ("NLD", "en", "Netherlands"),
    ("NLD", "fr", "Pays-Bas"),
    ("NLD", "es", "Países Bajos"),
    ("ROU", "es", "Rumania"),
    ("TUR", "ru", "Турция"),  # what ga-77-Russian prints where the English has "Türkiye"
    ("NLD", "ru", "Нидерланды"),
    ("CZE", "ru", "Чешская Республика"),
    ("SWZ", "ru", "Свазиленд"),
    ("GBR", "ru", "Соединенное Королевство"),
    ("USA", "ru", "Соединенные Штаты"),
    ("IRN", "ru", "Исламская Республика Иран"),
    ("g77", "ru", "Группа 77"),
]

#: What a Russian name may hold besides Cyrillic letters: a space, a hyphen, the apostrophe,
#: parentheses, the digits of "Группа 77", and the spaced dash of "Папуа — Новая Гвинея".
_RU_OTHER = set(" -'()0123456789—")
#: Latin letters that look Cyrillic: a stray one passes the eye but not a string match.
_LOOK_ALIKES = set("AaBCcEeHKMOoPpTXxyi")

RU_NAMES = [(key, name) for key, column, name in ALL_NAMES if column in {"ru", "aliases_ru"}]


def test_header() -> None:
    assert HEADER == COLUMNS


def test_members_count() -> None:
    assert sum(row["kind"] == "member" for row in ROWS) == 193


def test_other_kinds() -> None:
    assert {row["key"] for row in ROWS if row["kind"] == "observer"} == {"VAT", "PSE"}
    assert [row["key"] for row in ROWS if row["kind"] == "union"] == ["EU"]
    assert "g77" in {row["key"] for row in ROWS if row["kind"] == "group"}


def test_kinds_known() -> None:
    assert {row["kind"] for row in ROWS} <= KINDS


def test_keys_unique() -> None:
    keys = [row["key"] for row in ROWS]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("row", ROWS, ids=[row["key"] for row in ROWS])
def test_key_shape(row: dict[str, str]) -> None:
    if row["kind"] in {"member", "observer"}:
        assert re.fullmatch(r"[A-Z]{3}", row["key"])
    elif row["kind"] == "group":
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", row["key"])


@pytest.mark.parametrize("row", ROWS, ids=[row["key"] for row in ROWS])
def test_names_not_empty(row: dict[str, str]) -> None:
    for lang in LANGUAGES:
        assert row[lang], f"{row['key']}: empty {lang}"


@pytest.mark.parametrize("key,column,name", ALL_NAMES)
def test_name_typography(key: str, column: str, name: str) -> None:
    assert name == name.strip(), "leading or trailing space"
    assert "  " not in name, "double space"
    assert not re.search(r"[\u2018\u2019\u02bc`´]", name), "curly or odd apostrophe"
    assert "\xa0" not in name and "\t" not in name and "|" not in name


@pytest.mark.parametrize("key,column,name", ALL_NAMES)
def test_parentheses_balanced(key: str, column: str, name: str) -> None:
    depth = 0
    for char in name:
        depth += {"(": 1, ")": -1}.get(char, 0)
        assert depth >= 0, "')' before '('"
    assert depth == 0, "unclosed '('"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_names_unique_per_language(lang: str) -> None:
    owner: dict[str, str] = {}
    for row in ROWS:
        for name in [row[lang], *[a for a in row[f"aliases_{lang}"].split("|") if a]]:
            assert owner.setdefault(name, row["key"]) == row["key"], f"{name!r} twice"


@pytest.mark.parametrize("key,kind,en,fr,es", SPOT_CHECKS)
def test_spot_check(key: str, kind: str, en: str, fr: str, es: str) -> None:
    row = BY_KEY[key]
    assert (row["kind"], row["en"], row["fr"], row["es"]) == (kind, en, fr, es)


@pytest.mark.parametrize("key,lang,alias", ALIAS_CHECKS)
def test_alias(key: str, lang: str, alias: str) -> None:
    assert alias in BY_KEY[key][f"aliases_{lang}"].split("|")


@pytest.mark.parametrize("key,name", RU_NAMES)
def test_russian_name_is_cyrillic(key: str, name: str) -> None:
    """Cyrillic letters only: no Latin look-alike ("a", "e", "o", "p", "c", "x") mixed in."""
    latin = [c for c in name if c in _LOOK_ALIKES]
    assert not latin, f"Latin look-alikes {latin}"
    for char in name:
        if char.isalpha():
            assert unicodedata.name(char).startswith("CYRILLIC "), f"{char!r} is not Cyrillic"
        else:
            assert char in _RU_OTHER, f"{char!r} in a Russian name"


@pytest.mark.parametrize("key,name", RU_NAMES)
def test_russian_name_typography(key: str, name: str) -> None:
    """UN Russian texts write "е", not "ё" ("Объединенные"); a hyphen joins two words; a dash
    stands between spaces; a name starts with a capital or a digit."""
    assert "ё" not in name and "Ё" not in name, "ё: UN texts write е"
    assert " -" not in name and "- " not in name
    assert name.count("—") == name.count(" — ")
    assert name[0].isupper() or name[0].isdigit()


@pytest.mark.parametrize("key,column,name", [n for n in ALL_NAMES if "ru" not in n[1]])
def test_no_cyrillic_outside_russian(key: str, column: str, name: str) -> None:
    assert not any("CYRILLIC" in unicodedata.name(c, "") for c in name)


@pytest.mark.parametrize("key,ru", RU_SPOT_CHECKS)
def test_russian_spot_check(key: str, ru: str) -> None:
    assert BY_KEY[key]["ru"] == ru
