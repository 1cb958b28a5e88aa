"""Linking across articles: merging, determinism, corroboration, contradictions, estimates."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from wirecoder.link import link_analyses
from wirecoder.link.compat import mode_points
from wirecoder.link.dates import parse_interval
from wirecoder.link.records import reports_of
from wirecoder.link.syndication import copy_groups, jaccard, shingles
from wirecoder.link.synthetic import PLACES, analysis_of
from wirecoder.model import Place

DAY = datetime(2024, 11, 20, 9, 0, tzinfo=UTC)


def strike(text, evidence, outlet, place="Kharkiv", date="2024-11-19", precision="day",
           published=DAY, actor=("RUS",), recipient=("UKR",), **extra):
    ev = {"type": "ASSAULT", "mode": "missile", "actor": list(actor),
          "recipient": list(recipient), "place": place, "date": date, "precision": precision,
          "evidence": evidence, **extra}
    if place is None:
        ev.pop("place")
    return analysis_of(text, [ev], outlet=outlet, published=published)


KHARKIV_A = strike("Russian missiles hit an apartment block in Kharkiv on Tuesday night, "
                   "city officials said.", "Russian missiles hit an apartment block in Kharkiv",
                   "Daily Ledger")
KHARKIV_B = strike("A missile attack by Russia struck a residential building in Kharkiv "
                   "late on Tuesday.", "A missile attack by Russia struck a residential "
                   "building in Kharkiv", "Morning Post", actor=("RUS.MIL",))
ODESA = strike("Russia fired missiles at the port of Odesa on Tuesday.",
               "Russia fired missiles at the port of Odesa", "Daily Ledger", place="Odesa")
KHARKIV_LATER = strike("Russian missiles hit Kharkiv again on Friday.",
                       "Russian missiles hit Kharkiv again", "Morning Post", date="2024-11-22",
                       published=DAY + timedelta(days=3))


def groups(linked) -> set[frozenset]:
    return {frozenset((r["article_id"], r["event_id"]) for r in s["reports"])
            for s in linked.stories}


def test_link_merges_same_event_across_outlets():
    linked = link_analyses([KHARKIV_A, KHARKIV_B])
    assert len(linked.stories) == 1
    story = linked.stories[0]
    assert story["type"] == "ASSAULT"
    assert story["n_reports"] == 2 and story["n_outlets"] == 2
    assert story["articles"] == sorted([KHARKIV_A.article.id, KHARKIV_B.article.id])
    assert story["place"]["name"] == "Kharkiv"
    assert story["date"]["value"] == "2024-11-19"


@pytest.mark.parametrize("other", [ODESA, KHARKIV_LATER], ids=["other-city", "other-day"])
def test_link_keeps_different_events_apart(other):
    linked = link_analyses([KHARKIV_A, KHARKIV_B, other])
    assert len(linked.stories) == 2


def test_link_keeps_different_attackers_apart():
    other = strike("Belarusian aircraft struck Kharkiv on Tuesday, a monitor claimed.",
                   "Belarusian aircraft struck Kharkiv", "Wire", actor=("BLR",))
    assert len(link_analyses([KHARKIV_A, other]).stories) == 2


@pytest.mark.parametrize(("date", "precision", "merged"), [
    ("2024-11", "month", True),
    ("2024-W47", "week", True),
    ("2024-11-20", "day", True),  # adjacent day: "overnight" vs "on Tuesday"
    ("2024-11-23", "day", False),
    ("2024-10", "month", False),
])
def test_link_date_precision_compatibility(date, precision, merged):
    other = strike("Earlier this month Russian missiles hit an apartment block in Kharkiv.",
                   "Russian missiles hit an apartment block in Kharkiv", "Weekly Review",
                   date=date, precision=precision)
    assert (len(link_analyses([KHARKIV_A, other]).stories) == 1) is merged


def test_link_dates_parse_by_precision():
    assert parse_interval("2024-11").days == 30
    assert parse_interval("2024-11-19TMO").days == 1
    assert parse_interval("2024-W47-WE").start.isoformat() == "2024-11-23"
    assert parse_interval("P3D") is None


def test_link_region_contains_city():
    other = strike("Russia shelled the Kharkiv region on Tuesday.", "Russia shelled the "
                   "Kharkiv region", "Wire", place="Kharkiv Oblast")
    assert len(link_analyses([KHARKIV_A, other]).stories) == 1


def test_link_merges_within_article():
    text = ("Russian drones struck Odesa overnight. The drone attack on Odesa damaged a "
            "power station, officials said.")
    ev = {"type": "ASSAULT", "actor": ["RUS"], "recipient": ["UKR"], "place": "Odesa",
          "date": "2024-11-19"}
    a = analysis_of(text, [{**ev, "evidence": "Russian drones struck Odesa overnight."},
                           {**ev, "actor": [], "evidence": "The drone attack on Odesa damaged "
                                                           "a power station"}])
    linked = link_analyses([a])
    assert len(linked.stories) == 1 and linked.stories[0]["n_reports"] == 2


def test_link_unplaced_report_joins_one_story_only():
    """A report without a place may fit two stories; it must not chain them together."""
    vague = strike("Russian missiles hit an apartment block on Tuesday.",
                   "Russian missiles hit an apartment block", "Wire", place=None)
    linked = link_analyses([KHARKIV_A, ODESA, vague])
    assert len(linked.stories) == 2
    kharkiv = next(s for s in linked.stories if s["place"]["name"] == "Kharkiv")
    assert kharkiv["n_reports"] == 2  # the most similar evidence wins


def test_link_deterministic_whatever_the_order():
    items = [KHARKIV_A, KHARKIV_B, ODESA, KHARKIV_LATER]
    expected = link_analyses(items)
    for seed in range(5):
        shuffled = items[:]
        random.Random(seed).shuffle(shuffled)
        got = link_analyses(shuffled)
        assert got.stories == expected.stories
        assert got.contradictions == expected.contradictions


def test_link_story_id_from_earliest_member():
    linked = link_analyses([KHARKIV_B, KHARKIV_A])
    again = link_analyses([KHARKIV_A, KHARKIV_B])
    assert linked.stories[0]["id"] == again.stories[0]["id"]
    assert linked.stories[0]["id"].startswith("st-")


WIRE = ("Missiles launched by Russia hit a school and two houses in Kharkiv on Tuesday "
        "evening, the regional governor said, adding that rescue teams worked through the "
        "night to clear the rubble and that the city's heating network was damaged.")


def test_link_syndicated_copies_count_once():
    copy_a = strike(WIRE, "Missiles launched by Russia hit a school", "Globe Wire")
    copy_b = strike(WIRE + " Reporting by staff.", "Missiles launched by Russia hit a school",
                    "Valley Times")
    copy_c = strike("By our correspondent. " + WIRE, "Missiles launched by Russia hit a school",
                    "Harbor Herald")
    own = KHARKIV_A
    assert len({copy_a.article.id, copy_b.article.id, copy_c.article.id}) == 3
    linked = link_analyses([copy_a, copy_b, copy_c, own])
    assert len(linked.stories) == 1
    story = linked.stories[0]
    assert story["n_outlets"] == 4
    assert story["n_independent"] == 2
    assert linked.stats["syndicated_articles"] == 2


def test_link_shingles_separate_different_bodies():
    a, b = shingles(WIRE), shingles(KHARKIV_A.article.text)
    assert jaccard(a, a) == 1.0 and jaccard(a, b) < 0.2
    from wirecoder.link.records import article_ref

    groups_ = copy_groups([article_ref(KHARKIV_A), article_ref(KHARKIV_B)])
    assert groups_[KHARKIV_A.article.id] == KHARKIV_A.article.id


def test_link_same_speaker_counts_once():
    claim = {"source": "Ukraine's air force", "kind": "institution", "actor": "UKR.MIL"}
    a = strike("Ukraine's air force said Russia launched missiles at Kharkiv on Tuesday.",
               "Russia launched missiles at Kharkiv", "Daily Ledger", claim=claim)
    b = strike("Russia launched missiles at Kharkiv on Tuesday, Ukraine's air force reported.",
               "Russia launched missiles at Kharkiv on Tuesday", "Morning Post", claim=claim)
    story = link_analyses([a, b]).stories[0]
    assert story["n_reports"] == 2 and story["n_independent"] == 1
    assert story["speakers"] == ["Ukraine's air force"]


@pytest.mark.parametrize(("speaker", "party"), [("UKR.GOV", True), ("RUS.MIL", True),
                                                ("p:un-monitor", False)])
def test_link_party_source_flag(speaker, party):
    claim = {"source": "the source", "kind": "institution", "actor": speaker}
    a = strike("Russian missiles hit Kharkiv on Tuesday, the source said.",
               "Russian missiles hit Kharkiv", "Daily Ledger", claim=claim)
    story = link_analyses([a]).stories[0]
    assert story["party_source"] is party
    assert (story["party_sources"] == [speaker]) is party


def test_link_contradiction_denial():
    denial = strike("Russia's defence ministry denied striking a residential building in "
                    "Kharkiv on Tuesday.", "striking a residential building in Kharkiv",
                    "Wire", status="denied",
                    claim={"source": "Russia's defence ministry", "kind": "institution",
                           "actor": "RUS.MIL", "polarity": "negative"})
    linked = link_analyses([KHARKIV_A, KHARKIV_B, denial])
    assert len(linked.stories) == 1
    assert linked.stories[0]["disputed"] is True
    (row,) = [c for c in linked.contradictions if c["kind"] == "denial"]
    assert row["a"]["speakers"] == ["Russia's defence ministry"]
    assert row["a"]["outlets"] == ["Wire"]
    assert row["b"]["outlets"] == ["Daily Ledger", "Morning Post"]


def test_link_contradiction_polarity():
    none = strike("The strike on Kharkiv on Tuesday caused no casualties, the mayor said.",
                  "The strike on Kharkiv on Tuesday caused no casualties", "Daily Ledger")
    some = strike("Russian missiles killed 12 people in Kharkiv on Tuesday.",
                  "Russian missiles killed 12 people in Kharkiv", "Morning Post",
                  quantities=[{"text": "12", "value": 12, "counted": "killed"}])
    linked = link_analyses([none, some])
    assert len(linked.stories) == 1
    (row,) = linked.contradictions
    assert row["kind"] == "polarity"
    assert row["a"]["value"] == 0 and row["a"]["outlets"] == ["Daily Ledger"]
    assert row["b"]["value"] == 12 and row["b"]["outlets"] == ["Morning Post"]


@pytest.mark.parametrize(("low", "bound", "contradicts"), [
    ({"text": "three", "value": 3}, "exact", True),
    ({"text": "up to 20", "value": 20}, "upper", False),
    ({"text": "about 11", "value": 11, "approximate": True}, "exact", False),
])
def test_link_contradiction_numbers(low, bound, contradicts):
    q1 = {**low, "counted": "killed", "bound": bound}
    a = strike(f"Russian missiles killed {low['text']} people in Kharkiv on Tuesday.",
               "Russian missiles killed", "Daily Ledger", quantities=[q1])
    b = strike("Russian missiles killed 12 people in Kharkiv on Tuesday, officials said.",
               "Russian missiles killed 12 people", "Morning Post",
               quantities=[{"text": "12", "value": 12, "counted": "killed"}])
    linked = link_analyses([a, b])
    assert len(linked.stories) == 1
    rows = [c for c in linked.contradictions if c["kind"] == "numbers"]
    assert bool(rows) is contradicts
    if rows:
        assert {rows[0]["a"]["value"], rows[0]["b"]["value"]} == {3, 12}


TROOPS = [
    ("2024-10-18", "Seoul said North Korea had sent 3,000 troops to Russia.", "3,000", 3000,
     "exact", False, "Capital Daily"),
    ("2024-11-05", "North Korea has deployed about 11,000 soldiers in Russia, officials said.",
     "about 11,000", 11000, "exact", True, "Wire"),
    ("2024-11-26", "Analysts said North Korea's contingent may grow to 100,000 troops.",
     "100,000", 100000, "upper", False, "Review"),
]


def _troop_articles(order):
    out = []
    for day, text, snippet, value, bound, approx, outlet in order:
        ev = {"type": "MOBILIZE", "actor": ["PRK"], "recipient": ["RUS"], "date": day,
              "evidence": text.rstrip("."),
              "quantities": [{"text": snippet, "value": value, "counted": "troops",
                              "bound": bound, "approximate": approx}]}
        out.append(analysis_of(text, [ev], outlet=outlet,
                               published=datetime.fromisoformat(day + "T10:00:00+00:00")))
    return out


def test_link_estimate_series_order_and_fields():
    rows = link_analyses(_troop_articles(reversed(TROOPS))).estimates
    assert [r["value"] for r in rows] == [3000, 11000, 100000]
    assert [r["date"] for r in rows] == ["2024-10-18", "2024-11-05", "2024-11-26"]
    assert {r["series"] for r in rows} == {rows[0]["series"]}
    assert rows[0]["subject"] == "PRK" and rows[0]["counted"] == "troops"
    assert rows[1]["approximate"] is True and rows[2]["bound"] == "upper"
    assert rows[2]["hedged"] is True and rows[2]["high"] == 100000
    assert [r["outlet"] for r in rows] == ["Capital Daily", "Wire", "Review"]
    assert all(r["story_id"] for r in rows)


def test_link_reports_carry_claims_and_quantities():
    a = strike("Russian missiles killed 12 people in Kharkiv on Tuesday, the mayor said.",
               "Russian missiles killed 12 people in Kharkiv", "Daily Ledger",
               claim={"source": "the mayor", "kind": "named"},
               quantities=[{"text": "12", "value": 12, "counted": "killed"}])
    (r,) = reports_of(a)
    assert r.claim_id == "c1" and r.speaker == "the mayor"
    assert [q.value for q in r.quantities] == [12]
    assert r.place.name == "Kharkiv" and r.place.lat == PLACES["Kharkiv"].lat


def test_link_incremental_equals_batch():
    from wirecoder.link import Collected, link_collected

    items = [KHARKIV_A, ODESA, KHARKIV_B, KHARKIV_LATER]
    collected = Collected()
    for analysis in items:  # one article at a time, as ingest delivers them
        collected.add(analysis)
    assert link_collected(collected).stories == link_analyses(items).stories
    collected.add(KHARKIV_B)  # a re-analysis replaces the article's reports
    assert link_collected(collected).stories == link_analyses(items).stories


def test_link_tolerates_swapped_roles():
    swapped = strike("Ukraine was struck by Russia in Kharkiv on Tuesday, officials said.",
                     "Ukraine was struck by Russia in Kharkiv", "Wire", actor=("UKR",),
                     recipient=("RUS",))
    assert len(link_analyses([KHARKIV_A, swapped]).stories) == 1


def test_link_contradiction_numbers_in_estimate_series():
    clash = ("2024-10-18", "Kyiv said North Korea had sent at least 10,000 troops to Russia.",
             "at least 10,000", 10000, "lower", False, "Kyiv Ledger")
    linked = link_analyses(_troop_articles([*TROOPS, clash]))
    (row,) = [c for c in linked.contradictions if c["series"]]
    assert row["kind"] == "numbers" and row["counted"] == "troops"
    assert row["date"] == "2024-10-18"
    assert (row["a"]["value"], row["a"]["outlets"]) == (3000, ["Capital Daily"])
    assert (row["b"]["value"], row["b"]["outlets"]) == (10000, ["Kyiv Ledger"])


def test_link_same_sentence_in_syndicated_copies_is_one_report():
    """Extractors may date the copies' sentence differently (time zones); it is one report."""
    ev = {"type": "ASSAULT", "evidence": "two ballistic missiles hit the block"}
    a = analysis_of(WIRE + " Later, two ballistic missiles hit the block.",
                    [{**ev, "date": "2024-11-19"}], outlet="Globe Wire")
    b = analysis_of("By our correspondent. " + WIRE + " Later, two ballistic missiles hit "
                    "the block.", [{**ev, "date": "2024-11-20"}], outlet="Valley Times")
    c = analysis_of("Elsewhere, two ballistic missiles hit the block, a witness said.",
                    [{**ev, "date": "2024-11-21"}], outlet="Harbor Herald")
    linked = link_analyses([a, b, c])
    assert sorted(s["n_reports"] for s in linked.stories) == [1, 2]
    assert next(s for s in linked.stories if s["n_reports"] == 2)["n_independent"] == 1


