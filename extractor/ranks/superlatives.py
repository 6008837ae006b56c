"""Superlative rank phrases: "the second largest in the world", "China's largest land
port", "the highest since 1949", "the most in the country". Decides which superlatives rank
anything ("one of the largest", "the biggest risk" and a bare "most" do not), reads the
position, the class ranked in and the scope, and marks a phrase in apposition to a name.
"""

from __future__ import annotations

import regex

from ..cues import cues
from ..phrases import normalise_scope
from .aspects import _aspect_after
from .lexicon import _I, _lexicon, _patterns, _sets
from .mentions import RankContext, RankMention
from .scope import _implicit, _intro_scope, _Scope, _scope_after
from .words import _position


def _named_before(ctx: RankContext, text: str, start: int) -> bool:
    """ "Manzhouli, China's largest ...": the phrase is in apposition to a name."""
    m = regex.search(r"\s*,\s*$", text[max(0, start - 6):start])
    return m is not None and any(e == start - len(m.group()) for _, e in ctx.names or ())


def _named_after(ctx: RankContext, text: str, pos: int, end: int) -> bool:
    """ "Japan's largest steel maker, Nippon Steel Corp, said ...": a name in apposition after it."""
    m = regex.match(r"\s*,\s*", text[pos:end])
    return m is not None and any(s == pos + m.end() for s, _ in ctx.names or ())


def _core(m: regex.Match) -> int:
    """Where a superlative match's rank word is, past any "the"."""
    return next(m.start(g) for g in ("ord", "sup", "most", "main") if m.start(g) != -1)


def _kept_superlative(text: str, m: regex.Match, start: int, aspect: str | None) -> bool:
    """ "one of the largest", "30 of the largest firms", "the biggest risk", "the most
    important task" and a bare "most" rank nothing."""
    s, p = _sets(), _patterns()
    core = _core(m)
    if p.not_before.search(text, max(start, core - 24), core):
        return False
    heads = {aspect.split()[0].lower(), aspect.split()[-1].lower()} if aspect else set()
    if m.group("most"):
        heads.add((m.group("adj") or "").lower())
        if not (m.group().lower().startswith("the") or p.possessive_before.search(text, max(0, m.start() - 40),
                                                                                   m.start())):
            return False  # "most" alone is a quantifier far more often than a rank
    return not heads & s["not_rank_heads"]


def _a_level(text: str, m: regex.Match, aspect: str | None) -> bool:
    """ "at the highest level" is a level, not a standing; "grew at the fastest pace", "at its
    fastest" rank the figure (against the past, the caller has kept it already)."""
    core = _core(m)
    if not _patterns().level_before.search(text, max(0, core - 12), core):
        return False
    head = aspect.split()[-1].lower() if aspect else None
    return head is not None and head not in _sets()["pace_heads"]


def _subject_unit(text: str, start: int, pos: int) -> _Scope | None:
    """ "The Great Lakes region experienced the slowest growth": it ranks among the regions."""
    m = _patterns().subject_unit.search(text, max(start, pos - 40), pos)
    if m is None or m.group("verb") not in cues().verbs:
        return None  # "The region with the next largest share": no verb, the unit is not the subject
    return _Scope(_lexicon()["subject_units"][m.group("unit")], "place", pos)


def _peer_subject(text: str, start: int, pos: int) -> _Scope | None:
    """ "The divisions with the largest declines": ranks among the divisions."""
    m = _patterns().peer_subject.search(text, max(start, pos - 40), pos)
    return _Scope(m.group("peers"), "subject", pos) if m else None


def _with_measure(m: regex.Match, aspect: str | None) -> str | None:
    """ "China's northernmost province": a bare kind of place says nothing of what is
    measured, so the superlative stays in the aspect ("northernmost province"); "China's
    largest land port" ranks in "land port"."""
    if aspect is None or not m.group("sup") or aspect.lower() not in _sets()["territory_nouns"]:
        return aspect
    return f"{m.group('sup')} {aspect}"


# An item's bracket opens with its figure: "Spain (23.6%)", not "the Nation (chart 3)".
_LIST_ITEM = regex.compile(r"(?P<name>[^\W\d][^,;:()\d]{0,40}?)\s*\(\s*[-−–+]?[$€£¥]?\d[^()]*\)")
_LIST_SEP = regex.compile(r"\s*,\s*(?:and\s+)?|\s*,?\s+and\s+", _I)


def _list_intro(text: str, pos: int, end: int) -> int | None:
    """Where the items start after "[were recorded] in " at pos, else None."""
    s = _sets()
    words = regex.match(r"((?:\s+\p{L}+){0,2}?)\s+in\s+", text[pos:end])
    if words is None:
        return None
    link = words.group(1).lower().split()
    if link and not (link[0] in s["list_links"] and all(w in s["list_verbs"] for w in link[1:])):
        return None
    return pos + words.end()


