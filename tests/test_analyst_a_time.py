"""Time rules found by reading the analyst-A stories, on sentences written for these tests."""

from __future__ import annotations

from tests.conftest import assert_spans


def times(a) -> dict[str, str]:
    return {t.span.text: t.value for t in a.timexes}


def test_time_zone_in_brackets_closes_only_its_own_bracket(analyze_text):
    a = analyze_text("The shell hit the depot shortly after 6 a.m. (0400 GMT), the mayor said. "
                     "Sirens sounded again at 9 p.m. (GMT).")
    assert_spans(a)
    found = times(a)
    assert found.get("0400 GMT") == "2024-11-20T04:00Z", found
    assert "0400 GMT)" not in found
    assert "9 p.m. (GMT)" in found, found
