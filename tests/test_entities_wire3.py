"""Entities of Eurostat releases and wire stories (sentences written for these tests):
numbered country groups, a chamber of commerce after "U.S.", a plural possessive inside a
name and its bracketed acronym, ports and stations named after their place, and a date after
"on" that ends a name."""

from __future__ import annotations

import pytest

from extractor.names import find_names
from extractor.normalize import normalize_for_matching


def _names(text: str) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.label) for m in find_names(text)]


CASES = [
    # Numbered country groups are places, like "euro area"
    ("Idle capacity grew in the EU25 but shrank in the EA-16.", [("EU25", "GPE"), ("EA-16", "GPE")]),
    ("Figures for the EU27_2020 and the EU were revised.", [("EU27_2020", "GPE"), ("EU", "GPE")]),
    ("Form EU2024 and code XEA19 are no places.", []),
    # A chamber of commerce is one ORG, the country in it not nested
    ("Ministers met the U.S. Chamber of Commerce in Geneva.",
     [("U.S. Chamber of Commerce", "ORG"), ("Geneva", "GPE")]),
    # A plural possessive inside a name keeps the name whole, and its acronym follows it
    ("A spokesman of the Chile Growers' Federation (CGF) said the CGF expects losses.",
     [("Chile Growers' Federation", "ORG"), ("CGF", "ORG"), ("CGF", "ORG")]),
    ("Investors' appetite for Chile waned.", [("Chile", "GPE")]),
    # Ports and stations named after their place are ORG; the city itself stays GPE
    ("Tankers queued at Dalian Port in Dalian on Tuesday.", [("Dalian Port", "ORG"), ("Dalian", "GPE")]),
    ("Volumes at the Port of Hamburg fell.", [("Port of Hamburg", "ORG")]),
    ("Freight left Erenhot Station on Friday and Dalian Port on Sunday.",
     [("Erenhot Station", "ORG"), ("Dalian Port", "ORG")]),
    # ... but without a place before it the word makes no ORG, and capitals named so stay GPE
    ("Crews docked at the International Space Station.", []),
    ("Flights link Port Louis and Port of Spain.", [("Port Louis", "GPE"), ("Port of Spain", "GPE")]),
    # A day or month after "on" ends a name; "on" inside a name stays
    ("The Statistics Bureau on Monday said prices rose.", [("Statistics Bureau", "ORG")]),
    ("The Committee on Fiscal Affairs met.", [("Committee on Fiscal Affairs", "ORG")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Footnote digits glued to aggregates (Eurostat style) leave the name without the digit
    ("Output rose in the euro area1 and in the EU282.", [("euro area", "GPE"), ("EU28", "GPE")]),
    ("Euro area3 and EA194 wages fell; Cyprus did not.", [("Euro area", "GPE"), ("EA19", "GPE"), ("Cyprus", "GPE")]),
    # ... real member counts keep their digits
    ("The EU27 and the EA19 both grew.", [("EU27", "GPE"), ("EA19", "GPE")]),
])
def test_names_after_footnote_marks(text: str, expected: list[tuple[str, str]]) -> None:
    assert _names(normalize_for_matching(text)) == expected
