"""The metric span of a draft: the phrase of its clause that names what the primary figure
measures (what it counts, the subject, the object after the verb, the whole of a share),
never a period, a basis phrase or a place.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..cues import cues
from ..lexicons import data_json
from ..literals import trie_pattern
from ..mentions import QuantityMention
from ..phrases import counted_noun, left_phrase, object_phrase, owned_whole, subject_phrase, verb_before
from .clause_text import _at_subject, _clause_body
from .figures import Draft, Figure, MAIN_ROLES, _is_money

_SHARE_OF = regex.compile(r"\s*\)?\s*(of)\b", regex.IGNORECASE)
_OF_AFTER = regex.compile(r"\s+of\s+(?!the\s+(?:total|whole|previous|same)\b|which\b|them\b)", regex.IGNORECASE)
_SHARE_OF_WHOLE = regex.compile(r"\s*\)?\s*of\s+(?:the\s+|these\s+|those\s+|all\s+|its\s+|their\s+)?", regex.IGNORECASE)
_OWNER = regex.compile(r"[\w\-]+['’]s?\s+", regex.IGNORECASE)
_WORD_RUN = regex.compile(r"[^,;:.()]{1,120}")
_IN_PLACE = regex.compile(r"\s+(?P<prep>in|at)\s+(?:the\s+)?")
_STRETCH_END = regex.compile(r"[,;:()]|\.\s|\.$|\d")
# "..., suffered by farming, which declined by 0.9 percent": the change of the noun before ", which"
_WHICH_BEFORE = regex.compile(r",\s*(?:which|that)\s+(?:[a-z]+\s+){1,2}(?:by\s+)?$", regex.IGNORECASE)
# "Coming from a robust 3.8 percent growth in the second quarter, the mining sector contracted":
# an opening phrase that leads to a change of the subject after its comma
_CHANGE_OPENER = regex.compile(r"\W*(?:coming\s+from|after|following|from)\s+(?:an?\s+)?(?:[a-z\-]+\s+)?$",
                               regex.IGNORECASE)
_VALUATION_OF = regex.compile(rf"\s+(?:{trie_pattern(data_json('roles.json')['valuation_nouns'])})\s+of\s+",
                              regex.IGNORECASE)
# change nouns ("rise", "fall", ...) as one escaped, longest-first alternation
_CHANGE_NOUNS = trie_pattern(data_json("roles.json")["change_noun"])
_TO_COMMA = regex.compile(r"[^,;:.\d]{0,60},\s*")


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
    if q.unit is None and fig.role in MAIN_ROLES and done_by(r, q) is not None:
        whole = _partitive_whole(r, q)
        if whole is not None:
            return whole  # "Of these visits, 1.2 million were made by students": visits (made by students)
    if q.unit is None and fig.role in MAIN_ROLES:
        span = counted_noun(text, q.end, ce, blocked) or _part_named(r, q)
        if span and not (after is None and _counting_word(r, q, span)) \
                and text[span[0]:span[1]].lower() not in cues().figure_units:  # "12.5 billion (US$1.7 billion) yuan"
            return span
    span = _money_modifier(r, fig) if after is None else None
    if span is not None:
        return span  # "produced a two billion peso trade surplus": the amount modifies the noun it names
    # "£250 million of new investment"; a rate's "3.1 percent of all homes" names its base, not the metric
    of = _OF_AFTER.match(text, q.end, ce) if fig.role in MAIN_ROLES and q.unit not in (None, "percent") else None
    if of:  # "£250 million of new investment"
        span = counted_noun(text, of.end(), ce, blocked)
        if span:
            return span
    span = _money_in(r, fig) if fig.role in MAIN_ROLES and _is_money(q) else None
    if span:
        return span
    if fig.role == "change" and q.unit == "percent" and _VALUATION_OF.match(text, q.end, ce):
        span = counted_noun(text, q.end, ce, blocked)
        if span is not None:
            return span  # "last September's 31 pct devaluation of the rupiah": the change names its own metric
    span = _change_in(r, q) if fig.role == "change" else None
    if span is not None:
        return span  # "the figures showed a drop of about 1-1/2 pct in M0"
    if fig.role == "change":
        m = cues().change_noun_after.match(text, q.end, ce)
        span = counted_noun(text, m.end(), ce, blocked) if m else None
        if span and text[span[0]:span[1]].lower().split()[-1] not in cues().time_nouns:
            return span  # "a 3-1/2 pct rise in production", not "a rise in the two-month period"
    if fig.role == "change":
        span = _change_owner(r, q, after)
        if span is not None:
            return span
    span = _changed_to(r, q) if fig.role in MAIN_ROLES and after is None else None
    if span is not None:
        return span  # "the rise in the services surplus, to 2.1 billion dlrs"
    span = _raised_object(r, draft, after) if fig.role in MAIN_ROLES or fig.role == "change" else None
    if span is not None:
        return span  # "expected to lift the savings ratio to 9 percent", "raised its prime rate 0.5 point"
    span = _past_relative_subject(r, q, after) if fig.role in MAIN_ROLES else None
    if span is not None:
        return span  # "Copper, which fell below 60 cents last year, has climbed back to 85 cents"
    span = _object_after(r, q) if after is None and fig.role != "share" else None
    if span is None and after is not None:
        span = _joined_clause(r, after, q.start)  # "a 2 billion surplus and inflation fell to 5.6 pct"
    if span is None:
        span = left_phrase(text, after, q.start, blocked) if after is not None else \
            subject_phrase(text, _absolute_start(text, cs, q.start, blocked), q.start, blocked, r.is_name, items=items)
    if span is None and fig.role == "share":
        span = _share_whole_noun(r, fig)
    if span is None and fig.role in MAIN_ROLES:
        span = counted_noun(text, q.end, ce, blocked)
    if span is None:  # no subject read: the noun phrase just before the figure, else after it
        span = left_phrase(text, _clause_body(text, cs, q.start), q.start, blocked) \
            or counted_noun(text, q.end, ce, blocked) or _leading_figure(r, q)
    return _contents(r, q, span)


def _joined_clause(r: _Reading, after: int, pos: int) -> tuple[int, int] | None:
    """The subject of a clause joined by a plain "and" after the figure before, when a verb
    follows it: "... a 2 billion surplus and inflation fell to 5.6 pct" -> "inflation"."""
    plain = r.text.rfind(_PLAIN_AND, after, pos)
    if plain < 0 or _BREAK_IN.search(r.text, after, plain):
        return None
    start = plain + len(_PLAIN_AND)
    if verb_before(r.text, start, pos, r.blocked) is None:
        return None
    span = subject_phrase(r.text, start, pos, r.blocked, r.is_name)
    return span if span is not None and span[0] >= start else None


_BREAK_IN = regex.compile(r"[,;:]|\d")


def _changed_to(r: _Reading, q: QuantityMention) -> tuple[int, int] | None:
    """ "said the rise in the services surplus, to 2.1 billion dlrs from 1.8 billion": a change
    noun, "in" and a noun phrase, then "to" and the level: the level is of that phrase."""
    m = _CHANGE_IN_TO.search(r.text, max(r.clause[0], q.start - 120), q.start)
    if m is None:
        return None
    start, end = m.start("np"), m.end("np")
    period = next((s for s, _ in r.blocked if start <= s < end), None)
    if period is not None:  # "a cut in the borrowing target for 1987/88 to": the period is no part of it
        lead = _PERIOD_LEAD.search(r.text, start, period)
        end = lead.start() if lead is not None else period
    elif _DIGIT.search(r.text, start, end):
        return None
    span = left_phrase(r.text, start, end, r.blocked)
    return None if span is None or r.is_name(span) else span


_CHANGE_IN_TO = regex.compile(rf"(?<![\w-])(?:{_CHANGE_NOUNS})s?\s+in\s+"
                              r"(?P<np>[^,;:()]{2,80}?)\s*,?\s+to\s+(?:(?:an?|about|around|some|nearly)\s+)?$",
                              regex.IGNORECASE)
_PERIOD_LEAD = regex.compile(r"\s*(?:\s(?:for|in|of|during))?\s*$", regex.IGNORECASE)
_DIGIT = regex.compile(r"\d")


def _past_relative_subject(r: _Reading, q: QuantityMention, after: int | None) -> tuple[int, int] | None:
    """ "Copper, which late last year dropped below 60 cents, has since climbed back to 85
    cents": a figure after the comma that closes a relative clause on the clause's subject
    is of that subject (the verb after the comma has no subject of its own)."""
    body = _clause_body(r.text, *r.clause)
    m = _RELATIVE_SUBJECT.match(r.text, body, q.start)
    if m is None or (after is not None and after > m.end()) or "," in r.text[m.end():q.start]:
        return None
    first = m.group("np").split(None, 1)[0].lower()
    if first in cues().prepositions or first in cues().verbs:
        return None  # "After removing seasonal effects, which gives ..., the trade surplus"
    if verb_before(r.text, m.end(), q.start, r.blocked) is None or cues().reporting.search(r.text, m.end(), q.start):
        return None  # "A bank official, who declined to be named, told Reuters the reserves were"
    span = left_phrase(r.text, m.start("np"), m.end("np"), r.blocked)
    return None if span is None or r.is_name(span) else span


_RELATIVE_SUBJECT = regex.compile(r"\W*(?P<np>[^,;:()\d]{2,60}?)\s*,\s*(?:which|who)\b[^,;:()]{2,150},\s*",
                                  regex.IGNORECASE)


def _money_modifier(r: _Reading, fig: Figure, any_unit: bool = False) -> tuple[int, int] | None:
    """ "a two billion peso trade surplus", "a $4 billion aid package": an amount after "a"
    whose currency word is singular (a modifier) names the noun right after it. ``any_unit``:
    a figure whose currency is not read yet ("a 140 billion franc deficit") too."""
    q, c = fig.q, cues()
    if fig.role not in MAIN_ROLES or not (_is_money(q) or any_unit and q.unit is None) or not _ARTICLE_BEFORE.search(r.text, max(r.clause[0], q.start - 30), q.start):
        return None
    last = r.text[q.start:q.end].rstrip()
    if not last[-1:].isalpha() or last[-1:].lower() == "s":
        return None  # "a record 5 billion dlrs in March"
    nxt = _NEXT_WORD.match(r.text, q.end, r.clause[1])
    if nxt is None:
        return None
    word = nxt.group(1).lower()
    if word in c.prepositions or word in c.verbs or word in c.copulas or word in c.auxiliaries \
            or word in c.determiners or word in ("and", "or", "but", "than", "a", "an"):
        return None
    span = counted_noun(r.text, q.end, r.clause[1], r.blocked)
    if span is not None:
        plain = r.text.find(_PLAIN_AND, span[0], span[1])
        if plain > 0 and verb_before(r.text, plain + len(_PLAIN_AND), r.clause[1], r.blocked) is not None:
            span = (span[0], plain)  # "a 2 billion surplus and inflation fell": a clause of its own
    if span is None or span[0] != nxt.start(1) or r.is_name(span) \
            or r.text[span[0]:span[1]].lower().rsplit(None, 1)[-1] in c.change_nouns:
        return None
    return span


_ARTICLE_BEFORE = regex.compile(r"(?<![\w\-])an?\s+(?:(?:record|new|estimated|projected|provisional|net)\s+)?$",
                                regex.IGNORECASE)
_NEXT_WORD = regex.compile(r"\s+([a-z][\w\-]*)")


def _change_owner(r: _Reading, q: QuantityMention, after: int | None) -> tuple[int, int] | None:
    """Whose change a figure is when the words around it say so: the noun before ", which
    declined by", or the subject after an opening "Coming from a 3.8 percent growth in Q2,"."""
    text, (cs, ce), blocked = r.text, r.clause, r.blocked
    body = _clause_body(text, cs, q.start)
    rel = _WHICH_BEFORE.search(text, max(body, q.start - 40), q.start)
    if rel is not None:
        # "the slump in Tourism, which shrank by": what the change noun is in
        low = after if after is not None else body
        span = object_phrase(text, low, rel.start(), blocked, changes=True)
        return _reduced_relative(r, span, low) if span is not None else None
    if after is None and _CHANGE_OPENER.fullmatch(text, cs, q.start):  # at the clause's start: "After" may be an intro
        comma = _TO_COMMA.match(text, q.end, ce)
        if comma is not None:
            return subject_phrase(text, comma.end(), min(ce, comma.end() + _LINK_REACH), blocked, r.is_name)
    return None


