"""The quantity matcher: every numeric expression of a text as a :class:`QuantityMention`.

One cheap compiled scan finds anchors (digits, number words); at each anchor anchored
matches read the number with its scale word, unit and trailing bound ("or more"), and the
words before it (bounding word, currency symbol, name or date words). A short pass over
the quantities (not over tokens) then joins ranges, reads rise/fall directions from the
words governing each number, and carries a currency to bare scaled amounts.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal, TypeVar

from .currency_economies import bare_word_surfaces, resolve_currencies
from .literals import trie_pattern
from .mentions import Direction, Hedge, QuantityMention
from .numbers import (Exact, GLUED_DIGIT_PATTERN, NUMBER_PATTERN, parse_number_exact, scale_exact,
                      to_plain_number)
from .quantity_lexicon import (
    alternation,
    currencies,
    directions,
    hedges,
    non_quantities,
    number_words,
    scales,
    units,
)

__all__ = ["find_quantities"]


# ---------------------------------------------------------------------------------------
# Compiled patterns (built once, at import)
# ---------------------------------------------------------------------------------------
#
# Speed: a flat regex tried at every character of the text is several times slower than
# spaCy's tokenizer. So one cheap scan finds anchors (a digit or a number word, on the
# lower-cased text, as a prefix tree), and everything else is an anchored ``match`` at an
# anchor: the number grammar forwards, and the words before it read backwards from a
# reversed copy of the text (so the left context costs one anchored match too).

def _unit_surfaces() -> dict[str, tuple[str | None, str]]:
    """Lower-cased surface -> (unit, kind); currencies get kind "money", and a bare word of
    several economies ("francs") its default, None when unknown (resolved per text)."""
    table: dict[str, tuple[str | None, str]] = {}
    for code, surfaces in currencies().suffix.items():
        for surface in surfaces:
            table[surface.lower()] = (code, "money")
    for code, sub in currencies().subunits.items():
        for surface in sub.surfaces:
            table[surface.lower()] = (code, "money")
    for surface, default in bare_word_surfaces().items():
        table.setdefault(surface, (default, "money"))
    for entry in units().units:
        for surface in entry.surfaces:
            table.setdefault(surface.lower(), (entry.unit, entry.kind))
    return table


_V = TypeVar("_V", bound=str)


def _phrase_table(groups: dict[_V, list[str]]) -> dict[tuple[str, ...], _V]:
    return {_words(p): name for name, ps in groups.items() for p in ps}


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(phrase.lower().split())


def _norm(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _anchor_words() -> set[str]:
    lex = number_words()
    words = set(lex.units) | set(lex.teens) | set(lex.tens) | set(lex.multipliers)
    words |= set(lex.multiples)
    words |= {w.lower() for w in lex.article_one_before}
    # Every fraction word: "a tenth of the firms", "two-fifths" ("fifth" alone is no number).
    # "a percentage point": the number is the article before "percentage".
    return words | set(lex.fractions) | {"hundred"} | _ARTICLE_POINT_WORDS


_ARTICLE_POINT_WORDS = frozenset({"percentage"})


_UNIT_TABLE = _unit_surfaces()
_PREFIX_TABLE = {_norm(s): code for code, ss in currencies().prefix.items() for s in ss}
# A currency written as a separate word before the number ("RMB 5 billion", "Rs 500 crore")
# counts only in the case the lexicon writes it: "rs" or "usd" in running text is no money.
_PREFIX_WORDS = {s: code for code, ss in currencies().prefix.items() for s in ss
                 if s.rstrip(".").isalpha()}
_SCALE_TABLE = {k.lower(): v for k, v in scales().scales.items()}
_GLUED_TABLE = dict(scales().glued)
_GLUED_NEED_MONEY = frozenset(scales().glued_need_money)
_NEGATIVE_WORDS = frozenset(w.lower() for w in number_words().negative_words)
_MULTIPLE_WORDS = frozenset(w.lower() for w in number_words().multiples)
_HEDGE_BEFORE = _phrase_table(hedges().before)
_HEDGE_AFTER = {_norm(p): h for h, ps in hedges().after.items() for p in ps}
_HEDGE_VERBS = _phrase_table(hedges().verbs)
_NOT_BOUNDS = {_words(p): "exact" for p in hedges().not_bounds}
_PREFIX_NEED_AMOUNT = frozenset(currencies().prefix_need_amount)
_SUBUNIT_FACTOR = {s.lower(): sub.factor
                   for sub in currencies().subunits.values() for s in sub.surfaces}
_TIME_SPAN_HEDGES = {_words(w) for w in units().duration_hedges_that_are_time_spans}
_DURATION_TIME_POINTS = frozenset(w.lower() for w in units().time_point_words)
_NQ = non_quantities()
_NAME_PREFIXES = {_words(p): "name" for p in _NQ.name_prefixes}
_NAME_WORDS_OK = {w.lower() for w in _NQ.name_words_not_names}
_MONTHS = set(_NQ.months)
_PERIOD_OPENERS = {w.lower() for w in _NQ.calendar_period_openers}
_CLASS_NOUNS = frozenset(w.lower() for w in _NQ.class_nouns)
_PERIOD_NOUNS_OR_END = {w.lower() for w in _NQ.calendar_period_nouns} | {""}
_YEAR_PREPOSITIONS = frozenset(w.lower() for w in _NQ.year_prepositions)
_ONE_BEFORE = {_words(p): "pronoun" for p in _NQ.pronoun_one_before}
_ARTICLES = {"a", "an", "the"}
_DASH_GLUE = re.compile("[\u2014\u2013/]")
_ARTICLE_ONE_WORDS = frozenset(w.lower() for w in number_words().article_one_before)
_TIME_POINT_WORDS = frozenset(w.lower() for w in number_words().article_one_time_points)
_GLUED_WORDS = ({w.lower() for w in number_words().glued_before_words}
                | {_norm(w) for d in (directions().up, directions().down) for w in d.before if " " not in w}
                | {w for key in {**_HEDGE_BEFORE, **_HEDGE_VERBS} if len(key) == 1 for w in key})
_MINUS_SIGNS = {"-", "\u2212", "\u2013"}
_SIGNS = _MINUS_SIGNS | {"+"}
_LONGEST_LEFT_PHRASE = 4
_LEFT_CHARS = 40

# The word right before a number decides, with one set lookup, whether a phrase can end there.
_LAST_WORDS = {id(t): frozenset(key[-1] for key in t)
               for t in (_HEDGE_BEFORE, _NAME_PREFIXES, _ONE_BEFORE, _NOT_BOUNDS)}

_WORD_END = r"(?![\w])"
_SCALE_WORD = alternation(list(_SCALE_TABLE))
# "mark", "crown": money only right after a scale word ("a 400 mln mark deficit"); alone
# they are other words ("crossed the 2,000 mark").
_SCALE_ONLY_UNITS = {s.lower() for s in currencies().scale_only}
_UNIT_WORD = (rf"(?:{alternation([u for u in _UNIT_TABLE if u not in _SCALE_ONLY_UNITS])}"
              rf"|(?(scale){alternation(list(_SCALE_ONLY_UNITS) or ['(?!)'])}|(?!)))")
_CORE = re.compile(
    rf"(?P<num>{NUMBER_PATTERN})"
    # A glued letter ("$2.3m", "12k") is case-sensitive and never written apart; a scale
    # word may be followed by a second one that multiplies it ("5 lakh crore").
    rf"(?:(?P<glued>(?-i:{alternation(list(_GLUED_TABLE))})){_WORD_END}"
    # Spaces are read possessively ("\s*+"): every scale, unit and bound word starts with a
    # non-space, so giving a space back could not let one match; it would only retry them all.
    # A stray full stop before a capitalised scale word is a typo ("1985's 2.2. Billion").
    rf"|(?:\s*+|-|\.[ ](?=(?-i:[MBT]illion\b)))(?P<scale>{_SCALE_WORD}(?:\s+{_SCALE_WORD})?){_WORD_END})?"
    rf"(?:(?:\s*+|-)(?:(?P<adj>{alternation(units().duration_adjectives)})\s+)?"
    rf"(?P<unit>{_UNIT_WORD})(?:(?<=[%$²³])|{_WORD_END}))?"
    rf"(?:\s++(?P<post>{alternation(list(_HEDGE_AFTER))}){_WORD_END})?",
    re.IGNORECASE,
)
# The same grammar for digits glued to a word by a lost space ("up12.4 percent", "Rs.443").
_CORE_GLUED = re.compile(_CORE.pattern.replace(f"(?P<num>{NUMBER_PATTERN})",
                                               f"(?P<num>{GLUED_DIGIT_PATTERN})", 1), re.IGNORECASE)
# Numbers that are no quantity, recognised from where the number starts.
_SKIP_AT = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}\b"                  # ISO date 2022-05-07
    r"|\d{4}/\d{1,2}/\d{1,2}\b"                 # 2019/07/10
    r"|\d{1,2}/\d{1,2}/\d{2,4}\b"               # 3/4/2020
    r"|\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\b\.?)?(?!\d)"  # clock time 16:53, 09:03pm, 8:00 a.m.
    # "at 1430 GMT", "0915 local time", "10.30 GMT": a time of day before a time zone
    rf"|(?:[01]\d|2[0-3]|(?:[01]?\d|2[0-3])\.)[0-5]\d(?=\s+(?i:{alternation(_NQ.clock_zones)})(?![\w]))"
    r"|(?:19|20)\d\d[/-]\d\d\b(?![/-]\d)"       # fiscal years 2012/13
    r"|(?<![^\n])\d{1,2}[.)](?=\s)"             # list marker "1. " at a line start
)
# No lookbehind at the front: it would stop the engine from skipping ahead to a digit.
_ANCHOR = re.compile(rf"\d[\d,.]*|(?:{trie_pattern(_anchor_words())})(?![a-z])")
# The same anchors in two scans that re can skip through (an alternation of a digit class
# and words is tried in full at every character): digit runs, and number words at a word
# start, taken with the character before them (see _anchors).
_DIGIT_ANCHOR = re.compile(r"\d[\d,.]*")
_WORD_ANCHOR = re.compile(rf"(?:{trie_pattern(_anchor_words())})(?![a-z])")
_WORD_ANCHOR_AFTER = re.compile(rf"[^a-z]{_WORD_ANCHOR.pattern}")
_ANCHOR_WORDS_ARE_LETTERS = all(re.fullmatch("[a-z]+", w) for w in _anchor_words())
_NAME_SUFFIX = re.compile("|".join(f"(?:{p})" for p in _NQ.name_suffixes))
_NAME_TOKEN = re.compile(rf"{alternation(_NQ.name_tokens)}(?![\w])", re.IGNORECASE)
# A glued "m" is metres, not a million, before a dimension word ("10m high", "50m-long")
# or after a dimension noun ("a depth of 30m", "a height of about 10m").
_METER_AFTER = re.compile(
    rf"[\s-]*{alternation(units().glued_m_meter_words)}(?![\w-])", re.IGNORECASE)
_METER_BEFORE = re.compile(
    rf"\b{alternation(units().glued_m_meter_nouns)}\s+of\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
_METER_BEFORE_CHARS = 40
_GLUED_LETTERS = re.compile(r"[^\W\d_]")
# A label noun, then any labels listed before this one ("tables 1, 2 and ", "Chart 1.2 to ").
_LABEL_JOINERS = [",", "and", "or", "to", "-", "–", "&"]
_LABEL_BEFORE = re.compile(
    rf"\b{alternation(_NQ.label_nouns)}\s+(?:(?-i:\d[\d.]*|[A-Z]\d*)\s*(?:{'|'.join(map(re.escape, _LABEL_JOINERS))})\s*)*$",
    re.IGNORECASE)
_LABEL_ENDS = tuple({n.lower() for n in _NQ.label_nouns} | set(_LABEL_JOINERS))
_LABEL_CHARS = 60
# ONS quarter notation: "quarter 1 (Jan to Mar) 2015", "quarters 2 and 3" name calendar quarters.
_QUARTER_BEFORE = re.compile(
    rf"\b{alternation(_NQ.quarter_nouns)}\s+(?:[1-4]\s*(?:,|and|or|to|-|–|&)\s*)*$", re.IGNORECASE)
_QUARTER_NUMBER = re.compile(r"[1-4]$")
_DAY = re.compile(r"(?:[12]\d|3[01]|0?[1-9])$")
# A day number written before its month ("13 December 2024", "on 5 May", "30-Jun-2023").
_MONTH_AFTER = re.compile(
    rf"(?:\s+|-)(?-i:{alternation(_NQ.months)})\.?(?![\w])")
_EDGE_PUNCT = "\"'“”‘’([{«"
_YEAR = re.compile(r"(?:19|20)\d\d$")
_BRACKETED_PERCENT = re.compile(r"\s*\(\s*[\d.,]+\s*(?:%|per\s*cent|percent|pct)", re.IGNORECASE)
_ONE_AFTER = re.compile(
    "(?:" + "|".join(re.escape(p) if p[0] in "-' " else r"\s+" + re.escape(p) + r"\b"
                     for p in _NQ.pronoun_one_after) + ")",
    re.IGNORECASE)
_FOLLOWING_WORD = re.compile(r"\s+([A-Za-z][\w-]*)")
_NOUN_AFTER_ASIDE = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?([A-Za-z][\w-]*)")
_RANGE_JOINER = re.compile(r"\s*(?:-|–|—|to)\s*", re.IGNORECASE)
_NOT_RANGE_BEFORE = re.compile(
    rf"\b(?:from|by|{trie_pattern({_norm(w) for w in directions().up.before + directions().down.before})})\s+$")
_AND_JOINER = re.compile(r"\s+and\s+", re.IGNORECASE)
# "1.1 and 1.4%", "2.1, 3.4 and 5.6 percent": a list of numbers whose rate unit is written once.
_LIST_JOINER = re.compile(r"\s*,?\s+(?:and|or)\s+|(?P<comma>\s*,\s*)", re.IGNORECASE)
_TO_LEVEL = re.compile(r"\s+to\s+", re.IGNORECASE)


def _direction_words(direction: str, where: str) -> list[str]:
    return list(getattr(getattr(directions(), direction), where))


_UP_BEFORE = {_norm(w) for w in _direction_words("up", "before")}
# Phrases holding a trigger word but no rise ("making up 41.5 percent of") are matched too,
# so that the scan consumes them, and then dropped.
_NOT_DIRECTIONS = {_norm(w) for w in directions().not_directions}
_TRIGGER_WORDS = {_norm(w) for w in _direction_words("up", "before") + _direction_words("down", "before")}
_RATE_ONLY_TRIGGERS = frozenset(_norm(w) for w in directions().rate_only)
_OBJECT_VERBS = frozenset(_norm(w) for w in directions().object_verbs)
_BY_END = re.compile(r"(?:^|\s)by\s*$", re.IGNORECASE)
_LEFT_TRIGGER = re.compile(rf"(?:{trie_pattern(_TRIGGER_WORDS | _NOT_DIRECTIONS)})(?![a-z])")
_LEFT_TRIGGER_AFTER = re.compile(rf"[^a-z]{_LEFT_TRIGGER.pattern}")
# The shortcut of _trigger_spans needs every trigger to start and end with a letter a-z (a
# match never ends where the next one's left character is needed); it lists those with any
# other character inside (a space, a hyphen).
_TRIGGERS_END_IN_LETTERS = all(re.fullmatch("[a-z](?:.*[a-z])?", w) for w in _TRIGGER_WORDS | _NOT_DIRECTIONS)
_SPACED_TRIGGERS = sorted(w for w in _TRIGGER_WORDS | _NOT_DIRECTIONS if not re.fullmatch("[a-z]+", w))
# The prefix tree prefers the longest phrase at a place: the widest cover of a span start.
_GLUED_SPACED_TRIGGER = re.compile(rf"(?<=[a-z])(?:{trie_pattern(_SPACED_TRIGGERS)})(?![a-z])")
_LONGEST_SPACED_TRIGGER = max(map(len, _SPACED_TRIGGERS), default=0)
_RIGHT_TRIGGER = re.compile(  # "\s*+": as in _CORE, every word after the spaces starts with a non-space
    rf"\s*+(?:(?:a|an)\s+)?(?:{alternation(directions().after_modifiers)}\s+)?"
    rf"(?:(?P<up>{alternation(_direction_words('up', 'after'))})"
    rf"|(?P<down>{alternation(_direction_words('down', 'after'))}))\b",
    re.IGNORECASE,
)
_RATE_AFTER = re.compile(
    rf"\s*(?:(?P<up>{alternation(directions().rate_after.get('up', []))})"
    rf"|(?P<down>{alternation(directions().rate_after.get('down', []))}))\b",
    re.IGNORECASE,
)
_RATE_KINDS = frozenset({"percent", "percentage_point", "points"})
# "Cafes (0.7 per cent) led the rises": the bracketed figure is one of the rises it leads.
_BRACKET_LEAD = re.compile(
    rf"\s*\)\s*(?:{alternation(directions().bracket_lead_verbs)})\s+the\s+(?:way\s+)?"
    rf"(?:(?P<up>{alternation(_direction_words('up', 'after'))})"
    rf"|(?P<down>{alternation(_direction_words('down', 'after'))}))\b",
    re.IGNORECASE,
)
_BLOCKER = re.compile(rf"\b{alternation(directions().blockers)}\b", re.IGNORECASE)
# "trailed the February 1986 total by 2.9 pct": a gap verb, its reference (words and years,
# no other figure) and "by" right before the number.
_GAP_VERB_BY = re.compile(
    rf"(?<![\w-])(?:(?P<up>{alternation(directions().gap_verbs.get('up', ['(?!)']))})"
    rf"|(?P<down>{alternation(directions().gap_verbs.get('down', ['(?!)']))}))\s+"
    r"(?:[^\d,;:!?.]|(?<!\d)(?:19|20)\d\d(?!\d)){1,60}?\bby\s+$", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
_COORDINATION = re.compile(
    rf"[\s,()]*(?:(?:{alternation(directions().coordinators)})\b[\s,()]*)?"
    r"(?:[\w'&/-]+\s+){0,3}",
    re.IGNORECASE,
)
_RATE_COMPARISON = re.compile(
    rf"\b{alternation(directions().rate_comparisons)}\s+(?:(?:a|an|the)\s+)?"
    rf"(?:(?:{alternation(directions().figure_adjectives)})\s+)?$",  # "against an estimated 2.4 pct"
    re.IGNORECASE)
_PLAIN_SEPARATOR = re.compile(r"[\s,()]*")
# A breakdown after a rise or fall: "rose in Victoria (0.2%), South Australia (0.8%) and
# Tasmania (0.5%)": each bracketed rate after a short name shares the direction.
_LISTED_RATE = re.compile(r"\s+(?:[\w'&/-]+\s+){0,4}in\s+[^()\d;:.]{1,80}\(\s*")
# "downward contributions from mining (4.2%) and water (1.2%)": a contribution's direction
# governs the bracketed figures of the list it introduces.
_CONTRIBUTION_LIST = re.compile(r"\s+contributions?\s+(?:from|in|of)\s+[^()\d;:.]{1,80}\(\s*", re.IGNORECASE)
# "with 9 of the 13 subsectors providing downward contributions; this was led by A (4.5%)":
# the items leading the contributions share their direction across the semicolon.
_LED_LIST = re.compile(r"\s*(?:this|these|which|it)\s+(?:was|were|is|are)\s+led\s+by\s+[^()\d;:.]{1,80}\(\s*$",
                       re.IGNORECASE)
_CONTRIBUTION_CLAUSE = re.compile(r"\b(?:(?P<up>upward)|(?P<down>downward))\s+contributions?\b[^;:.()]*;$",
                                  re.IGNORECASE)
_COMMA_ASIDE = re.compile(rf",\s*(?:{alternation(directions().comma_asides)})\s*,", re.IGNORECASE)
_LISTED_ADJECTIVE = re.compile(
    rf"\b{alternation(directions().figure_adjectives or ['(?!)'])}\s*,", re.IGNORECASE)
_CAUSE_OF = re.compile(
    rf"\b{alternation(directions().cause_nouns or ['(?!)'])}\s+(?:for|of|behind)\s+(?:the\s+)?$")
_GAP_ASIDE = re.compile(rf"\b{alternation(directions().gap_asides or ['(?!)'])}\b", re.IGNORECASE)
_PLACE_PREPOSITION_END = re.compile(rf"\b(?:{alternation(directions().place_prepositions)})\s+$",
                                    re.IGNORECASE)
# "5.7 percent in the Southwest, 5.3 percent in the Plains": a rate after a place phrase and a
# comma, itself followed by the same preposition, is the next item of a parallel list.
_PARALLEL_ITEM = re.compile(
    rf"\s+(?P<prep>{alternation(directions().place_prepositions)})\s+[^()\d;:.,]{{1,60}},\s*(?:and\s+)?",
    re.IGNORECASE)
_LIST_BREAKER = re.compile(rf"\b{alternation(directions().list_breakers)}\b", re.IGNORECASE)
_NEXT_LISTED_RATE = re.compile(r"\s*\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)[^()\d;:.]{1,60}\(\s*")
# A line break ends a sentence unless the next line goes on with it: a hard-wrapped wire line
# ("fell\n0.2 percentage point") goes on in lower case or with a number that is no list
# marker; a blank line, a heading or a bullet ("- ", "1. ") is a break.
# Written as one character class first, so that re skips ahead to those characters (an
# alternation of a class and a literal is tried at every character): "[.!?;:](?=\s)" or
# "\n(?![ \t]*(?:[a-z]|\d(?![\d,]*[.)]\s)))", told apart by the character taken.
_SENTENCE_BREAK = re.compile(
    r"[.!?;:\n](?:(?<=\n)(?![ \t]*(?:[a-z]|\d(?![\d,]*[.)]\s)))|(?<!\n)(?=\s))")
_WORD = re.compile(r"[\w'-]+")
_NON_NOUN_FOLLOWERS = {
    "in", "from", "to", "and", "or", "against", "for", "at", "on", "of", "with", "by",
    "than", "during", "compared", "a", "an", "the", "last", "this", "that", "year",
    "respectively", "while", "but", "as", "up", "down", "over", "after", "before", "since",
    "previously", "earlier", "ago", "was", "were", "is", "are", "which", "when", "versus",
}


# ---------------------------------------------------------------------------------------
# Working records
# ---------------------------------------------------------------------------------------

@dataclass(slots=True)
class _Found:
    start: int
    end: int
    num_start: int
    value: Exact
    upper: Exact | None
    unit: str | None
    kind: str | None
    hedge: Hedge
    scale: int | None
    """Factor of the scale written after the number ("billion", glued "m"), else None."""
    currency_word: str | None = None
    unit_before: bool = False
    """The unit is a currency written before the number ("$5-10 million": both ends)."""
    direction: Direction | None = None
    unit_inferred: bool = False
    between: int | None = None
    """Start of a "between" right before the number (a range opener)."""
    paired: bool = False
    """The second of a falling "A to B" ("5.7 percent to 5.0 percent"): no range, two
    figures compared side by side, so it takes the first one's direction."""
    sign: int = 0
    """The sign written before the number: -1 ("-1.2%", "minus 2"), 1 ("+0.3%"), 0 none."""


