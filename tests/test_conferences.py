"""Tests of helpers.conferences: the reference table, and conference mentions in six languages."""

from __future__ import annotations

import datetime
import re
import zipfile

import pytest

from helpers import conferences
from helpers.conferences import (
    COLUMNS,
    LANGUAGES,
    conference_for_symbol,
    find_conferences,
    find_conferences_batch,
    fold,
    load_conferences,
    unknown_warning,
)
from helpers.models import ConferenceMention
from helpers.paths import SHARED_CORPUS

TABLE = load_conferences()
ROWS = list(TABLE.itertuples())
#: Languages in which every row has a name; a row has a Russian, a Chinese or an Arabic name only
#: where the Russian, the Chinese or the Arabic corpus names it.
FULL_LANGUAGES = ("en", "fr", "es")
#: The example column of each language.
EXAMPLE_COLUMNS = {
    "en": "example",
    "fr": "example_fr",
    "es": "example_es",
    "ru": "example_ru",
    "zh": "example_zh",
    "ar": "example_ar",
}


def keys_of(mentions: list[ConferenceMention]) -> list[str | None]:
    return [m.key for m in mentions]


def only(mentions: list[ConferenceMention], key: str) -> ConferenceMention:
    found = [m for m in mentions if m.key == key]
    assert len(found) == 1, (key, mentions)
    return found[0]


# --- the table ------------------------------------------------------------------------------------


def test_columns_and_keys() -> None:
    assert tuple(TABLE.columns) == COLUMNS
    assert TABLE["key"].is_unique
    assert all(re.fullmatch(r"[a-z0-9+-]+-\d{4}(?:-\d{4})?", k) for k in TABLE["key"])


@pytest.mark.parametrize("row", ROWS, ids=[r.key for r in ROWS])
def test_row_is_complete(row) -> None:
    start = datetime.date.fromisoformat(row.start)
    end = datetime.date.fromisoformat(row.end)
    assert start <= end
    assert str(start.year) in row.key or str(end.year) in row.key
    for lang in FULL_LANGUAGES:
        assert getattr(row, f"name_{lang}"), f"{row.key}: no name_{lang}"
    for lang in set(LANGUAGES) - set(FULL_LANGUAGES):
        # a name comes with a real example, and only a name with one
        name, example = getattr(row, f"name_{lang}"), getattr(row, EXAMPLE_COLUMNS[lang])
        assert bool(name) == bool(example), f"{row.key}: name_{lang} without example, or back"
        assert name or not (getattr(row, f"short_{lang}") or getattr(row, f"outcomes_{lang}"))
    assert row.place and row.country and row.source and row.example
    if row.commemorates:
        assert row.commemorates in set(TABLE["key"])
        assert int(row.anniversary) > 0


def test_required_conferences_are_covered() -> None:
    required = {
        "tehran-1968",
        "vienna-1993",
        "cairo-1994",
        "copenhagen-1995",
        "beijing-1995",
        "millennium-2000",
        "durban-2001",
        "monterrey-2002",
        "johannesburg-2002",
        "world-summit-2005",
        "durban-review-2009",
        "rio20-2012",
        "addis-ababa-2015",
        "sendai-2015",
        "post2015-summit-2015",
        "habitat3-2016",
        "durban-10th-2011",
        "durban-20th-2021",
    }
    assert required <= set(TABLE["key"])


EXAMPLES = [
    (row.key, lang, getattr(row, col))
    for row in ROWS
    for lang, col in EXAMPLE_COLUMNS.items()
    if getattr(row, col)
]


@pytest.mark.parametrize(
    ("key", "lang", "example"), EXAMPLES, ids=[f"{k}-{g}" for k, g, _ in EXAMPLES]
)
def test_each_row_matches_its_examples(key: str, lang: str, example: str) -> None:
    """Like reporters-db: every row's patterns match its own real examples."""
    assert key in keys_of(find_conferences(example, language=lang))


def test_examples_cover_all_three_languages_for_most_rows() -> None:
    full = sum(all(getattr(r, c) for c in ("example", "example_fr", "example_es")) for r in ROWS)
    assert full >= 0.8 * len(ROWS)


# --- the seed's paragraph on Durban, in three languages -------------------------------------------

SEED_PP4_FR = (
    "Rappelant en outre la Conférence mondiale contre le racisme, la discrimination raciale, "
    "la xénophobie et l’intolérance qui y est associée, tenue à Durban (Afrique du Sud) du "
    "31 août au 8 septembre 2001, la Conférence d’examen de Durban, qui a eu lieu à Genève du "
    "20 au 24 avril 2009, et les déclarations politiques adoptées à l’issue des réunions de haut "
    "niveau qu’elle-même a tenues à l’occasion des dixième et vingtième anniversaires de "
    "l’adoption de la Déclaration et du Programme d’action de Durban, ainsi que leur "
    "contribution au renforcement de la coopération internationale dans le domaine des droits "
    "humains,"
)
SEED_PP4_EN = (
    "Recalling further the World Conference against Racism, Racial Discrimination, Xenophobia "
    "and Related Intolerance, held in Durban, South Africa, from 31 August to 8 September 2001, "
    "the Durban Review Conference, held in Geneva from 20 to 24 April 2009, and the political "
    "declarations of the high-level meetings of the General Assembly to commemorate the tenth "
    "and twentieth anniversaries of the adoption of the Durban Declaration and Programme of "
    "Action, and their role in the enhancement of international cooperation,"
)
SEED_PP4_ES = (
    "Recordando además la Conferencia Mundial contra el Racismo, la Discriminación Racial, la "
    "Xenofobia y las Formas Conexas de Intolerancia, celebrada en Durban (Sudáfrica) del 31 de "
    "agosto al 8 de septiembre de 2001, la Conferencia de Examen de Durban, celebrada en Ginebra "
    "del 20 al 24 de abril de 2009, y las declaraciones políticas de las reuniones de alto nivel "
    "de la Asamblea General para conmemorar el décimo y el vigésimo aniversarios de la "
    "aprobación de la Declaración y el Programa de Acción de Durban,"
)


@pytest.mark.parametrize(
    ("text", "lang", "geneva"),
    [(SEED_PP4_FR, "fr", "Genève"), (SEED_PP4_EN, "en", "Geneva"), (SEED_PP4_ES, "es", "Ginebra")],
)
def test_durban_review_and_anniversaries(text: str, lang: str, geneva: str) -> None:
    ms = find_conferences(text, language=lang, clause="PP4", start_order=7)
    assert keys_of(ms) == [
        "durban-2001",
        "durban-review-2009",
        "durban-10th-2011",
        "durban-20th-2021",
    ]
    durban, review, tenth, twentieth = ms
    assert (durban.place, durban.start, durban.end, durban.date_source) == (
        "Durban",
        "2001-08-31",
        "2001-09-08",
        "text",
    )
    assert (review.place, review.start, review.end, review.date_source) == (
        geneva,
        "2009-04-20",
        "2009-04-24",
        "text",
    )
    assert (tenth.start, tenth.date_source) == ("2011-09-22", "reference")
    assert (twentieth.start, twentieth.date_source) == ("2021-09-22", "reference")
    assert [m.order for m in ms] == [7, 8, 9, 10]
    assert all(m.clause == "PP4" and m.known and m.via == "name" for m in ms)
    for m in ms:
        assert text[m.span.start : m.span.end] == m.text


def test_seed_with_glued_footnote_markers_removed() -> None:
    """The seed prints "dixième 4  et vingtième5": markers are gone before this stage."""
    text = SEED_PP4_FR.replace("dixième et", "dixième  et")
    assert keys_of(find_conferences(text, language="fr"))[-2:] == [
        "durban-10th-2011",
        "durban-20th-2021",
    ]


def test_single_anniversary_with_its_date() -> None:
    text = (
        "the high-level meeting of the General Assembly to commemorate the tenth anniversary of "
        "the adoption of the Durban Declaration and Programme of Action, held on 22 September 2011,"
    )
    (m,) = find_conferences(text, language="en")
    assert (m.key, m.start, m.date_source) == ("durban-10th-2011", "2011-09-22", "text")


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        # No meeting word: the anniversary of the conference itself, not a meeting.
        (
            "la déclaration politique adoptée par la Commission de la condition de la femme à "
            "l’occasion du vingt-cinquième anniversaire de la quatrième Conférence mondiale sur "
            "les femmes",
            "fr",
            "beijing-1995",
        ),
        (
            "the high-level meeting of the General Assembly on the twenty-fifth anniversary of the "
            "Fourth World Conference on Women, held in New York on 1 October 2020",
            "en",
            "beijing-25th-2020",
        ),
        (
            "la reunión de alto nivel de la Asamblea General con motivo del 25º aniversario de la "
            "Cuarta Conferencia Mundial sobre la Mujer",
            "es",
            "beijing-25th-2020",
        ),
    ],
)
def test_anniversary_needs_a_meeting(text: str, lang: str, key: str) -> None:
    assert keys_of(find_conferences(text, language=lang)) == [key]


def test_anniversary_without_table_row_is_unknown() -> None:
    text = (
        "a high-level meeting to commemorate the fifteenth anniversary of the adoption of the "
        "Durban Declaration and Programme of Action"
    )
    (m,) = find_conferences(text, language="en")
    assert (m.key, m.known) == (None, False)


# --- outcome documents and names in three languages -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "key", "via"),
    [
        (
            "aux dispositions pertinentes de la Déclaration et du Programme d ’action de Vienne, "
            "adoptés le 25 juin 1993",
            "fr",
            "vienna-1993",
            "outcome",
        ),
        ("la Déclaration et le Programme d'action de Vienne", "fr", "vienna-1993", "outcome"),
        ("the Vienna Declaration and Programme of Action", "en", "vienna-1993", "outcome"),
        ("la Declaración y el Programa de Acción de Viena", "es", "vienna-1993", "outcome"),
        ("la Conférence mondiale sur les droits de\nl’homme", "fr", "vienna-1993", "name"),
        ("la Conferencia Mundial de Derechos Humanos", "es", "vienna-1993", "name"),
        ("la Déclaration et du Programme d’action de Durban", "fr", "durban-2001", "outcome"),
        ("la Déclaration du Millénaire qu’elle a adoptée", "fr", "millennium-2000", "outcome"),
        (
            "« Transformer notre monde : le Programme de développement durable à l’horizon 2030 »",
            "fr",
            "post2015-summit-2015",
            "outcome",
        ),
        ("the Addis Ababa Action Agenda", "en", "addis-ababa-2015", "outcome"),
        (
            "el Marco de Sendái para la Reducción del Riesgo de Desastres 2015-2030",
            "es",
            "sendai-2015",
            "outcome",
        ),
        ("the Copenhagen Declaration on Social Development", "en", "copenhagen-1995", "outcome"),
        ("the Beijing Declaration and Platform for Action", "en", "beijing-1995", "outcome"),
        ("la Declaración y Plataforma de Acción de Beijing", "es", "beijing-1995", "outcome"),
        ("the 2005 World Summit Outcome", "en", "world-summit-2005", "outcome"),
        ("el Documento Final de la Cumbre Mundial 2005", "es", "world-summit-2005", "outcome"),
        ("le Sommet mondial de 2005", "fr", "world-summit-2005", "name"),
        ("Rio+20", "en", "rio20-2012", "name"),
        ("the Durban Review Conference", "en", "durban-review-2009", "name"),
        ("the Monterrey Consensus", "en", "monterrey-2002", "outcome"),
        ("la Proclamation de Téhéran", "fr", "tehran-1968", "outcome"),
    ],
)
def test_names_and_outcomes(text: str, lang: str, key: str, via: str) -> None:
    (m,) = find_conferences(text, language=lang)
    assert (m.key, m.via, m.date_source) == (key, via, "reference")
    assert m.start == only(find_conferences(text, language=None), key).start


