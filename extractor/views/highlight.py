"""Span layering shared by the terminal and the HTML views.

A document's records become :class:`Mark` objects (one per record, with the values an
analyst checks), optionally compared with a gold document (matched, mismatch, spurious,
missed), and the text is cut into flat :class:`Segment` pieces so that overlapping spans
(an entity inside an indicator's evidence) can be styled without nesting markup.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from ..models import Document, Entity, Indicator, Quantity, Ranking

Kind = Literal["quantity", "entity", "indicator", "ranking"]
Status = Literal["predicted", "matched", "mismatch", "spurious", "missed"]

KIND_PREFIX: dict[Kind, str] = {"quantity": "q", "entity": "e", "indicator": "i", "ranking": "r"}
INDICATOR_COLUMNS = ("metric", "tier", "period", "new", "total", "value", "unit", "share",
                     "change", "rank")


@dataclass(frozen=True)
class Mark:
    """One record located in the text."""

    id: str
    """Unique within a document: q3, e0, i2, r0; gold records not predicted get a g prefix."""
    kind: Kind
    start: int
    end: int
    label: str
    """Short tag: QTY, TIER, ORG, GPE, I3, R0."""
    details: dict[str, object]
    """Normalised values shown on hover."""
    status: Status = "predicted"
    note: str = ""
    """For gold comparisons: what gold says where it differs."""


@dataclass(frozen=True)
class Segment:
    """A maximal piece of text covered by the same set of marks."""

    start: int
    end: int
    marks: tuple[Mark, ...] = field(default_factory=tuple)


# ---------------------------------------------------------------- formatting


def fmt_number(value: object) -> str:
    """Readable number: thousands separators, no float noise, full precision kept."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}"
    return format(value, ",.6f").rstrip("0").rstrip(".")


_UNIT_SHORT = {"percent": "%", "percentage_point": " pp", "times": "x"}


def fmt_amount(value: object, unit: str | None, signed: bool = False) -> str:
    """A number with its unit: 35%, 2.1 pp, 1,000 CNY."""
    text = fmt_number(value)
    if signed and isinstance(value, (int, float)) and value > 0:
        text = "+" + text
    if unit is None:
        return text
    return text + _UNIT_SHORT.get(unit, " " + unit)


def indicator_row(ind: Indicator) -> dict[str, str]:
    """The table columns an analyst reads, as strings (empty when null)."""
    share = ind.share
    change = ind.change
    rank = ind.rank
    return {
        "metric": ind.metric,
        "tier": ind.tier or "",
        "period": ind.period or "",
        "new": fmt_number(ind.new),
        "total": fmt_number(ind.total),
        "value": fmt_number(ind.value),
        "unit": ind.unit or "",
        "share": "" if share is None else f"{fmt_number(share.value)}% of {share.of or '?'}",
        "change": "" if change is None else " ".join(
            p for p in (fmt_amount(change.value, change.unit, signed=True), change.basis or "") if p),
        "rank": "" if rank is None else f"#{rank.position} {rank.scope or ''}".strip(),
    }


def _details(kind: Kind, record: Quantity | Entity | Indicator | Ranking) -> dict[str, object]:
    data = record.model_dump(exclude_none=True)
    if kind == "indicator":
        assert isinstance(record, Indicator)
        row: dict[str, object] = {k: v for k, v in indicator_row(record).items() if v}
        if record.qualifier != "exact":
            row["qualifier"] = record.qualifier
        if record.subject:
            row["subject"] = record.subject
        return row
    data.pop("evidence", None)
    data.pop("start", None)
    data.pop("end", None)
    return data


# ---------------------------------------------------------------- marks


def _span_of(kind: Kind, record: Quantity | Entity | Indicator | Ranking) -> tuple[int, int]:
    if isinstance(record, (Indicator, Ranking)):
        return record.evidence.start, record.evidence.end
    return record.start, record.end


def _label(kind: Kind, index: int, record: object) -> str:
    if kind == "quantity":
        return "QTY"
    if kind == "entity":
        assert isinstance(record, Entity)
        return record.label
    return f"{KIND_PREFIX[kind].upper()}{index}"


def records(doc: Document) -> list[tuple[Kind, int, Quantity | Entity | Indicator | Ranking]]:
    """Every record of a document with its kind and index, in model order."""
    out: list[tuple[Kind, int, Quantity | Entity | Indicator | Ranking]] = []
    out += [("quantity", i, r) for i, r in enumerate(doc.quantities)]
    out += [("entity", i, r) for i, r in enumerate(doc.entities)]
    out += [("indicator", i, r) for i, r in enumerate(doc.indicators)]
    out += [("ranking", i, r) for i, r in enumerate(doc.rankings)]
    return out


