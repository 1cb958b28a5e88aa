"""Quantities: what a running casualty figure counts ('the toll has risen to five')."""

from __future__ import annotations

import pytest

from wirecoder.extract.quantities import find_quantities
from wirecoder.model import Analysis, Article


def _counts(nlp, text: str) -> dict[str, str | None]:
    found = Analysis(article=Article(id="t", text=text))
    return {q.span.text: q.counted for q in find_quantities(nlp(text), found)}


@pytest.mark.parametrize(("text", "number", "counted"), [
    ("The death toll from Monday's attack on the harbour has risen to seven, the mayor said.",
     "seven", "killed"),
    ("Rescuers pulled two bodies from the ruins. The number of wounded has risen to 14, the "
     "mayor said.", "14", "wounded"),
    ("The number of people injured in the blast climbed to 40 on Tuesday.", "40", "wounded"),
    ("The number of refugees at the crossing reached 9,000.", "9,000", "refugees"),
    ("Fire crews saved two warehouses. He said three of the wounded were in a critical "
     "condition.", "three", "wounded"),
    ("Officials said all six of the dead were farm workers.", "six", "killed"),
    ("Officials put the toll at 30.", "30", "killed"),
    ("Two diplomats put the number of soldiers sent to the frontier at up to 5,000.", "5,000",
     "soldiers"),
])
def test_analyst_b_tolls_running_figure_counts(nlp, text, number, counted):
    assert _counts(nlp, text)[number] == counted