def test_language_none_tries_all_languages() -> None:
    assert keys_of(
        find_conferences("la Cumbre Mundial sobre Desarrollo Social", language=None)
    ) == ["copenhagen-1995"]


# --- look-alike names -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "keys"),
    [
        (
            "the third International Conference on Financing for Development",
            "en",
            ["addis-ababa-2015"],
        ),
        (
            "la quatrième Conférence internationale sur le financement du développement",
            "fr",
            ["seville-2025"],
        ),
        ("the International Conference on Financing for Development", "en", ["monterrey-2002"]),
        (
            "la Conférence internationale de suivi sur le financement du développement, chargée "
            "d’examiner la mise en œuvre du Consensus de Monterrey",
            "fr",
            ["doha-2008"],
        ),
        ("the Second World Summit for Social Development", "en", ["socdev2-2025"]),
        ("the World Summit for Social Development", "en", ["copenhagen-1995"]),
        # An edition the table lacks is not the first one.
        ("the Sixth International Conference on Financing for Development", "en", []),
        (
            "the International Conference on Human Rights, Civil Society and Counter-Terrorism",
            "en",
            [],
        ),
        ("the World Summit on the Information Society Forum from 13 to 17 March 2023", "en", []),
        # A list of known names is not one longer title.
        (
            "the International Conference on Financing for Development, Monterrey Consensus and "
            "Doha Declaration on Financing for Development",
            "en",
            ["monterrey-2002", "monterrey-2002", "doha-2008"],
        ),
    ],
)
def test_editions_and_longer_titles(text: str, lang: str, keys: list[str]) -> None:
    assert keys_of(find_conferences(text, language=lang)) == keys


@pytest.mark.parametrize(
    ("tail", "key"),
    [
        (", held in New York from 5 to 9 June 2017", "ocean-2017"),
        (", held in Lisbon from 27 June to 1 July 2022", "ocean-2022"),
        (" to be held in Nice, France, from 9 to 13 June 2025", "ocean-2025"),
    ],
)
def test_shared_name_is_resolved_by_the_dates(tail: str, key: str) -> None:
    name = (
        "the United Nations Conference to Support the Implementation of Sustainable Development "
        "Goal 14: Conserve and sustainably use the oceans, seas and marine resources for "
        "sustainable development"
    )
    (m,) = find_conferences(name + tail, language="en")
    assert (m.key, m.date_source) == (key, "text")


# --- dates and places: from the text or from the table --------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "key", "place", "start", "end", "source"),
    [
        (
            "Recordando también que en la Conferencia Mundial de Derechos Humanos, celebrada en "
            "Viena del 14 al 25 de junio de 1993, se pidió",
            "es",
            "vienna-1993",
            "Viena",
            "1993-06-14",
            "1993-06-25",
            "text",
        ),
        (
            "Report of the International Conference on Population and Development, Cairo, "
            "5–13 September 1994 (United Nations publication, Sales No. E.95.XIII.18)",
            "en",
            "cairo-1994",
            "Cairo",
            "1994-09-05",
            "1994-09-13",
            "text",
        ),
        (
            "Rapport du Sommet mondial pour le développement durable, Johannesburg (Afrique du "
            "Sud), 26 août-4 septembre 2002",
            "fr",
            "johannesburg-2002",
            "Johannesburg",
            "2002-08-26",
            "2002-09-04",
            "text",
        ),
        (
            "Welcoming the convening of the Summit of the Future on 22 and 23 September 2024 at "
            "United Nations Headquarters",
            "en",
            "summit-future-2024",
            "United Nations Headquarters",
            "2024-09-22",
            "2024-09-23",
            "text",
        ),
        (
            "Attendant avec intérêt la tenue de la quatrième Conférence internationale sur le "
            "financement du développement, du 30 juin au 3 juillet 2025 à Séville (Espagne),",
            "fr",
            "seville-2025",
            "Séville",
            "2025-06-30",
            "2025-07-03",
            "text",
        ),
        # Only the place is stated: the dates come from the table.
        (
            "la quatrième Conférence mondiale sur les femmes, tenue à Beijing en septembre 1995",
            "fr",
            "beijing-1995",
            "Beijing",
            "1995-09-04",
            "1995-09-15",
            "reference",
        ),
        # The date after "adopted by the Conference" is the adoption's, not the Conference's.
        (
            "the Beijing Declaration and Platform for Action, adopted by the Fourth World "
            "Conference on Women on 15 September 1995",
            "en",
            "beijing-1995",
            "Beijing",
            "1995-09-04",
            "1995-09-15",
            "reference",
        ),
    ],
)
def test_dates_from_text_or_reference(
    text: str, lang: str, key: str, place: str, start: str, end: str, source: str
) -> None:
    ms = [m for m in find_conferences(text, language=lang) if m.via == "name"]
    (m,) = ms
    assert (m.key, m.place, m.start, m.end, m.date_source) == (key, place, start, end, source)
    assert text[m.span.start : m.span.end] == m.text


def test_dates_after_an_outcome_are_not_the_conference_dates() -> None:
    text = (
        "the high-level meeting to review progress made in addressing the priorities of small "
        "island developing States through the implementation of the SAMOA Pathway on "
        "27 September 2019"
    )
    m = only(find_conferences(text, language="en"), "samoa-2014")
    assert (m.start, m.date_source, m.via) == ("2014-09-01", "reference", "outcome")


# --- conferences the table lacks ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "name", "place", "start", "end"),
    [
        (
            "Rappelant la Conférence mondiale des ministres de la jeunesse, tenue à Lisbonne du 8 "
            "au 12 août 1998,",
            "fr",
            "Conférence mondiale des ministres de la jeunesse",
            "Lisbonne",
            "1998-08-08",
            "1998-08-12",
        ),
        (
            "Recalling the World Conference of Ministers Responsible for Youth, held in Lisbon "
            "from 8 to 12 August 1998,",
            "en",
            "World Conference of Ministers Responsible for Youth",
            "Lisbon",
            "1998-08-08",
            "1998-08-12",
        ),
        (
            "Recordando la Conferencia Mundial de Ministros encargados de la Juventud, celebrada "
            "en Lisboa del 8 al 12 de agosto de 1998,",
            "es",
            "Conferencia Mundial de Ministros encargados de la Juventud",
            "Lisboa",
            "1998-08-08",
            "1998-08-12",
        ),
        (
            "the Eighteenth Summit of Heads of State or Government of Non-Aligned Countries, held "
            "in Baku on 25 and 26 October 2019,",
            "en",
            "Eighteenth Summit of Heads of State or Government of Non-Aligned Countries",
            "Baku",
            "2019-10-25",
            "2019-10-26",
        ),
    ],
)
def test_unknown_conference_is_reported(
    text: str, lang: str, name: str, place: str, start: str, end: str
) -> None:
    (m,) = find_conferences(text, language=lang)
    assert (m.key, m.known, m.name, m.place, m.start, m.end, m.date_source) == (
        None,
        False,
        name,
        place,
        start,
        end,
        "text",
    )
    assert "not in the reference table" in unknown_warning(m)


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        # the verb of "held in" is a whole word: "upheld" and "maintenu" hold it but are not it
        (
            "Recalling the World Conference on Ocean Governance, which upheld in Suva on 4 May "
            "2019 the principles of the Charter,",
            "en",
            [],
        ),
        (
            "Rappelant la Conférence mondiale sur la gouvernance des océans, qui a maintenu à "
            "Genève le 4 mai 2019 ses principes,",
            "fr",
            [],
        ),
        (
            "Recalling the World Conference on Ocean Governance, held in Suva on 4 May 2019,",
            "en",
            ["World Conference on Ocean Governance"],
        ),
        # nor does a name lose its last letters to an auxiliary ("a", "se") or a verb inside it
        (
            "Welcoming the International Conference on Libya convened on 19 January 2020,",
            "en",
            ["International Conference on Libya"],
        ),
        (
            "Rappelant la réunion de haut niveau sur le sida tenue à New York du 8 au 10 juin "
            "2016,",
            "fr",
            ["réunion de haut niveau sur le sida"],
        ),
        (
            "Rappelant la Conférence mondiale sur la gouvernance des océans, qui s'est tenue à "
            "Genève le 4 mai 2019,",
            "fr",
            ["Conférence mondiale sur la gouvernance des océans"],
        ),
    ],
)
def test_unknown_conference_needs_the_verb_as_a_word(
    text: str, lang: str, names: list[str]
) -> None:
    assert [m.name for m in find_conferences(text, language=lang)] == names


def test_known_outcome_inside_an_unknown_title_gives_way() -> None:
    """The fourth review conference is not in the table (A_RES_79_40 dates it 17-28 June 2024,
    A_RES_79_31 18-28 June 2024); the third is (`test_known_outcome_inside_a_known_title`)."""
    text = (
        "the Fourth United Nations Conference to Review Progress Made in the Implementation of the "
        "Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and "
        "Light Weapons in All Its Aspects, held in New York from 17 to 28 June 2024,"
    )
    (m,) = find_conferences(text, language="en")
    assert (m.known, m.start, m.end) == (False, "2024-06-17", "2024-06-28")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "the third United Nations Conference to Review Progress Made in the Implementation of "
            "the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small "
            "Arms and Light Weapons in All Its Aspects, held in New York from 18 to 29 June 2018,",
            "en",
        ),
        (
            "la troisième Conférence des Nations Unies chargée d’examiner les progrès accomplis "
            "dans l’exécution du Programme d’action en vue de prévenir, combattre et éliminer le "
            "commerce illicite des armes légères sous tous ses aspects (troisième Conférence "
            "d’examen), qui s’est tenue à New York du 18 au 29 juin 2018,",
            "fr",
        ),
    ],
)
def test_known_outcome_inside_a_known_title(text: str, lang: str) -> None:
    """The 2001 Programme of Action inside the review conference's title is part of the title."""
    (m,) = find_conferences(text, language=lang)
    assert (m.key, m.start, m.end) == ("smallarms-revcon3-2018", "2018-06-18", "2018-06-29")


def test_treaty_bodies_are_not_reported() -> None:
    text = (
        "the Conference of the Parties to the Convention on Biological Diversity, held in "
        "Kunming, China, from 11 to 15 October 2021"
    )
    assert find_conferences(text, language="en") == []


def test_known_name_after_known_as_is_kept() -> None:
    text = (
        "le document final de sa réunion plénière de haut niveau, dite Conférence mondiale sur "
        "les peuples autochtones, qui s’est tenue à New York les 22 et 23 septembre 2014"
    )
    (m,) = find_conferences(text, language="fr")
    assert (m.key, m.start, m.end) == ("wcip-2014", "2014-09-22", "2014-09-23")


