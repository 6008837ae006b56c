"""Assemble indicators: give each figure of a clause its role (value, new, total, share,
change), group the figures about one metric, and attach metric, period, basis and rank.

The unit of work is the clause (see :mod:`extractor.segment`): SPEC puts the figures of one
clause about the same metric into one indicator. Periods carry across clauses ("In that
year" after "in 2021").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
import json

import regex

from .cues import WORD, cues
from .literals import trie_pattern
from .mentions import EntityMention, QuantityMention
from .periods import Period, PeriodContext, PeriodMention, date_day, look_back_before
from .phrases import (bracket_name, counted_noun, left_phrase, normalise_scope, owned_whole, pronoun_subject,
                      scope_after, subject_phrase, verb_before)
from .ranks import RankMention, RankReader

MAIN_ROLES = ("value", "new", "total")
_CURRENCY = regex.compile(r"^[A-Z]{3}$")
_OPEN_BRACKET = regex.compile(r"^\s*[(\[]\s*$")
_OF_AHEAD = regex.compile(r"^\s+of\b(?!\s+(?:the\s+)?(?:previous|same|year|last|a\b))", regex.IGNORECASE)
_SHARE_OF = regex.compile(r"\s*\)?\s*(of)\b", regex.IGNORECASE)
_WITH_BEFORE = regex.compile(r"(?<!\bcompared\s+|\bcomparing\s+)\bwith\s*$", regex.IGNORECASE)
# "Three of the province's 11 prefecture-level cities": the second figure is the whole.
_WHOLE_BETWEEN = regex.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?(?:[\w\-]+['’]s?\s+)?$", regex.IGNORECASE)
_RELATIVE_UNITS = frozenset({"percent", "percentage_point", "times"})
# "startups valued at over $1 billion" names a class; "cargo valued at 1.2 trillion yuan" is a measurement.
_QUALIFYING_LEFT = regex.compile(r"(?:\bper|\bfrom(?=\s+more\s+than)|\bbased|\b(?:one|batch|group|list|team|each)\s+of(?:\s+the)?)"
                                 r"\s+(?:more\s+than\s+|over\s+|about\s+)?$",
                                 regex.IGNORECASE)
_VALUED_AT = regex.compile(r"(?<!\b(?:is|are|was|were|be|been)\s+)\bvalued\s+at\s+(?:(?P<bound>more\s+than|over|above|at\s+least)\s+)?$",
                           regex.IGNORECASE)
_WHOLE_RIGHT = regex.compile(r"\s+[\w\-]+(?:\s+[\w\-]+){0,3}\s*,")
_LIST_COUNT_RIGHT = regex.compile(r"\s+[\w\-]+(?:\s+[\w\-]+)?\s*:", regex.IGNORECASE)
# "against 100.9 in January and 104.5 in December": the second is compared too.
_AND_BETWEEN = regex.compile(r"[^,;]{0,50}?\band\s*$", regex.IGNORECASE)
_LAST_WORD = regex.compile(r"[a-z]+(?=\W*(?:a|an|the|only)?\W*$)|[a-z]+", regex.IGNORECASE)
_RESPECTIVELY = regex.compile(r"\brespectively\b", regex.IGNORECASE)
_LIST_JOIN = regex.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)", regex.IGNORECASE)
# "Sales and profits fell": a subject of two items (no figure, no comma) before the verb.
_AND_SUBJECT = regex.compile(r"\s*[^\d,;]{1,60}?\s+and\s+[^\d,;]{1,60}?\s+[a-z]+\s+(?:by\s+)?$", regex.IGNORECASE)
# "Of the 2,350 enterprises above designated size, 1,620 ...": a thousands comma is no break.
_AMONG_INTRO = regex.compile(r"\s*(?:among|of|out\s+of)\s+(?:the\s+)?(?P<whole>(?:[^,]|(?<=\d),(?=\d{3}\b))+),",
                             regex.IGNORECASE)
_TRAILING_LINK = regex.compile(r"\s(?:of|in|at)\s", regex.IGNORECASE)
_LEADING_FIGURE = regex.compile(r"^(?:about\s+|nearly\s+|some\s+|over\s+)?[\d.,]+(?:\s+(?:thousand|million|billion|trillion|mln|bln))?\s+",
                             regex.IGNORECASE)
_FROM_MORE_THAN = regex.compile(r"\bfrom\s*$", regex.IGNORECASE)
_MORE_THAN = regex.compile(r"(?:more|less|fewer)\s+than\b", regex.IGNORECASE)
_COMMA = regex.compile(r"\s*,\s*")
_AND_JOIN = regex.compile(r"\s+(?:and|or)\s+(?!other\b)", regex.IGNORECASE)
_AND_LEAD = regex.compile(r"(?:and|or)\s+", regex.IGNORECASE)
_LIST_ITEM = regex.compile(r"(?:(?<=^|,\s)|(?<=\band\s))(?!and\s)[^,]+?(?=,\s*(?:and\s+)?|\s+and\s+|$)")
_DEFINITE_LEFT = regex.compile(r"\W*(?:the|these|those|both|its|their)\s+$", regex.IGNORECASE)
_OF_TOTAL = regex.compile(r"of\s+(?:the\s+)?(?:total|whole)\b", regex.IGNORECASE)
_NUMBER_OF = regex.compile(r"(?:numbers?|count|tally)\s+of\s+", regex.IGNORECASE)
_OF_AFTER = regex.compile(r"\s+of\s+(?!the\s+(?:total|whole|previous|same)\b|which\b|them\b)", regex.IGNORECASE)
_SHARE_OF_WHOLE = regex.compile(r"\s*\)?\s*of\s+(?:the\s+|these\s+|those\s+|all\s+|its\s+|their\s+)?", regex.IGNORECASE)
_OWNER = regex.compile(r"[\w\-]+['’]s?\s+", regex.IGNORECASE)
_ANY_WORD = regex.compile(r"\w")
_ANY_DIGIT = regex.compile(r"\d")
_WORD_RUN = regex.compile(r"[^,;:.()]{1,120}")
_IN_PLACE = regex.compile(r"\s+(?P<prep>in|at)\s+(?:the\s+)?")
_STRETCH_END = regex.compile(r"[,;:()]|\.\s|\.$|\d")
# "Its share of", "The share of services in GDP", "Private firms' share in total exports".
_SHARE_SUBJECT = regex.compile(r"(?:(?:its|their|the)\s+)?(?:(?:[\w\-]+\s+){0,2}[\w\-]+['’]s?\s+)?"
                               r"(?:share|proportion|percentage)\s+(?P<prep>of|in)\s+(?:the\s+)?",
                               regex.IGNORECASE)
# "the share of services in GDP": the whole is after the last "in"/"among".
_PART_IN_WHOLE = regex.compile(r".*\s(?:in|among|within)\s+(?:the\s+)?", regex.IGNORECASE)
_AND_ONLY = regex.compile(r"\s+(?:and|or)\s+", regex.IGNORECASE)
_ONE_WORD = regex.compile(r"[\w\-]+")
_FIRST_WORD = regex.compile(r"[\w\-]+\s+")
_CLOSE_BRACKET = regex.compile(r"\s*\)")
_ITEM_JOIN = regex.compile(r"\s*\)\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?", regex.IGNORECASE)
_ITEM_NEXT = regex.compile(r"\s*\)\s*,\s*(?:and\s+)?(?:the\s+)?[\w][^()\d;.]{0,80}\(\s*[-+]?\d")
_DURATION_UNITS = frozenset({"year", "month", "day", "week", "quarter", "hour"})


@dataclass(slots=True)
class Figure:
    """A quantity with the role it plays in its clause."""

    q: QuantityMention
    role: str
    clause_start: int = 0
    comparison: bool = False
    cue: str = ""
    """The word that makes the figure a comparison ("from", "against"), lower case."""
    share_of: str | None = None
    skip: bool = False
    """A currency conversion or an alternate in brackets: a quantity but no slot."""
    anchor: "Figure | None" = None
    like: "Figure | None" = None
    named: tuple[int, int] | None = None
    fresh: bool = False
    """Starts an indicator of its own."""
    item: tuple[int, int] | None = None
    """The name a bracketed figure is given for ("Other retailing (0.4 per cent)"): one item
    of a breakdown, an indicator of its own whose metric (or subject, for a place) is the name."""
    """What a running total counts ("bringing the number of listed companies to 23")."""
    """For a comparison: the figure it is compared with, whose role it plays."""


@dataclass(slots=True)
class Draft:
    """An indicator being assembled."""

    clause: tuple[int, int]
    figures: list[Figure] = field(default_factory=list)
    slots: dict[str, Figure] = field(default_factory=dict)
    comparison: bool = False
    metric: tuple[int, int] | None = None
    period: Period | None = None
    period_set: bool = False
    period_mention: PeriodMention | None = None
    period_break: bool = False
    """Started because the clause states a new period before its first figure."""
    respective: bool = False
    """One of the drafts of a "respectively" list."""
    same_metric: bool = False
    """Measures what the draft before measures (levels of one metric paired with changes)."""
    rank: RankMention | None = None

    def accepts(self, fig: Figure) -> bool:
        if fig.role in self.slots:
            return False
        if self.figures and (fig.q.unit in _DURATION_UNITS) != (self.figures[0].q.unit in _DURATION_UNITS):
            return False  # "12.5 percent more, seeing growth for four consecutive years": two statistics
        if fig.role in MAIN_ROLES:
            has_main = [r for r in MAIN_ROLES if r in self.slots]
            if "value" in has_main or (fig.role == "value" and has_main):
                return False
        return True

    def add(self, fig: Figure) -> None:
        self.figures.append(fig)
        self.slots[fig.role] = fig

    @property
    def primary(self) -> Figure:
        """The figure the metric is read from: the first main figure in text order
        ("2 new unicorn enterprises, with a total of 6"), else the first share or change."""
        main = [f for f in self.figures if f.role in MAIN_ROLES]
        if main:
            return main[0]
        for fig in self.figures:
            if fig.role in ("change", "share"):
                return fig
        return self.figures[0]

    @property
    def end(self) -> int:
        return max(f.q.end for f in self.figures)


@dataclass(slots=True)
class RankingDraft:
    position: int
    scope: str | None
    sentence: tuple[int, int]
    aspects: list[str]
    period: Period | None


# ---------------------------------------------------------------- roles


def _is_money(q: QuantityMention) -> bool:
    return q.unit is not None and bool(_CURRENCY.match(q.unit))


def _role(text: str, q: QuantityMention, clause: tuple[int, int], prev_end: int, directed: bool = True) -> str:
    """``directed``: whether a rise or fall read at the figure makes it a change."""
    c = cues()
    cs, ce = clause
    left = text[max(cs, q.start - 40):q.start]
    right = text[q.end:q.end + 40]
    count = q.unit is None
    if count and c.new_left.search(text, max(cs, q.start - 12), q.start):
        return "new"  # "added 3,120 enterprises": a count of new ones, not a change
    if q.unit == "percent" and c.share_left.search(left):
        return "share"  # "surged by 15.2%, accounting for 23.6%": a share even if read as a rise
    if (directed and q.direction is not None) or (q.unit == "times" and c.times_change_right.match(right)):
        return "change"  # "2.3 times that of 2020" is a change too
    if count and 0 < q.value < 1 and _OF_AHEAD.match(right):
        return "share"  # "one-third of the newly added enterprises"
    if q.unit == "percent" and (c.share_left.search(left) or _OF_AHEAD.match(right)
                                or _WITH_BEFORE.search(left) or _AMONG_INTRO.match(text, cs, q.start)):
        return "share"
    if count or (q.unit not in _RELATIVE_UNITS and not q.unit_inferred and not _is_money(q)):
        if c.new_right.match(right):
            return "new"
        if c.total_left.search(left) or c.total_right.match(right) or c.stock_right.match(right) \
                or _cumulative(text, q, cs) is not None:
            return "total"
        if count and (c.existential.search(text, max(cs, prev_end), q.start) or _stock_clause(text, cs, ce)):
            return "total"  # "there are 52 lines", "had 47 companies by the end of June"
    return "value"


def _cumulative(text: str, q: QuantityMention, clause_start: int) -> regex.Match | None:
    """ "bringing the park's total to 4,870", "raise the number of listed companies to 60"."""
    m = cues().cumulative_left.search(text, max(clause_start, q.start - 90), q.start)
    if m and set(m.group("what").lower().split()) & cues().cumulative_nouns:
        return m
    return None


def _figures(text: str, quantities: list[QuantityMention], clause: tuple[int, int],
             periods: list[PeriodMention]) -> list[Figure]:
    cs, _ = clause
    figures: list[Figure] = []
    prev_end = cs
    for q in quantities:
        if any(m.start <= q.start and q.end <= m.end for m in periods):
            continue  # "Quarter 3", "the three months to May": part of a period
        fig = Figure(q=q, role=_role(text, q, clause, prev_end), clause_start=cs)
        left = text[max(cs, q.start - 30):q.start]
        previous = figures[-1] if figures else None
        _mark_comparison(text, fig, previous, left)
        if previous is not None and _OPEN_BRACKET.match(text[previous.q.end:q.start]):
            _bracketed(previous, fig)
        else:
            _list_item(text, fig, previous, clause)
        fig.skip = fig.skip or _qualifying(text, fig, previous, left)
        if fig.role == "new" and previous is not None:
            _stock_of_new(text, previous, fig)
        running = _cumulative(text, q, cs) if fig.role == "total" else None
        if running is not None:
            fig.named = _counted_in(running)
            if running.group("verb").lower().endswith("ing") and previous is not None:
                _increment(previous)  # "..., bringing the total to 27"
            else:
                fig.fresh = True  # "and to raise the number of listed companies to 60": a target of its own
        figures.append(fig)
        prev_end = q.end
    _apposed_changes(text, figures, clause)
    _compared_like(figures)
    _subset_counts(text, figures)
    return figures


def _list_item(text: str, fig: Figure, previous: Figure | None, clause: tuple[int, int]) -> None:
    """ "rises in Clothing retailing (0.8 per cent), Other retailing (0.4 per cent)", "Cafes
    (0.7 per cent) led the rises": a figure alone in brackets right after a name is that
    name's own figure. A name in capitals, or one of a run of such items, makes a breakdown."""
    q = fig.q
    if not _CLOSE_BRACKET.match(text, q.end) or q.unit not in _RELATIVE_UNITS:
        return
    span = bracket_name(text, clause[0], q.start)
    if span is None:
        return
    listed = previous is not None and previous.item is not None and \
        _ITEM_JOIN.fullmatch(text, previous.q.end, span[0]) is not None
    if not (text[span[0]].isupper() or listed or _ITEM_NEXT.match(text, q.end)):
        return
    fig.item, fig.fresh = span, True
    if fig.role == "value" and q.direction is None and cues().list_rise_after.match(text, q.end):
        fig.role = "change"  # "(0.7 per cent) led the rises"


