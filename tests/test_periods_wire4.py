"""Periods of wire stories and bulletins, fourth round: an annual rate "in the 12 months to"
a month is that month's (a level summed over the twelve months keeps them), and a fiscal end
stated inline ("fiscal 1995/96, ending June") makes every split year of the text a fiscal
span, its "first six months", "the same ... period" and "July/February" included.
Sentences written for these tests; each case gives the slots of the indicator that holds
the given figure (value, total or change)."""

from __future__ import annotations

import pytest

from conftest import assert_figure_slots
from extractor.periods import find_periods
from extractor.pipeline import Extractor

KARACHI = ("KARACHI, June 11 - The trade gap for fiscal 1995/96, ending June, is put at 2.4 billion dlrs, "
           "against 3.1 billion in 1994/95.\n\n"
           "Savings certificates rose 9.2 pct or 14.6 billion rupees in the first six months of 1995/96 "
           "against 7.4 pct or 10.9 billion in the same 1994/95 period.\n\n"
           "Rail freight was put at 77 mln tonnes for 1996/97, up from the 1995/96 estimate of 71 mln.\n\n"
           "Tax receipts reached 61.3 billion rupees in July/February 1995/96 from 48.2 billion in all 1993/94.")

LAGGED = ("PARIS, April 9 - French tyre output in March rose 4 pct from February's level but lagged the "
          "March 1986 figure by 1.5 pct, the federation said.\n\n"
          "March output totalled 612,000 compared with the year-ago figure of 640,500 and last month's 598,000.")

