"""Assemble the SPEC records of one document from the mentions on a spaCy Doc."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from typing import cast, overload

from spacy.tokens import Doc

from .both_places import per_place
from .components.text import doc_text
from .indicators import AssembledIndicator, Assembly, assemble_indicators
from .mentions import EntityMention, QuantityMention
from .meta import detect_meta
from .ranks import RankMention
from .phrases import bracket_name, phrase_text, subject_phrase
from .models import Change, ChangeBasis, Document, Entity, Indicator, Meta, Quantity, Rank, Ranking, Share, Span

_RELATIVE_UNITS = ("percent", "percentage_point", "times")


@overload
def number(x: float) -> int | float: ...
@overload
def number(x: float | None) -> int | float | None: ...
def number(x: float | None) -> int | float | None:
    """Plain JSON number: integral values as int."""
    if x is None:
        return None
    return int(x) if float(x).is_integer() and abs(x) < 1e18 else x


def _published_year(meta: Meta) -> int | None:
    if meta.published and meta.published[:4].isdigit():
        return int(meta.published[:4])
    return None


def _complete_meta(text: str, given: Meta | None) -> Meta:
    """What the text states fills what the caller (file reader, HTML page) left empty."""
    detected = detect_meta(text)
    if given is None:
        return detected
    fill = {k: getattr(detected, k) for k in ("title", "published") if getattr(given, k) is None}
    return given.model_copy(update=fill)


def _headline_end(text: str, meta: Meta) -> int:
    """End of the headline when the text opens with it, else 0."""
    if not meta.title:
        return 0
    start = len(text) - len(text.lstrip())
    return start + len(meta.title) if text.startswith(meta.title, start) else 0


def _main_subject(text: str, entities: list[EntityMention], body_start: int) -> str | None:
    """The place the document is mostly about: the most frequent GPE of the body."""
    counts = Counter(text[e.start:e.end] for e in entities if e.label == "GPE" and e.start >= body_start)
    return counts.most_common(1)[0][0] if counts else None


def _percent(q: QuantityMention) -> float:
    """A share written as a fraction ("one-third of") is still given in percent."""
    return q.value * 100 if q.unit is None and 0 < q.value < 1 else q.value


def _names_something(text: str, item: AssembledIndicator) -> bool:
    """A figure whose clause holds no word ("7", a row of table cells) measures nothing
    named: it stays a quantity, without an indicator."""
    if item.metric:
        return True
    start, end = item.draft.clause
    return any(c.isalpha() for c in text[start:end])


_PARAGRAPH_BREAK = re.compile(r"\n")
# A clause that opens by referring back to the figure before: "Of the total, ...",
# "The remaining ...", "It has now increased to ...".
_BACK_REFERENCE = re.compile(r"\s*(?:of (?:the|this|that) (?:total|amount|sum)\b|the (?:remaining|rest|remainder)\b|"
                             r"(?:it|this|that)\s+(?:was|is|has|had|rose|fell|increased|decreased|grew)\b)", re.I)


def _fallback_metric(text: str, item: AssembledIndicator, earlier: list[tuple[str, int, str | None]]) -> str:
    """A figure whose clause names no metric ("it has now increased to £278.2 billion",
    "Of the total, 300 billion yen will yield"): the metric of the indicator before it, in
    the same paragraph or named by a back reference, which the clause goes on about (of
    the same unit when one is); else the clause's words, never cut inside a word."""
    start, end = item.draft.clause
    d = item.draft
    main = next((d.slots[r] for r in ("value", "total", "new") if r in d.slots), None) or item.change
    unit = main.q.unit if main else None
    before = [(m, e) for m, e, u in earlier if e <= start and (unit is None or u == unit)] or \
             [(m, e) for m, e, _ in earlier if e <= start]
    if before:
        metric, last_end = before[-1]
        if not _PARAGRAPH_BREAK.search(text, last_end, start) or _BACK_REFERENCE.match(text, start):
            return metric
    words = text[start:end].split()
    metric = ""
    for w in words:
        if len(metric) + len(w) + 1 > 60:
            break
        metric = f"{metric} {w}" if metric else w
    return metric or text[start:end][:60]


