"""Tests for data/reference/member_states.csv: UN short names of States, the EU and groups.

The names are the UN's official short names (UNTERM) in English, French, Spanish, Russian,
Chinese and Arabic. The English, French and Spanish ones are as printed in the
scale-of-assessments annexes of General Assembly resolutions 76/238 and 79/249; the Russian ones,
in the nominative as a list of sponsors prints them, were checked against the Russian resolutions
of session 77 (ga-77-Russian) where these name the State. Like the other columns, the table writes
the straight apostrophe and the ASCII hyphen ("Кот-д'Ивуар"), where UN Russian texts print "’" and
often U+2011. The Chinese ones are checked against ga-77-Chinese, and the Arabic ones against
ga-77-Arabic, paragraph by paragraph beside ga-77-English (tests at the end, which skip without
../shared/corpus).
"""

from __future__ import annotations

import csv
import re
import unicodedata
import zipfile
from functools import lru_cache
from pathlib import PurePosixPath

import pytest

from helpers.akn import parse_xml
from helpers.paths import REFERENCE, SHARED_CORPUS

TABLE = REFERENCE / "member_states.csv"
COLUMNS = [
    "key",
    "kind",
    "en",
    "fr",
    "es",
    "ru",
    "zh",
    "ar",
    "aliases_en",
    "aliases_fr",
    "aliases_es",
    "aliases_ru",
    "aliases_zh",
    "aliases_ar",
]
LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")
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


# --------------------------------------------------------------------------------------------
# Chinese
# --------------------------------------------------------------------------------------------

ZH_NAMES = [(key, name) for key, column, name in ALL_NAMES if column in {"zh", "aliases_zh"}]

#: What a Chinese name may hold besides Chinese characters: the digits of "77国集团和中国".
#: No space, no parenthesis: UN Chinese writes the name in its natural order, where English,
#: French, Spanish and Russian invert it ("多民族玻利维亚国": "Bolivia (Plurinational State of)").
_ZH_OTHER = set("0123456789")


@pytest.mark.parametrize("key,name", ZH_NAMES)
def test_chinese_name_is_han(key: str, name: str) -> None:
    for char in name:
        if char not in _ZH_OTHER:
            assert unicodedata.name(char, "").startswith("CJK UNIFIED IDEOGRAPH"), repr(char)


@pytest.mark.parametrize("key,column,name", [n for n in ALL_NAMES if "zh" not in n[1]])
def test_no_chinese_outside_chinese(key: str, column: str, name: str) -> None:
    assert not any(unicodedata.name(c, "").startswith("CJK") for c in name)


# (key, zh): the UN Chinese short name. Those marked * are printed so in ga-77-Chinese, in a
# paragraph whose English version names the same State; the others rest on UNTERM.
ZH_SPOT_CHECKS = [
    ("CHN", "中国"),  # *
    ("DZA", "阿尔及利亚"),  # *
    ("RUS", "俄罗斯联邦"),  # *
    ("GBR", "大不列颠及北爱尔兰联合王国"),  # *
    ("USA", "美利坚合众国"),  # *
    ("BOL", "多民族玻利维亚国"),  # *
    ("VEN", "委内瑞拉玻利瓦尔共和国"),  # *
    ("IRN", "伊朗伊斯兰共和国"),  # *
    ("FSM", "密克罗尼西亚联邦"),  # *
    ("KOR", "大韩民国"),  # *
    ("PRK", "朝鲜民主主义人民共和国"),  # *
    ("LAO", "老挝人民民主共和国"),  # *
    ("SYR", "阿拉伯叙利亚共和国"),  # *
    ("TZA", "坦桑尼亚联合共和国"),  # *
    ("COD", "刚果民主共和国"),  # *
    ("COG", "刚果"),  # *
    ("MDA", "摩尔多瓦共和国"),  # *
    ("CIV", "科特迪瓦"),  # *
    ("CPV", "佛得角"),  # *
    ("TLS", "东帝汶"),  # *
    ("TUR", "土耳其"),  # * (where the English prints "Türkiye")
    ("VNM", "越南"),  # *
    ("PSE", "巴勒斯坦国"),  # *
    ("EU", "欧洲联盟"),  # *
    ("NLD", "荷兰王国"),
    ("CZE", "捷克"),
    ("SWZ", "斯威士兰"),
    ("MKD", "北马其顿"),
    ("DOM", "多米尼加共和国"),
    ("VAT", "教廷"),
    ("g77", "77国集团和中国"),
    ("african-group", "非洲国家组"),  # printed in 77/121, whose English says "the African States"
]

