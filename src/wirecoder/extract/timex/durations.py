"""Grammar rules for "N units ago", durations, sets (frequencies) and clock times."""


import re
from datetime import date, timedelta

from wirecoder.extract.timex import calendar as cal
from wirecoder.extract.timex.base import (
    _DEICTIC,
    UNDEF,
    Context,
    Norm,
    i,
    quarter_year_ago,
    rule,
    weekday_date,
    words,
)
from wirecoder.extract.timex.lexicon import (
    MOD,
    MODS,
    MONTH,
    MONTHS,
    NUM,
    PART,
    PARTS,
    UNIT,
    UNIT_SG,
    WEEKDAY,
    WEEKDAYS,
    WORD_NUM,
    ZONE,
    ZONES,
    number_value,
    unit_code,
)

# --- "N units ago", durations and sets --------------------------------------------------------

def _num_unit(m: re.Match[str]) -> tuple[float | None, str, bool] | None:
    u = unit_code(m["unit"])
    if u is None:
        return None
    code, clock = u
    return number_value(m["num"]) if m["num"] else 1.0, code, clock


def duration_value(n: float | None, code: str, clock: bool) -> str:
    """P3Y, PT5H, P1000D, PXY; halves become the next unit down (2.5 years -> P2Y6M)."""
    if code == "WE":
        return "P" + (_fmt_n(n) if n is not None else "X") + "WE"
    scale = {"DE": ("Y", 10), "CE": ("Y", 100), "Q": ("M", 3), "FN": ("D", 14),
             "ML": ("Y", 1000)}
    if n is None:
        letter = {"DE": "DE", "CE": "CE", "Q": "Q", "FN": "W", "ML": "ML"}.get(code, code)
        return ("PT" if clock else "P") + "X" + letter
    if code in scale:
        code, k = scale[code]
        n = n * k
    if n != int(n):
        lower = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24),
                 "H": ("M", 60), "S": ("S", 1)}
        whole, frac = int(n), n - int(n)
        if clock or code == "D":
            sub, k = {"H": ("M", 60), "M": ("S", 60)}.get(code, ("S", 1)) if clock else \
                lower[code]
            if code == "D":
                return f"P{whole}DT{int(frac * k)}H" if whole else f"PT{int(frac * k)}H"
            return f"PT{whole}{code}{int(frac * k)}{sub}" if whole else f"PT{int(frac * k)}{sub}"
        sub, k = lower.get(code, ("D", 1))
        return f"P{whole}{code}{round(frac * k)}{sub}" if whole else f"P{round(frac * k)}{sub}"
    return ("PT" if clock else "P") + _fmt_n(n) + code


def _fmt_n(n: float) -> str:
    return str(int(n)) if n == int(n) else str(n)


@rule("ago", rf"(?:(?P<mod>{i(MOD)})\s+)?(?P<num>{i(NUM)})[-\s]+(?P<unit>{i(UNIT)})"
      rf"(?:\s+{i('or so')})?\s+(?P<dir>{i('ago|earlier|later|from now|hence')}|"
      rf"{i('before|after')}(?=\s*[,.;:)\"'’”]|$))")
def _ago(m: re.Match[str], ctx: Context) -> Norm | None:
    nu = _num_unit(m)
    if nu is None:
        return None
    n, code, clock = nu
    direction = m["dir"].lower()
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    mod = MODS.get(words(m["mod"]))
    mod = {"EQUAL_OR_LESS": None, "MORE_THAN": "BEFORE", "LESS_THAN": None}.get(mod or "", mod)
    from_ref = direction in ("earlier", "later", "before", "after")
    if from_ref and ctx.ref is None and direction in ("before", "after"):
        return None
    if ctx.quarter and code == "Y" and n == 1 and direction in ("ago", "earlier"):
        # "profit rose from a year ago": the quarter reported on, a year before; "for the
        # nine months, ... from a year earlier": the year before publication
        if (year_ago := quarter_year_ago(ctx, mod)) is not None:
            return year_ago
        if ctx.dct:
            return Norm("DATE", f"{ctx.dct.year - 1:04d}", mod, anchored=True)
    base = ctx.ref if from_ref and ctx.ref else (ctx.dct.isoformat() if ctx.dct else None)
    if direction == "later":
        return _later(m, ctx, n, code, clock, base)
    if n is None:
        return Norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", anchored=True)
    if base is None:
        return Norm("DATE", {"Y": UNDEF, "M": "XXXX-XX"}.get(code, "XXXX-XX-XX"), mod)
    p = cal.parse_value(base)
    if p is None:
        return None
    if clock:
        return None
    moved = p.day + cal.delta(sign * int(n), code)
    ref_precision = p.precision if from_ref else "day"
    unit_precision = {"Y": "year", "DE": "year", "CE": "year", "M": "month", "Q": "quarter",
                      "W": "day", "D": "day", "FN": "day", "WE": "week"}.get(code, "day")
    order = ["year", "quarter", "month", "week", "day"]
    rp = ref_precision if ref_precision in order else "day"
    precision = unit_precision if order.index(unit_precision) < order.index(rp) and \
        not from_ref else rp
    if not from_ref and code == "Y":
        precision = "year"
    value = cal.fmt_point(cal.Point(moved, precision))
    return Norm("DATE", value, mod, anchored=True, anchor=base if from_ref else None)


