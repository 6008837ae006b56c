"""Quantity readings of wire and bulletin constructions, in our own sentences: singular
currencies in compound modifiers, revision words, negative rates, a written-out US dollar
deciding bare ones, durations that are points in time, and numbers that label a table."""

from __future__ import annotations

import pytest

from extractor.quantities import find_quantities

Expected = tuple[str, float, str | None, str]
"""(surface, value, unit, qualifier)"""


def _read(text: str) -> list[Expected]:
    return [(text[q.start:q.end], q.value, q.unit, q.qualifier) for q in find_quantities(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # 1. a singular currency after a number and a scale word is the currency
    ("BONN, June 2 - Tourism left a 900 mln mark gap in the balance.",
     [("900 mln mark", 900e6, "DEM", "exact")]),
    ("OSLO, May 4 - Norway posted a 650 mln crown shortfall in shipping.",
     [("650 mln crown", 650e6, "NOK", "exact")]),
    ("Officials expect a 7 billion dlr shortfall this autumn.",
     [("7 billion dlr", 7e9, "USD", "exact")]),
    ("The bank arranged a 3 billion yen credit line.", [("3 billion yen", 3e9, "JPY", "exact")]),
    ("The utility sold a 250 mln guilder bond.", [("250 mln guilder", 250e6, "NLG", "exact")]),
    ("MANILA, April 8 - Lenders agreed a 60 mln peso loan.", [("60 mln peso", 60e6, "PHP", "exact")]),
    ("The yard won a 12 mln stg order.", [("12 mln stg", 12e6, "GBP", "exact")]),
    ("GENEVA, Jan 9 - The city floated a 1.2 billion franc issue.",
     [("1.2 billion franc", 1.2e9, "CHF", "exact")]),
    # ... but without a scale word "mark" and "crown" are other words
    ("The index crossed the 1,500 mark on Friday.", [("1,500", 1500, None, "above")]),
    ("Collectors paid for a 20 crown coin.", [("20", 20, None, "exact")]),
    # 2. a revision adjective is no direction; the figure's own rise or fall word still is
    ("The surplus stood at a downwardly revised 2.7 billion dlrs.",
     [("2.7 billion dlrs", 2.7e9, "USD", "exact")]),
    ("Exports shrank to 4.1 billion dlrs from an upwards revised 4.4 billion.",
     [("4.1 billion dlrs", 4.1e9, "USD", "exact"), ("4.4 billion", 4.4e9, "USD", "exact")]),
    ("Retail sales climbed an upward revised 0.6 pct in May.", [("0.6 pct", 0.6, "percent", "up")]),
    ("Orders showed a downwards revised drop of 2.2 pct.", [("2.2 pct", 2.2, "percent", "down")]),
    ("The jobless rate was revised up to 7.4 pct.", [("7.4 pct", 7.4, "percent", "exact")]),
    ("The estimate was revised down by 0.4 pct.", [("0.4 pct", 0.4, "percent", "down")]),
    # 3. a negative rate is a fall below zero
    ("Belgium and Denmark posted negative rates of 0.3 pct and 1.1 pct respectively.",
     [("0.3 pct", 0.3, "percent", "down"), ("1.1 pct", 1.1, "percent", "down")]),
    ("Output growth came in at minus 0.8 pct.", [("minus 0.8 pct", 0.8, "percent", "down")]),
    ("Forecasters see a negative 2.4 pct growth.", [("negative 2.4 pct", 2.4, "percent", "down")]),
    ("The strike had a negative impact on 40 companies.", [("40", 40, None, "exact")]),
    # 5. a duration before "earlier", "ago" or "later" is a point in time
    ("Mining output expanded 3.2 percent from one year earlier.",
     [("3.2 percent", 3.2, "percent", "up")]),
    ("Three years ago the quota was 12 pct.", [("12 pct", 12, "percent", "exact")]),
    ("Two months later 8 mills shut.", [("8", 8, None, "exact")]),
    ("Prices were firm against a month earlier.", []),
    # ... but a span stays a quantity
    ("A three-year slide of the dollar hurt exporters.", [("three-year", 3, "year", "exact")]),
    ("Wages stalled over the past five years.", [("five years", 5, "year", "exact")]),
    # 6. numbers that label a part of a document are no quantities; file sizes are
    ("Details are in the regional reference tables 2 to 9.", []),
    ("Figures 3 and 5 show the trend.", []),
    ("The method is in section 6 and Chart 2.1.", []),
    ("Data for 5 tables were revised.", [("5", 5, None, "exact")]),
    ("Loan figures fell to 300 in March.", [("300", 300, None, "exact")]),
    ("Download the data (84.3 Kb Excel sheet).", [("84.3 Kb", 84.3, "kilobyte", "exact")]),
    ("The archive is a 12 MB file.", [("12 MB", 12, "megabyte", "exact")]),
    ("Each dump takes 2.5 GB.", [("2.5 GB", 2.5, "gigabyte", "exact")]),
    ("The note runs to 640 kilobytes.", [("640 kilobytes", 640, "kilobyte", "exact")]),
    # 7. a time of day written as four digits (or with a dot) before a time zone is no quantity
    ("Tenders close at 1215 GMT on Friday.", []),
    ("The ministry will brief reporters at 0930 local time.", []),
    ("Talks resumed at 2045 EST and again at 11.15 CET.", []),
    ("Bids of 90 mln stg were taken at 1600 hrs.", [("90 mln stg", 90_000_000, "GBP", "exact")]),
    # ... but four digits with a unit or before another word stay quantities
    ("The mill shipped 1215 tonnes of zinc.", [("1215 tonnes", 1215, "metric_ton", "exact")]),
    ("Some 1130 local firms signed up.", [("Some 1130", 1130, None, "approx")]),
    # 8. a bare number after a class noun names the class, not a count
    ("The bank bought bills in band three at 9-5/8 pct.", [("9-5/8 pct", 9.625, "percent", "exact")]),
    ("Lenders in tier 2 paid more, and stage four of the plan starts in May.", []),
    # ... a number with a unit after such a noun stays one
    ("The currency may move within a band 2.25 pct either side.", [("2.25 pct", 2.25, "percent", "exact")]),
])
def test_wire_quantity(text: str, expected: list[Expected]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "units"), [
    # 4. a US dollar written out in the first dollar amount decides the bare ones
    ("TAIPEI RESERVES\n\nTaiwan's reserves climbed to 51 billion U.S. dlrs, against 40 billion "
     "a year before. Bankers expect 55 billion dlrs by June.", ["USD", "USD", "USD"]),
    ("SEOUL - Korea's exports reached 3.3 billion U.S. dollars and may hit 4 billion dollars.",
     ["USD", "USD"]),
    # ... not when the local dollar is written out too, nor when a bare amount comes first
    ("TAIPEI - Taiwan budgeted 800 billion Taiwan dlrs and borrowed 2 billion U.S. dlrs; "
     "it also sold 20 billion dlrs of bonds.", ["TWD", "USD", "TWD"]),
    ("CANBERRA - Australia's deficit was 1.9 billion dlrs, and debt rose by 3 billion U.S. dlrs.",
     ["AUD", "USD"]),
    ("OTTAWA - Canada repaid 900 mln U.S. dlrs as the Canadian dollar firmed; its deficit "
     "is now 400 mln dlrs.", ["USD", "CAD"]),
    # a written-out franc of another economy keeps bare francs in that story's economy
    ("ZURICH, May 5 - The bank raised 4 billion Swiss francs and later 2 billion francs.",
     ["CHF", "CHF"]),
])
def test_written_out_dollar_decides_bare_ones(text: str, units: list[str]) -> None:
    assert [q.unit for q in find_quantities(text)] == units
