"""Cue lexicons (``data/roles.json``, ``data/phrases.json``) loaded once and compiled.

Everything here is built at first use and cached: assembly runs per figure, the regexes
must not be compiled per call.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from .lexicons import data_json
from .literals import trie_pattern

WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}&'’\-/]*")
"""A word for phrase cutting: keeps "R&D", "and/or", "China-Europe", "country's" whole."""


def _load(name: str) -> dict:
    return data_json(name)


def _alternation(phrases: list[str]) -> str:
    # Folded into a trie: a flat alternation of hundreds of phrases is tried branch by
    # branch at every position. Lower-cased because every cue pattern ignores case.
    return trie_pattern({p.lower() for p in phrases}, space=r"\s+")


@dataclass(frozen=True)
class Cues:
    """Compiled cue patterns and word sets."""

    share_left: regex.Pattern
    contribution_left: regex.Pattern
    change_item_left: regex.Pattern
    """Ends right before the items that lead a change ("led by (Arizona (7.6 percent))")."""
    """Ends right after "contributed": with "to total ..." after the percent, a share."""
    total_left: regex.Pattern
    total_right: regex.Pattern
    stock_verb_left: regex.Pattern
    """Ends right after "totaled", "numbered": a level, a total only of a stock of bodies."""
    existential: regex.Pattern
    stock_right: regex.Pattern
    stock_clause: regex.Pattern
    new_left: regex.Pattern
    comparison_left: regex.Pattern
    basis: dict[str, regex.Pattern]
    intro: regex.Pattern
    intro_object: regex.Pattern
    """An opener that takes an object up to its comma ("Excluding food and energy, ...")."""
    reference_left: regex.Pattern
    """Ends right before a period the figure is compared with ("than at the end of")."""
    forecast: regex.Pattern
    seasonal: regex.Pattern
    subordinate: regex.Pattern
    new_right: regex.Pattern
    partitive_between: regex.Pattern
    partitive_opener: regex.Pattern
    stock_join: regex.Pattern
    """From a total count's end to the next count: "... institutions as well as ", ", "."""
    """ "(, )of which", "among them" opening a clause: its figures are parts of the whole before."""
    """Between a count and a new part of it: "enterprises, of which", "incubators,"."""
    cumulative_left: regex.Pattern
    """Ends right before a figure that is a running total ("bringing the park's total to")."""
    times_change_right: regex.Pattern
    rule: regex.Pattern
    definition: regex.Pattern
    """A clause that defines a system's make-up ("consists of"): weights, not statistics."""
    verbs: frozenset[str]
    prepositions: frozenset[str]
    keep_prepositions: frozenset[str]
    clause_words: frozenset[str]
    determiners: frozenset[str]
    pronouns: frozenset[str]
    direction_words: frozenset[str]
    number_modifiers: frozenset[str]
    scope_stop: frozenset[str]
    cumulative_nouns: frozenset[str]
    reporting: regex.Pattern
    """"<someone> said (that)", "figures show": what follows is the statement."""
    object_verbs: frozenset[str]
    copulas: frozenset[str]
    forecaster_nouns: frozenset[str]
    """Subjects that state an expectation of the metric before ("Analysts had predicted ...")."""
    sample_left: regex.Pattern
    age_left: regex.Pattern
    whole_left: regex.Pattern
    """Ends right before a count that is a whole ("among the province's (36 zones)")."""
    """Ends right before an age that defines a group ("people aged (55 to 64)")."""
    """Ends right before the size of a sample ("a survey of (65 economists)")."""
    auxiliaries: frozenset[str]
    manner_nouns: frozenset[str]
    container_nouns: frozenset[str]
    anaphoric_nouns: frozenset[str]
    actor_nouns: frozenset[str]
    place_nouns: frozenset[str]
    link_words: frozenset[str]
    designation: regex.Pattern
    """After a counted noun: "were newly recognized as" (the count is of what follows)."""
    participle_preps: frozenset[str]
    participles: frozenset[str]
    stock_nouns: frozenset[str]
    rank_words: frozenset[str]
    time_nouns: frozenset[str]
    light_nouns: frozenset[str]
    figure_units: frozenset[str]
    change_noun_after: regex.Pattern
    """After a figure: "(a 3-1/2 pct) rise in (production)", "(a 0.4 percent) increase by the (rent index)"."""
    anaphora: regex.Pattern
    anaphora_words: frozenset[str]
    time_frame_left: regex.Pattern
    whole_opener: regex.Pattern
    list_lead_in: regex.Pattern
    """ "like", "such as" before the listed metrics of a "respectively" list."""
    """ "Among the 37 industries," opening a clause: the whole a subset is counted in."""
    own_ground: regex.Pattern
    object_after: dict[str, str]
    change_nouns: frozenset[str]
    change_apposition: regex.Pattern
    follow_on: regex.Pattern
    """ "after advancing", "but grew", "following a fall of" right before a change: no
    subject of its own."""
    count_units: frozenset[str]
    position_verbs: frozenset[str]
    verb_followers: frozenset[str]
    """A verb not in the list: -ed words and these, after a noun and before a figure or
    one of ``verb_followers`` (see ``phrases._fallback_verb``)."""
    head_modifiers: frozenset[str]
    list_rise_after: regex.Pattern
    modifier_suffixes: tuple[str, ...]
    """A one-word count phrase that is a modifier ("national", "provincial-level"): the
    count shares the head of the next ("26 national and 118 provincial companies")."""
    monthly_release: regex.Pattern
    """A text that reports month by month ("monthly estimate", "last month")."""
    single_month: regex.Pattern
    """A single month without its year ("last month")."""
    quarterly_release: regex.Pattern
    """A text that reports quarter by quarter ("this quarterly bulletin"); periods.json."""
    """Between an amount and its change: ", a year-on-year increase of", ", up"."""


