"""Shared fixtures: UN-style resolutions with known content, built as PDF and DOCX at test time.

The builders draw a two-page General Assembly resolution (masthead, title, organ line, three
preambular and three operative paragraphs with italic leads, superscript footnote markers with
footnotes under a rule, a paragraph running over the page break, running header, job number,
barcode and page number) and record, line by line, the text a faithful extraction must give.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import pytest

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
SEPARATOR = "_" * 18

# --------------------------------------------------------------------------------------------
# The known content
# --------------------------------------------------------------------------------------------

SYMBOL = "A/RES/99/1"
TITLE = "99/1. Testing cooperation among Member States"
ORGAN = ("The ", "General Assembly", ",")
#: The masthead lines between the symbol and the title, as a faithful extraction gives them.
MASTHEAD: tuple[str, ...] = (
    f" {SYMBOL}",
    " General Assembly",
    " Distr.: General",
    " 1 January 2030",
    " Ninety-ninth session",
    " Agenda item 42",
    " Resolution adopted by the General Assembly on 1 January 2030",
)

#: (italic lead, rest of the text); ``[n]`` is a footnote marker.
PREAMBLE: tuple[tuple[str, str], ...] = (
    (
        "Recalling",
        " its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030"
        " Agenda for Sustainable Development”,[1]",
    ),
    (
        "Reaffirming",
        " the Universal Declaration of Human Rights[2] and the importance of international"
        " cooperation in the promotion and protection of all human rights and fundamental"
        " freedoms for all,",
    ),
    (
        "Deeply concerned",
        " about the persistent gaps in the capacity of many developing countries to collect,"
        " analyse and disseminate reliable data on the implementation of their commitments,"
        " and stressing that international cooperation, technical assistance and the sharing of"
        " good practices among Member States, the organizations of the United Nations system"
        " and other relevant stakeholders remain essential to close those gaps, in particular"
        " for the least developed countries, landlocked developing countries and small island"
        " developing States, in accordance with national priorities and in full respect of"
        " national ownership,",
    ),
)
OPERATIVE: tuple[tuple[str, str], ...] = (
    (
        "Decides",
        " to strengthen cooperation among Member States in the field of testing, in accordance"
        " with the Charter of the United Nations;",
    ),
    (
        "Requests",
        " the Secretary-General to submit a report on the implementation of the present"
        " resolution[3] to the General Assembly at its hundredth session;",
    ),
    (
        "Also decides",
        " to include in the provisional agenda of its hundredth session the item entitled"
        " “Testing and cooperation”.",
    ),
)
FOOTNOTES: dict[str, str] = {
    "1": "Resolution 70/1.",
    "2": "Resolution 217 A (III).",
    "3": "See A/99/100, para. 5.",
}
CLOSING = ("99th plenary meeting", "1 January 2030")
#: Where each footnote is attached: PP1, PP2, OP2.
FOOTNOTE_CLAUSES = {"1": "PP1", "2": "PP2", "3": "OP2"}


def expected_paragraph(lead: str, rest: str) -> str:
    """A paragraph's text as extracted: markers as superscript digits glued to the word."""
    out = lead + rest
    for mark in FOOTNOTES:
        out = out.replace(f"[{mark}]", mark.translate(SUPERSCRIPT))
    return out


# --------------------------------------------------------------------------------------------
# PDF builder (reportlab)
# --------------------------------------------------------------------------------------------


@dataclass
class GeneratedPDF:
    """A generated PDF and what its extraction must give."""

    data: bytes
    lines: list[str]
    furniture: list[tuple[str, str]]
    italics: list[str]
    pages: int = 0


