"""TIMEX3 values as closed day intervals, so dates of different precision can be compared.

"2024-11-19" is one day, "2024-11" the thirty days of November, "2024-W46-WE" a weekend. A day
inside a month is compatible with it; two different days are not (beyond a small slack). An
event dated only by its article's publication is given the few days before publication, since
news reports what already happened.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

PUBLICATION_LOOKBACK = 2  # days before publication an undated report may refer to

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})(-WE)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|AU|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}


@dataclass(frozen=True, slots=True)
class DateInterval:
    start: date
    end: date  # inclusive

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def _month_end(year: int, month: int) -> date:
    while month > 12:
        year, month = year + 1, month - 12
    return date(year, month, calendar.monthrange(year, month)[1])


def parse_interval(value: str | None) -> DateInterval | None:
    """The days a TIMEX3 date value covers, or None for durations and unresolved values."""
    if not value:
        return None
    try:
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            # "overnight" (TNI) runs into the next morning, which reports often name instead.
            return DateInterval(d, d + timedelta(days=1) if value.endswith("TNI") else d)
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return DateInterval(date(y, mo, 1), _month_end(y, mo))
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return DateInterval(monday + timedelta(days=5), monday + timedelta(days=6))
            return DateInterval(monday, monday + timedelta(days=6))
        if m := _QUARTER.match(value):
            y, q = int(m[1]), int(m[2])
            return DateInterval(date(y, 3 * q - 2, 1), _month_end(y, 3 * q))
        if m := _HALF.match(value):
            y, h = int(m[1]), int(m[2])
            return DateInterval(date(y, 6 * h - 5, 1), _month_end(y, 6 * h))
        if m := _SEASON.match(value):
            y = int(m[1])
            first, last = _SEASONS[m[2]]
            return DateInterval(date(y, first, 1), _month_end(y, last))
        if m := _YEAR.match(value):
            y = int(m[1])
            return DateInterval(date(y, 1, 1), date(y, 12, 31))
    except ValueError:
        return None
    return None


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
