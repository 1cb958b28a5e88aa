"""Story tables: story_events, story_actors, story_reports, contradictions, estimates.

Revision ID: 0002
Revises: 0001

Written by ``wirecoder.link`` (replaced in one transaction on every relink), read by the story
queries in ``wirecoder.store.stories``. Frozen: later changes go in new revisions.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")

TABLES = ("story_events", "story_actors", "story_reports", "contradictions", "estimates")


def upgrade() -> None:
    op.create_table(
        "story_events",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("type", sa.String(), nullable=False),
        sa.Column("mode", sa.String()),
        sa.Column("actors", JSON, nullable=False),
        sa.Column("recipients", JSON, nullable=False),
        sa.Column("countries", JSON, nullable=False),
        sa.Column("date_value", sa.String()),
        sa.Column("date_precision", sa.String()),
        sa.Column("date_start", sa.Date()),
        sa.Column("date_end", sa.Date()),
        sa.Column("place_id", sa.String()),
        sa.Column("place_name", sa.Text()),
        sa.Column("place_key", sa.Text()),
        sa.Column("place_kind", sa.String()),
        sa.Column("place_country", sa.String()),
        sa.Column("lat", sa.Double()),
        sa.Column("lon", sa.Double()),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("statuses", JSON, nullable=False),
        sa.Column("disputed", sa.Boolean(), nullable=False),
        sa.Column("n_reports", sa.Integer(), nullable=False),
        sa.Column("n_articles", sa.Integer(), nullable=False),
        sa.Column("n_outlets", sa.Integer(), nullable=False),
        sa.Column("n_independent", sa.Integer(), nullable=False),
        sa.Column("party_source", sa.Boolean(), nullable=False),
        sa.Column("party_sources", JSON, nullable=False),
        sa.Column("outlets", JSON, nullable=False),
        sa.Column("speakers", JSON, nullable=False),
        sa.Column("first_reported", sa.String()),
        sa.Column("evidence", sa.Text()),
        sa.Column("articles", JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_story_events")),
    )
    op.create_index(op.f("ix_story_events_date_start_id"), "story_events", ["date_start", "id"])
    op.create_index(op.f("ix_story_events_lat_lon"), "story_events", ["lat", "lon"])
    op.create_index(op.f("ix_story_events_place_country"), "story_events", ["place_country"])
    op.create_index(op.f("ix_story_events_place_id"), "story_events", ["place_id"])
    op.create_index(op.f("ix_story_events_place_key"), "story_events", ["place_key"])
    op.create_index(op.f("ix_story_events_status_date_start"), "story_events",
                    ["status", "date_start"])
    op.create_index(op.f("ix_story_events_type_date_start"), "story_events", ["type", "date_start"])
    op.create_table(
        "story_actors",
        sa.Column("story_id", sa.String(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("date_start", sa.Date()),
        sa.PrimaryKeyConstraint("story_id", "key", name=op.f("pk_story_actors")),
    )
    op.create_index(op.f("ix_story_actors_key_date_start"), "story_actors",
                    ["key", "date_start"])
    op.create_table(
        "story_reports",
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("event_id", sa.String(), nullable=False),
        sa.Column("story_id", sa.String(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("outlet", sa.String()),
        sa.Column("claim_id", sa.String()),
        sa.Column("speaker", sa.Text()),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("published", sa.String()),
        sa.Column("evidence", sa.Text()),
        sa.PrimaryKeyConstraint("article_id", "event_id", name=op.f("pk_story_reports")),
    )
    op.create_index(op.f("ix_story_reports_outlet"), "story_reports", ["outlet"])
    op.create_index(op.f("ix_story_reports_speaker"), "story_reports", ["speaker"])
    op.create_index(op.f("ix_story_reports_story_id_seq"), "story_reports", ["story_id", "seq"])
    op.create_table(
        "contradictions",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("story_id", sa.String()),
        sa.Column("series", sa.String()),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("counted", sa.String()),
        sa.Column("date_start", sa.Date()),
        sa.Column("a", JSON, nullable=False),
        sa.Column("b", JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contradictions")),
    )
    op.create_index(op.f("ix_contradictions_date_start"), "contradictions", ["date_start"])
    op.create_index(op.f("ix_contradictions_kind"), "contradictions", ["kind"])
    op.create_index(op.f("ix_contradictions_story_id"), "contradictions", ["story_id"])
    op.create_table(
        "estimates",
        sa.Column("series", sa.String(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("counted", sa.String(), nullable=False),
        sa.Column("subject", sa.String(), nullable=False),
        sa.Column("date", sa.String()),
        sa.Column("value", sa.Double(), nullable=False),
        sa.Column("low", sa.Double()),
        sa.Column("high", sa.Double()),
        sa.Column("bound", sa.String(), nullable=False),
        sa.Column("approximate", sa.Boolean(), nullable=False),
        sa.Column("hedged", sa.Boolean(), nullable=False),
        sa.Column("hedges", JSON, nullable=False),
        sa.Column("outlet", sa.String()),
        sa.Column("speaker", sa.Text()),
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("quantity_id", sa.String(), nullable=False),
        sa.Column("claim_id", sa.String()),
        sa.Column("story_id", sa.String()),
        sa.Column("text", sa.Text()),
        sa.PrimaryKeyConstraint("series", "seq", name=op.f("pk_estimates")),
    )
    op.create_index(op.f("ix_estimates_counted_subject"), "estimates", ["counted", "subject"])
    op.create_index(op.f("ix_estimates_subject"), "estimates", ["subject"])


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_table(table)
