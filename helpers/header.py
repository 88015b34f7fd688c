"""Header: the lines above the acting-organ line → masthead fields (symbol, title, sponsors…).

A UN resolution or draft opens with a masthead whose parts are fixed by the UN's editorial
conventions, in every official language: the publisher ("United Nations") and the symbol, the
issuing organ and the distribution ("General Assembly", "Distr.: General"), the date of issue,
the session and the agenda item with its name, then, for an adopted text, the adoption line
("Resolution adopted by the General Assembly on …"), the committee it came through
("[on the report of the Third Committee (A/78/481)]") and the numbered title ("78/102. Title");
for a draft, the committee, the sponsors ("Cuba and …: draft resolution") and the title.

PDF extraction keeps these parts on lines of their own but not always apart: blank lines and
indents, which separate paragraphs elsewhere, are everywhere or nowhere in a masthead. So the
header is first cut into its parts by the shape of each line (`split_masthead`), and
`read_header` then reads the fields from the parts, by kind.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any, TypeVar

from helpers.dates import find_dates, ordinal_value, roman_value
from helpers.normalize import NAMES_NEXT_SYMBOL, columns, first_piece, join_wrapped, line_gap
from helpers.paths import REFERENCE

T = TypeVar("T")

# --------------------------------------------------------------------------------------------
# The parts of a masthead, one pattern each (EN | FR | ES | RU), matched at the start of a line.
# --------------------------------------------------------------------------------------------

#: A symbol as a masthead prints it, with the part letters of a composite resolution
#: ("A/RES/74/250 A-B") or the year of a Council resolution ("S/RES/2677 (2023)").
_SYMBOL_LIKE = r"[ASE]/\S+(?:\s+[A-Z](?:\s*-\s*[A-Z])?|\s*\(\d{4}\))?"

#: The publisher, upper left; a layout-keeping extractor prints the symbol beside it.
_PUBLISHER = (
    r"(?:United\s+Nations|Nations\s+Unies|Naciones\s+Unidas|Организация\s+Объединенных\s+Наций"
    r"|联合国|الأم\u0640*م\s+المتح\u0640*دة)"
    r"(?:\s+" + _SYMBOL_LIKE + r")?\s*$"
)

#: The issuing organ, under the logo, and the subsidiary body a masthead names under it.
_ORGAN = (
    r"(?:General\s+Assembly|Assembl[ée]e\s+g[ée]n[ée]rale|Asamblea\s+General"
    r"|Security\s+Council|Conseil\s+de\s+s[ée]curit[ée]|Consejo\s+de\s+Seguridad"
    r"|Economic\s+and\s+Social\s+Council|Conseil\s+[ée]conomique\s+et\s+social"
    r"|Consejo\s+Econ[óo]mico\s+y\s+Social"
    r"|Human\s+Rights\s+Council|Conseil\s+des\s+droits\s+de\s+l[’']homme"
    r"|Consejo\s+de\s+Derechos\s+Humanos"
    r"|Генеральная\s+Ассамблея|Совет\s+Безопасности|Экономический\s+и\s+Социальный\s+Совет"
    r"|Совет\s+по\s+правам\s+человека"
    r"|大会|安全理事会|经济及社会理事会|人权理事会"
    r"|الجمعية\s+العامة|مجلس\s+الأمن|المجلس\s+الاقتصادي\s+والاجتماعي|مجلس\s+حقوق\s+الإنسان)"
)

#: A committee of the General Assembly, printed alone above a draft.
_COMMITTEE = (
    r"(?:(?:First|Second|Third|Fourth|Fifth|Sixth)\s+Committee"
    r"|(?:Premi[èe]re|Deuxi[èe]me|Troisi[èe]me|Quatri[èe]me|Cinqui[èe]me|Sixi[èe]me)\s+Commission"
    r"|(?:Primera|Segunda|Tercera|Cuarta|Quinta|Sexta)\s+Comisi[óo]n"
    r"|Special\s+Political\s+and\s+Decolonization\s+Committee"
    r"|Commission\s+des\s+questions\s+politiques\s+sp[ée]ciales\s+et\s+de\s+la\s+d[ée]colonisation"
    r"|Comisi[óo]n\s+Pol[íi]tica\s+Especial\s+y\s+de\s+Descolonizaci[óo]n"
    # Russian, nominative above a draft ("Третий комитет") and genitive in the bracket under
    # an adoption line ("[по докладу Третьего комитета (A/77/461)]")
    r"|(?:Перв|Втор|Трет|Четверт|Пят|Шест)(?:ый|ой|ий|ого|его)\s+комитета?"
    r"|Комитета?\s+по\s+специальным\s+политическим\s+вопросам\s+и\s+(?:вопросам\s+)?деколонизации"
    # Chinese: "第三委员会", "特别政治和非殖民化委员会(第四委员会)"
    r"|第[一二三四五六]委员会|特别政治和非殖民化委员会(?:\s*[(（]第四委员会[)）])?"
    # Arabic: "اللجنة الثالثة", "لجنة المسائل السياسية الخاصة وإنهاء الاستعمار (اللجنة الرابعة)"
    r"|اللجنة\s+(?:الأولى|الثانية|الثالثة|الرابعة|الخامسة|السادسة)"
    r"|لجنة\s+المسائل\s+السياسية\s+الخاصة\s+وإنهاء\s+الاستعمار(?:\s*\(اللجنة\s+الرابعة\))?)"
)

#: A committee's name anywhere in a line ("[on the report of the Third Committee (…)]").
COMMITTEE_NAME = re.compile(_COMMITTEE)

#: "Distr.: General", "Distr. générale", "Distr. limitada": the distribution, upper right.
_DISTRIBUTION = r"Distr\.\s*:?\s*\w+"

#: "Original: English", "Original : anglais", "Original: español" (a Russian version prints it in
#: English too).
_ORIGINAL = r"Original\s*:\s*\w+"

#: What follows the ordinal of a session: "session", "special session", "emergency special
#: session", "session extraordinaire (d'urgence)", "período (extraordinario) de sesiones (de
#: emergencia)".
_SESSION_WORDS = (
    r"(?:(?:emergency\s+)?special\s+session"
    r"|session(?:\s+extraordinaire(?:\s+d[’']urgence)?)?"
    r"|per[íi]odo\s+(?:extraordinario\s+)?de\s+sesiones(?:\s+de\s+emergencia)?"
    r"|(?:(?:чрезвычайная\s+)?специальная\s+)?сессия)"
)

#: A Chinese session line: "第七十七届会议", "第十一届紧急特别会议" (the ordinal in ``ord``);
#: an Arabic one: "الدورة السابعة والسبعون", "الدورة الاستثنائية الطارئة الحادية عشرة".
_ZH_SESSION = r"(?P<ord>第[〇零一二两三四五六七八九十百\d]+)届(?:紧急)?(?:特别)?会议\s*$"
_AR_SESSION = (
    r"الدورة\s+(?:الاستثنائية\s+)?(?:الطارئة\s+)?"  # special, emergency
    r"(?P<ord>[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,3})\s*$"
)
#: The session: "Seventy-eighth session", "Soixante-dix-huitième session", "Septuagésimo octavo
#: período de sesiones", "Thirty-second special session", "Substantive session of 2023".
_SESSION_LINE = (
    r"(?:[\w-]+(?:\s+[\w-]+){0,3}\s+"
    + _SESSION_WORDS
    + r"\s*$|"
    + _ZH_SESSION
    + r"|"
    + _AR_SESSION.replace("(?P<ord>", "(?:")
    + r"|(?:Substantive|Organizational|Resumed)\s+session\s+of\s+\d{4}\s*$)"
)

#: "Agenda item 76", "Agenda items 20 and 21", "Point 77 de l'ordre du jour", "Tema 77 del
#: programa", "Temas del programa 11 y 15", "Item 5".
_AGENDA_LINE = (
    r"(?:(?:Agenda\s+items?|Points?|Temas?(?:\s+del\s+programa)?|Items?"
    r"|Пункты?(?:\s+повестки\s+дня)?)\s+|议程项目\s*|(?:البند|البندان|البنود)\s+)\d"
)

#: The adoption line of a General Assembly (or Council) text: complete once it holds a date.
_ADOPTED = (
    r"(?:Resolutions?\s+adopted\s+by|R[ée]solutions?\s+adopt[ée]es?\s+par"
    r"|Resoluci(?:[óo]n|ones)\s+aprobadas?\s+por"
    r"|Резолюци[яи],\s+принят(?:ая|ые)\s"
    # a decision: "Decision adopted by the General Assembly on 22 December 2023"
    r"|Decisions?\s+adopted\s+by|D[ée]cisions?\s+adopt[ée]es?\s+par"
    r"|Decisi(?:[óo]n|ones)\s+aprobadas?\s+por|Решени[ея],\s+принят(?:ое|ые)\s"
    # Chinese: the date, then the organ's resolution ("2022年12月12日大会决议")
    r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:大会|安全理事会)决议"
    # Arabic: "قرار اتخذته الجمعية العامة في 12 كانون الأول/ديسمبر 2022"
    r"|قرار\s+اتخذته\s+(?:الجمعية\s+العامة|مجلس\s+الأمن))"
)

#: The word "resolution" in the three languages, capitalized as a heading prints it.
_RESOLUTION_WORD = r"(?:Resolution|R[ée]solution|Resoluci[óo]n|Резолюция)"
#: The Security Council's number line, "Resolution 2677 (2023)", and the heading of an older
#: print of its resolutions (the yearly volumes of resolutions and decisions), the number and
#: year before the word and the date after it: "50 (1948). Resolution of 29 May 1948".
_SC_NUMBER = (
    r"(?:" + _RESOLUTION_WORD + r"\s+\d+\s*\(\d{4}\),?\s*$"  # (Russian: "Резолюция 2677 (2023),")
    r"|\d+\s*\(\d{4}\)\.?\s+" + _RESOLUTION_WORD + r"\s+(?:of|du|de)\s)"
)
#: The number and year a Council number line prints: its symbol is "S/RES/<number> (<year>)".
SC_NUMBER_YEAR = re.compile(r"(?P<number>\d+)\s*\((?P<year>\d{4})\)")

#: The Security Council's adoption line, "Adopted by the Security Council at its 9281st
#: meeting, on 15 March 2023": complete once it holds a date.
_SC_ADOPTED = (
    r"(?:(?:Adopted|Adopt[ée]e|Aprobada)\s+(?:by|par|por)"
    r"|принят(?:а|ая)\s+Советом)\s"  # "Резолюция 2677 (2023), / принятая Советом Безопасности …"
)

#: The language of this version, printed alone above "Original: …" in some mastheads.
_LANGUAGE = (
    r"(?:English|French|Spanish|Arabic|Chinese|Russian|Anglais|Fran[çc]ais|Espagnol|Arabe"
    r"|Chinois|Russe|Ingl[ée]s|Franc[ée]s|Espa[ñn]ol|[ÁA]rabe|Chino|Ruso"
    r"|Английский|Французский|Испанский|Арабский|Китайский|Русский)\s*$"
)

#: The part of a composite resolution, printed under its title: "B", "II".
_PART = r"(?:[A-Z]|[IVXL]{1,6})\s*$"

#: The committee a resolution came through, in brackets: complete at the closing bracket.
_PROPONENT = r"\["

#: The numbered title of an adopted resolution: "78/102. Title", "52/1. Title", "2023/12.",
#: and of a special or emergency special session, "S-32/1.", "ES-11/1."; a Human Rights
#: Council draft prints the number to come as "55/... Title"; a part of a resolution issued on
#: its own carries its letter, "78/183 A. Title".
#: Before 1976 (the thirty-first session) the General Assembly numbered its resolutions in one
#: series, the session in Roman numerals after the number: "1514 (XV).", "2200 A (XXI).", and
#: at a special session "1874 (S-IV).".
_OLD_NUMBER = r"\d{1,4}(?:\s[A-H])?\s?\((?:E?S-)?(?P<roman>[IVXL]{1,7})\)"
#: The number of an adopted resolution's title, in the group ``number`` without its full stop
#: ("78/102", "78/183 A", "ES-11/1", "1514 (XV)"), and the Roman numeral of its session in the
#: group ``roman``; a draft's "55/..." has no number yet.
_NUMBERED_TITLE = (
    # (Arabic prints no full stop, or a dash: "77/126 المستوطنات …", "77/269 - اليوم …")
    r"(?:(?P<number>(?:E?S-)?\d{1,4}/\d{1,4}(?:\s[A-H])?|" + _OLD_NUMBER + r")"
    r"(?:\s*\.|\s+[-–](?=\s+[\u0621-\u064a])|(?=\s+[\u0621-\u064a]))"
    r"|(?:E?S-)?\d{1,4}/(?:\.\.\.|…))(?:\s|$|(?=[\u4e00-\u9fff《“]))"  # (Chinese: no space)
)
#: The number of a numbered title alone, its title on the lines after it (a plain extraction
#: prints the number's column apart: "73/6." / "Fiftieth anniversary of …").
_NUMBER_ALONE = re.compile(r"^\s*" + _NUMBERED_TITLE + r"\s*$")
#: The number that opens a numbered title: "78/102. ".
TITLE_NUMBER = re.compile(r"^\s*" + _NUMBERED_TITLE)

#: A line that opens a resolution with its number: an adopted resolution's numbered title
#: ("78/2. Title", "1514 (XV). Title") or the Security Council's number line ("Resolution 2677
#: (2023)", in the group ``sc``), or the number alone on its line, its title below ("77/10", in
#: the group ``bare``). A draft's "55/... Title" has no number yet (no group).
NUMBER_LINE = re.compile(
    r"^\s*(?:"
    + _NUMBERED_TITLE
    + "|(?P<sc>"
    + _SC_NUMBER
    + r")|(?P<bare>(?:E?S-)?\d{1,4}/\d{1,4}(?:\s[A-H])?)\s*$)"
)

#: The publisher's line that opens a document's masthead ("United Nations", perhaps with the
#: symbol), found in a text by one scan.
PUBLISHER_LINE = re.compile(r"^[ \t]*" + _PUBLISHER, re.IGNORECASE | re.MULTILINE)

#: The kinds of masthead line, tried in this order at the start of each line.
LINE_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.I))
    for kind, pattern in (
        ("publisher", _PUBLISHER),
        ("organ", _ORGAN + r"(?:\s+" + _DISTRIBUTION + r")?\s*$"),
        ("committee", _COMMITTEE + r"\s*$"),
        ("distribution", _DISTRIBUTION),
        ("original", _ORIGINAL),
        ("agenda", _AGENDA_LINE),
        ("adopted", _ADOPTED),
        ("sc number", _SC_NUMBER),
        ("sc adopted", _SC_ADOPTED),
        ("proponent", _PROPONENT),
        ("numbered title", _NUMBERED_TITLE),
        ("session", _SESSION_LINE),
        ("language", _LANGUAGE),
        ("part", _PART),
    )
)

#: Kinds whose part may run over several lines, and what completes them.
_NEEDS_DATE = frozenset({"adopted", "sc adopted"})
_NEEDS_BRACKET = frozenset({"proponent"})
#: The numbered title runs on to the end of the header.
_RUNS_ON = frozenset({"numbered title"})

#: The preposition before the adoption date of an older print: "of 29 November 1990".
_OF = re.compile(r"of|du|de|on|le|el|от", re.I)

#: A line that is only a date or a range of dates (date of issue, dates of a session).
_MAX_DATE_LINE = 45

DOC_SYMBOL = re.compile(r"\b(?:A|S|E)/(?:[A-Z0-9.-]+/)*[A-Z0-9.]+(?:/Rev\.\d+)?(?:/Add\.\d+)?\b")
#: What a masthead prints after a symbol: the year of a Council resolution ("(2023)"), or the
#: parts of a composite resolution ("A-B").
_SYMBOL_SUFFIX = re.compile(r"(?:\s*\(\d{4}\)|\s+[A-Z](?:\s*-\s*[A-Z])?)$")

#: A draft decision's kind, in the words of the languages that set words apart (matched between
#: word boundaries), and in Chinese and Arabic.
_DRAFT_DECISION_WORDS = (
    r"projet\s+de\s+d[ée]cision|draft\s+decision|proyecto\s+de\s+decisi[óo]n|проект\s+решения"
)
_DRAFT_DECISION_SCRIPTS = r"决定草案|مشروع\s+مقرر"
#: Amendments to a draft, which their sponsors print where a draft prints its kind: "Belarus and
#: Nicaragua: amendments to draft resolution A/C.3/78/L.35", "… : amendement au projet de
#: résolution …", "…: enmiendas al proyecto de resolución …", "…: поправки к проекту резолюции …".
_AMENDMENTS = (
    r"(?:amendments?\s+to\s+draft\s+resolution|amendements?\s+au\s+projet\s+de\s+r[ée]solution"
    r"|enmiendas?\s+al\s+proyecto\s+de\s+resoluci[óo]n|поправк[аи]\s+к\s+проекту\s+резолюции)"
)
#: The title of a statement by the President of the Security Council (``S/PRST/…``), a line of
#: its own under the masthead: the Council's statements are printed as the President's,
#: in French and Spanish since 2021 as the presidency's ("de la présidence", "de la Presidencia").
STATEMENT_TITLE = re.compile(
    r"""^\s*(?:
        Statement\s+by\s+the\s+President\s+of\s+the\s+Security\s+Council  # English
      | D[ée]claration\s+(?:du\s+Pr[ée]sident|de\s+la\s+pr[ée]sidence)  # French
        \s+du\s+Conseil\s+de\s+s[ée]curit[ée]
      | Declaraci[óo]n\s+(?:del\s+Presidente|de\s+la\s+Presidencia)  # Spanish
        \s+del\s+Consejo\s+de\s+Seguridad
      | Заявление\s+Председателя\s+Совета\s+Безопасности  # Russian
      | 安全理事会主席的?声明  # Chinese
      | بيان\s+من\s+رئيس\s+مجلس\s+الأمن  # Arabic
    )\s*$""",
    re.IGNORECASE | re.MULTILINE | re.VERBOSE,
)

#: The line of a title block that names a document of another kind, in the words the UN prints:
#: a corrigendum or an addendum to a text, a report, a note, a letter or a note verbale. Such a
#: text that prints no acting-organ line holds no resolution (a letter or a report that annexes
#: one prints its organ line, and that is read). Chinese puts the kind last ("秘书长的报告", "…给
#: 安全理事会主席的信").
OTHER_KIND = re.compile(
    r"""^[ \t]*(?:
        (?P<corrigendum>
            (?:Corrigendum|Rectificatif|Correcci[óo]n|Исправление|更正|تصويب)\s*$)
      | (?P<addendum>(?:Addendum|Additif|Adici[óo]n|Добавление|增编|إضافة)\s*$)
      | (?P<note_verbale>  # (before a note)
            Note\s+verbale\s+dat|Nota\s+verbal\s+de\s+fecha|Вербальная\s+нота\s+
          | \S.*普通照会\s*$|مذكرة\s+شفوية\s)
      | (?P<report>
            Report\s+of\s+the\s|Rapport\s+d[ue]s?\s|Informe\s+del?\s|Доклад\s
          | \S.*的报告\s*$|تقرير\s)
      | (?P<note>
            Note\s+by\s+the\s|Note\s+d[ue]s?\s|Nota\s+del?\s|Записка\s
          | \S.*的说明\s*$|مذكرة\s+(?:من|مقدمة)\s)
      | (?P<letter>
            (?:Identical\s+letters|Letter)\s+dated|Lettres?\s+(?:identiques\s+)?dat[ée]e
          | Cartas?\s+(?:id[ée]nticas\s+)?de\s+fecha|(?:Идентичные\s+)?[Пп]исьм[оа]\s
          | \S.*的(?:同文)?信\s*$|(?:رسالة|رسائل\s+متطابقة)\s+مؤرخة)
    )""",
    re.MULTILINE | re.VERBOSE,
)


def other_kind(title_block: str) -> tuple[str, str] | None:
    """The kind of document a title block names when it is not a resolution, and its line.

    Args:
        title_block: the lines before the text's first paragraph.

    Returns:
        ``(kind, line)``, the kind in words ("corrigendum", "note verbale"), or ``None``.
    """
    m = OTHER_KIND.search(title_block)
    if m is None or m.lastgroup is None:
        return None
    end = title_block.find("\n", m.start())
    line = title_block[m.start() : end if end >= 0 else None]
    return m.lastgroup.replace("_", " "), line.strip()


DOC_TYPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("amendment", re.compile(r"[:：]\s*" + _AMENDMENTS, re.I)),
    (
        "draft decision",
        re.compile(rf"\b(?:{_DRAFT_DECISION_WORDS})\b|{_DRAFT_DECISION_SCRIPTS}", re.I),
    ),
    (
        "adopted decision",
        re.compile(
            r"\b(?:d[ée]cision\s+adopt[ée]e|decision\s+adopted|decisi[óo]n\s+aprobada"
            r"|решение,\s+принятое)\b",
            re.I,
        ),
    ),
    (
        "draft resolution",
        re.compile(
            r"\b(?:projet\s+de\s+r[ée]solution|draft\s+resolution|proyecto\s+de\s+resoluci[óo]n"
            r"|проект\s+резолюции)\b|决议草案|مشروع\s+قرار",
            re.I,
        ),
    ),
    (
        "adopted resolution",
        re.compile(
            r"\b(?:r[ée]solution\s+adopt[ée]e|resolution\s+adopted|resoluci[óo]n\s+aprobada"
            r"|резолюция,\s+принятая)\b|日(?:大会|安全理事会)决议\s*$|^\s*قرار\s+اتخذته\s"
            r"|^\s*" + _RESOLUTION_WORD + r"\s+\d+\s*\(\d{4}\)"
            r"|^\s*\d+\s*\(\d{4}\)\.?\s*"
            + _RESOLUTION_WORD
            # (only an adopted resolution has a number)
            + r"|^\s*"
            + _OLD_NUMBER
            + r"\s*\.\s",
            re.I | re.M,
        ),
    ),
    ("presidential statement", STATEMENT_TITLE),
)
#: What a draft is: a draft resolution, or a draft decision ("Draft decision submitted by the
#: Chair", "Cuba: projet de décision"), perhaps revised.
_DRAFT_RESOLUTION = (
    r"(?:(?:revised|r[ée]vis[ée]|revisado|пересмотренный)\s+)?"
    r"(?:projet\s+de\s+r[ée]solution|draft\s+resolution|proyecto\s+de\s+resoluci[óo]n"
    r"|проект\s+резолюции|(?:订正)?决议草案|مشروع\s+قرار(?:\s+منقح)?"
    rf"|{_DRAFT_DECISION_WORDS}|{_DRAFT_DECISION_SCRIPTS})"
    r"(?:\s+(?:revised|r[ée]vis[ée]|revisado))?"
)
#: The sponsors of a draft, before its kind: "Cuba* et Fédération de Russie : projet de résolution".
SPONSOR_LINE = re.compile(
    r"^(?P<who>.+?)\s*[:：]\s*(?:" + _AMENDMENTS + "|" + _DRAFT_RESOLUTION + ")", re.I | re.S
)
#: The end of the sponsors' line, once its wrapped lines are joined.
SPONSOR_END = re.compile(_DRAFT_RESOLUTION + r"(?:\s+" + DOC_SYMBOL.pattern + r")?\s*\**\s*$", re.I)
#: Who put a draft forward: "submitted by" / "présenté, déposé or soumis par" / "presentado por".
_SUBMITTED_BY = (
    r"(?:submitted\s+by|(?:pr[ée]sent|d[ée]pos|soumis)[ée]?\s+par|presentado\s+por"
    r"|,?\s*представленный)\s+"
)
#: A draft put forward by an officer: "Draft resolution submitted by the President of …".
SUBMITTED_LINE = re.compile(
    r"^\s*" + _DRAFT_RESOLUTION + r"\s+" + _SUBMITTED_BY + r"(?P<who>.+?)\s*$", re.I | re.S
)
SESSION = re.compile(r"^\s*(?P<ord>[\w\s-]+?)\s+" + _SESSION_WORDS + r"\s*$", re.I | re.M)
ZH_SESSION = re.compile(r"^\s*" + _ZH_SESSION, re.M)
AR_SESSION = re.compile(r"^\s*" + _AR_SESSION, re.M)
#: The session a symbol names: "A/C.3/76/L.37", "A/RES/78/102", "A/HRC/RES/52/1", "A/RES/S-32/1".
SYMBOL_SESSION = re.compile(r"^(?:A/(?:C\.\d/|RES/|DEC/)?|A/HRC/(?:RES/)?)(?:E?S-)?(?P<s>\d{1,3})/")


#: An agenda item as printed: "72 (b)" (English), "72 b)" (French, Spanish), "72b"; a lone
#: letter after a space is a word ("items 20 y 78", "Point 59 de l'ordre du jour").
_ITEM = re.compile(
    r"(?P<n>\d+)"  # the item's number
    r"(?:\s*\(\s*(?P<a>[^\W\d_])\s*\)"  # and its sub-item: "(b)"
    r"|\s?(?P<b>[^\W\d_])\)"  # "b)"
    r"|(?P<c>[^\W\d_])(?!\w))?"  # "72b"
)


def agenda_items(text: str) -> str | None:
    """The agenda items a masthead line names, each as its number and the
    sub-item's letter in brackets, joined by commas.

    Examples:
        >>> agenda_items("Agenda items 20 and 78 (a)"), agenda_items("Temas 20 y 78 a)")
        ('20, 78 (a)', '20, 78 (a)')
        >>> agenda_items("Point 59 de l’ordre du jour")
        '59'
    """
    items = []
    for m in _ITEM.finditer(text):
        letter = m.group("a") or m.group("b") or m.group("c")
        items.append(f"{m.group('n')} ({letter})" if letter else m.group("n"))
    return ", ".join(items) or None


def line_kind(text: str) -> str | None:
    """The kind of masthead part a line opens (see `LINE_KINDS`), ``date``, or ``None``.

    Examples:
        >>> line_kind("Distr.: General"), line_kind("Agenda item 76")
        ('distribution', 'agenda')
        >>> line_kind("78/102. Criminal accountability"), line_kind("12 April 2023")
        ('numbered title', 'date')
    """
    return _line_kind(text.strip())


@lru_cache(maxsize=4096)
def _line_kind(s: str) -> str | None:
    """`line_kind` of a stripped line, cached: mastheads repeat their lines from document to
    document ("Distr.: General", "Seventy-seventh session", the organ's name; 4,646 distinct
    lines at most among the 11,588 header lines of a sample of 1,253 texts), and the kind depends on
    the line alone."""
    if DOC_SYMBOL.fullmatch(_SYMBOL_SUFFIX.sub("", s)):
        return "symbol"
    for kind, pattern in LINE_KINDS:
        if pattern.match(s) and (kind != "session" or _is_session(s)):
            return kind
    if len(s) < _MAX_DATE_LINE:
        dates = find_dates(s)
        if dates:
            # "of 29 November 1990" under an older print's number is the adoption date; a date
            # alone is the date of issue (or of a session).
            rest = (s[: dates[0].start] + s[dates[-1].end :]).strip(" ,.")
            if not rest:
                return "date"
            if _OF.fullmatch(rest):
                return "of date"
    return None


def _is_session(line: str) -> bool:
    """Whether a line that ends in "session" names one ("Seventy-eighth session", "Substantive
    session of 2023"): it opens with a capital and an ordinal, unlike the wrapped last line of a
    title ("of its fifty-second session", "soixante-quatorzième session").
    """
    if line[:1].islower():
        return False
    m = SESSION.match(line)
    return m is None or ordinal_value(m.group("ord")) is not None


def _goes_on(kind: str | None, text: str, next_kind: str | None) -> bool:
    """Whether the part so far (its kind and text) takes the next line, of ``next_kind``."""
    if kind in _NEEDS_DATE:
        return next_kind in {None, "date", "of date"} and not find_dates(text)
    if kind in _NEEDS_BRACKET:
        return next_kind is None and "]" not in text
    if kind in _RUNS_ON:
        return next_kind != "part"
    return kind is None and next_kind is None  # text goes on with text


#: Characters to spare before a line counts as not full: proportional fonts put fewer wide
#: letters on a line than a full line's count.
_WRAP_SLACK = 2
#: Words a line that ends a phrase does not end with.
_OPEN_WORDS = frozenset(
    {"of", "the", "to", "and", "on", "for", "with", "by", "in", "at", "a", "an"}  # English
    | {"de", "la", "le", "les", "des", "du", "d'", "l'", "et", "à", "au", "aux", "sur", "par"}
    | {"del", "el", "los", "las", "en", "y", "e", "sobre", "por", "con"}  # Spanish
)


def full_width(lines: Iterable[str]) -> int | None:
    """The length of a full line in columns (`columns`): the 90th percentile of the lines'
    lengths (most lines of a wrapped text are full; a few are longer, a URL or a table), or
    ``None`` for fewer than ten lines."""
    lengths = sorted(columns(text.rstrip()) for text in lines)
    return lengths[int(0.9 * (len(lengths) - 1))] if len(lengths) >= 10 else None


def left_short(line: str, next_line: str, width: int | None) -> bool:
    """Whether a line was ended before the margin: the first word of the next line would have
    fitted on it, so the line was not wrapped.

    Args:
        line: a line, with its indent.
        next_line: the line after it.
        width: the length of a full line in the document (`full_width`); ``None``: unknown,
            never.
    """
    if not width:
        return False
    word = first_piece(next_line)
    # (no space at a break beside a Chinese character)
    gap = 0 if line_gap(line.rstrip() or " ", word or " ") == "" else 1
    return columns(line.rstrip()) + gap + columns(word) <= width - _WRAP_SLACK


def line_ends(line: str, next_line: str, width: int | None) -> bool:
    """Whether a line ends its paragraph where nothing else marks the end: the next line opens
    with a capital, and the line was left short (`left_short`: "Draft resolution submitted by
    the Chair of the Committee" / "Scale of …").

    Args:
        line: a line, with its indent.
        next_line: the line after it.
        width: the length of a full line in the document; ``None``: unknown, never ends.
    """
    return next_line.lstrip()[:1].isupper() and left_short(line, next_line, width)


def _officer_done(text: str) -> bool:
    """Whether an officer's line so far reads as whole: it does not end on a comma, a hyphen or
    a word that needs another ("of", "de la"), its parentheses are closed, and a name after its
    last comma has its country ("the Vice-Chair of the Committee, Ahmed" is not whole; "…,
    Ahmed Magdy (Egypt)" is).
    """
    text = text.rstrip()
    words = text.replace("’", "'").split()
    if not words or text.endswith((",", "-", "–")) or text.count("(") != text.count(")"):
        return False
    if words[-1].lower() in _OPEN_WORDS or words[-1].lower().endswith(("d'", "l'")):
        return False
    last = text.rsplit(",", 1)[-1].strip() if "," in text else ""
    return not (last[:1].isupper() and not last.endswith(")"))


def split_masthead(
    paragraphs: Sequence[Sequence[T]],
    text_of: Callable[[T], str],
    kind_of: Callable[[T], str | None] | None = None,
    width: int | None = None,
) -> list[tuple[str | None, list[T]]]:
    """Cut header paragraphs into masthead parts, each with its kind.

    A line that opens a part (`line_kind`) starts a new one, unless the part before is still
    open: an adoption line waiting for its date or a bracket not yet closed (across a blank
    line too), or the numbered title, which runs to the end of its paragraph or to the letter
    of a part. A line of text goes on a part of text; every other line starts a part of its
    own.

    Args:
        paragraphs: the header's paragraphs, each a list of lines (split at blank lines and
            indents, as the layout has them).
        text_of: returns the text of a line.
        kind_of: returns the `line_kind` of a line, for a caller that already has it.
        width: the length of a full line of the document's text: an officer's line ("Draft
            resolution submitted by the Chair of the Committee") ends at a line that is not
            full (`line_ends`), where nothing else ends it.

    Returns:
        ``(kind, lines)`` parts in order; ``kind`` is ``None`` for text (a title, an agenda
        item's name, the sponsors).
    """
    parts: list[tuple[str | None, list[T]]] = []
    sponsors = "before"  # the list of sponsors: before, in it, or after it (the title follows)
    officer = False  # the list is an officer's line
    for para in paragraphs:
        for i, ln in enumerate(para):
            kind = kind_of(ln) if kind_of else line_kind(text_of(ln))
            if sponsors == "after":
                kind = None  # the title, to the organ line ("… del personal de las" / "Naciones
                # Unidas" is no publisher)
            so_far = _joined(parts[-1][1], text_of) if parts else ""
            names_it = kind == "symbol" and parts and parts[-1][0] is None
            if names_it and NAMES_NEXT_SYMBOL.search(so_far):
                parts[-1][1].append(ln)  # "… on draft resolution" / "A/C.2/77/L.9": text
                continue
            goes_on = bool(
                parts
                and (
                    i or parts[-1][0] in _NEEDS_DATE | _NEEDS_BRACKET or _NUMBER_ALONE.match(so_far)
                )
                and _goes_on(parts[-1][0], so_far, kind)
            )
            if kind is None and sponsors != "after" and (not goes_on or parts[-1][0] is None):
                # Where nothing else marks it, the list of sponsors opens with a sponsor's name
                # and closes with "draft resolution"; the title follows. (A numbered title that
                # runs on, "… from Abkhazia," / "Georgia, and …", is left whole.)
                if sponsors == "in" and (
                    SPONSOR_END.search(so_far)
                    or (
                        officer
                        and _officer_done(so_far)
                        and line_ends(text_of(parts[-1][1][-1]), text_of(ln), width)
                    )
                ):
                    goes_on, sponsors = False, "after"
                elif sponsors == "before" and opens_sponsors(text_of(ln)):
                    goes_on, sponsors = False, "in"
                    officer = bool(SUBMITTED_LINE.match(text_of(ln)))
            if goes_on:
                parts[-1][1].append(ln)
            else:
                parts.append((kind, [ln]))
    return parts


def _joined(lines: Sequence[T], text_of: Callable[[T], str]) -> str:
    return join_wrapped(text_of(ln).strip() for ln in lines)


def read_header(
    parts: Sequence[tuple[str | None, str]],
    footnotes: Mapping[str, str],
    language: str | None,
    anchors: Sequence[Sequence[tuple[str, int]]] = (),
    masthead_symbol: str | None = None,
    *,
    own_number: bool = False,
) -> dict[str, Any]:
    """Read the masthead fields from the header's parts.

    Args:
        parts: the parts `split_masthead` found, each as ``(kind, text)``, in order.
        footnotes: the header's footnotes by mark (``*`` says on whose behalf).
        language: ISO 639-1 code.
        anchors: for each part, the footnote markers found in it (mark, offset).
        masthead_symbol: the symbol at the top of the first page, when the reader set it
            aside as a running header.
        own_number: the text is one of several resolutions a volume prints: its own numbered
            title is the last (the first resolution's header holds the volume's contents),
            and a masthead symbol that is not a resolution's is the volume's, not its own.

    Returns:
        ``doc_type``, ``sponsors`` and ``title``, and when found ``symbol``, ``agenda_item``,
        ``session``, ``date`` and ``on_behalf_of``.
    """
    text = "\n".join(t for _, t in parts)
    out: dict[str, Any] = {"doc_type": "other", "sponsors": [], "title": None}
    for name, pattern in DOC_TYPES:
        if pattern.search(text):
            out["doc_type"] = name
            break
    printed = _symbol(parts) or masthead_symbol
    if own_number and printed is not None and "/RES/" not in printed:
        printed = None  # the volume's symbol ("A/78/49 (Vol. I)"), not the resolution's
    symbol = printed or _council_symbol(parts)
    if symbol:
        out["symbol"] = symbol
    texts: list[int] = []  # the parts of no masthead kind, by index
    sponsors_at: int | None = None
    agenda_at: int | None = None
    numbered: str | None = None
    issue_date: str | None = None
    for k, (kind, para) in enumerate(parts):
        if kind == "agenda":
            items = agenda_items(para)
            if items and "agenda_item" not in out:
                out["agenda_item"] = items
                agenda_at = k
        elif kind == "session":
            m = SESSION.match(para) or ZH_SESSION.match(para) or AR_SESSION.match(para)
            n = ordinal_value(m.group("ord"), language) if m else None
            if n and "session" not in out:
                out["session"] = n
        elif kind in {"adopted", "sc adopted", "of date", "sc number"}:
            dates = find_dates(para)
            if dates and "date" not in out:
                out["date"] = dates[0].first.isoformat()
        elif kind == "date" and issue_date is None:
            dates = find_dates(para)
            issue_date = dates[0].first.isoformat() if dates else None
        elif kind == "numbered title" and (numbered is None or own_number):
            # (in a volume, the last: the first resolution's header holds the volume's contents)
            number = TITLE_NUMBER.match(para)
            numbered = para[number.end() if number else 0 :].strip(" *")
            if number and number.group("number"):
                out["title_number"] = " ".join(number.group("number").split())
                if out["doc_type"] == "other":
                    # only an adopted resolution has a number (a volume of the Official Records
                    # prints no "Resolution adopted by …" line above it)
                    out["doc_type"] = "adopted resolution"
                roman = number.group("roman")
                if roman and "session" not in out:
                    out["session"] = roman_value(roman)
        elif kind is None:
            sp = by = None
            if sponsors_at is None:  # the first list of sponsors, or the officer's line
                sp = SPONSOR_LINE.match(para)
                by = None if sp else SUBMITTED_LINE.match(para)
            if sp:
                sponsors_at = k
                marks = anchors[k] if k < len(anchors) else ()
                _read_sponsors(out, sp.group("who"), language, footnotes, marks)
            elif by:  # one officer, named in full ("the Vice-Chair, Ms. X (Thailand), on …")
                sponsors_at = k
                out["sponsors"] = [officer(by.group("who"))]
            else:
                texts.append(k)
    if "date" not in out and issue_date:
        out["date"] = issue_date  # a draft is dated by its issue
    if numbered:
        out["title"] = numbered
    else:
        chosen = _title_parts(texts, sponsors_at, agenda_at)
        if chosen:
            out["title"] = join_wrapped(parts[k][1].strip(" *") for k in chosen)
    return out


def _symbol(parts: Sequence[tuple[str | None, str]]) -> str | None:
    """The document's symbol: alone on its line, or beside the publisher."""
    for kind, para in parts:
        if kind == "symbol":
            return para.strip()
        if kind == "publisher":
            m = DOC_SYMBOL.search(para)
            if m:
                return " ".join(para[m.start() :].split())
    return None


def _council_symbol(parts: Sequence[tuple[str | None, str]]) -> str | None:
    """The symbol of a Council resolution that prints only its number line.

    The Security Council numbers its resolutions in one series with the year of adoption, and
    their symbol is made of the two: "Resolution 678 (1990)" is S/RES/678 (1990). An older print
    (the yearly volumes of resolutions and decisions) has no masthead symbol, only this line.
    """
    for kind, para in parts:
        if kind == "sc number":
            m = SC_NUMBER_YEAR.search(para)
            if m:
                return f"S/RES/{m.group('number')} ({m.group('year')})"
    return None


def _read_sponsors(
    out: dict[str, Any],
    who: str,
    language: str | None,
    footnotes: Mapping[str, str],
    marks: Sequence[tuple[str, int]],
) -> None:
    out["sponsors"], behalf = split_sponsors(who, language)
    starred = "*" in who or any(m == "*" for m, _ in marks)
    if not behalf and starred and "*" in footnotes:
        # The asterisk note names the group a sponsor speaks for ("On behalf of ..."), or says
        # something else ("State not a member of the Human Rights Council.").
        behalf = behalf_of_note(footnotes["*"])
    if behalf:
        out["on_behalf_of"] = behalf


def _title_parts(texts: list[int], sponsors_at: int | None, agenda_at: int | None) -> list[int]:
    """Which text parts make the title.

    After the sponsors, every text part is the title. Otherwise the text right after the
    agenda item is the item's name, unless nothing else is left to be the title.
    """
    if sponsors_at is not None:
        after = [k for k in texts if k > sponsors_at]
        if after:
            return after
    if agenda_at is not None:
        named = [k for k in texts if k == agenda_at + 1]
        rest = [k for k in texts if k not in named]
        if rest:
            return rest
    return texts


# --------------------------------------------------------------------------------------------
# Sponsors: "Argentina, Bosnia and Herzegovina and Chile" → three names
# --------------------------------------------------------------------------------------------

#: The table of States and groups that sponsor drafts, in each language (key, kind, en, fr, es,
#: aliases_en, aliases_fr, aliases_es; aliases separated by "|").
MEMBER_STATES_CSV = REFERENCE / "member_states.csv"

#: The word that joins the last two names of a list: "A, B and C", "A, B et C", "A, B y C"
#: (Spanish writes "e" before an "i" sound: "España e Italia"), "A, B и C".
_CONJUNCTION = {"en": r"and", "fr": r"et", "es": r"[ye]", "ru": r"и", "zh": r"和", "ar": r"و"}
_ANY = "any"  # a list in an unknown language: any of the four
_LAST_JOIN = {
    lang: re.compile(rf"\s+{c}\s+(?!.*\s{c}\s)")
    for lang, c in {**_CONJUNCTION, _ANY: r"(?:and|et|y|e|и)"}.items()
}

#: "on behalf of" / "au nom de(s)" / "en nombre de" / "от имени": the group a sponsor speaks for.
_ON_BEHALF = (
    r"(?:on\s+behalf\s+of|au\s+nom\s+(?:de\s+la|de\s+l['’]|des|du|de)|en\s+nombre\s+del?"
    r"|от\s+имени)"
)
#: Inside parentheses after a name: "Liberia (on behalf of the … African States)".
_BEHALF_INNER = re.compile(r"\(\s*" + _ON_BEHALF + r"\s+(?P<who>(?:[^()]|\([^()]*\))+)\)", re.I)
#: At the end of the list: "the representative of Colombia, on behalf of the Bureau".
_BEHALF_TAIL = re.compile(
    r"\s*\(?\s*,?\s*" + _ON_BEHALF + r"\s+(?P<who>[^()]+(?:\([^()]*\)[^()]*)*)\)?\s*$", re.I
)
#: A cheap test before `_BEHALF_TAIL`, slow on long lists.
_BEHALF_WORD = re.compile(r"behalf|au\s+nom|en\s+nombre|от\s+имени", re.I)
#: A note that only says on whose behalf: "* On behalf of the Group of 77 and China."; Chinese
#: prints the group after "代表" with no space ("代表属于77国集团成员的联合国会员国和中国。"),
#: Arabic after "باسم" ("باسم الدول الأعضاء في الأمم المتحدة الأعضاء في مجموعة الـ 77 والصين.").
_BEHALF_NOTE = re.compile(
    r"^\s*(?:" + _ON_BEHALF + r"\s+|代表\s*|باسم\s+)(?P<who>.+?)[.。]?\s*$", re.I | re.S
)
_SUBMITTED = re.compile(r"^\s*" + _SUBMITTED_BY, re.I)
#: What an officer's line says after the officer: the draft's basis ("…, on the basis of informal
#: consultations on draft resolution A/C.2/77/L.9", "following informal consultations", "on the
#: recommendation of the Economic and Social Council"; "à l'issue de consultations officieuses",
#: "sobre la base de consultas oficiosas"). Lower case: it is never part of a name.
_OFFICER_BASIS = re.compile(
    r"\s*,?\s*(?:(?:and|et|y)\s+)?"
    r"(?:on\s+the\s+(?:basis|recommendation)\s+of|following"
    r"|à\s+l['’]issue\s+d(?:e|es|u)|sur\s+la\s+(?:base|recommandation)\s+d(?:e|es|u)|suite\s+à"
    r"|sobre\s+la\s+base\s+de|por\s+recomendación\s+de|tras|después\s+de|atendiendo\s+a)"
    r"\s.*$",
    re.S,
)
_REPRESENTATIVE = re.compile(
    r"^\s*(?:the\s+representatives?\s+of"
    r"|(?:le|la|les)\s+repr[ée]sentante?s?\s+(?:de\s+la|de\s+l['’]|des|du|de)"
    r"|(?:el|la|los)\s+representantes?\s+de(?:l)?)\s+",
    re.I,
)
#: A parenthesis, kept by ``split``: the commas between two parentheses are inside a pair when
#: the second one closes ("Bolivia (Plurinational State of), China" splits once).
_PAREN = re.compile(r"(?P<paren>[()])")
_PROTECT = "\x01"  # stands for the spaces of a name that holds the conjunction


@lru_cache(maxsize=1)
def _member_states() -> tuple[dict[str, str], ...]:
    """The rows of ``member_states.csv``."""
    with MEMBER_STATES_CSV.open(encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh))


@lru_cache(maxsize=1)
def sponsor_names() -> dict[str, tuple[str, ...]]:
    """Every name of the table, by language, current names and aliases, longest first."""
    names: dict[str, set[str]] = {lang: set() for lang in _CONJUNCTION}
    for row in _member_states():
        for lang, bucket in names.items():
            bucket.add(row[lang])
            bucket.update(a for a in row[f"aliases_{lang}"].split("|") if a)
    return {lang: tuple(sorted(b, key=lambda n: (-len(n), n))) for lang, b in names.items()}


@lru_cache(maxsize=1)
def _joined_names() -> dict[str, re.Pattern[str]]:
    """The names that hold their language's conjunction ("Trinidad and Tobago"), to protect,
    longest first, with either apostrophe ("Royaume-Uni de Grande-Bretagne et d’Irlande du Nord").
    """
    found: dict[str, list[str]] = {}
    for lang, names in sponsor_names().items():
        join = re.compile(rf"\s{_CONJUNCTION[lang]}\s")
        found[lang] = [n for n in names if join.search(n)]
    found[_ANY] = sorted({n for names in found.values() for n in names}, key=lambda n: -len(n))
    return {
        lang: re.compile("|".join(re.escape(n).replace("'", "['’]") for n in names))
        for lang, names in found.items()
    }


@lru_cache(maxsize=1)
def _sponsor_opening() -> tuple[re.Pattern[str], frozenset[str]]:
    """A name of the table at the start of a line, and what follows it; and the first words of
    the names, to check that the next name follows.
    """
    names = sorted({n for ns in sponsor_names().values() for n in ns}, key=lambda n: -len(n))
    opening = re.compile(
        r"^\s*(?:" + "|".join(re.escape(n) for n in names) + r")"  # a name, longest first
        r"(?:\s*\*+)?"  # the asterisk of a note ("on behalf of …")
        r"(?:\s*(?P<colon>[:：])"  # the end of the list ("Uganda*: draft resolution")
        r"|\s*[,、]\s*|\s*،\s*و?|\s+(?:and|et|y|e|и)\s+|和)"  # or the next name follows
        r"(?P<next>[^\s,:*、：和،]*)"
        r"|^\s*" + _DRAFT_RESOLUTION + r"\s+(?P<by>" + _SUBMITTED_BY + ")",
        re.I,
    )
    # (a Chinese name is read up to "和", which may join it to the next: "德国和荷兰王国")
    firsts = {n.split()[0] for n in names} | {n.split("和")[0] for n in names if "和" in n}
    return opening, frozenset(firsts) | {""}  # "": the line ends


def opens_sponsors(line: str) -> bool:
    """Whether a line opens a draft's list of sponsors: a name of the table, then the colon
    before "draft resolution", or a comma or conjunction and the next name ("Albania, Andorra,
    …", "Cuba* et Fédération …"), or "Draft resolution submitted by". A title that only names
    a State ("… of" / "Ukraine, including …") does not.
    """
    opening, first_words = _sponsor_opening()
    m = opening.match(line.replace("’", "'"))
    if not m:
        return False
    return bool(m.group("colon") or m.group("by") or m.group("next") in first_words)


def split_sponsors(who: str, language: str | None = "en") -> tuple[list[str], str | None]:
    """Split a list of sponsors into names, and say on whose behalf they acted.

    Names that hold the conjunction ("Trinidad and Tobago", "Royaume-Uni de Grande-Bretagne et
    d'Irlande du Nord", "Santo Tomé y Príncipe") come from ``data/reference/member_states.csv``
    and are kept whole; commas inside parentheses do not split.

    Args:
        who: e.g. ``"Liberia (on behalf of the States Members ... African States)"``,
            ``"the representative of Colombia, on behalf of the Bureau"`` or
            ``"Cuba* et Fédération de Russie"``.
        language: ISO 639-1 code of the list; where unknown, or not EN/FR/ES/RU, the last
            "and", "et", "y", "e" or "и" joins the last two names.

    Returns:
        The sponsor names (asterisks dropped) and the ``on behalf of`` group (or ``None``).
    """
    names, behalf = _split_sponsors(" ".join(who.split()), language or _ANY)
    return list(names), behalf


@lru_cache(maxsize=4096)
def _split_sponsors(text: str, language: str) -> tuple[tuple[str, ...], str | None]:
    """`split_sponsors`, cached: the language versions of a resolution share their sponsors."""
    lang = language if language in _CONJUNCTION else _ANY
    if not text:
        return (), None
    behalf: str | None = None
    inner = _BEHALF_INNER.search(text)
    if inner:
        behalf = inner.group("who").strip()
        text = (text[: inner.start()] + text[inner.end() :]).strip()
    else:
        m = _BEHALF_TAIL.search(text) if _BEHALF_WORD.search(text) else None
        if m and m.start() > 0:
            behalf = m.group("who").strip().rstrip(")")
            text = text[: m.start()].strip().rstrip(",")
    if _SUBMITTED.match(text):
        return (officer(_SUBMITTED.sub("", text)),), behalf
    if lang == "zh":
        return _split_chinese(text), behalf
    if lang == "ar":
        return _split_arabic(text), behalf
    text = _REPRESENTATIVE.sub("", text)
    text = _joined_names()[lang].sub(lambda m: m.group().replace(" ", _PROTECT), text)
    names = _split_top_commas(text)
    last = names.pop()
    names += _LAST_JOIN[lang].split(last, maxsplit=1)
    cleaned = (n.replace(_PROTECT, " ").strip(" *") for n in names)
    return tuple(n for n in cleaned if n), behalf


@lru_cache(maxsize=1)
def _chinese_joined() -> re.Pattern[str]:
    """The Chinese names that hold "和" ("特立尼达和多巴哥", "安提瓜和巴布达"), longest first."""
    names = [n for n in sponsor_names()["zh"] if "和" in n]
    return re.compile("|".join(re.escape(n) for n in names) or r"(?!)")


def _split_chinese(text: str) -> tuple[str, ...]:
    """A Chinese list of sponsors: "、" between the names, "和" before the last ("阿尔及利亚、
    巴林和也门"); the names that hold "和" are kept whole."""
    text = _chinese_joined().sub(lambda m: m.group().replace("和", _PROTECT), text)
    names = text.replace(" ", "").split("、")
    last = names.pop()
    names += last.rsplit("和", 1)
    cleaned = (n.replace(_PROTECT, "和").strip(" *") for n in names)
    return tuple(n for n in cleaned if n)


def _split_arabic(text: str) -> tuple[str, ...]:
    """An Arabic list of sponsors: "،" between the names, "و" (and) glued to every name after
    the first ("الأرجنتين، وأستراليا، وشيلي"); a name of the table that opens with "و" keeps it."""
    known = set(sponsor_names()["ar"])
    out = []
    for piece in text.split("،"):
        name = piece.strip(" *")
        if out and name.startswith("و") and name not in known:
            name = name[1:].strip()
        if name:
            out.append(name)
    return tuple(out)


def officer(who: str) -> str:
    """The officer who put a draft forward, without the draft's basis.

    Examples:
        >>> officer("the Vice-Chair of the Committee, Ahmed Magdy (Egypt), on the basis of "
        ...         "informal consultations on draft resolution A/C.2/77/L.9")
        'the Vice-Chair of the Committee, Ahmed Magdy (Egypt)'
        >>> officer("the Chair of the Committee following informal consultations")
        'the Chair of the Committee'
    """
    return _OFFICER_BASIS.sub("", " ".join(who.split())).strip(" *,")


def behalf_of_note(note: str) -> str | None:
    """The group an asterisk note names: "On behalf of the Group of 77 and China." → the group;
    ``None`` for another note ("State not a member of the Human Rights Council.").
    """
    m = _BEHALF_NOTE.match(note)
    return m.group("who").strip() if m else None


def _split_top_commas(text: str) -> list[str]:
    r"""``text`` split at its commas outside parentheses.

    The same pieces as ``re.split(r",(?![^()]*\))", text)`` (a comma stays when the next
    parenthesis after it closes), in linear time: that lookahead rescans the rest of the text at
    every comma, quadratic on long sponsor lists.
    """
    pieces = _PAREN.split(text)  # text, parenthesis, text, ..., text
    names = [""]
    for k in range(0, len(pieces), 2):
        paren = pieces[k + 1] if k + 1 < len(pieces) else ""
        if paren == ")":  # the commas of this stretch are inside parentheses
            names[-1] += pieces[k] + paren
        else:
            first, *rest = pieces[k].split(",")
            names[-1] += first
            names += rest
            names[-1] += paren
    return names


@lru_cache(maxsize=1)
def _translations() -> dict[str, dict[str, str]]:
    """English name or alias → the current name in each language."""
    out: dict[str, dict[str, str]] = {}
    for row in _member_states():
        names = {lang: row[lang] for lang in _CONJUNCTION}
        for en in (row["en"], *row["aliases_en"].split("|")):
            if en:
                out[en] = names
    return out


def sponsor_in(name: str, language: str) -> str | None:
    """The name of a State or group in another language, from its English name.

    Args:
        name: the English name, current or older ("Turkey"), with straight or curly apostrophes.
        language: ``en``, ``fr`` or ``es``.

    Returns:
        The name as the UN prints it in that language, or ``None`` if the table lacks it.
    """
    names = _translations().get(name.replace("’", "'"))
    return names.get(language) if names else None