def test_link_contradiction_polarity_in_the_next_sentence():
    none = strike("Russian missiles hit Kharkiv on Tuesday, the mayor said. Nobody was hurt in "
                  "the attack, he added.", "Russian missiles hit Kharkiv", "Daily Ledger")
    some = strike("Russian missiles killed 12 people in Kharkiv on Tuesday.",
                  "Russian missiles killed 12 people in Kharkiv", "Morning Post",
                  quantities=[{"text": "12", "value": 12, "counted": "killed"}])
    (row,) = link_analyses([none, some]).contradictions
    assert row["kind"] == "polarity"
    assert row["a"]["text"] == "Nobody was hurt in the attack, he added."
    assert row["b"]["text"] == "Russian missiles killed 12 people in Kharkiv"


@pytest.mark.parametrize(("counted", "expected"), [
    ("km", None), ("miles", None), ("percent", None), ("USD", None),
    ("soldiers", "troops"), ("dead", "killed"), ("missiles", "missiles"),
])
def test_link_measures_are_no_estimates(counted, expected):
    from wirecoder.link.contradict import canonical_counted

    assert canonical_counted(counted) == expected


def _point(article, qid, value, counted, fate=None, subject=None, event=None,
           date="2024-11-19", speaker=None):
    """An estimate point as the linker builds it from a stored quantity (with its fate)."""
    from types import SimpleNamespace

    return SimpleNamespace(article_id=article, quantity_id=qid, value=float(value),
                           counted=counted, fate=fate, bound="exact", approximate=False,
                           text=str(value), subject=subject, event_id=event, date=date,
                           outlet="Wire", speaker=speaker, claim_id=None, hedged=False,
                           hedges=(), victims=None)


