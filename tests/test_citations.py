"""Tests for helpers.citations: every citation form of issue 4 in EN, FR and ES."""

from __future__ import annotations

import csv
import re
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.citations import (
    ADOPT_HINT_WORDS,
    ADOPT_VERBS,
    ADOPTION,
    BODIES_CSV,
    BODY_VALUES,
    KEYWORD,
    KEYWORD_WORDS,
    NAME_ANCHOR,
    NAME_ANCHOR_WORDS,
    NUMBER,
    OFFICIAL_RECORDS,
    OFFICIAL_RECORDS_WORDS,
    POSSESSIVE,
    SC_SHARED,
    SERIES_SYMBOL,
    SYMBOL,
    SYMBOL_HEAD_REACH,
    SYMBOL_HEAD_START,
    CitationItem,
    _BodyIndex,
    _by_initial,
    _index,
    _may_cite,
    _name_regex,
    _possessive,
    _Scanner,
    _word_starts,
    find_citations,
    find_citations_batch,
    link_citations,
    load_bodies,
    normalize_symbol,
    symbol_year,
)
from helpers.dates import matches_at, search_fold
from helpers.models import Citation
from helpers.paths import SHARED_CORPUS

GA, SC, HRC = "General Assembly", "Security Council", "Human Rights Council"
CHR, SUB, ECOSOC = "Commission on Human Rights", "Sub-Commission", "ECOSOC"


def _check(found: list[Citation], expected: list[dict[str, Any]], text: str) -> None:
    got = [{k: getattr(c, k) for k in e} for c, e in zip(found, expected, strict=False)]
    assert got == expected, [c.symbol for c in found]
    assert len(found) == len(expected), [c.symbol for c in found]
    for c in found:
        assert c.span is not None
        assert text[c.span.start : c.span.end] == c.text
        assert c.body in BODY_VALUES
        assert c.item == c.symbol
        assert c.linked is False


def R(  # a row of the expectation tables
    kind: str, body: str, symbol: str, date: str | None, source: str | None, **kw: Any
) -> dict[str, Any]:
    return {"kind": kind, "body": body, "symbol": symbol, "date": date, "date_source": source, **kw}


