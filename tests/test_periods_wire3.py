"""Periods of wire stories, third round: split fiscal years once the text gives the fiscal
year's start, a stock's level at the end of a year-to-date span, a period after a relative
aside, "this year" in an undated story that says "last year", and an announcement's month.
Sentences written for these tests; each case gives the slots of the indicator that holds
the given figure (value, total or change)."""

from __future__ import annotations

import pytest

from conftest import assert_figure_slots
from extractor.periods import find_periods
from extractor.pipeline import Extractor

FISCAL = ("CANBERRA, May 4 - Australian joblessness should average 7.1 pct in the 1988/89 fiscal year starting "
          "July 1, a bank economist said.\n\nThe treasury's 1988/89 projection is 6.8 pct.\n\n"
          "Farm jobs during fiscal 1988/89 were seen rising 42,000 from the current year.")
STOCKS = ("BEIJING, April 20 (Xinhua) -- In the first three months of 2021, profits of state firms rose 12 percent "
          "year on year to 900 billion yuan.\n\nTheir sales totaled 20 trillion yuan, up 8 percent.\n\n"
          "Their assets totaled 230 trillion yuan, up 6.6 percent.")
ASIDE = ("The jobless rate was 3.9% in October 2018.\n\nStatistics Norway estimates that 112,000 people in "
         "Norway, of whom 61,000 were women, were jobless in October 2019.")
LAST_YEAR = ("MANILA, June 2 - The Philippines cut its trade deficit last year, to 1.3 billion dlrs from 2.2 "
             "billion in 1985, officials said. Rice imports fell 9 pct in 1986.\n\nOfficials forecast the deficit "
             "could narrow to 700 mln dlrs this year.\n\nSo far this year, the peso has fallen by 1.5 pct against "
             "the dollar.")

CASES = [
    # (text, figure, expected slots)
    # 1. a split year is the fiscal year the text says starts in July ...
    (FISCAL, 7.1, {"period": "1988-07/1989-06"}),
    (FISCAL, 6.8, {"period": "1988-07/1989-06"}),
    (FISCAL, 42000, {"period": "1988-07/1989-06"}),
    # ... and without a stated start is both years, as written, with no basis implied
    ("Wool exports reached 410 mln dlrs in 1985/86, the board said.", 4.1e8, {"period": "1985/1986"}),
    ("The ministry cut its deficit goal for 1991/92 by 90 mln dlrs to 2.2 billion dlrs.", 2.2e9,
     {"period": "1991/1992"}),
    ("Cocoa output for 1989/90 was put at 410,000 tonnes, down 22,000 tonnes.", 410000,
     {"period": "1989/1990", "change": {"value": -22000, "unit": "metric_ton", "basis": None}}),
    # 2. a stock's level carried from a year-to-date span is at the span's end ...
    (STOCKS, 2.3e14, {"period": "2021-03"}),
    # ... a flow's is over the span, and the stated span stays
    (STOCKS, 2e13, {"period": "2021-01/2021-03"}),
    (STOCKS, 9e11, {"period": "2021-01/2021-03"}),
    # 3. the period after a relative aside is the figure's before it
    (ASIDE, 112000, {"period": "2019-10"}),
    (ASIDE, 3.9, {"period": "2018-10"}),
    # 4. "this year" in an undated story that says "last year" for the year it names
    (LAST_YEAR, 7e8, {"period": "1987"}),
    (LAST_YEAR, -1.5, {"period": "1987"}),
    (LAST_YEAR, -9, {"period": "1986"}),
    # 5. the month of an announcement by a place or a body is no period of the figure ...
    ("Lisbon announced in March the removal of duties on 65 goods.", 65, {"period": None}),
    # ... but a month after the figure's verb still is
    ("Output rose 4 pct in March 2016, the ministry said.", 4, {"period": "2016-03"}),
]


@pytest.mark.parametrize("text, figure, expected", CASES)
def test_wire_periods(extractor: Extractor, text: str, figure: float, expected: dict) -> None:
    assert_figure_slots(extractor.extract(text, "t"), figure, expected)


@pytest.mark.parametrize("text, surface, kind, iso", [
    ("Hiring may slow by mid-fiscal 1989, in a year beginning April 1.", "mid-fiscal 1989", "none", None),
    ("Sales in fiscal 1989 rose; the fiscal year ends in March.", "fiscal 1989", "explicit", "1989-04/1990-03"),
    ("The 1990/91 budget was cut.", "1990/91", "explicit", "1990/1991"),
    ("Spending in 1990/93 was flat.", "1990", "explicit", "1990"),
])
def test_fiscal_mentions(text: str, surface: str, kind: str, iso: str | None) -> None:
    mentions = {text[m.start:m.end]: m for m in find_periods(text)}
    assert surface in mentions, list(mentions)
    m = mentions[surface]
    assert m.kind == kind
    assert (m.period.iso() if m.period else None) == iso
