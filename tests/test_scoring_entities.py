from extractor.models import Entity
from extractor.scoring.entities import score_entities


def e(start, end, label, tier=None):
    return Entity(text="x", start=start, end=end, label=label, tier=tier)


def f1(result, key):
    return round(result.counts[key].f1, 4)


def test_strict_partial_per_label_and_tier_hand_computed():
    gold = [e(0, 19, "TIER", "gazelle"), e(30, 44, "GPE"), e(50, 60, "ORG"), e(70, 80, "ORG")]
    pred = [e(0, 19, "TIER", "unicorn"),   # strict span+label, wrong tier id
            e(25, 44, "GPE"),              # partial only
            e(50, 60, "GPE"),              # right span, wrong label: no match at all
            e(70, 80, "ORG")]              # strict
    result = score_entities("d", gold, pred)
    # strict: TIER and ORG(70) -> 2/4, 2/4
    assert f1(result, "entities.strict") == 0.5
    # partial adds the GPE overlap -> 3/4
    assert f1(result, "entities.partial") == 0.75
    assert f1(result, "entities.TIER.strict") == 1.0
    assert f1(result, "entities.tier") == 0.0
    # GPE: gold 1, pred 2 (25-44, 50-60); partial 1 -> P 1/2, R 1, F1 2/3
    assert f1(result, "entities.GPE.partial") == 0.6667
    assert f1(result, "entities.GPE.strict") == 0.0
    # ORG: gold 2, pred 1, strict 1 -> P 1, R 1/2
    assert f1(result, "entities.ORG.strict") == 0.6667
    kinds = sorted((x.kind, x.start, tuple(x.fields)) for x in result.errors)
    assert kinds == [("missed", 50, ()), ("spurious", 50, ()),
                     ("wrong", 0, ("tier",)), ("wrong", 30, ("span",))]


def test_duplicate_predictions_count_once():
    result = score_entities("d", [e(0, 5, "GPE")], [e(0, 5, "GPE"), e(0, 5, "GPE")])
    counts = result.counts["entities.strict"]
    assert (counts.correct, counts.predicted, counts.gold) == (1, 2, 1)
