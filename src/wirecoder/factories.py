"""wirecoder's stages as spaCy components, for spaCy users' own pipelines.

Every registration lives here (as in spaCy's ``pipeline/factories.py``) and is exported through
the ``spacy_factories`` entry point, so ``nlp.add_pipe("wirecoder_events")`` works without an
import. Components write into one Doc extension, ``doc._.wirecoder`` (an
:class:`~wirecoder.model.Analysis`); ``doc._.wirecoder_events`` and friends are getters over it.
Add the stages in pipeline order (``wirecoder_all`` adds them all); set
``doc._.wirecoder_published`` before running to anchor relative dates.
"""

from __future__ import annotations

from datetime import datetime

from spacy.language import Language
from spacy.tokens import Doc

from wirecoder.model import Analysis, Article, article_id
from wirecoder.pipeline import STAGES, Stage

EXTENSION = "wirecoder"


def set_doc_extensions() -> None:
    """Register the Doc extensions once (guarded, so repeated imports are harmless)."""
    if not Doc.has_extension(EXTENSION):
        Doc.set_extension(EXTENSION, default=None)
    if not Doc.has_extension(f"{EXTENSION}_published"):
        Doc.set_extension(f"{EXTENSION}_published", default=None)
    for stage in STAGES:
        name = f"{EXTENSION}_{stage.field}"
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=_getter(stage.field))


def _getter(field: str):
    def get(doc: Doc) -> list:
        found = doc._.get(EXTENSION)
        return getattr(found, field) if found is not None else []

    return get


def _analysis(doc: Doc) -> Analysis:
    found = doc._.get(EXTENSION)
    if found is None:
        published: datetime | None = doc._.get(f"{EXTENSION}_published")
        found = Analysis(article=Article(id=article_id(doc.text), text=doc.text,
                                         published=published, language="en"))
        doc._.set(EXTENSION, found)
    return found


class StageComponent:
    """One extraction stage over a Doc: find, then write into ``doc._.wirecoder``."""

    def __init__(self, stage: Stage):
        self.stage = stage

    def __call__(self, doc: Doc) -> Doc:
        found = _analysis(doc)
        setattr(found, self.stage.field, self.stage.find(doc, found))
        return doc


def _factory(stage_name: str):
    stage = next(s for s in STAGES if s.name == stage_name)

    def make(nlp: Language, name: str) -> StageComponent:
        return StageComponent(stage)

    make.__name__ = f"make_{stage_name}"
    return Language.factory(f"{EXTENSION}_{stage_name}", func=make)


class AllStages:
    def __init__(self) -> None:
        self.components = [StageComponent(s) for s in STAGES]

    def __call__(self, doc: Doc) -> Doc:
        for component in self.components:
            doc = component(doc)
        return doc


set_doc_extensions()
# Named module attributes, because the spacy_factories entry points point at them.
make_actors = _factory("actors")
make_places = _factory("places")
make_time = _factory("time")
make_quantities = _factory("quantities")
make_claims = _factory("claims")
make_events = _factory("events")


@Language.factory(f"{EXTENSION}_all")
def make_all(nlp: Language, name: str) -> AllStages:
    return AllStages()


FACTORY_NAMES = (*(f"{EXTENSION}_{s.name}" for s in STAGES), f"{EXTENSION}_all")
