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
# Months named with "this year" / "last year" after them: one span of that year; a base two
# years back and "from the start of the year" state no standard basis.
MONTHS_THIS_YEAR = ("Weifang economy grows\n\nUpdated: 2022-10-12\n\n"
                    "Weifang posted stable growth from March to September this year, the city's statistics office said.\n\n"
                    "In that period its exports rose by 8.2 percent year-on-year, and by 11.5 percent year-on-year "
                    "compared with the same period in 2020.\n\n"
                    "At the end of September, household deposits stood at 91.2 billion yuan, up 3.8 percent "
                    "from the start of the year.\n\n"
                    "Farm output climbed 2.6 percent in February-June last year.")
# A level reached "so far this year" after a month's figure spans the year to that month,
# and "a year earlier" right after it is the same months of the year before; the next
# sentence's bare "from" is against the same period as the one before.
YEAR_TO_DATE = ("SEOUL, April 14 - South Korea's camera exports fell to 84,210 units in March 1987 from 91,500 a year "
                "earlier, bringing shipments so far this year to 240,130 against 262,870 a year earlier.\n\n"
                "Sales to Canada dropped to 12,400 from 15,800 a year earlier. Sales to Brazil fell to 6,310 "
                "from 7,020.")
# A look-back after the news keeps its quarter; "Compared with <the month before>" dates the
# change by the month after it.
LOOK_BACK_QUARTER = ("Household goods: March 2019\n\n"
                     "In the 3 months to March 2019, the volume of household goods sold rose by 0.9%.\n\n"
                     "The rise in Quarter 1 (Jan to Mar) 2019 follows a fall of 0.7% in Quarter 4 (Oct to Dec) "
                     "2018, leaving sales near their summer level.\n\n"
                     "Compared with February 2019, the volume sold grew by 0.3%.")

CASES = [
    (YEAR_TO_DATE, 84210, {"period": "1987-03"}),
    (YEAR_TO_DATE, 240130, {"period": "1987-01/1987-03"}),
    (YEAR_TO_DATE, 262870, {"period": "1986-01/1986-03"}),
    (YEAR_TO_DATE, 7020, {"period": "1986-03"}),
    (LOOK_BACK_QUARTER, 0.7, {"period": "2018-10/2018-12"}),
    (LOOK_BACK_QUARTER, 0.3, {"period": "2019-03", "change": {"value": 0.3, "unit": "percent", "basis": "mom"}}),
    (MONTHS_THIS_YEAR, 8.2, {"period": "2022-03/2022-09", "change": {"basis": "yoy", "unit": "percent", "value": 8.2}}),
    (MONTHS_THIS_YEAR, 11.5, {"period": "2022-03/2022-09", "change": {"unit": "percent", "value": 11.5, "basis": None}}),
    (MONTHS_THIS_YEAR, 2.6, {"period": "2021-02/2021-06"}),
    (MONTHS_THIS_YEAR, 3.8, {"period": "2022-09", "change": {"unit": "percent", "value": 3.8, "basis": None}}),
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
