"""Event types, statuses and spurious events from an end-to-end reading (session 10).

Every sentence is written for these tests (no news text); each case fails without its rule.
"""

from __future__ import annotations

import pytest


def _coded(analysis, trigger: str) -> list[tuple[str, str | None, str]]:
    return [(e.type, e.mode, e.status) for e in analysis.events if e.trigger.text == trigger]


@pytest.mark.parametrize("text, trigger, kind, mode", [
    # mediating is a meeting a third party arranges, as the noun 'mediation'
    ("Norway mediated the talks between the Ruritanian government and the rebels.",
     "mediated", "CONSULT", "third-party"),
    # a warship leaving a port or bay puts to sea; only territory left is a withdrawal
    ("Three Ruritanian corvettes left Souda Bay on Monday.", "left", "MOBILIZE", "troops"),
    ("The rebels left the hilltop town after a week of shelling.", "left", "RETREAT",
     "withdraw"),
    # sending another state's diplomats home expels them
    ("Warsaw sent home 20 Ruritanian diplomats on Tuesday.", "sent", "SANCTION", "expel"),
    ("The journalist was taken in for questioning by the police.", "taken", "COERCE", "arrest"),
    ("The prisoners were handed to Ruritanian officials at the border post.", "handed",
     "RETREAT", "release"),
    # a counted span before 'of talks' is the talks' length, not a date
    ("The two envoys held five hours of talks in Vienna.", "talks", "CONSULT", None),
    ("Three days of talks between the two deputy ministers in Geneva ended on Friday.", "talks",
     "CONSULT", None),
    # 'carry out a strike' is military; workers stage or join theirs
    ("The group carried out the strike, a spokesman said.", "strike", "ASSAULT", None),
    ("Dock workers carried out a strike at the port.", "strike", "PROTEST", "strike"),
    # units of one state patrolling together are no joint act
    ("Police boats and a navy frigate were patrolling the strait.", "patrolling", "MOBILIZE",
     None),
])
def test_events_types10_type(analyze_text, text, trigger, kind, mode):
    coded = _coded(analyze_text(text), trigger)
    assert coded, text
    assert coded[0][0] == kind, (text, coded)
    if mode is not None:
        assert coded[0][1] == mode, (text, coded)


def test_events_types10_two_states_patrol_jointly(analyze_text):
    coded = _coded(analyze_text("Rwanda and Burundi patrolled the lake in October."),
                   "patrolled")
    assert [c[0] for c in coded] == ["COOPERATE"]


def test_events_types10_ultimatum_with_adverbial_hours(analyze_text):
    """'gave the villagers 24 hours to leave': the time parses as an adverbial noun."""
    a = analyze_text("The militia gave the villagers 24 hours to leave or face attacks.")
    assert [c[0] for c in _coded(a, "gave")] == ["THREATEN"]


def test_events_types10_extended_deadline_no_threat(analyze_text):
    a = analyze_text("The central bank extended the deadline for the loan scheme.")
    assert "THREATEN" not in [e.type for e in a.events]


@pytest.mark.parametrize("text, trigger", [
    ("The Ruritanian army did not confirm the strike on the camp.", "strike"),
    ("The navy has still not acknowledged carrying out the strike.", "strike"),
])
def test_events_types10_unconfirmed_is_possible(analyze_text, text, trigger):
    """A party withholding confirmation neither reports nor denies the act."""
    coded = _coded(analyze_text(text), trigger)
    assert coded and coded[0][2] == "possible", coded


def test_events_types10_confirmed_is_reported(analyze_text):
    coded = _coded(analyze_text("The army confirmed the strike on the camp."), "strike")
    assert coded and coded[0][2] == "reported", coded


@pytest.mark.parametrize("text, trigger, kind", [
    ("There was no deal.", "deal", "AGREE"),
    ("The seized boats have not been returned.", "returned", "RETREAT"),
])
def test_events_types10_negation_without_refuser_is_no_rejection(analyze_text, text, trigger,
                                                                 kind):
    coded = _coded(analyze_text(text), trigger)
    assert coded == [(kind, coded[0][1], "denied")], coded


def test_events_types10_negated_act_with_agent_is_refusal(analyze_text):
    coded = _coded(analyze_text("The rebels will not release the hostages."), "release")
    assert coded and coded[0][0] == "REJECT"


@pytest.mark.parametrize("text, trigger, kind, mode", [
    # a court ordering people held in detention arrests them (the participle parses as the
    # object's modifier), not a request
    ("A court in Ruritania on Monday ordered the two suspects held in pre-trial detention.",
     "held", "COERCE", "arrest"),
    ("The aid convoy was held for three days at a checkpoint by militiamen.", "held", "COERCE",
     "restrict"),
    ("A convoy of 40 trucks reached the besieged town after the UN appealed for aid.",
     "reached", "AID", None),
])
def test_events_types10_holding_and_convoys(analyze_text, text, trigger, kind, mode):
    coded = _coded(analyze_text(text), trigger)
    assert coded and coded[0][0] == kind, (text, coded)
    if mode is not None:
        assert coded[0][1] == mode, (text, coded)


def test_events_types10_ordered_detention_no_request(analyze_text):
    a = analyze_text("A court in Ruritania on Monday ordered the two suspects held in detention.")
    assert "REQUEST" not in [e.type for e in a.events]


@pytest.mark.parametrize("text", [
    "Four of the injured died in hospital on Sunday.",
    "The wounded were taken to a clinic in the capital.",
])
def test_events_types10_participle_as_noun_no_event(analyze_text, text):
    """'the wounded', 'the injured' name people; no attack is told."""
    assert [e.type for e in analyze_text(text).events] == []


def test_events_types10_returnees_met_by_officials(analyze_text):
    a = analyze_text("The freed fishermen were met by officials at the airport.")
    assert "CONSULT" not in [e.type for e in a.events]


@pytest.mark.parametrize("text", [
    "The deal signed on Friday ends the fighting in the north.",
    "The truce signed in Lusaka collapsed within a week.",
])
def test_events_types10_signed_deal_is_one_event(analyze_text, text):
    """Signing an agreement is SUPPORT (codebook); the deal it modifies is no second event."""
    types = [e.type for e in analyze_text(text).events if e.trigger.text in
             {"deal", "truce", "signed"}]
    assert types == ["SUPPORT"], types


@pytest.mark.parametrize("text", [
    "The border crossing reopened to trade on Monday.",
    "The port was closed to trade for a week.",
])
def test_events_types10_open_to_trade_no_cooperation(analyze_text, text):
    """After a verb of opening, 'to trade' names what may pass; no trade act is told."""
    assert "COOPERATE" not in [e.type for e in analyze_text(text).events]


@pytest.mark.parametrize("text", [
    "The BRP Maria Santos and the BRP Tala left Subic Bay before dawn.",
    "The HMS Intrepidity left Portsmouth on Monday.",
    "The HNoMS Ravnhild left Bergen on Monday.",
])
def test_events_types10_named_warship_leaving_port(analyze_text, text):
    """A ship name's prefix ('BRP', 'HMS') makes it a warship: leaving port is MOBILIZE."""
    assert [e.type for e in analyze_text(text).events if e.trigger.text == "left"] == [
        "MOBILIZE"]
