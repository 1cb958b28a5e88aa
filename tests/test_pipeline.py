import pytest

from wirecoder import pipeline
from wirecoder.errors import PipelineError
from wirecoder.model import Analysis


def _broken_stage(doc, found):
    if "BOOM" in doc.text:
        raise RuntimeError("stage bug")
    return []


@pytest.fixture
def broken_actors(monkeypatch):
    stages = tuple(pipeline.Stage(s.name, s.field, _broken_stage) if s.name == "actors" else s
                   for s in pipeline.STAGES)
    monkeypatch.setattr(pipeline, "STAGES", stages)


def test_pipeline_stage_order_is_the_design_order():
    assert [s.name for s in pipeline.STAGES] == [
        "actors", "places", "time", "quantities", "claims", "events"]


def test_pipeline_stage_error_names_article_and_stage(broken_actors, nlp, make_article):
    article = make_article("BOOM went the stage.", source="bad.txt")
    with pytest.raises(PipelineError, match=r"\[E102\].*bad\.txt.*'actors'"):
        pipeline.analyze_article(article, nlp)


def test_pipeline_batch_goes_on_after_a_failing_article(broken_actors, nlp, make_article):
    articles = [make_article("Kyiv said it was ready."), make_article("BOOM here."),
                make_article("Moscow said it would respond.")]
    results = list(pipeline.analyze_articles(articles, nlp))
    assert [type(r) for r in results] == [Analysis, PipelineError, Analysis]
    assert results[2].article.text == "Moscow said it would respond."


def test_pipeline_every_span_points_at_its_text(analyze_text):
    from tests.conftest import assert_spans

    text = ("Ukrainian Foreign Minister Andrii Sybiha said on Tuesday that about 11,000 North "
            "Korean troops had been deployed to Russia's Kursk region. “We will respond,” he said.")
    found = analyze_text(text)
    assert found.actors and found.places and found.timexes and found.quantities
    assert found.claims and found.events  # so that the span check below covers every kind
    assert_spans(found)
