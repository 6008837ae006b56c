"""The number grammar: what a written number looks like and what it is worth.

``NUMBER_PATTERN`` is regex source for one number (digits, mixed fractions, number words,
fraction words); :func:`parse_number` turns any surface it matches into a value. Scale
words and units are the quantity matcher's business (:mod:`extractor.quantities`).
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from .quantity_lexicon import alternation, non_quantities, number_words

Number = int | float


def _words(mapping: dict[str, int]) -> str:
    return alternation(list(mapping))


def _build_word_number_pattern() -> str:
    lex = number_words()
    units, teens, tens = _words(lex.units), _words(lex.teens), _words(lex.tens)
    fraction = _words(lex.fractions)
    # "two quarters" is mostly two calendar quarters: written apart, it is a fraction
    # only before "of" ("three quarters of output"); "three-quarters" always is one.
    spaced_fraction = _words({w: d for w, d in lex.fractions.items() if d != 4})
    quarter = _words({w: d for w, d in lex.fractions.items() if d == 4})
    multiplier = _words(lex.multipliers)
    multiple = _words(lex.multiples)
    multiple_follower = alternation(lex.multiple_followers)
    basic = rf"(?:{tens}(?:[- ]{units})?|{teens}|{units})"
    hundreds = rf"(?:(?:{basic}|a)\s+hundred(?:\s+(?:and\s+)?{basic})?)"
    cardinal = rf"(?:{hundreds}|{basic})"
    # "a third" / "a quarter" are numbers only before "of" ("a third of the firms"):
    # "in a quarter" is a period, not 0.25.
    return "|".join([
        rf"{cardinal}\s+and\s+a\s+half",
        rf"{cardinal}-{fraction}",
        rf"{cardinal}\s+{spaced_fraction}",
        rf"{cardinal}\s+{quarter}(?=\s+of\b)",
        rf"a\s+{fraction}(?=\s+of\b)",
        # "a quarter point", "a half-point", "a half percentage point": a fraction of a
        # (percentage) point, also after an adjective ("a full half-point cut"); "a quarter"
        # alone is a period ("in a quarter").
        rf"(?:a\s+)?{fraction}(?=[\s-](?:percentage[\s-])?points?\b)",
        # "a percentage point": the article is the number one.
        r"an?(?=\s+(?:percentage|percent|per\s+cent|pct)[\s-]points?\b)",
        # "the first half of 2021" is a calendar period; "half-year" is a period word.
        rf"(?<!first\s)(?<!second\s)(?<!latter\s)(?<!former\s)half(?=\s+of\b)",
        rf"(?:a\s+)?{multiplier}(?:\s+of)?",
        # "a million", "more than a decade": the article is the number one.
        rf"an?(?=\s+{alternation(lex.article_one_before)}\b)",
        r"half\s+an?(?=\s)",
        # "twice the number" is 2 (times); "cut twice" says how often, and is no quantity.
        rf"{multiple}(?=\s+{multiple_follower}\b)",
        cardinal,
    ])


# Digits: thousands separators, decimals, and the wire's mixed fractions "3-1/2", "1/2".
# A comma before one or two final digits is a decimal comma ("1,1%", "R2,5 billion" in
# South African and European English): a thousands group always has three digits. The
# whole part has at most three digits: "In 2021,35 firms" is a year and a lost space.
# Indian grouping ("21,46,735 crore": lakhs and crores in pairs of digits) is tried next;
# it needs a final group of three, so "1,234,567" falls through to the western grouping.
# A number followed by a comma and a digit it could not take ("1,1000") is none at all.
# SI style groups thousands with a (thin, no-break) space: "167 000", "1 234 567" (Eurostat,
# Statistics Canada); a group has exactly three digits and the first one to three.
# Not after a month name: "On May 12 100 firms closed" is a day and a count.
_MONTH_BEFORE = "".join(rf"(?<!{re.escape(m + dot)} )" for m in non_quantities().months for dot in ("", "."))
# The lookahead is implied by what follows it; it only spares the month look-behinds at
# every plain number ("2.5", "2024").
_SPACED = (r"(?=\d{1,3}[ \u00a0\u2009\u202f]\d{3})" + _MONTH_BEFORE
           + r"\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d/])")
_DIGITS = (r"(?:\d{1,3},\d{1,2}(?![\d,])"
           rf"|(?:\d{{1,3}}(?:,\d{{2}})+,\d{{3}}|\d{{1,3}}(?:,\d{{3}})+|{_SPACED}|\d+)(?:\.\d+)?)(?!,\d)")
_DIGIT_NUMBER = rf"(?:\d+[- ]\d+/\d+|\d+/\d+(?![/\d])|{_DIGITS})"
# A number does not start inside a word or another number ("G20", "COVID-19", "1.5" tail).
_DIGIT_START = r"(?<![\w.])(?<![A-Za-z]-)(?<!\d,)"

NUMBER_PATTERN = (
    rf"(?:{_DIGIT_START}{_DIGIT_NUMBER}(?![\d])"
    rf"|\b(?:{_build_word_number_pattern()})\b)"
)
"""Regex source (use with re.IGNORECASE) for one number, digits or words."""

GLUED_DIGIT_PATTERN = rf"(?:{_DIGIT_NUMBER}(?![\d]))"
"""Regex source for digits glued to a word before them by a lost space ("up12.4")."""

_DIGITS_RE = re.compile(_DIGITS)
_MIXED_FRACTION = re.compile(r"^(\d+)[- ](\d+)/(\d+)$")
_SIMPLE_FRACTION = re.compile(r"^(\d+)/(\d+)$")
_DIGITS_ONLY = re.compile(r"^[\d,\u00a0\u2009\u202f ]+(?:\.\d+)?$")
_DECIMAL_COMMA = re.compile(r"^(\d{1,3}),(\d{1,2})$")
_WORD_SPLIT = re.compile(r"[\s-]+")
_GROUP_MARKS = re.compile(r"[,\u00a0\u2009\u202f ]")


def scale_exact(value: Exact, factor: int | Decimal) -> Exact:
    """``value * factor`` without mixing Decimal and Fraction (which Python refuses)."""
    if isinstance(value, Fraction):
        return value * Fraction(factor)
    return value * factor


def to_plain_number(value: Exact) -> Number:
    """An int when the value is whole (JSON ``7080000000``), else a float."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if value.denominator == 1:
        return int(value.numerator)
    return value.numerator / value.denominator


