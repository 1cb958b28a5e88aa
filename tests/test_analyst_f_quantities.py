"""Quantities analyst F found misread on a border-clash story: a nationality between a number
and its fate ('seven Kyrgyz dead') was taken for what is counted."""

from __future__ import annotations

import pytest
from tests.conftest import assert_spans


@pytest.mark.parametrize("text, number, counted", [
    ("The toll from the clash has risen to seven Bolivian dead, the hospital said.", "seven",
     "killed"),
    ("The raid left 12 Afghan dead and 30 wounded, officials said.", "12", "killed"),
    ("Officials counted nine Chilean wounded after the blast.", "nine", "wounded"),
])
def test_quantities_nationality_before_the_fate_word_counts_the_fate(analyze_text, text,
                                                                     number, counted):
    found = analyze_text(text)
    assert_spans(found)
    q = next(q for q in found.quantities if q.span.text == number)
    assert q.counted == counted


def test_quantities_nationality_before_a_noun_still_counts_the_noun(analyze_text):
    found = analyze_text("Seven Bolivian dead soldiers were flown home on Friday.")
    q = next(q for q in found.quantities if q.span.text == "Seven")
    assert q.counted != "bolivian"