@dataclass(slots=True)
class _Text:
    """The text with what every anchor consults: its reverse, lower case, break offsets."""

    text: str
    lower: str
    breaks: list[int]
    """Ends of sentence breaks, ascending."""
    trigger_starts: list[int]
    triggers: list[tuple[int, int, Direction]]
    """Rise/fall words (start, end, direction), ascending."""

    def sentence_start(self, pos: int) -> int:
        i = bisect_right(self.breaks, pos) - 1
        return self.breaks[i] if i >= 0 else 0

    def last_trigger(self, begin: int, end: int) -> tuple[int, int, Direction] | None:
        i = bisect_right(self.trigger_starts, end) - 1
        while i >= 0 and self.triggers[i][1] > end:
            i -= 1
        return self.triggers[i] if i >= 0 and self.triggers[i][0] >= begin else None


def _prepare(text: str) -> _Text:
    lower = text.lower()
    if len(lower) != len(text):  # a few code points lengthen when lower-cased
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    triggers: list[tuple[int, int, Direction]] = [
        (start, end, "up" if lower[start:end] in _UP_BEFORE else "down")
        for start, end in _trigger_spans(lower)
        # not inside a word, nor the end of a compound adjective ("fast-growing firms")
        if not (start and (lower[start - 1].isalpha() or lower[start - 1] == "-"))
        and lower[start:end] not in _NOT_DIRECTIONS]
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text)]
    return _Text(text=text, lower=lower, breaks=breaks,
                 trigger_starts=[t[0] for t in triggers], triggers=triggers)


