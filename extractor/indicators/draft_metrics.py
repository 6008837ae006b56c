"""The metric each draft of a clause measures in context: a comparison or a follow-on clause
measures what came before, a figure said of a place or a pronoun the paragraph's topic, a
breakdown by places the last whole.
"""

from __future__ import annotations

import regex

from ..cues import cues
from ..lexicons import data_json
from ..literals import trie_pattern
from ..phrases import counted_noun, left_phrase, number_words, pronoun_subject, subject_phrase
from .clause_text import PLAIN_WORD, _clause_body
from .figures import Draft, MAIN_ROLES
from .grouping import _LIST_JOIN
from .listed_metrics import _respective_metric
from .metrics import _Reading, _metric_span, _money_modifier
from .state import _DocState
from .zeros import said_zero, zero_phrase_in

_TRAILING_LINK = regex.compile(r"\s(?:of|in|at)\s", regex.IGNORECASE)
_PARTICLES = frozenset({"in", "out", "up", "down"})
_WORD_AFTER = regex.compile(r"\s+([\w\-]+)")
# Only a link between a figure and a zero phrase ("..., fell in seven and remained stable")
_ZERO_LINK = regex.compile(r"[\s,]*(?:(?:and|but|or|while)\s+)?(?:also\s+)?", regex.IGNORECASE)
_OPENER = regex.compile(r"\W*(?:(?:the|a|an)\s+)?([\w\-]+)", regex.IGNORECASE)


