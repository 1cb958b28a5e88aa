"""Estimate series: numbers about the same quantity over time, each with its source.

A series is keyed by what is counted and what it is about: casualty counts of one story event
("killed" in the Kharkiv strike: 5 -> 9 -> 12), other counts by the actor they concern (troops
deployed by PRK: 3,000 -> 11,000 -> "may grow to 100,000"). Points are in date order, then
article and quantity id, so the series does not depend on ingest order.
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict

from wirecoder.link.contradict import CASUALTY, canonical_counted, interval
from wirecoder.link.records import QuantityPoint, country_of_id

MIN_POINTS = 2


def series_key(p: QuantityPoint, story_of: dict[tuple[str, str], str]) -> tuple[str, str] | None:
    counted = canonical_counted(p.counted)
    if not counted:
        return None
    story = story_of.get((p.article_id, p.event_id)) if p.event_id else None
    if counted in CASUALTY and story:
        return (counted, story)
    if p.subject:
        return (counted, country_of_id(p.subject) or p.subject)
    return None


def estimate_rows(points: list[QuantityPoint],
                  story_of: dict[tuple[str, str], str]) -> list[dict]:
    series: dict[tuple[str, str], list[QuantityPoint]] = defaultdict(list)
    for p in points:
        key = series_key(p, story_of)
        if key:
            series[key].append(p)
    rows = []
    for (counted, subject), pts in sorted(series.items()):
        if len(pts) < MIN_POINTS:
            continue
        sid = "es-" + hashlib.sha256(f"{counted}/{subject}".encode()).hexdigest()[:12]
        for i, p in enumerate(sorted(pts, key=lambda p: (p.date or "", p.article_id,
                                                         p.quantity_id))):
            low, high = interval_of_point(p)
            rows.append({
                "series": sid, "counted": counted, "subject": subject, "seq": i,
                "date": p.date, "value": p.value, "low": low, "high": high, "bound": p.bound,
                "approximate": p.approximate, "hedged": p.hedged, "hedges": list(p.hedges),
                "outlet": p.outlet, "speaker": p.speaker, "article_id": p.article_id,
                "quantity_id": p.quantity_id, "claim_id": p.claim_id,
                "story_id": story_of.get((p.article_id, p.event_id)) if p.event_id else None,
                "text": p.text,
            })
    return rows


def interval_of_point(p: QuantityPoint) -> tuple[float, float | None]:
    from wirecoder.link.records import QuantityRef

    low, high = interval(QuantityRef(p.quantity_id, p.value, p.counted, p.bound, p.approximate,
                                     p.text))
    return low, (None if math.isinf(high) else high)
