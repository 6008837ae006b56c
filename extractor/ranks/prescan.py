"""The trigger pre-scan: every rank pattern's match holds one of a few trigger words, so a
clause without one has no rank and find_ranks skips it without running its patterns. The
trigger positions of a text are found once, with plain ``re`` patterns over the lower-cased
text, and each clause asks only whether one falls inside it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from ..literals import trie_pattern
from .lexicon import _lexicon


Span = tuple[int, int]


class _Pattern:
    """One alternative of the trigger pattern: where its leftmost match at or after a position is."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.compiled = re.compile(pattern)

    def search(self, text: str, pos: int) -> Span | None:
        m = self.compiled.search(text, pos)
        return m.span() if m is not None else None


class _AtWordStart(_Pattern):
    """``(?<![a-z0-9])`` + ``body``, searched as ``[^a-z0-9]`` + ``body`` from one character
    earlier: re skips straight to the characters a pattern may start with, whereas a pattern
    that opens with a lookbehind is tried at every character. The same matches: the
    character taken is the one the lookbehind looks at (the text's start is checked alone)."""

    def __init__(self, body: str) -> None:
        super().__init__(rf"(?<![a-z0-9])(?:{body})")
        self.first = re.compile(body)
        self.after = re.compile(rf"[^a-z0-9](?:{body})")

    def search(self, text: str, pos: int) -> Span | None:
        if pos == 0 and (m := self.first.match(text)) is not None:
            return m.span()
        m = self.after.search(text, max(pos - 1, 0))
        return (m.start() + 1, m.end()) if m is not None else None


@lru_cache(maxsize=1)
def _trigger_alternatives() -> tuple[_Pattern, ...]:
    """Every rank pattern's match holds one of these (lower case): a word at a word start, an
    ordinal in digits, or a numeric rank ("no. 1"). Single words only, so a trigger never
    spans two clauses; plain ``re`` patterns over the lower-cased text make the scan cheap."""
    lex = _lexicon()
    words = [*lex["top_words"], *lex["lead_verbs"], *lex["superlatives"], *lex["most_words"], *lex["record_words"],
             *lex["main_words"]]
    words += [max(phrase.split(), key=len) for phrase in lex["followers"]]  # "followed", not "was"
    words += lex["move_units"]  # "moves up 2 places to 14": a move by a count holds no ordinal
    span_high = rf"(?:{trie_pattern(lex['span_units'])})[\s-](?:high|low|peak|trough)"
    # An ordinal before a period or a count ("the first quarter", "the first 5 months") is
    # no rank's ordinal: every rank pattern refuses those words after it.
    not_rank = rf"(?![\s-]+(?:{trie_pattern({w.lower() for w in lex['not_rank_after_ordinal']})})\b|\s+\d)"
    ordinal = rf"(?:{trie_pattern({w.lower() for w in lex['ordinals']})})\b{not_rank}"
    numeric = r"no\.?\s*\d|#\s*\d|number\s+(?:one|two|three)"  # _NUMERIC_ORDINAL's other forms
    return (_AtWordStart(rf"{trie_pattern({w.lower() for w in words})}|{span_high}|{ordinal}"),
            _Pattern(rf"\d\d{{0,2}}(?:st|nd|rd|th)\b{not_rank}"),  # "\d{1,3}" with a first character to skip to
            _Pattern(numeric))


@lru_cache(maxsize=1)
def _trigger_re() -> re.Pattern[str]:
    """The alternatives as one pattern (case-insensitive, for a text whose lower case is longer)."""
    return re.compile("|".join(p.pattern for p in _trigger_alternatives()), re.IGNORECASE)


def _alternation_starts(patterns: Sequence[_Pattern], text: str) -> list[int]:
    """Where ``finditer`` of the alternation ``p1|p2|...`` finds its matches, with each pattern
    searched alone (each can skip to the characters it may start with; the alternation can
    not). At each step the leftmost match of any pattern wins (the earlier pattern on a tie,
    as in the alternation) and the scan goes on from its end. No pattern matches the empty
    string, and none looks before the position it is searched from but through lookbehinds."""
    starts: list[int] = []
    pos = 0
    found = [p.search(text, 0) for p in patterns]
    while True:
        best: Span | None = None
        for i, span in enumerate(found):
            if span is not None and span[0] < pos:  # inside the match taken: search on from its end
                span = found[i] = patterns[i].search(text, pos)
            if span is not None and (best is None or span[0] < best[0]):
                best = span
        if best is None:
            return starts
        starts.append(best[0])
        pos = best[1]


@lru_cache(maxsize=2)
def _trigger_starts(text: str) -> list[int]:
    lower = text.lower()
    if len(lower) != len(text):  # a few letters lower-case to two ("İ"): offsets would move
        return [m.start() for m in _trigger_re().finditer(text)]
    return _alternation_starts(_trigger_alternatives(), lower)


def _may_hold_rank(text: str, start: int, end: int) -> bool:
    starts = _trigger_starts(text)
    i = bisect_left(starts, start)
    return i < len(starts) and starts[i] < end
