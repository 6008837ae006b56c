"""Entity scoring: strict (same span and label), partial (overlap, same label), per label,
and tier ids for TIER mentions."""

from __future__ import annotations

from collections import Counter

from ..models import Entity
from .counts import Counts
from .result import DocScore, ErrorItem, unpaired_errors
from .spans import pair_by_overlap

LABELS = ("TIER", "ORG", "GPE")
MODES = ("strict", "partial")


def score_entities(doc_id: str, gold: list[Entity], pred: list[Entity]) -> DocScore:
    partial_pairs = pair_by_overlap(gold, pred, lambda g, p: g.label == p.label)
    result = DocScore(pairings={"entities": partial_pairs})
    for label in (None, *LABELS):
        g_sel = [e for e in gold if label is None or e.label == label]
        p_sel = [e for e in pred if label is None or e.label == label]
        prefix = "entities" if label is None else f"entities.{label}"
        result.counts[f"{prefix}.strict"] = Counts(
            _strict_matches(g_sel, p_sel, with_tier=False), len(p_sel), len(g_sel))
        result.counts[f"{prefix}.partial"] = Counts(
            len(pair_by_overlap(g_sel, p_sel, lambda g, p: g.label == p.label)),
            len(p_sel), len(g_sel))
    g_tier = [e for e in gold if e.label == "TIER"]
    p_tier = [e for e in pred if e.label == "TIER"]
    result.counts["entities.tier"] = Counts(
        _strict_matches(g_tier, p_tier, with_tier=True), len(p_tier), len(g_tier))
    result.errors = _entity_errors(doc_id, gold, pred, partial_pairs)
    return result


def _key(e: Entity, with_tier: bool) -> tuple:
    return (e.start, e.end, e.label, e.tier if with_tier else None)


def _strict_matches(gold: list[Entity], pred: list[Entity], with_tier: bool) -> int:
    """Multiset intersection, so a duplicated prediction is counted once."""
    g = Counter(_key(e, with_tier) for e in gold)
    p = Counter(_key(e, with_tier) for e in pred)
    return sum((g & p).values())


def _entity_errors(doc_id: str, gold: list[Entity], pred: list[Entity],
                   pairs: list[tuple[int, int]]) -> list[ErrorItem]:
    errors: list[ErrorItem] = []
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        differing = [] if (g.start, g.end) == (p.start, p.end) else ["span"]
        if g.tier != p.tier:
            differing.append("tier")
        if differing:
            errors.append(ErrorItem(doc_id, "entity", "wrong", g.start, g.end, _shown(g),
                                    _shown(p), differing))
    return errors + unpaired_errors(doc_id, "entity", gold, pred, pairs, _span, _shown)


def _shown(e: Entity) -> dict:
    return {"text": e.text, "start": e.start, "end": e.end, "label": e.label, "tier": e.tier}


def _span(item: Entity) -> tuple[int, int]:
    return item.start, item.end
