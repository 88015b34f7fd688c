"""Annotate: `Resolution` → HTML that shows its anatomy (leads, verbs, citations, conferences).

Every piece of document text is HTML-escaped. Annotations are spans over the clean clause text;
where they overlap (a conference named through a cited outcome document), the text carries
every class that covers it. Footnotes are shown at their markers, with their text on hover
and in a list under the document.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from helpers.models import Clause, Resolution

CSS = """
<style>
.unres { font-family: Georgia, 'Times New Roman', serif; font-size: 15px; line-height: 1.55;
         max-width: 60em; color: #222; }
.unres .header { border-left: 4px solid #999; padding: .3em .8em; margin-bottom: 1em;
                 background: #f6f6f6; font-family: sans-serif; font-size: 13px; }
.unres .organ { font-style: italic; margin: .8em 0; }
.unres .pp { margin: .35em 0 .35em 0; padding-left: .6em; border-left: 4px solid #0072B2; }
.unres .op { margin: .35em 0 .35em 0; padding-left: .6em; border-left: 4px solid #E69F00; }
.unres .cid { font-family: sans-serif; font-size: 11px; color: #666; display: inline-block;
              width: 3.2em; }
.unres .lead { font-style: italic; font-weight: bold; }
.unres .pp .lead { color: #0072B2; }
.unres .op .lead { color: #B07400; }
.unres .inner { text-decoration: underline 2px #D55E00; font-weight: bold; }
.unres .cite { background: #cfe8f7; }
.unres .conf { background: #fbe3c2; border-bottom: 2px solid #D55E00; }
.unres sup.fn { color: #CC79A7; font-weight: bold; cursor: help; }
.unres .legend span { margin-right: 1.2em; font-family: sans-serif; font-size: 12px; }
.unres .notes { font-size: 13px; border-top: 1px solid #999; margin-top: 1em; }
.unres .closing { font-family: sans-serif; font-size: 12px; color: #555; margin-top: .8em; }
</style>
"""

LEGEND = (
    '<div class="legend">'
    '<span class="pp">preambular paragraph</span>'
    '<span class="op">operative paragraph</span>'
    '<span class="lead">lead phrase</span>'
    '<span class="inner">second action</span>'
    '<span class="cite">citation</span>'
    '<span class="conf">conference</span>'
    '<span><sup class="fn">1</sup> footnote marker</span>'
    "</div>"
)

e = html.escape


def _annotations(clause: Clause, res: Resolution) -> list[tuple[int, int, str, str]]:
    out: list[tuple[int, int, str, str]] = []
    if clause.lead.span is not None:
        out.append((clause.lead.span.start, clause.lead.span.end, "lead", clause.lead.gloss or ""))
    for v in clause.verbs:
        if v.position == "inner" and v.span is not None:
            out.append((v.span.start, v.span.end, "inner", v.gloss or ""))
    for c in res.citations:
        if c.clause == clause.id and c.footnote is None and c.span is not None:
            tip = f"{c.body}: {c.symbol}" + (f" ({c.date})" if c.date else "")
            out.append((c.span.start, c.span.end, "cite", tip))
    for m in res.conferences:
        if m.clause == clause.id and m.footnote is None and m.span is not None:
            tip = f"{m.key or 'unknown conference'}: {m.place or ''} {m.start or ''}–{m.end or ''}"
            out.append((m.span.start, m.span.end, "conf", tip))
    return out


def annotate_text(
    text: str,
    spans: Iterable[tuple[int, int, str, str]],
    markers: Iterable[tuple[str, int]] = (),
    notes: dict[str, str] | None = None,
) -> str:
    """Render text with class spans and footnote markers, escaping everything.

    Args:
        text: the plain text.
        spans: ``(start, end, css_class, tooltip)`` annotations; they may overlap.
        markers: ``(mark, offset)`` footnote markers to show as superscripts.
        notes: footnote texts by mark, shown on hover.

    Returns:
        An HTML fragment.
    """
    spans = [s for s in spans if 0 <= s[0] < s[1] <= len(text)]
    # a marker past the end (a note after the closing punctuation) shows at the end
    marks = sorted(((m, min(off, len(text))) for m, off in markers), key=lambda m: m[1])
    cuts = sorted(
        {0, len(text), *(s[0] for s in spans), *(s[1] for s in spans), *(m[1] for m in marks)}
    )
    notes = notes or {}
    out: list[str] = []
    for a, b in zip(cuts, [*cuts[1:], len(text)], strict=False):
        for mark, off in marks:
            if off == a:
                out.append(f'<sup class="fn" title="{e(notes.get(mark, ""))}">{e(mark)}</sup>')
        if a >= b:
            continue
        active = [s for s in spans if s[0] <= a and b <= s[1]]
        piece = e(text[a:b])
        for _, _, cls, tip in sorted(active, key=lambda s: s[1] - s[0]):  # longest outermost
            piece = f'<span class="{cls}" title="{e(tip)}">{piece}</span>'
        out.append(piece)
    return "".join(out)


def to_html(res: Resolution) -> str:
    """Render a resolution as annotated HTML with a legend.

    Args:
        res: the parsed resolution.

    Returns:
        A self-contained HTML fragment (with its CSS).
    """
    notes = {f.mark: f.text for f in res.footnotes}
    parts = [CSS, '<div class="unres">', LEGEND, '<div class="header">']
    rows = [
        ("Symbol", res.symbol),
        ("Type", res.doc_type),
        ("Sponsors", ", ".join(res.sponsors)),
        ("On behalf of (*)", res.on_behalf_of),
        ("Title", res.title),
        (
            "Session",
            f"{res.session}{' (inferred)' if res.session_inferred else ''}"
            if res.session
            else None,
        ),
        ("Agenda item", res.agenda_item),
        ("Date", res.date),
    ]
    parts += [f"<div><b>{e(k)}:</b> {e(str(v))}</div>" for k, v in rows if v]
    parts.append("</div>")
    if res.organ_text:
        parts.append(f'<div class="organ">{e(res.organ_text)}</div>')
    for c in res.clauses:
        cls = "pp" if c.section == "preamble" else "op"
        num = f"{c.number}. " if c.number else ""
        body = annotate_text(c.text, _annotations(c, res), c.anchors, notes)
        parts.append(f'<div class="{cls}"><span class="cid">{e(c.id)}</span>{e(num)}{body}</div>')
    if res.closing:
        parts.append(f'<div class="closing">{e(res.closing)}</div>')
    if res.footnotes:
        parts.append('<div class="notes">')
        for f in res.footnotes:
            where = f"<i>({e(str(f.clause))})</i>"
            parts.append(f'<div><sup class="fn">{e(f.mark)}</sup> {e(f.text)} {where}</div>')
        parts.append("</div>")
    parts.append("</div>")
    return "\n".join(parts)