# (text, language, organ, expected rows in text order)
FORMS: list[tuple[str, str, str | None, list[dict[str, Any]]]] = [
    # --- General Assembly, slash era, with the organ's possessive ------------------------------
    (
        "Recalling its resolution 70/1 of 25 September 2015, entitled",
        "en",
        GA,
        [R("resolution", GA, "A/RES/70/1", "2015-09-25", "text", year=2015, number="70/1")],
    ),
    (
        "Rappelant sa résolution 75/180 du 16 décembre 2020,",
        "fr",
        GA,
        [R("resolution", GA, "A/RES/75/180", "2020-12-16", "text", year=2020)],
    ),
    (
        "Recordando su resolución 70/1, de 25 de septiembre de 2015, titulada",
        "es",
        GA,
        [R("resolution", GA, "A/RES/70/1", "2015-09-25", "text")],
    ),
    # a bare number: the year follows from the session (70th session opened in 2015)
    ("Resolution 70/1.", "en", GA, [R("resolution", GA, "A/RES/70/1", None, "symbol", year=2015)]),
    ("Résolution 55/2.", "fr", GA, [R("resolution", GA, "A/RES/55/2", None, "symbol", year=2000)]),
    ("Resolución 66/3.", "es", GA, [R("resolution", GA, "A/RES/66/3", None, "symbol", year=2011)]),
    # --- old style, lettered parts, special and emergency special sessions --------------------
    (
        "Recalling its resolution 1145 (XII) of 14 November 1957",
        "en",
        GA,
        [R("resolution", GA, "A/RES/1145 (XII)", "1957-11-14", "text", number="1145 (XII)")],
    ),
    (
        "la Déclaration universelle des droits de l’homme (résolution 217 A (III))",
        "fr",
        GA,
        [R("resolution", GA, "A/RES/217 A (III)", None, "symbol", year=1948)],
    ),
    (
        "Véase la resolución 2200 A (XXI), anexo.",
        "es",
        GA,
        [R("resolution", GA, "A/RES/2200 A (XXI)", None, "symbol", year=1966)],
    ),
    (
        "Recalling its resolutions 1514 (XV) of 14 December 1960 and 1541 (XV) of 15 December 1960",
        "en",
        GA,
        [
            R("resolution", GA, "A/RES/1514 (XV)", "1960-12-14", "text"),
            R("resolution", GA, "A/RES/1541 (XV)", "1960-12-15", "text"),
        ],
    ),
    (
        "Recalling its resolution S-26/2 of 27 June 2001, entitled",
        "en",
        GA,
        [R("resolution", GA, "A/RES/S-26/2", "2001-06-27", "text")],
    ),
    (
        "Rappelant sa résolution S-26/2, qui contient la Déclaration",
        "fr",
        GA,
        [R("resolution", GA, "A/RES/S-26/2", None, "symbol", year=2001)],
    ),
    (
        "Recordando sus resoluciones ES‑10/15, de 20 de julio de 2004, y ES-10/24",
        "es",
        GA,
        [
            R("resolution", GA, "A/RES/ES-10/15", "2004-07-20", "text"),
            R("resolution", GA, "A/RES/ES-10/24", None, "symbol", year=2024),
        ],
    ),
    (
        "Recalling its resolution 68/247 A of 27 December 2013",
        "en",
        GA,
        [R("resolution", GA, "A/RES/68/247 A", "2013-12-27", "text", number="68/247 A")],
    ),
    (
        "Rappelant ses résolutions 68/247 A et B du 27 décembre 2013",
        "fr",
        GA,
        [
            R("resolution", GA, "A/RES/68/247 A", "2013-12-27", "text"),
            R("resolution", GA, "A/RES/68/247 B", "2013-12-27", "text"),
        ],
    ),
    (
        "Recordando sus resoluciones 53/77 AA, de 4 de diciembre de 1998, y 54/54 U",
        "es",
        GA,
        [
            R("resolution", GA, "A/RES/53/77 AA", "1998-12-04", "text"),
            R("resolution", GA, "A/RES/54/54 U", None, "symbol"),
        ],
    ),
    # --- lists sharing one keyword: one citation per number, each with its own date ------------
    (
        "Recalling its resolutions 60/251 of 15 March 2006, 65/281 of 17 June 2011 and 70/1",
        "en",
        GA,
        [
            R("resolution", GA, "A/RES/60/251", "2006-03-15", "text"),
            R("resolution", GA, "A/RES/65/281", "2011-06-17", "text"),
            R("resolution", GA, "A/RES/70/1", None, "symbol"),
        ],
    ),
    (
        "Rappelant ses résolutions 60/251 du 15 mars 2006, 65/281 du 17 juin 2011 et 70/1",
        "fr",
        GA,
        [
            R("resolution", GA, "A/RES/60/251", "2006-03-15", "text"),
            R("resolution", GA, "A/RES/65/281", "2011-06-17", "text"),
            R("resolution", GA, "A/RES/70/1", None, "symbol"),
        ],
    ),
    (
        "Recordando sus resoluciones 72/1 y 73/2",
        "es",
        GA,
        [
            R("resolution", GA, "A/RES/72/1", None, "symbol", year=2017),
            R("resolution", GA, "A/RES/73/2", None, "symbol", year=2018),
        ],
    ),
    # "both of" / "toutes deux" / "ambas": one stated date for the list
    (
        "Recalling its resolutions 74/1 and 74/2, both of 20 December 2019,",
        "en",
        GA,
        [
            R("resolution", GA, "A/RES/74/1", "2019-12-20", "text"),
            R("resolution", GA, "A/RES/74/2", "2019-12-20", "text"),
        ],
    ),
    (
        "Rappelant ses résolutions 74/1 et 74/2, toutes deux du 20 décembre 2019,",
        "fr",
        GA,
        [
            R("resolution", GA, "A/RES/74/1", "2019-12-20", "text"),
            R("resolution", GA, "A/RES/74/2", "2019-12-20", "text"),
        ],
    ),
    (
        "Recordando sus resoluciones 74/1 y 74/2, ambas de 20 de diciembre de 2019,",
        "es",
        GA,
        [
            R("resolution", GA, "A/RES/74/1", "2019-12-20", "text"),
            R("resolution", GA, "A/RES/74/2", "2019-12-20", "text"),
        ],
    ),
    # --- Security Council ----------------------------------------------------------------------
    (
        "Recalling its resolutions 660 (1990) of 2 August 1990, 661 (1990) of 6 August 1990 "
        "and 677 (1990)",
        "en",
        SC,
        [
            R("resolution", SC, "S/RES/660 (1990)", "1990-08-02", "text", year=1990),
            R("resolution", SC, "S/RES/661 (1990)", "1990-08-06", "text"),
            R("resolution", SC, "S/RES/677 (1990)", None, "symbol", year=1990),
        ],
    ),
    (
        "Rappelant la résolution 2334 (2016) du Conseil de sécurité",
        "fr",
        GA,
        [R("resolution", SC, "S/RES/2334 (2016)", None, "symbol", year=2016)],
    ),
    (
        "Recordando las resoluciones del Consejo de Seguridad 1325 (2000), de 31 de octubre de "
        "2000, y 2242 (2015)",
        "es",
        GA,
        [
            R("resolution", SC, "S/RES/1325 (2000)", "2000-10-31", "text"),
            R("resolution", SC, "S/RES/2242 (2015)", None, "symbol"),
        ],
    ),
    (
        "Rappelle qu’il a demandé dans les résolutions 2628 et 2670 (2022) une mise à jour",
        "fr",
        SC,
        [
            R("resolution", SC, "S/RES/2628 (2022)", None, "symbol"),
            R("resolution", SC, "S/RES/2670 (2022)", None, "symbol"),
        ],
    ),
    # --- Human Rights Council: the body comes from the sentence ---------------------------------
    (
        "la résolution 47/9 du Conseil des droits de l’homme en date du 12 juillet 2021",
        "fr",
        GA,
        [R("resolution", HRC, "A/HRC/RES/47/9", "2021-07-12", "text", year=2021)],
    ),
    (
        "Recalling Human Rights Council resolutions 23/13 of 13 June 2013 and 26/4",
        "en",
        GA,
        [
            R("resolution", HRC, "A/HRC/RES/23/13", "2013-06-13", "text"),
            R("resolution", HRC, "A/HRC/RES/26/4", None, "symbol", year=2014),
        ],
    ),
    (
        "Recordando la resolución 47/9 del Consejo de Derechos Humanos, de 12 de julio de 2021,",
        "es",
        GA,
        [R("resolution", HRC, "A/HRC/RES/47/9", "2021-07-12", "text")],
    ),
    (
        "the Human Rights Council, in its resolution S-35/1 of 24 November 2022,",
        "en",
        GA,
        [R("resolution", HRC, "A/HRC/RES/S-35/1", "2022-11-24", "text")],
    ),
    (
        "auxquels le Conseil des droits de l’homme a souscrit dans sa résolution 17/4 du "
        "16 juin 2011",
        "fr",
        GA,
        [R("resolution", HRC, "A/HRC/RES/17/4", "2011-06-16", "text")],
    ),
    (
        "Recordando su resolución 5/1, de 18 de junio de 2007,",
        "es",
        HRC,
        [R("resolution", HRC, "A/HRC/RES/5/1", "2007-06-18", "text")],
    ),
    # --- Commission on Human Rights, Sub-Commission, ECOSOC (year/number) -----------------------
    (
        "Recalling Commission on Human Rights resolution 1997/74 of 18 April 1997",
        "en",
        GA,
        [R("resolution", CHR, "E/CN.4/RES/1997/74", "1997-04-18", "text", year=1997)],
    ),
    (
        "la résolution 1997/74 de la Commission des droits de l’homme",
        "fr",
        GA,
        [R("resolution", CHR, "E/CN.4/RES/1997/74", None, "symbol", year=1997)],
    ),
    (
        "la resolución 1998/72 de la Comisión de Derechos Humanos, de 22 de abril de 1998,",
        "es",
        GA,
        [R("resolution", CHR, "E/CN.4/RES/1998/72", "1998-04-22", "text")],
    ),
    (
        "Recalling Sub-Commission on the Promotion and Protection of Human Rights resolution "
        "2000/22 of 18 August 2000",
        "en",
        GA,
        [R("resolution", SUB, "E/CN.4/SUB.2/RES/2000/22", "2000-08-18", "text")],
    ),
    (
        "Recordando la resolución 2000/22 de la Subcomisión de Promoción y Protección de los "
        "Derechos Humanos, de 18 de agosto de 2000",
        "es",
        GA,
        [R("resolution", SUB, "E/CN.4/SUB.2/RES/2000/22", "2000-08-18", "text")],
    ),
    (
        "Recalling Economic and Social Council resolution 2011/37 of 28 July 2011",
        "en",
        GA,
        [R("resolution", ECOSOC, "E/RES/2011/37", "2011-07-28", "text", year=2011)],
    ),
    (
        "Résolutions 2006/46, 2009/8 et 2022/16 du Conseil économique et social.",
        "fr",
        GA,
        [
            R("resolution", ECOSOC, "E/RES/2006/46", None, "symbol"),
            R("resolution", ECOSOC, "E/RES/2009/8", None, "symbol"),
            R("resolution", ECOSOC, "E/RES/2022/16", None, "symbol"),
        ],
    ),
    # sessions in Roman numerals, the forties included ("XLVIII")
    (
        "Recalling Economic and Social Council resolutions 1235 (XLII) and 1503 (XLVIII) of"
        " 27 May 1970",
        "en",
        GA,
        [
            R("resolution", ECOSOC, "E/RES/1235 (XLII)", None, "symbol", year=1967),
            R("resolution", ECOSOC, "E/RES/1503 (XLVIII)", "1970-05-27", "text", year=1970),
        ],
    ),
    (
        "la resolución 2011/37 del Consejo Económico y Social",
        "es",
        GA,
        [R("resolution", ECOSOC, "E/RES/2011/37", None, "symbol", year=2011)],
    ),
    # a short form resolves to the last full name with its head noun
    (
        "Commission on Human Rights resolutions on the right to development, in particular "
        "Commission resolution 1998/72 of 22 April 1998",
        "en",
        GA,
        [R("resolution", CHR, "E/CN.4/RES/1998/72", "1998-04-22", "text")],
    ),
    # --- decisions ------------------------------------------------------------------------------
    (
        "Recalling its decision 31/308 of 21 December 1976",
        "en",
        GA,
        [R("decision", GA, "A/DEC/31/308", "1976-12-21", "text", year=1976)],
    ),
    (
        "Rappelant sa décision 31/308",
        "fr",
        GA,
        [R("decision", GA, "A/DEC/31/308", None, "symbol", year=1976)],
    ),
    (
        "Recordando su decisión 31/308",
        "es",
        GA,
        [R("decision", GA, "A/DEC/31/308", None, "symbol")],
    ),
    (
        "Economic and Social Council decision 2011/267",
        "en",
        GA,
        [R("decision", ECOSOC, "E/DEC/2011/267", None, "symbol")],
    ),
    # --- documents by symbol: a number inside a symbol is never a resolution --------------------
    (
        "A/CONF.157/24 (Part I), chap. III.",
        "en",
        GA,
        [R("document", GA, "A/CONF.157/24 (PART I)", None, None, number="A/CONF.157/24 (Part I)")],
    ),
    ("Voir A/76/53.", "fr", GA, [R("document", GA, "A/76/53", None, "symbol", year=2021)]),
    ("A/C.3/78/L.41/Rev.1", "en", GA, [R("document", GA, "A/C.3/78/L.41/REV.1", None, "symbol")]),
    ("Véase A/78/481/Add.3.", "es", GA, [R("document", GA, "A/78/481/ADD.3", None, "symbol")]),
    (
        "Voir E/CN.4/2001/2-E/CN.4/Sub.2/2000/46, chap. II, sect. A.",
        "fr",
        GA,
        [R("document", CHR, "E/CN.4/2001/2-E/CN.4/SUB.2/2000/46", None, "symbol", year=2001)],
    ),
    ("See GC(69)/RES/7.", "en", GA, [R("document", "other", "GC(69)/RES/7", None, None)]),
    (
        "A/RES/70/1 and S/RES/2334 (2016)",
        "en",
        GA,
        [
            R("resolution", GA, "A/RES/70/1", None, "symbol", number="70/1"),
            R("resolution", SC, "S/RES/2334 (2016)", None, "symbol"),
        ],
    ),
    # --- Official Records ----------------------------------------------------------------------
    (
        "Voir Documents officiels de l’Assemblée générale, soixante-seizième session, "
        "Supplément no 53 (A/76/53), chap. VII, sect. A.",
        "fr",
        GA,
        [R("official_records", GA, "A/76/53", None, "symbol", year=2021)],
    ),
    (
        "See Official Records of the General Assembly, Seventy-sixth Session, Supplement No. 53 "
        "(A/76/53), chap. VII, sect. A.",
        "en",
        GA,
        [R("official_records", GA, "A/76/53", None, "symbol", year=2021)],
    ),
    (
        "Véase Documentos Oficiales de la Asamblea General, septuagésimo sexto período de "
        "sesiones, suplemento núm. 53 (A/76/53), cap. VII, secc. A.",
        "es",
        GA,
        [R("official_records", GA, "A/76/53", None, "symbol", year=2021)],
    ),
    (
        "See Official Records of the Economic and Social Council, 2017, Supplement No. 10 "
        "(E/2017/30), chap. I, sect. D.",
        "en",
        GA,
        [R("official_records", ECOSOC, "E/2017/30", None, "symbol", year=2017)],
    ),
    (
        "Ibid., 2013, suplemento núm. 7 (E/2013/27), cap. I, secc. A.",
        "es",
        GA,
        [R("official_records", ECOSOC, "E/2013/27", None, "symbol", year=2013)],
    ),
    # a resolution inside the Human Rights Council's report (Supplement No. 53) is the Council's
    (
        "Official Records of the General Assembly, Seventy-third Session, Supplement No. 53 "
        "(A/73/53), chap. IV, sect. A, resolution 37/17.",
        "en",
        GA,
        [
            R("official_records", GA, "A/73/53", None, "symbol"),
            R("resolution", HRC, "A/HRC/RES/37/17", None, "symbol", year=2018),
        ],
    ),
    # --- named instruments cited with an adoption date ------------------------------------------
    (
        "Rappelant la Déclaration du Millénaire qu’elle a adoptée le 8 septembre 2000,",
        "fr",
        GA,
        [
            R(
                "instrument",
                GA,
                "Déclaration du Millénaire",
                "2000-09-08",
                "text",
                number="Déclaration du Millénaire",
            )
        ],
    ),
    (
        "Reaffirming the Vienna Declaration and Programme of Action, adopted on 25 June 1993",
        "en",
        GA,
        [
            R(
                "instrument",
                "other",
                "Vienna Declaration and Programme of Action",
                "1993-06-25",
                "text",
            )
        ],
    ),
    (
        "Recordando la Declaración del Milenio, aprobada el 8 de septiembre de 2000,",
        "es",
        GA,
        [R("instrument", "other", "Declaración del Milenio", "2000-09-08", "text")],
    ),
    (
        "the Universal Declaration of Human Rights, adopted by the General Assembly on "
        "10 December 1948",
        "en",
        HRC,
        [R("instrument", GA, "Universal Declaration of Human Rights", "1948-12-10", "text")],
    ),
    # --- Russian: the keyword declines, the date follows "от", the body is named in the genitive
    (
        "ссылаясь на свою резолюцию 46/182 от 19 декабря 1991 года,",
        "ru",
        "Генеральная Ассамблея",
        [R("resolution", GA, "A/RES/46/182", "1991-12-19", "text", year=1991)],
    ),
    (
        "резолюции 58/316 Генеральной Ассамблеи от 1 июля 2004 года",
        "ru",
        "Генеральная Ассамблея",
        [R("resolution", GA, "A/RES/58/316", "2004-07-01", "text")],
    ),
    (
        "резолюция 47/9 Совета по правам человека от 13 июля 2021 года",
        "ru",
        "Генеральная Ассамблея",
        [R("resolution", HRC, "A/HRC/RES/47/9", "2021-07-13", "text")],
    ),
    (
        "резолюции Совета Безопасности 1325 (2000) и 2250 (2015)",
        "ru",
        "Генеральная Ассамблея",
        [
            R("resolution", SC, "S/RES/1325 (2000)", None, "symbol", year=2000),
            R("resolution", SC, "S/RES/2250 (2015)", None, "symbol", year=2015),
        ],
    ),
    (
        "См. резолюции 32/151, п. 10, и 37/111, п. 5.",
        "ru",
        "Генеральная Ассамблея",
        [
            R("resolution", GA, "A/RES/32/151", None, "symbol", year=1977),
            R("resolution", GA, "A/RES/37/111", None, "symbol", year=1982),
        ],
    ),
    (
        "принимая к сведению решение 76/556 Генеральной Ассамблеи",
        "ru",
        "Генеральная Ассамблея",
        [R("decision", GA, "A/DEC/76/556", None, "symbol", year=2021)],
    ),
]


