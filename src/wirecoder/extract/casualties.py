"""Casualty words: one list for the quantity extractor and the linker.

The extractor reads them in the text ("five dead", "three of the wounded", "12 people were
killed"); the linker reads a quantity's ``counted`` through them, to know a casualty count
('a part of the dead', 'a war's toll') and to compare "deaths" with "killed". Each word maps
to what happened to the people it counts (the ``fate`` of :class:`wirecoder.model.Quantity`,
or "casualties" and "victims", which say only that people were hurt).

Plain Python with no parser: the linker imports it without loading spaCy.
"""

from __future__ import annotations

# Words that name the people by what happened to them, as a noun ('the wounded') or after a
# number ('five dead').
CASUALTY_WORDS = {"dead": "killed", "killed": "killed", "wounded": "wounded",
                  "injured": "wounded", "hurt": "wounded"}
# Nouns and verb forms a count of casualties is given in ('the number of deaths', '12 died').
CASUALTY_NOUNS = {"deaths": "killed", "died": "killed", "fatalities": "killed",
                  "casualties": "casualties", "victims": "victims"}
# Every word a casualty count's ``counted`` may say, with its canonical name.
CASUALTY_FORMS = {**CASUALTY_WORDS, **CASUALTY_NOUNS}
CASUALTIES = frozenset(CASUALTY_FORMS)

# A toll's adjective right after its number ("five dead", "two missing"): the fate it names.
TOLL_WORDS = {"dead": CASUALTY_WORDS["dead"], "missing": "missing"}

# Verbs (by lemma) whose subject or object is a casualty: what happened to the people.
CASUALTY_VERBS = {"kill": "killed", "die": "killed", "execute": "killed",
                  "massacre": "killed", "wound": "wounded", "injure": "wounded",
                  "hurt": "wounded"}
