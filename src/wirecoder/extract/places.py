"""Places: toponyms geocoded offline to GeoNames ids and coordinates.

Recognition is spaCy's GPE/LOC/FAC entities (with ``kb/ruler/places.jsonl`` fixing the model's
slips and marking "X region/oblast" units), plus what the model mislabels or misses: countries
and first-level units wherever they stand, street names by their shape, names cut short
("Rio Grande| do Sul"). Resolution picks, for each mention, the gazetteer entry with the best
score from:

- a prior: the kind (country > region > admin1 ...) and the log of the population;
- how the name matched (primary name, English alias, other alternate name);
- cues: "X region/oblast/province" wants an administrative unit, "the city of X" a town,
  "X state" / "the state of X" a first-level unit;
- "X, Y": a container named right after the mention ("Sudzha, Kursk region", "Paris, Texas");
- the article: countries and admin1 units of the *other* places (from a first pass without
  context), the countries of the actors already found, readings of other names a few km away
  ("Edmonton" and "Enfield" in north London) and the kind of the other items of a list.

A street, a valley, a unit or a hamlet the gazetteer lacks is kept when its shape or the text
says it is a place, with a ``local:`` id and the coordinates and precision (never finer than
'city') of its anchor: where the text puts it ("X, Y", "Y's X", "X in Y", "the Y suburb of X",
"X, a town near Y"), else the town or unit told nearest it within about two sentences, else
the article's main place (in the country most of its places lie in); a site named after a
town lies at that town ("Nha Trang International Airport"), and a dateline filed from abroad
is no anchor. A town or county reading that lies away from where the text puts it ("Stroud,
Ontario" is no English town) is such an unknown too, not a far homonym. Natural features and
landmarks ("Lake Erie", "the White House") come from the curated list and are resolved, never
recognised on their name alone.

Mentions used as actors (metonymy: "Moscow said", "Russia launched") are left to the ACTORS
stage and are not places.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from wirecoder.extract.spans import PLACE_LABELS, actor_at, doc_text, entities, span
from wirecoder.extract.timex.lexicon import MONTH
from wirecoder.kb.actors import cues
from wirecoder.kb.places.gazetteer import (
    Entry,
    Gazetteer,
    capitals,
    cells_within,
    core_admin_name,
    grid_cell,
    haversine_km,
    load,
    norm,
)
from wirecoder.model import Analysis, Place

ADMIN_CUES = frozenset({"region", "oblast", "province", "governorate", "state", "krai", "kray",
                        "prefecture", "district", "county", "parish", "regions", "provinces",
                        "oblasts", "voivodeship", "territory", "department", "municipality"})
_ADMIN_CUE_AFTER = re.compile(
    r"^\s+(region|oblast|province|governorate|prefecture|krai|district|county|parish)\b", re.I)
# Nouns of a town that name the one after them: "the city of X", "the port city Mersin".
TOWN_NOUNS = frozenset({"capital", "city", "town", "village", "port", "hamlet", "suburb"})
_CITY_CUE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(TOWN_NOUNS)) + r") of\s+$", re.I)
# Lower-case nouns a settlement's name may follow bare ("the German island X", "the Nairobi
# slum X"); not "city" or "state", which open titles and bodies ("state Senator X").
BARE_UNIT_NOUNS = frozenset(str.split("""
village town island slum camp hamlet township suburb enclave
"""))
# "the Lebanese city of Tripoli", "the German island X": the people's adjective names the
# country (:attr:`Mention.people`)
_PEOPLE_TOWN_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:" + "|".join(sorted(
    TOWN_NOUNS | BARE_UNIT_NOUNS)) + r")\s+(?:of\s+)?$")
_ADMIN_CUE_BEFORE = re.compile(r"\b(?:province|region|oblast|governorate|prefecture|county|"
                               r"district) of\s+(?:the\s+)?$", re.I)
# "Washington state", "the state of Washington": a state, though "China state media" is no
# state of China, so only a boost for first-level units, never a penalty for countries.
_STATE_CUE = (re.compile(r"^\s+state\b", re.I), re.compile(r"\bstate of\s+$", re.I))
# "X, Y" and "X, north-west Y" / "X, eastern Y": the unit X lies in, with the part of it.
_CONTAINER_AFTER = re.compile(r"^,\s+(?:(?:far[- ])?(?:(?:north|south)[- ]?(?:east|west)(?:ern)?|"
                              r"north(?:ern)?|south(?:ern)?|east(?:ern)?|west(?:ern)?|central)"
                              r"[ \t]+(?=[A-Z]))?((?:[A-Z][\w’'.-]*\.?)(?:\s+[A-Z][\w’'.-]*)*)")
_FULL_STOP = re.compile(r"\.\s")
_FEATURE_AFTER = re.compile(r"[ \t]+(?:river|lake|valley|islands?|islets?|rocks|creek|mountains|"
                            r"hills|delta|canal|desert|gorge|estuary)\b")
_ABBREV_END = re.compile(r"\b(?:St|Ft|Mt)$")
_NEXT_WORD = re.compile(r"\s+(\w+)")
_PHRASE_END = re.compile(r"\s*(?:[,.;:)—–-]|\n|$)")

# AP-style abbreviations of US states, as they follow a town ("Alexandria, La.").
US_STATE_ABBR = {
    "ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "colo": "CO", "conn": "CT",
    "del": "DE", "fla": "FL", "ga": "GA", "ill": "IL", "ind": "IN", "kan": "KS", "kans": "KS",
    "ky": "KY", "la": "LA", "md": "MD", "mass": "MA", "mich": "MI", "minn": "MN", "miss": "MS",
    "mo": "MO", "mont": "MT", "neb": "NE", "nev": "NV", "nh": "NH", "nj": "NJ", "nm": "NM",
    "ny": "NY", "nc": "NC", "nd": "ND", "okla": "OK", "ore": "OR", "pa": "PA", "ri": "RI",
    "sc": "SC", "sd": "SD", "tenn": "TN", "tex": "TX", "vt": "VT", "va": "VA", "wash": "WA",
    "wva": "WV", "wis": "WI", "wyo": "WY", "dc": "DC",
}

# Subjects of these verbs are agents: "Russia launched", "Moscow said" (metonymy).
AGENT_VERBS = frozenset(str.split("""
say tell announce claim deny accuse warn urge demand call reject condemn insist vow pledge
threaten promise respond reply agree refuse decide plan want seek ask offer propose order send
deploy launch fire attack strike invade sanction impose sign approve vote ban block expel recall
summon host welcome support back oppose criticize criticise blame insist confirm report argue
believe hope fear expect try intend aim push pressure help fund give provide supply buy sell
negotiate mediate recognize recognise veto issue retaliate respond counter hit shoot kill bomb
target shell capture seize retake recapture mobilize mobilise protest complain lodge file
"""))
# Heads that make a country or capital before them an agent: "Russia's invasion", "U.S.
# officials", "Kremlin's decision"; not "Kyiv residents" or "Syria's north". One list with the
# actors stage (kb/actors/cues.yaml).
AGENT_NOUNS: frozenset[str] = cues()["agent_nouns"]
BENEFIT_NOUNS: frozenset[str] = cues()["benefit_nouns"]  # "support for Kyiv": a recipient
# Countries, capitals and admin units as agents; towns rarely are.
METONYMIC_KINDS = frozenset({"country", "admin1", "capital"})

# Weights of the article context, in orders of magnitude of population.
CTX_PRESENT, CTX_SHARE, CTX_ABSENT_COUNTRY = 1.5, 2.5, 2.0
# A curated feature ("Lake Erie", "the White House") outranks a town named after it, as a
# region does; it is only ever a candidate when something else says the name is a place.
KIND_PRIOR = {"country": 10.0, "continent": 10.0, "region": 8.5, "feature": 8.5, "admin2": 4.2}
RANK_BONUS = {2: 0.0, 1: -0.2, 0: -1.0}


@dataclass
class Context:
    """What the article says about where it is: weights by country and by admin1 unit."""

    countries: Counter = field(default_factory=Counter)
    admin1s: Counter = field(default_factory=Counter)
    points: tuple[tuple[float, float], ...] = ()  # towns and admin units of the other mentions
    # Towns the other names of the article *may* be, by grid cell, with the name's key.
    maybe: dict[tuple[int, int], list[tuple[str, Entry]]] = field(default_factory=dict)
    key: str = ""  # the name being resolved (its own readings do not count)
    listed: tuple[str, str | None] | None = None  # (kind, country) of most items of its list

    def without(self, entry: Entry | None) -> Context:
        out = Context(Counter(self.countries), Counter(self.admin1s), self.points, self.maybe,
                      self.key, self.listed)
        if entry is not None:
            _add(out, entry, -1.0)
        return out


def _add(ctx: Context, e: Entry, w: float) -> None:
    if e.cc:
        ctx.countries[e.cc] += w
        if ctx.countries[e.cc] <= 1e-9:
            del ctx.countries[e.cc]
    if e.cc and e.admin1 and e.kind != "country":
        ctx.admin1s[(e.cc, e.admin1)] += w
        if ctx.admin1s[(e.cc, e.admin1)] <= 1e-9:
            del ctx.admin1s[(e.cc, e.admin1)]


@dataclass(frozen=True)
class Mention:
    """A toponym in the text: its span, the name to look up and the cues around it."""

    start: int
    end: int
    name: str
    cue: str | None  # "admin" | "city" | "state" | None
    container: str | None  # the Y of "X, Y"
    unit_word: str | None = None  # the word of an admin cue after the name ("region")
    feature: bool = False  # a landscape word follows: "the Vistula river"
    dateline: bool = False  # the town of the story's dateline ("VIENNA, Nov 21 (Wire) -")
    determined: bool = False  # "the" stands before it: "the Rice Lake area"
    people: str | None = None  # "the Lebanese city of X", "the German island X": its country


_LEADING = re.compile(r"^(?:the|The|THE)\s+")
_TRAILING = re.compile(r"(?:['’]s|['’])$")


def mention_at(text: str, start: int, end: int) -> Mention:
    """Read the name and the cues of the toponym at ``[start, end)``."""
    name = text[start:end].strip()
    name = _TRAILING.sub("", _LEADING.sub("", name)).strip(" .,;:\"“”()")
    cue = unit_word = None
    words = name.split()
    if len(words) > 1 and words[-1].lower() in ADMIN_CUES:
        cue, unit_word = "admin", words[-1].lower()
    after = text[end:end + 40]
    if cue_after := _ADMIN_CUE_AFTER.match(after):
        cue, unit_word = "admin", cue_after.group(1).lower()
    before = text[max(0, start - 25):start]
    if _ADMIN_CUE_BEFORE.search(before):
        cue = "admin"
    if _CITY_CUE_BEFORE.search(before):
        cue = cue or "city"
    if cue is None and (_STATE_CUE[0].match(after) or _STATE_CUE[1].search(before)):
        cue = "state"
    name = _with_shared_head(name, text, end)
    m = _CONTAINER_AFTER.match(after)
    people = _PEOPLE_TOWN_BEFORE.search(text[max(0, start - 40):start])
    return Mention(start, end, name, cue, _sentence_cut(m.group(1)) if m else None, unit_word,
                   _FEATURE_AFTER.match(after) is not None,
                   determined=_THE_BEFORE.search(text, max(0, start - 5), start) is not None
                   or _LEADING.match(text[start:end]) is not None,
                   people=people.group(1) if people else None)


# "Central| and South America", "Eastern| and Southern Europe": the head the conjuncts share.
_HEAD_SHARED_AFTER = re.compile(r"[ \t]+(?:and|or|&)[ \t]+[A-Z][a-z]+[ \t]+"
                                r"([A-Z][\w-]+)(?:[ \t]+([A-Z][\w-]+))?")


def _with_shared_head(name: str, text: str, end: int) -> str:
    """The full name of the first conjunct of two units sharing one head ("Central" of
    "Central and South America" is Central America), when the gazetteer knows it as a
    country, continent, first-level unit or region."""
    if " " in name or not name[:1].isupper():
        return name
    m = _HEAD_SHARED_AFTER.match(text, end, end + 60)
    if m is None:
        return name
    gaz = load()
    heads = [f"{m.group(1)} {m.group(2)}"] if m.group(2) else []
    for head in [*heads, m.group(1)]:
        full = f"{name} {head}"
        if _unit_known(gaz, full):
            return full
    return name


_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")


def _sentence_cut(container: str) -> str:
    """A container ends with its sentence: "Athens, Greece. Later" is in Greece ("Alexandria,
    La. Police": in La.), though "St. Louis" goes on."""
    for m in _FULL_STOP.finditer(container):
        if not _ABBREV_END.search(container[:m.start()]):
            return container[:m.start() + 1]
    return container


_DATE_AFTER = re.compile(MONTH + r"$")  # a month word alone: "Nov", "Nov.", "November"


def named_units(gaz: Gazetteer, name: str | None) -> set[tuple[str, str | None]]:
    """(country, admin1) pairs a "X, Y" container may be; admin1 None = the whole country."""
    if not name or _DATE_AFTER.match(name):
        return set()  # "MOSCOW, Nov 19": a date, not the Tajik town Nov
    out: set[tuple[str, str | None]] = set()
    key = norm(name)
    if key in US_STATE_ABBR:
        out.add(("US", US_STATE_ABBR[key]))
    for e, _rank in _candidates(gaz, name, "admin"):
        if e.kind == "country" and e.cc:
            out.add((e.cc, None))
        elif e.kind == "admin1" and e.cc:
            out.add((e.cc, e.admin1))
    return out


def _people_country(gaz: Gazetteer, word: str | None) -> set[tuple[str, str | None]]:
    """The country whose people's adjective names a town's ("the Lebanese city of Tripoli")."""
    e = gaz.demonym(word) if word else None
    return {(e.cc, None)} if e is not None and e.kind == "country" and e.cc else set()


_PART_OF = re.compile(r"^(?:[Ff]ar[- ]+)?(?:(?:[Nn]orth|[Ss]outh)[- ]?(?:[Ee]ast|[Ww]est)(?:ern)?|"
                      r"[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Nn]orthern|"
                      r"[Ss]outhern|[Ee]astern|[Ww]estern|[Cc]entral|[Uu]pper|[Ll]ower|[Gg]reater|[Dd]owntown|[Oo]ld)"
                      r"[- ]+(.+)$")


# A plural unit word closing a name ("Hubei provinces", "Kursk and Belgorod oblasts") and its
# singular, which names the one unit meant.
SINGULAR_UNIT = {"provinces": "province", "regions": "region", "states": "state",
                 "districts": "district", "oblasts": "oblast", "governorates": "governorate",
                 "prefectures": "prefecture", "counties": "county", "parishes": "parish",
                 "territories": "territory"}
_PLURAL_UNIT = re.compile(r"\b(" + "|".join(SINGULAR_UNIT) + r")$", re.I)


def _singular(m: re.Match) -> str:
    return SINGULAR_UNIT[m.group(1).lower()]


# A name this short that is only some place's minor alternate name is a code or a clipping of
# it ("Ber" for Berlin): a title-case word of that length is a place's own name, not that one.
SHORT_ALTERNATE = 3


def _short_alternate(name: str, e: Entry, rank: int) -> bool:
    return rank == 0 and len(name) <= SHORT_ALTERNATE and not name.isupper() \
        and norm(e.name) != norm(name)


def _candidates(gaz: Gazetteer, name: str, cue: str | None) -> list[tuple[Entry, int]]:
    found = [(e, r) for e, r in gaz.lookup(name) if not _short_alternate(name, e, r)]
    if cue == "admin" or not found:
        core = core_admin_name(_PLURAL_UNIT.sub(_singular, name))  # "Hubei provinces"
        if core and core != norm(name):
            found += [(e, r) for e, r in gaz.lookup(core) if e.kind in ("admin1", "admin2",
                                                                        "region", "city")]
    if not found and name.isupper() is False and "-" in name:
        found = list(gaz.lookup(name.replace("-", " ")))
    if not found and (m := _PART_OF.match(name)):
        # "North London", "Upper Edmonton", "central Kharkiv": a part of a named place, a
        # sizeable one (not a hamlet that shares the core of "West Kasai").
        found = [(e, r) for e, r in gaz.lookup(m.group(1)) if r >= 1 and (
            e.kind != "city" or e.population >= 50_000)]
    return found


def _score(e: Entry, rank: int, m: Mention, ctx: Context, containers: set,
           city_names: set[tuple[str, str | None]]) -> float:
    if e.kind in KIND_PRIOR:
        s = KIND_PRIOR[e.kind]
        if e.kind == "admin2":
            s += 0.5 * math.log10(e.population + 1)  # towns in it, as a size proxy
    elif e.kind == "admin1":
        s = math.log10(e.population + 10) - 1.5
        if m.cue != "admin" and (e.cc, e.admin1) in city_names:
            s -= 1.5  # "Kursk" alone is the town; "Kursk region" is the unit
    else:
        s = math.log10(e.population + 10)
    s += RANK_BONUS[rank]
    if m.cue == "admin":
        s += 4.0 if e.kind in ("admin1", "admin2", "region") else -2.0
    elif m.cue == "city" and e.kind == "city":
        s += 2.0
    elif m.cue == "state" and e.kind == "admin1":
        s += 4.0
    if ctx.listed == (e.kind, e.cc):
        s += LIST_BONUS
    if containers and ((e.cc, e.admin1) in containers or (e.cc, None) in containers):
        s += 6.0
    total = sum(ctx.countries.values())
    if e.cc and total > 0:
        share = ctx.countries.get(e.cc, 0.0) / total
        if share > 0:  # one other mention is a hint, several are evidence
            s += (CTX_PRESENT + CTX_SHARE * share) * min(1.0, total / 3)
        elif e.kind == "country" and total >= 2:
            s -= CTX_ABSENT_COUNTRY  # "Georgia" in a story all about the US is the state
    if e.kind != "country" and ctx.admin1s.get((e.cc, e.admin1), 0) > 0:
        s += 1.5
    if e.kind in ("city", "admin2") and ctx.points:
        near = math.inf
        for lat, lon in ctx.points:  # the nearest, but one within 100 km settles it
            near = min(near, haversine_km(e.lat, e.lon, lat, lon))
            if near < 100:
                break
        s += 2.0 if near < 100 else 1.0 if near < 400 else 0.0
    return s


NEIGHBOUR_BONUS, CELL_DEG, MAX_READINGS = 2.0, 1.0, 4
TOWN_SHARE = 0.1
NEIGHBOUR_KM = {"city": 30.0, "admin2": 80.0}  # two counties: their middles are far apart


def _neighbourly(e: Entry, rank: int) -> bool:
    """A reading worth a neighbour's vote: a sizeable town, or a county by its own name."""
    if e.kind == "admin2":
        return rank == 2
    return e.kind == "city" and e.population >= 5_000 and (rank == 2 or e.population >= 50_000)


def _maybe_places(gaz: Gazetteer, mentions: Sequence[Mention], keys: Sequence[str]) -> dict[
        tuple[int, int], list[tuple[str, Entry]]]:
    """Every town or county each name of the article may be, by grid cell: two names that
    have readings a few kilometres apart most likely mean those ("Edmonton" and "Enfield" in
    north London, "London" and "St. Thomas" in Ontario); two names of one place ("Mexico"
    and "Mexico City") are no evidence."""
    cells: dict[tuple[int, int], list[tuple[str, Entry]]] = {}
    for key, m in dict(zip(keys, mentions, strict=True)).items():
        readings = [e for e, rank in _candidates(gaz, m.name, m.cue) if _neighbourly(e, rank)]
        if len(readings) > MAX_READINGS:  # "Monroe County": some reading is near anything
            continue
        for e in readings:
            cells.setdefault(grid_cell(e.lat, e.lon, CELL_DEG), []).append((key, e))
    return cells


def _has_neighbour(e: Entry, ctx: Context) -> bool:
    return any(key != ctx.key and o.eid != e.eid and haversine_km(e.lat, e.lon, o.lat, o.lon)
               < min(NEIGHBOUR_KM[e.kind], NEIGHBOUR_KM[o.kind])
               for cell in cells_within(e.lat, e.lon, NEIGHBOUR_KM[e.kind], CELL_DEG)
               for key, o in ctx.maybe.get(cell, ()))


def _resolve(gaz: Gazetteer, m: Mention, ctx: Context) -> tuple[Entry | None, float]:
    """The best entry for a mention and its margin over the runner-up."""
    demonym = gaz.demonym(m.name)
    if demonym is not None:  # "Turkish" given as a toponym means Turkey, not a town "Turkish"
        return demonym, 1.0
    cands = _candidates(gaz, m.name, m.cue)
    if m.dateline and not named_units(gaz, m.container):  # "VIENNA, Nov 21": no state
        cands = _desk_readings(gaz, cands)
    if not cands or ((m.feature or _feature_shaped(m.name)) and all(r == 0 for _, r in cands)):
        # a river or park the gazetteer (towns and units) lacks is no town that once bore its
        # name as an alternate ("Richmond Park" is not Cleveland Park, DC)
        return None, 0.0
    if m.determined and _landform_named(m.name):
        # "the Peace River", "the Rice Lake area": the water or the land, not the town named
        # after it (a town takes no article)
        cands = [(e, r) for e, r in cands if e.kind not in ("city", "admin2")]
        if not cands:
            return None, 0.0
    containers = named_units(gaz, m.container) | _people_country(gaz, m.people)
    # a unit spelt otherwise than its chief town ("the Odesa region": GeoNames' "Odessa"
    # oblast holds Odesa) is still the unit the cue names
    capitals = {(e.cc, e.admin1) for e, r in cands if e.kind == "city" and r == 2}
    if m.unit_word == "region" and not any(
            (r >= 1 and e.kind in ("admin1", "region")) or (r == 2 and e.kind == "admin2")
            or (e.kind == "admin1" and (e.cc, e.admin1) in capitals)
            for e, r in cands):
        m = replace(m, cue=None)  # "the Houston region": a city's area, no county "Houston"
    if ctx.listed is not None and ctx.listed[0] in ("country", "admin1") and any(
            r == 2 and e.kind == ctx.listed[0] for e, r in cands):
        containers = set()  # "Illinois, Missouri, Ohio": a list of states, not a town in one
    if any(e.kind == "country" and rank == 2 for e, rank in cands):
        containers = set()  # "Mexico, China, Japan and Brazil" is a list: no country is in one
    # A town named exactly like the unit it lies in ("Kursk" in Kursk oblast): bare, the town.
    # Unless its towns of the name are small beside the unit ("Quebec" is the province).
    unit_pop = {(e.cc, e.admin1): e.population for e, _ in cands if e.kind == "admin1"}
    town_pop: Counter = Counter()
    for e, _rank in cands:
        if e.kind == "city":
            town_pop[(e.cc, e.admin1)] = max(town_pop[(e.cc, e.admin1)], e.population)
    city_names = {(e.cc, e.admin1) for e, rank in cands if e.kind == "city" and rank == 2
                  and town_pop[(e.cc, e.admin1)] >= TOWN_SHARE * unit_pop.get((e.cc, e.admin1), 0)}
    # A country or state of that very name ("Texas", "Russia", "Florida") outranks towns and
    # counties that share it, unless the text places them ("Paris, Texas").
    big_unit = any(rank == 2 and (e.kind == "country" or (
        e.kind == "admin1" and (e.cc, e.admin1) not in city_names)) for e, rank in cands)
    # A name that is some place's own name makes its use as another's alternate name unlikely.
    has_primary = any(rank == 2 for _, rank in cands)
    best: dict[int, tuple[float, Entry]] = {}
    for e, rank in cands:
        sc = _score(e, rank, m, ctx, containers, city_names)
        if has_primary and rank == 0:
            sc -= 1.0
        if big_unit and e.kind in ("city", "admin2") and not (
                (e.cc, e.admin1) in containers or m.cue in ("admin", "city")
                or _is_capital(gaz, e)):
            if rank == 0:  # "Illinois" is the state, never a hamlet that once bore the name
                continue
            sc -= 3.0
        elif ctx.maybe and _neighbourly(e, rank) and _has_neighbour(e, ctx):
            sc += NEIGHBOUR_BONUS
        if e.eid not in best or best[e.eid][0] < sc:
            best[e.eid] = (sc, e)
    ranked = sorted(best.values(), key=lambda x: -x[0])
    margin = ranked[0][0] - ranked[1][0] if len(ranked) > 1 else 5.0
    return ranked[0][1], margin


DESK_CITY = 1_000_000  # a city a wire desk datelines bare, like a capital
DESK_SHARE = 0.1


def _desk_readings(gaz: Gazetteer, cands: list[tuple[Entry, int]]) -> list[tuple[Entry, int]]:
    """A wire desk datelines a capital or a big city bare ("VIENNA -", "PARIS -") and a
    small town with its state or country ("VIENNA, Va."): a bare dateline that some capital
    or big city bears is not a far smaller town of the name, whatever the body mentions."""
    major = [e.population for e, r in cands if r == 2 and e.kind == "city"
             and (e.population >= DESK_CITY or _is_capital(gaz, e))]
    if not major:
        return cands
    floor = DESK_SHARE * max(major)
    return [(e, r) for e, r in cands if e.kind != "city" or e.population >= floor]


def _context_of(entries: Iterable[tuple[Entry | None, float]], found: Analysis | None) -> Context:
    ctx = Context()
    for e, _margin in entries:
        if e is not None:
            _add(ctx, e, 1.0)
    if found is not None:
        for cc in _actor_countries(found):
            ctx.countries[cc] += 0.5
    return ctx


def _actor_countries(found: Analysis) -> list[str]:
    import pycountry

    out = []
    for a in found.actors:
        if a.country and len(a.country) == 3:
            c = pycountry.countries.get(alpha_3=a.country)
            if c is not None:
                out.append(c.alpha_2)
    return out


LIST_BONUS = 2.0
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")


def _lists(mentions: Sequence[Mention], text: str | None) -> list[list[int]]:
    """For each mention, the other items of the list of three or more toponyms it stands in
    ("Utah, Virginia, Washington and Wyoming"); two ("Paris, Texas") are no list."""
    out: list[list[int]] = [[] for _ in mentions]
    if not text:
        return out
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    chains: list[list[int]] = []
    for i in order:
        if chains and _LIST_GAP.fullmatch(text, mentions[chains[-1][-1]].end, mentions[i].start):
            chains[-1].append(i)
        else:
            chains.append([i])
    for chain in chains:
        if len(chain) >= 3:
            for i in chain:
                out[i] = [j for j in chain if j != i]
    return out


def _list_kind(items: list[int], current: Sequence[Entry | None]) -> tuple[str, str | None] | None:
    """The (kind, country) of most other items of a list: its items are alike."""
    kinds = Counter((current[j].kind, current[j].cc) for j in items if current[j] is not None)
    if not kinds:
        return None
    top, n = kinds.most_common(1)[0]
    return top if 2 * n > len(items) else None


def resolve_mentions(mentions: Sequence[Mention], found: Analysis | None = None,
                     rounds: int = 2, fallback: bool = False,
                     text: str | None = None, homonyms: bool = False) -> list[Entry | None]:
    """Resolve toponyms of one article together: a first pass on priors alone, then passes
    with the context of the other mentions as the pass before resolved them (each name's own
    vote taken out, so that a name does not vouch for itself). ``text`` (else the article's
    of ``found``) lets items of one list of places vouch for each other's kind. Unless
    ``homonyms`` (keep every gazetteer reading), a stray hamlet and a town the text puts
    elsewhere are unknown (:func:`_drop_strays`, :func:`_drop_far_homonyms`)."""
    gaz = load()
    if text is None and found is not None:
        text = found.article.text
    lists = _lists(mentions, text)
    keys = [norm(m.name) for m in mentions]
    maybe = _maybe_places(gaz, mentions, keys)
    # A name told several times with the same cues has one context per pass (its own key's
    # votes out, the same list kind): it is resolved once per pass, not once per mention.
    first: dict[tuple, Entry | None] = {}
    current = []
    for m, k in zip(mentions, keys, strict=True):
        if (memo := (k, _unplaced(m))) not in first:
            first[memo] = _resolve(gaz, m, Context(maybe=maybe, key=k))[0]
        current.append(first[memo])
    for _ in range(rounds):
        total = _context_of(((e, 0.0) for e in current), found)
        total.maybe = maybe
        nxt: list[Entry | None] = []
        done: dict[tuple, Entry | None] = {}
        for i, m in enumerate(mentions):
            listed = _list_kind(lists[i], current) if lists[i] else None
            memo = (keys[i], listed, _unplaced(m))
            if memo in done:
                nxt.append(done[memo])
                continue
            total.key = keys[i]
            total.listed = listed
            ctx = total
            for j, key in enumerate(keys):
                if key == keys[i]:
                    ctx = ctx.without(current[j])
            ctx.points = tuple((e.lat, e.lon) for j, e in enumerate(current)
                               if e is not None and keys[j] != keys[i]
                               and e.kind in ("city", "admin2"))
            done[memo] = _resolve(gaz, m, ctx)[0]
            nxt.append(done[memo])
        if nxt == current:
            break
        current = nxt
    current = _one_sense(mentions, keys, current)
    if text:
        current = _container_units(gaz, mentions, current, text)
        current = _county_of_state_told(gaz, mentions, current, text)
    if not homonyms:
        current = _drop_strays(current, keys, mentions)
        if text:
            current = _drop_far_homonyms(gaz, mentions, current, text)
    if fallback:
        current = _fill_from_article(current, mentions, text)
    return current


_CONTAINER_GAP = re.compile(r",[ \t]+")


def _container_units(gaz: Gazetteer, mentions: Sequence[Mention],
                     entries: list[Entry | None], text: str) -> list[Entry | None]:
    """The Y of "X, Y" is the unit X lies in, where Y names one: "Atlanta, Georgia" is the
    state of Atlanta, not the country, which the name alone would be."""
    out = list(entries)
    starting: dict[int, int] = {}  # the mention starting at each offset
    for j, o in enumerate(mentions):
        starting.setdefault(o.start, j)
    for i, m in enumerate(mentions):
        town = entries[i]
        if town is None or m.container is None or town.kind not in ("city", "admin2") \
                or (gap := _CONTAINER_GAP.match(text, m.end)) is None \
                or (j := starting.get(gap.end())) is None:
            continue
        if entries[j] is not None and entries[j].cc == town.cc:
            continue  # already in the town's country: its unit, or a region of it
        unit = [c for c, r in _candidates(gaz, mentions[j].name, "admin") if r >= 1
                and c.kind == "admin1" and (c.cc, c.admin1) == (town.cc, town.admin1)]
        if unit:
            out[j] = unit[0]
    return out


def _county_of_state_told(gaz: Gazetteer, mentions: Sequence[Mention],
                          entries: list[Entry | None], text: str) -> list[Entry | None]:
    """A county named in a sentence that names a state ("in Michigan, near ... in Monroe
    County") is that state's county of the name, where it has one: seventeen states have a
    Monroe County, and the towns elsewhere in the story may sit near another's."""
    out = list(entries)
    for i, e in enumerate(entries):
        if e is None or e.kind != "admin2":
            continue
        m = mentions[i]
        told = [j for j, o in enumerate(mentions) if entries[j] is not None
                and entries[j].kind == "admin1" and entries[j].cc == e.cc
                and abs(o.start - m.start) < NEAR_CHARS
                and not _FULL_STOP.search(text, min(o.end, m.end), max(o.start, m.start))]
        if not told:
            continue
        state = entries[min(told, key=lambda j: abs(mentions[j].start - m.start))]
        if state.admin1 == e.admin1:
            continue
        there = [c for c, rank in _candidates(gaz, m.name, m.cue) if rank == 2
                 and c.kind == "admin2" and (c.cc, c.admin1) == (state.cc, state.admin1)]
        if there:
            out[i] = there[0]
    return out


def _unplaced(m: Mention) -> Mention:
    """A mention without its offsets: all that :func:`_resolve` reads of it (name and cues),
    so that mentions alike in all of it are resolved once."""
    return replace(m, start=0, end=0)


def _one_sense(mentions: Sequence[Mention], keys: Sequence[str],
               entries: list[Entry | None]) -> list[Entry | None]:
    """One sense per article: a name placed by the text once ("Athens, Greece") means that
    place at its bare mentions too, which context alone might send elsewhere."""
    placed: dict[str, set[str]] = {}
    for m, k, e in zip(mentions, keys, entries, strict=True):
        if e is not None and (m.container or m.dateline):  # a dateline places it as a desk
            placed.setdefault(k, set()).add(e.id)
    out = list(entries)
    for i, (m, k, e) in enumerate(zip(mentions, keys, entries, strict=True)):
        ids = placed.get(k)
        if e is not None and not m.container and not m.cue and ids and len(ids) == 1 \
                and e.id not in ids:
            out[i] = next(o for o, n in zip(entries, keys, strict=True)
                          if n == k and o is not None and o.id in ids)
    return out


STRAY_POPULATION = 10_000


def _drop_strays(entries: list[Entry | None], keys: list[str],
                 mentions: Sequence[Mention] = ()) -> list[Entry | None]:
    """A hamlet in a country the rest of the article never mentions is, most likely, a street,
    a building or a neighbourhood the gazetteer does not know ("Piccadilly" in a London story
    is not the Australian locality): unknown rather than wrong. So is a town of any size for
    a name told as a unit ("Nyanza province" in a Kenyan story is no town in Rwanda)."""
    out = list(entries)
    # the countries the story places something in other than by a saint's parish
    placed = {o.cc for o in entries if o is not None and not _saint_parish(o)}
    for i, e in enumerate(entries):
        if e is not None and placed and e.cc not in placed and _saint_parish(e):
            out[i] = None  # "the church of St. Peter and St. Paul" in Cairo: no parish abroad
            continue
        if e is None or e.kind != "city" or (e.population >= STRAY_POPULATION and not (
                mentions and mentions[i].cue == "admin")):
            continue
        others = Counter(o.cc for j, o in enumerate(entries)
                         if o is not None and keys[j] != keys[i] and o.cc)
        # three mentions elsewhere, or two in the one country the rest of the story is in
        told = sum(others.values())
        if (told >= 3 or (told == 2 and len(others) == 1)) and others[e.cc] == 0:
            out[i] = None
    return out


_SAINT = re.compile(r"(?:St\.?|Saint|Ste\.?|Sainte)[ \t-]")


def _saint_parish(e: Entry) -> bool:
    """A first-level unit named after a saint (the parishes of Antigua, Grenada, Jamaica ...):
    in a story that places nothing else in its country, the saint's church or a person."""
    return e.kind == "admin1" and _SAINT.match(e.name) is not None


_CHURCH_OF = re.compile(r"\b(?:church|cathedral|basilica|chapel|monastery|abbey|convent)(?:es|s)?"
                        r"[ \t]+of[ \t]+(?:the[ \t]+)?$", re.I)
_CHURCH_AFTER = re.compile(r"(?:['’]s?)?[ \t]+(?:[A-Z][\w-]*[ \t]+){0,3}(?:Church|Cathedral|"
                           r"Basilica|Chapel|Monastery|Abbey|Convent)\b")


def _church_named(text: str, m: Mention) -> bool:
    """A saint's name told as a church's ("the church of St. Peter", "St. Mark's Coptic
    Cathedral"): a building where the story is, not a parish abroad."""
    return _CHURCH_OF.search(text, max(0, m.start - 30), m.start) is not None \
        or _CHURCH_AFTER.match(text, m.end, m.end + 60) is not None


def _stray_place(doc: Doc, m: Mention, ent: SpacySpan | None) -> bool:
    """A stray (:func:`_drop_strays`) that the model labels a place and a locative
    preposition opens ("disruption at Heathrow", "in the Somme region"): a place the
    gazetteer lacks, not a name ("His daughters, Malia and Sasha")."""
    return ent is not None and ent.label_ in PLACE_LABELS and _LOCATIVE_BEFORE.search(
        doc_text(doc), max(0, m.start - 12), m.start) is not None


def _main_place(entries: Iterable[Entry | None]) -> Entry | None:
    """The article's main place: in its main country (the one most of its places lie in), the
    most mentioned town, else admin unit, else the country. A story about fighting in Congo
    told from talks in Doha names Doha twice, but Goma, North Kivu and Congo more."""
    known = [e for e in entries if e is not None]
    countries = Counter(e.cc for e in known if e.cc)
    if countries:
        main = countries.most_common(1)[0][0]
        known = [e for e in known if e.cc == main]
    for kinds in (("city",), ("admin2", "admin1", "region"), ("country",)):
        counts = Counter(e.id for e in known if e.kind in kinds)
        if counts:
            top = counts.most_common(1)[0][0]
            return next(e for e in known if e.id == top)
    return None


def _fill_from_article(entries: list[Entry | None], mentions: Sequence[Mention] = (),
                       text: str | None = None) -> list[Entry | None]:
    """A toponym the gazetteer does not know (a street, a building, a hamlet) lies, most
    likely, in the unit named right after it, else in the article's main town: the most
    mentioned one, else its main admin unit or country. Only used when a toponym must get
    coordinates (gold spans given)."""
    if all(e is not None for e in entries):
        return entries
    if not mentions:
        main = _main_place(entries)
        return entries if main is None else [e if e is not None else main for e in entries]
    gaz = load()
    desk = _foreign_desk(gaz, mentions, entries, text)
    return [e if e is not None else _anchor(gaz, i, mentions, entries, text, desk)
            for i, e in enumerate(entries)]


# The last word of a street, a landscape feature or a site ("Hertford Road", "Salinas
# Valley", "Waiheke Island", "Pearson International Airport") and the first of a lake, mount
# or fort ("Lake Erie", "Fort Hood"): a name of this shape is a toponym even where the
# gazetteer (towns and units only) does not know it.
STREET_WORDS = frozenset(str.split("""
street road avenue lane boulevard highway drive
"""))
# Roads and the sites on them (:func:`_sites`): the features the model also calls a person
# or an organisation ("along Harwood Way", "at Ottawa's Macdonald-Cartier Airport").
ROUTE_LAST = STREET_WORDS | frozenset(str.split("""
way rd blvd square airport bridge close crescent terrace
"""))
ROUTE_FIRST = frozenset({"boulevard", "avenue", "rue"})
# The last words of a landform or a water body's name (not of a site or a road).
LANDFORM_LAST = frozenset(str.split("""
river lake creek bay island islands islet islets mountain mountains hills valley canyon falls
peninsula gulf strait desert forest reservoir
"""))
# Buildings, often named after the town they stand in (:func:`_town_opened`).
BUILDING_LAST = frozenset(str.split("""
hospital castle stadium mosque cathedral palace prison market museum theatre theater arena
church temple synagogue racecourse zoo jail hotel mall
"""))
FEATURE_LAST = ROUTE_LAST | LANDFORM_LAST | BUILDING_LAST | frozenset(str.split("""
park beach canal plateau hill harbour harbor pier plaza
"""))
FEATURE_FIRST = ROUTE_FIRST | frozenset({"lake", "mount", "mt", "fort"})
# Heads of features at sea or on a frontier, which a town's name opens without lying in or near
# that town ("Scarborough Shoal", "Bristol Channel").
WATER_HEADS = frozenset(str.split("""
shoal shoals reef reefs bank bay strait straits gulf sea atoll cay channel sound pass
"""))


# The admin cues that close a unit's own name: not "state" ("Islamic State"), "territory" or
# "department", and no plural.
UNIT_LAST = ADMIN_CUES - {"state", "territory", "department", "kray", "regions", "provinces",
                          "oblasts"}


def _landform_named(name: str) -> bool:
    """A name closed by a landform or water word ("Peace River", "Rice Lake")."""
    words = name.split()
    return len(words) >= 2 and words[-1].lower() in LANDFORM_LAST


def _unit_shaped(name: str) -> bool:
    """A name closed by a unit word ("Orientale province", "Ituri district"): a unit even
    where the gazetteer lacks it (a former province, a district it has no name for)."""
    words = name.split()
    return len(words) >= 2 and words[-1].lower() in UNIT_LAST \
        and all(w[:1].isupper() for w in words[:-1]) \
        and not any(w.lower() in COMMAND_WORDS for w in words[:-1])


# "the Second Army Region", "the Eastern Military District", "the Naval Area Command": a
# forces' command named by its area, not a place
COMMAND_WORDS = frozenset({"army", "military", "naval", "navy", "air", "marine", "police"})


# The area nouns an armed force names its commands by ("Sector 4", "Military Region 4").
AREA_NOUNS = frozenset({"region", "area", "zone", "sector"})
# Compass words, and those area nouns: "the Northern Region Command", "the North Western
# Military Region", "Eastern Theater Command".
COMPASS_WORDS = frozenset(str.split("""
north south east west northern southern eastern western central northeast northwest southeast
southwest northeastern northwestern southeastern southwestern far middle upper lower
""")) | AREA_NOUNS
# The word after such a name that makes it a command's: "Command", "Military (Region)".
COMMAND_HEADS = COMMAND_WORDS | frozenset({"command", "theater", "theatre", "fleet", "front",
                                           "corps", "division", "brigade", "headquarters"})
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z]+)")
_NUMBERED = re.compile(r"[ \t]+(?:\d|[IVX]+\b)")
_WORD_GAP = re.compile(r"[ \t-]+")


