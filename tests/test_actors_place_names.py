"""A name the small model tags PERSON that the text tells as a place (a town of a country the
story names, a street) is no person actor: the places stage, which leaves out what the actors
stage took, resolves it. Real persons sharing a town's name stay persons where they act as
persons. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _people(r) -> list[str]:
    return sorted(a.id for a in r.actors if a.kind == "person")


def _place_mentions(r) -> list[str]:
    return sorted(m.text for p in r.places for m in p.mentions)


@pytest.mark.parametrize("text, place", [
    # a Thai town in a story of Thai troops
    ("Thai soldiers were sent to Hat Yai after the bombing. Hat Yai is the biggest town in "
     "southern Thailand.", "Hat Yai"),
    # a Thai province, told once with its unit noun and once bare
    # the capital names the country; "in" places the name
    ("Police in Panama City said three men were arrested in Juan Diaz on Tuesday.",
     "Juan Diaz"),
    ("Thousands of Cambodians crossed into Sa Kaeo and Surin provinces on Monday, Thai "
     "officials said. Camps in Sa Kaeo were full.", "Sa Kaeo"),
])
def test_actors_town_of_a_named_country_tagged_person_is_a_place(analyze_text, text, place):
    r = analyze_text(text)
    assert _people(r) == []
    assert _place_mentions(r).count(place) == text.count(place)


def test_actors_name_before_a_street_noun_is_no_person(analyze_text):
    r = analyze_text("Tourists crowded the elegant Via Condotti street in Rome on Saturday as "
                     "Italy eased its lockdown.")
    assert _people(r) == []


@pytest.mark.parametrize("text, person", [
    # the subject of a verb: a town declares nothing
    ("Ho Chi Minh declared Vietnam's independence in 1945, a museum guide told visitors in "
     "Hanoi.", "p:ho-chi-minh"),
    # an appositive of a person noun, in a story of Panama
    ("Juan Diaz, a fisherman from Colon, said the Panama Canal authority had closed the lock.",
     "p:juan-diaz"),
    # the object of a verb, where no mention places the name: the man, in a story of Panama
    ("Police in Panama arrested Juan Diaz on Tuesday after a raid on a warehouse.",
     "p:juan-diaz"),
    # a town's name, but one mention acts as a person: all stay the person
    ("Vietnamese leaders visited the mausoleum where Ho Chi Minh lies. Tourists photograph "
     "Ho Chi Minh every day.", "p:ho-chi-minh"),
])
def test_actors_person_named_as_a_town_stays_a_person(analyze_text, text, person):
    r = analyze_text(text)
    assert person in _people(r)