# Chinese prints the body and the date before the number, "第" before it and "号" and the
# keyword after the last number of a list.
FORMS += [
    (
        "回顾其2020年12月10日第75/90号决议及以往所有相关决议，",
        "zh",
        GA,
        [R("resolution", GA, "A/RES/75/90", "2020-12-10", "text", number="75/90")],
    ),
    (
        "又回顾安全理事会各项相关决议，包括1967年11月22日第242(1967)号、第446(1979)号和"
        "2016年12月23日第2334(2016)号决议，",
        "zh",
        GA,
        [
            R("resolution", SC, "S/RES/242 (1967)", "1967-11-22", "text"),
            R("resolution", SC, "S/RES/446 (1979)", None, "symbol", year=1979),
            R("resolution", SC, "S/RES/2334 (2016)", "2016-12-23", "text"),
        ],
    ),
    (  # numbers under one "第…号" share their date; only the first prints "第"
        "2006年12月14日第61/110和61/111号、安全理事会第1267(1999)、1989(2011)号决议",
        "zh",
        GA,
        [
            R("resolution", GA, "A/RES/61/110", "2006-12-14", "text"),
            R("resolution", GA, "A/RES/61/111", "2006-12-14", "text"),
            R("resolution", SC, "S/RES/1267 (1999)", None, "symbol"),
            R("resolution", SC, "S/RES/1989 (2011)", None, "symbol"),
        ],
    ),
    (  # what a number is about stands between its date and "第"
        "第62/214号、2016年6月17日关于共有问题的第70/286号决议",
        "zh",
        GA,
        [
            R("resolution", GA, "A/RES/62/214", None, "symbol"),
            R("resolution", GA, "A/RES/70/286", "2016-06-17", "text"),
        ],
    ),
    (  # parts, an old number with its part, a decision, a special session
        "其第76/84 A和B号决议、第217 A(III)号决议和第S-26/2号决议以及第76/556号决定",
        "zh",
        GA,
        [
            R("resolution", GA, "A/RES/76/84 A", None, "symbol"),
            R("resolution", GA, "A/RES/76/84 B", None, "symbol"),
            R("resolution", GA, "A/RES/217 A (III)", None, "symbol"),
            R("resolution", GA, "A/RES/S-26/2", None, "symbol"),
            R("decision", GA, "A/DEC/76/556", None, "symbol"),
        ],
    ),
    (  # a symbol touching Chinese characters
        "见A/ES-10/273和A/ES-10/273/Corr.1。",
        "zh",
        GA,
        [
            R("document", GA, "A/ES-10/273", None, None),
            R("document", GA, "A/ES-10/273/CORR.1", None, None),
        ],
    ),
]


