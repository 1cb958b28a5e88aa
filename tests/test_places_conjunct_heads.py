"""Places: a name is a place where the text joins it to one ("Devon and Cornwall police"),
and a landmark named before its own kind of feature ("on Champs-Elysees boulevard")."""

from __future__ import annotations


def _names(analysis):
    return {m.text for p in analysis.places for m in p.mentions}


def test_places_conjunct_heads_name_joined_to_a_seat_place(analyze_text):
    a = analyze_text("Inspector Jane Roe said Devon and Cornwall police were alerted on "
                     "Saturday.")
    assert {"Devon", "Cornwall"} <= _names(a)


def test_places_conjunct_heads_landmark_before_its_route_word(analyze_text):
    a = analyze_text("A witness was on Champs-Elysees boulevard when the car struck.")
    assert "Champs-Elysees" in _names(a)


def test_places_conjunct_heads_landmark_before_another_noun_is_no_place(analyze_text):
    a = analyze_text("They met at a White House meeting on Friday.")
    assert "White House" not in _names(a)


def test_places_conjunct_heads_unit_abbreviation_listed_with_a_place(analyze_text):
    a = analyze_text("There were no fatalities in Tasmania or the ACT.")
    p = next(p for p in a.places if any(m.text == "ACT" for m in p.mentions))
    assert (p.country, p.kind) == ("AU", "admin1")


def test_places_conjunct_heads_acronym_of_a_body_listed_with_a_place_is_none(analyze_text):
    a = analyze_text("Officials in Canberra and the WHO met on Monday.")
    assert "WHO" not in _names(a)
