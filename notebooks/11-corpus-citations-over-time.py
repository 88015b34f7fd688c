# %% [markdown]
# # 11 · Citations over time, across a corpus
#
# **Question.** How far back do resolutions reach when they cite earlier decisions, and does
# it depend on who issued what they cite?
#
# **Data.** The configured corpus (see notebook 10), parsed into `data/processed/corpus`. Each
# cited item is counted once per citing document, whether it is cited in a paragraph, in a
# footnote, or both.
#
# **What it produces.** `figures/11-cited-period-by-session.svg` and
# `figures/11-citation-age-by-body.svg`. Without a corpus it says so and stops.

# %%
from helpers import plots, tables
from helpers.build import corpus_frames
from helpers.paths import corpus_path

corpus = corpus_path()
frames = corpus_frames(corpus) if corpus else None
print("No corpus configured: nothing to show." if frames is None else "Corpus loaded.")

# %%
if frames is not None:
    pairs = tables.citation_pairs(frames["citations"], tables.main_sessions(frames["resolutions"]))
    pairs = pairs[pairs["session"].isin(tables.main_sessions(frames["resolutions"])["session"])]
    median_age = pairs["age"].median()
pairs[["body", "cited_year", "citing_year", "age"]].describe() if frames is not None else None

# %% [markdown]
# ## Figure: what each session cites, by period
#
# Rows are five-year periods of the cited items, columns the citing sessions; each cell
# counts cited items. The bright band that moves down-right is the recent past; the rows that
# stay lit are the founding texts every session returns to.

# %%
if frames is not None:
    matrix = tables.cited_year_by_session(pairs).head(12)
    fig = plots.heatmap(
        matrix,
        f"Half of all citations are under {median_age:.0f} years old when cited",
        "citing session",
        "period of the cited item",
        "cited items",
    )
    plots.save(fig, "11-cited-period-by-session")

# %% [markdown]
# ## Figure: how old the cited items are, by issuing body
#
# Each box spans the middle half of the ages of the items a body issued (the line is the
# median), at the time they are cited.

# %%
if frames is not None:
    common = pairs["body"].value_counts().index[:6]
    ages = pairs[pairs["body"].isin(common)]
    oldest = ages.groupby("body")["age"].median().idxmax()
    fig = plots.box_by_group(
        ages,
        "body",
        "age",
        f"Items of the {oldest} are the oldest when cited",
        "age of the cited item when cited (years)",
    )
    plots.save(fig, "11-citation-age-by-body")
