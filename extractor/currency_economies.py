"""Which economy's currency a bare currency word is ("$", "francs", "pesos", "¥").

Data: ``ambiguous``, ``economies`` and ``yen_sign_economies`` of data/currencies.json. One
resolver serves every word shared by several economies: a currency of the word written out
in its first amount ("69 billion U.S. dlrs", for codes listed in ``explicit_leads``) decides
when no other economy's is written out; else the economy named first near the top of the
text (a dateline, the subject of the lead); else the one named most often; else the word's
default, which may be None (unknown, SPEC: no guessing).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol, Sequence

from .literals import LedPattern, trie_pattern
from .quantity_lexicon import AmbiguousWord, currencies

__all__ = ["bare_word_surfaces", "resolve_currencies"]

# The top of a text: its dateline and lead sentence.
_HEAD_CHARS = 400
# How far back in its sentence an amount looks for its own economy.
_LOCAL_CHARS = 150
# A sentence end: not the dot of "U.S." or "U.K." (a capital before it), nor of a number.
_SENTENCE_END = re.compile(r"(?<![A-Z.])(?<!\b[A-Z][a-z])[.!?]['\"]?\s+(?=[\"'(]?[A-Z0-9])|\n\s*\n")
# A name right after one of these is a trade partner, not the economy of the amount.
_PARTNER_BEFORE = re.compile(
    r"\b(?:to|from|with|against|into|than|by|versus|vs\.?)\s+(?:the\s+)?\Z", re.IGNORECASE)
_YEN_SIGNS = frozenset({"¥"})  # "JP¥" names the yen outright


class Money(Protocol):
    """A quantity as the matcher builds it: its unit, kind and currency as written."""

    start: int
    unit: str | None
    kind: str | None
    currency_word: str | None


def bare_word_surfaces() -> dict[str, str | None]:
    """Bare words written after a number ("francs") -> their default code (None: unknown).
    Prefixes ("$", "Rs") are left out: the prefix table reads them before the number."""
    prefixes = {s for surfaces in currencies().prefix.values() for s in surfaces}
    return {s.lower(): word.default for word in currencies().ambiguous.values()
            for s in word.surfaces if s not in prefixes}


def resolve_currencies(text: str, found: Sequence[Money]) -> None:
    """Give each bare ambiguous currency word the currency of the text's economy, and a
    "¥" the yuan in a text about China."""
    pending: dict[str, list[Money]] = {}
    written_out: list[Money] = []  # "U.S. dlrs", "Swiss francs": named outright
    for q in found:
        name = _word_of(q)
        if name is not None:
            pending.setdefault(name, []).append(q)
        elif q.kind == "money" and q.currency_word:
            written_out.append(q)
    for name, quantities in pending.items():
        word = currencies().ambiguous[name]
        lead = _explicit_lead(text, written_out, quantities[0], word)
        code = lead or _economy_of(text, word)
        for q in quantities:
            q.unit = lead or _sentence_economy(text, q.start, word) or code
    _resolve_yen_sign(text, found)


def _explicit_lead(text: str, written_out: Sequence[Money], first_bare: Money,
                   word: AmbiguousWord) -> str | None:
    """The code written out in the word's first amount, when it is one of ``explicit_leads``
    and no other economy's currency of the word is written out, with or without an amount:
    "69 billion U.S. dlrs ... 72 billion dlrs" in a Taiwan story are both US dollars, but not
    in a story that says "the Canadian dollar closed at ..." (its bare dollars are local)."""
    if not word.explicit_leads:
        return None
    named = [q for q in written_out if q.unit in word.economies]
    codes = {q.unit for q in named}
    if len(codes) != 1 or named[0].start > first_bare.start:
        return None
    code = named[0].unit
    if code not in word.explicit_leads:
        return None
    others = [c for c in word.economies if c != code]
    return None if any(_written_out_pattern(c).search(text) for c in others) else code


@lru_cache(maxsize=None)
def _written_out_pattern(code: str) -> re.Pattern[str]:
    """The currency's full names ("Canadian dollar(s)", "Taiwan dlrs", "C$"), in any case;
    a bare ISO code ("CAD") only with an amount, where the matcher has read it already."""
    table = currencies()
    names = {n[:-1] if n.endswith("s") and n[:-1].isascii() else n
             for n in table.suffix.get(code, []) + table.prefix.get(code, [])
             if " " in n or "$" in n}
    if not names:
        return re.compile("(?!)")
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternatives})", re.IGNORECASE)


def _word_of(q: Money) -> str | None:
    """The ambiguous word ``q`` is written in, if its unit is still that word's default
    ("US$" or "Swiss francs" name their currency outright)."""
    if q.kind != "money" or not q.currency_word:
        return None
    name = _surface_words().get(" ".join(q.currency_word.split()))
    if name is None or q.unit != currencies().ambiguous[name].default:
        return None
    return name


@lru_cache(maxsize=1)
def _surface_words() -> dict[str, str]:
    return {s.lower(): name for name, word in currencies().ambiguous.items() for s in word.surfaces}


def _sentence_economy(text: str, start: int, word: AmbiguousWord) -> str | None:
    """The one economy named before the amount in its own sentence (at most
    ``_LOCAL_CHARS`` back): "Canada and Australia signed. The U.S. trade deficit was 12
    billion dollars" is in US dollars. None when the sentence names several ("Belgium and
    France traded ...": the text decides); a name of a currency ("Australia's dollar",
    "Swiss francs") names no economy of the amount."""
    window = text[max(0, start - _LOCAL_CHARS):start]
    ends = list(_SENTENCE_END.finditer(window))
    window = window[ends[-1].end():] if ends else window
    named = [(m.start(), m.end(), code) for code in word.economies
             for m in _head_pattern(code).finditer(window)]
    # a name inside a longer one is not named ("Ireland" in "Northern Ireland")
    named = [n for n in named if not any(o[0] <= n[0] and n[1] <= o[1] and o[1] - o[0] > n[1] - n[0]
                                         for o in named)]
    if any(_PARTNER_BEFORE.search(window, 0, n[0]) for n in named):
        return None  # "exports to Hong Kong rose to 2.48 billion dlrs": the text decides
    currency_after = _currency_after(tuple(word.surfaces))
    codes = {code for _, end, code in named if not currency_after.match(window, end)}
    return codes.pop() if len(codes) == 1 else None


@lru_cache(maxsize=None)
def _currency_after(surfaces: tuple[str, ...]) -> re.Pattern[str]:
    """The word, singular or plural, right after a name ("Swiss francs", "Australia's dollar")."""
    forms = {f for s in surfaces if s.isalpha() for f in (s, s[:-1] if s.endswith("s") else s)}
    if not forms:
        return re.compile("(?!)")
    return re.compile(rf"(?:'s)?\s+(?:{trie_pattern(forms)})\b", re.IGNORECASE)


def _economy_of(text: str, word: AmbiguousWord) -> str | None:
    # The economy named first near the top, not just any named there: "The U.S. trade
    # deficit ... exports to Canada" is in US dollars.
    head = text[:_HEAD_CHARS]
    first = min(((m.start(), code) for code in word.economies
                 if (m := _head_pattern(code).search(head))), default=None)
    if first is not None:
        return first[1]
    return _most_named(text, word)


def _most_named(text: str, word: AmbiguousWord) -> str | None:
    """The economy named strictly most often in the whole text. One that names the default
    economy at all keeps the default: a US trade story names its partners ("exports to
    Canada ... imports from Canada and Mexico") more often than itself."""
    votes = {code: _vote_pattern(code).count(text) for code in word.economies}
    if word.default is not None and votes[word.default] > 0:
        return word.default
    best = max(votes.values())
    winners = [code for code, n in votes.items() if n == best]
    return winners[0] if best > 0 and len(winners) == 1 else word.default


@lru_cache(maxsize=None)
def _head_pattern(code: str) -> LedPattern:
    """The economy's names as written or in capitals (a dateline: "ZURICH, March 4 -")."""
    places = currencies().economies[code]
    return _names_pattern({v for p in places for v in (p, p.upper())})


@lru_cache(maxsize=None)
def _vote_pattern(code: str) -> LedPattern:
    """The economy's names, and its states or provinces where the data lists its country."""
    names = set(currencies().economies[code])
    country = currencies().economy_subdivisions.get(code)
    if country:
        names |= _subdivisions(country)
    return _names_pattern(names)


def _subdivisions(country: str) -> set[str]:
    import pycountry  # only for texts with a bare word and no economy near the top

    return {s.name for s in pycountry.subdivisions.get(country_code=country) or ()
            if s.parent_code is None and s.name.isascii() and "[" not in s.name}


def _names_pattern(names: set[str]) -> LedPattern:
    """Any of ``names`` as a whole word; a name may end in a dot ("U.S."). The look-behind is
    checked per match (``LedPattern``): names start mostly with capitals, which ``re`` can
    skip to only without it."""
    return LedPattern(r"(?<![\w.])", rf"(?:{trie_pattern(names)})(?![\w])")


def _resolve_yen_sign(text: str, found: Sequence[Money]) -> None:
    """ "¥" is the yen and the yuan: the yuan when the text names China more often than
    Japan (JPY on a tie)."""
    yen = [q for q in found if q.unit == "JPY" and q.currency_word in _YEN_SIGNS]
    if not yen:
        return
    votes = {code: _yen_pattern(code).count(text) for code in currencies().yen_sign_economies}
    if votes.get("CNY", 0) > votes.get("JPY", 0):
        for q in yen:
            q.unit = "CNY"


@lru_cache(maxsize=None)
def _yen_pattern(code: str) -> LedPattern:
    return _names_pattern(set(currencies().yen_sign_economies[code]))