def _reduced_relative(r: _Reading, span: tuple[int, int], low: int) -> tuple[int, int]:
    """ "timber shipped to Asian markets, which rose by": a noun and a past participle before
    the phrase read name what changed; the phrase after the preposition only says where."""
    m = _PARTICIPLE_LINK.search(r.text, max(low, span[0] - 60), span[0])
    c = cues()
    if m is None or m.group("noun").lower() in c.verbs or m.group("noun").lower() in c.determiners \
            or m.group("noun").lower() in c.prepositions:
        return span
    head = left_phrase(r.text, low, m.end("noun"), r.blocked)
    return (head[0], span[1]) if head is not None else span


# a noun, a past participle, a preposition and at most two words (a place) before the phrase
_PARTICIPLE_LINK = regex.compile(r"(?<![\w\-])(?P<noun>[\w\-]+)\s+[a-z]+ed\s+(?:to|from|into|in|by|for|at|on)\s+"
                                 r"(?:[\w\-]+\s+){0,2}$", regex.IGNORECASE)


def _change_in(r: _Reading, q: QuantityMention) -> tuple[int, int] | None:
    """ "showed a drop of about 1-1/2 pct in M0": a change noun and "of" before the figure,
    "in" and a noun after it: the noun is what changed; not a period, a place or body, or
    the respect it is measured in ("in value", phrases.json ``measure_aspects``)."""
    text, (cs, ce) = r.text, r.clause
    if not _CHANGE_OF.search(text, max(cs, q.start - 30), q.start):
        return None
    m = _IN_AFTER.match(text, q.end, ce)
    span = counted_noun(text, m.end(), ce, r.blocked) if m else None
    if span is None or r.is_name(span):
        return None
    last = text[span[0]:span[1]].lower().rsplit(None, 1)[-1]
    c = cues()
    if last in c.place_nouns or last in c.time_nouns or last in c.manner_nouns or last in _ASPECTS:
        return None
    return span


