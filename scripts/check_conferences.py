"""Check conferences.csv against the corpus: AKN4UN zips → agreements and disagreements of dates.

For every paragraph and footnote of the General Assembly and Security Council zips in
``../shared/corpus`` (or ``UNRES_CORPUS``), in English, French, Spanish, and in Russian, Chinese
and Arabic (GA session 77 only), run `helpers.conferences.find_conferences` and keep the mentions
whose place and dates the sentence itself states (``date_source="text"``). For each row of the
table, count the sentences whose dates agree with the table and list those that disagree. It also
reports, per language, which rows that have a name in it are never matched (a sign of a wrong
French, Spanish, Russian, Chinese or Arabic name) and the most frequent dated conferences the table
lacks.

Usage::

    python scripts/check_conferences.py                # all zips
    python scripts/check_conferences.py --sessions 76  # GA session 76 only, no SC
    python scripts/check_conferences.py --sources      # also print a source fragment per row

Exit status 1 if any row has a disagreement that no agreeing sentence outweighs.
"""

from __future__ import annotations

import argparse
import re
import sys
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from helpers.build import ZIP_LANGUAGE_NAMES
from helpers.conferences import LANGUAGES, find_conferences, load_conferences
from helpers.paths import corpus_path

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
LANG_OF_ZIP = {ZIP_LANGUAGE_NAMES[lang]: lang for lang in LANGUAGES}
#: A paragraph worth reading: it names a year.
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: The same in Chinese, which prints a year next to "年" (year) with no space: "1995年".
_YEAR_ZH = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _symbol(member: str) -> str:
    """``French/A_RES_76_159-2119201F.xml`` → ``A_RES_76_159``; ``Spanish/74_1_S.xml`` →
    ``A_RES_74_1``."""
    name = Path(member).stem.split("-")[0]
    if re.fullmatch(r"\d+_\d+(?:_[A-Z])?(?:_[EFS])?", name):
        name = "A_RES_" + re.sub(r"_[EFS]$", "", name)
    return name.strip()


def _texts(xml: bytes) -> Iterator[tuple[str, str]]:
    """Yield ("p" | "note", text) for the paragraphs (notes removed) and the footnotes."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(xml, parser)
    for note in root.iter(AKN + "authorialNote"):
        yield "note", " ".join("".join(note.itertext()).split())
    for p in root.iter(AKN + "p"):
        if any(a.tag == AKN + "authorialNote" for a in p.iterancestors()):
            continue
        parts: list[str] = [p.text or ""]
        for child in p:
            parts.append("" if child.tag == AKN + "authorialNote" else "".join(child.itertext()))
            parts.append(child.tail or "")
        yield "p", " ".join("".join(parts).split())


def _scan_zip(path: str) -> list[tuple[str, str, str, str, str | None, str | None, str, bool]]:
    """Return (key, symbol, lang, kind, start, end, text, known) for each text-dated mention."""
    lang = LANG_OF_ZIP.get(Path(path).stem.split("-")[-1])
    year = _YEAR_ZH if lang == "zh" else _YEAR
    out = []
    with zipfile.ZipFile(path) as z:
        for member in z.namelist():
            if not member.endswith(".xml"):
                continue
            try:
                texts = list(_texts(z.read(member)))
            except etree.XMLSyntaxError:
                continue
            for kind, text in texts:
                if not year.search(text):
                    continue
                for m in find_conferences(text, language=lang):
                    if m.date_source == "text" or m.known:
                        out.append(
                            (
                                m.key or m.name,
                                _symbol(member),
                                lang or "",
                                kind,
                                m.start if m.date_source == "text" else None,
                                m.end if m.date_source == "text" else None,
                                m.text,
                                m.known,
                            )
                        )
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the check and print the report.

    Args:
        argv: command-line arguments (default ``sys.argv[1:]``).

    Returns:
        The exit status.
    """
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sessions", nargs="*", help="GA sessions to read (default: all, and SC)")
    ap.add_argument("--sources", action="store_true", help="print a source fragment per row")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)

    root = corpus_path()
    if root is None:
        print("no corpus: set UNRES_CORPUS or put the corpus in ../shared/corpus")
        return 0
    zips = sorted(str(p) for p in root.glob("**/*.zip") if p.stem.split("-")[-1] in LANG_OF_ZIP)
    if args.sessions:
        zips = [z for z in zips if any(f"ga-{s}-" in z for s in args.sessions)]
    with ProcessPoolExecutor(max_workers=args.workers) as ex:
        rows = [r for part in ex.map(_scan_zip, zips) for r in part]

    table = load_conferences()
    seen: dict[str, set[str]] = defaultdict(set)
    agree: Counter[str] = Counter()
    disagree: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    sample: dict[str, tuple[str, str, str]] = {}
    unknown: Counter[tuple[str, str | None, str | None]] = Counter()
    by_key = {r.key: r for r in table.itertuples()}
    for key, symbol, lang, _kind, start, end, text, known in rows:
        if not known:
            unknown[(key, start, end)] += 1
            continue
        seen[key].add(lang)
        if start is None:
            continue
        ref = by_key[key]
        # A multi-part event (two phases, two sessions) agrees when the text gives one part.
        if (start, end) == (ref.start, ref.end) or (
            ref.start <= start <= (end or start) <= ref.end and ";" in ref.place
        ):
            agree[key] += 1
            if key not in sample or (lang == "fr" and sample[key][1] != "fr"):
                sample[key] = (symbol, lang, text)
        else:
            disagree[key][(start, end or "")] += 1
            sample.setdefault(f"!{key}", (symbol, lang, text))

    checked = 0
    bad = 0
    print(f"{len(table)} rows; {len(rows)} mentions read in {len(zips)} zips\n")
    for r in table.itertuples():
        n_ok = agree[r.key]
        dis = disagree.get(r.key, Counter())
        checked += n_ok > 0
        status = "ok " if n_ok and sum(dis.values()) <= n_ok else ("?? " if not dis else "XX ")
        if status == "XX ":
            bad += 1
        langs = ",".join(sorted(seen[r.key])) or "-"
        print(f"{status}{r.key:24} {r.start}..{r.end}  agree {n_ok:4}  langs {langs}")
        for (s, e), c in dis.most_common(3):
            sym, lang, text = sample.get(f"!{r.key}", ("", "", ""))
            print(f"      disagree {s}..{e} x{c}  e.g. {sym} {lang}: {text[:140]!r}")
        if args.sources and r.key in sample:
            sym, lang, text = sample[r.key]
            print(f'      source: {sym} {lang}: "{text}"')
    print(
        f"\n{checked} of {len(table)} rows have a date confirmed by a corpus sentence; {bad} rows"
    )
    print("have more disagreeing than agreeing sentences.")
    missing = {
        lang: [
            r.key
            for r in table.itertuples()
            if getattr(r, f"name_{lang}") and lang not in seen[r.key]
        ]
        for lang in LANG_OF_ZIP.values()
    }
    for lang, keys in missing.items():
        print(f"never matched in {lang}: {', '.join(keys) or '-'}")
    print("\nmost frequent dated conferences not in the table:")
    for (name, s, e), c in unknown.most_common(25):
        print(f"  x{c:3} {s}..{e} {name[:110]}")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
