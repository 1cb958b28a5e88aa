"""An exchange of fire and a strike stay two stories even when a report that tells neither
('killing five people') scores with both; 'opened fire on the posts' is gunfire, told as the
exchange, not the strike."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from wirecoder.link import link_analyses
from wirecoder.link.records import fight_kind
from wirecoder.link.synthetic import analysis_of

DAY = datetime(2024, 11, 20, 9, 0, tzinfo=UTC)


def _one(text: str, trigger: str, outlet: str, actors=("RUS.MIL",), mode=None):
    ev = {"type": "ASSAULT", "mode": mode, "actor": list(actors), "recipient": ["UKR"],
          "date": "2024-11-19", "place": "Kharkiv", "evidence": text.rstrip("."),
          "trigger": trigger}
    return analysis_of(text, [ev], outlet=outlet, published=DAY)


@pytest.mark.parametrize("after", ["opened fire on Ukrainian posts", "open fire on the posts"])
def test_link_fight_clusters_opening_fire_is_gunfire(after):
    assert fight_kind(after, ["RUS.MIL"], []) == "exchange"


def test_link_fight_clusters_a_report_of_neither_does_not_join_them():
    fire = _one("Russian troops traded fire with Ukrainian units near Kharkiv on Tuesday.",
                "traded", "Wire")
    posts = _one("Russian troops opened fire on Ukrainian posts near Kharkiv on Tuesday.",
                 "opened", "Herald")
    strike = _one("Russian drones struck a fuel depot near Kharkiv on Tuesday.", "struck",
                  "Post", mode="drone")
    toll = _one("Russian forces hit Ukraine near Kharkiv on Tuesday, killing five people.",
                "hit", "Ledger")
    stories = link_analyses([fire, posts, strike, toll]).stories
    by_outlet = {r["outlet"]: s["id"] for s in stories for r in s["reports"]}
    assert by_outlet["Wire"] == by_outlet["Herald"]
    assert by_outlet["Post"] != by_outlet["Wire"]
