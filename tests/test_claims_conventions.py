"""PolNeAR's span conventions the claims stage follows (kb/claims/README.md, 'Span
conventions'); every sentence here is written for the test."""

import pytest
from tests.conftest import assert_spans


def _only(analyze_text, text):
    a = analyze_text(text)
    assert_spans(a)
    [claim] = a.claims
    return claim


@pytest.mark.parametrize("text,source", [
    ("Peter Lang, a senator from Ohio, said the bridge would close.",
     "Peter Lang, a senator from Ohio,"),
    ("Mary Lang, who chairs the transport panel, said the bridge would close.",
     "Mary Lang, who chairs the transport panel,"),
    # no apposition: the comma after the name is the sentence's, not the source's
    ("The bridge would close, Peter Lang said.", "Peter Lang"),
    ("The bridge will close, said Peter Lang, a senator from Ohio.",
     "Peter Lang, a senator from Ohio"),
])
def test_claims_conventions_apposition_keeps_closing_comma(analyze_text, text, source):
    assert _only(analyze_text, text).source.span.text == source


@pytest.mark.parametrize("text,source", [
    ("Peter Lang, speaking at a rally in Dayton, said the bridge would close.", "Peter Lang"),
    ("The mayor, clearly frustrated, said the bridge would close.", "The mayor"),
])
def test_claims_conventions_source_drops_participle_aside(analyze_text, text, source):
    assert _only(analyze_text, text).source.span.text == source


@pytest.mark.parametrize("text,content", [
    # the parser hangs the clause's subject on the cue verb as its object
    ("The city leaders hoped the vote, requested by the mayor, would end the strike.",
     "the vote, requested by the mayor, would end the strike"),
    ("The budget office said about half of the new spending reflected higher fuel costs.",
     "about half of the new spending reflected higher fuel costs"),
])
def test_claims_conventions_clause_keeps_lost_subject(analyze_text, text, content):
    assert _only(analyze_text, text).content.text == content


def test_claims_conventions_lost_subject_not_a_coordinated_verb(analyze_text):
    a = analyze_text("The mayor praised the new budget and promised to open two clinics.")
    assert_spans(a)
    assert sorted(c.content.text for c in a.claims) == ["the new budget",
                                                         "to open two clinics"]


@pytest.mark.parametrize("text,content", [
    ("Many farmers said the plan failed for one reason: the rains never came.",
     "the plan failed for one reason: the rains never came"),
    ("Peter Lang noted that he was the only candidate to win a county: he also took Dayton.",
     "that he was the only candidate to win a county: he also took Dayton"),
])
def test_claims_conventions_content_runs_over_colon(analyze_text, text, content):
    assert _only(analyze_text, text).content.text == content