def _later(m: re.Match[str], ctx: Context, n: float | None, code: str, clock: bool,
           base: str | None) -> Norm:
    """"three days later": TimeML marks the duration, "later" being the signal that it runs
    from the date last told; the day it lands on becomes the next reference."""
    keep = m.start("dir")
    while ctx.text[keep - 1].isspace():
        keep -= 1
    p = cal.parse_value(base or "")
    implies = None
    if n is not None and not clock and p is not None and n == int(n):
        moved = p.day + cal.delta(int(n), code)
        precision = p.precision if p.precision in ("year", "quarter", "month", "week") \
            else "day"
        implies = cal.fmt_point(cal.Point(moved, precision))
    return Norm("DURATION", duration_value(n, code, clock), MODS.get(words(m["mod"])),
                anchored=implies is not None, anchor=base if implies else None,
                cut=m.end() - keep, implies=implies)


_DUR_HEAD = i(r"the|a|an|its|their|his|her|our|another|each\s+of\s+the|all")
_DUR_REL = i(r"past|last|next|first|coming|previous|final|following|remaining|latest|full|"
             r"entire|whole|same|initial|recent|further|additional|straight|last\s+few|"
             r"past\s+few|next\s+few")
_DUR_MID = i(r"more|additional|straight|consecutive|full|long|whole|trading|business|working|"
             r"calendar|further|extra|successive|solid|more\s+full")


@rule("duration", rf"(?:(?P<mod>{i(MOD)})\s+)?(?:(?P<head>{_DUR_HEAD})\s+)?"
      rf"(?:(?P<rel>{_DUR_REL})\s+)?(?P<num>{i(NUM)})(?:[-\s](?P<mid>{_DUR_MID}))?"
      rf"[-\s]+(?P<unit>{i(UNIT)})(?P<half>\s+{i('and a half')})?(?P<suf>-(?:long|old))?"
      rf"(?:\s+(?P<tail>{i('period|span|stretch|term|stint|run|window')}))?"
      rf"(?P<orso>\s+{i('or so')})?(?!-\w)")
def _duration(m: re.Match[str], ctx: Context) -> Norm | None:
    nu = _num_unit(m)
    if nu is None:
        return None
    n, code, clock = nu
    numw = m["num"].lower()
    unit_w = m["unit"].lower()
    after = ctx.text[m.end():m.end() + 8]
    if m["suf"] == "-old" or re.match(r"-old|\s+old\b|-plus-old", after):
        return None  # an age, which TimeML does not mark
    if re.fullmatch(r"\d{4}", numw) and not unit_w.endswith("s"):
        return None  # "the 1988 quarter"
    if unit_w in ("second", "quarter") and n != 1 and ctx.text[m.start("unit") - 1] != "-":
        return None  # an ordinal or a fraction: "1988 second", "three quarters"
    hyphen = ctx.text[m.start("unit") - 1] == "-"
    if hyphen and unit_w == "quarters":
        return None
    trim = 0
    head = (m["head"] or "").lower()
    mod_word = words(m["mod"])
    if mod_word == "over" and m["head"]:
        # "over the past two years": a preposition, which TimeML leaves out
        trim, mod_word = m.start("head") - m.start(), ""
    if m["head"] and not m["rel"] and not mod_word and not m["tail"] and (
            hyphen or head in ("a", "an", "its", "their", "his", "her", "our")) \
            and numw not in ("a", "an", "a couple of", "a few", "a dozen", "few", "couple of"):
        trim = m.start("num") - m.start()  # "a 16-hour flight": the adjective alone
    if numw in ("a", "an") and unit_w == "second" and re.match(r"\s+[a-z]", after) \
            and not re.match(r"\s+(?:ago|later|earlier|or|and|to|in|of|for|before|after)\b",
                             after):
        return None  # "a second group": an ordinal
    if numw in ("a", "an") and not m["rel"] and not m["mod"] and not m["mid"]:
        before = ctx.text[max(0, ctx.start - 40):ctx.start]
        # a rate: "$2 million a year", "hundreds of interviews a day"
        if re.search(rf"(?:\d|%|\b(?:percent|dollars|cents|times|once|twice|euros|pounds|yuan|"
                     rf"yen|dozens|hundreds|thousands|millions|{WORD_NUM})\b)(?:[\w,$]|\.\d)*"
                     rf"(?:[ \t]+(?:of[ \t]+)?[a-z]+){{0,2}}[ \t,]*$", before, re.I):
            return Norm("SET", duration_value(1, code, clock))
    if numw in ("the", "some") and not m["rel"]:
        return None
    if code == "WE":
        return None
    mod = MODS.get(mod_word) or ("APPROX" if m["orso"] else None)
    if numw in ("a couple of", "couple of", "some") and mod is None:
        mod = "APPROX" if numw != "some" else None
    if m["half"] and n is not None:
        n += 0.5  # "a minute and a half"
    return Norm("DURATION", duration_value(n, code, clock), mod, trim=trim)


