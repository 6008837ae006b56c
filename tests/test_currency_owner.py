"""A bare currency word shared by several economies ("dollars", "francs", "crowns",
"pounds") takes the economy its own sentence names right before the amount, over the one
named first near the top of the text. Our own sentences."""

from __future__ import annotations

import pytest

from extractor.quantities import find_quantities


def _only_unit(text: str) -> str | None:
    (amount,) = find_quantities(text)
    return amount.unit


@pytest.mark.parametrize(("text", "code"), [
    # the amount's sentence names its own economy
    ("New Zealand and Singapore held talks on Monday. The U.S. budget gap reached "
     "30 billion dollars in the month.", "USD"),
    ("Luxembourg and Belgium set up a joint fund. The Swiss central bank bought "
     "350 mln francs of bonds.", "CHF"),
    ("Denmark's farm output fell. Sweden's current account surplus grew to "
     "3.4 billion crowns.", "SEK"),
    ("Ireland's budget was approved. Britain's public borrowing reached "
     "2.7 billion pounds.", "GBP"),
    ("Norway's oil output rose last year. Danish shipping earnings climbed to "
     "4.1 billion crowns.", "DKK"),
    # unchanged: the dateline alone names the economy
    ("ZURICH, May 3 - The chemicals group raised its dividend and earned "
     "300 mln francs.", "CHF"),
    # unchanged: the sentence of the amount names the U.S. after Australia
    ("Australia's dollar firmed as the U.S. trade deficit was 5 billion dollars.", "USD"),
    ("Australia's dollar firmed on Friday. Figures showed the U.S. trade deficit was "
     "5 billion dollars.", "USD"),
])
def test_sentence_names_the_economy(text: str, code: str) -> None:
    assert _only_unit(text) == code


@pytest.mark.parametrize(("text", "code"), [
    # a trade partner after "to" is not the subject of the sentence
    ("Canada's exports to the U.S. rose to 8 billion dollars.", "CAD"),
    # no name in the sentence: the document-level choice stands
    ("Belgian banks lent heavily. They lent 20 billion francs to firms.", "BEF"),
])
def test_partners_and_other_sentences_keep_the_document_economy(text: str, code: str) -> None:
    assert _only_unit(text) == code


@pytest.mark.parametrize(("text", "code"), [
    ("Canada and Australia signed the pact. The U.S. trade deficit was 12 billion dollars.", "USD"),
    ("Belgium and France agreed on a plan. The Swiss National Bank said it sold 200 mln francs.", "CHF"),
    ("Sweden's exports rose. Norway's trade surplus widened to 5.2 billion crowns.", "NOK"),
    ("Egypt's trade deficit narrowed. Britain's deficit was 1.2 billion pounds.", "GBP"),
])
def test_reported_cases(text: str, code: str) -> None:
    assert _only_unit(text) == code
