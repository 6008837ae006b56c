"""Metrics of wire stories and bulletins, second set: a dash-delimited aside after the subject,
a change said in a relative clause, a "respectively" list after "reported falls of", a change
noun with "in X" after its figure, an anaphoric "the figure"/"the total", an amount "of X"
after a cause subject, and a change joined to the level before it ("marking an increase of").
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from conftest import assert_indicator
from extractor.pipeline import Extractor

_PCT = "percent"

# (text, index of the indicator, expected slots (subset), expected number of indicators)
CASES = [
    # 1. a dash-delimited aside after the subject: the head before the first dash is the metric
    ("Lending -- mortgages to households and overdrafts to small firms -- grew by 450 mln stg after a "
     "900 mln stg rise in March.", 0,
     {"metric": "Lending", "change": {"value": 450000000, "unit": "GBP", "basis": "mom"}}, 2),
    ("Lending -- mortgages to households and overdrafts to small firms -- grew by 450 mln stg after a "
     "900 mln stg rise in March.", 1, {"metric": "Lending"}, 2),
    ("Reserves—gold, foreign currency and special drawing rights—fell 1.2 billion dlrs in May.", 0,
     {"metric": "Reserves", "change": {"value": -1200000000, "unit": "USD", "basis": None}}, 1),
    ("Exports - mainly grain and timber - rose 6 pct.", 0,
     {"metric": "Exports", "change": {"value": 6, "unit": _PCT, "basis": None}}, 1),
    # 2. ", which rose by": the noun phrase before "which", also when it ends in "work"
    ("Most of the gain came from infrastructure repair work, which rose by 4.2%, the strongest rise "
     "since 2016, when it rose by 5.0%.", 0,
     {"metric": "infrastructure repair work", "change": {"value": 4.2, "unit": _PCT, "basis": None}}, 2),
    ("Most of the gain came from infrastructure repair work, which rose by 4.2%, the strongest rise "
     "since 2016, when it rose by 5.0%.", 1,
     {"metric": "infrastructure repair work", "change": {"value": 5.0, "unit": _PCT, "basis": None}}, 2),
    ("Weakness in the month came from all new work, which slipped by 0.6%.", 0,
     {"metric": "new work", "change": {"value": -0.6, "unit": _PCT, "basis": "mom"}}, 1),
    # 3. "respectively" after a reporting verb and a plural change noun
    ("Total lending, private rented stock and social housing stock reported falls of 2.1%, 4.4% and 1.9% "
     "respectively.", 0, {"metric": "lending", "change": {"value": -2.1, "unit": _PCT, "basis": None}}, 3),
    ("Total lending, private rented stock and social housing stock reported falls of 2.1%, 4.4% and 1.9% "
     "respectively.", 1, {"metric": "private rented stock"}, 3),
    ("Wheat, maize and soybeans posted gains of 4, 2 and 1 pct, respectively.", 2,
     {"metric": "soybeans", "change": {"value": 1, "unit": _PCT, "basis": None}}, 3),
    ("Cars, vans and buses rose 5, 3 and 2 percent, respectively.", 1, {"metric": "vans"}, 3),
    # 4. "a rise of N in X": X is what changed, for the figure after it too
    ("The central bank data showed a rise of about 3-1/4 pct in M1 in June after a 2 pct fall in May.", 0,
     {"metric": "M1", "qualifier": "approx", "change": {"value": 3.25, "unit": _PCT, "basis": "mom"}}, 2),
    ("The central bank data showed a rise of about 3-1/4 pct in M1 in June after a 2 pct fall in May.", 1,
     {"metric": "M1", "change": {"value": -2, "unit": _PCT, "basis": "mom"}}, 2),
    ("The survey showed a rise of 2.5 pct in farm incomes.", 0, {"metric": "farm incomes"}, 1),
    # 5. "the figure"/"the total" points back to the metric before
    ("Cargo volume at the port rose to 31 million tonnes in 2022, and officials expect the total to "
     "exceed 35 million tonnes in 2023.", 1, {"metric": "Cargo volume at the port", "value": 35000000}, 2),
    ("The number of rail trips rose to 8.1 billion in 2019, the ministry said, estimating the figure to "
     "reach 9 billion in 2021.", 1, {"metric": "number of rail trips", "value": 9000000000}, 2),
    # 6. a cause subject names no metric; "N dlrs of X" measures X, a level, as does its comparison
    ("The reason for the decline was a sharp 2.2 billion dlrs of maturing swaps compared with 3.1 billion "
     "dlrs in the prior week.", 0, {"metric": "maturing swaps", "value": 2200000000, "unit": "USD"}, 2),
    ("The reason for the decline was a sharp 2.2 billion dlrs of maturing swaps compared with 3.1 billion "
     "dlrs in the prior week.", 1, {"metric": "maturing swaps", "value": 3100000000, "unit": "USD"}, 2),
    ("Bank reserves rose 2.1 billion dlrs. The source of the gain was a sharp 5 pct rise in deposits.", 1,
     {"metric": "deposits", "change": {"value": 5, "unit": _PCT, "basis": None}}, 2),
    # 7. "marking an increase of" after a level and its period: the change of that level
    ("Average wages rose to 7,400 crowns in 2021, up from 5,100 crowns in 2016, marking an average "
     "annual increase of 7.7 percent.", 0,
     {"metric": "Average wages", "period": "2021", "value": 7400, "change": {"value": 7.7, "unit": _PCT, "basis": None}},
     2),
    ("Turnover of the industry jumped from 40 billion yuan in 2015 to 95 billion yuan in 2021, registering "
     "an annual average increase of 15.5 percent.", 1,
     {"period": "2021", "value": 95000000000, "change": {"value": 15.5, "unit": _PCT, "basis": None}}, 2),
    # a level after "while" and a subject of its own is another indicator, not the change's level
    ("The ministry said corporate holdings of state bonds fell by about 700 mln dlrs in June while inflows "
     "to the state sector were about 200 mln dlrs.", 1,
     {"metric": "inflows to the state sector", "value": 200000000, "qualifier": "approx"}, 2),
    # must not change: "work" after a plural is a verb; "GDP growth of" names its metric; a
    # change noun after the figure; a share of two plurals; a subject with a comma apposition
    ("Nearly half of the newly added enterprises work in logistics.", 0,
     {"share": {"value": 50, "of": "newly added enterprises"}}, 1),
    ("Investors cheered as the country posted annual GDP growth of 3.1 percent.", 0,
     {"metric": "GDP growth"}, 1),
    ("Secondary industries reported 8.2 percent growth to reach 180.5 billion yuan in added value.", 0,
     {"metric": "Secondary industries", "value": 180500000000}, 1),
    ("Broadband now covers 97 percent of villages and towns in the province.", 0,
     {"share": {"value": 97, "of": "villages and towns"}}, 1),
    ("Retail sales, which exclude fuel, rose 0.4 pct in June.", 0, {"metric": "Retail sales"}, 1),
    ("Exports showed a rise of 4 pct in value.", 0, {"metric": "Exports"}, 1),
    ("The source of the gain was a sharp 5 pct rise in deposits.", 0,
     {"change": {"value": 5, "unit": _PCT, "basis": None}}, 1),
]


@pytest.mark.parametrize("text,index,expected,count", CASES, ids=[f"{k}:{c[0][:40]}" for k, c in enumerate(CASES)])
def test_wire_metrics2(extractor: Extractor, text: str, index: int, expected: dict, count: int) -> None:
    assert_indicator(extractor.extract(text, "t"), index, expected, count)
