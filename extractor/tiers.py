"""Enterprise-tier mentions ("gazelle enterprises", "unicorns", "high-tech enterprises").

The tier lexicon (``data/tiers.jsonl``, extendable with ``--tiers``) is compiled into one
regular expression per tier at start-up. A mention covers the tier words and the head
noun; words before them ("newly identified") are not part of it. Spelling variation that
is systematic in translated bulletins is generated here rather than listed: hyphen or
space ("high-tech"/"high tech"), optional quotes ('"little giant"'), -ised/-ized, and
singular/plural of the last word.

A tier word directly followed by another tier's mention ("gazelle unicorn enterprises")
is the elliptical coordination "gazelle [and] unicorn enterprises": lexicon ``names``
(tier words that can stand alone) catch the first one as its own mention.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from .lexicons import TierEntry, load_tier_lexicon, tier_heads
from .literals import trie_pattern
from .mentions import EntityMention

_DASHES = "\\-\u2010\u2011\u2012\u2013"
_QUOTES = "\"'\u201c\u201d\u2018\u2019"
# Between two words of a phrase: optional quotes around a space or hyphen.
_GAP = rf"[{_QUOTES}]?(?:\s*[{_DASHES}]\s*|\s+)[{_QUOTES}]?"
_COMMA_GAP = rf"[{_QUOTES}]?\s*,\s*[{_QUOTES}]?"
_LEFT = rf"(?<![\w{_DASHES}])"
_RIGHT = rf"(?![\w{_DASHES}])"
_PHRASE_TOKEN = re.compile(r"[A-Za-z0-9&]+|,")
_INSERTS_FILE = Path(__file__).parent / "data" / "tier_inserts.json"


def word_regex(word: str) -> str:
    """A phrase word, with -ise/-ize spelling variants."""
    out = re.escape(word)
    return re.sub(r"i[sz](e|ed|es|ing|ation|ations)$", r"i[sz]\1", out, flags=re.IGNORECASE)


def plural_regex(word: str) -> str:
    """The last word of a phrase in singular or plural."""
    base = word_regex(word)
    lower = word.lower()
    if lower.endswith("y") and len(lower) > 1 and lower[-2] not in "aeiou":
        return base[:-1] + "(?:y|ies)"
    if lower.endswith(("s", "x", "ch", "sh")):
        return base + "(?:es)?"
    return base + "s?"


@lru_cache(maxsize=1)
def _inserts() -> tuple[frozenset[str], str]:
    """Ladder qualifiers ("potential") and the regex of the sector adjectives that may
    follow them inside a tier phrase ("potential industrial unicorn"), from
    ``data/tier_inserts.json``."""
    raw = json.loads(_INSERTS_FILE.read_text(encoding="utf-8"))
    words = sorted(raw["sector_words"], key=len, reverse=True)
    sector = "(?:" + "|".join(phrase_regex(w) for w in words) + ")"
    insert = rf"(?:{_GAP}{sector}(?![\w{_DASHES}])){{0,{int(raw['max_words'])}}}"
    return frozenset(w.lower() for w in raw["openers"]), insert


def phrase_regex(phrase: str, plural_last: bool = False, inserts: bool = False) -> str:
    """Regex for a lexicon phrase; hyphens, spaces and quotes between words are free.

    With ``inserts``, a phrase opening with a ladder qualifier ("potential unicorn") also
    matches with sector adjectives after it ("potential industrial unicorn").
    """
    tokens = _PHRASE_TOKEN.findall(phrase)
    parts: list[str] = []
    pending_comma = False
    words = [t for t in tokens if t != ","]
    for i, token in enumerate(tokens):
        if token == ",":
            pending_comma = True
            continue
        if parts:
            parts.append(_COMMA_GAP if pending_comma else _GAP)
        pending_comma = False
        is_last = token is words[-1] and i == len(tokens) - 1
        parts.append(plural_regex(token) if plural_last and is_last else word_regex(token))
        if inserts and i == 0 and len(words) > 1 and token.lower() in _inserts()[0]:
            parts.append(_inserts()[1])
    return "".join(parts)


def tier_regex(entry: TierEntry, heads: Iterable[str]) -> re.Pattern[str]:
    """One pattern for all surfaces of a tier, longest alternatives first."""
    head_alt = "(?:" + "|".join(plural_regex(h) for h in heads) + ")"
    alternatives = [phrase_regex(m, inserts=True) + _GAP + head_alt for m in entry.modifiers]
    alternatives += [phrase_regex(n, plural_last=True, inserts=True) for n in entry.names]
    alternatives.sort(key=len, reverse=True)
    body = "|".join(f"(?:{a})" for a in alternatives)
    return re.compile(rf"{_LEFT}(?:{body}){_RIGHT}", re.IGNORECASE)


class TierMatcher:
    """Finds tier mentions in a text with patterns compiled once from the lexicon.

    A tier mention starts with the first word of one of its lexicon phrases, so one cheap
    scan for those words' first letters finds every place a tier pattern can match; each
    tier's pattern is then tried only there (most words of a text start no tier phrase).
    """

    def __init__(self, entries: list[TierEntry] | None = None,
                 heads: Iterable[str] | None = None) -> None:
        entries = load_tier_lexicon() if entries is None else entries
        heads = list(tier_heads() if heads is None else heads)
        self.patterns = [(e.id, tier_regex(e, heads)) for e in entries]
        self._by_prefix: dict[str, list[int]] = {}
        for index, entry in enumerate(entries):
            for prefix in _start_prefixes(entry):
                tiers = self._by_prefix.setdefault(prefix, [])
                if index not in tiers:
                    tiers.append(index)
        self._starts = re.compile(_LEFT + "(?:" + trie_pattern(self._by_prefix) + ")", re.IGNORECASE)
        # The same scan as "a character the look-behind refuses, then a prefix": re skips
        # ahead to such characters, but tries a pattern opening with a look-behind at every
        # one. Only when every prefix ends in a word character: then a match never ends
        # right where the next one's left character is needed (see _start_positions).
        self._first = re.compile("(?:" + trie_pattern(self._by_prefix) + ")", re.IGNORECASE)
        self._after = re.compile(rf"[^\w{_DASHES}](?:{trie_pattern(self._by_prefix)})", re.IGNORECASE)
        self._split_scan = all(re.match(r".*\w\Z", p) for p in self._by_prefix)
        self._at_prefix: dict[str, list[int]] = {}

    def find(self, text: str) -> list[EntityMention]:
        """Non-overlapping tier mentions, longest first, in text order."""
        candidates: list[EntityMention] = []
        free_from = [0] * len(self.patterns)  # per tier, like finditer: no overlaps within a tier
        for pos in self._start_positions(text):
            for index in self._tiers_at(text, pos):
                if pos < free_from[index]:
                    continue
                tier_id, pattern = self.patterns[index]
                m = pattern.match(text, pos)
                if m:
                    free_from[index] = m.end()
                    end = _trim_quote(text, pos, m.end())
                    candidates.append(EntityMention(_open_quote(text, pos, end), end, "TIER", tier_id))
        return resolve_overlaps(candidates)

    def _start_positions(self, text: str) -> list[int]:
        """Starts of ``self._starts.finditer(text)``. A match after another one needs the
        character before it outside the other: its last character is a word character,
        which the look-behind refuses anyway, so taking that character along changes nothing."""
        if not self._split_scan:
            return [m.start() for m in self._starts.finditer(text)]
        first = self._first.match(text)
        after = first.end() if first is not None else 0
        return ([0] if first is not None else []) + [m.start() + 1 for m in self._after.finditer(text, after)]

    def _tiers_at(self, text: str, pos: int) -> list[int]:
        key = text[pos:pos + _PREFIX_LEN].lower()
        tiers = self._at_prefix.get(key)
        if tiers is None:  # a function of the first letters only: worked out once per prefix
            out: list[int] = []
            for n in range(1, _PREFIX_LEN + 1):
                out.extend(i for i in self._by_prefix.get(key[:n], ()) if i not in out)
            tiers = self._at_prefix[key] = sorted(out)  # lexicon order decides between equal mentions
        return tiers


_PREFIX_LEN = 3


def _start_prefixes(entry: TierEntry) -> set[str]:
    """First letters (up to three, lower-cased) of every phrase that can start a mention."""
    out = set()
    for phrase in [*entry.modifiers, *entry.names]:
        tokens = _PHRASE_TOKEN.findall(phrase)
        if tokens and tokens[0] != ",":
            out.add(tokens[0][:_PREFIX_LEN].lower())
    return out


def _trim_quote(text: str, start: int, end: int) -> int:
    """A trailing quote belongs to the text around the mention, not to it."""
    while end > start and text[end - 1] in _QUOTES:
        end -= 1
    return end


def _open_quote(text: str, start: int, end: int) -> int:
    """A quote opening right before the mention and closed inside it belongs to it:
    '"gazelle" companies', like 'sophisticated "little giant" enterprises'."""
    if start and text[start - 1] in _QUOTES and any(c in _QUOTES for c in text[start:end]):
        return start - 1
    return start


def resolve_overlaps(mentions: list[EntityMention]) -> list[EntityMention]:
    """Keep the longest of overlapping mentions (earlier start on ties), in text order."""
    chosen: list[EntityMention] = []  # non-overlapping, by start: only neighbours can clash
    starts: list[int] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        i = bisect_left(starts, m.start)
        if (i > 0 and chosen[i - 1].end > m.start) or (i < len(chosen) and chosen[i].start < m.end):
            continue
        chosen.insert(i, m)
        starts.insert(i, m.start)
    return sorted(chosen, key=lambda m: (m.start, m.end))
