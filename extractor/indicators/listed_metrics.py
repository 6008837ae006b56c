"""Metrics of listed items: the k-th metric of a "respectively" list ("the sub-indices for
A, B, C and D") and the head two counts joined by "and" share ("26 national and 118
provincial little giant companies").
"""

from __future__ import annotations

import regex

from ..cues import cues
from ..phrases import counted_noun
from .clause_text import PLAIN_WORD
from .figures import Draft
from .metrics import _Reading

_COMMA = regex.compile(r"\s*,\s*")
_AND_JOIN = regex.compile(r"\s+(?:and|or)\s+(?!other\b)", regex.IGNORECASE)
_AND_LEAD = regex.compile(r"(?:and|or)\s+", regex.IGNORECASE)
_LIST_ITEM = regex.compile(r"(?:(?<=^|,\s)|(?<=\band\s))(?!and\s)[^,]+?(?=,\s*(?:and\s+)?|\s+and\s+|$)")
_AND_ONLY = regex.compile(r"\s+(?:and|or)\s+", regex.IGNORECASE)
_FIRST_WORD = regex.compile(r"[\w\-]+\s+")


def _shared_head(text: str, drafts: list[Draft], k: int, span: tuple[int, int] | None,
                 r: _Reading) -> tuple[int, int] | None:
    """ "26 national and 118 provincial little giant companies": a count whose counted words
    are one modifier, joined by "and" to the next count, counts what that one counts."""
    fig = drafts[k].primary
    if span is None or k + 1 >= len(drafts) or fig.q.unit is not None or fig.q.end > span[0]:
        return None
    nxt = drafts[k + 1].primary
    if nxt.q.unit is not None or not _AND_ONLY.fullmatch(text, span[1], nxt.q.start) \
            or not _is_modifier(text[span[0]:span[1]]):
        return None
    their = counted_noun(text, nxt.q.end, r.clause[1], r.blocked)
    if their is None:
        return None
    rest = _FIRST_WORD.match(text, their[0], their[1])
    return (rest.end(), their[1]) if rest and rest.end() < their[1] else None


def _is_modifier(phrase: str) -> bool:
    word = phrase.lower()
    c = cues()
    return bool(PLAIN_WORD.fullmatch(word)) and not word.endswith("s") and \
        (word in c.head_modifiers or word.endswith(c.modifier_suffixes))


def _list_body(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A list after its lead-in: "Leading industries like A, B and C" -> "A, B and C"."""
    lead = None
    for lead in cues().list_lead_in.finditer(text, span[0], span[1]):
        pass
    return (lead.end(), span[1]) if lead is not None else span


def _comma_items(text: str, span: tuple[int, int], n: int) -> list[tuple[int, int]] | None:
    """The n items of a list written with commas, whose items may hold "and" ("computers and
    other electronic devices, electrical machinery and equipment, and special instrument
    manufacturing"): the comma parts, the last split at its "and" when one short."""
    parts: list[tuple[int, int]] = []
    pos = span[0]
    for m in _COMMA.finditer(text, span[0], span[1]):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, span[1]))
    if len(parts) < 2:
        return None
    if len(parts) == n - 1:
        s, e = parts[-1]
        joins = list(_AND_JOIN.finditer(text, s, e))
        if len(joins) != 1:
            return None
        parts[-1:] = [(s, joins[0].start()), (joins[0].end(), e)]
    if len(parts) != n:
        return None
    out = []
    for s, e in parts:
        lead = _AND_LEAD.match(text, s, e)
        s = lead.end() if lead else s
        if s >= e or not text[s:e].strip():
            return None
        out.append((s, e))
    return out


def _respective_metric(text: str, span: tuple[int, int] | None, k: int, n: int) -> tuple[int, int] | None:
    """The k-th of n listed metrics ("the sub-indices for innovation environment, innovation
    input, innovation output, and innovation effectiveness"), or the whole when they are not n."""
    if span is None:
        return None
    items = [m for m in _LIST_ITEM.finditer(text[span[0]:span[1]]) if m.group().strip()]
    middle = items[1:-1] if n > 2 else items[:1]
    if len(items) == n and all(len(m.group().split()) == 1 for m in middle) and len(items[-1].group().split()) > 1:
        return span  # "(the output of the) primary, secondary and tertiary industries": modifiers of one head
    commas = _comma_items(text, _list_body(text, span), n)
    if commas is not None:
        return commas[k]
    if len(items) != n:
        return span
    item = items[k]
    return span[0] + item.start(), span[0] + item.start() + len(item.group().rstrip())
