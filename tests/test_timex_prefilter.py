"""The literal prefilter that lets the time stage skip regexes with no possible match."""

import re

from wirecoder.extract.timex.grammar import rules
from wirecoder.extract.timex.prefilter import fold, may_match, needles

TEXTS = [
    "The talks ended three days ago, and a second round is due next Tuesday at noon.",
    "Officials said on Christmas Eve that the first quarter of 2025 was the worst since the 1990s.",
    "KYIV, March 3 (Wire) - Shelling went on overnight; by this morning the town was quiet.",
    "Nothing in this sentence tells a time at all.",
    "The mayor, who has served for a decade, will step down in the spring.",
]


def test_prefilter_never_skips_a_rule_that_matches():
    for text in TEXTS:
        folded = fold(text)
        for r in rules():
            if not may_match(r.regex, folded):
                assert not any(m.end() > m.start() for m in r.regex.finditer(text)), r.name


def test_prefilter_skips_rules_without_their_words():
    folded = fold(TEXTS[3])
    skipped = {r.name for r in rules() if not may_match(r.regex, folded)}
    assert {"holiday", "season", "quarter", "ago", "noon"} <= skipped


def test_prefilter_needles_of_a_required_word_and_of_alternatives():
    # the longest of the words a match must hold
    assert needles(re.compile(r"(?<!\w)(?:\d+|a few)\s+(?i:days?)\s+hence\b")) == ("hence",)
    assert needles(re.compile(r"(?i:winter|autumn)")) == ("autumn", "winter")
    assert needles(re.compile(r"\d{4}")) is None  # nothing literal to look for


def test_prefilter_fold_follows_the_regex_engine_case_rules():
    # (?i) 'i' matches dotless 'ı' and capital 'İ'; 's' matches long 'ſ'
    for text in ("ıN", "İN", "ſPRING"):
        assert re.search(r"(?i:in|spring)", text)
    assert fold("İN") == fold("ıN") == fold("in")
    assert fold("ſPRING") == fold("spring")
    assert may_match(re.compile(r"(?i:spring)"), fold("ſPRING"))