def _trigger_spans(lower: str) -> list[tuple[int, int]]:
    """The spans of ``_LEFT_TRIGGER.finditer(lower)``, less some right after a letter a-z
    (which _prepare drops: the letter is alphabetic).

    Searched with the character before each word taken along, which re can skip ahead to
    (the words' first letters are most of the alphabet). A word match right after a letter
    is left out; unless it holds a space or hyphen, it is made of letters a-z, so no match
    this scan keeps could have started inside it. If such a spaced phrase written right
    after a letter ("xwent up") could cover the start of a span found, the plain scan
    decides.
    """
    if not _TRIGGERS_END_IN_LETTERS:
        return [m.span() for m in _LEFT_TRIGGER.finditer(lower)]
    spans = []
    first = _LEFT_TRIGGER.match(lower)
    if first is not None:
        spans.append(first.span())
    after = first.end() if first is not None else 0
    spans += [(m.start() + 1, m.end()) for m in _LEFT_TRIGGER_AFTER.finditer(lower, after)]
    if any(_in_glued_phrase(lower, start) for start, _ in spans):
        return [m.span() for m in _LEFT_TRIGGER.finditer(lower)]
    return spans


def _in_glued_phrase(lower: str, pos: int) -> bool:
    """Does a spaced trigger right after a letter start before ``pos`` and end after it?"""
    # Such a phrase lies within _LONGEST_SPACED_TRIGGER of pos; one more character lets the
    # closing look-ahead see past it.
    stop = pos + _LONGEST_SPACED_TRIGGER + 1
    m = _GLUED_SPACED_TRIGGER.search(lower, max(0, pos - _LONGEST_SPACED_TRIGGER), stop)
    while m is not None and m.start() < pos:
        if m.end() > pos:
            return True
        m = _GLUED_SPACED_TRIGGER.search(lower, m.start() + 1, stop)
    return False


# ---------------------------------------------------------------------------------------
# Public interface
# ---------------------------------------------------------------------------------------

def find_quantities(text: str) -> list[QuantityMention]:
    """Every quantity of ``text`` (SPEC "Quantity"), sorted by start, non-overlapping."""
    prepared = _prepare(text)
    found: list[_Found] = []
    consumed = 0
    for pos, anchor_end in _anchors(prepared.lower):
        if pos < consumed:
            continue
        if pos and prepared.lower[pos - 1].isalpha() and not _glued_word_before(text, pos):
            continue  # "someone", "often": a number word inside a longer word
        word = prepared.lower[pos:anchor_end]
        if (word in _ARTICLE_ONE_WORDS or word in _ARTICLE_POINT_WORDS) \
                and not prepared.lower.endswith(("a ", "an "), 0, pos):
            continue  # "year", "million" start a number only after "a" ("a million")
        skip = _SKIP_AT.match(text, pos)
        if skip is not None:
            consumed = skip.end()
            continue
        floor = max(consumed, found[-1].end if found else 0)
        # A quote pair has "/" right after the digits and dots the anchor ran over.
        pair = _BID_OFFER.match(text, pos) if prepared.lower.startswith("/", anchor_end) else None
        quantity = None
        if pair is not None and not (pos and text[pos - 1] in "./"):
            quantity, consumed = _read_bid_offer(prepared, pair, floor)
        if quantity is None:
            quantity, consumed = _read_anchor(prepared, pos, floor)
        if quantity is not None:
            found.append(quantity)
    found = _join_ranges(text, found)
    _share_listed_units(text, found)
    _share_compared_rate(prepared, found)
    _age_years(text, found)
    _assign_directions(prepared, found)
    _resolve_points(prepared, found)
    _bare_rate_changes(prepared, found)
    resolve_currencies(text, found)
    _currency_after_conversion(text, found)
    _carry_currency(prepared, found)
    _headline_currency(text, found)
    found = _add_multiplying_verbs(prepared, found)
    return [_to_mention(q) for q in found]


def _anchors(lower: str) -> list[tuple[int, int]]:
    """(start, end) of every match of ``_ANCHOR.finditer(lower)`` that can start a number.

    Left out: number words right after a letter a-z ("someone"), which find_quantities
    drops (the letter is alphabetic). With the words all made of a-z, the two kinds never
    overlap (digits, commas and dots against letters) and a word match right after a letter
    holds letters only, so dropping it uncovers no other anchor: the digit runs and the
    words at a word start are the anchors kept, in the same order.
    """
    if not _ANCHOR_WORDS_ARE_LETTERS:
        return [m.span() for m in _ANCHOR.finditer(lower)]
    spans = [m.span() for m in _DIGIT_ANCHOR.finditer(lower)]
    first = _WORD_ANCHOR.match(lower)
    if first is not None:
        spans.append(first.span())
    after = first.end() if first is not None else 0
    spans += [(m.start() + 1, m.end()) for m in _WORD_ANCHOR_AFTER.finditer(lower, after)]
    spans.sort()
    return spans


