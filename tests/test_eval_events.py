"""Scorers for events (PLV TSV / GSR JSON) and ACLED, on gold files written by this test."""

from __future__ import annotations

import json

import pytest

from wirecoder.eval import acled, events
from wirecoder.eval.events import CodedEvent
from wirecoder.model import DateRef, Event, Span

PLV_HEADER = "\tsentence_id\tsentence\tmarked_sentence\tsource\ttarget\tgold_root\n"
PLV_ROWS = [
    ("Ruritania sent blankets and tents to Borduria.", "Ruritania", "Borduria", "AID"),
    ("The rebels released twelve hostages on Sunday.", "The rebels", "twelve hostages",
     "YIELD"),
    ("Borduria accused Ruritania of shelling the border post.", "Borduria", "Ruritania",
     "ACCUSE"),
    ("The weather was pleasant all week.", "The weather", "week", "CONSULT"),
]


def _plv(tmp_path):
    path = tmp_path / "plv.tsv"
    lines = [PLV_HEADER] + [f"{i}\t{i}\t{s}\t{s}\t{a}\t{b}\t{y}\n"
                            for i, (s, a, b, y) in enumerate(PLV_ROWS)]
    path.write_text("".join(lines), encoding="utf-8")
    return path


def test_eval_events_plv_scores(tmp_path):
    result = events.evaluate(_plv(tmp_path))
    assert result["rows"] == 4 and result["scheme"] == "plv"
    assert result["root_accuracy"] == 75.0  # the weather row has no event: "none", wrong
    assert result["no_event_rows"] == 1
    assert result["per_class"]["YIELD"]["tp"] == 1  # RETREAT counted as YIELD
    assert result["actor_match"] == 75.0


def test_eval_events_gsr_label_mapping(tmp_path):
    records = [{"id": "DOCUMENT"},
               {"id": "a", "event": "DISAPPROVE", "text": "Borduria criticized Ruritania.",
                "source": [{"actorText": "Borduria", "code": "BOR"}],
                "target": [{"actorText": "Ruritania", "code": "RUR"}]},
               {"id": "b", "event": "FIGHT", "text": "Borduria and Ruritania clashed.",
                "source": [{"actorText": "Borduria", "code": "BOR"}], "target": ""}]
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    rows, scheme = events.read_gold(path)
    assert scheme == "plover" and [r["label"] for r in rows] == ["ACCUSE", "ASSAULT"]
    result = events.evaluate(path)
    assert result["root_accuracy"] == 100.0


def _coded(typ: str, conf: float, actor: tuple, recipient: tuple) -> CodedEvent:
    ev = Event(id="E1", type=typ, date=DateRef(value="2024", precision="year",
                                               how="publication"),
               status="occurred", trigger=Span(start=0, end=1, text="x"),
               evidence=Span(start=0, end=1, text="x"), confidence=conf)
    return CodedEvent(ev, actor, recipient)


def test_eval_events_pick_prefers_matching_pair():
    sentence = "Aland praised Bland, and Cland attacked Dland."
    a = _coded("SUPPORT", 0.5, ((0, 5),), ((14, 19),))
    b = _coded("ASSAULT", 0.9, ((25, 30),), ((40, 45),))
    assert events.pick([a, b], sentence, "Aland", "Bland")[0] is a
    assert events.pick([a, b], sentence, "Cland", "Dland")[0] is b
    assert events.pick([a, b], sentence, "Nobody", "Else")[0] is b  # most confident


@pytest.mark.parametrize(("typ", "status", "actor", "label"), [
    ("COOPERATE", "planned", ((0, 5),), "AGREE"),  # "vowed to cooperate": the promise
    ("AID", "planned", ((0, 5),), "AGREE"),
    ("RETREAT", "planned", ((0, 5),), "RETREAT"),  # a future withdrawal stays (codebook)
    ("COOPERATE", "occurred", ((0, 5),), "COOPERATE"),
    ("COOPERATE", "planned", (), "COOPERATE"),  # no one promises it
    ("ASSAULT", "planned", ((0, 5),), "THREATEN"),
])
def test_eval_events_root_label_future_acts(typ, status, actor, label):
    coded = _coded(typ, 0.8, actor, ())
    coded = CodedEvent(coded.event.model_copy(update={"status": status}), actor, ())
    assert events.root_label(coded) == label


