"""Attribution recall (round 9): forms PolNeAR's dev misses showed that are general news
English; every sentence here is written for the test."""

from __future__ import annotations

from tests.conftest import assert_spans


def _with(analysis, content: str):
    hits = [c for c in analysis.claims if content in c.content.text]
    assert hits, [(c.source.text, c.content.text) for c in analysis.claims]
    return hits[0]


def test_claims_recall9_clause_after_time_phrase(analyze_text):
    # a phrase between the cue and a "that"-less clause makes the parser call it an adverbial
    a = analyze_text("Okafor said after the vote he would not accept the party's offer if it "
                     "were made again.")
    assert_spans(a)
    c = _with(a, "he would not accept")
    assert (c.source.span.text, c.cue.text, c.content.text) == (
        "Okafor", "said", "he would not accept the party's offer if it were made again")


def test_claims_recall9_marked_adverbial_is_no_content(analyze_text):
    # an adverbial with its own conjunction tells when or why, not what was said
    a = analyze_text("The mayor smiled when the council approved the budget.")
    assert not [c for c in a.claims if "council approved" in c.content.text]


def test_claims_recall9_according_clause_swallowed_as_apposition(analyze_text):
    # with no main verb found, the parser hangs the clause on the source as an apposition
    a = analyze_text("According to veteran radio host Dana Okafor, the decision reeks of panic "
                     "and desperation.")
    assert_spans(a)
    c = _with(a, "reeks of panic")
    assert (c.source.span.text, c.cue.text, c.content.text) == (
        "veteran radio host Dana Okafor", "According to",
        "the decision reeks of panic and desperation")
    a = analyze_text("According to Dana Okafor, a senator from Ohio, the plan will fail.")
    c = _with(a, "the plan will fail")
    assert (c.source.span.text, c.content.text) == (
        "Dana Okafor, a senator from Ohio", "the plan will fail")


def test_claims_recall9_question_of_asked_participle(analyze_text):
    # the question put to the one who answers in the main clause is told by an unnamed asker
    a = analyze_text("Asked whether she would run again, Okafor said no.")
    assert_spans(a)
    c = _with(a, "whether she would run")
    assert (c.source.span, c.source.kind, c.cue.text, c.content.text) == (
        None, "anonymous", "Asked", "whether she would run again")
    a = analyze_text("When asked about the new budget, the mayor said it was fair.")
    c = _with(a, "the new budget")
    assert (c.source.span, c.cue.text, c.content.text) == (None, "asked about", "the new budget")
    assert _with(a, "it was fair").source.span.text == "the mayor"


def test_claims_recall9_asked_to_act_is_no_question(analyze_text):
    a = analyze_text("Asked to leave the square, the protesters refused.")
    assert not [c for c in a.claims if c.cue and c.cue.text.lower().startswith("asked")]


def test_claims_recall9_parenthetical_cue_with_time(analyze_text):
    # a cue set off by commas inside the clause it reports may carry its time or channel
    a = analyze_text("The problem now, Okafor said on Friday, is that the ferry runs late.")
    assert_spans(a)
    c = _with(a, "the ferry runs late")
    assert (c.source.span.text, c.cue.text) == ("Okafor", "said")
    a = analyze_text("The deal, Lang said in a statement, would fail within a year.")
    c = _with(a, "would fail")
    assert (c.source.span.text, c.cue.text) == ("Lang", "said")


def test_claims_recall9_officials_in_breakaway_seat(analyze_text):
    # the seat of a breakaway authority speaks for that authority, not the parent state
    a = analyze_text("Officials in Tiraspol said the bridge over the river had been damaged.")
    c = _with(a, "the bridge")
    assert c.source.actor == "REB.TRANSNISTRIA"
    b = analyze_text("Officials in Chisinau said the bridge over the river had been damaged.")
    assert _with(b, "the bridge").source.actor == "MDA.GOV"
