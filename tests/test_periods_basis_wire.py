"""Periods and bases of wire stories and statistical bulletins: monthly money-supply
stories (a month's change set after the month before's), a basis cue leading the next
figure, a Xinhua story's year-on-year basis in force, ONS quarter notation and financial
years. Sentences written for these tests; each case gives the slots of the indicator whose
change has the given value."""

from __future__ import annotations

import pytest

from conftest import indicator_slots as _slots
from extractor.periods import find_periods
from extractor.pipeline import Extractor

MONEY = ("Narrow money supply rose a provisional 1-1/2 pct in August after a fall of 0.4 pct in July, the "
         "central bank said. Unadjusted yearly growth of narrow money was 9-1/2 pct in the 12 months to August. "
         "Seasonally adjusted, consumer credit grew 1.2 billion crowns after a July rise of 800 mln. Building "
         "society deposits fell by about 250 mln crowns in August.")
RAIL = ("BEIJING, March 3 (Xinhua) -- In the first two months of 2023, the country's railways carried 410 million "
        "passengers, up 36 percent year on year. Freight volume rose 2.9 percent year on year to 640 million "
        "tonnes. In February alone, passenger trips went up by 21 percent.")
SERVICES = ("In quarter 3 (July to Sept) 2019, services output was estimated to have grown by 0.4% compared with "
            "quarter 2 (Apr to June) 2019. Between quarter 3 (Jul to Sep) 2019 and quarter 3 (Jul to Sep) 2018, "
            "services output was estimated to have grown by 1.2%.")

CASES = [
    # (text, change value, expected slots)
    # 1. a month's change set after the month before's, in a story of monthly changes: mom ...
    (MONEY, 1.5, {"change": {"value": 1.5, "unit": "percent", "basis": "mom"}}),
    (MONEY, -0.4, {"change": {"value": -0.4, "unit": "percent", "basis": "mom"}}),
    (MONEY, 1.2e9, {"change": {"value": 1.2e9, "unit": None, "basis": "mom"}}),
    (MONEY, 8e8, {"change": {"value": 8e8, "unit": None, "basis": "mom"}}),
    (MONEY, -2.5e8, {"change": {"value": -2.5e8, "unit": None, "basis": "mom"}}),
    # ... while a figure with its own year-on-year cue keeps it
    (MONEY, 9.5, {"change": {"value": 9.5, "unit": "percent", "basis": "yoy"}}),
    ("Exports were up 5 percent year on year in May. Imports rose 0.8 percent in May after a 1.1 percent "
     "fall in April.", 5, {"change": {"value": 5, "unit": "percent", "basis": "yoy"}}),
    ("Exports were up 5 percent year on year in May. Imports rose 0.8 percent in May after a 1.1 percent "
     "fall in April.", 0.8, {"change": {"value": 0.8, "unit": "percent", "basis": "mom"}}),
    # a year's rate after a month's is no month-on-month change: it is the annual rate of its
    # last month, against a year earlier
    ("Consumer prices rose 2.1 pct in the year to March 2022 after a 1.9 pct rise in February 2022.", 2.1,
     {"period": "2022-03", "change": {"value": 2.1, "unit": "percent", "basis": "yoy"}}),
    # 2. a basis cue leading the next figure is that figure's
    ("Narrow money fell 0.4 pct in the month, for a year-on-year rise of 3.8 pct.", -0.4,
     {"change": {"value": -0.4, "unit": "percent", "basis": "mom"}}),
    ("Narrow money fell 0.4 pct in the month, for a year-on-year rise of 3.8 pct.", 3.8,
     {"change": {"value": 3.8, "unit": "percent", "basis": "yoy"}}),
    # 3. the year-on-year basis in force of a Xinhua story carries to another period
    (RAIL, 21, {"period": "2023-02", "change": {"value": 21, "unit": "percent", "basis": "yoy"}}),
    # ... but not in a story that states another basis
    ("Retail sales rose 0.6 percent month on month in March 2021. In March alone, furniture sales went up "
     "by 2 percent.", 2, {"change": {"value": 2, "unit": "percent", "basis": "mom"}}),
    # 4. ONS quarter notation
    (SERVICES, 0.4, {"period": "2019-07/2019-09", "change": {"value": 0.4, "unit": "percent", "basis": "qoq"}}),
    (SERVICES, 1.2, {"period": "2019-07/2019-09", "change": {"value": 1.2, "unit": "percent", "basis": "yoy"}}),
    ("Mining output fell by 0.7% in quarter 1 (Jan to Mar) 2020 compared with quarter 4 (Oct to Dec).", -0.7,
     {"period": "2020-01/2020-03", "change": {"value": -0.7, "unit": "percent", "basis": "qoq"}}),
    ("Output rose 1.1% in the third quarter of 2020 compared with the same quarter a year ago.", 1.1,
     {"period": "2020-07/2020-09", "change": {"value": 1.1, "unit": "percent", "basis": "yoy"}}),
    # 5. financial years
    ("Council tax takings went up by £3.2 billion to £410.6 billion in this financial year-to-date "
     "(April 2018 to December 2018) against the same months of 2017.", 3.2e9,
     {"period": "2018-04/2018-12", "change": {"value": 3.2e9, "unit": "GBP", "basis": "yoy"}}),
    ("Local authority borrowing fell by £1.4 billion to £12.0 billion in the financial year ending March 2019 "
     "compared with the previous financial year.", -1.4e9,
     {"period": "2018-04/2019-03", "change": {"value": -1.4e9, "unit": "GBP", "basis": "yoy"}}),
]


@pytest.mark.parametrize("text, value, expected", CASES)
def test_period_and_basis(extractor: Extractor, text: str, value: float, expected: dict) -> None:
    doc = extractor.extract(text, "t")
    found = [_slots(i) for i in doc.indicators if i.change is not None and abs(i.change.value - value) < 1e-6]
    assert found, [_slots(i) for i in doc.indicators]
    got = found[0]
    assert {k: got.get(k) for k in expected} == expected, got


@pytest.mark.parametrize("text, surface, iso, months", [
    ("Output fell in quarter 2 (Apr to June) compared with a year ago.", "quarter 2 (Apr to June)", None, (4, 6)),
    ("Output fell in Quarter 4 (Oct to Dec) 2016.", "Quarter 4 (Oct to Dec) 2016", "2016-10/2016-12", None),
    ("Sales grew between Q2 2017 and Q2 2016.", "between Q2 2017 and Q2 2016", "2017-04/2017-06", None),
    ("Debt rose in the current financial year-to-date (April 2016 to August 2016).",
     "the current financial year-to-date (April 2016 to August 2016)", "2016-04/2016-08", None),
    ("Receipts for July 2012 to September 2012 were flat.", "July 2012 to September 2012", "2012-07/2012-09", None),
])
def test_bulletin_period_mentions(text: str, surface: str, iso: str | None, months: tuple[int, int] | None) -> None:
    mentions = {text[m.start:m.end]: m for m in find_periods(text)}
    assert surface in mentions, list(mentions)
    m = mentions[surface]
    assert (m.period.iso() if m.period else None, m.month_only) == (iso, months)


def test_quarter_interval_keeps_the_earlier_quarter() -> None:
    text = "Between quarter 2 (Apr to June) 2016 and quarter 2 (Apr to June) 2015, sales rose."
    m = find_periods(text)[0]
    assert m.period.iso() == "2016-04/2016-06" and m.versus is not None and m.versus.iso() == "2015-04/2015-06"
