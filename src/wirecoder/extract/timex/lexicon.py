"""Words of the temporal grammar: numbers, months, weekdays, units, parts of day, zones.

Regex fragments are plain strings so that :mod:`grammar` can compose them; every lookup table
is keyed by the lower-cased word with any trailing dot removed.
"""

from __future__ import annotations

import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
# Month names are matched case-sensitively (capitalised or upper case): "may" and "march"
# are verbs far more often than months.
_FULL = [w for w in MONTHS if len(w) > 4 or w in ("may", "june", "july")]
_ABBR = [w for w in MONTHS if w not in _FULL]
_MONTH_FULL = sorted({w.capitalize() for w in _FULL} | {w.upper() for w in _FULL}, key=len,
                     reverse=True)
_MONTH_ABBR = sorted({w.capitalize() for w in _ABBR} | {w.upper() for w in _ABBR}, key=len,
                     reverse=True)
MONTH = (r"(?:(?:" + "|".join(_MONTH_FULL) + r")(?!\w)|(?:" + "|".join(_MONTH_ABBR)
         + r")(?:\.|(?![\w.])))")

WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)(?:day|DAY)"

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON = r"(?:spring|summer|autumn|fall|winter)"
# the month a season starts in (northern hemisphere) — to decide "last summer" etc.
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
         "overnight": "NI", "midday": "MI", "noon": "MI"}
PART = r"(?:morning|afternoon|evening|night)"

ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
            "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
            "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
            "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "21st": 21}
ORDINAL = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"

_UNITS = {
    "second": "S", "sec": "S", "minute": "M", "min": "M", "hour": "H", "hr": "H",
    "day": "D", "week": "W", "month": "M", "year": "Y", "yr": "Y", "decade": "DE",
    "century": "CE", "centurie": "CE", "quarter": "Q", "fortnight": "FN", "weekend": "WE",
    "night": "D", "millennium": "ML", "millennia": "ML",
}


def unit_code(word: str) -> tuple[str, bool] | None:
    """('Y', False) for 'years'; the flag says it is a clock unit (PT...)."""
    w = word.lower().rstrip(".")
    if w.endswith("s") and w[:-1] in _UNITS:
        w = w[:-1]
    if w.endswith("-long") or w.endswith("-old"):
        w = w.rsplit("-", 1)[0]
    code = _UNITS.get(w)
    if code is None:
        return None
    return code, w in ("second", "sec", "minute", "min", "hour", "hr")


UNIT = (r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|months?|"
        r"years?|yrs?|decades?|century|centuries|quarters?|millennium|millennia)")
UNIT_SG = r"(?:second|minute|hour|day|night|week|month|year|decade|century|quarter)"

ONES = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "a": 1, "an": 1, "single": 1}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
VAGUE = {"few", "several", "many", "some", "couple", "numerous", "the", "recent", "coming",
         "past", "last", "next", "following"}

_W_NUM = "|".join(sorted([w for w in ONES if w not in ("a", "an", "single")] + list(TENS)
                         + list(SCALES), key=len, reverse=True))
WORD_NUM = rf"(?:(?:{_W_NUM})(?:[- ](?:and[- ])?(?:{_W_NUM}))*)"
DIGIT_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
FRACTION = r"(?:\s(?:1/2|½)|(?:-|\s)and(?:-|\s)a(?:-|\s)half)"
NUM = (rf"(?:(?:{DIGIT_NUM}|{WORD_NUM}|a\s+couple\s+of|a\s+few|a\s+dozen|several|a|an|"
       rf"few|many|some|couple\s+of)(?:{FRACTION})?)")

MODS = {
    "about": "APPROX", "around": "APPROX", "some": "APPROX", "roughly": "APPROX",
    "approximately": "APPROX", "nearly": "EQUAL_OR_LESS", "almost": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "more than": "MORE_THAN",
    "over": "MORE_THAN", "at least": "EQUAL_OR_MORE", "less than": "LESS_THAN",
    "under": "LESS_THAN", "fewer than": "LESS_THAN", "just over": "MORE_THAN",
    "just under": "LESS_THAN", "well over": "MORE_THAN", "close to": "EQUAL_OR_LESS",
}
MOD = (r"(?:about|around|roughly|approximately|nearly|almost|up\s+to|no\s+more\s+than|"
       r"more\s+than|just\s+over|just\s+under|well\s+over|over|at\s+least|less\s+than|"
       r"fewer\s+than|under|close\s+to)")

# Position within a period: TimeML mod values.
POSITION = {"early": "START", "beginning": "START", "start": "START", "mid": "MID",
            "middle": "MID", "late": "END", "end": "END", "close": "END"}

# Zone abbreviations -> hours from UTC: the one table for clock times in the text and for
# publication dates (ingest.dates). An abbreviation with two readings takes the one news of
# conflicts uses: AST is Arabia Standard Time (+3, Gulf and Iraqi outlets), not Atlantic (-4);
# IST is India's, CST the US Central one.
ZONES = {
    "utc": 0.0, "ut": 0.0, "gmt": 0.0, "z": 0.0, "wet": 0.0, "bst": 1.0, "west": 1.0,
    "cet": 1.0, "cest": 2.0, "eet": 2.0, "eest": 3.0, "msk": 3.0, "msd": 4.0, "ist": 5.5,
    "pkt": 5.0, "ict": 7.0, "wib": 7.0, "hkt": 8.0, "sgt": 8.0, "pht": 8.0, "awst": 8.0,
    "cst_cn": 8.0, "kst": 9.0, "jst": 9.0, "acst": 9.5, "aest": 10.0, "aedt": 11.0,
    "nzst": 12.0, "nzdt": 13.0, "est": -5.0, "edt": -4.0, "cst": -6.0, "cdt": -5.0,
    "mst": -7.0, "mdt": -6.0, "pst": -8.0, "pdt": -7.0, "akst": -9.0, "hst": -10.0,
    "ast": 3.0, "adt": -3.0, "irst": 3.5, "gst": 4.0, "trt": 3.0, "sast": 2.0, "wat": 1.0,
    "eat": 3.0,
}
ZONE = r"(?:" + "|".join(sorted((z.upper() for z in ZONES if "_" not in z and z != "z"),
                                key=len, reverse=True)) + r")"


def number_value(text: str) -> float | None:
    """'1,000' -> 1000, 'twenty four' -> 24, 'two and a half' -> 2.5; None for vague words."""
    t = text.lower().strip()
    half = 0.0
    m = re.search(r"(?:\s(?:1/2|½)|(?:-|\s)and(?:-|\s)a(?:-|\s)half)$", t)
    if m:
        half, t = 0.5, t[:m.start()].strip()
    if re.fullmatch(DIGIT_NUM, t):
        return float(t.replace(",", "")) + half
    if t in ("a couple of", "couple of"):
        return 2 + half
    if t == "a dozen":
        return 12 + half
    words = [w for w in re.split(r"[-\s]+", t) if w and w != "and"]
    if not words or any(w in VAGUE for w in words):
        return None
    total, current = 0, 0
    for w in words:
        if w in ONES:
            current += ONES[w]
        elif w in TENS:
            current += TENS[w]
        elif w in SCALES:
            current = max(current, 1) * SCALES[w]
            if SCALES[w] >= 1000:
                total, current = total + current, 0
        else:
            return None
    return total + current + half