_VAGUE_PRE = i("the|recent|coming|past|the past|the coming|the last|the next|past few|the past few|"
               "the last few|the next few|the coming few|next few|last few|the last several|"
               "the past several|the next several|several|a few|few|many|the early")
_VAGUE_SKIP = i("for|in|within|over|during|of")
_VAGUE_UNIT = i("days|weeks|months|years|decades|centuries|hours|minutes|quarters")


@rule("vague_duration", rf"(?:(?P<skip>{_VAGUE_SKIP})\s+)?(?:(?P<pre>{_VAGUE_PRE})\s+)?"
      rf"(?P<unit>{_VAGUE_UNIT})(?!\s+(?:of|to|ago|earlier|later|before|after|old)\b|-)")
def _vague_duration(m: re.Match[str], ctx: Context) -> Norm | None:
    u = unit_code(m["unit"])
    if u is None:
        return None
    pre = words(m["pre"]).strip()
    skip = (m["skip"] or "").lower()
    if pre == "the" and (skip not in ("over", "in", "during") or u[0] not in ("Y", "DE", "CE")):
        return None  # "over the years", "in the years that followed"; not "the days before"
    if not pre and skip not in ("for", "over", "within", "during"):
        return None
    if pre == "recent":  # "in recent weeks": an unspecified stretch up to now
        return Norm("DURATION", duration_value(None, *u))
    if pre == "coming":
        return Norm("DATE", "FUTURE_REF", anchored=True)
    return Norm("DURATION", duration_value(None, *u))


@rule("decades_long", i(r"(?:decades|years|months|weeks|days|centuries)-(?:long|old)"))
def _decades_long(m: re.Match[str], ctx: Context) -> Norm | None:
    u = unit_code(m.group(0).split("-")[0])
    return Norm("DURATION", duration_value(None, *u)) if u else None


@rule("unit_long", i(r"(?:hour|day|week|month|year|decade|century)-long"))
def _unit_long(m: re.Match[str], ctx: Context) -> Norm | None:
    """"a day-long meeting", "a year-long siege": one unit."""
    u = unit_code(m.group(0).split("-")[0])
    return Norm("DURATION", duration_value(1, *u)) if u else None


_SET_ADV = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
            "yearly": "P1Y", "hourly": "PT1H", "nightly": "P1D", "quarterly": "P3M",
            "biweekly": "P2W", "fortnightly": "P2W", "biannually": "P6M",
            "semiannually": "P6M", "semi-annually": "P6M"}


@rule("set_adverb", i("|".join(sorted(_SET_ADV, key=len, reverse=True))))
def _set_adverb(m: re.Match[str], ctx: Context) -> Norm | None:
    w = m.group(0).lower()
    after = ctx.text[m.end():m.end() + 20]
    if w in ("quarterly", "monthly", "weekly", "annually", "yearly") and re.match(
            r"\s+[a-z]", after) and w != "annually":
        return None  # an adjective ("quarterly dividend"): the noun carries the frequency
    # "the daily newspaper", "a weekly magazine": a publication, not a frequency
    if re.match(r"\s+(?:newspaper|paper|magazine|journal|news|briefing|bulletin|show|"
                r"programme|program|edition|column|mail|telegraph|star|beast)", after, re.I):
        return None
    return Norm("SET", _SET_ADV[w])


