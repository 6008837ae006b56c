"""What a share is of: the scope after "of", the whole an "Among X," opening names, the owner
an "its" points back to, and a share named in the subject ("Its share of the zone's
industrial revenue").
"""

from __future__ import annotations

import regex

from ..cues import cues
from ..phrases import normalise_scope, scope_after
from .clause_text import _AMONG_INTRO, _clause_body
from .figures import Draft, Figure
from .metrics import _OWNER, _Reading, _SHARE_OF, _SHARE_OF_WHOLE
from .roles import TO_TOTAL
from .state import _DocState

_LEADING_FIGURE = regex.compile(r"^(?:about\s+|nearly\s+|some\s+|over\s+)?[\d.,]+(?:\s+(?:thousand|million|billion|trillion|mln|bln))?\s+",
                             regex.IGNORECASE)
_PART_REACH = 160
_PRONOUNS = frozenset({"it", "them", "this", "that"})
_OF_TOTAL = regex.compile(r"of\s+(?:the\s+)?(?:total|whole)\b", regex.IGNORECASE)
# "Its share of", "The share of services in GDP", "Private firms' share in total exports".
_SHARE_SUBJECT = regex.compile(r"(?:(?:its|their|the)\s+)?(?:(?:[\w\-]+\s+){0,2}[\w\-]+['’]s?\s+)?"
                               r"(?:share|proportion|percentage)\s+(?P<prep>of|in)\s+(?:the\s+)?",
                               regex.IGNORECASE)
# "the share of services in GDP": the whole is after the last "in"/"among".
_PART_IN_WHOLE = regex.compile(r".*\s(?:in|among|within)\s+(?:the\s+)?", regex.IGNORECASE)


# Between two items of a list of shares: "of revenue, 56.6 percent", "of exports and 12 percent".
_ITEM_GAP = regex.compile(r"[^,;:()\d]{1,80}?(?P<join>\s*,\s*(?:and\s+)?|\s+and\s+)$", regex.IGNORECASE)
# The place a list of shares ends with: "... of exports in the provincial-level zones (in 2022)."
_PLACE_TAIL = regex.compile(r"[^,;:()\d]{1,80}?\s(?P<in>in\s+(?:the\s+)?)(?P<place>[^,;:()\d]{3,80}?)"
                            r"(?=\s+in\s+(?:19|20)\d\d\b|\s*[,;:.]|\s*$)", regex.IGNORECASE)


def share_list(text: str, drafts: list[Draft], clause: tuple[int, int]) -> None:
    """ "The zones accounted for 44.9 percent of revenue, 56.6 percent of R&D spending and
    47.6 percent of exports in the province's zones": each share measures what follows its
    "of" and is a share of the place the list ends with. Marks the figures (``named``,
    ``share_of``) when every draft of the clause is one such share."""
    if len(drafts) < 2 or any(len(d.slots) != 1 or "share" not in d.slots for d in drafts):
        return
    shares = [d.slots["share"] for d in drafts]
    items: list[tuple[int, int]] = []
    for k, fig in enumerate(shares):
        of = _SHARE_OF_WHOLE.match(text, fig.q.end, clause[1])
        if of is None:
            return
        if k + 1 < len(shares):
            gap = _ITEM_GAP.fullmatch(text, of.end(), shares[k + 1].q.start)
            if gap is None:
                return
            items.append((of.end(), gap.start("join")))
    assert of is not None  # two shares or more, each with its "of" (the loop returns otherwise)
    tail = _PLACE_TAIL.match(text, of.end(), clause[1])
    if tail is None:
        return
    items.append((of.end(), tail.start("in") - 1))
    place = normalise_scope(tail.group("place"))
    for fig, item in zip(shares, items):
        fig.named, fig.share_of = item, place


def _share_scope(text: str, fig: Figure, sentence: tuple[int, int], reading: _Reading,
                 metric: tuple[int, int] | None, doc: "_DocState | None" = None) -> str | None:
    if fig.share_of:
        return fig.share_of
    if fig.like is not None:
        return fig.like.share_of or _share_of(text, fig.like, sentence, reading.blocked, metric)
    antecedent = doc.owner[1] if doc is not None and doc.owner is not None and doc.owner[0] == sentence[0] else None
    whole = None
    if doc is not None and doc.out and doc.out[-1].metric is not None and doc.out[-1].metric[1] < fig.q.start and \
            cues().partitive_opener.search(text, max(fig.clause_start, fig.q.start - _PART_REACH), fig.q.start):
        whole = metric = doc.out[-1].metric  # "..., of which the income of X was ..., accounting for 65.6% of the total"
    scope = _share_of(text, fig, sentence, reading.blocked, metric, antecedent)
    if scope in _PRONOUNS and doc is not None and doc.out and doc.out[-1].metric is not None:
        before = doc.out[-1].metric  # "... accounted for a third of it": what the figure before measures
        return normalise_scope(text[before[0]:before[1]])
    if scope is None and whole is not None:
        return normalise_scope(text[whole[0]:whole[1]])  # "..., of which high-tech enterprises accounted for 65.6%"
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
            return normalise_scope(_kind(phrase))  # "accounting for 49.6 percent of the total": of its kind
        return scope
    to = TO_TOTAL.match(text, fig.q.end, sentence[1])
    if to:  # "contributed 5.6 per cent to total retail sales"
        return scope_after(text, to.start("to"), sentence[1], blocked) or (normalise_scope(text[metric[0]:metric[1]])
                                                                         if metric else None)
    intro = _AMONG_INTRO.match(text, fig.clause_start, fig.q.start) or \
        _AMONG_INTRO.match(text, sentence[0], fig.q.start)
    if not intro:
        return None
    whole = cues().own_ground.sub("", intro.group("whole"))  # "... in the zone": the subject's own
    whole = _LEADING_FIGURE.sub("", whole)  # "Out of the 2.17 million VAT and/or PAYE enterprises"
    return normalise_scope(whole)


def _kind(phrase: str) -> str:
    """The kind a metric is a part of: "High-tech exports ... 17.1 percent of the total" is
    of "exports" (a leading modifier names the part); a longer phrase is kept whole
    ("industrial enterprises above designated size")."""
    words = phrase.split()
    c = cues()
    first = words[0].lower() if words else ""
    if not 2 <= len(words) <= 3 or not ("-" in first or first in c.head_modifiers or first.endswith(c.modifier_suffixes)):
        return phrase
    return " ".join(words[1:])


def _share_from_metric(text: str, draft: Draft, span: tuple[int, int] | None) -> None:
    """ "Its share of the zone's industrial revenue slipped ... to 52.4%": a share."""
    value = draft.slots.get("value")
    if span is None or value is None or value.q.unit != "percent" or "share" in draft.slots:
        return
    body = _clause_body(text, *draft.clause)
    # at the clause's start, or where the metric starts ("..., and its share of the province's total rose to")
    m = _SHARE_SUBJECT.match(text, body, value.q.start) or _SHARE_SUBJECT.match(text, span[0], value.q.start)
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
