"""Tests for helpers.segment: paragraph boundaries in the layouts UN texts come in."""

from __future__ import annotations

import pytest

from helpers.leads import lexicon
from helpers.normalize import clean_source, prepare
from helpers.segment import (
    ADOPTION,
    CLAUSE_END,
    DECISION_OPENER,
    OP_NUMBER_COMMA,
    PART_HEADING,
    PREAMBLE_END,
    SENTENCE_END,
    _clause_end,
    _part_before,
    body_of,
    is_meeting_line,
    next_part_label,
    resolution_starts,
    segment,
)

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


# (language, the meeting line the markup prints, whether it closes the text)
_MEETING_LINES = [
    ("en", "45th plenary meeting", True),
    ("en", "55th (resumed) plenary meeting", True),
    ("en", "54th resumed plenary meeting", True),
    ("fr", "1re séance plénière", True),
    ("fr", "55e séance plénière (reprise)", True),
    ("es", "55a sesión plenaria (continuación)", True),
    ("es", "Tercera sesión plenaria", True),  # a special session's, in words
    ("en", "Three plenary meetings were held.", False),
    ("ru", "47‑е пленарное заседание", True),
    ("ru", "47-e пленарное заседание", True),  # a Latin "e", as the markup often has it
    ("ru", "55-е (возобновленное) пленарное заседание", True),
    ("ru", "Было проведено три пленарных заседания.", False),
    ("zh", "第52次全体会议", True),
    ("zh", "第56次全体会议(续会)", True),
    ("ar", "الجلسة العامة 52", True),
    ("ar", "الجلسة العامة 58 (المستأنفة)", True),
    ("ar", "الجلسة العامة الثالثة والثلاثون", True),  # in words
]
_ORGAN = {
    "en": "The General Assembly,",
    "fr": "L’Assemblée générale,",
    "es": "La Asamblea General,",
    "ru": "Генеральная Ассамблея,",
    "zh": "大会，",
    "ar": "إن الجمعية العامة،",
}
_LAST = {
    "en": "1. Decides to remain seized of the matter.",
    "fr": "1. Décide de rester saisie de la question.",
    "es": "1. Decide seguir ocupándose de la cuestión.",
    "ru": "1. постановляет продолжать заниматься этим вопросом.",
    "zh": "1. 决定继续处理此案。",
    "ar": "1 - تقرر أن تبقي المسألة قيد نظرها.",
}


def test_meeting_line_after_a_quoted_question() -> None:
    # a request for an advisory opinion ends with the question, in quotation marks
    last = (
        "1. Decides to request the Court to render an advisory opinion on the question: “What are"
    )
    question = "the legal consequences of climate change?”"
    seg = _segment(f"{_ORGAN['en']}\n{last}\n{question}\n45th plenary meeting\n", "en")
    assert [ln.text.strip() for ln in seg.closing] == ["45th plenary meeting"]
    assert seg.paragraphs[-1].lines[-1].text == "the legal consequences of climate change?”"


@pytest.mark.parametrize(("language", "meeting", "closes"), _MEETING_LINES)
def test_meeting_line_closes_a_flat_text(language: str, meeting: str, closes: bool) -> None:
    # flat layout: the meeting line follows the last paragraph's full stop on the next line
    seg = _segment(f"{_ORGAN[language]}\n{_LAST[language]}\n{meeting}\n", language)
    last = [ln.text.strip() for ln in seg.paragraphs[-1].lines]
    assert ([ln.text.strip() for ln in seg.closing] == [meeting]) is closes
    assert (last == [_LAST[language]]) is closes


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


# Flat layouts (no indent, no blank line): a line shaped like a lead after a comma inside a
# numbered paragraph runs on, and "1." with a verb opens the operative part even after a
# preambular paragraph that lost its comma.
FLAT_CASES = [
    (
        "a name wrapped after a comma inside operative paragraph 1",
        [
            "The General Assembly,",
            "Noting with regret that anti-personnel mines continue to be used,",
            "1. Invites all States that have not signed the Convention on the Prohibition of the",
            "Use,",
            "Stockpiling, Production and Transfer of Mines to accede to it;",
            "2. Decides to remain seized of the matter.",
        ],
        [("preamble", None), ("operative", "1"), ("operative", "2")],
    ),
    (
        "the last preambular paragraph lost its comma",
        [
            "The Security Council,",
            "Recalling its resolutions 2042 (2012) and 2043 (2012),",
            "Underscoring that Member States are obligated under Article 25 of the Charter to",
            "accept and carry out the Council’s decisions",
            "1. Calls upon all parties to ensure humanitarian assistance;",
            "2. Decides to remain actively seized of the matter.",
        ],
        [("preamble", None), ("preamble", None), ("operative", "1"), ("operative", "2")],
    ),
    (
        "a known preambular head after a semicolon opens the next section",
        [
            "The General Assembly,",
            "Recalling its resolution 74/262,",
            "1. Approves the return of a net surplus as a credit for 2022;",
            "Having considered the report of the Secretary-General,",
            "1. Takes note of the report;",
        ],
        [("preamble", None), ("operative", "1"), ("preamble", None), ("operative", "1")],
    ),
    (
        "a subtitle after a colon inside a preambular paragraph",
        [
            "The General Assembly,",
            "Noting the convening of the International Symposium on Fisheries Sustainability:",
            "Strengthening the Science-Policy Nexus, organized in Rome,",
            "1. Decides to remain seized of the matter.",
        ],
        [("preamble", None), ("operative", "1")],
    ),
    (
        "a preamble after a full stop opens part B",
        [
            "The General Assembly,",
            "Recalling its resolution 74/1,",
            "1. Decides to approve the estimates.",
            "Having considered the report of the Secretary-General,",
            "1. Decides to appropriate the amount.",
        ],
        [("preamble", None), ("operative", "1"), ("preamble", None), ("operative", "1")],
    ),
    (
        "a lone operative paragraph whose verb the lexicon lacks, after the last comma",
        [
            "The General Assembly,",
            "Expressing its appreciation for the service rendered by Mr. António Guterres",
            "during his first term of office,",
            "Appoints Mr. António Guterres Secretary-General of the United Nations for a term of",
            "office ending on 31 December 2026.",
            "82nd plenary meeting",
        ],
        [("preamble", None), ("operative", None)],
    ),
]


@pytest.mark.parametrize(("name", "lines", "expected"), FLAT_CASES, ids=[c[0] for c in FLAT_CASES])
def test_flat_layout_cases(
    name: str, lines: list[str], expected: list[tuple[str, str | None]]
) -> None:
    seg = _segment("\n".join(lines) + "\n", "en")
    assert [(p.section, p.number) for p in seg.paragraphs] == expected, name


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("L’Assemblée générale,", "General Assembly"),
        ("The Security Council,", "Security Council"),
        ("El Consejo de Derechos Humanos,", "Human Rights Council"),
        # the bodies of treaties and funds, and the Council's functional commissions
        ("The Conference of the Parties,", "Conference of the Parties"),
        (
            "La Conférence des Parties agissant comme réunion des Parties à l’Accord de Paris,",
            "Conference of the Parties serving as the meeting of the Parties"
            " to the Paris Agreement",
        ),
        ("La Junta Ejecutiva,", "Executive Board"),
        ("Комиссия по положению женщин,", "Commission on the Status of Women"),
        ("إن جمعية الأمم المتحدة للبيئة،", "United Nations Environment Assembly"),
        ("The Special Committee on Peacekeeping Operations,", None),
        (
            "The Special Committee on the Situation with regard to the Implementation of the\n"
            "Declaration on the Granting of Independence to Colonial Countries and Peoples,",
            "Special Committee on Decolonization",
        ),
    ],
)
def test_body_of(line: str, body: str | None) -> None:
    assert body_of(line) == body


@pytest.mark.parametrize(
    ("line", "part"),
    [
        ("B", "B"),
        ("Part B", "B"),
        ("II", "II"),
        ("IV.", "IV"),
        ("XVIII", "XVIII"),  # the sections of a budget resolution run past XVII
        ("XXIII", "XXIII"),
        ("XXXIX", "XXXIX"),
        ("IIII", None),  # not a Roman numeral
        ("VX", None),
        ("XVIII and XIX", None),
        ("In", None),
        ("", None),
        # a committee's report recommends its drafts one after another
        ("Draft resolution II", "II"),
        ("Projet de résolution III", "III"),
        ("Proyecto de resolución IV", "IV"),
        ("Cuba: draft resolution", None),
    ],
)
def test_part_heading(line: str, part: str | None) -> None:
    m = PART_HEADING.match(line)
    assert (m.group("part") if m else None) == part


