# %% [markdown]
# # 12 · Conferences across a corpus
#
# **Question.** Which world conferences and summits do resolutions keep returning to, and
# which are cited together?
#
# **Data.** The configured corpus (see notebook 10), parsed into `data/processed/corpus`, and
# the conference reference table `data/reference/conferences.csv`. A document counts once per
# conference, however often it mentions it.
#
# **What it produces.** `figures/12-conferences-by-session.svg` and
# `figures/12-conferences-cited-together.svg`. Without a corpus it says so and stops.

# %%
from helpers import plots, tables
from helpers.build import corpus_frames
from helpers.paths import corpus_path

corpus = corpus_path()
frames = corpus_frames(corpus) if corpus else None
print("No corpus configured: nothing to show." if frames is None else "Corpus loaded.")

# %%
if frames is not None:
    mentions = tables.main_sessions(frames["conferences"])
    by_session = tables.conference_by_session(mentions, top=15)
by_session if frames is not None else None

# %% [markdown]
# ## Figure: how many documents of each session refer to each conference
#
# Rows are conferences, most referenced first; columns are sessions; each cell counts the
# documents of that session (all three languages) that refer to the conference.

# %%
if frames is not None:
    fig = plots.heatmap(
        by_session,
        f"{by_session.index[0]} is the conference most referred to in every session",
        "session",
        "conference",
        "documents",
    )
    plots.save(fig, "12-conferences-by-session")

# %% [markdown]
# ## Figure: which conferences are cited together
#
# Each cell counts the documents that refer to both conferences; the diagonal counts the
# documents that refer to the conference at all. Bright off-diagonal cells are agendas that
# travel together.

# %%
if frames is not None:
    together = tables.conference_cooccurrence(mentions, top=10)
    first, second, n = tables.top_pair(together)
    fig = plots.heatmap(
        together,
        f"{first} and {second} are cited together most ({n} documents)",
        "conference",
        "conference",
        "documents citing both",
        width=13,
        rotate=45,
    )
    plots.save(fig, "12-conferences-cited-together")
