"""Tests of helpers.bench: the throughput figures count each document's first reading."""

from __future__ import annotations

import zipfile
from pathlib import Path

from test_akn import BODY, PREAMBLE, akn

from helpers import akn as akn_module
from helpers.bench import _in_fresh_process, akn_sources, text_throughput, xml_throughput
from helpers.render import render_text


def _linked_memo_size() -> tuple[float, float]:
    """How many linked citations this process remembers (run in the bench's fresh process)."""
    return float(akn_module.linked_citation.cache_info().currsize), 0.0


def test_figures_are_taken_in_a_process_that_has_read_nothing() -> None:
    akn_module.read_akn(akn(PREAMBLE + BODY), source="warm.xml")
    assert akn_module.linked_citation.cache_info().currsize > 0  # this process remembers links
    assert _in_fresh_process(_linked_memo_size) == (0.0, 0.0)


def test_throughputs_are_positive_beside_their_floors(tmp_path: Path) -> None:
    corpus = tmp_path / "unxml-ga"
    corpus.mkdir()
    with zipfile.ZipFile(corpus / "ga-77-English.zip", "w") as z:
        for k in range(4):
            z.writestr(f"English/{k}.xml", akn(PREAMBLE + BODY).replace(b"77/999", b"77/%d" % k))
    sources = akn_sources(tmp_path)
    assert len(sources) == 4
    for full in (False, True):
        reader, floor = xml_throughput(sources[1:], sources[:1], full=full, repeat=1)
        assert reader > 0 and floor > 0
    texts = [(s.id, render_text(akn_module.read_akn(s.load(), source=s.id))) for s in sources]
    parser, floor = text_throughput(texts[1:], texts[:1], repeat=1)
    assert parser > 0 and floor > 0
