"""Source spans keep a bracket they open ('Senator Lang (D-Vt.)') and lose the punctuation
after them, but for the comma that closes an apposition before the cue ('Lang, the mayor,')."""

import pytest
from tests.conftest import assert_spans


@pytest.mark.parametrize("text,source", [
    ("Senator Peter Lang (D-Vt.) said the talks had failed.", "Senator Peter Lang (D-Vt.)"),
    ("The talks failed, said Peter Lang (D-Vt.).", "Peter Lang (D-Vt.)"),
    ("Governor Mary Lang (R-OK), a critic of the plan, said the talks had failed.",
     "Governor Mary Lang (R-OK), a critic of the plan,"),
    ("Peter Lang, the mayor, said the talks had failed.", "Peter Lang, the mayor,"),
])
def test_attribution_sources_keep_closing_bracket(analyze_text, text, source):
    a = analyze_text(text)
    assert_spans(a)
    [claim] = a.claims
    assert claim.source.span.text == source


@pytest.mark.parametrize("text,first,second", [
    ("Peter Lang said the vote was unfair and predicted that the mayor would win.",
     "the vote was unfair", "that the mayor would win"),
    ("The minister said he would order a review of the border posts and warned that the "
     "rebels were arming.", "he would order a review of the border posts",
     "that the rebels were arming"),
])
def test_attribution_sources_second_saying_verb_keeps_speaker(analyze_text, text, first,
                                                              second):
    a = analyze_text(text)
    assert_spans(a)
    one, two = a.claims
    assert (one.content.text, two.content.text) == (first, second)
    assert one.source.span.text == two.source.span.text == text.split(" said")[0]


@pytest.mark.parametrize("text,cue,content", [
    ("Peter Lang called on the army to leave the town.", "called on",
     "the army to leave the town"),
    ("The minister called upon the rebels to lay down their arms.", "called upon",
     "the rebels to lay down their arms"),
    ("Peter Lang agreed on Friday to leave the town.", "agreed", "to leave the town"),
])
def test_attribution_sources_called_on_content_starts_at_addressee(analyze_text, text, cue,
                                                                 content):
    a = analyze_text(text)
    assert_spans(a)
    [claim] = a.claims
    assert (claim.cue.text, claim.content.text) == (cue, content)


def test_attribution_sources_said_of_x_that(analyze_text):
    a = analyze_text("Peter Lang said of the plan that it would fail.")
    assert_spans(a)
    [claim] = a.claims
    assert (claim.source.span.text, claim.content.text) == ("Peter Lang", "that it would fail")


def test_attribution_sources_going_on_to_say_keeps_speaker(analyze_text):
    a = analyze_text("The deal is dead, Peter Lang said, going on to say that the talks had "
                     "failed and that \"nobody wants them back.\"")
    assert_spans(a)
    said = next(c for c in a.claims if c.cue.text == "going on to say")
    assert said.source.span.text == "Peter Lang"
    assert said.content.text.startswith("that the talks had failed")
