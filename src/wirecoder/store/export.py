"""Export every table of the store as JSON Lines, CSV or Parquet, one file per table.

Tables are read from the database itself (reflection), so tables that later migrations add
(story tables) are exported too. Rows stream in batches in primary-key order. JSON columns stay
nested in JSONL; in CSV and Parquet they are JSON text (Parquet marks them in the field
metadata, ``wirecoder.json``, so :func:`read_parquet` can turn them back into lists).
Timestamps are UTC.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from wirecoder.errors import Errors, ExportError
from wirecoder.store.codec import to_iso
from wirecoder.store.schema import VERSION_TABLE

FORMATS = ("jsonl", "csv", "parquet")
BATCH = 5_000
JSON_MARK = b"wirecoder.json"


def tables(engine: sa.Engine) -> list[sa.Table]:
    """Every table in the database but the migration log, parents before children."""
    meta = sa.MetaData()
    meta.reflect(engine)
    return [t for t in meta.sorted_tables if t.name != VERSION_TABLE]


def _is_json(column: sa.Column) -> bool:
    return isinstance(column.type, sa.JSON)


def _batches(engine: sa.Engine, table: sa.Table) -> Iterator[list[dict[str, Any]]]:
    order = list(table.primary_key.columns) or list(table.columns)
    with engine.connect() as conn:
        result = conn.execution_options(yield_per=BATCH).execute(
            sa.select(table).order_by(*order))
        for part in result.mappings().partitions():
            yield [dict(r) for r in part]


def _write_jsonl(engine: sa.Engine, table: sa.Table, path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        for batch in _batches(engine, table):
            for row in batch:
                f.write(json.dumps({k: to_iso(v) for k, v in row.items()}, ensure_ascii=False))
                f.write("\n")


def _csv_cell(value: Any, is_json: bool) -> Any:
    if value is None:
        return ""
    if is_json:
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return to_iso(value)


def _write_csv(engine: sa.Engine, table: sa.Table, path: Path) -> None:
    json_cols = {c.name for c in table.columns if _is_json(c)}
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow([c.name for c in table.columns])
        for batch in _batches(engine, table):
            writer.writerows([_csv_cell(v, k in json_cols) for k, v in row.items()]
                             for row in batch)


def _pyarrow():
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as exc:
        raise ExportError(Errors.E203.format(extra="parquet", what="Parquet export")) from exc
    return pyarrow


def _arrow_type(pa, column: sa.Column):
    if _is_json(column):
        return pa.string()
    try:
        py = column.type.python_type
    except NotImplementedError:
        return pa.string()
    for kind, arrow in ((bool, pa.bool_()), (int, pa.int64()), (float, pa.float64()),
                        (datetime, pa.timestamp("us", tz="UTC")), (date, pa.date32()),
                        (str, pa.string())):
        if issubclass(py, kind):
            return arrow
    return pa.string()


def _arrow_schema(pa, table: sa.Table):
    return pa.schema([
        pa.field(c.name, _arrow_type(pa, c), nullable=True,
                 metadata={JSON_MARK: b"true"} if _is_json(c) else None)
        for c in table.columns])


def _arrow_cell(value: Any, is_json: bool, is_text: bool) -> Any:
    if value is None:
        return None
    if is_json:
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return str(value) if is_text and not isinstance(value, str) else value


def _write_parquet(engine: sa.Engine, table: sa.Table, path: Path) -> None:
    pa = _pyarrow()
    arrow_schema = _arrow_schema(pa, table)
    kinds = [(f.name, bool(f.metadata and JSON_MARK in f.metadata), f.type == pa.string())
             for f in arrow_schema]
    with pa.parquet.ParquetWriter(path, arrow_schema) as writer:
        for batch in _batches(engine, table):
            columns = {name: [_arrow_cell(r[name], is_json, is_text) for r in batch]
                       for name, is_json, is_text in kinds}
            writer.write_table(pa.table(columns, schema=arrow_schema))
    # An empty table still gets a file with its schema (ParquetWriter writes it on close).


_WRITERS: dict[str, Callable[[sa.Engine, sa.Table, Path], None]] = {
    "jsonl": _write_jsonl, "csv": _write_csv, "parquet": _write_parquet}


def export(engine: sa.Engine, fmt: str, out_dir: Path) -> list[Path]:
    """Write each table to ``out_dir/<table>.<fmt>``; returns the paths written."""
    if fmt not in _WRITERS:
        raise ExportError(Errors.E301.format(fmt=fmt, choices=", ".join(FORMATS)))
    if fmt == "parquet":
        _pyarrow()  # fail before writing anything
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for table in tables(engine):
        path = out_dir / f"{table.name}.{fmt}"
        _WRITERS[fmt](engine, table, path)
        paths.append(path)
    return paths


def read_parquet(path: Path) -> list[dict[str, Any]]:
    """Rows of one exported Parquet file, JSON columns decoded, timestamps naive UTC: the
    same rows the store holds."""
    pa = _pyarrow()
    table = pa.parquet.read_table(path)
    json_cols = {f.name for f in table.schema if f.metadata and JSON_MARK in f.metadata}
    rows = table.to_pylist()
    for row in rows:
        for key, value in row.items():
            if key in json_cols and value is not None:
                row[key] = json.loads(value)
            elif isinstance(value, datetime) and value.tzinfo is not None:
                row[key] = value.astimezone(UTC).replace(tzinfo=None)
    return rows
