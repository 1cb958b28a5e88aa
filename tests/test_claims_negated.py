"""Withheld verdicts inside another's report, and cues that say nothing was said."""

import pytest
from tests.conftest import assert_spans


@pytest.mark.parametrize("text,source,hedge", [
    ("The ministry declined to deny that its troops had shelled the village, a spokesman said.",
     "The ministry", "declined to deny"),
    ("A spokesman said the army refused to confirm that its soldiers had shelled the village.",
     "the army", "refused to confirm"),
])
def test_claims_negated_withheld_verdict_inside_report(analyze_text, text, source, hedge):
    a = analyze_text(text)
    assert_spans(a)
    outer = next(c for c in a.claims if c.via is None)
    [inner] = [c for c in a.claims if c.via == outer.id]
    assert inner.source.span.text == source
    assert [h.text for h in inner.hedges] == [hedge]
    assert inner.polarity == "positive"
    # the shelling is told in the withheld verdict: neither asserted nor denied
    shelled = [e for e in a.events if e.trigger.text == "shelled"]
    assert shelled and {e.status for e in shelled} == {"possible"}
    assert "denied" not in {e.status for e in a.events}


@pytest.mark.parametrize("text", [
    "The army did not say that its troops had shelled the village.",
    "Peter Lang never claimed that the army had shelled the village.",
    "The army did not say or suggest that its troops had shelled the village.",
    "Nobody claimed that the army had shelled the village.",
    "No official said that the army had shelled the village.",
    "No one in the ministry said that the army had shelled the village.",
    "The ministry has yet to say that the army shelled the village.",
    "Peter Lang stopped short of saying that the army had shelled the village.",
    "Peter Lang left the room without saying that the army had shelled the village.",
    "There was no statement from the ministry that the army had shelled the village.",
])
def test_claims_negated_cue_makes_no_claim(analyze_text, text):
    a = analyze_text(text)
    assert_spans(a)
    assert a.claims == []


@pytest.mark.parametrize("text,source,content", [
    ("Peter Lang said no troops had crossed the border.", "Peter Lang",
     "no troops had crossed the border"),
    ("The army did not deny it but said that its troops had left the village.", "The army",
     "that its troops had left the village"),
])
def test_claims_negated_only_the_cue_counts(analyze_text, text, source, content):
    a = analyze_text(text)
    assert_spans(a)
    [claim] = a.claims
    assert (claim.source.span.text, claim.content.text) == (source, content)
    assert claim.polarity == "positive"
