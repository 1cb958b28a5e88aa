"""Throughput of ``wirecoder analyze`` against a bare ``nlp.pipe`` of the same spaCy model
(as its package ships it, without wirecoder's entity ruler and paragraph component).

Both run in this process on the same articles (the bundled samples, repeated), so the ratio
is what matters on a noisy shared machine, not the absolute figures.

    python bench/throughput.py [--repeat 8] [PATHS…]
"""

from __future__ import annotations

import argparse
import time

from wirecoder import ingest
from wirecoder import nlp as nlp_mod
from wirecoder.model import Analysis
from wirecoder.pipeline import analyze_articles
from wirecoder.report.article import render


def _load(paths: list[str]) -> list:
    articles = [a for a in ingest.iter_sources(paths) if not isinstance(a, Exception)]
    if not articles:
        raise SystemExit(f"no articles found in {paths}")
    return articles


def _bare(nlp, texts: list[str], batch_size: int) -> float:
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - start


def _wirecoder(nlp, articles: list, batch_size: int) -> float:
    start = time.perf_counter()
    for result in analyze_articles(articles, nlp, batch_size=batch_size):
        if isinstance(result, Analysis):
            render(result, "json")  # what `analyze --format json` prints
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", default=["examples"])
    parser.add_argument("--repeat", type=int, default=8, help="copies of the sample set")
    parser.add_argument("--rounds", type=int, default=3, help="best of N rounds")
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()

    nlp = nlp_mod.load()
    bare_nlp = nlp_mod.load_base()  # the model as shipped: no wirecoder ruler or components
    articles = _load(args.paths) * args.repeat
    texts = [a.text for a in articles]
    n_tokens = sum(len(d) for d in nlp.tokenizer.pipe(texts))
    # Warm both paths: caches (gazetteer, lexicons, model weights) load once per process.
    _wirecoder(nlp, articles[:2], args.batch_size)
    _bare(bare_nlp, texts[:2], args.batch_size)
    # Interleave rounds so that machine noise hits both sides alike; keep the best of each.
    rounds = [(_bare(bare_nlp, texts, args.batch_size), _wirecoder(nlp, articles, args.batch_size))
              for _ in range(args.rounds)]
    bare, ours = (min(times) for times in zip(*rounds, strict=True))
    n = len(articles)
    print(f"articles: {n}  tokens: {n_tokens}  model: {nlp_mod.model_name(nlp)}  "
          f"pipes: {','.join(nlp.pipe_names)}")
    print(f"{'run':<22}{'seconds':>9}{'articles/s':>12}{'tokens/s':>11}")
    for name, secs in (("bare nlp.pipe", bare), ("wirecoder analyze", ours)):
        print(f"{name:<22}{secs:>9.2f}{n / secs:>12.1f}{n_tokens / secs:>11.0f}")
    print(f"ratio (wirecoder / bare): {bare / ours:.2f}   target >= 0.5, goal >= 0.8")


if __name__ == "__main__":
    main()
