"""Lexicons of the number grammar and the quantity matcher, loaded from ``extractor/data``.

Every data file is validated with pydantic when first used, so that a bad edit fails loudly
with the file's name instead of silently matching nothing.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .literals import trie_pattern

DATA_DIR = Path(__file__).parent / "data"

UnitKind = Literal["percent", "percentage_point", "points", "physical", "duration", "times"]
HedgeName = Literal["approx", "above", "below"]


class _Strict(BaseModel):
    # A mistyped key must fail loudly: most fields default to an empty list, so an ignored
    # key would silently switch a feature off. Notes for editors are keys that start with
    # "_" or end in "_comment"; they are dropped before validation.
    model_config = ConfigDict(extra="forbid", frozen=True)

    @model_validator(mode="before")
    @classmethod
    def _drop_notes(cls, data: object) -> object:
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if not (k.startswith("_") or k.endswith("_comment"))}
        return data


class NumberWords(_Strict):
    units: dict[str, int]
    teens: dict[str, int]
    tens: dict[str, int]
    fractions: dict[str, int]
    """Fraction word -> denominator ("third" -> 3)."""
    multipliers: dict[str, int]
    """Words that are a number by themselves after "a" ("a dozen" -> 12)."""
    multiples: dict[str, int] = Field(default_factory=dict)
    """Words that are a multiple ("twice" -> 2 times)."""
    multiple_followers: list[str] = Field(default_factory=list)
    """Words after a multiple word that make it one ("twice the number", "twice as many")."""
    multiplying_verbs: dict[str, float] = Field(default_factory=dict)
    """Verb forms that are a multiple in unit "times" wherever they stand ("sales tripled")."""
    multiplying_verb_stems: dict[str, float] = Field(default_factory=dict)
    """Plain verb forms that are a multiple only before a follower word or a stop ("may double in 2030")."""
    multiplying_verb_followers: list[str] = Field(default_factory=list)
    """Words right after a plain multiplying verb that make it a verb ("double in 2030")."""
    multiplying_verb_no_bounds: list[str] = Field(default_factory=list)
    """Bounding words that bound no multiplying verb after them ("some doubled their stake")."""
    negative_words: list[str] = Field(default_factory=list)
    """Words right before a number that make it negative ("minus 2.1 percent")."""
    article_one_before: list[str] = Field(default_factory=list)
    """Words after which "a"/"an" is one ("a million", "more than a decade")."""
    article_one_time_points: list[str] = Field(default_factory=list)
    """Words after "a year" that make it a point in time ("30 more than a year earlier")."""
    glued_before_words: list[str] = Field(default_factory=list)
    """Words glued to the digits after them by a lost space ("up12.4 percent")."""


class Scales(_Strict):
    scales: dict[str, int]
    glued: dict[str, int] = Field(default_factory=dict)
    """Case-sensitive scale letters read only when glued to the number ("$2.3m", "12k")."""
    glued_need_money: list[str] = Field(default_factory=list)
    """Glued letters that scale only with a currency beside them ("$1.2B", not "3M")."""

    @model_validator(mode="after")
    def _money_letters_are_glued(self) -> "Scales":
        unknown = set(self.glued_need_money) - set(self.glued)
        if unknown:
            raise ValueError(f"glued_need_money not in glued: {sorted(unknown)}")
        return self


class UnitEntry(_Strict):
    unit: str
    kind: UnitKind
    surfaces: list[str] = Field(min_length=1)


class Units(_Strict):
    units: list[UnitEntry]
    duration_adjectives: list[str] = Field(default_factory=list)
    duration_hedges_that_are_time_spans: list[str] = Field(default_factory=list)
    """ "over two years" is a time span, not "more than two years"."""
    glued_m_meter_words: list[str] = Field(default_factory=list)
    """Words after a glued "m" that make it metres ("10m high"), not a million."""
    glued_m_meter_nouns: list[str] = Field(default_factory=list)
    """Nouns before "of" and a glued "m" that make it metres ("a depth of 30m")."""
    age_cues: list[str] = Field(default_factory=list)
    """Words before a bare number that make it an age in years ("aged 15 to 24")."""
    age_nouns_before_bound: list[str] = Field(default_factory=list)
    """Nouns before a bounded bare number that make it an age ("a child under 16")."""
    age_bounds_after: dict[Literal["above", "below"], list[str]] = Field(default_factory=dict)
    """Words after an age that bound it ("drivers aged 70 and over"); only after an age
    cue, since "and over" after any other figure usually starts a new phrase."""
    time_point_words: list[str] = Field(default_factory=list)
    """Words after a duration that make it a point in time ("two years ago"): no quantity."""


class Subunit(_Strict):
    factor: Decimal
    surfaces: list[str] = Field(min_length=1)


class AmbiguousWord(_Strict):
    """A bare currency word of several economies ("$", "francs", "pesos")."""

    surfaces: list[str] = Field(min_length=1)
    economies: list[str] = Field(min_length=1)
    """The codes it may stand for; the text's economy picks one."""
    default: str | None = None
    """The reading when the text names none of ``economies`` (None: unknown)."""
    explicit_leads: list[str] = Field(default_factory=list)
    """Codes that, written out in the first amount of this word, decide the bare ones."""

    @model_validator(mode="after")
    def _default_is_an_economy(self) -> "AmbiguousWord":
        if self.default is not None and self.default not in self.economies:
            raise ValueError(f"default {self.default} not in economies")
        if set(self.explicit_leads) - set(self.economies):
            raise ValueError(f"explicit_leads not in economies: {self.explicit_leads}")
        return self