_CHANGE_OF = regex.compile(rf"(?<![\w-])(?:{_CHANGE_NOUNS})s?\s+of\s+$",
                           regex.IGNORECASE)
_ASPECTS = frozenset(data_json("phrases.json")["measure_aspects"])


def _leading_figure(r: _Reading, q: QuantityMention) -> tuple[int, int] | None:
    """ "At 5.2 percent, the jobless rate was the lowest since 2008": a figure in an opening
    phrase measures the subject after its comma."""
    text, (cs, ce) = r.text, r.clause
    if not _LEAD_IN.fullmatch(text, _clause_body(text, cs, q.start), q.start) or not _COMMA_AFTER.match(text, q.end, ce):
        return None
    start = text.index(",", q.end) + 1
    return subject_phrase(text, start, min(ce, start + _LINK_REACH), r.blocked, r.is_name)


_LEAD_IN = regex.compile(r"\W*(?:at|with|to)\s+", regex.IGNORECASE)
_COMMA_AFTER = regex.compile(r"\s*,")


def _money_in(r: _Reading, fig: Figure) -> tuple[int, int] | None:
    """ "generating 900 million yuan in revenue", "raised $3 billion in new funding": an amount
    that is a verb's object, then "in" and a noun, measures that noun (not "in the city")."""
    q, c = fig.q, cues()
    before = _WORD_BEFORE.search(r.text, max(r.clause[0], q.start - 30), q.start)
    if before is None or before.group(1).lower() not in c.verbs or before.group(1).lower() in c.copulas:
        return None
    m = _IN_AFTER.match(r.text, q.end, r.clause[1])
    span = counted_noun(r.text, m.end(), r.clause[1], r.blocked) if m else None
    if span is None or r.is_name(span) or r.text[span[0]:span[1]].lower().rsplit(None, 1)[-1] in c.place_nouns:
        return None
    return span


