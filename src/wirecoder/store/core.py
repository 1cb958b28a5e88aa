"""``Store``: the one query layer over the database. Every interface (CLI, API, web, report,
link) reads and writes through it; none has SQL of its own."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from wirecoder.errors import Errors, StoreError
from wirecoder.model import Analysis
from wirecoder.store import codec, queries, schema
from wirecoder.store.engine import create_engine, migrate, to_url, writing

#: Articles read per query when rebuilding analyses (bounded IN lists, bounded memory).
READ_CHUNK = 200
#: Articles written per transaction by ``save_many``.
WRITE_CHUNK = 500


def _now() -> datetime:
    return datetime.now(UTC)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class Store:
    """Articles and their facts in SQLite (a file path) or PostgreSQL (a URL).

    Opening applies pending migrations. ``save`` writes one analysis in one transaction and
    replaces whatever that article had before; ``get`` rebuilds it exactly.
    """

    def __init__(self, url_or_path: str | Path = "wirecoder.db"):
        try:
            self._url = to_url(url_or_path)
        except sa.exc.ArgumentError as exc:
            raise StoreError(Errors.E201.format(url=url_or_path, detail=exc)) from exc
        self.url = self._url.render_as_string(hide_password=True)
        self.metadata = schema.metadata
        try:
            self.engine = create_engine(self._url)
        except ImportError as exc:  # no database driver: psycopg is an extra
            if self._url.get_backend_name() == "postgresql":
                raise StoreError(Errors.E203.format(
                    extra="postgres", what=f"a PostgreSQL store ({self.url})")) from exc
            raise StoreError(Errors.E201.format(url=self.url, detail=exc)) from exc
        except sa.exc.ArgumentError as exc:
            raise StoreError(Errors.E201.format(url=self.url, detail=exc)) from exc
        try:
            migrate(self.engine)
        except (sa.exc.SQLAlchemyError, OSError) as exc:
            self.engine.dispose()
            raise StoreError(Errors.E201.format(url=self.url, detail=exc)) from exc

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    # --- writing -------------------------------------------------------------------------

    def save(self, analysis: Analysis) -> None:
        """Store one analysis in one transaction, replacing that article's earlier facts."""
        self.save_many([analysis], chunk=1)

    def save_many(self, analyses: Iterable[Analysis], chunk: int = WRITE_CHUNK) -> int:
        """Bulk load: one transaction per ``chunk`` articles; a later version of an article
        replaces an earlier one. Returns how many distinct articles were stored."""
        stored: set[str] = set()
        batch: list[Analysis] = []
        for analysis in analyses:
            batch.append(analysis)
            if len(batch) >= chunk:
                stored.update(self._write(batch))
                batch = []
        if batch:
            stored.update(self._write(batch))
        return len(stored)

    def _write(self, analyses: Sequence[Analysis]) -> list[str]:
        # The last version of an article in a batch wins, as it would with one save each.
        latest = {a.article.id: a for a in analyses}
        ids = list(latest)
        at = _now()
        rows: dict[str, list[dict]] = defaultdict(list)
        for analysis in latest.values():
            for table, table_rows in codec.to_rows(analysis, at).items():
                rows[table] += table_rows
        try:
            with writing(self.engine) as conn, conn.begin():
                self._delete_facts(conn, ids)
                self._upsert_articles(conn, rows.pop("articles"))
                for table in schema.FACT_TABLES:
                    if rows.get(table.name):
                        conn.execute(table.insert(), rows[table.name])
        except sa.exc.SQLAlchemyError as exc:
            which = ids[0] if len(ids) == 1 else f"{len(ids)} articles from {ids[0]}"
            cause = getattr(exc, "orig", None) or exc  # the driver's own message when there
            raise StoreError(Errors.E204.format(
                article=which, url=self.url, detail=f"{type(exc).__name__}: {cause}")) from exc
        return ids

    @staticmethod
    def _delete_facts(conn: sa.Connection, ids: list[str]) -> None:
        for table in reversed(schema.FACT_TABLES):
            conn.execute(table.delete().where(table.c.article_id.in_(ids)))

    @staticmethod
    def _upsert_articles(conn: sa.Connection, rows: list[dict]) -> None:
        # UPDATE, not DELETE + INSERT: rows of other modules that reference an article (story
        # links) must not cascade away just because the article was analysed again.
        art = schema.articles
        ids = [r["id"] for r in rows]
        existing = set(conn.scalars(sa.select(art.c.id).where(art.c.id.in_(ids))))
        updates = [{**r, "_id": r["id"]} for r in rows if r["id"] in existing]
        inserts = [r for r in rows if r["id"] not in existing]
        if updates:
            conn.execute(art.update().where(art.c.id == sa.bindparam("_id")), updates)
        if inserts:
            conn.execute(art.insert(), inserts)

    def save_failure(self, source: str, message: str) -> None:
        """Record that ``source`` could not be ingested or analysed; stored articles stay."""
        with writing(self.engine) as conn, conn.begin():
            conn.execute(schema.failures.insert().values(source=source, error=message,
                                                         at=codec.utc_naive(_now())))

    # --- reading -------------------------------------------------------------------------

    def resolve(self, article_id: str) -> str:
        """The full id of the one article whose id is ``article_id`` or starts with it."""
        art = schema.articles
        with self.engine.connect() as conn:
            if conn.scalar(sa.select(art.c.id).where(art.c.id == article_id)):
                return article_id
            pattern = _escape_like(article_id) + "%"
            found = list(conn.scalars(sa.select(art.c.id).where(
                art.c.id.like(pattern, escape="\\")).order_by(art.c.id).limit(6)))
        if len(found) == 1 and article_id:
            return found[0]
        if len(found) > 1:
            shown = ", ".join(found[:5]) + (", …" if len(found) > 5 else "")
            raise StoreError(Errors.E205.format(article_id=article_id, url=self.url,
                                                matches=shown))
        raise StoreError(Errors.E202.format(article_id=article_id, url=self.url))

    def get(self, article_id: str) -> Analysis:
        """One stored analysis, by id or unique id prefix; ``StoreError`` (E202) otherwise."""
        with self.engine.connect() as conn:
            return next(self._load(conn, [self.resolve(article_id)]))

    def analyses(self) -> Iterator[Analysis]:
        """Every stored analysis, in id order, read in chunks."""
        art = schema.articles
        with self.engine.connect() as conn:
            ids = list(conn.scalars(sa.select(art.c.id).order_by(art.c.id)))
            for start in range(0, len(ids), READ_CHUNK):
                yield from self._load(conn, ids[start:start + READ_CHUNK])

    def _load(self, conn: sa.Connection, ids: list[str]) -> Iterator[Analysis]:
        art = schema.articles
        articles = {r["id"]: r for r in conn.execute(
            sa.select(art).where(art.c.id.in_(ids))).mappings()}
        facts: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        for name in codec.FACT_FIELDS:
            table = schema.metadata.tables[name]
            for r in conn.execute(sa.select(table).where(table.c.article_id.in_(ids))).mappings():
                facts[r["article_id"]][name].append(r)
        for article_id in ids:
            if article_id in articles:
                yield codec.from_rows(articles[article_id], facts[article_id])

    def articles(self) -> list[dict[str, Any]]:
        """One row per stored article: id, published, outlet, title, events, claims."""
        art, ev, cl = schema.articles, schema.events, schema.claims
        n_events = (sa.select(sa.func.count()).where(ev.c.article_id == art.c.id)
                    .scalar_subquery())
        n_claims = (sa.select(sa.func.count()).where(cl.c.article_id == art.c.id)
                    .scalar_subquery())
        query = (sa.select(art.c.id, art.c.published, art.c.outlet, art.c.title,
                           n_events.label("events"), n_claims.label("claims"))
                 .order_by(art.c.published_utc.is_(None), art.c.published_utc, art.c.id))
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(query).mappings()]

    def actor_names(self, actor_ids: Iterable[str]) -> dict[str, str]:
        """A name per actor id found in any stored article: the one the earliest published
        article gives it. Ids no article resolved are left out."""
        ac, art = schema.actors, schema.articles
        ids = sorted(set(actor_ids))
        names: dict[str, str] = {}
        with self.engine.connect() as conn:
            for start in range(0, len(ids), READ_CHUNK):
                query = (sa.select(ac.c.id, ac.c.name)
                         .join(art, art.c.id == ac.c.article_id)
                         .where(ac.c.id.in_(ids[start:start + READ_CHUNK]))
                         .order_by(art.c.published_utc.is_(None), art.c.published_utc,
                                   art.c.id, ac.c.seq))
                for actor_id, name in conn.execute(query):
                    names.setdefault(actor_id, name)
        return names

    def failures(self) -> list[dict[str, Any]]:
        """Every recorded failure: id, source, error, at (ISO, UTC), oldest first."""
        f = schema.failures
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(f).order_by(f.c.id)).mappings()
            return [{k: codec.to_iso(v) for k, v in r.items()} for r in rows]

    def events(self, **filters: Any) -> list[dict[str, Any]]:
        """Events across articles, filtered by type, status, actor, place, country, outlet,
        since, until, limit (see :func:`wirecoder.store.queries.events_query`)."""
        query = queries.events_query(**filters)
        with self.engine.connect() as conn:
            rows = conn.execute(query).mappings()
            return [{k: codec.to_iso(v) for k, v in r.items()} for r in rows]

    # --- export --------------------------------------------------------------------------

    def export(self, fmt: str, out_dir: Path) -> list[Path]:
        """Write every table as ``<table>.jsonl``, ``.csv`` or ``.parquet`` into ``out_dir``."""
        from wirecoder.store.export import export

        return export(self.engine, fmt, Path(out_dir))

    # --- stories (wirecoder.store.stories, written by the link stage) ----------------------

    def stories(self, **filters: Any) -> list[dict[str, Any]]:
        from wirecoder.store import stories

        return stories.stories(self, **filters)

    def story(self, story_id: str) -> dict[str, Any] | None:
        from wirecoder.store import stories

        return stories.story(self, story_id)

    def timeline(self, entity: str) -> list[dict[str, Any]]:
        from wirecoder.store import stories

        return stories.timeline(self, entity)

    def estimates(self, **filters: Any) -> list[dict[str, Any]]:
        from wirecoder.store import stories

        return stories.estimates(self, **filters)

    def contradictions(self, **filters: Any) -> list[dict[str, Any]]:
        from wirecoder.store import stories

        return stories.contradictions(self, **filters)
