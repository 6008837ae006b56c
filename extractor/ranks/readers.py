"""The readers of the other rank patterns, one per pattern: a rank verb ("ranks first in
the province"), a lead verb ("led the country", "topped the list of ..."), "led by" after a
change counted over places, an ordinal with its scope ("first place in the province",
"second only to Harbin"), a record against the past ("a record high since 1998") and "a
12-year high". Each turns one match into a RankMention, or None when it ranks nothing.
"""

from __future__ import annotations

import regex

from ..phrases import normalise_scope
from .aspects import _aspect_after, _aspects_start
from .lexicon import _lexicon, _patterns, _sets
from .mentions import RankContext, RankMention
from .scope import _implicit, _intro_scope, _peers_place, _phrase_scope, _Scope, _scope_after, _scope_words
from .times import _skip_times, _streak_end
from .words import _position


def _verbal(text: str, m: regex.Match, start: int, end: int, ctx: RankContext) -> RankMention:
    """ "ranks first in the province", "ranked 12th among ...", "ranking among the top 10"."""
    p = _patterns()
    # "ranked second in 2022 in the province": a period is no scope, the scope may follow it.
    scope = _scope_after(text, _skip_times(text, m.end(), end), end, ctx.names) or \
        _behind_scope(text, m.end(), end, ctx)
    begin = m.start()
    if scope is None:
        scope = _intro_scope(text, start, m.start(), ctx.names)
        begin = start if scope else begin  # the phrase spans its scope and the count in it
    finish = scope.end if scope and scope.end > m.end() else m.end()
    aspects = _aspects_start(text, finish, end)
    # "ranked third ..., up two places from last year": the move is part of the rank phrase.
    moved = p.moves.match(text, finish, end)
    return RankMention(begin, _streak_end(text, moved.end() if moved else finish, end), _position(m.group("ord")),
                       _implicit(scope, ctx, text, start, m.start()), aspects, verbal=True, at=m.start(),
                       temporal=bool(scope and scope.kind == "span"),
                       participle=m.group("verb").lower() in _sets()["participle_rank_verbs"],
                       more=tuple(_position(w) for w in p.ordinal.findall(m.group("more") or "")))


def _move(text: str, m: regex.Match, end: int, ctx: RankContext) -> RankMention:
    """ "moved from No.21 to No.17 in the country", "moved up from 28th in 2012, 24th in 2013 to
    14th in 2014": the new position, with the ones before (each with its own stretch)."""
    scope = _scope_after(text, m.end(), end, ctx.names)
    finish = scope.end if scope else m.end()
    stages = tuple((_position(p.group()), a, b) for p, a, b in
                   zip(map(_patterns().ordinal.search, m.captures("stage")), m.starts("stage"), m.ends("stage")) if p)
    return RankMention(m.start(), finish, _position(m.group("ord")), scope.text if scope else None,
                       _aspects_start(text, finish, end), verbal=True, at=m.start("ord"), earlier=stages)


def _move_by(text: str, m: regex.Match, end: int, ctx: RankContext) -> RankMention:
    """ "moves up 2 places to 14 in the 147 national zones": the new position; the count moved
    and the count of peers are inside the phrase, so no figure of their own."""
    scope = _scope_after(text, _skip_times(text, m.end(), end), end, ctx.names)
    finish = scope.end if scope else m.end()
    return RankMention(m.start(), finish, _position(m.group("ord")), scope.text if scope else None,
                       _aspects_start(text, finish, end), verbal=True, at=m.start("ord"))


def _behind_scope(text: str, pos: int, end: int, ctx: RankContext) -> _Scope | None:
    """ "ranked third, behind the two largest zones in China": the place of the peers ahead."""
    m = _patterns().behind.match(text, pos, end)
    scope = _phrase_scope(text, "among", m.end(), end, ctx.names) if m else None
    return scope if scope is not None and scope.kind == "place" else None


def _list_place(words: list[str], end: int) -> _Scope | None:
    """ "the national list" ranks in the country, "the city innovation ranking" in the city."""
    place = _peers_place(words + [""]) or next((w for w in words if w in _sets()["territory_nouns"]), None)
    return _Scope(normalise_scope(place), "place", end) if place else None


