"""Golden tests of the whole text parse on the seed, written out by hand from reading it."""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
import zipfile

import pytest

from helpers import ParseError, parse_all, parse_file, parse_file_all, parse_text
from helpers.akn import read_akn
from helpers.errors import (
    EmptyDocumentError,
    NotAResolutionError,
    SeveralResolutionsError,
    UnsupportedFormatError,
)
from helpers.models import RESOLUTION_KEYS
from helpers.parse import ClauseDraft, _nonspace, assemble, detect_language
from helpers.paths import ROOT, SEED, SHARED_CORPUS
from helpers.render import options_for, render_text

needs_corpus = pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="needs ../shared/corpus")


@pytest.fixture(scope="module")
def seed():
    return parse_file(SEED)


# (id, printed number, lead as printed, lemma, adverbs, inner verbs, footnotes)
CLAUSES = [
    ("PP1", None, "Réaffirmant", "réaffirmer", (), [], ("1",)),
    ("PP2", None, "Rappelant", "rappeler", (), [], ()),
    ("PP3", None, "Rappelant également", "rappeler", ("également",), [], ("2", "3")),
    ("PP4", None, "Rappelant en outre", "rappeler", ("en outre",), [], ("4", "5")),
    ("PP5", None, "Considérant", "considérer", (), [], ()),
    ("PP6", None, "Considérant également", "considérer", ("également",), [], ()),
    ("PP7", None, "Soulignant", "souligner", (), [], ()),
    ("PP8", None, "Insistant", "insister", (), [], ()),
    ("PP9", None, "Réaffirmant", "réaffirmer", (), [], ()),
    ("PP10", None, "Rappelant", "rappeler", (), [], ()),
    ("PP11", None, "Considérant", "considérer", (), [], ()),
    ("PP12", None, "Soulignant", "souligner", (), [], ()),
    ("PP13", None, "Soulignant également", "souligner", ("également",), [], ()),
    ("PP14", None, "Insistant", "insister", (), [], ()),
    ("PP15", None, "Rappelant", "rappeler", (), [], ("6",)),
    ("OP1", "1", "Réaffirme", "réaffirmer", (), [], ()),
    ("OP2", "2", "Estime", "estimer", (), [], ()),
    ("OP3", "3", "Réaffirme", "réaffirmer", (), ["se féliciter"], ()),
    ("OP4", "4", "Réaffirme également", "réaffirmer", ("également",), [], ()),
    ("OP5", "5", "Exhorte", "exhorter", (), [], ()),
    ("OP6", "6", "Réaffirme", "réaffirmer", (), [], ()),
    ("OP7", "7", "Estime", "estimer", (), [], ()),
    ("OP8", "8", "Réaffirme", "réaffirmer", (), [], ()),
    ("OP9", "9", "Souligne", "souligner", (), [], ()),
    ("OP10", "10", "Souligne", "souligner", (), [], ()),
    ("OP11", "11", "Souligne", "souligner", (), [], ()),
    ("OP12", "12", "Demande", "demander", (), ["encourager"], ()),
    # "Demande instamment" is the UN's fixed French for "Urges": one head, with its adverb.
    ("OP13", "13", "Demande instamment", "demander instamment", ("instamment",), [], ()),
    ("OP14", "14", "Invite", "inviter", (), [], ()),
    ("OP15", "15", "Engage", "engager", (), [], ()),
    ("OP16", "16", "Prie", "prier", (), [], ()),
    ("OP17", "17", "Décide", "décider", (), [], ()),
]


def test_seed_header(seed) -> None:
    assert seed.language == "fr"
    assert seed.doc_type == "draft resolution"
    assert seed.sponsors == ("Cuba", "Fédération de Russie")
    assert seed.on_behalf_of == ON_BEHALF.removeprefix("Au nom des ").removesuffix(".")
    assert seed.title == (
        "Renforcement de la coopération internationale dans le domaine des droits humains"
    )
    assert seed.organ_text == "L’Assemblée générale,"
    assert seed.body == "General Assembly"
    assert seed.symbol is None
    # The draft states no session: it cites 76/1 and looks forward to the 77th session.
    assert (seed.session, seed.session_inferred) == (76, True)
    assert seed.date is None


def test_seed_clause_counts(seed) -> None:
    assert len(seed.preamble) == 15
    assert len(seed.operative) == 17


@pytest.mark.parametrize("row", CLAUSES, ids=[r[0] for r in CLAUSES])
def test_seed_clauses(seed, row) -> None:
    cid, number, lead, lemma, adverbs, inner, notes = row
    c = seed.clause(cid)
    assert c.number == number
    assert c.lead.text == lead
    assert c.lead.lemma == lemma
    assert c.lead.adverbs == adverbs
    assert c.lead.known
    assert [v.lemma for v in c.verbs if v.position == "inner"] == inner
    assert c.footnotes == notes
    assert c.text.startswith(lead)
    assert c.text.endswith("," if c.section == "preamble" else (";" if cid != "OP17" else "."))
    assert "  " not in c.text


# Repairs of extraction damage: markers removed, split words joined, real hyphens kept.
TEXTS = [
    ("PP1", "aux dispositions pertinentes de la Déclaration et du Programme d’action de Vienne"),
    ("PP1", "Conférence mondiale sur les droits de l’homme, pour favoriser"),
    ("PP3", "qu’elle a adoptée le 8 septembre 2000, sa résolution 75/180 du 16 décembre 2020"),
    ("PP3", "en date du 12 juillet 2021 et les résolutions"),
    ("PP4", "tenue à Durban (Afrique du Sud) du 31 août au 8 septembre 2001"),
    ("PP4", "à l’occasion des dixième et vingtième anniversaires"),
    ("PP6", "la coopération et d’un véritable dialogue"),
    ("PP6", "de s’acquitter de leurs obligations"),
    ("PP9", "les cultures et les civilisations dans le domaine"),
    ("PP12", "d’objectivité, de non-sélectivité, de non-politisation"),
    ("OP1", "grâce, notamment, à la coopération internationale ;"),
    ("OP6", "la xénophobie et l’intolérance qui y est associée ;"),
    ("OP16", "agissant en collaboration avec la Haute-Commissaire des Nations Unies"),
    ("OP17", "Décide de poursuivre l’examen de la question à sa soixante-dix-septième session."),
]


