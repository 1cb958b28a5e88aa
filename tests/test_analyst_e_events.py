"""Event types analyst E found wrong on a broken-truce story: fire returned is an attack."""

from __future__ import annotations

import pytest
from tests.conftest import assert_spans, event_by_trigger


@pytest.mark.parametrize("text, trigger", [
    ("The army said its soldiers had returned fire after mortar rounds hit the post.",
     "returned"),
    ("Border guards returned fire when smugglers shot at them on Friday.", "returned"),
    ("Police came under attack near the bridge and returned fire, a spokesman said.",
     "returned"),
])
def test_events_returned_fire_is_assault(analyze_text, text, trigger):
    found = analyze_text(text)
    assert_spans(found)
    assert event_by_trigger(found, trigger).type == "ASSAULT"


def test_events_returned_home_stays_retreat(analyze_text):
    found = analyze_text("Thousands of families returned home after the troops withdrew.")
    assert event_by_trigger(found, "returned").type != "ASSAULT"
