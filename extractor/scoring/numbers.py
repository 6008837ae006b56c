"""Numeric equality with the SPEC tolerance."""

from __future__ import annotations

import math

RELATIVE_TOLERANCE = 1e-6


def numbers_equal(gold: float | None, pred: float | None) -> bool:
    """SPEC: ``abs(a - b) <= 1e-6 * max(1, abs(b))`` with b the gold number; nulls equal."""
    if gold is None or pred is None:
        return gold is None and pred is None
    if not (math.isfinite(gold) and math.isfinite(pred)):
        return False
    return abs(pred - gold) <= RELATIVE_TOLERANCE * max(1.0, abs(gold))
