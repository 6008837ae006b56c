"""Indicator scoring: the fifteen SPEC slots, compared after the SPEC normalisations."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from ..models import Indicator
from .numbers import numbers_equal
from .phrases import normalise_scope, phrases_match, token_f1
from .result import DocScore
from .slots import SlotScheme, score_slots

SlotValue = Callable[[Indicator], Any]


def _qualifier(ind: Indicator) -> str | None:
    # "exact" is the default, so it counts as an empty slot.
    return None if ind.qualifier == "exact" else ind.qualifier


SLOT_VALUES: dict[str, SlotValue] = {
    "metric": lambda i: i.metric,
    "tier": lambda i: i.tier,
    "period": lambda i: i.period.strip() if i.period else None,
    "value": lambda i: i.value,
    "new": lambda i: i.new,
    "total": lambda i: i.total,
    "unit": lambda i: i.unit,
    "qualifier": _qualifier,
    "share.value": lambda i: i.share.value if i.share else None,
    "share.of": lambda i: normalise_scope(i.share.of) if i.share else None,
    "change.value": lambda i: i.change.value if i.change else None,
    "change.unit": lambda i: i.change.unit if i.change else None,
    "change.basis": lambda i: i.change.basis if i.change else None,
    "rank.position": lambda i: i.rank.position if i.rank else None,
    "rank.scope": lambda i: normalise_scope(i.rank.scope) if i.rank else None,
}
"""SPEC slot name -> the slot's comparable value (None when empty)."""

NUMERIC_SLOTS = frozenset({"value", "new", "total", "share.value", "change.value"})
SLOTS = tuple(SLOT_VALUES)


def slot_equal(slot: str, gold: Any, pred: Any) -> bool:
    if slot == "metric":
        return phrases_match(gold, pred)
    if slot in NUMERIC_SLOTS:
        return numbers_equal(gold, pred)
    return gold == pred


def _filled(ind: Indicator) -> Counter[str]:
    return Counter(slot for slot, get in SLOT_VALUES.items() if get(ind) is not None)


def _correct(g: Indicator, p: Indicator) -> Counter[str]:
    out: Counter[str] = Counter()
    for slot, get in SLOT_VALUES.items():
        gv, pv = get(g), get(p)
        if gv is not None and pv is not None and slot_equal(slot, gv, pv):
            out[slot] += 1
    return out


def _shown(ind: Indicator) -> dict[str, Any]:
    return {slot: get(ind) for slot, get in SLOT_VALUES.items()} | {
        "subject": ind.subject, "evidence": [ind.evidence.start, ind.evidence.end]}


INDICATOR_SCHEME: SlotScheme[Indicator] = SlotScheme(
    name="indicators", record="indicator", slot_names=SLOTS, filled=_filled,
    correct=_correct, closeness=lambda g, p: token_f1(g.metric, p.metric), shown=_shown,
    span=lambda i: (i.evidence.start, i.evidence.end),
)


def score_indicators(doc_id: str, gold: list[Indicator], pred: list[Indicator]) -> DocScore:
    return score_slots(INDICATOR_SCHEME, doc_id, gold, pred)
