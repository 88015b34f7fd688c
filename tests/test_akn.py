"""Tests of the AKN4UN reader: structure from the markup, quirks, and bad XML refused clearly."""

from __future__ import annotations

import re
import zipfile
from collections import Counter

import pytest
from lxml import etree

from helpers.akn import (
    clean_text,
    extract,
    link_symbol,
    linked_citation,
    parse_xml,
    read_akn,
    safe_parser,
)
from helpers.bench import markup_truth
from helpers.errors import EmptyDocumentError, ParseError, UnsafeInputError, XMLError
from helpers.paths import SHARED_CORPUS

needs_corpus = pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="needs ../shared/corpus")

NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"


def akn(body: str, *, language: str = "eng", cover: str = "", workflow: str = "") -> bytes:
    """A small AKN4UN resolution around ``body`` (preamble and mainBody elements)."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="{NS}">
  <statement name="resolution">
    <meta>
      <identification source="#DGACM">
        <FRBRWork><FRBRdate date="2022-12-07" name="adoption"/>
          <FRBRauthor href="ga" as="author"/></FRBRWork>
        <FRBRExpression><FRBRlanguage language="{language}"/></FRBRExpression>
      </identification>
      <workflow source="#un">{workflow}</workflow>
    </meta>
    <coverPage>
      <p><docNumber refersTo="#symbol">A/RES/77/999</docNumber></p>
      <p><session refersTo="#generalAssembly" value="77">Seventy-seventh session</session></p>
      <p><inline title="75" name="agenda item">Agenda item 75</inline></p>
      {cover}
    </coverPage>
    <preface><p><docNumber>77/999.</docNumber>
      <docTitle><span class="bold">A test</span></docTitle></p></preface>
    {body}
    <conclusions><p><inline name="adoptionMeeting" title="47th">47th plenary meeting</inline>
      <eol/><docDate date="2022-12-07" refersTo="#adoptionDate">7 December 2022</docDate></p>
    </conclusions>
  </statement>
</akomaNtoso>""".encode()


PREAMBLE = """<preamble>
  <formula name="enactingFormula"><p><span class="italic">The General Assembly</span>,</p></formula>
  <container name="Recalling " eId="container_2"><p>	<span class="italic">Recalling</span> its
    resolution <a href="https://undocs.org/en/a/res/60/21">60/21</a> of 23 November
    2005,<authorialNote marker="1" eId="authorialNote_1"><p>		<span class="italic">Official
    Records</span> (<a href="https://undocs.org/en/A/71/17">A/71/17</a>), para. 3.</p>
    </authorialNote> and noting the
    report,</p></container>
  <container name="Noting" eId="container_3"><p>No italic span here,</p></container>
</preamble>"""

BODY = """<mainBody>
  <paragraph eId="para_9"><num>1.</num><content><p>	<span class="italic">Calls</span>
    <span class="italic">upon</span> States to act, as recalled in note<sup>1</sup> above;</p>
  </content></paragraph>
  <paragraph eId="para_12"><num>2.</num><content><p>	<span class="italic">Requests</span> the
    Secretary-General:</p></content></paragraph>
  <paragraph eId="para_13"><num>(a)</num><content><p>To report;</p></content></paragraph>
  <paragraph eId="para_14"><num>(b)</num><content><p>To inform;</p></content></paragraph>
  <paragraph eId="para_15" class="H23"><subheading>Follow-up</subheading></paragraph>
  <paragraph eId="para_16"><num>3.</num><list>
    <intro><p>	<span class="italic">Decides</span> to:</p></intro>
    <point><num>(a)</num><content><p>Convene a meeting;</p></content></point>
    <point><num>(b)</num><content><p>Remain seized of the matter.</p></content></point>
  </list></paragraph>
  <paragraph eId="para_17"><content><p>and to review it in 2030.</p></content></paragraph>
</mainBody>"""


@pytest.fixture(scope="module")
def synthetic() -> object:
    return read_akn(akn(PREAMBLE + BODY), source="test.xml")