def _command_named(name: str, text: str, end: int) -> bool:
    """A compass name that a command word follows ("the Northern Region Command", "North
    Western Military Region"): a forces' unit named by its area, not the region it names."""
    words = [w.lower() for w in _WORD_GAP.split(name)]
    if _NUMBERED.match(text, end) and all(w in AREA_NOUNS for w in words):
        return True  # "Sector 4", "Military Region 4": a numbered area, no town "Sector"
    nxt = _WORD_AFTER.match(text, end)
    return nxt is not None and nxt.group(1)[:1].isupper() \
        and nxt.group(1).lower() in COMMAND_HEADS and all(w in COMPASS_WORDS for w in words)


def _feature_shaped(name: str) -> bool:
    words = [w.strip(".,").lower() for w in name.split()]
    return len(words) >= 2 and (words[-1] in FEATURE_LAST or words[0] in FEATURE_FIRST) \
        and all(w[:1].isupper() or w[:1].isdigit() or w in ("of", "de", "la", "el", "al")
                for w in name.split()[1:])


_IN_AFTER = re.compile(r"(?:,[ \t]+|[\w’' -]{0,30}?\b)in\s+(?:the\s+)?$")  # ", in Y" too
# "Cairo's Abbasiya neighbourhood", "Paris' iconic Champs-Elysees": the owner is where it is.
_OWNER_GAP = re.compile(r"['’]s?[ \t]+(?:[a-z][\w-]*[ \t]+)?")
NEAR_CHARS = 300  # about two sentences: the places told around a feature are where it is
NEAR_KINDS = frozenset({"city", "admin2", "admin1"})


