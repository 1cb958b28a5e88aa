"""What an analyst reads off four stories of kinds the other test stories do not cover
(tests/data/articles/2026-*, written for these tests): the first combat use of a new missile
on a city, with a toll that changes between sources and two denials; a prisoner exchange
brokered by a third country; large drills near a border answered by a formal protest and
threats; and a UN aid convoy blocked at a border crossing. Each assertion is a fact a reader
of the article would state, end to end through ingest and the pipeline."""

from __future__ import annotations

import pytest
from tests.conftest import actor_by_id as actor
from tests.conftest import assert_story_read, claim_by, story_fixture
from tests.conftest import event_by_trigger as event
from tests.conftest import place_by_id as place
from tests.conftest import quantity_by_text as quantity

from wirecoder.model import Analysis

MINE = ("red-sea-courier-eilat-new-missile", "eastern-dispatch-uae-prisoner-swap",
        "caribbean-monitor-guyana-drills-protest", "sahel-bulletin-adre-convoy-blocked")


missile = story_fixture("red-sea-courier-eilat-new-missile")
swap = story_fixture("eastern-dispatch-uae-prisoner-swap")
drills = story_fixture("caribbean-monitor-guyana-drills-protest")
convoy = story_fixture("sahel-bulletin-adre-convoy-blocked")


def claim_of(a: Analysis, event_id: str | None):
    return next(c for c in a.claims if c.id == event_id)


@pytest.mark.parametrize("name", MINE)
def test_analyst_a_all_four_analysed_with_spans(article_stories, name):
    assert_story_read(article_stories[name])


# --- a new missile on Eilat: the toll rises between sources, two denials -----------------

def test_missile_first_strike_by_the_houthis_on_eilat(missile):
    e = event(missile, "fired")
    assert (e.type, e.status) == ("ASSAULT", "reported")
    assert e.actor == ["REB.HOUTHIS"] and e.recipient == ["ISR"]
    # "early on Monday": the day's morning
    assert place(missile, e.place).name == "Eilat" and e.date.value == "2026-03-09TMO"
    c = claim_of(missile, e.claim)
    assert (c.source.actor, c.source.kind) == ("ISR.GOV", "anonymous") and c.hedged


def test_missile_toll_as_each_source_gives_it(missile):
    first = quantity(missile, "five")
    assert first.fate == "killed"  # "at least five", Israeli officials
    mda = event(missile, "killed")
    assert claim_of(missile, mda.claim).source.actor == "o:magen-david-adom"
    assert actor(missile, "o:magen-david-adom").country == "ISR"
    assert (quantity(missile, "three").fate, quantity(missile, "14").fate) == ("killed",
                                                                                "wounded")
    # the Health Ministry's later toll: five dead (not five wounded) and 38 wounded
    assert quantity(missile, "five", 1).fate == "killed"
    assert quantity(missile, "38").fate == "wounded"


def test_missile_houthi_claim_and_threat(missile):
    c = claim_by(missile, "p:yahya-saree", "said")
    assert "Palestine-3" in c.content.text and c.style == "mixed"
    threat = event(missile, "warned")
    assert threat.type == "THREATEN" and threat.actor == ["p:yahya-saree"]


def test_missile_israel_denies_the_military_target(missile):
    denial = claim_by(missile, "p:nadav-shoshani", "denied")
    assert denial.polarity == "negative"
    inner = event(missile, "struck", 1)
    assert inner.status == "denied"
    quotes = [c for c in missile.claims if c.source.actor == "p:nadav-shoshani"
              and c.style == "direct"]
    assert quotes and "residential building" in quotes[0].content.text


def test_missile_netanyahu_vows_a_response_and_makes_no_attack(missile):
    vow = event(missile, "vowed")
    assert vow.type == "THREATEN" and vow.actor == ["p:benjamin-netanyahu"]
    assert not any(e.trigger.text == "attacks" for e in missile.events)  # "Whoever attacks"


def test_missile_iran_denies_supplying_it(missile):
    e = event(missile, "supplied")
    assert (e.type, e.status) == ("AID", "denied")
    assert e.actor == ["IRN.GOV"] and e.recipient == ["REB.HOUTHIS"]
    assert claim_of(missile, e.claim).source.actor == "p:esmaeil-baghaei"


