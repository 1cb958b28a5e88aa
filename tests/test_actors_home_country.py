"""The country a story is told from (its dateline's city, else its outlet's name) decides a
bare body of another country's name, once, in the actors stage: the claims and events stages
read the same actor. Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import actor_by_id

from wirecoder.extract.spans import actor_at

EMBASSY = ("Protesters threw stones at the Colombian embassy in Quito on Tuesday night. "
           "The foreign ministry said four people were arrested. "
           "The foreign ministry summoned the Colombian ambassador on Wednesday.")


def _bare_ministries(r) -> list[str | None]:
    at = [i for i in range(len(r.article.text)) if r.article.text.startswith(
        "The foreign ministry", i)]
    return [getattr(actor_at(r, i + 4, i + 20), "id", None) for i in at]


def test_actors_bare_ministry_after_foreign_embassy_is_the_outlets_countrys(analyze_text):
    r = analyze_text(EMBASSY, outlet="Ecuador Public Bulletin")
    assert _bare_ministries(r) == ["ECU.GOV.MFA", "ECU.GOV.MFA"]
    claim = next(c for c in r.claims if c.source.text == "The foreign ministry")
    event = next(e for e in r.events if e.evidence.text.startswith("The foreign ministry"))
    assert claim.source.actor == "ECU.GOV.MFA" and event.actor == ["ECU.GOV.MFA"]
    assert actor_by_id(r, "COL.GOV.MFA").mentions[0].text == "Colombian embassy"


def test_actors_bare_ministry_without_a_home_stays_the_one_named_before(analyze_text):
    # no dateline, an outlet naming no country: the embassy's ministry, as before
    r = analyze_text(EMBASSY, outlet="Evening Courier")
    assert _bare_ministries(r) == ["COL.GOV.MFA", "COL.GOV.MFA"]


def test_actors_bare_ministry_named_with_its_noun_stays_foreign_whatever_the_home(
        analyze_text):
    r = analyze_text("Colombia's foreign ministry protested on Tuesday about the attack on its "
                     "embassy. The foreign ministry said the building was badly damaged.",
                     outlet="Ecuador Public Bulletin")
    assert _bare_ministries(r) == ["COL.GOV.MFA"]


def test_actors_dateline_story_about_a_foreign_embassy_is_local(analyze_text):
    # filed from Santiago; the only foreign body is an embassy, which stands in Chile
    r = analyze_text("SANTIAGO - Students stoned the Bolivian embassy on Friday and burned a "
                     "flag outside its gates.\nThe interior ministry said eleven students were "
                     "detained.\nNine policemen were hurt, the ministry said.")
    claims = {c.source.text: c.source.actor for c in r.claims}
    assert claims == {"The interior ministry": "CHL.GOV.MOI", "the ministry": "CHL.GOV.MOI"}


@pytest.mark.parametrize("told, home", [
    ({"outlet": "Yonhap"}, "KOR"),  # a national agency the kb knows
    ({"url": "https://www.noticias-del-dia.com.ec/politica/1"}, "ECU"),  # a country's domain
])
def test_actors_home_from_a_national_outlet_or_its_country_domain(analyze_text, told, home):
    r = analyze_text(EMBASSY, **told)
    assert _bare_ministries(r) == [f"{home}.GOV.MFA"] * 2


@pytest.mark.parametrize("told", [{"outlet": "Reuters"},
                                  {"url": "https://www.worldwire.tv/politics/1"}])
def test_actors_world_service_or_vanity_domain_is_no_home(analyze_text, told):
    r = analyze_text(EMBASSY, **told)
    assert _bare_ministries(r) == ["COL.GOV.MFA", "COL.GOV.MFA"]


@pytest.mark.parametrize("url, home", [
    ("https://www.elcomercio.com.ec/actualidad/1", "ECU"),
    ("https://www.bbc.co.uk/news/world-1", "GBR"),  # .uk is GB's, not a code of its own
    ("https://www.worldwire.tv/politics/1", None),  # a vanity domain
    ("https://example.com/a", None),
    ("/data/articles/a.txt", None),  # a path, no host
    (None, None),
])
def test_actors_cctld_country(url, home):
    from wirecoder.extract.actors import _cctld_country

    assert _cctld_country(url) == home


def test_actors_bare_unit_of_a_story_from_a_national_outlet_is_its_countrys(analyze_text):
    # no dateline: the outlet's country, once the story has named it and no other's body
    r = analyze_text("Ecuador closed two border crossings on Monday. The army said the "
                     "crossings would stay shut for a week.", outlet="Ecuador Public Bulletin")
    at = r.article.text.index("army")
    assert getattr(actor_at(r, at, at + 4), "id", None) == "ECU.MIL"
    r = analyze_text("Ecuador closed two border crossings on Monday. The army said the "
                     "crossings would stay shut for a week.")
    assert actor_at(r, at, at + 4) is None


def test_actors_world_media_ids_are_in_the_kb():
    from wirecoder.extract.actors import WORLD_MEDIA
    from wirecoder.kb.actors import load

    assert WORLD_MEDIA and all(load().record(m) is not None for m in WORLD_MEDIA)


def test_actors_bare_office_of_a_local_story_is_the_home_countrys_holder(analyze_text):
    r = analyze_text("NAIROBI - Kenya closed two border crossings with Somalia on Tuesday after "
                     "a bomb attack. The president said the crossings would reopen within a week.")
    at = r.article.text.index("president")
    a = actor_at(r, at, at + len("president"))
    assert a is not None and a.country == "KEN" and a.kind == "person"
    claim = next(c for c in r.claims if c.source.text == "The president")
    assert claim.source.actor == a.id


def test_actors_bare_office_of_a_desk_story_about_another_country_is_nobody(analyze_text):
    # filed from Nairobi about Somali troops: whose president is not told
    r = analyze_text("NAIROBI - Somali troops clashed with militants near the border on "
                     "Tuesday. The president said the crossings would reopen within a week.")
    at = r.article.text.index("president")
    assert actor_at(r, at, at + len("president")) is None


def _bare_police(r) -> str | None:
    at = r.article.text.index("The police")
    return getattr(actor_at(r, at + 4, at + 10), "id", None)


ARREST = (" — Two {} students were arrested on Tuesday after a fight outside a bar. "
          "The police said both were released on bail.")


@pytest.mark.parametrize("dateline, people, police", [
    ("VIENNA", "Austrian", "AUT.POL"),  # the city alone: the Austrian capital
    ("VIENNA, Va.", "Austrian", None),  # a town in Virginia: no Austrian story
    ("VIENNA, Va.", "American", "USA.POL"),
    ("LONDON, Ont.", "British", None),  # Ontario's London, not England's
    ("LONDON, Ont.", "Canadian", "CAN.POL"),
    # a Perth the gazetteer lacks, in North Dakota: the state's country, not Australia
    ("PERTH, N.D.", "Australian", None),
    ("PERTH, N.D.", "American", "USA.POL"),
])
def test_actors_dateline_city_is_read_in_the_unit_written_after_it(analyze_text, dateline,
                                                                    people, police):
    r = analyze_text(dateline + ARREST.format(people))
    assert _bare_police(r) == police


@pytest.mark.parametrize("dateline, unit", [
    ("VIENNA, Va. — ", "Va."),
    ("SAN JOSE, Costa Rica, May 2 (Evening Wire) - ", "Costa Rica"),
    ("WINSTON-SALEM, N.C. -- ", "N.C."),
    ("ATHENS, Ga. (Evening Wire) — ", "Ga."),
    ("MOSCOW, Nov 19 (Evening Wire) - ", None),  # a date, no unit
    ("BANGKOK, 3 March - ", None),
    ("KYIV - ", None),
])
def test_actors_dateline_unit(dateline, unit):
    from wirecoder.extract.actors import _dateline_unit

    assert _dateline_unit(dateline) == unit
