"""The claims scorers: BRAT reading and one-to-one matching, the speakers set, PolNeAR dev."""

from __future__ import annotations

import pytest

from wirecoder.eval.claims import match, read_ann


@pytest.mark.parametrize("gold,system,exact,expected", [
    ([((0, 5),)], [(0, 5)], True, 1),
    ([((0, 5),)], [(0, 4)], True, 0),
    ([((0, 5),)], [(3, 9)], False, 1),
    ([((0, 5),), ((0, 5),)], [(0, 5)], False, 1),  # one system span earns one gold span
    ([((0, 3), (10, 12))], [(0, 12)], True, 1),  # discontinuous gold: its hull
    ([((0, 3), (10, 12))], [(5, 8)], False, 0),  # the gap between pieces is not gold
])
def test_eval_claims_match(gold, system, exact, expected):
    assert match(gold, system, exact) == expected


@pytest.mark.parametrize("cue,expected", [
    ("said", True), ("according to", True), (":", True), ("also told", True),
    ("supports", False), ("seemed", False),
])
def test_eval_claims_speech_cues(cue, expected):
    from wirecoder.eval.claims import is_speech_cue

    assert is_speech_cue(cue) is expected


def test_eval_claims_read_ann(tmp_path):
    ann = tmp_path / "a_x.ann"
    ann.write_text("T1\tSource 0 4\tLang\nT2\tCue 5 9\tsaid\nT3\tContent 10 20;25 30\tx\n"
                   "T4\tAttribution 5 9\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
                   "T5\tCue 40 42\tsa\nT6\tContent 43 50\ty\nT7\tAttribution-no-source 40 42\tx\n"
                   "E2\tAttribution-no-source:T7 Content:T6 Cue:T5\n", encoding="utf-8")
    r1, r2 = read_ann(ann)
    assert r1.source == ((0, 4),) and r1.content == ((10, 20), (25, 30))
    assert r2.source is None and r2.cue == ((40, 42),)


def test_eval_speakers_set_size():
    from wirecoder.eval.speakers import DEFAULT, load

    assert sum(len(i["claims"]) for i in load(DEFAULT)) >= 60
    assert sum(len(i["claims"]) for i in load(DEFAULT / "heldout")) >= 20


@pytest.mark.parametrize("folder", ["", "heldout"])
def test_eval_speakers_floors(folder):
    from wirecoder.eval.speakers import DEFAULT, evaluate

    result = evaluate(DEFAULT / folder if folder else None)
    assert result["found_rate"] >= 90
    assert result["speaker_accuracy"] >= 80
    assert result["kind_accuracy"] >= 85
    assert result["style_accuracy"] >= 90
    assert result["via_accuracy"] >= 90
    assert result["hedge"]["f1"] >= 90


@pytest.mark.gold
def test_eval_claims_polnear_dev_floors(gold):
    from wirecoder.eval.claims import evaluate

    result = evaluate(gold / "polnear" / "dev", limit=30)
    assert result["content_overlap"]["f1"] >= 74
    assert result["content_overlap"]["recall"] >= 64.5
    assert result["content_overlap"]["precision"] >= 86.5
    assert result["source_overlap"]["f1"] >= 71
    assert result["relation"]["f1"] >= 69


def test_eval_claims_scored_drops_speech_inside_quotation(analyze_text):
    from wirecoder.eval.claims import scored

    text = "“The general told me the attack would start at dawn,” Peter Lang said."
    a = analyze_text(text)
    kept = scored(text, a.claims)
    assert [c.source.text for c in kept] == ["Peter Lang"]
    assert len(a.claims) == 2  # the stage keeps the inner claim, known via Lang's
    plain = "Peter Lang said the general told him the attack would start at dawn."
    assert len(scored(plain, analyze_text(plain).claims)) == len(analyze_text(plain).claims)
