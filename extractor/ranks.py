"""Standings: "ranking first in the city", "the second largest in the world", "China's
largest land port", "the fourth highest since 1949", and rankings without a figure ("ranks
first in the city in six aspects: A, B and C").

:func:`find_ranks` reads rank phrases with their position, scope and (for a superlative)
the class ranked in; :class:`RankReader` decides, clause by clause, whether each is a
Ranking record of its own (a standing) or the rank of one of the clause's figures. Every
word list and most pattern words live in ``data/ranks.json``.

Scope (SPEC ``rank.scope``) is the place the peers are in, normalised like ``share.of``:
stated ("in the country", "nationwide", "China's largest", "among the country's
provinces"), named by the peers' level ("among the 169 national high-tech zones": the
country), or, when the text names none, the place the document reports on (its headline's
GPE: "The largest industry group is ..." in a UK bulletin ranks in the UK). A rank against
the past keeps its time marker ("since 1949", "post-1949"). Peers that are the units of a
level ("provinces", "provincial-level regions") rank in the place above it (the country).

Time phrases ("in 2022", "in the first half of 2023", "for the first time", "for 34
consecutive years"; periods as periods.find_periods reads them) are neither scope nor
aspect: they are skipped before a scope, end an aspect, and date the standing.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any, Protocol

import regex

from .literals import trie_pattern
from .meta import detect_title
from .periods import find_periods
from .phrases import normalise_scope

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


class _Entity(Protocol):
    start: int
    end: int
    label: str


class _Periods(Protocol):
    current: Any

    def in_span(self, start: int, end: int) -> list[Any]: ...

    def resolve(self, mention: Any) -> Any: ...

    def is_reference(self, mention: Any) -> bool: ...


# ---------------------------------------------------------------- lexicon and patterns

_I = regex.IGNORECASE
# Ordinal forms besides the words of the lexicon: "14th", "No. 1", "#3", "number one".
_NUMERIC_ORDINAL = r"\d{1,3}(?:st|nd|rd|th)|No\.?\s*\d{1,3}|#\s*\d{1,3}|number\s+(?:one|two|three)"
_WORD = r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*"


def _alt(words: Iterable[str]) -> str:
    """Longest first; a space in an entry matches any run of spaces (folded into a trie:
    a flat alternation is tried branch by branch at every position)."""
    return trie_pattern(words, space=r"\s+")


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    return json.loads(resources.files("extractor.data").joinpath("ranks.json").read_text())


@lru_cache(maxsize=1)
def _sets() -> dict[str, frozenset[str]]:
    lex = _lexicon()
    keys = ("scope_nouns", "territory_nouns", "peer_quantifiers", "not_scope_words", "aspect_stops",
            "aspect_of_ok", "determiners", "asides", "anaphors", "not_rank_heads", "participle_rank_verbs",
            "lead_objects", "time_words", "hedges", "peer_prepositions", "pace_heads")
    return {k: frozenset(w.lower() for w in lex[k]) for k in keys}


@dataclass(frozen=True)
class _Patterns:
    verb: regex.Pattern
    lead: regex.Pattern
    place: regex.Pattern
    only_to: regex.Pattern
    bare_ordinal: regex.Pattern
    superlative: regex.Pattern
    record: regex.Pattern
    span_high: regex.Pattern
    follower: regex.Pattern
    possessive_before: regex.Pattern
    not_before: regex.Pattern
    since: regex.Pattern
    ever: regex.Pattern
    duration: regex.Pattern
    adverb: regex.Pattern
    prep: regex.Pattern
    moves: regex.Pattern
    aspects_intro: regex.Pattern
    list_of: regex.Pattern
    respectively: regex.Pattern
    token: regex.Pattern
    level_before: regex.Pattern
    at_level: regex.Pattern
    ordinal: regex.Pattern
    place_suffix: regex.Pattern
    time_phrase: regex.Pattern
    time_prep: regex.Pattern
    trailing_prep: regex.Pattern
    led_by: regex.Pattern


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    lex = _lexicon()
    cardinals = _alt(lex["cardinals"])
    ordinal = rf"(?:{_alt(lex['ordinals'])}|{_NUMERIC_ORDINAL})"
    top_n = rf"{_alt(lex['top_words'])}[\s-]+(?:\d{{1,3}}|{cardinals})"
    places = _alt(lex["place_nouns"])
    months = _alt(lex["months"])
    since_stops = _alt(lex["since_stops"])
    most_preps = _alt(lex["most_prepositions"])
    # A rank word is followed by a preposition, punctuation or the end, never by a noun it
    # modifies: "placed the first order", "led the city delegation", "the top position at the bank".
    next_words = [*lex["rank_next_words"], *lex["scope_adverbs"]]
    follows = rf"(?=\s*(?:[^\w\s\-]|$)|\s+(?:{_alt(next_words)})\b)"
    ordinal_follows = rf"(?=\s*(?:[^\w\s\-]|$)|\s+(?:{_alt(next_words + lex['ordinal_next_extra'])})\b)"
    return _Patterns(
        verb=regex.compile(
            rf"\b(?P<verb>{_alt(lex['rank_verbs'])})(?:\s+(?:{_alt(lex['rank_verb_links'])}))*\s+"
            rf"(?P<ord>(?P<top>{top_n})|{ordinal})(?P<more>(?:\s*,\s*(?:{ordinal}))*,?\s+and\s+(?:{ordinal}))?"
            rf"(?:\s+(?:{places}))?\b"
            rf"(?![\s-]+(?:{_alt(lex['not_rank_after_ordinal'])})\b)"
            rf"(?(top)|{ordinal_follows})", _I),  # "ranks among the top 10 cities": "top N" may take a noun
        lead=regex.compile(
            rf"\b(?P<verb>{_alt(lex['lead_verbs'])})\s+(?:the\s+)?(?:whole\s+|entire\s+)?"
            rf"(?P<obj>{_alt(lex['territory_nouns'])}|(?:[\p{{L}}-]+\s+){{0,2}}?(?:{_alt(lex['lead_objects'])}))\b"
            rf"(?!['’-]){follows}", _I),  # "topped the city innovation ranking", "the national list"
        place=regex.compile(
            rf"(?<!\bin\s+the\s+)\b(?:the\s+)?(?P<ord>{ordinal}|{_alt(lex['top_words'])})\s+(?:{places})\b"
            rf"{follows}", _I),
        only_to=regex.compile(
            rf"\b(?P<ord>{ordinal})\s+(?:{_alt(lex['only_to'])})\b(?:\s+[A-Z][\p{{L}}\-]*)*", regex.V1),
        bare_ordinal=regex.compile(
            rf"(?:(?<=,\s*)|(?<=\b(?:and|is|was|are|were|be)\s+))(?P<ord>{ordinal}|{top_n})"
            rf"(?=\s+(?:in|among|across|{_alt(lex['scope_adverbs'])})\b)", _I),
        superlative=regex.compile(
            rf"\b(?:the\s+)?(?:(?P<ord>{ordinal}|{_alt(lex['next_words'])})[\s-]+)?"
            # "highest-paid", "best-known": a hyphen compound is an adjective, not a rank.
            rf"(?:(?P<sup>{_alt(lex['superlatives'])})(?:-(?:[a-z]+ing|{_alt(lex['superlative_suffixes'])}))?(?![\w-])"
            # "the most in the world", "the most since 2019": a superlative without adjective.
            rf"|(?P<most>{_alt(lex['most_words'])})(?:\s+(?!(?:of|{most_preps})\b)(?P<adj>[a-z][\w-]*)\b"
            rf"|(?=\s+(?:{most_preps})\b|\s*(?:[^\w\s\-]|$))))", _I),
        record=regex.compile(
            rf"\b(?:{_alt(lex['record_words'])})(?:[\s-]+(?:high|low|level))?"
            rf"(?:\s+(?P<mark>(?:post|pre)-\d{{4}}))?", _I),
        span_high=regex.compile(
            rf"\b(?P<n>\d{{1,3}}|{cardinals})[\s-](?P<unit>{_alt(lex['span_units'])})[\s-]"
            rf"(?:high|low|peak|trough)s?\b", _I),
        follower=regex.compile(rf"\b(?:{_alt(lex['followers'])})\b", _I),
        possessive_before=regex.compile(
            r"(?:\b(?:the|a)\s+)?(?P<poss>(?:[A-Z][\p{L}.\-]*(?:\s+[A-Z][\p{L}.\-]*){0,3}"
            rf"(?:\s+(?:{_alt(lex['place_suffixes'])}))?)|"
            rf"(?:{_alt(lex['territory_nouns'])}))['’]s?\s+$", regex.V1),
        not_before=regex.compile(rf"\b(?:{_alt(lex['not_superlative_before'])})\s+$", _I),
        since=regex.compile(
            rf"\s+since\s+(?P<when>(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)?"
            rf"(?:(?:{months})\.?,?\s+)?\d{{4}}s?|the\s+\d{{4}}s"
            rf"|(?!(?:{since_stops})\b){_WORD}(?:\s+(?!(?:{since_stops})\b){_WORD}){{0,4}})", _I),
        ever=regex.compile(
            rf"\s+(?:{_alt(lex['ever_words'])}|in\s+(?:\S+\s+){{0,3}}?(?:{_alt(lex['history_words'])}))\b", _I),
        duration=regex.compile(
            rf"\s+(?:in|for|over)\s+(?P<span>(?:(?:{_alt(lex['hedges'])})\s+)?"
            rf"(?:(?:the\s+)?(?:past|last|previous)\s+(?:\d{{1,3}}\s+|(?:{cardinals})\s+)?"
            rf"|an?\s+|\d{{1,3}}\s+|(?:{cardinals})\s+)(?:{_alt(lex['span_units'])}))\b", _I),
        adverb=regex.compile(rf"\s*,?\s*(?P<adv>{_alt(lex['scope_adverbs'])})\b", _I),
        prep=regex.compile(rf"\s+(?P<prep>{_alt(lex['scope_prepositions'])})\s+", _I),
        moves=regex.compile(rf"\s*,?\s*(?:{_alt(lex['move_words'])})\s+(?:\d{{1,3}}|{cardinals})\s+"
                            rf"(?:{_alt(lex['move_units'])})\b", _I),
        aspects_intro=regex.compile(
            rf"\s*(?:in\s+(?:\w+\s+){{0,3}}(?:{_alt(lex['aspect_nouns'])}))?\s*$", _I),
        list_of=regex.compile(r"\s+of\s+[^,;:.()]*?(?=\s+(?:in|among|across|for|with)\s|[,;:.()]|$)", _I),
        respectively=regex.compile(rf"\b(?:{_alt(lex['respectively'])})\b", _I),
        token=regex.compile(r"[\p{L}\p{N}]+(?:[-'’.&/][\p{L}\p{N}]+)*['’]?|[^\s\p{L}\p{N}]"),
        ordinal=regex.compile(rf"\b(?:{ordinal})\b", _I),
        at_level=regex.compile(
            rf"\s+at\s+the\s+(?P<adj>{_alt(lex['peer_adjectives'])})\s+(?:{_alt(lex['level_nouns'])})\b", _I),
        level_before=regex.compile(rf"\b(?:{_alt(lex['level_before'])})\s+$", _I),
        place_suffix=regex.compile(rf"\s+(?:{_alt(lex['place_suffixes'])})\b", _I),
        time_phrase=regex.compile(
            rf"\s+(?:(?:for|in)\s+(?:the\s+)?(?:{ordinal}|{cardinals}|\d{{1,3}})\s+"
            rf"(?:(?:{_alt(lex['streak_words'])})\s+)?(?:{_alt(lex['span_units'])}|times?)\b(?:\s+in\s+a\s+row\b)?"
            rf"|(?:{_alt(lex['time_adverbs'])})\b)", _I),
        time_prep=regex.compile(rf"\s+(?:(?:{_alt(lex['time_prepositions'])})\s+)?", _I),
        trailing_prep=regex.compile(rf"(?:\s+(?:{_alt(lex['time_prepositions'])}))+\s*$", _I),
        led_by=regex.compile(
            rf"(?P<subject>[\p{{L}}][\p{{L}}\-]*(?:\s+[\p{{L}}][\p{{L}}\-]*){{0,3}}?)\s+"
            rf"(?P<verb>{_alt(lex['led_by_changes'])})\s+in\s+(?:(?:{cardinals}|\d{{1,3}})\s+)?"
            rf"(?P<peers>(?:[\p{{L}}\-]+\s+)?[\p{{L}}\-]+s)(?:\s+(?:in|during)\s+[\p{{L}}\d\s]{{1,30}}?)?\s*,\s*(?:{_alt(lex['led_by_words'])})\s+(?=[A-Z])",
            regex.V1),
    )


# ---------------------------------------------------------------- small readers


def _position(word: str) -> int:
    """ "second" -> 2, "14th" / "No. 14" / "#14" -> 14, "top three" -> 3, "top" -> 1."""
    lex = _lexicon()
    word = word.lower()
    digits = regex.search(r"\d+", word)
    if digits:
        return int(digits.group())
    last = word.split()[-1].split("-")[-1]
    return lex["ordinals"].get(last) or lex["cardinals"].get(last) or 1


def _tokens(text: str, pos: int, end: int, limit: int = 12) -> list[tuple[int, int, str]]:
    out = []
    for m in _patterns().token.finditer(text, pos, end):
        out.append((m.start(), m.end(), m.group()))
        if len(out) >= limit:
            break
    return out


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in _sets()["not_scope_words"]


def _strip_possessive(word: str) -> tuple[str, bool]:
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)], True
    return word, False


def _segment(text: str, span: Span, pos: int) -> Span:
    """The comma-bounded stretch of ``span`` around pos."""
    left = text.rfind(",", span[0], pos)
    right = text.find(",", pos, span[1])
    return (left + 1 if left != -1 else span[0]), (right if right != -1 else span[1])


# ---------------------------------------------------------------- time phrases

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


# ---------------------------------------------------------------- scope


@dataclass(frozen=True, slots=True)
class _Scope:
    text: str | None
    kind: str
    """ "place"; "peers" (a class, no place: the document's place stands in); "span" (past time)."""
    end: int


@dataclass(slots=True)
class _ScopeWords:
    words: list[tuple[int, int, str]]
    quantified: bool
    """ "of any industry group", "of the four UK nations": peers, not a place."""


def _a_place(text: str, start: int, end: int, names: Names) -> bool:
    """A capitalised run is a place unless it is an acronym that names no place: "in GDP",
    "in R&D" are aspects, "in the EU" a scope."""
    words = text[start:end].split()
    if any(a < end and start < b for a, b in names or ()):
        return True
    if words[0] in _lexicon()["place_acronyms"]:
        return True
    return not (len(words) == 1 and sum(c.isupper() for c in words[0]) > 1)


def _peers_place(words: list[str]) -> str | None:
    """ "national high-tech zones" -> "country"; "Chinese cities" -> "china"."""
    adjectives = _lexicon()["peer_adjectives"]
    return next((adjectives[w.lower()] for w in words[:-1] if w.lower() in adjectives), None)


@lru_cache(maxsize=1)
def _peer_units() -> regex.Pattern:
    return regex.compile(rf"(?:^|\s)(?P<unit>{_alt(_lexicon()['peer_units'])})$", _I)


def _units_place(words: list[str]) -> str | None:
    """ "provincial-level regions", "all provinces": the units of a level, spread over the place
    above it (the country), not in one province."""
    m = _peer_units().search(" ".join(words))
    return _lexicon()["peer_units"][" ".join(m.group("unit").lower().split())] if m else None


def _scope_words(text: str, prep: str, pos: int, end: int) -> _ScopeWords | _Scope | None:
    """The words of the whole after "in" / "among" / "of", or, at a possessive, its place."""
    s = _sets()
    words: list[tuple[int, int, str]] = []
    quantified = False
    for t in _tokens(text, pos, end, limit=10):
        w, lw = t[2], t[2].lower()
        if not w[0].isalnum() or lw == "to":
            break
        if not words:
            if lw in s["determiners"] or lw in ("whole", "entire", "total"):
                continue
            if lw in s["peer_quantifiers"] or w.isdigit() or lw in _lexicon()["cardinals"]:
                # "of any industry group"; "among the 169 national high-tech zones": the count is no scope
                quantified = quantified or lw in s["peer_quantifiers"] or prep == "of" or prep in s["peer_prepositions"]
                continue
        elif (lw in s["aspect_stops"] and lw not in ("of", "and")) or lw in s["time_words"] or \
                (lw in ("of", "and") and not _is_capitalised(words[-1][2])):
            break
        words.append(t)
        if _strip_possessive(w)[1]:
            # "among the country's provinces", "of Canada's 10 provinces": the possessor is the place.
            return _Scope(normalise_scope(text[words[0][0]:t[1]]), "place", _skip_peers(text, t[1], end))
        if len(words) >= 6:
            break
    while words and words[-1][2].lower() in ("of", "and"):
        words.pop()
    return _ScopeWords(words, quantified) if words else None


def _phrase_scope(text: str, prep: str, pos: int, end: int, names: Names = None) -> _Scope | None:
    """The whole after "in" / "among" / "of": a place, a proper name or a class of peers."""
    found = _scope_words(text, prep, pos, end)
    if found is None or isinstance(found, _Scope):
        return found
    s = _sets()
    words, quantified = found.words, found.quantified
    first, raw = words[0][2], [w[2] for w in words]
    head, phrase_end = raw[-1].lower(), words[-1][1]
    if first.lower() in s["not_scope_words"] or first[0].isdigit():
        return None  # "in March 2013", "in 2021": a time, not a place
    if _is_capitalised(first) and first.lower() not in _lexicon()["peer_adjectives"]:
        return _proper_scope(text, prep, words, quantified, names)
    if head in s["territory_nouns"] and not quantified and prep != "of":
        return _Scope(normalise_scope(" ".join(raw)), "place", phrase_end)
    if head in s["lead_objects"]:
        place = _peers_place(raw)  # "in the national ranking": the country
        return _Scope(place, "place", phrase_end) if place else None
    if prep in s["peer_prepositions"] or quantified:
        return _peers_scope(text, raw, phrase_end, end, names)
    if head in s["scope_nouns"] and prep != "of":
        return _Scope(normalise_scope(" ".join(raw)), "place", phrase_end)
    return None  # "in businesses", "in overall strength": an aspect; "share of the city": a share's whole


def _proper_scope(text: str, prep: str, words: list[tuple[int, int, str]], quantified: bool,
                  names: Names) -> _Scope | None:
    """ "in China", "in Hubei Province", "of the four UK nations"."""
    run_end = words[0][1]
    for w in words:
        if not (_is_capitalised(w[2]) or w[2].lower() in ("of", "and")):
            break
        run_end = w[1]
    suffix = _patterns().place_suffix.match(text, run_end)
    run_end = suffix.end() if suffix else run_end  # "in Hunan province" is "hunan province", as "Hubei Province"
    if (prep != "of" or quantified) and _a_place(text, words[0][0], run_end, names):
        return _Scope(normalise_scope(text[words[0][0]:run_end]), "place", run_end)
    return None


def _peers_scope(text: str, raw: list[str], phrase_end: int, end: int, names: Names) -> _Scope:
    """Peers: their place when stated ("among the 169 parks in the country") or named by
    their level ("national"), else the peers themselves (the document's place may stand in)."""
    m = regex.match(r"\s+(?:in|of)\s+", text[phrase_end:end])
    if m:
        found = _phrase_scope(text, "in", phrase_end + m.end(), end, names)
        if found is not None and found.kind == "place":
            return found
    place = _units_place(raw) or _peers_place(raw)
    if place:
        return _Scope(place, "place", phrase_end)
    return _Scope(normalise_scope(" ".join(raw)), "peers", phrase_end)


def _skip_peers(text: str, pos: int, end: int) -> int:
    """After "the country's": the peers' words ("provinces", "cities and counties")."""
    last = pos
    for t in _tokens(text, pos, end, limit=6):
        lw = t[2].lower()
        if not t[2][0].isalnum() or (lw in _sets()["aspect_stops"] and lw not in ("and", "or")):
            break
        last = t[1]
    return last


def _scope_after(text: str, pos: int, end: int, names: Names = None) -> _Scope | None:
    """The scope right after a rank phrase, if any."""
    p = _patterns()
    m = p.adverb.match(text, pos, end)
    if m:
        return _Scope(_lexicon()["scope_adverbs"][m.group("adv").lower()], "place", m.end())
    m = p.at_level.match(text, pos, end)
    if m:  # "ranked first at the provincial level": the peers of that level, in its place
        return _Scope(_lexicon()["peer_adjectives"][m.group("adj").lower()], "place", m.end())
    m = p.since.match(text, pos, end)
    if m:
        return _Scope(normalise_scope(f"since {m.group('when')}"), "span", m.end())
    m = p.duration.match(text, pos, end)
    if m:
        return _Scope(normalise_scope(m.group("span")), "span", m.end())
    m = p.ever.match(text, pos, end)
    if m:
        return _Scope(None, "span", m.end())  # "the second largest on record": no stated span
    m = p.prep.match(text, pos, end)
    return _phrase_scope(text, " ".join(m.group("prep").lower().split()), m.end(), end, names) if m else None


def _intro_scope(text: str, clause_start: int, pos: int, names: Names) -> _Scope | None:
    """ "Among the 31 provinces, Guangdong ranked first": the scope opens the clause."""
    m = regex.match(r"\W*(?P<prep>among|of|in|across)\s+", text[clause_start:pos], _I)
    comma = text.find(",", clause_start, pos)
    if not m or comma == -1:
        return None
    return _phrase_scope(text, m.group("prep").lower(), clause_start + m.end(), comma, names)


def _implicit(scope: _Scope | None, ctx: RankContext, text: str, clause_start: int, start: int) -> str | None:
    """The stated scope, else the document's place unless the clause is about that place."""
    if scope is not None and scope.kind != "peers":
        return scope.text
    fallback = scope.text if scope is not None else None
    if ctx.territory is None:
        return fallback
    before = [w.lower() for w in regex.findall(r"[\p{L}\p{N}.]+", text[clause_start:start])]
    opening = [w for w in before[:3] if w not in _sets()["determiners"]][:1]
    if set(before) & ctx.territory_words or set(opening) & (_sets()["territory_nouns"] | {"it"}):
        return fallback  # "The zone is the largest ...", "Wales had the highest ...": ranks the place itself
    return ctx.territory


# ---------------------------------------------------------------- the class ranked in


def _aspect_after(text: str, pos: int, end: int) -> tuple[str | None, int]:
    """ "largest [land port] in" -> "land port"; "largest [number of businesses] in"."""
    s = _sets()
    picked: list[tuple[int, int, str]] = []
    toks = _tokens(text, pos, end, limit=10)
    for i, (a, b, w) in enumerate(toks):
        lw = w.lower()
        if not w[0].isalpha() or _strip_possessive(w)[1]:
            break
        if lw == "of" and picked and picked[-1][2].lower() in s["aspect_of_ok"]:
            nxt = toks[i + 1][2].lower() if i + 1 < len(toks) else ""
            # "the largest number of businesses", but not "the greatest increase of nearly 13,000"
            if not (nxt[:1].isalpha() and nxt not in s["determiners"] | s["peer_quantifiers"] | s["hedges"]):
                break
        elif lw in s["aspect_stops"]:
            break
        picked.append((a, b, w))
        if len(picked) >= 6:
            break
    while picked and picked[-1][2].lower() in ("of", "and"):
        picked.pop()
    if not picked:
        return None, pos
    return text[picked[0][0]:picked[-1][1]], picked[-1][1]


# ---------------------------------------------------------------- rank phrases


def _named_before(ctx: RankContext, text: str, start: int) -> bool:
    """ "Manzhouli, China's largest ...": the phrase is in apposition to a name."""
    m = regex.search(r"\s*,\s*$", text[max(0, start - 6):start])
    return bool(m) and any(e == start - len(m.group()) for _, e in ctx.names or ())


def _named_after(ctx: RankContext, text: str, pos: int, end: int) -> bool:
    """ "Japan's largest steel maker, Nippon Steel Corp, said ...": a name in apposition after it."""
    m = regex.match(r"\s*,\s*", text[pos:end])
    return bool(m) and any(s == pos + m.end() for s, _ in ctx.names or ())


def _core(m: regex.Match) -> int:
    """Where a superlative match's rank word is, past any "the"."""
    return next(m.start(g) for g in ("ord", "sup", "most") if m.start(g) != -1)


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


def _superlative(text: str, m: regex.Match, start: int, end: int, ctx: RankContext) -> RankMention | None:
    aspect, after = _aspect_after(text, m.end(), end)
    if not _kept_superlative(text, m, start, aspect):
        return None
    if m.group("most") and aspect is None:
        aspect = m.group("adj")
    ordinal = (m.group("ord") or "").lower()
    nexts = _lexicon()["next_words"]
    position = 1 + nexts[ordinal] if ordinal in nexts else (_position(ordinal) if ordinal else 1)
    phrase_start = m.start()
    poss = _patterns().possessive_before.search(text, max(0, m.start() - 40), m.start())
    if aspect is None and not m.group().lower().startswith("the") and not poss and \
            regex.match(r"\s+in\s", text[after:end]):
        scope = None  # "growth was highest in Hainan": Hainan is what ranks, not where
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
    if scope is not None and scope.kind == "span":
        return RankMention(phrase_start, max(scope.end, after), position, scope.text, aspect=aspect, temporal=True)
    if _a_level(text, m, aspect):
        return None
    finish = max(after, scope.end if scope else m.end())
    named = (_named_before(ctx, text, phrase_start) and bool(regex.match(r"\s*(?:[,.;]|$)", text[finish:end]))) \
        or _named_after(ctx, text, finish, end)
    return RankMention(phrase_start, finish, position, _implicit(scope, ctx, text, start, phrase_start),
                       aspect=aspect, relative=ordinal in nexts, named=named, at=m.start(),
                       stated=scope is not None and scope.text is not None)


def _aspects_start(text: str, pos: int, end: int) -> int | None:
    """Where the list of aspects begins: "... in 2022 in six aspects: A, B and C"."""
    colon = text.find(":", pos, end)
    if colon != -1 and _patterns().aspects_intro.match(text[_skip_times(text, pos, colon):colon]):
        return colon + 1
    return None


def _verbal(text: str, m: regex.Match, start: int, end: int, ctx: RankContext) -> RankMention:
    """ "ranks first in the province", "ranked 12th among ...", "ranking among the top 10"."""
    p = _patterns()
    # "ranked second in 2022 in the province": a period is no scope, the scope may follow it.
    scope = _scope_after(text, _skip_times(text, m.end(), end), end, ctx.names)
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
    """ "the record post-1949 budget deficit", "a record high since 1998": only with a span."""
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


@lru_cache(maxsize=1)
def _trigger_re() -> re.Pattern[str]:
    """Every rank pattern's match holds one of these (lower case), at a word start; a
    clause without one has no rank. Single words only, so a trigger never spans two
    clauses; a plain ``re`` trie over the lower-cased text makes the scan cheap."""
    lex = _lexicon()
    words = [*lex["ordinals"], *lex["top_words"], *lex["lead_verbs"], *lex["superlatives"],
             *lex["most_words"], *lex["record_words"]]
    words += [max(phrase.split(), key=len) for phrase in lex["followers"]]  # "followed", not "was"
    span_high = rf"(?:{trie_pattern(lex['span_units'])})[\s-](?:high|low|peak|trough)"
    numeric = r"\d{1,3}(?:st|nd|rd|th)|no\.?\s*\d|#\s*\d|number\s"  # _NUMERIC_ORDINAL's forms
    return re.compile(rf"(?<![a-z0-9])(?:{trie_pattern({w.lower() for w in words})}|{span_high})|{numeric}")


@lru_cache(maxsize=2)
def _trigger_starts(text: str) -> list[int]:
    lower = text.lower()
    if len(lower) != len(text):  # a few letters lower-case to two ("İ"): offsets would move
        return [m.start() for m in re.finditer(_trigger_re().pattern, text, re.IGNORECASE)]
    return [m.start() for m in _trigger_re().finditer(lower)]


def _may_hold_rank(text: str, start: int, end: int) -> bool:
    starts = _trigger_starts(text)
    i = bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


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

    for m in p.verb.finditer(text, start, end):
        add(_verbal(text, m, start, end, ctx))
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
    for m in filter(free, p.led_by.finditer(text, start, end)):
        add(_led_by(m, ctx))
    for m in filter(free, p.follower.finditer(text, start, end)):
        add(RankMention(m.start(), m.end(), 0, None, relative=True))
    return sorted(found, key=lambda r: r.start)


# ---------------------------------------------------------------- standing or a figure's rank


def _in_aside(text: str, clause: Span, figure: Span, rank: RankMention) -> bool:
    """A figure in brackets, or in ", which covers 518 square kilometers," before the rank,
    measures something else than what is ranked."""
    opened = text.rfind("(", clause[0], figure[0])
    if opened != -1 and text.find(")", opened, figure[0]) == -1:
        return True
    seg = _segment(text, clause, figure[0])
    if seg[1] > rank.start:
        return False  # ", which added 1.2 points" after the rank measures what is ranked
    first = regex.match(r"\s*(\p{L}+)", text[seg[0]:seg[1]])
    return bool(first) and first.group(1).lower() in _sets()["asides"]


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
            and not any(a <= f[0] < b for a, b in streaks) and f[0] < last]


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
    return bool(m) and m.group(1).lower() in _sets()["anaphors"] and bool(regex.search(r"\d", rest))


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


