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


@pytest.mark.parametrize("text,cue", [
    ("Peter Lang said: “The bridge will close in May.”", "said:"),
    ("The mayor told the council: “We have no money left.”", "told"),
    ("“The bridge will close,” Peter Lang said.", "said"),
])
def test_claims_conventions_cue_keeps_its_colon(analyze_text, text, cue):
    assert _only(analyze_text, text).cue.text == cue


@pytest.mark.parametrize("text,cue,content", [
    # a verb for how words were said, before a quotation
    ("The old mayor leaned in and boomed: “We will win in May.”", "boomed:",
     "“We will win in May.”"),
    ("“Nobody told us anything,” scoffed Peter Lang.", "scoffed",
     "“Nobody told us anything,”"),
])
def test_claims_conventions_manner_of_speaking_with_quotation(analyze_text, text, cue, content):
    claim = _only(analyze_text, text)
    assert (claim.cue.text, claim.content.text) == (cue, content)


def test_claims_conventions_manner_of_speaking_needs_quotation(analyze_text):
    assert analyze_text("The crowd in the square scoffed at the new rules.").claims == []


def test_claims_conventions_participle_parse_before_colon_is_the_cue(analyze_text):
    # the parser reads 'tweeted' as a participle of the name; the colon shows it is the verb
    claim = _only(analyze_text, "Mary Hill, the 2014 Democratic senate nominee, tweeted in "
                  "reply: ''Sad day: mayor Lang closes bridges and schools; our towns pay the "
                  "price.''")
    assert (claim.source.span.text, claim.cue.text) == (
        "Mary Hill, the 2014 Democratic senate nominee,", "tweeted")
    assert claim.content.text.startswith("''Sad day")


@pytest.mark.parametrize("text,content", [
    ("Peter Lang praised Mary Hill, a surgeon who has never held office.", "Mary Hill"),
    ("The mayor backed the new bridge, which was built by a firm from Ohio.", "the new bridge"),
])
def test_claims_conventions_held_thing_without_writers_aside(analyze_text, text, content):
    assert _only(analyze_text, text).content.text == content


@pytest.mark.parametrize("text,content", [
    # a reported clause keeps its words, asides and all
    ("The mayor said that Mary Hill, who runs the clinic, would resign.",
     "that Mary Hill, who runs the clinic, would resign"),
    # a list is no aside
    ("The mayor praised his staff, his wife and his two sisters.",
     "his staff, his wife and his two sisters"),
])
def test_claims_conventions_aside_rule_keeps_clauses_and_lists(analyze_text, text, content):
    assert _only(analyze_text, text).content.text == content


@pytest.mark.parametrize("text,cue", [
    ("Mary Hill went on to say that the bridge would close.", "went on to say"),
    ("The mayor began writing that the bridge would close.", "began writing"),
    ("The mayor began by saying that the bridge would close.", "began by saying"),
    ("Peter Lang kept saying that the bridge would close.", "kept saying"),
])
def test_claims_conventions_cue_takes_aspect_verb(analyze_text, text, cue):
    assert _only(analyze_text, text).cue.text == cue


def test_claims_conventions_inverted_source_has_no_closing_comma(analyze_text):
    a = analyze_text("“The bridge will close,” said Peter Lang, a senator from Ohio, adding that "
                     "the ferry would run.")
    assert_spans(a)
    assert [c.source.span.text for c in a.claims] == ["Peter Lang, a senator from Ohio"] * 2