def _series(rows):
    out: dict[str, list] = {}
    for r in rows:
        out.setdefault(r["series"], []).append(r)
    return {(s[0]["counted"], s[0]["subject"]): s for s in out.values()}


def test_link_estimate_strike_counts_split_by_fate_and_keyed_by_story():
    from wirecoder.link.estimates import estimate_rows, series_contradictions

    points = [  # a ministry: six fired, five intercepted, one damaged; an official: 8 and 2
        _point("a", "Q1", 6, "missiles", "fired", "SYL", "e1", speaker="the ministry"),
        _point("a", "Q2", 5, "missiles", "intercepted", "MRS", "e2", speaker="the ministry"),
        _point("a", "Q3", 1, "missiles", "damaged", "MRS", "e2", speaker="the ministry"),
        _point("b", "Q1", 8, "missiles", "fired", "SYL", "e1", speaker="an official"),
        _point("b", "Q2", 2, "missiles", "intercepted", "MRS", None, speaker="an official"),
    ]
    story_of = {("a", "e1"): "st-1", ("a", "e2"): "st-1", ("b", "e1"): "st-1"}
    rows = estimate_rows(points, story_of)
    by_fate: dict[str, list] = {}
    for r in rows:
        by_fate.setdefault(r["series"], []).append(r)
    values = sorted(sorted(r["value"] for r in s) for s in by_fate.values())
    assert values == [[2, 5], [6, 8]]  # the lone "one damaged" is no series
    assert {r["subject"] for r in rows} == {"st-1"}
    assert {r["story_id"] for r in rows} == {"st-1"}  # the official's 2 borrows its story
    assert series_contradictions(rows, points) == []  # the story's own contradictions say it


