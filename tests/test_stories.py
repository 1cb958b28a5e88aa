"""Story tables and queries on a real SQLite store, and the CLI commands that print them."""

from __future__ import annotations

import csv
import io
import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wirecoder.link import relink
from wirecoder.link.synthetic import analysis_of

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "docs" / "schema" / "story-event-1.json"
T0 = datetime(2024, 11, 20, 9, 0, tzinfo=UTC)


def _ev(evidence, place, date, actor=("RUS",), recipient=("UKR",), type_="ASSAULT", **kw):
    return {"type": type_, "actor": list(actor), "recipient": list(recipient), "place": place,
            "date": date, "evidence": evidence, **kw}


def corpus():
    """Four real-world events in seven articles, one of them denied, one with a toll."""
    ministry = {"source": "Ukraine's defence ministry", "kind": "institution",
                "actor": "UKR.MIL"}
    return [
        analysis_of("Russian missiles hit a power plant in Kharkiv on Monday.",
                    [_ev("Russian missiles hit a power plant in Kharkiv", "Kharkiv",
                         "2024-11-18")], outlet="Daily Ledger", published=T0 - timedelta(1)),
        analysis_of("A Russian missile strike damaged a Kharkiv power plant on Monday, "
                    "Ukraine's defence ministry said.",
                    [_ev("A Russian missile strike damaged a Kharkiv power plant", "Kharkiv",
                         "2024-11-18", claim=ministry)], outlet="Morning Post",
                    published=T0 - timedelta(1)),
        analysis_of("Moscow denied hitting any power plant in Kharkiv on Monday.",
                    [_ev("hitting any power plant in Kharkiv", "Kharkiv", "2024-11-18",
                         status="denied",
                         claim={"source": "Moscow", "kind": "institution", "actor": "RUS",
                                "polarity": "negative"})],
                    outlet="Wire", published=T0),
        analysis_of("Drones launched by Russia struck Odesa's port on Tuesday, killing 4.",
                    [_ev("Drones launched by Russia struck Odesa's port", "Odesa",
                         "2024-11-19", quantities=[{"text": "4", "value": 4,
                                                    "counted": "killed"}])],
                    outlet="Daily Ledger", published=T0),
        analysis_of("The toll from Tuesday's drone strike on Odesa's port rose to 9 killed.",
                    [_ev("drone strike on Odesa's port", "Odesa", "2024-11-19",
                         quantities=[{"text": "9", "value": 9, "counted": "killed"}])],
                    outlet="Morning Post", published=T0 + timedelta(days=2)),
        analysis_of("Protesters rallied in Kyiv on Wednesday to demand more air defence.",
                    [_ev("Protesters rallied in Kyiv", "Kyiv", "2024-11-20",
                         actor=("UKR.CVL",), recipient=("UKR.GOV",), type_="PROTEST",
                         status="occurred")], outlet="Capital Daily", published=T0),
        analysis_of("Russia warned it may strike Kyiv's government quarter next month.",
                    [_ev("Russia warned it may strike Kyiv's government quarter", "Kyiv",
                         "2024-12", precision="month", type_="THREATEN", status="threatened")],
                    outlet="Wire", published=T0),
    ]


@pytest.fixture
def store(tmp_path):
    from wirecoder.store import Store

    s = Store(tmp_path / "stories.db")
    for analysis in corpus():
        s.save(analysis)
    relink(s)
    return s


def test_stories_relink_stats(tmp_path):
    from wirecoder.store import Store

    s = Store(tmp_path / "s.db")
    for analysis in corpus():
        s.save(analysis)
    stats = relink(s)
    assert stats["articles"] == 7 and stats["reports"] == 7
    assert stats["story_events"] == 4 and stats["merged"] == 2


def test_stories_rows_validate_against_schema(store):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    rows = store.stories(limit=None)
    assert len(rows) == 4
    for row in rows:
        jsonschema.validate(row, schema)
        assert len(row["reports"]) == row["n_reports"]
        assert set(row["articles"]) == {r["article_id"] for r in row["reports"]}


def test_stories_relink_deterministic_whatever_the_ingest_order(tmp_path):
    from wirecoder.store import Store

    results = []
    for seed in (1, 2, 3):
        items = corpus()
        random.Random(seed).shuffle(items)
        s = Store(tmp_path / f"order{seed}.db")
        for analysis in items:
            s.save(analysis)
        relink(s)
        results.append((s.stories(limit=None), s.contradictions(), s.estimates()))
    assert results[0] == results[1] == results[2]


def test_stories_relink_replaces_previous_rows(store):
    before = store.stories(limit=None)
    relink(store)
    assert store.stories(limit=None) == before


