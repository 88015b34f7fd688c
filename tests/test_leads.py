"""Tests for helpers.leads: lead phrases, lemmas, glosses and inner verbs in EN, FR, ES, RU, ZH."""

from __future__ import annotations

import re

import pytest

from helpers.leads import (
    CONJUNCTIONS,
    HEAD_LOOKALIKES,
    HeadEntry,
    TokenStream,
    _conjunction_re,
    _dominant_sections,
    _starts_any,
    analyse,
    lexicon,
    tokens,
)
from helpers.lexicon import load_leads
from helpers.models import Lead, Span

# (language, section, clause text, lead as printed, lemma, gloss, adverbs)
LEADS = [
    (
        "en",
        "preamble",
        "Recalling its resolution 70/1 of 25 September 2015,",
        "Recalling",
        "recall",
        "recall",
        (),
    ),
    (
        "en",
        "preamble",
        "Recalling also its resolution 75/180,",
        "Recalling also",
        "recall",
        "recall",
        ("also",),
    ),
    ("en", "preamble", "Deeply concerned about the situation,", "Deeply concerned", None, None, ()),
    (
        "en",
        "preamble",
        "Taking note with appreciation of the report,",
        "Taking note with appreciation",
        "take note",
        "take note",
        ("with appreciation",),
    ),
    ("en", "preamble", "Bearing in mind the Charter,", "Bearing in mind", None, None, ()),
    (
        "en",
        "operative",
        "Decides to remain seized of the matter.",
        "Decides",
        "decide",
        "decide",
        (),
    ),
    (
        "en",
        "operative",
        "Also reaffirms its commitment;",
        "Also reaffirms",
        "reaffirm",
        "reaffirm",
        ("Also",),
    ),
    ("en", "operative", "Calls upon all States to act;", "Calls upon", None, "call upon", ()),
    (
        "fr",
        "preamble",
        "Rappelant en outre la Conférence mondiale,",
        "Rappelant en outre",
        "rappeler",
        "recall",
        ("en outre",),
    ),
    (
        "fr",
        "preamble",
        "Profondément préoccupée par la situation,",
        "Profondément préoccupée",
        None,
        None,
        (),
    ),
    (
        "fr",
        "preamble",
        "Ayant examiné le rapport du Secrétaire général,",
        "Ayant examiné",
        None,
        None,
        (),
    ),
    (
        "fr",
        "operative",
        "Prie le Secrétaire général de lui présenter un rapport ;",
        "Prie",
        "prier",
        "request",
        (),
    ),
    (
        "fr",
        "operative",
        "Se félicite de l’adoption de la déclaration ;",
        "Se félicite",
        "se féliciter",
        "welcome",
        (),
    ),
    (
        "es",
        "preamble",
        "Teniendo presente la Carta de las Naciones Unidas,",
        "Teniendo presente",
        None,
        None,
        (),
    ),
    (
        "es",
        "preamble",
        "Recordando además su resolución 75/180,",
        "Recordando además",
        "recordar",
        "recall",
        ("además",),
    ),
    (
        "es",
        "operative",
        "Pone de relieve además la importancia del diálogo;",
        "Pone de relieve además",
        "poner de relieve",
        None,
        ("además",),
    ),
    ("es", "operative", "Exhorta a los Estados a que cooperen;", "Exhorta", "exhortar", None, ()),
    # the other genders and numbers of an adjective the corpus prints in the feminine singular
    (
        "fr",
        "preamble",
        "Convaincus de la nécessité de faire passer l’économie créative à la vitesse supérieure,",
        "Convaincus",
        "convaincu",
        "convinced",
        (),
    ),
    (
        "es",
        "preamble",
        "Profundamente preocupados por la situación,",
        "Profundamente preocupados",
        "preocupado",
        "deeply concerned",
        (),
    ),
]

# Chinese, read character by character: (section, clause text, lead, lemma, gloss, adverbs)
ZH_LEADS = [
    # a modifier before the head ("又" also, "还" further, "再次" again, "在这方面" in this regard)
    (
        "preamble",
        "又回顾安全理事会关于阿富汗局势的所有相关决议，",
        "又回顾",
        "回顾",
        "recall",
        ("又",),
    ),
    ("preamble", "回顾其2020年12月10日第75/90号决议，", "回顾", "回顾", "recall", ()),
    ("operative", "还决定将该项目列入临时议程；", "还决定", "决定", "decide", ("还",)),
    ("operative", "再次敦促各国加强合作；", "再次敦促", "敦促", "urge", ("再次",)),
    ("preamble", "在这方面欢迎粮农组织的工作，", "在这方面欢迎", "欢迎", "welcome", ("在这方面",)),
    # "表示注意到" (takes note) is a head of its own, "注意到" notes
    ("operative", "表示注意到秘书长的报告；", "表示注意到", "表示注意到", "take note", ()),
    ("preamble", "注意到秘书长的报告，", "注意到", "注意到", "note", ()),
    ("preamble", "又表示注意到秘书长的报告，", "又表示注意到", "表示注意到", "take note", ("又",)),
    # an adverb in "地" before the verb, or inside "表示注意到"
    ("preamble", "关切地注意到地雷行动的缺陷，", "关切地注意到", "注意到", "note", ("关切地",)),
    (
        "operative",
        "表示赞赏地注意到秘书长的报告；",
        "表示赞赏地注意到",
        "表示注意到",
        "take note",
        ("赞赏地",),
    ),
    # "深为关切" (deeply concerned) and "关切" (concerned), which "关切地" (with concern) opens
    ("preamble", "深为关切阿富汗严峻的人道主义局势，", "深为关切", "关切", "deeply concerned", ()),
    ("preamble", "关切地区冲突的影响，", "关切", "关切", "concerned", ()),
    (
        "preamble",
        "仍深为关切青年失业率居高不下，",
        "仍深为关切",
        "关切",
        "remain deeply concerned",
        (),
    ),
    # a compound head reaches as far as a modifier and a shorter head: fewer modifiers win
    ("operative", "特别指出，普遍的多边贸易体制；", "特别指出", "特别指出", "underscore", ()),
    ("operative", "特别强调所有行为体的责任；", "特别强调", "强调", "emphasize", ("特别",)),
    ("operative", "再次请会员国作出自愿捐助；", "再次请", "再次请", "reiterate", ()),
    ("operative", "又再次请秘书长提交报告；", "又再次请", "再次请", "reiterate", ("又",)),
    (
        "operative",
        "欢迎并鼓励媒体采取主动举措；",
        "欢迎并鼓励",
        "欢迎并鼓励",
        "welcome and encourage",
        (),
    ),
    # a one-character head: "请" requests
    ("operative", "请秘书长向大会第七十八届会议提交报告；", "请", "请", "request", ()),
    ("operative", "请特别报告员继续开展工作；", "请", "请", "request", ()),  # not "请" + "特别"
    ("operative", "邀请各会员国作出捐助；", "邀请", "邀请", "invite", ()),  # not "请"
    (
        "operative",
        "重申坚决支持公平和包容的全球化；",
        "重申坚决支持",
        "重申",
        "reaffirm",
        ("坚决",),
    ),
]


