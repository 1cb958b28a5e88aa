"""Dates analyst F found misread on an explainer: a month "of that year" takes the year told
before, not the publication year."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from tests.conftest import assert_spans

PUBLISHED = datetime(2026, 4, 16, 9, 0, tzinfo=UTC)


def _timex(found, text: str):
    return next(t for t in found.timexes if t.span.text.startswith(text))


@pytest.mark.parametrize("text, month, value", [
    ("Relations froze in 1998. In June of that year, the two armies clashed near the river.",
     "June of that year", "1998-06"),
    ("The treaty was signed in 2011. In October of the same year, both sides broke it.",
     "October of the same year", "2011-10"),
    ("The dam opened in 2003. By March of the following year, the lake had silted up.",
     "March of the following year", "2004-03"),
])
def test_time_month_of_that_year_takes_the_year_told_before(analyze_text, text, month, value):
    found = analyze_text(text, PUBLISHED)
    assert_spans(found)
    t = _timex(found, month)
    assert t.span.text == month
    assert t.value == value


def test_time_month_of_this_year_stays_on_publication(analyze_text):
    found = analyze_text("Relations froze in 1998. In March of this year, the armies clashed.",
                         PUBLISHED)
    assert _timex(found, "March").value == "2026-03"


WEDNESDAY = datetime(2026, 5, 20, 9, 0, tzinfo=UTC)


def _event(found, trigger: str):
    return next(e for e in found.events if e.trigger.text == trigger)


@pytest.mark.parametrize("text, trigger", [
    ("Six miners freed by the rebels last week arrived in the capital on Monday, officials "
     "said.", "freed"),
    ("Nine sailors freed by pirates in the gulf flew home on Monday and met the president.",
     "freed"),
    ("Two soldiers wounded in the ambush were flown to the capital on Monday.", "wounded"),
])
def test_time_participle_on_the_subject_does_not_take_the_main_verb_date(
        analyze_text, text, trigger):
    found = analyze_text(text, WEDNESDAY)
    assert_spans(found)
    assert _event(found, trigger).date.value != "2026-05-18"


@pytest.mark.parametrize("text, trigger, value", [
    ("Six miners freed by the rebels on Sunday arrived in the capital on Monday.", "freed",
     "2026-05-17"),
    # the parser hangs "last month" on the main verb; it is still told inside the participle
    ("Three Kenyans abducted by gunmen last month were freed on Monday.", "abducted",
     "2026-04"),
])
def test_time_participle_with_its_own_date_keeps_it(analyze_text, text, trigger, value):
    found = analyze_text(text, WEDNESDAY)
    assert _event(found, trigger).date.value == value


@pytest.mark.parametrize("text, trigger, value", [
    ("The blast on Tuesday was the deadliest since March 2019, when a bomb killed 40 people "
     "at a market.", "killed", "2019-03"),
    ("Friday's clash was the worst since the summer of 2021, when fighting killed 50 people.",
     "killed", "2021-SU"),
])
def test_time_when_clause_after_a_date_takes_that_date(analyze_text, text, trigger, value):
    found = analyze_text(text, WEDNESDAY)
    assert_spans(found)
    assert _event(found, trigger).date.value == value


def test_time_when_clause_without_a_date_before_it_is_untouched(analyze_text):
    found = analyze_text("Villagers fled on Monday when shells hit the market, the mayor said.",
                         WEDNESDAY)
    assert _event(found, "hit").date.value == "2026-05-18"
