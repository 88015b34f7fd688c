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
# **What it produces.** `figures/12-conferences-by-session.svg`,
# `figures/12-conferences-cited-together.svg` and, where the corpus has the 77th session in all
# six official languages, `figures/12-conferences-in-six-languages.svg`. Without a corpus it
# says so and stops.

# %%
from helpers import plots, tables
from helpers.build import corpus_frames, session_frames
from helpers.conferences import load_conferences
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

# %% [markdown]
# ## Figure: one session in the six official languages
#
# The corpus has the General Assembly's 77th session in Russian, Chinese and Arabic as well. The
# same resolutions, translated, should refer to the same conferences: bars of equal length
# mean the six versions agree. Where one language's bar stands apart, its version names the
# conference where the others do not. The title names the largest such gap.

# %%
languages = ["en", "fr", "es", "ru", "zh", "ar"]
six = session_frames(corpus, 77, languages) if corpus else None
if six is not None:
    by_language = tables.conference_by_language(six["conferences"], languages, top=8)
    row, lang, n, median = tables.language_outlier(by_language)
by_language if six is not None else None

# %%
if six is not None:
    conference = load_conferences().set_index("key").loc[row, "name_en"]
    name = {"fr": "French", "es": "Spanish", "ru": "Russian", "zh": "Chinese", "ar": "Arabic"}
    fig = plots.grouped_bars(
        by_language,
        f"Session 77: {name.get(lang, 'English')} refers to the {conference} in {n} "
        f"resolutions, the other languages in {median}",
        "resolutions of session 77 that refer to the conference",
    )
    plots.save(fig, "12-conferences-in-six-languages")

# %% [markdown]
# The versions agree on nearly every conference. The one gap, in the corpus as shipped, is a
# matter of translation, not of parsing: where English recalls "the Millennium Development
# Goals", the Russian text says "the development goals set out in the Millennium Declaration"
# ("целей в области развития, сформулированных в Декларации тысячелетия"), and so names the
# Summit's outcome in the 47 resolutions where the other versions name only the goals.