def test_missile_interceptors_and_the_us_caution(missile):
    assert "p:yahya-saree" not in event(missile, "fired", 1).actor  # Israel's interceptors
    cautioned = claim_by(missile, "USA.GOV", "cautioned")
    assert cautioned.content.text == "that the assessment was preliminary"
    assert claim_by(missile, "USA.GOV", "said").hedged


def test_missile_un_chief_condemns_and_urges(missile):
    assert event(missile, "condemned").actor == ["p:antonio-guterres"]
    urged = event(missile, "urged")
    assert urged.type == "REQUEST" and urged.actor == ["p:antonio-guterres"]


def test_missile_clock_times_and_no_gmt_actor(missile):
    times = {t.span.text: t.value for t in missile.timexes}
    assert times["0200 GMT"] == "2026-03-09T02:00Z" and times["4 a.m."] == "2026-03-09T04:00"
    assert not any(x.id == "o:gmt" for x in missile.actors)
    assert actor(missile, "p:eli-lankri").country == "ISR"


# --- a prisoner swap brokered by the UAE -------------------------------------------------

def test_swap_exchange_by_both_sides(swap):
    e = event(swap, "exchanged")
    assert (e.type, e.mode, e.status) == ("RETREAT", "release", "reported")
    assert sorted(e.actor) == ["RUS", "UKR"] and e.date.value == "2026-04-17"
    assert quantity(swap, "hundreds").approximate


def test_swap_mediator_counts_the_released(swap):
    c = claim_by(swap, "ARE.GOV.MFA", "said")
    assert "495 captives" in c.content.text
    q = quantity(swap, "495")
    assert (q.counted, q.fate) == ("captives", "released")
    assert event(swap, "mediation").mode == "third-party"


def test_swap_russian_soldiers_returned_are_freed_not_actors(swap):
    e = event(swap, "returned")
    assert (e.type, e.mode) == ("RETREAT", "release")
    assert e.recipient == ["RUS.MIL"] and "RUS.MIL" not in e.actor and "BLR" not in e.recipient
    assert claim_of(swap, e.claim).source.actor == "RUS.MIL.MOD"


def test_swap_kyiv_count_from_zelensky(swap):
    c = claim_by(swap, "p:volodymyr-zelensky", "said")
    assert c.content.text == "Ukraine brought home 246 servicemen and three civilians"
    assert claim_by(swap, "p:volodymyr-zelensky", "wrote").style == "direct"


def test_swap_both_ombudsmen_are_people_of_their_countries(swap):
    m = actor(swap, "p:tatyana-moskalkova")
    assert (m.kind, m.country, m.sector) == ("person", "RUS", "GOV")
    assert actor(swap, "p:dmytro-lubinets").country == "UKR"
    later = [c for c in swap.claims if c.source.text == "She"]
    assert later and later[0].source.actor == "p:tatyana-moskalkova"


def test_swap_kyiv_accuses_moscow_of_delay(swap):
    e = event(swap, "accused")
    assert (e.type, e.status) == ("ACCUSE", "reported") and e.recipient == ["RUS"]
    assert claim_of(swap, e.claim).source.actor == "p:andriy-yusov"


def test_swap_places_and_red_cross(swap):
    names = {p.name for p in swap.places}
    assert {"Chernihiv region", "Pokrovsk", "Mariupol", "Belarus"} <= names
    assert claim_by(swap, "NGO.ICRC", "said").source.kind == "anonymous"


# --- drills near the border, a formal protest and threats --------------------------------

def test_drills_venezuela_mobilises_near_guyana(drills):
    e = event(drills, "exercises")
    assert (e.type, e.status) == ("MOBILIZE", "reported") and e.actor == ["VEN"]
    assert e.date.value == "2026-06-02"
    q = quantity(drills, "12,000")
    assert (q.value, q.counted, q.approximate) == (12000, "troops", True)
    assert claim_of(drills, e.claim).source.actor == "VEN.MIL.MOD"


def test_drills_guyana_formal_protest_is_a_complaint(drills):
    e = event(drills, "summoned")
    assert e.type == "ACCUSE" and e.actor == ["GUY.GOV.MFA"] and e.recipient == ["VEN.GOV"]
    assert not any(e.type == "PROTEST" for e in drills.events)


