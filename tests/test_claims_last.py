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