# --- structure from the markup (synthetic documents) ----------------------------------------------
def test_clauses_and_numbers_come_from_num(synthetic: object) -> None:
    res = synthetic
    assert [c.id for c in res.clauses] == ["PP1", "PP2", "OP1", "OP2", "OP3"]
    assert [c.number for c in res.operative] == ["1", "2", "3"]  # num, not eId (para_9, 12, 16)
    assert res.organ_text == "The General Assembly,"
    assert res.symbol == "A/RES/77/999"
    assert res.session == 77 and res.agenda_item == "75" and res.language == "en"
    assert res.date == "2022-12-07" and res.meeting == "47th plenary meeting"
    assert res.format == "akn"


@pytest.mark.parametrize(
    ("clause", "lead"),
    [
        ("PP1", "Recalling"),  # italic span; @name has a trailing space
        ("PP2", "Noting"),  # no italic span: @name
        ("OP1", "Calls upon"),  # two italic spans joined
        ("OP2", "Requests"),
        ("OP3", "Decides"),  # the lead of a list intro
    ],
)
def test_leads(synthetic: object, clause: str, lead: str) -> None:
    assert synthetic.clause(clause).lead.text == lead


def test_footnote_is_taken_out_of_the_clause_with_its_anchor(synthetic: object) -> None:
    pp1 = synthetic.clause("PP1")
    assert "Official Records" not in pp1.text
    assert pp1.text == "Recalling its resolution 60/21 of 23 November 2005, and noting the report,"
    assert pp1.footnotes == ("1",)
    note = synthetic.footnotes[0]
    assert (note.mark, note.clause) == ("1", "PP1")
    assert note.text == "Official Records (A/71/17), para. 3."
    # a repeated reference (bare sup) is an anchor too, and its digit leaves the text
    op1 = synthetic.clause("OP1")
    assert op1.text == "Calls upon States to act, as recalled in note above;"
    assert op1.footnotes == ("1",)


def test_anchor_offset_is_where_the_marker_stood() -> None:
    doc = extract(parse_xml(akn(PREAMBLE + BODY), source="t.xml"), source="t.xml")
    pp1 = doc.drafts[0]
    ((mark, offset),) = pp1.anchors
    assert mark == "1" and pp1.text[:offset].endswith("23 November 2005,")


def test_items_stay_in_the_clause(synthetic: object) -> None:
    op2 = synthetic.clause("OP2")
    assert op2.items == ("(a) To report;", "(b) To inform;")
    assert op2.text == "Requests the Secretary-General: (a) To report; (b) To inform;"
    op3 = synthetic.clause("OP3")
    assert op3.items == ("(a) Convene a meeting;", "(b) Remain seized of the matter.")
    assert op3.text.endswith("Remain seized of the matter. and to review it in 2030.")


def test_headings_are_furniture_not_clauses(synthetic: object) -> None:
    assert [(f.kind, f.text) for f in synthetic.furniture] == [("heading", "Follow-up")]


def test_links_are_linked_citations_with_upper_case_symbols(synthetic: object) -> None:
    linked = {(c.symbol, c.clause, c.footnote) for c in synthetic.citations if c.linked}
    assert ("A/RES/60/21", "PP1", None) in linked  # the link was lower-case
    assert ("A/71/17", "PP1", "1") in linked  # a link inside the footnote


@pytest.mark.parametrize(
    ("href", "symbol"),
    [
        ("https://undocs.org/en/A/RES/54/237", "A/RES/54/237"),
        ("https://undocs.org/en/a/res/75/101a-b", "A/RES/75/101A-B"),
        ("https://undocs.org/S/RES/1515(2003)", "S/RES/1515 (2003)"),
        ("https://undocs.org/en/S/RES/2334%20(2016)", "S/RES/2334 (2016)"),
        ("https://docs.un.org/fr/A/79/779", "A/79/779"),
        ("https://undocs.org/UNEP/EA.4/Res.6", "UNEP/EA.4/RES.6"),
        ("mailto:https//undocs.org/ch/A/RES/169(II)", "A/RES/169 (II)"),
        (
            "https://undocs.org/Home/Mobile?FinalSymbol=A%2FRES%2F76%2F181&Language=E",
            "A/RES/76/181",
        ),
        ("https://www.un.org/en/about-us", None),
        ("https://treaties.un.org/doc/Treaties/1976/01/19760103.pdf", None),
    ],
)
def test_link_symbol(href: str, symbol: str | None) -> None:
    assert link_symbol(href) == symbol


