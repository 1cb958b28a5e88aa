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


@pytest.mark.parametrize("text, lede", [
    ("SOROCA, Moldova, Sept 18 (Eastgate Post) - The first Romanian air-defence troops arrived "
     "overnight, Moldova's defence ministry said on Friday.", "The"),
    ("BRAVOGRAD (Pontic Wire) - Two drones fell near the border, officials said.", "Two"),
])
def test_nlp_dateline_ends_its_own_sentence(nlp, text, lede):
    doc = nlp(text)
    assert [s[0].text for s in doc.sents] == [text.split()[0].rstrip(","), lede]


@pytest.mark.parametrize("text", [
    "US - China trade talks resumed in Geneva on Monday.",  # no comma, no agency: a headline
    "Officials said the talks - the first in a year - went well.",
])
def test_nlp_no_dateline_no_break(nlp, text):
    assert len(list(nlp(text).sents)) == 1


def test_nlp_dateline_lede_claim_has_its_source(analyze_text):
    a = analyze_text("SOROCA, Moldova, Sept 18 (Eastgate Post) - The first Romanian air-defence "
                     "troops arrived overnight, Moldova's defence ministry said on Friday.")
    [c] = a.claims
    assert c.source.span.text == "Moldova's defence ministry"


def test_nlp_objects_split_by_and_are_conjuncts(nlp):
    doc = nlp("DOHA, July 11 (Gulf Desk) - Envoys of the Democratic Republic of Congo and the "
              "M23 rebel group agreed on Friday to exchange prisoners.")
    group = next(t for t in doc if t.text == "group")
    assert group.dep_ == "conj" and group.head.text in ("Republic", "Envoys")
