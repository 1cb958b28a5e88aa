"""TempEval-3 task A scoring on TimeML files (a hand-written file, and the development gold)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from wirecoder.eval.time import GoldTimex, Scores, evaluate, figures, read_tml, score_doc

TML = (
    '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>test_doc</DOCID>\n'
    '<DCT><TIMEX3 tid="t0" type="DATE" value="2024-11-20" functionInDocument="CREATION_TIME">'
    "2024-11-20</TIMEX3></DCT>\n<TEXT>\n"
    'Officials <EVENT eid="e1" class="REPORTING">said</EVENT> '
    '<TIMEX3 tid="t1" type="DATE" value="2024-11-19">Tuesday</TIMEX3> that the siege had lasted '
    '<TIMEX3 tid="t2" type="DURATION" value="P1000D">1,000 days</TIMEX3> &amp; would end '
    '<TIMEX3 tid="t3" type="DATE" value="2024-12">next month</TIMEX3>.\n</TEXT>\n</TimeML>\n'
)


@dataclass(frozen=True)
class Sys:
    start: int
    end: int
    type: str
    value: str
    text: str = ""


@pytest.fixture
def tml_file(tmp_path):
    path = tmp_path / "test_doc.tml"
    path.write_text(TML, encoding="utf-8")
    return path


def test_eval_time_reads_offsets_and_dct(tml_file):
    doc = read_tml(tml_file)
    assert doc.dct == "2024-11-20"
    assert [t.text for t in doc.timexes] == ["Tuesday", "1,000 days", "next month"]
    for t in doc.timexes:
        assert doc.text[t.start:t.end] == t.text
    assert "&" in doc.text and "<" not in doc.text


@pytest.mark.parametrize("system,expected", [
    # exact on all three
    ("exact", {"strict": 100.0, "relaxed": 100.0, "value_f1": 100.0, "type_acc": 100.0}),
    # one partial overlap with a wrong value, one spurious
    ("partial", {"strict": 57.14, "relaxed": 85.71, "value_f1": 57.14, "type_acc": 100.0}),
])
def test_eval_time_scores_strict_relaxed_value(system, expected):
    gold = [GoldTimex(0, 7, "DATE", "2024-11-19", "Tuesday"),
            GoldTimex(20, 30, "DURATION", "P1000D", "1,000 days"),
            GoldTimex(40, 50, "DATE", "2024-12", "next month")]
    if system == "exact":
        sys_ = [Sys(g.start, g.end, g.type, g.value) for g in gold]
    else:
        sys_ = [Sys(0, 7, "DATE", "2024-11-19"), Sys(20, 30, "DURATION", "P1000D"),
                Sys(45, 50, "DATE", "2024-11"), Sys(60, 65, "DATE", "PRESENT_REF")]
    scores = Scores()
    score_doc(gold, sys_, scores)
    fig = figures(scores)
    assert fig["strict"]["f1"] == expected["strict"]
    assert fig["relaxed"]["f1"] == expected["relaxed"]
    assert fig["value"]["f1"] == expected["value_f1"]
    assert fig["type"]["accuracy"] == expected["type_acc"]


def test_eval_time_runs_on_single_file(tml_file):
    result = evaluate(tml_file)
    assert result["documents"] == 1 and result["gold_timexes"] == 3
    assert result["relaxed"]["f1"] == 100.0
    assert result["value"]["f1"] == 100.0


@pytest.mark.gold
def test_eval_time_dev_timebank_floor(gold):
    """Floors a little under the figures measured on the first 30 documents (2026-11-27:
    strict 91.7, relaxed 94.8, type acc 96.9, value F1 84.8); a regression fails."""
    result = evaluate(gold / "timeml" / "dev-timebank", limit=30)
    assert result["documents"] == 30
    assert result["strict"]["f1"] >= 89.0
    assert result["relaxed"]["f1"] >= 93.0
    assert result["type"]["accuracy"] >= 95.0
    assert result["value"]["f1"] >= 83.0
