"""Attribution recall (round 8): forms PolNeAR's dev misses showed that are general news
English; every sentence here is written for the test."""

from __future__ import annotations

from tests.conftest import assert_spans


def _with(analysis, content: str):
    hits = [c for c in analysis.claims if content in c.content.text]
    assert hits, [(c.source.text, c.content.text) for c in analysis.claims]
    return hits[0]


def test_claims_recall8_quoted_transcript_turns(analyze_text):
    # a transcript quoted turn by turn opens each paragraph with a quotation mark
    a = analyze_text("The host spoke to the mayor on Sunday.\n\n"
                     "\"HOST: Will you run again next year? Many voters want to know.\n\n"
                     "\"OKAFOR: Well, look, I have not decided. The party will choose.\n")
    assert_spans(a)
    c = _with(a, "Will you run again")
    assert (c.source.span.text, c.cue.text, c.content.text) == (
        "HOST", ":", "Will you run again next year? Many voters want to know")
    c = _with(a, "I have not decided")
    assert (c.source.span.text, c.content.text) == (
        "OKAFOR", "Well, look, I have not decided. The party will choose")


def test_claims_recall8_unnamed_cue_noun_clause(analyze_text):
    a = analyze_text("Markets fell amid concerns that the bank would raise rates again.")
    assert_spans(a)
    c = _with(a, "the bank would raise")
    assert (c.source.span, c.source.kind, c.cue.text, c.content.text, c.kind) == (
        None, "anonymous", "concerns", "that the bank would raise rates again", "stance")
    a = analyze_text("For years, the mayor has been dogged by charges that he misused city funds.")
    c = _with(a, "he misused")
    assert (c.source.span, c.cue.text, c.content.text, c.kind) == (
        None, "charges", "that he misused city funds", "statement")


def test_claims_recall8_unnamed_cue_noun_not_a_verdict(analyze_text):
    # the writer's verdict on a claim, and a demonstrative's particular statement, are not
    # claims of unnamed others
    assert analyze_text("The claim that the bridge is unsafe is false.").claims == []
    a = analyze_text("This statement that the bridge is unsafe surprised the council.")
    assert not any("unsafe" in c.content.text for c in a.claims)


def test_claims_recall8_document_finding_object(analyze_text):
    a = analyze_text("A new study by two economists found 31 cases of fraud in the port.")
    assert_spans(a)
    c = _with(a, "31 cases")
    assert (c.source.span.text, c.cue.text, c.content.text) == (
        "A new study by two economists", "found", "31 cases of fraud in the port")
    # a person finding a thing comes upon it: no claim
    assert analyze_text("Police found a car near the bridge.").claims == []


def test_claims_recall8_object_judged_as(analyze_text):
    # an object with what it is judged to be is a view told of it, whatever the verb
    a = analyze_text("Lang aggressively attacked her rival as a fraud and a liar.")
    assert_spans(a)
    [c] = a.claims
    assert (c.source.span.text, c.cue.text, c.content.text, c.kind) == (
        "Lang", "aggressively attacked", "her rival as a fraud and a liar", "stance")
    a = analyze_text("The senator attacked the mayor for raising taxes.")
    [c] = a.claims
    assert (c.source.span.text, c.content.text) == ("The senator", "the mayor")
    # an act on a thing, and a use of it, are no view
    assert analyze_text("The rebels attacked the base for hours.").claims == []
    assert analyze_text("The farmers used the barn as a shelter.").claims == []


def test_claims_recall8_learned_verb_puts_noun_forward(analyze_text):
    # a verb outside the light-verb list putting forward a view noun with its complement
    a = analyze_text("The ministers unveiled a proposal for a joint military headquarters.")
    assert_spans(a)
    [c] = a.claims
    assert (c.source.span.text, c.cue.text, c.content.text) == (
        "The ministers", "unveiled a proposal for", "a joint military headquarters")
    # a statement noun with nothing after it is told elsewhere
    assert analyze_text("The mayor released a statement on Friday.").claims == []


def test_claims_recall8_holder_noun_that_clause(analyze_text):
    # any noun with a holder and a complement 'that' clause is the holder's view
    a = analyze_text("The mayor's hunch that the bridge would fail proved right.")
    assert_spans(a)
    [c] = a.claims
    assert (c.source.span.text, c.cue.text, c.content.text, c.kind) == (
        "The mayor", "hunch", "that the bridge would fail", "stance")
    # a relative clause ('that' its object) tells which decision, not what was held
    assert analyze_text("The city's decision that it made last year was wrong.").claims == []
