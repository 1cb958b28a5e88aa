"""What an analyst reads off four more stories of other kinds of conflict news
(tests/data/articles, written for these tests): a coast guard ramming a supply boat near a
disputed shoal, a cyberattack blamed on a state-backed group, election violence in Guinea, and
an IAEA board censure over denied inspections. Each assertion is a fact a reader of the
article would state, end to end through ingest and the pipeline."""

from __future__ import annotations

import pytest
from tests.conftest import actor_by_id as actor
from tests.conftest import assert_story_read, claim_by, story_fixture
from tests.conftest import event_by_trigger as event
from tests.conftest import quantity_by_text as quantity

from wirecoder.model import Analysis

MINE = ("harbour-line-shoal-water-cannon", "baltic-ledger-hospital-cyberattack",
        "savanna-wire-election-violence", "meridian-report-iaea-access")


shoal = story_fixture("harbour-line-shoal-water-cannon")
cyber = story_fixture("baltic-ledger-hospital-cyberattack")
vote = story_fixture("savanna-wire-election-violence")
iaea = story_fixture("meridian-report-iaea-access")


def claims(a: Analysis, cue: str):
    return [c for c in a.claims if c.cue is not None and c.cue.text.split()[-1] == cue]


def names(a: Analysis) -> set[str]:
    return {m.text for x in a.actors for m in x.mentions}


@pytest.mark.parametrize("name", MINE)
def test_articles_more_all_four_analysed_with_spans(article_stories, name):
    assert_story_read(article_stories[name])


# --- the shoal: a coast guard rams a supply boat, both sides' statements contradict ---------

def test_shoal_ramming_by_china_coast_guard_as_manila_tells_it(shoal):
    e = event(shoal, "rammed")
    assert e.type == "ASSAULT" and e.actor == ["CHN.POL.CG"]
    assert e.status == "reported" and e.date.value == "2025-08-19"
    c = next(c for c in shoal.claims if c.id == e.claim)
    assert c.source.actor == "PHL.POL.CG" and c.cue.text == "said"
    assert quantity(shoal, "four").fate == "wounded"


def test_shoal_coast_guards_are_no_navies(shoal):
    cg = actor(shoal, "CHN.POL.CG")
    assert (cg.country, cg.sector, cg.role) == ("CHN", "POL", "coast guard")
    assert actor(shoal, "PHL.POL.CG").country == "PHL"
    assert "CHN.MIL.NAVY" not in {x.id for x in shoal.actors}


def test_shoal_both_sides_statements(shoal):
    quote = claim_by(shoal, "p:jay-tarriela", "told")
    assert quote.style == "direct" and "deliberate and dangerous act" in quote.content.text
    assert actor(shoal, "p:jay-tarriela").role == "spokesperson"
    china = claim_by(shoal, "CHN.POL.CG", "said")
    assert china.content.text.startswith("the Philippine boat had")
    assert "without permission" in china.content.text


def test_shoal_beijing_accuses_manila(shoal):
    e = event(shoal, "accused")
    assert e.type == "ACCUSE" and e.actor == ["p:mao-ning"] and e.recipient == ["PHL.GOV"]
    mao = actor(shoal, "p:mao-ning")
    assert (mao.country, mao.role) == ("CHN", "spokesperson")


def test_shoal_us_stands_with_and_condemns_now_not_in_1951(shoal):
    assert event(shoal, "stands").type == "SUPPORT"
    assert claim_by(shoal, "USA", "said").content.text == "it stands with its ally the Philippines"
    e = event(shoal, "condemned")
    assert e.type == "ACCUSE" and e.recipient == ["CHN.POL.CG"]
    assert e.date.value == "2025-08-19"
    assert "Mutual Defense Treaty" not in names(shoal)


def test_shoal_no_sanction_in_a_boat_cutting_across_the_bow(shoal):
    assert not [e for e in shoal.events if e.trigger.text == "cutting"]


def test_shoal_places_and_distance(shoal):
    ids = {p.id for p in shoal.places}
    assert {"geonames:1701668", "region:south-china-sea"} <= ids  # Manila, the sea
    km = quantity(shoal, "200")
    assert km.value == 200 and km.counted == "km" and km.approximate


# --- the cyberattack: a ministry blames, the embassy denies, a firm says with confidence ----

def test_cyber_estonia_blames_russia(cyber):
    e = event(cyber, "blamed")
    assert e.type == "ACCUSE" and e.actor == ["EST.GOV.MFA"] and e.date.value == "2025-10-07"
    assert e.recipient and e.recipient[0].startswith("RUS")


def test_cyber_embassy_denial(cyber):
    c = claim_by(cyber, "RUS.GOV.MFA", "denied")
    assert c.polarity == "negative" and c.content.text == "any involvement"


def test_cyber_firm_says_with_moderate_confidence(cyber):
    c = claim_by(cyber, "o:mandiant", "said")
    assert c.content.text == "that the attack was carried out by Sandworm"
    firm = actor(cyber, "o:mandiant")
    assert (firm.country, firm.sector) == ("USA", "BUS")
    [e] = [e for e in cyber.events if e.claim == c.id]  # the attack, carried out by Sandworm
    assert e.status == "reported" and "Sandworm" in e.evidence.text
    # "The firm said the hackers had used ransomware": the same firm
    assert [c.source.actor for c in claims(cyber, "said") if c.source.text == "The firm"] == [
        "o:mandiant"]


def test_cyber_three_days_and_400_operations(cyber):
    assert any(t.span.text == "three days" and t.value == "P3D" for t in cyber.timexes)
    ops = quantity(cyber, "400")
    assert ops.counted == "operations" and ops.approximate
    assert not [e for e in cyber.events if e.trigger.text in ("postpone", "hacking")]