# --- a known name inside a longer known name ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "the Declaration of the World Food Summit: five years later, adopted in Rome on "
            "13 June 2002",
            "en",
        ),
        (
            "la Déclaration du Sommet mondial de l’alimentation : cinq ans après, adoptée à Rome "
            "le 13 juin 2002",
            "fr",
        ),
        (
            "la Declaración de la Cumbre Mundial sobre la Alimentación: cinco años después, "
            "aprobada en Roma el 13 de junio de 2002",
            "es",
        ),
    ],
)
def test_five_years_later_is_not_the_1996_summit(text: str, lang: str) -> None:
    """The 1996 World Food Summit's name opens the title of the 2002 summit, which is its own
    row: the longer name wins, and the adoption date is not read as the meeting's."""
    (m,) = find_conferences(text, language=lang)
    assert (m.key, m.date_source) == ("wfs-fyl-2002", "reference")


def test_french_primary_health_care_conferences_of_1978_and_2018() -> None:
    """French names both conferences "Conférence internationale sur les soins de santé
    primaires": the 2018 one by its full title, or else by the dates that follow the name."""
    text = (
        "Rappelant la Déclaration d’Alma-Ata, faite lors de la Conférence internationale sur les "
        "soins de santé primaires tenue à Alma-Ata (Kazakhstan) du 6 au 12 septembre 1978, et la "
        "Déclaration d’Astana de la Conférence internationale sur les soins de santé primaires, "
        "« D’Alma-Ata à la couverture sanitaire universelle et aux objectifs de développement "
        "durable », tenue à Astana, les 25 et 26 octobre 2018,"
    )
    names = [m for m in find_conferences(text, language="fr") if m.via == "name"]
    assert [(m.key, m.start, m.date_source) for m in names] == [
        ("alma-ata-1978", "1978-09-06", "text"),
        ("astana-2018", "2018-10-25", "text"),
    ]
    short = (
        "la Conférence internationale sur les soins de santé primaires, tenue à Astana les 25 et "
        "26 octobre 2018"
    )
    (m,) = find_conferences(short, language="fr")
    assert (m.key, m.date_source) == ("astana-2018", "text")


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        (
            "the political declaration of the second high-level meeting of the General Assembly "
            "on universal health coverage",
            "en",
            "uhc-2023",
        ),
        (
            "la déclaration politique de la deuxième réunion de haut niveau sur la couverture "
            "sanitaire universelle",
            "fr",
            "uhc-2023",
        ),
        (
            "la declaración política de la segunda reunión de alto nivel sobre la cobertura "
            "sanitaria universal",
            "es",
            "uhc-2023",
        ),
        (
            "the political declaration of the second high-level meeting of the General Assembly "
            "on the fight against tuberculosis",
            "en",
            "tb-2023",
        ),
        (
            "les déclarations politiques issues de sa deuxième réunion de haut niveau sur la lutte "
            "contre la tuberculose",
            "fr",
            "tb-2023",
        ),
        (
            "la declaración política de la reunión de alto nivel sobre la cobertura sanitaria "
            "universal",
            "es",
            "uhc-2019",
        ),
        (
            "adopted on 8 June 2016 at the high-level meeting of the General Assembly on HIV and "
            "AIDS, and underscores",
            "en",
            "hiv-2016",
        ),
        (
            "adoptée le 8 juin 2021 à sa réunion de haut niveau sur le VIH et le sida, et souligne",
            "fr",
            "hiv-2021",
        ),
        (
            "seguimiento de la reunión de alto nivel de 2013 de la Asamblea General sobre el "
            "desarme nuclear",
            "es",
            "nuclear-disarmament-2013",
        ),
    ],
)
def test_high_level_meetings_of_one_series(text: str, lang: str, key: str) -> None:
    """The meetings of one series share their names: an ordinal ("second", "deuxième") or the
    year chooses the row, and without them the first meeting is taken."""
    (m,) = find_conferences(text, language=lang)
    assert (m.key, m.date_source) == (key, "reference")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Recalling the adoption of the political declaration of the high-level meeting of the "
            "General Assembly on antimicrobial resistance, and in this regard",
            "en",
        ),
        (
            "the high-level meeting of the General Assembly on the prevention and control of "
            "non-communicable diseases",
            "en",
        ),
        (
            "the fourth high-level meeting of the General Assembly on the prevention and control "
            "of non-communicable diseases",
            "en",
        ),
        (
            "la cuarta reunión de alto nivel de la Asamblea General sobre la prevención y el "
            "control de las enfermedades no transmisibles",
            "es",
        ),
    ],
)
def test_high_level_meetings_the_table_lacks(text: str, lang: str) -> None:
    """The 2016 meeting on antimicrobial resistance and the NCD meetings other than the third
    are not rows: they are not read as the 2024 meeting or the 2018 one."""
    assert find_conferences(text, language=lang) == []


def test_health_meetings_of_one_sentence_keep_their_own_dates() -> None:
    """A_RES_79_227 lists five health meetings, each with its date."""
    text = (
        "Recalling the high-level meeting on pandemic prevention, preparedness and response, "
        "held in New York on 20 September 2023, the high-level meeting on universal health "
        "coverage, held in New York on 21 September 2023, the high-level meeting of the General "
        "Assembly on the fight against tuberculosis, held in New York on 22 September 2023, and "
        "its outcome, and the third high-level meeting of the Assembly on the prevention and "
        "control of non‑communicable diseases, held in New York on 27 September 2018, and its "
        "political declaration, looking forward to the upcoming high-level meeting on "
        "non‑communicable diseases in September 2025, welcoming the high-level meeting on "
        "antimicrobial resistance, held in New York on 26 September 2024,"
    )
    assert [(m.key, m.start, m.date_source) for m in find_conferences(text, language="en")] == [
        ("ppr-2023", "2023-09-20", "text"),
        ("uhc-2023", "2023-09-21", "text"),
        ("tb-2023", "2023-09-22", "text"),
        ("ncd-2018", "2018-09-27", "text"),
        ("amr-2024", "2024-09-26", "text"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "the outcome document of the high-level meeting of the General Assembly on the overall "
            "review of the implementation of the outcomes of the World Summit on the Information "
            "Society, held in New York on 15 and 16 December 2015",
            "en",
        ),
        (
            "le document final de sa réunion de haut niveau sur l’examen d’ensemble de la mise en "
            "œuvre des textes issus du Sommet mondial sur la société de l’information, tenue à New "
            "York les 15 et 16 décembre 2015",
            "fr",
        ),
        (
            "el documento final de su reunión de alto nivel sobre el examen general de la "
            "aplicación de los resultados de la Cumbre Mundial sobre la Sociedad de la "
            "Información, celebrada en Nueva York los días 15 y 16 de diciembre de 2015",
            "es",
        ),
    ],
)
def test_wsis_review_is_not_the_summit(text: str, lang: str) -> None:
    """The 2015 review meeting's title holds the name of the World Summit on the Information
    Society (2003-2005): the longer name wins and takes the dates."""
    (m,) = find_conferences(text, language=lang)
    assert (m.key, m.start, m.end, m.date_source) == (
        "wsis-review-2015",
        "2015-12-15",
        "2015-12-16",
        "text",
    )


# --- Russian: declined names, places and dates --------------------------------------------------

#: One form of a row declined through the cases: nominative, genitive, dative, accusative,
#: instrumental, prepositional (as the corpus prints them, or as Russian declines them).
RU_DECLINED = [
    (
        "vienna-1993",
        "name",
        [
            "Всемирная конференция по правам человека",
            "Всемирной конференции по правам человека",
            "Всемирную конференцию по правам человека",
            "Всемирной конференцией по правам человека",
        ],
    ),
    (
        "vienna-1993",
        "outcome",
        [
            "Венская декларация и Программа действий",
            "Венской декларации и Программы действий",
            "Венскую декларацию и Программу действий",
            "Венской декларацией и Программой действий",
        ],
    ),
    (
        "beijing-1995",
        "outcome",
        [
            "Пекинская декларация и Платформа действий",
            "Пекинской декларации и Платформы действий",
            "Пекинскую декларацию и Платформу действий",
            "Пекинской декларацией и Платформой действий",
        ],
    ),
    (
        "durban-2001",
        "name",
        [
            "Всемирная конференция по борьбе против расизма, расовой дискриминации, ксенофобии и "
            "связанной с ними нетерпимости",
            "Всемирной конференции по борьбе против расизма, расовой дискриминации, ксенофобии и "
            "связанной с ними нетерпимости",
            "Всемирную конференцию по борьбе против расизма, расовой дискриминации, ксенофобии и "
            "связанной с ними нетерпимости",
            "Всемирной конференцией по борьбе против расизма, расовой дискриминации, ксенофобии "
            "и связанной с ними нетерпимости",
        ],
    ),
    (
        "monterrey-2002",
        "outcome",
        [
            "Монтеррейский консенсус",
            "Монтеррейского консенсуса",
            "Монтеррейскому консенсусу",
            "Монтеррейским консенсусом",
            "Монтеррейском консенсусе",
        ],
    ),
    (
        "world-summit-2005",
        "name",
        [
            "Всемирный саммит 2005 года",
            "Всемирного саммита 2005 года",
            "Всемирному саммиту 2005 года",
            "Всемирным саммитом 2005 года",
            "Всемирном саммите 2005 года",
        ],
    ),
    (
        "copenhagen-1995",
        "name",
        [
            "Всемирная встреча на высшем уровне в интересах социального развития",
            "Всемирной встречи на высшем уровне в интересах социального развития",
            "Всемирную встречу на высшем уровне в интересах социального развития",
            "Всемирной встречей на высшем уровне в интересах социального развития",
            "Всемирной встрече на высшем уровне в интересах социального развития",
        ],
    ),
    (
        "post2015-summit-2015",
        "outcome",
        [
            "Повестка дня в области устойчивого развития на период до 2030 года",
            "Повестки дня в области устойчивого развития на период до 2030 года",
            "Повестку дня в области устойчивого развития на период до 2030 года",
            "Повесткой дня в области устойчивого развития на период до 2030 года",
            "Повестке дня в области устойчивого развития на период до 2030 года",
        ],
    ),
]
RU_DECLINED_CASES = [
    pytest.param(key, via, text, id=f"{key}-{via}-{i}")
    for key, via, forms in RU_DECLINED
    for i, text in enumerate(forms)
]


@pytest.mark.parametrize(("key", "via", "text"), RU_DECLINED_CASES)
def test_russian_forms_decline(key: str, via: str, text: str) -> None:
    """A Russian name or outcome is found in every case it takes, and in a sentence, and with
    ``language=None`` too."""
    for sentence in (text, f"ссылаясь на {text}, в частности,"):
        (m,) = find_conferences(sentence, language="ru")
        assert (m.key, m.via, m.date_source, m.text) == (key, via, "reference", text)
    assert only(find_conferences(text, language=None), key).via == via


