"""Places: a site or valley the gazetteer lacks, named after a town, lies at that town."""

from __future__ import annotations

import pytest

from wirecoder.extract.places import mention_at, resolve_mentions


def _resolved(text, names):
    mentions = []
    for name in names:
        start = text.index(name)
        mentions.append(mention_at(text, start, start + len(name)))
    entries = resolve_mentions(mentions, text=text, fallback=True)
    return {m.name: e for m, e in zip(mentions, entries, strict=True)}


@pytest.mark.parametrize("text,names,site,town,cc", [
    ("A typhoon tore through central Vietnam on Sunday. Flights were cancelled at Nha Trang "
     "International Airport, and in Hanoi the government sent troops to the coast.",
     ["Vietnam", "Nha Trang International Airport", "Hanoi"],
     "Nha Trang International Airport", "Nha Trang", "VN"),
    ("Heavy rain flooded vineyards in the Napa Valley, and officials in California warned of "
     "mudslides near Los Angeles.", ["Napa Valley", "California", "Los Angeles"],
     "Napa Valley", "Napa", "US"),
    # a building the places stage takes for a town's site (BUILDING_LAST) lies there too
    ("Protesters gathered at Salisbury Museum on Saturday, then marched through London.",
     ["Salisbury Museum", "London"], "Salisbury Museum", "Salisbury", "GB"),
])
def test_places_named_sites_lie_at_their_namesake_town(text, names, site, town, cc):
    e = _resolved(text, names)[site]
    assert e is not None and (e.name, e.cc, e.kind) == (town, cc, "city")


@pytest.mark.parametrize("text,names,site,anchor", [
    # a street is named after where it leads, not where it is
    ("Shoppers crowded Oxford Street in London as the sales began.",
     ["Oxford Street", "London"], "Oxford Street", "London"),
    # a valley named after its river is no town of the river's name
    ("Smoke from the fires filled the Peace River Valley near Fort St. John, in British "
     "Columbia.", ["Peace River Valley", "Fort St. John", "British Columbia"],
     "Peace River Valley", "Fort St. John"),
    # a namesake town in another country than the story's is no anchor
    ("Otters were seen at Islington Bay, across the harbour from Auckland in New Zealand.",
     ["Islington Bay", "Auckland", "New Zealand"], "Islington Bay", "Auckland"),
])
def test_places_named_sites_not_streets_rivers_or_foreign_namesakes(text, names, site, anchor):
    e = _resolved(text, names)[site]
    assert e is not None and e.name == anchor
