"""Assemble indicators: give each figure of a clause its role (value, new, total, share,
change), group the figures about one metric, and attach metric, period, basis and rank.

The unit of work is the clause (see :mod:`extractor.segment`): SPEC puts the figures of one
clause about the same metric into one indicator. Periods carry across clauses ("In that
year" after "in 2021").
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .cues import cues
from .mentions import EntityMention, QuantityMention
from .periods import Period, PeriodMention, find_periods, resolve
from .phrases import counted_noun, left_phrase, normalise_scope, scope_after, subject_phrase
from .ranks import RankMention, aspect_rankings, find_ranks, split_aspects

MAIN_ROLES = ("value", "new", "total")
_CURRENCY = regex.compile(r"^[A-Z]{3}$")
_OPEN_BRACKET = regex.compile(r"^\s*[(\[]\s*$")
_OF_AHEAD = regex.compile(r"^\s+of\b(?!\s+(?:the\s+)?(?:previous|same|year|last|a\b))", regex.IGNORECASE)
_SHARE_OF = regex.compile(r"\s*\)?\s*(of)\b", regex.IGNORECASE)
_WITH_BEFORE = regex.compile(r"\bwith\s*$", regex.IGNORECASE)
_QUALIFYING_LEFT = regex.compile(r"(?:\bper|\bvalued\s+at|\bfrom(?=\s+more\s+than)|\bbased|\b(?:one|batch|group|list|team|each)\s+of(?:\s+the)?)"
                                 r"\s+(?:more\s+than\s+|over\s+|about\s+)?$",
                                 regex.IGNORECASE)
_TIME_FRAME_LEFT = regex.compile(r"\b(?:last|past|next|recent)\s+(?:couple\s+of\s+)?$", regex.IGNORECASE)
_LIST_COUNT_RIGHT = regex.compile(r"^\s+[\w\-]+(?:\s+[\w\-]+)?\s*:", regex.IGNORECASE)
_RESPECTIVELY = regex.compile(r"\brespectively\b", regex.IGNORECASE)
_AMONG_INTRO = regex.compile(r"\s*(?:among|of|out\s+of)\s+(?:the\s+)?(?P<whole>[^,]+),", regex.IGNORECASE)
_REFERENCE_LEFT = regex.compile(
    r"(?:\bfrom|\bover|\bthan|\bon|\bcompared\s+(?:with|to)|\bagainst|\bversus|\bafter)"
    r"(?:\s+(?:the|a|an|in))?\s*$", regex.IGNORECASE)
_CHANGE_NOUN = regex.compile(
    r"\s+(?:[\w\-]+\s+)?(?:rise|increase|reduction|decline|fall|drop|growth|gain|decrease|jump|surge)\s+(?:in|of)\s+",
    regex.IGNORECASE)
_SHARE_SUBJECT = regex.compile(r"(?:(?:its|their|the)\s+)?(?:share|proportion|percentage)\s+of\s+(?:the\s+)?",
                               regex.IGNORECASE)
_ANAPHORA = regex.compile(r"(?:that\s+year\s+|then\s+)?(?:they|it|this|these|those)\b", regex.IGNORECASE)
_DURATION_UNITS = frozenset({"year", "month", "day", "week", "quarter", "hour"})


@dataclass(slots=True)
class Figure:
    """A quantity with the role it plays in its clause."""

    q: QuantityMention
    role: str
    clause_start: int = 0
    comparison: bool = False
    share_of: str | None = None
    skip: bool = False
    """A currency conversion or an alternate in brackets: a quantity but no slot."""
    anchor: "Figure | None" = None


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
    rank: RankMention | None = None

    def accepts(self, fig: Figure) -> bool:
        if fig.role in self.slots:
            return False
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
        ("2 new unicorn enterprises, with a total of 6"), else the change, else the share."""
        main = [f for f in self.figures if f.role in MAIN_ROLES]
        if main:
            return main[0]
        for role in ("change", "share"):
            if role in self.slots:
                return self.slots[role]
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


