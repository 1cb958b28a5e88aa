"""Events: PLOVER typing, frames and status, arguments, spans, and what is not an event.

Every sentence here is written for these tests. Facts of earlier stages (actors, places,
claims) are built by hand where a test needs them, so the events stage is tested on its own.
"""

from __future__ import annotations

import pytest
from conftest import PUBLISHED, assert_spans

from wirecoder.extract.events import code_events, find_events
from wirecoder.model import Actor, Analysis, Article, Claim, ClaimSource, Place, Span, article_id


def _found(text: str, actors: dict[str, list[str]] | None = None,
           places: dict[str, list[str]] | None = None, title: str | None = None) -> Analysis:
    """An Analysis with hand-made actors/places whose mentions are every occurrence of the
    given surface strings."""
    found = Analysis(article=Article(id=article_id(text), text=text, published=PUBLISHED,
                                     title=title))
    for aid, names in (actors or {}).items():
        found.actors.append(Actor(id=aid, name=names[0], kind="country",
                                  mentions=_mentions(text, names)))
    for pid, names in (places or {}).items():
        found.places.append(Place(id=pid, name=names[0], kind="city", precision="city",
                                  mentions=_mentions(text, names)))
    return found


def _mentions(text: str, names: list[str]) -> list[Span]:
    out = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            out.append(Span.of(text, start, start + len(name)))
            start = text.find(name, start + 1)
    return out


def _events(nlp, text: str, **kw):
    found = _found(text, **kw)
    return find_events(nlp(text), found), found


def _types(events) -> list[str]:
    return [e.type for e in events]


@pytest.mark.parametrize(("text", "expected", "mode"), [
    ("Ruritania agreed to reopen its consulate in the capital next month.", "AGREE", None),
    ("The foreign ministers of Ruritania and Borduria met in Vienna on Monday.", "CONSULT",
     None),
    ("The prime minister praised the coastguard for its quick response.", "SUPPORT", None),
    ("The interior minister apologized to the families of the victims.", "CONCEDE", None),
    ("The two navies cooperated closely on search operations last week.", "COOPERATE", None),
    ("The government donated blankets and tents to the flood victims.", "AID", None),
    ("The rebels released twelve hostages on Sunday.", "RETREAT", "release"),
    ("The mayor urged residents to stay indoors.", "REQUEST", None),
    ("The opposition leader accused the government of rigging the vote.", "ACCUSE", "allege"),
    ("The council rejected the proposal by a wide margin.", "REJECT", None),
    ("The militia threatened to attack the convoy.", "THREATEN", "violence"),
    ("Thousands of teachers demonstrated outside parliament on Friday.", "PROTEST", "demo"),
    ("Borduria expelled two Ruritanian diplomats on Thursday.", "SANCTION", "expel"),
    ("Ruritania deployed 4,000 troops to the northern border.", "MOBILIZE", "troops"),
    ("Police arrested three journalists at the airport.", "COERCE", "arrest"),
    ("Warplanes bombed a bridge near the town overnight.", "ASSAULT", "aerial"),
])
def test_events_plover_type(nlp, text, expected, mode):
    events, _ = _events(nlp, text)
    match = [e for e in events if e.type == expected]
    assert match, (text, [(e.type, e.trigger.text) for e in events])
    if mode is not None:
        assert match[0].mode == mode


@pytest.mark.parametrize(("text", "trigger", "status"), [
    ("As many as 100,000 troops could be deployed to the region, officials said.",
     "deployed", "possible"),
    ("The ministry plans to send two warships to the strait.", "send", "planned"),
    ("The army denied firing on the crowd.", "firing", "denied"),
    ("The rebels did not attack the village.", "attack", "denied"),
    ("The militia threatened to shell the harbour.", "shell", "threatened"),
    ("Artillery shelled the harbour on Monday.", "shelled", "occurred"),
    ("Residents said soldiers shelled the harbour on Monday.", "shelled", "reported"),
])
def test_events_status(nlp, text, trigger, status):
    events, _ = _events(nlp, text)
    match = [e for e in events if e.trigger.text == trigger]
    assert match, (text, [(e.type, e.trigger.text) for e in events])
    assert match[0].status == status


def test_events_possible_deployment_is_not_occurred(nlp):
    text = "As many as 100,000 troops could be deployed, officials said."
    events, _ = _events(nlp, text)
    mob = [e for e in events if e.type == "MOBILIZE"]
    assert mob and all(e.status == "possible" for e in mob)


def test_events_reported_links_claim_and_hedge(nlp):
    text = "The governor said drones struck a fuel depot in Novaria overnight."
    found = _found(text)
    start = text.index("drones")
    found.claims.append(Claim(id="C1", source=ClaimSource(text="The governor", kind="named"),
                              content=Span.of(text, start, len(text) - 1), style="indirect"))
    ev = [e for e in find_events(nlp(text), found) if e.type == "ASSAULT"]
    assert ev and ev[0].status == "reported" and ev[0].claim == "C1"
    assert ev[0].mode == "drone"
    # A claim hedged by a word that doubts the event ('could') makes it possible; one hedged
    # only by an approximator of a number ('about') or by hearsay ('reportedly') does not.
    for hedge, status in [("could", "possible"), ("about", "reported"),
                          ("reportedly", "reported")]:
        found.claims[0] = found.claims[0].model_copy(update={
            "hedged": True, "hedges": [Span(start=0, end=len(hedge), text=hedge)]})
        ev = [e for e in find_events(nlp(text), found) if e.type == "ASSAULT"]
        assert (ev[0].status, ev[0].claim) == (status, "C1"), hedge
    found.claims[0] = found.claims[0].model_copy(update={"hedges": []})
    found.claims[0] = found.claims[0].model_copy(update={"hedged": False,
                                                         "polarity": "negative"})
    ev = [e for e in find_events(nlp(text), found) if e.type == "ASSAULT"]
    assert ev[0].status == "denied"


def test_events_passive_voice_actor_and_place(nlp):
    text = "A facility in Bryansk was struck by Ukrainian missiles on Tuesday."
    found = _found(text, actors={"UKR": ["Ukrainian"]}, places={"geonames:571476": ["Bryansk"]})
    doc = nlp(text)
    coded = [c for c in code_events(doc, found) if c.event.type == "ASSAULT"]
    assert coded
    ev = coded[0].event
    assert ev.actor == ["UKR"]
    assert ev.place == "geonames:571476"
    assert ev.mode == "heavy-weapons"
    actor_text = [text[s:e] for s, e in coded[0].actor_spans]
    assert actor_text == ["Ukrainian missiles"]
    assert [text[s:e] for s, e in coded[0].recipient_spans] == ["A facility in Bryansk"]


def test_events_compound_actor_and_recipient_ids(nlp):
    text = "Ruritania and Borduria accused Novaria of shelling the border post."
    found = _found(text, actors={"RUR": ["Ruritania"], "BOR": ["Borduria"],
                                 "NOV": ["Novaria"]})
    ev = [e for e in find_events(nlp(text), found) if e.type == "ACCUSE"]
    assert ev and ev[0].actor == ["RUR", "BOR"] and ev[0].recipient == ["NOV"]


def test_events_nationality_adjective_actor(nlp):
    text = "North Korean troops were deployed to the front on Monday."
    found = _found(text, actors={"PRK.MIL": ["North Korean troops"]})
    ev = [e for e in find_events(nlp(text), found) if e.type == "MOBILIZE"]
    assert ev and ev[0].actor == ["PRK.MIL"]


def test_events_several_in_one_sentence(nlp):
    text = ("Borduria fired missiles at Ruritania, two days after its parliament authorised "
            "the strikes and Novaria condemned the plan.")
    events, _ = _events(nlp, text)
    types = _types(events)
    assert "ASSAULT" in types and "ACCUSE" in types
    ids = [e.id for e in events]
    assert ids == [f"E{i}" for i in range(1, len(events) + 1)]


def test_events_quantities_attached(nlp, analyze_text):
    text = "Ruritania massed at least 11,000 troops near the border on Monday."
    analysis = analyze_text(text)
    ev = [e for e in analysis.events if e.type == "MOBILIZE"]
    assert ev
    quantities = {q.id: q for q in analysis.quantities}
    attached = [quantities[qid] for qid in ev[0].quantities]
    assert any(q.value == 11000 and q.bound == "lower" for q in attached)
    assert_spans(analysis)


@pytest.mark.parametrize("text", [
    "By Jane Example and John Sample",
    "Photo: Soldiers attack a checkpoint near the river (AP Photo/Jane Example)",
    "What do you think about the attack? Leave a comment below.",
])
def test_events_not_from_bylines_captions_prompts(nlp, text):
    events, _ = _events(nlp, text)
    assert events == []


def test_events_not_from_repeated_headline(nlp):
    title = "Rebels attack border town"
    text = f"{title}\nThe rebels shelled the border town of Dorvik on Monday."
    found = _found(text, title=title)
    events = find_events(nlp(text), found)
    assert events and all(e.trigger.start > len(title) for e in events)


def test_events_spans_and_confidence(nlp, analyze_text):
    text = ("The militia threatened to shell the harbour. Police arrested two men in the port "
            "on Sunday, and the mayor urged calm.")
    analysis = analyze_text(text)
    assert len(analysis.events) >= 3
    for e in analysis.events:
        assert text[e.trigger.start:e.trigger.end] == e.trigger.text
        assert text[e.evidence.start:e.evidence.end] == e.evidence.text
        assert e.evidence.start <= e.trigger.start < e.evidence.end
        assert 0.0 <= e.confidence <= 1.0
    assert_spans(analysis)


def test_events_future_cooperation_is_agree(nlp):
    events, _ = _events(nlp, "Ruritania will send food and medicine to the refugees.")
    assert _types(events) == ["AGREE"]
    assert events[0].status == "planned"


def test_events_negated_cooperation_is_reject(nlp):
    events, _ = _events(nlp, "The rebels will not release the hostages.")
    assert _types(events) == ["REJECT"]


def test_events_weapon_object_recipient(nlp):
    text = "Borduria fired six missiles at Ruritania on Monday."
    found = _found(text, actors={"BOR": ["Borduria"], "RUR": ["Ruritania"]})
    ev = [e for e in find_events(nlp(text), found) if e.type == "ASSAULT"]
    assert ev and ev[0].actor == ["BOR"] and ev[0].recipient == ["RUR"]
    assert ev[0].mode == "heavy-weapons"


def test_events_reported_obligation_is_request(nlp):
    text = "Ruritania said Borduria must withdraw its troops from the valley."
    found = _found(text, actors={"BOR": ["Borduria"], "RUR": ["Ruritania"]})
    events = find_events(nlp(text), found)
    req = [e for e in events if e.type == "REQUEST"]
    assert req and req[0].actor == ["RUR"] and req[0].recipient == ["BOR"]
    assert req[0].mode == "yield"
    assert all(e.status != "occurred" for e in events if e.type == "RETREAT")


