"""A date on the verb of saying is the day of the saying, not of the act it tells: "Three
soldiers were killed in the clash, the army said on Monday" does not date the killing Monday.
The act takes a date told before its sentence, else publication; linking still reads it as on
or in the few days before the saying. Sentences are our own; publication is Wednesday
2024-11-20."""
from __future__ import annotations

from datetime import date

import pytest

from wirecoder.link.records import reports_of


@pytest.mark.parametrize("text", [
    "Three soldiers were killed in the clash, the army said in a statement on Monday.",
    "Two policemen were wounded near the bridge, the ministry said on Monday.",
    "A spokesman said on Monday that two soldiers were killed in the clash.",
])
def test_dates_saying_day_does_not_date_the_act_told(dated, text):
    act = "killed" if "killed" in text else "wounded"
    ref = dated(text, act, act)
    assert (ref.value, ref.how) == ("2024-11-20", "publication")


@pytest.mark.parametrize("text,value,span", [
    # the act's own date still wins
    ("Three soldiers were killed late on Sunday, the army said on Monday.", "2024-11-17TNI",
     "late on Sunday"),
    # a date told before the sentence dates the act as context
    ("Fighting broke out near the border on Sunday. Three soldiers were killed in the clash, "
     "the army said on Monday.", "2024-11-17", "Sunday"),
])
def test_dates_saying_day_act_keeps_its_own_or_context_date(dated, text, value, span):
    ref = dated(text, "killed", "killed")
    assert (ref.value, ref.span.text) == (value, span)


def test_dates_saying_day_claim_keeps_the_saying_day(analyze_text):
    a = analyze_text("Three soldiers were killed in the clash, the army said on Monday.")
    (claim,) = a.claims
    assert (claim.date.value, claim.date.span and claim.date.span.text) == ("2024-11-18",
                                                                          "Monday")


def test_dates_saying_day_bounds_the_act_for_linking(analyze_text):
    a = analyze_text("Three soldiers were killed in the clash, the army said on Monday.")
    (report,) = [r for r in reports_of(a) if r.type == "ASSAULT"]
    assert report.how == "publication"
    assert (report.when.start, report.when.end) == (date(2024, 11, 16), date(2024, 11, 18))


def test_dates_saying_day_dates_an_act_going_on_as_it_was_told(dated):
    ref = dated("The envoy said on Monday that the two sides were holding talks in Geneva.",
                "holding", "holding")
    assert (ref.value, ref.span.text) == ("2024-11-18", "Monday")


def test_dates_saying_day_past_perfect_is_before_the_saying(dated):
    # the past perfect takes the saying's day as the time the act was before
    ref = dated("The army said on Monday that rebels had attacked its positions near the dam.",
                "attacked", "attacked")
    assert (ref.value, ref.span.text) == ("2024-11-18", "Monday")


def test_dates_saying_day_date_inside_the_content_words_is_the_acts(dated):
    # the parser may hang "on Monday" on the trailing "said"; it stands in the content's words
    ref = dated("A convoy of forty trucks reached Dilla, the capital of the southern province, "
                "on Monday, the first aid to arrive in the town since June, the agency said.",
                "reached", "reached")
    assert (ref.value, ref.span.text) == ("2024-11-18", "Monday")
