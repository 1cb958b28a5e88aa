"""Events, session 9: constructions the parser misreads (hyphenated verbs, headline verbs,
a 'with' phrase on the object, the means gerund after 'answered by').

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


def _phrase(text: str, spans) -> list[str]:
    return [text[s:e] for s, e in spans]


def _one(nlp, text: str, trigger: str):
    coded = [c for c in _coded(nlp, text) if c.event.trigger.text == trigger]
    assert len(coded) == 1, [(c.event.type, c.event.trigger.text) for c in _coded(nlp, text)]
    return coded[0]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # the lemmatizer reads the last piece alone: "poohed" -> "poohe", "poohs" -> "poohs"
    ("The finance minister pooh-poohed the auditors' warnings.", "pooh-poohed", "REJECT"),
    ("The opposition pooh-poohs the cabinet's new tax plan.", "pooh-poohs", "REJECT"),
    ("The regulator kept pooh-poohing the complaints of the fishermen.", "pooh-poohing",
     "REJECT"),
])
def test_events_hyphenated_verb_lemma(nlp, text, trigger, expected):
    assert _one(nlp, text, trigger).event.type == expected


@pytest.mark.parametrize(("text", "trigger", "expected", "actor", "recipient"), [
    # the tagger makes the verb a plural noun and the subject its compound
    ("Army shells rebel positions near the dam", "shells", "ASSAULT", "Army",
     "rebel positions near the dam"),
    # the tagger makes the verb an adjective of the object and the subject the root
    ("The militia strong-armed the shopkeepers into paying.", "strong-armed", "THREATEN",
     "The militia", "the shopkeepers"),
    ("The envoy sweet-talked the council into a second vote.", "sweet-talked", "REQUEST",
     "The envoy", "the council"),
])
def test_events_headline_verb_read_as_noun_or_adjective(nlp, text, trigger, expected, actor,
                                                         recipient):
    coded = _one(nlp, text, trigger)
    assert coded.event.type == expected
    assert _phrase(text, coded.actor_spans) == [actor]
    assert _phrase(text, coded.recipient_spans) == [recipient]


def test_events_headline_verb_keeps_subject_compound(nlp):
    text = "Ruritanian navy shells coastal villages"
    coded = _one(nlp, text, "shells")
    assert coded.event.type == "ASSAULT"
    assert _phrase(text, coded.actor_spans) == ["Ruritanian navy"]


def test_events_headline_plural_subject_noun_is_no_verb(nlp):
    # "chiefs" is part of the subject: the verb that follows is the event
    text = "Kenyan police chiefs meet in Nairobi"
    assert [c.event.trigger.text for c in _coded(nlp, text)] == ["meet"]


@pytest.mark.parametrize(("text", "trigger", "recipient"), [
    ("The navy supplied the coast guard with patrol boats.", "supplied", "the coast guard"),
    ("The ministry provided the villagers with tents and blankets.", "provided",
     "the villagers"),
])
def test_events_with_phrase_names_what_is_given(nlp, text, trigger, recipient):
    coded = _one(nlp, text, trigger)
    assert coded.event.type == "AID"
    assert _phrase(text, coded.recipient_spans) == [recipient]


@pytest.mark.parametrize(("text", "trigger", "expected", "actor"), [
    ("Greece answered by dispatching warships to the island.", "dispatching", "MOBILIZE",
     "Greece"),
    ("The government reacted by expelling two diplomats.", "expelling", "SANCTION",
     "The government"),
])
def test_events_means_gerund_after_by_is_the_subjects_act(nlp, text, trigger, expected, actor):
    coded = _one(nlp, text, trigger)
    assert coded.event.type == expected
    assert _phrase(text, coded.actor_spans) == [actor]


def test_events_means_gerund_of_passive_names_no_actor(nlp):
    text = "The crowd was dispersed by firing tear gas."
    coded = _one(nlp, text, "firing")
    assert coded.actor_spans == ()


@pytest.mark.parametrize(("text", "trigger"), [
    ("The air force flew 300 people to Larnaca on Friday.", "flew"),
    ("The freed aid workers were flown to Cyprus on Monday.", "flown"),
    ("Helicopters flew the injured to a field hospital.", "flew"),
    ("The ministry arranged the transfer of 40 civilians to Amman.", "transfer"),
])
def test_events_flying_people_out_is_aid(nlp, text, trigger):
    assert _one(nlp, text, trigger).event.type == "AID"


def test_events_troops_flown_stay_mobilize(nlp):
    text = "Two battalions were flown to the border."
    assert _one(nlp, text, "flown").event.type == "MOBILIZE"


def test_events_act_under_inquiry_is_an_event(nlp):
    # what an inquiry examines took place: the shelling is an event of its own
    text = "The council demanded an independent inquiry into the shelling of the hospital."
    types = {c.event.trigger.text: c.event.type for c in _coded(nlp, text)}
    assert types == {"demanded": "ACCUSE", "shelling": "ASSAULT"}


def test_events_call_for_act_is_no_event_of_its_own(nlp):
    text = "The council demanded a ceasefire in the north."
    assert [c.event.trigger.text for c in _coded(nlp, text)] == ["demanded"]


def test_events_between_phrase_names_the_sides(nlp):
    text = "The exchange of fire between the two armies lasted an hour."
    coded = _one(nlp, text, "exchange")
    assert coded.event.type == "ASSAULT"
    assert _phrase(text, coded.actor_spans) == ["the two armies"]


def test_events_definite_noun_with_its_sides_is_no_repeat(nlp):
    text = ("Rebels shelled the town on Monday. Observers counted the dead after the exchange "
            "of fire between the two armies near the bridge.")
    assert [c.event.trigger.text for c in _coded(nlp, text)] == ["shelled", "exchange"]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # verbs no row lists: the mover and the direction tell the act
    ("Two Ruritanian aircraft carriers steamed into the waters east of the island.", "steamed",
     "MOBILIZE"),
    ("Ruritanian gunboats prowled along the disputed coast.", "prowled", "MOBILIZE"),
    ("Borduvian gunboats sortied from the naval base to shadow a freighter.", "sortied",
     "MOBILIZE"),
    ("Ruritanian infantry slipped out of the besieged town overnight.", "slipped", "RETREAT"),
    ("Hundreds of farmers converged on the parliament with their tractors.", "converged",
     "PROTEST"),
    ("Supporters of the jailed mayor swarmed the courthouse.", "swarmed", "PROTEST"),
])
def test_events_unlisted_movement_typed_by_its_mover(nlp, text, trigger, expected):
    assert _one(nlp, text, trigger).event.type == expected


@pytest.mark.parametrize("text", [
    "Farmers harvested wheat near the border.",  # a thing acted on, no movement
    "Police officers fanned out across the district.",  # police sweeps are no deployment
    "The guards let the stranded truckers cross into the country.",  # a bare infinitive
])
def test_events_unlisted_verb_without_movement_is_no_event(nlp, text):
    assert [c.event.type for c in _coded(nlp, text)
            if c.event.type in {"MOBILIZE", "PROTEST", "RETREAT"}] == []


@pytest.mark.parametrize(("text", "trigger"), [
    ("The minister said Ruritania could seize the disputed islands by force if talks failed.",
     "seize"),
    ("Borduria could cut gas exports to Ruritania unless the debt is paid.", "cut"),
])
def test_events_conflict_act_on_a_condition_is_a_threat(nlp, text, trigger):
    assert _one(nlp, text, trigger).event.type == "THREATEN"


def test_events_possible_conflict_act_without_condition_keeps_its_type(nlp):
    text = "Borduria could cut gas exports to Ruritania next month."
    assert _one(nlp, text, "cut").event.type == "SANCTION"


@pytest.mark.parametrize(("text", "trigger", "expected", "actor"), [
    ("The army stopped shelling the town.", "stopped", "RETREAT", "The army"),
    ("Ruritanian troops refrained from firing on Borduvian positions for a third day.",
     "refrained", "RETREAT", "Ruritanian troops"),
    ("Police stopped arresting protesters.", "stopped", "CONCEDE", "Police"),
    ("The World Bank stopped disbursing funds to Ruritania over the new law.", "stopped",
     "SANCTION", "The World Bank"),
])
def test_events_ending_ones_own_act(nlp, text, trigger, expected, actor):
    coded = _one(nlp, text, trigger)
    assert coded.event.type == expected
    assert _phrase(text, coded.actor_spans) == [actor]


def test_events_not_stopping_an_act_is_the_act(nlp):
    text = "The army did not stop shelling the town."
    assert [c.event.type for c in _coded(nlp, text)] == ["ASSAULT"]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # a part is of the class of what it is part of: forgiving debt is AID
    ("The creditors cancelled part of Ruritania's debt.", "cancelled", "AID"),
    ("The creditors cancelled some of the debts owed by Borduria.", "cancelled", "AID"),
    # a prison or death sentence is a restriction: suspending it yields, extending it coerces
    ("The regime suspended the death sentences of four dissidents.", "suspended", "CONCEDE"),
    ("The judge extended the sentence of the jailed blogger.", "extended", "COERCE"),
])
def test_events_partitive_objects_and_sentences(nlp, text, trigger, expected):
    assert _one(nlp, text, trigger).event.type == expected


def test_events_finite_verb_tag_in_noun_slot_is_the_noun(nlp):
    # the tagger makes "drills" a verb although it is the object of "conducted"
    text = "The navy conducted drills off the southern coast."
    coded = _one(nlp, text, "drills")
    assert coded.event.type == "MOBILIZE"
    assert _phrase(text, coded.actor_spans) == ["The navy"]


def test_events_rally_with_an_aim_is_one_protest(nlp):
    text = "Thousands rallied outside the parliament on Sunday to denounce the new media law."
    coded = _coded(nlp, text)
    assert [(c.event.type, c.event.trigger.text) for c in coded] == [("PROTEST", "rallied")]
    assert _phrase(text, coded[0].recipient_spans) == ["the new media law"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The general ordered two battalions to the front on Monday.", "MOBILIZE"),
    ("The court ordered the officers to appear.", "REQUEST"),  # an order to act, not a move
])
def test_events_ordering_forces_somewhere_deploys_them(nlp, text, expected):
    assert _one(nlp, text, "ordered").event.type == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Ruritanian marines evacuated 400 foreign nationals from the port city.", "evacuated",
     "AID"),
    ("The army evacuated its soldiers from the town.", "evacuated", "RETREAT"),
    ("Rescue teams pulled survivors from the rubble of the hotel.", "pulled", "AID"),
])
def test_events_evacuating_and_rescuing_people(nlp, text, trigger, expected):
    assert _one(nlp, text, trigger).event.type == expected


def test_events_mandative_that_clause_is_a_request(nlp):
    text = "The EU envoy insisted that Ruritania and Borduria resume talks."
    coded = _one(nlp, text, "insisted")
    assert coded.event.type == "REQUEST"
    assert _phrase(text, coded.recipient_spans) == ["Ruritania and Borduria"]


def test_events_insisting_on_a_fact_is_no_request(nlp):
    text = "The minister insisted that the army had not fired."
    assert [c.event.type for c in _coded(nlp, text) if c.event.trigger.text == "insisted"] == []


@pytest.mark.parametrize(("text", "trigger", "recipient"), [
    ("Estonia shuttered its embassy in Minsk after the trial.", "shuttered", ["BLR.GOV"]),
    ("Norway closed its consulate in Murmansk last week.", "closed", ["RUS.GOV"]),
    # a mission of the recipient's own country stays that country's ministry
    ("Rioters stormed the Dutch embassy in Tehran on Monday.", "stormed", ["NLD.GOV.MFA"]),
])
def test_events_own_mission_abroad_is_act_toward_host(analyze_text, text, trigger, recipient):
    # needs the actors and places stages: the whole pipeline
    events = [e for e in analyze_text(text).events if e.trigger.text == trigger]
    assert [e.recipient for e in events] == [recipient]


def test_events_place_told_relative_to_another_is_not_the_dateline(analyze_text):
    text = ("MOGADISHU, June 3 (Harbour Wire) - Militants attacked an army post nearby on "
            "Monday, officials said.")
    events = [e for e in analyze_text(text).events if e.trigger.text == "attacked"]
    assert [e.place for e in events] == [None]
