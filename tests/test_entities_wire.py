"""Entities in wire stories and Xinhua items (sentences written for these tests): organisation
heads missing before (Customs, Partnership, legal forms), a company name with a bracketed part
and its later short form, "U.S." before a capitalised word and in a currency phrase without a
figure, and trade blocs."""

from __future__ import annotations

import pytest

from extractor.names import find_names


def _names(text: str) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.label) for m in find_names(text)]


CASES = [
    # Customs offices and partnerships are organisations; a bare "Customs" is no name.
    ("Data from Qingdao Customs showed exports rose.", [("Qingdao Customs", "ORG")]),
    ("Customs data showed exports rose.", []),
    ("Trade with members of the Northern Economic Partnership rose.", [("Northern Economic Partnership", "ORG")]),
    ("Rudolf Kessler AG said sales fell.", [("Rudolf Kessler AG", "ORG")]),
    # A bracketed part before a legal form is part of the name; the first word names the firm later.
    ('"Demand is weak," Hollis Barrow (Asia) Ltd strategist Ann Lee said. "Prices will ease," '
     "Hollis's Lee added.", [("Hollis Barrow (Asia) Ltd", "ORG"), ("Hollis", "ORG")]),
    # A place is never a company's short form.
    ("Shipments by China Coastal Freight Co rose. China said imports fell.",
     [("China Coastal Freight Co", "ORG"), ("China", "GPE")]),
    # Reuters-21578 capitalises the word after "U.S.".
    ("Imports from the U.S. Rose 12 pct.", [("U.S.", "GPE")]),
    ("Growth in the U.S. At 1.9 pct lagged.", [("U.S.", "GPE")]),
    ("U.S. And Canadian output rose.", [("U.S.", "GPE")]),
    # A currency phrase without a figure names the country; with a figure, the quantity holds it.
    ("The yen firmed against the U.S. Dollar on Monday.", [("U.S.", "GPE")]),
    ("Banks made heavy purchases of U.S. Dollars last week.", [("U.S.", "GPE")]),
    ("Reserves rose to 50 billion U.S. Dlrs.", []),
    ("Output was worth 3.5 billion US dollars.", []),
    # Unchanged: a name after "U.S." that no head makes an ORG leaves "U.S." alone.
    ("The U.S. Treasury said bond sales rose.", [("U.S.", "GPE")]),
    # Trade blocs as partners are GPE; the European Community as a payee is an ORG.
    ("Shipments to the EEC fell 4 pct.", [("EEC", "GPE")]),
    ("Imports from the European Union rose.", [("European Union", "GPE")]),
    ("Fees paid to the European Community rose.", [("European Community", "ORG")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_wire_names(text: str, expected: list) -> None:
    assert _names(text) == expected
