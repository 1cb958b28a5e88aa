"""Places: a unit or town told in another transliteration than the gazetteer's is that entry,
not a local point at whatever town is told nearest."""

from __future__ import annotations

import pytest

from wirecoder.extract.places import find_places
from wirecoder.model import Analysis, Article, article_id


def _names(nlp, text):
    doc = nlp(text)
    found = Analysis(article=Article(id=article_id(text), text=text))
    return {text[m.start:m.end]: p for p in find_places(doc, found) for m in p.mentions}


def test_places_spelling_variants_province_told_as_one(nlp):
    # GeoNames spells it "Otar Meanchey" / "Otdar Mean Chey"; the nearest town told is Phnom Penh
    text = ("Officials in Phnom Penh said farmers in Oddar Meanchey province, Cambodia, had "
            "lost their rice to the floods.")
    p = _names(nlp, text)["Oddar Meanchey province"]
    assert p.kind == "admin1" and p.country == "KH" and p.geonameid == 1822210


def test_places_spelling_variants_town_told_in_its_unit(nlp):
    # GeoNames: "Muhmand Dara" / "Mohmand Darrah", in Nangarhar
    text = ("Farmers in the Momand Dara district of Nangarhar province, Afghanistan, said the "
            "wheat harvest had failed.")
    p = _names(nlp, text)["Momand Dara"]
    assert p.country == "AF" and p.geonameid == 1146822


def test_places_spelling_variants_an_unrelated_name_stays_local(nlp):
    # a made-up province shares only a word with "Banteay Meanchey": no entry of its own
    text = ("Farmers in Kravanh Meanchey province, Cambodia, said the rice harvest had "
            "failed.")
    p = _names(nlp, text).get("Kravanh Meanchey province")
    assert p is None or p.geonameid is None


def test_places_short_alternate_name_is_no_capital(nlp):
    # "Ber" is an alternate name (a code) of Berlin in GeoNames: a village told in its region
    text = ("Gunmen attacked the village of Ber in the Timbuktu region of Mali on Monday, "
            "residents said.")
    p = _names(nlp, text).get("Ber")
    assert p is None or (p.country == "ML" and p.geonameid != 2950159)


def test_places_kin_named_after_a_possessive_are_people(nlp):
    text = ("The senator flew to Athens. Her daughters, Malia and Sasha, stayed at home with "
            "their grandmother.")
    names = _names(nlp, text)
    assert "Malia" not in names and "Athens" in names


@pytest.mark.parametrize("text,name", [
    ("Officials closed the Torkham border crossing with Pakistan on Monday, traders said.",
     "Torkham"),
    ("Hundreds of trucks waited at the Torkham crossing on Monday, drivers said.", "Torkham"),
])
def test_places_named_border_crossing_is_no_actor(analyze_text, text, name):
    a = analyze_text(text)
    assert not any(m.text == name for ac in a.actors for m in ac.mentions if
                   ac.id.startswith("o:"))


def test_places_curated_islets_told_with_their_landform_word(nlp):
    text = ("Two fishing boats collided near the uninhabited Imia islets on Friday, the coast "
            "guard said.")
    p = _names(nlp, text).get("Imia")
    assert p is not None and p.id == "feature:imia" and abs(p.lat - 37.05) < 0.1


def test_places_adjective_before_a_name_needs_its_landform_word(nlp):
    # no landform word after the name: the adjective does not open the way to a town (with
    # the way open, the untagged "Bath" would be Bath, GB)
    text = "Officials met near the historic Bath on Friday, the council said."
    assert "Bath" not in _names(nlp, text)
