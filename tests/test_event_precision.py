"""Event triggers that are ambiguous between classes, and which event a sentence's parties
carry. Sentences written for these tests."""

from __future__ import annotations

from conftest import PUBLISHED

from wirecoder.extract.events import code_events
from wirecoder.model import Analysis, Article, article_id


def _coded(nlp, text: str) -> list:
    found = Analysis(article=Article(id=article_id(text), text=text, published=PUBLISHED))
    return code_events(nlp(text), found)


def _by_trigger(nlp, text: str) -> dict[str, str]:
    return {c.event.trigger.text: c.event.type for c in _coded(nlp, text)}


def test_events_sent_letter_is_no_aid(nlp):
    # The letter carries the threat; sending it is no material help.
    text = "The governor sent a letter to the mayor threatening to cut the city's budget."
    types = _by_trigger(nlp, text)
    assert "sent" not in types
    assert types["threatening"] == "THREATEN"


def test_events_sent_message_of_sympathy_is_support(nlp):
    text = "Chile sent a message of sympathy to the people of Peru."
    coded = [c for c in _coded(nlp, text) if c.event.type == "SUPPORT"]
    assert [text[s:e] for c in coded for s, e in c.actor_spans] == ["Chile"]


def test_events_forced_craft_is_coerce(nlp):
    # The parser may hang "to land" on the participle; the craft forced is the party coerced.
    text = ("Two fighter jets forced a passenger plane flying from Lisbon to Oslo to land in "
            "the capital.")
    coerced = [c for c in _coded(nlp, text) if c.event.type == "COERCE"]
    assert [c.event.trigger.text for c in coerced] == ["forced"]
    assert [text[s:e] for s, e in coerced[0].actor_spans] == ["Two fighter jets"]


def test_events_offered_forces_is_aid(nlp):
    text = "Poland offered Lithuania two helicopters and a tank battalion."
    assert _by_trigger(nlp, text) == {"offered": "AID"}
    # an offer of talks stays a promise
    assert _by_trigger(nlp, "Poland offered to host the talks.")["offered"] == "AGREE"


def test_events_seeking_peace_is_agree(nlp):
    # PLOVER: a call to end a conflict is AGREE, not a REQUEST.
    assert _by_trigger(nlp, "The new premier vowed to seek peace with the northern rebels."
                       ).get("seek") == "AGREE"
    assert _by_trigger(nlp, "The clerics called for reconciliation between the two clans."
                       ) == {"called": "AGREE"}
    assert _by_trigger(nlp, "The clerics called for the release of the two monks."
                       )["called"] == "REQUEST"


def test_events_agreeing_to_truce_is_agree(nlp):
    # a promise to stop fighting, not assent to a text
    assert _by_trigger(nlp, "The two militias agreed to a truce in the southern hills."
                       ) == {"agreed": "AGREE"}
    assert _by_trigger(nlp, "The two parties agreed on the final text of the accord."
                       )["agreed"] == "SUPPORT"


def test_events_transfer_to_foreign_justice_is_cooperate(nlp):
    # judicial cooperation: a person handed to another state's courts or custody
    assert _by_trigger(nlp, "Peru transferred the former banker to Chilean custody."
                       ) == {"transferred": "COOPERATE"}
    assert _by_trigger(nlp, "Ghana transferred a wanted drug kingpin to Nigeria."
                       ) == {"transferred": "COOPERATE"}


def test_events_exercise_of_conjoined_nations_is_cooperate(nlp):
    # PLOVER: joint exercises are COOPERATE, one country's own exercise MOBILIZE
    assert _by_trigger(nlp, "Chilean and Peruvian marines held exercises off the coast."
                       ) == {"exercises": "COOPERATE"}
    assert _by_trigger(nlp, "The navy held combined manoeuvres in the gulf."
                       ) == {"manoeuvres": "COOPERATE"}
    assert _by_trigger(nlp, "Chilean marines held exercises off the coast.") == {
        "exercises": "MOBILIZE"}


def test_events_forces_freeing_hostages_is_rescue(nlp):
    # PLOVER AID includes hostage rescues; a captor freeing its own captives is RETREAT
    assert _by_trigger(nlp, "Navy commandos freed four abducted sailors off the coast."
                       ) == {"freed": "AID"}
    assert _by_trigger(nlp, "The kidnappers freed four sailors on Friday.") == {
        "freed": "RETREAT"}


def test_events_cancelled_flights_are_sanction(nlp):
    # cutting an exchange reduces relations; a cancelled meeting stays a rejection
    assert _by_trigger(nlp, "Oman cancelled its flights to Khartoum after the coup."
                       ) == {"cancelled": "SANCTION"}
    assert _by_trigger(nlp, "Oman cancelled the talks with Sudan.")["cancelled"] == "REJECT"


def test_events_throwing_out_an_appeal_is_reject(nlp):
    assert _by_trigger(nlp, "The tribunal threw out the minister's appeal on Monday."
                       ) == {"threw": "REJECT"}


def test_events_ordering_civilians_to_move_is_coerce(nlp):
    # a restriction on the people's movement, not a withdrawal by the one who ordered it
    coded = _coded(nlp, "The army ordered residents to leave the village.")
    assert [(c.event.trigger.text, c.event.type) for c in coded] == [("ordered", "COERCE")]
    # an act handed to the one who ordered it keeps its own type
    assert _by_trigger(nlp, "The colonel ordered the villagers arrested.") == {
        "arrested": "COERCE"}
    assert _by_trigger(nlp, "The judge ordered the ministry to publish the files."
                       )["ordered"] == "REQUEST"