@pytest.mark.parametrize("row", ZH_LEADS, ids=[r[2] for r in ZH_LEADS])
def test_chinese_lead(row) -> None:
    section, text, lead_text, lemma, gloss, adverbs = row
    lead, verbs = analyse(text, language="zh", section=section)
    assert (lead.text, lead.lemma, lead.gloss, lead.adverbs) == (lead_text, lemma, gloss, adverbs)
    assert lead.known and verbs[0].position == "lead"
    assert lead.span == Span(0, len(lead_text))
    assert lexicon("zh").opens_clause(text, section)


@pytest.mark.parametrize(
    "text",
    [
        "请求秘书长提交报告；",  # "请求" (a request) opens with "请" but is another word
        "请愿人的陈述，",
        "对这种非法行为的被害人表示同情，",  # "对" (at): the verb comes at the end
        "安全理事会关于阿富汗局势的所有相关决议，",  # a paragraph that goes on
        "COVID-19大流行的影响，",
        "",
    ],
)
def test_chinese_clause_without_a_lead_of_the_lexicon(text: str) -> None:
    # no shape tells where a Chinese word ends: no lead is guessed, the clause has none
    for section in ("preamble", "operative"):
        assert analyse(text, language="zh", section=section) == (Lead(text="", known=False), ())
        assert not lexicon("zh").opens_clause(text, section)


def test_chinese_lookalikes_open_with_a_head() -> None:
    heads = lexicon("zh").heads["operative"]
    for word in HEAD_LOOKALIKES["zh"]:
        assert heads.matches(TokenStream(word), 0), word  # else the word needs no guard


@pytest.mark.parametrize("section", ["preamble", "operative"])
def test_each_chinese_row_reads_its_own_example(section: str) -> None:
    rows = load_leads("zh")
    rows = rows[rows["section"] == section]
    assert len(rows) > 70
    read = {
        r.form: (m.head.form if (m := lexicon("zh").match(r.example, section)) and m.head else None)
        for r in rows.itertuples(index=False)
    }
    assert {f: h for f, h in read.items() if h != f} == {}


# Arabic (no case; words apart): (section, clause text, lead, lemma, gloss, adverbs)
AR_LEADS = [
    # "إذ" / "وإذ" (whereas, and whereas) open a preambular paragraph before the verb
    (
        "preamble",
        "وإذ تشير أيضا إلى قرارات مجلس الأمن،",
        "وإذ تشير أيضا",
        "أشار",
        "recall",
        ("وإذ", "أيضا"),
    ),
    (
        "preamble",
        "إذ تسترشد بمقاصد ميثاق الأمم المتحدة ومبادئه،",
        "إذ تسترشد",
        "استرشد",
        "guided",
        ("إذ",),
    ),
    (
        "preamble",
        "وإذ تشير كذلك إلى قرارها 75/1،",
        "وإذ تشير كذلك",
        "أشار",
        "recall",
        ("وإذ", "كذلك"),
    ),
    # "تؤكد من جديد" (affirms anew) is a head of its own, "تؤكد" stresses; a rare longer head
    # is read over a common shorter one ("تؤكد مجددا", reaffirms, 20 times; "تؤكد", 517)
    (
        "preamble",
        "وإذ تؤكد من جديد قرارها 46/182،",
        "وإذ تؤكد من جديد",
        "أكد",
        "reaffirm",
        ("وإذ",),
    ),
    ("preamble", "وإذ تؤكد أهمية التعاون الدولي،", "وإذ تؤكد", "أكد", "stress", ("وإذ",)),
    ("preamble", "وإذ تؤكد مجددا التزامها،", "وإذ تؤكد مجددا", "أكد", "reaffirm", ("وإذ",)),
    (
        "operative",
        "تؤكد من جديد التزامها بالميثاق؛",
        "تؤكد من جديد التزامها",
        "أكد",
        "reaffirm",
        (),
    ),
    ("operative", "تطالب جميع الأطراف بالامتثال؛", "تطالب", "طالب", "demand", ()),
    (
        "operative",
        "تكرر مطالبتها بأن تمتثل الأطراف؛",
        "تكرر مطالبتها",
        "كرر المطالبة",
        "reiterate",
        (),
    ),
    ("operative", "تطلب إلى الأمين العام أن يقدم تقريرا؛", "تطلب", "طلب", "request", ()),
    # "تحيط علما" (takes knowledge) is "take note"; a modifier after it, or inside a head
    (
        "operative",
        "تحيط علما مع التقدير بتقرير الأمين العام؛",
        "تحيط علما مع التقدير",
        "أحاط علما",
        "take note",
        ("مع التقدير",),
    ),
    (
        "operative",
        "تعيد أيضا تأكيد قرارها 76/1؛",
        "تعيد أيضا تأكيد",
        "أعاد تأكيد",
        "reaffirm",
        ("أيضا",),
    ),
    ("preamble", "وقد نظرت في تقرير الأمين العام،", "وقد نظرت", "نظر", "consider", ()),
    (
        "preamble",
        "وإذ يساورها بالغ القلق إزاء الحالة الإنسانية،",
        "وإذ يساورها بالغ القلق",
        "قلق",
        "deeply concerned",
        ("وإذ",),
    ),
    # tashkeel (shadda, tanween) and tatweel inside a word: read as if absent, kept as printed
    (
        "preamble",
        "وإذ تسلّم أيضاً بأهمية العمل،",
        "وإذ تسلّم أيضاً",
        "سلم",
        "recognize",
        ("وإذ", "أيضاً"),
    ),
    ("operative", "تـطلب إلى الأمين العام أن يقدم تقريرا؛", "تـطلب", "طلب", "request", ()),
]


