"""The basis of a change (yoy, qoq, mom): stated by a cue or by the period compared with,
carried from the change before for the same period, or implied by the period and the kind
of release; rates and gaps to a reference state no standard basis.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from ..cues import anywhere_cue, basis_cue, cues
from ..lexicons import data_json
from ..literals import trie_pattern
from ..periods import Period, PeriodContext, PeriodMention, folded_document, quarter_by_month
from ..quantity_lexicon import directions
from .clause_text import _ANY_DIGIT
from .figures import Draft, Figure


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
    quarterly: bool | None = None
    """The document is a quarterly release (see ``_quarterly_release``); read once."""
    sentence: int = -1
    """Where the sentence of the last change starts."""
    stated: set[str] = field(default_factory=set)
    """The bases stated so far in the document (by a cue or a period compared with)."""
    other: bool | None = None
    """The document has a month-on-month or quarter-on-quarter cue, or a monthly one; read once."""
    month: int | None = None
    """The month (1-12) of the last change when no year is known ("in February"), else None."""


_NOT_A_BASE = frozenset({"same", "same_year", "none"})


def _basis(text: str, draft: Draft, change: Figure, ctx: PeriodContext, next_start: int,
           references: list[Period], sentence: tuple[int, int], state: BasisInForce,
           prev_end: int | None = None) -> str | None:
    found, basis = _stated_basis(text, draft, change, ctx, next_start, references, prev_end)
    month = _yearless_month(draft, change, ctx) if draft.period is None else None
    if not found and _yearless_step(text, draft, change, ctx, month):
        found, basis = True, "mom"  # "rose 0.4 pct in March from February" with no year known
    if found and basis is not None:
        state.stated.add(basis)
    if found and basis is None and state.known and state.basis is not None and state.period == draft.period:
        # "grew 7.9 percent year on year in H1 ... a 73.1 percent increase compared with the same
        # period of 2020": no standard basis for this figure alone; the basis stated for the
        # period stays in force for its next change ("exports gained 7 percent")
        return None
    if not found:
        after = _after_month_change(text, draft, ctx)
        # A yearless story whose changes are month on month: a change of another month than
        # the last one with no cue is one too ("The bank earlier said it fell 0.1 pct in May")
        yearless_mom = not after and month is not None and "mom" in state.stated and month != state.month
        # A change set after the month before's takes no basis carried from another sentence
        # ("... in the 12 months to February. Bank lending grew 2.9 billion after a January rise
        # of 1.75 billion"), nor from its own when it states its month ("rose 0.8 percent in May
        # after a 1.1 percent fall in April")
        # In a quarterly release a quarter's change with no cue of its own is quarter on
        # quarter, whatever basis another sentence stated for the quarter ("GDP rose 0.4% in
        # Quarter 2 (Apr to June) 2015 compared with the same quarter a year ago. Household
        # spending rose 0.6% in Quarter 2 (Apr to June) 2015"); within a sentence it carries.
        # (``_quarterly_release``, read once per document, asks for a quarterly cue itself.)
        quarter_qoq = state.sentence != sentence[0] and draft.period is not None and \
            draft.period.is_quarter() and state.basis == "yoy" and _quarterly_release(text, ctx, state)
        if not (after and (_own_month(draft) or state.sentence != sentence[0])) and state.known \
                and state.period == draft.period and not yearless_mom and not quarter_qoq:
            return state.basis
        if after:
            state.stated.add("mom")
        basis = "mom" if after or yearless_mom else \
            _implied_basis(text, draft, ctx, sentence, _monthly_release(text, ctx, state),
                           _quarterly_release(text, ctx, state))
        found = basis is not None
    if found:
        state.basis, state.period, state.known, state.sentence = basis, draft.period, True, sentence[0]
        state.month = month
        return basis
    return "yoy" if _yoy_in_force(text, ctx, state) else None


def _yearless(mention: PeriodMention) -> int | None:
    """The month of a single month named with no year ("in February"), else None."""
    if mention.period is None and mention.month_only is not None and not mention.rolling \
            and mention.month_only[0] == mention.month_only[1]:
        return mention.month_only[0]
    return None


def _yearless_month(draft: Draft, change: Figure, ctx: PeriodContext) -> int | None:
    """The month of a change when no year is known: its own ("rose 0.4 pct in March"), else
    the last one named before it in its clause ("in March, when it fell 0.2 pct")."""
    m = draft.period_mention
    if m is not None and not m.reference:
        return _yearless(m)
    before = [m for m in ctx.in_span(draft.clause[0], change.q.start) if not m.reference]
    return _yearless(before[-1]) if before else None


_FROM_MONTH_LEFT = regex.compile(r"\b(?:from|against|compared\s+(?:with|to))\s+(?:(?:[^\s;]+\s+){1,3}?in\s+)?$", regex.IGNORECASE)


def _yearless_step(text: str, draft: Draft, change: Figure, ctx: PeriodContext, month: int | None) -> bool:
    """ "rose 0.39 pct in February from 1.2 billion in January", "fell 0.2 pct from
    December" (of January): a change of a month from the month before, with no year known."""
    if month is None:
        return False
    for m in ctx.in_span(change.q.end, draft.clause[1]):
        ref = _yearless(m)
        if ref is not None and _FROM_MONTH_LEFT.search(text, max(change.q.end, m.start - 40), m.start):
            return month == ref % 12 + 1
    return False