def test_events_police_seizing_goods_is_coerce(nlp):
    # confiscation by police or customs; armed forces taking ground stay ASSAULT
    assert _by_trigger(nlp, "Customs officers seized the smugglers' boat at the harbour."
                       ) == {"seized": "COERCE"}
    assert _by_trigger(nlp, "Police seized two laptops from the editor's home.") == {
        "seized": "COERCE"}
    assert _by_trigger(nlp, "Rebels seized the airport on Friday.") == {"seized": "ASSAULT"}


def test_events_passing_on_intelligence_is_cooperate(nlp):
    assert _by_trigger(nlp, "Dutch agents passed on information about the cell to Spain."
                       ) == {"passed": "COOPERATE"}


def test_events_adding_to_blacklist_is_sanction(nlp):
    assert _by_trigger(nlp, "Japan added three Russian banks to its export blacklist."
                       ) == {"added": "SANCTION"}


def test_events_fighting_a_fire_is_no_assault(nlp):
    assert _by_trigger(nlp, "Volunteers battled the wildfire near the village for days."
                       ) == {"battled": "AID"}
    assert _by_trigger(nlp, "Rebels battled the army near the village for days.") == {
        "battled": "ASSAULT"}


def test_events_doctors_treating_patients_is_aid(nlp):
    assert _by_trigger(nlp, "Egyptian army doctors treated hundreds of patients in Gaza."
                       ) == {"treated": "AID"}


def test_events_demand_of_a_strike_or_march_is_the_protest(nlp):
    # PLOVER: a demand made by demonstrating is part of the PROTEST, not a REQUEST
    assert _by_trigger(nlp, "Bus drivers went on strike on Friday demanding higher pay."
                       ) == {"strike": "PROTEST"}
    assert _by_trigger(nlp, "Students marched through the city demanding the dean's "
                       "resignation.") == {"marched": "PROTEST"}


def test_events_opening_an_embassy_is_support(nlp):
    # diplomatic recognition; announced for the future it is a promise (AGREE)
    assert _by_trigger(nlp, "Chad opened an embassy in Tel Aviv on Thursday.") == {
        "opened": "SUPPORT"}
    assert _by_trigger(nlp, "Chad will open a consulate in Lagos.") == {"open": "AGREE"}


def test_events_news_conference_is_no_meeting(nlp):
    text = "The rebel leader told a news conference that his men would free the hostages."
    assert "conference" not in _by_trigger(nlp, text)
    assert _by_trigger(nlp, "The ministers held a conference on water in Cairo.") == {
        "conference": "CONSULT"}


def test_events_forces_put_on_standby_is_mobilize(nlp):
    types = _by_trigger(nlp, "The president put the navy on standby after the threats.")
    assert types.get("put") == "MOBILIZE"


def test_events_violence_by_rioters_is_protest_riot(nlp):
    coded = {c.event.trigger.text: (c.event.type, c.event.mode)
             for c in _coded(nlp, "Rioters hurled stones at the police station.")}
    assert coded == {"hurled": ("PROTEST", "riot")}
    assert _by_trigger(nlp, "Soldiers hurled grenades at the police station.") == {
        "hurled": "ASSAULT"}


def test_events_banned_from_a_body_is_sanction_expel(nlp):
    coded = {c.event.trigger.text: (c.event.type, c.event.mode)
             for c in _coded(nlp, "The federation banned the club from the league for a year.")}
    assert coded == {"banned": ("SANCTION", "expel")}
    assert _by_trigger(nlp, "The junta banned the opposition party.") == {"banned": "COERCE"}


def test_events_building_jointly_is_cooperate(nlp):
    assert _by_trigger(nlp, "Laos and Thailand are jointly building a dam on the river."
                       ) == {"building": "COOPERATE"}
    assert _by_trigger(nlp, "Laos is building a dam on the river.") == {}


def test_events_armour_rolling_in_is_mobilize(nlp):
    coded = _coded(nlp, "Columns of tanks rolled into the northern province on Sunday.")
    assert [(c.event.trigger.text, c.event.type) for c in coded] == [("rolled", "MOBILIZE")]
    assert [c.actor_spans for c in coded] == [((0, 16),)]  # the columns of tanks move


def test_events_confirming_a_nominee_is_support(nlp):
    assert _by_trigger(nlp, "The assembly confirmed the president's nominee for chief justice."
                       ) == {"confirmed": "SUPPORT"}


def test_events_promise_kept_in_the_same_clause_is_the_act(nlp):
    assert _by_trigger(nlp, "Norway pledged and then delivered 200 tonnes of food to Chad."
                       ) == {"delivered": "AID"}
    # a promise of a future act stays a promise
    assert _by_trigger(nlp, "Norway pledged aid and will deliver food to Chad.")[
        "pledged"] == "AGREE"


def test_events_member_blocking_its_council_is_reject(nlp):
    assert _by_trigger(nlp, "Malta blocked the council from adopting the new asylum rules."
                       ).get("blocked") == "REJECT"
    assert _by_trigger(nlp, "Police blocked the road to the airport.") == {"blocked": "COERCE"}


def test_events_purpose_of_a_blockade_is_the_subjects(nlp):
    # "blocking traffic to protest": traffic does not protest; object control is only for
    # verbs of compelling ("forced the ship to turn back")
    text = "Truckers drove into the capital, blocking traffic to protest against the fuel tax."
    coded = {c.event.trigger.text: c for c in _coded(nlp, text)}
    assert [text[s:e] for s, e in coded["protest"].actor_spans] == ["Truckers"]
