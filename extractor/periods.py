"""Find period expressions ("in 2021", "the fourth quarter of 1986", "between March 2012 and
March 2013", "that year") and resolve them to ISO 8601 strings.

A :class:`Period` is a closed range of months; relative expressions ("that year", "a year
earlier", "the previous quarter") are resolved against the period in force, which the
caller carries through the document.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

import regex

from .cues import cues
from .lexicons import data_json
from .literals import trie_pattern
from .meta import BYLINE, HEAD_LINES, SHORT_LINE
from .quantity_lexicon import directions


@dataclass(frozen=True, slots=True)
class Period:
    """An inclusive range of months, or a whole year/years when ``by_year``."""

    y1: int
    m1: int
    y2: int
    m2: int
    by_year: bool = False
    year_end: bool = field(default=False, compare=False)
    """The last month of a year as a point ("by the end of 2024"): its changes are, like the
    year's, against a year earlier. Not compared: it is the month all the same."""
    split: bool = field(default=False, compare=False)
    """A split (fiscal) year whose months the text does not give ("target for 1987/88"): one
    year's span written with both years, so no change in it is implied to be year on year."""

    def __post_init__(self) -> None:
        """Months 1-12 and start <= end; anything else ("the first 13 months", "between 2023
        and 2021") is no period."""
        if not (1 <= self.m1 <= 12 and 1 <= self.m2 <= 12) or (self.y1, self.m1) > (self.y2, self.m2):
            raise ValueError(f"invalid period {self.y1}-{self.m1}/{self.y2}-{self.m2}")

    @classmethod
    def year(cls, y: int) -> "Period":
        return cls(y, 1, y, 12, by_year=True)

    @classmethod
    def month(cls, y: int, m: int) -> "Period":
        return cls(y, m, y, m)

    @classmethod
    def quarter(cls, y: int, q: int) -> "Period":
        return cls(y, 3 * q - 2, y, 3 * q)

    def iso(self) -> str:
        if self.by_year:
            return str(self.y1) if self.y1 == self.y2 else f"{self.y1}/{self.y2}"
        if (self.y1, self.m1) == (self.y2, self.m2):
            return f"{self.y1}-{self.m1:02d}"
        return f"{self.y1}-{self.m1:02d}/{self.y2}-{self.m2:02d}"

    @property
    def months(self) -> int:
        return (self.y2 - self.y1) * 12 + self.m2 - self.m1 + 1

    def shifted_back(self, months: int) -> "Period":
        def back(y: int, m: int) -> tuple[int, int]:
            total = y * 12 + (m - 1) - months
            return total // 12, total % 12 + 1

        (a, b), (c, d) = back(self.y1, self.m1), back(self.y2, self.m2)
        return Period(a, b, c, d, self.by_year)

    def is_quarter(self) -> bool:
        return not self.by_year and self.months == 3 and self.m1 % 3 == 1

    def is_single_month(self) -> bool:
        return not self.by_year and self.months == 1


@dataclass(frozen=True, slots=True)
class PeriodMention:
    start: int
    end: int
    kind: str
    """explicit, same (the period in force), same_year (that year), same_in_year (the same
    months of 1986), prev_year, prev_quarter, prev_month, this_year, last_year, none."""
    period: Period | None = None
    partial: bool = False
    """True when the year was missing ("in February") and must come from context."""
    month_only: tuple[int, int] | None = None
    """(first month, last month) for month expressions without a year."""
    local: bool = False
    """Kept to its clause ("In September alone"): not the period in force afterwards."""
    point: bool = False
    """A point in time for a stock ("by the end of June"), not a reporting period."""
    offset: tuple[str, int] | None = None
    """For ``relative`` ("last month", "next year"): (unit, steps) from the publication date."""
    reference: bool = False
    """The date of a past level a figure is set against ("the record reached in October
    2014"): that level's own period, never the period in force nor the document's year."""
    at_end: bool = False
    """ "by the end of 2024": the period's last month, a point in time."""
    versus: Period | None = None
    """The other end of a change the mention spans ("between quarter 1 2015 and quarter 1
    2014"): the period the figure, of ``period``, is compared with."""
    rolling: bool = False
    """ "in the 12 months to March 2022": an annual rate dated by its last month (``period``);
    a level summed over the twelve months takes the whole window (``rolling_window``)."""


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    return data_json("periods.json")


def _alt(words: Iterable[str]) -> str:
    """Longest first; a space in an entry matches any run of spaces (folded into a trie:
    a flat alternation is tried branch by branch at every position)."""
    return trie_pattern(words, space=r"\s+")


