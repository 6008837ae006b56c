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
    return text.translate(_TABLE)
