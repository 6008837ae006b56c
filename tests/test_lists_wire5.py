"""Lists in bulletins and wire stories (sentences written for these tests): a direction word
governing a bracketed list ("downward contributions from A (x%)", "... providing downward
contributions; this was led by A (x%)") gives each bracketed figure its direction; "this was
led by A ..., followed by B (y%) and C (z%)" ranks the parts 1, 2, 3 in no place; a peer set
stated at a paragraph's opening ("Among the partner countries, ...") is the scope of its later
ranks; a superlative describing the place a figure is in ("in the region's biggest port") is
no rank of that figure."""

from __future__ import annotations

import pytest

from extractor.pipeline import Extractor
from extractor.quantities import find_quantities


def _qualifiers(text: str) -> list[tuple]:
    return [(text[q.start:q.end], q.qualifier) for q in find_quantities(text)]


def _figure_ranks(doc) -> list[tuple]:
    return [(i.value if i.value is not None else i.change.value if i.change else None,
             i.rank.position if i.rank else None, i.rank.scope if i.rank else None)
            for i in doc.indicators]


# (text, (figure, qualifier) of each quantity)
QUALIFIERS = [
    # Cause 1: "downward contributions from" governs the bracketed list after it.
    ("Turnover edged up by 0.3%, partly offset by downward contributions from fishing (3.2%) and textiles (1.4%).",
     [("0.3%", "up"), ("3.2%", "down"), ("1.4%", "down")]),
    ("Sales dipped, despite upward contributions from wholesale (0.6%) and hotels (0.9%).",
     [("0.6%", "up"), ("0.9%", "up")]),
    # Cause 1: the contributions' direction carries over the semicolon to the items leading them.
    ("The quarterly drop in factories reflects broad weakness, with 7 of the 11 branches providing downward "
     "contributions; this was led by furniture (5.1%), printing (1.7%), and rubber goods (2.8%).",
     [("7", "exact"), ("11", "exact"), ("5.1%", "down"), ("1.7%", "down"), ("2.8%", "down")]),
    ("The monthly gain of 0.4% in factories came from upward contributions from 6 of the 11 branches; "
     "this was led by food products (1.3%).",
     [("0.4%", "up"), ("6", "exact"), ("11", "exact"), ("1.3%", "up")]),
    # Unchanged: a bracketed figure with no direction word governing it stays a level.
    ("The survey covered three regions: the north (41%), the centre (33%) and the south (26%).",
     [("three", "exact"), ("41%", "exact"), ("33%", "exact"), ("26%", "exact")]),
    # Unchanged: "falls in" before a bracketed list.
    ("Exports shrank, with falls in timber (2.2%) and wool (0.9%).",
     [("2.2%", "down"), ("0.9%", "down")]),
]


@pytest.mark.parametrize(("text", "expected"), QUALIFIERS)
def test_list_directions(text: str, expected: list) -> None:
    assert _qualifiers(text) == expected


# (text, (value or change, rank position, rank scope) of each indicator)
FIGURE_RANKS = [
    # Cause 1: "this was led by A, which fell by x%, followed by falls in B (y%) and C (z%)".
    ("Builders' output dropped by 0.9% in the quarter; this was led by housing, which fell by 1.4%, "
     "followed by falls in roads (3.3%) and repairs (0.5%).",
     [(-0.9, None, None), (-1.4, 1, None), (-3.3, 2, None), (-0.5, 3, None)]),
    # Cause 1: a list after "led by" names the main parts in no order: no rank.
    ("Services output slipped; this was led by law firms (2.5%), advertising (1.2%), and couriers (0.8%).",
     [(2.5, None, None), (1.2, None, None), (0.8, None, None)]),
    # Cause 2: the peer set opening the paragraph is the scope of the next sentence's ranks.
    ("Among the partner countries with figures, exports grew in ten. The highest increases were "
     "recorded in Malta (+4.1%), Cyprus (+3.6%) and Latvia (+2.7%).",
     [(10, None, None), (4.1, 1, "partner countries"), (3.6, 2, "partner countries"),
      (2.7, 3, "partner countries")]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_RANKS)
def test_figure_ranks(extractor: Extractor, text: str, expected: list) -> None:
    assert _figure_ranks(extractor.extract(text, "t")) == expected


def test_place_superlative_is_no_figure_rank(extractor: Extractor) -> None:
    """Cause 3: "in the region's biggest port" describes where the figure is: a standing of
    the place, not the rank of the 4.2 million containers."""
    doc = extractor.extract("Container traffic reached 4.2 million boxes in the region's biggest port in 2021.", "t")
    assert all(i.rank is None for i in doc.indicators)


def test_stated_superlative_still_ranks_figure(extractor: Extractor) -> None:
    """Unchanged: a superlative about the figure itself keeps its rank."""
    doc = extractor.extract("Port traffic rose 8 percent, the fastest growth in the country.", "t")
    assert [(i.rank.position, i.rank.scope) for i in doc.indicators if i.rank] == [(1, "country")]
