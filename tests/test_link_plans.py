"""What one side would do, dated by nothing but publication, is not the act done: the two stay
apart even when a third report, neither a plan nor a fact ('may have been freed'), meets
both. Texts are our own."""
from __future__ import annotations

from datetime import UTC, datetime

from wirecoder.link import link_analyses
from wirecoder.link.synthetic import analysis_of

DAY = datetime(2024, 11, 20, 12, 0, tzinfo=UTC)


def _one(text: str, status: str, outlet: str, dated: bool):
    ev = {"type": "RETREAT", "mode": "release", "actor": ["RUS.GOV"], "recipient": ["UKR"],
          "place": "Odesa", "evidence": text.rstrip("."), "trigger": text.split()[1],
          "status": status}
    if dated:
        ev.update(date="2024-11-19", how="relative")
    return analysis_of(text, [ev], outlet=outlet, published=DAY)


def test_link_plans_an_undated_plan_never_joins_the_act_done_through_a_third():
    done = _one("Russia released four Ukrainian farmers in Odesa on Tuesday.",
                "occurred", "Wire", True)
    maybe = _one("Russia may have released four Ukrainian farmers in Odesa.",
                 "possible", "Post", False)
    plan = _one("Russia would release four Ukrainian farmers held in Odesa.",
                "planned", "Herald", False)
    stories = link_analyses([done, maybe, plan]).stories
    story_of = {r["article_id"]: s["id"] for s in stories for r in s["reports"]}
    assert story_of[done.article.id] != story_of[plan.article.id], \
        [[r["status"] for r in s["reports"]] for s in stories]
