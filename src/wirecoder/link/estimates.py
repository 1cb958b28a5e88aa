"""Estimate series: numbers about the same quantity over time, each with its source.

A series is keyed by what is counted, what happened to it (the quantity's ``fate``: fired,
intercepted, deployed …) and what it is about, its subject:

- a count that belongs to one event is a series of that story event: casualties ("killed" in
  the Kharkiv strike: 5 -> 9 -> 12) and what happened to an attack's weapons ("missiles
  fired" in the Bryansk strike: 6 by Russia's ministry vs 8 by a US official; "missiles
  intercepted": 5 vs 2). A number none of whose article's events the linker placed borrows the
  story of that article's other counts of the same thing, when there is exactly one;
- a count with no fate that belongs to an event (a crowd, the vessels sanctioned) is a series
  of that story event too: two protests' crowds are two figures, not one series;
- any other count is a series of the actor it concerns, as a country when it has one (troops
  deployed by PRK: 3,000 -> 11,000 -> "may grow to 100,000"). A count no event places ("the
  Pentagon put the number at 10,000", "the total may reach 100,000") was given the first
  actor of its sentence, often the source; unless that is a country, it takes the subject of
  the article's last event-placed count of the same thing with the same fate.

So fired and intercepted missiles are never one series, and whose missiles they were does not
decide which series a strike's numbers join. A number whose words say nothing of what happened
("10,000 troops are in Russia") takes the usual fate of what it counts (troops: deployed).
Points are in date order, then article and quantity in text order, so the series does not
depend on ingest order.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import defaultdict
from dataclasses import replace

from wirecoder.extract.casualties import CASUALTIES
from wirecoder.link.contradict import DEFAULT_FATE, canonical_counted, interval
from wirecoder.link.records import QuantityPoint, QuantityRef, country_of_id, sides_differ

MIN_POINTS = 2
# Fates that happen to an attack's weapons or targets: such counts are about one event.
EVENT_FATES = {"fired", "intercepted", "hit", "damaged", "destroyed"}
# Counts of the people who speak ("two US officials, speaking on condition of anonymity"):
# how a story is sourced, not a figure the story is about.
SOURCES = {"officials", "diplomats", "lawmakers", "sources", "analysts", "witnesses", "experts",
           "spokesmen", "reporters", "journalists"}

SeriesKey = tuple[str, str, str]  # counted, fate ("" for none), subject (actor or story id)
PointKey = tuple[str, str]  # article id, quantity id


def fate_of(p: QuantityPoint) -> str:
    """What happened to the counted things, or the usual fate of what is counted."""
    return p.fate or DEFAULT_FATE.get(canonical_counted(p.counted) or "", "")


def stories_of_points(points: list[QuantityPoint],
                      story_of: dict[tuple[str, str], str]) -> dict[PointKey, str]:
    """The story each point is about: its event's, else (for an event fate) the one story of
    its article's other points counting the same thing with an event fate."""
    own = {(p.article_id, p.quantity_id): story_of[(p.article_id, p.event_id)]
           for p in points if p.event_id and (p.article_id, p.event_id) in story_of}
    shared: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    for p in points:
        if fate_of(p) in EVENT_FATES and (story := own.get((p.article_id, p.quantity_id))):
            shared[(p.article_id, canonical_counted(p.counted))].add(story)
    out = dict(own)
    for p in points:
        key = (p.article_id, p.quantity_id)
        stories = shared.get((p.article_id, canonical_counted(p.counted)), set())
        if key not in out and fate_of(p) in EVENT_FATES and len(stories) == 1:
            out[key] = next(iter(stories))
    return out


def _order(p: QuantityPoint) -> tuple[str, int]:
    """Article, then quantity in text order ("Q2" before "Q10")."""
    digits = re.sub(r"\D", "", p.quantity_id)
    return p.article_id, int(digits) if digits else 0