@pytest.mark.parametrize(
    ("by", "sponsors", "behalf"),
    [
        (
            "Pakistan (on behalf of the Group of 77 and China)",
            ("Pakistan",),
            "the Group of 77 and China",
        ),
        (
            "submitted by the Vice-Chair of the Committee, Jeswuni Abudu-Birresborn (Ghana) and on"
            " the basis of informal consultations on draft resolution",
            ("the Vice-Chair of the Committee, Jeswuni Abudu-Birresborn (Ghana)",),
            None,
        ),
        # the person named first, or "was submitted by": read as the draft prints the officer
        (
            "France Cassar (Malta), submitted by the Rapporteur of the Committee and on the basis"
            " of informal consultations on draft resolution",
            ("the Rapporteur of the Committee, France Cassar (Malta)",),
            None,
        ),
        (
            "was submitted by the Special Committee on Decolonization",
            ("the Special Committee on Decolonization",),
            None,
        ),
    ],
)
def test_sponsors_come_from_the_workflow(
    by: str, sponsors: tuple[str, ...], behalf: str | None
) -> None:
    step = f'<step outcome="draftResolution" as="A/C.3/77/L.5" by="{by}"/>'
    res = read_akn(akn(PREAMBLE + BODY, workflow=step), source="t.xml")
    assert res.sponsors == sponsors
    assert res.on_behalf_of == behalf


def test_arabic_numbers_in_the_text_and_marker_parentheses() -> None:
    body = """<preamble>
      <formula><p><span class="italic">إن الجمعية العامة</span>،</p></formula>
      <container name="إذ تشير"><p><span class="bold italic">إذ تشير</span>
        إلى الخطة<sup>(</sup><authorialNote marker="1"><p>	()	القرار 70/1.</p>
        </authorialNote><sup>)</sup>،</p></container></preamble>
      <mainBody><paragraph><content>
        <p>	1 -	<span class="bold italic">تقرر</span> أن تبقي المسألة قيد نظرها.</p>
      </content></paragraph></mainBody>"""
    doc = extract(parse_xml(akn(body, language="ara"), source="a.xml"), source="a.xml")
    assert doc.language == "ar"
    pp, op = doc.drafts
    assert pp.text == "إذ تشير إلى الخطة،"
    assert pp.anchors == (("1", len("إذ تشير إلى الخطة")),)
    assert doc.footnotes[0].text == "القرار 70/1."
    assert (op.number, op.lead_text) == ("1", "تقرر")
    assert op.text.startswith("تقرر")


#: Letters glued to a lead span complete its word in a spaced script, not after Chinese.
GLUED_LEADS = [
    ("fra", '<span class="italic">Rappelan</span>t sa résolution 70/1,', "Rappelant"),
    ("zho", '<span class="bold">认识到</span>COVID-19大流行的影响，', "认识到"),
]


@pytest.mark.parametrize(("language", "paragraph", "lead"), GLUED_LEADS)
def test_letters_glued_to_a_lead(language: str, paragraph: str, lead: str) -> None:
    body = f"""<preamble><formula><p><span class="italic">X</span>,</p></formula>
      <container name="c"><p>{paragraph}</p></container></preamble>
      <mainBody><paragraph><num>1.</num><content><p>
        <span class="italic">Decides</span> it.</p></content></paragraph></mainBody>"""
    doc = extract(parse_xml(akn(body, language=language), source="g.xml"), source="g.xml")
    assert doc.drafts[0].lead_text == lead


