"""Readings of a clause's grammar that decide what an indicator holds: a raise verb moves
its object (a rate, a price) by a change and to a level, unless the money it names is what
was raised; a duration after a change says how long the change took; a bracketed figure
shared by "both" or "all" belongs to each name before it, as does the figure of "A and B both
rose N"; an age range qualifies the population measured. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from conftest import assert_indicator
from extractor.pipeline import Extractor

_PP = "percentage_point"

# (text, index of the indicator, expected slots (subset), expected number of indicators or None)
CASES = [
    # a raise verb with money right after it: the amount obtained, a value
    ("The insurer raised 640 mln dlrs through a share placing in May.", 0,
     {"value": 640_000_000, "unit": "USD"}, 1),
    ("Proceeds raised by selling the port came to 1.3 billion stg.", 0,
     {"value": 1_300_000_000, "unit": "GBP"}, 1),
    # a raise verb with an object before the figure: the object changes
    ("The Fed raised its discount rate half a point, to 6.5 pct.", 0,
     {"metric": "discount rate", "value": 6.5, "unit": "percent", "change": {"value": 0.5, "unit": _PP, "basis": None}}, 1),
    ("Dealers said the bank lifted its lending rate by 75 basis points to 11.25 pct on Friday.", 0,
     {"metric": "lending rate", "value": 11.25, "change": {"value": 75, "unit": "basis_point", "basis": None}}, 1),
    ("Tokyo Electric raised household tariffs by 4.6 pct.", 0,
     {"metric": "household tariffs", "change": {"value": 4.6, "unit": "percent", "basis": None}}, 1),
    ("The company raised its quarterly dividend by 10 cents to 1.20 dlrs a share.", 0,
     {"metric": "quarterly dividend", "value": 1.2, "unit": "USD", "change": {"value": 0.1, "unit": "USD", "basis": None}}, 1),
    ("Sweden's Riksbank lowered its marginal rate by 1.5 points to 9.5 pct.", 0,
     {"metric": "marginal rate", "value": 9.5, "change": {"value": -1.5, "unit": _PP, "basis": None}}, 1),
    # a duration after a change and "in/over/within": how long the change took, no indicator
    ("Rents in the capital doubled in six years.", 0, {"metric": "Rents in the capital", "change": {"value": 2, "unit": "times", "basis": None}}, 1),
    ("The Nikkei index gained 9.3 pct in four weeks.", 0, {"change": {"value": 9.3, "unit": "percent", "basis": None}}, 1),
    ("Car sales slumped 22 pct within nine months to 310,000 units.", 0,
     {"metric": "Car sales", "value": 310_000, "change": {"value": -22, "unit": "percent", "basis": None}}, 1),
    ("Grain reserves have almost tripled in only three years.", 0, {"qualifier": "approx"}, 1),
    ("Over seven years, the bank's deposits grew 85 pct.", 0, {"change": {"value": 85, "unit": "percent", "basis": None}}, 1),
    # must not change: "for N consecutive years" counts the years of a run
    ("Exports have posted double-digit growth for five consecutive years.", 0, {"value": 5, "unit": "year"}, 1),
    # a bracket whose figure "both"/"all" gives to each name of the list before it
    ("Jobless rates were highest in Greece and Spain (both 16.1%).", 1, {"value": 16.1, "unit": "percent"}, 2),
    ("Hourly labour costs rose in Latvia, Estonia and Poland (all +9.0%).", 2,
     {"change": {"value": 9.0, "unit": "percent", "basis": None}}, 3),
    ("Among manufacturers, furniture and paper (both -1.7 per cent) fell furthest.", 1,
     {"metric": "paper", "change": {"value": -1.7, "unit": "percent", "basis": None}}, 2),
    # must not change: one name before the bracket is one indicator
    ("Output fell most in Finland (-2.2%).", 0, {"change": {"value": -2.2, "unit": "percent", "basis": None}}, 1),
    # "A and B both <verb> N": the figure is said of each subject
    ("Car output and truck output both fell 7.5 pct last year.", 1,
     {"metric": "truck output", "change": {"value": -7.5, "unit": "percent", "basis": None}}, 2),
    ("Coal imports and oil imports both climbed by about 11 percent.", 0,
     {"metric": "Coal imports", "qualifier": "approx", "change": {"value": 11, "unit": "percent", "basis": None}}, 2),
    # must not change: "both" inside the subject's own phrase
    ("Investment in both the north and the south grew 6 pct.", 0, {"change": {"value": 6, "unit": "percent", "basis": None}}, 1),
    # an age range qualifies the population measured: part of the metric, no indicator of its own
    ("The jobless rate among people aged 25 to 49 was 3.6%.", 0,
     {"metric": "jobless rate among people aged 25 to 49", "value": 3.6, "unit": "percent"}, 1),
    ("Employment among those aged 50 and over rose by 61,000.", 0,
     {"metric": "Employment among those aged 50 and over", "change": {"value": 61_000, "unit": None, "basis": None}}, 1),
    ("The inactivity rate for women aged 16 to 64 years fell 0.3 percentage points to 25.1%.", 0,
     {"value": 25.1, "change": {"value": -0.3, "unit": _PP, "basis": None}}, 1),
]


@pytest.mark.parametrize("text,index,expected,count", CASES, ids=[f"{k}:{c[0][:40]}" for k, c in enumerate(CASES)])
def test_clause_readings(extractor: Extractor, text: str, index: int, expected: dict, count: int | None) -> None:
    assert_indicator(extractor.extract(text, "t"), index, expected, count)