# ---------------------------------------------------------------------------------------
# One anchor
# ---------------------------------------------------------------------------------------

class _Left:
    """The tokens before a number, nearest first, and what is glued to it ("$" of "$161").

    Built from a short slice with ``str.split`` (fast); token offsets, needed only when a
    phrase is found, are computed on demand.
    """

    __slots__ = ("text", "pos", "att", "raws", "words", "lows", "_starts")

    def __init__(self, text: str, pos: int, floor: int) -> None:
        lo = max(floor, pos - _LEFT_CHARS)
        window = text[lo:pos]
        parts = window.split()
        if lo > floor and lo > 0 and not text[lo - 1].isspace() and parts and not window[0].isspace():
            parts = parts[1:]  # the slice cut a word in two
        self.text, self.pos = text, pos
        self.att = parts.pop() if parts and window and not window[-1].isspace() else ""
        raws = parts[::-1][:_LONGEST_LEFT_PHRASE]
        words: list[str] = []
        for raw in raws:
            word = raw.lstrip(_EDGE_PUNCT)
            words.append(word)
            if word != raw:
                break  # "(about $161": the bracket closes the phrase on its left
        self.raws = raws[:len(words)]
        self.words = words
        self.lows = [w.lower() for w in words]
        self._starts: list[int] | None = None

    def start(self, k: int) -> int:
        """Offset of the k-th token before the number (0 = nearest), punctuation cut."""
        if self._starts is None:
            starts, cursor = [], self.pos - len(self.att)
            for raw, word in zip(self.raws, self.words):
                cursor = self.text.rfind(raw, 0, cursor)
                starts.append(cursor + len(raw) - len(word))
            self._starts = starts
        return self._starts[k]

    def drop(self, n: int) -> "_Left":
        """The same context without its n nearest tokens ("a" of "a dozen", "RMB")."""
        starts = [self.start(k) for k in range(len(self.words))]
        self.raws, self.words, self.lows = self.raws[n:], self.words[n:], self.lows[n:]
        self._starts = starts[n:]
        self.att = ""
        return self


def _left_phrase(left: _Left, table: dict[tuple[str, ...], _V]
                 ) -> tuple[_V, int, int] | None:
    """Longest phrase of ``table`` ending right before the number: (value, start, length)."""
    lows = left.lows
    if not lows or lows[0] not in _LAST_WORDS[id(table)]:
        return None  # the common case, decided by one set lookup
    for size in range(min(len(lows), _LONGEST_LEFT_PHRASE), 0, -1):
        key = tuple(reversed(lows[:size]))
        if key in table:
            return table[key], left.start(size - 1), size
    return None


def _read_anchor(prepared: _Text, pos: int, floor: int) -> tuple[_Found | None, int]:
    """The quantity at an anchor, or None; and where scanning may resume."""
    text = prepared.text
    left = _Left(text, pos, floor)
    core = None
    if left.lows and left.lows[0] in ("a", "an") and not left.att:
        core = _CORE.match(text, left.start(0))  # "a dozen", "a third of", "a hundred"
        if core is not None and core.end() > pos:
            left = left.drop(1)
        else:
            core = None
    if core is None:
        core = _CORE.match(text, pos)
    if core is None and pos and (text[pos - 1] == "." or text[pos - 1].isalpha()) and _is_glued(left):
        core = _CORE_GLUED.match(text, pos)  # "up12.4 percent", "Rs.443 million"
    if core is None:
        return None, pos + 1
    if _is_not_a_quantity(text, core, left):
        return None, core.end()
    try:
        return _build(text, core, left), core.end()
    except ZeroDivisionError:
        return None, core.end()  # "0/0", "3/0": a code or a score, not a fraction


# A wire money-market quote "bid/offer": "4.50/43 pct" is 4.50 and 4.43, the second number
# written as the first one's last digits.
_BID_OFFER = re.compile(r"(\d+)\.(\d+)/(\d+)(?![\d/.])(?=\s*(?:%|[A-Za-z]))", re.IGNORECASE)
_QUOTE_KINDS = frozenset({"percent", "money"})  # "4.50/43 pct", "the dollar at 1.8350/60 marks"


def _read_bid_offer(prepared: _Text, pair: re.Match[str], floor: int) -> tuple[_Found | None, int]:
    """ "the 4.50/43 pct rate", "1.8350/60 marks": one quantity, value the lower quote, upper the
    higher; the abbreviated second quote is never a number of its own."""
    whole, decimals, tail = pair.groups()
    if len(tail) > len(decimals):
        return None, pair.start()
    first, _ = _read_anchor(prepared, pair.start(), floor)
    second, end = _read_anchor(prepared, pair.start(3), pair.start(3))
    if first is None or second is None or first.sign or first.unit is not None \
            or second.kind not in _QUOTE_KINDS or second.start != pair.start(3):
        return None, pair.start()
    quotes = sorted((parse_number_exact(f"{whole}.{decimals}"),
                     parse_number_exact(f"{whole}.{decimals[:len(decimals) - len(tail)]}{tail}")))
    second.start, second.num_start, second.hedge = first.start, first.num_start, first.hedge
    second.value, second.upper = quotes[0], (quotes[1] if quotes[1] != quotes[0] else None)
    return second, end


def _glued_word_before(text: str, pos: int) -> bool:
    """Is the word glued to the digit at ``pos`` one a lost space glued there ("up12.4"), or
    a currency written in letters ("RMB5 billion", "RM5 billion")?"""
    if not text[pos].isdigit():
        return False
    i = pos
    while i and text[i - 1].isalpha():
        i -= 1
    word = text[i:pos]
    return (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "-_.")) and (
        word.lower() in _GLUED_WORDS or word in _PREFIX_WORDS)


def _is_glued(left: _Left) -> bool:
    """Digits glued to a word ("up12.4") or to a dotted currency ("Rs.443") are a number."""
    att = left.att.lstrip(_EDGE_PUNCT)
    return (att.lower() in _GLUED_WORDS or att in _PREFIX_WORDS
            or (att.endswith(".") and att.lower() in _PREFIX_TABLE))


def _currency_before(left: _Left, num_start: int) -> tuple[str, int] | None:
    """ "$161", "US$3", "-$5", "RMB 5": (ISO code, start of the symbol); consumes "RMB"."""
    if left.att:
        glued = _DASH_GLUE.split(left.att)[-1].lstrip(_EDGE_PUNCT)  # "services—$172.7 billion"
        if len(glued) > 1 and glued[0] in _SIGNS:
            glued = glued[1:]  # "-$5m": the sign is read by _sign_before
        code = _PREFIX_TABLE.get(glued.lower())
        return None if code is None else (code, num_start - len(glued))
    if left.words and left.words[0] == left.raws[0]:
        code = _PREFIX_WORDS.get(left.words[0])
        if code:
            start = left.start(0)
            left.drop(1)
            return code, start
        symbol = left.words[0].lower()
        if symbol in _PREFIX_TABLE and not symbol[-1].isalnum() and symbol[-1] != ".":
            # "$ 420 million", "US $ 4.3 billion": a currency sign written apart
            n = 1
            if len(left.words) > 1 and left.words[1] == left.raws[1] \
                    and (left.words[1] + symbol).lower() in _PREFIX_TABLE:
                symbol, n = (left.words[1] + symbol).lower(), 2
            start = left.start(n - 1)
            left.drop(n)
            return _PREFIX_TABLE[symbol], start
    return None


def _sign_before(text: str, left: _Left, num_start: int) -> tuple[int, int]:
    """The written sign (-1, 1, or 0 when none is written) and where the number's surface
    starts with it.

    "-1.2%", "(−0.3%)", "-$5m" and "+1.84" carry a glued sign; "minus 2.1 percent" a word.
    A dash glued to a number after another one ("5–10") is a range, not a sign.
    """
    before = text[num_start - 2] if num_start >= 2 else " "
    if num_start and text[num_start - 1] in _SIGNS and (before.isspace() or before in _EDGE_PUNCT):
        return (1 if text[num_start - 1] == "+" else -1), num_start - 1
    if (num_start and text[num_start - 1].isspace() and left.lows
            and left.lows[0] in _NEGATIVE_WORDS and left.words[0] == left.raws[0]):
        start = left.start(0)
        left.drop(1)
        return -1, start
    return 0, num_start


def _scale_factor(core: re.Match[str]) -> int | None:
    """The factor of the scale written after the number: glued letter or scale words."""
    glued = core.group("glued")
    if glued:
        return _GLUED_TABLE[glued]
    words = core.group("scale")
    if not words:
        return None
    factor = 1
    for word in words.lower().split():
        factor *= _SCALE_TABLE[word]
    return factor


def _glued_reading(text: str, core: re.Match[str], unit: str | None
                   ) -> Literal["scale", "meter", "none"]:
    """What a glued letter is: "scale", "meter" or "none" (no quantity).

    Money beside it ("£450m", "450m euros") or a unit after it ("2m tonnes") makes it a
    scale. Without either, "M"/"K"/"B" are names or sizes ("3M", "4K"): no quantity; "m" is
    metres next to a dimension word ("10m high", "a depth of 30m") and otherwise a million
    ("2.3m people"), by far the more frequent reading in economic news.
    """
    glued = core.group("glued")
    if unit is not None:  # a currency before it has already become the unit
        return "scale"
    if glued in _GLUED_NEED_MONEY:
        return "none"
    if glued == "m" and (_METER_AFTER.match(text, core.end()) or _METER_BEFORE.search(
            text, max(0, core.start() - _METER_BEFORE_CHARS), core.start())):
        return "meter"
    return "scale"


