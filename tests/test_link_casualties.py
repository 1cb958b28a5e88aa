"""One list of casualty words (extract/casualties.py) for the extractor and the linker."""

from __future__ import annotations

import pytest

from wirecoder.extract.casualties import CASUALTY_FORMS
from wirecoder.link.contradict import canonical_counted
from wirecoder.link.records import no_toll


@pytest.mark.parametrize(("text", "part"), [
    ("Gunmen killed 12 villagers in an attack on Sunday. Two of the victims were children.",
     "Two"),
    ("Four of the fatalities were soldiers, the army said after the attack that killed nine.",
     "Four"),
    ("The war has caused 20,000 deaths since 2022, and a drone strike killed four people on "
     "Monday.", "20,000"),
])
def test_records_no_toll_reads_every_casualty_noun(analyze_text, text, part):
    # A part of the casualties or a war's total, whatever noun counts them; the event's own
    # toll stays a toll.
    result = analyze_text(text)
    skipped = {q.span.text for q in result.quantities if q.id in no_toll(result)}
    assert skipped == {part}


def test_link_casualty_words_one_source():
    for word, name in CASUALTY_FORMS.items():
        assert canonical_counted(word) == name
    assert canonical_counted("deaths") == canonical_counted("killed") == "killed"


@pytest.mark.parametrize(("text", "counted"), [
    ("The blast left five dead and two missing.", {"five": "killed", "two": "missing"}),
    ("Rescuers reached three of the wounded after the strike.", {"three": "wounded"}),
    ("Militants executed four villagers on Friday.", {"four": "killed"}),
])
def test_quantities_casualty_words_from_the_shared_list(analyze_text, text, counted):
    result = analyze_text(text)
    got = {q.span.text: q.counted for q in result.quantities}
    assert got == counted
