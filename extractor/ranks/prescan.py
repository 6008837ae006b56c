"""The trigger pre-scan: every rank pattern's match holds one of a few trigger words, so a
clause without one has no rank and find_ranks skips it without running its patterns. The
trigger positions of a text are found once, with a plain ``re`` trie over the lower-cased
text, and each clause asks only whether one falls inside it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..literals import trie_pattern
from .lexicon import _lexicon


@lru_cache(maxsize=1)
def _trigger_re() -> re.Pattern[str]:
    """Every rank pattern's match holds one of these (lower case), at a word start; a
    clause without one has no rank. Single words only, so a trigger never spans two
    clauses; a plain ``re`` trie over the lower-cased text makes the scan cheap."""
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
    return re.compile(rf"(?<![a-z0-9])(?:{trie_pattern({w.lower() for w in words})}|{span_high}|{ordinal})"
                      rf"|\d{{1,3}}(?:st|nd|rd|th)\b{not_rank}|{numeric}")


@lru_cache(maxsize=2)
def _trigger_starts(text: str) -> list[int]:
    lower = text.lower()
    if len(lower) != len(text):  # a few letters lower-case to two ("İ"): offsets would move
        return [m.start() for m in re.finditer(_trigger_re().pattern, text, re.IGNORECASE)]
    return [m.start() for m in _trigger_re().finditer(lower)]


def _may_hold_rank(text: str, start: int, end: int) -> bool:
    starts = _trigger_starts(text)
    i = bisect_left(starts, start)
    return i < len(starts) and starts[i] < end