# Lexicon patterns that are their list's entries in a frame: in a text, the entries it holds
# in the frame make the same pattern (an entry it does not hold matches nowhere in it, and
# the trie keeps the others' order), one that fails sooner at each word (``_framed``).
_LEXICON_FRAMES = {kind: r"\b(?:{})\b" for kind in ("year_end", "prev_quarter", "prev_month", "same_year", "same", "none", "year_to_date")}
_LEXICON_FRAMES["relative"] = r"\b(?:{})\b(?!,?\s+of\b)"


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, regex.Pattern]]:
    lex = _lexicon()
    month = rf"(?P<{{n}}>{_alt(lex['months'])})(?:\.|\b)"
    year = r"(?P<{n}>(?:19|20)\d\d)(?![\d,.]\d|-\d)"
    ordinal = rf"(?P<ord>{_alt(lex['ordinals'])})"
    count = rf"(?P<cnt>{_alt(lex['counts'])}|\d{{1,2}})"
    m1, m2 = month.format(n="mo1"), month.format(n="mo2")
    y1, y2 = year.format(n="y1"), year.format(n="y2")
    rel_year = r"(?P<this>this|last|next)\s+year"
    # "the first nine months of 1986/87": a split (fiscal) year too
    of_year = rf"(?:\s+(?:of\s+)?(?:{y1}(?:/(?P<ys>\d\d)(?![\d/]))?|{rel_year}))?"
    day = r"\d{1,2}(?:st|nd|rd|th)?(?!\d)"
    # "(Jan to Mar)": the months an ONS quarter spells out in brackets after its number
    spelled = rf"\s*\(\s*(?:{_alt(lex['months'])})\.?\s*(?:to|-|–)\s*(?:{_alt(lex['months'])})\.?\s*\)"
    span = rf"{m1}\s+{y1}\s+(?:to|until|-|–)\s+{m2}\s+{y2}\b"
    # "beginning April 1", "ending in March": the bound a text states for its fiscal year
    fiscal_bound = rf"(?:{_alt(lex['fiscal_start_words'] + lex['fiscal_end_words'])})\s+(?:on\s+|in\s+)?{m2}(?:\s+{day})?"
    specs = [
        # The leading \b lets the engine skip to word starts (the optional group hid it).
        ("prev_year", rf"\b(?:(?:the\s+)?(?:same|corresponding)\s+(?:{_alt(lex['same_nouns_prev'])})\s+(?:(?:of|in)\s+)?)?"
                      rf"(?:{_alt(lex['previous_year'])})\b"),
        ("same_in_year", rf"\b(?:the\s+)?same\s+(?:{_alt(lex['same_in_year_nouns'])})\s+(?:of|in)\s+{y1}"),
        # "the same 1986 period": the months in force, that year ("the same 1985 quarter": year_quarter)
        ("same_year_noun", rf"\b(?:the\s+)?same\s+{y1}(?:/(?P<ys>\d\d))?\s+(?:period|periods|months|month|time)\b"),
        # "by the year end", "at the end of the year": December of the year in force
        ("year_end", _LEXICON_FRAMES["year_end"].format(_alt(lex['year_end']))),
        # "in the month between August 2024 and September 2024": a change over one month (or
        # year, quarter) that ends at the second date, not a two-month span
        ("month_interval", rf"(?:(?<=\b(?P<over>month|quarter|year)\s{{1,3}}))?"
                           rf"\b(?:(?P<between>between)|from)\s+{m1}\s+{y1}\s+(?:and|to|until)\s+{m2}\s+{y2}\b"),
        ("year_interval", rf"\b(?:between|from)\s+{y1}\s+(?:and|to|until)\s+{y2}\b"),
        # "Between quarter 1 (Jan to Mar) 2015 and quarter 1 (Jan to Mar) 2014": a change between
        # two quarters is the later one's, against the earlier (``PeriodMention.versus``)
        ("quarter_interval", rf"\b(?:between|from)\s+(?:Q|quarter\s+)(?P<qa>[1-4])(?:{spelled})?\s+{y1}\s+(?:and|to)\s+"
                             rf"(?:Q|quarter\s+)(?P<qb>[1-4])(?:{spelled})?\s+{y2}\b"),
        # "the current financial year-to-date (April 2015 to October 2015)": the months in brackets
        ("fiscal_span", rf"\b(?:the\s+)?(?:(?:current|latest)\s+)?(?:{_alt(lex['fiscal_nouns'])})(?:[\s-]+to[\s-]+date)?"
                        rf"\s*\(\s*{span}\s*\)"),
        # "fiscal 2017, which ended in March": twelve months to that month (see _fiscal_year)
        ("fiscal_year", rf"\b(?:fiscal\s+(?:year\s+)?|FY\s?){y1}\b,?\s+(?:which|that)\s+(?:ended|ends|closed)\s+"
                        rf"(?:in\s+)?{m1}"),
        ("first_months", rf"\b(?:the\s+)?first\s+{count}\s+months{of_year}"),
        ("first_quarters", rf"\b(?:the\s+)?first\s+{count}\s+quarters{of_year}"),
        ("half", rf"\b(?:the\s+)?(?P<half>first|second)[\s-]+half{of_year}"),
        ("h_half", rf"\bH(?P<hn>[12])\s+{y1}\b"),
        ("quarter_of", rf"\b(?:the\s+)?{ordinal}\s+quarter,?\s+(?:of\s+)?(?:{y1}|{rel_year})"),
        ("year_q", rf"(?<![\w-]){y1}\s*:?\s*Q(?P<qn>[1-4])\b"),
        # "April/January 1986/87": months of a split year, in its order (``_split_months``)
        ("split_months", rf"\b{m1}\s*(?:/|-|–|to)\s*{m2},?\s+(?P<y1>(?:19|20)\d\d)/(?P<ys>\d\d)\b(?!/)"),
        # "1987/88", "fiscal 1987/88": a split (fiscal) year, see ``_fiscal_mention``
        ("split_year", rf"(?:\b(?:fiscal|financial)\s+(?:year\s+)?)?(?<![\w/-])(?P<y1>(?:19|20)\d\d)/(?P<ys>\d\d)\b(?!/)"
                       rf"(?:\s+(?:fiscal|financial)\s+year(?:\s+{fiscal_bound})?|,?\s+(?!to\b){fiscal_bound})?"),
        # "fiscal 1987", "by mid-fiscal 1987": a fiscal year named by one year
        ("fiscal_plain", rf"\b(?P<mid>mid-)?fiscal\s+(?:year\s+)?{y1}\b(?!/)"),
        ("year_range", r"(?<![\w-])(?P<y1>(?:19|20)\d\d)\s*[-–]\s*(?P<y2>(?:19|20)\d\d)\b(?![-–]\d)"),
        ("week_ending", rf"\b(?:the\s+)?week\s+(?:ending|ended|to|through|of)\s+(?:{m1}\s+{day}|{day}\s+(?:of\s+)?{m1}),?(?:\s+{y1})?"),
        ("relative", _LEXICON_FRAMES["relative"].format(_alt(lex['relative']))),
        # "the September 2024 quarter", "the June quarter": the quarter that ends that month
        ("month_quarter", rf"(?<![-–/]\s{{0,2}}|\bto\s+|\band\s+)\b(?:the\s+)?{m1}\s+(?:{y1}\s+)?quarter(?![\w-])"),
        ("year_quarter", rf"\b(?:the\s+)?(?:(?:same|{ordinal})\s+)?{y1}\s+quarter\b"),
        # "quarter 1 (Jan to Mar)" with no year after it is a quarter too (of the year in force)
        ("q_quarter", rf"\b(?:Q|Quarter\s+)(?P<qn>[1-4])(?![\d.,]*\s*(?:%|pct\b|percent|per\s+cent))"
                      rf"(?:(?:\s*\([^)]{{0,30}}\))?\s+{y1}\b|{spelled}|\b)"),
        ("months_to", rf"\b(?:the\s+)?(?:{count}\s+months|(?P<yr>year|twelve\s+months))\s+(?:to|ending|ended|through)\s+"
                      rf"(?:the\s+end\s+of\s+)?{m1}(?:\s+{day})?(?:,?\s+{y1})?"),
        ("quarter", rf"\b(?:the\s+)?{ordinal}\s+quarter\b"),
        ("quarter_word", rf"\bquarter\s+(?P<qw>{_alt(lex['quarter_words'])})\b(?:\s+(?:of\s+)?{y1})?"),
        # "... in the fourth quarter from 1.94 billion in the third,": "in the third" after a
        # quarter named earlier in the sentence elides its noun ("half" likewise: half_ellipsis)
        ("quarter_ellipsis", rf"(?<=\b(?:from|over|than|on)\s+|\bquarter\b(?:[^.;\n]|\.(?=\d)){{1,160}}\bin\s+)the\s+{ordinal}"
                             rf"(?=\s*(?:[,.;)]|$))"),
        ("half_ellipsis", rf"(?<=\bhalf\b(?:[^.;\n]|\.(?=\d)){{1,160}}\b(?:from|over|than|on|in)\s+)the\s+(?P<half>first|second)"
                          rf"(?=\s*(?:[,.;)]|$))"),
        # "January to July this year": the months of the year named relative to publication
        ("month_pair", rf"\b(?:(?:from|between)\s+)?{m1}\s*(?:/|and|-|to)\s*{m2}(?:,?\s+{y1}|\s+{rel_year})?\b"),
        ("month_span", rf"\b{span}"),  # "April 2015 to October 2015" with no "from" before it
        ("month_year", rf"\b{m1}\s*,?\s+{y1}"),
        ("month", rf"\b{m1}(?!\.?\s*\d)"),
        # "In July3 retail trade ...": a footnote digit glued to a month name (flattened PDF text)
        ("month_note", rf"\b(?P<mo1>{_alt(lex['months'])})(?=\d(?!\w|[.,]\d))"),
        # "at end-1986": the year's last month (``end_before``)
        ("year", rf"(?:(?<![\w-])|(?<=\bend-)){y1}\b"),
        ("prev_quarter", _LEXICON_FRAMES["prev_quarter"].format(_alt(lex['previous_quarter']))),
        ("prev_month", _LEXICON_FRAMES["prev_month"].format(_alt(lex['previous_month']))),
        ("same_year", _LEXICON_FRAMES["same_year"].format(_alt(lex['same_year']))),
        ("same", _LEXICON_FRAMES["same"].format(_alt(lex['same_period']))),
        # "so far this year", "this year to date": from January to the month in force
        ("year_to_date", _LEXICON_FRAMES["year_to_date"].format(_alt(lex['year_to_date']))),
        ("this_year", r"\bthis\s+year\b"),
        ("last_year", r"\blast\s+year\b"),
        ("none", _LEXICON_FRAMES["none"].format(_alt(lex['no_period']))),
    ]
    return [(kind, regex.compile(p, regex.IGNORECASE)) for kind, p in specs]


# A word every match of a pattern holds (lower case): a text without any of them skips
# the pattern. Patterns made of a lexicon list take the longest word of each entry.
_PATTERN_CUES: dict[str, tuple[str, ...]] = {
    "same_in_year": ("same",), "month_interval": ("between", "from"), "year_interval": ("between", "from"),
    "fiscal_year": ("fiscal", "fy"), "quarter_interval": ("between", "from"),
    "first_months": ("months",), "first_quarters": ("quarters",), "half": ("half",), "half_ellipsis": ("half",), "h_half": ("h1", "h2"),
    "quarter_of": ("quarter",), "year_q": ("q",), "week_ending": ("week",), "year_quarter": ("quarter",),
    "q_quarter": ("q",), "months_to": ("months", "year"), "quarter": ("quarter",), "quarter_word": ("quarter",),
    "this_year": ("this",), "last_year": ("last",), "month_quarter": ("quarter",),
    "same_year_noun": ("same",), "split_year": ("/",), "fiscal_plain": ("fiscal",),
    "split_months": ("/",),
}
# Cues that need more than one word ("months" or "year", "to" and a month name):
# a text holding none of a pattern's cue patterns skips it. Each starts with a literal, so
# the engine jumps from one occurrence of it to the next instead of trying every position
# (a lookbehind then checks what comes before). Every match of the pattern holds a match of
# one of them, searched in the same span. {months} and {ordinal} are the lexicon's.
_PATTERN_CUE_RES: dict[str, tuple[str, ...]] = {
    "months_to": (r"months\s+(?:to|ending|ended|through)\s+(?:the\s+end\s+of\s+)?(?:{months})",
                  r"year\s+(?:to|ending|ended|through)\s+(?:the\s+end\s+of\s+)?(?:{months})"),
    "month_quarter": (r"quarter(?<=(?:{months})\.?\s+(?:(?:19|20)\d\d\s+)?quarter)",),
    "year_quarter": (r"quarter(?<=(?:19|20)\d\d\s+quarter)",),
    "quarter": (r"quarter(?<=(?:{ordinal})\s+quarter)",),
    "quarter_of": (r"quarter(?<=(?:{ordinal})\s+quarter)",),
    "year_interval": (r"between\s+(?:19|20)\d\d\s+(?:and|to|until)\s+(?:19|20)\d\d",
                      r"from\s+(?:19|20)\d\d\s+(?:and|to|until)\s+(?:19|20)\d\d"),
    "quarter_interval": (r"between\s+(?:Q|quarter\s+)[1-4]", r"from\s+(?:Q|quarter\s+)[1-4]"),
    "quarter_ellipsis": (r"the\s+(?:{ordinal})(?=\s*(?:[,.;)]|$))",),
    "half_ellipsis": (r"the\s+(?:first|second)(?=\s*(?:[,.;)]|$))",),
    "year_q": (r"q(?<=(?:19|20)\d\d\s*:?\s*q)[1-4]",),
    "year_range": (r"-(?<=(?:19|20)\d\d\s*-)\s*(?:19|20)\d\d", r"–(?<=(?:19|20)\d\d\s*–)\s*(?:19|20)\d\d"),
}
# Patterns whose every match starts at a month name, or (``_FROM_MONTH``) at "from" /
# "between" right before one: tried only there, found by one scan for month names,
# instead of at every position of the text.
_AT_MONTH = frozenset({"month", "month_note", "month_year", "month_span", "split_months"})
_FROM_MONTH = {"month_pair": True, "month_interval": False}  # kind: may it start at the month too
_FROM_BEFORE = regex.compile(r"\b(?:from|between)\s+", regex.IGNORECASE | regex.REVERSE)
# Patterns whose every match starts at an anchor, a literal the engine jumps to, or at one of
# the words right before it, each followed by whitespace or hyphens only ("(the) (fourth)
# quarter", "(the) first", "(the) (first)-half"): tried only there. (anchor, how many words
# may come before it)
_ANCHORED: dict[str, tuple[str, int]] = {
    "quarter_of": (r"quarter(?<=(?:{ordinal})\s+quarter)", 2), "quarter": (r"quarter(?<=(?:{ordinal})\s+quarter)", 2),
    "first_months": (r"first", 1), "first_quarters": (r"first", 1), "half": (r"half(?<=(?:first|second)[\s-]+half)", 2),
}
_WORD_BEFORE = regex.compile(r"\w+[\s-]+", regex.REVERSE)
"""A word and the whitespace or hyphens after it, right before a place: a match of a pattern
of ``_ANCHORED`` opens a word (``\b``), and ordinals and "the" are single words."""
_LEXICON_PATTERNS = {"fiscal_span": "fiscal_nouns", "prev_year": "previous_year", "relative": "relative", "prev_quarter": "previous_quarter",
                     "prev_month": "previous_month", "same_year": "same_year", "same": "same_period",
                     "none": "no_period", "year_end": "year_end", "year_to_date": "year_to_date"}