def test_composite_resolution_keeps_its_parts() -> None:
    def statement(letter: str, verb: str) -> str:
        return f"""<component eId="comp_{letter}"><statement name="resolution">
          <preface><p><docNumber>{letter}</docNumber><docTitle>Part {letter}</docTitle></p>
          </preface>
          <preamble><formula><p><span class="italic">The General Assembly</span>,</p></formula>
            <container name="Recalling">
              <p><span class="italic">Recalling</span> its work,</p></container>
          </preamble>
          <mainBody><paragraph><num>1.</num>
            <content><p><span class="italic">{verb}</span> it.</p></content></paragraph>
          </mainBody>
          <conclusions><p><inline name="adoptionMeeting">49th plenary meeting</inline></p>
          </conclusions>
        </statement></component>"""

    data = f"""<akomaNtoso xmlns="{NS}"><documentCollection name="publication">
      <meta><identification><FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression>
      </identification></meta>
      <coverPage><p><docNumber>A/RES/76/84 A-B</docNumber></p></coverPage>
      <collectionBody><component><documentRef href="#comp_A" showAs="Resolution A"/>
      </component></collectionBody></documentCollection>
      <components>{statement("A", "Urges")}{statement("B", "Decides")}</components>
    </akomaNtoso>""".encode()
    res = read_akn(data, source="c.xml")
    assert [(c.id, c.part, c.lead.text) for c in res.clauses] == [
        ("PP1", "A", "Recalling"),
        ("OP1", "A", "Urges"),
        ("PP2", "B", "Recalling"),
        ("OP2", "B", "Decides"),
    ]
    assert res.symbol == "A/RES/76/84 A-B" and res.meeting == "49th plenary meeting"


def test_clean_text_drops_invisible_marks() -> None:
    text = "\u200e 1.\u200e Reitera\u00a0su  invitación\n"
    assert clean_text(text) == "1. Reitera su invitación"


# --- fast paths: the same results as the plain way ----------------------------------------------
@pytest.mark.parametrize(
    "xml",
    [
        "<p/>",
        "<p>plain ’ text</p>",
        "<p>\n\t<span>Lead</span> text <a href='x'>60/1</a>, <b>x<i>y</i></b>z</p>",
        "<p><![CDATA[a < b]]> &amp; c</p>",
    ],
)
def test_text_is_itertext_joined(xml: str) -> None:
    from helpers.akn import _text

    root = etree.fromstring(f'<r xmlns="{NS}">{xml}tail</r>', safe_parser())
    for el in root.iter():
        assert _text(el) == "".join(el.itertext())


@pytest.mark.parametrize(
    "parts",
    [
        ["Recalling its resolution,"],
        ["Decides;", "  \n"],
        ["Decides;", "", " "],
        ["Notes", "\U000f0000\U000f0100", "  "],
        ["Notes:\u200e"],
        ["a" * 100 + ",", " " * 90],
        [",", " " * 79],
        [",", " " * 80],  # far trailing white space does not hide the comma
        [";" + " " * 200, ""],
        [";", "\U000f0000\U000f0100" * 50, " " * 100],
        ["x\u00ad  "],
        ["x\U000f0000\U000f0100\n"],
        [],
        [" ", ""],
    ],
)
def test_last_char_matches_cleaning_the_whole_text(parts: list[str]) -> None:
    from helpers.akn import _last_char, _strip_markers

    assert _last_char(parts) == _strip_markers("".join(parts))[-1:]


