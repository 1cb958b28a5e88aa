"""A military formation, command or area named by a number or a compass word is an armed
force's actor (``<ISO3>.MIL``), never a place. Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import actor_by_id

from wirecoder.extract.spans import actor_at


def _mil_at(r, words: str):
    at = r.article.text.index(words)
    a = actor_at(r, at, at + len(words))
    assert a is not None, [(x.id, [m.text for m in x.mentions]) for x in r.actors]
    return a


def _no_place_within(r, words: str) -> None:
    at = r.article.text.index(words)
    inside = [m.text for p in r.places for m in p.mentions
              if at <= m.start and m.end <= at + len(words)]
    assert not inside, inside


@pytest.mark.parametrize("text, words, actor_id", [
    ("Thailand's Second Army Region said the rangers were wounded by a landmine.",
     "Second Army Region", "THA.MIL"),
    ("Cambodia's Northern Military Region reported shelling near the temple overnight.",
     "Northern Military Region", "KHM.MIL"),
    ("The Russian Southern Military District said its units had repelled an attack.",
     "Southern Military District", "RUS.MIL"),
    ("Kenya's Eastern Command sent two companies to the coast on Friday.",
     "Eastern Command", "KEN.MIL"),
])
def test_actors_military_unit_of_the_country_named_before_it(analyze_text, text, words,
                                                              actor_id):
    r = analyze_text(text)
    a = _mil_at(r, words)
    assert (a.id, a.sector) == (actor_id, "MIL")
    _no_place_within(r, words)


def test_actors_military_units_of_a_dated_story_are_the_datelines_countrys(analyze_text):
    r = analyze_text("BANGKOK - Two rangers were wounded near a village in Sisaket on Monday, "
                     "the Second Army Region said. Troops of the Northern Military Region and "
                     "the 3rd Infantry Division were sent to the border, and Eastern Command "
                     "said it was ready.")
    mil = actor_by_id(r, "THA.MIL")
    assert {m.text for m in mil.mentions} >= {"Second Army Region", "Northern Military Region",
                                               "3rd Infantry Division", "Eastern Command"}
    for words in ("Second Army Region", "Northern Military Region"):
        _no_place_within(r, words)
    sources = {c.source.text: c.source.actor for c in r.claims}
    assert sources["the Second Army Region"] == sources["Eastern Command"] == "THA.MIL"
    assert any(e.actor == ["THA.MIL"] for e in r.events), [(e.type, e.actor) for e in r.events]


def test_actors_military_unit_of_no_known_country_is_still_no_place(analyze_text):
    r = analyze_text("Troops of the Northern Military Region were sent to the border on Monday.")
    a = _mil_at(r, "Northern Military Region")
    assert a.sector == "MIL" and a.country is None
    _no_place_within(r, "Northern Military Region")


@pytest.mark.parametrize("text, words", [
    ("The club was promoted to the First Division in May after a long season.", "First Division"),
    ("The Central Region government said schools would close for a week.", "Central Region"),
    ("The judge sits in the Southern District of the state.", "Southern District"),
])
def test_actors_league_region_or_court_district_is_no_military_unit(analyze_text, text, words):
    r = analyze_text(text)
    at = r.article.text.index(words)
    a = actor_at(r, at, at + len(words))
    assert a is None or a.sector != "MIL"
