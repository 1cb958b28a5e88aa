"""Shared scoring pieces: a confusion matrix with P/R/F1, a per-class tally of single-label
predictions, percentages, and a printer for figure dicts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass
class ConfusionMatrix:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return f1_score(self.precision, self.recall)

    def scores(self) -> dict[str, float]:
        """Percentages rounded to two places, the way the field's papers print them."""
        return {**percentages(self.precision, self.recall),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def tally(pairs: Iterable[tuple[str, str]], labels: Iterable[str]) -> dict[str, ConfusionMatrix]:
    """One confusion matrix per class for single-label (gold, predicted) pairs: a hit is a true
    positive of its class; a miss is a false negative of the gold class and a false positive of
    the predicted one when that is a class being scored. A gold label outside ``labels`` gets a
    matrix of its own, which callers leave out of their averages."""
    cms = {c: ConfusionMatrix() for c in labels}
    for gold, pred in pairs:
        if gold == pred:
            cms.setdefault(gold, ConfusionMatrix()).add(tp=1)
        else:
            cms.setdefault(gold, ConfusionMatrix()).add(fn=1)
            if pred in cms:
                cms[pred].add(fp=1)
    return cms


PARTS = ("even", "odd")


def select(items: Sequence[T], part: str | None = None, limit: int | None = None) -> list[T]:
    """The documents or rows to score: one parity half (``even`` = 0th, 2nd, … in corpus order,
    ``odd`` = the rest), then the first ``limit``. The halves let a rule be written on one and
    confirmed on the other before it is kept."""
    if part is not None and part not in PARTS:
        raise ValueError(f"part must be one of {PARTS}, not {part!r}")
    chosen = list(items) if part is None else list(items[PARTS.index(part)::2])
    return chosen[:limit] if limit else chosen


def f1_score(precision: float, recall: float) -> float:
    """The harmonic mean of precision and recall (fractions)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def percentages(precision: float, recall: float) -> dict[str, float]:
    """Precision, recall and their F1 as percentages rounded to two places, for scores that
    are not counts (B-cubed averages per item)."""
    return {"precision": round(100 * precision, 2), "recall": round(100 * recall, 2),
            "f1": round(100 * f1_score(precision, recall), 2)}


def rate(part: float, whole: float) -> float:
    """``part`` of ``whole`` as a percentage rounded to two places; 0.0 when ``whole`` is 0."""
    return round(100 * part / whole, 2) if whole else 0.0


def format_figures(result: dict[str, Any], indent: int = 0) -> str:
    """Render a (nested) dict of figures as aligned text lines."""
    lines: list[str] = []
    width = max((len(str(k)) for k in result), default=0)
    for key, value in result.items():
        pad = " " * indent
        if isinstance(value, dict):
            lines.append(f"{pad}{key}:")
            lines.append(format_figures(value, indent + 2))
        elif isinstance(value, float):
            lines.append(f"{pad}{key:<{width}}  {value:.2f}")
        else:
            lines.append(f"{pad}{key:<{width}}  {value}")
    return "\n".join(lines)