class Currencies(_Strict):
    prefix: dict[str, list[str]]
    suffix: dict[str, list[str]]
    subunits: dict[str, Subunit] = Field(default_factory=dict)
    """Cents and pence: written after the number, worth ``factor`` of the currency."""
    economies: dict[str, list[str]]
    """Code -> the place names and demonyms of its economy ("CHF" -> "Swiss", "Zurich")."""
    economy_subdivisions: dict[str, str] = Field(default_factory=dict)
    """Code -> ISO 3166 country whose subdivisions vote for it ("Ontario" -> CAD)."""
    ambiguous: dict[str, AmbiguousWord] = Field(default_factory=dict)
    prefix_need_amount: list[str] = Field(default_factory=list)
    """One-letter prefixes ("R") that are money only before a scale word or a separated number."""
    scale_only: list[str] = Field(default_factory=list)
    """Ambiguous surfaces that are money only right after a scale word ("400 mln mark")."""
    carry_past_nouns: list[str] = Field(default_factory=list)
    """Nouns after a bare amount that name the change it is ("a 1.4 billion rise"): it still
    takes the currency carried from the amount before."""
    count_cues: list[str] = Field(default_factory=list)
    """Phrases before a bare scaled figure in its sentence that make it a count ("number of")."""
    yen_sign_economies: dict[str, list[str]] = Field(default_factory=dict)
    """ "¥" is the yen or the yuan: code -> words that name its economy; the one named more
    often wins, JPY on a tie."""

    @model_validator(mode="after")
    def _ambiguous_words_are_known(self) -> "Currencies":
        seen: set[str] = set()
        for name, word in self.ambiguous.items():
            unplaced = set(word.economies) - set(self.economies)
            if unplaced:
                raise ValueError(f"ambiguous {name}: no economies entry for {sorted(unplaced)}")
            twice = seen & {s.lower() for s in word.surfaces}
            if twice:
                raise ValueError(f"ambiguous {name}: surfaces of another word too: {sorted(twice)}")
            seen |= {s.lower() for s in word.surfaces}
        if set(self.scale_only) - seen:
            raise ValueError(f"scale_only not an ambiguous surface: {sorted(set(self.scale_only) - seen)}")
        return self


class Hedges(_Strict):
    before: dict[HedgeName, list[str]]
    verbs: dict[HedgeName, list[str]]
    after: dict[HedgeName, list[str]]
    not_bounds: list[str] = Field(default_factory=list)
    """Phrases ending in a bounding phrase that are no bound ("revised up to 2.3 pct")."""


