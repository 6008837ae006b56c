"""Score a corpus: pair gold and predicted documents, sum counts, name the figures."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import Document
from .counts import Counts, Share
from .entities import LABELS, MODES, score_entities
from .indicators import SLOTS as INDICATOR_SLOTS
from .indicators import score_indicators
from .quantities import METRICS as QUANTITY_METRICS
from .quantities import score_quantities
from .rankings import SLOTS as RANKING_SLOTS
from .rankings import score_rankings
from .result import DocScore

PRF = ("precision", "recall", "f1")


def score_document(gold: Document, pred: Document) -> DocScore:
    """Every figure of one document; ``gold.doc_id`` names it in error items."""
    doc_id = gold.doc_id
    result = DocScore()
    for part in (score_quantities(doc_id, gold.quantities, pred.quantities),
                 score_entities(doc_id, gold.entities, pred.entities),
                 score_indicators(doc_id, gold.indicators, pred.indicators),
                 score_rankings(doc_id, gold.rankings, pred.rankings)):
        result.merge(part)
        result.pairings.update(part.pairings)
    return result


@dataclass
class CorpusScore:
    overall: DocScore = field(default_factory=DocScore)
    documents: dict[str, DocScore] = field(default_factory=dict)


def score_corpus(pairs: list[tuple[Document, Document]]) -> CorpusScore:
    """Micro-averaged: counts are summed over documents before P/R/F1 are taken."""
    corpus = CorpusScore()
    for gold, pred in pairs:
        doc = score_document(gold, pred)
        corpus.documents[gold.doc_id] = doc
        corpus.overall.merge(doc)
    return corpus


def _count_keys() -> list[str]:
    keys = [f"quantities.{name}" for name in QUANTITY_METRICS]
    keys += [f"entities.{mode}" for mode in MODES]
    keys += [f"entities.{label}.{mode}" for label in LABELS for mode in MODES]
    keys += ["entities.tier", "indicators.slots"]
    keys += [f"indicators.slot.{slot}" for slot in INDICATOR_SLOTS]
    keys += ["rankings.slots"] + [f"rankings.slot.{slot}" for slot in RANKING_SLOTS]
    return keys


COUNT_KEYS: tuple[str, ...] = tuple(_count_keys())
SHARE_KEYS: tuple[str, ...] = ("indicators.exact_match", "rankings.exact_match")
METRIC_NAMES: tuple[str, ...] = tuple(
    [f"{key}.{m}" for key in COUNT_KEYS for m in PRF] + list(SHARE_KEYS))
"""Every figure name accepted by ``--fail-under``."""


def flat_metrics(score: DocScore) -> dict[str, float]:
    """Figure name -> value, for every name in :data:`METRIC_NAMES`."""
    out: dict[str, float] = {}
    for key in COUNT_KEYS:
        counts = score.counts.get(key, Counts())
        out.update({f"{key}.{m}": getattr(counts, m) for m in PRF})
    for key in SHARE_KEYS:
        out[key] = score.shares.get(key, Share()).value
    return out
