"""Places: towns the model joins into one organisation or person name after a locative
preposition are each a place."""

from __future__ import annotations

from wirecoder.extract.places import find_places
from wirecoder.model import Analysis, Article, article_id


def _names(nlp, text):
    doc = nlp(text)
    found = Analysis(article=Article(id=article_id(text), text=text))
    return {m.text: p for p in find_places(doc, found) for m in p.mentions}


def test_places_town_lists_joined_by_or_after_a_preposition(nlp):
    text = ("Police believe the man is travelling with the boys south to Ingham or Townsville "
            "in a white sedan with Queensland plates.")
    names = _names(nlp, text)
    assert names["Ingham"].country == "AU" and names["Townsville"].country == "AU"


def test_places_town_lists_hyphened_pair_of_towns(nlp):
    # the model tags only "Dallas"; the metro area names two cities
    names = _names(nlp, "Traffic snarled across Dallas-Fort Worth on Monday.")
    assert names["Dallas"].country == "US" and names["Fort Worth"].admin1 == "TX"


def test_places_town_lists_hyphened_parties_are_no_pair(nlp):
    # a deal between two parties: the countries stay what the model says, no split pair
    names = _names(nlp, "Talks on a Canada-EU trade deal resumed in Ottawa.")
    assert "EU" not in names
