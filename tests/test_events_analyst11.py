"""Events, session 11 (analyst): "came under fire" (shot at or criticised), and spurious
events from receptions, hosting and negated giving.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from conftest import PUBLISHED

from wirecoder.extract.events import code_events
from wirecoder.model import Analysis, Article, article_id


def _coded(nlp, text: str):
    found = Analysis(article=Article(id=article_id(text), text=text, published=PUBLISHED))
    return code_events(nlp(text), found)


@pytest.mark.parametrize(("text", "expected", "actor", "recipient"), [
    # fired on: the ones firing are armed, or the ones fired on are forces, vehicles, civilians
    ("The Molvanian convoy came under fire from Bordurian rebels on Tuesday.", "ASSAULT",
     ["Bordurian rebels"], ["The Molvanian convoy"]),
    ("Two border posts came under fire overnight.", "ASSAULT", [], ["Two border posts"]),
    ("The garrison was under fire from militants for hours.", "ASSAULT", ["militants"],
     ["The garrison"]),
    ("Villagers fleeing the valley came under fire.", "ASSAULT", [],
     ["Villagers fleeing the valley"]),
    # said of a politician it is the idiom for being criticised; what it is over is the cause
    ("The finance minister came under fire from lawmakers.", "ACCUSE", ["lawmakers"],
     ["The finance minister"]),
    ("The Molvanian cabinet is under fire over rising bread prices.", "ACCUSE", [],
     ["The Molvanian cabinet"]),
])
def test_events_analyst11_under_fire(nlp, text, expected, actor, recipient):
    coded = [c for c in _coded(nlp, text) if c.event.trigger.text == "fire"]
    assert [c.event.type for c in coded] == [expected]
    assert [text[s:e] for s, e in coded[0].actor_spans] == actor
    assert [text[s:e] for s, e in coded[0].recipient_spans] == recipient


def test_events_analyst11_a_fire_is_no_attack(nlp):
    text = "A fire destroyed a warehouse near the harbour on Monday."
    assert not [c for c in _coded(nlp, text) if c.event.trigger.text == "fire"]


@pytest.mark.parametrize("text", [
    # returning people met on arrival are received, not consulted, also when "met" shares
    # the subject of the verb before it
    "The fishermen were flown home on Sunday and were met by port officials.",
    "The men were flown home on Sunday and were met by port officials.",
])
def test_events_analyst11_met_on_arrival_after_a_shared_subject(nlp, text):
    assert not [c for c in _coded(nlp, text) if c.event.trigger.text == "met"]


def test_events_analyst11_hosting_told_of_a_place_aside(nlp):
    text = ("The envoys of Molvania and Borduria held talks in Valeria, which was hosting an "
            "unrelated regional summit.")
    assert not [c for c in _coded(nlp, text) if c.event.trigger.text == "hosting"]
    assert "CONSULT" in [c.event.type for c in _coded(nlp, text)
                         if c.event.trigger.text == "talks"]


@pytest.mark.parametrize(("text", "trigger", "status"), [
    # a negated act read as a refusal (REJECT) happened: 'denied' would read "no refusal"
    ('"We did not trade away a single island," the Molvanian minister said.', "trade",
     "reported"),
    ("The Molvanian navy did not release the trawlers.", "release", "occurred"),
    ("The Molvanian navy may not release the trawlers.", "release", "possible"),
])
def test_events_analyst11_refusal_is_no_denied_rejection(nlp, text, trigger, status):
    coded = [c for c in _coded(nlp, text) if c.event.trigger.text == trigger]
    assert [(c.event.type, c.event.status) for c in coded] == [("REJECT", status)]


@pytest.mark.parametrize("text", [
    "Molvania traded away two islands in the settlement.",
    "The old regime signed away the fishing rights of the coast.",
])
def test_events_analyst11_bargaining_away_cedes(nlp, text):
    coded = [c for c in _coded(nlp, text) if c.event.trigger.text in {"traded", "signed"}]
    assert [c.event.type for c in coded] == ["RETREAT"]


@pytest.mark.parametrize(("text", "trigger"), [
    # the mediator has no field of its own: it is the actor of the go-between's act, and every
    # side it brings together is a recipient
    ("Molvania and Borduria signed a truce on Friday after talks mediated by Valeria.",
     "mediated"),
    ("Valeria brokered a truce between Molvania and Borduria.", "brokered"),
])
def test_events_analyst11_mediator_acts_on_both_sides(nlp, text, trigger):
    coded = [c for c in _coded(nlp, text) if c.event.trigger.text == trigger]
    assert [text[s:e] for s, e in coded[0].actor_spans] == ["Valeria"]
    assert [text[s:e] for s, e in coded[0].recipient_spans] == ["Molvania and Borduria"]


def test_events_analyst11_killed_when_armed_doers_repelled(nlp):
    # the clause telling when soldiers were killed names their armed killers; a war named as
    # the setting ("sent to Molvania's war") is no attack of its own to borrow a doer from
    text = ("Dozens of Bordurian soldiers were killed when Valerian troops repelled an "
            "attack on Friday, the first losses among the units Borduria sent to Molvania's "
            "war.")
    coded = _coded(nlp, text)
    killed = [c for c in coded if c.event.trigger.text == "killed"]
    assert [text[s:e] for s, e in killed[0].actor_spans] == ["Valerian troops"]
    assert not [c for c in coded if c.event.trigger.text == "war"]


def test_events_analyst11_killed_when_no_armed_doer(nlp):
    text = "Three soldiers were killed when their truck hit a mine on Friday."
    killed = [c for c in _coded(nlp, text) if c.event.trigger.text == "killed"]
    assert not killed or not killed[0].actor_spans


@pytest.mark.parametrize(("text", "status"), [
    # an act told as what reports say is not asserted by the article; dismissed, it is denied
    ("There were reports of Bordurian troops fighting in the valley.", "reported"),
    ("Molvania dismissed reports of Bordurian troops fighting in the valley.", "denied"),
    ('Molvania called reports of Bordurian troops fighting in the valley "lies".', "denied"),
])
def test_events_analyst11_act_told_by_reports(nlp, text, status):
    coded = [c for c in _coded(nlp, text) if c.event.trigger.text == "fighting"]
    assert [c.event.status for c in coded] == [status]


def test_events_analyst11_act_asserted_is_no_report(nlp):
    text = "Bordurian troops were fighting in the valley, the report said."
    coded = [c for c in _coded(nlp, text) if c.event.trigger.text == "fighting"]
    assert coded and coded[0].event.status != "denied"


def test_events_analyst11_bare_attack_in_a_condition_is_possible(nlp):
    # a doctrine's condition tells what may happen, not an attack that occurred
    text = ("Molvania said it would use all its weapons if its capital comes under attack "
            "again.")
    coded = [c for c in _coded(nlp, text) if c.event.trigger.text == "attack"]
    assert [c.event.status for c in coded] == ["possible"]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # returning to talks is talking again, not a retreat, and the talks are no second event
    ("The envoy urged Borduria to return to dialogue.", "return", "CONSULT"),
    ("Borduria returned to the negotiating table on Monday.", "returned", "CONSULT"),
    ("Borduria returned to talks on Monday.", "returned", "CONSULT"),
])
def test_events_analyst11_return_to_talks(nlp, text, trigger, expected):
    coded = _coded(nlp, text)
    assert [c.event.type for c in coded if c.event.trigger.text == trigger] == [expected]
    assert "RETREAT" not in [c.event.type for c in coded]
    assert len([c for c in coded if c.event.type == "CONSULT"]) == 1


@pytest.mark.parametrize(("text", "trigger"), [
    # the negation of a verb that only says an event exists, or that one takes part in it,
    # is the event's
    ("The minister said there will never be any talks with Borduria.", "talks"),
    ("The brigade had not yet taken part in assaults on the town.", "assaults"),
])
def test_events_analyst11_negated_existence_or_part(nlp, text, trigger):
    coded = [c for c in _coded(nlp, text) if c.event.trigger.text == trigger]
    assert [c.event.status for c in coded] == ["denied"]


@pytest.mark.parametrize(("text", "trigger"), [
    # words of other senses: rescue searches, interrogation, a known event as a time mark
    ("Rescuers were still searching the rubble for survivors on Friday.", "searching"),
    ("Volunteers searched the river bank for bodies.", "searched"),
    ("The two captured sailors were being questioned by the Molvanian police.", "questioned"),
    ("Borduria has not used the new rocket again since the Dunmere strike, the navy said.",
     "strike"),
])
def test_events_analyst11_other_senses_are_no_events(nlp, text, trigger):
    assert not [c for c in _coded(nlp, text) if c.event.trigger.text == trigger]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Police searched the house of the opposition leader.", "searched", "COERCE"),
    ("The senator questioned the decision to close the border.", "questioned", "ACCUSE"),
])
def test_events_analyst11_same_words_still_events(nlp, text, trigger, expected):
    assert [c.event.type for c in _coded(nlp, text) if c.event.trigger.text == trigger] == [
        expected]


@pytest.mark.parametrize(("text", "trigger", "expected", "mode"), [
    # missiles fired into the sea hit no one: a test or show of force
    ("Borduria fired two short-range missiles into the sea on Monday.", "fired", "MOBILIZE",
     "weapons"),
    ("Borduria fired two missiles at the island on Monday.", "fired", "ASSAULT",
     "heavy-weapons"),
    # a launch told as a noun with its 'by' agent is an event
    ("It came a day after the launch of two ballistic missiles by Borduria.", "launch",
     "ASSAULT", "heavy-weapons"),
])
def test_events_analyst11_missile_launches(nlp, text, trigger, expected, mode):
    coded = [c for c in _coded(nlp, text) if c.event.trigger.text == trigger]
    assert [(c.event.type, c.event.mode) for c in coded] == [(expected, mode)]


def test_events_analyst11_each_conjoined_capital_is_a_party(analyze_text):
    # capitals the ACTORS stage reads as places stand for their governments, every one of them
    a = analyze_text("Madrid would coordinate closely with Paris and Rome, the minister said.")
    ev = [e for e in a.events if e.trigger.text == "coordinate"]
    assert ev and {"FRA.GOV", "ITA.GOV"} <= set(ev[0].recipient)


def test_events_analyst11_called_a_threat_is_disapproval(nlp):
    # what something is called is the caller's view of it: nobody threatens anyone
    text = 'The Molvanian foreign ministry called the move "a grave threat to peace".'
    coded = [c for c in _coded(nlp, text) if c.event.trigger.text == "threat"]
    assert [(c.event.type, c.event.mode) for c in coded] == [("ACCUSE", "disapprove")]
    assert [text[s:e] for s, e in coded[0].actor_spans] == ["The Molvanian foreign ministry"]
    assert [text[s:e] for s, e in coded[0].recipient_spans] == ["the move"]


@pytest.mark.parametrize("text", [
    # a 'whether' clause asks; nothing in it is asserted, planned or done
    "The envoy did not say whether Molvania would send more troops to the border.",
    "Reporters asked whether Molvanian troops had left the border.",
])
def test_events_analyst11_whether_clause_asserts_nothing(nlp, text):
    coded = [c for c in _coded(nlp, text) if c.event.trigger.text in {"send", "left"}]
    assert coded and {c.event.status for c in coded} == {"possible"}