# Arabic: the keyword before the number with its prefixes and possessives ("قرارها"), the
# date after "المؤرخ", lists joined by "و", sessions and parts in Arabic ("د-10", "جيم", "دإط-").
FORMS += [
    (
        "وإذ تشير إلى قرارها 67/19 المؤرخ 29 تشرين الثاني/نوفمبر 2012،",
        "ar",
        GA,
        [R("resolution", GA, "A/RES/67/19", "2012-11-29", "text")],
    ),
    (
        "بما فيها القرارات 242 (1967) المؤرخ 22 تشرين الثاني/نوفمبر 1967 و 446 (1979)",
        "ar",
        GA,
        [
            R("resolution", SC, "S/RES/242 (1967)", "1967-11-22", "text"),
            R("resolution", SC, "S/RES/446 (1979)", None, "symbol"),
        ],
    ),
    (
        "القرارين 913 (د-10) و 36/146 جيم وقراري الجمعية العامة دإط-10/15 و دإ-26/2 ومقررها 76/556",
        "ar",
        GA,
        [
            R("resolution", GA, "A/RES/913 (X)", None, "symbol"),
            R("resolution", GA, "A/RES/36/146 C", None, "symbol"),
            R("resolution", GA, "A/RES/ES-10/15", None, "symbol"),
            R("resolution", GA, "A/RES/S-26/2", None, "symbol"),
            R("decision", GA, "A/DEC/76/556", None, "symbol"),
        ],
    ),
    # "ل" (to) and the article make "لل"; the dual in the nominative; a part list joined by a
    # glued "و"; marks and tatweel inside the keyword
    (
        "أن تمتثل بدقة للقرارات 51/233 و 52/237 و 55/180 ألف وباء،",
        "ar",
        GA,
        [
            R("resolution", GA, "A/RES/51/233", None, "symbol"),
            R("resolution", GA, "A/RES/52/237", None, "symbol"),
            R("resolution", GA, "A/RES/55/180 A", None, "symbol"),
            R("resolution", GA, "A/RES/55/180 B", None, "symbol"),
        ],
    ),
    (
        "القراران 75/156 و 75/157.",
        "ar",
        GA,
        [
            R("resolution", GA, "A/RES/75/156", None, "symbol"),
            R("resolution", GA, "A/RES/75/157", None, "symbol"),
        ],
    ),
    (
        "في قرارَي الجمعية العامة دإط-10/15 المؤرخ 20 تموز/يوليه 2004 و 70/1 وقراراتهـــا 71/2",
        "ar",
        GA,
        [
            R("resolution", GA, "A/RES/ES-10/15", "2004-07-20", "text"),
            R("resolution", GA, "A/RES/70/1", None, "symbol"),
            R("resolution", GA, "A/RES/71/2", None, "symbol"),
        ],
    ),
    # "المقررة" (scheduled) is not "المقرر" (the decision)
    ("الاجتماعات المقررة 2022 في نيويورك", "ar", GA, []),
    # the World Health Assembly's numbers, printed with a hyphen, after the keyword or its name
    (
        "التي أقرتها جمعية الصحة العالمية الثالثة والستون في قرارها 63-22 المؤرخ 21 أيار/مايو 2010",
        "ar",
        GA,
        [R("resolution", "other", "WHA63.22", "2010-05-21", "text")],
    ),
    ("القرار 10-12 من جدول الأعمال", "ar", GA, []),  # no body that numbers so
]

# --- decisions of the climate treaties' conferences: the number names the body and session ----
FORMS += [
    (
        "Recalling decisions 1/CP.19 and 1/CP.26, and the Paris Agreement, "
        "FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.",
        "en",
        GA,
        [
            R("decision", "other", "1/CP.19", None, "symbol", year=2013, number="1/CP.19"),
            # (no session in 2020: the Glasgow Conference was put off to 2021)
            R("decision", "other", "1/CP.26", None, "symbol", year=2021),
            R("document", "other", "FCCC/CP/2015/10/ADD.1", None, "symbol", year=2015),
            R("decision", "other", "1/CP.21", None, "symbol", year=2015, text="1/CP.21"),
        ],
    ),
    (
        "conformément aux décisions 1/CP.27, 1/CMA.4 et 3/CMA.5 et à la décision 1/CMP.8,",
        "fr",
        GA,
        [
            R("decision", "other", "1/CP.27", None, "symbol", year=2022),
            R("decision", "other", "1/CMA.4", None, "symbol", year=2022),
            R("decision", "other", "3/CMA.5", None, "symbol", year=2023),
            R("decision", "other", "1/CMP.8", None, "symbol", year=2012),
        ],
    ),
    (
        "回顾《巴黎协定》缔约方会议第19/CMA.1号决定",
        "zh",
        GA,
        [R("decision", "other", "19/CMA.1", None, "symbol", year=2018)],
    ),
]


@pytest.mark.parametrize(("text", "language", "organ", "expected"), FORMS)
def test_forms(text: str, language: str, organ: str | None, expected: list[dict[str, Any]]) -> None:
    _check(find_citations(text, language=language, organ=organ), expected, text)


# --- sentences of the seed (A/C.3/76/L.37, French), de-glued of their footnote markers ----------

SEED_PP1 = (
    "Réaffirmant sa volonté de promouvoir la coopération internationale, conformément à la "
    "Charte des Nations Unies, en particulier au paragraphe 3 de l’Article 1, et aux dispositions "
    "pertinentes de la Déclaration et du Programme d’action de Vienne, adoptés le 25 juin 1993 "
    "par la Conférence mondiale sur les droits de l’homme, pour favoriser une véritable "
    "coopération entre les États Membres dans le domaine des droits humains,"
)
SEED_PP3 = (
    "Rappelant également la Déclaration du Millénaire qu’elle a adoptée le 8 septembre 2000, sa "
    "résolution 75/180 du 16 décembre 2020, la résolution 47/9 du Conseil des droits de l’homme "
    "en date du 12 juillet 2021 et les résolutions de la Commission des droits de l’homme sur le "
    "renforcement de la coopération internationale dans le domaine des droits humains,"
)
SEED_PP12 = (
    "Rappelant que la Sous-Commission de la promotion et de la protection des droits de l’homme "
    "a adopté, à sa cinquante-deuxième session, la résolution 2000/22 du 18 août 2000 concernant "
    "la promotion du dialogue sur les questions relatives aux droits de l’homme,"
)

