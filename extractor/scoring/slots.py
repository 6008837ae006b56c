"""Slot-level scoring shared by indicators and rankings: optimal one-to-one pairing that
maximises the number of equal slots, then slot P/R/F1 and the exact-match share."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import numpy as np
from scipy.optimize import linear_sum_assignment

from .counts import Counts, Share
from .result import DocScore, ErrorItem, unpaired_errors

R = TypeVar("R")


@dataclass(frozen=True)
class SlotScheme(Generic[R]):
    """How one record type is cut into slots."""

    name: str
    """Metric prefix and pairing key: "indicators" or "rankings"."""
    record: str
    """Singular used in error items."""
    slot_names: tuple[str, ...]
    filled: Callable[[R], Counter[str]]
    """How many non-null slots of each name the record has (a list slot may have many)."""
    correct: Callable[[R, R], Counter[str]]
    """How many slots of each name are non-null in both and equal (gold first)."""
    closeness: Callable[[R, R], float]
    """Tie-break in [0, 1] between pairings with as many equal slots (closer metric)."""
    shown: Callable[[R], dict[str, Any]]
    span: Callable[[R], tuple[int, int]]


def pair_by_slots(scheme: SlotScheme[R], gold: Sequence[R], pred: Sequence[R]
                  ) -> list[tuple[int, int]]:
    """Optimal assignment; pairs with no equal slot are left unpaired (they share nothing,
    and pairing them would not change a count)."""
    if not gold or not pred:
        return []
    equal = np.array([[sum(scheme.correct(g, p).values()) for p in pred] for g in gold],
                     dtype=float)
    # The tie-break weight is kept below one equal slot over the whole assignment.
    epsilon = 1.0 / (min(len(gold), len(pred)) + 1)
    close = np.array([[scheme.closeness(g, p) for p in pred] for g in gold], dtype=float)
    rows, cols = linear_sum_assignment(equal + epsilon * close, maximize=True)
    return sorted((int(r), int(c)) for r, c in zip(rows, cols) if equal[r, c] > 0)


def score_slots(scheme: SlotScheme[R], doc_id: str, gold: Sequence[R], pred: Sequence[R]
                ) -> DocScore:
    pairs = pair_by_slots(scheme, gold, pred)
    gold_filled: Counter[str] = sum((scheme.filled(g) for g in gold), Counter())
    pred_filled: Counter[str] = sum((scheme.filled(p) for p in pred), Counter())
    correct: Counter[str] = sum((scheme.correct(gold[gi], pred[pi]) for gi, pi in pairs),
                                Counter())
    result = DocScore(pairings={scheme.name: pairs})
    result.counts[f"{scheme.name}.slots"] = Counts(
        sum(correct.values()), sum(pred_filled.values()), sum(gold_filled.values()))
    for slot in scheme.slot_names:
        result.counts[f"{scheme.name}.slot.{slot}"] = Counts(
            correct[slot], pred_filled[slot], gold_filled[slot])
    exact = sum(_all_equal(scheme, gold[gi], pred[pi]) for gi, pi in pairs)
    result.shares[f"{scheme.name}.exact_match"] = Share(exact, len(gold))
    result.errors = _slot_errors(scheme, doc_id, gold, pred, pairs)
    return result


def _all_equal(scheme: SlotScheme[R], g: R, p: R) -> bool:
    return scheme.correct(g, p) == scheme.filled(g) == scheme.filled(p)


def differing_slots(scheme: SlotScheme[R], g: R, p: R) -> list[str]:
    correct, g_filled, p_filled = scheme.correct(g, p), scheme.filled(g), scheme.filled(p)
    return [s for s in scheme.slot_names
            if not (correct[s] == g_filled[s] == p_filled[s])]


def _slot_errors(scheme: SlotScheme[R], doc_id: str, gold: Sequence[R], pred: Sequence[R],
                 pairs: list[tuple[int, int]]) -> list[ErrorItem]:
    errors: list[ErrorItem] = []
    for gi, pi in pairs:
        wrong = differing_slots(scheme, gold[gi], pred[pi])
        if wrong:
            errors.append(ErrorItem(doc_id, scheme.record, "wrong", *scheme.span(gold[gi]),
                                    scheme.shown(gold[gi]), scheme.shown(pred[pi]), wrong))
    return errors + unpaired_errors(doc_id, scheme.record, gold, pred, pairs, scheme.span, scheme.shown)
