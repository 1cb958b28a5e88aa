"""Recall of linking across accounts that each tell one side of an event."""

from __future__ import annotations

from datetime import UTC, datetime

from wirecoder.link import link_analyses
from wirecoder.link.compat import MERGE_THRESHOLD, pair_score
from wirecoder.link.merge import _Summary
from wirecoder.link.records import reports_of
from wirecoder.link.synthetic import analysis_of
from wirecoder.model import Place

DAY = datetime(2024, 11, 20, 9, 0, tzinfo=UTC)
TOWN = Place(id="geonames:1000001", name="Ardenvale", kind="city", precision="city",
             country="ET", admin1="01", lat=14.0, lon=39.0)


def _one(text: str, evidence: str, outlet: str, kind: str = "AGREE", actor=(), recipient=()):
    return analysis_of(text, [{"type": kind, "actor": list(actor), "recipient": list(recipient),
                               "date": "2024-11-19", "evidence": evidence, "place": TOWN}],
                       outlet=outlet, published=DAY)


ONE_SIDE = _one("Ethiopian officers agreed a truce at a meeting in Ardenvale on Tuesday.",
                "Ethiopian officers agreed a truce at a meeting in Ardenvale on Tuesday",
                "Horn Wire", actor=("ETH",))
OTHER_SIDE = _one("Officers agreed a truce with Eritrea at a meeting in Ardenvale on Tuesday.",
                  "Officers agreed a truce with Eritrea at a meeting in Ardenvale on Tuesday",
                  "Red Sea Post", recipient=("ERI",))


def test_link_recall_one_side_each_joins_when_the_pair_was_scored():
    a, b = reports_of(ONE_SIDE)[0], reports_of(OTHER_SIDE)[0]
    score = pair_score(a, b)
    assert score is not None and score >= MERGE_THRESHOLD
    assert [s["n_reports"] for s in link_analyses([ONE_SIDE, OTHER_SIDE]).stories] == [2]


def test_link_recall_roles_fit_one_side_each_but_not_two_attackers():
    attack_by = _one("Sudanese troops shelled Ardenvale on Tuesday.",
                     "Sudanese troops shelled Ardenvale on Tuesday", "A", "ASSAULT",
                     actor=("SDN",))
    attack_on = _one("Ardenvale, held by Eritrea, was shelled on Tuesday.",
                     "Ardenvale, held by Eritrea, was shelled on Tuesday", "B", "ASSAULT",
                     recipient=("ERI",))
    other_attacker = _one("Eritrean troops shelled Ardenvale on Tuesday.",
                          "Eritrean troops shelled Ardenvale on Tuesday", "C", "ASSAULT",
                          actor=("ERI",))
    by, on, other = (_Summary.of(reports_of(x)[0]) for x in (attack_by, attack_on, other_attacker))
    assert by.fits(on)
    assert not by.fits(other)
