"""Sentence and clause segmentation tuned to statistical bulletins and wire copy.

Spans are ``(start, end)`` character offsets into the text, stripped of surrounding
whitespace. Genre facts this encodes:

- every line that is a headline, a dateline ("2022-05-07 16:53"), a heading or a "- "
  bullet is its own sentence; a blank line always ends a sentence; a single newline inside
  running prose (hard-wrapped wire copy) does not;
- a period after an abbreviation ("Oct. 9", "U.S.", "Co.") or inside a number ("14.68")
  does not end a sentence;
- inside a sentence, a semicolon always ends a clause, a colon ends one when a statement
  follows it, and ", while" / ", whereas" / ", but" start a new one; ordinary commas do
  not (a figure and its "with a total of ..., accounting for ..." belong together).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicons import segmentation_config

Span = tuple[int, int]

# Bullet marks and list numbers ("- ", "1. ") that open a line but are not sentence text.
_BULLET = re.compile(r"(?:[-*\u2022\u2013\u2014]|\d{1,2}[.)])\s+")
# Candidate sentence end: terminal punctuation, optional closing quotes/brackets, space.
_SENT_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])")
_INITIALS = re.compile(r"^(?:[A-Za-z]\.)+$")
_TERMINAL = re.compile(r"[.!?:;][\"'\u201d\u2019)\]]*$")


def split_sentences(text: str) -> list[Span]:
    """Sentence spans of ``text``, in order."""
    spans: list[Span] = []
    for block_start, block_end in _blocks(text):
        spans.extend(_split_block(text, block_start, block_end))
    return spans


def split_clauses(text: str, start: int, end: int) -> list[Span]:
    """Clause spans of the sentence ``text[start:end]``, in order.

    Separator punctuation (";", ":", ",") is left out of the clauses; a sentence's final
    period stays with its last clause.
    """
    cuts = _clause_cuts(text[start:end])
    spans: list[Span] = []
    pos = 0
    for sep_start, sep_end in cuts + [(end - start, end - start)]:
        span = _strip(text, start + pos, start + sep_start)
        if span:
            spans.append(span)
        pos = sep_end
    whole = _strip(text, start, end)
    return spans or ([whole] if whole else [])


def sentences_and_clauses(text: str) -> tuple[list[Span], list[Span]]:
    """All sentences and all clauses of all sentences, in text order."""
    sentences = split_sentences(text)
    clauses = [c for s, e in sentences for c in split_clauses(text, s, e)]
    return sentences, clauses


# --- sentences -----------------------------------------------------------------------


def _lines(text: str) -> list[Span]:
    """Spans of the non-empty lines, stripped."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        span = _strip(text, m.start(), m.end())
        if span:
            out.append(span)
    return out


def _blocks(text: str) -> list[Span]:
    """Runs of lines that may hold one sentence across a line break.

    A line joins the previous one only when the previous line does not end in terminal
    punctuation, is not a bullet/short heading, and the new line starts in lower case and
    is not separated by a blank line: that is hard-wrapped prose.
    """
    blocks: list[list[int]] = []
    for ls, le in _lines(text):
        if blocks and _continues(text, blocks[-1], ls):
            blocks[-1][1] = le
        else:
            blocks.append([ls, le])
    return [(s + _bullet_len(text, s), e) for s, e in blocks]


def _continues(text: str, prev: list[int], line_start: int) -> bool:
    gap = text[prev[1]:line_start]
    if gap.count("\n") != 1:
        return False
    prev_text = text[prev[0]:prev[1]]
    if _TERMINAL.search(prev_text) or len(prev_text) < 40:
        return False
    return text[line_start].islower()


def _bullet_len(text: str, start: int) -> int:
    m = _BULLET.match(text, start)
    return m.end() - start if m else 0


def _split_block(text: str, start: int, end: int) -> list[Span]:
    spans: list[Span] = []
    pos = start
    for m in _SENT_END.finditer(text, start, end):
        if _is_abbreviation(text, start, m.start()):
            continue
        span = _strip(text, pos, m.end())
        if span:
            spans.append(span)
        pos = m.end()
    last = _strip(text, pos, end)
    if last:
        spans.append(last)
    return spans


def _is_abbreviation(text: str, block_start: int, dot: int) -> bool:
    """True when the period at ``dot`` closes an abbreviation, not a sentence."""
    if text[dot] != ".":
        return False
    begin = dot  # the run of non-space characters ending at the dot (a search from the
    while begin > block_start and not text[begin - 1].isspace():  # block start is quadratic)
        begin -= 1
    token = text[begin:dot + 1].lstrip("\"'(\u201c\u2018[")
    if token in _abbreviations() or token.lower() in _abbreviations_lower():
        return True
    # Initials and dotted acronyms ("J.", "U.S.") not listed above.
    return bool(_INITIALS.match(token)) and token[:-1].replace(".", "").isupper()


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(segmentation_config().abbreviations)


@lru_cache(maxsize=1)
def _abbreviations_lower() -> frozenset[str]:
    # Lower-case-only entries ("approx.", "e.g.") also match when capitalised.
    return frozenset(a for a in segmentation_config().abbreviations if a.islower())


# --- clauses -------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _clause_word_re() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in segmentation_config().clause_break_words)
    return re.compile(rf",\s*(?=(?:{words})\b)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _statement_re() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in segmentation_config().statement_words)
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def _clause_cuts(sentence: str) -> list[Span]:
    """Separator spans (relative to the sentence) at which a new clause starts."""
    cuts = [(m.start(), m.end()) for m in re.finditer(r";", sentence)]
    cuts += [(m.start(), m.end()) for m in _clause_word_re().finditer(sentence)]
    for m in re.finditer(r":(?=\s)", sentence):
        if _statement_follows(sentence, m.end()):
            cuts.append((m.start(), m.end()))
    return sorted(cuts)


def _statement_follows(sentence: str, pos: int) -> bool:
    """Does the text after a colon (up to the next semicolon) read as a statement?"""
    stop = sentence.find(";", pos)
    segment = sentence[pos: stop if stop >= 0 else len(sentence)]
    return bool(_statement_re().search(segment))


def _strip(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None
