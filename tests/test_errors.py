"""Bad inputs through `helpers.parse_file`: each gets a ParseError naming the file and the cause.

Truncated and unsafe XML, zip slip and zip bombs in corpus zips are tested with helpers.akn and
helpers.corpus; DOCX package errors in test_word.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ENGLISH_TEXT, GeneratedPDF

from helpers import parse_file
from helpers.errors import (
    EmptyDocumentError,
    EncodingError,
    NotAResolutionError,
    ParseError,
    PDFError,
    UnsupportedFormatError,
    UnsupportedLanguageError,
)


def _truncated(pdf: GeneratedPDF) -> bytes:
    return pdf.data[: len(pdf.data) // 2]


#: (file name, bytes maker taking the fixtures, error type, words the message must hold)
BAD: list[tuple[str, Callable[[dict], bytes], type[ParseError], str]] = [
    ("empty.txt", lambda f: b"", EmptyDocumentError, "empty file"),
    ("blank.txt", lambda f: b"  \n\t \r\n ", EmptyDocumentError, "white space"),
    ("blank.md", lambda f: "\u3000\n\u00a0 ".encode(), EmptyDocumentError, "white space"),
    ("empty.pdf", lambda f: b"", EmptyDocumentError, "empty file"),
    ("empty.docx", lambda f: b"", EmptyDocumentError, "empty file"),
    ("random.txt", lambda f: random.Random(1).randbytes(8192), EncodingError, "binary data"),
    ("renamed-pdf.txt", lambda f: f["pdf"].data, EncodingError, "binary data (a PDF file)"),
    ("renamed-docx.md", lambda f: f["docx"], EncodingError, "binary data (a zip archive"),
    ("resolution.xyz", lambda f: ENGLISH_TEXT.encode(), UnsupportedFormatError, "unsupported"),
    ("resolution", lambda f: ENGLISH_TEXT.encode(), UnsupportedFormatError, "unsupported"),
    ("resolution.doc", lambda f: b"\xd0\xcf\x11\xe0", UnsupportedFormatError, "unsupported"),
    ("scanned.pdf", lambda f: f["scanned"], PDFError, "no text layer: scanned PDF, needs OCR"),
    ("encrypted.pdf", lambda f: f["encrypted"], PDFError, "encrypted PDF"),
    ("truncated.pdf", lambda f: _truncated(f["pdf"]), PDFError, "truncated or damaged PDF"),
    ("fake.pdf", lambda f: ENGLISH_TEXT.encode(), PDFError, "not a PDF"),
    ("fake.docx", lambda f: ENGLISH_TEXT.encode(), ParseError, "not a valid zip archive"),
    (
        "greek.txt",
        lambda f: "Η Γενική Συνέλευση,\nΑνακαλώντας τα ψηφίσματά της,\n1. Αποφασίζει;\n".encode(),
        UnsupportedLanguageError,
        "text in Greek script",
    ),
    (
        "not-a-resolution.txt",
        lambda f: b"Minutes of the lunch committee.\nSandwiches were served.\n",
        NotAResolutionError,
        "not a resolution",
    ),
]


@pytest.fixture(scope="module")
def makers(resolution_pdf: GeneratedPDF, resolution_docx, scanned_pdf, encrypted_pdf) -> dict:
    return {
        "pdf": resolution_pdf,
        "docx": resolution_docx.data,
        "scanned": scanned_pdf,
        "encrypted": encrypted_pdf,
    }


@pytest.mark.parametrize(("name", "make", "error", "cause"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_names_file_and_cause(
    tmp_path: Path, makers: dict, name: str, make: Callable, error: type, cause: str
) -> None:
    path = tmp_path / name
    path.write_bytes(make(makers))
    with pytest.raises(error) as info:
        parse_file(path)
    message = str(info.value)
    assert str(path) in message
    assert cause in message
    assert info.value.path == str(path)


def test_missing_file_is_a_parse_error(tmp_path: Path) -> None:
    path = tmp_path / "absent.txt"
    with pytest.raises(ParseError) as info:
        parse_file(path)
    assert str(path) in str(info.value)


# --------------------------------------------------------------------------------------------
# Inputs that are strange but readable: parsed, with warnings, nothing lost
# --------------------------------------------------------------------------------------------


def test_very_long_line(tmp_path: Path) -> None:
    """A preambular paragraph of 300 KB on one line is one clause holding all its words.

    (The 1 MB sizes are timed by ``python -m helpers.adversarial``, not here.)
    """
    words = " ".join(f"word{i % 997}" for i in range(40_000))
    text = ENGLISH_TEXT.replace(
        " Deeply concerned about the persistent gaps in the capacity of many developing\n"
        "countries to collect and disseminate reliable data,\n",
        f" Deeply concerned about {words},\n",
    )
    assert len(text) > 300_000
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    res = parse_file(path)
    assert [c.lead.text for c in res.preamble] == ["Recalling", "Reaffirming", "Deeply concerned"]
    assert len(res.operative) == 3
    assert res.clause("PP3").text.endswith(f"word{39_999 % 997},")
    assert len(res.clause("PP3").text) > 300_000


def test_one_megabyte_without_newline_or_spaces(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_text("x" * 1_000_000, encoding="utf-8")
    with pytest.raises(NotAResolutionError) as info:
        parse_file(path)
    assert str(path) in str(info.value)


def test_control_characters(tmp_path: Path) -> None:
    dirty = ENGLISH_TEXT.replace("Recalling", "Re\x00call\x07ing").replace("Decides", "De\x1bcides")
    path = tmp_path / "dirty.txt"
    path.write_bytes(dirty.encode("utf-8"))
    res = parse_file(path)
    assert res.preamble[0].lead.text == "Recalling"
    assert res.operative[0].lead.text == "Decides"
    assert any("removed 3 control characters" in w for w in res.warnings)
    assert not any(ch in c.text for c in res.clauses for ch in "\x00\x07\x1b")


def test_mixed_languages(tmp_path: Path) -> None:
    """An English resolution quoting Arabic, Chinese, Russian and French names keeps them all."""
    quoted = (
        " Welcoming the declaration entitled «Déclaration de Paris», the «Декларация» adopted in"
        " Moscow, the 北京宣言 and the إعلان الرياض,\n"
    )
    text = ENGLISH_TEXT.replace(" 1. Decides", quoted + " 1. Decides")
    path = tmp_path / "mixed.txt"
    path.write_text(text, encoding="utf-8")
    res = parse_file(path)
    assert res.language == "en"
    assert [c.lead.text for c in res.preamble][-1] == "Welcoming"
    last = res.preamble[-1].text
    for name in ("Déclaration de Paris", "Декларация", "北京宣言", "إعلان الرياض"):
        assert name in last
    assert len(res.operative) == 3


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252"])
def test_other_encodings_parse_and_say_so(tmp_path: Path, encoding: str) -> None:
    text = ENGLISH_TEXT.replace("Recalling", "Recalling with “appreciation”")
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    res = parse_file(path)
    assert res.preamble[0].text.startswith("Recalling with “appreciation” its resolution 70/1")
    assert any(encoding.replace("utf-16", "utf-16-le") in w for w in res.warnings)


def test_cut_off_resolution_keeps_what_is_there(tmp_path: Path) -> None:
    """A resolution cut in the middle of OP2: the clauses up to the cut are kept."""
    cut = ENGLISH_TEXT[: ENGLISH_TEXT.index("the present resolution")]
    path = tmp_path / "cut.txt"
    path.write_text(cut, encoding="utf-8")
    res = parse_file(path)
    assert len(res.preamble) == 3
    assert [c.number for c in res.operative] == ["1", "2"]
    assert res.operative[-1].text.endswith("implementation of")
