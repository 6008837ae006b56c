"""Offset-preserving normalisation of text before matching.

``normalize_for_matching`` returns a string of exactly the same length as its input, one
code point for one, so that offsets found on the normalised text point at the same
characters of the original (the pipeline takes every surface from the original text).

What is folded is only what breaks matching in bulletins copied from web pages, word
processors and Chinese sites: exotic spaces, full-width ASCII forms (digits, letters,
``％``, ``，``, ``．``), curly quotes, hyphen-like dashes and the three letters that
case-insensitive matching reads as ASCII letters but lower-casing does not (``İ``, ``ı``,
``ſ``). Anything that would need more or fewer code points (ligatures, ``½``,
superscripts) is left alone on purpose: a one-to-many fold would shift every later offset.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicons import gazetteer
from .literals import LedPattern, trie_pattern
from .quantity_lexicon import non_quantities

_FULLWIDTH_FIRST, _FULLWIDTH_LAST = 0xFF01, 0xFF5E  # U+FF01..U+FF5E mirror ASCII 0x21..0x7E
_FULLWIDTH_OFFSET = 0xFF01 - 0x21

# Every Unicode space separator except the ASCII space, as listed in category Zs.
_SPACES = (
    "\u00a0"  # no-break space (&nbsp; in HTML)
    "\u1680"
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f"  # narrow no-break space (French-style thousands separator)
    "\u205f"
    "\u3000"  # ideographic (full-width) space
)
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u00b4"  # ‘ ’ ‚ ‛ ′ ´
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033"  # “ ” „ ‟ ″
# Hyphen-like dashes that sit inside numbers and ranges ("5–10 percent", "−2.1").
# The em dash is left alone: it separates clauses, and as "-" it would read as a sign.
_HYPHENS = "\u2010\u2011\u2012\u2013\u2212\ufe63"


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(_FULLWIDTH_FIRST, _FULLWIDTH_LAST + 1):
        table[code] = chr(code - _FULLWIDTH_OFFSET)
    table.update({ord(c): " " for c in _SPACES})
    table.update({ord(c): "'" for c in _SINGLE_QUOTES})
    table.update({ord(c): '"' for c in _DOUBLE_QUOTES})
    table.update({ord(c): "-" for c in _HYPHENS})
    # The only code point whose lower case is two: "İ" ("İstanbul", or a stray Turkish key)
    # would break every lookup of a word matched case-insensitively.
    table[0x130] = "I"
    # "ſ" (long s) and "ı" (dotless i) are their own lower case, yet case-insensitive patterns
    # read them as "s" and "i": a word matched that way ("auguſt") would miss every lookup.
    table[0x17F] = "s"
    table[0x131] = "i"
    table[0x3001] = ","  # ideographic comma
    table[0x3002] = "."  # ideographic full stop ends sentences on Chinese sites
    return table


_TABLE = _build_table()
# The whole point of the module: a broken table would silently corrupt every offset.
assert all(len(v) == 1 for v in _TABLE.values())


def normalize_for_matching(text: str) -> str:
    """Fold characters that break matching; the result has exactly ``len(text)`` code points."""
    return _blank_footnote_marks(text.translate(_TABLE))


# Footnote markers glued to names: "euro area2", "EU272" (EU27, note 2), "In July3". A digit
# there would hide the name from every reader (a name must end before a letter or digit), so
# it is read as a space; the original text still gives every surface.


@lru_cache(maxsize=1)
def _footnote_cues() -> tuple[str, ...]:
    """The word each host name ends with, or its group prefix: a text where none of them is
    followed by a digit needs no scan (most texts)."""
    names = gazetteer("footnoted_names")
    return tuple({n.split()[-1] for n in names} | set(gazetteer("gpe_numbered")))


@lru_cache(maxsize=1)
def _footnote_patterns() -> tuple[LedPattern, LedPattern]:
    # Led patterns: a body that opens with a literal lets re skip to where a name can start.
    names = trie_pattern(set(gazetteer("footnoted_names")))
    groups = trie_pattern(set(gazetteer("gpe_numbered")))
    host = LedPattern(r"(?<![\w.\-])", rf"(?:{names}|{groups}\d\d)(?P<mark>\d)(?![\w\-])")
    months = trie_pattern(set(non_quantities().months))
    month = LedPattern(r"(?<![\w.\-])", rf"(?:{months})(?P<mark>\d)(?![\w\-])")
    return host, month


def _digit_after(text: str, cue: str) -> bool:
    """Whether ``cue`` stands right before a digit somewhere ("area2", "EU272"): found with
    str.find, which skips through a text far faster than a pattern tried at each "e"."""
    at = text.find(cue)
    while at >= 0:
        after = at + len(cue)
        if after < len(text) and text[after].isdigit():
            return True
        at = text.find(cue, after)
    return False


def _blank_footnote_marks(text: str) -> str:
    """``text`` with footnote digits glued to aggregates (and then to months) made spaces."""
    if not any(_digit_after(text, cue) for cue in _footnote_cues()):
        return text
    host, month = _footnote_patterns()
    marks = [m.start("mark") for m in host.finditer(text)]
    if not marks:
        return text  # not in the footnoted style: "July3" may be a date with a lost space
    marks += [m.start("mark") for m in month.finditer(text)]
    chars = list(text)
    for pos in marks:
        chars[pos] = " "
    return "".join(chars)
