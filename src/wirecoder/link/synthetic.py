"""Hand-built analyses: a compact way to write linking tests and to generate bench stores.

``analysis_of(text, events=[...])`` finds each snippet in ``text`` and builds the spans, so a
test states facts by the words that carry them and every span is right by construction.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

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
    article_id,
)

PLACES = {
    "Kyiv": Place(id="geonames:703448", name="Kyiv", kind="city", precision="city",
                  country="UA", admin1="Kyiv City", lat=50.4547, lon=30.5238),
    "Kharkiv": Place(id="geonames:706483", name="Kharkiv", kind="city", precision="city",
                     country="UA", admin1="Kharkiv", lat=49.9808, lon=36.2527),
    "Odesa": Place(id="geonames:698740", name="Odesa", kind="city", precision="city",
                   country="UA", admin1="Odesa", lat=46.4775, lon=30.7326),
    "Kharkiv Oblast": Place(id="geonames:706482", name="Kharkiv Oblast", kind="admin1",
                            precision="admin1", country="UA", admin1="Kharkiv", lat=49.5,
                            lon=36.5),
    "Ukraine": Place(id="geonames:690791", name="Ukraine", kind="country", precision="country",
                     country="UA", lat=49.0, lon=32.0),
    "Kursk": Place(id="geonames:538560", name="Kursk", kind="city", precision="city",
                   country="RU", admin1="Kursk", lat=51.7373, lon=36.1874),
}

COUNTRY_NAMES = {"RUS": "Russia", "UKR": "Ukraine", "PRK": "North Korea", "KOR": "South Korea",
                 "USA": "United States", "BLR": "Belarus"}


def _span(text: str, snippet: str, after: int = 0) -> Span:
    start = text.index(snippet, after)
    return Span.of(text, start, start + len(snippet))


def _actor(actor_id: str) -> Actor:
    country = actor_id.split(".")[0] if actor_id[:3].isupper() else None
    sector = actor_id.split(".")[1] if "." in actor_id else None
    kind = "country" if "." not in actor_id and country else "organization"
    return Actor(id=actor_id, name=COUNTRY_NAMES.get(actor_id, actor_id), kind=kind,
                 country=country, sector=sector)


def analysis_of(text: str, events: list[dict], outlet: str | None = "Outlet",
                published: datetime | None = None, title: str | None = None,
                actors: list[Actor] | None = None,
                loose_quantities: list[dict] | None = None) -> Analysis:
    """Build an analysis of ``text`` from event dicts.

    An event dict has ``type``, ``evidence`` (a snippet of the text) and optionally ``trigger``
    (a snippet of the evidence; the whole evidence if absent), ``actor``,
    ``recipient`` (id lists), ``place`` (a key of :data:`PLACES` or a Place), ``date``
    (TIMEX value) with ``precision`` and ``how``, ``status``, ``mode``, ``claim`` (a dict with
    ``source``, ``kind``, ``actor``, ``content`` snippets, ``polarity``, ``hedged``) and
    ``quantities`` (dicts with ``text``, ``value``, ``counted``, ``bound``, ``approximate``,
    ``fate``).
    """
    published = published or datetime(2024, 11, 20, 12, 0, tzinfo=UTC)
    art = Article(id=article_id(text), text=text, outlet=outlet, published=published,
                  title=title, language="en")
    found = Analysis(article=art)
    actor_ids: dict[str, Actor] = {a.id: a for a in actors or []}
    places: dict[str, Place] = {}
    for i, ev in enumerate(events):
        evidence = _span(text, ev["evidence"])
        quantity_ids = []
        for q in ev.get("quantities", []):
            qid = f"q{len(found.quantities) + 1}"
            found.quantities.append(Quantity(
                id=qid, span=_span(text, q["text"]), value=q["value"],
                counted=q.get("counted"), approximate=q.get("approximate", False),
                bound=q.get("bound", "exact"), fate=q.get("fate")))
            quantity_ids.append(qid)
        claim_id = None
        if c := ev.get("claim"):
            claim_id = f"c{len(found.claims) + 1}"
            found.claims.append(Claim(
                id=claim_id,
                source=ClaimSource(actor=c.get("actor"), text=c["source"],
                                   span=_span(text, c["source"]), kind=c.get("kind", "named")),
                content=_span(text, c.get("content", ev["evidence"])), style="indirect",
                hedged=c.get("hedged", False), polarity=c.get("polarity", "positive")))
            if c.get("actor"):
                actor_ids.setdefault(c["actor"], _actor(c["actor"]))
        for a in ev.get("actor", []) + ev.get("recipient", []):
            actor_ids.setdefault(a, _actor(a))
        place = ev.get("place")
        if isinstance(place, str):
            place = PLACES[place]
        if place is not None:
            places[place.id] = place
        found.events.append(Event(
            id=f"e{i + 1}", type=ev["type"], mode=ev.get("mode"), actor=ev.get("actor", []),
            recipient=ev.get("recipient", []), place=place.id if place else None,
            date=DateRef(value=ev.get("date", published.date().isoformat()),
                         precision=ev.get("precision", "day"),
                         how=ev.get("how", "explicit" if "date" in ev else "publication")),
            quantities=quantity_ids, status=ev.get("status", "occurred"), claim=claim_id,
            trigger=_span(text, ev["trigger"], evidence.start) if "trigger" in ev else evidence,
            evidence=evidence, confidence=0.8))
    for q in loose_quantities or []:
        found.quantities.append(Quantity(
            id=f"q{len(found.quantities) + 1}", span=_span(text, q["text"]), value=q["value"],
            counted=q.get("counted"), approximate=q.get("approximate", False),
            bound=q.get("bound", "exact"), fate=q.get("fate")))
    found.actors = sorted(actor_ids.values(), key=lambda a: a.id)
    found.places = sorted(places.values(), key=lambda p: p.id)
    return found


# --- synthetic stores for the bench -------------------------------------------------------

_TYPES = ("ASSAULT", "COERCE", "PROTEST", "CONSULT", "THREATEN", "AID", "MOBILIZE", "ACCUSE")
_COUNTRIES = ("RUS", "UKR", "PRK", "KOR", "USA", "BLR", "ISR", "IRN", "SYR", "TUR", "IND",
              "PAK", "CHN", "TWN", "SDN", "ETH", "NGA", "MLI", "COL", "VEN")
_WORDS = ("strike", "missile", "drone", "city", "officials", "said", "overnight", "forces",
          "border", "region", "attack", "talks", "protest", "troops", "residents", "report")


def synthetic_analyses(n_events: int, seed: int = 7, reports_per_event: int = 4,
                       events_per_article: int = 3, days: int | None = None,
                       start: datetime | None = None, label: str = "") -> Iterator[Analysis]:
    """Articles whose events report ``n_events / reports_per_event`` real-world events, each
    reported by about ``reports_per_event`` outlets, over ``days`` days (default: a steady
    news rate of about 14 reports a day, so a bigger store covers a longer time)."""
    rng = random.Random(seed)
    n_real = max(1, n_events // reports_per_event)
    days = days or max(30, n_events * 73 // 1000)
    base = start or datetime(2000, 1, 1, tzinfo=UTC)
    real = []
    cities = list(PLACES.values())
    for i in range(n_real):
        a, b = rng.sample(_COUNTRIES, 2)
        place = rng.choice(cities)
        place = place.model_copy(update={
            "id": f"geonames:{100000 + rng.randrange(5000)}",
            "lat": place.lat + rng.uniform(-8, 8), "lon": place.lon + rng.uniform(-8, 8)})
        real.append((rng.choice(_TYPES), a, b, place, base + timedelta(days=rng.randrange(days)),
                     " ".join(rng.choices(_WORDS, k=8)) + f" {i}", rng.randrange(1, 40)))
    made = 0
    art = 0
    while made < n_events:
        art += 1
        chosen = [real[rng.randrange(n_real)] for _ in range(events_per_article)]
        # Most reports give the toll, some a later (or disputed) higher one.
        tolls = [k if rng.random() < 0.7 else k + rng.randrange(5, 30)
                 for (*_rest, k) in chosen]
        sentences = [f"{evid} in {p.name}, killing {v}."
                     for (_t, _a, _b, p, _d, evid, _k), v in zip(chosen, tolls, strict=True)]
        text = f"Report {label}{art}. " + " ".join(sentences)
        events = [{"type": t, "actor": [a], "recipient": [b], "place": p,
                   "date": d.date().isoformat(), "evidence": s,
                   "quantities": [{"text": f"killing {v}", "value": v, "counted": "killed"}]}
                  for (t, a, b, p, d, _e, _k), s, v in zip(chosen, sentences, tolls,
                                                           strict=True)]
        made += len(events)
        yield analysis_of(text, events, outlet=f"outlet{rng.randrange(200)}",
                          published=chosen[0][4] + timedelta(days=1))
