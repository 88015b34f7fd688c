"""Tests of helpers.word: DOCX resolutions generated with python-docx, with known content."""

from __future__ import annotations

import io
import zipfile
from collections import Counter

import pytest
from conftest import (
    CLOSING,
    FOOTNOTE_CLAUSES,
    FOOTNOTES,
    OPERATIVE,
    PREAMBLE,
    GeneratedDOCX,
)

from helpers.errors import ParseError, UnsafeInputError
from helpers.word import _format_number, extract_docx

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def test_generated_docx_text_is_exactly_the_written_layout(resolution_docx: GeneratedDOCX) -> None:
    got = extract_docx(resolution_docx.data, source="generated.docx")
    assert got.text.splitlines() == resolution_docx.lines
    assert got.warnings == ()


def test_generated_docx_furniture_and_italics(resolution_docx: GeneratedDOCX) -> None:
    got = extract_docx(resolution_docx.data, source="generated.docx")
    assert Counter((f.kind, f.text) for f in got.furniture) == Counter(resolution_docx.furniture)
    assert list(got.italics) == [lead for lead, _ in PREAMBLE + OPERATIVE] + list(CLOSING)


def test_generated_docx_parses_to_known_clauses(resolution_docx: GeneratedDOCX, tmp_path) -> None:
    from helpers import parse_file

    path = tmp_path / "generated.docx"
    path.write_bytes(resolution_docx.data)
    res = parse_file(path)
    assert [c.lead.text for c in res.preamble] == [lead for lead, _ in PREAMBLE]
    assert [c.lead.text for c in res.operative] == [lead for lead, _ in OPERATIVE]
    assert [c.number for c in res.operative] == ["1", "2", "3"]
    notes = {f.mark: (f.text, f.clause) for f in res.footnotes}
    for mark, text in FOOTNOTES.items():
        assert notes[mark] == (text, FOOTNOTE_CLAUSES[mark])
    assert notes["*"][0] == "Reissued for technical reasons."


@pytest.mark.parametrize(
    ("n", "fmt", "label"),
    [
        (1, "decimal", "1"),
        (12, "decimal", "12"),
        (1, "lowerLetter", "a"),
        (26, "lowerLetter", "z"),
        (27, "lowerLetter", "aa"),
        (3, "upperLetter", "C"),
        (4, "lowerRoman", "iv"),
        (14, "lowerRoman", "xiv"),
        (9, "upperRoman", "IX"),
    ],
)
def test_format_number(n: int, fmt: str, label: str) -> None:
    assert _format_number(n, fmt) == label


def _docx_with_sublist() -> bytes:
    """Operative paragraphs numbered 1., 2. with sub-items (a), (b) from one custom list."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    doc = docx.Document()
    numbering = doc.part.numbering_part.element
    numbering.insert(
        0,
        parse_xml(
            f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="90">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%1."/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
            '<w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum>'
        ),
    )
    numbering.append(
        parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    )

    def numbered(text: str, level: int) -> None:
        p = doc.add_paragraph(text)
        ppr = p._p.get_or_add_pPr()
        ppr.append(
            parse_xml(
                f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{level}"/>'
                '<w:numId w:val="90"/></w:numPr>'
            )
        )

    doc.add_paragraph("The General Assembly,")
    numbered("Decides:", 0)
    numbered("To act;", 1)
    numbered("To report;", 1)
    numbered("Requests the Secretary-General:", 0)
    numbered("To assist;", 1)
    # A table cell and a tracked deletion, which must be skipped.
    table = doc.add_table(rows=1, cols=1)
    table.cell(0, 0).paragraphs[0].text = "Cell text"
    p = doc.add_paragraph("Kept ")
    deleted = parse_xml(
        f'<w:del xmlns:w="{W_NS}" w:id="1" w:author="x"><w:r><w:delText>gone</w:delText></w:r>'
        "</w:del>"
    )
    p._p.append(deleted)
    assert qn("w:del") == deleted.tag
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_numbering_levels_tables_and_deletions() -> None:
    got = extract_docx(_docx_with_sublist(), source="sublist.docx")
    assert got.text.splitlines() == [
        " The General Assembly,",
        " 1. Decides:",
        " (a) To act;",
        " (b) To report;",
        " 2. Requests the Secretary-General:",
        " (a) To assist;",
        " Cell text",
        " Kept",
    ]


def _with_member(data: bytes, name: str, blob: bytes) -> bytes:
    """Copy a DOCX replacing (or adding) one member."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            if info.filename != name:
                out.writestr(info, src.read(info.filename))
        out.writestr(name, blob)
    return buf.getvalue()


def test_footnotes_xml_external_entity_is_not_resolved(
    resolution_docx: GeneratedDOCX, tmp_path
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    evil = (
        f'<?xml version="1.0"?><!DOCTYPE w:footnotes [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
        f'<w:footnotes xmlns:w="{W_NS}"><w:footnote w:id="2"><w:p><w:r><w:t>&xxe;</w:t></w:r>'
        "</w:p></w:footnote></w:footnotes>"
    ).encode()
    data = _with_member(resolution_docx.data, "word/footnotes.xml", evil)
    try:
        got = extract_docx(data, source="evil.docx")
    except ParseError as exc:  # refusing the file is fine too
        assert "evil.docx" in str(exc)
        return
    assert "TOP-SECRET" not in got.text
    assert all("TOP-SECRET" not in f.text for f in got.furniture)


@pytest.mark.parametrize(
    ("make", "error", "cause"),
    [
        (lambda d: b"not a zip at all", ParseError, "not a valid zip"),
        (lambda d: _with_member(d, "../evil.txt", b"x"), UnsafeInputError, "unsafe member name"),
        (
            lambda d: _zip_without(d, "word/document.xml"),
            ParseError,
            "no word/document.xml",
        ),
        (
            lambda d: _with_member(d, "word/document.xml", b"<w:document><broken"),
            ParseError,
            "damaged DOCX",
        ),
        (
            lambda d: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512,
            ParseError,
            "encrypted",
        ),
    ],
    ids=["not-zip", "zip-slip", "no-document", "broken-xml", "encrypted-or-doc"],
)
def test_bad_docx(resolution_docx: GeneratedDOCX, make, error: type, cause: str) -> None:
    with pytest.raises(error) as info:
        extract_docx(make(resolution_docx.data), source="bad.docx")
    assert "bad.docx" in str(info.value)
    assert cause in str(info.value)


def _zip_without(data: bytes, name: str) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        for info in src.infolist():
            if info.filename != name:
                out.writestr(info, src.read(info.filename))
    return buf.getvalue()
