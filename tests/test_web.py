"""HTTP API and web UI, in-process (FastAPI TestClient) on a real SQLite store under tmp_path.

The store holds five hand-built articles: one shelling reported by two outlets with a rising
toll and denied by a third (a disputed story, an estimate series, two contradictions), a
protest and a possible military drill.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from wirecoder.link import relink
from wirecoder.link.synthetic import analysis_of
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
from wirecoder.store import Store
from wirecoder.web import create_app

T0 = datetime(2024, 11, 18, 10, 0, tzinfo=UTC)
STATIC = Path(__file__).resolve().parent.parent / "src" / "wirecoder" / "web" / "static"


def corpus():
    officials = {"source": "regional officials", "kind": "institution", "actor": "UKR.GOV"}
    governor = {"source": "the governor", "kind": "named", "actor": "UKR.GOV", "hedged": True}
    shelling = {"type": "ASSAULT", "actor": ["RUS"], "recipient": ["UKR"], "place": "Kharkiv",
                "date": "2024-11-17"}
    return [
        analysis_of("Russian artillery shelled a rail depot in Kharkiv on Sunday, killing 3 "
                    "workers, regional officials said.",
                    [{**shelling, "evidence": "Russian artillery shelled a rail depot in Kharkiv",
                      "claim": officials,
                      "quantities": [{"text": "3", "value": 3, "counted": "killed"}]}],
                    outlet="Daily Ledger", published=T0, title="Depot shelled in Kharkiv"),
        analysis_of("The death toll from Sunday's shelling of a Kharkiv rail depot rose to 7, "
                    "the governor said, adding that the figure may rise.",
                    [{**shelling, "evidence": "shelling of a Kharkiv rail depot",
                      "claim": governor,
                      "quantities": [{"text": "7", "value": 7, "counted": "killed"}]}],
                    outlet="Morning Post", published=T0 + timedelta(days=1),
                    title="Kharkiv depot toll rises"),
        analysis_of("Moscow denied shelling the rail depot in Kharkiv on Sunday.",
                    [{**shelling, "status": "denied",
                      "evidence": "shelling the rail depot in Kharkiv",
                      "claim": {"source": "Moscow", "kind": "institution", "actor": "RUS",
                                "polarity": "negative"}}],
                    outlet="Wire", published=T0 + timedelta(days=1), title="Moscow denies"),
        analysis_of("Hundreds of residents protested in Odesa on Tuesday against power cuts.",
                    [{"type": "PROTEST", "actor": ["UKR.CVL"], "recipient": ["UKR.GOV"],
                      "place": "Odesa", "date": "2024-11-19",
                      "evidence": "Hundreds of residents protested in Odesa"}],
                    outlet="Capital Daily", published=T0 + timedelta(days=2),
                    title="Odesa protest"),
        analysis_of("Belarus may hold military drills near Kyiv next month, an analyst said.",
                    [{"type": "MOBILIZE", "actor": ["BLR"], "place": "Kyiv", "date": "2024-12",
                      "precision": "month", "status": "possible",
                      "evidence": "Belarus may hold military drills near Kyiv"}],
                    outlet="Wire", published=T0 + timedelta(days=2), title="Drills"),
    ]


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "web.db")
    for analysis in corpus():
        s.save(analysis)
    s.save_failure("broken.html", "[E006] No article text found in broken.html: empty body.")
    relink(s)
    yield s
    s.close()


@pytest.fixture
def client(store):
    with TestClient(create_app(store)) as c:
        yield c


def _get(client, path, expect=200, /, **params):
    res = client.get(path, params=params)
    assert res.status_code == expect, res.text
    return res.json()


def test_web_articles_lists_every_article(client):
    rows = _get(client, "/api/articles")
    assert len(rows) == 5
    assert {r["outlet"] for r in rows} == {"Daily Ledger", "Morning Post", "Wire",
                                           "Capital Daily"}
    assert [r["published"] for r in rows] == sorted(r["published"] for r in rows)


def test_web_article_is_the_analysis_json(client, store):
    first = store.articles()[0]
    data = _get(client, f"/api/articles/{first['id']}")
    assert data["schema"] == "wirecoder/1"
    assert data["article"]["id"] == first["id"]
    text = data["article"]["text"]
    for ev in data["events"]:
        assert text[ev["evidence"]["start"]:ev["evidence"]["end"]] == ev["evidence"]["text"]
    # A unique prefix works as on the CLI.
    assert _get(client, f"/api/articles/{first['id'][:10]}")["article"]["id"] == first["id"]


@pytest.mark.parametrize("article_id", ["0000000000000000", "nope"])
def test_web_article_unknown_is_404_json(client, article_id):
    data = _get(client, f"/api/articles/{article_id}", 404)
    assert data["code"] == "E202"
    assert article_id in data["error"]


@pytest.mark.parametrize("params,expected", [
    ({}, 5),
    ({"type": "ASSAULT"}, 3),
    ({"type": "protest"}, 1),
    ({"status": "denied"}, 1),
    ({"actor": "BLR"}, 1),
    ({"actor": "UKR.GOV"}, 1),
    ({"country": "UA"}, 5),
    ({"place": "Odesa"}, 1),
    ({"outlet": "Wire"}, 2),
    ({"since": "2024-11-18"}, 2),
    ({"until": "2024-11-17"}, 3),
    ({"since": "2024-11-18", "until": "2024-11-30"}, 1),
    ({"limit": 2}, 2),
])
def test_web_events_filters(client, store, params, expected):
    rows = _get(client, "/api/events", **params)
    assert len(rows) == expected
    assert rows == store.events(**{"limit": 1000, **params})


@pytest.mark.parametrize("params,types", [
    ({}, ["ASSAULT", "PROTEST", "MOBILIZE"]),
    ({"type": "ASSAULT"}, ["ASSAULT"]),
    ({"status": "disputed"}, ["ASSAULT"]),
    ({"status": "possible"}, ["MOBILIZE"]),
    ({"actor": "RUS"}, ["ASSAULT"]),
    ({"actor": "UKR"}, ["ASSAULT", "PROTEST"]),
    ({"place": "Kyiv"}, ["MOBILIZE"]),
    ({"place": "49.98,36.25,30"}, ["ASSAULT"]),
    ({"since": "2024-11-18"}, ["PROTEST", "MOBILIZE"]),
    ({"until": "2024-11-18"}, ["ASSAULT"]),
    ({"source": "Capital Daily"}, ["PROTEST"]),
    ({"limit": 1}, ["ASSAULT"]),
])
def test_web_stories_filters(client, params, types):
    rows = _get(client, "/api/stories", **params)
    assert [r["type"] for r in rows] == types


def test_web_story_detail_has_sources_claims_and_how_sure(client):
    assault = _get(client, "/api/stories", type="ASSAULT")[0]
    d = _get(client, f"/api/stories/{assault['id']}")
    assert d["n_reports"] == 3 and d["disputed"]
    assert {r["outlet"] for r in d["reports"]} == {"Daily Ledger", "Morning Post", "Wire"}
    speakers = {r["claim"]["speaker"] for r in d["reports"]}
    assert speakers == {"regional officials", "the governor", "Moscow"}
    denial = next(r for r in d["reports"] if r["outlet"] == "Wire")
    assert denial["claim"]["polarity"] == "negative"
    assert denial["article"]["title"] == "Moscow denies"
    assert [a["name"] for a in d["actor_names"]] == ["Russia"]
    assert d["how_sure"].startswith("Disputed")


def test_web_story_unknown_is_404(client):
    data = _get(client, "/api/stories/st-0000", 404)
    assert "st-0000" in data["error"]


@pytest.mark.parametrize("entity,types", [("RUS", ["ASSAULT"]), ("Odesa", ["PROTEST"]),
                                          ("UA", ["ASSAULT", "PROTEST", "MOBILIZE"]),
                                          ("XXX", [])])
def test_web_timeline_of_entity(client, entity, types):
    assert [r["type"] for r in _get(client, f"/api/timeline/{entity}")] == types


@pytest.mark.parametrize("counted,values", [(None, [3.0, 7.0]), ("killed", [3.0, 7.0]),
                                            ("troops", [])])
def test_web_estimates_series(client, counted, values):
    rows = _get(client, "/api/estimates", **({"counted": counted} if counted else {}))
    assert [r["value"] for r in rows] == values
    assert all(r["series"] == rows[0]["series"] for r in rows)


def test_web_contradictions_both_sides(client):
    rows = _get(client, "/api/contradictions")
    kinds = {r["kind"]: r for r in rows}
    assert set(kinds) == {"denial", "numbers"}
    assert kinds["denial"]["a_speakers"] == ["Moscow"]
    assert set(kinds["denial"]["b_outlets"]) == {"Daily Ledger", "Morning Post"}
    assert {kinds["numbers"]["a_value"], kinds["numbers"]["b_value"]} == {3.0, 7.0}
    assert kinds["numbers"]["counted"] == "killed" and "fate" in kinds["numbers"]


def test_web_failures_listed(client):
    rows = _get(client, "/api/failures")
    assert [r["source"] for r in rows] == ["broken.html"]
    assert rows[0]["error"].startswith("[E006]")


@pytest.mark.parametrize("params,names", [({}, ["Kharkiv", "Kyiv", "Odesa"]),
                                          ({"type": "PROTEST"}, ["Odesa"]),
                                          ({"actor": "BLR"}, ["Kyiv"])])
def test_web_places_for_the_map(client, params, names):
    data = _get(client, "/api/places", **params)
    assert sorted(p["name"] for p in data["places"]) == names
    for p in data["places"]:
        assert -90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 and p["events"] >= 1
    assert [c["code"] for c in data["countries"]] == ["UA"]
    assert data["countries"][0]["name"] == "Ukraine"


def test_web_summary_facets(client):
    s = _get(client, "/api/summary")
    assert (s["articles"], s["stories"], s["dated"], s["disputed"]) == (5, 3, 3, 1)
    assert s["types"] == {"ASSAULT": 1, "PROTEST": 1, "MOBILIZE": 1}
    assert s["first"] == "2024-11-17" and s["last"] == "2024-12-31"
    names = {a["id"]: a["name"] for a in s["actors"]}
    assert names["RUS"] == "Russia" and names["BLR"] == "Belarus"  # from the articles
    assert {c["id"]: c["name"] for c in s["countries"]}["UKR"] == "Ukraine"
    assert s["failures"] == 1 and s["contradictions"] == 2


@pytest.mark.parametrize("path", ["/api/events?since=yesterday", "/api/stories?limit=0",
                                  "/api/report?format=pdf"])
def test_web_bad_parameters_are_json_422(client, path):
    res = client.get(path)
    assert res.status_code == 422
    assert res.json()["error"].startswith("Invalid request")


@pytest.mark.parametrize("fmt,marker", [("md", "# Situation report"),
                                        ("html", "<h1>Situation report</h1>")])
def test_web_report_formats(client, fmt, marker):
    res = client.get("/api/report", params={"format": fmt})
    assert res.status_code == 200
    assert marker in res.text and "Moscow" in res.text


def test_web_report_json_scoped(client):
    data = _get(client, "/api/report", actor="BLR")
    assert [e["type"] for e in data["events"]] == ["MOBILIZE"]
    assert data["contradictions"] == []


def test_web_openapi_lists_endpoints(client):
    paths = _get(client, "/openapi.json")["paths"]
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/events", "/api/stories",
                 "/api/stories/{story_id}", "/api/timeline/{entity}", "/api/estimates",
                 "/api/contradictions", "/api/failures", "/api/places", "/api/report"):
        assert path in paths


def test_web_ui_page_and_assets_served(client):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assets = re.findall(r'(?:src|href)="(/static/[^"]+)"', page.text)
    assert sorted(assets) == ["/static/app.css", "/static/app.js", "/static/common.js"]
    for asset in assets:
        res = client.get(asset)
        assert res.status_code == 200 and len(res.text) > 500
    assert client.get("/static/missing.js").status_code == 404


@pytest.mark.parametrize("name", sorted(p.name for p in STATIC.iterdir()))
def test_web_static_files_need_no_network(name):
    text = (STATIC / name).read_text(encoding="utf-8")
    # Nothing fetched from elsewhere: no absolute URLs but the SVG namespace.
    urls = set(re.findall(r"https?://[^\s\"'`)]+", text)) - {"http://www.w3.org/2000/svg"}
    assert urls == set()


# --- the page in a real browser (skipped without chromium) --------------------------------

def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.skipif(_chromium() is None, reason="chromium is not installed")
def test_web_ui_renders_in_headless_chromium(store, tmp_path):
    """The page's script runs in a real browser: it asks for the summary, the stories, the
    map, the estimates and the contradictions, then opens the best-attested event."""
    import uvicorn

    app = create_app(store)
    asked: list[str] = []

    @app.middleware("http")
    async def record(request, call_next):
        asked.append(request.url.path)
        return await call_next(request)

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    shot = tmp_path / "ui.png"
    try:
        for _ in range(100):
            if server.started:
                break
            time.sleep(0.05)
        with tempfile.TemporaryDirectory() as profile:
            subprocess.run(
                [_chromium(), "--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
                 "--virtual-time-budget=5000", f"--screenshot={shot}",
                 "--window-size=1400,1000", f"http://127.0.0.1:{port}/"],
                capture_output=True, text=True, timeout=90, env={**os.environ})
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    assert shot.exists() and shot.stat().st_size > 20_000
    for path in ("/", "/static/app.js", "/static/app.css", "/api/summary", "/api/stories",
                 "/api/places", "/api/estimates", "/api/contradictions"):
        assert path in asked
    assessed = [p for p in asked if p.startswith("/api/stories/st-")]
    assert len(assessed) == 1  # the details panel opened the most reported event


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
@pytest.mark.parametrize("name", ["common.js", "app.js", "reader.js"])
def test_web_script_parses(name):
    res = subprocess.run(["node", "--check", str(STATIC / name)], capture_output=True,
                         text=True, timeout=60)
    assert res.returncode == 0, res.stderr


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_web_script_date_labels_match_the_report():
    """The UI words TIMEX values as the report does (report/dates.py)."""
    import json

    from wirecoder.report.dates import label

    values = ["2024-11-18", "2024-11-18TNI", "2024-11-18T14:30", "2024-11", "2024", "2024-W44",
              "2024-W46-WE", "2024-W44-3", "2025-W01-1", "2024-Q3", "2024-H2", "2024-WI",
              "202X", "19XX", "XXXX-11-21", "XXXX-11", "XXXX-XX-XX", "PRESENT_REF",
              "2024-02-30", "P3D", ""]
    helpers = (STATIC / "common.js").read_text(encoding="utf-8")
    code = f"{helpers}\nconsole.log(JSON.stringify({json.dumps(values)}.map(dateLabel)));"
    res = subprocess.run(["node", "-e", code], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout) == [label(v or None) for v in values]


# --- the article reader (/articles, /articles/{id}) ---------------------------------------

# Markup in the text and the title must come out as text, never run or render.
READER_TEXT = ("Officials in Kharkiv said on Monday that about 40 drones struck the city, the "
               "governor said. <script>document.title='pwned'</script> Residents & "
               "<b>neighbours</b> fled.")
READER_TITLE = 'Drones hit <img src=x onerror="document.title=1">'


def reader_sample() -> Analysis:
    """One article with every kind of span, nested (a place in an actor mention) and crossing
    (an event's evidence and a claim's content overlap without nesting)."""
    text = READER_TEXT

    def span(snippet: str, nth: int = 0) -> Span:
        start = -1
        for _ in range(nth + 1):
            start = text.index(snippet, start + 1)
        return Span.of(text, start, start + len(snippet))

    monday = DateRef(value="2024-11-18", precision="day", span=span("Monday"), how="relative")
    art = Article(id=article_id(text), text=text, outlet="Ledger <i>Daily</i>", title=READER_TITLE,
                  published=T0, language="en", url="javascript:alert(1)")
    return Analysis(
        article=art,
        actors=[Actor(id="UKR.GOV", name="Government of Ukraine", kind="organization",
                      country="UKR", sector="GOV",
                      mentions=[span("Officials in Kharkiv"), span("governor")]),
                Actor(id="RUS", name="Russia", kind="country", country="RUS")],
        places=[Place(id="geonames:706483", name="Kharkiv", kind="city", precision="city",
                      country="UA", geonameid=706483, lat=49.9808, lon=36.2527,
                      mentions=[span("Kharkiv")])],
        timexes=[Timex(id="t1", span=span("Monday"), type="DATE", value="2024-11-18",
                       anchor="2024-11-18")],
        quantities=[Quantity(id="q1", span=span("about 40"), value=40, counted="drones",
                             approximate=True)],
        claims=[Claim(id="c1", source=ClaimSource(actor="UKR.GOV", text="Officials in Kharkiv",
                                                  span=span("Officials in Kharkiv"),
                                                  kind="institution"),
                      cue=span("said"), content=span("that about 40 drones struck the city, the "
                                                     "governor"),
                      style="indirect", hedged=True, hedges=[span("about")], date=monday)],
        events=[Event(id="e1", type="ASSAULT", mode="aerial", actor=["RUS"],
                      recipient=["UKR.GOV"], place="geonames:706483", date=monday,
                      quantities=["q1"], status="reported", claim="c1", trigger=span("struck"),
                      evidence=span("on Monday that about 40 drones struck the city"),
                      confidence=0.8)])


def _spans_in(value) -> list[dict]:
    if isinstance(value, dict):
        if set(value) == {"start", "end", "text"}:
            return [value]
        return [s for v in value.values() for s in _spans_in(v)]
    if isinstance(value, list):
        return [s for v in value for s in _spans_in(v)]
    return []


@pytest.fixture
def reader_store(store):
    sample = reader_sample()
    store.save(sample)
    return store, sample.article.id


def test_web_article_api_has_every_span_aligned(client, reader_store):
    _, aid = reader_store
    data = _get(client, f"/api/articles/{aid}")
    text = data["article"]["text"]
    assert text == READER_TEXT
    spans = _spans_in({k: v for k, v in data.items() if k != "article"})
    # 2 actor mentions, 1 place, 1 timex, 1 quantity, claim source/cue/content/hedge/date,
    # event trigger/evidence/date.
    assert len(spans) == 13
    for s in spans:
        assert text[s["start"]:s["end"]] == s["text"]
    assert data["places"][0]["geonameid"] == 706483
    assert data["claims"][0]["hedges"][0]["text"] == "about"


@pytest.mark.parametrize("path", ["/articles", "/articles/", "/articles/{id}",
                                  "/articles/0000000000000000"])
def test_web_reader_page_served(client, reader_store, path):
    res = client.get(path.format(id=reader_store[1]), follow_redirects=True)
    assert res.status_code == 200 and res.headers["content-type"].startswith("text/html")
    assets = re.findall(r'(?:src|href)="(/static/[^"]+)"', res.text)
    assert sorted(assets) == ["/static/app.css", "/static/common.js", "/static/reader.js"]
    assert "/articles" not in _get(client, "/openapi.json")["paths"]


def test_web_story_reports_link_to_their_evidence(client, store):
    """The story page links each report to /articles/{article_id}#{event_id}: both exist and
    the event's evidence is the report's."""
    for story in _get(client, "/api/stories"):
        for r in _get(client, f"/api/stories/{story['id']}")["reports"]:
            events = {e["id"]: e for e in _get(client, f"/api/articles/{r['article_id']}")
                      ["events"]}
            assert events[r["event_id"]]["evidence"]["text"] == r["evidence"]
    script = (STATIC / "app.js").read_text(encoding="utf-8")
    assert "/articles/${encodeURIComponent(r.article_id)}#${encodeURIComponent(" in script


SPLIT_CASES = {
    "none": (12, []),
    "empty text": (0, [(0, 0)]),
    "nested": (20, [(0, 20), (5, 10), (6, 8)]),
    "crossing": (20, [(2, 12), (8, 18)]),
    "identical": (10, [(3, 6), (3, 6)]),
    "adjacent": (10, [(0, 4), (4, 10)]),
    "whole text": (5, [(0, 5)]),
    "bad marks dropped": (10, [(4, 4), (-1, 3), (8, 11), (6, 2), (1, 3)]),
}


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
@pytest.mark.parametrize("case", sorted(SPLIT_CASES))
def test_web_script_split_spans_cuts_at_every_boundary(case):
    """splitSpans (common.js): the pieces tile the text, each lists exactly the marks that
    cover every character of it, and every mark edge is a cut."""
    import json

    length, ranges = SPLIT_CASES[case]
    marks = [{"start": a, "end": b, "i": i} for i, (a, b) in enumerate(ranges)]
    code = ((STATIC / "common.js").read_text(encoding="utf-8")
            + f"\nconsole.log(JSON.stringify(splitSpans({length}, {json.dumps(marks)})));")
    res = subprocess.run(["node", "-e", code], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    pieces = json.loads(res.stdout)
    valid = [m for m in marks if 0 <= m["start"] < m["end"] <= length]
    assert [p["start"] for p in pieces] == [0, *(p["end"] for p in pieces)][:len(pieces)]
    assert (pieces[-1]["end"] if pieces else 0) == length
    for p in pieces:
        ids = [m["i"] for m in p["marks"]]
        assert ids == sorted(ids)  # in the order given
        for pos in range(p["start"], p["end"]):
            assert set(ids) == {m["i"] for m in valid if m["start"] <= pos < m["end"]}
    cuts = {p["start"] for p in pieces} | {length}
    assert {e for m in valid for e in (m["start"], m["end"])} <= cuts


def test_web_script_split_spans_nested_example():
    if shutil.which("node") is None:
        pytest.skip("node is not installed")
    code = ((STATIC / "common.js").read_text(encoding="utf-8") + "\nconsole.log(JSON.stringify("
            "splitSpans(10, [{start: 0, end: 6, k: 'a'}, {start: 2, end: 8, k: 'b'}])"
            ".map((p) => [p.start, p.end, p.marks.map((m) => m.k).join('')])));")
    res = subprocess.run(["node", "-e", code], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == '[[0,2,"a"],[2,6,"ab"],[6,8,"b"],[8,10,""]]'


class _Reader(HTMLParser):
    """What a dumped page shows: the article text as read, each highlight's classes and
    text, the elements inside the text box, the page title."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.pieces: list[tuple[set[str], str]] = []
        self.inner_tags: list[str] = []
        self.heading = ""
        self.title = ""
        self.fact = ""

    def _inside(self, key: str, value: str) -> bool:
        return any(attrs.get(key) == value for _, attrs in self.stack)

    def handle_starttag(self, tag, attrs):
        if self._inside("id", "art-text"):
            self.inner_tags.append(tag)
        if tag not in {"br", "img", "input", "meta", "link"}:
            self.stack.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if self._inside("id", "art-text"):
            self.text.append(data)
            tag, attrs = self.stack[-1]
            if tag == "span" and "hl" in attrs.get("class", "").split():
                self.pieces.append((set(attrs["class"].split()), data))
        if self._inside("id", "art-title"):
            self.heading += data
        if self._inside("id", "fact-body"):
            self.fact += data
        if self.stack and self.stack[-1][0] == "title":
            self.title += data


