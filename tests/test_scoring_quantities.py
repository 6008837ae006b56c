import pytest

from extractor.models import Quantity
from extractor.scoring.quantities import score_quantities


def q(start, end, value, unit=None, qualifier="exact", concept=None, text="x"):
    return Quantity(text=text, start=start, end=end, value=value, unit=unit,
                    qualifier=qualifier, concept=concept)


def prf(result, metric):
    c = result.counts[f"quantities.{metric}"]
    return round(c.precision, 4), round(c.recall, 4), round(c.f1, 4)


def test_hand_computed_pair_of_lists():
    gold = [q(0, 10, 200, None, "approx", "technology transfer projects"),
            q(20, 25, 35, "percent", "up", "turnover"),
            q(40, 57, 7.08e9, "CNY", "exact", "budget deficit")]
    pred = [q(7, 10, 200, None, "exact", "projects"),           # overlaps gold 0
            q(20, 25, 35, "percent", "up", "turnover"),          # exact match
            q(40, 57, 7.08e6, "CNY", "exact", "budget deficit"),  # scale error
            q(80, 82, 5)]                                        # spurious
    result = score_quantities("d", gold, pred)
    assert result.pairings["quantities"] == [(0, 0), (1, 1), (2, 2)]
    assert prf(result, "span") == (0.75, 1.0, pytest.approx(0.8571, abs=1e-4))
    # value: pairs 0 and 1 -> 2/4, 2/3
    assert prf(result, "value") == (0.5, 0.6667, 0.5714)
    assert prf(result, "value+unit") == (0.5, 0.6667, 0.5714)
    # value+qualifier: only pair 1 (approx vs exact on pair 0)
    assert prf(result, "value+qualifier") == (0.25, 0.3333, 0.2857)
    # value+concept: "projects" vs "technology transfer projects": P 1, R 1/3 -> F1 .5 match
    assert prf(result, "value+concept") == (0.5, 0.6667, 0.5714)
    kinds = sorted((e.kind, e.start) for e in result.errors)
    assert kinds == [("spurious", 80), ("wrong", 0), ("wrong", 40)]
    scale = next(e for e in result.errors if e.start == 40)
    assert scale.fields == ["value"]


def test_largest_overlap_wins_the_pairing():
    gold = [q(0, 10, 1), q(12, 20, 2)]
    pred = [q(8, 18, 2)]                 # overlaps gold 0 by 2, gold 1 by 6
    result = score_quantities("d", gold, pred)
    assert result.pairings["quantities"] == [(1, 0)]
    assert prf(result, "value") == (1.0, 0.5, 0.6667)


def test_tie_in_overlap_goes_to_the_closer_start():
    gold = [q(0, 4, 1), q(4, 8, 1)]
    pred = [q(2, 6, 1)]                  # overlaps both by 2; starts 2 from each
    result = score_quantities("d", gold, pred)
    assert result.pairings["quantities"] == [(0, 0)]


def test_empty_gold_and_empty_predictions():
    both_empty = score_quantities("d", [], [])
    assert prf(both_empty, "value") == (1.0, 1.0, 1.0)
    nothing_found = score_quantities("d", [q(0, 1, 1)], [])
    assert prf(nothing_found, "value") == (1.0, 0.0, 0.0)
    nothing_there = score_quantities("d", [], [q(0, 1, 1)])
    assert prf(nothing_there, "value") == (0.0, 1.0, 0.0)


def test_numeric_tolerance_applies_to_values():
    result = score_quantities("d", [q(0, 5, 1 / 3)], [q(0, 5, 0.3333334)])
    assert prf(result, "value") == (1.0, 1.0, 1.0)
    result = score_quantities("d", [q(0, 5, 1 / 3)], [q(0, 5, 0.3334)])
    assert prf(result, "value") == (0.0, 0.0, 0.0)