def test_drills_guyana_president_defiant(drills):
    c = claim_by(drills, "p:irfaan-ali", "said")
    assert c.style == "direct" and "will not be intimidated" in c.content.text


def test_drills_maduro_and_washington_threaten(drills):
    m = event(drills, "warning")
    assert m.type == "THREATEN" and m.actor == ["p:nicolas-maduro"]
    w = event(drills, "warned")
    assert w.type == "THREATEN" and w.actor == ["USA.GOV.MFA"]
    urged = event(drills, "urged")
    assert urged.type == "REQUEST" and urged.recipient == ["VEN.GOV"]


def test_drills_us_stands_behind_guyana(drills):
    e = event(drills, "stands")
    assert e.type == "SUPPORT" and e.actor == ["USA"] and e.recipient == ["GUY"]
    assert not any(e.type == "ACCUSE" and e.trigger.text == "behind" for e in drills.events)


def test_drills_brazil_reinforces_by_its_own_ministry(drills):
    e = event(drills, "reinforced")
    assert e.type == "MOBILIZE" and e.actor == ["BRA"]
    assert place(drills, e.place).name == "Roraima"
    assert claim_of(drills, e.claim).source.actor == "BRA.MIL.MOD"


def test_drills_counts(drills):
    assert (quantity(drills, "30").counted, quantity(drills, "14").counted) == ("aircraft",
                                                                               "vessels")


# --- a UN convoy blocked at the Adre crossing --------------------------------------------

def test_convoy_blocked_by_sudan_at_adre(convoy):
    e = event(convoy, "blocked")
    assert (e.type, e.status) == ("COERCE", "reported")
    assert e.actor == ["SDN.GOV"] and e.recipient == ["IGO.UN"]
    assert place(convoy, e.place).country == "TD" and e.date.value == "2026-08-11"
    assert quantity(convoy, "42").counted == "trucks"
    assert claim_of(convoy, e.claim).source.kind == "anonymous"


def test_convoy_un_appeals(convoy):
    e = event(convoy, "called")
    assert e.type == "REQUEST" and e.actor == ["p:tom-fletcher"]
    assert e.recipient == ["SDN.GOV"]
    assert actor(convoy, "p:tom-fletcher").sector == "IGO"
    assert claim_by(convoy, "p:tom-fletcher", "said").style == "direct"


def test_convoy_unicef_warns_of_a_risk_not_a_threat(convoy):
    c = claim_by(convoy, "p:james-elder", "warned")
    assert c.hedged
    assert not any(e.type == "THREATEN" for e in convoy.events)
    assert quantity(convoy, "17,000").counted == "doses"


def test_convoy_sudan_gives_its_reason(convoy):
    c = claim_by(convoy, "SDN.GOV", "said")
    assert "Rapid Support Forces" in c.content.text
    assert event(convoy, "suspended").actor == ["SDN.GOV"]
    quote = claim_by(convoy, "p:omer-siddig", "told")
    assert quote.style == "direct"
    assert actor(convoy, "p:omer-siddig").role == "foreign minister"


def test_convoy_rsf_accuses_and_no_chadian_army(convoy):
    assert event(convoy, "accused").actor == ["REB.RSF"]
    assert "TCD.MIL" not in {x.id for x in convoy.actors}


def test_convoy_chad_urges_sudan(convoy):
    e = event(convoy, "urges")
    assert e.type == "REQUEST" and e.actor == ["TCD.GOV"] and e.recipient == ["SDN"]
    assert e.date.value == "2026-08-10"
    spokesman = actor(convoy, "p:gassim-cherif-mahamat")
    assert (spokesman.kind, spokesman.country, spokesman.role) == ("person", "TCD",
                                                                    "spokesperson")


def test_convoy_wire_toll_and_dates(convoy):
    credit = actor(convoy, "o:sahel-bulletin")
    assert credit.kind == "media"
    assert quantity(convoy, "tens of thousands").fate == "killed"
    assert quantity(convoy, "12 million").fate == "displaced"
    times = {t.span.text: t.value for t in convoy.timexes}
    assert times["Friday"] == "2026-08-07"