def done_by(r: _Reading, q: QuantityMention) -> tuple[int, int] | None:
    """ "1.2 million were made by students", "were by car": a bare count, a copula and a
    participle phrase with "by" (or "by" alone) and its noun; the span from the participle
    (or "by") to the noun's end, which tells which part of the whole is counted."""
    m = _DONE_BY.match(r.text, q.end, r.clause[1])
    if m is None or m.group("part") and not (m.group("part").lower().endswith("ed")
                                             or m.group("part").lower() in _IRREGULAR_PARTICIPLES):
        return None
    noun = counted_noun(r.text, m.end(), r.clause[1], r.blocked)
    if noun is None or r.is_name(noun):
        return None
    return m.start("rest"), noun[1]


_DONE_BY = regex.compile(r"\s+(?:were|was)\s+(?P<rest>(?:(?P<part>[a-z]+)\s+)?by\s+)", regex.IGNORECASE)
_IRREGULAR_PARTICIPLES = frozenset({"made", "taken", "done", "paid", "spent", "bought", "sold", "held", "given",
                                    "driven", "flown", "won", "sent", "brought", "built", "written"})


def _partitive_whole(r: _Reading, q: QuantityMention) -> tuple[int, int] | None:
    """ "Of these trips, 944 million ...", "..., while 272 million ...": the whole named after
    "Of these"/"Of those"/"Of the" and before its comma, earlier in the same sentence."""
    low = max(0, q.start - _WHOLE_REACH)
    stop = max(r.text.rfind(". ", low, q.start), r.text.rfind("\n", low, q.start))
    best = None
    for m in _OF_THESE.finditer(r.text, max(low, stop + 1), q.start):
        best = m
    if best is None:
        return None
    return best.start("whole"), best.end("whole")


