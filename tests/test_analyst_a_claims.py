"""Claim rules found by reading the analyst-A stories, on sentences written for these tests."""

from __future__ import annotations

from tests.conftest import assert_spans


def test_claims_saying_verb_after_a_thing_clause_is_the_speakers(analyze_text):
    a = analyze_text("A U.S. official said the rocket appeared to be a new model able to fly "
                     "above Mach 6, but cautioned that the assessment was preliminary.")
    assert_spans(a)
    said, cautioned = a.claims
    assert said.content.text == "the rocket appeared to be a new model able to fly above Mach 6"
    assert cautioned.cue.text == "cautioned"
    assert cautioned.source.text == "A U.S. official" and cautioned.source.actor == "USA.GOV"


def test_claims_saying_verb_after_a_persons_clause_keeps_its_reading(analyze_text):
    # the subject of the reported clause can speak: the conjunct is not moved up
    a = analyze_text("The ambassador said the minister had resigned and added that a "
                     "successor would be named.")
    added = next(c for c in a.claims if c.cue.text == "added")
    assert added.source.text == "the minister"
