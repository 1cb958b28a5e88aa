"""The frame of the temporal grammar: rules, the context they see, what they return.

Rules are regexes compiled once and registered in order with :func:`rule`; a rule's handler gets
the match and a :class:`Context` (publication date, the tense of the governing verb, the current
reference date for "a day later") and returns a :class:`Norm`, or None to reject the match.
"""


import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from wirecoder.extract.timex import calendar as cal
from wirecoder.extract.timex.lexicon import (
    MONTHS,
    PARTS,
    POSITION,
)

Tense = str | None  # "past" | "future" | "present" | None


@dataclass
class Context:
    dct: date | None
    tense: Callable[[], Tense] = lambda: None
    ref: str | None = None  # the latest calendar value in the text, for "a day later"
    quarter: str | None = None  # the latest quarter told, for "a year ago" in a results story
    night: str | None = None  # the day of the latest night told ("Friday night"), for "midnight"
    text: str = ""
    start: int = 0  # start of the current match in ``text``
    # whether spaCy's NER also calls the match a DATE or TIME: the recall aid that lets a
    # rule accept what its own context check would refuse ("nineteen ninety-six", "May")
    date_ent: Callable[[], bool] = lambda: False


@dataclass(frozen=True)
class Norm:
    type: str
    value: str
    mod: str | None = None
    anchored: bool = False  # resolved against the publication date or a reference
    trim: int = 0  # characters of the match left out of the extent ("a 16-hour flight")
    anchor: str | None = None  # the reference value used, when not the publication date
    cut: int = 0  # characters left out at the end ("three days later": the duration only)
    implies: str | None = None  # the date a duration lands on, the next reference


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    handle: Callable[[re.Match[str], Context], Norm | None]


_B = r"(?<![\w'])"  # no word character just before
_E = r"(?![\w])"
# a capital at the start of a sentence too: "Earlier this month"
POS_PREFIX = (r"(?:(?P<pos>[Ee]arly|[Ll]ate|[Mm]id|[Ee]arlier|[Ll]ater)(?:-|\s+|\s+in\s+)|"
              r"(?:[Tt]he\s+)?(?P<pos2>beginning|start|middle|end|close)\s+of\s+(?:the\s+)?)")
_RULES: list[Rule] = []
UNDEF = "XXXX"


def rule(name: str, pattern: str, flags: int = 0):
    def wrap(fn: Callable[[re.Match[str], Context], Norm | None]):
        _RULES.append(Rule(name, re.compile(_B + pattern + _E, flags), fn))
        return fn
    return wrap


def rules() -> list[Rule]:
    return _RULES


def i(words: str) -> str:
    """A case-insensitive group of words."""
    return "(?i:" + words.replace(" ", r"\s+") + ")"


def title_case(ctx: Context, m: re.Match[str]) -> bool:
    """A name in title case inside running text ("ABC's \"This Week\"", "VOA Today"), not a
    time: capitalised words after a quote mark or another capitalised word, in a line that is
    not itself a title-case headline."""
    words = m.group(0).split()
    if not words or not all(w[0].isupper() for w in words) or m.group(0).isupper():
        return False
    before = ctx.text[max(0, m.start() - 40):m.start()]
    unquoted = before.rstrip().rstrip("\"“`'")
    quoted = len(unquoted) < len(before.rstrip())
    prev = re.search(r"(\S+)\s*$", unquoted)
    if prev is None or prev[1][-1] in ".!?:;":
        return False  # the start of a sentence, quoted or not
    if not (quoted or prev[1][0].isupper()):
        return False
    line_start = ctx.text.rfind("\n", 0, m.start()) + 1
    line_end = ctx.text.find("\n", m.end())
    line = ctx.text[line_start:line_end if line_end >= 0 else len(ctx.text)]
    return bool(re.search(r"(?<![\w'])[a-z]{5,}", line))


# A results story's sentence about a longer period than the quarter: "For the nine months,
# net rose ... from a year earlier" compares years to date, not the quarter reported on.
_LONGER_PERIOD = re.compile(r"\b(?:nine|six|9|6)[-\s]months?\b|\bfirst[-\s]half\b|"
                            r"\byear[-\s]to[-\s]date\b|\bfull[-\s]year\b", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"'’”]?\s+(?=[A-Z\"“`'])|\n")


def sentence_so_far(ctx: Context, width: int = 300) -> str:
    """The text of the match's sentence before it (at most ``width`` characters)."""
    before = ctx.text[max(0, ctx.start - width):ctx.start]
    ends = list(_SENTENCE_END.finditer(before))
    return before[ends[-1].end():] if ends else before


