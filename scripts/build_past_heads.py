"""Build ``data/reference/past_heads.csv``: the past form of each operative head, with an example.

A decision of the General Assembly is printed as one sentence whose verb is in the past ("At its
2nd plenary meeting, ..., the General Assembly ... decided to ...", "a pris note ...", "tomó
nota ...", "приняла к сведению ..."). The lexicon ``data/reference/leads.csv`` holds the operative
heads in the present tense ("Decides", "Prend note", "Toma nota", "принимает к сведению"); this
script gives each head its past form, so that a decision's verb gets the head's lemma and gloss.

For English, French, Spanish and Russian, it:

* takes the operative heads of ``leads.csv`` (participles, adjectives and infinitives left out);
* derives candidate past forms, as printed mid-sentence after the subject, in lower case:
  English simple past ("took note"), French passé composé with a feminine subject where the
  auxiliary is *être* ("a pris note", "s’est félicitée", "est convenue"), Spanish pretérito
  ("tomó nota", "hizo suyo"), Russian feminine past ("приняла к сведению"). Regular verbs go by
  rule from the lemma's infinitive; irregular ones come from the small dictionaries below; Russian
  comes from an explicit dictionary (aspect is not derivable by rule);
* looks each candidate up as a whole-word phrase in the General Assembly resolutions of that
  language (``unxml-ga/ga-*-<Language>.zip``, read in place; Russian: session 77 only). An English
  past is counted only where it is a finite verb (after a subject such as "it", "the Assembly",
  "which", or after "and" or a comma with an object following), since it is spelt like the
  participle ("as decided by", "is appreciated");
* keeps the most frequent attested candidate of each head and cuts an example of at most ten
  words around a typical occurrence, preferring one whose subject is the Assembly ("in which it
  decided to convene ...", "dans laquelle elle a décidé de ...", "en la que decidió ...",
  "в которой она постановила ...");
* writes one row per attested head (``language,head,past,example``), sorted by language and
  head, and prints the coverage (heads tried, heads found, and among the 40 most frequent).

Two heads of a language whose past is the same string (a misprinted head such as "Prends note")
keep one row: the more frequent head.

Usage::

    PYTHONPATH=. .venv/bin/python scripts/build_past_heads.py [--corpus ../shared/corpus]
        [--leads data/reference/leads.csv] [--out data/reference/past_heads.csv]

No network is used; the corpus is only read.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
import zipfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from helpers.lexicon import akn_parser
from helpers.paths import REFERENCE, corpus_path

#: The languages of the table and the name their corpus zips carry.
LANGUAGES: dict[str, str] = {"en": "English", "fr": "French", "es": "Spanish", "ru": "Russian"}
COLUMNS: tuple[str, ...] = ("language", "head", "past", "example")
#: Coverage is reported for this many most frequent heads of each language.
TOP = 40
EXAMPLE_MAX_WORDS = 10
EXAMPLE_MIN_WORDS = 3
#: At most this many words of the complement are kept after the past form.
RIGHT_MAX_WORDS = 5
#: At most this many words are kept before the past form (a relative clause's opening).
LEFT_MAX_WORDS = 4

#: The words that join two verbs of one head ("Deplores and condemns", "Invite et encourage").
CONJUNCTIONS: dict[str, str] = {"en": "and", "fr": "et", "es": "y", "ru": "и"}

# --------------------------------------------------------------------------------------------
# English
# --------------------------------------------------------------------------------------------

#: Base form → simple past, for the verbs no rule gives (irregular, or a doubled consonant).
EN_IRREGULAR: dict[str, str] = {
    "be": "was",
    "have": "had",
    "take": "took",
    "undertake": "undertook",
    "make": "made",
    "find": "found",
    "bear": "bore",
    "understand": "understood",
    "hold": "held",
    "give": "gave",
    "draw": "drew",
    "bring": "brought",
    "pay": "paid",
    "keep": "kept",
    "seek": "sought",
    "see": "saw",
    "say": "said",
    "set": "set",
    "put": "put",
    "stand": "stood",
    "commit": "committed",
    "recommit": "recommitted",
    "regret": "regretted",
    "submit": "submitted",
    "admit": "admitted",
    "permit": "permitted",
    "refer": "referred",
    "transfer": "transferred",
    "allot": "allotted",
    "control": "controlled",
    "compel": "compelled",
}

#: Words that may stand between an English subject and its verb ("it also decided").
EN_ADVERBS: frozenset[str] = frozenset(
    {"also", "further", "again", "then", "thereby", "therein", "subsequently", "inter", "alia"}
)
#: A word printed right before an English past (adverbs skipped) that makes it a finite verb.
EN_SUBJECTS: frozenset[str] = frozenset(
    {
        "it",
        "he",
        "she",
        "they",
        "which",
        "who",
        "Assembly",
        "Council",
        "Committee",
        "Commission",
        "Conference",
        "Board",
        "Secretary-General",
        "Court",
        "Summit",
        "Forum",
        "Organization",
    }
)

#: Words that open an object, which makes a past after "and" or a comma a finite verb.
EN_OBJECT_STARTS: frozenset[str] = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "all", "that"}
)

# --------------------------------------------------------------------------------------------
# French
# --------------------------------------------------------------------------------------------

#: Infinitive → past participle, for the verbs no rule (-er → -é, -ir → -i, -re → -u) gives.
FR_PARTICIPLES: dict[str, str] = {
    "prendre": "pris",
    "comprendre": "compris",
    "reprendre": "repris",
    "entreprendre": "entrepris",
    "faire": "fait",
    "élire": "élu",
    "réélire": "réélu",
    "lire": "lu",
    "inscrire": "inscrit",
    "souscrire": "souscrit",
    "prescrire": "prescrit",
    "décrire": "décrit",
    "reconnaître": "reconnu",
    "connaître": "connu",
    "convenir": "convenu",
    "devenir": "devenu",
    "parvenir": "parvenu",
    "intervenir": "intervenu",
    "tenir": "tenu",
    "maintenir": "maintenu",
    "soutenir": "soutenu",
    "obtenir": "obtenu",
    "retenir": "retenu",
    "ouvrir": "ouvert",
    "rouvrir": "rouvert",
    "offrir": "offert",
    "couvrir": "couvert",
    "mettre": "mis",
    "admettre": "admis",
    "permettre": "permis",
    "promettre": "promis",
    "soumettre": "soumis",
    "remettre": "remis",
    "transmettre": "transmis",
    "dire": "dit",
    "redire": "redit",
    "savoir": "su",
    "voir": "vu",
    "prévoir": "prévu",
    "pouvoir": "pu",
    "vouloir": "voulu",
    "croire": "cru",
    "être": "été",
    "avoir": "eu",
    "enjoindre": "enjoint",
    "joindre": "joint",
    "atteindre": "atteint",
    "craindre": "craint",
    "conclure": "conclu",
    "exclure": "exclu",
    "inclure": "inclus",
    "résoudre": "résolu",
    "produire": "produit",
    "réduire": "réduit",
    "conduire": "conduit",
    "introduire": "introduit",
    "acquérir": "acquis",
    "requérir": "requis",
}
#: Verbs whose passé composé takes *être* ("elle est convenue"), besides the pronominal ones.
FR_ETRE: frozenset[str] = frozenset(
    {"convenir", "demeurer", "rester", "devenir", "parvenir", "intervenir", "venir"}
)
#: Pronominal verbs whose participle does not agree ("elle s’est rendu compte").
FR_NO_AGREEMENT: frozenset[str] = frozenset({"rendre compte"})
#: Adjectives of a head that show a masculine subject (a Council's head: "Se déclare préoccupé").
FR_MASCULINE: frozenset[str] = frozenset(
    {
        "préoccupé",
        "conscient",
        "prêt",
        "disposé",
        "résolu",
        "satisfait",
        "convaincu",
    }
)

# --------------------------------------------------------------------------------------------
# Spanish
# --------------------------------------------------------------------------------------------

#: Infinitive → third person singular of the pretérito, for the verbs no rule gives.
ES_IRREGULAR: dict[str, str] = {
    "hacer": "hizo",
    "satisfacer": "satisfizo",
    "poner": "puso",
    "proponer": "propuso",
    "disponer": "dispuso",
    "imponer": "impuso",
    "exponer": "expuso",
    "oponer": "opuso",
    "tener": "tuvo",
    "mantener": "mantuvo",
    "sostener": "sostuvo",
    "obtener": "obtuvo",
    "retener": "retuvo",
    "abstener": "abstuvo",
    "venir": "vino",
    "convenir": "convino",
    "intervenir": "intervino",
    "prevenir": "previno",
    "decir": "dijo",
    "traer": "trajo",
    "conducir": "condujo",
    "producir": "produjo",
    "reducir": "redujo",
    "introducir": "introdujo",
    "estar": "estuvo",
    "ser": "fue",
    "ir": "fue",
    "dar": "dio",
    "ver": "vio",
    "saber": "supo",
    "poder": "pudo",
    "querer": "quiso",
    "pedir": "pidió",
    "impedir": "impidió",
    "medir": "midió",
    "repetir": "repitió",
    "elegir": "eligió",
    "reelegir": "reeligió",
    "corregir": "corrigió",
    "seguir": "siguió",
    "proseguir": "prosiguió",
    "conseguir": "consiguió",
    "servir": "sirvió",
    "rendir": "rindió",
    "requerir": "requirió",
    "sugerir": "sugirió",
    "preferir": "prefirió",
    "referir": "refirió",
    "transferir": "transfirió",
    "advertir": "advirtió",
    "convertir": "convirtió",
    "invertir": "invirtió",
    "sentir": "sintió",
    "consentir": "consintió",
    "morir": "murió",
}

# --------------------------------------------------------------------------------------------
# Russian: present (third person singular) → feminine past, most usual first
# --------------------------------------------------------------------------------------------

RU_PAST: dict[str, tuple[str, ...]] = {
    "акцентирует": ("акцентировала",),
    "ассигнует": ("ассигновала",),
    "благодарит": ("поблагодарила", "благодарила"),
    "воздает": ("воздала",),
    "выражает": ("выразила", "выражала"),
    "высказывается": ("высказалась", "высказывалась"),
    "выступает": ("выступила", "выступала"),
    "дает": ("дала",),
    "заявляет": ("заявила", "заявляла"),
    "констатирует": ("констатировала",),
    "напоминает": ("напомнила",),
    "обращает": ("обратила",),
    "обращается": ("обратилась", "обращалась"),
    "обязуется": ("обязалась",),
    "одобряет": ("одобрила",),
    "ожидает": ("ожидала",),
    "определяет": ("определила",),
    "осуждает": ("осудила", "осуждала"),
    "отвергает": ("отвергла",),
    "отмечает": ("отметила", "отмечала"),
    "оценивает": ("оценила",),
    "повторяет": ("повторила",),
    "поддерживает": ("поддержала", "поддерживала"),
    "подтверждает": ("подтвердила",),
    "подчеркивает": ("подчеркнула", "подчеркивала"),
    "поздравляет": ("поздравила",),
    "поощряет": ("поощрила", "поощряла"),
    "постановляет": ("постановила",),
    "предлагает": ("предложила",),
    "придает": ("придала",),
    "приветствует": ("приветствовала",),
    "призывает": ("призвала", "призывала"),
    "признает": ("признала",),
    "принимает": ("приняла",),
    "просит": ("просила", "попросила"),
    "рекомендует": ("рекомендовала",),
    "соглашается": ("согласилась",),
    "сожалеет": ("сожалела",),
    "сознает": ("сознавала",),
    "ссылается": ("сослалась",),
    "считает": ("сочла", "считала"),
    "требует": ("потребовала", "требовала"),
    "указывает": ("указала",),
    "уполномочивает": ("уполномочила",),
    "утверждает": ("утвердила",),
    "учитывает": ("учла", "учитывала"),
}

#: Heads whose past form the corpus prints only in another sense: no row (reported).
SENSE_EXCLUDED: dict[tuple[str, str], str] = {
    ("fr", "Sait"): "« a su » is 'managed to' (« a su appeler »), not 'recognizes'",
    ("fr", "Connaît"): "« a connu » is 'went through' (« a connu sa plus grave crise »)",
    ("fr", "Assure"): "« a assuré » is 'held' (« a assuré la présidence »)",
    ("es", "Comprende"): "« comprendió » is 'comprised' (« comprendió becas »), not 'understands'",
    ("es", "Mantiene"): "« mantuvo » is 'kept', « se mantuvo » 'remained', not 'maintains that'",
    ("ru", "выступает"): "« выступила » is 'acted as, spoke' (« автором которой выступила »)",
}

# --------------------------------------------------------------------------------------------
# Examples
# --------------------------------------------------------------------------------------------

#: What ends a clause: an example does not run over it.
CLAUSE_END = re.compile(r"[,;:.!?()\[\]«»“”\"—]")
#: A relative clause's opening, where an example starts when it is near ("in which it decided").
RELATIVE: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"\b(?:in|by|under|with|through) which\b"),
    "fr": re.compile(
        r"(?<!\w)(?:dans|par|aux termes de|en vertu de) (?:laquelle|lesquelles|lequel|lesquels)\b"
    ),
    "es": re.compile(r"\b(?:en|por|mediante) (?:(?:la|las|el|los) )?(?:que|cual|cuales)\b"),
    "ru": re.compile(r"(?<!\w)(?:в|на|по|согласно) (?:которой|которых|котором|которому)\b"),
}
#: A one-word clause opening where an example may start ("que l’Université a réaffirmé ...").
OPENERS: dict[str, frozenset[str]] = {
    "en": frozenset({"which", "that", "who", "and"}),
    "fr": frozenset({"que", "qu’elle", "qu’il", "qui", "dont", "et"}),
    "es": frozenset({"que", "y", "quien"}),
    "ru": frozenset({"которой", "которых", "который", "которым", "что", "и"}),
}
#: The word right before a past form when the Assembly is its subject.
ASSEMBLY_CUE: dict[str, frozenset[str]] = {
    "en": frozenset({"it", "Assembly"}),
    "fr": frozenset({"elle", "générale", "Assemblée"}),
    "es": frozenset({"que", "General", "Asamblea"}),
    "ru": frozenset({"она", "Ассамблея"}),
}
#: Words an example does not end with (an article or preposition waiting for its noun).
_TRAILING_WORDS: dict[str, str] = {
    "en": "a an the of to for in on at by with and or its their that as from into",
    "fr": "le la les l’ de d’ du des à au aux et en sur pour par dans un une sa son ses leur",
    "es": "el la los las de del a al y e en con por para un una su sus que",
    "ru": "в на и с о об по к для от из за его ее их что",
}
TRAILING: frozenset[str] = frozenset(
    word for words in _TRAILING_WORDS.values() for word in words.split()
)
#: Characters that continue a word (a phrase match must not touch them).
_WORD_CHARS = "’'-_"


@dataclass(frozen=True)
class Head:
    """An operative head of ``leads.csv``.

    Attributes:
        language: ``en``, ``fr``, ``es`` or ``ru``.
        form: the head as printed ("Takes note").
        lemma: its lemma ("take note").
        pos: ``verb``, ``phrase``, ``participle`` or ``adjective``.
        count: how often the corpus opens a paragraph with it.
    """

    language: str
    form: str
    lemma: str
    pos: str
    count: int


@dataclass(frozen=True)
class Found:
    """The attested past form of a head.

    Attributes:
        head: the head.
        past: its past form, lower case.
        hits: its occurrences in the corpus (finite ones for English).
        example: the example phrase.
    """

    head: Head
    past: str
    hits: int
    example: str


# --------------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------------


def read_heads(leads: Path) -> dict[str, list[Head]]:
    """Read the operative heads of the lexicon, per language, most frequent first.

    Args:
        leads: the path of ``leads.csv``.

    Returns:
        Language → heads, ordered by decreasing ``count`` and then by form.
    """
    heads: dict[str, list[Head]] = {language: [] for language in LANGUAGES}
    with leads.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["language"] in heads and row["section"] == "operative":
                heads[row["language"]].append(
                    Head(row["language"], row["form"], row["lemma"], row["pos"], int(row["count"]))
                )
    for items in heads.values():
        items.sort(key=lambda h: (-h.count, h.form))
    return heads


def read_texts(corpus: Path, language: str) -> str:
    """Read the General Assembly resolutions of a language, joined into one string.

    Each resolution is its XML text without footnotes, every run of white space made one space;
    resolutions are separated by a blank line, so that no phrase runs from one into the next.

    Args:
        corpus: the corpus folder (holding ``unxml-ga``).
        language: ``en``, ``fr``, ``es`` or ``ru``.

    Returns:
        The texts, in the order of the sorted zip and member names.
    """
    parser = akn_parser()
    texts: list[str] = []
    for path in sorted((corpus / "unxml-ga").glob(f"ga-*-{LANGUAGES[language]}.zip")):
        with zipfile.ZipFile(path) as zf:
            for name in sorted(zf.namelist()):
                if not name.endswith(".xml"):
                    continue
                root = etree.fromstring(zf.read(name), parser)
                if root is None:
                    continue
                # a footnote is printed at its marker, inside the sentence: leave it out
                etree.strip_elements(root, "{*}authorialNote", with_tail=False)
                texts.append(" ".join("".join(root.itertext()).split()))
    return "\n\n".join(texts)


# --------------------------------------------------------------------------------------------
# Past forms
# --------------------------------------------------------------------------------------------


def en_base(word: str) -> str:
    """Guess the base form of an English third person singular ("stresses" → "stress").

    Args:
        word: the verb, lower case.

    Returns:
        Its base form.
    """
    if word == "is":
        return "be"
    if word == "has":
        return "have"
    if word.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return word[:-2]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def en_past(base: str) -> str:
    """Give the simple past of an English verb ("decide" → "decided", "take" → "took").

    Args:
        base: the base form, lower case.

    Returns:
        The simple past.
    """
    if base in EN_IRREGULAR:
        return EN_IRREGULAR[base]
    if base.startswith("re-") and base[3:] in EN_IRREGULAR:  # "re-take" → "re-took"
        return "re-" + EN_IRREGULAR[base[3:]]
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and base[-2:-1] not in ("a", "e", "o", "u"):
        return base[:-1] + "ied"
    return base + "ed"


def fr_participle(infinitive: str) -> str:
    """Give the past participle of a French verb ("décider" → "décidé", "prendre" → "pris").

    Args:
        infinitive: the infinitive, without a reflexive pronoun.

    Returns:
        The masculine singular participle.
    """
    if infinitive in FR_PARTICIPLES:
        return FR_PARTICIPLES[infinitive]
    if infinitive.endswith("er"):
        return infinitive[:-2] + "é"
    if infinitive.endswith("ir"):
        return infinitive[:-2] + "i"
    if infinitive.endswith("re"):
        return infinitive[:-2] + "u"
    return infinitive


def es_preterite(infinitive: str) -> str:
    """Give the third person singular pretérito of a Spanish verb ("decidir" → "decidió").

    Args:
        infinitive: the infinitive, without ``se``.

    Returns:
        The pretérito form.
    """
    if infinitive in ES_IRREGULAR:
        return ES_IRREGULAR[infinitive]
    for prefix in ("re", "des"):  # "reafirmar" is regular, "rehacer" is not
        rest = infinitive.removeprefix(prefix)
        if rest != infinitive and rest in ES_IRREGULAR and len(rest) > 3:
            return prefix + ES_IRREGULAR[rest]
    if infinitive.endswith("uir"):
        return infinitive[:-2] + "yó"
    if infinitive.endswith("eer"):
        return infinitive[:-2] + "yó"
    if infinitive.endswith("ar"):
        return infinitive[:-2] + "ó"
    if infinitive.endswith(("er", "ir", "ír")):
        return infinitive[:-2] + "ió"
    return infinitive


def _present_table(heads: Sequence[Head]) -> dict[str, str]:
    """Map each one-word verb head of a language to its infinitive ("condamne" → "condamner").

    Used for the second verb of a head ("Déplore et condamne") when the lemma does not give it.
    """
    table: dict[str, str] = {}
    for head in heads:
        words, lemma = head.form.lower().split(), head.lemma.lower().split()
        if len(words) == 1 and len(lemma) == 1 and words[0] != lemma[0]:
            table.setdefault(words[0], lemma[0].removesuffix("se"))
    return table


#: How an infinitive ends, per language (English: any base form).
_INFINITIVE_ENDINGS: dict[str, tuple[str, ...]] = {
    "en": ("",),
    "fr": ("er", "ir", "re", "oir"),
    "es": ("ar", "er", "ir", "ír"),
}


def _verbs(
    words: list[str], lemma: list[str], language: str, table: dict[str, str]
) -> dict[int, str]:
    """Find a head's verbs and their infinitives (English: base forms).

    The first verb is the first word (or the second after an English adverb: "Deeply
    deplores"); another verb may follow a conjunction, after at most one adverb ("Deplores and
    strongly condemns"), but "Notes with appreciation and satisfaction" has one verb. An
    infinitive comes from the lemma when it has as many words as the head, else from ``table``.

    Args:
        words: the head's words, lower case, reflexive pronoun left out.
        lemma: the lemma's words, lower case, reflexive pronoun left out.
        language: ``en``, ``fr`` or ``es``.
        table: one-word present → infinitive of the language.

    Returns:
        Word index → infinitive; empty when the first verb's infinitive is unknown.
    """
    endings = _INFINITIVE_ENDINGS[language]
    aligned = len(lemma) == len(words)

    def infinitive(i: int) -> str | None:
        if aligned and lemma[i] != words[i] and lemma[i].endswith(endings):
            return lemma[i].removesuffix("se") if language == "es" else lemma[i]
        return table.get(words[i])

    first = 1 if language == "en" and words[0].endswith("ly") and len(words) > 1 else 0
    start = infinitive(first)
    if start is None and lemma:  # the lemma's first verb ("take" of "Takes note")
        candidate = lemma[first] if len(lemma) > first else lemma[0]
        candidate = candidate.removesuffix("se") if language == "es" else candidate
        if candidate.endswith(endings):
            start = candidate
    if start is None and language == "en":
        start = en_base(words[first])
    if start is None:
        return {}
    found: dict[int, str] = {first: start}
    conjunction = CONJUNCTIONS[language]
    for i, word in enumerate(words[:-1]):
        if word != conjunction:
            continue
        for j in (i + 1, i + 2):  # an adverb may come first ("and strongly condemns")
            verb = infinitive(j) if j < len(words) else None
            if verb is not None:
                found[j] = verb
                break
    return found


def _is_finite(head: Head, words: list[str]) -> bool:
    """Whether a head opens with a finite present (not "Noting", "Ensure", "Assurer")."""
    if head.pos in ("participle", "adjective"):
        return False
    first = words[0]
    if head.language == "en":
        if first.endswith("ly") and len(words) > 1:
            first = words[1]
        return first.endswith("s") and not first.endswith("ss")
    if head.language == "fr":
        return not first.endswith(("ant", "er")) or first in ("se", "s’en")
    if head.language == "es":
        return not first.endswith(("ndo", "ar", "er", "ir"))
    return True


def en_candidates(head: Head, table: dict[str, str]) -> list[str]:
    """English past candidates of a head ("Takes note" → ["took note"]).

    Args:
        head: the head.
        table: one-word present → base form, for a second verb.

    Returns:
        The candidates, most likely first (empty when the head has no finite verb).
    """
    words = head.form.lower().split()
    if not _is_finite(head, words):
        return []
    out = list(words)
    for i, base in _verbs(words, head.lemma.lower().split(), "en", table).items():
        out[i] = en_past(base)
    return [" ".join(out)]


def _fr_feminine(words: list[str]) -> bool:
    """Whether a French head's subject is feminine (no masculine adjective in it)."""
    return not any(word in FR_MASCULINE for word in words)


#: French adverbs that may come between the auxiliary and the participle ("a instamment prié").
_FR_INNER_ADVERBS = frozenset({"bien", "encore", "toujours", "déjà"})


def fr_candidates(head: Head, table: dict[str, str]) -> list[str]:
    """French passé composé candidates of a head ("Prend note" → ["a pris note"]).

    A pronominal verb or one of `FR_ETRE` takes *être* and agrees with a feminine subject
    ("s’est félicitée", "est convenue") unless the head is masculine; an adverb after an *avoir*
    verb may come before or after the participle ("a demandé instamment", "a instamment demandé").

    Args:
        head: the head.
        table: one-word present → infinitive, for a second verb.

    Returns:
        The candidates, most likely first.
    """
    words = head.form.lower().replace("'", "’").split()
    lemma = head.lemma.lower().replace("'", "’").split()
    if not _is_finite(head, words):
        return []
    reflexive = ""
    if words[0] == "se":
        reflexive, words, lemma = "s’", words[1:], lemma[1:]
    elif words[0] == "s’en":
        reflexive, words, lemma = "s’en ", words[1:], lemma[1:]
    elif words[0].startswith("s’"):
        reflexive, words = "s’", [words[0][2:], *words[1:]]
        lemma = [lemma[0].removeprefix("s’"), *lemma[1:]] if lemma else lemma
    if not words or words[0].endswith("ant"):
        return []
    verbs = _verbs(words, lemma, "fr", table)
    if not verbs:
        return []
    infinitive = verbs[0]
    out = list(words)
    for i, verb in verbs.items():
        out[i] = fr_participle(verb)
    etre = bool(reflexive) or infinitive in FR_ETRE
    if etre and _fr_feminine(words) and " ".join([infinitive, *words[1:2]]) not in FR_NO_AGREEMENT:
        out[0] += "e"
    if reflexive:
        return [f"{reflexive}est " + " ".join(out)]
    auxiliary = "est" if etre else "a"
    candidates = [f"{auxiliary} " + " ".join(out)]
    if not etre and len(out) > 1 and (out[1].endswith("ment") or out[1] in _FR_INNER_ADVERBS):
        inner = f"{auxiliary} {out[1]} {out[0]} " + " ".join(out[2:])
        if out[1] in _FR_INNER_ADVERBS:  # "a bien compris", not "a compris bien"
            candidates.insert(0, inner)
        else:
            candidates.append(inner)
    return [c.strip() for c in candidates]


def es_candidates(head: Head, table: dict[str, str]) -> list[str]:
    """Spanish pretérito candidates of a head ("Hace suyo" → ["hizo suyo"]).

    Args:
        head: the head.
        table: one-word present → infinitive, for a second verb.

    Returns:
        The candidates, most likely first.
    """
    words = head.form.lower().split()
    lemma = head.lemma.lower().split()
    if not _is_finite(head, words):
        return []
    reflexive = ""
    if words[0] == "se":
        reflexive, words = "se ", words[1:]
    if not words:
        return []
    out = list(words)
    verbs = _verbs(words, lemma, "es", table)
    if not verbs:
        return []
    for i, verb in verbs.items():
        out[i] = es_preterite(verb)
    return [reflexive + " ".join(out)]


def ru_candidates(head: Head) -> list[str]:
    """Russian feminine past candidates of a head, from `RU_PAST` ("просит" → ["просила", ...]).

    Args:
        head: the head.

    Returns:
        The candidates, most likely first (empty when a verb of the head is not in `RU_PAST`).
    """
    words = head.form.lower().split()
    positions = [i for i, word in enumerate(words) if word in RU_PAST]
    if not positions:
        return []
    options: list[list[str]] = [[]]
    for i, word in enumerate(words):
        choices = RU_PAST[word] if i in positions else (word,)
        if i in positions[1:]:  # a second verb keeps its first (perfective) past
            choices = choices[:1]
        options = [[*done, choice] for done in options for choice in choices]
    return [" ".join(option) for option in options]


def candidates(head: Head, table: dict[str, str]) -> list[str]:
    """The past-form candidates of a head in its language, most likely first.

    Args:
        head: the head.
        table: one-word present → infinitive (or base form) of the head's language.

    Returns:
        The candidates, lower case, without duplicates.
    """
    if head.language == "en":
        found = en_candidates(head, table)
    elif head.language == "fr":
        found = fr_candidates(head, table)
    elif head.language == "es":
        found = es_candidates(head, table)
    else:
        found = ru_candidates(head)
    return list(dict.fromkeys(c.lower() for c in found))


# --------------------------------------------------------------------------------------------
# Looking up and cutting examples
# --------------------------------------------------------------------------------------------


def occurrences(text: str, phrase: str) -> Iterable[int]:
    """Yield the start of each whole-word occurrence of ``phrase`` in ``text``.

    Args:
        text: the corpus text.
        phrase: the phrase, matched exactly (case-sensitive).

    Yields:
        Start offsets, in order.
    """
    start = text.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in _WORD_CHARS) and not (
            after.isalnum() or after in _WORD_CHARS
        ):
            yield start
        start = text.find(phrase, start + 1)


