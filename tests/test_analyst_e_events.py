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
    assert event_by_trigger(found, "returned").type == "RETREAT"


@pytest.mark.parametrize("text, trigger", [
    ("Naval commandos seized a Liberian-flagged tanker in the strait on Monday.", "seized"),
    ("Marines seized a Panama-flagged oil tanker in the Strait of Malacca on Friday, the ship's "
     "Danish owner said.", "seized"),
    ("The coast guard seized two fishing trawlers off the northern coast.", "seized"),
    ("The navy stopped a cargo ship bound for the port and escorted it to Aden.", "stopped"),
    ("The freighter was taken over by armed men off the coast, its owner said.", "taken"),
])
def test_events_seizing_a_ship_is_coerce(analyze_text, text, trigger):
    found = analyze_text(text)
    assert_spans(found)
    ev = event_by_trigger(found, trigger)
    assert (ev.type, ev.mode) == ("COERCE", "seize")


def test_events_soldiers_seizing_a_town_stays_assault(analyze_text):
    found = analyze_text("Rebel fighters seized the town of Kalema after a day of fighting.")
    assert event_by_trigger(found, "seized").type == "ASSAULT"


def test_events_participle_attack_takes_its_sentence_place_not_the_dateline(analyze_text):
    found = analyze_text(
        "LAGOS (Harbour Wire) - Gunmen stormed a police post near Ibadan on Monday, "
        "killing at least four officers, the state police said.")
    assert_spans(found)
    stormed, killing = event_by_trigger(found, "stormed"), event_by_trigger(found, "killing")
    assert stormed.place is not None and stormed.place_how == "text"
    assert (killing.place, killing.place_how) == (stormed.place, "text")


def test_events_boats_turning_away_is_no_rejection(analyze_text):
    found = analyze_text("Three patrol boats approached the freighter before turning away, "
                         "the navy said.")
    assert_spans(found)
    assert not [e for e in found.events if e.evidence.text.startswith("turning")
                and e.type == "REJECT"]


def test_events_turning_away_refugees_is_still_an_event(analyze_text):
    found = analyze_text("Border guards turned away hundreds of refugees at the crossing.")
    assert event_by_trigger(found, "turned").type == "REJECT"


def test_events_lost_contact_is_no_consultation(analyze_text):
    found = analyze_text("The owner said it had lost contact with the ship's crew on Tuesday.")
    assert_spans(found)
    assert not [e for e in found.events if e.type == "CONSULT"]


def test_events_contact_with_stays_consultation(analyze_text):
    found = analyze_text("The two ministers stayed in close contact with each other on Tuesday.")
    assert [e for e in found.events if e.type == "CONSULT"]
