"""Citation evaluation: AKN4UN XML resolutions of the shared corpus in, recall tables out.

The official electronic texts hyperlink many of the symbols they cite
(``<a href="https://undocs.org/fr/A/RES/70/1">70/1</a>``). For every ``<p>`` of every resolution
(body paragraphs and footnote paragraphs, each without the other's text), `find_citations` runs
on the plain text and we measure, per language:

* ``symbol_recall``: the share of hyperlinked UN symbols that a citation of the paragraph carries
  (compared upper-case and without spaces; a link that drops a resolution's part letter,
  ``A/RES/217(III)`` for ``217 A (III)``, counts when the rest agrees; one half of a joint symbol
  counts);
* ``date_recall``: among hyperlinked citations followed right away by a date (``70/1 of 25
  September 2015``, ``du 16 décembre 2020``, ``, de 25 de septiembre de 2015``), or in Chinese
  preceded by one (``2015年9月25日第70/1号``), or in Arabic after "المؤرخ", the share whose
  citation carries that date.

Run ``python -m helpers.evaluate_citations [corpus] [--limit N]``.
"""

from __future__ import annotations

import argparse
import datetime
import re
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import pandas as pd
from lxml import etree

from helpers.build import ZIP_LANGUAGE_NAMES
from helpers.citations import find_citations, normalize_symbol
from helpers.dates import AR_MONTHS, MONTHS
from helpers.paths import SHARED_CORPUS