@pytest.mark.parametrize("row", AR_LEADS, ids=[r[2] for r in AR_LEADS])
def test_arabic_lead(row) -> None:
    section, text, lead_text, lemma, gloss, adverbs = row
    lead, verbs = analyse(text, language="ar", section=section)
    assert (lead.text, lead.lemma, lead.gloss, lead.adverbs) == (lead_text, lemma, gloss, adverbs)
    assert lead.known and verbs[0].position == "lead"
    assert lead.span == Span(0, len(lead_text))
    assert lexicon("ar").opens_clause(text, section)  # any Arabic letter may open a clause
    assert lexicon("ar").match(text, section).text == lead_text  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "تقرير الأمين العام عن أعمال المنظمة،",  # "تقرير" (report) opens like "تقر" (recognizes)
        "وإذ",  # a modifier without a head
        "الجمعية العامة،",
        "",
    ],
)
def test_arabic_clause_without_a_lead_of_the_lexicon(text: str) -> None:
    for section in ("preamble", "operative"):
        assert lexicon("ar").match(text, section) is None
        assert not lexicon("ar").opens_clause(text, section)


@pytest.mark.parametrize("section", ["preamble", "operative"])
def test_each_arabic_row_reads_its_own_example(section: str) -> None:
    rows = load_leads("ar")
    rows = rows[rows["section"] == section]
    assert len(rows) > 70
    read = {
        r.form: (m.head.form if (m := lexicon("ar").match(r.example, section)) and m.head else None)
        for r in rows.itertuples(index=False)
    }
    assert {f: h for f, h in read.items() if h != f} == {}


@pytest.mark.parametrize("row", LEADS, ids=[r[3] for r in LEADS])
def test_lead(row) -> None:
    language, section, text, lead_text, lemma, gloss, adverbs = row
    lead, verbs = analyse(text, language=language, section=section)
    assert lead.text == lead_text
    assert lead.known
    if lemma is not None:
        assert lead.lemma == lemma
    if gloss is not None:
        assert lead.gloss == gloss
    assert lead.adverbs == adverbs
    assert verbs[0].position == "lead"
    assert lead.span is not None and text[lead.span.start : lead.span.end] == lead_text


# The same concept aligns across languages through its English gloss.
ALIGNED = [
    ("Recalling", "Rappelant", "Recordando"),
    ("Requests", "Prie", "Solicita"),
    ("Decides", "Décide", "Decide"),
    ("Welcomes", "Se félicite", "Acoge con beneplácito"),
]


@pytest.mark.parametrize("forms", ALIGNED, ids=[a[0] for a in ALIGNED])
def test_glosses_align_across_languages(forms) -> None:
    glosses = set()
    for language, form in zip(("en", "fr", "es"), forms, strict=True):
        section = "preamble" if form.endswith(("ing", "ant", "ando")) else "operative"
        lead, _ = analyse(f"{form} the text;", language=language, section=section)
        glosses.add(lead.gloss)
    assert len(glosses) == 1 and None not in glosses


# Second actions inside operative paragraphs.
INNER = [
    (
        "fr",
        "Réaffirme que le dialogue facilite la promotion, et se félicite à cet égard de la tenue ;",
        ["se féliciter"],
    ),
    (
        "fr",
        "Demande aux États de continuer, et encourage les organisations à contribuer ;",
        ["encourager"],
    ),
    ("en", "Welcomes the report and calls upon all States to implement it;", ["call upon"]),
    (
        "es",
        "Condena los ataques, y exhorta a todas las partes a que cesen las hostilidades;",
        ["exhortar"],
    ),
    # a noun after "et" is not a second action
    ("fr", "Prie le Secrétaire général de présenter un rapport et demande d’information ;", []),
    # Chinese "并" after the comma that closes the first action
    (
        "zh",
        "建议所有国家对《示范法》予以积极考虑，并邀请已使用《示范法》的国家通报相关事宜；",
        ["邀请"],
    ),
    ("zh", "欢迎秘书长的报告，并请秘书长继续提交报告；", ["请"]),
    (
        "zh",
        "注意到该报告，并在这方面鼓励各国加强合作，并再次请秘书长提交报告；",
        ["鼓励", "再次请"],
    ),
    ("zh", "表示注意到该报告，并表示赞赏地注意到其建议；", ["表示注意到"]),
    # after a character, "并" is inside a word ("合并", merges) or joins two verbs of one action
    ("zh", "决定合并请愿和来文的审议；", []),
    ("zh", "请秘书长审议并核准该建议；", []),
    ("zh", "欢迎该报告，并确保其执行；", []),  # "确保" (ensure) is no head
    ("zh", "欢迎该报告，并请求秘书长协助；", []),  # "请求" is not "请"
    # Arabic "و" (and) glued to the verb of a second action, after a comma (2,157 of the 2,207
    # second actions of GA 77's aligned operative paragraphs) or not
    (
        "ar",
        "تحيط علما بتقرير الأمين العام، وتطلب إليه أن يقدم تقريرا؛",
        ["طلب"],
    ),
    (
        "ar",
        "تؤكد أهمية التعاون، وتشير في هذا الصدد إلى قرارها 75/1، وتهيب بالدول الأعضاء؛",
        ["أشار", "أهاب"],
    ),
    ("ar", "تدعو الدول وتشجعها على التعاون؛", []),  # "وتشجعها": the verb with its object
    ("ar", "تحيط علما بتقرير الأمين العام وتقرير اللجنة؛", []),  # "وتقرير" (and the report)
    ("ar", "تطلب إلى الدول وإلى المنظمات أن تتعاون؛", []),  # "وإلى" (and to)
]


