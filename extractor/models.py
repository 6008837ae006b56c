"""The data contract (SPEC v1) as pydantic models: the single source of the output schema.

Field docstrings become JSON Schema descriptions (``extractor schema``). Extra fields are
allowed everywhere because the contract says they are not scored.
"""

from __future__ import annotations

from typing import Literal, Union

from pydantic import BaseModel, ConfigDict, Field

Number = Union[int, float]
"""A plain JSON number, fully scaled ("3.2 million" is 3200000)."""

QuantityQualifier = Literal["exact", "approx", "above", "below", "up", "down"]
IndicatorQualifier = Literal["exact", "approx", "above", "below"]
EntityLabel = Literal["TIER", "ORG", "GPE"]
ChangeBasis = Literal["yoy", "mom", "qoq"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow", use_attribute_docstrings=True)


class Span(_Model):
    """A character span into the document text (Python str indices, end exclusive)."""

    start: int = Field(ge=0)
    """Offset of the first character."""
    end: int = Field(ge=0)
    """Offset one past the last character."""


class Meta(_Model):
    """Document metadata stated by the text (or the file it came from)."""

    title: str | None = None
    """The headline, when the text has one."""
    published: str | None = None
    """ISO 8601 date or date-time of publication, when the text states it."""
    language: str = "en"
    """ISO 639-1 language code of the text."""


class Quantity(_Model):
    """One numeric expression: a count, amount, percentage, measure or number word."""

    text: str
    """Surface: the number with its scale word, unit and a bounding word before it."""
    start: int = Field(ge=0)
    """Offset of the surface's first character."""
    end: int = Field(ge=0)
    """Offset one past the surface's last character."""
    value: Number
    """The number, fully scaled ("14.68 billion" is 14680000000, "71.2%" is 71.2)."""
    upper: Number | None = None
    """Upper end of a range ("5-10 percent"), else null."""
    unit: str | None = None
    """null (bare count), percent, percentage_point, an ISO 4217 code, a pint unit name,
    times, or mu."""
    qualifier: QuantityQualifier = "exact"
    """exact, approx, above, below, up (a rise) or down (a fall)."""
    concept: str | None = None
    """Short phrase from the text naming what the number measures or counts."""


class Entity(_Model):
    """A named entity: an enterprise tier, an organisation or a place."""

    text: str
    """Surface of the mention."""
    start: int = Field(ge=0)
    """Offset of the mention's first character."""
    end: int = Field(ge=0)
    """Offset one past the mention's last character."""
    label: EntityLabel
    """TIER, ORG or GPE."""
    tier: str | None = None
    """Tier id (seed, tech_sme, young_eagle, gazelle, potential_unicorn, unicorn,
    high_tech, little_giant, listed_company, or a user-defined id) for TIER, else null."""


class Share(_Model):
    """A figure's share of a whole, in percent."""

    value: Number
    """The share in percent (one-third is 33.333333)."""
    of: str | None = None
    """The whole, lower case, without "the", "whole", "entire", "total", "all" or "'s"."""


class Change(_Model):
    """A signed change of the indicator."""

    value: Number
    """Signed change: negative for a fall."""
    unit: str | None = None
    """percent, percentage_point, times, or the unit of the value (null for a bare count)."""
    basis: ChangeBasis | None = None
    """yoy (year-on-year), mom (month-on-month), qoq (quarter-on-quarter) or null."""


class Rank(_Model):
    """A standing among peers."""

    position: int
    """1 for first."""
    scope: str | None = None
    """Among what: "city", "country", "world"; lower case."""


class Indicator(_Model):
    """One statistic as an analyst would tabulate it."""

    metric: str
    """Short phrase from the text naming what is measured."""
    tier: str | None = None
    """Tier id when the metric counts enterprises of a tier."""
    subject: str | None = None
    """Who or what the statistic is about (a zone, a country, a company)."""
    period: str | None = None
    """ISO 8601 year, month, date or interval the figure refers to."""
    value: Number | None = None
    """The figure when it is neither a new count nor a cumulative total."""
    new: Number | None = None
    """The count newly added in the period."""
    total: Number | None = None
    """The cumulative stock."""
    unit: str | None = None
    """Unit of value/new/total (same vocabulary as Quantity.unit)."""
    qualifier: IndicatorQualifier = "exact"
    """Hedge on the main figure (value, else total, else new; else the change)."""
    share: Share | None = None
    """Share of a whole."""
    change: Change | None = None
    """Change over a previous period."""
    rank: Rank | None = None
    """Rank among peers."""
    evidence: Span
    """The clause or sentence the indicator was read from."""


class Ranking(_Model):
    """A standing stated without a figure ("ranks first in the city in six aspects")."""

    subject: str | None = None
    """Who ranks."""
    position: int
    """1 for first."""
    scope: str | None = None
    """Among what, lower case."""
    period: str | None = None
    """ISO 8601 period of the standing."""
    aspects: list[str] = Field(default_factory=list)
    """The aspects in which the subject ranks, as phrased in the text."""
    evidence: Span
    """The sentence the ranking was read from."""


class Document(_Model):
    """Everything extracted from one document (and the shape of a gold file)."""

    doc_id: str
    """The input file's name without its extension."""
    meta: Meta = Field(default_factory=Meta)
    """Title, publication date, language."""
    quantities: list[Quantity] = Field(default_factory=list)
    """Every numeric expression."""
    entities: list[Entity] = Field(default_factory=list)
    """Every tier, organisation and place mention."""
    indicators: list[Indicator] = Field(default_factory=list)
    """Every statistic."""
    rankings: list[Ranking] = Field(default_factory=list)
    """Every standing without a figure."""


def json_schema() -> dict:
    """The JSON Schema of a document (what ``extractor schema`` prints)."""
    return Document.model_json_schema()
