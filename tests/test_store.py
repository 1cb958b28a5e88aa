"""Store: exact round-trip, replacement on re-save, prefix lookup, failures, rollback,
migrations, SQLite settings, PostgreSQL (when WIRECODER_TEST_PG names a server).

Analyses are built by hand, with every fact type, from text written for these tests.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
import sqlalchemy as sa

from wirecoder.errors import StoreError
from wirecoder.model import (
    Actor,
    Analysis,
    Article,
    Claim,
    ClaimSource,
    DateRef,
    Event,
    Place,
    Quantity,
    Span,
    Timex,
    article_id,
)
from wirecoder.store import Store, schema
from wirecoder.store.engine import create_engine, head_revision, migrate, to_url

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2024, 11, 20, 15, 57, tzinfo=KST)

TEXT = ("HARBOR CITY, Nov 20 - The Freedonian defence minister said on Tuesday that about "
        "11,000 soldiers had crossed into the Sylvanian border province of Marsh. \"We will "
        "answer any further incursion,\" the minister told reporters in Harbor City. Two "
        "officials said that Sylvania might launch six drones at the port in September, "
        "according to a ministry statement.")


def _span(text: str, part: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Span.of(text, start, start + len(part))


def make_analysis(text: str = TEXT, published: datetime | None = PUBLISHED, *,
                  events: int = 2, aid: str | None = None, **article_kw) -> Analysis:
    """An analysis with every fact type; ``events`` (1 or 2) varies the facts between saves."""
    s = lambda part, nth=0: _span(text, part, nth)  # noqa: E731
    article = Article(id=aid or article_id(text), url="https://news.example/a1",
                      outlet="Harbor Gazette", title="Troops cross into Marsh province",
                      byline=["Jane Doe", "Ali Reza"], published=published, language="en",
                      text=text, source="tests/a1.txt", **article_kw)
    actors = [
        Actor(id="FRE.MIL", name="Freedonian defence minister", kind="person", country="FRE",
              sector="MIL", role="defence minister", aliases=["the minister"],
              wikidata="Q42", mentions=[s("Freedonian defence minister"), s("the minister")]),
        Actor(id="SYL", name="Sylvania", kind="country", country="SYL",
              mentions=[s("Sylvania")]),
    ]
    places = [
        Place(id="geonames:123", name="Marsh", kind="admin1", precision="admin1", country="SY",
              admin1="Marsh", geonameid=123, lat=51.123456789, lon=-0.1, mentions=[s("Marsh")]),
        Place(id="local:harbor-city", name="Harbor City", kind="city", precision="city",
              mentions=[s("Harbor City")]),
    ]
    timexes = [
        Timex(id="t1", span=s("on Tuesday"), type="DATE", value="2024-11-19",
              anchor="2024-11-20"),
        Timex(id="t2", span=s("in September"), type="DATE", value="2025-09", mod="START"),
    ]
    quantities = [
        Quantity(id="q1", span=s("about 11,000 soldiers"), value=11000.0, counted="troops",
                 approximate=True, bound="exact"),
        Quantity(id="q2", span=s("six drones"), value=6.0, counted="drones", bound="upper"),
    ]
    claims = [
        Claim(id="c1", source=ClaimSource(actor="FRE.MIL", text="the minister",
                                          span=s("the minister"), kind="named"),
              cue=s("told"), content=s("We will answer any further incursion,"),
              style="direct", date=DateRef(value="2024-11-20", precision="day",
                                            how="publication")),
        Claim(id="c2", source=ClaimSource(text="Two officials", span=s("Two officials"),
                                          kind="anonymous"),
              cue=s("said", 1), content=s("Sylvania might launch six drones at the port"),
              style="indirect", hedged=True, hedges=[s("might")], polarity="positive",
              place="local:harbor-city", via="c3"),
        Claim(id="c3", source=ClaimSource(text="a ministry statement", kind="document"),
              content=s("Sylvania might launch six drones at the port in September"),
              style="according_to"),
    ]
    all_events = [
        Event(id="e1", type="MOBILIZE", mode="border crossing", actor=["FRE.MIL", "FRE.MIL"],
              recipient=["SYL"], place="geonames:123",
              date=DateRef(value="2024-11-19", precision="day", span=s("on Tuesday"),
                           how="relative"),
              quantities=["q1"], status="reported", trigger=s("crossed"),
              evidence=s("about 11,000 soldiers had crossed into the Sylvanian border "
                         "province of Marsh"), confidence=0.8125),
        Event(id="e2", type="ASSAULT", actor=["SYL"], recipient=[],
              date=DateRef(value="2025-09", precision="month", span=s("in September"),
                           how="explicit"),
              quantities=["q2"], status="possible", claim="c2", trigger=s("launch"),
              evidence=s("Sylvania might launch six drones at the port in September"),
              confidence=0.5),
    ]
    return Analysis(article=article, actors=actors, places=places, timexes=timexes,
                    quantities=quantities, claims=claims, events=all_events[:events])


def table_counts(store: Store, article: str) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {t.name: conn.scalar(sa.select(sa.func.count()).select_from(t)
                                    .where(t.c.article_id == article))
                for t in schema.FACT_TABLES}


@pytest.fixture
def store(tmp_path):
    with Store(str(tmp_path / "wirecoder.db")) as s:
        yield s


@pytest.mark.parametrize("published", [
    PUBLISHED,
    datetime(2024, 11, 20, 6, 57, 1, 250, tzinfo=UTC),
    datetime(2024, 11, 20, 6, 57, tzinfo=timezone(timedelta(hours=-5, minutes=-30))),
    datetime(2024, 11, 20, 6, 57),  # no zone known
    None,
])
def test_store_save_get_roundtrip_is_exact(store, published):
    analysis = make_analysis(published=published)
    store.save(analysis)
    again = store.get(analysis.article.id)
    assert again.to_dict() == analysis.to_dict()
    assert again == analysis


def test_store_in_memory_sqlite_round_trips():
    analysis = make_analysis()
    with Store(":memory:") as store:
        store.save(analysis)
        assert store.get(analysis.article.id[:4]) == analysis


def test_store_roundtrip_keeps_every_span_on_its_text(store):
    analysis = make_analysis()
    store.save(analysis)
    again = store.get(analysis.article.id)
    spans = again.spans()
    assert len(spans) == len(analysis.spans()) > 20
    assert all(again.article.text[x.start:x.end] == x.text for x in spans)


def test_store_resave_replaces_facts(store):
    first, second = make_analysis(events=2), make_analysis(events=1)
    second.actors = second.actors[:1]
    store.save(first)
    assert table_counts(store, first.article.id)["event_actors"] == 3
    store.save(second)
    assert store.get(first.article.id) == second
    assert table_counts(store, first.article.id) == {
        "actors": 1, "places": 2, "timexes": 2, "quantities": 2, "claims": 3, "events": 1,
        "event_actors": 2}
    assert [a["id"] for a in store.articles()] == [first.article.id]


def test_store_save_is_idempotent(store):
    analysis = make_analysis()
    store.save(analysis)
    counts = table_counts(store, analysis.article.id)
    listed = store.articles()
    store.save(analysis)
    assert table_counts(store, analysis.article.id) == counts
    assert store.articles() == listed
    assert listed == [{"id": analysis.article.id, "published": "2024-11-20T15:57:00+09:00",
                       "outlet": "Harbor Gazette", "title": "Troops cross into Marsh province",
                       "events": 2, "claims": 3}]


def test_store_event_actors_link_table_answers_by_actor(store):
    store.save(make_analysis())
    ea = schema.event_actors
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(ea.c.event_id, ea.c.role)
                            .where(ea.c.actor_id == "SYL").order_by(ea.c.event_id)).all()
    assert [tuple(r) for r in rows] == [("e1", "recipient"), ("e2", "actor")]


def test_store_actor_names_from_earliest_published_article(store):
    later = make_analysis(TEXT + " Later.", published=PUBLISHED + timedelta(days=1))
    later.actors[0] = later.actors[0].model_copy(update={"name": "the Freedonian minister"})
    store.save(later)
    store.save(make_analysis(published=None))  # undated: read last
    store.save(make_analysis(TEXT + " Earlier.", published=PUBLISHED - timedelta(days=1)))
    assert store.actor_names(["FRE.MIL", "SYL", "XYZ"]) == {
        "FRE.MIL": "Freedonian defence minister", "SYL": "Sylvania"}
    assert store.actor_names([]) == {}


def test_store_date_columns_support_range_queries(store):
    store.save(make_analysis())
    ev = schema.events
    with store.engine.connect() as conn:
        rows = {r.id: (r.date_start, r.date_end) for r in conn.execute(sa.select(ev))}
        in_range = conn.scalars(sa.select(ev.c.id).where(
            ev.c.date_start <= date(2025, 9, 15), ev.c.date_end >= date(2025, 9, 10))).all()
    assert rows == {"e1": (date(2024, 11, 19), date(2024, 11, 19)),
                    "e2": (date(2025, 9, 1), date(2025, 9, 30))}
    assert in_range == ["e2"]


@pytest.mark.parametrize(("ids", "query", "found"), [
    (["abc123", "abd456"], "abc123", "abc123"),
    (["abc123", "abd456"], "abc", "abc123"),
    (["abc123", "abd456"], "abd4", "abd456"),
    (["abc", "abc123"], "abc", "abc"),  # an exact id wins over longer ids it prefixes
])
def test_store_get_by_unique_prefix(store, ids, query, found):
    for i, aid in enumerate(ids):
        store.save(make_analysis(TEXT + f" Update {i}.", aid=aid))
    assert store.get(query).article.id == found


@pytest.mark.parametrize(("query", "code", "words"), [
    ("ab", "E205", "matches several articles"),
    ("zz", "E202", "No article with id 'zz'"),
    ("a_c", "E202", "No article with id 'a_c'"),  # LIKE wildcards are taken literally
    ("", "E205", "matches several articles"),
])
def test_store_get_missing_or_ambiguous_raises(store, query, code, words):
    for i, aid in enumerate(["abc123", "abd456"]):
        store.save(make_analysis(TEXT + f" Update {i}.", aid=aid))
    with pytest.raises(StoreError, match=rf"\[{code}\]") as info:
        store.get(query)
    assert words in str(info.value)


def test_store_failures_recorded_without_touching_articles(store):
    analysis = make_analysis()
    store.save(analysis)
    store.save_failure("feeds/broken.xml", "[E008] Broken feed item 3")
    store.save_failure(analysis.article.source, "[E102] stage 'events' failed")
    failures = store.failures()
    assert [(f["source"], f["error"]) for f in failures] == [
        ("feeds/broken.xml", "[E008] Broken feed item 3"),
        ("tests/a1.txt", "[E102] stage 'events' failed")]
    assert datetime.fromisoformat(failures[0]["at"]).tzinfo is not None
    assert store.get(analysis.article.id) == analysis


def _duplicate_event_ids(analysis: Analysis) -> Analysis:
    analysis.events[1] = analysis.events[1].model_copy(update={"id": "e1"})
    return analysis


def _fail_on_events_insert(monkeypatch):
    real = sa.Connection.execute

    def execute(self, statement, *args, **kw):
        if getattr(statement, "is_insert", False) and statement.table.name == "events":
            raise sa.exc.OperationalError("INSERT INTO events", {}, OSError("disk I/O error"))
        return real(self, statement, *args, **kw)

    monkeypatch.setattr(sa.Connection, "execute", execute)


@pytest.mark.parametrize("break_save", ["duplicate ids", "error mid-transaction"])
def test_store_failed_save_rolls_back_to_previous_version(store, monkeypatch, break_save):
    first = make_analysis(events=1)
    store.save(first)
    second = make_analysis(events=2)
    second.article.title = "A newer headline"
    if break_save == "duplicate ids":
        second = _duplicate_event_ids(second)
    else:
        _fail_on_events_insert(monkeypatch)
    with pytest.raises(StoreError, match=r"\[E204\].*Nothing of it was written"):
        store.save(second)
    monkeypatch.undo()
    assert store.get(first.article.id) == first
    assert table_counts(store, first.article.id)["event_actors"] == 2


def test_store_save_many_chunks_and_last_version_wins(store):
    texts = [TEXT + f" Update {i}." for i in range(5)]
    batch = [make_analysis(t) for t in texts] + [make_analysis(texts[0], events=1)]
    assert store.save_many(batch, chunk=2) == 5
    assert len(store.articles()) == 5
    assert len(store.get(article_id(texts[0])).events) == 1
    assert len(store.get(article_id(texts[4])).events) == 2


def test_store_analyses_reads_all_in_chunks(store, monkeypatch):
    monkeypatch.setattr("wirecoder.store.core.READ_CHUNK", 2)
    batch = [make_analysis(TEXT + f" Update {i}.", events=1 + i % 2) for i in range(5)]
    store.save_many(batch)
    got = list(store.analyses())
    assert sorted(a.article.id for a in got) == [a.article.id for a in got]
    assert {a.article.id: a for a in got} == {a.article.id: a for a in batch}


def test_store_articles_ordered_by_publication(store):
    dates = [datetime(2024, 11, d, 12, tzinfo=UTC) for d in (21, 19, 20)]
    for i, when in enumerate(dates):
        store.save(make_analysis(TEXT + f" Update {i}.", published=when))
    store.save(make_analysis(TEXT + " Undated.", published=None))
    listed = store.articles()
    assert [a["published"] for a in listed] == [
        "2024-11-19T12:00:00+00:00", "2024-11-20T12:00:00+00:00",
        "2024-11-21T12:00:00+00:00", None]


def test_store_published_utc_column_is_utc(store):
    store.save(make_analysis())
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(schema.articles.c.published,
                                     schema.articles.c.published_utc)).one()
    assert row.published == "2024-11-20T15:57:00+09:00"
    assert row.published_utc == datetime(2024, 11, 20, 6, 57)


# --- opening, migrations, SQLite settings ------------------------------------------------

def _revisions(store: Store) -> list[str]:
    with store.engine.connect() as conn:
        return list(conn.scalars(sa.text(f"SELECT version_num FROM {schema.VERSION_TABLE}")))


def test_store_migrations_recorded_and_idempotent_on_reopen(tmp_path, monkeypatch):
    path = str(tmp_path / "w.db")
    first = Store(path)
    assert _revisions(first) == [head_revision()]
    first.save(make_analysis())
    first.close()

    def no_upgrade(*args, **kw):
        raise AssertionError("a store at head must not be migrated again")

    monkeypatch.setattr("alembic.command.upgrade", no_upgrade)
    again = Store(path)
    assert _revisions(again) == [head_revision()]
    assert len(again.articles()) == 1
    again.close()


def test_store_open_applies_pending_migrations(tmp_path):
    path = tmp_path / "w.db"
    engine = create_engine(to_url(str(path)))
    migrate(engine, "0001")
    engine.dispose()
    store = Store(str(path))
    assert _revisions(store) == [head_revision()]
    migrate(store.engine)
    migrate(store.engine, "head")
    assert _revisions(store) == [head_revision()]
    assert set(sa.inspect(store.engine).get_table_names()) >= {t.name for t in schema.TABLES}


def test_store_schema_module_matches_migrations(tmp_path):
    """schema.py (what the code queries) and migrations/ (what builds the database) agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    store = Store(str(tmp_path / "w.db"))
    mine = sa.MetaData(naming_convention=schema.NAMING)
    for table in schema.TABLES:  # other modules' tables (stories) are theirs to check
        table.to_metadata(mine)
    opts = {"include_name": lambda name, kind, _parents: kind != "table" or name in mine.tables,
            "compare_type": True}
    with store.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn, opts=opts), mine) == []


