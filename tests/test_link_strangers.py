"""A report that names no party nor place is read with its article: when its article does not
name every party of the other report, it tells of other parties ('He was released without
charge' in a story about a teachers' strike is not 'Ghana released four Togolese farmers')."""

from __future__ import annotations

from datetime import UTC, datetime

from wirecoder.link.compat import pair_score
from wirecoder.link.records import reports_of
from wirecoder.link.synthetic import analysis_of

DAY = datetime(2024, 11, 20, 9, 0, tzinfo=UTC)
RELEASE = {"type": "RETREAT", "mode": "release", "date": "2024-11-19", "how": "relative"}


def _farmers():
    text = "Ghana released four Togolese farmers on Tuesday."
    ev = {**RELEASE, "actor": ["GHA"], "recipient": ["TGO"], "evidence": text.rstrip("."),
          "trigger": "released"}
    return reports_of(analysis_of(text, [ev], outlet="Wire", published=DAY))[0]


def _bare_in(first: str, actors: list[str], recipients: list[str]):
    text = first + " He was released without charge on Tuesday."
    evs = [{"type": "PROTEST", "actor": actors, "recipient": recipients, "date": "2024-11-19",
            "evidence": first.rstrip(".")},
           {**RELEASE, "evidence": "He was released without charge on Tuesday",
            "trigger": "released"}]
    return next(r for r in reports_of(analysis_of(text, evs, outlet="Post", published=DAY))
                if r.type == "RETREAT")


def test_link_strangers_bare_report_of_another_story_does_not_score():
    bare = _bare_in("Teachers in Ghana went on strike on Tuesday.", ["GHA"], [])
    assert pair_score(bare, _farmers()) is None
    assert pair_score(_farmers(), bare) is None


def test_link_strangers_bare_report_whose_article_names_both_parties_still_scores():
    bare = _bare_in("Togo protested to Ghana on Tuesday over the detentions.", ["TGO"], ["GHA"])
    assert pair_score(bare, _farmers()) is not None