@pytest.mark.parametrize(
    ("text", "key", "place", "start", "end"),
    [
        # the date before the place, and a country after a comma (A_RES_77_213)
        (
            "напоминая также о Всемирной конференции по борьбе против расизма, расовой "
            "дискриминации, ксенофобии и связанной с ними нетерпимости, проходившей 31 августа — "
            "8 сентября 2001 года в Дурбане, Южная Африка, и Конференции по обзору Дурбанского "
            "процесса",
            "durban-2001",
            "Дурбане",
            "2001-08-31",
            "2001-09-08",
        ),
        (
            "и Конференции по обзору Дурбанского процесса, проходившей 20–24 апреля 2009 года в "
            "Женеве, ссылаясь на политические декларации",
            "durban-review-2009",
            "Женеве",
            "2009-04-20",
            "2009-04-24",
        ),
        # the place before the date (A_RES_77_214)
        (
            "что на Всемирной конференции по правам человека, состоявшейся в Вене 14–25 июня 1993 "
            "года, было подтверждено",
            "vienna-1993",
            "Вене",
            "1993-06-14",
            "1993-06-25",
        ),
        # "с ... по ..." and a relative clause
        (
            "четвертую Всемирную конференцию по положению женщин, которая проходила в Пекине с 4 "
            "по 15 сентября 1995 года",
            "beijing-1995",
            "Пекине",
            "1995-09-04",
            "1995-09-15",
        ),
        # a footnote: place in the nominative, then the dates (A_RES_77_12)
        (
            "Доклад четвертой Всемирной конференции по положению женщин, Пекин, 4–15 сентября "
            "1995 года (издание Организации Объединенных Наций, в продаже под № R.96.IV.13)",
            "beijing-1995",
            "Пекин",
            "1995-09-04",
            "1995-09-15",
        ),
        # a short form in parentheses, "которая проходила в X, Y, dates" (A_RES_77_150)
        (
            "принятую на Конференции Организации Объединенных Наций по жилью и устойчивому "
            "городскому развитию (Хабитат III), которая проходила в Кито, Эквадор, 17–20 октября "
            "2016 года,",
            "habitat3-2016",
            "Кито",
            "2016-10-17",
            "2016-10-20",
        ),
        # "которая была проведена dates в X" (A_RES_77_152)
        (
            "итоговый документ Международной конференции по последующей деятельности в области "
            "финансирования развития для обзора хода осуществления Монтеррейского консенсуса, "
            "которая была проведена 29 ноября — 2 декабря 2008 года в Дохе",
            "doha-2008",
            "Дохе",
            "2008-11-29",
            "2008-12-02",
        ),
    ],
)
def test_russian_place_and_dates_from_the_text(
    text: str, key: str, place: str, start: str, end: str
) -> None:
    m = only([m for m in find_conferences(text, language="ru") if m.via == "name"], key)
    assert (m.place, m.start, m.end, m.date_source) == (place, start, end, "text")
    assert text[m.span.start : m.span.end] == m.text
    assert m.text.endswith("года") or m.text.endswith(place)


def test_russian_adoption_date_is_not_the_conference_date() -> None:
    """A_RES_77_204: the date belongs to "принятых" (adopted), before the Conference's name."""
    text = (
        "Дурбанской декларации и Программы действий, принятых 8 сентября 2001 года Всемирной "
        "конференцией по борьбе против расизма, расовой дискриминации, ксенофобии и связанной с "
        "ними нетерпимости , в частности пункт 2 Декларации"
    )
    ms = find_conferences(text, language="ru")
    assert [(m.key, m.via, m.date_source) for m in ms] == [
        ("durban-2001", "outcome", "reference"),
        ("durban-2001", "name", "reference"),
    ]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # the longer name wins: the 2002 summit's title holds the 1996 summit's (A_RES_77_217)
        (
            "Декларации Всемирной встречи на высшем уровне по проблемам продовольствия: пять лет "
            "спустя, принятой в Риме 13 июня 2002 года",
            ["wfs-fyl-2002"],
        ),
        (
            "Плана действий Всемирной встречи на высшем уровне по проблемам продовольствия",
            ["wfs-1996"],
        ),
        # the review meeting's title holds the summit's name (A_RES_77_211)
        (
            "итоговый документ совещания высокого уровня Генеральной Ассамблеи, посвященного "
            "общему обзору хода осуществления решений Всемирной встречи на высшем уровне по "
            "вопросам информационного общества",
            ["wsis-review-2015"],
        ),
        (
            "решений Всемирной встречи на высшем уровне по вопросам информационного общества",
            ["wsis-2003-2005"],
        ),
        # the Doha conference's title holds the Monterrey Consensus (A_RES_77_179)
        (
            "Международной конференции по последующей деятельности в области финансирования "
            "развития для обзора хода осуществления Монтеррейского консенсуса",
            ["doha-2008"],
        ),
        # the Mauritius Strategy's title holds the Barbados Programme of Action (A_RES_77_245)
        (
            "Маврикийской стратегии по дальнейшему осуществлению Программы действий по "
            "обеспечению устойчивого развития малых островных развивающихся государств",
            ["mauritius-2005"],
        ),
        # an ordinal chooses the edition, or none the table has
        ("третьей Международной конференции по финансированию развития", ["addis-ababa-2015"]),
        ("четвертой Международной конференции по финансированию развития", ["seville-2025"]),
        ("Международной конференции по финансированию развития", ["monterrey-2002"]),
        ("шестой Международной конференции по финансированию развития", []),
        # a name keeps its number: the series is not one conference (A_RES_77_156)
        ("по итогам международных конференций по финансированию развития", []),
        # the first part of a compound does not decline: Almaty is not Alma-Ata (A_RES_77_286)
        ("Алматинская декларация", ["almaty-2003"]),
        ("Алма-Атинскую декларацию", ["alma-ata-1978"]),
        # Habitat II is not Habitat III
        (
            "Конференции Организации Объединенных Наций по населенным пунктам (Хабитат II)",
            ["habitat2-1996"],
        ),
        (
            "Конференции Организации Объединенных Наций по жилью и устойчивому городскому "
            "развитию (Хабитат III)",
            ["habitat3-2016"],
        ),
        # English names are not looked for in Russian text
        ("the Vienna Declaration and Programme of Action", []),
    ],
)
def test_russian_look_alike_names(text: str, keys: list[str]) -> None:
    assert keys_of(find_conferences(text, language="ru")) == keys


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # the year before the name, as Russian puts it (A_RES_77_212)
        (
            "принятую 8 июня 2021 года на заседании высокого уровня Генеральной Ассамблеи по ВИЧ "
            "и СПИДу",
            "hiv-2021",
        ),
        (
            "итоговый документ состоявшегося в 2016 году пленарного заседания высокого уровня "
            "Ассамблеи по ВИЧ и СПИДу",
            "hiv-2016",
        ),
        # an ordinal (A_RES_77_179), or nothing: the first meeting
        (
            "проведения второго заседания высокого уровня по вопросу о всеобщем охвате услугами "
            "здравоохранения",
            "uhc-2023",
        ),
        (
            "политическую декларацию заседания высокого уровня по вопросу о всеобщем охвате "
            "услугами здравоохранения",
            "uhc-2019",
        ),
    ],
)
def test_russian_meetings_of_one_series(text: str, key: str) -> None:
    (m,) = find_conferences(text, language="ru")
    assert m.key == key


def test_russian_anniversary_meetings() -> None:
    """A_RES_77_213: the meetings that commemorated the tenth and twentieth anniversaries."""
    text = (
        "ссылаясь на политические декларации совещаний Генеральной Ассамблеи высокого уровня в "
        "ознаменование десятой и двадцатой годовщин принятия Дурбанской декларации и Программы "
        "действий и напоминая об их роли"
    )
    ms = find_conferences(text, language="ru")
    assert [(m.key, m.start, m.date_source) for m in ms] == [
        ("durban-10th-2011", "2011-09-22", "reference"),
        ("durban-20th-2021", "2021-09-22", "reference"),
    ]
    assert ms[0].text.startswith("ознаменование десятой")
    assert ms[0].name.startswith("совещание Генеральной Ассамблеи высокого уровня")


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("конференция", "конференц"),
        ("Всемирная", "всемирн"),
        ("саммит", "саммит"),
        ("Объединенных", "объединенн"),
        ("годы", "год"),
        ("дня", "дня"),  # too short a stem: the word stands as written
        ("по", "по"),
        ("Conference", "conference"),
    ],
)
def test_russian_stems(word: str, stem: str) -> None:
    assert conferences._stem(fold(word)) == stem


# --- Chinese: names without spaces, places and dates before the name ---------------------------

#: Chinese forms as the corpus prints them (GA session 77): in title marks or not, a coordinated
#: title printed as two titles, a short form in brackets, a year before the name.
ZH_FORMS = [
    # (text, key, via)
    ("回顾第四次妇女问题世界会议的成果", "beijing-1995", "name"),
    ("重申《北京宣言》和《行动纲要》", "beijing-1995", "outcome"),  # A_RES_77_196: two titles
    ("《北京宣言》 和《行动纲要》", "beijing-1995", "outcome"),  # a footnote mark's space
    ("《北京宣言和行动纲要》", "beijing-1995", "outcome"),
    ("《北京行动纲要》", "beijing-1995", "outcome"),
    ("还重申《2030年可持续发展议程》", "post2015-summit-2015", "outcome"),
    ("题为“变革我们的世界：2030年可持续发展议程”的第70/1号决议", "post2015-summit-2015", "outcome"),
    ("《维也纳宣言和行动纲领》", "vienna-1993", "outcome"),
    ("《内陆发展中国家2014-2024年十年维也纳行动纲领》", "lldc2-2014", "outcome"),
    (
        "《内陆发展中国家2014－2024年十年维也纳行动纲领》",
        "lldc2-2014",
        "outcome",
    ),  # full-width dash
    ("《小岛屿发展中国家快速行动方式》(《萨摩亚途径》)", "samoa-2014", "outcome"),  # A_RES_77_160
    (
        "《小岛屿发展中国家快速行动方式（萨摩亚途径）》",
        "samoa-2014",
        "outcome",
    ),  # full-width brackets
    ("联合国住房和城市可持续发展大会(人居三大会)2016年在基多通过的", "habitat3-2016", "name"),
    ("联合国人类住区会议(人居二)", "habitat2-1996", "name"),
    ("还重申2005年世界首脑会议作出的承诺", "world-summit-2005", "name"),  # A_RES_77_223
    ("重申2005年世界首脑会议成果", "world-summit-2005", "outcome"),
    ("认识到正如2018年纳尔逊·曼德拉和平峰会所通过的政治宣言所述", "mandela-2018", "name"),
    ("纳尔逊・曼德拉和平峰会", "mandela-2018", "name"),  # a Japanese middle dot
    ("以执行《维也纳行动纲领》", "lldc2-2014", "outcome"),
]


@pytest.mark.parametrize(("text", "key", "via"), ZH_FORMS)
def test_chinese_forms(text: str, key: str, via: str) -> None:
    """A Chinese form is found inside a run of characters (no space sets it apart), with
    ``language="zh"`` and with ``language=None``, and its text is the form as printed."""
    (m,) = find_conferences(text, language="zh")
    assert (m.key, m.via) == (key, via)
    assert text[m.span.start : m.span.end] == m.text and "《" not in m.text[:1]
    assert [(n.key, n.via) for n in find_conferences(text, language=None)] == [(key, via)]


