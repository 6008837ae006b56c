"""From a clause's drafts to indicators: read each draft's metric, revise the roles the
metric decides, add a follow-on clause's figures to the indicator before, and attach
basis, share scope and tier.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

import regex

from ..cues import cues
from ..mentions import EntityMention
from ..phrases import counted_noun
from ..periods import Period, PeriodMention
from .basis import _basis, _basis_cue_spans, _rate_as_change
from .clause_text import _clause_body, _content_words
from .draft_metrics import _draft_metric, substitute_metric
from .figures import Draft, Figure, MAIN_ROLES
from .listed_metrics import _shared_head
from .metrics import _Reading, done_by
from .roles import _continued_stock, _growth_as_change, _stock_count
from .shares import _share_from_metric, _share_of, _share_scope
from .state import AssembledIndicator, _DocState


def _tier_of(span: tuple[int, int] | None, tiers: list[EntityMention]) -> str | None:
    """The tier of the first tier mention the metric overlaps (``tiers`` in text order)."""
    if span is None:
        return None
    # the first mention that ends after the span starts (the same halving as a loop on ``end <= span[0]``)
    for i in range(bisect_right(tiers, span[0], key=_end_of), len(tiers)):
        e = tiers[i]
        if e.start >= span[1]:
            break
        if span[0] < e.end:
            return e.tier
    return None


def _end_of(e: EntityMention) -> int:
    return e.end


def _subject_tier(text: str, span: tuple[int, int] | None, tiers: list[EntityMention]) -> str | None:
    """ "high-tech enterprises there generated gross revenue over 3.5 trillion yuan": the
    metric is the object of a verb whose subject is a tier; the figure is that tier's."""
    if span is None:
        return None
    i = bisect_left(tiers, span[0] + 1, key=lambda t: t.end) - 1  # the last mention ending before the metric
    if i < 0:
        return None
    gap = _VERB_GAP.fullmatch(text, tiers[i].end, span[0])
    return tiers[i].tier if gap and gap.group("verb").lower() in cues().verbs else None


_VERB_GAP = regex.compile(r"\s+(?:[\w\-]+\s+)?(?P<verb>[\w\-]+)\s+(?:(?:the|a|an|its|their|total)\s+){0,2}", regex.IGNORECASE)


def _emit(doc: _DocState, drafts: list[Draft], clause: tuple[int, int], sentence: tuple[int, int],
          periods: list[PeriodMention] | None = None, names: tuple[tuple[int, int], ...] | None = None) -> None:
    """Metric, share and basis of each draft of a clause, then the indicator. ``periods``,
    ``names``: the clause's period mentions and names, when the caller has them."""
    text = doc.text
    cs, ce = clause
    reading = _reading(doc, clause, periods, names)
    references = [(d, d.period) for d in drafts if d.comparison and d.period_set and d.period is not None]
    last_metric: tuple[int, int] | None = None
    listed: tuple[int, int] | None = None  # the metrics of a "respectively" list
    substituted: tuple[int, int] | None = None  # the complement of a "those to X" metric in force
    for k, draft in enumerate(drafts):
        span, listed = _draft_metric(doc, reading, drafts, k, last_metric, listed, sentence)
        span = _open_range_end(text, span)
        if draft.comparison and substituted is not None and span == last_metric:
            pass  # "and those to the EC fell to 232,275 from 263,009": the comparison keeps the complement
        elif (sub := substitute_metric(doc, reading, draft, drafts[k - 1].end if k else None, last_metric)) is not None:
            span, substituted = sub
        else:
            substituted = None
        last_metric = draft.metric = span
        _share_from_metric(text, draft, span)
        _growth_as_change(text, draft, span)
        _rate_as_change(text, draft, drafts[k - 1] if k else None)
        _stock_count(text, draft, span)
        _continued_stock(text, drafts[k - 1] if k else None, draft)
        if doc.out and (k == 0 and (cues().anaphora.match(text, _clause_body(text, cs, ce), ce) and
                                    _same_metric(text, span, doc.out[-1].metric, doc.out[-1].draft.clause[0])
                                    or _participle_change(text, draft, doc.out[-1], sentence))
                        or _when_change(text, draft, doc.out[-1], sentence)) \
                and _absorb(text, doc.out[-1], draft, doc, sentence):
            for fig in draft.figures:
                doc.concept_of[fig.q.start] = doc.out[-1].metric
            continue
        change = draft.slots.get("change")
        next_start = drafts[k + 1].figures[0].q.start if k + 1 < len(drafts) else ce
        prev_end = drafts[k - 1].figures[-1].q.end if k else None
        basis = _basis(text, draft, change, doc.ctx, next_start, _compared_with(references, draft, change),
                       sentence, doc.basis, prev_end) if change else None
        share = draft.slots.get("share")
        head = substituted or _shared_head(text, drafts, k, span, reading)
        if substituted is not None:
            pass
        elif head is not None:
            _stock_count(text, draft, span, head)  # "14 national and 95 provincial little giant firms"
        elif span is not None:
            head = _on_scope(reading, span, draft) or _done_by_head(reading, span, draft)
        if span is not None and draft.primary.item is None:
            doc.whole = span
        doc.out.append(AssembledIndicator(
            draft=draft, metric=span, head=head,
            tier=_tier_of(head or span, doc.tiers) or _subject_tier(text, span, doc.tiers),
            share_of=_share_scope(text, share, sentence, reading, span, doc) if share else None,
            change=change, basis=basis))
        for fig in draft.figures:
            doc.concept_of[fig.q.start] = span


