"""Claims, round 9 second batch: a reply by an act is no speech, and general attribution
forms of news English. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from tests.conftest import assert_spans


def _with(analysis, content: str):
    hits = [c for c in analysis.claims if content in c.content.text]
    assert hits, [(c.source.text, c.content.text) for c in analysis.claims]
    return hits[0]


@pytest.mark.parametrize("text,trigger", [
    ("Norland responded by closing its airspace to planes from Vestia.", "closing"),
    ("The cabinet reacted by expelling two diplomats from the embassy.", "expelling"),
    ("Vestia answered by recalling its ambassador from Norland.", "recalling"),
])
def test_claims_round9b_reply_by_act_is_no_speech(analyze_text, text, trigger):
    a = analyze_text(text)
    assert_spans(a)
    assert not [c for c in a.claims if trigger in c.content.text], \
        [(c.cue and c.cue.text, c.content.text) for c in a.claims]
    assert [e.status for e in a.events if e.trigger.text == trigger] in ([], ["occurred"])


def test_claims_round9b_reply_in_words_stays_speech(analyze_text):
    a = analyze_text("The minister responded that the border would stay open.")
    c = _with(a, "the border would stay open")
    assert (c.source.span.text, c.cue.text) == ("The minister", "responded")
    a = analyze_text("“We will not give in,” the minister responded on Friday.")
    c = _with(a, "We will not give in")
    assert (c.source.span.text, c.cue.text) == ("the minister", "responded")


def test_claims_round9b_reply_by_argument_stays_speech(analyze_text):
    # the means argues a proposition: what it argues is said
    a = analyze_text("The senator responded by citing the case of Ohio to show that the law "
                     "works.")
    assert [c for c in a.claims if "the law works" in c.content.text]


def _misparsed(nlp):
    """'“It is right,” Okafor, a top Lang ally, said Friday on “Dawn and Dusk.”' as the
    parser sometimes reads it: the quoted show title after the verb as its subject and the
    speaker as an apposition inside the quotation's clause."""
    from spacy.tokens import Doc

    rows = [  # word, space after, head, dep, pos
        ("“", False, 2, "punct", "PUNCT"), ("It", True, 2, "nsubj", "PRON"),
        ("is", True, 13, "ccomp", "AUX"), ("right", False, 2, "acomp", "ADJ"),
        (",", False, 3, "punct", "PUNCT"), ("”", True, 6, "punct", "PUNCT"),
        ("Okafor", False, 3, "appos", "PROPN"), (",", True, 6, "punct", "PUNCT"),
        ("a", True, 11, "det", "DET"), ("top", True, 11, "amod", "ADJ"),
        ("Lang", True, 11, "compound", "PROPN"), ("ally", False, 6, "appos", "NOUN"),
        (",", True, 13, "punct", "PUNCT"), ("said", True, 13, "ROOT", "VERB"),
        ("Friday", True, 13, "npadvmod", "PROPN"), ("on", True, 13, "prep", "ADP"),
        ("“", False, 17, "punct", "PUNCT"), ("Dawn", True, 13, "nsubj", "PROPN"),
        ("and", True, 17, "cc", "CCONJ"), ("Dusk", False, 17, "conj", "PROPN"),
        (".", False, 13, "punct", "PUNCT"), ("”", False, 13, "punct", "PUNCT"),
    ]
    return Doc(nlp.vocab, words=[r[0] for r in rows], spaces=[r[1] for r in rows],
               heads=[r[2] for r in rows], deps=[r[3] for r in rows],
               pos=[r[4] for r in rows])


def test_claims_round9b_speaker_between_quote_and_cue(nlp):
    from wirecoder.extract.attribution.quotes import find_quotes
    from wirecoder.extract.attribution.syntax import source_of

    doc = _misparsed(nlp)
    quotes = find_quotes(doc.text)
    source = source_of(doc, doc[13], quotes)
    assert source is not None and source.text == "Okafor, a top Lang ally"


def test_claims_round9b_no_speaker_from_a_clause_before_the_cue(nlp):
    from wirecoder.extract.attribution.syntax import speaker_after_quote

    doc = nlp("“It is right,” Okafor, who leads the party, said on Friday.")
    said = next(t for t in doc if t.lower_ == "said")
    from wirecoder.extract.attribution.quotes import find_quotes
    assert speaker_after_quote(doc, said, find_quotes(doc.text)) is None  # a verb in between
    doc = nlp("“It is right.” Okafor said on Friday that it was.")
    said = next(t for t in doc if t.lower_ == "said")
    assert speaker_after_quote(doc, said, find_quotes(doc.text)) is None  # no comma: no attribution


def test_claims_round9b_mixed_quote_continued(analyze_text):
    # a clause ending in a quotation, its cue, then a new quotation: the speaker goes on
    a = analyze_text("The reform was overdue because “most voters have never heard of the "
                     "rule,” Okafor said. “We cannot plan a future if we forget the past.”")
    assert_spans(a)
    c = _with(a, "The reform was overdue")
    assert c.source.span.text == "Okafor"
    assert c.content.text.endswith("“We cannot plan a future if we forget the past.”")
