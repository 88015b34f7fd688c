"""Tests for helpers.plots: saved figures are byte-identical from run to run."""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt

from helpers import plots
from helpers.paths import FIGURES


def test_save_is_byte_identical(tmp_path: Path) -> None:
    def draw(folder: Path) -> list[bytes]:
        fig, ax = plots.new_figure(4, 3)
        ax.plot([1, 2, 3], [3, 1, 2], label="a line")
        ax.set_title("A title")
        ax.legend()
        paths = plots.save(fig, "01-test", folder)
        plt.close(fig)
        return [p.read_bytes() for p in paths]

    first = draw(tmp_path / "a")
    second = draw(tmp_path / "b")
    assert first == second
    svg = first[0].decode()
    assert "<dc:date>" not in svg
    assert b"Software" not in first[1]


def test_saved_figure_is_shown_relative_to_the_project(tmp_path: Path) -> None:
    # Stored notebook outputs must not carry the machine's folder names.
    inside = plots.SavedFigure(FIGURES / "01-x.svg", FIGURES / "01-x.png")
    assert repr(inside) == "saved figures/01-x.svg and figures/01-x.png"
    outside = plots.SavedFigure(tmp_path / "a.svg", tmp_path / "a.png")
    assert repr(outside) == f"saved {tmp_path / 'a.svg'} and {tmp_path / 'a.png'}"
    assert list(inside) == [FIGURES / "01-x.svg", FIGURES / "01-x.png"]
