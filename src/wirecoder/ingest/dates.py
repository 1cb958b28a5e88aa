"""Publication datetimes in the forms newsrooms print them, keeping the time zone when known.

dateutil does the parsing (it reads ISO 8601, RFC 2822 and most "20 Nov. 2024, 15:57" forms);
dateparser is the fallback for what dateutil cannot read (other languages, odd separators),
restricted to absolute forms: a publication date must not depend on today's clock.
"""

from __future__ import annotations

import re
import warnings
from datetime import UTC, datetime, timedelta, timezone

from dateutil import parser as du_parser

from wirecoder.extract.timex.lexicon import ZONES

# Zone abbreviations of datelines and page metadata: the time stage's table (one reading of
# each ambiguous abbreviation for both), without its internal keys.
TZINFOS: dict[str, timezone] = {
    name.upper(): timezone(timedelta(hours=h), name.upper()) for name, h in ZONES.items()
    if "_" not in name
}

_PREFIX = re.compile(r"^\s*(?:published|posted|updated|last updated|first published|date|"
                     r"dated|on)\s*[:\-–—]?\s*", re.I)
_AMPM = re.compile(r"\b([ap])\.\s?m\.", re.I)
_PAREN_ZONE = re.compile(r"\(\s*([A-Z]{2,5})\s*\)")
_DOTTED_DMY = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b")
_SLASHED_DMY = re.compile(r"\b(\d{1,2})/(\d{1,2})/\d{2,4}\b")
_EPOCH = re.compile(r"^\d{10}(?:\.\d+)?$")

# Two defaults that differ in year, month and day: a field that comes out different was not
# in the string, so the value is not a full date.
_DEFAULT_A = datetime(1901, 1, 1)
_DEFAULT_B = datetime(1902, 2, 2)


def _clean(value: str) -> str:
    value = _PREFIX.sub("", value.strip())
    value = _AMPM.sub(lambda m: m.group(1) + "m", value)
    value = _PAREN_ZONE.sub(r" \1", value)
    return value.replace("|", " ").strip(" ,;")


def _dayfirst(value: str) -> bool:
    """Dotted dates are European (20.11.2024); slashed ones are US unless the first is > 12."""
    if _DOTTED_DMY.search(value):
        return True
    m = _SLASHED_DMY.search(value)
    return bool(m and int(m.group(1)) > 12)


def _with_dateutil(value: str) -> datetime | None:
    dayfirst = _dayfirst(value)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # UnknownTimezoneWarning: the zone is then just unknown
        try:
            a = du_parser.parse(value, default=_DEFAULT_A, tzinfos=TZINFOS, dayfirst=dayfirst)
            b = du_parser.parse(value, default=_DEFAULT_B, tzinfos=TZINFOS, dayfirst=dayfirst)
        except (ValueError, OverflowError, TypeError):
            return None
    if a.date() != b.date():
        return None  # year, month or day missing
    return a


# Absolute forms only (no "relative-time" parser): a publication date must not read the clock.
_DATEPARSER_SETTINGS = {
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def _with_dateparser(value: str) -> datetime | None:
    import dateparser  # slow to import; only needed for the rare forms dateutil cannot read

    try:
        return dateparser.parse(value, settings=_DATEPARSER_SETTINGS)
    except (ValueError, OverflowError, TypeError):
        return None


def parse_datetime(value: str | None) -> datetime | None:
    """Parse a publication date or datetime; ``None`` when it is not a full, absolute date.

    The result carries a ``tzinfo`` when the string gives an offset or a known zone name
    (KST, GMT, EST, UTC, …); otherwise it is naive. Relative forms ("2 hours ago") and
    incomplete ones ("November 2024") give ``None``.
    """
    if not value or not value.strip():
        return None
    raw = value.strip()
    if _EPOCH.match(raw):
        return datetime.fromtimestamp(float(raw), tz=UTC)
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00") if raw.endswith("Z") else raw)
    except ValueError:
        pass
    cleaned = _clean(raw)
    if not cleaned or len(cleaned) > 120:
        return None
    return _with_dateutil(cleaned) or _with_dateparser(cleaned)