def _yoy_in_force(text: str, ctx: PeriodContext, state: BasisInForce) -> bool:
    """ "up 3.3 percent year on year ... In May alone, revenue went up by 4.4 percent": in a
    document whose every stated basis so far is yoy and that names no other, a change with
    no basis of its own, for another period too, is year on year as well; not in a monthly
    report."""
    if state.stated != {"yoy"}:
        return False
    if state.other is None:  # a monthly report ("the monthly report said") implies no basis
        state.other = any(spans for name, spans in _basis_cue_spans(text) if name != "yoy") or \
            _release_cue(text, "monthly_release").search(text) is not None or \
            bool(_month_after(text, ctx, 0, len(text), than=True))
    return not state.other


@lru_cache(maxsize=2)
def _after_pattern(than: bool) -> regex.Pattern:
    """ "after a rise of 1.1 pct in", "after a January rise of", "after a 0.6 pct drop in",
    "less than January's 1.1 pct increase": a look back at an earlier change (its month is
    checked by ``_month_after``). "than" only with ``than``: a document that sets a month's
    change against the month before's states that basis, but "The April gain was smaller
    than March's 0.9 pct gain" states none for the 0.9 pct."""
    nouns = trie_pattern(cues().change_nouns, space=r"\s+")
    char = r"(?:[^.;:!?\n]|(?<=\d)\.(?=\d))"  # "0.4" is no sentence end
    lead = rf"(?:after|{'than|' if than else ''}against|compared\s+(?:with|to))"
    return regex.compile(rf"(?<![\w-]){lead}\s+(?:(?:an?|the|its|their)\s+)?{char}{{0,40}}?\b(?:{nouns})\b{char}{{0,40}}",
                         regex.IGNORECASE)


def _month_after(text: str, ctx: PeriodContext, start: int, end: int, than: bool = False) -> list[int]:
    """Starts of the looks back at a single month's change in ``text[start:end]``."""
    out = []
    for m in _after_pattern(than).finditer(text, start, end):
        # a month that starts inside the look back ("in April." ends after its full stop)
        months = [p for p in ctx.in_span(m.start(), end) if p.start < m.end() and p.kind == "explicit"]
        if any(_single_month(p) for p in months) and _ANY_DIGIT.search(text, m.start(), m.end()):
            out.append(m.start())
    return out


def _own_month(draft: Draft) -> bool:
    """The draft states a single month of its own ("rose 0.8 percent in May")."""
    m = draft.period_mention
    return not draft.comparison and draft.period_set and m is not None and not m.reference and _single_month(m)


