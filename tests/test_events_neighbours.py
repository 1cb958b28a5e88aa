"""The GloVe-neighbour fallback for verbs neither the event lexicon nor the WordNet table lists
(kb/events/glove_fallback.tsv, built by scripts/build_event_neighbours.py). Sentences written
for these tests; the build's vote and WordNet check are tested on made-up vectors and data."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest
from conftest import event_by_trigger

from wirecoder.extract.eventcoding.lexicon import KB, load

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "build_event_neighbours.py"
spec = importlib.util.spec_from_file_location("build_event_neighbours", SCRIPT)
build = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build)


def test_events_neighbours_table_ships_with_its_licence():
    table = load().fallback
    assert table["V:dynamite"].type == "ASSAULT"
    assert table["V:dynamite"].weight < table["V:clobber"].weight < 0.45  # below WordNet's
    assert "PDDL" in (KB / "GLOVE_LICENSE.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("text, trigger, root", [
    ("Insurgents dynamited a power pylon outside the capital.", "dynamited", "ASSAULT"),
    ("Opposition senators filibustered the defence bill for two days.", "filibustered",
     "REJECT"),
    ("Volunteer nurses immunized hundreds of children in the border camps.", "immunized",
     "AID"),
    ("The governor impugned the auditor's integrity at a news conference.", "impugned",
     "ACCUSE"),
    # a British spelling of a table word
    ("Army medics immunised the villagers against measles.", "immunised", "AID"),
])
def test_events_neighbours_types_an_unlisted_verb(analyze_text, text, trigger, root):
    event = event_by_trigger(analyze_text(text), trigger)
    assert event.type == root and event.confidence <= 0.4


def test_events_neighbours_vote_needs_share_and_similarity():
    labels = [("ASSAULT", "-"), ("ASSAULT", "beat"), ("SUPPORT", "-"), ("ACCUSE", "-")]
    sims = np.array([[0.8, 0.7, 0.2, 0.1],    # clear ASSAULT
                     [0.6, 0.1, 0.6, 0.55]])  # split between three types
    (t1, _, s1, share1, _), (t2, _, s2, share2, _) = build.vote(sims, labels, 3)
    assert t1 == "ASSAULT" and build.keep(t1, s1, share1, 0.5, 0.3)
    assert share2 < 0.5 and not build.keep(t2, s2, share2, 0.5, 0.5)
    assert not build.keep("NONE", 0.9, 1.0, 0.5, 0.3)  # near listed non-events: no row


def test_events_neighbours_wordnet_relatives_veto_an_antonym(tmp_path):
    """'acclaim' sits next to 'criticize' in GloVe; its WordNet relatives are SUPPORT words.
    'grab' is first 'take hold of', a kidnapping only in a rarer sense: that sense counts only
    with a nearer anchor."""
    head = "  1 licence line\n"
    (tmp_path / "index.verb").write_text(
        head + "acclaim v 1 1 @ 1 0 00000001\n"
        "grab v 2 1 @ 2 1 00000003 00000004\n", encoding="utf-8")
    (tmp_path / "data.verb").write_text(
        head + "00000001 32 v 02 acclaim 0 hail 0 001 @ 00000002 v 0000 | x\n"
        "00000002 32 v 01 praise 0 000 | y\n"
        "00000003 35 v 01 grab 0 000 | z\n"
        "00000004 35 v 02 grab 0 abduct 0 000 | w\n", encoding="utf-8")
    types = build.wordnet_types(tmp_path, {"praise": ("SUPPORT", "-"),
                                           "criticize": ("ACCUSE", "-"),
                                           "abduct": ("ASSAULT", "abduct")}, 3, 1)
    assert types["acclaim"] == ({"SUPPORT"}, {"SUPPORT"})
    assert types["grab"] == (set(), {"ASSAULT"})
    assert not build.agrees(("acclaim", "V", "ACCUSE", "-", "", 0.8), types["acclaim"], 0.55)
    assert build.agrees(("acclaim", "V", "SUPPORT", "-", "", 0.5), types["acclaim"], 0.55)
    assert not build.agrees(("grab", "V", "ASSAULT", "-", "", 0.54), types["grab"], 0.55)
    assert build.agrees(("grab", "V", "ASSAULT", "-", "", 0.7), types["grab"], 0.55)
