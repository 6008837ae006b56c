"""Cue lexicons (``data/roles.json``, ``data/phrases.json``) loaded once and compiled.

Everything here is built at first use and cached: assembly runs per figure, the regexes
must not be compiled per call.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}&'’\-/]*")
"""A word for phrase cutting: keeps "R&D", "and/or", "China-Europe", "country's" whole."""


def _load(name: str) -> dict:
    return json.loads(resources.files("extractor.data").joinpath(name).read_text(encoding="utf-8"))


def _alternation(phrases: list[str]) -> str:
    escaped = sorted((regex.escape(p).replace(r"\ ", r"\s+") for p in phrases), key=len, reverse=True)
    return "|".join(escaped)


@dataclass(frozen=True)
class Cues:
    """Compiled cue patterns and word sets."""

    share_left: regex.Pattern
    total_left: regex.Pattern
    total_right: regex.Pattern
    existential: regex.Pattern
    stock_right: regex.Pattern
    stock_clause: regex.Pattern
    new_left: regex.Pattern
    comparison_left: regex.Pattern
    basis: dict[str, regex.Pattern]
    intro: regex.Pattern
    verbs: frozenset[str]
    prepositions: frozenset[str]
    keep_prepositions: frozenset[str]
    clause_words: frozenset[str]
    determiners: frozenset[str]
    pronouns: frozenset[str]
    direction_words: frozenset[str]
    number_modifiers: frozenset[str]
    scope_stop: frozenset[str]


def _suffix(phrases: list[str]) -> regex.Pattern:
    """Matches when the text window ENDS with one of the phrases (cue just before a figure)."""
    return regex.compile(rf"(?:^|\W)(?:{_alternation(phrases)})\W*$", regex.IGNORECASE)


def _prefix(phrases: list[str]) -> regex.Pattern:
    return regex.compile(rf"^\W*(?:{_alternation(phrases)})\b", regex.IGNORECASE)


@lru_cache(maxsize=1)
def cues() -> Cues:
    roles, words = _load("roles.json"), _load("phrases.json")
    return Cues(
        share_left=_suffix(roles["share_left"]),
        total_left=_suffix(roles["total_left"]),
        total_right=_prefix(roles["total_right"]),
        existential=regex.compile(rf"\b(?:{_alternation(roles['existential'])})\b", regex.IGNORECASE),
        stock_right=_prefix(roles["stock_right"]),
        stock_clause=regex.compile(rf"(?<![\w-])(?:{_alternation(roles['stock_clause'])})(?![\w-])", regex.IGNORECASE),
        new_left=_suffix(roles["new_left"]),
        comparison_left=regex.compile(
            rf"(?:^|\W)(?:{_alternation(roles['comparison_left'])})(?:\s+(?:a|an|the|only))?"
            rf"(?:\s+(?:budgeted|revised|provisional|forecast|estimated|record|previous|downwards?|upwards?))*\W*$",
            regex.IGNORECASE),
        basis={k: regex.compile(rf"(?<![\w-])(?:{_alternation(v)})(?![\w-])", regex.IGNORECASE)
               for k, v in roles["basis"].items()},
        intro=regex.compile(rf"^\W*(?:{_alternation(roles['intro_phrases'])})\b[^,]*?,?\s*", regex.IGNORECASE),
        verbs=frozenset(words["verbs"]),
        prepositions=frozenset(words["prepositions"]),
        keep_prepositions=frozenset(words["keep_prepositions"]),
        clause_words=frozenset(words["clause_words"]),
        determiners=frozenset(words["determiners"]),
        pronouns=frozenset(words["pronouns"]),
        direction_words=frozenset(words["direction_words"]),
        number_modifiers=frozenset(words["number_modifiers"]),
        scope_stop=frozenset(roles["scope_stop"]),
    )