@pytest.mark.parametrize(
    ("label", "following"),
    [
        (None, "B"),
        ("A", "B"),
        ("B", "C"),
        ("I", "II"),
        ("III", "IV"),
        ("VIII", "IX"),
        ("XVIII", "XIX"),
        ("XIX", "XX"),
        ("XXXVIII", "XXXIX"),
    ],
)
def test_next_part_label(label: str | None, following: str) -> None:
    assert next_part_label(label) == following


# (name, language, text, the organ line found, sections of the paragraphs)
ORGAN_CASES = [
    (
        "the organ line after a title that wraps onto a line ending with the organ's name",
        "es",
        " Credenciales de los representantes en el período de sesiones de\n"
        "la Asamblea General\n La Asamblea General,\n"
        " Habiendo examinado el informe de la Comisión de Verificación de\n"
        "Poderes,\n Aprueba el informe de la Comisión.\n",
        "La Asamblea General,",
        ["preamble", "operative"],
    ),
    (
        "a title line ending with a comma whose text runs on is not the organ line",
        "en",
        " Political declaration of the General Assembly high-level meeting on prevention,\n"
        "preparedness and response\n The General Assembly\n"
        " Adopts the political declaration of the high-level meeting, as\n"
        "contained in the annex to the present resolution.\n",
        "The General Assembly",
        ["operative"],
    ),
    (
        "the organ line in capitals",
        "en",
        "THE SECURITY COUNCIL,\nRecalling its resolutions,\n1. Decides to act.\n",
        "THE SECURITY COUNCIL,",
        ["preamble", "operative"],
    ),
    (
        "a wrapped line that ends a paragraph with the organ's name is not the organ line",
        "es",
        "Reafirmando su resolución sobre la revitalización de la labor de\n"
        "la Asamblea General,\nRecordando el reglamento,\n1. Decide seguir.\n",
        None,
        ["preamble", "preamble", "operative"],
    ),
    (
        "no organ line: a title shaped like a participle is not the first paragraph",
        "en",
        "Strengthening the coordination of humanitarian assistance in the\n"
        "region of the Sahel\nReaffirming its resolution 46/182,\n"
        "Recalling its resolutions on the question,\n1. Decides to act.\n",
        None,
        ["preamble", "preamble", "operative"],
    ),
    (
        "no organ line: a paragraph with a lead only shaped like one still opens the text",
        "en",
        "Strengthening the coordination of humanitarian assistance in the\n"
        "region of the Sahel\nProfoundly disheartened by the situation in the\n"
        "region,\nRecalling its resolutions on the question,\n1. Decides to act.\n",
        None,
        ["preamble", "preamble", "operative"],
    ),
    (
        "the organ line of a treaty's conference of the parties, after the decision's number",
        "en",
        "Decision 1/CP.27\n\nSharm el-Sheikh Implementation Plan\n\n"
        "The Conference of the Parties,\n\nRecalling decisions 1/CP.19 and 1/CP.20,\n\n"
        "1. Welcomes the Summit;\n",
        "The Conference of the Parties,",
        ["preamble", "operative"],
    ),
    (
        "the organ line of a body the table lacks: a committee",
        "fr",
        "Question des Samoa américaines\n\nLe Comité spécial de la décolonisation,\n\n"
        "Ayant examiné la question des Samoa américaines,\n\n1. Réaffirme le droit;\n",
        "Le Comité spécial de la décolonisation,",
        ["preamble", "operative"],
    ),
    (
        "an organ line wrapped over two lines",
        "en",
        "Glasgow Climate Pact\n"
        "The Conference of the Parties serving as the meeting of the Parties to the\n"
        "Paris Agreement,\n"
        "Recalling Articles 2, 3 and 4 of the Paris Agreement,\n"
        "1. Affirms that the Paris Agreement shall be implemented;\n",
        "The Conference of the Parties serving as the meeting of the Parties to the\n"
        "Paris Agreement,",
        ["preamble", "operative"],
    ),
    (
        "an organ line wrapped over three lines, a name the table holds",
        "fr",
        "Question des Samoa américaines\n"
        "Le Comité spécial chargé d’étudier la situation en ce qui concerne\n"
        "l’application de la Déclaration sur l’octroi de l’indépendance aux pays\n"
        "et aux peuples coloniaux,\n"
        "Ayant examiné la question des Samoa américaines,\n"
        "1. Réaffirme le droit inaliénable du peuple;\n",
        "Le Comité spécial chargé d’étudier la situation en ce qui concerne\n"
        "l’application de la Déclaration sur l’octroi de l’indépendance aux pays\n"
        "et aux peuples coloniaux,",
        ["preamble", "operative"],
    ),
    (
        "no organ line: a paragraph that wraps onto a body's name is not one",
        "en",
        "Rights of persons with disabilities\n"
        "Noting the work of the Human Rights\n"
        "Council,\n"
        "Recalling its resolutions on the question,\n"
        "1. Decides to act.\n",
        None,
        ["preamble", "preamble", "operative"],
    ),
    (
        "no organ line, no number, no known head: the text starts where a lead is shaped",
        "en",
        "Statement on the events in the region\n"
        "Profoundly disheartened by the events in the region and\nthe loss of life\n",
        None,
        ["preamble"],
    ),
]


@pytest.mark.parametrize(
    ("name", "language", "text", "organ", "sections"),
    ORGAN_CASES,
    ids=[c[0] for c in ORGAN_CASES],
)
def test_organ_line(
    name: str, language: str, text: str, organ: str | None, sections: list[str]
) -> None:
    seg = _segment(text, language)
    assert (seg.organ.text.strip() if seg.organ else None) == organ, name
    if seg.organ is not None:  # the organ line's span is its text in the source
        assert text[seg.organ.span.start : seg.organ.span.end] == seg.organ.text, name
    assert [p.section for p in seg.paragraphs] == sections, name
    # every paragraph opens where a lead or a number does (a title stays in the header)
    assert all(not p.lines[0].text.startswith("Strengthening") for p in seg.paragraphs), name


def test_missing_organ_line_is_reported() -> None:
    seg = _segment("Recalling its resolution 70/1,\n1. Decides to act.\n", "en")
    assert any("acting-organ" in w for w in seg.warnings)
    assert [p.section for p in seg.paragraphs] == ["preamble", "operative"]


def _indented(*paragraphs: str) -> str:
    """A text in the indented layout: each paragraph's first line indented, the rest flush."""
    out = []
    for para in paragraphs:
        first, *rest = para.split("\n")
        out += [" " + first, *rest]
    return "\n".join(out) + "\n"


