"""The quantity_matcher spaCy component on ``spacy.blank("en")``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

import extractor.components  # noqa: F401  (registers the factory and Doc extensions)
from extractor.mentions import QuantityMention
from extractor.quantities import find_quantities

DEV = Path("/work/shared/dev")
REFERENCE = Path(__file__).resolve().parents[1] / "corpus" / "dalian-htz-2022-05-07.txt"


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.blank("en")
    pipeline.add_pipe("quantity_matcher")
    return pipeline


def test_component_sets_quantities_and_spans(nlp):
    text = "In 2021, 1,897 invention patents were granted, up 35% year-on-year (about $2 billion)."
    doc = nlp(text)
    mentions = doc._.quantities
    assert all(isinstance(m, QuantityMention) for m in mentions)
    assert [text[m.start:m.end] for m in mentions] == ["1,897", "35%", "about $2 billion"]
    spans = doc.spans["quantities"]
    assert [s.label_ for s in spans] == ["count", "percent", "USD"]
    for span, mention in zip(spans, mentions):
        # token-aligned spans cover the character mention
        assert span.start_char <= mention.start and mention.end <= span.end_char


def test_component_on_empty_and_numberless_text(nlp):
    assert nlp("")._.quantities == []
    doc = nlp("The High-tech Zone ranks first in the city.")
    assert doc._.quantities == [] and len(doc.spans["quantities"]) == 0


def test_component_agrees_with_library(nlp):
    text = REFERENCE.read_text(encoding="utf-8-sig")
    assert nlp(text)._.quantities == find_quantities(text)


def test_reference_bulletin_checked_by_eye():
    text = REFERENCE.read_text(encoding="utf-8-sig")
    by_surface = {text[m.start:m.end]: m for m in find_quantities(text)}
    assert by_surface["14.68 billion"].value == 14_680_000_000
    assert by_surface["14.68 billion"].unit is None
    assert by_surface["1,068"].value == 1068
    assert by_surface["nearly 200"].qualifier == "approx"
    assert by_surface["More than 100"].qualifier == "above"
    assert by_surface["100%"].unit == "percent"
    assert by_surface["1010"].value == 1010
    assert not any(s.startswith(("2022", "16:53", "2021")) for s in by_surface)


def _dev_pairs():
    if not (DEV / "gold").is_dir():
        return []
    return sorted((DEV / "gold").glob("*.json"))


@pytest.mark.skipif(not _dev_pairs(), reason="dev set /work/shared/dev not present")
def test_dev_gold_value_f1_at_least_0_9():
    matched = predicted = expected = 0
    for gold_path in _dev_pairs():
        gold = json.loads(gold_path.read_text(encoding="utf-8"))["quantities"]
        text = (DEV / "texts" / f"{gold_path.stem}.txt").read_text(encoding="utf-8-sig")
        found = find_quantities(text)
        predicted += len(found)
        expected += len(gold)
        by_span = {(g["start"], g["end"]): g for g in gold}
        for m in found:
            g = by_span.get((m.start, m.end))
            if g and abs(m.value - g["value"]) <= 1e-6 * max(1, abs(g["value"])):
                matched += 1
    precision, recall = matched / predicted, matched / expected
    assert 2 * precision * recall / (precision + recall) >= 0.9


def test_glued_money_letters_must_be_glued_letters():
    from pydantic import ValidationError

    from extractor.quantity_lexicon import Scales

    with pytest.raises(ValidationError):
        Scales.model_validate({"scales": {}, "glued": {"m": 10**6}, "glued_need_money": ["M"]})


def test_direction_lexicon_is_unambiguous():
    from extractor.quantity_lexicon import directions

    lex = directions()
    for where in ("before", "after"):
        up, down = set(getattr(lex.up, where)), set(getattr(lex.down, where))
        assert up & down == set(), f"both a rise and a fall ({where}): {sorted(up & down)}"
    triggers = set(lex.up.before) | set(lex.down.before)
    assert triggers & set(lex.not_directions) == set()


def test_a_mistyped_lexicon_key_fails_loudly() -> None:
    from pydantic import ValidationError

    from extractor.quantity_lexicon import Scales

    assert Scales.model_validate({"scales": {"million": 10**6}, "_comment": "notes are fine"}).scales
    with pytest.raises(ValidationError):
        Scales.model_validate({"scales": {"million": 10**6}, "glueed": {"m": 10**6}})