def test_store_sqlite_uses_wal_foreign_keys_and_busy_timeout(store):
    with store.engine.connect() as conn:
        pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") >= 5000


def test_store_sqlite_foreign_keys_enforced(store):
    with pytest.raises(sa.exc.IntegrityError), store.engine.begin() as conn:
        conn.execute(schema.actors.insert().values(
            article_id="no-such-article", id="X", seq=0, name="X", kind="country",
            aliases=[], mentions=[]))


@pytest.mark.parametrize(("given", "url"), [
    ("wirecoder.db", "sqlite:///wirecoder.db"),
    ("data/w.db", "sqlite:///data/w.db"),
    ("sqlite:///x.db", "sqlite:///x.db"),
    ("postgresql://me:secret@db.example/news", "postgresql+psycopg://me:***@db.example/news"),
    ("postgresql+psycopg://me:secret@db.example/news",
     "postgresql+psycopg://me:***@db.example/news"),
])
def test_store_url_from_path_or_url(given, url):
    assert to_url(given).render_as_string(hide_password=True) == url


def test_store_unreachable_server_raises_e201_without_password():
    with pytest.raises(StoreError, match=r"\[E201\]") as info:
        Store("postgresql://me:secret@127.0.0.1:1/news?connect_timeout=2")
    assert "secret" not in str(info.value)


