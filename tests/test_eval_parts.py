"""``--part even|odd``: every development scorer can score one parity half, so a rule written on
one half is confirmed on the other (the protocol the README's figures follow)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from wirecoder.cli import app
from wirecoder.eval.common import select

SENTENCES = [
    ("Ruritania sent blankets and tents to Borduria.", "Ruritania", "Borduria", "AID"),
    ("Borduria accused Ruritania of shelling the border post.", "Borduria", "Ruritania",
     "ACCUSE"),
    ("Ruritanian jets bombed a depot in Borduria.", "Ruritanian jets", "a depot", "ASSAULT"),
]


def test_eval_parts_select_halves_then_limit():
    rows = list("abcdefg")
    assert select(rows) == rows
    assert select(rows, "even") == ["a", "c", "e", "g"]
    assert select(rows, "odd") == ["b", "d", "f"]
    assert select(rows, "even", limit=2) == ["a", "c"]
    assert sorted(select(rows, "even") + select(rows, "odd")) == rows


def test_eval_parts_select_refuses_unknown_part():
    with pytest.raises(ValueError, match="part"):
        select([1, 2], "third")


def test_eval_parts_cli_scores_one_half(tmp_path):
    gold = tmp_path / "plv.tsv"
    gold.write_text("\tsentence_id\tsentence\tmarked_sentence\tsource\ttarget\tgold_root\n"
                    + "".join(f"{i}\t{i}\t{s}\t{s}\t{a}\t{b}\t{y}\n"
                              for i, (s, a, b, y) in enumerate(SENTENCES)), encoding="utf-8")
    runner = CliRunner()
    halves = {}
    for part in ("even", "odd"):
        result = runner.invoke(app, ["eval", "events", "--gold", str(gold), "--part", part,
                                     "--json"], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        halves[part] = json.loads(result.output)
    assert (halves["even"]["rows"], halves["odd"]["rows"]) == (2, 1)
    assert halves["odd"]["part"] == "odd"
    assert set(halves["even"]["per_class"]) >= {"AID", "ASSAULT"}
    assert halves["odd"]["per_class"]["ACCUSE"]["support"] == 1
    bad = runner.invoke(app, ["eval", "events", "--gold", str(gold), "--part", "third"])
    assert bad.exit_code != 0
