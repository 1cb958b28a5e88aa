"""Opening a database: URL handling, SQLite settings, and migrations applied on open."""

from __future__ import annotations

import functools
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import URL, make_url

from wirecoder.store.schema import VERSION_TABLE

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 30_000
# Any constant: PostgreSQL sessions migrating the same database queue on this lock.
_PG_MIGRATION_LOCK = 0x77697265


def to_url(url_or_path: str | Path) -> URL:
    """``wirecoder.db`` -> ``sqlite:///wirecoder.db``; ``postgresql://`` gets psycopg 3."""
    text = str(url_or_path)
    if "://" not in text:
        return URL.create("sqlite", database=text)
    url = make_url(text)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


def _sqlite_connect(dbapi_conn, _record) -> None:
    # Let SQLAlchemy, not pysqlite, open transactions, so DDL and SAVEPOINTs are transactional.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")  # ignored (stays "memory") for :memory:
    cur.execute("PRAGMA synchronous = NORMAL")  # safe with WAL, much faster than FULL
    cur.close()


def _sqlite_begin(conn: sa.Connection) -> None:
    # Writers pass sqlite_begin="IMMEDIATE" to take the write lock up front: two writers then
    # wait on busy_timeout instead of one failing on a stale snapshot when it upgrades from
    # reading to writing. Readers stay DEFERRED and never block anyone (WAL).
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def create_engine(url: URL) -> sa.Engine:
    if url.get_backend_name() == "sqlite":
        engine = sa.create_engine(url)
        sa.event.listen(engine, "connect", _sqlite_connect)
        sa.event.listen(engine, "begin", _sqlite_begin)
        return engine
    return sa.create_engine(url, pool_pre_ping=True)


@functools.cache
def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def alembic_config() -> Config:
    """An Alembic config built in code, so it works from an installed wheel (no alembic.ini)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def current_revision(conn: sa.Connection) -> str | None:
    ctx = MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE})
    return ctx.get_current_revision()


def writing(engine: sa.Engine) -> sa.Connection:
    """A connection whose transactions are meant to write (see ``_sqlite_begin``)."""
    return engine.connect().execution_options(sqlite_begin="IMMEDIATE")


def migrate(engine: sa.Engine, revision: str = "head") -> None:
    """Bring the database to ``revision``; a no-op (one read) when it is there already."""
    with engine.connect() as conn:
        if revision == "head" and current_revision(conn) == head_revision():
            return
    with writing(engine) as conn, conn.begin():
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
