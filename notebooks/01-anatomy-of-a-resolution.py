# %% [markdown]
# # 01 · The anatomy of a resolution
#
# **Question.** What is a United Nations resolution made of, and does this one follow the
# drafting conventions that UN drafters are taught?
#
# **Data.** The embedded default: `data/raw/000_fcc2c192a74bf042.txt`, a French draft of the
# General Assembly's Third Committee as extracted from the UN's PDF, with its page breaks,
# footnotes, hyperlink lists and extraction damage. The project's parser turns it into tables.
#
# **What it produces.** The document rendered with its parts marked; the table of its clauses;
# a check of the conventions; and one figure, `figures/01-lead-phrases.svg`, of the phrases that
# open its paragraphs.

# %%
import pandas as pd
from IPython.display import HTML

from helpers import parse_file, plots, tables, to_frames
from helpers.annotate import to_html
from helpers.paths import SEED

pd.set_option("display.max_colwidth", 70)
res = parse_file(SEED)
frames = to_frames(res)

# %% [markdown]
# ## The header
#
# Before the acting organ come the sponsors (an asterisk sends the reader to a footnote saying
# on whose behalf a sponsor acts), the document type and the title. This draft carries no
# symbol of its own, so the session is inferred from the text: it cites resolutions of the
# 76th session and looks forward to the 77th.

# %%
frames["resolutions"][
    ["doc_type", "sponsors", "on_behalf_of", "title", "body", "session", "session_inferred"]
].T

# %% [markdown]
# ## The text, annotated
#
# Preambular paragraphs are marked in blue, operative ones in orange. The lead phrase of each
# paragraph is in bold italics; a second action inside an operative paragraph is underlined;
# citations are shaded blue and conferences orange. Hover a footnote marker to read its note.

# %%
HTML(to_html(res))

# %% [markdown]
# ## The clauses as a table
#
# UN drafting conventions: **preambular paragraphs** open with a participle or an adjective
# (*Rappelant*, *Profondément préoccupée*) and end with a comma; **operative paragraphs** are
# numbered, open with a verb in the present tense (*Réaffirme*, *Prie*) and end with a
# semicolon, the last one with a full stop. The lead phrase keeps its adverbs (*également*,
# *en outre*, *instamment*), which mark a repeated or stronger action.

# %%
frames["clauses"][["clause", "number", "lead", "lemma", "gloss", "footnotes", "text"]]

# %% [markdown]
# Does the draft follow the conventions? One row per section: how its paragraphs open and end.

# %%
tables.conventions(frames["clauses"])

# %% [markdown]
# ## The footnotes
#
# Each footnote is attached to the paragraph that carries its marker; the asterisk note
# belongs to the header.

# %%
frames["footnotes"][["mark", "clause", "text"]]

# %% [markdown]
# ## Figure: the phrases that open the paragraphs
#
# Each bar counts paragraphs opened by a verb (its lemma, with an English gloss); beside it are
# the phrases as printed. Look for the verbs that recur, and for the adverbs that turn a
# repeated verb into a new paragraph (*Rappelant également*, *Rappelant en outre*).

# %%
counts = tables.verb_counts(frames["verbs"][frames["verbs"]["position"] == "lead"])
fig = plots.lead_verb_chart(counts, title=plots.lead_title(counts))
plots.save(fig, "01-lead-phrases")
