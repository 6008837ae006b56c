import pytest

from extractor.scoring.numbers import numbers_equal
from extractor.scoring.phrases import (fold_plural, normalise_scope, phrase_tokens,
                                       phrases_match, stop_words, token_f1)


def test_stop_words_come_from_the_data_file():
    assert {"the", "of", "and"} <= stop_words()
    assert "new" not in stop_words()


@pytest.mark.parametrize("word, folded", [("patents", "patent"), ("companies", "company"),
                                          ("businesses", "business"), ("status", "status"),
                                          ("gas", "gas"), ("analysis", "analysis")])
def test_fold_plural(word, folded):
    assert fold_plural(word) == folded


def test_tokens_drop_case_stop_words_punctuation_and_fold_plurals():
    assert phrase_tokens("The Turnover of technology-contracts") == {
        "turnover", "technology", "contract"}


def test_token_f1_hand_computed():
    # gold {invention, patent}, pred {patent, granted}: P = R = 1/2, F1 = 0.5 -> a match
    assert token_f1("invention patents", "patents granted") == pytest.approx(0.5)
    assert phrases_match("invention patents", "patents granted")
    # gold {high, tech, enterprise}, pred {enterprise}: P = 1, R = 1/3, F1 = 0.5
    assert phrases_match("high-tech enterprises", "enterprises")
    # gold {budget, deficit, 1986}, pred {revenue}: nothing in common
    assert not phrases_match("budget deficit 1986", "revenue")


def test_null_phrases():
    assert phrases_match(None, None)
    assert not phrases_match("exports", None)
    assert not phrases_match(None, "exports")


@pytest.mark.parametrize("raw, normal", [("the whole city", "city"), ("the city's total", "city"),
                                         ("all enterprises", "enterprises"),
                                         ("The Country's", "country"), ("world", "world")])
def test_scope_normalisation(raw, normal):
    assert normalise_scope(raw) == normal


def test_number_tolerance_is_relative_to_gold():
    assert numbers_equal(14680000000, 14680000000 + 14000)      # 1e-6 * 1.468e10 = 14680
    assert not numbers_equal(14680000000, 14680000000 + 15000)
    assert numbers_equal(0.5, 0.5000009)                         # max(1, |b|) floor
    assert not numbers_equal(0.5, 0.500002)
    assert numbers_equal(33.333333, 100 / 3)
    assert not numbers_equal(7080000000, 7080000)                # a scale error
    assert numbers_equal(None, None) and not numbers_equal(1, None)
