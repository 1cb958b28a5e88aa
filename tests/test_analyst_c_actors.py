"""Actors the stories analyst found misread: a wire dateline run into the opening words."""

from __future__ import annotations

from tests.conftest import assert_spans


def test_actors_dateline_not_part_of_an_organisation(analyze_text):
    text = ("ADEN - Government forces clashed with rebels near the port on Tuesday, "
            "officials said.")
    found = analyze_text(text)
    assert_spans(found)
    assert not [a.id for a in found.actors if any(m.start == 0 for m in a.mentions)]
    assert all("aden" not in a.id.lower() for a in found.actors)
