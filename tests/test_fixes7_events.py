"""Event coding fixes of session 7: expelling envoys, demonym pairs, 'helped detain', passive
'disputed', telephone calls and dropped munitions, arrivals and gatherings, flag states."""

from __future__ import annotations

from tests.conftest import assert_spans, event_by_trigger


def _triggers(found, typ: str | None = None) -> list[str]:
    return [e.trigger.text for e in found.events if typ is None or e.type == typ]


def test_events_ordering_a_deputy_head_of_mission_out_of_a_city_is_an_expulsion(analyze_text):
    found = analyze_text("Later on Tuesday it ordered the Peruvian embassy's deputy head of "
                         "mission to leave Lima.")
    assert_spans(found)
    ev = event_by_trigger(found, "ordered")
    assert (ev.type, ev.mode) == ("SANCTION", "expel")
    assert "RETREAT" not in {e.type for e in found.events}


def test_events_ordering_an_ambassador_to_leave_the_capital_is_an_expulsion(analyze_text):
    found = analyze_text("Chile ordered the Peruvian ambassador to leave the capital.")
    ev = event_by_trigger(found, "ordered")
    assert (ev.type, ev.mode, ev.actor) == ("SANCTION", "expel", ["CHL"])
    assert _triggers(found, "RETREAT") == []


def test_events_charge_d_affaires_and_attache_are_diplomats(analyze_text):
    found = analyze_text("Poland ordered the Russian chargé d'affaires to leave the country.")
    assert (event_by_trigger(found, "ordered").mode) == "expel"
    found = analyze_text("Poland ordered the Russian military attaché to leave the country.")
    assert (event_by_trigger(found, "ordered").type) == "SANCTION"


def test_events_giving_diplomats_hours_to_leave_is_an_expulsion(analyze_text):
    found = analyze_text("Chile gave the Peruvian envoy 24 hours to leave the country.")
    assert_spans(found)
    ev = event_by_trigger(found, "gave")
    assert (ev.type, ev.mode, ev.actor) == ("SANCTION", "expel", ["CHL"])
    found = analyze_text("Peru gave the envoys two weeks to leave the country.")
    assert (event_by_trigger(found, "gave").type) == "SANCTION"
    assert _triggers(found, "THREATEN") == []


def test_events_residents_ordered_to_leave_stay_coerced(analyze_text):
    found = analyze_text("Residents were ordered to leave the town.")
    assert event_by_trigger(found, "ordered").type == "COERCE"


def test_events_demonym_pair_on_one_noun_names_both_sides(analyze_text):
    found = analyze_text("Indian and Chinese troops clashed in Ladakh on Tuesday.")
    assert_spans(found)
    ev = event_by_trigger(found, "clashed")
    assert (ev.type, ev.actor, ev.recipient) == ("ASSAULT", ["IND.MIL"], ["CHN.MIL"])
    found = analyze_text("Thai and Cambodian troops exchanged fire near the border.")
    ev = event_by_trigger(found, "exchanged")
    assert (ev.actor, ev.recipient) == (["THA.MIL"], ["KHM.MIL"])


def test_events_demonym_pair_of_a_meeting_are_both_actors(analyze_text):
    found = analyze_text("Thai and Cambodian officials held talks in Bangkok.")
    ev = event_by_trigger(found, "talks")
    assert set(ev.actor) == {"THA.GOV", "KHM.GOV"}


def test_events_helped_detain_is_the_detention_not_aid(analyze_text):
    found = analyze_text("Britain helped detain an Iranian tanker off Gibraltar.")
    assert_spans(found)
    assert _triggers(found, "AID") == []
    ev = event_by_trigger(found, "detain")
    assert (ev.type, ev.mode, ev.actor, ev.recipient) == ("COERCE", "seize", ["GBR"], ["IRN"])


def test_events_helping_a_named_party_stays_aid(analyze_text):
    found = analyze_text("Britain helped Greece detain an Iranian tanker.")
    ev = event_by_trigger(found, "helped")
    assert (ev.type, ev.recipient) == ("AID", ["GRC"])


def test_events_a_disputed_border_is_no_accusation(analyze_text):
    found = analyze_text("The border between Thailand and Cambodia has been disputed for "
                         "decades.")
    assert _triggers(found) == []
    found = analyze_text("The opposition disputed the election result.")
    assert event_by_trigger(found, "disputed").type == "ACCUSE"


def test_events_speaking_by_telephone_is_a_phone_consultation(analyze_text):
    found = analyze_text("The French president spoke to his Ukrainian counterpart by "
                         "telephone on Monday.")
    assert_spans(found)
    ev = event_by_trigger(found, "spoke")
    assert (ev.type, ev.mode, ev.recipient) == ("CONSULT", "phone", ["UKR.GOV"])


def test_events_dropping_an_explosive_is_an_assault(analyze_text):
    found = analyze_text("A Ukrainian drone dropped an explosive on a Russian tank.")
    assert_spans(found)
    ev = event_by_trigger(found, "dropped")
    assert (ev.type, ev.actor) == ("ASSAULT", ["UKR.MIL"])
    found = analyze_text("The army dropped leaflets on the town.")
    assert _triggers(found, "ASSAULT") == []


def test_events_arriving_protesters_or_police_are_no_visit(analyze_text):
    found = analyze_text("The protesters arrived at the parliament in Tbilisi on Monday.")
    assert _triggers(found, "CONSULT") == []
    found = analyze_text("Georgian police arriving late were criticised by residents.")
    assert _triggers(found, "CONSULT") == []
    found = analyze_text("The minister accused the riot police of arriving late.")
    assert _triggers(found, "CONSULT") == []
    found = analyze_text("The German chancellor arrived in Kyiv on Monday.")
    assert event_by_trigger(found, "arrived").type == "CONSULT"


def test_events_relatives_gathering_is_no_protest(analyze_text):
    found = analyze_text("Relatives gathered at the jetty in Jakarta on Monday.")
    assert _triggers(found, "PROTEST") == []
    found = analyze_text("TAWAU - Relatives of the crew of the trawler Sri Murni gathered at "
                         "the pier on Sunday.")
    assert _triggers(found, "PROTEST") == []
    found = analyze_text("Thousands of protesters gathered outside parliament.")
    assert event_by_trigger(found, "gathered").type == "PROTEST"


def test_events_flag_state_of_a_ship_is_no_party(analyze_text):
    found = analyze_text("Iran seized a Panama-flagged tanker in the Gulf of Oman.")
    assert_spans(found)
    ev = event_by_trigger(found, "seized")
    assert (ev.actor, ev.recipient) == (["IRN"], [])
    found = analyze_text("Houthis attacked a Liberian-flagged, Greek-owned ship.")
    assert event_by_trigger(found, "attacked").recipient == ["GRC"]


def test_events_arriving_in_ones_own_country_is_no_visit(analyze_text):
    found = analyze_text("Eight Indonesian fishermen freed by kidnappers in the Philippines "
                         "arrived in Jakarta on Monday.")
    assert_spans(found)
    assert _triggers(found, "CONSULT") == []
    found = analyze_text("The Indonesian foreign minister arrived in Manila on Monday.")
    assert event_by_trigger(found, "arrived").type == "CONSULT"
