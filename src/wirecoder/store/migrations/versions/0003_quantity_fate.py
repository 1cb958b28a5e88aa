"""Quantity fate: what happened to the counted things (fired, intercepted, deployed …), on
stored quantities and on estimate series points.

Revision ID: 0003
Revises: 0002

Frozen: later changes go in new revisions.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("quantities", sa.Column("fate", sa.String()))
    op.add_column("estimates", sa.Column("fate", sa.String()))


def downgrade() -> None:
    with op.batch_alter_table("estimates") as batch:
        batch.drop_column("fate")
    with op.batch_alter_table("quantities") as batch:
        batch.drop_column("fate")
