"""Internal, character-offset mentions that the spaCy components attach to a Doc.

These are the working representation between the matchers and the assembly of records;
the pydantic models in :mod:`extractor.models` are what leaves the library.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Hedge = Literal["exact", "approx", "above", "below"]
Direction = Literal["up", "down"]


@dataclass(slots=True)
class QuantityMention:
    """A numeric expression found in the text."""

    start: int
    """Start of the full surface (including a bounding word such as "nearly")."""
    end: int
    """End of the full surface (after the unit)."""
    value: float
    """Fully scaled value."""
    upper: float | None
    """Upper end of a range, else None."""
    unit: str | None
    """None, percent, percentage_point, ISO 4217 code, pint unit name, times, mu."""
    hedge: Hedge
    """The bounding word's meaning, independent of any direction."""
    direction: Direction | None
    """up/down when the context says the number is a rise or a fall ("up 35%")."""
    num_start: int
    """Start of the number itself (after the bounding word)."""
    unit_inferred: bool = False
    """True when the unit was carried from context (e.g. a currency from earlier in the
    document) rather than written next to the number."""

    @property
    def qualifier(self) -> Hedge | Direction:
        """SPEC quantity qualifier: a hedge wins over a direction ("around two pct" fell)."""
        if self.hedge != "exact":
            return self.hedge
        return self.direction or "exact"


@dataclass(slots=True)
class EntityMention:
    """A tier, organisation or place mention."""

    start: int
    end: int
    label: Literal["TIER", "ORG", "GPE"]
    tier: str | None = None