def _single_month(mention: PeriodMention) -> bool:
    if mention.rolling:
        return False  # "in the year to March": a month's date, twelve months' change
    if mention.period is not None:
        return mention.period.is_single_month()
    return mention.month_only is not None and mention.month_only[0] == mention.month_only[1]


def _after_month_change(text: str, draft: Draft, ctx: PeriodContext) -> bool:
    """ "grew 2-1/4 pct in February after a rise of 1.1 pct in January", "grew 2.9 billion
    stg after a January rise of 1.75 billion": a change set after the change of a month is
    the change of the month after, against the month before; so is that earlier change. A
    change of several months ("in the year to March") is not."""
    if draft.period is not None and not draft.period.is_single_month():
        return False
    cs, ce = draft.clause
    if any(m.kind == "explicit" and not _single_month(m) for m in ctx.in_span(cs, ce)):
        return False  # "rose 2.1 pct in the year to March after a 1.9 pct rise in February"
    return bool(_month_after(text, ctx, cs, ce))


def _monthly_release(text: str, ctx: PeriodContext, state: BasisInForce) -> bool:
    """A monthly release ("GDP monthly estimate", "rose 0.6 percent last month") that names
    the month-on-month frame more often than a year-on-year basis: its changes for a month are against the month before."""
    if state.monthly is None:
        # more monthly cues than year-on-year ones: one "annual rate" in a month-by-month
        # report does not make it a year-on-year one. A month's change set after the month
        # before's ("in February after a rise of 1.1 pct in January") is a monthly cue too.
        monthly = sum(1 for _ in _release_cue(text, "monthly_release").finditer(text)) + \
            len(_month_after(text, ctx, 0, len(text)))
        state.monthly = monthly > 0 and monthly > len(_cue_spans(text, "yoy"))
    return state.monthly


def _quarterly_release(text: str, ctx: PeriodContext, state: BasisInForce) -> bool:
    """A quarterly release ("This quarterly bulletin", "rose 0.7% on the previous quarter")
    that is no monthly one: its changes for a quarter are against the quarter before ("fell
    by 0.4% in Q1"), though it gives some against a year earlier too (their cue says so)."""
    if state.quarterly is None:
        state.quarterly = not _monthly_release(text, ctx, state) and \
            _release_cue(text, "monthly_release").search(text) is None and \
            (_release_cue(text, "quarterly_release").search(text) is not None or bool(_cue_spans(text, "qoq")))
    return state.quarterly


def _stated_basis(text: str, draft: Draft, change: Figure, ctx: PeriodContext, next_start: int,
                  references: list[Period], prev_end: int | None = None) -> tuple[bool, str | None]:
    """(found, basis) from a cue ("year on year") or from the period compared with ("from
    2.15 million in March 2012"); a comparison with no standard basis ("2.3 times that of
    2020") is found and None. The stretch right after the change is read first, then the
    figures it is compared with, then the whole clause."""
    cs, ce = draft.clause
    found = _basis_in(text, draft, ctx, change.q.end, next_start, lead=next_start)
    if found[0]:
        return found
    if _rate_patterns()[1].search(text, max(cs, change.q.start - 40), change.q.start):
        return True, None  # "at an annualized rate of 1.6%"
    if _gap_to_reference(text, change, ctx, ce):
        return True, None  # "0.3 percentage points higher than the national average"
    if _holds_year_start(text) and _year_start_reference().search(text, change.q.end, min(ce, change.q.end + 60)):
        return True, None  # "up 6.1 percent from the beginning of the year"
    if draft.period is not None and references:
        if _rolling(draft, ctx):
            return True, "yoy"  # "in the year to March 2022 after 1.9 pct in February 2022": annual rates both
        return True, _compare(draft.period, references[0])
    leading = _leading_cue(text, change.q.start, cs)
    if leading is not None:
        return True, leading  # "..., for a year-on-year rise of 4.4 pct"
    if prev_end is not None and prev_end < change.q.start:
        # "rose 31 pct over January's figure but trailed the February 1986 total by 2.9 pct":
        # a reference between the clause's figure before and this change is this change's;
        # the nearest one ("from February's level" is the figure before's)
        lo = max(cs, prev_end)
        refs = [m.start for m in ctx.in_span(lo, change.q.start) if m.kind not in _NOT_A_BASE and ctx.is_reference(m)]
        found = _basis_in(text, draft, ctx, refs[-1], change.q.start) if refs else (False, None)
        if found[0]:
            return found
    found = _basis_in(text, draft, ctx, cs, ce)
    if not found[0] and _rolling(draft, ctx):
        return True, "yoy"  # "rose 3.4% in the year to February": against a year earlier
    return found


