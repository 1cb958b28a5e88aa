"""Linking reports of new text: border villages, what two sentences share."""

from __future__ import annotations

from datetime import UTC, datetime

from wirecoder.link import link_analyses
from wirecoder.link.compat import place_match
from wirecoder.link.records import PlaceRef
from wirecoder.link.synthetic import analysis_of
from wirecoder.model import Place

DAY = datetime(2024, 11, 20, 9, 0, tzinfo=UTC)
# Two invented villages 25 km apart across the Kyrgyz-Tajik border, and a town 110 km away.
WEST = Place(id="geonames:2000001", name="Saryqol", kind="city", precision="city",
             country="KG", admin1="09", lat=39.90, lon=70.50)
EAST = Place(id="geonames:2000002", name="Dashtak", kind="city", precision="city",
             country="TJ", admin1="03", lat=39.95, lon=70.79)
FAR = Place(id="geonames:2000003", name="Oqtepa", kind="city", precision="city",
            country="TJ", admin1="03", lat=40.20, lon=71.75)


def _ref(p: Place) -> PlaceRef:
    return PlaceRef(p.id, p.name, p.kind, p.country, p.admin1, p.lat, p.lon)


def _shelling(text: str, outlet: str, place: Place, actor=("KGZ.MIL",), day="2024-11-19"):
    return analysis_of(text, [{"type": "ASSAULT", "mode": "heavy-weapons", "actor": list(actor),
                               "date": day, "evidence": text.rstrip("."),
                               "place": place}], outlet=outlet, published=DAY)


def test_link_border_villages_either_side_do_not_veto():
    assert place_match(_ref(WEST), _ref(EAST)) == 0
    assert place_match(_ref(WEST), _ref(FAR)) == -1  # a town beyond the border area is apart


def test_link_border_clash_told_on_each_side_merges():
    ours = _shelling("Kyrgyz artillery exchanged fire with Tajik posts near Saryqol on Tuesday, "
                     "killing four.", "Bishkek Wire", WEST)
    theirs = _shelling("Kyrgyz artillery shelled the Tajik village of Dashtak on Tuesday, "
                       "killing four.", "Dushanbe Post", EAST)
    far = _shelling("Kyrgyz artillery shelled the Tajik town of Oqtepa on Tuesday, killing four.",
                    "Khujand Daily", FAR)
    sizes = sorted(s["n_reports"] for s in link_analyses([ours, theirs, far]).stories)
    assert sizes == [1, 2]


def _generic(text: str, evidence: str, outlet: str):
    """A report that names no actor or place the extractors resolved: only its words."""
    return analysis_of(text, [{"type": "ASSAULT", "mode": "heavy-weapons",
                               "date": "2024-11-20", "evidence": evidence}],
                       outlet=outlet, published=DAY)


def test_link_terms_read_the_whole_sentence_and_its_names():
    from wirecoder.link.records import reports_of

    shells = _generic("Shells landed on Saryqol and the village of Dashtak on Wednesday, "
                      "residents said.", "Shells landed", "Valley Post")
    (r,) = reports_of(shells)
    assert set(r.terms) == {"shell", "land", "saryqol", "village", "dashtak", "resident"}
    # "Shells" opens the sentence and "Wednesday" is a day: neither is a name
    assert set(r.names) == {"saryqol", "dashtak"}
    datelined = _generic("DASHTAK (Valley Post) - Shells landed on the Orchard Bridge.",
                         "Shells landed", "Valley Post")
    (d,) = reports_of(datelined)
    assert set(d.names) == {"orchard", "bridge"}  # not the outlet's name, nor "DASHTAK" opening it