def _left_words(text: str, start: int) -> list[str]:
    """The words of the clause before ``start`` (at most a sentence's worth)."""
    left = text[max(0, start - 300) : start]
    cut = max((m.end() for m in CLAUSE_END.finditer(left)), default=0)
    left = left[cut:]
    return left.rsplit("\n", 1)[-1].split()


def _right_words(text: str, end: int) -> list[str]:
    """The words of the clause after ``end``."""
    right = text[end : end + 300]
    m = CLAUSE_END.search(right)
    right = right[: m.start()] if m else right
    return right.split("\n", 1)[0].split()


def _en_finite(text: str, start: int, end: int) -> bool:
    """Whether the English past at ``text[start:end]`` is a finite verb, not a participle.

    It is finite after a subject ("it", "the Assembly", "which"; "also", "further" and "-ly"
    adverbs skipped), or after "and" or a comma when an object follows ("and commended the
    Agency", "at its thirty-fifth session, appreciated the engagement"). It is a participle
    after "is", "has" ... ("whose generosity is appreciated") or before "by" ("maintained by").

    Args:
        text: the corpus text.
        start: where the past form starts.
        end: where it ends.

    Returns:
        Whether to count the occurrence.
    """
    after = text[end : end + 40].split()
    if not after or after[0] == "by":
        return False
    for word in reversed(text[max(0, start - 200) : start].split()[-4:]):
        bare = word.rstrip(",")
        if bare != word:  # a comma before the verb
            return after[0] in EN_OBJECT_STARTS
        if bare in EN_SUBJECTS:
            return True
        if bare == "and":
            return after[0] in EN_OBJECT_STARTS
        if not (bare in EN_ADVERBS or bare.endswith("ly")):
            return False
    return False


