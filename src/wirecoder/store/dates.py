"""The days a TIMEX3 value covers, for date-range queries over the store.

``value_range("2024-09")`` is ``(2024-09-01, 2024-09-30)``: a query for events between two days
finds an event dated only to the month when the month overlaps the range. Values without a
calendar position (durations, ``PRESENT_REF``, ``XXXX-11-19``) cover no days: ``(None, None)``.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

DayRange = tuple[date | None, date | None]
NO_RANGE: DayRange = (None, None)

# Meteorological seasons: (first month, last month); winter runs into the next year.
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_YEAR = re.compile(r"(\d{4})")
_DECADE = re.compile(r"(\d{3})X")
_CENTURY = re.compile(r"(\d{2})XX")
_WEEK = re.compile(r"(\d{4})-W(\d{2})(?:-(WE|[1-7]))?")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_HALF = re.compile(r"(\d{4})-H([12])")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|AU|WI)")


def _months(year: int, first: int, last: int) -> DayRange:
    """First day of month ``first`` to last day of month ``last`` (months past 12 roll over)."""
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return (date(year, first, 1),
            date(end_year, end_month, calendar.monthrange(end_year, end_month)[1]))


def _week(year: int, week: int, part: str | None) -> DayRange:
    monday = date.fromisocalendar(year, week, 1)
    if part == "WE":
        return monday + timedelta(days=5), monday + timedelta(days=6)
    if part:
        day = monday + timedelta(days=int(part) - 1)
        return day, day
    return monday, monday + timedelta(days=6)


def value_range(value: str | None) -> DayRange:
    """The first and last day a TIMEX3 date value covers, or ``(None, None)``."""
    if not value:
        return NO_RANGE
    try:
        return _range(value.strip())
    except ValueError:  # e.g. month 13, week 54: no such days
        return NO_RANGE


def _range(value: str) -> DayRange:
    if m := _DAY.fullmatch(value):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return day, day
    if m := _MONTH.fullmatch(value):
        return _months(int(m[1]), int(m[2]), int(m[2]))
    if m := _YEAR.fullmatch(value):
        return _months(int(m[1]), 1, 12)
    if m := _WEEK.fullmatch(value):
        return _week(int(m[1]), int(m[2]), m[3])
    if m := _QUARTER.fullmatch(value):
        q = int(m[2])
        return _months(int(m[1]), 3 * q - 2, 3 * q)
    if m := _HALF.fullmatch(value):
        h = int(m[2])
        return _months(int(m[1]), 6 * h - 5, 6 * h)
    if m := _SEASON.fullmatch(value):
        return _months(int(m[1]), *_SEASONS[m[2]])
    if m := _DECADE.fullmatch(value):
        return _months(int(m[1]) * 10, 1, 12)[0], date(int(m[1]) * 10 + 9, 12, 31)
    if m := _CENTURY.fullmatch(value):
        return date(int(m[1]) * 100, 1, 1), date(int(m[1]) * 100 + 99, 12, 31)
    return NO_RANGE
