"""Micro-averaging counts and the P/R/F1 they give."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Counts:
    """Correct, predicted and gold item counts; sums over documents give micro averages.

    Empty sides are vacuous: with nothing predicted precision is 1.0, with nothing to find
    recall is 1.0, so an empty gold with an empty prediction scores 1.0 throughout while
    either side alone being empty still gives F1 0.0.
    """

    correct: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, other: Counts) -> None:
        self.correct += other.correct
        self.predicted += other.predicted
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        if not self.predicted and not self.gold:
            return 1.0
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "correct": self.correct, "predicted": self.predicted, "gold": self.gold}


@dataclass
class Share:
    """A share of gold items (e.g. indicators matched with every slot equal)."""

    hits: int = 0
    gold: int = 0

    def add(self, other: Share) -> None:
        self.hits += other.hits
        self.gold += other.gold

    @property
    def value(self) -> float:
        return self.hits / self.gold if self.gold else 1.0
