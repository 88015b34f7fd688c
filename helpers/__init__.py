"""UN resolutions as data: parse resolutions into clauses, leads, footnotes, citations, conferences.

The pipeline, one module a stage: normalize → segment → leads → footnotes → citations →
conferences → tables → plots. ``parse`` runs the stages; ``akn``, ``pdf`` and ``docx`` read the
other input formats into the same `Resolution`.
"""

from helpers.errors import ParseError
from helpers.models import Citation, Clause, ConferenceMention, Footnote, Lead, Resolution, Verb
from helpers.parse import parse_all, parse_file, parse_file_all, parse_text
from helpers.tables import to_frames

__all__ = [
    "Citation",
    "Clause",
    "ConferenceMention",
    "Footnote",
    "Lead",
    "ParseError",
    "Resolution",
    "Verb",
    "parse_all",
    "parse_file",
    "parse_file_all",
    "parse_text",
    "to_frames",
]