def _assembly_subject(language: str, left: list[str]) -> bool:
    """Whether the word before a past form makes the Assembly its subject ("it", "elle")."""
    return bool(left) and left[-1] in ASSEMBLY_CUE[language]


def example_at(text: str, start: int, past: str, language: str) -> tuple[str, tuple[int, ...]]:
    """Cut an example around one occurrence, and say how good an example it is.

    The example starts at a near relative clause's opening ("in which it") or at most three
    words before the past form, and keeps at most `RIGHT_MAX_WORDS` words of the complement,
    at most `EXAMPLE_MAX_WORDS` in all, within the clause; it does not end with an article
    or a preposition.

    Args:
        text: the corpus text.
        start: where the past form starts.
        past: the past form.
        language: its language.

    Returns:
        The example and a sort key (lower is better): whether the past form has a complement,
        whether the Assembly is its subject, whether a relative clause opens the example,
        whether the complement has two words or more, whether the example is long enough.
    """
    left = _left_words(text, start)
    clause = " ".join(left)
    opening = None
    for m in RELATIVE[language].finditer(clause):
        opening = m
    if opening is not None and len(clause[opening.start() :].split()) <= LEFT_MAX_WORDS:
        left = clause[opening.start() :].split()
    else:
        opening = None
        left = left[-min(3, len(left)) :] if left else []
        starts = [i for i, word in enumerate(left) if word in OPENERS[language]]
        if starts:
            left = left[starts[-1] :]
    past_words = past.split()
    right = _right_words(text, start + len(past))
    room = max(0, EXAMPLE_MAX_WORDS - len(left) - len(past_words))
    right = right[: min(RIGHT_MAX_WORDS, room)]
    while len(right) > 1 and right[-1].lower() in TRAILING:
        right.pop()
    words = [*left, *past_words, *right]
    while len(words) > EXAMPLE_MAX_WORDS:
        words.pop(0)
    key = (
        0 if right else 1,
        0 if _assembly_subject(language, left) else 1,
        0 if opening is not None else 1,
        0 if len(right) >= 2 else 1,
        0 if len(words) >= EXAMPLE_MIN_WORDS else 1,
    )
    return " ".join(words), key