#: The markers as a regex finds them: what `_markers` finds with ``str.find``.
_MARKER_RE = re.compile("(?P<flag>[\U000f0000\U000f0001])(?P<i>[\U000f0100-\U000ffffd])")
_N, _R, _I0, _I1, _LAST = "\U000f0000", "\U000f0001", "\U000f0100", "\U000f0101", "\U000ffffd"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "no marker",
        f"word{_N}{_I0} next",
        f"a{_R}{_I1}b{_N}{_I0}",  # a reference before a note
        f"{_N}{_I0}{_R}{_I0}{_N}{_I1}",  # adjacent markers
        f"x{_N}",  # a flag at the very end
        f"x{_N}{_R}{_I1}",  # a flag, then a marker: the first flag is no marker
        f"x{_R}{_N}{_I0}y{_R}",
        f"{_N}{_N}{_N}{_I1}",
        f"{_I0}{_I1} stray indexes{_N}z",  # indexes without a flag, a flag without an index
        f"{_N}{_LAST}\U000ffffe{_R}\U000f00ff",  # the ends of the index range
        f"t{_N}{_I0} " * 40,
    ],
)
def test_markers_found_as_the_regex_finds_them(text: str) -> None:
    from helpers.akn import _drop_markers, _markers, _note_indexes

    expected = [
        (m.start(), m.group("flag"), ord(m.group("i")) - 0xF0100) for m in _MARKER_RE.finditer(text)
    ]
    assert list(_markers(text)) == expected
    assert _drop_markers(text) == _MARKER_RE.sub("", text)
    assert _note_indexes(text) == [i for _, flag, i in expected if flag == _N]


@pytest.mark.parametrize(
    "body",
    [
        "<preamble><container><p>No link at all,</p></container></preamble>",
        '<preamble><container><a href="https://undocs.org/A/1">A/1</a></container></preamble>',
        '<mainBody><paragraph><num>1.</num><content><p><span class="italic">Notes</span> '
        '<i><a href="https://undocs.org/A/2">A/2</a></i> and <a href="x">y</a>;</p></content>'
        "</paragraph><paragraph><num>2.</num><content><p>Decides;</p></content></paragraph>"
        "</mainBody>",
        '<preamble><container><p>Recalling x,<authorialNote marker="1"><p>See '
        '<a href="https://undocs.org/A/3">A/3</a>.</p></authorialNote></p></container></preamble>',
    ],
)
def test_link_holders_are_the_elements_with_links(body: str) -> None:
    from helpers.akn import T_LINK, _link_holders, _prepare_notes

    root = parse_xml(akn(body), source="t")
    _prepare_notes(root)  # the notes (and their links) leave the tree first, as in `extract`
    holders = _link_holders(root)
    for el in root.iter():
        assert (el in holders) == any(True for _ in el.iter(T_LINK)), el.tag


@pytest.mark.parametrize(
    "raw",
    ["()  Note text", "  ( )\u200eNote", "Note (with parentheses)", "(a) Note", "( ) ( ) x", "()"],
)
def test_arabic_note_parentheses_dropped(raw: str) -> None:
    from helpers.akn import _ARABIC_NOTE_PARENS

    doc = akn(
        "<preamble><container><p>Recalling x,"
        f'<authorialNote marker="1"><p>{raw}</p></authorialNote></p></container></preamble>'
    )
    notes = extract(parse_xml(doc, source="t"), source="t").footnotes
    assert [n.text for n in notes] == [_ARABIC_NOTE_PARENS.sub("", clean_text(raw))]


def test_drop_invisible_and_descendant() -> None:
    from helpers.akn import _descendant, drop_invisible

    assert drop_invisible("a\u200eb\u00adc\ufeff") == "abc"
    assert drop_invisible("plain") == "plain"
    root = etree.fromstring(f'<r xmlns="{NS}"><a><b n="1"/></a><b n="2"/></r>')
    found = _descendant(root, f"{{{NS}}}b")
    assert found is not None and found.get("n") == "1"
    assert _descendant(root, f"{{{NS}}}c") is None


@pytest.mark.parametrize(
    ("href", "text", "clause", "footnote", "symbol"),
    [
        ("https://undocs.org/en/A/RES/60/21", " 60/21\n", "PP1", None, "A/RES/60/21"),
        ("https://undocs.org/en/A/71/17", "A/71/17", "OP2", "1", "A/71/17"),
        ("https://www.un.org/en/about-us", "the UN", "OP1", None, None),
    ],
)
def test_linked_citation_cached(
    href: str, text: str, clause: str, footnote: str | None, symbol: str | None
) -> None:
    first = linked_citation(href, text, clause, footnote)
    again = linked_citation(href, text, clause, footnote)
    assert again == first  # a cached, frozen citation: the same value every time
    assert (first.symbol if first else None) == symbol
    if first is not None:
        assert (first.clause, first.footnote, first.text) == (clause, footnote, text.strip())
        other = linked_citation(href, text, "OP9", footnote)
        assert other is not None and other.clause == "OP9"  # the clause is part of the key