@pytest.mark.parametrize(
    ("text", "key", "place", "start", "end"),
    [
        # the date, "在" and the place, the verb "举行的", the name (A_RES_77_213)
        (
            "还回顾2001年8月31日至9月8日在南非德班举行的反对种族主义、种族歧视、仇外心理和相关不容忍行为"
            "世界会议、",
            "durban-2001",
            "南非德班",
            "2001-08-31",
            "2001-09-08",
        ),
        # a range within a month, after another mention (A_RES_77_213)
        (
            "世界会议、2009年4月20日至24日在日内瓦举行的德班审查会议和",
            "durban-review-2009",
            "日内瓦",
            "2009-04-20",
            "2009-04-24",
        ),
        # "于" before the date, the verb with no "的" (A_RES_77_248)
        (
            "于2014年11月3日至5日在维也纳举行的第二次联合国内陆发展中国家问题会议通过了",
            "lldc2-2014",
            "维也纳",
            "2014-11-03",
            "2014-11-05",
        ),
        # two days joined by "和", "召开的" (A_RES_77_176, A_RES_77_128)
        (
            "回顾2018年12月10日和11日在摩洛哥马拉喀什举行的通过安全、有序和正常移民全球契约政府间会议",
            "marrakech-2018",
            "摩洛哥马拉喀什",
            "2018-12-10",
            "2018-12-11",
        ),
        (
            "欢迎2018年9月24日召开的纳尔逊·曼德拉和平峰会通过的《政治宣言》",
            "mandela-2018",
            "New York",  # no place in the sentence: the table's
            "2018-09-24",
            "2018-09-24",
        ),
        # "日" only after the last day, as A_RES_77_217 prints it
        (
            "2014年11月19至21日在罗马举行的第二次国际营养会议",
            "icn2-2014",
            "罗马",
            "2014-11-19",
            "2014-11-21",
        ),
        # an ordinal between the verb and the name (A_RES_77_179)
        (
            "回顾2019年9月23日在纽约举行的首次全民健康覆盖问题高级别会议题为",
            "uhc-2019",
            "纽约",
            "2019-09-23",
            "2019-09-23",
        ),
        # a footnote: the report's title, "的报告，" then the dates and the place (A_RES_77_12)
        (
            "《第四次妇女问题世界会议的报告，1995年9月4日至15日，北京》(联合国出版物，出售品编号：C.96.IV.13)",
            "beijing-1995",
            "北京",
            "1995-09-04",
            "1995-09-15",
        ),
        # across two months, a country and a city (A_RES_77_163)
        (
            "《小岛屿发展中国家可持续发展全球会议的报告，1994年4月25日至5月6日，巴巴多斯布里奇敦》",
            "barbados-1994",
            "巴巴多斯布里奇敦",
            "1994-04-25",
            "1994-05-06",
        ),
        # the name and a comma, no "报告"; a subtitle after the place (A_RES_77_218)
        (
            "见《第八届联合国预防犯罪和罪犯待遇大会，1990年8月27日至9月7日，哈瓦那：秘书处编写的报告》",
            "crime-congress8-1990",
            "哈瓦那",
            "1990-08-27",
            "1990-09-07",
        ),
        # the country, a comma and the city (A_RES_77_248)
        (
            "《内陆和过境发展中国家与捐助国及国际金融和发展机构过境运输合作问题国际部长级会议的报告，"
            "2003年8月28日和29日，哈萨克斯坦，阿拉木图》",
            "almaty-2003",
            "哈萨克斯坦，阿拉木图",
            "2003-08-28",
            "2003-08-29",
        ),
    ],
)
def test_chinese_place_and_dates_from_the_text(
    text: str, key: str, place: str, start: str, end: str
) -> None:
    m = only([m for m in find_conferences(text, language="zh") if m.via == "name"], key)
    assert (m.place, m.start, m.end, m.date_source) == (place, start, end, "text")
    assert text[m.span.start : m.span.end] == m.text
    assert m.name in m.text and m.name != m.text


@pytest.mark.parametrize(
    ("text", "key", "place"),
    [
        # the place without a date: the table's dates, the text's place (A_RES_77_212)
        ("强调指出1993年在维也纳举行的世界人权会议具有重要意义", "vienna-1993", "维也纳"),
        ("期待2023年在纽约举行全民健康覆盖问题高级别会议", "uhc-2023", "纽约"),
    ],
)
def test_chinese_place_without_dates(text: str, key: str, place: str) -> None:
    (m,) = find_conferences(text, language="zh")
    assert (m.key, m.place, m.date_source) == (key, place, "reference")


@pytest.mark.parametrize(
    ("text", "key", "start"),
    [
        # "在 ... 主持下" (under the auspices of) is no place: the dates alone, as A_RES_77_164
        # prints them before the forum the summit is
        (
            "2019年9月24日和25日在大会主持下召开的可持续发展目标峰会",
            "sdg-summit-2019",
            "2019-09-24",
        ),
        # "在线" (online) is no place
        ("2019年9月24日在线举行的可持续发展目标峰会", "sdg-summit-2019", "2019-09-24"),
    ],
)
def test_chinese_dates_without_place(text: str, key: str, start: str) -> None:
    (m,) = find_conferences(text, language="zh")
    assert (m.key, m.place, m.start, m.date_source) == (key, "New York", start, "text")


def test_chinese_organizers_between_date_and_verb_are_not_read() -> None:
    """A_RES_77_217: the organizers stand between the date and "在罗马主办的" (hosted in Rome):
    the head is not read, and the table gives the dates."""
    text = "2014年11月19至21日世界卫生组织和联合国粮食及农业组织在罗马主办的第二次国际营养会议"
    (m,) = find_conferences(text, language="zh")
    assert (m.key, m.start, m.date_source, m.text) == (
        "icn2-2014",
        "2014-11-19",
        "reference",
        "第二次国际营养会议",
    )


@pytest.mark.parametrize(
    "text",
    [
        # the date of the adoption, before the outcome (A_RES_77_204)
        "回顾反对种族主义、种族歧视、仇外心理和相关不容忍行为世界会议2001年9月8日通过的《德班宣言和行动纲领》",
        "大会2001年9月8日通过的《德班宣言和行动纲领》",
        # a date with no verb of "held" before the name
        "2001年9月8日反对种族主义、种族歧视、仇外心理和相关不容忍行为世界会议通过",
    ],
)
def test_chinese_adoption_date_is_not_the_conference_date(text: str) -> None:
    ms = find_conferences(text, language="zh")
    assert ms and all(m.key == "durban-2001" and m.date_source == "reference" for m in ms)
    assert all(m.text == m.name for m in ms)


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # the longer name wins: the 2002 summit's title holds the 1996 summit's (A_RES_77_217)
        ("《世界粮食首脑会议：五年之后宣言》", ["wfs-fyl-2002"]),
        ("《世界粮食首脑会议行动计划》", ["wfs-1996"]),
        # the review meeting's title holds the summit's name (A_RES_77_150)
        ("又重申信息社会世界峰会成果执行情况全面审查大会高级别会议成果文件", ["wsis-review-2015"]),
        # the WSIS Forum is not the summit (A_RES_77_150)
        ("每年联合举办信息社会世界峰会论坛", []),
        # the Doha outcome and conference hold the Monterrey Consensus (A_RES_77_179)
        (
            "《发展筹资问题多哈宣言：审查蒙特雷共识执行情况的发展筹资问题后续国际会议结果文件》",
            ["doha-2008", "doha-2008"],
        ),
        ("《发展筹资问题国际会议蒙特雷共识》", ["monterrey-2002", "monterrey-2002"]),
        # the Mauritius Strategy's title holds the Barbados Programme of Action (A_RES_77_163)
        ("《关于进一步执行小岛屿发展中国家可持续发展行动纲领的毛里求斯战略》", ["mauritius-2005"]),
        # the Kyoto Declaration's title holds the 2030 Agenda, in its inner title marks
        (
            "《关于推进预防犯罪、刑事司法和法治：努力实现〈2030年可持续发展议程〉的京都宣言》",
            ["crime-congress14-2021"],
        ),
        (
            "《关于推进预防犯罪、刑事司法和法治：努力实现<2030年可持续发展议程>的京都宣言》",
            ["crime-congress14-2021"],
        ),
        # an ordinal chooses the edition, or none the table has (A_RES_77_156)
        ("第三次发展筹资问题国际会议", ["addis-ababa-2015"]),
        ("决定考虑在2025年召开第四次发展筹资问题国际会议", ["seville-2025"]),
        ("发展筹资问题国际会议", ["monterrey-2002"]),
        ("第六次发展筹资问题国际会议", []),
        ("首次全民健康覆盖问题高级别会议", ["uhc-2019"]),
        ("第二次全民健康覆盖问题高级别会议", ["uhc-2023"]),
        ("第十四届联合国预防犯罪和刑事司法大会", ["crime-congress14-2021"]),
        # Habitat II is not Habitat III
        ("人居二", ["habitat2-1996"]),
        ("人居三", ["habitat3-2016"]),
        # Russian and English names are not looked for in Chinese text, nor Chinese in theirs
        ("the Vienna Declaration and Programme of Action", []),
        ("Венская декларация и Программа действий", []),
    ],
)
def test_chinese_look_alike_names(text: str, keys: list[str]) -> None:
    assert keys_of(find_conferences(text, language="zh")) == keys


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru"])
def test_chinese_names_are_not_looked_for_in_other_languages(lang: str) -> None:
    text = "重申《北京宣言》和《行动纲要》以及2005年世界首脑会议成果"
    assert find_conferences(text, language=lang) == []


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a year just before the name tells the editions apart (A_RES_77_181, A_RES_77_164)
        ("重申2019年全民健康覆盖问题高级别会议政治宣言", "uhc-2019"),
        (
            "期待与大会主持召开的2023年可持续发展目标峰会 接连举行的发展筹资高级别对话",
            "sdg-summit-2023",
        ),
        ("还欢迎2019年9月24日和25日在纽约举行的可持续发展目标首脑会议", "sdg-summit-2019"),
        # the dates read before the name (A_RES_77_14), an ordinal (A_RES_77_242)
        ("积极参加了2022年6月27日至7月1日在里斯本举行的联合国海洋会议", "ocean-2022"),
        (
            "第一次联合国支持落实可持续发展目标14：即保护和可持续利用海洋和海洋资源以促进可持续发展会议",
            "ocean-2017",
        ),
        (
            "决定2025年6月在法国召开2025年联合国支持落实可持续发展目标14：即保护和可持续利用海洋和海洋资源以促进可持续发展高级别会议",
            "ocean-2025",
        ),
        # a date of adoption just after the name (A_RES_77_212)
        ("艾滋病毒和艾滋病问题大会高级别会议2021年6月8日通过的", "hiv-2021"),
        ("2016年大会关于艾滋病毒和艾滋病问题的高级别全体会议", "hiv-2016"),
        # no year: the first of the rows
        ("全民健康覆盖问题高级别会议", "uhc-2019"),
    ],
)
def test_chinese_meetings_of_one_series(text: str, key: str) -> None:
    (m,) = find_conferences(text, language="zh")
    assert m.key == key


