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
