"""Evaluate: the shared corpus → accuracy tables of the text parser (``make evaluate``).

Round trip: every AKN4UN resolution is read from its markup (the truth), rendered into PDF-like
text (`helpers.render`), parsed by the text parser, and compared with the truth: paragraph
counts per section, the first word of every lead phrase, each paragraph's whole text, footnotes
(mark and text, and the paragraph that holds the note's first marker) and the masthead's
fields. With ``drafts=True`` each General Assembly resolution sponsored by States (or, in
English, by an officer) is printed as the draft it came from (`helpers.render.as_draft`) and its
sponsors are scored too.
Citation recall against the hyperlinks of the official text comes from
`helpers.evaluate_citations`. The hand-corrected Security Council texts (cr-unsc), which have
no markup, are scored against their own printed numbering; `tests/data/cr_unsc_truth.csv` holds
the counts of every 11th of them (organ line, preambular and operative paragraphs), read by hand.

The truth is what a reader of the printed text counts. Two things the markup holds are not
operative paragraphs there, and the round trip says how often it set them aside:

* presidential statements (``S/PRST/…``) are not resolutions: the markup files their
  paragraphs as operative, but they have no preamble, no organ line and no operative part, and
  the markup holds a statement's first quoted paragraph in its introduction, so they are not
  scored on paragraph counts (``kind`` says which documents those are; both readers read them,
  see ``helpers.segment``);
* after the numbered operative paragraphs of a part have begun, an unnumbered "paragraph" of
  the markup is a heading (``Reporting:``) or a sub-item of the paragraph before, and a
  divider (``*``) is never a paragraph: they are not counted (``op_markup`` keeps the
  markup's own count).
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path

import pandas as pd

from helpers.build import ZIP_LANGUAGE_NAMES
from helpers.errors import ParseError
from helpers.evaluate_citations import citation_recall
from helpers.lexicon import HAN
from helpers.models import Clause, Resolution
from helpers.normalize import WIDE
from helpers.parse import parse_text
from helpers.render import as_draft, render_text

#: The languages of the round trip: the corpus has Russian for General Assembly session 77 only.
LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")
#: The language code of each language name in the corpus's zip names ("ga-77-Russian.zip").
_ZIP_LANG = {name: code for code, name in ZIP_LANGUAGE_NAMES.items()}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
#: Symbols of texts that are not resolutions: presidential statements of the Security Council.
_NOT_RESOLUTION = re.compile(r"^S/PRST/")
#: A paragraph number printed inside the text (the markup missed it): ``’ 19. Se déclare``, or
#: ``16, Invite`` where the text prints a comma for the full stop.
_NUMBER_IN_TEXT = re.compile(
    r"^\W{0,2}\d{1,3}"  # the number, after at most two stray marks
    r"(?:\s?\.\s"  # its full stop
    r"|,\s+[A-ZÀ-ÖØ-Þ])"  # or a comma printed for it, then the verb's capital
)


def document_kind(res: Resolution) -> str:
    """``resolution``, or ``presidential statement`` (not scored on paragraph counts)."""
    return "presidential statement" if _NOT_RESOLUTION.match(res.symbol or "") else "resolution"


def _number(c: Clause) -> int | None:
    """The printed number of a clause, as an integer, if it has one."""
    raw = c.number or ""
    return int(raw.rstrip(".")) if raw.rstrip(".").isdigit() else None


def operative_count(res: Resolution) -> int:
    """The operative paragraphs of the printed text, from a resolution read from markup.

    Part by part: once the numbered paragraphs have begun, an unnumbered one is a heading
    (``Reporting:``) or a sub-item of the paragraph before, unless its text opens with a number
    the markup did not take. The unnumbered paragraph before the first number is a paragraph
    (``Adopts the following declaration:``). A divider (``*``, no letter) is never one, nor is
    a numbered paragraph quoted inside another (``14. Decides to approve the following
    amendment: … 4. In hearing …``, then ``15.``): its number breaks the sequence that the
    next paragraph resumes.
    """
    ops = [c for c in res.operative if _WORD.search(c.text)]
    count = 0
    numbered_seen: set[str | None] = set()
    last: dict[str | None, int] = {}  # the last number counted, by part
    for k, c in enumerate(ops):
        if c.number is None and not _NUMBER_IN_TEXT.match(c.text):
            count += c.part not in numbered_seen
            continue
        numbered_seen.add(c.part)
        n, prev = _number(c), last.get(c.part)
        following = next((_number(d) for d in ops[k + 1 :] if d.number is not None), None)
        if n is not None and prev is not None and n != prev + 1 and following == prev + 1:
            continue  # quoted inside the paragraph before
        if n is not None:
            last[c.part] = n
        count += 1
    return count


def _first_word(text: str) -> str:
    m = _WORD.search(text or "")
    return m.group(0).lower() if m else ""


def _same_lead(truth: str, parsed: str) -> bool:
    """Whether a parsed lead has the markup's first word. Chinese prints no space between words:
    there one lead must begin the other ("重申" / "重申承诺", "认识到" / "认识到COVID"), the
    shorter one being the first word they share."""
    a, b = _first_word(truth), _first_word(parsed)
    if a and _HAN.match(a):
        return bool(b) and (a.startswith(b) or b.startswith(a))
    return a == b


#: A Chinese character.
_HAN = re.compile(f"[{HAN}]")
#: White space beside a Chinese character or full-width mark: Chinese prints none between
#: words, and the markup's stray spaces there ("《公约》 秘书处") are not in the print.
_WIDE_SPACE = re.compile(rf"\s+(?=[{WIDE}])|(?<=[{WIDE}])\s+")


def _norm(text: str) -> str:
    """A text as scored: white space folded (and dropped beside Chinese), lower case, in one
    Unicode form (an Arabic letter's marks in canonical order: the parser normalizes to NFC)."""
    text = re.sub(r"\s+", " ", text or "").strip().lower()
    if text.isascii():
        return text
    return _WIDE_SPACE.sub("", unicodedata.normalize("NFC", text))


def compare(truth: Resolution, parsed: Resolution) -> dict[str, object]:
    """Score a parse against the truth.

    Paragraphs are aligned section by section on their opening words (so one missed boundary
    costs one paragraph, not every paragraph after it).

    Args:
        truth: the resolution read from markup.
        parsed: the text parser's reading of the rendered text.

    Returns:
        Counts for one document.
    """
    row: dict[str, object] = {
        "kind": document_kind(truth),
        "pp_truth": len(truth.preamble),
        "pp_parsed": len(parsed.preamble),
        "op_truth": operative_count(truth),
        "op_markup": len(truth.operative),
        "op_parsed": len(parsed.operative),
    }
    leads_ok = leads_total = 0
    for section in ("preamble", "operative"):
        t = [c for c in truth.clauses if c.section == section]
        p = [c for c in parsed.clauses if c.section == section]
        keys_t = [_norm(c.text)[:40] for c in t]
        keys_p = [_norm(c.text)[:40] for c in p]
        sm = difflib.SequenceMatcher(a=keys_t, b=keys_p, autojunk=False)
        pairs = {
            i: j
            for a, b, n in sm.get_matching_blocks()
            for i, j in zip(range(a, a + n), range(b, b + n), strict=True)
        }
        for i, c in enumerate(t):
            leads_total += 1
            j = pairs.get(i)
            if j is not None and _same_lead(c.lead.text or c.text, p[j].lead.text):
                leads_ok += 1
    row["leads_total"] = leads_total
    row["leads_ok"] = leads_ok
    # A paragraph's whole text: its words rejoined, its markers taken out and nothing else.
    parsed_texts = {_norm(c.text) for c in parsed.clauses}
    row["text_total"] = len(truth.clauses)
    row["text_ok"] = sum(_norm(c.text) in parsed_texts for c in truth.clauses)
    truth_notes = {(f.mark, _norm(f.text)) for f in truth.footnotes}
    parsed_notes = {(f.mark, _norm(f.text)) for f in parsed.footnotes}
    row["notes_truth"] = len(truth_notes)
    row["notes_ok"] = len(truth_notes & parsed_notes)
    # A note's place: the paragraph that holds its (first) marker, known by its opening words.
    places = _note_places(truth)
    row["notes_in_paragraphs"] = len(places)
    row["notes_placed"] = len(places & _note_places(parsed))
    row["unassigned"] = int(parsed.accounting.get("unassigned", 0))
    row["chars"] = int(parsed.accounting.get("total", 0))
    row.update(header_scores(truth, parsed))
    return row


#: The header fields scored, each compared after folding case and white space.
HEADER_FIELDS = ("symbol", "title", "session", "date", "meeting", "agenda_item")


#: The fields a draft adds: its sponsors (in order) and on whose behalf the first one acts.
DRAFT_FIELDS = ("sponsors", "on_behalf_of")


def _note_places(res: Resolution) -> set[tuple[str, str]]:
    """Each note's mark with the opening words of the paragraph it is attached to."""
    opening = {c.id: _norm(c.text)[:40] for c in res.clauses}
    return {(f.mark, opening[f.clause]) for f in res.footnotes if f.clause in opening}


def header_scores(truth: Resolution, parsed: Resolution) -> dict[str, object]:
    """Whether each header field of the parse equals the markup's (``None`` where the markup
    has no value: a Security Council resolution has no title, session or agenda item).
    """
    out: dict[str, object] = {}
    for name in HEADER_FIELDS:
        want, got = getattr(truth, name), getattr(parsed, name)
        out[f"{name}_ok"] = None if want is None else _norm(str(want)) == _norm(str(got or ""))
    return out


def draft_scores(truth: Resolution, parsed: Resolution) -> dict[str, object]:
    """Whether the parse of a draft names its sponsors, in order, and the group the first acts
    for (``None`` where the draft names no group).
    """
    names = [_norm(n) for n in truth.sponsors]
    return {
        "sponsors_ok": names == [_norm(n) for n in parsed.sponsors],
        "on_behalf_of_ok": None
        if truth.on_behalf_of is None
        else _norm(truth.on_behalf_of) == _norm(parsed.on_behalf_of or ""),
    }


def _roundtrip(item: tuple[str, bytes], drafts: bool = False) -> dict[str, object]:
    from helpers.akn import read_akn

    name, data = item
    row: dict[str, object] = {"source": name}
    try:
        truth = read_akn(data, source=name)
    except ParseError as exc:
        row["error"] = f"truth: {exc}"
        return row
    row["language"] = truth.language
    row["symbol"] = truth.symbol
    draft = as_draft(truth) if drafts else None
    if drafts and draft is None:
        row["error"] = "no draft: not sponsored by States, nor by an officer (in English)"
        return row
    if draft:
        # The truth of a draft: its own symbol and sponsors; its date of issue is not known.
        truth = dataclasses.replace(
            truth,
            symbol=draft.symbol,
            date=None,
            sponsors=draft.sponsors,
            on_behalf_of=draft.on_behalf_of,
        )
    text = render_text(truth, draft=draft)
    if draft:
        truth = dataclasses.replace(truth, meeting=None)  # a draft names no meeting to score
    try:
        parsed = parse_text(text, language=truth.language, source=name)
    except ParseError as exc:
        row["error"] = f"parse: {exc}"
        return row
    row.update(compare(truth, parsed))
    if draft:
        row.update(draft_scores(truth, parsed))
    return row


def _sources(
    corpus: Path,
    languages: Sequence[str],
    limit: int | None,
    folders: Sequence[str] = ("unxml-ga", "unxml-sc"),
) -> Iterable[tuple[str, bytes]]:
    import zipfile

    for folder in folders:
        for zpath in sorted((corpus / folder).glob("*.zip")):
            lang = _ZIP_LANG.get(zpath.stem.split("-")[-1])
            if lang not in languages:
                continue
            with zipfile.ZipFile(zpath) as zf:
                names = sorted(n for n in zf.namelist() if n.lower().endswith(".xml"))
                if limit:
                    names = names[:: max(1, len(names) // limit)][:limit]
                for n in names:
                    yield f"{zpath.name}:{n}", zf.read(n)


def roundtrip(
    corpus: Path,
    languages: Sequence[str] = LANGUAGES,
    limit: int | None = None,
    workers: int = 2,
    drafts: bool = False,
) -> pd.DataFrame:
    """Run the round trip on the AKN4UN zips of a corpus.

    Args:
        corpus: the corpus folder (with ``unxml-ga`` and ``unxml-sc``).
        languages: which languages to read.
        limit: at most this many documents per zip (evenly spaced), or all.
        workers: processes.
        drafts: print each General Assembly resolution as the draft it came from (its draft
            symbol, sponsors and title; see `helpers.render.as_draft`) and score the sponsors
            too; the resolutions that have no such draft get an ``error`` saying so.

    Returns:
        One row per document (see `compare`, and `draft_scores` for drafts).
    """
    folders = ("unxml-ga",) if drafts else ("unxml-ga", "unxml-sc")
    run = partial(_roundtrip, drafts=drafts)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        items = _sources(corpus, languages, limit, folders)
        rows = list(pool.map(run, items, chunksize=8))
    return pd.DataFrame(rows)


def summarize(rows: pd.DataFrame) -> pd.DataFrame:
    """Per-language figures: exact paragraph counts, lead accuracy, paragraph texts read exactly
    (after case and white space are folded), footnote accuracy.

    Paragraph counts are over resolutions only (see `document_kind`).
    """
    ok = rows[rows.get("error").isna()] if "error" in rows else rows
    out = []
    for lang, g in ok.groupby("language", sort=True):
        res = g[g["kind"] == "resolution"] if "kind" in g else g
        out.append(
            {
                "language": lang,
                "documents": len(g),
                "resolutions": len(res),
                "preamble count exact": (res["pp_truth"] == res["pp_parsed"]).mean(),
                "operative count exact": (res["op_truth"] == res["op_parsed"]).mean(),
                "lead first word": g["leads_ok"].sum() / max(g["leads_total"].sum(), 1),
                "paragraph text exact": g["text_ok"].sum() / max(g["text_total"].sum(), 1),
                "footnotes (mark+text)": g["notes_ok"].sum() / max(g["notes_truth"].sum(), 1),
                "footnotes in their paragraph": g["notes_placed"].sum()
                / max(g["notes_in_paragraphs"].sum(), 1),
                "unassigned chars": g["unassigned"].sum() / max(g["chars"].sum(), 1),
                **{
                    f"{name} right": g[f"{name}_ok"].dropna().astype(bool).mean()
                    for name in (*HEADER_FIELDS, *DRAFT_FIELDS)
                    if f"{name}_ok" in g
                },
            }
        )
    return pd.DataFrame(out)


#: A paragraph number that opens a line: ``12.`` then the text (a verb, or the ``(a)`` of a
#: first sub-item, or a word a scan lower-cased), or ``12,`` then a capital, where a scan read
#: the full stop as a comma (``4, Requests``).
_SC_NUMBER = re.compile(
    r"^\s*(\d{1,3})"  # the number, at the start of a line
    r"(?:\.\s+\S"  # its full stop, then the text
    r"|,\s+[A-Z])",  # or a comma for the full stop, then a capital
    re.M,
)


def printed_numbering(text: str) -> int:
    """The printed numbering of a text: the largest paragraph number reached in sequence.

    Only the number after the last one counted is taken (``1.`` ``2.`` ``3.``), so a footnote
    or a date that opens a line with another number is not counted.
    """
    expected = 0
    for m in _SC_NUMBER.finditer(text):
        if int(m.group(1)) == expected + 1:
            expected += 1
    return expected


def council_symbol(name: str) -> str:
    """The symbol of a cr-unsc text, from its file name: ``S_RES_0678_1990_EN_GOLD.txt`` is
    S/RES/678 (1990)."""
    _, _, number, year = name.split("_")[:4]
    return f"S/RES/{int(number)} ({year})"


def cr_unsc(corpus: Path, limit: int | None = None) -> pd.DataFrame:
    """Parse the hand-corrected Security Council texts and score operative counts.

    The truth is the printed numbering (`printed_numbering`), and for the symbol and the year of
    adoption the file's name (`council_symbol`).
    """
    rows = []
    files = sorted((corpus / "cr-unsc").glob("*.txt"))
    if limit:
        files = files[:: max(1, len(files) // limit)][:limit]
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        expected = printed_numbering(text)
        row: dict[str, object] = {"source": path.name, "op_numbered": expected}
        try:
            res = parse_text(text, language="en", source=str(path))
        except ParseError as exc:
            row["error"] = str(exc)
            rows.append(row)
            continue
        row.update(
            {
                "organ": res.organ_text is not None,
                "symbol_ok": res.symbol == council_symbol(path.name),
                "year_ok": (res.date or "")[:4] == path.name.split("_")[3],
                "op_parsed_numbered": sum(c.number is not None for c in res.operative),
                "pp_parsed": len(res.preamble),
                "closing": res.closing is not None,
                "unassigned": res.accounting.get("unassigned", 0),
                "chars": res.accounting.get("total", 0),
            }
        )
        rows.append(row)
    return pd.DataFrame(rows)


def misses(rows: pd.DataFrame) -> pd.DataFrame:
    """The resolutions whose operative paragraph count is wrong, with the markup's own count."""
    ok = rows[rows.get("error").isna()] if "error" in rows else rows
    if "kind" in ok:
        ok = ok[ok["kind"] == "resolution"]
    bad = ok[ok["op_truth"] != ok["op_parsed"]]
    cols = ["language", "symbol", "pp_truth", "pp_parsed", "op_truth", "op_markup", "op_parsed"]
    return bad[[c for c in cols if c in bad]]


def cli(args: argparse.Namespace) -> int:
    """``python -m helpers evaluate``: print the figures."""
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"no corpus at {corpus}: nothing to evaluate", file=sys.stderr)
        return 1
    pd.set_option("display.width", 160)
    print("Round trip AKN4UN → PDF-like text → text parser (GA 74-79, SC 2020-2024; ru: GA 77)")
    rows = roundtrip(corpus, limit=args.limit)
    errors = rows[rows["error"].notna()] if "error" in rows else rows.iloc[0:0]
    print(summarize(rows).to_string(index=False, float_format=lambda v: f"{v:.1%}"))
    wrong = misses(rows)
    if len(wrong):
        print(f"operative count wrong in {len(wrong)} resolutions:")
        print(wrong.to_string(index=False))
    if len(errors):
        print(f"{len(errors)} documents failed:")
        print(errors[["source", "error"]].head(20).to_string(index=False))
    print()
    print("The same General Assembly resolutions printed as their drafts (sponsors, draft symbol)")
    drafts = roundtrip(corpus, limit=args.limit, drafts=True)
    made = drafts[drafts["error"].isna()] if "error" in drafts else drafts
    print(f"  {len(made)} of {len(drafts)} resolutions have a draft (States or officers)")
    table = summarize(made).dropna(axis=1, how="all")  # a draft's date of issue is not known
    print(table.to_string(index=False, float_format=lambda v: f"{v:.1%}"))
    print()
    print("Security Council 1946-1979 (cr-unsc), numbered operative paragraphs found")
    sc = cr_unsc(corpus, limit=args.limit)
    good = sc[sc.get("error").isna()] if "error" in sc else sc
    exact = (good["op_numbered"] == good["op_parsed_numbered"]).mean()
    unassigned = good["unassigned"].sum() / max(good["chars"].sum(), 1)
    print(
        f"  documents: {len(sc)}; organ line found: {good['organ'].mean():.1%}; "
        f"numbered operative count exact: {exact:.1%}; unassigned chars: {unassigned:.2%}"
    )
    print(
        f"  symbol right: {good['symbol_ok'].mean():.1%}; "
        f"adoption date in the right year: {good['year_ok'].mean():.1%}"
    )
    print()
    print("Citation recall against the hyperlinks of the official texts")
    print(citation_recall(corpus, limit=args.limit).to_string(index=False))
    return 0
