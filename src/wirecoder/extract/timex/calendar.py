"""Calendar arithmetic on TIMEX3 values, each kept at its own precision.

A value is parsed into a :class:`Point` (the first day it covers plus its precision), moved by
whole units with dateutil's ``relativedelta``, and written back at the same precision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta


@dataclass(frozen=True)
class Point:
    day: date
    precision: str  # year | season | quarter | half | month | week | weekend | day | part | time
    extra: str = ""  # the season or part-of-day code, or the clock time "15:57"


def fmt_day(d: date) -> str:
    return d.isoformat()


def fmt_month(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def fmt_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def fmt_quarter(d: date) -> str:
    return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"


def quarter_start(year: int, q: int) -> date:
    return date(year, 3 * (q - 1) + 1, 1)


_VALUE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<q>Q[1-4])|(?P<h>H[12])|(?P<s>SP|SU|FA|WI)|"
    r"W(?P<w>\d{1,2})(?P<we>-WE)?|(?P<m>\d{2})(?:-(?P<d>\d{2})"
    r"(?:T(?P<part>MO|AF|EV|NI|MI)|T(?P<t>\d{2}(?::\d{2})?(?::\d{2})?))?)?))?$")


def parse_value(value: str) -> Point | None:
    m = _VALUE.match(value)
    if not m:
        return None
    y = int(m["y"])
    if m["q"]:
        return Point(quarter_start(y, int(m["q"][1])), "quarter")
    if m["h"]:
        return Point(date(y, 1 if m["h"] == "H1" else 7, 1), "half")
    if m["s"]:
        return Point(date(y, 1, 1), "season", m["s"])
    if m["w"]:
        try:
            monday = date.fromisocalendar(y, int(m["w"]), 1)
        except ValueError:
            return None
        return Point(monday, "weekend" if m["we"] else "week")
    if m["m"]:
        try:
            d = date(y, int(m["m"]), int(m["d"] or 1))
        except ValueError:
            return None
        if not m["d"]:
            return Point(d, "month")
        if m["part"]:
            return Point(d, "part", m["part"])
        if m["t"]:
            return Point(d, "time", m["t"])
        return Point(d, "day")
    return Point(date(y, 1, 1), "year")


def fmt_point(p: Point) -> str:
    d = p.day
    if p.precision == "year":
        return f"{d.year:04d}"
    if p.precision == "quarter":
        return fmt_quarter(d)
    if p.precision == "half":
        return f"{d.year:04d}-H{1 if d.month < 7 else 2}"
    if p.precision == "season":
        return f"{d.year:04d}-{p.extra}"
    if p.precision == "month":
        return fmt_month(d)
    if p.precision == "week":
        return fmt_week(d)
    if p.precision == "weekend":
        return fmt_week(d) + "-WE"
    if p.precision == "part":
        return f"{fmt_day(d)}T{p.extra}"
    if p.precision == "time":
        return f"{fmt_day(d)}T{p.extra}"
    return fmt_day(d)


_DELTA = {"D": "days", "W": "weeks", "M": "months", "Y": "years", "Q": "months",
          "DE": "years", "CE": "years", "FN": "days", "H": "hours"}
_FACTOR = {"Q": 3, "DE": 10, "CE": 100, "FN": 14}


def delta(n: int, unit: str) -> relativedelta:
    key = _DELTA.get(unit, "days")
    if key == "hours":
        return relativedelta(days=0)
    return relativedelta(**{key: n * _FACTOR.get(unit, 1)})


def shift_value(value: str, n: int, unit: str) -> str | None:
    """``value`` moved by ``n`` units at its own precision ("1989-Q3", -1, "Y" -> "1988-Q3")."""
    p = parse_value(value)
    if p is None:
        return None
    return fmt_point(Point(p.day + delta(n, unit), p.precision, p.extra))


def precision_of(value: str) -> str | None:
    """The DateRef precision of a TIMEX3 value, or None if it is not a calendar point."""
    if re.fullmatch(r"\d{3}", value) or re.fullmatch(r"\d{2}", value):
        return "year"  # decade or century: the coarsest DateRef precision
    p = parse_value(value)
    if p is None:
        return None
    return {"weekend": "week", "half": "quarter"}.get(p.precision, p.precision)