def test_events_light_verb_noun_event(nlp):
    text = "Borduria launched an attack on Ruritania and imposed a curfew in the capital."
    found = _found(text, actors={"BOR": ["Borduria"], "RUR": ["Ruritania"]})
    events = find_events(nlp(text), found)
    assault = [e for e in events if e.type == "ASSAULT"]
    curfew = [e for e in events if e.type == "COERCE"]
    assert assault and assault[0].actor == ["BOR"] and assault[0].recipient == ["RUR"]
    assert curfew and curfew[0].mode == "curfew" and curfew[0].actor == ["BOR"]


@pytest.mark.parametrize(("text", "status"), [
    ("Ruritanian troops invaded Borduria in March 1994.", "historical"),
    ("Ruritanian troops invaded Borduria on Tuesday.", "occurred"),
])
def test_events_historical_status(analyze_text, text, status):
    analysis = analyze_text(text)
    ev = [e for e in analysis.events if e.type == "ASSAULT"]
    assert ev and ev[0].status == status
    assert_spans(analysis)


def test_events_vow_of_violence_is_threat(nlp):
    events, _ = _events(nlp, "The militia vowed to attack the convoy.")
    types = _types(events)
    assert "THREATEN" in types and "AGREE" not in types
    assert [e.status for e in events if e.type == "ASSAULT"] == ["threatened"]


@pytest.mark.parametrize(("text", "type_", "status"), [
    ("The army is expected to launch an offensive next week.", "ASSAULT", "possible"),
    ("If Borduria attacks the port, Ruritania will respond.", "ASSAULT", "possible"),
    ("Borduria will deploy two more brigades to the border.", "MOBILIZE", "planned"),
    ("Borduria plans to hold talks with the rebels next month.", "AGREE", "planned"),
])
def test_events_status_through_frames(nlp, text, type_, status):
    events, _ = _events(nlp, text)
    match = [e for e in events if e.type == type_]
    assert match, (text, [(e.type, e.trigger.text, e.status) for e in events])
    assert match[0].status == status


def test_events_repeat_mention_not_a_new_event(nlp):
    text = ("Borduria deployed 2,000 troops to the border on Monday. Officials said the "
            "deployment worried the neighbours.")
    events, _ = _events(nlp, text)
    assert [e.trigger.text for e in events if e.type == "MOBILIZE"] == ["deployed"]


def test_events_possessive_pronoun_actor_is_the_speaker(nlp):
    text = "The Bordurian army said its forces had shelled the bridge."
    found = _found(text, actors={"BOR.MIL": ["The Bordurian army"]})
    ev = [e for e in find_events(nlp(text), found) if e.type == "ASSAULT"]
    assert ev and ev[0].actor == ["BOR.MIL"]


@pytest.mark.parametrize("text", [
    "KYIV, Nov 19 (Example Wire) - Police arrested five men.",
    "\n(Example Wire) - Police arrested five men.\n",
])
def test_events_evidence_without_dateline(nlp, text):
    events, _ = _events(nlp, text)
    assert events and events[0].evidence.text.startswith("Police arrested")
    assert events[0].evidence.text == text[events[0].evidence.start:events[0].evidence.end]


# --- Discourse: arguments an event takes from the article around it ---------------------

def _coded(nlp, text: str, found: Analysis, type_: str) -> list:
    return [c.event for c in code_events(nlp(text), found) if c.event.type == type_]


def test_events_agentless_passive_inherits_actor_recipient_place(nlp):
    text = ("Borduria shelled Ruritania's depot in Ostrava province on Monday.\n\n"
            "Officials said twelve rockets were fired at the depot overnight.")
    found = _found(text, actors={"BOR": ["Borduria"], "RUR": ["Ruritania"]},
                   places={"admin1:OST": ["Ostrava province"]})
    first, second = _coded(nlp, text, found, "ASSAULT")
    assert first.actor == ["BOR"] and first.recipient == ["RUR"]
    assert second.trigger.text == "fired"
    assert second.actor == ["BOR"] and second.recipient == ["RUR"]
    assert second.place == "admin1:OST"
    assert second.confidence < first.confidence  # inherited arguments are weaker
    assert all(text[s.start:s.end] == s.text for s in (second.evidence, second.trigger))


def test_events_interception_inverts_the_roles(nlp):
    text = ("Borduria shelled Ruritania's depot on Monday. Ten rockets were fired. "
            "Seven were shot down by air defences.")
    found = _found(text, actors={"BOR": ["Borduria"], "RUR": ["Ruritania"]})
    events = _coded(nlp, text, found, "ASSAULT")
    fired = next(e for e in events if e.trigger.text == "fired")
    shot = next(e for e in events if e.trigger.text == "shot")
    assert fired.actor == ["BOR"] and fired.recipient == ["RUR"]
    assert shot.actor == ["RUR"] and shot.recipient == ["BOR"]
    assert shot.mode is None  # not a firearms attack
    assert all(text[s.start:s.end] == s.text for s in (shot.evidence, shot.trigger))


@pytest.mark.parametrize(("text", "pronoun_kind", "expected"), [
    ("Ruritania massed tanks on the border in May. In June it shelled the town of Vel.",
     "country", "RUR"),
    ("Colonel Ivo Brand commanded the garrison. On Friday he shelled the bridge.",
     "person", "p:ivo-brand"),
])
def test_events_pronoun_subject_resolves_to_earlier_actor(nlp, text, pronoun_kind, expected):
    name = "Ruritania" if pronoun_kind == "country" else "Ivo Brand"
    found = _found(text)
    found.actors.append(Actor(id=expected, name=name, kind=pronoun_kind,
                              mentions=_mentions(text, [name])))
    shelled = _coded(nlp, text, found, "ASSAULT")
    assert shelled and shelled[-1].trigger.text == "shelled"
    assert shelled[-1].actor == [expected]


def test_events_pronoun_needs_a_compatible_antecedent(nlp):
    text = "Colonel Ivo Brand spoke on Monday. On Friday it shelled the bridge."
    found = _found(text)
    found.actors.append(Actor(id="p:ivo-brand", name="Ivo Brand", kind="person",
                              mentions=_mentions(text, ["Ivo Brand"])))
    shelled = _coded(nlp, text, found, "ASSAULT")
    assert shelled and shelled[0].actor == []  # "it" is no person


def test_events_bare_repeat_without_party_is_dropped(nlp):
    text = ("Borduria shelled the town of Vel on Monday. Residents said the shelling lasted "
            "for hours.")
    found = _found(text, actors={"BOR": ["Borduria"]})
    assert [e.trigger.text for e in _coded(nlp, text, found, "ASSAULT")] == ["shelled"]


@pytest.mark.parametrize("text", [
    "The Bordurian embassy declined to comment on the report.",
    "Two officials, who asked not to be named, described the plan.",
    "The ministry did not respond to a request for comment.",
])
def test_events_newsroom_idioms_are_no_events(nlp, text):
    events, _ = _events(nlp, text)
    assert not [e for e in events if e.type in {"REJECT", "REQUEST"}]


def test_events_place_is_the_most_precise_named(nlp):
    text = "Borduria struck a depot in Ruritania's Ostrava province on Monday."
    found = _found(text, actors={"BOR": ["Borduria"]},
                   places={"RUR": ["Ruritania"], "admin1:OST": ["Ostrava province"]})
    found.places[0] = found.places[0].model_copy(update={"kind": "country",
                                                         "precision": "country"})
    ev = _coded(nlp, text, found, "ASSAULT")
    assert ev and ev[0].place == "admin1:OST"


def test_events_dateline_is_no_party(nlp):
    text = "VEL, May 3 (Example Wire) - About 900 Bordurian soldiers have arrived in Ruritania."
    found = _found(text, actors={"VEL": ["VEL"], "BOR.MIL": ["Bordurian soldiers"]})
    ev = _coded(nlp, text, found, "MOBILIZE")
    assert ev and ev[0].actor == ["BOR.MIL"]


def test_events_clash_between_parties(nlp):
    text = "Heavy clashes between Bordurian troops and Ruritanian police broke out on Monday."
    found = _found(text, actors={"BOR.MIL": ["Bordurian troops"],
                                 "RUR.GOV": ["Ruritanian police"]})
    coded = [c for c in code_events(nlp(text), found) if c.event.type == "ASSAULT"]
    assert coded and coded[0].event.actor == ["BOR.MIL"]
    assert coded[0].event.recipient == ["RUR.GOV"]
    # the raw phrase is the whole coordination (as for any compound party)
    assert [text[s:e] for s, e in coded[0].actor_spans] == [
        "Bordurian troops and Ruritanian police"]


def _quote(text: str, speaker: str, actor: str) -> Analysis:
    """One direct-quote claim: the first quoted passage, said by ``speaker`` (``actor``)."""
    found = _found(text, actors={actor: [speaker]})
    start = text.index('"') + 1
    end = text.index('"', start)
    found.claims.append(Claim(id="C1", source=ClaimSource(text=speaker, actor=actor,
                                                          kind="named"),
                              content=Span.of(text, start, end), style="direct"))
    return found


@pytest.mark.parametrize(("text", "type_", "actor"), [
    ('"We will never withdraw from the hills." The Bordurian ministry issued the statement.',
     "REJECT", ["BOR.GOV"]),
    ('"We demand a new vote." The Bordurian ministry issued the statement on Monday.',
     "REQUEST", ["BOR.GOV"]),
    # A third party's act inside the quote is not the speaker's.
    ('"Rebels shelled the depot," the Bordurian ministry said.', "ASSAULT", []),
])
def test_events_speaker_is_the_actor_only_when_the_text_says_so(nlp, text, type_, actor):
    found = _quote(text, "the Bordurian ministry", "BOR.GOV")
    ev = _coded(nlp, text, found, type_)
    assert ev and ev[0].actor == actor


def test_events_evidence_stays_in_its_paragraph(nlp):
    text = ('"The world must not yield to them."\n\nThe treaty, signed by Borduria on Tuesday, '
            "takes effect in May.")
    found = _found(text, actors={"BOR": ["Borduria"]})
    for ev in find_events(nlp(text), found):
        assert "\n\n" not in ev.evidence.text
        assert text[ev.evidence.start:ev.evidence.end] == ev.evidence.text


def test_events_nothing_to_offer_is_no_event(nlp):
    text = "Borduria has nothing left to offer the rebels, the envoy said."
    found = _found(text, actors={"BOR": ["Borduria"]})
    assert not _coded(nlp, text, found, "AGREE")


