"""Contradiction fate: what happened to the counted things whose figures disagree (missiles
fired vs missiles intercepted), so a numbers contradiction says "missiles fired".

Revision ID: 0004
Revises: 0003

Frozen: later changes go in new revisions.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("contradictions", sa.Column("fate", sa.String()))


def downgrade() -> None:
    with op.batch_alter_table("contradictions") as batch:
        batch.drop_column("fate")
