"""Tests of helpers.pdf: generated UN-style PDFs with known content, and the two real UN PDFs."""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
from collections import Counter

import pytest
from conftest import (
    CLOSING,
    FOOTNOTE_CLAUSES,
    FOOTNOTES,
    OPERATIVE,
    PREAMBLE,
    SEPARATOR,
    SYMBOL,
    GeneratedPDF,
    build_plain_pdf,
)

from helpers import parse_file, parse_text
from helpers.normalize import clean_source
from helpers.paths import ROOT, SHARED_CORPUS
from helpers.pdf import (
    _BARCODE,
    _JOB_NUMBER,
    _PAGE_NUMBER,
    _RECYCLE,
    _SYMBOL,
    _Glyph,
    _logical,
    extract_pdf,
)
from helpers.textfile import Extracted

PDF_DIR = SHARED_CORPUS / "pdf"
needs_corpus = pytest.mark.skipif(not PDF_DIR.is_dir(), reason="needs ../shared/corpus/pdf")
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"


@functools.cache
def _extract(data: bytes, name: str) -> Extracted:
    """Extract once per document: pdfminer takes about a second a page on the real PDFs."""
    return extract_pdf(data, source=name)


def footnote_marks(lines: list[str]) -> list[str]:
    """The marks of the footnote lines that follow each separator, in order."""
    marks: list[str] = []
    in_block = False
    for ln in lines:
        if ln == SEPARATOR:
            in_block = True
        elif in_block and (m := re.match(r"^ (\d{1,3}|\*+) \S", ln)):
            marks.append(m.group(1))
        elif ln.startswith(" "):
            in_block = False
    return marks


# --------------------------------------------------------------------------------------------
# Furniture patterns, each with examples that must and must not match
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "text", "matches"),
    [
        (_JOB_NUMBER, "18-16895 (E)    241018", True),
        (_JOB_NUMBER, "23-21227 (E) 131123", True),
        (_JOB_NUMBER, "21-15392 (F)    041121    051121", True),
        (_JOB_NUMBER, "18-17962", True),
        (_JOB_NUMBER, "2015-2030", False),
        (_BARCODE, "*1816895*", True),
        (_BARCODE, "*Reissued", False),
        (_PAGE_NUMBER, "2/5", True),
        (_PAGE_NUMBER, "10/10", True),
        (_PAGE_NUMBER, "Page 3 of 7", True),
        (_PAGE_NUMBER, "- 4 -", True),
        (_PAGE_NUMBER, "70/1 and 75/180", False),
        (_SYMBOL, "A/RES/73/3", True),
        (_SYMBOL, "A/C.3/76/L.37/Rev.1", True),
        (_SYMBOL, "S/RES/2532 (2020)", True),
        (_SYMBOL, "See A/AC.105/1137.", False),
        (_RECYCLE, "Please recycle", True),
        (_RECYCLE, "Recycling of materials", False),
    ],
)
def test_furniture_patterns(pattern: re.Pattern[str], text: str, matches: bool) -> None:
    assert bool(pattern.match(text)) is matches


# --------------------------------------------------------------------------------------------
# The generated two-page resolution
# --------------------------------------------------------------------------------------------


def test_generated_pdf_text_is_exactly_the_drawn_layout(resolution_pdf: GeneratedPDF) -> None:
    got = _extract(resolution_pdf.data, "generated.pdf")
    assert resolution_pdf.pages == 2
    assert got.text.splitlines() == resolution_pdf.lines


def test_generated_pdf_paragraph_runs_over_the_page_break(resolution_pdf: GeneratedPDF) -> None:
    lines = _extract(resolution_pdf.data, "generated.pdf").text.splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith(" Deeply concerned"))
    end = next(i for i, ln in enumerate(lines) if ln.startswith(" 1. Decides"))
    # PP3 runs from page 1 to page 2 in one piece; page 1's footnotes follow it.
    pp3 = " ".join(lines[start:end]).split(SEPARATOR)[0]
    assert "United Nations system and other relevant stakeholders" in pp3
    assert lines[end - 3 : end] == [SEPARATOR, " 1 Resolution 70/1.", " 2 Resolution 217 A (III)."]
    assert all(not ln.startswith(" ") for ln in lines[start + 1 : end - 3])


@pytest.mark.parametrize(
    ("needle", "present"),
    [
        ("Human Rights² and", True),
        ("Development”,¹", True),
        ("resolution³ to", True),
        ("30-00001", False),
        ("*3000001*", False),
        ("2/2", False),
        ("Please recycle", False),
    ],
)
def test_generated_pdf_markers_glued_and_furniture_removed(
    resolution_pdf: GeneratedPDF, needle: str, present: bool
) -> None:
    text = _extract(resolution_pdf.data, "generated.pdf").text
    assert (needle in text) is present
    assert text.count(SYMBOL) == 1  # the masthead's symbol is kept, the running header is not


