"""A plain common noun naming a group of people ('voters', 'activists') is its own actor: the
event takes no party named earlier in the article."""

from __future__ import annotations

import pytest


def _events(result, trigger: str):
    return [e for e in result.events if e.trigger.text == trigger]


def test_discourse_own_group_across_paragraphs_borrows_no_actor(analyze_text):
    result = analyze_text("The United States said on Monday that it backed Guyana's claim to "
                          "the region.\n\nIn a referendum last year, voters backed the creation "
                          "of a new state in the disputed region.")
    first, voters = _events(result, "backed")
    assert first.actor == ["USA"]
    assert voters.type == "SUPPORT" and voters.actor == []
    assert "voters backed" in voters.evidence.text


@pytest.mark.parametrize(("second", "actor"), [
    ("Activists also rejected it on Tuesday.", []),  # their own act, country unknown
    ("Chadian activists also rejected it on Tuesday.", ["TCD.OPP"]),  # named: their own
    ("Its citizens also rejected it on Tuesday.", ["TCD.GOV"]),  # a possessive: Chad's
])
def test_discourse_own_group_in_the_same_paragraph(analyze_text, second, actor):
    result = analyze_text("The government of Chad rejected the proposal on Monday. " + second)
    first, then = _events(result, "rejected")
    assert first.actor == ["TCD.GOV"]
    assert then.actor == actor


def test_discourse_own_group_leaves_weapons_to_their_attacker(analyze_text):
    # A plain noun for things, not people, still continues the attack told before it.
    result = analyze_text("Russia launched a missile attack on Kharkiv on Monday. Missiles "
                          "hit a school and a hospital.")
    (hit,) = _events(result, "hit")
    assert hit.actor == ["RUS"]
