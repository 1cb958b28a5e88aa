"""Quantities: counted numbers (troops, missiles, killed …) with bounds and approximation."""

from __future__ import annotations

from spacy.tokens import Doc

from wirecoder.model import Analysis, Quantity


def find_quantities(doc: Doc, found: Analysis) -> list[Quantity]:
    return []