def test_generated_pdf_furniture_listed(resolution_pdf: GeneratedPDF) -> None:
    got = _extract(resolution_pdf.data, "generated.pdf")
    assert Counter((f.kind, f.text) for f in got.furniture) == Counter(resolution_pdf.furniture)


def test_generated_pdf_italic_leads(resolution_pdf: GeneratedPDF) -> None:
    got = _extract(resolution_pdf.data, "generated.pdf")
    leads = [lead for lead, _ in PREAMBLE + OPERATIVE]
    assert list(got.italics) == [*leads, *CLOSING]


def test_generated_pdf_parses_to_known_clauses(resolution_pdf: GeneratedPDF, tmp_path) -> None:
    from helpers import parse_file

    path = tmp_path / "generated.pdf"
    path.write_bytes(resolution_pdf.data)
    res = parse_file(path)
    assert [c.lead.text for c in res.preamble] == [lead for lead, _ in PREAMBLE]
    assert [c.lead.text for c in res.operative] == [lead for lead, _ in OPERATIVE]
    assert [c.number for c in res.operative] == ["1", "2", "3"]
    assert {f.mark: f.text for f in res.footnotes} == FOOTNOTES
    assert {f.mark: f.clause for f in res.footnotes} == FOOTNOTE_CLAUSES
    pp3 = res.clause("PP3").text
    assert "United Nations system and other relevant stakeholders" in pp3
    assert "Resolution 70/1." not in pp3


# --------------------------------------------------------------------------------------------
# Poor PDFs: one font, no indentation, paragraphs separated by blank lines only
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("font", ["Helvetica", "Courier"])
def test_plain_pdf_paragraphs_from_vertical_gaps(font: str) -> None:
    paragraphs = [
        "The Security Council,",
        "Recalling its previous resolutions on the situation,\nand reaffirming its commitment,",
        "1. Decides to remain seized of the matter.",
    ]
    got = extract_pdf(build_plain_pdf(paragraphs, font=font), source="plain.pdf")
    assert got.text.splitlines() == [
        " The Security Council,",
        " Recalling its previous resolutions on the situation,",
        "and reaffirming its commitment,",
        " 1. Decides to remain seized of the matter.",
    ]
    assert got.italics == ()
    assert got.furniture == ()


# --------------------------------------------------------------------------------------------
# The real UN PDFs
# --------------------------------------------------------------------------------------------

#: What a reader sees in each PDF: numbered paragraphs, footnotes, the first and last italic
#: leads, and superscript markers in reading order.
REAL = [
    (
        "A_RES_73_6-EN.pdf",
        {
            "numbered": 14,
            "footnotes": ["1", "2", "3", "4", "5", "6"],
            "markers": "¹²³⁴⁵⁶²²",
            "first_leads": ["Recalling", "Recognizing", "Convinced", "Emphasizing"],
            "last_leads": ["Urges", "Invites", "26th plenary meeting", "26 October 2018"],
            "pages": 5,
        },
    ),
    (
        "A_RES_73_3-EN.pdf",
        {
            "numbered": 53,
            "footnotes": ["1", "2", "3", "4", "5", "6", "7"],
            "markers": "¹²³⁴⁵⁶⁷",
            "first_leads": ["The General Assembly", "Adopts"],
            "last_leads": ["Adopts", "18th plenary meeting", "10 October 2018"],
            "pages": 10,
        },
    ),
]


@needs_corpus
@pytest.mark.parametrize(("name", "expected"), REAL, ids=[r[0] for r in REAL])
def test_real_pdf(name: str, expected: dict) -> None:
    got = _extract((PDF_DIR / name).read_bytes(), name)
    lines = got.text.splitlines()
    numbered = [ln for ln in lines if re.match(r"^ \d{1,3}\. [A-Z]", ln)]
    assert len(numbered) == expected["numbered"]
    assert [ln.split()[0] for ln in numbered] == [f"{n}." for n in range(1, len(numbered) + 1)]
    assert footnote_marks(lines) == expected["footnotes"]
    assert "".join(re.findall(f"[{SUPERSCRIPTS}]+", got.text)) == expected["markers"]
    first = expected["first_leads"]
    i = got.italics.index(first[0])
    assert list(got.italics[i : i + len(first)]) == first
    assert list(got.italics[-len(expected["last_leads"]) :]) == expected["last_leads"]
    kinds = Counter(f.kind for f in got.furniture)
    pages = expected["pages"]
    assert kinds["page_number"] == pages - 1
    assert kinds["job_number"] == pages
    assert kinds["barcode"] == 1
    assert kinds["symbol"] == pages - 1
    # No furniture left in the text: job numbers, barcodes, page numbers.
    assert not re.search(r"\d{2}-\d{5}|\*\d{7}\*|^\d+/\d+$", got.text, re.M)
    # The symbol only in the first page's masthead.
    assert got.text.count(name[:-7].replace("_", "/")) == 1


