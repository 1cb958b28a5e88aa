"""Event types of common news constructions (session 11, event types).

Every sentence is written for these tests (no news text); each case fails without its rule.
"""

from __future__ import annotations

import pytest


def _coded(analysis, trigger: str) -> list:
    return [e for e in analysis.events if e.trigger.text == trigger]


@pytest.mark.parametrize("text, trigger, kind", [
    # accepting what another offers is an AGREE; accepting a demand stays a concession
    ("The Ruritanian junta accepted a truce proposal from the regional bloc.", "accepted",
     "AGREE"),
    ("The ministry accepted the demands of the striking nurses.", "accepted", "CONCEDE"),
    # a court striking down a law or a ban rejects it
    ("The high court in Ostrava struck down the press law on Monday.", "struck", "REJECT"),
    ("Judges struck down the ban on opposition rallies.", "struck", "REJECT"),
    # a munition tearing through a place is the attack
    ("A car bomb tore through a crowded market in the provincial capital.", "tore", "ASSAULT"),
    # envoys sitting down together meet
    ("Negotiators from both governments sat down together in Vienna.", "sat", "CONSULT"),
    # forces moving toward or into a place, also when seen doing so (passive subject)
    ("Ruritanian tanks moved towards the frontier overnight.", "moved", "MOBILIZE"),
    ("Armoured columns were seen moving towards the capital.", "moving", "MOBILIZE"),
    # a delegation received is a meeting, as an envoy received
    ("The foreign minister received the visiting Ruritanian delegation.", "received",
     "CONSULT"),
    # 'would be met with force': a warning of violence
    ("The ministry said any incursion would be met with force.", "met", "THREATEN"),
    # calling a strike stages it
    ("The dockworkers' union called a general strike on Monday.", "called", "PROTEST"),
    # news idioms of the types
    ("Ostrava took issue with Vienna's report on the border incident.", "took", "ACCUSE"),
    ("The minister turned a deaf ear to the nurses' demands.", "turned", "REJECT"),
    ("The cabinet gave way to the truckers' demands on fuel prices.", "gave", "CONCEDE"),
    ("Ruritania turned to its neighbours for help after the floods.", "turned", "REQUEST"),
    ("Hospital porters laid down their tools over unpaid wages.", "laid", "PROTEST"),
    ("The rebels laid down their arms on Sunday.", "laid", "RETREAT"),
    ("Ruritania put its artillery units on a war footing.", "put", "MOBILIZE"),
    ("Hundreds of reservists reported for duty on Monday.", "reported", "MOBILIZE"),
    ("Police officers bundled the blogger into a van.", "bundled", "COERCE"),
    ("Masked gunmen bundled the engineer into a car.", "bundled", "ASSAULT"),
    ("Government troops flattened the hamlet after the ambush.", "flattened", "ASSAULT"),
    ("The emirate covered the salaries of Ruritanian nurses for a year.", "covered", "AID"),
    ("The ministry dismissed the commission's findings as flawed.", "dismissed", "REJECT"),
])
def test_events_types11_type(analyze_text, text, trigger, kind):
    coded = _coded(analyze_text(text), trigger)
    assert coded, text
    assert coded[0].type == kind, (text, [(e.type, e.mode) for e in coded])


@pytest.mark.parametrize("text", [
    "The Estonian envoy flew to Vienna for a day of talks with Austrian officials.",
    "The Estonian envoy flew to Vienna for two days of talks with Austrian officials.",
])
def test_events_types11_span_of_talks_travelled_to(analyze_text, text):
    """'a day of talks' is the talks' length (not a date, as 'on the day of the talks'), and
    the traveller takes part in talks flown to for a span of time."""
    a = analyze_text(text)
    coded = _coded(a, "talks")
    assert [e.type for e in coded] == ["CONSULT"], text
    names = {x.id: x.name for x in a.actors}
    assert any("Estonia" in names.get(i, "")
               for i in coded[0].actor), (text, coded[0].actor, names)


def test_events_types11_calling_a_strike_names_no_strike(analyze_text):
    """'called the strike illegal' names the strike (an object with a predicate of its own):
    the minister stages nothing."""
    a = analyze_text("The minister called the strike illegal.")
    assert not [e for e in _coded(a, "called") if e.type == "PROTEST"]


@pytest.mark.parametrize("text, trigger, kind", [
    # ratifying an agreement is a SUPPORT (codebook); a loan approved stays AID (guard)
    ("The cabinet approved the trade agreement with Ruritania.", "agreement", "SUPPORT"),
    ("The World Bank approved a $500 million loan to Ruritania.", "loan", "AID"),
    # reducing one's own forces is a withdrawal; reducing aid stays a sanction (guard)
    ("Ruritania reduced its military presence in the north.", "reduced", "RETREAT"),
    ("The Pentagon drew down its forces in the region.", "drew", "RETREAT"),
    ("The United States reduced military aid to Ruritania.", "reduced", "SANCTION"),
    ("Britain downsized its embassy staff in Minsk.", "downsized", "SANCTION"),
    # delegations gathering for talks meet; a crowd gathering protests (guard)
    ("Delegates of Ostrava and Vienna gathered in Geneva for a new round of talks.", "gathered",
     "CONSULT"),
    ("Thousands of protesters gathered outside the summit venue.", "gathered", "PROTEST"),
    ("Hackers broke into the ministry's servers.", "broke", "COERCE"),
])
def test_events_types11_type_second(analyze_text, text, trigger, kind):
    coded = _coded(analyze_text(text), trigger)
    assert coded, text
    assert coded[0].type == kind, (text, [(e.type, e.mode) for e in coded])


