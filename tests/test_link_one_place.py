"""One disagreement, one contradiction row: a story's clash of figures is not listed again
by the estimate series its figures also belong to."""

from __future__ import annotations

from datetime import datetime

from wirecoder.link import link_analyses
from wirecoder.link.synthetic import analysis_of


def _deployment(day: str, text: str, outlet: str, figures: list[tuple[str, float, str | None]],
                speaker: str | None = None):
    events = []
    for snippet, value, fate in figures:
        sentence = next(s for s in text.split(". ") if snippet in s).rstrip(".")
        ev = {"type": "MOBILIZE", "actor": ["ETH"], "recipient": ["ERI"], "date": day,
              "evidence": sentence,
              "quantities": [{"text": snippet, "value": value, "counted": "troops",
                              "fate": fate}]}
        if speaker:
            ev["claim"] = {"source": speaker, "kind": "institution", "content": sentence}
        events.append(ev)
    return analysis_of(text, events, outlet=outlet,
                       published=datetime.fromisoformat(day + "T10:00:00+00:00"))


def _articles():
    return [
        _deployment("2025-03-04", "Asmara said Ethiopia had massed 8,000 troops on the border. "
                    "Diplomats put the number of soldiers at up to 5,000.", "Horn Daily",
                    [("8,000", 8000, "deployed")], speaker="Asmara"),
        _deployment("2025-03-04", "Ethiopia has moved 3,000 troops to the border with "
                    "Eritrea, its defence ministry said.", "Addis Post",
                    [("3,000", 3000, "deployed")], speaker="its defence ministry"),
    ]


def test_link_one_place_for_a_story_clash_that_a_series_also_sees():
    linked = link_analyses(_articles())
    assert len(linked.stories) == 1
    numbers = [c for c in linked.contradictions if c["kind"] == "numbers"]
    assert len(numbers) == 1
    (row,) = numbers
    assert row["story_id"] == linked.stories[0]["id"]
    assert row["series"] == linked.estimates[0]["series"]  # the series the figures are in
    assert row["date"] == "2025-03-04" and row["fate"] == "deployed"
    assert (row["a"]["value"], row["b"]["value"]) == (3000, 8000)


def test_link_one_place_a_figure_with_no_fate_takes_the_usual_one():
    # "put the number of soldiers at up to 5,000" says nothing of what happened: deployed,
    # as troops usually are, so it joins the story's deployed figures (on the low side).
    text = ("Asmara said Ethiopia had massed 8,000 troops on the border. Diplomats put the "
            "number of soldiers at up to 5,000.")
    horn = analysis_of(text, [
        {"type": "MOBILIZE", "actor": ["ETH"], "recipient": ["ERI"], "date": "2025-03-04",
         "evidence": "Asmara said Ethiopia had massed 8,000 troops on the border",
         "claim": {"source": "Asmara", "kind": "institution",
                   "content": "Ethiopia had massed 8,000 troops on the border"},
         "quantities": [{"text": "8,000", "value": 8000, "counted": "troops",
                         "fate": "deployed"}]},
        {"type": "MOBILIZE", "actor": ["ETH"], "recipient": ["ERI"], "date": "2025-03-04",
         "evidence": "Diplomats put the number of soldiers at up to 5,000",
         "quantities": [{"text": "up to 5,000", "value": 5000, "counted": "soldiers",
                         "bound": "upper"}]}],
        outlet="Horn Daily", published=datetime.fromisoformat("2025-03-04T10:00:00+00:00"))
    linked = link_analyses([horn])
    (row,) = [c for c in linked.contradictions if c["kind"] == "numbers"]
    assert row["fate"] == "deployed" and row["story_id"] is not None
    assert (row["a"]["value"], row["b"]["value"]) == (5000, 8000)
