"""Errors: every failure on bad input is a ParseError that names the file and the cause."""

from __future__ import annotations

from pathlib import Path


class ParseError(Exception):
    """A document could not be parsed. The message names the file and the reason.

    Attributes:
        path: the file (or zip member) that failed, if known.
        reason: a short human-readable cause, e.g. ``"empty file"``.
    """

    def __init__(self, reason: str, path: str | Path | None = None) -> None:
        self.path = str(path) if path is not None else None
        self.reason = reason
        where = self.path if self.path is not None else "<text>"
        super().__init__(f"{where}: {reason}")


class EmptyDocumentError(ParseError):
    """The file is empty or holds only whitespace."""


class UnsupportedFormatError(ParseError):
    """The file's format is not one the project reads."""


class EncodingError(ParseError):
    """The bytes are not text in any encoding we accept (e.g. binary with a .txt name)."""


class NotAResolutionError(ParseError):
    """The document parsed but holds no acting organ line and no clauses."""


class SeveralResolutionsError(ParseError):
    """The text prints several resolutions one after another (a volume of the Official
    Records): `helpers.parse.parse_all` reads each.

    Attributes:
        numbers: the resolutions' numbers, in order ("78/1", "2719 (2023)").
    """

    def __init__(self, reason: str, path: str | Path | None = None, numbers: tuple[str, ...] = ()):
        super().__init__(reason, path)
        self.numbers = numbers


class UnsupportedLanguageError(ParseError):
    """The text is in a script the text parser has no rules for (Arabic, Chinese)."""


class UnsafeInputError(ParseError):
    """The input was refused for safety: XML entities, zip slip, zip bomb, absurd sizes."""


class PDFError(ParseError):
    """The PDF is encrypted, truncated, or has no text layer (needs OCR)."""


class XMLError(ParseError):
    """The XML is malformed, truncated, or not AKN4UN."""
