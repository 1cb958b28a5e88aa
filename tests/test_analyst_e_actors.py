"""Actors analyst E found wrong on a ship-seizure and a base-attack story: names the text
places ("near X", "the port of X") or calls a ship ("the tanker X") are no actors."""

from __future__ import annotations

import pytest
from tests.conftest import assert_spans


def _actor_names(found) -> set[str]:
    return {m.text for a in found.actors for m in a.mentions}


@pytest.mark.parametrize("text, name", [
    ("Gunmen stormed a police station near Kabo Dangari on Monday, residents said.",
     "Kabo Dangari"),
    ("Hundreds of families from villages around Wadi Sallum fled on foot, officials said.",
     "Wadi Sallum"),
    ("The freighter was escorted to the port of Kessab Marrin on a court order, the navy said.",
     "Kessab Marrin"),
    ("Patrol boats shadowed a cargo ship near the island of Ras Qeshmar, the coast guard said.",
     "Ras Qeshmar"),
    ("Commandos boarded the Panama-flagged tanker Morning Kestrel off the coast, the navy said.",
     "Morning Kestrel"),
    # every craft of the event lexicon's SHIPPING and WARSHIP classes names a ship
    ("Pirates seized the dhow Al Noor off the coast on Monday, officials said.", "Al Noor"),
    ("The navy sent the gunboat Rajah Humabon to the shoal on Monday.", "Rajah Humabon"),
])
def test_actors_place_and_ship_names_are_no_actors(analyze_text, text, name):
    found = analyze_text(text)
    assert_spans(found)
    assert name not in _actor_names(found)


def test_actors_person_after_near_with_title_stays(analyze_text):
    found = analyze_text("Protesters gathered near President Lorna Vasquez as she spoke.")
    assert any(m.text.endswith("Lorna Vasquez") for a in found.actors for m in a.mentions)


def test_actors_the_short_name_is_the_organisation_named_before(analyze_text):
    found = analyze_text(
        "The naval forces of the Islamic Revolutionary Guard Corps stopped a tanker near the "
        "strait on Tuesday. The Guards said in a statement that its crew were safe.")
    assert_spans(found)
    guards = next(a for a in found.actors if any(m.text == "Guards" for m in a.mentions))
    assert guards.id == "IRN.MIL.IRGC"


def test_actors_the_short_name_without_antecedent_stays_apart(analyze_text):
    found = analyze_text("The Guards said in a statement on Tuesday that the crew were safe.")
    assert all(a.id != "IRN.MIL.IRGC" for a in found.actors)


@pytest.mark.parametrize("text, phrase", [
    ("The vessel's Norwegian owner said on Monday that the crew were safe.", "Norwegian owner"),
    ("The tanker's Greek manager said it had lost contact with the ship.", "Greek manager"),
    ("A Danish shipowner said two of its carriers had been diverted.", "Danish shipowner"),
])
def test_actors_demonym_owner_of_a_ship_is_business_not_state(analyze_text, text, phrase):
    found = analyze_text(text)
    assert_spans(found)
    (claim,) = found.claims
    speaker = next(a for a in found.actors if a.id == claim.source.actor)
    assert speaker.sector == "BUS" and speaker.id.endswith(".BUS")


@pytest.mark.parametrize("text, name", [
    ("The ship was boarded at dawn, according to its manager, Kalamos Shipping.",
     "Kalamos Shipping"),
    ("Talvera Holdings said the cargo had been insured, a spokesman said.", "Talvera Holdings"),
])
def test_actors_company_named_like_a_person_is_a_business(analyze_text, text, name):
    found = analyze_text(text)
    assert_spans(found)
    actor = next((a for a in found.actors if any(m.text == name for m in a.mentions)), None)
    assert actor is not None and actor.kind == "organization" and actor.sector == "BUS"


def test_actors_short_name_as_modifier_is_the_organisation(analyze_text):
    found = analyze_text(
        "The naval forces of the Islamic Revolutionary Guard Corps stopped a tanker on Tuesday. "
        "A Guards spokesman denied that the ship had been in international waters.")
    assert_spans(found)
    (claim,) = [c for c in found.claims if c.cue and c.cue.text == "denied"]
    assert claim.source.actor == "IRN.MIL.IRGC"