Anchor = tuple[regex.Pattern, int]


@lru_cache(maxsize=1)
def _cued_patterns() -> list[tuple[str, regex.Pattern, tuple[str, ...], tuple[regex.Pattern, ...], Anchor | None]]:
    """Each pattern with its cue words (() when it has none: it always runs), its cue
    patterns (() when it has none) and its anchor (``_ANCHORED``). A lexicon pattern's cues
    are its entries, whole: every match holds one (checked in the text with its spaces
    folded, see ``folded_text``)."""
    lex = _lexicon()
    parts = {"months": _alt(lex["months"]), "ordinal": _alt(lex["ordinals"])}

    def compiled(r: str) -> regex.Pattern:
        return regex.compile(r.replace("{months}", parts["months"]).replace("{ordinal}", parts["ordinal"]), regex.IGNORECASE)

    out = []
    for kind, pattern in _patterns():
        cue = _PATTERN_CUES.get(kind, ())
        if kind in _LEXICON_PATTERNS:
            cue = _shortest({" ".join(entry.lower().split()) for entry in lex[_LEXICON_PATTERNS[kind]]})
        cue_res = tuple(compiled(r) for r in _PATTERN_CUE_RES.get(kind, ()))
        anchor = (compiled(_ANCHORED[kind][0]), _ANCHORED[kind][1]) if kind in _ANCHORED else None
        out.append((kind, pattern, cue, cue_res, anchor))
    return out


@lru_cache(maxsize=1)
def _framed_entries() -> dict[str, tuple[tuple[str, str], ...]]:
    """Each entry of a framed lexicon pattern's list, and the entry as ``folded_text`` writes it."""
    lex = _lexicon()
    return {kind: tuple((entry, " ".join(entry.lower().split())) for entry in lex[_LEXICON_PATTERNS[kind]])
            for kind in _LEXICON_FRAMES}


@lru_cache(maxsize=256)
def _framed(kind: str, entries: tuple[str, ...]) -> regex.Pattern:
    return regex.compile(_LEXICON_FRAMES[kind].format(_alt(entries)), regex.IGNORECASE)


def _text_pattern(kind: str, pattern: regex.Pattern, folded: str) -> regex.Pattern:
    """``pattern``, or for a framed lexicon pattern the same pattern made of the entries the
    text (``folded``) holds."""
    if kind not in _LEXICON_FRAMES or kind not in _LEXICON_PATTERNS:
        return pattern
    return _framed(kind, tuple(entry for entry, written in _framed_entries()[kind] if written in folded))


def _shortest(phrases: set[str]) -> tuple[str, ...]:
    """The phrases that hold no other one: a text holding a longer one holds the shorter too."""
    return tuple(sorted(p for p in phrases if not any(q != p and q in p for q in phrases)))


def folded_text(text: str) -> str:
    r"""``text`` in lower case with each run of whitespace one space: an ASCII phrase ("a year
    earlier", matched ignoring case with ``\s+`` between its words) is in it whenever it is
    in the text. ``str.split`` splits at every ``\s`` of the regex module (and a few more);
    "İ", "ı" and "ſ", which match "i" and "s" ignoring case, do not lower-case to them."""
    return " ".join(text.replace("İ", "i").replace("ı", "i").replace("ſ", "s").lower().split())


@lru_cache(maxsize=2)
def folded_document(text: str) -> str:
    """``folded_text`` of a whole document: read once for all the cue phrases looked for in it."""
    return folded_text(text)


@lru_cache(maxsize=1)
def _month_start() -> regex.Pattern:
    return regex.compile(rf"\b(?:{_alt(_lexicon()['months'])})", regex.IGNORECASE)


def _matches(kind: str, pattern: regex.Pattern, text: str, start: int, end: int,
             months: list[int], anchor: Anchor | None = None) -> Iterator[regex.Match]:
    """``pattern.finditer(text, start, end)``; for a month-led or an anchored pattern the
    same matches, by trying only the places where one can start."""
    if kind not in _AT_MONTH and kind not in _FROM_MONTH and anchor is None:
        yield from pattern.finditer(text, start, end)
        return
    resume = start
    for at in _starts(kind, text, start, months) if anchor is None else _anchored_starts(anchor, text, start, end):
        if at >= resume:
            m = pattern.match(text, at, end)
            if m:
                yield m
                resume = max(m.end(), at + 1)


def _anchored_starts(anchor: Anchor, text: str, start: int, end: int) -> list[int]:
    """Each anchor in ``text[start:end]`` and the starts of the words right before it."""
    found, words = anchor
    out = set()
    for m in found.finditer(text, start, end):
        at = m.start()
        out.add(at)
        for _ in range(words):
            before = _WORD_BEFORE.match(text, start, at)
            if before is None:
                break
            at = before.start()
            out.add(at)
    return sorted(out)


def _starts(kind: str, text: str, start: int, months: list[int]) -> list[int]:
    if kind in _AT_MONTH:
        return months
    out: list[int] = []
    for at in months:
        before = _FROM_BEFORE.match(text, start, at)
        if before:
            out.append(before.start())
        if _FROM_MONTH[kind]:
            out.append(at)
    return out


# For a pattern that must end right before a period ("...$", searched up to the period's
# start) and is asked only whether it matches: a backward search tries the one place a match
# can end, where a forward one tries every start in the window.
_BACKWARD = regex.IGNORECASE | regex.REVERSE


@lru_cache(maxsize=1)
def _context_patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern, regex.Pattern]:
    """(a word right after a period that keeps it local, words right before a point in time,
    a participle dating a past level right before, "the end of" right before)."""
    lex = _lexicon()
    local = regex.compile(rf"\s*,?\s*(?:{_alt(lex['local_after'])})\b", regex.IGNORECASE)
    point = regex.compile(rf"(?:^|\W)(?:{_alt(lex['point_before'])})\s*(?:the\s+)?$", regex.IGNORECASE)
    dated = regex.compile(rf"(?<![\w-])(?:{_alt(lex['reference_participles'])})\s+$", _BACKWARD)
    at_end = regex.compile(rf"(?<![\w-])(?:{_alt(lex['end_before'])})\s*$", _BACKWARD)
    return local, point, dated, at_end


@lru_cache(maxsize=1)
def stock_noun() -> regex.Pattern:
    """A noun of a stock held at a moment ("liabilities", "reserves"): see ``_doc_stock_nouns``."""
    return regex.compile(rf"(?<![\w-])(?:{_alt(_lexicon()['stock_nouns'])})(?![\w-])", regex.IGNORECASE)


@lru_cache(maxsize=1)
def aside_opener() -> regex.Pattern:
    """A relative aside right after a clause (", of whom 17 million ..."): see ``_doc_aside_openers``."""
    return regex.compile(rf"\s*,\s*(?:{_alt(_lexicon()['aside_openers'])})\b", regex.IGNORECASE)


@lru_cache(maxsize=1)
def look_back_before() -> regex.Pattern:
    """A look back right before a figure ("This follows a relatively flat reading (0.0 per
    cent)", "following a 0.3 percent rise"): the figure is an earlier one, so its period is
    its own and not the period in force. No punctuation between: "Following the reform,
    output grew 5%" looks back at no figure."""
    words = _alt(_lexicon()["look_back"])
    return regex.compile(rf"(?<![\w-])(?:{words})\s(?:[^,;.!?]|(?<=\d)\.(?=\d)){{0,70}}$", regex.IGNORECASE)


