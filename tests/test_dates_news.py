"""How news dates the acts it tells: a saying's day belongs to the saying, a reported fact
keeps the day of the act it reports, offsets in months are told to the month, and "late on
Monday" keeps its part of day. Sentences are our own."""
from __future__ import annotations

import pytest

DENIAL = ("The ministry on Wednesday denied that its troops had crossed the border, saying "
          "enemy guns had shelled its posts at dawn on Monday.\n")


@pytest.mark.parametrize("said,evidence", [
    ("A spokesman said two soldiers were killed and four were hurt.", "two soldiers were killed"),
    ("A spokesman said two soldiers were killed and four were hurt.", "four were hurt"),
    ("Two soldiers were killed in the attack, a spokesman said.", "Two soldiers were killed"),
])
def test_dates_news_reported_fact_keeps_the_act_day(dated, said, evidence):
    ref = dated(DENIAL + said, evidence)
    assert (ref.value, ref.how, ref.span.text) == ("2024-11-18TMO", "context", "dawn on Monday")


def test_dates_news_an_act_told_directly_still_takes_the_saying_day(dated):
    # not someone's word: the ministry's own act after its denial
    ref = dated(DENIAL + "The ministry summoned the envoy.", "summoned")
    assert (ref.value, ref.how) == ("2024-11-20", "context")


def test_dates_news_reported_fact_without_an_act_day_keeps_the_saying_day(dated):
    text = ("The ministry on Tuesday denied that its troops had crossed the border.\n"
            "A spokesman said two soldiers were killed.")
    ref = dated(text, "two soldiers were killed")
    assert (ref.value, ref.how) == ("2024-11-19", "context")


@pytest.mark.parametrize("text,evidence,value,precision", [
    ("Gunmen freed six aid workers on Sunday, five months after they were kidnapped from a "
     "convoy, the agency said.", "kidnapped", "2024-06", "month"),
    ("The pact was signed on May 3, 2024. Three months later, it collapsed.", "collapsed",
     "2024-08", "month"),
    ("The pact was signed on May 3, 2024. Three weeks later, it collapsed.", "collapsed",
     "2024-05-24", "day"),
    ("The court ruled on Sunday, three days after the suit was filed.", "filed", "2024-11-14",
     "day"),
])
def test_dates_news_offset_in_months_has_month_precision(dated, text, evidence, value,
                                                         precision):
    ref = dated(text, evidence)
    assert (ref.value, ref.precision, ref.how) == (value, precision, "relative")


@pytest.mark.parametrize("text,evidence,value", [
    ("Officials said a rocket had hit a school late on Monday.", "hit", "2024-11-18TNI"),
    ("A rocket hit a school early Monday, officials said.", "hit", "2024-11-18TMO"),
])
def test_dates_news_late_or_early_on_a_day_keeps_the_part_of_day(dated, text, evidence, value):
    ref = dated(text, evidence)
    assert (ref.value, ref.precision, ref.span.text) == (value, "part", text[
        text.index("late" if "late" in text else "early"):text.index("Monday") + 6])


@pytest.mark.parametrize("text,evidence,value", [
    ("The two sides had agreed to a truce at talks hosted by Qatar on Sunday.", "had agreed",
     "2024-11-17"),
    ("The two sides agreed to a truce at talks held in Doha on Sunday, officials said.",
     "agreed", "2024-11-17"),
])
def test_dates_news_act_at_a_dated_meeting_takes_its_day(dated, text, evidence, value):
    ref = dated(text, evidence)
    assert (ref.value, ref.how, ref.span.text) == (value, "relative", "Sunday")


def test_dates_news_a_participle_on_another_noun_still_dates_nothing(dated):
    ref = dated("The envoy, who arrived on Sunday, met the rebels.", "met")
    assert ref.how == "publication"


@pytest.mark.parametrize("text,evidence,value,precision", [
    ("Rebels shelled the town at 5 a.m. on Monday. They had warned residents to leave.",
     "had warned", "2024-11-18", "day"),
    ("The truce took effect at midnight on Sunday. Both sides had agreed to it.",
     "had agreed", "2024-11-17", "day"),
    ("Rebels shelled the town at 5 a.m. on Monday. They warned residents to leave.",
     "warned", "2024-11-18T05:00", "time"),
])
def test_dates_news_pluperfect_act_is_not_at_the_later_acts_hour(dated, text, evidence, value,
                                                                 precision):
    ref = dated(text, evidence)
    assert (ref.value, ref.precision, ref.how) == (value, precision, "context")


def test_dates_news_pluperfect_in_someones_word_is_only_backshift(dated):
    # "said guards had shelled": the reported simple past, the act last dated, at its hour
    text = ("Rebels shelled the town at 5 a.m. on Monday.\n"
            "The army said guards had shelled a rebel post in reply.")
    ref = dated(text, "guards had shelled")
    assert (ref.value, ref.how) == ("2024-11-18T05:00", "context")
