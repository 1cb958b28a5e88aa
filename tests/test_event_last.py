"""Who is judged when an act is condemned, and what a cyberattack is (session 5, events-last).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import event_by_trigger


def _names(analysis, ids: list[str]) -> list[str]:
    by_id = {a.id: a.name for a in analysis.actors}
    return [by_id[i] for i in ids]


@pytest.mark.parametrize("text, trigger, judged", [
    ("Canada condemned Russia's invasion of Ukraine.", "condemned", "Russia"),
    ("Canada condemned the invasion of Ukraine by Russia.", "condemned", "Russia"),
    ("Norway criticised Iran's seizure of the tanker.", "criticised", "Iran"),
    ("Chile condemned the occupation of the island by Argentina.", "condemned", "Argentina"),
])
def test_event_last_condemned_act_judges_its_agent(analyze_text, text, trigger, judged):
    """The one condemned is the party that did the condemned act, not the act's target."""
    analysis = analyze_text(text)
    event = event_by_trigger(analysis, trigger)
    assert event.type == "ACCUSE"
    assert _names(analysis, event.recipient) == [judged]


def test_event_last_condemned_act_without_agent_keeps_target(analyze_text):
    analysis = analyze_text("Canada condemned the invasion of Ukraine.")
    event = event_by_trigger(analysis, "condemned")
    assert _names(analysis, event.recipient) == ["Ukraine"]


def test_event_last_condemned_act_keeps_its_own_event(analyze_text):
    """'the invasion of Ukraine by Russia' stays an assault by Russia on Ukraine."""
    analysis = analyze_text("Canada condemned the invasion of Ukraine by Russia.")
    event = event_by_trigger(analysis, "invasion")
    assert event.type == "ASSAULT"
    assert _names(analysis, event.actor) == ["Russia"]
    assert _names(analysis, event.recipient) == ["Ukraine"]


@pytest.mark.parametrize("text, trigger", [
    ("A ransomware attack shut down the clinic's booking system.", "attack"),
    ("A hacking attack crippled the bank on Friday.", "attack"),
    ("Investigators said a cyber-attack hit the airport.", "hit"),
    ("A malware attack struck the port's payment servers.", "struck"),
    ("Hackers breached the ministry's network.", "breached"),
    ("Hackers hit the utility's servers overnight.", "hit"),
])
def test_event_last_cyber_attack_is_coerce_cyber(analyze_text, text, trigger):
    """PLOVER codes hacking and cyber attacks as COERCE mode cyber, whatever the verb."""
    event = event_by_trigger(analyze_text(text), trigger)
    assert (event.type, event.mode) == ("COERCE", "cyber")


def test_event_last_attack_after_cyberattack_is_cyber(analyze_text):
    """A definite 'the attack' names the cyberattack told of before it."""
    analysis = analyze_text("A cyberattack struck the port on Monday. The attack hit the "
                            "customs office as well.")
    assert not [e for e in analysis.events if e.type == "ASSAULT"]
    assert (event_by_trigger(analysis, "hit").type,
            event_by_trigger(analysis, "hit").mode) == ("COERCE", "cyber")


@pytest.mark.parametrize("text, assault", [
    ("A cyberattack struck the port on Monday. Rebels attacked a convoy on Tuesday. The attack "
     "hit three trucks.", "hit"),
    ("A rocket attack hit the town. The attack destroyed two houses.", "destroyed"),
    ("Militants breached the wall of the base.", None),
])
def test_event_last_kinetic_attack_stays_assault(analyze_text, text, assault):
    """'The attack' after another, armed attack names that one; breaching a wall is no hack."""
    analysis = analyze_text(text)
    assert not [e for e in analysis.events if e.mode == "cyber" and e.trigger.text in {
        "hit", "destroyed", "breached"}]
    if assault is not None:  # the definite attack is still coded, as an armed one
        assert event_by_trigger(analysis, assault).type == "ASSAULT"


@pytest.mark.parametrize("text, trigger, asked", [
    ("Norway urged Iran to stop sending drones to Russia.", "urged", "Iran"),
    ("Chile asked Peru to stop supplying weapons to the rebels.", "asked", "Peru"),
    ("Spain urged Morocco to stop shelling the border town.", "urged", "Morocco"),
])
def test_event_last_request_to_stop_an_act_is_only_the_request(analyze_text, text, trigger,
                                                               asked):
    """'urged X to stop sending Y': a REQUEST to X; the act to be stopped is no event of the
    one who urged (it was coded as the urger's AID or MOBILIZE)."""
    analysis = analyze_text(text)
    assert [e.type for e in analysis.events] == ["REQUEST"]
    event = event_by_trigger(analysis, trigger)
    assert _names(analysis, event.recipient) == [asked]


def test_event_last_request_to_act_keeps_the_act(analyze_text):
    """Without a cessative verb the requested act stays, done by the one asked."""
    analysis = analyze_text("Norway urged Iran to send aid to the flooded villages.")
    send = event_by_trigger(analysis, "send")
    assert send.type == "AID"
    assert _names(analysis, send.actor) == ["Iran"]
