"""Linking what a report leaves out from its article: the countries its article names, places
the gazetteer lacks, and border clashes each side places on its own soil."""

from __future__ import annotations

from datetime import UTC, datetime

from wirecoder.link import link_analyses
from wirecoder.link.compat import pair_score, place_match
from wirecoder.link.records import PlaceRef, reports_of
from wirecoder.link.synthetic import analysis_of
from wirecoder.model import Place, Span

DAY = datetime(2024, 11, 20, 9, 0, tzinfo=UTC)
# Invented places: a Kyrgyz village, a Tajik one, and a district name the gazetteer lacks.
WEST = Place(id="geonames:2000001", name="Saryqol", kind="city", precision="city",
             country="KG", admin1="09", lat=39.90, lon=70.50)
EAST = Place(id="geonames:2000002", name="Dashtak", kind="city", precision="city",
             country="TJ", admin1="03", lat=39.95, lon=70.79)


def _ref(p: Place) -> PlaceRef:
    return PlaceRef(p.id, p.name, p.kind, p.country, p.admin1, p.lat, p.lon)


def test_link_context_unknown_name_anchored_apart_is_one_place():
    # Each article anchored the unknown district at its own main place, 300 km apart.
    ours = PlaceRef("local:KG.kara-jygach-district", "Kara-Jygach district", "other", "KG",
                    "09", 40.5, 72.8)
    theirs = PlaceRef("local:TJ.kara-jygach-district", "Kara-Jygach district", "other", "TJ",
                      "03", 38.5, 68.8)
    other = PlaceRef("local:TJ.ak-suu-valley", "Ak-Suu valley", "other", "TJ", "03", 38.5, 68.8)
    assert place_match(ours, theirs) == 2
    assert place_match(ours, other) == -1  # another unknown name in another country


def test_link_context_places_of_the_two_sides_do_not_veto():
    province = PlaceRef("geonames:2000010", "Batken Region", "admin1", "KG", "09", 39.9, 70.8)
    across = _ref(EAST)
    far = PlaceRef("geonames:2000011", "Kulob", "city", "TJ", "03", 37.9, 69.8)
    assert place_match(province, far) == -1
    assert place_match(province, far, frozenset({"KGZ", "TJK"})) == 0
    assert place_match(province, across, frozenset({"KGZ"})) == -1  # one side named: no pair


def _shelling():
    return analysis_of("Kyrgyz artillery shelled positions near Saryqol on Tuesday, killing four.",
                       [{"type": "ASSAULT", "mode": "heavy-weapons", "actor": ["KGZ.MIL"],
                         "date": "2024-11-19", "place": WEST,
                         "evidence": "Kyrgyz artillery shelled positions near Saryqol"}],
                       outlet="Bishkek Wire", published=DAY)


def _aftermath(accused: str, outlet: str):
    """An article whose report of the fighting names no party; its other sentence does."""
    text = (f"Families in the valley counted the damage after Tuesday's shelling. Officials "
            f"accused {accused} of starting it.")
    return analysis_of(text, [
        {"type": "ASSAULT", "date": "2024-11-19", "evidence": "Tuesday's shelling"},
        {"type": "ACCUSE", "actor": ["TJK.GOV"], "recipient": [accused],
         "date": "2024-11-20", "evidence": f"Officials accused {accused} of starting it"}],
        outlet=outlet, published=DAY)


def _with_fighting(analyses) -> list[int]:
    return sorted(s["n_reports"] for s in link_analyses(analyses).stories
                  if s["type"] == "ASSAULT")


def test_link_context_bare_report_read_as_its_article_sides():
    assert _with_fighting([_shelling(), _aftermath("KGZ.MIL", "Dushanbe Post")]) == [2]
    # the same words in an article about two other countries are another fight
    assert _with_fighting([_shelling(), _aftermath("AFG.MIL", "Kabul Post")]) == [1, 1]


def test_link_context_article_places_name_its_countries():
    text = "Nine fishermen were freed on Tuesday, a day after talks near Dashtak."
    freed = analysis_of(text, [{"type": "RETREAT", "mode": "release", "date": "2024-11-19",
                                "evidence": "Nine fishermen were freed on Tuesday"}],
                        outlet="Valley Post", published=DAY)
    freed.places.append(EAST)  # named by the article, not tied to the event
    (report,) = reports_of(freed)
    assert report.place is None and "TJK" in report.article_countries
    release = analysis_of("Tajik guards released nine fishermen on Tuesday near the border.",
                          [{"type": "RETREAT", "mode": "release", "actor": ["TJK.MIL"],
                            "date": "2024-11-19",
                            "evidence": "Tajik guards released nine fishermen on Tuesday"}],
                          outlet="Dushanbe Post", published=DAY)
    (named,) = reports_of(release)
    assert pair_score(report, named) is not None
    sizes = sorted(s["n_reports"] for s in link_analyses([freed, release]).stories)
    assert sizes == [2]


