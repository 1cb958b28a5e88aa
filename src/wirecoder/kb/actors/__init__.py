"""The curated actor knowledge base: countries, institutions, organisations, armed groups,
media and people, read once per process from the data files next to this module.

Format and id scheme: ``README.md`` in this folder. :func:`check` lists what is wrong with
the data (duplicate ids, aliases that resolve to more than one id without being a documented
ambiguity); the test suite runs it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

DIR = Path(__file__).parent

# How an alias names a country; capitals and seats only name an actor in metonymy.
HOW_NAME, HOW_DEMONYM, HOW_CAPITAL, HOW_SEAT = "name", "demonym", "capital", "seat"
# How an alias names a bloc ("the West", "Western"): only where it is not part of a place
# name ("Western Europe", "Western Sahara") or a "pro-"/"anti-" compound.
HOW_BLOC = "bloc"

# "p:" and "o:" (people, other organisations) cannot collide with ISO alpha-3 codes, which
# "PER" (Peru) would.
KIND_OF_PREFIX = {"IGO": "organization", "NGO": "organization", "MED": "media",
                  "REB": "group", "p": "person", "o": "organization"}
SECTOR_OF_PREFIX = {"IGO": "IGO", "NGO": "NGO", "MED": "MED", "REB": "REB"}


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    aliases: tuple[str, ...]
    capitals: tuple[str, ...]
    demonyms: tuple[str, ...]
    wikidata: str | None = None


@dataclass(frozen=True)
class Unit:
    """A generic institution of any country: ``<ISO3>.<unit>``."""

    unit: str
    sector: str
    role: str
    phrases: tuple[str, ...]


@dataclass(frozen=True)
class Title:
    role: str
    sector: str
    phrases: tuple[str, ...]


@dataclass(frozen=True)
class Role:
    role: str
    sector: str
    start: date | None = None
    end: date | None = None
    country: str | None = None

    def holds(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Record:
    """One canonical actor of the knowledge base."""

    id: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    role: str | None
    aliases: tuple[str, ...] = ()
    seats: tuple[str, ...] = ()  # names that stand for it only as the agent of a verb
    wikidata: str | None = None
    roles: tuple[Role, ...] = ()
    solo: bool = True  # a one-word alias may resolve alone
    affiliation: str | None = None
    # a movement that runs a state's institutions (the Taliban since August 2021): from that
    # day "<group> <institution>" is the state's institution (``<governs>.<unit>``)
    governs: str | None = None
    governs_from: date | None = None

    def role_on(self, day: date | None) -> Role | None:
        """The role held on ``day`` (the latest one when no day is known); a past role,
        prefixed "former", when none is held."""
        if not self.roles:
            return None
        if day is None:
            return self.roles[-1]
        held = [r for r in self.roles if r.holds(day)]
        if held:
            return held[-1]
        past = [r for r in self.roles if r.end is not None and r.end <= day]
        if past:
            r = past[-1]
            return Role(f"former {r.role}", r.sector, r.start, r.end, r.country)
        return None


@dataclass
class KB:
    countries: dict[str, Country]
    records: dict[str, Record]
    units: dict[str, Unit]
    titles: list[Title]
    ambiguous: dict[str, dict]
    # alias as written -> [(id, how)]
    aliases: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    blocs: dict[str, Record] = field(default_factory=dict)

    def record(self, actor_id: str) -> Record | None:
        """The record of an id, building ``<ISO3>[.<unit>]`` ids of generic institutions."""
        if actor_id in self.records:
            return self.records[actor_id]
        if actor_id in self.blocs:
            return self.blocs[actor_id]
        iso, _, unit_id = actor_id.partition(".")
        country = self.countries.get(iso)
        if country is None:
            return None
        if not unit_id:
            return Record(iso, country.name, "country", iso, "GOV", "state",
                          aliases=(country.name, *country.aliases), wikidata=country.wikidata)
        unit = self.units.get(unit_id)
        if unit is None:
            return None
        return Record(actor_id, f"{unit.role.capitalize()} of {country.name}", "organization",
                      iso, unit.sector, unit.role)

    def resolve_alias(self, alias: str) -> str | None:
        """The one id an alias names (the documented default for an ambiguous one)."""
        if alias in self.ambiguous:
            return self.ambiguous[alias]["default"]
        ids = {i for i, _ in self.aliases.get(alias, [])}
        return ids.pop() if len(ids) == 1 else None


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def split_id(actor_id: str) -> tuple[str, str]:
    """("p", "vladimir-putin"), ("RUS", "MIL.MOD"), ("IGO", "NATO")."""
    if ":" in actor_id:
        prefix, _, rest = actor_id.partition(":")
    else:
        prefix, _, rest = actor_id.partition(".")
    return prefix, rest


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split(";") if x.strip())


def _countries() -> dict[str, Country]:
    import pycountry

    out: dict[str, Country] = {}
    for line in (DIR / "countries.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = (line.split("\t") + [""] * 6)[:6]
        iso, name, aliases, capitals, demonyms, qid = cells
        extra: list[str] = []
        pc = pycountry.countries.get(alpha_3=iso)
        for attr in ("name", "official_name", "common_name"):
            value = getattr(pc, attr, None) if pc else None
            # "Korea, Republic of" and "Holy See (Vatican City State)" are index forms
            if value and "," not in value and "(" not in value:
                extra.append(value.removeprefix("the "))
        names = tuple(dict.fromkeys(a for a in (*_split(aliases), *extra) if a != name))
        out[iso] = Country(iso, name, names, _split(capitals), _split(demonyms),
                           qid.strip() or None)
    return out


def _blocs() -> tuple[dict[str, Record], list[tuple[str, str, str]]]:
    """Blocs without a treaty body ("the West"): records of kind group with no country, and
    their (alias, id, how) rows. Not kb records, so the entity ruler never sees "Western"."""
    blocs: dict[str, Record] = {}
    rows: list[tuple[str, str, str]] = []
    for d in _yaml("blocs.yaml"):
        names, adjectives = tuple(d.get("names", ())), tuple(d.get("adjectives", ()))
        blocs[d["id"]] = Record(d["id"], d["name"], "group", None, d["sector"], d["role"],
                                (*names, *adjectives), wikidata=d.get("wikidata"))
        rows += [(a, d["id"], HOW_BLOC) for a in (*names, *adjectives)]
    return blocs, rows


def _yaml(name: str) -> list[dict]:
    return yaml.safe_load((DIR / name).read_text(encoding="utf-8")) or []


def _role(d: dict) -> Role:
    return Role(d["role"], d["sector"], d.get("from"), d.get("to"), d.get("country"))


def _records(units: dict[str, Unit], countries: dict[str, Country]) -> tuple[
        dict[str, Record], list[str]]:
    records: dict[str, Record] = {}
    dupes: list[str] = []
    for fname in ("national.yaml", "organizations.yaml", "groups.yaml", "media.yaml",
                  "people.yaml"):
        for d in _yaml(fname):
            rid = d["id"]
            prefix, rest = split_id(rid)
            if rid in records:
                dupes.append(rid)
            if prefix in countries:  # a national body: defaults from units.yaml
                unit = units.get(rest)
                sector = d.get("sector") or (unit.sector if unit else None)
                role = d.get("role") or (unit.role if unit else None)
                name = d.get("name") or (f"{role.capitalize()} of {countries[prefix].name}"
                                         if role else rid)
                records[rid] = Record(rid, name, d.get("kind", "organization"), prefix, sector,
                                      role, tuple(d.get("aliases", ())),
                                      tuple(d.get("seats", ())), d.get("wikidata"))
                continue
            roles = tuple(_role(r) for r in d.get("roles", ()))
            kind = d.get("kind") or KIND_OF_PREFIX.get(prefix, "organization")
            sector = d.get("sector") or SECTOR_OF_PREFIX.get(prefix) or (
                roles[-1].sector if roles else None)
            role = d.get("role") or {"MED": "news outlet", "REB": "armed group"}.get(prefix)
            records[rid] = Record(rid, d["name"], kind, d.get("country"), sector, role,
                                  tuple(d.get("aliases", ())), tuple(d.get("seats", ())),
                                  d.get("wikidata"), roles, d.get("solo", True),
                                  d.get("affiliation"), d.get("governs"), d.get("governs_from"))
    return records, dupes


@functools.cache
def iso3_of(alpha2: str) -> str | None:
    """The ISO 3166 alpha-3 code (an actor id) of a place's alpha-2 country code."""
    import pycountry

    found = pycountry.countries.get(alpha_2=alpha2.upper())
    return found.alpha_3 if found else None


