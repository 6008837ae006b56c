"""A zero change said in words: "output showed no growth in October", "food retailing was
relatively unchanged (0.0 per cent)", "after coming in unchanged in the previous month".

A written zero figure after such a phrase is a change of 0; a phrase with no figure of its
own is read as one (a change of 0 percent that is no quantity: the text writes no number).
The phrases are ``zero_change`` in ``data/roles.json``.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..lexicons import data_json
from ..literals import trie_pattern
from ..mentions import QuantityMention
from ..periods import folded_document, folded_text

# A figure this close after the phrase is the phrase's own ("unchanged (0.0%)", "flat at 5.2%").
_OWN_FIGURE_REACH = 25


@lru_cache(maxsize=1)
def _zero_pattern() -> regex.Pattern:
    body = trie_pattern({p.lower() for p in data_json("roles.json")["zero_change"]}, space=r"\s+")
    return regex.compile(rf"(?<![\w-])(?:{body})(?![\w-])", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _zero_phrases() -> tuple[str, ...]:
    """The zero phrases as ``folded_text`` writes them: a match of ``_zero_pattern`` holds one."""
    return tuple({" ".join(p.lower().split()) for p in data_json("roles.json")["zero_change"]})


@lru_cache(maxsize=2)
def _holds_zero_phrase(text: str) -> bool:
    """Whether a document holds a zero phrase at all: read once, and a document without any
    (``_zero_pattern`` needs one) skips every search of its clauses and phrases."""
    folded = folded_document(text)
    return any(p in folded for p in _zero_phrases())


def zero_cue_before(text: str, q: QuantityMention, clause_start: int) -> bool:
    """A written zero right after a zero phrase: "relatively unchanged (0.0 per cent)"."""
    if q.value != 0 or not _holds_zero_phrase(text):
        return False
    low = max(clause_start, q.start - _OWN_FIGURE_REACH - 20)
    return any(m.end() >= q.start - _OWN_FIGURE_REACH for m in _zero_pattern().finditer(text, low, q.start))


def zero_phrase_in(text: str, span: tuple[int, int]) -> bool:
    """Whether a phrase holds a zero phrase ("a broadly unchanged reading"): no metric."""
    return _holds_zero_phrase(text) and _zero_pattern().search(text, *span) is not None


def with_zero_changes(text: str, quantities: list[QuantityMention], clause: tuple[int, int]) -> list[QuantityMention]:
    """The clause's quantities and, in text order, a zero change for each zero phrase that
    has no figure of its own ("showed no growth in October 2024")."""
    cs, ce = clause
    if not _holds_zero_phrase(text):
        return quantities
    folded = folded_text(text[cs:ce])
    if not any(p in folded for p in _zero_phrases()):
        return quantities  # the pattern needs one of the phrases: no scan
    zeros = []
    for m in _zero_pattern().finditer(text, cs, ce):
        if any(m.end() <= q.start <= m.end() + _OWN_FIGURE_REACH or q.start <= m.start() < q.end for q in quantities):
            continue
        # The direction makes it a change (read with its sign: +0); the phrase is its surface.
        zeros.append(QuantityMention(start=m.start(), end=m.end(), value=0.0, upper=None, unit="percent",
                                     hedge="exact", direction="up", num_start=m.start()))
    if not zeros:
        return quantities
    return sorted([*quantities, *zeros], key=lambda q: q.start)
