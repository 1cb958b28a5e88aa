"""Actors stage: resolution of mentions to canonical actors, on sentences written here."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from tests.conftest import assert_spans

from wirecoder.extract.actors import find_actors, resolve_description
from wirecoder.extract.spans import actor_at
from wirecoder.model import Analysis, Article, article_id


@pytest.fixture(scope="module")
def resolve(nlp):
    def run(text: str, day: datetime | None = datetime(2024, 11, 20, tzinfo=UTC)):
        found = Analysis(article=Article(id=article_id(text), text=text, published=day))
        found.actors = find_actors(nlp(text), found)
        return found

    return run


def at(found: Analysis, mention: str, nth: int = 1):
    m = list(re.finditer(rf"(?<!\w){re.escape(mention)}(?!\w)", found.article.text))[nth - 1]
    return actor_at(found, m.start(), m.end())


@pytest.mark.parametrize("text,mention,actor_id,country,sector", [
    ("Ukrainian Foreign Minister Andrii Sybiha arrived in Vienna on Monday.",
     "Andrii Sybiha", "p:andrii-sybiha", "UKR", "GOV"),
    ("Russia's Defense Minister Andrei Belousov inspected a tank factory.",
     "Andrei Belousov", "p:andrei-belousov", "RUS", "MIL"),
    ("Dozens of North Korean troops crossed the river at dawn.",
     "North Korean troops", "PRK.MIL", "PRK", "MIL"),
    ("Moscow said the new sanctions were illegal.", "Moscow", "RUS.GOV", "RUS", "GOV"),
    ("Kyiv has asked its partners for fighter jets.", "Kyiv", "UKR.GOV", "UKR", "GOV"),
    ("The Kremlin rejected the peace plan on Friday.", "Kremlin", "RUS.GOV", "RUS", "GOV"),
    ("The Pentagon announced a new aid package.", "Pentagon", "USA.MIL.MOD", "USA", "MIL"),
    ("The DPRK denied the reports.", "DPRK", "PRK", "PRK", "GOV"),
    ("Russia's Defense Ministry reported heavy fighting.", "Russia's Defense Ministry",
     "RUS.MIL.MOD", "RUS", "MIL"),
    ("The armed forces of Ukraine reported heavy fighting.", "armed forces of Ukraine",
     "UKR.MIL", "UKR", "MIL"),
    ("The UN Security Council will meet on Thursday.", "UN Security Council", "IGO.UNSC",
     None, "IGO"),
    ("Officials told Reuters that the convoy had left.", "Reuters", "MED.REUTERS", "GBR",
     "MED"),
    ("Hezbollah fired rockets at a border town.", "Hezbollah", "REB.HEZBOLLAH", "LBN", "REB"),
    ("Putin signed the decree late on Tuesday.", "Putin", "p:vladimir-putin", "RUS", "GOV"),
    ("Ivan Sokolov, Belarus's deputy interior minister, resigned.", "Ivan Sokolov",
     "p:ivan-sokolov", "BLR", "GOV"),
    ("The Russian president spoke at a forum in Kazan.", "Russian president",
     "p:vladimir-putin", "RUS", "GOV"),
])
def test_actors_resolve_mention(resolve, text, mention, actor_id, country, sector):
    found = resolve(text)
    actor = at(found, mention)
    assert actor is not None
    assert (actor.id, actor.country, actor.sector) == (actor_id, country, sector)


@pytest.mark.parametrize("text", [
    "Protesters gathered in Moscow on Saturday.",
    "Heavy rain fell over Kyiv and Warsaw overnight.",
])
def test_actors_capital_as_place_is_no_actor(resolve, text):
    found = resolve(text)
    assert not [a for a in found.actors if a.id.endswith(".GOV")]


def test_actors_later_surname_joins_full_name(resolve):
    found = resolve("Moldovan Interior Minister Daniella Misail-Nichitin visited the border. "
                    "Misail-Nichitin said the crossings were calm. Later, Nichitin left.")
    a = at(found, "Daniella Misail-Nichitin")
    assert a is not None and a.country == "MDA" and a.role == "interior minister"
    texts = [m.text for m in a.mentions]
    assert texts[0] == "Daniella Misail-Nichitin"
    # the surname alone, which the model does not tag, joins the person seen in full
    assert len(texts) == 3 and a.mentions[-1].start == found.article.text.rindex("Nichitin")


def test_actors_unknown_person_gets_title_role_country(resolve):
    found = resolve("Lithuanian Defence Minister Laurynas Kasciunas met troops. "
                    "Kasciunas said more were coming.")
    a = at(found, "Laurynas Kasciunas")
    assert (a.id, a.country, a.sector, a.role) == ("p:laurynas-kasciunas", "LTU", "MIL",
                                                   "defence minister")
    assert at(found, "Kasciunas", 2).id == a.id


def test_actors_mentions_merge_per_id_with_exact_spans(resolve):
    text = ("Zelensky met NATO officials. Volodymyr Zelensky said NATO must act. "
            "Zelenskyy later left.")
    found = resolve(text)
    assert_spans(found)
    ids = [a.id for a in found.actors]
    assert len(ids) == len(set(ids))
    z = next(a for a in found.actors if a.id == "p:volodymyr-zelensky")
    assert len(z.mentions) == 3
    assert all(a.country or a.kind != "country" for a in found.actors)


def test_actors_term_dates_pick_the_role(resolve):
    text = "Donald Trump spoke to reporters."
    early = at(resolve(text, datetime(2024, 11, 20, tzinfo=UTC)), "Donald Trump")
    late = at(resolve(text, datetime(2025, 3, 1, tzinfo=UTC)), "Donald Trump")
    assert early.role == "president-elect" and late.role == "head of state"


def test_actors_every_actor_has_kind_and_sector(resolve):
    found = resolve("Russian forces shelled Kharkiv, the Ukrainian military said. "
                    "The UN and the Red Cross called for restraint, TASS reported.")
    assert found.actors
    for a in found.actors:
        assert a.kind and a.sector, a


@pytest.mark.parametrize("text,label", [
    ("Ukraine fired ATACMS at an airfield.", "PRODUCT"),
    ("Britain allowed Storm Shadow strikes.", "PRODUCT"),
    ("Pyongyang shipped KN-23 missiles to Russia.", "PRODUCT"),
    ("Russia launched an Oreshnik at Dnipro.", "PRODUCT"),
    ("Iran supplied Shahed drones.", "PRODUCT"),
    ("The army fired a Hwasong-19 into the sea.", "PRODUCT"),
    ("Kyiv asked for more HIMARS and Patriot systems.", "PRODUCT"),
    ("The DPRK rejected the statement.", "GPE"),
    ("The IAEA sent inspectors.", "ORG"),
    ("KCNA published the photographs.", "ORG"),
])
def test_actors_ruler_fixes_ner(nlp, text, label):
    words = {"PRODUCT": ("ATACMS", "Storm Shadow", "KN-23", "Oreshnik", "Shahed",
                         "Hwasong-19", "HIMARS", "Patriot"),
             "GPE": ("DPRK",), "ORG": ("IAEA", "KCNA")}[label]
    doc = nlp(text)
    ents = {e.text: e.label_ for e in doc.ents}
    hit = [w for w in words if w in ents]
    assert hit and all(ents[w] == label for w in hit)
    assert "PERSON" not in {ents[w] for w in hit}


def test_actors_weapon_is_not_an_actor(resolve):
    found = resolve("Ukraine used ATACMS and Storm Shadow missiles, while Russia answered "
                    "with Kinzhal and Iskander strikes.")
    assert not [a for a in found.actors if a.kind == "person"]


@pytest.mark.parametrize("description,actor_id", [
    ("the Kremlin", "RUS.GOV"), ("the Pentagon", "USA.MIL.MOD"),
    ("the foreign minister", "p:andrii-sybiha"), ("the ministry", "RUS.MIL.MOD"),
])
def test_actors_resolve_description(resolve, description, actor_id):
    found = resolve("Ukrainian Foreign Minister Andrii Sybiha met the press. "
                    "Russia's Defense Ministry said it had hit a depot.")
    actor = resolve_description(found, description)
    assert actor is not None and actor.id == actor_id


def test_actors_resolve_description_picks_nearest_earlier(resolve):
    text = ("Lithuanian Foreign Minister Gabrielius Landsbergis spoke first. "
            "Latvian Foreign Minister Baiba Braze spoke next. The minister said more.")
    found = resolve(text)
    actor = resolve_description(found, "the minister", text.index("The minister"))
    assert actor is not None and actor.id == "p:baiba-braze"
    assert resolve_description(found, "the minister") is None  # two candidates, no position


def test_actors_eval_floors():
    from wirecoder.eval.actors import evaluate

    result = evaluate()
    assert result["mentions"] >= 300
    # measured 2026-11-27: recall 99.56, id 99.56, country 99.12, sector 99.12
    assert result["recall"] >= 97.0
    assert result["id"] >= 96.0
    assert result["country"] >= 96.0
    assert result["sector"] >= 96.0


def test_actors_eval_heldout_floors():
    from pathlib import Path

    from wirecoder.eval.actors import evaluate

    gold = Path(__file__).parent / "data" / "actor_mentions_heldout.yaml"
    result = evaluate(gold)
    # measured 2026-11-27 (set never used for tuning): recall 99.2, id 96.0, country 98.4
    assert result["recall"] >= 96.0
    assert result["id"] >= 92.0
    assert result["country"] >= 95.0


def test_actors_names_across_line_breaks(resolve):
    found = resolve("Officials said Russia's Defence\nMinistry had confirmed the strike. "
                    "The ministry gave no figures.")
    a = at(found, "Russia")
    assert a is not None and a.id == "RUS.MIL.MOD"
    assert [m.text for m in a.mentions] == ["Russia's Defence\nMinistry", "ministry"]


def test_actors_event_nouns_do_not_refer_back(resolve):
    found = resolve("Ukrainian forces advanced near Kupiansk. The attack began at dawn.")
    assert at(found, "attack") is None


@pytest.mark.parametrize("text,name,country,sector", [
    ('"We will hold," said Olha Marchuk, deputy head of the Ukrainian parliament\'s defence '
     "committee.", "Olha Marchuk", "UKR", "LEG"),
    ("Maj. Petro Savchuk, a spokesman for a Ukrainian brigade in the east, said so.",
     "Petro Savchuk", "UKR", "MIL"),
    ("Anna Berg, a researcher at the Oslo Peace Institute, disagreed.", "Anna Berg", None,
     "EDU"),
    ("Jonas Weber said nothing more.", "Jonas Weber", None, "UNK"),
])
def test_actors_apposition_gives_affiliation(resolve, text, name, country, sector):
    a = at(resolve(text), name)
    assert a is not None and a.kind == "person"
    assert (a.country, a.sector) == (country, sector)


def test_actors_capitals_headline_and_empty_text(resolve):
    found = resolve("RUSSIA SAYS UKRAINE FIRED US MISSILES; KREMLIN WARNS OF RESPONSE")
    assert {"RUS", "UKR", "RUS.GOV"} <= {a.id for a in found.actors}
    assert resolve("").actors == []
    assert resolve("\n\n  \n").actors == []


@pytest.mark.parametrize("text,mention,actor_id,sector", [
    ("Syrian rebels took the air base.", "Syrian rebels", "SYR.REB", "REB"),
    ("Ukrainian journalist Olena Petrenko was wounded.", "Olena Petrenko",
     "p:olena-petrenko", "MED"),
    ("Russian businessman Oleg Ivanov was arrested.", "Oleg Ivanov", "p:oleg-ivanov", "BUS"),
])
def test_actors_more_sectors(resolve, text, mention, actor_id, sector):
    a = at(resolve(text), mention)
    assert a is not None and (a.id, a.sector) == (actor_id, sector)


def test_actors_pro_country_is_not_the_country(resolve):
    found = resolve("The pro-Russian separatists shelled the town.")
    assert "RUS" not in {a.country for a in found.actors}


@pytest.mark.parametrize("description,actor_id", [
    ("the Russian president", "p:vladimir-putin"),
    ("Ukrainian officials", "UKR.GOV"),
    ("the North Korean military", "PRK.MIL"),
    ("the spokesman", None),
])
def test_actors_resolve_description_by_kb_rules(resolve, description, actor_id):
    found = resolve("Talks were held on Monday.")
    actor = resolve_description(found, description)
    assert (actor.id if actor else None) == actor_id


def test_actors_country_name_inside_a_person_name(resolve):
    found = resolve("Chad Smith met officials from Chad.")
    assert at(found, "Chad Smith").kind == "person"
    assert at(found, "Chad", 2).id == "TCD"


@pytest.mark.parametrize("text,mention,actor_id", [
    ("The West has promised more help to Kyiv.", "West", "WST"),
    ("Western governments criticised the vote.", "Western governments", "WST"),
    ("Officials feared that Western support was fading.", "Western", "WST"),
    ("Moscow warned its Western partners against escalation.", "Western partners", "WST"),
    ("Beijing called the report a Western invention.", "Western", "WST"),
])
def test_actors_bloc_the_west(resolve, text, mention, actor_id):
    found = resolve(text)
    a = at(found, mention)
    assert a is not None and (a.id, a.kind, a.country, a.sector) == (actor_id, "group", None,
                                                                       "IGO")
    assert a.mentions[0].text.split()[0] in ("West", "Western")
    assert_spans(found)


@pytest.mark.parametrize("text,mention", [
    ("Storms hit Western Europe on Monday.", "Western"),
    ("The money was sent by Western Union.", "Western"),
    ("Settlers clashed with farmers in the West Bank.", "West"),
    ("The pro-Western candidate won the vote.", "Western"),
])
def test_actors_bloc_not_in_place_names(resolve, text, mention):
    a = at(resolve(text), mention)
    assert a is None or a.id != "WST"


@pytest.mark.parametrize("text,mention,actor_id", [
    # a possessive pronoun or a possessor says whose council it is
    ("Putin told a meeting of his Security Council that the threat had grown.",
     "Security Council", "RUS.GOV.NSC"),
    ("Shoigu spoke after Putin's Security Council met on Friday.", "Security Council",
     "RUS.GOV.NSC"),
    ("Russia's Security Council discussed the drone attacks.", "Russia's Security Council",
     "RUS.GOV.NSC"),
    ("The Belarusian Security Council met in Minsk.", "Belarusian Security Council",
     "BLR.GOV.NSC"),
    ("The Security Council of Kazakhstan approved the plan.", "Security Council of Kazakhstan",
     "KAZ.GOV.NSC"),
    ("Britain's National Security Council met on Sunday.", "National Security Council",
     "GBR.GOV.NSC"),
    ("Iran's Supreme National Security Council issued a statement.",
     "Supreme National Security Council", "IRN.GOV.NSC"),
    # a head of state chairing it, with no word of the UN
    ("Putin chaired a session of the Security Council on Friday.", "Security Council",
     "RUS.GOV.NSC"),
    # the UN's: named so, or in a sentence about a veto or a resolution
    ("The UN Security Council met at the request of France.", "UN Security Council",
     "IGO.UNSC"),
    ("Russia vetoed the resolution in the Security Council.", "Security Council", "IGO.UNSC"),
    ("At the United Nations, the Security Council heard the envoy.", "Security Council",
     "IGO.UNSC"),
    ("The White House said the National Security Council was reviewing the plan.",
     "National Security Council", "USA.GOV.NSC"),
])
def test_actors_security_councils(resolve, text, mention, actor_id):
    a = at(resolve(text), mention)
    assert a is not None and a.id == actor_id
    assert a.sector == ("IGO" if actor_id.startswith("IGO") else "GOV")


def test_actors_dateline_capital_is_a_place_and_credit_a_medium(resolve):
    text = ("MOSCOW, March 3 (Harbor Wire) - Officials said the talks would resume. Moscow "
            "said it was ready to talk.")
    found = resolve(text)
    assert at(found, "MOSCOW") is None
    assert at(found, "Moscow").id == "RUS.GOV"
    credit = at(found, "Harbor Wire")
    assert credit is not None and (credit.kind, credit.sector) == ("media", "MED")


@pytest.mark.parametrize("text,mention,actor_id,sector", [
    ("Pentagon press secretary Major General Pat Ryder said the troops had arrived.",
     "Pat Ryder", "p:pat-ryder", "MIL"),
    ("Japan's Chief Cabinet Secretary Yoshimasa Hayashi declined to comment.",
     "Yoshimasa Hayashi", "p:yoshimasa-hayashi", "GOV"),
    ("Officials told the Eastern Herald that the bridge was closed.", "Eastern Herald",
     "o:eastern-herald", "MED"),
    ("The news site Harbor Signal reported the strike first.", "Harbor Signal",
     "o:harbor-signal", "MED"),
])
def test_actors_names_ranks_and_media(resolve, text, mention, actor_id, sector):
    a = at(resolve(text), mention)
    assert a is not None and (a.id, a.sector) == (actor_id, sector)


@pytest.mark.parametrize("text,mention,actor_id", [
    ("Tehran is ready to resume the talks, the minister said.", "Tehran", "IRN.GOV"),
    ("The ministers agreed new sanctions on Pyongyang.", "Pyongyang", "PRK.GOV"),
])
def test_actors_capital_as_agent_of_be_ready_and_target_of_sanctions(resolve, text, mention,
                                                                     actor_id):
    a = at(resolve(text), mention)
    assert a is not None and a.id == actor_id


def test_actors_capital_as_subject_of_be_is_still_a_place(resolve):
    assert at(resolve("Kyiv is calm this morning."), "Kyiv") is None


def test_actors_bare_unit_refers_back_not_forward(resolve):
    text = ("The Kremlin referred questions to the Defence Ministry. Later, South Korea's "
            "defence ministry said it had no information.")
    a = at(resolve(text), "Defence Ministry")
    assert a is None or a.id != "KOR.MIL.MOD"


@pytest.mark.parametrize("text,mention,country,sector", [
    ("Poland's ambassador to NATO, Tomasz Szatkowski, said the alliance was ready.",
     "Tomasz Szatkowski", "POL", "GOV"),
    ("France's ambassador at the United Nations, Claire Morel, called for a vote.",
     "Claire Morel", "FRA", "GOV"),
    ("Kenya's defence minister, Soipan Tuya, visited the troops.", "Soipan Tuya", "KEN",
     "MIL"),
])
def test_actors_title_then_comma_then_name(resolve, text, mention, country, sector):
    a = at(resolve(text), mention)
    assert a is not None and a.kind == "person" and (a.country, a.sector) == (country, sector)


@pytest.mark.parametrize("text, actor_id", [
    # a bare 'Police' opening a sentence of a local story is the dateline country's police
    ("LAGOS, May 3 (Wire) - Nigerian officials said the depot burned overnight. Police said "
     "three people were detained.", "NGA.POL"),
    ("NAIROBI (Wire) - Kenya's interior ministry imposed a curfew on Tuesday. Police have "
     "opened an investigation into the deaths.", "KEN.POL"),
    # opening the story, right after the dateline: the country of the actors named after
    ("NAIROBI (Wire) - Police have opened an investigation into the deaths, Kenya's interior "
     "ministry said on Tuesday.", "KEN.POL"),
    # the one police force named before wins over the dateline's
    ("NAIROBI (Wire) - Ugandan police fired tear gas at the border. Police said three people "
     "were detained.", "UGA.POL"),
])
def test_actors_bare_police_is_the_police_of_the_story(resolve, text, actor_id):
    found = resolve(text)
    assert at(found, "Police").id == actor_id
    assert_spans(found)


@pytest.mark.parametrize("text", [
    # filed from Brussels about Iran: no Belgian actor named, so no Belgian police
    "BRUSSELS (Wire) - Iranian officials rejected the report. Police said three people were "
    "detained.",
    # no dateline, no police named: nobody's police (never a default country)
    "A fire broke out in the market. Police said three people were detained.",
])
def test_actors_bare_police_of_no_country_is_no_actor(resolve, text):
    found = resolve(text)
    assert at(found, "Police") is None


@pytest.mark.parametrize("text, actor_id", [
    # 'Police in <place>': the police of the place's country, dateline or not
    ("Police in Kampala said three people were detained.", "UGA.POL"),
    ("The police in Kenya said the march was banned.", "KEN.POL"),
    # the place told beats the police force named before
    ("NAIROBI (Wire) - Kenyan police fired tear gas. Police in Kampala said the border "
     "was shut.", "UGA.POL"),
])
def test_actors_bare_police_placed_in_a_town_is_its_countrys(resolve, text, actor_id):
    found = resolve(text)
    assert at(found, "Police" if "Police in" in text else "police").id == actor_id
    assert_spans(found)


@pytest.mark.parametrize("text, mention", [
    # an embassy or forces in a country are often another country's: not placed by 'in'
    ("The embassy in Kabul said the staff had left.", "embassy"),
    ("The forces in Syria said the convoy had left.", "forces"),
])
def test_actors_bare_body_in_a_place_other_than_police_is_not_placed(resolve, text, mention):
    x = at(resolve(text), mention)
    assert x is None or x.country not in ("AFG", "SYR")
