"""The name, tier and rank shortcuts find exactly what the plain patterns find: the tier
start scan that takes the character before a prefix instead of looking behind it."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks.generate import generate_document
from extractor.lexicons import TierEntry
from extractor.tiers import TierMatcher


@pytest.fixture(scope="module")
def texts() -> list[str]:
    corpus = Path(__file__).resolve().parents[1] / "corpus"
    found = [p.read_text(encoding="utf-8-sig") for p in sorted(corpus.glob("*.txt"))]
    edges = ["high-tech firms", "\u2013high tech", "S&T giants, s&t-based and -new firms", "Unicorns!"]
    return found + [generate_document(5, i)[1] for i in range(40)] + edges


def _plain_starts(matcher: TierMatcher, text: str) -> list[int]:
    return [m.start() for m in matcher._starts.finditer(text)]


def test_tier_start_scan_finds_the_look_behind_starts(texts: list[str]) -> None:
    matcher = _matcher()
    assert matcher._split_scan
    for text in texts:
        assert matcher._start_positions(text) == _plain_starts(matcher, text)


@given(st.text(alphabet="hig tec-\u2013&S.,\nunA", max_size=40))
def test_tier_start_scan_on_made_up_text(text: str) -> None:
    matcher = _matcher()
    assert matcher._start_positions(text) == _plain_starts(matcher, text)



@lru_cache(maxsize=1)
def _matcher() -> TierMatcher:
    return TierMatcher()


def test_a_prefix_ending_in_a_non_word_character_takes_the_plain_scan() -> None:
    # "R&" ends in "&", which the look-behind allows before the next match: no shortcut.
    matcher = TierMatcher([TierEntry(id="rd", names=["R& D labs"])], heads=["firms"])
    assert not matcher._split_scan
    text = "R&R& D labs and r&d"
    assert matcher._start_positions(text) == _plain_starts(matcher, text) == [0, 2, 16]
