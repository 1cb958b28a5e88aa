"""Verbs and fixed phrases of each PLOVER root that no earlier lexicon row had (session 7,
a sweep by class after a blind written batch). Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import event_by_trigger


def _names(analysis, ids: list[str]) -> list[str]:
    by_id = {a.id: a.name for a in analysis.actors}
    return [by_id[i] for i in ids]


@pytest.mark.parametrize("text, trigger, root", [
    ("Rebel artillery hammered the outskirts of the provincial capital overnight.",
     "hammered", "ASSAULT"),
    ("Negotiators from both parties hammered out a compromise on the budget.",
     "hammered", "AGREE"),
    ("Gunmen raked the market with automatic fire.", "raked", "ASSAULT"),
    ("A mob clubbed to death two suspected thieves in the town.", "clubbed", "ASSAULT"),
    ("Insurgents lobbed grenades into a police station.", "lobbed", "ASSAULT"),
    ("Agents wiretapped the offices of an independent newspaper.", "wiretapped", "COERCE"),
    ("Plainclothes officers harassed relatives of the jailed blogger.", "harassed", "COERCE"),
    ("The interior ministry stripped the dissident cleric of his citizenship.", "stripped",
     "COERCE"),
    ("The league stripped the club of its licence over unpaid debts.", "stripped",
     "SANCTION"),
    ("Lisbon declared the Iranian attache persona non grata.", "declared", "SANCTION"),
    ("The donors put their budget support for Malawi on hold.", "put", "SANCTION"),
    ("The emirate gifted two ambulances to the provincial hospital.", "gifted", "AID"),
    ("Kenya and Uganda harmonised their visa rules for tourists.", "harmonised", "COOPERATE"),
    ("The navies of Greece and Cyprus synchronised their rescue drills.", "synchronised",
     "COOPERATE"),
    ("The Mexican president sat down with business leaders from Texas.", "sat", "CONSULT"),
    ("The two foreign ministers exchanged views on the Sahel crisis.", "exchanged",
     "CONSULT"),
    ("Chancellor Moser rang the Hungarian prime minister on Sunday.", "rang", "CONSULT"),
    ("The Irish foreign minister paid a call on the Palestinian president.", "paid",
     "CONSULT"),
    ("The senator credited Qatari diplomats with securing the deal.", "credited", "SUPPORT"),
    ("The prime minister gave his word that the troops would leave.", "gave", "AGREE"),
    ("The governor caved in to pressure from the truckers' union.", "caved", "CONCEDE"),
    ("The cabinet bowed to pressure from the lenders.", "bowed", "CONCEDE"),
    ("The two armies disengaged along the northern front line.", "disengaged", "RETREAT"),
    ("The militia moved out of the oil terminal under the truce.", "moved", "RETREAT"),
    ("The opposition leader railed against the government's handling of the floods.",
     "railed", "ACCUSE"),
    ("Moscow branded the Finnish decision a provocation.", "branded", "ACCUSE"),
    ("A Senate committee subpoenaed the former defence chief.", "subpoenaed", "ACCUSE"),
    ("The mediators challenged both sides to return to the table.", "challenged", "REQUEST"),
    ("Washington nudged Seoul to share more of the cost.", "nudged", "REQUEST"),
    ("Egypt approached the Gulf states for an emergency loan.", "approached", "REQUEST"),
    ("Madrid poured cold water on the idea of a second referendum.", "poured", "REJECT"),
    ("The junta nixed a proposal for early elections.", "nixed", "REJECT"),
    ("The government stood firm against union demands for a pay rise.", "stood", "REJECT"),
    ("Residents banged pots in the streets of Santiago over pension cuts.", "banged",
     "PROTEST"),
    ("Dockworkers stayed away from work for a second day.", "stayed", "PROTEST"),
    ("Seoul bolstered its forces on the border island.", "bolstered", "MOBILIZE"),
    ("The army readied two brigades for deployment to the north.", "readied", "MOBILIZE"),
    ("The defence ministry put its air defence units on alert.", "put", "MOBILIZE"),
])
def test_event_sweep_verb_or_phrase_gives_root(analyze_text, text, trigger, root):
    assert event_by_trigger(analyze_text(text), trigger).type == root


@pytest.mark.parametrize("text, trigger, party", [
    ("Critics in Lisbon took aim at Spain over its fishing quotas.", "took", "Spain"),
    ("Police exchanged fire with Hamas gunmen in Rafah.", "exchanged", "Hamas"),
    ("The Danish government seized control of Greenpeace on Monday.", "seized", "Greenpeace"),
])
def test_event_sweep_fixed_phrase_object_is_no_party(analyze_text, text, trigger, party):
    """The object a fixed phrase names ('aim', 'cold water') is part of the verb; the party
    is the one its preposition names."""
    analysis = analyze_text(text)
    assert _names(analysis, event_by_trigger(analysis, trigger).recipient) == [party]


@pytest.mark.parametrize("text, trigger", [
    ("Ruritania said it would not hesitate to impose sanctions on Borduria.", "sanctions"),
    ("The Kremlin said it would not hesitate to cut off gas deliveries to Kalia.", "cut"),
])
def test_event_sweep_not_hesitate_announces_the_act(analyze_text, text, trigger):
    """'would not hesitate to X' announces X (a threat when X is a conflict act); the
    negation does not deny it."""
    assert event_by_trigger(analyze_text(text), trigger).status == "planned"


def test_event_sweep_did_not_hesitate_is_done(analyze_text):
    event = event_by_trigger(analyze_text("The minister did not hesitate to criticise the "
                                          "court."), "criticise")
    assert (event.type, event.status) == ("ACCUSE", "occurred")


@pytest.mark.parametrize("text, agent", [
    ("The rights lawyer was barred from leaving the country by Egyptian authorities.",
     "Egypt"),
    ("The team was barred from the tournament by FIFA.", "FIFA"),
])
def test_event_sweep_stray_by_agent_acts(analyze_text, text, agent):
    """A passive's 'by' agent that the parser hangs on a word of its prepositional phrase (or
    tags a plain preposition) is still the actor."""
    analysis = analyze_text(text)
    names = _names(analysis, event_by_trigger(analysis, "barred").actor)
    assert any(agent in n for n in names)


def test_event_sweep_barred_from_leaving_is_a_travel_ban(analyze_text):
    event = event_by_trigger(analyze_text("The blogger was barred from leaving Ruritania."),
                             "barred")
    assert (event.type, event.mode) == ("COERCE", "restrict")


@pytest.mark.parametrize("text, trigger", [
    ("Thousands of farmers drove their tractors into Paris against the new pesticide rules.",
     "drove"),
    ("Hundreds of students lit candles outside the ministry against the new fees.", "lit"),
])
def test_event_sweep_crowd_act_against_a_measure_is_protest(analyze_text, text, trigger):
    assert event_by_trigger(analyze_text(text), trigger).type == "PROTEST"


def test_event_sweep_act_against_a_person_is_no_protest(analyze_text):
    analysis = analyze_text("Residents of the town testified against the mayor.")
    assert not [e for e in analysis.events if e.type == "PROTEST"]


def test_event_sweep_said_no_is_a_refusal(analyze_text):
    analysis = analyze_text("Voters in Ruritania said no to the new constitution.")
    assert event_by_trigger(analysis, "said").type == "REJECT"
    analysis = analyze_text("The minister said no decision had been taken on the base.")
    assert not [e for e in analysis.events if e.type == "REJECT"]


def test_event_sweep_meeting_subject_gives_its_parties(analyze_text):
    """'the summit between X and Y failed to reach agreement': X and Y act, not the summit
    (the first on the second), as the summit's own CONSULT has them."""
    analysis = analyze_text("The summit between Chile and Peru failed to reach agreement "
                            "on water.")
    event = event_by_trigger(analysis, "reach")
    assert event.type == "REJECT"
    assert len(event.recipient) == 1 and "Peru" in _names(analysis, event.recipient)[0]


