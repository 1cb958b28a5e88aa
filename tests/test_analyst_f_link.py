"""Linking rule analyst F found missing on a border-clash story: one article telling a
shelling on one day and shelling again the next tells two events, not one."""

from __future__ import annotations

from datetime import UTC, datetime

from wirecoder.link import link_analyses

THURSDAY = datetime(2025, 9, 11, 9, 0, tzinfo=UTC)


def _stories_of(linked, analysis) -> dict[str, str]:
    return {r["event_id"]: s["id"] for s in linked.stories for r in s["reports"]
            if r["article_id"] == analysis.article.id}


def _assault(analysis, word: str) -> str:
    return next(e.id for e in analysis.events
                if e.type == "ASSAULT" and e.trigger.text == word)


def test_link_one_article_two_days_of_shelling_stay_apart(analyze_text):
    a = analyze_text("Army units shelled the village of Dorna on Tuesday, the council said.\n"
                     "The council said army units shelled Dorna again on Wednesday morning.",
                     THURSDAY, outlet="Valley Courier")
    linked = link_analyses([a])
    story = _stories_of(linked, a)
    first, second = (e.id for e in a.events if e.type == "ASSAULT")
    assert story[first] != story[second]


def test_link_two_articles_adjacent_days_may_still_merge(analyze_text):
    a = analyze_text("Army units shelled the village of Dorna late on Tuesday, the council "
                     "said.", THURSDAY, outlet="Valley Courier")
    b = analyze_text("Army units shelled the village of Dorna early on Wednesday, the council "
                     "said.", THURSDAY, outlet="Capital Bulletin")
    linked = link_analyses([a, b])
    assert _stories_of(linked, a)[_assault(a, "shelled")] == \
        _stories_of(linked, b)[_assault(b, "shelled")]