def test_link_generic_reports_sharing_village_names_merge_but_not_another_town():
    shells = _generic("Shells landed on Saryqol and the village of Dashtak on Wednesday, "
                      "residents said.", "Shells landed", "Valley Post")
    fire = _generic("Artillery fire continued on Wednesday around Dashtak and Saryqol.",
                    "Artillery fire", "Border Wire")
    other = _generic("Rockets struck the town of Oqtepa on Wednesday, residents said.",
                     "Rockets struck", "Plain Daily")
    stories = link_analyses([shells, fire, other]).stories
    assert sorted(s["n_reports"] for s in stories) == [1, 2]
    alone = next(s for s in stories if s["n_reports"] == 1)
    assert alone["evidence"] == "Rockets struck"


def test_link_shared_words_do_not_join_reports_of_adjacent_days():
    tuesday = _generic("Shells landed on Saryqol and the village of Dashtak, residents said.",
                       "Shells landed", "Valley Post")
    wednesday = analysis_of(
        "Artillery fire continued on Wednesday around Dashtak and Saryqol.",
        [{"type": "ASSAULT", "mode": "heavy-weapons", "date": "2024-11-21",
          "evidence": "Artillery fire"}], outlet="Border Wire", published=DAY)
    assert len(link_analyses([tuesday, wednesday]).stories) == 2


def _act(text: str, outlet: str, kind: str, mode: str | None, recipient=("NLD.GOV",)):
    return analysis_of(text, [{"type": kind, "mode": mode, "recipient": list(recipient),
                               "date": "2024-11-18", "evidence": text.rstrip("."),
                               "place": WEST}], outlet=outlet, published=DAY)


def test_link_riot_and_the_attack_nobody_is_named_doing_are_one_act():
    riot = _act("Protesters stormed the Dutch embassy in Saryqol on Monday.", "A",
                "PROTEST", "riot")
    attack = _act("The attack on the Dutch embassy in Saryqol on Monday shocked diplomats.", "B",
                  "ASSAULT", None)
    assert [s["n_reports"] for s in link_analyses([riot, attack]).stories] == [2]


def test_link_police_answer_to_a_riot_and_a_peaceful_march_stay_apart_from_attacks():
    riot = _act("Protesters stormed the Dutch embassy in Saryqol on Monday.", "A",
                "PROTEST", "riot")
    police = _act("Police fired tear gas at the crowd outside the Dutch embassy in Saryqol on "
                  "Monday.", "B", "ASSAULT", "crowd-control")
    march = _act("Protesters marched to the Dutch embassy in Saryqol on Monday.", "C",
                 "PROTEST", "demo")
    attack = _act("The attack on the Dutch embassy in Saryqol on Monday shocked diplomats.", "D",
                  "ASSAULT", None)
    from wirecoder.link.compat import pair_score
    from wirecoder.link.records import reports_of

    r_riot, r_police, r_march, r_attack = (reports_of(x)[0] for x in (riot, police, march, attack))
    assert pair_score(r_riot, r_police) is None
    assert pair_score(r_march, r_attack) is None


def test_link_report_naming_nothing_is_looked_for_in_every_country_its_article_names():
    from wirecoder.link.synthetic import _actor

    clash = _shelling("Kyrgyz artillery shelled Saryqol on Wednesday, killing four.",
                      "Bishkek Wire", WEST, day="2024-11-20")
    # A review: its own events name only Tajikistan, but the article is about both countries.
    text = ("Wednesday's exchange of fire near Saryqol killed four, Kyrgyz officials said. "
            "Tajik officials met in Oqtepa on Wednesday.")
    review = analysis_of(text, [
        {"type": "ASSAULT", "mode": "heavy-weapons", "date": "2024-11-20",
         "evidence": "Wednesday's exchange of fire near Saryqol"},
        {"type": "CONSULT", "actor": ["TJK.GOV"], "date": "2024-11-20",
         "evidence": "Tajik officials met in Oqtepa on Wednesday", "place": FAR}],
        outlet="Atlas Review", published=DAY, actors=[_actor("KGZ.GOV")])
    sizes = sorted(s["n_reports"] for s in link_analyses([clash, review]).stories)
    assert sizes == [1, 2]
