"""Places: a village the gazetteer lacks is placed at the most specific place the text gives,
never at the capital or the dateline's desk, and a place "on the border with Y" is not in Y."""

from __future__ import annotations

from wirecoder.extract.places import _PART_OF, _is_name


def _place(analysis, name):
    return next(p for p in analysis.places if any(m.text == name for m in p.mentions))


def test_places_border_hyphenated_village_after_near(analyze_text):
    a = analyze_text("Gunfire was heard near Ak-Tash, in Batken region, late on Friday.")
    p = _place(a, "Ak-Tash")
    assert (p.country, p.admin1, p.precision) == ("KG", "09", "admin1")


def test_places_border_homonym_in_the_region_told(analyze_text):
    # the bigger Ak-Suu lies by Issyk-Kul; the text puts this one in Batken region
    a = analyze_text("Gunfire was heard near Ak-Suu, in Batken region, late on Friday.")
    p = _place(a, "Ak-Suu")
    assert (p.country, p.admin1, p.kind) == ("KG", "09", "city")


def test_places_border_village_is_not_put_at_the_dateline_capital(analyze_text):
    a = analyze_text("BISHKEK - Kyrgyz guards said a patrol was fired on outside the village "
                     "of Umbravo on the border with Tajikistan.")
    p = _place(a, "Umbravo")
    assert p.country == "KG" and p.precision != "city"
    assert (p.lat, p.lon) != (_place(a, "BISHKEK").lat, _place(a, "BISHKEK").lon)


def test_places_border_village_is_not_in_the_country_across(analyze_text):
    # the only place named is the other side; the actors say whose village it is
    a = analyze_text("Thai soldiers traded fire with Cambodian troops near the hamlet of Nong "
                     "Yai Kaew, on the border with Cambodia, the Thai army said.")
    p = _place(a, "Nong Yai Kaew")
    assert p.country == "TH" and p.precision in ("admin1", "country")


def test_places_border_one_unit_on_the_border(analyze_text):
    # Kyrgyzstan's towns near Tajikistan's all lie in Batken region
    a = analyze_text("Kyrgyzstan said a post outside the hamlet of Umbravo on the border with "
                     "Tajikistan came under fire. Kyrgyzstan protested.")
    p = _place(a, "Umbravo")
    assert (p.country, p.admin1, p.precision) == ("KG", "09", "admin1")


def test_places_border_village_takes_the_town_told_near_it(analyze_text):
    a = analyze_text("DUSHANBE - Shells fell on Semerkand, a village near Isfara, officials "
                     "said.")
    p = _place(a, "Semerkand")
    assert (p.country, p.admin1, p.precision) == ("TJ", "03", "city")


def test_places_border_village_in_a_story_told_from_the_capital(analyze_text):
    a = analyze_text("Officials in Bishkek said the village of Zardaly was shelled overnight. "
                     "Kyrgyzstan blamed Tajik forces.")
    p = _place(a, "Zardaly")
    assert p.country == "KG" and p.precision == "country"


def test_places_border_street_of_the_capital_stays_there(analyze_text):
    a = analyze_text("Protesters gathered on Chui Avenue in Bishkek on Sunday.")
    assert _place(a, "Chui Avenue").precision == "city"


def test_places_border_is_name_takes_hyphens(nlp):
    assert _is_name(nlp("Kok-Tash")[:]) and not _is_name(nlp("Kok-tash")[:])


def test_places_border_compass_part_of_a_town():
    assert _PART_OF.match("North-Western Sydney").group(1) == "Sydney"


def test_places_border_people_border_is_the_other_side(analyze_text):
    a = analyze_text("Thai troops said the hamlet of Ban Nong Kaew, close to the Cambodian "
                     "border, was shelled.")
    p = _place(a, "Ban Nong Kaew")
    assert p.country == "TH" and p.precision == "country"


def test_places_border_people_border_takes_the_one_unit(analyze_text):
    a = analyze_text("Kyrgyzstan said a patrol was fired on outside the village of Umbravo "
                     "near the Tajik border.")
    p = _place(a, "Umbravo")
    assert (p.country, p.admin1) == ("KG", "09")


def test_places_border_village_takes_the_district_not_a_town_of_another_sentence(analyze_text):
    # ACLED codes a village it cannot find in the smallest area the report names (district,
    # else province), not at a town told later for another reason (where the wounded went)
    a = analyze_text("A drone hit a house in the Barmal district of Paktika province overnight, "
                     "officials said. Residents said the strike hit a compound near the village "
                     "of Zarghunkot after midnight. A doctor in Sharana said nine wounded had "
                     "been brought there.")
    village, district = _place(a, "Zarghunkot"), _place(a, "Barmal")
    assert village.country == "AF" and village.precision == "admin1"
    assert (village.lat, village.lon) == (district.lat, district.lon)


def test_places_border_village_keeps_a_town_of_its_own_sentence(analyze_text):
    # a guard: the town told in the village's own sentence still anchors it
    a = analyze_text("Militants attacked the village of Zarghunkot and a checkpoint in Ghazni on "
                     "Monday, officials in Paktika province said.")
    village, town = _place(a, "Zarghunkot"), _place(a, "Ghazni")
    assert (village.lat, village.lon, village.precision) == (town.lat, town.lon, "city")


def test_places_border_a_capitals_desk_is_no_anchor(analyze_text):
    # a correspondent in the capital files about the front: the place is not in the capital
    a = analyze_text("KYIV - Two soldiers were captured near Zelenopillia last week, the "
                     "army said.")
    p, desk = _place(a, "Zelenopillia"), _place(a, "KYIV")
    assert p.country == "UA" and (p.lat, p.lon) != (desk.lat, desk.lon)


def test_places_border_a_village_alone_lies_in_the_country_of_those_acting_there(analyze_text):
    # no other place told: the village is kept, in the actors' country (country precision)
    a = analyze_text("Dozens of soldiers were killed when Ukrainian forces repelled an assault "
                     "near the village of Zelenopillia on Friday, Ukraine's army said.")
    p = _place(a, "Zelenopillia")
    assert (p.country, p.precision) == ("UA", "country")
