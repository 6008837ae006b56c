"""Sentence and clause segmentation (extractor.segment, bulletin_segmenter)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import extractor.components  # noqa: F401  (registers factories and extensions)
from extractor.segment import sentences_and_clauses, split_clauses, split_sentences

REFERENCE = Path(__file__).parents[1] / "corpus" / "dalian-htz-2022-05-07.txt"


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def _clauses(text: str) -> list[str]:
    return [text[s:e] for s, e in split_clauses(text, 0, len(text))]


@pytest.mark.parametrize("text, expected", [
    ("It rose 14.68 percent. It fell.", ["It rose 14.68 percent.", "It fell."]),
    ("BEIJING, Nov. 18 (Xinhua) -- Revenue fell. Tax slid.",
     ["BEIJING, Nov. 18 (Xinhua) -- Revenue fell.", "Tax slid."]),
    ("It launched on Oct. 9 in the U.S. Output rose.", ["It launched on Oct. 9 in the U.S. Output rose."]),
    ("Sales at Acme Co. Ltd. rose. Mr. Li said so.", ["Sales at Acme Co. Ltd. rose.", "Mr. Li said so."]),
    ("It is No. 1 in the city. Next.", ["It is No. 1 in the city.", "Next."]),
    ("Output fell four pct. The ministry said.", ["Output fell four pct.", "The ministry said."]),
    ("\"It rose,\" he said. \"It fell.\" Next.", ["\"It rose,\" he said.", "\"It fell.\"", "Next."]),
])
def test_sentence_ends(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_lines_headings_and_bullets_are_sentences() -> None:
    text = ("UK Business 2013\n\nHeadline figures\n\n- London has 17.2% of the total.\n"
            "- The number rose\n1. Approximately 31,000 was caused by changes.\n")
    assert _sentences(text) == ["UK Business 2013", "Headline figures", "London has 17.2% of the total.",
                                "The number rose", "Approximately 31,000 was caused by changes."]


def test_headline_and_dateline_are_separate_sentences() -> None:
    text = "A headline about the Zone and the whole city\n2022-05-07 16:53\n\nBody text here."
    assert _sentences(text) == ["A headline about the Zone and the whole city", "2022-05-07 16:53",
                                "Body text here."]


def test_hard_wrapped_prose_is_joined() -> None:
    text = "Vietnam recorded a trade deficit of 3.41 billion dollars in 1994, the third\nlargest since 1975.\n"
    assert _sentences(text) == [text.strip()]


@pytest.mark.parametrize("text, expected", [
    # A semicolon always ends a clause, whatever follows it.
    ("There were 2 new unicorn enterprises, with a total of 6, accounting for 100% of the city; "
     "There are 23 new gazelle enterprises.",
     ["There were 2 new unicorn enterprises, with a total of 6, accounting for 100% of the city",
      "There are 23 new gazelle enterprises."]),
    # A colon before a statement ends a clause; before a list of phrases it does not.
    ("Indicators led the city: there were 2 new unicorns.", ["Indicators led the city", "there were 2 new unicorns."]),
    ("It ranks first in six aspects: alliances, teams and projects.",
     ["It ranks first in six aspects: alliances, teams and projects."]),
    ("Partnerships dropped 3.7%, while limited companies grew by 2.9%.",
     ["Partnerships dropped 3.7%", "while limited companies grew by 2.9%."]),
    ("Exports rose, but imports fell.", ["Exports rose", "but imports fell."]),
    ("Output, seasonally adjusted, rose 3.2 pct.", ["Output, seasonally adjusted, rose 3.2 pct."]),
])
def test_clause_breaks(text: str, expected: list[str]) -> None:
    assert _clauses(text) == expected


def test_clause_offsets_are_relative_to_the_document() -> None:
    text = "Intro. A rose; B fell."
    (s1, e1), (s2, e2) = split_sentences(text)
    assert split_clauses(text, s2, e2) == [(7, 13), (15, 22)]


def test_component_sets_sentences_clauses_and_sent_starts() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("bulletin_segmenter")
    doc = nlp("Headline\n\nA rose; B fell. C grew.")
    assert [doc.text[s:e] for s, e in doc._.sentences] == ["Headline", "A rose; B fell.", "C grew."]
    assert [doc.text[s:e] for s, e in doc._.clauses] == ["Headline", "A rose", "B fell.", "C grew."]
    assert [s.text.strip() for s in doc.sents] == ["Headline", "A rose; B fell.", "C grew."]
    assert len(doc.spans["clauses"]) == 4


@pytest.mark.skipif(not REFERENCE.exists(), reason="reference bulletin not present")
def test_reference_bulletin_statements_are_clauses() -> None:
    text = REFERENCE.read_text(encoding="utf-8-sig")
    sentences, clauses = sentences_and_clauses(text)
    surfaces = [text[s:e] for s, e in clauses]
    assert text[slice(*sentences[1])] == "2022-05-07 16:53"
    assert "there were 2 new unicorn enterprises, with a total of 6, accounting for 100% of the city" in surfaces
    assert any(c.startswith("There are 23 new gazelle enterprises") for c in surfaces)
    assert all(text[s:e] == text[s:e].strip() for s, e in sentences + clauses)