@pytest.mark.parametrize("row", INNER, ids=[r[1][:30] for r in INNER])
def test_inner_verbs(row) -> None:
    language, text, lemmas = row
    _, verbs = analyse(text, language=language, section="operative")
    assert [v.lemma for v in verbs if v.position == "inner"] == lemmas


def test_unknown_lead_is_reported_not_dropped() -> None:
    lead, verbs = analyse("Zorgifies the matter;", language="en", section="operative")
    assert lead.text == "Zorgifies"
    assert not lead.known and lead.lemma is None
    assert verbs[0].text == "Zorgifies"


def test_markup_lead_is_kept_as_printed() -> None:
    lead, _ = analyse(
        "Reaffirming its commitment to the Charter,",
        language="en",
        section="preamble",
        lead_text="Reaffirming its commitment",
    )
    assert lead.text == "Reaffirming its commitment"
    assert lead.lemma == "reaffirm"


def test_lexicon_is_not_empty() -> None:
    for lang in ("en", "fr", "es"):
        assert lexicon(lang).size > 200
    assert lexicon("zh").size > 150


@pytest.mark.parametrize(
    ("lead_text", "text", "read", "lemma", "adverbs"),
    [
        ("又回顾", "又回顾其第75/90号决议，", "又回顾", "回顾", ("又",)),
        (
            "又认识",
            "又认识到贫困持续女性化，",
            "又认识到",
            "认识到",
            ("又",),
        ),  # the bold stops short
        ("对", "对这种非法行为的被害人表示同情，", "对", None, ()),  # kept as printed, unknown
    ],
)
def test_chinese_markup_lead(
    lead_text: str, text: str, read: str, lemma: str | None, adverbs: tuple[str, ...]
) -> None:
    lead, _ = analyse(text, language="zh", section="preamble", lead_text=lead_text)
    assert (lead.text, lead.lemma, lead.adverbs, lead.known) == (read, lemma, adverbs, bool(lemma))
    assert lead.span == Span(0, len(read))


# The fast paths must read exactly what the plain ones read.
TOKEN_TEXTS = [
    "Prenant également note avec satisfaction du rapport,",
    "又回顾安全理事会第2626 (2022)号决议和COVID-19,",
    "Calls upon all States, and further urges them to act;",
    "Réaffirme l’importance de l'État d’Israël et-ou la vie-a’ ;",
    "",
    "12 3 (a) — Décide",
    "وإذ تسلّم أيضاً بأهمية العمل، وتـطلب",  # Arabic marks inside words
    "Budget et crédits ; y explica",
]


@pytest.mark.parametrize("text", TOKEN_TEXTS)
@pytest.mark.parametrize("limit", [None, 1, 3, 16])
def test_token_stream_reads_what_tokens_reads(text: str, limit: int | None) -> None:
    stream = TokenStream(text, limit=limit)
    got = []
    while (tok := stream.get(len(got))) is not None:
        got.append(tok)
    assert got == tokens(text, limit=limit)
    with pytest.raises(IndexError):
        stream[len(got)]


def test_token_stream_offsets_a_slice() -> None:
    text = "Welcomes the report and calls upon States"
    at = text.index("and")
    assert TokenStream(text[at:], limit=2, offset=at)[1] == ("calls", at + 4, at + 9)


@pytest.mark.parametrize(
    ("language", "text", "lemmas"),
    [
        # a conjunction inside a word ("budget et", "Scandinavia") opens nothing
        ("en", "Notes the bands and calls upon States;", ["call upon"]),
        ("en", "Notes the Scandinavian stand, and urges States;", ["urge"]),
        ("fr", "Prend note du budget, et se félicite du rapport ;", ["se féliciter"]),
        ("es", "Toma nota del informe, y exhorta a los Estados;", ["exhortar"]),
        ("es", "Toma nota de que el informe, e insta a los Estados;", ["instar"]),
        ("es", "Toma nota del informe de la reunión y de sus conclusiones;", []),
        # the conjunction right after the lead, and twice in a row
        ("en", "Decides and and decides again;", ["decide"]),
    ],
)
def test_inner_verbs_fast_scan(language: str, text: str, lemmas: list[str]) -> None:
    _, verbs = analyse(text, language=language, section="operative")
    assert [v.lemma for v in verbs if v.position == "inner"] == lemmas
    for v in verbs:
        assert v.span is not None and text[v.span.start : v.span.end] == v.text


def _plain_conjunction_re(language: str, first: frozenset[str]) -> re.Pattern[str]:
    """All conjunctions in one scan, as `_conjunction_re` once was: ``\\b``, a flat alternation."""
    conj = sorted(CONJUNCTIONS[language])
    edge = r"\b" if any(len(w) == 1 for w in conj) else ""
    words = "|".join(re.escape(w).replace("’", "[’']") for w in sorted(first, key=len)[::-1])
    return re.compile(
        rf"{edge}({'|'.join(conj)})(?:\s{{1,16}}(?=\w)(?=(?i:{words})|[\d_]|\S{{60}})|\s{{17,}}(?=\w))"
    )


CONJUNCTION_TEXTS = [
    ("en", "Notes the bands and calls upon States, and Also requests; and 12 and _x", 0),
    ("en", "Decides and" + " " * 17 + "then; and " + "x" * 70 + " and\n\tURGES", 0),
    ("en", "Welcomes the standard and and decides, AND decides, and d’accord", 3),
    ("fr", "Prend note du budget, et se félicite et s'engage et S’ENGAGE, cet et", 0),
    ("fr", "Décide et" + " " * 16 + "prie, et\u00a0prie ; et-prie (et prie", 0),
    ("es", "Toma nota del informe, y exhorta; e insta, ley y exhorta, ye insta", 0),
    ("es", "y exhorta a todos, (y exhorta) —e insta y 3 e _x y", 0),
    ("es", "Hoy exhorta: y exhorta", 2),  # the scan starts after a word character
    ("es", "y" + " " * 20 + "exhorta e" + "s" * 61, 0),
]