def _draft_metric(doc: _DocState, reading: _Reading, drafts: list[Draft], k: int, last: tuple[int, int] | None,
                  listed: tuple[int, int] | None, sentence: tuple[int, int]
                  ) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The metric span of the k-th draft of a clause, and the "respectively" list in force.
    A comparison figure ("from 201.82 billion in 1985") measures what the figure before it
    measures; a figure said of a place or a pronoun measures what came before."""
    draft = drafts[k]
    fig = draft.primary  # nothing below changes a role: read once
    after = drafts[k - 1].end if k else None
    draft.rate_gap = bool(k) and _rate_gap(drafts[k - 1], draft)
    own = bool(k) and draft.respective and _own_level(doc.text, drafts[k - 1], draft)
    listed_n = sum(1 for d in drafts if d.respective)  # a list may end before the clause does
    if own:
        after = drafts[k - 1].primary.q.end
    span = _opposite_noun(reading, draft, last) if k and draft.comparison else None
    span = span if span is not None else None if draft.comparison or (k and (draft.respective and not own or draft.same_metric)) or draft.rate_gap \
        or (k and _follows_on(reading, draft, after)) \
        else _metric_span(reading, draft, after, listed_n if draft.respective and not own else 1)
    if k and not draft.comparison and (part := _part_named(reading, draft)) is not None:
        span = part  # "47 billion yuan, 28.5 billion yuan of which was industrial investment"
    if span is not None and k and doc.text[span[0]:span[1]].lower() in cues().change_nouns:
        span = None  # "recovered from a 0.6 percent contraction to a 1.3 percent increase": no metric of its own
    if not k and _COMPARES_OPENER.fullmatch(doc.text, _clause_body(doc.text, *reading.clause), fig.q.start):
        span = _compared_metric(doc, reading, draft, sentence)  # "It compares with 1.9 pct growth in 1985"
    if k and last is not None and after is not None and _GAPPED_BY.search(doc.text, after, fig.q.start):
        span = last  # "fell by 0.4% in manufacturing in the first quarter and by 1.0% in production": the verb is gapped
    if k and last is not None and after is not None and fig.q.value == 0 and not doc.text[fig.q.start].isdigit() \
            and _GAPPED_AND.fullmatch(doc.text, after, fig.q.start):
        span = last  # "rose in twelve, fell in seven and remained stable in Belgium": the subject is gapped
    if k and last is not None and span is not None and doc.text[span[0]:span[1]].lower() in _GENERIC_HEADS \
            and _FORECAST_WITH.search(doc.text, after, fig.q.start):
        span = last  # "rice production at 26.7 mln tonnes, with a forecast 27.3 mln tonnes output in 1987"
    if k and _linked_zero(reading, draft, after):
        # "the jobless rate fell in eight states and remained stable in Ohio": the zero phrase is
        # the verb of the clause's subject, not of the count before it; a second zero of the same
        # phrase ("... in Ohio and Iowa") is the first one's
        subject = None if after is not None and after > fig.q.start else _metric_span(reading, draft, None)
        span = subject if subject is not None and not _only_numbers(doc.text, subject) else last
    span = span or last or _metric_span(reading, draft, None, listed_n if draft.respective else 1)
    if draft.respective and not own:
        listed = listed or span
        span = _respective_metric(doc.text, listed, k, listed_n)
    if span is not None and zero_phrase_in(doc.text, span):
        span = None  # "This follows a broadly unchanged reading (0.0 per cent)": the zero names no metric
    if span is not None and fig.item is not None and reading.is_name(span):
        # "Real GDP rose in 49 states, led by Arizona (7.6 percent)"; "rises in Victoria (0.2%), Tasmania (0.6%)"
        span = _ranked_measure(reading, fig.item[0]) or _item_subject(reading, fig.item[0]) \
            or _item_topic(doc, sentence) or span
    elif _back_reference(reading, draft, after) or span is not None and (_estimate_of(reading, span, draft)
                                                                         or _compared_head(doc, reading, span, draft, sentence)):
        # "; making them 1.3% below pre-crisis levels", "down from a revised estimate of 55.3 billion"
        span = last or _topic(doc, sentence) or span
    elif doc.out and fig.role == "change" and (span is not None or not k) and _definite_change(reading, span):
        # "The growth for Quarter 2 follows a decline of 1.4%": a change of the metric before ("The
        # growth came in at 8 percent" keeps "growth": that makes the figure a change)
        span = _last_metric(doc)
    elif span is not None and (_period_owner(doc.text, span) or _period_change(reading, span)):
        span = _like_before(doc, draft) or _topic(doc, sentence) or span  # "less than January's 1.1 pct increase"
    elif span is not None and _forecaster(reading, span):
        span = _expected(reading, draft) or _topic(doc, sentence) or span  # "Analysts had predicted a rise of 0.1%"
    elif span is not None and (reading.is_name(span) or doc.text[span[0]:span[1]].lower() in cues().anaphoric_nouns
                               or _anaphor_before(reading, draft, after)) \
            or span is None and _about_before(reading, *reading.clause) or not k and _follows_on(reading, draft, None):
        # "London grew by 3.5%", "This follows a rise of 0.2%", "The number is expected to reach
        # 1,000"; with nothing before, the phrase read; "The March figure" opening a paragraph of
        # its own is the figure of the metric before
        span = _topic(doc, sentence) or ((_period_anaphor(reading, span) or _definite_anaphor(reading, span))
                                         and _last_metric(doc)) or span
    elif span is None and pronoun_subject(doc.text, reading.clause[0], fig.q.start, reading.blocked):
        # "In 2023, they rose 6.4 percent"
        span = _topic(doc, sentence)
    elif span is None and fig.role in ("change", "share"):
        span = _topic(doc, sentence)  # a hard-wrapped line "4.5 percent in September.": nothing names a metric
    if span is None and pronoun_subject(doc.text, reading.clause[0], fig.q.start, reading.blocked):
        span = _last_metric(doc)  # "It was 9.1% a year before." opening a paragraph of its own
    elif span is not None and (doc.text[span[0]:span[1]].lower() in _RELATIVES or _verb_after_relative(reading, draft, span)):
        span = last or _last_metric(doc)  # "400 nurses, of whom 90 were men": what the whole measures
    if span is not None and span[1] - span[0] < _NUMBER_SPAN and _only_numbers(doc.text, span):
        # "rose in twelve, fell in ten": the count before is no metric; the clause's subject is
        span = last if last is not None and not _only_numbers(doc.text, last) else _metric_span(reading, draft, None)
    span = _trim_names(reading, span)
    span = _acronym_after(reading, span, fig.q.start)
    span = _alias_after(reading, span, fig.q.start)
    if fig.item is not None:  # a list of ranked items; "the highest count of X" stays whole
        span = _trim_superlative(doc.text, span)
    if span is not None and _bare_comparative(doc.text, span):
        span = last or _topic(doc, sentence) or span  # "and 0.2 points lower than in May", "the highest in Malta"
    return span, listed


_GAPPED_AND = regex.compile(r"[^\w]*(?:and|or|but)\s+", regex.IGNORECASE)
_GAPPED_BY = regex.compile(r"(?:,\s*|\s)and\s+by\s+(?:a\s+further\s+|another\s+)?$", regex.IGNORECASE)
_GENERIC_HEADS = frozenset(data_json("roles.json")["generic_heads"])
_FORECAST_WITH = regex.compile(rf"\bwith\s+(?:an?\s+)?(?:{trie_pattern(data_json('roles.json')['forecast_modifiers'])})\s+$",
                               regex.IGNORECASE)
# "It compares with 1.9 pct growth in 1985": a comparison opener; the figure's own noun, or the metric before
_COMPARES_OPENER = regex.compile(r"\W*(?:it|this|that|which)\s+(?:compares|compared)\s+with\s+(?:an?\s+|the\s+)?",
                                 regex.IGNORECASE)


def _compared_metric(doc: _DocState, r: _Reading, draft: Draft, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """The noun after the figure ("a 3 pct fall in imports" -> imports, "1.9 pct growth" ->
    growth), else the metric before: the opener "It compares" names nothing."""
    q = draft.primary.q
    noun = counted_noun(doc.text, q.end, r.clause[1], r.blocked)
    m = cues().change_noun_after.match(doc.text, q.end, r.clause[1])
    owned = counted_noun(doc.text, m.end(), r.clause[1], r.blocked) if m else None
    if owned is not None:
        return owned
    return noun or _topic(doc, sentence)


def _period_anaphor(r: _Reading, span: tuple[int, int] | None) -> bool:
    """ "The March figure", "the third-quarter total": an anaphoric noun (phrases.json
    ``anaphoric_nouns``) right after "the" and a period names no metric of its own."""
    if span is None or r.text[span[0]:span[1]].lower() not in cues().anaphoric_nouns:
        return False
    period = next((s for s, e in r.blocked if 0 <= span[0] - e <= 1), None)
    return period is not None and _THE_BEFORE.search(r.text, max(0, period - 5), period) is not None


_THE_BEFORE = regex.compile(r"(?<![\w-])the\s+$", regex.IGNORECASE)


def _definite_anaphor(r: _Reading, span: tuple[int, int] | None) -> bool:
    """ "The figure also represents a 73.1 percent increase" opening a paragraph of its own:
    "the"/"this" and a bare anaphoric noun point back to the figure before, not a new metric."""
    if span is None or r.text[span[0]:span[1]].lower() not in cues().anaphoric_nouns:
        return False
    return _DEFINITE_BEFORE.search(r.text, max(0, span[0] - 6), span[0]) is not None


def _definite_change(r: _Reading, span: tuple[int, int] | None) -> bool:
    """ "The growth for Quarter 2 follows a decline of 1.4%", "This rise came after": "the"/"this"
    and a bare change noun (roles.json ``change_noun``) as the metric, or (with no metric read)
    opening the clause, point back to the metric before; the change names none of its own."""
    if span is None:
        m = _DEFINITE_OPENER.match(r.text, _clause_body(r.text, *r.clause), r.clause[1])
        return m is not None and m.group(1).lower() in cues().change_nouns
    return r.text[span[0]:span[1]].lower() in cues().change_nouns \
        and _DEFINITE_BEFORE.search(r.text, max(0, span[0] - 6), span[0]) is not None


_DEFINITE_OPENER = regex.compile(r"\W*(?:the|this|that)\s+([a-z]+)\s+(?:for|in|during)\s", regex.IGNORECASE)


_DEFINITE_BEFORE = regex.compile(r"(?<![\w-])(?:the|this|that)\s+$", regex.IGNORECASE)


def _opposite_noun(r: _Reading, draft: Draft, last: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "a surplus of 2.1 billion pesos in 1990 after a 3.4 billion peso deficit": a comparison
    amount that modifies a noun of its own ("a N <currency> X") measures X when X is not the
    head of the metric before (a surplus after a deficit); "after a 1.9 billion dlr surplus" is
    the metric before."""
    span = _money_modifier(r, draft.primary, any_unit=True)
    if span is None or last is None:
        return None
    head = r.text[span[0]:span[1]].lower().rsplit(None, 1)[-1]
    return None if head == r.text[last[0]:last[1]].lower().rsplit(None, 1)[-1] else span


