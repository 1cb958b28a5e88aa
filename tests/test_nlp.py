import pytest


@pytest.mark.parametrize("text", [
    "Missiles were fired overnight\n\nFive were shot down, the ministry said.",
    "Kyiv asks for more air defence\n\nUkraine's president said on Tuesday that more was needed.",
])
def test_nlp_blank_line_ends_a_sentence(nlp, text):
    second = text.split("\n\n")[1]
    assert second in [s.text for s in nlp(text).sents]


def test_nlp_ruler_runs_before_the_statistical_ner(nlp):
    names = nlp.pipe_names
    assert names.index("wirecoder_entity_ruler") < names.index("ner")
    assert names.index("wirecoder_paragraphs") < names.index("parser")


@pytest.mark.parametrize(("text", "word", "not_label"), [
    ("Ukraine fired ATACMS missiles at a depot.", "ATACMS", "PERSON"),
    ("A KN-23 missile hit Kharkiv.", "KN-23", "PERSON"),
])
def test_nlp_weapon_systems_are_not_people(nlp, text, word, not_label):
    labels = {e.text: e.label_ for e in nlp(text).ents}
    assert labels.get(word) != not_label
