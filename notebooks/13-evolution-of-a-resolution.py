# %% [markdown]
# # 13 · The evolution of a resolution
#
# **Question.** The seed is the draft of a resolution that the General Assembly adopts every
# year. What did the drafters change from one year to the next, what did the draft become when
# it was adopted, and do the French, English and Spanish texts say the same thing?
#
# **Data.** The embedded default: `data/raw/000_fcc2c192a74bf042.txt`, the French draft
# A/C.3/76/L.37 *Renforcement de la coopération internationale dans le domaine des droits
# humains*. And a corpus of adopted texts (AKN4UN XML of the General Assembly, sessions 74-79,
# in English, French and Spanish), found by `helpers.paths.corpus_path()`: the variable
# `UNRES_CORPUS`, `data/external` (`make corpus`) or `../shared/corpus`. Without a corpus the
# notebook says so and stops.
#
# **What it produces.** The series of the resolution, found by its title and by the chain of
# resolutions that each version recalls; the draft compared with its adopted text; every
# paragraph added, removed, edited or moved from one session to the next, with the changes
# of lead verbs; the terms that were replaced; the three languages of one year side by side;
# and three figures: `figures/13-changes-per-session.svg`, `figures/13-paragraph-lineage.svg`
# and `figures/13-three-languages.svg`.

# %%
import pandas as pd
from IPython.display import HTML, display

from helpers import compare, parse_file, plots
from helpers.paths import SEED, corpus_path

pd.set_option("display.max_colwidth", 90)
seed = parse_file(SEED)
corpus = corpus_path()
if corpus is None:
    print(
        "No corpus is configured (set UNRES_CORPUS, run `make corpus`, or place the shared "
        "corpus beside the project): this notebook needs the adopted texts and stops here."
    )
else:
    print(f"The seed: {seed.doc_type}, session {seed.session}, «{seed.title}».")

# %% [markdown]
# ## The series
#
# `compare.series` first reads only the titles of the corpus (a regular expression on the
# head of each XML file), keeps the titles close to the seed's, parses those, and follows the
# citations: each version recalls the one before (*Rappelant également ... sa résolution
# 75/180*). `title_similarity` shows why the chain matters: in the 74th session the French
# title still said *droits de l'homme*. The same symbols give the English and Spanish texts.

# %%
if corpus is None:
    print("No corpus: no series.")
else:
    found = compare.series(corpus, like=seed, languages=["fr", "en", "es"])
    french = found[found["language"] == "fr"].reset_index(drop=True)
    display(french[["session", "symbol", "title", "title_similarity", "linked", "cites"]])

# %% [markdown]
# ## The draft and its adopted text
#
# The draft is placed in the series just before the text adopted at the same session. Read
# side by side, the two differ only in their header: the Third Committee's draft was adopted as
# it stood.

# %%
if corpus is None:
    print("No corpus: nothing to compare the draft with.")
else:
    adopted = french[french["session"] == seed.session]["resolution"].iloc[0]
    draft_vs_adopted = compare.compare(seed, adopted)
    counts = draft_vs_adopted.counts()
    print(
        f"{counts['unchanged']} of {len(draft_vs_adopted.frame)} paragraphs unchanged; "
        f"{len(draft_vs_adopted.changes())} changed."
    )
    display(draft_vs_adopted.header)

# %% [markdown]
# ## Session by session
#
# Each version against the next: paragraphs unchanged, edited (words changed), moved,
# added and removed, the leads that changed, and whether the title changed.

# %%
if corpus is None:
    print("No corpus: no series to follow.")
else:
    versions = list(french["resolution"])
    at = next(k for k, r in enumerate(versions) if r.session == seed.session)
    versions.insert(at, seed)
    steps = compare.compare_series(versions)
    evolution = compare.evolution(steps)
    leads = compare.lead_changes(steps)
    display(evolution)

# %% [markdown]
# ## Figure: what changed each session
#
# The bars count the paragraphs edited, added, removed and moved between consecutive
# versions; the lead phrases that changed are written out below. Look for the session when
# every paragraph was touched (a change of terminology), for the step from draft to adopted
# text, and for the one paragraph that came and went.

# %%
if corpus is None:
    print("No corpus: no figure.")
else:
    fig = compare.plot_changes(evolution, leads)
    plots.save(fig, "13-changes-per-session")

# %% [markdown]
# ## Every change, with its words
#
# One row per paragraph that changed; in `diff`, `[-…-]` are the words taken out and `{+…+}`
# the words put in.

# %%
if corpus is None:
    print("No corpus: no changes to list.")
else:
    changes = pd.concat(
        [
            s.changes().assign(step=f"{compare.version_label(s.a)} → {compare.version_label(s.b)}")
            for s in steps
        ],
        ignore_index=True,
    )
    display(changes[["step", "a_id", "b_id", "status", "lead_change", "diff"]])

# %% [markdown]
# The step in which a lead changed, as the HTML view shows it: words taken out in red, words
# put in in green, unchanged paragraphs left out.

# %%
if corpus is None:
    print("No corpus: no view.")
else:
    with_lead = [s for s in steps if (s.frame["lead_change"] != "").any()] or steps[-1:]
    display(HTML(with_lead[0].to_html(unchanged=False)))

# %% [markdown]
# ## Figure: each paragraph through the versions
#
# One row per paragraph, one column per version; grey where it stayed the same, orange where
# it was edited, green where it first appears, red where it was dropped. Look for the column
# that is orange from top to bottom, and for the paragraph that lived for two sessions.

# %%
if corpus is None:
    print("No corpus: no figure.")
else:
    grid = compare.lineage(steps)
    later = grid.iloc[:, 1:]
    share = (later == "unchanged").sum().sum() / later.notna().sum().sum()
    fig = compare.plot_lineage(
        grid, title=f"{share:.0%} of paragraphs came back word for word in the next version"
    )
    plots.save(fig, "13-paragraph-lineage")

# %% [markdown]
# ## Terminology shifts
#
# The word n-grams replaced between consecutive versions, counted; citations and dates brought
# up to date are left out. Nothing here comes from a list of known changes: the first row is
# what the diff found.

# %%
if corpus is None:
    print("No corpus: no shifts.")
else:
    shifts = compare.terminology_shifts(list(french["resolution"]))
    display(shifts.head(10))

# %% [markdown]
# ## Three languages of one year
#
# The adopted text of the seed's session in French, English and Spanish, aligned on the
# French by position, numbering, lead glosses, relative length and the numbers and symbols
# every translation keeps. `numbers` is true when the three print the same numbers; `gloss`
# lists the English concepts of the leads, which translators do not always choose alike
# (*Souligne* is *Emphasizes*).

# %%
if corpus is None:
    print("No corpus: no translations.")
else:
    year = found[found["session"] == seed.session]
    languages = list(year["resolution"])
    table = compare.side_by_side(languages)
    display(table[["fr_id", "fr_lead", "en_lead", "es_lead", "gloss", "numbers"]])

# %% [markdown]
# ## Figure: every paragraph pairs with its translation
#
# Each square scores a French paragraph (rows) against an English or Spanish one (columns);
# the circles are the pairs chosen. Look for the dark diagonal: each paragraph pairs with
# the paragraph at the same place, and its neighbours score far lower.

# %%
if corpus is None:
    print("No corpus: no figure.")
else:
    fig = compare.plot_alignment(languages[0], languages[1:])
    plots.save(fig, "13-three-languages")
