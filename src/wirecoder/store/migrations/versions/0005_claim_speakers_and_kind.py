"""Claims: ``source_also``, the further speakers of a compound source ("the US and Britain
said"), so a claim is found under every actor that makes it, not only the first; and ``kind``,
statement or stance (a view, wish or intention, which reports nothing as done). Rows of older
stores read back with no further speakers and as statements.

Revision ID: 0005
Revises: 0004

Frozen: later changes go in new revisions.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("claims", sa.Column(
        "source_also", sa.JSON().with_variant(postgresql.JSONB(), "postgresql")))
    op.add_column("claims", sa.Column("kind", sa.String()))


def downgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("kind")
        batch.drop_column("source_also")
