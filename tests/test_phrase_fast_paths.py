"""The subject, verb and pronoun readers share one cached reading of a clause (where its
body starts, its words, its verb): it must be what the plain steps read, and a reader must
answer the same from a warm cache as from a cold one. Checked on generated bulletins and
sentences written for these tests, at every figure-like position of every clause."""

from __future__ import annotations

import pytest
import regex

from benchmarks.generate import generate_document
from extractor import phrases
from extractor.segment import sentences_and_clauses

SENTENCES = [
    "Official figures show that in 2019, tax revenue slid 4.6 percent to 1.2 billion yuan.",
    "During March 1988 the freight gauge, seasonally adjusted, climbed 0.7 pct (revised) over February.",
    "He said at a news conference exports rose 5.1 percent and imports fell 2 percent.",
    "According to first reckonings, the county's output expanded 5.3 percent.",
    "Funding - debt sales to the private sector and external flows - rose 3 billion dlrs.",
    "In 2023, they rose 6.4 percent; it was 9.1% a year before, and sales had fallen 2%.",
    "Value added of enterprises registered for VAT in Wales rose 3.2%, led by Cardiff (4.1%).",
]
_FIGURE = regex.compile(r"\d")


def _texts() -> list[str]:
    return [generate_document(7, i)[1] for i in range(25)] + SENTENCES


def _positions(text: str) -> list[tuple[int, int]]:
    """(clause start, figure start) of each run of digits that opens a figure."""
    _, clauses = sentences_and_clauses(text)
    out = []
    for cs, ce in clauses:
        for m in _FIGURE.finditer(text, cs, ce):
            if m.start() == cs or not text[m.start() - 1].isdigit() and text[m.start() - 1] not in ".,":
                out.append((cs, m.start()))
    return out


def _blocked(text: str, pos: int) -> tuple[tuple[int, int], ...]:
    """A blocked span over the word before the figure, as a period would be."""
    before = text.rfind(" ", 0, max(0, pos - 1))
    return ((before + 1, pos - 1),) if 0 <= before < pos - 2 else ()


def _plain(text: str, cs: int, pos: int, blocked: tuple[tuple[int, int], ...]):
    begin = phrases._strip_intro(text, phrases._back(text, cs, pos), pos, blocked)
    toks = tuple(phrases._iter_tokens(text, begin, pos, blocked))
    words = [w for w, _ in toks]
    return toks, tuple(words), phrases._verb_at(words)


@pytest.mark.parametrize("with_blocked", [False, True])
def test_clause_reading_is_the_plain_reading(with_blocked: bool) -> None:
    checked = 0
    for text in _texts():
        for cs, pos in _positions(text):
            blocked = _blocked(text, pos) if with_blocked else ()
            assert phrases._clause_reading(text, cs, pos, blocked) == _plain(text, cs, pos, blocked), text[cs:pos]
            checked += 1
    assert checked > 500


def test_readers_answer_the_same_from_a_warm_cache() -> None:
    for text in _texts():
        for cs, pos in _positions(text):
            readers = (phrases.subject_phrase, phrases.verb_before, phrases.pronoun_subject)
            phrases._cached_clause_reading.cache_clear()
            phrases._cached_tokens.cache_clear()
            cold = [reader(text, cs, pos) for reader in readers]
            warm = [reader(text, cs, pos) for reader in readers]
            assert cold == warm, text[cs:pos]