@contextlib.contextmanager
def _serving(app):
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=_free_port(),
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        for _ in range(100):
            if server.started:
                break
            time.sleep(0.05)
        yield server.config.port
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def _dump_dom(url: str) -> str:
    with tempfile.TemporaryDirectory() as profile:
        res = subprocess.run(
            [_chromium(), "--headless", "--no-sandbox", "--disable-gpu",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--no-first-run", f"--user-data-dir={profile}", "--virtual-time-budget=5000",
             "--window-size=1400,1000", "--dump-dom", url],
            capture_output=True, text=True, timeout=90, env={**os.environ})
    return res.stdout


@pytest.mark.skipif(_chromium() is None, reason="chromium is not installed")
def test_web_reader_highlights_in_headless_chromium(reader_store):
    """The reader, in a real browser, on a stored article with markup in its text: the text
    reads exactly as stored, every kind is highlighted, overlapping kinds share pieces, no
    markup from the article became an element, and '#e1' opens the event."""
    store, aid = reader_store
    with _serving(create_app(store)) as port:
        page = _dump_dom(f"http://127.0.0.1:{port}/articles/{aid}#e1")
        listing = _dump_dom(f"http://127.0.0.1:{port}/articles?q=DRONES")
        hiding = _dump_dom(f"http://127.0.0.1:{port}/articles/{aid}?hide=actor,event")
        missing = _dump_dom(f"http://127.0.0.1:{port}/articles/0000000000000000")
    seen = _Reader()
    seen.feed(page)
    assert "".join(seen.text) == READER_TEXT
    assert seen.inner_tags and set(seen.inner_tags) == {"span"}  # no <script>, no <b>
    assert seen.heading == READER_TITLE and seen.title.startswith("Drones hit <img")
    kinds = set().union(*(classes for classes, _ in seen.pieces))
    assert kinds >= {"k-event", "k-trigger", "k-source", "k-cue", "k-content", "k-hedge",
                     "k-actor", "k-place", "k-timex", "k-quantity"}
    by_text = {text: classes for classes, text in seen.pieces}
    assert {"k-actor", "k-source", "k-place"} <= by_text["Kharkiv"]  # nested in a mention
    assert {"k-event", "k-content", "k-trigger"} <= by_text["struck"]
    assert {"k-event", "k-content", "k-quantity", "k-hedge"} <= by_text["about"]
    assert "k-event" not in by_text[", the "] and "k-content" in by_text[", the "]  # crossing
    selected = "".join(text for classes, text in seen.pieces if "sel" in classes)
    assert selected == "on Monday that about 40 drones struck the city"
    assert "Event e1: ASSAULT/aerial" in seen.fact and "Government of Ukraine" in seen.fact
    assert 'href="javascript:' not in page
    # Kinds switched off in the address are not drawn; the text stays whole.
    partial = _Reader()
    partial.feed(hiding)
    assert "".join(partial.text) == READER_TEXT
    drawn = set().union(*(classes for classes, _ in partial.pieces))
    assert not drawn & {"k-actor", "k-event"} and {"k-place", "k-content"} <= drawn
    assert re.search(r'data-kind="actor"(?![^>]*checked)', hiding)
    assert "Could not load article 0000000000000000" in missing and "E202" in missing
    # The list, filtered from the address: only the sample's row is shown, title as text.
    shown = re.findall(r'<tr data-search="[^"]*">(.*?)</tr>', listing)
    assert len(shown) == 1 and f'href="/articles/{aid}"' in shown[0]
    assert "Drones hit &lt;img" in shown[0] and "<img" not in shown[0]
    assert "1 of 6 articles · 1 failed" in listing and "broken.html" in listing
