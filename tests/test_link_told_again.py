"""A writer naming again, with a definite noun, an act told earlier in the article ('a drone
struck a house overnight' … 'the strike hit a compound shortly after midnight') refers back to
it: the two reports are one act unless the later one is told as another. Texts are our own."""
from __future__ import annotations

from datetime import UTC, datetime

from wirecoder.link import link_analyses
from wirecoder.link.compat import MERGE_THRESHOLD, back_points, pair_score
from wirecoder.link.records import refers_back, reports_of

DAY = datetime(2024, 11, 18, 9, 0, tzinfo=UTC)  # a Monday

TEXT = ("At least nine people were killed when a drone struck a house in the Gayan district "
        "of Paktika province overnight, officials said on Monday.\n"
        "Residents said the strike hit a compound near the village of Surkai shortly after "
        "midnight.\n")


def test_link_told_again_definite_act_refers_back():
    assert refers_back("the strike hit a compound near the village")
    assert refers_back("The air strike killed four")
    assert not refers_back("a second strike hit a compound")
    assert not refers_back("strikes hit the town")


def test_link_told_again_overnight_and_after_midnight_are_one_act(analyze_text):
    a = analyze_text(TEXT, published=DAY)
    strikes = [r for r in reports_of(a) if r.type == "ASSAULT"]
    later = [r for r in strikes if r.back]
    earlier = [r for r in strikes if "overnight" in r.evidence or "drone" in r.evidence]
    assert later and earlier, [(r.event_id, r.evidence, r.back) for r in strikes]
    assert (pair_score(earlier[0], later[0]) or 0.0) >= MERGE_THRESHOLD
    stories = link_analyses([a]).stories
    story_of = {r["event_id"]: s["id"] for s in stories for r in s["reports"]}
    assert story_of[earlier[0].event_id] == story_of[later[0].event_id]


def test_link_told_again_not_when_told_as_another(analyze_text):
    # 'a second strike' is no definite name; 'the strike … minutes later' is one, told as
    # another act all the same, and gets no points for referring back
    a = analyze_text(TEXT.replace("the strike hit", "a second strike hit"), published=DAY)
    assert not any(r.back for r in reports_of(a) if r.type == "ASSAULT")
    a = analyze_text(TEXT.replace("shortly after midnight", "minutes later"), published=DAY)
    strikes = [r for r in reports_of(a) if r.type == "ASSAULT"]
    later = [r for r in strikes if r.back]
    assert later and later[0].another, [(r.evidence, r.back, r.another) for r in strikes]
    assert all(back_points(r, later[0]) == 0.0 for r in strikes)