def _last_metric(doc: _DocState) -> tuple[int, int] | None:
    """The metric of the indicator before, wherever it is: a pronoun subject has no words of
    its own, and the clause is no metric."""
    return doc.out[-1].metric if doc.out else None


def _anaphor_before(r: _Reading, draft: Draft, after: int | None) -> bool:
    """ "estimating the figure to reach 100 billion", "expect the total to exceed": "the" and
    an anaphoric noun (phrases.json ``anaphoric_nouns``), then only verbs and "to" before the
    figure; the figure is one of the metric before (the phrase read may be another word)."""
    q, c = draft.primary.q, cues()
    m = _ANAPHOR.search(r.text, max(r.clause[0] if after is None else after, q.start - 60), q.start)
    if m is None or m.group("noun").lower() not in c.anaphoric_nouns:
        return False
    return all(w in c.verbs or w in c.auxiliaries or w in c.copulas or w in _ANAPHOR_LINKS
               for w in m.group("rest").lower().split())


_ANAPHOR = regex.compile(r"(?<![\w-])(?:the|this|that)\s+(?P<noun>[a-z]+)\s+(?P<rest>(?:[a-z]+\s+){1,4})$",
                         regex.IGNORECASE)
_ANAPHOR_LINKS = frozenset(data_json("phrases.json")["anaphor_links"])