def resolve_relative(text: str, rank: RankMention, previous: RankMention | None) -> RankMention | None:
    """ "the next largest" / "followed by": one place after the rank before (in the same
    paragraph), in its scope; "the next largest" with none before is second."""
    if not rank.relative:
        return rank
    if previous is None or "\n" in text[previous.end:rank.start]:
        return replace(rank, relative=False) if rank.position > 0 else None
    return replace(rank, position=previous.position + 1, scope=rank.scope or previous.scope, relative=False)


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


class RankReader:
    """Reads the ranks of a document clause by clause, keeping what carries between clauses:
    the rank before (for "the next largest", "followed by") and a rank whose figure is in the
    next clause ("The third largest sector was construction; however, this fell to 11.9%")."""

    def __init__(self, text: str, entities: Iterable[_Entity]) -> None:
        self.text = text
        self.ctx = rank_context(text, entities)
        self.previous: RankMention | None = None
        self.waiting: tuple[Span, RankMention] | None = None

    def read(self, clause: Span, sentence: Span, figures: Sequence[Sequence[Span]],
             periods: _Periods) -> tuple[list[RankMention], list[Standing]]:
        """``figures``: the spans of each figure group (indicator) of the clause, in text order.
        Returns the ranks to attach to figure groups (each placed on its figure, so that the
        nearest group takes it) and the standings."""
        flat = [f for group in figures for f in group]
        attach: list[RankMention] = []
        out: list[Standing] = []
        if self.waiting and self.waiting[0] == sentence and flat:
            attach.append(replace(self.waiting[1], start=flat[0][0], end=flat[0][1]))
        self.waiting = None
        for found in find_ranks(self.text, clause[0], clause[1], self.ctx):
            if found.relative and found.position == 0:
                attach += self._followers(found, figures)
                continue
            rank = resolve_relative(self.text, found, self.previous)
            if rank is None:
                continue
            self.previous = rank
            if not is_standing(self.text, rank, clause, flat):
                attach += self._placed(rank, clause, figures)
            elif rank.aspects_start is not None:
                out.append((rank.position, rank.scope, split_aspects(self.text, rank.aspects_start, sentence[1]),
                            standing_period(self.text, rank, sentence, periods)))
            elif not rank.verbal and not rank.named and carries_on(self.text, clause[1], sentence[1]):
                self.waiting = (sentence, rank)
            else:
                period = standing_period(self.text, rank, sentence, periods)
                out += [(pos, scope, aspects, period) for pos, scope, aspects in standings(self.text, rank, clause[1])]
        return attach, out

    def _placed(self, rank: RankMention, clause: Span, figures: Sequence[Sequence[Span]]) -> list[RankMention]:
        """A figure's rank on its nearest own figure; with "respectively", on each figure group
        after it in turn ("London and the South East had the greatest increase, of 13,000 and
        2,000 respectively": places 1 and 2). None when the clause has no own figure."""
        listed = self._listed(rank, figures) if rank.more else []
        if listed:
            return listed
        after = [g for g in figures if g and g[0][0] >= rank.core]
        if not rank.verbal and len(after) > 1 and _patterns().respectively.search(self.text, rank.end, clause[1]):
            return [replace(rank, position=rank.position + i, start=g[0][0], end=g[0][1]) for i, g in enumerate(after)]
        own = own_figures(self.text, rank, clause, [f for g in figures for f in g])
        if not own:
            return []
        near = min(own, key=lambda f: min(abs(f[0] - rank.core), abs(f[1] - rank.core)))
        return [replace(rank, start=near[0], end=near[1])]

    @staticmethod
    def _listed(rank: RankMention, figures: Sequence[Sequence[Span]]) -> list[RankMention]:
        """ "Exports and imports grew 5 and 3 percent, ranking seventh and ninth, respectively":
        each position on a figure group in turn, those before the rank first, else those after;
        none when the groups are not as many as the positions."""
        positions = (rank.position, *rank.more)
        before = [g for g in figures if g and g[-1][1] <= rank.core][-len(positions):]
        after = [g for g in figures if g and g[0][0] >= rank.core][:len(positions)]
        groups = before if len(before) == len(positions) else after if len(after) == len(positions) else []
        return [replace(rank, position=pos, more=(), start=g[0][0], end=g[0][1]) for pos, g in zip(positions, groups)]

    def _followers(self, mark: RankMention, figures: Sequence[Sequence[Span]]) -> list[RankMention]:
        """ "followed by A (7.2%), B (6.6%) and C": each figure group after the mark ranks one
        place lower than the one before."""
        out: list[RankMention] = []
        for group in figures:
            after = [f for f in group if f[0] >= mark.end]
            if not after:
                continue
            rank = resolve_relative(self.text, replace(mark, start=after[0][0], end=after[0][1]), self.previous)
            if rank is None:
                break
            out.append(rank)
            self.previous = replace(rank, end=mark.end)
        return out