def find_past(
    text: str, head: Head, options: list[str], longer: dict[str, list[str]]
) -> Found | None:
    """Look a head's candidates up and keep the most frequent attested one, with an example.

    The example comes from the occurrence that is best by, in turn: a complement follows the
    past form; the Assembly is its subject; it is not part of another head's longer past form
    ("a prié instamment" for "a prié"); (Spanish) no impersonal "se" comes before it; a relative
    clause opens the example; the complement has two words or more; then the example phrase
    most often cut; then the first.
    An example has at least `EXAMPLE_MIN_WORDS` words.

    Args:
        text: the corpus text of the head's language.
        head: the head.
        options: its candidates, most likely first.
        longer: past form → the longer past forms of other heads that start with it and add
            more than a preposition ("a prié" → ["a prié instamment"]): an example is better
            taken outside them.

    Returns:
        The attested past form, or ``None``.
    """
    best: tuple[int, int, str, list[int]] | None = None
    for rank, past in enumerate(options):
        starts = list(occurrences(text, past))
        if head.language == "en":
            starts = [s for s in starts if _en_finite(text, s, s + len(past))]
        if starts and (best is None or len(starts) > best[0]):
            best = (len(starts), rank, past, starts)
    if best is None:
        return None
    hits, _, past, starts = best
    scored: list[tuple[tuple[int, ...], str, int]] = []
    for order, start in enumerate(starts):
        example, key = example_at(text, start, past, head.language)
        inside = any(text.startswith(other, start) for other in longer.get(past, ()))
        # "se expresó preocupación" is impersonal ('concern was expressed'): a subject is better
        impersonal = (
            head.language == "es"
            and not past.startswith("se ")
            and (_left_words(text, start)[-1:] == ["se"])
        )
        if len(example.split()) >= EXAMPLE_MIN_WORDS:
            scored.append(((*key[:2], int(inside), int(impersonal), *key[2:]), example, order))
    if not scored:
        return None
    frequency = Counter(example for _, example, _ in scored)
    scored.sort(key=lambda item: (item[0], -frequency[item[1]], item[2]))
    return Found(head, past, hits, scored[0][1])


