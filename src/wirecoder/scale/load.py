"""Bulk loading of a run's results: into stores (SQLite or PostgreSQL) with
``Store.save_many``, and into Parquet through the store's own export, so that rows and
Parquet files have one flattening (``store.codec``) and one writer (``store.export``)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from wirecoder.errors import Errors, ExportError, StoreError, WirecoderError
from wirecoder.model import Analysis
from wirecoder.store import Store
from wirecoder.store.core import WRITE_CHUNK

Report = Callable[[str | None, Exception], None]


def save_all(results: Iterable[Analysis | WirecoderError], stores: Sequence[Store],
             report: Report | None = None, chunk: int = WRITE_CHUNK) -> int:
    """Write each analysis into every store, ``chunk`` articles per transaction, and record
    each error as a failure there, as ``wirecoder ingest`` does. ``report(source, error)``
    hears of every failure too. A chunk a database refuses is written again one article at
    a time, so a bad article costs only itself. Returns how many analyses every store took."""
    batch: list[Analysis] = []
    stored = 0

    def fail(source: str | None, exc: Exception) -> None:
        if report is not None:
            report(source, exc)
        for store in stores:
            store.save_failure(source or "?", str(exc))

    def flush() -> int:
        ok = {a.article.id for a in batch}
        for store in stores:
            ok -= _save(store, batch, fail)
        return sum(a.article.id in ok for a in batch)

    for result in results:
        if isinstance(result, Analysis):
            batch.append(result)
            if len(batch) >= chunk:
                stored += flush()
                batch = []
        else:
            fail(getattr(result, "source", None), result)
    if batch:
        stored += flush()
    return stored


def _save(store: Store, batch: list[Analysis], fail: Report) -> set[str]:
    """Ids of the articles of ``batch`` that ``store`` refused."""
    try:
        store.save_many(batch, chunk=len(batch))
        return set()
    except StoreError:
        pass
    refused = set()
    for analysis in batch:
        try:
            store.save(analysis)
        except StoreError as exc:
            refused.add(analysis.article.id)
            fail(analysis.article.source or analysis.article.id, exc)
    return refused


@contextmanager
def parquet_store(out_dir: Path) -> Iterator[Store]:
    """A scratch store to load a run into; on leaving, even on an error, what it holds is
    written to ``out_dir/<table>.parquet`` (the layout of ``wirecoder export -f parquet``)."""
    try:
        import pyarrow  # noqa: F401  (said before any article is analysed, not after)
    except ImportError as exc:
        raise ExportError(Errors.E203.format(extra="parquet", what="Parquet output")) from exc
    with tempfile.TemporaryDirectory(prefix="wirecoder-parquet-") as tmp, \
            Store(Path(tmp) / "run.db") as store:
        try:
            yield store
        finally:
            store.export("parquet", Path(out_dir))


def write_parquet(results: Iterable[Analysis | WirecoderError], out_dir: Path,
                  report: Report | None = None) -> int:
    """Write a run's articles, facts and failures as Parquet tables into ``out_dir``; returns
    how many analyses were written."""
    with parquet_store(out_dir) as store:
        return save_all(results, [store], report)
