"""Claims, round 9 second batch: a reply by an act is no speech, and general attribution
forms of news English. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from tests.conftest import assert_spans


def _with(analysis, content: str):
    hits = [c for c in analysis.claims if content in c.content.text]
    assert hits, [(c.source.text, c.content.text) for c in analysis.claims]
    return hits[0]


@pytest.mark.parametrize("text,trigger", [
    ("Norland responded by closing its airspace to planes from Vestia.", "closing"),
    ("The cabinet reacted by expelling two diplomats from the embassy.", "expelling"),
    ("Vestia answered by recalling its ambassador from Norland.", "recalling"),
])
def test_claims_round9b_reply_by_act_is_no_speech(analyze_text, text, trigger):
    a = analyze_text(text)
    assert_spans(a)
    assert not [c for c in a.claims if trigger in c.content.text], \
        [(c.cue and c.cue.text, c.content.text) for c in a.claims]
    assert [e.status for e in a.events if e.trigger.text == trigger] in ([], ["occurred"])


def test_claims_round9b_reply_in_words_stays_speech(analyze_text):
    a = analyze_text("The minister responded that the border would stay open.")
    c = _with(a, "the border would stay open")
    assert (c.source.span.text, c.cue.text) == ("The minister", "responded")
    a = analyze_text("“We will not give in,” the minister responded on Friday.")
    c = _with(a, "We will not give in")
    assert (c.source.span.text, c.cue.text) == ("the minister", "responded")


def test_claims_round9b_reply_by_argument_stays_speech(analyze_text):
    # the means argues a proposition: what it argues is said
    a = analyze_text("The senator responded by citing the case of Ohio to show that the law "
                     "works.")
    assert [c for c in a.claims if "the law works" in c.content.text]
