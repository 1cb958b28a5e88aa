"""Linking cost at growing store sizes, and story-query latency on SQLite.

For each size, a fresh process generates synthetic analyses (about four reports per real-world
event, three events per article, two years, 20 countries, 8 PLOVER types), then measures:

- link: records + blocking + scoring + clustering + corroboration (``link_analyses``);
- write: replacing the story tables in a SQLite file (one transaction);
- peak memory growth of the process while linking (ru_maxrss);

and, at the largest size run, the p50/p95 latency of the story queries every interface uses.

    python bench/link_bench.py            # 10k and 100k events (about a minute and a half)
    python bench/link_bench.py --full     # adds 1M events (many minutes, several GB)
    python bench/link_bench.py --queries-at 1000000   # query latency at 1M events, chunked
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import resource
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

QUERY_RUNS = 15
CHUNK_EVENTS = 100_000


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _run(size: int, db: str, queries: bool, out: mp.Queue) -> None:
    import sqlalchemy as sa

    from wirecoder.link import link_analyses
    from wirecoder.link.synthetic import synthetic_analyses
    from wirecoder.store import Store
    from wirecoder.store.stories import replace_stories, story_events

    analyses = list(synthetic_analyses(size))
    before = _rss_mb()
    t0, c0 = time.perf_counter(), time.process_time()
    linked = link_analyses(analyses)
    t_link, c_link = time.perf_counter() - t0, time.process_time() - c0
    peak = _rss_mb() - before
    del analyses
    engine = Store(db).engine  # migrated, WAL, the settings every interface uses
    t0 = time.perf_counter()
    replace_stories(engine, linked.stories, linked.reports, linked.contradictions,
                    linked.estimates)
    t_write = time.perf_counter() - t0
    row = {"events": linked.stats["reports"], "articles": linked.stats["articles"],
           "stories": linked.stats["story_events"], "comparisons": linked.stats["comparisons"],
           "link_s": t_link, "cpu_s": c_link, "write_s": t_write, "peak_mb": peak}
    if queries:
        with engine.connect() as conn:
            sample = conn.execute(sa.select(story_events).order_by(story_events.c.id)
                                  .limit(1)).one()
        row["queries"] = _time_queries(engine, sample)
    out.put(row)


def _fill(total: int, db: str, out: mp.Queue) -> None:
    """Story tables for ``total`` events, linked in time-disjoint chunks of CHUNK_EVENTS (the
    synthetic stores are steady-rate, so chunks share no story): bounded memory, real rows."""
    from datetime import UTC, datetime

    import sqlalchemy as sa

    from wirecoder.link import link_analyses
    from wirecoder.link.synthetic import synthetic_analyses
    from wirecoder.store import Store
    from wirecoder.store.stories import replace_stories, story_events

    reuse = Path(db).exists()
    engine = Store(db).engine
    events = stories = 0
    t0 = time.perf_counter()
    for i in range(0, 0 if reuse else total, CHUNK_EVENTS):
        n = min(CHUNK_EVENTS, total - i)
        days = n * 73 // 1000
        start = datetime(2000, 1, 1, tzinfo=UTC) + timedelta(days=(i // CHUNK_EVENTS) * days)
        linked = link_analyses(synthetic_analyses(n, seed=i, days=days, start=start,
                                                  label=f"{i}-"))
        replace_stories(engine, linked.stories, linked.reports, linked.contradictions,
                        linked.estimates, replace=i == 0)
        events += linked.stats["reports"]
        stories += linked.stats["story_events"]
    build = time.perf_counter() - t0
    with engine.connect() as conn:
        sample = conn.execute(sa.select(story_events).order_by(story_events.c.id)
                              .limit(1)).one()
        if reuse:
            stories = conn.execute(sa.select(sa.func.count()).select_from(story_events)).scalar()
            events = conn.execute(sa.select(sa.func.sum(story_events.c.n_reports))).scalar()
    out.put({"events": events, "stories": stories, "build_s": build,
             "queries": _time_queries(engine, sample)})


def _time_queries(engine, sample) -> dict[str, tuple[float, float, int]]:
    from wirecoder.store import stories as q

    actor = sample.actors[0]
    place = f"{sample.lat:.3f},{sample.lon:.3f},50km"
    day = sample.date_start.isoformat()
    week = (sample.date_start + timedelta(days=7)).isoformat()
    cases = {
        "stories (first 100 by date)": lambda: q.stories(engine),
        "stories actor=<country>": lambda: q.stories(engine, actor=actor),
        "stories type=ASSAULT": lambda: q.stories(engine, type="ASSAULT"),
        "stories status=occurred": lambda: q.stories(engine, status="occurred"),
        "stories since/until (1 week)": lambda: q.stories(engine, since=day, until=week),
        "stories place radius 50km": lambda: q.stories(engine, place=place),
        "stories place=<id>": lambda: q.stories(engine, place=sample.place_id),
        "stories source=<outlet>": lambda: q.stories(engine, source="outlet7"),
        "stories actor+type+since": lambda: q.stories(engine, actor=actor, type=sample.type,
                                                      since=day),
        "timeline <country> (1000)": lambda: q.timeline(engine, actor),
        "estimates killed (100)": lambda: q.estimates(engine, counted="killed", limit=100),
        "estimates of one story": lambda: q.estimates(engine, subject=sample.id),
        "contradictions (100)": lambda: q.contradictions(engine, limit=100),
        "contradictions numbers (100)": lambda: q.contradictions(engine, kind="numbers",
                                                                 limit=100),
    }
    result = {}
    for name, fn in cases.items():
        fn()  # warm the page cache
        times = []
        for _ in range(QUERY_RUNS):
            t0 = time.perf_counter()
            rows = fn()
            times.append(1000 * (time.perf_counter() - t0))
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        result[name] = (statistics.median(times), p95, len(rows))
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--full", action="store_true", help="also run 1M events")
    ap.add_argument("--sizes", type=int, nargs="*", help="event counts (overrides defaults)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--queries-at", type=int, metavar="EVENTS",
                    help="only build story tables for EVENTS events (chunked) and time the "
                         "queries, e.g. 1000000")
    ap.add_argument("--db", help="with --queries-at: keep the story tables in this file, and "
                                 "reuse it when it exists")
    args = ap.parse_args()
    if args.queries_at:
        _queries_only(args.queries_at, args.db)
        return
    sizes = args.sizes or ([10_000, 100_000] + ([1_000_000] if args.full else []))
    ctx = mp.get_context("spawn")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            out: mp.Queue = ctx.Queue()
            p = ctx.Process(target=_run, args=(size, str(Path(tmp) / f"s{size}.db"),
                                               size == max(sizes), out))
            p.start()
            rows.append(out.get())
            p.join()
    if args.json:
        json.dump(rows, sys.stdout, indent=2)
        return
    # CPU time per event is the figure to compare: wall time moves with the machine's load.
    print(f"{'events':>9} {'articles':>9} {'stories':>8} {'compares':>9} {'link s':>7} "
          f"{'cpu s':>7} {'cpu us/ev':>9} {'write s':>7} {'peak MB':>8}")
    for r in rows:
        print(f"{r['events']:>9,} {r['articles']:>9,} {r['stories']:>8,} {r['comparisons']:>9,} "
              f"{r['link_s']:>7.1f} {r['cpu_s']:>7.1f} {1e6 * r['cpu_s'] / r['events']:>9.0f} "
              f"{r['write_s']:>7.1f} {r['peak_mb']:>8.0f}")
    last = rows[-1]
    print(f"\nstory queries on SQLite, {last['stories']:,} story events "
          f"({last['events']:,} events), {QUERY_RUNS} runs each:")
    _print_queries(last["queries"])


def _print_queries(queries: dict) -> None:
    print(f"{'query':<30} {'p50 ms':>7} {'p95 ms':>7} {'rows':>6}")
    for name, (p50, p95, n) in queries.items():
        print(f"{name:<30} {p50:>7.1f} {p95:>7.1f} {n:>6}")


def _queries_only(total: int, db: str | None) -> None:
    ctx = mp.get_context("spawn")
    with tempfile.TemporaryDirectory() as tmp:
        out: mp.Queue = ctx.Queue()
        p = ctx.Process(target=_fill, args=(total, db or str(Path(tmp) / "q.db"), out))
        p.start()
        row = out.get()
        p.join()
    built = (f"linked in chunks of {CHUNK_EVENTS:,} in {row['build_s']:.0f} s"
             if row["build_s"] > 1 else f"reused from {db}")
    print(f"story queries on SQLite, {row['stories']:,} story events ({row['events']:,} "
          f"events, {built}), {QUERY_RUNS} runs each:")
    _print_queries(row["queries"])


if __name__ == "__main__":
    main()
