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


def test_claims_round11_parenthetical_cue_keeps_its_sentence(analyze_text):
    # with '' quotation marks the parser may run a sentence on into the next quotation: a cue
    # set off by commas still reports its own sentence, and the quotation stays its speaker's
    a = analyze_text("The solution, the pilot told them, was simple. ''Keep your boat in the "
                     "river,'' he said.")
    assert_spans(a)
    assert [(c.source.span.text, c.cue.text, c.content.text) for c in a.claims] == [
        ("the pilot", "told", "The solution, the pilot told them, was simple"),
        ("he", "said", "''Keep your boat in the river,''")]


def test_claims_round11_verb_in_a_quotation_takes_no_later_quotation(analyze_text):
    # a verb inside one quotation does not report the quotation of the next sentence: that
    # one continues the speaker's (it had been 'they explained' ''The pier is rotten.'')
    a = analyze_text("''No matter how they explained their position, the ferry is falling "
                     "apart,'' Lang said. ''The pier is rotten.''")
    assert_spans(a)
    pier = [c for c in a.claims if "The pier is rotten" in c.content.text]
    assert [c.source.span.text for c in pier] == ["Lang"]


def test_claims_round11_quotation_signed_after_a_dash(analyze_text):
    # reader quotes and epigraphs: a quotation on its own line signed '― Name' is that
    # person's (the dash is the cue); a sentence after a dash is no signature
    a = analyze_text("Harbour workers on the new ferry.\n\n"
                     "“The ferry is late every day. We need a new one.” ― Anna Berg\n"
                     "“Maybe we can build a bridge.” — Jo Ek.\n\n"
                     "“Nobody asked us.” — and the council never did.\n")
    assert_spans(a)
    assert [(c.source.span.text, c.cue.text, c.content.text) for c in a.claims[:2]] == [
        ("Anna Berg", "―", "“The ferry is late every day. We need a new one.”"),
        ("Jo Ek", "—", "“Maybe we can build a bridge.”")]
    assert not any(c.cue is not None and c.cue.text == "—" for c in a.claims[2:])