def _suffix(phrases: list[str]) -> regex.Pattern:
    """Matches when the text window ENDS with one of the phrases (cue just before a figure)."""
    return regex.compile(rf"(?:^|\W)(?:{_alternation(phrases)})\W*$", regex.IGNORECASE)


def _prefix(phrases: list[str]) -> regex.Pattern:
    return regex.compile(rf"^\W*(?:{_alternation(phrases)})\b", regex.IGNORECASE)


def _anywhere(phrases: list[str]) -> regex.Pattern:
    return regex.compile(rf"{_word_start(phrases)}(?:{_alternation(phrases)})(?![\w-])", regex.IGNORECASE)


@lru_cache(maxsize=64)
def anywhere_cue(phrases: tuple[str, ...]) -> regex.Pattern:
    """The pattern ``_anywhere`` makes of some phrases of a cue list: for a text that holds
    only those, it finds what the pattern of the whole list finds (the trie keeps their order)."""
    return _anywhere(list(phrases))


def _word_start(phrases: list[str]) -> str:
    """``(?<![\\w-])``, led by ``\\b`` when every phrase opens with a word character: the
    same matches, but the engine then skips straight to word starts (about twice as fast)."""
    opens_word = all(regex.match(r"\w", p) for p in phrases)
    return r"\b(?<![\w-])" if opens_word else r"(?<![\w-])"


def _basis_cues(stated: dict[str, list[str]], bare: dict[str, list[str]]) -> dict[str, regex.Pattern]:
    """Each basis's cue pattern: the phrases of roles.json, and the bare period phrases of
    periods.json ("in the month"), which are a basis only when no "of" or "to" names the
    period after them ("in the month of May" is May)."""
    return {name: basis_cue(tuple(phrases), tuple(bare.get(name, ()))) for name, phrases in stated.items()}


@lru_cache(maxsize=256)
def basis_cue(stated: tuple[str, ...], bare: tuple[str, ...]) -> regex.Pattern:
    """A basis's cue pattern made of these phrases (see ``_basis_cues``); of some of them, it
    is the pattern of all for a text that holds only those (the trie keeps their order)."""
    pattern = rf"{_word_start(list(stated))}(?:{_alternation(list(stated))})(?![\w-])"
    if bare:
        pattern += rf"|\b(?:{_alternation(list(bare))})(?![\w-])(?!\s+(?:of|to|ending|ended)\b)"
    return regex.compile(pattern, regex.IGNORECASE)


