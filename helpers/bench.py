"""Bench: corpus → throughput, build and evaluation figures of the readers (printed, not tested).

``python -m helpers bench --corpus ../shared/corpus`` prints, each beside its floor:

* the XML reader's throughput (MB/s per core), beside reading the same bytes plus one ``lxml``
  parse; both for the structure pass alone (`helpers.akn.extract`) and for the whole reader
  (`helpers.akn.read_akn`, which runs the lexicon, citation and conference analysis);
* the text parser's throughput on PDF-like text rendered from the corpus, beside one regex pass;
* the wall time and peak memory of a full build of the GA corpus in English, French and
  Spanish, run in a subprocess.

`evaluate_akn` checks the XML reader against an independent count of the markup.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pandas as pd
from lxml import etree

from helpers.akn import AKN_NS, extract, parse_xml, read_akn, safe_parser
from helpers.corpus import SourceInfo, scan
from helpers.errors import ParseError
from helpers.render import render_text

_NS = {"a": AKN_NS}

# ================================================================================================
# Evaluation: the reader against an independent count of the markup
# ================================================================================================
#: Preambular paragraphs: containers of a preamble, and the crossHeadings that budget resolutions
#: mark as preambular.
X_PREAMBLE = etree.XPath(
    "//a:preamble/a:container[not(ancestor::a:attachments)]"
    " | //a:crossHeading[@refersTo='#preamble'][not(ancestor::a:attachments)]",
    namespaces=_NS,
)
#: Operative paragraphs candidates: the outermost paragraphs of every mainBody.
X_PARAGRAPHS = etree.XPath(
    "//a:mainBody//a:paragraph[not(ancestor::a:attachments)][not(ancestor::a:paragraph)]",
    namespaces=_NS,
)
X_NOTE_MARKS = etree.XPath("//a:authorialNote/@marker", namespaces=_NS)
X_LINKS = etree.XPath(
    "//a:a[not(ancestor::a:attachments)][not(ancestor::a:meta)][not(ancestor::a:coverPage)]/@href",
    namespaces=_NS,
)
X_NUM = etree.XPath("string(a:num)", namespaces=_NS)
X_FIRST_P = etree.XPath("(a:content/a:p | a:list/a:intro/a:p)[1]", namespaces=_NS)
X_LANG = etree.XPath("string((//a:FRBRExpression/a:FRBRlanguage)[1]/@language)", namespaces=_NS)

_DIGIT_NUM = re.compile(r"^\s*\d+(?:\.\d+)*\s*[.\-–]?\s*$")
_DIGIT_TEXT = re.compile(r"^\s*\d+\s*[.\-–]")
_BARE_NUMBER = re.compile(r"^\s*\d+\s*[.\-–]?\s*$")
_ODS = re.compile(
    r"(?:undocs\.org|docs\.un\.org)/(?:(?:en|fr|es|sp|ar|ch|zh|ru|de)/)?([^?#]*)(?:\?(.*))?", re.I
)
_ISO = {"eng": "en", "fra": "fr", "spa": "es", "ara": "ar", "zho": "zh", "rus": "ru"}


_INVISIBLE = re.compile(r"[\u200b\u200e\u200f\ufeff]")


def _norm(s: str) -> str:
    s = _INVISIBLE.sub("", s)
    return " ".join(s.split()).strip(" ,;:.-–،؛，；：")


def _sym_key(sym: str) -> str:
    return re.sub(r"\s+", "", unquote(sym)).upper().rstrip("/")


def _first_span_lead(p: etree._Element | None, bold: bool) -> str | None:
    """The text of the span that opens ``p`` when it is italic (Chinese: bold)."""
    head = _INVISIBLE.sub("", p.text or "") if p is not None else ""
    if p is None or (head.strip() and not _BARE_NUMBER.match(head)):
        return None
    text = ""
    for kid in p:  # the italic spans that open p, joined while only spaces separate them
        cls = kid.get("class") or "" if kid.tag == f"{{{AKN_NS}}}span" else ""
        if "italic" not in cls and not (bold and "bold" in cls):
            break
        text += "".join(kid.itertext())
        if (kid.tail or "").strip():
            break
        text += kid.tail or ""
    return _norm(text) or None


def markup_truth(root: etree._Element) -> dict[str, Any]:
    """Count what the markup says, by plain XPath queries (independent of `helpers.akn`).

    * preambular paragraphs: ``preamble/container`` plus preambular ``crossHeading``s, each
      with its lead (the opening italic span, else ``@name``);
    * operative paragraphs: ``mainBody`` paragraphs whose ``num`` is an Arabic numeral, whose
      text opens with one (Arabic files), or that open with an italic lead (unnumbered);
    * footnote marks: every ``authorialNote/@marker``;
    * linked symbols: every ``a/@href`` into the UN's Official Document System.

    Args:
        root: a parsed AKN4UN document.

    Returns:
        ``pp``, ``op`` (counts), ``pp_leads``, ``op_leads`` (lists), ``notes`` (Counter),
        ``links`` (set of symbols without spaces) and ``language``.
    """
    lang = _ISO.get(str(X_LANG(root)), str(X_LANG(root))[:2])
    bold = lang == "zh"
    pp_leads: list[str | None] = []
    for el in X_PREAMBLE(root):
        p = el if el.tag.endswith("crossHeading") else el.find(f"{{{AKN_NS}}}p")
        lead = _first_span_lead(p, bold)
        if lead is None and el.get("name"):
            lead = _norm(el.get("name", "")) or None
        pp_leads.append(lead)
    op_leads: list[str | None] = []
    for para in X_PARAGRAPHS(root):
        num = str(X_NUM(para))
        ps = X_FIRST_P(para)
        p = ps[0] if ps else None
        lead = _first_span_lead(p, bold)
        text = _INVISIBLE.sub("", "".join(p.itertext())) if p is not None else ""
        numbered = _DIGIT_NUM.match(num) or num.strip() == "l."
        unnumbered = not num.strip() and (_DIGIT_TEXT.match(text) or lead is not None)
        if numbered or unnumbered:
            op_leads.append(lead)
    links = set()
    for href in X_LINKS(root):
        m = _ODS.search(href)
        if m:
            final = re.search(r"FinalSymbol=([^&]+)", m.group(2) or "", re.I)
            sym = final.group(1) if final else m.group(1)
            if sym and not sym.lower().startswith("home/"):
                links.add(_sym_key(sym))
    return {
        "language": lang,
        "pp": len(pp_leads),
        "op": len(op_leads),
        "pp_leads": pp_leads,
        "op_leads": op_leads,
        "notes": Counter(str(m).strip() for m in X_NOTE_MARKS(root)),
        "links": links,
    }


def _leads_match(reader: Sequence[str | None], truth: Sequence[str | None]) -> bool:
    if len(reader) != len(truth):
        return False
    for r, t in zip(reader, truth, strict=True):
        if t is None:
            continue
        r2 = _norm(r or "")
        if not (r2 == t or r2.startswith(t)):
            return False
    return True


def compare(data: bytes, source: str) -> dict[str, Any]:
    """Compare the reader's structure with `markup_truth` for one document.

    The reader's structure pass (`helpers.akn.extract`) is compared: `assemble` keeps its
    clauses, leads (``lead_text``), footnotes and linked citations as they are.

    Args:
        data: the XML bytes.
        source: the document's id.

    Returns:
        One row: counts from both sides, one flag per check, and the first difference.
    """
    row: dict[str, Any] = {"source": source}
    try:
        truth = markup_truth(etree.fromstring(data, safe_parser()))
        doc = extract(parse_xml(data, source=source), source=source)
    except (ParseError, etree.XMLSyntaxError) as exc:
        row.update(error=str(exc), ok=False)
        return row
    pp = [d for d in doc.drafts if d.section == "preamble"]
    op = [d for d in doc.drafts if d.section == "operative"]
    # The markup states a paragraph by its number or its lead; unnumbered paragraphs without a
    # lead (continuations, unlabelled items, text of an adopted declaration) are the reader's
    # reading, counted apart.
    numbered = [d for d in op if d.number is not None or d.lead_text is not None]
    notes = Counter(f.mark for f in doc.footnotes)
    links = {_sym_key(c.symbol) for c in doc.links}
    row.update(
        language=doc.language,
        symbol=doc.header.get("symbol"),
        pp_markup=truth["pp"],
        pp_reader=len(pp),
        op_markup=truth["op"],
        op_reader=len(numbered),
        notes_markup=sum(truth["notes"].values()),
        notes_reader=sum(notes.values()),
        links_markup=len(truth["links"]),
        links_reader=len(links),
        op_unmarked=len(op) - len(numbered),
    )
    row["counts_ok"] = truth["pp"] == len(pp) and truth["op"] == len(numbered)
    row["leads_ok"] = _leads_match([d.lead_text for d in pp], truth["pp_leads"]) and (
        _leads_match([d.lead_text for d in numbered], truth["op_leads"])
    )
    row["footnotes_ok"] = notes == truth["notes"]
    row["links_ok"] = links == truth["links"]
    row["ok"] = row["counts_ok"] and row["leads_ok"] and row["footnotes_ok"] and row["links_ok"]
    # A preambular paragraph marked up in mainBody (the reader warns and reads it as preambular)
    # moves one paragraph from OP to PP: the markup's own slip, not a misreading.
    slip = any("marked up as a paragraph of mainBody" in w for w in doc.warnings)
    row["markup_slip"] = slip
    row["ok_or_slip"] = row["ok"] or (
        slip
        and len(pp) + len(numbered) == truth["pp"] + truth["op"]
        and row["footnotes_ok"]
        and row["links_ok"]
    )
    diff = ""
    if not row["counts_ok"]:
        diff = f"PP {len(pp)} vs {truth['pp']}, OP {len(numbered)} vs {truth['op']}"
    elif not row["leads_ok"]:
        pairs = list(
            zip(
                [d.lead_text for d in pp + numbered],
                truth["pp_leads"] + truth["op_leads"],
                strict=False,
            )
        )
        bad = [(r, t) for r, t in pairs if t is not None and not _norm(r or "").startswith(t)]
        diff = f"lead {bad[0][0]!r} vs {bad[0][1]!r}" if bad else "lead"
    elif not row["footnotes_ok"]:
        extra = sorted((notes - truth["notes"]).elements())
        missing = sorted((truth["notes"] - notes).elements())
        diff = f"notes +{extra} -{missing}"
    elif not row["links_ok"]:
        diff = f"links +{sorted(links - truth['links'])[:3]} -{sorted(truth['links'] - links)[:3]}"
    row["diff"] = diff
    return row


def akn_sources(corpus: str | Path) -> list[SourceInfo]:
    """The AKN4UN XML documents of the GA and SC collections under ``corpus``."""
    return [s for s in scan(corpus) if s.id.lower().endswith(".xml") and "unxml" in s.id]


def evaluate_akn(corpus: str | Path, *, limit: int | None = None) -> pd.DataFrame:
    """Check the XML reader against the markup on every GA and SC file, in all six languages.

    For each document, the reader's paragraph counts, leads, footnote marks and linked
    symbols are compared with `markup_truth`. Print the share of matching documents with
    `summarize`.

    Args:
        corpus: the shared corpus folder (``unxml-ga``, ``unxml-sc``).
        limit: at most this many documents per zip (for a quick look).

    Returns:
        One row per document (see `compare`).
    """
    rows = []
    per_zip: Counter[str] = Counter()
    for src in akn_sources(corpus):
        zip_id = src.id.split(".zip/")[0]
        if limit is not None and per_zip[zip_id] >= limit:
            continue
        per_zip[zip_id] += 1
        try:
            data = src.load()
        except ParseError as exc:
            rows.append({"source": src.id, "error": str(exc), "ok": False})
            continue
        row = compare(data, src.id)
        row["collection"] = "sc" if "unxml-sc" in src.id else "ga"
        rows.append(row)
    return pd.DataFrame(rows)


def summarize(df: pd.DataFrame) -> pd.DataFrame:
    """Share of documents where each check holds, per language and overall."""
    checks = ["counts_ok", "leads_ok", "footnotes_ok", "links_ok", "ok", "ok_or_slip"]
    parsed = df[df["error"].isna()] if "error" in df else df
    by = parsed.groupby("language")[checks].mean()
    by.loc["all"] = parsed[checks].mean()
    by["documents"] = parsed.groupby("language").size().reindex(by.index).fillna(len(parsed))
    return by


def cross_language(df: pd.DataFrame) -> float:
    """Share of symbols whose paragraph counts agree in every language they exist in."""
    ok = df.dropna(subset=["symbol"])
    g = ok.groupby("symbol")[["pp_reader", "op_reader"]].nunique()
    multi = ok.groupby("symbol")["language"].nunique() > 1
    g = g[multi]
    return float(((g["pp_reader"] == 1) & (g["op_reader"] == 1)).mean()) if len(g) else float("nan")


# ================================================================================================
# Throughput
# ================================================================================================
def _timed(fn: Callable[[], Any]) -> float:
    """CPU seconds of ``fn()`` in this process: a figure per core, steadier on a busy machine."""
    t = time.process_time()
    fn()
    return time.process_time() - t


def _in_fresh_process(fn: Callable[..., tuple[float, float]], *args: Any) -> tuple[float, float]:
    """Run ``fn(*args)`` in a new interpreter (``spawn``), which has read nothing yet.

    The readers keep bounded memos (lead phrases, linked symbols, sponsor lists) that a long run
    fills with what documents repeat. A figure taken in a process that has already read the
    timed documents would count their second reading.
    """
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        return pool.submit(fn, *args).result()


def _best_of_fresh(
    repeat: int, fn: Callable[..., tuple[float, float]], *args: Any
) -> tuple[float, float]:
    """The best of each figure of ``fn(*args)`` over ``repeat`` fresh processes (busy machine)."""
    runs = [_in_fresh_process(fn, *args) for _ in range(repeat)]
    return max(r for r, _ in runs), max(f for _, f in runs)


def xml_throughput(
    sources: Sequence[SourceInfo],
    warm: Sequence[SourceInfo],
    *,
    full: bool = False,
    repeat: int = 3,
) -> tuple[float, float]:
    """MB/s of the XML reader and of its floor, on one core, each the best of fresh processes.

    Both loops read each document's bytes from its zip; the floor then makes one ``lxml``
    parse, the reader runs `extract` (the structure pass) or, with ``full``, `read_akn`. In a
    fresh process, the reader first warms up on ``warm`` (other documents: lexicons loaded,
    patterns compiled), then reads every document of ``sources`` once: its first reading, as
    in a build.

    Args:
        sources: the XML documents timed.
        warm: other documents, read before the timing.
        full: time `read_akn` (with the lexicon, citation and conference analysis).
        repeat: fresh processes; the fastest of each figure counts (the machine may be busy).

    Returns:
        ``(reader MB/s, floor MB/s)``, over the documents' uncompressed size.
    """
    return _best_of_fresh(repeat, _xml_throughput, list(sources), list(warm), full)


def _xml_throughput(
    sources: list[SourceInfo], warm: list[SourceInfo], full: bool
) -> tuple[float, float]:
    mb = sum(s.size for s in sources) / 1e6
    parser = safe_parser()

    def floor() -> None:
        for s in sources:
            with contextlib.suppress(etree.XMLSyntaxError):
                etree.fromstring(s.load(), parser)

    def reader(docs: list[SourceInfo]) -> None:
        for s in docs:
            with contextlib.suppress(ParseError):
                if full:
                    read_akn(s.load(), source=s.id)
                else:
                    extract(parse_xml(s.load(), source=s.id), source=s.id)

    reader(warm)
    return mb / _timed(lambda: reader(sources)), mb / _timed(floor)


def text_throughput(
    texts: Sequence[tuple[str, str]], warm: Sequence[tuple[str, str]], repeat: int = 3
) -> tuple[float, float]:
    """MB/s of the text parser and of one regex pass over the same text.

    As in `xml_throughput`: in each of ``repeat`` fresh processes the parser warms up on
    ``warm``, then parses every text of ``texts`` once; the best of each figure counts.

    Args:
        texts: ``(name, text)`` pairs timed.
        warm: other ``(name, text)`` pairs, parsed before the timing.
        repeat: fresh processes.

    Returns:
        ``(parser MB/s, floor MB/s)`` (UTF-8 bytes of the texts).
    """
    return _best_of_fresh(repeat, _text_throughput, list(texts), list(warm))


def _text_throughput(
    texts: list[tuple[str, str]], warm: list[tuple[str, str]]
) -> tuple[float, float]:
    from helpers.parse import parse_text

    mb = sum(len(t.encode("utf-8")) for _, t in texts) / 1e6
    pattern = re.compile(r"^\s*(\d+)\.\s", re.M)

    def floor() -> None:
        for _, t in texts:
            for _m in pattern.finditer(t):
                pass

    def parser(pairs: list[tuple[str, str]]) -> None:
        for name, t in pairs:
            with contextlib.suppress(ParseError):
                parse_text(t, source=name)

    parser(warm)
    return mb / _timed(lambda: parser(texts)), mb / _timed(floor)


def _sample(sources: Iterable[SourceInfo], n_per_zip: int) -> list[SourceInfo]:
    """The first ``n_per_zip`` documents of every zip."""
    out: list[SourceInfo] = []
    seen: Counter[str] = Counter()
    for s in sources:
        z = s.id.split(".zip/")[0]
        if seen[z] < n_per_zip:
            seen[z] += 1
            out.append(s)
    return out


def _rendered(sources: Iterable[SourceInfo]) -> list[tuple[str, str]]:
    """PDF-like text of each readable document: ``(id, text)`` (`helpers.render.render_text`)."""
    texts = []
    for s in sources:
        with contextlib.suppress(ParseError):
            texts.append((s.id, render_text(read_akn(s.load(), source=s.id))))
    return texts


def build_benchmark(corpus: Path, languages: str = "en,fr,es") -> dict[str, Any]:
    """Run a full build of ``corpus`` in a subprocess and measure its wall time and memory.

    Returns:
        ``wall_s``, the build's own report (documents, failures, peak memory of the main
        process and of the largest worker), and the exit code.
    """
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        report = Path(tmp) / "report.json"
        cmd = [
            sys.executable,
            "-m",
            "helpers",
            "build",
            "--corpus",
            str(corpus),
            "--out",
            str(out),
            "--languages",
            languages,
        ]
        env = {**os.environ, "UNRES_BUILD_REPORT": str(report), "TQDM_DISABLE": "1"}
        t = time.perf_counter()
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
        wall = time.perf_counter() - t
        info: dict[str, Any] = {"wall_s": wall, "returncode": proc.returncode}
        if report.is_file():
            info.update(json.loads(report.read_text()))
        if proc.returncode not in (0, 1):
            info["stderr"] = proc.stderr[-2000:]
        return info


FLOOR = "floor (read + lxml parse)"


def main(corpus: str | Path, *, sample_per_zip: int = 40, build: bool = True) -> int:
    """Print the benchmark figures (throughputs beside their floors, build time and memory).

    Args:
        corpus: the shared corpus folder.
        sample_per_zip: documents per zip for the throughput figures.
        build: also time a full build of the GA corpus in EN, FR and ES.

    Returns:
        0.
    """
    corpus = Path(corpus)
    sources = akn_sources(corpus)
    if not sources:
        print(f"no AKN4UN corpus under {corpus}")
        return 0
    docs = _sample(sources, sample_per_zip)
    taken = {s.id for s in docs}
    warm = [s for s in _sample(sources, sample_per_zip + 2) if s.id not in taken]
    mb = sum(s.size for s in docs) / 1e6
    print(
        f"XML sample: {len(docs)} documents, {mb:.1f} MB, all six languages (one core; "
        f"each document read once, after warming up on {len(warm)} others)"
    )
    r, f = xml_throughput(docs, warm)
    print(f"  XML structure pass (akn.extract): {r:6.1f} MB/s   {FLOOR}: {f:6.1f} MB/s")
    small = docs[:: max(1, len(docs) // 120)]  # the full reader is slower: a spread sample
    r, f = xml_throughput(small, warm, full=True)
    print(f"  XML reader, full (akn.read_akn):  {r:6.2f} MB/s   {FLOOR}: {f:6.1f} MB/s")
    r, f = text_throughput(_rendered(small), _rendered(warm))
    print(
        f"  text parser (parse_text):         {r:6.2f} MB/s   floor (one regex pass): {f:6.1f} MB/s"
    )
    if build:
        ga = corpus / "unxml-ga" if (corpus / "unxml-ga").is_dir() else corpus
        info = build_benchmark(ga)
        print(
            f"build of {ga} (en, fr, es): {info['wall_s']:.1f} s wall, "
            f"{info.get('documents', '?')} documents, {info.get('failures', '?')} failures, "
            f"peak RSS main {info.get('peak_rss_main_mb', '?')} MB, "
            f"largest worker {info.get('peak_rss_worker_mb', '?')} MB, "
            f"workers {info.get('workers', '?')}"
        )
        if "stderr" in info:
            print(info["stderr"])
    return 0


def cli(args: argparse.Namespace) -> int:
    """``python -m helpers bench --corpus PATH``."""
    return main(args.corpus)