def _owner(i: int, mentions: Sequence[Mention], entries: Sequence[Entry | None],
           text: str) -> Entry | None:
    """The place whose possessive opens the toponym ("London's Heathrow")."""
    m = mentions[i]
    for j, o in enumerate(mentions):
        if entries[j] is not None and o.end < m.start <= o.end + 20:
            gap = text[o.end:m.start]
            if _OWNER_GAP.fullmatch(gap) or (text[o.end - 2:o.end] in ("'s", "’s")
                                             and _OWNER_GAP.fullmatch("'" + gap)):
                return entries[j]
    return None


def _told_anchor(gaz: Gazetteer, i: int, mentions: Sequence[Mention],
                 entries: Sequence[Entry | None], text: str | None = None) -> Entry | None:
    """The place the text itself puts a toponym in: the unit named right after it
    ("Pingilikani, Kenya", "Maoxian county in Sichuan", "Abu Shok camp in Al-Fashir") or the
    place whose possessive opens it ("Cairo's Abbasiya neighbourhood")."""
    m = mentions[i]
    if m.container:
        found = [e for e, _ in _candidates(gaz, m.container, None)
                 if e.kind in ("city", "admin1", "admin2", "country")]
        known = {e.id for e in entries if e is not None}
        anchor = next((e for e in found if e.id in known), None) or (
            max(found, key=lambda e: e.population) if found else None)
        if anchor is not None:
            return anchor
    if text is not None:
        if (owner := _owner(i, mentions, entries, text)) is not None:
            return owner
        if (near := _said_near(i, mentions, entries, text)) is not None:
            return near
        if m.people and (e := gaz.demonym(m.people)) is not None and e.kind == "country":
            return e  # "the German island X"
        # "in Y" after it, but not a sea or a continent: no country, and too big to place it
        after = [j for j, o in enumerate(mentions) if entries[j] is not None
                 and entries[j].cc is not None
                 and m.end < o.start <= m.end + 40 and _IN_AFTER.fullmatch(text, m.end, o.start)]
        if after:
            j = min(after, key=lambda j: mentions[j].start)
            return _owned(j, mentions, entries, text) or entries[j]
    return None


def _owned(j: int, mentions: Sequence[Mention], entries: Sequence[Entry | None],
           text: str) -> Entry | None:
    """The place right after the possessive of mention ``j`` and inside it ("in Kyrgyzstan's
    Batken region"): the finer of the two is where a toponym told "in" them lies."""
    owner = entries[j]
    for k, o in enumerate(mentions):
        e = entries[k]
        if e is not None and mentions[j].end < o.start <= mentions[j].end + 4 \
                and _OWNER_GAP.fullmatch(text, mentions[j].end, o.start) \
                and owner is not None and e.cc == owner.cc \
                and PRECISIONS.index(e.precision) < PRECISIONS.index(owner.precision):
            return e
    return None


# Sites and landforms named after the town or unit they lie at or in ("Da Nang International
# Airport", "the Salinas Valley", "Randwick Racecourse"); not streets, which are named after
# where they lead ("Oxford Street", "London Road"), nor rivers, lakes and islands, which reach
# far beyond a namesake town ("Vancouver Island").
SITE_OF_TOWN = BUILDING_LAST | frozenset(str.split("""
airport airfield valley delta harbour harbor port station citadel bridge gorge university pier
"""))
SITE_QUALIFIERS = frozenset({"international", "regional", "municipal", "general", "central"})