def _bracket_list(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """ "the lowest [were recorded] in A (4.2%), B (4.9%) and C (5.2%)": (where the items start,
    where the last item's bracket closes). Items are short names, without a preposition or a
    superlative, so that ", and the highest in D (23.6%)" starts no item of this list."""
    listed = _items(text, _list_intro(text, pos, end), end)
    measure = _MEASURE_IN.match(text, pos, end) if listed is None else None
    if measure is not None:  # "the highest increases in the total index were recorded in A (2.9%)"
        listed = _items(text, _list_intro(text, measure.end(), end), end)
    return listed


# what the ranked change is in, between the aspect and the list's link ("in the total index")
_MEASURE_IN = regex.compile(r"\s+in\s+[^,;:()\d]{1,60}?(?=(?:\s+\p{L}+){1,2}\s+in\s)", _I)


def _items(text: str, first: int | None, end: int) -> tuple[int, int] | None:
    """(first, where the last item's bracket closes) of the items from ``first`` on."""
    if first is None:
        return None
    s, at, last = _sets(), first, None
    while (item := _LIST_ITEM.match(text, at, end)) is not None:
        name = item.group("name").lower().split()
        if len(name) > 5 or any(w in s["aspect_stops"] or w in s["superlatives"] for w in name):
            break
        last = item.end()
        sep = _LIST_SEP.match(text, last, end)
        if sep is None:
            break
        at = sep.end()
    return (first, last) if last is not None else None


_PLACE_PREPOSITION = regex.compile(r"\b(?:in|into|at)\s+$", regex.IGNORECASE)


def _superlative(text: str, m: regex.Match, start: int, end: int, ctx: RankContext) -> RankMention | None:
    aspect, after = _aspect_after(text, m.end(), end)
    if not _kept_superlative(text, m, start, aspect):
        return None
    if m.group("most") and aspect is None:
        aspect = m.group("adj")
    aspect = _with_measure(m, aspect)
    ordinal = (m.group("ord") or "").lower()
    nexts = _lexicon()["next_words"]
    position = 1 + nexts[ordinal] if ordinal in nexts else (_position(ordinal) if ordinal else 1)
    phrase_start = m.start()
    poss = _patterns().possessive_before.search(text, max(0, m.start() - 40), m.start())
    listed = _bracket_list(text, after, end)
    if listed or aspect is None and not m.group().lower().startswith("the") and not poss and \
            regex.match(r"\s+in\s", text[after:end]):
        # "growth was highest in Hainan", "the highest in Spain (23.6%) and Greece (21.0%)":
        # the places named rank, they are not where
        scope = None
    else:
        scope = _scope_after(text, after, end, ctx.names) or \
            (_scope_after(text, m.end(), end, ctx.names) if aspect else None)  # "the largest in the country"

    if scope is None or scope.kind == "peers":
        intro = _intro_scope(text, start, m.start(), ctx.names)
        if intro is not None:
            # "Of the 12 industry groups, construction had the largest share": the phrase
            # spans its scope and the count in it.
            scope, phrase_start = intro, start
        elif poss:
            scope, phrase_start = _Scope(normalise_scope(poss.group("poss")), "place", m.end()), poss.start()
        elif scope is None:
            scope = _subject_unit(text, start, m.start()) or _peer_subject(text, start, m.start())
    if scope is not None and scope.kind == "span":
        return RankMention(phrase_start, max(scope.end, after), position, scope.text, aspect=aspect, temporal=True)
    if _a_level(text, m, aspect):
        return None
    finish = listed[0] if listed else max(after, scope.end if scope else m.end())
    named = not listed and ((_named_before(ctx, text, phrase_start) and bool(regex.match(r"\s*(?:[,.;]|$)", text[finish:end])))
                            or _named_after(ctx, text, finish, end))
    # "sales of 6.89 million units in the world's largest car market": the superlative
    # describes the place the figure is in, not the figure: a standing of that place.
    named = named or bool(poss and phrase_start == poss.start() and aspect
                          and _PLACE_PREPOSITION.search(text, max(start, phrase_start - 12), phrase_start))
    # "providing the largest upward contribution (2.4%)": a part of a change ranks among the
    # parts, in no place; the document's place does not stand in.
    parts = scope is None and aspect is not None and aspect.split()[-1].lower() in ("contribution", "contributions")
    if parts:
        return RankMention(phrase_start, finish, position, None, aspect=aspect, relative=ordinal in nexts, at=m.start(),
                           stated=False, parts=True)
    return RankMention(phrase_start, finish, position, _implicit(scope, ctx, text, start, phrase_start),
                       aspect=aspect, relative=ordinal in nexts, named=named, at=m.start(),
                       stated=scope is not None and scope.text is not None,
                       peers=bool(listed) or scope is not None and scope.kind == "subject",
                       listed_end=listed[1] if listed else -1)
