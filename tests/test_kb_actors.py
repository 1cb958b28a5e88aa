"""The curated actor knowledge base: sound data, ids, aliases, terms, ruler file."""

from __future__ import annotations

from datetime import date

import pycountry
import pytest

from wirecoder.kb.actors import check, load, slug


@pytest.fixture(scope="module")
def kb():
    return load()


def test_kb_check_finds_no_problems(kb):
    assert check(kb) == []


def test_kb_covers_un_members_and_observers(kb):
    # 193 members + Palestine and the Holy See (observers) + Taiwan and Kosovo
    assert len(kb.countries) == 197
    unknown = [c for c in kb.countries if c != "XKX" and pycountry.countries.get(alpha_3=c)
               is None]
    assert unknown == []
    for iso in ("PSE", "VAT", "TWN", "XKX", "SSD", "PRK", "KOR"):
        assert iso in kb.countries


def test_kb_every_member_has_capital_or_demonym(kb):
    bare = [c.iso3 for c in kb.countries.values() if not c.capitals and not c.demonyms]
    assert bare == []


@pytest.mark.parametrize("alias,expected", [
    ("DPRK", "PRK"), ("Democratic People's Republic of Korea", "PRK"), ("ROK", "KOR"),
    ("UAE", "ARE"), ("U.S.", "USA"), ("USA", "USA"), ("US", "USA"), ("Kyiv", "UKR"),
    ("Kiev", "UKR"), ("Moscow", "RUS"), ("Pyongyang", "PRK"), ("North Korean", "PRK"),
    ("Russians", "RUS"), ("Kremlin", "RUS.GOV"), ("White House", "USA.GOV"),
    ("Pentagon", "USA.MIL.MOD"), ("Downing Street", "GBR.GOV"), ("Bankova", "UKR.GOV"),
    ("Elysee", "FRA.GOV"), ("Russian Federation", "RUS"), ("Türkiye", "TUR"),
    ("UN Security Council", "IGO.UNSC"), ("NATO", "IGO.NATO"), ("IAEA", "IGO.IAEA"),
    ("ICRC", "NGO.ICRC"), ("Houthis", "REB.HOUTHIS"), ("ISIS", "REB.ISIS"),
    ("AP", "MED.AP"), ("Yonhap", "MED.YONHAP"), ("Putin", "p:vladimir-putin"),
    ("Zelenskyy", "p:volodymyr-zelensky"), ("Congo", "COD"), ("Brussels", "IGO.EU"),
    ("the West", "WST"), ("Western", "WST"), ("the Quad", "IGO.QUAD"), ("AUKUS", "IGO.AUKUS"),
    ("Supreme National Security Council", "IRN.GOV.NSC"), ("NSDC", "UKR.GOV.NSC"),
])
def test_kb_alias_resolves_to_one_id(kb, alias, expected):
    assert kb.resolve_alias(alias) == expected


@pytest.mark.parametrize("actor_id,kind,country,sector", [
    ("RUS", "country", "RUS", "GOV"), ("RUS.MIL.MOD", "organization", "RUS", "MIL"),
    ("UKR.GOV.MFA", "organization", "UKR", "GOV"), ("PRK.MIL", "organization", "PRK", "MIL"),
    ("IGO.NATO", "organization", None, "IGO"), ("MED.KCNA", "media", "PRK", "MED"),
    ("REB.HAMAS", "group", "PSE", "REB"), ("p:andrii-sybiha", "person", "UKR", "GOV"),
    ("WST", "group", None, "IGO"), ("RUS.GOV.NSC", "organization", "RUS", "GOV"),
])
def test_kb_record_carries_kind_country_sector(kb, actor_id, kind, country, sector):
    rec = kb.record(actor_id)
    assert (rec.kind, rec.country, rec.sector) == (kind, country, sector)


@pytest.mark.parametrize("actor_id,day,role", [
    ("p:donald-trump", date(2024, 11, 20), "president-elect"),
    ("p:donald-trump", date(2025, 2, 1), "head of state"),
    ("p:joe-biden", date(2024, 11, 20), "head of state"),
    ("p:joe-biden", date(2025, 2, 1), "former head of state"),
    ("p:sergei-shoigu", date(2024, 3, 1), "defence minister"),
    ("p:sergei-shoigu", date(2024, 6, 1), "security council secretary"),
    ("p:andrei-belousov", date(2024, 6, 1), "defence minister"),
    ("p:andrii-sybiha", date(2024, 10, 1), "foreign minister"),
    ("p:mark-rutte", date(2024, 11, 20), "secretary-general"),
])
def test_kb_role_on_date(kb, actor_id, day, role):
    assert kb.record(actor_id).role_on(day).role == role


def test_kb_person_ids_are_slugs_of_names(kb):
    people = [r for r in kb.records.values() if r.kind == "person"]
    assert len(people) >= 50
    assert all(r.id == f"p:{slug(r.name)}" for r in people)


def test_kb_check_reports_an_undocumented_ambiguity(kb):
    from dataclasses import replace

    aliases = dict(kb.aliases)
    aliases["Moscow"] = [*aliases["Moscow"], ("IGO.UN", "name")]
    problems = check(replace(kb, aliases=aliases))
    assert any("'Moscow'" in p for p in problems)


def test_kb_ruler_file_is_current():
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("gen", root / "scripts" /
                                                  "gen_actor_ruler.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    assert gen.OUT.read_text(encoding="utf-8") == gen.render(), \
        "run python scripts/gen_actor_ruler.py"


def test_kb_blocs_are_not_ruler_patterns():
    """'Western' as an ORG pattern would take the adjective from the model's NORP."""
    from scripts.gen_actor_ruler import patterns

    assert not [p for p in patterns() if p.get("id") == "WST"]


def test_kb_check_rejects_a_bloc_with_a_country_code(kb):
    from dataclasses import replace

    bad = replace(kb, blocs={**kb.blocs, "RUS": kb.blocs["WST"]})
    assert any("bloc RUS" in p for p in check(bad))
