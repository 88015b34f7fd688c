"""Tests for helpers.leads: lead phrases, lemmas, glosses and inner verbs in EN, FR and ES."""

from __future__ import annotations

import pytest

from helpers.leads import TokenStream, analyse, lexicon, tokens
from helpers.models import Span

# (language, section, clause text, lead as printed, lemma, gloss, adverbs)
LEADS = [
    (
        "en",
        "preamble",
        "Recalling its resolution 70/1 of 25 September 2015,",
        "Recalling",
        "recall",
        "recall",
        (),
    ),
    (
        "en",
        "preamble",
        "Recalling also its resolution 75/180,",
        "Recalling also",
        "recall",
        "recall",
        ("also",),
    ),
    ("en", "preamble", "Deeply concerned about the situation,", "Deeply concerned", None, None, ()),
    (
        "en",
        "preamble",
        "Taking note with appreciation of the report,",
        "Taking note with appreciation",
        "take note",
        "take note",
        ("with appreciation",),
    ),
    ("en", "preamble", "Bearing in mind the Charter,", "Bearing in mind", None, None, ()),
    (
        "en",
        "operative",
        "Decides to remain seized of the matter.",
        "Decides",
        "decide",
        "decide",
        (),
    ),
    (
        "en",
        "operative",
        "Also reaffirms its commitment;",
        "Also reaffirms",
        "reaffirm",
        "reaffirm",
        ("Also",),
    ),
    ("en", "operative", "Calls upon all States to act;", "Calls upon", None, "call upon", ()),
    (
        "fr",
        "preamble",
        "Rappelant en outre la Conférence mondiale,",
        "Rappelant en outre",
        "rappeler",
        "recall",
        ("en outre",),
    ),
    (
        "fr",
        "preamble",
        "Profondément préoccupée par la situation,",
        "Profondément préoccupée",
        None,
        None,
        (),
    ),
    (
        "fr",
        "preamble",
        "Ayant examiné le rapport du Secrétaire général,",
        "Ayant examiné",
        None,
        None,
        (),
    ),
    (
        "fr",
        "operative",
        "Prie le Secrétaire général de lui présenter un rapport ;",
        "Prie",
        "prier",
        "request",
        (),
    ),
    (
        "fr",
        "operative",
        "Se félicite de l’adoption de la déclaration ;",
        "Se félicite",
        "se féliciter",
        "welcome",
        (),
    ),
    (
        "es",
        "preamble",
        "Teniendo presente la Carta de las Naciones Unidas,",
        "Teniendo presente",
        None,
        None,
        (),
    ),
    (
        "es",
        "preamble",
        "Recordando además su resolución 75/180,",
        "Recordando además",
        "recordar",
        "recall",
        ("además",),
    ),
    (
        "es",
        "operative",
        "Pone de relieve además la importancia del diálogo;",
        "Pone de relieve además",
        "poner de relieve",
        None,
        ("además",),
    ),
    ("es", "operative", "Exhorta a los Estados a que cooperen;", "Exhorta", "exhortar", None, ()),
]


@pytest.mark.parametrize("row", LEADS, ids=[r[3] for r in LEADS])
def test_lead(row) -> None:
    language, section, text, lead_text, lemma, gloss, adverbs = row
    lead, verbs = analyse(text, language=language, section=section)
    assert lead.text == lead_text
    assert lead.known
    if lemma is not None:
        assert lead.lemma == lemma
    if gloss is not None:
        assert lead.gloss == gloss
    assert lead.adverbs == adverbs
    assert verbs[0].position == "lead"
    assert lead.span is not None and text[lead.span.start : lead.span.end] == lead_text


# The same concept aligns across languages through its English gloss.
ALIGNED = [
    ("Recalling", "Rappelant", "Recordando"),
    ("Requests", "Prie", "Solicita"),
    ("Decides", "Décide", "Decide"),
    ("Welcomes", "Se félicite", "Acoge con beneplácito"),
]


@pytest.mark.parametrize("forms", ALIGNED, ids=[a[0] for a in ALIGNED])
def test_glosses_align_across_languages(forms) -> None:
    glosses = set()
    for language, form in zip(("en", "fr", "es"), forms, strict=True):
        section = "preamble" if form.endswith(("ing", "ant", "ando")) else "operative"
        lead, _ = analyse(f"{form} the text;", language=language, section=section)
        glosses.add(lead.gloss)
    assert len(glosses) == 1 and None not in glosses


# Second actions inside operative paragraphs.
INNER = [
    (
        "fr",
        "Réaffirme que le dialogue facilite la promotion, et se félicite à cet égard de la tenue ;",
        ["se féliciter"],
    ),
    (
        "fr",
        "Demande aux États de continuer, et encourage les organisations à contribuer ;",
        ["encourager"],
    ),
    ("en", "Welcomes the report and calls upon all States to implement it;", ["call upon"]),
    (
        "es",
        "Condena los ataques, y exhorta a todas las partes a que cesen las hostilidades;",
        ["exhortar"],
    ),
    # a noun after "et" is not a second action
    ("fr", "Prie le Secrétaire général de présenter un rapport et demande d’information ;", []),
]