def _apposed_changes(text: str, figures: list[Figure], clause: tuple[int, int]) -> None:
    """ "the added value was 20.8 billion yuan, an increase of 4.7%": the figure in
    apposition is the change of the amount before it, so the amount is its level even when a
    rise word was read before it ("added value")."""
    for a, b in zip(figures, figures[1:]):
        if a.role == "change" and not a.skip and a.q.unit not in _RELATIVE_UNITS and b.role == "change" \
                and cues().change_apposition.fullmatch(text, a.q.end, b.q.start):
            a.role = _role(text, a.q, clause, clause[0], directed=False)


def _subset_counts(text: str, figures: list[Figure]) -> None:
    """ "Less than 1% of enterprises employed 250 or more people": a count in the stretch
    after a share that opens the clause says which part is meant; it is no figure of its own."""
    live = [f for f in figures if not f.skip]
    if not live or live[0].role != "share" or not _at_subject(text, live[0]):
        return
    share = live[0]
    for fig in live[1:]:
        if "," in text[share.q.end:fig.q.start]:
            return
        if fig.q.unit is None and fig.q.direction is None:
            fig.skip = True


def _qualifying(text: str, fig: Figure, previous: Figure | None, left: str) -> bool:
    """A figure that qualifies a name, a list, a time frame, a whole ("Three of the
    province's 11 cities"), a definition in brackets ("(0 to 9 employees)") or a rule
    ("each eligible startup receiving no more than 2 million yuan"): a quantity only."""
    q = fig.q
    if _FROM_MORE_THAN.search(left) and _MORE_THAN.match(text, q.start, q.end):
        return True  # "operate from more than one site"
    if _date_day(text, q):
        return True  # "Release date: 13 December 2024": a calendar date, no figure
    valued = _VALUED_AT.search(left)
    if valued and (valued.group("bound") or q.hedge in ("above", "below") or q.upper is not None):
        return True  # "startups valued at over $1 billion" (or "between ... and ..."): a class
    if _QUALIFYING_LEFT.search(left) or (q.unit is None and _LIST_COUNT_RIGHT.match(text, q.end, q.end + 30)) or (
            q.unit in _DURATION_UNITS and (cues().time_frame_left.search(left) or "-" in text[q.start:q.end])):
        return True  # "over the nine months", "two-monthly comparisons"; "in three aspects:" (a count)
    if previous is not None and _WHOLE_BETWEEN.match(text, previous.q.end, q.start):
        return True
    if q.unit is None and q.direction is None and _WHOLE_RIGHT.match(text, q.end) and \
            cues().whole_opener.fullmatch(text, _clause_body(text, fig.clause_start, q.start), q.start):
        return True  # "Among the 37 industries, 33 had ...": the whole the count after it is in
    if q.unit is None and q.hedge == "exact" and q.value < 100 and not text[q.start].isdigit() and _DEFINITE_LEFT.match(
            text, _clause_body(text, fig.clause_start, q.start), q.start):
        return True  # "The two sectors accounted for ...": a count in words that points back ("The 45
        # incubators in the park served ..." states a figure)
    if fig.anchor is None and fig.item is None and q.direction is None and _in_brackets(text, fig.clause_start, q.start):
        return True
    return _rule(text, fig)


