"""Session 7 fixes from the held-out story sets, on sentences written for these tests: a
name ending in "Group" is a firm only in a sentence about business; unknown villages keep the
precision of the unit the text puts them in."""

from __future__ import annotations

import pytest
from tests.conftest import assert_spans


def _actor_named(found, name: str):
    return next((a for a in found.actors if any(m.text == name for m in a.mentions)), None)


@pytest.mark.parametrize("text, name", [
    ("Marines freed two sailors held by the Teliwa Sayyaf Group on Monday, the army said.",
     "Teliwa Sayyaf Group"),
    ("Fighters of the Barrak Group attacked a checkpoint near the border, police said.",
     "Barrak Group"),
])
def test_actors_group_in_armed_context_is_not_business(analyze_text, text, name):
    found = analyze_text(text)
    assert_spans(found)
    actor = _actor_named(found, name)
    assert actor is not None and actor.sector != "BUS"


@pytest.mark.parametrize("text, name", [
    ("Talvera Group said its profits rose by a third last year.", "Talvera Group"),
    ("The ship was boarded at dawn, according to its manager, Kalamos Shipping.",
     "Kalamos Shipping"),
])
def test_actors_firm_named_group_or_shipping_is_business(analyze_text, text, name):
    found = analyze_text(text)
    assert_spans(found)
    actor = _actor_named(found, name)
    assert actor is not None and actor.sector == "BUS"