@pytest.mark.parametrize(("filters", "expected"), [
    ({}, ["ASSAULT", "ASSAULT", "PROTEST", "THREATEN"]),
    ({"type": "assault"}, ["ASSAULT", "ASSAULT"]),
    ({"actor": "RUS"}, ["ASSAULT", "ASSAULT", "THREATEN"]),
    ({"actor": "UKR"}, ["ASSAULT", "ASSAULT", "PROTEST", "THREATEN"]),  # UKR.CVL too
    ({"actor": "UKR.CVL"}, ["PROTEST"]),
    ({"place": "Kyiv"}, ["PROTEST", "THREATEN"]),
    ({"place": "geonames:698740"}, ["ASSAULT"]),
    ({"place": "50.0,36.2,30km"}, ["ASSAULT"]),  # a radius around Kharkiv
    ({"place": "UA"}, ["ASSAULT", "ASSAULT", "PROTEST", "THREATEN"]),
    ({"status": "threatened"}, ["THREATEN"]),
    ({"status": "disputed"}, ["ASSAULT"]),
    ({"since": "2024-11-19"}, ["ASSAULT", "PROTEST", "THREATEN"]),
    ({"until": "2024-11-18"}, ["ASSAULT"]),
    ({"since": "2024-11-19", "until": "2024-11-20"}, ["ASSAULT", "PROTEST"]),
    ({"source": "Capital Daily"}, ["PROTEST"]),
    ({"source": "Ukraine's defence ministry"}, ["ASSAULT"]),
    ({"limit": 1}, ["ASSAULT"]),
])
def test_stories_query_filters(store, filters, expected):
    assert [r["type"] for r in store.stories(**filters)] == expected


def test_stories_corroboration_in_rows(store):
    kharkiv = store.stories(place="Kharkiv")[0]
    assert kharkiv["n_reports"] == 3 and kharkiv["disputed"] is True
    assert kharkiv["status"] == "occurred" and kharkiv["statuses"]["denied"] == 1
    assert kharkiv["party_source"] is True  # both ministries are parties
    assert kharkiv["party_sources"] == ["RUS", "UKR.MIL"]
    assert {r["claim_id"] for r in kharkiv["reports"]} == {None, "c1"}


def test_stories_timeline_in_date_order(store):
    rows = store.timeline("Kyiv")
    assert [r["type"] for r in rows] == ["PROTEST", "THREATEN"]
    rus = store.timeline("RUS")
    starts = [r["start"] for r in rus]
    assert starts == sorted(starts) and len(rus) == 3


def test_stories_contradictions_rows(store):
    rows = store.contradictions()
    assert [r["kind"] for r in rows] == ["denial"]
    assert rows[0]["a_speakers"] == ["Moscow"]
    assert rows[0]["b_outlets"] == ["Daily Ledger", "Morning Post"]


def test_stories_estimates_rows(store):
    rows = store.estimates(counted="killed")
    assert [(r["value"], r["outlet"]) for r in rows] == [(4, "Daily Ledger"), (9, "Morning Post")]
    assert rows[0]["series"] == rows[1]["series"] and rows[0]["story_id"]
    assert store.estimates(counted="troops") == []


@pytest.mark.parametrize("command", [["stories"], ["timeline", "RUS"], ["estimates"],
                                     ["contradictions"]])
@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
def test_stories_cli_commands(store, command, fmt):
    from wirecoder.cli import app

    result = CliRunner().invoke(app, [*command, "--db", str(store.engine.url.database),
                                      "--format", fmt])
    assert result.exit_code == 0, result.output
    out = result.stdout
    if fmt == "json":
        rows = [json.loads(line) for line in out.splitlines()]
        assert rows
        if command == ["stories"]:
            assert {"type", "actors", "date", "place", "status", "articles", "reports"} <= set(
                rows[0])
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert rows and all(len(r) == len(rows[0]) for r in rows)
    else:
        assert out.strip()


def test_stories_tables_match_migration(tmp_path):
    """The story tables the queries use and the revision that builds them agree."""
    import sqlalchemy as sa
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from wirecoder.store import Store
    from wirecoder.store.stories import STORY_TABLES

    store = Store(tmp_path / "m.db")
    mine = sa.MetaData(naming_convention=store.metadata.naming_convention)
    for table in STORY_TABLES:
        table.to_metadata(mine)
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_name": lambda name, kind, _p:
                                                     kind != "table" or name in mine.tables})
        assert compare_metadata(ctx, mine) == []


def test_stories_cli_link_is_idempotent(store):
    from wirecoder.cli import app

    before = store.stories(limit=None)
    result = CliRunner().invoke(app, ["link", "--db", str(store.engine.url.database)])
    assert result.exit_code == 0, result.output
    assert "story_events" in result.output
    assert store.stories(limit=None) == before



