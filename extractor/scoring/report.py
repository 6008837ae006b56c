"""Render scores: the readable table, the JSON report and the error listing."""

from __future__ import annotations

import math
from dataclasses import asdict
from typing import Any

from .corpus import COUNT_KEYS, SHARE_KEYS, CorpusScore, flat_metrics
from .counts import Counts, Share
from .result import DocScore, ErrorItem

DIGITS = 3
"""Figures are shown, and compared with ``--fail-under`` bars, at this many decimals."""

CONTEXT_CHARS = 40
EVIDENCE_CHARS = 160

SUMMARY: tuple[tuple[str, str, str, str], ...] = (
    ("qty", "value F1", "qty value F1", "quantities.value.f1"),
    ("qty", "v+unit F1", "qty value+unit F1", "quantities.value+unit.f1"),
    ("ent", "strict F1", "ent strict F1", "entities.strict.f1"),
    ("ind", "slots F1", "ind slots F1", "indicators.slots.f1"),
    ("ind", "exact", "ind exact share", "indicators.exact_match"),
    ("rank", "slots F1", "rank slots F1", "rankings.slots.f1"),
)
"""Per-document columns (two header rows), summary label, figure: shown per document and
repeated last, because CI logs and the stop hook show only the tail."""

COLUMN = 10


def shown(value: float) -> float:
    """The value as displayed; bars compare against this."""
    return round(value, DIGITS)


def _fmt(value: float) -> str:
    return f"{value:.{DIGITS}f}"


def _count_row(label: str, counts: Counts) -> str:
    return (f"  {label:<28}{_fmt(counts.precision):>8}{_fmt(counts.recall):>8}"
            f"{_fmt(counts.f1):>8}{counts.correct:>9}{counts.predicted:>8}{counts.gold:>8}")


def _share_row(label: str, share: Share) -> str:
    return f"  {label:<28}{_fmt(share.value):>24}{share.hits:>9}{'':>8}{share.gold:>8}"


def _section(title: str) -> str:
    return f"{title:<30}{'P':>8}{'R':>8}{'F1':>8}{'correct':>9}{'pred':>8}{'gold':>8}"


def _row_label(group: str, key: str) -> str:
    rest = key.removeprefix(f"{group}.")
    if rest.startswith("slot."):
        return "  " + rest.removeprefix("slot.")
    if group == "entities" and rest == "tier":
        return "TIER with tier id"
    return "all slots" if rest == "slots" else rest.replace(".", " ")


def overall_table(score: DocScore, n_docs: int) -> list[str]:
    lines = [f"Scores over {n_docs} document(s), micro-averaged", ""]
    for group in ("quantities", "entities", "indicators", "rankings"):
        lines.append(_section(group.upper()))
        for key in (k for k in COUNT_KEYS if k.startswith(f"{group}.")):
            lines.append(_count_row(_row_label(group, key), score.counts.get(key, Counts())))
        for key in (k for k in SHARE_KEYS if k.startswith(f"{group}.")):
            lines.append(_share_row("exact match (share of gold)",
                                    score.shares.get(key, Share())))
        lines.append("")
    return lines


def document_table(corpus: CorpusScore) -> list[str]:
    width = min(max([12, *(len(d) for d in corpus.documents)]), 98 - COLUMN * len(SUMMARY))
    lines = [f"{'PER DOCUMENT':<{width + 2}}" + "".join(f"{h:>{COLUMN}}" for h, *_ in SUMMARY),
             " " * (width + 2) + "".join(f"{row[1]:>{COLUMN}}" for row in SUMMARY)]
    for doc_id, doc in corpus.documents.items():
        figures = flat_metrics(doc)
        cells = "".join(f"{_fmt(figures[row[3]]):>{COLUMN}}" for row in SUMMARY)
        lines.append(f"  {doc_id[:width]:<{width}}{cells}")
    return lines