def test_cyber_tartu_is_a_city_not_an_organisation(cyber):
    assert "Tartu" not in names(cyber)
    assert {"geonames:588409", "geonames:588335"} <= {p.id for p in cyber.places}


def test_cyber_restoration_claim_dated_by_its_saying(cyber):
    [c] = [c for c in claims(cyber, "said") if "restored their systems" in c.content.text]
    assert c.source.actor == "EST.GOV" and c.hedged
    assert c.date.value == "2025-10-07"  # not "by Oct 2", a date inside what was said


def test_cyber_nato_stands_with_estonia(cyber):
    e = event(cyber, "stood")
    assert e.type == "SUPPORT" and e.actor == ["IGO.NATO"] and e.recipient == ["EST"]
    assert actor(cyber, "p:mark-rutte").role == "secretary-general"


# --- election violence: polling stations attacked, a leader arrested, figures revised ------

def test_vote_polling_stations_attacked_on_election_day(vote):
    e = event(vote, "attacked")
    assert e.type == "ASSAULT" and e.status == "reported" and e.date.value == "2025-12-28"
    assert e.place == "geonames:2420477"  # Guinea
    stations = quantity(vote, "12")
    assert stations.counted == "stations" and stations.bound == "lower"
    assert quantity(vote, "seven").fate == "killed"


def test_vote_arrest_in_conakry(vote):
    e = event(vote, "arrested")
    assert e.type == "COERCE" and e.mode == "arrest" and e.place == "geonames:2422465"


def test_vote_security_minister_on_burned_ballot_boxes(vote):
    c = claim_by(vote, "p:bachir-diallo", "said")
    assert c.date.value == "2025-12-29"
    e = event(vote, "burned")
    assert e.type == "ASSAULT" and e.claim == c.id and e.place == "geonames:2418362"  # Labé
    assert "Labe and Mamou" not in names(vote)
    assert quantity(vote, "23").fate == "detained"


def test_vote_party_says_he_was_charged(vote):
    assert not claims(vote, "charged")
    [c] = [c for c in claims(vote, "said") if c.source.text == "His party"]
    assert c.content.text == "he was charged with inciting violence"


def test_vote_results_delayed_as_the_commission_said(vote):
    [c] = [c for c in claims(vote, "said") if c.source.text == "The electoral commission"]
    assert c.content.text.startswith("it would delay the announcement of provisional results")


def test_vote_death_toll_revised_to_11(vote):
    raised = quantity(vote, "11")
    assert raised.value == 11 and (raised.counted, raised.fate) == ("killed", "killed")
    assert quantity(vote, "seven", 1).fate == "killed"


def test_vote_observers_and_ecowas(vote):
    au = claim_by(vote, "IGO.AU", "said")
    assert au.style == "mixed" and '"largely peaceful"' in au.content.text
    assert claim_by(vote, "IGO.ECOWAS", "urged").content.text == (
        "to release detained opposition figures")
    coup = event(vote, "seized")
    assert coup.status == "historical" and coup.date.value == "2021"


# --- the nuclear inspection dispute: a board resolution, denied access, an NPT threat ------

def test_iaea_board_censures_iran(iaea):
    e = event(iaea, "censuring")
    assert e.type == "ACCUSE" and e.recipient == ["IRN"] and e.date.value == "2025-11-21"
    [board] = [x for x in iaea.actors if x.name == "Board of Governors"]
    assert e.actor == [board.id] and board.sector == "IGO"  # the IAEA's board


def test_iaea_denied_access_is_an_act_not_a_denial_claim(iaea):
    assert not claims(iaea, "denying")
    assert not [c for c in claims(iaea, "denied") if c.polarity == "negative"]
    e = event(iaea, "denied")
    assert e.type == "REJECT" and e.status == "reported" and e.date.value == "2025-11-17"


def test_iaea_threat_to_leave_the_npt(iaea):
    assert event(iaea, "threatening").type == "THREATEN"
    w = event(iaea, "withdraw")
    assert w.type == "RETREAT" and w.status == "threatened"
    assert not {"NPT", "Nuclear Non-Proliferation Treaty"} & names(iaea)


def test_iaea_vote_figures(iaea):
    assert quantity(iaea, "12").counted == "abstentions"
    assert quantity(iaea, "19").value == 19 and quantity(iaea, "3").value == 3
    e = event(iaea, "voted")
    assert e.type == "REJECT" and e.actor == ["RUS", "CHN"]


def test_iaea_grossi_told_the_board_on_monday(iaea):
    told = claim_by(iaea, "p:rafael-grossi", "told")
    assert told.date.value == "2025-11-17"
    grossi = actor(iaea, "p:rafael-grossi")
    assert (grossi.sector, grossi.role) == ("IGO", "director-general")
    quote = claim_by(iaea, "p:rafael-grossi", "said")
    assert quote.style == "direct" and quote.date.value == "2025-11-21"  # not June


def test_iaea_iran_ambassador_speaks_as_himself(iaea):
    c = claim_by(iaea, "p:reza-najafi", "said")
    assert c.content.text == "the resolution was politically motivated"
    envoy = actor(iaea, "p:reza-najafi")
    assert (envoy.country, envoy.sector, envoy.role) == ("IRN", "GOV", "ambassador")


def test_iaea_material_and_cameras(iaea):
    kg = quantity(iaea, "440")
    assert kg.counted == "kg"
    assert quantity(iaea, "20").counted == "cameras"
