"""TIMEX3 values as a reader says them: "18 Nov 2024 (night)", "week 44 of 2024".

Stored values and the JSON/API keep the TIMEX3 value ("2024-11-18TNI"); only what people read
(the report, the web UI, which mirrors this in ``app.js``) goes through :func:`label`.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
PARTS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
HALVES = {"1": "first", "2": "second"}
REFS = {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"}
UNKNOWN = "date unknown"

_DAY = re.compile(r"(\d{4}|XXXX)-(\d{2})-(\d{2})(?:T(MO|AF|EV|NI|DT|\d{2}:\d{2})[\d:.]*"
                  r"(Z|[+-]\d{2}:?\d{2})?)?")
_MONTH = re.compile(r"(\d{4}|XXXX)-(\d{2})")
_WEEK = re.compile(r"(\d{4})-W(\d{2})(?:-(WE|[1-7]))?")
_OTHER = [
    (re.compile(r"(\d{4})"), lambda m: m[1]),
    (re.compile(r"(\d{4})-Q([1-4])"), lambda m: f"Q{m[2]} {m[1]}"),
    (re.compile(r"(\d{4})-H([12])"), lambda m: f"{HALVES[m[2]]} half of {m[1]}"),
    (re.compile(r"(\d{4})-(SP|SU|FA|AU|WI)"), lambda m: f"{SEASONS[m[2]]} {m[1]}"),
    (re.compile(r"(\d{3})X"), lambda m: f"the {m[1]}0s"),
    (re.compile(r"(\d{2})XX"), lambda m: f"the {m[1]}00s"),
]


def _day(year: str, month: str, day: str) -> str | None:
    """'18 Nov 2024'; '21 Nov (year unknown)'; None for no calendar day."""
    if year == "XXXX":
        return f"{int(day)} {MONTHS[int(month) - 1]} (year unknown)" if 1 <= int(month) <= 12 \
            else None
    try:
        d = date(int(year), int(month), int(day))
    except ValueError:
        return None
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _week(year: str, week: str, part: str | None) -> str | None:
    if not 1 <= int(week) <= 53:
        return None
    if part and part != "WE":
        try:
            d = date.fromisocalendar(int(year), int(week), int(part))
        except ValueError:
            return None
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    what = "weekend of week" if part == "WE" else "week"
    return f"{what} {int(week)} of {year}"


def label(value: str | None) -> str:
    """A TIMEX3 date value for reading; the value itself when it is no date form known here,
    "undated" for none."""
    if not value:
        return "undated"
    if value in REFS:
        return REFS[value]
    if m := _DAY.fullmatch(value):
        day = _day(m[1], m[2], m[3])
        if day is None:
            return value
        if m[4] in PARTS:
            return f"{day} ({PARTS[m[4]]})"
        return f"{day}, {m[4]}" + (f" {m[5]}" if m[5] else "") if m[4] else day
    if m := _MONTH.fullmatch(value):
        if not 1 <= int(m[2]) <= 12:
            return value
        return MONTHS[int(m[2]) - 1] + (" (year unknown)" if m[1] == "XXXX" else f" {m[1]}")
    if m := _WEEK.fullmatch(value):
        return _week(m[1], m[2], m[3]) or value
    for pattern, say in _OTHER:
        if m := pattern.fullmatch(value):
            return say(m)
    if re.fullmatch(r"[X\-W]+", value):
        return UNKNOWN
    return value