@pytest.mark.parametrize("row", INNER, ids=[r[1][:30] for r in INNER])
def test_inner_verbs(row) -> None:
    language, text, lemmas = row
    _, verbs = analyse(text, language=language, section="operative")
    assert [v.lemma for v in verbs if v.position == "inner"] == lemmas


def test_unknown_lead_is_reported_not_dropped() -> None:
    lead, verbs = analyse("Zorgifies the matter;", language="en", section="operative")
    assert lead.text == "Zorgifies"
    assert not lead.known and lead.lemma is None
    assert verbs[0].text == "Zorgifies"


def test_markup_lead_is_kept_as_printed() -> None:
    lead, _ = analyse(
        "Reaffirming its commitment to the Charter,",
        language="en",
        section="preamble",
        lead_text="Reaffirming its commitment",
    )
    assert lead.text == "Reaffirming its commitment"
    assert lead.lemma == "reaffirm"


def test_lexicon_is_not_empty() -> None:
    for lang in ("en", "fr", "es"):
        assert lexicon(lang).size > 200


# The fast paths must read exactly what the plain ones read.
TOKEN_TEXTS = [
    "Prenant également note avec satisfaction du rapport,",
    "Calls upon all States, and further urges them to act;",
    "Réaffirme l’importance de l'État d’Israël et-ou la vie-a’ ;",
    "",
    "12 3 (a) — Décide",
    "Budget et crédits ; y explica",
]


@pytest.mark.parametrize("text", TOKEN_TEXTS)
@pytest.mark.parametrize("limit", [None, 1, 3, 16])
def test_token_stream_reads_what_tokens_reads(text: str, limit: int | None) -> None:
    stream = TokenStream(text, limit=limit)
    got = []
    while (tok := stream.get(len(got))) is not None:
        got.append(tok)
    assert got == tokens(text, limit=limit)
    with pytest.raises(IndexError):
        stream[len(got)]


def test_token_stream_offsets_a_slice() -> None:
    text = "Welcomes the report and calls upon States"
    at = text.index("and")
    assert TokenStream(text[at:], limit=2, offset=at)[1] == ("calls", at + 4, at + 9)


@pytest.mark.parametrize(
    ("language", "text", "lemmas"),
    [
        # a conjunction inside a word ("budget et", "Scandinavia") opens nothing
        ("en", "Notes the bands and calls upon States;", ["call upon"]),
        ("en", "Notes the Scandinavian stand, and urges States;", ["urge"]),
        ("fr", "Prend note du budget, et se félicite du rapport ;", ["se féliciter"]),
        ("es", "Toma nota del informe, y exhorta a los Estados;", ["exhortar"]),
        ("es", "Toma nota de que el informe, e insta a los Estados;", ["instar"]),
        ("es", "Toma nota del informe de la reunión y de sus conclusiones;", []),
        # the conjunction right after the lead, and twice in a row
        ("en", "Decides and and decides again;", ["decide"]),
    ],
)
def test_inner_verbs_fast_scan(language: str, text: str, lemmas: list[str]) -> None:
    _, verbs = analyse(text, language=language, section="operative")
    assert [v.lemma for v in verbs if v.position == "inner"] == lemmas
    for v in verbs:
        assert v.span is not None and text[v.span.start : v.span.end] == v.text


def test_markup_leads_are_remembered_not_shared_wrongly() -> None:
    first, _ = analyse(
        "Stresses the need to act;", language="en", section="operative", lead_text="Stresses"
    )
    second, _ = analyse(
        "Also stresses the need;", language="en", section="operative", lead_text="Stresses"
    )
    assert first.span == Span(0, 8)
    assert second.span is None  # the printed lead is not in this text: no span
    assert first.lemma == second.lemma == "stress"


# Modifiers printed between the words of a multi-word head (lead_adverbs.csv, "inside").
INSIDE = [
    (
        "fr",
        "operative",
        "Prend également note du rapport ;",
        "Prend également note",
        "prendre note",
    ),
    (
        "fr",
        "operative",
        "Met de nouveau l’accent sur la nécessité ;",
        "Met de nouveau l’accent",
        None,
    ),
    (
        "fr",
        "preamble",
        "Se déclarant de nouveau vivement préoccupée par la situation,",
        "Se déclarant de nouveau vivement préoccupée",
        "se déclarer vivement préoccupé",
    ),
    ("en", "operative", "Calls once again upon all States;", "Calls once again upon", "call upon"),
]


@pytest.mark.parametrize("row", INSIDE, ids=[r[3] for r in INSIDE])
def test_modifier_inside_a_head(row) -> None:
    language, section, text, lead_text, lemma = row
    lead, _ = analyse(text, language=language, section=section)
    assert lead.text == lead_text
    assert lead.known
    if lemma is not None:
        assert lead.lemma == lemma
    assert lexicon(language).opens_clause(text, section)
