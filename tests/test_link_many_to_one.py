"""Many parties thank or call on one: a shared recipient does not make two such reports one act
when only one of them names who did it."""

from __future__ import annotations

from datetime import UTC, datetime

from wirecoder.link.compat import MERGE_THRESHOLD, pair_score
from wirecoder.link.records import reports_of
from wirecoder.link.synthetic import analysis_of

DAY = datetime(2024, 11, 20, 9, 0, tzinfo=UTC)


def _thanks(text: str, actors: list[str], outlet: str, typ: str = "SUPPORT"):
    ev = {"type": typ, "actor": actors, "recipient": ["OMN"], "date": "2024-11",
          "precision": "month", "evidence": text.rstrip(".")}
    return reports_of(analysis_of(text, [ev], outlet=outlet, published=DAY))[0]


def test_link_many_to_one_thanks_by_a_named_and_an_unnamed_party_stay_apart():
    named = _thanks("The United Kingdom thanked Oman for its role in the talks.", ["GBR"],
                    "Wire")
    unnamed = _thanks("The committee head thanked Oman for its sincere efforts in the talks.",
                      [], "Post")
    score = pair_score(named, unnamed)
    assert score is not None and score < MERGE_THRESHOLD


def test_link_many_to_one_same_named_party_still_merges():
    one = _thanks("The United Kingdom thanked Oman for its role in the talks.", ["GBR"], "Wire")
    two = _thanks("Britain thanked Oman for its role in the talks on Sunday.", ["GBR"], "Post")
    assert pair_score(one, two) >= MERGE_THRESHOLD