@lru_cache(maxsize=1)
def cues() -> Cues:
    roles, words = _load("roles.json"), _load("phrases.json")
    return Cues(
        share_left=_suffix(roles["share_left"]),
        contribution_left=_suffix(roles["contribution_left"]),
        change_item_left=_suffix(roles["change_item_left"]),
        total_left=_suffix(roles["total_left"]),
        total_right=_prefix(roles["total_right"]),
        stock_verb_left=_suffix(roles["stock_verbs"]),
        existential=regex.compile(rf"\b(?:{_alternation(roles['existential'])})\b", regex.IGNORECASE),
        stock_right=_prefix(roles["stock_right"]),
        stock_clause=_anywhere(roles["stock_clause"]),
        new_left=_suffix(roles["new_left"]),
        comparison_left=regex.compile(
            rf"(?:^|\W)(?:{_alternation(roles['comparison_left'])})(?:\s+(?:a|an|the|only))?"
            rf"(?:\s+(?:budgeted|revised|provisional|forecast|estimated|record|previous|downwards?|upwards?))*\W*$",
            regex.IGNORECASE),
        basis=_basis_cues(roles["basis"], data_json("periods.json")["bare_basis"]),
        intro=regex.compile(rf"^\W*(?:{_alternation(roles['intro_phrases'] + roles['intro_object_phrases'])})\b[^,]*?,?\s*",
                            regex.IGNORECASE),
        intro_object=_suffix(roles["intro_object_phrases"]),
        reference_left=regex.compile(
            rf"(?<![\w-])(?:{_alternation(roles['reference_left'])})"
            rf"(?:\s+(?:{_alternation(roles['reference_fillers'])}))*\s*$", regex.IGNORECASE),
        forecast=_anywhere(roles["forecast"]),
        seasonal=_anywhere(roles["seasonal"]),
        subordinate=_anywhere(words["subordinators"]),
        partitive_opener=regex.compile(rf"(?:^|,)\s*(?:{_alternation(roles['partitive'])})\s", regex.IGNORECASE),
        partitive_between=regex.compile(rf"[^,;.()]{{0,80}},\s*(?:(?:{_alternation(roles['partitive'])})\s*)?",
                                        regex.IGNORECASE),
        stock_join=regex.compile(rf"[^,;.()\d]{{0,80}}?(?:,\s*(?:and\s+)?|\s(?:{_alternation(roles['stock_joins'])})\s+)",
                                 regex.IGNORECASE),
        new_right=regex.compile(rf"^\s+(?:{_alternation(roles['new_right'])})(?![\w-])", regex.IGNORECASE),
        cumulative_left=regex.compile(
            rf"(?<![\w-])(?P<verb>{_alternation(roles['cumulative_verbs'])})\s+(?:the|its|their|a)\s+"
            rf"(?P<what>(?:[\w'’\-/&]+\s+){{0,8}}?)to\s+(?:about\s+|nearly\s+|over\s+|more\s+than\s+)?$",
            regex.IGNORECASE),
        times_change_right=regex.compile(rf"^\s+(?:{_alternation(roles['times_change_right'])})(?![\w-])",
                                         regex.IGNORECASE),
        rule=_anywhere(roles["rule_cues"]),
        definition=_anywhere(roles["definition_cues"]),
        verbs=frozenset(words["verbs"]),
        prepositions=frozenset(words["prepositions"]),
        keep_prepositions=frozenset(words["keep_prepositions"]),
        clause_words=frozenset(words["clause_words"]) | frozenset(words["verb_adverbs"])
        | frozenset(words["time_adverbs"]),
        determiners=frozenset(words["determiners"]),
        pronouns=frozenset(words["pronouns"]),
        direction_words=frozenset(words["direction_words"]),
        number_modifiers=frozenset(words["number_modifiers"]),
        scope_stop=frozenset(roles["scope_stop"]),
        cumulative_nouns=frozenset(roles["cumulative_nouns"]),
        # "in 49 states", "12 reports": after a number the word is a noun
        reporting=regex.compile(rf"(?<![\w-])(?<!\d\s)(?:{_alternation(words['reporting_verbs'])})(?:\s+on\s+\w+)?"
                                rf"(?:\s+that)?(?![\w-])(?!\s+to\s)\s*,?\s*", regex.IGNORECASE),
        # "is estimated to have fallen": an infinitive after it, the verb is the statement's own
        object_verbs=frozenset(words["object_verbs"]),
        copulas=frozenset(words["copulas"]),
        forecaster_nouns=frozenset(roles["forecaster_nouns"]),
        sample_left=_suffix(roles["sample_left"]),
        age_left=_suffix(roles["age_left"]),
        whole_left=regex.compile(rf"(?<![\w-])(?:{_alternation(roles['whole_left'])})\s+(?:(?:the|its|their|all|these)\s+)?"
                                 rf"(?:[\w\-]+['’]s?\s+)?$", regex.IGNORECASE),
        auxiliaries=frozenset(words["auxiliaries"]),
        manner_nouns=frozenset(words["manner_nouns"]),
        container_nouns=frozenset(words["container_nouns"]),
        anaphoric_nouns=frozenset(words["anaphoric_nouns"]),
        actor_nouns=frozenset(words["actor_nouns"]),
        place_nouns=frozenset(words["place_nouns"]),
        link_words=frozenset(words["link_words"]),
        designation=regex.compile(
            rf"\s+(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+)?(?:newly\s+)?"
            rf"(?:{_alternation(words['designation_verbs'])})\s+as\s+(?:an?\s+|the\s+)?", regex.IGNORECASE),
        participle_preps=frozenset(words["postmodifier_participles_before"]),
        participles=frozenset(words["postmodifier_participles"]),
        stock_nouns=frozenset(words["stock_nouns"]),
        rank_words=frozenset(words["rank_words"]),
        time_nouns=frozenset(words["time_nouns"]),
        light_nouns=frozenset(words["light_nouns"]),
        figure_units=frozenset(words["figure_units"]),
        change_noun_after=regex.compile(rf"\s+(?:[\w\-]+\s+)?(?:{_alternation(roles['change_noun'])})\s+(?:in|of|by\s+the)\s+",
                                        regex.IGNORECASE),
        anaphora_words=frozenset(roles["anaphora"]),
        anaphora=regex.compile(rf"(?:that\s+year\s+|then\s+)?(?:{_alternation(roles['anaphora'])})\b", regex.IGNORECASE),
        time_frame_left=regex.compile(rf"(?<![\w-])(?:{_alternation(roles['time_frame_left'])})\s+(?:couple\s+of\s+)?$",
                                      regex.IGNORECASE),
        list_lead_in=regex.compile(rf"(?<![\w-])(?:{_alternation(roles['list_lead_ins'])})\s+", regex.IGNORECASE),
        whole_opener=regex.compile(rf"\W*(?:{_alternation(roles['whole_openers'])})\s+(?:all\s+)?(?:the|its|their|these)\s+$",
                                   regex.IGNORECASE),
        own_ground=regex.compile(rf"\s+in\s+(?:the|this|our)\s+(?:{_alternation(roles['own_ground'])})\s*$",
                                 regex.IGNORECASE),
        object_after=dict(words["object_after"]),
        change_nouns=frozenset(roles["change_noun"]),
        follow_on=regex.compile(rf"\W*(?<![\w-])(?:{_alternation(roles['follow_on_openers'])})\s+(?:also\s+)?"
                                rf"(?P<word>[\w-]+)(?:\s+(?P<noun>[\w-]+))?\s+(?:by\s+|of\s+)?$", regex.IGNORECASE),
        count_units=frozenset(words["count_units"]),
        position_verbs=frozenset(words["position_verbs"]),
        verb_followers=frozenset(words["verb_followers"]),
        head_modifiers=frozenset(words["head_modifiers"]),
        list_rise_after=regex.compile(rf"\s*\)\s*(?:{_alternation(words['list_rise_after'])})(?![\w-])", regex.IGNORECASE),
        modifier_suffixes=tuple(words["modifier_suffixes"]),
        monthly_release=_anywhere(roles["monthly_release"]),
        single_month=_anywhere(roles["single_month"]),
        quarterly_release=_anywhere(data_json("periods.json")["quarterly_release"]),
        change_apposition=regex.compile(
            rf"\s*,\s*(?:(?:a|an)\s+)?(?:(?:{_alternation([w for v in roles['basis'].values() for w in v])})\s+)?"
            rf"(?:{_alternation(roles['change_apposition'])})\s+(?:by\s+)?(?:about\s+|nearly\s+|around\s+)?$",
            regex.IGNORECASE),
    )