SEED = [
    (
        SEED_PP1,
        [
            R(
                "instrument",
                "other",
                "Déclaration et du Programme d’action de Vienne",
                "1993-06-25",
                "text",
            )
        ],
    ),
    (
        SEED_PP3,
        [
            R("instrument", GA, "Déclaration du Millénaire", "2000-09-08", "text"),
            R("resolution", GA, "A/RES/75/180", "2020-12-16", "text"),
            R("resolution", HRC, "A/HRC/RES/47/9", "2021-07-12", "text"),
        ],
    ),
    (
        SEED_PP12,
        [R("resolution", SUB, "E/CN.4/SUB.2/RES/2000/22", "2000-08-18", "text", year=2000)],
    ),
    (
        "A/CONF.157/24 (Part I), chap. III.",
        [R("document", GA, "A/CONF.157/24 (PART I)", None, None)],
    ),
    ("Résolution 55/2.", [R("resolution", GA, "A/RES/55/2", None, "symbol", year=2000)]),
    (
        "Voir Documents officiels de l’Assemblée générale, soixante-seizième session, Supplément "
        "no 53 (A/76/53), chap. VII, sect. A.",
        [R("official_records", GA, "A/76/53", None, "symbol")],
    ),
    ("Résolution 66/3.", [R("resolution", GA, "A/RES/66/3", None, "symbol", year=2011)]),
    ("Résolution 76/1.", [R("resolution", GA, "A/RES/76/1", None, "symbol", year=2021)]),
    (
        "Voir E/CN.4/2001/2-E/CN.4/Sub.2/2000/46, chap. II, sect. A.",
        [R("document", CHR, "E/CN.4/2001/2-E/CN.4/SUB.2/2000/46", None, "symbol")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SEED)
def test_seed_sentences(text: str, expected: list[dict[str, Any]]) -> None:
    _check(find_citations(text, language="fr", organ="Assemblée générale"), expected, text)


def test_clause_and_footnote_are_copied() -> None:
    (c,) = find_citations("Résolution 55/2.", language="fr", clause="PP3", footnote="2")
    assert (c.clause, c.footnote, c.number, c.text) == ("PP3", "2", "55/2", "55/2")


# --- what must not be read as a citation -------------------------------------------------------

NOT_CITATIONS = [
    # Chinese numbers that are no citation: a paragraph, a meeting, a treaty's volume and number,
    # a number with no keyword after it
    ("见该报告第14段", "zh"),
    ("第52次全体会议 2022年12月12日", "zh"),
    ("联合国，《条约汇编》，第1577卷，第27531号。", "zh"),
    ("第67/19号报告提出的建议和第5号决定草案", "zh"),
    ("services available 24/7 to victims", "en"),
    ("a two-thirds majority (2/3) of members", "en"),
    ("entre 2015 et 2020", "fr"),
    ("HIV/AIDS and/or tuberculosis", "en"),
    ("les paragraphes 3 et 4 de l’Article 1", "fr"),
    # a "решение" (a solution) with no number, and a date with no keyword
    ("политического решения конфликта 19 декабря 1991 года", "ru"),
    ("в пунктах 3 и 4 статьи 1", "ru"),
    # a climate treaty's decision number inside a longer token is none
    ("1/CP.211, 1/CP.2a, X1/CP.21, 1/CP.21/Add.1", "en"),
]


@pytest.mark.parametrize(("text", "language"), NOT_CITATIONS)
def test_not_citations(text: str, language: str) -> None:
    assert find_citations(text, language=language, organ=GA) == []


def test_symbol_number_is_not_a_resolution() -> None:
    found = find_citations("Voir A/76/53 et résolution 76/53.", language="fr", organ=GA)
    assert [(c.kind, c.symbol) for c in found] == [
        ("document", "A/76/53"),
        ("resolution", "A/RES/76/53"),
    ]


def test_bare_number_goes_to_the_body_named_with_an_adoption_verb_only() -> None:
    # a body named in passing does not claim the number ...
    text = (
        "candidates proposed by the President of the Human Rights Council, in line with "
        "paragraph 13 of resolution 56/266"
    )
    assert [c.symbol for c in find_citations(text, language="en", organ=GA)] == ["A/RES/56/266"]
    # ... the author of an adoption does
    text = "the Commission on Narcotic Drugs adopted resolution 61/2 on 16 March 2018"
    (c,) = find_citations(text, language="en", organ=GA)
    assert (c.body, c.symbol) == ("other", "Commission on Narcotic Drugs res. 61/2")


# --- symbols and years -------------------------------------------------------------------------

YEARS = [
    (GA, "70/1", 2015),
    (GA, "1/1", 1946),
    (GA, "1145 (XII)", 1957),
    (GA, "217 A (III)", 1948),
    (GA, "1874 (S-IV)", 1963),
    (GA, "S-26/2", 2001),
    (GA, "ES-10/15", 2004),
    (GA, "ES-10/24", 2024),
    (GA, "ES-11/1", 2022),
    (SC, "660 (1990)", 1990),
    (HRC, "1/1", 2006),
    (HRC, "5/1", 2007),
    (HRC, "47/9", 2021),
    (HRC, "46/1", 2021),
    (HRC, "45/3", 2020),
    (HRC, "S-35/1", 2022),
    (CHR, "1997/74", 1997),
    (SUB, "2000/22", 2000),
    (ECOSOC, "2011/37", 2011),
    (ECOSOC, "728 F (XXVIII)", 1959),
    (ECOSOC, "1235 (XLII)", 1967),
    (ECOSOC, "1296 (XLIV)", 1968),
    (ECOSOC, "1503 (XLVIII)", 1970),
    ("other", "61/2", None),
    # a Roman session of another body than the Assembly: its own calendar (ECLAC's 27th: 1998)
    ("other", "574 (XXVII)", None),
    (CHR, "2 (XXIII)", None),
]


@pytest.mark.parametrize(("body", "number", "year"), YEARS)
def test_symbol_year(body: str, number: str, year: int | None) -> None:
    assert symbol_year(body, "resolution", number) == year


SYMBOLS = [
    ("A/CONF.157/24(PartI)", "A/CONF.157/24 (PART I)"),
    ("A/CONF.157/24 (Part I)", "A/CONF.157/24 (PART I)"),
    ("NPT/CONF.2000/28(PartsIandII)", "NPT/CONF.2000/28 (PARTS I AND II)"),
    ("S/RES/660(1990)", "S/RES/660 (1990)"),
    ("A/RES/217 A(III)", "A/RES/217 A (III)"),
    ("A/78/481/Add.3", "A/78/481/ADD.3"),
    ("GC(69)/RES/7", "GC(69)/RES/7"),
    ("A/ES‑10/273", "A/ES-10/273"),
    ("A/74/6 (Sect. 2)", "A/74/6 (SECT. 2)"),
]


@pytest.mark.parametrize(("raw", "canonical"), SYMBOLS)
def test_normalize_symbol(raw: str, canonical: str) -> None:
    assert normalize_symbol(raw) == canonical


# --- link_citations ----------------------------------------------------------------------------


def _seed_rows() -> list[Citation]:
    rows = find_citations(SEED_PP1, language="fr", clause="PP1", organ=GA)
    rows += find_citations(SEED_PP3, language="fr", clause="PP3", organ=GA)
    rows += find_citations(
        "A/CONF.157/24 (Part I), chap. III.", language="fr", clause="PP1", footnote="1", organ=GA
    )
    rows += find_citations("Résolution 55/2.", language="fr", clause="PP3", footnote="2", organ=GA)
    return rows


def _anchor(text: str, after: str) -> int:
    return text.index(after) + len(after)


def test_link_citations_seed() -> None:
    anchors = {
        "1": ("PP1", _anchor(SEED_PP1, "droits de l’homme")),
        "2": ("PP3", _anchor(SEED_PP3, "8 septembre 2000")),
    }
    rows = link_citations(_seed_rows(), anchors)
    by = {(c.clause, c.footnote, c.kind): c for c in rows}
    millennium = by[("PP3", None, "instrument")]
    res_55_2 = by[("PP3", "2", "resolution")]
    assert millennium.item == res_55_2.item == "A/RES/55/2"
    assert millennium.number == "Déclaration du Millénaire"
    # the stated adoption date flows to the footnote row, whose year came from the symbol
    assert (res_55_2.date, res_55_2.year, res_55_2.date_source) == ("2000-09-08", 2000, "text")
    vienna = by[("PP1", None, "instrument")]
    report = by[("PP1", "1", "document")]
    assert vienna.item == report.item == "A/CONF.157/24 (PART I)"
    assert (report.date, report.date_source) == ("1993-06-25", "text")
    # rows that are not linked keep their own item
    assert by[("PP3", None, "resolution")].item in {"A/RES/75/180", "A/HRC/RES/47/9"}
    assert len(rows) == len(_seed_rows())


def test_link_citations_keeps_a_contradicting_footnote_date() -> None:
    body = find_citations(
        "Rappelant la Déclaration du Millénaire qu’elle a adoptée le 8 septembre 2000",
        language="fr",
        clause="PP1",
        organ=GA,
    )
    note = find_citations("Résolution 70/1.", language="fr", clause="PP1", footnote="1", organ=GA)
    rows = link_citations(body + note, {"1": ("PP1", body[0].span.end)})  # type: ignore[union-attr]
    linked = rows[1]
    assert linked.item == rows[0].item == "A/RES/70/1"
    assert (linked.date, linked.year, linked.date_source) == (None, 2015, "symbol")


def test_link_citations_ignores_far_or_non_instrument_rows() -> None:
    text = "Rappelant sa résolution 75/180 du 16 décembre 2020"
    body = find_citations(text, language="fr", clause="PP2", organ=GA)
    note = find_citations("Voir A/75/53.", language="fr", clause="PP2", footnote="4", organ=GA)
    rows = link_citations(body + note, {"4": ("PP2", len(text))})
    assert [c.item for c in rows] == ["A/RES/75/180", "A/75/53"]


# --- reference table: every body matches its own examples --------------------------------------

#: Every body in English, French and Spanish; in Russian where the table names it so.
BODY_ROWS = [
    (b.key, lang)
    for b in load_bodies()
    for lang in ("en", "fr", "es", "ru", "ar")
    if lang not in ("ru", "ar") or b.names[lang]
]


@pytest.mark.parametrize(("key", "language"), BODY_ROWS)
def test_body_examples(key: str, language: str) -> None:
    body = _index().by_key[key]
    example = body.examples[language]
    mentions = [m for m in _index().mentions(example) if m.body is not None]
    assert any(m.body.key == key for m in mentions), example
    if body.numbering == {"none"}:
        return
    found = [
        c for c in find_citations(example, language=language, organ=GA) if c.kind != "instrument"
    ]
    assert found, example
    assert found[0].body == body.body
    if body.res_symbol:
        assert found[0].symbol.startswith(body.res_symbol.split("{")[0].upper())


#: The bodies whose Chinese citation the table gives, with a number (Chinese prints no space
#: around a name, so the name patterns of `_index` do not read them: the Chinese step does).
ZH_BODY_ROWS = [b.key for b in load_bodies() if b.examples["zh"] and b.numbering != {"none"}]


@pytest.mark.parametrize("key", ZH_BODY_ROWS)
def test_chinese_body_examples(key: str) -> None:
    body = _index().by_key[key]
    example = body.examples["zh"]
    assert any(name in example for name in body.names["zh"]), example
    found = [c for c in find_citations(example, language="zh", organ=GA) if c.kind != "instrument"]
    assert found, example
    assert found[0].body == body.body, example
    if body.res_symbol:
        assert found[0].symbol.startswith(body.res_symbol.split("{")[0].upper())


#: Each regional commission is a row of its own: a citation names the commission it cites.
REGIONAL = [
    (
        "en",
        "Recalls the adoption by the Economic Commission for Latin America and the Caribbean of its"
        " resolution 574 (XXVII) of 16 May 1998,",
        "Economic Commission for Latin America and the Caribbean res. 574 (XXVII)",
    ),
    (
        "fr",
        "conformément à la résolution 2023/7 adoptée par la Commission économique pour l’Afrique"
        " le 21 mars 2023,",
        "Economic Commission for Africa res. 2023/7",
    ),
    (
        "es",
        "la resolución 330 (XXX) de la Comisión Económica y Social para Asia Occidental,",
        "Economic and Social Commission for Western Asia res. 330 (XXX)",
    ),
]


@pytest.mark.parametrize(("language", "text", "symbol"), REGIONAL)
def test_regional_commission_citations_name_their_commission(
    language: str, text: str, symbol: str
) -> None:
    (c,) = find_citations(text, language=language, organ=GA)
    assert (c.body, c.symbol) == ("other", symbol)


def test_body_table_is_well_formed() -> None:
    with BODIES_CSV.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len({r["key"] for r in rows}) == len(rows)
    for r in rows:
        assert r["body"] in BODY_VALUES
        assert r["source"]
        for lang in ("en", "fr", "es"):
            assert r[f"example_{lang}"]
        for lang in ("en", "fr", "es", "ru", "ar"):
            for name in filter(None, r[f"names_{lang}"].split("|")):
                assert NAME_ANCHOR.search(name), name  # find_citations searches around these
        assert bool(r["names_ru"]) == bool(r["example_ru"])
        assert bool(r["names_zh"]) == bool(r["example_zh"])
        assert bool(r["names_ar"]) == bool(r["example_ar"])
        # the Arabic example, copied from ga-77-Arabic, prints one of the Arabic names
        assert not r["example_ar"] or any(n in r["example_ar"] for n in r["names_ar"].split("|")), (
            r["key"]
        )


# --- batch API ---------------------------------------------------------------------------------

#: Documents as (language, organ, items): the clause and footnote texts, in order.
BATCH_DOCS: list[tuple[str, str, list[CitationItem]]] = [
    (
        "fr",
        "Assemblée générale",
        [
            (
                "Rappelant sa résolution 75/180 du 16 décembre 2020 et les résolutions 47/9 et "
                "48/2 du Conseil des droits de l’homme,",
                "PP1",
                None,
            ),
            # a list at the very end of one text, another at the very start of the next
            (
                "Rappelant également la Déclaration du Millénaire qu’elle a adoptée le 8 septembre "
                "2000¹, ainsi que ses résolutions 70/1, 72/279 et 74/2",
                "PP2",
                None,
            ),
            (
                "68/247 A et B, S-26/2 et ES-10/24 et la résolution 2000/22 de la Sous-Commission",
                "PP3",
                None,
            ),
            ("", "PP4", None),
            ("Sans chiffre ni symbole, le Conseil et la Commission", "OP1", None),
            ("Résolution 55/2.", "PP2", "1"),
            (
                "Documents officiels de l’Assemblée générale, soixante-seizième session, "
                "Supplément no 53 (A/76/53), chap. IV, résolution 47/9.",
                "OP1",
                "2",
            ),
        ],
    ),
    (
        "en",
        "General Assembly",
        [
            (
                "Recalling Security Council resolutions 1325 (2000) and 2250 (2015), and its "
                "resolutions 1514 (XV) and 217 A (III)",
                "PP1",
                None,
            ),
            (
                "2628 and 2670 (2022), both of 20 December 2022, and the Vienna Declaration and "
                "Programme of Action, adopted on 25 June 1993",
                "PP2",
                None,
            ),
            (
                "Taking note of the report of the Secretary-General (A/78/123) and "
                "E/CN.4/2001/2-E/CN.4/Sub.2/2000/46",
                "OP1",
                None,
            ),
            (
                "See A/C.3/78/L.41/Rev.1, GC(69)/RES/7 and United Nations publication, Sales No. "
                "E.96.IV.13.",
                "OP1",
                "a",
            ),
            (
                "Ibid., Fifty-third Session, Supplement No. 3 (A/53/3), resolution 49/22 of the "
                "Commission",
                "OP1",
                "b",
            ),
        ],
    ),
    (
        "es",
        "Asamblea General",
        [
            (
                "Recordando su resolución 70/1, de 25 de septiembre de 2015, y las resoluciones "
                "del Consejo de Derechos Humanos 45/3 y 46/1",
                "PP1",
                None,
            ),
            (
                "2011/37 y 2012/8 del Consejo Económico y Social, ambas de 28 de julio de 2011",
                "PP2",
                None,
            ),
            (
                "Documentos Oficiales de la Asamblea General, septuagésimo sexto período de "
                "sesiones, Suplemento núm. 53 (A/76/53)",
                "OP1",
                "1",
            ),
        ],
    ),
]

#: (clause, footnote, symbol) of each row the documents above yield, in order.
BATCH_EXPECTED: list[list[tuple[str, str | None, str]]] = [
    [
        ("PP1", None, "A/RES/75/180"),
        ("PP1", None, "A/HRC/RES/47/9"),
        ("PP1", None, "A/HRC/RES/48/2"),
        ("PP2", None, "Déclaration du Millénaire"),
        ("PP2", None, "A/RES/70/1"),
        ("PP2", None, "A/RES/72/279"),
        ("PP2", None, "A/RES/74/2"),
        # the numbers opening PP3 have no keyword in their own text: none is read
        ("PP3", None, "E/CN.4/SUB.2/RES/2000/22"),
        ("PP2", "1", "A/RES/55/2"),
        ("OP1", "2", "A/76/53"),
        ("OP1", "2", "A/HRC/RES/47/9"),
    ],
    [
        ("PP1", None, "S/RES/1325 (2000)"),
        ("PP1", None, "S/RES/2250 (2015)"),
        ("PP1", None, "A/RES/1514 (XV)"),
        ("PP1", None, "A/RES/217 A (III)"),
        ("PP2", None, "S/RES/2670 (2022)"),
        ("PP2", None, "Vienna Declaration and Programme of Action"),
        ("OP1", None, "A/78/123"),
        ("OP1", None, "E/CN.4/2001/2-E/CN.4/SUB.2/2000/46"),
        ("OP1", "a", "A/C.3/78/L.41/REV.1"),
        ("OP1", "a", "GC(69)/RES/7"),
        ("OP1", "a", "E.96.IV.13"),
        ("OP1", "b", "A/53/3"),
        ("OP1", "b", "A/RES/49/22"),
    ],
    [
        ("PP1", None, "A/RES/70/1"),
        ("PP1", None, "A/HRC/RES/45/3"),
        ("PP1", None, "A/HRC/RES/46/1"),
        ("OP1", "1", "A/76/53"),
    ],
]


@pytest.mark.parametrize(("doc", "expected"), list(zip(BATCH_DOCS, BATCH_EXPECTED, strict=True)))
def test_batch_is_the_concatenation_of_single_calls(
    doc: tuple[str, str, list[CitationItem]], expected: list[tuple[str, str | None, str]]
) -> None:
    language, organ, items = doc
    batch = find_citations_batch(items, language=language, organ=organ)
    single = [
        c
        for text, clause, footnote in items
        for c in find_citations(
            text, language=language, clause=clause, footnote=footnote, organ=organ
        )
    ]
    assert batch == single
    assert [(c.clause, c.footnote, c.symbol) for c in batch] == expected
    texts = {(clause, footnote): text for text, clause, footnote in items}
    for c in batch:  # spans stay relative to each item's own text
        assert c.span is not None
        assert texts[(c.clause, c.footnote)][c.span.start : c.span.end] == c.text


def test_batch_of_nothing() -> None:
    assert find_citations_batch([], language="fr", organ=GA) == []
    assert find_citations_batch([("", "PP1", None)], language=None) == []


# --- search shortcuts: the same matches as a scan of the whole text -----------------------------

#: Pieces of citing text, with the case, accents and odd letters (``İ ı ſ``) the patterns meet.
_PIECES = [
    "résolution", "RÉSOLUTIONS", "Resolución", "resoluciones", "decisión", "Décisions", "DECISION",
    "the", "The", "le", "la", "l’", "du", "del", "cette", "esta", "its", "sa", "su",
    "Council", "Conseil", "Consejo", "Comisión", "Commission", "COMISIÓN", "Sous-Commission",
    "Sub-Commission", "Sub- Commission", "Subcomisión", "Assembly", "Assemblée", "Asamblea",
    "Conférence", "Conferencia", "ECOSOC", "Human Rights Council", "Conseil des droits de l’homme",
    "Consejo Económico y Social", "ſ", "İ", "ı", "ç", "ñ", "the Council", "cette Conférence",
    "la Comisión", "du Conseil", "l’Assemblée", "esta Subcomisión", "the Sous- Commission",
    "Council resolution", "Sub-Commission decisions", "del Consejo",
    "Ibid., Seventy-sixth Session, Supplement No. 53 (A/76/53)",
    "A/RES/70/1", "S-26/2", "ES-10/24", "S‑11/1", "E/CN.4/Sub.2/2000/46", "E.96.IV.13",
    "GC(69)/RES/7", "660 (1990)", "1514 (XV)", "217 A (III)", "68/247 A and B", "2011/37",
    "2628, 2670 and 2700 (2022)", "72.5", "Official Records of the General Assembly",
    "Documents officiels de l’Assemblée générale", "Documentos Oficiales de la Asamblea General",
    "ibid.", "Ibid", "Seventy-sixth Session", "Supplement No. 53", "(A/76/53)", "chap. IV",
    "25 septembre 2015", "1er janvier 2000", "de 25 de septiembre de 2015", "September 25, 2015",
    "and", "et", "y", "of", ",", ";", ".", " ", "  ", "(", ")", "-", "/", "\u00a0", "\n",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_search_shortcuts_find_every_match(text: str) -> None:
    folded = search_fold(text)
    assert len(folded) == len(text)
    sc = _Scanner(text, None, None, None)
    for pattern, starts in [
        (KEYWORD, _word_starts(folded, KEYWORD_WORDS)),
        (NAME_ANCHOR, _word_starts(folded, NAME_ANCHOR_WORDS)),
        (OFFICIAL_RECORDS, _word_starts(folded, OFFICIAL_RECORDS_WORDS)),
        (NUMBER, sc._number_starts()),
        (SC_SHARED, sc.digit_starts),
        (SYMBOL, sc._symbol_starts()),
    ]:
        assert _spans(matches_at(pattern, text, starts)) == _spans(pattern.finditer(text))
    idx = _index()
    whole = sorted(
        [*idx.short.finditer(text), *idx.short_pre.finditer(text)], key=lambda m: m.start("name")
    )
    assert _spans(idx._short_matches(text, folded)) == _spans(whole)
    full_starts = [m.start() for m in idx.full_start.finditer(text)]
    assert _spans(matches_at(idx.full, text, full_starts)) == _spans(idx.full.finditer(text))
    assert _spans(idx.full.finditer(text)) == _spans(_flat_full().finditer(text))


def _flat_full() -> re.Pattern[str]:
    """The full-name pattern as one flat alternation, longest name first (the reference for the
    pattern grouped by first letter)."""
    names = sorted(_index().by_folded, key=len, reverse=True)
    return re.compile(
        r"(?<![\w-])(?:" + "|".join(_name_regex(n) for n in names) + r")(?![\w-])", re.IGNORECASE
    )


#: Body names where the grouped pattern must pick what the flat one picks: a longer name over
#: its prefix, accents, odd letters, case, hyphens, names glued to words.
FULL_NAME_TEXTS = [
    "the Human Rights Council and the Council",
    "the Economic and Social Council, ECOSOC and the Economic and Social Council's",
    "la Commission des droits de l’homme, la Commission des droits de l'homme",
    "la Sous-Commission, la Sous- Commission, la Sous‑Commission, Subcomisión",
    "el Consejo Económico y Social, el CONSEJO ECONÓMICO Y SOCIAL, el Consejo Economico y Social",
    "GENERAL ASSEMBLY, ſecurity Council, İnternational, Asamblea General, Assemblée générale",
    "Councils, non-Council, Council-wide, xGeneral Assembly, General Assemblyx",
    "Conférence des Nations Unies, Conferencia, conference, Conference of the Parties",
]


#: Adoption phrases (and near misses) before a date, each searched as `instruments` does.
ADOPTION_WINDOWS = [
    "the Vienna Declaration and Programme of Action, adopted on ",
    "la Déclaration du Millénaire qu’elle a adoptée le ",
    "la Déclaration et le Programme d’action de Vienne, adoptés le ",
    "la Declaración del Milenio, aprobada el ",
    "la Declaración que aprobó el ",
    "the Beijing Declaration, adopted by the Fourth World Conference on Women on ",
    "la Convention, ouverte à la signature le ",
    "the Convention, opened for signature on ",
    "the Treaty, SIGNED on ",
    "the Treaty, ſigned on ",
    "the Declaration, which it had adopted on ",
    "the Programme that the General Assembly has endorsed on ",
    "la Declaración, proclamada el ",
    "el Acuerdo, firmado en ",
    "el Acuerdo que firmó el ",
    "les Principes, approuvés par l’Assemblée générale le ",
    "the Declaration adopted",
    "the Declaration, adoptedly on ",
    "the Declaration, adopted on 1",
]


@pytest.mark.parametrize("window", ADOPTION_WINDOWS)
def test_adoption_verbs_grouped_by_first_letter_match_the_flat_pattern(window: str) -> None:
    grouped = _by_initial((v[0], v[1:]) for v in ADOPT_VERBS)
    flat = re.compile(
        ADOPTION.pattern.replace(grouped, "(?:" + "|".join(ADOPT_VERBS) + ")"), re.IGNORECASE
    )
    assert flat.pattern != ADOPTION.pattern
    got, expected = ADOPTION.search(window), flat.search(window)
    assert (got is None) == (expected is None)
    if got is not None and expected is not None:
        assert got.span() == expected.span()
        assert got.groupdict() == expected.groupdict()


def test_body_names_must_start_with_a_letter() -> None:
    bodies = load_bodies()
    odd = replace(bodies[0], names={**bodies[0].names, "en": ("-Council",)})
    with pytest.raises(ValueError, match="start with a letter"):
        _BodyIndex((odd, *bodies[1:]))


@pytest.mark.parametrize("text", FULL_NAME_TEXTS)
def test_full_names_grouped_by_first_letter_match_the_flat_pattern(text: str) -> None:
    idx = _index()
    expected = _spans(_flat_full().finditer(text))
    assert _spans(idx.full.finditer(text)) == expected
    full_starts = [m.start() for m in idx.full_start.finditer(text)]
    assert _spans(matches_at(idx.full, text, full_starts)) == expected
    assert _spans(idx._full_matches(text, search_fold(text))) == expected


def _slash_heads(text: str) -> list[int]:
    """Reference for `SYMBOL_HEAD_START`: each capital with no capital before it, at most
    `SYMBOL_HEAD_REACH` characters before a slash, found by walking back from each slash."""
    starts: set[int] = set()
    for slash in (i for i, ch in enumerate(text) if ch == "/"):
        for p in range(max(0, slash - SYMBOL_HEAD_REACH), slash):
            if "A" <= text[p] <= "Z" and not (p and "A" <= text[p - 1] <= "Z"):
                starts.add(p)
    return sorted(starts)


SLASH_HEAD_TEXTS = [
    "A/RES/70/1",
    "see A/RES/70/1 and S/RES/660 (1990)",
    "ABCDEFGH.123(1234)/1",  # the longest head: its first letter is 18 characters back
    "XABCDEFGH.123(1234)/1",  # 19 characters back: too far
    "Ab cdefghijklmnopq/ Ab cdefghijklmnop/",
    "A\nB\n/\nC/",
    "ÉTATS/1 Éa/1 aB/1 AB/1",
    "/A/B//C",
    "no slash at all, A B C",
    "",
]


@pytest.mark.parametrize("text", SLASH_HEAD_TEXTS)
def test_symbol_head_starts_match_a_walk_back_from_each_slash(text: str) -> None:
    found = [m.start() for m in SYMBOL_HEAD_START.finditer(text)]
    assert found == _slash_heads(text)


def test_search_fold_keeps_offsets() -> None:
    text = "Résolution İSTANBUL ſ Ça ΣΑΣ ō"
    folded = search_fold(text)
    assert len(folded) == len(text)
    assert folded.startswith("resolution istanbul s ca ")


# --- robustness --------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("0123456789/()-., ;AESRCabdefilnorstuvyéº")), max_size=120
    )
)
def test_spans_point_into_any_text(text: str) -> None:
    for c in find_citations(text, language=None, organ=GA):
        assert c.span is not None and text[c.span.start : c.span.end] == c.text


@pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="needs ../shared/corpus")
def test_recall_on_a_corpus_sample() -> None:
    from helpers.evaluate_citations import citation_recall

    table = citation_recall(SHARED_CORPUS, ("en", "fr", "es"), limit=1)
    assert table.loc["all", "links"] > 50
    assert table.loc["all", "symbol_recall"] >= 0.95
    assert table.loc["all", "date_recall"] >= 0.95


