"""Places: a dateline filed from abroad is where the reporter is, not where an unknown village
of the story lies."""

from __future__ import annotations

from wirecoder.extract.places import find_places
from wirecoder.model import Analysis, Article, article_id


def _places(nlp, text):
    doc = nlp(text)
    found = Analysis(article=Article(id=article_id(text), text=text))
    found.places = find_places(doc, found)
    return found


def _at(found, mention):
    hits = [p for p in found.places if any(m.text == mention for m in p.mentions)]
    assert hits, f"{mention!r} not among {[p.name for p in found.places]}"
    return hits[0]


def test_places_foreign_desk_dateline_does_not_place_an_unknown_town(nlp):
    # Kitchanga is no gazetteer town; the dateline city is the nearest place told, but the
    # story places nothing else in Kenya and names the province and country it lies in.
    text = ("NAIROBI, March 4 (Wire) - Thousands of people fled fighting near Kitchanga on "
            "Tuesday, aid workers said. Kitchanga, a market town, lies in North Kivu province of "
            "Congo, near the border with Rwanda.")
    found = _places(nlp, text)
    assert _at(found, "NAIROBI").country == "KE"
    town = _at(found, "Kitchanga")
    assert town.id.startswith("local:") and town.country == "CD"
    assert town.precision != "point"


def test_places_home_dateline_still_places_an_unknown_site(nlp):
    # A local story: the dateline town is in the state the body names, so an unknown site
    # near it is still placed at it.
    text = ("GREENVILLE, S.C. (Wire) - A fire destroyed a barn on Hutcheson Road late on "
            "Sunday, firefighters said. Nobody was hurt, a spokesman for the South Carolina "
            "fire service said.")
    found = _places(nlp, text)
    assert _at(found, "Hutcheson Road").country == "US"
    assert _at(found, "Hutcheson Road").admin1 == "SC"


def test_places_unknown_town_takes_the_main_country_not_the_venue(nlp):
    # The talks' city is named in the body too, so the dateline is no foreign desk; but the
    # story's places lie mostly in Congo, and an unknown village told far from any of them is
    # put in Congo's main town, not in the venue.
    text = ("DOHA, May 2 (Wire) - Envoys of Congo and the rebels met in Doha on Friday for a "
            "third round of talks on a truce in North Kivu, where fighting near Goma has driven "
            "thousands from their homes.\n\n"
            "Officials of the host said the delegations would stay in Doha until Sunday. A draft "
            "seen by reporters calls for prisoner exchanges, an end to the recruitment of "
            "children, the reopening of roads for traders and the return of displaced families "
            "to their farms before the planting season begins next month.\n\n"
            "Both sides accuse each other of breaking an earlier truce, and the army said on "
            "Thursday that the rebels had shelled its positions near the village of Kashebere.")
    found = _places(nlp, text)
    village = _at(found, "Kashebere")
    assert village.id.startswith("local:") and village.country == "CD"


def test_places_dateline_with_its_people_named_is_a_home_desk(nlp):
    # the body names no Kenyan place but Kenyan police: a story about Kenya, so the unknown
    # village is put at the dateline city, not in Somalia, where the gunmen came from
    text = ("NAIROBI, March 4 (Wire) - Kenyan police said gunmen from Somalia attacked homes "
            "near the village of Kitchanga on Tuesday, killing four people.")
    found = _places(nlp, text)
    assert _at(found, "Kitchanga").country == "KE"
