"""Dates the stories analyst found misread: a bare midnight and a background year."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from tests.conftest import assert_spans, event_by_trigger

# A Saturday morning.
SATURDAY = datetime(2025, 3, 8, 11, 40, tzinfo=timezone(timedelta(hours=2)))


def test_time_bare_midnight_belongs_to_the_night_told(analyze_text):
    found = analyze_text(
        "The death toll from Thursday night's missile attack on the city has risen to four, "
        "the governor said on Saturday.\n\nOfficials said a missile had hit the roof of a "
        "school shortly before midnight.", SATURDAY)
    assert_spans(found)
    midnight = next(t for t in found.timexes if t.span.text == "midnight")
    assert midnight.value == "2025-03-06T24:00"


def test_time_past_midnight_on_the_day_of_saying_is_last_night(analyze_text):
    found = analyze_text("The governor said on Saturday that a missile had hit a school "
                         "shortly before midnight.", SATURDAY)
    midnight = next(t for t in found.timexes if t.span.text == "midnight")
    assert midnight.value == "2025-03-07T24:00"


def test_time_participle_background_year_is_not_carried_over(analyze_text):
    found = analyze_text(
        "Thousands of farmers drove tractors into the capital on Saturday, demanding that "
        "ministers answer for a fuel tax rise imposed last year.\nPolice arrested eight "
        "people after clashes outside parliament late in the evening, the police chief said.",
        datetime(2025, 2, 2, 8, 0, tzinfo=timezone(timedelta(hours=1))))
    assert_spans(found)
    assert event_by_trigger(found, "arrested").date.value == "2025-02-01"