def test_events_instrument_noun_takes_the_verb_subject(nlp):
    text = "Borduria could try to test Ruritanian resolve with further threats."
    found = _found(text, actors={"BOR": ["Borduria"]})
    ev = _coded(nlp, text, found, "THREATEN")
    assert ev and ev[0].trigger.text == "threats" and ev[0].actor == ["BOR"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Borduria lifted the travel ban on Ruritanian citizens on Monday.", "lifted"),
    ("Borduria reduced tariffs on Ruritanian steel by half.", "reduced"),
    ("The court revoked the order on his detention.", "revoked"),
])
def test_events_undoing_a_restriction_is_concede(nlp, text, trigger):
    events, _ = _events(nlp, text)
    assert [e.type for e in events] == ["CONCEDE"]
    assert events[0].trigger.text == trigger
    assert text[events[0].trigger.start:events[0].trigger.end] == trigger


@pytest.mark.parametrize("text", [
    "Borduria refused to lift the sanctions on Ruritania.",
    "Borduria refused to release the two Ruritanian pilots.",
])
def test_events_refusing_a_concession_is_reject(nlp, text):
    events, _ = _events(nlp, text)
    assert events and all(e.type == "REJECT" for e in events)
    assert all(text[e.trigger.start:e.trigger.end] == e.trigger.text for e in events)


@pytest.mark.parametrize("text", [
    "Asked about the losses, the Bordurian spokesman said the figures were false.",
    "Bordurian officials declined to endorse that estimate.",
    "The ministry declined to confirm the presence of Ruritanian troops.",
])
def test_events_reporters_questions_and_figures_are_no_events(nlp, text):
    events, _ = _events(nlp, text)
    assert not [e for e in events if e.type in {"REQUEST", "REJECT", "SUPPORT"}]


@pytest.mark.parametrize(("text", "recipient"), [
    ("Borduria lifted restrictions on Kalia's use of the weapons against targets in Novaria.",
     ["KAL"]),
    ("Borduria lifted the ban on the use of the drones against depots in Novaria.", []),
])
def test_events_of_phrase_names_no_party_in_its_own_modifiers(nlp, text, recipient):
    found = _found(text, actors={"BOR": ["Borduria"], "KAL": ["Kalia"], "NOV": ["Novaria"]})
    ev = [e for e in find_events(nlp(text), found) if e.type == "CONCEDE"]
    assert ev and ev[0].actor == ["BOR"] and ev[0].recipient == recipient


def test_events_target_takes_the_party_of_its_land(nlp):
    text = "Borduria shelled an oil depot in Kalia's eastern province on Sunday."
    found = _found(text, actors={"BOR": ["Borduria"], "KAL": ["Kalia"]})
    ev = [e for e in find_events(nlp(text), found) if e.type == "ASSAULT"]
    assert ev and ev[0].actor == ["BOR"] and ev[0].recipient == ["KAL"]


@pytest.mark.parametrize(("text", "status"), [
    ("The treaty says Kalia may answer a raid by armed boats on its harbours with force.",
     "possible"),
    ("An attack by Kalia on the harbour killed two fishermen.", "occurred"),
    ("The ministry said the attack by Kalia on the harbour would be raised at the summit.",
     "reported"),
])
def test_events_indefinite_event_under_a_modal_is_hypothetical(nlp, text, status):
    events, _ = _events(nlp, text, actors={"KAL": ["Kalia"]})
    nouns = [e for e in events if e.trigger.text in {"invasion", "raid", "attack"}]
    assert nouns and nouns[0].status == status


@pytest.mark.parametrize("text", [
    "Kalia's envoy, speaking on the sidelines of the Council of Nine summit in Vienna, said "
    "Borduria had shelled the port.",
    "Speaking at a regional conference, the Kalian envoy said Borduria had shelled the port.",
])
def test_events_setting_of_a_statement_is_no_event(nlp, text):
    events, _ = _events(nlp, text, actors={"KAL": ["Kalia"], "BOR": ["Borduria"]})
    assert _types(events) == ["ASSAULT"]


def test_events_evidence_never_cuts_a_name(nlp):
    from wirecoder.extract.events import _whole_names

    text = "Envoys met at the League of Nine summit in Vienna."
    found = _found(text, actors={"LON": ["League of Nine"]})
    doc = nlp(text)
    sent = next(iter(doc.sents))
    cut = text.index("Nine summit")
    start, end = _whole_names(found, doc, cut, cut + len("Nine summit"), sent)
    assert text[start:end] in {"League of Nine summit", "the League of Nine summit"}


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("Officials said some of the Kalian troops had already taken part in the fighting near "
     "the river.", "fighting", ["KAL"]),
    ("Borduria will throw the Kalian units into battle against the rebels.", "battle", ["KAL"]),
    ("Kalia used heavy rockets in raids on the harbour.", "raids", ["KAL"]),
])
def test_events_party_of_a_noun_event_from_the_verb_of_joining(nlp, text, trigger, actor):
    events, _ = _events(nlp, text, actors={"KAL": ["Kalian", "Kalia"],
                                           "BOR": ["Borduria"]})
    ev = [e for e in events if e.trigger.text == trigger]
    assert ev and ev[0].actor == actor


def test_events_noun_naming_an_earlier_event_again_is_no_new_event(nlp):
    text = ("Kalia shelled the harbour of Novaria on Monday. Two officials confirmed that "
            "Kalia had used heavy rockets in the attack.")
    events, _ = _events(nlp, text, actors={"KAL": ["Kalia"], "NOV": ["Novaria"]})
    assert [e.trigger.text for e in events if e.type == "ASSAULT"] == ["shelled"]


def test_events_the_war_a_story_is_set_in_is_no_event(nlp):
    text = ("Kalia accused Borduria of dragging itself deeper into the war in the valley after "
            "Novaria shelled the harbour.")
    events, _ = _events(nlp, text, actors={"KAL": ["Kalia"], "BOR": ["Borduria"],
                                           "NOV": ["Novaria"]})
    assert "war" not in [e.trigger.text for e in events]
    assert "shelled" in [e.trigger.text for e in events]


@pytest.mark.parametrize(("text", "absent", "present"), [
    ("Kalia's consulate closed for the day after a bomb threat.", "COERCE", None),
    ("Kalia closed the border with Borduria on Friday.", None, "COERCE"),
    ("The harbour office told ferry crews to shelter in port until the storm passed.", "AID",
     None),
    ("Kalia sheltered thousands of refugees from Borduria.", None, "AID"),
    ("Kalia said the exercise was not directed against Borduria.", "REQUEST", None),
])
def test_events_verbs_that_act_on_nothing_are_no_event(nlp, text, absent, present):
    events, _ = _events(nlp, text, actors={"KAL": ["Kalia"], "BOR": ["Borduria"]})
    types = _types(events)
    assert absent is None or absent not in types
    assert present is None or present in types


@pytest.mark.parametrize(("text", "rejects"), [
    ("Kalia's defence ministry said it could not rule out more border incidents.", 0),
    ("Kalia did not exclude further talks with Borduria.", 0),
    ("Kalia ruled out further talks with Borduria.", 1),
])
def test_events_negated_ruling_out_leaves_it_open(nlp, text, rejects):
    events, _ = _events(nlp, text, actors={"KAL": ["Kalia"], "BOR": ["Borduria"]})
    assert _types(events).count("REJECT") == rejects


def test_events_casualties_named_like_the_earlier_actors_invert_the_roles(nlp):
    text = ("Kalian soldiers have fought against Borduria's army near the river.\n\n"
            "Officials could not say how many soldiers had been killed.")
    events, _ = _events(nlp, text, actors={"KAL": ["Kalian"], "BOR": ["Borduria"]})
    killed = [e for e in events if e.trigger.text == "killed"]
    assert killed and killed[0].actor == ["BOR"] and killed[0].recipient == ["KAL"]


@pytest.mark.parametrize(("text", "strikes"), [
    ("Kalia said its report was published on the day of the missile strike by coincidence.", 0),
    ("The talks opened on the anniversary of Borduria's invasion of Kalia.", 1),
])
def test_events_event_named_only_to_date_another_is_no_event(nlp, text, strikes):
    events, _ = _events(nlp, text, actors={"KAL": ["Kalia"], "BOR": ["Borduria"]})
    assert _types(events).count("ASSAULT") == strikes


@pytest.mark.parametrize(("text", "mode"), [
    # the two-word cue beats the heavy-weapons "cannon" it contains
    ("Riot police fired water cannon at the marchers in Novaria.", "crowd-control"),
    ("Guards attacked the strikers with tear gas and water cannon.", "crowd-control"),
    ("The garrison fired cannon at the rebel camp.", "heavy-weapons"),
    ("Police fired rubber bullets at the crowd outside the mill.", "crowd-control"),
    # a weapon word that only names a site is no cue
    ("Gunmen shot a guard with a pistol near the artillery depot.", "firearms"),
    ("Warplanes bombed the bridge at dawn.", "aerial"),
])
def test_events_mode_prefers_most_specific_cue(nlp, text, mode):
    ev = [e for e in _events(nlp, text)[0] if e.type == "ASSAULT"]
    assert ev and ev[0].mode == mode


@pytest.mark.parametrize(("text", "expected", "mode"), [
    ("The opposition leader hit out at the prime minister over food prices.", "ACCUSE",
     "disapprove"),
    ("Thousands of farmers took to the streets of the capital.", "PROTEST", "demo"),
    ("Militants set fire to a police station in the north.", "ASSAULT", "destroy"),
    ("Border guards exchanged fire with smugglers near the river.", "ASSAULT", "firearms"),
    ("The defence ministry called up 20,000 reservists.", "MOBILIZE", "troops"),
    ("Norland test-fired a ballistic missile into the sea.", "MOBILIZE", "weapons"),
    ("Rebel aircraft carried out an air raid on the depot.", "ASSAULT", "aerial"),
    ("A mob hacked two herders to death.", "ASSAULT", "primitive"),
    ("Police cordoned off the square before dawn.", "COERCE", "restrict"),
    ("The junta clamped down on the student unions.", "COERCE", "restrict"),
    ("Gunmen took three engineers hostage on the highway.", "ASSAULT", "abduct"),
    ("Norland pulled out of the talks on Friday.", "REJECT", "meet"),
    ("Prosecutors dropped the investigation into the mayor.", "CONCEDE", None),
    ("Norland handed over intelligence on the smugglers to Sudland.", "COOPERATE", None),
    ("The rebels set free the two pilots.", "RETREAT", "release"),
])
def test_events_idioms_and_light_constructions(nlp, text, expected, mode):
    events = _events(nlp, text)[0]
    assert events and events[0].type == expected, [(e.type, e.trigger.text) for e in events]
    assert events[0].mode == mode


def test_events_vowed_retaliation_is_a_threat(nlp):
    events = _events(nlp, "Norland vowed swift retaliation against Sudland.",
                     actors={"NOR": ["Norland"], "SUD": ["Sudland"]})[0]
    assert _types(events) == ["THREATEN"] and events[0].mode == "violence"
    assert events[0].actor == ["NOR"] and events[0].recipient == ["SUD"]