@pytest.mark.parametrize(("cid", "fragment"), TEXTS)
def test_seed_text_repairs(seed, cid: str, fragment: str) -> None:
    assert fragment in seed.clause(cid).text


ON_BEHALF = " ".join(
    [
        "Au nom des États Membres de l’Organisation des Nations Unies",
        "qui sont membres du Mouvement des pays non alignés.",
    ]
)
OFFICIAL_RECORDS = " ".join(
    [
        "Voir Documents officiels de l’Assemblée générale, soixante-seizième session,",
        "Supplément no 53 (A/76/53), chap. VII, sect. A.",
    ]
)
FOOTNOTES = [
    (
        "*",
        "header",
        ON_BEHALF,
    ),
    ("1", "PP1", "A/CONF.157/24 (Part I), chap. III."),
    ("2", "PP3", "Résolution 55/2."),
    (
        "3",
        "PP3",
        OFFICIAL_RECORDS,
    ),
    ("4", "PP4", "Résolution 66/3."),
    ("5", "PP4", "Résolution 76/1."),
    ("6", "PP15", "Voir E/CN.4/2001/2-E/CN.4/Sub.2/2000/46, chap. II, sect. A."),
]


def test_seed_footnotes(seed) -> None:
    assert [(f.mark, f.clause, f.text) for f in seed.footnotes] == FOOTNOTES


def test_seed_nothing_is_lost(seed) -> None:
    acc = seed.accounting
    assert acc["unassigned"] == 0
    assert seed.unassigned == ()
    parts = sum(v for k, v in acc.items() if k != "total")
    assert parts == acc["total"]
    kinds = {f.kind for f in seed.furniture}
    assert kinds == {"separator", "link"}
    assert sum(f.kind == "link" for f in seed.furniture) == 16


def test_seed_markers_point_after_their_words(seed) -> None:
    pp3 = seed.clause("PP3")
    offsets = dict(pp3.anchors)
    assert pp3.text[: offsets["2"]].endswith("8 septembre 2000")
    assert pp3.text[: offsets["3"]].endswith("12 juillet 2021")
    pp4 = seed.clause("PP4")
    assert pp4.text[: dict(pp4.anchors)["5"]].endswith("vingtième")


def test_to_dict_is_the_json_contract(seed) -> None:
    d = seed.to_dict()
    assert tuple(d) == RESOLUTION_KEYS
    json.dumps(d)  # serialisable
    c = d["clauses"][0]
    assert set(c) >= {"id", "section", "number", "text", "lead", "verbs", "items", "footnotes"}
    assert set(c["lead"]) >= {"text", "lemma", "gloss"}
    assert set(c["verbs"][0]) == {"text", "lemma", "gloss", "position"}


def test_cli_prints_json() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "helpers", "parse", str(SEED), "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    d = json.loads(out.stdout)
    assert d["doc_type"] == "draft resolution"
    assert len(d["clauses"]) == 32


@pytest.mark.parametrize(
    ("text", "error", "words"),
    [
        ("", EmptyDocumentError, "empty"),
        ("   \n\t  \n", EmptyDocumentError, "empty"),
        (
            "Shopping list: eggs, milk and bread.\nCall the plumber.\n",
            NotAResolutionError,
            "not a resolution",
        ),
    ],
)
def test_bad_text(text: str, error: type[ParseError], words: str) -> None:
    with pytest.raises(error, match=words):
        parse_text(text, source="bad.txt")


#: The masthead of a Third Committee document, above the title block of each case below.
_MASTHEAD = """United Nations                                          A/C.3/78/L.35/Corr.1
General Assembly                                        Distr.: Limited
                                                        6 November 2023

Seventy-eighth session
Third Committee
Agenda item 71 (b)

"""


@pytest.mark.parametrize(
    ("title_block", "body", "kind"),
    [
        (
            "Right to food\n\nCorrigendum",
            "1.  Seventh preambular paragraph\n    For 2022 read 2023\n\n"
            "2.  Operative paragraph 5\n    For the Secretary-General read the High Commissioner",
            "corrigendum",
        ),
        (
            "The right to food\n\nReport of the Secretary-General",
            "I.  Introduction\n\n"
            "1.  The present report is submitted pursuant to resolution 77/206.\n\n"
            "2.  Requests for information were sent to Member States on 1 March 2023.",
            "report",
        ),
        (
            "Lettre datée du 7 novembre 2023, adressée au Secrétaire général par le\n"
            "Représentant permanent de la Norvège auprès de l’Organisation des Nations Unies",
            "J’ai l’honneur de vous faire tenir ci-joint le rapport.\n\n"
            "Je vous serais reconnaissant de bien vouloir faire distribuer la présente lettre.",
            "letter",
        ),
    ],
)
def test_other_documents_are_refused_by_kind(title_block: str, body: str, kind: str) -> None:
    # a corrigendum's numbered changes, or a report's numbered paragraphs, were read as clauses
    text = _MASTHEAD + title_block + "\n\n" + body + "\n"
    with pytest.raises(NotAResolutionError, match=rf"other\.txt: .*names a {kind} \("):
        parse_text(text, source="other.txt")


def test_a_letter_that_annexes_a_resolution_is_read() -> None:
    text = (
        _MASTHEAD
        + "Letter dated 7 November 2023 from the Permanent Representative of Norway\n\n"
        + "I have the honour to transmit the resolution adopted by the Council (see annex).\n\n"
        + "Annex to the letter dated 7 November 2023\n\n"
        + "The Human Rights Council,\n\n"
        + "    Recalling its resolution 52/1 of 3 April 2023,\n\n"
        + "    1.  Decides to remain seized of the matter.\n"
    )
    res = parse_text(text, source="letter.txt")
    assert res.body == "Human Rights Council"
    assert [c.lead.text for c in res.clauses if c.lead] == ["Recalling", "Decides"]


