"""Grammar rules for calendar points: absolute dates, days and periods relative to publication,
seasons, holidays, quarters."""


import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from wirecoder.extract.timex import calendar as cal
from wirecoder.extract.timex.base import (
    _DEICTIC,
    POS_PREFIX,
    UNDEF,
    Context,
    Norm,
    Tense,
    closest_day_year,
    compared_quarter,
    day_norm,
    i,
    month_num,
    part_code,
    pick_year,
    position_mod,
    quarter_year_ago,
    rule,
    sentence_so_far,
    title_case,
    weekday_date,
    words,
)
from wirecoder.extract.timex.lexicon import (
    MONTH,
    MONTHS,
    ORDINALS,
    PART,
    SEASON,
    SEASON_START,
    SEASONS,
    WEEKDAY,
    WEEKDAYS,
    number_value,
)

_TEENS = ("nineteen|eighteen|twenty")
_YEAR_TAIL_W = ("(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
                "nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
                "(?:oh|o)[- ](?:one|two|three|four|five|six|seven|eight|nine))")
SPELLED_YEAR = i(rf"(?:{_TEENS})[- ]{_YEAR_TAIL_W}|two thousand(?:(?: and)? (?:one|two|three|"
                 r"four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                 r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?")


def spelled_year(text: str) -> int | None:
    """'nineteen ninety-six' -> 1996, 'two thousand and one' -> 2001."""
    t = re.sub(r"\s+", " ", text.lower().replace("-", " "))
    if t.startswith("two thousand"):
        rest = t[len("two thousand"):].replace(" and ", " ").strip()
        return 2000 + int(number_value(rest) or 0) if rest else 2000
    head, _, tail = t.partition(" ")
    century = {"nineteen": 19, "eighteen": 18, "twenty": 20}.get(head)
    tail = re.sub(r"^(?:oh|o) ", "", tail)
    n = number_value(tail)
    if century is None or n is None or n >= 100:
        return None
    return century * 100 + int(n)


# --- absolute dates ---------------------------------------------------------------------------

@rule("iso", r"(?P<y>(?:1[5-9]|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
      r"(?:[T ](?P<t>[0-2]\d:[0-5]\d(?::[0-5]\d)?))?")
def _iso(m: re.Match[str], ctx: Context) -> Norm | None:
    try:
        d = date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    if m["t"]:
        return Norm("TIME", f"{d.isoformat()}T{m['t']}")
    return Norm("DATE", d.isoformat())


@rule("numeric", r"(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:1[5-9]|20)\d\d|\d\d)")
def _numeric(m: re.Match[str], ctx: Context) -> Norm | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if y < 100:
        y += 2000 if y < 50 else 1900
    month, day = (a, b) if a <= 12 else (b, a)  # US order unless impossible
    try:
        return Norm("DATE", date(y, month, day).isoformat())
    except ValueError:
        return None


_DAYNUM = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR_TAIL = r"(?:,?\s+(?P<y>(?:1[5-9]|20)\d\d)(?![\d]))?"
_WD_PREFIX = rf"(?:(?P<wd>{WEEKDAY}),?\s+(?:the\s+)?)?"


_SINCE = re.compile(r"\bsince\s+(?:[\w.-]+\s+){0,3}$", re.I)


def _since(ctx: Context) -> bool:
    """"since the Oct. 23 slaying": a date before the time told, whatever the verb."""
    return _SINCE.search(ctx.text, max(0, ctx.start - 40), ctx.start) is not None


def _latest_by(dct: date | None, month: int, day: int = 1) -> int | None:
    """The year of the last such month (and day) on or before publication."""
    if dct is None:
        return None
    return dct.year if (month, day) <= (dct.month, dct.day) else dct.year - 1


def _month_day(m: re.Match[str], ctx: Context) -> Norm | None:
    month, dnum = month_num(m["mon"]), int(m["d"])
    if m["y"]:
        year: int | None = int(m["y"])
    else:
        year = _latest_by(ctx.dct, month, dnum) if _since(ctx) \
            else closest_day_year(ctx.dct, month, dnum, ctx.tense())
    try:
        d = date(year or 2000, month, dnum)  # a leap year, so 29 February passes
    except ValueError:
        return None
    value = d.isoformat() if year else f"XXXX-{month:02d}-{dnum:02d}"
    return Norm("DATE", value, position_mod(m), anchored=not m["y"])


rule("month_day", rf"(?:{POS_PREFIX})?{_WD_PREFIX}(?P<mon>{MONTH})\s*{_DAYNUM}(?!\d)"
     rf"{_YEAR_TAIL}")(_month_day)
rule("day_month", rf"{_WD_PREFIX}{_DAYNUM}\s+(?:of\s+)?(?P<mon>{MONTH}){_YEAR_TAIL}")(_month_day)


@rule("month", rf"(?:{POS_PREFIX}|(?P<rel>{i('last|next|this|this past|this coming|past')})"
      rf"\s+)?(?P<mon>{MONTH})(?:,?\s+(?:of\s+)?(?:(?P<y>(?:1[5-9]|20)\d\d)(?!\d)|"
      rf"(?P<yrel>{i('this|last|next')})\s+{i('year')}|"
      rf"(?P<yref>{i('that|the same|the following|the next|the previous')})\s+{i('year')}|"
      rf"(?P<ysp>{SPELLED_YEAR})))?")
