"""Event ``place_how``: whether an event's place was read from its own words or taken from
the article (its dateline city, or the one city it names), so a place inferred from context is
never mistaken for one the text gives. Older stores held only places read from the text: their
placed events are marked ``text``.

Revision ID: 0006
Revises: 0005

Frozen: later changes go in new revisions.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("events", sa.Column("place_how", sa.String()))
    op.execute("UPDATE events SET place_how = 'text' WHERE place IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("place_how")
