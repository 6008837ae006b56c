"""Metrics of wire stories and bulletins, sixth set: "The <period> figure" as an anaphor (also
across paragraphs, and with "marked a"), a bracketed plain-words alias after a long subject,
"Of these X, N were made by Y", a comparison amount that modifies a noun of its own ("after a
N <currency> deficit"), and a "when it rose" change of the figure before it.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from conftest import assert_indicator
from extractor.pipeline import Extractor

_PARA = ("Chilean copper exports rose 2.3 pct to 4,120.5 million dlrs in June from May.\n\n"
         "The June figure was up 11.4 pct from a year earlier.")
_MARKED = "Peruvian fish meal output rose 3.1 pct in August. The August figure marked a year-on-year gain of 9.7 pct."
_ALIAS = ("The overall value of timber and pulp sold by Finnish sawmills for export (total forest sales) fell 3.4% "
          "in the year to March 2019, from a rise of 1.7% in the year to February 2019.")
_TRIPS = "Of these journeys, 610 million were taken by commuters, while 148 million were taken by pensioners."
_NORWAY = "Norway moved into a small current account surplus of 3.2 billion crowns in 1994 after a 12.6 billion crown deficit in 1993."
_WHEN = ("Taiwan's M-1b money supply rose 1.2 pct to 4,512.3 billion dlrs in April from 4,458.8 billion in March, "
         "when it rose a revised 0.7 pct from February.")

# (text, index of the indicator, expected slots (subset), expected number of indicators)
CASES = [
    # 1. "The <month> figure" is the metric before, in a paragraph of its own too; "marked a" is a verb
    (_PARA, 1, {"metric": "Chilean copper exports", "change": {"value": 11.4, "unit": "percent", "basis": "yoy"}}, 2),
    (_MARKED, 1, {"metric": "Peruvian fish meal output"}, 2),
    # 2. a bracketed plain-words alias after a long subject is the metric, for the comparison too
    (_ALIAS, 0, {"metric": "total forest sales"}, 2),
    (_ALIAS, 1, {"metric": "total forest sales"}, 2),
    # 3. "Of these X, N were taken by Y": X taken by Y
    (_TRIPS, 0, {"metric": "journeys taken by commuters", "value": 610000000}, 2),
    (_TRIPS, 1, {"metric": "journeys taken by pensioners", "value": 148000000}, 2),
    # 4. "after a N <currency> deficit" after a surplus measures the deficit
    (_NORWAY, 1, {"metric": "deficit", "value": 12600000000}, 2),
    # 5. "from N in March, when it rose a revised 0.7 pct": the change of the March figure
    (_WHEN, 1, {"metric": "M-1b money supply", "value": 4458800000000,
                "change": {"value": 0.7, "unit": "percent", "basis": "mom"}}, 2),
    # must not change: a same-head comparison; a bracketed acronym; bracketed qualifiers;
    # a "when" clause with no figure
    ("Chile posted a trade surplus of 2.1 billion dlrs in 1990 after a 1.3 billion dlr surplus in 1989.", 1,
     {"metric": "trade surplus"}, 2),
    ("The Wholesale Price Index including fuel and freight charges (WPIF) went up 2.0% over the "
     "twelve months to May 2018.", 0, {"metric": "WPIF"}, 1),
    ("Output of the manufacturing sector in Wales (seasonally adjusted) rose 0.6% in May.", 0,
     {"metric": "Output of the manufacturing sector"}, 1),
    ("Retail sales of household goods in Scotland (excluding fuel) rose 2.1% in May.", 0,
     {"metric": "Retail sales of household goods"}, 1),
    ("Sales of new cars in the northern region (passenger vehicles only) rose 2.1% in May.", 0,
     {"metric": "Sales of new cars"}, 1),
    ("Exports rose 5.2 pct in April, when they were hit by strikes.", 0, {"metric": "Exports"}, 1),
]


@pytest.mark.parametrize("text,index,expected,count", CASES, ids=[f"{k}:{c[0][:40]}" for k, c in enumerate(CASES)])
def test_wire_metrics6(extractor: Extractor, text: str, index: int, expected: dict, count: int | None) -> None:
    assert_indicator(extractor.extract(text, "t"), index, expected, count)
