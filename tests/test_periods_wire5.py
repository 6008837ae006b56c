"""Periods of wire stories, fifth round: a quarter (half) whose noun is elided ("in the
third"), a year's possessive dating the figure after it ("from 1985's ..."), a period named
only for a compared figure or a year-ago quarter that does not become the period in force,
and a footnote digit glued to a month name in flattened release text. Sentences written
for these tests; each case gives the slots of the indicator that holds the given figure."""

from __future__ import annotations

import pytest

from conftest import assert_figure_slots
from extractor.periods import find_periods
from extractor.pipeline import Extractor

ELIDED = ("WELLINGTON, May 5 - Norway's goods surplus narrowed to 412 mln crowns in the second quarter "
          "from a surplus of 530 mln crowns in the first, the bureau reported.\n\n"
          "Over all of 1996 the surplus came to 1.9 billion crowns.")
HALF = ("Copper sales climbed to 88,000 tonnes in the second half of 1996 from 71,000 tonnes in the first, "
        "the mining group reported.")
POSSESSIVE = ("OSLO, June 9 - Norway's budget gap for the whole of 1996 grew to 6.3 billion crowns from "
              "1995's 4.1 billion crown gap, the ministry reported.\n\nIts spending climbed 3.5 pct in the "
              "second quarter.")
YEAR_AGO = ("LISBON, April 8 - Portugal's trade gap shrank to 310 mln dlrs in the fourth quarter from 402 mln "
            "dlrs in the third quarter.\n\nThe gap was 515 mln dlrs in the fourth quarter of 1995.\n\n"
            "On the services side there was a surplus of 220 mln dlrs in the fourth quarter, against "
            "180 mln dlrs in the third quarter.\n\nThe full-year gap fell to 1.6 billion dlrs in 1996 from "
            "2.2 billion dlrs in 1995.")
FOOTNOTE = ("September 2014 compared with August 2014\n\nIn August5 wholesale volumes fell by 0.4% in the "
            "monetary union.\n\nIn September 20146 volumes grew by 0.3% in the union.")

CASES = [
    # (text, figure, expected slots)
    # 1. "in the first" after "in the second quarter" is the first quarter ...
    (ELIDED, 4.12e8, {"period": "1996-04/1996-06"}),
    (ELIDED, 5.3e8, {"period": "1996-01/1996-03"}),
    (ELIDED, 1.9e9, {"period": "1996"}),
    # ... "in the first" after "the second half" the first half
    (HALF, 88000, {"period": "1996-07/1996-12"}),
    (HALF, 71000, {"period": "1996-01/1996-06"}),
    # 2. a year's possessive dates the figure right after it ...
    (POSSESSIVE, 4.1e9, {"period": "1995"}),
    (POSSESSIVE, 6.3e9, {"period": "1996"}),
    # 3. ... and does not become the year in force
    (POSSESSIVE, 3.5, {"period": "1996-04/1996-06"}),
    # a year-ago quarter stated with its year leaves the bare quarters in the story's year
    (YEAR_AGO, 3.1e8, {"period": "1996-10/1996-12"}),
    (YEAR_AGO, 4.02e8, {"period": "1996-07/1996-09"}),
    (YEAR_AGO, 5.15e8, {"period": "1995-10/1995-12"}),
    (YEAR_AGO, 2.2e8, {"period": "1996-10/1996-12"}),
    (YEAR_AGO, 1.8e8, {"period": "1996-07/1996-09"}),
    (YEAR_AGO, 1.6e9, {"period": "1996"}),
    (YEAR_AGO, 2.2e9, {"period": "1995"}),
    # 4. a footnote digit glued to a month (or a year) is no part of the period
    (FOOTNOTE, -0.4, {"period": "2014-08"}),
    (FOOTNOTE, 0.3, {"period": "2014-09"}),
]


@pytest.mark.parametrize("text, figure, expected", CASES)
def test_wire_periods(extractor: Extractor, text: str, figure: float, expected: dict) -> None:
    assert_figure_slots(extractor.extract(text, "t"), figure, expected)


@pytest.mark.parametrize("text, surfaces", [
    # an elided quarter needs a quarter named before it in the sentence
    ("Imports fell in the fourth quarter to 1.5 billion from 1.2 billion in the third.",
     {"the fourth quarter": "10-12", "the third": "7-9"}),
    ("The runner who came in the third, a Kenyan, won in 1994.", {"1994": None}),
    ("She finished in the first; rents rose 2 pct in the second half.", {"the second half": "7-12"}),
    # a month glued to a footnote digit is the month; other glued forms are not months
    ("Prices in May2 fell.", {"May": "5-5"}),
    ("Sales of the May3x model and 12 June3.5 units fell.", {}),
])
def test_mentions(text: str, surfaces: dict) -> None:
    mentions = {text[m.start:m.end]: m for m in find_periods(text)}
    assert set(mentions) == set(surfaces), list(mentions)
    for surface, months in surfaces.items():
        if months is not None:
            a, b = mentions[surface].month_only
            assert f"{a}-{b}" == months
