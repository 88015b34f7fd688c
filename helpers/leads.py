"""Leads: clause text → its lead phrase (with lemma and English gloss) and its inner verbs.

UN drafting opens a preambular paragraph with a participle, an adjective or a fixed phrase
(``Recalling also``, ``Profondément préoccupée``, ``Teniendo presente``) and an operative paragraph
with a verb in the present tense (``Decides``, ``Demande instamment``, ``Also reaffirms``).
The lexicons in ``data/reference/leads.csv`` and ``lead_adverbs.csv`` are built from the
AKN4UN corpus, where the UN's own markup italicises every lead. A lead is matched as:
separable adverbs placed before the head, the longest known head (skipping the modifiers the
corpus prints between its words: "Prend *également* note"), then adverbs placed after it.
Declarations adopted by a resolution speak in the first person plural ("We reaffirm",
"Nous réaffirmons", "Reafirmamos", or bare verbs after "we therefore:"): their verbs are read
as the lexicon's heads conjugated by rule (`helpers.lexicon.declared_forms`), with the lemma and
gloss of the Assembly's own third-person head. A head missing from the lexicon is still found by
the shape of the paragraph's first words, and reported as unknown. Chinese and Arabic have no
case: any character or letter may open their clauses. Arabic words are read without their
tashkeel and tatweel ("تسلّم" is "تسلم"), and the longest head at a place wins however rare
("تؤكد مجددا", reaffirms, over "تؤكد", stresses).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Any

from helpers.lexicon import (
    ARABIC_LEADS,
    ARABIC_MARKS,
    HAN,
    HAN_CHAR,
    HAN_LEADS,
    LOWER_CASE_LEADS,
    MEMO_SIZE,
    PRONOUNS,
    declared_forms,
    lead_index,
    leads_with_agreement,
    load_adverbs,
    load_past_heads,
    organ_alternatives,
)
from helpers.models import Lead, Section, Span, Verb

#: A run of letters, not Chinese characters; Arabic marks (tashkeel), which are no letters, may
#: sit inside it ("تسلّم"). (One class for the letters, tried first: the run of a Latin or
#: Cyrillic word is read as fast as without the marks.)
_LETTERS = rf"[^\W\d_{HAN}]+(?:[{ARABIC_MARKS}]+[^\W\d_{HAN}]*)*"
#: A word: a run of letters (with its inner apostrophes and hyphens), or one Chinese character,
#: since Chinese prints no space between words and a lead is matched character by character.
_TOKEN = re.compile(rf"[{HAN}]|{_LETTERS}(?:[’'-]{_LETTERS})*’?", re.UNICODE)
#: Arabic marks a token is read without (`helpers.lexicon.fold`): "تسلّم" is "تسلم".
_UNMARK = {c: None for c in range(0x064B, 0x0653)} | {0x0640: None}
#: Whether a text has any of those marks: its tokens are then read without them (one scan of
#: the text, not a step per token of every text).
_MARKED = re.compile(f"[{ARABIC_MARKS}]")
#: A conjunction glued to the word after it: Arabic "و".
_ARABIC_CONJ = re.compile("^و$")

#: Conjunctions that join a second action to an operative paragraph. Chinese "并" opens one
#: after the comma that closes the first action ("…，并请秘书长…"); right after a character it
#: is inside a word ("合并", merge) or joins two verbs of one action ("审议并报告"), and is not
#: read. Arabic "و" (and) is glued to the verb it joins ("…، وتطلب إلى الأمين العام…").
CONJUNCTIONS: dict[str, frozenset[str]] = {
    "en": frozenset({"and"}),
    "fr": frozenset({"et"}),
    "es": frozenset({"y", "e"}),
    "zh": frozenset({"并"}),
    "ar": frozenset({"و"}),
}

#: Words that open with a one-character head of the lexicon but are other words: read character
#: by character, "请求" (a request, "应…的请求", or to request), "请愿" (to petition) and "请示"
#: (to ask for instructions) would open with "请" (requests).
HEAD_LOOKALIKES: dict[str, tuple[str, ...]] = {"zh": ("请求", "请愿", "请示")}

#: One-letter Russian words and the Latin letters typed for them: the corpus prints "c
#: удовлетворением отмечая" with a Latin "c" (a `_Trie` reads a phrase under either).
_LATIN_LOOKALIKE: dict[str, str] = {"с": "c", "о": "o", "а": "a"}

#: Word shapes of preambular leads missing from the lexicon (participles and adjectives; a
#: Spanish reflexive gerund carries its pronoun, and then an accent: ``Guiándose``).
PREAMBLE_SHAPE: dict[str, re.Pattern[str]] = {
    # An Arabic preambular paragraph opens with "إذ" or "وإذ" (whereas) before its verb; with
    # "قد" before a past verb of the feminine Assembly ("وقد تسلمت": having received); or with a
    # verbal noun in the accusative before "منها" ("واعترافا منها": in recognition, recognizing).
    "ar": re.compile(r"^(?:و?إذ\s+\S+|و?قد\s+\S+ت|و?\S+اً?\s+منها)$"),
    "en": re.compile(
        r"^(?:[A-Z][a-z]+ly\s+[a-z]+|[A-Z][a-z]+)(?:ing|ed|ful|ous|ant|ent|ware|ive)$"
    ),
    "fr": re.compile(
        r"^(?:[A-ZÉÈ][a-zéèêàâîôûç]+ment\s+[a-zéèêàâîôûç’-]+|[A-ZÉÈÀ][a-zéèêàâîôûç’-]+)"
        r"(?:ant|ée|ées|é|és|ue|ues|te|tes|se|ses|ve|ves)$"
    ),
    "es": re.compile(
        r"^(?:[A-ZÁÉÍÓÚ][a-záéíóúñ]+mente\s+[a-záéíóúñ]+|[A-ZÁÉÍÓÚ][a-záéíóúñ]+)"
        r"(?:ando|iendo|yendo|ándose|iéndose|yéndose|ada|adas|ado|ados|ida|idas|ido|idos"
        r"|ente|entes)$"
    ),
    # A Russian gerund ("полагая", "ссылаясь", "рассмотрев"), perhaps after its adverb ("вновь
    # подтверждая"), or "будучи"; not one of the gerunds that serve as prepositions ("включая",
    # "начиная", "исходя из") nor a feminine adjective or pronoun ("которая", "международная").
    "ru": re.compile(
        r"^(?:(?:вновь|также|[а-яё]+о)\s+)?"  # "вновь", "также", "позитивно", "особо" …
        r"(?!(?:включая|исключая|начиная|благодаря|несмотря|исходя|судя|спустя|которая|такая"
        r"|каждая|любая|другая|иная|самая|данная|эта|та|вся)$)"
        r"(?:[а-яё]+(?:ая|яя|уя|юя|ея|оя|ясь|ась|ав|ев|ив|ыв|ув|яв|вши|вшись)|будучи)$"
    ),
}


def _norm(token: str) -> str:
    """A token as the lexicon reads it: lower case, typographic apostrophe, no Arabic marks."""
    return token.lower().replace("'", "’").translate(_UNMARK)


def tokens(text: str, limit: int | None = None) -> list[tuple[str, int, int]]:
    """Split text into word tokens with their offsets (normalized to lower case).

    Args:
        text: the text.
        limit: stop after this many tokens.

    Returns:
        ``(token, start, end)`` triples.
    """
    found = _TOKEN.finditer(text)
    if limit is not None:
        found = islice(found, max(limit, 1))
    if _MARKED.search(text) is None:
        return [(m.group(0).lower().replace("'", "’"), *m.span()) for m in found]
    return [(_norm(m.group(0)), *m.span()) for m in found]


Token = tuple[str, int, int]


class TokenStream:
    """The word tokens of a text as `tokens` gives them, read only as far as a caller looks.

    A lead is matched on the first few words of a clause: reading the sixteen tokens of
    `tokens` up front costs more than the matching itself.

    Args:
        text: the text.
        limit: read at most this many tokens.
        offset: added to every offset (for a slice of a longer text).
    """

    __slots__ = ("_found", "_items", "_limit", "_offset", "_unmark")

    def __init__(self, text: str, limit: int | None = None, offset: int = 0) -> None:
        self._found: Iterator[re.Match[str]] | None = _TOKEN.finditer(text)
        self._items: list[Token] = []
        self._limit = max(limit, 1) if limit is not None else None
        self._offset = offset
        self._unmark = _MARKED.search(text) is not None  # (Arabic marks: `_norm`)

    def get(self, i: int) -> Token | None:
        """The ``i``-th token, or ``None`` past the last one (or the limit)."""
        items = self._items
        while len(items) <= i:
            if self._found is None or (self._limit is not None and len(items) >= self._limit):
                return None
            m = next(self._found, None)
            if m is None:
                self._found = None
                return None
            a, b = m.span()
            tok = m.group(0).lower().replace("'", "’")
            if self._unmark:
                tok = tok.translate(_UNMARK)
            items.append((tok, a + self._offset, b + self._offset))
        return items[i]

    def __getitem__(self, i: int) -> Token:
        if i < len(self._items):
            return self._items[i]  # read already (callers mostly look back at what they read)
        tok = self.get(i)
        if tok is None:
            raise IndexError(i)
        return tok


#: The other section of a resolution.
_OTHER: dict[Section, Section] = {"preamble": "operative", "operative": "preamble"}

#: How much more common a shorter head must be to win over a longer one that also matches.
LIKELIER = 10


class _Trie:
    """Longest match of token sequences."""

    def __init__(self) -> None:
        self.root: dict[str, Any] = {}

    def add(self, phrase: str, value: Any) -> None:
        node = self.root
        for tok, _, _ in tokens(phrase):
            parent, node = node, node.setdefault(tok, {})
            alias = _LATIN_LOOKALIKE.get(tok)
            if alias is not None:
                parent.setdefault(alias, node)  # the same branch under the Latin letter
        node.setdefault("\0", value)

    def matches(
        self, toks: TokenStream, i: int, inside: _Trie | None = None
    ) -> list[tuple[int, Any]]:
        """Every phrase that starts at token ``i``, shortest first, as (length, value).

        Args:
            toks: the tokens.
            i: where the phrase starts.
            inside: modifiers that may sit between two words of a phrase ("Prend *également*
                note", "Calls *once again* upon"); the length then counts them too.

        Returns:
            ``(number of tokens, value)`` pairs.
        """
        first = toks.get(i)
        if first is None or first[0] not in self.root:
            return []  # no phrase starts here (the usual case: answered without the walk)
        # The first word read (no modifier comes before it), the walk goes on from the second.
        node = self.root[first[0]]
        out: list[tuple[int, bool, Any]] = [(1, True, node["\0"])] if "\0" in node else []
        stack: list[tuple[dict[str, Any], int, bool]] = [(node, i + 1, True)]
        branched = False
        while stack:
            node, j, straight = stack.pop()
            while True:
                tok = toks.get(j)
                if inside is not None and j > i and tok is not None and tok[0] in inside.root:
                    skip = inside.longest(toks, j)  # a modifier, then the next word of the phrase
                    after = toks.get(j + skip[0]) if skip else None
                    if skip and after is not None and after[0] in node:
                        stack.append((node, j + skip[0], False))
                        branched = True
                if tok is None or tok[0] not in node:
                    break
                node = node[tok[0]]
                j += 1
                if "\0" in node:
                    out.append((j - i, straight, node["\0"]))
        if branched:  # shortest first; at equal length the phrase read straight through last
            out.sort(key=lambda hit: (hit[0], hit[1]))
        return [(n, value) for n, _, value in out]

    def longest(self, toks: TokenStream, i: int) -> tuple[int, Any] | None:
        found = self.matches(toks, i)
        return found[-1] if found else None

    def likeliest(
        self, toks: TokenStream, i: int, inside: _Trie | None = None
    ) -> tuple[int, Any] | None:
        """The longest head, unless a shorter one is far more common in the corpus.

        ``Considérant que`` is printed as a lead in some texts, but ``Considérant`` opens a
        hundred times more paragraphs: the complement is then left out of the lead.
        ``inside``: as for `matches`.
        """
        found = self.matches(toks, i, inside)
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


def _dominant_sections(entries: list[HeadEntry]) -> list[HeadEntry]:
    """The heads, without those the corpus prints far more often as the other section's lead.

    A head belongs to one section: preambular paragraphs open with participles and adjectives
    (``Recalling``, ``Consciente``), operative ones with verbs in the present tense
    (``Recalls``, ``Se félicite``). A handful of italic spans in the markup give a head to the
    wrong section (``Recordando`` as an operative lead twice, against thousands of preambular
    ones); such a head, `LIKELIER` times rarer in its section than the same form in the other,
    would let every paragraph it opens pass for a paragraph of either section. It is dropped
    from the rarer section: the other section's entry still explains the lead (`Lexicon.match`
    falls back to it).

    Args:
        entries: the heads of one language, both sections.

    Returns:
        The entries kept, in their order.
    """
    counts: dict[tuple[str, str], int] = {}
    for e in entries:
        key = (e.section, _norm(e.form))
        counts[key] = counts.get(key, 0) + e.count
    other = {"preamble": "operative", "operative": "preamble"}
    return [
        e
        for e in entries
        if counts.get((other.get(e.section, ""), _norm(e.form)), 0)
        <= LIKELIER * counts[(e.section, _norm(e.form))]
    ]


@dataclass(frozen=True)
class LeadMatch:
    """Where the lead sits in a clause, and what the lexicon says of it."""

    start: int
    end: int
    head: HeadEntry | None
    adverbs: tuple[str, ...]
    text: str


#: Small words inside a name: "Disarmament and Development", "Federated States of Micronesia".
_NAME_JOINERS = frozenset(
    {"and", "of", "for", "the", "et", "de", "des", "du", "y", "del", "la"}
    # a quoted title wrapped to the start of a line: "Taking into Particular Account the Needs …"
    | {"into", "in", "to", "on", "with"}
)


def _title_case_name(text: str, toks: TokenStream) -> bool:
    """Whether a line opens with a name in title case ("Federated States of Micronesia, …",
    "Indigenous Peoples and …", "Disarmament and Development in …"): the word after the first,
    or after a small joining word, has a capital. The shape of a preambular head ("Federated",
    "Indigenous") says nothing there; a head is followed by lower-case words ("Concerned that").
    """
    words = [text[s:e] for _, s, e in (t for t in (toks.get(1), toks.get(2)) if t is not None)]
    if not words:
        return False
    if words[0] in _NAME_JOINERS and len(words) > 1:
        return words[1][:1].isupper()
    return words[0][:1].isupper()


class Lexicon:
    """The lead lexicon of one language: heads per section, and separable adverbs."""

    def __init__(self, language: str | None) -> None:
        self.language = language or ""
        #: Whether the language is Chinese (`HAN_LEADS`): read character by character, with its
        #: modifiers before the verb or inside a head, never after it.
        self.han = self.language in HAN_LEADS
        #: Whether a lead has no shape to read (Chinese: no case, no inflection): the same head
        #: opens both sections ("表示注意到": taking note, takes note), and only the layout or a
        #: line left short, after a clause has ended, tells where a paragraph opens (`segment`).
        self.shapeless = self.han
        #: Whether a clause opens with a capital in this language (see `opens_word`): not in
        #: Russian, which prints its leads in lower case, nor in Chinese or Arabic, which have
        #: no case (`ARABIC_LEADS`).
        self.capitalized = self.language not in LOWER_CASE_LEADS | ARABIC_LEADS and not self.han
        self.heads: dict[str, _Trie] = {"preamble": _Trie(), "operative": _Trie()}
        #: Whether the longest head at a place is read however rare (Arabic, `ARABIC_LEADS`):
        #: the markup prints "تؤكد مجددا" (reaffirms, 20) and "تؤكد من جديد التزامها" whole,
        #: where `LIKELIER` would read the far more common "تؤكد" (stresses).
        self.longest_heads = self.language in ARABIC_LEADS
        self.before = _Trie()
        self.after = _Trie()
        #: Modifiers the corpus prints between the words of a multi-word head (also in `after`,
        #: but in Chinese, where a character after the head opens its object: "请特别报告员",
        #: requests the Special Rapporteur, not "请" + "特别").
        self.inside = _Trie()
        #: Words that open with a head but are other words (`HEAD_LOOKALIKES`).
        self.lookalikes = _Trie()
        for word in HEAD_LOOKALIKES.get(self.language, ()):
            self.lookalikes.add(word, word)
        #: Operative verbs as declarations print them (`helpers.lexicon.Declared`): ``finite``
        #: after a subject pronoun, ``bare`` opening the paragraph.
        self.declared: dict[str, _Trie] = {"finite": _Trie(), "bare": _Trie()}
        self._pronouns = PRONOUNS.get(self.language, frozenset())
        #: The acting organ printed as a clause's subject (`match_stated`), or ``None``.
        self._subject = _subject_pattern(self.language)
        self.size = 0
        self._opens: dict[tuple[str, str], bool] = {}
        #: `_explain_marked` answers that hold for every text starting with the lead.
        self._marked: dict[tuple[str, str], tuple[Lead, Verb]] = {}
        #: `analyse` answers, by clause text, section and marked lead (see `ANALYSED_MEMORY`).
        self._analysed: dict[tuple[str, str, str | None], tuple[Lead, tuple[Verb, ...]]] = {}
        #: First words that may follow a conjunction in a second action (`inner_verbs`).
        self._inner_first: frozenset[str] = frozenset()
        #: First words of every lead the lexicon knows (an adverb before, or a head).
        self._lead_first: frozenset[str] = frozenset()
        entries = [
            HeadEntry(
                str(row.form),
                str(row.lemma),
                str(row.gloss),
                str(row.pos),
                str(row.section),
                int(row.count) if row.count == row.count else 0,
            )
            for row in leads_with_agreement(self.language).itertuples(index=False)
        ]
        for entry in _dominant_sections(entries):
            if entry.section in self.heads:
                self.heads[entry.section].add(entry.form, entry)
                self.size += 1
            forms = (
                declared_forms(entry.form, entry.lemma, self.language)
                if entry.section == "operative" and entry.pos in {"verb", "phrase"}
                else None
            )
            if forms is not None:  # (rows come most frequent first: the first one keeps a form)
                for form in forms.finite:
                    self.declared["finite"].add(form, entry)
                for form in forms.bare:
                    self.declared["bare"].add(form, entry)
        #: The past of the operative heads, as a decision as adopted prints it (`match_decided`).
        self.past = _Trie()
        operative = {e.form: e for e in reversed(entries) if e.section == "operative"}
        for row in load_past_heads(self.language).itertuples(index=False):
            head = operative.get(str(row.head))
            if head is not None:
                self.past.add(str(row.past), head)
        self._organ_inside = _organ_inside(self.language)
        for row in load_adverbs(self.language).itertuples(index=False):
            if row.position != "inside" or not self.han:
                trie = self.before if row.position == "before" else self.after
                trie.add(str(row.text), str(row.text))
            if row.position == "inside":
                self.inside.add(str(row.text), str(row.text))
        self._inner_first = frozenset(self.before.root) | frozenset(self.heads["operative"].root)
        self._lead_first = self._inner_first | frozenset(self.heads["preamble"].root)
        #: Where a second action may start, one scan per conjunction (see `_conjunction_re`).
        self._conjunctions = tuple(
            _conjunction_re(conj, self._inner_first)
            for conj in sorted(CONJUNCTIONS.get(self.language, ()))
        )

    def match(
        self, text: str, section: Section, toks: TokenStream | None = None
    ) -> LeadMatch | None:
        """Match the lead at the start of a clause.

        Args:
            text: the clean clause text (for operative clauses, without the number).
            section: ``preamble`` or ``operative``; the other section's heads are a fallback.
            toks: ``TokenStream(text, limit=16)`` when the caller has it already.

        Returns:
            The match, or ``None`` when no head is known (see `guess`).
        """
        if toks is None:
            toks = TokenStream(text, limit=16)
        first = toks.get(0)
        if first is None or first[0] not in self._lead_first:
            return None  # no known lead starts with this word (most lines of a text)
        if self.han:
            found = self._han_head(toks, 0, (section, _OTHER[section]), text)
            return self._read_head(toks, found[0], found[1], text, found[2]) if found else None
        i = 0
        adverbs: list[str] = []
        for _ in range(2):
            hit = self.before.longest(toks, i)
            if not hit:
                break
            adverbs.append(text[toks[i][1] : toks[i + hit[0] - 1][2]])
            i += hit[0]
        other = "operative" if section == "preamble" else "preamble"
        hit = self._head(section, toks, i) or self._head(other, toks, i)
        if hit is None and adverbs:
            # An adverb read as "before" may itself open the head ("Further" + "decides").
            i, adverbs = 0, []
            hit = self._head(section, toks, 0)
        if hit is None:
            return None
        return self._read_head(toks, i, hit, text, adverbs)

    def _head(self, section: Section, toks: TokenStream, i: int) -> tuple[int, HeadEntry] | None:
        """The head of a section at token ``i`` (modifiers inside it skipped): the likeliest
        (`_Trie.likeliest`), or in Arabic the longest (`longest_heads`)."""
        if not self.longest_heads:
            return self.heads[section].likeliest(toks, i, self.inside)
        found = self.heads[section].matches(toks, i, self.inside)
        return found[-1] if found else None

    def _han_head(
        self, toks: TokenStream, start: int, sections: tuple[Section, ...], text: str
    ) -> tuple[int, tuple[int, HeadEntry], list[str]] | None:
        """A Chinese head at token ``start``, after up to two modifiers: the one that reaches
        farthest, then the one read with fewer modifiers, as `helpers.lexicon.LeadIndex` reads a
        marked-up lead ("特别指出" underscores, a head of its own, not "特别" + "指出" notes;
        "关切地注意到" is "关切地" + "注意到", not "关切" concerned). At one place the longest
        head is read, however rare ("欢迎并鼓励", "重申深为关切"): a Chinese compound is in the
        lexicon because the markup prints it as one lead, not by accident (`LIKELIER`).

        Args:
            toks: the clause's tokens (one per character).
            start: where the lead starts.
            sections: the sections whose heads are read, the first preferred at one place.
            text: the clause text.

        Returns:
            Where the head starts, its length and entry, and the modifiers read before it; or
            ``None`` when no head of the lexicon is there.
        """
        best: tuple[int, tuple[int, HeadEntry], list[str]] | None = None
        i, adverbs = start, []
        for k in range(3):
            for section in sections:
                found = self.heads[section].matches(toks, i, self.inside)
                hit = found[-1] if found else None  # the longest: the compounds are heads
                if hit is not None and not self._lookalike(toks, i, hit[0]):
                    if best is None or i + hit[0] > best[0] + best[1][0]:
                        best = (i, hit, list(adverbs))
                    break
            more = self.before.longest(toks, i) if k < 2 else None
            if not more:
                break
            adverbs.append(text[toks[i][1] : toks[i + more[0] - 1][2]])
            i += more[0]
        return best

    def _lookalike(self, toks: TokenStream, i: int, n: int) -> bool:
        """Whether the head of ``n`` tokens at ``i`` opens a longer word that is not it."""
        if not self.lookalikes.root:
            return False
        word = self.lookalikes.longest(toks, i)
        return word is not None and word[0] > n

    def _read_head(
        self,
        toks: TokenStream,
        i: int,
        hit: tuple[int, HeadEntry],
        text: str,
        adverbs: list[str],
    ) -> LeadMatch:
        """The lead from the first token to a head found at token ``i``, with its adverbs.

        Args:
            toks: the clause's tokens.
            i: where the head starts.
            hit: the head's length in tokens and its entry.
            text: the clause text.
            adverbs: the adverbs read before the head (added to).

        Returns:
            The match, adverbs inside the head and after it read too.
        """
        n, head = hit
        j = i + n
        # Adverbs that the corpus prints inside a fixed head ("Demande instamment" = urges).
        within = self.inside if self.han else self.after
        k = i + 1
        while k < j:
            inside = within.longest(toks, k)
            if inside and k + inside[0] <= j:
                adverbs.append(text[toks[k][1] : toks[k + inside[0] - 1][2]])
                k += inside[0]
            else:
                k += 1
        j = self._after(toks, j, text, adverbs)
        start, end = toks[0][1], toks[j - 1][2]
        return LeadMatch(start, end, head, tuple(adverbs), text[start:end])

    def speaks_for_us(self, text: str) -> bool:
        """Whether a paragraph opens in the first person plural of a declaration: its subject
        pronoun ("We, the Heads of State", "Nous sommes résolus") or a verb the lexicon
        conjugates so (`match_declared`)."""
        toks = TokenStream(text[:80], limit=16)
        first = toks.get(0)
        if first is None:
            return False
        return first[0] in self._pronouns or self.match_declared(text[:80], toks) is not None

    def match_stated(self, text: str, section: Section) -> LeadMatch | None:
        """Match the lead of a clause that names its subject first, the acting organ.

        A statement by the President of the Security Council is made of such paragraphs, each
        opening with a quotation mark: "“The Security Council reiterates …", "« Le Conseil de
        sécurité réaffirme …", "“El Consejo de Seguridad reafirma …"; so is a draft decision
        ("The General Assembly decides to …"). Their lead is the head of the lexicon after the
        subject (`_subject_pattern`), read as `match` reads a lead.

        Args:
            text: the clean clause text.
            section: ``preamble`` or ``operative``.

        Returns:
            The match, or ``None`` when the clause does not open so.
        """
        m = self._subject_match(text)
        if m is None:
            return None
        return self.match(text, section, TokenStream(text[m.end() :], limit=16, offset=m.end()))

    def match_decided(self, text: str) -> LeadMatch | None:
        """Match the verb of a decision as adopted: the past of a head, after the subject.

        Such a decision is one sentence that names the meeting first: "At its 2nd plenary
        meeting, on 5 September 2023, the General Assembly, on the recommendation of the Fifth
        Committee, appointed …", "… l’Assemblée générale a pris note …", "… la Asamblea General
        decidió …", "… Генеральная Ассамблея по рекомендации Пятого комитета постановила …".
        The verb (`Lexicon.past`, from past_heads.csv) is read right after the subject, or
        after a comma that closes what comes between (Russian sets none: the first verb within
        `_DECIDED_WORDS` words). It takes the lemma, gloss and part of speech of its head.
        Chinese has no tense: its verb is the head itself ("在…第2次全体会议上，大会…，决定…").

        Args:
            text: the clean clause text.

        Returns:
            The match, or ``None`` when the clause does not open so.
        """
        opening = _DECIDED_OPENING.get(self.language)
        trie = self.heads["operative"] if self.shapeless else self.past  # (Chinese: no tense)
        if opening is None or not trie.root or not text[:3].lower().startswith(opening):
            return None
        organ = self._organ_inside.search(text, 0, _DECIDED_CHARS) if self._organ_inside else None
        if organ is None:
            return None
        at = organ.end()
        # where the verb may stand: after the subject, or after each comma that follows it
        starts = [at] + [
            at + k + 1 for k, c in enumerate(text[at : at + _DECIDED_CHARS]) if c in ",，"
        ]
        for pos in starts[: _DECIDED_COMMAS + 1]:
            toks = TokenStream(text[pos:], limit=_DECIDED_WORDS, offset=pos)
            reach = _DECIDED_WORDS if self.language == "ru" else 1
            for i in range(reach):
                if toks.get(i) is None:
                    break
                hit = trie.likeliest(toks, i)  # (as `match` reads the present)
                if hit is not None:
                    n, head = hit
                    start, end = toks[i][1], toks[i + n - 1][2]
                    return LeadMatch(start, end, head, (), text[start:end])
        return None

    def subject(self, text: str) -> str | None:
        """The acting organ a clause opens with as its subject ("The General Assembly" in
        "The General Assembly decides …"), as printed, or ``None`` (see `match_stated`)."""
        m = self._subject_match(text)
        return m.group("organ") if m else None

    def _subject_match(self, text: str) -> re.Match[str] | None:
        """`_subject_pattern` matched at the start of ``text``, or ``None``."""
        return self._subject.match(text) if self._subject is not None else None

    def match_declared(self, text: str, toks: TokenStream | None = None) -> LeadMatch | None:
        """Match the lead of a declaration: a verb of the lexicon in the first person plural.

        Read as an optional subject pronoun ("We", "Nous", "Nosotros"), adverbs placed before a
        head ("We *also* recognize"), the verb (`Lexicon.declared`: finite after the pronoun,
        bare without it), then adverbs placed after it ("Reafirmamos *también*"). The lead
        takes the lemma, gloss and part of speech of the third-person head it conjugates.

        Args:
            text: the clean clause text.
            toks: ``TokenStream(text, limit=16)`` when the caller has it already.

        Returns:
            The match, or ``None`` when the clause does not open so.
        """
        if toks is None:
            toks = TokenStream(text, limit=16)
        first = toks.get(0)
        if first is None or not self.opens_word(text[first[1]]):
            return None
        i = 1 if first[0] in self._pronouns else 0
        forms = self.declared["finite" if i else "bare"]
        adverbs: list[str] = []
        before = self.before.longest(toks, i)
        if before:
            adverbs.append(text[toks[i][1] : toks[i + before[0] - 1][2]])
            i += before[0]
        hit = forms.likeliest(toks, i, self.inside)
        if hit is None:
            return None
        return self._read_head(toks, i, hit, text, adverbs)

    def _explain_marked(self, lead_text: str, text: str, section: Section) -> tuple[Lead, Verb]:
        """Explain a lead that the markup gives (an AKN4UN italic span) with the lexicon.

        Adverbs may sit inside a head, and italics that stop short are completed from the text
        (see `LeadIndex.match_in_text`). Most clauses open with a lead the lexicon knows as
        marked up (or the language has no lexicon): that answer holds for every text that
        starts with the lead, and is kept.

        Args:
            lead_text: the lead as marked up (not empty).
            text: the clean clause text.
            section: ``preamble`` or ``operative``.

        Returns:
            The lead, and its lead verb.
        """
        key = (lead_text, section)
        kept = self._marked.get(key)
        if kept is not None and text.startswith(kept[0].text):
            return kept
        index = lead_index(self.language)
        bare = lead_text.strip()
        found, printed = index.match_in_text(bare, text, section)
        start = text.find(printed)
        made = _lead(
            printed,
            found.lemma if found else None,
            found.gloss if found else None,
            found.pos if found else None,
            found.adverbs if found else (),
            found is not None,
            (start, start + len(printed)) if start >= 0 else None,
        )
        if (
            start == 0
            and printed == bare
            and (not index.heads or index.match(bare, section) is not None)
        ):  # the lead alone says it all: no other text that starts with it reads otherwise
            if len(self._marked) > MEMO_SIZE:  # bounded, as `_opens`
                self._marked.clear()
            self._marked[key] = made
        return made

    def guess(
        self, text: str, section: Section, toks: TokenStream | None = None
    ) -> LeadMatch | None:
        """Find an unknown lead by shape: the first word (two for reflexives), plus adverbs.

        Args:
            text: the clean clause text.
            section: ``preamble`` or ``operative``.
            toks: ``TokenStream(text, limit=16)`` when the caller has it already.

        Returns:
            The match (with no head), or ``None`` when the clause does not open with a capital,
            and in Chinese, where a character is not a word and no shape tells where a word ends.
        """
        if self.han:
            return None
        if toks is None:
            toks = TokenStream(text, limit=16)
        first = toks.get(0)
        if first is None or not self.opens_word(text[first[1]]):
            return None
        j = 1
        if toks.get(1) is not None and (
            first[0] in {"se", "s’", "nos", "se’"}
            or (section == "preamble" and first[0].endswith(("ment", "mente", "ly")))
        ):
            j = 2
        adverbs: list[str] = []
        j = self._after(toks, j, text, adverbs)
        start, end = toks[0][1], toks[j - 1][2]
        return LeadMatch(start, end, None, tuple(adverbs), text[start:end])

    def _after(self, toks: TokenStream, j: int, text: str, adverbs: list[str]) -> int:
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
            if len(self._opens) > MEMO_SIZE:  # bounded: the lexicon lives as long as the process
                self._opens.clear()
            hit = self._opens[key] = self._opens_clause(text[:80], section)
        return hit

    def opens_word(self, char: str) -> bool:
        """Whether a word that starts with ``char`` may open a clause: a capital, or in a
        language whose clauses open in lower case (`LOWER_CASE_LEADS`), any letter."""
        return char.isupper() or (not self.capitalized and char.isalpha())

    def _opens_clause(self, text: str, section: Section) -> bool:
        if not self.opens_word(text.lstrip()[:1]):
            return False  # (most lines go on a paragraph: no need to read their words)
        toks = TokenStream(text, limit=16)
        if toks.get(0) is None:
            return False
        m = self.match(text, section, toks)
        if m is not None and m.head is not None and m.head.section == section:
            return True
        shape = PREAMBLE_SHAPE.get(self.language)
        if section == "preamble" and shape is not None:
            if _title_case_name(text, toks):
                return False
            two = [t for t in (toks.get(0), toks.get(1)) if t is not None]
            first = " ".join(text[s:e] for _, s, e in two)
            return bool(shape.match(text[toks[0][1] : toks[0][2]]) or shape.match(first))
        return m is not None and self.language == ""

    def inner_verbs(self, text: str, lead_end: int) -> list[Verb]:
        """Second actions of an operative paragraph: ``..., et se félicite``, ``and calls upon``.

        A second action is a conjunction followed by an operative head of the lexicon (with its
        adverbs). In French and Spanish, where many verb forms are also nouns, the conjunction
        must follow a comma, unless the verb is reflexive. Chinese "并" follows no character
        (`CONJUNCTIONS`), and its head is read as `Lexicon.match` reads one ("，并再次请…").
        """
        conj = CONJUNCTIONS.get(self.language)
        if not conj:
            return []
        out: list[Verb] = []
        finds = [cm for scan in self._conjunctions for cm in scan.finditer(text, lead_end)]
        if len(self._conjunctions) > 1:
            finds.sort(key=_start)  # in reading order (two finds never overlap)
        for cm in finds:
            s = cm.start(1)
            if s and (text[s - 1].isalnum() or text[s - 1] == "_"):
                continue  # inside a word ("budget "): the pattern leaves ``(?<!\w)`` to us
            # Most conjunctions join nouns: skip them unless the next word may open an action.
            at = cm.end()  # where the next word starts
            nxt = _TOKEN.match(text, at)
            # The next word as the tokens below read it, when it is a word within reach.
            word = _norm(nxt.group(0)) if nxt is not None and nxt.end() <= s + 80 else None
            if word is not None and word not in self._inner_first:
                continue
            k = s  # what precedes the conjunction, spaces skipped
            while k and text[k - 1].isspace():
                k -= 1
            comma = k > 0 and text[k - 1] == ","
            # The seven words after the conjunction (Chinese: sixteen characters), within 80
            # characters of it.
            toks = TokenStream(text[at : s + 80], limit=16 if self.han else 7, offset=at)
            if self.han:
                found = self._han_head(toks, 0, ("operative",), text)
                if found is None:
                    continue
                i, hit = found[0], found[1]
            elif word is not None and word not in self.before.root:
                if not comma and word not in {"se", "s’"} and self.language in {"fr", "es"}:
                    continue  # (the test below, made before reading the head)
                i = 0  # no adverb before the head
            else:
                hit_b = self.before.longest(toks, 0)
                i = hit_b[0] if hit_b else 0
            if self.longest_heads:
                hit = self.heads["operative"].longest(toks, i)
            elif not self.han:
                hit = self.heads["operative"].likeliest(toks, i)
            if hit is None:
                continue
            n, head = hit
            if head.pos not in {"verb", "phrase"} or not head.count:
                # (a form added for agreement with another organ, count 0, is read as a lead,
                # where the organ is its subject; inside a paragraph another subject may govern
                # it: "ويشجع الأمين العام" in an Assembly text, the Secretary-General encourages)
                continue
            reflexive = toks[i][0] in {"se", "s’"}
            if self.language in {"fr", "es"} and not (comma or reflexive):
                continue
            j = i + n
            more = self.after.longest(toks, j)
            if more:
                j += more[0]
            start, end = toks[0][1], toks[j - 1][2]
            out.append(_inner_verb(text[start:end], head.lemma, head.gloss, start, end))
        return out


def _conjunction_re(conj: str, first: frozenset[str]) -> re.Pattern[str]:
    """Where a second action may start: the conjunction, spaces, then a word that may open one.

    The pattern finds every such place and more (the caller checks each find exactly): a
    conjunction of several letters is not checked for a word character before it, and the
    next word may be any word that starts like one of ``first`` (case ignored), or something
    that is not a letter, or a word too far for the caller to read whole (80 characters from
    the conjunction).
    Scanning for the conjunction's literal letters this way is far cheaper than a look-behind
    and a Python check at every "and" that joins two nouns; with one pattern per conjunction,
    the scan skips from one occurrence of its first letter to the next.

    Args:
        conj: a conjunction of `CONJUNCTIONS`.
        first: the words that may follow the conjunction (normalized as by `tokens`).

    Returns:
        The pattern; group 1 is the conjunction, and the match ends where the next word starts.
    """
    # A one-letter conjunction ("y", "e") ends countless words: there a word character before
    # it is ruled out at once, by a look-behind placed after the letter (a leading ``\b``
    # would keep the scan from skipping ahead to the letter).
    edge = r"(?<!\w.)" if len(conj) == 1 else ""
    if _ARABIC_CONJ.match(conj):
        # Arabic "و" is glued to the next word ("وتطلب"): a word that opens with it, then a
        # head (the caller reads the word after the "و" whole).
        head = _starts_any(first) if first else "(?!)"
        return re.compile(rf"({re.escape(conj)}){edge}(?={head})")
    if HAN_CHAR.match(conj):
        # Chinese prints no space: the head goes on right after the conjunction ("并请"), and
        # the caller reads one of at most sixteen characters.
        head = _starts_any(first) if first else "(?!)"  # (no head: the pattern finds nothing)
        return re.compile(rf"({re.escape(conj)}){edge}\s{{0,16}}(?={head})")
    word = rf"(?i:{_starts_any(first)})|" if first else ""
    return re.compile(
        rf"({re.escape(conj)}){edge}(?:\s{{1,16}}(?=\w)(?={word}[\d_]|\S{{60}})|\s{{17,}}(?=\w))"
    )


def _start(m: re.Match[str]) -> int:
    """Where a match starts (a sort key)."""
    return m.start()


def _starts_any(words: frozenset[str]) -> str:
    """A pattern for the start of any of ``words`` (normalized as by `tokens`), for a look-ahead.

    ``re`` tries the branches of an alternation one after the other: the words are factored by
    their shared prefixes (a trie), so a character meets a handful of branches at most. A word
    that begins with another word is dropped, since the look-ahead needs only the shorter one.
    The typographic apostrophe also matches the ASCII one.

    Args:
        words: the words (not empty).

    Returns:
        The pattern (no group).
    """
    trie: dict[str, dict[str, Any]] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def branches(node: dict[str, Any]) -> str:
        if "" in node:
            return ""  # the word read so far is enough
        alts = [
            re.escape(ch).replace("’", "[’']") + branches(nxt) for ch, nxt in sorted(node.items())
        ]
        return alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"

    return branches(trie)


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
    key = (text, section, lead_text)
    done = lex._analysed.get(key)
    if done is None:
        done = _analyse(lex, text, section, lead_text)
        if len(lex._analysed) >= ANALYSED_MEMORY:
            lex._analysed.clear()
        lex._analysed[key] = done
    return done


#: How many clauses `analyse` remembers for one language before it forgets them all. Clauses
#: recur from document to document (the boilerplate of a yearly resolution: a third of the
#: clauses of a sample of 1,253 English, French and Spanish texts are printed word for word in
#: an earlier one), and the answer depends on nothing else: the lexicon lives as long as the
#: process, and `Lead` and `Verb` are frozen. Some 5 MB of clause texts.
ANALYSED_MEMORY = 8192


def _analyse(
    lex: Lexicon, text: str, section: Section, lead_text: str | None
) -> tuple[Lead, tuple[Verb, ...]]:
    """`analyse` with the language's lexicon, not remembered."""
    if lead_text:
        lead, verb = lex._explain_marked(lead_text, text, section)
        lead_end = lead.span.end if lead.span is not None else 0
    else:
        toks = TokenStream(text, limit=16)
        m = (
            lex.match(text, section, toks)
            or lex.match_declared(text, toks)
            or lex.match_stated(text, section)
            or lex.match_decided(text)
            or lex.guess(text, section, toks)
        )
        if m is None:
            return _NO_LEAD, ()
        head = m.head
        lead, verb = _lead(
            m.text,
            head.lemma if head else None,
            head.gloss if head else None,
            head.pos if head else None,
            m.adverbs,
            head is not None,
            (m.start, m.end),
        )
        lead_end = m.end
    if section == "operative":
        return lead, (verb, *lex.inner_verbs(text, lead_end))
    return lead, (verb,)