# --- bad input: each refused with the right error, naming the source and the cause --------------
LOL = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
PASSWD = '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'
BAD = [
    ("empty", b"", EmptyDocumentError, "empty file"),
    ("spaces", b"  \n ", EmptyDocumentError, "white space"),
    ("truncated", akn(PREAMBLE + BODY)[:900], XMLError, "XML"),
    ("truncated at the end", akn(PREAMBLE + BODY)[:-40], XMLError, "truncated"),
    ("not xml", b"%PDF-1.7 binary", XMLError, "malformed XML"),
    (
        "html",
        b"<html><body><p>Hello</p></body></html>",
        XMLError,
        "not AKN4UN: the root element is <html>",
    ),
    (
        "no statement",
        f'<akomaNtoso xmlns="{NS}"><act/></akomaNtoso>'.encode(),
        XMLError,
        "not AKN4UN",
    ),
    (
        "external entity",
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
        UnsafeInputError,
        "declares entities",
    ),
    (
        "billion laughs",
        f'<!DOCTYPE lolz [<!ENTITY lol0 "lol">{LOL}]><lolz>&lol9;</lolz>'.encode(),
        UnsafeInputError,
        "declares entities",
    ),
    (
        "utf-16 entity",
        ('<?xml version="1.0" encoding="UTF-16"?>' + PASSWD).encode("utf-16"),
        UnsafeInputError,
        "declares entities",
    ),
    (
        "parameter entity",
        b'<!DOCTYPE x [<!ENTITY % p SYSTEM "http://example.invalid/x.dtd"> %p;]><x/>',
        UnsafeInputError,
        "declares entities",
    ),
]


@pytest.mark.parametrize(("case", "data", "error", "cause"), BAD, ids=[b[0] for b in BAD])
def test_bad_xml_is_refused_with_a_clear_error(
    case: str, data: bytes, error: type[ParseError], cause: str
) -> None:
    with pytest.raises(error) as info:
        read_akn(data, source=f"corpus.zip/{case}.xml")
    msg = str(info.value)
    assert msg.startswith(f"corpus.zip/{case}.xml: ")
    assert cause in msg
    assert "root:" not in msg  # /etc/passwd was never read


def test_parse_bytes_dispatches_xml_to_this_reader() -> None:
    from helpers.parse import parse_bytes

    with pytest.raises(XMLError, match="not AKN4UN"):
        parse_bytes(b"<html/>", name="page.xml")
    assert parse_bytes(akn(PREAMBLE + BODY), name="ok.xml").symbol == "A/RES/77/999"


# --- real files ---------------------------------------------------------------------------------
def load(zip_name: str, member: str) -> bytes:
    folder = "unxml-sc" if zip_name.startswith("sc-") else "unxml-ga"
    with zipfile.ZipFile(SHARED_CORPUS / folder / zip_name) as zf:
        return zf.read(member)


REAL = [
    # (zip, member, PP, OP, footnotes): the same resolution, 77/101, in all six languages
    ("ga-77-English.zip", "English/A_RES_77_101-2228245E.xml", 7, 5, 7),
    ("ga-77-French.zip", "French/A_RES_77_101-2228245F.xml", 7, 5, 7),
    ("ga-77-Spanish.zip", "Spanish/A_RES_77_101-2228245S.xml", 7, 5, 7),
    ("ga-77-Arabic.zip", "Arabic/A_RES_77_101-2228245A.xml", 7, 5, 7),
    # the Chinese file marks operative paragraphs 1 and 2 up as preambular containers
    ("ga-77-Chinese.zip", "Chinese/A_RES_77_101-2228245C.xml", 9, 3, 7),
    ("ga-77-Russian.zip", "Russian/A_RES_77_101-2228245R.xml", 7, 5, 7),
]


