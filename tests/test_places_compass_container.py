"""Places: "X, northwestern Y" puts X in Y as "X, Y" does, and an unknown name the model calls
an organisation told that way after a locative is a town."""

from __future__ import annotations

from wirecoder.extract.places import find_places, mention_at
from wirecoder.model import Analysis, Article, article_id


def _names(nlp, text):
    doc = nlp(text)
    found = Analysis(article=Article(id=article_id(text), text=text))
    return {m.text: p for p in find_places(doc, found) for m in p.mentions}


def test_places_compass_container_read_past_the_compass_word():
    text = "Shells hit Dar Kabira, north-west Syria, on Monday."
    assert mention_at(text, 11, 21).container == "Syria"
    text = "Shells hit Dar Kabira, eastern Syria."
    assert mention_at(text, 11, 21).container.rstrip(".") == "Syria"


def test_places_compass_container_unknown_site_takes_the_country(nlp):
    names = _names(nlp, "Kabul and Kandahar sent aid. Helicopters flew over the Gorakh "
                        "Valley, north-west Pakistan, on Monday.")
    assert names["Gorakh Valley"].country == "PK"


def test_places_compass_container_organisation_label_after_in(nlp):
    names = _names(nlp, "Fighting was reported in Saraqeb, northwestern Syria.")
    assert names["Saraqeb"].country == "SY"


def test_places_compass_container_person_stays_a_person(nlp):
    names = _names(nlp, "The award went to Maria Lopez, northern Spain's top chef.")
    assert "Maria Lopez" not in names
