"""Wire bid/offer quotes, headline amounts taking the story's currency, ORGs in capitals."""

import pytest

from extractor.names import find_names
from extractor.quantities import find_quantities


def _quantities(text):
    return [(text[q.start:q.end], q.value, q.upper, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize("text, expected", [
    # bid/offer: the second number abbreviates the first one's last digits
    ("Dealers quoted the 6.75/62 pct rate on three-month deposits.",
     ("6.75/62 pct", 6.62, 6.75, "percent")),
    ("Call money stood near 3.25/18 percent late on Friday.",
     ("3.25/18 percent", 3.18, 3.25, "percent")),
    # an exchange-rate quote: the same abbreviation before a currency
    ("ZURICH, June 3 - The dollar ended at 1.4420/35 francs after a quiet session.",
     ("1.4420/35 francs", 1.442, 1.4435, "CHF")),
    # headline amount with a scale word takes the currency of the same amount in the story
    ("CENTRAL BANK TO BUY 800 BILLION IN BONDS\n\nSEOUL, June 3 - The central bank will buy "
     "800 billion won of bonds, dealers said.",
     ("800 BILLION", 800_000_000_000, None, "KRW")),
])
def test_fixed(text, expected):
    assert expected in _quantities(text)


def test_bid_offer_never_reads_tail_alone():
    found = _quantities("Dealers quoted the 6.75/62 pct rate on three-month deposits.")
    assert all(value != 62 for _, value, _, _ in found)


@pytest.mark.parametrize("text, span", [
    ("The partners agreed a 50/50 split of the profits.", "50/50"),
    ("The helpline runs 24/7 for exporters.", "24/7"),
    ("The payment was made on 3/4 of the amount.", "3/4"),
])
def test_slashes_unchanged(text, span):
    found = _quantities(text)
    assert [f for f in found if f[0] == span and f[2] is None]


def test_headline_without_matching_story_amount_unchanged():
    text = "TREASURY TO SELL 900 BILLION IN NOTES\n\nThe treasury will sell 400 billion yen of notes."
    assert ("900 BILLION", 900_000_000_000, None, None) in _quantities(text)


def test_mixed_case_headline_unchanged():
    text = "Treasury to sell 900 billion in notes\n\nThe treasury will sell 900 billion yen of notes."
    assert ("900 billion", 900_000_000_000, None, None) in _quantities(text)


@pytest.mark.parametrize("text, expected, absent", [
    ("BANK OF ENGLAND HOLDS RATES\n\nLONDON, May 2 - The Bank of England kept rates on hold.",
     ("BANK OF ENGLAND", "ORG"), ("ENGLAND", "GPE")),
    ("FEDERAL RESERVE ADDS RESERVES\n\nNEW YORK, May 2 - The Federal Reserve added reserves.",
     ("FEDERAL RESERVE", "ORG"), None),
])
def test_caps_orgs(text, expected, absent):
    names = [(text[m.start:m.end], m.label) for m in find_names(text)]
    assert expected in names
    if absent:
        assert absent not in names
