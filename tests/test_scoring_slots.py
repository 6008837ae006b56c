"""Indicators and rankings: optimal pairing and slot-level scores, hand-computed."""

import pytest

from extractor.models import Indicator, Ranking
from extractor.scoring.indicators import score_indicators
from extractor.scoring.rankings import matched_aspects, score_rankings

EVIDENCE = {"start": 0, "end": 10}


def ind(**fields):
    return Indicator.model_validate({"evidence": EVIDENCE} | fields)


def rounded(counts):
    return round(counts.precision, 4), round(counts.recall, 4), round(counts.f1, 4)


GOLD = [
    # 7 filled slots: metric tier period new total share.value share.of
    ind(metric="gazelle enterprises", tier="gazelle", period="2021", new=23, total=60,
        share={"value": 40, "of": "city"}),
    # 6 filled slots: metric period value change.value change.unit change.basis
    ind(metric="invention patents", period="2021", value=1897,
        change={"value": 12.5, "unit": "percent", "basis": "yoy"}),
]
PRED = [
    ind(metric="patents", period="2020", value=1897, qualifier="approx",
        change={"value": 12.5, "unit": "percent"}),                # 4 of 6 right
    ind(metric="exports", value=5),                                 # shares nothing
    ind(metric="gazelles", tier="gazelle", period="2021", new=23, total=600,
        share={"value": 40, "of": "the whole city"}, qualifier="exact"),  # 6 of 7 right
]


def test_indicator_slots_hand_computed():
    result = score_indicators("d", GOLD, PRED)
    assert result.pairings["indicators"] == [(0, 2), (1, 0)]
    # correct 6 + 4 = 10; predicted 7 + 6 + 2 = 15; gold 7 + 6 = 13
    slots = result.counts["indicators.slots"]
    assert (slots.correct, slots.predicted, slots.gold) == (10, 15, 13)
    assert rounded(slots) == (0.6667, 0.7692, 0.7143)
    assert rounded(result.counts["indicators.slot.total"]) == (0.0, 0.0, 0.0)
    # a qualifier where gold has the default "exact": spurious slot, nothing to find
    assert rounded(result.counts["indicators.slot.qualifier"]) == (0.0, 1.0, 0.0)
    assert rounded(result.counts["indicators.slot.share.of"]) == (1.0, 1.0, 1.0)
    assert result.shares["indicators.exact_match"].value == 0.0
    assert sorted(x.fields for x in result.errors if x.kind == "wrong") == [
        ["period", "qualifier", "change.basis"], ["total"]]
    assert [e.kind for e in result.errors if e.kind != "wrong"] == ["spurious"]
    item = next(e for e in result.errors if e.fields == ["total"])
    assert (item.gold["total"], item.pred["total"]) == (60, 600)


def test_exact_match_needs_every_slot_equal_and_exact_counts_as_empty():
    gold = [GOLD[0], ind(metric="budget deficit", value=7.08e9, unit="CNY")]
    pred = [GOLD[0].model_copy(update={"qualifier": "exact"}),
            ind(metric="deficit", value=7.08e9, unit="CNY", qualifier="approx")]
    result = score_indicators("d", gold, pred)
    assert result.shares["indicators.exact_match"].hits == 1
    assert result.shares["indicators.exact_match"].value == 0.5


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_tie_in_equal_slots_goes_to_the_closer_metric(order):
    # Both gold share one equal slot (value) with the prediction and neither metric matches
    # (token F1 0.2857 vs 0.4 < 0.5); the pairing must take the closer one.
    far = ind(metric="crude oil exports total", value=10)
    near = ind(metric="grain imports", value=10)
    gold = [[far, near][i] for i in order]
    result = score_indicators("d", gold, [ind(metric="oil imports volume", value=10)])
    near_index = gold.index(near)
    assert result.pairings["indicators"] == [(near_index, 0)]


def test_optimal_assignment_beats_greedy():
    # Pairing by metric (gold 0 with pred 0: 2 slots) leaves gold 1 with pred 1 (1 slot): 3.
    # The optimum crosses over: gold 0 with pred 1 (value, period) + gold 1 with pred 0
    # (value, new) = 4, so the slot count beats the closer metric.
    gold = [ind(metric="a b", value=1, period="2020"), ind(metric="c d", value=1, new=5)]
    pred = [ind(metric="a b", value=1, new=5, period="1999"),
            ind(metric="x y", value=1, period="2020")]
    result = score_indicators("d", gold, pred)
    assert result.counts["indicators.slots"].correct == 4
    assert result.pairings["indicators"] == [(0, 1), (1, 0)]


def test_empty_sides():
    assert rounded(score_indicators("d", [], []).counts["indicators.slots"]) == (1.0, 1.0, 1.0)
    missed = score_indicators("d", GOLD, [])
    assert rounded(missed.counts["indicators.slots"]) == (1.0, 0.0, 0.0)
    assert [e.kind for e in missed.errors] == ["missed", "missed"]
    spurious = score_indicators("d", [], PRED)
    assert rounded(spurious.counts["indicators.slots"]) == (0.0, 1.0, 0.0)
    assert spurious.shares["indicators.exact_match"].value == 1.0


def test_scale_error_costs_the_value_slot_only():
    gold = [ind(metric="budget deficit", value=7.08e9, unit="CNY")]
    pred = [ind(metric="budget deficit", value=7.08e6, unit="CNY")]
    counts = score_indicators("d", gold, pred).counts
    assert (counts["indicators.slots"].correct, counts["indicators.slot.value"].correct) == (2, 0)


def test_ranking_slots_hand_computed():
    gold = [Ranking(position=1, scope="city", period="2021", evidence=EVIDENCE,
                    aspects=["industry-university-research alliance", "patent applications",
                             "talent"])]
    pred = [Ranking(position=1, scope="the whole city", evidence=EVIDENCE,
                    aspects=["alliances", "patent applications", "tax"])]
    result = score_rankings("d", gold, pred)
    # correct: position, scope, one aspect = 3; predicted 2 + 3 = 5; gold 3 + 3 = 6
    assert rounded(result.counts["rankings.slots"]) == (0.6, 0.5, 0.5455)
    assert rounded(result.counts["rankings.slot.aspects"]) == (0.3333, 0.3333, 0.3333)
    assert result.shares["rankings.exact_match"].value == 0.0


def test_aspects_pair_one_to_one():
    assert matched_aspects(["patents", "patent grants"], ["patents"]) == 1