@pytest.mark.parametrize(
    ("text", "keys", "mention"),
    [
        # the meetings that commemorated the tenth and twentieth anniversaries (A_RES_77_213)
        (
            "德班审查会议和纪念《德班宣言和行动纲领》通过十周年 和二十周年 "
            "的大会高级别会议政治宣言",
            ["durban-review-2009", "durban-10th-2011", "durban-20th-2021"],
            "纪念《德班宣言和行动纲领》通过十周年 和二十周年 的大会高级别会议",
        ),
        # the meeting word after the phrase (A_RES_77_205)
        (
            "继续监督《德班宣言和行动纲领》以及德班审查会议和纪念《德班宣言和行动纲领》通过二十周年会议的成果",
            ["durban-2001", "durban-review-2009", "durban-20th-2021"],
            "纪念《德班宣言和行动纲领》通过二十周年会议",
        ),
        # "纪念" before, no meeting word after: still the meeting (A_RES_77_205)
        (
            "大会高级别会议，纪念《德班宣言和行动纲领》通过二十周年，主题为",
            ["durban-20th-2021"],
            "纪念《德班宣言和行动纲领》通过二十周年",
        ),
        # an anniversary without a meeting is the outcome's (A_RES_77_213)
        (
            "欢迎2023年将是世界人权会议通过《维也纳宣言和行动纲领》三十周年",
            ["vienna-1993", "vienna-1993"],
            "维也纳宣言和行动纲领",
        ),
    ],
)
def test_chinese_anniversary_meetings(text: str, keys: list[str], mention: str) -> None:
    ms = find_conferences(text, language="zh")
    assert keys_of(ms) == keys
    assert ms[-1].text == mention
    for m in ms:
        if m.key in ("durban-10th-2011", "durban-20th-2021"):
            assert m.date_source == "reference" and m.name.startswith("纪念《德班宣言和行动纲领》")


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("三", 3),
        ("十", 10),
        ("十四", 14),
        ("二十", 20),
        ("二十五", 25),
        ("一百零一", 101),
        ("14", 14),
    ],
)
def test_chinese_numbers(numeral: str, value: int) -> None:
    assert conferences._han_number(numeral) == value


@pytest.mark.parametrize(
    "text",
    [
        "2019年2月30日在纽约举行的世界人权会议",  # no such day
        "2019年9月24在纽约举行的世界人权会议",  # a day without "日"
        "2019年9月25日至24日在纽约举行的世界人权会议",  # a range that ends before it starts
    ],
)
def test_chinese_dates_that_are_none(text: str) -> None:
    (m,) = find_conferences(text, language="zh")
    assert (m.key, m.date_source, m.start) == ("vienna-1993", "reference", "1993-06-14")


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("执行2015-2030年仙台减少灾害风险框架", "2015-2030年仙台减少灾害风险框架"),
        ("执行《2015-2030年仙台减少灾害风险框架》", "2015-2030年仙台减少灾害风险框架"),
        ("回顾2005年世界首脑会议成果", "2005年世界首脑会议成果"),
        # a number glued to a Latin letter is no start: the shorter form
        ("a2015-2030年仙台减少灾害风险框架", "仙台减少灾害风险框架"),
    ],
)
def test_chinese_form_that_opens_with_a_number(text: str, form: str) -> None:
    """A Chinese form may open with a number, next to a Han character."""
    (m,) = find_conferences(text, language="zh")
    assert m.text == form


def test_every_chinese_form_opens_with_a_word() -> None:
    """A Chinese form is tried only where its first run of characters stands (`_han_starts`)."""
    forms = conferences._compiled("zh")
    assert sum(forms.chinese) > 150
    assert all(opener for opener, zh in zip(forms.openers, forms.chinese, strict=True) if zh)
    assert not any(conferences._compiled("en").chinese)


# --- Arabic: prefixes glued to a name, places and dates after it --------------------------------

#: Arabic forms as the corpus prints them (GA session 77): after the letters Arabic glues to a
#: word ("و", "ب", "ل") and with "لل" for "ل" and the article; with marks and the tatweel; with
#: and without the hamza; the mention's text is the name, without the prefix.
AR_FORMS = [
    # (text, key, via, mention)
    (
        "وإذ تشير إلى المؤتمر العالمي الرابع المعني بالمرأة",
        "beijing-1995",
        "name",
        "المؤتمر العالمي الرابع المعني بالمرأة",
    ),
    (
        "والمؤتمر العالمي الرابع المعني بالمرأة",
        "beijing-1995",
        "name",
        "المؤتمر العالمي الرابع المعني بالمرأة",
    ),
    # "ل" and the article print "لل" (A_RES_77_181)
    (
        "للمؤتمر الدولي للسكان والتنمية",
        "cairo-1994",
        "name",
        "لمؤتمر الدولي للسكان والتنمية",
    ),
    ("لإعلان وبرنامج عمل ديربان", "durban-2001", "outcome", "إعلان وبرنامج عمل ديربان"),
    ("وتنفيذ برنامج عمل الدوحة", "ldc5-2023", "outcome", "برنامج عمل الدوحة"),
    # a name in the construct after "ل": "الوثيقة الختامية لمؤتمر ..." (A_RES_77_223)
    (
        "الوثيقة الختامية لمؤتمر القمة العالمي لعام 2005",
        "world-summit-2005",
        "outcome",
        "الوثيقة الختامية لمؤتمر القمة العالمي لعام 2005",
    ),
    (
        "إلى مؤتمر القمة العالمي لعام 2005",
        "world-summit-2005",
        "name",
        "مؤتمر القمة العالمي لعام 2005",
    ),
    # a kasra on a letter (A_RES_77_164), the tatweel (A_RES_77_248)
    (
        "وإطار سِنداي للحد من مخاطر الكوارث للفترة 2015-2030",
        "sendai-2015",
        "outcome",
        "إطار سِنداي للحد من مخاطر الكوارث للفترة 2015-2030",
    ),
    (
        "وإعــلان جوهانسبرغ بشـــأن التنمية المســــتدامة",
        "johannesburg-2002",
        "outcome",
        "إعــلان جوهانسبرغ بشـــأن التنمية المســــتدامة",
    ),
    (
        "تقريـــر مؤتمــر الأمــم المتحـــدة المعــني بالبيئــة والتنميـة",
        "rio-1992",
        "name",
        "مؤتمــر الأمــم المتحـــدة المعــني بالبيئــة والتنميـة",
    ),
    # with and without the hamza (A_RES_77_237, A_RES_77_248)
    ("برنامج عمل إسطنبول", "ldc4-2011", "outcome", "برنامج عمل إسطنبول"),
    ("برنامج عمل اسطنبول", "ldc4-2011", "outcome", "برنامج عمل اسطنبول"),
    # a short form in brackets after the name
    (
        "مؤتمر الأمم المتحدة المعني بالإسكان والتنمية الحضرية المستدامة (الموئل الثالث)",
        "habitat3-2016",
        "name",
        "مؤتمر الأمم المتحدة المعني بالإسكان والتنمية الحضرية المستدامة (الموئل الثالث)",
    ),
    # an Arabic comma inside a name (A_RES_77_248)
    (
        "تقرير المؤتمر الوزاري الدولي للبلدان النامية غير الساحلية وبلدان المرور العابر النامية"
        " والبلدان المانحة والمؤسسات المالية والإنمائية الدولية، المعني بالتعاون في مجال النقل"
        " العابر",
        "almaty-2003",
        "name",
        "المؤتمر الوزاري الدولي للبلدان النامية غير الساحلية وبلدان المرور العابر النامية"
        " والبلدان المانحة والمؤسسات المالية والإنمائية الدولية، المعني بالتعاون في مجال النقل"
        " العابر",
    ),
]


@pytest.mark.parametrize(("text", "key", "via", "mention"), AR_FORMS)
def test_arabic_forms(text: str, key: str, via: str, mention: str) -> None:
    """An Arabic form is found after the letters glued to it, with ``language="ar"`` and with
    ``language=None``; the mention is the form as printed, without them."""
    (m,) = find_conferences(text, language="ar")
    assert (m.key, m.via, m.text) == (key, via, mention)
    assert text[m.span.start : m.span.end] == m.text
    assert keys_of(find_conferences(text, language=None)) == [key]


@pytest.mark.parametrize(
    ("text", "key", "place", "start", "end"),
    [
        # a report's title in a footnote: name, place, dates (A_RES_77_196)
        (
            "تقرير المؤتمر العالمي الرابع المعني بالمرأة، بيجين، 4-15 أيلول/سبتمبر 1995"
            " (منشورات الأمم المتحدة، رقم المبيع A.96.IV.13)",
            "beijing-1995",
            "بيجين",
            "1995-09-04",
            "1995-09-15",
        ),
        # the city and the country (A_RES_77_248)
        (
            "تقرير مؤتمر القمة العالمي للتنمية المستدامة، جوهانسبرغ، جنوب أفريقيا، 26 آب/أغسطس"
            " - 4 أيلول/سبتمبر 2002",
            "johannesburg-2002",
            "جوهانسبرغ",
            "2002-08-26",
            "2002-09-04",
        ),
        # "الذي عُقد في" (which was held in), a range "من ... إلى ..." (A_RES_77_236)
        (
            "مؤتمرَ الأمم المتحدة الثاني المعني بالبلدان النامية غير الساحلية، الذي عُقد في"
            " فيينا من 3 إلى 5 تشرين الثاني/نوفمبر 2014",
            "lldc2-2014",
            "فيينا",
            "2014-11-03",
            "2014-11-05",
        ),
        # "المعقود في" (held in), across two months and a year's end (A_RES_77_153)
        (
            "وإلى مؤتمر المتابعة الدولي لتمويل التنمية المعني باستعراض تنفيذ توافق آراء"
            " مونتيري، المعقود في الدوحة من 29 تشرين الثاني/نوفمبر إلى 2 كانون الأول/ديسمبر"
            " 2008",
            "doha-2008",
            "الدوحة",
            "2008-11-29",
            "2008-12-02",
        ),
        # "ب" glued to the place after the verb (A_RES_77_181)
        (
            "الاجتماع الرفيع المستوى بشأن التغطية الصحية الشاملة المعقود بنيويورك في 23"
            " أيلول/سبتمبر 2019",
            "uhc-2019",
            "نيويورك",
            "2019-09-23",
            "2019-09-23",
        ),
        # two days, "يومي ... و ..." (A_RES_77_167)
        (
            "مؤتمر القمة العالمي للعمل الإنساني في إسطنبول، تركيا، يومي 23 و 24 أيار/مايو 2016",
            "whs-2016",
            "إسطنبول",
            "2016-05-23",
            "2016-05-24",
        ),
        # "في الفترة من" (in the period from) after the place (A_RES_77_213)
        (
            "مؤتمر استعراض ديربان الذي عقد في جنيف في الفترة من 20 إلى 24 نيسان/ أبريل 2009",
            "durban-review-2009",
            "جنيف",
            "2009-04-20",
            "2009-04-24",
        ),
        # a date without a place after the verb (A_RES_77_208)
        (
            "الاجتماع العام الرفيع المستوى للجمعية العامة المعني بالتعامل مع حركات النزوح"
            " الكبرى للاجئين والمهاجرين، الذي عقد في 19 أيلول/سبتمبر 2016",
            "refugees-migrants-2016",
            "New York",
            "2016-09-19",
            "2016-09-19",
        ),
    ],
)
def test_arabic_place_and_dates_from_the_text(
    text: str, key: str, place: str, start: str, end: str
) -> None:
    m = only(find_conferences(text, language="ar"), key)
    assert (m.place, m.start, m.end, m.date_source) == (place, start, end, "text")
    assert text[m.span.start : m.span.end] == m.text