@lru_cache(maxsize=1)
def comparison_look_back() -> regex.Pattern:
    """A comparison word and an earlier change's noun right before a figure ("compared with an
    increase of 1.2 percent in the first three quarters"): the figure is an earlier one."""
    nouns = _alt(_lexicon()["comparison_look_back"])
    return regex.compile(rf"(?<![\w-])(?:compared\s+(?:with|to)|against|versus|as\s+against|than|from)\s+"
                         rf"(?:an?|the|its|their)\s+(?:[^\W\d][\w-]*\s+){{0,2}}?(?:{nouns})\s+of\s+"
                         rf"(?:(?:about|around|nearly|some|only|just)\s+)?$", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _reference_before() -> regex.Pattern:
    """Words right before a reference point: "the weakest since October 2012", "since the end
    of 2019". Such a date bounds a comparison; it is no period of any figure."""
    words = _alt(_lexicon()["reference_before"])
    return regex.compile(rf"(?<![\w-])(?:{words})\s+(?:(?:the\s+)?(?:end|start|beginning|middle|close)\s+of\s+)?$",
                         regex.IGNORECASE)


@lru_cache(maxsize=1)
def _published_before() -> regex.Pattern:
    """A publication participle right before a period, shortly after a publication noun: "the
    data of the bureau published in August 2022", "an indicator released this month". The
    period dates the document, not any figure. The noun keeps "bonds issued in 2021" a period."""
    lex = _lexicon()
    nouns, verbs = _alt(lex["publication_nouns"]), _alt(lex["publication_participles"])
    return regex.compile(rf"(?<![\w-])(?:{nouns})\b[^.;!?]{{0,60}}?\b(?:{verbs})\s+"
                         rf"(?:(?:on|in|at|during|earlier|late|early)\s+(?:in\s+)?)?$", _BACKWARD)


@lru_cache(maxsize=1)
def _level_reference() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern, regex.Pattern]:
    """(a gap word with no other figure after it, "levels" right after a period; a gap word and
    a reference noun right before one; a gap word, a level noun and its figure right before
    one). See ``_doc_reference_levels`` in periods.json."""
    lex = _lexicon()
    gap, nouns = _alt(lex["reference_gap_words"]), _alt(lex["reference_nouns"])
    word = r"\(?[^\W\d][\w'’-]*\)?"  # a word, not a figure ("pre-coronavirus", "(COVID-19)")
    gap_left = regex.compile(rf"(?<![\w-])(?:{gap})\s+(?:{word}\s+){{0,4}}$", regex.IGNORECASE)
    levels_right = regex.compile(r"\s+levels?\b", regex.IGNORECASE)
    noun_left = regex.compile(rf"(?<![\w-])(?:{gap})\s+(?:{word}\s+){{0,3}}?(?:{nouns})\s+"
                              rf"(?:(?:seen|recorded|reached|registered)\s+)?(?:in|during|of|for|at)\s+$", _BACKWARD)
    figure_left = regex.compile(rf"(?<![\w-])(?:{gap})\s+(?:its|their|the)\s+(?:{word}\s+){{0,2}}?(?:{nouns})\s+of\s+"
                                rf"(?=\S*\d)[^,;:!?]{{1,40}}?\s+(?:in|at|during)\s+$", _BACKWARD)
    return gap_left, levels_right, noun_left, figure_left


@lru_cache(maxsize=1)
def _gap_verb_before() -> regex.Pattern:
    """A gap verb and an article right before a period: "trailed the February 1986 total",
    "topped its 1986 level". The period is the reference set against, not the figure's (the
    verbs are the gap verbs of directions.json; "lagged in March" is no reference)."""
    verbs = directions().gap_verbs
    return regex.compile(rf"(?<![\w-])(?:{_alt(verbs.get('up', []) + verbs.get('down', []))})\s+"
                         rf"(?:the|its|their|that|those|a|an)\s+$", _BACKWARD)


_FIGURE_COMPARED = r"(?:[-+]?\$?\d[\d.,/-]*(?:\s+[^\W\d]+){0,2}?)"
"""A figure and up to two words of scale or unit after it ("185,600", "4.2 billion dlrs")."""


@lru_cache(maxsize=1)
def _figure_reference_before() -> regex.Pattern:
    """A gap word, a figure and "in" right before a period: "against 185,600 in February
    1986", "from 210,084 in February 1986". The period is that of the figure compared with."""
    gap = _alt(_lexicon()["reference_gap_words"])
    return regex.compile(rf"(?<![\w-])(?:{gap})\s+(?:(?:a|an|the)\s+)?{_FIGURE_COMPARED}\s+(?:in|for|during)\s+$",
                         _BACKWARD)


def level_reference(text: str, mention: PeriodMention) -> bool:
    """The period of a level or an earlier change a figure is set against, with no figure of
    its own: "1.3% below February 2020 levels", "narrowing from the drop in the first three
    quarters"."""
    gap_left, levels_right, noun_left, _ = _level_reference()
    before = max(0, mention.start - 80)
    if noun_left.search(text, before, mention.start):
        return True
    return bool(levels_right.match(text, mention.end) and gap_left.search(text, before, mention.start))


@lru_cache(maxsize=1)
def _announced_before() -> regex.Pattern:
    """A body or a place and an announcement verb right before a period: "Seoul announced in
    January", "the cabinet said in June". The period dates the announcement, not a figure
    (see ``_doc_announce_verbs`` in periods.json); a pronoun ("He said in June") is no body."""
    lex = _lexicon()
    verbs, bodies = _alt(lex["announce_verbs"]), _alt(lex["announce_subjects"])
    name = r"(?-i:(?!(?:He|She|It|They|We|I|This|That)\b)[A-Z][\w'’.-]*)"
    return regex.compile(rf"(?<![\w-])(?:{name}|the\s+(?:{bodies}))\s+(?:{verbs})\s+"
                         rf"(?:(?:earlier|late|early)\s+)?(?:in|on|during)\s+$", _BACKWARD)


# Years that name a base, an origin or a record rather than the figure's period ("since" and
# other reference words: ``_reference_before``).
_NOT_PERIOD_BEFORE = regex.compile(r"(?:\bbased?|\bpost-|\bpre-|\bin\s+China|\bMade\s+in\s+\w+)\s*$",
                                   _BACKWARD)
@lru_cache(maxsize=1)
def _maturity_before() -> regex.Pattern:
    """ "certificates maturing", "due in" right before a date: a maturity or payment date."""
    words = "|".join(r"\s+".join(map(regex.escape, w.split())) for w in
                     sorted(_lexicon()["maturity_before"], key=len, reverse=True))
    return regex.compile(rf"(?<![\w-])(?:{words})\s+$", _BACKWARD)


_MONTH_WORDS_LOWER_OK = frozenset({"january", "february", "april", "june", "july", "august", "september",
                                   "october", "november", "december", "jan", "feb", "apr", "sept", "sep",
                                   "oct", "nov"})


def _month(lex: dict, word: str) -> int:
    return lex["months"][word.lower().rstrip(".")]


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _lexicon()["counts"][word.lower()]


def _months_mention(kind: str, g: dict, s: int, e: int, y: int | None, fiscal: int | None = None) -> PeriodMention:
    """ "the first three quarters (of 2022)", "the first half", "the first 10 months"; of a
    split year ("of 1986/87") in a text that gives its fiscal start, counted from that month."""
    if kind == "half":
        first = 7 if g["half"].lower() == "second" else 1
        last = first + 5
    else:
        first, last = 1, _count(g["cnt"]) * (3 if kind == "first_quarters" else 1)
    if y is not None and fiscal and g.get("ys") is not None and int(g["ys"]) == (y + 1) % 100:
        return PeriodMention(s, e, "explicit", _fiscal_months(y, fiscal, first, last))
    if y is None and g.get("this"):
        return PeriodMention(s, e, f"{g['this'].lower()}_year", None, month_only=(first, last))
    if y is None:
        return PeriodMention(s, e, "explicit", None, partial=True, month_only=(first, last))
    return PeriodMention(s, e, "explicit", Period(y, first, y, last))


def _months_to(g: dict, s: int, e: int, y: int | None, lex: dict, fiscal_noun: bool = False) -> PeriodMention:
    """ "the three months to May (2018)": a rolling window ending that month. "the 12 months
    to March 2022", "the year to March" date an annual rate by that month, as labellers do
    (``PeriodMention.rolling``); "the financial year ending March 2019" stays the window."""
    last, n = _month(lex, g["mo1"]), 12 if g.get("yr") else _count(g["cnt"])
    if n == 12 and not fiscal_noun:
        if y is None:
            return PeriodMention(s, e, "explicit", None, partial=True, month_only=(last, last), rolling=True)
        return PeriodMention(s, e, "explicit", Period.month(y, last), rolling=True)
    if y is not None:
        return PeriodMention(s, e, "explicit", _window(y, last, n))
    first = last - n + 1 if n <= last else last  # a window into the year before needs its year
    return PeriodMention(s, e, "explicit", None, partial=True, month_only=(first, last))