def test_link_estimate_counts_of_sources_are_no_series():
    from wirecoder.link.estimates import estimate_rows

    points = [_point("a", "Q1", 2, "officials", subject="USA.GOV", date="2024-11-19"),
              _point("b", "Q1", 3, "officials", subject="USA.GOV", date="2024-11-20"),
              _point("a", "Q2", 2, "tanks", subject="USA.GOV", date="2024-11-19"),
              _point("b", "Q2", 3, "tanks", subject="USA.GOV", date="2024-11-20")]
    assert {r["counted"] for r in estimate_rows(points, {})} == {"tanks"}


def test_link_estimate_borrows_a_story_only_when_the_article_has_one():
    from wirecoder.link.estimates import stories_of_points

    points = [_point("a", "Q1", 6, "drones", "fired", "SYL", "e1"),
              _point("a", "Q2", 9, "drones", "fired", "SYL", "e2"),
              _point("a", "Q3", 4, "drones", "intercepted", "MRS", None),
              _point("b", "Q1", 3, "drones", "fired", "SYL", "e1"),
              _point("b", "Q2", 2, "drones", "intercepted", None, None)]
    stories = stories_of_points(points, {("a", "e1"): "st-1", ("a", "e2"): "st-2",
                                         ("b", "e1"): "st-1"})
    assert ("a", "Q3") not in stories
    assert stories[("b", "Q2")] == "st-1"


