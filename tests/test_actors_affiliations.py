"""Affiliations an analyst reads off the words around a name: a spokesperson's body written
before the comma ("Chile's interior ministry spokeswoman, X,"), a generic body in an
apposition ("X, a coast guard spokesman"), a bare national council or foreign department in a
story filed from a country, a ship's prefix (the navy's), a bloc adjective on one person ("a
Western diplomat" is no bloc), a movement that runs a state (its ministries are the state's),
and names a text places (a crossing, a provincial capital) that are no actors. Sentences
written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from tests.conftest import assert_spans


def _by_text(r, mention: str):
    """The actor with a mention whose text is ``mention``."""
    return next((a for a in r.actors if any(m.text == mention for m in a.mentions)), None)


@pytest.mark.parametrize("text, name, country, sector", [
    ("Chile's interior ministry spokeswoman, Carla Fuentes Rojas, said the curfew would end.",
     "Carla Fuentes Rojas", "CHL", "GOV"),
    ("The Thai foreign ministry spokesman, Somchai Pongpat, said talks would resume.",
     "Somchai Pongpat", "THA", "GOV"),
    ("Peru's government spokesman, Luis Quispe Mamani, denied the report.",
     "Luis Quispe Mamani", "PER", "GOV"),
])
def test_actors_spokesperson_of_a_body_before_the_comma(analyze_text, text, name,
                                                        country, sector):
    r = analyze_text(text)
    assert_spans(r)
    a = _by_text(r, name)
    assert a is not None and a.kind == "person", [x.id for x in r.actors]
    assert (a.country, a.sector, a.role) == (country, sector, "spokesperson")


def test_actors_generic_body_in_an_apposition_is_the_story_countrys(analyze_text):
    r = analyze_text("LIMA, Peru (Andes Wire) - Peruvian fishermen were detained on Monday. "
                     "Rear Admiral Jorge Salas Vega, a coast guard spokesman, said the boats "
                     "were towed to port.")
    a = _by_text(r, "Jorge Salas Vega")
    assert a is not None and (a.country, a.sector) == ("PER", "POL"), a


def test_actors_rank_after_a_titled_comma_keeps_the_body(analyze_text):
    r = analyze_text("LIMA, Peru (Andes Wire) - Peruvian ships sailed at dawn, according to a "
                     "navy spokesman, Captain Rosa Huaman Tito, who said the patrol was routine.")
    a = _by_text(r, "Rosa Huaman Tito")
    assert a is not None and (a.country, a.sector) == ("PER", "MIL"), a


def test_actors_national_security_council_of_the_convening_leader(analyze_text):
    r = analyze_text("President Ferdinand Marcos Jr. will chair the National Security Council "
                     "on Friday to discuss the shoal.")
    council = _by_text(r, "National Security Council")
    assert council is not None and council.id == "PHL.GOV.NSC", council


def test_actors_national_security_council_of_the_dateline_country(analyze_text):
    r = analyze_text("MANILA, Philippines (Isles Wire) - Philippine vessels were turned back "
                     "on Sunday. The National Security Council met in the evening.")
    council = _by_text(r, "National Security Council")
    assert council is not None and council.id == "PHL.GOV.NSC", council
    # told from nowhere, the bare name keeps the kb's reading
    r = analyze_text("The National Security Council met in the evening.")
    assert _by_text(r, "National Security Council").id == "USA.GOV.NSC"


def test_actors_department_of_foreign_affairs_is_a_foreign_ministry(analyze_text):
    r = analyze_text("MANILA, Philippines (Isles Wire) - The Department of Foreign Affairs "
                     "protested to Beijing on Tuesday.")
    a = _by_text(r, "Department of Foreign Affairs")
    assert a is not None and a.id == "PHL.GOV.MFA", a


def test_actors_ispr_speaks_for_pakistans_military(analyze_text):
    r = analyze_text("Two militants were killed in a raid, the military's media wing, ISPR, "
                     "said on Friday.")
    a = _by_text(r, "ISPR")
    assert a is not None and (a.id, a.sector) == ("PAK.MIL", "MIL"), a


@pytest.mark.parametrize("text, ship, actor_id", [
    ("The BRP Gregorio del Pilar shadowed two trawlers near the reef.", "BRP Gregorio del Pilar",
     "PHL.MIL.NAVY"),
    ("The USS Gerald R. Ford sailed for the eastern Mediterranean on Monday.",
     "USS Gerald R. Ford", "USA.MIL.NAVY"),
    ("HMS Prince of Wales and INS Vikrant held a joint drill.", "HMS Prince of Wales",
     "GBR.MIL.NAVY"),
    ("HMS Prince of Wales and INS Vikrant held a joint drill.", "INS Vikrant", "IND.MIL.NAVY"),
    ("The frigate BRP Antonio Luna returned to port, the navy said.", "BRP Antonio Luna",
     "PHL.MIL.NAVY"),
])
def test_actors_ship_prefix_names_the_navy(analyze_text, text, ship, actor_id):
    r = analyze_text(text)
    assert_spans(r)
    assert not any(a.kind == "person" for a in r.actors), [a.id for a in r.actors]
    if actor_id is not None:
        a = _by_text(r, ship)
        assert a is not None and (a.id, a.sector) == (actor_id, "MIL"), a


@pytest.mark.parametrize("text", [
    "A senior Western diplomat in Nairobi said the talks would fail.",
    "One Western analyst said the sanctions had not worked.",
])
def test_actors_one_western_person_is_no_bloc(analyze_text, text):
    r = analyze_text(text)
    assert "WST" not in [a.id for a in r.actors]


def test_actors_western_plural_and_things_stay_the_bloc(analyze_text):
    r = analyze_text("Western diplomats walked out. Beijing called it a Western plot.")
    west = [a for a in r.actors if a.id == "WST"]
    assert west and {m.text for m in west[0].mentions} == {"Western diplomats", "Western"}


def test_actors_taliban_institutions_are_afghanistans_after_2021(analyze_text):
    text = ("The Taliban defence ministry said its forces had returned fire. A spokesman for "
            "Afghanistan's Taliban administration called the strike a violation. The Taliban "
            "said its fighters were ready.")
    r = analyze_text(text, datetime(2025, 3, 1, tzinfo=UTC))
    assert_spans(r)
    assert _by_text(r, "Taliban defence ministry").id == "AFG.MIL.MOD"
    assert _by_text(r, "Afghanistan's Taliban administration").id == "AFG.GOV"
    movement = _by_text(r, "Taliban")
    assert movement is not None and (movement.id, movement.sector) == ("REB.TALIBAN", "REB")
    # before August 2021 the movement ran no state: its "government" is the armed group's
    r = analyze_text("The Taliban government in Kandahar rejected the request.",
                     datetime(2019, 3, 1, tzinfo=UTC))
    assert "AFG.GOV" not in [a.id for a in r.actors]
    assert "REB.TALIBAN" in [a.id for a in r.actors]


def test_actors_spokesman_for_an_institution_takes_its_country(analyze_text):
    r = analyze_text("Abdul Karim Noori, a spokesman for the Taliban administration, denied the "
                     "claim.", datetime(2025, 3, 1, tzinfo=UTC))
    a = _by_text(r, "Abdul Karim Noori")
    assert a is not None and (a.country, a.sector) == ("AFG", "GOV"), a


@pytest.mark.parametrize("text, name", [
    ("The Zarif Khel and Habib Ullah crossings stayed shut on Monday.", "Zarif Khel"),
    ("The Zarif Khel and Habib Ullah crossings stayed shut on Monday.", "Habib Ullah"),
    ("A doctor in Mirwais Kot, the provincial capital, said nine were hurt.", "Mirwais Kot"),
    ("Lorries queued for hours on the road to Tor Baza.", "Tor Baza"),
    ("Shells fell around Kiboro and Bwito Lusenda overnight.", "Bwito Lusenda"),
])
def test_actors_placed_names_are_no_actors(analyze_text, text, name):
    r = analyze_text(text)
    assert _by_text(r, name) is None, [(a.id, [m.text for m in a.mentions]) for a in r.actors]


@pytest.mark.parametrize("text, name", [
    ("Omar Said Haidari, the city's police chief, said two men were held.", "Omar Said Haidari"),
    ("The Lowland Commission on Water Rights, a state-funded watchdog, said the dam leaked.",
     "Lowland Commission on Water Rights"),
])
def test_actors_place_word_modifying_an_apposition_keeps_the_actor(analyze_text, text, name):
    r = analyze_text(text)
    assert _by_text(r, name) is not None, [a.id for a in r.actors]


def test_actors_national_title_without_country_in_a_dated_story(analyze_text):
    r = analyze_text("LIMA, Peru (Andes Wire) - Peruvian police detained ten men on Sunday. "
                     "Interior Minister Carlos Mendoza Ruiz said more arrests would follow. "
                     "Mayor Jorge Paredes told reporters the market would reopen.")
    minister = _by_text(r, "Carlos Mendoza Ruiz")
    assert minister is not None and (minister.country, minister.sector) == ("PER", "GOV")
    mayor = _by_text(r, "Jorge Paredes")  # a mayor's town may lie anywhere
    assert mayor is not None and mayor.country is None


@pytest.mark.parametrize("text, mention, actor_id", [
    ("Chile closed its border with Bolivia on Monday, the interior ministry said.",
     "interior ministry", "CHL.GOV.MOI"),
    ("Chilean troops were sent to the border, the defence ministry announced.",
     "defence ministry", "CHL.MIL.MOD"),
])
def test_actors_bare_ministry_reporting_its_countrys_act(analyze_text, text, mention, actor_id):
    r = analyze_text(text)
    a = _by_text(r, mention)
    assert a is not None and a.id == actor_id, [x.id for x in r.actors]


@pytest.mark.parametrize("text", [
    "Chile closed the crossing and Bolivia recalled its envoy, the interior ministry said.",
    # told a sentence before, the body is left to the dateline and the outlet
    "Chile closed the border crossing on Monday. The interior ministry said it would stay shut.",
])
def test_actors_bare_ministry_not_reporting_one_country_stays_unresolved(analyze_text, text):
    r = analyze_text(text)
    a = _by_text(r, "interior ministry")
    assert a is None or a.id not in ("CHL.GOV.MOI", "BOL.GOV.MOI"), a


def test_actors_bare_government_and_army_facing_a_rebel_group_are_its_states(analyze_text):
    # filed from a mediator's capital: the bodies set against the rebels are Mali's
    r = analyze_text("NIAMEY, May 3 (Sahel Wire) - Niger's foreign minister said Mali and "
                     "JNIM had agreed a truce. Under the deal, the government will free 40 "
                     "prisoners and JNIM will release 12 hostages. JNIM said it had repelled an "
                     "attack by the army near Gao.")
    assert _by_text(r, "government").id == "MLI.GOV"
    assert _by_text(r, "army").id == "MLI.MIL"
