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


def test_time_reported_claim_after_the_lede_is_said_as_the_story_is_written(analyze_text):
    # the section's day is the strike's, not the saying's: a saying with no day of its own
    # is dated by publication (it was told the reporter by then), whatever came before it
    r = analyze_text(STRIKE + "Engineers said on the phone that two of the three turbines could "
                     "not be repaired before the winter and that the city would need help.\n")
    engineers = _claim(r, "Engineers")
    assert (engineers.date.value, engineers.date.how) == ("2024-11-20", "publication")


def test_time_claim_goes_on_a_dated_saying(analyze_text):
    # "The army said on Monday … It added …": the saying goes on, on its day
    r = analyze_text("The army said on Monday that its troops had retaken the bridge near the "
                     "town. It added that two of its soldiers had been wounded in the fighting.\n")
    added = [c for c in r.claims if "wounded" in c.content.text]
    assert added and added[0].date.value == "2024-11-18", [(c.content.text, c.date)
                                                            for c in r.claims]
