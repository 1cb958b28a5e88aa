"""The WordNet fallback for verbs and nouns the event lexicon does not list
(kb/events/wordnet_fallback.tsv, built by scripts/build_event_fallback.py). Sentences written
for these tests; the build is tested on a tiny made-up WordNet-format database."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from conftest import event_by_trigger

from wirecoder.extract.eventcoding.lexicon import KB, load

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "build_event_fallback.py"
spec = importlib.util.spec_from_file_location("build_event_fallback", SCRIPT)
build = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build)


def test_events_fallback_table_ships_with_its_licence():
    table = load().fallback
    assert table["V:clobber"].type == "ASSAULT" and table["V:clobber"].weight < 0.45
    assert (KB / "WORDNET_LICENSE.txt").read_text(encoding="utf-8").startswith("WordNet")


@pytest.mark.parametrize("text, trigger, root", [
    ("Militiamen clobbered two reporters outside the courthouse.", "clobbered", "ASSAULT"),
    ("Riot police roughed up students at the campus gate.", "roughed", "ASSAULT"),
    ("The junta subjugated the northern provinces.", "subjugated", "COERCE"),
    ("The mayor badmouthed the regional governor on local radio.", "badmouthed", "ACCUSE"),
])
def test_events_fallback_types_an_unlisted_verb(analyze_text, text, trigger, root):
    assert event_by_trigger(analyze_text(text), trigger).type == root


def test_events_fallback_is_weaker_than_a_rule(analyze_text):
    guessed = event_by_trigger(analyze_text("Soldiers clobbered three villagers at a "
                                            "checkpoint."), "clobbered")
    listed = event_by_trigger(analyze_text("Soldiers beat three villagers at a checkpoint."),
                              "beat")
    assert (guessed.type, guessed.mode) == (listed.type, listed.mode) == ("ASSAULT", "beat")
    assert guessed.confidence < listed.confidence


def test_events_fallback_same_parties_as_the_rule_verb(analyze_text):
    """The fallback event goes through the same actor and recipient extraction."""
    analysis = analyze_text("Hungary's prime minister badmouthed the European Commission "
                            "on Friday.")
    event = event_by_trigger(analysis, "badmouthed")
    by_id = {a.id: a.name for a in analysis.actors}
    assert [by_id[i] for i in event.recipient] == ["European Commission"]
    assert event.actor


def test_events_fallback_verb_inside_a_frame(analyze_text):
    """Added before the frames are resolved: 'threatened to clobber' is still a threat."""
    analysis = analyze_text("Ruritania threatened to clobber the rebel positions.")
    assert event_by_trigger(analysis, "threatened").type == "THREATEN"
    assert event_by_trigger(analysis, "clobber").status == "threatened"


def test_events_fallback_not_where_a_rule_codes_the_clause(analyze_text):
    """'sanctions' is a rule event and the subject of the unlisted 'strangled': the clause
    is coded, so the guess stays out."""
    analysis = analyze_text("The sanctions strangled the Kalian economy.")
    assert [e.trigger.text for e in analysis.events] == ["sanctions"]


def test_events_fallback_adjunct_event_does_not_block(analyze_text):
    """An event noun in a prepositional adjunct is an event of its own, not the clause's."""
    analysis = analyze_text("Militiamen clobbered two reporters after the arrests.")
    assert event_by_trigger(analysis, "clobbered").type == "ASSAULT"


def test_events_fallback_first_sense_elsewhere_is_no_event(analyze_text):
    """'snatch' is first 'grab' (kidnap is a rarer sense): no event."""
    analysis = analyze_text("The goalkeeper snatched the ball from the striker.")
    assert analysis.events == []


def test_events_fallback_unlisted_noun(analyze_text):
    analysis = analyze_text("Rebels gave the captured soldiers a thrashing.")
    assert event_by_trigger(analysis, "thrashing").type == "ASSAULT"


def test_events_fallback_reviewed_noun_of_a_listed_verb(analyze_text):
    """'repatriation' (of the listed 'repatriate') is one of the reviewed act nouns."""
    event = event_by_trigger(analyze_text("Borduria completed the repatriation of forty "
                                          "prisoners to Kalia on Monday."), "repatriation")
    assert (event.type, event.mode) == ("RETREAT", "release")


def test_events_fallback_unreviewed_noun_of_a_listed_verb_is_no_event(analyze_text):
    """'protestation' derives from the listed 'protest' but is mostly 'of innocence'."""
    assert "N:protestation" not in load().fallback
    assert analyze_text("The minister repeated his protestations of innocence.").events == []


# Made-up synsets: 100 {assail} (the anchor) > 200 {pummel}; 300 {grab}; 400 {nab, grab2}
# under 100 as a second sense of "nab"; 500 {tickle} > 600 {poke} (no anchor).
INDEX = """\
  1 header line, skipped
assail v 1 1 @ 1 1 00000100
pummel v 1 1 @ 1 1 00000200
nab v 2 1 @ 2 1 00000300 00000400
wallop v 2 1 @ 2 0 00000200 00000600
whack v 1 1 @ 1 0 00000200
"""
DATA = """\
  1 header line, skipped
00000100 35 v 01 assail 0 000 01 + 02 00 | attack
00000200 35 v 03 pummel 0 wallop 0 whack 0 001 @ 00000100 v 0000 01 + 02 00 | hit hard
00000300 35 v 01 nab 0 001 @ 00000500 v 0000 01 + 02 00 | grab
00000400 35 v 01 nab 1 001 @ 00000100 v 0000 01 + 02 00 | seize a person
00000500 35 v 01 tickle 0 000 01 + 02 00 | touch
00000600 35 v 01 wallop 1 001 @ 00000500 v 0000 01 + 02 00 | move heavily
"""


def test_events_fallback_build_first_sense_and_unseen_order(tmp_path, monkeypatch):
    (tmp_path / "index.verb").write_text(INDEX, encoding="utf-8")
    (tmp_path / "data.verb").write_text(DATA, encoding="utf-8")
    monkeypatch.setattr(build, "ANCHORS", (("ASSAULT", "-", "00000100", "assail", 2),))
    rows = build.build(build.read_index(tmp_path / "index.verb"),
                       build.read_synsets(tmp_path / "data.verb"), frozenset({"assail"}))
    # pummel: first sense under the anchor; nab: first sense elsewhere; wallop: never seen in
    # the tagged corpus and one sense elsewhere; whack: unseen but its one sense fits
    assert [(r[0], r[1], r[3]) for r in rows] == [("pummel", "ASSAULT", "assail"),
                                                 ("whack", "ASSAULT", "assail")]
    assert rows[0][4] == "pummel>assail@00000200"
