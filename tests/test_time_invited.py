"""A weekday on the gathering someone is invited or called to is ahead of the asking
("invited union leaders to a meeting on Friday" is the coming Friday), while the asking's own
weekday stays behind. Sentences are our own; publication is Wednesday 2024-11-20."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,value", [
    ("The labour minister invited union leaders to a meeting on Friday.", "2024-11-22"),
    ("The mediator called both parties to talks on Monday.", "2024-11-25"),
    ("The labour minister invited union leaders on Friday to a meeting.", "2024-11-15"),
    ("The labour minister met union leaders at a meeting on Friday.", "2024-11-15"),
])
def test_time_invited_gathering_is_ahead(analyze_text, text, value):
    r = analyze_text(text)
    days = [t.value for t in r.timexes if t.type == "DATE"]
    assert days == [value], days