# Drafting conventions the segmenter relies on, each with the layout damage it must survive:
# (name, language, text, expected (section, number) of every paragraph, expected headings).
CONVENTION_CASES = [
    (
        "lone operative verb shaped like a preambular adjective",
        "fr",
        _indented(
            "L’Assemblée générale,",
            "Ayant examiné le rapport de la Commission de vérification des pouvoirs et la\n"
            "recommandation qui y figure,",
            "Approuve le rapport de la Commission de vérification des pouvoirs.",
            "33e séance plénière",
        ),
        [("preamble", None), ("operative", None)],
        [],
    ),
    (
        "a preambular paragraph that opens with an operative phrase ends with a comma",
        "fr",
        _indented(
            "L’Assemblée générale,",
            "Rappelant ses résolutions antérieures sur la question et le rapport du\n"
            "Secrétaire général sur leur application,",
            "Se déclare préoccupée par le manque persistant d’informations sur la\n"
            "situation des personnes atteintes d’albinisme,",
            "Consciente de l’importance de la coopération internationale,",
            "1. Prie instamment les États Membres de continuer leurs efforts ;",
            "2. Décide de poursuivre l’examen de la question.",
        ),
        [
            ("preamble", None),
            ("preamble", None),
            ("preamble", None),
            ("operative", "1"),
            ("operative", "2"),
        ],
        [],
    ),
    (
        "the lone paragraph that adopts a declaration of numbered paragraphs",
        "en",
        _indented(
            "The General Assembly,",
            "Adopts the following political declaration of the high-level meeting:1 We,\n"
            "Heads of State and Government, gathered at United Nations Headquarters,",
            "1. Reaffirm that the Durban Declaration remains the framework;",
            "2. Also reaffirm our commitment.",
        ),
        [("operative", None), ("operative", "1"), ("operative", "2")],
        [],
    ),
    (
        "the first line after the organ line opens a paragraph, blank line or not",
        "en",
        "The General Assembly\n"
        "Adopts the following political declaration approved by the high-level meeting\n"
        "of the General Assembly on the fight against tuberculosis:\n\n"
        "We, Heads of State and Government, assembled at the United Nations\n"
        "in New York on 26 September 2018, reaffirm our commitment,\n\n"
        "1. Reaffirm the 2030 Agenda for Sustainable Development, including the\n"
        "resolve to end the tuberculosis epidemic by 2030;\n\n"
        "2. Commit to ending the epidemic in all countries by providing\n"
        "leadership and working together.\n",
        [("operative", None), ("operative", "1"), ("operative", "2")],
        [],
    ),
    (
        "one-line paragraphs between blank lines, the meeting and date set far to the right",
        "en",
        "     The General Assembly,\n\n"
        "     Recalling its resolution 70/1 of 25 September 2015,\n\n"
        "     Noting the report of the Secretary-General,\n\n"
        "     1.   Welcomes the participation of Heads of State and Government;\n\n"
        "     2.   Decides to continue its consideration of the matter.\n\n"
        + " " * 55
        + "10th plenary meeting\n"
        + " " * 55
        + "20 November 2022\n",
        [("preamble", None), ("preamble", None), ("operative", "1"), ("operative", "2")],
        [],
    ),
    (
        "numbered paragraph after one that lost its final punctuation",
        "en",
        _indented(
            "The Security Council,",
            "Recalling its resolutions on the question,",
            "Underscoring that Member States are obligated under Article 25 of the Charter\n"
            "of the United Nations to accept and carry out the decisions of the Council",
            "1. Calls upon all parties to ensure humanitarian assistance;",
            "2. Decides to remain seized of the matter.",
        ),
        [("preamble", None), ("preamble", None), ("operative", "1"), ("operative", "2")],
        [],
    ),
    (
        "numbered paragraph after a quoted replacement text",
        "en",
        _indented(
            "The Security Council,",
            "Recalling its resolutions on the question,",
            "1. Decides that paragraph 5 of resolution 2292 shall be replaced by the following:\n"
            "“Authorises Member States to inspect vessels;”",
            "2. Decides to remain seized of the matter.",
        ),
        [("preamble", None), ("operative", "1"), ("operative", "2")],
        [],
    ),
    (
        "a number printed inside the paragraph before is skipped, not the rest",
        "en",
        _indented(
            "The General Assembly,",
            "Recalling its resolutions on the question and the report of the\n"
            "Secretary-General on their implementation,",
            "1. Welcomes the report; 2. Takes note of the recommendations;",
            "3. Requests the Secretary-General to report;",
            "4. Decides to remain seized of the matter.",
        ),
        [("preamble", None), ("operative", "1"), ("operative", "3"), ("operative", "4")],
        [],
    ),
    (
        "a label heading between numbered paragraphs",
        "en",
        _indented(
            "The Security Council,",
            "Recalling its resolutions on the question,",
            "1. Requests the mission to support the parties;",
            "Reporting:",
            "2. Requests the Secretary-General to report to the Council monthly;",
            "3. Decides to remain seized of the matter.",
        ),
        [("preamble", None), ("operative", "1"), ("operative", "2"), ("operative", "3")],
        ["Reporting:"],
    ),
    (
        "a wrapped line that merely looks like a heading stays in its paragraph",
        "en",
        _indented(
            "The Security Council,",
            "Recalling its resolutions on the question,",
            "1. Requests the Special Representative to lead the system in assisting the AU,\n"
            "CTSAMVM, and other actors, as well as the parties, with implementation of the\n"
            "Revitalised Agreement;",
            "2. Decides to remain seized of the matter.",
        ),
        [("preamble", None), ("operative", "1"), ("operative", "2")],
        [],
    ),
    (
        "the parts of a composite resolution, each with letter, title and organ line",
        "en",
        _indented(
            "The General Assembly,",
            "1. Takes note of the report;",
            "2. Requests the Secretary-General to report.",
            "B",
            "Final income estimates for the biennium",
            "The General Assembly",
            "Resolves that the estimates of income shall be as follows.",
        ),
        [("operative", "1"), ("operative", "2"), ("operative", None)],
        ["B", "Final income estimates for the biennium", "The General Assembly"],
    ),
    (
        "a part title that opens with an -ing word after numbered paragraphs",
        "en",
        _indented(
            "The General Assembly,",
            "Resolves that, for 2020:",
            "1. Appropriations totalling 3,073,830,500 dollars are approved;",
            "2. The Secretary-General shall be authorized to transfer credits.",
            "C",
            "Financing of appropriations for the year 2020",
            "The General Assembly",
            "Resolves that, for 2020:",
            "1. Budget appropriations consisting of 3,073,830,500 dollars shall be financed.",
        ),
        [
            ("operative", None),
            ("operative", "1"),
            ("operative", "2"),
            ("operative", None),
            ("operative", "1"),
        ],
        ["C", "Financing of appropriations for the year 2020", "The General Assembly"],
    ),
    (
        "a lone final paragraph whose operative verb the lexicon does not know",
        "en",
        _indented(
            "The General Assembly,",
            "Having considered the recommendation of the Security Council,",
            "Expressing its appreciation for the service rendered to the Organization,",
            "Appoints Mr. A. B. Secretary-General of the United Nations for a term of\n"
            "office beginning on 1 January 2022 and ending on 31 December 2026.",
            "82nd plenary meeting",
        ),
        [("preamble", None), ("preamble", None), ("operative", None)],
        [],
    ),
    (
        "a wrapped line after a comma inside the last preambular paragraph stays in it",
        "en",
        _indented(
            "The General Assembly,",
            "Having considered the recommendation of the Security Council,",
            "Expressing its appreciation to the Member States,\n"
            "United Nations entities and civil society for their work.",
        ),
        [("preamble", None), ("preamble", None)],
        [],
    ),
    (
        "the last preambular paragraph ends with a footnote marker after its comma",
        "en",
        _indented(
            "The General Assembly,",
            "Recalling its resolutions on the question and the report of the\n"
            "Secretary-General on their implementation,",
            "Recalling also the general elections that were held in July 2027,8",
            "1. Reaffirms the inalienable right of the people of the Territory to\n"
            "self-determination;",
            "2. Decides to continue the consideration of the question.",
        ),
        [("preamble", None), ("preamble", None), ("operative", "1"), ("operative", "2")],
        [],
    ),
    (
        "a heading without punctuation in the preamble stays a heading",
        "en",
        _indented(
            "The General Assembly,",
            "Recalling its resolutions on the question and the report of the\n"
            "Secretary-General on their implementation,",
            "Countries in special situations",
            "Noting the needs of landlocked developing countries in the area of\ntransport,",
            "1. Decides to continue the consideration of the question.",
        ),
        [("preamble", None), ("preamble", None), ("operative", "1")],
        ["Countries in special situations"],
    ),
    (
        "a preambular paragraph that lost its final comma",
        "en",
        _indented(
            "The General Assembly,",
            "Having received the report of the International Agency for the\nyear 20291",
            "Taking note of the statement by the Director General of the Agency,\n"
            "in which he provided additional information,",
            "1. Takes note with appreciation of the report of the Agency.",
        ),
        [("preamble", None), ("preamble", None), ("operative", "1")],
        [],
    ),
    (
        "a line that merely starts a layout paragraph after a lost comma stays in it",
        "en",
        _indented(
            "The General Assembly,",
            "Recalling the report of the International Agency for the\nyear 2029",
            "Member States and other stakeholders, as well as the relevant\norganizations,",
            "1. Takes note with appreciation of the report of the Agency.",
        ),
        [("preamble", None), ("operative", "1")],
        [],
    ),
    (
        "a lost comma in a flat layout: nothing tells where the paragraph ends",
        "en",
        "The General Assembly,\n"
        "Having received the report of the International Agency for 2029\n"
        "Taking note of the statement by the Director General,\n"
        "1. Takes note with appreciation of the report of the Agency.\n",
        [("preamble", None), ("operative", "1")],
        [],
    ),
    (
        "a part label after a lone unnumbered operative paragraph opens the next part",
        "en",
        _indented(
            "The General Assembly,",
            "Recalling its resolution on questions relating to the proposed\nprogramme budget,",
            "Decides to approve resources in the amount of 100 dollars under\n"
            "section 13 of the proposed programme budget;",
            "XVIII",
            "Having considered the reports of the Secretary-General and the\n"
            "related reports of the Advisory Committee,",
            "1. Takes note of the reports of the Secretary-General;",
            "2. Endorses the conclusions of the Advisory Committee.",
        ),
        [
            ("preamble", None),
            ("operative", None),
            ("preamble", None),
            ("operative", "1"),
            ("operative", "2"),
        ],
        ["XVIII"],
    ),
    (
        "in a flat layout, a sentence shaped like a preamble opens no part while the numbers go on",
        "en",
        "The General Assembly,\n"
        "Adopts the following declaration:\n"
        "1. We will improve digital cooperation. Digital technologies have transformed\n"
        "society and offer new challenges.\n"
        "Shaping a shared vision on digital cooperation must continue to be a priority.\n"
        "2. We will upgrade the United Nations.\n",
        [("operative", None), ("operative", "1"), ("operative", "2")],
        [],
    ),
    (
        "... where a part's numbers start again at 1, it does",
        "en",
        "The General Assembly,\n"
        "Recalling its resolution 74/1,\n"
        "1. Decides to convene the meeting.\n"
        "Recalling also its resolution 74/2,\n"
        "1. Decides to hold the dialogue.\n",
        [("preamble", None), ("operative", "1"), ("preamble", None), ("operative", "1")],
        [],
    ),
    (
        "a declaration's paragraph after a misprinted number opens in the first person",
        "fr",
        _indented(
            "L’Assemblée générale",
            "Adopte la déclaration politique suivante :",
            "1. Nous réaffirmons notre attachement au Programme d’action.",
            "2. Nous constatons avec préoccupation que les entreprises n’ont pas accès aux\n"
            "capitaux.",
            "10. Nous sommes conscients que davantage de pays sont parties à des accords.",
            "4. Nous sommes encouragés par les signes indiquant une coopération.",
        ),
        [("operative", None), ("operative", "1"), ("operative", "2"), ("operative", "4")],
        [],
    ),
    (
        "a part label heads a lone operative paragraph too",
        "en",
        _indented(
            "The General Assembly,",
            "Having considered the report of the Secretary-General and the\n"
            "related report of the Advisory Committee,",
            "Takes note of the revised estimates arising from changes in the\n"
            "rates of exchange and inflation;",
            "XXV",
            "Approves the gross budget for the Joint Inspection Unit in the\n"
            "amount of 100 dollars.",
        ),
        [("preamble", None), ("operative", None), ("operative", None)],
        ["XXV"],
    ),
]


