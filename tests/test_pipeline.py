"""The Extractor object: reuse across documents, and bounded memory over long batches."""

from __future__ import annotations

import extractor.pipeline as pipeline
from extractor.pipeline import Extractor

_TEXT = "In 2021 the zone added 12 gazelle enterprises, up 20% year on year, to 4,371."


def test_pipeline_is_rebuilt_once_the_vocabulary_has_grown(monkeypatch) -> None:
    monkeypatch.setattr(pipeline, "_MAX_NEW_STRINGS", 5)
    ex = Extractor()
    first = ex.nlp
    record = ex.extract(_TEXT, "a")
    assert ex.nlp is not first  # the document's new strings passed the limit
    assert ex.extract(_TEXT, "a") == record  # a fresh pipeline gives the same records


def test_pipeline_is_kept_while_the_vocabulary_is_small() -> None:
    ex = Extractor()
    first = ex.nlp
    ex.extract(_TEXT, "a")
    assert ex.nlp is first


def test_collector_is_frozen_after_the_first_document_and_thawed_on_rebuild(monkeypatch) -> None:
    import gc

    gc.unfreeze()
    ex = Extractor(freeze_gc=True)
    ex.extract(_TEXT, "a")
    assert gc.get_freeze_count() > 0  # the pipeline's objects are out of the collector's reach
    monkeypatch.setattr(pipeline, "_MAX_NEW_STRINGS", 0)
    ex.extract("A new string: 987654321.", "b")  # grows the vocabulary: the pipeline is dropped
    assert gc.get_freeze_count() == 0  # so its cycles are collectable again
    gc.unfreeze()


def test_collector_is_left_alone_by_default() -> None:
    import gc

    gc.unfreeze()
    Extractor().extract(_TEXT, "a")
    assert gc.get_freeze_count() == 0
