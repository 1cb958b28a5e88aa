"""``Analysis`` <-> table rows. Pure functions: no database, no SQLAlchemy.

``to_rows`` flattens one analysis into rows per table; ``from_rows`` rebuilds exactly the same
analysis from them (``seq`` restores the order of each fact list). Rows are plain dicts, so the
same decoder reads rows from the database or from an export.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from wirecoder.model import (
    Actor,
    Analysis,
    Article,
    Claim,
    ClaimSource,
    DateRef,
    Event,
    Place,
    Quantity,
    Span,
    Timex,
)
from wirecoder.store.dates import value_range

Row = dict[str, Any]
Rows = dict[str, list[Row]]


def utc_naive(moment: datetime) -> datetime:
    """The UTC wall time the store keeps in its timestamp columns (naive means UTC)."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def to_iso(value: Any) -> Any:
    """Days and timestamps as they leave the store, as ISO strings: naive timestamps are UTC
    (see :func:`utc_naive`) and get their offset back. Other values pass through."""
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


# --- spans and dates -----------------------------------------------------------------------

def _span(name: str, span: Span | None) -> Row:
    if span is None:
        return {f"{name}_start": None, f"{name}_end": None, f"{name}_text": None}
    return {f"{name}_start": span.start, f"{name}_end": span.end, f"{name}_text": span.text}


def _unspan(row: Mapping[str, Any], name: str) -> Span | None:
    if row[f"{name}_start"] is None:
        return None
    return Span(start=row[f"{name}_start"], end=row[f"{name}_end"], text=row[f"{name}_text"])


def _spans(spans: list[Span]) -> list[Row]:
    return [s.model_dump() for s in spans]


def _date(ref: DateRef | None) -> Row:
    start, end = value_range(ref.value) if ref else (None, None)
    return {"date_value": ref.value if ref else None,
            "date_precision": ref.precision if ref else None,
            "date_how": ref.how if ref else None,
            **_span("date_span", ref.span if ref else None),
            "date_start": start, "date_end": end}


def _undate(row: Mapping[str, Any]) -> DateRef | None:
    if row["date_value"] is None:
        return None
    return DateRef(value=row["date_value"], precision=row["date_precision"],
                   span=_unspan(row, "date_span"), how=row["date_how"])


# --- Analysis -> rows ----------------------------------------------------------------------

def article_row(analysis: Analysis, analysed_at: datetime) -> Row:
    a = analysis.article
    return {"id": a.id, "url": a.url, "outlet": a.outlet, "title": a.title,
            "byline": list(a.byline),
            "published": a.published.isoformat() if a.published else None,
            "published_utc": utc_naive(a.published) if a.published else None,
            "language": a.language, "text": a.text, "source": a.source,
            "analysed_at": utc_naive(analysed_at), "schema_version": analysis.schema_}


def _actor(key: Row, x: Actor) -> Row:
    return {**key, "name": x.name, "kind": x.kind, "country": x.country, "sector": x.sector,
            "role": x.role, "aliases": list(x.aliases), "wikidata": x.wikidata,
            "mentions": _spans(x.mentions)}


def _place(key: Row, x: Place) -> Row:
    return {**key, "name": x.name, "kind": x.kind, "precision": x.precision,
            "country": x.country, "admin1": x.admin1, "geonameid": x.geonameid, "lat": x.lat,
            "lon": x.lon, "mentions": _spans(x.mentions)}


def _timex(key: Row, x: Timex) -> Row:
    start, end = value_range(x.value) if x.type in ("DATE", "TIME") else (None, None)
    return {**key, **_span("span", x.span), "type": x.type, "value": x.value,
            "anchor": x.anchor, "mod": x.mod, "date_start": start, "date_end": end}


def _quantity(key: Row, x: Quantity) -> Row:
    return {**key, **_span("span", x.span), "value": x.value, "counted": x.counted,
            "approximate": x.approximate, "bound": x.bound, "fate": x.fate}


def _claim(key: Row, x: Claim) -> Row:
    return {**key, "source_actor": x.source.actor,
            "source_also": list(x.source.also), "source_text": x.source.text,
            **_span("source_span", x.source.span), "source_kind": x.source.kind,
            **_span("cue", x.cue), **_span("content", x.content), "style": x.style,
            "kind": x.kind,
            "hedged": x.hedged, "hedges": _spans(x.hedges), "polarity": x.polarity,
            **_date(x.date), "place": x.place, "via": x.via}


def _event(key: Row, x: Event) -> Row:
    return {**key, "type": x.type, "mode": x.mode, "actor": list(x.actor),
            "recipient": list(x.recipient), "place": x.place, "place_how": x.place_how,
            **_date(x.date),
            "quantities": list(x.quantities), "status": x.status, "claim": x.claim,
            **_span("trigger", x.trigger), **_span("evidence", x.evidence),
            "confidence": x.confidence}