# ---------------------------------------------------------------- document context


def rank_context(text: str, entities: Iterable[_Entity]) -> RankContext:
    """The document's place (its headline's first GPE, unless that is a zone or park: a zone
    report ranks the zone itself) and where its body starts."""
    entities = list(entities)
    names = tuple((e.start, e.end) for e in entities if e.label in ("GPE", "ORG"))
    title = detect_title([line.strip() for line in text.splitlines() if line.strip()])
    if not title:
        return RankContext(names=names)
    t0 = text.find(title)
    t1 = t0 + len(title)
    first = next((text[e.start:e.end] for e in entities if e.label == "GPE" and t0 <= e.start < t1), None)
    territory = first if first and first.split()[-1].lower() not in _sets()["territory_nouns"] \
        and len(first.split()) <= 3 else None
    words = frozenset(w.lower() for w in regex.findall(r"[\p{L}\p{N}.]+", territory or ""))
    return RankContext(normalise_scope(territory), words, t1, names)


# ---------------------------------------------------------------- aspects


def split_aspects(text: str, start: int, end: int) -> list[str]:
    """ "A, B, and C." -> ["A", "B", "C"] """
    body = text[start:end].strip().rstrip(".;")
    # Only commas separate items: "and" also joins words inside an item ("planning and
    # attracting major projects in science and technology field").
    parts = regex.split(r",\s*(?:and\s+|or\s+)?|;\s*", body)
    return [p.strip().strip("\"“”") for p in parts if p and p.strip()]