def _back_reference(r: _Reading, draft: Draft, after: int | None) -> bool:
    """ "these were 10.2% below their 2019 levels", "which leaves them 3.2% below", "making
    them 1.3% below": before the figure only a pronoun subject and a copula, or a verb and a
    pronoun object (roles.json ``back_reference_*``); the clause (or, ``after`` the draft
    before, the stretch after a comma) is about the metric before."""
    q = draft.primary.q
    start = _clause_body(r.text, *r.clause)
    if after is not None:
        start = max(r.text.rfind(",", after, q.start), r.text.rfind(";", after, q.start)) + 1
        if start <= 0:
            return False
    words = PLAIN_WORD.findall(r.text, start, q.start)
    if not 2 <= len(words) <= 4:
        return False  # two or three words, after at most one link word
    words = [w.lower() for w in words]
    if words and words[0] in _BACK_LINKS:
        words = words[1:]
    if not 2 <= len(words) <= 3:
        return False
    c = cues()
    if words[-1] in _BACK_OBJECTS and len(words) == 2:
        return words[0] not in c.pronouns and words[0] not in c.prepositions  # "making them", not "of it"
    # a copula only: "They spent 1.6 trillion yuan on R&D" names its metric after the figure
    return words[0] in c.anaphora_words and words[0] != "which" and \
        all(w in c.copulas or w in c.auxiliaries for w in words[1:])


_ROLES = data_json("roles.json")
_RELATIVES = frozenset(data_json("phrases.json")["relative_pronouns"])
_COMPARATIVES = frozenset(data_json("phrases.json")["bare_comparatives"])


def _part_named(r: _Reading, draft: Draft) -> tuple[int, int] | None:
    """ "47 billion yuan, 28.5 billion yuan of which was industrial investment": a figure right
    before "of which was/were" is the part named after the copula, not the whole."""
    q = draft.primary.q
    m = _OF_WHICH_WAS.match(r.text, q.end, r.clause[1])
    return counted_noun(r.text, m.end(), r.clause[1], r.blocked) if m else None


_OF_WHICH_WAS = regex.compile(r"\s+of\s+(?:which|whom)\s+(?:was|were|is|are)\s+", regex.IGNORECASE)


def _verb_after_relative(r: _Reading, draft: Draft, span: tuple[int, int]) -> bool:
    """ "of whom 90 worked abroad": after a relative partitive the word read is the verb (one
    of phrases.json ``verbs`` or a past form)."""
    q = draft.primary.q
    low = max(r.clause[0], q.start - 12)
    if "wh" not in r.text[low:q.start].casefold():
        return False  # no "whom"/"which" (the pattern ignores case: a case-folded copy holds it)
    return _OF_RELATIVE.search(r.text, low, q.start) is not None and \
        all(w.lower() in cues().verbs or w.lower().endswith("ed") for w in PLAIN_WORD.findall(r.text, span[0], span[1]))


_OF_RELATIVE = regex.compile(r"\bof\s+(?:whom|which)\s+$", regex.IGNORECASE)


def _bare_comparative(text: str, span: tuple[int, int]) -> bool:
    """A comparative or superlative alone ("higher", "the highest") compares; it measures nothing."""
    words = PLAIN_WORD.findall(text, span[0], span[1])
    return bool(words) and all(w.lower() in _COMPARATIVES or w.lower() in ("the", "a") for w in words)
_BACK_OBJECTS = frozenset(_ROLES["back_reference_objects"])
_BACK_LINKS = frozenset(_ROLES["back_reference_links"])


