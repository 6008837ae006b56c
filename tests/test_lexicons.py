"""Data files and user extensions (--tiers, --patterns): loading and validation."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.errors import ExtractorError
from extractor.lexicons import (PatternEntry, TierEntry, gazetteer, load_patterns, load_tier_lexicon,
                                read_jsonl, segmentation_config)
from extractor.pipeline import build_nlp

SPEC_TIERS = {"seed", "tech_sme", "young_eagle", "gazelle", "potential_unicorn", "unicorn",
              "high_tech", "little_giant", "listed_company"}


def _write(tmp_path: Path, name: str, body: str) -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def test_builtin_data_files_validate() -> None:
    assert {e.id for e in load_tier_lexicon()} == SPEC_TIERS
    assert "Oct." in segmentation_config().abbreviations
    for name in ("gpe", "gpe_heads", "org_heads", "org_known", "name_blockers", "name_stopwords",
                 "currency_words"):
        assert gazetteer(name), name


def test_user_tiers_add_and_override(tmp_path: Path) -> None:
    path = _write(tmp_path, "tiers.jsonl",
                  '{"id": "zebra", "names": ["zebra"]}\n\n{"id": "unicorn", "modifiers": ["decacorn"]}\n')
    by_id = {e.id: e for e in load_tier_lexicon(path)}
    assert by_id["zebra"].names == ["zebra"]
    assert by_id["unicorn"].modifiers == ["decacorn"] and by_id["unicorn"].names == []
    assert SPEC_TIERS <= set(by_id)


def test_user_files_reach_the_entity_matcher(tmp_path: Path) -> None:
    tiers = _write(tmp_path, "tiers.jsonl", '{"id": "zebra", "modifiers": ["zebra"]}\n')
    patterns = _write(tmp_path, "patterns.jsonl",
                      '{"label": "ORG", "pattern": "acme widgets"}\n'
                      '{"label": "TIER", "id": "unicorn", "pattern": [{"LOWER": "decacorns"}]}\n'
                      '{"label": "GPE", "pattern": "gotham"}\n')
    doc = build_nlp(tiers, patterns)("Acme Widgets has 3 decacorns and 5 zebra firms in Gotham.")
    got = [(doc.text[e.start:e.end], e.label, e.tier) for e in doc._.entities]
    assert got == [("Acme Widgets", "ORG", None), ("decacorns", "TIER", "unicorn"),
                   ("zebra firms", "TIER", "zebra"), ("Gotham", "GPE", None)]


@pytest.mark.parametrize("body, line, problem", [
    ('{"label": "ORG", "pattern": "x"}\n{"label": "TIER", "pattern": "y"}\n', 2, "needs an 'id'"),
    ('{"label": "PERSON", "pattern": "x"}\n', 1, "label"),
    ('\n\n{"label": "ORG", "pattern": "x"\n', 3, "invalid JSON"),
    ('{"label": "ORG", "pattern": ""}\n', 1, "empty pattern"),
    ('{"label": "ORG", "pattern": "x", "lable": "GPE"}\n', 1, "lable"),
])
def test_bad_pattern_lines_name_file_line_and_problem(tmp_path: Path, body: str, line: int,
                                                      problem: str) -> None:
    path = _write(tmp_path, "patterns.jsonl", body)
    with pytest.raises(ExtractorError) as info:
        load_patterns(path)
    message = str(info.value)
    assert str(path) in message and f"line {line}" in message and problem in message


@pytest.mark.parametrize("body, problem", [
    ('{"id": "Bad Id", "names": ["x"]}\n', "id"),
    ('{"id": "zebra"}\n', "at least one"),
    ('{"id": "zebra", "synonyms": ["x"]}\n', "synonyms"),
])
def test_bad_tier_lines_are_rejected(tmp_path: Path, body: str, problem: str) -> None:
    path = _write(tmp_path, "tiers.jsonl", body)
    with pytest.raises(ExtractorError, match=problem):
        read_jsonl(path, TierEntry)


def test_bad_user_file_fails_when_the_pipeline_is_built(tmp_path: Path) -> None:
    path = _write(tmp_path, "patterns.jsonl", '{"label": "TIER", "pattern": "x"}\n')
    with pytest.raises(ExtractorError, match="line 1"):
        build_nlp(None, path)


def test_pattern_entry_accepts_token_patterns() -> None:
    entry = PatternEntry.model_validate({"label": "GPE", "pattern": [{"LOWER": "gotham"}]})
    assert entry.pattern == [{"LOWER": "gotham"}]
