"""The fast paths must find exactly what the exhaustive scans find: a period pattern runs
only on a text holding one of its cue words, month-led period patterns are tried only where
a month name starts, anchored ones only at their anchor word and the words right before it,
a clause is searched for ranks only when it holds a trigger word, and the "led by" pattern
only when the clause says "led by". Checked on the shipped corpus, generated bulletins and
sentences written for these tests."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
import regex

from benchmarks.generate import generate_document
from extractor import periods, ranks
from extractor.cues import cues
from extractor.indicators import basis, zeros
from extractor.quantities import find_quantities
from extractor.normalize import normalize_for_matching
from extractor.segment import sentences_and_clauses

# Period and rank phrasing the generated bulletins do not have.
SENTENCES = [
    "Sales rose 3% between March 2021 and June 2022, and from April to May output fell.",
    "In the twelve months to the end of September 2024, prices rose 4.1 percent.",
    "Output in the June 2024 quarter grew 0.3% from the March quarter.",
    "Exports in January-May rose 5%; in Jan. they had fallen, and May, June and July were flat.",
    "Industrial output was up 4% from March 2020 to April 2021; between May and June it eased.",
    "Prices rose in the week ending 14 March 2024 and in the week to Dec 3.",
    "Orders slid 2% in fiscal 2018, which ended in March, and in FY2019 that ended in June.",
    "Fuel sales grew 2% on the same period last year but 1% on a year earlier.",
    "The zone ranked first in the first quarter and third in the first 5 months of 2023.",
    "The 3rd quarter was the strongest; the city was number one in the region.",
    "Sales rose 2% in the fourth quarter from 1.9% in the third, and 4% in the first half against 3% in the second.",
    "Output grew between 2019 and 2021, from 2015 to 2016, and between Q1 2015 and quarter 4 2014.",
    "Rents in the 2023 quarter, the same 2022 quarter and the Dec. 2021 quarter fell; 2023 Q3 and 2024:q1 rose.",
    "Debt rose in 2019-2021 and 1999 – 2000, then month-on-month and q/q in the year to June.",
    "Spending grew 2.1 percent, led by Guangdong, and exports increased in 12 provinces, led by Hainan.",
    "Investment rose in 20 sectors, headed by Mining, while output fell in 3 regions, topped by Wales.",
    "Bonds maturing March 1995 fell; output was the weakest since October 2012, said data published in August 2022.",
    "In September alone sales rose 2%, and as of June 2023 debt stood at the high reached in October 2014.",
    "Sales in the\n  final quarter of 2023, (4th quarter), thefirst quarter and The First 6 months rose; first-quarter output fell.",
    "Sales rose last month and in the year as a whole; the past month of June, at the year-end and at present fell.",
    "Output in the current quarter, of which the same time was, rose from the previous quarter and a month earlier.",
    "Prices rose 2% in the month and 3% in the month of May, 4% on the previous month and 1% year on year.",
    "Profits in the first-half of 2023, The Second \n half and (first half) rose; the second-to-last half fell.",
    "By the end of 2024 output was 3% below the peak seen in 2019; in the 12 months to the end of May it grew.",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    corpus = Path(__file__).resolve().parents[1] / "corpus"
    found = [normalize_for_matching(p.read_text(encoding="utf-8-sig")) for p in sorted(corpus.glob("*.txt"))]
    return found + [generate_document(11, i)[1] for i in range(60)] + SENTENCES


def test_period_shortcuts_change_nothing(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    fast = [periods.find_periods(t) for t in texts]
    for name, none in (("_PATTERN_CUES", {}), ("_LEXICON_PATTERNS", {}), ("_PATTERN_CUE_RES", {}),
                       ("_AT_MONTH", frozenset()), ("_FROM_MONTH", {}), ("_ANCHORED", {})):
        monkeypatch.setattr(periods, name, none)
    periods._cued_patterns.cache_clear()
    try:
        exhaustive = [periods.find_periods(t) for t in texts]
    finally:
        periods._cued_patterns.cache_clear()  # rebuilt with the real cues once monkeypatch restores them
    assert sum(map(len, fast)) > 500  # the check has something to compare
    assert fast == exhaustive


def test_context_shortcuts_change_nothing(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The patterns read around a period ("maturing", "since", "as of") run only in a text
    holding their phrases: in whole texts and in stretches of them (a clause, a headline)."""
    spans = [(t, a, b) for t in texts for a, b in sentences_and_clauses(t)[1][::4] + [(0, len(t))]]
    fast = [periods.find_periods(t, a, b) for t, a, b in spans]
    monkeypatch.setattr(periods, "_absent_contexts", lambda folded: frozenset())
    assert [periods.find_periods(t, a, b) for t, a, b in spans] == fast
    assert any(m.local or m.point or m.reference for found in fast for m in found)  # the patterns found something


