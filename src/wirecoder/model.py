"""The wirecoder data model: the ``wirecoder/1`` JSON data contract.

Every fact found in an article carries the exact character span it came from; for every
:class:`Span`, ``article.text[span.start:span.end] == span.text``. Field names are part of
the public interface (see ``docs/schema/wirecoder-1.json``, generated from these classes).

This module imports nothing of wirecoder's own.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "wirecoder/1"

ActorKind = Literal["person", "organization", "country", "group", "media"]
Sector = Literal["GOV", "MIL", "REB", "MED", "CVL", "IGO", "NGO", "BUS", "JUD", "LEG", "POL",
                 "OPP", "REL", "CRM", "EDU", "UNK"]
PlaceKind = Literal["country", "admin1", "city", "other"]
Precision = Literal["country", "admin1", "city", "point"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Bound = Literal["exact", "upper", "lower"]
# What happened to the counted things, from the verb or noun that governs the count.
Fate = Literal["fired", "intercepted", "hit", "damaged", "destroyed", "killed", "wounded",
               "missing", "captured", "detained", "abducted", "released", "displaced",
               "evacuated", "deployed", "supplied"]
SourceKind = Literal["named", "institution", "media", "anonymous", "document"]
ClaimStyle = Literal["direct", "indirect", "mixed", "according_to"]
ClaimKind = Literal["statement", "stance"]
Polarity = Literal["positive", "negative"]
EventStatus = Literal["occurred", "reported", "possible", "planned", "threatened", "denied",
                      "historical"]
DateHow = Literal["explicit", "relative", "context", "publication"]
PlaceHow = Literal["text", "dateline", "article"]
PloverType = Literal["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                     "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
                     "MOBILIZE", "COERCE", "ASSAULT"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Span(_Record):
    """A stretch of ``article.text``: ``text == article.text[start:end]``."""

    start: int = Field(ge=0, description="offset of the first character in article.text")
    end: int = Field(ge=0, description="offset just after the last character")
    text: str = Field(description="article.text[start:end]")

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start=start, end=end, text=text[start:end])


class Article(_Record):
    id: str = Field(description="sha256 (hex, first 16) of the normalized body")
    url: str | None = Field(None, description="canonical URL, when known")
    outlet: str | None = Field(None, description="the publication (site name, feed title)")
    title: str | None = None
    byline: list[str] = Field(default_factory=list, description="authors")
    published: datetime | None = Field(None, description="ISO 8601, with offset when known")
    language: str | None = Field(None, description="ISO 639-1 code")
    text: str = Field(description="the body as analysed; every span points into it")
    source: str | None = Field(None, description="where it was ingested from (path, URL, feed)")


class Actor(_Record):
    id: str = Field(description="canonical id, e.g. 'UKR', 'UKR.GOV', 'p:andrii-sybiha'")
    name: str = Field(description="canonical name")
    kind: ActorKind
    country: str | None = Field(None, description="ISO 3166-1 alpha-3; none for IGOs and blocs")
    sector: Sector | None = Field(None, description="PLOVER/CAMEO-style sector")
    role: str | None = Field(None, description="e.g. 'head of state', 'foreign minister'")
    aliases: list[str] = Field(default_factory=list, description="other names in the curated data")
    wikidata: str | None = Field(None, description="Wikidata id, where the curated data gives one")
    mentions: list[Span] = Field(default_factory=list, description="every mention in the article")


class Place(_Record):
    id: str = Field(description="'geonames:<id>' where known, else a stable local id")
    name: str
    kind: PlaceKind
    precision: Precision = Field(description="how exactly the coordinates locate it (as ACLED's "
                                 "geo-precision)")
    country: str | None = Field(None, description="ISO 3166-1 alpha-2")
    admin1: str | None = Field(None, description="GeoNames admin1 code, e.g. 'RU.10'")
    geonameid: int | None = None
    lat: float | None = Field(None, description="WGS84 latitude")
    lon: float | None = Field(None, description="WGS84 longitude")
    mentions: list[Span] = Field(default_factory=list, description="every mention in the article")


class Timex(_Record):
    id: str
    span: Span
    type: TimexType = Field(description="TIMEX3 type")
    value: str = Field(description="TIMEX3 value: 2024-11-19, 2024-09, 2024-W46-WE, P1000D, …")
    anchor: str | None = Field(None, description="the value it was resolved against, if relative")
    mod: str | None = Field(None, description="TIMEX3 mod: START, MID, END, APPROX, …")


class Quantity(_Record):
    id: str
    span: Span
    value: float = Field(
        description="the number ('six' -> 6; 'tens of thousands' -> 20000, a lower bound)")
    counted: str | None = Field(None, description="what is counted: troops, missiles, killed, …")
    approximate: bool = Field(False, description="said approximately: about, roughly, some")
    bound: Bound = Field("exact", description="'up to' / 'as many as' is an upper bound, "
                         "'at least' / 'more than' a lower one")
    fate: Fate | None = Field(None, description="what happened to the counted things: six "
                              "missiles fired, five intercepted, 3,000 troops deployed")


class DateRef(_Record):
    """When an event happened (or a claim was made), resolved from the text."""

    value: str = Field(description="TIMEX3 value at its own precision")
    precision: Literal["year", "season", "quarter", "month", "week", "day", "part", "time"]
    span: Span | None = Field(None, description="the words that gave the date, if any")
    how: DateHow = Field(description="explicit, relative (to the publication date), context "
                         "(told earlier in the article) or publication")


class ClaimSource(_Record):
    actor: str | None = Field(None, description="actor id of the speaker, when resolved")
    also: list[str] = Field(default_factory=list, description="actor ids of the further "
                            "speakers of a compound source ('the US and Britain said'), after "
                            "``actor``")
    text: str = Field(description="the words naming the source")
    span: Span | None = None
    kind: SourceKind = Field(description="a named person, an institution, a media outlet, an "
                             "anonymous source, or a document")


class Claim(_Record):
    id: str
    source: ClaimSource = Field(description="who says so")
    cue: Span | None = Field(None, description="the reporting words: said, told, according to")
    content: Span = Field(description="what is said")
    style: ClaimStyle = Field(description="direct quote, indirect speech, mixed, or 'according to'")
    kind: ClaimKind = Field("statement", description="statement: the source asserts the content "
                            "(said, reported, according to); stance: the source holds a view, "
                            "wish or intention about it (believes, wants, fears, expressed "
                            "concern about), which does not report that it happened")
    hedged: bool = Field(False, description="the content is hedged (could, may, reportedly, up to)")
    hedges: list[Span] = Field(default_factory=list, description="the hedge words found")
    polarity: Polarity = Field("positive", description="negative for a denial or refutation")
    date: DateRef | None = Field(None, description="when it was said")
    place: str | None = Field(None, description="place id where the claim was made")
    via: str | None = Field(None, description="claim id of the outer source (nested sourcing)")


class Event(_Record):
    id: str
    type: PloverType = Field(description="PLOVER event type")
    mode: str | None = Field(None, description="PLOVER mode of the type, e.g. aerial, troops")
    actor: list[str] = Field(default_factory=list, description="actor ids")
    recipient: list[str] = Field(default_factory=list, description="actor ids")
    place: str | None = Field(None, description="place id")
    place_how: PlaceHow | None = Field(None, description="where the place comes from: text (the "
                                       "event's own words), dateline (the city of the "
                                       "article's dateline) or article (the one city the "
                                       "article names); None without a place")
    date: DateRef
    quantities: list[str] = Field(default_factory=list, description="quantity ids")
    status: EventStatus = Field(description="occurred, reported (by a claim), possible, planned, "
                                "threatened, denied or historical")
    claim: str | None = Field(None, description="id of the claim that carries it")
    trigger: Span = Field(description="the word or phrase that names the event")
    evidence: Span = Field(description="the clause or sentence the event is read from")
    confidence: float = Field(ge=0.0, le=1.0, description="how surely the coder read the type "
                              "and parties, in [0, 1]")


class Analysis(_Record):
    schema_: str = Field(SCHEMA_VERSION, alias="schema", description="contract version")
    article: Article
    actors: list[Actor] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    timexes: list[Timex] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json(self, **kw) -> str:
        return self.model_dump_json(by_alias=True, **kw)

    def to_dict(self) -> dict:
        return self.model_dump(mode="json", by_alias=True)

    @classmethod
    def from_dict(cls, data: dict) -> Analysis:
        return cls.model_validate(data)

    def spans(self) -> list[Span]:
        """Every span in the analysis, for integrity checks."""
        out: list[Span] = []
        for a in self.actors:
            out += a.mentions
        for p in self.places:
            out += p.mentions
        out += [t.span for t in self.timexes] + [q.span for q in self.quantities]
        for c in self.claims:
            out += [s for s in (c.source.span, c.cue, c.content) if s] + c.hedges
            if c.date and c.date.span:
                out.append(c.date.span)
        for e in self.events:
            out += [e.trigger, e.evidence] + ([e.date.span] if e.date.span else [])
        return out


def normalize_body(text: str) -> str:
    """The form of a body that identity is computed on: NFKC, case-folded, whitespace folded."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().casefold()


def article_id(text: str) -> str:
    return hashlib.sha256(normalize_body(text).encode("utf-8")).hexdigest()[:16]


def json_schema() -> dict:
    """The JSON Schema of one ``analyze --format json`` object."""
    schema = Analysis.model_json_schema(by_alias=True, mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://wirecoder.dev/schema/wirecoder-1.json"
    schema["title"] = "wirecoder/1 analysis"
    return schema
