"""The country a story is told from (its dateline's city, else its outlet's name) decides a
bare body of another country's name, once, in the actors stage: the claims and events stages
read the same actor. Sentences written for these tests."""

from __future__ import annotations

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


def test_actors_home_from_a_national_outlet_or_its_country_domain(analyze_text):
    # a national agency the kb knows, or a country-code web address, tells the home
    for kw in ({"outlet": "Yonhap"}, {"url": "https://www.noticias-del-dia.com.ec/politica/1"}):
        home = {"Yonhap": "KOR"}.get(kw.get("outlet", ""), "ECU")
        r = analyze_text(EMBASSY, **kw)
        assert _bare_ministries(r) == [f"{home}.GOV.MFA"] * 2, kw


def test_actors_world_service_or_vanity_domain_is_no_home(analyze_text):
    for kw in ({"outlet": "Reuters"}, {"url": "https://www.worldwire.tv/politics/1"}):
        r = analyze_text(EMBASSY, **kw)
        assert _bare_ministries(r) == ["COL.GOV.MFA", "COL.GOV.MFA"], kw


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
