"""The learned attribution-cue detector: claims of verbs no lexicon lists, none of acts."""

import importlib.util
import re
from pathlib import Path

import pytest
from tests.conftest import assert_spans

from wirecoder.extract.attribution import learned
from wirecoder.extract.attribution.quotes import find_quotes

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "train_claim_cues.py"


@pytest.mark.parametrize("text,source,cue,content", [
    # a verb of opinion outside the lexicons, with a clause that has no "that"
    ("Maria Olsen reckons the toll will stay.", "Maria Olsen", "reckons", "the toll will stay"),
    ("Peter Lang figures the toll will stay.", "Peter Lang", "figures", "the toll will stay"),
    # a stance verb with the preposition of what it is about
    ("Maria Olsen fretted about the new toll on the bridge.", "Maria Olsen", "fretted about",
     "the new toll on the bridge"),
])
def test_claims_learned_makes_claims_rules_miss(analyze_text, monkeypatch, text, source, cue,
                                                content):
    a = analyze_text(text)
    assert_spans(a)
    assert [(c.source.text, c.cue.text, c.content.text) for c in a.claims] == [
        (source, cue, content)]
    monkeypatch.setattr(learned, "model", lambda: None)
    assert analyze_text(text).claims == []  # the rules alone find nothing


@pytest.mark.parametrize("text", [
    "The farmer planted potatoes in the field.",
    "The ferry crossed the bay at dawn.",
    "The fishermen repaired their nets before the storm.",
    "The council built a new pier last spring.",
    "The mayor walked to the harbour after lunch.",
    "Rebel fighters attacked the base on Monday.",
])
def test_claims_learned_no_claim_from_non_attributive_verbs(analyze_text, text):
    assert analyze_text(text).claims == []


def test_claims_learned_scores_a_cue_above_an_act(nlp):
    m = learned.model()
    doc = nlp("Maria Olsen reckons the toll will stay. The farmer planted potatoes.")
    quotes = find_quotes(doc.text)
    score = {t.text: m.score(learned.features(t, quotes)) for t in doc if learned.is_candidate(t)}
    assert score["reckons"] >= m.threshold > score["planted"]


def test_claims_learned_weights_load_and_hold_no_text():
    m = learned.read_model(learned.WEIGHTS)
    assert learned.model() == m
    assert 0 < m.threshold < 1 and 100 < len(m.weights) < 10_000
    # feature names only: "lemma=say", "ch=ccomp", "lemma|ch=argue|ccomp"; never a phrase
    assert all(re.fullmatch(r"[a-z_|]+=[^\s]+", f) or re.fullmatch(r"[a-z_]+", f)
               for f in m.weights)


def test_claims_learned_training_uses_the_runtime_features():
    spec = importlib.util.spec_from_file_location("train_claim_cues", SCRIPT)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.features is learned.features
    assert script.is_candidate is learned.is_candidate
    assert script.WEIGHTS == learned.WEIGHTS
    assert learned.model().threshold == script.THRESHOLD


def test_claims_learned_neighbour_table_reaches_unlisted_verbs():
    # the GloVe table (scripts/build_claim_neighbours.py) types verbs no lexicon lists by the
    # tier of the cue verb nearest to them, and never repeats a lexicon verb
    from wirecoder.extract.attribution.lexicon import lexicon

    table = learned.neighbours()
    assert table["surmise"][0] == "speech" and table["surmise"][1] >= 0.7
    assert not set(table) & set(lexicon().cue_verbs)
    assert learned._neighbour_features("surmise") == ["near=speech", "near=speech|0.7"]
    assert learned._neighbour_features("plant") == []