# (key, alias): the shorter forms ga-77-Chinese prints where the English names the same body.
ZH_ALIAS_CHECKS = [
    ("GBR", "联合王国"),
    ("USA", "美国"),
    ("NLD", "荷兰"),
    ("g77", "77国集团"),
    ("nam", "不结盟运动"),
    ("asean", "东盟"),
    ("eccas", "中非经共体"),
]


@pytest.mark.parametrize("key,zh", ZH_SPOT_CHECKS)
def test_chinese_spot_check(key: str, zh: str) -> None:
    assert BY_KEY[key]["zh"] == zh


@pytest.mark.parametrize("key,alias", ZH_ALIAS_CHECKS)
def test_chinese_alias(key: str, alias: str) -> None:
    assert alias in BY_KEY[key]["aliases_zh"].split("|")


def test_chinese_aliases_are_the_checked_ones() -> None:
    """Every Chinese alias is one the corpus prints (checked above and below), no other."""
    aliases = {(key, name) for key, column, name in ALL_NAMES if column == "aliases_zh"}
    assert aliases == set(ZH_ALIAS_CHECKS)


# --- in the corpus: ga-77-Chinese beside ga-77-English ---------------------------------------

_GA77 = SHARED_CORPUS / "unxml-ga"
_AKN_P = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}p"

#: Rows whose Chinese name no paragraph of ga-77-Chinese prints where the aligned English
#: paragraph names the same State by its table name (the whole resolution, where its two versions
#: do not have the same paragraphs): the name rests on UNTERM. The English of session 77 never
#: names 42 of them; NLD and g77 are printed by their alias only ("荷兰", "77国集团"); the African
#: and the Latin American and Caribbean groups are printed in resolution 77/121, where the English
#: says "the African States", "the Latin American and Caribbean States".
ZH_UNTERM_ONLY = {
    "ALB", "AND", "BHS", "BHR", "BEL", "BLZ", "BTN", "HRV", "CZE", "DNK", "DOM", "SLV", "ERI",
    "EST", "SWZ", "FIN", "HND", "KIR", "LVA", "LSO", "LBR", "LIE", "LTU", "LUX", "MWI", "MDV",
    "MHL", "MOZ", "NAM", "NRU", "NLD", "MKD", "PLW", "PNG", "KNA", "VCT", "SMR", "SRB", "SVK",
    "VUT", "YEM", "ZMB", "VAT", "g77", "african-group", "grulac",
}  # fmt: skip


def _paragraphs(zf: zipfile.ZipFile, member: str) -> list[str]:
    """The text of every ``p`` of one AKN4UN file, in document order, spaces collapsed."""
    root = parse_xml(zf.read(member), source=member)
    return [" ".join("".join(p.itertext()).split()) for p in root.iter(_AKN_P)]


