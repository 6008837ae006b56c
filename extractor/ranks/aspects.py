"""Aspects, what a rank is in: the class a superlative ranks in ("China's largest [land
port]"), the list a standing names ("ranks first in six aspects: A, B and C") and the
aspects of a verbal rank, one per position ("ranked third in overall strength and second in
knowledge creation"). An aspect ends at a time phrase, which dates the standing instead.
"""

from __future__ import annotations

import regex

from .lexicon import _I, _lexicon, _patterns, _sets
from .mentions import RankMention
from .times import _skip_times, _time_start
from .words import _position, _strip_possessive, _tokens


def _aspect_after(text: str, pos: int, end: int) -> tuple[str | None, int]:
    """ "largest [land port] in" -> "land port"; "largest [number of businesses] in"."""
    s = _sets()
    picked: list[tuple[int, int, str]] = []
    toks = _tokens(text, pos, end, limit=10)
    for i, (a, b, w) in enumerate(toks):
        lw = w.lower()
        if not w[0].isalpha() or _strip_possessive(w)[1]:
            break
        if lw == "of" and picked and picked[-1][2].lower() in s["aspect_of_ok"]:
            nxt = toks[i + 1][2].lower() if i + 1 < len(toks) else ""
            # "the largest number of businesses", but not "the greatest increase of nearly 13,000"
            if not (nxt[:1].isalpha() and nxt not in s["determiners"] | s["peer_quantifiers"] | s["hedges"]):
                break
        elif lw in s["aspect_stops"]:
            break
        picked.append((a, b, w))
        if len(picked) >= 6:
            break
    while picked and picked[-1][2].lower() in ("of", "and"):
        picked.pop()
    if not picked:
        return None, pos
    return text[picked[0][0]:picked[-1][1]], picked[-1][1]


def _aspects_start(text: str, pos: int, end: int) -> int | None:
    """Where the list of aspects begins: "... in 2022 in six aspects: A, B and C"."""
    colon = text.find(":", pos, end)
    if colon != -1 and _patterns().aspects_intro.match(text[_skip_times(text, pos, colon):colon]):
        return colon + 1
    return None


def split_aspects(text: str, start: int, end: int) -> list[str]:
    """ "A, B, and C." -> ["A", "B", "C"] """
    body = text[start:end].strip().rstrip(".;")
    # Only commas separate items: "and" also joins words inside an item ("planning and
    # attracting major projects in science and technology field").
    parts = regex.split(r",\s*(?:and\s+|or\s+)?|;\s*", body)
    return [p.strip().strip("\"“”") for p in parts if p and p.strip()]


_DETERMINER = regex.compile(r"^(?:the|a|an|its|their)\s+", regex.IGNORECASE)
# The next position's word: "..., and second in B", "..., 17th in B" (a list of positions by aspect).
_NEXT = r"(?:,\s*(?:and\s+)?|,?\s+and\s+)(?:ranked\s+|ranking\s+)?"
_ASPECT = regex.compile(r"\s+(?:in\s+terms\s+of|in|on)\s+(?:the\s+scale\s+of\s+)?(?P<aspect>[^,;.:]+?)"
                        rf"(?={_NEXT}(?P<next>\w+)\s+in\b|[,;.:]|$)",
                        regex.IGNORECASE)


# "... and second in knowledge creation", "..., 17th in B": on to the next position's aspect.
_NEXT_RANK = regex.compile(rf"{_NEXT}\w+", _I)


def _aspect_text(text: str, start: int, end: int) -> str | None:
    """The aspect in text[start:end], without the time phrase that ends it ("R&D for the first
    time", "exports in 2022"); None when it is only a time ("in 2022", "in the first half of
    2023") or the list ranked on ("on the list released in March")."""
    body = _patterns().trailing_prep.sub("", text[start:_time_start(text, start, end)])
    body = _DETERMINER.sub("", body.strip()).strip()
    if not body:
        return None
    head: list[str] = []
    for word in body.lower().split():
        if word in _sets()["aspect_stops"] or word.endswith("ed"):
            break  # the head ends at a preposition or a participle: "list [released in ...]"
        head.append(word)
    return None if set(head) & _sets()["lead_objects"] else body


# Items split at commas and at the last "and"/"or" ("exports and R&D spending").
_ITEM_SPLIT = regex.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+(?!.*\s(?:and|or)\s)", _I)
_LIST_END = regex.compile(r"[;:.](?:\s|$)")
_LIST_JOIN = regex.compile(r"\s(?:and|or)\s", _I)


def _listed_aspects(text: str, pos: int, end: int) -> list[str]:
    """ "in GDP, exports and R&D spending": the items after the first aspect, when the rest of the
    sentence is such a list (short items without a figure, a rank or a verb's preposition)."""
    stop = _LIST_END.search(text, pos, end)
    rest = text[pos:stop.start() if stop else end]
    if not rest.startswith(",") or not _LIST_JOIN.search(rest):
        return []
    items = [i.strip() for i in _ITEM_SPLIT.split(rest[1:])]
    stops = _sets()["aspect_stops"] - {"of", "and", "or"}
    for item in items:
        words = item.lower().split()
        if not 1 <= len(words) <= 5 or any(c.isdigit() for c in item) or words[0] in _lexicon()["ordinals"] \
                or any(w in stops for w in words):
            return []  # ", accounting for 10%", ", and second in exports": not a list of aspects
    return [_DETERMINER.sub("", i) for i in items]


def aspect_rankings(text: str, rank: RankMention, end: int) -> list[tuple[int, str | None, list[str]]]:
    """ "ranked third in the country in overall strength and second in knowledge creation"
    -> [(3, "country", ["overall strength"]), (2, "country", ["knowledge creation"])]."""
    out: list[tuple[int, str | None, list[str]]] = []
    position, pos = rank.position, rank.end
    while True:
        m = _ASPECT.match(text, _skip_times(text, pos, end), end)  # "in 2022 in GDP": the period is none
        if not m:
            break
        aspect = _aspect_text(text, m.start("aspect"), m.end("aspect"))
        if aspect is not None:
            listed = [] if m.group("next") else _listed_aspects(text, m.end(), end)
            out.append((position, rank.scope, [aspect, *listed]))
        following = m.group("next") or ""
        if not _patterns().ordinal.fullmatch(following):
            break
        position = _position(following)
        nxt = _NEXT_RANK.match(text, m.end(), end)
        assert nxt is not None  # _ASPECT's lookahead saw the next position's word right there
        pos = nxt.end()
    return out