def _rule(text: str, fig: Figure) -> bool:
    """A rule cue in the figure's stretch ("each eligible startup receiving no more than 2
    million yuan"), unless a verb of the clause stands between the cue and the figure: then
    the cue is in the subject ("enterprises eligible for R&D tax deductions reached 12,400")."""
    q, c = fig.q, cues()
    start, end = _stretch(text, fig.clause_start, q)
    for m in c.rule.finditer(text, start, end):
        if m.end() > q.start or not any(w.group().lower() in c.verbs for w in WORD.finditer(text, m.end(), q.start)):
            return True  # after the figure it states the rule ("by 15-20 percent are eligible for")
    return False


@lru_cache(maxsize=64)
def _stock_clause(text: str, cs: int, ce: int) -> bool:
    """ "had 47 companies by the end of June": once per clause, not once per figure in it."""
    return cues().stock_clause.search(text, cs, ce) is not None


def _date_day(text: str, q: QuantityMention) -> bool:
    if q.unit is not None or q.hedge != "exact" or q.direction is not None or not float(q.value).is_integer() \
            or not 1 <= q.value <= 31:
        return False
    after, before = date_day()
    return bool(after.match(text, q.end) or before.search(text, max(0, q.start - 12), q.start))


def _in_brackets(text: str, start: int, pos: int) -> bool:
    opened = text.rfind("(", start, pos)
    return opened >= 0 and text.find(")", opened, pos) < 0


def _stretch(text: str, clause_start: int, q: QuantityMention) -> tuple[int, int]:
    """The comma-delimited stretch of its clause around a figure (at most ``_REACH``
    characters each side: a comma-free list of figures would make this quadratic)."""
    low = max(clause_start, q.start - _REACH)
    begin = max(text.rfind(",", low, q.start), text.rfind(";", low, q.start), low - 1) + 1
    high = q.end + _REACH
    ends = [i for i in (text.find(",", q.end, high), text.find(";", q.end, high), text.find(".", q.end, high))
            if i >= 0]
    return begin, min(ends) if ends else min(len(text), high)


_REACH = 500


def _counted_in(running: regex.Match) -> tuple[int, int] | None:
    """ "the number of listed companies headquartered in the park" -> what follows "of"."""
    m = _NUMBER_OF.match(running.group("what"))
    if not m:
        return None
    start = running.start("what") + m.end()
    end = running.start("what") + len(running.group("what").rstrip())
    return (start, end) if end > start else None


def _increment(previous: Figure) -> None:
    """ "Nine companies were newly recognized ..., bringing the total to 27": the count
    before a running total is what was added."""
    if previous.q.unit is None and previous.role == "value" and not previous.comparison and not previous.skip:
        previous.role = "new"


def _stock_of_new(text: str, previous: Figure, fig: Figure) -> None:
    """ "1,560 high-tech enterprises, of which 312 were newly recognized", "210 incubators, 35
    of which were newly established": the count a new part is taken from is the stock."""
    if previous.q.unit is None and previous.role == "value" and not previous.comparison and not previous.skip \
            and fig.q.unit is None and fig.q.value < previous.q.value \
            and cues().partitive_between.fullmatch(text, previous.q.end, fig.q.start):
        previous.role = "total"


def _compared_like(figures: list[Figure]) -> None:
    """A comparison figure plays the role of what it is compared with: "represented 64% of
    total enterprises, up 2.1 points from the 61.9% seen in 2012" (a share); "there were 2.17
    million ..., compared with 2.15 million" (a total)."""
    last: dict[str | None, Figure] = {}  # by unit
    for fig in figures:
        if fig.skip:
            continue
        if not fig.comparison:
            last[fig.q.unit] = fig
            continue
        like = last.get(fig.q.unit)
        if like is not None and like.role in ("share", "total", "change") and fig.role != "change":
            fig.role, fig.like = like.role, like  # "grew 0.5% in quarter two compared with 0.1%": a change


def _mark_comparison(text: str, fig: Figure, previous: Figure | None, left: str) -> None:
    if fig.role == "share":
        return
    m = cues().comparison_left.search(left)
    if m:
        fig.comparison, fig.cue = True, _LAST_WORD.search(m.group()).group().lower()
    elif previous is not None and previous.comparison and _AND_BETWEEN.match(text, previous.q.end, fig.q.start):
        fig.comparison, fig.cue = True, previous.cue


def _bracketed(previous: Figure, fig: Figure) -> None:
    """ "100,000 yuan ($15,700)" is a conversion; "18,000 (0.9%)" an alternate change;
    "58,000 (2.7%)" a share."""
    fig.anchor = previous
    fig.comparison = previous.comparison
    if _is_money(fig.q) and (_is_money(previous.q) or previous.q.unit is None and previous.q.value >= 1000):
        fig.skip = True  # "261.18 billion (US$31.6 billion) yuan": the unit word comes after the bracket
    elif previous.role == "change":
        fig.skip = True
        fig.role = "change_alt"
    elif fig.q.unit == "percent" and previous.role in MAIN_ROLES:
        fig.role = "share"


# ---------------------------------------------------------------- grouping


def _group(text: str, figures: list[Figure], clause: tuple[int, int], stated: list[int],
           names: tuple[tuple[int, int], ...] = ()) -> list[Draft]:
    """``stated``: where the clause states periods of its own (not compared-with ones);
    ``names``: places and bodies named in the clause."""
    paired = _respective(text, figures, clause)
    if paired:
        return paired
    drafts: list[Draft] = []
    current: Draft | None = None
    compared_at: int | None = None  # a comparison since the current draft's last figure
    for fig in figures:
        if fig.skip:
            continue
        if fig.anchor is not None and not fig.anchor.skip:
            owner = next((d for d in drafts if fig.anchor in d.figures), None)
            if owner is not None and owner.accepts(fig):
                owner.add(fig)
                continue
        if fig.comparison:
            drafts.append(Draft(clause=clause, comparison=True))
            drafts[-1].add(fig)
            compared_at = fig.q.start if compared_at is None else compared_at
            continue
        new_period = current is not None and _new_period(current, fig, stated, compared_at)
        if current is None or not current.accepts(fig) or new_period or fig.fresh \
                or _new_subject(text, current, fig, names) or _other_count(text, current, fig, clause):
            current = Draft(clause=clause, period_break=new_period)
            drafts.append(current)
        current.add(fig)
        compared_at = None
    return drafts


def _respective(text: str, figures: list[Figure], clause: tuple[int, int]) -> list[Draft]:
    """ "reached 249.9, 199.1, 295.3 and 168.8 points, respectively, up 10.5, 3.0, 11.8 and
    3.1 percent", "Exports and imports rose 5.1 percent and 2.3 percent, respectively": the
    figures come in runs of one role, one figure per listed item; the i-th figure of each run
    goes with the i-th of the others. Without "respectively", two coordinated subjects and a
    figure list joined by "and" ("Sales and profits fell 3% and 9%") read the same way."""
    live = [f for f in figures if not f.skip and f.anchor is None and not f.comparison and f.item is None]
    if len(live) < 2:
        return []
    runs: list[list[Figure]] = [[live[0]]]
    for fig in live[1:]:
        if fig.role == runs[-1][0].role:
            runs[-1].append(fig)
        else:
            runs.append([fig])
    n = len(runs[0])
    if n < 2 or any(len(r) != n for r in runs) or len({r[0].role for r in runs}) != len(runs):
        return _respective_levels(text, live, runs, clause)
    if len(runs) == 1 and not all(_LIST_JOIN.fullmatch(text, a.q.end, b.q.start) for a, b in zip(live, live[1:])):
        return []  # "rose 15.3 pct and 41.8 pct respectively ... and consumption funds rose 12.5 pct"
    if not _RESPECTIVELY.search(text, *clause) and not _coordinated(text, clause, runs):
        return []
    drafts = []
    for items in zip(*runs):
        draft = Draft(clause=clause, respective=True)
        for fig in items:
            draft.add(fig)
        drafts.append(draft)
    return drafts


def _respective_levels(text: str, live: list[Figure], runs: list[list[Figure]],
                       clause: tuple[int, int]) -> list[Draft]:
    """ "were worth 4.8 billion dollars and covered 38.8 percent of total exports, up 19.2
    percent and 2.5 percentage points respectively": levels of different roles (a value, a
    share), then as many changes; the i-th change is the i-th level's."""
    if len(runs) < 2 or runs[-1][0].role != "change" or not _RESPECTIVELY.search(text, *clause):
        return []
    levels, changes = live[:-len(runs[-1])], runs[-1]
    if len(levels) != len(changes) or len({f.role for f in levels}) != len(levels) \
            or any(f.role == "change" for f in levels):
        return []
    drafts = []
    for level, change in zip(levels, changes):
        draft = Draft(clause=clause, same_metric=True)
        draft.add(level)
        draft.add(change)
        drafts.append(draft)
    return drafts


def _coordinated(text: str, clause: tuple[int, int], runs: list[list[Figure]]) -> bool:
    """One run of figures joined by "and" after a subject that joins as many items by "and"."""
    if len(runs) != 1:
        return False
    run = runs[0]
    body = _clause_body(text, clause[0], run[0].q.start)
    return _AND_SUBJECT.match(text, body, run[0].q.start) is not None


