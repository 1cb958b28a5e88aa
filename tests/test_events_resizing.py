"""A force resized ("increased its troop presence to 10,000") is told by the verb's clause, and a
distance in nautical miles is no quantity of the event near it."""


def _event(res, root):
    return next(e for e in res.events if e.type == root)


def test_events_resizing_evidence_takes_the_new_figure(analyze_text):
    text = ("Ruritania has increased its troop presence in the border zone to around 4,000, "
            "officials said.")
    res = analyze_text(text)
    ev = _event(res, "MOBILIZE")
    assert text[ev.evidence.start:ev.evidence.end].startswith("Ruritania has increased")
    figures = {q.id: q for q in res.quantities}
    assert any(figures[i].value == 4000 for i in ev.quantities)


def test_events_nautical_miles_are_no_event_quantity(analyze_text):
    text = ("Two Ruritanian frigates sailed to within 12 nautical miles of the disputed islands "
            "on Monday.")
    res = analyze_text(text)
    assert any(q.counted and q.counted.endswith("nautical miles") for q in res.quantities)
    ev = _event(res, "MOBILIZE")
    counted = {q.id: q.counted for q in res.quantities}
    assert [counted[i] for i in ev.quantities] == ["frigates"]
