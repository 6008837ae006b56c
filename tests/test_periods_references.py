"""Periods of figures set against a reference: the reference's period (a same-period year,
an earlier change, a pre-pandemic level, a trough, a publication date) is not the main
figure's period nor the period in force afterwards. Year ends and "this year" / "last year"
in undated stories. Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import indicator_slots as _slots
from extractor.models import Meta
from extractor.pipeline import Extractor

_XINHUA = ("Highlights of the economy in the first eight months\n\n"
           "BEIJING, Sept. 20 (Xinhua) -- Here are the highlights of the economy in the first eight months.\n\n"
           "-- Power generation grew 3.1 percent year on year, compared with an increase of 2.4 percent in the "
           "first half.\n\n"
           "-- Car sales declined 4.4 percent year on year, a fall 0.8 percentage points smaller "
           "than the drop in the first half.\n\n"
           "-- Steel output rose 6.2 percent year on year, 0.5 percentage points lower than the rise in the first "
           "seven months.")
_SAME_YEAR = ("Brazil's current account gap in the second quarter narrowed to 2.3 billion reais from 4.1 billion "
              "in the same 1994 period, the central bank said.\n\nSecond quarter imports climbed 12 pct to 9.8 "
              "billion reais.")
_SPENDING = ("Household spending rose by 0.9% in March 2023, leaving it 2.1% above its pre-pandemic levels in "
             "December 2019. Spending on fuel fell by 2.2% in March 2023 and is 6.5% below December 2019 levels.")
_KOREA = ("Korea's exports in the first nine months of 1993 rose 7 pct to 60 billion dlrs. Reserves are expected "
          "to climb to 21 billion dlrs by the year end. Imports will total about 84 billion dlrs.")
_FORECAST = ("Exports in the first half of 1995 rose 11 pct to 40 billion dlrs. Officials said exports will reach "
             "85 billion dlrs this year compared with 77.2 billion last year.")
_OWN = ("Investment grew 4.5 percent in the first three quarters of 2019, compared with an increase of 3.9 percent "
        "in the first half. Retail sales rose 8.2 percent.")

CASES = [
    # (text, published, index, expected)
    # 1. "the same 1994 period" is the reference's; the clause's bare quarter is the year after,
    #    and so are the story's later bare quarters.
    (_SAME_YEAR, None, 0, {"period": "1995-04/1995-06", "value": 2300000000}),
    (_SAME_YEAR, None, 1, {"period": "1994-04/1994-06", "value": 4100000000}),
    (_SAME_YEAR, None, 2, {"period": "1995-04/1995-06", "value": 9800000000}),
    # 1. an earlier change compared with keeps its period, which does not leak into the next items
    (_XINHUA, "2019-09-20", 1, {"period": "2019-01/2019-06"}),
    (_XINHUA, "2019-09-20", 2, {"period": "2019-01/2019-08"}),
    # ... and a gap to "the drop in the first half" is of the period in force, with no basis
    (_XINHUA, "2019-09-20", 3, {"period": "2019-01/2019-08", "change": {"value": -0.8, "unit": "percentage_point",
                                                                      "basis": None}}),
    (_XINHUA, "2019-09-20", 5, {"period": "2019-01/2019-08", "change": {"value": -0.5, "unit": "percentage_point",
                                                                      "basis": None}}),
    # 1. a gap to a reference level is measured in the period in force
    (_SPENDING, None, 1, {"period": "2023-03", "change": {"value": 2.1, "unit": "percent", "basis": None}}),
    (_SPENDING, None, 3, {"period": "2023-03", "change": {"value": -6.5, "unit": "percent", "basis": None}}),
    # 1. a trough's figure keeps its quarter, which is not in force for the next sentence
    ("In Q1 2022, exports rose 2.0%. Exports are up 9.2% from their lowest level of £12.4 billion in Q2 2020. "
     "Imports rose 1.1%.", None, 2, {"period": "2020-04/2020-06", "value": 12400000000}),
    ("In Q1 2022, exports rose 2.0%. Exports are up 9.2% from their lowest level of £12.4 billion in Q2 2020. "
     "Imports rose 1.1%.", None, 3, {"period": "2022-01/2022-03"}),
    # 2. a publication date is no figure's period
    ("In 2019, broadband users in the province reached 41 million, 3.2 million more than in 2018, according to "
     "figures of the provincial bureau released in June 2020.", None, 0,
     {"period": "2019", "change": {"value": 3200000, "unit": None, "basis": "yoy"}}),
    ("Rural incomes grew 6.1 percent in 2018, according to a report issued in March 2019.", None, 0,
     {"period": "2018"}),
    # 3. end-YEAR and the year end of the year in force are points: December
    ("Gold holdings stood at 12.3 billion dlrs at end-1992, up from 10.8 billion at end-1991.", None, 0,
     {"period": "1992-12"}),
    ("Gold holdings stood at 12.3 billion dlrs at end-1992, up from 10.8 billion at end-1991.", None, 1,
     {"period": "1991-12"}),
    (_KOREA, None, 1, {"period": "1993-12", "value": 21000000000}),
    # 4. a forecast after a year-to-date figure is of the whole year; "this year" / "last year"
    #    in an undated story of that year
    (_KOREA, None, 2, {"period": "1993", "value": 84000000000}),
    (_FORECAST, None, 1, {"period": "1995", "value": 85000000000}),
    (_FORECAST, None, 2, {"period": "1994", "value": 77200000000}),
    # Must not change: a figure's own period, and a participle with no publication noun
    (_OWN, None, 0, {"period": "2019-01/2019-09"}),
    (_OWN, None, 1, {"period": "2019-01/2019-06"}),
    (_OWN, None, 2, {"period": "2019-01/2019-09"}),
    ("Special bonds issued in 2021 totalled 3.6 trillion yuan.", None, 0, {"period": "2021"}),
    ("Retail sales rose 3.2% in May 2023 compared with April 2023.", None, 0,
     {"period": "2023-05", "change": {"value": 3.2, "unit": "percent", "basis": "mom"}}),
    ("Exports in the first nine months of 1993 rose 7 pct to 60 billion dlrs.", None, 0,
     {"period": "1993-01/1993-09"}),
]


@pytest.mark.parametrize("text,published,index,expected", CASES,
                         ids=[f"{c[0][:36]}#{c[2]}" for c in CASES])
def test_reference_periods(extractor: Extractor, text: str, published: str | None, index: int,
                           expected: dict) -> None:
    doc = extractor.extract(text, "t", Meta(published=published) if published else None)
    got = _slots(doc.indicators[index])
    assert {k: got.get(k) for k in expected} == expected, got
