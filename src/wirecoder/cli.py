"""The ``wirecoder`` command: thin shells over ingest, pipeline, store, link and eval."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

if TYPE_CHECKING:
    from wirecoder.model import Analysis

from wirecoder import settings
from wirecoder.ingest.decode import DEFAULT_MAX_BYTES as MAX_BYTES
from wirecoder.ingest.url import DEFAULT_TIMEOUT as TIMEOUT

app = typer.Typer(help="News articles to a sourced, dated, geolocated record of events and "
                       "claims.", no_args_is_help=True, add_completion=False,
                  rich_markup_mode=None)
eval_app = typer.Typer(help="Score an extraction stage on a gold set (P/R/F1 or accuracy).",
                       no_args_is_help=True)
app.add_typer(eval_app, name="eval")

out = Console()
err = Console(stderr=True)

DEFAULT_DB = settings.default("WIRECODER_DB") or "wirecoder.db"
GOLD_ROOT = Path(settings.value("WIRECODER_GOLD") or "../shared/gold")

DbOpt = Annotated[str, typer.Option("--db", envvar="WIRECODER_DB",
                                    help="SQLite path or database URL (postgresql://…).")]
MaxBytesOpt = Annotated[int, typer.Option("--max-bytes",
                                          help="Skip (with an error) files larger than this.")]
TimeoutOpt = Annotated[float, typer.Option("--timeout", help="Seconds to wait for a URL.")]
OutOpt = Annotated[Path | None, typer.Option("-o", "--output", help="Write here, not stdout.")]


class Fmt(StrEnum):
    json = "json"
    text = "text"
    md = "md"


class TableFmt(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class ExportFmt(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class Engine(StrEnum):
    local = "local"
    processes = "processes"
    ray = "ray"


EngineOpt = Annotated[Engine, typer.Option(
    "--engine", help="Where the analysis runs: this process, a pool of worker processes, or "
                     "Ray (this machine or a cluster; needs wirecoder[scale]). Same results.")]
WorkersOpt = Annotated[int | None, typer.Option(
    "--workers", min=1, help="Workers for processes/ray, one pipeline each (default: CPUs).")]
AddressOpt = Annotated[str | None, typer.Option(
    "--address", envvar="RAY_ADDRESS", help="Ray cluster to join: auto (the one running "
                                            "here) or HEAD:6379 (default: start Ray here).")]


def _progress(label: str) -> Progress:
    return Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err, transient=True, disable=not err.is_terminal)


def _report_error(exc: Exception) -> None:
    err.print(f"[red]error[/red] {escape(str(exc))}", highlight=False, markup=True,
              soft_wrap=True)


@dataclass
class _Tally:
    """Counts of a batch; each failure is reported on stderr (and recorded in the store, when
    the command keeps one: ingest, and analyze unless --no-store)."""

    ok: int = 0
    failed: int = 0
    on_failure: Callable[[str, str], None] | None = None

    def fail(self, source: str | None, exc: Exception) -> None:
        self.failed += 1
        _report_error(exc)
        if self.on_failure is not None:
            self.on_failure(source or "?", str(exc))


def _results(paths: list[str], max_bytes: int, timeout: float, engine: Engine = Engine.local,
             workers: int | None = None,
             address: str | None = None) -> Iterator[Analysis | Exception]:
    """Ingest and analyse ``paths`` with a progress bar: an analysis per article, an error per
    failure, in input order, on any engine."""
    from wirecoder import ingest

    items = ingest.iter_sources(paths, max_bytes=max_bytes, timeout=timeout)
    if engine == Engine.local:
        from wirecoder.pipeline import analyze_articles

        pending: list[Exception] = []  # ingest errors, reported before the next analysis

        def articles():
            for item in items:
                if isinstance(item, Exception):
                    pending.append(item)
                else:
                    yield item

        def local():
            for result in analyze_articles(articles()):
                yield from pending
                pending.clear()
                yield result
            yield from pending

        results = local()
    else:
        from wirecoder.scale import analyze_items

        results = analyze_items(items, engine.value, workers, address=address)
    with _progress("analysing") as bar:
        task = bar.add_task("analysing", total=None)
        for result in results:
            if not isinstance(result, Exception):
                bar.advance(task)
            yield result


def _analyses(paths: list[str], max_bytes: int, timeout: float, tally: _Tally,
              **engine: Any) -> Iterator[Analysis]:
    """The analyses of :func:`_results`; its failures go to ``tally``."""
    for result in _results(paths, max_bytes, timeout, **engine):
        if isinstance(result, Exception):
            tally.fail(getattr(result, "source", None), result)
        else:
            yield result


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, JSONL, feeds, URLs or -.")],
    fmt: Annotated[Fmt | None, typer.Option("--format", "-f",
                                            help="json, text or md (default: text on a "
                                                 "terminal, json otherwise).")] = None,
    output: OutOpt = None,
    max_bytes: MaxBytesOpt = MAX_BYTES,
    timeout: TimeoutOpt = TIMEOUT,
    engine: EngineOpt = Engine.local,
    workers: WorkersOpt = None,
    address: AddressOpt = None,
    db: DbOpt = DEFAULT_DB,
    keep: Annotated[bool, typer.Option(
        "--store/--no-store", help="Also keep the analyses in the store (--db) and link "
                                   "stories across articles, as ingest does.")] = True,
) -> None:
    """Analyse articles and print their events, claims, actors, places and dates; keep them
    in the store (SQLite by default) for the other commands to query."""
    if fmt is None:
        fmt = Fmt.text if sys.stdout.isatty() and output is None else Fmt.json
    store = _open_store(db) if keep else None
    try:
        tally = _analyze_into(paths, fmt, output, store, max_bytes, timeout, engine=engine,
                              workers=workers, address=address)
    finally:
        if store is not None:  # its connection pool, for callers that go on (tests, scripts)
            store.close()
    if tally.ok == 0 and tally.failed:
        raise typer.Exit(1)


def _analyze_into(paths: list[str], fmt: Fmt, output: Path | None, store: Any,
                  max_bytes: int, timeout: float, **engine: Any) -> _Tally:
    """Print each analysis, and save it in ``store`` (then link stories) when there is one."""
    from wirecoder.report.article import render

    sink = output.open("w", encoding="utf-8") if output else sys.stdout
    tally = _Tally(on_failure=store.save_failure if store else None)
    try:
        for analysis in _analyses(paths, max_bytes, timeout, tally, **engine):
            sink.write(render(analysis, fmt.value))
            sink.write("\n")
            sink.flush()
            if store is None:
                tally.ok += 1
            else:
                _save(store, analysis, tally)
    finally:
        if output:
            sink.close()
    if store is not None:
        _link_and_tell(store, tally, link=True)
    return tally


def _open_store(db: str) -> Any:
    from wirecoder.store import Store

    return Store(db)


T = TypeVar("T")


def _with_store(db: str, use: Callable[[Any], T]) -> T:
    """``use(store)`` on the store at ``db``, closed afterwards (its connection pool would
    outlive the command in callers that go on: tests, scripts)."""
    with _open_store(db) as store:
        return use(store)


def _save(store: Any, analysis: Analysis, tally: _Tally) -> None:
    """One article, one transaction: a failed save is that article's error, not the batch's."""
    from wirecoder.errors import StoreError

    try:
        store.save(analysis)
        tally.ok += 1
    except StoreError as exc:
        tally.fail(analysis.article.source or analysis.article.id, exc)


def _link_and_tell(store: Any, tally: _Tally, link: bool) -> None:
    if link and tally.ok:
        from wirecoder.link import relink

        relink(store)
    err.print(f"stored {tally.ok} article(s), {tally.failed} failed, in {store.url}",
              highlight=False)


@app.command("ingest")
def ingest_cmd(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, JSONL, feeds, URLs or -.")],
    db: DbOpt = DEFAULT_DB,
    link: Annotated[bool, typer.Option(help="Link stories across articles afterwards.")] = True,
    max_bytes: MaxBytesOpt = MAX_BYTES,
    timeout: TimeoutOpt = TIMEOUT,
    engine: EngineOpt = Engine.local,
    workers: WorkersOpt = None,
    address: AddressOpt = None,
    parquet: Annotated[Path | None, typer.Option(
        "--parquet", help="Also write this run's articles, facts and failures as Parquet "
                          "tables into this folder.")] = None,
) -> None:
    """Analyse articles and store them, one transaction per article; failures are recorded.

    With --engine processes or ray, or --parquet, they are bulk loaded instead, 500 articles
    per transaction (see docs/scale.md)."""
    with _open_store(db) as store:
        if engine == Engine.local and parquet is None:
            tally = _Tally(on_failure=store.save_failure)
            for analysis in _analyses(paths, max_bytes, timeout, tally):
                _save(store, analysis, tally)
        else:
            tally = _bulk_load(store, parquet, _results(paths, max_bytes, timeout, engine,
                                                        workers, address))
        _link_and_tell(store, tally, link)
    if parquet is not None:
        err.print(f"wrote the run's tables into {parquet}", highlight=False)
    if tally.ok == 0 and tally.failed:
        raise typer.Exit(1)


def _bulk_load(store: Any, parquet: Path | None,
               results: Iterator[Analysis | Exception]) -> _Tally:
    """Results into the store, and into Parquet files too when asked (wirecoder.scale)."""
    from contextlib import nullcontext

    from wirecoder.scale import parquet_store, save_all

    tally = _Tally()  # save_all records the failures, in every store it writes
    with parquet_store(parquet) if parquet else nullcontext() as extra:
        stores = [store] if extra is None else [store, extra]
        tally.ok = save_all(results, stores, report=tally.fail)
    return tally


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(help="Article id (or a unique prefix).")],
    db: DbOpt = DEFAULT_DB,
    fmt: Annotated[Fmt, typer.Option("--format", "-f")] = Fmt.text,
) -> None:
    """Print one stored article's facts."""
    from wirecoder.report.article import render

    analysis = _with_store(db, lambda store: store.get(article_id))
    out.print(render(analysis, fmt.value), highlight=False, markup=False, soft_wrap=True)


