import pytest
from spacy.language import Language

from wirecoder import factories
from wirecoder.pipeline import STAGES

# Snapshot: renaming a factory breaks users' configs, so it must be a deliberate change.
EXPECTED = ("wirecoder_actors", "wirecoder_places", "wirecoder_time", "wirecoder_quantities",
            "wirecoder_claims", "wirecoder_events", "wirecoder_all")


def test_factories_registered_names_snapshot():
    assert factories.FACTORY_NAMES == EXPECTED
    for name in EXPECTED:
        assert Language.has_factory(name), name


@pytest.mark.parametrize("name", EXPECTED)
def test_factories_names_have_no_dots(name):
    assert "." not in name


def test_factories_entry_points_match_registrations():
    from importlib.metadata import entry_points

    names = {ep.name for ep in entry_points(group="spacy_factories")
             if ep.value.startswith("wirecoder.")}
    assert names == set(EXPECTED)


def test_factories_all_stage_fills_doc_extension():
    from datetime import UTC, datetime

    import spacy

    custom = spacy.blank("en")
    custom.add_pipe("sentencizer")
    custom.add_pipe("wirecoder_all")
    doc = custom.make_doc("Russia said it would respond.")
    doc._.wirecoder_published = datetime(2024, 11, 20, tzinfo=UTC)
    for _, proc in custom.pipeline:
        doc = proc(doc)
    assert doc._.wirecoder.article.text == doc.text
    for stage in STAGES:
        assert isinstance(getattr(doc._, f"wirecoder_{stage.field}"), list)
    # the kb phrase matcher needs no statistical NER: the country is found in a blank pipeline
    assert [a.id for a in doc._.wirecoder_actors] == ["RUS"]
