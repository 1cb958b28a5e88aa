"""A writer telling a second act of a kind ('a second drone strike', 'hours earlier, ...')
keeps it apart from the first, even when another outlet's report of each could chain them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from wirecoder.link import link_analyses
from wirecoder.link.records import reports_of, tells_another
from wirecoder.link.synthetic import analysis_of

DAY = datetime(2024, 11, 20, 9, 0, tzinfo=UTC)


def _strike(evidence: str, place: str) -> dict:
    return {"type": "ASSAULT", "mode": "drone", "date": "2024-11-19", "evidence": evidence,
            "place": place}


def _both_strikes() -> list:
    first = "A drone struck a fuel depot in eastern Ukraine on Tuesday, killing three people"
    second = ("Later that morning, a second drone strike hit a house in Kharkiv on Tuesday, "
              "killing two people")
    wire = analysis_of(f"{first}. {second}.", [_strike(first, "Ukraine"),
                                               _strike(second, "Kharkiv")],
                       outlet="Wire", published=DAY)
    local = analysis_of("Drones struck a house in Kharkiv on Tuesday morning, killing two people.",
                        [_strike("Drones struck a house in Kharkiv on Tuesday morning, killing "
                                 "two people", "Kharkiv")], outlet="Kharkiv Post", published=DAY)
    return [wire, local]


def test_link_second_strike_of_an_article_stays_apart_from_its_first():
    wire, local = _both_strikes()
    linked = link_analyses([wire, local])
    together = [s for s in linked.stories if s["n_reports"] > 1]
    # The house strike's two reports merge; the depot strike is not chained into them.
    assert len(together) == 1
    assert {r["article_id"] for r in together[0]["reports"]} == {wire.article.id,
                                                                 local.article.id}
    assert all("house" in r["evidence"] for r in together[0]["reports"])


@pytest.mark.parametrize(("text", "another"), [
    ("a second drone strike hit a house", True),
    ("In a separate attack, drones struck a house", True),
    ("Hours earlier, a patrol craft rammed a trawler", True),
    ("another shell landed on the market", True),
    ("fighting went on for a second day", False),
    ("struck the boat a second time", False),
    ("a drone struck a fuel depot", False),
])
def test_link_tells_another_reads_the_writers_words(text, another):
    assert tells_another(text) is another


def test_link_reports_carry_where_their_evidence_starts():
    wire, _ = _both_strikes()
    reps = sorted(reports_of(wire), key=lambda r: r.at)
    assert reps[0].at == 0 and not reps[0].another
    assert reps[1].at > 0 and reps[1].another


def test_link_act_of_its_own_stays_apart_from_the_act_it_answers():
    text = ("Ukraine sent two gunboats into the bay on Tuesday, and its neighbour answered by "
            "sending gunboats of its own into the bay on Tuesday.")
    first = {"type": "MOBILIZE", "mode": "weapons", "actor": ["UKR"], "date": "2024-11-19",
             "evidence": text.rstrip("."), "trigger": "sent"}
    answer = {**first, "evidence": "sending gunboats of its own into the bay on Tuesday",
              "trigger": "sending"}
    linked = link_analyses([analysis_of(text, [first, answer], outlet="Wire", published=DAY)])
    assert sorted(s["n_reports"] for s in linked.stories) == [1, 1]


@pytest.mark.parametrize(("after", "another"), [
    ("sending gunboats of its own into the bay", True),
    ("responded in kind on Wednesday", True),
    ("sent gunboats into the bay, and the other side answered with gunboats of its own", False),
])
def test_link_tells_another_reads_an_answer_in_kind_at_the_trigger(after, another):
    assert tells_another("", after) is another
