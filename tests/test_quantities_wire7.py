"""Quantity and entity readings of wire constructions, in our own sentences: a bare figure
compared with a physical amount takes its unit, a fall or rise noun right after a rate
("a 12 pct devaluation") gives its direction, a rate after "against an estimated" is
compared with a growth rate, and embassies and "the Treasury" are organisations."""

from __future__ import annotations

import pytest

from extractor.names import find_names
from extractor.quantities import find_quantities

Expected = tuple[str, float, str | None, str]
"""(surface, value, unit, qualifier)"""


def _read(text: str) -> list[Expected]:
    return [(text[q.start:q.end], q.value, q.unit, q.qualifier) for q in find_quantities(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # 1. a bare figure compared with a physical amount of its size takes that unit
    ("Cocoa exports should climb to 2.3 mln tonnes from 2.1 mln in the last season.",
     [("2.3 mln tonnes", 2300000, "metric_ton", "exact"), ("2.1 mln", 2100000, "metric_ton", "exact")]),
    ("Refinery runs rose to 640,000 barrels from 595,000 in the spring quarter.",
     [("640,000 barrels", 640000, "barrel", "exact"), ("595,000", 595000, "barrel", "exact")]),
    ("Sugar stocks stood at 5.2 mln tonnes against 4.9 mln a year earlier.",
     [("5.2 mln tonnes", 5200000, "metric_ton", "exact"), ("4.9 mln", 4900000, "metric_ton", "exact")]),
    # unchanged: a counted noun, a far smaller figure, a money figure, or "from" without "to"
    ("Maize output reached 3.4 mln tonnes against 120 farms surveyed.",
     [("3.4 mln tonnes", 3400000, "metric_ton", "exact"), ("120", 120, None, "exact")]),
    ("Rail freight hit 8 mln tonnes from 12 ports in the north.",
     [("8 mln tonnes", 8000000, "metric_ton", "exact"), ("12", 12, None, "exact")]),
    ("Tin sales rose to 40,000 tonnes from 38 mln dlrs worth of ore.",
     [("40,000 tonnes", 40000, "metric_ton", "exact"), ("38 mln dlrs", 38000000, "USD", "exact")]),
    # 2. a fall or rise noun right after a rate
    ("Traders blamed the 18 pct devaluation of the peso for dearer imports.",
     [("18 pct", 18, "percent", "down")]),
    ("Exporters suffered after a 9 pct depreciation of the lira.", [("9 pct", 9, "percent", "down")]),
    ("Importers gained from the 6 pct revaluation of the guilder.", [("6 pct", 6, "percent", "up")]),
    ("A 4 pct appreciation of the franc hurt watchmakers.", [("4 pct", 4, "percent", "up")]),
    # unchanged: a rate with no such noun after it is a level
    ("The peso was devalued last year and now trades at a 3 pct premium.",
     [("3 pct", 3, "percent", "exact")]),
    # 3. a rate compared with a growth rate through "against an estimated"
    ("Fishing output will expand by only 1.5 pct this year, against an estimated 3.2 pct in 2021.",
     [("1.5 pct", 1.5, "percent", "up"), ("3.2 pct", 3.2, "percent", "up")]),
    ("Wool sales fell 2.2 pct in May against a provisional 1.1 pct in April.",
     [("2.2 pct", 2.2, "percent", "down"), ("1.1 pct", 1.1, "percent", "down")]),
    # unchanged: an estimated level with no rate before it
    ("Tourism brought in an estimated 4.5 pct of national income.",
     [("4.5 pct", 4.5, "percent", "exact")]),
])
def test_wire7_quantities(text: str, expected: list[Expected]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 4. embassies and consulates are organisations; "the Treasury" is one
    ("Coffee arrivals slowed, the Canadian Embassy said in its bulletin.", [("Canadian Embassy", "ORG")]),
    ("Visa demand doubled, the U.S. Consulate in Lagos reported.",
     [("U.S. Consulate", "ORG"), ("Lagos", "GPE")]),
    ("Yields eased in Madrid. The Treasury also trimmed its coupon on ten-year paper.",
     [("Madrid", "GPE"), ("Treasury", "ORG")]),
    ("The Exchequer's receipts from fuel duty were flat.", [("Exchequer", "ORG")]),
    # unchanged: instruments, a longer name, a sentence-initial adjective use
    ("Dealers bought the Treasury bills on offer in Oslo.", [("Oslo", "GPE")]),
    ("The Treasury Department released the figures.", [("Treasury Department", "ORG")]),
    ("Treasury yields rose in New York.", [("New York", "GPE")]),
])
def test_wire7_entities(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[m.start:m.end], m.label) for m in find_names(text)] == expected
