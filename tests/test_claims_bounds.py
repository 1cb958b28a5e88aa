"""Content boundaries: what modifies the object held belongs to the content; when and how it
was said do not."""

import pytest
from tests.conftest import assert_spans


@pytest.mark.parametrize("text,content", [
    ("The band announced a concert in support of the candidate.",
     "a concert in support of the candidate"),
    ("Peter Lang praised the mayor as a brave leader.", "the mayor as a brave leader"),
    ("The union criticized the plan for its cost.", "the plan for its cost"),
    ("The ministry announced the plan on Tuesday.", "the plan"),
    ("The union rejected the offer in a letter to the mayor.", "the offer"),
])
def test_claims_bounds_object_modifiers(analyze_text, text, content):
    a = analyze_text(text)
    assert_spans(a)
    [claim] = a.claims
    assert claim.content.text == content


@pytest.mark.parametrize("text,content", [
    ("“The talks failed,” Peter Lang said, adding that the army would stay. “We will not leave.”",
     "“The talks failed,” Peter Lang said, adding that the army would stay. “We will not "
     "leave.”"),
    ("“The talks failed,” Peter Lang said, wearing a “Peace Now” badge. “We will not leave.”",
     "“The talks failed,” Peter Lang said, wearing a “Peace Now” badge. “We will not leave.”"),
    ("“The talks failed,” Peter Lang said on the radio show “Morning Hour.”",
     "“The talks failed,”"),
])
def test_claims_bounds_quote_resumed_after_attribution(analyze_text, text, content):
    a = analyze_text(text)
    assert_spans(a)
    said = next(c for c in a.claims if c.cue.text == "said")
    assert said.content.text == content
    # what the speaker adds between the quotations is the speaker's own claim, not one
    # known via the quotation
    assert all(c.via is None for c in a.claims)


@pytest.mark.parametrize("text,cue", [
    ("Peter Lang went on to say that the plan would fail.", "went on to say"),
    ("Peter Lang took the stage to warn that the plan would fail.", "to warn"),
])
def test_claims_bounds_infinitive_cue_keeps_to(analyze_text, text, cue):
    a = analyze_text(text)
    assert_spans(a)
    [claim] = a.claims
    assert (claim.cue.text, claim.content.text) == (cue, "that the plan would fail")
