"""A deal that talks produced ('talks with X produced an agreement') is the talks' parties'."""

import pytest


def _event(result, trigger: str):
    return next(e for e in result.events if e.trigger.text == trigger)


@pytest.mark.parametrize("text, deal", [
    ("Niger's rebels said talks with the government of Mali in Algiers had produced an "
     "agreement to release 50 prisoners.", "agreement"),
    ("Negotiations between Mali and Niger led to a deal to free 20 hostages.", "deal"),
])
def test_events_agreement_produced_by_talks_takes_their_parties(analyze_text, text, deal):
    result = analyze_text(text)
    talks = next(e for e in result.events if e.type == "CONSULT")
    agreed = _event(result, deal)
    assert agreed.type == "AGREE"
    assert talks.actor and agreed.actor == talks.actor
    assert agreed.recipient == talks.recipient


def test_events_agreement_not_produced_by_talks_borrows_nothing(analyze_text):
    result = analyze_text("Negotiations between Mali and Niger ended on Monday. Observers "
                          "hoped for an agreement on the border.")
    agreed = [e for e in result.events if e.trigger.text == "agreement"]
    assert all(e.actor != ["MLI"] or e.recipient != ["NER"] for e in agreed)
