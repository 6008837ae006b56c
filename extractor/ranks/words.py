"""Small word-level readers the scope and aspect readers share: the position an ordinal
states, the tokens after a point, whether a word is capitalised as a name, and a word
without its possessive ending.
"""

from __future__ import annotations

import regex

from .lexicon import _lexicon, _patterns, _sets


def _position(word: str) -> int:
    """ "second" -> 2, "14th" / "No. 14" / "#14" -> 14, "top three" -> 3, "top" -> 1."""
    lex = _lexicon()
    word = word.lower()
    digits = regex.search(r"\d+", word)
    if digits:
        return int(digits.group())
    last = word.split()[-1].split("-")[-1]
    return lex["ordinals"].get(last) or lex["cardinals"].get(last) or 1


def _tokens(text: str, pos: int, end: int, limit: int = 12) -> list[tuple[int, int, str]]:
    out = []
    for m in _patterns().token.finditer(text, pos, end):
        out.append((m.start(), m.end(), m.group()))
        if len(out) >= limit:
            break
    return out


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in _sets()["not_scope_words"]


def _strip_possessive(word: str) -> tuple[str, bool]:
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)], True
    return word, False
