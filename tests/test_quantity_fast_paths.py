"""The quantity matcher's shortcuts find exactly what the plain patterns find: lexicon
alternations folded into prefix trees, the pre-tests before the label and multiplying-verb
patterns, the economy-name scans without a look-behind, and the plain-digit reading of a
number. Checked on the shipped corpus, generated bulletins and sentences written for them."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks.generate import generate_document
from extractor import currency_economies, numbers, quantities
from extractor.numbers import parse_number_exact
from extractor.quantity_lexicon import alternation, currencies, hedges, phrase_pattern, scales, units

# Case, spacing and letters that IGNORECASE folds in ways lower() does not ("ſ", "ı", "K").
SENTENCES = [
    "Sales DOUBLED in 2023 and costs were Halved; exports may triple in 2030.",
    "Output douBLing, prices tripled (+3 PER  CENT) and 2.5 Percentage\nPoints more.",
    "See Tables 1, 2 and 3 to 7, FIGURE 4 and chart\u00a05; Box 2 and Section 4.1 list 12 firms.",
    "The TABLEſ 3 and 4 show 5 bln; quadrupleſ 4 times and 2 \u212aM.",
    "In Annex 3 – 5 and the appendices 2 & 4, 401(k) plans held $5 bln.",
    "XUnited States, U.S.U.S. and .U.S. dollars; Canada's 3 bln dollars; aCanada 2 bln dlrs.",
    "The CANADIAN dollar rose; Hong Kong and HK$ 5 bln; Taiwan 2 bln dlrs; NEW ZEALAND 3 bln dlrs.",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    corpus = Path(__file__).resolve().parents[1] / "corpus"
    found = [p.read_text(encoding="utf-8-sig") for p in sorted(corpus.glob("*.txt"))]
    return found + [generate_document(5, i)[1] for i in range(40)] + SENTENCES


def _flat(phrases: list[str]) -> str:
    """The alternation as it was before the prefix tree: every phrase, longest first."""
    return "(?:" + "|".join(phrase_pattern(p) for p in sorted(set(phrases), key=len, reverse=True)) + ")"


@pytest.mark.parametrize("phrases", [
    [s for table in (currencies().suffix, ) for ss in table.values() for s in ss],
    [e for u in units().units for e in u.surfaces],
    list(scales().scales),
    [p for ps in hedges().after.values() for p in ps],
    ["per cent", "per", "percent", "percentage point", "percentage points", "pct", "Mark", "mark"],
], ids=["currencies", "units", "scales", "bounds after", "mixed case"])
@pytest.mark.parametrize("flags", [0, re.IGNORECASE], ids=["case", "nocase"])
def test_folded_alternation_matches_like_the_flat_one(texts: list[str], phrases: list[str], flags: int) -> None:
    folded = re.compile(rf"(?:{alternation(phrases)})(?![\w])", flags)
    flat = re.compile(rf"(?:{_flat(phrases)})(?![\w])", flags)
    for text in texts:
        assert [m.span() for m in folded.finditer(text)] == [m.span() for m in flat.finditer(text)]


@given(st.lists(st.text(alphabet="aAbB .", min_size=1, max_size=5), min_size=1, max_size=8),
       st.text(alphabet="aAbB .x\n", max_size=30))
def test_folded_alternation_on_made_up_phrases(phrases: list[str], text: str) -> None:
    for flags in (0, re.IGNORECASE):
        folded = re.compile(rf"(?:{alternation(phrases)})(?![\w])", flags)
        flat = re.compile(rf"(?:{_flat(phrases)})(?![\w])", flags)
        assert [folded.match(text, i) and folded.match(text, i).span() for i in range(len(text))] \
            == [flat.match(text, i) and flat.match(text, i).span() for i in range(len(text))]


def test_no_other_letter_folds_beyond_lower() -> None:
    # The multiplying-verb pre-test relies on it: IGNORECASE matches an ASCII letter only at
    # characters whose lower() is that letter, and at "İ", "ı", "ſ".
    letter = re.compile("[a-z]", re.IGNORECASE)
    beyond = {c for c in map(chr, range(0x80, 0x110000)) if letter.match(c) and c.lower() not in
              "abcdefghijklmnopqrstuvwxyz"}
    assert beyond == set(quantities._FOLDS_BEYOND_LOWER)


def test_quantity_shortcuts_change_nothing(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    fast = [quantities.find_quantities(t) for t in texts]
    monkeypatch.setattr(quantities, "_LABEL_ENDS", ("",))  # every tail passes the pre-test
    monkeypatch.setattr(quantities, "_MULTIPLYING_CUES", ("",))
    assert sum(map(len, fast)) > 1000
    assert [quantities.find_quantities(t) for t in texts] == fast


@pytest.mark.parametrize("code", sorted(currencies().economies))
def test_economy_names_match_like_the_look_behind_pattern(texts: list[str], code: str) -> None:
    names = currency_economies._vote_pattern(code)
    plain = re.compile(names.lead.pattern + names.body.pattern)
    for text in texts:
        assert [m.span() for m in names.finditer(text)] == [m.span() for m in plain.finditer(text)]


def _read_by_the_regexes(surface: str) -> Decimal | None:
    """The digit readings of parse_number_exact without its plain-digit shortcut."""
    text = surface.strip()
    decimal = numbers._DECIMAL_COMMA.match(text)
    if decimal:
        return Decimal(f"{decimal.group(1)}.{decimal.group(2)}")
    if numbers._DIGITS_ONLY.match(text):
        return Decimal(numbers._GROUP_MARKS.sub("", text))
    return None


@pytest.mark.parametrize("surface", ["2024", "12.5", "007", "0.30", "1,200", "1,1", "167 000", " 42 ",
                                     "\u0663\u0664", "\u0663.5", "4.50", "1000000.000001"])
def test_plain_digits_read_as_before(surface: str) -> None:
    expected = _read_by_the_regexes(surface)
    assert expected is not None
    value = parse_number_exact(surface)
    assert (type(value), str(value)) == (type(expected), str(expected))


def test_a_verb_matched_only_through_a_rare_fold_is_no_figure() -> None:
    # The dotless "ı" matches "i" under IGNORECASE but lower() keeps it, so the verb is not
    # in the table: no figure rather than a crash.
    found = quantities.find_quantities("Sales trıpled last year while costs doubled.")
    assert [(q.start, q.value) for q in found if q.unit == "times"] == [(36, 2)]  # "doubled"


def _kept_anchors(lower: str) -> list[tuple[int, int]]:
    """The single anchor scan, less the word matches right after a letter a-z (dropped anyway)."""
    return [m.span() for m in quantities._ANCHOR.finditer(lower)
            if not (m.start() and "a" <= lower[m.start() - 1] <= "z" and not lower[m.start()].isdigit())]


def test_split_anchor_scans_find_the_kept_anchors(texts: list[str]) -> None:
    assert quantities._ANCHOR_WORDS_ARE_LETTERS  # else _anchors falls back to the single scan
    for text in texts:
        lower = text.lower()
        assert quantities._anchors(lower) == _kept_anchors(lower)


@given(st.text(alphabet="one twelvhrsdazcO5,.-\n\u00e9\u0663", max_size=40))
def test_split_anchor_scans_on_made_up_text(text: str) -> None:
    assert quantities._anchors(text) == _kept_anchors(text)


def _kept_triggers(lower: str) -> list[tuple[int, int]]:
    """The plain trigger scan, less the matches right after a letter a-z (dropped anyway)."""
    return [m.span() for m in quantities._LEFT_TRIGGER.finditer(lower)
            if not (m.start() and "a" <= lower[m.start() - 1] <= "z")]


def _without_glued(lower: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [s for s in spans if not (s[0] and "a" <= lower[s[0] - 1] <= "z")]


# A spaced phrase glued to a letter hides the trigger inside it from the plain scan.
GLUED = ["prices xwent up 2 pct", "-went up rose", "it went up", "the unit xpicked up; rose",
         "a reset up 3%", "costs rose", "upset up"]


def test_trigger_scan_finds_the_plain_triggers(texts: list[str]) -> None:
    assert quantities._TRIGGERS_END_IN_LETTERS  # else _trigger_spans takes the plain scan
    for text in texts + GLUED:
        lower = text.lower()
        assert _without_glued(lower, quantities._trigger_spans(lower)) == _kept_triggers(lower)


@given(st.text(alphabet="went up rose xdownfl-", max_size=40))
def test_trigger_scan_on_made_up_text(text: str) -> None:
    assert _without_glued(text, quantities._trigger_spans(text)) == _kept_triggers(text)


def test_sentence_break_class_first_matches_the_alternation(texts: list[str]) -> None:
    plain = re.compile(r"[.!?;:](?=\s)|\n(?![ \t]*(?:[a-z]|\d(?![\d,]*[.)]\s)))")
    for text in texts + ["a.\nb\n\n1. x\n 2,5 y:\tz;\n3) w?", "\n.\n"]:
        assert [m.span() for m in quantities._SENTENCE_BREAK.finditer(text)] \
            == [m.span() for m in plain.finditer(text)]
