"""The trie-folded alternation matches exactly what a plain longest-first alternation does;
a look-behind checked per match finds what the one pattern finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.literals import LedPattern, trie_pattern
from extractor.tiers import TierMatcher

_WORDS = st.lists(st.text(alphabet="abAB .&'", min_size=1, max_size=6), min_size=1, max_size=12)


def _plain(strings: list[str]) -> re.Pattern[str]:
    body = "|".join(re.escape(s) for s in sorted(set(strings), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


@given(_WORDS, st.text(alphabet="abAB .&'x", max_size=40))
def test_trie_matches_like_a_plain_alternation(strings: list[str], text: str) -> None:
    trie = re.compile(rf"(?<!\w)(?:{trie_pattern(strings)})(?!\w)")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in _plain(strings).finditer(text)]


@pytest.mark.parametrize("strings, pattern", [
    (["China", "Chile", "Chin"], "Chi(?:le|n(?:a)?)"),
    (["UK", "U.S."], "U(?:\\.S\\.|K)"),
    ([], "(?!x)x"),
])
def test_trie_pattern_shape(strings: list[str], pattern: str) -> None:
    assert trie_pattern(strings) == pattern


def test_tier_matcher_finds_mentions_only_where_a_tier_phrase_starts() -> None:
    # The start-word pre-scan must find mentions in any case and after any punctuation.
    text = "It added 12 gazelle enterprises,3 Unicorn companies and 40 (high-tech firms)."
    found = [(text[m.start:m.end], m.tier) for m in TierMatcher().find(text)]
    assert found == [("gazelle enterprises", "gazelle"), ("Unicorn companies", "unicorn"),
                     ("high-tech firms", "high_tech")]


@given(st.lists(st.text(alphabet="ab ", min_size=1, max_size=6).map(str.strip).filter(bool), min_size=1,
                max_size=8),
       st.text(alphabet="ab \n", max_size=30))
def test_trie_with_flexible_spaces_matches_like_the_plain_alternation(strings: list[str], text: str) -> None:
    plain = "|".join(sorted((re.escape(s).replace(r"\ ", r"\s+") for s in {re.sub(" +", " ", s) for s in strings}),
                            key=len, reverse=True))
    trie = trie_pattern(strings, space=r"\s+")
    as_plain = re.compile(rf"(?<!\w)(?:{plain})(?!\w)")
    as_trie = re.compile(rf"(?<!\w)(?:{trie})(?!\w)")
    assert [m.span() for m in as_trie.finditer(text)] == [m.span() for m in as_plain.finditer(text)]


@given(_WORDS, st.text(alphabet="abAB .&'x_1", max_size=40))
def test_a_look_behind_checked_per_match_finds_what_the_one_pattern_finds(strings: list[str], text: str) -> None:
    led = LedPattern(r"(?<![\w.])", rf"(?:{trie_pattern(strings)})(?![\w])")
    whole = re.compile(led.lead.pattern + led.body.pattern)
    assert [m.span() for m in led.finditer(text)] == [m.span() for m in whole.finditer(text)]
    assert led.count(text) == len(whole.findall(text))
    assert (led.search(text) and led.search(text).span()) == (whole.search(text) and whole.search(text).span())
