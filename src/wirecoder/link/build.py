"""From analyses to story rows: merge, corroborate, contradict, estimate — no store involved."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from wirecoder.link.contradict import contradictions, partial_denials
from wirecoder.link.corroborate import corroboration
from wirecoder.link.dates import parse_interval
from wirecoder.link.estimates import estimate_rows, one_place, series_contradictions
from wirecoder.link.merge import Linker, story_id
from wirecoder.link.records import (
    ArticleRef,
    PlaceRef,
    QuantityPoint,
    Report,
    article_ref,
    quantity_points_of,
    reports_of,
)
from wirecoder.model import Analysis

# Most certain first: the status a story shows when its reports differ.
STATUS_ORDER = ("occurred", "reported", "possible", "planned", "threatened", "historical",
                "denied")
PRECISION_ORDER = ("time", "part", "day", "week", "month", "season", "quarter", "year")
PLACE_ORDER = {"city": 0, "other": 1, "admin1": 2, "country": 3}


@dataclass
class Collected:
    """Everything the linker needs of the stored analyses, gathered in one pass."""

    linker: Linker = field(default_factory=Linker)
    articles: dict[str, ArticleRef] = field(default_factory=dict)
    points: dict[str, list[QuantityPoint]] = field(default_factory=dict)

    def add(self, analysis: Analysis) -> None:
        aid = analysis.article.id
        if aid in self.articles:  # re-analysis replaces the article's facts
            self.linker.remove_article(aid)
        self.articles[aid] = article_ref(analysis)
        self.points[aid] = quantity_points_of(analysis)
        self.linker.add(reports_of(analysis), self.articles[aid])


@dataclass
class Linked:
    stories: list[dict]
    reports: list[dict]
    contradictions: list[dict]
    estimates: list[dict]
    stats: dict


def _ranked(values: Iterable[str]) -> list[str]:
    counts = Counter(values)
    return sorted(counts, key=lambda v: (-counts[v], v))


def _date(members: list[Report]) -> dict:
    dated = [r for r in members if r.when is not None]
    if not dated:
        return {"value": None, "precision": None, "start": None, "end": None}
    explicit = [r for r in dated if r.how != "publication"] or dated
    best = min(explicit, key=lambda r: (PRECISION_ORDER.index(r.precision)
                                        if r.precision in PRECISION_ORDER else 99, r.order))
    precise = [r for r in explicit if r.precision == best.precision]
    value = _ranked(r.date_value for r in precise if r.date_value)
    start = max(r.when.start for r in dated)  # type: ignore[union-attr]
    end = min(r.when.end for r in dated)  # type: ignore[union-attr]
    if start > end:  # within the slack: show the chosen report's own days
        start, end = best.when.start, best.when.end  # type: ignore[union-attr]
    shown = parse_interval(value[0]) if value else best.when
    if shown is not None and (shown.end < start or end < shown.start):
        # the value shown is the most told of the finest dates, which may lie outside the
        # members' common days (a weekend arrival beside a Tuesday report): a date filter
        # must find the story on the day it shows
        start, end = shown.start, shown.end
    return {"value": value[0] if value else best.date_value, "precision": best.precision,
            "start": start.isoformat(), "end": end.isoformat()}


def _place(members: list[Report]) -> dict | None:
    places = [r.place for r in members if r.place is not None]
    if not places:
        return None
    counts = Counter(places)
    p: PlaceRef = min(counts, key=lambda p: (PLACE_ORDER.get(p.kind, 1), -counts[p], p.id))
    return {"id": p.id, "name": p.name, "kind": p.kind, "country": p.country,
            "lat": p.lat, "lon": p.lon}


def _status(members: list[Report]) -> tuple[str, dict[str, int], bool]:
    counts = Counter(r.status for r in members)
    affirmed = [s for s in STATUS_ORDER if s in counts and s != "denied"]
    status = affirmed[0] if affirmed else "denied"
    # "struck the port, and denied that civilians were hit" disputes the harm, not the event.
    denials = counts["denied"] - len(partial_denials(members))
    disputed = denials > 0 and any(s in counts for s in ("occurred", "reported"))
    return status, {s: counts[s] for s in STATUS_ORDER if s in counts}, disputed


def story_row(sid: str, members: list[Report], copy_group: dict[str, str]) -> dict:
    first = members[0]
    status, statuses, disputed = _status(members)
    corro = corroboration(members, copy_group)
    actors = _ranked(a for r in members for a in r.actors)
    recipients = _ranked(a for r in members for a in r.recipients)
    countries = sorted(frozenset().union(*(r.countries for r in members)))
    published = sorted(r.published for r in members if r.published)
    articles = sorted({r.article_id for r in members})
    return {
        "id": sid,
        "type": _ranked(r.type for r in members)[0],
        "mode": _ranked(r.mode for r in members if r.mode)[0] if any(
            r.mode for r in members) else None,
        "actors": actors,
        "recipients": recipients,
        "countries": countries,
        "date": _date(members),
        "place": _place(members),
        "status": status,
        "statuses": statuses,
        "disputed": disputed,
        "n_reports": len(members),
        "n_articles": len(articles),
        "n_outlets": len(corro["outlets"]),
        "n_independent": corro["n_independent"],
        "party_source": corro["party_source"],
        "party_sources": corro["party_sources"],
        "outlets": corro["outlets"],
        "speakers": corro["speakers"],
        "first_reported": published[0] if published else None,
        "evidence": first.evidence,
        "articles": articles,
        "reports": [{"article_id": r.article_id, "event_id": r.event_id, "outlet": r.outlet,
                     "claim_id": r.claim_id, "speaker": r.speaker, "status": r.status,
                     "published": r.published, "evidence": r.evidence} for r in members],
    }


def link_collected(collected: Collected) -> Linked:
    copy_group = collected.linker.copies.groups()
    clusters = collected.linker.clusters()
    stories, reports, contras = [], [], []
    story_of: dict[tuple[str, str], str] = {}
    for members in clusters:
        sid = story_id(members[0])
        row = story_row(sid, members, copy_group)
        stories.append(row)
        for i, rep in enumerate(row["reports"]):
            reports.append({"story_id": sid, "seq": i, **rep})
            story_of[(rep["article_id"], rep["event_id"])] = sid
        contras += contradictions(sid, members)
    points = [p for aid in sorted(collected.points) for p in collected.points[aid]]
    lead = {s["id"]: s["actors"][0] for s in stories if s["actors"]}
    estimates = estimate_rows(points, story_of, lead)
    contras = one_place(contras, series_contradictions(estimates, points))
    stats = {"articles": len(collected.articles), "reports": len(collected.linker.reports),
             "story_events": len(stories),
             "merged": sum(1 for s in stories if s["n_reports"] > 1),
             "comparisons": collected.linker.comparisons,
             "syndicated_articles": sum(1 for k, g in copy_group.items() if k != g),
             "contradictions": len(contras),
             "estimate_series": len({e["series"] for e in estimates}),
             "estimate_points": len(estimates)}
    return Linked(stories, reports, contras, estimates, stats)


def link_analyses(analyses: Iterable[Analysis]) -> Linked:
    """Link a set of analyses into story events (pure: same input set, same output)."""
    collected = Collected()
    for analysis in analyses:
        collected.add(analysis)
    return link_collected(collected)