def _month(m: re.Match[str], ctx: Context) -> Norm | None:
    word = m["mon"].rstrip(".")
    bare = not (m["y"] or m["pos"] or m["pos2"] or m["rel"] or m["yrel"] or m["yref"]
                or m["ysp"])
    # "May" alone is usually the verb, and a bare abbreviation needs its dot
    if bare and word.lower() == "may" and not _may_is_month(ctx):
        return None
    if bare and word.lower() in MONTHS and len(word) <= 4 and word.lower() != "may" \
            and word.lower() not in ("june", "july") and "." not in m["mon"]:
        return None
    if bare and word.lower() == "march" and re.match(r"\s+(?:for|of|on|to|against|through)\s+[A-Z]",
                                                      ctx.text[m.end():m.end() + 20]):
        return None  # "the March for Life": a march
    month = month_num(word)
    mod = position_mod(m)
    if m["ysp"] and spelled_year(m["ysp"]):
        return Norm("DATE", f"{spelled_year(m['ysp']):04d}-{month:02d}", mod)
    if m["y"]:
        return Norm("DATE", f"{int(m['y']):04d}-{month:02d}", mod)
    if m["yref"]:
        # "in June of that year": the year of the date told before, not of publication
        ref = cal.parse_value(ctx.ref or "")
        if ref is None:
            return None
        step = {"that": 0, "the same": 0, "the previous": -1}.get(words(m["yref"]), 1)
        return Norm("DATE", f"{ref.day.year + step:04d}-{month:02d}", mod, True,
                    anchor=ctx.ref)
    if m["yrel"] and ctx.dct:
        year = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[m["yrel"].lower()]
        return Norm("DATE", f"{year:04d}-{month:02d}", mod, anchored=True)
    rel = (m["rel"] or "").lower()
    if ctx.dct is None:
        return Norm("DATE", f"{UNDEF}-{month:02d}", mod)
    if rel == "this past":
        year = ctx.dct.year if month < ctx.dct.month else ctx.dct.year - 1
    elif rel in ("last", "past"):
        # the month just gone is "last month"; "last February" told in March is a year back
        back = (ctx.dct.month - month) % 12 or 12
        back += 12 if back == 1 else 0
        year = (ctx.dct - relativedelta(months=back)).year
    elif rel in ("next", "this coming"):
        year = ctx.dct.year if month > ctx.dct.month else ctx.dct.year + 1
    elif rel == "this":
        year = ctx.dct.year
    else:
        year = _latest_by(ctx.dct, month) if _since(ctx) \
            else pick_year(ctx.dct, month, None, ctx.tense()) or ctx.dct.year
    return Norm("DATE", f"{year:04d}-{month:02d}", mod, anchored=True)


def _may_is_month(ctx: Context) -> bool:
    before = ctx.text[max(0, ctx.start - 12):ctx.start].lower()
    return bool(re.search(r"(?:in|since|until|by|of|early|late|mid|last|next|this)[\s-]+$",
                          before)) or ctx.date_ent()


@rule("spelled_year", rf"(?:{i('the year')}\s+|(?P<fy>{i('fiscal')})\s+)?(?P<sp>{SPELLED_YEAR})"
      r"(?!-\w)")
def _spelled_year(m: re.Match[str], ctx: Context) -> Norm | None:
    y = spelled_year(m["sp"])
    if y is None:
        return None
    before = ctx.text[max(0, ctx.start - 12):ctx.start].lower()
    if not m.group(0).lower().startswith(("the year", "fiscal")) and not re.search(
            r"(?:in|of|since|until|by|from|to|before|after|during|through)\s+$", before) \
            and not ctx.date_ent():
        return None  # "twenty-five" is a count unless the context says year
    return Norm("DATE", f"{y:04d}")


@rule("year_period", rf"{i('the')}\s+(?P<y>(?:19|20)\d\d)\s+{i('period')}")
def _year_period(m: re.Match[str], ctx: Context) -> Norm | None:
    if not ctx.quarter:
        return None
    quarter = compared_quarter(ctx)
    if quarter is None:  # "for the nine months ... in the 1988 period": the year
        return Norm("DATE", m["y"])
    return Norm("DATE", f"{m['y']}-{quarter.split('-')[1]}")


@rule("year", rf"(?:{POS_PREFIX}|(?P<fy>{i('fiscal(?: year)?|FY')})\s*)?"
      r"(?P<y>(?:1[6-9]|20)\d\d)(?![\d,]\d|%|\.\d)")
def _year(m: re.Match[str], ctx: Context) -> Norm | None:
    return Norm("DATE", m["y"], position_mod(m))


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


_DECADE_W = i("(?:nineteen[- ])?(?P<w>twenties|thirties|forties|fifties|sixties|seventies|"
              "eighties|nineties)")


@rule("decade", rf"(?:{i('the')}\s+)?(?:{POS_PREFIX})?(?:{i('the')}\s+)?"
      rf"(?P<dec>(?P<c>1[5-9]|20)(?P<d>\d)0'?s|'(?P<d2>\d)0s|{_DECADE_W})")