def _indicators(text: str, items: list[AssembledIndicator], subject: str | None) -> list[Indicator]:
    out: list[Indicator] = []
    earlier: list[tuple[str, int, str | None]] = []
    for item in items:
        if not _names_something(text, item):
            continue
        fallback = None if item.metric else _fallback_metric(text, item, earlier)
        ind = _indicator(text, item, subject, fallback)
        out.append(ind)
        earlier.append((ind.metric, item.draft.clause[1], ind.unit or (ind.change.unit if ind.change else None)))
    return out


def _indicator(text: str, item: AssembledIndicator, subject: str | None, fallback: str | None = None) -> Indicator:
    d = item.draft
    main = next((d.slots[r] for r in ("value", "total", "new") if r in d.slots), None)
    hedged = main or next((f for f in (item.change, d.slots.get("share")) if f and f.q.hedge != "exact"),
                          item.change)
    change = None
    if item.change is not None:
        q = item.change.q
        # A fall is negative; "a fall of -1.2%" is already written with its sign.
        value = -abs(q.value) if q.direction == "down" else q.value
        # the basis names are the keys of roles.json's "basis" (yoy, mom, qoq); pydantic checks them
        change = Change(value=number(value), unit=q.unit, basis=cast("ChangeBasis | None", item.basis))
    share_fig = d.slots.get("share")
    metric = phrase_text(text, item.metric) if item.metric else (fallback or text[d.clause[0]:d.clause[1]][:60])
    if item.metric and item.head:
        metric = f"{metric} {text[item.head[0]:item.head[1]]}"  # "national" + "little giant companies"
    if item.metric and d.rate_gap and not metric.lower().endswith(("growth", "rate")):
        metric = f"{metric} growth"  # "0.4 percentage point lower" than the growth before: the growth rate
    return Indicator(
        metric=metric, tier=item.tier, subject=subject,
        period=d.period.iso() if d.period else None,
        value=number(d.slots["value"].q.value) if "value" in d.slots else None,
        new=number(d.slots["new"].q.value) if "new" in d.slots else None,
        total=number(d.slots["total"].q.value) if "total" in d.slots else None,
        unit=main.q.unit if main else None,
        qualifier=hedged.q.hedge if hedged else "exact",
        share=Share(value=number(_percent(share_fig.q)), of=item.share_of) if share_fig else None,
        change=change,
        rank=Rank(position=d.rank.position, scope=_rank_scope(d.rank, subject, text[d.clause[0]:d.clause[1]])) if d.rank else None,
        evidence=Span(start=d.clause[0], end=d.clause[1]),
    )


def _rank_scope(rank: RankMention, subject: str | None, clause: str) -> str | None:
    """ "Gasoline prices led the way higher", "Pharmacies saw the highest increase in sales":
    a lead or a superlative over the document's figures that names no place ranks in the
    place the document is about."""
    if rank.scope is None and not rank.temporal and not rank.parts and subject and \
            (rank.lead or not rank.verbal and subject.lower() not in clause.lower()):  # "highest in Hainan": Hainan ranks
        return " ".join(w for w in subject.lower().split() if w != "the")  # "U.S." stays "u.s."
    return rank.scope


def _quantity(text: str, q: QuantityMention, concept: tuple[int, int] | None) -> Quantity:
    return Quantity(text=text[q.start:q.end], start=q.start, end=q.end, value=number(q.value),
                    upper=number(q.upper), unit=q.unit, qualifier=q.qualifier,
                    concept=phrase_text(text, concept) if concept else None)


Concepts = dict[int, "tuple[int, int] | None"]


