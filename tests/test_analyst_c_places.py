"""Places the stories analyst found misread: a people's town and a unit named after its town."""

from __future__ import annotations

from tests.conftest import assert_spans


def _place_of(found, mention: str):
    return next(p for p in found.places if any(m.text == mention for m in p.mentions))


def test_places_people_town_lies_in_their_country(analyze_text):
    found = analyze_text("Gunmen attacked a checkpoint in the Lebanese city of Tripoli on "
                         "Tuesday, the army said.")
    assert_spans(found)
    assert _place_of(found, "Tripoli").country == "LB"


def test_places_people_town_phrase_is_no_place_itself(analyze_text):
    found = analyze_text("Protesters gathered in the Kazakh city of Almaty on Tuesday.")
    assert_spans(found)
    assert [p.name for p in found.places] == ["Almaty"]
    assert found.places[0].country == "KZ"


def test_places_region_named_after_its_town_is_the_unit(analyze_text):
    found = analyze_text("A drone hit a warehouse in the Odesa region on Tuesday, "
                         "officials said.")
    assert_spans(found)
    place = _place_of(found, "Odesa region")
    assert place.kind == "admin1" and place.country == "UA"