def marks_for(doc: Document, gold: Document | None = None) -> list[Mark]:
    """One mark per predicted record, plus one per missed gold record when gold is given."""
    marks = []
    for kind, i, rec in records(doc):
        start, end = _span_of(kind, rec)
        marks.append(Mark(f"{KIND_PREFIX[kind]}{i}", kind, start, end, _label(kind, i, rec),
                          _details(kind, rec)))
    if gold is None:
        return marks
    return apply_gold(marks, doc, gold)


# ---------------------------------------------------------------- gold comparison


def _close(a: object, b: object) -> bool:
    """SPEC number equality; other values compare as is."""
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= 1e-6 * max(1.0, abs(b))
    return a == b


_STOP = frozenset("a an the of in and or for to on by with at from as its their is are was were".split())


def _tokens(phrase: str | None) -> set[str]:
    words = re.findall(r"[a-z0-9]+", (phrase or "").lower())
    # Simple plural fold, as the SPEC scoring does.
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words if w not in _STOP}


def phrase_match(a: str | None, b: str | None) -> bool:
    """Token F1 >= 0.5 (SPEC phrase comparison, approximately)."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return ta == tb
    common = len(ta & tb)
    return common > 0 and 2 * common / (len(ta) + len(tb)) >= 0.5


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _scope(x: str | None) -> str | None:
    if x is None:
        return None
    words = [w for w in re.findall(r"[a-z0-9]+", x.lower().replace("'s", ""))
             if w not in {"the", "whole", "entire", "total", "all"}]
    return " ".join(words)


def indicator_slots(ind: Indicator) -> dict[str, object]:
    """The SPEC scoring slots of an indicator (null slots left out)."""
    slots: dict[str, object] = {
        "metric": ind.metric, "tier": ind.tier, "period": ind.period, "value": ind.value,
        "new": ind.new, "total": ind.total, "unit": ind.unit,
        "qualifier": None if ind.qualifier == "exact" else ind.qualifier,
    }
    if ind.share:
        slots |= {"share.value": ind.share.value, "share.of": _scope(ind.share.of)}
    if ind.change:
        slots |= {"change.value": ind.change.value, "change.unit": ind.change.unit,
                  "change.basis": ind.change.basis}
    if ind.rank:
        slots |= {"rank.position": ind.rank.position, "rank.scope": _scope(ind.rank.scope)}
    return {k: v for k, v in slots.items() if v is not None}


_FIGURES = ("value", "new", "total", "share.value", "change.value", "rank.position")


def _slot_equal(name: str, a: object, b: object) -> bool:
    return phrase_match(str(a), str(b)) if name == "metric" else _close(a, b)


def _indicator_diff(p: Indicator, g: Indicator) -> list[str]:
    ps, gs = indicator_slots(p), indicator_slots(g)
    return [f"{k}: gold {gs.get(k)!r}" for k in sorted(set(ps) | set(gs))
            if k not in ps or k not in gs or not _slot_equal(k, ps[k], gs[k])]


def _indicator_score(p: Indicator, g: Indicator) -> float:
    if _overlap((p.evidence.start, p.evidence.end), (g.evidence.start, g.evidence.end)) == 0:
        return 0
    ps, gs = indicator_slots(p), indicator_slots(g)
    equal = [k for k in ps if k in gs and _slot_equal(k, ps[k], gs[k])]
    # Same clause alone does not make two indicators the same: a figure or the metric must agree.
    if not any(k in _FIGURES or k == "metric" for k in equal):
        return 0
    return len(equal)


def _quantity_diff(p: Quantity, g: Quantity) -> list[str]:
    diff = [f"{k}: gold {getattr(g, k)!r}" for k in ("value", "upper", "unit", "qualifier")
            if not _close(getattr(p, k), getattr(g, k))]
    if (p.start, p.end) != (g.start, g.end):
        diff.append(f"span: gold {g.text!r}")
    return diff


def _entity_diff(p: Entity, g: Entity) -> list[str]:
    diff = [] if p.tier == g.tier else [f"tier: gold {g.tier!r}"]
    if (p.start, p.end) != (g.start, g.end):
        diff.append(f"span: gold {g.text!r}")
    return diff


def _ranking_score(p: Ranking, g: Ranking) -> float:
    if p.position != g.position:
        return 0
    return _overlap((p.evidence.start, p.evidence.end), (g.evidence.start, g.evidence.end))


def _ranking_diff(p: Ranking, g: Ranking) -> list[str]:
    diff = [f"{k}: gold {getattr(g, k)!r}" for k in ("scope", "period")
            if _scope(getattr(p, k)) != _scope(getattr(g, k))]
    if sorted(map(str.lower, p.aspects)) != sorted(map(str.lower, g.aspects)):
        diff.append(f"aspects: gold {g.aspects!r}")
    return diff


def pair(preds: Sequence[object], golds: Sequence[object],
         score: Callable[[object, object], float]) -> dict[int, int]:
    """Greedy one-to-one pairing by best score first (enough for viewing; scoring is optimal)."""
    scored = sorted(((score(p, g), i, j) for i, p in enumerate(preds)
                     for j, g in enumerate(golds)), key=lambda t: (-t[0], t[1], t[2]))
    out: dict[int, int] = {}
    used: set[int] = set()
    for s, i, j in scored:
        if s > 0 and i not in out and j not in used:
            out[i] = j
            used.add(j)
    return out


def _quantity_score(p: object, g: object) -> float:
    assert isinstance(p, Quantity) and isinstance(g, Quantity)
    return _overlap((p.start, p.end), (g.start, g.end))


def _entity_score(p: object, g: object) -> float:
    assert isinstance(p, Entity) and isinstance(g, Entity)
    return _overlap((p.start, p.end), (g.start, g.end)) if p.label == g.label else 0


_RULES: dict[Kind, tuple[str, Callable, Callable]] = {
    "quantity": ("quantities", _quantity_score, _quantity_diff),
    "entity": ("entities", _entity_score, _entity_diff),
    "indicator": ("indicators", _indicator_score, _indicator_diff),
    "ranking": ("rankings", _ranking_score, _ranking_diff),
}


def apply_gold(marks: list[Mark], doc: Document, gold: Document) -> list[Mark]:
    """Set each mark's status against gold and append marks for missed gold records."""
    status: dict[str, tuple[Status, str]] = {}
    missed: list[Mark] = []
    for kind, (attr, score, diff) in _RULES.items():
        preds, golds = getattr(doc, attr), getattr(gold, attr)
        pairs = pair(preds, golds, score)
        prefix = KIND_PREFIX[kind]
        for i, p in enumerate(preds):
            if i not in pairs:
                status[f"{prefix}{i}"] = ("spurious", "not in gold")
                continue
            d = diff(p, golds[pairs[i]])
            status[f"{prefix}{i}"] = ("mismatch", "; ".join(d)) if d else ("matched", "")
        for j in sorted(set(range(len(golds))) - set(pairs.values())):
            g = golds[j]
            start, end = _span_of(kind, g)
            missed.append(Mark(f"g{prefix}{j}", kind, start, end, _label(kind, j, g),
                               _details(kind, g), "missed"))
    out = [replace(m, status=status[m.id][0], note=status[m.id][1]) for m in marks]
    return out + missed