@rule("set_every", rf"(?P<q>{i('every|each|per|once a|twice a|once every')})\s+"
      rf"(?:(?P<n>{i('other|two|three|four|five|six|few|couple of')})\s+)?"
      rf"(?P<unit>{i(UNIT_SG + 's?|morning|evening|night|afternoon|weekend')}|{WEEKDAY}|{MONTH})")
def _set_every(m: re.Match[str], ctx: Context) -> Norm | None:
    word = m["unit"].lower()
    if word.rstrip(".") in MONTHS:
        return Norm("SET", f"XXXX-{MONTHS[word.rstrip('.')]:02d}")
    if word in WEEKDAYS:
        return Norm("SET", f"XXXX-WXX-{WEEKDAYS[word] + 1}")
    if word in PARTS:
        return Norm("SET", f"XXXX-XX-XXT{PARTS[word]}")
    if word == "weekend":
        return Norm("SET", "XXXX-WXX-WE")
    u = unit_code(word)
    if u is None:
        return None
    n = {"other": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}.get(
        (m["n"] or "").lower(), 1)
    if m["n"] and m["n"].lower() in ("few", "couple of"):
        return Norm("SET", duration_value(None, *u))
    return Norm("SET", duration_value(n, *u))


# --- clock times ------------------------------------------------------------------------------

_AMPM = r"(?P<ampm>[ap]\.?\s?m\b\.?|[AP]\.?\s?M\b\.?)"
# A bracket closes only the bracket the zone opened: "(0200 GMT)" ends before its ')'.
_ZONE_T = (rf"(?:\s*(?P<zparen>\()?(?P<zone>{ZONE})(?(zparen)\))"
           rf"|\s+(?P<local>{i('local time')}))?")
_DAY_AFTER = (rf"(?:\s*,?\s+(?:{i('on')}\s+)?(?P<dayw>{WEEKDAY}|"
              rf"{i('yesterday|today|tomorrow|tonight')}))?")
_DAY_BEFORE = (rf"(?:(?P<dayb>{WEEKDAY}|{i('yesterday|today|tomorrow')})"
               rf"(?:\s+(?P<partb>{i(PART)}))?,?\s+(?:{i('at')}\s+)?)?")


@rule("clock", rf"{_DAY_BEFORE}(?:(?P<h>[01]?\d|2[0-3])(?:(?P<sep>[:.])(?P<mi>[0-5]\d))?"
      rf"(?::(?P<s>[0-5]\d))?|(?P<h4>[01]\d|2[0-3])(?P<mi4>[0-5]\d)(?=\s*\(?{ZONE}\b|\s*"
      rf"{i('hrs|hours')}\b))"
      rf"\s*(?:{_AMPM}|(?P<oclock>{i('o.clock')})|(?=\s*\(?{ZONE}\b)|(?<=\d:\d\d))"
      rf"{_ZONE_T}(?:\s+(?:{i('in the')})\s+(?P<part>{i('morning|afternoon|evening')}))?"
      rf"{_DAY_AFTER}")
def _clock(m: re.Match[str], ctx: Context) -> Norm | None:
    h = int(m["h"] or m["h4"])
    mi = int(m["mi"] or m["mi4"] or 0)
    if m["sep"] == "." and not m["ampm"]:
        return None  # "3.45" is a number
    ampm = (m["ampm"] or "").lower().replace(".", "").replace(" ", "")
    if ampm and not 1 <= h <= 12:
        return None
    if ampm == "pm" and h < 12:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    if not ampm and not (m["mi"] or m["mi4"]) and not m["zone"] and not m["oclock"]:
        return None
    if m["part"] and m["part"].lower() in ("afternoon", "evening") and h < 12:
        h += 12
    clock = f"{h:02d}:{mi:02d}" + (f":{m['s']}" if m["s"] else "")
    d = _clock_day(m, ctx)
    zone = (m["zone"] or "").lower()
    suffix = ""
    if zone and zone in ZONES:
        off = ZONES[zone]
        suffix = "Z" if off == 0 else f"{'+' if off > 0 else '-'}{int(abs(off)):02d}" + (
            f":{int(abs(off) % 1 * 60):02d}" if off % 1 else "")
    base = d.isoformat() if d else "XXXX-XX-XX"
    return Norm("TIME", f"{base}T{clock}{suffix}", anchored=True)


