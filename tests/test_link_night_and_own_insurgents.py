"""One cross-border strike told by both sides: the country it hit tells a drone strike on its
soil overnight, the striking side an operation on its own insurgents; and 'shortly after
midnight', 'at midnight' and 'overnight' name one night. Texts are our own."""
from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from wirecoder.link.dates import parse_interval
from wirecoder.link.merge import _Summary
from wirecoder.link.records import reports_of

DAY = datetime(2024, 11, 18, 9, 0, tzinfo=UTC)  # a Monday

TEXT = ("A drone struck a house in Afghanistan's Paktika province overnight, killing nine "
        "civilians, Afghan officials said on Monday, accusing Pakistan of the attack. Residents "
        "said the strike hit a compound near the village of Surkai shortly after midnight. "
        "Pakistani security officials said the army had targeted a commander of the Pakistani "
        "Taliban in the strike.")


@pytest.mark.parametrize(("value", "first", "last"), [
    ("2024-11-17TNI", 17, 18),
    ("2024-11-17T24:00", 17, 18),  # midnight ends the 17th: the 18th's first instant
    ("2024-11-18T00:00", 17, 18),
    ("2024-11-18T03:30", 17, 18),
    ("2024-11-18T05:00", 18, 18),
    ("2024-11-18", 18, 18),
])
def test_link_night_interval_of_small_hours(value, first, last):
    found = parse_interval(value)
    assert found is not None
    assert (found.start, found.end) == (date(2024, 11, first), date(2024, 11, last))


def test_link_strike_on_own_insurgents_is_no_side_against_the_host(analyze_text):
    # the army's own insurgents (a Pakistani group hit in Afghanistan) are no Pakistani side
    # that sets the army's account apart from the host's 'drone struck a house'
    a = analyze_text(TEXT, published=DAY)
    strikes = [r for r in reports_of(a) if r.type == "ASSAULT"]
    drone = next(r for r in strikes if "drone struck" in r.evidence)
    insurgents = next(r for r in strikes if "Pakistani Taliban" in r.evidence)
    assert insurgents.recipients and insurgents.actor_countries == {"PAK"}, insurgents
    assert insurgents.recipient_countries == frozenset()
    assert _Summary.of(drone).fits(_Summary.of(insurgents))