def _lead(text: str, m: regex.Match, start: int, end: int, ctx: RankContext) -> RankMention:
    """ "led the country", "topping the province", "topped the list of ... in China"."""
    obj = m.group("obj").lower()
    finish = m.end()
    if obj in _sets()["territory_nouns"]:
        scope: _Scope | None = _Scope(normalise_scope(obj), "place", m.end())
    else:
        # The list's words (and any count in them) are part of the rank phrase.
        listed = _patterns().list_of.match(text, m.end(), end)
        finish = listed.end() if listed else finish
        scope = _scope_after(text, finish, end, ctx.names)
        if listed and scope is None:
            # "the list of the country's top 100 parks": the possessor; "of national parks": their level
            owner = _scope_words(text, "of", listed.start() + listed.group().lower().index("of") + 2, listed.end())
            place = owner.text if isinstance(owner, _Scope) else _peers_place(listed.group().split()[1:] + [""])
            scope = _Scope(place, "place", finish) if place else scope
        if scope is None:
            scope = _list_place(obj.split()[:-1], finish)
    finish = max(finish, scope.end if scope else finish)
    # "led the country for 34 consecutive years": the count of years is part of the rank phrase.
    return RankMention(m.start(), _streak_end(text, finish, end), 1, _implicit(scope, ctx, text, start, m.start()),
                       _aspects_start(text, finish, end), verbal=True,
                       participle=m.group("verb").lower().endswith("ing"), lead=True)


def _led_by(m: regex.Match, ctx: RankContext) -> RankMention:
    """ "Employment increased in four provinces, led by British Columbia": the place named
    first among the places counted, in the change of the subject ("employment increase")."""
    noun = _lexicon()["led_by_changes"][m.group("verb").lower()]
    words = [w for w in m.group("subject").lower().split() if w not in _sets()["determiners"]]
    aspect = " ".join([*words, noun]) if words else noun
    return RankMention(m.start("verb"), m.end(), 1, normalise_scope(m.group("peers")), aspect=aspect,
                       named=True, lead=True, at=m.start("verb"))


# "this was led by manufacturing, which fell by 0.7%, followed by ...": the item a change is
# led by is first among its parts; a list of bracketed items after it ("led by A (4.5%), B
# (1.9%), and C (2.3%)") names the main parts in no order, so ranks nothing.
LED_CLAUSE = regex.compile(r"\b(?:this|these|which|it)\s+(?:was|were|is|are|has\s+been)\s+"
                           r"(?:(?:largely|mainly|mostly|primarily)\s+)?led\s+by\s+", regex.IGNORECASE)
_LED_ITEM_LIST = regex.compile(r"[^()\d;:.]{1,80}\([^()]*\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)[^()\d;:.]{1,60}\(")


def _led_clause(text: str, m: regex.Match, end: int) -> RankMention | None:
    """ "this was led by A, which fell by 0.7%": A ranks first among the parts of the change,
    in no stated place (no scope)."""
    if _LED_ITEM_LIST.match(text, m.end(), end):
        return None
    return RankMention(m.start(), m.end(), 1, None, stated=False, at=m.start(), parts=True)


def _with_scope(text: str, m: regex.Match, start: int, end: int, ctx: RankContext,
                require: bool) -> RankMention | None:
    """ "first place in the province", "second only to Harbin", ", first in the city"."""
    scope = _scope_after(text, m.end(), end, ctx.names)
    if require and (scope is None or scope.kind != "place"):
        return None
    if scope is not None and regex.match(r"\s+to\s+\w", text[scope.end:end]):
        return None  # "the first in China to launch ...": first in time, not a standing
    return RankMention(m.start(), scope.end if scope else m.end(), _position(m.group("ord")),
                       _implicit(scope, ctx, text, start, m.start()), verbal=True)


def _record(text: str, m: regex.Match, end: int) -> RankMention | None:
    """ "the record post-1949 budget deficit", "a record high since 1998": with a span; "a
    record 5.2 billion", "a record high 711 firms": the figure it modifies, against the past."""
    if (m.group("det") or m.group("level")) and not m.group("mark") and \
            _patterns().record_figure.match(text, m.end(), end):
        # Ends before the figure, so that the figure is the rank's own; its core is at the
        # figure, so that "to 9.16 billion from a record 9.58 billion" ranks the 9.58 billion,
        # not the figure that ends closer to "a record".
        return RankMention(m.start(), m.end(), 1, None, temporal=True, at=m.end(), modifies=True)
    aspect, after = _aspect_after(text, m.end(), end)
    if m.group("mark"):
        return RankMention(m.start(), max(after, m.end()), 1, normalise_scope(m.group("mark")), aspect=aspect,
                           temporal=True)
    scope = _scope_after(text, after, end)
    if scope is None or scope.kind != "span" or scope.text is None:
        return None
    return RankMention(m.start(), scope.end, 1, scope.text, aspect=aspect, temporal=True)


def _span_high(m: regex.Match) -> RankMention:
    """ "a 12-year high": the highest in 12 years."""
    unit = m.group("unit").lower()
    return RankMention(m.start(), m.end(), 1, f"{m.group('n').lower()} {unit.rstrip('s')}s", temporal=True)
