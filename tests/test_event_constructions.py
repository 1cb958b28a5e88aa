"""Events: constructions an analyst found miscoded in the bundled samples, each checked on
sentences written for these tests (never the samples' own): an open denial, a weighed
transfer, armed personnel arriving, a captured place, an expected attack."""

from __future__ import annotations

import pytest
from conftest import PUBLISHED

from wirecoder.extract.events import find_events
from wirecoder.model import Actor, Analysis, Article, Span, article_id


def _found(text: str, actors: dict[str, tuple[str, list[str]]] | None = None) -> Analysis:
    """An Analysis whose actors (id -> (sector, surface strings)) are hand-made, with every
    occurrence of each string as a mention."""
    found = Analysis(article=Article(id=article_id(text), text=text, published=PUBLISHED))
    for aid, (sector, names) in (actors or {}).items():
        mentions = [Span.of(text, i, i + len(n)) for n in names
                    for i in range(len(text)) if text.startswith(n, i)]
        found.actors.append(Actor(id=aid, name=names[0], kind="organization" if "." in aid
                                  else "country", country=aid.split(".")[0], sector=sector,
                                  role="armed forces" if sector == "MIL" else None,
                                  mentions=mentions))
    return found


def _events(nlp, text: str, actors=None):
    return find_events(nlp(text), _found(text, actors))


def _at(events, word: str):
    return [e for e in events if e.trigger.text == word]


@pytest.mark.parametrize("text", [
    "Borduria has neither confirmed nor denied the report.",
    "The ministry would not confirm or deny the claim on Friday.",
    "The navy declined to confirm or deny that its ships had entered the strait.",
    "Officials refused to deny or confirm the account.",
])
def test_events_confirm_or_deny_rejects_nothing(nlp, text):
    events = _events(nlp, text)
    assert not [e for e in events if e.type == "REJECT"], events


def test_events_confirm_or_deny_leaves_the_act_possible(nlp):
    text = "The army neither confirmed nor denied that its jets had bombed the bridge."
    bombed = _at(_events(nlp, text), "bombed")
    assert [(e.type, e.status) for e in bombed] == [("ASSAULT", "possible")]


def test_events_plain_denial_is_still_a_rejection(nlp):
    text = "Borduria denied the report on Monday and confirmed the talks."
    assert [e.type for e in _at(_events(nlp, text), "denied")] == ["REJECT"]


@pytest.mark.parametrize(("text", "word"), [
    ("Japan could consider supplying rifles to Ukraine directly.", "supplying"),
    ("Poland is weighing providing artillery shells to Ukraine.", "providing"),
    ("Canada is considering delivering armoured vehicles to Ukraine.", "delivering"),
])
def test_events_weighed_transfer_is_a_possible_aid_not_an_offer(nlp, text, word):
    events = _at(_events(nlp, text), word)
    assert [(e.type, e.mode, e.status) for e in events] == [("AID", None, "possible")]


def test_events_promised_transfer_is_still_an_agree(nlp):
    text = "Japan will supply rifles to Ukraine."
    assert [e.type for e in _at(_events(nlp, text), "supply")] == ["AGREE"]


ARMY = {"BDR.MIL": ("MIL", ["Borduran soldiers", "Borduran troops"]),
        "BDR": ("GOV", ["Borduria"])}


@pytest.mark.parametrize(("text", "word"), [
    ("Borduran soldiers crossed the river at dawn. Scouts said 3,000 of them had arrived in "
     "the valley.", "arrived"),
    ("Borduran troops left their barracks on Monday. They arrived at the border on Friday.",
     "arrived"),
    ("Officials said some of the soldiers arrived in the port overnight.", "arrived"),
])
def test_events_armed_personnel_arriving_is_a_deployment(nlp, text, word):
    events = _at(_events(nlp, text, ARMY), word)
    assert [(e.type, e.mode) for e in events] == [("MOBILIZE", "troops")]


def test_events_an_official_arriving_is_still_a_visit(nlp):
    text = "Borduran troops left their barracks on Monday. The envoy arrived in the capital."
    events = _at(_events(nlp, text, ARMY), "arrived")
    assert [(e.type, e.mode) for e in events] == [("CONSULT", "visit")]


@pytest.mark.parametrize("text", [
    "The army advanced on the town, which the rebels had captured in May.",
    "Troops patrolled villages that were captured last year.",
    "Reinforcements were sent to defend towns in the south that the army captured in spring.",
])
def test_events_captured_place_is_no_abduction(nlp, text):
    events = _at(_events(nlp, text), "captured")
    assert [(e.type, e.mode) for e in events] == [("ASSAULT", None)]


def test_events_captured_people_are_still_abducted(nlp):
    text = "The militia captured the soldiers who guarded the airport."
    events = _at(_events(nlp, text), "captured")
    assert [(e.type, e.mode) for e in events] == [("ASSAULT", "abduct")]


def test_events_captured_place_named_after_a_place_phrase(nlp):
    text = "The brigade shelled villages in Donetsk that the militia captured in June."
    events = _at(_events(nlp, text), "captured")
    assert [(e.type, e.mode) for e in events] == [("ASSAULT", None)]


@pytest.mark.parametrize(("text", "word", "status"), [
    ("Officers expect the rebel units to be used in attacks on the capital.", "attacks",
     "possible"),
    ("Generals expect the new brigades to be sent to retake the bridge.", "retake", "possible"),
    ("The rebels intend to launch raids to seize the airport.", "seize", "planned"),
    ("The militia plans to attack the port and shell the harbour.", "shell", "planned"),
])
def test_events_act_inside_an_expectation_or_plan_is_not_reported(nlp, text, word, status):
    events = _at(_events(nlp, text), word)
    assert [(e.type, e.status) for e in events] == [("ASSAULT", status)]


@pytest.mark.parametrize(("text", "word"), [
    ("Dockworkers in the port went on strike for higher wages.", "strike"),
    ("The army said it shelled the town after the rebels attacked it.", "attacked"),
])
def test_events_act_outside_a_frame_keeps_its_status(nlp, text, word):
    events = _at(_events(nlp, text), word)
    assert events and all(e.status in {"occurred", "reported"} for e in events), events
