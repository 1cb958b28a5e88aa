"""Linking across articles: one story event per real-world event, with every report of it.

The work is pure functions over plain records (:mod:`.records`): merging (:mod:`.merge`),
syndicated copies (:mod:`.syndication`), corroboration (:mod:`.corroborate`), contradictions
(:mod:`.contradict`) and estimate series (:mod:`.estimates`), assembled by :mod:`.build`. The
store is touched only here: :func:`relink` reads every stored analysis and replaces the story
tables in one transaction.
"""

from __future__ import annotations

import time
from typing import Any

from wirecoder.link.build import Collected, Linked, link_analyses, link_collected
from wirecoder.link.merge import Linker, cluster, story_id

__all__ = ["Collected", "Linked", "Linker", "cluster", "link_analyses", "link_collected",
           "relink", "story_id"]


def relink(store: Any) -> dict:
    """Re-link every stored analysis; deterministic whatever order they were stored in."""
    from wirecoder.store.stories import replace_stories

    started = time.perf_counter()
    collected = Collected()
    for analysis in store.analyses():
        collected.add(analysis)
    linked = link_collected(collected)
    replace_stories(store.engine, linked.stories, linked.reports, linked.contradictions,
                    linked.estimates)
    return {**linked.stats, "seconds": round(time.perf_counter() - started, 3)}