def test_event_sweep_what_critics_say_is_an_accusation(analyze_text):
    analysis = analyze_text("Opponents of the dam say it will displace thousands of farmers.")
    event = event_by_trigger(analysis, "say")
    assert (event.type, event.mode) == ("ACCUSE", "allege")
    # officials' saying is no accusation
    analysis = analyze_text("Officials say the dam will supply water to thousands of farmers.")
    assert not [e for e in analysis.events if e.type == "ACCUSE"]


@pytest.mark.parametrize("text, trigger, root", [
    ("A Russian missile slammed into a shopping centre in Kremenchuk.", "slammed", "ASSAULT"),
    ("The truck ploughed into a crowd of marchers in the capital.", "ploughed", "ASSAULT"),
    ("The senator slammed the decision to cut funding.", "slammed", "ACCUSE"),
    ("Police in Minsk hauled in six journalists for questioning.", "hauled", "COERCE"),
    ("Police picked up two opposition organisers near the square.", "picked", "COERCE"),
    ("Washington leaned on Cairo to open the Rafah crossing.", "leaned", "REQUEST"),
    ("Beirut reached out to the World Bank for emergency funding.", "reached", "REQUEST"),
    ("The opposition reached out to the ruling party.", "reached", "CONSULT"),
    ("An assailant knifed a priest outside the cathedral.", "knifed", "ASSAULT"),
    ("Government troops fell back from the outskirts of the town.", "fell", "RETREAT"),
    ("A parliamentary committee grilled the central bank governor over the crash.", "grilled",
     "ACCUSE"),
    ("The senator tore into the administration's Iran policy.", "tore", "ACCUSE"),
    ("Britain axed its aid to Rwanda over the Congo conflict.", "axed", "SANCTION"),
    ("The Ugandan president played host to Kenyan and Tanzanian leaders.", "played",
     "CONSULT"),
])
def test_event_sweep_second_batch_verbs(analyze_text, text, trigger, root):
    """Impact of a weapon or vehicle ('slammed into'), detention idioms, pressing and asking
    idioms, and plain verbs of the second blind batch's even rows."""
    assert event_by_trigger(analyze_text(text), trigger).type == root


@pytest.mark.parametrize("text, trigger, root", [
    ("The army scaled down its troops in the northern city.", "scaled", "RETREAT"),
    ("Britain scaled down its ties with Minsk.", "scaled", "SANCTION"),
    ("Police in France and Belgium arrested eleven suspects in a coordinated operation.",
     "operation", "COOPERATE"),
    ("The minister backpedalled on the fuel tax after the protests.", "backpedalled",
     "CONCEDE"),
    ("Poland stood up a new armoured division near the border.", "stood", "MOBILIZE"),
])
def test_event_sweep_scaling_down_and_standing_up_forces(analyze_text, text, trigger, root):
    assert event_by_trigger(analyze_text(text), trigger).type == root
