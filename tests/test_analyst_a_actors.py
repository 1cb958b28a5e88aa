"""Actor rules found by reading the analyst-A stories (tests/data/articles/2026-*), each on
sentences written for these tests."""

from __future__ import annotations

from tests.conftest import assert_spans


def ids(a) -> set[str]:
    return {x.id for x in a.actors}


def test_actors_zone_after_a_clock_time_is_no_organisation(analyze_text):
    a = analyze_text("The shell hit the depot shortly after 6 a.m. (0400 GMT), the mayor said. "
                     "A second one landed at 1530 GMT.")
    assert_spans(a)
    assert not any(x.id.startswith("o:gmt") for x in a.actors), ids(a)
