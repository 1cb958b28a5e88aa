"""Attribution (round 10): general news English the claims stage misread; every sentence
here is written for the test."""

from __future__ import annotations

import pytest
from tests.conftest import assert_spans


@pytest.mark.parametrize("text", [
    "A peace deal agreed in Doha took effect on Sunday.",
    "The accord agreed in Vienna collapsed within a week.",
])
def test_claims_round10_reduced_relative_is_no_cue(analyze_text, text):
    # a past participle modifying its noun ('a truce agreed in X') says nothing, even when the
    # parser makes it the finite verb and the real predicate its clause
    a = analyze_text(text)
    assert_spans(a)
    assert not a.claims, [(c.source.text, c.content.text) for c in a.claims]


def test_claims_round10_finite_cue_with_its_clause_stays(analyze_text):
    # the same verb as the sentence's own verb, with a clause that has its subject, is a cue
    a = analyze_text("The rebels agreed in Tallinn the truce would take effect on Friday.")
    assert_spans(a)
    assert [(c.source.span.text, c.cue.text, c.content.text) for c in a.claims] == [
        ("The rebels", "agreed", "the truce would take effect on Friday")]


def test_claims_round10_name_after_opening_phrase(analyze_text):
    # no comma after the opening phrase: the parser takes the speaker for its last object
    a = analyze_text("In a March meeting with the editors of the Hartford Ledger Mary Lang said "
                     "that the tax may need to be cut in the coming years.")
    assert_spans(a)
    assert [(c.source.span.text, c.cue.text, c.content.text) for c in a.claims] == [
        ("Mary Lang", "said", "that the tax may need to be cut in the coming years")]


@pytest.mark.parametrize("text,content", [
    ("Okafor is accused of hiding the report from the council.",
     "hiding the report from the council"),
    ("Grain traders have been criticized for not paying their workers on time.",
     "not paying their workers on time"),
])
def test_claims_round10_agentless_passive_is_unnamed(analyze_text, text, content):
    # a passive cue with no 'by' phrase is held by unnamed others: a claim with no source span
    a = analyze_text(text)
    assert_spans(a)
    hits = [c for c in a.claims if c.content.text == content]
    assert hits, [(c.source.text, c.content.text) for c in a.claims]
    assert hits[0].source.span is None and hits[0].source.kind == "anonymous"


def test_claims_round10_passive_with_agent_keeps_it(analyze_text):
    a = analyze_text("The mayor was criticized by the council for closing the library.")
    assert_spans(a)
    assert [(c.source.span.text, c.content.text) for c in a.claims] == [
        ("the council", "closing the library")]


def test_claims_round10_adjective_with_infinitive_keeps_subject(analyze_text):
    # "X was quick to point out": the cue's subject is the adjective's
    a = analyze_text("Okafor was quick to point out that the budget had grown.")
    assert_spans(a)
    assert [(c.source.span.text, c.content.text) for c in a.claims] == [
        ("Okafor", "that the budget had grown")]
