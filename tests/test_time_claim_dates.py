"""When a claim was made. A direct quote opening its paragraph takes its own sentence's date,
else the day the story was written: never the date of an event told in an earlier paragraph
nor one the quote tells. Written for these tests; the fixture's publication day is Wednesday
2024-11-20."""

from __future__ import annotations

# each line is longer than a wrap width: one paragraph per line
STRIKE = ("Russian drones struck a power station on the edge of Kharkiv early on Sunday, "
          "cutting heat to thousands of homes across the city, the regional governor said.\n")


def _claim(result, source: str):
    hits = [c for c in result.claims if c.source.text.lower() == source.lower()]
    assert hits, [(c.source.text, c.content.text) for c in result.claims]
    return hits[0]


def test_time_quote_opening_a_paragraph_takes_no_earlier_paragraphs_date(analyze_text):
    r = analyze_text(STRIKE + '"We will rebuild the station within a month, whatever it costs '
                     'the city and whatever the weather brings," the mayor said.\n')
    mayor = _claim(r, "the mayor")
    assert (mayor.date.value, mayor.date.how) == ("2024-11-20", "publication")


def test_time_claim_keeps_its_own_sentences_date(analyze_text):
    r = analyze_text(STRIKE + '"We will rebuild the station within a month, whatever it costs '
                     'the city and whatever the weather brings," the mayor said on Tuesday.\n')
    assert _claim(r, "the mayor").date.value == "2024-11-19"


def test_time_date_inside_a_quote_is_not_the_sayings(analyze_text):
    r = analyze_text('"Our crews struck the fuel depot near the river crossing on Monday and '
                     'destroyed most of its tanks before dawn," the colonel told reporters.\n')
    colonel = _claim(r, "the colonel")
    assert (colonel.date.value, colonel.date.how) == ("2024-11-20", "publication")


def test_time_event_still_takes_the_date_told_before_it(analyze_text):
    # follow-on paragraphs of one section tell more of the same day: events keep that rule
    r = analyze_text(STRIKE + "Rescuers pulled two workers from the rubble of the turbine hall "
                     "and took them to a hospital in the centre of the city.\n")
    dates = {e.date.value[:10] for e in r.events}
    assert "2024-11-17" in dates and "2024-11-20" not in dates, \
        [(e.type, e.evidence.text, e.date) for e in r.events]


def test_time_reported_claim_after_the_lede_keeps_the_sections_date(analyze_text):
    # not a quote opening its paragraph: the day the section told stays in force
    r = analyze_text(STRIKE + "Engineers said on the phone that two of the three turbines could "
                     "not be repaired before the winter and that the city would need help.\n")
    assert _claim(r, "Engineers").date.value == "2024-11-17"
