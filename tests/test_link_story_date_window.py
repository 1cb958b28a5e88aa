"""A story's shown date lies inside the days a date filter reads for it: the most told of its
finest dates may lie outside its members' common days (a weekend arrival told beside a
Monday report). Texts are our own."""
from __future__ import annotations

from wirecoder.link.build import story_row
from wirecoder.link.records import reports_of
from wirecoder.link.synthetic import analysis_of


def test_link_story_date_value_inside_its_window():
    text = ("The troops arrived by rail over the weekend. The troops were moved to the front on "
            "Monday. Officials said the troops were moved on Monday.")
    a = analysis_of(text, [
        {"type": "MOBILIZE", "actor": ["PRK.MIL"], "evidence": "arrived by rail over the weekend",
         "date": "2024-W46-WE", "precision": "day", "how": "relative"},
        {"type": "MOBILIZE", "actor": ["PRK.MIL"], "evidence": "moved to the front on Monday",
         "date": "2024-11-18", "how": "relative"},
        {"type": "MOBILIZE", "actor": ["PRK.MIL"], "evidence": "the troops were moved on Monday",
         "date": "2024-11-18", "how": "relative"},
    ])
    row = story_row("st-x", reports_of(a), {})
    date = row["date"]
    assert date["value"] == "2024-11-18"
    assert date["start"] <= "2024-11-18" <= date["end"], date