CASES = [
    # (text, figure, expected slots)
    # 1. an annual rate over a rolling year is dated by its last month, against a year earlier ...
    ("Water bills rose 4.6% in the 12 months to October 2023.", 4.6,
     {"period": "2023-10", "change": {"value": 4.6, "unit": "percent", "basis": "yoy"}}),
    ("Bus fares climbed 3.9 percent in the twelve months to June 2021, the bureau said.", 3.9,
     {"period": "2021-06", "change": {"value": 3.9, "unit": "percent", "basis": "yoy"}}),
    ("Tea prices went up 2.7% in the year to November 2019.", 2.7,
     {"period": "2019-11", "change": {"value": 2.7, "unit": "percent", "basis": "yoy"}}),
    ("Cinema tickets cost 6.3% more in the 12 months to May 2017, up from 5.2% in April.", 5.2,
     {"period": "2017-04"}),
    # ... a level summed over it keeps the twelve months, a calendar year when they end in December ...
    ("Net inflows of students were 420,000 in the year to September 2022.", 420000,
     {"period": "2021-10/2022-09"}),
    ("Ferry crossings totalled 3.1 million in the year ending December 2018.", 3.1e6, {"period": "2018"}),
    # ... and three months, or a financial year, stay spans
    ("Mining output in the three months to August 2022 grew 0.3%.", 0.3, {"period": "2022-06/2022-08"}),
    ("Council borrowing rose by £2.2 billion in the financial year ending March 2017.", 2.2e9,
     {"period": "2016-04/2017-03"}),
    # 2. a fiscal end stated inline makes every split year a fiscal span ...
    (KARACHI, 2.4e9, {"period": "1995-07/1996-06"}),
    (KARACHI, 3.1e9, {"period": "1994-07/1995-06"}),
    (KARACHI, 7.7e7, {"period": "1996-07/1997-06"}),
    (KARACHI, 4.82e10, {"period": "1993-07/1994-06"}),
    # ... its first months are counted from the fiscal start, "the same period" a year before ...
    (KARACHI, 9.2, {"period": "1995-07/1995-12"}),
    (KARACHI, 1.46e10, {"period": "1995-07/1995-12"}),
    (KARACHI, 7.4, {"period": "1994-07/1994-12"}),
    (KARACHI, 1.09e10, {"period": "1994-07/1994-12"}),
    # ... two months of a split year are read in the fiscal order ...
    (KARACHI, 6.13e10, {"period": "1995-07/1996-02"}),
    # ... and a year naming the level compared with is that figure's
    (KARACHI, 7.1e7, {"period": "1995-07/1996-06"}),
    # without a stated start a split year is both years, as written
    ("Jute exports reached 310 mln dlrs in 1992/93, the board said.", 3.1e8, {"period": "1992/1993"}),
    # 3. the day a budget was unveiled is no period of its figures
    ("The budget unveiled on Tuesday puts the 2024 deficit at 3.2 billion euros.", 3.2e9, {"period": "2024"}),
    # 4. a year named only for a level compared with dates an undated story the year after ...
    (LAGGED, -1.5, {"period": "1987-03", "change": {"value": -1.5, "unit": "percent", "basis": "yoy"}}),
    (LAGGED, 4, {"period": "1987-03", "change": {"value": 4, "unit": "percent", "basis": "mom"}}),
    (LAGGED, 612000, {"period": "1987-03"}),
    (LAGGED, 640500, {"period": "1986-03"}),
    (LAGGED, 598000, {"period": "1987-02"}),  # "last month's" in an undated story: the month before
    ("OSLO, May 4 - Norwegian bus sales in April fell short of the April 1986 level by 6.2 pct, the board "
     "said.", -6.2, {"period": "1987-04", "change": {"value": -6.2, "unit": "percent", "basis": "yoy"}}),
    ("LISBON, June 2 - Portuguese cement sales in May topped the year-earlier total by 8.4 pct.", 8.4,
     {"period": None, "change": {"value": 8.4, "unit": "percent", "basis": "yoy"}}),
    ("ATHENS, March 3 - Greek olive oil exports in February were 41,200 tonnes against 44,900 in February "
     "1986.", 41200, {"period": "1987-02"}),
    # ... a level named after "from" is the one compared with, with its own quarter
    ("The services surplus narrowed by £0.8 billion to £27.1 billion in Quarter 4 2020, from a revised "
     "surplus of £27.9 billion in Quarter 3 2020.", 2.79e10, {"period": "2020-07/2020-09", "change": None}),
    # ... and a dated story that compares with the year before its date is of its own year
    ("Barley harvest slips\n\n2019-07-10 09:00:00\n\nBEIJING, July 10 (Xinhua) -- China harvested less "
     "barley this summer compared to 2018, data showed.\n\nThe country produced 9.3 million tonnes of "
     "barley. Output per hectare rose 1.5 percent to 4.4 tonnes.", 9.3e6, {"period": "2019"}),
    ("Barley harvest slips\n\n2019-07-10 09:00:00\n\nBEIJING, July 10 (Xinhua) -- China harvested less "
     "barley this summer compared to 2018, data showed.\n\nThe country produced 9.3 million tonnes of "
     "barley. Output per hectare rose 1.5 percent to 4.4 tonnes.", 1.5,
     {"period": "2019", "change": {"value": 1.5, "unit": "percent", "basis": "yoy"}}),
]


@pytest.mark.parametrize("text, figure, expected", CASES)
def test_wire_periods(extractor: Extractor, text: str, figure: float, expected: dict) -> None:
    assert_figure_slots(extractor.extract(text, "t"), figure, expected)


@pytest.mark.parametrize("text, surface, iso, rolling", [
    ("Rents rose 1.8% in the 12 months to July 2020.", "the 12 months to July 2020", "2020-07", True),
    ("Rents rose 0.5% in the three months to July 2020.", "the three months to July 2020", "2020-05/2020-07", False),
    ("Spending in the tax year ending April 2021 fell.", "year ending April 2021", "2020-05/2021-04", False),
    ("Loans for fiscal 1998/99, ending March, were cut.", "fiscal 1998/99, ending March", "1998-04/1999-03", False),
    ("Duties for fiscal 1999/00, ending March, fell in May/January 1999/00.", "May/January 1999/00",
     "1999-05/2000-01", False),
    ("Loans in April/January 1999/00 were cut.", "April/January 1999/00", "1999-04/2000-01", False),
])
def test_mentions(text: str, surface: str, iso: str, rolling: bool) -> None:
    mentions = {text[m.start:m.end]: m for m in find_periods(text)}
    assert surface in mentions, list(mentions)
    m = mentions[surface]
    assert m.period is not None and m.period.iso() == iso
    assert m.rolling is rolling
