"""Alembic environment. wirecoder runs migrations in code (``wirecoder.store.migrate``), which
hands over an open connection in ``config.attributes["connection"]``; a ``sqlalchemy.url``
option is the fallback for running the ``alembic`` command by hand."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context

from wirecoder.store.schema import VERSION_TABLE, metadata


def _run(connection: sa.Connection) -> None:
    context.configure(connection=connection, target_metadata=metadata,
                      version_table=VERSION_TABLE,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # pragma: no cover - the alembic command line
    engine = sa.create_engine(context.config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        _run(conn)