def test_events_came_under_attack_names_the_target(nlp):
    text = "A Sudland convoy came under attack near the border."
    coded = code_events(nlp(text), _found(text, actors={"SUD": ["Sudland"]}))
    ev = [c for c in coded if c.event.type == "ASSAULT"]
    assert ev and not ev[0].event.actor and ev[0].event.recipient == ["SUD"]
    assert [text[s:e] for s, e in ev[0].recipient_spans] == ["A Sudland convoy"]


@pytest.mark.parametrize("text", [
    "Norland and Sudland began joint naval drills off the coast.",
    "Norland's navy held drills with the Sudland navy in the strait.",
    "Norland and its allies launched war games near the strait.",
])
def test_events_joint_exercise_is_cooperate(nlp, text):
    assert _types(_events(nlp, text)[0])[:1] == ["COOPERATE"]


def test_events_own_exercise_is_mobilize_and_crimes_committed_no_promise(nlp):
    assert _types(_events(nlp, "The Norland army held drills near the border.")[0]) == [
        "MOBILIZE"]
    assert "AGREE" not in _types(_events(nlp, "Abuses committed by the guards went unpunished.")[0])


@pytest.mark.parametrize(("text", "expected", "actor"), [
    ("Norland dockers went on strike on Monday.", "PROTEST", "NOR"),
    ("The Norland army remained on high alert near the border.", "MOBILIZE", "NOR"),
    ("The Norland minister joined his Sudland counterpart for talks.", "CONSULT", "NOR"),
    ("Norland is willing to send more doctors to Sudland.", "AGREE", "NOR"),
    ("Norland opposition supporters clashed with police in the capital.", "PROTEST", "NOR"),
    ("Norland's aid supported forty schools in Sudland.", "AID", "NOR"),
    ("The Norland army drove the militants out of the town.", "ASSAULT", "NOR"),
    ("The Norland court dismissed the appeal filed by the mayor.", "REJECT", "NOR"),
])
def test_events_state_hosting_and_control_constructions(nlp, text, expected, actor):
    events = _events(nlp, text, actors={"NOR": ["Norland"], "SUD": ["Sudland"]})[0]
    assert events and events[0].type == expected, [(e.type, e.trigger.text) for e in events]
    assert events[0].actor == [actor]


def test_events_released_a_video_is_no_release_and_welcomed_x_to(nlp):
    text = "The rebels released a video of the hostages on Sunday."
    assert "RETREAT" not in _types(_events(nlp, text)[0])
    text = "Norland welcomed Sudland to mediate between the two sides."
    events = _events(nlp, text, actors={"NOR": ["Norland"], "SUD": ["Sudland"]})[0]
    assert events[0].type == "SUPPORT" and events[0].recipient == ["SUD"]


def test_events_planned_visit_and_military_operation(nlp):
    events = _events(nlp, "The senator will lead a delegation on a visit to Sudland.")[0]
    assert events[0].type == "AGREE"  # a planned visit is a promise to meet (codebook)
    events = _events(nlp, "Norland will begin a military operation against the rebels.")[0]
    assert events[0].type == "ASSAULT" and events[0].status == "planned"


@pytest.mark.parametrize("text", [
    # a doctrine's kinds of events: every party is a kind ("by any neighbour"), under a modal
    "Under the new charter, an invasion of Kalia by any neighbour will be regarded as an "
    "assault on the whole alliance.",
    "The code says a blockade by a foreign navy would be treated as an act of war.",
    "Kalia could strike back if it is attacked by a larger state.",
    # events as a kind under an infinitive, with no party anywhere
    "The charter was rewritten to reflect new naval threats.",
])
def test_events_generic_hypothetical_events_are_no_events(nlp, text):
    events = _events(nlp, text, actors={"KAL": ["Kalia"]})[0]
    assert all(e.actor for e in events), [(e.type, e.trigger.text) for e in events]
    assert not [e for e in events if e.trigger.text in {"invasion", "blockade", "attacked",
                                                          "threats"}]


def test_events_specific_events_with_indefinite_words_stay(nlp):
    # a specific past event, and a specific party introduced by "a"
    events = _events(nlp, "An attack by Kalia on the harbour killed two fishermen.",
                     actors={"KAL": ["Kalia"]})[0]
    assert [e.actor for e in events if e.trigger.text == "attack"] == [["KAL"]]
    events = _events(nlp, "Kalia said a convoy would deliver food aid to the valley.",
                     actors={"KAL": ["Kalia"]})[0]
    assert "AID" in _types(events) or "AGREE" in _types(events)



def test_events_forces_sent_or_deployed_act_for_their_side(nlp):
    actors = {"KAL.MIL": ["Kalian soldiers", "Kalian troops"], "BOR": ["Borduria"]}
    text = "Some of the Kalian soldiers sent to Borduria have joined the fighting."
    ev = [e for e in find_events(nlp(text), _found(text, actors=actors))
          if e.type == "MOBILIZE"]
    assert ev and ev[0].actor == ["KAL.MIL"] and ev[0].recipient == ["BOR"]
    text = "The deployment of Kalian troops to Borduria alarmed its neighbours."
    ev = [e for e in find_events(nlp(text), _found(text, actors=actors))
          if e.type == "MOBILIZE"]
    assert ev and ev[0].actor == ["KAL.MIL"]


def test_events_forces_named_by_no_side_fight_for_the_sender(nlp):
    text = "Borduria will send these recruits into battle against the rebels."
    ev = [e for e in find_events(nlp(text), _found(text, actors={"BOR": ["Borduria"]}))
          if e.type == "ASSAULT"]
    assert ev and ev[0].actor == ["BOR"]


def test_events_interception_by_the_land_of_the_target(nlp):
    text = ("Borduria fired four rockets at a depot in Tarvik overnight. "
            "Air defences shot down three of them.")
    found = _found(text, actors={"BOR": ["Borduria"], "NOR": ["Norway"]},
                   places={"geonames:1": ["Tarvik"]})
    found.places[0] = found.places[0].model_copy(update={"country": "NO"})
    events = find_events(nlp(text), found)
    fired = [e for e in events if e.trigger.text == "fired"]
    shot = [e for e in events if e.trigger.text == "shot"]
    assert fired and fired[0].recipient == ["NOR"]  # the party of the land the depot is in
    assert shot and shot[0].actor == ["NOR"] and shot[0].recipient == ["BOR"]


def test_events_speaker_side_of_a_reciprocal_relation(nlp):
    text = "Kalia's spokesman said military cooperation with Borduria was a private matter."
    found = _found(text, actors={"KAL": ["Kalia's spokesman"], "BOR": ["Borduria"]})
    start = text.index("military")
    found.claims.append(Claim(id="C1", source=ClaimSource(text="Kalia's spokesman",
                                                          kind="named", actor="KAL"),
                              content=Span.of(text, start, len(text) - 1), style="indirect"))
    ev = [e for e in find_events(nlp(text), found) if e.type == "COOPERATE"]
    assert ev and ev[0].actor == ["KAL"] and ev[0].recipient == ["BOR"]


@pytest.mark.parametrize(("text", "kept"), [
    ("Norland said its units would be regarded as an occupying force.", set()),
    ("Norland regarded the shelling of Brill as an act of war.", {"shelling"}),
])
def test_events_category_after_as_is_no_event(nlp, text, kept):
    triggers = {e.trigger.text for e in _events(nlp, text, actors={"NOR": ["Norland"]})[0]}
    assert kept <= triggers and "war" not in triggers


def test_events_resorting_to_threats_and_state_of_alert_actor(nlp):
    text = "Every time Kalia loses ground, it resorts to threats."
    ev = [e for e in find_events(nlp(text), _found(text, actors={"KAL": ["Kalia"]}))
          if e.type == "THREATEN"]
    assert ev and ev[0].actor == ["KAL"]


def test_events_defending_oneself_is_no_support_and_no_detail_giving(nlp):
    assert not _events(nlp, "Officials said Kalia was entitled to defend itself.")[0]
    assert "COOPERATE" not in _types(_events(
        nlp, "The minister said fighting had begun, without giving details.")[0])


def test_events_obligation_in_a_quotation_is_the_speakers_request(nlp):
    text = '"The world must not give in to Borduria."'
    found = _found(text, actors={"BOR": ["Borduria"]})
    found.actors.append(Actor(id="KAL.GOV", name="Kalian government", kind="organization"))
    found.claims.append(Claim(id="C1", source=ClaimSource(text="the ministry", kind="named",
                                                          actor="KAL.GOV"),
                              content=Span.of(text, 1, len(text) - 1), style="direct"))
    events = find_events(nlp(text), found)
    assert [(e.type, e.actor, e.status) for e in events] == [("REQUEST", ["KAL.GOV"],
                                                              "reported")]
    # the same words in the article's own voice ask nothing of anyone
    assert not find_events(nlp(text), _found(text, actors={"BOR": ["Borduria"]}))


def test_events_deployment_named_by_the_forces_before_it(nlp):
    text = ("Kalian gunners shelled 200 Bordurian soldiers near Brill, the first losses "
            "reported for the deployment.")
    found = _found(text, actors={"KAL.MIL": ["Kalian gunners"],
                                 "BOR.MIL": ["Bordurian soldiers"]})
    ev = [e for e in find_events(nlp(text), found) if e.type == "MOBILIZE"]
    assert ev and ev[0].actor == ["BOR.MIL"]


def test_events_pressed_into_is_possible_and_moved_forces_are_troops(nlp):
    text = "Borduria is trying to frighten Kalia into cutting trade with Norland."
    events = _events(nlp, text, actors={"KAL": ["Kalia"], "BOR": ["Borduria"]})[0]
    cut = [e for e in events if e.trigger.text == "cutting"]
    assert cut and cut[0].status == "possible" and cut[0].actor == ["KAL"]
    text = "About 1,500 Kalian marines were shipped to the islands."
    ev = [e for e in _events(nlp, text, actors={"KAL.MIL": ["Kalian marines"]})[0]
          if e.type == "MOBILIZE"]
    assert ev and ev[0].mode == "troops" and ev[0].actor == ["KAL.MIL"]


@pytest.mark.parametrize(("text", "expected", "mode"), [
    ("Norland lodged a formal protest with Sudland over the arrests.", "ACCUSE", "disapprove"),
    ("Norland closed its embassy in Sudland.", "SANCTION", "withdraw"),
    ("Norland banned imports from Sudland.", "SANCTION", "discontinue"),
    ("Norland sent condolences to Sudland after the crash.", "SUPPORT", None),
    ("Norland forgave Sudland's debt.", "AID", None),
    ("The agency is feeding two million refugees in the camps.", "AID", None),
    ("The Red Cross evacuated hundreds of civilians from the town.", "AID", None),
    ("Farmers blocked the motorway with tractors.", "PROTEST", "obstruct"),
    ("Protesters burned tyres outside the embassy.", "PROTEST", "riot"),
    ("Norland put its army on high alert.", "MOBILIZE", "troops"),
])
def test_events_codebook_distinctions(nlp, text, expected, mode):
    events = _events(nlp, text)[0]
    assert events and events[0].type == expected, [(e.type, e.trigger.text) for e in events]
    assert events[0].mode == mode