def test_store_unopenable_path_raises_e201(tmp_path):
    with pytest.raises(StoreError, match=r"\[E201\]"):
        Store(str(tmp_path / "no" / "such" / "dir" / "w.db"))


def test_store_stories_queries_delegate_to_stories_module(store, monkeypatch):
    import sys
    import types

    calls = []
    fake = types.ModuleType("wirecoder.store.stories")
    fake.stories = lambda s, **kw: calls.append(("stories", s, kw)) or []
    fake.timeline = lambda s, entity: calls.append(("timeline", s, entity)) or []
    fake.estimates = lambda s, counted=None: calls.append(("estimates", s, counted)) or []
    fake.contradictions = lambda s: calls.append(("contradictions", s)) or []
    monkeypatch.setitem(sys.modules, "wirecoder.store.stories", fake)
    monkeypatch.setattr("wirecoder.store.stories", fake, raising=False)
    store.stories(actor="SYL", limit=5)
    store.timeline("SYL")
    store.estimates(counted="troops")
    store.contradictions()
    assert calls == [("stories", store, {"actor": "SYL", "limit": 5}),
                     ("timeline", store, "SYL"), ("estimates", store, "troops"),
                     ("contradictions", store)]


# --- PostgreSQL --------------------------------------------------------------------------

@pytest.fixture
def pg_store():
    url = os.environ.get("WIRECODER_TEST_PG")
    if not url:
        pytest.skip("set WIRECODER_TEST_PG to a PostgreSQL URL to run")
    _drop_everything(url)
    store = Store(url)
    yield store
    store.close()
    _drop_everything(url)


