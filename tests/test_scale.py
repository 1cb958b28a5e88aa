"""The distributed runner: the processes and Ray engines give what the local run gives, in the
same order, failures included; bad input never stops a batch; Ray stays optional.

The one thing a run changes is when it happened: the stores' ``articles.analysed_at`` and
``failures.at`` (and so the Parquet copies of them) hold the time of writing, so they are
left out of the comparisons. Everything else, the analyses' JSON above all, must be equal."""

from __future__ import annotations

import os
import random
import subprocess
import sys

import pytest
import sqlalchemy as sa
from test_store import _drop_everything
from tests.conftest import EXAMPLES
from typer.testing import CliRunner

from wirecoder.cli import app
from wirecoder.errors import ScaleError, StoreError
from wirecoder.ingest import iter_sources
from wirecoder.model import Analysis, Article, article_id
from wirecoder.pipeline import analyze_articles
from wirecoder.scale import analyze_items, save_all, worker, write_parquet
from wirecoder.scale.raydata import _ordered, _windows
from wirecoder.store import Store
from wirecoder.store.export import read_parquet, tables

# Ray Data reads its own deprecated settings when it copies a context; nothing of ours.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:ray.data.context")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    """The bundled examples, a repeat of one of them, and three sources that fail."""
    bad = tmp_path_factory.mktemp("bad")
    (bad / "empty.txt").write_text("", encoding="utf-8")
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 64)
    first = sorted(EXAMPLES.glob("*.txt"))[0]
    return [str(bad / "empty.txt"), str(EXAMPLES), str(first), str(bad / "binary.txt"),
            str(bad / "missing.txt")]


def _summary(results) -> list[tuple]:
    return [("analysis", r.to_json()) if isinstance(r, Analysis)
            else ("error", type(r).__name__, str(r), r.source) for r in results]


@pytest.fixture(scope="module")
def local_run(inputs, nlp) -> list:
    """The local run, each result in the place of its input."""
    items = list(iter_sources(inputs))
    analyses = iter(analyze_articles([i for i in items if isinstance(i, Article)], nlp))
    return [next(analyses) if isinstance(i, Article) else i for i in items]


@pytest.fixture(scope="module")
def expected(local_run) -> list[tuple]:
    return _summary(local_run)


def test_scale_expected_run_has_analyses_and_failures(expected):
    kinds = [e[0] for e in expected]
    examples = [i for i in iter_sources([str(EXAMPLES)]) if isinstance(i, Article)]
    assert kinds.count("analysis") == len(examples) > 7  # the repeat is dropped
    assert [e[2][:6] for e in expected if e[0] == "error"] == ["[E001]", "[E002]", "[E010]"]
    assert kinds[0] == "error" and kinds[-1] == "error"


@pytest.fixture(scope="module")
def ray_session():
    ray = pytest.importorskip("ray")
    # "local": our own instance, never a cluster that happens to run on this machine
    ray.init(address="local", num_cpus=2, include_dashboard=False,
             object_store_memory=512 * 1024 ** 2, log_to_driver=False)
    yield ray
    ray.shutdown()


def test_scale_ray_engine_matches_local_run(ray_session, inputs, expected):
    results = analyze_items(iter_sources(inputs), "ray", 1, cpus_per_worker=0.5)
    assert _summary(results) == expected
    assert ray_session.is_initialized()  # a Ray it did not start is left running


def test_scale_processes_engine_matches_local_run_through_the_cli(inputs, expected, tmp_path):
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["analyze", *inputs, "--engine", "processes",
                                      "--workers", "2", "-f", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines == [e[1] for e in expected if e[0] == "analysis"]


def test_scale_ingest_bulk_load_and_parquet_match_local_ingest(inputs, expected, tmp_path):
    local, scaled, out = tmp_path / "local.db", tmp_path / "scaled.db", tmp_path / "parquet"
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", *inputs, "--db", str(local), "--no-link"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["ingest", *inputs, "--engine", "processes", "--workers", "2",
                                 "--db", str(scaled), "--parquet", str(out), "--no-link"])
    assert result.exit_code == 0, result.output
    n = sum(e[0] == "analysis" for e in expected)
    assert f"stored {n} article(s), 3 failed" in result.output
    with Store(local) as a, Store(scaled) as b:
        names = [t.name for t in tables(b.engine)]
        assert names == [t.name for t in tables(a.engine)]
        assert "articles" in names and "failures" in names
        for name in names:
            rows = _rows(b, name)
            assert rows == _rows(a, name), name
            assert _drop_at(read_parquet(out / f"{name}.parquet")) == rows, name
        assert len(_rows(b, "failures")) == 3