@pytest.mark.parametrize(
    "window", [*ADOPTION_WINDOWS, "la Convention, ſignée le ", "the Treaty, SİGNED on "]
)
def test_adoption_phrases_hold_a_hint_word_in_the_folded_text(window: str) -> None:
    """`instruments` only searches `ADOPTION` where the folded text holds a hint word."""
    if ADOPTION.search(window) is not None:
        assert any(w in search_fold(window) for w in ADOPT_HINT_WORDS)


#: Texts with and without a slash, ASCII digits, other scripts' digits (``٣``, ``３``).
MAY_CITE_TEXTS = [
    "",
    "Recalling its previous resolutions",
    "Rappelant ses résolutions antérieures’",
    "the 2030 Agenda",
    "l’Agenda 2030",
    "A/RES",
    "résolution ٣",
    "resolución ３",
    "résolution ½ ² ¹",
]


@pytest.mark.parametrize("text", MAY_CITE_TEXTS)
def test_may_cite_is_a_slash_or_any_digit(text: str) -> None:
    assert _may_cite(text) == ("/" in text or re.search(r"\d", text) is not None)


#: Normalised symbols → (series, number), as the former list of one pattern per series read them.
SERIES_SYMBOLS = [
    ("A/RES/70/1", ("A/RES", "70/1")),
    ("A/DEC/76/501", ("A/DEC", "76/501")),
    ("S/RES/660 (1990)", ("S/RES", "660 (1990)")),
    ("A/HRC/RES/47/9", ("A/HRC/RES", "47/9")),
    ("A/HRC/DEC/S-30/1", ("A/HRC/DEC", "S-30/1")),
    ("E/CN.4/SUB.2/RES/2000/22", ("E/CN.4/SUB.2/RES", "2000/22")),
    ("E/CN.4/SUB.2/DEC/2000/1", ("E/CN.4/SUB.2/DEC", "2000/1")),
    ("E/CN.4/RES/2005/69", ("E/CN.4/RES", "2005/69")),
    ("E/CN.4/DEC/2005/1", ("E/CN.4/DEC", "2005/1")),
    ("E/RES/2011/37", ("E/RES", "2011/37")),
    ("E/DEC/2011/208", ("E/DEC", "2011/208")),
    ("A/HRC/53", None),
    ("A/RES/", None),
    ("E/CN.4/2005/135", None),
    ("XA/RES/70/1", None),
]


