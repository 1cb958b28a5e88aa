"""'the North', 'the South' alone name a side of a divided country or a part of one, never
the town that shares the word. Sentences are our own."""
from __future__ import annotations


def test_places_compass_word_after_the_is_no_town(analyze_text):
    a = analyze_text("North Korea tested a new law on Sunday. Separately, South Korea's "
                     "military said the North had fired two missiles into the sea on Monday "
                     "morning, diplomats at the United Nations in New York said.")
    assert not any(p.name == "North" for p in a.places), [(p.id, p.name) for p in a.places]
    assert any(p.country == "KP" for p in a.places)