def _rolling(draft: Draft, ctx: PeriodContext) -> bool:
    """The draft's period is a rolling year's last month ("in the 12 months to March")."""
    if draft.period_set:
        return draft.period_mention is not None and draft.period_mention.rolling
    return any(m.rolling for m in ctx.in_span(*draft.clause))


def _basis_in(text: str, draft: Draft, ctx: PeriodContext, start: int, end: int,
              lead: int | None = None) -> tuple[bool, str | None]:
    """The basis a cue or a period compared with states in ``text[start:end]``; a cue that
    leads the figure at ``lead`` ("a year-on-year rise of") is that figure's, not this one's."""
    for name, spans in _basis_cue_spans(text):
        i = bisect_left(spans, (start, start))
        while i < len(spans) and spans[i][1] <= end:
            if lead is None or not _leads(text, spans[i][1], lead):
                return True, None if _older_base(draft, ctx, start, end) else name
            i += 1
    for m in ctx.in_span(start, end):
        if m.versus is not None and m.period is not None and draft.period == m.period:
            return True, _compare(m.period, m.versus)  # "between quarter 1 2015 and quarter 1 2014"
        if m.kind in _NOT_A_BASE or not ctx.is_reference(m):
            continue
        if m.kind in _PREVIOUS:
            return True, _PREVIOUS[m.kind]
        if draft.period is not None:
            ref = ctx.resolve(m, draft.period)
            if ref is not None and m.partial and (ref.y2, ref.m2) > (draft.period.y2, draft.period.m2):
                ref = ref.shifted_back(12)  # "in quarter 1 compared with quarter 4": the year before's
            if m.point and ref is not None and ref.by_year:
                ref = Period.month(ref.y2, 12)  # "than at the end of 2022"
            if draft.rate_gap and ref is not None and ref.by_year and not draft.period.by_year:
                return True, None  # a quarter's growth "0.2 percentage point lower than that of 2018": a year's rate
            return True, _compare(draft.period, ref)
    return False, None


_PREVIOUS = {"prev_year": "yoy", "prev_quarter": "qoq", "prev_month": "mom"}


def _older_base(draft: Draft, ctx: PeriodContext, start: int, end: int) -> bool:
    """A named base two years or more back ("up 13.8 percent year-on-year compared with the
    same period in 2019"): the cue names the kind of figure, the change is against 2019, which
    is no standard basis."""
    if draft.period is None:
        return False
    for m in ctx.in_span(start, end):
        if m.kind in _NOT_A_BASE or m.kind in _PREVIOUS or not ctx.is_reference(m):
            continue
        ref = ctx.resolve(m, draft.period)
        if ref is not None and (draft.period.y2 - ref.y2) * 12 + draft.period.m2 - ref.m2 >= 24:
            return True
    return False


@lru_cache(maxsize=1)
def _year_start_nouns() -> tuple[str, ...]:
    """The noun of each phrase and "of" ("beginning of", "start of"): a document holding none skips the scan."""
    return tuple({" ".join(p.lower().split()[-4:-2]) for p in data_json("periods.json")["year_start_references"]})


def _holds_year_start(text: str) -> bool:
    return any(noun in text for noun in _year_start_nouns())