@functools.cache
def load() -> KB:
    countries = _countries()
    units = {d["unit"]: Unit(d["unit"], d["sector"], d["role"], tuple(d["phrases"]))
             for d in _yaml("units.yaml")}
    titles = [Title(d["role"], d["sector"], tuple(d["phrases"])) for d in _yaml("titles.yaml")]
    records, _ = _records(units, countries)
    ambiguous = {d["alias"]: d for d in _yaml("ambiguous.yaml")}
    aliases: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for c in countries.values():
        for a in (c.name, *c.aliases):
            aliases[a].append((c.iso3, HOW_NAME))
        for a in c.capitals:
            aliases[a].append((c.iso3, HOW_CAPITAL))
        for a in c.demonyms:
            aliases[a].append((c.iso3, HOW_DEMONYM))
            for plural in _plurals(a):
                aliases[plural].append((c.iso3, HOW_DEMONYM))
    for r in records.values():
        for a in r.aliases:
            aliases[a].append((r.id, HOW_NAME))
        for a in r.seats:
            aliases[a].append((r.id, HOW_SEAT))
    blocs, bloc_rows = _blocs()
    for alias, bloc_id, how in bloc_rows:
        aliases[alias].append((bloc_id, how))
    for alias, d in ambiguous.items():
        if alias not in aliases:
            aliases[alias].append((d["default"], d.get("how", HOW_NAME)))
    return KB(countries, records, units, titles, ambiguous, dict(aliases), blocs)