_ENCODERS = {"actors": _actor, "places": _place, "timexes": _timex,
             "quantities": _quantity, "claims": _claim, "events": _event}


def _event_actors(article_id: str, events: list[Event]) -> list[Row]:
    rows: dict[tuple, Row] = {}
    for e in events:
        for role, ids in (("actor", e.actor), ("recipient", e.recipient)):
            for actor_id in ids:
                row = {"article_id": article_id, "event_id": e.id, "role": role,
                       "actor_id": actor_id}
                rows.setdefault(tuple(row.values()), row)
    return list(rows.values())


def to_rows(analysis: Analysis, analysed_at: datetime) -> Rows:
    """Rows for every table, ``articles`` first, parents before children."""
    aid = analysis.article.id
    out: Rows = {"articles": [article_row(analysis, analysed_at)]}
    for table, encode in _ENCODERS.items():
        out[table] = [encode({"article_id": aid, "id": fact.id, "seq": seq}, fact)
                      for seq, fact in enumerate(getattr(analysis, table))]
    out["event_actors"] = _event_actors(aid, analysis.events)
    return out


# --- rows -> Analysis ----------------------------------------------------------------------

def _mentions(value: Iterable[Mapping[str, Any]]) -> list[Span]:
    return [Span(**s) for s in value]


def _decode_actor(r: Mapping[str, Any]) -> Actor:
    return Actor(id=r["id"], name=r["name"], kind=r["kind"], country=r["country"],
                 sector=r["sector"], role=r["role"], aliases=list(r["aliases"]),
                 wikidata=r["wikidata"], mentions=_mentions(r["mentions"]))


def _decode_place(r: Mapping[str, Any]) -> Place:
    return Place(id=r["id"], name=r["name"], kind=r["kind"], precision=r["precision"],
                 country=r["country"], admin1=r["admin1"], geonameid=r["geonameid"],
                 lat=r["lat"], lon=r["lon"], mentions=_mentions(r["mentions"]))


def _decode_timex(r: Mapping[str, Any]) -> Timex:
    return Timex(id=r["id"], span=_unspan(r, "span"), type=r["type"], value=r["value"],
                 anchor=r["anchor"], mod=r["mod"])


def _decode_quantity(r: Mapping[str, Any]) -> Quantity:
    return Quantity(id=r["id"], span=_unspan(r, "span"), value=r["value"],
                    counted=r["counted"], approximate=bool(r["approximate"]), bound=r["bound"],
                    fate=r["fate"])


def _decode_claim(r: Mapping[str, Any]) -> Claim:
    source = ClaimSource(actor=r["source_actor"], also=list(r.get("source_also") or []),
                         text=r["source_text"],
                         span=_unspan(r, "source_span"), kind=r["source_kind"])
    return Claim(id=r["id"], source=source, cue=_unspan(r, "cue"),
                 content=_unspan(r, "content"), style=r["style"],
                 kind=r.get("kind") or "statement", hedged=bool(r["hedged"]),
                 hedges=_mentions(r["hedges"]), polarity=r["polarity"], date=_undate(r),
                 place=r["place"], via=r["via"])


def _decode_event(r: Mapping[str, Any]) -> Event:
    return Event(id=r["id"], type=r["type"], mode=r["mode"], actor=list(r["actor"]),
                 recipient=list(r["recipient"]), place=r["place"],
                 place_how=r.get("place_how"), date=_undate(r),
                 quantities=list(r["quantities"]), status=r["status"], claim=r["claim"],
                 trigger=_unspan(r, "trigger"), evidence=_unspan(r, "evidence"),
                 confidence=r["confidence"])


_DECODERS = {"actors": _decode_actor, "places": _decode_place, "timexes": _decode_timex,
             "quantities": _decode_quantity, "claims": _decode_claim, "events": _decode_event}

FACT_FIELDS: tuple[str, ...] = tuple(_DECODERS)


def decode_article(r: Mapping[str, Any]) -> Article:
    published = r["published"]
    return Article(id=r["id"], url=r["url"], outlet=r["outlet"], title=r["title"],
                   byline=list(r["byline"]),
                   published=datetime.fromisoformat(published) if published else None,
                   language=r["language"], text=r["text"], source=r["source"])


def from_rows(article: Mapping[str, Any], facts: Mapping[str, Iterable[Mapping[str, Any]]]
              ) -> Analysis:
    """The analysis stored as ``article`` (an ``articles`` row) and its fact rows by table."""
    lists = {table: [decode(r) for r in sorted(facts.get(table, ()), key=lambda r: r["seq"])]
             for table, decode in _DECODERS.items()}
    return Analysis(schema=article["schema_version"], article=decode_article(article), **lists)