def _accord(kind: str, text: str, evidence: str, actors: list[str], outlet: str):
    return analysis_of(text, [{"type": kind, "actor": actors, "date": "2024-11-19",
                               "evidence": evidence}], outlet=outlet, published=DAY)


def test_link_context_agreement_coded_as_support_is_one_accord():
    # Coders read 'agreed on X' as AGREE or as SUPPORT (endorse X): the same accord.
    agreed = _accord("AGREE", "Kyrgyz and Tajik delegations agreed on Tuesday to reopen the "
                     "Saryqol crossing.", "Kyrgyz and Tajik delegations agreed on Tuesday",
                     ["KGZ", "TJK"], "Bishkek Wire")
    endorsed = _accord("SUPPORT", "Tajik and Kyrgyz negotiators agreed on Tuesday on a reopening "
                       "of the road.", "Tajik and Kyrgyz negotiators agreed on Tuesday",
                       ["TJK", "KGZ"], "Dushanbe Post")
    praise = _accord("SUPPORT", "Kazakhstan on Tuesday praised the decision of its neighbours.",
                     "Kazakhstan on Tuesday praised the decision", ["KAZ"], "Astana Daily")
    sizes = sorted(s["n_reports"] for s in link_analyses([agreed, endorsed, praise]).stories)
    assert sizes == [1, 2]


CAPITAL = Place(id="geonames:2000020", name="Bishkek", kind="city", precision="city",
                country="KG", admin1="01", lat=42.87, lon=74.59)


def _repelled(text: str, evidence: str, place: Place, outlet: str):
    found = analysis_of(text, [{"type": "ASSAULT", "actor": ["KGZ.MIL"], "date": "2024-11-19",
                                "evidence": evidence, "place": place}],
                        outlet=outlet, published=DAY)
    at = text.lower().index(place.name.lower())
    end = at + len(place.name)
    found.places = [place.model_copy(update={"mentions": [Span(start=at, end=end,
                                                                 text=text[at:end])]})]
    return found


def test_link_context_dateline_place_does_not_veto():
    filed = _repelled("BISHKEK (Valley Post) - Kyrgyz troops repelled an attack on a border post "
                      "on Tuesday, officials said.", "Kyrgyz troops repelled an attack on a border "
                      "post on Tuesday", CAPITAL, "Valley Post")
    told = _repelled("Kyrgyz troops repelled an attack on a border post near Saryqol on Tuesday.",
                     "Kyrgyz troops repelled an attack on a border post near Saryqol on Tuesday",
                     WEST, "Bishkek Wire")
    (a,), (b,) = reports_of(filed), reports_of(told)
    assert not a.place_told and b.place_told
    assert sorted(s["n_reports"] for s in link_analyses([filed, told]).stories) == [2]
    # the capital named in the sentence itself is where that report puts the attack
    inside = _repelled("Kyrgyz troops repelled an attack on a post in Bishkek on Tuesday.",
                       "Kyrgyz troops repelled an attack on a post in Bishkek on Tuesday",
                       CAPITAL, "Steppe Times")
    assert sorted(s["n_reports"] for s in link_analyses([inside, told]).stories) == [1, 1]


def test_link_context_unknown_name_near_its_anchor_does_not_veto():
    # A crossing the gazetteer lacks, anchored at a town 100 km away across the border.
    crossing = PlaceRef("local:TJ.ak-bel-crossing", "Ak-Bel crossing", "other", "TJ", "03",
                        39.95, 71.60)
    village = PlaceRef("local:KG.saryqol", "Saryqol", "other", "KG", "09", 39.90, 70.50)
    known = _ref(WEST)
    assert place_match(crossing, village) == 0
    assert place_match(crossing, known) == 0
    far = PlaceRef("local:TJ.ak-bel-crossing", "Ak-Bel crossing", "other", "TJ", "03",
                   37.50, 74.50)  # 400 km off: apart still
    assert place_match(far, known) == -1
    # two known towns as far apart stay apart
    town = PlaceRef("geonames:2000030", "Isfara", "city", "TJ", "03", 39.95, 71.60)
    assert place_match(known, town) == -1


def test_link_context_fight_kind_reads_words_between():
    from wirecoder.link.records import fight_kind

    assert fight_kind("exchanged artillery and mortar fire across the river", [], []) == "exchange"
    assert fight_kind("traded heavy fire overnight", [], []) == "exchange"
    assert fight_kind("drone had struck a depot", [], []) == "strike"
    assert fight_kind("exchanged prisoners and bodies on Friday", [], []) is None


def _shelled(text: str, evidence: str, day: str, outlet: str, place: Place = WEST):
    return analysis_of(text, [{"type": "ASSAULT", "mode": "heavy-weapons", "actor": ["KGZ.MIL"],
                               "date": day, "evidence": evidence, "place": place}],
                       outlet=outlet, published=DAY)


