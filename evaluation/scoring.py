"""Corpus-independent scoring primitives: precision/recall/F1, ratios and one-to-one matching.

Knows nothing about spans, quotes or time expressions: callers score candidate (gold, predicted)
pairs themselves and hand the scores to `greedy_one_to_one`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Prf:
    """Precision, recall and F1 from raw counts; every ratio with a zero denominator is 0.0."""

    true_positives: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        denominator = self.precision + self.recall
        return 2 * self.precision * self.recall / denominator if denominator else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "true_positives": self.true_positives,
            "predicted": self.predicted,
            "gold": self.gold,
        }


def ratio(numerator: int, denominator: int) -> float | None:
    """numerator / denominator, or None when there is nothing to divide by (not 0.0: unknown)."""
    return numerator / denominator if denominator else None


def greedy_one_to_one(
    scored_pairs: Iterable[tuple[float, int, int]], threshold: float
) -> list[tuple[int, int, float]]:
    """Pick (gold, predicted, score) pairs, best score first, using each side at most once.

    `scored_pairs` holds (score, gold_index, predicted_index). Pairs scoring below `threshold` are
    never matched. Ties break on the lower gold then predicted index so results are deterministic.
    """
    ranked = sorted(
        (pair for pair in scored_pairs if pair[0] >= threshold),
        key=lambda pair: (-pair[0], pair[1], pair[2]),
    )
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    matches: list[tuple[int, int, float]] = []
    for score, gold_index, predicted_index in ranked:
        if gold_index in used_gold or predicted_index in used_predicted:
            continue
        used_gold.add(gold_index)
        used_predicted.add(predicted_index)
        matches.append((gold_index, predicted_index, score))
    return matches


def shorten(snippet: str, width: int = 140) -> str:
    """One-line, at most `width` characters, keeping both ends (where span errors show)."""
    flat = " ".join(snippet.split())
    if len(flat) <= width:
        return flat
    half = (width - 3) // 2
    return f"{flat[:half]} … {flat[-half:]}"


def format_ratio(value: float | None) -> str:
    """A score for a report column: six wide, three decimals, "n/a" when undefined."""
    return "   n/a" if value is None else f"{value:6.3f}"
