"""Tests for helpers.dates: EN/FR/ES dates, ranges and ordinals."""

from __future__ import annotations

import datetime
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import dates
from helpers.dates import find_dates, matches_at, ordinal_value, parse_date, search_fold

D = datetime.date

SINGLE = [
    # (text, language, expected date)
    ("sa résolution 75/180 du 16 décembre 2020", "fr", D(2020, 12, 16)),
    ("à compter du 1er janvier 2000", "fr", D(2000, 1, 1)),
    ("adoptés le 25 juin 1993 par la Conférence", "fr", D(1993, 6, 25)),
    ("en date du 12 juillet 2021", "fr", D(2021, 7, 12)),
    ("du 18 aout 2000", "fr", D(2000, 8, 18)),  # accent lost in extraction
    ("its resolution 70/1 of 25 September 2015", "en", D(2015, 9, 25)),
    ("adopted on 25 June 1993", "en", D(1993, 6, 25)),
    ("signed on September 25, 2015", "en", D(2015, 9, 25)),
    ("as of 1st January 2000", "en", D(2000, 1, 1)),
    ("su resolución 70/1, de 25 de septiembre de 2015", "es", D(2015, 9, 25)),
    ("a partir del 1º de enero de 2000", "es", D(2000, 1, 1)),
    ("de 8 de septiembre del año 2000", "es", D(2000, 9, 8)),
    ("de 3 diciembre de 2018", "es", D(2018, 12, 3)),  # "de" missing after the day
    ("de 9 de diciembre 2021", "es", D(2021, 12, 9)),  # "de" missing before the year
    ("de 20 de setiembre de 2019", "es", D(2019, 9, 20)),
    # Russian names the month in the genitive, the year followed by "года"
    ("свою резолюцию 46/182 от 19 декабря 1991 года", "ru", D(1991, 12, 19)),
    ("Резолюция, принятая Генеральной Ассамблеей 7 октября 2022 года", "ru", D(2022, 10, 7)),
    ("7 декабря 2022 года", None, D(2022, 12, 7)),
    # language None tries all three
    ("16 décembre 2020", None, D(2020, 12, 16)),
    ("25 de septiembre de 2015", None, D(2015, 9, 25)),
    ("25 September 2015", None, D(2015, 9, 25)),
]


@pytest.mark.parametrize(("text", "language", "expected"), SINGLE)
def test_single_dates(text: str, language: str | None, expected: D) -> None:
    found = find_dates(text, language)
    assert len(found) == 1
    d = found[0]
    assert d.first == expected
    assert d.last is None
    assert text[d.start : d.end] == d.text
    assert parse_date(text, language) == expected


