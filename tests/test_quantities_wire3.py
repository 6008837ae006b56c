"""Quantity readings of labour-market bulletin constructions, in our own sentences: age
ranges and bounds after "aged", a bare change after a rate (percentage points), and a rise
carried to a second figure by a repeated "by"."""

from __future__ import annotations

import pytest

from extractor.quantities import find_quantities

Expected = tuple[str, float, float | None, str | None, str]
"""(surface, value, upper, unit, qualifier)"""


def _read(text: str) -> list[Expected]:
    return [(text[q.start:q.end], q.value, q.upper, q.unit, q.qualifier) for q in find_quantities(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # 1. an age range after "aged from" is one quantity in years, not a change and a level
    ("Participation among nurses aged from 21 to 58 reached 83.5 per cent.",
     [("21 to 58", 21, 58, "year", "exact"), ("83.5 per cent", 83.5, None, "percent", "exact")]),
    # ... and a bound after an age joins it
    ("Some 4.2 million drivers aged 70 and over hold a licence.",
     [("Some 4.2 million", 4200000, None, None, "approx"), ("70 and over", 70, None, "year", "above")]),
    ("Clubs admit players aged 12 or under free.", [("12 or under", 12, None, "year", "below")]),
    ("Pensioners aged 80 and older got a bonus.", [("80 and older", 80, None, "year", "above")]),
    # unchanged: other age forms, and "from ... to" without an age word
    ("Voters aged 30-45 were polled.", [("30-45", 30, 45, "year", "exact")]),
    ("Staff aged between 35 and 49 were surveyed.", [("between 35 and 49", 35, 49, "year", "exact")]),
    ("Prices climbed from 21 to 58 in the week.", [("21", 21, None, None, "exact"), ("58", 58, None, None, "exact")]),
    # ... and "and over" after a figure that is no age is no bound
    ("Margins widened 3 per cent and over the summer held.", [("3 per cent", 3, None, "percent", "up")]),
    # 2. a bare change right after a rate, in a new clause, is in percentage points
    ("The vacancy rate stood at 3.9 per cent, up 0.6 on the month.",
     [("3.9 per cent", 3.9, None, "percent", "exact"), ("0.6", 0.6, None, "percentage_point", "up")]),
    ("The claimant rate was 4.4 per cent of the workforce, down 0.5 on the year.",
     [("4.4 per cent", 4.4, None, "percent", "exact"), ("0.5", 0.5, None, "percentage_point", "down")]),
    ("Bonuses grew by 2.7 per cent on a year ago, up 0.3 on the quarter.",
     [("2.7 per cent", 2.7, None, "percent", "up"), ("0.3", 0.3, None, "percentage_point", "up")]),
    # unchanged: a count in between, a counted noun, a large count, or no rate before
    ("The rate was 6.3 per cent in May, and 420 mills were up 5 on the month.",
     [("6.3 per cent", 6.3, None, "percent", "exact"), ("420", 420, None, None, "exact"),
      ("5", 5, None, None, "up")]),
    ("Turnover rose 7 per cent, up 4 branches on the year.",
     [("7 per cent", 7, None, "percent", "up"), ("4", 4, None, None, "up")]),
    ("Turnover rose 7 per cent, up 45 on the year.",
     [("7 per cent", 7, None, "percent", "up"), ("45", 45, None, None, "up")]),
    ("Hires totalled 812, up 0.4 on the month.", [("812", 812, None, None, "exact"), ("0.4", 0.4, None, None, "up")]),
    # a number word listed by "or" before a rate takes its unit; "one" and a bare comma do not
    ("Traders feared a hike of six or 12 pct.",
     [("six", 6, None, "percent", "exact"), ("12 pct", 12, None, "percent", "exact")]),
    ("Two mills opened, taking the count to four, or 25% of the region's mills.",
     [("Two", 2, None, None, "exact"), ("four", 4, None, None, "exact"), ("25%", 25, None, "percent", "exact")]),
    ("Of the panel one and 30% of guests left.",
     [("one", 1, None, None, "exact"), ("30%", 30, None, "percent", "exact")]),
    # 3. a repeated "by" keeps the rise for the second figure
    ("Payrolls grew by 48 000 in Norway and by 31 000 in Denmark.",
     [("48 000", 48000, None, None, "up"), ("31 000", 31000, None, None, "up")]),
    ("Idle workers fell by 2.35 million in the EU25 and by 0.82 million in the EA16.",
     [("2.35 million", 2350000, None, None, "down"), ("0.82 million", 820000, None, None, "down")]),
    ("Rents went up by 6% in Lille and by 4% in Metz.",
     [("6%", 6, None, "percent", "up"), ("4%", 4, None, "percent", "up")]),
    # unchanged: the fall of another sentence is not carried
    ("Fares fell by 12 in Turin. In Bari and by the coast 95 were sold.",
     [("12", 12, None, None, "down"), ("95", 95, None, None, "exact")]),
])
def test_reading(text: str, expected: list[Expected]) -> None:
    assert _read(text) == expected
