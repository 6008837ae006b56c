"""Phrase comparison (SPEC "Scoring"): token sets, stop words out, plural fold, token F1."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

import regex

MATCH_THRESHOLD = 0.5
"""Two phrases are equal when their token F1 reaches this (SPEC)."""

_WORD = regex.compile(r"[\p{L}\p{N}]+")
_SCOPE_DROP = frozenset({"the", "whole", "entire", "total", "all"})
_POSSESSIVE = re.compile(r"['’]s\b")


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """The stop-word list shipped in ``extractor/data/stopwords.txt``."""
    raw = files("extractor").joinpath("data/stopwords.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower() for line in raw.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )


def fold_plural(word: str) -> str:
    """A deliberately simple fold so "patents" meets "patent" and "companies" "company"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def phrase_tokens(phrase: str) -> frozenset[str]:
    """Lower-cased word tokens without stop words and punctuation, plurals folded."""
    stops = stop_words()
    words = _WORD.findall(phrase.lower())
    return frozenset(fold_plural(w) for w in words if w not in stops)


def token_f1(gold: str, pred: str) -> float:
    """Token-set F1 of two phrases; phrases of only stop words compare as raw text."""
    g, p = phrase_tokens(gold), phrase_tokens(pred)
    if not g or not p:
        return 1.0 if (not g and not p and gold.strip().lower() == pred.strip().lower()) else 0.0
    common = len(g & p)
    if common == 0:
        return 0.0
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall)


def phrases_match(gold: str | None, pred: str | None) -> bool:
    """SPEC phrase equality; two nulls are equal, a null and a phrase are not."""
    if gold is None or pred is None:
        return gold is None and pred is None
    return token_f1(gold, pred) >= MATCH_THRESHOLD


def normalise_scope(scope: str | None) -> str | None:
    """``share.of`` / ``rank.scope`` normal form: lower case, no "'s", no the/whole/all..."""
    if scope is None:
        return None
    words = _POSSESSIVE.sub("", scope.lower()).split()
    kept = [w for w in words if w not in _SCOPE_DROP]
    return " ".join(kept) or None
