"""Places: a building the model calls an organisation is a place where a locative preposition
opens it and the text puts it in a town."""

from __future__ import annotations

import pytest

from wirecoder.extract.places import find_places
from wirecoder.model import Analysis, Article, article_id


def _places(nlp, text):
    doc = nlp(text)
    found = Analysis(article=Article(id=article_id(text), text=text))
    return find_places(doc, found)


@pytest.mark.parametrize("text,building,cc", [
    ("The injured boy was flown to Mercy Valley Hospital in Sacramento on Sunday, police said.",
     "Mercy Valley Hospital", "US"),
    ("Mourners gathered at the Grace Baptist Church in Lubbock, Texas, on Saturday.",
     "Grace Baptist Church", "US"),
])
def test_places_buildings_placed_by_the_text_are_places(nlp, text, building, cc):
    hits = [p for p in _places(nlp, text) if any(m.text == building for m in p.mentions)]
    assert hits and hits[0].country == cc and hits[0].id.startswith("local:")
    assert hits[0].precision == "city"


@pytest.mark.parametrize("text,building", [
    # the staff speaking: no locative, no town
    ("Mercy Valley Hospital said on Sunday that the boy was in a stable condition.",
     "Mercy Valley Hospital"),
    # a source, not a location: "from" opens where something comes from or who speaks
    ("A spokesman from Mercy Valley Hospital in Sacramento said the boy was stable.",
     "Mercy Valley Hospital"),
])
def test_places_buildings_as_institutions_are_no_places(nlp, text, building):
    assert not any(m.text == building for p in _places(nlp, text) for m in p.mentions)


@pytest.mark.parametrize("text,building,cc", [
    ("Tourists queued outside Kilkenny Castle on Sunday as the festival opened.",
     "Kilkenny Castle", "IE"),
    ("Hundreds of fans waited at Cheltenham Racecourse for the gates to open.",
     "Cheltenham Racecourse", "GB"),
])
def test_places_buildings_named_after_their_town_are_places(nlp, text, building, cc):
    # no town is told beside it: the building's own name says where it stands
    hits = [p for p in _places(nlp, text) if any(m.text == building for m in p.mentions)]
    assert hits and hits[0].country == cc


def test_places_buildings_named_after_a_town_speaking_are_institutions(nlp):
    assert not any(m.text == "Kilkenny Castle" for p in _places(
        nlp, "Kilkenny Castle announced new opening hours.") for m in p.mentions)
