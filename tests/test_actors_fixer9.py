"""Session 9 fixes of the actors stage, on sentences written for these tests: coordinated
demonyms before a unit noun are each an actor, a town opening a person's or a brand's name
gives it no country, breakaway states are actors of their own."""

from __future__ import annotations

import pytest
from tests.conftest import assert_spans


def _by_mention(found, text: str):
    return next((a for a in found.actors if any(m.text == text for m in a.mentions)), None)


def test_actors_coordinated_demonyms_before_border_troops(analyze_text):
    found = analyze_text("Uzbek and Tajik border troops exchanged fire near a disputed "
                         "canal on Monday.")
    assert_spans(found)
    ids = {a.id for a in found.actors}
    assert {"UZB.POL", "TJK.POL"} <= ids
    assert _by_mention(found, "Tajik border troops").id == "TJK.POL"
    event = next(e for e in found.events if e.type == "ASSAULT")
    assert {"UZB.POL", "TJK.POL"} <= {*event.actor, *event.recipient}


def test_actors_demonym_the_model_took_for_a_name_before_a_plural_noun(analyze_text):
    found = analyze_text("Kyrgyz and Tajik farmers argued over the water of a small river.")
    assert_spans(found)
    assert {"KGZ", "TJK"} <= {a.id for a in found.actors}
    assert _by_mention(found, "Tajik").country == "TJK"


def test_actors_a_name_beginning_with_a_capital_is_not_national(analyze_text):
    found = analyze_text("Paris Hilton opened a perfume shop in a mall outside Chicago.")
    assert_spans(found)
    actor = _by_mention(found, "Paris Hilton")
    assert actor is None or actor.country is None
    assert not any(p.name == "Paris" for p in found.places)


def test_actors_a_body_named_after_its_city_keeps_its_country(analyze_text):
    found = analyze_text("The Moscow Exchange halted trading in dollars on Thursday.")
    assert _by_mention(found, "Moscow Exchange").country == "RUS"


@pytest.mark.parametrize("text, mention, actor_id, country", [
    ("Transnistrian authorities said the talks with Chisinau had failed.", "Transnistrian",
     "REB.TRANSNISTRIA", "MDA"),
    ("Abkhaz leaders rejected the proposal on Tuesday.", "Abkhaz", "REB.ABKHAZIA", "GEO"),
    ("Somaliland signed a port agreement with Ethiopia last week.", "Somaliland",
     "REB.SOMALILAND", "SOM"),
    ("Tiraspol accused Chisinau of blocking imports of medicine.", "Tiraspol",
     "REB.TRANSNISTRIA", "MDA"),
])
def test_actors_breakaway_state_is_its_own_actor(analyze_text, text, mention, actor_id, country):
    found = analyze_text(text)
    assert_spans(found)
    actor = _by_mention(found, mention)
    assert actor is not None and actor.id == actor_id
    assert actor.country == country and actor.sector == "REB"


def test_actors_breakaway_region_named_as_a_place_stays_a_place(analyze_text):
    found = analyze_text("Heavy rain flooded villages in Abkhazia and South Ossetia.")
    assert {"Abkhazia", "South Ossetia"} <= {p.name for p in found.places}
    assert not any(a.id.startswith("REB.") for a in found.actors)


@pytest.mark.parametrize("text", ["The DPR passed the budget bill in Jakarta on Tuesday.",
                                  "An LPR may apply for citizenship after five years."])
def test_actors_breakaway_abbreviations_are_not_read(analyze_text, text):
    # Indonesia's parliament and US lawful permanent residents use these letters more
    found = analyze_text(text)
    assert not any(a.id in ("REB.DPR", "REB.LPR") for a in found.actors)
