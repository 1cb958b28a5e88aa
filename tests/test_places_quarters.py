"""Places: a name between a known place's possessive and a quarter or street noun is a part of
that place, whatever label the model gives the name."""

from __future__ import annotations

from wirecoder.extract.places import find_places
from wirecoder.model import Analysis, Article, article_id


def _names(nlp, text):
    doc = nlp(text)
    found = Analysis(article=Article(id=article_id(text), text=text))
    return {m.text: p for p in find_places(doc, found) for m in p.mentions}


def test_places_quarters_owned_quarter_the_model_misses(nlp):
    names = _names(nlp, "Fires spread in Aleppo's Salaheddine quarter on Monday.")
    quarter, town = names["Salaheddine"], names["Aleppo"]
    assert quarter.country == "SY" and (quarter.lat, quarter.lon) == (town.lat, town.lon)


def test_places_quarters_a_person_before_the_noun_is_no_quarter(nlp):
    names = _names(nlp, "Officials praised Kenya's Ruto administration on Monday.")
    assert "Ruto" not in names


def test_places_quarters_container_is_the_towns_unit(nlp):
    # "Georgia" alone is the country; after "Macon, " it is the state Macon lies in
    names = _names(nlp, "The plant in Macon, Georgia, and another in Tbilisi were shut.")
    assert (names["Georgia"].country, names["Georgia"].kind) == ("US", "admin1")
    assert names["Tbilisi"].country == "GE"


def test_places_quarters_container_country_stays(nlp):
    names = _names(nlp, "The lab in Cork, Ireland, confirmed the case.")
    assert names["Ireland"].kind == "country"


def test_places_quarters_saint_church_is_no_parish_abroad(nlp):
    names = _names(nlp, "Gunmen attacked the church of St. Andrew near Mosul's old city. "
                        "Police in Mosul said the church was empty.")
    assert "Mosul" in names and all(p.country == "IQ" for p in names.values())


def test_places_quarters_saint_parish_told_with_its_country(nlp):
    names = _names(nlp, "Flooding hit St. Andrew, the parish east of Kingston, Jamaica.")
    assert names["St. Andrew"].country == "JM"


def test_places_quarters_site_named_for_a_generic_word_lies_where_told(nlp):
    # a town called "University" exists in Florida; the hospital is where the text says
    names = _names(nlp, "She was flown to University Hospital in Columbia, Missouri.")
    assert "Columbia" in names and all(p.admin1 == "MO" for p in names.values())


def test_places_quarters_compass_word_of_an_address_is_no_place(nlp):
    # a line break inside the address, as in text taken from a web page
    names = _names(nlp, "The sale will be held at the gas station at 31 South\n        "
                        "Market St. in Bangor, Maine.")
    assert set(names) == {"Bangor", "Maine"}


def test_places_quarters_disease_name_bare_is_the_disease(nlp):
    names = _names(nlp, "The Marburg virus has killed 12 people in Uige. Because Marburg "
                        "kills slowly, victims travel further, officials in Luanda said.")
    assert "Marburg" not in names and "Uige" in names


def test_places_quarters_disease_name_after_in_stays_a_place(nlp):
    names = _names(nlp, "Cases of Rift Valley fever rose. Most cases were in Rift Valley, "
                        "officials in Nairobi said.")
    assert names["Rift Valley"].country == "KE"


def test_places_quarters_the_earth_is_no_town(nlp):
    names = _names(nlp, "The probe sent pictures of the Earth from orbit, NASA said in "
                        "Houston.")
    assert set(names) == {"Houston"}
