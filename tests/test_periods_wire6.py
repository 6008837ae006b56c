"""Periods and bases, sixth round: a change "between" a month and the month right after it
is the later month's change on the month before (a longer gap stays a span), and in a
wire story with no year a change "in <month> from <the month before>" is month on month,
as is a later change of another month that states no basis. Sentences written for these
tests; each case gives the slots of the indicator that holds the given figure."""

from __future__ import annotations

import pytest

from conftest import indicator_slots as _slots, slots_holding
from extractor.pipeline import Extractor

PAIR = "Across the county, typical rents climbed by 0.6% between April and May 2018, the agency said."
FULL = "Brewery output slipped by 0.3% between November 2021 and December 2021, the statisticians noted."
NEW_YEAR = "Hotel bookings in Tasmania dropped by 2.4% between December 2020 and January 2021."
YEAR_APART = "Jobs in the tile trade grew by 7,300 (1.4%) between June 2016 and June 2017."
LONGER = "Across the county, typical rents climbed by 1.7% between April and July 2018."
NO_YEAR = ("TAIPEI, June 3 - Taiwan's M-3 money stock grew 0.52 pct to 9,210.4 billion dollars in April "
           "from 9,162.7 billion in March, when it rose a revised 0.11 pct from February, central bank "
           "data showed.\n\nThe April level was 14.02 pct higher than a year before.\n\n"
           "Narrow M-1A money dropped 1.36 pct to 2,804.5 billion dollars in April against March, "
           "when it grew 3.27 pct from February. In April it posted a year-on-year gain of 9.6 pct.\n\n"
           "The central bank had earlier said M-3 grew 0.15 pct in March.")
GAP = "MANILA, July 2 - Peso deposits rose 2.1 pct to 812.6 billion pesos in May from March."

CASES = [
    # (text, figure, expected slots; "basis" is change.basis)
    # 1. "between <month> and <the next month>": the later month, month on month ...
    (PAIR, 0.6, {"period": "2018-05", "basis": "mom"}),
    (FULL, -0.3, {"period": "2021-12", "basis": "mom"}),
    (NEW_YEAR, -2.4, {"period": "2021-01", "basis": "mom"}),
    # ... a longer gap keeps the span
    (YEAR_APART, 7300, {"period": "2016-06/2017-06"}),
    (LONGER, 1.7, {"period": "2018-04/2018-07"}),
    # 2. no year known: a month's change from the month before is month on month ...
    (NO_YEAR, 0.52, {"period": None, "basis": "mom"}),
    (NO_YEAR, 0.11, {"period": None, "basis": "mom"}),
    (NO_YEAR, 3.27, {"period": None, "basis": "mom"}),
    (NO_YEAR, -1.36, {"period": None, "basis": "mom"}),
    # ... a year-ago comparison stays year on year
    (NO_YEAR, 14.02, {"period": None, "basis": "yoy"}),
    (NO_YEAR, 9.6, {"period": None, "basis": "yoy"}),
    # ... and a change of another month with no cue, in a month-on-month story, is one too
    (NO_YEAR, 0.15, {"period": None, "basis": "mom"}),
    # two months apart is no month-on-month change
    (GAP, 2.1, {"period": None, "basis": None}),
]


def _got(slots: dict, key: str):  # type: ignore[no-untyped-def]
    if key == "basis":
        return (slots.get("change") or {}).get("basis")
    return slots.get(key)


@pytest.mark.parametrize("text, figure, expected", CASES)
def test_wire_periods(extractor: Extractor, text: str, figure: float, expected: dict) -> None:
    doc = extractor.extract(text, "t")
    found = slots_holding(doc.indicators, lambda v: abs(abs(v) - abs(figure)) < 1e-6)
    assert found, [_slots(i) for i in doc.indicators]
    got = found[0]
    assert {k: _got(got, k) for k in expected} == expected, got
