"""Places: toponyms the small model mislabels or misses, recovered by general cues (a big city
called a person, a place inside an organisation's name, a list after a unit noun)."""

from __future__ import annotations

import pytest


def _mentions(analysis) -> list[tuple[str, str, int]]:
    """(mention text, place id, start) of every place mention, in text order."""
    return sorted(((m.text, p.id, m.start) for p in analysis.places for m in p.mentions),
                  key=lambda x: x[2])


def test_places_recall_city_called_a_person(analyze_text):
    # the model calls the second "Edmonton" a person; a city of a million alone is the city
    text = ("The survey put Edmonton near the bottom of the list. Edmonton was the only city "
            "to fail.")
    got = _mentions(analyze_text(text))
    assert [(t, s) for t, _i, s in got] == [("Edmonton", 15), ("Edmonton", 53)]
    assert got[0][1] == got[1][1]


@pytest.mark.parametrize("text,name", [
    # a surname after a title, and a first word of a person's name, stay a person
    ("Dr. Houston said the trial would start in June.", "Houston"),
    ("Jane Sofia spoke first. Later Sofia left the room.", "Sofia"),
])
def test_places_recall_city_name_of_a_person_is_not_a_place(analyze_text, name, text):
    assert name not in [t for t, _i, _s in _mentions(analyze_text(text))]


def test_places_recall_particle_name_is_not_its_last_word(analyze_text):
    # "de" joins the village's name: "Lima" here is no reading of its own
    got = _mentions(analyze_text(
        "Police searched the hamlets of Pedrosa de Lima, Bouro and Tanvelo on Tuesday."))
    assert "Lima" not in [t for t, _i, _s in got]


def test_places_recall_unit_list_with_a_particle_name(analyze_text):
    # "the villages of" names every item, past one whose name holds "de"
    got = _mentions(analyze_text(
        "Cholera spread through the villages of Santa Cruz de Alvor, Ribeval and Tonara."))
    assert [t for t, _i, _s in got] == ["Santa Cruz de Alvor", "Ribeval", "Tonara"]
