"""Rules found by reading wirecoder's output on news of other conflicts (protests, talks,
sanctions, an insurgent attack): each test is a sentence written for it."""

from __future__ import annotations

import pytest
from conftest import assert_spans


def _actor(analysis, text):
    return next((a for a in analysis.actors if any(m.text == text for m in a.mentions)), None)


@pytest.mark.parametrize("text, word", [
    ("Thousands of villagers fled into the bush after gunmen attacked the town.", "bush"),
    ("Riot police fired tear gas at students outside the university on Monday.", "Riot"),
    ("The IOM said about 5,000 people had fled Macomia and were sheltering in Pemba, Mueda "
     "and Ancuabe.", "Mueda"),
    ("The IOM said about 5,000 people had fled Macomia and were sheltering in Pemba, Mueda "
     "and Ancuabe.", "Macomia"),
])
def test_actors_one_word_person_tags_that_are_no_names(analyze_text, text, word):
    a = analyze_text(text)
    assert_spans(a)
    assert not any(x.kind == "person" and any(m.text == word for m in x.mentions)
                   for x in a.actors)


def test_actors_outlet_named_again_is_the_outlet(analyze_text):
    a = analyze_text("DOHA, July 11 (Continental Desk) - The draft agreement, seen by "
                     "Continental Desk, calls for a halt to the fighting.")
    assert_spans(a)
    desk = [x for x in a.actors if x.name == "Continental Desk"]
    assert len(desk) == 1 and desk[0].kind == "media" and len(desk[0].mentions) == 2


@pytest.mark.parametrize("text, name, country, sector, role", [
    ("Iranian foreign ministry spokesman Hossein Rahimi condemned the measures.",
     "Hossein Rahimi", "IRN", "GOV", "spokesperson"),
    ("Congolese government spokesman Jean-Pierre Lumbu said Kinshasa would not sign.",
     "Jean-Pierre Lumbu", "COD", "GOV", "spokesperson"),
    ("Police spokesman Peter Otieno disputed the figures on Friday.",
     "Peter Otieno", None, "POL", "spokesperson"),
    ("Khalid al-Mansouri, a minister of state at Qatar's foreign ministry, said talks went "
     "well.", "Khalid al-Mansouri", "QAT", "GOV", "minister"),
    ("The M23 rebel group rejected the clause. \"We will not withdraw,\" Emmanuel Ruzindana, "
     "a spokesman for the rebel group, told reporters.", "Emmanuel Ruzindana", "COD", "REB",
     "spokesperson"),
])
def test_actors_title_affiliations(analyze_text, text, name, country, sector, role):
    a = analyze_text(text)
    assert_spans(a)
    p = _actor(a, name)
    assert p is not None and p.kind == "person"
    assert (p.country, p.sector, p.role) == (country, sector, role)


@pytest.mark.parametrize("text, mention, actor_id", [
    ("The International Organization for Migration said 20,000 people had been displaced.",
     "International Organization for Migration", "IGO.IOM"),
    ("The IOM said 20,000 people had been displaced.", "IOM", "IGO.IOM"),
    ("The Norwegian Refugee Council said camps were full.", "Norwegian Refugee Council",
     "NGO.NRC"),
    ("The Committee to Protect Journalists condemned the arrests.",
     "Committee to Protect Journalists", "NGO.CPJ"),
])
def test_actors_aid_and_rights_bodies_in_kb(analyze_text, text, mention, actor_id):
    a = analyze_text(text)
    assert_spans(a)
    x = _actor(a, mention)
    assert x is not None and x.id == actor_id


@pytest.mark.parametrize("text, number, counted", [
    ("Fighting in the east has forced more than 700,000 from their homes, the agency said.",
     "700,000", "displaced"),
    ("Militants drove 3,000 residents out of their villages last week.", "3,000", "residents"),
])
def test_quantities_people_forced_from_homes_are_displaced(analyze_text, text, number,
                                                           counted):
    a = analyze_text(text)
    assert_spans(a)
    q = next(q for q in a.quantities if q.span.text == number)
    assert (q.counted, q.fate) == (counted, "displaced")


