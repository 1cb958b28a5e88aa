"""The processes engine: a pool of local worker processes, no Ray needed.

``spawn`` start: a forked child would inherit the driver's threads and locks (progress bar,
database pools) in whatever state they were. A ``ProcessPoolExecutor``, not a
``multiprocessing.Pool``: when a worker dies (out of memory, a crash in native code) the
executor says so, where a Pool would wait for the lost chunk forever.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from wirecoder.model import Article
from wirecoder.scale import worker
from wirecoder.scale.worker import Outcome, engine_failed

#: Chunks queued per worker beyond the one it is analysing: enough to keep it busy, few
#: enough that a huge input is not read into memory ahead of the workers.
AHEAD = 2


def run(chunks: Iterable[list[Article]], workers: int,
        batch_size: int) -> Iterator[list[Outcome]]:
    """The outcomes of each chunk, in the order the chunks came."""
    pool: ProcessPoolExecutor | None = None
    pending: deque[Future] = deque()
    try:
        for chunk in chunks:
            if not chunk:  # failures only: no worker needed, but it keeps its place
                pending.append(_done([]))
                continue
            if pool is None:  # started on the first article: failures alone cost nothing
                pool = ProcessPoolExecutor(workers, multiprocessing.get_context("spawn"),
                                           initializer=worker.start, initargs=(batch_size,))
            pending.append(pool.submit(worker.analyze_chunk, chunk))
            if len(pending) > workers * AHEAD:
                yield _result(pending.popleft())
        while pending:
            yield _result(pending.popleft())
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _done(outcomes: list[Outcome]) -> Future:
    future: Future = Future()
    future.set_result(outcomes)
    return future


def _result(future: Future) -> list[Outcome]:
    try:
        return future.result()
    except BrokenProcessPool as exc:
        raise engine_failed("processes", exc) from exc