def _period_owner(text: str, span: tuple[int, int]) -> bool:
    """ "January's", "last year's": a period's possessive says when, not what is measured."""
    if text.find("'", span[0], span[1]) < 0 and text.find("’", span[0], span[1]) < 0:
        return False  # no apostrophe, no possessive
    m = _POSSESSIVE_ONLY.fullmatch(text, span[0], span[1])
    if m is None:
        return False
    stem = m.group("stem").lower()
    return stem in _MONTHS or stem in _PERIOD_NOUNS or stem.isdigit() or \
        len(stem) > 5 and (stem[:3], stem[-3:]) in _MONTH_ENDS  # "Janauary's": a wire typo of a month


_POSSESSIVE_ONLY = regex.compile(r"(?:(?:last|this|the\s+previous|the\s+same|a)\s+)?(?P<stem>\w+)['’]s?", regex.IGNORECASE)
_MONTHS = frozenset(data_json("periods.json")["months"])
_MONTH_ENDS = frozenset((m[:3], m[-3:]) for m in _MONTHS if len(m) > 5)
_PERIOD_NOUNS = frozenset({"year", "month", "quarter", "week", "period"})


def _period_change(r: _Reading, span: tuple[int, int]) -> bool:
    """ "The April gain was smaller than ...": a change noun named only by its month is the
    change of the metric before."""
    if r.text[span[0]:span[1]].lower() not in cues().change_nouns:
        return False
    month = next((s for s, e in r.blocked if 0 <= span[0] - e <= 1), None)  # not "full-year growth"
    words = PLAIN_WORD.findall(r.text, month, span[0]) if month is not None else []
    return bool(words) and words[-1].lower() in _MONTHS


def _like_before(doc: _DocState, draft: Draft) -> tuple[int, int] | None:
    """The metric of the latest indicator (a few back) whose main slot is the same kind as
    this draft's: "Consumer prices rose 0.3 pct ... less than January's 0.4 pct increase"."""
    role = draft.primary.role
    for item in doc.out[-1:-4:-1]:
        if item.metric is not None and item.draft.primary.role == role:
            return item.metric
    return None


def _own_level(text: str, before: Draft, draft: Draft) -> bool:
    """ "revenue exceeded 2.3 trillion yuan, and its output value reached 450 billion yuan, up
    12 percent and 8 percent respectively": levels of a "respectively" list that each follow
    a subject of their own (not one list of figures: "reached 249.9, 199.1 and 168.8")."""
    prev, fig = before.primary, draft.primary
    return fig.role in MAIN_ROLES and prev.q.end <= fig.q.start and not _LIST_JOIN.fullmatch(text, prev.q.end, fig.q.start)


def _forecaster(r: _Reading, span: tuple[int, int]) -> bool:
    """A clause that opens with who expects ("Analysts surveyed by ... had predicted a slight
    rise of 0.1 percent", "The median forecast ... called for a deficit of") states an
    expectation of the metric before, unless it names one ("Economists had expected core
    prices to rise"): the phrase read is the forecaster or the change itself."""
    c = cues()
    opener = _OPENER.match(r.text, _clause_body(r.text, *r.clause), r.clause[1])
    if opener is None or opener.group(1).lower() not in c.forecaster_nouns:
        return False
    words = PLAIN_WORD.findall(r.text, span[0], span[1])
    return bool(words) and (words[0].lower() in c.forecaster_nouns or words[-1].lower() in c.change_nouns)


def _expected(r: _Reading, draft: Draft) -> tuple[int, int] | None:
    """What a forecast names right before its figure ("economists called for a deficit of
    $40.5 billion" -> "deficit"), unless that is only the change ("a slight rise of")."""
    q = draft.primary.q
    span = left_phrase(r.text, _clause_body(r.text, *r.clause), q.start, r.blocked)
    if span is None:
        return None
    c = cues()
    words = list(PLAIN_WORD.finditer(r.text, span[0], span[1]))
    link = max((k for k, w in enumerate(words) if w.group().lower() in c.link_words or w.group().lower() in c.determiners),
               default=-1)
    words = words[link + 1:]  # "economists called for a deficit" -> "deficit"
    if not words or words[0].group().lower() in c.forecaster_nouns or words[-1].group().lower() in c.change_nouns:
        return None
    return words[0].start(), words[-1].end()


def _rate_gap(before: Draft, draft: Draft) -> bool:
    """ "an increase of 6.4 percent ..., 0.4 percentage point lower than that of the same period
    last year": a lone change in points after a percent change compares growth rates."""
    change, prior = draft.slots.get("change"), before.slots.get("change")
    return len(draft.figures) == 1 and change is not None and change.q.unit == "percentage_point" \
        and (prior is not None and prior.q.unit == "percent" or before.rate_gap)