def test_unknown_format(tmp_path) -> None:
    path = tmp_path / "resolution.odt"
    path.write_bytes(b"whatever")
    with pytest.raises(
        UnsupportedFormatError, match=r"resolution\.odt.*unsupported format '\.odt'"
    ):
        parse_file(path)


def test_truncated_resolution_warns() -> None:
    text = SEED.read_text(encoding="utf-8")
    cut = text[: text.index(" 9. Souligne")]
    res = parse_text(cut, source="cut.txt")
    assert len(res.operative) == 8
    assert any("cut off" in w for w in res.warnings)


_CITED_AGAIN = """The General Assembly,
 Recalling the Paris Agreement,1
 Noting the report of the Secretary-General,2
__________________
 1 FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.
 2 A/78/100.
 1. Calls for the full implementation of the Paris Agreement1 by all parties;
 2. Requests the Secretary-General to report on the implementation of the present resolution.
"""


def test_a_note_cited_again_stays_with_the_paragraph_of_its_first_marker() -> None:
    res = parse_text(_CITED_AGAIN, language="en", source="cited-again.txt")
    assert [(f.mark, f.clause) for f in res.footnotes] == [("1", "PP1"), ("2", "PP2")]
    assert [c.footnotes for c in res.clauses] == [("1",), ("2",), ("1",), ()]
    assert "Paris Agreement by all parties" in res.operative[0].text


def test_ligatures_and_arabic_letter_shapes_of_a_pdf_are_read_as_letters() -> None:
    en = parse_text(
        "The General Assembly,\nReafﬁrming its resolution 70/1,\n1. Reafﬁrms its support;\n",
        language="en",
    )
    assert [(c.lead.text, c.lead.known) for c in en.clauses if c.lead] == [
        ("Reaffirming", True),
        ("Reaffirms", True),
    ]
    assert "read 2 ligatures or letter shapes (presentation forms) as letters" in en.warnings
    # the Arabic organ line as a PDF's font shapes its letters
    ar = parse_text("ﺇﻥ ﺍﻟﺠﻤﻌﻴﺔ ﺍﻟﻌﺎﻣﺔ،\nإذ تشير إلى قرارها 70/1،\n1 - تقرر مواصلة النظر.\n")
    assert (ar.language, ar.body, ar.organ_text) == ("ar", "General Assembly", "إن الجمعية العامة،")


def test_a_text_under_negotiation_reads_its_labels_as_numbers() -> None:
    text = (
        "Zero draft\n\nThe General Assembly,\n\n"
        "PP1 Recalling its resolution 77/160 of 14 December 2022,\n\n"
        "OP1 Welcomes the report of the Secretary-General;\n\n"
        "OP1 bis Urges States to ensure accessibility;\n\n"
        "OP2 Decides to continue its consideration of the question.\n"
    )
    res = parse_text(text, language="en")
    assert [(c.id, c.number, c.lead.text if c.lead else None) for c in res.clauses] == [
        ("PP1", None, "Recalling"),
        ("OP1", "1", "Welcomes"),
        ("OP2", "1 bis", "Urges"),
        ("OP3", "2", "Decides"),
    ]
    assert res.clauses[0].text == "Recalling its resolution 77/160 of 14 December 2022,"
    assert [c.symbol for c in res.citations] == ["A/RES/77/160"]
    assert res.unassigned == ()
    assert res.warnings == ()


def test_a_wrapped_organ_line_is_one_organ_and_every_line_is_accounted() -> None:
    text = (
        "Decision 1/CMA.3\n\nGlasgow Climate Pact\n\n"
        "      The Conference of the Parties serving as the meeting of the Parties to the\n"
        "Paris Agreement,\n\n"
        "      Recalling Articles 2, 3 and 4 of the Paris Agreement,\n\n"
        "      1.    Affirms that the Paris Agreement shall be implemented to reflect equity;\n\n"
        "      2.    Requests the secretariat to report at its fourth session.\n"
    )
    res = parse_text(text, language="en")
    assert res.organ_text == (
        "The Conference of the Parties serving as the meeting of the Parties to the "
        "Paris Agreement,"
    )
    assert res.body == (
        "Conference of the Parties serving as the meeting of the Parties to the Paris Agreement"
    )
    assert res.title == "Decision 1/CMA.3 Glasgow Climate Pact"
    assert [c.section for c in res.clauses] == ["preamble", "operative", "operative"]
    assert res.unassigned == ()
    assert res.accounting["header"] == _nonspace(text.split("      Recalling")[0])


@pytest.mark.parametrize(
    "text",
    [
        "",
        "  a b\tc\n",
        "non\u00a0breaking\u2009thin\u3000ideographic",
        "separators\x1c\x1d\x1e\x1f\x85\u2028\u2029end",
        "zero\u200bwidth\ufeffkept",
    ],
)
def test_accounting_counts_what_the_white_space_pattern_leaves(text: str) -> None:
    assert _nonspace(text) == len(re.sub(r"\s+", "", text))


_UNKNOWN_LEAD_DRAFTS = (
    ClauseDraft("preamble", None, "Frobnicating its earlier work,", lead_text="Frobnicating"),
    ClauseDraft("operative", "1", "Zorbles the report;", lead_text="Zorbles"),
)


@pytest.mark.parametrize(
    ("language", "per_clause", "per_document"),
    [
        ("en", 2, 0),  # a lexicon exists: each unknown lead is worth a warning
        ("de", 0, 1),  # no lexicon: one warning for the document, not one per clause
        ("zh", 2, 0),  # Chinese has one (GA 77)
        ("ar", 2, 0),  # Arabic too (GA 77)
    ],
)
def test_unknown_leads_warn_per_clause_only_where_a_lexicon_exists(
    language: str, per_clause: int, per_document: int
) -> None:
    res = assemble(drafts=_UNKNOWN_LEAD_DRAFTS, footnotes=(), header={}, language=language)
    assert sum("not in the lexicon" in w for w in res.warnings) == per_clause
    assert sum(w.startswith("no lead lexicon") for w in res.warnings) == per_document
    assert [c.lead.known for c in res.clauses] == [False, False]


