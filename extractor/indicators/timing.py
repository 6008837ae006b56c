"""The period of each draft of a clause: one stated with its figures, the reference a
comparison repeats, periods listed in order for a "respectively" list, else the clause's
or the one in force. Periods carry across clauses ("In that year" after "in 2021").
"""

from __future__ import annotations

import regex

from ..cues import cues
from ..periods import (Period, PeriodContext, PeriodMention, aside_opener, comparison_look_back, look_back_before,
                       rolling_window, stock_noun)
from .clause_text import _ANY_DIGIT, _RESPECTIVELY, _in_brackets
from .figures import Draft


def _assign_periods(text: str, drafts: list[Draft], clause: tuple[int, int], ctx: PeriodContext,
                    forecast: bool) -> None:
    cs, ce = clause
    if ctx.current is None:
        _year_compared(text, clause, ctx, forecast)
    # A period inside brackets ("(compared with 100 in 2005)") is the bracket's.
    in_clause = [m for m in ctx.in_span(cs, ce) if not _in_brackets(text, cs, m.start)]
    first = drafts[0].figures[0].q.start if drafts else ce
    ahead = [m for m in in_clause if m.start < first and not ctx.is_reference(m) and m.kind != "none"]
    # "in the first quarter fell to 1.05 billion from 3.04 billion in the same 1986 period":
    # a comparison reads its relative period against the clause's own
    stated = ctx.resolve(ahead[-1], forecast=forecast) if ahead else None
    taken = _draft_periods(text, drafts, clause, in_clause, ctx, forecast, stated)
    clause_level = [m for m in in_clause if m.start not in taken and m.start < first and not ctx.is_reference(m)]
    opener = clause_level[-1] if clause_level else None
    clause_period = ctx.base(forecast)
    if forecast and _FUTURE.search(text, cs, ce):
        clause_period = _whole_year_ahead(clause_period)
    if opener is not None:
        clause_period = ctx.resolve(opener, forecast=forecast) if opener.kind != "none" else None
    else:
        clause_period = _month_after_reference(in_clause, first, ctx, clause_period)
    _respectively(text, drafts, clause, ctx, forecast)
    if len(drafts) > 1 and all(d.slots.get("share") is not None and d.slots["share"].named is not None for d in drafts):
        _list_period(drafts)  # a list of shares (see shares.share_list): "... of exports in the zones in 2022"
    if opener is None:
        _before_aside(text, drafts)
    _alternatives(text, drafts)
    for draft in drafts:
        if draft.period_set:
            # not an earlier figure looked back at ("follows a decline of 1.4% in Quarter 1")
            if not draft.comparison and not _of_reference(draft) and not _named_reference(draft, ctx) \
                    and not _looks_back(text, cs, draft.figures[0].q.start):
                clause_period = draft.period  # "47 companies by the end of June, with a value of ..."
            continue
        if clause_period is not None and opener is None and _is_level(draft) \
                and clause_period.months > 12 and clause_period.y2 > clause_period.y1:
            # A level carried from "between 2012 and 2013" is the level at its end.
            draft.period = Period.year(clause_period.y2)
        elif opener is None and clause_period is not None and _stock_level(text, draft, cs, clause_period):
            draft.period = Period.month(clause_period.y2, clause_period.m2)
        else:
            draft.period = clause_period
    _rolling_levels(drafts, opener)
    # The period in force afterwards is the last one the clause states for its own figures,
    # not for an earlier figure it looks back at ("following a 0.3% rise in July").
    # Nor is a period named only for a compared figure ("from 1985's 584 mln deficit").
    last = _last_own(text, cs, drafts, ctx)
    if last is not None:
        ctx.update(last.period, forecast, last.period_mention)
    elif opener is not None and opener.kind != "none" and not _looks_back(text, cs, opener.start, figure=True):
        ctx.update(clause_period, forecast, opener)