@pytest.mark.parametrize(("language", "text", "pos"), CONJUNCTION_TEXTS)
def test_conjunction_scan_finds_what_the_plain_pattern_finds(
    language: str, text: str, pos: int
) -> None:
    first = lexicon(language)._inner_first
    scans = [_conjunction_re(conj, first) for conj in CONJUNCTIONS[language]]
    found = sorted((m.span(1), m.end()) for scan in scans for m in scan.finditer(text, pos))
    plain = _plain_conjunction_re(language, first)
    assert found == [(m.span(1), m.end()) for m in plain.finditer(text, pos)]
    assert found  # the table exercises matches, not only misses


@pytest.mark.parametrize(
    ("words", "text", "starts"),
    [
        (["decides", "decide", "declares"], "Decides", False),  # case is the caller's flag
        (["decides", "decide", "declares"], "decidedly", True),  # a word that starts it
        (["decides", "declares"], "decl", False),
        (["decides", "declares"], "declares", True),
        (["s’engage", "se"], "s'engage", True),  # the ASCII apostrophe as the typographic one
        (["s’engage"], "s engage", False),
        (["a.b", "x+"], "a.b", True),  # characters that are special in a pattern
        (["a.b", "x+"], "axb", False),
        (["x+"], "x+", True),
    ],
)
def test_starts_any_is_a_prefix_test(words: list[str], text: str, starts: bool) -> None:
    pattern = re.compile(_starts_any(frozenset(words)))
    assert bool(pattern.match(text)) is starts


@pytest.mark.parametrize(
    ("text", "section", "hits"),
    [
        ("Decides to act;", "operative", [1]),
        ("Calls upon States;", "operative", [2]),
        ("Calls once again upon States;", "operative", [4]),  # a modifier inside the head
        ("Takes also note of the report;", "operative", [3, 4]),
        ("Frobnicates the report;", "operative", []),  # an unknown first word
        ("Recalling its resolution;", "operative", []),  # a head of the other section
        ("12. Decides", "operative", [1]),  # numbers are no words
        ("", "operative", []),
    ],
)
def test_trie_matches_start_at_the_first_word(text: str, section: str, hits: list[int]) -> None:
    lex = lexicon("en")
    found = lex.heads[section].matches(TokenStream(text, limit=16), 0, lex.inside)
    assert [n for n, _ in found] == hits


def test_equal_leads_are_equal_and_different_leads_differ() -> None:
    text = "Decides to act;"
    marked, verbs = analyse(text, language="en", section="operative", lead_text="Decides")
    found, _ = analyse(text, language="en", section="operative")
    assert marked == found == Lead("Decides", "decide", "decide", "verb", (), True, Span(0, 7))
    assert verbs[0].span == Span(0, 7)
    later, _ = analyse("  Decides to act;", language="en", section="operative")
    assert later.span == Span(2, 9)
    unknown, _ = analyse(text, language="en", section="operative", lead_text="Decides to")
    assert (unknown.known, unknown.lemma, unknown.span) == (False, None, Span(0, 10))
    empty, verbs = analyse("12 3", language="en", section="operative")
    assert (empty, verbs) == (Lead(text="", known=False), ())


# (language, marked-up lead, clause text, lead read, lemma, span): in this order, so that an
# answer kept for a lead is tried on texts where it must not hold.
MARKED = [
    ("en", "Calls", "Calls upon all States;", "Calls upon", "call upon", (0, 10)),
    ("en", "Calls", "Calls for restraint;", "Calls for", "call for", (0, 9)),
    ("en", "Calls", "Calls upon all States;", "Calls upon", "call upon", (0, 10)),
    ("en", "Decides", "Decides to act;", "Decides", "decide", (0, 7)),
    ("en", "Decides", "Also decides to act;", "Decides", "decide", None),
    ("en", " Decides ", "Decides to act;", "Decides", "decide", (0, 7)),
    ("en", "Decides", "Decides", "Decides", "decide", (0, 7)),
    # a language without a lexicon (Persian script here), the lead inside a word
    ("fa", "تقرر", "تقرر أن تبقي", "تقرر", None, (0, 4)),
    ("fa", "تقرر", "وتقرر أن", "تقرر", None, (1, 5)),
    ("ar", "تقرر", "تقرر أن تبقي", "تقرر", "قرر", (0, 4)),  # Arabic has one now
]


def test_marked_up_leads_kept_only_where_they_hold() -> None:
    for language, lead_text, text, read, lemma, span in MARKED:
        lead, verbs = analyse(text, language=language, section="operative", lead_text=lead_text)
        assert (lead.text, lead.lemma, lead.known) == (read, lemma, lemma is not None)
        assert lead.span == (Span(*span) if span else None)
        assert verbs[0].span == lead.span


def test_markup_leads_are_remembered_not_shared_wrongly() -> None:
    first, _ = analyse(
        "Stresses the need to act;", language="en", section="operative", lead_text="Stresses"
    )
    second, _ = analyse(
        "Also stresses the need;", language="en", section="operative", lead_text="Stresses"
    )
    assert first.span == Span(0, 8)
    assert second.span is None  # the printed lead is not in this text: no span
    assert first.lemma == second.lemma == "stress"


# Modifiers printed between the words of a multi-word head (lead_adverbs.csv, "inside").
INSIDE = [
    (
        "fr",
        "operative",
        "Prend également note du rapport ;",
        "Prend également note",
        "prendre note",
    ),
    (
        "fr",
        "operative",
        "Met de nouveau l’accent sur la nécessité ;",
        "Met de nouveau l’accent",
        None,
    ),
    (
        "fr",
        "preamble",
        "Se déclarant de nouveau vivement préoccupée par la situation,",
        "Se déclarant de nouveau vivement préoccupée",
        "se déclarer vivement préoccupé",
    ),
    ("en", "operative", "Calls once again upon all States;", "Calls once again upon", "call upon"),
]


@pytest.mark.parametrize("row", INSIDE, ids=[r[3] for r in INSIDE])
def test_modifier_inside_a_head(row) -> None:
    language, section, text, lead_text, lemma = row
    lead, _ = analyse(text, language=language, section=section)
    assert lead.text == lead_text
    assert lead.known
    if lemma is not None:
        assert lead.lemma == lemma
    assert lexicon(language).opens_clause(text, section)


# --------------------------------------------------------------------------------------------
# Declarations: leads in the first person plural take the third-person head's lemma and gloss
# --------------------------------------------------------------------------------------------

