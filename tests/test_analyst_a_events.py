"""Event rules found by reading the analyst-A stories (tests/data/articles/2026-*), each on
sentences written for these tests."""

from __future__ import annotations

from tests.conftest import assert_spans


def by_trigger(a, word: str):
    return [e for e in a.events if e.trigger is not None and e.trigger.text == word]


def test_events_note_of_protest_is_a_complaint_not_a_demonstration(analyze_text):
    a = analyze_text("Chile's foreign ministry said it had summoned Peru's ambassador and handed "
                     "him a formal note of protest over the border incident.")
    assert_spans(a)
    assert not any(e.type == "PROTEST" for e in a.events), [(e.type, e.trigger) for e in a.events]
    assert any(e.type == "ACCUSE" for e in a.events)


def test_events_diplomatic_protest_without_a_party_is_a_complaint(analyze_text):
    a = analyze_text("A diplomatic protest was lodged with the embassy on Monday.")
    assert [e.type for e in by_trigger(a, "protest")] == ["ACCUSE"]
    crowd = analyze_text("Thousands of students staged a protest in the capital on Monday.")
    assert [e.type for e in by_trigger(crowd, "protest")] == ["PROTEST"]


def test_events_vowing_a_response_is_a_threat(analyze_text):
    a = analyze_text("The prime minister vowed a swift and heavy response after the attack.")
    assert [e.type for e in by_trigger(a, "vowed")] == ["THREATEN"]
    b = analyze_text("The prime minister vowed to rebuild the bombed school.")
    assert [e.type for e in by_trigger(b, "vowed")] != ["THREATEN"]


def test_events_standing_behind_a_country_is_support_not_blame(analyze_text):
    a = analyze_text("Canada said it stands firmly behind Estonia's sovereignty.")
    assert [e.type for e in a.events] == ["SUPPORT"], [(e.type, e.trigger) for e in a.events]
    b = analyze_text("Officials said the militia was behind the attack on the depot.")
    assert any(e.type == "ACCUSE" for e in b.events)


def test_events_free_relative_speaks_of_no_attack(analyze_text):
    a = analyze_text('"Whoever attacks our country will regret it," the minister said.')
    assert not any(e.type == "ASSAULT" for e in a.events), [(e.type, e.trigger)
                                                            for e in a.events]


def test_events_warning_of_a_risk_is_no_threat(analyze_text):
    a = analyze_text("A UNICEF spokeswoman warned that the medicines could expire if they "
                     "stayed at the border for another week.")
    assert not any(e.type == "THREATEN" for e in a.events), [(e.type, e.trigger)
                                                             for e in a.events]
    b = analyze_text("The rebel spokesman warned that further attacks would follow.")
    assert any(e.type == "THREATEN" for e in b.events)


def test_events_negation_inside_a_condition_denies_nothing(analyze_text):
    a = analyze_text("The agency said the food would rot if it was not delivered soon.")
    assert not any(e.status == "denied" for e in a.events), [(e.type, e.status)
                                                             for e in a.events]
    b = analyze_text("The army said it had not shelled the village.")
    assert [e.status for e in b.events] == ["denied"]


def test_events_captives_returned_are_freed_not_the_ones_who_act(analyze_text):
    a = analyze_text("Poland's defence ministry said 120 Polish servicemen had been returned "
                     "from captivity and were being treated in a hospital in Lublin.")
    e = by_trigger(a, "returned")[0]
    assert (e.type, e.mode) == ("RETREAT", "release")
    assert not any(x.startswith("POL") for x in e.actor) and e.recipient == ["POL.MIL"]


def test_events_troops_withdrawn_still_act_themselves(analyze_text):
    a = analyze_text("Poland's defence ministry said Polish troops were withdrawn from the "
                     "border area on Monday.")
    e = by_trigger(a, "withdrawn")[0]
    assert e.type == "RETREAT" and e.actor == ["POL.MIL"]


def test_events_place_hung_on_the_objects_participle_is_the_events(analyze_text):
    a = analyze_text("Police blocked a convoy of buses carrying protesters at the Narva "
                     "crossing on Saturday, officials in Estonia said.")
    e = by_trigger(a, "blocked")[0]
    place = next(p for p in a.places if p.id == e.place)
    assert place.name.startswith("Narva"), (e.place, [(p.id, p.name) for p in a.places])


def test_events_claim_told_inside_a_denial_is_denied(analyze_text):
    a = analyze_text("The army spokesman denied Houthi claims that a fuel depot had been struck "
                     "near the airport.")
    e = by_trigger(a, "struck")[0]
    assert e.status == "denied", [(c.source.text, c.cue.text, c.via) for c in a.claims]
    b = analyze_text("The rebels said a fuel depot had been struck near the airport.")
    assert by_trigger(b, "struck")[0].status == "reported"


def test_events_acts_of_a_report_told_before_its_attribution_are_its_subjects(analyze_text):
    a = analyze_text("The NATO secretary-general Mark Rutte condemned the strike and urged "
                     "Russia to stop attacking civilians, his spokeswoman said.")
    e = by_trigger(a, "urged")[0]
    assert e.type == "REQUEST" and e.actor == by_trigger(a, "condemned")[0].actor
    assert e.actor and e.actor[0].startswith("p:mark-rutte")


def test_events_firing_interceptors_is_the_defenders_act(analyze_text):
    a = analyze_text("Hezbollah fired a missile at the Israeli city of Haifa on Monday, "
                     "Israeli officials said. The Israeli military said air defences had "
                     "detected the launch and fired two interceptors.")
    attack, defence = by_trigger(a, "fired")
    assert attack.actor != defence.actor
    assert defence.recipient == attack.actor and defence.actor == attack.recipient


def test_events_finite_verb_joined_to_a_hoped_infinitive_is_not_hoped(analyze_text):
    a = analyze_text("A spokesman said Kyiv had hoped to free more prisoners and accused Russia "
                     "of delaying the exchange.")
    assert by_trigger(a, "accused")[0].status == "reported"
    b = analyze_text("A spokesman said Kyiv hoped to free more prisoners and return them home.")
    assert by_trigger(b, "free")[0].status == "possible"


def test_events_captives_released_are_not_freed_by_the_main_clauses_subject(analyze_text):
    a = analyze_text("The minister said Norway would keep up pressure on the government in "
                     "Minsk until all political prisoners were released.")
    assert by_trigger(a, "released")[0].actor == []
