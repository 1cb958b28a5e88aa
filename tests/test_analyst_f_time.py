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