def _scale_and_unit(text: str, core: re.Match[str], unit: str | None, kind: str | None
                    ) -> tuple[int | None, str | None, str | None] | None:
    """Scale factor, unit and kind once glued letters and multiple words are read.

    None when a glued letter makes the number no quantity ("3M").
    """
    if unit is None and core.group("num").lower() in _MULTIPLE_WORDS:
        unit, kind = _UNIT_TABLE["times"]  # "twice the number" is 2 times
    factor = _scale_factor(core)
    if core.group("glued"):
        reading = _glued_reading(text, core, unit)
        if reading == "none":
            return None
        if reading == "meter":
            return None, *_UNIT_TABLE["meter"]
    return factor, unit, kind


def _build(text: str, core: re.Match[str], left: _Left) -> _Found | None:
    num_start = core.start()
    unit, kind = _unit_of(core.group("unit"))
    currency = _currency_before(left, num_start)
    currency_word = (core.group("unit") or "").lower() if kind == "money" else None
    unit_before = False
    if currency is not None:
        code, num_start = currency
        if unit is None:
            unit, kind, unit_before = code, "money", True
            currency_word = text[num_start:core.start()].strip().lower()
    scaled = _scale_and_unit(text, core, unit, kind)
    if scaled is None:
        return None
    factor, unit, kind = scaled
    sign, num_start = _sign_before(text, left, num_start)
    value = parse_number_exact(core.group("num"))
    value = -value if sign < 0 else value
    if factor is not None:
        value = scale_exact(value, factor)
    if kind == "money" and core.group("unit"):
        subunit = _SUBUNIT_FACTOR.get(_norm(core.group("unit")))
        value = scale_exact(value, subunit) if subunit is not None else value
    hedge, start = _hedge_of(core, left, num_start, kind)
    if kind == "duration" and core.group("num").lower() in ("a", "an") and (
            hedge == "exact" or _next_word(text, core.end()) in _TIME_POINT_WORDS):
        return None  # "a year ago", "30 more than a year earlier": no quantity; "more than a decade" is one
    if kind == "duration" and _next_word(text, core.end()) in _DURATION_TIME_POINTS:
        return None  # "from one year earlier", "two years ago": a point in time
    between = left.start(0) if left.lows and left.lows[0] == "between" else None
    return _Found(start=start, end=core.end(), num_start=num_start, value=value, upper=None,
                  unit=unit, kind=kind, hedge=hedge, scale=factor,
                  currency_word=currency_word, between=between, unit_before=unit_before, sign=sign)


def _unit_of(unit_word: str | None) -> tuple[str | None, str | None]:
    if not unit_word:
        return None, None
    return _UNIT_TABLE[_norm(unit_word)]


def _hedge_of(core: re.Match[str], left: _Left, num_start: int,
              kind: str | None) -> tuple[Hedge, int]:
    """The bounding word's meaning, and where the surface starts."""
    before = _left_phrase(left, _HEDGE_BEFORE)
    if before is not None:
        hedge, start, size = before
        not_bound = _left_phrase(left, _NOT_BOUNDS)
        if not_bound is not None and not_bound[2] > size:
            return "exact", num_start  # "revised up to 2.3 pct": the level reached
        if kind == "duration" and tuple(reversed(left.lows[:size])) in _TIME_SPAN_HEDGES:
            return "exact", num_start  # "over two years": a span, not a bound
        return hedge, start
    if core.group("post"):
        return _HEDGE_AFTER[_norm(core.group("post"))], num_start
    lows = left.lows[1:] if left.lows and left.lows[0] in _ARTICLES else left.lows
    if lows and (lows[0],) in _HEDGE_VERBS:
        return _HEDGE_VERBS[(lows[0],)], num_start
    return "exact", num_start


def _is_not_a_quantity(text: str, core: re.Match[str], left: _Left) -> bool:
    num = core.group("num")
    att = left.att
    bare = not (core.group("scale") or core.group("glued") or core.group("unit"))
    prev = left.words[0] if left.words and not att else ""
    money_before = (att.lstrip(_EDGE_PUNCT).lower() in _PREFIX_TABLE if att
                    else prev in _PREFIX_WORDS)  # "$2021", "Rs 500": money, not a year or name
    bare_currency = bare and not money_before
    if (att or prev) in _PREFIX_NEED_AMOUNT and not (core.group("scale") or core.group("glued") or not num.isdigit()):
        return True  # "the R2 road": a one-letter prefix is money only with "R2,5 billion", "R1,200"
    if bare and _is_label_number(text, core.start()):
        return True  # "reference tables 1 to 7", "Figures 2 and 4", "section 4"
    if bare and prev.lower() in _CLASS_NOUNS:
        return True  # "the band one dealing rate", "tier 2 banks": a class, not a count
    if bare and _QUARTER_NUMBER.match(num) and _QUARTER_BEFORE.search(
            text, max(0, core.start() - _LABEL_CHARS), core.start()):
        return True  # "quarter 1 (Jan to Mar) 2015": a calendar quarter
    if bare and _GLUED_LETTERS.match(text, core.end()):
        return True  # "4th", "5G", "3D": ordinals and names
    if _NAME_SUFFIX.match(text, core.end("num")):
        return True  # "Five-Year Plan"
    if num[0].isdigit() and _NAME_TOKEN.match(text, core.start("num")):
        return True  # "401(k)"
    if bare_currency and _YEAR.match(num):
        # "in 1985" is a year; "risen by 2017 (20.3 per cent)" is a count with its share,
        # but "grew the fastest in 2005 (5.2 percent)" is a year with its rate.
        # "in October 2019 (3% more than ...)": after a month it is the month's year
        return not _BRACKETED_PERCENT.match(text, core.end()) or prev.lower() in _YEAR_PREPOSITIONS \
            or prev.rstrip(".") in _MONTHS
    if prev and _left_phrase(left, _NAME_PREFIXES):
        return True  # "S&P 500", "Group of 20"
    if bare and _DAY.match(num) and (prev.rstrip(".") in _MONTHS
                                      or _MONTH_AFTER.match(text, core.end())):
        return True  # "March 26", "Oct. 9", "13 December 2024"
    if prev.lower() in _PERIOD_OPENERS and (
            (core.group("unit") or _next_word(text, core.end())).lower() in _PERIOD_NOUNS_OR_END
            or num.lower().split()[-1] in _PERIOD_NOUNS_OR_END):
        return True  # "the first 10 months", "first half", "the first three quarters"
    if (bare_currency and num[0].isdigit() and prev[:1].isupper() and prev[1:].islower()
            and prev.isalpha() and prev.lower() not in _NAME_WORDS_OK
            and (prev.lower(),) not in _HEDGE_BEFORE):
        return True  # "Figure 2", "Tianwen 1": part of a name
    if num.lower() == "one" and bare:
        return _is_pronoun_one(text, core, left)
    return False


def _is_label_number(text: str, start: int) -> bool:
    """Does a label noun and its list stand right before ``start`` ("tables 1 to ")?"""
    lo = max(0, start - _LABEL_CHARS)
    tail = text[lo:start].rstrip()
    # _LABEL_BEFORE ends in a label noun or a joiner, then spaces; on an ASCII tail lower()
    # folds case exactly as IGNORECASE does, so a tail ending in neither cannot match.
    if tail.isascii() and not tail.lower().endswith(_LABEL_ENDS):
        return False
    return _LABEL_BEFORE.search(text, lo, start) is not None


def _next_word(text: str, end: int) -> str:
    m = _FOLLOWING_WORD.match(text, end)
    return m.group(1).lower() if m else ""


def _is_pronoun_one(text: str, core: re.Match[str], left: _Left) -> bool:
    if _left_phrase(left, _ONE_BEFORE):
        return not _left_phrase(left, _HEDGE_BEFORE)
    return bool(_ONE_AFTER.match(text, core.end("num")))


# ---------------------------------------------------------------------------------------
# Ranges: "between 5 and 10", "5-10 percent", "5 to 10 percent"
# ---------------------------------------------------------------------------------------

def _join_ranges(text: str, found: list[_Found]) -> list[_Found]:
    joined: list[_Found] = []
    i = 0
    while i < len(found):
        low = found[i]
        high = found[i + 1] if i + 1 < len(found) else None
        if high is not None and _is_range(text, low, high):
            if _descends(low, high):
                high.paired = True  # a range never goes down: two figures compared
                joined.append(_pair_first(low, high))
                i += 1
                continue
            joined.append(_merge_range(low, high))
            i += 2
        else:
            joined.append(low)
            i += 1
    return joined


def _is_range(text: str, low: _Found, high: _Found) -> bool:
    if low.unit is not None and low.unit != high.unit and not _shares_unit(low, high):
        return False
    if high.hedge != "exact" or high.num_start != high.start:
        return False
    gap = text[low.end:high.start]
    if low.between is not None:
        return bool(_AND_JOINER.fullmatch(gap))
    if not _RANGE_JOINER.fullmatch(gap):
        return False
    if "to" not in gap.lower():
        return True  # a dash is a range even after a verb: "rose 5-10 percent"
    if text[low.start] == "+":
        return False  # "(+$1.57 to $31.67)": a signed change and the level it led to
    if _is_age(text, low):
        return True  # "aged from 18 to 59": an age range, not a change and a level
    # "from 5 to 10" and "rose 5 to 10" are a change and a level, not a range.
    return (not _NOT_RANGE_BEFORE.search(text.lower(), max(0, low.start - 20), low.start)
            or _is_wire_range(text, low, high))


# A wire range's ends are close: "four to 4-1/4" (1.06), "3/4 to one" (1.33).
_WIRE_RANGE_RATIO = 1.5


def _is_wire_range(text: str, low: _Found, high: _Found) -> bool:
    """ "M0 rose four to 4-1/4 pct", "a rise by 1-3/4 to two pct": one end in words and the
    other in digits, close together, is a range even after a rise word (the wire writes
    whole numbers under ten as words); "rose 2 to 45 billion" is a change and a level."""
    mixed = text[low.num_start].isdigit() != text[high.num_start].isdigit()
    if not mixed or low.scale is not None or low.sign or low.value <= 0:
        return False
    return to_plain_number(high.value) <= to_plain_number(low.value) * _WIRE_RANGE_RATIO