def _drop_everything(url: str) -> None:
    engine = sa.create_engine(to_url(url))
    meta = sa.MetaData()
    meta.reflect(engine)
    meta.drop_all(engine)
    engine.dispose()


@pytest.mark.postgres
def test_store_postgres_roundtrip_resave_prefix_and_export(pg_store, tmp_path):
    from wirecoder.store.export import read_parquet

    assert pg_store.engine.dialect.name == "postgresql"
    assert "***" in pg_store.url or "@" not in pg_store.url
    first, second = make_analysis(events=2), make_analysis(events=1)
    pg_store.save(first)
    assert pg_store.get(first.article.id) == first
    pg_store.save(second)
    assert pg_store.get(first.article.id[:6]) == second
    assert table_counts(pg_store, first.article.id)["event_actors"] == 2
    assert [e["id"] for e in pg_store.events(actor="FRE", place="MARSH", since="2024-11-19",
                                              until="2024-11-19")] == ["e1"]
    pg_store.save_failure("x.txt", "[E001] Empty document")
    with pytest.raises(StoreError, match=r"\[E204\]"):
        pg_store.save(_duplicate_event_ids(make_analysis(events=2)))
    assert pg_store.get(first.article.id) == second
    assert _revisions(pg_store) == [head_revision()]
    Store(os.environ["WIRECODER_TEST_PG"]).close()  # re-open: nothing to migrate
    paths = pg_store.export("parquet", tmp_path / "out")
    events = read_parquet(tmp_path / "out" / "events.parquet")
    assert [e["id"] for e in events] == ["e1"]
    assert {p.stem for p in paths} >= {t.name for t in schema.TABLES}


