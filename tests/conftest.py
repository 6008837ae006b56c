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