@functools.cache
def vessel_prefixes() -> dict[str, str]:
    """Ship prefix -> the actor id of the service whose ships carry it (``vessels.tsv``)."""
    out: dict[str, str] = {}
    for line in (DIR / "vessels.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            prefix, actor_id = line.split("\t")[:2]
            out[prefix.strip()] = actor_id.strip()
    return out


@functools.cache
def cues() -> dict:
    """The resolver's cue words (``cues.yaml``): frozensets, and ``org_sector_cues`` as
    (cue, sector) pairs."""
    raw = yaml.safe_load((DIR / "cues.yaml").read_text(encoding="utf-8"))
    out: dict = {k: frozenset(v) for k, v in raw.items() if k != "org_sector_cues"}
    out["org_sector_cues"] = tuple((c, s) for c, s in raw["org_sector_cues"])
    return out


def _plurals(demonym: str) -> tuple[str, ...]:
    """"Russians", "Israelis": the people of a country, written as a plural noun."""
    if demonym.endswith(("an", "i")) and " " not in demonym:
        return (demonym + "s",)
    if demonym.endswith(("Finn", "Dane", "Swede", "Pole", "Turk", "Briton", "Serb", "Croat",
                         "Kazakh", "Uzbek", "Tajik", "Afghan")):
        return (demonym + "s",)
    return ()


def check(kb: KB | None = None) -> list[str]:
    """Problems in the knowledge files; an empty list when they are sound."""
    kb = kb or load()
    _, dupes = _records(kb.units, kb.countries)
    problems = [f"duplicate id {d}" for d in dupes]
    for alias, entries in sorted(kb.aliases.items()):
        ids = sorted({i for i, _ in entries})
        if len(ids) > 1:
            doc = kb.ambiguous.get(alias)
            if doc is None or not set(ids) <= set(doc["ids"]):
                problems.append(f"alias {alias!r} names {ids} and is not in ambiguous.yaml")
        for i in ids:
            if kb.record(i) is None:
                problems.append(f"alias {alias!r} names unknown id {i}")
    for prefix, vessel_id in vessel_prefixes().items():
        if kb.record(vessel_id) is None:
            problems.append(f"ship prefix {prefix}: unknown id {vessel_id}")
    for b in kb.blocs:
        if b in kb.countries or b in kb.records or "." in b or ":" in b:
            problems.append(f"bloc {b}: its id must be a code of its own, not an ISO 3166 one")
    for alias, doc in kb.ambiguous.items():
        if doc["default"] not in doc["ids"]:
            problems.append(f"ambiguous alias {alias!r}: default not among its ids")
    for r in kb.records.values():
        if r.country is not None and r.country not in kb.countries:
            problems.append(f"{r.id}: unknown country {r.country}")
        if r.governs is not None and (r.governs not in kb.countries or r.governs_from is None):
            problems.append(f"{r.id}: governs needs a country and governs_from")
        if r.affiliation is not None and kb.record(r.affiliation) is None:
            problems.append(f"{r.id}: unknown affiliation {r.affiliation}")
        prefix, rest = split_id(r.id)
        if prefix in kb.countries and rest.split(".")[0] not in {"GOV", "MIL", "LEG", "JUD",
                                                                 "POL", "CVL", "OPP", "MED",
                                                                 "BUS", "REB"}:
            problems.append(f"{r.id}: a national id must be <ISO3>.<SECTOR>[.<UNIT>]")
        if prefix not in kb.countries and prefix not in KIND_OF_PREFIX:
            problems.append(f"{r.id}: unknown id prefix {prefix}")
        if prefix == "p" and rest != slug(r.name):
            problems.append(f"{r.id}: a person id must be p:<slug of the name>")
        for a, b in zip(r.roles, r.roles[1:], strict=False):
            if a.start and b.start and a.start > b.start:
                problems.append(f"{r.id}: roles out of date order")
    return problems
