"""Expelling the other side's envoys and recalling one's own are two measures, whatever else
two reports of one day share."""

from __future__ import annotations

from datetime import UTC, datetime

from wirecoder.link.compat import MERGE_THRESHOLD, pair_score
from wirecoder.link.records import reports_of
from wirecoder.link.synthetic import analysis_of

DAY = datetime(2024, 11, 20, 9, 0, tzinfo=UTC)


def _measure(text: str, mode: str, outlet: str):
    ev = {"type": "SANCTION", "mode": mode, "actor": ["ECU"], "recipient": ["COL"],
          "date": "2024-11-20", "precision": "day", "evidence": text.rstrip(".")}
    return reports_of(analysis_of(text, [ev], outlet=outlet, published=DAY))[0]


def test_link_envoys_expelling_and_recalling_are_two_measures():
    expel = _measure("Ecuador expelled Colombia's ambassador on Wednesday.", "expel", "Wire")
    recall = _measure("Ecuador recalled its ambassador from Colombia on Wednesday.", "withdraw",
                      "Post")
    assert pair_score(expel, recall) is None


def test_link_envoys_two_reports_of_one_expulsion_merge():
    one = _measure("Ecuador expelled Colombia's ambassador on Wednesday.", "expel", "Wire")
    two = _measure("Quito ordered the Colombian ambassador to leave on Wednesday.", "expel",
                   "Post")
    assert pair_score(one, two) >= MERGE_THRESHOLD