#: A quotation mark that opens a quoted paragraph ("“", "«", "\"", "„", "「").
OPENING_QUOTES = '“«"„「'


def _subject_pattern(language: str) -> re.Pattern[str] | None:
    """The acting organs of a language (`organs.csv`) printed as the subject of a clause.

    The organ opens the clause with a capital, perhaps after an opening quotation mark and
    spaces, and is followed by a space (or, in Chinese, by the verb itself): "“The Security
    Council ", "« Le Conseil de sécurité ", "安全理事会". ``None`` for a language the table
    lacks.
    """
    alts = "|".join(organ_alternatives(language))
    if not alts:
        return None
    return re.compile(
        rf"[{OPENING_QUOTES}]?\s*"  # the quotation mark that opens a statement's paragraph
        rf"(?P<organ>{alts})"  # the organ, as the enacting formula names it
        rf"(?:\s+|(?=[{HAN}]))"  # then a space, or a Chinese verb
    )


#: The first words of a decision as adopted ("At its 50th plenary meeting, …", "À sa …", "En su
#: …", "На своем …", "在…"; `helpers.segment.DECISION_OPENER` reads the whole opening).
_DECIDED_OPENING: dict[str, str] = {"en": "at ", "fr": "à s", "es": "en ", "ru": "на ", "zh": "在"}
#: How far into a decision its subject, and the commas before its verb, may stand.
_DECIDED_CHARS = 400
#: How many commas may come between the subject and the verb (", on the recommendation of the
#: Fifth Committee, and having considered …,").
_DECIDED_COMMAS = 3
#: How many words after a Russian subject the verb may stand ("… по рекомендации Пятого
#: комитета постановила").
_DECIDED_WORDS = 12


