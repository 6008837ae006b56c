"""Metrics of wire stories and bulletins, third set: a pronoun subject after a paragraph break,
footnote marks and a leading place, "of whom", a coordinated second comparison, superlatives
in a list of bracketed items, a rate "of" its base, a verb that moves its object to a level,
a bare forecast verb, a class threshold, "has gone up" and a second "and by" change. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest

from conftest import assert_indicator
from extractor.pipeline import Extractor

_PCT, _PP = "percent", "percentage_point"
_LIST = ("Among the member states, the lowest jobless rates were recorded in Austria (2.2%), Denmark (2.9%) "
         "and Malta (3.5%), and the highest in Spain (11.6%) and Greece (8.0% in May 2019).")
_TWO_GAPS = ("The participation rate was 61.4%, 0.5 percentage points lower than a year earlier, and 0.2 "
             "percentage points lower than the quarter before.")

# (text, index of the indicator, expected slots (subset), expected number of indicators)
CASES = [
    # 1. a pronoun subject opening a paragraph: the metric before, never the sentence
    ("The vacancy rate stood at 6.2% in March 2021.\n\nIt was 5.9% in March 2020.", 1,
     {"metric": "vacancy rate", "value": 5.9}, 2),
    # 2. footnote marks are no part of a word; a place opening the metric is its subject
    ("The UK* (GB) seasonally-adjusted** vacancy rate*** was 3.4% in June 2018.", 0,
     {"metric": "seasonally-adjusted vacancy rate", "value": 3.4}, 1),
    ("The euro area jobless rate was 7.4% in July 2019.", 0, {"metric": "jobless rate"}, 1),
    # ... a footnote digit glued to an aggregate or then to a month is no part of it either
    ("In June 2019, compared with May 2019, retail sales rose by 0.5% in the euro area3 and by 0.4% in the "
     "EU284. In May4 sales fell by 0.1% in both zones.", 2,  # "in both zones": one per place (4)
     {"metric": "sales", "period": "2019-05", "change": {"value": -0.1, "unit": _PCT, "basis": None}}, 4),
    # ... nor is the number of a class ("band two"), whatever verb opens the clause
    ("This compares with the Bundesbank's band two repo rate of 4.5 pct.", 0,
     {"metric": "band two repo rate", "value": 4.5}, 1),
    # 3. "of whom": what the whole measures
    ("Officials counted 8.4 million pensioners in the country, of whom 2.9 million lived in Scotland.", 1,
     {"metric": "pensioners", "value": 2900000}, 2),
    ("Officials counted 8.4 million pensioners, of whom 2.9 million were in Scotland.", 1,
     {"metric": "pensioners", "value": 2900000}, 2),
    # 4. a coordinated second comparison measures the first's metric
    (_TWO_GAPS, 1, {"metric": "participation rate", "change": {"value": -0.2, "unit": _PP, "basis": "qoq"}}, 2),
    # 5. superlatives name no metric; a bracketed item with its own month is an item too
    (_LIST, 0, {"metric": "jobless rates", "value": 2.2}, 5),
    (_LIST, 3, {"metric": "jobless rates", "value": 11.6}, 5),
    (_LIST, 4, {"metric": "jobless rates", "value": 8.0}, 5),
    # 6. a rate's percent of its base is its value
    ("The vacancy rate was 3.1 per cent of the housing stock, down 0.2 on the quarter.", 0,
     {"metric": "vacancy rate", "value": 3.1, "unit": _PCT}, 1),
    # 7. a verb that moves its object to a level; a bare forecast verb before a statement
    ("Cheaper oil is expected to lift Norway's savings ratio to an average 9.5 pct in 1988.", 0,
     {"metric": "savings ratio", "value": 9.5}, 1),
    ("The planning office of Daiwa Bank forecast joblessness would exceed three mln by mid-1988.", 0,
     {"metric": "joblessness", "value": 3000000, "qualifier": "above"}, 1),
    # 9. a threshold that defines a class of firms makes no indicator
    ("Mining companies each with annual turnover of at least 50 million rand saw their combined earnings "
     "reach 2.4 billion rand in May.", 0, {"value": 2400000000, "unit": "ZAR"}, 1),
    # 10. "has gone up": the subject, not the participle
    ("So far this year, the rand has gone up by 0.6 pct against the dollar.", 0,
     {"metric": "rand", "change": {"value": 0.6, "unit": _PCT, "basis": None}}, 1),
    # a second change after "and by" is its own indicator
    ("The number of jobseekers increased by 12 000 in Denmark and by 9 000 in Norway.", 1,
     {"metric": "number of jobseekers", "change": {"value": 9000, "unit": None, "basis": None}}, 2),
    # must not change: a share of a plural whole; a noun "forecast"; a projected amount; a name
    # that is the metric; "which" after a count reads the part named
    ("Renters were 31 percent of households.", 0, {"share": {"value": 31, "of": "households"}}, 1),
    ("The forecast was 3 pct growth.", 0, {"metric": "growth"}, 1),
    ("The projected deficit is 4 billion dlrs.", 0, {"metric": "projected deficit"}, 1),
    ("Chile's copper output rose 7 percent in May.", 0, {"metric": "copper output"}, 1),
    ("The region filed 4,210 patents, of which 1,150 were design patents.", 1, {"metric": "design patents"}, 2),
]


@pytest.mark.parametrize("text,index,expected,count", CASES, ids=[f"{k}:{c[0][:40]}" for k, c in enumerate(CASES)])
def test_wire_metrics3(extractor: Extractor, text: str, index: int, expected: dict, count: int) -> None:
    assert_indicator(extractor.extract(text, "t"), index, expected, count)
