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
