"""General constructions found by diagnosing the PLV development rows the earlier rounds did not
write rules on (session 6, events). Sentences written for these tests."""

from __future__ import annotations

import pytest


def _names(analysis, ids: list[str]) -> list[str]:
    by_id = {a.id: a.name for a in analysis.actors}
    return [by_id[i] for i in ids]


@pytest.mark.parametrize("text, actor, judged", [
    ("Senator Jane Okafor was highly critical of the Kenyan government.", "Jane Okafor",
     "Kenya"),
    ("Amnesty International issued a statement sharply critical of Nigeria.",
     "Amnesty International", "Nigeria"),
    ("Critical of the Russian government, Poland published a letter.", "Poland", "Russia"),
])
def test_event_generalise_critical_of_is_accuse(analyze_text, text, actor, judged):
    """Being critical of X is disapproval of X (ACCUSE), by the one who is critical."""
    analysis = analyze_text(text)
    event = next(e for e in analysis.events if e.trigger.text.lower() == "critical")
    assert (event.type, event.mode) == ("ACCUSE", "disapprove")
    assert any(actor in n for n in _names(analysis, event.actor)), _names(analysis, event.actor)
    assert any(judged in n for n in _names(analysis, event.recipient)), \
        _names(analysis, event.recipient)
