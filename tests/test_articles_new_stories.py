"""What an analyst reads off four stories of other conflicts (tests/data/articles, written for
these tests): a protest crackdown in Nairobi, Qatar-mediated Congo talks, EU sanctions and
expulsions over Iranian drones, an insurgent attack in Cabo Delgado. Each assertion is a fact a
reader of the article would state, end to end through ingest and the pipeline."""

from __future__ import annotations

import pytest
from tests.conftest import actor_by_id as actor
from tests.conftest import assert_story_read, story_fixture
from tests.conftest import event_by_trigger as event
from tests.conftest import place_by_id as place
from tests.conftest import quantity_by_text as quantity

from wirecoder.model import Analysis

MINE = ("lakeside-courier-nairobi-protests", "continental-desk-doha-talks",
        "granite-news-eu-iran-sanctions", "indian-ocean-monitor-macomia-attack")


nairobi = story_fixture("lakeside-courier-nairobi-protests")
doha = story_fixture("continental-desk-doha-talks")
sanctions = story_fixture("granite-news-eu-iran-sanctions")
macomia = story_fixture("indian-ocean-monitor-macomia-attack")


def claim(a: Analysis, source: str, cue: str):
    # the cue's verb (the cue may be the whole verb group: "has called")
    found = [c for c in a.claims if c.source.text == source and c.cue.text.split()[-1] == cue]
    assert found, (source, cue, [(c.source.text, c.cue.text) for c in a.claims])
    return found[0]


@pytest.mark.parametrize("name", MINE)
def test_articles_all_four_analysed_with_spans(article_stories, name):
    assert_story_read(article_stories[name])


# ------------------------------------------------------------ protests and a crackdown


def test_articles_nairobi_police_fire_tear_gas_in_nairobi_on_thursday(nairobi):
    e = event(nairobi, "fired")
    assert (e.type, e.mode, e.actor, e.status) == ("ASSAULT", "crowd-control", ["KEN.POL"],
                                                   "occurred")
    assert e.date.value == "2025-06-26"
    p = place(nairobi, e.place)
    assert (p.name, p.precision, p.country) == ("Nairobi", "city", "KE")
    police = actor(nairobi, "KEN.POL")
    assert (police.country, police.sector) == ("KEN", "POL")
    assert {m.text for m in police.mentions} >= {"Kenyan police", "Riot police"}


def test_articles_nairobi_government_imposes_a_curfew(nairobi):
    e = event(nairobi, "curfew")
    assert (e.type, e.mode, e.actor, e.status) == ("COERCE", "curfew", ["KEN.GOV"], "occurred")
    assert e.date.value == "2025-06-26"
    assert nairobi.article.text[e.evidence.start:e.evidence.end] == e.evidence.text


def test_articles_nairobi_police_arrest_more_than_200(nairobi):
    e = event(nairobi, "arrested")
    assert (e.type, e.mode, e.actor, e.status) == ("COERCE", "arrest", ["KEN.POL"], "reported")
    c = next(c for c in nairobi.claims if c.id == e.claim)
    assert c.source.text == "the National Police Service" and c.source.kind == "institution"
    q = quantity(nairobi, "200")
    assert (q.value, q.bound, q.fate) == (200, "lower", "detained")


def test_articles_nairobi_minister_blames_foreign_agents(nairobi):
    c = claim(nairobi, "Interior Minister Joseph Mwangi", "told")
    assert (c.style, c.source.kind, c.source.actor) == ("direct", "named", "p:joseph-mwangi")
    assert "foreign agents" in c.content.text
    mwangi = actor(nairobi, "p:joseph-mwangi")
    assert (mwangi.kind, mwangi.role, mwangi.sector) == ("person", "interior minister", "GOV")