def _decade(m: re.Match[str], ctx: Context) -> Norm | None:
    if m["c"]:
        value = m["c"] + m["d"]
    else:
        digit = m["d2"] or str(_DECADE_WORDS[m["w"].lower()])
        value = "19" + digit
    return Norm("DATE", value, position_mod(m))


@rule("century", rf"(?:{i('the')}\s+)?(?:{POS_PREFIX})?(?P<n>\d{{1,2}})(?:st|nd|rd|th)"
      rf"(?:[-\s]){i('century')}")
def _century(m: re.Match[str], ctx: Context) -> Norm | None:
    return Norm("DATE", f"{int(m['n']) - 1:02d}", position_mod(m))


# --- weekdays and days relative to publication ------------------------------------------------

_WD_REL = i("last|next|this|this past|this coming|coming|past|the previous|the following|"
            "the next|that")


@rule("weekday", rf"(?:(?P<rel>{_WD_REL})\s+|"
      rf"(?P<pos>{i('early|late|earlier|later')})\s+(?:{i('on')}\s+)?)?(?P<wd>{WEEKDAY})"
      rf"(?P<pl>s)?(?:\s+(?P<part>{i(PART)}))?(?P<ppl>s)?")
def _weekday(m: re.Match[str], ctx: Context) -> Norm | None:
    wd = WEEKDAYS[m["wd"].lower()]
    part = part_code(m["part"])
    if m["pl"] or m["ppl"]:  # "on Sundays", "Tuesday nights"
        return Norm("SET", f"XXXX-WXX-{wd + 1}" + (f"T{part}" if part else ""))
    mod = position_mod(m)
    if ctx.dct is None:
        return Norm("TIME" if part else "DATE", f"XXXX-WXX-{wd + 1}" + (f"T{part}" if part
                                                                        else ""), mod)
    rel = words(m["rel"])
    if rel in ("the previous", "the following", "the next", "that"):
        p = cal.parse_value(ctx.ref or "")
        if p is None or p.precision not in ("day", "part", "time"):
            return None
        base = p.day
        if rel == "the previous":
            d = base - timedelta(days=(base.weekday() - wd) % 7 or 7)
        elif rel == "that":
            d = weekday_date(base, wd, "past")
        else:
            d = base + timedelta(days=(wd - base.weekday()) % 7 or 7)
        return replace(day_norm(d, part, mod), anchor=ctx.ref)
    tense = ctx.tense()
    if tense != "past" and _EARLIEST.search(ctx.text, max(0, ctx.start - 16), ctx.start):
        tense = "future"  # "could come as early as Tuesday": the earliest time of a plan
    d = weekday_date(ctx.dct, wd, tense, rel)
    return day_norm(d, part, mod)


_EARLIEST = re.compile(r"\bas\s+(?:early|soon)\s+as\s+$", re.I)


@rule("deictic_day", rf"(?:(?P<pos>{i('early|late|earlier|later')})\s+)?"
      rf"(?P<w>{i('yesterday|today|tomorrow|tonight')})(?:\s+(?P<part>{i(PART)}))?"
      rf"(?!'s\s+(?:world|society|market|economy|standards))")
def _deictic_day(m: re.Match[str], ctx: Context) -> Norm | None:
    if title_case(ctx, m) and not m["pos"]:
        return None  # "VOA Today"
    w = m["w"].lower()
    part = part_code(m["part"]) or ("NI" if w == "tonight" else None)
    d = ctx.dct + timedelta(days=_DEICTIC[w]) if ctx.dct else None
    mod = position_mod(m)
    return day_norm(d, part, mod)


@rule("this_part", rf"(?:(?P<pos>{i('early|late|earlier|later')})\s+)?(?P<rel>"
      rf"{i('this|last|yesterday|tomorrow|that')})\s+(?P<part>{i(PART)})")
def _this_part(m: re.Match[str], ctx: Context) -> Norm | None:
    rel, part = m["rel"].lower(), part_code(m["part"])
    if rel in ("the", "that"):
        if ctx.ref is None or cal.precision_of(ctx.ref) != "day":
            return None
        return Norm("TIME", f"{ctx.ref}T{part}", anchored=True, anchor=ctx.ref)
    offset = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[rel]
    if rel == "last" and part != "NI":
        offset = -1
    d = ctx.dct + timedelta(days=offset) if ctx.dct else None
    return day_norm(d, part, position_mod(m))


_END_OF_PHRASE = r"(?=\s*[,.;:)\"'’”—–-]|\s+(?:and|but|when|as|while)\b|\s*$)"


@rule("unit_before", rf"{i('the')}\s+(?P<unit>{i('day|night|week')})\s+"
      rf"(?P<dir>{i('before|after|earlier|later')}){_END_OF_PHRASE}")