def test_events_ultimatum_demands_the_act_and_war_in_prisoners_of_war(nlp):
    events = _events(nlp, "Norland gave Sudland 48 hours to withdraw its forces.",
                     actors={"NOR": ["Norland"], "SUD": ["Sudland"]})[0]
    assert events[0].actor == ["NOR"] and events[0].recipient == ["SUD"]
    assert [e.status for e in events if e.type == "RETREAT"] == ["possible"]
    events = _events(nlp, "Norland and Sudland exchanged prisoners of war.")[0]
    assert "ASSAULT" not in _types(events)


@pytest.mark.parametrize(("text", "expected"), [
    ("A Norland navy ship brought medical supplies to Sudland.", "AID"),
    ("Norland has taken in 10,000 refugees from Sudland.", "AID"),
    ("Norland has allocated $3 million for flood relief in Sudland.", "AID"),
    ("Norland handed the suspect over to Sudland.", "COOPERATE"),
    ("Norland and Sudland have launched a joint investigation into the crash.", "COOPERATE"),
    ("Norland reinforced its garrison on the island.", "MOBILIZE"),
    ("Norland held a military parade to show off new missiles.", "MOBILIZE"),
    ("Norland voted in favour of Sudland's resolution.", "SUPPORT"),
    ("Norland voiced its backing for Sudland's candidate.", "SUPPORT"),
    ("Norland accepted Sudland's invitation to the summit.", "AGREE"),
])
def test_events_aid_cooperate_support_agree_constructions(nlp, text, expected):
    events = _events(nlp, text)[0]
    assert events and events[0].type == expected, [(e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize(("text", "expected"), [
    ("Norland rained missiles on Sudland's capital.", "ASSAULT"),
    ("Norland's forces pushed deeper into Sudland.", "ASSAULT"),
    ("Norland dispatched an envoy to Sudland.", "CONSULT"),
    ("Norland threw its weight behind Sudland's candidate.", "SUPPORT"),
    ("Norland lent its support to Sudland's bid.", "SUPPORT"),
    ("Norland struck a deal with Sudland on fishing rights.", "SUPPORT"),
    ("Norland poured troops into the border region.", "MOBILIZE"),
    ("Norland brushed aside Sudland's demands.", "REJECT"),
    ("Norland shot down Sudland's proposal.", "REJECT"),
    ("Norland took Sudland to court over the dam.", "ACCUSE"),
    ("Norland pointed the finger at Sudland for the blast.", "ACCUSE"),
    ("Norland handed back the captured sailors to Sudland.", "RETREAT"),
    ("Norland dropped its objections to Sudland's membership.", "CONCEDE"),
    ("Norland rolled out a $50 million aid package for Sudland.", "AID"),
    ("Norland kicked Sudland out of the alliance.", "SANCTION"),
    ("Norland kicked out 50 foreign reporters.", "COERCE"),
    ("Norland slapped new sanctions on Sudland.", "COERCE"),  # imposed sanctions (PLV)
])
def test_events_news_idioms(nlp, text, expected):
    events = _events(nlp, text)[0]
    assert events and events[0].type == expected, [(e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize(("text", "expected"), [
    ("Thousands of workers walked off the job at the car plant.", "PROTEST"),
    ("Dock workers walked out over unpaid wages.", "PROTEST"),
    ("Students occupied the university building for a week.", "PROTEST"),
    ("The delegates walked out of the meeting.", "REJECT"),
])
def test_events_walkouts_and_occupations_by_civilians_are_protests(nlp, text, expected):
    events = _events(nlp, text)[0]
    assert events and events[0].type == expected, [(e.type, e.trigger.text) for e in events]


def test_events_distance_and_approximator_are_not_the_events(analyze_text):
    text = ("Kalian forces hit an arsenal near the town of Dorvik, about 40 km (25 miles) from "
            "the border, the general staff said. Five soldiers were wounded.")
    found = analyze_text(text)
    hit = next(e for e in found.events if e.trigger.text == "hit")
    assert hit.status == "reported"  # 'about' hedges the distance, not the strike
    counted = {q.id: q.counted for q in found.quantities}
    assert not {counted[q] for q in hit.quantities} & {"km", "miles"}


def test_events_one_toll_told_by_two_verbs_is_one_attack(analyze_text):
    found = analyze_text("Shelling hit the market in Dorvik on Monday. Three people were killed "
                         "and 11 wounded in the town, the mayor said.")
    toll = [e for e in found.events if e.trigger.text in {"killed", "wounded"}]
    assert [e.trigger.text for e in toll] == ["killed"]
    counted = {q.id: q.value for q in found.quantities}
    assert {counted[q] for q in toll[0].quantities} == {3, 11}


def test_events_coordinated_kind_of_support_in_a_rule_is_no_event(analyze_text):
    found = analyze_text("The doctrine was revised as a response to Western support for Dorvia, "
                         "officials in Kalia said. Under the revised text, an attack on Kalia by "
                         "a non-nuclear state with the participation or support of a nuclear "
                         "power will be treated as a joint attack.")
    rule = found.article.text.index("Under")
    support = [e for e in found.events if e.trigger.text == "support"]
    assert [e.trigger.start < rule for e in support] == [True]  # not the rule's kind of support


@pytest.mark.parametrize("text", [
    "The missiles could not be aimed without Kalian targeting data and specialists.",
    "The crews relied on Dorvian targeting information supplied weeks earlier.",
])
def test_events_event_word_modifying_a_noun_is_no_event(analyze_text, text):
    assert not [e for e in analyze_text(text).events if e.trigger.text == "targeting"]


def test_events_conviction_with_sentence_is_one_coerce(nlp):
    text = ("A Bordurian court convicted the Kalian editor of espionage on Monday and "
            "sentenced him to six years in prison.")
    events, _ = _events(nlp, text, actors={"KAL": ["Kalian editor"]})
    assert _types(events) == ["COERCE"]
    assert events[0].trigger.text == "convicted" and events[0].mode == "arrest"
    assert events[0].recipient == ["KAL"]
    # A conviction alone stays an accusation.
    alone, _ = _events(nlp, "A Bordurian court convicted the Kalian editor of espionage.")
    assert _types(alone) == ["ACCUSE"]


@pytest.mark.parametrize("text", [
    "Borduria let free five Kalian fishermen on Friday.",
    "The junta set free the three reporters it had held since March.",
])
def test_events_let_free_before_object_is_release(nlp, text):
    events, _ = _events(nlp, text)
    assert [(e.type, e.mode) for e in events] == [("RETREAT", "release")]
    assert events[0].trigger.text in {"let", "set"}


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Ruritania issued a travel warning for Borduria on Tuesday.", "warning", "SANCTION"),
    ("The foreign ministry issued a travel advisory against Kalia.", "advisory", "SANCTION"),
    ("Borduria issued a warning to the rebels on Tuesday.", "warning", "THREATEN"),
    ("The high court quashed the governor's order on Friday.", "quashed", "REJECT"),
    ("The appeals court overturned the ruling against the mayor.", "overturned", "REJECT"),
    ("The appeals court overturned the ban on the opposition party.", "overturned", "CONCEDE"),
])
def test_events_travel_warning_and_quashed_order(nlp, text, trigger, expected):
    events, _ = _events(nlp, text)
    assert [e.type for e in events if e.trigger.text == trigger] == [expected]


@pytest.mark.parametrize("text", [
    "Ruritania sent a team of experts to Kalia in a bid to investigate the shipwreck.",
    "Ruritania sent a team of experts to Kalia to investigate the shipwreck.",
])
def test_events_sending_people_in_a_bid_to_act_is_that_act(nlp, text):
    coded = code_events(nlp(text), _found(text, actors={"RUR": ["Ruritania"]}))
    assert [(c.event.type, c.event.mode) for c in coded] == [("ACCUSE", "investigate")]
    assert coded[0].event.actor == ["RUR"]
    # The experts sent are not the ones investigated.
    assert [text[s:e] for s, e in coded[0].recipient_spans] == ["the shipwreck"]


def test_events_approving_a_request_is_a_concession_to_the_asker(nlp):
    text = "Ruritania approved a request from Kalia for help in rebuilding the port."
    coded = code_events(nlp(text), _found(text, actors={"RUR": ["Ruritania"],
                                                        "KAL": ["Kalia"]}))
    assert [(c.event.type, c.event.trigger.text) for c in coded] == [("CONCEDE", "approved")]
    assert coded[0].event.actor == ["RUR"] and coded[0].event.recipient == ["KAL"]
    # Approving something that is no request stays an endorsement.
    events, _ = _events(nlp, "Ruritania approved the new budget on Monday.")
    assert _types(events) == ["SUPPORT"]


def test_events_offer_to_send_resources_is_agree(nlp):
    text = "The agency is willing to send more resources to Kalia next year."
    events, _ = _events(nlp, text, actors={"KAL": ["Kalia"]})
    sent = [e for e in events if e.trigger.text == "send"]
    assert [(e.type, e.recipient) for e in sent] == [("AGREE", ["KAL"])]


def _reattach(doc, word: str, head: int, dep: str):
    """The same parse with one arc changed: pins a parser slip the test is about."""
    from spacy.tokens import Doc
    heads, deps = [t.head.i for t in doc], [t.dep_ for t in doc]
    i = next(t.i for t in doc if t.text == word)
    heads[i], deps[i] = head, dep
    return Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
               heads=heads, deps=deps, pos=[t.pos_ for t in doc], tags=[t.tag_ for t in doc],
               lemmas=[t.lemma_ for t in doc],
               ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc])


def test_events_subject_after_a_dateline_and_acronym_subject(nlp):
    text = ("THE HAGUE -- A Kalian prosecutor has charged a former Bordurian "
            "minister with fraud.")
    # The parser at times hangs the subject on the dateline as its apposition (a dateline
    # with a comma or an agency ends its own sentence before the parser runs; this one not).
    doc = _reattach(nlp(text), "prosecutor", 1, "appos")
    charged = [c for c in code_events(doc, _found(text)) if c.event.trigger.text == "charged"]
    assert [[text[s:e] for s, e in c.actor_spans] for c in charged] == [["A Kalian prosecutor"]]
    text = "In cooperation with its partners, USAID provided tents to 5,000 families."
    coded = code_events(nlp(text), _found(text))
    provided = [c for c in coded if c.event.trigger.text == "provided"]
    assert [[text[s:e] for s, e in c.actor_spans] for c in provided] == [["USAID"]]


