"""The role of each figure of a clause (value, new, total, share, change), read from the
words around it and the figures before it: comparisons, bracketed alternates and
conversions, items of a breakdown, running totals; and the revisions made once the metric
is known (a number of enterprises is a total, a percent of a growth a change).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..cues import cues
from ..literals import trie_pattern
from ..mentions import Direction, QuantityMention
from ..quantity_lexicon import directions
from ..periods import PeriodMention
from ..lexicons import data_json
from ..phrases import bracket_name, number_words
from .clause_text import PLAIN_WORD, _AMONG_INTRO, _ANY_DIGIT, _NUMBER_OF, _at_subject, _clause_body, may_hold_cue
from .figures import Draft, Figure, MAIN_ROLES, _RELATIVE_UNITS, _is_money
from .skips import _qualifying
from .zeros import said_zero, zero_cue_before

_OPEN_BRACKET = regex.compile(r"^\s*[(\[]\s*$")
# "contributed 5.6 per cent to total retail sales": the whole a contribution is a share of.
TO_TOTAL = regex.compile(r"\s+(?P<to>to)\s+(?:the\s+)?total\b", regex.IGNORECASE)
_OF_AHEAD = regex.compile(r"^\s+of\b(?!\s+(?:the\s+)?(?:previous|same|year|last|a\b))", regex.IGNORECASE)
_WITH_BEFORE = regex.compile(r"(?<!\bcompared\s+|\bcomparing\s+)\bwith\s*$", regex.IGNORECASE)
# "against 100.9 in January and 104.5 in December": the second is compared too.
_AND_BETWEEN = regex.compile(r"[^,;]{0,50}?\band\s*$", regex.IGNORECASE)
_LAST_WORD = regex.compile(r"[a-z]+(?=\W*(?:a|an|the|only)?\W*$)|[a-z]+", regex.IGNORECASE)
def _bare_second_change(text: str, before: Figure, q: QuantityMention) -> bool:
    """ "Capital goods gained 0.9% in the euro area and 1.0% in the EU27": a bare rate right
    after "and" that follows a change and its place repeats the change for another place."""
    return before.role == "change" and not before.skip and before.q.direction is not None \
        and q.direction is None and q.unit == before.q.unit == "percent" \
        and _AND_BARE.fullmatch(text, before.q.end, q.start) is not None


_AND_BARE = regex.compile(r"\s+(?:in|for|among)\s+[^,;:\d()]{1,40}?\s+and\s+", regex.IGNORECASE)
_AND_BY = regex.compile(r"\s+(?:in|for|among)\s+[^,;:\d()]{1,40}?\s+and\s+by\s+", regex.IGNORECASE)
# "Malta (6.1% in May 2019)": an item's own month may stand before its closing bracket
_ITEM_PERIOD = r"(?:\s+in\s+[A-Z][a-z]+\.?(?:\s+\d{4})?)?"
_CLOSE_BRACKET = regex.compile(_ITEM_PERIOD + r"\s*\)")
_ITEM_JOIN = regex.compile(_ITEM_PERIOD + r"\s*\)\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?", regex.IGNORECASE)
# The stretch after a counted phrase, to a break or the next figure; brackets left out.
_STRETCH_STOP = regex.compile(r"[,;:]|\.\s|\d")
_BRACKETED = regex.compile(r"\([^()]*\)?")
_PERFECT = frozenset({"have", "has", "had"})  # "have also been established": still the stock
_RELATIVES = frozenset({"that", "which", "who"})
# "transport (-5.2%) and recreation (-2.2%)": a bracketed item with another after it
_ITEM_NEXT = regex.compile(r"\s*\)\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?[\w][^()\d;.]{0,80}\(\s*[-+]?\d")


def _role(text: str, q: QuantityMention, clause: tuple[int, int], prev_end: int, directed: bool = True) -> str:
    """``directed``: whether a rise or fall read at the figure makes it a change."""
    c = cues()
    cs, ce = clause
    left = text[max(cs, q.start - 40):q.start]
    right = text[q.end:q.end + 40]
    count = q.unit is None
    if count and c.new_left.search(text, max(cs, q.start - 20), q.start):  # 20: "newly identified "
        return "new"  # "added 3,120 enterprises": a count of new ones, not a change
    if q.unit == "percent" and (c.share_left.search(left) or c.contribution_left.search(left) and TO_TOTAL.match(right)):
        return "share"  # "surged by 15.2%, accounting for 23.6%": a share even if read as a rise
    if directed and q.direction is None and q.unit in ("percent", "percentage_point"):
        q.direction = _change_by(text, q, cs)  # "grew the most, by 12.3 per cent": a rise read across the comma
    if directed and q.direction is not None and cause_subject(text, cs, q.start) \
            and not _change_nouns_after().match(right):  # not "was a sharp 5 pct rise in deposits"
        directed = False  # "The cause for the rise was 4.8 billion guilders of special advances": a level
    if (directed and q.direction is not None) or (q.unit == "times" and c.times_change_right.match(right)):
        return "change"  # "2.3 times that of 2020" is a change too
    if count and 0 < q.value < 1 and _OF_AHEAD.match(right):
        return "share"  # "one-third of the newly added enterprises"
    if q.unit == "percent" and (c.share_left.search(left) or _OF_AHEAD.match(right) and not _rate_of_base(text, cs, q)
                                or _WITH_BEFORE.search(left) or _among_subject(text, cs, q.start)):
        return "share"
    if count or (q.unit not in _RELATIVE_UNITS and not q.unit_inferred and not _is_money(q)):
        if c.new_right.match(right):
            return "new"
        if c.total_left.search(left) or c.total_right.match(right) or c.stock_right.match(right) \
                or _cumulative(text, q, cs) is not None:
            return "total"
        if count and (c.existential.search(text, max(cs, prev_end), q.start) or _stock_clause(text, cs, ce)) \
                and not _part_of_whole(right):
            return "total"  # "there are 52 lines", "had 47 companies by the end of June"; not "rises in five of the six"
    return "value"


def _rate_of_base(text: str, cs: int, q: QuantityMention) -> bool:
    """ "The vacancy rate was 3.1 percent of all homes": a rate (roles.json ``rate_heads``) is
    a percent of its base by definition; the figure is the rate's value, not a share."""
    return _RATE_SUBJECT.search(text, max(cs, q.start - 120), q.start) is not None


