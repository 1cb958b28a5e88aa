"""Places: "the X River", "the X Lake area" is the water or the land, not the town named after
it (a town takes no article)."""

from __future__ import annotations

from wirecoder.extract.places import mention_at, resolve_mentions


def _resolved(text, names):
    mentions = []
    for name in names:
        start = text.index(name)
        mentions.append(mention_at(text, start, start + len(name)))
    entries = resolve_mentions(mentions, text=text, fallback=True)
    return {m.name: e for m, e in zip(mentions, entries, strict=True)}


def test_places_the_landform_is_not_its_namesake_town():
    # Rice Lake, Wisconsin is the gazetteer's only reading; the text puts the lake in Illinois
    got = _resolved("Ducks were found dead in the Rice Lake area of Fulton County, Illinois.",
                    ["Rice Lake", "Fulton County", "Illinois"])
    assert got["Rice Lake"].kind != "city" and got["Rice Lake"].admin1 == "IL"


def test_places_the_landform_bare_town_stays_a_town():
    got = _resolved("She grew up in Peace River, a town in northern Alberta.",
                    ["Peace River", "Alberta"])
    assert got["Peace River"].name == "Peace River" and got["Peace River"].kind == "city"
