"""The temporal grammar: every rule, registered in a fixed order (dates, then durations, sets and
clock times), each with a normaliser to a TIMEX3 value. See :mod:`.base` for the frame."""

from __future__ import annotations

from wirecoder.extract.timex import dates, durations
from wirecoder.extract.timex.base import Cand, Context, Norm, Rule, rules
from wirecoder.extract.timex.dates import spelled_year
from wirecoder.extract.timex.durations import duration_value

__all__ = ["Cand", "Context", "Norm", "Rule", "dates", "duration_value", "durations", "rules",
           "spelled_year"]
