"""Periods, eighth round: a year or quarter named only for a compared figure ("against ...
in the second quarter", "and a 3.1 billion gap in 1991", "In 1992 the services surplus was
...") is that figure's own, never the period in force for the text's later bare quarters.
Sentences written for these tests; each case gives the slots of the indicator that holds
the given figure."""

from __future__ import annotations

import pytest

from conftest import indicator_slots as _slots, slots_holding
from extractor.pipeline import Extractor

# A story about the third quarter of 1993 that looks back at whole earlier years.
LOOK_BACK = ("OSLO, Nov 9 - Norway had a goods trade surplus of 4.7 billion crowns in the third quarter of 1993, "
             "official data showed.\n\n"
             "For 1993 so far the surplus was 11.2 billion crowns, against a 3.1 billion gap in 1991.\n\n"
             "Services receipts in the third quarter rose by 650 mln crowns, the bureau said.\n\n"
             "In 1992 the services surplus was 2.4 billion crowns.\n\n"
             "Shipping earnings in the third quarter climbed by 320 mln crowns.")
# "against" between two figures: the quarter after it is the compared figure's.
AGAINST = ("OSLO, Nov 9 - Norway's current account showed a surplus of 5.3 billion crowns in the third quarter "
           "of 1993.\n\n"
           "The capital account was in surplus by 870 mln crowns against a revised second quarter "
           "surplus of 410 mln.")
# Must not change: a whole year stated first, then a bare quarter of that year.
IN_YEAR = ("In 1994 Chilean copper exports totalled 6.8 billion dlrs.\n\n"
           "In the second quarter exports rose by 450 mln dlrs.")

CASES = [
    # the bug: a whole earlier year looked back at does not move the year in force
    (LOOK_BACK, 650, {"period": "1993-07/1993-09"}),
    (LOOK_BACK, 320, {"period": "1993-07/1993-09"}),
    (LOOK_BACK, 2.4, {"period": "1992"}),
    # the quarter after "against" is the compared figure's, not the main figure's
    (AGAINST, 870, {"period": "1993-07/1993-09"}),
    (AGAINST, 410, {"period": "1993-04/1993-06"}),
    # unchanged: a bare quarter after its year is of that year
    (IN_YEAR, 450, {"period": "1994-04/1994-06"}),
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _scaled(v: float, figure: float) -> bool:
    return any(abs(abs(v) - figure * s) < 1e-6 * max(1.0, figure * s) for s in (1, 1e6, 1e9))


@pytest.mark.parametrize(("text", "figure", "expected"), CASES)
def test_periods_wire8(extractor: Extractor, text: str, figure: float, expected: dict) -> None:
    doc = extractor.extract(text, "t")
    found = slots_holding(doc.indicators, lambda v: _scaled(v, figure))
    assert found, [_slots(i) for i in doc.indicators]
    assert {k: found[0].get(k) for k in expected} == expected, found[0]