@pytest.mark.parametrize(
    ("name", "language", "text", "expected", "headings"),
    CONVENTION_CASES,
    ids=[c[0] for c in CONVENTION_CASES],
)
def test_drafting_conventions(
    name: str,
    language: str,
    text: str,
    expected: list[tuple[str, str | None]],
    headings: list[str],
) -> None:
    seg = _segment(text, language)
    assert [(p.section, p.number) for p in seg.paragraphs] == expected, name
    assert [ln.text.strip() for ln in seg.headings] == headings, name


@pytest.mark.parametrize(
    "line",
    [
        " Recalling its resolution 70/1,",
        " 3. Decides to remain seized of the matter.",
        "requests the Secretary-General to report on:",
        "the financing of the conference;",
        "to replace paragraph 2 with the following: “…;”",
        "ends with a quote and a marker.”12",
        "a comma, a space and markers ,  * ",
        "a full stop after a superscript marker.¹²³",
        "four markers are too many.1234",
        "two marks in a row;.",
        "a mark then letters, no end",
        "a mark then a newline;\n",
        "“quoted”,",
        "",
        ".",
        "no end at all",
    ],
)
def test_clause_end_agrees_with_the_end_patterns(line: str) -> None:
    mark = _clause_end(line)
    assert bool(mark) == bool(CLAUSE_END.search(line))
    assert (mark == ".") == bool(SENTENCE_END.search(line))
    assert (mark == ",") == bool(PREAMBLE_END.search(line))


def _sc_1970s(*blocks: str) -> str:
    """A text in the layout of the Security Council's 1946-1979 texts: a heading, the organ
    line, then blocks of flush lines, each block after a blank line."""
    return "Resolution 9999 (1970)\nof 1 January 1970\n\n" + "\n\n".join(blocks) + "\n"


def _sc_flat(*lines: str) -> str:
    """The same texts with no blank line at all: every line may open a paragraph."""
    return "Resolution 9999 (1970)\nof 1 January 1970\n" + "\n".join(lines) + "\n"


# The scanned Security Council texts of 1946-1979 (written for these tests, in their layout):
# (name, text, expected (section, number, first word) of every paragraph, expected closing).
SCANNED_SC_CASES = [
    (
        "a paragraph number whose full stop was read as a comma, after a blank line",
        _sc_1970s(
            "The Security Council,",
            "Noting the report of the Secretary-General\non the mission and the parties,",
            "1. Welcomes the report and the co-operation\nof the parties with the mission;",
            "2, Extends the mandate of the mission\nfor a further period of six months;",
            "3. Decides to remain seized of the matter\nand to review it in six months.",
            "Adopted unanimously at the\n1000th meeting.",
        ),
        [
            ("preamble", None, "Noting"),
            ("operative", "1", "Welcomes"),
            ("operative", "2", "Extends"),
            ("operative", "3", "Decides"),
        ],
        ["Adopted unanimously at the", "1000th meeting."],
    ),
    (
        "a comma-numbered paragraph with a known verb and no layout break",
        _sc_flat(
            "The Security Council,",
            "Noting the report of the Secretary-General,",
            "1. Welcomes the report;",
            "2, Requests the Secretary-General to report.",
            "Adopted at the 1000th meeting.",
        ),
        [
            ("preamble", None, "Noting"),
            ("operative", "1", "Welcomes"),
            ("operative", "2", "Requests"),
        ],
        ["Adopted at the 1000th meeting."],
    ),
    (
        "a comma number with neither a known verb nor a layout break goes on the paragraph",
        _sc_flat(
            "The Security Council,",
            "Noting the report of the Secretary-General,",
            "1. Welcomes the co-operation of France, Italy,",
            "2, Kingdom of the Netherlands and others;",
            "2. Requests the Secretary-General to report.",
            "Adopted at the 1000th meeting.",
        ),
        [
            ("preamble", None, "Noting"),
            ("operative", "1", "Welcomes"),
            ("operative", "2", "Requests"),
        ],
        ["Adopted at the 1000th meeting."],
    ),
    (
        "a comma number out of sequence is not a paragraph",
        _sc_flat(
            "The Security Council,",
            "Noting the report of the Secretary-General,",
            "1. Welcomes the report;",
            "7, Requests the Secretary-General to report.",
            "Adopted at the 1000th meeting.",
        ),
        [("preamble", None, "Noting"), ("operative", "1", "Welcomes")],
        ["Adopted at the 1000th meeting."],
    ),
    (
        "numbers and commas inside a sentence open no paragraph",
        _sc_flat(
            "The Security Council,",
            "Noting the report of the Secretary-General,",
            "1. Endorses the recommendations in paragraphs 1,",
            "2, 5 and 6 of the report;",
            "2. Requests the Secretary-General to report.",
            "Adopted at the 1000th meeting.",
        ),
        [
            ("preamble", None, "Noting"),
            ("operative", "1", "Endorses"),
            ("operative", "2", "Requests"),
        ],
        ["Adopted at the 1000th meeting."],
    ),
    (
        "the adoption line after a last paragraph that lost its full stop",
        _sc_1970s(
            "The Security Council,",
            "Having examined the application of the Republic,",
            "Recommends to the General Assembly that the Republic be admitted\n"
            "to membership in the United Nations,",
            "Adopted unanimously at the\n1000th meeting.",
        ),
        [("preamble", None, "Having"), ("operative", None, "Recommends")],
        ["Adopted unanimously at the", "1000th meeting."],
    ),
    (
        "the adoption line after a numbered paragraph that ends with a comma",
        _sc_1970s(
            "The Security Council,",
            "Noting the report of the Secretary-General,",
            "1. Welcomes the report;",
            "2. Decides to remain seized of the matter,",
            "Adopted at the 1000th meeting by 14 votes to none.",
        ),
        [
            ("preamble", None, "Noting"),
            ("operative", "1", "Welcomes"),
            ("operative", "2", "Decides"),
        ],
        ["Adopted at the 1000th meeting by 14 votes to none."],
    ),
    (
        "a wrapped vote line naming members is not the preamble of a new part",
        _sc_1970s(
            "The Security Council,",
            "Noting the report of the Secretary-General,",
            "1. Decides to remain seized of the matter.",
            "Adopted at the 1000th meeting\nby 13 votes to none, with\n2 abstentions (France\n"
            "United Kingdom of Great Britain\nand Northern Ireland).",
        ),
        [("preamble", None, "Noting"), ("operative", "1", "Decides")],
        [
            "Adopted at the 1000th meeting",
            "by 13 votes to none, with",
            "2 abstentions (France",
            "United Kingdom of Great Britain",
            "and Northern Ireland).",
        ],
    ),
    (
        "inside the parentheses of a vote, where every line may open a paragraph",
        _sc_flat(
            "The Security Council,",
            "Noting the report of the Secretary-General,",
            "1. Decides to remain seized of the matter.",
            "Adopted at the 1000th meeting by 13 votes to none (France",
            "United Kingdom of Great Britain and Northern Ireland).",
        ),
        [("preamble", None, "Noting"), ("operative", "1", "Decides")],
        [
            "Adopted at the 1000th meeting by 13 votes to none (France",
            "United Kingdom of Great Britain and Northern Ireland).",
        ],
    ),
    (
        "after a closing line that ends with a comma, where every line may open a paragraph",
        _sc_flat(
            "The Security Council,",
            "Noting the report of the Secretary-General,",
            "1. Decides to remain seized of the matter.",
            "Adopted at the 1000th meeting by 9 votes to 2,",
            "United Kingdom of Great Britain and Northern Ireland",
            "abstaining.",
        ),
        [("preamble", None, "Noting"), ("operative", "1", "Decides")],
        [
            "Adopted at the 1000th meeting by 9 votes to 2,",
            "United Kingdom of Great Britain and Northern Ireland",
            "abstaining.",
        ],
    ),
    (
        "a preamble after the finished closing lines still opens the next part",
        _sc_1970s(
            "The Security Council,",
            "Noting the report of the Secretary-General,",
            "1. Decides to remain seized of the matter.",
            "Adopted at the 1000th meeting.",
            "Recalling its resolution 9998 (1970),",
            "1. Requests the Secretary-General to report.",
        ),
        [
            ("preamble", None, "Noting"),
            ("operative", "1", "Decides"),
            ("preamble", None, "Recalling"),
            ("operative", "1", "Requests"),
        ],
        ["Adopted at the 1000th meeting."],
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected", "closing"),
    SCANNED_SC_CASES,
    ids=[c[0] for c in SCANNED_SC_CASES],
)
def test_scanned_security_council_layout(
    name: str, text: str, expected: list[tuple[str, str | None, str]], closing: list[str]
) -> None:
    seg = _segment(text, "en")
    first_words = [
        p.lines[0].text.split(maxsplit=1 + (p.number is not None))[p.number is not None]
        for p in seg.paragraphs
    ]
    got = [(p.section, p.number, w) for p, w in zip(seg.paragraphs, first_words, strict=True)]
    assert got == expected, name
    assert [ln.text.strip() for ln in seg.closing] == closing, name


@pytest.mark.parametrize(
    ("line", "adoption"),
    [
        ("Adopted at the 1000th meeting.", True),
        ("Adopted unanimously at the", True),
        ("Adopted without a vote at the 1000th meeting.", True),
        ("Adoptée à l’unanimité à la 1000e séance.", True),
        ("Aprobada por unanimidad en la 1000ª sesión.", True),
        ("Adopted by the General Assembly on 1 January 1970", False),
        ("adopted at the 1000th meeting", False),
        ("Adopts the report of the Committee;", False),
        ("Recalling the resolution adopted at the 1000th meeting,", False),
    ],
)
def test_adoption_line(line: str, adoption: bool) -> None:
    assert (ADOPTION.match(line) is not None) == adoption


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("4, Requests the Secretary-General", "4"),
        ("12, Decides to remain seized", "12"),
        ("4. Requests the Secretary-General", None),
        ("4, 5 and 6 of the report;", None),
        ("4, requests", None),
        ("1970, Requests", None),
    ],
)
def test_comma_number_pattern(line: str, number: str | None) -> None:
    m = OP_NUMBER_COMMA.match(line)
    assert (m.group("num") if m else None) == number


