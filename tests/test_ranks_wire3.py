"""Ranks in wire stories, Xinhua items and statistical bulletins (sentences written for these
tests): a superlative before a list of bracketed figures ranks each in turn, a standing
"followed by" plain names gives each name the next place, a rank in apposition after a figure
is that figure's (not the one of a "when" clause after it), and a record right before a
compared figure ranks that figure."""

from __future__ import annotations

import pytest

from extractor.pipeline import Extractor
from extractor.ranks import find_ranks


def _figure_ranks(doc) -> list[tuple]:
    return [(i.value if i.value is not None else i.change.value if i.change else None,
             i.rank.position if i.rank else None, i.rank.scope if i.rank else None)
            for i in doc.indicators]


def _standings(doc) -> list[tuple]:
    return [(r.position, r.scope, r.aspects) for r in doc.rankings]


# (text, (value or change, rank position, rank scope) of each indicator)
FIGURE_RANKS = [
    # Cause 1: "the lowest ... in A (a), B (b) and C (c), and the highest in D (d) and E (e)":
    # each list ranks from its own superlative; "in D" names what ranks, not the scope.
    ("Across the partner countries, the smallest deficits were registered in Malta (0.8%), "
     "Cyprus (1.1%) and Latvia (1.3%).",
     [(0.8, 1, "partner countries"), (1.1, 2, "partner countries"), (1.3, 3, "partner countries")]),
    ("Among the regions, house prices rose fastest in Perth (3.1%), Hobart (2.7%) and Darwin (2.2%).",
     [(3.1, 1, "regions"), (2.7, 2, "regions"), (2.2, 3, "regions")]),
    # Cause 3: the rank in apposition to "which fell by 3.4%", not the figure of the "when" clause.
    ("Output came mainly from repair work, which fell by 3.4%, the steepest monthly drop since "
     "quarter 3 (Jul to Sep) 2016, when it fell by 4.1%.",
     [(-3.4, 1, "since quarter 3 jul to sep 2016"), (-4.1, None, None)]),
    # Cause 4: a record after a possessive, before a number written as a word.
    ("Analysts expect the jobless rate to ease to 4.6 pct next year from March's record five pct.",
     [(4.6, None, None), (5, 1, None)]),
    # Unchanged: a bracket after the rank's scope that holds no figure is no list item.
    ("Nevada posted the fastest growth (7.4 percent), the highest in the Nation (table 2).",
     [(7.4, 1, "nation")]),
    # Unchanged: "followed by" with figures keeps counting on from the figure before.
    ("Among the sectors, mining had the largest increase at 8.2 pct, followed by farming at 5.5 pct.",
     [(8.2, 1, "sectors"), (5.5, 2, "sectors")]),
    # Unchanged: "a record" before the main figure.
    ("Wheat exports reached a record 12.6 million tonnes.", [(12.6e6, 1, None)]),
]


@pytest.mark.parametrize("text,expected", FIGURE_RANKS, ids=[c[0][:40] for c in FIGURE_RANKS])
def test_figure_ranks(extractor: Extractor, text: str, expected: list) -> None:
    doc = extractor.extract(text, "t")
    assert _figure_ranks(doc) == expected
    assert doc.rankings == []


# (text, (position, scope, aspects) of each Ranking record)
STANDINGS = [
    # Cause 2: the names after "followed by" take the next places, with the same scope and aspects.
    ("Tianjin ranked second among northern ports in terms of container throughput, followed by "
     "Dalian, Qingdao and Yantai.",
     [(2, "northern ports", ["container throughput"]), (3, "northern ports", ["container throughput"]),
      (4, "northern ports", ["container throughput"]), (5, "northern ports", ["container throughput"])]),
    # A nationality before the peers names the peer set, not a place.
    ("Osaka ranked first among Japanese cities in terms of hotel occupancy, followed by Kyoto.",
     [(1, "japanese cities", ["hotel occupancy"]), (2, "japanese cities", ["hotel occupancy"])]),
    # Unchanged: what follows is no list of names, so no further standings.
    ("Wuxi ranked third in the province in terms of patents, followed by strong growth in services.",
     [(3, "province", ["patents"])]),
    # Unchanged: a peer level still names the place.
    ("The park ranked fifth among national industrial parks in drone exports.", [(5, "country", ["drone exports"])]),
]


@pytest.mark.parametrize("text,expected", STANDINGS, ids=[c[0][:40] for c in STANDINGS])
def test_standings(extractor: Extractor, text: str, expected: list) -> None:
    assert _standings(extractor.extract(text, "t")) == expected


def test_second_superlative_list_names_what_ranks() -> None:
    """ ", and the largest in Portugal (6.4%) and Ireland (5.9%)": Portugal is ranked, not the scope;
    the first list ends before it, the second at Ireland's bracket."""
    text = ("Across the partner countries, the smallest deficits were registered in Malta (0.8%) and "
            "Cyprus (1.1%), and the largest in Portugal (6.4%) and Ireland (5.9%).")
    ranks = find_ranks(text, 0, len(text))
    assert [(r.position, r.scope, r.peers) for r in ranks] == [(1, "partner countries", True)] * 2
    assert [text[r.end:r.listed_end] for r in ranks] == ["Malta (0.8%) and Cyprus (1.1%)",
                                                         "Portugal (6.4%) and Ireland (5.9%)"]