def test_stories_story_by_id_matches_the_listing(store):
    listed = store.stories(limit=None)
    assert len(listed) >= 4
    for row in listed:
        assert store.story(row["id"]) == row
    assert store.story("st-no-such-story") is None


def _salvo(text, fired, intercepted, outlet, published=T0):
    return analysis_of(text, [_ev(text.split(" and")[0], "Odesa", "2024-11-19", quantities=[
        {"text": fired[0], "value": fired[1], "counted": "missiles", "fate": "fired"},
        {"text": intercepted[0], "value": intercepted[1], "counted": "missiles",
         "fate": "intercepted"}])], outlet=outlet, published=published)


def _troops(day, text, snippet, value, bound, outlet):
    ev = {"type": "MOBILIZE", "actor": ["PRK"], "recipient": ["RUS"], "date": day,
          "evidence": text.rstrip("."), "quantities": [
              {"text": snippet, "value": value, "counted": "troops", "bound": bound}]}
    return analysis_of(text, [ev], outlet=outlet,
                       published=datetime.fromisoformat(day + "T10:00:00+00:00"))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_store(request, tmp_path):
    """A fresh store on SQLite and, when WIRECODER_TEST_PG names a server, on PostgreSQL."""
    import os

    from wirecoder.store import Store

    if request.param == "sqlite":
        with Store(tmp_path / "empty.db") as s:
            yield s
        return
    from test_store import _drop_everything

    url = os.environ.get("WIRECODER_TEST_PG")
    if not url:
        pytest.skip("set WIRECODER_TEST_PG to a PostgreSQL URL to run")
    _drop_everything(url)
    try:
        with Store(url) as s:
            yield s
    finally:
        _drop_everything(url)


def test_stories_contradictions_carry_the_fate(empty_store):
    """'6 vs 9' says missiles fired; a clash inside an estimate series has its series' fate."""
    s = empty_store
    for analysis in [
        _salvo("Russia fired six missiles at Odesa and four were shot down, the navy said.",
               ("six", 6), ("four", 4), "Daily Ledger"),
        _salvo("Russia fired nine missiles at Odesa and four were shot down, a monitor said.",
               ("nine", 9), ("four", 4), "Morning Post"),
        _troops("2024-10-18", "Seoul said North Korea had sent 3,000 troops to Russia.",
                "3,000", 3000, "exact", "Capital Daily"),
        _troops("2024-10-18", "Kyiv said North Korea had sent at least 10,000 troops to "
                "Russia.", "at least 10,000", 10000, "lower", "Kyiv Ledger"),
    ]:
        s.save(analysis)
    relink(s)
    rows = {(r["counted"], r["series"] is not None): r for r in s.contradictions()}
    assert rows[("missiles", False)]["fate"] == "fired"
    assert (rows[("missiles", False)]["a_value"], rows[("missiles", False)]["b_value"]) == (6, 9)
    assert rows[("troops", True)]["fate"] == "deployed"
    assert all(r["fate"] is None for r in s.contradictions(kind="denial"))
    assert {(r["value"], r["fate"]) for r in s.estimates(counted="missiles")} == {
        (6, "fired"), (9, "fired")}


def test_stories_migration_0004_keeps_contradictions(tmp_path):
    """A store linked before contradictions had a fate opens, migrates and keeps its rows."""
    import sqlalchemy as sa

    from wirecoder.store import Store
    from wirecoder.store.engine import create_engine, migrate, to_url

    path = tmp_path / "old.db"
    engine = create_engine(to_url(str(path)))
    migrate(engine, "0003")
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO contradictions (id, kind, counted, a, b) VALUES "
                             "('ct-1', 'numbers', 'killed', '{}', '{}')"))
    engine.dispose()
    s = Store(path)
    (row,) = s.contradictions()
    assert (row["id"], row["counted"], row["fate"]) == ("ct-1", "killed", None)
    s.close()


def test_stories_undated_list_after_the_dated(store):
    undated = analysis_of("Sanctions on the shipping firm took effect on Nov. 21.",
                          [_ev("Sanctions on the shipping firm took effect", None, "XXXX-11-21",
                               type_="SANCTION", recipient=())], outlet="Wire")
    undated.article.published = None  # a year-less date and no publication date: undated
    store.save(undated)
    relink(store)
    rows = store.stories()
    assert [r["type"] for r in rows][-1] == "SANCTION" and rows[-1]["date"]["start"] is None
    assert [r["type"] for r in store.stories(limit=1)] == ["ASSAULT"]