def test_link_estimate_troops_default_fate_and_continued_subject():
    from wirecoder.link.estimates import estimate_rows

    points = [
        _point("a", "Q1", 11000, "soldiers", "deployed", "PRK.MIL", "e1", "2024-11-05"),
        # "the Pentagon put the number at 3,000": its sentence's first actor is the source
        _point("a", "Q2", 3000, "soldiers", "deployed", "USA.MIL.MOD", None, "2024-11-05"),
        # "the total may reach 100,000": no actor in the sentence
        _point("a", "Q10", 100000, "troops", "deployed", None, None, "2024-11-05"),
        # "10,000 North Korean troops are in Russia": no verb, so troops' usual fate
        _point("b", "Q1", 10000, "troops", None, "PRK.MIL", None, "2024-11-04"),
        # a country named first is taken at its word, not continued
        _point("a", "Q11", 20000, "troops", "deployed", "UKR", None, "2024-11-05"),
    ]
    rows = estimate_rows(points, {("a", "e1"): "st-9"})
    (prk,) = [s for (counted, subject), s in _series(rows).items() if subject == "PRK"]
    assert [r["value"] for r in prk] == [10000, 11000, 3000, 100000]  # Q2 before Q10
    assert {r["counted"] for r in prk} == {"troops"}
    assert all(r["value"] != 20000 for r in rows)


@pytest.mark.parametrize(("value", "counted", "fate", "figure", "title"), [
    (1, "missiles", "fired", "1 missile", "missiles fired"),
    (6, "missiles", "intercepted", "6 missiles", "missiles intercepted"),
    (10000, "troops", "deployed", "10,000 troops", "troops deployed"),
    (1, "casualties", None, "1 casualty", "casualties"),
    (1, "people", None, "1 person", "people"),
    (1, "killed", "killed", "1 killed", "killed"),
    (1, "votes in favour", None, "1 vote in favour", "votes in favour"),
    (12, "abstentions", None, "12 abstentions", "abstentions"),
])
def test_link_estimate_words_for_readers(value, counted, fate, figure, title):
    from wirecoder.link import estimates

    assert estimates.figure(value, counted) == figure
    assert estimates.series_title(counted, fate) == title


def test_link_estimate_rows_carry_the_fate_of_stored_quantities():
    def salvo(text, fired, intercepted, outlet):
        return strike(text, text.split(" and")[0], outlet, place="Odesa", quantities=[
            {"text": fired[0], "value": fired[1], "counted": "missiles", "fate": "fired"},
            {"text": intercepted[0], "value": intercepted[1], "counted": "missiles",
             "fate": "intercepted"}])

    a = salvo("Russia fired six missiles at Odesa and four were shot down, the navy said.",
              ("six", 6), ("four", 4), "Daily Ledger")
    b = salvo("Russia fired nine missiles at Odesa and one was shot down, a monitor said.",
              ("nine", 9), ("one", 1), "Morning Post")
    rows = link_analyses([a, b]).estimates
    assert {(r["fate"], r["value"]) for r in rows} == {("fired", 6), ("fired", 9),
                                                      ("intercepted", 4), ("intercepted", 1)}
    assert len({r["series"] for r in rows}) == 2
    assert {r["subject"] for r in rows} == {rows[0]["story_id"]}
    numbers = link_analyses([a, b]).contradictions  # like with like: fired 6 vs 9, 4 vs 1
    assert sorted((c["a"]["value"], c["b"]["value"]) for c in numbers) == [(1, 4), (6, 9)]


# --- who a count is about (records) -------------------------------------------------------

