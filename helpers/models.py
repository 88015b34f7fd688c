"""Data model: frozen dataclasses for every part of a parsed resolution, and its JSON contract.

Every object that comes from the text carries the character span it was read from, so that
annotations (HTML views, highlighting) and the character accounting can point back at the source.
Spans of clause-level objects (citations, conferences, verbs) are offsets into the clean clause
`text`; spans of clauses, footnotes and furniture are offsets into `Resolution.source_text`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cache
from typing import Any, Literal

Section = Literal["preamble", "operative"]
Role = Literal["header", "organ", "clause", "footnote", "closing", "furniture", "unassigned"]

#: Keys of `Resolution.to_dict()`, in order. The JSON contract of the project.
RESOLUTION_KEYS: tuple[str, ...] = (
    "source",
    "format",
    "language",
    "symbol",
    "title",
    "body",
    "organ_text",
    "doc_type",
    "sponsors",
    "on_behalf_of",
    "agenda_item",
    "session",
    "session_inferred",
    "date",
    "meeting",
    "warnings",
    "clauses",
    "footnotes",
    "citations",
    "conferences",
    "header",
    "closing",
    "headings",
    "annex",
    "accounting",
    "unassigned",
    "furniture",
)


@cache
def _scalar_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls) if f.name != "span")


def _scalars(obj: Any) -> dict[str, Any]:
    """The fields of a row dataclass whose values are scalars (all but ``span``), in order.

    A shallow copy: `dataclasses.asdict` deep-copies every value, which costs more than the
    whole table build for these flat rows.
    """
    return {name: getattr(obj, name) for name in _scalar_names(type(obj))}


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class Lead:
    """The lead phrase of a clause as printed, with its lemma and an English gloss."""

    text: str
    lemma: str | None = None
    gloss: str | None = None
    pos: str | None = None
    adverbs: tuple[str, ...] = ()
    known: bool = True
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "lemma": self.lemma,
            "gloss": self.gloss,
            "pos": self.pos,
            "adverbs": list(self.adverbs),
            "known": self.known,
        }


@dataclass(frozen=True)
class Verb:
    """An action verb of a clause: the lead (first action) or an inner one (second action)."""

    text: str
    lemma: str | None
    gloss: str | None
    position: Literal["lead", "inner"]
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "lemma": self.lemma,
            "gloss": self.gloss,
            "position": self.position,
        }


@dataclass(frozen=True)
class Clause:
    """One preambular (PP) or operative (OP) paragraph."""

    id: str
    section: Section
    number: str | None
    text: str
    lead: Lead
    verbs: tuple[Verb, ...] = ()
    items: tuple[str, ...] = ()
    footnotes: tuple[str, ...] = ()
    part: str | None = None
    span: Span | None = None
    #: Where each footnote marker stood in ``text``: ``(mark, offset)``.
    anchors: tuple[tuple[str, int], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "section": self.section,
            "number": self.number,
            "part": self.part,
            "text": self.text,
            "lead": self.lead.to_dict(),
            "verbs": [v.to_dict() for v in self.verbs],
            "items": list(self.items),
            "footnotes": list(self.footnotes),
        }


@dataclass(frozen=True)
class Footnote:
    """A footnote: its mark, its whole text, and the clause (or ``header``) it is attached to."""

    mark: str
    text: str
    clause: str | None
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"mark": self.mark, "text": self.text, "clause": self.clause}


@dataclass(frozen=True)
class Citation:
    """A cited resolution, decision, document, Official Record or dated instrument."""

    kind: str
    body: str
    number: str
    symbol: str
    date: str | None
    year: int | None
    date_source: str | None
    clause: str | None
    footnote: str | None
    text: str
    item: str
    linked: bool = False
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        d = _scalars(self)
        d["start"] = self.span.start if self.span else None
        d["end"] = self.span.end if self.span else None
        return d


@dataclass(frozen=True)
class ConferenceMention:
    """A mention of a world conference, summit or high-level meeting."""

    key: str | None
    name: str
    place: str | None
    start: str | None
    end: str | None
    date_source: str | None
    clause: str | None
    footnote: str | None
    text: str
    order: int
    via: Literal["name", "outcome"] = "name"
    known: bool = True
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return _scalars(self)


@dataclass(frozen=True)
class Furniture:
    """Page furniture removed from the text (running header, job number, separator, link...)."""

    kind: str
    text: str
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text}


@dataclass(frozen=True)
class Resolution:
    """A parsed resolution or draft resolution. ``to_dict()`` is the project's JSON contract."""

    source: str | None
    language: str | None
    format: str = "text"
    symbol: str | None = None
    title: str | None = None
    body: str | None = None
    organ_text: str | None = None
    doc_type: str = "other"
    sponsors: tuple[str, ...] = ()
    on_behalf_of: str | None = None
    agenda_item: str | None = None
    session: int | None = None
    session_inferred: bool = False
    date: str | None = None
    meeting: str | None = None
    warnings: tuple[str, ...] = ()
    clauses: tuple[Clause, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    citations: tuple[Citation, ...] = ()
    conferences: tuple[ConferenceMention, ...] = ()
    header: str | None = None
    closing: str | None = None
    headings: tuple[str, ...] = ()
    annex: str | None = None
    accounting: dict[str, int] = field(default_factory=dict)
    unassigned: tuple[str, ...] = ()
    furniture: tuple[Furniture, ...] = ()
    source_text: str = field(default="", repr=False, compare=False)

    @property
    def preamble(self) -> tuple[Clause, ...]:
        """The preambular paragraphs, in order."""
        return tuple(c for c in self.clauses if c.section == "preamble")

    @property
    def operative(self) -> tuple[Clause, ...]:
        """The operative paragraphs, in order."""
        return tuple(c for c in self.clauses if c.section == "operative")

    def clause(self, clause_id: str) -> Clause:
        """Return the clause with this id (``PP1``, ``OP3``...).

        Raises:
            KeyError: if there is no such clause.
        """
        for c in self.clauses:
            if c.id == clause_id:
                return c
        raise KeyError(clause_id)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON contract: plain dicts, lists, strings, numbers and ``None``."""
        d: dict[str, Any] = {
            "source": self.source,
            "format": self.format,
            "language": self.language,
            "symbol": self.symbol,
            "title": self.title,
            "body": self.body,
            "organ_text": self.organ_text,
            "doc_type": self.doc_type,
            "sponsors": list(self.sponsors),
            "on_behalf_of": self.on_behalf_of,
            "agenda_item": self.agenda_item,
            "session": self.session,
            "session_inferred": self.session_inferred,
            "date": self.date,
            "meeting": self.meeting,
            "warnings": list(self.warnings),
            "clauses": [c.to_dict() for c in self.clauses],
            "footnotes": [f.to_dict() for f in self.footnotes],
            "citations": [c.to_dict() for c in self.citations],
            "conferences": [c.to_dict() for c in self.conferences],
            "header": self.header,
            "closing": self.closing,
            "headings": list(self.headings),
            "annex": self.annex,
            "accounting": dict(self.accounting),
            "unassigned": list(self.unassigned),
            "furniture": [f.to_dict() for f in self.furniture],
        }
        assert tuple(d) == RESOLUTION_KEYS
        return d