def _new_subject(text: str, draft: Draft, fig: Figure, names: tuple[tuple[int, int], ...] = ()) -> bool:
    """ "Shipments reached 2.5 times the level of a year earlier, and lithium battery exports
    totaled 8,450 mln dlrs": a new subject and verb start another indicator; so does a place
    named between ("growth of 9.5 percent, followed by Inner Mongolia at 7.2 percent")."""
    if fig.role not in MAIN_ROLES:
        return False
    last = draft.figures[-1].q.end
    if any(last <= s and e <= fig.q.start for s, e in names):
        return True
    between = text[last:fig.q.start]
    cut = max(between.rfind(","), between.rfind(";"), between.lower().rfind(" and "))
    if cut < 0:
        return False
    words = [w.lower() for w in WORD.findall(between[cut:])]
    words = words[1:] if words and words[0] == "and" else words
    c = cues()
    verb = next((k for k, w in enumerate(words) if w in c.verbs), None)
    return verb is not None and verb > 0 and words[0] not in c.verbs and words[0] not in c.prepositions \
        and not words[0][0].isdigit()


def _other_count(text: str, draft: Draft, fig: Figure, clause: tuple[int, int]) -> bool:
    """ "The 178 zones were home to 67 percent of China's unicorn firms": a share of an owned
    whole that names another noun than the count before it counts is a statistic of its own."""
    if fig.role != "share":
        return False
    count = next((f for f in draft.figures if f.role in MAIN_ROLES and f.q.unit is None), None)
    if count is None:
        return False
    owned = _owned_whole(text, fig, clause[1])
    counted = counted_noun(text, count.q.end, clause[1])
    if owned is None or counted is None:
        return False
    return not _content_words(text[owned[0]:owned[1]]) & _content_words(text[counted[0]:counted[1]])


def _content_words(phrase: str) -> set[str]:
    return {w.lower().rstrip("s") for w in WORD.findall(phrase)} - cues().determiners


def _new_period(draft: Draft, fig: Figure, stated: list[int], compared_at: int | None) -> bool:
    """One indicator has one period: "In February 1986 the index had stood at 103.7,
    producing a rise for February 1987 of 0.4 pct" is two. Periods after a comparison
    figure are the comparison's."""
    first, last = draft.figures[0].q.start, draft.figures[-1].q.end
    until = fig.q.start if compared_at is None else min(compared_at, fig.q.start)
    return any(s < first for s in stated) and any(last <= s < until for s in stated)


# ---------------------------------------------------------------- metric


