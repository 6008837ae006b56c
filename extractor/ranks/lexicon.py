"""The rank lexicon: the word lists of ``data/ranks.json``, the word sets built from
them, and the compiled patterns every rank reader matches with. Loaded once and cached,
so the lists stay data ("extend them here, not in code") and the patterns are built on
first use rather than at import.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..lexicons import data_json
from ..literals import trie_pattern


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
    return data_json("ranks.json")


@lru_cache(maxsize=1)
def _sets() -> dict[str, frozenset[str]]:
    lex = _lexicon()
    keys = ("scope_nouns", "territory_nouns", "peer_quantifiers", "not_scope_words", "aspect_stops",
            "aspect_of_ok", "determiners", "asides", "anaphors", "not_rank_heads", "participle_rank_verbs",
            "lead_objects", "time_words", "hedges", "peer_prepositions", "pace_heads", "peer_demonyms",
            "list_links", "list_verbs", "superlatives")
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
    record_figure: regex.Pattern
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
    led_by_cue: regex.Pattern
    behind: regex.Pattern
    move: regex.Pattern
    move_by: regex.Pattern
    subject_unit: regex.Pattern
    peer_subject: regex.Pattern
    edition: regex.Pattern


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
    # One stage of a move: an ordinal and the time it held ("28th in 2012", "No.9 in the first half of 2016").
    stage = (rf"(?P<stage>(?:the\s+)?{ordinal}(?:\s+(?:{places}))?(?:\s+(?:{_alt(lex['move_stage_prepositions'])})"
             rf"\s+(?:[\p{{L}}\-]+\s+){{0,5}}?(?:19|20)\d\d\b)?)")
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
            rf"|(?=\s+(?:{most_preps})\b|\s*(?:[^\w\s\-]|$)))"
            # "the main contributor to the growth": first, but only before these heads.
            rf"|(?P<main>{_alt(lex['main_words'])})(?=\s+(?:{_alt(lex['main_heads'])})\b))", _I),
        record=regex.compile(
            # "from January's record three pct": a possessive makes "record" an adjective too
            rf"(?:\b(?P<det>{_alt(lex['record_before'])}|\p{{Lu}}\p{{L}}+['’]s)\s+)?"
            rf"\b(?:{_alt(lex['record_words'])})(?P<level>[\s-]+(?:high|low|level))?"
            rf"(?:\s+(?P<mark>(?:post|pre)-\d{{4}}))?", _I),
        # The figure a record modifies: "a record [$197.8 billion]", "a record high [of] 711".
        record_figure=regex.compile(r"\s+(?:of\s+)?(?:[$€£¥]|[A-Z]{1,3}\$?)?\s?(?:(?!(?:19|20)\d\d\b)\d"
                                    rf"|(?:{cardinals})\b(?!\s+times\b))", regex.V1),  # "a record three pct"
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
            rf"|(?!(?:{since_stops})\b){_WORD}(?:\s+(?!(?:{since_stops})\b){_WORD}){{0,4}}"
            # "since quarter 1 (Jan to Mar) 2013": a bracket glossing the period, then its year
            rf"(?:\s*\([^()\d]{{1,30}}\)\s+(?:19|20)\d\d\b)?)", _I),
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
        # Every led_by match holds one of these words: a clause without them skips the
        # pattern, whose open subject would otherwise be tried at every letter.
        led_by_cue=regex.compile(rf"\b(?:{_alt(lex['led_by_words'])})\s+(?=[A-Z])", regex.V1),
        behind=regex.compile(rf"\s*,?\s*(?:{_alt(lex['behind_words'])})\s+", _I),
        # "moved up from 28th in 2012, 24th in 2013 ... to 14th in 2017": each earlier stage
        # (a repeated group: its captures) with the year it held, then the new position.
        move=regex.compile(
            rf"\b(?P<verb>{_alt(lex['move_verbs'])})(?:\s+(?:{_alt(lex['move_directions'])}))?\s+from\s+"
            rf"{stage}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){stage})*"
            rf",?\s+to\s+(?:the\s+)?(?P<ord>{ordinal})(?:\s+(?:{places}))?\b", _I),
        # "moves up 2 places to 14", "slipped three spots to 9th": the count moved is part of the phrase.
        move_by=regex.compile(
            rf"\b(?P<verb>{_alt(lex['move_verbs'])})\s+(?:(?:{_alt(lex['move_directions'])})\s+)?"
            rf"(?:\d{{1,3}}|{cardinals})\s+(?:{_alt(lex['move_units'])})\s+to\s+(?:the\s+)?"
            rf"(?P<ord>{ordinal}|\d{{1,3}}(?![\d.,%]|\s*(?:per|percent)\b))(?:\s+(?:{places}))?\b", _I),
        # "The Great Lakes region experienced [the slowest growth]": the unit the subject is, then its verb.
        subject_unit=regex.compile(rf"\b(?P<unit>{_alt(lex['subject_units'])})\s+(?P<verb>[a-z]+)\s+$", regex.V1),
        # "The divisions [with the] largest declines": a plural lower-case noun (5+ letters, not
        # "-ss") before a link word names the peers the superlative ranks among.
        peer_subject=regex.compile(rf"\b(?P<peers>[a-z][a-z\-]{{2,}}[^s\W]s)\s+(?:{_alt(lex['peer_subject_links'])})\s+$",
                                   regex.V1),
        edition=regex.compile(rf"\s+(?:{_alt(lex['edition_nouns'])})\b", _I),
    )