# --- queries -----------------------------------------------------------------------------

@pytest.fixture
def two_outlets(store):
    store.save(make_analysis(events=2))
    other = make_analysis(TEXT + " Update.", published=datetime(2024, 11, 22, tzinfo=UTC),
                          events=1)
    other.article.outlet = "Northern Wire"
    store.save(other)
    return store, other.article.id


@pytest.mark.parametrize(("filters", "expected"), [
    ({}, [("a", "e1"), ("b", "e1"), ("a", "e2")]),
    ({"type": "assault"}, [("a", "e2")]),
    ({"status": "reported"}, [("a", "e1"), ("b", "e1")]),
    ({"actor": "SYL"}, [("a", "e1"), ("b", "e1"), ("a", "e2")]),  # recipient or actor
    ({"actor": "FRE"}, [("a", "e1"), ("b", "e1")]),  # by the actor's country
    ({"actor": "FRE.MIL", "outlet": "Northern Wire"}, [("b", "e1")]),
    ({"place": "marsh"}, [("a", "e1"), ("b", "e1")]),
    ({"place": "geonames:123", "country": "sy"}, [("a", "e1"), ("b", "e1")]),
    ({"country": "UA"}, []),
    ({"since": "2024-11-20"}, [("a", "e2")]),
    ({"since": "2025-09-30", "until": date(2025, 10, 2)}, [("a", "e2")]),
    ({"until": "2024-11-19"}, [("a", "e1"), ("b", "e1")]),
    ({"limit": 1}, [("a", "e1")]),
])
def test_store_events_filters(two_outlets, filters, expected):
    store, other = two_outlets
    got = [("b" if e["article_id"] == other else "a", e["id"]) for e in store.events(**filters)]
    assert got == expected


