"""Metrics of wire stories and bulletins, tenth set: an adverb or a verb of having between a
subject and its verb ("The total also marks", "the region again saw X rise"), a compared
figure headed by the metric's own noun ("from a revised surplus of"), a change "in" a
target with a period, a ranked list "in" a measure, "per" inside a metric, a figure said of
"both" places (one indicator per place), a gapped second change ("and 1.1% in B"), and
"remained stable" as a zero change. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from conftest import assert_indicator, indicator_slots as _slots
from extractor.pipeline import Extractor

_ANAPHOR = ("Yunnan's tourism revenue reached 410 billion yuan in 2019.\n\n"
            "The figure also represents a 21.4 percent increase over 2017, officials said.")
_SAW = ("Guangxi's exports rose 6 percent in the first quarter. The region also saw its trade with "
        "Vietnam climb 11.5 percent to 48 billion yuan.")
_REVISED = ("The visible trade gap was 9.4 billion pounds in the fourth quarter, a narrowing of 0.8 billion "
            "pounds from a revised gap of 10.2 billion pounds in the third quarter.")
_LEVEL = ("Coal output stood at 310 million tonnes in 2022, down 12 million tonnes from a level of "
          "322 million tonnes in 2021.")
_TARGET = ("The treasurer unveiled a 1.5 billion dlr cut in the province's capital works budget for 1988/89 "
           "to 6.2 billion dlrs.")
_RANKED = ("Among the Member States, the largest falls in construction output were observed in Hungary (-5.2%), "
           "Austria (-3.9%) and Ireland (-2.6%), and the smallest in Sweden (-0.2%).")
_PER = ("The planted area was 1.8 million hectares, 2.4 percent less than last year, and output per hectare "
        "rose 3.3 percent to 6.4 tonnes.")
_BOTH_NAMED = "In May 2014 compared with April 2014, energy prices fell 0.6% in both the euro area and the EU28."
_BOTH_ZONES = ("Food prices rose by 0.2% in the euro area and by 0.4% in the EU28. Service prices rose by 0.7% "
               "in both zones.")
_GAPPED = "Transport costs climbed 1.4% in the euro area and 1.1% in the EU28."
_STABLE = "Import prices fell 0.5% in June, while export prices remained stable."

# (text, index of the indicator, expected slots (subset), expected number of indicators or None)
CASES = [
    # 2. "The figure also ...": the adverb is no part of the subject; the figure's metric
    (_ANAPHOR, 1, {"metric": "tourism revenue", "change": {"value": 21.4, "unit": "percent", "basis": None}}, 2),
    # 2. "saw X climb N to M": the small clause's object, up to its verb
    (_SAW, 1, {"metric": "trade with Vietnam", "value": 48000000000}, 2),
    ("The county again recorded farm income of 2.3 billion yuan in 2020.", 0, {"metric": "farm income"}, 1),
    # 3. a compared figure whose head is the metric's head, or a generic level
    (_REVISED, 1, {"metric": "visible trade gap", "value": 10200000000, "unit": "GBP"}, 2),
    (_LEVEL, 1, {"metric": "Coal output"}, 2),
    # 4. "a N cut in X for <period> to M": X without its period
    (_TARGET, 0, {"metric": "capital works budget", "value": 6200000000, "unit": "USD"}, 1),
    # 5. a ranked bracket list after "the largest falls in <measure> were observed in"
    (_RANKED, 0, {"metric": "construction output", "rank": {"position": 1, "scope": "member states"}}, 4),
    (_RANKED, 2, {"metric": "construction output", "rank": {"position": 3, "scope": "member states"}}, 4),
    (_RANKED, 3, {"metric": "construction output", "rank": {"position": 1, "scope": "member states"}}, 4),
    # 6. "per" inside a metric after a first clause
    (_PER, 1, {"metric": "output per hectare", "value": 6.4, "unit": "metric_ton"}, 2),
    # 6. a clock time with its zone is no figure; the rate's duration is its term
    ("The central bank said it would lend at 1215 GMT today at a rate of 8 pct for seven days.", 0,
     {"metric": "rate", "value": 8, "unit": "percent"}, 1),
    # 1. "in both ...": one indicator per place
    (_BOTH_NAMED, 1, {"metric": "energy prices", "change": {"value": -0.6, "unit": "percent", "basis": "mom"}}, 2),
    (_BOTH_ZONES, 3, {"metric": "Service prices", "change": {"value": 0.7, "unit": "percent", "basis": None}}, 4),
    # 1. a gapped second change for another place
    (_GAPPED, 1, {"metric": "Transport costs", "change": {"value": 1.1, "unit": "percent", "basis": None}}, 2),
    # 1. "remained stable": a change of 0 of its own subject
    (_STABLE, 1, {"metric": "export prices", "change": {"value": 0, "unit": "percent", "basis": None}}, 2),
    ("Among the regions, industrial jobs rose in six, fell in four and remained stable in Bremen.", 2,
     {"change": {"value": 0, "unit": "percent", "basis": None}}, 3),
    # must not change: "both" of two metrics; "in both" with no two places named before
    ("Output of both steel and cement fell 2 pct in March.", 0, {"change": {"value": -2, "unit": "percent", "basis": None}}, 1),
    ("Energy prices climbed by 2.2% in both zones.", 0, {"metric": "Energy prices"}, 1),
    ("Output per worker rose 3.1 percent to 80,000 yuan in 2020.", 0, {"metric": "Output per worker"}, 1),
]


@pytest.mark.parametrize("text,index,expected,count", CASES, ids=[f"{k}:{c[0][:40]}" for k, c in enumerate(CASES)])
def test_wire_metrics10(extractor: Extractor, text: str, index: int, expected: dict, count: int | None) -> None:
    assert_indicator(extractor.extract(text, "t"), index, expected, count)


def test_both_places_become_subjects(extractor: Extractor) -> None:
    doc = extractor.extract(_BOTH_ZONES, "t")
    assert [i.subject for i in doc.indicators[2:]] == ["euro area", "EU28"], [_slots(i) for i in doc.indicators]


@pytest.mark.parametrize("text,clock", [
    ("Dealers said the bank would act at 1100 GMT, offering funds at 9 pct.", "1100"),
    ("The auction closes at 0945 local time with bids of 3 billion yen.", "0945"),
])
def test_clock_time_is_no_quantity(extractor: Extractor, text: str, clock: str) -> None:
    doc = extractor.extract(text, "t")
    assert all(not q.text.startswith(clock) for q in doc.quantities), [q.text for q in doc.quantities]


def test_duration_after_hours_stays_a_quantity(extractor: Extractor) -> None:
    doc = extractor.extract("Staff completed 1200 hours of training in 2021.", "t")
    assert any(q.value == 1200 for q in doc.quantities)


def test_ranked_list_in_a_measure_makes_no_standing(extractor: Extractor) -> None:
    assert extractor.extract(_RANKED, "t").rankings == []
