"""The store: articles and their facts in SQLite or PostgreSQL, behind one query layer.

``Store`` (``core``) is the only way in; ``schema`` holds the tables, ``migrations/`` the Alembic
steps that build them, ``codec`` turns an ``Analysis`` into rows and back, ``export`` writes
every table as JSONL, CSV or Parquet.
"""

from wirecoder.store.core import Store

__all__ = ["Store"]