@lru_cache(maxsize=1)
def _year_start_reference() -> regex.Pattern:
    """ "up 6.1 percent from the beginning of the year": against the stock at the year's start,
    no standard basis (``periods.json`` year_start_references)."""
    phrases = data_json("periods.json")["year_start_references"]
    return regex.compile(r"\b(?:{})\b".format("|".join(r"\s+".join(map(regex.escape, p.split())) for p in phrases)),
                         regex.IGNORECASE)


def _leading_cue(text: str, figure: int, clause_start: int) -> str | None:
    """The basis of a cue that leads the figure at ``figure``: "for a year-on-year rise of
    (4.4 pct)"."""
    for name, spans in _basis_cue_spans(text):
        i = bisect_left(spans, (figure, figure)) - 1
        if i >= 0 and spans[i][0] >= max(clause_start, figure - 80) and _leads(text, spans[i][1], figure):
            return name
    return None


def _leads(text: str, cue_end: int, figure: int) -> bool:
    return _lead_pattern().fullmatch(text, cue_end, figure) is not None


@lru_cache(maxsize=1)
def _lead_pattern() -> regex.Pattern:
    """From a basis cue to the figure it leads: " rise of ", " increase of about "."""
    nouns = trie_pattern(cues().change_nouns, space=r"\s+")
    return regex.compile(rf"\s+(?:[^\W\d][\w-]*\s+)?(?:{nouns})\s+(?:of|by)\s+(?:(?:about|around|nearly|some|only|just)\s+)?",
                         regex.IGNORECASE)


@lru_cache(maxsize=1)
def _rate_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    """(a rise verb and "at an annualized rate of" right before a figure, "annualized")."""
    roles = data_json("roles.json")
    rate = trie_pattern(roles["rate_change_left"], space=r"\s+")
    no_basis = trie_pattern(roles["rate_no_basis"], space=r"\s+")
    verbs = trie_pattern([*directions().up.before, *directions().down.before], space=r"\s+")
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
        rated = prior is not None and before is not None and prior.q.unit == "percent" and _rated(text, before, prior)
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
    roles = data_json("roles.json")
    comparative = trie_pattern(roles["gap_comparatives"], space=r"\s+")
    reference = trie_pattern(roles["gap_references"], space=r"\s+")
    return regex.compile(rf"\s*,?\s*(?:(?:{comparative})\s+)?(?:{reference})\s+(?P<ref>[^,;:()\d]{{1,60}}?)(?=[,;:().]|$|\s\d)",
                         regex.IGNORECASE)


_ARTICLES = frozenset({"the", "a", "an", "its", "their"})


def _gap_to_reference(text: str, change: Figure, ctx: PeriodContext, limit: int) -> bool:
    """ "1.1 points faster than inflation", "2.1 percentage points below its long-run
    average": compared with a reference that is no period, no figure and no basis phrase."""
    m = _gap_pattern().match(text, change.q.end, min(limit, change.q.end + 120))
    if not m or not m.group("ref").strip():
        return False
    rs, re_ = m.span("ref")
    if m.group("ref").strip().lower() in _ARTICLES:
        return False  # "slower than the 2.9 percent expansion": a figure compared with, not a reference
    if ctx.in_span(rs, re_) or _ANY_DIGIT.search(text, rs, min(limit, re_ + 1)):
        return False
    for _, spans in _basis_cue_spans(text):
        i = bisect_left(spans, (rs, rs))
        if i < len(spans) and spans[i][0] < re_:
            return False
    return True


@lru_cache(maxsize=1)
def _release_phrases() -> dict[str, tuple[tuple[str, str], ...]]:
    """The phrases of ``cues().monthly_release`` and ``cues().quarterly_release``, each with
    the phrase as ``folded_text`` writes it."""
    lists = {"monthly_release": data_json("roles.json")["monthly_release"],
             "quarterly_release": data_json("periods.json")["quarterly_release"]}
    return {name: tuple((p, " ".join(p.lower().split())) for p in phrases) for name, phrases in lists.items()}


