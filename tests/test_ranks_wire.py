"""Ranks in wire stories and Xinhua items (sentences written for these tests): a superlative
with a list of values after an "Among the N ..." peer set, a record that modifies the earlier
figure of a "from" comparison, appositive standings ("X, China's northernmost province") and
a scope read from the aspect's adjective ("global")."""

from __future__ import annotations

import pytest

from extractor.pipeline import Extractor


def _figure_ranks(doc) -> list[tuple]:
    return [(i.value, i.rank.position if i.rank else None, i.rank.scope if i.rank else None)
            for i in doc.indicators]


def _standings(doc) -> list[tuple]:
    return [(r.position, r.scope, r.aspects, r.period) for r in doc.rankings]


# (text, (value, rank position, rank scope) of each indicator)
FIGURE_RANKS = [
    # "Among the N ...," names the peer set: the rank scope, not a share's whole; a count inside a
    # narrowed peer set stays in the scope, and is no indicator.
    ("Among the main four exporting nations, the inflation rate was highest in Korea at 6.3 pct, "
     "followed by India at 5.8 pct, Brazil at 2.2 pct and Turkey at 1.7 pct.",
     [(6.3, 1, "main four exporting nations"), (5.8, 2, "main four exporting nations"),
      (2.2, 3, "main four exporting nations"), (1.7, 4, "main four exporting nations")]),
    ("Among the nine member states, the jobless rate was highest in Spain at 9.1 pct, followed by "
     "Italy at 7.6 pct and Germany at 3.5 pct.",
     [(9.1, 1, "member states"), (7.6, 2, "member states"), (3.5, 3, "member states")]),
    # Units of a level with nothing narrowing them still rank in the place above (unchanged).
    ("Among the provinces, retail sales grew fastest in Hainan at 9.5 percent.", [(9.5, 1, "country")]),
    # "from a record X": the record is the earlier figure, not the nearer one before "from".
    ("Exports eased in May to 4.2 billion dlrs from a record 4.8 billion in April.",
     [(4.2e9, None, None), (4.8e9, 1, None)]),
    ("The current account surplus shrank to 2.05 billion dlrs in June from a record 2.61 billion in May.",
     [(2.05e9, None, None), (2.61e9, 1, None)]),
    # A record right before the main figure still ranks it (unchanged).
    ("Car sales climbed to a record 3.4 million units.", [(3.4e6, 1, None)]),
]


@pytest.mark.parametrize("text,expected", FIGURE_RANKS, ids=[c[0][:40] for c in FIGURE_RANKS])
def test_figure_ranks(extractor: Extractor, text: str, expected: list) -> None:
    doc = extractor.extract(text, "t")
    assert _figure_ranks(doc) == expected
    assert doc.rankings == []


def test_peer_set_opening_is_no_share(extractor: Extractor) -> None:
    doc = extractor.extract("Among the leading five oil producers, the output decline was largest in Norway at 3.1 pct, "
                            "followed by Mexico at 2.4 pct.", "t")
    assert [i.share for i in doc.indicators] == [None, None]
    assert [q.value for q in doc.quantities] == [5, 3.1, 2.4]  # "five" is a quantity, no indicator


def test_percent_opening_its_clause_after_among_is_still_a_share(extractor: Extractor) -> None:
    doc = extractor.extract("Among the surveyed exporters, 41.5% reported higher orders.", "t")
    assert [(i.share.value, i.share.of) for i in doc.indicators if i.share] == [(41.5, "surveyed exporters")]


# (text, Ranking records: position, scope, aspects, period)
STANDINGS = [
    # A compass superlative in apposition to a name: a standing; a bare place noun keeps the
    # superlative in the aspect, as it says what is measured.
    ("Hainan, China's southernmost province, saw imports rise 12 percent.",
     [(1, "china", ["southernmost province"], None)]),
    ("Xinjiang, China's westernmost region, said exports grew 8 percent.",
     [(1, "china", ["westernmost region"], None)]),
    # A kind that is not a bare place noun stays the aspect alone (unchanged).
    ("Vessels through Wuhan, China's busiest river port, exceeded 4,000 this year.",
     [(1, "china", ["river port"], None)]),
    # With no scope stated, a peer adjective opening the aspect names where the peers are.
    ("The firm had taken top spot in terms of global smartphone shipments in 2023.",
     [(1, "world", ["global smartphone shipments"], "2023")]),
    # A stated scope wins over the aspect's adjective.
    ("The city ranked first in the province in terms of global trade links.",
     [(1, "province", ["global trade links"], None)]),
]


@pytest.mark.parametrize("text,expected", STANDINGS, ids=[c[0][:40] for c in STANDINGS])
def test_standings(extractor: Extractor, text: str, expected: list) -> None:
    assert _standings(extractor.extract(text, "t")) == expected