__all__ = ["LinkCheck", "citation_recall", "iter_link_checks", "link_key", "main"]

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
#: Hyperlinks to UN documents: undocs.org or docs.un.org, any language folder.
_UNDOCS = re.compile(
    r"^https?://(?:www\.)?(?:undocs\.org|docs\.un\.org)/+(?:(?:en|fr|es|sp|ar|ru|zh|ch)/+)?(?P<sym>.+)$",
    re.IGNORECASE,
)
#: A date right after a link (independent of helpers.dates' patterns).
_DATE_AFTER = re.compile(
    r"\s*,?\s*(?:of|du|en\s+date\s+du|de\s+fecha|del|de)\s+(?P<d>\d{1,2})(?:er|º|°)?\s+"
    r"(?:de\s+)?(?P<m>[^\W\d_]+)\s+(?:de(?:l)?\s+)?(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


#: A Chinese date right before a link, which Chinese prints before the number it dates
#: ("2012年11月29日第<a>67/19</a>号决议").
_ZH_DATE_BEFORE = re.compile(r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*第?\s*$")


#: An Arabic date right after a link: "المؤرخ 9 كانون الأول/ديسمبر 2021".
_AR_DATE_AFTER = re.compile(
    r"\s*،?\s*المؤرخ\S*\s+(?P<d>\d{1,2})\s+(?P<m>[^\d]{2,30}?)\s+(?P<y>(?:19|20)\d\d)\b"
)


def _ar_stated(m: re.Match[str]) -> str | None:
    """The date an `_AR_DATE_AFTER` match states, ISO, or ``None``."""
    month = re.sub(r"\s*/\s*", "/", " ".join(m.group("m").split()))
    if month not in AR_MONTHS:
        return None
    try:
        return datetime.date(int(m.group("y")), AR_MONTHS[month], int(m.group("d"))).isoformat()
    except ValueError:
        return None


def link_key(symbol: str) -> str:
    """Return the comparison key of a symbol: canonical, without spaces or a ``(SUPP)`` tail."""
    s = normalize_symbol(unquote(symbol)).replace(" ", "")
    s = re.sub(r"\(SUPP\)$", "", s).strip("/").rstrip(".")
    return s


def _lenient(key: str) -> str:
    """The key without resolution part letters (A/RES/68/247A → A/RES/68/247) or a document
    qualifier (A/CONF.157/24(PARTI) → A/CONF.157/24): links often drop them."""
    key = re.sub(r"^([AE]/RES/\d+)[A-Z]{1,2}(?:-[A-Z])?(\((?:E?S-)?[IVXL]+\))$", r"\1\2", key)
    key = re.sub(r"^((?:A|E)/(?:HRC/)?RES/(?:E?S-)?\d+/\d+)[A-Z]{1,2}(?:-[A-Z])?$", r"\1", key)
    return re.sub(r"\((?:PARTS?|VOL\.|SECT\.|INTRODUCTION)[^()]*\)", "", key)


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if unicodedata.category(c) != "Mn").lower()


_MONTH = {name: num for lang in MONTHS.values() for name, num in lang.items()}


@dataclass(frozen=True)
class LinkCheck:
    """One hyperlinked symbol and what `find_citations` made of its paragraph."""

    language: str
    file: str
    note: bool
    href: str
    key: str
    found: bool
    stated_date: str | None
    found_date: str | None
    text: str


def _paragraph(p: etree._Element) -> tuple[str, list[tuple[int, int, str]]]:
    """Plain text of a ``<p>`` without nested footnotes, and its links as (start, end, href)."""
    parts: list[str] = []
    links: list[tuple[int, int, str]] = []
    size = 0

    def walk(el: etree._Element) -> None:
        nonlocal size
        if el.text:
            parts.append(el.text)
            size += len(el.text)
        for child in el:
            if child.tag == AKN + "authorialNote":
                pass
            else:
                start = size
                walk(child)
                if child.tag == AKN + "a" and child.get("href"):
                    links.append((start, size, child.get("href") or ""))
            if child.tail:
                parts.append(child.tail)
                size += len(child.tail)

    walk(p)
    return "".join(parts), links


def _iter_files(
    corpus: Path, languages: tuple[str, ...], limit: int | None
) -> Iterator[tuple[str, str, str, bytes]]:
    for lang in languages:
        folder = ZIP_LANGUAGE_NAMES[lang]
        zips = sorted((corpus / "unxml-ga").glob(f"ga-*-{folder}.zip"))
        zips += sorted((corpus / "unxml-sc").glob(f"sc-*-{folder}.zip"))
        for zp in zips:
            organ = "General Assembly" if zp.name.startswith("ga-") else "Security Council"
            with zipfile.ZipFile(zp) as z:
                names = [n for n in z.namelist() if n.endswith(".xml")]
                for name in names[:limit] if limit is not None else names:
                    yield lang, organ, f"{zp.name}:{name}", z.read(name)


def iter_link_checks(
    corpus: Path = SHARED_CORPUS,
    languages: tuple[str, ...] = ("en", "fr", "es"),
    limit: int | None = None,
) -> Iterator[LinkCheck]:
    """Yield one `LinkCheck` per hyperlinked UN symbol in the corpus' GA and SC resolutions.

    Args:
        corpus: the shared corpus folder (holding ``unxml-ga`` and ``unxml-sc``).
        languages: the languages to read.
        limit: read at most this many files of each zip (``None``: all).

    Yields:
        The checks, file by file.
    """
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    for lang, organ, fname, data in _iter_files(corpus, languages, limit):
        try:
            root = etree.fromstring(data, parser)
        except etree.XMLSyntaxError:
            continue
        for p in root.iter(AKN + "p"):
            text, links = _paragraph(p)
            links = [(s, e, h) for s, e, h in links if _UNDOCS.match(h.strip())]
            if not links:
                continue
            note = any(a.tag == AKN + "authorialNote" for a in p.iterancestors())
            cites = find_citations(text, language=lang, organ=organ)
            by_key: dict[str, list] = {}
            for c in cites:
                k = link_key(c.symbol)
                # a joint symbol (E/CN.4/2001/2-E/CN.4/SUB.2/2000/46) also answers for its halves
                keys = {k, _lenient(k), *(link_key(x) for x in re.split(r"-(?=[A-Z]+/)", c.symbol))}
                for kk in keys:
                    by_key.setdefault(kk, []).append(c)
            for s, e, href in links:
                sym = _UNDOCS.match(href.strip()).group("sym")  # type: ignore[union-attr]
                key = link_key(sym)
                hits = by_key.get(key) or by_key.get(_lenient(key)) or []
                stated = None
                dm = _DATE_AFTER.match(text, e)
                zm = _ZH_DATE_BEFORE.search(text, max(0, s - 16), s) if lang == "zh" else None
                am = _AR_DATE_AFTER.match(text, e) if lang == "ar" else None
                if am:
                    stated = _ar_stated(am)
                elif zm:
                    try:
                        stated = datetime.date(
                            int(zm.group("y")), int(zm.group("m")), int(zm.group("d"))
                        ).isoformat()
                    except ValueError:
                        stated = None
                elif dm:
                    month = _MONTH.get(_fold(dm.group("m")))
                    if month:
                        try:
                            stated = datetime.date(
                                int(dm.group("y")), month, int(dm.group("d"))
                            ).isoformat()
                        except ValueError:
                            stated = None
                found_date = None
                if hits:
                    dated = [c.date for c in hits if c.date == stated] or [hits[0].date]
                    found_date = dated[0]
                yield LinkCheck(
                    language=lang,
                    file=fname,
                    note=note,
                    href=href,
                    key=key,
                    found=bool(hits),
                    stated_date=stated,
                    found_date=found_date,
                    text=text,
                )


def citation_recall(
    corpus: Path = SHARED_CORPUS,
    languages: tuple[str, ...] = ("en", "fr", "es"),
    limit: int | None = None,
) -> pd.DataFrame:
    """Measure symbol and date recall against the corpus' hyperlinks.

    Args:
        corpus: the shared corpus folder.
        languages: the languages to read.
        limit: read at most this many files of each zip (``None``: all).

    Returns:
        One row per language plus ``all``: ``links``, ``found``, ``symbol_recall``,
        ``dated_links``, ``dated_found``, ``date_recall``.
    """
    checks = pd.DataFrame(
        [
            (c.language, c.found, c.stated_date, c.found_date)
            for c in iter_link_checks(corpus, languages, limit)
        ],
        columns=["language", "found", "stated", "got"],
    )
    rows = []
    for lang, g in [*checks.groupby("language", sort=False), ("all", checks)]:
        dated = g[g["stated"].notna()]
        rows.append(
            {
                "language": lang,
                "links": len(g),
                "found": int(g["found"].sum()),
                "symbol_recall": g["found"].mean() if len(g) else float("nan"),
                "dated_links": len(dated),
                "dated_found": int((dated["stated"] == dated["got"]).sum()),
                "date_recall": (dated["stated"] == dated["got"]).mean()
                if len(dated)
                else float("nan"),
            }
        )
    return pd.DataFrame(rows).set_index("language")


def main(argv: list[str] | None = None) -> int:
    """Print the per-language citation recall table.

    Args:
        argv: command-line arguments (corpus folder, ``--limit``, ``--languages``).

    Returns:
        0 on success, 2 when the corpus is missing.
    """
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=SHARED_CORPUS)
    ap.add_argument("--limit", type=int, default=None, help="files per zip")
    ap.add_argument("--languages", default="en,fr,es")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}")
        return 2
    table = citation_recall(args.corpus, tuple(args.languages.split(",")), args.limit)
    with pd.option_context("display.float_format", "{:.3f}".format):
        print(table.to_string())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