#: One resolution (written for the tests) as two extractions of its PDF print it:
#:
#: * ``pdftotext -layout``: every line indented, first lines further in; the raised marks set
#:   off by a space; each note's mark on a line above its text; the page's foot on one line;
#:   the running title and the symbol at the head of the next page;
#: * ``pdftotext``: nothing indented, no blank line between paragraphs; the title's number and
#:   each paragraph's number on lines of their own; the notes' marks in a run of their own,
#:   their texts before and after the page's foot; the running title above the symbol.
EXTRACTIONS = ["layout_resolution.txt", "plain_resolution.txt"]


@pytest.mark.parametrize("name", EXTRACTIONS)
def test_an_extraction_of_a_pdf(name: str) -> None:
    text = (ROOT / "tests" / "data" / name).read_text(encoding="utf-8")
    res = parse_text(text, source=name)
    assert (res.symbol, res.session, res.date, res.agenda_item) == (
        "A/RES/80/999",
        80,
        "2025-12-01",
        "21",
    )
    assert res.title == "Cooperation in the peaceful uses of coastal waters"
    assert [c.id for c in res.clauses] == ["PP1", "PP2", "PP3", "OP1", "OP2", "OP3"]
    assert res.clauses[0].text.endswith("the outcome of the Conference on Coastal Waters,")
    assert res.clauses[2].text == (
        "Noting the report of the Secretary-General on coastal cooperation in 2024 and the work"
        " carried out under the programme,"
    )
    assert res.clauses[4].text.endswith("the exchange of data and of good practice;")
    # the running title and header of page 2 are furniture, not text of OP3
    assert res.clauses[-1].text.startswith("Requests the Secretary-General to report to it at")
    assert [(f.mark, f.text, f.clause) for f in res.footnotes] == [
        ("1", "See A/CONF.999/10.", "PP1"),
        ("2", "Resolution 69/15, annex.", "PP2"),
        ("3", "A/80/123.", "PP3"),
    ]
    assert [f.kind for f in res.furniture].count("running title") == 1
    assert res.meeting == "55th plenary meeting"
    assert not res.warnings


@pytest.mark.parametrize(
    ("language", "organ", "last", "closing", "meeting", "date"),
    [
        (
            "en",
            "The General Assembly,",
            "1. Decides to remain seized of the matter.",
            "55th (resumed) plenary meeting\n24 December 2024",
            "55th (resumed) plenary meeting",
            "2024-12-24",
        ),
        (
            "es",
            "La Asamblea General,",
            "1. Decide seguir ocupándose de la cuestión.",
            "Tercera sesión plenaria\n21 de septiembre de 2020",
            "Tercera sesión plenaria",
            "2020-09-21",
        ),
        (
            "es",
            "La Asamblea General,",
            "1. Pide al Secretario General que la informe en su cuadragésimo noveno período de"
            " sesiones.",
            "85a. sesión plenaria\n20 de diciembre de 1993",
            "85a. sesión plenaria",
            "1993-12-20",
        ),
        (
            "fr",
            "L’Assemblée générale,",
            "1. Décide de rester saisie de la question.",
            "52e séance plénière (reprise)\n27 décembre 2019",
            "52e séance plénière (reprise)",
            "2019-12-27",
        ),
    ],
)
def test_the_meeting_line_is_the_closing_not_the_last_paragraph(
    language: str, organ: str, last: str, closing: str, meeting: str, date: str
) -> None:
    res = parse_text(f"{organ}\n{last}\n{closing}\n", language=language, source="meeting")
    assert res.clauses[-1].text == last[3:]
    assert res.meeting == meeting
    assert res.date == date


def test_a_closing_date_after_a_blank_line_is_no_note() -> None:
    # the date of adoption alone under the last paragraph, where older texts put trailing notes
    text = (
        "La Asamblea General,\n\n"
        "Recordando su resolución 73/323, de 3 de julio de 2019,\n\n"
        "1. Decide consignar la suma de 1.264.877.800 dólares;\n\n"
        "2. Decide también que se deduzcan los ingresos del ejercicio terminado el 30 de\n"
        "junio de 2019;\n\n"
        "3. Decide seguir examinando la cuestión.\n\n"
        "30 de junio de 2020\n"
    )
    res = parse_text(text, language="es", source="closing date")
    assert not res.footnotes
    assert "terminado el 30 de junio de 2019;" in res.clauses[2].text
    assert res.date == "2020-06-30"


@pytest.mark.parametrize(
    ("number", "organ", "symbol", "session"),
    [
        # printed without a masthead, as the yearly volumes of resolutions print them: the
        # number that opens the title and the organ line give the symbol
        ("78/102.", "The General Assembly,", "A/RES/78/102", 78),
        ("78/183 A.", "The General Assembly,", "A/RES/78/183 A", 78),
        ("52/1.", "The Human Rights Council,", "A/HRC/RES/52/1", None),
        ("2023/12.", "The Economic and Social Council,", "E/RES/2023/12", None),
        # before 1976 the General Assembly printed the session in Roman numerals
        ("1514 (XV).", "The General Assembly,", "A/RES/1514 (XV)", 15),
        ("2200 A (XXI).", "The General Assembly,", "A/RES/2200 A (XXI)", 21),
        # a Council draft has no number yet
        ("55/...", "The Human Rights Council,", None, None),
    ],
)
def test_a_resolution_without_a_masthead_takes_its_symbol_from_its_number(
    number: str, organ: str, symbol: str | None, session: int | None
) -> None:
    text = f"{number} Freedom of opinion\n\n{organ}\n\nRecalling its resolutions,\n\n1. Decides.\n"
    res = parse_text(text, language="en", source="volume")
    assert (res.symbol, res.session, res.title) == (symbol, session, "Freedom of opinion")