@needs_corpus
@pytest.mark.parametrize(("zip_name", "member", "n_pp", "n_op", "n_notes"), REAL)
def test_real_files_match_the_markup(
    zip_name: str, member: str, n_pp: int, n_op: int, n_notes: int
) -> None:
    data = load(zip_name, member)
    truth = markup_truth(etree.fromstring(data, safe_parser()))
    doc = extract(parse_xml(data, source=member), source=member)
    pp = [d for d in doc.drafts if d.section == "preamble"]
    op = [d for d in doc.drafts if d.section == "operative"]
    assert (len(pp), len(op), len(doc.footnotes)) == (n_pp, n_op, n_notes)
    assert (truth["pp"], truth["op"], sum(truth["notes"].values())) == (n_pp, n_op, n_notes)
    # the numbers are num's, not eId's (para_9, para_10, para_12, para_15, para_19 in English)
    assert [d.number for d in op] == [str(i) for i in range(6 - n_op, 6)]
    assert [d.lead_text for d in pp] == truth["pp_leads"]
    assert [d.lead_text for d in op] == truth["op_leads"]
    assert Counter(f.mark for f in doc.footnotes) == truth["notes"]
    assert {c.symbol.replace(" ", "") for c in doc.links} == truth["links"]
    assert doc.header["symbol"] == "A/RES/77/101" and doc.header["session"] == 77
    assert doc.header["date"] == "2022-12-07"


@needs_corpus
def test_real_english_resolution_in_full() -> None:
    res = read_akn(load("ga-77-English.zip", "English/A_RES_77_101-2228245E.xml"), source="x.xml")
    assert res.title.startswith("Model Law on the Use and Cross-border Recognition")
    assert res.sponsors == ("Singapore",) and res.on_behalf_of == "the Bureau"
    assert res.meeting == "47th plenary meeting" and res.body == "General Assembly"
    assert res.clause("OP4").footnotes == ("4", "5", "6", "7")
    assert res.clause("PP5").text.endswith("trust services,")
    linked = {c.symbol for c in res.citations if c.linked}
    assert {"A/RES/60/21", "A/RES/51/162", "A/71/17"} <= linked


@needs_corpus
@pytest.mark.parametrize(
    ("zip_name", "member", "check"),
    [
        # trailing spaces in container names
        ("ga-74-English.zip", "English/74_161.xml", "lead:Recalling with appreciation"),
        # lower-case symbols in links
        ("ga-77-Arabic.zip", "Arabic/A_RES_77_15-2226537A.xml", "link:S/RES/1631 (2005)"),
        ("ga-77-Chinese.zip", "Chinese/A_RES_77_223-2228989C.xml", "link:A/RES/217 (III)"),
        # a Security Council paragraph whose number is in the text ("11\tCondemns")
        ("sc-2024-English.zip", "English/S_RES_2730-2409275E.xml", "op:16"),
        # a composite resolution, A and B
        ("ga-76-English.zip", "English/A_RES_76_84 A-B-2118640E.xml", "parts:A,B"),
        # invisible left-to-right marks around the numbers
        ("ga-74-Spanish.zip", "Spanish/74_172_S.xml", "op:13"),
    ],
)
def test_known_quirks(zip_name: str, member: str, check: str) -> None:
    doc = extract(parse_xml(load(zip_name, member), source=member), source=member)
    kind, _, value = check.partition(":")
    if kind == "lead":
        assert value in [d.lead_text for d in doc.drafts]
    elif kind == "link":
        assert value in {c.symbol for c in doc.links}
    elif kind == "op":
        op = [d for d in doc.drafts if d.section == "operative"]
        assert [d.number for d in op] == [str(i) for i in range(1, int(value) + 1)]
    else:
        assert sorted({d.part for d in doc.drafts}) == value.split(",")
        assert sum(d.section == "operative" for d in doc.drafts if d.part == "A") == 1


