"""Dates analyst E found misread on a broken-truce story: a clock time told after midnight."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from tests.conftest import assert_spans, event_by_trigger

# A Friday afternoon.
FRIDAY = datetime(2025, 6, 13, 15, 0, tzinfo=timezone(timedelta(hours=3)))


def _timex(found, text: str):
    return next(t for t in found.timexes if t.span.text == text)


def test_time_clock_after_midnight_is_on_the_next_day(analyze_text):
    found = analyze_text(
        "Gunfire was heard across the valley early on Friday, hours after a truce signed in "
        "the capital came into force at midnight, villagers said.\nThe army said mortar "
        "rounds had hit an outpost at about 4 a.m., and that its units had fired back.",
        FRIDAY)
    assert_spans(found)
    assert _timex(found, "midnight").value == "2025-06-12T24:00"
    assert _timex(found, "4 a.m.").value == "2025-06-13T04:00"


def test_time_clock_after_midnight_next_sentence_keeps_following_day(analyze_text):
    found = analyze_text(
        "The curfew began at midnight on Wednesday. Police said shots were fired at a "
        "checkpoint at 3:30 a.m.", FRIDAY)
    assert_spans(found)
    assert _timex(found, "3:30 a.m.").value == "2025-06-12T03:30"


def test_time_date_of_a_truce_agreed_is_not_the_accusations(analyze_text):
    # The parser takes the reduced relative "the truce agreed in Doha on Sunday" for a third
    # conjoined verb; Sunday dates the truce, not the summons or the accusation.
    found = analyze_text(
        "The Foreign Ministry summoned the ambassador and accused Kigali of a breach of the "
        "truce agreed in Doha on Sunday.", FRIDAY)
    assert_spans(found)
    accused = event_by_trigger(found, "accused")
    assert accused.date.value == "2025-06-13"


def test_time_real_third_conjunct_keeps_its_date(analyze_text):
    found = analyze_text(
        "The ministry summoned the ambassador, accused Kigali of a breach and recalled its "
        "envoy on Sunday.", FRIDAY)
    assert event_by_trigger(found, "recalled").date.value == "2025-06-08"