@dataclass(frozen=True, slots=True)
class _Reading:
    """What the phrase readers need to know about a clause."""

    text: str
    clause: tuple[int, int]
    blocked: tuple[tuple[int, int], ...]
    """Periods and basis phrases: never part of a metric."""
    names: tuple[tuple[int, int], ...]
    """Places and organisations: the subject of a figure, not what it measures."""

    def is_name(self, span: tuple[int, int]) -> bool:
        return any(s <= span[0] and span[1] <= e or (span[0] <= s and e <= span[1] and e - s >= (span[1] - span[0]) // 2)
                   for s, e in self.names)


def _metric_span(r: _Reading, draft: Draft, after: int | None, items: int = 1) -> tuple[int, int] | None:
    """``after``: where the previous draft of the clause ended (None for the first);
    ``items``: how many metrics a "respectively" subject lists."""
    text, (cs, ce), blocked = r.text, r.clause, r.blocked
    fig = draft.primary
    q = fig.q
    named = next((f.named for f in draft.figures if f.named is not None), None)
    if named is not None:
        return named  # "bringing the number of listed companies to 23"
    if fig.item is not None:
        return fig.item  # "Other retailing (0.4 per cent)"
    if fig.role == "share" and after is not None:
        owned = _owned_whole(text, fig, ce, blocked)
        if owned is not None:
            return owned  # "one-third of the country's high-tech enterprises and 46 percent of its little giants"
    if fig.role == "share" and after is None and _at_subject(text, fig):
        return _share_subject(r, fig)
    if q.unit is None and fig.role in MAIN_ROLES:
        span = counted_noun(text, q.end, ce, blocked)
        if span and not (after is None and _counting_word(r, q, span)) \
                and text[span[0]:span[1]].lower() not in cues().figure_units:  # "12.5 billion (US$1.7 billion) yuan"
            return span
    of = _OF_AFTER.match(text, q.end, ce) if fig.role in MAIN_ROLES and q.unit is not None else None
    if of:  # "£250 million of new investment"
        span = counted_noun(text, of.end(), ce, blocked)
        if span:
            return span
    if fig.role == "change":
        m = cues().change_noun_after.match(text, q.end, ce)
        span = counted_noun(text, m.end(), ce, blocked) if m else None
        if span and text[span[0]:span[1]].lower().split()[-1] not in cues().time_nouns:
            return span  # "a 3-1/2 pct rise in production", not "a rise in the two-month period"
    span = _object_after(r, q) if after is None else None
    if span is None:
        span = left_phrase(text, after, q.start, blocked) if after is not None else \
            subject_phrase(text, cs, q.start, blocked, r.is_name, items=items)
    if span is None and fig.role == "share":
        span = _share_whole_noun(r, fig)
    if span is None and fig.role in MAIN_ROLES:
        span = counted_noun(text, q.end, ce, blocked)
    if span is None:  # no subject read: the noun phrase just before the figure, else after it
        span = left_phrase(text, _clause_body(text, cs, q.start), q.start, blocked) \
            or counted_noun(text, q.end, ce, blocked)
    return span


def _owned_whole(text: str, fig: Figure, limit: int, blocked: tuple[tuple[int, int], ...] = ()) -> tuple[int, int] | None:
    of = _SHARE_OF.match(text, fig.q.end, limit)
    return owned_whole(text, of.start(1), limit, blocked) if of else None


def _counting_word(r: _Reading, q: QuantityMention, span: tuple[int, int]) -> bool:
    """ "Vehicle sales reached 30.1 million units": the word after the figure only counts it
    (``count_units``); the subject names what is measured, unless the verb takes the counted
    thing as its object ("the airport handled 50 million passengers")."""
    c = cues()
    if r.text[span[0]:span[1]].lower() not in c.count_units:
        return False
    verb = verb_before(r.text, r.clause[0], q.start, r.blocked)
    return verb is not None and verb not in c.object_verbs and \
        subject_phrase(r.text, r.clause[0], q.start, r.blocked, r.is_name) is not None


def _at_subject(text: str, fig: Figure) -> bool:
    """The figure opens its clause ("Half of these eaglet enterprises work in ...",
    "Among X, 68.3% carried out R&D activities")."""
    body = _clause_body(text, fig.clause_start, fig.q.start)
    intro = _AMONG_INTRO.match(text, body, fig.q.start)
    body = intro.end() if intro else body
    return not _ANY_WORD.search(text, body, fig.q.start)


def _share_subject(r: _Reading, fig: Figure) -> tuple[int, int] | None:
    """A share that opens its clause measures the part the clause describes: "Half of all
    new registrations came from sole proprietors", "68.3% carried out R&D activities";
    a place it is in is the subject ("were based in the Cardiff Capital Region")."""
    text, (cs, ce) = r.text, r.clause
    start = fig.q.end
    of = _SHARE_OF_WHOLE.match(text, start, ce)
    if of:
        start = of.end()
    words = _WORD_RUN.match(text, start, ce)
    if not words or not words.group().strip():
        return None
    start += len(words.group()) - len(words.group().lstrip())
    end = words.start() + len(words.group().rstrip())
    place = next((m for m in _IN_PLACE.finditer(text, start, end) if r.is_name((m.end("prep") + 1, end))
                  or text[m.end("prep"):end].strip().lower().split()[-1] in cues().place_nouns), None)
    end = place.start() if place else end
    return (start, end) if end > start else None


def _share_whole_noun(r: _Reading, fig: Figure) -> tuple[int, int] | None:
    """ "the zone was home to about one-third of the city's high-tech enterprises": what the
    share is a share of is also what it counts."""
    text, (cs, ce) = r.text, r.clause
    of = _SHARE_OF_WHOLE.match(text, fig.q.end, ce)
    if not of:
        return None
    owner = _OWNER.match(text, of.end(), ce)
    return counted_noun(text, owner.end() if owner else of.end(), ce, r.blocked)


def _object_after(r: _Reading, q: QuantityMention) -> tuple[int, int] | None:
    """ "spent 8.76 billion yuan on R&D", "contributing 68.5 percent to the growth of ...":
    the phrase after the figure names what it measures."""
    verb = verb_before(r.text, r.clause[0], q.start, r.blocked)
    prep = cues().object_after.get(verb or "")
    if prep is None:
        return None
    m = regex.match(rf"\s+{prep}\s+", r.text[q.end:r.clause[1]])
    if not m:
        return None
    start = q.end + m.end()
    return left_phrase(r.text, start, _phrase_end(r, start), r.blocked)


def _phrase_end(r: _Reading, start: int) -> int:
    """Where the stretch from ``start`` ends: a break, a period, a figure."""
    end = _STRETCH_END.search(r.text, start, r.clause[1])
    stop = end.start() if end else r.clause[1]
    for s, _ in r.blocked:
        if start <= s < stop:
            stop = s
    return stop


# ---------------------------------------------------------------- periods


def _assign_periods(text: str, drafts: list[Draft], clause: tuple[int, int], ctx: PeriodContext,
                    forecast: bool) -> None:
    cs, ce = clause
    # A period inside brackets ("(compared with 100 in 2005)") is the bracket's.
    in_clause = [m for m in ctx.in_span(cs, ce) if not _in_brackets(text, cs, m.start)]
    taken = _draft_periods(text, drafts, clause, in_clause, ctx, forecast)
    first = drafts[0].figures[0].q.start if drafts else ce
    clause_level = [m for m in in_clause if m.start not in taken and m.start < first and not ctx.is_reference(m)]
    opener = clause_level[-1] if clause_level else None
    clause_period = ctx.base(forecast)
    if opener is not None:
        clause_period = ctx.resolve(opener, forecast=forecast) if opener.kind != "none" else None
    _respectively(text, drafts, clause, ctx, forecast)
    for draft in drafts:
        if draft.period_set:
            if not draft.comparison:
                clause_period = draft.period  # "47 companies by the end of June, with a value of ..."
            continue
        if clause_period is not None and opener is None and _is_level(draft) \
                and clause_period.months > 12 and clause_period.y2 > clause_period.y1:
            # A level carried from "between 2012 and 2013" is the level at its end.
            draft.period = Period.year(clause_period.y2)
        else:
            draft.period = clause_period
    # The period in force afterwards is the last one the clause states for its own figures,
    # not for an earlier figure it looks back at ("following a 0.3% rise in July").
    last = next((d for d in reversed(drafts) if not d.comparison and d.period_set
                 and not _looks_back(text, cs, d.figures[0].q.start)), None)
    if last is not None:
        ctx.update(last.period, forecast, last.period_mention)
    elif opener is not None and opener.kind != "none" and not _looks_back(text, cs, opener.start, figure=True):
        ctx.update(clause_period, forecast, opener)


def _looks_back(text: str, clause_start: int, pos: int, figure: bool = False) -> bool:
    """ "This follows a 0.2% fall in July": what comes at ``pos`` is an earlier reading; with
    ``figure``, only when a number comes between ("Following the merger in 2021" is none)."""
    m = look_back_before().search(text, max(clause_start, pos - 80), pos)
    return m is not None and (not figure or _ANY_DIGIT.search(m.group()) is not None)


def _is_level(draft: Draft) -> bool:
    return any(role in draft.slots for role in ("value", "total", "share"))


def _draft_periods(text: str, drafts: list[Draft], clause: tuple[int, int], in_clause: list[PeriodMention],
                   ctx: PeriodContext, forecast: bool) -> set[int]:
    """A period from a draft's first figure up to the next draft (or a subordinate clause)
    belongs to the draft ("rose 2.1% in June to 1.2 billion", "up from 185.41 billion in
    1985"). Relative periods after the first draft are read against the first draft's; a
    comparison's period is never later than the period it is compared with ("104.1 in
    February against 104.5 in December")."""
    bounds = [d.figures[0].q.start if not d.period_break else -1 for d in drafts[1:]] + [clause[1]]
    taken: set[int] = set()
    main: Period | None = None
    previous_end = clause[0]
    for draft, limit in zip(drafts, bounds):
        start = previous_end if draft.period_break else draft.figures[0].q.start
        previous_end = draft.end
        limit = draft.end if limit < 0 else limit  # the next draft starts with a period of its own
        sub = cues().subordinate.search(text, draft.end, limit)
        limit = sub.start() if sub else limit
        local = [m for m in in_clause if start <= m.start < limit and m.start not in taken]
        if not draft.comparison:
            local = [m for m in local if not ctx.is_reference(m)]
        if not local:
            _carried_reference(draft, ctx)
            continue
        m = local[0]
        draft.period = ctx.resolve(m, main, forecast) if m.kind != "none" else None
        if draft.comparison and m.partial and draft.period and main and _after(draft.period, main):
            draft.period = draft.period.shifted_back(12)
        draft.period_set, draft.period_mention = True, m
        taken.add(m.start)
        if draft.comparison:
            ctx.reference = (draft.figures[0].cue, draft.period)
        elif main is None:
            main = draft.period
    return taken


def _carried_reference(draft: Draft, ctx: PeriodContext) -> None:
    """ "to 206.45 billion from 201.82 billion in 1985, state treasury bond receipts to 6.2
    billion from 6.04 billion": a comparison with the same word as the one before is of the
    same period."""
    if draft.comparison and ctx.reference is not None and ctx.reference[0] == draft.figures[0].cue:
        draft.period, draft.period_set = ctx.reference[1], True


def _after(period: Period, reference: Period) -> bool:
    return (period.y2, period.m2) > (reference.y2, reference.m2)


def _respectively(text: str, drafts: list[Draft], clause: tuple[int, int], ctx: PeriodContext,
                  forecast: bool) -> None:
    """ "1986 and 1985 investment rose 15.3 pct and 41.8 pct respectively": periods in order;
    a listed month later than the period in force is of the year before ("the January and
    December indices")."""
    cs, ce = clause
    listing = bool(drafts) and all(d.respective for d in drafts)
    if not drafts or not (listing or _RESPECTIVELY.search(text, cs, ce)):
        return
    first = drafts[0].figures[0].q.start
    base = ctx.base(forecast)
    listed: list[Period] = []
    for m in ctx.in_span(cs, first):
        p = ctx.resolve(m, forecast=forecast) if m.kind == "explicit" else None
        if p is not None and m.partial and base is not None and _after(p, base):
            p = p.shifted_back(12)
        if p is not None:
            listed.append(p)
    if len(listed) < 2 or len(drafts) % len(listed):
        if listing:
            _list_period(drafts)
        return
    for k, draft in enumerate(drafts):
        draft.period = listed[k % len(listed)]
        draft.period_set = True


def _list_period(drafts: list[Draft]) -> None:
    """ "rose 5.1 percent and 2.3 percent in 2023, respectively": a period stated once after
    the list is every item's."""
    stated = [d for d in drafts if d.period_set]
    if not stated or len({d.period for d in stated}) != 1:
        return
    for draft in drafts:
        if not draft.period_set:
            draft.period, draft.period_set = stated[0].period, True
            draft.period_mention = stated[0].period_mention


# ---------------------------------------------------------------- basis


@dataclass(slots=True)
class BasisInForce:
    """The basis of the last change and its period: a change of the same period that states
    none has the same ("rose 3.5% in February compared with January. But energy output fell
    nine pct")."""

    basis: str | None = None
    period: Period | None = None
    known: bool = False
    monthly: bool | None = None
    """The document is a monthly release (see ``_monthly_release``); read once."""


_NOT_A_BASE = frozenset({"same", "same_year", "none"})


def _basis(text: str, draft: Draft, change: Figure, ctx: PeriodContext, next_start: int,
           references: list[Period], sentence: tuple[int, int], state: BasisInForce) -> str | None:
    found, basis = _stated_basis(text, draft, change, ctx, next_start, references)
    if not found:
        if state.known and state.period == draft.period:
            return state.basis
        basis = _implied_basis(text, draft, ctx, sentence, _monthly_release(text, state))
        found = basis is not None
    if found:
        state.basis, state.period, state.known = basis, draft.period, True
    return basis


def _monthly_release(text: str, state: BasisInForce) -> bool:
    """A monthly release ("GDP monthly estimate", "rose 0.6 percent last month") that names
    the month-on-month frame more often than a year-on-year basis: its changes for a month are against the month before."""
    if state.monthly is None:
        c = cues()
        # more monthly cues than year-on-year ones: one "annual rate" in a month-by-month
        # report does not make it a year-on-year one
        monthly = sum(1 for _ in c.monthly_release.finditer(text))
        state.monthly = monthly > 0 and monthly > sum(1 for _ in c.basis["yoy"].finditer(text))
    return state.monthly


def _stated_basis(text: str, draft: Draft, change: Figure, ctx: PeriodContext, next_start: int,
                  references: list[Period]) -> tuple[bool, str | None]:
    """(found, basis) from a cue ("year on year") or from the period compared with ("from
    2.15 million in March 2012"); a comparison with no standard basis ("2.3 times that of
    2020") is found and None. The stretch right after the change is read first, then the
    figures it is compared with, then the whole clause."""
    cs, ce = draft.clause
    found = _basis_in(text, draft, ctx, change.q.end, next_start)
    if found[0]:
        return found
    if _rate_patterns()[1].search(text, max(cs, change.q.start - 40), change.q.start):
        return True, None  # "at an annualized rate of 1.6%"
    if _gap_to_reference(text, change, ctx, ce):
        return True, None  # "0.3 percentage points higher than the national average"
    if draft.period is not None and references:
        return True, _compare(draft.period, references[0])
    return _basis_in(text, draft, ctx, cs, ce)


def _basis_in(text: str, draft: Draft, ctx: PeriodContext, start: int, end: int) -> tuple[bool, str | None]:
    for name, spans in _basis_cue_spans(text):
        i = bisect_left(spans, (start, start))
        if i < len(spans) and spans[i][1] <= end:
            return True, name
    for m in ctx.in_span(start, end):
        if m.kind in _NOT_A_BASE or not ctx.is_reference(m):
            continue
        if m.kind in _PREVIOUS:
            return True, _PREVIOUS[m.kind]
        if draft.period is not None:
            ref = ctx.resolve(m, draft.period)
            if m.point and ref is not None and ref.by_year:
                ref = Period.month(ref.y2, 12)  # "than at the end of 2022"
            return True, _compare(draft.period, ref)
    return False, None


_PREVIOUS = {"prev_year": "yoy", "prev_quarter": "qoq", "prev_month": "mom"}


@lru_cache(maxsize=1)
def _rate_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    """(a rise verb and "at an annualized rate of" right before a figure, "annualized")."""
    roles = json.loads(resources.files("extractor.data").joinpath("roles.json").read_text())
    rate = trie_pattern(roles["rate_change_left"], space=r"\s+")
    no_basis = trie_pattern(roles["rate_no_basis"], space=r"\s+")
    directions = json.loads(resources.files("extractor.data").joinpath("directions.json").read_text())
    verbs = trie_pattern([w for d in ("up", "down") for w in directions[d]["before"]], space=r"\s+")
    return (regex.compile(rf"\b(?:{verbs})\s+(?:{rate})\s*$", regex.IGNORECASE),
            regex.compile(rf"\b(?:{no_basis})\b", regex.IGNORECASE))


def _rate_as_change(text: str, draft: Draft, before: Draft | None) -> None:
    """ "grew at an annualized rate of 1.6%, down from 3.4%": the rate of a rise is the
    change, and so is the rate it is compared with (``before``: the clause's draft before)."""
    value = draft.slots.get("value")
    if value is None or value.q.unit != "percent" or "change" in draft.slots:
        return
    if draft.comparison:
        prior = before.slots.get("change") if before is not None else None
        rated = prior is not None and prior.q.unit == "percent" and _rated(text, before, prior)
    else:
        rated = _rated(text, draft, value)
    if rated:
        del draft.slots["value"]
        value.role = "change"
        draft.slots["change"] = value


def _rated(text: str, draft: Draft, fig: Figure) -> bool:
    return _rate_patterns()[0].search(text, max(draft.clause[0], fig.q.start - 80), fig.q.start) is not None


@lru_cache(maxsize=1)
def _gap_pattern() -> regex.Pattern:
    """A comparison right after a change: "higher than", "below", "compared with"."""
    roles = json.loads(resources.files("extractor.data").joinpath("roles.json").read_text())
    comparative = trie_pattern(roles["gap_comparatives"], space=r"\s+")
    reference = trie_pattern(roles["gap_references"], space=r"\s+")
    return regex.compile(rf"\s*,?\s*(?:(?:{comparative})\s+)?(?:{reference})\s+(?P<ref>[^,;:()\d]{{1,60}}?)(?=[,;:().]|$|\s\d)",
                         regex.IGNORECASE)


def _gap_to_reference(text: str, change: Figure, ctx: PeriodContext, limit: int) -> bool:
    """ "1.1 points faster than inflation", "2.1 percentage points below its long-run
    average": compared with a reference that is no period, no figure and no basis phrase."""
    m = _gap_pattern().match(text, change.q.end, min(limit, change.q.end + 120))
    if not m or not m.group("ref").strip():
        return False
    rs, re_ = m.span("ref")
    if ctx.in_span(rs, re_) or _ANY_DIGIT.search(text, rs, min(limit, re_ + 1)):
        return False
    for _, spans in _basis_cue_spans(text):
        i = bisect_left(spans, (rs, rs))
        if i < len(spans) and spans[i][0] < re_:
            return False
    return True


@lru_cache(maxsize=2)
def _basis_cue_spans(text: str) -> tuple[tuple[str, list[tuple[int, int]]], ...]:
    """Each basis cue's matches in the whole text, in lexicon order: found once, then looked
    up per stretch (a search per change was quadratic in long clauses). A cue's matches do
    not overlap, so the first one starting in a stretch is the one that can end in it."""
    return tuple((name, [m.span() for m in pattern.finditer(text)]) for name, pattern in cues().basis.items())


def _implied_basis(text: str, draft: Draft, ctx: PeriodContext, sentence: tuple[int, int],
                   monthly: bool) -> str | None:
    """A change with no stated basis: seasonally adjusted monthly (quarterly) figures, and
    those of a monthly release, are against the month (three months) before; a year, or
    months from January ("the first three quarters"), against the same months a year
    earlier."""
    p = draft.period
    if p is None:
        return "mom" if monthly and _month_without_year(text, draft, ctx) else None
    if monthly or cues().seasonal.search(text, *sentence):
        if p.is_single_month():
            return "mom"
        if p.is_quarter() or (monthly and not p.by_year and p.months == 3):
            return "qoq"  # "in the three months to October": against the three months before
    if p.by_year or p.year_end:  # a year, or a stock at its end ("by the end of 2023")
        return "yoy" if p.y2 in (p.y1, p.y1 + 1) else None
    if p.months == 13 or (p.y1 == p.y2 and p.m1 == 1 and p.months > 1):
        return "yoy"
    return None


def _month_without_year(text: str, draft: Draft, ctx: PeriodContext) -> bool:
    """ "slipped 0.1 percent last month", "contracted 1.6 percent in October" in a text that
    never names the year: a single month all the same."""
    cs, ce = draft.clause
    if cues().single_month.search(text, cs, ce):
        return True
    mentions = [m for m in ctx.in_span(cs, ce) if not ctx.is_reference(m)]
    return bool(mentions) and mentions[0].month_only is not None and \
        mentions[0].month_only[0] == mentions[0].month_only[1] and mentions[0].period is None


def _compare(period: Period, reference: Period | None) -> str | None:
    if reference is None:
        return None
    shift = (period.y2 - reference.y2) * 12 + period.m2 - reference.m2
    if shift == 12:
        return "yoy"
    if reference.by_year and reference.y1 == reference.y2 == period.y1 - 1 and period.y1 == period.y2:
        return "yoy"  # "in the first half of 2017, ... compared with 2016": the same months of 2016
    if shift == 3 and not reference.by_year and reference.months == 3:
        return "qoq"  # a quarter, or "the three months to July 2024"
    if shift == 1 and reference.is_single_month():
        return "mom"
    return None


# ---------------------------------------------------------------- public


@dataclass(slots=True)
class AssembledIndicator:
    draft: Draft
    metric: tuple[int, int] | None
    tier: str | None
    share_of: str | None
    change: Figure | None
    basis: str | None
    head: tuple[int, int] | None = None
    """The head the metric shares with the next figure's ("26 national and 118 provincial
    little giant companies"): the metric is its own words followed by the head."""


@dataclass(slots=True)
class Assembly:
    indicators: list[AssembledIndicator]
    rankings: list[RankingDraft]
    concept_of: dict[int, tuple[int, int] | None]
    """Quantity start offset -> span of the phrase it measures."""


def _tier_of(span: tuple[int, int] | None, tiers: list[EntityMention]) -> str | None:
    """The tier of the first tier mention the metric overlaps (``tiers`` in text order)."""
    if span is None:
        return None
    lo, hi = 0, len(tiers)
    while lo < hi:  # the first mention that ends after the span starts
        mid = (lo + hi) // 2
        if tiers[mid].end <= span[0]:
            lo = mid + 1
        else:
            hi = mid
    for e in tiers[lo:]:
        if e.start >= span[1]:
            break
        if span[0] < e.end:
            return e.tier
    return None


def _share_scope(text: str, fig: Figure, sentence: tuple[int, int], reading: _Reading,
                 metric: tuple[int, int] | None, doc: "_DocState | None" = None) -> str | None:
    if fig.share_of:
        return fig.share_of
    if fig.like is not None:
        return fig.like.share_of or _share_of(text, fig.like, sentence, reading.blocked, metric)
    antecedent = doc.owner[1] if doc is not None and doc.owner is not None and doc.owner[0] == sentence[0] else None
    scope = _share_of(text, fig, sentence, reading.blocked, metric, antecedent)
    if doc is not None and scope is not None:
        of = _SHARE_OF_WHOLE.match(text, fig.q.end, sentence[1])
        if of and _OWNER.match(text, of.end(), sentence[1]):
            doc.owner = (sentence[0], scope)  # "of the country's ..., and 46 percent of its ..."
    return scope


def _share_of(text: str, fig: Figure, sentence: tuple[int, int], blocked: tuple[tuple[int, int], ...] = (),
              metric: tuple[int, int] | None = None, antecedent: str | None = None) -> str | None:
    """ "46% of the whole city" -> "city"; "Among X, ... accounted for 71.2%" -> X; "of the
    city's high-tech enterprises" -> "city" (the owner of the whole)."""
    m = _SHARE_OF.match(text, fig.q.end, sentence[1])
    if m:
        phrase = text[metric[0]:metric[1]] if metric else None
        scope = scope_after(text, m.start(1), sentence[1], blocked, antecedent)
        if scope is None and phrase and _OF_TOTAL.match(text, m.start(1)):
            return normalise_scope(phrase)  # "accounting for 49.6 percent of the total": of its kind
        return scope
    intro = _AMONG_INTRO.match(text, fig.clause_start, fig.q.start) or \
        _AMONG_INTRO.match(text, sentence[0], fig.q.start)
    if not intro:
        return None
    whole = cues().own_ground.sub("", intro.group("whole"))  # "... in the zone": the subject's own
    whole = _LEADING_FIGURE.sub("", whole)  # "Out of the 2.17 million VAT and/or PAYE enterprises"
    return normalise_scope(whole)


def assemble_indicators(text: str, clauses: list[tuple[int, int]], sentences: list[tuple[int, int]],
                        quantities: list[QuantityMention], entities: list[EntityMention],
                        published_year: int | None, body_start: int = 0, published: str | None = None) -> Assembly:
    """``body_start``: where the body begins after the headline; a headline repeats the
    body, so its figures are quantities but no indicators. ``published``: the publication
    date, which "last month" and "next year" count from."""
    doc = _DocState(text, PeriodContext(text, published_year, body_start, published),
                    sorted((e for e in entities if e.label == "TIER"), key=lambda e: (e.start, e.end)),
                    sorted((e.start, e.end) for e in entities if e.label in ("GPE", "ORG")))
    rankings: list[RankingDraft] = []
    rank_reader = RankReader(text, entities)
    qi, si = 0, 0
    for clause in clauses:
        cs, ce = clause
        while si + 1 < len(sentences) and sentences[si][1] <= cs:
            si += 1
        sentence = sentences[si] if sentences and sentences[si][0] <= cs < sentences[si][1] else clause
        clause_qs = []
        while qi < len(quantities) and quantities[qi].start < ce:
            if quantities[qi].start >= cs:
                clause_qs.append(quantities[qi])
            qi += 1
        figures = _figures(text, clause_qs, clause, doc.ctx.in_span(cs, ce))
        doc.ctx.enter_sentence(sentence[0])
        drafts = _group(text, figures, clause, _stated_periods(doc.ctx, clause), _names_in(doc, clause)) \
            if ce > body_start else []
        # Ranks: standings become Ranking records, the others go to the nearest figure group.
        attach, standings = rank_reader.read(clause, sentence, [[(f.q.start, f.q.end) for f in d.figures]
                                                                for d in drafts if not d.comparison], doc.ctx)
        rankings.extend(RankingDraft(pos, scope, sentence, aspects, period)
                        for pos, scope, aspects, period in standings)
        if ce > body_start:
            _assign_periods(text, drafts, clause, doc.ctx, bool(cues().forecast.search(text, cs, ce)))
        _attach_ranks(drafts, attach)
        _emit(doc, drafts, clause, sentence)
        for fig in figures:
            if fig.q.start not in doc.concept_of:
                anchor = fig.anchor.q.start if fig.anchor else None
                doc.concept_of[fig.q.start] = doc.concept_of.get(anchor) if anchor is not None else \
                    counted_noun(text, fig.q.end, ce)
    return Assembly(doc.out, rankings, doc.concept_of)


def _stated_periods(ctx: PeriodContext, clause: tuple[int, int]) -> list[int]:
    return [m.start for m in ctx.in_span(*clause) if m.kind == "explicit" and not ctx.is_reference(m)]


@dataclass(slots=True)
class _DocState:
    text: str
    ctx: PeriodContext
    tiers: list[EntityMention]
    names: list[tuple[int, int]] = field(default_factory=list)
    basis: BasisInForce = field(default_factory=BasisInForce)
    basis_spans: list[tuple[int, int]] | None = None
    """Every stated basis phrase of the text, found once (see ``_basis_spans``)."""
    out: list[AssembledIndicator] = field(default_factory=list)
    concept_of: dict[int, tuple[int, int] | None] = field(default_factory=dict)
    whole: tuple[int, int] | None = None
    """The metric of the last indicator that is no item of a breakdown."""
    owner: tuple[int, str] | None = None
    """(sentence start, scope) of the last share of an owned whole ("of the country's ...")."""


def _emit(doc: _DocState, drafts: list[Draft], clause: tuple[int, int], sentence: tuple[int, int]) -> None:
    """Metric, share and basis of each draft of a clause, then the indicator."""
    text = doc.text
    cs, ce = clause
    reading = _reading(doc, clause)
    references = [(d, d.period) for d in drafts if d.comparison and d.period_set and d.period is not None]
    last_metric: tuple[int, int] | None = None
    listed: tuple[int, int] | None = None  # the metrics of a "respectively" list
    for k, draft in enumerate(drafts):
        span, listed = _draft_metric(doc, reading, drafts, k, last_metric, listed, sentence)
        last_metric = draft.metric = span
        _share_from_metric(text, draft, span)
        _growth_as_change(text, draft, span)
        _rate_as_change(text, draft, drafts[k - 1] if k else None)
        _stock_count(text, draft, span)
        if k == 0 and doc.out and cues().anaphora.match(text, _clause_body(text, cs, ce), ce) and \
                _same_metric(text, span, doc.out[-1].metric) and _absorb(text, doc.out[-1], draft, doc, sentence):
            for fig in draft.figures:
                doc.concept_of[fig.q.start] = doc.out[-1].metric
            continue
        change = draft.slots.get("change")
        next_start = drafts[k + 1].figures[0].q.start if k + 1 < len(drafts) else ce
        basis = _basis(text, draft, change, doc.ctx, next_start, _compared_with(references, draft, change),
                       sentence, doc.basis) if change else None
        share = draft.slots.get("share")
        head = _shared_head(text, drafts, k, span, reading)
        if span is not None and draft.primary.item is None:
            doc.whole = span
        doc.out.append(AssembledIndicator(
            draft=draft, metric=span, tier=_tier_of(head or span, doc.tiers), head=head,
            share_of=_share_scope(text, share, sentence, reading, span, doc) if share else None,
            change=change, basis=basis))
        for fig in draft.figures:
            doc.concept_of[fig.q.start] = span


def _draft_metric(doc: _DocState, reading: _Reading, drafts: list[Draft], k: int, last: tuple[int, int] | None,
                  listed: tuple[int, int] | None, sentence: tuple[int, int]
                  ) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The metric span of the k-th draft of a clause, and the "respectively" list in force.
    A comparison figure ("from 201.82 billion in 1985") measures what the figure before it
    measures; a figure said of a place or a pronoun measures what came before."""
    draft = drafts[k]
    after = drafts[k - 1].end if k else None
    span = None if draft.comparison or (k and (draft.respective or draft.same_metric)) \
        or (k and _follows_on(reading, draft, after)) \
        else _metric_span(reading, draft, after, len(drafts) if draft.respective else 1)
    span = span or last or _metric_span(reading, draft, None, len(drafts) if draft.respective else 1)
    if draft.respective:
        listed = listed or span
        span = _respective_metric(doc.text, listed, k, len(drafts))
    if span is not None and draft.primary.item is not None and reading.is_name(span):
        span = _item_topic(doc, sentence) or span  # "rises in Victoria (0.2%), Tasmania (0.6%)"
    elif span is not None and reading.is_name(span) or span is None and _about_before(reading, *reading.clause) \
            or not k and _follows_on(reading, draft, None):
        # "London grew by 3.5%", "This follows a rise of 0.2%"; with nothing before, the phrase read
        span = _topic(doc, sentence) or span
    elif span is None and pronoun_subject(doc.text, reading.clause[0], draft.primary.q.start, reading.blocked):
        span = _topic(doc, sentence)  # "In 2023, they rose 6.4 percent"
    return _trim_names(reading, span), listed


def _shared_head(text: str, drafts: list[Draft], k: int, span: tuple[int, int] | None,
                 r: _Reading) -> tuple[int, int] | None:
    """ "26 national and 118 provincial little giant companies": a count whose counted words
    are one modifier, joined by "and" to the next count, counts what that one counts."""
    fig = drafts[k].primary
    if span is None or k + 1 >= len(drafts) or fig.q.unit is not None or fig.q.end > span[0]:
        return None
    nxt = drafts[k + 1].primary
    if nxt.q.unit is not None or not _AND_ONLY.fullmatch(text, span[1], nxt.q.start) \
            or not _is_modifier(text[span[0]:span[1]]):
        return None
    their = counted_noun(text, nxt.q.end, r.clause[1], r.blocked)
    if their is None:
        return None
    rest = _FIRST_WORD.match(text, their[0], their[1])
    return (rest.end(), their[1]) if rest and rest.end() < their[1] else None


def _is_modifier(phrase: str) -> bool:
    word = phrase.lower()
    c = cues()
    return bool(_ONE_WORD.fullmatch(word)) and not word.endswith("s") and \
        (word in c.head_modifiers or word.endswith(c.modifier_suffixes))


def _compared_with(references: list[tuple[Draft, Period]], draft: Draft, change: Figure | None) -> list[Period]:
    """The periods of the clause's comparison figures, those after the change first."""
    pos = change.q.start if change else draft.end
    ordered = sorted(references, key=lambda r: (r[0].figures[0].q.start < pos, r[0].figures[0].q.start))
    return [p for d, p in ordered if d is not draft]


def _list_body(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A list after its lead-in: "Leading industries like A, B and C" -> "A, B and C"."""
    lead = None
    for lead in cues().list_lead_in.finditer(text, span[0], span[1]):
        pass
    return (lead.end(), span[1]) if lead is not None else span


def _comma_items(text: str, span: tuple[int, int], n: int) -> list[tuple[int, int]] | None:
    """The n items of a list written with commas, whose items may hold "and" ("computers and
    other electronic devices, electrical machinery and equipment, and special instrument
    manufacturing"): the comma parts, the last split at its "and" when one short."""
    parts: list[tuple[int, int]] = []
    pos = span[0]
    for m in _COMMA.finditer(text, span[0], span[1]):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, span[1]))
    if len(parts) < 2:
        return None
    if len(parts) == n - 1:
        s, e = parts[-1]
        joins = list(_AND_JOIN.finditer(text, s, e))
        if len(joins) != 1:
            return None
        parts[-1:] = [(s, joins[0].start()), (joins[0].end(), e)]
    if len(parts) != n:
        return None
    out = []
    for s, e in parts:
        lead = _AND_LEAD.match(text, s, e)
        s = lead.end() if lead else s
        if s >= e or not text[s:e].strip():
            return None
        out.append((s, e))
    return out


def _respective_metric(text: str, span: tuple[int, int] | None, k: int, n: int) -> tuple[int, int] | None:
    """The k-th of n listed metrics ("the sub-indices for innovation environment, innovation
    input, innovation output, and innovation effectiveness"), or the whole when they are not n."""
    if span is None:
        return None
    items = [m for m in _LIST_ITEM.finditer(text[span[0]:span[1]]) if m.group().strip()]
    middle = items[1:-1] if n > 2 else items[:1]
    if len(items) == n and all(len(m.group().split()) == 1 for m in middle) and len(items[-1].group().split()) > 1:
        return span  # "(the output of the) primary, secondary and tertiary industries": modifiers of one head
    commas = _comma_items(text, _list_body(text, span), n)
    if commas is not None:
        return commas[k]
    if len(items) != n:
        return span
    item = items[k]
    return span[0] + item.start(), span[0] + item.start() + len(item.group().rstrip())


def _reading(doc: _DocState, clause: tuple[int, int]) -> _Reading:
    cs, ce = clause
    blocked = [(m.start, m.end) for m in doc.ctx.in_span(cs, ce)]
    spans = _basis_spans(doc)
    i = bisect_left(spans, (cs, cs))
    while i < len(spans) and spans[i][0] < ce:
        if spans[i][1] <= ce:
            blocked.append(spans[i])
        i += 1
    return _Reading(doc.text, clause, tuple(sorted(blocked)), _names_in(doc, clause))


def _basis_spans(doc: _DocState) -> list[tuple[int, int]]:
    # One scan of the whole text instead of one per clause; a basis phrase never crosses a
    # clause boundary (no punctuation inside), so the clause's share is the same.
    if doc.basis_spans is None:
        doc.basis_spans = sorted(span for _, spans in _basis_cue_spans(doc.text) for span in spans)
    return doc.basis_spans


def _names_in(doc: _DocState, clause: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    cs, ce = clause
    i = bisect_left(doc.names, (cs, cs))
    names = []
    while i < len(doc.names) and doc.names[i][0] < ce:
        if doc.names[i][1] <= ce:
            names.append(doc.names[i])
        i += 1
    return tuple(names)


def _about_before(r: _Reading, cs: int, ce: int) -> bool:
    """The clause opens with a place, a body or a pronoun: it is about what came before."""
    body = _clause_body(r.text, cs, ce)
    body += len(r.text[body:ce]) - len(r.text[body:ce].lstrip())
    return bool(cues().anaphora.match(r.text, body, ce)) or any(s == body for s, _ in r.names)


def _follows_on(r: _Reading, draft: Draft, after: int | None) -> bool:
    """ "after advancing 0.7 percent in September", "but grew by 0.4%", "following a fall of
    0.5%": a clause (or, ``after`` the figure before, a stretch) that opens with a link word
    and a verb or a change has no subject of its own; it is about what came before."""
    c, fig = cues(), draft.primary
    if fig.role != "change":
        return False
    if after is None:
        m = c.follow_on.match(r.text, _clause_body(r.text, *r.clause), fig.q.start)
    else:
        m = c.follow_on.search(r.text, after, fig.q.start)
    if not m:
        return False
    word, noun = m.group("word").lower(), (m.group("noun") or "").lower()
    if noun:  # "following a fall of", "but grew by"
        return word in ("a", "an") and noun in c.change_nouns or noun == "by" and word in c.verbs
    return word in c.verbs or word.endswith("ing") or word in c.change_nouns


def _topic(doc: _DocState, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """The metric of the indicator before, when it is in the same paragraph: a figure said
    of a place measures what the paragraph is about."""
    if not doc.out or doc.out[-1].metric is None:
        return None
    prev = doc.out[-1].metric
    return prev if "\n\n" not in doc.text[prev[1]:sentence[0]] else None


def _item_topic(doc: _DocState, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """What a breakdown by places measures: the last whole (no item of another breakdown)
    of the same paragraph, else what the document opens with."""
    if doc.whole is not None and "\n" not in doc.text[doc.whole[1]:sentence[0]]:
        return doc.whole
    return next((item.metric for item in doc.out if item.metric is not None), None)


def _trim_names(r: _Reading, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "the economy of east China's Zhejiang Province" -> "economy": a place or body the
    phrase ends on is the subject."""
    if span is None:
        return None
    for s, e in r.names:
        if span[0] < s and span[1] - 2 <= e <= span[1] + 1:
            links = list(_TRAILING_LINK.finditer(r.text, span[0], s))
            if links and links[-1].start() > span[0]:
                return span[0], links[-1].start()
    return span


def _stock_count(text: str, draft: Draft, span: tuple[int, int] | None) -> None:
    """ "the number of listed companies in the zone reached 63", "high-tech enterprises
    totaled 1,200": the number of a kind of enterprise is a stock, its level a total."""
    value = draft.slots.get("value")
    if span is None or value is None or value.q.unit is not None or "total" in draft.slots:
        return
    words = text[span[0]:span[1]].lower().split()
    stated = _NUMBER_OF.search(text, draft.clause[0], value.q.start) or \
        cues().stock_verb_left.search(text, max(draft.clause[0], value.q.start - 20), value.q.start)
    if stated and set(words) & cues().stock_nouns:
        del draft.slots["value"]
        value.role = "total"
        draft.slots["total"] = value


def _growth_as_change(text: str, draft: Draft, span: tuple[int, int] | None) -> None:
    """ "full-year growth is expected to land between 5 and 6 percent": a percent said of a
    growth is a change."""
    value = draft.slots.get("value")
    if span is None or value is None or value.q.unit != "percent" or "change" in draft.slots:
        return
    head = text[span[0]:span[1]].lower().split()[-1]
    if head in cues().change_nouns:
        del draft.slots["value"]
        value.role = "change"
        draft.slots["change"] = value


def _clause_body(text: str, cs: int, ce: int) -> int:
    m = cues().intro.match(text[cs:ce])
    return cs + (m.end() if m else 0)


def _share_from_metric(text: str, draft: Draft, span: tuple[int, int] | None) -> None:
    """ "Its share of the zone's industrial revenue slipped ... to 52.4%": a share."""
    value = draft.slots.get("value")
    if span is None or value is None or value.q.unit != "percent" or "share" in draft.slots:
        return
    body = _clause_body(text, *draft.clause)
    m = _SHARE_SUBJECT.match(text, body, value.q.start)
    if m and m.end() <= span[1]:
        del draft.slots["value"]
        value.role = "share"
        value.share_of = _subject_whole(text, m, span[1])
        draft.slots["share"] = value


def _subject_whole(text: str, m: regex.Match, end: int) -> str | None:
    """What a share named in the subject is of: "share in total exports" -> "exports",
    "share of services in GDP" -> "gdp", "share of the zone's revenue" -> "zone's revenue"."""
    phrase = text[m.end():end]
    if m.group("prep").lower() == "of":
        part = _PART_IN_WHOLE.match(phrase)
        if part and part.end() < len(phrase):
            phrase = phrase[part.end():]
    return normalise_scope(phrase)


def _same_metric(text: str, span: tuple[int, int] | None, before: tuple[int, int] | None) -> bool:
    """Whether a clause's metric is the one before (or it names none): "These zones grew
    steadily, with their GDP up 7.6 percent" names a metric of its own."""
    if span is None or before is None or span == before:
        return True
    return bool(_content_words(text[span[0]:span[1]]) & _content_words(text[before[0]:before[1]]))


def _absorb(text: str, item: AssembledIndicator, draft: Draft, doc: _DocState,
            sentence: tuple[int, int]) -> bool:
    """A clause about "they"/"it" adds its figures to the indicator before it: "Invention
    patents reached 9,870; that year they accounted for 41.6% of the city's total"."""
    target = item.draft
    if not all(target.accepts(f) for f in draft.figures) or any(f.role in MAIN_ROLES for f in draft.figures):
        return False
    for fig in draft.figures:
        target.add(fig)
        if fig.role == "share":
            item.share_of = fig.share_of or _share_of(text, fig, sentence)
        elif fig.role == "change":
            item.change = fig
            item.basis = _basis(text, target, fig, doc.ctx, draft.clause[1], [], sentence, doc.basis)
    return True


def _attach_ranks(drafts: list[Draft], ranks: list[RankMention]) -> None:
    for rank in ranks:
        if not drafts:
            return
        nearest = min(drafts, key=lambda d: min(abs(f.q.start - rank.start) for f in d.figures))
        if nearest.rank is None:
            nearest.rank = rank
