"""TIMEX3 values as closed day intervals, so dates of different precision can be compared.

"2024-11-19" is one day, "2024-11" the thirty days of November, "2024-W46-WE" a weekend. A day
inside a month is compatible with it; two different days are not (beyond a small slack). An
event dated only by its article's publication is given the few days before publication, since
news reports what already happened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from wirecoder.store.dates import value_range

PUBLICATION_LOOKBACK = 2  # days before publication an undated report may refer to

@dataclass(frozen=True, slots=True)
class DateInterval:
    start: date
    end: date  # inclusive

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def parse_interval(value: str | None) -> DateInterval | None:
    """The days a TIMEX3 date value covers (the store's reading of it), or None for
    durations and unresolved values."""
    start, end = value_range(value)
    if start is None or end is None:
        return None
    if value and (value.endswith("TNI") or _MIDNIGHT.search(value)):
        # "overnight" runs into the next morning, which reports often name instead; and
        # midnight (TIMEX3 24:00) is the next day's first instant.
        end += timedelta(days=1)
    elif value and _SMALL_HOURS.search(value):
        # "shortly after midnight", "at 3 a.m.": the night that began the day before, which
        # other reports name ("Sunday night", "overnight on Sunday", "at midnight").
        start -= timedelta(days=1)
    return DateInterval(start, end)


_MIDNIGHT = re.compile(r"T24(?::00)?$")
_SMALL_HOURS = re.compile(r"T0[0-4](?::\d\d)*$")


def interval_of(value: str | None, how: str | None, published: date | None) -> DateInterval | None:
    """An event's date interval; publication-dated events get the days just before it."""
    if how == "publication" and published is not None:
        return DateInterval(published - timedelta(days=PUBLICATION_LOOKBACK), published)
    found = parse_interval(value)
    if found is None and published is not None:
        return DateInterval(published - timedelta(days=PUBLICATION_LOOKBACK), published)
    return found


def gap_days(starts_max: date, ends_min: date) -> int:
    """Days between the latest start and the earliest end; <= 0 when the intervals overlap."""
    return (starts_max - ends_min).days
