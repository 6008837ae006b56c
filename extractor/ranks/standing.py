"""Standing or a figure's rank: whether a rank phrase is a Ranking record of its own or
belongs to one of its clause's figures, which figures it may belong to, the records a
standing gives, "the next largest" counted on from the rank before, and the period that
dates a standing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any, Protocol

import regex

from .aspects import aspect_rankings
from .lexicon import _I, _patterns, _sets
from .mentions import RankMention, Span


class _Periods(Protocol):
    current: Any

    def in_span(self, start: int, end: int) -> list[Any]: ...

    def resolve(self, mention: Any) -> Any: ...

    def is_reference(self, mention: Any) -> bool: ...


def _segment(text: str, span: Span, pos: int) -> Span:
    """The comma-bounded stretch of ``span`` around pos."""
    left = text.rfind(",", span[0], pos)
    right = text.find(",", pos, span[1])
    return (left + 1 if left != -1 else span[0]), (right if right != -1 else span[1])


_RANKED_BRACKET = regex.compile(r"[^,;.()]{0,30}")
_APPOSED = regex.compile(r"\s*[,\u2014\u2013-]\s*")  # "(9.1 percent)—the fastest in the Nation"
# "rose 1.3 percent, with A, B and C contributing the most": "with" and a subject of its own
# between a figure and the rank; the rank is that subject's, not the figure's
_WITH_SUBJECT = regex.compile(r"\bwith\s+(?!(?:the|a|an|its|their)\s*$)\w[^\d;]*$", _I)


def _in_aside(text: str, clause: Span, figure: Span, rank: RankMention) -> bool:
    """A figure in brackets, or in ", which covers 518 square kilometers," before the rank,
    measures something else than what is ranked."""
    opened = text.rfind("(", clause[0], figure[0])
    if opened != -1 and text.find(")", opened, figure[0]) == -1:
        # "Cafes (0.7 per cent) led the rises": a bracket closing right before a rank verb
        # holds the figure of the verb's subject, which is what is ranked.
        closed = text.find(")", figure[1], rank.start + 1)
        if closed != -1 and (rank.verbal and not text[closed + 1:rank.start].strip()
                             or _APPOSED.fullmatch(text, closed + 1, rank.start)):
            return False
        # "grew the fastest in 2005 (5.2 percent)": a bracket opening right after the rank
        # phrase holds the ranked figure.
        # "The divisions with the largest declines were A (-5.2%) and B (-2.2%)": each
        # bracket after the peers' superlative holds a ranked item's figure.
        return not (opened >= rank.end and (rank.peers or _RANKED_BRACKET.fullmatch(text, rank.end, opened)))
    seg = _segment(text, clause, figure[0])
    if seg[1] > rank.start or _APPOSED.fullmatch(text, figure[1], rank.start):
        # ", which added 1.2 points" after the rank measures what is ranked; so does ", which
        # fell by 1.7%, the largest fall since 2013": the rank in apposition to the figure
        return False
    first = regex.match(r"\s*(\p{L}+)", text[seg[0]:seg[1]])
    return first is not None and first.group(1).lower() in _sets()["asides"]


def own_figures(text: str, rank: RankMention, clause: Span, figures: Sequence[Span]) -> list[Span]:
    """The clause's figures a rank can belong to: not in an aside, not a number inside the
    rank phrase, which counts the peers ("among the 169 national high-tech zones"), nor the
    count of a streak or a move after it ("ranked first in GDP for three consecutive years",
    "... in patents, up three places")."""
    p = _patterns()
    streaks = [m.span() for pattern in (p.time_phrase, p.moves)
               for m in pattern.finditer(text, rank.end, clause[1])] if rank.verbal else []
    # "Guangdong ranked first in GDP, followed by Jiangsu at 11.2 trillion": Jiangsu's figure, not Guangdong's.
    follower = p.follower.search(text, rank.end, clause[1])
    last = follower.start() if follower else clause[1]
    return [f for f in figures if not rank.start <= f[0] < rank.end and not _in_aside(text, clause, f, rank)
            and not any(a <= f[0] < b for a, b in streaks) and f[0] < last
            and not (f[1] <= rank.start and _WITH_SUBJECT.search(text, max(f[1], rank.start - 200), rank.start))]


def is_standing(text: str, rank: RankMention, clause: Span, figures: Sequence[Span]) -> bool:
    """A Ranking record of its own, rather than the rank of one of the clause's figures?

    A standing is stated without a figure ("the zone ranks first in the province in X",
    "remains the largest high-tech zone in Hubei Province"), or is in apposition to a
    name ("via Manzhouli, China's largest land port, ... surpassed 3,000": the 3,000 trains
    are not what makes Manzhouli the largest port). A rank against the past ("the highest
    since 1949") or counted on from another rank is always a figure's.
    """
    if rank.aspects_start is not None:
        return True
    if rank.temporal or rank.relative:
        return False
    if rank.named and not rank.verbal:
        return True
    return not own_figures(text, rank, clause, figures)


def carries_on(text: str, clause_end: int, sentence_end: int) -> bool:
    """ "The third largest sector was construction; however, this fell to 11.9%": a rank in
    a clause without a figure goes to the next clause when that one is about the same thing."""
    rest = text[clause_end:sentence_end]
    m = regex.match(r"[\s;:,\-–—]*(?:however|but|and)?[\s,]*(\p{L}+)", rest, _I)
    return m is not None and m.group(1).lower() in _sets()["anaphors"] and bool(regex.search(r"\d", rest))


def standings(text: str, rank: RankMention, clause_end: int) -> list[tuple[int, str | None, list[str]]]:
    """The Ranking records a standing gives: (position, scope, aspects)."""
    if rank.verbal:
        found = aspect_rankings(text, rank, clause_end)
        if not (found or rank.participle or rank.lead or rank.scope is None):
            found = [(rank.position, rank.scope, [])]
        # "Guangdong and Jiangsu ranked first and second in the country": a record for each place.
        return found + [(more, scope, aspects) for more in rank.more for _, scope, aspects in found[:1]]
    if not rank.stated:
        return []  # a superlative stands on its own only where the text says where: "China's largest port"
    return [(rank.position, rank.scope, [rank.aspect] if rank.aspect else [])]


_NAME_SEP = regex.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", _I)
_NAMES_END = regex.compile(r"[.;:]\s|[.;:]?$")


def follower_names(text: str, start: int, end: int) -> int:
    """How many names follow "followed by" at start ("Guangzhou, Shenzhen, Jinhua and Hangzhou"):
    each ranks one place lower. 0 unless the rest of the clause is only such names (short,
    capitalised, without figures), so that "followed by growth in services" ranks nothing."""
    stop = _NAMES_END.search(text, start, end)
    names = [n.strip() for n in _NAME_SEP.split(text[start:stop.start() if stop else end].strip())]
    ok = names and all(n and len(n.split()) <= 4 and n[0].isupper() and not regex.search(r"\d", n) for n in names)
    return len(names) if ok else 0


def resolve_relative(text: str, rank: RankMention, previous: RankMention | None) -> RankMention | None:
    """ "the next largest" / "followed by": one place after the rank before (in the same
    paragraph), in its scope; "the next largest" with none before is second."""
    if not rank.relative:
        return rank
    if previous is None or "\n" in text[previous.end:rank.start]:
        return replace(rank, relative=False) if rank.position > 0 else None
    return replace(rank, position=previous.position + 1, scope=rank.scope or previous.scope, relative=False,
                   parts=rank.parts or previous.parts)


def standing_period(text: str, rank: RankMention, sentence: Span, periods: _Periods) -> Any:
    """The period of a standing: one stated in its sentence before it, else after it, else the period in force
    when its paragraph has stated one; a superlative's only from its own stretch of text
    ("so far this year" in "via Manzhouli, China's largest land port, ... so far this year"
    dates the trains, not the port's size)."""
    def stated(a: int, b: int) -> list[Any]:
        return [m for m in periods.in_span(a, b) if m.kind != "none" and not periods.is_reference(m)]

    if not rank.verbal and not rank.lead:  # "led by": dated as its clause is
        own = stated(*_segment(text, sentence, rank.start))
        return periods.resolve(own[-1]) if own else None
    before = [m for m in stated(*sentence) if m.end <= rank.start]
    if before:
        return periods.resolve(before[-1])
    after = [m for m in stated(rank.core, sentence[1])]  # "ranked second in the province in 2022"
    if after:
        return periods.resolve(after[0])
    paragraph = text.rfind("\n", 0, sentence[0]) + 1
    return periods.current if stated(paragraph, sentence[0]) else None
