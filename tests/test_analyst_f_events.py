"""Events analyst F found missed on a border-clash story: fire told as a noun ('artillery
fire continued', 'an exchange of fire'), munitions that fall or land on a place, and a
gerund the tagger takes for an auxiliary after a demonym ('Russian shelling resumed')."""

from __future__ import annotations

import pytest
from tests.conftest import assert_spans


def _triggers(found, kind: str = "ASSAULT") -> set[str]:
    return {e.trigger.text for e in found.events if e.type == kind}


@pytest.mark.parametrize("text, trigger", [
    ("Venezuelan shelling resumed near the bridge on Friday, villagers said.", "shelling"),
    ("Heavy Serbian shelling had continued into the night, the mayor said.", "shelling"),
])
def test_events_demonym_gerund_taken_for_auxiliary_is_the_noun(analyze_text, text, trigger):
    found = analyze_text(text)
    assert_spans(found)
    assert trigger in _triggers(found)


def test_events_helping_verb_ing_stays_no_trigger(analyze_text):
    found = analyze_text("The mayor said the town was being rebuilt with help from donors.")
    assert not _triggers(found)


@pytest.mark.parametrize("text", [
    "Artillery fire continued around the old fort on Friday, farmers said.",
    "Mortar fire kept villagers indoors for most of the day, the council said.",
    "Sniper fire forced the convoy to turn back near the ridge.",
])
def test_events_weapon_fire_noun_is_assault(analyze_text, text):
    found = analyze_text(text)
    assert_spans(found)
    assert "fire" in _triggers(found)


def test_events_exchange_of_fire_is_assault(analyze_text):
    found = analyze_text("Friday's exchange of fire near the ford was the worst in years.")
    assert_spans(found)
    assert "exchange" in _triggers(found) or "fire" in _triggers(found)


@pytest.mark.parametrize("text", [
    "A fire broke out in the warehouse on Friday, the owner said.",
    "The exchange of letters between the two leaders was published on Friday.",
])
def test_events_blaze_or_other_exchange_is_no_assault(analyze_text, text):
    assert not _triggers(analyze_text(text))


@pytest.mark.parametrize("text, trigger", [
    ("Shells fell on the market town for a third day, residents said.", "fell"),
    ("Two rockets landed near a checkpoint on the highway before dawn.", "landed"),
    ("Mortar bombs fell close to the river crossing on Friday, the army said.", "fell"),
])
def test_events_munitions_falling_or_landing_is_assault(analyze_text, text, trigger):
    found = analyze_text(text)
    assert_spans(found)
    assert trigger in _triggers(found)


@pytest.mark.parametrize("text", [
    "Prices fell sharply on Friday after the harvest report.",
    "The minister's plane landed in the capital on Friday evening.",
    "Snow fell on the mountain villages overnight.",
])
def test_events_other_falls_and_landings_are_no_assault(analyze_text, text):
    assert not _triggers(analyze_text(text))


@pytest.mark.parametrize("text", [
    "The death toll remains disputed, officials in both capitals said.",
    "The northern pasture has remained contested since the war.",
    "Ownership of the dam stays disputed after years of talks.",
])
def test_events_remaining_disputed_is_no_accusation(analyze_text, text):
    assert not _triggers(analyze_text(text), "ACCUSE")


def test_events_disputing_a_figure_stays_accusation(analyze_text):
    found = analyze_text("The opposition disputed the election result on Friday.")
    assert_spans(found)
    assert "disputed" in _triggers(found, "ACCUSE")
