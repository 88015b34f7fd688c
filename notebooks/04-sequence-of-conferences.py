# %% [markdown]
# # 04 · The sequence of conferences
#
# **Question.** Which world conferences, summits and high-level meetings does this resolution
# build on, and does it mention them in the order they took place?
#
# **Data.** The seed (`data/raw/`), parsed into the `conferences` table, and the project's
# reference table of conferences (`data/reference/conferences.csv`), whose dates were checked
# against the texts of the corpus. Places and dates stated in the text win over the table.
#
# **What it produces.** The mentions in order, one row per conference in time order, and
# `figures/04-sequence-of-conferences.svg`.

# %%
import pandas as pd

from helpers import parse_file, plots, tables, to_frames
from helpers.conferences import load_conferences
from helpers.paths import SEED

pd.set_option("display.max_colwidth", 60)
frames = to_frames(parse_file(SEED))
mentions = frames["conferences"]

# %% [markdown]
# ## Every mention, in the order of the text
#
# `via` says whether the conference is named, or reached through its outcome document
# (*la Déclaration et le Programme d’action de Vienne* refers to Vienna 1993).

# %%
mentions[["order", "clause", "key", "via", "place", "start", "end", "date_source"]]

# %% [markdown]
# ## One row per conference, in time order

# %%
sequence = tables.conference_sequence(mentions, load_conferences())
sequence[["key", "place", "start", "end", "first_mention", "mentions"]]

# %% [markdown]
# ## Figure: the conferences on a time line
#
# Conferences run down the page in the order they took place; the label "mentioned #n" gives
# the order in which the text first mentions each. Where the two orders differ, the text
# groups events by theme rather than by time.

# %%
first, last = sequence.iloc[0], sequence.iloc[-1]
title = (
    f"{len(sequence)} conferences, from {first['place']} {first['start']:%Y} "
    f"to {last['place']} {last['start']:%Y}"
)
fig = plots.conference_timeline(sequence, title)
plots.save(fig, "04-sequence-of-conferences")
