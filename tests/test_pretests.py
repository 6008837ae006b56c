"""A pre-test that asks for a literal word before running a pattern must never skip a text the
pattern matches. Hypothesis writes strings the pattern matches (in any letter case) and each
must hold one of the words the pre-test asks for."""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.indicators import draft_metrics, skips


def _as_re(pattern: regex.Pattern[str]) -> re.Pattern[str]:
    # hypothesis writes strings for stdlib patterns; these are written in the common syntax
    return re.compile(pattern.pattern, re.IGNORECASE if pattern.flags & regex.IGNORECASE else 0)


# (pattern, the words its pre-test looks for in the case-folded text)
PRETESTS = [
    pytest.param(skips._QUALIFYING_LEFT, ("from", "per", "based", "of"), id="skips-qualifying-left"),
    pytest.param(skips._FROM_MORE_THAN, ("from",), id="skips-from-more-than"),
    pytest.param(draft_metrics._OF_RELATIVE, ("wh",), id="draft-metrics-of-relative"),
]


@pytest.mark.parametrize(("pattern", "words"), PRETESTS)
def test_every_match_holds_a_word_of_the_pretest(pattern: regex.Pattern[str], words: tuple[str, ...]) -> None:
    matched = []

    @settings(max_examples=300, deadline=None, derandomize=True)
    @given(st.from_regex(_as_re(pattern)))
    def check(text: str) -> None:
        if pattern.search(text):  # not always: the two modules differ on rare spaces such as U+001F
            matched.append(text)
            assert any(w in text.casefold() for w in words), text

    check()
    assert len(matched) > 50  # the property was tried on real matches


def test_valued_at_needs_the_word_valued() -> None:
    # its look-behind has alternatives of unequal length (the regex module only): the words after it
    source = skips._VALUED_AT.pattern
    bare = re.compile(source[source.index(r"\bvalued"):], re.IGNORECASE)

    @settings(max_examples=300, deadline=None, derandomize=True)
    @given(st.from_regex(bare))
    def check(text: str) -> None:
        if skips._VALUED_AT.search(text):
            matched.append(text)
            assert "valued" in text.casefold(), text

    matched: list[str] = []
    check()
    assert len(matched) > 50
