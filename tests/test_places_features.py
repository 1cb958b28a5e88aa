"""Places: natural features and landmarks from the curated list, resolved when the text names
them as places, never recognised on the name alone."""

from __future__ import annotations

import pytest

from wirecoder.extract.places import find_places, mention_at, resolve_mentions
from wirecoder.kb.places.gazetteer import haversine_km, load
from wirecoder.model import Analysis, Article, article_id


def _places(nlp, text):
    doc = nlp(text)
    return find_places(doc, Analysis(article=Article(id=article_id(text), text=text)))


@pytest.mark.parametrize("text,name,cc,lat,lon", [
    # a lake the towns-and-units gazetteer lacked: it was put at Michigan, 400 km off
    ("Fishermen pulled three bodies from Lake Erie near the Ohio shore on Sunday.",
     "Lake Erie", "US", 42.2, -81.2),
    ("Snow closed passes across the Rockies, and Colorado troopers shut two highways.",
     "Rockies", "US", 40.5, -106.0),
])
def test_places_features_named_as_places_resolve(nlp, text, name, cc, lat, lon):
    hits = [p for p in _places(nlp, text) if any(m.text == name for m in p.mentions)]
    assert hits and hits[0].id.startswith("feature:") and hits[0].country == cc
    assert haversine_km(hits[0].lat, hits[0].lon, lat, lon) < 50


def test_places_features_landmark_outranks_a_namesake_town():
    # "the White House" given as a toponym is the one in Washington, not the Tennessee town
    text = "The president hosted a dinner at the White House before flying to Florida."
    start = text.index("White House")
    e = resolve_mentions([mention_at(text, start, start + len("White House"))], text=text)[0]
    assert e is not None and e.kind == "feature"
    assert haversine_km(e.lat, e.lon, 38.90, -77.04) < 5


@pytest.mark.parametrize("text", [
    "The White House said on Tuesday it would veto the bill.",
    "Aides met at a White House meeting on Tuesday.",
])
def test_places_features_landmark_name_alone_is_no_place(nlp, text):
    # the model calls it an organisation; a curated landmark is not taken back on its name
    assert not any("White House" in m.text for p in _places(nlp, text) for m in p.mentions)


def test_places_features_are_indexed_apart_from_regions():
    kinds = {e.kind for e, rank in load().lookup("Lake Michigan") if rank == 2}
    assert kinds == {"feature"}
