"""Small readings of a clause's text that several steps share: where its body starts after
an introduction, whether a position is in brackets, a phrase's content words, whether a
figure opens its clause, and the patterns for these.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..cues import WORD, cues
from .figures import Figure

_RESPECTIVELY = regex.compile(r"\brespectively\b", regex.IGNORECASE)
# "Of the 2,350 enterprises above designated size, 1,620 ...": a thousands comma is no break.
_AMONG_INTRO = regex.compile(r"\s*(?:among|of|out\s+of)\s+(?:the\s+)?(?P<whole>(?:[^,]|(?<=\d),(?=\d{3}\b))+),",
                             regex.IGNORECASE)
_NUMBER_OF = regex.compile(r"(?:numbers?|count|tally)\s+of\s+", regex.IGNORECASE)
_ANY_WORD = regex.compile(r"\w")
PLAIN_WORD = regex.compile(r"[\w\-]+")
"""A word with inner hyphens, as the indicator readers count them ("value-added")."""
_ANY_DIGIT = regex.compile(r"\d")
_WORD_CHAR = regex.compile(r"[\w-]")


def may_hold_cue(text: str, end: int, in_text: bool) -> bool:
    r"""Whether a search of a cue pattern (``(?<![\w-])`` phrases ``(?![\w-])``, as cues.py
    builds them) in a stretch of ``text`` ending at ``end`` can find one; ``in_text``: whether
    a search of the whole text does (done once per document). A cue found in the stretch is
    one of the whole text too, its look-behind seeing the text before the stretch, unless it
    ends at ``end`` where a word goes on (the stretch's end hides that from its look-ahead)."""
    return in_text or _WORD_CHAR.match(text, end) is not None


def _in_brackets(text: str, start: int, pos: int) -> bool:
    opened = text.rfind("(", start, pos)
    return opened >= 0 and text.find(")", opened, pos) < 0


def _content_words(phrase: str) -> set[str]:
    return {w.lower().rstrip("s") for w in WORD.findall(phrase)} - cues().determiners


def _at_subject(text: str, fig: Figure) -> bool:
    """The figure opens its clause ("Half of these eaglet enterprises work in ...",
    "Among X, 68.3% carried out R&D activities")."""
    body = _clause_body(text, fig.clause_start, fig.q.start)
    intro = _AMONG_INTRO.match(text, body, fig.q.start)
    body = intro.end() if intro else body
    return not _ANY_WORD.search(text, body, fig.q.start)


@lru_cache(maxsize=512)
def _clause_body(text: str, cs: int, ce: int) -> int:
    # every reader of a figure asks for its clause's body: read the intro once per clause
    m = cues().intro.match(text[cs:ce])
    return cs + (m.end() if m else 0)