def _site_head(name: str, sites: frozenset[str]) -> list[str] | None:
    """The words a site's name has before its site words and their qualifiers ("Nha Trang
    International Airport": Nha Trang), when a word of ``sites`` closes it."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in sites:
        return None
    while len(words) > 1 and (words[-1].lower() in sites or words[-1].lower() in SITE_QUALIFIERS):
        words.pop()
    return words


def _named_after(gaz: Gazetteer, m: Mention, entries: Sequence[Entry | None],
                 where: Entry | None) -> Entry | None:
    """The town or unit whose name opens a site the gazetteer lacks (:data:`SITE_OF_TOWN`),
    read in the country of ``where``, the place the site would be put at otherwise (the
    nearest told, the article's main place), so that "Islington Bay" in a New Zealand story
    is no quarter of London and "Fraser Valley" near Vancouver no town in the US. Where the
    story places nothing else, a sizeable town or a unit of the name anywhere."""
    words = _site_head(m.name, SITE_OF_TOWN)
    if words is None:
        return None
    head = " ".join(words)
    if not _is_name_text(head) or norm(head) in GENERIC or words[-1].lower() in FEATURE_LAST:
        return None  # "the Peace River Valley" is named after the river, not the town
    known = {e.id for e in entries if e is not None}

    def floor(e: Entry) -> int:  # a small town only where the site would be put anyway
        near = e.id in known or (where is not None and haversine_km(
            e.lat, e.lon, where.lat, where.lon) <= TOLD_KM)
        return CUED_FLOOR if near else DETERMINED_FLOOR

    country = where.cc if where is not None else None
    if where is not None and country is None:
        return None  # put at a sea or a continent: no country to read the name in
    readings = [(r, e) for e, r in gaz.lookup(head) if (country is None or e.cc == country) and (
        (e.kind == "city" and r == 2 and e.population >= floor(e))
        or (e.kind in ("admin1", "admin2") and r == 2))]
    if not readings:
        return None
    return max(readings, key=lambda x: (x[1].id in known, x[0], x[1].kind == "city",
                                        x[1].population))[1]


def _is_name_text(name: str) -> bool:
    return all(w[:1].isupper() for w in name.split())


HOMONYM_POPULATION = 100_000  # a town this big is the place meant, wherever the text puts it
TOLD_KM = 161.0


def _inside(e: Entry, anchor: Entry) -> bool:
    """Whether ``e`` may lie in or beside ``anchor``."""
    if anchor.kind == "country":
        return e.cc == anchor.cc
    if anchor.kind == "admin1":
        return (e.cc, e.admin1) == (anchor.cc, anchor.admin1)
    if anchor.kind in ("city", "admin2"):
        return haversine_km(e.lat, e.lon, anchor.lat, anchor.lon) <= TOLD_KM
    return True  # a sea or a continent: too vague to overrule the gazetteer


_IN_RIGHT_AFTER = re.compile(r",?[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}in[ \t]+(?:the[ \t]+)?")


def _misplaced(gaz: Gazetteer, i: int, mentions: Sequence[Mention],
               entries: Sequence[Entry | None], text: str) -> bool:
    """Whether the text puts mention ``i`` somewhere its entry is not: in the unit of its
    container ("Stroud, Ontario"), in the place whose possessive opens it ("London's
    Heathrow"), in the place named right after it ("Abbasiya district in Cairo")."""
    e, m = entries[i], mentions[i]
    assert e is not None
    containers = named_units(gaz, m.container)
    if containers:
        return (e.cc, e.admin1) not in containers and (e.cc, None) not in containers
    told = _owner(i, mentions, entries, text) or _said_near(i, mentions, entries, text)
    if told is None:
        after = [j for j, o in enumerate(mentions) if entries[j] is not None
                 and _IN_RIGHT_AFTER.fullmatch(text, m.end, o.start)]
        told = entries[after[0]] if after else None
    return told is not None and told.id != e.id and not _inside(e, told)


# "the Cincinnati suburb of X": the town a suburb or quarter belongs to, before it.
_SUBURB_OF = re.compile(r"[ \t]+(?:suburbs?|exurbs?|neighbou?rhoods?|enclaves?|"
                        r"districts?|townships?)[ \t]+of[ \t]+(?:the[ \t]+)?")
# "X, a suburb of Y", "X, a farming town near Y", "X, 30 miles north of Y": where it lies.
_NEAR_AFTER = re.compile(
    r",[ \t]+(?:(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:town|city|village|hamlet|suburb|"
    r"exurb|community|township|neighbou?rhood|settlement)[ \t]+)?(?:(?:just|about|some|around|"
    r"roughly|nearly)[ \t]+)?(?:(?:\d[\d,.]*|one|two|three|four|five|ten|twenty)[ \t-]*"
    r"(?:km|kilometres|kilometers|miles|mi)[ \t]+)?(?:(?:north|south|east|west|northeast|"
    r"northwest|southeast|southwest)[ \t]+of|outside(?:[ \t]+of)?|near|of|from)[ \t]+"
    r"(?:the[ \t]+|downtown[ \t]+)?")


def _said_near(i: int, mentions: Sequence[Mention], entries: Sequence[Entry | None],
               text: str) -> Entry | None:
    """The town the text says mention ``i`` lies by: "the Cincinnati suburb of West Chester",
    "Holliday, a town near Wichita Falls", "Smallville, 30 miles north of Dallas"."""
    m = mentions[i]
    for j, o in enumerate(mentions):
        e = entries[j]
        if e is None or j == i or e.kind not in ("city", "admin2"):
            continue
        if o.end < m.start <= o.end + 40 and _SUBURB_OF.fullmatch(text, o.end, m.start):
            return e
        if m.end < o.start <= m.end + 80 and _NEAR_AFTER.fullmatch(text, m.end, o.start):
            return e
    return None


def _drop_far_homonyms(gaz: Gazetteer, mentions: Sequence[Mention],
                       entries: list[Entry | None], text: str) -> list[Entry | None]:
    """A town or county that lies away from where the text puts it ("Stroud, Ontario" is no
    town in England, "London's Heathrow" no hamlet in the US, "Cairo's Abbasiya" none in
    Israel) is a place the gazetteer lacks that shares a name elsewhere: unknown, so that it
    is placed where the text says. Only a container ("X, Y") overrules a big town; an item
    of a list ("Calgary, Edmonton, Saskatoon") has no container."""
    lists = _lists(mentions, text)
    return [_homonym_there(gaz, i, mentions, entries, text)
            if _far_homonym(gaz, i, mentions, entries, text, lists[i]) else e
            for i, e in enumerate(entries)]


def _homonym_there(gaz: Gazetteer, i: int, mentions: Sequence[Mention],
                   entries: Sequence[Entry | None], text: str) -> Entry | None:
    """The town or county of the name that lies where the text puts it ("Ak-Suu, in Batken
    region": Batken's Ak-Suu, not the bigger one by Issyk-Kul), else None (unknown)."""
    there = list(entries)
    for c, _r in sorted((x for x in _candidates(gaz, mentions[i].name, mentions[i].cue)
                         if x[1] == 2 and x[0].kind in ("city", "admin2")
                         and x[0].id != entries[i].id), key=lambda x: -x[0].population):
        there[i] = c
        if not _misplaced(gaz, i, mentions, there, text):
            return c
    return None


def _far_homonym(gaz: Gazetteer, i: int, mentions: Sequence[Mention],
                 entries: Sequence[Entry | None], text: str, listed: bool) -> bool:
    """Whether entry ``i``, a town or county and no item of a list (``listed``), is a far
    homonym (:func:`_drop_far_homonyms`): small or given a container, and misplaced."""
    e = entries[i]
    return e is not None and e.kind in ("city", "admin2") and not listed and (
        mentions[i].container or e.population < HOMONYM_POPULATION) \
        and _misplaced(gaz, i, mentions, entries, text)


def _anchor(gaz: Gazetteer, i: int, mentions: Sequence[Mention],
            entries: Sequence[Entry | None], text: str | None = None,
            desk: Collection[int] = (), actor_ccs: Sequence[str] = ()) -> Entry | None:
    """Where a toponym the gazetteer does not know lies: where the text puts it
    (:func:`_told_anchor`), else in the town or unit told nearest to it, within about two
    sentences (a feature is mostly told beside the place it is in), else in the article's
    main place; the ``desk`` mentions (:func:`_foreign_desk`, found once per article) are
    neither. A village, or a place on a border (:func:`_outlying`), is no quarter of a
    capital or of the dateline's town: it takes the nearest other town or unit, else the
    border unit or the country (``actor_ccs``, the actors' countries, vote for the country
    of a place "on the border with Y", which is not Y)."""
    told = _told_anchor(gaz, i, mentions, entries, text)
    if told is not None:
        return told
    m = mentions[i]
    outlying = text is not None and _outlying(text, m)
    across = _border_with(gaz, i, mentions, entries, text) if text is not None else None

    def far_from_it(j: int) -> bool:
        # a capital or a desk, where no village lies; and a capital's desk, where a country's
        # correspondents file from, is no anchor for any place ("KYIV - soldiers captured near
        # X": X is not in Kyiv)
        e = entries[j]
        return e is not None and ((outlying and (mentions[j].dateline or _is_capital(gaz, e)))
                                  or (mentions[j].dateline and _is_capital(gaz, e)))

    near = [j for j, o in enumerate(mentions) if entries[j] is not None and j != i
            and j not in desk and entries[j].kind in NEAR_KINDS
            and abs(o.start - m.start) < NEAR_CHARS and not far_from_it(j)
            and (across is None or entries[j].cc != across)]
    if outlying and text is not None:
        near = _village_area(i, mentions, entries, text, near, desk, across)
    if near:
        where = entries[min(near, key=lambda j: abs(mentions[j].start - m.start))]
    elif across is not None:
        where = _border_home(gaz, across, [e for j, e in enumerate(entries) if j not in desk],
                             actor_ccs)
    else:
        where = _main_place(e for j, e in enumerate(entries) if j not in desk)
        if where is not None and _is_capital(gaz, where) and (outlying or all(
                mentions[j].dateline for j, e in enumerate(entries) if e == where)):
            where = gaz.country(where.cc)
        if where is None and outlying and actor_ccs:
            # "Ukrainian forces repelled an assault near the village of X": no place told
            # but the village, which lies in the country of those who act there
            where = gaz.country(Counter(actor_ccs).most_common(1)[0][0])
    where = _named_after(gaz, m, entries, where) or where
    own = _phrase_country(gaz, text, m) if text is not None else None
    if own is not None and (where is None or where.cc != own):
        where = gaz.country(own)  # "Pakistani border posts in X": X is in Pakistan
    return where


def _area_unit(e: Entry) -> bool:
    """A district or province: a GeoNames unit, or a curated region inside one country that
    is placed to a unit's extent ("Barmal", "North Waziristan")."""
    return e.kind in ("admin1", "admin2") or (
        e.kind == "region" and e.cc is not None and e.precision == "admin1")


def _village_area(i: int, mentions: Sequence[Mention], entries: Sequence[Entry | None],
                  text: str, near: list[int], desk: Collection[int],
                  across: str | None) -> list[int]:
    """The anchors of a village (or a border place) the gazetteer lacks, as ACLED codes one it
    cannot find: in the smallest area the report names around it (a district, else a
    province: its geo-precision 2 or 3, our 'admin1'), not at a town told in another sentence
    (where the wounded were taken, where an official spoke), which need not lie near it: a
    town's point would claim a precision (ACLED's 1, our 'city') the text does not give. A
    town of its own sentence is kept ("clashes in the village of X and in Y"); with no unit
    named, ``near``."""
    m = mentions[i]
    if any(entries[j].kind == "city" and _one_sentence(text, mentions[j], m)  # type: ignore[union-attr]
           for j in near):
        return near
    units = [j for j, o in enumerate(mentions) if j != i and j not in desk
             and (e := entries[j]) is not None and _area_unit(e)
             and abs(o.start - m.start) < NEAR_CHARS and (across is None or e.cc != across)]
    finer = [j for j in units if entries[j].kind != "admin1"]  # type: ignore[union-attr]
    return finer or units or near  # "the X district of Y province": the district


def _one_sentence(text: str, a: Mention, b: Mention) -> bool:
    """No sentence ends between the two mentions."""
    lo, hi = min(a.start, b.start), max(a.end, b.end)
    return _SENTENCE_STOP.search(text, lo, hi) is None


_SENTENCE_STOP = re.compile(r"[.!?][\"'”’)]?\s+(?=[\"'“‘(]?[A-Z0-9])|\n")


# A people's adjective in a name's own clause, before it ("Pakistani border posts in the X
# district", "a Congolese army camp in X"): the country the name lies in.
CLAUSE_REACH = 80
_CLAUSE_BEFORE = re.compile(rf"[^.;:!?\n]{{0,{CLAUSE_REACH}}}$")
_ADJECTIVE = re.compile(r"\b[A-Z][a-z]+\b")
# the adjective's noun phrase up to the name's preposition: "border posts in the "
_SITE_PHRASE = re.compile(r"((?:[ \t]+[a-z][\w-]*){1,3})[ \t]+(?:in|at|inside|of)"
                          r"(?:[ \t]+the)?[ \t]+")


HOME_SITES = frozenset(str.split("""
post posts outpost outposts checkpoint checkpoints base bases garrison camp camps village
villages town towns city district districts province provinces region territory soil side
"""))


def _phrase_country(gaz: Gazetteer, text: str, m: Mention) -> str | None:
    """The country of the nearest people's adjective before ``m`` in its clause, when it
    modifies a noun of the phrase that holds ``m`` (not a subject: "Afghan forces shelled X")."""
    # a clause ends at ``m`` and is at most CLAUSE_REACH long (one more before a final
    # newline), so the search need not start at the top of the text
    clause = _CLAUSE_BEFORE.search(text, max(0, m.start - CLAUSE_REACH - 1), m.start)
    if clause is None:
        return None
    for w in reversed(list(_ADJECTIVE.finditer(text, clause.start(), m.start))):
        e = gaz.demonym(w.group())
        if e is None or e.kind != "country" or not e.cc:
            continue
        between = text[w.end():m.start]
        # the adjective's noun is a fixed site or a part of its land, which lies in the name
        # ("Pakistani border posts in X"); troops or ships move ("Cambodian troops near X")
        phrase = _SITE_PHRASE.fullmatch(between)
        if phrase and phrase.group(1).split()[-1] in HOME_SITES:
            return e.cc
        return None
    return None


# "the village of X", "the hamlet X", "X village", "X, a small border village": a settlement
# of its own, and a place "on the border" or "near the frontier" lies away from the capital.
_SETTLEMENT_BEFORE = re.compile(r"\b(?:villages?|hamlets?|settlements?|kishlaks?|outposts?)"
                                r"[ \t]+(?:(?:of|called|named)[ \t]+)?$", re.I)
_SETTLEMENT_AFTER = re.compile(r"[ \t]+(?:village|hamlet)\b|,[ \t]+(?:a|an|the)[ \t]+"
                               r"(?:[\w-]+[ \t]+){0,3}?(?:village|hamlet|settlement)\b", re.I)
_BORDER_WORDS = re.compile(r"\b(?:border|frontier|boundary)\b", re.I)
# "the Torkham border crossing", "the Qalandia checkpoint", "the Dargai border post": a post on
# a border or a front line (the head after its name, singular or plural)
_CROSSING_HEAD = r"(?:border[ \t]+)?(?:crossing|checkpoint)s?|border[ \t]+posts?"
_CROSSING_AFTER = re.compile(rf"[ \t]+(?:{_CROSSING_HEAD})\b", re.I)


# A crossing's name: one to three capitalised words ("Torkham", "Angoor Adda")
_CROSSING_WORDS = r"[A-Z][\w’'-]+(?:[ \t][A-Z][\w’'-]+){0,2}"
# "X and Y crossings": X is a crossing too
_CROSSING_PAIR_AFTER = re.compile(r"[ \t]+(?:and|or)[ \t]+" + _CROSSING_WORDS
                                  + r"[ \t]+(?:border[ \t]+)?(?:crossings|checkpoints|posts)\b")


def _told_crossing(text: str, name: str) -> bool:
    """Whether the article names ``name`` as a border crossing or a checkpoint anywhere."""
    return re.search(rf"(?<![\w-]){re.escape(name)}(?:{_CROSSING_AFTER.pattern}|"
                     rf"{_CROSSING_PAIR_AFTER.pattern})", text, re.I) is not None


def _outlying(text: str, m: Mention) -> bool:
    """Whether the text tells mention ``m`` as a village or a hamlet, or puts it by a border
    in its sentence: a settlement of its own, not a street of the town told beside it."""
    if _SETTLEMENT_BEFORE.search(text, max(0, m.start - 30), m.start) \
            or _SETTLEMENT_AFTER.match(text, m.end, m.end + 60) or _told_crossing(text, m.name):
        return True
    start = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
    stop = [k for k in (text.find(". ", m.end), text.find("\n", m.end)) if k >= 0]
    return _BORDER_WORDS.search(text, start, min(stop, default=len(text))) is not None


# "on the border with Tajikistan", "near its frontier with Iran", "along the Cambodian
# border": the other side of the border, which the place is not in.
_BORDER_WITH = re.compile(r"[^.;\n]{0,80}?\b(?:border|frontier|boundary)[ \t]+with[ \t]+"
                          r"(?:the[ \t]+)?$", re.I)


# "X, near the Tajik border": one people's border (not "the Kyrgyz-Tajik border").
_PEOPLE_BORDER = re.compile(r"[^.;\n]{0,80}?\bthe[ \t]+([A-Z][a-z]+)[ \t]+(?:border|frontier)\b")


def _border_with(gaz: Gazetteer, i: int, mentions: Sequence[Mention],
                 entries: Sequence[Entry | None], text: str) -> str | None:
    """The country code of the Y of "X ... on the border with Y" (a country told within its
    sentence after X): the country X is not in."""
    m = mentions[i]
    for j, o in enumerate(mentions):
        e = entries[j]
        if e is not None and e.kind == "country" and m.end < o.start <= m.end + 120 \
                and _BORDER_WITH.fullmatch(text, m.end, o.start):
            return e.cc
    told = _PEOPLE_BORDER.match(text, m.end, m.end + 120)
    if told is not None and (c := gaz.demonym(told.group(1))) is not None \
            and c.kind == "country":
        return c.cc  # "near the Tajik border"
    return None


def _border_home(gaz: Gazetteer, across: str, entries: Iterable[Entry | None],
                 actor_ccs: Sequence[str]) -> Entry | None:
    """Where a place on the border with ``across`` lies when the text names no town near it:
    in the story's main country other than ``across`` (its places and actors), in that
    country's one unit on that border where the data shows one, else the country."""
    known = [e for e in entries if e is not None and e.cc and e.cc != across]
    votes = Counter(e.cc for e in known) + Counter(cc for cc in actor_ccs if cc != across)
    if not votes:
        return None
    home = votes.most_common(1)[0][0]
    return gaz.border_admin1(home, across) or gaz.country(home)


def _foreign_desk(gaz: Gazetteer, mentions: Sequence[Mention], entries: Sequence[Entry | None],
                  text: str | None = None) -> set[int]:
    """The dateline mentions of a story filed from abroad: a desk city in a country where the
    story places nothing else ("NAIROBI - fighting near X in North Kivu, Congo") says where
    the reporter is, not where an unknown village lies. Empty when the body places nothing,
    or names the desk's people ("Kenyan police said"): then the story is about its country."""
    desk = {j for j, m in enumerate(mentions) if m.dateline and entries[j] is not None}
    body = {e.cc for j, e in enumerate(entries) if e is not None and j not in desk}
    if not desk or not body or any(entries[j].cc in body for j in desk):
        return set()
    ccs = {entries[j].cc for j in desk}
    if text is not None and any(gaz.demonyms.get(norm(w)) in ccs
                                for w in _CAPITALISED.findall(text)):
        return set()
    return desk


_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}\b")


def _local_entry(gaz: Gazetteer, i: int, mentions: Sequence[Mention],
                 entries: Sequence[Entry | None], text: str | None = None,
                 desk: Collection[int] = (), actor_ccs: Sequence[str] = ()) -> Entry | None:
    """An entry for a feature the gazetteer does not know, placed at its :func:`_anchor`,
    whose precision it takes (the coordinates are only that good), or a unit's when the name
    is told as one ("Nyanza province" placed at a town is placed to a province's extent)."""
    anchor = _anchor(gaz, i, mentions, entries, text, desk, actor_ccs)
    variant = _spelling_variant(gaz, mentions[i], anchor, entries, actor_ccs)
    if variant is not None:
        return variant
    if anchor is None:
        return None
    slug = norm(mentions[i].name).replace(" ", "-")
    m = mentions[i]
    if anchor.kind == "city" and text is not None and _told_crossing(text, m.name):
        # a crossing lies on a border, away from the town told beside it: the town's unit
        anchor = _unit_of(gaz, anchor) or gaz.country(anchor.cc) or anchor
    # a unit word says the extent, but a district may be a town's quarter ("Moscow's Arbat
    # district") as well as a province's part
    unit = m.unit_word or (m.name.split()[-1].lower() if m.cue == "admin" else None)
    own = "admin1" if m.cue == "admin" and unit not in ("district", "districts") else "city"
    precision = max(anchor.precision, own, key=PRECISIONS.index)
    return Entry(-1, f"local:{anchor.cc or 'XX'}.{slug}", None, mentions[i].name, "other",
                 anchor.cc, anchor.admin1, anchor.lat, anchor.lon, 0, precision)


PRECISIONS = ("point", "city", "admin1", "country")  # finest first


def _unit_of(gaz: Gazetteer, e: Entry) -> Entry | None:
    """The first-level unit a town lies in."""
    if e.cc is None or e.admin1 is None:
        return None
    units = [u for _k, u in gaz.names_within(e.cc, e.admin1) if u.kind == "admin1"]
    return units[0] if units else None

# How close a told name must be to a unit's name to be another spelling of it: transliterations
# differ by a letter or two ("Oddar Meanchey" / "Otdar Mean Chey", "Momand Dara" / "Mohmand
# Darrah"); unrelated names sharing a word stay below ("Banteay Meanchey").
VARIANT_RATIO = 85
VARIANT_MIN_LEN = 6


def _spelling_variant(gaz: Gazetteer, m: Mention, anchor: Entry | None,
                      entries: Sequence[Entry | None], actor_ccs: Sequence[str]) -> Entry | None:
    """The gazetteer entry an unknown name is another spelling of: a province told as one
    ("in Oddar Meanchey province") among the first-level units of the article's countries, or a
    town told in a unit ("Nangarhar's Momand Dara") among that unit's towns and districts. Same
    first letter, close enough (:data:`VARIANT_RATIO`), and one entry only: else None."""
    core = core_admin_name(m.name) if m.cue == "admin" else norm(m.name)
    if len(core) < VARIANT_MIN_LEN:
        return None
    pools = []
    if m.cue == "admin":
        ccs = {e.cc for e in (*entries, anchor) if e is not None and e.cc} | set(actor_ccs)
        pools += [gaz.names_within(cc) for cc in sorted(ccs)]
    if anchor is not None and anchor.kind in ("admin1", "admin2") and anchor.cc \
            and anchor.admin1:
        pools.append(gaz.names_within(anchor.cc, anchor.admin1, ("city", "admin2")))
    best: dict[str, tuple[float, Entry]] = {}
    for key, e in (p for pool in pools for p in pool):
        key = core_admin_name(key) if m.cue == "admin" else key
        if not key or key[0] != core[0]:
            continue
        score = fuzz.ratio(core, key)
        if score >= VARIANT_RATIO and score > best.get(e.id, (0.0, e))[0]:
            best[e.id] = (score, e)
    return next(iter(best.values()))[1] if len(best) == 1 else None


def _unknown_place(gaz: Gazetteer, doc: Doc, found: Analysis, i: int,
                   mentions: Sequence[Mention], ent: SpacySpan | None,
                   read: Sequence[Entry | None], strays: Sequence[Entry | None]) -> bool:
    """Whether mention ``i``, which has no entry, is a place all the same, one the gazetteer
    lacks: a street, site or unit by its shape ("Hutcheson Road", "Orientale province"); a
    town the text placed elsewhere than its homonym by a container or a possessive
    ("Bradford, Ontario", "Cairo's Abbasiya"); a stray the model and a preposition call a
    place ("delays at Heathrow" in a London story); a name said to be a place
    (:func:`_placed_unknown`) that no curated organisation bears."""
    m, text = mentions[i], doc_text(doc)
    if _feature_shaped(m.name) or m.feature or _unit_shaped(m.name):
        return True
    if m.dateline and _country_named(gaz, m.container):
        return True  # "OLONGAPO PIER, Philippines -": filed from a place in that country
    if read[i] is not None and strays[i] is None and _saint_parish(read[i]) \
            and _church_named(text, m):
        return True  # "the church of St. Peter", "St. Mark's Cathedral": a church, here
    owned = _owner(i, mentions, read, text) is not None
    if owned and _QUARTER_AFTER.match(text, m.end):
        return True  # "Giza's Haram district": a part of the owner the gazetteer lacks
    if read[i] is not None and (m.container is not None or owned
                                or (strays[i] is None and _stray_place(doc, m, ent))):
        return True
    return _placed_unknown(gaz, text, m, ent) and not _organisation_named(found, m)


def _organisation_named(found: Analysis, m: Mention) -> bool:
    """A name the gazetteer lacks that the curated actors know as a media outlet or an
    organisation by exactly that span ("a report in Bloomberg"); an ``o:`` actor is only the
    model's ORG label again ("the villages of Foua")."""
    return any(a.kind in ("media", "organization") and not a.id.startswith("o:")
               and (s.start, s.end) == (m.start, m.end)
               for a in found.actors for s in a.mentions)


def _placed_unknown(gaz: Gazetteer, text: str, m: Mention, ent: SpacySpan | None) -> bool:
    """A place name the model found that the gazetteer does not know, said to be a village,
    town or district ("the village of Bariyarpur", "the Wedza district") or placed in a
    known unit ("Pingilikani, Kenya."): a hamlet or a quarter, not a stray word."""
    if ent is None:
        return False
    # The cue says place whatever label the model gave ("the village of X" tagged a person)
    if _UNIT_BEFORE.search(text[max(0, m.start - UNIT_WINDOW):m.start]) or _told_unit(text, m.end) \
            or _unit_noun_before(ent):
        return True
    nxt = _NEXT_WORD.match(text[m.end:m.end + 20])
    if (nxt and nxt.group(1).lower() in UNIT_AFTER) or _CROSSING_AFTER.match(text, m.end) \
            or _CROSSING_PAIR_AFTER.match(text, m.end):
        return True
    label = ent.label_ or ent.root.ent_type_
    if label not in PLACE_LABELS:
        return _in_unit_told(gaz, text, m, ent)
    if nxt and nxt.group(1) in SEAT_NOUNS:  # "treated in Bab el-Oued hospital"
        return True
    if label in ("GPE", "LOC") and _LOCATIVE_BEFORE.search(text, max(0, m.start - 12), m.start) \
            and _is_name(ent) and text[m.end:m.end + 1] not in ("'", "’") \
            and not (_WHO_AFTER.match(text, m.end) and not _people_before(ent)) \
            and _person_words(ent.doc).isdisjoint(t.lower_ for t in ent):
        return True  # "fighting in Kampungu": the model says place, and so does "in"
    return _closed_by_unit(gaz, text, m)


def _closed_by_unit(gaz: Gazetteer, text: str, m: Mention) -> bool:
    """Whether a known unit, the container of "X, Y", ends the phrase of mention ``m``
    ("Pingilikani, Kenya."), rather than opening a longer one."""
    if not m.container or not named_units(gaz, m.container):
        return False
    end = text.index(m.container, m.end) + len(m.container)
    return _PHRASE_END.match(text[end:end + 3]) is not None


def _in_unit_told(gaz: Gazetteer, text: str, m: Mention, ent: SpacySpan) -> bool:
    """A name the model calls an organisation or a facility that a locative opens and a
    known unit closes as its container ("fighting in Saraqeb, northwestern Syria"): a town
    the gazetteer lacks. Not a person's name, which an apposition follows as often."""
    return ent.label_ not in ("PERSON", "NORP") and _is_name(ent) \
        and _LOCATIVE_BEFORE.search(text, max(0, m.start - 12), m.start) is not None \
        and _closed_by_unit(gaz, text, m)


_WHO_AFTER = re.compile(r",?[ \t]+who\b")  # "the champion in Jo Smith, who won"


def _people_before(ent: SpacySpan) -> bool:
    """People named before the preposition ("people in X who have contact"): the "who" after
    the name is theirs, not the name's."""
    i = _before_determiners(ent.doc, ent.start)
    return i > 0 and (ent.doc[i - 1].tag_ == "NNS" or ent.doc[i - 1].lower_ == "those")


_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|across|throughout)[ \t]+(?:the[ \t]+)?$")


def _street_names(doc: Doc) -> list[SpacySpan]:
    """Street names the model labels a person or an organisation or leaves out ("Galliard
    Road", "Dean Woods Road", "between King Edward Street and ...")."""
    out = []
    for m in _STREET.finditer(doc_text(doc)):
        sp = doc.char_span(m.start(), m.end())
        while sp is not None and len(sp) > 2 and sp[0].is_stop:  # "On Hutcheson Road"
            sp = sp[1:]
        if sp is not None and not sp[0].is_stop and norm(sp[0].text) not in GENERIC:
            out.append(sp)
    return out