@lru_cache(maxsize=2)
def _aligned_paragraphs(language: str = "Chinese") -> tuple[tuple[str, str], ...]:
    """(English, other) paragraph pairs of session 77, the other language being ``language``
    ("Chinese", "Arabic"): paragraph i of a resolution in one language is paragraph i in the
    other; where the counts differ (13 of 344 resolutions in Chinese, 37 in Arabic), the two whole
    texts make one pair. The English gets the straight apostrophe of the table."""
    pairs: list[tuple[str, str]] = []
    with (
        zipfile.ZipFile(_GA77 / "ga-77-English.zip") as en,
        zipfile.ZipFile(_GA77 / f"ga-77-{language}.zip") as zh,
    ):
        # "English/A_RES_77_1-2223391E.xml" and "Chinese/A_RES_77_1-2223391C.xml"
        english = {PurePosixPath(n).stem[:-1]: n for n in en.namelist() if n.endswith(".xml")}
        for name in zh.namelist():
            stem = PurePosixPath(name).stem[:-1]
            if not name.endswith(".xml") or stem not in english:
                continue
            en_paras, zh_paras = _paragraphs(en, english[stem]), _paragraphs(zh, name)
            if len(en_paras) != len(zh_paras):
                en_paras, zh_paras = [" ".join(en_paras)], [" ".join(zh_paras)]
            pairs += zip([e.replace("\u2019", "'") for e in en_paras], zh_paras, strict=True)
    return tuple(pairs)


def _without_longer(text: str, name: str, names: set[str]) -> str:
    """``text`` with the longer names of the table that hold ``name`` blanked out ("刚果" is
    not named in "刚果民主共和国", nor "Sudan" in "South Sudan")."""
    for longer in sorted(names, key=len, reverse=True):
        if len(longer) > len(name) and name in longer:
            text = text.replace(longer, "\x00")
    return text


