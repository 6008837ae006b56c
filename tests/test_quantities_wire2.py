"""Quantity readings of wire and bulletin constructions, in our own sentences: ONS quarter
notation, ranges with one end in words, bare figures compared with a rate, currencies carried
past a change noun but not into a count, and directions across adjectives and causes."""

from __future__ import annotations

import pytest

from extractor.quantities import find_quantities

Expected = tuple[str, float, float | None, str | None, str]
"""(surface, value, upper, unit, qualifier)"""


def _read(text: str) -> list[Expected]:
    return [(text[q.start:q.end], q.value, q.upper, q.unit, q.qualifier) for q in find_quantities(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # 1. ONS quarter notation is a calendar expression, no quantity
    ("Retail turnover in quarter 3 (Jul to Sept) 2016 beat forecasts.", []),
    ("Services Index: June 2018 and Quarter 2 (Apr to June) 2018", []),
    ("Exports grew by 0.8% against quarter 4 (Oct to Dec) 2011.", [("0.8%", 0.8, None, "percent", "up")]),
    ("Of the 3 months that make up quarter 2, April, May and June, May was weakest.",
     [("3 months", 3, None, "month", "exact")]),
    ("Figures for quarters 1 and 2 were revised.", []),
    # ... but a quarter with a figure of its own, or a count of more than four, stays one
    ("Margins in the quarter 4.5% wider", [("4.5%", 4.5, None, "percent", "exact")]),
    ("Sales in the quarter 12 shops closed.", [("12", 12, None, None, "exact")]),
    # 2. a range with one end in words and one in digits, even right after a rise word
    ("Broad money rose three to 3-1/2 pct last year.", [("three to 3-1/2 pct", 3, 3.5, "percent", "up")]),
    ("Survey data showed a rise in deposits by 2-1/4 to three pct in June.",
     [("2-1/4 to three pct", 2.25, 3, "percent", "up")]),
    ("Narrow money dropped a provisional 1/2 to one pct.", [("1/2 to one pct", 0.5, 1, "percent", "down")]),
    # ... but far apart ends are a change and the level it reached
    ("Lending rose two to 40 pct.", [("two", 2, None, None, "up"), ("40 pct", 40, None, "percent", "exact")]),
    ("Stocks rose 5 to 9 pct.", [("5", 5, None, None, "up"), ("9 pct", 9, None, "percent", "exact")]),
    # 3. a bare figure compared with a rate takes the rate
    ("Deposit rates stand at 4-1/4 to 4-1/2 pct for overnight funds against 4-1/8 to 4-3/8 last Friday.",
     [("4-1/4 to 4-1/2 pct", 4.25, 4.5, "percent", "exact"),
      ("4-1/8 to 4-3/8", 4.125, 4.375, "percent", "exact")]),
    ("Prices climbed 2.7 pct against 2.4 in March.",
     [("2.7 pct", 2.7, None, "percent", "up"), ("2.4", 2.4, None, "percent", "up")]),
    ("Joblessness fell to 6.3 pct from 6.6 in August.",
     [("6.3 pct", 6.3, None, "percent", "exact"), ("6.6", 6.6, None, "percent", "exact")]),
    ("Spreads widened 0.4 percentage point versus 0.1 a quarter before.",
     [("0.4 percentage point", 0.4, None, "percentage_point", "up"),
      ("0.1", 0.1, None, "percentage_point", "up")]),
    # ... not a count, nor the base a percent rise started from
    ("Hiring rose 4 pct against 30 firms a year ago.",
     [("4 pct", 4, None, "percent", "up"), ("30", 30, None, None, "exact")]),
    ("Membership grew 8 pct from 2,500 in 2019.",
     [("8 pct", 8, None, "percent", "up"), ("2,500", 2500, None, None, "exact")]),
    ("Turnover grew 6 pct from 5.5 in 2018.",
     [("6 pct", 6, None, "percent", "up"), ("5.5", 5.5, None, None, "exact")]),
    # 4. a currency is carried past a change noun after the amount
    ("Credit to households grew 1.8 billion stg after a 900 mln increase in May.",
     [("1.8 billion stg", 1.8e9, None, "GBP", "up"), ("900 mln", 900e6, None, "GBP", "up")]),
    ("Reserves fell 700 mln guilders after a 1.1 billion contraction in April.",
     [("700 mln guilders", 700e6, None, "NLG", "down"), ("1.1 billion", 1.1e9, None, "NLG", "down")]),
    # ... but not into a count
    ("Sales reached 40 billion yuan. The number of orders placed rose to 6.2 billion in 2021, "
     "and officials expect the total to reach 7 billion next year.",
     [("40 billion yuan", 40e9, None, "CNY", "exact"), ("6.2 billion", 6.2e9, None, None, "exact"),
      ("7 billion", 7e9, None, None, "exact")]),
    ("Profit was 3 billion yuan after 2 billion visitors came.",
     [("3 billion yuan", 3e9, None, "CNY", "exact"), ("2 billion", 2e9, None, None, "exact")]),
    # 5. directions: adjectives and commas between the verb and its figure
    ("Broad money expanded a preliminary, seasonally adjusted 1-3/4 pct in May.",
     [("1-3/4 pct", 1.75, None, "percent", "up")]),
    ("Treasury bill sales were expansionary by 250 mln stg in May.",
     [("250 mln stg", 250e6, None, "GBP", "up")]),
    ("Gilt sales were contractionary by 150 mln stg.", [("150 mln stg", 150e6, None, "GBP", "down")]),
    ("An expansionary package of 30 billion yen was passed.", [("30 billion yen", 30e9, None, "JPY", "exact")]),
    # ... a rate compared with a rise is a rise, across the duration between them
    ("Annual growth in M1 was 11 pct in the 12 months to June against 10.4 pct in May.",
     [("11 pct", 11, None, "percent", "up"), ("12 months", 12, None, "month", "exact"),
      ("10.4 pct", 10.4, None, "percent", "up")]),
    # ... a rise noun inside the subject ("the reason for the fall") does not direct the figure
    ("The reason for the fall was a modest 2.3 billion Swiss francs of maturing loans.",
     [("2.3 billion Swiss francs", 2.3e9, None, "CHF", "exact")]),
    ("The annual rise was 2.9 pct.", [("2.9 pct", 2.9, None, "percent", "up")]),
])
def test_wire_reading(text: str, expected: list[Expected]) -> None:
    assert _read(text) == expected