RANGES = [
    # (text, language, first, last, matched text)
    (
        "tenue à Durban du 31 août au 8 septembre 2001",
        "fr",
        D(2001, 8, 31),
        D(2001, 9, 8),
        "du 31 août au 8 septembre 2001",
    ),
    ("à Genève du 20 au 24 avril 2009", "fr", D(2009, 4, 20), D(2009, 4, 24), None),
    ("du 28 décembre 2000 au 2 janvier 2001", "fr", D(2000, 12, 28), D(2001, 1, 2), None),
    ("held in Geneva from 20 to 24 April 2009", "en", D(2009, 4, 20), D(2009, 4, 24), None),
    ("from 4 to 15 September 1995", "en", D(1995, 9, 4), D(1995, 9, 15), None),
    ("from 31 August to 8 September 2001", "en", D(2001, 8, 31), D(2001, 9, 8), None),
    ("20-24 April 2009", "en", D(2009, 4, 20), D(2009, 4, 24), None),
    ("31 December to 2 January 2001", "en", D(2000, 12, 31), D(2001, 1, 2), None),
    ("September 4-15, 1995", "en", D(1995, 9, 4), D(1995, 9, 15), None),
    # the non-breaking hyphen of French and Spanish footnotes
    (
        "Rome, 5\u201116 novembre 1974",
        "fr",
        D(1974, 11, 5),
        D(1974, 11, 16),
        "5\u201116 novembre 1974",
    ),
    ("Roma, 5\u201116 de noviembre de 1974", "es", D(1974, 11, 5), D(1974, 11, 16), None),
    ("September 4\u201015, 1995", "en", D(1995, 9, 4), D(1995, 9, 15), None),
    (
        "celebrada en El Cairo del 5 al 13 de septiembre de 1994",
        "es",
        D(1994, 9, 5),
        D(1994, 9, 13),
        None,
    ),
    ("del 20 al 24 de abril de 2009", "es", D(2009, 4, 20), D(2009, 4, 24), None),
    (
        "del 31 de agosto al 8 de septiembre de 2001",
        "es",
        D(2001, 8, 31),
        D(2001, 9, 8),
        "del 31 de agosto al 8 de septiembre de 2001",
    ),
    # two days of one month
    (
        "tenue à Beyrouth les 27 et 28 mars 2002",
        "fr",
        D(2002, 3, 27),
        D(2002, 3, 28),
        "27 et 28 mars 2002",
    ),
    ("les 18 et 19 septembre 2023", "fr", D(2023, 9, 18), D(2023, 9, 19), None),
    (
        "le 1er et le 2 octobre 2020",
        "fr",
        D(2020, 10, 1),
        D(2020, 10, 2),
        "1er et le 2 octobre 2020",
    ),
    (
        "los días 18 y 19 de septiembre de 2023",
        "es",
        D(2023, 9, 18),
        D(2023, 9, 19),
        "18 y 19 de septiembre de 2023",
    ),
    ("el 30 y el 31 de mayo de 2005", "es", D(2005, 5, 30), D(2005, 5, 31), None),
    ("on 18 and 19 September 2023", "en", D(2023, 9, 18), D(2023, 9, 19), None),
    # a case-blind match reads the long s as "s" (found by the property test below)
    ("1 ſeptember and 15 September 1995", "en", D(1995, 9, 1), D(1995, 9, 15), None),
    (
        "состоявшейся в Дурбане с 31 августа по 8 сентября 2001 года",
        "ru",
        D(2001, 8, 31),
        D(2001, 9, 8),
        "с 31 августа по 8 сентября 2001",
    ),
    ("4–15 сентября 1995 года", "ru", D(1995, 9, 4), D(1995, 9, 15), "4–15 сентября 1995"),
    ("18 и 19 сентября 2023 года", "ru", D(2023, 9, 18), D(2023, 9, 19), None),
]

#: ``X et Y`` that are not two days in a row are two dates: only the second is complete.
TWO_DATES = [
    ("des 14 et 18 décembre 1973", "fr", D(1973, 12, 18)),
    ("les 19 et 18 septembre 2023", "fr", D(2023, 9, 18)),
    ("les 31 et 1er août 2023", "fr", D(2023, 8, 1)),
    ("de 3 y 5 de mayo de 2001", "es", D(2001, 5, 5)),
]


@pytest.mark.parametrize(("text", "language", "second"), TWO_DATES)
def test_two_dates_that_are_not_two_days(text: str, language: str, second: D) -> None:
    for lang in (language, None):
        assert [(d.first, d.last) for d in find_dates(text, lang)] == [(second, None)]


@pytest.mark.parametrize(("text", "language", "first", "last", "matched"), RANGES)
def test_ranges(text: str, language: str, first: D, last: D, matched: str | None) -> None:
    found = find_dates(text, language)
    assert [(d.first, d.last) for d in found] == [(first, last)]
    if matched is not None:
        assert found[0].text == matched
    # the same range is found without naming the language
    assert [(d.first, d.last) for d in find_dates(text)] == [(first, last)]


def test_several_dates_in_order() -> None:
    text = "la Déclaration adoptée le 8 septembre 2000, la résolution 47/9 du 12 juillet 2021"
    assert [d.first for d in find_dates(text, "fr")] == [D(2000, 9, 8), D(2021, 7, 12)]


