"""Fixtures shared by the test modules."""

from __future__ import annotations

import pytest

from extractor.pipeline import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """One pipeline for the whole run: building it is the slow part, and it keeps no state
    from one document to the next."""
    return Extractor()


def indicator_slots(ind) -> dict:  # type: ignore[no-untyped-def]
    """An indicator's filled slots (no evidence, no subject, no defaults) for comparisons."""
    d = ind.model_dump(exclude={"evidence", "subject"})
    return {k: v for k, v in d.items() if v not in (None, "exact")}


def assert_indicator(doc, index: int, expected: dict, count: int | None) -> None:  # type: ignore[no-untyped-def]
    """The index-th indicator has the expected slots; with ``count``, the document has that
    many indicators (the golden tables of the wire metric readers)."""
    if count is not None:
        assert len(doc.indicators) == count, [indicator_slots(i) for i in doc.indicators]
    slots = indicator_slots(doc.indicators[index])
    for key, value in expected.items():
        assert slots.get(key) == value, (key, slots)


def figures_of(slots: dict) -> list[float]:
    """The figures an indicator holds: value, total, new and its change."""
    change = slots.get("change") or {}
    return [v for v in (slots.get("value"), slots.get("total"), slots.get("new"), change.get("value")) if v is not None]


def slots_holding(indicators, holds) -> list[dict]:  # type: ignore[no-untyped-def]
    """The slots of the indicators one of whose figures satisfies ``holds``."""
    return [indicator_slots(i) for i in indicators if any(holds(v) for v in figures_of(indicator_slots(i)))]


def assert_figure_slots(doc, figure: float, expected: dict) -> None:  # type: ignore[no-untyped-def]
    """The first indicator holding ``figure`` has the expected slots (the wire period tables)."""
    found = slots_holding(doc.indicators, lambda v: abs(v - figure) < 1e-6)
    assert found, [indicator_slots(i) for i in doc.indicators]
    got = found[0]
    assert {k: got.get(k) for k in expected} == expected, got
