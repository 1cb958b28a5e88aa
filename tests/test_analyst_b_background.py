"""A war's running total and a war-long background clause are not news of the day."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from wirecoder.link import link_analyses
from wirecoder.link.records import background, quantity_points_of
from wirecoder.link.synthetic import analysis_of

DAY = datetime(2025, 3, 11, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(("text", "number", "kept"), [
    ("Both deny targeting civilians in the war, which has killed tens of thousands of "
     "civilians since February 2022.", "tens of thousands", False),
    ("Fighting between the army and the rebels has killed thousands of people since April "
     "2023.", "thousands", False),
    ("The conflict has killed hundreds of thousands of people, many from hunger.",
     "hundreds of thousands", False),
    ("Drone attacks on the city have killed 40 people since January 2024, officials say.",
     "40", False),
    ("The strike on the market killed 12 people on Monday, the governor said.", "12", True),
])
def test_analyst_b_background_war_totals_are_no_tolls(text, number, kept):
    a = analysis_of(text, [], loose_quantities=[
        {"text": number, "value": 1000, "counted": "killed", "fate": "killed"}])
    assert bool(quantity_points_of(a)) is kept


STRIKE = analysis_of(
    "Russian drones struck the port of Odesa overnight, the air force said.",
    [{"type": "ASSAULT", "actor": ["RUS"], "place": "Odesa", "date": "2025-03-10",
      "evidence": "Russian drones struck the port of Odesa overnight", "status": "reported",
      "claim": {"source": "the air force", "kind": "institution", "actor": "UKR.MIL"}}],
    outlet="Kyiv Desk", published=DAY)
WAR = analysis_of(
    "Russia denies targeting civilians in Odesa in the war, which has killed tens of "
    "thousands of civilians since February 2022.",
    [{"type": "ASSAULT", "actor": ["RUS"], "place": "Odesa", "status": "denied",
      "evidence": "targeting civilians in Odesa in the war, which has killed tens of thousands "
                  "of civilians since February 2022"}],
    outlet="Moscow Desk", published=DAY)


def test_analyst_b_background_a_war_long_clause_is_not_the_days_strike():
    """Dated only by publication, the war-long clause met the night's strike and its
    'denies targeting civilians' became a denial of that strike."""
    linked = link_analyses([STRIKE, WAR])
    assert len(linked.stories) == 2
    assert not linked.contradictions


def test_analyst_b_background_two_crowds_are_two_figures():
    """A count nothing happened to (a crowd) is the size of its own event: two protests'
    crowds are no estimate series of one country, nor a contradiction."""
    text = ("Tens of thousands of people marched in Kharkiv on Saturday. Thousands of people "
            "protested in Odesa on Sunday.")
    march = {"type": "PROTEST", "actor": ["UKR.CVL"], "place": "Kharkiv", "date": "2025-03-08",
             "evidence": "Tens of thousands of people marched in Kharkiv on Saturday",
             "quantities": [{"text": "Tens of thousands", "value": 10000, "counted": "people"}]}
    rally = {"type": "PROTEST", "actor": ["UKR.CVL"], "place": "Odesa", "date": "2025-03-09",
             "evidence": "Thousands of people protested in Odesa on Sunday",
             "quantities": [{"text": "Thousands", "value": 1000, "counted": "people"}]}
    linked = link_analyses([analysis_of(text, [march, rally], published=DAY)])
    assert len(linked.stories) == 2
    assert not linked.estimates and not linked.contradictions


@pytest.mark.parametrize(("evidence", "dated", "kept"), [
    ("talks have been held on and off since 2022", None, False),
    ("The conflict has killed hundreds of thousands of people", None, False),
    ("The conflict has killed hundreds of thousands of people", "2025-03-10", True),
    ("Russian drones struck the port of Odesa overnight", None, True),
])
def test_analyst_b_background_a_clause_spanning_years_gets_no_date(evidence, dated, kept):
    """Either cue alone (a 'since <year>', a war's 'has killed') makes a clause dated only
    by publication background; a clause with its own date stays news."""
    event = {"type": "CONSULT" if "talks" in evidence else "ASSAULT", "actor": ["RUS"],
             "evidence": evidence, **({"date": dated} if dated else {})}
    (ev,) = analysis_of(evidence + ".", [event], published=DAY).events
    assert background(ev) is not kept
