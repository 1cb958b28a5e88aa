"""Casualty tolls across days: what a running figure counts, parts of a toll, and updates."""

from __future__ import annotations

from datetime import UTC, datetime

from wirecoder.link import link_analyses
from wirecoder.link.records import quantity_points_of
from wirecoder.link.synthetic import analysis_of
from wirecoder.model import Claim, ClaimSource, Quantity, Span


def _toll_article(text: str, evidence: str, number: str, value: int, day: int, source: str,
                  claim: str | None = None, counted: str = "killed"):
    """An attack told in ``evidence``; its toll ``number`` in ``claim`` (said by ``source``)
    when given, else in the evidence."""
    published = datetime(2025, 3, day, 12, 0, tzinfo=UTC)
    ev = {"type": "ASSAULT", "actor": ["RUS"], "recipient": ["UKR"], "place": "Odesa",
          "date": "2025-03-10", "evidence": evidence}
    a = analysis_of(text, [ev], outlet=f"Outlet {day}", published=published)
    start = text.index(number, text.index(claim) if claim else 0)
    a.quantities.append(Quantity(id="q1", span=Span.of(text, start, start + len(number)),
                                 value=value, counted=counted, fate=counted))
    if claim:
        c = text.index(claim)
        s = text.index(source)
        a.claims.append(Claim(id="c1", source=ClaimSource(text=source, kind="institution",
                                                          span=Span.of(text, s, s + len(source))),
                              content=Span.of(text, c, c + len(claim)), style="indirect"))
        a.events[0] = a.events[0].model_copy(update={"claim": "c1"})
    else:
        a.events[0] = a.events[0].model_copy(update={"quantities": ["q1"]})
    return a


FIRST = _toll_article("Russian drones struck the port of Odesa on Monday, killing two people.",
                      "Russian drones struck the port of Odesa on Monday", "two", 2, 11,
                      "the governor")
LATER = _toll_article(
    "The toll from Monday's Russian drone attack on the port of Odesa has risen to five, the "
    "regional administration said.", "Monday's Russian drone attack on the port of Odesa",
    "five", 5, 12, "the regional administration",
    claim="The toll from Monday's Russian drone attack on the port of Odesa has risen to five")


def test_analyst_b_tolls_figure_in_the_claim_joins_the_story_series():
    """The toll in the claim that tells the attack is that attack's toll, not a loose count."""
    (point,) = quantity_points_of(LATER)
    assert point.event_id == "e1"
    linked = link_analyses([FIRST, LATER])
    assert len(linked.stories) == 1
    assert [(r["value"], r["story_id"]) for r in linked.estimates] == [
        (2, linked.stories[0]["id"]), (5, linked.stories[0]["id"])]


def test_analyst_b_tolls_a_risen_figure_is_an_update_not_a_contradiction():
    """Five a day after two ('has risen to five') revises the toll; two vs five the same
    day from two voices, neither told as a rise, is a clash."""
    assert not [c for c in link_analyses([FIRST, LATER]).contradictions
                if c["kind"] == "numbers"]
    other = _toll_article("Russian drones struck the port of Odesa on Monday, killing five "
                          "people, the mayor said.", "Russian drones struck the port of Odesa "
                          "on Monday", "five", 5, 11, "the mayor",
                          claim="Russian drones struck the port of Odesa on Monday, killing "
                                "five people")
    clashes = [c for c in link_analyses([FIRST, other]).contradictions
               if c["kind"] == "numbers"]
    assert [(c["a"]["value"], c["b"]["value"]) for c in clashes] == [(2, 5)]


def test_analyst_b_tolls_part_of_the_wounded_is_no_toll():
    text = ("Russian drones struck the port of Odesa on Monday, wounding seven people. "
            "Three of the wounded were in a serious condition, the governor said.")
    a = _toll_article(text, "Russian drones struck the port of Odesa on Monday", "seven", 7, 11,
                      "the governor", counted="wounded")
    start = text.index("Three")
    a.quantities.append(Quantity(id="q2", span=Span.of(text, start, start + 5), value=3,
                                 counted="wounded", fate="wounded"))
    assert [p.value for p in quantity_points_of(a)] == [7]


def test_analyst_b_tolls_a_publication_time_without_offset_compares():
    """A feed's bare date ('2025-03-11T00:00:00') beside an offset time clashed in a
    subtraction and stopped the linking."""
    naive = _toll_article("Russian drones struck the port of Odesa on Monday, killing nine "
                          "people, the mayor said.", "Russian drones struck the port of Odesa "
                          "on Monday", "nine", 9, 11, "the mayor",
                          claim="Russian drones struck the port of Odesa on Monday, killing "
                                "nine people")
    naive.article = naive.article.model_copy(update={"published": datetime(2025, 3, 11)})
    rows = link_analyses([FIRST, naive]).contradictions
    assert [(c["a"]["value"], c["b"]["value"]) for c in rows] == [(2, 9)]
