"""Quantities: negated bounds, party references, unit modifiers and a force's new size
(sentences written here)."""

from __future__ import annotations

import pytest

from wirecoder.extract.quantities import find_quantities
from wirecoder.model import Analysis, Article


def _quantities(nlp, text: str):
    found = Analysis(article=Article(id="t", text=text))
    return find_quantities(nlp(text), found)


def _one(nlp, text: str, span: str):
    qs = _quantities(nlp, text)
    match = [q for q in qs if q.span.text == span]
    assert len(match) == 1, [(q.span.text, q.counted) for q in qs]
    q = match[0]
    assert text[q.span.start:q.span.end] == span
    return q


@pytest.mark.parametrize(("text", "span", "bound"), [
    ("The ministry said it kept no more than 4,500 police officers in the province.", "4,500",
     "upper"),
    ("Not more than 30 boats left the harbour before the storm.", "30", "upper"),
    ("Not less than 90 lorries crossed the bridge on Monday.", "90", "lower"),
    ("No fewer than 25 villagers were detained overnight.", "25", "lower"),
    ("At most 15 drones were launched at the port.", "15", "upper"),
    ("The rebels hold no greater than 200 square kilometres of land.", "200", "upper"),
    ("More than 40 families fled the valley.", "40", "lower"),
    ("Just under 60 people attended the rally.", "60", "upper"),
])
def test_quantities_negated_comparison_bounds_the_other_way(nlp, text, span, bound):
    assert _one(nlp, text, span).bound == bound


@pytest.mark.parametrize("text", [
    "Fighting between the two neighbours flared again near the pass.",
    "Talks between the two countries resumed in Vienna on Tuesday.",
    "The three governments signed a pact on fishing rights.",
    "Both sides said their two delegations would meet again.",
    "Envoys of the two nuclear-armed rivals met in Geneva.",
])
def test_quantities_definite_party_reference_counts_nothing(nlp, text):
    assert _quantities(nlp, text) == []


@pytest.mark.parametrize(("text", "span", "counted"), [
    ("Two countries withdrew their ambassadors from the capital.", "Two", "countries"),
    ("The coast guard released the two boat captains on Friday.", "two", "captains"),
    ("Fighting between the two neighbours left 9 soldiers dead.", "9", "soldiers"),
    # leaders are people a strike can kill: "the two leaders" stays a count
    ("The strike killed the two leaders of the cell.", "two", "leaders"),
])
def test_quantities_party_reference_rule_keeps_real_counts(nlp, text, span, counted):
    assert _one(nlp, text, span).counted == counted


@pytest.mark.parametrize(("text", "span", "counted"), [
    ("The frigate stayed 15 nautical miles off the coast.", "15", "nautical miles"),
    ("The fire burned 40 square kilometres of forest.", "40", "square kilometres"),
    ("The convoy drove 15 miles to the border.", "15", "miles"),
])
def test_quantities_unit_modifier_stays_with_its_unit(nlp, text, span, counted):
    assert _one(nlp, text, span).counted == counted


def test_quantities_force_size_counts_the_force_its_noun_names(nlp):
    text = ("Ruritania has raised its troop presence on the island to about 4,000, up from "
            "2,500 last year, officials said.")
    new, old = _one(nlp, text, "4,000"), _one(nlp, text, "2,500")
    assert (new.counted, new.fate, new.approximate, new.bound) == (
        "troops", "deployed", True, "exact")
    assert (old.counted, old.fate) == ("troops", "deployed")


@pytest.mark.parametrize(("text", "span", "counted"), [
    ("The army has increased its troop numbers in the north to 12,000.", "12,000", "troops"),
    ("Police numbers in the capital rose to 800 after the riots.", "800", "police"),
    ("Borduria cut its forces in the region to 1,800.", "1,800", "forces"),
    ("The company raised prices to 10 for the second time.", "10", None),
])
def test_quantities_force_size_from_the_moved_noun(nlp, text, span, counted):
    assert _one(nlp, text, span).counted == counted


@pytest.mark.parametrize(("text", "span", "value", "bound"), [
    ("Dozens of sailors were injured when the ferry capsized.", "Dozens", 24, "lower"),
    ("Scores of shops were looted in the port overnight.", "Scores", 40, "lower"),
    ("Hundreds of farmers blocked the motorway.", "Hundreds", 200, "lower"),
    ("Tens of thousands of residents lost power.", "Tens of thousands", 20_000, "lower"),
    ("Hundreds of thousands of voters stayed at home.", "Hundreds of thousands", 200_000,
     "lower"),
    ("Up to hundreds of pilgrims may be stranded.", "hundreds", 200, "upper"),
])
def test_quantities_vague_plural_is_at_least_two_of_its_unit(nlp, text, span, value, bound):
    """'dozens' is two dozen or more, never an approximate twelve, so that it cannot read as
    fewer than a precise count of the same thing."""
    q = _one(nlp, text, span)
    assert (q.value, q.bound, q.approximate) == (value, bound, True)