# (language, clause text, lead as printed, third-person head it conjugates, adverbs)
DECLARED = [
    ("en", "We reaffirm the importance of the Programme;", "We reaffirm", "Reaffirms", ()),
    ("en", "We also recognize that transit matters;", "We also recognize", "Recognizes", ("also",)),
    ("en", "We call upon all partners to act;", "We call upon", "Calls upon", ()),
    ("en", "We take note of the report;", "We take note", "Takes note", ()),
    ("en", "We will support the reform.", "We will support", "Supports", ()),
    ("en", "Reaffirm the right of everyone to health;", "Reaffirm", "Reaffirms", ()),
    ("en", "We deeply regret the loss of life;", "We deeply regret", "Deeply regrets", ()),
    ("fr", "Nous réaffirmerons notre appui ;", "Nous réaffirmerons", "Réaffirme", ()),
    ("fr", "Se féliciter de la tenue du Sommet ;", "Se féliciter", "Se félicite", ()),
    ("es", "Reafirmaremos nuestro apoyo;", "Reafirmaremos", "Reafirma", ()),
    (
        "en",
        "Further recognize that the disease is curable;",
        "Further recognize",
        "Recognizes",
        ("Further",),
    ),
    (
        "en",
        "Note with concern that the gaps persist;",
        "Note with concern",
        "Notes",
        ("with concern",),
    ),
    (
        "fr",
        "Nous réaffirmons notre attachement au Programme ;",
        "Nous réaffirmons",
        "Réaffirme",
        (),
    ),
    (
        "fr",
        "Nous réaffirmons également que la paix compte ;",
        "Nous réaffirmons également",
        "Réaffirme",
        ("également",),
    ),
    ("fr", "Nous nous engageons à agir ;", "Nous nous engageons", "S’engage", ()),
    ("fr", "Nous engageons les États à agir ;", "Nous engageons", "Engage", ()),
    ("fr", "Nous prenons note du rapport ;", "Nous prenons note", "Prend note", ()),
    (
        "fr",
        "Nous reconnaissons combien les partenariats comptent ;",
        "Nous reconnaissons",
        "Reconnaît",
        (),
    ),
    ("fr", "Prions le Secrétaire général de faire rapport ;", "Prions", "Prie", ()),
    ("fr", "Réaffirmer le droit de toute personne à la santé ;", "Réaffirmer", "Réaffirme", ()),
    ("es", "Reafirmamos nuestro compromiso con el Programa;", "Reafirmamos", "Reafirma", ()),
    (
        "es",
        "Reafirmamos también que la paz importa;",
        "Reafirmamos también",
        "Reafirma",
        ("también",),
    ),
    (
        "es",
        "Nosotros reconocemos la importancia del tránsito;",
        "Nosotros reconocemos",
        "Reconoce",
        (),
    ),
    ("es", "Nos comprometemos a actuar;", "Nos comprometemos", "Se compromete", ()),
    (
        "es",
        "Acogemos con beneplácito los avances;",
        "Acogemos con beneplácito",
        "Acoge con beneplácito",
        (),
    ),
    ("es", "Tomamos nota del informe;", "Tomamos nota", "Toma nota", ()),
    ("es", "Solicitar al Secretario General que informe;", "Solicitar", "Solicita", ()),
]


@pytest.mark.parametrize("row", DECLARED, ids=[r[2] for r in DECLARED])
def test_declaration_lead_takes_the_third_person_heads_lemma_and_gloss(row) -> None:
    language, text, lead_text, head, adverbs = row
    third, _ = analyse(f"{head} the text;", language=language, section="operative")
    lead, verbs = analyse(text, language=language, section="operative")
    assert third.known and third.text == head
    assert (lead.text, lead.adverbs, lead.known) == (lead_text, adverbs, True)
    assert (lead.lemma, lead.gloss, lead.pos) == (third.lemma, third.gloss, third.pos)
    assert lead.span is not None and text[lead.span.start : lead.span.end] == lead_text
    assert (verbs[0].lemma, verbs[0].gloss) == (lead.lemma, lead.gloss)


# Clauses that are not declaration leads: they keep an unknown lead (or none at all).
NOT_DECLARED = [
    ("en", "The General Assembly,"),
    ("en", "In this regard, the Conference met;"),
    ("en", "We, Heads of State and Government, gathered here;"),  # no verb after the pronoun
    ("en", "We are deeply concerned by the crisis;"),  # copula: not a head of the lexicon
    ("en", "Direct expenses of the Administration shall be charged;"),  # an adjective
    ("en", "Wednesday, 11 June: opening;"),
    ("fr", "Les États Membres ont décidé ;"),
    ("fr", "Nous, chefs d’État et de gouvernement, réunis ;"),
    ("fr", "Nous sommes conscients des difficultés ;"),
    ("fr", "Nous félicitons-nous ;"),  # no subject left for a reflexive verb read bare
    ("fr", "Engageons-nous à agir ;"),
    ("es", "Los Estados Miembros deciden;"),
    ("es", "En este sentido, la Conferencia;"),
    ("es", "Nosotros, los Estados Miembros;"),
    ("es", "Fortalecer los sistemas de salud;"),  # a verb the lexicon does not know
]


@pytest.mark.parametrize(("language", "text"), NOT_DECLARED, ids=[t for _, t in NOT_DECLARED])
def test_other_clauses_are_not_declaration_leads(language: str, text: str) -> None:
    lead, _ = analyse(text, language=language, section="operative")
    assert not lead.known and lead.lemma is None and lead.gloss is None
    assert lexicon(language).match_declared(text) is None


def test_declaration_leads_do_not_open_clauses() -> None:
    # Segmentation is unchanged: only the lead of a clause already found is read differently.
    assert not lexicon("en").opens_clause("We reaffirm the 2030 Agenda;", "operative")


def _head(form: str, section: str, count: int) -> HeadEntry:
    return HeadEntry(form, form.lower(), form.lower(), "verb", section, count)