@dataclass
class _PdfWriter:
    """Draw a UN-style resolution on US-letter pages, recording the expected text lines."""

    encrypt: object | None = None
    left: float = 123.4
    right: float = 488.0
    size: float = 10.0
    leading: float = 12.0
    page1_bottom: float = 280.0
    bottom: float = 130.0
    lines: list[str] = field(default_factory=list)
    furniture: list[tuple[str, str]] = field(default_factory=list)
    italics: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)
    page: int = 1

    def __post_init__(self) -> None:
        from reportlab.lib.pagesizes import letter
        from reportlab.pdfgen import canvas

        self.buf = io.BytesIO()
        self.canvas = canvas.Canvas(
            self.buf, pagesize=letter, encrypt=self.encrypt, invariant=1, pageCompression=0
        )
        self.y = 0.0

    # -- primitives ----------------------------------------------------------------------
    def text(self, x: float, y: float, s: str, font: str = "Times-Roman", size: float = 10) -> None:
        self.canvas.setFont(font, size)
        self.canvas.drawString(x, y, s)

    def rule(self, x0: float, x1: float, y: float, width: float = 0.5) -> None:
        self.canvas.setLineWidth(width)
        self.canvas.line(x0, y, x1, y)

    @staticmethod
    def width(s: str, font: str, size: float) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return stringWidth(s, font, size)

    # -- pages ---------------------------------------------------------------------------
    def masthead(self) -> None:
        self.rule(59.3, 552.6, 727.0)
        self.text(123.4, 731.1, "United Nations", size=14)
        self.text(480.0, 731.1, SYMBOL, size=12)
        self.text(123.4, 701.3, "General Assembly", "Times-Bold", 20)
        self.text(397.0, 703.2, "Distr.: General")
        self.text(397.0, 691.4, "1 January 2030")
        self.rule(59.3, 552.6, 582.0, 1.5)
        self.text(60.0, 567.6, "Ninety-ninth session", "Times-Bold")
        self.text(60.0, 555.9, "Agenda item 42")
        self.text(
            60.0,
            522.9,
            "Resolution adopted by the General Assembly on 1 January 2030",
            "Times-Bold",
            14,
        )
        self.text(60.0, 458.5, TITLE, "Times-Bold", 12)
        x = 159.4
        for piece, font in zip(ORGAN, ("Times-Roman", "Times-Italic", "Times-Roman"), strict=True):
            self.text(x, 407.4, piece, font)
            x += self.width(piece, font, 10)
        self.lines += [" United Nations", *MASTHEAD, f" {TITLE}", " " + "".join(ORGAN)]
        self.y = 389.4

    def finish_page(self) -> None:
        if self.notes:
            self.rule(99.6, 171.7, 100.0)
            y = 88.0
            for mark in self.notes:
                self.text(117.0, y + 3.6, mark, size=5.5)
                self.text(123.4, y, FOOTNOTES[mark], size=8.5)
                self.pending.append(f" {mark} {FOOTNOTES[mark]}")
                y -= 10.4
            self.notes = []
        if self.page == 1:
            self.text(65.4, 42.3, "30-00001 (E)    010130")
            self.text(417.0, 40.0, "Please recycle", size=8)
            self.text(65.4, 29.8, "*3000001*", "Courier", 12)
            self.furniture += [
                ("job_number", "30-00001 (E) 010130"),
                ("recycle", "Please recycle"),
                ("barcode", "*3000001*"),
            ]
        else:
            self.text(524.5, 36.7, "30-00001", size=7)
            self.text(60.0, 34.9, f"{self.page}/2", "Times-Bold", 8.5)
            self.furniture += [("job_number", "30-00001"), ("page_number", f"{self.page}/2")]
        self.canvas.showPage()

    def new_page(self) -> None:
        self.finish_page()
        self.page += 1
        self.text(60.0, 731.1, SYMBOL, "Times-Bold", 8.5)
        self.rule(59.3, 552.1, 727.0)
        self.furniture.append(("symbol", SYMBOL))
        self.y = 707.5

    def flush_notes(self) -> None:
        """The extraction writes a page's footnotes before the next paragraph that starts."""
        if self.pending:
            self.lines.append(SEPARATOR)
            self.lines += self.pending
            self.pending = []

    # -- paragraphs ----------------------------------------------------------------------
    def paragraph(self, lead: str, rest: str, number: str | None = None) -> None:
        """Draw an indented paragraph: italic lead, regular text, raised footnote markers."""
        units: list[list[tuple[str, str]]] = []  # words; each a list of (text, font|"^")
        for text, font in ((lead, "Times-Italic"), (rest, "Times-Roman")):
            for k, word in enumerate(text.split(" ")):
                if k > 0 or not units:
                    units.append([])
                pieces = word.replace("[", "\0[").replace("]", "\0").split("\0")
                for piece in pieces:
                    if piece.startswith("["):
                        units[-1].append((piece[1:], "^"))
                    elif piece:
                        units[-1].append((piece, font))
        units = [u for u in units if u]
        self.italics.append(lead)
        self.flush_notes()
        x = 159.4
        line = " "
        if number:
            self.text(x, self.y, number)
            line += number + " "
            x += 24.0
        at_start = True
        for unit in units:
            w = sum(
                self.width(t, "Times-Roman", 6.5) if f == "^" else self.width(t, f, self.size)
                for t, f in unit
            )
            space = 0.0 if at_start else self.width(" ", "Times-Roman", self.size)
            if x + space + w > self.right and not at_start:
                self.lines.append(line.rstrip())
                self.y -= self.leading
                if self.y < (self.page1_bottom if self.page == 1 else self.bottom):
                    self.new_page()
                x, line, at_start = self.left, "", True
                space = 0.0
            if space:
                self.text(x, self.y, " ", unit[0][1] if unit[0][1] != "^" else "Times-Roman")
                x += space
                line += " "
            for t, f in unit:
                if f == "^":
                    self.text(x, self.y + 4.0, t, size=6.5)
                    x += self.width(t, "Times-Roman", 6.5)
                    line += t.translate(SUPERSCRIPT)
                    self.notes.append(t)
                else:
                    self.text(x, self.y, t, f, self.size)
                    x += self.width(t, f, self.size)
                    line += t
            at_start = False
        self.lines.append(line.rstrip())
        self.y -= self.leading + 6.0
        if self.y < (self.page1_bottom if self.page == 1 else self.bottom):
            self.new_page()

    def closing(self) -> None:
        self.flush_notes()
        self.y -= 12.0
        self.text(397.3, self.y, CLOSING[0], "Times-Italic")
        self.text(416.0, self.y - 12.0, CLOSING[1], "Times-Italic")
        self.lines += [f" {CLOSING[0]}", f" {CLOSING[1]}"]
        self.italics += list(CLOSING)

    def save(self) -> GeneratedPDF:
        self.finish_page()
        self.flush_notes()
        self.canvas.save()
        return GeneratedPDF(
            data=self.buf.getvalue(),
            lines=self.lines,
            furniture=self.furniture,
            italics=self.italics,
            pages=self.page,
        )


