"""An arrest and an attack with weapons are two acts, even by one side on one day near one
place; an arrest may still be an abduction, a beating or crowd control told otherwise."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from wirecoder.link import link_analyses
from wirecoder.link.compat import kinds_compatible, pair_score
from wirecoder.link.records import reports_of
from wirecoder.link.synthetic import analysis_of

DAY = datetime(2024, 11, 20, 9, 0, tzinfo=UTC)


def _one(text: str, type_: str, mode: str | None, trigger: str, outlet: str):
    ev = {"type": type_, "mode": mode, "actor": ["GHA.MIL"], "date": "2024-11-19",
          "evidence": text.rstrip("."), "trigger": trigger}
    return analysis_of(text, [ev], outlet=outlet, published=DAY)


@pytest.mark.parametrize(("mode", "compatible"), [
    ("firearms", False), ("heavy-weapons", False), ("drone", False),
    ("abduct", True), ("beat", True), ("crowd-control", True), (None, True),
])
def test_link_arrest_attack_kinds_by_weapon(mode, compatible):
    assert kinds_compatible("COERCE", "arrest", "ASSAULT", mode) is compatible
    assert kinds_compatible("ASSAULT", mode, "COERCE", "arrest") is compatible


def test_link_arrest_attack_arrest_does_not_join_the_firefight():
    fire = _one("Ghanaian soldiers fired on a Togolese post near Wenya on Tuesday.", "ASSAULT",
                "firearms", "fired", "Wire")
    arrest = _one("Ghanaian soldiers detained four traders near Wenya on Tuesday.", "COERCE",
                  "arrest", "detained", "Post")
    told = _one("Four traders were arrested by Ghanaian soldiers near Wenya on Tuesday.",
                "COERCE", "arrest", "arrested", "Herald")
    a, b = reports_of(fire)[0], reports_of(arrest)[0]
    assert pair_score(a, b) is None
    stories = link_analyses([fire, arrest, told]).stories
    sizes = sorted(s["n_reports"] for s in stories)
    assert sizes == [1, 2]
    (pair,) = [s for s in stories if s["n_reports"] == 2]
    assert pair["type"] == "COERCE"


@pytest.mark.parametrize("mode", ["crowd-control", "firearms", None])
def test_link_arrest_attack_a_blocked_way_is_no_attack(mode):
    # 'its path was blocked by three vessels' / 'a coast guard ship fired its water cannon'
    assert not kinds_compatible("COERCE", "restrict", "ASSAULT", mode)
    assert not kinds_compatible("ASSAULT", mode, "COERCE", "restrict")
    block = _one("Ghanaian vessels blocked the path of a Togolese boat near Wenya on Tuesday.",
                 "COERCE", "restrict", "blocked", "Wire")
    cannon = _one("Ghanaian vessels fired water cannon at a Togolese boat near Wenya on Tuesday.",
                  "ASSAULT", mode, "fired", "Post")
    assert pair_score(reports_of(block)[0], reports_of(cannon)[0]) is None