def _pair_first(low: _Found, high: _Found) -> _Found:
    """ "5.7 to 5.0 percent", "3 to 2 billion yuan": a scale or unit written once, after the
    second figure, is the first one's too."""
    if high.scale is not None and low.scale is None:
        low.value, low.scale = scale_exact(low.value, high.scale), high.scale
    if low.unit is None and low.kind is None:
        low.unit, low.kind = high.unit, high.kind
    return low


def _descends(low: _Found, high: _Found) -> bool:
    """Is the upper end below the lower one (the scale word written once counted for both)?"""
    value = scale_exact(low.value, high.scale) if high.scale is not None and low.scale is None else low.value
    return to_plain_number(high.value) < to_plain_number(value)


def _shares_unit(low: _Found, high: _Found) -> bool:
    """ "$5-10 million": a currency symbol written once, before the low end, is both ends'."""
    return low.unit_before and high.unit is None and high.kind is None


def _merge_range(low: _Found, high: _Found) -> _Found:
    value = low.value
    if high.scale is not None and low.scale is None:
        # "2 to 3 billion yuan": the scale word is written once, for both ends.
        value = scale_exact(value, high.scale)
    shared = _shares_unit(low, high)
    return _Found(start=low.between if low.between is not None else low.start, end=high.end,
                  num_start=low.num_start, value=value, upper=high.value,
                  unit=low.unit if shared else high.unit, kind=low.kind if shared else high.kind,
                  hedge=low.hedge, scale=high.scale,
                  currency_word=high.currency_word or low.currency_word,
                  unit_before=low.unit_before)


def _share_listed_units(text: str, found: list[_Found]) -> None:
    """ "increases of 1.1 and 1.4%": a bare number listed right before a rate takes its unit
    (from the last one back, so "2.1, 3.4 and 5.6 percent" passes it along the list). A bare
    comma joins only inside such a list: "52, 40% of them" is a count and a share."""
    inherited = False
    for i in range(len(found) - 2, -1, -1):
        q, nxt = found[i], found[i + 1]
        joiner = _LIST_JOINER.fullmatch(text, q.end, nxt.start) \
            if nxt.kind in _RATE_KINDS and nxt.num_start == nxt.start else None
        listed = joiner is not None and (inherited or not joiner.group("comma"))
        # a number word joins only by "and"/"or" ("five or 10 pct"), never with a comma
        # ("the total to three, or 60% of all": a count, then its share);
        # "one" is too often a pronoun ("one and 40% of firms")
        inherited = listed and q.unit is None and q.kind is None and q.scale is None and q.upper is None \
            and (text[q.start].isdigit() or (joiner is not None and "," not in joiner.group()
                                             and to_plain_number(q.value) != 1))
        if inherited:
            q.unit, q.kind = nxt.unit, nxt.kind


_COMPARED_GAP = re.compile(
    rf"(?P<gap>[^;:]*?)\b(?P<word>{alternation(directions().rate_comparisons)})\s+$", re.IGNORECASE)
_LEVEL_REACHED = re.compile(r"\bto\s+$", re.IGNORECASE)
# A bare figure compared with a rate is a rate when the two are of one magnitude: "3.1 pct
# against 2.8", not "5 pct from 1,200".
_COMPARED_RATIO = 20
_COMPARED_KINDS = frozenset({"percent", "percentage_point"})


def _share_compared_rate(prepared: _Text, found: list[_Found]) -> None:
    """ "5-3/4 to 6-1/4 pct for call money against 5-1/4 to 5-3/8 a week ago", "rose 3.1 pct
    against 2.8 in January": a bare figure after a comparison word takes the rate it is
    compared with. "from" compares only with a level reached ("rose to 3.1 pct from 2.8"):
    after "rose 5 pct from" the figure is the base the rise started from (a count, an amount)."""
    text = prepared.text
    for i in range(1, len(found)):
        j, q = _figure_before(found, i), found[i]
        if j is None:
            continue
        rate = found[j]
        if rate.kind == "physical":
            if not _is_bare_amount_like(text, rate, q):
                continue
        elif rate.kind not in _COMPARED_KINDS or not _is_bare_rate_like(text, rate, q):
            continue
        m = _COMPARED_GAP.fullmatch(text, rate.end, q.start)
        if m is None or prepared.sentence_start(q.start) > rate.start \
                or _gap_words(text, found, j, i) > directions().max_gap_words:
            continue
        if m.group("word").lower() == "from" and not _LEVEL_REACHED.search(
                text, max(0, rate.start - 10), rate.start):
            continue
        q.unit, q.kind = rate.unit, rate.kind


def _figure_before(found: list[_Found], i: int) -> int | None:
    """Index of the figure before ``found[i]``, passing over durations ("19 pct in the 12
    months to February against 17.6 pct": the 17.6 is compared with the 19)."""
    j = i - 1
    while j >= 0 and found[j].kind == "duration":
        j -= 1
    return j if j >= 0 else None


def _gap_words(text: str, found: list[_Found], j: int, i: int) -> int:
    """Words between figures j and i, not counting those of the durations between them."""
    words = len(_WORD.findall(text, found[j].end, found[i].start))
    return words - sum(len(_WORD.findall(text, d.start, d.end)) for d in found[j + 1:i])


def _is_bare_rate_like(text: str, rate: _Found, q: _Found) -> bool:
    if q.unit is not None or q.kind is not None or q.scale is not None or q.hedge != "exact":
        return False
    if not text[q.num_start].isdigit() or _counts_a_noun(text, q.end):
        return False  # "against 12 firms": a count
    low, high = abs(to_plain_number(q.value)), abs(to_plain_number(rate.value))
    return high / _COMPARED_RATIO <= low <= high * _COMPARED_RATIO


def _is_bare_amount_like(text: str, amount: _Found, q: _Found) -> bool:
    """ "to 1.45 mln tonnes from 1.35 mln", "80,000 barrels against 75,000": a bare figure
    (a scale word allowed, no unit, no noun counted after it) compared with a physical
    amount of its size takes that amount's unit."""
    if q.unit is not None or q.kind is not None or q.currency_word is not None:
        return False
    if not text[q.num_start].isdigit() or _counts_a_noun(text, q.end):
        return False
    low, high = abs(to_plain_number(q.value)), abs(to_plain_number(amount.value))
    return high / _COMPARED_RATIO <= low <= high * _COMPARED_RATIO


# ---------------------------------------------------------------------------------------
# Directions: "rose 2.6 pct" is up, "rose to 206.45 billion" is a level
# ---------------------------------------------------------------------------------------

_TARGET_AFTER = re.compile(
    rf"\s+(?:{alternation(directions().target_modifiers or ['(?!)'])}\s+)?"
    rf"{alternation(directions().target_nouns or ['(?!)'])}\b", re.IGNORECASE)


def _assign_directions(prepared: _Text, found: list[_Found]) -> None:
    for i, q in enumerate(found):
        if q.kind == "duration":
            continue  # "rose over the last five years": the years are not the rise
        if _TARGET_AFTER.match(prepared.text, q.end):
            continue  # "the three to five pct growth target": a target, not a change
        q.direction = _right_direction(prepared.text, q) or _gap_direction(prepared.text, q) \
            or _left_direction(prepared, found, i)
        if q.sign and (q.kind in _RATE_KINDS or (q.sign > 0 and q.kind == "money")):
            _sign_as_direction(q)


def _sign_as_direction(q: _Found) -> None:
    """A written sign on a rate ("-5.2%", "(+0.3%)") or a plus on money ("+$1.57") is its
    direction, like "down 5.2%": the value is the magnitude and the qualifier says up or
    down, whatever rise word is near ("growth was -1.2%" is a fall). A minus on an amount
    ("an operating result of -$5m") is a negative level and keeps its sign; a plus on a bare
    number ("+86 411 ...", a dialling code) says nothing."""
    q.direction = "up" if q.sign > 0 else "down"
    # the ignores: mypy solves abs() over Decimal | Fraction to object; each keeps its own type
    q.value = abs(q.value)  # type: ignore[assignment]
    if q.upper is not None:
        q.upper = abs(q.upper)  # type: ignore[assignment]


def _right_direction(text: str, q: _Found) -> Direction | None:
    m = _RIGHT_TRIGGER.match(text, q.end) or _BRACKET_LEAD.match(text, q.end)
    if not m and q.kind in _RATE_KINDS:
        m = _RATE_AFTER.match(text, q.end)  # "2.1 percentage points below its average"
    if not m:
        return None
    return "up" if m.group("up") else "down"


def _gap_direction(text: str, q: _Found) -> Direction | None:
    """ "lagged the March 1986 figure by 1.5 pct": the gap to a reference is a fall (a rise
    after "exceeded"); the reference in between hides the verb from ``_left_direction``."""
    if not _BY_BEFORE.search(text, max(0, q.start - 6), q.start):  # cheap: most numbers lack "by"
        return None
    m = _GAP_VERB_BY.search(text, max(0, q.start - 90), q.start)
    if m is None:
        return None
    return "up" if m.group("up") else "down"


