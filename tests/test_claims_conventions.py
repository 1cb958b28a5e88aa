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
