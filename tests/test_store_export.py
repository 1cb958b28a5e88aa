"""Export: every table in every format, with its rows; Parquet reads back to the same rows and
the same analyses."""

from __future__ import annotations

import csv
import json
import sys

import pytest
import sqlalchemy as sa
from test_store import TEXT, make_analysis

from wirecoder.errors import ExportError
from wirecoder.store import Store, codec
from wirecoder.store.export import read_parquet, tables


@pytest.fixture
def filled(tmp_path):
    store = Store(str(tmp_path / "wirecoder.db"))
    analyses = [make_analysis(TEXT + f" Update {i}.", events=1 + i % 2) for i in range(3)]
    store.save_many(analyses)
    store.save_failure("feeds/broken.xml", "[E008] Broken feed item 2")
    yield store, analyses
    store.close()


def _db_rows(store: Store) -> dict[str, list[dict]]:
    out = {}
    with store.engine.connect() as conn:
        for table in tables(store.engine):
            order = list(table.primary_key.columns)
            out[table.name] = [dict(r) for r in
                               conn.execute(sa.select(table).order_by(*order)).mappings()]
    return out


def _read(path) -> list[dict]:
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))
    return read_parquet(path)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_store_export_writes_every_table_with_its_rows(filled, tmp_path, fmt):
    store, _ = filled
    db = _db_rows(store)
    paths = store.export(fmt, tmp_path / "out")
    assert sorted(p.name for p in paths) == sorted(f"{name}.{fmt}" for name in db)
    assert {"articles", "actors", "places", "timexes", "quantities", "claims", "events",
            "event_actors", "failures"} <= set(db)
    for path in paths:
        rows = _read(path)
        assert len(rows) == len(db[path.stem]), path.name
    assert len(db["articles"]) == 3 and len(db["events"]) == 4 and len(db["failures"]) == 1


def test_store_export_jsonl_keeps_json_nested_and_dates_iso(filled, tmp_path):
    store, _ = filled
    store.export("jsonl", tmp_path / "out")
    events = _read(tmp_path / "out" / "events.jsonl")
    e1 = next(e for e in events if e["id"] == "e1")
    assert e1["actor"] == ["FRE.MIL", "FRE.MIL"]
    assert e1["date_start"] == "2024-11-19"
    articles = _read(tmp_path / "out" / "articles.jsonl")
    assert articles[0]["published"] == "2024-11-20T15:57:00+09:00"
    assert articles[0]["published_utc"] == "2024-11-20T06:57:00+00:00"
    assert articles[0]["byline"] == ["Jane Doe", "Ali Reza"]


def test_store_export_csv_cells_are_plain_text(filled, tmp_path):
    store, _ = filled
    store.export("csv", tmp_path / "out")
    claims = _read(tmp_path / "out" / "claims.csv")
    c2 = next(c for c in claims if c["id"] == "c2")
    assert c2["hedged"] == "true"
    assert json.loads(c2["hedges"])[0]["text"] == "might"
    assert c2["cue_text"] == "said"
    assert next(c for c in claims if c["id"] == "c3")["cue_start"] == ""


def test_store_export_parquet_round_trips_rows_and_analyses(filled, tmp_path):
    store, analyses = filled
    db = _db_rows(store)
    store.export("parquet", tmp_path / "out")
    exported = {name: read_parquet(tmp_path / "out" / f"{name}.parquet") for name in db}
    assert exported == db
    facts = {a["id"]: {name: [r for r in exported[name] if r["article_id"] == a["id"]]
                       for name in codec.FACT_FIELDS} for a in exported["articles"]}
    rebuilt = {a["id"]: codec.from_rows(a, facts[a["id"]]) for a in exported["articles"]}
    assert rebuilt == {a.article.id: a for a in analyses}


def test_store_export_parquet_column_types(filled, tmp_path):
    import pyarrow.parquet as pq

    store, _ = filled
    store.export("parquet", tmp_path / "out")
    events = pq.read_schema(tmp_path / "out" / "events.parquet")
    assert str(events.field("confidence").type) == "double"
    assert str(events.field("date_start").type) == "date32[day]"
    assert str(events.field("trigger_start").type) == "int64"
    articles = pq.read_schema(tmp_path / "out" / "articles.parquet")
    assert str(articles.field("published_utc").type) == "timestamp[us, tz=UTC]"


def test_store_export_empty_store_writes_empty_tables(tmp_path):
    store = Store(str(tmp_path / "empty.db"))
    paths = store.export("parquet", tmp_path / "out")
    assert paths and all(read_parquet(p) == [] for p in paths)


def test_store_export_includes_tables_added_later(filled, tmp_path):
    store, _ = filled
    with store.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.exec_driver_sql("INSERT INTO notes VALUES (1, 'checked')")
    paths = store.export("jsonl", tmp_path / "out")
    assert tmp_path / "out" / "notes.jsonl" in paths
    assert _read(tmp_path / "out" / "notes.jsonl") == [{"id": 1, "body": "checked"}]
    assert not any(p.stem.startswith("_wirecoder") for p in paths)


def test_store_export_unknown_format_raises_e301(filled, tmp_path):
    store, _ = filled
    with pytest.raises(ExportError, match=r"\[E301\].*jsonl, csv, parquet"):
        store.export("xlsx", tmp_path / "out")


def test_store_export_parquet_without_pyarrow_raises_e203(filled, tmp_path, monkeypatch):
    store, _ = filled
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ExportError, match=r"\[E203\].*wirecoder\[parquet\]"):
        store.export("parquet", tmp_path / "out")
    assert not (tmp_path / "out").exists()
