"""Find period expressions ("in 2021", "the fourth quarter of 1986", "between March 2012 and
March 2013", "that year") and resolve them to ISO 8601 strings.

A :class:`Period` is a closed range of months; relative expressions ("that year", "a year
earlier", "the previous quarter") are resolved against the period in force, which the
caller carries through the document.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex



@dataclass(frozen=True, slots=True)
class Period:
    """An inclusive range of months, or a whole year/years when ``by_year``."""

    y1: int
    m1: int
    y2: int
    m2: int
    by_year: bool = False

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
    """explicit, same (that year), prev_year, prev_quarter, this_year, last_year, none."""
    period: Period | None = None
    partial: bool = False
    """True when the year was missing ("in February") and must come from context."""
    month_only: tuple[int, int] | None = None
    """(first month, last month) for month expressions without a year."""


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    return json.loads(resources.files("extractor.data").joinpath("periods.json").read_text())


def _alt(words) -> str:
    return "|".join(sorted((regex.escape(w) for w in words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, regex.Pattern]]:
    lex = _lexicon()
    month = rf"(?P<{{n}}>{_alt(lex['months'])})\.?"
    year = r"(?P<{n}>(?:19|20)\d\d)(?![\d,.]\d)"
    ordinal = rf"(?P<ord>{_alt(lex['ordinals'])})"
    count = rf"(?P<cnt>{_alt(lex['counts'])}|\d{{1,2}})"
    m1, m2 = month.format(n="mo1"), month.format(n="mo2")
    y1, y2 = year.format(n="y1"), year.format(n="y2")
    specs = [
        ("month_interval", rf"\b(?:between|from)\s+{m1}\s+{y1}\s+(?:and|to|until)\s+{m2}\s+{y2}\b"),
        ("year_interval", rf"\b(?:between|from)\s+{y1}\s+(?:and|to|until)\s+{y2}\b"),
        ("first_months", rf"\b(?:the\s+)?first\s+{count}\s+months(?:\s+of\s+(?:{y1}|(?P<this>this|last)\s+year))?"),
        ("first_quarters", rf"\b(?:the\s+)?first\s+{count}\s+quarters(?:\s+of\s+(?:{y1}|(?P<this>this|last)\s+year))?"),
        ("half", rf"\b(?:the\s+)?(?P<half>first|second)\s+half\s+(?:of\s+)?(?:{y1}|(?P<this>this|last)\s+year)"),
        ("quarter_of", rf"\b(?:the\s+)?{ordinal}\s+quarter\s+of\s+{y1}"),
        ("year_quarter", rf"\b(?:the\s+)?(?:(?:same|{ordinal})\s+)?{y1}\s+quarter\b"),
        ("quarter", rf"\b(?:the\s+)?{ordinal}\s+quarter\b"),
        ("month_pair", rf"\b{m1}\s*(?:/|and|-|to)\s*{m2}(?:,?\s+{y1})?\b"),
        ("month_year", rf"\b{m1}\s*,?\s+{y1}"),
        ("month", rf"\b{m1}(?!\s*\d)"),
        ("year", rf"(?<![\w-]){y1}\b"),
        ("prev_quarter", rf"\b(?:{_alt(lex['previous_quarter'])})\b"),
        ("prev_year", rf"(?:{_alt(lex['previous_year'])})\b"),
        ("same", rf"\b(?:{_alt(lex['same_period'])})\b"),
        ("this_year", r"\bthis\s+year\b"),
        ("last_year", r"\blast\s+year\b"),
        ("none", rf"\b(?:{_alt(lex['no_period'])})\b"),
    ]
    return [(kind, regex.compile(p, regex.IGNORECASE)) for kind, p in specs]


# Years that name a base, an origin or a record rather than the figure's period.
_NOT_PERIOD_BEFORE = regex.compile(r"(?:\bbased?|\bsince|\bpost-|\bpre-|\bin\s+China|\bMade\s+in\s+\w+)\s*$",
                                   regex.IGNORECASE)


def _month(lex: dict, word: str) -> int:
    return lex["months"][word.lower().rstrip(".")]


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _lexicon()["counts"][word.lower()]


def _mention(kind: str, m: regex.Match, lex: dict) -> PeriodMention | None:
    g = m.groupdict()
    s, e = m.span()
    y = int(g["y1"]) if g.get("y1") else None
    if kind == "month_interval":
        return PeriodMention(s, e, "explicit", Period(y, _month(lex, g["mo1"]), int(g["y2"]), _month(lex, g["mo2"])))
    if kind == "year_interval":
        return PeriodMention(s, e, "explicit", Period(y, 1, int(g["y2"]), 12, by_year=True))
    if kind in ("first_months", "first_quarters", "half"):
        last = (_count(g["cnt"]) * (3 if kind == "first_quarters" else 1)) if kind != "half" else 6
        first = 7 if g.get("half", "").lower() == "second" else 1
        last = 12 if first == 7 else last
        if y is None and g.get("this"):
            return PeriodMention(s, e, f"{g['this'].lower()}_year", None, month_only=(first, last))
        if y is None:
            return PeriodMention(s, e, "explicit", None, partial=True, month_only=(first, last))
        return PeriodMention(s, e, "explicit", Period(y, first, y, last))
    if kind in ("quarter_of", "year_quarter", "quarter"):
        q = lex["ordinals"][g["ord"].lower()] if g.get("ord") else None
        if kind == "year_quarter" and q is None:  # "the same 1985 quarter": quarter from context
            return PeriodMention(s, e, "same_quarter", Period.year(y), partial=True)
        if y is None:
            return PeriodMention(s, e, "explicit", None, partial=True, month_only=(3 * q - 2, 3 * q))
        return PeriodMention(s, e, "explicit", Period.quarter(y, q))
    if kind == "month_pair":
        a, b = _month(lex, g["mo1"]), _month(lex, g["mo2"])
        if y is None:
            return PeriodMention(s, e, "explicit", None, partial=True, month_only=(a, b))
        return PeriodMention(s, e, "explicit", Period(y, a, y, b))
    if kind == "month_year":
        return PeriodMention(s, e, "explicit", Period.month(y, _month(lex, g["mo1"])))
    if kind == "month":
        a = _month(lex, g["mo1"])
        if g["mo1"].lower() in ("may", "mar", "dec", "jun", "jul", "aug") and not g["mo1"][0].isupper():
            return None  # "may" the verb, "mar", ...
        return PeriodMention(s, e, "explicit", None, partial=True, month_only=(a, a))
    if kind == "year":
        return PeriodMention(s, e, "explicit", Period.year(y))
    return PeriodMention(s, e, kind)


def find_periods(text: str, start: int = 0, end: int | None = None) -> list[PeriodMention]:
    """Period mentions in ``text[start:end]``, leftmost-longest, non-overlapping."""
    end = len(text) if end is None else end
    lex = _lexicon()
    found: list[PeriodMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _patterns():
        for m in pattern.finditer(text, start, end):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind == "year" and _NOT_PERIOD_BEFORE.search(text, max(0, s - 12), s):
                continue
            mention = _mention(kind, m, lex)
            if mention is not None:
                found.append(mention)
                taken.append((s, e))
    found.sort(key=lambda p: p.start)
    return found


def resolve(mention: PeriodMention, context: Period | None, published_year: int | None) -> Period | None:
    """The period a mention denotes, given the period in force."""
    if mention.kind == "explicit":
        if mention.period is not None:
            return mention.period
        year = context.y2 if context else published_year
        if year is None or mention.month_only is None:
            return None
        a, b = mention.month_only
        return Period(year, a, year, b)
    if mention.kind == "same":
        return context
    if mention.kind == "same_quarter" and mention.period is not None:
        if context is not None and context.is_quarter():
            return Period(mention.period.y1, context.m1, mention.period.y1, context.m2)
        return mention.period
    if mention.kind == "prev_year":
        return context.shifted_back(12) if context else None
    if mention.kind == "prev_quarter":
        return context.shifted_back(3) if context and context.is_quarter() else None
    if mention.kind in ("this_year", "last_year"):
        if mention.kind == "this_year":
            year = published_year
        else:  # "last year": relative to publication, else to the year the text is about
            year = published_year - 1 if published_year else (context.y2 if context else None)
        if year is None:
            return None
        if mention.month_only:
            return Period(year, mention.month_only[0], year, mention.month_only[1])
        return Period.year(year)
    return None