def _role(text: str, q: QuantityMention, clause_start: int, prev_end: int) -> str:
    c = cues()
    left = text[max(clause_start, q.start - 40):q.start]
    right = text[q.end:q.end + 40]
    near_left = text[max(clause_start, q.start - 12):q.start]
    if q.unit is None and c.new_left.search(near_left):
        return "new"  # "added 3,120 enterprises": a count of new ones, not a change
    if q.direction is not None:
        return "change"
    if q.unit is None and 0 < q.value < 1 and _OF_AHEAD.match(right):
        return "share"  # "one-third of the newly added enterprises"
    if q.unit == "percent" and (c.share_left.search(left) or _OF_AHEAD.match(right)
                                or _WITH_BEFORE.search(left)):
        return "share"
    if q.unit is None or q.unit_inferred is False and not _is_money(q):
        if c.new_left.search(text[max(clause_start, q.start - 12):q.start]) or \
                regex.match(r"^\s+(?:new|newly)\b", right, regex.IGNORECASE):
            return "new"
        if c.total_left.search(left) or c.total_right.match(right) or c.stock_right.match(right):
            return "total"
        if q.unit is None and (c.existential.search(text, max(clause_start, prev_end), q.start)
                               or c.stock_clause.search(text, clause_start, q.start)):
            return "total"
    return "value"


def _figures(text: str, quantities: list[QuantityMention], clause: tuple[int, int]) -> list[Figure]:
    c = cues()
    cs, _ = clause
    figures: list[Figure] = []
    prev_end = cs
    for q in quantities:
        fig = Figure(q=q, role=_role(text, q, cs, prev_end), clause_start=cs)
        left = text[max(cs, q.start - 30):q.start]
        fig.comparison = bool(c.comparison_left.search(left)) and fig.role != "share"
        previous = figures[-1] if figures else None
        if previous is not None and _OPEN_BRACKET.match(text[previous.q.end:q.start]):
            _bracketed(previous, fig)
        if _QUALIFYING_LEFT.search(left) or _LIST_COUNT_RIGHT.match(text[q.end:q.end + 30]) or (
                q.unit in _DURATION_UNITS and _TIME_FRAME_LEFT.search(left)):
            fig.skip = True  # the figure qualifies a name, a list or a time frame
        figures.append(fig)
        prev_end = q.end
    return figures


def _bracketed(previous: Figure, fig: Figure) -> None:
    """ "100,000 yuan ($15,700)" is a conversion; "18,000 (0.9%)" an alternate change;
    "58,000 (2.7%)" a share."""
    fig.anchor = previous
    fig.comparison = previous.comparison
    if _is_money(previous.q) and _is_money(fig.q):
        fig.skip = True
    elif previous.role == "change":
        fig.skip = True
        fig.role = "change_alt"
    elif fig.q.unit == "percent" and previous.role in MAIN_ROLES:
        fig.role = "share"


# ---------------------------------------------------------------- grouping


def _group(figures: list[Figure], clause: tuple[int, int]) -> list[Draft]:
    drafts: list[Draft] = []
    current: Draft | None = None
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
            continue
        if current is None or not current.accepts(fig):
            current = Draft(clause=clause)
            drafts.append(current)
        current.add(fig)
    return drafts


# ---------------------------------------------------------------- metric


def _metric_span(text: str, draft: Draft, after: int | None) -> tuple[int, int] | None:
    """``after``: where the previous draft of the clause ended (None for the first)."""
    cs, ce = draft.clause
    fig = draft.primary
    q = fig.q
    if q.unit is None and fig.role in MAIN_ROLES:
        span = counted_noun(text, q.end, ce)
        if span:
            return span
    if fig.role == "change":
        m = _CHANGE_NOUN.match(text, q.end, ce)
        if m:
            span = counted_noun(text, m.end(), ce)
            if span:
                return span
    span = left_phrase(text, after, q.start) if after is not None else subject_phrase(text, cs, q.start)
    if span is None and fig.role in MAIN_ROLES:
        span = counted_noun(text, q.end, ce)
    return span


# ---------------------------------------------------------------- periods


class PeriodContext:
    """The period in force, carried through the document."""

    def __init__(self, text: str, published_year: int | None) -> None:
        self.mentions = find_periods(text)
        self.current: Period | None = None
        self.published_year = published_year
        self._text = text

    def in_span(self, start: int, end: int) -> list[PeriodMention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end]

    def resolve(self, mention: PeriodMention, base: Period | None = None) -> Period | None:
        return resolve(mention, base if base is not None else self.current, self.published_year)

    def is_reference(self, mention: PeriodMention) -> bool:
        return bool(_REFERENCE_LEFT.search(self._text, max(0, mention.start - 20), mention.start))


