"""The records the assembly produces (:class:`AssembledIndicator`, :class:`RankingDraft`,
:class:`Assembly`) and the state carried through a document (:class:`_DocState`): period
context, tiers, names, the basis in force and the indicators so far.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..mentions import EntityMention
from ..periods import Period, PeriodContext
from .basis import BasisInForce
from .figures import Draft, Figure


@dataclass(slots=True)
class RankingDraft:
    position: int
    scope: str | None
    sentence: tuple[int, int]
    aspects: list[str]
    period: Period | None


@dataclass(slots=True)
class AssembledIndicator:
    draft: Draft
    metric: tuple[int, int] | None
    tier: str | None
    share_of: str | None
    change: Figure | None
    basis: str | None
    head: tuple[int, int] | None = None
    """The head the metric shares with the next figure's ("26 national and 118 provincial
    little giant companies"): the metric is its own words followed by the head."""


@dataclass(slots=True)
class Assembly:
    indicators: list[AssembledIndicator]
    rankings: list[RankingDraft]
    concept_of: dict[int, tuple[int, int] | None]
    """Quantity start offset -> span of the phrase it measures."""


@dataclass(slots=True)
class _DocState:
    text: str
    ctx: PeriodContext
    tiers: list[EntityMention]
    names: list[tuple[int, int]] = field(default_factory=list)
    basis: BasisInForce = field(default_factory=BasisInForce)
    out: list[AssembledIndicator] = field(default_factory=list)
    concept_of: dict[int, tuple[int, int] | None] = field(default_factory=dict)
    whole: tuple[int, int] | None = None
    """The metric of the last indicator that is no item of a breakdown."""
    owner: tuple[int, str] | None = None
    """(sentence start, scope) of the last share of an owned whole ("of the country's ...")."""