def test_a_number_alone_on_its_line() -> None:
    """A plain extraction prints a paragraph's number in a column of its own: "1." / "Welcomes
    …" is one paragraph, its lines after the number's."""
    text = "\n".join(
        [
            "The General Assembly,",
            "Recalling its resolution 70/1,",
            "1.",
            "Welcomes the report of the Secretary-General;",
            "2.",
            "Encourages Member States to strengthen cooperation in the protection of",
            "coastal waters, in particular through the exchange of data;",
            "3.",
            "Decides to remain seized of the matter.",
        ]
    )
    seg = _segment(text, "en")
    assert [(p.section, p.number, len(p.lines)) for p in seg.paragraphs] == [
        ("preamble", None, 1),
        ("operative", "1", 2),
        ("operative", "2", 3),
        ("operative", "3", 2),
    ]


def test_page_break_blank_lines_do_not_make_a_blank_line_layout() -> None:
    """A plain extraction prints blank lines only where a page's foot was: they are no layout
    signal, and the text is read as flat."""
    page_foot = "\n\n2/5\n\n18-17962\n\nA/RES/73/6\n\n"
    text = (
        "The General Assembly,\n"
        "Recalling its resolution 70/1 of 25 September 2015,\n"
        "Noting the report of the Secretary-General on the"
        + page_foot
        + "implementation of the resolution,\n"
        "Welcoming the work of the Office,\n"
        "1. Decides to remain seized of the matter.\n"
    )
    seg = _segment(text, "en")
    assert [(p.section, p.number) for p in seg.paragraphs] == [
        ("preamble", None),
        ("preamble", None),
        ("preamble", None),
        ("operative", "1"),
    ]


@pytest.mark.parametrize(
    ("lines", "headings", "n_preamble"),
    [
        (  # "Naciones" / "Unidas contra …": a name wrapped, printed whole elsewhere
            [
                "La Asamblea General,",
                "Recordando la Convención de las Naciones Unidas contra la Delincuencia",
                "Organizada Transnacional y sus Protocolos, en particular el Protocolo para",
                "Prevenir, Reprimir y Sancionar la Trata de Personas,",
                "Especialmente Mujeres y Niños, que complementa la Convención de las Naciones",
                "Unidas contra la Delincuencia Organizada Transnacional,",
                "Reconociendo la importancia crucial del Protocolo,",
                "1. Decide seguir examinando la cuestión.",
            ],
            [],
            2,
        ),
        (  # a heading, then a paragraph: "Océanos Recordando" is printed nowhere
            [
                "La Asamblea General,",
                "Recordando su resolución 77/248, de 30 de diciembre de 2022,",
                "Los océanos y el derecho del mar",
                "Reconociendo la importancia crucial de la Convención,",
                "1. Decide seguir examinando la cuestión.",
            ],
            ["Los océanos y el derecho del mar"],
            2,
        ),
    ],
    ids=["name wrapped", "heading"],
)
def test_a_name_wrapped_over_a_line_is_no_heading(
    lines: list[str], headings: list[str], n_preamble: int
) -> None:
    """A flat line that looks like a heading, ending inside a name the document prints whole
    ("Naciones Unidas"), runs on into the next line."""
    seg = _segment("\n".join(lines) + "\n", "es")
    assert [ln.text.strip() for ln in seg.headings] == headings
    assert sum(p.section == "preamble" for p in seg.paragraphs) == n_preamble


@pytest.mark.parametrize(
    ("line", "alone"),
    [
        ("41a sesión plenaria 10 de diciembre de 2020", True),
        ("52e séance plénière (reprise)", True),
        ("54a sesión plenaria(continuación)", True),
        ("55th (resumed) plenary meeting", True),
        ("85a. sesión plenaria", True),  # an older Spanish print
        # a sentence that wraps onto a line naming a meeting goes on after it
        ("41st plenary meeting, on 5 December 2019, the Assembly", False),
        ("41st plenary meeting of its seventy-fourth session;", False),
    ],
)
def test_is_meeting_line(line: str, alone: bool) -> None:
    assert is_meeting_line(line) is alone


