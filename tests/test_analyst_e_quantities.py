"""Quantities analyst E found without a counted noun: a projection told with 'it' ("warning
that it could reach 300,000") continues the count just given."""

from __future__ import annotations

from tests.conftest import assert_spans


def _quantity(found, text: str):
    return next(q for q in found.quantities if q.span.text == text)


def test_quantities_it_could_reach_continues_the_count(analyze_text):
    found = analyze_text(
        "The number of people displaced by the floods has risen to 85,000, the relief agency "
        "said on Friday, warning that it could reach 200,000 if the dam gives way.")
    assert_spans(found)
    first, second = _quantity(found, "85,000"), _quantity(found, "200,000")
    assert first.counted is not None
    assert (second.counted, second.fate) == (first.counted, first.fate)


def test_quantities_it_rose_to_continues_the_toll(analyze_text):
    found = analyze_text(
        "Officials said on Monday that 14 people had been killed in the landslide. By the "
        "evening it had risen to 19.")
    assert_spans(found)
    assert _quantity(found, "19").counted == _quantity(found, "14").counted


def test_quantities_it_with_other_verb_is_not_carried(analyze_text):
    found = analyze_text(
        "The agency said 85,000 people had been displaced. It also said it had sent 40 trucks "
        "to the region.")
    assert _quantity(found, "40").counted == "trucks"
    # A bare number is where the rule could carry: 'it had sent 40' moves no count.
    found = analyze_text(
        "The agency said 85,000 people had been displaced. It also said it had sent 40 to the "
        "region.")
    assert _quantity(found, "40").counted is None
