"""One figure said of two places at once: "Durable consumer goods increased by 1.6% in both
zones", "gained 2.7% in both the euro area and the EU27". The gold (Eurostat releases) has
one indicator per place; the readers make one, so it is copied here, one per place.
"""

from __future__ import annotations

from bisect import bisect_right

import regex

from .lexicons import data_json
from .literals import trie_pattern
from .mentions import EntityMention
from .models import Indicator

_BOTH = regex.compile(r"(?<![\w-])in\s+both\s+(?:(?P<noun>"
                      + trie_pattern(data_json("roles.json")["both_place_nouns"])
                      + r")(?![\w-])|(?:the\s+)?)", regex.IGNORECASE)
_AND_THE = regex.compile(r"\s+and\s+(?:the\s+)?", regex.IGNORECASE)
_OPENER = regex.compile(r"\W*in\s+both\b", regex.IGNORECASE)


def per_place(text: str, indicators: list[Indicator], entities: list[EntityMention],
              sentences: list[tuple[int, int]]) -> list[Indicator]:
    """Each indicator read from a clause with "in both ..." (or from a sentence that opens
    with it) becomes one indicator per place, with that place as its subject; ``sentences``:
    the segmenter's sentence spans."""
    if "both" not in text and "Both" not in text:  # cheap pre-test: most texts have none
        return indicators
    places = sorted((e.start, e.end) for e in entities if e.label == "GPE")
    starts = [a for a, _ in sentences]
    out: list[Indicator] = []
    for ind in indicators:
        pair = _places_of(text, ind.evidence.start, ind.evidence.end, places, starts)
        if pair is None:
            out.append(ind)
        else:
            out.extend(ind.model_copy(update={"subject": name}) for name in pair)
    return out


def _places_of(text: str, start: int, end: int, places: list[tuple[int, int]],
               sentence_starts: list[int]) -> tuple[str, str] | None:
    """The two places an "in both" in the clause (or at its sentence's start) names."""
    m = _BOTH.search(text, start, end)
    if m is None:
        opening = sentence_starts[bisect_right(sentence_starts, start) - 1] if sentence_starts and sentence_starts[0] <= start else 0
        m = _BOTH.match(text, opening, start) if _OPENER.match(text, opening, start) else None
        if m is None:
            return None
    if m.group("noun"):
        before = [text[s:e] for s, e in places if e <= m.start()]
        names = list(dict.fromkeys(reversed(before)))[:2]  # the two distinct places named last
        return (names[1], names[0]) if len(names) == 2 else None
    first = next((p for p in places if p[0] == m.end()), None)
    link = _AND_THE.match(text, first[1]) if first else None
    second = next((p for p in places if link and p[0] == link.end()), None)
    return (text[first[0]:first[1]], text[second[0]:second[1]]) if first and second else None

