"""Faults an analyst found in the output on a story of drones crashing in a border town and a
neighbour's air-defence deployment, each pinned on a sentence written for the test."""

import pytest
from tests.conftest import assert_spans


def _event(a, trigger: str):
    [ev] = [e for e in a.events if e.trigger.text == trigger]
    return ev


@pytest.mark.parametrize("text,trigger", [
    ("Moscow sent a note of protest to Bucharest on Tuesday.", "note"),
    ("Vienna slams Budapest over new border law", "slams"),
    ("The airline cancelled all flights to Minsk after the incident.", "cancelled"),
])
def test_events_capital_recipient_is_no_place(analyze_text, text, trigger):
    a = analyze_text(text)
    assert_spans(a)
    assert _event(a, trigger).place is None


@pytest.mark.parametrize("text,trigger", [
    ("Protesters marched to Bucharest on Tuesday.", "marched"),
    ("Rebels shelled Kyiv on Tuesday.", "shelled"),
])
def test_events_capital_still_place_of_located_act(analyze_text, text, trigger):
    a = analyze_text(text)
    assert_spans(a)
    ev = _event(a, trigger)
    assert ev.place is not None and ev.place in {p.id for p in a.places}


@pytest.mark.parametrize("text,trigger", [
    ("Dmitry Medvedev wrote that the missiles would be a target if they were used against "
     "Russian aircraft.", "used"),
    ("Defence Minister Peter Lang said the unit did exactly what it was sent to do.", "sent"),
])
def test_events_person_speaker_is_no_recipient_of_it_or_they(analyze_text, text, trigger):
    a = analyze_text(text)
    assert_spans(a)
    speakers = {c.source.actor for c in a.claims}
    assert speakers and not speakers & set(_event(a, trigger).recipient)


def test_speakers_relative_clause_party_does_not_speak(analyze_text):
    a = analyze_text("The separatist authorities in Abkhazia, where about 3,000 Russian troops "
                     "are based, said the drills were routine.")
    assert_spans(a)
    [claim] = a.claims
    assert claim.source.span.text.startswith("The separatist authorities in Abkhazia")
    assert claim.source.actor is not None and not claim.source.actor.startswith("RUS")


@pytest.mark.parametrize("text,trigger", [
    ("The minister said the bloc could provide 30 million euros.", "provide"),
    ("The convoy could leave its base on Monday, officials said.", "leave"),
    ("The Commission may send food to the valley next month.", "send"),
    ("The batteries would be armed with Stinger missiles.", "armed"),
])
def test_events_possibility_is_no_agreement(analyze_text, text, trigger):
    a = analyze_text(text)
    assert_spans(a)
    assert _event(a, trigger).type != "AGREE"


@pytest.mark.parametrize("text,trigger", [
    ("The European Union said it would pay for part of the mission.", "pay"),
    ("Japan will provide $5 million to the Red Cross.", "provide"),
])
def test_events_stated_intent_is_agreement(analyze_text, text, trigger):
    a = analyze_text(text)
    assert_spans(a)
    assert _event(a, trigger).type == "AGREE"


@pytest.mark.parametrize("text,trigger,recipient,capital", [
    ("Vienna slams Budapest over new border law", "slams", "HUN.GOV", "Budapest"),
    ("The airline cancelled all flights to Minsk after the incident.", "cancelled", "BLR.GOV",
     "Minsk"),
])
def test_events_capital_party_is_its_government(analyze_text, text, trigger, recipient,
                                                capital):
    a = analyze_text(text)
    assert_spans(a)
    assert _event(a, trigger).recipient == [recipient]
    [actor] = [x for x in a.actors if x.id == recipient]
    assert [m.text for m in actor.mentions] == [capital]


def test_fixes8_a_deal_that_could_be_signed_is_still_agreed(analyze_text):
    a = analyze_text("The agreement could be signed as early as next week, officials said.")
    (e,) = [e for e in a.events if e.trigger.text == "signed"]
    assert (e.type, e.status) == ("AGREE", "possible")
