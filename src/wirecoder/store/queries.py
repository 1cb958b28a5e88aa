"""Read queries over the per-article fact tables (story queries live in ``stories``).

Each builds one SELECT on the indexed columns of ``schema``; ``Store`` runs it.
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from wirecoder.store import schema


def _day(value: str | date) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def events_query(*, type: str | None = None, status: str | None = None,
                 actor: str | None = None, place: str | None = None,
                 country: str | None = None, outlet: str | None = None,
                 since: str | date | None = None, until: str | date | None = None,
                 limit: int | None = None) -> sa.Select:
    """Events of every article, one row each, filtered on any of:

    ``type`` (PLOVER), ``status``; ``actor``: an actor id or an actor's ISO alpha-3 country,
    in either role; ``place``: a place id or name (any case); ``country``: the place's ISO
    alpha-2 country; ``outlet``; ``since``/``until`` (ISO days): the event's date range
    overlaps them. Ordered by date, then article publication.
    """
    ev, art, pl = schema.events, schema.articles, schema.places
    ea, ac = schema.event_actors, schema.actors
    query = (sa.select(ev.c.article_id, ev.c.id, ev.c.type, ev.c.mode, ev.c.status,
                       ev.c.date_value, ev.c.date_start, ev.c.date_end, ev.c.actor,
                       ev.c.recipient, ev.c.place, pl.c.name.label("place_name"),
                       pl.c.country.label("place_country"), pl.c.lat, pl.c.lon, ev.c.claim,
                       ev.c.confidence, ev.c.evidence_text, art.c.outlet, art.c.published)
             .join(art, art.c.id == ev.c.article_id)
             .outerjoin(pl, sa.and_(pl.c.article_id == ev.c.article_id, pl.c.id == ev.c.place))
             .order_by(ev.c.date_start.is_(None), ev.c.date_start, art.c.published_utc,
                       ev.c.article_id, ev.c.seq))
    if type:
        query = query.where(ev.c.type == type.upper())
    if status:
        query = query.where(ev.c.status == status)
    if actor:
        matches = (sa.select(ea.c.event_id)
                   .outerjoin(ac, sa.and_(ac.c.article_id == ea.c.article_id,
                                          ac.c.id == ea.c.actor_id))
                   .where(ea.c.article_id == ev.c.article_id, ea.c.event_id == ev.c.id,
                          sa.or_(ea.c.actor_id == actor, ac.c.country == actor.upper())))
        query = query.where(matches.exists())
    if place:
        query = query.where(sa.or_(ev.c.place == place,
                                   sa.func.lower(pl.c.name) == place.lower()))
    if country:
        query = query.where(pl.c.country == country.upper())
    if outlet:
        query = query.where(art.c.outlet == outlet)
    if since:
        query = query.where(ev.c.date_end >= _day(since))
    if until:
        query = query.where(ev.c.date_start <= _day(until))
    if limit:
        query = query.limit(limit)
    return query
