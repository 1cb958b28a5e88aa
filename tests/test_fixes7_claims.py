"""Session 7 analyst fixes in the claims stage, on sentences written for these tests."""

from __future__ import annotations


def _claim_of(result, source: str):
    hits = [c for c in result.claims if c.source.text.lower() == source.lower()]
    assert hits, [(c.source.text, c.content.text) for c in result.claims]
    return hits[0]


def test_speakers_bare_ministry_is_the_home_countrys(analyze_text):
    # filed from Lima: only Chile's embassy was named, so the bare ministries are Peru's
    r = analyze_text("LIMA - Protesters threw stones at the Chilean embassy on Tuesday.\n"
                     "The interior ministry said four people were arrested.\n"
                     "Six officers were hurt, the ministry said.\n"
                     "The foreign ministry said Peru would pay for the broken windows.")
    assert _claim_of(r, "The foreign ministry").source.actor == "PER.GOV.MFA"
    assert _claim_of(r, "the ministry").source.actor == "PER.GOV.MOI"


def test_speakers_bare_ministry_named_before_stays_foreign(analyze_text):
    r = analyze_text("LIMA - Chile's foreign ministry protested on Tuesday about the attack.\n"
                     "The foreign ministry said the embassy had been badly damaged.")
    assert _claim_of(r, "The foreign ministry").source.actor == "CHL.GOV.MFA"


def test_claims_time_adjunct_alone_is_no_content(analyze_text):
    r = analyze_text("The truce that Norway and Sweden agreed on Friday was meant to end a "
                     "month of fishing disputes.")
    assert not [c.content.text for c in r.claims if c.content.text.endswith("Friday")]


def test_claims_answer_with_a_deed_object_is_no_cue(analyze_text):
    r = analyze_text("Observers say Oslo usually answers such raids in kind.")
    assert not [c for c in r.claims if c.cue is not None and c.cue.text.endswith("answers")]
    r = analyze_text("The minister answered the charges in a long letter on Monday.")
    assert [c.content.text for c in r.claims if c.cue is not None
            and c.cue.text == "answered"] == ["the charges"]


def test_speakers_unnamed_description_is_not_named(analyze_text):
    r = analyze_text("Heavy rain flooded the valley overnight.\n"
                     "The district governor said 300 homes had been damaged.\n"
                     "Four people were hurt, the district hospital said.")
    assert _claim_of(r, "The district governor").source.kind == "anonymous"
    assert _claim_of(r, "the district hospital").source.kind == "institution"
