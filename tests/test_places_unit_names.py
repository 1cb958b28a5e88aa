"""Places: first-level units by their English name, and where the model takes one for a date."""

from __future__ import annotations

import pytest

from wirecoder.extract.places import find_places
from wirecoder.model import Analysis, Article, article_id


def _names(nlp, text):
    doc = nlp(text)
    found = Analysis(article=Article(id=article_id(text), text=text))
    return {m.text: p for p in find_places(doc, found) for m in p.mentions}


def test_places_unit_names_a_unit_labelled_as_a_date(nlp):
    # the small model tags "Limpopo" DATE here
    names = _names(nlp, "Exports began with fruit from Bonaire, followed by Limpopo and "
                        "Eastern Cape, the growers said.")
    assert names["Limpopo"].kind == "admin1" and names["Limpopo"].country == "ZA"


@pytest.mark.parametrize("text,name,cc", [
    ("The parliament of Rhineland-Palatinate met in Mainz.", "Rhineland-Palatinate", "DE"),
    ("Storms flooded farms across Normandy on Sunday.", "Normandy", "FR"),
])
def test_places_unit_names_english_names_of_regions(nlp, text, name, cc):
    p = _names(nlp, text).get(name)
    assert p is not None and p.kind == "admin1" and p.country == cc