@lru_cache(maxsize=8)
def _organ_inside(language: str) -> re.Pattern[str] | None:
    """The acting organs of a language (`organs.csv`) inside a sentence ("… the General
    Assembly, …"), as whole words in any case; ``None`` for a language the table lacks."""
    alts = "|".join(organ_alternatives(language))
    if not alts:
        return None
    # (Chinese sets no space around a word: "，大会根据……")
    edge = "" if language == "zh" else r"\b"
    return re.compile(rf"{edge}(?:{alts}){edge}", re.IGNORECASE)


#: The lead of a clause whose first words say nothing (no word, or no capital).
_NO_LEAD = Lead(text="", known=False)


# Leads and verbs are immutable and repeat from clause to clause ("Decides" at [0, 7)): each
# distinct one is made once, not per clause (a frozen dataclass costs more to build than to
# find in a cache).
@lru_cache(maxsize=8192)
def _lead(
    text: str,
    lemma: str | None,
    gloss: str | None,
    pos: str | None,
    adverbs: tuple[str, ...],
    known: bool,
    span: tuple[int, int] | None,
) -> tuple[Lead, Verb]:
    """A clause's `Lead` and its lead `Verb`, which share the text, lemma, gloss and span."""
    at = Span(*span) if span is not None else None
    lead = Lead(text, lemma, gloss, pos, adverbs, known, at)
    return lead, Verb(text, lemma, gloss, "lead", at)


@lru_cache(maxsize=8192)
def _inner_verb(text: str, lemma: str, gloss: str, start: int, end: int) -> Verb:
    """An inner `Verb` at ``[start, end)`` (see `_lead`)."""
    return Verb(text, lemma, gloss, "inner", Span(start, end))
