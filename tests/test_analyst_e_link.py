"""Linking rules analyst E found missing on a base-attack story: a toll of soldiers and a toll
of militants are counts of different people, never two accounts of one number."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from wirecoder.link import link_analyses

WEDNESDAY = datetime(2025, 4, 9, 10, 0, tzinfo=timezone(timedelta(hours=1)))

REBELS_SAY = ("Rebels attacked an army base near Gao on Monday, killing {n} {who}, the rebel "
              "group said.")
ARMY_SAYS = ("The army said it had repelled a rebel attack on its base near Gao on Monday and "
             "killed 40 militants.")


def _linked(analyze_text, who: str, n: int = 15):
    a = analyze_text(REBELS_SAY.format(n=n, who=who), WEDNESDAY, outlet="Valley Courier")
    b = analyze_text(ARMY_SAYS, WEDNESDAY, outlet="Capital Bulletin")
    linked = link_analyses([a, b])
    assert len(linked.stories) == 1  # one attack, told by both sides
    return [c for c in linked.contradictions if c["kind"] == "numbers"]


def test_link_soldiers_and_militants_killed_do_not_contradict(analyze_text):
    assert _linked(analyze_text, "soldiers") == []


def test_link_same_victims_killed_still_contradict(analyze_text):
    (row,) = _linked(analyze_text, "militants")
    assert {row["a"]["value"], row["b"]["value"]} == {15.0, 40.0}


def test_link_unnamed_victims_still_contradict(analyze_text):
    (row,) = _linked(analyze_text, "people")
    assert {row["a"]["value"], row["b"]["value"]} == {15.0, 40.0}


def test_link_victims_of_a_count():
    from wirecoder.link.records import victims_of

    text = ("They killed more than 30 of the attackers, while 19 soldiers and 12 people "
            "died; 7 wounded civilians were moved and 5 killed in the raid on police.")
    found = {w: victims_of(text, text.index(w) + len(w)) for w in ("30", "19", "12", "7", "5")}
    assert found == {"30": "militants", "19": "troops", "12": None, "7": "civilians",
                     "5": None}


def test_link_estimates_split_tolls_of_two_sides(analyze_text):
    a = analyze_text(REBELS_SAY.format(n=15, who="soldiers"), WEDNESDAY, outlet="Valley Courier")
    b = analyze_text(ARMY_SAYS, WEDNESDAY, outlet="Capital Bulletin")
    rows = link_analyses([a, b]).estimates
    # 15 soldiers then 40 militants is no toll rising from 15 to 40
    assert not any({r["value"] for r in rows if r["series"] == s} == {15.0, 40.0}
                   for s in {r["series"] for r in rows})