def _month_after_reference(mentions: list[PeriodMention], first: int, ctx: PeriodContext,
                           period: Period | None) -> Period | None:
    """ "Compared with May 2017, sales rose by 0.6%" while the three months to June 2017 are in
    force: the change is of June, the month after the one compared with, not of the span."""
    if period is None or period.is_single_month():
        return period
    refs = [m for m in mentions if m.start < first and m.period is not None and ctx.is_reference(m)]
    ref = refs[-1].period if refs else None
    if ref is None or not ref.is_single_month():
        return period
    if (period.y2 * 12 + period.m2) - (ref.y2 * 12 + ref.m2) == 1:
        return Period.month(period.y2, period.m2)
    return period


_COMPARED_YEAR = regex.compile(r"(?<![\w-])(?:compared\s+(?:with|to)|than(?:\s+in)?)\s+$", regex.IGNORECASE)


def _year_compared(text: str, clause: tuple[int, int], ctx: PeriodContext, forecast: bool) -> None:
    """ "China produced less rice this summer compared to 2017" in a story published in 2018,
    with no period in force: the year before publication, compared with, puts what the story
    reports in the publication year (as "the same 1986 period" dates an undated story)."""
    year = ctx.published_year
    if year is None:
        return
    for m in ctx.in_span(*clause):
        p = m.period
        if m.kind == "explicit" and p is not None and p.by_year and p.y1 == p.y2 == year - 1 \
                and _COMPARED_YEAR.search(text, max(clause[0], m.start - 20), m.start):
            ctx.update(Period.year(year), forecast, None)
            return


# A comparison word between two figures ("760 mln against an upwardly revised third quarter
# shortfall of 930 mln"): what follows it is the compared figure, with its own period.
_VERSUS = regex.compile(r"(?<![\w-])(?:against|versus|vs\.|compared\s+(?:with|to))(?![\w-])", regex.IGNORECASE)


def _last_own(text: str, clause_start: int, drafts: list[Draft], ctx: PeriodContext) -> Draft | None:
    """The last draft stating a period for its own figures: not a compared figure ("from 1985's
    584 mln deficit", "against a revised 2.9 billion in the third quarter") nor an earlier one
    looked back at ("following a 0.3% rise in July")."""
    for k in range(len(drafts) - 1, -1, -1):
        d = drafts[k]
        if d.comparison or not d.period_set or _of_reference(d) or _named_reference(d, ctx) \
                or (d.period_mention is not None and d.period_mention.kind == "year_to_date") \
                or _looks_back(text, clause_start, d.figures[0].q.start):
            continue
        if k and _VERSUS.search(text, drafts[k - 1].end, d.figures[0].q.start):
            continue
        return d
    return None


# "15.7 pct or 185.78 billion": the same change in two measures
_OR_JOINT = regex.compile(r"\s*,?\s*or\s+", regex.IGNORECASE)


def _alternatives(text: str, drafts: list[Draft]) -> None:
    """ "rose 15.7 pct or 185.78 billion rupees in the first nine months": a figure with no
    period of its own, then "or" and the same change in another measure, takes that one's."""
    for draft, after in zip(drafts, drafts[1:]):
        if draft.period_set or not after.period_set:
            continue
        if _OR_JOINT.fullmatch(text, draft.figures[-1].q.end, after.figures[0].q.start):
            draft.period, draft.period_set, draft.period_mention = after.period, True, after.period_mention


def _rolling_levels(drafts: list[Draft], opener: PeriodMention | None) -> None:
    """ "Net arrivals were 612,000 in the year to June 2023": a level summed over a rolling
    year is of the twelve months, while a rate of that year is dated by its last month."""
    for draft in drafts:
        mention = draft.period_mention if draft.period_set else opener
        if mention is not None and mention.rolling and draft.period is not None \
                and draft.period.is_single_month() and _summed_level(draft):
            draft.period = rolling_window(draft.period)


_RATE_UNITS = frozenset({"percent", "percentage_point"})


def _summed_level(draft: Draft) -> bool:
    """A count or an amount with no change ("612,000"), not a rate ("7.0%")."""
    if "change" in draft.slots:
        return False
    mains = [draft.slots[r] for r in ("value", "new", "total") if r in draft.slots]
    return bool(mains) and all(f.q.unit not in _RATE_UNITS for f in mains)


