"""Last claim fixes: a withheld verdict asserts nothing; facilities that report are no persons."""

import pytest
from tests.conftest import assert_spans


@pytest.mark.parametrize("text,hedge", [
    ("The ministry declined to deny that troops were deployed near the border.",
     "declined to deny"),
    ("The army refused to deny that its soldiers had shelled the village.",
     "refused to deny"),
])
def test_claims_last_withheld_denial_leaves_event_possible(analyze_text, text, hedge):
    a = analyze_text(text)
    assert_spans(a)
    [claim] = a.claims
    assert [h.text for h in claim.hedges] == [hedge]
    told = [e for e in a.events if e.claim == claim.id]
    # neither the act nor the denial that was withheld is asserted
    assert told and {e.status for e in told} == {"possible"}


def test_claims_last_plain_denial_still_denies(analyze_text):
    a = analyze_text("The army denied that its soldiers had shelled the village.")
    assert_spans(a)
    [claim] = a.claims
    assert not claim.hedges
    assert {e.status for e in a.events if e.claim == claim.id} == {"denied"}


@pytest.mark.parametrize("text,source", [
    ("Flights were cancelled across the country on Monday. Heathrow and Gatwick reported "
     "long delays, officials said.", "Heathrow and Gatwick"),
    ("Schiphol said on Tuesday that all flights would leave late.", "Schiphol"),
    ("Narita and Haneda warned of long queues at check-in.", "Narita and Haneda"),
])
def test_claims_last_airport_source_is_no_person(analyze_text, text, source):
    a = analyze_text(text)
    assert_spans(a)
    assert not [x for x in a.actors if x.kind == "person"]
    claim = next(c for c in a.claims if c.source.text == source)
    assert claim.source.kind == "institution"
    assert claim.source.actor is None


def test_claims_last_person_named_like_an_airport_stays_a_person(analyze_text):
    # a surname seen with its first name wins over the airport list
    a = analyze_text("Anna Heathrow, the union leader, said the strike would go on. "
                     "Heathrow said talks had failed.")
    assert_spans(a)
    [person] = [x for x in a.actors if x.kind == "person"]
    assert person.name == "Anna Heathrow"
    assert {c.source.actor for c in a.claims} == {person.id}
    assert {c.source.kind for c in a.claims} == {"named"}