@pytest.mark.parametrize(("text", "trigger", "recipient"), [
    ("The Kalian opposition demanded that the Bordurian government explain the delay.",
     "demanded",
     "the Bordurian government"),
    ("Ruritania suspended military aid to Kalia last month.", "suspended", "Kalia"),
    ("The Bordurian president discussed Kalia with the Ruritanian premier by phone.",
     "discussed", "the Ruritanian premier"),
    ("The governor imposed a curfew in the northern districts on Sunday.", "curfew",
     "the northern districts"),
    ("The army imposed a blockade in the eastern valleys for a month.", "blockade",
     "the eastern valleys"),
    ("The Bordurian army ceased its operations in the border districts on Monday.", "ceased",
     "the border districts"),
    ("Kalia ordered a troop buildup in the northern provinces.", "buildup",
     "the northern provinces"),
    ("The brigade had mobilised its men to the valley by nightfall.", "mobilised",
     "the valley"),
    ("The rebels declared a unilateral ceasefire in the southern provinces.", "ceasefire",
     "the southern provinces"),
])
def test_events_recipient_named_by_clause_or_preposition(nlp, text, trigger, recipient):
    coded = [c for c in code_events(nlp(text), _found(text))
             if c.event.trigger.text == trigger]
    assert [[text[s:e] for s, e in c.recipient_spans] for c in coded] == [[recipient]]


@pytest.mark.parametrize("text", [
    "The Kalian authorities extended the curfew order in the port city for a week.",
    "The Kalian authorities extended the lockdown measures in the port city for a week.",
])
def test_events_kind_of_a_generic_order_noun(nlp, text):
    events, _ = _events(nlp, text)
    assert [(e.type, e.mode) for e in events if e.trigger.text == "extended"] == [
        ("COERCE", "restrict")]


def test_events_hyphen_split_complement_is_the_embedded_act(nlp):
    text = "Kalia has agreed to re-open its borders for Bordurian traders."
    coded = code_events(nlp(text), _found(text))
    agreed = [c for c in coded if c.event.trigger.text == "agreed"]
    # the borders named by the row are part of "open its borders"; the traders gain
    assert [[text[s:e] for s, e in c.recipient_spans] for c in agreed] == [
        ["Bordurian traders"]]
    # The promised opening is planned, not done; its trigger is the whole word.
    assert [c.event.status for c in coded if c.event.trigger.text == "re-open"] == ["planned"]


def test_events_possessive_owner_of_an_event_noun_is_the_verb_subject(nlp):
    text = "Ruritania renewed its commitment to the Kalian refugees on Monday."
    coded = code_events(nlp(text), _found(text, actors={"RUR": ["Ruritania"]}))
    commitment = [c for c in coded if c.event.trigger.text == "commitment"]
    assert [c.event.actor for c in commitment] == [["RUR"]]
    assert [[text[s:e] for s, e in c.actor_spans] for c in commitment] == [["Ruritania"]]


def test_events_verb_of_a_root_noun_subject_is_active(nlp):
    text = "A Kalian parliamentary report called for sanctions against Borduria over the blockade."
    doc = nlp(text)
    # The parse this is about: no main verb, 'called' hung on the noun as a participle.
    assert [(t.dep_, t.head.text) for t in doc if t.text in {"report", "called"}] == [
        ("ROOT", "report"), ("acl", "report")]
    called = [c for c in code_events(doc, _found(text)) if c.event.trigger.text == "called"]
    assert [[text[s:e] for s, e in c.actor_spans] for c in called] == [
        ["A Kalian parliamentary report"]]
    assert [[text[s:e] for s, e in c.recipient_spans] for c in called] == [["Borduria"]]


# --- round 4: verb classes and constructions from the codebook -------------------------------
NS = {"NOR": ["Norland"], "SUD": ["Sudland"]}


@pytest.mark.parametrize(("text", "expected", "mode", "trigger"), [
    ("The Norland president received the Sudland foreign minister in the capital.", "CONSULT",
     None, "received"),
    ("The Norland president welcomed the Sudland prime minister to the capital.", "CONSULT",
     None, "welcomed"),
    ("Norland began supplying natural gas to Sudland.", "COOPERATE", None, "supplying"),
    ("The two navies began sharing intelligence on submarine movements.", "COOPERATE", None,
     "sharing"),
    ("Police in Norland and Sudland broke up a smuggling ring in a joint operation.",
     "COOPERATE", None, "operation"),
    ("Norland and Sudland pooled resources to build a bridge.", "COOPERATE", None, "pooled"),
    ("Norland transferred a suspected smuggler to Sudland.", "COOPERATE", None, "transferred"),
    ("Norland and Sudland expanded their trade in timber.", "COOPERATE", None, "expanded"),
    ("Norland and Sudland conducted a joint missile test.", "COOPERATE", None, "test"),
    ("The tribunal opened proceedings against the former general.", "ACCUSE", "allege",
     "proceedings"),
    ("The senator excoriated the defence ministry over the delays.", "ACCUSE", "disapprove",
     "excoriated"),
    ("Lawmakers voted down the defence budget.", "REJECT", None, "voted"),
    ("The rebels stonewalled the mediators for a month.", "REJECT", None, "stonewalled"),
    ("Activists defaced a statue of the king.", "PROTEST", "vandalize", "defaced"),
    ("Farmers chained themselves to the railings of parliament.", "PROTEST", "obstruct",
     "chained"),
    ("Bus drivers downed tools on Monday.", "PROTEST", "strike", "downed"),
    ("Norland ordered the Sudland ambassador to leave within three days.", "SANCTION", "expel",
     "ordered"),
    ("Two mining companies pulled out of Sudland.", "SANCTION", "withdraw", "pulled"),
    ("The ruling party ended its coalition with the liberals.", "SANCTION", "discontinue",
     "ended"),
    ("Norland withheld aid from Sudland.", "SANCTION", "discontinue", "withheld"),
    ("Armed fighters gathered near the border crossing.", "MOBILIZE", "militia", "gathered"),
    ("Norland put its army on full combat readiness.", "MOBILIZE", "troops", "readiness"),
    ("The rebels brought heavy weapons into the valley.", "MOBILIZE", "weapons", "brought"),
    ("Norland reinforced its border posts.", "MOBILIZE", "troops", "reinforced"),
    ("The army conscripted thousands of young men.", "MOBILIZE", "troops", "conscripted"),
    ("State television spread disinformation about the opposition.", "COERCE",
     "misinformation", "spread"),
    ("Border officials expelled two foreign journalists.", "COERCE", "deport", "expelled"),
    ("The regime cut off electricity to the northern districts.", "COERCE", "withhold", "cut"),
    ("The regime persecuted religious minorities.", "COERCE", "restrict", "persecuted"),
    ("The army used chemical weapons against the village.", "ASSAULT", "unconventional",
     "used"),
    ("Gunmen slew three guards at the gate.", "ASSAULT", "targeted", "slew"),
    ("The foreign minister expressed regret to Sudland over the incident.", "CONCEDE", None,
     "expressed"),
    ("The union suspended its strike after the talks.", "CONCEDE", None, "suspended"),
    ("Norland halted its offensive in the north.", "CONCEDE", None, "halted"),
    ("The government gave financial support to the clinic.", "AID", None, "support"),
    ("Norland received a shipment of tanks from Sudland.", "AID", None, "received"),
])
def test_events_round4_verb_classes(nlp, text, expected, mode, trigger):
    events, _ = _events(nlp, text, actors=NS)
    assert [(e.type, e.mode, e.trigger.text) for e in events if e.type == expected] == [
        (expected, mode, trigger)], [(e.type, e.mode, e.trigger.text) for e in events]


@pytest.mark.parametrize(("text", "trigger"), [
    ("The proposal was met with protests in the capital.", "met"),  # no meeting
    ("A ceasefire would allow aid to reach the town, the mediators said.", "allow"),
    ("The rebels freed ten hostages under an agreement with the government.", "agreement"),
    ("The missiles could not be aimed without Kalian targeting data.", "targeting"),
])
def test_events_round4_no_event(nlp, text, trigger):
    events, _ = _events(nlp, text, actors=NS)
    assert trigger not in [e.trigger.text for e in events]


def test_events_headline_infinitive_is_future(nlp):
    text = "Norland to send doctors to flood-hit Sudland"
    events, _ = _events(nlp, text, actors=NS)
    assert [(e.type, e.status, e.actor, e.recipient) for e in events] == [
        ("AGREE", "planned", ["NOR"], ["SUD"])]


def test_events_receiving_from_is_the_givers_aid(nlp):
    text = "Sudland received a shipment of tanks from Norland."
    coded = code_events(nlp(text), _found(text, actors=NS))
    assert [(c.event.type, c.event.actor, c.event.recipient) for c in coded] == [
        ("AID", ["NOR"], ["SUD"])]
    assert [text[s:e] for s, e in coded[0].actor_spans] == ["Norland"]


def test_events_purpose_support_of_aid_is_the_aid(nlp):
    text = "Norland provided $5 million in aid to support refugees in Sudland."
    coded = code_events(nlp(text), _found(text, actors=NS))
    assert [(c.event.type, c.event.trigger.text) for c in coded] == [("AID", "provided")]
    assert [text[s:e] for s, e in coded[0].recipient_spans] == ["refugees"]


def test_events_helped_clause_subject_is_the_recipient(nlp):
    text = "Norland engineers helped Sudland build a dam."
    events, _ = _events(nlp, text, actors=NS)
    assert [(e.type, e.trigger.text, e.recipient) for e in events] == [
        ("AID", "helped", ["SUD"])]


def test_events_noun_frames_lend_the_possessor(nlp):
    text = "Norland's threat to cut gas supplies to Sudland alarmed the region."
    events, _ = _events(nlp, text, actors=NS)
    by_type = {e.type: e for e in events}
    assert by_type["THREATEN"].actor == ["NOR"] and by_type["THREATEN"].mode == "relations"
    assert by_type["SANCTION"].actor == ["NOR"] and by_type["SANCTION"].status == "threatened"
    text = "Sudland's decision to expel the Norland ambassador angered the region."
    coded = code_events(nlp(text), _found(text, actors=NS))
    assert [(c.event.type, c.event.actor) for c in coded] == [("SANCTION", ["SUD"])]
    assert [text[s:e] for s, e in coded[0].recipient_spans] == ["the Norland ambassador"]
    text = "Norland's plan to send warships to the strait drew criticism."
    send = [e for e in _events(nlp, text, actors=NS)[0] if e.trigger.text == "send"]
    assert [(e.type, e.status, e.actor) for e in send] == [("MOBILIZE", "planned", ["NOR"])]


def test_events_handing_over_to_authorities_is_judicial_cooperation(nlp):
    text = "Norland handed over a cartel leader to Sudland's police."
    events, _ = _events(nlp, text, actors=NS)
    assert [(e.type, e.actor) for e in events] == [("COOPERATE", ["NOR"])]


def test_events_distribution_credit_line_is_no_event(nlp):
    # A guard (it passed before 'distribute' was a trigger): the credit line is skipped by
    # events._BYLINE ("distributed by"), and the distribute row needs an AID object.
    text = "Norland troops shelled the town.\n\nDistributed by Norland Wire for Sudland Daily."
    events, _ = _events(nlp, text, actors=NS)
    assert [e.trigger.text for e in events] == ["shelled"]