def build_language(text: str, heads: list[Head]) -> tuple[list[Found], dict[str, int]]:
    """Find the past forms of one language's heads.

    Args:
        text: the corpus text of the language.
        heads: its operative heads, most frequent first.

    Returns:
        The attested rows (one per past form: the most frequent head keeps a shared one) and
        the coverage counts: ``heads``, ``tried`` (heads with a candidate), ``found``,
        ``top_tried`` and ``top_found`` (among the `TOP` most frequent heads), ``shared``
        (heads dropped because a more frequent head has the same past form), ``excluded``
        (heads of `SENSE_EXCLUDED`, not tried).
    """
    table = _present_table(heads)
    options = {head.form: candidates(head, table) for head in heads}
    pasts = {past for values in options.values() for past in values}
    # a longer past form that only adds a preposition ("took note of") is the same phrase
    longer = {
        past: sorted(
            other
            for other in pasts
            if other.startswith(past + " ")
            and not all(word in TRAILING for word in other[len(past) :].split())
        )
        for past in pasts
    }
    found: list[Found] = []
    seen: set[str] = set()
    stats = Counter(heads=len(heads))
    for rank, head in enumerate(heads):
        if not options[head.form]:
            continue
        if (head.language, head.form) in SENSE_EXCLUDED:
            stats["excluded"] += 1
            continue
        stats["tried"] += 1
        stats["top_tried"] += rank < TOP
        row = find_past(text, head, options[head.form], longer)
        if row is None:
            continue
        if row.past in seen:
            stats["shared"] += 1
            continue
        seen.add(row.past)
        found.append(row)
        stats["found"] += 1
        stats["top_found"] += rank < TOP
    return found, dict(stats)


