"""Speakers, round 9 second batch: a bare spokesman, the pronoun after it, and 'the leaders
of the two countries'. Every sentence here is written for the test."""

from __future__ import annotations

from tests.conftest import assert_spans


def _by_source(analysis, source: str):
    hits = [c for c in analysis.claims if c.source.text == source]
    assert hits, [(c.source.text, c.content.text) for c in analysis.claims]
    return hits[0]


def test_speakers_round9b_bare_spokesman_speaks_for_the_body_named_before(analyze_text):
    a = analyze_text("The Ministry of Water announced new limits on Monday.\n\nThe spokesman "
                     "said the rules would last a year. He added that farmers would be paid.")
    assert_spans(a)
    ministry = _by_source(a, "The Ministry of Water").source.actor
    assert ministry is not None
    assert _by_source(a, "The spokesman").source.actor == ministry
    assert _by_source(a, "He").source.actor == ministry


def test_speakers_round9b_named_person_after_spokesman_wins_the_pronoun(analyze_text):
    a = analyze_text("The Ministry of Water announced new limits on Monday. The spokesman said "
                     "the rules would last a year. Farmer Ana Ruiz criticised the plan. She said "
                     "the rain was late.")
    assert _by_source(a, "She").source.actor != _by_source(a, "The spokesman").source.actor


def test_speakers_round9b_leaders_of_the_two_countries(analyze_text):
    a = analyze_text("Peru and Ecuador fought a brief border war last year. The leaders of the "
                     "two countries said on Monday that the border would reopen.")
    assert_spans(a)
    s = _by_source(a, "The leaders of the two countries").source
    assert (s.actor, s.also) == ("PER.GOV", ["ECU.GOV"])