def _interval(g: dict, s: int, e: int, y: int, lex: dict) -> PeriodMention:
    """ "between March 2012 and March 2013": the span; "the month (quarter, year) between
    August 2024 and September 2024": the month (quarter) the change ends in, whose
    figure it is (a year's change is the annual rate for the later month)."""
    y2, last = int(g["y2"]), _month(lex, g["mo2"])
    over = (g.get("over") or "").lower()
    if over in ("month", "year"):
        return PeriodMention(s, e, "explicit", Period.month(y2, last))
    if over == "quarter":
        return PeriodMention(s, e, "explicit", _window(y2, last, 3))
    first = _month(lex, g["mo1"])
    if y2 * 12 + last - (y * 12 + first) == 1 and g.get("between"):
        # "between September 2019 and October 2019": the later month's change on the month before
        return PeriodMention(s, e, "explicit", Period.month(y2, last), versus=Period.month(y, first))
    return PeriodMention(s, e, "explicit", Period(y, first, y2, last))


def rolling_window(period: Period) -> Period:
    """The twelve months a rolling mention's month ends ("the year to June 2023" is
    2022-07/2023-06; to December, the calendar year)."""
    return _window(period.y2, period.m2, 12)


def _fiscal_months(y: int, fiscal: int, first: int, last: int) -> Period:
    """Months ``first``..``last`` (1 = the fiscal year's first month) of the fiscal year that
    starts in ``fiscal`` of year ``y``."""
    base = y * 12 + fiscal - 2
    a, b = base + first, base + last
    return Period(a // 12, a % 12 + 1, b // 12, b % 12 + 1)


def _split_months(g: dict, s: int, e: int, lex: dict, fiscal: int | None) -> PeriodMention | None:
    """ "April/January 1986/87": each month in the half of the split year it falls in; the
    fiscal year starts at the text's fiscal month, else at the first month named."""
    y, a, b = int(g["y1"]), _month(lex, g["mo1"]), _month(lex, g["mo2"])
    if int(g["ys"]) != (y + 1) % 100:
        return None
    start = fiscal or a
    return PeriodMention(s, e, "explicit", Period(y if a >= start else y + 1, a, y if b >= start else y + 1, b))


def _window(y: int, last: int, n: int) -> Period:
    if n == 12 and last == 12:
        return Period.year(y)  # "the year ending December 2023"
    total = y * 12 + last - 1 - (n - 1)
    return Period(total // 12, total % 12 + 1, y, last)


def _quarter_mention(kind: str, g: dict, s: int, e: int, y: int | None, lex: dict) -> PeriodMention:
    q: int | None
    if kind in ("q_quarter", "year_q"):
        q = int(g["qn"])
    elif kind == "quarter_word":
        q = lex["quarter_words"][g["qw"].lower()]
    else:
        q = lex["ordinals"][g["ord"].lower()] if g.get("ord") else None
    if kind == "year_quarter" and q is None:  # "the same 1985 quarter": quarter from context
        assert y is not None  # year_quarter's pattern requires its year
        return PeriodMention(s, e, "same_quarter", Period.year(y), partial=True)
    assert q is not None  # only year_quarter's pattern has its ordinal optional
    if y is None and g.get("this"):  # "the fourth quarter of last year"
        return PeriodMention(s, e, f"{g['this'].lower()}_year", None, month_only=(3 * q - 2, 3 * q))
    if y is None:
        return PeriodMention(s, e, "explicit", None, partial=True, month_only=(3 * q - 2, 3 * q))
    return PeriodMention(s, e, "explicit", Period.quarter(y, q))


@lru_cache(maxsize=1)
def _fiscal_bound() -> regex.Pattern:
    """ "fiscal year ending June", "fiscal 1987/88, ending March": the bound a text states for
    its fiscal year ("to" only right after "year": "fiscal 1987 to March 1988" is a span)."""
    lex = _lexicon()
    named = r"(?:year\s+)?(?:19|20)\d\d(?:/\d\d)?,?\s+(?!to\b)"
    return regex.compile(rf"\b(?:fiscal|financial)\s+(?:year\s+|{named})(?:(?P<start>{_alt(lex['fiscal_start_words'])})|"
                         rf"{_alt(lex['fiscal_end_words'])})\s+(?:on\s+|in\s+)?(?P<mo>{_alt(lex['months'])})\b",
                         regex.IGNORECASE)


@lru_cache(maxsize=8)
def fiscal_start(text: str) -> int | None:
    """The month a text's fiscal year starts in, when the text says so ("the 2004/05 fiscal
    year starting July 1", "a financial year ending in June"); None for a calendar year."""
    m = _fiscal_bound().search(text)
    if m is None:
        return None
    month = _month(_lexicon(), m["mo"])
    first = month if m["start"] else month % 12 + 1
    return first if first != 1 else None


def _fiscal_span(first_year: int, start: int) -> Period:
    return Period(first_year, start, first_year + 1, start - 1)


def _fiscal_mention(g: dict, s: int, e: int, y: int, fiscal: int | None) -> PeriodMention | None:
    """ "1987/88", "fiscal 1987/88": with the text's fiscal start month, the twelve months from
    it; without, the first year (a split year alone does not say where it starts). "by
    mid-fiscal 1987" fixes no period. "fiscal 1987" is a fiscal year only once the text
    gives its start, named as ``_fiscal_year`` names it."""
    if g.get("ys") is not None:
        if int(g["ys"]) != (y + 1) % 100:
            return None  # "1987/93" is no split year
        # Without a stated start the months are unknown: both years, as written ("1987/1988")
        span = _fiscal_span(y, fiscal) if fiscal else Period(y, 1, y + 1, 12, by_year=True, split=True)
        return PeriodMention(s, e, "explicit", span)
    if g.get("mid"):
        return PeriodMention(s, e, "none")
    return PeriodMention(s, e, "explicit", _fiscal_year(y, fiscal - 1) if fiscal else Period.year(y))


def _fiscal_year(year: int, last_month: int) -> Period:
    """The twelve months of fiscal ``year`` that end in ``last_month``. A year ending in
    January to March is named by the year it starts in (Japan's and India's fiscal 2017 ends
    in March 2018); one ending later by the year it ends in (the US federal fiscal 2017 ends
    in September 2017, Australia's in June 2017)."""
    end_year = year + 1 if last_month <= 3 else year
    if last_month == 12:
        return Period(end_year, 1, end_year, 12)
    return Period(end_year - 1, last_month + 1, end_year, last_month)


def _mention(kind: str, m: regex.Match, lex: dict, fiscal: int | None = None) -> PeriodMention | None:
    g = m.groupdict()
    s, e = m.span()
    y = int(g["y1"]) if g.get("y1") else None
    if kind in ("split_year", "fiscal_plain"):
        assert y is not None  # the patterns of these kinds require their year
        return _fiscal_mention(g, s, e, y, fiscal)
    if kind == "month_interval":
        assert y is not None
        return _interval(g, s, e, y, lex)
    if kind == "year_interval":
        assert y is not None
        return PeriodMention(s, e, "explicit", Period(y, 1, int(g["y2"]), 12, by_year=True))
    if kind == "quarter_interval":
        assert y is not None
        qa, qb = Period.quarter(y, int(g["qa"])), Period.quarter(int(g["y2"]), int(g["qb"]))
        later, earlier = (qa, qb) if (qa.y1, qa.m1) > (qb.y1, qb.m1) else (qb, qa)
        return PeriodMention(s, e, "explicit", later, versus=earlier)
    if kind in ("fiscal_span", "month_span"):
        assert y is not None
        return PeriodMention(s, e, "explicit", Period(y, _month(lex, g["mo1"]), int(g["y2"]), _month(lex, g["mo2"])))
    if kind == "fiscal_year":
        assert y is not None
        return PeriodMention(s, e, "explicit", _fiscal_year(y, _month(lex, g["mo1"])))
    if kind in ("first_months", "first_quarters", "half", "half_ellipsis"):
        return _months_mention("half" if kind == "half_ellipsis" else kind, g, s, e, y, fiscal)
    if kind == "split_months":
        return _split_months(g, s, e, lex, fiscal)
    if kind == "h_half":
        assert y is not None
        first = 1 if g["hn"] == "1" else 7
        return PeriodMention(s, e, "explicit", Period(y, first, y, first + 5))
    if kind == "year_range":
        assert y is not None
        return PeriodMention(s, e, "explicit", Period(y, 1, int(g["y2"]), 12, by_year=True))
    if kind == "week_ending":  # the month of the week's last day
        a = _month(lex, g["mo1"])
        if y is None:
            return PeriodMention(s, e, "explicit", None, partial=True, month_only=(a, a))
        return PeriodMention(s, e, "explicit", Period.month(y, a))
    if kind == "relative":
        key = regex.sub(r"\s+", " ", m.group()).lower()
        unit, steps = lex["relative"][key]
        return PeriodMention(s, e, "relative", offset=(unit, steps), local=key in lex["relative_local"])
    if kind in ("quarter_of", "year_quarter", "quarter", "q_quarter", "quarter_ellipsis", "quarter_word", "year_q"):
        return _quarter_mention(kind, g, s, e, y, lex)
    if kind == "months_to":
        return _months_to(g, s, e, y, lex, _fiscal_noun_before().search(m.string, max(0, s - 20), s) is not None)
    if kind == "month_quarter":
        last = _month(lex, g["mo1"])
        if last % 3:
            return None  # a quarter ends in March, June, September or December
        if y is None:
            return PeriodMention(s, e, "explicit", None, partial=True, month_only=(last - 2, last))
        return PeriodMention(s, e, "explicit", Period.quarter(y, last // 3))
    if kind in ("same_in_year", "same_year_noun"):
        assert y is not None
        if fiscal and g.get("ys") is not None and int(g["ys"]) == (y + 1) % 100:
            # "the same 1985/86 period": the months in force, of that fiscal year
            return PeriodMention(s, e, "same_in_year", _fiscal_span(y, fiscal), partial=True)
        return PeriodMention(s, e, "same_in_year", Period.year(y), partial=True)
    if kind == "year_end":  # restates the year in force: kept to its clause
        return PeriodMention(s, e, "year_end", None, local=True, point=True, at_end=True)
    if kind == "month_pair":
        a, b = _month(lex, g["mo1"]), _month(lex, g["mo2"])
        if b <= a or (b > a + 1 and regex.search(r"\sand\s", m.group())
                      and not m.group().lower().startswith("between")):
            return None  # "the January and December indices": two months, not a span
        if y is None and g.get("this"):
            return PeriodMention(s, e, f"{g['this'].lower()}_year", None, month_only=(a, b))
        if y is None:
            return PeriodMention(s, e, "explicit", None, partial=True, month_only=(a, b))
        if b == a + 1 and regex.match(r"between\s+\w+\.?\s+and\s", m.group(), regex.IGNORECASE):
            # "between September and October 2015": October's change on September
            return PeriodMention(s, e, "explicit", Period.month(y, b), versus=Period.month(y, a))
        return PeriodMention(s, e, "explicit", Period(y, a, y, b))
    if kind == "month_year":
        assert y is not None
        return PeriodMention(s, e, "explicit", Period.month(y, _month(lex, g["mo1"])))
    if kind in ("month", "month_note"):
        word = g["mo1"].rstrip(".")
        if not word[0].isupper() and word.lower() not in _MONTH_WORDS_LOWER_OK:
            return None  # "may" the verb, "mar", ...
        a = _month(lex, word)
        return PeriodMention(s, e, "explicit", None, partial=True, month_only=(a, a))
    if kind == "year":
        assert y is not None
        return PeriodMention(s, e, "explicit", Period.year(y))
    if kind == "year_to_date":  # a running total besides the news: kept to its clause
        return PeriodMention(s, e, kind, local=True)
    return PeriodMention(s, e, kind)


@lru_cache(maxsize=1)
def date_day() -> tuple[regex.Pattern, regex.Pattern]:
    """(after, before) a day of the month: "13 December 2024", "Dec. 13" (case-sensitive
    month names, so "may" the verb is no month)."""
    names = _alt(sorted({w.capitalize() for w in _lexicon()["months"]}))
    after = regex.compile(rf"\s*(?:of\s+)?(?:{names})\b\.?(?:,?\s+(?:19|20)\d\d\b)?")
    before = regex.compile(rf"(?<![\w-])(?:{names})\.?\s+$")
    return after, before


def quarter_by_month(text: str, mention: PeriodMention) -> bool:
    """Whether a mention names a quarter by its last month ("the September 2024 quarter"),
    as quarterly national releases do; their changes are against the quarter before."""
    pattern = next(p for kind, p in _patterns() if kind == "month_quarter")
    return pattern.fullmatch(text, mention.start, mention.end) is not None


_FISCAL_KINDS = frozenset({"split_year", "fiscal_plain", "split_months", "first_months", "first_quarters", "half",
                           "same_year_noun"})


@lru_cache(maxsize=1)
def _fiscal_noun_before() -> regex.Pattern:
    """ "financial" right before "year ending March 2019": a fiscal year, not an annual rate."""
    words = {noun.split()[0] for noun in _lexicon()["fiscal_nouns"]}
    return regex.compile(rf"(?<![\w-])(?:{_alt(words)})\s+$", regex.IGNORECASE)


# The context patterns read around a match that need a phrase of a periods.json list (its
# key): a text without any of them ("maturing", "since", "as of") skips the pattern.
_CONTEXT_LISTS = ("maturity_before", "reference_before", "publication_participles", "local_after", "point_before",
                  "reference_participles", "end_before")
_CONTEXT_REACH = 90
"""The farthest a context pattern reads before a match (``_published_before``)."""


@lru_cache(maxsize=1)
def _context_cues() -> dict[str, tuple[str, ...]]:
    """Each list of ``_CONTEXT_LISTS`` as ``folded_text`` writes it (shortest phrases)."""
    lex = _lexicon()
    return {name: _shortest({" ".join(p.lower().split()) for p in lex[name]}) for name in _CONTEXT_LISTS}


def _absent_contexts(folded: str) -> frozenset[str]:
    """The lists of ``_CONTEXT_LISTS`` none of whose phrases is in ``folded``."""
    return frozenset(name for name, cue in _context_cues().items() if not any(p in folded for p in cue))


def find_periods(text: str, start: int = 0, end: int | None = None) -> list[PeriodMention]:
    """Period mentions in ``text[start:end]``, leftmost-longest, non-overlapping."""
    end = len(text) if end is None else end
    lex = _lexicon()
    found: list[PeriodMention] = []
    taken = bytearray(end - start)  # characters already inside a mention
    folded = folded_document(text) if start == 0 and end == len(text) else folded_text(text[start:end])
    # every context window lies in this stretch: a phrase absent from it is absent from them
    absent = _absent_contexts(folded if start == 0 else folded_text(text[max(0, start - _CONTEXT_REACH):end]))
    months = [m.start() for m in _month_start().finditer(text, start, end)]
    for kind, pattern, cue, cue_res, anchor in _cued_patterns():
        if cue and not any(word in folded for word in cue) or \
                cue_res and not any(r.search(text, start, end) for r in cue_res):
            continue
        for m in _matches(kind, _text_pattern(kind, pattern, folded), text, start, end, months, anchor):
            s, e = m.span()
            if any(taken[s - start:e - start]):
                continue
            if kind == "year" and _NOT_PERIOD_BEFORE.search(text, max(0, s - 12), s):
                continue
            if "maturity_before" not in absent and _maturity_before().search(text, max(0, s - 30), s):
                taken[s - start:e - start] = b"\x01" * (e - s)  # "maturing March 1995": no figure's period
                continue
            if "reference_before" not in absent and _reference_before().search(text, max(0, s - 40), s) or \
                    "publication_participles" not in absent and _published_before().search(text, max(0, s - 90), s):
                taken[s - start:e - start] = b"\x01" * (e - s)  # nor its month or year alone
                continue
            try:
                mention = _mention(kind, m, lex, fiscal_start(text) if kind in _FISCAL_KINDS else None)
            except ValueError:  # "the first 13 months", "between 2023 and 2021": no period
                taken[s - start:e - start] = b"\x01" * (e - s)
                continue
            if mention is not None and (mention.period is None or not mention.period.by_year) \
                    and _announced_before().search(text, max(0, s - 60), s):
                mention = PeriodMention(s, e, "none", local=True)  # an announcement's date: no period
            if mention is not None and mention.month_only is not None and \
                    not 1 <= mention.month_only[0] <= mention.month_only[1] <= 12:
                taken[s - start:e - start] = b"\x01" * (e - s)
                continue
            if mention is not None:
                found.append(_flagged(text, mention, end, absent))
                taken[s - start:e - start] = b"\x01" * (e - s)
    found.sort(key=lambda p: p.start)
    return found


def _flagged(text: str, mention: PeriodMention, end: int, absent: frozenset[str] = frozenset()) -> PeriodMention:
    """``absent``: the lists of ``_CONTEXT_LISTS`` the text does not hold (``_absent_contexts``)."""
    local_after, point_before, dated, end_before = _context_patterns()
    before = max(0, mention.start - 24)
    local = "local_after" not in absent and bool(local_after.match(text, mention.end, min(end, mention.end + 12)))
    at_end = "end_before" not in absent and bool(end_before.search(text, before, mention.start))
    point = at_end or "point_before" not in absent and bool(point_before.search(text, before, mention.start))
    reference = "reference_participles" not in absent and bool(dated.search(text, before, mention.start)) or \
        bool(_level_reference()[3].search(text, max(0, mention.start - 90), mention.start))
    if not (local or point or reference):
        return mention
    return replace(mention, local=mention.local or local or reference, point=point, reference=reference, at_end=at_end)


def resolve(mention: PeriodMention, context: Period | None, published_year: int | None,
            fallback_year: int | None = None, published: tuple[int, int] | None = None) -> Period | None:
    """The period a mention denotes, given the period in force. ``fallback_year`` (the year
    the document is about) completes a month without a year when nothing else does;
    ``published`` (year, month) anchors "last month", "next year"."""
    try:
        period = _resolve(mention, context, published_year, fallback_year, published)
    except ValueError:
        return None
    if period is not None and mention.at_end:  # "by the end of 2024" is December 2024
        return Period(period.y2, period.m2, period.y2, period.m2, year_end=period.m2 == 12)
    return period


def _resolve(mention: PeriodMention, context: Period | None, published_year: int | None,
             fallback_year: int | None, published: tuple[int, int] | None) -> Period | None:
    kind = mention.kind
    if kind == "relative":
        return _relative(mention, context, published)
    if kind == "explicit":
        if mention.period is not None:
            return mention.period
        year = context.y2 if context else (published_year or fallback_year)
        if year is None or mention.month_only is None:
            return None
        a, b = mention.month_only
        return Period(year, a, year, b)
    if kind == "same":
        return context
    if kind == "same_year":
        return Period.year(context.y2) if context else None
    if kind == "same_in_year" and mention.period is not None and not mention.period.by_year:
        return _same_fiscal_months(mention.period, context)
    if kind in ("same_quarter", "same_in_year") and mention.period is not None:
        return _same_months_in(mention.period.y1, context, kind == "same_quarter")
    if kind == "prev_year":
        return context.shifted_back(12) if context else None
    if kind == "prev_quarter":
        return context.shifted_back(3) if context and context.is_quarter() else None
    if kind == "prev_month":
        return context.shifted_back(1) if context and context.is_single_month() else None
    if kind in ("this_year", "last_year", "next_year"):
        return _relative_year(mention, context, published_year)
    if kind == "year_to_date":
        return _year_to_date(context, published_year)
    if kind == "year_end":  # "by the year end": the year in force (``resolve`` takes its December)
        year = context.y2 if context else (published_year or fallback_year)
        return Period.year(year) if year is not None else None
    return None


def _relative(mention: PeriodMention, context: Period | None, published: tuple[int, int] | None) -> Period | None:
    """ "last month", "this quarter", "next year": counted from the publication date. Without
    one, "the last quarter" is the fourth of the year in force, as it always was read."""
    unit, steps = mention.offset or ("", 0)
    if published is None:
        if unit == "quarter" and steps == -1 and context is not None:
            return Period.quarter(context.y2, 4)
        if unit == "month" and steps == -1 and context is not None and context.is_single_month():
            return context.shifted_back(1)  # "last month's 145,122" against February's figure: January's
        return None
    y, m = published
    if unit == "year":
        return Period.year(y + steps)
    if unit == "quarter":
        total = y * 4 + (m - 1) // 3 + steps
        return Period.quarter(total // 4, total % 4 + 1)
    total = y * 12 + m - 1 + steps
    return Period.month(total // 12, total % 12 + 1)


def _same_fiscal_months(span: Period, context: Period | None) -> Period:
    """ "the same 1985/86 period" after "the first nine months of 1986/87": the months in
    force, moved into the fiscal year ``span``."""
    if context is None or context.by_year or context.months > 12:
        return span
    first = context.y1 if context.m1 >= span.m1 else context.y1 - 1  # the fiscal year the months start in
    return context.shifted_back(12 * (first - span.y1))


def _same_months_in(year: int, context: Period | None, quarter_only: bool) -> Period:
    """ "the same 1985 quarter", "the same months of 1986": the months in force, that year."""
    if context is None or context.by_year or (quarter_only and not context.is_quarter()):
        return Period.year(year)
    if context.y1 != context.y2:
        return Period.year(year)
    return Period(year, context.m1, year, context.m2)


def _relative_year(mention: PeriodMention, context: Period | None, published_year: int | None) -> Period | None:
    if mention.kind == "this_year":
        year = published_year
    elif mention.kind == "next_year":
        year = published_year + 1 if published_year else None
    else:  # "last year": relative to publication, else to the year the text is about
        year = published_year - 1 if published_year else (context.y2 if context else None)
    if year is None:
        return None
    if mention.month_only:
        return Period(year, mention.month_only[0], year, mention.month_only[1])
    return Period.year(year)


def _year_to_date(context: Period | None, published_year: int | None) -> Period | None:
    """ "so far this year" with February 1987 in force: January to February 1987; the whole
    year when no month of it is in force."""
    year = published_year if published_year is not None else (context.y2 if context else None)
    if year is None:
        return None
    if context is not None and context.y2 == year and not context.by_year and context.m2 < 12:
        return Period(year, 1, year, context.m2)
    return Period.year(year)


def _year_month(date: str | None) -> tuple[int, int] | None:
    if not date or len(date) < 7 or not (date[:4].isdigit() and date[4] == "-" and date[5:7].isdigit()):
        return None
    month = int(date[5:7])
    return (int(date[:4]), month) if 1 <= month <= 12 else None


_WIRE_PREFIX = regex.compile(r"[^\n]{0,80}?\s(?:-|--|\u2013|\u2014)\s")


@lru_cache(maxsize=1)
def _publication_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    """(a publication word opening a line, a full date or a clock time: "2025-02-27",
    "08:31", "February 27, 2025", "14 June 2023")."""
    lex = _lexicon()
    names = _alt(sorted({w.capitalize() for w in lex["months"]}))
    day, year = r"\d{1,2}(?:st|nd|rd|th)?", r"(?:19|20)\d\d\b"
    full = regex.compile(rf"\b(?:19|20)\d\d[-/.]\d{{1,2}}[-/.]\d{{1,2}}\b|\b\d{{1,2}}:\d{{2}}\b|"
                         rf"\b(?:{names})\.?\s+{day},?\s+{year}|\b{day}\s+(?:{names})\.?,?\s+{year}")
    return regex.compile(rf"\W*(?:{_alt(lex['publication_words'])})\b", regex.IGNORECASE), full


def _publication_spans(text: str, start: int) -> list[tuple[int, int]]:
    """Spans of the publication lines at the head of the body: short lines (no full stop at
    the end) that start with a publication word or hold a full date or a clock time, and the
    wire dateline before the dash of the first paragraph. The first paragraph ends the head."""
    opening, full_date = _publication_patterns()
    spans: list[tuple[int, int]] = []
    pos, seen = start, 0
    while pos < len(text) and seen < HEAD_LINES:
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line = text[pos:end].strip()
        if line:
            seen += 1
            if (len(line) > SHORT_LINE and not _byline(line, opening, full_date)) or line.endswith("."):
                wire = _WIRE_PREFIX.match(text, pos, end)
                if wire and full_date.search(text, pos, wire.end()):
                    spans.append((pos, wire.end()))
                break
            if opening.match(line) or full_date.search(line) or _byline(line, opening, full_date):
                spans.append((pos, end))
        pos = end + 1
    return spans


def _headline_quarter(text: str, body_start: int) -> Period | None:
    """The quarter a headline names with its year ("Third Quarter 2008", "GDP in the
    September 2024 quarter"), if any."""
    for m in find_periods(text, 0, body_start):
        if m.kind == "explicit" and m.period is not None and m.period.is_quarter():
            return m.period
    return None


def _byline(line: str, opening: regex.Pattern, full_date: regex.Pattern) -> bool:
    """ "Writer: ... | From: Shenzhen Daily | Updated: 2021-06-28": a long head line that
    names its publication date after a publication word."""
    return len(line) <= BYLINE and any(opening.match(line, m.start()) and full_date.search(line, m.start())
                                        for m in _SEPARATED.finditer(line))

_SEPARATED = regex.compile(r"(?:^|[|:;,\u2022]\s*)")


_TARGET_LEFT = regex.compile(r"\b(?:by|until|till|through|before|to)\s+$", regex.IGNORECASE)
_OWN_PERIOD_LEFT = regex.compile(r"\b(?:in|during|for)\s+$", regex.IGNORECASE)
_REFERENCE_KINDS = frozenset({"prev_year", "prev_quarter", "prev_month"})


_POSSESSIVE_FIGURE = regex.compile(r"['’]s\s+[-+]?\$?\d")


def _last_months_level(text: str, mention: PeriodMention) -> bool:
    """ "compared with ... last month's 145,122" in an undated story: the month before the one
    in force names the figure compared with (``_relative``), though no date says which."""
    return mention.offset == ("month", -1) and _POSSESSIVE_FIGURE.match(text, mention.end) is not None


class PeriodContext:
    """The period in force, carried through a document.

    ``current`` is the period last stated; ``actual`` the last one stated outside a forecast:
    a month or quarter without a year in a report is read against it, not against a forecast
    year ("foresaw growth in 1987 ... The deflator rose in the fourth quarter")."""

    def __init__(self, text: str, published_year: int | None, body_start: int = 0,
                 published: str | None = None) -> None:
        self._text = text
        self._references: dict[tuple[int, int, str], bool] = {}  # is_reference per mention
        self.published = _year_month(published)
        """(year, month) of publication, when the date gives a month."""
        # "next month" in a text without a date says nothing ("the last quarter" still reads
        # against the year in force).
        # Dates of the publication lines under the headline ("Updated: ...", "08:31, February 27,
        # 2025", "WASHINGTON, Nov 15 2013 -") date the page, not the figures: no period in force.
        head = _publication_spans(text, body_start)
        self._forecast_in: dict[tuple[int, int], bool] = {}
        self.mentions = [m for m in self._fiscal_current(find_periods(text)) if m.start >= body_start and
                         (m.kind != "relative" or self.published is not None or m.offset == ("quarter", -1)
                          or _last_months_level(text, m))
                         and not any(a <= m.start < b for a, b in head)]
        self._starts = [m.start for m in self.mentions]
        self.current: Period | None = None
        self.actual: Period | None = None
        self._quarter_now: tuple[int, int] | None = None
        reported = _headline_quarter(text, body_start)
        if reported is not None:
            # A release headed "Third Quarter 2008" reports that quarter: it is in force until
            # the body states another, and its "this quarter" / "last quarter" count from it,
            # not from the (later) publication date.
            self.current = self.actual = reported
            self._quarter_now = (reported.y2, reported.m2)
        self.published_year = published_year
        self.in_sentence: Period | None = None
        """The period stated earlier in the current sentence: it carries to its later clauses."""
        self.reference: tuple[str, Period | None] | None = None
        """The word and period of the last comparison in the current sentence ("from 201.82 billion in
        1985, state treasury bond receipts to 6.2 billion from 6.04 billion")."""
        self._sentence = -1
        # A document without a date is about the latest year it names (a wire story that
        # says "in February" and later "February 1987").
        # A reference point ("the record reached in October 2014") is not what the text is about.
        self.fallback_year = max((m.period.y2 for m in self.mentions if m.kind == "explicit" and m.period is not None
                                  and not m.reference and not self._ahead(m)), default=None)
        # "fell to 1.05 billion from 3.04 billion in the same 1986 period": a comparison with
        # a year's same months is news of the year after.
        same_in = [m.period.y2 + 1 for m in self.mentions if m.kind in ("same_in_year", "same_quarter") and m.period]
        same_in += self._year_ago_references()
        if same_in:
            self.fallback_year = max(self.fallback_year or 0, *same_in)
        self._present = self._present_year()

    def _fiscal_current(self, mentions: list[PeriodMention]) -> list[PeriodMention]:
        """ "the current year" in a text that gives its fiscal year's start is the fiscal year
        now running: the one holding the publication month, else the one before the first
        fiscal year the text forecasts ("1.75 mln for the current year" against 1987/88), else
        the last fiscal year it names."""
        start = fiscal_start(self._text)
        current = [i for i, m in enumerate(mentions) if m.kind == "relative" and m.offset == ("year", 0)]
        if start is None or not current:
            return mentions
        if self.published is not None:
            y, mo = self.published
            now: Period | None = _fiscal_span(y if mo >= start else y - 1, start)
        else:
            spans = [m for m in mentions if m.kind == "explicit" and m.period is not None and m.period.m1 == start
                     and m.period.months == 12 and not m.period.by_year]
            ahead = [m.period for m in spans if self._ahead(m) and m.period is not None]
            now = ahead[0].shifted_back(12) if ahead else spans[-1].period if spans else None
        if now is None:
            return mentions
        out = list(mentions)
        for i in current:
            out[i] = replace(out[i], kind="explicit", period=now, offset=None)
        return out

    def _year_ago_references(self) -> list[int]:
        """ "March imports ... a rise of 4.7 pct compared with March 1986": a month (quarter) the
        text's bare month is compared with, in a stated year, makes the news the year after."""
        bare = {m.month_only for m in self.mentions if m.kind == "explicit" and m.partial and m.month_only}
        if not bare:
            return []
        # "against 185,600 in February 1986": the figure compared with is that month's too
        return [m.period.y2 + 1 for m in self.mentions if m.kind == "explicit" and m.period is not None
                and not m.period.by_year and (m.period.m1, m.period.m2) in bare and
                (self.is_reference(m) or _figure_reference_before().search(self._text, max(0, m.start - 60), m.start))]

    def _present_year(self) -> int | None:
        """The year "this year" is, in a text without a date that says "this year": the year it
        is about, when it names part of that year ("the first nine months of 1987", "in March")."""
        if self.published_year is not None or self.fallback_year is None or \
                not any(m.kind in ("this_year", "year_to_date") for m in self.mentions):
            return None
        # A text that says "last year" and names its latest year as a whole ("a 3.34 pct
        # revaluation in 1986") is of the year after: "this year" is the one after, unless the
        # text names part of the latest year itself ("the first two months of 1987"); a bare
        # "in January" may be either.
        last = any(m.kind == "last_year" for m in self.mentions) and \
            any(m.kind == "explicit" and m.period is not None and m.period.by_year and m.period.y2 == self.fallback_year
                for m in self.mentions)
        part = any(m.kind == "explicit" and (m.partial and not last or m.period is not None
                                             and m.period.y2 == self.fallback_year and not m.period.by_year)
                   for m in self.mentions)
        return self.fallback_year if part else self.fallback_year + 1 if last else None

    def _ahead(self, mention: PeriodMention) -> bool:
        """A target or forecast year ("double exports by 2030", "growth in 2024 is expected")."""
        text = self._text
        begin = max(text.rfind(". ", 0, mention.start), text.rfind("\n", 0, mention.start)) + 1
        end = min(i for i in (text.find(". ", mention.end), text.find("\n", mention.end), len(text)) if i >= 0)
        if _TARGET_LEFT.search(text, max(0, mention.start - 16), mention.start):
            return True
        if (begin, end) not in self._forecast_in:  # once per sentence, not per year in it
            self._forecast_in[(begin, end)] = cues().forecast.search(text, begin, end) is not None
        return self._forecast_in[(begin, end)]

    def in_span(self, start: int, end: int) -> list[PeriodMention]:
        i = bisect_left(self._starts, start)
        out: list[PeriodMention] = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def enter_sentence(self, start: int) -> None:
        if start != self._sentence:
            # "... those to the EC fell to 33,763 from 67,955. Shipments to China fell to 39,858
            # from 53,925.": a comparison in the next sentence of the paragraph, with the same
            # word and no period of its own, is against the same period
            same_paragraph = self._sentence >= 0 and self._text.find("\n", self._sentence, start) < 0
            self._sentence, self.in_sentence = start, None
            if not same_paragraph:
                self.reference = None

    def base(self, forecast: bool = False) -> Period | None:
        if self.in_sentence is not None:
            return self.in_sentence
        return self.current if forecast else (self.actual or self.current)

    def resolve(self, mention: PeriodMention, base: Period | None = None, forecast: bool = False) -> Period | None:
        now = self._quarter_now if self._quarter_now and mention.offset and mention.offset[0] == "quarter" \
            else self.published
        year = self.published_year
        if year is None and mention.kind in ("this_year", "last_year", "year_to_date"):
            year = self._present  # "this year" / "last year" in an undated story of 1987
        period = resolve(mention, base if base is not None else self.base(forecast), year,
                         self.fallback_year, now)
        # What a text reports happened before it was published: "in December" in a March
        # release is last December.
        if period is not None and mention.partial and not forecast and self.published is not None \
                and (period.y1, period.m1) > self.published:
            period = period.shifted_back(12)
        return period

    def is_reference(self, mention: PeriodMention) -> bool:
        """A period a figure is compared with ("than at the end of 2022", "from 2018"). Asked
        for every figure near the mention: read once per mention."""
        key = (mention.start, mention.end, mention.kind)
        if key not in self._references:
            self._references[key] = self._is_reference(mention)
        return self._references[key]

    def _is_reference(self, mention: PeriodMention) -> bool:
        if cues().reference_left.search(self._text, max(0, mention.start - 40), mention.start):
            return True
        if level_reference(self._text, mention):  # "below their February 2020 levels"
            return True
        if _gap_verb_before().search(self._text, max(0, mention.start - 40), mention.start):
            return True  # "trailed the February 1986 total by 2.9 pct"
        # "a rise of 0.2% in the previous quarter" is of that quarter, not against it
        return mention.kind in _REFERENCE_KINDS and \
            not _OWN_PERIOD_LEFT.search(self._text, max(0, mention.start - 10), mention.start)

    def _year_ago(self, period: Period, mention: PeriodMention) -> bool:
        """ "The deficit was 912 mln dlrs in the fourth quarter of 1985." after "in the fourth
        quarter" of a 1986 story: the same months of an earlier year, stated with its year, are
        a look back; the text's bare quarters stay in the year in force."""
        now = self.actual or self.current
        if now is None or mention.partial or period.by_year or period.y1 != period.y2 or period.y2 >= now.y2:
            return False
        return any(m.start < mention.start and m.partial and m.month_only == (period.m1, period.m2)
                   for m in self.mentions)

    def _earlier_year(self, period: Period, mention: PeriodMention) -> bool:
        """ "In 1985 the invisibles surplus was 5.1 billion." or "and a 4.4 billion deficit in
        1984" in a story of 1986's fourth quarter: a whole year before the year of the period in
        force looks back at a compared figure; later bare quarters stay in the year in force."""
        now = self.actual or self.current
        return now is not None and mention.kind == "explicit" and not mention.partial and period.by_year \
            and period.months == 12 and period.y2 < now.y1

    def update(self, period: Period | None, forecast: bool, mention: PeriodMention | None) -> None:
        """Make ``period`` the period in force, unless it was kept to its clause ("In
        September alone") or is a stock's point in time while a reporting period is in force."""
        if period is None:
            return
        self.in_sentence = period
        if mention is not None and (mention.local or (mention.point and self.current)):
            return
        if mention is not None and self._year_ago(period, mention):
            return
        if mention is not None and self._earlier_year(period, mention):
            return
        self.current = period
        if not forecast:
            self.actual = period
