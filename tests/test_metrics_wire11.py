"""Metrics of wire stories and bulletins, eleventh set: "those to X" standing for the head of
the metric before with a complement of its own, a flow summed "so far this year" (a value, no
stock), and "the growth/rise" of the metric before as the subject of a change, and the
part named in "N of which was Y", and counts of places ("rose in eight") that name no metric. Every sentence
is written for these tests."""

from __future__ import annotations

import pytest

from conftest import assert_indicator
from extractor.pipeline import Extractor

_SHIPMENTS = ("Steel shipments to Canada rose to 4.1 mln tonnes in May from 3.8 mln, and those to Mexico "
              "fell to 1.2 mln from 1.5 mln.")
_IMPORTS = "Imports from Brazil climbed to 520 mln dlrs in 1986, while those from Argentina dropped to 310 mln dlrs."
_TO_DATE = ("Car exports fell to 120,400 units in March from 131,200 a year earlier, bringing cumulative "
            "exports so far this year to 350,100 against 372,900 a year earlier.")
_FOLLOWS = ("Household spending on services is estimated to have risen by 0.9% in the three months to May.\n\n"
            "The rise for Quarter 2 follows a fall of 0.3% in Quarter 1.")
_COUNTED = ("Among the regions for which figures exist, farm output rose in eight and fell in six. The biggest rises "
            "were seen in Hesse (+3.1%) and Saxony (+2.4%), and the steepest falls in Berlin (-1.9%).")

# (text, index of the indicator, expected slots (subset), expected number of indicators or None)
CASES = [
    # 2. "and those to X": the head of the metric before and the new complement
    (_SHIPMENTS, 2, {"metric": "Steel shipments to Mexico", "value": 1200000}, 4),
    (_SHIPMENTS, 3, {"metric": "Steel shipments to Mexico", "value": 1500000}, 4),
    (_IMPORTS, 1, {"metric": "Imports from Argentina", "value": 310000000}, 2),
    ("Car sales rose 4.2 pct in June, and those in Texas gained 2.5 pct.", 1, {"metric": "Car sales in Texas"}, 2),
    # 3. a flow "so far this year" is a value; the month's figure in the same clause too
    (_TO_DATE, 0, {"metric": "Car exports", "value": 120400, "total": None}, 4),
    (_TO_DATE, 2, {"metric": "cumulative exports", "value": 350100, "total": None}, 4),
    # must not change: a stock "so far" / "by the end of" stays a total
    ("The zone had a cumulative 1,250 high-tech enterprises by the end of 2020.", 0, {"total": 1250}, 1),
    # 5. "The rise for <period> follows a fall of N%": the change of the metric before
    (_FOLLOWS, 1, {"metric": "Household spending on services",
                   "change": {"value": -0.3, "unit": "percent", "basis": None}}, 2),
    # must not change: "The growth came in at N percent" keeps "growth" (it makes the figure a change)
    ("Fixed-asset investment rose 4.9 percent in 2021. The growth came in at 6 percent compared with the 2019 level.",
     1, {"metric": "growth"}, None),
    # 4. "N of which was Y": the part is named after the copula
    ("Investment reached 60 billion yuan, 22 billion yuan of which was infrastructure investment, up 8 percent.",
     1, {"metric": "infrastructure investment", "value": 22000000000}, 2),
    ("Deposits rose to 900 mln dlrs, 310 mln of which were time deposits.", 1, {"metric": "time deposits"}, 2),
    # 1. "rose in eight and fell in six": a count read as the metric names none; the clause's subject does
    (_COUNTED, 1, {"metric": "farm output", "value": 6}, None),
    (_COUNTED, 2, {"metric": "farm output", "change": {"value": 3.1, "unit": "percent", "basis": None}}, None),
    ("Among the provinces covered, house prices increased in nine and decreased in four.", 1,
     {"metric": "house prices", "value": 4}, 2),
]


@pytest.mark.parametrize("text,index,expected,count", CASES, ids=[f"{k}:{c[0][:40]}" for k, c in enumerate(CASES)])
def test_wire_metrics11(extractor: Extractor, text: str, index: int, expected: dict, count: int | None) -> None:
    assert_indicator(extractor.extract(text, "t"), index, expected, count)
