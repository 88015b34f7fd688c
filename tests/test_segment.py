"""Tests for helpers.segment: paragraph boundaries in the layouts UN texts come in."""

from __future__ import annotations

import pytest

from helpers.leads import lexicon
from helpers.normalize import clean_source, prepare
from helpers.segment import body_of, segment

# An English draft in the seed's layout: indented paragraph starts, double-spaced lines, a page
# break (footnotes, links) in the middle of a paragraph that resumes with a capital letter.
EN_INDENTED = """ United States of America: draft resolution

 Cooperation on water

 The General Assembly,

 Recalling its resolution 70/1 of 25 September 2015, entitled "Transforming our world:

the 2030 Agenda for Sustainable Development",

 Deeply concerned that in 2023 more than two billion people lacked safe drinking water, and

acting on the proposal of the Secretary-General

__________________

 1 A/78/1.

https://undocs.org/en/A/78/1
 Member States and other stakeholders,

 1. Decides to convene a conference on water in 2028, and requests the Secretary-General

to report on:

 (a) The preparations;

 (b) The financing of the conference;

 2. Also decides to remain seized of the matter.

 45th plenary meeting
 7 December 2023
"""

# A Spanish text in the Security Council layout: flush lines, paragraphs split by blank lines.
ES_BLANK = """Resolución 9999 (2030)
de 1 de enero de 2030

El Consejo de Seguridad,

Recordando sus resoluciones anteriores sobre la cuestión,
en particular la resolución 9998 (2029),

Profundamente preocupado por la situación,

1. Exhorta a todas las partes a que cesen las hostilidades
2030 será un año decisivo para la región;

2. Decide seguir ocupándose activamente de la cuestión.

Aprobada por unanimidad en la 9999ª sesión.
"""

# French with no layout signal at all: every line flush, no blank line.
FR_FLAT = """L’Assemblée générale,
Rappelant sa résolution 75/180 du 16 décembre 2020,
Consciente de l’importance de la coopération,
Profondément préoccupée par la situation,
1. Prie le Secrétaire général de lui présenter un rapport ;
2. Décide de poursuivre l’examen de la question.
"""


def _segment(text: str, language: str):
    prep = prepare(clean_source(text)[0])
    lines = [ln for ln in prep.lines if ln.role in {"body", "blank"}]
    return segment(lines, lexicon(language), language)


def _heads(seg) -> list[tuple[str, str | None, str]]:
    return [(p.section, p.number, p.lines[0].text.strip()[:20]) for p in seg.paragraphs]


def test_indented_layout_with_page_break() -> None:
    seg = _segment(EN_INDENTED, "en")
    assert seg.organ is not None and seg.organ.text.strip() == "The General Assembly,"
    assert _heads(seg) == [
        ("preamble", None, "Recalling its resolu"),
        ("preamble", None, "Deeply concerned tha"),
        ("operative", "1", "1. Decides to conven"),
        ("operative", "2", "2. Also decides to r"),
    ]
    # the page break: "Member States ..." continues the second preambular paragraph
    assert seg.paragraphs[1].lines[-1].text.strip().startswith("Member States")
    # sub-items stay in their paragraph
    assert len(seg.paragraphs[2].items) == 2
    assert [ln.text.strip() for ln in seg.closing] == ["45th plenary meeting", "7 December 2023"]


def test_blank_line_layout() -> None:
    seg = _segment(ES_BLANK, "es")
    assert seg.organ is not None
    assert _heads(seg) == [
        ("preamble", None, "Recordando sus resol"),
        ("preamble", None, "Profundamente preocu"),
        ("operative", "1", "1. Exhorta a todas l"),
        ("operative", "2", "2. Decide seguir ocu"),
    ]
    # "2030 será ..." is a line inside paragraph 1, not a paragraph of its own
    assert len(seg.paragraphs[2].lines) == 2
    assert [ln.text.strip() for ln in seg.closing] == [
        "Aprobada por unanimidad en la 9999ª sesión."
    ]


def test_flat_layout() -> None:
    seg = _segment(FR_FLAT, "fr")
    assert [(p.section, p.number) for p in seg.paragraphs] == [
        ("preamble", None),
        ("preamble", None),
        ("preamble", None),
        ("operative", "1"),
        ("operative", "2"),
    ]


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("L’Assemblée générale,", "General Assembly"),
        ("The Security Council,", "Security Council"),
        ("El Consejo de Derechos Humanos,", "Human Rights Council"),
    ],
)
def test_body_of(line: str, body: str) -> None:
    assert body_of(line) == body


def test_missing_organ_line_is_reported() -> None:
    seg = _segment("Recalling its resolution 70/1,\n1. Decides to act.\n", "en")
    assert any("acting-organ" in w for w in seg.warnings)
    assert [p.section for p in seg.paragraphs] == ["preamble", "operative"]