@pytest.mark.parametrize(
    "text",
    [
        # the last paragraph lost its final punctuation; a blank line sets the meeting apart
        "La Asamblea General,\n\n"
        "Recordando su resolución 74/1,\n\n"
        "1. Solicita al Secretario General que distribuya los informes por conducto del\n"
        "Departamento de Comunicación Global de la Secretaría\n\n"
        "41a sesión plenaria 10 de diciembre de 2020\n",
        # a quoted title that lost its full stop, then the meeting line
        "La Asamblea General,\n"
        "Recordando su resolución 74/1,\n"
        "1. Decide seguir examinando la cuestión en relación con el tema titulado\n"
        "“Promoción y protección de los derechos de la infancia”\n"
        "41a sesión plenaria\n"
        "10 de diciembre de 2020\n",
    ],
)
def test_the_meeting_closes_a_last_paragraph_that_lost_its_full_stop(text: str) -> None:
    seg = _segment(text, "es")
    assert [(p.section, p.number) for p in seg.paragraphs] == [
        ("preamble", None),
        ("operative", "1"),
    ]
    assert " ".join(ln.text.strip() for ln in seg.closing) == (
        "41a sesión plenaria 10 de diciembre de 2020"
    )


def test_a_line_that_opens_with_meeting_after_a_quotation_goes_on_the_paragraph() -> None:
    text = (
        "The Security Council,\n"
        "Recalling its resolution 2537 (2020),\n"
        "1. Welcomes the decision to convene an informal “five plus UN”\n"
        "meeting between the leaders of the two communities;\n"
        "2. Decides to remain seized of the matter.\n"
    )
    seg = _segment(text, "en")
    assert [(p.section, p.number) for p in seg.paragraphs] == [
        ("preamble", None),
        ("operative", "1"),
        ("operative", "2"),
    ]
    assert not seg.closing


def test_a_stray_blank_line_in_a_long_flat_text_is_no_layout() -> None:
    # a flat extraction (no indent, no blank line between paragraphs) with one blank line, as
    # before the title of a composite resolution's part: the preamble's paragraphs stay apart
    ops = "".join(
        f"{n}. Decides to consider the question of item {n} at its next session and\n"
        "requests the Secretary-General to report thereon;\n"
        for n in range(1, 31)
    )
    text = (
        "The General Assembly,\n"
        "Recalling its resolutions 44/198 of 21 December 1989 and 51/216 of\n"
        "18 December 1996,\n"
        "Having considered the report of the International Civil Service Commission\n"
        "for 2024,\n"
        "Reaffirming its commitment to a single unified common system,\n"
        f"{ops}"
        "31. Decides to remain seized of the matter.\n\n"
        "55th plenary meeting\n"
    )
    seg = _segment(text, "en")
    assert [p.section for p in seg.paragraphs[:4]] == ["preamble"] * 3 + ["operative"]
    assert len(seg.paragraphs) == 34


# A flat Russian text (no indent, no blank line): clauses open in lower case, so only the
# lexicon, and for a head it lacks ("полагая") a gerund after a line left short, open one.
RU_FLAT_LINES = [
    "Генеральная Ассамблея,",
    "ссылаясь на свою резолюцию 70/1 от 25 сентября 2015 года, озаглавленную «Преобразование",
    "нашего мира»,",
    "полагая, что сотрудничество в области образования имеет важнейшее значение,",
    "признавая важную роль образования в достижении целей в области устойчивого развития,",
    "с обеспокоенностью отмечая, что миллионы детей по-прежнему не посещают школу, особенно в",
    "странах, затронутых конфликтами, и в наименее развитых странах, и что их число растет в",
    "условиях пандемии, включая последствия закрытия школ и перехода к дистанционному обучению,",
    "учитывая, что инвестиции в образование приносят пользу всему обществу,",
    "1. призывает все государства-члены укреплять сотрудничество в области образования;",
    "2. постановляет продолжить рассмотрение этого вопроса на своей восемьдесят первой сессии.",
]


def test_flat_russian_preamble() -> None:
    seg = _segment("\n".join(RU_FLAT_LINES) + "\n", "ru")
    assert [(p.section, p.lines[0].text.split()[0].rstrip(",")) for p in seg.paragraphs] == [
        ("preamble", "ссылаясь"),
        ("preamble", "полагая"),  # not in the lexicon: a gerund after a line left short
        ("preamble", "признавая"),
        ("preamble", "с"),
        ("preamble", "учитывая"),
        ("operative", "1."),
        ("operative", "2."),
    ]
    # "странах, затронутых …" and "условиях пандемии, включая …" go on the paragraph: no head
    assert len(seg.paragraphs[3].lines) == 3


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        # the masthead's organ (no comma, a line of the masthead after it) is not the acting one
        (
            "Генеральная Ассамблея\nDistr.: General\n\nГенеральная Ассамблея,\n\n"
            "постановляет продолжить рассмотрение вопроса.\n",
            "Генеральная Ассамблея,",
        ),
        # a resolution of one paragraph prints the acting organ with no comma
        (
            "Генеральная Ассамблея\nDistr.: General\n\n77/266. Фонд оборотных средств\n\n"
            "Генеральная Ассамблея\n\nпостановляет, что:\n\n"
            "1. на 2023 год создается Фонд оборотных средств;\n",
            "Генеральная Ассамблея",
        ),
    ],
)
def test_russian_acting_organ(text: str, organ: str) -> None:
    seg = _segment(text, "ru")
    assert seg.organ is not None and seg.organ.text.strip() == organ
    assert seg.paragraphs[0].lines[0].text.strip().startswith("постановляет")


def _zh_clauses(text: str) -> list[tuple[str, str]]:
    from helpers.parse import parse_text

    res = parse_text(text, language="zh")
    return [(c.section, c.text[:6]) for c in res.clauses]


ZH_BODY = [
    "大会，",
    "回顾其2021年12月9日第76/82号决议，",
    "倾听了世界各地人民的心声，认识到必须加强国际合作并为此作出共同努力，以应对当前",
    "的各种挑战，",
    "对危害人类罪一再发生深感不安，",
    "1. 决定继续审议这一问题；",
    "2. 请秘书长向大会第七十八届会议提出报告。",
]


def test_a_chinese_paragraph_opens_where_the_layout_starts_one() -> None:
    """An unknown lead ("倾听了", "对…深感不安") opens a paragraph where the line is indented,
    not where a wrapped line goes on ("的各种挑战，")."""
    indented = "\n".join(ln if k in (3,) else f"  {ln}" for k, ln in enumerate(ZH_BODY))
    assert _zh_clauses(indented) == [
        ("preamble", "回顾其202"),
        ("preamble", "倾听了世界各"),
        ("preamble", "对危害人类罪"),
        ("operative", "决定继续审议"),
        ("operative", "请秘书长向大"),
    ]


def test_a_chinese_paragraph_that_ends_with_a_full_stop_is_the_lone_operative() -> None:
    """ "表示注意到" opens a preambular paragraph and an operative one alike: the full stop says
    which, and the meeting line after it closes the text."""
    from helpers.parse import parse_text

    text = "\n".join(
        [
            "大会，",
            "  回顾其2006年3月15日第60/251号决议，",
            "  审议了人权理事会的报告，",
            "  表示注意到人权理事会的报告，包括其增编。",
            "  第54次全体会议",
            "  2022年12月15日",
        ]
    )
    res = parse_text(text, language="zh")
    assert [(c.section, c.lead.text) for c in res.clauses] == [
        ("preamble", "回顾"),
        ("preamble", "审议了"),
        ("operative", "表示注意到"),
    ]
    assert res.meeting == "第54次全体会议"
    assert res.date == "2022-12-15"


def test_an_arabic_text_numbers_its_operative_paragraphs_with_a_dash() -> None:
    """Arabic prints "1 - تطلب", ends clauses with "،" and "؛", and closes with the meeting
    ("الجلسة العامة 52")."""
    from helpers.parse import parse_text

    text = "\n".join(
        [
            "إن الجمعية العامة،",
            "إذ تشير إلى قرارها 67/19 المؤرخ 29 تشرين الثاني/نوفمبر 2012،",
            "1 - تطلب إلى الأمين العام أن يقدم تقريرا عن تنفيذ هذا القرار؛",
            "2 - تقرر أن تواصل النظر في المسألة في دورتها الثامنة والسبعين.",
            "الجلسة العامة 52",
            "12 كانون الأول/ديسمبر 2022",
        ]
    )
    res = parse_text(text)
    assert res.language == "ar"
    assert res.organ_text == "إن الجمعية العامة،"
    assert [(c.section, c.number, c.text[:6]) for c in res.clauses] == [
        ("preamble", None, "إذ تشي"),
        ("operative", "1", "تطلب إ"),
        ("operative", "2", "تقرر أ"),
    ]
    assert (res.meeting, res.date) == ("الجلسة العامة 52", "2022-12-12")
    assert [c.symbol for c in res.citations] == ["A/RES/67/19"]


