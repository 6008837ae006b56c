"""Time phrases around a rank ("in 2022", "in the first half of 2023", "for the first
time", "for 34 consecutive years", "since 2019"): neither scope nor aspect, so the readers
skip them before a scope, end an aspect at them and keep a streak inside the rank phrase.
Periods are those of periods.find_periods, so ranks and figures agree on what a period is.
"""

from __future__ import annotations

import regex

from ..periods import find_periods
from .lexicon import _I, _patterns


_SINCE = regex.compile(r"\s+since\b", _I)  # "since 2019" is a span, which find_periods does not give


def _time_end(text: str, pos: int, end: int) -> int | None:
    """The end of a time phrase at pos ("in 2022", "in the first half of 2023", "last year",
    "for the first time", "for 34 consecutive years"), else None. Periods are those of
    periods.find_periods, so ranks and figures agree on what a period is."""
    p = _patterns()
    streak = p.time_phrase.match(text, pos, end)
    if streak:
        return streak.end()
    lead = p.time_prep.match(text, pos, end)
    if lead is None:
        return None
    # "in the year" is a period with its preposition; "in 2022" one after it. No period
    # phrase is longer than 80 characters ("the same period of the previous year").
    starts = (pos + len(lead.group()) - len(lead.group().lstrip()), lead.end())
    first = next(iter(find_periods(text, starts[0], min(end, starts[0] + 80))), None)
    return first.end if first is not None and first.start in starts else None


def _skip_times(text: str, pos: int, end: int) -> int:
    """Past the time phrases at pos: "ranked second in 2022 in the province"."""
    while (after := _time_end(text, pos, end)) is not None and after > pos:
        pos = after
    return pos


def _streak_end(text: str, pos: int, end: int) -> int:
    """Past "for 34 consecutive years", "for the first time", "again": part of the rank phrase,
    so the count in it is no figure of its own."""
    p = _patterns()
    while (m := p.time_phrase.match(text, pos, end)) is not None:
        pos = m.end()
    return pos


def _time_start(text: str, start: int, end: int) -> int:
    """Where the first time phrase in text[start:end] begins (end if none): an aspect stops there
    ("in R&D for the first time", "in exports in 2022", "since 2019")."""
    p = _patterns()
    cuts = [end]
    for found in (p.time_phrase.search(text, start, end), _SINCE.search(text, start, end)):
        if found:
            cuts.append(found.start())
    cuts += [m.start for m in find_periods(text, start, end)[:1]]
    return min(cuts)
