"""normalize_for_matching: same length, one code point for one, folds what breaks matching."""

from __future__ import annotations

import pytest

from extractor.normalize import normalize_for_matching


@pytest.mark.parametrize(("raw", "folded"), [
    ("40\uff05", "40%"),                       # full-width percent sign
    ("\uff11\uff12\uff0c\uff13\uff14\uff15", "12,345"),  # full-width digits and comma
    ("\uff13\uff0e\uff15", "3.5"),             # full-width full stop as decimal point
    ("\uff27\uff24\uff30", "GDP"),             # full-width letters
    ("10\u00a0000", "10 000"),                 # no-break space
    ("a\u3000b", "a b"),                       # ideographic space
    ("1\u202f234", "1 234"),                   # narrow no-break space
    ("\u201cup\u201d \u2018it\u2019s\u2019", "\"up\" 'it's'"),  # curly quotes
    ("5\u201310 percent", "5-10 percent"),     # en dash range
    ("\u22122.1", "-2.1"),                     # minus sign
    ("rose\u3002Then", "rose.Then"),           # ideographic full stop
    ("Augu\u017ft", "August"),                 # long s: case-insensitive patterns read it as "s"
    ("tr\u0131pled", "tripled"),               # dotless i, read as "i" the same way
])
def test_folds_characters_that_break_matching(raw: str, folded: str) -> None:
    assert normalize_for_matching(raw) == folded


@pytest.mark.parametrize("kept", [
    "plain ASCII text, 3.5% and $12.",
    "em dash \u2014 separates clauses",        # an em dash as "-" would read as a sign
    "km\u00b2 and \u00bd",                     # folding these would need more code points
    "\u5927\u8fde\u9ad8\u65b0\u533a",          # Chinese characters are not touched
    "line\nbreaks\tand tabs",
])
def test_leaves_other_characters_alone(kept: str) -> None:
    assert normalize_for_matching(kept) == kept


@pytest.mark.parametrize(("raw", "folded"), [
    # a footnote digit glued to an aggregate is read as a space; then months glued to one too
    ("Output fell 0.2% in the Euro area4 and rose in the EU285.", "Output fell 0.2% in the Euro area  and rose in the EU28 ."),
    ("Jobs grew in the EA193 (the euro zone). In March1 they fell.", "Jobs grew in the EA19  (the euro zone). In March  they fell."),
    ("Wages in the European Union2 rose in May4, as in June.", "Wages in the European Union  rose in May , as in June."),
])
def test_blanks_footnote_marks_glued_to_aggregates(raw: str, folded: str) -> None:
    assert normalize_for_matching(raw) == folded


@pytest.mark.parametrize("kept", [
    "Trade talks began on March4 in Geneva.",    # no footnoted aggregate: a lost space, not a note
    "The EU27 and EA19 met on June 5.",          # real member counts and dates stay
    "Rates rose in the euro area 2 years ago.",  # a spaced number is no footnote
    "The G7 and the EU2024 plan.",               # other codes are left alone
])
def test_leaves_names_with_real_digits_alone(kept: str) -> None:
    assert normalize_for_matching(kept) == kept


def test_offsets_found_on_the_folded_text_point_at_the_original_surface() -> None:
    original = "It rose \uff13\uff15\uff05 to \u201c1\u00a0200\u201d units."
    folded = normalize_for_matching(original)
    start = folded.index("35%")
    assert original[start:start + 3] == "\uff13\uff15\uff05"
    assert len(folded) == len(original)


def test_a_long_s_or_dotless_i_no_longer_breaks_a_document() -> None:
    # Matched case-insensitively as "s" / "i" but looked up by their own lower case, such
    # words ("Auguſt", "firſt") used to raise KeyError and lose the whole document.
    from extractor.pipeline import Extractor

    doc = Extractor().extract("Exports ro\u017fe 5 percent in Augu\u017ft 2021, the fir\u017ft gain th\u0131s year.", "t")
    assert [(i.metric, i.period, i.change.value if i.change else None) for i in doc.indicators] == \
        [("Exports", "2021-08", 5)]
