"""``analyze()``: Article -> Analysis. The stages in their fixed order; the only door into
:mod:`wirecoder.extract`.

Each stage sees the parsed ``Doc`` and the facts of the stages before it, and returns its own
facts, which are written into the growing :class:`~wirecoder.model.Analysis`.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from wirecoder import nlp as nlp_mod
from wirecoder.errors import Errors, PipelineError, WirecoderError
from wirecoder.extract.actors import find_actors
from wirecoder.extract.claims import find_claims
from wirecoder.extract.events import find_events
from wirecoder.extract.places import find_places
from wirecoder.extract.quantities import find_quantities
from wirecoder.extract.time import find_timexes
from wirecoder.model import Analysis, Article, article_id


@dataclass(frozen=True)
class Stage:
    name: str
    field: str  # the Analysis field it fills
    find: Callable[[Doc, Analysis], list]


# Order matters: places need actors (a capital used as an actor is not a place), claims need
# actors and time, events need everything before them.
STAGES: tuple[Stage, ...] = (
    Stage("actors", "actors", find_actors),
    Stage("places", "places", find_places),
    Stage("time", "timexes", find_timexes),
    Stage("quantities", "quantities", find_quantities),
    Stage("claims", "claims", find_claims),
    Stage("events", "events", find_events),
)


def analyze_doc(doc: Doc, article: Article) -> Analysis:
    """Run every stage over an already parsed ``doc`` of ``article.text``."""
    found = Analysis(article=article)
    for stage in STAGES:
        try:
            setattr(found, stage.field, stage.find(doc, found))
        except WirecoderError:
            raise
        except Exception as exc:  # a stage bug must name the article and stage, not kill a batch
            where = article.source or article.id
            raise PipelineError(Errors.E102.format(article=where, stage=stage.name,
                                                   detail=repr(exc)), source=where) from exc
    return found


def analyze_article(article: Article, nlp: Language | None = None) -> Analysis:
    nlp = nlp or nlp_mod.load()
    return analyze_doc(nlp(article.text), article)


# Stages build their matchers and lexicons lazily, caching them for the process. Built inside
# ``nlp.memory_zone()``, their strings would be freed when the zone closes and the next batch
# would fail (spaCy E018), so every stage is run once on this text before any zone opens.
WARMUP_TEXT = (
    "Ukrainian Foreign Minister Andrii Sybiha said on Tuesday that about 11,000 North Korean "
    "troops had been deployed to Russia's Kursk region. “We will respond,” he told reporters in "
    "Kyiv. According to the BBC, citing an anonymous official, Russia may send up to 100,000 "
    "more soldiers next month. The Kremlin denied the report and accused NATO of escalation. "
    "Six missiles struck a facility in the Bryansk region overnight, killing at least 12 "
    "people, the ministry claimed.")
_warmed: weakref.WeakSet[Language] = weakref.WeakSet()


def warm_up(nlp: Language) -> None:
    if nlp in _warmed:
        return
    analyze_doc(nlp(WARMUP_TEXT), Article(id=article_id(WARMUP_TEXT), text=WARMUP_TEXT))
    _warmed.add(nlp)


def analyze_articles(articles: Iterable[Article], nlp: Language | None = None,
                     batch_size: int = 16) -> Iterator[Analysis | PipelineError]:
    """Analyse many articles with one batched ``nlp.pipe``; a failing article yields its error
    in place of its analysis and the batch goes on."""
    nlp = nlp or nlp_mod.load()
    warm_up(nlp)
    pairs = ((a.text, a) for a in articles)
    with nlp.memory_zone():
        for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            try:
                yield analyze_doc(doc, article)
            except PipelineError as exc:
                yield exc