def _about_before(r: _Reading, cs: int, ce: int) -> bool:
    """The clause opens with a place, a body or a pronoun: it is about what came before."""
    body = _clause_body(r.text, cs, ce)
    body += len(r.text[body:ce]) - len(r.text[body:ce].lstrip())
    return bool(cues().anaphora.match(r.text, body, ce)) or any(s == body for s, _ in r.names)


_NUMBER_SPAN = 32  # cheap pre-test: a phrase of number words only ("one hundred and twelve") is short


def _only_numbers(text: str, span: tuple[int, int]) -> bool:
    """ "rose in twelve, fell in seven and": a number word read as a phrase names nothing."""
    return all(w.lower() in number_words() for w in PLAIN_WORD.findall(text, *span))


def _linked_zero(r: _Reading, draft: Draft, after: int | None) -> bool:
    """A zero phrase after a figure with only a link between ("fell in seven and remained
    stable"), or a second zero of the same phrase (one per place listed after it)."""
    q = draft.primary.q
    return after is not None and q.value == 0 and said_zero(r.text, q) \
        and _ZERO_LINK.fullmatch(r.text, min(after, q.start), q.start) is not None


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
    after_figure = _WORD_AFTER.match(r.text, fig.q.end, r.clause[1])
    if word in ("a", "an") and (not noun or noun in c.number_modifiers) \
            and after_figure is not None and after_figure.group(1).lower() in c.change_nouns:
        # "following a 0.9 percent drop"; but "and a 1.3 billion drop in imports" names its own metric
        return not _names_changed(r, fig.q.end)
    if noun:  # "following a fall of", "but grew by", "after coming in (unchanged)", "after edging up by"
        return word in ("a", "an") and noun in c.change_nouns or noun == "by" and word in c.verbs \
            or word.endswith("ing") and noun in _PARTICLES
    return word in c.verbs or word.endswith("ing") or word in c.change_nouns


def _acronym_after(r: _Reading, span: tuple[int, int] | None, pos: int) -> tuple[int, int] | None:
    """ "The Retail Sales Index including fuel sales (RSIF) rose": a name that runs on past the
    phrase read and ends in a bracketed acronym of its initials is known by the acronym (the
    phrase read is only part of the name); a name that ends right at its acronym stays."""
    if span is None:
        return None
    m = _RUN_TO_ACRONYM.match(r.text, span[1], pos) if r.text.find("(", span[1], pos) >= 0 else None  # (needs one)
    if m is None:
        return span
    initials = "".join(w[0] for w in PLAIN_WORD.findall(r.text, span[0], span[1])
                       if w[0].isupper() or w.lower() not in _NAME_LINKS).upper()
    initials = initials.lstrip("T") if r.text[span[0]:span[0] + 4].lower() == "the " else initials
    return (m.start("acr"), m.end("acr")) if len(initials) >= 2 and m.group("acr").startswith(initials) else span


def _alias_after(r: _Reading, span: tuple[int, int] | None, pos: int) -> tuple[int, int] | None:
    """ "The overall cost of fuel bought by UK hauliers for delivery (total fuel costs) rose
    4.2%": a long subject (the phrase read, of three words or more, and plain words after it,
    five or more in all) followed by a bracketed alias of two to five plain lower-case words,
    then only words before the figure, is known by the alias."""
    if span is None or r.text.find("(", span[1], pos) < 0:
        return span  # no bracket, no alias
    m = _BRACKET_ALIAS.match(r.text, span[1], pos)
    if m is None or len(PLAIN_WORD.findall(r.text, span[0], span[1])) < 3 \
            or len(PLAIN_WORD.findall(r.text, span[0], m.start("alias"))) < 5:
        return span
    if m is None or any(s < m.end("alias") and m.start("alias") < e for s, e in r.blocked):
        return span
    words = m.group("alias").split()
    c = cues()
    if not 2 <= len(words) <= 5 or any(w in c.prepositions or w in c.link_words or w in _NAME_LINKS
                                       or w.endswith("ly") for w in words) or words[-1].endswith("ed") \
            or words[0].endswith("ing"):
        return span  # "(excluding fuel)", "(seasonally adjusted)"
    return m.start("alias"), m.end("alias")


_BRACKET_ALIAS = regex.compile(r"[^,;:()\d]{0,80}?\s\((?P<alias>[a-z][a-z\-]*(?:\s[a-z][a-z\-]*){1,4})\)\s+[a-z][a-z\s\-]{0,40}$")


