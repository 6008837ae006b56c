"""Golden test over the shipped corpus: extraction of every corpus document against its
hand-labelled gold, and the records' own consistency (every offset points at its surface)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.models import Document
from extractor.pipeline import Extractor
from extractor.reading import read_text
from extractor.scoring import flat_metrics, score_corpus

ROOT = Path(__file__).resolve().parents[1]
GOLD = sorted((ROOT / "gold").glob("*.json"))
REFERENCE = "dalian-htz-2022-05-07"


@pytest.fixture(scope="module")
def pairs() -> dict[str, tuple[Document, Document, str]]:
    ex = Extractor()
    out = {}
    for path in GOLD:
        gold = Document.model_validate_json(path.read_text(encoding="utf-8"))
        text = read_text(ROOT / "corpus" / f"{gold.doc_id}.txt")
        out[gold.doc_id] = (gold, ex.extract(text, gold.doc_id), text)
    return out


def test_every_corpus_text_has_gold() -> None:
    texts = {p.stem for p in (ROOT / "corpus").glob("*.txt")}
    assert texts == {p.stem for p in GOLD}
    assert len(texts) >= 7


def test_offsets_point_at_surfaces(pairs) -> None:
    for _, pred, text in pairs.values():
        for record in [*pred.quantities, *pred.entities]:
            assert text[record.start:record.end] == record.text
        for item in [*pred.indicators, *pred.rankings]:
            assert 0 <= item.evidence.start < item.evidence.end <= len(text)


def test_reference_bulletin_meets_the_issue_bars(pairs) -> None:
    gold, pred, _ = pairs[REFERENCE]
    figures = flat_metrics(score_corpus([(gold, pred)]).overall)
    assert figures["quantities.value+unit.f1"] >= 0.95
    assert figures["entities.tier.f1"] >= 0.95
    assert figures["indicators.slots.f1"] >= 0.9
    (ranking,) = pred.rankings
    assert (ranking.position, ranking.scope, len(ranking.aspects)) == (1, "city", 6)


def test_corpus_figures_do_not_regress(pairs) -> None:
    figures = flat_metrics(score_corpus([(g, p) for g, p, _ in pairs.values()]).overall)
    assert figures["quantities.value.f1"] >= 0.95
    assert figures["indicators.slots.f1"] >= 0.75
