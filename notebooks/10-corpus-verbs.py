# %% [markdown]
# # 10 · Verbs across a corpus
#
# **Question.** Which verbs does the General Assembly use to act, and do English, French and
# Spanish texts say the same thing the same way?
#
# **Data.** A corpus of resolutions configured by one setting (`UNRES_CORPUS`, or
# `data/external` after `make corpus`, or `../shared/corpus` beside the project): the AKN4UN
# resolutions of the General Assembly (sessions 74–79) and the Security Council (2020–2024) in
# English, French and Spanish, parsed into `data/processed/corpus` (built once, then reused).
#
# **What it produces.** `figures/10-verbs-across-languages.svg`,
# `figures/10-verbs-by-session.svg` and, where the corpus has the 77th session in Russian,
# Chinese and Arabic, `figures/10-verbs-in-six-languages.svg`. Without a corpus it says so and
# stops.

# %%
from helpers import plots, tables
from helpers.build import corpus_frames, session_frames
from helpers.paths import corpus_path

corpus = corpus_path()
frames = corpus_frames(corpus) if corpus else None
print("No corpus configured: nothing to show." if frames is None else "Corpus loaded.")

# %% [markdown]
# ## The corpus in numbers

# %%
if frames is not None:
    summary = tables.corpus_summary(frames["resolutions"])
summary if frames is not None else None

# %% [markdown]
# ## Figure: the same concepts, three languages
#
# Each group is one concept (the English gloss that aligns, e.g., *Requests* / *Prie* /
# *Solicita*); each bar is the share of that language's operative paragraphs it opens. Bars
# of equal length mean the translations keep the verb; a gap shows where one language splits a
# concept into several verbs.

# %%
if frames is not None:
    shares = tables.gloss_shares(frames["clauses"], "operative", top=12)
    top = shares.mean(axis="columns").idxmax()
    fig = plots.grouped_bars(
        shares,
        f"«{top}» opens the most operative paragraphs in all three languages",
        "share of the language's operative paragraphs (%)",
    )
    plots.save(fig, "10-verbs-across-languages")

# %% [markdown]
# ## Figure: the verbs session by session
#
# The share of operative paragraphs opened by the eight most common concepts, for each
# session (all three languages pooled). Flat lines mean a stable drafting style.

# %%
if frames is not None:
    by_session = tables.gloss_by_session(tables.main_sessions(frames["clauses"]), "operative")
    fig = plots.lines(
        by_session,
        "The operative verbs keep their shares from one session to the next",
        "session of the General Assembly",
        "share of operative paragraphs (%)",
    )
    plots.save(fig, "10-verbs-by-session")

# %% [markdown]
# ## Figure: one session in the six official languages
#
# The corpus has the General Assembly's 77th session in Russian, Chinese and Arabic as well.
# Its operative paragraphs in the six languages, concept by concept: the Russian, Chinese and
# Arabic heads take the gloss of the English head they translate in the aligned texts
# (`data/reference/leads.csv`). Bars of equal length mean the six versions keep the verb; where
# one language's bar outgrows the others, its drafting gives one verb to what English says with
# two. The title names the largest such gap.

# %%
languages = ["en", "fr", "es", "ru", "zh", "ar"]
six = session_frames(corpus, 77, languages) if corpus else None
if six is not None:
    shares77 = tables.gloss_shares(six["clauses"], "operative", top=12)[languages]
    gaps = shares77.drop(columns="en").sub(shares77["en"], axis="index")
    gloss, lang = gaps.stack().idxmax()
    name = {"fr": "French", "es": "Spanish", "ru": "Russian", "zh": "Chinese", "ar": "Arabic"}[lang]
    fig = plots.grouped_bars(
        shares77,
        f"Session 77: {name} opens {shares77.loc[gloss, lang]:.0f}% of operative paragraphs with "
        f"«{gloss}», English {shares77.loc[gloss, 'en']:.0f}%",
        "share of the language's operative paragraphs, session 77 (%)",
    )
    plots.save(fig, "10-verbs-in-six-languages")
