"""Rules found by reading the analyst-8 stories (tests/data/articles/2026-09-*: drones over a
Moldovan border town and the first Romanian air-defence deployment there), each on a sentence
written for the test."""

from __future__ import annotations

from tests.conftest import actor_by_id as actor


def test_quantities_no_one_is_not_one_casualty(analyze_text):
    a = analyze_text("No one was hurt in the blast, police said. One soldier was wounded.")
    assert [(q.span.text, q.value) for q in a.quantities] == [("One", 1)]


def test_actors_deputy_title_before_a_name_is_not_the_office(analyze_text):
    a = analyze_text("Deputy Foreign Minister Pavel Orlov said the talks had failed. "
                     "Acting Prime Minister Dana Voicu said she would resign.")
    assert actor(a, "p:pavel-orlov").role == "deputy foreign minister"
    assert actor(a, "p:dana-voicu").role == "acting prime minister"


def test_claims_a_thing_that_threatens_says_nothing(analyze_text):
    a = analyze_text("The rebels said the deployment threatened the valley's security. "
                     "The governor threatened retaliation.")
    assert sorted(c.cue.text for c in a.claims) == ["said", "threatened"]
    [threat] = [c for c in a.claims if c.cue.text == "threatened"]
    assert threat.source.text == "The governor" and threat.content.text == "retaliation"


def test_claims_a_saying_is_not_dated_after_the_story(analyze_text):
    # published Wednesday 20 Nov 2024: the vote is on Thursday, the saying is not
    a = analyze_text("Parliament is expected to vote on Thursday on the request. The prime "
                     "minister said the government had enough votes.")
    [c] = [c for c in a.claims if c.cue.text == "said"]
    assert c.date.value == "2024-11-20" and c.date.how == "publication"


def test_discourse_a_named_party_does_not_borrow_an_earlier_actor(analyze_text):
    a = analyze_text("Defence Minister Ion Vieru rejected the warning on Friday.\n\n"
                     "State television reported that the militia had been put on alert. "
                     "The Gagauz leadership denied the report.")
    [e] = [e for e in a.events if e.trigger.text == "denied"]
    assert e.type == "REJECT" and e.actor == []


def test_events_no_means_to_act_is_no_act(analyze_text):
    a = analyze_text("The army had no weapons able to shoot down drones. The country has no "
                     "air force able to intercept missiles. The air force intercepted two drones.")
    assert [e.trigger.text for e in a.events] == ["intercepted"]


def test_events_an_event_that_threatens_is_no_threat(analyze_text):
    a = analyze_text("The rebels said the deployment threatened the valley's security. "
                     "Truckers threatened a nationwide strike.")
    threats = [e for e in a.events if e.type == "THREATEN"]
    assert [e.evidence.text for e in threats] == ["Truckers threatened a nationwide strike"]
    assert [c.source.text for c in a.claims if c.cue.text == "threatened"] == ["Truckers"]


def test_actors_a_health_ministry_is_its_country_s(analyze_text):
    a = analyze_text("The toll rose to three, the Moldovan health ministry said. "
                     "The ministry of health of Ukraine said two nurses were hurt.")
    assert actor(a, "MDA.GOV.HLT").role == "health ministry"
    assert actor(a, "UKR.GOV.HLT").country == "UKR"
    assert [c.source.actor for c in a.claims] == ["MDA.GOV.HLT", "UKR.GOV.HLT"]


def test_actors_a_river_is_no_actor(analyze_text):
    a = analyze_text("The drones strayed across the Dniester river overnight, police said. "
                     "Otaci is a town on the Dniester. A drone crossed the Dniester from Ukraine.")
    assert not [x.id for x in a.actors if "dniester" in x.id]


def test_speakers_her_office_speaks_for_her(analyze_text):
    a = analyze_text("President Ana Lupu convened the council on Tuesday.\n\n"
                     "Her office said the country would ask its neighbours for help.")
    [c] = [c for c in a.claims if c.source.text == "Her office"]
    assert c.source.actor == "p:ana-lupu"


def test_events_a_unit_arriving_is_a_deployment_not_a_visit(analyze_text):
    a = analyze_text("Moldova asked for help on Monday. The brigade opened fire for the first "
                     "time since it arrived last week.")
    e = next(e for e in a.events if e.trigger.text == "arrived")
    assert (e.type, e.mode) == ("MOBILIZE", "troops") and e.actor == []
