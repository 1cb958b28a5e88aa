"""Places: a town the text says lies by another ("the Dayton suburb of X", "X, a village 20
miles north of Y") is not a far homonym of the name."""

from __future__ import annotations

import pytest

from wirecoder.extract.places import mention_at, resolve_mentions
from wirecoder.kb.places.gazetteer import haversine_km


def _resolved(text, names):
    mentions = []
    for name in names:
        start = text.index(name)
        mentions.append(mention_at(text, start, start + len(name)))
    entries = resolve_mentions(mentions, text=text, fallback=True)
    return {m.name: e for m, e in zip(mentions, entries, strict=True)}


@pytest.mark.parametrize("text,names,town,anchor", [
    # West Chester, Pennsylvania is the bigger namesake; the text puts it by Cincinnati
    ("The student, 22, from the Cincinnati suburb of West Chester, was arrested on Friday.",
     ["Cincinnati", "West Chester"], "West Chester", "Cincinnati"),
    ("Flooding cut off West Chester, a suburb of Cincinnati, for two days.",
     ["West Chester", "Cincinnati"], "West Chester", "Cincinnati"),
])
def test_places_said_near_overrules_a_far_homonym(text, names, town, anchor):
    got = _resolved(text, names)
    e, a = got[town], got[anchor]
    assert e is not None and a is not None
    assert haversine_km(e.lat, e.lon, a.lat, a.lon) < 161


def test_places_said_near_keeps_a_town_that_lies_there():
    # Cambridge, Massachusetts lies by Boston: the gazetteer's reading stands
    got = _resolved("Students marched in Cambridge, a city just outside Boston, on Monday.",
                    ["Cambridge", "Boston"])
    assert got["Cambridge"].name == "Cambridge" and got["Cambridge"].admin1 == "MA"