def _counting(text, number, counted, actors, claim=None, source=None):
    """One loose count in ``text`` with actors mentioned wherever their words occur."""
    import re as _re

    from wirecoder.model import Actor, Claim, ClaimSource, Quantity, Span

    found = analysis_of(text, [])
    start = text.index(number)
    found.quantities.append(Quantity(id="q1", span=Span.of(text, start, start + len(number)),
                                     value=1.0, counted=counted))
    found.actors = [Actor(id=aid, name=aid, kind="country",
                          mentions=[Span.of(text, m.start(), m.end())
                                    for w in words for m in _re.finditer(_re.escape(w), text)])
                    for aid, words in actors.items()]
    if claim:
        c = text.index(claim)
        found.claims.append(Claim(id="c1", source=ClaimSource(text=source, kind="named"),
                                  content=Span.of(text, c, c + len(claim)), style="indirect"))
    return found


@pytest.mark.parametrize(("text", "number", "counted", "actors", "subject"), [
    # the place the troops are in is not whose they are
    ("Officials spoke of roughly 10,000 troops in Russia by then.", "10,000", "troops",
     {"RUS": ["Russia"]}, None),
    ("Pyongyang has roughly 10,000 troops in Russia.", "10,000", "troops",
     {"PRK": ["Pyongyang"], "RUS": ["Russia"]}, "PRK"),
    ("Ukraine moved 4,000 troops into Russia's border region.", "4,000", "troops",
     {"RUS": ["Russia"], "UKR": ["Ukraine"]}, "UKR"),
    # an actor named after the number is a source or a bystander, not the subject
    ("The force may reach 100,000 soldiers, a figure that Latvian officials doubted.",
     "100,000", "soldiers", {"LVA": ["Latvian"]}, None),
    # the owner inside the counted noun phrase wins over an actor before it
    ("In a statement, Russia said about 2,000 Belarusian troops had arrived.", "2,000",
     "troops", {"RUS": ["Russia"], "BLR": ["Belarusian"]}, "BLR"),
    ("About 500 soldiers from Belarus crossed into Ukraine overnight.", "500", "soldiers",
     {"BLR": ["Belarus"], "UKR": ["Ukraine"]}, "BLR"),
    # a noun phrase is a few words, not a clause
    ("About 300 residents said they had seen Belarusian troops.", "300", "troops",
     {"BLR": ["Belarusian"]}, None),
    # an agent after the number
    ("At least 300 protesters were detained by Belarus in the capital.", "300", "protesters",
     {"BLR": ["Belarus"]}, "BLR"),
])
def test_link_records_subject_of_a_count(text, number, counted, actors, subject):
    from wirecoder.link.records import quantity_points_of

    (point,) = quantity_points_of(_counting(text, number, counted, actors))
    assert point.subject == subject


def test_link_records_subject_skips_the_speaker_of_the_claim():
    from wirecoder.link.records import quantity_points_of

    text = "Seoul said 1,500 troops had been shipped to Russia."
    analysis = _counting(text, "1,500", "troops", {"KOR": ["Seoul"], "RUS": ["Russia"]},
                         claim="1,500 troops had been shipped to Russia", source="Seoul")
    (point,) = quantity_points_of(analysis)
    assert point.subject is None and point.speaker == "Seoul"


def test_link_records_counts_after_a_place_join_the_owners_series():
    """'10,000 troops in Russia' continues the article's count of North Korean soldiers."""
    text = ("About 11,000 North Korean soldiers are in the region, Kyiv said. Earlier, "
            "officials spoke of roughly 10,000 troops in Russia.")
    ev = {"type": "MOBILIZE", "actor": ["PRK"], "evidence": "About 11,000 North Korean "
          "soldiers are in the region", "quantities": [
              {"text": "11,000", "value": 11000, "counted": "soldiers", "fate": "deployed"}]}
    a = analysis_of(text, [ev], loose_quantities=[
        {"text": "10,000", "value": 10000, "counted": "troops"}])
    a.actors = [a.actors[0].model_copy(update={"mentions": [a.events[0].evidence]}),
                *a.actors[1:]]
    from wirecoder.model import Actor, Span

    a.actors.append(Actor(id="RUS", name="Russia", kind="country", country="RUS",
                          mentions=[Span.of(text, text.index("Russia"),
                                            text.index("Russia") + 6)]))
    rows = link_analyses([a]).estimates
    assert {(r["subject"], r["value"]) for r in rows} == {("PRK", 11000), ("PRK", 10000)}


# --- a source revising its own figure is no contradiction ----------------------------------

def _toll(text, evidence, outlet, figures, source="the governor", actor="p:governor"):
    quantities = [{"text": t, "value": v, "counted": "killed"} for t, v in figures]
    return strike(text, evidence, outlet, quantities=quantities,
                  claim={"source": source, "kind": "named", "actor": actor,
                         "content": evidence})


REVISED = _toll("Russian missiles killed three people in Kharkiv on Tuesday, the governor said, "
                "and he later raised the toll to seven.", "Russian missiles killed three people "
                "in Kharkiv on Tuesday, the governor said, and he later raised the toll to seven",
                "Daily Ledger", [("three", 3), ("seven", 7)])


