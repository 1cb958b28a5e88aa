"""The entity ruler's one-token regex patterns merged into one alternation per label."""

import spacy

from wirecoder.nlp import merged_patterns, ruler_patterns

PATTERNS = [
    {"label": "PRODUCT", "pattern": [{"TEXT": {"REGEX": "^Zorn-\\d+$"}}]},
    {"label": "ORG", "pattern": "Blue Lantern"},
    {"label": "PRODUCT", "pattern": [{"TEXT": {"REGEX": "^Vex(?:-M\\d)?$"}}]},
    {"label": "PRODUCT", "pattern": [{"TEXT": {"REGEX": "(?i)^kite$"}}]},  # a global flag
    {"label": "PRODUCT", "pattern": [{"TEXT": {"REGEX": "^Ark-\\d$"}}], "id": "ark"},
    {"label": "GPE", "pattern": [{"LOWER": "north"}, {"TEXT": {"REGEX": "^Q"}}]},
]


def _ents(patterns: list[dict], text: str) -> list[tuple[int, int, str, str]]:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(patterns)
    return [(e.start, e.end, e.label_, e.id_) for e in nlp(text).ents]


def test_nlp_merged_patterns_keep_the_entities():
    text = ("Blue Lantern fired a Zorn-4 and two Vex-M2 from North Quarn; a Kite, an Ark-7 and "
            "a Vex hit Zorn-X.")
    merged = merged_patterns(PATTERNS)
    assert len(merged) == 5  # the two plain PRODUCT regexes are one
    assert merged[0]["pattern"][0]["TEXT"]["REGEX"] == "(?:^Zorn-\\d+$)|(?:^Vex(?:-M\\d)?$)"
    assert _ents(merged, text) == _ents(PATTERNS, text)
    assert ("PRODUCT", "ark") in {(e[2], e[3]) for e in _ents(merged, text)}


def test_nlp_merged_patterns_of_the_shipped_ruler_keep_the_entities():
    text = "Su-34 jets and a Buk battery near Kursk; an S-400 and Shahed-136 drones over Odesa."
    patterns = ruler_patterns()
    assert len(merged_patterns(patterns)) < len(patterns)
    assert _ents(merged_patterns(patterns), text) == _ents(patterns, text)