def test_scale_write_parquet_holds_the_run_and_its_failures(local_run, expected, tmp_path):
    """write_parquet, the Python way to Parquet that docs/scale.md names, keeps what save_all
    stores: every analysis, and each failure with its source."""
    heard = []
    n = write_parquet(local_run, tmp_path / "pq", report=lambda src, exc: heard.append(src))
    assert n == sum(e[0] == "analysis" for e in expected)
    articles = read_parquet(tmp_path / "pq" / "articles.parquet")
    assert sorted(a["id"] for a in articles) == sorted(
        r.article.id for r in local_run if isinstance(r, Analysis))
    failures = [(f["source"], f["error"]) for f in read_parquet(tmp_path / "pq" /
                                                                "failures.parquet")]
    want = [(e[3] or "?", e[2]) for e in expected if e[0] == "error"]
    assert failures == want and [h or "?" for h in heard] == [w[0] for w in want]


def _rows(store: Store, table: str) -> list[dict]:
    t = sa.Table(table, sa.MetaData(), autoload_with=store.engine)
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(t).order_by(*t.primary_key.columns)).mappings()
        return _drop_at([dict(r) for r in rows])


RUN_DEPENDENT = ("at", "analysed_at")  # when a row was written


def _drop_at(rows: list[dict]) -> list[dict]:
    return [{k: v for k, v in r.items() if k not in RUN_DEPENDENT} for r in rows]


# --- PostgreSQL bulk load ------------------------------------------------------------------

@pytest.mark.postgres
def test_scale_save_all_bulk_loads_postgresql(local_run, expected, tmp_path):
    """PostgreSQL ends up holding what SQLite holds, loaded in several transactions; the
    store's round trip itself is test_store's business."""
    url = os.environ.get("WIRECODER_TEST_PG")
    if not url:
        pytest.skip("set WIRECODER_TEST_PG to a PostgreSQL URL to run")
    _drop_everything(url)
    try:
        with Store(url) as pg, Store(tmp_path / "same.db") as sqlite:
            stored = save_all(local_run, [pg, sqlite], chunk=5)
            got = [a.to_json() for a in pg.analyses()]
            want = [a.to_json() for a in sqlite.analyses()]
            failures = [(f["source"], f["error"]) for f in pg.failures()]
    finally:
        _drop_everything(url)
    assert stored == sum(isinstance(r, Analysis) for r in local_run) == len(got)
    assert got == want
    assert failures == [(e[3] or "?", e[2]) for e in expected if e[0] == "error"]


# --- what a worker does with a bad article -------------------------------------------------

TEXT = "The ministry said on Tuesday that two drones were shot down over the city of Sumy."


def _article(text: str, source: str) -> Article:
    return Article(id=article_id(text), text=text, source=source, language="en")


def test_scale_worker_stage_failure_is_the_local_failure(nlp, monkeypatch):
    from wirecoder import pipeline

    def broken(doc, found):
        if "BOOM" in doc.text:
            raise ValueError("stage broke")
        return []

    stages = tuple(pipeline.Stage(s.name, s.field, broken) if s.name == "events" else s
                   for s in pipeline.STAGES)
    articles = [_article(TEXT, "a.txt"), _article("BOOM. " + TEXT, "b.txt")]
    analyzer = worker.Analyzer("processes")
    monkeypatch.setattr(pipeline, "STAGES", stages)
    local = list(analyze_articles(articles, nlp))
    outcomes = analyzer(articles)
    assert isinstance(outcomes[0], Analysis) and outcomes[0].to_json() == local[0].to_json()
    assert outcomes[1] == worker.Failure(str(local[1]), "b.txt")
    assert outcomes[1].message.startswith("[E102]") and "'events'" in outcomes[1].message


class _Brittle:
    """The pipeline, but spaCy itself raises on one text (as a native failure would)."""

    def __init__(self, nlp):
        self._nlp = nlp

    def __getattr__(self, name):
        return getattr(self._nlp, name)

    def __call__(self, text):
        if "BOOM" in text:
            raise RuntimeError("tokenizer broke")
        return self._nlp(text)

    def pipe(self, items, **kw):
        for doc, context in self._nlp.pipe(items, **kw):
            if "BOOM" in doc.text:
                raise RuntimeError("tokenizer broke")
            yield doc, context