_DETERMINER = regex.compile(r"^(?:the|a|an|its|their)\s+", regex.IGNORECASE)
_ASPECT = regex.compile(r"\s+(?:in\s+terms\s+of|in|on)\s+(?:the\s+scale\s+of\s+)?(?P<aspect>[^,;.:]+?)"
                        r"(?=,?\s+and\s+(?:ranked\s+|ranking\s+)?(?P<next>\w+)\s+in\b|[,;.:]|$)",
                        regex.IGNORECASE)


# "... and second in knowledge creation": on to the next position's aspect.
_NEXT_RANK = regex.compile(r",?\s+and\s+(?:ranked\s+|ranking\s+)?\w+", _I)


def _aspect_text(text: str, start: int, end: int) -> str | None:
    """The aspect in text[start:end], without the time phrase that ends it ("R&D for the first
    time", "exports in 2022"); None when it is only a time ("in 2022", "in the first half of
    2023") or the list ranked on ("on the list released in March")."""
    body = _patterns().trailing_prep.sub("", text[start:_time_start(text, start, end)])
    body = _DETERMINER.sub("", body.strip()).strip()
    if not body:
        return None
    head: list[str] = []
    for word in body.lower().split():
        if word in _sets()["aspect_stops"] or word.endswith("ed"):
            break  # the head ends at a preposition or a participle: "list [released in ...]"
        head.append(word)
    return None if set(head) & _sets()["lead_objects"] else body


