"""Scoring of predicted documents against gold, exactly as SPEC.md "Scoring" describes.

Library entry points: :func:`score_corpus` (micro-averaged and per document),
:func:`flat_metrics` (figure name -> value) and :data:`METRIC_NAMES`.
"""

from .corpus import METRIC_NAMES, CorpusScore, flat_metrics, score_corpus, score_document
from .counts import Counts, Share
from .result import DocScore, ErrorItem

__all__ = ["METRIC_NAMES", "CorpusScore", "Counts", "DocScore", "ErrorItem", "Share",
           "flat_metrics", "score_corpus", "score_document"]