def test_rank_shortcuts_change_nothing(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    spans = [(t, a, b) for t in texts for a, b in sentences_and_clauses(t)[1] + [(0, len(t))]]
    fast = [ranks.find_ranks(t, a, b) for t, a, b in spans]
    real = ranks.finder._patterns()
    everywhere = dataclasses.replace(real, led_by_cue=regex.compile(""))  # matches in any clause
    monkeypatch.setattr(ranks.finder, "_patterns", lambda: everywhere)
    monkeypatch.setattr(ranks.finder, "_may_hold_rank", lambda *a: True)
    assert sum(map(len, fast)) > 20
    assert [ranks.find_ranks(t, a, b) for t, a, b in spans] == fast


@pytest.mark.parametrize("text, span", [
    ("from March to May", (0, 17)),  # starts at "from", before the month
    ("between June 2020 and May 2021", (0, 30)),
    ("in the week ending March 3", (3, 26)),
    ("the 12 months to June 2024", (0, 26)),  # needs "months to"
    ("the June 2024 quarter", (0, 21)),
])
def test_month_led_phrases_are_read_whole(text: str, span: tuple[int, int]) -> None:
    assert [(m.start, m.end) for m in periods.find_periods(text)] == [span]


def test_basis_cue_scan_changes_nothing(texts: list[str]) -> None:
    """A basis cue is scanned for only in a text holding one of its phrases, and then with
    the phrases it holds only."""
    for text in texts:
        basis._basis_cue_spans.cache_clear()
        found = dict(basis._basis_cue_spans(text))
        assert found == {name: [m.span() for m in p.finditer(text)] for name, p in cues().basis.items()}


def test_release_cues_change_nothing(texts: list[str]) -> None:
    """The monthly and quarterly release cues are read with the phrases the text holds."""
    hits = 0
    for text in texts + ["Seasonally-adjusted output fell last month; this quarterly bulletin says so."]:
        for name in ("monthly_release", "quarterly_release"):
            found = [m.span() for m in basis._release_cue(text, name).finditer(text)]
            assert found == [m.span() for m in getattr(cues(), name).finditer(text)]
            hits += len(found)
    assert hits > 3


def test_zero_phrase_scan_changes_nothing(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """A clause (a phrase, a figure's left) is searched for zero phrases ("no growth") only
    when it and its document hold one."""
    clauses = [(t, a, b) for t in texts + ["Output was flat, and prices were\nunchanged; there was no   growth.",
                                           "Sales were unchanged (0.0%) and a broadly unchanged reading of 0 was seen."]
               for a, b in sentences_and_clauses(t)[1]]
    quantities = {t: find_quantities(t) for t, _, _ in clauses}

    def read() -> list:
        return [(zeros.with_zero_changes(t, quantities[t], (a, b)), zeros.zero_phrase_in(t, (a, b)),
                 [zeros.zero_cue_before(t, q, a) for q in quantities[t] if a <= q.start < b]) for t, a, b in clauses]

    fast = read()
    monkeypatch.setattr(zeros, "_zero_phrases", lambda: ("",))  # "" is in every clause: always scanned
    monkeypatch.setattr(zeros, "_holds_zero_phrase", lambda text: True)
    slow = read()
    assert fast == slow
    assert any(any(before) for _, _, before in slow) and any(within for _, within, _ in slow)
    slow = [changes for changes, _, _ in slow]
    assert any(len(s) > len(quantities[t]) for s, (t, _, _) in zip(slow, clauses))  # zeros were found


def test_backward_context_patterns_change_nothing(texts: list[str]) -> None:
    """The patterns read right before a period are searched backwards: at every place of the
    texts, whether one matches in the window before it is what a forward search says."""
    context, level = periods._context_patterns(), periods._level_reference()
    windows = [(periods._published_before(), 90), (periods._announced_before(), 60), (periods._maturity_before(), 30),
               (context[2], 24), (context[3], 24), (level[2], 80), (level[3], 90), (periods._NOT_PERIOD_BEFORE, 12)]
    hits = 0
    for backward, width in windows:
        assert backward.flags & regex.REVERSE
        forward = regex.compile(backward.pattern, backward.flags & ~regex.REVERSE)
        for text in texts[::3]:
            for end in range(len(text) + 1):
                found = forward.search(text, max(0, end - width), end) is not None
                assert (backward.search(text, max(0, end - width), end) is not None) == found
                hits += found
    assert hits > 20


def test_trigger_scan_by_alternative_finds_what_the_one_pattern_finds(texts: list[str]) -> None:
    """The rank pre-scan runs each alternative of the trigger pattern alone (and the word
    alternative from the character before the word); the starts must be those of ``finditer``
    of the whole alternation over the lower-cased text."""
    from extractor.ranks import prescan

    whole = re.compile("|".join(p.pattern for p in prescan._trigger_alternatives()))
    extra = ["no. 5, #3 and number one; 21st, year-high, then5, theno 5, mainumber one, 1234th",
             "largest", "", "x-first", "2nd-largest 3rd quarter"]
    for text in [t.lower() for t in texts] + extra:
        assert prescan._alternation_starts(prescan._trigger_alternatives(), text) == \
            [m.start() for m in whole.finditer(text)]