def write_table(rows: list[Found], out: Path) -> None:
    """Write the table, sorted by language and head.

    Args:
        rows: the attested rows.
        out: the CSV to write.
    """
    out.parent.mkdir(parents=True, exist_ok=True)
    ordered = sorted(rows, key=lambda r: (r.head.language, r.head.form))
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(COLUMNS)
        for row in ordered:
            writer.writerow((row.head.language, row.head.form, row.past, row.example))


def main(argv: list[str] | None = None) -> int:
    """Build the table and print the coverage per language.

    Args:
        argv: the command-line arguments (``sys.argv[1:]`` when ``None``).

    Returns:
        The exit status.
    """
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpus", type=Path, default=corpus_path(), help="corpus folder")
    parser.add_argument("--leads", type=Path, default=REFERENCE / "leads.csv")
    parser.add_argument("--out", type=Path, default=REFERENCE / "past_heads.csv")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every row found")
    args = parser.parse_args(argv)
    if args.corpus is None or not (args.corpus / "unxml-ga").is_dir():
        print("no corpus: pass --corpus (the folder holding unxml-ga)", file=sys.stderr)
        return 1
    began = time.perf_counter()
    heads = read_heads(args.leads)
    rows: list[Found] = []
    for language in LANGUAGES:
        text = read_texts(args.corpus, language)
        found, stats = build_language(text, heads[language])
        rows.extend(found)
        print(
            f"{language}: {stats['heads']} operative heads, {stats.get('tried', 0)} tried, "
            f"{stats.get('found', 0)} found; top {TOP}: {stats.get('top_found', 0)} found of "
            f"{stats.get('top_tried', 0)} tried; {stats.get('shared', 0)} sharing a past form "
            f"with a more frequent head; {stats.get('excluded', 0)} left out for their sense"
        )
        if args.verbose:
            for row in found:
                print(f"  {row.head.form} → {row.past} ({row.hits}): {row.example}")
            kept = {row.head.form for row in found}
            missing = [head.form for head in heads[language][:TOP] if head.form not in kept]
            print(f"  not found among the top {TOP}: {', '.join(missing) or 'none'}")
    write_table(rows, args.out)
    print(f"{len(rows)} rows → {args.out} in {time.perf_counter() - began:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
