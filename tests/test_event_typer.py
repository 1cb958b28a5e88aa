"""The trained event re-typing stage (extract/eventcoding/typer.py) and its training script.

Models here are built in the test (hand-set weights, or trained on a TSV written here), so
nothing depends on gold data or on a shipped model file.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from wirecoder.extract.eventcoding import typer
from wirecoder.model import Article, article_id
from wirecoder.pipeline import analyze_doc

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "train_event_typer.py"
CLASSES = ("ACCUSE", "AID", "ASSAULT", "MOBILIZE", "REJECT", "THREATEN", "YIELD")

TEXT = ("Rebel gunners shelled the border town of Varno on Monday. The governor condemned "
        "the shelling and said the province would send food to the town.")


@pytest.fixture(scope="module")
def coded(nlp):
    doc = nlp(TEXT)
    return doc, analyze_doc(doc, Article(id=article_id(TEXT), text=TEXT))


def _model(favourite: str | None, threshold: float = 0.5) -> typer.TypeModel:
    """A model that predicts ``favourite`` for every event with probability near 1 (or a
    uniform distribution when None)."""
    bias = np.zeros(len(CLASSES), dtype=np.float32)
    if favourite is not None:
        bias[CLASSES.index(favourite)] = 20.0
    return typer.TypeModel(np.zeros((typer.DIM, len(CLASSES)), dtype=np.float32), bias,
                           CLASSES, threshold)


def test_event_typer_features_are_deterministic(coded):
    doc, found = coded
    first = typer.feature_rows(doc, found.events)
    again = typer.feature_rows(doc, found.events)
    assert len(first) == len(found.events) >= 2
    for a, b in zip(first, again, strict=True):
        assert np.array_equal(a, b)
        assert np.all(np.diff(a) > 0) and a.min() >= 0 and a.max() < typer.DIM
    shell = next(e for e in found.events if e.trigger.text == "shelled")
    feats = typer.event_features(doc, shell)
    assert "l:shell" in feats and "t:ASSAULT" in feats
    assert "u:#ORG" in feats and "u:varno" not in feats  # a name is its entity label
    assert "t:ASSAULT" not in typer.event_features(doc, shell, rule=False)
    # the hash is the same in another process (no salted hash())
    code = ("from wirecoder.extract.eventcoding import typer; "
            "print(typer.hashed(['l:shell', 'u:town']).tolist())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == str(typer.hashed(["l:shell", "u:town"]).tolist())


def test_event_typer_never_adds_or_removes_events(coded):
    doc, found = coded
    out = typer.retyped(doc, found.events, _model("MOBILIZE"))
    assert [e.id for e in out] == [e.id for e in found.events]
    assert [e.trigger for e in out] == [e.trigger for e in found.events]
    assert all(e.type == "MOBILIZE" for e in out)
    for old, new in zip(found.events, out, strict=True):
        assert new.model_dump(exclude={"type", "mode", "confidence"}) == old.model_dump(
            exclude={"type", "mode", "confidence"})
        assert new.confidence <= old.confidence


def test_event_typer_drops_a_mode_of_the_old_type(coded):
    doc, found = coded
    shell = next(e for e in found.events if e.trigger.text == "shelled")
    assert shell.type == "ASSAULT" and shell.mode == "heavy-weapons"
    accuse = typer.retyped(doc, [shell], _model("ACCUSE"))[0]
    assert (accuse.type, accuse.mode) == ("ACCUSE", None)
    # a mode both types share stays
    meet = shell.model_copy(update={"type": "REQUEST", "mode": "meet"})
    assert typer.replace_type(meet, "REJECT", 0.9).mode == "meet"
    assert typer.replace_type(meet, "AID", 0.9).mode is None


def test_event_typer_leaves_the_rule_type_below_the_threshold(coded):
    doc, found = coded
    unsure = typer.retyped(doc, found.events, _model(None))  # p = 1/7 for every class
    assert all(a is b for a, b in zip(unsure, found.events, strict=True))
    sure_but_high_bar = typer.retyped(doc, found.events, _model("ACCUSE", threshold=1.01))
    assert [e.type for e in sure_but_high_bar] == [e.type for e in found.events]
    lowered = typer.retyped(doc, found.events, _model(None), threshold=0.1)
    assert {e.type for e in lowered} == {"ACCUSE"}  # the first of the tied classes


def test_event_typer_maps_yield_and_keeps_planned_threats(nlp):
    text = "The army will deploy two brigades to the border. The rebels withdrew from Varno."
    doc = nlp(text)
    found = analyze_doc(doc, Article(id=article_id(text), text=text))
    deploy = next(e for e in found.events if e.trigger.text == "deploy")
    assert (deploy.type, deploy.status) == ("MOBILIZE", "planned")
    # PLV's THREATEN for a planned conflict act is the scorer's business: no change
    assert typer.retyped(doc, [deploy], _model("THREATEN"))[0] is deploy
    yielded = typer.retyped(doc, [deploy], _model("YIELD"))[0]
    assert yielded.type == "CONCEDE"  # "deploy" is no retreat in the lexicon
    withdrew = next(e for e in found.events if e.trigger.text == "withdrew")
    assert typer.retyped(doc, [withdrew], _model("ASSAULT"))[0].type == "ASSAULT"
    as_retreat = withdrew.model_copy(update={"type": "ACCUSE", "mode": None})
    assert typer.retyped(doc, [as_retreat], _model("YIELD"))[0].type == "RETREAT"


def test_event_typer_stage_uses_the_loaded_model(coded, monkeypatch):
    doc, found = coded
    monkeypatch.setattr(typer, "load_model", lambda: None)
    assert typer.retype(doc, found) == found.events
    monkeypatch.setattr(typer, "load_model", lambda: _model("REJECT"))
    assert {e.type for e in typer.retype(doc, found)} == {"REJECT"}


def test_event_typer_model_file_round_trip(tmp_path):
    model = _model("AID", threshold=0.65)
    model.weights[12, 2] = 1.5
    path = tmp_path / "m.npz"
    typer.save_model(path, model)
    back = typer.read_model(path)
    assert back.classes == CLASSES and back.threshold == pytest.approx(0.65)
    assert back.weights.shape == (typer.DIM, len(CLASSES)) and back.weights[12, 2] == 1.5
    assert back.rule is True


def test_event_typer_training_script_writes_a_loadable_model(tmp_path, nlp, monkeypatch):
    pytest.importorskip("sklearn")
    spec = importlib.util.spec_from_file_location("train_event_typer", SCRIPT)
    script = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, script)  # its dataclasses look themselves up
    spec.loader.exec_module(script)
    rows = [("Rebel gunners shelled the town of Varno.", "Rebel gunners", "the town", "ASSAULT"),
            ("Troops fired rockets at the village.", "Troops", "the village", "ASSAULT"),
            ("Militants attacked a police post in Ostra.", "Militants", "a police post",
             "ASSAULT"),
            ("The province sent food to the flooded town.", "The province", "the flooded town",
             "AID"),
            ("The charity delivered medicine to the refugees.", "The charity", "the refugees",
             "AID"),
            ("The mayor donated blankets to the shelter.", "The mayor", "the shelter", "AID")]
    gold = tmp_path / "tiny.tsv"
    gold.write_text("\tsentence_id\tsentence\tsource\ttarget\tgold_root\n" + "".join(
        f"{i}\t{i}\t{s}\t{a}\t{b}\t{g}\n" for i, (s, a, b, g) in enumerate(rows)),
        encoding="utf-8")
    out = tmp_path / "typer.npz"
    assert script.main(["--gold", str(gold), "--out", str(out), "--threshold", "0.7"]) == 0
    model = typer.read_model(out)
    assert set(model.classes) == {"ASSAULT", "AID"} and model.threshold == pytest.approx(0.7)
    assert out.stat().st_size < 2_000_000
    # it learnt the two kinds apart on what it was trained on
    parsed = script.parse([{"sentence": s, "source": a, "target": b, "label": g}
                           for s, a, b, g in rows])
    assert script.score(parsed, model).accuracy == 100.0


def test_event_typer_probabilities_are_the_plain_softmax_of_summed_weights():
    rng = np.random.default_rng(7)
    model = typer.TypeModel(rng.normal(size=(typer.DIM, 3)).astype(np.float32),
                            np.array([0.5, -0.2, 0.0], dtype=np.float32), ("A", "B", "C"), 0.5)
    rows = [np.array([3, 90, 4000]), np.array([], dtype=np.int64), np.array([typer.DIM - 1])]
    got = model.probabilities(rows)
    for row, probs in zip(rows, got, strict=True):
        scores = model.weights[row].sum(axis=0) + model.bias
        want = np.exp(scores - scores.max())
        assert np.allclose(probs, want / want.sum(), atol=1e-6)
    assert model.probabilities([]).shape == (0, 3)