def compared_quarter(ctx: Context) -> str | None:
    """The quarter a year-ago comparison at ``ctx.start`` refers to: the one reported on,
    unless its sentence so far tells of a longer period."""
    if not ctx.quarter or _LONGER_PERIOD.search(sentence_so_far(ctx)):
        return None
    return ctx.quarter


def quarter_year_ago(ctx: Context, mod: str | None = None) -> Norm | None:
    """The quarter a results story reports on, a year before ("up from a year ago", "the
    year-earlier period"); None outside a results story or in a sentence about a longer period
    (:func:`compared_quarter`)."""
    quarter = compared_quarter(ctx)
    if quarter is None:
        return None
    return Norm("DATE", cal.shift_value(quarter, -1, "Y") or UNDEF, mod, anchored=True,
                anchor=quarter)


def words(text: str | None) -> str:
    """A matched phrase in lower case, its runs of spaces as one ("The  past" -> "the past")."""
    return re.sub(r"\s+", " ", (text or "").lower())


def position_mod(m: re.Match[str]) -> str | None:
    word = (m.groupdict().get("pos") or m.groupdict().get("pos2") or "").lower()
    if word in ("earlier", "later"):
        return None
    return POSITION.get(word)


def month_num(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


# How far back and ahead of publication (in months) a month told without a year may lie, by
# tense. Past-tense deadlines often reach into the next month or two ("gave it until
# mid-November"), and plans told in the future rarely point to the month just gone.
MONTH_WINDOW = {"past": (-10, 1), "future": (0, 11), None: (-7, 4), "present": (-7, 4)}
DAY_WINDOW = {"past": (-9, 2), "future": (0, 11)}


def _year_in_window(dct: date, month: int, window: tuple[int, int]) -> int:
    """The one year putting ``month`` within ``window`` (twelve months) of publication."""
    lo = window[0]
    return next(y for y in (dct.year - 1, dct.year, dct.year + 1)
                if lo <= (y - dct.year) * 12 + month - dct.month <= lo + 11)


def pick_year(dct: date | None, month: int, day: int | None, tense: Tense) -> int | None:
    """The year of a month given without one: the one in the tense's window around publication,
    e.g. "in December" written 2025-01-02 in the past is 2024."""
    if dct is None:
        return None
    return _year_in_window(dct, month, MONTH_WINDOW.get(tense, MONTH_WINDOW[None]))


def closest_day_year(dct: date | None, month: int, day: int, tense: Tense = None) -> int | None:
    """The year of a month and day given without one. Newswire gives the year of distant dates,
    so without a tense the nearest one wins; a past (future) tense looks further back (ahead):
    "the year ended March 31" written in October is this year's March."""
    if dct is None:
        return None
    if tense in DAY_WINDOW:
        y = _year_in_window(dct, month, DAY_WINDOW[tense])
        if month != 2 or day != 29 or y % 4 == 0:
            return y
    best: tuple[int, int] | None = None
    for y in (dct.year, dct.year - 1, dct.year + 1):
        try:
            gap = abs((date(y, month, day) - dct).days)
        except ValueError:  # 29 February outside a leap year
            continue
        if best is None or gap < best[0]:
            best = (gap, y)
    return best[1] if best else None


def weekday_date(dct: date, wd: int, tense: Tense, rel: str = "") -> date:
    rel = rel.lower()
    if rel in ("next", "coming", "this coming"):
        ahead = (wd - dct.weekday()) % 7 or 7
        return dct + timedelta(days=ahead)
    if rel in ("last", "past", "this past"):
        back = (dct.weekday() - wd) % 7 or 7
        return dct - timedelta(days=back)
    if wd == dct.weekday():
        return dct
    if tense == "future" or (rel == "this" and wd > dct.weekday()):
        return dct + timedelta(days=(wd - dct.weekday()) % 7)
    if tense == "present":  # "talks resume Monday": the nearer one, ties forward
        ahead = (wd - dct.weekday()) % 7
        return dct + timedelta(days=ahead) if ahead <= 3 else dct - timedelta(days=7 - ahead)
    return dct - timedelta(days=(dct.weekday() - wd) % 7)


def part_code(word: str | None) -> str | None:
    return PARTS.get(word.lower()) if word else None


def day_value(d: date | None, part: str | None = None, undef: str = "XXXX-XX-XX") -> str:
    base = d.isoformat() if d else undef
    return f"{base}T{part}" if part else base


def day_norm(d: date | None, part: str | None, mod: str | None = None,
             anchored: bool = True) -> Norm:
    return Norm("TIME" if part else "DATE", day_value(d, part), mod, anchored)


_DEICTIC = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}


@dataclass
class Cand:
    start: int
    end: int
    rule: Rule
    norm: Norm