def _clock_day(m: re.Match[str], ctx: Context) -> date | None:
    word = m["dayb"] or m["dayw"]
    if ctx.dct is None:
        return None
    if not word:
        return _ref_day(ctx)
    w = word.lower()
    if w in WEEKDAYS:
        return weekday_date(ctx.dct, WEEKDAYS[w], ctx.tense())
    return ctx.dct + timedelta(days=_DEICTIC.get(w, 0))


def _told_day(ctx: Context) -> date | None:
    """The day last told ("on Friday ... at 10:35 a.m."), if within a week of publication."""
    p = cal.parse_value(ctx.ref or "")
    if p is not None and ctx.dct is not None and p.precision in ("day", "part", "time") \
            and abs((p.day - ctx.dct).days) <= 7:
        return p.day
    return None


def _ref_day(ctx: Context) -> date | None:
    """The day a bare clock time belongs to: the day last told, else publication."""
    return _told_day(ctx) or ctx.dct


_AFTER_SIGNAL = re.compile(r"\b(?:after|past)\s+$", re.I)


_NOON = i("noon|midnight|midday|mid-?afternoon|dawn|dusk|daybreak|nightfall|sunset|sunrise")
_DEICTIC_W = i("yesterday|today|tomorrow")


_HOUR_W = i("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve")


@rule("hour_in_the", rf"(?P<h>\d{{1,2}}|{_HOUR_W})(?:\s+{i('o.clock')})?\s+{i('in the')}\s+"
      rf"(?P<part>{i('morning|afternoon|evening|night')})")
def _hour_in_the(m: re.Match[str], ctx: Context) -> Norm | None:
    h = int(m["h"]) if m["h"].isdigit() else int(number_value(m["h"]) or 0)
    if not 1 <= h <= 12:
        return None
    part = m["part"].lower()
    if part in ("afternoon", "evening") or (part == "night" and h >= 6):
        h = h % 12 + 12
    elif h == 12:
        h = 0
    day = _ref_day(ctx)
    base = day.isoformat() if day else "XXXX-XX-XX"
    return Norm("TIME", f"{base}T{h:02d}:00", anchored=True)


@rule("noon", rf"{_DAY_BEFORE}(?P<w>{_NOON})(?:\s+(?P<partb2>{_DEICTIC_W})|{_DAY_AFTER})")
def _noon(m: re.Match[str], ctx: Context) -> Norm | None:
    if re.search(r"(?:\bhigh\s+|pre-)$", ctx.text[max(0, m.start() - 5):m.start()], re.I):
        return None  # "high noon", "a pre-dawn raid"
    w = m["w"].lower().replace("-", "")
    word = m["dayb"] or m["dayw"] or m["partb2"]
    d = None
    if ctx.dct:
        if word and word.lower() in WEEKDAYS:
            d = weekday_date(ctx.dct, WEEKDAYS[word.lower()], ctx.tense())
        elif word:
            d = ctx.dct + timedelta(days=_DEICTIC.get(word.lower(), 0))
        else:
            d = _ref_day(ctx)
            if w == "midnight" and d == ctx.dct and ctx.tense() == "past":
                # "exploded shortly before midnight": not tonight's, but the night told
                # before ("Friday night's attack ... said on Sunday") or else last night
                night = cal.parse_value(ctx.night or "")
                d = night.day if night is not None and 0 < (ctx.dct - night.day).days <= 7 \
                    else ctx.dct - timedelta(days=1)
        if d is not None and w == "midnight" and word and word.lower() in WEEKDAYS \
                and _AFTER_SIGNAL.search(ctx.text[max(0, m.start() - 20):m.start()]):
            d -= timedelta(days=1)  # "just after midnight on Sunday" is Saturday's T24:00
    base = d.isoformat() if d else "XXXX-XX-XX"
    if w in ("noon", "midday"):
        return Norm("TIME", f"{base}T12:00", anchored=d is not None)
    if w == "midnight":
        return Norm("TIME", f"{base}T24:00", anchored=d is not None)
    part = {"midafternoon": "AF", "dawn": "MO", "daybreak": "MO", "sunrise": "MO",
            "dusk": "EV", "nightfall": "EV", "sunset": "EV"}[w]
    return Norm("TIME", f"{base}T{part}", anchored=d is not None)
