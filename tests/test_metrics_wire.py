"""Metric, change and share of wire stories (1987 Reuters style) and statistical bulletins:
addressees after a reporting verb, "as showing", place phrases in long subjects, a month's
possessive, follow-on clauses about "them"/"these", a bracketed percent after a change
amount and its level, "to stand at" after a change from an earlier level, and gapped
clauses. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from conftest import indicator_slots as _slots
from extractor.pipeline import Extractor

# (text, index of the indicator, expected slots (subset), expected number of indicators)
CASES = [
    # 1. the addressee of "told" / "said at" is no part of the subject
    ("Finance Minister Park Jae-won told reporters the deficit widened to about 14 billion dlrs.", 0,
     {"metric": "deficit", "value": 14000000000}, 1),
    ("A ministry aide, who asked not to be identified, told Reuters the surplus was likely to reach 9 billion dlrs "
     "by June.", 0, {"metric": "surplus"}, 1),
    ("The governor told the Federal Assembly that gold holdings stood at 410 tonnes.", 0,
     {"metric": "gold holdings"}, 1),
    ("The trade minister said at a news conference that coffee exports dropped 6 pct.", 0,
     {"metric": "coffee exports", "change": {"value": -6, "unit": "percent", "basis": None}}, 1),
    # 2. "as showing" introduces the statement
    ("A customs official cited the data as showing imports climbed 14 pct to 3.6 billion dlrs and exports "
     "slipped 2.2 pct to 2.9 billion dlrs.", 0,
     {"metric": "imports", "change": {"value": 14, "unit": "percent", "basis": None}}, 2),
    # 3. a place or body after the head is the subject's scope; a count in it is no indicator
    ("Producer costs across the nations of the European Monetary System climbed 0.6 pct in March.", 0,
     {"metric": "Producer costs"}, 1),
    ("Unemployment in the 15 southern regions in May was 8.2 pct.", 0,
     {"metric": "Unemployment", "value": 8.2}, 1),
    # 4. a month's possessive names a period: the metric is that of the figure before
    ("Output rose 0.5 pct in April.\n\nThe April gain was smaller than March's 0.9 pct gain.", 1,
     {"metric": "Output", "change": {"value": 0.9, "unit": "percent", "basis": None}}, 2),
    ("Heating oil prices climbed by 0.7 pct, more than December's 0.2 pct rise.", 1,
     {"metric": "Heating oil prices"}, 2),
    # 5. "leaving them", "which leaves them", "these were": the metric before; a gap to a level, no basis
    ("Garden centre sales volumes rose by 2.3% in May 2021, leaving them 4.1% above their pre-pandemic levels.", 1,
     {"metric": "Garden centre sales volumes", "change": {"value": 4.1, "unit": "percent", "basis": None}}, 2),
    ("Pharmacy sales volumes dropped by 0.9% in June 2021, which leaves them 2.6% below their levels in "
     "January 2019.", 1,
     {"metric": "Pharmacy sales volumes", "change": {"value": -2.6, "unit": "percent", "basis": None}}, 2),
    ("Bookshop sales volumes eased by 0.4% in July 2021; these were 6.5% below their March 2019 levels.", 1,
     {"metric": "Bookshop sales volumes", "change": {"value": -6.5, "unit": "percent", "basis": None}}, 2),
    # 6. a bracketed percent after a change amount and a level is the percent change, no share
    ("Farm spending is estimated to have risen by £0.4 billion to £12.9 billion (3.2%) on the previous quarter.", 0,
     {"metric": "Farm spending", "value": 12900000000, "change": {"value": 400000000, "unit": "GBP", "basis": "qoq"}}, 1),
    # 7. "to stand at" after a change from an earlier level: the level of the same metric
    ("Housing output has since climbed 9.4% from its previous low of £6.2 billion in Q1 2013 to stand at "
     "£6.8 billion.", 0,
     {"metric": "Housing output", "value": 6800000000, "change": {"value": 9.4, "unit": "percent", "basis": None}}, 2),
    # 8. gapping: the second clause repeats the verb of the first
    ("Sales to Brazil dropped 6.1 pct to 870 mln dlrs and purchases 15.3 pct to 1.1 billion dlrs.", 1,
     {"metric": "purchases", "value": 1100000000, "change": {"value": -15.3, "unit": "percent", "basis": None}}, 2),
    # must not change: a possessive place is an owner, a named subject after "said" stays
    ("He said Korea's shipbuilding orders rose 4 pct.", 0, {"metric": "shipbuilding orders"}, 1),
    ("Steel output rose 4 pct and coal output rose 2 pct.", 1,
     {"metric": "coal output", "change": {"value": 2, "unit": "percent", "basis": None}}, 2),
    # "from the sale of" names no earlier level: no comparison figure
    ("Income from the sale of 3 million tonnes of grain rose 5 pct.", 0,
     {"change": {"value": 5, "unit": "percent", "basis": None}}, 1),
    ("The district's revenue rose by 200 million yuan (4.5%).", 0,
     {"metric": "revenue", "change": {"value": 200000000, "unit": "CNY", "basis": None}}, 1),
    ("The 45 incubators in the park served 300 firms.", 0, {"metric": "incubators", "value": 45}, 2),
    ("Sales rose 3 pct in May. They spent 4.2 billion yuan on research and development.", 1,
     {"metric": "research and development"}, 2),
]


@pytest.mark.parametrize("text,index,expected,count", CASES, ids=[c[0][:48] for c in CASES])
def test_wire_metrics(extractor: Extractor, text: str, index: int, expected: dict, count: int) -> None:
    doc = extractor.extract(text, "t")
    assert len(doc.indicators) == count
    slots = _slots(doc.indicators[index])
    for key, value in expected.items():
        assert slots.get(key) == value, (key, slots)
    assert "share" not in slots or "share" in expected


def test_gapped_percent_reads_as_a_fall(extractor: Extractor) -> None:
    """The elided verb's direction is the percent's qualifier too."""
    doc = extractor.extract("Sales to Brazil dropped 6.1 pct to 870 mln dlrs and purchases 15.3 pct to 1.1 billion dlrs.", "t")
    assert [q.qualifier for q in doc.quantities if q.unit == "percent"] == ["down", "down"]