def test_a_resolution_typed_as_in_the_1990s() -> None:
    # A text written for this test in the layout of the UN's typed resolutions of the 1990s
    # (abridged from A/RES/48/104): upper-case adoption line, numbered title, notes numbered
    # "1/" under the rule of each page, a page's foot with its job number and "/...".
    res = parse_file(ROOT / "tests" / "data" / "typed_resolution.txt")
    assert (res.symbol, res.session, res.date, res.agenda_item) == (
        "A/RES/48/104",
        48,
        "1993-12-20",
        "111",
    )
    assert res.title == "Declaration on the Elimination of Violence against Women"
    assert [c.id for c in res.clauses] == ["PP1", "PP2", "PP3", "OP1", "OP2"]
    assert res.clauses[1].text.endswith(
        "Human Rights, the International Covenant on Civil and Political Rights, and the"
        " Convention on the Elimination of All Forms of Discrimination against Women,"
    )
    assert [(f.mark, f.clause) for f in res.footnotes] == [
        ("1", "PP2"),
        ("2", "PP2"),
        ("3", "PP2"),
        ("4", "PP3"),
    ]
    assert res.footnotes[1].text == "Resolution 2200 A (XXI), annex."
    assert {c.symbol for c in res.citations} >= {"A/RES/217 A (III)", "A/RES/34/180"}
    assert res.closing == "85th plenary meeting 20 December 1993"
    assert res.accounting["unassigned"] == 0
    assert [f.kind for f in res.furniture].count("page foot") == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Recalling its resolution 70/1 of 25 September 2015, and the report of the Council,",
            "en",
        ),
        ("Rappelant sa résolution 70/1 du 25 septembre 2015 et le rapport du Conseil,", "fr"),
        (
            "Recordando su resolución 70/1, de 25 de septiembre de 2015, y el informe del Consejo,",
            "es",
        ),
        ("ссылаясь на свою резолюцию 70/1 от 25 сентября 2015 года и на доклад Совета,", "ru"),
        ("回顾其2015年9月25日第70/1号决议和理事会的报告，", "zh"),  # by its script
        ("وإذ تشير إلى قرارها 70/1 المؤرخ 25 أيلول/سبتمبر 2015،", "ar"),
        ("Recalling the report of the Council on “回顾”", "en"),  # a Chinese word quoted
        ("70/1 2015", None),  # no function words
        # a layout-keeping extraction of a short Chinese draft: mostly spaces, a Latin masthead
        (
            "联合国"
            + " " * 60
            + "A/C.2/77/L.5\n大会"
            + " " * 60
            + "Distr.: Limited\n"
            + " " * 60
            + "原文：英文\n"
            + " " * 10
            + "大会，\n"
            + " " * 10
            + "回顾其第76/189号决议，\n",
            "zh",
        ),
        (
            "Distr.: Limited" + " " * 60 + "A/C.2/77/L.5\n" + " " * 10 + "إن الجمعية العامة،\n",
            "ar",
        ),
    ],
)
def test_detect_language(text: str, language: str | None) -> None:
    assert detect_language(text) == language


def test_a_russian_resolution() -> None:
    # A text written for this test in Russian, as a layout-preserving extraction of a UN PDF
    # prints it: the masthead, lower-case leads, a citation dated "от …", the meeting line, and
    # the notes' texts in a column of their own after the closing lines.
    res = parse_file(ROOT / "tests" / "data" / "russian_resolution.txt")
    assert (res.language, res.symbol, res.session, res.date, res.agenda_item) == (
        "ru",
        "A/RES/80/999",
        80,
        "2025-12-10",
        "68 (b)",
    )
    assert (res.body, res.title) == (
        "General Assembly",
        "Сотрудничество в области образования для всех",
    )
    assert [c.id for c in res.clauses] == ["PP1", "PP2", "PP3", "OP1", "OP2"]
    leads = [(c.lead.text, c.lead.gloss) for c in res.clauses]
    assert leads == [
        ("ссылаясь", "recall"),
        ("вновь подтверждая", "reaffirm"),
        ("будучи глубоко обеспокоена", "deeply concerned"),
        ("призывает", "call upon"),
        ("просит", "request"),
    ]
    assert (
        res.clauses[2].text
        == "будучи глубоко обеспокоена тем, что миллионы детей не посещают школу,"
    )
    assert [(f.mark, f.clause) for f in res.footnotes] == [("1", "PP2"), ("2", "PP3")]
    assert res.footnotes[0].text.endswith("Дополнение № 53 (A/76/53), гл. IV, разд. A.")
    cited = [(c.symbol, c.body, c.date) for c in res.citations if c.kind == "resolution"]
    assert cited == [
        ("A/RES/70/1", "General Assembly", "2015-09-25"),
        ("A/HRC/RES/47/9", "Human Rights Council", "2021-07-12"),
    ]
    assert (res.meeting, res.closing) == (
        "55‑е пленарное заседание",
        "55‑е пленарное заседание 10 декабря 2025 года",
    )
    assert res.accounting["unassigned"] == 0


def test_a_russian_council_resolution() -> None:
    # written for this test: the Council's number line with its comma, the adoption line that
    # goes on it in lower case, and the meeting as that line names it
    text = (
        "Организация Объединенных Наций                                 S/RES/2677 (2023)\n\n"
        "Совет Безопасности                                        Distr.: General\n"
        "                                                          15 March 2023\n\n"
        "Резолюция 2677 (2023),\n"
        "принятая Советом Безопасности на его 9281‑м заседании\n"
        "15 марта 2023 года\n\n"
        "     Совет Безопасности,\n\n"
        "     ссылаясь на свои предыдущие резолюции по Южному Судану,\n\n"
        "     1.    постановляет продлить мандат Миссии до 30 апреля 2024 года;\n\n"
        "     2.    постановляет продолжать активно заниматься этим вопросом.\n"
    )
    res = parse_text(text, source="ru-sc")
    assert (res.language, res.symbol, res.body, res.date, res.meeting, res.title) == (
        "ru",
        "S/RES/2677 (2023)",
        "Security Council",
        "2023-03-15",
        "9281‑м заседании",
        None,
    )
    assert [(c.id, c.lead.gloss) for c in res.clauses] == [
        ("PP1", "recall"),
        ("OP1", "decide"),
        ("OP2", "decide"),
    ]


