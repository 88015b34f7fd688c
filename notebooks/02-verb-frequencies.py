# %% [markdown]
# # 02 · Verb frequencies
#
# **Question.** Which verbs does this resolution use to act, and how do the preamble and the
# operative part differ?
#
# **Data.** The seed (`data/raw/`), parsed into the `verbs` table: one row for the lead verb of
# every paragraph, and one for every second action inside an operative paragraph
# (*…, et se félicite*, *…, et encourage*).
#
# **What it produces.** The verb counts by lemma with the printed forms behind them, the
# adverbs that modulate them, and `figures/02-verb-frequencies.svg`.

# %%
import pandas as pd

from helpers import parse_file, plots, tables, to_frames
from helpers.paths import SEED

pd.set_option("display.max_colwidth", 80)
frames = to_frames(parse_file(SEED))
verbs = frames["verbs"]

# %% [markdown]
# ## Lead verbs and second actions, by lemma
#
# `forms` lists the phrases as printed, with their counts. `gloss` is the English concept
# that aligns the same verb across English, French and Spanish texts.

# %%
counts = tables.verb_counts(verbs)
counts

# %% [markdown]
# ## The adverbs
#
# Adverbs are how a resolution says *again*, *further* or *more strongly* without changing the
# verb: `également` and `en outre` chain repeated leads, `instamment` strengthens a request.

# %%
clauses = frames["clauses"]
clauses[clauses["adverbs"] != ""][["clause", "lead", "lemma", "adverbs"]]

# %% [markdown]
# ## Figure: lead verbs, preamble and operative side by side
#
# Read each panel from the top: the verbs that open most paragraphs. In the operative panel
# the hatched bars are second actions inside a paragraph; they show verbs that never open a
# paragraph of their own here.

# %%
fig = plots.lead_verb_chart(counts, title=plots.lead_title(counts))
plots.save(fig, "02-verb-frequencies")