def _release_cue(text: str, name: str) -> regex.Pattern:
    """``cues().monthly_release`` (``quarterly_release``) made of the phrases the text holds:
    it finds the same there (a phrase the text does not hold matches nowhere in it)."""
    folded = folded_document(text)
    return anywhere_cue(tuple(phrase for phrase, written in _release_phrases()[name] if written in folded))


@lru_cache(maxsize=2)
def _basis_cue_spans(text: str) -> tuple[tuple[str, list[tuple[int, int]]], ...]:
    """Each basis cue's matches in the whole text, in lexicon order: found once, then looked
    up per stretch (a search per change was quadratic in long clauses). A cue's matches do
    not overlap, so the first one starting in a stretch is the one that can end in it."""
    folded, phrases = folded_document(text), _basis_phrases()
    # A cue's pattern matches only where one of its phrases is: without any, no scan; with
    # some, the pattern of those alone finds the same (see ``cues.basis_cue``), sooner.
    return tuple((name, [m.span() for m in _own_cue(phrases[name], folded).finditer(text)]
                  if any(written in folded for _, written in phrases[name][0] + phrases[name][1]) else [])
                 for name in cues().basis)


def _own_cue(phrases: tuple[tuple[tuple[str, str], ...], ...], folded: str) -> regex.Pattern:
    """A basis's cue pattern made of the phrases the text (``folded``) holds."""
    stated, bare = (tuple(phrase for phrase, written in listed if written in folded) for listed in phrases)
    return basis_cue(stated, bare)


def _cue_spans(text: str, name: str) -> list[tuple[int, int]]:
    """The matches of one basis's cue in the whole text."""
    return next(spans for cue, spans in _basis_cue_spans(text) if cue == name)


@lru_cache(maxsize=1)
def _basis_phrases() -> dict[str, tuple[tuple[tuple[str, str], ...], ...]]:
    """Each basis's (stated, bare) cue phrases, each with the phrase as ``folded_text``
    writes it: the lists ``cues().basis`` is built from (a space in a phrase matches any run
    of whitespace)."""
    stated, bare = data_json("roles.json")["basis"], data_json("periods.json")["bare_basis"]
    return {name: tuple(tuple((p, " ".join(p.lower().split())) for p in listed) for listed in (phrases, bare.get(name, [])))
            for name, phrases in stated.items()}


def _implied_basis(text: str, draft: Draft, ctx: PeriodContext, sentence: tuple[int, int],
                   monthly: bool, quarterly: bool = False) -> str | None:
    """A change with no stated basis: seasonally adjusted monthly (quarterly) figures, and
    those of a monthly release, are against the month (three months) before; a year, or
    months from January ("the first three quarters"), against the same months a year
    earlier."""
    p = draft.period
    if p is None:
        return "mom" if monthly and _month_without_year(text, draft, ctx) else None
    if p.is_quarter() and draft.period_mention is not None and quarter_by_month(text, draft.period_mention):
        return "qoq"  # "fell 1.0 percent in the September 2024 quarter"
    if monthly or cues().seasonal.search(text, *sentence):
        if p.is_single_month():
            return "mom"
        if p.is_quarter() or (monthly and not p.by_year and p.months == 3):
            return "qoq"  # "in the three months to October": against the three months before
    if quarterly and p.is_quarter():
        return "qoq"  # "fell by 0.4% in Q1" in a quarterly bulletin
    if p.by_year or p.year_end:  # a year, or a stock at its end ("by the end of 2023")
        return "yoy" if p.y2 == p.y1 or (p.y2 == p.y1 + 1 and not p.split) else None
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
    if shift == 3 and not reference.by_year and reference.months == 3 and period.months == 3:
        return "qoq"  # a quarter, or "the three months to July 2024"
    if shift == 1 and reference.is_single_month() and period.is_single_month():
        return "mom"  # not "in the year to March 2022 after 1.9 pct in February 2022"
    return None