# "Giza's Haram district", "Paris' iconic Champs-Elysees boulevard", "China's Guangdong
# province": a name between a place's possessive and a unit or street noun is a part of it,
# whatever the model calls the name (a date, an organisation).
QUARTER_NOUNS = frozenset(str.split("""
district neighbourhood neighborhood quarter suburb boulevard avenue street square area
province region county camp village town
"""))
_OWNED_QUARTER = re.compile(r"(?<![\w’'-])([A-Z][\w-]+(?:[ \t][A-Z][\w-]+)?)['’]s?[ \t]+"
                            r"(?:[a-z]+[ \t]+)?([A-Z][\w’'-]+(?:[ \t][A-Z][\w’'-]+){0,2})[ \t]+("
                            + "|".join(sorted(QUARTER_NOUNS)) + r")\b")

_QUARTER_AFTER = re.compile(r"[ \t]+(?:" + "|".join(sorted(QUARTER_NOUNS)) + r")\b")


def _owned_quarters(gaz: Gazetteer, doc: Doc) -> list[SpacySpan]:
    """The quarters, streets and units a known place's possessive opens and a unit or street
    noun closes (:data:`_OWNED_QUARTER`)."""
    out = []
    for m in _OWNED_QUARTER.finditer(doc_text(doc)):
        if norm(m.group(2)) in GENERIC or not any(
                r >= 1 or e.kind == "country" for e, r in gaz.lookup(m.group(1))):
            continue
        sp = doc.char_span(m.start(2), m.end(2), alignment_mode="expand")
        if sp is not None and not any(t.is_stop for t in sp):
            out.append(sp)
    return out


_BASED = re.compile(r"(?<![\w.-])([A-Z][\w.’']*(?:[ \t][A-Z][\w.’']*){0,2})-based\b")


def _based_in(gaz: Gazetteer, text: str) -> list[tuple[int, int]]:
    """The place of "a U.S.-based cleric", "a London-based firm": where someone is based, a
    literal location, when the name is a country, a first-level unit or a big town."""
    out: list[tuple[int, int]] = []
    for m in _BASED.finditer(text):
        name = m.group(1)  # may start with a sentence's first word: "A U.S."
        starts = [0] + [i + 1 for i, c in enumerate(name) if c in " \t"]
        s = next((i for i in starts if _strong(gaz, name[i:])), None)
        if s is not None:
            out.append((m.start(1) + s, m.end(1)))
    return out


_STREET = re.compile(r"(?<![\w.])(?:[A-Z][\w’'-]*[ \t]+){1,3}(?:" + "|".join(
    w.title() for w in sorted(STREET_WORDS)) + r")\b(?!\s+[A-Z])")


def resolve_span(doc: Doc, start: int, end: int, found: Analysis | None = None) -> Place | None:
    """The place a toponym at ``[start, end)`` refers to, in the context of the places and
    actors already in ``found``. A street, a site or a quarter the gazetteer lacks, or a town
    the text puts elsewhere than its gazetteer homonym ("London's Heathrow"), is placed where
    ``found``'s places say, with their precision (as :func:`places_and_actors` does)."""
    text = doc_text(doc)
    m = mention_at(text, start, end)
    gaz = load()
    ctx = Context()
    if found is not None:
        for p in found.places:
            if p.country:
                ctx.countries[p.country] += 1.0
                if p.admin1:
                    ctx.admin1s[(p.country, p.admin1)] += 1.0
        for cc in _actor_countries(found):
            ctx.countries[cc] += 0.5
    e, _ = _resolve(gaz, m, ctx)
    if found is not None and found.places:
        e = _placed_by_text(gaz, m, e, found.places, text)
    return to_place(e, [(start, end)], text) if e else None


def _entry_of(p: Place) -> Entry:
    kind = "city" if p.kind == "other" else p.kind
    return Entry(p.geonameid or -1, p.id, p.geonameid, p.name, kind, p.country, p.admin1,
                 p.lat or 0.0, p.lon or 0.0, 0, p.precision)


def _placed_by_text(gaz: Gazetteer, m: Mention, e: Entry | None, places: Sequence[Place],
                    text: str) -> Entry | None:
    """The entry of ``m`` once the places already found have had their say: a far homonym
    gives way to where the text puts it, and an unknown feature or a name the text places
    takes its anchor's point and precision."""
    told = [(s.start, s.end, p) for p in places if p.lat is not None and p.kind != "other"
            for s in p.mentions if s.end <= m.start or s.start >= m.end]
    mentions = [mention_at(text, a, b) for a, b, _ in told] + [m]
    entries: list[Entry | None] = [_entry_of(p) for _, _, p in told] + [e]
    i = len(mentions) - 1
    misplaced = _far_homonym(gaz, i, mentions, entries, text, _lists(mentions, text)[i])
    if misplaced:
        entries[i] = None
    if entries[i] is None and (misplaced or m.feature or _feature_shaped(m.name)):
        return _local_entry(gaz, i, mentions, entries, text)
    return entries[i]


def to_place(e: Entry, spans: Iterable[tuple[int, int]], text: str) -> Place:
    kind = e.kind if e.kind in ("country", "admin1", "city") else "other"
    mentions = [span(text, s, t) for s, t in sorted(set(spans))]
    name = e.name
    if kind == "admin1" and e.cc != "US" and mentions:
        # Regions outside the US carry GeoNames' romanised admin name ("Brjansk"); the text's
        # own longest form ("Bryansk region") is what a reader expects to see.
        name = _PLURAL_UNIT.sub(_singular, max((m.text for m in mentions), key=len))
    return Place(id=e.id, name=name, kind=kind, precision=e.precision, country=e.cc,
                 admin1=e.admin1, geonameid=e.geonameid, lat=round(e.lat, 5),
                 lon=round(e.lon, 5), mentions=mentions)


# ---------------------------------------------------------------- recognition


def _trim(ent: SpacySpan) -> tuple[int, int]:
    """Character offsets of an entity without a leading "the" or a trailing "'s"."""
    start, end = ent.start_char, ent.end_char
    text = doc_text(ent.doc)
    m = _LEADING.match(text[start:end])
    if m and end - start > m.end():
        start += m.end()
    m = _TRAILING.search(text[start:end])
    if m and m.start() > 0:
        end = start + m.start()
    return start, end


def is_metonymic(ent: SpacySpan, found: Analysis, kind: str | None) -> bool:
    """A place named as the agent of a speech or action verb ("Moscow said", "Russia
    launched", "condemned by Washington")."""
    root = ent.root
    head = root.head
    agentive = (root.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX")
                and head.lemma_.lower() in AGENT_VERBS)
    if root.dep_ == "pobj" and head.dep_ == "agent":
        agentive = head.head.lemma_.lower() in AGENT_VERBS
    if root.dep_ in ("poss", "compound", "nmod") and head.pos_ in ("NOUN", "PROPN"):
        agentive = head.lemma_.lower() in AGENT_NOUNS or head.lower_ in AGENT_NOUNS
        if any(c.lower_ == "civil" for c in head.children):
            agentive = False  # "Syria's civil war" is fought in Syria, not waged by it
    if root.dep_ == "pobj" and head.lower_ in ("for", "to"):
        agentive = head.head.lemma_.lower() in BENEFIT_NOUNS
    if not agentive:
        return False
    if actor_at(found, ent.start_char, ent.end_char) is not None:
        return True
    return kind in METONYMIC_KINDS


def _is_capital(gaz: Gazetteer, e: Entry) -> bool:
    c = gaz.country(e.cc)
    return c is not None and e.kind == "city" and e.population > 100_000 and capitals().get(
        e.cc or "") == norm(e.name)


# Population a town needs to be read as a place when a cue vouches for it: a bare locative
# preposition ("near Orneta", "at Pirbright"), a container ("X, State"), a unit noun, an
# institution or resident noun ("Danbury police", "a Hartwell man"). After "the" or "of" a
# name is more often a building or a body ("the White House", "members of Congress").
CUED_FLOOR, DETERMINED_FLOOR = 1_000, 20_000
LOCATIVE = frozenset({"in", "to", "from", "near", "at", "outside", "into", "across", "toward",
                      "towards", "around", "through", "inside", "via", "between", "of"})
RECOVERED_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT"})
# Prepositions that put something at a landmark the model calls an organisation ("at the
# White House", "outside the Kremlin"); not "to", "from" or "of", which as often name the
# institution ("a letter to the White House", "a statement from the Kremlin").
FEATURE_PREPS = frozenset({"at", "in", "inside", "outside", "near", "on", "along", "around",
                           "across", "past"})


def _landmark(cands: Sequence[tuple[Entry, int]]) -> bool:
    """A curated landmark or feature by its name or an English alias ("White House")."""
    return any(e.kind == "feature" and rank >= 1 for e, rank in cands)


def _before_determiners(doc: Doc, start: int) -> int:
    """The index of the word before token ``start`` and its determiners ("at| the X"), -1 at
    the start of the document."""
    i = start - 1
    while i >= 0 and doc[i].pos_ == "DET":
        i -= 1
    return i


def _person_words(doc: Doc) -> frozenset[str]:
    """Words of the article's multi-word person names ("Vladimir" of "Vladimir Putin")."""
    return frozenset(t.lower_ for e in entities(doc) if e.label_ == "PERSON" and len(e) > 1
                     for t in e)


_WHERE_AFTER = re.compile(r",[ \t]+where\b")  # "Mississauga, where Walsh lives"


def _person_elsewhere(ent: SpacySpan) -> bool:
    """The model calls this name a person at another mention too, and never a place."""
    labels = Counter(e.label_ for e in entities(ent.doc) if e.text == ent.text)
    return labels["PERSON"] >= 2 and not any(labels[k] for k in PLACE_LABELS)


# People a news source is told as, located by the town they are in or from ("Residents of X
# said", "a health official in X", "police in X"). Officials too: the name tells where they
# are, unlike events.LOCAL_SOURCES, the sources on the spot of the act they tell.
LOCATED_SOURCES = frozenset(str.split("""
resident residents official officials police policeman policemen doctor doctors witness
witnesses villager villagers elder elders people journalist journalists spokesman activist
activists
"""))


def _speakers_town(gaz: Gazetteer, ent: SpacySpan) -> bool:
    """A one- or two-word name the model calls an organisation or a person, told as where a
    source is ("Residents of X said", "A health official in X"), when the gazetteer has a town
    of that name, by any of its names and however small (pop 0 is unknown in GeoNames)."""
    if ent.label_ not in ("ORG", "PERSON") or len(ent) > 2 or not _is_name(ent[:]):
        return False
    prep = ent.doc[ent.start - 1] if ent.start > 0 else None
    if prep is None or ent.root.head.i != prep.i:
        return False
    source = prep.head.lower_
    # "officials of Hamas" are the group's; "residents of X" live in X
    if not ((prep.lower_ in ("in", "from") and source in LOCATED_SOURCES)
            or (prep.lower_ == "of" and source in RESIDENT_NOUNS)):
        return False
    key = norm(ent.text)
    if ent.text.isupper() or key in GENERIC or key in _english_words():
        return False  # "officials in the WHO", "residents of Justice"
    # an other-language alternate name counts only as a spelling of the town's own name
    # ("Sharana" of Sharan), not as another word ("Hamas" is an alternate name of Hamm)
    return any(e.kind == "city" and (rank >= 1 or norm(e.name)[:4] == key[:4])
               for e, rank in gaz.lookup(ent.text))


def _water_feature(gaz: Gazetteer, ent: SpacySpan) -> bool:
    """A curated feature at sea told by its whole name ("circled Scarborough Shoal"): no
    institution is named so, unlike a landmark ("the White House said")."""
    if ent.label_ not in ("ORG", "FAC", "PERSON") or ent[-1].lower_ not in WATER_HEADS:
        return False
    return any(e.kind == "feature" and rank == 2 for e, rank in gaz.lookup(_trim_text(ent)))


def _looks_like_place(gaz: Gazetteer, ent: SpacySpan,
                      person_words: frozenset[str] = frozenset()) -> bool:
    """The small model often calls a town a PERSON or an ORG ("flew to Alexandria", "police
    in Hyderabad", "Sudan and Malakal"): take it back when the name is in the gazetteer and the
    syntax says place (a locative preposition, a conjunct of a place, a "X, State" container)."""
    if ent.label_ not in RECOVERED_LABELS | {"NORP"} or len(ent) > 3:
        return False
    if ent.label_ == "PERSON" and len(ent) == 1 and ent[0].lower_ in person_words:
        return False  # "a friend of Vladimir" beside "Vladimir Putin"
    cands = gaz.lookup(ent.text)
    if not cands or (ent.label_ == "NORP" and (_is_demonym(gaz, ent.text)
                                               or norm(ent.text) in GENERIC)):
        return False  # "Ukrainian", "Western powers"
    if ent.label_ != "PERSON" and any(e.kind == "country" or (e.kind == "admin1" and rank == 2)
                                      for e, rank in cands):
        return True  # "Kentucky" or "DRC" alone labelled ORG
    i = _before_determiners(ent.doc, ent.start)
    if i >= 0 and ent.doc[i].lower_ in FEATURE_PREPS and _landmark(cands) and not (
            ent.end < len(ent.doc) and ent.doc[ent.end].is_lower and
            ent.doc[ent.end].pos_ == "NOUN"  # "at a White House meeting" is no place,
            and ent.doc[ent.end].lower_ not in ROUTE_LAST | LANDFORM_LAST):  # "on X boulevard"
        return True  # "a ceremony at the White House", "a shop on the Champs-Elysees"
    locative = i >= 0 and ent.doc[i].lower_ in LOCATIVE and not (
        i > 0 and ent.doc[i - 1].lower_ in ("according", "due", "thanks"))  # a source, a cause
    root = ent.root
    text = doc_text(ent.doc)
    within = named_units(gaz, mention_at(text, ent.start_char, ent.end_char).container)
    # placed: a conjunct of a place, a container ("X, State"), a town noun right before ("the
    # state capital Porto Alegre", "the town Tuz Khurmatu"), ", where" after or ", in" a
    # known place ("Austin, in Scott County")
    placed = (root.dep_ == "conj" and root.head.ent_type_ in PLACE_LABELS) or bool(within) or (
        ent.start > 0 and ent.doc[ent.start - 1].lower_ in TOWN_NOUNS) or (
        _WHERE_AFTER.match(text, ent.end_char) is not None) or (
        text[ent.end_char:ent.end_char + 1] == "," and _in_known_place(gaz, text, ent.end_char))
    # "the Cairns juvenile justice unit", "Leeds city centre": one word before the common
    # nouns it modifies is no person's name (a name is followed by a surname or a verb)
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    modifier = len(ent) == 1 and nxt is not None and nxt.is_lower and nxt.pos_ in (
        "NOUN", "ADJ", "PROPN") and root.dep_ in ("compound", "nmod") and root.head.i > root.i
    if modifier and not locative:
        return any(e.kind == "city" and rank == 2 and e.population >= 100_000
                   for e, rank in cands)
    if not (locative or placed):
        return False
    # a town the gazetteer puts in the unit the text names ("Sukoharjo, Central Java"), however
    # small its recorded population
    if any(e.kind == "city" and rank == 2 and ((e.cc, e.admin1) in within or (e.cc, None) in within)
           for e, rank in cands):
        return True
    floor = CUED_FLOOR if placed else _locative_floor(ent.doc, i, ent.start)
    # a county by its own name after a bare preposition ("a holiday in Dorset"), unless the
    # model calls the name a person throughout ("samples from Lu")
    county = floor <= CUED_FLOOR and not (ent.label_ == "PERSON" and _person_elsewhere(ent))
    return any(e.kind in ("country", "admin1", "region")
               or (county and e.kind == "admin2" and rank == 2)
               or (e.kind == "city" and rank == 2 and e.population >= floor)
               for e, rank in cands)


# Nouns after a town that make it the seat of an institution ("Danbury police", "Enfield
# Council", "Laurel County Sheriff's Office"): then even a small town is a toponym.
INSTITUTION_NOUNS = frozenset(str.split("""
police council mayor sheriff county city government fire hospital airport university court
school schools district constabulary council's residents resident man woman native
"""))
# Organisations whose place name is part of a title, not a location: newspapers, companies,
# legislatures, teams ("The New York Times", "Peanut Corporation of America", "United States
# Congress", "Atletico Madrid").
NAME_NOT_PLACE = frozenset(str.split("""
times daily post news herald journal tribune press telegraph guardian gazette star mail
magazine radio tv television broadcasting airlines airways air bank corporation corp inc ltd
llc company co group holdings congress senate parliament assembly team fc united atletico
real olympique
"""))


def _titled(ent: SpacySpan) -> bool:
    """An organisation name that uses a place as part of a title."""
    return any(t.lower_.rstrip(".") in NAME_NOT_PLACE for t in ent)


SEAT_OFFICES = frozenset({"court", "police", "constabulary", "council", "sheriff"})
SCHOOL_WORDS = frozenset({"elementary", "middle", "high", "junior", "primary", "academy"})


@functools.cache
def _english_words() -> frozenset[str]:
    """The words of the English model's lemma index (WordNet's nouns, verbs, adjectives and
    adverbs): common words, and few surnames or brands."""
    from wirecoder import nlp as nlp_mod

    index = nlp_mod.load().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return frozenset(w for words in index.values() for w in words)


def name_after_place(span: SpacySpan) -> bool:
    """Two capitalised words whose second is no English word ("Paris Hilton", "Berlin
    Marriott", "Florence Pugh"): a person's or a brand's name that begins with a town's, not
    a body of that town ("Moscow Exchange", "Edmonton police", "Kyiv Post" keep theirs)."""
    words = [t for t in span if t.lower_ not in ("the", "a", "an")]
    if len(words) != 2 or not all(t.is_title and t.is_alpha for t in words):
        return False
    known, word = _english_words(), words[1].lower_
    return not ({word, word.removesuffix("s"), word.removesuffix("es"),
                 words[1].lemma_.lower()} & known)  # "The Texas Cowboys" is a band


def _embedded(gaz: Gazetteer, ent: SpacySpan) -> tuple[int, int] | None:
    """A place that opens an organisation or facility name ("Edmonton police", "the Aleppo
    citadel", "Laurel County Sheriff's Office"): its character offsets when its first one to
    three words are a country, an admin1 or county unit or a sizeable town (a small one if an
    institution noun follows)."""
    if ent.label_ not in ("ORG", "FAC", "GPE", "LOC") or len(ent) < 2 or _titled(ent):
        return None
    if ent[-1].lower_ in STREET_WORDS:
        return None  # "Oxford Street" is a street of London, not in Oxford
    if ent[-1].lower_ in WATER_HEADS:
        return None  # "Scarborough Shoal" is a reef at sea, not in Scarborough
    first = ent.start
    while first < ent.end and ent.doc[first].lower_ in ("the", "a", "an"):
        first += 1
    body = ent.doc[first:ent.end]
    if ent.label_ in ("ORG", "FAC") and name_after_place(body):
        return None
    for n in (3, 2, 1):
        if len(body) <= n:
            continue
        head = body[:n]
        if not all(t.is_title or t.is_upper for t in head) or norm(head.text) in GENERIC:
            continue
        if body[n].lower_ in SCHOOL_WORDS:
            return None  # schools are named after people as often as after towns
        # "Danbury police", and a court or police named for its seat ("Bantam Superior Court")
        seat = body[n].lower_ in INSTITUTION_NOUNS or body[-1].lower_ in SEAT_OFFICES
        floor = CUED_FLOOR if seat else 50_000
        county = head[-1].lower_ in ADMIN_CUES
        if any((e.kind in ("country", "admin1") and rank >= 1) or (county and e.kind == "admin2")
               or (e.kind == "city" and rank == 2 and e.population >= floor)
               for e, rank in gaz.lookup(head.text)):
            return head.start_char, head.end_char
    return None


