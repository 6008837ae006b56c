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


def said_zero(text: str, q: QuantityMention) -> bool:
    """Whether ``q`` is a zero change read from a phrase ("remained stable"), not a figure."""
    return q.value == 0 and not text[q.num_start].isdigit() and _holds_zero_phrase(text) \
        and _zero_pattern().fullmatch(text, q.start, q.end) is not None


def zero_phrase_in(text: str, span: tuple[int, int]) -> bool:
    """Whether a phrase holds a zero phrase ("a broadly unchanged reading"): no metric."""
    return _holds_zero_phrase(text) and _zero_pattern().search(text, *span) is not None


def with_zero_changes(text: str, quantities: list[QuantityMention], clause: tuple[int, int],
                      names: tuple[tuple[int, int], ...] = ()) -> list[QuantityMention]:
    """The clause's quantities and, in text order, a zero change for each zero phrase that
    has no figure of its own ("showed no growth in October 2024"); ``names``: the clause's
    places and bodies, each of a list right after the phrase getting a zero of its own."""
    cs, ce = clause
    if not _holds_zero_phrase(text):
        return quantities
    folded = folded_text(text[cs:ce])
    if not any(p in folded for p in _zero_phrases()):
        return quantities  # the pattern needs one of the phrases: no scan
    zeros: list[QuantityMention] = []
    for m in _zero_pattern().finditer(text, cs, ce):
        if any(m.end() <= q.start <= m.end() + _OWN_FIGURE_REACH or q.start <= m.start() < q.end for q in quantities):
            continue
        # The direction makes it a change (read with its sign: +0); the phrase is its surface.
        zeros.extend(QuantityMention(start=m.start(), end=m.end(), value=0.0, upper=None, unit="percent",
                                     hedge="exact", direction="up", num_start=m.start())
                     for _ in range(_places_listed(text, m.end(), names)))
    if not zeros:
        return quantities
    return sorted([*quantities, *zeros], key=lambda q: q.start)


# "remained stable in Belgium, Hungary and Malta": the places the zero is said of.
_IN_PLACE = regex.compile(r"\s+in\s+(?:the\s+)?")
_PLACE_LINK = regex.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")


def _places_listed(text: str, end: int, names: tuple[tuple[int, int], ...]) -> int:
    """How many names are listed right after a zero phrase ending at ``end`` (at least 1:
    the phrase is one zero change when it names no place)."""
    m = _IN_PLACE.match(text, end) if names else None
    if m is None:
        return 1
    count, pos = 0, m.end()
    for start, stop in names:
        if start < pos:
            continue
        if start != pos:
            break
        count, link = count + 1, _PLACE_LINK.match(text, stop)
        if link is None:
            break
        pos = link.end()
    return max(count, 1)
