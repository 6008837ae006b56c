"""Standings: "ranking first in the city", "the second largest in the world", "China's
largest land port", "the fourth highest since 1949", and rankings without a figure ("ranks
first in the city in six aspects: A, B and C").

:func:`find_ranks` reads rank phrases with their position, scope and (for a superlative)
the class ranked in; :class:`RankReader` decides, clause by clause, whether each is a
Ranking record of its own (a standing) or the rank of one of the clause's figures. Every
word list and most pattern words live in ``data/ranks.json``.

Scope (SPEC ``rank.scope``) is the place the peers are in, normalised like ``share.of``:
stated ("in the country", "nationwide", "China's largest", "among the country's
provinces"), named by the peers' level ("among the 169 national high-tech zones": the
country), or, when the text names none, the place the document reports on (its headline's
GPE: "The largest industry group is ..." in a UK bulletin ranks in the UK). A rank against
the past keeps its time marker ("since 1949", "post-1949"). Peers that are the units of a
level ("provinces", "provincial-level regions") rank in the place above it (the country).

Time phrases ("in 2022", "in the first half of 2023", "for the first time", "for 34
consecutive years"; periods as periods.find_periods reads them) are neither scope nor
aspect: they are skipped before a scope, end an aspect, and date the standing.
"""

from __future__ import annotations

from .aspects import aspect_rankings, split_aspects
from .document import RankReader, rank_context
from .finder import find_ranks
from .mentions import Names, RankContext, RankMention, Span, Standing
from .prescan import _may_hold_rank, _trigger_starts  # noqa: F401  (the pre-scan's tests import these)
from .standing import carries_on, is_standing, own_figures, resolve_relative, standing_period, standings

__all__ = [
    "Names", "RankContext", "RankMention", "RankReader", "Span", "Standing", "aspect_rankings", "carries_on",
    "find_ranks", "is_standing", "own_figures", "rank_context", "resolve_relative", "split_aspects",
    "standing_period", "standings",
]
