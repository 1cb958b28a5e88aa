"""Quantity rules found by reading the analyst-A stories, on sentences written for these
tests."""

from __future__ import annotations

from tests.conftest import assert_spans


def counts(a) -> dict[str, tuple[str | None, str | None]]:
    return {q.span.text: (q.counted, q.fate) for q in a.quantities}


def test_quantities_number_before_dead_counts_the_killed(analyze_text):
    a = analyze_text("By evening the ministry put the toll at seven dead and 31 wounded.")
    assert_spans(a)
    found = counts(a)
    assert found["seven"] == ("killed", "killed"), found
    assert found["31"] == ("wounded", "wounded"), found


def test_quantities_left_n_dead_counts_the_killed(analyze_text):
    a = analyze_text("The shelling left three dead in the village.")
    assert counts(a)["three"] == ("killed", "killed")


def test_quantities_n_missing_counts_the_missing(analyze_text):
    # TOLL_WORDS' other word: every test passed with 'missing' taken out of it
    a = analyze_text("The flood left four missing in the valley.")
    assert counts(a)["four"] == ("missing", "missing")


def test_quantities_dead_before_a_noun_modifies_it(analyze_text):
    a = analyze_text("About 200 dead fish washed ashore near the port.")
    assert counts(a)["200"][1] != "killed"
