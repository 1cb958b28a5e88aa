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
