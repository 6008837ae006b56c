"""Metrics of wire stories and bulletins, fourth set: a name that runs on to a bracketed
acronym, "a surplus of N on X", a participle clause after a semicolon that changes the figure
before, coordinated change nouns, a noun and participle before ", which", and "an estimate
of" that points back. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from conftest import assert_indicator
from extractor.pipeline import Extractor

_RUN_ON = ("The Retail Sales Index including fuel sales (RSIF) rose by 3.1% in the 12 months to May 2019, "
           "up from 2.8% in April.")
_SEMI = ("Norway's shortfall on fish trade was thought to be 4.5 billion dlrs in 1986; "
         "widening by 0.7 billion dlrs on a year before.")

# (text, index of the indicator, expected slots (subset), expected number of indicators)
CASES = [
    # 1. a name that runs on past the phrase read to its acronym is known by the acronym
    (_RUN_ON, 0, {"metric": "RSIF"}, 2),
    (_RUN_ON, 1, {"metric": "RSIF", "change": {"value": 2.8, "unit": "percent", "basis": "yoy"}}, 2),
    # 2. "a surplus of N on X": the words after the amount belong to the metric
    ("The goods deficit was 9 billion dlrs in May, partly balanced by a provisional surplus of 6.1 billion "
     "dlrs on tourism.", 1, {"metric": "provisional surplus on tourism", "value": 6100000000}, 2),
    # 3. a participle clause after a semicolon changes the figure before
    (_SEMI, 0, {"metric": "shortfall on fish trade", "value": 4500000000,
                "change": {"value": 700000000, "unit": "USD", "basis": "yoy"}}, 1),
    # 4. "a fall in X and a fall in Y": the second change names its own metric
    ("Trade rose 4 percent. It reflects a 2.4 billion euro drop in wheat exports and a 1.3 billion euro "
     "drop in maize imports.", 2, {"metric": "maize imports", "change": {"value": -1300000000, "unit": "EUR",
                                                                        "basis": None}}, 3),
    # 5. a noun and a past participle before ", which": the whole phrase changed
    ("Shipments of grain loaded at Black Sea ports, which fell by 2.2 billion euros in May, weighed on trade.", 0,
     {"metric": "Shipments of grain loaded at Black Sea ports"}, 1),
    # 6. "an estimate of" names no metric: the figure measures the one before
    ("The budget gap was put at 41.2 billion dlrs, down from a revised estimate of "
     "55.3 billion in 1985.", 1, {"metric": "budget gap", "value": 55300000000}, 2),
    ("Bank loans were projected at 71.2 billion yuan for 1988, up from the 1987 estimate of 64.4 billion.", 1,
     {"metric": "Bank loans", "value": 64400000000}, 2),
    # must not change: a name that ends at its acronym; "on the year"; a semicolon with a new
    # subject; a change "after a drop in <month>"; a name before ", which"; a noun "forecast"
    ("The Producer Price Index (PPI) fell by 1.2% in the year to June 2018.", 0,
     {"metric": "Producer Price Index"}, 1),
    ("They posted a deficit of 3 billion dlrs on the year.", 0, {"metric": "deficit"}, 1),
    ("Exports were 3 billion dlrs; imports rose by 2 billion dlrs.", 1, {"metric": "imports"}, 2),
    ("Output fell 2 pct in May, after a 0.9 pct drop in April.", 1, {"metric": "Output"}, 2),
    ("Exports rose, led by the slump in Tourism, which shrank by 4 percent.", 0, {"metric": "Tourism"}, 1),
    ("The forecast was 3 pct growth.", 0, {"metric": "growth"}, 1),
]


@pytest.mark.parametrize("text,index,expected,count", CASES, ids=[f"{k}:{c[0][:40]}" for k, c in enumerate(CASES)])
def test_wire_metrics4(extractor: Extractor, text: str, index: int, expected: dict, count: int) -> None:
    assert_indicator(extractor.extract(text, "t"), index, expected, count)