def test_articles_nairobi_casualty_count_disputed_by_police(nairobi):
    rights = claim(nairobi, "The Kenya National Commission on Human Rights, a state-funded "
                            "watchdog", "said")
    assert rights.hedged and [h.text for h in rights.hedges] == ["at least"]
    body = actor(nairobi, rights.source.actor)
    assert body.country == "KEN" and body.kind == "organization"
    assert (quantity(nairobi, "400").fate, quantity(nairobi, "400").bound) == ("wounded",
                                                                               "lower")
    amnesty = claim(nairobi, "Amnesty International", "said")
    assert amnesty.source.actor == "NGO.AMNESTY"
    police = claim(nairobi, "Police spokesman Peter Otieno", "saying")
    assert police.content.text.startswith("only three people had died")
    otieno = actor(nairobi, "p:peter-otieno")
    assert (otieno.role, otieno.sector) == ("spokesperson", "POL")
    three = quantity(nairobi, "three")
    assert (three.value, three.fate, three.bound) == (3, "killed", "exact")


def test_articles_nairobi_opposition_and_western_calls(nairobi):
    assert actor(nairobi, "p:grace-wambui").sector == "OPP"
    demand = event(nairobi, "demanded")
    assert (demand.type, demand.actor, demand.status) == ("REQUEST", ["p:grace-wambui"],
                                                          "reported")
    urge = event(nairobi, "urged")
    assert (urge.type, urge.actor, urge.date.value) == ("REQUEST", ["USA", "GBR"],
                                                        "2025-06-25")
    call = event(nairobi, "called", 1)
    assert call.recipient == ["KEN.GOV"]  # "called on the authorities"


def test_articles_nairobi_dates(nairobi):
    values = {t.span.text: t.value for t in nairobi.timexes}
    assert values["7 p.m."] == "2025-06-26T19:00"
    assert values["seven days"] == "P7D"
    # the nationwide strike the organisers called for is next Monday
    assert values["Monday"] == "2025-06-30"
    assert not any(x.kind == "person" and x.name == "Riot" for x in nairobi.actors)


# ------------------------------------------------------------ mediated ceasefire talks


def test_articles_doha_prisoner_exchange_agreed_per_qatar(doha):
    outer = claim(doha, "Qatar's foreign ministry", "said")
    assert outer.source.actor == "QAT.GOV.MFA" and outer.date.value == "2025-07-11"
    agreed = claim(doha, "Envoys of the Democratic Republic of Congo and the M23 rebel group",
                   "agreed")
    assert agreed.via == outer.id
    assert {agreed.source.actor, *(x for x in agreed.source.also)} == {"COD.GOV", "REB.M23"}
    agree = event(doha, "agreed")
    assert (agree.type, agree.actor, agree.date.value) == ("AGREE", ["COD.GOV", "REB.M23"],
                                                           "2025-07-11")
    swap = event(doha, "exchange")
    assert (swap.type, swap.mode, swap.status, swap.date.value) == ("RETREAT", "release",
                                                                    "planned", "2025-07-11")
    q = quantity(doha, "300")
    assert (q.value, q.approximate, q.fate) == (300, True, "released")


def test_articles_doha_m23_rejects_the_withdrawal_clause(doha):
    e = event(doha, "rejected")
    assert (e.type, e.actor) == ("REJECT", ["REB.M23"])
    m23 = actor(doha, "REB.M23")
    assert (m23.kind, m23.country, m23.sector) == ("group", "COD", "REB")
    spokesman = claim(doha, "Emmanuel Ruzindana, a spokesman for the rebel group", "told")
    assert spokesman.style == "direct"
    ruzindana = actor(doha, "p:emmanuel-ruzindana")
    assert (ruzindana.role, ruzindana.country, ruzindana.sector) == ("spokesperson", "COD",
                                                                    "REB")
    denial = claim(doha, "The rebels", "denied")
    assert denial.source.actor == "REB.M23"


def test_articles_doha_government_and_mediator(doha):
    lumbu = actor(doha, "p:jean-pierre-lumbu")
    assert (lumbu.role, lumbu.country, lumbu.sector) == ("spokesperson", "COD", "GOV")
    mansouri = actor(doha, "p:khalid-al-mansouri")
    assert (mansouri.role, mansouri.country) == ("minister", "QAT")
    hedge = claim(doha, "he", "said")
    assert hedge.source.actor == "p:khalid-al-mansouri" and hedge.style == "direct"
    assert hedge.hedged and [h.text for h in hedge.hedges] == ["could"]
    signing = event(doha, "signed")
    assert (signing.type, signing.status, signing.date.value) == ("AGREE", "possible",
                                                                 "2025-W29")
    draft = event(doha, "agreement")  # "The draft agreement, seen by Continental Desk"
    assert (draft.type, draft.status) == ("AGREE", "planned")
    hosted = event(doha, "hosted")
    assert (hosted.type, hosted.actor) == ("CONSULT", ["QAT"])