# A statement by the President of the Security Council (S/PRST/…): a title, the paragraph that
# says how it was made, then quoted paragraphs with the Council as their subject, none numbered.
# Written on the Council's conventions; the corpus has one statement, in English (checked in
# test_parse).
_STATEMENTS = [
    (
        "English, flat, a paragraph of two sentences",
        "en",
        [
            "Statement by the President of the Security Council",
            "At the 9250th meeting of the Security Council, held on 12 January 2023, in",
            "connection with the Council’s consideration of the item entitled “Maintenance of",
            "international peace and security”, the President of the Security Council made the",
            "following statement on behalf of the Council:",
            "“The Security Council reaffirms its primary responsibility for the maintenance of",
            "international peace and security. It recalls its resolution 2250 (2015).",
            "“The Security Council requests the Secretary-General to keep it informed.”",
        ],
        ["At the 9250th", "“The Security Council reaffirms", "“The Security Council requests"],
    ),
    (
        "French, a line after a full stop that opens with no quotation mark runs on",
        "fr",
        [
            "Déclaration de la présidence du Conseil de sécurité",
            "À sa 9250e séance, le 12 janvier 2023, dans le cadre de l’examen de la question",
            "intitulée « Maintien de la paix et de la sécurité internationales », le Conseil de",
            "sécurité a autorisé sa présidence à faire en son nom la déclaration suivante :",
            "« Le Conseil de sécurité réaffirme sa responsabilité principale. Il rappelle sa",
            "résolution 2250 (2015). Le Conseil souligne qu’il importe d’agir.",
            "« Le Conseil de sécurité prie le Secrétaire général de le tenir informé. »",
        ],
        [
            "À sa 9250e séance",
            "« Le Conseil de sécurité réaffirme",
            "« Le Conseil de sécurité prie",
        ],
    ),
    (
        "Spanish, the office named as before 2021",
        "es",
        [
            "Declaración del Presidente del Consejo de Seguridad",
            "En la 9250ª sesión del Consejo de Seguridad, celebrada el 12 de enero de 2023, la",
            "Presidencia del Consejo de Seguridad formuló en nombre del Consejo la siguiente",
            "declaración:",
            "“El Consejo de Seguridad reafirma su responsabilidad primordial.",
            "“El Consejo de Seguridad solicita al Secretario General que lo mantenga informado.”",
        ],
        [
            "En la 9250ª sesión",
            "“El Consejo de Seguridad reafirma",
            "“El Consejo de Seguridad solicita",
        ],
    ),
    (
        "Chinese, paragraphs that end with 。",
        "zh",
        [
            "安全理事会主席的声明",
            "安全理事会主席在2023年1月12日安全理事会第9250次会议上，就安理会审议的题为",
            "“维护国际和平与安全”的项目，代表安理会发表声明如下：",
            "“安全理事会重申其维护国际和平与安全的首要责任。",
            "“安全理事会请秘书长随时向其通报情况。”",
        ],
        [
            "安全理事会主席在2023年1月12日安全理",
            "“安全理事会重申其维护国际和平与安全的",
            "“安全理事会请秘书长随时向其通报情况。”",
        ],
    ),
]


@pytest.mark.parametrize(
    ("name", "language", "lines", "starts"), _STATEMENTS, ids=[c[0] for c in _STATEMENTS]
)
def test_statement_of_the_president(
    name: str, language: str, lines: list[str], starts: list[str]
) -> None:
    masthead = [
        "United Nations S/PRST/2023/1",
        "Security Council Distr.: General",
        "12 January 2023",
    ]
    seg = _segment("\n".join([*masthead, *lines]) + "\n", language)
    assert seg.organ is None and seg.body == "Security Council", name
    assert seg.header[-1].text == lines[0]
    assert [(p.section, p.number) for p in seg.paragraphs] == [("operative", None)] * len(starts)
    assert [
        p.lines[0].text[: len(s)] for p, s in zip(seg.paragraphs, starts, strict=True)
    ] == starts
    assert not seg.warnings


def test_statement_paragraphs_by_the_layout() -> None:
    """Where the layout indents paragraphs, an indented line after a full stop opens one even
    without a quotation mark; a line that wraps after a full stop does not."""
    text = (
        "Statement by the President of the Security Council\n"
        "     On 4 December 2020, the President of the Security Council issued the following\n"
        "statement on behalf of the Council:\n"
        "     “The Security Council recalls its resolutions. It stresses the need for\n"
        "cooperation.\n"
        "     Recognizing the role of regional organizations, the Security Council encourages\n"
        "their efforts.”\n"
    )
    seg = _segment(text, "en")
    assert [p.lines[0].text.strip()[:12] for p in seg.paragraphs] == [
        "On 4 Decembe",
        "“The Securit",
        "Recognizing ",
    ]
    assert len(seg.paragraphs[1].lines) == 2


# A draft decision: the organ is the subject of its verb, and nothing is numbered.
_DECISIONS = [
    (
        "en",
        "General Assembly",
        [
            "Draft decision submitted by the Chair of the Committee",
            "Revitalization of the work of the Second Committee",
            "The General Assembly decides to approve the provisional programme of work of the",
            "Second Committee for its seventy-ninth session, as contained in the annex to the",
            "present decision.",
            "Annex",
            "Provisional programme of work",
        ],
        1,
    ),
    (
        "fr",
        "General Assembly",
        [
            "Cuba : projet de décision",
            "Revitalisation des travaux de la Deuxième Commission",
            "L’Assemblée générale décide d’inscrire à l’ordre du jour provisoire de sa",
            "soixante-dix-neuvième session la question intitulée « Revitalisation ».",
        ],
        0,
    ),
    (
        "es",
        "Economic and Social Council",
        [
            "Proyecto de decisión presentado por la Presidencia",
            "El Consejo Económico y Social decide aplazar el examen de la cuestión.",
            "     El Consejo Económico y Social decide además examinar la cuestión en su período",
            "de sesiones de 2025.",
        ],
        0,
    ),
]


@pytest.mark.parametrize(
    ("language", "body", "lines", "annex"), _DECISIONS, ids=[d[0] for d in _DECISIONS]
)
def test_draft_decision(language: str, body: str, lines: list[str], annex: int) -> None:
    masthead = ["United Nations A/C.2/78/L.70", "General Assembly Distr.: Limited"]
    seg = _segment("\n".join([*masthead, *lines]) + "\n", language)
    assert (seg.organ, seg.body) == (None, body)
    subject = lexicon(language).subject(seg.paragraphs[0].lines[0].text.strip())
    assert subject is not None and seg.paragraphs[0].lines[0].text.strip().startswith(subject)
    assert [(p.section, p.number) for p in seg.paragraphs] == [("operative", None)] * (
        1 + (language == "es")
    )
    assert len(seg.annex) == annex * 2
    assert not seg.warnings


def test_a_text_with_neither_organ_nor_subject_is_not_a_decision() -> None:
    seg = _segment(
        "United Nations A/78/1\nReport of the Secretary-General\nIt was decided.\n", "en"
    )
    assert seg.paragraphs == [] and seg.body is None


@pytest.mark.parametrize(
    ("language", "line", "body"),
    [
        (
            "en",
            "At its 50th plenary meeting, on 22 December 2023, the General Assembly, on the",
            "General Assembly",
        ),
        (
            "fr",
            "À sa 50e séance plénière, le 22 décembre 2023, l’Assemblée générale, sur la",
            "General Assembly",
        ),
        (
            "es",
            "En su 50ª sesión plenaria, celebrada el 22 de diciembre de 2023, la Asamblea General,",
            "General Assembly",
        ),
        (
            "ru",
            "На своем 50-м пленарном заседании 22 декабря 2023 года Генеральная Ассамблея по",
            "General Assembly",
        ),
        (
            "en",
            "At its 9518th meeting, on 21 December 2023, the Security Council decided",
            "Security Council",
        ),
    ],
)
def test_decision_as_adopted(language: str, line: str, body: str) -> None:
    text = "\n".join(
        [
            "United Nations A/DEC/78/540",
            "78/540. Revitalization of the work of the Second Committee",
            line,
            "recommendation of the Second Committee, decided to approve the programme of work.",
        ]
    )
    seg = _segment(text + "\n", language)
    assert (seg.organ, seg.body) == (None, body)
    assert [(p.section, p.number, len(p.lines)) for p in seg.paragraphs] == [("operative", None, 2)]
    assert seg.paragraphs[0].lines[0].text == line
    assert DECISION_OPENER.match(line)


@pytest.mark.parametrize(
    ("label", "before"),
    [("A", None), ("B", "A"), ("I", None), ("II", "I"), ("X", "IX"), ("XX", "XIX")],
)
def test_part_before(label: str, before: str | None) -> None:
    assert _part_before(label) == before
    if before is not None:
        assert next_part_label(before) == label


