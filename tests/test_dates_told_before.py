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


@pytest.mark.parametrize("text,trigger", [
    ("Kabul on Monday accused Islamabad of the strike on the village.", "strike"),
    ("The rebels said on Tuesday, accusing the army of carrying out the raid.", "raid"),
    ("The ministry on Monday accused the militia of shelling the market.", "shelling"),
])
def test_dates_told_before_the_act_a_charge_names_is_not_on_the_charges_day(dated, text,
                                                                            trigger):
    ref = dated(text, trigger)
    assert (ref.value, ref.how) == ("2024-11-20", "publication")


def test_dates_told_before_the_act_a_charge_names_takes_the_act_told_before(dated):
    text = ("A drone hit a house in the valley on Saturday.\n"
            "Kabul on Monday accused Islamabad of the strike.")
    ref = dated(text, "strike")
    assert (ref.value, ref.how, ref.span.text) == ("2024-11-16", "context", "Saturday")


def test_dates_told_before_a_charge_with_a_day_of_its_own(dated):
    ref = dated("Kabul on Monday accused Islamabad of a strike on Saturday.", "strike")
    assert (ref.value, ref.span.text) == ("2024-11-16", "Saturday")


NAMED_ACT = ("The toll from last week's strike on the port has risen to 12, officials said on "
             "Tuesday.\n\nThe governor said 30 people had been wounded in the attack.\n\n"
             "No ship has docked since the port strike, the harbour master said.")


@pytest.mark.parametrize("trigger,evidence", [
    ("wounded", "30 people had been wounded in the attack"),
    ("strike,", "the port strike"),
])
def test_dates_told_before_a_definite_act_named_again_takes_its_date(dated, trigger, evidence):
    # a new paragraph: no date of its section, but the act it names was dated before
    ref = dated(NAMED_ACT, trigger, evidence)
    assert (ref.value, ref.how, ref.span.text) == ("2024-W46", "context", "last week")


def test_dates_told_before_a_definite_act_with_no_dated_antecedent(dated):
    text = ("Officials said on Tuesday that the toll had risen to 12.\n\n"
            "The governor said 30 people had been wounded in the attack.")
    ref = dated(text, "wounded", "30 people had been wounded in the attack")
    assert (ref.value, ref.how) == ("2024-11-20", "publication")


def test_dates_told_before_a_relative_clause_dates_its_own_noun(dated):
    text = ("Meanwhile Japan's Public Security Intelligence Agency (PSIA) now believes that as "
            "many as 8,000 Chinese troops have been sent to Belarus, four times the figure "
            "Warsaw gave on Tuesday, Japanese lawmaker Sato Kenji told reporters after a "
            "closed-door briefing by the agency.")
    ref = dated(text, "sent")
    assert (ref.value, ref.how) == ("2024-11-20", "publication")


def test_dates_told_before_what_followed_an_act_is_not_on_its_day(dated):
    ref = dated("The council's meeting followed the test of a new rocket by Iran on Sunday.",
                "meeting")
    assert (ref.value, ref.how) == ("2024-11-20", "publication")
    # the act followed keeps the day told after it
    ref = dated("The council's meeting followed the test of a new rocket by Iran on Sunday.",
                "test")
    assert ref.value == "2024-11-17"


def test_dates_told_before_a_follow_with_no_object_keeps_its_day(dated):
    ref = dated("More talks followed on Monday.", "talks")
    assert ref.value == "2024-11-18"


def test_dates_told_before_days_after_an_act_told_in_the_sentence_before(dated):
    # no date in its sentence: 'the attack' is the one dated just before
    text = ("Gunmen fired rockets at an army post on Thursday evening, officials said.\n"
            "The attack came three days after a drone strike on a fuel depot.")
    ref = dated(text, "strike")
    assert (ref.value, ref.how) == ("2024-11-11", "relative")


@pytest.mark.parametrize("text,trigger,value", [
    ("The depot, which was hit by a drone on the night of November 12, stayed shut.", "hit",
     "2024-11-12TNI"),
    ("Rebels shelled the town on the morning of November 12.", "shelled", "2024-11-12TMO"),
    ("Rebels shelled the town on November 12.", "shelled", "2024-11-12"),
])
def test_dates_told_before_the_part_of_a_day_dates_the_act(dated, text, trigger, value):
    assert dated(text, trigger).value == value
