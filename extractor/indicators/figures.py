"""The records a clause is read into: a quantity with the role it plays (:class:`Figure`) and
an indicator being assembled from such figures (:class:`Draft`), with the role names and
the unit classes the role rules share.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ..mentions import QuantityMention
from ..periods import Period, PeriodMention
from ..ranks import RankMention

MAIN_ROLES = ("value", "new", "total")
_CURRENCY = regex.compile(r"^[A-Z]{3}$")
_RELATIVE_UNITS = frozenset({"percent", "percentage_point", "times"})
_DURATION_UNITS = frozenset({"year", "month", "day", "week", "quarter", "hour", "decade"})


@dataclass(slots=True)
class Figure:
    """A quantity with the role it plays in its clause."""

    q: QuantityMention
    role: str
    clause_start: int = 0
    comparison: bool = False
    cue: str = ""
    """The word that makes the figure a comparison ("from", "against"), lower case."""
    share_of: str | None = None
    skip: bool = False
    """A currency conversion or an alternate in brackets: a quantity but no slot."""
    anchor: "Figure | None" = None
    like: "Figure | None" = None
    named: tuple[int, int] | None = None
    fresh: bool = False
    """Starts an indicator of its own."""
    level_named: bool = False
    """A comparison named as a level ("from a revised deficit of £15.7 billion"): a level,
    never the change before it."""
    item: tuple[int, int] | None = None
    """The name a bracketed figure is given for ("Other retailing (0.4 per cent)"): one item
    of a breakdown, an indicator of its own whose metric (or subject, for a place) is the name."""
    """What a running total counts ("bringing the number of listed companies to 23")."""
    """For a comparison: the figure it is compared with, whose role it plays."""


@dataclass(slots=True)
class Draft:
    """An indicator being assembled."""

    clause: tuple[int, int]
    figures: list[Figure] = field(default_factory=list)
    slots: dict[str, Figure] = field(default_factory=dict)
    comparison: bool = False
    metric: tuple[int, int] | None = None
    period: Period | None = None
    period_set: bool = False
    period_mention: PeriodMention | None = None
    period_break: bool = False
    """Started because the clause states a new period before its first figure."""
    respective: bool = False
    """One of the drafts of a "respectively" list."""
    same_metric: bool = False
    """Measures what the draft before measures (levels of one metric paired with changes)."""
    rank: RankMention | None = None
    rate_gap: bool = False
    """A gap in percentage points to a growth rate of the clause ("up 6.4 percent, 0.4
    percentage point lower than ..."): it measures the growth of the metric before."""

    def accepts(self, fig: Figure) -> bool:
        if fig.role in self.slots:
            return False
        if self.figures and (fig.q.unit in _DURATION_UNITS) != (self.figures[0].q.unit in _DURATION_UNITS):
            return False  # "12.5 percent more, seeing growth for four consecutive years": two statistics
        if fig.role in MAIN_ROLES:
            has_main = [r for r in MAIN_ROLES if r in self.slots]
            if "value" in has_main or (fig.role == "value" and has_main):
                return False
        return True

    def add(self, fig: Figure) -> None:
        self.figures.append(fig)
        self.slots[fig.role] = fig

    @property
    def primary(self) -> Figure:
        """The figure the metric is read from: the first main figure in text order
        ("2 new unicorn enterprises, with a total of 6"), else the first share or change."""
        # asked for many times per draft by the readers: no list built
        for fig in self.figures:
            if fig.role in MAIN_ROLES:
                return fig
        for fig in self.figures:
            if fig.role in ("change", "share"):
                return fig
        return self.figures[0]

    @property
    def end(self) -> int:
        figures = self.figures  # mostly one figure: no generator for it
        return figures[0].q.end if len(figures) == 1 else max(f.q.end for f in figures)


def _is_money(q: QuantityMention) -> bool:
    return q.unit is not None and bool(_CURRENCY.match(q.unit))