@app.command()
def articles(db: DbOpt = DEFAULT_DB,
             fmt: Annotated[TableFmt, typer.Option("--format", "-f")] = TableFmt.table) -> None:
    """List the stored articles and the failures recorded at ingest."""
    rows, failures = _with_store(db, lambda store: (store.articles(), store.failures()))
    _print_rows(rows, fmt, title="articles")
    if failures and fmt == TableFmt.table:
        _print_rows(failures, fmt, title="failures")


@app.command()
def export(
    fmt: Annotated[ExportFmt, typer.Option("--format", "-f")] = ExportFmt.jsonl,
    output: Annotated[Path, typer.Option("-o", "--output", help="Folder to write into.")] =
    Path("export"),
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Write every table of the store as JSONL, CSV or Parquet files."""
    for path in _with_store(db, lambda store: list(store.export(fmt.value, output))):
        err.print(f"wrote {path}", highlight=False)


@app.command()
def schema(output: OutOpt = None) -> None:
    """Print the JSON Schema of the wirecoder/1 data contract."""
    from wirecoder.model import json_schema

    text = json.dumps(json_schema(), indent=2, sort_keys=True) + "\n"
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


# --- stories across articles -------------------------------------------------------------

@app.command("link")
def link_cmd(db: DbOpt = DEFAULT_DB) -> None:
    """Re-link every stored event into story events (deterministic)."""
    from wirecoder.link import relink

    stats = _with_store(db, relink)
    err.print(stats, highlight=False)


@app.command()
def stories(
    db: DbOpt = DEFAULT_DB,
    actor: Annotated[str | None, typer.Option(help="Actor id or country code.")] = None,
    place: Annotated[str | None, typer.Option(help="Place id or name.")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="PLOVER type.")] = None,
    status: Annotated[str | None, typer.Option()] = None,
    since: Annotated[str | None, typer.Option(help="Earliest date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Latest date (YYYY-MM-DD).")] = None,
    source: Annotated[str | None, typer.Option(help="Outlet or speaker that reported it.")]
    = None,
    limit: Annotated[int, typer.Option()] = 100,
    fmt: Annotated[TableFmt, typer.Option("--format", "-f")] = TableFmt.table,
) -> None:
    """Story events: each real-world event once, with every report of it.

    PLACE is a place id, a name, a country code or "lat,lon,km" (a radius)."""
    rows = _with_store(db, lambda store: store.stories(
        actor=actor, place=place, type=type_, status=status, since=since, until=until,
        limit=limit, source=source))
    _print_rows(rows, fmt, title="story events", columns=STORY_COLUMNS)


@app.command()
def timeline(
    entity: Annotated[str, typer.Argument(help="Actor id, country code or place id.")],
    db: DbOpt = DEFAULT_DB,
    fmt: Annotated[TableFmt, typer.Option("--format", "-f")] = TableFmt.table,
) -> None:
    """Story events of one actor or place, in date order."""
    _print_rows(_with_store(db, lambda store: store.timeline(entity)), fmt,
                title=f"timeline of {entity}")


@app.command()
def estimates(
    db: DbOpt = DEFAULT_DB,
    counted: Annotated[str | None, typer.Option(help="Only this quantity (troops, killed…).")]
    = None,
    subject: Annotated[str | None, typer.Option(help="Actor id, country or story id.")] = None,
    limit: Annotated[int | None, typer.Option()] = None,
    fmt: Annotated[TableFmt, typer.Option("--format", "-f")] = TableFmt.table,
) -> None:
    """Estimate series: numbers about the same quantity over time, with source and hedge."""
    rows = _with_store(db, lambda store: store.estimates(counted=counted, subject=subject,
                                                          limit=limit))
    _print_rows(rows, fmt, title="estimates")


@app.command()
def contradictions(
    db: DbOpt = DEFAULT_DB,
    kind: Annotated[str | None, typer.Option(help="denial, none_vs_count, numbers, …")] = None,
    limit: Annotated[int | None, typer.Option()] = None,
    fmt: Annotated[TableFmt, typer.Option("--format", "-f")] = TableFmt.table,
) -> None:
    """Claims about the same event or quantity that disagree, with both sides' sources."""
    rows = _with_store(db, lambda store: store.contradictions(kind=kind, limit=limit))
    _print_rows(rows, fmt, title="contradictions")



# --- outputs over the store ---------------------------------------------------------------

class ReportFmt(StrEnum):
    md = "md"
    html = "html"
    json = "json"


def _day_option(value: str | None) -> str | None:
    """ISO day check for --since/--until, so a typo is a usage error, not a traceback."""
    from datetime import date

    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise typer.BadParameter(f"'{value}' is not a day (YYYY-MM-DD).") from exc


DayOpt = Annotated[str | None, typer.Option(callback=_day_option, help="YYYY-MM-DD.")]


@app.command()
def serve(
    db: DbOpt = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
) -> None:
    """Serve the HTTP API (/api/…, docs at /docs) and the web UI (/) over the store."""
    from wirecoder.web import serve as run

    err.print(f"serving {db} on http://{host}:{port}/ (Ctrl+C stops)", highlight=False)
    run(db, host=host, port=port)


@app.command()
def report(
    db: DbOpt = DEFAULT_DB,
    fmt: Annotated[ReportFmt, typer.Option("--format", "-f")] = ReportFmt.md,
    output: OutOpt = None,
    since: DayOpt = None,
    until: DayOpt = None,
    actor: Annotated[str | None, typer.Option(help="Actor id or country code.")] = None,
) -> None:
    """A dated situation report: key events with their sources, estimates, contradictions."""
    from wirecoder.report.situation import write_report

    text = write_report(db, fmt.value, str(output) if output else None, since=since,
                        until=until, actor=actor)
    if output:
        err.print(f"wrote {output}", highlight=False)
    else:
        sys.stdout.write(text)


# What a story table shows on a terminal; JSON and CSV carry every field.
STORY_COLUMNS = ("id", "date", "type", "mode", "actors", "recipients", "place", "status",
                 "n_reports", "n_independent", "party_source", "disputed")


def _print_rows(rows: list[dict[str, Any]], fmt: TableFmt, title: str,
                columns: tuple[str, ...] | None = None) -> None:
    if fmt == TableFmt.json:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        return
    if fmt == TableFmt.csv:
        import csv

        if rows:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
            writer.writeheader()
            for row in rows:
                writer.writerow({k: _cell(v) for k, v in row.items()})
        return
    keys = [k for k in (rows[0] if rows else {}) if columns is None or k in columns]
    table = Table(title=title, show_lines=False)
    for key in keys:
        table.add_column(key, overflow="fold")
    from wirecoder.report.situation import when

    for row in rows:  # dates read as dates on a terminal; json and csv keep the raw values
        table.add_row(*(when(v) if isinstance(v := row[k], dict) and "value" in v
                        else _cell(v) for k in keys))
    # Off a terminal rich would squeeze the table into 80 columns; give it room instead.
    console = out if out.is_terminal else Console(width=max(160, 14 * len(keys)))
    console.print(table)


def _cell(value: Any) -> str:
    if isinstance(value, dict) and "value" in value:  # a date: its TIMEX value says it all
        return _cell(value["value"])
    if isinstance(value, dict) and "name" in value:  # a place or an actor
        return str(value["name"])
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return "" if value is None else str(value)


# --- evaluation ---------------------------------------------------------------------------

def _print_figures(result: dict[str, Any], as_json: bool) -> None:
    if as_json:
        sys.stdout.write(json.dumps(result, indent=2, default=str) + "\n")
        return
    from wirecoder.eval.common import format_figures

    out.print(format_figures(result), highlight=False, markup=False)


GoldOpt = Annotated[Path | None, typer.Option("--gold", help="Gold file or folder.")]


def _gold_file(path: Path, suffixes: tuple[str, ...]) -> Path:
    """A scorer that reads one file also takes the folder holding it, when only one file of
    its kind is there; anything else is a clear error, not a traceback."""
    if not path.is_dir():
        return path
    found = sorted(f for f in path.iterdir() if f.suffix in suffixes)
    if len(found) == 1:
        return found[0]
    raise typer.BadParameter(
        f"{path} is a folder with {len(found)} {'/'.join(suffixes)} files; give one of them"
        + (": " + ", ".join(f.name for f in found) if found else ""), param_hint="--gold")
JsonOpt = Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")]
LimitOpt = Annotated[int | None, typer.Option("--limit", help="Score only the first N docs.")]
PartOpt = Annotated[Literal["even", "odd"] | None, typer.Option(
    "--part", help="Score one half of a development set: even (0th, 2nd, … doc or row) or "
                   "odd; write a rule on one half, confirm it on the other.")]


@eval_app.command("time")
def eval_time(gold: GoldOpt = None, as_json: JsonOpt = False, limit: LimitOpt = None,
              part: PartOpt = None) -> None:
    """TempEval-3 task A: strict/relaxed extent F1, type accuracy, value F1 (TimeML .tml)."""
    from wirecoder.eval import time as ev

    _print_figures(ev.evaluate(gold or GOLD_ROOT / "timeml" / "dev-timebank", limit=limit,
                               part=part), as_json)


@eval_app.command("places")
def eval_places(gold: GoldOpt = None, as_json: JsonOpt = False, limit: LimitOpt = None,
                part: PartOpt = None,
                protocol: Annotated[str, typer.Option(
                    help="standard (the gold README's), or mordecai3: resolution on the subset"
                         " and with the counting its published figures used")] = "standard",
                ) -> None:
    """Geoparsing: recognition P/R/F1, acc@161 km, mean/median km error, AUC."""
    from wirecoder.eval import places as ev

    if protocol not in ("standard", "mordecai3"):
        raise typer.BadParameter("standard or mordecai3", param_hint="--protocol")
    _print_figures(ev.evaluate(gold or GOLD_ROOT / "geo" / "TR-News.xml", limit=limit,
                               part=part, protocol=protocol), as_json)


@eval_app.command("actors")
def eval_actors(gold: GoldOpt = None, as_json: JsonOpt = False) -> None:
    """Actor resolution accuracy on the project's own mention set."""
    from wirecoder.eval import actors as ev

    _print_figures(ev.evaluate(gold), as_json)


@eval_app.command("claims")
def eval_claims(gold: GoldOpt = None, as_json: JsonOpt = False, limit: LimitOpt = None,
                part: PartOpt = None) -> None:
    """PolNeAR attribution: source/cue/content P/R/F1 (exact and overlap), relation F1."""
    from wirecoder.eval import claims as ev

    _print_figures(ev.evaluate(gold or GOLD_ROOT / "polnear" / "dev", limit=limit,
                               part=part), as_json)


@eval_app.command("speakers")
def eval_speakers(gold: GoldOpt = None, as_json: JsonOpt = False) -> None:
    """Speaker resolution, via chains and hedging on the project's own attribution set."""
    from wirecoder.eval import speakers as ev

    _print_figures(ev.evaluate(gold), as_json)


@eval_app.command("events")
def eval_events(gold: GoldOpt = None, as_json: JsonOpt = False, limit: LimitOpt = None,
                part: PartOpt = None) -> None:
    """PLOVER root type macro-F1/accuracy and actor/recipient match (PLV TSV or GSR JSON)."""
    from wirecoder.eval import events as ev

    gold = _gold_file(gold or GOLD_ROOT / "zsp-plover-plv" / "PLV_train.tsv", (".tsv", ".json"))
    _print_figures(ev.evaluate(gold, limit=limit, part=part), as_json)


@eval_app.command("acled")
def eval_acled(gold: GoldOpt = None, as_json: JsonOpt = False, limit: LimitOpt = None) -> None:
    """ACLED sub-event types (CASE 2021 task 2): weighted and macro F1."""
    from wirecoder.eval import acled as ev

    gold = _gold_file(gold or GOLD_ROOT / "case2021-task2"
                      / "test_set_final_release_with_labels.tsv", (".tsv",))
    _print_figures(ev.evaluate(gold, limit=limit), as_json)


@eval_app.command("stories")
def eval_stories(gold: GoldOpt = None, as_json: JsonOpt = False) -> None:
    """Event merging: pairwise and B-cubed P/R/F1 on the project's story set."""
    from wirecoder.eval import stories as ev

    _print_figures(ev.evaluate(gold), as_json)


def main() -> None:  # pragma: no cover - console entry point
    from wirecoder.errors import WirecoderError

    try:
        app()
    except WirecoderError as exc:
        _report_error(exc)
        sys.exit(2)


if __name__ == "__main__":  # pragma: no cover
    main()
