"""Compare conference mentions across translations: aligned AKN4UN paragraphs → recall and extras.

The General Assembly zips of a session hold the same resolutions in each language, with their
preambular paragraphs (``preamble/container``), operative paragraphs (the top-level
``mainBody/paragraph``) and footnotes (``authorialNote``) in the same order. For each resolution
and each of those three kinds whose paragraphs are as many in English as in the other language,
pair the paragraphs by position, run `helpers.conferences.find_conferences` on both, and count:

* recall: of the English mentions of a row, those whose key the paired paragraph also yields;
* extras (false positives, or English misses): of the other language's mentions, those whose key
  the English paragraph does not yield.

Only rows that have a name in the other language (``name_<lang>``) count towards the totals; the
other rows are listed apart. Mentions of conferences the table lacks (``key=None``) are left out.
Russian, Chinese and Arabic are in session 77 only. The Arabic markup makes the lettered items
of an operative paragraph ("(أ)") paragraphs of their own: where a resolution's operative
paragraphs are not as many in both languages, each is paired with the items joined to it.

Usage::

    python scripts/align_conferences.py                          # GA session 77, Russian
    python scripts/align_conferences.py --language Chinese       # GA session 77, Chinese
    python scripts/align_conferences.py --language Arabic        # GA session 77, Arabic
    python scripts/align_conferences.py --language French --session 76
    python scripts/align_conferences.py --show 3                 # print 3 misses and extras a row
"""

from __future__ import annotations

import argparse
import re
import sys
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from helpers.build import ZIP_LANGUAGE_NAMES
from helpers.conferences import LANGUAGES, find_conferences, load_conferences
from helpers.paths import corpus_path

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
#: The language of each zip's name, as `find_conferences` reads it.
LANG_OF_ZIP = {ZIP_LANGUAGE_NAMES[lang]: lang for lang in LANGUAGES}
#: The kinds of paragraphs, each aligned on its own.
KINDS = ("pp", "op", "note")


