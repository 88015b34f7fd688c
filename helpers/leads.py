"""Leads: clause text → its lead phrase (with lemma and English gloss) and its inner verbs.

UN drafting opens a preambular paragraph with a participle, an adjective or a fixed phrase
(``Recalling also``, ``Profondément préoccupée``, ``Teniendo presente``) and an operative paragraph
with a verb in the present tense (``Decides``, ``Demande instamment``, ``Also reaffirms``).
The lexicons in ``data/reference/leads.csv`` and ``lead_adverbs.csv`` are built from the
AKN4UN corpus, where the UN's own markup italicises every lead. A lead is matched as:
separable adverbs placed before the head, the longest known head, then adverbs placed after it.
A head missing from the lexicon is still found by the shape of the paragraph's first words,
and reported as unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from helpers.lexicon import lead_index, load_adverbs, load_leads
from helpers.models import Lead, Section, Span, Verb

_TOKEN = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*’?", re.UNICODE)

#: Conjunctions that join a second action to an operative paragraph.
CONJUNCTIONS: dict[str, frozenset[str]] = {
    "en": frozenset({"and"}),
    "fr": frozenset({"et"}),
    "es": frozenset({"y", "e"}),
}

#: Word shapes of preambular leads missing from the lexicon (participles and adjectives).
PREAMBLE_SHAPE: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"^(?:[A-Z][a-z]+ly\s+[a-z]+|[A-Z][a-z]+)(?:ing|ed|ful|ous|ant|ent|ware|ive)$"
    ),
    "fr": re.compile(
        r"^(?:[A-ZÉÈ][a-zéèêàâîôûç]+ment\s+[a-zéèêàâîôûç’-]+|[A-ZÉÈÀ][a-zéèêàâîôûç’-]+)"
        r"(?:ant|ée|ées|é|és|ue|ues|te|tes|se|ses|ve|ves)$"
    ),
    "es": re.compile(
        r"^(?:[A-ZÁÉÍÓÚ][a-záéíóúñ]+mente\s+[a-záéíóúñ]+|[A-ZÁÉÍÓÚ][a-záéíóúñ]+)"
        r"(?:ando|iendo|yendo|ada|adas|ado|ados|ida|idas|ido|idos|ente|entes)$"
    ),
}


def _norm(token: str) -> str:
    return token.lower().replace("'", "’")


def tokens(text: str, limit: int | None = None) -> list[tuple[str, int, int]]:
    """Split text into word tokens with their offsets (normalized to lower case).

    Args:
        text: the text.
        limit: stop after this many tokens.

    Returns:
        ``(token, start, end)`` triples.
    """
    out: list[tuple[str, int, int]] = []
    for m in _TOKEN.finditer(text):
        out.append((_norm(m.group(0)), m.start(), m.end()))
        if limit is not None and len(out) >= limit:
            break
    return out


#: How much more common a shorter head must be to win over a longer one that also matches.
LIKELIER = 10


class _Trie:
    """Longest match of token sequences."""

    def __init__(self) -> None:
        self.root: dict[str, Any] = {}

    def add(self, phrase: str, value: Any) -> None:
        node = self.root
        for tok, _, _ in tokens(phrase):
            node = node.setdefault(tok, {})
        node.setdefault("\0", value)

    def matches(self, toks: list[tuple[str, int, int]], i: int) -> list[tuple[int, Any]]:
        """Every phrase that starts at token ``i``, shortest first, as (length, value)."""
        node = self.root
        out: list[tuple[int, Any]] = []
        j = i
        while j < len(toks) and toks[j][0] in node:
            node = node[toks[j][0]]
            j += 1
            if "\0" in node:
                out.append((j - i, node["\0"]))
        return out

    def longest(self, toks: list[tuple[str, int, int]], i: int) -> tuple[int, Any] | None:
        found = self.matches(toks, i)
        return found[-1] if found else None

    def likeliest(self, toks: list[tuple[str, int, int]], i: int) -> tuple[int, Any] | None:
        """The longest head, unless a shorter one is far more common in the corpus.

        ``Considérant que`` is printed as a lead in some texts, but ``Considérant`` opens a
        hundred times more paragraphs: the complement is then left out of the lead.
        """
        found = self.matches(toks, i)
        if not found:
            return None
        best = found[-1]
        for cand in found[:-1]:
            if cand[1].count > LIKELIER * best[1].count:
                best = cand
        return best


@dataclass(frozen=True)
class HeadEntry:
    """A lexicon head: the core of a lead phrase."""

    form: str
    lemma: str
    gloss: str
    pos: str
    section: str
    count: int = 0


@dataclass(frozen=True)
class LeadMatch:
    """Where the lead sits in a clause, and what the lexicon says of it."""

    start: int
    end: int
    head: HeadEntry | None
    adverbs: tuple[str, ...]
    text: str


class Lexicon:
    """The lead lexicon of one language: heads per section, and separable adverbs."""

    def __init__(self, language: str | None) -> None:
        self.language = language or ""
        self.heads: dict[str, _Trie] = {"preamble": _Trie(), "operative": _Trie()}
        self.before = _Trie()
        self.after = _Trie()
        self.size = 0
        self._opens: dict[tuple[str, str], bool] = {}
        leads = load_leads(self.language)
        for row in leads.itertuples(index=False):
            entry = HeadEntry(
                str(row.form),
                str(row.lemma),
                str(row.gloss),
                str(row.pos),
                str(row.section),
                int(row.count) if row.count == row.count else 0,
            )
            if row.section in self.heads:
                self.heads[row.section].add(entry.form, entry)
                self.size += 1
        for row in load_adverbs(self.language).itertuples(index=False):
            trie = self.before if row.position == "before" else self.after
            trie.add(str(row.text), str(row.text))

    def match(self, text: str, section: Section) -> LeadMatch | None:
        """Match the lead at the start of a clause.

        Args:
            text: the clean clause text (for operative clauses, without the number).
            section: ``preamble`` or ``operative``; the other section's heads are a fallback.

        Returns:
            The match, or ``None`` when no head is known (see `guess`).
        """
        toks = tokens(text, limit=16)
        if not toks:
            return None
        i = 0
        adverbs: list[str] = []
        for _ in range(2):
            hit = self.before.longest(toks, i)
            if not hit:
                break
            adverbs.append(text[toks[i][1] : toks[i + hit[0] - 1][2]])
            i += hit[0]
        other = "operative" if section == "preamble" else "preamble"
        hit = self.heads[section].likeliest(toks, i) or self.heads[other].likeliest(toks, i)
        if hit is None and adverbs:
            # An adverb read as "before" may itself open the head ("Further" + "decides").
            i, adverbs = 0, []
            hit = self.heads[section].likeliest(toks, 0)
        if hit is None:
            return None
        n, head = hit
        j = i + n
        # Adverbs that the corpus prints inside a fixed head ("Demande instamment" = urges).
        k = i + 1
        while k < j:
            inside = self.after.longest(toks, k)
            if inside and k + inside[0] <= j:
                adverbs.append(text[toks[k][1] : toks[k + inside[0] - 1][2]])
                k += inside[0]
            else:
                k += 1
        j = self._after(toks, j, text, adverbs)
        start, end = toks[0][1], toks[j - 1][2]
        return LeadMatch(start, end, head, tuple(adverbs), text[start:end])

    def guess(self, text: str, section: Section) -> LeadMatch | None:
        """Find an unknown lead by shape: the first word (two for reflexives), plus adverbs."""
        toks = tokens(text, limit=16)
        if not toks or not text[toks[0][1]].isupper():
            return None
        j = 1
        if (toks[0][0] in {"se", "s’", "nos", "se’"} and len(toks) > 1) or (
            section == "preamble" and toks[0][0].endswith(("ment", "mente", "ly")) and len(toks) > 1
        ):
            j = 2
        adverbs: list[str] = []
        j = self._after(toks, j, text, adverbs)
        start, end = toks[0][1], toks[j - 1][2]
        return LeadMatch(start, end, None, tuple(adverbs), text[start:end])

    def _after(
        self, toks: list[tuple[str, int, int]], j: int, text: str, adverbs: list[str]
    ) -> int:
        """Read up to three adverbs placed after the head; return the token index after them."""
        for _ in range(3):
            more = self.after.longest(toks, j)
            if not more:
                break
            adverbs.append(text[toks[j][1] : toks[j + more[0] - 1][2]])
            j += more[0]
        return j

    def opens_clause(self, text: str, section: Section) -> bool:
        """Whether a line could open a new paragraph of this section (used by segmentation).

        True when the lexicon knows the head for this section, or when the first words have the
        shape of a participle or adjective (preamble) in the language.
        """
        key = (text[:80], section)
        hit = self._opens.get(key)
        if hit is None:
            if len(self._opens) > 50_000:  # bounded: the lexicon lives as long as the process
                self._opens.clear()
            hit = self._opens[key] = self._opens_clause(text[:80], section)
        return hit

    def _opens_clause(self, text: str, section: Section) -> bool:
        toks = tokens(text, limit=8)
        if not toks or not text.lstrip()[:1].isupper():
            return False
        m = self.match(text, section)
        if m is not None and m.head is not None and m.head.section == section:
            return True
        shape = PREAMBLE_SHAPE.get(self.language)
        if section == "preamble" and shape is not None:
            first = " ".join(text[s:e] for _, s, e in toks[:2])
            return bool(shape.match(text[toks[0][1] : toks[0][2]]) or shape.match(first))
        return m is not None and self.language == ""

    def inner_verbs(self, text: str, lead_end: int) -> list[Verb]:
        """Second actions of an operative paragraph: ``..., et se félicite``, ``and calls upon``.

        A second action is a conjunction followed by an operative head of the lexicon (with its
        adverbs). In French and Spanish, where many verb forms are also nouns, the conjunction
        must follow a comma, unless the verb is reflexive.
        """
        conj = CONJUNCTIONS.get(self.language)
        if not conj:
            return []
        out: list[Verb] = []
        for cm in _conjunction_re(self.language).finditer(text, lead_end):
            s = cm.start(1)
            toks = tokens(text[s : s + 80], limit=8)
            toks = [(t, a + s, b + s) for t, a, b in toks]
            comma = text[:s].rstrip().endswith(",")
            i = 1
            hit_b = self.before.longest(toks, i)
            if hit_b:
                i += hit_b[0]
            hit = self.heads["operative"].likeliest(toks, i)
            if hit is None:
                continue
            n, head = hit
            if head.pos not in {"verb", "phrase"}:
                continue
            reflexive = toks[i][0] in {"se", "s’"}
            if self.language in {"fr", "es"} and not (comma or reflexive):
                continue
            j = i + n
            more = self.after.longest(toks, j)
            if more:
                j += more[0]
            start, end = toks[1][1], toks[j - 1][2]
            out.append(Verb(text[start:end], head.lemma, head.gloss, "inner", Span(start, end)))
        return out


@lru_cache(maxsize=8)
def _conjunction_re(language: str) -> re.Pattern[str]:
    words = "|".join(sorted(CONJUNCTIONS.get(language, ())))
    return re.compile(rf"(?<!\w)({words})\s+(?=\w)")


@lru_cache(maxsize=16)
def lexicon(language: str | None) -> Lexicon:
    """Return the (cached) lexicon of a language; an unknown language gives an empty lexicon."""
    return Lexicon(language)


def analyse(
    text: str,
    *,
    language: str | None,
    section: Section,
    lead_text: str | None = None,
) -> tuple[Lead, tuple[Verb, ...]]:
    """Find a clause's lead phrase and its verbs.

    Args:
        text: the clean clause text (for operative clauses, without the printed number).
        language: ISO 639-1 code of the document's language.
        section: ``preamble`` or ``operative``.
        lead_text: the lead as printed, when the markup gives it (AKN4UN italic span).

    Returns:
        The lead, and the verbs: the lead verb first, then inner verbs of operative clauses.
    """
    lex = lexicon(language)
    if lead_text:
        # The markup gives the lead: explain it with the lexicon (adverbs may sit inside a
        # head, and italics that stop short are completed from the text).
        found, printed = lead_index(language or "").match_in_text(lead_text.strip(), text, section)
        start = text.find(printed)
        span = Span(start, start + len(printed)) if start >= 0 else None
        lead = Lead(
            text=printed,
            lemma=found.lemma if found else None,
            gloss=found.gloss if found else None,
            pos=found.pos if found else None,
            adverbs=found.adverbs if found else (),
            known=found is not None,
            span=span,
        )
        lead_end = span.end if span else 0
    else:
        m = lex.match(text, section) or lex.guess(text, section)
        if m is None:
            return Lead(text="", known=False), ()
        head = m.head
        lead = Lead(
            text=m.text,
            lemma=head.lemma if head else None,
            gloss=head.gloss if head else None,
            pos=head.pos if head else None,
            adverbs=m.adverbs,
            known=head is not None,
            span=Span(m.start, m.end),
        )
        lead_end = m.end
    verbs: list[Verb] = [Verb(lead.text, lead.lemma, lead.gloss, "lead", lead.span)]
    if section == "operative":
        verbs += lex.inner_verbs(text, lead_end)
    return lead, tuple(verbs)