def _unit_before(m: re.Match[str], ctx: Context) -> Norm | None:
    """"the day before", "the week after": a unit next to the date last told (else to
    publication), when nothing follows that it would be before or after. "The year before"
    is left out: in business copy it is mostly a figure's baseline, not a time told."""
    unit = m["unit"].lower()
    sign = -1 if m["dir"].lower() in ("before", "earlier") else 1
    p = cal.parse_value(ctx.ref or "")
    base = p.day if p is not None else ctx.dct
    if base is None:
        return None
    d = base + cal.delta(sign, "W" if unit == "week" else "D")
    value = {"day": d.isoformat(), "night": f"{d.isoformat()}TNI", "week": cal.fmt_week(d)}[unit]
    return Norm("TIME" if unit == "night" else "DATE", value, anchored=True,
                anchor=ctx.ref if p is not None else None)


@rule("day_of_month", rf"(?P<skip>{i('on')}\s+){i('the')}\s+(?P<d>[1-3]?\d)(?:st|nd|rd|th)"
      r"(?!\s*(?:of\b|[A-Za-z\d]))")
def _day_of_month(m: re.Match[str], ctx: Context) -> Norm | None:
    """"on the 12th": that day of the month of publication, or of the month before when it is
    still ahead and nothing says the future."""
    if ctx.dct is None:
        return None
    day = int(m["d"])
    first = ctx.dct.replace(day=1)
    if day > ctx.dct.day and ctx.tense() != "future":
        first = first - relativedelta(months=1)
    elif day < ctx.dct.day and ctx.tense() == "future":
        first = first + relativedelta(months=1)
    try:
        return Norm("DATE", first.replace(day=day).isoformat(), anchored=True)
    except ValueError:
        return None


@rule("overnight", i(r"overnight(?!\s+(?:rates?|lending|loans?|funds?|deposits?|index|"
                     r"repos?|trading|session|stays?|bags?|delivery|shipping))"))
def _overnight(m: re.Match[str], ctx: Context) -> Norm | None:
    d = ctx.dct - timedelta(days=1) if ctx.dct else None
    return day_norm(d, "NI")


@rule("present_ref", i(r"now|currently|at\s+present|nowadays|presently|these\s+days|"
                       r"at\s+the\s+moment|so\s+far|to\s+date"))
def _present(m: re.Match[str], ctx: Context) -> Norm | None:
    w = m.group(0).lower()
    if w in ("so far", "to date"):
        return None
    return Norm("DATE", "PRESENT_REF", anchored=True)


@rule("past_ref", i(r"recently|lately|the\s+past|more\s+recently|once\s+upon\s+a\s+time"))
def _past(m: re.Match[str], ctx: Context) -> Norm | None:
    return Norm("DATE", "PAST_REF", anchored=True)


@rule("future_ref", i(r"the\s+(?:near\s+|distant\s+|foreseeable\s+|immediate\s+)?future|"
                      r"a\s+later\s+date|the\s+(?:near|short|long)\s+term"))
def _future(m: re.Match[str], ctx: Context) -> Norm | None:
    w = m.group(0).lower()
    if w.startswith("in the coming"):
        return None  # left to the duration rule
    return Norm("DATE", "FUTURE_REF", anchored=True)


@rule("current_adj", i(r"current|recent"))
def _current_adj(m: re.Match[str], ctx: Context) -> Norm | None:
    after = ctx.text[m.end():m.end() + 20]
    if not re.match(r"\s+[a-z]", after) or re.match(r"\s+(?:account|affairs|events|"
                                                    r"flowing|generation)", after):
        return None  # only before a noun; "current account" is not a time
    word = m.group(0).lower()
    return Norm("DATE", "PRESENT_REF" if word == "current" else "PAST_REF", anchored=True)


def _by_the(ctx: Context) -> bool:
    """"grows by the week", "by the hour": a rate, no point in time."""
    return bool(re.search(r"\bby\s+$", ctx.text[max(0, ctx.start - 4):ctx.start], re.I))


@rule("the_year", i(r"the\s+(?:full\s+|whole\s+|entire\s+|fiscal\s+)?year"
                    r"(?!['’-]|\s+(?:before|after|of|ago|earlier|later)\b)"))
def _the_year(m: re.Match[str], ctx: Context) -> Norm | None:
    if _by_the(ctx):
        return None
    if re.match(r"\s+(?:that\s+|which\s+)?(?:ended|ending|ends)\b", ctx.text[m.end():m.end() + 20]):
        return Norm("DURATION", "P1Y")  # "the year ended March 31": a twelve-month period
    if ctx.dct is None:
        return Norm("DATE", UNDEF)
    return Norm("DATE", f"{ctx.dct.year:04d}", anchored=True)


@rule("year_end", i(r"(?:around\s+)?(?:the\s+)?(?:year[-\s]end|year['’]s\s+end)(?!\s+(?:results|"
                    r"figures|report|bonus|dividend)\b)"))
def _year_end(m: re.Match[str], ctx: Context) -> Norm | None:
    if ctx.dct is None:
        return Norm("DATE", UNDEF, "END")
    return Norm("DATE", f"{ctx.dct.year:04d}", "END", anchored=True)


@rule("latest_period", i(r"the\s+(?:latest|most\s+recent|same|comparable|current)\s+period"))
def _latest_period(m: re.Match[str], ctx: Context) -> Norm | None:
    if ctx.quarter:  # a results story: the quarter reported on
        return Norm("DATE", ctx.quarter, anchored=True, anchor=ctx.quarter)
    return None


