"""Download: the UN's published AKN4UN resolutions → ``data/external`` (``make corpus``).

The UN publishes its machine-readable General Assembly and Security Council resolutions as
AKN4UN XML in public repositories (UNxml/GAresolutions and UNxml/SCresolutions). This fetches
their archives as they are; `helpers.corpus.read_corpus` reads zips inside zips in place, so
nothing needs unpacking. Tests never download: they use ``../shared/corpus``.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import urllib.error
import urllib.request
from pathlib import Path

#: The collections, by the file name they are saved under.
SOURCES: dict[str, str] = {
    "GAresolutions.zip": "https://github.com/UNxml/GAresolutions/archive/refs/heads/main.zip",
    "SCresolutions.zip": "https://github.com/UNxml/SCresolutions/archive/refs/heads/main.zip",
}


def download(out: Path, sources: dict[str, str] = SOURCES, timeout: float = 60) -> list[Path]:
    """Fetch each archive into ``out`` (skipping those already there).

    Args:
        out: the folder to write to (``data/external``).
        sources: file name → URL.
        timeout: seconds to wait for a server.

    Returns:
        The files now present.

    Raises:
        OSError: when a download fails; the partial file is removed.
    """
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name, url in sources.items():
        target = out / name
        if target.exists() and target.stat().st_size > 0:
            written.append(target)
            continue
        partial = target.with_suffix(".part")
        try:
            with urllib.request.urlopen(url, timeout=timeout) as resp, partial.open("wb") as fh:
                shutil.copyfileobj(resp, fh)
        except (urllib.error.URLError, OSError) as exc:
            partial.unlink(missing_ok=True)
            raise OSError(f"could not download {url}: {exc}") from exc
        partial.replace(target)
        written.append(target)
    return written


def cli(args: argparse.Namespace) -> int:
    """``python -m helpers download --out data/external``."""
    try:
        for path in download(Path(args.out)):
            print(path)
    except OSError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0