def _assign_periods(text: str, drafts: list[Draft], clause: tuple[int, int], ctx: PeriodContext) -> None:
    cs, ce = clause
    in_clause = ctx.in_span(cs, ce)
    bounds = [d.figures[0].q.start for d in drafts[1:]] + [ce]
    taken: set[int] = set()
    # A period right after a draft's figures (before the next draft) belongs to it.
    for draft, limit in zip(drafts, bounds):
        local = [m for m in in_clause if draft.end <= m.start < limit]
        if not draft.comparison:
            local = [m for m in local if not ctx.is_reference(m) and m.kind != "prev_year"]
        if local:
            draft.period = ctx.resolve(local[0]) if local[0].kind != "none" else None
            draft.period_set = True
            taken.add(local[0].start)
    clause_level = [m for m in in_clause if m.start not in taken and not ctx.is_reference(m)
                    and m.start < (drafts[0].figures[0].q.start if drafts else ce)]
    clause_period = ctx.current
    if clause_level:
        clause_period = ctx.resolve(clause_level[-1]) if clause_level[-1].kind != "none" else None
    _respectively(text, drafts, clause, ctx)
    for draft in drafts:
        if not draft.period_set:
            draft.period = clause_period
            if clause_period is not None and not clause_level and "change" not in draft.slots \
                    and clause_period.months > 12 and clause_period.y2 > clause_period.y1:
                # A level carried from "between 2012 and 2013" is the level at its end.
                draft.period = Period.year(clause_period.y2)
    main = next((d for d in drafts if not d.comparison), None)
    if main is not None and main.period is not None:
        ctx.current = main.period
    elif clause_level and clause_level[-1].kind != "none" and clause_period is not None:
        ctx.current = clause_period


def _respectively(text: str, drafts: list[Draft], clause: tuple[int, int], ctx: PeriodContext) -> None:
    """ "1986 and 1985 investment rose 15.3 pct and 41.8 pct respectively": periods in order."""
    cs, ce = clause
    if not drafts or not _RESPECTIVELY.search(text, cs, ce):
        return
    first = drafts[0].figures[0].q.start
    listed = [ctx.resolve(m) for m in ctx.in_span(cs, first) if m.kind == "explicit"]
    listed = [p for p in listed if p is not None]
    if len(listed) < 2 or len(drafts) % len(listed):
        return
    for k, draft in enumerate(drafts):
        draft.period = listed[k % len(listed)]
        draft.period_set = True


# ---------------------------------------------------------------- basis


def _basis(text: str, draft: Draft, change: Figure, ctx: PeriodContext, next_start: int) -> str | None:
    c = cues()
    cs, ce = draft.clause
    windows = [(change.q.end, next_start), (cs, ce)]
    for start, end in windows:
        for name, pattern in c.basis.items():
            if pattern.search(text, start, end):
                return name
        if draft.period is not None:
            for m in ctx.in_span(start, end):
                if not ctx.is_reference(m):
                    continue
                ref = ctx.resolve(m, draft.period)
                basis = _compare(draft.period, ref)
                if basis:
                    return basis
    p = draft.period
    if p is not None and not p.by_year and p.months == 13:
        return "yoy"
    if p is not None and p.by_year and p.y2 == p.y1 + 1:
        return "yoy"
    return None


def _compare(period: Period, reference: Period | None) -> str | None:
    if reference is None:
        return None
    shift = (period.y2 - reference.y2) * 12 + period.m2 - reference.m2
    if shift == 12:
        return "yoy"
    if shift == 3 and reference.is_quarter():
        return "qoq"
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


@dataclass(slots=True)
class Assembly:
    indicators: list[AssembledIndicator]
    rankings: list[RankingDraft]
    concept_of: dict[int, tuple[int, int] | None]
    """Quantity start offset -> span of the phrase it measures."""


def _tier_of(span: tuple[int, int] | None, tiers: list[EntityMention]) -> str | None:
    if span is None:
        return None
    for e in tiers:
        if e.start < span[1] and span[0] < e.end:
            return e.tier
    return None