def _before_aside(text: str, drafts: list[Draft]) -> None:
    """ "24.6 million people in the EU, of whom 17.1 million were in the euro area, were
    unemployed in February 2012": a figure with no period of its own, cut off by an aside
    that holds the next figure, takes the period stated after that figure."""
    for draft, after in zip(drafts, drafts[1:]):
        if draft.period_set or draft.comparison or not after.period_set or after.comparison \
                or after.period_mention is None or after.period_mention.start < after.figures[-1].q.end:
            continue
        if aside_opener().search(text, draft.figures[-1].q.end, after.figures[0].q.start):
            draft.period, draft.period_set, draft.period_mention = after.period, True, after.period_mention


def _stock_level(text: str, draft: Draft, clause_start: int, period: Period | None) -> bool:
    """A level of a stock ("Their liabilities totaled 80 trillion yuan") carried from a
    year-to-date span ("the first two months") is at the span's end, not over it."""
    if period is None or period.by_year or period.months < 2 or period.y1 != period.y2 or not _is_level(draft):
        return False
    return stock_noun().search(text, clause_start, draft.figures[0].q.start) is not None


def _looks_back(text: str, clause_start: int, pos: int, figure: bool = False) -> bool:
    """ "This follows a 0.2% fall in July": what comes at ``pos`` is an earlier reading; with
    ``figure``, only when a number comes between ("Following the merger in 2021" is none).
    So is a figure given for an earlier change after a comparison word ("compared with an
    increase of 1.2 percent in the first three quarters")."""
    if not figure and comparison_look_back().search(text, max(clause_start, pos - 60), pos):
        return True
    m = look_back_before().search(text, max(clause_start, pos - 80), pos)
    return m is not None and (not figure or _ANY_DIGIT.search(m.group()) is not None)


def _named_reference(draft: Draft, ctx: PeriodContext) -> bool:
    """A figure dated by a period named for a comparison ("from 1985's 584 mln deficit")."""
    return draft.period_mention is not None and ctx.is_reference(draft.period_mention)


def _of_reference(draft: Draft) -> bool:
    """The draft's period is that of a level it is set against ("from its lowest level of 27.2
    billion in Q4 2009"): its own, but not the clause's nor the one in force."""
    return draft.period_mention is not None and draft.period_mention.reference


# A plain future ("will", "is expected to"): the forecast cues also hold nouns ("projects").
_FUTURE = regex.compile(r"\b(?:will|shall|(?:is|are)\s+(?:expected|likely|projected|forecast|set)\s+to)\b", regex.IGNORECASE)


def _whole_year_ahead(period: Period | None) -> Period | None:
    """A forecast after a year-to-date figure ("in the first nine months of 1987 ... the surplus
    will come ...") is of the whole year."""
    if period is not None and not period.by_year and period.y1 == period.y2 and period.m1 == 1 and 1 < period.months < 12:
        return Period.year(period.y2)
    return period


def _is_level(draft: Draft) -> bool:
    return any(role in draft.slots for role in ("value", "total", "share"))


