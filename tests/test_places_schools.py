"""Places: a name the article gives a school ("Lincoln Elementary") and then uses alone is the
school, not a small town of that name, unless the article places it as a town."""

from __future__ import annotations


def _names(analysis):
    return {m.text for p in analysis.places for m in p.mentions}


def test_places_schools_short_school_name_is_no_town(analyze_text):
    a = analyze_text("Five pupils at Lincoln Elementary in Fresno, California, fell ill. A "
                     "teacher at Lincoln, Jane Roe, said the pupils near Lincoln were tested.")
    assert "Lincoln" not in _names(a)
    assert {"Fresno", "California"} <= _names(a)


def test_places_schools_town_placed_in_its_state_stays(analyze_text):
    a = analyze_text("Pupils at Hillsboro High School in Hillsboro, Ohio, fell ill. Parents "
                     "at Hillsboro were worried.")
    p = next(p for p in a.places if p.name == "Hillsboro")
    assert p.admin1 is not None and len(p.mentions) == 2
