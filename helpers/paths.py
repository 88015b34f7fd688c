"""Central path constants: where raw, reference, processed and external data and figures live."""

from __future__ import annotations

import os
from pathlib import Path

#: The project root (the folder holding pyproject.toml).
ROOT: Path = Path(__file__).resolve().parent.parent
DATA: Path = ROOT / "data"
#: Immutable inputs; the seed document is the notebooks' embedded default.
RAW: Path = DATA / "raw"
#: Lexicons and reference tables written and checked by hand, with examples.
REFERENCE: Path = DATA / "reference"
#: Generated tables (gitignored); ``make data`` rebuilds them.
PROCESSED: Path = DATA / "processed"
#: Downloaded corpora (``make corpus``); gitignored.
EXTERNAL: Path = DATA / "external"
FIGURES: Path = ROOT / "figures"
REPORTS: Path = ROOT / "reports"
NOTEBOOKS: Path = ROOT / "notebooks"

#: The seed: a French draft of the Third Committee, as extracted from the UN's PDF.
SEED: Path = RAW / "000_fcc2c192a74bf042.txt"

#: The shared evaluation corpus that sits beside a checkout (never committed).
SHARED_CORPUS: Path = ROOT.parent / "shared" / "corpus"


def corpus_path() -> Path | None:
    """Return the configured corpus folder, or ``None`` when no corpus is available.

    The one setting is the environment variable ``UNRES_CORPUS``. Without it, the project looks
    for ``data/external`` (filled by ``make corpus``) and then for ``../shared/corpus``.

    Returns:
        The folder to read, or ``None``.
    """
    env = os.environ.get("UNRES_CORPUS")
    if env:
        p = Path(env).expanduser()
        return p if p.exists() else None
    if any(p.suffix in {".zip", ".xml"} for p in EXTERNAL.glob("**/*")):
        return EXTERNAL
    if SHARED_CORPUS.is_dir():
        return SHARED_CORPUS
    return None