def test_events_calling_claims_baseless_is_a_rejection(nlp):
    text = "Norland called Sudland's claims baseless."
    coded = code_events(nlp(text), _found(text, actors=NS))
    assert [(c.event.type, c.event.trigger.text, c.event.actor) for c in coded] == [
        ("REJECT", "called", ["NOR"])]
    assert [text[s:e] for s, e in coded[0].recipient_spans] == ["Sudland's claims"]


def test_events_frames_reach_through_an_aspectual_verb(nlp):
    text = "Norland vowed to continue supporting Sudland."
    events, _ = _events(nlp, text, actors=NS)
    vow = [e for e in events if e.trigger.text == "vowed"]
    assert [(e.type, e.recipient) for e in vow] == [("AGREE", ["SUD"])]
    text = "Norland plans to keep sending aid to Sudland."
    events, _ = _events(nlp, text, actors=NS)
    assert [(e.type, e.status, e.trigger.text, e.recipient) for e in events] == [
        ("AGREE", "planned", "sending", ["SUD"])]


def test_events_second_verbal_act_after_a_denial_is_the_speakers(nlp):
    text = ("Norland's foreign ministry denied that Sudland troops were fighting in the north "
            "and called the reports a fabrication.")
    coded = code_events(nlp(text), _found(text, actors={"NOR": ["Norland's foreign ministry"],
                                                        "SUD": ["Sudland troops"]}))
    called = [c for c in coded if c.event.trigger.text == "called"]
    assert [(c.event.type, c.event.actor) for c in called] == [("REJECT", ["NOR"])]
    assert [text[s:e] for s, e in called[0].actor_spans] == ["Norland's foreign ministry"]


@pytest.mark.parametrize(("text", "expected", "trigger", "actor", "recipient"), [
    ("Norland forces came under attack from Sudland rebels.", "ASSAULT", "attack",
     "Sudland rebels", "Norland forces"),
    ("Norland faces new sanctions from Sudland.", "COERCE", "sanctions", "Sudland", "Norland"),
    ("The Norland plan drew sharp criticism from Sudland.", "ACCUSE", "criticism", "Sudland",
     "The Norland plan"),
])
def test_events_undergoing_an_event_from_a_party(nlp, text, expected, trigger, actor,
                                                 recipient):
    coded = code_events(nlp(text), _found(text, actors=NS))
    match = [c for c in coded if c.event.trigger.text == trigger]
    assert [c.event.type for c in match] == [expected]
    assert [text[s:e] for s, e in match[0].actor_spans] == [actor]
    assert [text[s:e] for s, e in match[0].recipient_spans] == [recipient]


@pytest.mark.parametrize(("text", "expected", "mode", "trigger"), [
    ("Sudland was hit by Norland air strikes overnight.", "ASSAULT", "aerial", "hit"),
    ("Norland slaps tariffs on Sudland steel", "COERCE", "restrict", "slaps"),
    ("Norland hits back at Sudland over spying claims", "ACCUSE", "disapprove", "hits"),
])
def test_events_round4_idioms(nlp, text, expected, mode, trigger):
    events, _ = _events(nlp, text, actors=NS)
    assert (expected, mode, trigger) in [(e.type, e.mode, e.trigger.text) for e in events]
    assert "PROTEST" not in _types(events)


def test_events_missing_event_is_none(nlp):
    text = "Talks between Norland and Sudland ended without agreement."
    events, _ = _events(nlp, text, actors=NS)
    assert [e.type for e in events] == ["CONSULT"]


@pytest.mark.parametrize(("text", "expected", "mode", "trigger"), [
    ("Pensioners held a sit-in at the town hall.", "PROTEST", "demo", "sit-in"),
    ("Workers staged a walk-out at the plant.", "PROTEST", "strike", "walk-out"),
    ("The two coastguards co-operated during the storm.", "COOPERATE", None, "co-operated"),
    ("Officials reported a build-up of Norland troops near the border.", "MOBILIZE", "troops",
     "build-up"),
])
def test_events_hyphenated_trigger_is_one_word(nlp, text, expected, mode, trigger):
    events, _ = _events(nlp, text, actors=NS)
    assert [(e.type, e.mode, e.trigger.text) for e in events] == [(expected, mode, trigger)]
    span = events[0].trigger
    assert text[span.start:span.end] == trigger


@pytest.mark.parametrize("word", ["cooperation", "co-operation"])
def test_events_hyphenated_class_word_is_one_word(nlp, word):
    # classes.tsv words ("co-operation" in EXCHANGE) are matched whole, as triggers are
    events, _ = _events(nlp, f"Norland and Sudland expanded {word} on fisheries.", actors=NS)
    assert [(e.type, e.trigger.text, e.actor) for e in events] == [
        ("COOPERATE", "expanded", ["NOR", "SUD"])]


@pytest.mark.parametrize(("text", "expected", "actor", "recipient"), [
    ("Shopkeepers shuttered their stores in protest.", "PROTEST", "Shopkeepers", None),
    ("Thousands of people poured into the streets of the capital.", "PROTEST",
     "Thousands of people", "the streets of the capital"),
    ("Fans threw stones at police after the match.", "ASSAULT", "Fans", "police"),
    ("Norland scaled back diplomatic ties with Sudland.", "SANCTION", "Norland", "Sudland"),
])
def test_events_round4_protest_and_sanction_constructions(nlp, text, expected, actor,
                                                          recipient):
    coded = code_events(nlp(text), _found(text, actors=NS))
    assert [c.event.type for c in coded] == [expected]
    assert [text[s:e] for s, e in coded[0].actor_spans] == [actor]
    assert [text[s:e] for s, e in coded[0].recipient_spans] == ([recipient] if recipient
                                                               else [])


@pytest.mark.parametrize(("text", "trigger", "expected", "status"), [
    ("Norland said it would respond militarily if Sudland crossed the line.", "respond",
     "ASSAULT", "planned"),
    ("Norland put Sudland on notice.", "put", "THREATEN", "occurred"),
    # the refusal is what is said: reported, not 'denied' (which would read "no refusal")
    ("Norland said it had no intention of withdrawing from the island.", "withdrawing",
     "REJECT", "reported"),
    ("Norland has no plan to send troops to Sudland.", "send", "MOBILIZE", "denied"),
    ("Norland raised the prospect of military action against Sudland.", "action", "ASSAULT",
     "possible"),
])
def test_events_round4_threats_and_intentions(nlp, text, trigger, expected, status):
    events, _ = _events(nlp, text, actors=NS)
    assert [(e.type, e.status) for e in events if e.trigger.text == trigger] == [
        (expected, status)], [(e.type, e.status, e.trigger.text) for e in events]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Norland called for Sudland to release the prisoners.", "called"),
    ("Norland renewed its call for Sudland to release the prisoners.", "call"),
    ("The Norland minister called on Sudland to release the prisoners.", "called"),
    ("Norland wants Sudland to release the prisoners.", "wants"),
])
def test_events_request_of_another_party_to_act(nlp, text, trigger):
    events, _ = _events(nlp, text, actors=NS)
    assert [(e.type, e.mode, e.trigger.text, e.actor, e.recipient) for e in events] == [
        ("REQUEST", "yield", trigger, ["NOR"], ["SUD"]),
        ("RETREAT", "release", "release", ["SUD"], [])]
    assert events[1].status == "possible"


@pytest.mark.parametrize(("text", "outer", "inner", "inner_actor"), [
    ("Norland told Sudland to stop the shelling.", "REQUEST", "CONCEDE", ["SUD"]),
    ("Norland urged Sudland to lift the blockade.", "REQUEST", "CONCEDE", ["SUD"]),
    ("Norland refused to remove the ban on Sudland television channels.", "REJECT", "REJECT",
     ["NOR"]),
])
def test_events_reversal_framed_by_another_event(nlp, text, outer, inner, inner_actor):
    events, _ = _events(nlp, text, actors=NS)
    assert [e.type for e in events] == [outer, inner]
    assert events[1].actor == inner_actor and events[1].status in {"possible", "denied"}


@pytest.mark.parametrize(("text", "expected", "trigger", "status", "actor", "recipient"), [
    ("Norland signed up to the climate pact.", "AGREE", "signed", "occurred", "Norland",
     "the climate pact"),
    ("Norland threw its support behind Sudland.", "SUPPORT", "threw", "occurred", "Norland",
     "Sudland"),
    ("Norland established diplomatic ties with Sudland.", "SUPPORT", "established", "occurred",
     "Norland", "Sudland"),
    ("Norland is ready for talks with Sudland.", "AGREE", "talks", "planned", "Norland",
     "Sudland"),
    ("Norland's president flew to Sudland for talks with his counterpart.", "CONSULT", "talks",
     "occurred", "Norland's president", "his counterpart"),
])
def test_events_round4_cooperation_constructions(nlp, text, expected, trigger, status, actor,
                                                 recipient):
    coded = code_events(nlp(text), _found(text, actors=NS))
    assert [(c.event.type, c.event.trigger.text, c.event.status) for c in coded] == [
        (expected, trigger, status)]
    assert [text[s:e] for s, e in coded[0].actor_spans] == [actor]
    assert [text[s:e] for s, e in coded[0].recipient_spans] == [recipient]


def test_events_placed_under_arrest_by_the_subject(nlp):
    text = "Norland placed the opposition leader under house arrest."
    coded = code_events(nlp(text), _found(text, actors=NS))
    assert [(c.event.type, c.event.mode, c.event.actor) for c in coded] == [
        ("COERCE", "arrest", ["NOR"])]
    assert [text[s:e] for s, e in coded[0].recipient_spans] == ["the opposition leader"]
    text = "The Norland convoy came under attack near the border."
    coded = code_events(nlp(text), _found(text, actors=NS))
    assert [text[s:e] for s, e in coded[0].recipient_spans] == ["The Norland convoy"]


@pytest.mark.parametrize("text", [
    "Any country that attacks Norland will face retaliation.",
    "A deal with Sudland could lift sanctions on Norland.",
    "The law allows police to detain suspects for two days.",
    "Norland warned that the sanctions would hurt ordinary people.",
])
def test_events_kinds_of_events_are_not_reported_as_events(nlp, text):
    events, _ = _events(nlp, text, actors=NS)
    assert not [e for e in events if e.type in {"ASSAULT", "CONCEDE", "AGREE"}], [
        (e.type, e.trigger.text) for e in events]


def test_events_real_event_with_a_quantified_victim_stays(nlp):
    # A guard for events._generic_clause (it passed before that existed): only a quantified
    # active subject ("any country that attacks") makes a clause generic, not a victim.
    events, _ = _events(nlp, "Every protester in the square was arrested by Norland police.",
                        actors=NS)
    assert [(e.type, e.trigger.text) for e in events] == [("COERCE", "arrested")]


