"""A hosted meeting, coded as PLOVER does: the host (or mediator) is the CONSULT's actor and
the sides it brought together are its recipients ('Ghana hosted talks between Mali and
Niger'). The linker keeps the host out of the sides (link.records.meeting_roles)."""

from __future__ import annotations

import pytest

from wirecoder.link.records import reports_of


def _hosting(result):
    return next(e for e in result.events if e.trigger.text == "hosted")


@pytest.mark.parametrize(("text", "host", "sides"), [
    ("Ghana hosted talks between Mali and Niger on Monday.", ["GHA"], ["MLI", "NER"]),
    ("Kenya hosted negotiations between Ethiopia and Eritrea in Nairobi.", ["KEN"],
     ["ETH", "ERI"]),
])
def test_events_hosted_meeting_sides_are_its_recipients(analyze_text, text, host, sides):
    ev = _hosting(analyze_text(text))
    assert ev.type == "CONSULT"
    assert ev.actor == host
    assert ev.recipient == sides


@pytest.mark.parametrize(("text", "sides"), [
    ("Ghana hosted talks with Mali on Monday.", ["MLI"]),  # 'with' still names the side
    ("Ghana hosted Mali's president for talks on Monday.", ["MLI.GOV.head-of-state"]),
])
def test_events_hosted_guest_stays_the_recipient(analyze_text, text, sides):
    ev = _hosting(analyze_text(text))
    assert ev.actor == ["GHA"] and ev.recipient == sides


def test_link_hosted_meeting_report_keeps_the_host_out_of_the_sides(analyze_text):
    result = analyze_text("Ghana hosted talks between Mali and Niger on Monday.")
    ev = _hosting(result)
    rep = next(r for r in reports_of(result) if r.event_id == ev.id)
    assert rep.hosts == ("GHA",)
    assert set(rep.actors + rep.recipients) == {"MLI", "NER"}
