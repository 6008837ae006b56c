""":func:`find_ranks`, the entry point for the rank phrases of a stretch of text: skips a
clause without a trigger word, runs every rank pattern in order of precedence (an explicit
rank verb wins over a superlative) and hands each match that overlaps no earlier one to its
reader.
"""

from __future__ import annotations

import regex

from .lexicon import _patterns
from .mentions import RankContext, RankMention
from .prescan import _may_hold_rank
from .readers import LED_CLAUSE, _lead, _led_by, _led_clause, _move, _move_by, _record, _span_high, _verbal, _with_scope
from .superlatives import _superlative


def find_ranks(text: str, start: int, end: int, ctx: RankContext | None = None) -> list[RankMention]:
    """Rank phrases in text[start:end]; an explicit rank verb wins over a superlative."""
    ctx = ctx or RankContext()
    if start < ctx.body_start or not _may_hold_rank(text, start, end):
        return []
    p = _patterns()
    found: list[RankMention] = []

    def add(rank: RankMention | None) -> None:
        if rank is not None:
            found.append(rank)

    def free(m: regex.Match) -> bool:
        return not any(r.start < m.end() and m.start() < r.end for r in found)

    for m in p.move.finditer(text, start, end):
        add(_move(text, m, end, ctx))
    for m in filter(free, p.move_by.finditer(text, start, end)):
        add(_move_by(text, m, end, ctx))
    for m in filter(free, p.verb.finditer(text, start, end)):
        add(_verbal(text, m, start, end, ctx))
    for m in LED_CLAUSE.finditer(text, start, end):
        add(_led_clause(text, m, end))
    for m in filter(free, p.lead.finditer(text, start, end)):
        add(_lead(text, m, start, end, ctx))
    for pattern, require in ((p.place, False), (p.only_to, False), (p.bare_ordinal, True)):
        for m in filter(free, pattern.finditer(text, start, end)):
            add(_with_scope(text, m, start, end, ctx, require))
    for m in filter(free, p.record.finditer(text, start, end)):
        add(_record(text, m, end))
    for m in filter(free, p.span_high.finditer(text, start, end)):
        add(_span_high(m))
    verbs = [r for r in found if r.verbal]
    for m in filter(free, p.superlative.finditer(text, start, end)):
        # "ranked 5th in the 2022 list of China's most innovative cities": the list, not a rank.
        if not any(r.start < m.start() and not regex.search(r"[,;]", text[r.end:m.start()]) for r in verbs):
            add(_superlative(text, m, start, end, ctx))
    if p.led_by_cue.search(text, start, end):
        for m in filter(free, p.led_by.finditer(text, start, end)):
            add(_led_by(m, ctx))
    for m in filter(free, p.follower.finditer(text, start, end)):
        add(RankMention(m.start(), m.end(), 0, None, relative=True))
    return sorted(found, key=lambda r: r.start)