# words that run on past the phrase read (no verb check: the acronym's initials decide), then "(ACR)"
_RUN_TO_ACRONYM = regex.compile(r"\s+(?:including|excluding|except|with|without|for|of)\s[^,;:()\d]{2,80}?"
                                r"\s\((?P<acr>\p{Lu}{2,6})\)")
_NAME_LINKS = frozenset({"the", "of", "and", "for", "in", "on", "a", "an"})


def _estimate_of(r: _Reading, span: tuple[int, int], draft: Draft) -> bool:
    """ "from an upwardly revised estimate of a record 82.85 billion": a phrase headed by an
    estimate noun (phrases.json ``estimate_nouns``) right before "of" and the figure."""
    if _OF_FIGURE.fullmatch(r.text, span[1], draft.primary.q.start) is None:
        return False  # (asked first: it fails at once, with no list of the span's words)
    words = PLAIN_WORD.findall(r.text, span[0], span[1])
    return bool(words) and words[-1].lower() in _ESTIMATES


_ESTIMATES = frozenset(data_json("phrases.json")["estimate_nouns"])


def _compared_head(doc: _DocState, r: _Reading, span: tuple[int, int], draft: Draft,
                   sentence: tuple[int, int]) -> bool:
    """ "a widening of £4.6 billion from a revised deficit of £15.7 billion", "up from a level
    of 420 billion": after "from"/"against", a phrase before "of" and the figure whose head
    is the head of the metric before, or a generic one (phrases.json ``comparison_heads``),
    compares with that metric: it names no metric of its own."""
    if _OF_FIGURE.fullmatch(r.text, span[1], draft.primary.q.start) is None \
            or _COMPARED_FROM.search(r.text, max(r.clause[0], span[0] - 30), span[0]) is None:
        return False
    words = PLAIN_WORD.findall(r.text, span[0], span[1])
    before = _topic(doc, sentence)
    if not words or before is None:
        return False
    head = words[-1].lower()
    return head in _COMPARISON_HEADS or head == r.text[before[0]:before[1]].lower().rsplit(None, 1)[-1]


_COMPARISON_HEADS = frozenset(data_json("phrases.json")["comparison_heads"])
_COMPARED_FROM = regex.compile(r"(?<![\w-])(?:from|against|compared\s+with)\s+(?:(?:an?|the)\s+)?$", regex.IGNORECASE)
_OF_FIGURE = regex.compile(r"\s+of\s+(?:(?:an?|the|record|new|about|around|some)\s+){0,2}", regex.IGNORECASE)


def _names_changed(r: _Reading, pos: int) -> bool:
    """ "(a £1.9 billion) fall in imports": the change noun after the figure names what
    changed with "in" and a noun that is no period or place."""
    m = cues().change_noun_after.match(r.text, pos, r.clause[1])
    if m is None or not m.group().rstrip().lower().endswith(" in"):
        return False
    span = counted_noun(r.text, m.end(), r.clause[1], r.blocked)
    if span is None or r.is_name(span):
        return False
    last = r.text[span[0]:span[1]].lower().rsplit(None, 1)[-1]
    return last not in cues().time_nouns and last not in cues().place_nouns


