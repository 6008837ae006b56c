"""Document metadata the text itself states: its headline and its publication date.

Only the head of the document is read for the date (the headline, short lines after it,
and a wire dateline at the start of the first paragraph): dates in the body are about the
statistics, not about the publication. A date without a year ("BONN, April 2 -") gives
no ``published``: we do not guess the year.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicons import data_json
from .models import Meta

_MAX_TITLE_WORDS = 30
_MAX_TITLE_CHARS = 250
# The head of a document: its first lines, short ones or a byline (shared with periods.py,
# which keeps publication lines out of the period in force).
HEAD_LINES = 4
SHORT_LINE = 80
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_MONTH_RE = r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_ISO = re.compile(r"\b(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"
                  r"(?:[ T]+(?P<H>\d{1,2}):(?P<M>\d{2}))?\b")
_MDY = re.compile(rf"\b{_MONTH_RE}\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})\b", re.IGNORECASE)
_DMY = re.compile(rf"\b(?P<d>\d{{1,2}})\s+{_MONTH_RE},?\s+(?P<y>\d{{4}})\b", re.IGNORECASE)
_DATE_ONLY_LINE = re.compile(r"^[\d\s:/.,TZ+-]+$")
BYLINE = 200  # "Writer: ... | Editor: ... | From: Shenzhen Daily | Updated: 2021-06-28"
_WIRE_PREFIX = re.compile(r"^(.{0,80}?)\s(?:-|--|\u2013|\u2014)\s")


def detect_meta(text: str) -> Meta:
    """Title and publication date stated by ``text`` (language is always "en")."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return Meta(title=detect_title(lines), published=detect_published(lines))


def detect_title(lines: list[str]) -> str | None:
    """The first non-empty line when it reads as a headline, not as body text."""
    if len(lines) < 2:
        return None
    first = lines[0]
    if _DATE_ONLY_LINE.match(first) or len(first) > _MAX_TITLE_CHARS:
        return None
    if len(first.split()) > _MAX_TITLE_WORDS or re.search(r"[.;,:]$", first):
        return None
    return first


def detect_published(lines: list[str]) -> str | None:
    """ISO 8601 date (and time) from the document head, when it states a full date."""
    for chunk in _head_chunks(lines):
        found = parse_full_date(chunk)
        if found:
            return found
    return None


def _head_chunks(lines: list[str]) -> list[str]:
    """Headline, short lines below it, and the wire dateline of the first paragraph."""
    chunks: list[str] = []
    for i, line in enumerate(lines[:HEAD_LINES]):
        if (i == 0 and detect_title(lines)) or (len(line) <= SHORT_LINE and not line.endswith(".")):
            chunks.append(line)
            continue
        marked = _publication_mark().search(line)
        if marked and len(line) <= BYLINE and not line.endswith("."):
            chunks.append(line[marked.start():])  # a byline: the date after "Updated:"
            continue
        m = _WIRE_PREFIX.match(line)
        if m:
            chunks.append(m.group(1))
        break  # the first body paragraph ends the head
    return chunks


def parse_full_date(s: str) -> str | None:
    """The first full date in ``s`` as ISO 8601 ("2022-05-07T16:53", "2022-05-07")."""
    m = _ISO.search(s)
    if m and _valid(int(m["y"]), int(m["m"]), int(m["d"])):
        date = f"{int(m['y']):04d}-{int(m['m']):02d}-{int(m['d']):02d}"
        if m["H"] is not None and int(m["H"]) < 24:
            return f"{date}T{int(m['H']):02d}:{m['M']}"
        return date
    for pattern in (_MDY, _DMY):
        m = pattern.search(s)
        if m:
            month = _MONTHS[m["mon"][:3].lower()]
            if _valid(int(m["y"]), month, int(m["d"])):
                return f"{int(m['y']):04d}-{month:02d}-{int(m['d']):02d}"
    return None


def _valid(year: int, month: int, day: int) -> bool:
    return 1800 <= year <= 2200 and 1 <= month <= 12 and 1 <= day <= 31


@lru_cache(maxsize=1)
def _publication_mark() -> re.Pattern[str]:
    """A publication word ("Updated:", "Published") in a byline; the list is shared with
    the period reader (``data/periods.json``)."""
    words = sorted(data_json("periods.json")["publication_words"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b\s*:?", re.IGNORECASE)