# (name, heads of the lexicon, (form, section) of the heads kept)
DOMINANT = [
    (
        "a head the markup gives the other section a handful of times is that section's only",
        [_head("Recalling", "preamble", 7000), _head("Recalling", "operative", 2)],
        [("Recalling", "preamble")],
    ),
    (
        "either way round",
        [_head("Recalls", "preamble", 10), _head("Recalls", "operative", 2000)],
        [("Recalls", "operative")],
    ),
    (
        "a head common enough in both sections stays in both",
        [_head("Désireuse", "preamble", 19), _head("Désireuse", "operative", 4)],
        [("Désireuse", "preamble"), ("Désireuse", "operative")],
    ),
    (
        "forms compared without case or apostrophe style",
        [_head("Taking note", "preamble", 3000), _head("taking Note", "operative", 3)],
        [("Taking note", "preamble")],
    ),
    (
        "heads of one section only are all kept",
        [_head("Noting", "preamble", 4000), _head("Decides", "operative", 9000)],
        [("Noting", "preamble"), ("Decides", "operative")],
    ),
]


@pytest.mark.parametrize(("name", "heads", "kept"), DOMINANT, ids=[d[0] for d in DOMINANT])
def test_dominant_sections(name: str, heads: list[HeadEntry], kept: list[tuple[str, str]]) -> None:
    assert [(h.form, h.section) for h in _dominant_sections(heads)] == kept, name


@pytest.mark.parametrize(
    ("language", "text", "section", "opens"),
    [
        # a preambular head never opens an operative paragraph, whatever a few spans say
        ("es", "Recordando sus resoluciones anteriores,", "operative", False),
        ("es", "Recordando sus resoluciones anteriores,", "preamble", True),
        ("en", "Noting the report of the Secretary-General,", "operative", False),
        ("en", "Recalls its resolution 78/1,", "operative", True),
        ("fr", "Se félicite de l’adoption du rapport ;", "operative", True),
        ("fr", "Consciente de l’importance de la question,", "operative", False),
        # a Spanish reflexive gerund, pronoun attached, opens a preambular paragraph
        ("es", "Guiándose por los principios de la Carta,", "preamble", True),
        ("es", "Esforzándose por adoptar un enfoque integrado,", "preamble", True),
        ("es", "Proponiéndose contribuir a los acuerdos,", "preamble", True),
        ("es", "Cada Estado Miembro,", "preamble", False),
        ("es", "Dándose cuenta", "operative", False),
        # a name in title case has the shape of a head but goes on the paragraph before
        ("en", "Federated States of Micronesia, from 8 to 10 September 2016,", "preamble", False),
        ("en", "Indigenous Peoples and local communities,", "preamble", False),
        ("en", "Disarmament and Development in Latin America and the Caribbean", "preamble", False),
        ("en", "Heartened by the progress made,", "preamble", True),  # a head: lower case after
        ("en", "Deeply troubled by the violence,", "preamble", True),
        ("es", "Estados Unidos de América,", "preamble", False),
        # Russian opens its clauses in lower case: a head of the lexicon, or a gerund's shape
        ("ru", "ссылаясь на свою резолюцию 70/1,", "preamble", True),
        ("ru", "полагая, что типовой закон будет полезен,", "preamble", True),  # not in the lexicon
        ("ru", "позитивно оценивая практический вклад,", "preamble", True),
        ("ru", "включая внесудебные казни,", "preamble", False),  # a gerund used as a preposition
        ("ru", "которая усугубила существующие проявления неравенства,", "preamble", False),
        ("ru", "международного права и его кодификации,", "preamble", False),
        ("ru", "постановляет продолжить рассмотрение вопроса;", "operative", True),
        ("ru", "постановляет продолжить рассмотрение вопроса;", "preamble", False),
        # the Latin "c" typed for the preposition "с"
        ("ru", "c удовлетворением отмечая прогресс,", "preamble", True),
        # Chinese has no case: a head of the lexicon opens a clause
        ("zh", "回顾其第75/90号决议，", "preamble", True),
        ("zh", "请秘书长提交报告；", "operative", True),
        ("zh", "请求秘书长提交报告；", "operative", False),
        ("zh", "秘书长提交的报告，", "preamble", False),
        # Arabic has no case: a head of the lexicon opens a clause, after "وإذ" or not
        ("ar", "وإذ تشير إلى قرارها 75/1،", "preamble", True),
        ("ar", "تطلب إلى الأمين العام أن يقدم تقريرا؛", "operative", True),
        ("ar", "تطلب إلى الأمين العام أن يقدم تقريرا؛", "preamble", False),
        ("ar", "الأمين العام أن يقدم تقريرا؛", "operative", False),
        # ... or by its shape: "قد" before a past verb, a verbal noun before "منها"
        ("ar", "وقد تسلمت التقرير السنوي للمنظمة،", "preamble", True),
        ("ar", "وقد أصغت إلى شعوب العالم،", "preamble", True),
        ("ar", "واعترافا منها بالجهود التي يبذلها المجلس،", "preamble", True),
        ("ar", "وتقديراً منها لوفاء نيبال بالتزاماتها،", "preamble", True),
        ("ar", "وقد يؤثر ذلك على التنمية،", "preamble", False),  # "قد" before a present verb
        ("ar", "والدول الأعضاء منها،", "preamble", False),  # "منها" after a noun
    ],
)
def test_opens_clause(language: str, text: str, section: str, opens: bool) -> None:
    assert lexicon(language).opens_clause(text, section) is opens


@pytest.mark.parametrize(
    ("language", "text", "ours"),
    [
        ("fr", "Nous sommes encouragés par les signes", True),  # the pronoun, any verb
        ("fr", "Nous, chefs d’État et de gouvernement", True),
        ("en", "We will protect our planet.", True),
        ("es", "Reafirmamos nuestro compromiso", True),  # the verb conjugated by rule
        ("en", "Welcoming the report", False),
        ("fr", "Note avec satisfaction", False),
        ("es", "Nota con aprecio", False),
    ],
)
def test_speaks_for_us(language: str, text: str, ours: bool) -> None:
    assert lexicon(language).speaks_for_us(text) is ours