def subjects_of_points(points: list[QuantityPoint]) -> dict[PointKey, str | None]:
    """Each point's subject; a point no event places, whose sentence named no country first,
    continues its article's last event-placed count of the same thing and fate."""
    out: dict[PointKey, str | None] = {}
    last: dict[tuple[str, str | None, str], str] = {}
    for p in sorted(points, key=_order):
        thing = (p.article_id, canonical_counted(p.counted), fate_of(p))
        subject = p.subject
        if p.event_id and subject:
            last[thing] = subject
        elif subject is None or country_of_id(subject) != subject:
            subject = last.get(thing, subject)
        out[(p.article_id, p.quantity_id)] = subject
    return out


def series_key(p: QuantityPoint, story: str | None, subject: str | None,
               victims: str | None = None) -> SeriesKey | None:
    """``victims``: the side a story's toll counts ("militants killed" and "troops killed" are
    two series of one clash), when known."""
    counted = canonical_counted(p.counted)
    if not counted or counted in SOURCES:
        return None
    if counted in CASUALTIES and story:
        # "killed" already says what happened
        return (f"{victims} {counted}" if victims else counted, "", story)
    fate = fate_of(p)
    if (fate in EVENT_FATES or not fate) and story:
        # Nothing happened to them: the size of the event itself (a crowd, the warehouses
        # set on fire), so a figure of that story alone.
        return (counted, fate, story)
    if subject:
        return (counted, "" if counted in CASUALTIES else fate, country_of_id(subject) or subject)
    return None


def with_story_subjects(points: list[QuantityPoint], story_of: dict[tuple[str, str], str],
                        lead: dict[str, str]) -> list[QuantityPoint]:
    """A count whose own event names no actor ('about 3,000 soldiers had been sent to the
    border') is about the actor of the story its event was linked into."""
    out = []
    for p in points:
        story = story_of.get((p.article_id, p.event_id)) if p.event_id else None
        if p.subject is None and story in lead:
            p = replace(p, subject=lead[story])  # type: ignore[index]
        out.append(p)
    return out


def story_sides(points: list[QuantityPoint], stories: dict[PointKey, str]
                ) -> dict[tuple[str | None, str | None], set[str]]:
    """(story, counted) -> the sides its tolls name (troops, militants, civilians)."""
    out: dict[tuple[str | None, str | None], set[str]] = defaultdict(set)
    for p in points:
        if victims := p.victims:
            out[(stories.get((p.article_id, p.quantity_id)), canonical_counted(p.counted))].add(
                victims)
    return out


