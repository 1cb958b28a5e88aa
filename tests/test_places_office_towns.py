"""Places: the town of an office the model reads into a person's name ("Mabini Mayor Ester
Tabigue" as one PERSON) is a place; a title before the name names no town."""

from __future__ import annotations


def _names(analysis):
    return {m.text for p in analysis.places for m in p.mentions}


def test_places_office_towns_town_inside_a_person_entity(analyze_text):
    a = analyze_text("\"Several children were sick,\" said Mabini Mayor Ester Tabigue.")
    assert "Mabini" in _names(a)


def test_places_office_towns_town_before_hyphenated_title(analyze_text):
    a = analyze_text("\"Several children were sick,\" said Mabini Vice-Mayor Ester Tabigue.")
    assert "Mabini" in _names(a)


def test_places_office_towns_title_first_names_no_town(analyze_text):
    a = analyze_text("Governor Jo Bell spoke to reporters on Friday.")
    assert not _names(a)
