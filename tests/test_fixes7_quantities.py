"""Session 7 analyst fixes in the quantities stage, on sentences written for these tests."""

from __future__ import annotations


def _counted(result) -> list[tuple[float, str | None]]:
    return [(q.value, q.counted) for q in result.quantities]


def test_quantities_gapped_list_counts_the_first_figures_noun(analyze_text):
    r = analyze_text("The owner said the ferry carried 31 passengers, local radio 29 and the "
                     "port authority 27.")
    assert _counted(r) == [(31, "passengers"), (29, "passengers"), (27, "passengers")]


def test_quantities_bare_number_answers_how_many(analyze_text):
    r = analyze_text("Reports of how many miners were trapped vary: the company has said 14.")
    assert _counted(r) == [(14, "miners")]


def test_quantities_number_before_its_noun_is_no_gap(analyze_text):
    # a gapped item with its own noun after the number counts that noun
    r = analyze_text("Rebels fired 12 rockets, and the army 5 shells.")
    assert _counted(r) == [(12, "rockets"), (5, "shells")]
