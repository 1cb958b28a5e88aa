"""Events, session 10 (roles): who did it to whom and where, for each event of a sentence -
a speaker's own forces, a local source's town, the venue of talks between two parties, and an
act told in a relative clause inside another event's clause.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


def _events(analysis, trigger: str):
    return [e for e in analysis.events if e.trigger.text == trigger]


def _place_name(analysis, place_id: str | None) -> str | None:
    return next((p.name for p in analysis.places if p.id == place_id), None)


@pytest.mark.parametrize("text", [
    "Two soldiers were wounded, Kenya's army said in a statement. It said its troops had "
    "destroyed three rebel camps.",
    "Ghana's army spoke of heavy losses. It said their soldiers had shelled two camps.",
])
def test_events_roles10_speaker_own_forces(analyze_text, text):
    # 'its troops' in what a body says, with no other party named before them: its own
    ev = [e for e in analyze_text(text).events if e.type == "ASSAULT"][-1]
    assert ev.actor and all(a.split(".")[0] in {"KEN", "GHA"} for a in ev.actor)


def test_events_roles10_own_forces_after_a_named_party(analyze_text):
    # 'its' after a party the content names is that party's, not the speaker's
    a = analyze_text("Kenya's defence ministry said Somalia had regrouped and its troops had "
                     "shelled two villages.")
    ev = next(e for e in a.events if e.type == "ASSAULT")
    assert not any(x.startswith("KEN") for x in ev.actor)


def test_events_roles10_local_source_place(analyze_text):
    a = analyze_text("Witnesses in Mombasa said gunmen had attacked a bus station, "
                     "killing three people.")
    ev = _events(a, "attacked")[0]
    assert _place_name(a, ev.place) == "Mombasa"
    assert ev.place_how == "text" and not ev.actor


def test_events_roles10_capital_official_gives_no_place(analyze_text):
    # an official speaking in a capital is not where the attack was
    a = analyze_text("Officials in Nairobi said gunmen had attacked a bus station.")
    assert _events(a, "attacked")[0].place is None


@pytest.mark.parametrize("text", [
    "Ethiopia and Eritrea agreed to hold talks in Nairobi next month.",
    "Ethiopia and Eritrea will hold talks in Nairobi next month, Kenya's foreign ministry "
    "said.",
])
def test_events_roles10_venue_is_no_party(analyze_text, text):
    a = analyze_text(text)
    assert a.events
    for ev in a.events:
        assert not any(r.startswith("KEN") for r in ev.recipient), ev


def test_events_roles10_relative_aside_keeps_its_own_mode_and_figures(analyze_text):
    a = analyze_text("Sudanese troops shelled a market, in what residents called revenge for "
                     "a drone attack that killed nine fighters.")
    main = _events(a, "shelled")[0]
    assert main.mode != "drone"
    assert not main.quantities
    aside = _events(a, "killed")[0]
    assert not any(x.startswith("SDN") for x in aside.actor)


def test_events_roles10_relative_aside_not_the_main_actors(analyze_text):
    a = analyze_text("Police said they had arrested a man who was behind a bombing that "
                     "killed five people in Ghana.")
    assert all(not e.quantities for e in _events(a, "arrested"))
    assert all(not e.actor for e in _events(a, "killed"))


def test_events_roles10_relative_on_own_object_is_the_same_act(analyze_text):
    # the relative on the event's own object tells the same act: its actor carries over
    a = analyze_text("Ethiopian jets launched strikes that killed 20 people.")
    assert any(x.startswith("ETH") for x in _events(a, "killed")[0].actor)


def test_events_roles10_pronoun_in_relative_not_the_nouns_modifier(analyze_text):
    # 'it' in a relative clause on 'Tanzanian traders' is not Tanzania: the one who released
    a = analyze_text("Kenya released 12 of the 15 Tanzanian traders it seized near Lake Victoria "
                     "last month.")
    seized = _events(a, "seized")[0]
    assert seized.actor == ["KEN"]


def test_events_roles10_no_carry_over_to_another_speakers_subject(analyze_text):
    # a new speaker's own subject ('two patrol boats') takes no actor from an earlier report
    a = analyze_text("Somalia released 12 Kenyan fishermen on Friday, Kenya's foreign ministry "
                     "said. Kenya's navy said two patrol boats had returned to Mombasa on "
                     "Saturday.")
    assert not any(x.startswith("SOM") for x in _events(a, "returned")[0].actor)


def test_events_roles10_forces_subject_still_continues(analyze_text):
    # forces as the subject continue the side named before, whoever tells it
    a = analyze_text("Somali forces attacked a Kenyan border post on Friday, Kenya's foreign "
                     "ministry said. The soldiers also shelled a nearby village, officials "
                     "said.")
    assert any(x.startswith("SOM") for x in _events(a, "shelled")[0].actor)


def test_events_roles10_the_two_sides_are_the_parties_not_the_mediator(analyze_text):
    a = analyze_text("Ethiopia and Eritrea signed a peace accord in Nairobi on Friday after "
                     "talks mediated by Kenya, under which the two sides will exchange "
                     "prisoners.")
    ev = _events(a, "exchange")[0]
    assert not any(x.startswith("KEN") for x in ev.actor)
    assert {x.split(".")[0] for x in ev.actor} == {"ETH", "ERI"}


def test_events_roles10_object_misread_as_a_conjuncts_subject(analyze_text):
    # after a fronted 'on Friday' the parser makes the summoned envoy the conjunct's subject
    a = analyze_text("Kenya condemned the raid and on Friday summoned Uganda's ambassador in "
                     "Nairobi.")
    ev = _events(a, "summoned")[0]
    assert ev.actor == ["KEN"] and ev.recipient == ["UGA.GOV"]


def test_events_roles10_a_conjuncts_own_subject_stays(analyze_text):
    # a subject before its verb is the verb's own
    a = analyze_text("Kenya condemned the raid and Uganda summoned Kenya's ambassador.")
    assert _events(a, "summoned")[0].actor == ["UGA"]


def test_events_roles10_people_describe_no_government(analyze_text):
    # 'the men' are people: not the government a 'Malaysian state' mention stands for
    a = analyze_text("Rebels freed four Indonesian sailors seized off the Malaysian state of "
                     "Sabah, Indonesia's foreign ministry said. The men were handed over to "
                     "Philippine marines near the town of Jolo, it said.")
    assert not any(x.startswith("MYS") for x in _events(a, "handed")[0].actor)


def test_events_roles10_relative_aside_takes_no_place_of_the_sentence(analyze_text):
    a = analyze_text("Kenyan jets bombed a camp near Kismayo, in what officials called revenge "
                     "for a raid that killed nine soldiers.")
    assert _events(a, "bombed")[0].place is not None
    aside = _events(a, "killed")[0]
    assert aside.place is None and not aside.actor and aside.quantities
    assert not _events(a, "bombed")[0].quantities


def test_events_roles10_place_in_a_relative_is_not_the_events(analyze_text):
    # the ambush's place, told in a clause about the commander, is not the bombing's
    a = analyze_text("Officials said the jets had bombed a commander who was behind an "
                     "ambush in Gedo region last month.")
    assert _events(a, "bombed")[0].place is None
    assert _events(a, "ambush")[0].place is not None