@pytest.mark.parametrize(("text", "outer", "inner", "trigger"), [
    ("Norland accused Sudland of shelling border villages.", "ACCUSE", "ASSAULT", "shelling"),
    ("Norland blamed Sudland for attacking the convoy.", "ACCUSE", "ASSAULT", "attacking"),
    ("Norland praised Sudland for helping the refugees.", "SUPPORT", "AID", "helping"),
])
def test_events_the_one_accused_or_praised_did_the_act(nlp, text, outer, inner, trigger):
    events, _ = _events(nlp, text, actors=NS)
    assert [(e.type, e.actor, e.recipient) for e in events if e.type == outer] == [
        (outer, ["NOR"], ["SUD"])]
    assert [(e.type, e.actor) for e in events if e.trigger.text == trigger] == [
        (inner, ["SUD"])]


@pytest.mark.parametrize(("text", "expected", "mode", "trigger"), [
    ("The lifting of the curfew was announced on Monday.", "CONCEDE", None, "lifting"),
    ("A prisoner swap between Norland and Sudland took place at the border.", "RETREAT",
     "release", "swap"),
    ("The airlift of food to the valley began at dawn.", "AID", None, "airlift"),
    ("The prosecutor filed charges against the former mayor.", "ACCUSE", "allege", "charges"),
    ("The seizure of the tanker by Norland angered Sudland.", "COERCE", "seize", "seizure"),
    ("The murder of the journalist shocked the capital.", "ASSAULT", "targeted", "murder"),
    ("Norland's snub of the summit surprised Sudland.", "REJECT", "meet", "snub"),
])
def test_events_round4_event_nouns(nlp, text, expected, mode, trigger):
    events, _ = _events(nlp, text, actors=NS)
    assert (expected, mode, trigger) in [(e.type, e.mode, e.trigger.text) for e in events], [
        (e.type, e.mode, e.trigger.text) for e in events]


def test_events_naming_something_an_event_is_no_new_event(nlp):
    # A guard for the 'blackmail' noun row (it passed before the row existed): a noun that
    # names something after 'is' is no event (events.py, the attr of 'be').
    text = "Norland shelled the port. This is blackmail, the Sudland minister said."
    events, _ = _events(nlp, text, actors=NS)
    assert [e.trigger.text for e in events] == ["shelled"]


def test_events_the_user_of_a_threat_makes_it(nlp):
    text = "Norland is using blackmail against Sudland, the minister said."
    events, _ = _events(nlp, text, actors=NS)
    assert [(e.type, e.trigger.text, e.actor) for e in events] == [
        ("THREATEN", "blackmail", ["NOR"])]


@pytest.mark.parametrize(("text", "expected", "mode", "trigger"), [
    ("Norland called out Sudland over its human rights record.", "ACCUSE", "disapprove",
     "called"),
    ("The two leaders patched up their differences.", "AGREE", None, "patched"),
    ("The union backed off from its demands.", "CONCEDE", None, "backed"),
    ("Norland turned away a ship carrying refugees.", "REJECT", None, "turned"),
    ("The fund bailed out Sudland.", "AID", None, "bailed"),
    ("Police locked up dozens of protesters.", "COERCE", "arrest", "locked"),
    ("Gunmen mowed down worshippers at the mosque.", "ASSAULT", "firearms", "mowed"),
    ("Norland backed out of the deal.", "REJECT", None, "backed"),
])
def test_events_round4_phrasal_verbs(nlp, text, expected, mode, trigger):
    events, _ = _events(nlp, text, actors=NS)
    assert [(e.type, e.mode) for e in events if e.trigger.text == trigger] == [
        (expected, mode)], [(e.type, e.mode, e.trigger.text) for e in events]


@pytest.mark.parametrize(("text", "trigger", "recipient"), [
    ("Norland said Sudland's decision was a violation of international law.", "violation",
     "Sudland's decision"),
    ("Norland said the Sudland blockade was illegal.", "illegal", "the Sudland blockade"),
    ("Norland said it was deeply concerned about the arrests in Sudland.", "concerned",
     "the arrests in Sudland"),
])
def test_events_speaker_judgement_is_an_accusation(nlp, text, trigger, recipient):
    coded = code_events(nlp(text), _found(text, actors=NS))
    match = [c for c in coded if c.event.trigger.text == trigger]
    assert [(c.event.type, c.event.mode, c.event.actor) for c in match] == [
        ("ACCUSE", "disapprove", ["NOR"])]
    assert [text[s:e] for s, e in match[0].recipient_spans] == [recipient]


def test_events_negated_judgement_is_no_accusation(nlp):
    # A guard for clauses._blame's DISAPPROVING judgements (it passed before they existed).
    events, _ = _events(nlp, "Norland said the Sudland blockade was not illegal.", actors=NS)
    assert "ACCUSE" not in _types(events)


@pytest.mark.parametrize(("text", "expected", "trigger"), [
    ("The Norland coast guard rammed a Sudland supply boat.", "ASSAULT", "rammed"),
    ("The Norland envoy briefed the Security Council on the fighting.", "CONSULT", "briefed"),
    ("Norland let the opposition leader leave the country.", "CONCEDE", "let"),
    ("Norland covered the cost of fuel for the Sudland power plant.", "AID", "covered"),
    ("Norland slashed funding for the Sudland schools.", "SANCTION", "slashed"),
    ("Norland brushed off the criticism.", "REJECT", "brushed"),
])
def test_events_round4_probe_verbs(nlp, text, expected, trigger):
    events, _ = _events(nlp, text, actors=NS)
    assert [e.type for e in events if e.trigger.text == trigger] == [expected], [
        (e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize(("text", "inner", "trigger"), [
    ("Norland's rejection of the election results was criticised by Sudland.", "REJECT",
     "rejection"),
    ("Norland's cooperation with Sudland on fisheries was praised.", "COOPERATE",
     "cooperation"),
])
def test_events_an_act_judged_is_an_act_done(nlp, text, inner, trigger):
    events, _ = _events(nlp, text, actors=NS)
    assert [(e.type, e.actor) for e in events if e.trigger.text == trigger] == [
        (inner, ["NOR"])]


@pytest.mark.parametrize(("text", "expected"), [
    ("Norland's withdrawal from the talks stalled the process.", "REJECT"),
    ("Norland's purchase of Sudland missiles angered the region.", "COOPERATE"),
])
def test_events_round4_nouns_by_object(nlp, text, expected):
    events, _ = _events(nlp, text, actors=NS)
    assert [e.type for e in events][:1] == [expected]


@pytest.mark.parametrize(("text", "expected", "trigger", "recipient"), [
    ("Norland shipped crude oil to Sudland.", "COOPERATE", "shipped", "Sudland"),
    ("Norland sent 10,000 tonnes of wheat to Sudland.", "AID", "sent", "Sudland"),
    ("Norland poured billions of dollars into Sudland.", "AID", "poured", "Sudland"),
    ("A Norland charity bankrolled the clinic.", "AID", "bankrolled", "the clinic"),
])
def test_events_goods_traded_or_given(nlp, text, expected, trigger, recipient):
    coded = code_events(nlp(text), _found(text, actors=NS))
    assert [(c.event.type, c.event.trigger.text) for c in coded] == [(expected, trigger)]
    assert [text[s:e] for s, e in coded[0].recipient_spans] == [recipient]


@pytest.mark.parametrize(("text", "expected", "trigger"), [
    ("Norland paraded long-range missiles through the capital.", "MOBILIZE", "paraded"),
    ("The militia rallied hundreds of fighters for an assault on the city.", "MOBILIZE",
     "rallied"),
    ("The rebels gave the government until Friday to meet their demands.", "THREATEN", "gave"),
    ("Norland slapped export controls on Sudland chip makers.", "COERCE", "slapped"),
    ("The league kicked out the team over doping.", "SANCTION", "kicked"),
    ("The senate blocked the nomination of the ambassador.", "REJECT", "blocked"),
])
def test_events_round4_probe_constructions(nlp, text, expected, trigger):
    events, _ = _events(nlp, text, actors=NS)
    assert [e.type for e in events if e.trigger.text == trigger] == [expected], [
        (e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize(("text", "expected", "trigger"), [
    ("Norland and Sudland initialled a peace treaty.", "SUPPORT", "initialled"),
    ("The Norland president held an audience with the Sudland envoy.", "CONSULT", "audience"),
    ("The Norland ambassador paid tribute to the victims of the attack.", "SUPPORT", "paid"),
    ("Norland opened its airspace to Sudland flights.", "CONCEDE", "opened"),
])
def test_events_round4_agreement_and_access(nlp, text, expected, trigger):
    events, _ = _events(nlp, text, actors=NS)
    assert [e.type for e in events if e.trigger.text == trigger] == [expected], [
        (e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize(("text", "expected", "mode", "trigger"), [
    ("The Norland president dismissed the defence minister.", "SANCTION", "expel", "dismissed"),
    ("The Norland president sacked the defence minister.", "SANCTION", "expel", "sacked"),
    ("The Norland court dismissed the appeal filed by the mayor.", "REJECT", "change",
     "dismissed"),
    ("Norland shut the border crossing with Sudland.", "COERCE", "restrict", "shut"),
    ("Norland shut its embassy in Sudland.", "SANCTION", "withdraw", "shut"),
])
def test_events_round4_dismissals_and_closures(nlp, text, expected, mode, trigger):
    events, _ = _events(nlp, text, actors=NS)
    assert [(e.type, e.mode) for e in events if e.trigger.text == trigger] == [
        (expected, mode)], [(e.type, e.mode, e.trigger.text) for e in events]


@pytest.mark.parametrize(("text", "trigger", "expected", "status"), [
    ("The Norland junta vowed to punish anyone who joined the protests.", "vowed", "THREATEN",
     "occurred"),
    ("The Norland army vowed to crush the rebellion.", "crush", "ASSAULT", "threatened"),
    ("Two Norland banks withdrew from Sudland.", "withdrew", "SANCTION", "occurred"),
    ("Aid agencies distributed food and blankets to families in Sudland.", "distributed", "AID",
     "occurred"),
    ("Norland paid for the reconstruction of the bridge in Sudland.", "paid", "AID", "occurred"),
])
def test_events_round4_remaining_rows(nlp, text, trigger, expected, status):
    events, _ = _events(nlp, text, actors=NS)
    assert [(e.type, e.status) for e in events if e.trigger.text == trigger] == [
        (expected, status)], [(e.type, e.status, e.trigger.text) for e in events]


def test_events_aid_that_arrived_is_no_visit(nlp):
    events, _ = _events(nlp, "Norland's donation of wheat to Sudland arrived on Monday.",
                        actors=NS)
    assert [(e.type, e.trigger.text, e.actor, e.recipient) for e in events] == [
        ("AID", "donation", ["NOR"], ["SUD"])]
