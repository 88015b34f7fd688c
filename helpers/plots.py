"""Plots: DataFrames → matplotlib figures in the house style, saved byte-identically.

The house style is readable on a projector and in print: large type, a colour-blind-safe palette
(Okabe–Ito), labelled axes, and titles that state the finding. `save` writes SVG and PNG files
that are the same bytes on every run: the SVG hash salt is fixed and no date or software
metadata is written.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
from matplotlib.figure import Figure

from helpers.paths import FIGURES, ROOT

#: Okabe–Ito palette: distinguishable with the common colour-vision deficiencies.
PALETTE: tuple[str, ...] = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
    "#000000",  # black
)
#: Section colours used in every figure: preamble blue, operative orange.
SECTION_COLOURS: dict[str, str] = {"preamble": PALETTE[0], "operative": PALETTE[1]}

STYLE: dict[str, object] = {
    "figure.figsize": (10, 6),
    "figure.dpi": 100,
    "savefig.dpi": 150,
    "savefig.bbox": "tight",
    "font.size": 12,
    "axes.titlesize": 14,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 12,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.prop_cycle": matplotlib.cycler(color=list(PALETTE)),
    "legend.frameon": False,
    "svg.hashsalt": "un-resolutions",
    "svg.fonttype": "path",
    "path.simplify": True,
}


def use_style() -> None:
    """Apply the house style to matplotlib (call once at the top of a notebook)."""
    matplotlib.rcParams.update(STYLE)


@dataclass(frozen=True)
class SavedFigure:
    """The two files `save` wrote.

    Iterating gives the SVG and the PNG path. Its repr names them relative to the project, so a
    notebook's stored output is the same on every machine and in every clone.
    """

    svg: Path
    png: Path

    def __iter__(self) -> Iterator[Path]:
        return iter((self.svg, self.png))

    def __repr__(self) -> str:
        return f"saved {_shown(self.svg)} and {_shown(self.png)}"


def _shown(path: Path) -> str:
    """``path`` relative to the project root when it lies inside it, else as it is."""
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def save(fig: Figure, name: str, folder: Path | None = None) -> SavedFigure:
    """Save a figure as SVG and PNG, byte-identical on every run.

    Args:
        fig: the figure.
        name: file stem, prefixed with the notebook's number (``01-lead-verbs``).
        folder: where to write; ``figures/`` by default.

    Returns:
        The two paths written (iterable: SVG then PNG).
    """
    folder = folder or FIGURES
    folder.mkdir(parents=True, exist_ok=True)
    use_style()
    svg = folder / f"{name}.svg"
    png = folder / f"{name}.png"
    fig.savefig(svg, format="svg", metadata={"Date": None, "Creator": None})
    fig.savefig(png, format="png", metadata={"Software": None})
    return SavedFigure(svg, png)


def new_figure(width: float = 10, height: float = 6, **kwargs: object) -> tuple[Figure, object]:
    """A figure and axes in the house style."""
    use_style()
    fig, ax = plt.subplots(figsize=(width, height), **kwargs)  # type: ignore[arg-type]
    return fig, ax


def _label(lemma: str, gloss: str | None) -> str:
    return f"{lemma} ({gloss})" if gloss and gloss != "?" and gloss != lemma else lemma


def lead_verb_chart(counts: object, title: str | None = None, top: int = 15) -> Figure:
    """Lead verbs by lemma, preamble and operative side by side, inner verbs as a second series.

    Each bar is labelled with its lemma and English gloss; the printed forms behind it (with
    their adverbs: ``Rappelant également``) are written beside the bar.

    Args:
        counts: the output of `helpers.tables.verb_counts`.
        title: the figure title (state the finding); a default is derived from the data.
        top: at most this many lemmas per section.

    Returns:
        The figure.
    """
    import pandas as pd

    df: pd.DataFrame = counts  # type: ignore[assignment]
    use_style()
    sections = ["preamble", "operative"]
    leads = {s: df[(df.section == s) & (df.position == "lead")].head(top) for s in sections}
    n_rows = max(len(v) for v in leads.values()) or 1
    fig, axes = plt.subplots(1, 2, figsize=(15, 1.5 + 0.48 * n_rows), sharex=False)
    for ax, section in zip(axes, sections, strict=True):
        lead = leads[section].iloc[::-1]
        y = list(range(len(lead)))
        inner = df[(df.section == section) & (df.position == "inner")].set_index("lemma")
        has_inner = section == "operative" and len(inner) > 0
        h = 0.4 if has_inner else 0.7
        ax.barh(
            [v + (h / 2 if has_inner else 0) for v in y],
            lead["count"].astype(int),
            height=h,
            color=SECTION_COLOURS[section],
            label="opens the paragraph",
        )
        if has_inner:
            vals = [int(inner["count"].get(lem, 0)) for lem in lead["lemma"]]
            ax.barh(
                [v - h / 2 for v in y],
                vals,
                height=h,
                color="white",
                edgecolor=SECTION_COLOURS[section],
                hatch="///",
                label="second action inside the paragraph",
            )
        ax.set_yticks(y, [_label(a, b) for a, b in zip(lead["lemma"], lead["gloss"], strict=True)])
        xmax = max([int(lead["count"].max()) if len(lead) else 1, 1])
        for yi, (n, forms) in enumerate(zip(lead["count"], lead["forms"], strict=True)):
            text = str(forms)
            if len(text) > 48:
                text = text[:47] + "…"
            ax.text(
                int(n) + xmax * 0.03,
                yi + (h / 2 if has_inner else 0),
                text,
                va="center",
                fontsize=9.5,
                color="#333333",
            )
        ax.set_xlim(0, xmax * 2.3)
        ax.set_xlabel("number of paragraphs")
        total = int(df[(df.section == section) & (df.position == "lead")]["count"].sum())
        ax.set_title(f"{section.capitalize()} ({total} paragraphs)", fontsize=13, loc="left")
        ax.xaxis.get_major_locator().set_params(integer=True)
        if has_inner:
            ax.legend(loc="lower right", fontsize=10)
    if title is None:
        parts = []
        for section in sections:
            lead = leads[section]
            if len(lead):
                parts.append(
                    f"«{lead.iloc[0]['lemma']}» leads {section} ({int(lead.iloc[0]['count'])})"
                )
        title = "; ".join(parts)
    fig.suptitle(title, x=0.01, ha="left", fontsize=15, fontweight="bold")
    fig.tight_layout()
    return fig


#: Colours of issuing bodies, fixed so that every figure uses the same ones.
BODY_COLOURS: dict[str, str] = {
    "General Assembly": PALETTE[0],
    "Security Council": PALETTE[5],
    "Human Rights Council": PALETTE[2],
    "Commission on Human Rights": PALETTE[3],
    "Sub-Commission": PALETTE[4],
    "ECOSOC": PALETTE[1],
    "other": "#777777",
}


def citation_timeline(items: object, citing_date: object, title: str) -> Figure:
    """Every cited item on a time axis, coloured by issuing body, one row per item.

    Filled markers are dates the text states; hollow ones are dates inferred from the symbol
    or the reference tables. A dashed line marks the citing document's own date, and each item
    is labelled with its age at that date.

    Args:
        items: one row per cited item, as from `helpers.tables.cited_items`: ``label``,
            ``body``, ``when`` (datetime64), ``stated`` (bool), ``age`` (years).
        citing_date: the date of the citing document (a ``pandas.Timestamp``).
        title: the title, stating the finding.

    Returns:
        The figure.
    """
    import pandas as pd

    df: pd.DataFrame = items  # type: ignore[assignment]
    use_style()
    df = df.sort_values("when", kind="stable").reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(12, 1.4 + 0.5 * max(len(df), 1)))
    for body, g in df.groupby("body", sort=True):
        colour = BODY_COLOURS.get(str(body), BODY_COLOURS["other"])
        for stated, marker_face in ((True, colour), (False, "white")):
            sub = g[g["stated"] == stated]
            if len(sub):
                ax.scatter(
                    sub["when"],
                    sub.index,
                    s=110,
                    color=marker_face,
                    edgecolor=colour,
                    linewidth=2,
                    zorder=3,
                    label=f"{body} ({'date stated' if stated else 'date inferred'})",
                )
    ax.set_yticks(range(len(df)), df["label"])
    ax.invert_yaxis()
    when = pd.Timestamp(citing_date)
    ax.axvline(
        when,
        color="#333333",
        linestyle="--",
        linewidth=1.2,
        label=f"the citing document ({when:%Y})",
    )
    for i, row in df.iterrows():
        ax.annotate(
            f"{row['age']:.0f} y",
            xy=(row["when"], i),
            xytext=(9, -3),
            textcoords="offset points",
            fontsize=9.5,
            color="#444444",
        )
    ax.set_xlabel("date of the cited item (age in years at the citing date)")
    ax.grid(axis="x", color="#dddddd")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=10)
    ax.set_title(title)
    fig.tight_layout()
    return fig


def conference_timeline(confs: object, title: str) -> Figure:
    """The conferences a text refers to, in time order, with span, place and order of mention.

    Args:
        confs: one row per conference, as from `helpers.tables.conference_sequence`: ``label``
            (name and place), ``start``, ``end`` (datetime64), ``first_mention`` (int),
            ``outcomes`` (text).
        title: the title, stating the finding.

    Returns:
        The figure.
    """
    import matplotlib.dates as mdates
    import pandas as pd

    df: pd.DataFrame = confs  # type: ignore[assignment]
    use_style()
    df = df.sort_values("start", kind="stable").reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(13, 1.6 + 1.0 * max(len(df), 1)))
    for i, row in df.iterrows():
        start, end = row["start"], row["end"]
        width = max((end - start).days + 1, 1)
        ax.barh(i, width, left=start, height=0.5, color=PALETTE[5], zorder=3)
        ax.plot([start], [i], marker="D", color=PALETTE[5], markersize=8, zorder=4)
        ax.annotate(
            f"mentioned #{int(row['first_mention'])}",
            xy=(start, i),
            xytext=(10, 0),
            textcoords="offset points",
            va="center",
            fontsize=10,
            fontweight="bold",
            color=PALETTE[0],
        )
        if isinstance(row["outcomes"], str) and row["outcomes"]:
            ax.annotate(
                row["outcomes"],
                xy=(start, i),
                xytext=(10, -13),
                textcoords="offset points",
                va="center",
                fontsize=8.5,
                color="#555555",
                style="italic",
            )
    ax.set_yticks(range(len(df)), df["label"])
    ax.invert_yaxis()
    ax.xaxis.set_major_locator(mdates.YearLocator(base=4))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    lo, hi = df["start"].min(), df["end"].max()
    pad = pd.Timedelta(days=365)
    ax.set_xlim(lo - pad, hi + pad * 6)
    ax.set_xlabel("date of the conference (diamond: opening day; bar: its span)")
    ax.grid(axis="x", color="#dddddd")
    ax.set_title(title)
    fig.tight_layout()
    return fig


def lead_title(counts: object) -> str:
    """A title stating the finding of a lead-verb chart: the commonest verb of each section."""
    import pandas as pd

    df: pd.DataFrame = counts  # type: ignore[assignment]
    parts = []
    for section, word in (("preamble", "preambular"), ("operative", "operative")):
        g = df[(df.section == section) & (df.position == "lead")]
        if len(g):
            top = g.iloc[0]
            parts.append(
                f"«{top['lemma']}» ({top['gloss']}) opens {int(top['count'])} of "
                f"{int(g['count'].sum())} {word} paragraphs"
            )
    return "; ".join(parts)


def heatmap(
    matrix: object,
    title: str,
    xlabel: str,
    ylabel: str,
    cbar_label: str,
    annotate: bool = True,
    width: float = 12,
    rotate: int = 0,
) -> Figure:
    """A labelled heatmap of a DataFrame (rows × columns), colour-blind-safe (viridis).

    Args:
        matrix: a DataFrame of numbers; its index and columns label the axes.
        title: the title, stating the finding.
        xlabel: label of the columns' axis.
        ylabel: label of the rows' axis.
        cbar_label: what the colour measures, with its unit.
        annotate: write each cell's value.
        width: figure width in inches.
        rotate: angle of the column labels.

    Returns:
        The figure.
    """
    import numpy as np
    import pandas as pd

    df: pd.DataFrame = matrix  # type: ignore[assignment]
    use_style()
    fig, ax = plt.subplots(figsize=(width, 1.8 + 0.42 * max(len(df), 1)))
    values = df.to_numpy(dtype=float)
    im = ax.imshow(values, aspect="auto", cmap="viridis")
    ax.set_xticks(
        range(df.shape[1]),
        [str(c) for c in df.columns],
        rotation=rotate,
        ha="right" if rotate else "center",
    )
    ax.set_yticks(range(df.shape[0]), [str(i) for i in df.index])
    ax.spines[:].set_visible(False)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    cbar = fig.colorbar(im, ax=ax, fraction=0.03, pad=0.02)
    cbar.set_label(cbar_label)
    if annotate and df.size <= 400:
        top = np.nanmax(values) if values.size else 0
        for (i, j), v in np.ndenumerate(values):
            if v == v and v != 0:
                ax.text(
                    j,
                    i,
                    f"{v:.0f}" if float(v).is_integer() else f"{v:.1f}",
                    ha="center",
                    va="center",
                    fontsize=9,
                    color="black" if v > top * 0.6 else "white",
                )
    ax.set_title(title)
    fig.tight_layout()
    return fig


def grouped_bars(
    table: object, title: str, xlabel: str, colours: dict[str, str] | None = None
) -> Figure:
    """Horizontal grouped bars: one group per row of ``table``, one bar per column.

    Args:
        table: a DataFrame; the index labels the groups, the columns are the series.
        title: the title, stating the finding.
        xlabel: what the bars measure, with its unit.
        colours: a colour per column (defaults to the palette).

    Returns:
        The figure.
    """
    import pandas as pd

    df: pd.DataFrame = table  # type: ignore[assignment]
    use_style()
    n, k = df.shape
    fig, ax = plt.subplots(figsize=(11, 1.5 + 0.32 * n * max(k, 1)))
    h = 0.8 / max(k, 1)
    for j, col in enumerate(df.columns):
        colour = (colours or {}).get(str(col), PALETTE[j % len(PALETTE)])
        ax.barh(
            [i + (j - (k - 1) / 2) * h for i in range(n)],
            df[col].to_numpy(dtype=float),
            height=h,
            label=str(col),
            color=colour,
        )
    ax.set_yticks(range(n), [str(i) for i in df.index])
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    ax.legend(loc="lower right")
    ax.grid(axis="x", color="#dddddd")
    ax.set_title(title)
    fig.tight_layout()
    return fig


def lines(table: object, title: str, xlabel: str, ylabel: str) -> Figure:
    """One line per column of ``table`` over its index (e.g. sessions), labelled at the end.

    Args:
        table: a DataFrame indexed by the x values.
        title: the title, stating the finding.
        xlabel: the x axis label.
        ylabel: the y axis label, with its unit.

    Returns:
        The figure.
    """
    import pandas as pd

    df: pd.DataFrame = table  # type: ignore[assignment]
    use_style()
    fig, ax = plt.subplots(figsize=(11, 6))
    markers = "osD^vP*X"
    for j, col in enumerate(df.columns):
        ax.plot(
            df.index,
            df[col],
            marker=markers[j % len(markers)],
            linewidth=2,
            color=PALETTE[j % len(PALETTE)],
            label=str(col),
        )
    ax.set_xticks(list(df.index))
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.grid(axis="y", color="#dddddd")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1))
    ax.set_title(title)
    fig.tight_layout()
    return fig


def box_by_group(values: object, by: str, column: str, title: str, xlabel: str) -> Figure:
    """Horizontal box plots of ``column`` for each value of ``by``, ordered by median.

    Args:
        values: a DataFrame.
        by: the grouping column.
        column: the numeric column.
        title: the title, stating the finding.
        xlabel: what ``column`` measures, with its unit.

    Returns:
        The figure.
    """
    import pandas as pd

    df: pd.DataFrame = values  # type: ignore[assignment]
    use_style()
    groups = df.groupby(by)[column]
    order = groups.median().sort_values().index.tolist()
    data = [df.loc[df[by] == g, column].dropna().to_numpy() for g in order]
    fig, ax = plt.subplots(figsize=(11, 1.6 + 0.6 * len(order)))
    bp = ax.boxplot(
        data,
        vert=False,
        patch_artist=True,
        showfliers=False,
        widths=0.6,
        medianprops={"color": "black", "linewidth": 2},
    )
    for patch, g in zip(bp["boxes"], order, strict=True):
        patch.set_facecolor(BODY_COLOURS.get(str(g), PALETTE[4]))
        patch.set_alpha(0.8)
    ax.set_yticks(range(1, len(order) + 1), [f"{g} (n={int(groups.size()[g])})" for g in order])
    ax.set_xlabel(xlabel)
    ax.grid(axis="x", color="#dddddd")
    ax.set_title(title)
    fig.tight_layout()
    return fig