_RATE_SUBJECT = regex.compile(
    rf"\b(?:{'|'.join(data_json('roles.json')['rate_heads'])})\b[^;:,]{{0,80}}?\b(?:was|is|were|are|stood\s+at)\s+$",
    regex.IGNORECASE)


def cause_subject(text: str, cs: int, pos: int) -> regex.Match | None:
    """ "The cause for the rise was a rather tight": a subject that names what caused a change
    (roles.json ``cause_nouns``) and a copula before ``pos``; the figure after is no change."""
    return _cause_pattern().search(text, max(cs, pos - 120), pos)


@lru_cache(maxsize=1)
def _cause_pattern() -> regex.Pattern:
    roles = data_json("roles.json")
    causes = "|".join(map(regex.escape, roles["cause_nouns"]))
    changes = "|".join(map(regex.escape, roles["change_noun"]))
    return regex.compile(rf"(?<![\w-])(?P<cause>{causes})\s+(?:for|of|behind)\s+(?:the|this|that|its|their)\s+"
                         rf"(?:[\w\-]+\s+)?(?:{changes})s?\s+(?:was|were|is|are)\s+(?:[\w\-]+\s+){{0,3}}$",
                         regex.IGNORECASE)


@lru_cache(maxsize=1)
def _change_nouns_after() -> regex.Pattern:
    changes = "|".join(map(regex.escape, data_json("roles.json")["change_noun"]))
    return regex.compile(rf"\s+(?:[\w\-]+\s+)?(?:{changes})s?(?![\w-])", regex.IGNORECASE)


# "Among X, 68.3% carried out R&D", "Among X, about 45%": at most two words between
_SUBJECT_GAP = regex.compile(r"\s*(?:[\w\-]+\s+){0,2}")


def _among_subject(text: str, cs: int, pos: int) -> bool:
    """A percent opening its clause after "Among X," is a share of X; further on it is not
    ("Among the leading seven industrial countries, inflation was highest in Italy at 4.2
    pct": X is the peer set of a rank, not a whole)."""
    intro = _AMONG_INTRO.match(text, cs, pos)
    return intro is not None and _SUBJECT_GAP.fullmatch(text, intro.end(), pos) is not None


def _change_by(text: str, q: QuantityMention, clause_start: int) -> Direction | None:
    """The direction of a rise or fall verb of the clause when "by" leads into the figure
    after a break ("Sales of watches grew the most, by 12.3 per cent")."""
    if not _BY_BEFORE.search(text, max(clause_start, q.start - 8), q.start):
        return None
    m = _change_verbs().search(text, max(clause_start, q.start - 60), q.start)
    return None if m is None else "up" if m.group().lower() in directions().up.before else "down"


