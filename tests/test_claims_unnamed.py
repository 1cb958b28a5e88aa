"""Claims of unnamed sources: the raising passive of saying and believing ('is expected to',
'is said to', 'it is believed that') and hearsay adverbs ('reportedly')."""

import pytest
from tests.conftest import assert_spans


@pytest.mark.parametrize("text,cue,content,kind", [
    ("The central bank is expected to raise rates in December.", "is expected",
     "The central bank is expected to raise rates in December", "stance"),
    ("The rebels are said to control the northern road.", "are said",
     "The rebels are said to control the northern road", "statement"),
    ("It is believed that the rebels control the northern road.", "is believed",
     "that the rebels control the northern road", "stance"),
    ("The rebels reportedly fled the town on Monday.", "reportedly",
     "The rebels reportedly fled the town on Monday", "statement"),
])
def test_claims_unnamed_source(analyze_text, text, cue, content, kind):
    a = analyze_text(text)
    assert_spans(a)
    [claim] = a.claims
    assert (claim.cue.text, claim.content.text, claim.kind) == (cue, content, kind)
    assert claim.source.kind == "anonymous" and claim.source.span is None
    assert claim.source.text == claim.cue.text


@pytest.mark.parametrize("text,source", [
    ("The bank is expected by analysts to raise rates.", "analysts"),
    ("Officials said the bank is expected to raise rates.", "Officials"),
    ("Officials said the rebels reportedly fled the town.", "Officials"),
])
def test_claims_unnamed_named_source_wins(analyze_text, text, source):
    a = analyze_text(text)
    assert_spans(a)
    [claim] = a.claims
    assert claim.source.span.text == source


@pytest.mark.parametrize("text", [
    "The school was built to house four hundred pupils.",
    "Lang is supposed to arrive on Monday.",
])
def test_claims_unnamed_other_passives_make_none(analyze_text, text):
    a = analyze_text(text)
    assert_spans(a)
    assert a.claims == []
