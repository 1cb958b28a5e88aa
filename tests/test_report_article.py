"""The one-article report (``analyze --format text|md``): what each format tells a reader
about a claim (sentences written here)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from wirecoder.link.synthetic import analysis_of
from wirecoder.report.article import render_markdown, render_text


@pytest.fixture(scope="module")
def denied():
    return analysis_of(
        "The defence ministry denied striking the fuel depot in Varna.",
        [{"type": "ASSAULT", "actor": ["RUS"], "recipient": ["UKR"], "status": "denied",
          "evidence": "striking the fuel depot in Varna",
          "claim": {"source": "The defence ministry", "kind": "institution",
                    "actor": "RUS.MIL", "polarity": "negative"}}],
        outlet="Harbour Review", published=datetime(2024, 11, 10, tzinfo=UTC))


@pytest.mark.parametrize("render", [render_text, render_markdown])
def test_report_article_every_format_marks_a_denial(denied, render):
    (claim,) = denied.claims
    line = next(ln for ln in render(denied).splitlines()
                if ln.strip().startswith(f"{claim.id} ") or ln.startswith(f"| {claim.id} |"))
    assert "denial" in line, line