@pytest.mark.parametrize(("other", "clash"), [
    (None, None),  # the governor's 3 then 7: a revision
    ((["seven", 7]), None),  # another voice agrees with the revised figure
    ((["20", 20]), (3, 20)),  # another voice's 20 clashes with both of the governor's
])
def test_link_contradiction_numbers_revision_by_one_voice(other, clash):
    items = [REVISED]
    if other:
        items.append(_toll(f"Russian missiles killed {other[0]} people in Kharkiv on Tuesday, "
                           "the mayor said.", f"Russian missiles killed {other[0]} people in "
                           "Kharkiv", "Morning Post", [tuple(other)], source="the mayor",
                           actor="p:mayor"))
    linked = link_analyses(items)
    assert len(linked.stories) == 1
    rows = [c for c in linked.contradictions if c["kind"] == "numbers"]
    assert [(r["a"]["value"], r["b"]["value"]) for r in rows] == ([clash] if clash else [])
    if clash:
        assert rows[0]["a"]["speakers"] == ["the governor"]
        assert rows[0]["b"]["speakers"] == ["the mayor"]


def test_link_contradiction_numbers_two_voices_in_one_article():
    """Two speakers in one article who disagree still contradict each other."""
    text = ("Russian missiles killed three people in Kharkiv on Tuesday, the governor said. "
            "Russian missiles killed 12 people in Kharkiv on Tuesday, a rescuer said.")
    evs = [{"type": "ASSAULT", "actor": ["RUS"], "recipient": ["UKR"], "place": "Kharkiv",
            "date": "2024-11-19", "evidence": ev, "claim": {"source": who, "kind": "named",
                                                             "content": ev},
            "quantities": [{"text": t, "value": v, "counted": "killed"}]}
           for ev, who, t, v in [
               ("Russian missiles killed three people in Kharkiv", "the governor", "three", 3),
               ("Russian missiles killed 12 people in Kharkiv", "a rescuer", "12", 12)]]
    linked = link_analyses([analysis_of(text, evs, outlet="Daily Ledger")])
    (row,) = [c for c in linked.contradictions if c["kind"] == "numbers"]
    assert (row["a"]["value"], row["b"]["value"]) == (3, 12)


# --- independent sources: one article, one source, one count --------------------------------

def _two_reports(first_claim=None, second_claim=None, outlet="Daily Ledger"):
    """One article reporting one strike twice: a claim and a second trigger after it."""
    text = ("Russian drones struck Odesa on Tuesday, hitting a power station, the governor "
            "said, and a rescuer said the attack on Odesa set a depot on fire.")
    ev = {"type": "ASSAULT", "actor": ["RUS"], "recipient": ["UKR"], "place": "Odesa",
          "date": "2024-11-19"}
    first = {**ev, "evidence": "Russian drones struck Odesa on Tuesday"}
    second = {**ev, "evidence": "hitting a power station"}
    if first_claim:
        first["claim"] = {**first_claim, "content": "Russian drones struck Odesa on Tuesday"}
    if second_claim:
        second["claim"] = {**second_claim, "content": "the attack on Odesa set a depot on fire"}
        second["evidence"] = "the attack on Odesa"
    return analysis_of(text, [first, second], outlet=outlet)


GOVERNOR = {"source": "the governor", "kind": "named", "actor": "p:governor"}
RESCUER = {"source": "a rescuer", "kind": "named", "actor": "p:rescuer"}
IT = {"source": "it", "kind": "institution"}


@pytest.mark.parametrize(("first", "second", "independent"), [
    (GOVERNOR, None, 1),  # a claim and its sentence's second trigger: one source
    (None, None, 1),  # the outlet's own voice twice
    (GOVERNOR, GOVERNOR, 1),  # the same speaker twice
    (GOVERNOR, RESCUER, 2),  # two speakers quoted in one article
    (IT, None, 1),  # an unresolved pronoun and the outlet's voice
])
def test_link_corroboration_one_article(first, second, independent):
    (story,) = link_analyses([_two_reports(first, second)]).stories
    assert story["n_reports"] == 2 and story["n_articles"] == 1
    assert story["n_independent"] == independent


def test_link_corroboration_pronoun_speakers_are_not_shared_across_articles():
    a = strike("Russian drones struck Odesa on Tuesday, it said.",
               "Russian drones struck Odesa", "Daily Ledger", place="Odesa", claim=IT)
    b = strike("A drone attack by Russia hit Odesa on Tuesday, it said.",
               "A drone attack by Russia hit Odesa", "Morning Post", place="Odesa", claim=IT)
    (story,) = link_analyses([a, b]).stories
    assert story["n_independent"] == 2


@pytest.mark.parametrize(("sentence", "contradicts"), [
    ("The toll in Kharkiv is four times the 5 people killed reported at first.", False),
    ("The toll in Kharkiv has risen, up from 5 killed reported at first.", False),
    ("The toll in Kharkiv is above an earlier estimate of 5 killed.", False),
    ("Russian shelling killed 5 people in Kharkiv on Tuesday.", True),
])
def test_link_contradiction_numbers_skip_a_baseline_of_comparison(sentence, contradicts):
    """A figure named only to compare with ('four times the 5 reported') is an earlier
    account, not a second account of the same moment."""
    nurse = strike("Russian shelling killed 20 people in Kharkiv on Tuesday, a nurse said.",
                   "Russian shelling killed 20 people in Kharkiv", "Morning Post",
                   quantities=[{"text": "20", "value": 20, "counted": "killed"}],
                   claim={"source": "a nurse", "kind": "named", "actor": "p:nurse"})
    outlet = strike(sentence, sentence.rstrip("."), "Daily Ledger",
                    quantities=[{"text": "5", "value": 5, "counted": "killed"}])
    linked = link_analyses([nurse, outlet])
    assert len(linked.stories) == 1
    rows = [c for c in linked.contradictions if c["kind"] == "numbers"]
    assert bool(rows) is contradicts


