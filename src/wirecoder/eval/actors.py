"""Actor resolution on the project's own mention set (``tests/data/actor_mentions.yaml``).

For each gold mention (its n-th occurrence in the text) the predicted actor is the one a
consumer would find there: the actor with the longest mention overlapping it
(:func:`wirecoder.extract.spans.actor_at`). Figures, in percent of all gold mentions:
``recall`` (some actor found there), ``id``, ``country`` and ``sector`` accuracy (a mention
without a found actor counts as wrong), each also per category.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import yaml

from wirecoder.eval.common import rate
from wirecoder.extract.spans import actor_at
from wirecoder.model import Analysis, Article, article_id

# The set ships with the repository's tests, not the package: found relative to the repo.
DEFAULT = Path(__file__).resolve().parents[3] / "tests" / "data" / "actor_mentions.yaml"


def load_gold(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8")) or []


def locate(text: str, mention: str) -> tuple[int, int]:
    """Character span of 'text#n' (the n-th occurrence, 1 by default)."""
    surface, _, nth = mention.partition("#")
    n = int(nth) if nth else 1
    # whole words only: "Russia" is not the start of "Russian"
    hits = list(re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text))
    if len(hits) < n:
        raise ValueError(f"{mention!r} not found in {text[:60]!r}")
    return hits[n - 1].start(), hits[n - 1].end()


def _published(day: Any) -> datetime | None:
    if isinstance(day, date):
        return datetime.combine(day, time(12), tzinfo=UTC)
    return None


def evaluate(gold: Path | None = None, nlp=None, errors: bool = False) -> dict:
    from wirecoder import nlp as nlp_mod
    from wirecoder.extract.actors import find_actors

    items = load_gold(gold or DEFAULT)
    nlp = nlp or nlp_mod.load()
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    wrong: list[dict] = []
    texts = [it["text"] for it in items]
    for it, doc in zip(items, nlp.pipe(texts), strict=True):
        text = it["text"]
        found = Analysis(article=Article(id=article_id(text), text=text,
                                         published=_published(it.get("date")), language="en"))
        found.actors = find_actors(doc, found)
        for surface, gid, country, sector, cat in it["mentions"]:
            start, end = locate(text, surface)
            actor = actor_at(found, start, end)
            got = {"found": actor is not None,
                   "id": actor is not None and actor.id == gid,
                   "country": actor is not None and actor.country == country,
                   "sector": actor is not None and actor.sector == sector}
            for key in ("all", cat):
                counts[key]["n"] += 1
                for k, ok in got.items():
                    counts[key][k] += int(ok)
            if not got["id"] or not got["country"] or not got["sector"]:
                wrong.append({"sentence": text[:70], "text": surface,
                               "expected": [gid, country, sector],
                               "got": [actor.id, actor.country, actor.sector] if actor
                               else None})

    def figures(c: dict[str, int]) -> dict[str, Any]:
        return {"mentions": c["n"], "recall": rate(c["found"], c["n"]),
                **{k: rate(c[k], c["n"]) for k in ("id", "country", "sector")}}

    result = figures(counts["all"])
    result["texts"] = len(items)
    result["by_category"] = {cat: figures(c) for cat, c in sorted(counts.items())
                             if cat != "all"}
    result["errors"] = len(wrong)
    if errors:  # the mentions got wrong, for development
        result["wrong"] = wrong
    return result
