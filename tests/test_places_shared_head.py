"""Places: two units sharing one head ("Central and South America") are two places, the first
read with the shared head."""

from __future__ import annotations

import pytest

from wirecoder.extract.places import find_places, mention_at
from wirecoder.model import Analysis, Article, article_id


def _names(nlp, text):
    doc = nlp(text)
    found = Analysis(article=Article(id=article_id(text), text=text))
    return {m.text: p for p in find_places(doc, found) for m in p.mentions}


def test_places_shared_head_both_conjuncts_are_places(nlp):
    names = _names(nlp, "Many species live in the jungles of Central and South America.")
    assert names["Central"].name == "Central America"
    assert names["South America"].name == "South America"


@pytest.mark.parametrize("text,span,name", [
    ("Trade with Eastern and Southern Europe grew.", "Eastern", "Eastern Europe"),
    ("Envoys of North and South Korea met.", "North", "North Korea"),
    ("Winds from the North and a cold front...", "North", "North"),  # no shared head
])
def test_places_shared_head_mention_reads_the_head(text, span, name):
    start = text.index(span)
    assert mention_at(text, start, start + len(span)).name == name