@needs_corpus
def test_real_pdf_parses_to_the_clauses_read_in_it() -> None:
    """A/RES/73/6 as read in the PDF: 25 preambular, 14 operative paragraphs, 6 footnotes."""
    from helpers import parse_text

    name = "A_RES_73_6-EN.pdf"
    ex = _extract((PDF_DIR / name).read_bytes(), name)
    res = parse_text(ex.text, source=name, fmt="pdf", furniture=ex.furniture)
    leads = list(
        ex.italics[ex.italics.index("Recalling") : ex.italics.index("26th plenary meeting")]
    )
    assert len(res.preamble) == 25
    assert len(res.operative) == 14
    # Each clause's lead is the start of the italic run that opens it in the PDF.
    assert len(res.clauses) == len(leads)
    for clause, italic in zip(res.clauses, leads, strict=True):
        assert italic.startswith(clause.lead.text.split(",")[0]), (clause.id, italic)
    assert [f.mark for f in res.footnotes] == ["1", "2", "3", "4", "5", "6"]
    notes = {f.mark: f for f in res.footnotes}
    assert notes["1"].text == "See A/AC.105/1137." and notes["1"].clause == "PP2"
    assert notes["5"].clause == "PP13"
    assert notes["6"].text.endswith("A/AC.105/1180 and A/AC.105/1181.")
    assert "preparation of a “Space2030” agenda" in res.clause("PP23").text
    assert res.clause("PP24").text.startswith("Emphasizing that the seven thematic priorities")
    assert res.unassigned == ()


# --------------------------------------------------------------------------------------------
# Geometry that UN PDFs do not use but other producers do
# --------------------------------------------------------------------------------------------


def _canvas_pdf(draw) -> bytes:
    import io

    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    draw(c)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_superscript_set_with_text_rise() -> None:
    """Markers raised with the Ts operator (same baseline in the text matrix) are found."""

    def draw(c) -> None:
        t = c.beginText(72, 700)
        t.setFont("Times-Roman", 10)
        t.textOut("Recalling the Declaration")
        t.setRise(4)
        t.setFont("Times-Roman", 6.5)
        t.textOut("12")
        t.setRise(0)
        t.setFont("Times-Roman", 10)
        t.textOut(" and the Programme of Action,")
        c.drawText(t)

    got = extract_pdf(_canvas_pdf(draw), source="rise.pdf")
    assert got.text == " Recalling the Declaration¹² and the Programme of Action,\n"


def test_sideways_page_is_read_in_its_own_direction() -> None:
    """Text drawn on a page shown rotated is read along its direction, not dropped."""

    def draw(c) -> None:
        c.setPageRotation(90)
        c.setFont("Times-Roman", 10)
        c.drawString(72, 700, "The Security Council,")
        c.drawString(72, 688, "Recalling its resolutions,")

    got = extract_pdf(_canvas_pdf(draw), source="sideways.pdf")
    assert got.text == " The Security Council,\nRecalling its resolutions,\n"


def test_encrypted_with_empty_user_password_is_read_with_a_warning() -> None:
    from conftest import build_resolution_pdf
    from reportlab.lib.pdfencrypt import StandardEncryption

    pdf = build_resolution_pdf(StandardEncryption("", "owner-secret", canCopy=0))
    got = extract_pdf(pdf.data, source="protected.pdf")
    assert got.text.splitlines() == pdf.lines
    assert "encrypted PDF, opened with the empty user password" in got.warnings


needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler's pdftotext (Debian: poppler-utils)"
)


@needs_corpus
@needs_pdftotext
@pytest.mark.parametrize(
    ("name", "layout"),
    [
        ("A_RES_73_6-EN.pdf", True),
        ("A_RES_73_6-EN.pdf", False),
        ("A_RES_73_3-EN.pdf", True),
        ("A_RES_73_3-EN.pdf", False),
    ],
    ids=["73/6 -layout", "73/6 plain", "73/3 -layout", "73/3 plain"],
)
def test_text_extracted_by_pdftotext_reads_as_the_pdf(name: str, layout: bool) -> None:
    """A user's own extraction of a real UN PDF, with either of poppler's two modes, gives
    the masthead, the paragraphs, their leads and the notes that this project's PDF reader
    gives."""
    path = PDF_DIR / name
    args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    text = subprocess.run(args, capture_output=True, check=True, text=True).stdout
    got, want = parse_text(text, source=path.name), parse_file(path)
    assert (got.symbol, got.title, got.session, got.date, got.agenda_item) == (
        want.symbol,
        want.title,
        want.session,
        want.date,
        want.agenda_item,
    )
    assert [c.id for c in got.clauses] == [c.id for c in want.clauses]
    assert [c.lead.text for c in got.clauses] == [c.lead.text for c in want.clauses]
    assert [(f.mark, f.text) for f in got.footnotes] == [(f.mark, f.text) for f in want.footnotes]