_WHOLE_REACH = 160
_OF_THESE = regex.compile(r"(?<![\w-])of\s+(?:these|those|the|all)\s+(?P<whole>[a-z][a-z\-]*(?:\s[a-z][a-z\-]*){0,3}),\s*",
                          regex.IGNORECASE)


def _part_named(r: _Reading, q: QuantityMention) -> tuple[int, int] | None:
    """ "5,620 patents, of which 1,230 were invention patents": the part a count after a
    partitive is, named after the copula."""
    m = _COPULA_AFTER.match(r.text, q.end, r.clause[1])
    if m is None or not cues().partitive_opener.search(r.text, max(r.clause[0], q.start - 15), q.start):
        return None
    return counted_noun(r.text, m.end(), r.clause[1], r.blocked)


def _contents(r: _Reading, q: QuantityMention, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "an influx of US$4.26 billion in overseas investment", "US$3.92 billion of that amount
    was direct investment": a container noun names no metric, the phrase after "in" (after
    the figure) or after the copula (after the container) does."""
    if span is None or r.text[span[0]:span[1]].lower().rsplit(None, 1)[-1] not in cues().container_nouns:
        return span
    m = _IN_AFTER.match(r.text, q.end, r.clause[1]) if span[1] < q.start else \
        _COPULA_AFTER.match(r.text, span[1], r.clause[1])
    return (counted_noun(r.text, m.end(), r.clause[1], r.blocked) or span) if m else span


def _absolute_start(text: str, cs: int, pos: int, blocked: tuple[tuple[int, int], ...] = ()) -> int:
    """Where the figure's own clause starts: "Demand was down across all sectors, with orders
    for X and Y falling by 0.4 and 0.7 percent", "Supply continued to grow, and the output of
    X and Y increased by ...": the subject after "with" or "where", or after "and" when a verb stands
    before it (else the comma lists the subject: "Cars, vans, and buses rose"). Bounded look
    backs from the figure, no scan of the clause."""
    low = max(cs, pos - _LINK_REACH)
    at_with, start = max((text.rfind(link, low, pos), len(link)) for link in _OWN_SUBJECT)
    start += at_with  # ", with orders ...", ", where real GDP declined ..."
    at_and = text.rfind(_AND, low, pos)
    if at_with >= 0 and not _LETTER.search(text, start, pos):
        at_with = -1  # ", with 17.2% of the UK total": "with" leads into the figure itself
    if at_with > at_and:
        return start
    if at_and > cs and verb_before(text, cs, at_and, blocked) is not None:
        return at_and + len(_AND)
    return start if at_with >= 0 else cs


_IN_AFTER = regex.compile(r"\s+in\s+", regex.IGNORECASE)
_WORD_BEFORE = regex.compile(r"([\w\-]+)\s+$")
_COPULA_AFTER = regex.compile(r"\s+(?:was|were|is|are)\s+", regex.IGNORECASE)
_OWN_SUBJECT, _AND, _PLAIN_AND = (", with ", ", where "), ", and ", " and "
_LETTER = regex.compile(r"\p{L}")
_LINK_REACH = 200


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
    m = _prep_after(prep).match(r.text, q.end, r.clause[1])
    if not m:
        return None
    start = m.end()
    return left_phrase(r.text, start, _phrase_end(r, start), r.blocked)


@lru_cache(maxsize=None)
def _prep_after(prep: str) -> regex.Pattern:
    # one pattern per preposition of phrases.json ``object_after`` (a handful), compiled once
    return regex.compile(rf"\s+{prep}\s+")


def _phrase_end(r: _Reading, start: int) -> int:
    """Where the stretch from ``start`` ends: a break, a period, a figure."""
    end = _STRETCH_END.search(r.text, start, r.clause[1])
    stop = end.start() if end else r.clause[1]
    for s, _ in r.blocked:
        if start <= s < stop:
            stop = s
    return stop


def _raised_object(r: _Reading, draft: Draft, after: int | None) -> tuple[int, int] | None:
    """ "the strong yen is expected to lift Spain's savings ratio to an average 9 percent",
    "raised its discount rate by 50 basis points to 4.5 pct": a verb that moves its object by
    a change or to a level (phrases.json ``raising_verbs``); the object is the metric, the
    subject only the cause."""
    q = draft.primary.q
    low = max(r.clause[0] if after is None else after, q.start - _RAISE_REACH)
    if _RAISING_VERBS.isdisjoint(r.text[low:q.start].lower().split()):
        return None  # no raising verb at all: no regex scan of the stretch (most figures)
    if draft.primary.role != "change":
        moved = draft.slots.get("change")
        if moved is None or not moved.q.end <= q.start or not _TO_LEVEL_GAP.fullmatch(r.text, moved.q.end, q.start):
            m = _RAISED.search(r.text, low, q.start)
            return left_phrase(r.text, m.start("np"), m.end("np"), r.blocked) if m is not None else None
        q = moved.q  # "by 50 basis points to 4.5 pct": the object stands before the change
    m = _RAISED_BY.search(r.text, low, q.start)
    return left_phrase(r.text, m.start("np"), m.end("np"), r.blocked) if m is not None else None


_RAISE_REACH = 100
_RAISING_VERBS = frozenset(w.lower() for w in data_json("phrases.json")["raising_verbs"])
_RAISED_BY = regex.compile(rf"(?<![\w\-])(?:{trie_pattern(data_json('phrases.json')['raising_verbs'])})\s+(?!by\s)(?P<np>[^,;:()\d]{{2,60}}?)\s+(?:by\s+)?$",
                           regex.IGNORECASE)
_TO_LEVEL_GAP = regex.compile(r",?\s+to\s+(?:(?:an?|the|average|estimated|record|new|annual|about|around)\s+){0,3}", regex.IGNORECASE)
_RAISED = regex.compile(rf"(?<![\w\-])(?P<verb>{trie_pattern(data_json('phrases.json')['raising_verbs'])})\s+(?P<np>[^,;:()\d]{{2,60}}?)\s+to\s+"
                        r"(?:(?:an?|the|average|estimated|record|new|annual|about|around)\s+){0,3}$", regex.IGNORECASE)
