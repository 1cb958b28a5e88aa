"""One zone table for publication dates and for clock times in the text."""

from __future__ import annotations

from datetime import timedelta

from wirecoder.ingest import parse_datetime


def test_time_zones_publication_and_text_read_an_abbreviation_alike(analyze_text):
    # Arabia Standard Time (+3) in both places; the page header used to read AST as +3 and the
    # text as Atlantic (-4), seven hours apart for the same words.
    published = parse_datetime("2024-11-20 09:00 AST")
    assert published is not None and published.utcoffset() == timedelta(hours=3)
    a = analyze_text("The drone struck the pier at 0900 AST, the port authority said.")
    values = {t.span.text: t.value for t in a.timexes}
    assert values.get("0900 AST") == "2024-11-20T09:00+03", values


def test_time_zones_publication_dates_read_every_zone_of_the_text_table():
    for zone, hours in (("WAT", 1), ("EAT", 3), ("SAST", 2), ("MSK", 3), ("PHT", 8)):
        got = parse_datetime(f"2024-11-20 09:00 {zone}")
        assert got is not None and got.utcoffset() == timedelta(hours=hours), zone