@pytest.mark.parametrize(
    "text",
    [
        # a date after the name that an adoption verb precedes (A_RES_77_328)
        "القرار الذي اتخذته اللجنة التحضيرية للمؤتمر الدولي الرابع المعني بالدول الجزرية الصغيرة"
        " النامية في 30 أيار/مايو 2023",
        # a document's date after the name (A_RES_77_204)
        "الوثيقة الختامية لمؤتمر ديربان الاستعراضي المؤرخة 24 نيسان/أبريل 2009",
        # the date a declaration was adopted (A_RES_77_300)
        "الإعلان السياسي للاجتماع الرفيع المستوى الثالث المعني بالوقاية من الأمراض غير المعدية"
        " ومكافحتها، المعتمد في 27 أيلول/سبتمبر 2018",
    ],
)
def test_arabic_adoption_date_is_not_the_conference_date(text: str) -> None:
    (m,) = find_conferences(text, language="ar")
    assert m.date_source == "reference"


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # an ordinal is part of an Arabic name: the three conferences on financing for
        # development, and the Doha follow-up conference (A_RES_77_153)
        ("المؤتمر الدولي لتمويل التنمية", ["monterrey-2002"]),
        ("المؤتمر الدولي الثالث لتمويل التنمية", ["addis-ababa-2015"]),
        ("مؤتمر المتابعة الدولي لتمويل التنمية", ["doha-2008"]),
        (
            "مؤتمر الأمم المتحدة الأول لدعم تنفيذ الهدف 14 من أهداف التنمية المستدامة",
            ["ocean-2017"],
        ),
        (
            "مؤتمر الأمم المتحدة الثاني لدعم تنفيذ الهدف 14 من أهداف التنمية المستدامة",
            ["ocean-2022"],
        ),
        ("الاجتماع الرفيع المستوى الثاني بشأن التغطية الصحية الشاملة", ["uhc-2023"]),
        # a year after the name (A_RES_77_245)
        (
            "مؤتمر الأمم المتحدة الرفيع المستوى لعام 2025 لدعم تنفيذ الهدف 14 من أهداف التنمية"
            " المستدامة",
            ["ocean-2025"],
        ),
        # "منتدى" (forum) before the name: the WSIS Forum is not the summit (A_RES_77_150)
        (
            "انعقاد منتدى القمة العالمية لمجتمع المعلومات، وتنفيذ نتائج القمة العالمية لمجتمع"
            " المعلومات",
            ["wsis-2003-2005"],
        ),
        # UN-Habitat, the programme, is not the conference on human settlements (A_RES_77_173)
        (
            "برنامج الأمم المتحدة للمستوطنات البشرية (موئل الأمم المتحدة) ومؤتمر الأمم المتحدة"
            " للمستوطنات البشرية (الموئل الثاني)",
            ["habitat2-1996"],
        ),
        # a form inside a longer word is none: "مؤتمرات" (conferences)
        (
            "مؤتمرات القمة العالمي للتنمية الاجتماعية ومؤتمر القمة العالمي للتنمية الاجتماعية",
            ["copenhagen-1995"],
        ),
        # English, Russian and Chinese names are not looked for in Arabic text
        (
            "the Vienna Declaration and Programme of Action, Венская декларация и Программа"
            " действий, 《维也纳宣言和行动纲领》, إعلان وبرنامج عمل فيينا",
            ["vienna-1993"],
        ),
    ],
)
def test_arabic_look_alike_names(text: str, keys: list[str]) -> None:
    assert keys_of(find_conferences(text, language="ar")) == keys


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru", "zh"])
def test_arabic_names_are_not_looked_for_in_other_languages(lang: str) -> None:
    text = "وإذ تعيد تأكيد إعلان ومنهاج عمل بيجين والوثيقة الختامية لمؤتمر القمة العالمي لعام 2005"
    assert find_conferences(text, language=lang) == []
    assert keys_of(find_conferences(text, language="ar")) == ["beijing-1995", "world-summit-2005"]


@pytest.mark.parametrize(
    ("text", "keys", "mention"),
    [
        # the meetings on the tenth and twentieth anniversaries (A_RES_77_213)
        (
            "الصادرين عن اجتماعي الجمعية العامة الرفيعي المستوى اللذين عقدا للاحتفال بالذكرى"
            " السنوية العاشرة( ) والذكرى السنوية العشرين( ) لاعتماد إعلان وبرنامج عمل ديربان",
            ["durban-10th-2011", "durban-20th-2021"],
            "للاحتفال بالذكرى السنوية العاشرة( ) والذكرى السنوية العشرين( ) لاعتماد إعلان وبرنامج"
            " عمل ديربان",
        ),
        # one anniversary, after a meeting (A_RES_77_205)
        (
            "خلال اجتماع رفيع المستوى للجمعية العامة لمدة يوم واحد، عقد في 22 أيلول/سبتمبر 2021،"
            " للاحتفال بالذكرى السنوية العشرين لاعتماد إعلان وبرنامج عمل ديربان",
            ["durban-20th-2021"],
            "للاحتفال بالذكرى السنوية العشرين لاعتماد إعلان وبرنامج عمل ديربان",
        ),
        # no meeting: the outcome's anniversary is the outcome's
        (
            "تلاحظ أن عام 2023 يصادف الذكرى السنوية الثلاثين لاعتماد إعلان وبرنامج عمل فيينا",
            ["vienna-1993"],
            "إعلان وبرنامج عمل فيينا",
        ),
    ],
)
def test_arabic_anniversary_meetings(text: str, keys: list[str], mention: str) -> None:
    ms = find_conferences(text, language="ar")
    assert keys_of(ms) == keys
    assert ms[-1].text == mention
    for m in ms:
        if m.key in ("durban-10th-2011", "durban-20th-2021"):
            assert m.date_source == "reference" and m.name.startswith("اجتماع رفيع المستوى")


def test_every_arabic_form_opens_with_a_word() -> None:
    """An Arabic form is tried only at a word that holds its first word (`_ar_starts`)."""
    forms = conferences._compiled("ar")
    assert sum(forms.arabic) > 150
    assert all(opener for opener, ar in zip(forms.openers, forms.arabic, strict=True) if ar)
    assert not any(conferences._compiled("en").arabic)


# --- helpers --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("symbol", "key"),
    [
        ("A/CONF.157/24 (Part I)", "vienna-1993"),
        ("A/CONF.157/24(PartI)", "vienna-1993"),
        ("A/RES/55/2", "millennium-2000"),
        ("A/RES/70/1", "post2015-summit-2015"),
        ("A/RES/75/180", None),
    ],
)
def test_conference_for_symbol(symbol: str, key: str | None) -> None:
    assert conference_for_symbol(symbol) == key


@pytest.mark.parametrize("text", ["Conférence d’examen", "Ñ ÉÀ œ İ", "a\u00a0b\nc—d"])
def test_fold_keeps_length(text: str) -> None:
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "Conférence mondiale sur les droits de l’homme, tenue à Vienne " * 20,
        "".join(chr(c) for c in range(0x20, 0x3100)),
        "surrogates \ud83d\ude00 and a lone \udc80, then emoji \U0001f600 " * 20,
    ],
    ids=["french", "every-code-point", "surrogates"],
)
def test_fold_of_long_text_is_the_character_map(text: str) -> None:
    """Long texts are folded through a numpy array: the same as the per-character table."""
    assert fold(text) == "".join(fold(c) for c in text)


# --- the batch API: one call per document ---------------------------------------------------------


def per_text(
    items: list[tuple[str, str | None, str | None]], language: str | None
) -> list[ConferenceMention]:
    """What `find_conferences_batch` must return: `find_conferences` on each text in turn."""
    confs: list[ConferenceMention] = []
    for text, clause, footnote in items:
        confs += find_conferences(
            text, language=language, clause=clause, footnote=footnote, start_order=len(confs) + 1
        )
    return confs


BATCHES = [
    pytest.param([], "en", id="no-texts"),
    pytest.param(
        [
            ("Recalling its resolution 70/1 of 25 September 2015,", "PP1", None),
            ("Recalling also the Beijing Declaration and Platform for Action,", "PP2", None),
        ],
        "en",
        id="only-the-second-clause",
    ),
    pytest.param(
        [
            (
                "Reaffirming the Programme of Action of the International Conference on Population "
                "and Development,1",
                "PP1",
                None,
            ),
            ("Decides to remain seized of the matter.", "OP1", None),
            (
                "Report of the International Conference on Population and Development, Cairo, "
                "5–13 September 1994 (United Nations publication, Sales No. E.95.XIII.18)",
                "PP1",
                "1",
            ),
        ],
        "en",
        id="footnote-cairo-5-13-september-1994",
    ),
    pytest.param(
        [
            ("Prenant note de la résolution 75/1,", "PP1", None),
            (SEED_PP4_FR, "PP4", None),
            ("Rappelant la Déclaration et le Programme d’action de Vienne,", "PP5", None),
            ("Résolution 55/2, Déclaration du Millénaire.", "PP5", "2"),
        ],
        "fr",
        id="french-durban-and-anniversaries",
    ),
    pytest.param(
        [
            (SEED_PP4_ES, "PP4", None),
            (
                "Recordando la Conferencia Mundial de Ministros encargados de la Juventud, "
                "celebrada en Lisboa del 8 al 12 de agosto de 1998,",
                "PP5",
                None,
            ),
        ],
        "es",
        id="spanish-unknown-conference",
    ),
    pytest.param(
        [
            (
                "the Eighteenth Summit of Heads of State or Government of Non-Aligned Countries, "
                "held in Baku on 25 and 26 October 2019,",
                "PP1",
                None,
            ),
            (SEED_PP4_EN, "PP2", None),
            ("Welcoming the holding of the 2025 United Nations Ocean Conference,", "PP3", None),
        ],
        None,
        id="language-none",
    ),
    pytest.param(
        [
            ("回顾《2030年可持续发展议程》，", "PP1", None),
            ("决定继续处理此案。", "OP1", None),
            (
                "《第四次妇女问题世界会议的报告，1995年9月4日至15日，北京》(联合国出版物)，第一章。",
                "PP1",
                "1",
            ),
            ("还回顾2001年8月31日至9月8日在南非德班举行的", "PP2", None),
            ("反对种族主义、种族歧视、仇外心理和相关不容忍行为世界会议", "PP3", None),
        ],
        "zh",
        id="chinese-footnote-and-a-name-split-across-texts",
    ),
    pytest.param(
        [
            ("Recalling the 2030 Agenda,", "PP1", None),
            ("Transforming our world: the 2030 Agenda for Sustainable Development", "PP2", None),
            ("Sustainable Development Goals Summit", "PP3", None),
            ("Rio+20", "PP4", None),
        ],
        "en",
        id="names-at-the-ends-of-texts",
    ),
    pytest.param(
        [
            ("Recalling the Fourth World", "PP1", None),
            ("Conference on Women, held in Beijing from 4 to 15 September 1995,", "PP2", None),
            ("Recalling the World Summit", "PP3", None),
            ("held in Copenhagen in 1995, and the International Conference", "PP4", None),
            ("on Population and Development", "PP5", None),
        ],
        "en",
        id="names-split-across-texts",
    ),
]