def estimate_rows(points: list[QuantityPoint], story_of: dict[tuple[str, str], str],
                  lead: dict[str, str] | None = None) -> list[dict]:
    """Estimate series rows; ``lead``: each story's first actor, the subject of counts whose
    own event names none."""
    if lead:
        points = with_story_subjects(points, story_of, lead)
    stories = stories_of_points(points, story_of)
    subjects = subjects_of_points(points)
    sides = story_sides(points, stories)
    series: dict[SeriesKey, list[QuantityPoint]] = defaultdict(list)
    for p in points:
        pk = (p.article_id, p.quantity_id)
        story = stories.get(pk)
        # Tolls are split by side only in a story that counts two sides' dead; there, a toll
        # naming no side stays apart from both.
        named = sides.get((story, canonical_counted(p.counted)), set())
        victims = p.victims if any(sides_differ(p.victims, o) for o in named) else None
        key = series_key(p, story, subjects[pk], victims)
        if key:
            series[key].append(p)
    rows = []
    for (counted, fate, subject), pts in sorted(series.items()):
        # A series moves: one figure on one day, however often repeated, is not one.
        if len(pts) < MIN_POINTS or len({(p.date, p.value) for p in pts}) < 2:
            continue
        name = f"{counted}/{fate}/{subject}" if fate else f"{counted}/{subject}"
        sid = "es-" + hashlib.sha256(name.encode()).hexdigest()[:12]
        for i, p in enumerate(sorted(pts, key=lambda p: (p.date or "", *_order(p)))):
            low, high = interval_of_point(p)
            rows.append({
                "series": sid, "counted": counted, "fate": fate or None, "subject": subject,
                "seq": i,
                "date": p.date, "value": p.value, "low": low, "high": high, "bound": p.bound,
                "approximate": p.approximate, "hedged": p.hedged, "hedges": list(p.hedges),
                "outlet": p.outlet, "speaker": p.speaker, "article_id": p.article_id,
                "quantity_id": p.quantity_id, "claim_id": p.claim_id,
                "story_id": stories.get((p.article_id, p.quantity_id)), "text": p.text,
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
    troops vs at least 10,000). Series of one story (casualties, missiles fired) are left to
    that story's own contradictions."""
    by_key = {(p.article_id, p.quantity_id): p for p in points}
    days: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in rows:
        # Projections ("may grow to 100,000") and hedged figures do not contradict a count.
        if r["subject"] == r["story_id"] or r["counted"] in CASUALTIES or not r["date"] \
                or r["hedged"]:
            continue
        days[(r["series"], r["date"])].append(r)
    out = []
    for (sid, day), same in sorted(days.items()):
        if len(same) < 2:
            continue
        stories = {r["story_id"] for r in same}
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
        digest = hashlib.sha256(f"{sid}/{day}".encode()).hexdigest()[:16]
        out.append({"id": "ct-" + digest, "story_id": stories.pop() if len(stories) == 1
                    else None, "series": sid, "kind": "numbers", "counted": low["counted"],
                    "fate": low["fate"], "date": day,
                    "a": _side(lows, by_key[(low["article_id"], low["quantity_id"])]),
                    "b": _side(highs, by_key[(high["article_id"], high["quantity_id"])])})
    return out


def one_place(story_rows: list[dict], series_rows: list[dict]) -> list[dict]:
    """The contradictions of the stories and of the series, each disagreement once. A day's
    clash in a series whose figures are all one story's, when that story lists a clash of the
    same quantity (counted and fate), is that row: the story's row, which weighs every voice
    of the story over a day and a half, takes the series and the day, and the series row goes."""
    out = [dict(c) for c in story_rows]
    listed = {(c["story_id"], c["counted"], c["fate"] or ""): c for c in out
              if c["kind"] == "numbers"}
    for c in series_rows:
        own = listed.get((c["story_id"], c["counted"], c["fate"] or ""))
        if own is None:
            out.append(c)
        elif own["series"] is None:
            own["series"], own["date"] = c["series"], c["date"]
    return out


def interval_of_point(p: QuantityPoint) -> tuple[float, float | None]:
    low, high = interval(QuantityRef(p.quantity_id, p.value, p.counted, p.bound, p.approximate,
                                     p.text))
    return low, (None if math.isinf(high) else high)


# --- words for readers: "missiles fired", "1 missile" ---------------------------------------

_IRREGULAR = {"people": "person", "men": "man", "women": "woman", "children": "child",
              "servicemen": "serviceman", "police": "police", "personnel": "personnel"}


def singular(counted: str) -> str:
    """'missiles' -> 'missile', 'casualties' -> 'casualty'; fates ('killed') stay as they are;
    in a phrase the head noun comes first ('votes in favour' -> 'vote in favour')."""
    head, space, rest = counted.partition(" ")
    if space:
        return f"{singular(head)} {rest}"
    if counted in _IRREGULAR:
        return _IRREGULAR[counted]
    if counted.endswith("ies") and len(counted) > 4:
        return counted[:-3] + "y"
    if counted.endswith(("ches", "shes", "sses", "xes")):
        return counted[:-2]
    if counted.endswith("s") and not counted.endswith("ss"):
        return counted[:-1]
    return counted


def series_title(counted: str, fate: str | None) -> str:
    """'missiles fired', 'troops deployed'; a fate the counted word already says is not
    repeated ('killed')."""
    return f"{counted} {fate}" if fate and fate != counted else counted


def figure(value: float, counted: str) -> str:
    """A figure as a reader says it: '1 missile', '6 missiles', '10,000 troops', '2.5 km'."""
    number = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0")
    return f"{number} {singular(counted) if value == 1 else counted}"