def test_link_near_types_are_not_charged_for_their_modes():
    # One asset freeze coded COERCE/restrict by one report and SANCTION/discontinue by another:
    # the modes of two types always differ, so only the near-type cost applies.
    base = {"actor": ["USA"], "recipient": ["RUS"], "date": "2024-11-19"}
    a = analysis_of("Washington froze the assets of three Russian banks on Tuesday.",
                    [{**base, "type": "COERCE", "mode": "restrict",
                      "evidence": "Washington froze the assets of three Russian banks"}],
                    outlet="Wire")
    b = analysis_of("The United States sanctioned three Russian banks on Tuesday.",
                    [{**base, "type": "SANCTION", "mode": "discontinue",
                      "evidence": "The United States sanctioned three Russian banks"}],
                    outlet="Post")
    ra, rb = reports_of(a)[0], reports_of(b)[0]
    assert mode_points(ra, rb) == 0.0
    assert len(link_analyses([a, b]).stories) == 1


def test_link_district_contains_its_towns_far_from_its_centre():
    district = Place(id="admin2:UA.0001", name="Kharkiv district", kind="other",
                     precision="point", country="UA", admin1="Kharkiv", lat=49.0, lon=37.5)
    other = strike("Russia shelled the Kharkiv district on Tuesday.",
                   "Russia shelled the Kharkiv district", "Wire", place=district)
    assert len(link_analyses([KHARKIV_A, other]).stories) == 1  # 140 km from the town
    odesa = strike("Russia fired missiles at the port of Odesa on Tuesday, a monitor said.",
                   "Russia fired missiles at the port of Odesa", "Wire", place=district)
    assert len(link_analyses([ODESA, odesa]).stories) == 2  # another province


TBILISI = Place(id="geonames:611717", name="Tbilisi", kind="city", precision="city",
                country="GE", admin1="Tbilisi", lat=41.6941, lon=44.8337)


def test_link_report_naming_nothing_meets_its_articles_countries():
    # The second report names no actor or place: blocked under its article's countries, it
    # is compared with (and merged into) the other outlet's report of the same detentions.
    ev = {"type": "COERCE", "mode": "arrest", "date": "2024-11-19"}
    a = analysis_of("Georgian police detained 43 protesters in Tbilisi on Tuesday.",
                    [{**ev, "actor": ["GEO.POL"], "place": TBILISI,
                      "evidence": "Georgian police detained 43 protesters in Tbilisi"}],
                    outlet="Wire")
    b = analysis_of("Protests went on in Tbilisi. Police detained 43 protesters on Tuesday.",
                    [{**ev, "type": "PROTEST", "mode": None, "place": TBILISI,
                      "evidence": "Protests went on in Tbilisi"},
                     {**ev, "evidence": "Police detained 43 protesters on Tuesday"}],
                    outlet="Post")
    assert {s["n_reports"] for s in link_analyses([a, b]).stories} == {2, 1}
    alone = analysis_of("Police detained 43 protesters on Tuesday.",
                        [{**ev, "evidence": "Police detained 43 protesters on Tuesday"}],
                        outlet="Post")
    assert [s["n_reports"] for s in link_analyses([a, alone]).stories] == [1, 1]


def test_link_adjacent_days_join_only_through_a_pair_that_states_them():
    # A strike on Tuesday and a shoot-down on Wednesday score too low as a pair; a report of
    # the whole week fits both, but may not carry the one-day gap between them.
    tuesday = strike("Russian missiles hit an apartment block in Kharkiv on Tuesday, killing "
                     "four.", "Russian missiles hit an apartment block in Kharkiv",
                     "Daily Ledger", actor=("RUS.MIL",), recipient=())
    wednesday = strike("Russian air defences shot down 30 drones on Wednesday, the ministry "
                       "said.", "Russian air defences shot down 30 drones", "Evening Post",
                       place=None, date="2024-11-20", actor=("RUS.MIL.AIR",),
                       recipient=("UKR.MIL",))
    week = strike("Russian forces hit targets in Ukraine this week, the ministry said.",
                  "Russian forces hit targets in Ukraine this week", "Weekly Review",
                  place=None, date="2024-W47", precision="week", actor=("RUS.MIL",),
                  recipient=("UKR.MIL",))
    stories = link_analyses([tuesday, wednesday, week]).stories
    assert sorted(s["n_reports"] for s in stories) == [1, 2]
    assert len(link_analyses([tuesday, week]).stories) == 1
