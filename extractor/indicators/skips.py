"""Figures that are quantities but fill no slot: a figure that qualifies a name, a list, a
time frame, a whole, a definition in brackets or a rule ("startups valued at over $1
billion", "Three of the province's 11 cities", "Release date: 13 December 2024").
"""

from __future__ import annotations

import regex

from ..cues import WORD, cues
from ..lexicons import data_json
from ..mentions import QuantityMention
from ..periods import date_day
from .clause_text import _clause_body, _in_brackets, may_hold_cue
from .figures import Figure, _DURATION_UNITS

# "Three of the province's 11 prefecture-level cities": the second figure is the whole.
_WHOLE_BETWEEN = regex.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?(?:[\w\-]+['’]s?\s+)?$", regex.IGNORECASE)
# "startups valued at over $1 billion" names a class; "cargo valued at 1.2 trillion yuan" is a measurement.
# _qualifying asks for the literal words of _QUALIFYING_LEFT ("from", "per", "based", "of") first: keep them in step.
_QUALIFYING_LEFT = regex.compile(r"(?:\bper|\bfrom(?=\s+more\s+than)|\bbased|\b(?:one|batch|group|list|team|each)\s+of(?:\s+the)?)"
                                 r"\s+(?:more\s+than\s+|over\s+|about\s+)?$",
                                 regex.IGNORECASE)
_VALUED_AT = regex.compile(r"(?<!\b(?:is|are|was|were|be|been)\s+)\bvalued\s+at\s+(?:(?P<bound>more\s+than|over|above|at\s+least)\s+)?$",
                           regex.IGNORECASE)
_WHOLE_RIGHT = regex.compile(r"\s+[\w\-]+(?:\s+[\w\-]+){0,3}\s*,")
_LIST_COUNT_RIGHT = regex.compile(r"\s+[\w\-]+(?:\s+[\w\-]+)?\s*:", regex.IGNORECASE)
_FROM_MORE_THAN = regex.compile(r"\bfrom\s*$", regex.IGNORECASE)
_MORE_THAN = regex.compile(r"(?:more|less|fewer)\s+than\b", regex.IGNORECASE)
# "The two sectors", "the newly recognized nine zones", "As of 2022, the nine zones": a count
# in words that points back to a group named before
_DEFINITE = r"\W*(?:the|these|those|both|its|their)\s+(?:(?:newly\s+)?[a-z]+ed\s+)?$"
_DEFINITE_LEFT = regex.compile(_DEFINITE, regex.IGNORECASE)
# ... also after a preposition: "in the nine zones", "the output of the three dominant industries"
_DEFINITE_AFTER_COMMA = regex.compile(rf"(?:,|\b(?:in|of|among|across|from|for|at|by))\s{_DEFINITE}", regex.IGNORECASE)


def _qualifying(text: str, fig: Figure, previous: Figure | None, left: str, rules: bool = True) -> bool:
    """A figure that qualifies a name, a list, a time frame, a whole ("Three of the
    province's 11 cities"), a definition in brackets ("(0 to 9 employees)") or a rule
    ("each eligible startup receiving no more than 2 million yuan"): a quantity only.
    ``rules``: whether a rule cue is anywhere in the text (see :func:`_rule`)."""
    q = fig.q
    # The patterns of this module need their literal words; a case-folded copy rules them out
    # cheaply (a case-insensitive match is a substring of the case-folded text).
    folded = left.casefold()
    has_from = "from" in folded
    space_after = text[q.end:q.end + 1].isspace()  # the patterns right of the figure open with a space
    if has_from and _FROM_MORE_THAN.search(left) and _MORE_THAN.match(text, q.start, q.end):
        return True  # "operate from more than one site"
    if q.unit is None and cues().sample_left.search(left):
        return True  # "a survey of 65 economists": the size of a sample
    if q.unit is None and q.direction is None and cues().whole_left.search(left):
        return True  # "ranked second among the province's 36 high-tech zones": the whole
    if q.unit in (None, "year") and cues().age_left.search(left):
        return True  # "people aged 55 to 64", "a child under 16": an age that defines a group
    if _date_day(text, q):
        return True  # "Release date: 13 December 2024": a calendar date, no figure
    if q.hedge in ("above", "below") and q.direction is None and _threshold(text, fig):
        return True  # "firms each with annual revenue of at least 5 million euros": the class's threshold
    valued = _VALUED_AT.search(left) if "valued" in folded else None
    if valued and (valued.group("bound") or q.hedge in ("above", "below") or q.upper is not None):
        return True  # "startups valued at over $1 billion" (or "between ... and ..."): a class
    if (has_from or "per" in folded or "based" in folded or "of" in folded) and _QUALIFYING_LEFT.search(left) \
            or (q.unit is None and space_after and _LIST_COUNT_RIGHT.match(text, q.end, q.end + 30)) or (
            q.unit in _DURATION_UNITS and (cues().time_frame_left.search(left) or "-" in text[q.start:q.end]
                                           or _change_span(text, fig, previous))):
        return True  # "over the nine months", "two-monthly comparisons"; "in three aspects:" (a count)
    if previous is not None and text[previous.q.end:previous.q.end + 1].isspace() \
            and _WHOLE_BETWEEN.match(text, previous.q.end, q.start):
        return True
    if q.unit is None and q.direction is None and space_after and _WHOLE_RIGHT.match(text, q.end) and \
            cues().whole_opener.fullmatch(text, _clause_body(text, fig.clause_start, q.start), q.start):
        return True  # "Among the 37 industries, 33 had ...": the whole the count after it is in
    if q.unit is None and q.hedge == "exact" and q.value < 100 and not text[q.start].isdigit() and _points_back(text, fig):
        return True  # "The two sectors accounted for ...": a count in words that points back ("The 45
        # incubators in the park served ..." states a figure)
    if fig.anchor is None and fig.item is None and q.direction is None and _in_brackets(text, fig.clause_start, q.start):
        return True
    return _rule(text, fig, rules)


def _change_span(text: str, fig: Figure, previous: Figure | None) -> bool:
    """ "Prices doubled in two years", "rose 40 pct over just five years": a duration right
    after a change and a preposition (roles.json ``change_span_prepositions``) is how long it
    took; so is one between such a preposition opening the clause and a comma ("Over five
    years, assets grew 60 pct")."""
    if previous is None:
        return _SPAN_OPENER.fullmatch(text, _clause_body(text, fig.clause_start, fig.q.start), fig.q.start) is not None \
            and text.startswith(",", fig.q.end)
    return previous.role == "change" and _CHANGE_SPAN.fullmatch(text, previous.q.end, fig.q.start) is not None


_SPAN_PREPOSITIONS = "|".join(data_json("roles.json")["change_span_prepositions"])
_CHANGE_SPAN = regex.compile(rf"\s+(?:{_SPAN_PREPOSITIONS})\s+(?:(?:just|only|barely|a\s+mere)\s+)?", regex.IGNORECASE)
_SPAN_OPENER = regex.compile(rf"\W*(?:{_SPAN_PREPOSITIONS})\s+(?:(?:just|only|barely|a\s+mere)\s+)?", regex.IGNORECASE)


def _threshold(text: str, fig: Figure) -> bool:
    """A plural noun (or "each"), "with", a threshold noun (roles.json ``threshold_nouns``)
    and "of" right before a bounded figure: it defines the units counted, it measures nothing."""
    m = _THRESHOLD.search(text, max(fig.clause_start, fig.q.start - 90), fig.q.start)
    return m is not None and m.group("noun").lower() in _THRESHOLD_NOUNS


_THRESHOLD_NOUNS = frozenset(data_json("roles.json")["threshold_nouns"])
_THRESHOLD = regex.compile(r"\b(?:each|[a-z]{3,}s)\s+with\s+(?:[a-z\-]+\s+){0,3}?(?P<noun>[a-z]+)\s+of\s+"
                           r"(?:(?:at\s+least|more\s+than|over|above|below|under|less\s+than|no\s+less\s+than)\s+)?$",
                           regex.IGNORECASE)


def _points_back(text: str, fig: Figure) -> bool:
    """A definite count opening the clause body or the stretch after a comma (at most 60
    characters back: no scan of the clause per figure)."""
    q = fig.q
    body = _clause_body(text, fig.clause_start, q.start)
    return bool(_DEFINITE_LEFT.match(text, body, q.start)
                or _DEFINITE_AFTER_COMMA.search(text, max(body, q.start - 60), q.start))


def _rule(text: str, fig: Figure, rules: bool = True) -> bool:
    """A rule cue in the figure's stretch ("each eligible startup receiving no more than 2
    million yuan"), unless a verb of the clause stands between the cue and the figure: then
    the cue is in the subject ("enterprises eligible for R&D tax deductions reached 12,400").
    ``rules``: False when a search of the whole text finds no rule cue."""
    q, c = fig.q, cues()
    end = _stretch_end(text, q)
    if not may_hold_cue(text, end, rules):
        return False
    start = _stretch_start(text, fig.clause_start, q)
    for m in c.rule.finditer(text, start, end):
        if m.end() > q.start or not any(w.group().lower() in c.verbs for w in WORD.finditer(text, m.end(), q.start)):
            return True  # after the figure it states the rule ("by 15-20 percent are eligible for")
    return False


def _date_day(text: str, q: QuantityMention) -> bool:
    if q.unit is not None or q.hedge != "exact" or q.direction is not None or not float(q.value).is_integer() \
            or not 1 <= q.value <= 31:
        return False
    after, before = date_day()
    return bool(after.match(text, q.end) or before.search(text, max(0, q.start - 12), q.start))


def _stretch_start(text: str, clause_start: int, q: QuantityMention) -> int:
    """Where the comma-delimited stretch of its clause around a figure starts (at most
    ``_REACH`` characters before it: a comma-free list of figures would make this quadratic)."""
    low = max(clause_start, q.start - _REACH)
    return max(text.rfind(",", low, q.start), text.rfind(";", low, q.start), low - 1) + 1


def _stretch_end(text: str, q: QuantityMention) -> int:
    """Where the stretch after a figure ends: a comma, semicolon or full stop, else at most
    ``_REACH`` characters on."""
    high = q.end + _REACH
    stop = _STOP.search(text, q.end, high)  # the first of them, as the least of three finds
    return stop.start() if stop else min(len(text), high)


_REACH = 500
_STOP = regex.compile(r"[,;.]")