def build_resolution_pdf(encrypt: object | None = None) -> GeneratedPDF:
    """Draw the known resolution as a two-page PDF; PP3 runs over the page break."""
    w = _PdfWriter(encrypt=encrypt)
    w.masthead()
    for lead, rest in PREAMBLE:
        w.paragraph(lead, rest)
    for n, (lead, rest) in enumerate(OPERATIVE, start=1):
        w.paragraph(lead, rest, number=f"{n}.")
    w.closing()
    return w.save()


def build_scanned_pdf() -> bytes:
    """A PDF whose only page is an image of text: no text layer."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    img = Image.new("L", (600, 200), 255)
    ImageDraw.Draw(img).text((20, 80), "The General Assembly, Recalling ...", fill=0)
    png = io.BytesIO()
    img.save(png, format="PNG")
    png.seek(0)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.drawImage(ImageReader(png), 72, 500, width=450, height=150)
    c.showPage()
    c.save()
    return buf.getvalue()


def build_plain_pdf(paragraphs: list[str], *, font: str = "Helvetica") -> bytes:
    """A poor PDF: one font, no indents; paragraphs only separated by a blank line."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont(font, 11)
    y = 780.0
    for para in paragraphs:
        for line in para.split("\n"):
            c.drawString(72, y, line)
            y -= 14
        y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------------------------
# DOCX builder (python-docx)
# --------------------------------------------------------------------------------------------


@dataclass
class GeneratedDOCX:
    """A generated DOCX and what its extraction must give."""

    data: bytes
    lines: list[str]
    furniture: list[tuple[str, str]]
    italics: list[str]


_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _footnote_ref(paragraph: object, fid: int, custom: str | None = None) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()  # type: ignore[attr-defined]
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    run._r.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(fid))
    if custom:
        ref.set(qn("w:customMarkFollows"), "1")
    run._r.append(ref)
    if custom:
        t = OxmlElement("w:t")
        t.text = custom
        run._r.append(t)


def _add_runs(paragraph: object, text: str, italic: bool, refs: dict[str, int]) -> None:
    """Add text with ``[n]`` markers as footnote references."""
    pieces = text.replace("[", "\0[").replace("]", "\0").split("\0")
    for piece in pieces:
        if piece.startswith("["):
            _footnote_ref(paragraph, refs[piece[1:]])
        elif piece:
            paragraph.add_run(piece).italic = italic  # type: ignore[attr-defined]