def test_a_council_resolution_reads_its_meeting_from_the_adoption_line() -> None:
    # typed as in 1990: the number line in capitals, the meeting in the adoption line, and the
    # end of the document marked "-----"
    text = (
        "                                          S/RES/678 (1990)\n"
        "                                          29 November 1990\n\n"
        "                       RESOLUTION 678 (1990)\n\n"
        "          Adopted by the Security Council at its 2963rd meeting,\n"
        "                         on 29 November 1990\n\n"
        "     The Security Council,\n\n"
        "     Acting under Chapter VII of the Charter,\n\n"
        "     1.   Demands that Iraq comply fully with resolution 660 (1990);\n\n"
        "     2.   Decides to remain seized of the matter.\n\n"
        "                                -----\n"
    )
    res = parse_text(text, language="en", source="typed council")
    assert (res.symbol, res.date, res.meeting) == (
        "S/RES/678 (1990)",
        "1990-11-29",
        "2963rd meeting",
    )
    assert res.clauses[-1].text == "Decides to remain seized of the matter."
    assert not [w for w in res.warnings if "full stop" in w]


@needs_corpus
@pytest.mark.parametrize("layout", ["double-spaced", "blank-separated", "indented", "flat"])
def test_statement_of_the_president_as_text(layout: str) -> None:
    """S/PRST/2020/11 printed as a PDF gives: its title, the paragraph that introduces it and
    each quoted paragraph, word for word as the markup holds them. (The markup holds the first
    quoted paragraph in the introduction's: the text parser reads them apart, as printed.)"""
    path = SHARED_CORPUS / "unxml-sc" / "sc-2020-English.zip"
    with zipfile.ZipFile(path) as zf:
        truth = read_akn(zf.read("English/S_PRST_2020_11.xml"), source="S_PRST_2020_11.xml")
    options = dataclasses.replace(options_for(truth.symbol or ""), layout=layout)
    res = parse_text(render_text(truth, options), source="S_PRST_2020_11")
    assert (res.doc_type, res.body, res.symbol) == (
        "presidential statement",
        "Security Council",
        "S/PRST/2020/11",
    )
    assert res.title == "Statement by the President of the Security Council"
    assert res.date == "2020-12-04"
    texts = [c.text for c in res.clauses]
    assert texts[0].endswith("issued the following statement on behalf of the Council:")
    assert f"{texts[0]} {texts[1]}" == truth.clauses[0].text
    assert texts[2:] == [c.text for c in truth.clauses[1:]]
    assert [c.lead.text for c in res.clauses[1:4]] == ["recalls", "reiterates", "welcomes"]
    assert {(c.section, c.number) for c in res.clauses} == {("operative", None)}
    assert not res.unassigned


def test_a_draft_decision() -> None:
    text = (
        "United Nations                                   A/C.2/78/L.70\n"
        "General Assembly                                 Distr.: Limited\n"
        "                                                 30 November 2023\n"
        "Seventy-eighth session\nSecond Committee\nAgenda item 25\n\n"
        "     Draft decision submitted by the Chair of the Committee\n\n"
        "     Revitalization of the work of the Second Committee\n\n"
        "          The General Assembly decides to approve the provisional programme of work\n"
        "     of the Second Committee for its seventy-ninth session.\n"
    )
    res = parse_text(text, source="decision")
    assert (res.doc_type, res.body, res.symbol, res.session) == (
        "draft decision",
        "General Assembly",
        "A/C.2/78/L.70",
        78,
    )
    assert res.title == "Revitalization of the work of the Second Committee"
    assert res.sponsors == ("the Chair of the Committee",)
    [clause] = res.clauses
    assert (clause.section, clause.number, clause.lead.text, clause.lead.lemma) == (
        "operative",
        None,
        "decides",
        "decide",
    )
    assert not res.warnings and not res.unassigned


def test_an_arabic_resolution_of_the_council() -> None:
    """The corpus's Arabic is the Assembly's, whose verbs are feminine; the Council's are
    masculine ("يطلب", not "تطلب"), and its pronouns too ("التزامه", "منه")."""
    text = (
        "الأمم المتحدة                                   S/RES/2719 (2023)\n"
        "مجلس الأمن                                      Distr.: General\n\n"
        "     إن مجلس الأمن،\n\n"
        "     إذ يشير إلى قراراته السابقة بشأن التعاون مع المنظمات الإقليمية،\n\n"
        "     وإذ يؤكد من جديد التزامه القوي بسيادة جميع الدول،\n\n"
        "     واقتناعا منه بأهمية الشراكة،\n\n"
        "     1 - يطلب إلى الأمين العام أن يقدم تقريرا في غضون 180 يوما؛\n\n"
        "     2 - يقرر أن يبقي المسألة قيد نظره.\n"
    )
    res = parse_text(text, source="S_RES_2719_A")
    assert (res.language, res.body) == ("ar", "Security Council")
    assert [(c.section, c.number, c.lead.gloss) for c in res.clauses] == [
        ("preamble", None, "recall"),
        ("preamble", None, "reaffirm"),
        ("preamble", None, "convinced"),
        ("operative", "1", "request"),
        ("operative", "2", "decide"),
    ]


def test_a_decision_as_adopted() -> None:
    text = (
        "United Nations                                   A/DEC/78/540\n"
        "General Assembly                                 Distr.: General\n"
        "                                                 27 December 2023\n"
        "Seventy-eighth session\nAgenda item 25\n\n"
        "     Decision adopted by the General Assembly on 22 December 2023\n\n"
        "     [on the report of the Second Committee (A/78/466)]\n\n"
        "     78/540. Revitalization of the work of the Second Committee\n\n"
        "          At its 50th plenary meeting, on 22 December 2023, the General Assembly, on\n"
        "     the recommendation of the Second Committee, decided to approve the programme.\n"
    )
    res = parse_text(text, source="decision")
    assert (res.doc_type, res.body, res.date, res.meeting, res.session) == (
        "adopted decision",
        "General Assembly",
        "2023-12-22",
        "50th plenary meeting",
        78,
    )
    assert res.title == "Revitalization of the work of the Second Committee"
    [clause] = res.clauses
    assert (clause.section, clause.number) == ("operative", None)
    assert clause.text.startswith("At its 50th plenary meeting") and not res.unassigned