def test_events_types11_presence_scaled_down_is_no_deployment(analyze_text):
    """'scaled down its presence': the presence withdrawn is no MOBILIZE of its own."""
    a = analyze_text("The Ruritanian army scaled down its presence in the capital.")
    assert [e.type for e in a.events] == ["RETREAT"], [(e.type, e.trigger.text)
                                                       for e in a.events]


@pytest.mark.parametrize("text, trigger, kind", [
    # a court deciding an extradition with no receiving state named acts against the person
    ("A district court approved the extradition of the fugitive banker.", "extradition",
     "ACCUSE"),
    # states extraditing to a state cooperate (guards)
    ("Ruritania extradited a suspected arms dealer to Borduria.", "extradited", "COOPERATE"),
    ("The court approved his extradition to Borduria.", "extradition",
     "COOPERATE"),
])
def test_events_types11_extradition(analyze_text, text, trigger, kind):
    coded = _coded(analyze_text(text), trigger)
    assert coded, text
    assert coded[0].type == kind, (text, [(e.type, e.mode) for e in coded])


@pytest.mark.parametrize("text, trigger, kind", [
    # a party saying it itself could use force warns of it
    ("Ruritania signalled it could launch a ground offensive in the north.", "offensive",
     "THREATEN"),
    # others guessing what an army could do tell no threat (guard)
    ("Analysts said the army could launch a new offensive.", "offensive", "ASSAULT"),
    ("Ostrava served notice it would expel the envoys.", "served", "THREATEN"),
])
def test_events_types11_warnings(analyze_text, text, trigger, kind):
    coded = _coded(analyze_text(text), trigger)
    assert coded, text
    assert coded[0].type == kind, (text, [(e.type, e.mode) for e in coded])


def test_events_types11_diplomatic_presence_cut_is_no_withdrawal(analyze_text):
    """'cut back Borduria's diplomatic presence' reduces relations (SANCTION); a diplomatic
    presence is no deployment (MOBILIZE) and no military withdrawal (RETREAT)."""
    a = analyze_text("Ruritania has cut back Borduria's diplomatic presence.")
    assert [e.type for e in a.events] == ["SANCTION"], [(e.type, e.trigger.text)
                                                        for e in a.events]


@pytest.mark.parametrize("text, trigger, kind", [
    ("The Ruritanian envoy touched base with Bordurian officials in Vienna.", "touched",
     "CONSULT"),
    ("Ostrava held out an olive branch to the rebels on Monday.", "held", "AGREE"),
    ("Ruritania extended an olive branch to its neighbour.", "extended", "AGREE"),
    ("Ruritania and Borduria shook hands on a shared customs post.", "shook", "AGREE"),
])
def test_events_types11_diplomatic_idioms(analyze_text, text, trigger, kind):
    coded = _coded(analyze_text(text), trigger)
    assert coded, text
    assert coded[0].type == kind, (text, [(e.type, e.mode) for e in coded])


@pytest.mark.parametrize("text", [
    "The shell touched the base of the tower.",
    "The two leaders shook hands before the cameras.",
])
def test_events_types11_diplomatic_idioms_literal(analyze_text, text):
    assert not [e for e in analyze_text(text).events if e.type in {"CONSULT", "AGREE"}], text


def test_events_types11_calling_someone_names_is_no_phone_call(analyze_text):
    """'called the ambassador a liar' names him (an object with a predicate of its own): no
    phone call; 'called the ambassador on Tuesday' still is one (guard)."""
    a = analyze_text("The president called the Bordurian ambassador a liar.")
    assert not [e for e in _coded(a, "called") if e.type == "CONSULT"]
    b = analyze_text("The president called the Bordurian ambassador on Tuesday.")
    assert [e.type for e in _coded(b, "called")] == ["CONSULT"]


def test_events_types11_call_with_purpose_is_a_call(analyze_text):
    """'called his counterpart to discuss the crisis': a purpose is no predicate of the one
    called; the call still gives the talks their other party."""
    a = analyze_text("The Estonian president called his Latvian counterpart to discuss "
                     "the crisis.")
    names = {x.id: x.name for x in a.actors}
    consult = [e for e in a.events if e.type == "CONSULT"]
    assert consult and any("Latvia" in names.get(i, "") for e in consult
                           for i in e.actor + e.recipient), [(e.type, e.trigger.text)
                                                            for e in a.events]
