"""Tests of helpers.textfile: encodings detected and named, control characters, bad bytes."""

from __future__ import annotations

import codecs
import random

import pytest

from helpers.errors import EmptyDocumentError, EncodingError
from helpers.paths import SEED
from helpers.textfile import decode_text, strip_controls

FRENCH = (
    " L’Assemblée générale,\n Réaffirmant sa volonté de promouvoir la coopération "
    "internationale, conformément à la Charte des Nations Unies « en particulier » — déjà,\n"
)
SPANISH = " La Asamblea General,\n Reafirmando la cooperación internacional, año, niño, señal,\n"
RUSSIAN = (
    " Генеральная Ассамблея,\n вновь подтверждая свою резолюцию 70/1 от 25 сентября 2015 года,\n"
)
ARABIC = " إن الجمعية العامة،\n إذ تؤكد من جديد قرارها 70/1 المؤرخ 25 أيلول/سبتمبر 2015،\n"


@pytest.mark.parametrize(
    ("text", "data", "encoding", "warning"),
    [
        (FRENCH, FRENCH.encode("utf-8"), "utf-8", None),
        (FRENCH, codecs.BOM_UTF8 + FRENCH.encode("utf-8"), "utf-8-sig", None),
        (FRENCH, codecs.BOM_UTF16_LE + FRENCH.encode("utf-16-le"), "utf-16-le", "byte-order mark"),
        (FRENCH, codecs.BOM_UTF16_BE + FRENCH.encode("utf-16-be"), "utf-16-be", "byte-order mark"),
        (FRENCH, FRENCH.encode("utf-16-le"), "utf-16-le", "no byte-order mark"),
        (FRENCH, FRENCH.encode("utf-16-be"), "utf-16-be", "no byte-order mark"),
        (FRENCH, codecs.BOM_UTF32_LE + FRENCH.encode("utf-32-le"), "utf-32-le", "byte-order mark"),
        (FRENCH, FRENCH.encode("cp1252"), "cp1252", "not UTF-8"),
        (SPANISH, SPANISH.encode("latin-1"), "cp1252", "not UTF-8"),
        (RUSSIAN, RUSSIAN.encode("utf-8"), "utf-8", None),
        (RUSSIAN, RUSSIAN.encode("cp1251"), "cp1251", "charset-normalizer"),
        (ARABIC, ARABIC.encode("cp1256"), "cp1256", "charset-normalizer"),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16le-bom",
        "utf16be-bom",
        "utf16le-nobom",
        "utf16be-nobom",
        "utf32-bom",
        "cp1252",
        "latin1",
        "russian-utf8",
        "russian-cp1251",
        "arabic-cp1256",
    ],
)
def test_encodings(text: str, data: bytes, encoding: str, warning: str | None) -> None:
    got = decode_text(data, source="x.txt")
    assert got.text == text
    assert got.encoding == encoding
    if warning is None:
        assert got.warnings == ()
    else:
        assert any(warning in w for w in got.warnings), got.warnings


def test_seed_decodes_as_utf8_unchanged() -> None:
    got = decode_text(SEED.read_bytes(), source=SEED.name)
    assert got.encoding == "utf-8"
    assert got.text == SEED.read_text(encoding="utf-8").replace("\r\n", "\n")
    assert got.warnings == ()


@pytest.mark.parametrize(
    ("raw", "clean", "removed"),
    [
        ("a\x00b", "ab", 1),
        ("tab\tand\nnewline\r\fform", "tab\tand\nnewline\r\fform", 0),
        ("bell\x07 escape\x1b del\x7f c1\x85", "bell escape del c1", 4),
        ("stray\ufeffbom", "straybom", 1),
    ],
)
def test_strip_controls(raw: str, clean: str, removed: int) -> None:
    assert strip_controls(raw) == (clean, removed)


def test_control_characters_removed_with_a_warning() -> None:
    got = decode_text(b"The\x00 General\x01 Assembly,\r\n Recalling\x02\n", source="c.txt")
    assert got.text == "The General Assembly,\n Recalling\n"
    assert "removed 3 control characters" in got.warnings


@pytest.mark.parametrize(
    ("data", "error", "cause"),
    [
        (b"", EmptyDocumentError, "empty file"),
        (b" \n\t\r\n  ", EmptyDocumentError, "white space"),
        ("\ufeff  \n".encode(), EmptyDocumentError, "white space"),
        (random.Random(7).randbytes(4096), EncodingError, "binary"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", EncodingError, "a PDF file"),
        (b"PK\x03\x04\x14\x00\x06\x00", EncodingError, "zip archive"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", EncodingError, "PNG image"),
    ],
    ids=["empty", "whitespace", "bom-only", "random-bytes", "pdf", "docx", "png"],
)
def test_bad_bytes(data: bytes, error: type, cause: str) -> None:
    with pytest.raises(error) as info:
        decode_text(data, source="bad.txt")
    assert str(info.value).startswith("bad.txt: ")
    assert cause in str(info.value)
