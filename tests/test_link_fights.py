"""An exchange of fire and a strike at one place on one day are two acts; so are a fight of
two sides and a raid on a third."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from wirecoder.link.compat import pair_score
from wirecoder.link.records import fight_kind, reports_of
from wirecoder.link.synthetic import analysis_of

DAY = datetime(2024, 11, 20, 9, 0, tzinfo=UTC)


def _report(text: str, trigger: str, actors: list[str], recipients: list[str] = (),
            outlet: str = "Wire"):
    ev = {"type": "ASSAULT", "actor": actors, "recipient": list(recipients),
          "date": "2024-11-19", "evidence": text.rstrip("."), "trigger": trigger}
    return reports_of(analysis_of(text, [ev], outlet=outlet, published=DAY))[0]


@pytest.mark.parametrize(("after", "actors", "recipients", "kind"), [
    ("traded fire near the crossing", [], [], "exchange"),
    ("exchange of fire between the two armies", [], [], "exchange"),
    ("firefight at the post", [], [], "exchange"),
    ("struck a fuel depot", [], [], "strike"),
    ("drone strike on a depot", [], [], "strike"),
    ("bombed a storage site", [], [], "strike"),
    ("accusing each other of shooting first", ["UKR.MIL", "RUS.MIL"], [], "exchange"),
    ("shelled the town", ["RUS.MIL"], ["UKR"], None),
    ("opened fire on the posts", ["RUS.MIL"], [], "exchange"),  # gunfire, not a strike
    ("attacked the posts", ["RUS.MIL"], [], None),
])
def test_link_fight_kind_reads_trigger_and_sides(after, actors, recipients, kind):
    assert fight_kind(after, actors, recipients) == kind


def test_link_exchange_of_fire_and_strike_do_not_merge():
    fire = _report("Russian and Ukrainian troops traded fire near the border crossing on "
                   "Tuesday.", "traded", ["RUS.MIL", "UKR.MIL"], outlet="Wire")
    strike = _report("Russian troops struck near the border crossing on Tuesday, the ministry "
                     "said.", "struck", ["RUS.MIL"], outlet="Post")
    assert pair_score(fire, strike) is None
    assert fire.fight == "exchange" and strike.fight == "strike"


def test_link_fight_of_two_sides_and_raid_on_a_third_do_not_merge():
    fire = _report("Russian and Ukrainian troops fought near the border crossing on Tuesday.",
                   "fought", ["RUS.MIL", "UKR.MIL"], outlet="Wire")
    raid = _report("Russian police carried out an operation against a hideout of the rebels "
                   "near the border crossing on Tuesday.", "operation", ["RUS.POL"],
                   ["SYR.REB"], outlet="Post")
    assert raid.fight is None
    assert pair_score(fire, raid) is None
    # Told by one side, with the other as the one attacked, it is the same fight.
    told = _report("Russian troops fought Ukrainian troops near the border crossing on Tuesday.",
                   "fought", ["RUS.MIL"], ["UKR.MIL"], outlet="Post")
    assert pair_score(fire, told) is not None