NOT_DATES = [
    "résolution 70/1",
    "in 2015",
    "paragraphs 12 to 15",
    "31 février 2001",  # no such day
    "September 2015",  # no day
    "le 8 septembre",  # no year
    "8 сентября",  # no year
    "сентября 2001 года",  # no day
    "вопрос 4 по 15 сентября",  # "с" inside a word opens no range, and no year
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    assert find_dates(text) == []
    assert parse_date(text) is None


ORDINALS = [
    ("soixante-seizième", 76),
    ("seventy-sixth", 76),
    ("Seventy-sixth", 76),
    ("septuagésimo sexto", 76),
    ("cinquante-deuxième", 52),
    ("fifty-second", 52),
    ("quincuagésimo segundo", 52),
    ("soixante et onzième", 71),
    ("soixante-dixième", 70),
    ("quatre-vingt-unième", 81),
    ("quatre-vingt-dixième", 90),
    ("vingt et unième", 21),
    ("cent vingtième", 120),
    ("one hundred and first", 101),
    ("twenty-first", 21),
    ("vigésimo primer", 21),
    ("decimotercero", 13),
    ("dixième", 10),
    ("premier", 1),
    ("primera", 1),
    ("1st", 1),
    ("2nd", 2),
    ("76th", 76),
    ("76e", 76),
    ("1er", 1),
    ("76º", 76),
    ("soixante-seizieme", 76),  # accent lost in extraction
    # Russian ordinals decline: the session line, and "на своей семьдесят седьмой сессии"
    ("Семьдесят седьмая", 77),
    ("семьдесят седьмой", 77),
    ("Двадцать третья", 23),
    ("тридцать вторая", 32),
    ("Сороковая", 40),
]


@pytest.mark.parametrize(("word", "value"), ORDINALS)
def test_ordinal_value(word: str, value: int) -> None:
    assert ordinal_value(word) == value


@pytest.mark.parametrize(
    "word", ["seventy", "soixante", "session", "", "Assemblée", "семьдесят", "Десятая чрезвычайная"]
)
def test_not_ordinals(word: str) -> None:
    assert ordinal_value(word) is None


def test_every_ordinal_up_to_120_in_english_and_french() -> None:
    units_en = ["first", "second", "third", "fourth", "fifth"]
    units_en += ["sixth", "seventh", "eighth", "ninth"]
    tens_en = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    for t, tens in enumerate(tens_en, start=2):
        for u, unit in enumerate(units_en, start=1):
            assert ordinal_value(f"{tens}-{unit}") == t * 10 + u
    fr = {
        "soixante-treizième": 73,
        "soixante-dix-septième": 77,
        "quatre-vingt-dix-neuvième": 99,
        "cent unième": 101,
        "quatre-vingtième": 80,
    }
    for word, value in fr.items():
        assert ordinal_value(word) == value


# --- the search shortcuts find what a plain scan finds ------------------------------------------


def _plain_find_dates(text: str, language: str | None) -> list[dates.DateMatch]:
    """`find_dates` without shortcuts: every pattern tried at every position of each window
    (`dates._window_dates` over every offset is ``finditer`` with the two-day rule)."""
    langs = (language,) if language else dates._LANGS
    windows: list[list[int]] = []
    for a in dates._DAY_ANCHOR.finditer(text):
        s, e = max(0, a.start() - dates._BEFORE_DAY), min(len(text), a.start() + dates._AFTER_DAY)
        if windows and s <= windows[-1][1]:
            windows[-1][1] = e
        else:
            windows.append([s, e])
    found = [
        dm
        for lang in langs
        for s, e in windows
        for dm in dates._window_dates(dates._PATTERNS[lang], text, list(range(s, e)), e)
    ]
    if len(langs) == 1:
        return found
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    out: list[dates.DateMatch] = []
    for d in found:
        if not (out and d.start < out[-1].end):
            out.append(d)
    return out


_PIECES = [
    "1", "12", "25", "31", "2015", "1999", "1er", "1º", "2nd", " ", "  ", ", ", "-", "–", "/",
    "de", "del", "du", "au", "al", "a", "to", "from", "between", "entre le", "entre el", "and",
    "septembre", "Septiembre", "SEPTEMBER", "décembre", "DÉCEMBRE", "août", "aout", "mai", "may",
    "mars", "enero", "janvier", "ſeptember", "İ", "ı", "año", "et", "y", "le", "resolution 70/1",
    "abril", "agosto", "entre le 3", " au 5 mai 2001", "between 4", " and 15 September 1995",
    "entre el 2", " al 9 de abril de 2004", "from 31 August", " to 8 September 2001",
    "du 20 au 24 avril 2009", "del 5 al 13 de septiembre de 1994", "September 4-15, 1995",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_find_dates_matches_a_plain_scan(text: str) -> None:
    for language in (None, "en", "fr", "es"):
        assert find_dates(text, language) == _plain_find_dates(text, language)


#: Texts where a date starts with a word: a range opener (``entre le``, ``between``, ``del``) or,
#: in US order, the month; with accents and case as printed.
WORD_STARTS = [
    "réunion tenue entre le 3 et le 5 mai 2001 à Genève",
    "Réunion tenue ENTRE LE 3 au 5 mai 2001",
    "Du 20 au 24 avril 2009, à Vienne",
    "between 4 and 15 September 1995 in Beijing",
    "From 31 August to 8 September 2001",
    "celebrada entre el 2 al 9 de abril de 2004",
    "celebrada Del 5 al 13 de septiembre de 1994 en El Cairo",
    "de 31 de agosto al 8 de septiembre de 2001",
    "signed on September 4-15, 1995 and on December 25, 2015",
    "the meeting of 3 DÉCEMBRE 2020 and 1er janvier 2000 and 1º de enero de 2000",
    "adoptée le 18 août 2000",
    "adoptée le 3 DÉCEMBRE 2020",
]


@pytest.mark.parametrize("text", WORD_STARTS)
def test_dates_starting_with_a_word_match_a_plain_scan(text: str) -> None:
    for language in (None, "en", "fr", "es"):
        assert find_dates(text, language) == _plain_find_dates(text, language)
    assert find_dates(text)


#: Texts where the day numbers stand in odd runs of digits (other scripts' digits glued to them,
#: long runs, years) and dates lie far apart (each window tried only from its own starts).
DIGIT_RUNS = [
    "١25 septembre 2015 et ٢ 3 mai 2001",
    "1234567 25 septembre 2015, 2015 2016 3 mai 2001",
    "le 3 mai 2001" + " x" * 200 + " 4 juin 2002" + " y" * 200 + " del 5 al 13 de abril de 1994",
    "resolution 70/1 of 25 September 2015" + ", 12" * 60 + " and of 1 January 2000",
    "25 25 25 25 September 2015 31 31 December 1999 du 20 au 24 avril 2009",
]


@pytest.mark.parametrize("text", DIGIT_RUNS)
def test_dates_among_digit_runs_match_a_plain_scan(text: str) -> None:
    for language in (None, "en", "fr", "es"):
        assert find_dates(text, language) == _plain_find_dates(text, language)
    assert find_dates(text)


def test_matches_at_is_finditer_from_the_given_starts() -> None:
    pattern = re.compile(r"\d+")
    text = "a 12 b 345 c 6"
    assert [m.group() for m in matches_at(pattern, text, [2, 3, 7, 13])] == ["12", "345", "6"]
    assert [m.group() for m in matches_at(pattern, text, [2, 7, 13], endpos=9)] == ["12", "34"]


def test_search_fold() -> None:
    assert search_fold("Résolution DÉCEMBRE İstanbul ſ Ça") == "resolution decembre istanbul s ca"
    assert len(search_fold("ΣΑΣ ō 1er")) == len("ΣΑΣ ō 1er")


#: Texts with ASCII digits, other scripts' digits (Arabic-Indic, fullwidth, Devanagari) and none.
DIGIT_TEXTS = [
    "",
    "no digit here",
    "résolution sans chiffre’",
    "resolution 70/1 of 25 September 2015",
    "résolution 75/180 du 16 décembre 2020",
    "١٢ and ٣/٤",
    "２０１５年 and 2015",
    "क्रमांक ४२ 42",
    "x1y22z333 ４４",
]


@pytest.mark.parametrize("text", DIGIT_TEXTS)
def test_digit_starts_are_the_starts_of_digit_runs(text: str) -> None:
    assert dates.digit_starts(text) == [m.start() for m in re.finditer(r"\d+", text)]


@pytest.mark.parametrize("text", DIGIT_TEXTS + WORD_STARTS + DIGIT_RUNS)
def test_day_anchor_is_the_plain_pattern(text: str) -> None:
    plain = re.compile(dates._DAY_ANCHOR.pattern.replace(r"\d\d?", r"\d{1,2}", 1))
    assert [m.span() for m in dates._DAY_ANCHOR.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


@pytest.mark.parametrize("text", DIGIT_TEXTS + WORD_STARTS + DIGIT_RUNS)
def test_find_dates_in_is_find_dates(text: str) -> None:
    folded = search_fold(text)
    for language in (None, "en", "fr", "es"):
        expected = find_dates(text, language)
        assert dates.find_dates_in(text, folded, dates.digit_starts(text), language) == expected
        assert dates.find_dates_in(text, folded, None, language) == expected


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("大会2012年11月29日第67/19号决议", "2012-11-29", None),
        ("1995年9月4日至15日在北京举行的第四次妇女问题世界会议", "1995-09-04", "1995-09-15"),
        ("2001年8月31日至9月8日", "2001-08-31", "2001-09-08"),
        ("2020年1月1日至2030年12月31日", "2020-01-01", "2030-12-31"),
        ("2015年9月25日-27日", "2015-09-25", "2015-09-27"),
    ],
)
def test_chinese_dates(text: str, first: str, last: str | None) -> None:
    found = find_dates(text, "zh")
    assert len(found) == 1
    assert found[0].first.isoformat() == first
    assert (found[0].last.isoformat() if found[0].last else None) == last
    # a text of any language finds them too
    assert [d.first for d in find_dates(text)] == [found[0].first]


@pytest.mark.parametrize(
    "text",
    [
        "2022年13月1日",  # no month 13
        "2022年2月30日",  # no such day
        "第2334(2016)号决议",  # a number and a year, no date
        "2015年9月",  # no day
    ],
)
def test_chinese_non_dates(text: str) -> None:
    assert find_dates(text, "zh") == []


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("第七十七", 77),
        ("七十七", 77),
        ("第十一", 11),
        ("第二十", 20),
        ("第一百零一", 101),
        ("第52", 52),
        ("第", None),
        ("第一一", None),
        ("第abc", None),
    ],
)
def test_chinese_ordinals(word: str, value: int | None) -> None:
    assert ordinal_value(word) == value


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("قرار اتخذته الجمعية العامة في 12 كانون الأول/ديسمبر 2022", "2022-12-12", None),
        ("القرار 76/82 المؤرخ 9 كانون الأول/ ديسمبر 2021", "2021-12-09", None),  # a space
        ("المعقود في بيجين في الفترة 4-15 أيلول/سبتمبر 1995", "1995-09-04", "1995-09-15"),
        ("من 31 آب/أغسطس إلى 8 أيلول/سبتمبر 2001", "2001-08-31", "2001-09-08"),
    ],
)
def test_arabic_dates(text: str, first: str, last: str | None) -> None:
    found = find_dates(text, "ar")
    assert [(d.first.isoformat(), d.last.isoformat() if d.last else None) for d in found] == [
        (first, last)
    ]
    assert [d.first for d in find_dates(text)] == [found[0].first]  # any language too


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("السابعة والسبعون", 77),
        ("الثامنة والسبعين", 78),
        ("الحادية عشرة", 11),
        ("العاشرة", 10),
        ("الدورة", None),
    ],
)
def test_arabic_ordinals(word: str, value: int | None) -> None:
    assert ordinal_value(word) == value