# --------------------------------------------------------------------------------------------
# Right-to-left text: Arabic lines are drawn from the right, and read back in that order
# --------------------------------------------------------------------------------------------

ARABIC_PDF = ROOT / "tests" / "data" / "rtl" / "arabic_draft.pdf"


def test_arabic_pdf_lines_read_from_the_right() -> None:
    got = extract_pdf(ARABIC_PDF.read_bytes(), source=ARABIC_PDF.name)
    lines = clean_source(got.text)[0].splitlines()
    assert lines[:5] == [
        " الأمم المتحدة",
        " A/C.3/78/L.99",
        " الجمعية العامة",
        " التعاون الدولي في مجال المياه",
        " إن الجمعية العامة،",
    ]
    # a number after Arabic text reads as it is typed; a hyphen between two numbers and a
    # mirrored bracket too; a Latin run reads from the left; the note's mark follows the word
    assert " وإذ تضع في اعتبارها خطة العمل للفترة 2021-2025 والقرار 2205 (د-21)،" in lines
    assert " وإذ تلاحظ مع التقدير تقرير الأمين العام عن التعاون في مجال المياه¹،" in lines
    assert lines[-1] == (
        " 1 A/78/123؛ انظر أيضا United Nations, Treaty Series, vol. 2898, No. 50525."
    )


def test_arabic_pdf_parses_to_its_clauses() -> None:
    res = parse_file(ARABIC_PDF)
    assert (res.language, res.symbol, res.body) == ("ar", "A/C.3/78/L.99", "General Assembly")
    assert res.title == "التعاون الدولي في مجال المياه"
    assert [(c.id, c.lead.text if c.lead else None) for c in res.clauses] == [
        ("PP1", "إذ تشير"),
        ("PP2", "وإذ تلاحظ مع التقدير"),
        ("PP3", "وإذ تضع في اعتبارها"),
        ("OP1", "تقرر"),
        ("OP2", "تطلب"),
    ]
    assert res.clause("OP2").text == (
        "تطلب إلى الأمين العام أن يقدم إليها تقريرا عن تنفيذ هذا القرار."
    )
    assert res.clause("PP2").footnotes == ("1",)
    assert [(c.symbol, c.date) for c in res.citations] == [
        ("A/RES/70/1", "2015-09-25"),
        ("A/RES/2205 (XXI)", None),
        ("A/78/123", None),
    ]


def _drawn(visual: str, raised: str = "") -> list[_Glyph]:
    """A row of glyphs drawn left to right, one character each, 5 points wide; the characters
    at the indexes given by ``raised`` (a string of "^" and " ") are raised marks."""
    return [
        _Glyph(
            ch,
            5.0 * i,
            5.0 * i + 5.0,
            700.0,
            10.0,
            "F",
            False,
            False,
            raised=(i < len(raised) and raised[i] == "^"),
        )
        for i, ch in enumerate(visual)
    ]


# (what the row shows, left to right; the text read from it; raised marks)
RTL_ROWS = [
    ("ةماعلا ةيعمجلا نإ", "إن الجمعية العامة", ""),
    # an Arabic number: a slash joins it, a space and a hyphen do not ("092 025 1" is typed so)
    ("،2015 ربمتبس/لوليأ 25 خرؤملا 70/1 اهرارق", "قرارها 70/1 المؤرخ 25 أيلول/سبتمبر 2015،", ""),
    ("2025-2021 ةرتفلل", "للفترة 2021-2025", ""),
    ("رالود 1 025 092 غلبم", "مبلغ 092 025 1 دولار", ""),
    # a mirrored bracket
    ("(21-د) 2205 اهرارق", "قرارها 2205 (د-21)", ""),
    # Latin text reads from the left, numbers after its letters with it
    (".United Nations, vol. 2898 اضيأ رظنا", "انظر أيضا United Nations, vol. 2898.", ""),
    # a note's raised mark opens a Latin note, and follows a word and a comma
    ("A/78/123 12", "12 A/78/123", "         ^^"),
    ("1،دودحلا", "الحدود،1", "^"),
]


@pytest.mark.parametrize(("visual", "text", "raised"), RTL_ROWS)
def test_rtl_row_is_read_from_the_right(visual: str, text: str, raised: str) -> None:
    assert "".join(g.text for g in _logical(_drawn(visual, raised))) == text
