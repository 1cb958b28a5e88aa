"""Events, session 10 (analyst): border closures told as a noun or with "shut", state forces
taking people off a boat, harassment as a noun, and the actor of an event noun with a "by"
phrase.

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


def _types(nlp, text: str, trigger: str) -> list[str]:
    return [c.event.type for c in _coded(nlp, text) if c.event.trigger.text == trigger]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # a border closure limits movement (COERCE restrict) whichever way it is told
    ("Molvania shut the border with Borduria on Monday.", "shut", "COERCE"),
    ("The border closure by Molvania stranded hundreds of lorries.", "closure", "COERCE"),
    ("Molvania announced the closure of two border crossings with Borduria.", "closure",
     "COERCE"),
    # state forces taking people off a boat detain them
    ("The coast guard took ten sailors from a tugboat on Tuesday.", "took", "COERCE"),
    ("Police took two activists from the square in Dunmere.", "took", "COERCE"),
    ("The harassment of fishing boats by the navy drew complaints.", "harassment", "COERCE"),
])
def test_events_analyst10_types(nlp, text, trigger, expected):
    assert expected in _types(nlp, text, trigger)


@pytest.mark.parametrize(("text", "trigger"), [
    # taking sailors off a sinking boat is a rescue, no detention
    ("The coast guard took ten sailors from a sinking tugboat.", "took"),
    ("Rescuers took the bodies from the rubble.", "took"),
])
def test_events_analyst10_no_coercion(nlp, text, trigger):
    assert "COERCE" not in _types(nlp, text, trigger)


def test_events_analyst10_closure_by_agent_acts(nlp):
    text = "The border closure by Molvania stranded hundreds of lorries."
    (ev,) = [c for c in _coded(nlp, text) if c.event.trigger.text == "closure"]
    assert [text[s:e] for s, e in ev.actor_spans] == ["Molvania"]


@pytest.mark.parametrize(("text", "actor"), [
    # a party ordered to act on its own is asked to (REQUEST), and the act would be its own
    ("The court ordered the government to release the detainees.", "the government"),
    ("The tribunal ordered the company to compensate the villagers.", "the company"),
])
def test_events_analyst10_order_to_party_is_request(nlp, text, actor):
    coded = _coded(nlp, text)
    assert "REQUEST" in [c.event.type for c in coded if c.event.trigger.text == "ordered"]
    inner = [c for c in coded if c.event.trigger.text != "ordered"]
    assert inner and [text[s:e] for s, e in inner[0].actor_spans] == [actor]


def test_events_analyst10_order_to_own_forces_is_their_act(nlp):
    # troops or one's own men carry out the order: the act is the commander's
    for text in ("The president ordered the army to withdraw from the city.",
                 "The commander ordered his men to release the hostages."):
        types = [c.event.type for c in _coded(nlp, text)]
        assert "RETREAT" in types and "REQUEST" not in types


@pytest.mark.parametrize(("text", "actor"), [
    # a meeting one is due, slated or scheduled to hold is a future meeting (AGREE), and the
    # passive frame's subject holds it
    ("The two leaders are due to hold talks in Dunmere.", "The two leaders"),
    ("The foreign ministers are scheduled to meet in Vardo.", "The foreign ministers"),
    ("The prime minister is slated to meet the king on Friday.", "The prime minister"),
])
def test_events_analyst10_scheduled_meeting_is_agree(nlp, text, actor):
    coded = [c for c in _coded(nlp, text) if c.event.type in {"AGREE", "CONSULT"}]
    assert [c.event.type for c in coded] == ["AGREE"]
    assert coded[0].event.status == "planned"
    assert [text[s:e] for s, e in coded[0].actor_spans] == [actor]


def test_events_analyst10_due_to_cause_is_no_schedule(nlp):
    text = "Flights were cancelled due to fighting near the airport."
    (fight,) = [c for c in _coded(nlp, text) if c.event.type == "ASSAULT"]
    assert fight.event.status != "planned"


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    # keeping one's own force or coercion open is a veiled threat
    ("Molvania said it would not rule out the use of force against Borduria.", "Molvania",
     "Borduria"),
    ("Vardo did not rule out new sanctions on Dunmere.", "Vardo", "Dunmere"),
    ("The defence minister refused to rule out military action.", "The defence minister", None),
])
def test_events_analyst10_force_not_ruled_out_is_threat(nlp, text, actor, recipient):
    coded = _coded(nlp, text)
    threats = [c for c in coded if c.event.type == "THREATEN"]
    assert threats and not [c for c in coded if c.event.type == "REJECT"]
    assert [text[s:e] for s, e in threats[0].actor_spans] == [actor]
    if recipient:
        assert [text[s:e] for s, e in threats[0].recipient_spans] == [recipient]


@pytest.mark.parametrize("text", [
    # what one cannot exclude may happen; no one's threat
    "Officials could not rule out further attacks by the militants.",
    # no force kept open
    "The prime minister would not rule out early elections.",
])
def test_events_analyst10_open_matter_is_no_threat(nlp, text):
    assert "THREATEN" not in [c.event.type for c in _coded(nlp, text)]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    # a speaker foretelling another party's punishment threatens it
    ("Vardo said Dunmere would face harsh consequences.", "Vardo", "Dunmere"),
    ("The president said the rebels would pay a heavy price for the raid.", "The president",
     "the rebels"),
    # "cautioned" is a warning, as "warned"
    ("Vardo cautioned Dunmere that any incursion would bring a military response.", "Vardo",
     "Dunmere"),
])
def test_events_analyst10_foretold_harm_is_threat(nlp, text, actor, recipient):
    threats = [c for c in _coded(nlp, text) if c.event.type == "THREATEN"]
    assert threats
    assert [text[s:e] for s, e in threats[0].actor_spans] == [actor]
    assert [text[s:e] for s, e in threats[0].recipient_spans] == [recipient]


@pytest.mark.parametrize("text", [
    "Officials said consumers would pay a higher price for fuel.",
    "Analysts said the economy would suffer the consequences of the drought.",
    "The central bank cautioned that inflation could rise further.",
])
def test_events_analyst10_cost_is_no_threat(nlp, text):
    assert "THREATEN" not in [c.event.type for c in _coded(nlp, text)]


@pytest.mark.parametrize(("text", "trigger"), [
    # security moves and shows of force stop short of force (MOBILIZE)
    ("Police stepped up security around the parliament in Vardo.", "stepped"),
    ("Authorities tightened security ahead of the vote.", "tightened"),
    ("The government called in the army to restore order.", "called"),
    ("Molvanian warplanes flew into Borduria's air defence zone.", "flew"),
    ("Molvania raised its military alert level on Sunday.", "raised"),
    ("Two Molvanian jets buzzed a Bordurian frigate.", "buzzed"),
    ("Molvania unveiled a new long-range missile.", "unveiled"),
])
def test_events_analyst10_shows_of_force_mobilize(nlp, text, trigger):
    assert "MOBILIZE" in _types(nlp, text, trigger)


@pytest.mark.parametrize("text", [
    "The minister flew into Vardo on Monday.",
    "The president unveiled a new economic plan.",
    "Companies increased security spending.",
])
def test_events_analyst10_no_show_of_force(nlp, text):
    assert "MOBILIZE" not in [c.event.type for c in _coded(nlp, text)]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # material help told with other verbs
    ("The bank extended a $1 billion credit line to Vardo.", "extended", "AID"),
    ("Molvania opened a line of credit for Borduria.", "opened", "AID"),
    ("Molvania deposited $2 billion in Borduria's central bank.", "deposited", "AID"),
    ("The agency rushed emergency supplies to the flooded province.", "rushed", "AID"),
    ("Volunteer medics treated hundreds of wounded civilians.", "treated", "AID"),
    # restoring diplomatic ties is recognition; restoring trade or flights, the exchange
    ("Molvania and Borduria restored diplomatic relations after a decade.", "restored",
     "SUPPORT"),
    ("The two countries resumed trade after a two-year freeze.", "resumed", "COOPERATE"),
    ("The two countries restored flights between their capitals.", "restored", "COOPERATE"),
])
def test_events_analyst10_material_help_and_ties(nlp, text, trigger, expected):
    assert expected in _types(nlp, text, trigger)


def test_events_analyst10_harsh_treatment_is_no_aid(nlp):
    assert "AID" not in _types(nlp, "The police treated the protesters harshly.", "treated")


@pytest.mark.parametrize(("text", "trigger", "mode"), [
    # symbolic acts of a crowd are protest
    ("Fans burned the national flag outside the embassy.", "burned", "vandalize"),
    ("Demonstrators burned an effigy of the president.", "burned", "vandalize"),
    ("The crowd chanted slogans against the government.", "chanted", "demo"),
    ("Students chanted against the rector outside the university.", "chanted", "demo"),
])
def test_events_analyst10_symbolic_protest(nlp, text, trigger, mode):
    evs = [c.event for c in _coded(nlp, text) if c.event.trigger.text == trigger]
    assert [(e.type, e.mode) for e in evs] == [("PROTEST", mode)]


@pytest.mark.parametrize("text", ["Rebels burned the village.",
                                  "The crowd chanted the national anthem."])
def test_events_analyst10_no_symbolic_protest(nlp, text):
    assert "PROTEST" not in [c.event.type for c in _coded(nlp, text)]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # a third party bringing the sides together arranges a meeting
    ("Mediators brought the two sides together in Vardo.", "brought", "CONSULT"),
    ("The summit brought together leaders from twenty countries.", "brought", "CONSULT"),
    # "paid a visit to X", as "paid a call on X"
    ("The Molvanian foreign minister paid a visit to Dunmere.", "paid", "CONSULT"),
])
def test_events_analyst10_meetings(nlp, text, trigger, expected):
    assert expected in _types(nlp, text, trigger)


def test_events_analyst10_restored_ties_partner_is_recipient(nlp):
    text = "Molvania and Borduria restored diplomatic relations after a decade."
    (ev,) = [c for c in _coded(nlp, text) if c.event.type == "SUPPORT"]
    assert [text[s:e] for s, e in ev.recipient_spans] == ["Borduria"]


def test_events_analyst10_protest_note_is_sender_accusation(nlp):
    text = "Molvania sent a protest note to Borduria."
    (ev,) = [c for c in _coded(nlp, text) if c.event.type == "ACCUSE"]
    assert [text[s:e] for s, e in ev.actor_spans] == ["Molvania"]
    assert [text[s:e] for s, e in ev.recipient_spans] == ["Borduria"]
