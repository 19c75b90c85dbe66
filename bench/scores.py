"""Precision and F1 from counts, shared by the benchmark tallies."""

from __future__ import annotations


class Scores:
    """Precision and F1 for a tally with ``correct`` and ``predicted`` counts and a
    ``recall`` of its own (what counts as found differs between benchmarks)."""

    __slots__ = ()
    correct: int
    predicted: int

    @property
    def recall(self) -> float:
        """Share of the gold items found (defined by each tally)."""
        raise NotImplementedError

    @property
    def precision(self) -> float:
        """Share of the extracted items that match a gold item."""
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of recall and precision."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0