def _left_direction(prepared: _Text, found: list[_Found], i: int) -> Direction | None:
    text, q = prepared.text, found[i]
    begin = prepared.sentence_start(q.start)
    prev = found[i - 1] if i > 0 and found[i - 1].end > begin else None
    trigger = prepared.last_trigger(max(begin, prev.end if prev else 0), q.start)
    if trigger is not None and q.kind not in _RATE_KINDS \
            and prepared.lower[trigger[0]:trigger[1]] in _RATE_ONLY_TRIGGERS:
        trigger = None  # "a negative effect on 30 firms": only a rate is below zero
    if trigger is not None and q.kind not in _RATE_KINDS and prepared.lower[trigger[0]:trigger[1]] in _OBJECT_VERBS \
            and not _BY_END.search(prepared.lower, trigger[0], q.start):
        trigger = None  # "raised 2 billion dlrs from a bond sale": money obtained, not a rise
    if trigger is not None and _CAUSE_OF.search(prepared.lower, max(0, trigger[0] - 30), trigger[0]):
        trigger = None  # "The cause for the rise was 4.8 billion guilders": the cause's size
    if trigger is not None:
        gap = _COMMA_ASIDE.sub(" ", text[trigger[1]:q.start])  # "increased, respectively, by"
        gap = _LISTED_ADJECTIVE.sub(" ", gap)  # "grew a provisional, seasonally adjusted"
        if q.unit is None and _PLACE_PREPOSITION_END.search(gap):
            return None  # "increased in four provinces": where, not how much
        if ("," not in gap and not _BLOCKER.search(gap)
                and len(_WORD.findall(gap)) <= directions().max_gap_words):
            return trigger[2]
        if _LISTED_RATE.fullmatch(gap) and q.kind in _RATE_KINDS and not _BLOCKER.search(gap) \
                and not _LIST_BREAKER.search(gap):
            return trigger[2]  # "Rises were seen in clothing, footwear and accessories (0.8 per cent)"
        if _CONTRIBUTION_LIST.fullmatch(gap) and q.kind in _RATE_KINDS and not _LIST_BREAKER.search(gap) \
                and prepared.lower[trigger[0]:trigger[1]] in ("upward", "downward"):
            return trigger[2]  # "downward contributions from mining and quarrying (4.2%)"
    if trigger is None and prev is None and q.kind in _RATE_KINDS and _LED_LIST.fullmatch(text, begin, q.start):
        m = _CONTRIBUTION_CLAUSE.search(text, max(0, begin - 120), begin)
        if m:
            return "up" if m.group("up") else "down"  # "... downward contributions; this was led by A (4.5%)"
    if prev is not None and prev.direction and prev.kind != "duration":
        if q.paired:
            return prev.direction  # "grew (5.7 percent to 5.0 percent)": both are growth
        gap = text[prev.end:q.start]
        gap = _GAP_ASIDE.sub(" ", gap)  # "rose 3 per cent in total and 2.6 per cent"
        if q.kind in _RATE_KINDS and prev.kind == q.kind and _NEXT_LISTED_RATE.fullmatch(gap) \
                and not _LIST_BREAKER.search(gap):
            return prev.direction  # "... (0.8 per cent), other retailing (0.4 per cent)"
        if _PLAIN_SEPARATOR.fullmatch(gap) or (
                _COORDINATION.fullmatch(gap) and not _BLOCKER.search(gap)):
            return prev.direction
        if q.unit == prev.unit and _repeats_preposition(text, prev, gap):
            return prev.direction
        if q.unit == prev.unit and _is_rate_comparison(gap):
            return prev.direction
        if q.kind in _RATE_KINDS and prev.kind == q.kind and _is_parallel_item(text, found, i, gap):
            return prev.direction
    if prev is not None and prev.kind == "duration":
        return _compared_across_duration(text, found, i, begin) or _compared_rate(prepared, found, i, begin)
    return _compared_rate(prepared, found, i, begin)


_REPEATED_PREPS = alternation(directions().repeated_prepositions or ["(?!)"])
_REPEATED_GAP = re.compile(rf"[^;:]{{0,60}}?\s+and\s+(?P<prep>{_REPEATED_PREPS})\s+", re.IGNORECASE)
_PREP_END = re.compile(rf"\b(?P<prep>{_REPEATED_PREPS})\s+$", re.IGNORECASE)


def _repeats_preposition(text: str, prev: _Found, gap: str) -> bool:
    """ "rose by 40 in Lyon and by 25 in Nice": the second "by" repeats the first, so the
    second figure is the same kind of change (a plain "and 25" could be a level)."""
    m = _REPEATED_GAP.fullmatch(gap)
    if m is None or _BLOCKER.search(gap):
        return False
    before = _PREP_END.search(text, max(0, prev.start - 12), prev.start)
    return before is not None and before.group("prep").lower() == m.group("prep").lower()


def _compared_across_duration(text: str, found: list[_Found], i: int, begin: int) -> Direction | None:
    """ "rose 19 pct in the 12 months to May against 17.6 pct": the rate compared with a rise
    is a rise too, though the duration of the first stands between them."""
    j, q = _figure_before(found, i), found[i]
    if j is None:
        return None
    first = found[j]
    if first.end <= begin or not first.direction or first.unit != q.unit:
        return None
    gap = text[found[i - 1].end:q.start]
    if _RATE_COMPARISON.search(gap) and _gap_words(text, found, j, i) <= directions().max_gap_words:
        return first.direction
    return None


_COMPARED_RATE_LEADS = frozenset(_norm(w) for w in directions().compared_rate_leads)
_ALTERNATE_GAP = re.compile(r"\s*,?\s*or\s+|\s*\(\s*", re.IGNORECASE)
_COMPARED_RATE_BREAKER = re.compile(
    rf"[;:]|\b{alternation(directions().compared_rate_breakers or ['(?!)'])}\b", re.IGNORECASE)


def _compared_rate(prepared: _Text, found: list[_Found], i: int, begin: int) -> Direction | None:
    """ "rose 6.4% in the year to May, up from 6.1% in April": a rate compared with a rise or
    fall rate of its sentence is one too (the earlier period's rise), though a date phrase
    or an "or" alternate ("15 pct or 80 mln dlrs ... against 12 pct") stands between them."""
    q, text = found[i], prepared.text
    j = _compared_figure(text, found, i)
    if q.kind not in _RATE_KINDS or j is None or found[j].end <= begin or not found[j].direction:
        return None
    comparison = _RATE_COMPARISON.search(text, found[i - 1].end, q.start)
    if comparison is None or _gap_words(text, found, j, i) > directions().compared_rate_max_words:
        return None
    if _COMPARED_RATE_BREAKER.search(text, found[j].end, comparison.start()):
        return None  # "rose 5 pct and the jobless rate fell from 7 pct": another clause
    trigger = prepared.last_trigger(found[j].end, comparison.start())
    if trigger is not None and not (prepared.lower[trigger[0]:trigger[1]] in _COMPARED_RATE_LEADS
                                    and not text[trigger[1]:comparison.start()].strip()):
        return None  # a rise word of its own ("was cut from 5 pct"); "up from" is the comparison
    return found[j].direction


def _compared_figure(text: str, found: list[_Found], i: int) -> int | None:
    """Index of the last figure before ``found[i]`` in its unit, passing over durations and
    the "or" alternates of that figure; None if another figure stands between."""
    k = i - 1
    while k > 0 and found[k].unit != found[i].unit and (
            found[k].kind == "duration" or _ALTERNATE_GAP.fullmatch(text, found[k - 1].end, found[k].start)):
        k -= 1
    return k if k >= 0 and found[k].unit == found[i].unit else None


def _is_parallel_item(text: str, found: list[_Found], i: int, gap: str) -> bool:
    """Is ``found[i]`` the next item of "A in X, B in Y" (B, or its pair "B to C", followed
    by the preposition that followed A)?"""
    m = _PARALLEL_ITEM.fullmatch(gap)
    if m is None or _LIST_BREAKER.search(gap):
        return False
    nxt = found[i + 1] if i + 1 < len(found) else None
    end = nxt.end if nxt is not None and nxt.paired else found[i].end
    after = text[end:end + len(m.group("prep")) + 2].lower()
    return after.lstrip().startswith(m.group("prep").lower() + " ")


def _is_rate_comparison(gap: str) -> bool:
    """ "rose 2.5 pct in 1986 after 3.3 pct": the earlier period's rate is a rise too."""
    return (bool(_RATE_COMPARISON.search(gap))
            and len(_WORD.findall(gap)) <= directions().max_gap_words)


# ---------------------------------------------------------------------------------------
# Units decided by context
# ---------------------------------------------------------------------------------------

def _resolve_points(prepared: _Text, found: list[_Found]) -> None:
    """ "points" is percentage points only for a change in a sentence about percentages."""
    for i, q in enumerate(found):
        if q.kind != "points":
            continue
        begin = prepared.sentence_start(q.start)
        percent_before = any(p.kind == "percent" and p.end > begin for p in found[:i])
        if q.direction and (percent_before or _to_percent_level(prepared.text, found, i)):
            q.unit, q.kind = "percentage_point", "percentage_point"
        elif _is_rate_point_fraction(prepared, q, begin):
            q.unit, q.kind = "percentage_point", "percentage_point"
        elif q.direction and _POINTS_ON_RATE.match(prepared.lower, q.end):
            q.unit, q.kind = "percentage_point", "percentage_point"
        else:
            q.unit, q.kind = None, None


_RATE_NOUN = re.compile(r"\b(?:rates?|yields?)\b")
# "a half-point cut in their base rates", "a one-point rise in mortgage rates": the change
# noun after the points puts them on a rate named right after it.
_POINTS_ON_RATE = re.compile(
    rf"[\s-]*(?:{trie_pattern({_norm(w) for w in directions().up.after + directions().down.after})})"
    rf"\s+(?:in|on)\s+(?:[\w'’-]+\s+){{0,3}}?{_RATE_NOUN.pattern}")


def _is_rate_point_fraction(prepared: _Text, q: _Found, begin: int) -> bool:
    """ "cut its discount rate by a quarter point", "raised by a half-point": a fraction of a
    point written in words, after a rate in the same sentence, is in percentage points."""
    if prepared.text[q.num_start].isdigit() or q.upper is not None or not 0 < to_plain_number(q.value) < 1:
        return False
    return _RATE_NOUN.search(prepared.lower, begin, q.start) is not None


_RATE_CHANGE_WORD = re.compile(
    rf",[^\d;:]*\b(?:{trie_pattern({_norm(w) for w in directions().up.before + directions().down.before})})\s+$")
_RATE_CHANGE_MAX_WORDS = 10


