"""Assemble indicators: give each figure of a clause its role (value, new, total, share,
change), group the figures about one metric, and attach metric, period, basis and rank.

The unit of work is the clause (see :mod:`extractor.segment`): SPEC puts the figures of one
clause about the same metric into one indicator. :func:`assemble_indicators` walks the
clauses in order; each step is a module of this package (roles and skips, grouping,
timing, emit with metrics, shares and basis).
"""

from __future__ import annotations

from ..cues import cues
from ..mentions import EntityMention, QuantityMention
from ..periods import PeriodContext
from ..phrases import counted_noun
from ..ranks import RankMention, RankReader
from .basis import BasisInForce
from .clause_text import may_hold_cue
from .emit import _emit, _names_in
from .figures import Draft, Figure, MAIN_ROLES
from .grouping import _group
from .roles import _figures
from .shares import share_list
from .state import AssembledIndicator, Assembly, RankingDraft, _DocState
from .timing import _assign_periods, _stated_periods
from .zeros import with_zero_changes

__all__ = ["AssembledIndicator", "Assembly", "BasisInForce", "Draft", "Figure", "MAIN_ROLES",
           "RankingDraft", "assemble_indicators"]


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
    # Whether the text holds these cues at all: once per document, not per clause or figure.
    rules, forecasts, definitions = (pattern.search(text) is not None
                                     for pattern in (cues().rule, cues().forecast, cues().definition))
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
        periods, names = doc.ctx.in_span(cs, ce), _names_in(doc, clause)  # read once per clause
        figures = _figures(text, with_zero_changes(text, clause_qs, clause, names), clause, periods, rules, definitions)
        doc.ctx.enter_sentence(sentence[0])
        drafts = _group(text, figures, clause, _stated_periods(doc.ctx, clause), names) if ce > body_start else []
        share_list(text, drafts, clause)
        # Ranks: standings become Ranking records, the others go to the nearest figure group.
        attach, standings = rank_reader.read(clause, sentence, [[(f.q.start, f.q.end) for f in d.figures]
                                                                for d in drafts if not d.comparison], doc.ctx)
        rankings.extend(RankingDraft(pos, scope, sentence, aspects, period)
                        for pos, scope, aspects, period in standings)
        drafts = [d for d in drafts if not any(all(a <= f.q.start < b for f in d.figures)
                                               for a, b in rank_reader.phrases)]
        if ce > body_start:
            forecast = may_hold_cue(text, ce, forecasts) and cues().forecast.search(text, cs, ce) is not None
            _assign_periods(text, drafts, clause, doc.ctx, forecast)
        _attach_ranks(drafts, attach)
        _emit(doc, drafts, clause, sentence, periods, names)
        for fig in figures:
            if fig.q.start not in doc.concept_of:
                anchor = fig.anchor.q.start if fig.anchor else None
                doc.concept_of[fig.q.start] = doc.concept_of.get(anchor) if anchor is not None else \
                    counted_noun(text, fig.q.end, ce)
    return Assembly(doc.out, rankings, doc.concept_of)


def _attach_ranks(drafts: list[Draft], ranks: list[RankMention]) -> None:
    for rank in ranks:
        if not drafts:
            return
        nearest = min(drafts, key=lambda d: min(abs(f.q.start - rank.start) for f in d.figures))
        if nearest.rank is None or nearest.rank.scope is None and rank.scope is not None:
            nearest.rank = rank  # "the strongest growth (9.1 percent)—the fastest in the Nation": the stated scope
