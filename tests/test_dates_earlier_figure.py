"""A date told right after the earlier figure of a change ("up from about 7,000 in October")
dates that figure, not the change: the act takes its own date or the story's, and the earlier
figure's point in the estimates is dated by it. Sentences are our own; publication is
Wednesday 2024-11-20."""
from __future__ import annotations

from wirecoder.link.records import quantity_points_of

RAISED = ("Kenya has increased its troop presence in Somalia to about 2,500 soldiers, up from "
          "about 1,000 soldiers in June, the defence ministry said.")


def test_dates_earlier_figure_does_not_date_the_change(analyze_text):
    r = analyze_text(RAISED)
    dated = [(e.type, e.date.value, e.date.how) for e in r.events]
    assert dated and all(not value.startswith("2024-06") for _, value, _ in dated), dated


def test_dates_earlier_figure_is_no_context_for_the_next_sentence(analyze_text):
    r = analyze_text(RAISED + " Kenyan soldiers also arrested three militant leaders.")
    arrest = [e for e in r.events if "arrested" in e.evidence.text]
    assert arrest and not arrest[0].date.value.startswith("2024-06"), \
        [(e.evidence.text, e.date) for e in r.events]


def test_dates_earlier_figure_dates_its_point(analyze_text):
    r = analyze_text(RAISED)
    points = {p.value: p.date for p in quantity_points_of(r)}
    assert points.get(1000) == "2024-06", points
    assert points.get(2500) != "2024-06", points


def test_dates_earlier_figure_leaves_a_plain_date(analyze_text):
    r = analyze_text("Kenya sent about 1,000 soldiers to Somalia in June, the ministry said.")
    sent = [e for e in r.events if e.date.value.startswith("2024-06")]
    assert sent, [(e.evidence.text, e.date) for e in r.events]


def test_dates_earlier_figure_told_in_words(analyze_text):
    # the time stage and linking's estimate points read the earlier figure by one rule
    # (time.after_earlier_figure), digits or words alike
    r = analyze_text("Two drones crossed into Moldova, up from eight on Tuesday, officials said.")
    crossed = [e for e in r.events if "crossed" in e.evidence.text]
    assert crossed and all(e.date.value != "2024-11-19" for e in crossed), \
        [(e.evidence.text, e.date) for e in r.events]
    points = {p.value: p.date for p in quantity_points_of(r)}
    assert points.get(8) == "2024-11-19", points
