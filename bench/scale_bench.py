"""Wall time of the scale engines against the local run, on the same articles (the bundled
samples repeated, each copy given its own id so that none is dropped as a repeat), and a
check that every engine gives the local run's analyses.

Start-up (spawning workers, ``ray.init``, loading one pipeline per worker) is part of the
figure, as a user pays it; on a small input it dominates, so give ``--repeat`` enough copies.

    python bench/scale_bench.py [--repeat 20] [--workers 2] [--engines processes,ray] [PATHS…]
"""

from __future__ import annotations

import argparse
import time

from wirecoder import ingest
from wirecoder.model import Analysis, article_id
from wirecoder.pipeline import analyze_articles
from wirecoder.scale import analyze_items


def _articles(paths: list[str], repeat: int) -> list:
    base = [a for a in ingest.iter_sources(paths) if not isinstance(a, Exception)]
    if not base:
        raise SystemExit(f"no articles found in {paths}")
    # A new id per copy, the text left as it is: the analysis is the same, the store and the
    # ingest dedupe see different articles.
    return [a.model_copy(update={"id": article_id(f"{n}:{a.text}")})
            for n in range(repeat) for a in base]


def _timed(results) -> tuple[float, list[str]]:
    start = time.perf_counter()
    out = [r.to_json() if isinstance(r, Analysis) else f"error: {r}" for r in results]
    return time.perf_counter() - start, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=["examples"])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--engines", default="processes,ray")
    args = parser.parse_args()
    articles = _articles(args.paths, args.repeat)
    chars = sum(len(a.text) for a in articles)
    print(f"{len(articles)} articles, {chars:,} characters, {args.workers} worker(s)")
    local_s, local = _timed(analyze_articles(articles))
    print(f"{'local':>10}: {local_s:7.1f} s  {len(articles) / local_s:6.1f} articles/s")
    for engine in args.engines.split(","):
        seconds, got = _timed(analyze_items(articles, engine, args.workers))
        same = "identical" if got == local else "DIFFERENT"
        print(f"{engine:>10}: {seconds:7.1f} s  {len(articles) / seconds:6.1f} articles/s  "
              f"x{local_s / seconds:.2f}  {same}")


if __name__ == "__main__":  # the processes engine spawns workers that import this module
    main()