def _raw_text(el: etree._Element) -> str:
    """The text of an element without its footnotes and paragraph numbers."""
    parts: list[str] = [el.text or ""]
    for child in el:
        if child.tag == AKN + "authorialNote":
            parts.append(" ")
        elif child.tag != AKN + "num":
            parts.append(_raw_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _text(el: etree._Element) -> str:
    """`_raw_text`, spaces collapsed."""
    return " ".join(_raw_text(el).split())


#: The number of an operative paragraph, in its ``num`` or typed before its text ("1 -").
_NUMBER = re.compile(r"\s*\d+\s*[-.]?")


def units(xml: bytes) -> dict[str, list[str]]:
    """The preambular paragraphs, operative paragraphs and footnotes of a resolution, in order.

    Args:
        xml: an AKN4UN document.

    Returns:
        ``{"pp": [...], "op": [...], "note": [...]}``.
    """
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(xml, parser)
    out: dict[str, list[str]] = {kind: [] for kind in KINDS}
    for preamble in root.iter(AKN + "preamble"):
        out["pp"] += [_text(c) for c in preamble.iter(AKN + "container")]
    for body in root.iter(AKN + "mainBody"):
        out["op"] += [
            _text(p)
            for p in body.iter(AKN + "paragraph")
            if not any(a.tag == AKN + "paragraph" for a in p.iterancestors())
        ]
    out["note"] = [_text(n) for n in root.iter(AKN + "authorialNote")]
    # Arabic markup makes the items "(أ)", "(ب)" of an operative paragraph paragraphs of their
    # own, beside it: joined to the numbered paragraph before them, the paragraphs pair again.
    joined: list[str] = []
    for body in root.iter(AKN + "mainBody"):
        for p in body.iter(AKN + "paragraph"):
            if any(a.tag == AKN + "paragraph" for a in p.iterancestors()):
                continue
            num = p.find(AKN + "num")
            text = _text(p)
            numbered = (num is not None and _NUMBER.match(num.text or "")) or _NUMBER.match(text)
            if joined and not numbered:
                joined[-1] += " " + text
            else:
                joined.append(text)
    out["op_joined"] = joined
    return out


def _symbol(member: str) -> str:
    """``Russian/A_RES_77_1-2223391R.xml`` → ``A_RES_77_1``; ``A_RES_ES-11_6-R.xml`` →
    ``A_RES_ES-11_6``; ``A_RES_77_290B_2312999A.xml`` (the job number after "_") →
    ``A_RES_77_290B``."""
    stem = _JOB_NUMBER.sub("", Path(member).stem)
    return stem.rsplit("-", 1)[0] if stem.startswith("A_RES_ES-") else stem.split("-")[0]


#: The job number and language letter that some files put after "_" ("_2312999A").
_JOB_NUMBER = re.compile(r"_\d{7}[A-Z]$")


def read_zip(path: Path) -> dict[str, dict[str, list[str]]]:
    """The paragraphs of every resolution of a zip, by symbol (unreadable files left out)."""
    out: dict[str, dict[str, list[str]]] = {}
    with zipfile.ZipFile(path) as z:
        for member in z.namelist():
            if member.endswith(".xml"):
                try:
                    out[_symbol(member)] = units(z.read(member))
                except etree.XMLSyntaxError:
                    continue
    return out


def pairs(
    english: dict[str, dict[str, list[str]]], other: dict[str, dict[str, list[str]]]
) -> Iterator[tuple[str, str, int, str, str]]:
    """Yield ``(symbol, kind, index, English text, other text)`` for the aligned paragraphs."""
    for symbol in sorted(english.keys() & other.keys()):
        for kind in KINDS:
            a, b = english[symbol][kind], other[symbol][kind]
            if kind == "op" and len(a) != len(b):
                a, b = english[symbol]["op_joined"], other[symbol]["op_joined"]
            if len(a) == len(b):
                for i, (x, y) in enumerate(zip(a, b, strict=True)):
                    yield symbol, kind, i, x, y


def main(argv: list[str] | None = None) -> int:
    """Compare the mentions and print the report.

    Args:
        argv: command-line arguments (default ``sys.argv[1:]``).

    Returns:
        The exit status: 0, or 1 without a corpus or the zips.
    """
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--language", default="Russian", choices=sorted(set(LANG_OF_ZIP) - {"English"}))
    ap.add_argument("--session", default="77")
    ap.add_argument("--show", type=int, default=0, help="misses and extras to print per row")
    args = ap.parse_args(argv)

    root = corpus_path()
    zips = [
        (root / "unxml-ga" / f"ga-{args.session}-{name}.zip") if root else None
        for name in ("English", args.language)
    ]
    if root is None or not all(z and z.is_file() for z in zips):
        print(f"no corpus zips for GA session {args.session} in English and {args.language}")
        return 1
    lang = LANG_OF_ZIP[args.language]
    english, other = (read_zip(z) for z in zips if z)
    named = {r.key for r in load_conferences().itertuples() if getattr(r, f"name_{lang}")}

    n_pairs = 0
    mentions: Counter[str] = Counter()  # English mentions by key
    found: Counter[str] = Counter()  # ... whose key the paired paragraph yields
    extra: Counter[str] = Counter()  # other-language mentions whose key the English lacks
    shown: dict[str, list[str]] = defaultdict(list)
    for symbol, kind, i, en, text in pairs(english, other):
        n_pairs += 1
        en_keys = [m.key for m in find_conferences(en, language="en") if m.key]
        ms = [m for m in find_conferences(text, language=lang) if m.key]
        keys = {m.key for m in ms}
        where = f"{symbol} {kind} {i}"
        for key in en_keys:
            mentions[key] += 1
            if key in keys:
                found[key] += 1
            elif len(shown[key]) < 2 * args.show:
                shown[key].append(f"miss  {where}: {text[:300]}")
        for m in ms:
            if m.key not in en_keys:
                extra[m.key] += 1  # type: ignore[index]
                if len(shown[m.key]) < 2 * args.show:  # type: ignore[index]
                    shown[m.key].append(f"extra {where}: {m.text!r} in {text[:300]}")  # type: ignore[index]

    print(f"GA {args.session}, English and {args.language}: {n_pairs} aligned paragraphs\n")
    print(f"{'row':26} {'en':>5} {'found':>5} {'recall':>7} {'extra':>5}")
    for key in sorted(mentions.keys() | extra.keys(), key=lambda k: (-mentions[k], k)):
        rate = f"{found[key] / mentions[key]:7.1%}" if mentions[key] else " " * 7
        flag = "" if key in named else f"  (no name_{lang})"
        print(f"{key:26} {mentions[key]:5} {found[key]:5} {rate} {extra[key]:5}{flag}")
        for line in shown.get(key, []):
            print(f"    {line}")
    total = sum(mentions[k] for k in named)
    hits = sum(found[k] for k in named)
    extras = sum(extra[k] for k in named)
    print(
        f"\nrows with name_{lang}: recall {hits}/{total} = {hits / max(total, 1):.1%}; "
        f"{extras} {args.language} mentions without an English counterpart"
    )
    rest = sum(mentions[k] for k in mentions.keys() - named)
    print(f"English mentions of rows without name_{lang}: {rest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
