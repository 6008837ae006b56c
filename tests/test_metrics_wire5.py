"""Metrics of wire stories and bulletins, fifth set: a causal opener ("Thanks to X,"), an
apposition after the subject, "X led to <noun> of N", an amount that modifies its noun
("a three billion rupee surplus"), a clause joined by "and" with a new subject, "there was
a <metric> of N" after a modifier aside, "the fall in X, to N", a relative clause between
subject and verb, and a participle change ("skyrocketing 41.7 percent") after a level.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from conftest import assert_indicator
from extractor.pipeline import Extractor

_LED = "Strong tea sales and low fuel costs in 1988 led to economic expansion of 6.2 pct, compared with 3.9 pct in 1987."
_JOINED = ("Those factors produced a three billion rupee current account surplus and unemployment eased to "
           "7.2 pct from 8.4 pct in 1987.")
_THERE = ("In the farm sector, seasonally adjusted, there was a net outflow of 2.31 billion dlrs in the "
          "second quarter, smaller than an outflow of 1.05 billion dlrs before.")
_TO = "The bureau noted the fall in the services deficit, to 1.42 billion dlrs from 1.87 billion dlrs, reflected tourism."
_REL = "Copper, which late in 1985 dropped to 60 cents a pound, has since climbed back to over 85 cents."

# (text, index of the indicator, expected slots (subset), expected number of indicators)
CASES = [
    # 1. a causal opener up to its comma is no subject
    ("Thanks to the tourism revival, the occupancy rate of hotels in Peru climbed to 71.4 percent in 2019.", 0,
     {"metric": "occupancy rate of hotels", "value": 71.4}, 1),
    ("Due to the drought, wheat output in Chile dropped to 1.8 million tonnes in 2020.", 0,
     {"metric": "wheat output"}, 1),
    ("Driven by strong exports, the trade surplus of Vietnam widened to 12.3 billion dlrs last year.", 0,
     {"metric": "trade surplus"}, 1),
    # 2. an apposition after the subject is no part of the metric
    ("The price of cocoa, Ghana's chief export earner, rose in New York to about 2,300 dlrs a tonne.", 0,
     {"metric": "price of cocoa"}, 1),
    # 3. "X led to <noun> of N": the noun is measured, for the comparison too
    (_LED, 0, {"metric": "economic expansion", "change": {"value": 6.2, "unit": "percent", "basis": "yoy"}}, 2),
    (_LED, 1, {"metric": "economic expansion"}, 2),
    # 3/4. "a N <currency> X" names X; "and" with a new subject and verb starts a clause
    (_JOINED, 0, {"metric": "current account surplus", "value": 3000000000}, 3),
    (_JOINED, 1, {"metric": "unemployment", "value": 7.2}, 3),
    (_JOINED, 2, {"metric": "unemployment", "value": 8.4}, 3),
    # 5. "there was a <metric> of N" after a second opener of modifiers
    (_THERE, 0, {"metric": "net outflow", "value": 2310000000}, 2),
    # 6. "the fall in X, to N from M": X is measured
    (_TO, 0, {"metric": "services deficit", "value": 1420000000}, 2),
    (_TO, 1, {"metric": "services deficit", "value": 1870000000}, 2),
    # 7. a participle change after a level is that level's change
    ("Truck sales came in at about 3.12 million units in 2021, skyrocketing 41.7 percent year on year.", 0,
     {"metric": "Truck sales", "change": {"value": 41.7, "unit": "percent", "basis": "yoy"}}, 1),
    # 8. a relative clause between subject and verb: the figure after it is the subject's
    (_REL, -1, {"metric": "Copper"}, None),
    # must not change: a modifier aside; a reporting clause after a relative; "led the way";
    # "a record N dlrs in <month>"; "and" inside a subject
    ("The jobless rate, seasonally adjusted, fell to 5.1 pct.", 0, {"metric": "jobless rate"}, 1),
    ("A central bank aide, who spoke on condition of anonymity, told Reuters the reserves could climb to "
     "64 billion dlrs by June.", 0, {"metric": "reserves"}, 1),
    ("Diesel prices led the way higher, jumping by 4.2 percent in March.", 0, {"metric": "Diesel prices"}, 1),
    ("Sales of cars and trucks rose 5 pct in May.", 0, {"metric": "Sales of cars and trucks"}, 1),
]


@pytest.mark.parametrize("text,index,expected,count", CASES, ids=[f"{k}:{c[0][:40]}" for k, c in enumerate(CASES)])
def test_wire_metrics5(extractor: Extractor, text: str, index: int, expected: dict, count: int | None) -> None:
    assert_indicator(extractor.extract(text, "t"), index, expected, count)