def test_the_drafts_a_report_recommends_are_parts() -> None:
    text = "\n".join(
        [
            "Report of the Third Committee",
            "2. The Third Committee recommends to the General Assembly the adoption of the",
            "following draft resolutions:",
            "Draft resolution I",
            "Rights of the child",
            "The General Assembly,",
            "Reaffirming its resolution 44/25 of 20 November 1989,",
            "1. Calls upon States to protect children;",
            "2. Decides to continue its consideration of the question.",
            "Draft resolution II",
            "The girl child",
            "The General Assembly,",
            "Recalling its resolution 76/146 of 16 December 2021,",
            "1. Urges States to end child marriage;",
            "2. Requests the Secretary-General to report.",
        ]
    )
    seg = _segment(text + "\n", "en")
    assert [(p.part, p.section, p.number) for p in seg.paragraphs] == [
        ("I", "preamble", None),
        ("I", "operative", "1"),
        ("I", "operative", "2"),
        ("II", "preamble", None),
        ("II", "operative", "1"),
        ("II", "operative", "2"),
    ]


# Texts under negotiation label their paragraphs "PP1", "OP1" (a zero draft, a compilation):
# (name, language, text, (section, number, label, first words) of each paragraph, closing lines)
LABELLED_CASES = [
    (
        "a zero draft: labels with no punctuation, a paragraph that wraps",
        "en",
        "Zero draft - 15 February 2024\n\nThe General Assembly,\n\n"
        "PP1 Recalling its resolution 77/160 of 14 December 2022 and all its\n"
        "previous resolutions on the question,\n\n"
        "PP2 Deeply concerned that barriers remain,\n\n"
        "OP1 Welcomes the report of the Secretary-General;\n\n"
        "OP2 Decides to continue its consideration of the question.\n",
        [
            ("preamble", None, "PP1", "PP1 Recalling"),
            ("preamble", None, "PP2", "PP2 Deeply"),
            ("operative", "1", "OP1", "OP1 Welcomes"),
            ("operative", "2", "OP2", "OP2 Decides"),
        ],
        0,
    ),
    (
        "labels with a full stop, an inserted paragraph, an alternative, no organ line",
        "fr",
        "PP1. Rappelant sa résolution 77/160,\n"
        "OP1. Accueille avec satisfaction le rapport;\n"
        "OP1 bis. Encourage les États à partager leurs pratiques;\n"
        "OP2 alt. Décide de poursuivre l’examen de la question.\n"
        "75e séance plénière\n",
        [
            ("preamble", None, "PP1.", "PP1. Rappelant"),
            ("operative", "1", "OP1.", "OP1. Accueille"),
            ("operative", "1 bis", "OP1 bis.", "OP1 bis. Encourage"),
            ("operative", "2 alt", "OP2 alt.", "OP2 alt. Décide"),
        ],
        1,
    ),
]


@pytest.mark.parametrize(
    ("name", "language", "text", "expected", "closing"),
    LABELLED_CASES,
    ids=[c[0] for c in LABELLED_CASES],
)
def test_labelled_paragraphs(
    name: str,
    language: str,
    text: str,
    expected: list[tuple[str, str | None, str, str]],
    closing: int,
) -> None:
    seg = _segment(text, language)
    got = [
        (p.section, p.number, p.label, " ".join(p.lines[0].text.split()[: len(e[3].split())]))
        for p, e in zip(seg.paragraphs, expected, strict=False)
    ]
    assert got == expected, name
    assert len(seg.paragraphs) == len(expected), name
    assert len(seg.closing) == closing, name


def test_one_label_is_no_negotiating_text() -> None:
    # a paragraph that happens to open with "OP1" (a code name) among numbered ones
    seg = _segment(
        "The General Assembly,\nRecalling its resolutions,\n1. Decides to act;\n"
        "OP1 of the programme is closed.\n2. Requests a report.\n",
        "en",
    )
    assert [(p.section, p.number, p.label) for p in seg.paragraphs] == [
        ("preamble", None, None),
        ("operative", "1", None),
        ("operative", "2", None),
    ]


# Where each resolution opens in a text that prints several (a volume of the Official Records):
# its number, with its organ line, a Council's adoption line or a decision's opening below.
@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        (
            "78/1. Title one\n\nThe General Assembly,\n\n  Decides to act.\n\n"
            "  4th plenary meeting\n\n78/2. Title two, which runs\non\n\n"
            "The General Assembly,\n\n  Decides to act again.\n",
            ["78/1", "78/2"],
        ),
        # one resolution under its number, and a draft, whose number is to come
        ("78/1. Title\n\nThe General Assembly,\n\n  Decides to act.\n", ["78/1"]),
        ("55/... Title\n\nThe Human Rights Council,\n\n  Decides to act.\n", []),
        # a table of contents lists numbers with no organ line below them: only the resolution
        (
            "Contents\n78/1. Title one  3\n78/2. Title two  4\n\n"
            "78/1. Title one\n\nThe General Assembly,\n\n  Decides.\n",
            ["78/1"],
        ),
        # a paragraph that wraps before a resolution it cites
        (
            "The General Assembly,\n\n  Recalling its resolution\n"
            "77/206. of 16 December 2022,\n\n  Decides to act.\n",
            [],
        ),
        # the Security Council's number line, its adoption line between it and the organ
        (
            "Resolution 2719 (2023)\nAdopted by the Security Council at its 9520th meeting, on"
            " 21 December 2023\n\nThe Security Council,\n\n  1. Decides;\n\n"
            "Resolution 2720 (2023)\nAdopted by the Security Council at its 9520th meeting\n\n"
            "The Security Council,\n\n  1. Decides.\n",
            ["2719 (2023)", "2720 (2023)"],
        ),
        # the number alone on its line, its title below (an Arabic print), and a page's number
        # with the page's foot and a part's organ line below it
        (
            "77/10\n\nالحالة في أفغانستان\nإن الجمعية العامة،\n\nإذ تشير …،\n\n"
            "2/3\n21-57049 (A)\n*2157049*\nA/RES/77/10\n\nإن الجمعية العامة،\n",
            ["77/10"],
        ),
        # a page's number above a paragraph that names a committee, and the masthead's organ
        (
            "3/4\nSpecial Committee as a neutral partner,\n\n"
            "5/6\nUnited Nations\nA/RES/77/10\nGeneral Assembly\nDistr.: General\n",
            [],
        ),
        # a title that wraps before "United Nations" (no masthead), and a Council resolution
        # that opens with its preamble, under its adoption line
        (
            "75/127. Strengthening of the coordination of emergency humanitarian assistance of the"
            "\nUnited Nations\n The General Assembly,\n Reaffirming …,\n\n"
            "Resolution 2573 (2021)\nAdopted by the Security Council on 27 April 2021\n"
            " Reiterating its primary responsibility …,\n",
            ["75/127", "2573 (2021)"],
        ),
        # the old numbering with a part's letter
        (
            "2200 A (XXI). International Covenants\n\nThe General Assembly,\n\n  Adopts.\n\n"
            "2201 (XXI). Other\n\nThe General Assembly,\n",
            ["2200 A (XXI)", "2201 (XXI)"],
        ),
        # a decision as the volumes print it, and the old numbering, in French
        (
            "78/501. Election\n\nAt its 2nd plenary meeting, on 5 September 2023, the General"
            " Assembly elected …\n\n1514 (XV). Déclaration\n\nL’Assemblée générale,\n",
            ["78/501", "1514 (XV)"],
        ),
    ],
)
def test_resolution_starts(text: str, numbers: list[str]) -> None:
    starts = resolution_starts(text)
    assert [n for _, n in starts] == numbers
    for at, number in starts:
        assert text[at:].startswith(("Resolution " + number, number))


def test_a_resolution_with_its_own_masthead_opens_at_the_masthead() -> None:
    # the documents of a session joined into one file: the second masthead is the second's
    first = "United Nations  A/RES/77/1\n\n77/1. One\n\nThe General Assembly,\n\n  Decides.\n\n"
    second = (
        "United Nations\nA/RES/77/2\nGeneral Assembly\nDistr.: General\n\n"
        "Resolution adopted by the General Assembly on 7 October 2022\n\n"
        "77/2. Two\n\nThe General Assembly,\n\n  Decides.\n"
    )
    assert resolution_starts(first + second) == [
        (first.index("77/1."), "77/1"),
        (len(first), "77/2"),
    ]