@pytest.mark.parametrize(("typ", "mode", "text", "label"), [
    ("ASSAULT", "aerial", "Jets bombed the town.", "AIR_STRIKE"),
    ("ASSAULT", "explosives", "A grenade hit the market.", "GRENADE"),
    ("ASSAULT", "explosives", "A roadside bomb hit a bus.", "REM_EXPLOS"),
    ("ASSAULT", None, "Rebels clashed with soldiers.", "ARMED_CLASH"),
    ("PROTEST", "demo", "Students marched.", "PEACE_PROTEST"),
    ("COERCE", "arrest", "Police arrested two men.", "ARREST"),
    ("CONSULT", None, "The ministers met.", "DIPLO"),
])
def test_eval_acled_mapping(typ, mode, text, label):
    ev = _coded(typ, 0.8, (), ()).event.model_copy(update={"mode": mode})
    assert acled.snippet_label([ev], text) == label


def test_eval_acled_no_event_is_other():
    assert acled.snippet_label([], "The weather was fine.") == "OTHER"


def test_eval_acled_scores(tmp_path):
    path = tmp_path / "case.tsv"
    path.write_text("id\tEventSnippet\tSubType\n"
                    "1\tPolice arrested two protest leaders in the capital.\tARREST\n"
                    "2\tThe weather was pleasant all week.\tOTHER\n"
                    "3\tHeavy rain flooded the valley.\tNATURAL_DISASTER\n", encoding="utf-8")
    result = acled.evaluate(path)
    assert result["subtask1"]["rows"] == 2 and result["subtask2"]["rows"] == 3
    assert result["subtask1"]["micro_f1_accuracy"] == 100.0


@pytest.mark.gold
def test_eval_events_gold_plv_train(gold):
    result = events.evaluate(gold / "zsp-plover-plv" / "PLV_train.tsv", limit=1050)
    assert result["rows"] == 1050
    # Measured 84.8 macro-F1 / 87.1 accuracy / 87.8 actor / 70.2 recipient match (second
    # round), 87.7 / 88.8 after the third; floors just below.
    assert result["root_macro_f1"] >= 87.2
    assert result["root_accuracy"] >= 88.2
    assert result["actor_match"] >= 87.2
    assert result["recipient_match"] >= 69.5


def test_eval_common_tally_counts_hits_misses_and_outside_labels():
    from wirecoder.eval.common import tally

    cms = tally([("A", "A"), ("A", "B"), ("B", "none"), ("C", "A")], ("A", "B"))
    assert (cms["A"].tp, cms["A"].fp, cms["A"].fn) == (1, 1, 1)
    assert (cms["B"].tp, cms["B"].fp, cms["B"].fn) == (0, 1, 1)
    assert "none" not in cms and (cms["C"].fn, cms["C"].tp) == (1, 0)  # gold outside labels


def test_eval_events_and_acled_share_one_tally():
    pairs = [("ASSAULT", "ASSAULT"), ("ASSAULT", "COERCE"), ("COERCE", "none"), ("AID", "AID")]
    per_class = events._score(pairs, events.PLV_ROOTS)["per_class"]
    assert per_class["ASSAULT"]["f1"] == 66.67 and per_class["COERCE"]["f1"] == 0.0
    scored = acled._scores([("ARREST", "ARREST"), ("ARREST", "OTHER"), ("OTHER", "ARREST")],
                           acled.SEEN)
    assert scored["rows"] == 3 and scored["micro_f1_accuracy"] == 33.33
    assert scored["macro_f1"] == 25.0  # ARREST 50, OTHER 0


def test_eval_events_cover_counts_nested_phrases_once():
    gold = [(0, 10)]
    assert events._cover(gold, ((0, 10), (0, 20))) == events._cover(gold, ((0, 20),))
    assert events._cover(gold, ((0, 10), (0, 10))) == 1.0


def test_eval_events_cli_takes_the_folder_of_one_gold_file(tmp_path):
    from typer.testing import CliRunner

    from wirecoder.cli import app

    _plv(tmp_path)
    result = CliRunner().invoke(app, ["eval", "events", "--gold", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["rows"] == 4
    (tmp_path / "other.json").write_text("[]", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "events", "--gold", str(tmp_path)])
    assert result.exit_code == 2 and "give one of them" in result.output
    assert "Traceback" not in result.output
