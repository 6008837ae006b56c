"""Quantity readings of wire constructions, in our own sentences: a fraction of a point
after a rate ("a quarter point", "a half-point") and "a percentage point" are percentage
points; a figure naming a target ("a two to four pct growth target") is no rise; a stray
full stop before a capitalised scale word ("3.4. Billion") keeps the scale."""

from __future__ import annotations

import pytest

from extractor.quantities import find_quantities

Expected = tuple[str, float, str | None, str]
"""(surface, value, unit, qualifier)"""


def _read(text: str) -> list[Expected]:
    return [(text[q.start:q.end], q.value, q.unit, q.qualifier) for q in find_quantities(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # 1. fractions of a point after a rate are percentage points
    ("The central bank may lower its discount rate by up to a quarter point on Monday.",
     [("up to a quarter point", 0.25, "percentage_point", "below")]),
    ("The lombard rate was raised by a half-point in May.",
     [("a half-point", 0.5, "percentage_point", "up")]),
    ("Overnight rates slid a quarter-point after the auction.",
     [("a quarter-point", 0.25, "percentage_point", "down")]),
    ("Bond yields fell three-quarters of a point over the week.",
     [("three-quarters of a point", 0.75, "percentage_point", "down")]),
    ("The prime rate rose by a quarter of a point.",
     [("a quarter of a point", 0.25, "percentage_point", "up")]),
    ("Deposit rates were lowered by half a point.",
     [("half a point", 0.5, "percentage_point", "down")]),
    ("The base rate was lowered by half a percentage point.",
     [("half a percentage point", 0.5, "percentage_point", "down")]),
    ("Interbank money has eased by well over a percentage point since June.",
     [("well over a percentage point", 1, "percentage_point", "above")]),
    ("Unemployment climbed by a percentage point.",
     [("a percentage point", 1, "percentage_point", "up")]),
    # ... and so are points whose change noun names a rate right after them
    ("Lloyds made a quarter-point cut in its mortgage rates.",
     [("a quarter-point", 0.25, "percentage_point", "down")]),
    ("Traders were braced for a full two point rise in call money rates.",
     [("two point", 2, "percentage_point", "up")]),
    ("Savers hope for a 1.5 point increase in deposit rates.",
     [("1.5 point", 1.5, "percentage_point", "up")]),
    # a fraction of a point after an adjective ("a full") is still a number
    ("Banks cut lending rates by a full quarter-point.",
     [("quarter-point", 0.25, "percentage_point", "down")]),
    ("The board weighed half-point increases in its repo rate.",
     [("half-point", 0.5, "percentage_point", "up")]),
    # 2. a figure before a target noun names the target, not a change
    ("Credit grew within the central bank's two to four pct growth target.",
     [("two to four pct", 2, "percent", "exact")]),
    ("Broad money rose inside the six to eight pct target range last year.",
     [("six to eight pct", 6, "percent", "exact")]),
    ("Prices increased despite the 3 pct inflation goal.",
     [("3 pct", 3, "percent", "exact")]),
    # 3. a stray full stop before a capitalised scale word
    ("The deficit swelled from 1984's 3.4. Billion shortfall.",
     [("3.4. Billion", 3400000000, None, "exact")]),
    # unchanged
    ("A quarter of the firms cut jobs.", [("A quarter", 0.25, None, "exact")]),
    ("Exports rose in the first quarter.", []),
    ("At one point the index slid 2 pct.",
     [("one point", 1, None, "exact"), ("2 pct", 2, "percent", "down")]),
    ("The index fell half a point in early trade.", [("half a point", 0.5, None, "down")]),
    ("Dealers saw a 30 point fall in share prices.", [("30 point", 30, None, "down")]),
    ("A percentage of the loans went bad.", []),
    ("Output rose 3 pct, above the target.", [("3 pct", 3, "percent", "up")]),
    ("Sales were 4.1 billion. Billions more are expected.", [("4.1 billion", 4100000000, None, "exact")]),
    ("The firm raised 5 mln dlrs from investors.", [("5 mln dlrs", 5000000, "USD", "exact")]),
])
def test_wire8_quantities(text: str, expected: list[Expected]) -> None:
    assert _read(text) == expected
