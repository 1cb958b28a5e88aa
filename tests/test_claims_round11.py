"""Claims, round 11 (PolNeAR recall): sentences written for these tests, no article text."""

import pytest
from tests.conftest import assert_spans


@pytest.mark.parametrize("text,cue,content", [
    ("The harbour plan is widely seen as a threat to the fishing fleet.", "is widely seen",
     "The harbour plan is widely seen as a threat to the fishing fleet"),
    ("Berg is best known as the founder of the ferry line.", "is best known",
     "Berg is best known as the founder of the ferry line"),
])
def test_claims_round11_agentless_passive_judgement_is_unnamed(analyze_text, text, cue,
                                                                 content):
    # what a subject is taken to be ('seen as', 'known as') with no 'by' phrase is a view
    # unnamed others hold of it: an anonymous claim from the subject to the 'as' phrase's end
    a = analyze_text(text)
    assert_spans(a)
    assert [(c.source.span, c.source.kind, c.cue.text, c.content.text) for c in a.claims] == [
        (None, "anonymous", cue, content)]


@pytest.mark.parametrize("text", [
    "The old pier was used as a shelter during the storm.",
    "The foundation is registered in the town as a charity.",
])
def test_claims_round11_passive_use_is_no_judgement(analyze_text, text):
    # a thing used or registered as something is an act on it, not a view of it
    assert analyze_text(text).claims == []