class DirectionWords(_Strict):
    before: list[str]
    after: list[str]


class Directions(_Strict):
    up: DirectionWords
    down: DirectionWords
    after_modifiers: list[str]
    blockers: list[str]
    coordinators: list[str]
    rate_comparisons: list[str]
    """Words before an earlier period's rate: "rose 2.5 pct after 3.3 pct" (both rises)."""
    max_gap_words: int = Field(ge=1)
    compared_rate_max_words: int = 12
    """Most words between a rise rate and a rate compared with it ("up from 3.9 pct")."""
    compared_rate_breakers: list[str] = Field(default_factory=list)
    """Words between the two that open another clause: the later rate is no comparison."""
    compared_rate_leads: list[str] = Field(default_factory=list)
    """Rise/fall words that may stand right before the comparison word ("down from 3.8 pct")."""
    bracket_lead_verbs: list[str] = Field(default_factory=list)
    """Verbs after a bracketed figure that make it one of the rises or falls they lead."""
    comma_asides: list[str] = Field(default_factory=list)
    """Words set off by commas between a rise word and its number ("increased,
    respectively, by 12.5 percent"): the commas do not cut the two apart."""
    gap_asides: list[str] = Field(default_factory=list)
    """Words between two coordinated figures that qualify the first ("rose 3 per cent in
    total and 2.6 per cent"): they do not block the second figure's direction."""
    place_prepositions: list[str] = Field(default_factory=list)
    """Prepositions that, right before a bare count after a rise word, make the count where
    the rise happened, not its size ("increased in four provinces")."""
    list_breakers: list[str] = Field(default_factory=list)
    """Words that end a breakdown after a rise or fall ("rose in A (2%), while B (1%) fell"):
    the next bracketed rate does not share the direction."""
    target_nouns: list[str] = Field(default_factory=list)
    """Nouns right after a figure that make it a target, not a change ("a three to five pct
    growth target" is exact)."""
    target_modifiers: list[str] = Field(default_factory=list)
    """Words that may stand between the figure and the target noun ("growth", "inflation")."""
    rate_after: dict[Literal["up", "down"], list[str]] = Field(default_factory=dict)
    """Words after a rate or points that are a rise or fall against a reference level
    ("2.1 percentage points below its long-run average")."""
    gap_verbs: dict[Literal["up", "down"], list[str]] = Field(default_factory=dict)
    """Verbs that set a figure against a reference, the gap given after "by" ("trailed the
    1986 total by 2.9 pct" is a fall of 2.9 pct)."""
    not_directions: list[str] = Field(default_factory=list)
    """Phrases holding a rise/fall word that are neither ("making up 41.5 percent of")."""
    figure_adjectives: list[str] = Field(default_factory=list)
    """Adjectives between a rise word and its figure, commas allowed ("grew a provisional,
    seasonally adjusted 2-1/4 pct")."""
    cause_nouns: list[str] = Field(default_factory=list)
    """Nouns before "for/of/behind the" + a rise word: the figure is the cause, not the rise."""
    rate_only: list[str] = Field(default_factory=list)
    """Rise/fall words ("before" lists) that direct only a rate ("negative rates of 0.5 pct")."""
    object_verbs: list[str] = Field(default_factory=list)
    """Transitive rise words ("before" lists) whose object may be the figure ("raised 2
    billion dlrs"): they direct a rate or points, or another figure right after "by"."""
    repeated_prepositions: list[str] = Field(default_factory=list)
    """Prepositions that, repeated after "and", carry the rise of the first figure to the
    next one ("grew by 40 in Lyon and by 25 in Nice": both are rises)."""
    bare_rate_change_max: float = 100.0
    """Largest bare change after a rate that is read as percentage points ("was 6.1 per
    cent, down 0.3 on the month"); bigger ones are counts."""


