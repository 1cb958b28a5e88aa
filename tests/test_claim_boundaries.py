"""Claim boundaries: the cue is its verb group, and a claim's content does not run on into
the attribution of another claim. Texts are written for these tests."""

from __future__ import annotations

import pytest
from tests.conftest import assert_spans


def _triples(a):
    return [(c.source.text, c.cue.text if c.cue else None, c.content.text) for c in a.claims]


@pytest.mark.parametrize("text,cue,content", [
    # auxiliaries and adverbs before the verb: tense and modality of the act of saying
    ("Lang has repeatedly said the levy is unfair.", "has repeatedly said",
     "the levy is unfair"),
    ("The council would argue that the levy is fair.", "would argue", "that the levy is fair"),
    ("Berg is proposing a new tax on cruise ships.", "is proposing",
     "a new tax on cruise ships"),
    # the preposition of a phrasal verb, between the verb and its content
    ("The union called for a new vote on the deal.", "called for", "a new vote on the deal"),
])
def test_claim_boundaries_cue_is_the_verb_group(analyze_text, text, cue, content):
    a = analyze_text(text)
    assert_spans(a)
    assert [(c.cue.text, c.content.text) for c in a.claims] == [(cue, content)]


def test_claim_boundaries_cue_leaves_out_a_date_and_a_speaker_apposition(analyze_text):
    a = analyze_text("The mayor, who was elected in May, said the budget was balanced.")
    assert _triples(a) == [("The mayor, who was elected in May", "said",
                            "the budget was balanced")]


@pytest.mark.parametrize("text,inner,outer", [
    ("Marta Kovac, a deputy chair of the assembly's budget committee, said the plan could "
     "leave little money for schools, according to the regional news agency Vesti.",
     ("Marta Kovac, a deputy chair of the assembly's budget committee", "said",
      "the plan could leave little money for schools"),
     ("the regional news agency Vesti", "according to",
      "Marta Kovac, a deputy chair of the assembly's budget committee, said the plan could "
      "leave little money for schools")),
    ("Farmers said the river flooded their fields, according to a local official.",
     ("Farmers", "said", "the river flooded their fields"),
     ("a local official", "according to", "Farmers said the river flooded their fields")),
    # the parser reads the tail as the outer speaker's own clause and gives it only A
    ("The harbour master said the ferry would resume service on Friday, the town council "
     "reported.",
     ("The harbour master", "said", "the ferry would resume service on Friday"),
     ("the town council", "reported",
      "The harbour master said the ferry would resume service on Friday")),
])
def test_claim_boundaries_content_ends_before_another_attribution(analyze_text, text, inner,
                                                                   outer):
    a = analyze_text(text)
    assert_spans(a)
    assert sorted(_triples(a)) == sorted([inner, outer])
    by_source = {c.source.text: c for c in a.claims}
    # the inner claim is known via the outer one
    assert by_source[inner[0]].via == by_source[outer[0]].id


def test_claim_boundaries_tail_inside_a_quotation_stays(analyze_text):
    a = analyze_text("“The tolls rose sharply, according to the harbour ledger,” Lang said.")
    lang = [c for c in a.claims if c.source.text == "Lang"]
    assert [c.content.text for c in lang] == [
        "“The tolls rose sharply, according to the harbour ledger,”"]


@pytest.mark.parametrize("text,hedge", [
    ("The ministry declined to confirm that foreign troops were deployed to the border "
     "region.", "declined to confirm"),
    ("The army refused to confirm that its soldiers had shelled the village.",
     "refused to confirm"),
])
def test_claim_boundaries_withheld_confirmation_asserts_nothing(analyze_text, text, hedge):
    a = analyze_text(text)
    assert_spans(a)
    [claim] = a.claims
    assert claim.kind == "stance" and claim.polarity == "positive"
    assert claim.hedged and [h.text for h in claim.hedges] == [hedge]
    # the event told in it is unconfirmed, not reported as done
    events = [e for e in a.events if e.claim == claim.id]
    assert events and {e.status for e in events} == {"possible"}


def test_claim_boundaries_confirmation_reports_the_event(analyze_text):
    a = analyze_text("The army confirmed that its soldiers had shelled the village.")
    [claim] = a.claims
    assert not claim.hedged
    assert {e.status for e in a.events if e.claim == claim.id} == {"reported"}


def test_claim_boundaries_quotation_continues_over_a_long_speaker_description(analyze_text):
    text = ("“It is not about the harbour,” said Peter Lang, a veteran strategist of the port "
            "authority who worked with the mayor in both of her terms and who now advises the "
            "regional council on shipping. “It is about the ferries.”")
    a = analyze_text(text)
    assert_spans(a)
    [claim] = a.claims
    # one content from the first quotation to the end of the second, as for a short gap
    assert claim.content.text.startswith("“It is not about the harbour,”")
    assert claim.content.text.endswith("“It is about the ferries.”")
    assert claim.cue.text == "said" and claim.style == "direct"


def test_claim_boundaries_quotation_after_another_sentence_is_its_own(analyze_text):
    text = ("“It is not about the harbour,” said Peter Lang, a veteran strategist of the port "
            "authority who worked with the mayor in both of her terms and who now advises the "
            "regional council on shipping. The council met on Monday. “It is about the "
            "ferries.”")
    a = analyze_text(text)
    first = [c for c in a.claims if c.cue is not None and c.cue.text == "said"]
    assert [c.content.text for c in first] == ["“It is not about the harbour,”"]


def test_claim_boundaries_cue_takes_the_verb_it_completes(analyze_text):
    a = analyze_text("The mayor has continued to criticize the new toll on the bridge.")
    assert_spans(a)
    assert [(c.cue.text, c.content.text) for c in a.claims] == [
        ("has continued to criticize", "the new toll on the bridge")]


@pytest.mark.parametrize("text", [
    "“There is a lot of water under the bridge,” Lang said, “and it is very hard to imagine "
    "they can do anything but paper over their differences.”",
    "“If the council wants a vote,” the harbour master told the host, “it can have one next "
    "week.”",
])
def test_claim_boundaries_quotation_broken_by_its_cue_is_one_content(analyze_text, text):
    a = analyze_text(text)
    assert_spans(a)
    [claim] = a.claims
    assert claim.content.text == text  # from the first quotation's mark to the second's end


@pytest.mark.parametrize("text,content", [
    # the first quotation ends its sentence
    ("“I was only joking.” To which the mayor said, “Then the ferry stays.”",
     "“Then the ferry stays.”"),
    # the words between are another act than the cue's
    ("“Keep the lights on,” the choir sings to the mayor before asking her, “where do we go "
     "from here?”", "“where do we go from here?”"),
])
def test_claim_boundaries_quotation_before_a_cue_stays_apart(analyze_text, text, content):
    a = analyze_text(text)
    assert [c.content.text for c in a.claims] == [content]
