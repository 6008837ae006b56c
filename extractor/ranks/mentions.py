"""What the rank readers produce and take: a :class:`RankMention` (one rank phrase with its
position, scope and the flags that decide whether it is a standing or a figure's rank),
the :class:`RankContext` of a document (its place, where its body starts, its names), and
the span and standing types shared by the other modules. Plain data, no reading.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


Span = tuple[int, int]
Standing = tuple[int, "str | None", list[str], Any]
"""(position, scope, aspects, period) of one Ranking record."""


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
    aspect: str | None = None
    """The class ranked in: "land port" in "China's largest land port"."""
    temporal: bool = False
    """Ranked against the past ("the highest since 1949"): a figure's rank, never a standing."""
    relative: bool = False
    """Counts on from the rank before ("the next largest"; position 0: "followed by")."""
    named: bool = False
    """In apposition to a name ("Manzhouli, China's largest land port")."""
    participle: bool = False
    """ "..., ranking second": refers back to a figure, never a standing without aspects."""
    lead: bool = False
    """ "led the city": a standing only with the aspects it leads in; "led by": see ``_led_by``."""
    stated: bool = True
    """The scope is in the text (not the document's place, nor missing)."""
    at: int = -1
    """Where the rank word is; the phrase may start earlier, at a scope opening the clause."""
    more: tuple[int, ...] = ()
    """Further positions of a list: "ranking seventh and ninth, respectively" (position 7, more (9,))."""
    peers: bool = False
    """Ranks among plural peers named before it ("The divisions with the largest declines were
    A (-5.2%) and B (-2.2%)"): the figure groups after it take positions 1, 2, ... in turn."""
    listed_end: int = -1
    """Where a list of bracketed figures after the superlative ends ("the lowest in A (4.2%), B
    (4.9%) and C (5.2%), and the highest in D (23.6%)"): only the groups up to here rank in turn."""
    modifies: bool = False
    """Modifies the figure right after it ("from a record 9.58 billion"): that figure's rank, even
    when the figure is a comparison's ("to 9.16 billion from a record 9.58 billion")."""
    earlier: tuple[tuple[int, int, int], ...] = ()
    """The positions before a move, each with the stretch that may date it ("moved from No.21 to No.17":
    21, undated; "from 28th in 2012, 24th in 2013 to 14th": 28 and 24): standings of their own."""

    parts: bool = False
    """Ranks a part of a change among its parts ("this was led by A ..., followed by B"): in no
    place, so the document's place does not stand in for a scope; followers carry it on."""

    @property
    def core(self) -> int:
        return self.at if self.at >= 0 else self.start


Names = tuple[Span, ...] | None
"""Spans of the document's GPE/ORG names; None outside a document (capitals then make a name)."""


@dataclass(frozen=True, slots=True)
class RankContext:
    """What find_ranks needs to know about the whole document."""

    territory: str | None = None
    """The place the document reports on (normalised), for ranks that name none."""
    territory_words: frozenset[str] = frozenset()
    body_start: int = 0
    """Ranks in the headline are restated in the body; only the body's are read."""
    names: Names = None