def test_quantities_forced_to_act_is_no_displacement(analyze_text):
    a = analyze_text("The army forced 200 fighters to retreat.")
    q = next(q for q in a.quantities if q.span.text == "200")
    assert q.fate is None


def _events(analysis, trigger):
    return [e for e in analysis.events if e.trigger is not None and e.trigger.text == trigger]


def test_events_dateline_is_no_party_of_the_lead_subject(analyze_text):
    a = analyze_text("PEMBA, Mozambique, May 14 (Coast Monitor) - Islamic State-linked "
                     "insurgents attacked the town of Macomia on Saturday, residents said.")
    assert_spans(a)
    [e] = _events(a, "attacked")
    assert e.type == "ASSAULT" and e.actor == ["REB.ISIS"]


@pytest.mark.parametrize("text, trigger, actor, recipient", [
    ("Mozambique's armed forces, supported by Rwandan troops, launched an offensive.",
     "supported", ["RWA.MIL"], ["MOZ.MIL"]),
    ("The talks were the third round hosted by Qatar since April.", "hosted", ["QAT"], []),
])
def test_events_participle_agent_acts(analyze_text, text, trigger, actor, recipient):
    a = analyze_text(text)
    assert_spans(a)
    [e] = _events(a, trigger)
    assert (e.actor, e.recipient) == (actor, recipient)


@pytest.mark.parametrize("text, trigger", [
    ("The interior minister told a news conference that the curfew would stay.", "conference"),
    ("The army spokesman gave a press conference in the capital.", "conference"),
    ("He said the riots were being financed and directed by foreign agents.", "directed"),
    ("Most of the displaced are women and children sheltering in schools.", "sheltering"),
])
def test_events_words_that_name_no_event_here(analyze_text, text, trigger):
    a = analyze_text(text)
    assert_spans(a)
    assert _events(a, trigger) == []


def test_events_ordering_embassy_staff_to_leave_is_expulsion(analyze_text):
    a = analyze_text("Germany said it had ordered two staff members of the Iranian embassy "
                     "in Berlin to leave the country within 72 hours.")
    assert_spans(a)
    [e] = _events(a, "ordered")
    assert (e.type, e.mode, e.actor) == ("SANCTION", "expel", ["DEU"])


def test_events_directed_to_act_stays_an_order(analyze_text):
    a = analyze_text("The commander was directed to withdraw his troops from the town.")
    [e] = _events(a, "directed")
    assert e.type == "REQUEST"


@pytest.mark.parametrize("text, value", [
    ("Organisers have called for a nationwide strike on Monday.", "2025-06-30"),
    ("Organisers called for a nationwide strike on Monday.", "2025-06-23"),
    ("The activist has been detained since Monday.", "2025-06-23"),
])
def test_time_present_perfect_takes_no_past_weekday(analyze_text, text, value):
    from datetime import datetime, timedelta, timezone

    a = analyze_text(text, datetime(2025, 6, 26, 19, 5, tzinfo=timezone(timedelta(hours=3))))
    assert_spans(a)
    [t] = [t for t in a.timexes if t.span.text == "Monday"]
    assert t.value == value


@pytest.mark.parametrize("text, mention", [
    ("M23 fighters attacked army positions on Thursday. The rebels denied the accusation.",
     "rebels"),
    ("Talks with the M23 stalled. Diplomats said the rebel group wanted guarantees.",
     "rebel group"),
])
def test_actors_bare_rebels_are_the_one_armed_group(analyze_text, text, mention):
    a = analyze_text(text)
    assert_spans(a)
    x = _actor(a, mention)
    assert x is not None and x.id == "REB.M23"


def test_actors_bare_rebels_with_two_groups_stay_unresolved(analyze_text):
    a = analyze_text("M23 and ADF fighters attacked army positions. The rebels denied it.")
    assert _actor(a, "rebels") is None