def test_articles_doha_army_says_m23_attacked(doha):
    e = event(doha, "attacked")
    assert (e.type, e.actor, e.recipient, e.status) == ("ASSAULT", ["REB.M23"], ["COD.MIL"],
                                                       "reported")
    assert e.date.value == "2025-07-10"
    c = next(c for c in doha.claims if c.id == e.claim)
    assert c.source.actor == "COD.MIL"
    q = quantity(doha, "700,000")
    assert (q.counted, q.fate, q.bound) == ("displaced", "displaced", "lower")
    welcome = event(doha, "welcomed")
    assert (welcome.type, welcome.actor) == ("SUPPORT", ["USA", "IGO.AU"])


def test_articles_doha_places(doha):
    by_name = {p.name: p for p in doha.places}
    assert (by_name["Doha"].precision, by_name["Doha"].country) == ("city", "QA")
    assert (by_name["North Kivu"].precision, by_name["North Kivu"].country) == ("admin1", "CD")
    assert (by_name["Goma"].precision, by_name["Goma"].country) == ("city", "CD")
    assert next(x for x in doha.actors if x.name == "Continental Desk").kind == "media"


# ------------------------------------------------------------ sanctions and expulsions


def test_articles_sanctions_eu_freezes_assets_on_monday(sanctions):
    e = event(sanctions, "froze")
    assert (e.type, e.actor, e.recipient, e.status) == ("SANCTION", ["IGO.EU"], ["IRN.GOV"],
                                                       "occurred")
    assert e.date.value == "2025-03-17"
    eight = quantity(sanctions, "eight")
    assert (eight.value, eight.counted) == (8, "officials")


def test_articles_sanctions_germany_expels_diplomats(sanctions):
    e = event(sanctions, "expelled")
    assert (e.type, e.mode, e.actor, e.recipient) == ("SANCTION", "expel", ["DEU"], ["IRN.GOV"])
    order = event(sanctions, "ordered")
    assert (order.type, order.mode, order.actor) == ("SANCTION", "expel", ["DEU.GOV.MFA"])
    assert claim(sanctions, "Germany's Foreign Office", "said").id == order.claim
    within = next(t for t in sanctions.timexes if t.span.text == "72 hours")
    assert (within.type, within.value) == ("DURATION", "PT72H")
    summons = event(sanctions, "summoned")
    assert (summons.type, summons.actor) == ("ACCUSE", ["DEU.GOV.MFA"])


def test_articles_sanctions_iran_condemns_and_summons(sanctions):
    rahimi = actor(sanctions, "p:hossein-rahimi")
    assert (rahimi.role, rahimi.country, rahimi.sector) == ("spokesperson", "IRN", "GOV")
    condemned = event(sanctions, "condemned")
    assert (condemned.type, condemned.actor) == ("ACCUSE", ["p:hossein-rahimi"])
    e = event(sanctions, "summoned", 1)
    assert (e.type, e.actor, e.recipient, e.date.value) == ("ACCUSE", ["IRN"], ["DEU"],
                                                           "2025-03-18")
    c = next(c for c in sanctions.claims if c.id == e.claim)
    assert (c.source.actor, c.source.kind) == ("MED.IRNA", "media")
    assert place(sanctions, e.place).name == "Tehran"


def test_articles_sanctions_reactions(sanctions):
    e = event(sanctions, "accused")
    assert (e.type, e.actor, e.recipient) == ("ACCUSE", ["RUS.GOV.MFA"], ["IGO.EU"])
    diplomats = claim(sanctions, "Diplomats", "said")
    assert (diplomats.source.actor, diplomats.source.kind) == (None, "anonymous")
    parliament = claim(sanctions, "the European Parliament", "called")
    assert parliament.via == diplomats.id
    listing = event(sanctions, "called")
    assert (listing.type, listing.actor, listing.recipient) == ("REQUEST", ["IGO.EP"],
                                                               ["IRN.MIL.IRGC"])
    supply = event(sanctions, "supplying")
    assert (supply.type, supply.actor, supply.recipient, supply.status) == (
        "AID", ["IRN"], ["RUS"], "denied")
    denial = claim(sanctions, "Iran", "denies")
    assert denial.polarity == "negative" and denial.date.value == "2025-03-18"
    assert event(sanctions, "denies").date.value == "2025-03-18"