def test_store_events_rows_are_plain_values(two_outlets):
    store, _ = two_outlets
    e1 = store.events(type="MOBILIZE", outlet="Harbor Gazette")[0]
    assert e1["date_start"] == "2024-11-19" and e1["place_name"] == "Marsh"
    assert e1["actor"] == ["FRE.MIL", "FRE.MIL"] and e1["recipient"] == ["SYL"]
    assert e1["published"] == "2024-11-20T15:57:00+09:00" and e1["lat"] == 51.123456789


# --- several writers ---------------------------------------------------------------------

def test_store_concurrent_writers_on_one_sqlite_file(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    path = str(tmp_path / "w.db")
    Store(path).close()

    def write(worker: int) -> int:
        with Store(path) as mine:
            for i in range(15):
                mine.save(make_analysis(TEXT + f" Writer {worker}, item {i}."))
                mine.save_failure(f"w{worker}", "x")
        return worker

    with ThreadPoolExecutor(3) as pool:
        assert sorted(pool.map(write, range(3))) == [0, 1, 2]
    store = Store(path)
    assert len(store.articles()) == 45 and len(store.failures()) == 45


@pytest.mark.parametrize("url", ["postgresql://me@db.example/news", "mysql://me@db.example/x",
                                 "nosuchdb://x"])
def test_store_missing_driver_or_dialect_raises_store_error(url, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_psycopg(name, *args, **kw):
        if name.split(".")[0] in ("psycopg", "MySQLdb"):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kw)

    monkeypatch.setattr(builtins, "__import__", no_psycopg)
    with pytest.raises(StoreError) as info:
        Store(url)
    if url.startswith("postgresql"):
        assert "[E203]" in str(info.value) and "wirecoder[postgres]" in str(info.value)
    else:
        assert "[E201]" in str(info.value)