class NonQuantities(_Strict):
    name_prefixes: list[str]
    """Words right before a number that make it part of a name ("S&P 500")."""
    name_suffixes: list[str]
    """Case-sensitive regexes right after a number that make it a name or an ordinal."""
    name_tokens: list[str] = Field(default_factory=list)
    """Whole tokens starting with a number that are names ("401(k)"), any case."""
    name_words_not_names: list[str]
    months: list[str]
    calendar_period_openers: list[str]
    calendar_period_nouns: list[str]
    year_prepositions: list[str] = Field(default_factory=list)
    """Words before a year-like number that keep it a year before a bracketed rate."""
    pronoun_one_before: list[str]
    pronoun_one_after: list[str]
    label_nouns: list[str] = Field(default_factory=list)
    """Nouns whose bare numbers label a part of a document ("tables 1 to 7", "section 4")."""
    quarter_nouns: list[str] = Field(default_factory=list)
    """Nouns whose bare 1 to 4 is a calendar quarter ("quarter 1 (Jan to Mar) 2015")."""
    class_nouns: list[str] = Field(default_factory=list)
    """Nouns whose bare number names a class or step ("band one", "tier 2", "stage three")."""
    clock_zones: list[str] = Field(default_factory=list)
    """Time zones and clock words after a time of day written without a colon ("1430 GMT")."""


_M = TypeVar("_M", bound=_Strict)


def _load(name: str, model: type[_M]) -> _M:
    path = DATA_DIR / name
    return model.model_validate(json.loads(path.read_text(encoding="utf-8")))


@lru_cache(maxsize=None)
def number_words() -> NumberWords:
    return _load("number_words.json", NumberWords)


@lru_cache(maxsize=None)
def scales() -> Scales:
    return _load("scales.json", Scales)


@lru_cache(maxsize=None)
def units() -> Units:
    return _load("units.json", Units)


@lru_cache(maxsize=None)
def currencies() -> Currencies:
    return _load("currencies.json", Currencies)


@lru_cache(maxsize=None)
def hedges() -> Hedges:
    return _load("hedges.json", Hedges)


@lru_cache(maxsize=None)
def directions() -> Directions:
    return _load("directions.json", Directions)


@lru_cache(maxsize=None)
def non_quantities() -> NonQuantities:
    return _load("non_quantities.json", NonQuantities)


def phrase_pattern(phrase: str) -> str:
    """Regex source for a lexicon phrase: spaces match any run of spaces/newlines."""
    return r"\s+".join(re.escape(part) for part in phrase.split())


def alternation(phrases: list[str] | set[str]) -> str:
    """Longest-first alternation, so that "percentage points" wins over "percent".

    Folded into a prefix tree when that tries the same phrases in the same order: a flat
    alternation is tried branch by branch, and under IGNORECASE Python's ``re`` cannot skip
    a branch by its first letter, so hundreds of unit words cost hundreds of steps.
    """
    unique = set(phrases)
    if _trie_keeps_order(unique):
        return "(?:" + trie_pattern(unique, space=r"\s+") + ")"
    ordered = sorted(unique, key=len, reverse=True)
    return "(?:" + "|".join(phrase_pattern(p) for p in ordered) + ")"


def _trie_keeps_order(phrases: set[str]) -> bool:
    """Does a prefix tree match exactly like the longest-first alternation of ``phrases``?

    Two phrases of a flat alternation can both match at one place only when one is a prefix
    of the other (in either case under IGNORECASE); the tree tries those longest first too,
    provided each such pair is a prefix as written (not "Mark" before "marks"), every phrase
    is written with single spaces (the flat order counts raw characters), no letter has
    case folds beyond ``lower()`` (only ASCII letters) and the list is not empty (an empty
    flat alternation matches the empty string).
    """
    if not phrases or any(not p or p != " ".join(p.split()) for p in phrases):
        return False
    if any(not c.isascii() and c.lower() != c.upper() for p in phrases for c in p):
        return False
    by_lower: dict[str, list[str]] = {}
    for p in phrases:
        by_lower.setdefault(p.lower(), []).append(p)
    return all(b.startswith(a) for b in phrases for k in range(1, len(b) + 1)
               for a in by_lower.get(b.lower()[:k], ()) if a != b)