# Heads of "X of Y" whose Y is a place ("residents of Y", "east of Y", "the mayor of Y"), and
# ", of Y" after a name and an age ("J. Doe, 34, of Y"); other "of" phrases name bodies and
# works ("members of Congress", "ahead of Real").
OF_PLACE_HEADS = frozenset(str.split("""
resident residents native natives mayor outskirts suburb suburbs town city village people
citizens north south east west northeast northwest southeast southwest
"""))


def _locative_floor(doc: Doc, i: int, start: int) -> int:
    """The population a town needs to be read as a place after the preposition at ``i`` (a
    determiner may stand between it and the name at ``start``)."""
    if i < start - 1:
        return DETERMINED_FLOOR
    if doc[i].lower_ == "of":
        head = doc[i - 1] if i > 0 else None
        if head is None or not (head.lower_ in OF_PLACE_HEADS or head.text == ","):
            return DETERMINED_FLOOR
    return CUED_FLOOR


ISLAND_WORDS = frozenset({"island", "islands", "islet", "islets", "isles", "rocks"})


def _untagged(gaz: Gazetteer, doc: Doc) -> list[SpacySpan]:
    """Proper nouns the model left without a label right after a locative preposition
    ("fighting in Talavera"), kept when the gazetteer knows them as a sizeable place."""
    out: list[SpacySpan] = []
    i, n = 1, len(doc)
    while i < n:
        tok = doc[i]
        p = i - 1 if doc[i - 1].lower_ != "the" or i < 2 else i - 2  # "in the X"
        if i >= 3 and doc[i - 1].pos_ == "ADJ" and doc[i - 2].lower_ == "the":
            p = i - 3  # "near the uninhabited X islets": checked for a landform word below
        if tok.pos_ != "PROPN" or tok.ent_type_ or doc[p].lower_ not in LOCATIVE:
            i += 1
            continue
        j = i
        while j < n and j - i < 3 and doc[j].pos_ == "PROPN" and not doc[j].ent_type_:
            j += 1
        sp = doc[i:j]
        floor = _locative_floor(doc, p, i)
        # a curated island or islet group told as one ("the Imia islets")
        landform = j < n and doc[j].lower_ in ISLAND_WORDS
        if p == i - 3 and not landform:
            i = j
            continue
        if norm(sp.text) not in GENERIC and any(
               e.kind in ("country", "admin1", "region") or (e.kind == "admin2" and rank == 2)
               or (e.kind == "city" and rank == 2 and e.population >= floor)
               or (landform and e.kind == "feature")
               for e, rank in gaz.lookup(sp.text)):
            out.append(sp)
        i = j
    return out


# Nouns a town's name modifies as where people live or which office serves it ("a Hartwell
# man", "two Braintree teens", "Danbury police"); not "family" (the Kennedy family) nor
# buildings named after people ("Franklin school").
RESIDENT_NOUNS = frozenset(str.split("""
man woman men women teen teens teenager teenagers boy girl boys girls resident residents native
natives couple youth police council mayor sheriff
"""))


OFFICE_TITLES = frozenset({"mayor", "governor", "sheriff", "council", "police"})


def _office_town(gaz: Gazetteer, name: str) -> bool:
    """Whether the gazetteer has a town of at least 1,000 or a unit by the main name
    ``name``: the town of "a Hartwell man", "Millbrook police" or "Mabini Mayor"."""
    return any((e.kind == "city" and r == 2 and e.population >= CUED_FLOOR)
               or (e.kind in ("admin1", "admin2") and r == 2) for e, r in gaz.lookup(name))


def _residents_of(gaz: Gazetteer, doc: Doc) -> list[SpacySpan]:
    """Unlabelled names before a resident or office noun ("a Hartwell man", "Millbrook
    police") or with an office title ("Beaconsfield Mayor Jo Bell"), kept when the gazetteer
    has a town of that name of at least 1,000."""
    person_words = _person_words(doc)
    out: list[SpacySpan] = []
    for sp in _capitalised_runs(doc, upper_first=False):
        if len(sp) > 1 and sp[-1].lower_ in OFFICE_TITLES:
            sp = sp[:-1]  # "Beaconsfield Mayor Georges Bourelle": the town of the office
        elif sp.end >= len(doc) or not doc[sp.end].is_lower or doc[sp.end].lower_ not in \
                RESIDENT_NOUNS:
            continue
        if sp.start == 0 or not _is_name(sp):
            continue
        if norm(sp.text) in GENERIC or any(t.lower_ in person_words for t in sp):
            continue
        if _office_town(gaz, sp.text):
            out.append(sp)
    return out


TITLE_PREFIXES = frozenset({"vice", "deputy", "-"})


def _office_towns(gaz: Gazetteer, doc: Doc) -> list[SpacySpan]:
    """The town of an office the model reads into a person's name ("Mabini Mayor Ester
    Tabigue" one PERSON, "Mabini Vice-Mayor ..."): the capitalised words before the title,
    kept when the gazetteer has a town of at least 1,000 or a unit by that name."""
    out: list[SpacySpan] = []
    for ent in entities(doc):
        if ent.label_ != "PERSON":
            continue
        k = next((t.i for t in ent if t.i > ent.start and t.lower_ in OFFICE_TITLES
                  and t.is_title), None)
        if k is None:  # "Mabini" tagged alone before "Vice-Mayor"
            j = ent.end
            while j < len(doc) and doc[j].lower_ in TITLE_PREFIXES:
                j += 1
            if j >= len(doc) or doc[j].lower_ not in OFFICE_TITLES or not doc[j].is_title:
                continue
            k = ent.end
        while k > ent.start and doc[k - 1].lower_ in TITLE_PREFIXES:
            k -= 1
        sp = doc[ent.start:k]
        if not len(sp) or len(sp) > 3 or not all(t.is_title for t in sp):
            continue
        if _office_town(gaz, sp.text):
            out.append(sp)
    return out


def _contained_runs(gaz: Gazetteer, doc: Doc) -> list[SpacySpan]:
    """Unlabelled names placed by a "X, State" container ("Buffalo, New York in ...") when the
    gazetteer has a town or county of that name in that state or country."""
    text = doc_text(doc)
    out: list[SpacySpan] = []
    for sp in _capitalised_runs(doc, upper_first=False):
        if not _is_name(sp) or norm(sp.text) in GENERIC:
            continue
        pairs = named_units(gaz, mention_at(text, sp.start_char, sp.end_char).container)
        if pairs and any(e.kind in ("city", "admin2") and r == 2 and (
                (e.cc, e.admin1) in pairs or (e.cc, None) in pairs)
                for e, r in gaz.lookup(sp.text)):
            out.append(sp)
    return out


def _unit_named(gaz: Gazetteer, name: str) -> bool:
    """A country by any English name, or a first-level unit or curated region by its own name
    ("Minas Gerais", "Gauteng", "Java"): a place wherever it stands, whatever the model says;
    an acronym only when a country's ("US", "DRC", not "EST")."""
    if norm(name) in GENERIC or _is_demonym(gaz, name):
        return False
    acronym = name.isupper() and len(name.replace(".", "")) <= 3
    return any((e.kind == "country" and r >= 1)
               or (not acronym and e.kind in ("admin1", "region") and r == 2)
               for e, r in gaz.lookup(name))


def _units_missed(gaz: Gazetteer, doc: Doc) -> list[SpacySpan]:
    """Countries and first-level units the model left unlabelled ("New South Wales is
    second", "Tocantins, and Minas Gerais") or called a person ("Burkina Faso", "Guerrero
    provides"), unless the name is also part of a person's name in the article ("a friend
    of Vladimir" beside "Vladimir Putin")."""
    in_names = _person_words(doc)
    # a person entity the model ran on past a dash ("Sri Lanka - approximately") up to it
    heads = [doc[e.start:next((t.i for t in e if t.is_punct), e.end)]
             for e in entities(doc) if e.label_ == "PERSON"]
    out = [e for e in heads if 0 < len(e) <= 3
           and not (len(e) == 1 and e[0].lower_ in in_names) and _is_name(e)
           and _unit_named(gaz, e.text)]
    out += [sp for sp in _capitalised_runs(doc, upper_first=True) if _unit_named(gaz, sp.text)]
    # a unit the model took for a date or a number ("followed by Limpopo and Eastern Cape")
    out += [e for e in entities(doc) if e.label_ in ODD_LABELS and 0 < len(e) <= 3
            and _is_name(e) and _unit_named(gaz, e.text)]
    # a hyphenated unit, which the tokenizer splits at its hyphens ("the Rhône-Alpes")
    out += [sp for m in _HYPHEN_NAME.finditer(doc_text(doc)) if _unit_named(gaz, m.group(0))
            and (sp := doc.char_span(m.start(), m.end())) is not None]
    return out


_HYPHEN_NAME = re.compile(r"(?<![\w-])[A-Z][\w’']+(?:-(?:[a-z]{1,3}-)?[A-Z][\w’']+)+(?![\w-])")


# Labels no place name should bear: the model's slips on unfamiliar names.
ODD_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT",
                        "LAW", "LANGUAGE"})


# Lower-case words that join a name's parts ("Ceamurlia de Jos", "Villa del Rio"): the word
# after one is no place of its own.
NAME_PARTICLES = frozenset({"de", "del", "della", "da", "do", "dos", "das", "di", "du", "des",
                            "la", "le", "el", "al", "van", "von", "der", "den"})


# "the village of X", "the villages of X, Y and Z", "a town called X", "four villages: X, Y and
# Z": the unit noun names every item of the list, whose names may hold a particle ("the
# villages of Vila do Conde and Y").
_UNIT_BEFORE = re.compile(r"\b(?:villages?|towns?|city|cities|islands?|communit(?:y|ies)|port|"
                          r"hamlets?|municipalit(?:y|ies)|suburbs?|districts?|provinces?|"
                          r"regions?|state|county)(?: of| called| named|:)\s+"
                          r"(?:[A-Z][\w’'-]*(?:[ \t]+(?:(?:" + "|".join(sorted(NAME_PARTICLES))
                          + r")[ \t]+)?[A-Z][\w’'-]*){0,2}(?:,[ \t]*(?:and[ \t]+)?|"
                          r"[ \t]+(?:and|or)[ \t]+))*$")
UNIT_WINDOW = 80  # characters before a name searched for its unit cue
UNIT_AFTER = frozenset(str.split("""
district districts province provinces state region regions county prefecture governorate
island municipality township village area
"""))


# "Dogu Beyazit, a farming town in eastern Turkey", "Kanoma, a village about 40 km from Gusau",
# "X, a suburb located east of Y", "X is a rural township in Y": an apposition or a copula that
# says what it is.
_UNIT_APPOSITION = re.compile(
    r"(?:,|[ \t]+(?:is|was))[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:town|city|village|"
    r"hamlet|suburb|district|province|region|county|port|municipality|island|settlement|"
    r"neighbou?rhood|community|township)[ \t]+(?:(?:located|situated|lying)[ \t]+)?"
    r"(?:(?:about|some|around|roughly|nearly)[ \t]+)?"
    r"(?:in|of|near|on|outside|north|south|east|west|\d[\d,.]*[ \t]*(?:km|kilometres|kilometers|"
    r"miles)\b)")


def _told_unit(text: str, end: int) -> bool:
    return _UNIT_APPOSITION.match(text, end, end + 80) is not None


def _name_runs(doc: Doc) -> list[SpacySpan]:
    """Capitalised proper-noun runs (up to three tokens) and short non-place entities: what
    may be a toponym the model missed."""
    out: list[SpacySpan] = [e for e in entities(doc) if e.label_ in RECOVERED_LABELS | {"NORP"}
                            and len(e) <= 3]
    out += _capitalised_runs(doc, upper_first=False)
    return sorted(out, key=lambda sp: sp.start)


def _capitalised_runs(doc: Doc, upper_first: bool) -> list[SpacySpan]:
    """Runs of up to three capitalised proper nouns no entity covers; ``upper_first`` lets
    the run start on an all-capitals word ("KURSK")."""
    def cap(tok: Token, first: bool) -> bool:
        return (tok.pos_ == "PROPN" and not tok.ent_type_
                and (tok.is_title or (tok.is_upper and (upper_first or not first))))

    out: list[SpacySpan] = []
    i, n = 0, len(doc)
    while i < n:
        if not cap(doc[i], first=True):
            i += 1
            continue
        j = i + 1
        while j < n and j - i < 3 and cap(doc[j], first=False):
            j += 1
        out.append(doc[i:j])
        i = j
    return out


def _beside_places(gaz: Gazetteer, doc: Doc, taken: list[tuple[int, int]]) -> list[SpacySpan]:
    """Toponyms known by where they stand: a conjunct of a recognised place in a list
    ("Rogaland, Vestfold, Buskerud and Telemark") with a reading in a country the place may be
    in, or a name with a unit cue ("the village of Xinmo", "Ituri district")."""
    def inside(tok) -> bool:
        return any(a <= tok.idx < b for a, b in taken)

    text = doc_text(doc)
    person_words = _person_words(doc)
    out: list[SpacySpan] = []
    taken = list(taken)
    # an abbreviation listed with places ("in Tasmania or the ACT") is a unit's short name
    capitals = [sp for sp in _capitalised_runs(doc, upper_first=True)
                if len(sp) == 1 and sp[0].is_upper and len(sp[0]) >= 2]
    for sp in sorted(_name_runs(doc) + capitals, key=lambda sp: sp.start):  # a list in order
        if any(a < sp.end_char and sp.start_char < b for a, b in taken):
            continue
        name = sp.text
        acronym = sp[0].is_upper and len(sp) == 1 and sp[0].ent_type_ == ""
        if _is_demonym(gaz, name):
            continue
        cands = [(e, r) for e, r in gaz.lookup(name) if r == 2 or e.kind != "city"]
        if acronym and not cands:
            continue
        if norm(name) in GENERIC and not (  # "the provinces of Mashonaland West and Midlands"
                _UNIT_BEFORE.search(text[max(0, sp.start_char - UNIT_WINDOW):sp.start_char])
                and any(e.kind == "admin1" and r == 2 for e, r in cands)):
            continue
        nxt = doc[sp.end].lower_ if sp.end < len(doc) else ""
        told = _told_unit(text, sp.end_char)
        cued = told or nxt in UNIT_AFTER or bool(_UNIT_BEFORE.search(
            text[max(0, sp.start_char - UNIT_WINDOW):sp.start_char]))
        if not cands:
            # a hamlet the gazetteer does not know, said to be one ("the village of X", "X
            # district"); not a modifier ("the Kurdish village of Y") nor an office's name
            # ("Air Quality Management District")
            after = sp.end + 1 < len(doc) and doc[sp.end].is_lower \
                and doc[sp.end + 1].lower_ != "of"
            before = bool(_UNIT_BEFORE.search(text[max(0, sp.start_char - UNIT_WINDOW):
                                                   sp.start_char])) or _unit_noun_before(sp)
            if (before or told or (after and nxt in UNIT_AFTER)) and _is_name(sp) \
                    and not (len(sp) == 1 and sp[0].lower_ in person_words):
                out.append(sp)
                taken.append((sp.start_char, sp.end_char))
            continue
        root = sp.root
        mates = [t for t in (root.head, *root.children) if (t.dep_ == "conj" and t.head == root)
                 or (root.dep_ == "conj" and t == root.head)]
        # "Devon and Cornwall police": the parser joins the name to the noun the second
        # place modifies, so the place is that conjunct's compound
        mates += [c for t in mates if t.pos_ == "NOUN" for c in t.children
                  if c.dep_ == "compound" and c.i < t.i]
        listed = any(inside(t) for t in mates) and any(
            e.cc in {c.cc for c, _ in gaz.lookup(_word_at(doc, t))} for e, _ in cands
            for t in mates if inside(t))
        if acronym and not (listed and any(e.kind in ("admin1", "country") and r >= 1
                                           for e, r in cands)):
            continue
        if listed or cued:
            out.append(sp)
            taken.append((sp.start_char, sp.end_char))
    return out


def _unit_noun_before(sp: SpacySpan) -> bool:
    """A name right after a lower-case settlement noun, not a title's ("town Mayor X")."""
    doc = sp.doc
    return sp.start > 0 and doc[sp.start - 1].text in BARE_UNIT_NOUNS \
        and sp[0].lower_ not in OFFICE_TITLES | PERSON_TITLES | INSTITUTION_NOUNS


def _word_at(doc: Doc, tok) -> str:
    """The entity (or else the word) a token belongs to."""
    for e in entities(doc):
        if e.start <= tok.i < e.end:
            return _trim_text(e)
    return tok.text


def _trim_text(ent: SpacySpan) -> str:
    s, e = _trim(ent)
    return doc_text(ent.doc)[s:e]


# Capitalised words that name places somewhere ("Central" region, "Olympic", "Federal
# District") but in running text are mostly ordinary words or parts of other names
# (Togo's "Maritime" region, Cameroon's "Littoral": "the Maritime Security Centre").
GENERIC = frozenset(str.split("""
central centre center north south east west northern southern eastern western federal capital
coast island islands valley lakes lake olympic union national state city county district
province region midlands highlands plains metro downtown mountain river bay park maritime
littoral university college memorial general
"""))
UNIT_KINDS = ("country", "continent", "admin1", "region")


def _unit_known(gaz: Gazetteer, name: str) -> bool:
    """The gazetteer knows ``name`` as a country, continent, first-level unit or region by its
    own name or an English alias."""
    return any(r >= 1 and e.kind in UNIT_KINDS for e, r in gaz.lookup(name))


def _strong(gaz: Gazetteer, name: str, city_floor: int = 100_000,
            kinds: tuple[str, ...] = UNIT_KINDS) -> bool:
    """A name that, capitalised and standing alone, is almost always a place: a country, a
    first-level unit or curated region by its name or an English alias, or a big town by its
    own name."""
    if norm(name) in GENERIC:
        return False
    return any((r >= 1 and e.kind in kinds)
               or (e.kind == "city" and r == 2 and e.population >= city_floor)
               for e, r in gaz.lookup(name))


def _is_name(sp: SpacySpan) -> bool:
    """Capitalised words, joined by particles or hyphens ("Kok-Tash", "Aix-en-Provence")."""
    return all(t.is_title or t.is_upper or t.lower_ in ("of", "de", "el", "al", "en", "sur")
               or (t.text == "-" and 0 < k < len(sp) - 1) for k, t in enumerate(sp)) and \
        sp[0].is_alpha and (sp[0].is_title or sp[0].is_upper)