def _share_of(text: str, fig: Figure, sentence: tuple[int, int]) -> str | None:
    """ "46% of the whole city" -> "city"; "Among X, ... accounted for 71.2%" -> X."""
    m = _SHARE_OF.match(text, fig.q.end, sentence[1])
    if m:
        return scope_after(text, m.start(1), sentence[1])
    intro = _AMONG_INTRO.match(text, fig.clause_start, fig.q.start) or \
        _AMONG_INTRO.match(text, sentence[0], fig.q.start)
    return normalise_scope(intro.group("whole")) if intro else None


def assemble_indicators(text: str, clauses: list[tuple[int, int]], sentences: list[tuple[int, int]],
                        quantities: list[QuantityMention], entities: list[EntityMention],
                        published_year: int | None) -> Assembly:
    ctx = PeriodContext(text, published_year)
    tiers = [e for e in entities if e.label == "TIER"]
    out: list[AssembledIndicator] = []
    rankings: list[RankingDraft] = []
    concept_of: dict[int, tuple[int, int] | None] = {}
    qi = 0
    for clause in clauses:
        cs, ce = clause
        sentence = next((s for s in sentences if s[0] <= cs < s[1]), clause)
        clause_qs = []
        while qi < len(quantities) and quantities[qi].start < ce:
            if quantities[qi].start >= cs:
                clause_qs.append(quantities[qi])
            qi += 1
        figures = _figures(text, clause_qs, clause)
        drafts = _group(figures, clause)
        ranks = find_ranks(text, cs, ce)
        for rank in ranks:
            if rank.aspects_start is not None:
                rankings.append(RankingDraft(rank.position, rank.scope, sentence,
                                             split_aspects(text, rank.aspects_start, sentence[1]), ctx.current))
            elif rank.verbal and not drafts:
                rankings.extend(RankingDraft(pos, scope, sentence, aspects, ctx.current)
                                for pos, scope, aspects in aspect_rankings(text, rank, ce))
        _assign_periods(text, drafts, clause, ctx)
        _attach_ranks(drafts, [r for r in ranks if r.aspects_start is None])
        last_metric: tuple[int, int] | None = None
        for k, draft in enumerate(drafts):
            after = drafts[k - 1].end if k else None
            # A comparison figure ("from 201.82 billion in 1985") measures what the figure
            # before it measures.
            span = None if draft.comparison else _metric_span(text, draft, after)
            span = span or last_metric or _metric_span(text, draft, None)
            last_metric = span
            draft.metric = span
            _share_from_metric(text, draft, span)
            if k == 0 and out and _ANAPHORA.match(text, _clause_body(text, cs, ce), ce) and \
                    _absorb(text, out[-1], draft, ctx, sentence):
                for fig in draft.figures:
                    concept_of[fig.q.start] = out[-1].metric
                continue
            change = draft.slots.get("change")
            next_start = drafts[k + 1].figures[0].q.start if k + 1 < len(drafts) else ce
            basis = _basis(text, draft, change, ctx, next_start) if change else None
            share = draft.slots.get("share")
            out.append(AssembledIndicator(
                draft=draft, metric=span, tier=_tier_of(span, tiers),
                share_of=(share.share_of or _share_of(text, share, sentence)) if share else None,
                change=change, basis=basis))
            for fig in draft.figures:
                concept_of[fig.q.start] = span
        for fig in figures:
            if fig.q.start not in concept_of:
                anchor = fig.anchor.q.start if fig.anchor else None
                concept_of[fig.q.start] = concept_of.get(anchor) if anchor is not None else \
                    counted_noun(text, fig.q.end, ce)
    return Assembly(out, rankings, concept_of)


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
        value.share_of = normalise_scope(text[m.end():span[1]])
        draft.slots["share"] = value


def _absorb(text: str, item: AssembledIndicator, draft: Draft, ctx: PeriodContext,
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
            item.basis = _basis(text, target, fig, ctx, draft.clause[1])
    return True


def _attach_ranks(drafts: list[Draft], ranks: list[RankMention]) -> None:
    for rank in ranks:
        if not drafts:
            return
        nearest = min(drafts, key=lambda d: min(abs(f.q.start - rank.start) for f in d.figures))
        if nearest.rank is None:
            nearest.rank = rank