# ---------------------------------------------------------------- segments


def clamp(mark: Mark, length: int) -> tuple[int, int]:
    """Offsets forced into the text, so a bad record still shows (as an empty marker)."""
    start = min(max(mark.start, 0), length)
    return start, min(max(mark.end, start), length)


def segments(text: str, marks: Sequence[Mark]) -> list[Segment]:
    """Cut ``text`` at every mark boundary; each piece lists the marks covering it.

    Marks that are empty after clamping come out as zero-length segments at their start,
    so that every mark appears at least once.
    """
    spans = [(clamp(m, len(text)), m) for m in marks]
    cuts = sorted({0, len(text)} | {s for (s, _), _ in spans} | {e for (_, e), _ in spans})
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:]):
        for (s, e), m in spans:
            if s == e == a:
                out.append(Segment(a, a, (m,)))
        covering = tuple(m for (s, e), m in spans if s <= a and b <= e and s < e)
        out.append(Segment(a, b, covering))
    for (s, e), m in spans:  # empty marks at the very end of the text
        if s == e == len(text):
            out.append(Segment(s, s, (m,)))
    return out


def surface_mismatches(text: str, doc: Document) -> list[str]:
    """Records whose ``text`` is not ``text[start:end]`` (bad offsets), for a warning."""
    bad = []
    for kind, i, rec in records(doc):
        if isinstance(rec, (Quantity, Entity)) and text[rec.start:rec.end] != rec.text:
            bad.append(f"{KIND_PREFIX[kind]}{i} {rec.text!r} at {rec.start}-{rec.end}")
        elif isinstance(rec, (Indicator, Ranking)) and rec.evidence.end > len(text):
            bad.append(f"{KIND_PREFIX[kind]}{i} evidence ends after the text")
    return bad
