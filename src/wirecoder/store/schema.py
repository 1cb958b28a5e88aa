"""The store's tables (SQLAlchemy Core): ``articles``, one table per fact type, ``failures``.

Each fact table is keyed by ``(article_id, id)`` with the data contract's fields as columns;
``seq`` keeps the order the facts had in the analysis, so a stored article reads back exactly.
Spans are three columns ``<name>_start``, ``<name>_end``, ``<name>_text``; lists of spans or
ids are JSON. Dates derived from TIMEX values (``date_start``/``date_end``) serve range
queries; ``event_actors`` serves by-actor queries.

This is the current shape; ``migrations/`` holds the frozen steps that build it, and a test
checks that the two agree.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB

# JSONB on PostgreSQL (indexable, compact); JSON text elsewhere.
JSON = sa.JSON().with_variant(JSONB(), "postgresql")

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = sa.MetaData(naming_convention=NAMING)

#: Alembic records applied revisions here (see STYLE: migrations are recorded).
VERSION_TABLE = "_wirecoder_migrations"


def span_columns(name: str, nullable: bool = False) -> list[sa.Column]:
    return [sa.Column(f"{name}_start", sa.Integer, nullable=nullable),
            sa.Column(f"{name}_end", sa.Integer, nullable=nullable),
            sa.Column(f"{name}_text", sa.Text, nullable=nullable)]


def date_columns() -> list[sa.Column]:
    """A DateRef: value, precision, how, its span, and the day range the value covers."""
    return [sa.Column("date_value", sa.String),
            sa.Column("date_precision", sa.String),
            sa.Column("date_how", sa.String),
            *span_columns("date_span", nullable=True),
            sa.Column("date_start", sa.Date),
            sa.Column("date_end", sa.Date)]


def _fact_keys() -> list:
    return [sa.Column("article_id", sa.String(64),
                      sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
            sa.Column("id", sa.String, primary_key=True),
            sa.Column("seq", sa.Integer, nullable=False)]


articles = sa.Table(
    "articles", metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("url", sa.Text),
    sa.Column("outlet", sa.String),
    sa.Column("title", sa.Text),
    sa.Column("byline", JSON, nullable=False),
    sa.Column("published", sa.String),  # ISO 8601 exactly as analysed, offset kept
    sa.Column("published_utc", sa.DateTime),  # naive UTC, for range queries and ordering
    sa.Column("language", sa.String),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("source", sa.Text),
    sa.Column("analysed_at", sa.DateTime, nullable=False),  # naive UTC: when it was stored
    sa.Column("schema_version", sa.String, nullable=False),
    sa.Index(None, "outlet"),
    sa.Index(None, "published_utc"),
)

actors = sa.Table(
    "actors", metadata, *_fact_keys(),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("kind", sa.String, nullable=False),
    sa.Column("country", sa.String),
    sa.Column("sector", sa.String),
    sa.Column("role", sa.Text),
    sa.Column("aliases", JSON, nullable=False),
    sa.Column("wikidata", sa.String),
    sa.Column("mentions", JSON, nullable=False),
    sa.Index(None, "id"),
    sa.Index(None, "country"),
)

places = sa.Table(
    "places", metadata, *_fact_keys(),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("kind", sa.String, nullable=False),
    sa.Column("precision", sa.String, nullable=False),
    sa.Column("country", sa.String),
    sa.Column("admin1", sa.Text),
    sa.Column("geonameid", sa.BigInteger),
    sa.Column("lat", sa.Double),
    sa.Column("lon", sa.Double),
    sa.Column("mentions", JSON, nullable=False),
    sa.Index(None, "id"),
    sa.Index(None, "country"),
)

timexes = sa.Table(
    "timexes", metadata, *_fact_keys(),
    *span_columns("span"),
    sa.Column("type", sa.String, nullable=False),
    sa.Column("value", sa.String, nullable=False),
    sa.Column("anchor", sa.String),
    sa.Column("mod", sa.String),
    sa.Column("date_start", sa.Date),
    sa.Column("date_end", sa.Date),
    sa.Index(None, "date_start", "date_end"),
)

quantities = sa.Table(
    "quantities", metadata, *_fact_keys(),
    *span_columns("span"),
    sa.Column("value", sa.Double, nullable=False),
    sa.Column("counted", sa.Text),
    sa.Column("approximate", sa.Boolean, nullable=False),
    sa.Column("bound", sa.String, nullable=False),
    sa.Column("fate", sa.String),
    sa.Index(None, "counted"),
)

claims = sa.Table(
    "claims", metadata, *_fact_keys(),
    sa.Column("source_actor", sa.String),
    sa.Column("source_also", JSON),
    sa.Column("source_text", sa.Text, nullable=False),
    *span_columns("source_span", nullable=True),
    sa.Column("source_kind", sa.String, nullable=False),
    *span_columns("cue", nullable=True),
    *span_columns("content"),
    sa.Column("style", sa.String, nullable=False),
    sa.Column("kind", sa.String),
    sa.Column("hedged", sa.Boolean, nullable=False),
    sa.Column("hedges", JSON, nullable=False),
    sa.Column("polarity", sa.String, nullable=False),
    *date_columns(),
    sa.Column("place", sa.String),
    sa.Column("via", sa.String),
    sa.Index(None, "source_actor"),
    sa.Index(None, "date_start", "date_end"),
)

events = sa.Table(
    "events", metadata, *_fact_keys(),
    sa.Column("type", sa.String, nullable=False),
    sa.Column("mode", sa.String),
    sa.Column("actor", JSON, nullable=False),
    sa.Column("recipient", JSON, nullable=False),
    sa.Column("place", sa.String),
    sa.Column("place_how", sa.String),
    *date_columns(),
    sa.Column("quantities", JSON, nullable=False),
    sa.Column("status", sa.String, nullable=False),
    sa.Column("claim", sa.String),
    *span_columns("trigger"),
    *span_columns("evidence"),
    sa.Column("confidence", sa.Double, nullable=False),
    sa.Index(None, "type"),
    sa.Index(None, "status"),
    sa.Index(None, "date_start", "date_end"),
    sa.Index(None, "place"),
)

event_actors = sa.Table(
    "event_actors", metadata,
    sa.Column("article_id", sa.String(64), primary_key=True),
    sa.Column("event_id", sa.String, primary_key=True),
    sa.Column("role", sa.String, primary_key=True),  # actor | recipient
    sa.Column("actor_id", sa.String, primary_key=True),
    sa.ForeignKeyConstraint(["article_id", "event_id"], ["events.article_id", "events.id"],
                            ondelete="CASCADE"),
    sa.Index(None, "actor_id", "role"),
)

failures = sa.Table(
    "failures", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("error", sa.Text, nullable=False),
    sa.Column("at", sa.DateTime, nullable=False),  # naive UTC
    sa.Index(None, "source"),
)

#: Fact tables in the order they are written (parents first) and deleted (reversed).
FACT_TABLES: tuple[sa.Table, ...] = (actors, places, timexes, quantities, claims, events,
                                     event_actors)
#: The tables this module owns (other modules may add theirs to ``metadata``).
TABLES: tuple[sa.Table, ...] = (articles, *FACT_TABLES, failures)