@rule("the_week", i(r"the\s+week(?!['’-]|\s+(?:before|after|of|ago|earlier|later|ended|ending)\b)"))
def _the_week(m: re.Match[str], ctx: Context) -> Norm | None:
    if _by_the(ctx):
        return None
    if ctx.dct is None:
        return Norm("DATE", "XXXX-WXX")
    return Norm("DATE", cal.fmt_week(ctx.dct), anchored=True)


# --- periods relative to publication ----------------------------------------------------------

_REL_WORDS = ("this|last|next|the\\s+past|the\\s+coming|the\\s+previous|the\\s+following|"
              "the\\s+next|the\\s+last|past|coming|previous|the\\s+current|current|the\\s+same|"
              "that|later\\s+that|earlier\\s+that|"
              "this\\s+past|this\\s+coming")
_PERIOD = (r"year|month|week|weekend|quarter|decade|century|spring|summer|autumn|fall|"
           r"winter|day|fiscal\s+year|half")


@rule("relative_period", rf"(?:{POS_PREFIX})?"
      rf"(?P<rel>{i(_REL_WORDS)})\s+"
      rf"(?P<unit>{i(_PERIOD)})(?![-\w])")
def _relative_period(m: re.Match[str], ctx: Context) -> Norm | None:
    if title_case(ctx, m) and not m["pos"]:
        return None  # "This Week With David Brinkley"
    rel = words(m["rel"])
    unit = words(m["unit"])
    mod = position_mod(m)
    if rel.startswith(("earlier", "later")):
        rel = rel.split()[1]
    if unit == "fiscal year":
        unit = "year"
    if rel in ("the next", "the following", "the previous", "that", "the same"):
        return _relative_to_ref(rel, unit, ctx, mod)
    if rel in ("the past", "the coming") and unit not in ("weekend",):
        return Norm("DURATION", "P1" + {"year": "Y", "month": "M", "week": "W", "day": "D",
                                        "quarter": "Q", "decade": "DE", "century": "CE",
                                        "half": "H"}.get(unit, "Y").replace("DE", "0Y")
                    .replace("CE", "00Y").replace("H", "6M").replace("Q", "3M"))
    step = {"this": 0, "current": 0, "the current": 0, "last": -1, "past": -1,
            "the last": -1, "this past": -1, "the past": -1, "next": 1, "coming": 1,
            "this coming": 1, "the coming": 1}[rel]  # "the coming weekend" is the next one
    dct = ctx.dct
    if unit == "day":
        return None
    if unit in SEASONS:
        return _season(SEASONS[unit], step, ctx, mod)
    if dct is None:
        return Norm("DATE", {"year": UNDEF, "month": "XXXX-XX", "week": "XXXX-WXX",
                             "weekend": "XXXX-WXX-WE", "quarter": "XXXX-QX", "decade": "XXX",
                             "century": "XX", "half": "XXXX-HX"}[unit], mod)
    if unit == "year":
        # "a loss in the latest quarter, compared with a profit last year"
        baseline = quarter_year_ago(ctx, mod) if step == -1 and _quarter_baseline(ctx, m) \
            else None
        return baseline or Norm("DATE", f"{dct.year + step:04d}", mod, True)
    if unit == "month":
        return Norm("DATE", cal.fmt_month(dct + relativedelta(months=step)), mod, True)
    if unit == "week":
        return Norm("DATE", cal.fmt_week(dct + timedelta(weeks=step)), mod, True)
    if unit == "weekend":
        if rel.endswith("coming"):  # the first weekend after today: this week's on a weekday
            step = 0 if dct.weekday() < 5 else 1
            return Norm("DATE", cal.fmt_week(dct + timedelta(weeks=step)) + "-WE", mod, True)
        return Norm("DATE", weekend_value(dct, step, ctx.tense()), mod, True)
    if unit == "quarter":
        return Norm("DATE", cal.fmt_quarter(dct + relativedelta(months=3 * step)), mod, True)
    if unit == "half":
        h = 1 if dct.month < 7 else 2
        idx = dct.year * 2 + h - 1 + step
        return Norm("DATE", f"{idx // 2:04d}-H{idx % 2 + 1}", mod, True)
    if unit == "decade":
        return Norm("DATE", f"{dct.year // 10 + step:03d}", mod, True)
    return Norm("DATE", f"{dct.year // 100 + step:02d}", mod, True)


_QUARTER_TOLD = re.compile(r"\b(?:quarter|(?:latest|third|fourth|second|first)[-\s]period)",
                           re.I)
_BASELINE = re.compile(r"\b(?:from|with|than|over)\s+(?:[^\s.;]+\s+){0,6}$", re.I)


def _quarter_baseline(ctx: Context, m: re.Match[str]) -> bool:
    """"last year" as the baseline of a figure told for a quarter in the same sentence
    ("... in the quarter, compared with $33 million last year", "up from last year's")."""
    sentence = sentence_so_far(ctx, 200)
    return bool(_QUARTER_TOLD.search(sentence)) and (
        _BASELINE.search(sentence) is not None
        or ctx.text.startswith(("'s", "’s"), m.end()))