def test_link_context_parts_of_adjacent_days_keep_two_shellings_apart():
    tuesday = _shelled("Kyrgyz artillery shelled Saryqol at 7 a.m. on Tuesday, officials said.",
                       "Kyrgyz artillery shelled Saryqol at 7 a.m. on Tuesday",
                       "2024-11-19T07:00", "Bishkek Wire")
    wednesday = _shelled("Kyrgyz artillery shelled Saryqol again on Wednesday morning.",
                         "Kyrgyz artillery shelled Saryqol again on Wednesday morning",
                         "2024-11-20TMO", "Valley Post")
    assert _with_fighting([tuesday, wednesday]) == [1, 1]
    # late on one day and early on the next: one night's shelling, told in two time zones
    late = _shelled("Kyrgyz artillery shelled Saryqol at 11 p.m. on Tuesday, officials said.",
                    "Kyrgyz artillery shelled Saryqol at 11 p.m. on Tuesday",
                    "2024-11-19T23:00", "Bishkek Wire")
    early = _shelled("Kyrgyz artillery shelled Saryqol at 1 a.m. on Wednesday.",
                     "Kyrgyz artillery shelled Saryqol at 1 a.m. on Wednesday",
                     "2024-11-20T01:00", "Steppe Times")
    assert _with_fighting([late, early]) == [2]


def test_link_context_dateline_with_its_day_is_no_told_place():
    dated = _repelled("Bishkek, November 19 - Kyrgyz troops repelled an attack on a border post "
                      "on Tuesday.", "Kyrgyz troops repelled an attack on a border post on "
                      "Tuesday", CAPITAL, "Valley Post")
    (report,) = reports_of(dated)
    assert not report.place_told


def test_link_context_place_the_events_stage_took_from_the_article_is_not_told():
    found = _repelled("Kyrgyz troops repelled an attack on a border post in Bishkek on Tuesday.",
                      "Kyrgyz troops repelled an attack on a border post", CAPITAL, "Valley Post")
    found.events[0] = found.events[0].model_copy(update={"place_how": "article"})
    (report,) = reports_of(found)
    assert not report.place_told


def _lone(text: str, evidence: str, outlet: str):
    """A report whose only party is no country's, in an article that names one Kyrgyz village
    (which blocks it with the Kyrgyz reports of that day)."""
    found = analysis_of(text, [{"type": "ASSAULT", "actor": ["o:gunmen"], "date": "2024-11-19",
                                "evidence": evidence}], outlet=outlet, published=DAY)
    found.places.append(WEST)
    return found


def _near_story(place: Place, town: str, outlets: tuple[str, str]):
    return [_shelled(f"Kyrgyz artillery shelled {town} on Tuesday, {outlet} was told.",
                     f"Kyrgyz artillery shelled {town} on Tuesday", "2024-11-19", outlet, place)
            for outlet in outlets]


def test_link_context_lone_report_joins_the_one_story_it_nearly_meets():
    lone = _lone("Gunmen fired on the valley on Tuesday.", "Gunmen fired on the valley on Tuesday",
                 "Valley Post")
    story = _near_story(WEST, "Saryqol", ("Bishkek Wire", "Steppe Times"))
    assert _with_fighting([lone, *story]) == [3]
    # near two stories of that day, it is told apart from both
    town = Place(id="geonames:2000040", name="Kyzyl-Bulak", kind="city", precision="city",
                 country="KG", admin1="09", lat=40.40, lon=72.60)  # 200 km off: another fight
    other = _near_story(town, "Kyzyl-Bulak", ("Khujand Daily", "Osh Times"))
    assert _with_fighting([lone, *story, *other]) == [1, 2, 2]


def test_link_local_name_told_in_its_unit_is_not_in_another_unit():
    # an unknown village the text put 'in the X region' (placed at X, precision admin1) and a
    # town of another region 250 km from X's centre: two places, though within ADMIN_KM
    village = PlaceRef(id="local:ML.kora", name="Kora", kind="other", country="ML",
                       admin1="08", lat=16.40, lon=-2.96, precision="admin1")
    town = PlaceRef(id="geonames:1", name="Sangha", kind="city", country="ML", admin1="04",
                    lat=14.48, lon=-4.18, precision="city")
    same_unit = PlaceRef(id="geonames:2", name="Goundam", kind="city", country="ML",
                         admin1="08", lat=16.41, lon=-3.67, precision="city")
    assert place_match(village, town) == -1
    assert place_match(town, village) == -1
    assert place_match(village, same_unit) >= 0
    # anchored at a town (no unit told), the guess stays neutral
    guessed = PlaceRef(id="local:ML.kora", name="Kora", kind="other", country="ML",
                       admin1="08", lat=16.40, lon=-2.96, precision="city")
    assert place_match(guessed, town) == 0