def test_articles_sanctions_places(sanctions):
    by_name = {p.name: p for p in sanctions.places}
    assert by_name["Brussels"].country == "BE" and by_name["Brussels"].precision == "city"
    assert by_name["Berlin"].country == "DE"
    assert by_name["Tehran"].country == "IR"
    feb = next(t for t in sanctions.timexes if t.span.text == "February 2022")
    assert feb.value == "2022-02"


# ------------------------------------------------------------ an insurgent attack


def test_articles_macomia_insurgents_attack_on_saturday(macomia):
    e = event(macomia, "attacked")
    assert (e.type, e.actor, e.status, e.date.value) == ("ASSAULT", ["REB.ISIS"], "reported",
                                                        "2025-05-10")
    assert place(macomia, e.place).country == "MZ"
    c = next(c for c in macomia.claims if c.id == e.claim)
    assert (c.source.text, c.source.kind) == ("local officials and aid workers", "anonymous")
    assert "o:indian-ocean-monitor" not in e.actor  # the outlet in the dateline attacks no one


def test_articles_macomia_toll_via_official_citing_hospital(macomia):
    official = claim(macomia, "a district official", "told")
    assert official.source.kind == "anonymous" and [h.text for h in official.hedges] == [
        "At least"]
    hospital = claim(macomia, "a source at the Macomia district hospital", "citing")
    assert hospital.via == official.id
    q = quantity(macomia, "11")
    assert (q.fate, q.bound) == ("killed", "lower")
    assert quantity(macomia, "four").counted == "soldiers"
    sunday = next(t for t in macomia.timexes if t.span.text == "Sunday morning")
    assert sunday.value == "2025-05-11TMO"


def test_articles_macomia_displacement_rises_5000_to_20000(macomia):
    iom = actor(macomia, "IGO.IOM")
    assert (iom.sector, iom.kind) == ("IGO", "organization")
    first = claim(macomia, "The International Organization for Migration", "said")
    later = claim(macomia, "the IOM", "estimated")
    assert first.source.actor == later.source.actor == "IGO.IOM"
    assert (first.date.value, later.date.value) == ("2025-05-11", "2025-05-13")
    figures = [(q.value, q.fate) for q in macomia.quantities
               if q.span.text in ("5,000", "12,000", "20,000")]
    assert figures == [(5000, "displaced"), (12000, "displaced"), (20000, "displaced")]
    assert quantity(macomia, "5,000").approximate


def test_articles_macomia_food_aid_and_counter_offensive(macomia):
    food = event(macomia, "delivered")
    assert (food.type, food.actor, food.date.value) == ("AID", ["IGO.WFP"], "2025-05-12")
    assert place(macomia, food.place).name == "Ancuabe"
    backing = event(macomia, "supported")
    assert (backing.actor, backing.recipient) == (["RWA.MIL"], ["MOZ.MIL"])
    push = event(macomia, "counter-offensive")
    assert (push.type, push.actor, push.date.value) == ("ASSAULT", ["MOZ.MIL"], "2025-05-11")
    c = next(c for c in macomia.claims if c.id == push.claim)
    assert c.source.actor == "MOZ.MIL.MOD"


def test_articles_macomia_places_and_no_false_people(macomia):
    by_name = {p.name: p for p in macomia.places}
    assert (by_name["Macomia"].precision, by_name["Macomia"].country) == ("city", "MZ")
    assert by_name["Cabo Delgado province"].precision == "admin1"
    assert by_name["Pemba"].country == by_name["Mueda"].country == "MZ"
    assert "Indian Ocean" not in by_name
    people = {x.name for x in macomia.actors if x.kind == "person"}
    assert not people & {"bush", "Macomia", "Mueda", "Ancuabe"}
