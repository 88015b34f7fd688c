"""Text-file reader: the bytes of a ``.txt``/``.md`` file in, decoded `Extracted` text out.

Also home of `Extracted`, the hand-over record that every reader (text, PDF, DOCX) gives the text
parser: the text in the layout of a PDF extraction (a paragraph starts on a new line indented by
a space; continuation lines are not indented; footnotes follow a line of underscores), the page
furniture removed, warnings, and what the reader knows for certain (encoding, italic leads).

Decoding order, first match wins:

1. a byte-order mark: UTF-8, UTF-16 LE/BE, UTF-32 LE/BE;
2. binary signatures (PDF, zip/DOCX, images, executables): `EncodingError`;
3. UTF-16 without a mark, recognised by NUL bytes on every other position;
4. strict UTF-8 (binary if more than 30% control bytes); bytes that are not UTF-8 and hold
   NULs or over 5% control bytes are binary: `EncodingError`;
5. Windows-1252 (a superset of Latin-1 for printable characters) when the result reads as Latin
   script text (a modest share of accented letters; mojibake of Cyrillic or Greek read as
   cp1252 is nearly all accented capitals);
6. charset-normalizer's best guess among the legacy code pages of the UN languages;
7. Latin-1, which decodes any byte (its C1 controls are then stripped with a warning).

Control characters other than ``\\n``, ``\\t``, ``\\r`` and ``\\f`` are removed and counted in a
warning; line ends become ``\\n``.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from helpers.errors import EmptyDocumentError, EncodingError
from helpers.models import Furniture

__all__ = ["Extracted", "decode_text", "strip_controls"]


@dataclass(frozen=True)
class Extracted:
    """Text read from a file, ready for the text parser.

    Attributes:
        text: the document text, in the layout of a PDF extraction (see the module docstring).
        furniture: page furniture removed by the reader (running headers, job numbers...).
        warnings: what the reader had to guess, repair or drop.
        encoding: the character encoding used (text files only).
        italics: italic runs that open paragraphs (lead phrases), in order, when known.
    """

    text: str
    furniture: tuple[Furniture, ...] = ()
    warnings: tuple[str, ...] = ()
    encoding: str | None = None
    italics: tuple[str, ...] = ()


# --------------------------------------------------------------------------------------------
# Byte-level tables
# --------------------------------------------------------------------------------------------

#: Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Signatures of binary formats that users may rename to ``.txt`` by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a zip archive (DOCX, XLSX...)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (.doc/.xls)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "an executable"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"{\\rtf", "an RTF document"),
)

#: Control bytes that text never holds (all C0 controls except tab, LF, FF, CR, and ESC).
_CONTROL_BYTES: frozenset[int] = frozenset(set(range(32)) - {9, 10, 12, 13, 27})

#: Above this share of control bytes (in the first 64 KiB) non-UTF-8 data is binary.
_BINARY_SHARE = 0.05
#: Above this share of control bytes even valid UTF-8 is binary data.
_TEXT_CONTROL_SHARE = 0.3

#: Legacy code pages charset-normalizer may choose among (UN languages' Windows, DOS, ISO pages).
_LEGACY = [
    "cp1250",
    "cp1251",
    "koi8_r",
    "cp1253",
    "cp1256",
    "iso8859_6",
    "gb18030",
    "big5",
    "cp866",
    "mac_roman",
]

#: cp1252 is rejected when more than this share of its letters are non-ASCII (mojibake).
_MAX_ACCENTED_SHARE = 0.3

# Characters removed from decoded text: C0/C1 controls other than tab, LF, FF, CR; DEL; a BOM
# left inside the text (U+FEFF).
_CONTROLS_RE = re.compile(
    r"[\x00-\x08"  # C0 before tab
    r"\x0b"  # vertical tab
    r"\x0e-\x1f"  # C0 after CR (SO..US, ESC included)
    r"\x7f-\x9f"  # DEL and the C1 block
    r"\ufeff]"  # zero-width no-break space (stray byte-order mark)
)


def strip_controls(text: str) -> tuple[str, int]:
    """Remove control characters other than ``\\n``, ``\\t``, ``\\r``, ``\\f``.

    Args:
        text: decoded text.

    Returns:
        The cleaned text and the number of characters removed.
    """
    cleaned, n = _CONTROLS_RE.subn("", text)
    return cleaned, n


def _utf16_without_bom(data: bytes) -> str | None:
    """Guess UTF-16 LE/BE from NUL bytes on every other position (ASCII-heavy text)."""
    sample = data[:65536]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nul = sample[0::2].count(0) / (len(sample) / 2)
    odd_nul = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _magic(data: bytes) -> str | None:
    """Name the binary format whose signature opens the bytes, if any."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f"binary data ({what}), not text"
    return None


