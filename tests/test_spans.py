import pytest

from wirecoder.extract.paragraphs import section_start
from wirecoder.extract.spans import sentence_at, sentence_of, sentences

TEXT = "Kyiv said it was ready. Moscow said it would respond. Talks may resume in May."


def test_spans_sentences_are_the_docs_and_cached(nlp):
    doc = nlp(TEXT)
    assert [s.text for s in sentences(doc)] == [s.text for s in doc.sents]
    assert sentences(doc) is sentences(doc)


@pytest.mark.parametrize("i", range(0, 18, 3))
def test_spans_sentence_of_matches_token_sent(nlp, i):
    doc = nlp(TEXT)
    assert sentence_of(doc[i]) == doc[i].sent


def test_spans_sentence_at_char(nlp):
    doc = nlp(TEXT)
    assert sentence_at(doc, TEXT.index("Moscow")).text.startswith("Moscow")
    assert sentence_at(doc, len(TEXT) + 5) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("MOSCOW/KYIV, Nov 19 (Northern Wire) - Ukraine struck a depot.", "Ukraine struck a depot."),
    ("KYIV (Reuters) - Drones hit the city.", "Drones hit the city."),
    ("VILNIUS \u2015 Drones hit the city.", "Drones hit the city."),  # a horizontal bar
    ("Ukraine struck a depot.", "Ukraine struck a depot."),
])
def test_spans_after_dateline(text, expected):
    from wirecoder.extract.spans import after_dateline

    assert text[after_dateline(text, 0, len(text)):] == expected


def test_spans_dateline_only_at_paragraph_start():
    from wirecoder.extract.spans import after_dateline

    text = "Talks on trade between the US - China sides"
    start = text.index("US")
    assert after_dateline(text, start, len(text)) == start


@pytest.mark.parametrize(("text", "pos", "start"), [
    ("One.\n\nTwo.\nThree.", 12, 6),   # blank-line text: the section is the paragraph
    ("One.\nTwo.\nThree.", 11, 0),     # one paragraph a line: the article is one section
    ("One.\n \nTwo.", 8, 7),           # a blank line may hold spaces
    ("One.", 2, 0),
])
def test_spans_section_start(text: str, pos: int, start: int) -> None:
    assert section_start(text, pos) == start


def test_spans_claim_containing_skips_the_claims_own_source_and_cue(analyze_text):
    # The quote spans its own cue, so the source's description (an attack it fled) lies
    # inside the content's outer extent; it is the writer's, not the quoted man's.
    from wirecoder.extract.spans import claim_containing

    text = ("“We lost everything,” said Daniel Otieno, a farmer who fled after militiamen "
            "attacked his village near Bunia last month. “Nobody came to help us.”")
    a = analyze_text(text)
    quote = next(c for c in a.claims if c.style == "direct")
    assert quote.content.start < quote.source.span.start < quote.content.end
    start = text.index("attacked")
    assert claim_containing(a, start, start + len("attacked")) is None
    inside = text.index("lost")
    assert claim_containing(a, inside, inside + 4) is quote