def build_resolution_docx() -> GeneratedDOCX:
    """Write the known resolution as a DOCX: auto-numbered operative paragraphs, footnotes
    (one with the custom mark ``*``), italic leads, a manual line break, header and footer."""
    import docx
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    doc = docx.Document()
    doc.sections[0].header.paragraphs[0].text = SYMBOL
    doc.sections[0].footer.paragraphs[0].text = "30-00001 (E)"
    lines = list(MASTHEAD)
    for line in lines:
        doc.add_paragraph(line.strip())
    title = doc.add_paragraph(TITLE)
    _footnote_ref(title, 1, custom="*")
    lines.append(f" {TITLE}*")
    organ = doc.add_paragraph(ORGAN[0])
    organ.add_run(ORGAN[1]).italic = True
    organ.add_run(ORGAN[2])
    lines.append(" " + "".join(ORGAN))

    refs = {"1": 2, "2": 3, "3": 4}  # footnote ids; id 1 is the custom-marked '*'
    for k, (lead, rest) in enumerate(PREAMBLE):
        p = doc.add_paragraph()
        p.add_run(lead).italic = True
        if k == 2:  # a manual line break inside the paragraph
            head, tail = rest.split(" and stressing", 1)
            _add_runs(p, head, False, refs)
            p.add_run().add_break()
            _add_runs(p, "and stressing" + tail, False, refs)
            lines.append(" " + expected_paragraph(lead, head))
            lines.append(expected_paragraph("", "and stressing" + tail))
        else:
            _add_runs(p, rest, False, refs)
            lines.append(" " + expected_paragraph(lead, rest))
    for n, (lead, rest) in enumerate(OPERATIVE, start=1):
        p = doc.add_paragraph(style="List Number")
        p.add_run(lead).italic = True
        _add_runs(p, rest, False, refs)
        lines.append(f" {n}. " + expected_paragraph(lead, rest))
    for text in CLOSING:
        doc.add_paragraph().add_run(text).italic = True
        lines.append(f" {text}")

    notes = {1: ("*", "Reissued for technical reasons.")} | {
        refs[m]: (m, t) for m, t in FOOTNOTES.items()
    }
    body = "".join(
        f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f"{'<w:t>*</w:t>' if mark == '*' else '<w:footnoteRef/>'}</w:r>"
        f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
        for fid, (mark, text) in notes.items()
    )
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:footnotes xmlns:w="{_W_NS}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>"
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>"
        f"{body}</w:footnotes>"
    ).encode()
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, xml, doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)

    lines.append(SEPARATOR)
    for mark, text in notes.values():
        lines.append(f" {mark} {text}")
    buf = io.BytesIO()
    doc.save(buf)
    return GeneratedDOCX(
        data=buf.getvalue(),
        lines=lines,
        furniture=[("header", SYMBOL), ("footer", "30-00001 (E)")],
        italics=[*(lead for lead, _ in PREAMBLE), *(lead for lead, _ in OPERATIVE), *CLOSING],
    )


# --------------------------------------------------------------------------------------------
# Synthetic resolutions as text (seed layout), English and Spanish
# --------------------------------------------------------------------------------------------

ENGLISH_TEXT = """\
 General Assembly
 Seventy-ninth session
 Agenda item 68
 Testing cooperation among Member States
 The General Assembly,
 Recalling its resolution 70/1 of 25 September 2015, entitled “Transforming our
world: the 2030 Agenda for Sustainable Development”,¹
 Reaffirming the Universal Declaration of Human Rights² and the importance of
international cooperation in the promotion and protection of all human rights,
 Deeply concerned about the persistent gaps in the capacity of many developing
countries to collect and disseminate reliable data,
__________________
 1 Resolution 70/1.
 2 Resolution 217 A (III).
 1. Decides to strengthen cooperation among Member States in the field of
testing, in accordance with the Charter of the United Nations;
 2. Requests the Secretary-General to submit a report on the implementation of
the present resolution to the General Assembly at its eightieth session;
 3. Also decides to remain seized of the matter.
"""

SPANISH_TEXT = """\
 Asamblea General
 Septuagésimo noveno período de sesiones
 Tema 68 del programa
 Cooperación entre los Estados Miembros
 La Asamblea General,
 Recordando su resolución 70/1, de 25 de septiembre de 2015, titulada “Transformar
nuestro mundo: la Agenda 2030 para el Desarrollo Sostenible”¹,
 Reafirmando la Declaración Universal de Derechos Humanos² y la importancia de la
cooperación internacional en la promoción y protección de todos los derechos humanos,
 Profundamente preocupada por las persistentes deficiencias en la capacidad de
muchos países en desarrollo para reunir datos fiables,
__________________
 1 Resolución 70/1.
 2 Resolución 217 A (III).
 1. Decide fortalecer la cooperación entre los Estados Miembros en la esfera de los
ensayos, de conformidad con la Carta de las Naciones Unidas;
 2. Solicita al Secretario General que le presente un informe sobre la aplicación de
la presente resolución en su octogésimo período de sesiones;
 3. Decide también seguir ocupándose de la cuestión.
"""


# --------------------------------------------------------------------------------------------
# Fixtures
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def resolution_pdf() -> GeneratedPDF:
    """The known resolution as a generated two-page PDF."""
    return build_resolution_pdf()


@pytest.fixture(scope="session")
def resolution_docx() -> GeneratedDOCX:
    """The known resolution as a generated DOCX."""
    return build_resolution_docx()


@pytest.fixture(scope="session")
def scanned_pdf() -> bytes:
    """An image-only PDF."""
    return build_scanned_pdf()


@pytest.fixture(scope="session")
def encrypted_pdf() -> bytes:
    """The known resolution encrypted with a user password."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    return build_resolution_pdf(StandardEncryption("user-secret", "owner-secret")).data