def _binary_reason(data: bytes, *, valid_utf8: bool) -> str | None:
    """Say why the bytes look binary, or return None when they may be text.

    Valid UTF-8 is text unless it is mostly control bytes (a text with stray control characters
    is repaired, with a warning); bytes that are not UTF-8 are binary from a few NULs or a
    modest share of control bytes, which no legacy-encoded text holds.
    """
    sample = data[:65536]
    controls = sum(1 for b in sample if b in _CONTROL_BYTES)
    share = controls / len(sample)
    nuls = sample.count(0) / len(sample)
    if share > (_TEXT_CONTROL_SHARE if valid_utf8 else _BINARY_SHARE) or (
        not valid_utf8 and nuls > 0.005
    ):
        return f"binary data, not text ({controls} control bytes in the first {len(sample)} bytes)"
    return None


def _looks_latin(text: str) -> bool:
    """True when decoded text reads as Latin-script prose rather than mojibake."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return True
    accented = sum(1 for c in letters if ord(c) > 127)
    return accented / len(letters) <= _MAX_ACCENTED_SHARE


def _decode(data: bytes, source: str) -> tuple[str, str, list[str]]:
    """Decode bytes; return the text, the encoding name and warnings."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc).removeprefix("\ufeff")
                warns = [] if enc == "utf-8-sig" else [f"not UTF-8: {enc} (byte-order mark)"]
                return text, enc, warns
            except UnicodeDecodeError as exc:
                raise EncodingError(
                    f"byte-order mark says {enc} but the bytes are not valid {enc}: {exc.reason} "
                    f"at byte {exc.start}",
                    source,
                ) from exc
    reason = _magic(data)
    if reason:
        raise EncodingError(reason, source)
    enc16 = _utf16_without_bom(data)
    if enc16:
        try:
            return data.decode(enc16), enc16, [f"no byte-order mark: guessed {enc16}"]
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = f"{exc.reason} at byte {exc.start}"
    else:
        reason = _binary_reason(data, valid_utf8=True)
        if reason:
            raise EncodingError(reason, source)
        return text, "utf-8", []
    reason = _binary_reason(data, valid_utf8=False)
    if reason:
        raise EncodingError(reason, source)
    try:
        text = data.decode("cp1252")
        if _looks_latin(text):
            return text, "cp1252", [f"not UTF-8 ({utf8_error}): decoded as cp1252"]
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_LEGACY).best()
    if best is not None and best.encoding:
        return (
            str(best),
            best.encoding,
            [f"not UTF-8 ({utf8_error}): decoded as {best.encoding} (charset-normalizer guess)"],
        )
    return data.decode("latin-1"), "latin-1", [f"not UTF-8 ({utf8_error}): decoded as latin-1"]


def decode_text(data: bytes, *, source: str) -> Extracted:
    """Decode the bytes of a text file and say which encoding was used.

    Args:
        data: the file's bytes.
        source: the file name, for messages.

    Returns:
        The decoded text with ``encoding`` set, and warnings for a non-UTF-8 encoding and for
        removed control characters.

    Raises:
        EmptyDocumentError: the file is empty or holds only white space.
        EncodingError: the bytes are binary data, not text.
    """
    if not data:
        raise EmptyDocumentError("empty file", source)
    text, encoding, warnings = _decode(data, source)
    text, removed = strip_controls(text)
    if removed:
        warnings.append(f"removed {removed} control characters")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise EmptyDocumentError("file holds only white space", source)
    return Extracted(text=text, warnings=tuple(warnings), encoding=encoding)
