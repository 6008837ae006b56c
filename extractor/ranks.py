"""Standings: "ranking first in the city", "the second largest in the world", and rankings
without a figure ("ranks first in the city in six aspects: A, B and C")."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from .phrases import normalise_scope


@dataclass(frozen=True, slots=True)
class RankMention:
    start: int
    end: int
    position: int
    scope: str | None
    aspects_start: int | None = None
    """Where a list of aspects begins ("...: A, B and C"), for a Ranking."""
    verbal: bool = False
    """Stated with a rank verb ("ranks first") rather than a superlative."""


def _alt(words) -> str:
    return "|".join(sorted((regex.escape(w) for w in words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    return json.loads(resources.files("extractor.data").joinpath("ranks.json").read_text())


_SCOPE_REQUIRED = r"\s+(?P<prep>in|among|across|since|nationwide)(?P<scope>(?:\s+(?!in\b|with\b|and\b|for\b|by\b|at\b|on\b|to\b|was\b|were\b|is\b)[\w'’\-]+){0,4})"
_SCOPE = rf"(?:{_SCOPE_REQUIRED})?"


@lru_cache(maxsize=1)
def _patterns() -> tuple[regex.Pattern, regex.Pattern]:
    lex = _lexicon()
    ordinal = rf"(?P<ord>{_alt(lex['ordinals'])}|No\.\s*(?P<num>\d+))"
    verb = rf"\b(?:{_alt(lex['rank_verbs'])})(?:\s+(?:among\s+the|at|as|in))?\s+(?:the\s+)?{ordinal}\b(?!\s+(?:batch|group|list|time|half|quarter))"
    superlative = rf"\b(?:the\s+)?(?:(?P<ord>{_alt(lex['ordinals'])})[\s-]+)?(?P<sup>{_alt(lex['superlatives'])})\b"
    return (regex.compile(verb + _SCOPE, regex.IGNORECASE),
            regex.compile(superlative + rf"(?:(?:\s+[\w\-]+){{0,4}}?{_SCOPE_REQUIRED})?", regex.IGNORECASE))


_NOT_SCOPE = regex.compile(r"(?:the\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:first|second|third|fourth)\s+quarter)",
                           regex.IGNORECASE)


def _position(m: regex.Match) -> int:
    if m.groupdict().get("num"):
        return int(m.group("num"))
    word = (m.group("ord") or "first").lower()
    return _lexicon()["ordinals"].get(word, 1)


def _scope(m: regex.Match) -> str | None:
    if not m.group("prep"):
        return None
    prep = m.group("prep").lower()
    words = (m.group("scope") or "").strip()
    if prep == "since":
        return f"since {words}".strip()
    if prep == "nationwide":
        return "country"
    if _NOT_SCOPE.match(words):
        return None
    return normalise_scope(words)


def find_ranks(text: str, start: int, end: int) -> list[RankMention]:
    """Rank phrases in text[start:end]; an explicit rank verb wins over a superlative."""
    verb, superlative = _patterns()
    found: list[RankMention] = []
    for m in verb.finditer(text, start, end):
        colon = text.find(":", m.end(), end)
        aspects = colon + 1 if colon != -1 and regex.match(r"\s*(?:in\s+(?:\w+\s+){0,3}(?:aspects|areas|fields|indicators|categories))?\s*$", text[m.end():colon]) else None
        found.append(RankMention(m.start(), m.end(), _position(m), _scope(m), aspects, verbal=True))
    for m in superlative.finditer(text, start, end):
        if m.group("sup").lower() == "most" and not m.group("ord"):
            continue  # "most" alone is a quantifier far more often than a rank
        if any(r.start <= m.start() < r.end for r in found):
            continue
        found.append(RankMention(m.start(), m.end(), _position(m), _scope(m)))
    return sorted(found, key=lambda r: r.start)


def split_aspects(text: str, start: int, end: int) -> list[str]:
    """ "A, B, and C." -> ["A", "B", "C"] """
    body = text[start:end].strip().rstrip(".;")
    # Only commas separate items: "and" also joins words inside an item ("planning and
    # attracting major projects in science and technology field").
    parts = regex.split(r",\s*(?:and\s+|or\s+)?|;\s*", body)
    return [p.strip().strip("\"“”") for p in parts if p and p.strip()]


_ASPECT = regex.compile(r"\s+in\s+(?P<aspect>[^,;.:]+?)(?=\s+and\s+(?:ranked\s+|ranking\s+)?(?P<next>\w+)\s+in\b|[,;.:]|$)",
                        regex.IGNORECASE)


def aspect_rankings(text: str, rank: RankMention, end: int) -> list[tuple[int, str | None, list[str]]]:
    """ "ranked third in the country in overall strength and second in knowledge creation"
    -> [(3, "country", ["overall strength"]), (2, "country", ["knowledge creation"])]."""
    out: list[tuple[int, str | None, list[str]]] = []
    position, pos = rank.position, rank.end
    ordinals = _lexicon()["ordinals"]
    while True:
        m = _ASPECT.match(text, pos, end)
        if not m:
            break
        out.append((position, rank.scope, [m.group("aspect").strip()]))
        following = (m.group("next") or "").lower()
        if following not in ordinals:
            break
        position = ordinals[following]
        pos = m.end() + len(regex.match(r"\s+and\s+(?:ranked\s+|ranking\s+)?\w+", text[m.end():end]).group())
    return out