@lru_cache(maxsize=1)
def _change_verbs() -> regex.Pattern:
    d = directions()
    verbs = trie_pattern([w for w in (*d.up.before, *d.down.before) if w not in ("up", "down")], space=r"\s+")
    return regex.compile(rf"(?<![\w-])(?:{verbs})(?![\w-])(?=[^,;.]*,\s*by\s*$)", regex.IGNORECASE)


_BY_BEFORE = regex.compile(r",\s*by\s*$", regex.IGNORECASE)


def _part_of_whole(right: str) -> bool:
    """ "five of the six industries": the count is a part of a counted whole, no stock."""
    m = _OF_COUNT.match(right)
    return m is not None and (m.group(1)[0].isdigit() or m.group(1).lower() in number_words())


_OF_COUNT = regex.compile(r"\s+(?:out\s+)?of\s+(?:the|its|their|all)\s+(?:[\w\-]+['’]s?\s+)?([\w,]+)", regex.IGNORECASE)


def _cumulative(text: str, q: QuantityMention, clause_start: int) -> regex.Match | None:
    """ "bringing the park's total to 4,870", "raise the number of listed companies to 60"."""
    m = cues().cumulative_left.search(text, max(clause_start, q.start - 90), q.start)
    if m and set(m.group("what").lower().split()) & cues().cumulative_nouns:
        return m
    return None


def _figures(text: str, quantities: list[QuantityMention], clause: tuple[int, int],
             periods: list[PeriodMention], rules: bool = True, definitions: bool = True) -> list[Figure]:
    """``rules``, ``definitions``: whether the text holds a rule cue, a definition cue at all
    (searched once per document)."""
    cs, ce = clause
    figures: list[Figure] = []
    prev_end = cs
    # "The evaluation system consists of four modules: A (30%), ...": a definition's
    # weights and counts; one search per clause, not per figure.
    defining = bool(quantities) and may_hold_cue(text, ce, definitions) \
        and cues().definition.search(text, cs, ce) is not None
    for q in quantities:
        if periods and any(m.start <= q.start and q.end <= m.end for m in periods):
            continue  # "Quarter 3", "the three months to May": part of a period
        fig = Figure(q=q, role=_role(text, q, clause, prev_end), clause_start=cs)
        if fig.role == "value" and _gapped(text, fig, figures):
            fig.role = "change"  # "fell 2.3 pct to 1.28 billion and imports 24.4 pct": the verb is elided
        elif fig.role == "value" and figures and figures[-1].role == "change" and not figures[-1].skip \
                and _AND_BY.fullmatch(text, figures[-1].q.end, q.start):
            fig.role, fig.fresh = "change", True  # "rose by 120 in Ohio and by 95 in Iowa": a second change
        elif fig.role == "value" and figures and _bare_second_change(text, figures[-1], q):
            fig.role, fig.fresh = "change", True  # "gained 0.9% in the euro area and 1.0% in the EU27"
            q.direction = figures[-1].q.direction
        left = text[max(cs, q.start - 30):q.start]
        previous = figures[-1] if figures else None
        _mark_comparison(text, fig, previous, left)
        if fig.comparison and fig.role == "change" and previous is not None and previous.role == "value" \
                and previous.q.unit == fig.q.unit and cause_subject(text, cs, previous.q.start):
            fig.role = "value"  # "... was 4.8 billion of advances compared with 8.0 billion": a level too
        # "(both -0.8%)": a word between a bracket and the figure (no call for "(0.8%)" or no bracket)
        shared = _shared_items(text, fig, clause) \
            if text[q.start - 1:q.start] == " " and text.find("(", max(cs, q.start - 12), q.start) >= 0 else []
        if previous is not None and _opens_bracket(text, previous.q.end, q.start):
            _bracketed(previous, fig, figures[-2] if len(figures) > 1 else None)
        elif shared:
            fig.item, fig.fresh = shared[0], True
        else:
            _list_item(text, fig, previous, clause)
        if q.value == 0 and previous is not None and previous.role in MAIN_ROLES and previous.q.unit is None \
                and not text[q.start].isdigit():
            fig.fresh = True  # "increased in eighteen and remained stable in Romania": no change of the count
        if zero_cue_before(text, q, cs):
            fig.role = "change"  # "was relatively unchanged (0.0 per cent)": a change of 0
        else:
            fig.skip = fig.skip or defining or _qualifying(text, fig, previous, left, rules) or _scope_count(text, fig)
        if previous is not None and q.value == 0 and said_zero(text, q):
            fig.fresh = True  # "fell in seven and remained stable in Belgium": a verb of its own
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
        # "in France and Lithuania (both -0.8%)": each name has the figure, as if it were written twice
        figures.extend(Figure(q=q, role=fig.role, clause_start=cs, skip=fig.skip, item=span, fresh=True)
                       for span in shared[1:])
        prev_end = q.end
    _apposed_changes(text, figures, clause)
    _compared_like(figures)
    _subset_counts(text, figures)
    return figures