def _relabelled(gaz: Gazetteer, ent: SpacySpan) -> bool:
    """A whole entity the model labelled NORP, ORG, LANGUAGE ... that is a strong place name
    ("Aleppo" as NORP, "Edmonton" as ORG); demonyms and PERSON are left alone."""
    if ent.label_ in PLACE_LABELS or ent.label_ == "PERSON" or len(ent) > 3:
        return False
    if ent.label_ not in RECOVERED_LABELS and ent.label_ not in ("NORP", "LANGUAGE"):
        return False
    start, end = _trim(ent)
    name = doc_text(ent.doc)[start:end]
    # Companies and magazines take region names ("Amazon", "The Atlantic"): only countries,
    # states and big towns are taken back from ORG.
    kinds = ("country", "admin1") if ent.label_ == "ORG" else UNIT_KINDS
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    floor = CUED_FLOOR if nxt is not None and nxt.lower_ in INSTITUTION_NOUNS else 100_000
    return _is_name(ent) and not _is_demonym(gaz, name) and _strong(gaz, name, floor, kinds)


# A city this big, standing alone, is the city even where the model calls it a person
# ("put Edmonton near the bottom"): few people go by a one-word name that is a big city's.
CITY_AS_PERSON = 1_000_000
# Words before a name that make it a person's surname ("Dr Houston", "Mr. Phoenix").
PERSON_TITLES = frozenset(str.split("""
mr mrs ms miss dr prof sir dame lord lady president minister senator sen rep gov judge
"""))


def _city_as_person(gaz: Gazetteer, ent: SpacySpan, person_words: frozenset[str]) -> bool:
    """One capitalised word the model labelled PERSON that is a city of a million by its own
    name, when the article names no person with that word ("Vladimir" of "Vladimir Putin"),
    no title opens it and no name runs on after it."""
    if ent.label_ != "PERSON" or len(ent) != 1 or not ent[0].is_title:
        return False
    tok = ent[0]
    if tok.lower_ in person_words:
        return False
    doc = ent.doc
    if tok.i > 0 and doc[tok.i - 1].lower_.rstrip(".") in PERSON_TITLES:
        return False
    if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN":
        return False
    return any(e.kind == "city" and r == 2 and e.population >= CITY_AS_PERSON
               for e, r in gaz.lookup(tok.text))


# Lower-case nouns after a town name that make it the seat of what they name ("the Cairns
# police force", "taken to Desaguadero hospital", "the Pirbright laboratory").
SEAT_NOUNS = INSTITUTION_NOUNS | frozenset(str.split("""
laboratory lab hospital clinic prison jail businesses farms market station camp camps slum slums
"""))


def _seat_of(gaz: Gazetteer, ent: SpacySpan, person_words: frozenset[str]) -> bool:
    """A name the model called a person or an organisation that a lower-case institution noun
    follows, when the gazetteer knows it as a town of at least 1,000 or a unit: "Smith
    hospital" is rare, "Cairns police" common."""
    if ent.label_ not in RECOVERED_LABELS or len(ent) > 3 or ent.end >= len(ent.doc):
        return False
    nxt = ent.doc[ent.end]
    if not ((nxt.is_lower or nxt.lower_ in OFFICE_TITLES) and nxt.lower_ in SEAT_NOUNS) \
            or not _is_name(ent):
        return False  # "Cairns police", "Wetumpka Mayor Jo Bell"
    if any(t.lower_ in person_words for t in ent) or _is_demonym(gaz, ent.text):
        return False
    return any(e.kind in ("country", "admin1", "admin2")
               or (e.kind == "city" and rank == 2 and e.population >= CUED_FLOOR)
               for e, rank in gaz.lookup(_trim_text(ent)))


def _is_demonym(gaz: Gazetteer, name: str) -> bool:
    return gaz.demonym(name) is not None


_OF_PLACE = re.compile(r"\bof\s+(?:the\s+)?((?:[A-Z][\w’'.-]*)(?:\s+[A-Z][\w’'.-]*){0,2})$")


# "of X" inside a longer name: "the University of Michigan Center for Computer Security"
_OF_NAME = re.compile(r"\bof[ \t]+(?:the[ \t]+)?([A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,2})")


def _of_place_within(gaz: Gazetteer, text: str) -> tuple[int, int] | None:
    """The first "of X" inside ``text`` whose first one to three words are a strong place, not
    the start of a longer town's name ("of Michigan Center" is a town's)."""
    for m in _OF_NAME.finditer(text):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n]).rstrip(".,")
            end = m.start(1) + len(name)
            if _strong(gaz, name, 50_000) and _extended_end(gaz, text, m.start(1), end) == end:
                return m.start(1), end
    return None


def _inside_org(gaz: Gazetteer, ent: SpacySpan) -> tuple[int, int] | None:
    """A place that closes an organisation name: "University of Manitoba", "Government of
    Alberta", "CTV Edmonton", "Environment Canada"; or that an "of" opens inside it ("the
    University of Michigan Center for Computer Security"); not the last word of a name its
    particle joins ("Ceamurlia de Jos")."""
    if ent.label_ not in ("ORG", "FAC") or len(ent) < 2 or _titled(ent):
        return None
    text = doc_text(ent.doc)
    start, end = _trim(ent)
    if m := _OF_PLACE.search(text[start:end]):
        if _strong(gaz, m.group(1), 50_000):
            return start + m.start(1), start + m.end(1)
        return None
    if within := _of_place_within(gaz, text[start:end]):
        return start + within[0], start + within[1]
    for n in (2, 1):
        tail = ent[-n:]
        if len(ent) > n and _is_name(tail) and _strong(gaz, tail.text) \
                and not _strong(gaz, ent[:-n].text, 0) \
                and ent.doc[tail.start - 1].lower_ not in NAME_PARTICLES:
            return tail.start_char, tail.end_char
    return None


# "BEIRUT —", "HOLLIDAY, Mo. —", "OTTAWA (Reuters) -", "MOSCOW, Nov 19 (Reuters) -"
_DATELINE = re.compile(
    r"(?:^|\n|[.!?][ \t]+)[ \t]*([A-Z][A-Z.’' -]{2,40}?)"
    r"(?:,[ \t]*(?!" + MONTH + r"[ \t]+\d)([A-Z][A-Za-z.]{1,14}))?"
    r"(?:,?[ \t]*" + MONTH + r"[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)?[ \t]*"
    r"(?:\([^)\n]{1,40}\))?[ \t]*(?:--|[—–―-])")  # dashes as spans.DATELINE


def _country_named(gaz: Gazetteer, name: str | None) -> bool:
    """Whether ``name`` is a country's main or English name ("Philippines", "U.S.")."""
    return name is not None and any(e.kind == "country" and rank >= 1
                                    for e, rank in gaz.lookup(name))


def _datelines(gaz: Gazetteer, text: str) -> list[tuple[int, int]]:
    """Character spans of a dateline's town and state; offsets rather than tokens, since the
    tokenizer glues "KY--(Marketwire" together."""
    out: list[tuple[int, int]] = []
    for m in _DATELINE.finditer(text[:3000]):
        name = m.group(1).strip()
        if not any(c.isalpha() for c in name):
            continue
        if not gaz.lookup(name.title()) and not _country_named(gaz, m.group(2)):
            continue  # "SUBIC BAY, Philippines -": a town the gazetteer lacks, in that country
        for g in (1, 2):
            if m.group(g) is not None:
                out.append((m.start(g), m.start(g) + len(m.group(g).rstrip(" ."))))
    return out


def _containers_as_mentions(gaz: Gazetteer, text: str, mentions: list[Mention]) -> list[
        tuple[int, int]]:
    """The state or province of "Churchill, Man." and "Wainwright, Alta." is a toponym too."""
    out: list[tuple[int, int]] = []
    for m in mentions:
        name = (m.container or "").rstrip("-.")
        if not name or not (named_units(gaz, name) or _county_of(gaz, m.name, name)):
            continue
        s = text.index(name, m.end)
        out.append((s, s + len(name)))
    return out


def _county_of(gaz: Gazetteer, town: str, county: str) -> bool:
    """"Clacton, Essex": a county by its own name in the first-level unit of a town the
    gazetteer has by the name before the comma."""
    units = {(e.cc, e.admin1) for e, r in gaz.lookup(county) if e.kind == "admin2" and r == 2}
    return bool(units) and any(e.kind == "city" and (e.cc, e.admin1) in units
                               for e, _r in gaz.lookup(town))


def _same_name_elsewhere(gaz: Gazetteer, doc: Doc, names: set[str],
                         taken: list[tuple[int, int]]) -> list[SpacySpan]:
    """One sense per article: a name recognised as a place once ("in Edmonton") is a place at
    its other mentions too, where the small model labelled it ORG or PERSON or nothing; not
    inside a longer name ("Winston Churchill", "Edmonton Oilers"), nor where the model calls
    it a person at least as often as a place (a girl named Georgia)."""
    if not names:
        return []
    labels: dict[str, Counter] = {}
    person_words = _person_words(doc)
    for ent in entities(doc):
        if ent.text in names:
            labels.setdefault(ent.text, Counter())[ent.label_] += 1
    pattern = re.compile(r"(?<![\w.-])(?:" + "|".join(
        re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w-])")
    out: list[SpacySpan] = []
    for m in pattern.finditer(doc_text(doc)):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        sp = doc.char_span(m.start(), m.end())
        if sp is None:
            continue
        ent = next((e for e in entities(doc) if e.start <= sp.start < e.end), None)
        if ent is not None and len(ent) > len(sp) and ent.label_ in ("PERSON", "ORG",
                                                                      "WORK_OF_ART", "EVENT"):
            continue
        if ent is not None and ent.label_ == "ORG" and not _strong(
                gaz, sp.text, 5_000, ("country", "admin1")):
            continue  # "European Union" the organisation
        if ent is not None and ent.label_ == "PERSON" and not _modifies_noun(sp, person_words):
            seen = labels.get(sp.text, Counter())
            if seen["PERSON"] >= sum(seen[k] for k in PLACE_LABELS):
                continue
        out.append(sp)
    return out


def _modifies_noun(sp: SpacySpan, person_words: frozenset[str]) -> bool:
    """One word that modifies the common noun after it ("the Cairns service", "a Churchill
    doctor"), not a word of a person named in the article: a town's name used as where."""
    doc = sp.doc
    return len(sp) == 1 and sp[0].lower_ not in person_words and sp.end < len(doc) \
        and doc[sp.end].pos_ == "NOUN" and doc[sp.end].is_lower and sp[0].head == doc[sp.end]


def _town_comma_state(gaz: Gazetteer, ent: SpacySpan) -> tuple[int, int] | None:
    """An entity that swallowed "Wainwright, Alta" whole: the town, when what follows the
    comma is a state, province or country (which the container step then adds)."""
    if "," not in ent.text or ent.label_ not in PLACE_LABELS | RECOVERED_LABELS:
        return None
    start, end = _trim(ent)
    head = doc_text(ent.doc)[start:end].split(",", 1)[0].strip()
    m = mention_at(doc_text(ent.doc), start, start + len(head))
    if m.container and named_units(gaz, m.container) and gaz.lookup(head):
        return start, start + len(head)
    return None


def _place_in_unknown(gaz: Gazetteer, ent: SpacySpan) -> tuple[int, int] | None:
    """The town or county that opens a name the model labelled a place but the gazetteer does
    not know and that is no street or site ("Orange County Sanitation District", "Laurel
    County Sheriff's Office" as FAC): the whole would be dropped, its place is a toponym."""
    if ent.label_ not in PLACE_LABELS or len(ent) < 2:
        return None
    start, end = _trim(ent)
    m = mention_at(doc_text(ent.doc), start, end)
    if _feature_shaped(m.name) or _candidates(gaz, m.name, m.cue):
        return None  # "Far North Queensland" is Queensland, not "Far North"
    sub = _embedded(gaz, ent)
    head = ent.doc.char_span(*sub) if sub else None
    if head is None:
        return None
    # only the seat of an office ("City Council", "Sheriff's Office"): a first name opens
    # "the David Geffen School", a company "Wright County Eggs"
    if head.end >= ent.end or ent.doc[head.end].lower_ not in SEAT_NOUNS:
        return None
    return sub


_SHARED_HEAD = re.compile(r"([A-Z][a-z]+)[ \t]+(?:and|&)[ \t]+([A-Z][a-z]+)[ \t]+([A-Z][\w -]+)")


def _shared_head(gaz: Gazetteer, ent: SpacySpan) -> list[tuple[int, int]] | None:
    """Two units sharing one head noun ("Central and South America", "North and South
    Korea"): the whole is no name, its conjuncts are ("Central", read as Central America by
    :func:`mention_at`, and "South America"); when both halves are known units."""
    if ent.label_ not in PLACE_LABELS:
        return None
    start, end = _trim(ent)
    text = doc_text(ent.doc)
    m = _SHARED_HEAD.fullmatch(text, start, end)
    if m is None or gaz.lookup(m.group(0)):
        return None
    head = m.group(3)
    if all(_unit_known(gaz, f"{w} {head}") for w in (m.group(1), m.group(2))):
        return [(m.start(1), m.end(1)), (m.start(2), end)]  # the first takes the shared head
    return None


_CONJOINED = re.compile(r"((?:[A-Z][\w’'-]*)(?:[ \t]+[A-Z][\w’'-]*)?)[ \t]+(?:and|&)[ \t]+"
                        r"([A-Z][\w’'-]*(?:[ \t]+(?:de|del|do|da)?[ \t]*[A-Z][\w’'-]*){0,2})")


def _conjoined(gaz: Gazetteer, ent: SpacySpan) -> list[tuple[int, int]]:
    """Two places the model joined into one name ("from Santiago and Vina del Mar" as ORG,
    "Hunan and Hubei provinces" as GPE): both, when each is a strong place name and the whole
    is none ("Trinidad and Tobago" is one). After a locative preposition ("south to Ingham or
    Townsville", "crews from Hornsey, Stoke Newington") any towns of the gazetteer will do;
    after a unit noun ("the towns of X and Y") any reading at all."""
    if ent.label_ not in RECOVERED_LABELS | PLACE_LABELS or len(ent) > 7:
        return []
    start, end = _trim(ent)
    text = doc_text(ent.doc)
    m = _CONJOINED.fullmatch(text, start, end)
    if m is not None and not gaz.lookup(m.group(0)) and all(_strong(gaz, g) for g in m.groups()):
        return [(m.start(1), m.end(1)), (m.start(2), m.end(2))]
    m = _LISTED_PAIR.fullmatch(text, start, end)
    # "the towns of X and Y": the unit noun vouches for any reading the gazetteer has
    unit = m is not None and bool(_UNIT_BEFORE.search(text[max(0, start - UNIT_WINDOW):start]))
    if m is None or gaz.lookup(m.group(0)) or not (unit or _after_locative(ent)):
        return []
    if m.group("sep").strip() == "," and named_units(gaz, m.group(3)):
        return []  # "Clacton, Essex": a town and its county, not a list
    if not all(gaz.lookup(g) if unit else _town_named(gaz, g) for g in m.group(1, 3)):
        return []
    return [(m.start(1), m.end(1)), (m.start(3), m.end(3))]


_LISTED_PAIR = re.compile(r"([A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?)(?P<sep>,[ \t]+|[ \t]+(?:and|or)"
                          r"[ \t]+)([A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?)")


def _after_locative(ent: SpacySpan) -> bool:
    i = _before_determiners(ent.doc, ent.start)
    return i >= 0 and ent.doc[i].lower_ in LOCATIVE and ent.doc[i].lower_ not in ("of", "between")


def _town_named(gaz: Gazetteer, name: str) -> bool:
    """A town of at least 1,000 or a unit by its own name."""
    return norm(name) not in GENERIC and any(
        (e.kind == "city" and e.population >= CUED_FLOOR) or e.kind in (*UNIT_KINDS, "admin2")
        for e, r in gaz.lookup(name) if r == 2)


_HYPHENED = re.compile(r"(?<![\w-])([A-Z][\w.]+(?:[ \t][A-Z][\w.]+)?)-([A-Z][\w.]+(?:[ \t]"
                       r"[A-Z][\w.]+)?)(?![\w-])")


def _hyphened_pair(gaz: Gazetteer, ent: SpacySpan) -> list[tuple[int, int]]:
    """Two places joined by a hyphen as one area or one service's name ("Dallas-Fort Worth",
    "Kitchener-Waterloo", "Middlesex-London EMS"): each, when both are towns of 20,000 or
    first- or second-level units and the gazetteer knows no place of the joined name
    ("Winston-Salem")."""
    if ent.label_ not in RECOVERED_LABELS | PLACE_LABELS or _titled(ent):
        return []
    start, end = _trim(ent)
    text = doc_text(ent.doc)
    found = list(_HYPHENED.finditer(text, start, end))
    if not found and (m := _HYPHENED.match(text, start)) and m.start(2) == end + 1:
        found = [m]  # "Dallas-Fort Worth": the model tagged only the first
    for m in found:
        if gaz.lookup(m.group(0)) or gaz.lookup(m.group(0).replace("-", " ")):
            continue
        if any(all(norm(w) in GENERIC for w in g.split()) for g in m.groups()):
            continue  # "Calgary-North West": a riding, not South Africa's North West
        # towns and units only: "Canada-EU", "US-China" name the parties to a deal or a war
        if all(_strong(gaz, g, DETERMINED_FLOOR, ("admin1", "admin2")) for g in m.groups()):
            return [(m.start(1), m.end(1)), (m.start(2), m.end(2))]
    return []


def _demonym_opened(gaz: Gazetteer, ent: SpacySpan) -> tuple[int, int] | None:
    """A unit whose name opens with a demonym the model split off ("French| Guiana", "Dutch|
    Caribbean"): the whole name when the gazetteer knows it as a country or region."""
    if ent.label_ != "NORP" or len(ent) != 1:
        return None
    text = doc_text(ent.doc)
    end = _extended_end(gaz, text, ent.start_char, ent.end_char)
    if end == ent.end_char or not _unit_known(gaz, text[ent.start_char:end]):
        return None
    return ent.start_char, end


# "U.S.-led", "U.K.-based": the tokenizer keeps a dotted abbreviation and the participle it
# opens as one token, so the model never sees the country in it
_GLUED_ABBREVIATION = re.compile(r"((?:[A-Z]\.){2,4})-[a-z]+$")


def _glued_countries(gaz: Gazetteer, doc: Doc) -> list[tuple[int, int]]:
    """A country's dotted abbreviation glued to the participle it opens ("the U.S.-led
    campaign", "a U.K.-based charity"): the country is where the act is led or based from,
    as in "Russia-backed", which the tokenizer splits and the model tags."""
    out = []
    for tok in doc:
        if "-" not in tok.text or (m := _GLUED_ABBREVIATION.match(tok.text)) is None:
            continue
        if _country_named(gaz, m.group(1)):
            out.append((tok.idx, tok.idx + len(m.group(1))))
    return out