def _draft_periods(text: str, drafts: list[Draft], clause: tuple[int, int], in_clause: list[PeriodMention],
                   ctx: PeriodContext, forecast: bool, stated: Period | None = None) -> set[int]:
    """A period from a draft's first figure up to the next draft (or a subordinate clause)
    belongs to the draft ("rose 2.1% in June to 1.2 billion", "up from 185.41 billion in
    1985"). Relative periods after the first draft are read against the first draft's; a
    comparison's period is never later than the period it is compared with ("104.1 in
    February against 104.5 in December")."""
    bounds = [d.figures[0].q.start if not d.period_break else -1 for d in drafts[1:]] + [clause[1]]
    taken: set[int] = set()
    main: Period | None = None
    own: Period | None = None  # the period of the last draft that is no comparison
    previous_end = clause[0]
    for draft, limit in zip(drafts, bounds):
        start = previous_end if draft.period_break else draft.figures[0].q.start
        since, previous_end = previous_end, draft.end
        limit = draft.end if limit < 0 else limit  # the next draft starts with a period of its own
        sub = cues().subordinate.search(text, draft.end, limit)
        limit = sub.start() if sub else limit
        if not draft.comparison and limit < clause[1]:
            # "760 mln against an upwardly revised third quarter shortfall of 930 mln": a period
            # after the comparison word is the compared figure's
            versus = _VERSUS.search(text, draft.end, limit)
            limit = versus.start() if versus else limit
        # "... and last month's 145,122": a period in the possessive names the next figure
        local = [m for m in in_clause if start <= m.start < limit and m.start not in taken
                 and not _POSSESSIVE.fullmatch(text, m.end, limit)]
        if not draft.comparison:
            local = [m for m in local if not ctx.is_reference(m)]
        if not local:
            local = _level_named(text, in_clause, since, draft, taken, ctx)
        if not local:
            _carried_reference(draft, ctx)
            continue
        m = local[0]
        # "compared with the year ago figure of 195,852 and last month's 145,122": a relative
        # period is read against the clause's own, not another look-back's
        base = main if main is not None or not (draft.comparison or m.kind in _LOOK_BACK_KINDS) else stated
        if draft.comparison and m.kind in _LOOK_BACK_KINDS and own is not None:
            base = own  # "... so far this year to 588,720 against 769,874 a year earlier": the figure just before's
        draft.period = ctx.resolve(m, base, forecast) if m.kind != "none" else None
        if draft.comparison and m.partial and draft.period and main and _after(draft.period, main):
            draft.period = draft.period.shifted_back(12)
        draft.period_set, draft.period_mention = True, m
        taken.add(m.start)
        if draft.comparison:
            ctx.reference = (draft.figures[0].cue, draft.period)
            continue
        own = draft.period
        if main is None and m.kind not in _LOOK_BACK_KINDS:
            main = draft.period
    return taken


_LOOK_BACK_KINDS = frozenset({"prev_year", "prev_quarter", "prev_month", "relative"})


# "1986/87 estimate of ", "2019 level of ": a period naming the level whose figure follows
_LEVEL_OF = regex.compile(r"\s+(?:(?!(?:and|or|but|of|to|from|with|than|against|in|for)\b)[^\W\d][\w-]*\s+){1,2}?of\s+"
                          r"(?:(?:about|around|some|nearly)\s+)?", regex.IGNORECASE)


_LEVEL_NAMED_KINDS = frozenset({"explicit", "prev_year", "prev_quarter", "prev_month"})
_POSSESSIVE = regex.compile(r"['’]s\s+(?:(?:about|around|some|nearly|almost|over|under)\s+)?", regex.IGNORECASE)


def _level_named(text: str, in_clause: list[PeriodMention], since: int, draft: Draft,
                 taken: set[int], ctx: PeriodContext) -> list[PeriodMention]:
    """ "up from the 1986/87 estimate of 852.13 billion": the period between the draft
    before and the figure, naming the level the figure is, is the figure's."""
    fig = draft.figures[0].q.start
    for m in reversed(in_clause):
        # "the year ago figure of 195,852": a relative one too, read against the draft before
        if since <= m.start and m.end <= fig and m.start not in taken and m.kind in _LEVEL_NAMED_KINDS \
                and _LEVEL_OF.fullmatch(text, m.end, fig):
            return [m]
        # "from 1985's 584 mln dlr deficit", "above last year's 65 billion": a year's possessive
        # dates the figure right after it
        if since <= m.start and m.end <= fig and m.start not in taken \
                and m.kind in ("explicit", "last_year", "relative") and _POSSESSIVE.fullmatch(text, m.end, fig):
            return [m]
        # "bringing cumulative exports so far this year to 588,720": the period of the level reached
        if since <= m.start and m.end <= fig and m.start not in taken and m.kind in _REACHED_KINDS \
                and _REACHED.fullmatch(text, m.end, fig) and not ctx.is_reference(m):
            return [m]
    return []


_REACHED_KINDS = frozenset({"explicit", "this_year", "year_to_date"})
_REACHED = regex.compile(r"\s+to\s+(?:(?:about|around|some|nearly|almost)\s+)?", regex.IGNORECASE)


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


def _stated_periods(ctx: PeriodContext, clause: tuple[int, int]) -> list[int]:
    return [m.start for m in ctx.in_span(*clause) if m.kind == "explicit" and not ctx.is_reference(m)]
