"""The driver: ingest stays here (one reader, so the same article met twice is still analysed
once), analysis goes to the engine's workers in chunks, and everything comes back in input
order, failures where the local run would have reported them."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from wirecoder.errors import Errors, ScaleError, WirecoderError
from wirecoder.ingest.decode import DEFAULT_MAX_BYTES
from wirecoder.ingest.url import DEFAULT_TIMEOUT
from wirecoder.model import Analysis, Article
from wirecoder.scale.worker import Failure, Outcome

ENGINES = ("processes", "ray")
#: Articles per chunk sent to a worker (and per ``nlp.pipe`` batch in it).
BATCH_SIZE = 16
#: Articles per Ray Data dataset; each dataset loads the pipeline once per actor.
WINDOW = 10_000

Item = Article | WirecoderError
Result = Analysis | WirecoderError


def _check(name: str, value: float | None, least: float) -> None:
    if value is not None and value < least:
        raise ScaleError(Errors.E504.format(name=name, least=least, value=value))


def analyze_items(items: Iterable[Item], engine: str = "processes", workers: int | None = None,
                  *, batch_size: int = BATCH_SIZE, window: int = WINDOW,
                  address: str | None = None,
                  cpus_per_worker: float | None = None) -> Iterator[Result]:
    """Analyse the articles among ``items`` (what :func:`wirecoder.ingest.iter_sources`
    yields) on ``engine``, one pipeline per worker.

    Yields, in the order of ``items``, an :class:`Analysis` per article and a
    :class:`~wirecoder.errors.WirecoderError` per failure: the ingest errors passed in, and a
    ``PipelineError`` (with ``source``) per article whose analysis failed. ``workers`` defaults
    to the CPUs there are; ``address`` is a Ray cluster to join (``auto``, ``HEAD:6379``).
    """
    if engine not in ENGINES:
        raise ScaleError(Errors.E501.format(engine=engine, choices=", ".join(ENGINES)))
    _check("workers", workers, 1)
    _check("batch_size", batch_size, 1)
    _check("window", window, 1)
    _check("cpus_per_worker", cpus_per_worker, 0.01)
    return _run(items, engine, workers, batch_size, window, address, cpus_per_worker)


def _run(items: Iterable[Item], engine: str, workers: int | None, batch_size: int, window: int,
         address: str | None, cpus_per_worker: float | None) -> Iterator[Result]:
    pending: deque[list[Item]] = deque()

    def chunks() -> Iterator[list[Article]]:
        for chunk in _chunks(items, batch_size):
            pending.append(chunk)
            yield [i for i in chunk if isinstance(i, Article)]

    if engine == "ray":
        from wirecoder.scale import raydata

        outcomes = raydata.run(chunks(), workers, batch_size, window, address, cpus_per_worker)
    else:
        import os

        from wirecoder.scale import processes

        outcomes = processes.run(chunks(), workers or os.cpu_count() or 1, batch_size)
    for chunk_outcomes in outcomes:
        yield from _merge(pending.popleft(), chunk_outcomes)


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Items in runs holding up to ``size`` articles; errors ride along in their place."""
    chunk: list[Item] = []
    articles = 0
    for item in items:
        chunk.append(item)
        articles += isinstance(item, Article)
        if articles >= size:
            yield chunk
            chunk, articles = [], 0
    if chunk:
        yield chunk


def _merge(chunk: list[Item], outcomes: list[Outcome]) -> Iterator[Result]:
    done = iter(outcomes)
    for item in chunk:
        if not isinstance(item, Article):
            yield item
            continue
        outcome = next(done)
        yield outcome.error() if isinstance(outcome, Failure) else outcome


def analyze_sources(paths: list[str], engine: str = "processes", workers: int | None = None,
                    *, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = DEFAULT_TIMEOUT,
                    **options) -> Iterator[Result]:
    """:func:`analyze_items` over every article in ``paths`` (files, folders, JSONL, feeds,
    URLs, ``-``), read with :func:`wirecoder.ingest.iter_sources`."""
    from wirecoder.ingest import iter_sources

    items = iter_sources(paths, max_bytes=max_bytes, timeout=timeout)
    return analyze_items(items, engine, workers, **options)
