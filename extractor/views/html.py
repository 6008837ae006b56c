"""``extractor render``: one self-contained HTML page (inline CSS and JS, no external assets).

Each document shows an indicator table whose rows link to their evidence, and the text cut
into flat segments (see :func:`extractor.views.highlight.segments`), styled in the spirit of
displaCy's span view. Hovering a segment fills a side panel with the normalised values of
every record under it. The page checks itself on load: it counts the distinct records
highlighted in the text and writes that count, the expected count and any script errors into
``<output id="selfcheck">`` (read by the browser test through ``--dump-dom``).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from html import escape
from importlib import resources
from string import Template

from .highlight import INDICATOR_COLUMNS, KIND_PREFIX, Mark, indicator_row, marks_for, segments
from .sources import ViewDoc

_KINDS = ("quantity", "entity", "indicator", "ranking")
_PLURAL = {"quantity": "quantities", "entity": "entities", "indicator": "indicators",
           "ranking": "rankings"}
_STATUS_TEXT = {"matched": "ok", "mismatch": "differs", "spurious": "spurious",
                "missed": "missed", "predicted": ""}


def _asset(name: str) -> str:
    return (resources.files("extractor") / "data" / "views" / name).read_text("utf-8")


def _json_for_script(data: object) -> str:
    # "<" only occurs inside JSON strings, where \u003c is the same character; this keeps
    # "</script>" in a text from ending the script element.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def _classes(marks: Sequence[Mark]) -> str:
    out: list[str] = []
    for m in marks:
        kind = KIND_PREFIX[m.kind]
        if m.status != "missed":
            out.append(f"e-{m.label}" if m.kind == "entity" else kind)
        if m.status in ("missed", "spurious", "mismatch"):
            out.append(f"{kind}-{m.status}")
    return " ".join(dict.fromkeys(out))


def _tag(mark: Mark, did: str) -> str:
    """A visible tag at the start of evidence (the link target of a table row)."""
    if mark.kind not in ("indicator", "ranking"):
        return ""  # quantities and entities are short: their colour (or dashed outline) says it
    text = mark.label if mark.status != "missed" else f"missed {mark.label}"
    return (f'<a class="tag st-{mark.status}" id="{did}-{mark.id}" '
            f'href="#row-{did}-{mark.id}">{escape(text)}</a>')


def text_html(text: str, marks: Sequence[Mark], did: str) -> str:
    """The text as flat segments; covered segments carry the ids of their records."""
    parts: list[str] = []
    started: set[str] = set()
    for seg in segments(text, marks):
        for m in seg.marks:
            if m.id not in started:
                started.add(m.id)
                parts.append(_tag(m, did))
        piece = escape(text[seg.start:seg.end])
        if not seg.marks:
            parts.append(piece)
            continue
        ids = " ".join(f"{did}-{m.id}" for m in seg.marks)
        empty = " empty" if seg.start == seg.end else ""
        parts.append(f'<span class="s {_classes(seg.marks)}{empty}" data-ids="{ids}">{piece}</span>')
    return "".join(parts)


def _record_data(marks: Sequence[Mark], text: str, did: str) -> dict[str, object]:
    return {f"{did}-{m.id}": {"kind": m.kind, "label": m.label, "status": m.status,
                              "note": m.note, "start": m.start, "end": m.end,
                              "surface": text[m.start:m.end] if m.kind in ("quantity", "entity")
                              else "", "values": m.details}
            for m in marks}


def table_html(view: ViewDoc, marks: Sequence[Mark], did: str) -> str:
    """Indicator table: one row per indicator (and missed gold indicator), linked to evidence."""
    shown = [m for m in marks if m.kind == "indicator"]
    if not shown:
        return '<p class="none">No indicators.</p>'
    gold = view.gold is not None
    head = "".join(f"<th>{c}</th>" for c in ("#", *INDICATOR_COLUMNS)) + ("<th>gold</th>" if gold else "")
    rows = []
    for m in shown:
        source = view.gold if m.status == "missed" else view.doc
        assert source is not None
        ind = source.indicators[int(m.id.lstrip("gi"))]
        cells = "".join(f'<td class="c-{k}">{escape(v)}</td>' for k, v in indicator_row(ind).items())
        status = (f'<td class="st">{_STATUS_TEXT[m.status]} <small>{escape(m.note)}</small></td>'
                  if gold else "")
        rows.append(f'<tr id="row-{did}-{m.id}" class="st-{m.status}" data-ids="{did}-{m.id}">'
                    f'<td><a href="#{did}-{m.id}">{escape(m.label)}</a></td>{cells}{status}</tr>')
    return f'<table class="ind"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def rankings_html(view: ViewDoc, marks: Sequence[Mark], did: str) -> str:
    """Rankings (standings without a figure) as a list linked to their evidence."""
    items = []
    for m in (m for m in marks if m.kind == "ranking"):
        source = view.gold if m.status == "missed" else view.doc
        assert source is not None
        r = source.rankings[int(m.id.lstrip("gr"))]
        note = f" <small>[{_STATUS_TEXT[m.status]} {escape(m.note)}]</small>" if view.gold else ""
        items.append(f'<li id="row-{did}-{m.id}" class="st-{m.status}" data-ids="{did}-{m.id}">'
                     f'<a href="#{did}-{m.id}">{escape(m.label)}</a> '
                     f'{escape(r.subject or "?")} ranks #{r.position} in {escape(r.scope or "?")}'
                     f' ({escape(r.period or "no period")}): {escape("; ".join(r.aspects))}{note}</li>')
    return f'<ul class="rankings">{"".join(items)}</ul>' if items else ""


def summary_html(marks: Sequence[Mark], gold: bool) -> str:
    """Counts per kind (and per gold status) so that totals can be checked at a glance."""
    counts: Counter[tuple[str, str]] = Counter((m.kind, m.status) for m in marks)
    cells = []
    for kind in _KINDS:
        predicted = sum(n for (k, s), n in counts.items() if k == kind and s != "missed")
        extra = ""
        if gold:
            extra = " (" + ", ".join(f"{counts[(kind, s)]} {_STATUS_TEXT[s]}"
                                     for s in ("matched", "mismatch", "spurious", "missed")) + ")"
        name = _PLURAL[kind] if predicted != 1 else kind
        cells.append(f'<span class="k-{kind}">{predicted} {name}{extra}</span>')
    return '<p class="summary">' + " · ".join(cells) + "</p>"


def document_html(view: ViewDoc, index: int, gold_mode: bool = False) -> tuple[str, dict[str, object]]:
    did = f"d{index}"
    marks = marks_for(view.doc, view.gold)
    meta = view.doc.meta
    nogold = ('<p class="nogold">No gold file for this document.</p>'
              if gold_mode and view.gold is None else "")
    sub = " · ".join(escape(x) for x in (meta.title or "", meta.published or "", view.origin) if x)
    body = (f'<section class="doc" id="{did}" data-records="{len(marks)}">'
            f'<h2>{escape(view.doc.doc_id)} <small>{sub}</small></h2>'
            f'{summary_html(marks, view.gold is not None)}{table_html(view, marks, did)}'
            f'{rankings_html(view, marks, did)}{nogold}'
            f'<div class="text">{text_html(view.text, marks, did)}</div></section>')
    return body, _record_data(marks, view.text, did)


def render_html(views: Sequence[ViewDoc], title: str = "extractor report") -> str:
    """The whole page for one or many documents."""
    gold = any(v.gold is not None for v in views)
    bodies: list[str] = []
    data: dict[str, object] = {}
    for i, view in enumerate(views):
        body, records = document_html(view, i, gold)
        bodies.append(body)
        data |= records
    legend = _asset("legend-gold.html" if gold else "legend.html")
    return Template(_asset("report.html")).substitute(
        title=escape(title), css=_asset("report.css"), js=_asset("report.js"),
        legend=legend, body="\n".join(bodies), expected=str(len(data)),
        records=_json_for_script(data))
