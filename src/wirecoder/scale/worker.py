"""What runs inside a worker: one spaCy pipeline for the worker's life, and the analysis of a
chunk of articles with it.

A worker sends back, per article, its :class:`~wirecoder.model.Analysis` or a
:class:`Failure` (message and source). Exceptions are not sent: ``PipelineError`` pickles
without its ``source``, and the driver must record failures exactly as the local run does.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from wirecoder import nlp as nlp_mod
from wirecoder.errors import Errors, PipelineError, ScaleError
from wirecoder.model import Analysis, Article
from wirecoder.pipeline import analyze_article, analyze_articles, warm_up

log = logging.getLogger("wirecoder.scale")


@dataclass(frozen=True)
class Failure:
    """An article whose analysis failed, as the local run would have reported it."""

    message: str
    source: str | None

    def error(self) -> PipelineError:
        return PipelineError(self.message, self.source)


Outcome = Analysis | Failure


def engine_failed(engine: str, detail: object) -> ScaleError:
    """The run cannot go on (E503); ``detail`` is the engine's own word for why."""
    return ScaleError(Errors.E503.format(engine=engine, detail=str(detail).rstrip(". ")))


class Analyzer:
    """Loads and warms the pipeline once; called with each chunk of articles."""

    def __init__(self, engine: str, batch_size: int = 16):
        self.engine = engine
        self.batch_size = batch_size
        self.nlp = nlp_mod.load()
        warm_up(self.nlp)

    def __call__(self, articles: list[Article]) -> list[Outcome]:
        try:
            return [Failure(str(r), r.source) if isinstance(r, PipelineError) else r
                    for r in analyze_articles(articles, self.nlp, self.batch_size)]
        except Exception:  # spaCy itself broke on one text: redo the chunk so only it fails
            log.warning("a chunk of %d articles failed; analysing them one by one",
                        len(articles), exc_info=True)
            return [self._one(article) for article in articles]

    def _one(self, article: Article) -> Outcome:
        try:
            return analyze_article(article, self.nlp)
        except PipelineError as exc:
            return Failure(str(exc), exc.source)
        except Exception as exc:
            where = article.source or article.id
            return Failure(Errors.E502.format(article=where, engine=self.engine,
                                              detail=repr(exc)), where)


# --- the processes engine: one Analyzer per process, built by the pool's initializer --------

_analyzer: Analyzer | None = None


def start(batch_size: int) -> None:
    global _analyzer
    _analyzer = Analyzer("processes", batch_size)


def analyze_chunk(articles: list[Article]) -> list[Outcome]:
    assert _analyzer is not None, "start() runs first, as the pool's initializer"
    return _analyzer(articles) if articles else []
