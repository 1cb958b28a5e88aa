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


def test_actors_backer_of_a_government_is_not_its_country(analyze_text):
    text = ("SANAA - The Houthi movement said on Tuesday that talks with the Saudi-backed "
            "government had produced an agreement to free 300 prisoners.")
    found = analyze_text(text)
    assert_spans(found)
    assert "SAU" not in {a.id for a in found.actors}
    gov = next(a for a in found.actors if any(m.text == "government" for m in a.mentions))
    assert gov.id == "YEM.GOV"


def test_actors_led_coalition_is_still_the_leaders(analyze_text):
    found = analyze_text("A Saudi-led coalition intervened in the war the following year.")
    assert "SAU" in {a.id for a in found.actors}