@lru_cache(maxsize=1)
def _printed_in_chinese() -> dict[str, set[str]]:
    """For each row, its Chinese names and aliases that a ga-77-Chinese paragraph prints where the
    aligned English paragraph names the row (by its English name or alias, as a whole word)."""
    en_all = {n for row in ROWS for n in [row["en"], *row["aliases_en"].split("|")] if n}
    zh_all = {name for _, name in ZH_NAMES}
    pairs = _aligned_paragraphs()
    printed: dict[str, set[str]] = {row["key"]: set() for row in ROWS}
    for row in ROWS:
        english = [n for n in [row["en"], *row["aliases_en"].split("|")] if n]
        patterns = [(n, re.compile(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])")) for n in english]
        for name in [row["zh"], *[a for a in row["aliases_zh"].split("|") if a]]:
            for en_text, zh_text in pairs:
                if name not in zh_text or name not in _without_longer(zh_text, name, zh_all):
                    continue
                if any(p.search(_without_longer(en_text, n, en_all)) for n, p in patterns):
                    printed[row["key"]].add(name)
                    break
    return printed


needs_corpus = pytest.mark.skipif(
    not (_GA77 / "ga-77-Chinese.zip").is_file() or not (_GA77 / "ga-77-English.zip").is_file(),
    reason="needs ../shared/corpus/unxml-ga/ga-77-Chinese.zip and ga-77-English.zip",
)


def test_unterm_only_keys_are_rows() -> None:
    assert not ZH_UNTERM_ONLY - set(BY_KEY)


@pytest.mark.corpus
@needs_corpus
@pytest.mark.parametrize("row", ROWS, ids=[row["key"] for row in ROWS])
def test_chinese_name_in_corpus(row: dict[str, str]) -> None:
    """The Chinese name is printed in ga-77-Chinese where the English names the same State,
    unless the row is one of `ZH_UNTERM_ONLY` (and then it is not: the list stays exact)."""
    printed = row["zh"] in _printed_in_chinese()[row["key"]]
    assert printed is (row["key"] not in ZH_UNTERM_ONLY)


@pytest.mark.corpus
@needs_corpus
@pytest.mark.parametrize("key,alias", ZH_ALIAS_CHECKS)
def test_chinese_alias_in_corpus(key: str, alias: str) -> None:
    assert alias in _printed_in_chinese()[key]


# --------------------------------------------------------------------------------------------
# Arabic
# --------------------------------------------------------------------------------------------

AR_NAMES = [(key, name) for key, column, name in ALL_NAMES if column in {"ar", "aliases_ar"}]

#: What an Arabic name may hold besides Arabic letters (and the damma of "عُمان", the tatweel of
#: "مجموعة الـ 77"): a space, the ASCII hyphen of UNTERM's inverted names ("إيران (جمهورية -
#: الإسلامية)", "غينيا - بيساو"), parentheses and the European digits UN Arabic prints ("77").
_AR_OTHER = set(" -()0123456789")
#: Persian and Urdu letters that look Arabic: a stray one passes the eye but not a string match.
_AR_LOOK_ALIKES = set("\u06cc\u06a9\u06c1\u06be")  # ی ک ہ ھ
#: The one-letter prefixes Arabic glues to a name in running text (and, with, for, like, so).
_AR_PREFIXES = "وبلكف"


@pytest.mark.parametrize("key,name", AR_NAMES)
def test_arabic_name_is_arabic(key: str, name: str) -> None:
    """Arabic letters only, no Persian look-alike, no Arabic-Indic digit, no Arabic comma."""
    for char in name:
        if char in _AR_OTHER:
            continue
        assert unicodedata.name(char, "").startswith("ARABIC "), repr(char)
        assert char not in _AR_LOOK_ALIKES, f"{char!r} is Persian, not Arabic"
        assert not char.isdigit(), f"{char!r}: UN Arabic prints European digits"
        assert char != "\u060c", "Arabic comma in a name"


@pytest.mark.parametrize("key,name", AR_NAMES)
def test_arabic_name_typography(key: str, name: str) -> None:
    """A hyphen stands between spaces ("تيمور - ليشتي"), or before the ")" that closes an
    inverted name with nothing after the slot ("هولندا (مملكة -)")."""
    assert name.count("-") == name.count(" - ") + name.count(" -)")


@pytest.mark.parametrize("key,name", AR_NAMES)
def test_arabic_name_is_bare(key: str, name: str) -> None:
    """The table holds the bare name: not "وإسرائيل", "لإسرائيل", "بالصين", "للصين", whose
    prefix ("و", "ب", "ل", "ك", "ف") glued to a name of the table gives another entry."""
    names = {n for _, n in AR_NAMES}
    if name[0] in _AR_PREFIXES:
        rest = name[1:]
        assert rest not in names and not (rest.startswith("ل") and "ا" + rest in names)


@pytest.mark.parametrize("key,column,name", [n for n in ALL_NAMES if "ar" not in n[1]])
def test_no_arabic_outside_arabic(key: str, column: str, name: str) -> None:
    assert not any(unicodedata.name(c, "").startswith("ARABIC") for c in name)


# (key, ar): the UN Arabic short name. Those marked * are printed so in ga-77-Arabic, in a
# paragraph whose English version names the same State; the others rest on UNTERM.
AR_SPOT_CHECKS = [
    ("CHN", "الصين"),  # *
    ("DZA", "الجزائر"),  # *
    ("ISR", "إسرائيل"),  # *
    ("RUS", "الاتحاد الروسي"),  # *
    ("GBR", "المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية"),  # *
    ("USA", "الولايات المتحدة الأمريكية"),  # *
    ("BOL", "بوليفيا (دولة - المتعددة القوميات)"),  # *
    ("VEN", "فنزويلا (جمهورية - البوليفارية)"),  # *, also printed with "–"
    ("IRN", "إيران (جمهورية - الإسلامية)"),  # *
    ("KOR", "جمهورية كوريا"),  # *
    ("PRK", "جمهورية كوريا الشعبية الديمقراطية"),  # *
    ("LAO", "جمهورية لاو الديمقراطية الشعبية"),  # *
    ("SYR", "الجمهورية العربية السورية"),  # *
    ("TZA", "جمهورية تنزانيا المتحدة"),  # *
    ("COD", "جمهورية الكونغو الديمقراطية"),  # *
    ("COG", "الكونغو"),  # *
    ("MDA", "جمهورية مولدوفا"),  # *
    ("CIV", "كوت ديفوار"),  # *
    ("TLS", "تيمور - ليشتي"),  # *
    ("TUR", "تركيا"),  # * (where the English prints "Türkiye")
    ("VNM", "فييت نام"),  # *
    ("OMN", "عُمان"),  # *
    ("PSE", "دولة فلسطين"),  # *
    ("EU", "الاتحاد الأوروبي"),  # *
    ("nam", "حركة بلدان عدم الانحياز"),  # *
    ("IRL", "آيرلندا"),
    ("FSM", "ميكرونيزيا (ولايات - الموحدة)"),
    ("NLD", "هولندا (مملكة -)"),
    ("CZE", "تشيكيا"),
    ("SWZ", "إسواتيني"),
    ("MKD", "مقدونيا الشمالية"),
    ("DOM", "الجمهورية الدومينيكية"),
    ("VAT", "الكرسي الرسولي"),
    ("g77", "مجموعة الـ 77 والصين"),
    ("african-group", "مجموعة الدول الأفريقية"),
]

# (key, alias): the other forms ga-77-Arabic prints where the English names the same body: the
# inverted names in their natural order, the short forms, "أيرلندا" with hamza.
AR_ALIAS_CHECKS = [
    ("BOL", "دولة بوليفيا المتعددة القوميات"),
    ("IRN", "جمهورية إيران الإسلامية"),
    ("VEN", "جمهورية فنزويلا البوليفارية"),
    ("FSM", "ولايات ميكرونيزيا الموحدة"),
    ("IRL", "أيرلندا"),
    ("NLD", "هولندا"),
    ("GBR", "المملكة المتحدة"),
    ("USA", "الولايات المتحدة"),
    ("g77", "مجموعة الـ 77"),
]


@pytest.mark.parametrize("key,ar", AR_SPOT_CHECKS)
def test_arabic_spot_check(key: str, ar: str) -> None:
    assert BY_KEY[key]["ar"] == ar


@pytest.mark.parametrize("key,alias", AR_ALIAS_CHECKS)
def test_arabic_alias(key: str, alias: str) -> None:
    assert alias in BY_KEY[key]["aliases_ar"].split("|")


def test_arabic_aliases_are_the_checked_ones() -> None:
    """Every Arabic alias is one the corpus prints (checked above and below), no other."""
    aliases = {(key, name) for key, column, name in ALL_NAMES if column == "aliases_ar"}
    assert aliases == set(AR_ALIAS_CHECKS)


# --- in the corpus: ga-77-Arabic beside ga-77-English ----------------------------------------

#: Rows whose Arabic name no paragraph of ga-77-Arabic prints where the aligned English paragraph
#: names the same State by its table name: the name rests on UNTERM. The English of session 77
#: never names 44 of them (42 States, the African and the Latin American and Caribbean groups);
#: IRL, FSM, NLD and g77 are printed by their alias only ("أيرلندا", "ولايات ميكرونيزيا الموحدة",
#: "هولندا", "مجموعة الـ 77").
AR_UNTERM_ONLY = {
    "ALB", "AND", "BHS", "BHR", "BEL", "BLZ", "BTN", "HRV", "CZE", "DNK", "DOM", "SLV", "ERI",
    "EST", "SWZ", "FIN", "HND", "IRL", "KIR", "LVA", "LSO", "LBR", "LIE", "LTU", "LUX", "MWI",
    "MDV", "MHL", "FSM", "MOZ", "NAM", "NRU", "NLD", "MKD", "PLW", "PNG", "KNA", "VCT", "SMR",
    "SRB", "SVK", "VUT", "YEM", "ZMB", "VAT", "g77", "african-group", "grulac",
}  # fmt: skip


def _arabic_pattern(name: str) -> re.Pattern[str]:
    """``name`` as running Arabic text prints it: alone or behind "و"/"ف" and "ب"/"ل"/"ك"
    ("وإسرائيل", "لإسرائيل", "بالصين"); "ل" before the article drops its alif ("للصين")."""
    if name.startswith("ال"):
        prefixed = r"(?:[وف]?[بك]?ال|[وف]?لل)" + re.escape(name[2:])
    else:
        prefixed = r"[وف]?[بلك]?" + re.escape(name)
    return re.compile(r"(?<!\w)" + prefixed + r"(?!\w)")


@lru_cache(maxsize=1)
def _printed_in_arabic() -> dict[str, set[str]]:
    """For each row, its Arabic names and aliases that a ga-77-Arabic paragraph prints (with or
    without a prefix) where the aligned English paragraph names the row (by its English name or
    alias, as a whole word)."""
    en_all = {n for row in ROWS for n in [row["en"], *row["aliases_en"].split("|")] if n}
    ar_all = {name for _, name in AR_NAMES}
    pairs = _aligned_paragraphs("Arabic")
    printed: dict[str, set[str]] = {row["key"]: set() for row in ROWS}
    for row in ROWS:
        english = [n for n in [row["en"], *row["aliases_en"].split("|")] if n]
        patterns = [(n, re.compile(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])")) for n in english]
        for name in [row["ar"], *[a for a in row["aliases_ar"].split("|") if a]]:
            arabic = _arabic_pattern(name)
            for en_text, ar_text in pairs:
                if name[-3:] not in ar_text:
                    continue
                if not arabic.search(_without_longer(ar_text, name, ar_all)):
                    continue
                if any(p.search(_without_longer(en_text, n, en_all)) for n, p in patterns):
                    printed[row["key"]].add(name)
                    break
    return printed


needs_arabic = pytest.mark.skipif(
    not (_GA77 / "ga-77-Arabic.zip").is_file() or not (_GA77 / "ga-77-English.zip").is_file(),
    reason="needs ../shared/corpus/unxml-ga/ga-77-Arabic.zip and ga-77-English.zip",
)


def test_arabic_unterm_only_keys_are_rows() -> None:
    assert not AR_UNTERM_ONLY - set(BY_KEY)


@pytest.mark.parametrize(
    "name,text",
    [
        ("إسرائيل", "وإسرائيل"),
        ("إسرائيل", "لإسرائيل"),
        ("الصين", "بالصين"),
        ("الصين", "للصين"),
        ("الصين", "والصين"),
        ("الولايات المتحدة", "وللولايات المتحدة"),
    ],
)
def test_arabic_pattern_reads_prefixes(name: str, text: str) -> None:
    assert _arabic_pattern(name).fullmatch(text)


@pytest.mark.parametrize(
    "name,text",
    [("الصين", "الصينية"), ("مالي", "الصومالي"), ("عُمان", "يدعمان"), ("تشاد", "استرشاد")],
)
def test_arabic_pattern_reads_whole_words(name: str, text: str) -> None:
    assert not _arabic_pattern(name).search(text)


@pytest.mark.corpus
@needs_arabic
@pytest.mark.parametrize("row", ROWS, ids=[row["key"] for row in ROWS])
def test_arabic_name_in_corpus(row: dict[str, str]) -> None:
    """The Arabic name is printed in ga-77-Arabic where the English names the same State,
    unless the row is one of `AR_UNTERM_ONLY` (and then it is not: the list stays exact)."""
    printed = row["ar"] in _printed_in_arabic()[row["key"]]
    assert printed is (row["key"] not in AR_UNTERM_ONLY)


@pytest.mark.corpus
@needs_arabic
@pytest.mark.parametrize("key,alias", AR_ALIAS_CHECKS)
def test_arabic_alias_in_corpus(key: str, alias: str) -> None:
    assert alias in _printed_in_arabic()[key]
