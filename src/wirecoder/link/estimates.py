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
from wirecoder.link.records import QuantityPoint, QuantityRef, country_of_id

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
        # A series moves: one figure on one day, however often repeated, is not one.
        if len(pts) < MIN_POINTS or len({(p.date, p.value) for p in pts}) < 2:
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


def _side(points: list[QuantityPoint], top: QuantityPoint) -> dict:
    return {"text": top.text, "value": top.value,
            "articles": sorted({p.article_id for p in points}),
            "outlets": sorted({p.outlet for p in points if p.outlet}),
            "speakers": sorted({p.speaker for p in points if p.speaker}),
            "claims": sorted({f"{p.article_id}/{p.claim_id}" for p in points if p.claim_id})}


def series_contradictions(rows: list[dict], points: list[QuantityPoint]) -> list[dict]:
    """Figures for one quantity stated on the same day whose ranges do not overlap (3,000
    troops vs at least 10,000). Casualty series of one story are left to that story's own
    contradictions."""
    by_key = {(p.article_id, p.quantity_id): p for p in points}
    days: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in rows:
        # Projections ("may grow to 100,000") and hedged figures do not contradict a count.
        if r["counted"] in CASUALTY or not r["date"] or r["hedged"]:
            continue
        days[(r["series"], r["date"])].append(r)
    out = []
    for (sid, day), same in sorted(days.items()):
        if len(same) < 2:
            continue
        low = min(same, key=lambda r: (r["high"] if r["high"] is not None else math.inf,
                                       r["article_id"], r["quantity_id"]))
        high = max(same, key=lambda r: (r["low"], r["article_id"], r["quantity_id"]))
        low_high = low["high"] if low["high"] is not None else math.inf
        if high["low"] <= low_high:
            continue
        lows = [by_key[(r["article_id"], r["quantity_id"])] for r in same
                if (r["high"] if r["high"] is not None else math.inf) < high["low"]]
        highs = [by_key[(r["article_id"], r["quantity_id"])] for r in same
                 if r["low"] > low_high]
        stories = {r["story_id"] for r in same}
        digest = hashlib.sha256(f"{sid}/{day}".encode()).hexdigest()[:16]
        out.append({"id": "ct-" + digest, "story_id": stories.pop() if len(stories) == 1
                    else None, "series": sid, "kind": "numbers", "counted": low["counted"],
                    "date": day,
                    "a": _side(lows, by_key[(low["article_id"], low["quantity_id"])]),
                    "b": _side(highs, by_key[(high["article_id"], high["quantity_id"])])})
    return out


def interval_of_point(p: QuantityPoint) -> tuple[float, float | None]:
    low, high = interval(QuantityRef(p.quantity_id, p.value, p.counted, p.bound, p.approximate,
                                     p.text))
    return low, (None if math.isinf(high) else high)
