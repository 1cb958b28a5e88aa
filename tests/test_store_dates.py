from datetime import date

import pytest

from wirecoder.store.dates import value_range


@pytest.mark.parametrize(("value", "first", "last"), [
    ("2024-11-19", date(2024, 11, 19), date(2024, 11, 19)),
    ("2024-11-19TMO", date(2024, 11, 19), date(2024, 11, 19)),
    ("2024-11-19T14:30", date(2024, 11, 19), date(2024, 11, 19)),
    ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
    ("2023-02", date(2023, 2, 1), date(2023, 2, 28)),
    ("2024", date(2024, 1, 1), date(2024, 12, 31)),
    ("2024-W47", date(2024, 11, 18), date(2024, 11, 24)),
    ("2024-W46-WE", date(2024, 11, 16), date(2024, 11, 17)),
    ("2024-W47-2", date(2024, 11, 19), date(2024, 11, 19)),
    ("2024-Q4", date(2024, 10, 1), date(2024, 12, 31)),
    ("2024-H1", date(2024, 1, 1), date(2024, 6, 30)),
    ("2024-SU", date(2024, 6, 1), date(2024, 8, 31)),
    ("2024-WI", date(2024, 12, 1), date(2025, 2, 28)),
    ("202X", date(2020, 1, 1), date(2029, 12, 31)),
    ("19XX", date(1900, 1, 1), date(1999, 12, 31)),
])
def test_store_dates_value_range_covers_the_value(value, first, last):
    assert value_range(value) == (first, last)


@pytest.mark.parametrize("value", [
    None, "", "P3D", "PT2H", "PRESENT_REF", "PAST_REF", "XXXX-11-19", "2024-13", "2024-02-30",
    "2024-W54", "0000", "tomorrow",
])
def test_store_dates_value_range_none_without_calendar_days(value):
    assert value_range(value) == (None, None)