@needs_corpus
def test_misplaced_preambular_paragraph_is_read_as_preambular() -> None:
    """77/118: one preambular paragraph is marked up in a mainBody between two preambles."""
    member = "English/A_RES_77_118-2228394E.xml"
    doc = extract(parse_xml(load("ga-77-English.zip", member), source=member), source=member)
    pp = [d for d in doc.drafts if d.section == "preamble"]
    assert "Calling attention also" in [d.lead_text for d in pp]
    assert any("preambular" in w for w in doc.warnings)


@needs_corpus
def test_malformed_corpus_file_names_the_file_and_line() -> None:
    member = "Spanish/A_RES_77_104-2228250S.xml"
    with pytest.raises(
        XMLError, match=r"A_RES_77_104.*malformed XML: Opening and ending tag mismatch"
    ):
        read_akn(load("ga-77-Spanish.zip", member), source=member)


# --- the masthead: cover page and preface ----------------------------------------------------
def test_header_is_the_masthead_as_printed(synthetic: object) -> None:
    assert synthetic.header == (
        "A/RES/77/999\nSeventy-seventh session\nAgenda item 75\n77/999. A test"
    )


def test_part_letter_of_a_composite_title_is_a_line_of_its_own() -> None:
    xml = akn(PREAMBLE + BODY).replace(
        b'<docTitle><span class="bold">A test</span></docTitle></p>',
        b'<docTitle><span class="bold">A test</span></docTitle><docNumber>\tB</docNumber></p>',
    )
    res = read_akn(xml, source="test.xml")
    assert res.header.endswith("77/999. A test\nB")
    assert res.title == "A test"


@pytest.mark.parametrize(
    ("printed", "title", "item"),
    [
        ("Agenda item 72 (b)", "72 (b)", "72 (b)"),
        ("Point 25 b) de l’ordre du jour", "", "25 (b)"),  # no title attribute: the text
        ("Point 59 de l’ordre du jour", "", "59"),  # not "59 d"
        ("Temas 20 y 78 a) del programa", "20 y 78 a)", "20, 78 (a)"),  # not "20 (y)"
    ],
)
def test_agenda_item_in_one_form_for_every_language(printed: str, title: str, item: str) -> None:
    cover = f'<p><inline title="{title}" name="agenda item">{printed}</inline></p>'
    xml = akn(PREAMBLE + BODY).replace(
        b'<p><inline title="75" name="agenda item">Agenda item 75</inline></p>',
        cover.encode(),
    )
    assert read_akn(xml, source="test.xml").agenda_item == item


def test_placeholder_adoption_date_gives_way_to_the_date_of_issue() -> None:
    """Some Security Council files date their adoption 0001-01-01, in the FRBR and the cover."""
    xml = (
        akn(PREAMBLE + BODY)
        .replace(b'date="2022-12-07" name="adoption"', b'date="0001-01-01" name="adoption"')
        .replace(
            b'<docDate date="2022-12-07" refersTo="#adoptionDate">7 December 2022</docDate>',
            b'<docDate date="0001-01-01" refersTo="#adoptionDate"></docDate>',
        )
        .replace(
            b"</coverPage>",
            b'<p><docDate date="2022-12-09" refersTo="#dateOfIssuance">9 December 2022</docDate>'
            b"</p></coverPage>",
        )
    )
    assert read_akn(xml, source="test.xml").date == "2022-12-09"


@needs_corpus
def test_statement_of_the_president() -> None:
    """S/PRST/2020/11: the Council's statement, whose file names the Assembly as its author."""
    res = read_akn(load("sc-2020-English.zip", "English/S_PRST_2020_11.xml"), source="prst")
    assert (res.doc_type, res.body) == ("presidential statement", "Security Council")
    assert {c.section for c in res.clauses} == {"operative"}
    # the quoted paragraphs' leads follow the Council: "“The Security Council reiterates …"
    assert [c.lead.text for c in res.clauses[1:4]] == ["reiterates", "welcomes", "commends"]
    assert sum(c.lead.known for c in res.clauses) == 14  # of 19: the rest print no head
