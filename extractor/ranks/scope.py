"""Scope (SPEC ``rank.scope``): the place the peers of a rank are in, normalised like
``share.of``. Read after the rank phrase ("in the country", "nationwide", "since 1949"), at
the clause's opening ("Among the 31 provinces, ..."), from the peers' level ("among the 169
national high-tech zones": the country) or, when the text names none, the document's place.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..phrases import normalise_scope
from .lexicon import _I, _alt, _lexicon, _patterns, _sets
from .mentions import Names, RankContext
from .words import _is_capitalised, _strip_possessive, _tokens


@dataclass(frozen=True, slots=True)
class _Scope:
    text: str | None
    kind: str
    """ "place"; "peers" (a class, no place: the document's place stands in); "span" (past time);
    "subject" (the plural peers named before a superlative: "The divisions with the largest ...")."""
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
    above it (the country), not in one province. Units narrowed by other words ("the leading
    seven industrial countries") are a peer set of their own, not all of the level."""
    m = _peer_units().search(" ".join(words))
    if m is None:
        return None
    before = " ".join(words)[:m.start("unit")].split()
    if any(w.lower() not in _lexicon()["peer_adjectives"] for w in before):
        return None
    return _lexicon()["peer_units"][" ".join(m.group("unit").lower().split())]


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
    if _is_capitalised(first) and first.lower() not in _lexicon()["peer_adjectives"] and \
            first.lower() not in s["peer_demonyms"]:  # "among Chinese cities": peers, not the place "chinese"
        return _proper_scope(text, prep, words, quantified, names)
    if head in s["territory_nouns"] and not quantified and prep != "of":
        return _Scope(normalise_scope(" ".join(raw)), "place", phrase_end)
    if head in s["lead_objects"]:
        place = _peers_place(raw)  # "in the national ranking": the country
        return _Scope(place, "place", phrase_end) if place else None
    if prep in s["peer_prepositions"] or quantified:
        found_peers = _peers_scope(text, raw, phrase_end, end, names)
        # "ranked first among Chinese cities": "among" states the peer set, which is the scope
        # (as "Among the Member States, ..." opening a clause); "of any industry group" does not.
        stated = found_peers.kind == "peers" and prep in ("among", "amongst") and not quantified
        return _Scope(found_peers.text, "place", found_peers.end) if stated else found_peers
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
    prep = m.group("prep").lower()
    scope = _phrase_scope(text, prep, clause_start + m.end(), comma, names)
    if scope is not None and scope.kind == "peers" and prep in _sets()["peer_prepositions"]:
        # "Among the leading seven industrial countries, ...": the text states the peer set
        return _Scope(scope.text, "place", scope.end)
    return scope


def _implicit(scope: _Scope | None, ctx: RankContext, text: str, clause_start: int, start: int) -> str | None:
    """The stated scope, else the document's place unless the clause is about that place."""
    if scope is not None and scope.kind != "peers":
        return scope.text
    fallback = scope.text if scope is not None else None
    stated = _paragraph_peers(text, clause_start, ctx.names)
    if stated is not None:
        return stated
    if ctx.territory is None:
        return fallback
    before = [w.lower() for w in regex.findall(r"[\p{L}\p{N}.]+", text[clause_start:start])]
    opening = [w for w in before[:3] if w not in _sets()["determiners"]][:1]
    if set(before) & ctx.territory_words or set(opening) & (_sets()["territory_nouns"] | {"it"}):
        return fallback  # "The zone is the largest ...", "Wales had the highest ...": ranks the place itself
    return ctx.territory


def _paragraph_peers(text: str, clause_start: int, names: Names) -> str | None:
    """ "Among the Member States for which data are available, sales rose in twelve. The
    highest increases were in A (+2.9%) ...": a peer set stated at the paragraph's opening
    is the scope of the paragraph's later ranks that state none (not the document's place)."""
    paragraph = text.rfind("\n", 0, clause_start) + 1
    if paragraph >= clause_start or not regex.match(r"\W*(?:among|amongst)\s", text[paragraph:clause_start], _I):
        return None
    end = regex.search(r"[.;:](?=\s)|$", text[paragraph:clause_start])
    assert end is not None  # "|$" always matches
    scope = _intro_scope(text, paragraph, paragraph + end.start(), names)
    return scope.text if scope is not None and scope.kind == "place" else None