Exact = Decimal | Fraction
"""An exact value: Decimal for written decimals (fast), Fraction for "1/3" and words."""


def parse_number_exact(surface: str) -> Exact:
    """Exact value of a number surface matched by ``NUMBER_PATTERN``."""
    text = surface.strip()
    integer, dot, decimals = text.partition(".")
    if integer.isascii() and integer.isdigit() and (not dot or (decimals.isascii() and decimals.isdigit())):
        return Decimal(text)  # "2024", "12.5": what _DIGITS_ONLY below reads, without three regexes
    decimal = _DECIMAL_COMMA.match(text)
    if decimal:
        return Decimal(f"{decimal.group(1)}.{decimal.group(2)}")  # "1,1" is 1.1, not 11
    if _DIGITS_ONLY.match(text):
        return Decimal(_GROUP_MARKS.sub("", text))
    mixed = _MIXED_FRACTION.match(text)
    if mixed:
        whole, num, den = (int(g) for g in mixed.groups())
        return whole + Fraction(num, den)
    simple = _SIMPLE_FRACTION.match(text)
    if simple:
        return Fraction(int(simple.group(1)), int(simple.group(2)))
    return _parse_words(text.lower())


def read_digits(numeral: str) -> Number | None:
    """Value of a digit numeral by the grammar above ("1,100" -> 1100, "1,1" -> 1.1), or
    None when its commas are neither thousands groups nor a decimal comma ("1,1000")."""
    return parse_number(numeral) if _DIGITS_RE.fullmatch(numeral) else None


def parse_number(surface: str) -> Number:
    """Value of a number surface: "1,071.74" -> 1071.74, "3-1/2" -> 3.5, "Nineteen" -> 19."""
    return to_plain_number(parse_number_exact(surface))


def _parse_words(text: str) -> Fraction:
    lex = number_words()
    if text in lex.multiples:
        return Fraction(lex.multiples[text])
    if text.endswith("and a half"):
        return _parse_cardinal(text[: -len("and a half")].split()) + Fraction(1, 2)
    tokens = [t for t in _WORD_SPLIT.split(text) if t and t != "of"]
    if tokens in (["a"], ["an"]):
        return Fraction(1)  # "a million", "a decade"
    if len(tokens) > 1 and tokens[-1] in ("a", "an"):
        tokens = tokens[:-1]  # "half a percentage point"
    if tokens and tokens[-1] in lex.fractions:
        numerator = _parse_cardinal(tokens[:-1]) if tokens[:-1] not in ([], ["a"]) else 1
        return Fraction(numerator, lex.fractions[tokens[-1]])
    return Fraction(_parse_cardinal(tokens))


def _parse_cardinal(tokens: list[str]) -> int:
    """ "twenty three" -> 23, "a hundred and five" -> 105, "a dozen" -> 12."""
    lex = number_words()
    total = 0
    for token in tokens:
        if token in ("and", "a"):
            continue
        if token == "hundred":
            total = (total or 1) * 100
        elif token in lex.multipliers:
            total = (total or 1) * lex.multipliers[token]
        else:
            for table in (lex.units, lex.teens, lex.tens):
                if token in table:
                    total += table[token]
                    break
            else:
                raise ValueError(f"not a number word: {token!r}")
    return total