@pytest.mark.parametrize(("symbol", "expected"), SERIES_SYMBOLS)
def test_series_symbol(symbol: str, expected: tuple[str, str] | None) -> None:
    m = SERIES_SYMBOL.match(symbol)
    assert (m.group("series", "number") if m else None) == expected


def test_lazy_views_are_computed_once() -> None:
    sc = _Scanner("resolution 70/1 of 25 September 2015", None, None, None)
    assert "dates" not in vars(sc)
    first = sc.dates
    assert vars(sc)["dates"] is first
    assert sc.dates is first
    assert [d.text for d in first] == ["25 September 2015"]


#: Text before a keyword: possessives in any case, odd letters, own-words, Unicode spaces, a
#: final newline, near misses (``theirs``, ``its own`` with nothing after it).
BEFORE_KEYWORD = [
    "",
    "in its ",
    "dans sa  ",
    "in ITS OWN ",
    "en su\u2009",
    "en sus propias\u00a0\n",
    "dans leurs propres ",
    "in ſes ",
    "İts ",
    "ıts ",
    "in theirs ",
    "in its own",
    "its\n",
    "la Commission, dans sa ",
    "Rappelant ses résolutions antérieures, et sa ",
    "x" * 250 + " in its ",
]


@pytest.mark.parametrize("before", BEFORE_KEYWORD)
def test_possessive_is_the_plain_search(before: str) -> None:
    text = before + "resolution 70/1"
    folded = search_fold(text)
    for start in range(0, len(before) + 1, max(1, len(before) // 7)):
        got = _possessive(text, folded, start, len(before))
        expected = POSSESSIVE.search(text[start : len(before)])
        assert (got and got.span()) == (expected and expected.span())
