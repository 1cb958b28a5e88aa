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


def test_claims_intent_verb_after_a_thing_clause_is_the_speakers(analyze_text):
    # not two verbs of saying (main's rule): "planned" after "said" with a clause whose
    # subject is a thing
    a = analyze_text("The agency said the road had reopened on Monday and planned to send "
                     "more trucks by the end of the week.")
    said, planned = a.claims
    assert said.content.text == "the road had reopened on Monday"
    assert planned.cue.text == "planned" and planned.source.text == "The agency"