def _headline_concepts(text: str, quantities: list[QuantityMention], entities: list[EntityMention],
                       concept_of: Concepts, headline_end: int) -> Concepts:
    """A headline makes no indicators, so its figures get no metric. A headline figure
    without a concept takes the subject its own clause states ("Retail turnover rose 0.3 per
    cent"), unless that is a name ("CHINA POSTS ..."); else, as a headline repeats the body,
    the concept of the first body figure with the same value and unit."""
    if headline_end <= 0:
        return concept_of
    names = [(e.start, e.end) for e in entities if e.label in ("GPE", "ORG") and e.start < headline_end]

    def is_name(span: tuple[int, int]) -> bool:
        return any(a < span[1] and span[0] < b for a, b in names)

    body: dict[tuple[str | None, float], tuple[int, int]] = {}
    for q in quantities:
        span = concept_of.get(q.start)
        if q.start >= headline_end and span is not None:
            body.setdefault((q.unit, q.value), span)
    filled = dict(concept_of)
    for q in quantities:
        if q.end <= headline_end and filled.get(q.start) is None:
            own = subject_phrase(text, 0, q.start, is_actor=is_name)
            filled[q.start] = own or body.get((q.unit, q.value))
    return filled


_OPENS_BRACKET = re.compile(r"\([ \t]*$")


def _bracket_concepts(text: str, quantities: list[QuantityMention], concept_of: Concepts,
                      clauses: list[tuple[int, int]]) -> Concepts:
    """A figure that opens a bracket after a name and got no concept from an indicator
    ("core-aged women (25 to 54 years)", "their male counterparts (7.1%)") measures that name."""
    starts = [c[0] for c in clauses]
    filled = dict(concept_of)
    for q in quantities:
        if concept_of.get(q.start) is not None:
            continue
        if not _OPENS_BRACKET.search(text, max(0, q.start - 4), q.start):
            continue
        clause_start = starts[max(0, bisect_right(starts, q.start) - 1)]
        name = bracket_name(text, clause_start, q.start)
        if name is not None:
            filled[q.start] = name
    return filled


def assemble(doc: Doc, doc_id: str, meta: Meta | None = None, original: str | None = None) -> Document:
    text = doc.text if original is None else original
    meta = _complete_meta(text, meta)
    quantities: list[QuantityMention] = doc._.quantities or []
    entities: list[EntityMention] = doc._.entities or []
    clauses = doc._.clauses or [(0, len(text))]
    sentences = (doc._.sentences if Doc.has_extension("sentences") else None) or clauses
    body_start = clauses[1][0] if meta.title and len(clauses) > 1 else 0
    # Figures are read on the normalised copy the matchers saw (same length, so the same
    # offsets): full-width digits, curly quotes and "İ" read as their plain forms.
    analysed = doc_text(doc)
    assembly: Assembly = assemble_indicators(analysed, clauses, sentences, quantities, entities,
                                             _published_year(meta), _headline_end(text, meta), meta.published)
    subject = _main_subject(text, entities, body_start)
    concept_of = _headline_concepts(analysed, quantities, entities, assembly.concept_of, _headline_end(text, meta))
    concept_of = _bracket_concepts(analysed, quantities, concept_of, clauses)
    return Document(
        doc_id=doc_id, meta=meta,
        quantities=[_quantity(text, q, concept_of.get(q.start)) for q in quantities],
        entities=[Entity(text=text[e.start:e.end], start=e.start, end=e.end, label=e.label, tier=e.tier)
                  for e in entities],
        indicators=per_place(text, _indicators(text, assembly.indicators, subject), entities, sentences),
        rankings=[Ranking(subject=subject, position=r.position, scope=r.scope,
                          period=r.period.iso() if r.period else None, aspects=r.aspects,
                          evidence=Span(start=r.sentence[0], end=r.sentence[1]))
                  for r in assembly.rankings],
    )
