"""Build data/reference/cjk_radicals.csv: the CJK radicals a Chinese PDF may print for ideographs.

A Chinese font draws some ideographs with the same glyph as a radical ("民" and "⺠", CJK RADICAL
CIVILIAN). A PDF maps each glyph back to one code point, and may pick the radical's, so an
extraction prints "人⺠" for "人民". The Kangxi radicals (U+2F00-U+2FD5) have a compatibility
decomposition to their ideograph, which `helpers.normalize` applies. The CJK Radicals Supplement
(U+2E80-U+2EFF) has none. This script takes those pairs from a font, where the radical and the
ideograph share one glyph, and keeps the ones whose ideograph the corpus's Chinese text uses. Each
row has a word of the corpus as its example.

The font's pairs are checked against Unicode where Unicode has a decomposition: for the Kangxi
radicals, the font and NFKC agree (the script prints how often).

Usage::

    python scripts/build_cjk_radicals.py [FONT.ttc] [--corpus ../shared/corpus]

The default font is Debian's Noto Sans CJK (package ``fonts-noto-cjk``), simplified Chinese face.
fontTools, which reads it, comes with matplotlib.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
import zipfile
from collections import Counter
from pathlib import Path

from fontTools.ttLib import TTCollection

from helpers.paths import REFERENCE, SHARED_CORPUS

FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
OUT = REFERENCE / "cjk_radicals.csv"
SUPPLEMENT = range(0x2E80, 0x2F00)
KANGXI = range(0x2F00, 0x2FD6)


def _is_ideograph(cp: int) -> bool:
    return 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF


def font_pairs(font: Path) -> tuple[dict[int, int], str]:
    """Radical → ideograph, where the simplified-Chinese face draws both with one glyph."""
    faces = TTCollection(str(font)).fonts
    face = next(f for f in faces if "SC" in f["name"].getDebugName(4))
    cmap = face.getBestCmap()
    by_glyph: dict[str, list[int]] = {}
    for cp, glyph in cmap.items():
        if _is_ideograph(cp):
            by_glyph.setdefault(glyph, []).append(cp)
    pairs = {}
    for cp in [*SUPPLEMENT, *KANGXI]:
        same = by_glyph.get(cmap.get(cp, ""), [])
        if len(same) == 1:
            pairs[cp] = same[0]
    return pairs, f"{face['name'].getDebugName(4)} {face['name'].getDebugName(5)}"


def corpus_words(corpus: Path) -> Counter[str]:
    """Two-character words of the corpus's Chinese text (runs of ideographs cut in pairs)."""
    words: Counter[str] = Counter()
    for z in sorted(corpus.glob("unxml-ga/*Chinese*.zip")):
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                if name.endswith(".xml"):
                    text = re.sub(r"<[^>]+>", "", zf.read(name).decode("utf-8", "replace"))
                    for run in re.findall(r"[\u4e00-\u9fff]{2,}", text):
                        words.update(run[i : i + 2] for i in range(len(run) - 1))
    return words


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("font", nargs="?", type=Path, default=FONT)
    ap.add_argument("--corpus", type=Path, default=SHARED_CORPUS)
    args = ap.parse_args()
    pairs, face = font_pairs(args.font)
    kangxi = [(cp, ideo) for cp, ideo in pairs.items() if cp in KANGXI]
    agree = sum(unicodedata.normalize("NFKC", chr(cp)) == chr(ideo) for cp, ideo in kangxi)
    print(f"{face}: Kangxi radicals, font and NFKC agree on {agree} of {len(kangxi)}")
    words = corpus_words(args.corpus)
    rows = []
    for cp, ideo in sorted(pairs.items()):
        if cp not in SUPPLEMENT:
            continue
        used = [(n, w) for w, n in words.items() if chr(ideo) in w]
        if not used:
            continue
        example = max(used)[1]
        rows.append([chr(cp), chr(ideo), unicodedata.name(chr(cp)), example, face])
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["radical", "ideograph", "name", "example", "source"])
        w.writerows(rows)
    print(f"{len(rows)} radicals written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