def _opens_bracket(text: str, start: int, end: int) -> bool:
    """Only an opening bracket (and spaces) between two figures: "18,000 (0.9%)"."""
    if text.find("(", start, end) < 0 and text.find("[", start, end) < 0:
        return False  # no bracket: no need to copy the stretch
    return _OPEN_BRACKET.match(text[start:end]) is not None


def _gapped(text: str, fig: Figure, figures: list[Figure]) -> bool:
    """ "Exports fell 2.3 pct to 1.28 billion and imports 24.4 pct to 2.14 billion": a percent
    right after "and" and a bare noun phrase (no verb) repeats the change verb of the clause's
    last change; it takes that change's direction."""
    q = fig.q
    if q.unit != "percent" or q.direction is not None:
        return False
    change = next((f for f in reversed(figures) if f.role == "change" and f.q.unit == "percent"
                   and f.q.direction is not None and not f.skip), None)
    if change is None:
        return False
    m = _GAP_SUBJECT.search(text, change.q.end, q.start)
    if m is None or _ANY_DIGIT.search(text, m.end("np"), q.start):
        return False
    c = cues()
    words = [w.lower() for w in PLAIN_WORD.findall(m.group("np"))]
    if not words or any(w in c.verbs or w in c.prepositions or w in c.determiners and w != "the" for w in words):
        return False
    q.direction = change.q.direction
    return True


_GAP_SUBJECT = regex.compile(r"(?:,\s*|\s)and\s+(?P<np>(?:[\w\-]+\s+){1,3})$", regex.IGNORECASE)


def _scope_count(text: str, fig: Figure) -> bool:
    """ "Inflation in the 24 western industrialised nations was 1.9 pct": a count inside the
    place phrase of the subject (a head before it, no verb yet) says which places are meant;
    it is a quantity, no indicator."""
    q, c = fig.q, cues()
    if q.unit is not None or q.direction is not None:
        return False
    place = _PLACE_AFTER.match(text, q.end)  # asked first: it needs no read of the clause before
    if place is None or not any(_singular(w.lower()) in c.place_nouns for w in place.group().split()):
        return False
    body = _clause_body(text, fig.clause_start, q.start)
    prep = _SCOPE_PREP.search(text, max(body, q.start - 30), q.start)
    words = [w.lower() for w in PLAIN_WORD.findall(text, body, prep.start())] if prep else []
    return bool(words) and not any(w in c.verbs for w in words)


_SCOPE_PREP = regex.compile(r"\b(?:in|among|across|throughout)\s+(?:the|all|its|their)\s+$", regex.IGNORECASE)
_PLACE_AFTER = regex.compile(r"(?:\s+[\w\-]+){1,4}")


