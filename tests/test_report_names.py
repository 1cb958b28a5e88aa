"""Source names and quantity labels as the reports print them (text written here)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from wirecoder.link import relink
from wirecoder.link.synthetic import analysis_of
from wirecoder.model import Analysis, Article, Quantity
from wirecoder.report import situation
from wirecoder.report.article import render_text
from wirecoder.report.names import source_name
from wirecoder.store import Store


@pytest.mark.parametrize(("text", "expected"), [
    ("Ruritania's interior minister, Ada Vell, who told reporters that the border would open",
     "Ruritania's interior minister, Ada Vell"),
    ("a coast guard spokeswoman, Lt. Mara Ost, who said the boats would stay",
     "a coast guard spokeswoman, Lt. Mara Ost"),
    ("The authorities in Varna, where the ferry docked", "The authorities in Varna"),
    ("the port agency, whose chief resigned", "the port agency"),
    # a restrictive clause says which speaker it is and stays
    ("a diplomat who attended the talks", "a diplomat who attended the talks"),
    ("the ministry", "the ministry"),
    (None, None),
])
def test_report_names_source_without_relative_clause(text, expected):
    assert source_name(text) == expected


def test_report_names_situation_report_shows_the_name_not_the_clause(tmp_path):
    text = ("The ferry line was closed by Ruritania's interior minister, Ada Vell, who told "
            "reporters that the border would open on Monday.")
    source = ("Ruritania's interior minister, Ada Vell, who told reporters that the border "
              "would open on Monday")
    analysis = analysis_of(text, [{
        "type": "COERCE", "actor": ["UKR"], "recipient": [], "place": "Odesa",
        "date": "2024-11-10", "evidence": "The ferry line was closed", "status": "reported",
        "claim": {"source": source, "actor": None, "kind": "named"}}],
        outlet="Quay Times", published=datetime(2024, 11, 10, 8, tzinfo=UTC))
    with Store(tmp_path / "names.db") as s:
        s.save(analysis)
        relink(s)
        built = situation.build(s)
    [event] = built["events"]
    assert "(Ruritania's interior minister, Ada Vell)." in event["how_sure"]
    [report] = event["reports"]
    assert report["claim"]["speaker"] == "Ruritania's interior minister, Ada Vell"
    md = situation.render_markdown(built)
    assert "Ada Vell, who told" not in md.replace(text, "")


def _render(q: Quantity) -> str:
    text = "x" * 40
    analysis = Analysis(article=Article(id="t", text=text), quantities=[q])
    [line] = [ln for ln in render_text(analysis).splitlines() if "->" in ln]
    return line


@pytest.mark.parametrize(("kw", "expected"), [
    ({"value": 100, "counted": "lorries", "approximate": True}, "-> 100 lorries (approx.)"),
    ({"value": 12, "counted": "killed", "fate": "killed"}, "-> 12 killed (exact)"),
    ({"value": 6, "counted": "missiles", "fate": "fired"}, "-> 6 missiles, fired (exact)"),
    ({"value": 5000, "counted": "troops", "bound": "upper", "approximate": True},
     "-> 5,000 troops (upper, approx.)"),
])
def test_report_names_quantity_line_says_approximate_not_exact(kw, expected):
    q = Quantity(id="Q1", span={"start": 0, "end": 3, "text": "xxx"}, **kw)
    assert _render(q).endswith(expected)