def test_scale_worker_spacy_failure_costs_only_that_article(nlp):
    analyzer = worker.Analyzer("ray")
    analyzer.nlp = _Brittle(nlp)
    articles = [_article(TEXT, "a.txt"), _article("BOOM " + TEXT, "b.txt"),
                _article(TEXT + " Then it rained.", "c.txt")]
    outcomes = analyzer(articles)
    assert [type(o).__name__ for o in outcomes] == ["Analysis", "Failure", "Analysis"]
    assert outcomes[1].source == "b.txt"
    assert outcomes[1].message.startswith("[E502]") and "ray worker" in outcomes[1].message
    assert "tokenizer broke" in outcomes[1].message


# --- options, Ray being optional, ordering -------------------------------------------------

@pytest.mark.parametrize(("options", "code"), [
    ({"engine": "spark"}, "[E501]"),
    ({"workers": 0}, "[E504]"),
    ({"batch_size": 0}, "[E504]"),
    ({"window": 0}, "[E504]"),
])
def test_scale_rejects_bad_options_before_running(options, code):
    with pytest.raises(ScaleError) as info:
        analyze_items([], **options)  # raised at the call, not at the first result
    assert str(info.value).startswith(code)


def test_scale_import_does_not_import_ray():
    code = ("import sys, wirecoder, wirecoder.scale, wirecoder.cli; "
            "sys.exit('ray' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_scale_ray_engine_without_ray_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray -> ImportError
    with pytest.raises(ScaleError) as info:
        list(analyze_items([_article(TEXT, "a.txt")], "ray"))
    assert str(info.value).startswith("[E203]") and "wirecoder[scale]" in str(info.value)


def test_scale_input_of_failures_only_starts_no_engine(monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # starting Ray would raise E203
    errors = list(iter_sources(["/no/such/file.txt"]))
    assert list(analyze_items(errors, "ray")) == errors


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_scale_ray_rows_come_back_in_input_order(seed):
    pairs = [(i, f"outcome {i}") for i in range(40)]
    random.Random(seed).shuffle(pairs)
    assert list(_ordered(iter(pairs))) == [f"outcome {i}" for i in range(40)]


def test_scale_processes_lost_worker_is_an_error_not_a_hang():
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    from wirecoder.scale import processes

    future: Future = Future()
    future.set_exception(BrokenProcessPool("A process in the process pool was terminated."))
    with pytest.raises(ScaleError, match=r"^\[E503\] The processes engine failed: A process .*"
                                         r"terminated\. Articles already written are kept"):
        processes._result(future)


def test_scale_ray_lost_row_is_an_error():
    with pytest.raises(ScaleError, match=r"^\[E503\]"):
        list(_ordered(iter([(0, "a"), (2, "c")])))


@pytest.mark.parametrize(("sizes", "window", "groups"), [
    ([16, 16, 16, 5], 32, [[16, 16], [16, 5]]),
    ([16, 0, 3], 10, [[16], [0, 3]]),
    ([4], 10_000, [[4]]),
])
def test_scale_ray_windows_hold_whole_chunks(sizes, window, groups):
    chunks = [["x"] * n for n in sizes]
    assert [[len(c) for c in g] for g in _windows(chunks, window)] == groups


# --- bulk loading --------------------------------------------------------------------------

def test_scale_save_all_retries_a_refused_chunk_one_by_one(tmp_path, monkeypatch):
    texts = [f"Report number {n}: troops moved north of the river." for n in range(5)]
    analyses = [Analysis(article=_article(t, f"{n}.txt")) for n, t in enumerate(texts)]
    bad = analyses[2].article.id
    store = Store(tmp_path / "s.db")
    write = store._write

    def refusing(batch):
        if any(a.article.id == bad for a in batch):
            raise StoreError("[E204] refused")
        return write(batch)

    monkeypatch.setattr(store, "_write", refusing)
    reported = []
    stored = save_all(analyses, [store], report=lambda s, e: reported.append(s), chunk=10)
    assert stored == 4
    assert sorted(a.article.id for a in store.analyses()) == sorted(
        a.article.id for a in analyses if a.article.id != bad)
    assert reported == ["2.txt"]
    assert [(f["source"], f["error"]) for f in store.failures()] == [("2.txt", "[E204] refused")]
    store.close()