def test_claims_bare_plural_source_is_not_the_group_acted_on(analyze_text):
    a = analyze_text("Germany expelled two Iranian diplomats on Monday. Diplomats said the "
                     "Netherlands and Sweden were considering similar expulsions.")
    assert_spans(a)
    [c] = [c for c in a.claims if c.source.text == "Diplomats"]
    assert (c.source.actor, c.source.kind) == (None, "anonymous")


def test_claims_bare_plural_source_is_the_group_that_spoke(analyze_text):
    a = analyze_text("South Korean lawmakers met the spy agency on Monday. Lawmakers said the "
                     "troops had arrived in Russia.")
    [c] = [c for c in a.claims if c.source.text == "Lawmakers"]
    assert c.source.actor == "KOR.LEG"


def test_actors_bare_police_opening_a_sentence_is_the_police_named(analyze_text):
    a = analyze_text("Kenyan police fired tear gas at protesters on Thursday.\n\nRiot police "
                     "blocked roads and arrested more than 200 people, a statement said.")
    assert_spans(a)
    x = _actor(a, "Riot police")
    assert x is not None and x.id == "KEN.POL"
    [e] = _events(a, "arrested")
    assert (e.type, e.mode, e.actor) == ("COERCE", "arrest", ["KEN.POL"])


@pytest.mark.parametrize("text, mention, actor_id", [
    ("NAIROBI, June 26 (Lakeside Courier) - Kenyan police fired tear gas at protesters, and "
     "the government imposed a curfew on the capital.", "government", "KEN.GOV"),
    ("PEMBA, Mozambique, May 14 (Coast Monitor) - Mozambique's army launched an offensive on "
     "Sunday, the defence ministry said.", "defence ministry", "MOZ.MIL.MOD"),
])
def test_actors_bare_institution_of_a_local_story_is_the_datelines_country(
        analyze_text, text, mention, actor_id):
    a = analyze_text(text)
    assert_spans(a)
    x = _actor(a, mention)
    assert x is not None and x.id == actor_id


def test_actors_bare_institution_of_a_foreign_desk_story_is_not_the_datelines(analyze_text):
    # filed from Brussels about Iran: no Belgian actor is named, so no Belgian government
    a = analyze_text("BRUSSELS, March 18 (Granite News) - Iran's foreign ministry condemned "
                     "the sanctions, and the government said it would respond.")
    x = _actor(a, "government")
    assert x is None or x.country != "BEL"


def test_events_sentence_opening_pronoun_continues_the_previous_subject(analyze_text):
    a = analyze_text("Germany's Foreign Office said it had ordered two staff members of the "
                     "Iranian embassy in Berlin to leave. It also summoned Iran's ambassador.")
    assert_spans(a)
    [e] = _events(a, "summoned")
    assert (e.type, e.actor) == ("ACCUSE", ["DEU.GOV.MFA"])


@pytest.mark.parametrize("text, outlet_word", [
    ("PEMBA, Mozambique, May 14 (Indian Ocean Monitor) - Insurgents attacked a town in "
     "Mozambique on Saturday.", "Indian Ocean"),
])
def test_places_place_word_in_an_outlet_name_is_no_place(analyze_text, text, outlet_word):
    a = analyze_text(text)
    assert_spans(a)
    assert not any(m.text == outlet_word for p in a.places for m in p.mentions)
    assert any(p.name == "Mozambique" for p in a.places)


@pytest.mark.parametrize("text, trigger, typ, mode", [
    ("Kinshasa would not sign a deal that let the rebels keep the territory they had "
     "captured.", "captured", "ASSAULT", None),
])
def test_events_relative_clause_head_is_the_object(analyze_text, text, trigger, typ, mode):
    a = analyze_text(text)
    assert_spans(a)
    [e] = _events(a, trigger)
    assert (e.type, e.mode) == (typ, mode)


