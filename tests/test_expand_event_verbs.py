"""scripts/expand_event_verbs.py: wndb(5) parsing and the synonym filters, on a tiny made-up
WordNet-format database (no WordNet text)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "expand_event_verbs.py"
spec = importlib.util.spec_from_file_location("expand_event_verbs", SCRIPT)
expand = importlib.util.module_from_spec(spec)
spec.loader.exec_module(expand)

# Made-up synsets: 100 {shell, pound, batter} with troponym 300 {strafe}; 200 {pound, weigh};
# 400 {shell, husk}. "husk" is first a 400 word; "pound" is first a 100 word.
INDEX = """\
  1 header line, skipped
batter v 1 1 @ 1 0 00000100
husk v 1 1 @ 1 0 00000400
pound v 2 2 @ ~ 2 1 00000100 00000200
shell v 2 2 @ ~ 2 1 00000100 00000400
strafe v 1 1 @ 1 0 00000300
"""
DATA = """\
  1 header line, skipped
00000100 35 v 03 shell 0 pound 0 batter 0 001 ~ 00000300 v 0000 01 + 02 00 | fire at
00000200 35 v 02 pound 0 weigh 0 000 01 + 02 00 | weigh so much
00000300 35 v 01 strafe 0 001 @ 00000100 v 0000 01 + 02 00 | fire from the air
00000400 35 v 02 shell 1 husk 0 000 01 + 02 00 | remove the shell
"""


def _db(tmp_path: Path):
    (tmp_path / "index.verb").write_text(INDEX, encoding="utf-8")
    (tmp_path / "data.verb").write_text(DATA, encoding="utf-8")
    return (expand.read_index(tmp_path / "index.verb"),
            *expand.read_synsets(tmp_path / "data.verb"))


def test_expand_event_verbs_reads_wndb(tmp_path):
    index, words, tro = _db(tmp_path)
    assert index["shell"] == ["00000100", "00000400"]
    assert words["00000100"] == ["shell", "pound", "batter"]
    assert tro["00000100"] == ["00000300"] and tro["00000300"] == []


def _known(*words: str) -> set[tuple[str, str]]:
    return {(w, "-") for w in words}


def test_expand_event_verbs_keeps_first_sense_synonyms_only(tmp_path):
    index, words, _ = _db(tmp_path)
    rows = [("shell", "shell", "ASSAULT", "-", "0.9")]
    got = expand.propose(index, words, rows, _known("shell", "batter"), senses=2)
    # pound's first sense is the shelling one; husk is a first-sense word of 400, which is
    # shell's second sense, so it is kept too with --senses 2 but not with --senses 1
    assert [(v, c, t, w, o) for v, c, t, _, w, _, o in got] == [
        ("husk", "-", "ASSAULT", "0.77", "00000400"),
        ("pound", "-", "ASSAULT", "0.77", "00000100")]
    one = expand.propose(index, words, rows, _known("shell", "batter"), senses=1)
    assert [v for v, *_ in one] == ["pound"]
    assert "weigh" not in {v for v, *_ in got}  # pound's second sense is never read


def test_expand_event_verbs_drops_known_and_ambiguous(tmp_path):
    index, words, tro = _db(tmp_path)
    # pound is proposed by shell (ASSAULT) and by batter (COERCE): ambiguous, dropped
    rows = [("shell", "shell", "ASSAULT", "-", "0.9"), ("batter", "batter", "COERCE", "-", "0.8")]
    assert expand.propose(index, words, rows, _known("shell", "batter"), senses=1) == []
    # known words are never proposed; a troponym is, with its own synset
    got = expand.propose(index, words, rows[:1], _known("shell", "batter", "pound"),
                         senses=1, troponyms=tro)
    assert [(v, o) for v, *_, o in got] == [("strafe", "00000300")]


def test_expand_event_verbs_phrasal_synonym_is_a_particle_condition(tmp_path):
    (tmp_path / "index.verb").write_text(
        "knock_down v 1 1 @ 1 0 00000500\nflatten v 1 1 @ 1 0 00000500\n", encoding="utf-8")
    (tmp_path / "data.verb").write_text(
        "00000500 35 v 02 flatten 0 knock_down 0 000 01 + 02 00 | level\n", encoding="utf-8")
    index = expand.read_index(tmp_path / "index.verb")
    words, _ = expand.read_synsets(tmp_path / "data.verb")
    rows = [("flatten", "flatten", "ASSAULT", "-", "0.8")]
    assert expand.propose(index, words, rows, _known("flatten"), senses=1) == []
    got = expand.propose(index, words, rows, _known("flatten"), senses=1, phrasals=True)
    assert [(v, c) for v, c, *_ in got] == [("knock", "prt:down")]
    assert expand.phrasal("take_a_breath") is None
