"""The Ray engine: articles as a Ray Data dataset, ``map_batches`` over a pool of actors that
each hold one pipeline, on this machine or on a Ray cluster.

Ray is imported here only, when the engine runs, and is an extra (``wirecoder[scale]``).
Rows carry pickled articles and outcomes (Arrow binary columns): the records go through
unchanged, time zones and all, which a conversion to Arrow types would not promise.
"""

from __future__ import annotations

import logging
import os
import pickle
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from wirecoder.errors import Errors, ScaleError
from wirecoder.model import Article
from wirecoder.scale.worker import Analyzer, Outcome, engine_failed

log = logging.getLogger("wirecoder.scale")

#: Object store of a Ray instance started here. Ray's default (30% of memory) is far more than
#: text needs, and on a shared machine it takes that memory from the workers.
OBJECT_STORE_BYTES = 512 * 1024 ** 2
#: CPUs left to Ray Data's own tasks and the driver when the actors' share is worked out.
HEADROOM = 0.5


def import_ray() -> Any:
    try:
        import ray
        import ray.data
    except ImportError as exc:
        raise ScaleError(Errors.E203.format(extra="scale", what="the Ray engine")) from exc
    return ray


class RayAnalyzer:
    """The callable class ``map_batches`` builds once per actor."""

    def __init__(self, batch_size: int):
        self.analyzer = Analyzer("ray", batch_size)

    def __call__(self, batch: Any) -> Any:
        import pyarrow as pa

        articles = [pickle.loads(b) for b in batch.column("article").to_pylist()]
        outcomes = [pickle.dumps(o, protocol=pickle.HIGHEST_PROTOCOL)
                    for o in self.analyzer(articles)]
        return pa.table({"i": batch.column("i"), "outcome": pa.array(outcomes, pa.binary())})


def connect(ray: Any, address: str | None) -> bool:
    """Join the cluster at ``address`` (or ``RAY_ADDRESS``), or start a small local instance.
    True when this call started Ray, so the caller shuts it down again."""
    if ray.is_initialized():
        return False
    address = address or os.environ.get("RAY_ADDRESS")
    # Workers' logs stay in Ray's session folder: a failed article comes back as a failure
    # record, so their stderr would only repeat it.
    options: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                               "logging_level": logging.WARNING}
    try:
        if address:
            ray.init(address=address, **options)
        else:  # "local": a Ray of our own, even if a cluster runs here (--address auto joins it)
            ray.init(address="local", object_store_memory=OBJECT_STORE_BYTES, **options)
    except Exception as exc:  # no cluster at that address, a version mismatch
        raise engine_failed("ray", exc) from exc
    return True


def actor_cpus(ray: Any, workers: int) -> float:
    """CPUs per actor: one each when the cluster has them to spare, else an equal share of
    what is left after ``HEADROOM`` (actors that take every CPU starve Ray Data's tasks and
    the job hangs)."""
    total = float(ray.cluster_resources().get("CPU", 1))
    return max(0.05, min(1.0, round((total - HEADROOM) / workers, 2)))


def default_workers(ray: Any) -> int:
    return max(1, int(ray.cluster_resources().get("CPU", 1) - HEADROOM))


def run(chunks: Iterable[list[Article]], workers: int | None, batch_size: int, window: int,
        address: str | None = None,
        cpus_per_worker: float | None = None) -> Iterator[list[Outcome]]:
    """The outcomes of each chunk, in the order the chunks came. Chunks are gathered into
    datasets of up to ``window`` articles, so a huge input is never all in memory at once;
    each dataset starts its own actor pool. Ray is imported and started at the first article:
    failures alone cost nothing."""
    ray: Any = None
    started = False
    cpus = 0.0
    try:
        for group in _windows(chunks, window):
            if ray is None and any(group):
                ray = import_ray()
                started = connect(ray, address)
                workers = workers or default_workers(ray)
                cpus = cpus_per_worker or actor_cpus(ray, workers)
                log.info("ray: %d actor(s) of %.2f CPU", workers, cpus)
            yield from _run_window(ray, group, workers or 1, cpus, batch_size)
    finally:
        if started:
            ray.shutdown()


def _windows(chunks: Iterable[list[Article]], window: int) -> Iterator[list[list[Article]]]:
    group: list[list[Article]] = []
    size = 0
    for chunk in chunks:
        group.append(chunk)
        size += len(chunk)
        if size >= window:
            yield group
            group, size = [], 0
    if group:
        yield group


def _run_window(ray: Any, group: list[list[Article]], workers: int, cpus: float,
                batch_size: int) -> Iterator[list[Outcome]]:
    rows = [{"i": i, "article": pickle.dumps(a, protocol=pickle.HIGHEST_PROTOCOL)}
            for i, a in enumerate(a for chunk in group for a in chunk)]
    outcomes = _ordered(_execute(ray, rows, workers, cpus, batch_size)) if rows else iter(())
    for chunk in group:
        got = list(islice(outcomes, len(chunk)))
        if len(got) < len(chunk):
            raise engine_failed("ray", f"{len(rows)} articles went in, fewer came back")
        yield got


def _execute(ray: Any, rows: list[dict], workers: int, cpus: float,
             batch_size: int) -> Iterator[tuple[int, Outcome]]:
    ds = ray.data.from_items(rows)
    ds.context.execution_options.preserve_order = True  # this dataset's copy of the context
    ds.context.enable_progress_bars = False  # the CLI has its own
    ds = ds.map_batches(RayAnalyzer, batch_size=batch_size, batch_format="pyarrow",
                        fn_constructor_kwargs={"batch_size": batch_size},
                        compute=ray.data.ActorPoolStrategy(size=min(workers, len(rows))),
                        num_cpus=cpus)
    try:
        for row in ds.iter_rows():
            yield row["i"], pickle.loads(row["outcome"])
    except Exception as exc:  # an actor that died and could not be restarted, a lost node
        raise engine_failed("ray", exc) from exc


def _ordered(pairs: Iterator[tuple[int, Outcome]]) -> Iterator[Outcome]:
    """Outcomes by row number. Rows already come in order (``preserve_order``); the buffer
    makes that a check rather than an assumption."""
    waiting: dict[int, Outcome] = {}
    expected = 0
    for i, outcome in pairs:
        waiting[i] = outcome
        while expected in waiting:
            yield waiting.pop(expected)
            expected += 1
    if waiting:
        raise engine_failed("ray", f"rows {sorted(waiting)[:5]} came back without row "
                                   f"{expected}")
