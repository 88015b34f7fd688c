# %% [markdown]
# # 03 · Citations over time
#
# **Question.** How far back does this resolution reach, and on which bodies' decisions does it
# build?
#
# **Data.** The seed (`data/raw/`), parsed into the `citations` table: every resolution,
# decision, document, Official Record and dated instrument it cites, in its paragraphs and in
# its footnotes, with the citing body and the date — stated in the text, or inferred from the
# symbol.
#
# **What it produces.** The citation table, one row per cited item, and
# `figures/03-citations-over-time.svg`.

# %%
import pandas as pd

from helpers import parse_file, plots, tables, to_frames
from helpers.paths import SEED

pd.set_option("display.max_colwidth", 60)
frames = to_frames(parse_file(SEED))
citations = frames["citations"]

# %% [markdown]
# ## Every citation as found
#
# The same item can arrive twice: named in a paragraph and identified in its footnote (the
# Millennium Declaration, adopted on 8 September 2000, is resolution 55/2). Both rows are
# kept, and `item` links them.

# %%
citations[["clause", "footnote", "kind", "body", "symbol", "date", "date_source", "item"]]

# %% [markdown]
# ## One row per cited item
#
# The citing draft has no date of its own: the opening of its session stands in for it.

# %%
citing, inferred = tables.reference_date(frames["resolutions"])
items = tables.cited_items(citations, citing)
items[["item", "body", "kind", "when", "stated", "mentions", "age"]].round({"age": 1})

# %% [markdown]
# ## Figure: the cited items on a time line
#
# Each row is one cited item, placed at its date and coloured by the body that issued it.
# Filled markers are dates the text states; hollow ones are inferred from the symbol. The
# dashed line is the citing document; the labels give each item's age in years.

# %%
span = f"{items['when'].min():%Y}–{items['when'].max():%Y}"
title = (
    f"The draft cites {len(items)} items from {span}; "
    f"{(items['body'] != 'General Assembly').sum()} come from other bodies"
)
fig = plots.citation_timeline(items, citing, title)
plots.save(fig, "03-citations-over-time")
