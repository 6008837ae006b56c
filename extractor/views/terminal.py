"""``extractor show``: the indicator table and the highlighted text in a terminal (rich)."""

from __future__ import annotations

from collections import Counter

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .highlight import INDICATOR_COLUMNS, Mark, indicator_row, marks_for, surface_mismatches
from .sources import ViewDoc

# Styles per kind (entities by label); gold statuses add to them.
STYLES = {
    "quantity": "bold black on bright_yellow",
    "TIER": "bold black on plum2",
    "ORG": "black on pale_green1",
    "GPE": "black on light_sky_blue1",
    "indicator": "underline",
    "ranking": "italic",
}
STATUS_STYLES = {"spurious": "bold white on red3", "missed": "bold red underline",
                 "mismatch": "bold black on orange1"}
STATUS_TAGS = {"matched": "[green]ok[/]", "mismatch": "[orange1]differs[/]",
               "spurious": "[red]spurious[/]", "missed": "[red]missed[/]", "predicted": ""}


def _style(mark: Mark) -> str:
    base = STYLES.get(mark.label if mark.kind == "entity" else mark.kind, "")
    return STATUS_STYLES.get(mark.status, base) if mark.kind in ("quantity", "entity") \
        else base + (" red" if mark.status in ("spurious", "missed") else "")


def indicator_table(view: ViewDoc, marks: list[Mark]) -> Table:
    """One row per indicator (and per missed gold indicator when comparing)."""
    by_id = {m.id: m for m in marks if m.kind == "indicator"}
    gold = view.gold
    table = Table(title=f"Indicators of {view.doc.doc_id}", show_lines=False, expand=False)
    table.add_column("#", style="dim")
    for col in INDICATOR_COLUMNS:
        table.add_column(col, overflow="fold",
                         justify="right" if col in ("new", "total", "value") else "left")
    if gold is not None:
        table.add_column("gold")
    rows = [(f"i{i}", ind) for i, ind in enumerate(view.doc.indicators)]
    if gold is not None:
        rows += [(m.id, gold.indicators[int(m.id[2:])]) for m in by_id.values()
                 if m.status == "missed"]
    for rid, ind in rows:
        cells = list(indicator_row(ind).values())
        if gold is not None:
            mark = by_id[rid]
            cells.append(STATUS_TAGS[mark.status] + (f" {mark.note}" if mark.status == "mismatch" else ""))
        table.add_row(rid, *cells)
    return table


def highlighted_text(view: ViewDoc, marks: list[Mark]) -> Text:
    """The text with every span styled; indicator evidence underlined."""
    text = Text(view.text)
    length = len(view.text)
    # Evidence first so that quantity and entity styles are applied on top of it.
    order = {"indicator": 0, "ranking": 0, "entity": 1, "quantity": 2}
    for mark in sorted(marks, key=lambda m: order[m.kind]):
        start, end = min(max(mark.start, 0), length), min(max(mark.end, 0), length)
        if start < end:
            text.stylize(_style(mark), start, end)
    return text


def legend(marks: list[Mark]) -> Text:
    counts = Counter(m.kind for m in marks if m.status != "missed")
    out = Text("Legend: ")
    out.append(f"quantity ({counts['quantity']})", STYLES["quantity"]).append("  ")
    for label in ("TIER", "ORG", "GPE"):
        out.append(label, STYLES[label]).append(" ")
    out.append(f"({counts['entity']})  ")
    out.append(f"indicator evidence ({counts['indicator']})", STYLES["indicator"])
    out.append(f"  rankings ({counts['ranking']})")
    status = Counter(m.status for m in marks)
    if any(s in status for s in ("matched", "mismatch", "spurious", "missed")):
        out.append("\nGold: ")
        out.append(f"matched {status['matched']}  ")
        out.append(f"differs {status['mismatch']}", STATUS_STYLES["mismatch"]).append("  ")
        out.append(f"spurious {status['spurious']}", STATUS_STYLES["spurious"]).append("  ")
        out.append(f"missed {status['missed']}", STATUS_STYLES["missed"])
    return out


def render_terminal(view: ViewDoc, console: Console, show_text: bool = True) -> None:
    """Print one document: header, indicator table, rankings, highlighted text, legend."""
    marks = marks_for(view.doc, view.gold)
    meta = view.doc.meta
    console.rule(f"[bold]{view.doc.doc_id}[/]  {meta.title or ''}  {meta.published or ''}")
    console.print(indicator_table(view, marks))
    for i, r in enumerate(view.doc.rankings):
        console.print(f"R{i}: {r.subject or '?'} ranks #{r.position} in {r.scope or '?'}"
                      f" ({r.period or 'no period'}): {'; '.join(r.aspects)}")
    for problem in surface_mismatches(view.text, view.doc):
        console.print(f"[red]offset mismatch:[/] {problem}")
    if show_text:
        console.print(Panel(Group(highlighted_text(view, marks)), title="text", expand=True))
    console.print(legend(marks))