@pytest.mark.parametrize("text, trigger, actor", [
    ("The EU, which froze the assets on Monday, urged restraint.", "froze", ["IGO.EU"]),
    ("Kenyan police, who fired tear gas at the crowd, arrested 20 people.", "fired",
     ["KEN.POL"]),
])
def test_events_relative_pronoun_subject_is_its_antecedent(analyze_text, text, trigger,
                                                           actor):
    a = analyze_text(text)
    assert_spans(a)
    [e] = _events(a, trigger)
    assert e.actor == actor


@pytest.mark.parametrize("text, place", [
    ("Rebels shelled the town of Goma in North Kivu province on Friday.", "Goma"),
    ("Militants stormed the town of Mocimboa da Praia in Cabo Delgado province.",
     "Mocímboa da Praia"),
])
def test_events_settlement_object_is_the_place(analyze_text, text, place):
    a = analyze_text(text)
    assert_spans(a)
    [e] = [e for e in a.events if e.type == "ASSAULT"]
    places = {p.id: p for p in a.places}
    assert places[e.place].name == place and places[e.place].precision == "city"


@pytest.mark.parametrize("text, trigger, status", [
    ("The army did not attack the town or shell the villages.", "shell", "denied"),
    ("The army did not attack the town and shelled the villages instead.", "shelled",
     "occurred"),
])
def test_events_negation_spans_an_or_disjunct(analyze_text, text, trigger, status):
    a = analyze_text(text)
    assert_spans(a)
    [e] = _events(a, trigger)
    assert e.status == status


@pytest.mark.parametrize("text, trigger, status", [
    ("The draft agreement, seen by reporters, calls for a halt to the fighting.", "agreement",
     "planned"),
    ("Envoys discussed a proposed ceasefire in Doha on Friday.", "ceasefire", "planned"),
    ("The army is preparing a possible offensive.", "offensive", "possible"),
])
def test_events_draft_or_proposed_act_is_not_done(analyze_text, text, trigger, status):
    a = analyze_text(text)
    assert_spans(a)
    [e] = _events(a, trigger)
    assert e.status == status


def test_events_envoys_of_two_parties_act_together(analyze_text):
    a = analyze_text("Envoys of the Democratic Republic of Congo and the M23 rebel group "
                     "agreed on Friday to exchange prisoners.")
    assert_spans(a)
    [e] = _events(a, "agreed")
    assert e.actor == ["COD.GOV", "REB.M23"]


def test_events_dateline_subject_with_conjoined_parties(analyze_text):
    a = analyze_text("DOHA, July 11 (Gulf Desk) - Envoys of the Democratic Republic of Congo and "
                     "the M23 rebel group agreed on Friday to exchange prisoners.")
    assert_spans(a)
    [e] = _events(a, "agreed")
    assert set(e.actor) == {"COD.GOV", "REB.M23"}


def test_time_date_in_a_second_saying_is_its_own(analyze_text):
    from datetime import datetime, timedelta, timezone

    a = analyze_text("Iran denies supplying Russia with missiles and says the drones it sold "
                     "were delivered before the war began in February 2022.",
                     datetime(2025, 3, 18, 12, 10, tzinfo=timezone(timedelta(hours=1))))
    assert_spans(a)
    # the denied supply is undated: February 2022 is when the war began, in the second saying
    [supply] = _events(a, "supplying")
    assert supply.date.value == "2025-03-18" and supply.date.how == "publication"
    [sold] = _events(a, "sold")
    assert sold.date.value == "2022-02"


def test_places_dateline_glued_to_a_credit_keeps_its_state(analyze_text):
    # the tokenizer glues "KY--(Wire"; the credit read from it is no outlet name to drop KY by
    a = analyze_text("LOUISVILLE, KY--(Wire - December 23, 2010) - The company bought an "
                     "apartment complex in Louisville.")
    assert_spans(a)
    assert any(m.text == "KY" for p in a.places for m in p.mentions)
