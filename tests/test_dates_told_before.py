"""An act told as before the sentence's main act ("after militants attacked a post", "after a
deadly exchange of fire") or as what a reaction answers ("welcomed the release of the
sailors") does not take the main act's day; a date inside its own clause or phrase still dates
it. A date told right after a verb of saying is the saying's. Sentences are our own;
publication is Wednesday 2024-11-20."""
from __future__ import annotations

import pytest

from wirecoder.extract.time import find_timexes
from wirecoder.model import Analysis


@pytest.mark.parametrize("text,trigger", [
    ("The ministry said on Tuesday it would retaliate after militants attacked a border post.",
     "attacked"),
    ("The ministry said on Tuesday it would retaliate after militants attacked a border post "
     "and killed two guards.", "killed"),
    ("The ministry vowed on Tuesday to retaliate following an attack by militants on a border "
     "post.", "attack"),
    ("The defence ministers met in Accra on Tuesday to calm tensions after a deadly exchange of "
     "fire.", "exchange"),
    ("Protesters marched on Monday after the arrest of the opposition leader.", "arrest"),
    ("The commanders met on Tuesday in a first attempt to calm tensions since a drone attack "
     "on a fuel depot.", "attack"),
])
def test_dates_told_before_act_in_an_after_clause_is_not_on_the_main_day(dated, text, trigger):
    ref = dated(text, trigger, trigger)
    assert (ref.value, ref.how) == ("2024-11-20", "publication")


@pytest.mark.parametrize("text,trigger,value,span", [
    ("The ministry said on Tuesday it would retaliate after militants attacked a border post "
     "on Sunday.", "attacked", "2024-11-17", "Sunday"),
    ("Talks resumed on Thursday after the clashes on Saturday.", "clashes", "2024-11-16",
     "Saturday"),
    ("Kenya on Friday condemned Thursday's attack on the convoy.", "attack", "2024-11-14",
     "Thursday"),
])
def test_dates_told_before_act_keeps_a_date_of_its_own(dated, text, trigger, value, span):
    ref = dated(text, trigger, trigger)
    assert (ref.value, ref.span.text) == (value, span)


@pytest.mark.parametrize("text,trigger", [
    ("Ghana on Wednesday welcomed the release of the sailors by the pirates.", "release"),
    ("The government on Monday condemned the killing of two aid workers.", "killing"),
    ("The president on Monday responded to the attack on the convoy.", "attack"),
    # the verbs that act back on an act (time.REACTION_VERBS) are verbs of reacting too
    ("The army on Tuesday answered the shelling of its posts with air strikes.", "shelling"),
    ("The army on Tuesday punished the mutiny in the northern garrison.", "mutiny"),
    ("Russia on Tuesday handed the envoy a note of protest over the expulsion of a diplomat.",
     "expulsion"),
])
def test_dates_told_before_a_reactions_object_is_not_on_the_reactions_day(dated, text, trigger):
    ref = dated(text, trigger, trigger)
    assert (ref.value, ref.how) == ("2024-11-20", "publication")


def test_dates_told_before_a_reactions_object_takes_the_act_told_before(dated):
    text = ("Pirates freed the crew of a Ghanaian trawler on Monday.\n"
            "Ghana on Wednesday welcomed the release of the sailors.")
    ref = dated(text, "release", "release")
    assert (ref.value, ref.how, ref.span.text) == ("2024-11-18", "context", "Monday")


def test_dates_told_before_a_future_welcome_of_a_party_is_ahead(dated):
    # why welcoming is a verb of reacting but not of acting back on an earlier act
    text = "The president will welcome the delegation on Friday."
    ref = dated(text, "welcome the delegation", "welcome")
    assert (ref.value, ref.span.text) == ("2024-11-22", "Friday")


def test_dates_told_before_the_reaction_itself_keeps_its_day(dated):
    text = "Ghana on Tuesday welcomed the release of the sailors."
    ref = dated(text, text[:-1], "welcomed")
    assert (ref.value, ref.span.text) == ("2024-11-19", "Tuesday")


@pytest.mark.parametrize("text", [
    "The ministry said on Tuesday it would retaliate.",
    "The ministry said Tuesday it would retaliate.",
])
def test_dates_told_before_saying_day_is_past_before_a_future_clause(nlp, make_article, text):
    doc = nlp(text)
    found = Analysis(article=make_article(text))
    (t,) = find_timexes(doc, found)
    assert (t.span.text, t.value) == ("Tuesday", "2024-11-19")


def test_dates_told_before_a_plan_told_with_its_own_day_stays_ahead(nlp, make_article):
    text = "The ministry said talks would resume on Tuesday."
    doc = nlp(text)
    (t,) = find_timexes(doc, Analysis(article=make_article(text)))
    assert t.value == "2024-11-26"


@pytest.mark.parametrize("text,trigger,value", [
    ("The crossing, closed by the army since Tuesday, stayed shut.", "closed", "2024-11-19"),
    ("The border has been closed since Monday, officials said.", "closed", "2024-11-18"),
    ("Two fishermen detained since Sunday appeared in court.", "detained", "2024-11-17"),
])
def test_dates_told_before_lasting_result_since_a_day_dates_the_act(dated, text, trigger, value):
    ref = dated(text, trigger, trigger)
    assert ref.value == value


def test_dates_told_before_fighting_since_a_month_still_runs_to_publication(dated):
    ref = dated("Fighting has raged in the valley since August.", "Fighting", "Fighting")
    assert ref.value == "2024-11-20"


def test_dates_told_before_a_word_after_a_reaction_is_not_on_its_day(dated):
    text = ("The UN chief on Monday welcomed the release of five aid workers by the rebels.\n"
            "The rebels have said seven detainees were freed.")
    ref = dated(text, "seven detainees were freed", "freed")
    assert (ref.value, ref.how) == ("2024-11-20", "publication")


def test_dates_told_before_a_word_after_a_reaction_takes_the_act_told_before_it(dated):
    text = ("Pirates freed the crew on Saturday. The UN chief on Monday welcomed the release.\n"
            "The rebels have said seven detainees were freed.")
    ref = dated(text, "seven detainees were freed", "freed.")
    assert (ref.value, ref.how) == ("2024-11-16", "context")


def test_dates_told_before_the_reactors_own_next_act_keeps_its_day(dated):
    text = "Kenya on Friday welcomed the truce. It also pledged aid to the region."
    ref = dated(text, "It also pledged aid to the region", "pledged")
    assert (ref.value, ref.how) == ("2024-11-15", "context")