def weekend_value(dct: date, step: int, tense: Tense) -> str:
    """ISO week of the weekend meant: "the weekend" on a Wednesday is the one just gone when
    told in the past tense, the coming one otherwise."""
    if step == 0:
        if dct.weekday() >= 5:
            step = 0
        elif tense == "past" or (tense is None and dct.weekday() <= 1):
            step = -1
    return cal.fmt_week(dct + timedelta(weeks=step)) + "-WE"


def _season(code: str, step: int, ctx: Context, mod: str | None) -> Norm:
    dct = ctx.dct
    if dct is None:
        return Norm("DATE", f"{UNDEF}-{code}", mod)
    started = dct.month >= SEASON_START[code] or (code == "WI" and dct.month <= 2)
    year = dct.year - (1 if code == "WI" and dct.month <= 2 else 0)
    if step < 0 and started and not (code == "WI" and dct.month <= 2):
        # "last summer" in November is this year's summer, in April last year's
        year = dct.year if dct.month > SEASON_START[code] + 2 else dct.year - 1
    elif step < 0:
        year -= 1
    elif step > 0:
        year = year + 1 if started else year
    return Norm("DATE", f"{year:04d}-{code}", mod, True)


def _relative_to_ref(rel: str, unit: str, ctx: Context, mod: str | None) -> Norm | None:
    ref = ctx.ref
    if ref is None:
        return None
    step = {"the next": 1, "the following": 1, "the previous": -1, "that": 0, "the same": 0}[rel]
    code = {"year": "Y", "month": "M", "week": "W", "day": "D", "quarter": "Q"}.get(unit)
    if code is None:
        return None
    p = cal.parse_value(ref)
    if p is None:
        return None
    d = p.day + cal.delta(step, code)
    value = {"year": f"{d.year:04d}", "month": cal.fmt_month(d), "week": cal.fmt_week(d),
             "day": d.isoformat(), "quarter": cal.fmt_quarter(d)}[unit]
    return Norm("DATE", value, mod, True, anchor=ref)


@rule("the_weekend", rf"(?:{POS_PREFIX})?{i('the weekend')}")
def _the_weekend(m: re.Match[str], ctx: Context) -> Norm | None:
    if ctx.dct is None:
        return Norm("DATE", "XXXX-WXX-WE", position_mod(m))
    return Norm("DATE", weekend_value(ctx.dct, 0, ctx.tense()), position_mod(m), True)


@rule("bare_season", rf"(?:{POS_PREFIX}|(?P<the>{i('the')})\s+)?(?P<s>{i(SEASON)})(?![-\w])")
def _bare_season(m: re.Match[str], ctx: Context) -> Norm | None:
    before = ctx.text[max(0, ctx.start - 12):ctx.start].lower()
    if not (m["pos"] or m["pos2"] or re.search(
            r"\b(?:in|during|by|until|this|since|over|into|through|throughout)\s+$", before)):
        return None
    if m["s"].lower() == "fall" and not m["the"] and not (m["pos"] or m["pos2"]):
        return None
    code = SEASONS[m["s"].lower()]
    tense = ctx.tense()
    if before.endswith(("this ",)):
        return _season(code, 0, ctx, position_mod(m))
    step = -1 if tense == "past" else 1 if tense == "future" else 0
    return _season(code, step, ctx, position_mod(m))


@rule("this_period_end", rf"{POS_PREFIX}(?P<unit>{i('the year|the month|the week|the decade')})"
      r"(?!\s+(?:before|after|of)\b|-)")
def _period_end(m: re.Match[str], ctx: Context) -> Norm | None:
    unit = m["unit"].lower().split()[-1]
    mod = position_mod(m)
    if mod is None:
        return None
    if ctx.dct is None:
        return Norm("DATE", {"year": UNDEF, "month": "XXXX-XX", "week": "XXXX-WXX",
                             "decade": "XXX"}[unit], mod)
    value = {"year": f"{ctx.dct.year:04d}", "month": cal.fmt_month(ctx.dct),
             "week": cal.fmt_week(ctx.dct), "decade": f"{ctx.dct.year // 10:03d}"}[unit]
    return Norm("DATE", value, mod, True)


@rule("season", rf"(?:{POS_PREFIX}|{i('the')}\s+)?(?P<s>{i(SEASON)})(?:\s+(?:of\s+)?"
      rf"(?:(?P<y>(?:1[6-9]|20)\d\d)|(?P<ysp>{SPELLED_YEAR})))")
def _season_year(m: re.Match[str], ctx: Context) -> Norm | None:
    year = int(m["y"]) if m["y"] else spelled_year(m["ysp"])
    if year is None:
        return None
    return Norm("DATE", f"{year:04d}-{SEASONS[m['s'].lower()]}", position_mod(m))


# --- holidays ---------------------------------------------------------------------------------