def _singular(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _list_item(text: str, fig: Figure, previous: Figure | None, clause: tuple[int, int]) -> None:
    """ "rises in Clothing retailing (0.8 per cent), Other retailing (0.4 per cent)", "Cafes
    (0.7 per cent) led the rises": a figure alone in brackets right after a name is that
    name's own figure. A name in capitals, or one of a run of such items, makes a breakdown."""
    q = fig.q
    after = text[q.end:q.end + 1]
    if q.unit not in _RELATIVE_UNITS or not (after.isspace() or after == ")") or not _CLOSE_BRACKET.match(text, q.end):
        return  # (_CLOSE_BRACKET opens with a space or the bracket)
    span = bracket_name(text, clause[0], q.start)
    if span is None:
        return
    listed = previous is not None and previous.item is not None and \
        _ITEM_JOIN.fullmatch(text, previous.q.end, span[0]) is not None
    if not (text[span[0]].isupper() or listed or _ITEM_NEXT.match(text, q.end)):
        return
    fig.item, fig.fresh = span, True
    if fig.role == "value" and q.direction is None and (
            cues().list_rise_after.match(text, q.end) or q.unit == "percent" and (
                listed and previous is not None and previous.role == "change" or cues().change_item_left.search(text, max(clause[0], span[0] - 20), span[0]))):
        fig.role = "change"  # "(0.7 per cent) led the rises", "led by Arizona (7.6 percent), Nevada (6.4 percent)"


def _shared_items(text: str, fig: Figure, clause: tuple[int, int]) -> list[tuple[int, int]]:
    """ "in France and Lithuania (both -0.8%)", "Malta, Cyprus and Ireland (all 1.1%)": the
    names of a list before a bracket whose figure a sharing word (roles.json
    ``shared_bracket_words``) gives to each of them: as many as the word asks for ("both":
    the last two), else all; empty when fewer."""
    q = fig.q
    m = _SHARED_BRACKET.search(text, max(clause[0], q.start - 12), q.start)
    if m is None or not _CLOSE_BRACKET.match(text, q.end):
        return []
    span = bracket_name(text, clause[0], m.start() + 1)
    if span is None:
        return []
    parts, start = [], span[0]
    for sep in _NAME_SEPARATOR.finditer(text, span[0], span[1]):
        parts.append((start, sep.start()))
        start = sep.end()
    parts.append((start, span[1]))
    want = _SHARED_COUNTS.get(m.group("word").lower())
    if want is not None:  # "Among sectors, textiles and footwear (both": the last two
        return parts[-want:] if len(parts) >= want else []
    return parts if len(parts) > 1 else []


_SHARED_COUNTS: dict[str, int | None] = {w.lower(): n for w, n in data_json("roles.json")["shared_bracket_words"].items()}
_SHARED_BRACKET = regex.compile(rf"\(\s*(?P<word>{'|'.join(map(regex.escape, _SHARED_COUNTS))})\s+$", regex.IGNORECASE)
_NAME_SEPARATOR = regex.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+", regex.IGNORECASE)


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


@lru_cache(maxsize=1)
def _flow_verbs() -> frozenset[str]:
    return frozenset(data_json("roles.json")["flow_verbs"])


@lru_cache(maxsize=64)
def _stock_clause(text: str, cs: int, ce: int) -> bool:
    """ "had 47 companies by the end of June": once per clause, not once per figure in it.
    "so far this year" is a flow to date (roles.json ``stock_clause_flows``), no stock."""
    return any(not _STOCK_CLAUSE_FLOW.match(text, m.start()) for m in cues().stock_clause.finditer(text, cs, ce))


_FLOW_CUES = (regex.escape(p).replace(r"\ ", " ").replace(" ", r"\s+") for p in data_json("roles.json")["stock_clause_flows"])
_STOCK_CLAUSE_FLOW = regex.compile(rf"(?:{'|'.join(_FLOW_CUES)})(?![\w-])", regex.IGNORECASE)


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


_STOCK_VERBS = frozenset({"have", "has", "are", "is"})  # "have been built", "of which are national": still a stock


def _continued_stock(text: str, before: Draft | None, draft: Draft) -> None:
    """ "A total of 40 labs have opened as well as 15 pilot plants", "50 parks, nine of which
    are national ones": a count joined to the total count of the draft before goes on with
    the stock, unless a verb after it makes it a flow ("..., and 12 received grants")."""
    value, total = draft.slots.get("value"), before.slots.get("total") if before else None
    if value is None or total is None or total.q.unit is not None or value.q.unit is not None \
            or "total" in draft.slots or value.comparison or total.comparison or total.q.end > value.q.start \
            or not cues().stock_join.fullmatch(text, total.q.end, value.q.start):
        return
    stop = _STRETCH_STOP.search(text, value.q.end, draft.clause[1])
    for m in PLAIN_WORD.finditer(_BRACKETED.sub("", text[value.q.end:stop.start() if stop else draft.clause[1]])):
        word = m.group().lower()
        if word in cues().verbs:
            if word not in _STOCK_VERBS:
                return
            break
    del draft.slots["value"]
    value.role = "total"
    draft.slots["total"] = value


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
        if like is not None and like.role in ("share", "total", "change") and fig.role != "change" \
                and not (fig.level_named and like.role == "change"):
            fig.role, fig.like = like.role, like  # "grew 0.5% in quarter two compared with 0.1%": a change


def _mark_comparison(text: str, fig: Figure, previous: Figure | None, left: str) -> None:
    if fig.role == "share":
        return
    m = cues().comparison_left.search(left)
    if m:
        last = _LAST_WORD.search(m.group())
        assert last is not None  # every comparison cue has a word, which _LAST_WORD finds
        fig.comparison, fig.cue = True, last.group().lower()
    elif _from_level().search(text, max(fig.clause_start, fig.q.start - 60), fig.q.start):
        # "recovered 15.7% from its lowest level of £27.2 billion"
        fig.comparison, fig.cue, fig.level_named = True, "from", True
    elif previous is not None and previous.comparison and _AND_BETWEEN.match(text, previous.q.end, fig.q.start):
        fig.comparison, fig.cue = True, previous.cue


@lru_cache(maxsize=1)
def _from_level() -> regex.Pattern:
    nouns = "|".join(map(regex.escape, data_json("roles.json")["from_level_nouns"]))
    return regex.compile(rf"(?<![\w-])from\s+(?:its|their|the|a|an)\s+(?:[\w\-]+\s+){{0,2}}(?:{nouns})\s+of\s+"
                         r"(?:about\s+|around\s+|some\s+)?$", regex.IGNORECASE)


def _bracketed(previous: Figure, fig: Figure, before: Figure | None = None) -> None:
    """ "100,000 yuan ($15,700)" is a conversion; "18,000 (0.9%)" an alternate change;
    "58,000 (2.7%)" a share; "increased by £1.1 billion to £31.5 billion (3.8%)" (``before``
    the change amount, then its new level) the percent of that change."""
    fig.anchor = previous
    fig.comparison = previous.comparison
    if _is_money(fig.q) and (_is_money(previous.q) or previous.q.unit is None and previous.q.value >= 1000):
        fig.skip = True  # "261.18 billion (US$31.6 billion) yuan": the unit word comes after the bracket
    elif previous.role == "change":
        fig.skip = True
        fig.role = "change_alt"
    elif fig.q.unit == "percent" and previous.role in MAIN_ROLES and before is not None and before.role == "change" \
            and before.q.unit not in _RELATIVE_UNITS and not before.skip and before.q.unit == previous.q.unit:
        fig.skip = True  # the percent of the change amount before the level, not a share
        fig.role = "change_alt"
        fig.q.direction = fig.q.direction or before.q.direction
    elif fig.q.unit == "percent" and previous.role in MAIN_ROLES:
        fig.role = "share"


def _stock_count(text: str, draft: Draft, span: tuple[int, int] | None, head: tuple[int, int] | None = None) -> None:
    """ "the number of listed companies in the zone reached 63", "high-tech enterprises
    totaled 1,200": the number of a kind of enterprise is a stock, its level a total.
    ``head``: the head noun the metric shares with the next count ("14 national and 95
    provincial firms")."""
    value = draft.slots.get("value")
    if span is None or value is None or value.q.unit is not None or "total" in draft.slots:
        return
    words = (text[span[0]:span[1]] + (" " + text[head[0]:head[1]] if head else "")).lower().split()
    stated = _NUMBER_OF.search(text, draft.clause[0], value.q.start) or \
        cues().stock_verb_left.search(text, max(draft.clause[0], value.q.start - 20), value.q.start)
    if (stated or _listed_stock(text, draft, value, span, head)) and set(words) & cues().stock_nouns:
        del draft.slots["value"]
        value.role = "total"
        draft.slots["total"] = value


def _listed_stock(text: str, draft: Draft, value: Figure, span: tuple[int, int],
                  head: tuple[int, int] | None = None) -> bool:
    """ "the list includes 342 eagles, 223 gazelles and 12 potential unicorns", "has developed
    26 national little giant companies": a count of a kind of enterprise named right after
    it is the stock, unless a verb makes it a flow: one just before it ("attracted 50
    companies", "will help five companies", roles.json ``flow_verbs``) or an active verb after the counted phrase
    ("420 seed enterprises received support")."""
    if not value.q.end <= span[0] <= value.q.end + 40 or _ANY_DIGIT.search(text, value.q.end, span[0]):
        return False
    before = text[max(draft.clause[0], value.q.start - 60):value.q.start]
    if any(m.group().lower() in _flow_verbs() for m in PLAIN_WORD.finditer(before)):
        return False
    end = head[1] if head else span[1]
    stop = _STRETCH_STOP.search(text, end, draft.clause[1])
    for m in PLAIN_WORD.finditer(_BRACKETED.sub("", text[end:stop.start() if stop else draft.clause[1]])):
        word = m.group().lower()
        if word in _RELATIVES or word in number_words():
            return True  # "129 enterprises that will be cultivated into gazelles"; "..., 12 unicorns and three ..."
        if word in cues().verbs:
            return word in _PERFECT
    return True


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