# Items split at commas and at the last "and"/"or" ("exports and R&D spending").
_ITEM_SPLIT = regex.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+(?!.*\s(?:and|or)\s)", _I)
_LIST_END = regex.compile(r"[;:.](?:\s|$)")
_LIST_JOIN = regex.compile(r"\s(?:and|or)\s", _I)


def _listed_aspects(text: str, pos: int, end: int) -> list[str]:
    """ "in GDP, exports and R&D spending": the items after the first aspect, when the rest of the
    sentence is such a list (short items without a figure, a rank or a verb's preposition)."""
    stop = _LIST_END.search(text, pos, end)
    rest = text[pos:stop.start() if stop else end]
    if not rest.startswith(",") or not _LIST_JOIN.search(rest):
        return []
    items = [i.strip() for i in _ITEM_SPLIT.split(rest[1:])]
    stops = _sets()["aspect_stops"] - {"of", "and", "or"}
    for item in items:
        words = item.lower().split()
        if not 1 <= len(words) <= 5 or any(c.isdigit() for c in item) or words[0] in _lexicon()["ordinals"] \
                or any(w in stops for w in words):
            return []  # ", accounting for 10%", ", and second in exports": not a list of aspects
    return [_DETERMINER.sub("", i) for i in items]


def aspect_rankings(text: str, rank: RankMention, end: int) -> list[tuple[int, str | None, list[str]]]:
    """ "ranked third in the country in overall strength and second in knowledge creation"
    -> [(3, "country", ["overall strength"]), (2, "country", ["knowledge creation"])]."""
    out: list[tuple[int, str | None, list[str]]] = []
    position, pos = rank.position, rank.end
    ordinals = _lexicon()["ordinals"]
    while True:
        m = _ASPECT.match(text, _skip_times(text, pos, end), end)  # "in 2022 in GDP": the period is none
        if not m:
            break
        aspect = _aspect_text(text, m.start("aspect"), m.end("aspect"))
        if aspect is not None:
            listed = [] if m.group("next") else _listed_aspects(text, m.end(), end)
            out.append((position, rank.scope, [aspect, *listed]))
        following = (m.group("next") or "").lower()
        if following not in ordinals:
            break
        position = ordinals[following]
        pos = _NEXT_RANK.match(text, m.end(), end).end()
    return out
