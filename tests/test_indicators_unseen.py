"""Indicator causes found on texts the extractor had never seen (held-out sets): zero
changes said in words, counts of bodies as stocks, follow-on clauses. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest

from conftest import indicator_slots as _slots
from extractor.pipeline import Extractor

# "unchanged", "no growth", "flat": a change of 0 (percent), with or without a written zero.
ZERO_CHANGE_CASES = [
    ("Mining output fell 2 pct while output of consumer goods was unchanged.", 1,
     {"metric": "output of consumer goods", "change": {"value": 0, "unit": "percent", "basis": None}}),
    ("Rises were seen in Opticians (0.3 per cent), while Garden supplies was unchanged (0.0 per cent).", 1,
     {"metric": "Garden supplies", "change": {"value": 0, "unit": "percent", "basis": None}}),
    ("Monthly services output showed no growth in May 2024, but grew by 0.3% in the three months to "
     "May 2024.", 0, {"metric": "Monthly services output", "period": "2024-05",
                      "change": {"value": 0, "unit": "percent", "basis": "mom"}}),
    # the follow-on clause after a zero change takes its metric
    ("Monthly services output showed no growth in May 2024, but grew by 0.3% in the three months to "
     "May 2024.", 1, {"metric": "Monthly services output", "period": "2024-03/2024-05",
                      "change": {"value": 0.3, "unit": "percent", "basis": "qoq"}}),
    ("Airfares jumped 4.1 percent in June after coming in unchanged in the previous month.", 1,
     {"metric": "Airfares", "change": {"value": 0, "unit": "percent", "basis": "mom"}}),
    ("Card spending rose 0.4 per cent in May 2023. This follows a broadly unchanged reading (0.0 per cent) "
     "in April 2023.", 1, {"metric": "Card spending", "period": "2023-04", "change": {"value": 0, "unit": "percent", "basis": None}}),
    # a figure right after the phrase is its own: the level, no invented zero
    ("The jobless rate remained flat at 4.3 percent in March 2022.", 0,
     {"value": 4.3, "unit": "percent", "period": "2022-03"}),
]

# A count of a kind of body named right after it is the stock (total); a flow verb before
# it or an active verb after the counted phrase keeps it a value.
STOCK_COUNT_CASES = [
    ("The high-tech zone has cultivated 92 gazelle enterprises and 8 unicorn enterprises.", 0,
     {"metric": "gazelle enterprises", "tier": "gazelle", "total": 92}),
    ("Announced in May, the register lists 215 gazelles (firms growing fast for three years), "
     "48 potential unicorns and four unicorns.", 1,
     {"metric": "potential unicorns", "tier": "potential_unicorn", "total": 48}),
    ("In 2022, 310 technology-based SMEs received vouchers from the district.", 0, {"value": 310}),
    ("The county will help at least six companies prepare for listing.", 0, {"value": 6}),
    ("The park attracted 35 companies in 2021.", 0, {"value": 35}),
]

# A follow-on clause that opens with a link word and an article, the figure and then a
# change noun, has no subject of its own.
FOLLOW_ON_CASES = [
    ("Furniture prices climbed 2.2 percent in May, following a 0.6 percent decline in April.", 1,
     {"metric": "Furniture prices", "change": {"value": -0.6, "unit": "percent", "basis": None}}),
    ("Factory output rose 0.8 percent in the fourth quarter, following a revised 0.3 percent contraction in "
     "the third quarter.", 1, {"metric": "Factory output"}),
]


# "the September 2024 quarter": the quarter that ends that month; such releases compare
# with the quarter before.
QUARTER_BY_MONTH_CASES = [
    ("Canada's retail volumes fell 0.4 percent in the December 2023 quarter.", 0,
     {"period": "2023-10/2023-12", "change": {"value": -0.4, "unit": "percent", "basis": "qoq"}}),
    ("Farm output rose 2.0 percent in the March 2021 quarter, following a revised 0.5 percent decrease in "
     "the December 2020 quarter.", 1,
     {"metric": "Farm output", "period": "2020-10/2020-12",
      "change": {"value": -0.5, "unit": "percent", "basis": "qoq"}}),
]

# "X led the rises": the figure ranks first, in the place the document is about.
LEAD_CASES = [
    ("Irish consumer prices rose 0.5 percent in Ireland in May. In Ireland, rents led the way higher, "
     "climbing 1.9 percent in May.", 1, {"rank": {"position": 1, "scope": "ireland"}}),
]


# An introduction ending in a preposition takes its object to the comma; a lone gap in
# points after a percent change compares growth rates.
METRIC_BOUNDARY_CASES = [
    ("According to the initial count, the harvest of the province was 3.2 million tonnes in 2020.", 0,
     {"metric": "harvest of the province"}),
    ("The county's tourism revenue was 5.1 billion yuan in 2022, up 8.3 percent year on year and "
     "1.2 percentage points higher than that of the whole province.", 1,
     {"metric": "tourism revenue growth", "change": {"value": 1.2, "unit": "percentage_point", "basis": None}}),
]


def _check(got: dict, expected: dict) -> None:
    for key, value in expected.items():
        assert got.get(key) == value, (key, got)


_CASES = ZERO_CHANGE_CASES + STOCK_COUNT_CASES + FOLLOW_ON_CASES + QUARTER_BY_MONTH_CASES + LEAD_CASES \
    + METRIC_BOUNDARY_CASES


@pytest.mark.parametrize("text,index,expected", _CASES, ids=[f"{c[0][:40]}-{c[1]}" for c in _CASES])
def test_unseen_causes(extractor: Extractor, text: str, index: int, expected: dict) -> None:
    doc = extractor.extract(text, "t")
    _check(_slots(doc.indicators[index]), expected)


def test_zero_phrase_is_no_quantity(extractor: Extractor) -> None:
    """The text writes no number for "no growth": the zero change is no quantity."""
    doc = extractor.extract("Services output showed no growth in May 2024.", "t")
    assert doc.quantities == []
    assert [i.change.value for i in doc.indicators] == [0]
