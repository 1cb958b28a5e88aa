"""The store commands end to end through the CLI: ingest, articles, show, export."""

from __future__ import annotations

import json

import pytest
from test_store import TEXT, make_analysis
from typer.testing import CliRunner

from wirecoder.cli import app
from wirecoder.errors import IngestError, PipelineError, StoreError
from wirecoder.model import Analysis, Quantity, Span
from wirecoder.store import Store
from wirecoder.store.export import read_parquet

ARTICLE = """Title: Freedonia moves troops to the border
Published: 2024-11-20T15:57:00+09:00
Outlet: Harbor Gazette

HARBOR CITY - The Freedonian defence minister said on Tuesday that about 11,000 soldiers had
crossed into the border province. "We will answer any further incursion," the minister told
reporters on Wednesday.
"""


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _invoke(runner: CliRunner, *args: str):
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def _facts_by_hand(articles):
    """Stands in for the pipeline: a few facts found by string search, no model needed."""
    for art in articles:
        start = art.text.index("11,000 soldiers")
        yield Analysis(article=art, quantities=[Quantity(
            id="q1", span=Span.of(art.text, start, start + 15), value=11000, counted="troops")])


def _ingest_twice_and_check(runner: CliRunner, tmp_path) -> None:
    src = tmp_path / "freedonia.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "w.db")
    _invoke(runner, "ingest", str(src), "--db", db, "--no-link")
    first = Store(db).get(Store(db).articles()[0]["id"])
    _invoke(runner, "ingest", str(src), "--db", db, "--no-link")

    listed = [json.loads(line) for line in
              _invoke(runner, "articles", "--db", db, "-f", "json").stdout.splitlines()]
    assert [(a["title"], a["outlet"], a["published"]) for a in listed] == [
        ("Freedonia moves troops to the border", "Harbor Gazette", "2024-11-20T15:57:00+09:00")]
    stored = Store(db).get(listed[0]["id"])
    assert stored == first
    assert stored.article.text.startswith("HARBOR CITY")
    shown = _invoke(runner, "show", listed[0]["id"][:7], "--db", db, "-f", "json").stdout
    assert json.loads(shown) == stored.to_dict()


def test_cli_store_ingest_is_idempotent_and_show_prints_stored_facts(runner, tmp_path,
                                                                     monkeypatch):
    monkeypatch.setattr("wirecoder.pipeline.analyze_articles",
                        lambda articles, *a, **kw: _facts_by_hand(articles))
    _ingest_twice_and_check(runner, tmp_path)


def test_cli_store_ingest_twice_with_the_real_pipeline(runner, tmp_path):
    _ingest_twice_and_check(runner, tmp_path)


def test_cli_store_ingest_records_failures_and_goes_on(runner, tmp_path, monkeypatch):
    db = str(tmp_path / "w.db")
    kept = make_analysis()
    Store(db).save(kept)
    good = make_analysis(TEXT + " Later.")
    monkeypatch.setattr("wirecoder.ingest.iter_sources", lambda paths, **kw: iter([
        IngestError("[E001] Empty document: empty.txt has no text.", source="empty.txt"),
        good.article, kept.article]))
    monkeypatch.setattr("wirecoder.pipeline.analyze_articles", lambda articles, *a, **kw: iter(
        [good if art.id == good.article.id else PipelineError(f"[E102] {art.id} failed")
         for art in articles]))
    result = runner.invoke(app, ["ingest", "in/", "--db", db, "--no-link"])
    assert result.exit_code == 0, result.output
    assert "stored 1 article(s), 2 failed" in result.stderr

    store = Store(db)
    assert store.get(kept.article.id) == kept  # a failed re-analysis keeps what was stored
    assert store.get(good.article.id) == good
    assert [(f["source"], f["error"][:6]) for f in store.failures()] == [
        ("empty.txt", "[E001]"), ("?", "[E102]")]
    table = _invoke(runner, "articles", "--db", db).stdout
    assert "failures" in table and "empty.txt" in table


def test_cli_store_ingest_exits_nonzero_when_nothing_stored(runner, tmp_path, monkeypatch):
    db = str(tmp_path / "w.db")
    monkeypatch.setattr("wirecoder.ingest.iter_sources", lambda paths, **kw: iter([
        IngestError("[E010] No such file or directory: gone.txt.", source="gone.txt")]))
    result = runner.invoke(app, ["ingest", "gone.txt", "--db", db, "--no-link"])
    assert result.exit_code == 1
    assert [f["source"] for f in Store(db).failures()] == ["gone.txt"]


def test_cli_store_show_unknown_id_raises_e202(runner, tmp_path):
    db = str(tmp_path / "w.db")
    Store(db).save(make_analysis())
    result = runner.invoke(app, ["show", "ffffffff", "--db", db])
    assert isinstance(result.exception, StoreError)
    assert "[E202]" in str(result.exception)


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_cli_store_export_writes_every_table(runner, tmp_path, fmt):
    db = str(tmp_path / "w.db")
    analyses = [make_analysis(TEXT + f" Update {i}.") for i in range(2)]
    Store(db).save_many(analyses)
    out = tmp_path / "export"
    result = _invoke(runner, "export", "--format", fmt, "-o", str(out), "--db", db)
    written = sorted(p.name for p in out.iterdir())
    assert {f"articles.{fmt}", f"events.{fmt}", f"claims.{fmt}", f"failures.{fmt}"} <= set(written)
    assert result.stderr.count("wrote") == len(written)
    if fmt == "parquet":
        events = read_parquet(out / "events.parquet")
        assert len(events) == 4
        assert {e["article_id"] for e in events} == {a.article.id for a in analyses}


def test_cli_store_analyze_prints_and_keeps_unless_told_not_to(runner, tmp_path, monkeypatch):
    monkeypatch.setattr("wirecoder.pipeline.analyze_articles",
                        lambda articles, *a, **kw: _facts_by_hand(articles))
    src = tmp_path / "article.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    kept, skipped = str(tmp_path / "kept.db"), str(tmp_path / "skipped.db")
    printed = _invoke(runner, "analyze", str(src), "--db", kept, "-f", "json").stdout
    assert json.loads(printed)["article"]["title"] == "Freedonia moves troops to the border"
    assert [a.article.title for a in Store(kept).analyses()] == [
        "Freedonia moves troops to the border"]
    _invoke(runner, "analyze", str(src), "--db", skipped, "--no-store", "-f", "json")
    assert list(Store(skipped).analyses()) == []


@pytest.mark.parametrize(("command", "exit_code"), [("analyze", 0), ("ingest", 0),
                                                    ("analyze", 1), ("ingest", 1)])
def test_cli_store_analyze_and_ingest_close_their_store(runner, tmp_path, monkeypatch, command,
                                                        exit_code):
    """The store's connection pool is let go when the command ends, whether anything was
    stored or not, so a caller that goes on (a test run, a script) holds no connections."""
    monkeypatch.setattr("wirecoder.pipeline.analyze_articles",
                        lambda articles, *a, **kw: _facts_by_hand(articles))
    closed = []
    monkeypatch.setattr(Store, "close", lambda self: closed.append(self.url))
    src = tmp_path / "article.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "w.db"
    source = str(src) if exit_code == 0 else str(tmp_path / "gone.txt")
    printed = ["-f", "json"] if command == "analyze" else []
    result = runner.invoke(app, [command, source, "--db", str(db), *printed])
    assert result.exit_code == exit_code, result.output
    assert len(closed) == 1 and closed[0].endswith("w.db")
