"""Metrics of wire stories and bulletins, ninth set: a clause that names no metric takes the
metric of the indicator before it (same paragraph, or a back reference such as "Of the total"),
never a cut-off prefix of the clause; a counted plural goes on through "to <place> by <who>".
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from conftest import indicator_slots as _slots, assert_indicator
from extractor.pipeline import Extractor

_PRONOUN = ("Canadian grain exports were valued at C$14.1 billion in 2016. After a dip in 2017, "
            "it has since climbed to C$15.3 billion.")
_OF_TOTAL = ("The central bank will auction 800 billion yen of treasury notes next week, dealers said.\n\n"
             "Of the total, 450 billion yen will carry a coupon of 2.1 pct.")
_TRIPS = "Norway recorded 2.2 million trips to the Netherlands by Norwegian students in June 2021."

# (text, index of the indicator, expected slots (subset), expected number of indicators or None)
CASES = [
    # 1. a pronoun subject: the metric of the indicator before in the same paragraph
    (_PRONOUN, 1, {"metric": "Canadian grain exports"}, None),
    # 1. "Of the total, ..." in the next paragraph: the total's metric, not the clause's opening words
    (_OF_TOTAL, 1, {"value": 450000000000, "unit": "JPY"}, None),
    # 3. a counted noun goes on through "to <place> by <who>"
    (_TRIPS, 0, {"metric": "trips to the Netherlands by Norwegian students"}, None),
    # must not change: a noun of its own; a destination with no "by"
    ("Housing starts rose to 1.4 million units in May.", 0, {"metric": "Housing starts"}, None),
    ("The plant shipped 35,000 tractors to the US in 2020.", 0, {"metric": "tractors"}, None),
]


@pytest.mark.parametrize("text,index,expected,count", CASES, ids=[f"{k}:{c[0][:40]}" for k, c in enumerate(CASES)])
def test_wire_metrics9(extractor: Extractor, text: str, index: int, expected: dict, count: int | None) -> None:
    assert_indicator(extractor.extract(text, "t"), index, expected, count)


def test_no_clause_prefix_metric(extractor: Extractor) -> None:
    doc = extractor.extract(_OF_TOTAL, "t")
    clause = _OF_TOTAL.split("\n\n")[1]
    for ind in doc.indicators:
        assert not clause.startswith(ind.metric), [_slots(i) for i in doc.indicators]