# The paragraphs of a statement by the President of the Security Council name the Council as
# their subject: the lead is the head after it, with its adverbs, and it takes the head's lemma.
STATED = [
    ("en", "“The Security Council reiterates its primary responsibility;", "reiterates", ()),
    (
        "en",
        "“The Security Council further requests the Secretary-General;",
        "further requests",
        ("further",),
    ),
    (
        "en",
        "The Security Council expresses deep concern about the situation.",
        "expresses deep concern",
        (),
    ),
    ("fr", "« Le Conseil de sécurité réaffirme son attachement à la Charte.", "réaffirme", ()),
    ("es", "“El Consejo de Seguridad reafirma su compromiso.", "reafirma", ()),
    (
        "ru",
        "«Совет Безопасности вновь подтверждает свою приверженность.",
        "вновь подтверждает",
        ("вновь",),
    ),
    ("zh", "“安全理事会重申其维护国际和平与安全的首要责任。", "重申", ()),
]


@pytest.mark.parametrize("row", STATED, ids=[r[2] for r in STATED])
def test_statement_lead_follows_the_council(row) -> None:
    language, text, lead_text, adverbs = row
    lead, verbs = analyse(text, language=language, section="operative")
    assert (lead.text, lead.adverbs, lead.known) == (lead_text, adverbs, True)
    assert lead.span is not None and text[lead.span.start : lead.span.end] == lead_text
    assert verbs[0].lemma == lead.lemma is not None


# Clauses the rule leaves alone: no verb the lexicon knows after the subject, or no subject.
NOT_STATED = [
    ("en", "The Security Council, reiterates that regional organizations matter."),  # a comma
    ("en", "“The Security Council reaffirmed the role of women."),  # a past tense
    ("en", "The Security Councils of the region met."),  # not the organ's name
    ("en", "On 4 December 2020, the President issued the following statement:"),
    ("fr", "Le Conseil de sécurité,"),
]


@pytest.mark.parametrize(("language", "text"), NOT_STATED, ids=[t for _, t in NOT_STATED])
def test_other_clauses_have_no_stated_lead(language: str, text: str) -> None:
    assert lexicon(language).match_stated(text, "operative") is None


def test_arabic_masculine_forms_are_leads_not_inner_verbs() -> None:
    """The Council's Arabic leads are masculine; inside an Assembly paragraph a masculine verb
    has another subject, so it is no second action of the Assembly."""
    lead, verbs = analyse(
        "يطلب إلى الأمين العام أن يقدم تقريرا؛", language="ar", section="operative"
    )
    assert (lead.text, lead.gloss, lead.known) == ("يطلب", "request", True)
    _, verbs = analyse(
        "تطلب إلى الأمين العام أن يقدم تقريرا، ويشجع الأمين العام الدول على التعاون؛",
        language="ar",
        section="operative",
    )
    assert [v.text for v in verbs] == ["تطلب"]
    # the forms the corpus prints are still read inside a paragraph
    _, verbs = analyse(
        "تطلب إلى الأمين العام أن يقدم تقريرا، وتشجع الدول؛", language="ar", section="operative"
    )
    assert [v.text for v in verbs] == ["تطلب", "تشجع"]


# A decision as adopted: one sentence, the meeting first, its verb in the past after the subject
# (past_heads.csv). Before, the lead was "At", "À", "En", "На", unknown.
DECIDED = [
    (
        "en",
        "At its 2nd plenary meeting, on 5 September 2023, the General Assembly, on the "
        "recommendation of the Fifth Committee, decided to appoint Ms. A.",
        "decided",
        "decide",
    ),
    (
        "en",
        "At its 45th plenary meeting, on 1 December 2023, the General Assembly took note of the "
        "report of the Human Rights Council.",
        "took note",
        "take note",
    ),
    # a past participle between commas is not the verb
    (
        "en",
        "At its 50th plenary meeting, on 22 December 2023, the General Assembly, having "
        "considered the report of the Secretary-General, decided to defer consideration.",
        "decided",
        "decide",
    ),
    (
        "fr",
        "À sa 2e séance plénière, le 5 septembre 2023, l’Assemblée générale, sur la "
        "recommandation de la Cinquième Commission, a décidé de nommer Mme A.",
        "a décidé",
        "decide",
    ),
    (
        "fr",
        "À sa 45e séance plénière, le 1er décembre 2023, l’Assemblée générale a pris note du "
        "rapport du Conseil des droits de l’homme.",
        "a pris note",
        "take note",
    ),
    (
        "es",
        "En su 2ª sesión plenaria, celebrada el 5 de septiembre de 2023, la Asamblea General, por "
        "recomendación de la Quinta Comisión, decidió nombrar a la Sra. A.",
        "decidió",
        "decide",
    ),
    (
        "es",
        "En su 45ª sesión plenaria, celebrada el 1 de diciembre de 2023, la Asamblea General tomó "
        "nota del informe del Consejo de Derechos Humanos.",
        "tomó nota",
        "take note",
    ),
    (
        "ru",
        "На своем 2-м пленарном заседании 5 сентября 2023 года Генеральная Ассамблея по "
        "рекомендации Пятого комитета постановила назначить г-жу А.",
        "постановила",
        "decide",
    ),
]


@pytest.mark.parametrize(("language", "text", "lead", "gloss"), DECIDED)
def test_the_verb_of_a_decision_as_adopted(language: str, text: str, lead: str, gloss: str) -> None:
    found, verbs = analyse(text, language=language, section="operative")
    assert (found.text, found.gloss, found.known) == (lead, gloss, True)
    assert found.span is not None and text[found.span.start : found.span.end] == lead
    assert verbs[0].text == lead


def test_a_clause_that_opens_so_but_names_no_organ_has_no_decided_verb() -> None:
    found, _ = analyse(
        "At its next session, decided matters will be reviewed.", language="en", section="operative"
    )
    assert found.text != "decided"


@pytest.mark.parametrize("language", ["en", "fr", "es", "ru"])
def test_each_past_form_reads_as_its_head(language: str) -> None:
    from helpers.lexicon import load_past_heads

    lex = lexicon(language)
    rows = load_past_heads(language)
    assert len(rows) >= 30
    for row in rows.itertuples(index=False):
        hit = lex.past.longest(TokenStream(row.past), 0)
        assert hit is not None and hit[1].form == row.head, row.past
