"""Who is judged when an act is condemned, and what a cyberattack is (session 5, events-last).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import event_by_trigger


def _names(analysis, ids: list[str]) -> list[str]:
    by_id = {a.id: a.name for a in analysis.actors}
    return [by_id[i] for i in ids]


@pytest.mark.parametrize("text, trigger, judged", [
    ("Canada condemned Russia's invasion of Ukraine.", "condemned", "Russia"),
    ("Canada condemned the invasion of Ukraine by Russia.", "condemned", "Russia"),
    ("Norway criticised Iran's seizure of the tanker.", "criticised", "Iran"),
    ("Chile condemned the occupation of the island by Argentina.", "condemned", "Argentina"),
])
def test_event_last_condemned_act_judges_its_agent(analyze_text, text, trigger, judged):
    """The one condemned is the party that did the condemned act, not the act's target."""
    analysis = analyze_text(text)
    event = event_by_trigger(analysis, trigger)
    assert event.type == "ACCUSE"
    assert _names(analysis, event.recipient) == [judged]


def test_event_last_condemned_act_without_agent_keeps_target(analyze_text):
    analysis = analyze_text("Canada condemned the invasion of Ukraine.")
    event = event_by_trigger(analysis, "condemned")
    assert _names(analysis, event.recipient) == ["Ukraine"]


def test_event_last_condemned_act_keeps_its_own_event(analyze_text):
    """'the invasion of Ukraine by Russia' stays an assault by Russia on Ukraine."""
    analysis = analyze_text("Canada condemned the invasion of Ukraine by Russia.")
    event = event_by_trigger(analysis, "invasion")
    assert event.type == "ASSAULT"
    assert _names(analysis, event.actor) == ["Russia"]
    assert _names(analysis, event.recipient) == ["Ukraine"]