def _spans_of(gaz: Gazetteer, doc: Doc) -> list[SpacySpan | tuple[int, int]]:
    """Candidate toponym spans: the model's places, then what the model mislabels or misses."""
    ents: list[SpacySpan | tuple[int, int]] = []
    person_words = _person_words(doc)
    text = doc_text(doc)
    for ent in entities(doc):
        if pair := _conjoined(gaz, ent) or _shared_head(gaz, ent) or _hyphened_pair(gaz, ent):
            ents += pair
        elif sub := _town_comma_state(gaz, ent) or _place_in_unknown(gaz, ent) \
                or _demonym_opened(gaz, ent):
            ents.append(sub)
        elif ent.label_ in PLACE_LABELS or _looks_like_place(gaz, ent, person_words) \
                or _relabelled(gaz, ent) or _seat_of(gaz, ent, person_words) \
                or _city_as_person(gaz, ent, person_words) \
                or _speakers_town(gaz, ent) or _water_feature(gaz, ent) or (
                    ent.label_ == "ORG"  # FAC is a place label
                    and _in_unit_told(gaz, text, mention_at(text, *_trim(ent)), ent)):
            ents.append(ent)
        elif (sub := _embedded(gaz, ent) or _inside_org(gaz, ent)) and (
                sp := doc.char_span(*sub)) is not None:
            ents.append(sp)
    ents += _untagged(gaz, doc)
    ents += _glued_countries(gaz, doc)
    ents += _units_missed(gaz, doc)
    ents += _contained_runs(gaz, doc)
    ents += _residents_of(gaz, doc)
    ents += _office_towns(gaz, doc)
    ents += _sites(gaz, doc)
    ents += _crossings(gaz, doc)
    return ents


# A road is gone "along" or "past" and lived "on"; "of" opens an address (ROUTE_OF_HEADS).
SITE_PREPS = (LOCATIVE - {"from", "between", "of"}) | {"on", "along", "past"}


# "the intersection of X Road", "the 200 block of X Crescent": an "of" that opens a street.
ROUTE_OF_HEADS = frozenset({"intersection", "junction", "corner", "block", "end", "side"})
_TOWN_AFTER = re.compile(r",[ \t]+[A-Z]")


# ", in Y" / " in Y" after a building: the text says where it stands.
_IN_PLACE_AFTER = re.compile(r",?[ \t]+in[ \t]+([A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,2})")


def _in_known_place(gaz: Gazetteer, text: str, end: int) -> bool:
    """Whether "in Y" follows ``end`` with Y (or its first words) a place the gazetteer knows."""
    m = _IN_PLACE_AFTER.match(text, end)
    if m is None:
        return False
    words = m.group(1).rstrip(".").split()
    return any(gaz.lookup(" ".join(words[:n])) for n in range(len(words), 0, -1))


def _town_opened(gaz: Gazetteer, name: str) -> bool:
    """A building named after the town it stands in ("Randwick Racecourse", "Karak Castle"):
    its other words are a town of 1,000 or a unit."""
    words = _site_head(name, BUILDING_LAST)
    return words is not None and _town_named(gaz, " ".join(words))


_CROSSING_NAME = f"({_CROSSING_WORDS})"
_CROSSINGS = re.compile(r"(?<![\w-])[Tt]he[ \t]+" + _CROSSING_NAME + r"(?:[ \t]+(?:and|or)[ \t]+"
                        + _CROSSING_NAME + rf")?[ \t]+(?P<head>{_CROSSING_HEAD})\b")


def _crossings(gaz: Gazetteer, doc: Doc) -> list[SpacySpan]:
    """Names told as a border crossing or a checkpoint, a post and so a place: those the
    model mislabels right before "crossing" or "checkpoint" ("the Torkham border crossing"
    tagged a person), and those it tags as nothing or joins with "the" into one organisation
    ("through the Angoor Adda crossing", "the Angoor Adda and Ghulam Khan crossings", which
    names two)."""
    out = [ent for ent in entities(doc) if ent.label_ in RECOVERED_LABELS | {"NORP"}
           and len(ent) <= 3 and _CROSSING_AFTER.match(doc_text(doc), ent.end_char)]
    for m in _CROSSINGS.finditer(doc_text(doc)):
        groups = [g for g in (1, 2) if m.group(g)]
        if len(groups) == 2 and not m.group("head").endswith("s"):
            continue  # "the X and Y crossing" is one name
        out += [sp for g in groups if norm(m.group(g)) not in GENERIC
                and not _is_demonym(gaz, m.group(g))
                and (sp := doc.char_span(*m.span(g))) is not None]
    return out


def _sites(gaz: Gazetteer, doc: Doc) -> list[SpacySpan]:
    """A street, a bridge or an airport the model calls a person or an organisation ("along
    Harwood Way", "at Ottawa's Macdonald-Cartier International Airport", "the intersection of
    North Jackson Highway", "of Dunnock Close, Edmonton"): a place when a locative
    preposition, a place's possessive or an address's "of" opens it ("Heathrow Airport said"
    stays an organisation)."""
    out = []
    for ent in entities(doc):
        if ent.label_ not in RECOVERED_LABELS or len(ent) > 6:
            continue
        start, end = _trim(ent)
        name = doc_text(doc)[start:end]
        words = name.lower().split()
        if not _feature_shaped(name):
            continue
        i = _before_determiners(doc, ent.start)
        if not (words[-1] in ROUTE_LAST or words[0] in ROUTE_FIRST):
            # a hospital or a museum is as often its staff: a place only where a locative
            # opens it and the text puts it in a town ("taken to X Hospital in Columbia")
            if words[-1] in BUILDING_LAST and i >= 0 and doc[i].lower_ in SITE_PREPS and (
                    _in_known_place(gaz, doc_text(doc), end) or _town_opened(gaz, name)):
                out.append(ent)  # "at Randwick Racecourse", "in Karak Castle"
            continue
        if i >= 0 and (doc[i].lower_ in SITE_PREPS or (
                doc[i].tag_ == "POS" and doc[i - 1].ent_type_ in PLACE_LABELS) or (
                doc[i].lower_ == "of" and (doc[i - 1].lower_ in ROUTE_OF_HEADS or (
                    _TOWN_AFTER.match(doc_text(doc), end) is not None)))):
            out.append(ent)  # "of Dunnock Close, Edmonton": an address
    return out


# What may continue a name the model cut short: "Democratic Republic| of the Congo", "Rio
# Grande| do Sul", "Mashonaland| West".
_NAME_TAIL = re.compile(r"(?:[ \t]+(?:of|the|do|da|de|del|dos|das|di|du|des))*"
                        r"[ \t]+[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?")


def _extended_end(gaz: Gazetteer, text: str, start: int, end: int) -> int:
    """The end of the longer name a toponym is the start of, when the gazetteer knows that
    name by its own name or an English alias."""
    m = _NAME_TAIL.match(text, end)
    if m is None:
        return end
    stops = {m.end(), *(i for i in range(end + 1, m.end()) if text[i] == " ")}
    for stop in sorted(stops, reverse=True):
        if stop - end > 1 and text[stop - 1].isalpha() and text[stop - 2:stop] != "of" and any(
                r >= 1 for _, r in gaz.lookup(text[start:stop])):
            return stop
    return end


def _mention_of(gaz: Gazetteer, doc: Doc, ent: SpacySpan | tuple[int, int]) -> Mention | None:
    start, end = _trim(ent) if isinstance(ent, SpacySpan) else ent
    if end <= start:
        return None
    end = _extended_end(gaz, doc_text(doc), start, end)
    m = mention_at(doc_text(doc), start, end)
    if not m.name[:1].isupper() or _is_demonym(gaz, m.name):  # "Ukrainian" labelled GPE
        return None
    head, _, last = m.name.rpartition(" ")
    if last.lower() in TOWN_NOUNS and _is_demonym(gaz, head):
        return None  # "the Kazakh city of Almaty": the town is named after "of"
    text = doc_text(doc)
    if _names_disease(text, m.end) or _acronym_of_no_place(gaz, m.name) \
            or _command_named(m.name, text, m.end) \
            or (m.name.lower() in COMPASS_WORDS and _STREET_AHEAD.match(text, m.end)):
        return None  # "207 South Main St.": the street's compass word
    if m.name.lower() in COMPASS_WORDS and _THE_BEFORE.search(text, max(0, m.start - 5),
                                                               m.start):
        return None  # "the North fired missiles", "the South": a side or a part, no town
    if text[m.start - 1:m.start] == "$" or text[m.end:m.end + 1] == "$" \
            or text[m.start:m.end + 1].rstrip(",;") in NOT_PLACES or m.name in NOT_PLACES:
        return None  # "$US 15 billion", "HK$2", a doctor's "M.D."
    return m


_THE_BEFORE = re.compile(r"\bthe[ \t]+$", re.I)
_STREET_AHEAD = re.compile(r"\s+[A-Z][\w’'-]*[ \t]+(?:St|Street|Ave|Avenue|Rd|Road|Blvd|"
                           r"Boulevard|Dr|Drive|Lane|Ln|Way|Pkwy|Parkway)\b")
# AP writes Maryland "Md."; "M.D." is a degree. "Earth" is the planet, not the Texas town.
NOT_PLACES = frozenset({"M.D.", "Earth"})


# Names of diseases and pathogens after the place they were first found ("West Nile virus",
# "Marburg haemorrhagic fever", "the Reston ebolavirus"): a pathogen, not where it is now.
DISEASE_WORDS = r"virus|viruses|ebolavirus|fever|flu|influenza|disease|strain|encephalitis"
_DISEASE_AFTER = re.compile(r"[ \t]+(?:[\w-]+[ \t]+)?(?:" + DISEASE_WORDS +
                            r")\b(?![ \t-]+season)", re.I)
_DISEASE_WORD = re.compile(DISEASE_WORDS, re.I)  # anywhere: no name names a disease without
_HAEMORRHAGIC = re.compile(r"[ \t]+(?:haemorrhagic|hemorrhagic|spotted|valley)\b", re.I)


def _names_disease(text: str, end: int) -> bool:
    m = _DISEASE_AFTER.match(text, end, end + 40)
    if m is None:
        return False
    # one word between only when it is a disease's own ("Marburg hemorrhagic fever"), not
    # "in Guinea, the virus" or "Texas flu season"
    words = m.group(0).split()
    return len(words) == 1 or _HAEMORRHAGIC.match(text, end) is not None


ACRONYM_CITY_FLOOR = 1_000_000


def _acronym_of_no_place(gaz: Gazetteer, name: str) -> bool:
    """An all-capitals acronym ("UN", "FAO", "ALMA", "U.N.") that no country, first-level unit
    or region bears, nor a very large city ("LA"): an organisation, not the small town that an
    alternate name or a shared spelling ("Un", "Alma") would make it."""
    letters = name.replace(".", "")
    if not (letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 5):
        return False
    return not any((e.kind in UNIT_KINDS and r >= 1)
                   or (e.kind == "city" and e.population >= ACRONYM_CITY_FLOOR)
                   for e, r in gaz.lookup(name))


# What only a person has: "Georgia's father", "Georgia herself", "Georgia, 15,".
KIN_NOUNS = (r"father|mother|parents|husband|wife|son|daughter|brother|sister|grandmother|"
             r"grandfather|boyfriend|girlfriend|coach|teammates?|career|birthday")


def _disease_mentions_out(text: str, mentions: list[Mention], keep: list
                          ) -> tuple[list[Mention], list]:
    """A name the article uses for a disease ("the Marburg virus") is the disease where it
    stands bare, with no locative, container or cue ("because Marburg kills more slowly"):
    one sense per article. After "in" or "near" it is still the place."""
    if _DISEASE_WORD.search(text) is None:
        return mentions, keep  # no disease word in the article: no name to scan for one
    diseased = {n for n in {m.name for m in mentions}
                if any(_names_disease(text, f.end()) for f in re.finditer(
                    r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", text))}
    if not diseased:
        return mentions, keep
    kept = [i for i, m in enumerate(mentions) if m.name not in diseased or m.container
            or m.cue or _LOCATIVE_BEFORE.search(text, max(0, m.start - 12), m.start)
            or _names_disease(text, m.end)]
    return [mentions[i] for i in kept], [keep[i] for i in kept]


def _people_named(text: str, names: set[str]) -> set[str]:
    """The names among ``names`` the article uses, at least once, as only a person's name
    can be used (one sense per article)."""
    single = [n for n in names if n and " " not in n and n[:1].isupper()]
    if not single:
        return set()
    alt = "|".join(re.escape(n) for n in sorted(single, key=len, reverse=True))
    pattern = re.compile(r"(?<![\w.-])(" + alt + r")(?:(?:['’]s[ \t]+(?:" + KIN_NOUNS +
                         r")\b)|(?:[ \t]+(?:herself|himself)\b)|(?:,[ \t]+\d{1,2},))")
    # "his daughters, Malia and Sasha", "her son Georgia": kin named by the names after it
    kin = re.compile(r"\b(?:" + _KIN_BEFORE + r"),?[ \t]+(" + alt + r")\b(?:[ \t]+and[ \t]+("
                     + alt + r")\b)?")
    return {m.group(1) for m in pattern.finditer(text)} \
        | {n for m in kin.finditer(text) for n in m.groups() if n}


# "Franklin Elementary", "Kennedy High School": a school named after a person or a street,
# which the article then calls by that name alone ("a teacher at Franklin")
_SCHOOL_NAME = re.compile(r"(?<![\w.-])([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]+(?:Elementary|"
                          r"(?:Middle|High|Junior High|Primary|Secondary)[ \t]+School)\b")
_IN_BEFORE = re.compile(r"\bin[ \t]+$")
SCHOOL_TOWN = 100_000  # a city this big is itself wherever it is named


def _schools_out(gaz: Gazetteer, text: str, mentions: Sequence[Mention],
                 entries: list[Entry | None]) -> list[Entry | None]:
    """No town for a name the article gives a school and never places as a town: no
    place after a comma, no unit cue and no "in" before any of its mentions ("pupils at
    Franklin Elementary ... a teacher at Franklin" is the school; "in Franklin" the town)."""
    schools = {m.group(1) for m in _SCHOOL_NAME.finditer(text)}
    if not schools:
        return entries
    placed = {m.name for m in mentions if named_units(gaz, m.container) or m.cue is not None
              or _IN_BEFORE.search(text, max(0, m.start - 4), m.start)}
    return [None if e is not None and m.name in schools - placed and e.kind == "city"
            and e.population < SCHOOL_TOWN else e for m, e in zip(mentions, entries, strict=True)]


# the kin nouns a possessive puts before the names of the kin ("his daughters, Malia and Sasha")
_KIN_BEFORE = (r"(?i:his|her|their|my|our)[ \t]+(?:sons?|daughters?|wife|husband|children|"
               r"brothers?|sisters?|mother|father)")


def _in_outlet_name(found: Analysis, m: Mention) -> bool:
    """A place word inside a longer name of a news outlet ("(Indian Ocean Monitor) -",
    "the Kyiv Independent reported") names the outlet, not where anything happens."""
    return any(a.kind == "media" and s.start <= m.start and m.end <= s.end
               and s.end - s.start > m.end - m.start and _name_like(s.text)
               for a in found.actors for s in a.mentions)


def _name_like(text: str) -> bool:
    """An outlet's name as written, not a dateline run the tokenizer glued to a credit
    ("KY--(Marketwire - December 23, 2010")."""
    return not any(c in text for c in "()-,") and not any(c.isdigit() for c in text)


def find_places(doc: Doc, found: Analysis) -> list[Place]:
    """Every place mention of ``doc``, geocoded, merged per place."""
    return places_and_actors(doc, found)[0]


def places_and_actors(doc: Doc, found: Analysis) -> tuple[list[Place], list[tuple[int, int]]]:
    """The places of ``doc`` and the character spans of the toponyms left out as metonymic
    (actors); the evaluation counts the latter where a corpus annotates metonyms as toponyms."""
    gaz = load()
    keep: list[SpacySpan | None] = []
    mentions: list[Mention] = []
    seen: set[tuple[int, int]] = set()

    def take(spans: Iterable[SpacySpan | tuple[int, int]]) -> None:
        for ent in spans:
            m = _mention_of(gaz, doc, ent)
            if m is None or any(a < m.end and m.start < b for a, b in seen):
                continue
            seen.add((m.start, m.end))
            mentions.append(m)
            keep.append(ent if isinstance(ent, SpacySpan) else None)

    take(_datelines(gaz, doc_text(doc)))
    mentions[:] = [replace(m, dateline=True) for m in mentions]
    take(_spans_of(gaz, doc))
    take(_containers_as_mentions(gaz, doc_text(doc), mentions))
    # a landmark that is also an institution ("the White House") is a place only where the
    # text puts something at it, not wherever it is named
    named = {doc_text(doc)[m.start:m.end] for m in mentions if _strong(gaz, m.name, 5_000)
             and not _landmark(gaz.lookup(m.name))}
    take(_same_name_elsewhere(gaz, doc, named, sorted(seen)))
    take(_beside_places(gaz, doc, sorted(seen)))
    take(_street_names(doc))
    take(_owned_quarters(gaz, doc))
    take(_based_in(gaz, doc_text(doc)))
    mentions, keep = _disease_mentions_out(doc_text(doc), mentions, keep)
    people = _people_named(doc_text(doc), {m.name for m in mentions})
    if people:  # a girl named Georgia: her name is no place anywhere in the article
        kept = [i for i, m in enumerate(mentions)
                if m.name not in people or m.container is not None or m.cue is not None]
        keep, mentions = [keep[i] for i in kept], [mentions[i] for i in kept]
    read = resolve_mentions(mentions, found, homonyms=True)
    strays = _drop_strays(read, [norm(m.name) for m in mentions], mentions)
    entries = _drop_far_homonyms(gaz, mentions, strays, doc_text(doc))
    desk = _foreign_desk(gaz, mentions, entries, doc_text(doc))
    # a country told only as an actor ("Kenya mediated the talks") says who acts, not where
    desk |= {j for j, (ent, e) in enumerate(zip(keep, entries, strict=True))
             if e is not None and ent is not None and mentions[j].container is None
             and is_metonymic(ent, found, "capital" if _is_capital(gaz, e) else e.kind)}
    actor_ccs = _actor_countries(found)
    entries = [_local_entry(gaz, i, mentions, entries, doc_text(doc), desk, actor_ccs)
               if e is None and _unknown_place(gaz, doc, found, i, mentions, ent, read, strays)
               else e for i, (ent, e) in enumerate(zip(keep, entries, strict=True))]
    entries = _schools_out(gaz, doc_text(doc), mentions, entries)
    merged: dict[str, tuple[Entry, list[tuple[int, int]]]] = {}
    actors: list[tuple[int, int]] = []
    text = doc_text(doc)
    ends = {m.end for m in mentions}
    for ent, m, e in zip(keep, mentions, entries, strict=True):
        if e is None or _in_outlet_name(found, m):
            continue
        kind = "capital" if _is_capital(gaz, e) else e.kind
        # "Krasnodar, Russia officials said", "Oxnard, California said": a town placed in
        # its unit, and the unit that places it, are where, not who
        located = m.container is not None or (text[m.start - 2:m.start] == ", "
                                              and m.start - 2 in ends)
        if ent is not None and not located and is_metonymic(ent, found, kind):
            actors.append((m.start, m.end))
            continue
        merged.setdefault(e.id, (e, []))[1].append((m.start, m.end))
    return [to_place(e, spans, doc_text(doc)) for e, spans in merged.values()], actors
