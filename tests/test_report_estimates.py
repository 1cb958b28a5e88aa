"""The Estimates section: bounds and approximation as read, month dates (text written here)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from wirecoder.link import relink
from wirecoder.link.synthetic import analysis_of
from wirecoder.report import situation
from wirecoder.store import Store

T0 = datetime(2024, 11, 10, 8, 0, tzinfo=UTC)


def _deployment(text: str, snippet: str, value: float, day: int, **kw):
    return analysis_of(text, [{
        "type": "MOBILIZE", "actor": ["RUS"], "recipient": [], "place": "Kharkiv",
        "date": f"2024-11-{10 + day:02d}", "evidence": text.rstrip("."),
        "quantities": [{"text": snippet, "value": value, "counted": "troops",
                        "fate": "deployed", **kw}]}],
        outlet=f"Outlet {day}", published=T0 + timedelta(days=day))


def test_report_estimates_table_says_approximate_and_bound(tmp_path):
    with Store(tmp_path / "est.db") as s:
        s.save(_deployment("Russia sent about 4,000 troops to Kharkiv.", "4,000", 4000, 0,
                           approximate=True))
        s.save(_deployment("Russia sent no more than 3,000 troops to Kharkiv.", "3,000", 3000,
                           1, bound="upper"))
        relink(s)
        built = situation.build(s)
    [series] = built["estimates"]
    assert "1 upper bound(s): maximums, not counts." in series["how_sure"]
    assert "“up to”" not in series["how_sure"]  # the figure said "no more than"
    md = situation.render_markdown(built)
    rows = [ln for ln in md.splitlines() if ln.startswith("| ") and "troops (“" in ln]
    assert [r.split(" | ")[3] for r in rows] == ["approx.", "upper"]
    assert "approx." in situation.render_html(built)


def test_report_estimates_month_of_an_earlier_figure_is_a_date():
    assert situation._day("2024-10") == "Oct 2024"
    assert situation._day("2024-10-03") == "3 Oct 2024"
    assert situation._day("XXXX-XX-XX") == "undated"
    assert situation._day(None) == "undated"