#: A volume of resolutions, written for the tests (see its README).
VOLUME = ROOT / "tests" / "data" / "volume" / "volume_en.txt"


def test_a_volume_is_refused_by_parse_file_with_its_numbers() -> None:
    # before, its three resolutions were read as the parts of one, under the volume's symbol
    with pytest.raises(SeveralResolutionsError, match=r"volume_en\.txt: prints 3 resolutions") as e:
        parse_file(VOLUME)
    assert e.value.numbers == ("90/1", "90/2", "90/3")


def test_parse_file_all_reads_each_resolution_of_a_volume() -> None:
    found = parse_file_all(VOLUME)
    assert [r.source.rsplit("/", 1)[-1] for r in found] == [
        "volume_en.txt#1",
        "volume_en.txt#2",
        "volume_en.txt#3",
    ]
    # each its own symbol, not the volume's masthead (A/90/49 (Vol. I)), and its own title,
    # not the table of contents' entry
    assert [r.symbol for r in found] == ["A/RES/90/1", "A/RES/90/2", "A/RES/90/3"]
    assert found[0].title == "Observer status for the Example Institute in the General Assembly"
    assert [r.doc_type for r in found] == ["adopted resolution"] * 3
    assert [(r.meeting, r.date) for r in found] == [
        ("20th plenary meeting", "2035-10-14"),
        ("21st plenary meeting", "2035-10-15"),
        ("30th plenary meeting", "2035-11-01"),
    ]
    assert [[(c.section, c.number, c.lead.text) for c in r.clauses] for r in found] == [
        [
            ("preamble", None, "Wishing"),
            ("operative", "1", "Decides"),
            ("operative", "2", "Requests"),
        ],
        [("preamble", None, "Recalling"), ("operative", None, "Decides")],
        [
            ("preamble", None, "Having considered"),
            ("preamble", None, "Noting with appreciation"),
            ("operative", "1", "Welcomes"),
            ("operative", "2", "Decides"),
        ],
    ]
    # the note at the foot of the second resolution's page, and its citation with its date
    assert [(f.mark, f.clause) for f in found[1].footnotes] == [("1", "PP1")]
    assert [(c.symbol, c.date) for c in found[1].citations] == [("A/RES/89/200", "2034-12-20")]
    # every character of the volume is accounted for, the front matter in the first piece's header
    text = VOLUME.read_text(encoding="utf-8")
    assert sum(r.accounting["total"] for r in found) == len("".join(text.split()))
    assert all(r.accounting["unassigned"] == 0 for r in found)
    assert parse_all(text, source="v.txt")[2].symbol == "A/RES/90/3"


def test_a_last_paragraph_that_announces_a_text_closes_before_the_meeting() -> None:
    # "Adopts the following declaration:" before the meeting line, the declaration annexed:
    # before, the meeting line and the annex's paragraphs ran on into the operative text
    text = (
        "78/1. Political declaration\n\nThe General Assembly\n\n"
        "Adopts the following political declaration approved by the high-level meeting:\n\n"
        "                    4th plenary meeting\n                    5 October 2023\n\n"
        "Annex\n\nPolitical declaration\n\nWe, Heads of State and Government,\n\n"
        "1. Reaffirm the right of every human being to health;\n"
    )
    res = parse_text(text, source="d.txt")
    assert [(c.section, c.number, c.lead.text) for c in res.clauses] == [
        ("operative", None, "Adopts")
    ]
    assert (res.meeting, res.date) == ("4th plenary meeting", "2023-10-05")
    assert res.annex is not None and res.annex.startswith("Annex")


@needs_corpus
@pytest.mark.parametrize(
    "zip_name", ["ga-77-Russian.zip", "ga-77-Arabic.zip", "ga-76-Spanish.zip", "sc-2021-French.zip"]
)
def test_the_documents_of_a_session_joined_into_one_file_read_as_each_alone(zip_name: str) -> None:
    """Six resolutions printed one after another, each with its masthead, give the same six
    parses as each text alone: the next masthead goes with its own resolution."""
    folder = "unxml-sc" if zip_name.startswith("sc-") else "unxml-ga"
    with zipfile.ZipFile(SHARED_CORPUS / folder / zip_name) as zf:
        names = sorted(n for n in zf.namelist() if n.endswith(".xml"))[:6]
        texts = [render_text(read_akn(zf.read(n), source=n)) for n in names]
    alone = [parse_text(t, source=n) for n, t in zip(names, texts, strict=True)]
    joined = "\n\n".join(texts)
    together = parse_all(joined, source="session.txt")

    def content(r: object) -> dict[str, object]:
        d = r.to_dict()  # type: ignore[attr-defined]
        for k in ("source", "warnings", "accounting", "header", "unassigned", "furniture"):
            d.pop(k)
        return d

    assert [content(r) for r in together] == [content(r) for r in alone]
    total = len("".join(joined.split()))
    assert sum(r.accounting["total"] for r in together) == total


def test_the_decisions_a_volume_prints() -> None:
    # a decision under its number only: before, it had no symbol, date or meeting, and its
    # kind came from its number ("adopted resolution")
    text = (
        "78/501. Appointment of members of the Committee on Contributions\n\n"
        "      At its 2nd plenary meeting, on 5 September 2023, the General Assembly, on the\n"
        "recommendation of the Fifth Committee, appointed Ms. A and Mr. B as members of the\n"
        "Committee on Contributions.\n\n"
        "78/502. Report of the Human Rights Council\n\n"
        "      At its 45th plenary meeting, on 1 December 2023, the General Assembly took note\n"
        "of the report of the Human Rights Council.\n"
    )
    found = parse_all(text, source="decisions.txt")
    assert [(r.symbol, r.doc_type, r.body, r.meeting, r.date) for r in found] == [
        (
            "A/DEC/78/501",
            "adopted decision",
            "General Assembly",
            "2nd plenary meeting",
            "2023-09-05",
        ),
        (
            "A/DEC/78/502",
            "adopted decision",
            "General Assembly",
            "45th plenary meeting",
            "2023-12-01",
        ),
    ]
    assert found[1].title == "Report of the Human Rights Council"
    assert [len(r.clauses) for r in found] == [1, 1]


