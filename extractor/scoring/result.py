"""What a scorer returns for one document: counts, shares, pairings and error items."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from .counts import Counts, Share

ErrorKind = Literal["missed", "spurious", "wrong"]


@dataclass
class ErrorItem:
    """One missed, spurious or partly wrong record, with what differs."""

    doc_id: str
    record: str
    """quantity, entity, indicator or ranking."""
    kind: ErrorKind
    start: int
    end: int
    gold: dict[str, Any] | None = None
    pred: dict[str, Any] | None = None
    fields: list[str] = field(default_factory=list)
    """For ``wrong``: the parts (slots) that differ."""


R = TypeVar("R")


def unpaired_errors(doc_id: str, record: str, gold: Sequence[R], pred: Sequence[R],
                    pairs: list[tuple[int, int]], span: Callable[[R], tuple[int, int]],
                    shown: Callable[[R], dict[str, Any]]) -> list[ErrorItem]:
    """The gold items no pair uses (missed), then the predicted ones (spurious)."""
    paired_gold = {gi for gi, _ in pairs}
    paired_pred = {pi for _, pi in pairs}
    missed = [ErrorItem(doc_id, record, "missed", *span(g), gold=shown(g))
              for gi, g in enumerate(gold) if gi not in paired_gold]
    spurious = [ErrorItem(doc_id, record, "spurious", *span(p), pred=shown(p))
                for pi, p in enumerate(pred) if pi not in paired_pred]
    return missed + spurious


@dataclass
class DocScore:
    """All figures of one document (or, summed, of a corpus)."""

    counts: dict[str, Counts] = field(default_factory=dict)
    shares: dict[str, Share] = field(default_factory=dict)
    pairings: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    """Per record type: (gold index, predicted index) pairs."""
    errors: list[ErrorItem] = field(default_factory=list)

    def merge(self, other: DocScore) -> None:
        """Add another document's counts (pairings and errors stay per document)."""
        for key, counts in other.counts.items():
            self.counts.setdefault(key, Counts()).add(counts)
        for key, share in other.shares.items():
            self.shares.setdefault(key, Share()).add(share)
        self.errors.extend(other.errors)