def _nth_weekday(year: int, month: int, wd: int, n: int) -> date:
    """The n-th (1-based; -1 = last) weekday ``wd`` of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year, month, 1) + relativedelta(months=1, days=-1)
    return last - timedelta(days=(last.weekday() - wd) % 7)


HOLIDAYS: dict[str, Callable[[int], date]] = {
    "christmas eve": lambda y: date(y, 12, 24),
    "christmas day": lambda y: date(y, 12, 25),
    "christmas": lambda y: date(y, 12, 25),
    "new year's eve": lambda y: date(y, 12, 31),
    "new year's day": lambda y: date(y, 1, 1),
    "independence day": lambda y: date(y, 7, 4),
    "halloween": lambda y: date(y, 10, 31),
    "valentine's day": lambda y: date(y, 2, 14),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + timedelta(days=1),
    "easter sunday": lambda y: easter(y),
    "easter": lambda y: easter(y),
    "good friday": lambda y: easter(y) - timedelta(days=2),
    "boxing day": lambda y: date(y, 12, 26),
    "may day": lambda y: date(y, 5, 1),
}
_HOLIDAY = "|".join(sorted((re.escape(h).replace("\\ ", " ").replace("'", "['’]")
                            for h in HOLIDAYS), key=len, reverse=True))


@rule("holiday", rf"(?:(?P<rel>{i('last|next|this')})\s+)?(?P<h>{i(_HOLIDAY)})"
      rf"(?:(?P<wk>\s+{i('week')})|,?\s+(?P<y>(?:19|20)\d\d))?")
def _holiday(m: re.Match[str], ctx: Context) -> Norm | None:
    name = re.sub(r"\s+", " ", m["h"].lower().replace("’", "'"))
    if not m["h"][0].isupper():
        return None
    fn = HOLIDAYS[name]
    if m["y"]:
        return Norm("DATE", fn(int(m["y"])).isoformat())
    if ctx.dct is None:
        return None
    rel = (m["rel"] or "").lower()
    options = [fn(y) for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)]
    if m["wk"] and not rel:  # "as Easter week began": the holiday's week, the nearest one
        d = min(options, key=lambda o: abs((o - ctx.dct).days))
        return Norm("DATE", cal.fmt_week(d), anchored=True)
    if m["wk"]:
        return None  # "last Christmas week": left to the holiday alone
    if rel == "last":
        d = max(o for o in options if o < ctx.dct)
    elif rel == "next":
        d = min(o for o in options if o > ctx.dct)
    else:
        tense = ctx.tense()
        past = [o for o in options if o <= ctx.dct]
        future = [o for o in options if o >= ctx.dct]
        if tense == "past":
            d = max(past)
        elif tense == "future":
            d = min(future)
        else:
            d = min(options, key=lambda o: abs((o - ctx.dct).days))
    return Norm("DATE", d.isoformat(), anchored=True)


# --- quarters and halves ----------------------------------------------------------------------

_Q_ORD = i(r"first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|previous|"
           r"past|recent|same|next|coming|june|march|september|december")
_QUARTER = (rf"(?:(?P<ypre>{i('this|last|next')})\s+{i('year')}'s\s+|(?P<y1>(?:19|20)\d\d)'s\s+|"
            rf"(?:(?P<y0>(?:19|20)\d\d)\s+|(?P<det>{i('the')})\s+(?:(?P<y4>(?:19|20)\d\d)\s+|"
            rf"(?:{i('comparable|corresponding')}\s+)?(?P<yago>{i('year')}-{i('ago|earlier')})\s+)?"
            rf"))?"
            rf"(?:(?P<adj>{i('fiscal|flat|strong|weak|seasonally weak|disappointing')})\s+)?"
            rf"(?P<ord>{_Q_ORD})?(?:[-\s]+{i('fiscal')})?[-\s]*(?P<q>{i('quarter')})(?!s)"
            rf"(?:\s+{i('of')}\s+(?:(?P<y2>(?:19|20)\d\d)|(?:{i('fiscal')}\s+)"
            rf"(?P<y3>(?:19|20)\d\d)|(?P<yrel>{i('this|last|next')})\s+{i('year')}))?")


@rule("quarter", _QUARTER)
def _quarter(m: re.Match[str], ctx: Context) -> Norm | None:
    ordw = (m["ord"] or "").lower()
    if not ordw and not m["det"] and not m["y1"] and not m["ypre"] and not m["y0"]:
        return None
    if not ordw and (m["det"] or "").lower() in ("a", "an"):
        return None  # "a quarter" is a fraction or a duration
    if m["adj"] and not ordw and (m["det"] or "").lower() != "the":
        return None
    dct = ctx.dct
    year: int | None = None
    for g in ("y0", "y1", "y2", "y3", "y4"):
        if m[g]:
            year = int(m[g])
    rel = (m["ypre"] or m["yrel"] or "").lower()
    if rel and dct:
        year = dct.year + {"this": 0, "last": -1, "next": 1}[rel]
    q = ORDINALS.get(ordw) or {"june": 2, "march": 1, "september": 3, "december": 4}.get(ordw)
    if q is None and ordw in ("final",):
        q = 4
    if q is not None and q > 4:
        return None
    if dct is None and year is None:
        return Norm("DATE", f"XXXX-Q{q}" if q else "XXXX-QX")
    assert dct is not None or year is not None
    if m["yago"] and q is None:
        return None  # "the year-ago quarter": the year_earlier rule
    if q is not None:
        if year is None and dct is not None:
            cur = (dct.month - 1) // 3 + 1
            year = dct.year
            tense = ctx.tense()
            if q > cur and tense != "future":
                year -= 1
        if m["yago"] and year is not None:
            year -= 1  # "the year-earlier third quarter"
        trim = 0
        if m["det"] and not m["adj"] and ctx.text[m.start("q") - 1] == "-":
            trim = m.start("ord") - m.start()  # "the third-quarter results"
        return Norm("DATE", f"{year:04d}-Q{q}", anchored=not any(m[g] for g in ("y0", "y1", "y2",
                                                                              "y3", "y4")),
                    trim=trim)
    # "the quarter", "the latest quarter": the last one reported on
    if dct is None:
        return None
    step = {"next": 1, "coming": 1, "current": 0, "this": 0}.get(ordw, -1)
    if ordw in ("", "same"):
        # in the first weeks of a quarter, "the quarter" is the one whose results are due
        step = 0 if ctx.tense() == "future" and not _results_season(dct) else -1
    if ordw == "same" and ctx.ref and cal.precision_of(ctx.ref) == "quarter":
        return Norm("DATE", ctx.ref, anchored=True, anchor=ctx.ref)
    d = dct + relativedelta(months=3 * step)
    if year is not None:
        return Norm("DATE", f"{year:04d}-Q{(d.month - 1) // 3 + 1}")
    return Norm("DATE", cal.fmt_quarter(d), anchored=True)


def _results_season(d: date) -> bool:
    return (d - cal.quarter_start(d.year, (d.month - 1) // 3 + 1)).days < 45


@rule("half", rf"(?:(?P<det>{i('the|its|their')})\s+)?"
      rf"(?P<ord>{i('first|second|1st|2nd|latter|last')})[-\s]+{i('half')}(?:\s+{i('of')}\s+(?:(?P<y>(?:19|20)\d\d)|(?P<yrel>{i('this|last|next')})"
      rf"\s+{i('year')}|(?:{i('the')}\s+)?(?P<dec>(?:19)?'?\d0'?s)))?")
def _half(m: re.Match[str], ctx: Context) -> Norm | None:
    h = 1 if m["ord"].lower() in ("first", "1st") else 2
    if m["dec"]:  # "the last half of the '80s": the decade, late
        digit = re.sub(r"\D", "", m["dec"])[-2]
        return Norm("DATE", "19" + digit, "END" if h == 2 else "START")
    if m["ord"].lower() == "last" and not (m["y"] or m["yrel"]):
        return None  # "the last half" of something else
    if m["y"]:
        return Norm("DATE", f"{m['y']}-H{h}")
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-H{h}")
    year = ctx.dct.year + {"this": 0, "last": -1, "next": 1, "": 0}[(m["yrel"] or "").lower()]
    if not m["yrel"] and ctx.tense() == "past" and h == 2 and ctx.dct.month < 7:
        year -= 1
    return Norm("DATE", f"{year:04d}-H{h}", anchored=True)


@rule("period_year_ago", i(r"the\s+(?:(?:corresponding|comparable|same)\s+)?(?:period|quarter)\s+"
                           r"(?:last\s+year|a\s+year\s+(?:ago|earlier))"))
def _period_year_ago(m: re.Match[str], ctx: Context) -> Norm | None:
    return quarter_year_ago(ctx)  # None: left to "last year", "a year ago"


@rule("year_earlier", rf"(?:(?P<det>{i('the|a')})\s+(?:{i('comparable|corresponding')}\s+)?"
      rf"(?={i('year')}[-\s]{i('earlier|ago')}\s+{i('period|quarter')}))?"
      rf"{i('year')}[-\s](?P<w>{i('earlier|ago')})(?:\s+(?P<n>{i('period|quarter')}))?")
def _year_earlier(m: re.Match[str], ctx: Context) -> Norm | None:
    if m["det"] and m["det"].lower() == "a":
        return None  # "a year earlier": the ago rule
    if (year_ago := quarter_year_ago(ctx)) is not None:  # "the year-ago period"
        return year_ago
    if ctx.quarter and ctx.dct:  # "for the nine months ... a year earlier": the year before
        return Norm("DATE", f"{ctx.dct.year - 1:04d}", anchored=True)
    if m["n"] and ctx.ref and cal.precision_of(ctx.ref) in ("month", "day"):
        p = cal.parse_value(ctx.ref)
        if p is not None:  # "the quarter ended Sept. 30 ... the year-ago quarter"
            return Norm("DATE", cal.fmt_quarter(p.day - relativedelta(years=1)),
                        anchored=True, anchor=ctx.ref)
    if ctx.ref and cal.precision_of(ctx.ref) in ("quarter", "month", "day"):
        value = cal.shift_value(ctx.ref, -1, "Y")
        if value:
            return Norm("DATE", value, anchored=True, anchor=ctx.ref)
    if ctx.dct:
        return Norm("DATE", f"{ctx.dct.year - 1:04d}", anchored=True)
    return Norm("DATE", UNDEF)