@pytest.mark.parametrize(("items", "language"), BATCHES)
def test_batch_is_the_per_text_loop(
    items: list[tuple[str, str | None, str | None]], language: str | None
) -> None:
    assert find_conferences_batch(items, language=language) == per_text(items, language)


def test_batch_numbers_from_one_and_keeps_clauses() -> None:
    items = [
        ("Recalling its resolution 70/1,", "PP1", None),
        ("Recalling the Beijing Declaration and Platform for Action,", "PP2", None),
    ]
    (m,) = find_conferences_batch(items, language="en")
    assert (m.order, m.clause, m.footnote, m.key) == (1, "PP2", None, "beijing-1995")


def test_batch_of_every_example_is_the_per_text_loop() -> None:
    """Every real example of the table, in one document per language."""
    for lang, col in EXAMPLE_COLUMNS.items():
        items = [(getattr(r, col), f"PP{i}", None) for i, r in enumerate(ROWS) if getattr(r, col)]
        found = find_conferences_batch(items, language=lang)
        assert found == per_text(items, lang)
        assert len({m.clause for m in found}) == len(items)


def test_footnote_is_recorded() -> None:
    (m,) = find_conferences(
        "Résolution 55/2, Déclaration du Millénaire.", language="fr", footnote="2"
    )
    assert (m.footnote, m.clause, m.key) == ("2", None, "millennium-2000")


# --- unknown names: tried only before head words -----------------------------------------------

UNKNOWN_NAME_TEXTS = [
    "",
    "Recalling its resolution 70/1,",
    "World Conference held in Vienna from 14 to 25 June 1993",
    "the Fourth World Conference on Women, held in Beijing from 4 to 15 September 1995,",
    "la vingt et unième Conférence mondiale, tenue à Paris du 1er au 3 mai 2001,",
    "la 21.ª Conferencia Internacional, celebrada en Lima del 2 al 4 de mayo de 2010,",
    "the 2019 high-level meeting on universal health coverage, held in New York",
    "the second United Nations Conference on the Least Developed Countries, held in Paris",
    "Fourth" + " " * 300 + "World Conference on Women, held in Beijing on 4 September 1995",
    "Fourth,World Conference, held in Beijing; (Summit) held in Rome; l'conference held here",
    "preconference held, conferences held, summitry held in Rome in 1996",
    "world conference world summit held in Rio, and the summit held in Rome in 1996",
    "Cumbre Mundial celebrada en Roma y Cumbre celebrada en Nueva York en 2000",
    "the World Summit on the Information Society\n\u00a0held in Tunis, 16–18 November 2005",
    "the summit and the conference and the meeting, without a verb",
    "the World Conference held in Rio in 1992 and the World Summit, without a verb after it",
    "held before: the World Conference on Women in 1995",
    "the Conference, the World Summit maintenu, the summit held in Rome in 1996",
    "the Summit convened, the Conference upheld and the World Conference",
]


@pytest.mark.parametrize("text", UNKNOWN_NAME_TEXTS)
def test_unknown_names_are_those_of_the_whole_pattern(text: str) -> None:
    """Trying `_UNKNOWN_HEAD` only before head words finds what trying it everywhere finds."""
    folded = fold(text)
    fast = [(m.span(), m.span("name")) for m in conferences._unknown_names(folded)]
    slow = [(m.span(), m.span("name")) for m in conferences._UNKNOWN_HEAD.finditer(folded)]
    assert fast == slow


# --- the screen: keys found in a document's words -------------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        ["ocean", "oceans", "outcome"],
        ["rio", "reunion", "rio"],
        ["assembly", "assemblee", "asamblea", "assemble"],
        ["a", "ab", "abc", ""],
        ["x.y", "x+y"],
    ],
)
def test_trie_matches_exactly_its_words(words: list[str]) -> None:
    """The trie of some words matches each of them, and nothing else."""
    trie = re.compile(conferences._trie(words))
    for word in {*words, "o", "oce", "oceanss", "ri", "asse", "abcd", "xzy", "assemblys"}:
        assert (trie.fullmatch(word) is not None) == (word in words), word


KEY_TEXTS = [
    [],
    [""],
    ["Conference"],
    ["the World Summit", "a Conference, and the conference"],
    ["reassembly", "assembly-wide", "General Assembly", "assemblée générale"],
    ["Конференция " * 40 + "Conference " + "Асамблея " * 40, "Durban"],
    ["Конференция " * 40 + "reassembly, xassembly assembly_ assembly", "конференция summit"],
    ["会议" * 200, "the summit", "世界首脑会议" * 100 + " Habitat"],
    ["Rio", "rio de janeiro", "Rio+20", "Rio20", "RIO"],
    ["sommet  mondial", "\n\t sommet\u00a0", "«Sommet»"],
    ["重申《北京宣言》和《行动纲要》", "Durban", "纪念《德班宣言和行动纲领》通过二十周年会议"],
    ["人居三" * 50, "2030年可持续发展议程", "the New Urban Agenda and 新城市议程"],
]


@pytest.mark.parametrize("texts", KEY_TEXTS)
@pytest.mark.parametrize("language", [*LANGUAGES, None])
def test_keys_by_text_are_the_keys_among_each_texts_words(
    texts: list[str], language: str | None
) -> None:
    """Both finders (for mostly blank and for mostly Latin words) find the keys of each text
    that stand among its ASCII words, or anywhere for a loose key."""
    screen = conferences._screen(language)
    joiner = conferences._JOINER
    folded, words = conferences._fold_document(joiner + joiner.join(texts) + joiner)
    starts = [len(joiner) + sum(len(t) + len(joiner) for t in texts[:i]) for i in range(len(texts))]
    got = conferences._keys_by_text(folded, words, starts, screen)
    for text, start, keys in zip(texts, starts, got, strict=True):
        own = set(words[start : start + len(text)].split())
        want = {k for k in screen.keys if k in own or (k in screen.loose and k in fold(text))}
        assert sorted(keys) == sorted(want), text


@pytest.mark.parametrize(
    ("text", "unknown"),
    [
        ("the high-level meeting held in New York on 22 September 2023", True),
        ("the level of the meeting held in New York, high on the agenda", True),
        ("the meeting held in New York", False),
        ("the World Assembly on Ageing held in Madrid", True),
        ("the General Assembly held in New York", False),
        ("a conference", False),
        ("a conference held in Paris", True),
    ],
)
def test_unknown_needs_every_word_of_a_head_and_the_verb(text: str, unknown: bool) -> None:
    """A text may name an unknown conference only if it holds each word of a head and the verb
    of "held in"; where it does not, the unknown names find nothing."""
    joiner = conferences._JOINER
    folded, words = conferences._fold_document(joiner + text + joiner)
    screen = conferences._screen("en")
    keys = conferences._keys_by_text(folded, words, [len(joiner)], screen)[0]
    _, flag = conferences._possible(folded, words, "en", keys, len(joiner), len(joiner) + len(text))
    assert flag == unknown
    if not flag:
        assert conferences._unknown_candidates(text, fold(text), "en") == []


# --- a sample of the corpus -----------------------------------------------------------------------


@pytest.mark.corpus
@pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="needs ../shared/corpus")
def test_corpus_sample_a_res_76_159() -> None:
    """A/RES/76/159 (the seed, as adopted) in French: the Durban paragraph."""
    zpath = SHARED_CORPUS / "unxml-ga" / "ga-76-French.zip"
    with zipfile.ZipFile(zpath) as z:
        member = next(n for n in z.namelist() if "A_RES_76_159-" in n)
        xml = z.read(member).decode("utf-8")
    plain = re.sub(r"<authorialNote.*?</authorialNote>", " ", xml, flags=re.S)
    plain = " ".join(re.sub(r"<[^>]+>", " ", plain).split())
    para = plain[plain.index("Rappelant en outre la Conférence mondiale") :]
    para = para[: para.index("humains,") + len("humains,")]
    assert keys_of(find_conferences(para, language="fr")) == [
        "durban-2001",
        "durban-review-2009",
        "durban-10th-2011",
        "durban-20th-2021",
    ]


@pytest.mark.corpus
@pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="needs ../shared/corpus")
def test_corpus_sample_a_res_77_213_chinese() -> None:
    """A/RES/77/213 in Chinese: the Durban paragraph, with places and dates before the names."""
    zpath = SHARED_CORPUS / "unxml-ga" / "ga-77-Chinese.zip"
    with zipfile.ZipFile(zpath) as z:
        member = next(n for n in z.namelist() if "A_RES_77_213-" in n)
        xml = z.read(member).decode("utf-8")
    plain = re.sub(r"<authorialNote.*?</authorialNote>", " ", xml, flags=re.S)
    plain = " ".join(re.sub(r"<[^>]+>", " ", plain).split())
    para = plain[plain.index("2001年8月31日") :]  # after the lead "还回顾", in its own span
    para = para[: para.index("作用，") + len("作用，")]
    ms = find_conferences(para, language="zh")
    assert [(m.key, m.start, m.date_source) for m in ms] == [
        ("durban-2001", "2001-08-31", "text"),
        ("durban-review-2009", "2009-04-20", "text"),
        ("durban-10th-2011", "2011-09-22", "reference"),
        ("durban-20th-2021", "2021-09-22", "reference"),
    ]
    assert [m.place for m in ms[:2]] == ["南非德班", "日内瓦"]


@pytest.mark.corpus
@pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="needs ../shared/corpus")
def test_corpus_sample_a_res_77_213_arabic() -> None:
    """A/RES/77/213 in Arabic: the Durban paragraph, places and dates after the names, and the
    anniversary meetings."""
    zpath = SHARED_CORPUS / "unxml-ga" / "ga-77-Arabic.zip"
    with zipfile.ZipFile(zpath) as z:
        member = next(n for n in z.namelist() if "A_RES_77_213-" in n)
        xml = z.read(member).decode("utf-8")
    plain = re.sub(r"<authorialNote.*?</authorialNote>", " ", xml, flags=re.S)
    plain = " ".join(re.sub(r"<[^>]+>", " ", plain).split())
    para = plain[plain.index("وإذ تشير كذلك إلى المؤتمر العالمي لمناهضة العنصرية") :]
    para = para[: para.index("حقوق الإنسان،") + len("حقوق الإنسان،")]
    ms = find_conferences(para, language="ar")
    assert [(m.key, m.start, m.date_source) for m in ms] == [
        ("durban-2001", "2001-08-31", "text"),
        ("durban-review-2009", "2009-04-20", "text"),
        ("durban-10th-2011", "2011-09-22", "reference"),
        ("durban-20th-2021", "2021-09-22", "reference"),
    ]
    assert [m.place for m in ms[:2]] == ["ديربان", "جنيف"]