def _open_range_end(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "the unemployment rate for those aged 16 and over": a metric that ends in a number and
    "and"/"or" goes on to the word that closes the open range ("over", "older")."""
    if span is None or not text.endswith((" and", " or"), span[0], span[1]) \
            or not _NUMBER_AND.search(text, max(0, span[1] - 12), span[1]):
        return span
    m = _RANGE_CLOSE.match(text, span[1])
    return (span[0], m.end()) if m else span


_NUMBER_AND = regex.compile(r"\d\s+(?:and|or)$")
_RANGE_CLOSE = regex.compile(r"\s+(?:over|older|above|more)\b")


def _on_scope(r: _Reading, span: tuple[int, int], draft: Draft) -> tuple[int, int] | None:
    """ "a surplus of 6.1 billion dlrs on tourism": the metric right before "of" and its
    amount, then "on" and a noun after it: the words "on tourism" follow the metric."""
    fig = draft.primary
    q = fig.q
    if fig.role not in MAIN_ROLES or q.unit is None or q.unit in ("percent", "percentage_point") \
            or not _OF_GAP.fullmatch(r.text, span[1], q.start):
        return None
    m = _ON_AFTER.match(r.text, q.end, r.clause[1])
    noun = counted_noun(r.text, m.end(), r.clause[1], r.blocked) if m else None
    if m is None or noun is None or r.is_name(noun) or r.text[noun[0]:noun[1]].lower().rsplit(None, 1)[-1] in cues().time_nouns:
        return None  # "on the year" says when
    return m.start("on"), noun[1]


def _done_by_head(r: _Reading, span: tuple[int, int], draft: Draft) -> tuple[int, int] | None:
    """ "Of these trips, 944 million were made by urban tourists": the participle phrase after
    a part's count follows the whole named before it ("trips made by urban tourists")."""
    fig = draft.primary
    q = fig.q
    if fig.role not in MAIN_ROLES or q.unit is not None or span[1] > q.start:
        return None
    return done_by(r, q)


_OF_GAP = regex.compile(r"\s+of\s+(?:(?:an?|about|around|some|almost|nearly)\s+)?")
_ON_AFTER = regex.compile(r"\s+(?P<on>on)\s+(?:the\s+)?")


def _when_change(text: str, draft: Draft, before: AssembledIndicator, sentence: tuple[int, int]) -> bool:
    """ "from 1,204.6 billion in May, when it rose a revised 0.3 pct from April": a change in a
    "when it" clause right after a figure is that figure's change (of the same sentence, with
    no change yet), not a statistic of its own."""
    fig = draft.primary
    if fig.role != "change" or len(draft.figures) != 1 or before.change is not None \
            or before.draft.figures[0].q.start < sentence[0]:
        return False
    end = before.draft.figures[-1].q.end
    return end <= fig.q.start and _WHEN_IT.fullmatch(text, end, fig.q.start) is not None


_WHEN_IT = regex.compile(r"[^,;.\d]{0,60},\s*when\s+(?:it|they)\s+[a-z]+\s+(?:by\s+)?(?:an?\s+)?"
                         r"(?:(?:revised|upwardly\s+revised|downwardly\s+revised|provisional|preliminary)\s+)?",
                         regex.IGNORECASE)


def _participle_change(text: str, draft: Draft, before: AssembledIndicator, sentence: tuple[int, int]) -> bool:
    """ "the deficit was 7.5 billion; widening by 1.5 billion from the previous quarter": a
    clause after a semicolon that opens with a participle and "by" changes the figure before
    (of the same sentence, with no change yet)."""
    fig = draft.primary
    cs = draft.clause[0]
    if fig.role != "change" or len(draft.figures) != 1 or before.change is not None \
            or before.draft.clause[0] < sentence[0] or not text[:cs].rstrip().endswith(";"):
        return False
    return _PARTICIPLE_BY.fullmatch(text, cs, fig.q.start) is not None


_PARTICIPLE_BY = regex.compile(r"\W*[a-z]+ing\s+by\s+(?:(?:about|around|some|a\s+further)\s+)?")


def _compared_with(references: list[tuple[Draft, Period]], draft: Draft, change: Figure | None) -> list[Period]:
    """The periods of the clause's comparison figures, those after the change first."""
    pos = change.q.start if change else draft.end
    ordered = sorted(references, key=lambda r: (r[0].figures[0].q.start < pos, r[0].figures[0].q.start))
    return [p for d, p in ordered if d is not draft]


def _reading(doc: _DocState, clause: tuple[int, int], periods: list[PeriodMention] | None = None,
             names: tuple[tuple[int, int], ...] | None = None) -> _Reading:
    cs, ce = clause
    blocked = [(m.start, m.end) for m in (doc.ctx.in_span(cs, ce) if periods is None else periods)]
    spans = _basis_spans(doc.text)
    i = bisect_left(spans, (cs, cs))
    while i < len(spans) and spans[i][0] < ce:
        if spans[i][1] <= ce:
            blocked.append(spans[i])
        i += 1
    return _Reading(doc.text, clause, tuple(sorted(blocked)), _names_in(doc, clause) if names is None else names)


@lru_cache(maxsize=2)
def _basis_spans(text: str) -> list[tuple[int, int]]:
    # One scan of the whole text instead of one per clause; a basis phrase never crosses a
    # clause boundary (no punctuation inside), so the clause's share is the same.
    return sorted(span for _, spans in _basis_cue_spans(text) for span in spans)


def _names_in(doc: _DocState, clause: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    cs, ce = clause
    # the names from the first at or after the clause's start to the last starting before its end
    within = doc.names[bisect_left(doc.names, (cs, cs)):bisect_left(doc.names, (ce,))]
    return tuple(name for name in within if name[1] <= ce)


def _same_metric(text: str, span: tuple[int, int] | None, before: tuple[int, int] | None, clause_start: int) -> bool:
    """Whether a clause's metric is the one before (or it names none): "These zones grew
    steadily, with their GDP up 7.6 percent" names a metric of its own. The subject the
    metric before was said of counts too ("new products generated 16.6 trillion yuan in
    sales revenue. These products accounted for 24.9 percent ...")."""
    if span is None or before is None or span == before:
        return True
    words = _content_words(text[span[0]:span[1]])
    return bool(words & _content_words(text[before[0]:before[1]])) or \
        clause_start < before[0] and \
        bool(words & _content_words(text[max(clause_start, before[0] - _SUBJECT_REACH):before[0]]))


_SUBJECT_REACH = 120


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
