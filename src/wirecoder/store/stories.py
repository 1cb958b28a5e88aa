"""Story tables (on the store's metadata) and every story query.

``story_events`` holds one row per real-world event with its corroboration figures;
``story_actors`` and ``story_reports`` serve the by-actor and by-source queries;
``contradictions`` and ``estimates`` hold what :mod:`wirecoder.link` found. The link step
replaces all five in one transaction, so a reader never sees half a relink.

Queries take any object with an ``.engine`` (the :class:`~wirecoder.store.Store`) and return
``list[dict]`` rows shaped by the story-event JSON Schema (``docs/schema/story-event-1.json``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa

from wirecoder.store.engine import writing
from wirecoder.store.schema import JSON, metadata

story_events = sa.Table(
    "story_events", metadata,
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("type", sa.String, nullable=False),
    sa.Column("mode", sa.String),
    sa.Column("actors", JSON, nullable=False),
    sa.Column("recipients", JSON, nullable=False),
    sa.Column("countries", JSON, nullable=False),
    sa.Column("date_value", sa.String),
    sa.Column("date_precision", sa.String),
    sa.Column("date_start", sa.Date),
    sa.Column("date_end", sa.Date),
    sa.Column("place_id", sa.String),
    sa.Column("place_name", sa.Text),
    sa.Column("place_key", sa.Text),  # case-folded name, for lookups by name
    sa.Column("place_kind", sa.String),
    sa.Column("place_country", sa.String),
    sa.Column("lat", sa.Double),
    sa.Column("lon", sa.Double),
    sa.Column("status", sa.String, nullable=False),
    sa.Column("statuses", JSON, nullable=False),
    sa.Column("disputed", sa.Boolean, nullable=False),
    sa.Column("n_reports", sa.Integer, nullable=False),
    sa.Column("n_articles", sa.Integer, nullable=False),
    sa.Column("n_outlets", sa.Integer, nullable=False),
    sa.Column("n_independent", sa.Integer, nullable=False),
    sa.Column("party_source", sa.Boolean, nullable=False),
    sa.Column("party_sources", JSON, nullable=False),
    sa.Column("outlets", JSON, nullable=False),
    sa.Column("speakers", JSON, nullable=False),
    sa.Column("first_reported", sa.String),
    sa.Column("evidence", sa.Text),
    sa.Column("articles", JSON, nullable=False),
    sa.Index(None, "date_start", "id"),
    sa.Index(None, "type", "date_start"),
    sa.Index(None, "status", "date_start"),
    sa.Index(None, "place_id"),
    sa.Index(None, "place_key"),
    sa.Index(None, "place_country"),
    sa.Index(None, "lat", "lon"),
)

story_actors = sa.Table(
    # One row per story and key: every actor id and every country of its actors, so "RUS"
    # finds RUS.MIL's and Putin's stories too; date_start makes by-actor pages index-ordered.
    "story_actors", metadata,
    sa.Column("story_id", sa.String, primary_key=True),
    sa.Column("key", sa.String, primary_key=True),
    sa.Column("role", sa.String, nullable=False),  # actor | recipient | both | country
    sa.Column("date_start", sa.Date),
    sa.Index(None, "key", "date_start"),
)

story_reports = sa.Table(
    "story_reports", metadata,
    sa.Column("article_id", sa.String(64), primary_key=True),
    sa.Column("event_id", sa.String, primary_key=True),
    sa.Column("story_id", sa.String, nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("outlet", sa.String),
    sa.Column("claim_id", sa.String),
    sa.Column("speaker", sa.Text),
    sa.Column("status", sa.String, nullable=False),
    sa.Column("published", sa.String),
    sa.Column("evidence", sa.Text),
    sa.Index(None, "story_id", "seq"),
    sa.Index(None, "outlet"),
    sa.Index(None, "speaker"),
)

contradictions_table = sa.Table(
    "contradictions", metadata,
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("story_id", sa.String),  # the story event, when one
    sa.Column("series", sa.String),  # the estimate series, for figures stated the same day
    sa.Column("kind", sa.String, nullable=False),  # denial | polarity | numbers
    sa.Column("counted", sa.String),
    sa.Column("fate", sa.String),  # of the counted things: fired, intercepted, deployed …
    sa.Column("date_start", sa.Date),
    sa.Column("a", JSON, nullable=False),
    sa.Column("b", JSON, nullable=False),
    sa.Index(None, "story_id"),
    sa.Index(None, "kind"),
    sa.Index(None, "date_start"),
)

estimates_table = sa.Table(
    "estimates", metadata,
    sa.Column("series", sa.String, primary_key=True),
    sa.Column("seq", sa.Integer, primary_key=True),
    sa.Column("counted", sa.String, nullable=False),
    sa.Column("fate", sa.String),
    sa.Column("subject", sa.String, nullable=False),
    sa.Column("date", sa.String),
    sa.Column("value", sa.Double, nullable=False),
    sa.Column("low", sa.Double),
    sa.Column("high", sa.Double),
    sa.Column("bound", sa.String, nullable=False),
    sa.Column("approximate", sa.Boolean, nullable=False),
    sa.Column("hedged", sa.Boolean, nullable=False),
    sa.Column("hedges", JSON, nullable=False),
    sa.Column("outlet", sa.String),
    sa.Column("speaker", sa.Text),
    sa.Column("article_id", sa.String(64), nullable=False),
    sa.Column("quantity_id", sa.String, nullable=False),
    sa.Column("claim_id", sa.String),
    sa.Column("story_id", sa.String),
    sa.Column("text", sa.Text),
    sa.Index(None, "counted", "subject"),
    sa.Index(None, "subject"),
)

STORY_TABLES: tuple[sa.Table, ...] = (story_events, story_actors, story_reports,
                                      contradictions_table, estimates_table)
CHUNK = 5_000
_RADIUS = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*(?:,\s*(\d+(?:\.\d+)?)"
                     r"\s*(?:km)?)?\s*$")
DEFAULT_RADIUS_KM = 50.0
MAX_SPAN_DAYS = 92  # a quarter: the longest date a since/until query matches by overlap


# --- writing ------------------------------------------------------------------------------

def _iso_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _story_values(s: dict) -> dict:
    place = s.get("place") or {}
    return {
        "id": s["id"], "type": s["type"], "mode": s["mode"], "actors": s["actors"],
        "recipients": s["recipients"], "countries": s["countries"],
        "date_value": s["date"]["value"], "date_precision": s["date"]["precision"],
        "date_start": _iso_date(s["date"]["start"]), "date_end": _iso_date(s["date"]["end"]),
        "place_id": place.get("id"), "place_name": place.get("name"),
        "place_key": place["name"].casefold() if place.get("name") else None,
        "place_kind": place.get("kind"), "place_country": place.get("country"),
        "lat": place.get("lat"), "lon": place.get("lon"),
        "status": s["status"], "statuses": s["statuses"], "disputed": s["disputed"],
        "n_reports": s["n_reports"], "n_articles": s["n_articles"],
        "n_outlets": s["n_outlets"], "n_independent": s["n_independent"],
        "party_source": s["party_source"], "party_sources": s["party_sources"],
        "outlets": s["outlets"], "speakers": s["speakers"],
        "first_reported": s["first_reported"], "evidence": s["evidence"],
        "articles": s["articles"],
    }


def _actor_values(s: dict) -> Iterator[dict]:
    roles: dict[str, str] = {}
    for role, ids in (("actor", s["actors"]), ("recipient", s["recipients"])):
        for actor_id in ids:
            roles[actor_id] = "both" if roles.get(actor_id, role) != role else role
    for c in s["countries"]:
        roles.setdefault(c, "country")
    start = _iso_date(s["date"]["start"])
    for key, role in sorted(roles.items()):
        yield {"story_id": s["id"], "key": key, "role": role, "date_start": start}


def _chunks(rows: Iterable[dict]) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


def _insert(conn: sa.Connection, table: sa.Table, rows: Iterable[dict]) -> None:
    for batch in _chunks(rows):
        conn.execute(table.insert(), batch)


def replace_stories(engine: sa.Engine, stories: list[dict], reports: list[dict],
                    contradictions: list[dict], estimates: list[dict],
                    replace: bool = True) -> None:
    """Replace every story table's rows in one transaction (or, with ``replace=False``, add
    rows of stories disjoint from those stored, as the bench does to build large tables)."""
    dates = {s["id"]: _iso_date(s["date"]["start"]) for s in stories}
    with writing(engine) as conn, conn.begin():
        for table in reversed(STORY_TABLES if replace else ()):
            conn.execute(table.delete())
        _insert(conn, story_events, (_story_values(s) for s in stories))
        _insert(conn, story_actors, (a for s in stories for a in _actor_values(s)))
        cols = {c.name for c in story_reports.columns}
        _insert(conn, story_reports, ({k: v for k, v in r.items() if k in cols}
                                      for r in reports))
        # A clash inside an estimate series has its series' fate.
        fates = {e["series"]: e.get("fate") for e in estimates}
        _insert(conn, contradictions_table, (
            {k: v for k, v in c.items() if k != "date"}
            | {"date_start": _iso_date(c["date"]) if c.get("date") else dates.get(c["story_id"]),
               "fate": c.get("fate") or fates.get(c.get("series"))}
            for c in contradictions))
        _insert(conn, estimates_table, estimates)


# --- reading ------------------------------------------------------------------------------

def _engine(store: Any) -> sa.Engine:
    return store if isinstance(store, sa.Engine) else store.engine


def _story_dict(row: sa.Row, reports: list[dict]) -> dict:
    m = row._mapping
    place = None
    if m["place_id"]:
        place = {"id": m["place_id"], "name": m["place_name"], "kind": m["place_kind"],
                 "country": m["place_country"], "lat": m["lat"], "lon": m["lon"]}
    return {
        "id": m["id"], "type": m["type"], "mode": m["mode"], "actors": m["actors"],
        "recipients": m["recipients"], "countries": m["countries"],
        "date": {"value": m["date_value"], "precision": m["date_precision"],
                 "start": m["date_start"].isoformat() if m["date_start"] else None,
                 "end": m["date_end"].isoformat() if m["date_end"] else None},
        "place": place, "status": m["status"], "statuses": m["statuses"],
        "disputed": bool(m["disputed"]), "n_reports": m["n_reports"],
        "n_articles": m["n_articles"], "n_outlets": m["n_outlets"],
        "n_independent": m["n_independent"], "party_source": bool(m["party_source"]),
        "party_sources": m["party_sources"], "outlets": m["outlets"],
        "speakers": m["speakers"], "first_reported": m["first_reported"],
        "evidence": m["evidence"], "articles": m["articles"], "reports": reports,
    }


def _reports_of(conn: sa.Connection, ids: list[str]) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {i: [] for i in ids}
    t = story_reports
    for i in range(0, len(ids), 500):
        q = (sa.select(t).where(t.c.story_id.in_(ids[i:i + 500]))
             .order_by(t.c.story_id, t.c.seq))
        for r in conn.execute(q):
            m = r._mapping
            found[m["story_id"]].append({
                "article_id": m["article_id"], "event_id": m["event_id"],
                "outlet": m["outlet"], "claim_id": m["claim_id"], "speaker": m["speaker"],
                "status": m["status"], "published": m["published"], "evidence": m["evidence"]})
    return found


def actor_key(actor: str) -> str:
    """Country codes are upper case; other ids are kept as given."""
    return actor.upper() if re.fullmatch(r"[A-Za-z]{3}", actor) else actor


def _by_actor(actor: str) -> sa.Select:
    """Story events of an actor id or country code, through the ``story_actors`` index."""
    a = story_actors.c
    return (sa.select(story_events)
            .select_from(story_actors.join(story_events, story_events.c.id == a.story_id))
            .where(a.key == actor_key(actor)))


def _place_filter(place: str) -> sa.ColumnElement[bool]:
    s = story_events.c
    options = [s.place_id == place, s.place_key == place.casefold()]
    if len(place) == 2 and place.isalpha():
        options.append(s.place_country == place.upper())
    return sa.or_(*options)


def _radius(place: str) -> tuple[float, float, float] | None:
    m = _RADIUS.match(place)
    if not m:
        return None
    return float(m[1]), float(m[2]), float(m[3]) if m[3] else DEFAULT_RADIUS_KM


def _bbox(lat: float, lon: float, km: float) -> sa.ColumnElement[bool]:
    dlat = km / 111.0
    dlon = km / (111.0 * max(0.01, math.cos(math.radians(lat))))
    s = story_events.c
    return sa.and_(s.lat.between(lat - dlat, lat + dlat), s.lon.between(lon - dlon, lon + dlon))


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def stories(store: Any, actor: str | None = None, place: str | None = None,
            type: str | None = None, status: str | None = None, since: str | None = None,
            until: str | None = None, limit: int | None = 100, source: str | None = None,
            ) -> list[dict]:
    """Story events in date order, filtered.

    ``actor``: an actor id, a country code (every actor of that country) or an id prefix;
    ``place``: a place id, a name, an alpha-2 country, or ``"lat,lon[,km]"`` for a radius;
    ``status``: a status, or ``disputed``; ``since``/``until``: ISO dates (the story's days
    overlap the range; a story dated by a year or season must also start at most a quarter
    before ``since``); ``source``: an outlet or a speaker as it appears in the reports.
    """
    s = story_events.c
    near = _radius(place) if place else None
    if actor:
        # Walk the (key, date_start) index in date order and join: fast for common and rare
        # actors alike, and it stops at the limit.
        q, order = _by_actor(actor), (story_actors.c.date_start, story_actors.c.story_id)
    else:
        q = sa.select(story_events)
        order = (s.date_start, s.id)
    if place and near:
        q = q.where(_bbox(*near))
    elif place:
        q = q.where(_place_filter(place))
    if type:
        q = q.where(s.type == type.upper())
    if status == "disputed":
        q = q.where(s.disputed.is_(True))
    elif status:
        q = q.where(s.status == status)
    # Date bounds go on the column the scan is ordered by, so the index bounds the scan.
    first = story_actors.c.date_start if actor else s.date_start
    if since:
        start = date.fromisoformat(since)
        # Only stories dated more coarsely than a quarter, starting before it, are left out.
        q = q.where(s.date_end >= start, first >= start - timedelta(days=MAX_SPAN_DAYS))
    if until:
        q = q.where(first <= date.fromisoformat(until))
    if source:
        r = story_reports.c
        q = q.where(s.id.in_(sa.select(r.story_id).where(
            sa.or_(r.outlet == source, r.speaker == source))))
    with _engine(store).connect() as conn:
        rows: list = []
        # Dated stories first, in date order, then the undated ones: one index-ordered scan
        # each (ascending, the index would put the undated first).
        for part in (first.is_not(None), first.is_(None)):
            part_q = q.where(part).order_by(*order)
            if limit and not near:
                part_q = part_q.limit(limit - len(rows))
            for row in conn.execute(part_q):
                if near and (row.lat is None
                             or _km(near[0], near[1], row.lat, row.lon) > near[2]):
                    continue
                rows.append(row)
                if limit and len(rows) >= limit:
                    break
            if limit and len(rows) >= limit:
                break
        reports = _reports_of(conn, [r.id for r in rows])
    return [_story_dict(r, reports[r.id]) for r in rows]


def story(store: Any, story_id: str) -> dict | None:
    """One story event by id, with its reports; None when there is no such story."""
    with _engine(store).connect() as conn:
        row = conn.execute(sa.select(story_events).where(story_events.c.id == story_id)).first()
        if row is None:
            return None
        return _story_dict(row, _reports_of(conn, [row.id])[row.id])


def timeline(store: Any, entity: str, limit: int | None = 1000) -> list[dict]:
    """The story events of one actor (id or country code) or place (id, name or alpha-2
    country), in date order."""
    s, a = story_events.c, story_actors.c
    by_actor = _by_actor(entity).order_by(a.date_start, a.story_id)
    by_place = sa.select(story_events).where(_place_filter(entity)).order_by(s.date_start, s.id)
    if limit:
        by_actor, by_place = by_actor.limit(limit), by_place.limit(limit)
    with _engine(store).connect() as conn:
        found = {r.id: r for q in (by_actor, by_place) for r in conn.execute(q)}
    rows = sorted(found.values(), key=lambda r: (r.date_start or date.min, r.id))[:limit]
    out = []
    for row in rows:
        m = row._mapping
        out.append({
            "date": m["date_value"], "start": m["date_start"].isoformat()
            if m["date_start"] else None, "type": m["type"], "mode": m["mode"],
            "actors": m["actors"], "recipients": m["recipients"], "place": m["place_name"],
            "status": m["status"], "n_reports": m["n_reports"],
            "n_independent": m["n_independent"], "id": m["id"], "evidence": m["evidence"]})
    return out


def estimates(store: Any, counted: str | None = None, subject: str | None = None,
              limit: int | None = None) -> list[dict]:
    """Estimate series points, each series in date order; ``subject`` is an actor id,
    country or story id."""
    e = estimates_table.c
    q = sa.select(estimates_table).order_by(e.counted, e.subject, e.series, e.seq)
    if counted:
        q = q.where(e.counted == counted.casefold())
    if subject:
        q = q.where(e.subject == subject)
    if limit:
        q = q.limit(limit)
    with _engine(store).connect() as conn:
        return [dict(r._mapping) for r in conn.execute(q)]


def contradictions(store: Any, kind: str | None = None, limit: int | None = None
                   ) -> list[dict]:
    """Contradictions by date, both sides flattened: text, value, outlets, speakers,
    articles, claims."""
    c = contradictions_table.c
    q = sa.select(contradictions_table).order_by(c.date_start, c.story_id, c.kind)
    if kind:
        q = q.where(c.kind == kind)
    if limit:
        q = q.limit(limit)
    out = []
    with _engine(store).connect() as conn:
        for r in conn.execute(q):
            m = r._mapping
            row = {"id": m["id"], "story_id": m["story_id"], "series": m["series"],
                   "kind": m["kind"], "counted": m["counted"], "fate": m["fate"],
                   "date": m["date_start"].isoformat() if m["date_start"] else None}
            for side in ("a", "b"):
                for key in ("text", "value", "outlets", "speakers", "articles", "claims"):
                    row[f"{side}_{key}"] = m[side].get(key)
            out.append(row)
    return out