@pytest.mark.parametrize(
    ("announces", "lead"),
    [("Declares that:", "Declares"), ("Resolves :", "Resolves"), ("Décide :", "Décide")],
)
def test_the_lone_operative_paragraph_that_announces_numbered_points(
    announces: str, lead: str
) -> None:
    # before, it was read as a heading (as "Reporting:" is) and its verb was lost
    french = lead == "Décide"
    organ, mindful, one, two, meeting, date = (
        (
            "L’Assemblée générale,",
            "Consciente de la détermination des peuples,",
            "La sujétion des peuples constitue un déni des droits;",
            "Tous les peuples ont le droit de libre détermination.",
            "947e séance plénière,",
            "14 décembre 1960.",
        )
        if french
        else (
            "The General Assembly,",
            "Mindful of the determination of the peoples,",
            "The subjection of peoples constitutes a denial of rights;",
            "All peoples have the right to self-determination.",
            "947th plenary meeting,",
            "14 December 1960.",
        )
    )
    text = (
        f"1514 (XV). Title\n\n      {organ}\n\n      {mindful}\n\n      {announces}\n\n"
        f"      1. {one}\n\n      2. {two}\n\n"
        f"                                          {meeting}\n"
        f"                                          {date}\n"
    )
    res = parse_text(text, source="points.txt")
    assert [(c.section, c.number) for c in res.clauses] == [
        ("preamble", None),
        ("operative", None),
        ("operative", "1"),
        ("operative", "2"),
    ]
    assert res.clauses[1].lead.text == lead and res.headings == ()


def test_a_label_before_numbered_paragraphs_stays_a_heading() -> None:
    text = (
        "The General Assembly,\n\n      Recalling its resolution 70/1,\n\n"
        "      1. Decides to act;\n\n      Reporting:\n\n"
        "      2. Requests a report.\n"
    )
    res = parse_text(text, source="label.txt")
    assert res.headings == ("Reporting:",)
    assert [c.number for c in res.operative] == ["1", "2"]


def test_a_volume_printed_in_letter_shapes_is_cut_after_cleaning() -> None:
    # an Arabic PDF gives its letters as presentation forms ("اﻟﺠﻤﻌﻴﺔ"): the organ line below each
    # number is read once they are letters (before, the volume was read as one resolution)
    organ = "إن ا\ufedf\ufe9f\ufee4\ufecc\ufef4\ufe94 ا\ufedf\ufecc\ufe8e\ufee3\ufe94،"
    one = "77/248. المحيطات وقانون البحار\n\n" + organ + "\n\nإذ تشير إلى قراراتها،\n\n"
    one += "1 - تقرر أن تواصل النظر في المسألة.\n\n"
    two = "77/169. الانسجام مع الطبيعة\n\n" + organ + "\n\nإذ تشير إلى قراراتها،\n\n"
    two += "1 - تقرر أن تواصل النظر في المسألة.\n"
    found = parse_all(one + two, source="ar.txt")
    assert [r.symbol for r in found] == ["A/RES/77/248", "A/RES/77/169"]
    assert [r.organ_text for r in found] == ["إن الجمعية العامة،"] * 2
    assert any("letter shapes" in w for w in found[0].warnings)


def test_a_council_volume_gives_each_resolution_its_own_symbol() -> None:
    # the volume's symbol (S/INF/78) is not a resolution's: each takes its number line's
    one = (
        "Resolution 2650 (2022)\nAdopted by the Security Council at its 9113th meeting, on 31 "
        "August 2022\n\n      The Security Council,\n\n      Recalling its resolutions,\n\n"
        "      1.    Decides to remain actively seized of the matter.\n\n"
    )
    text = "S/INF/78\n\nResolutions and decisions of the Security Council\n\n" + one
    text += one.replace("2650", "2651").replace("9113th", "9114th")
    found = parse_all(text, source="sc.txt")
    assert [(r.symbol, r.meeting, r.date) for r in found] == [
        ("S/RES/2650 (2022)", "9113th meeting", "2022-08-31"),
        ("S/RES/2651 (2022)", "9114th meeting", "2022-08-31"),
    ]


def test_chinese_and_arabic_decisions_as_a_volume_prints_them() -> None:
    # before, neither was read: "not a resolution"
    zh = (
        "78/501. 任命会费委员会成员\n\n"
        "    在2023年9月5日第2次全体会议上，大会根据第五委员会的建议，"
        "决定任命A女士和B先生为会费委员会成员。\n\n"
        "78/502. 人权理事会的报告\n\n"
        "    在2023年12月1日第45次全体会议上，大会注意到人权理事会的报告。\n"
    )
    found = parse_all(zh, source="zh.txt")
    assert [(r.symbol, r.doc_type, r.body, r.meeting, r.date) for r in found] == [
        ("A/DEC/78/501", "adopted decision", "General Assembly", "第2次全体会议", "2023-09-05"),
        ("A/DEC/78/502", "adopted decision", "General Assembly", "第45次全体会议", "2023-12-01"),
    ]
    # Chinese has no tense: the verb after the subject is a head of the lexicon
    assert [(r.clauses[0].lead.text, r.clauses[0].lead.known) for r in found] == [
        ("决定", True),
        ("注意到", True),
    ]
    ar = (
        "78/502. تقرير مجلس حقوق الإنسان\n\nفي جلستها العامة 45 المعقودة في 1 كانون الأول/ديسمبر"
        " 2023، أحاطت الجمعية العامة علما بتقرير مجلس حقوق الإنسان.\n"
    )
    res = parse_text(ar, source="ar.txt")
    assert (res.symbol, res.doc_type, res.body, res.meeting, res.date) == (
        "A/DEC/78/502",
        "adopted decision",
        "General Assembly",
        "جلستها العامة 45",
        "2023-12-01",
    )
