"""Print corpus resolutions to PDF with Chromium, read each PDF back, and compare with the markup.

The corpus holds two UN PDFs, both in English. To check the PDF reader in the other languages,
this script writes each sampled resolution of an AKN4UN zip as a page of HTML in the UN's layout:
the masthead, the title, the organ line, paragraphs with a first-line indent, the number before
each operative one ("1." or, in Arabic, "1 -"), the notes' marks raised, and the notes under a rule
at the end. Chromium prints it to PDF, shaping Arabic and drawing it from the right as any PDF
producer does. `helpers.parse_file` then reads the PDF, and its clauses and notes are compared with
the markup's.

Needs Debian's ``chromium`` and fonts for the scripts (``fonts-noto-core``, ``fonts-noto-cjk``).
The layout is this script's, not the UN's: notes gathered at the end may spill onto a page of
their own, where the reader does not find them.

With ``--volume``, the sample is printed as one volume, each resolution under its number and
title with its meeting and notes, one after another as the Official Records print them (each
from a new page, so that its notes end a page as a volume's do), and read back with
`helpers.parse_file_all`.

Usage::

    python scripts/pdf_roundtrip.py ga-77-Arabic.zip --sample 12 --seed 7
    python scripts/pdf_roundtrip.py ga-78-English.zip --sample 12 --volume
"""

from __future__ import annotations

import argparse
import html
import random
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from helpers import parse_file, parse_file_all
from helpers.akn import read_akn
from helpers.evaluate import _norm
from helpers.models import Resolution
from helpers.paths import SHARED_CORPUS

STYLE = """
@page { size: A4; margin: 2.5cm; }
body { font-family: 'Noto Naskh Arabic', 'Noto Serif', 'Noto Serif CJK SC', serif;
       font-size: 12pt; line-height: 1.5; }
p { margin: 0 0 8pt 0; text-align: justify; }
.para, .organ { text-indent: 1.2cm; }
.title { font-weight: bold; margin: 12pt 1.2cm; }
hr { width: 30%; }
.fn { font-size: 9pt; margin: 0; }
.meeting { text-align: end; margin-top: 12pt; }
.notes { break-after: page; }
"""


def page(res: Resolution) -> str:
    """The resolution as a page of HTML in the UN's layout."""
    return document(res.language, [res])


def document(language: str | None, resolutions: list[Resolution]) -> str:
    """Resolutions as pages of HTML in the UN's layout: one resolution, under its masthead, or a
    volume's several, each under its number and title, in the order given."""
    rtl = language == "ar"
    side = "left" if rtl else "right"
    body = []
    for res in resolutions:
        if len(resolutions) == 1:
            body.append(
                f'<div>United Nations<span style="float:{side}">{html.escape(res.symbol or "")}'
                "</span></div><div>General Assembly</div>"
            )
        number = (res.symbol or "").rsplit("/", 2)[-2:] if len(resolutions) > 1 else []
        numbered = f"{'/'.join(number)}. " if number else ""
        body.append(_resolution(res, rtl, numbered))
    return (
        f'<!doctype html><html lang="{language}" dir="{"rtl" if rtl else "ltr"}"><head>'
        f'<meta charset="utf-8"><style>{STYLE}</style></head><body>{"".join(body)}</body></html>'
    )


def _resolution(res: Resolution, rtl: bool, numbered: str) -> str:
    """One resolution's title (after its number, in a volume), organ line, paragraphs, meeting
    and notes."""
    paras = []
    for c in res.clauses:
        number = (f"{c.number} - " if rtl else f"{c.number}. ") if c.number else ""
        marks = " ".join(f"<sup>{html.escape(m)}</sup>" for m in c.footnotes)
        paras.append(f'<p class="para">{number}{html.escape(c.text)}{marks}</p>')
    notes = "".join(
        f'<p class="fn"><sup>{html.escape(f.mark)}</sup> {html.escape(f.text)}</p>'
        for f in res.footnotes
    )
    meeting = (
        f'<p class="meeting">{html.escape(res.meeting)}</p>' if numbered and res.meeting else ""
    )
    return (
        f'<p class="title">{html.escape(numbered + (res.title or ""))}</p>'
        f'<p class="organ">{html.escape(res.organ_text or "")}</p>{"".join(paras)}{meeting}'
        f'<hr/><div class="notes">{notes}</div>'
    )


def compare(truth: Resolution, read: Resolution) -> dict[str, int]:
    """Counts of what the PDF gave back right."""
    pairs = list(zip(truth.clauses, read.clauses, strict=False))
    return {
        "paragraphs": len(truth.clauses),
        "counts_exact": int(
            (len(truth.preamble), len(truth.operative)) == (len(read.preamble), len(read.operative))
        ),
        "notes_exact": int(len(truth.footnotes) == len(read.footnotes)),
        "leads": sum(
            (a.lead.text if a.lead else None) == (b.lead.text if b.lead else None) for a, b in pairs
        ),
        "texts": sum(_norm(a.text) == _norm(b.text) for a, b in pairs),
    }


def _print(html_text: str, pdf: Path) -> None:
    """Print a page of HTML to PDF with Chromium."""
    src = pdf.with_suffix(".html")
    src.write_text(html_text, encoding="utf-8")
    subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu",
         "--no-pdf-header-footer", f"--print-to-pdf={pdf}", str(src)],
        check=True, capture_output=True,
    )  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("zip", help="a zip of ../shared/corpus/unxml-ga, e.g. ga-77-Arabic.zip")
    ap.add_argument("--sample", type=int, default=12)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--corpus", type=Path, default=SHARED_CORPUS)
    ap.add_argument(
        "--volume",
        action="store_true",
        help="print the sample as one volume, each under its number, and read it with "
        "parse_file_all",
    )
    args = ap.parse_args()
    with zipfile.ZipFile(args.corpus / "unxml-ga" / args.zip) as zf:
        names = sorted(n for n in zf.namelist() if n.endswith(".xml"))
        random.seed(args.seed)
        members = [(n, zf.read(n)) for n in random.sample(names, args.sample)]
    truths = [read_akn(data, source=name) for name, data in members]
    total: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        if args.volume:
            pdf = Path(tmp) / "volume.pdf"
            _print(document(truths[0].language, truths), pdf)
            read = parse_file_all(pdf)
            print(f"{len(read)} resolutions read from a volume of {len(truths)}")
            pairs = list(zip(truths, read, strict=False))
        else:
            pairs = []
            for (name, _), truth in zip(members, truths, strict=True):
                pdf = Path(tmp) / f"{Path(name).stem}.pdf"
                _print(page(truth), pdf)
                pairs.append((truth, parse_file(pdf)))
        for truth, got in pairs:
            row = compare(truth, got)
            print(Path(truth.source or "").stem, row)
            total = {k: total.get(k, 0) + v for k, v in row.items()}
    n = total["paragraphs"]
    print(
        f"{len(pairs)} documents: counts exact in {total['counts_exact']}, notes in "
        f"{total['notes_exact']}; of {n} paragraphs, leads right {total['leads'] / n:.0%}, "
        f"texts exact {total['texts'] / n:.0%}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
