"""Claim kind: a statement asserts its content; a stance (a belief, wish, fear or intention,
an expressed concern) holds a view of it and reports nothing as done."""

from __future__ import annotations

import pytest

TEXT = (
    "The ministry said 43 people were detained on Friday. The minister believes the ceasefire "
    "will hold. Officials expressed concern about the arrests. A report by the monitors found "
    "that the shelling had damaged the bridge. Petrov wants the border crossings reopened. "
    "He fears that the rebels will attack the town again. The envoy spoke of roughly 300 "
    "detainees. The opposition declined to endorse the figure. The ministry made the claim that "
    "the drones came from the east. The senator spoke out against the curfew. Officials shared "
    "concerns about the raids."
)


@pytest.fixture(scope="module")
def claims(analyze_text):
    return {c.cue.text: c for c in analyze_text(TEXT).claims if c.cue is not None}


@pytest.mark.parametrize(("cue", "kind"), [
    ("said", "statement"),
    ("found", "statement"),  # a finding asserts its content
    ("believes", "stance"),
    ("expressed concern about", "stance"),
    ("wants", "stance"),
    ("fears", "stance"),
    ("spoke of", "statement"),  # a frame verb of saying
    ("declined", "stance"),
    # a cue phrase is judged by its noun, not its verb
    ("made the claim", "statement"),
    ("spoke out against", "stance"),
    ("shared concerns about", "stance"),
])
def test_claim_kind_statement_or_stance(claims, cue, kind):
    assert claims[cue].kind == kind


def test_claim_kind_survives_the_store_and_shows_in_reports(analyze_text, tmp_path):
    from wirecoder.report.article import render_markdown, render_text
    from wirecoder.store import Store

    analysis = analyze_text(TEXT)
    with Store(tmp_path / "k.db") as store:
        store.save(analysis)
        again = store.get(analysis.article.id)
    assert [c.kind for c in again.claims] == [c.kind for c in analysis.claims]
    fears = next(c for c in analysis.claims if c.cue and c.cue.text == "fears")
    said = next(c for c in analysis.claims if c.cue and c.cue.text == "said")
    lines = render_text(analysis).splitlines()
    assert "a view, not a report" in next(ln for ln in lines if ln.strip().startswith(fears.id))
    assert "a view" not in next(ln for ln in lines if ln.strip().startswith(said.id))
    assert f"| {fears.id} |" in render_markdown(analysis) and "(stance)" in render_markdown(
        analysis)