def _topic(doc: _DocState, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """The metric of the indicator before, when it is in the same paragraph: a figure said
    of a place measures what the paragraph is about."""
    if not doc.out or doc.out[-1].metric is None:
        return None
    prev = doc.out[-1].metric
    return prev if "\n\n" not in doc.text[prev[1]:sentence[0]] else None


def _ranked_measure(r: _Reading, item_start: int) -> tuple[int, int] | None:
    """ "the highest increases in the total index were recorded in Denmark (+2.9%), ...":
    the ranked changes are in the phrase after the change noun; every item of the list (and
    of a second list after it in the clause) measures it."""
    last: regex.Match[str] | None = None
    for last in _RANKED_IN.finditer(r.text, r.clause[0], item_start):
        pass  # the last one before the item: "and the largest decreases in X were ..." may follow
    return None if last is None or r.is_name(last.span("np")) else last.span("np")


_RANKED_IN = regex.compile(rf"(?<![\w-])(?:{trie_pattern(data_json('roles.json')['change_noun'])})s?\s+in\s+"
                           r"(?:the\s+)?(?P<np>[^,;:()\d]{1,60}?)\s+(?:were|was|are|is)\s+\p{L}+\s+in\s",
                           regex.IGNORECASE)


def _item_subject(r: _Reading, item_start: int) -> tuple[int, int] | None:
    """The subject of the clause a breakdown by places is in ("Real GDP increased in 49
    states, led by Arizona (7.6 percent)" -> "Real GDP"), unless it is a place itself."""
    span = subject_phrase(r.text, r.clause[0], item_start, r.blocked, r.is_name)
    return None if span is None or r.is_name(span) or span[1] > item_start else span


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
    span = _trim_leading_name(r, span)
    for s, e in r.names:
        if span[0] < s and span[1] - 2 <= e <= span[1] + 1:
            links = list(_TRAILING_LINK.finditer(r.text, span[0], s))
            if links and links[-1].start() > span[0]:
                return span[0], links[-1].start()
    return span


def _trim_leading_name(r: _Reading, span: tuple[int, int]) -> tuple[int, int]:
    """ "the euro area* (EA17) unemployment rate" -> "unemployment rate": a place or body that
    opens the metric is its subject, as "Britain's" is (its footnote marks and bracketed code go
    with it); a name that is the whole phrase stays."""
    for s, e in r.names:
        if s == span[0] and e < span[1]:
            rest = _AFTER_NAME.match(r.text, e, span[1])
            if rest is not None and rest.end() < span[1] and r.text[rest.end()].isalnum():
                return rest.end(), span[1]
    return span


# after the name: footnote marks, a bracketed code ("(EA17)"), spaces; not "'s" (kept apart)
_AFTER_NAME = regex.compile(r"[*†]*\s+(?:\([^()]{1,12}\)[*†]*\s+)?")


def _trim_superlative(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "the lowest jobless rates were recorded in ..." -> "jobless rates": a superlative ranks
    the items, the rank says so; it is no part of what is measured."""
    if span is None:
        return None
    first = _FIRST_WORD.match(text, span[0], span[1])
    word = first.group(1).lower() if first else ""
    if first is not None and word in _COMPARATIVES and (word.endswith("est") or word in ("best", "worst")) and first.end() < span[1]:
        return first.end(), span[1]
    return span


_FIRST_WORD = regex.compile(r"([\w\-]+)\s+")


_PHRASES = data_json("phrases.json")
_SUBSTITUTE = regex.compile(
    rf"(?:^\W*|[,;]\s*|(?<![\w-])(?:and|but|while|whereas)\s+)(?:{trie_pattern(_PHRASES['substitute_pronouns'])})\s+"
    rf"(?P<link>(?:{trie_pattern(_PHRASES['substitute_links'])}))\s+", regex.IGNORECASE)
_SUBSTITUTE_LINK = regex.compile(rf"\s(?:{trie_pattern(_PHRASES['substitute_links'])})\s", regex.IGNORECASE)
_TOKEN = regex.compile(r"[\w.'’\-]+|\(")


def substitute_metric(doc: _DocState, r: _Reading, draft: Draft, after: int | None, last: tuple[int, int] | None
                      ) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "Exports to the U.S. fell to 1.0 mln, and those to the EC fell to 232,275": "those"
    stands for the head of the metric before ("Exports"), with a complement of its own ("to
    the EC"). The head's span and the complement's (the metric is the two joined), or None."""
    q = draft.primary.q
    start = _clause_body(r.text, *r.clause) if after is None else after
    stretch = r.text[start:q.start].lower()
    if "those" not in stretch and "that" not in stretch:
        return None  # cheap pre-test: most clauses have neither pronoun
    m = _SUBSTITUTE.search(r.text, start, q.start)
    before = last or _last_metric(doc)
    if m is None or before is None or before[1] > m.start():
        return None
    c = cues()
    tokens = list(_TOKEN.finditer(r.text, m.end(), q.start))
    verb = next((i for i, t in enumerate(tokens) if t.group().lower() in c.verbs
                 or t.group().lower() in c.copulas or t.group().lower() in c.auxiliaries), None)
    if not verb or len(tokens) - verb > 3 or tokens[0].group()[0].isdigit():
        return None  # no complement, or the figure is far from its verb ("that in 1986 ...")
    k = next(i for i, t in enumerate(tokens) if i == verb or t.group() == "(")  # "the EC (European ...)"
    if not k:
        return None
    complement = (m.start("link"), tokens[k - 1].end())
    if any(s < complement[1] and e > complement[0] for s, e in r.blocked):
        return None  # "those in March": a period, not a complement
    link = _SUBSTITUTE_LINK.search(r.text, before[0], before[1])
    head = (before[0], link.start() if link else before[1])
    return (head, complement) if head[1] > head[0] else None