def summary_lines(corpus: CorpusScore) -> list[str]:
    figures = flat_metrics(corpus.overall)
    parts = [f"{label} {_fmt(figures[key])}" for _, _, label, key in SUMMARY]
    return ["SUMMARY  " + " | ".join(parts[:3]), "         " + " | ".join(parts[3:])]


def render_table(corpus: CorpusScore) -> str:
    lines = overall_table(corpus.overall, len(corpus.documents))
    lines += document_table(corpus) + [""] + summary_lines(corpus)
    return "\n".join(lines)


# --- errors -------------------------------------------------------------------------------

def _one_line(text: str) -> str:
    return " ".join(text.split())


def context(text: str | None, start: int, end: int, evidence: bool) -> str:
    """The surface in [[ ]] with some text either side, on one line."""
    if text is None:
        return ""
    if evidence:
        body = _one_line(text[start:end])
        return "«" + (body if len(body) <= EVIDENCE_CHARS else body[:EVIDENCE_CHARS] + "…") + "»"
    left = _one_line(text[max(0, start - CONTEXT_CHARS):start])
    right = _one_line(text[end:end + CONTEXT_CHARS])
    return f"«…{left} [[{_one_line(text[start:end])}]] {right}…»"


def _values(values: dict[str, Any] | None, keys: list[str] | None = None) -> str:
    if values is None:
        return "-"
    items = [(k, v) for k, v in values.items()
             if (keys is None or k in keys) and v is not None and k not in ("start", "end")]
    return ", ".join(f"{k}={v!r}" for k, v in items) or "(all empty)"


def render_error(item: ErrorItem, text: str | None) -> list[str]:
    evidence = item.record in ("indicator", "ranking")
    head = f"{item.doc_id} {item.record} {item.kind.upper()} {item.start}-{item.end}"
    if item.kind == "wrong":
        head += f" [{', '.join(item.fields)}]"
    lines = [head]
    ctx = context(text, item.start, item.end, evidence)
    if ctx:
        lines.append(f"    text: {ctx}")
    if item.kind == "wrong":
        keys = None if not evidence else item.fields
        lines.append(f"    gold: {_values(item.gold, keys)}")
        pred_where = ""
        if item.pred and "start" in item.pred and not evidence:
            pred_where = f" @{item.pred['start']}-{item.pred['end']}"
        lines.append(f"    pred: {_values(item.pred, keys)}{pred_where}")
    elif item.kind == "missed":
        lines.append(f"    gold: {_values(item.gold)}")
    else:
        lines.append(f"    pred: {_values(item.pred)}")
    return lines


def render_errors(corpus: CorpusScore, texts: dict[str, str]) -> str:
    lines: list[str] = []
    for doc_id, doc in corpus.documents.items():
        for item in sorted(doc.errors, key=lambda e: (e.record, e.start, e.kind)):
            lines += render_error(item, texts.get(doc_id))
    count = sum(len(doc.errors) for doc in corpus.documents.values())
    return "\n".join([f"ERRORS ({count})", *lines, ""])


# --- JSON ---------------------------------------------------------------------------------

def _clean(value: Any) -> Any:
    """JSON has no NaN; figures are finite by construction but inputs may not be."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _doc_json(doc: DocScore) -> dict[str, Any]:
    return {
        "metrics": {k: _clean(v) for k, v in flat_metrics(doc).items()},
        "counts": {k: c.as_dict() for k, c in doc.counts.items()},
        "shares": {k: {"value": s.value, "hits": s.hits, "gold": s.gold}
                   for k, s in doc.shares.items()},
    }


def report_json(corpus: CorpusScore) -> dict[str, Any]:
    """Same figures as the table, plus pairings (gold index, predicted index) and errors."""
    return {
        "documents": len(corpus.documents),
        "overall": _doc_json(corpus.overall),
        "per_document": {
            doc_id: _doc_json(doc) | {
                "pairings": {k: [list(p) for p in v] for k, v in doc.pairings.items()},
                "errors": [asdict(e) for e in doc.errors],
            }
            for doc_id, doc in corpus.documents.items()
        },
    }
