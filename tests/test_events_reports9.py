"""Events, session 9 (second batch): story reports with no event or the wrong type — boarding
and escorting a ship, recovering kidnapped people, an airlift of the freed, state vessels
colliding, a fleet sailing out, a warship sent by name.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from conftest import PUBLISHED

from wirecoder.extract.events import code_events
from wirecoder.model import Analysis, Article, article_id


def _coded(nlp, text: str):
    found = Analysis(article=Article(id=article_id(text), text=text, published=PUBLISHED))
    return code_events(nlp(text), found)


def _types(nlp, text: str, trigger: str) -> list[str]:
    return [c.event.type for c in _coded(nlp, text) if c.event.trigger.text == trigger]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # boarding a ship takes it by force, as "seize a tanker"
    ("The cargo ship was boarded by naval commandos off the coast on Friday.", "boarded",
     "COERCE"),
    ("Marines boarded the freighter in the strait.", "boarded", "COERCE"),
    ("After it was seized, the trawler was escorted to the port of Dunmere by two patrol boats.",
     "escorted", "COERCE"),
    # recovering kidnapped people is a rescue
    ("Marines recovered four kidnapped fishermen on the island.", "recovered", "AID"),
    # flying the freed out is an airlift
    ("The gunmen freed the hostages on Monday. The hostages landed in Kastor on a military "
     "transport plane.", "landed", "AID"),
    ("The gunmen released the hostages on Monday. An aircraft brought the group to the capital.",
     "brought", "AID"),
    ("The gunmen released the hostages on Monday. The government has flown five hostages to the "
     "capital.", "flown", "AID"),
    ("The Red Cross facilitated the transfer of the released men to the capital.", "transfer",
     "AID"),
    # state vessels colliding is a ramming
    ("A coastguard cutter collided with the fishing boat near the island.", "collided",
     "ASSAULT"),
    # a fleet leaving base sails out; a warship sent by name moves a unit
    ("The fleet left the Varna naval base on Monday.", "left", "MOBILIZE"),
    ("Two frigates left the naval base on Wednesday.", "left", "MOBILIZE"),
    ("The navy sent the frigate Delos to the area.", "sent", "MOBILIZE"),
    # a named object's kind is the noun before the name (not "waters" as aid)
    ("By noon the navy had sent the frigate Delos and two gunboats to waters near the cape.",
     "sent", "MOBILIZE"),
    # the sides of a collision: compounds say they are state boats
    ("A coast guard cutter and a patrol boat collided near the islets.", "collided", "ASSAULT"),
    # a ship named with a state's prefix (kb/actors/vessels.tsv) is a state vessel
    ("The USCGC Harriet collided with a fishing boat near the island.", "collided", "ASSAULT"),
    ("A trawler collided with the HNoMS Ravnhild in the fjord.", "collided", "ASSAULT"),
    ("The talks stalled after Tuesday's collision between two coast guard boats.", "collision",
     "ASSAULT"),
    # a fleet turning back heads home; turning back refugees stays coercion
    ("The frigates that sailed towards the islets turned back towards their base on Thursday.",
     "turned", "RETREAT"),
    ("Border guards turned back the refugees at the crossing.", "turned", "COERCE"),
    # gunmen seizing people abduct them; police seizing them still arrest-like (COERCE)
    ("Gunmen seized six sailors from the trawler on Monday.", "seized", "ASSAULT"),
    ("The fishermen were seized by pirates in January.", "seized", "ASSAULT"),
    # the relative clause's head is what is seized: a ship, whatever place follows
    ("Officials said the freighter that the marines seized in the Gulf of Aden was released.",
     "seized", "COERCE"),
    ("Commandos rappelled onto the tanker from a helicopter.", "rappelled", "COERCE"),
    # reserving the right to strike back warns of it (the tagger may make "reserves" a noun)
    ("The government reserves the right to respond at a time of its choosing.", "reserves",
     "THREATEN"),
    ("The rebel council reserves the right to respond at a time of its choosing.", "reserves",
     "THREATEN"),
    # the nouns of harm promised back (RETALIATION) are words of striking back too
    ("The rebel council reserves the right to retribution for the raid.", "reserves",
     "THREATEN"),
    # a town falling to a force is taken by it
    ("The town of Kessel fell to Fano rebels on Monday.", "fell", "ASSAULT"),
])
def test_events_reports9_maritime_and_airlift(nlp, text, trigger, expected):
    assert _types(nlp, text, trigger) == [expected]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # two merchant ships colliding is an accident, no event
    ("Two freighters collided in the fog near the port.", "collided", []),
    # soldiers leaving a base still withdraw
    ("Soldiers left the base after the ceasefire.", "left", ["RETREAT"]),
    # a plane landing with no one freed is no airlift
    ("The minister landed in Kastor on a government plane.", "landed", []),
    # the Guards only speak; the tanker and the fishing boat are no state vessels
    ("The tanker collided with a fishing boat, the Guards said.", "collided", []),
    ("Prices fell to a record low on Monday.", "fell", []),
    ("The company reserves the right to change its prices.", "reserves", []),
])
def test_events_reports9_limits(nlp, text, trigger, expected):
    assert _types(nlp, text, trigger) == expected


def test_events_reports9_airlift_actor_not_captor(analyze_text):
    text = ("The Houthis released the detainees on Sunday. Oman has flown the five freed workers "
            "to Muscat.")
    flown = [e for e in analyze_text(text).events if e.trigger.text == "flown"]
    assert [(e.type, e.actor, e.recipient) for e in flown] == [("AID", ["OMN"], [])]


def test_events_reports9_fall_to_takers_act(analyze_text):
    fell = [e for e in analyze_text("The town of Kessel fell to Fano rebels on Monday.").events
            if e.trigger.text == "fell"]
    assert [(e.type, e.actor, e.recipient) for e in fell] == [("ASSAULT", ["REB.FANO"], [])]


def test_events_reports9_denied_fall_is_denied_assault(analyze_text):
    text = "The army denied reports that the town had fallen to the rebels."
    coded = {(e.type, e.status) for e in analyze_text(text).events if e.trigger.text == "fallen"}
    assert coded == {("ASSAULT", "denied")}
