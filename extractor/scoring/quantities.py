"""Quantity scoring: pair by overlapping spans, then span / value / value+unit / ... P/R/F1."""

from __future__ import annotations

from collections.abc import Callable

from ..models import Quantity
from .counts import Counts
from .numbers import numbers_equal
from .phrases import phrases_match
from .result import DocScore, ErrorItem, unpaired_errors
from .spans import pair_by_overlap

PartCheck = Callable[[Quantity, Quantity], bool]

PARTS: dict[str, PartCheck] = {
    "value": lambda g, p: numbers_equal(g.value, p.value),
    "unit": lambda g, p: g.unit == p.unit,
    "qualifier": lambda g, p: g.qualifier == p.qualifier,
    "concept": lambda g, p: phrases_match(g.concept, p.concept),
}
"""The parts a paired quantity is checked on (gold first)."""

METRICS: dict[str, tuple[str, ...]] = {
    "span": (),
    "value": ("value",),
    "value+unit": ("value", "unit"),
    "value+qualifier": ("value", "qualifier"),
    "value+concept": ("value", "concept"),
}
"""Metric name -> parts that must all be equal for a pair to count."""

SHOWN = ("text", "value", "upper", "unit", "qualifier", "concept")


def score_quantities(doc_id: str, gold: list[Quantity], pred: list[Quantity]) -> DocScore:
    pairs = pair_by_overlap(gold, pred)
    result = DocScore(pairings={"quantities": pairs})
    for name, parts in METRICS.items():
        correct = sum(all(PARTS[part](gold[gi], pred[pi]) for part in parts) for gi, pi in pairs)
        result.counts[f"quantities.{name}"] = Counts(correct, len(pred), len(gold))
    result.errors = _quantity_errors(doc_id, gold, pred, pairs)
    return result


def _quantity_errors(doc_id: str, gold: list[Quantity], pred: list[Quantity],
                     pairs: list[tuple[int, int]]) -> list[ErrorItem]:
    errors: list[ErrorItem] = []
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        differing = [part for part, check in PARTS.items() if not check(g, p)]
        if (g.start, g.end) != (p.start, p.end):
            differing.insert(0, "span")
        if differing:
            errors.append(ErrorItem(doc_id, "quantity", "wrong", g.start, g.end,
                                    _shown(g), _shown(p) | {"start": p.start, "end": p.end},
                                    differing))
    return errors + unpaired_errors(doc_id, "quantity", gold, pred, pairs, _span, _shown)


def _shown(q: Quantity) -> dict:
    return {key: getattr(q, key) for key in SHOWN}


def _span(item: Quantity) -> tuple[int, int]:
    return item.start, item.end