def _bare_rate_changes(prepared: _Text, found: list[_Found]) -> None:
    """ "was 6.1 per cent, down 0.3 on the month": a bare change after a rate, in a new
    clause of the same sentence, is the rate's move in percentage points."""
    for i in range(1, len(found)):
        q, prev = found[i], found[i - 1]
        if not q.direction or q.unit is not None or q.kind is not None or q.scale is not None \
                or q.upper is not None or prev.kind != "percent" or q.sign:
            continue
        if to_plain_number(q.value) >= directions().bare_rate_change_max \
                or prev.end <= prepared.sentence_start(q.start) or _counts_a_noun(prepared.text, q.end):
            continue
        gap = prepared.lower[prev.end:q.start]
        if _RATE_CHANGE_WORD.search(gap) and len(_WORD.findall(gap)) <= _RATE_CHANGE_MAX_WORDS:
            q.unit, q.kind = "percentage_point", "percentage_point"


def _to_percent_level(text: str, found: list[_Found], i: int) -> bool:
    """ "eased 0.2 points to 2.1 percent": the level reached is a rate, so its change is in
    percentage points."""
    nxt = found[i + 1] if i + 1 < len(found) else None
    return nxt is not None and nxt.kind == "percent" and bool(
        _TO_LEVEL.fullmatch(text, found[i].end, nxt.start))


_AGE_CUE = re.compile(rf"\b{alternation(units().age_cues)}\s+$", re.IGNORECASE)
_AGE_NOUN = re.compile(rf"\b{alternation(units().age_nouns_before_bound)}\s+$", re.IGNORECASE)
_AGE_CHARS = 30


_AGE_BOUND_AFTER = {_norm(p): h for h, ps in units().age_bounds_after.items() for p in ps}
_AGE_BOUND = re.compile(rf"\s+(?P<bound>{alternation(list(_AGE_BOUND_AFTER) or ['(?!)'])})(?![\w-])",
                        re.IGNORECASE)


def _is_age(text: str, q: _Found) -> bool:
    """A bare count right after an age word ("aged 18", "aged from 18")."""
    if q.unit is not None or q.kind is not None or q.scale is not None:
        return False
    return _AGE_CUE.search(text, max(0, q.start - _AGE_CHARS), q.start) is not None


def _age_years(text: str, found: list[_Found]) -> None:
    """ "aged 15 to 24", "a child under 16": a bare count after an age word is in years."""
    for q in found:
        if q.unit is not None or q.kind is not None or q.scale is not None:
            continue
        before = text[max(0, q.start - _AGE_CHARS):q.start]
        if _AGE_CUE.search(before):
            q.unit, q.kind = _UNIT_TABLE["years"]
            _bound_age(text, q)
        elif q.hedge in ("above", "below") and _AGE_NOUN.search(before):
            q.unit, q.kind = _UNIT_TABLE["years"]


def _bound_age(text: str, q: _Found) -> None:
    """ "aged 70 and over": the bound after an age joins its span (SPEC qualifier)."""
    m = _AGE_BOUND.match(text, q.end)
    if m is not None and q.hedge == "exact" and q.upper is None:
        q.hedge = _AGE_BOUND_AFTER[_norm(m.group("bound"))]
        q.end = m.end()


def _currency_after_conversion(text: str, found: list[_Found]) -> None:
    """ "261.18 billion (US$31.6 billion) yuan": the currency after a bracketed conversion
    is the unit of the bare amount before the bracket."""
    for q in found:
        if q.unit is None and q.kind is None and q.scale is not None:
            m = _CURRENCY_AFTER_BRACKET.match(text, q.end)
            if m and _UNIT_TABLE[_norm(m.group("unit"))][1] == "money":
                q.unit, q.kind = _UNIT_TABLE[_norm(m.group("unit"))][0], "money"


_CURRENCY_AFTER_BRACKET = re.compile(
    rf"\s*\([^()]{{1,60}}\)\s*(?P<unit>{alternation(list(_UNIT_TABLE))})(?![\w])", re.IGNORECASE)


def _carry_currency(prepared: _Text, found: list[_Found]) -> None:
    """ "a surplus of 2.82 billion" after "7.08 billion yuan" is yuan too (SPEC)."""
    text = prepared.text
    last_money: _Found | None = None
    for q in found:
        if q.kind == "money":
            last_money = q
        elif q.unit is None and q.kind is None and q.scale is not None and last_money:
            if not _counts_a_noun(text, q.end, _CARRY_PAST_NOUNS) and not _in_count_clause(
                    prepared, last_money.end, q.start):
                q.unit, q.kind, q.unit_inferred = last_money.unit, "money", True


_CARRY_PAST_NOUNS = frozenset(w.lower() for w in currencies().carry_past_nouns)


def _headline_currency(text: str, found: list[_Found]) -> None:
    """An ALL-CAPS headline's bare scaled amount ("TO SELL 500 BILLION IN BILLS") takes the
    currency of the same amount in the story ("500 billion yen")."""
    head_end = text.find("\n")
    if head_end < 0 or any(c.islower() for c in text[:head_end]):
        return
    for q in found:
        if q.start >= head_end:
            break
        if q.unit is None and q.kind is None and q.scale is not None:
            units = {p.unit for p in found if p.start > head_end and p.kind == "money"
                     and p.value == q.value and p.upper == q.upper}
            if len(units) == 1:
                q.unit, q.kind, q.unit_inferred = units.pop(), "money", True
_COUNT_CUE = re.compile(rf"\b{alternation(currencies().count_cues)}\b", re.IGNORECASE)


def _in_count_clause(prepared: _Text, money_end: int, start: int) -> bool:
    """Is a count cue ("The number of parcels") in the sentence before ``start``, after the
    last amount of money? Then "to 83.5 billion" counts what it names."""
    begin = max(money_end, prepared.sentence_start(start))
    return _COUNT_CUE.search(prepared.text, begin, start) is not None


def _counts_a_noun(text: str, end: int, not_counted: frozenset[str] = frozenset()) -> bool:
    m = _NOUN_AFTER_ASIDE.match(text, end)  # "one million (983,000; 57.5%) people"
    if m is None:
        return False
    word = m.group(1).lower()
    return word not in _NON_NOUN_FOLLOWERS and word not in not_counted


# ---------------------------------------------------------------------------------------
# Multiplying verbs: "exports doubled" is 2 times, up; "costs were halved" 0.5 times, down
# ---------------------------------------------------------------------------------------

_NW = number_words()
_MULTIPLYING = {w.lower(): Decimal(str(v)) for w, v in _NW.multiplying_verbs.items()}
_MULTIPLYING_STEMS = {w.lower(): Decimal(str(v)) for w, v in _NW.multiplying_verb_stems.items()}
_MULTIPLYING_VERB = re.compile(
    rf"(?<![\w-])(?P<verb>{alternation(list(_MULTIPLYING) + list(_MULTIPLYING_STEMS))})(?![\w-])",
    re.IGNORECASE)
# A plain form is a verb before a preposition or time word, a determiner, or a stop;
# "double taxation" (a noun after it) is an adjective.
_STEM_FOLLOWER = re.compile(
    rf"[ \t]*(?:[.,;:)\n]|\Z)|\s+(?:{alternation(_NW.multiplying_verb_followers + _NW.multiple_followers)})(?![\w-])",
    re.IGNORECASE)
_VERB_NO_BOUNDS = {_words(p) for p in _NW.multiplying_verb_no_bounds}
# Every verb holds one of these ("doubled" holds "double"). IGNORECASE matches a letter
# wherever lower() gives it, and also at these characters, which lower() leaves alone.
_MULTIPLYING_CUES = tuple(sorted(
    w for w in {*_MULTIPLYING, *_MULTIPLYING_STEMS}
    if not any(cue != w and cue in w for cue in {*_MULTIPLYING, *_MULTIPLYING_STEMS})))
_FOLDS_BEYOND_LOWER = "\u0130\u0131\u017f"  # "İ" (lowered to two characters), "ı", "ſ"


def _add_multiplying_verbs(prepared: _Text, found: list[_Found]) -> list[_Found]:
    """The figures with every multiplying verb that overlaps none of them, by start.

    Run after the passes over figures, so that a verb never changes their directions."""
    text = prepared.text
    if not any(c in text for c in _FOLDS_BEYOND_LOWER) \
            and not any(verb in prepared.lower for verb in _MULTIPLYING_CUES):
        return found  # most texts: no verb written in any case, so the scan cannot match
    taken = [(q.start, q.end) for q in found]
    added = [q for m in _MULTIPLYING_VERB.finditer(text)
             if (q := _multiplying_verb(text, m)) is not None
             and not any(s < q.end and q.start < e for s, e in taken)]
    return sorted(found + added, key=lambda q: q.start) if added else found


def _multiplying_verb(text: str, m: re.Match[str]) -> _Found | None:
    word = m.group("verb").lower()
    left = _Left(text, m.start(), 0)
    value = _MULTIPLYING.get(word)
    if value is None:
        if (left.lows and left.lows[0] in _ARTICLES) or not _STEM_FOLLOWER.match(text, m.end()):
            return None  # "a double", "double taxation", "double-digit"
        value = _MULTIPLYING_STEMS.get(word)
        if value is None:
            return None  # "trıpled": IGNORECASE matched a letter (dotless i, long s) lower() keeps
    hedge: Hedge = "exact"
    start = m.start()
    bound = _left_phrase(left, _HEDGE_BEFORE)
    if bound is not None and tuple(reversed(left.lows[:bound[2]])) not in _VERB_NO_BOUNDS:
        hedge, start = bound[0], bound[1]
    unit, kind = _UNIT_TABLE["times"]
    return _Found(start=start, end=m.end(), num_start=m.start(), value=value, upper=None,
                  unit=unit, kind=kind, hedge=hedge, scale=None,
                  direction="up" if value > 1 else "down")


def _to_mention(q: _Found) -> QuantityMention:
    return QuantityMention(
        start=q.start, end=q.end, value=to_plain_number(q.value),
        upper=to_plain_number(q.upper) if q.upper is not None else None,
        unit=q.unit, hedge=q.hedge, direction=q.direction, num_start=q.num_start,
        unit_inferred=q.unit_inferred)
