"""The first schema: articles, one table per fact type, event_actors, failures.

Revision ID: 0001
Revises: (none)

Frozen: later changes go in new revisions, never here.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")

TABLES = (
    "articles",
    "failures",
    "actors",
    "claims",
    "events",
    "places",
    "quantities",
    "timexes",
    "event_actors",
)


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("url", sa.Text()),
        sa.Column("outlet", sa.String()),
        sa.Column("title", sa.Text()),
        sa.Column("byline", JSON, nullable=False),
        sa.Column("published", sa.String()),
        sa.Column("published_utc", sa.DateTime()),
        sa.Column("language", sa.String()),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("source", sa.Text()),
        sa.Column("analysed_at", sa.DateTime(), nullable=False),
        sa.Column("schema_version", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_articles")),
    )
    op.create_index(op.f("ix_articles_outlet"), "articles", ["outlet"])
    op.create_index(op.f("ix_articles_published_utc"), "articles", ["published_utc"])
    op.create_table(
        "failures",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_failures")),
    )
    op.create_index(op.f("ix_failures_source"), "failures", ["source"])
    op.create_table(
        "actors",
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("country", sa.String()),
        sa.Column("sector", sa.String()),
        sa.Column("role", sa.Text()),
        sa.Column("aliases", JSON, nullable=False),
        sa.Column("wikidata", sa.String()),
        sa.Column("mentions", JSON, nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_actors_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", "id", name=op.f("pk_actors")),
    )
    op.create_index(op.f("ix_actors_country"), "actors", ["country"])
    op.create_index(op.f("ix_actors_id"), "actors", ["id"])
    op.create_table(
        "claims",
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("source_actor", sa.String()),
        sa.Column("source_text", sa.Text(), nullable=False),
        sa.Column("source_span_start", sa.Integer()),
        sa.Column("source_span_end", sa.Integer()),
        sa.Column("source_span_text", sa.Text()),
        sa.Column("source_kind", sa.String(), nullable=False),
        sa.Column("cue_start", sa.Integer()),
        sa.Column("cue_end", sa.Integer()),
        sa.Column("cue_text", sa.Text()),
        sa.Column("content_start", sa.Integer(), nullable=False),
        sa.Column("content_end", sa.Integer(), nullable=False),
        sa.Column("content_text", sa.Text(), nullable=False),
        sa.Column("style", sa.String(), nullable=False),
        sa.Column("hedged", sa.Boolean(), nullable=False),
        sa.Column("hedges", JSON, nullable=False),
        sa.Column("polarity", sa.String(), nullable=False),
        sa.Column("date_value", sa.String()),
        sa.Column("date_precision", sa.String()),
        sa.Column("date_how", sa.String()),
        sa.Column("date_span_start", sa.Integer()),
        sa.Column("date_span_end", sa.Integer()),
        sa.Column("date_span_text", sa.Text()),
        sa.Column("date_start", sa.Date()),
        sa.Column("date_end", sa.Date()),
        sa.Column("place", sa.String()),
        sa.Column("via", sa.String()),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_claims_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", "id", name=op.f("pk_claims")),
    )
    op.create_index(op.f("ix_claims_date_start_date_end"), "claims", ["date_start", "date_end"])
    op.create_index(op.f("ix_claims_source_actor"), "claims", ["source_actor"])
    op.create_table(
        "events",
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(), nullable=False),
        sa.Column("mode", sa.String()),
        sa.Column("actor", JSON, nullable=False),
        sa.Column("recipient", JSON, nullable=False),
        sa.Column("place", sa.String()),
        sa.Column("date_value", sa.String()),
        sa.Column("date_precision", sa.String()),
        sa.Column("date_how", sa.String()),
        sa.Column("date_span_start", sa.Integer()),
        sa.Column("date_span_end", sa.Integer()),
        sa.Column("date_span_text", sa.Text()),
        sa.Column("date_start", sa.Date()),
        sa.Column("date_end", sa.Date()),
        sa.Column("quantities", JSON, nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("claim", sa.String()),
        sa.Column("trigger_start", sa.Integer(), nullable=False),
        sa.Column("trigger_end", sa.Integer(), nullable=False),
        sa.Column("trigger_text", sa.Text(), nullable=False),
        sa.Column("evidence_start", sa.Integer(), nullable=False),
        sa.Column("evidence_end", sa.Integer(), nullable=False),
        sa.Column("evidence_text", sa.Text(), nullable=False),
        sa.Column("confidence", sa.Double(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_events_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", "id", name=op.f("pk_events")),
    )
    op.create_index(op.f("ix_events_date_start_date_end"), "events", ["date_start", "date_end"])
    op.create_index(op.f("ix_events_place"), "events", ["place"])
    op.create_index(op.f("ix_events_status"), "events", ["status"])
    op.create_index(op.f("ix_events_type"), "events", ["type"])
    op.create_table(
        "places",
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("precision", sa.String(), nullable=False),
        sa.Column("country", sa.String()),
        sa.Column("admin1", sa.Text()),
        sa.Column("geonameid", sa.BigInteger()),
        sa.Column("lat", sa.Double()),
        sa.Column("lon", sa.Double()),
        sa.Column("mentions", JSON, nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_places_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", "id", name=op.f("pk_places")),
    )
    op.create_index(op.f("ix_places_country"), "places", ["country"])
    op.create_index(op.f("ix_places_id"), "places", ["id"])
    op.create_table(
        "quantities",
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        sa.Column("span_text", sa.Text(), nullable=False),
        sa.Column("value", sa.Double(), nullable=False),
        sa.Column("counted", sa.Text()),
        sa.Column("approximate", sa.Boolean(), nullable=False),
        sa.Column("bound", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_quantities_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", "id", name=op.f("pk_quantities")),
    )
    op.create_index(op.f("ix_quantities_counted"), "quantities", ["counted"])
    op.create_table(
        "timexes",
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        sa.Column("span_text", sa.Text(), nullable=False),
        sa.Column("type", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.Column("anchor", sa.String()),
        sa.Column("mod", sa.String()),
        sa.Column("date_start", sa.Date()),
        sa.Column("date_end", sa.Date()),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_timexes_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", "id", name=op.f("pk_timexes")),
    )
    op.create_index(op.f("ix_timexes_date_start_date_end"), "timexes", ["date_start", "date_end"])
    op.create_table(
        "event_actors",
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("event_id", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("actor_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id", "event_id"],
            ["events.article_id", "events.id"],
            name=op.f("fk_event_actors_article_id_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "article_id", "event_id", "role", "actor_id", name=op.f("pk_event_actors")
        ),
    )
    op.create_index(op.f("ix_event_actors_actor_id_role"), "event_actors", ["actor_id", "role"])


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_table(table)
