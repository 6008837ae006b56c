"""One-to-one pairing of spans by overlap, largest overlap first."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar


class HasSpan(Protocol):
    start: int
    end: int


G = TypeVar("G", bound=HasSpan)
P = TypeVar("P", bound=HasSpan)


def overlap(a: HasSpan, b: HasSpan) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def pair_by_overlap(
    gold: Sequence[G], pred: Sequence[P],
    compatible: Callable[[G, P], bool] = lambda g, p: True,
) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing: largest overlap first; ties go to the closer start, then
    to document order, so the result does not depend on how the lists were sorted."""
    candidates = [
        (-overlap(g, p), abs(g.start - p.start), gi, pi)
        for gi, g in enumerate(gold) for pi, p in enumerate(pred)
        if overlap(g, p) > 0 and compatible(g, p)
    ]
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)
