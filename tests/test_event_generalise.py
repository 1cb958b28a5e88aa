"""General constructions found by diagnosing the PLV development rows the earlier rounds did not
write rules on (session 6, events). Sentences written for these tests."""

from __future__ import annotations

import pytest


def _names(analysis, ids: list[str]) -> list[str]:
    by_id = {a.id: a.name for a in analysis.actors}
    return [by_id[i] for i in ids]


@pytest.mark.parametrize("text, actor, judged", [
    ("Senator Jane Okafor was highly critical of the Kenyan government.", "Jane Okafor",
     "Kenya"),
    ("Amnesty International issued a statement sharply critical of Nigeria.",
     "Amnesty International", "Nigeria"),
    ("Critical of the Russian government, Poland published a letter.", "Poland", "Russia"),
])
def test_event_generalise_critical_of_is_accuse(analyze_text, text, actor, judged):
    """Being critical of X is disapproval of X (ACCUSE), by the one who is critical."""
    analysis = analyze_text(text)
    event = next(e for e in analysis.events if e.trigger.text.lower() == "critical")
    assert (event.type, event.mode) == ("ACCUSE", "disapprove")
    assert any(actor in n for n in _names(analysis, event.actor)), _names(analysis, event.actor)
    assert any(judged in n for n in _names(analysis, event.recipient)), \
        _names(analysis, event.recipient)


@pytest.mark.parametrize("text, trigger, actor, recipient", [
    ("Kenya said that lifting the ban on Somali imports is out of the question.", "lifting",
     "Kenya", ["Somalia"]),
    ("Talks with the Taliban are out of the question, Pakistan said.", "Talks", "Pakistan",
     ["Taliban"]),
    ("A withdrawal from Crimea is not an option, Russia said.", "withdrawal", "Russia", []),
    ("Any withdrawal from the province is off the table, Kenya said.", "withdrawal", "Kenya",
     []),
])
def test_event_generalise_ruled_out_act_is_reject(analyze_text, text, trigger, actor,
                                                  recipient):
    """An act said to be 'out of the question' is the speaker's REJECT, not the act."""
    analysis = analyze_text(text)
    events = [e for e in analysis.events if e.trigger.text == trigger]
    assert [e.type for e in events] == ["REJECT"]
    assert _names(analysis, events[0].actor) == [actor]
    assert [n for n in _names(analysis, events[0].recipient) if n != actor] == recipient


def test_event_generalise_open_option_is_no_reject(analyze_text):
    analysis = analyze_text("Talks with the Taliban are an option, Pakistan said.")
    assert [e.type for e in analysis.events if e.trigger.text == "Talks"] == ["CONSULT"]


@pytest.mark.parametrize("text, kind", [
    ("The Kenyan government did not give permission for the opposition rally.", "REJECT"),
    ("The Kenyan government has not given permission for the rally by the opposition.",
     "REJECT"),
    ("Egypt gave the UN permission to cross the border.", "CONCEDE"),
])
def test_event_generalise_permission_given_or_withheld(analyze_text, text, kind):
    """Giving permission is a concession (CONCEDE access); withholding it is a REJECT."""
    analysis = analyze_text(text)
    event = next(e for e in analysis.events if e.trigger.text == "permission")
    assert event.type == kind
    assert _names(analysis, event.actor) in (["Government of Kenya"], ["Egypt"])


@pytest.mark.parametrize("text, trigger, status", [
    ("Kenya and Uganda agreed to share information and cooperate on the border.",
     "cooperate", "planned"),
    ("Russia threatened to cut gas supplies and suspend flights to Georgia.", "suspend",
     "threatened"),
])
def test_event_generalise_conjoined_complement_shares_the_frame(analyze_text, text, trigger,
                                                                status):
    """A verb joined to a framed complement, with no subject of its own, is in the frame."""
    event = next(e for e in analyze_text(text).events if e.trigger.text == trigger)
    assert event.status == status


def test_event_generalise_conjunct_with_own_subject_is_outside_the_frame(analyze_text):
    analysis = analyze_text("Kenya agreed to reopen the border and Uganda sent troops to Juba.")
    event = next(e for e in analysis.events if e.trigger.text == "sent")
    assert event.status == "occurred"


@pytest.mark.parametrize("text", [
    "A Russia-backed Syrian regime offensive on the rebel bastion has displaced 80,000 people.",
    "A Syrian regime offensive on the rebel bastion has displaced 80,000 people.",
    # an adjective as the object (clauses.NOMINAL_DEPS; the two above are 'amod' after a noun)
    "Residents fled a regime offensive.",
])
def test_event_generalise_event_noun_tagged_adjective(analyze_text, text):
    """The tagger reads 'offensive' after 'regime' as an adjective; in a noun's slot it is the
    event noun."""
    assert [e.type for e in analyze_text(text).events if e.trigger.text == "offensive"] == [
        "ASSAULT"]


def test_event_generalise_predicative_adjective_is_no_event(analyze_text):
    analysis = analyze_text("Kenya called the remarks offensive and deeply hurtful.")
    assert not [e for e in analysis.events if e.trigger.text == "offensive"]


def test_event_generalise_refuting_is_reject(analyze_text):
    """'refute' is a rejection like 'rebut'; the act refuted did not happen."""
    analysis = analyze_text("Kenya refuted reports of a troop withdrawal from Somalia.")
    event = next(e for e in analysis.events if e.trigger.text == "refuted")
    assert event.type == "REJECT"
    assert _names(analysis, event.actor) == ["Kenya"]
    withdrawal = next(e for e in analysis.events if e.trigger.text == "withdrawal")
    assert withdrawal.status == "denied"


@pytest.mark.parametrize("text, trigger, kind", [
    ("Kenya belittled the Ugandan proposal.", "belittled", "ACCUSE"),
    ("Kenya pilloried Uganda for the closure.", "pilloried", "ACCUSE"),
    ("The US embargoed Cuban sugar exports.", "embargoed", "SANCTION"),
    ("Kenyan and Somali troops skirmished near the border.", "skirmished", "ASSAULT"),
    ("Uganda flouted the UN arms embargo.", "flouted", "REJECT"),
    ("Police carried out a roundup of opposition activists in Kampala.", "roundup", "COERCE"),
    ("A court imposed a fine on the Kenyan newspaper.", "fine", "SANCTION"),
])
def test_event_generalise_codebook_sweep_words(analyze_text, text, trigger, kind):
    """Common newswire words the lexicon lacked, coded as their near-synonyms are."""
    assert [e.type for e in analyze_text(text).events if e.trigger.text == trigger] == [kind]


@pytest.mark.parametrize("text, trigger, giver, taker", [
    ("Food aid from Japan reached Somalia on Monday.", "aid", "Japan", "Somalia"),
    ("A $2 billion loan from the IMF to Zambia was approved on Friday.", "loan",
     "International Monetary Fund", "Zambia"),
])
def test_event_generalise_aid_from_a_party_is_its_gift(analyze_text, text, trigger, giver,
                                                       taker):
    """Aid 'from X' is X's: X is the actor, the one it reaches or goes to the recipient."""
    analysis = analyze_text(text)
    event = next(e for e in analysis.events if e.trigger.text == trigger)
    assert event.type == "AID"
    assert _names(analysis, event.actor) == [giver]
    assert _names(analysis, event.recipient) == [taker]


@pytest.mark.parametrize("text, trigger, partner", [
    ("Kenya bought 20 helicopters from Italy.", "bought", "Italy"),
    ("Kenya imported 2 million tonnes of wheat from Russia.", "imported", "Russia"),
    ("Kenya shared intelligence with Uganda.", "shared", "Uganda"),
])
def test_event_generalise_exchange_partner_is_recipient(analyze_text, text, trigger, partner):
    """What is traded or shared is a thing; the partner named by from/to/with is the
    recipient of the COOPERATE."""
    analysis = analyze_text(text)
    event = next(e for e in analysis.events if e.trigger.text == trigger)
    assert event.type == "COOPERATE"
    assert _names(analysis, event.recipient) == [partner]


@pytest.mark.parametrize("text, judged", [
    ("A Kenyan court found Uganda's former minister guilty of fraud.", "Government of Uganda"),
    ("The tribunal found the Syrian government guilty of murdering the reporter.",
     "Government of Syria"),
])
def test_event_generalise_found_guilty_names_the_accused(analyze_text, text, judged):
    """The one a court finds guilty is the recipient of its ACCUSE (PLV's reading)."""
    analysis = analyze_text(text)
    event = next(e for e in analysis.events if e.trigger.text == "found")
    assert event.type == "ACCUSE"
    assert _names(analysis, event.recipient) == [judged]


def test_event_generalise_acquittal_is_no_accusation(analyze_text):
    analysis = analyze_text("The tribunal found the Syrian government not guilty of fraud.")
    assert not [e for e in analysis.events if e.type == "ACCUSE"]


@pytest.mark.parametrize("text, trigger, parties", [
    ("Qatar launched a mediation effort between Kenya and Uganda.", "mediation",
     ["Kenya", "Uganda"]),
    ("Kenya launched a rescue operation for the Ugandan sailors.", "rescue", ["Uganda"]),
])
def test_event_generalise_effort_head_carries_the_parties(analyze_text, text, trigger,
                                                          parties):
    """In 'a mediation effort between X and Y' the parties hang on 'effort', not on the event
    noun that modifies it."""
    analysis = analyze_text(text)
    event = next(e for e in analysis.events if e.trigger.text == trigger)
    assert _names(analysis, event.recipient) == parties


def test_event_generalise_participle_clause_is_an_event(analyze_text):
    """'..., sharing intelligence across the border': a participle clause on the verb is an
    act of its own, not a modifier like 'an intelligence-sharing system'."""
    analysis = analyze_text("Kenyan and Ugandan police raided a smuggling ring, sharing "
                            "intelligence across the border.")
    assert [e.type for e in analysis.events if e.trigger.text == "sharing"] == ["COOPERATE"]


@pytest.mark.parametrize("text, trigger", [
    ("Norway wired $30 million to Sudan.", "wired"),
    ("Qatar transferred $20 million to the Palestinian Authority.", "transferred"),
])
def test_event_generalise_money_wired_is_aid(analyze_text, text, trigger):
    """Money wired or transferred to a party is AID to it."""
    analysis = analyze_text(text)
    event = next(e for e in analysis.events if e.trigger.text == trigger)
    assert event.type == "AID"
    assert _names(analysis, event.recipient) in (["Sudan"], ["Government of Palestine"])


@pytest.mark.parametrize("text, trigger", [
    ("Kenya said Uganda had misled the UN about the border.", "misled"),
    ("Kenya said Uganda lied to the UN.", "lied"),
    ("Kenya said Uganda was lying about the border.", "lying"),
])
def test_event_generalise_saying_another_lied_is_accuse(analyze_text, text, trigger):
    """Saying that a party lied or misled is accusing it (ACCUSE allege)."""
    analysis = analyze_text(text)
    event = next(e for e in analysis.events if e.trigger.text == trigger)
    assert (event.type, event.mode) == ("ACCUSE", "allege")
    assert _names(analysis, event.actor) == ["Kenya"]
    assert _names(analysis, event.recipient) == ["Uganda"]


@pytest.mark.parametrize("text", [
    "Soldiers said the bodies were lying in the street.",
    "Kenya said the real danger lies ahead.",
    "Kenya said Uganda was not lying.",
])
def test_event_generalise_lying_somewhere_is_no_accusation(analyze_text, text):
    assert not [e for e in analyze_text(text).events if e.type == "ACCUSE"]


@pytest.mark.parametrize("text, trigger, kind", [
    ("Jordanian aircraft dropped food parcels over the camp.", "dropped", "AID"),
    ("The Red Cross set up a field clinic for the wounded near the front.", "set", "AID"),
    ("Armoured columns rolled into the border town at dawn.", "rolled", "MOBILIZE"),
    ("Rebel fighters poured into the port city overnight.", "poured", "MOBILIZE"),
    ("Mortar shells rained down on the market.", "rained", "ASSAULT"),
    # the subj:MILITARY row ('shells' has a row of its own)
    ("Russian rockets rained down on Kharkiv on Monday.", "rained", "ASSAULT"),
])
def test_event_generalise_intransitive_and_phrasal_acts(analyze_text, text, trigger, kind):
    """Forces pouring or columns rolling in move (MOBILIZE); shells raining down strike;
    aid dropped from the air or a clinic set up for people is AID."""
    assert [e.type for e in analyze_text(text).events if e.trigger.text == trigger] == [kind]


def test_event_generalise_protesters_pouring_stay_protest(analyze_text):
    analysis = analyze_text("Protesters poured into the streets of the capital.")
    assert [e.type for e in analysis.events if e.trigger.text == "poured"] == ["PROTEST"]


@pytest.mark.parametrize("text, actors, recipients", [
    ("Kenya and Uganda jointly traced the stolen funds.", ["Kenya", "Uganda"], []),
    ("Kenyan police traced the funds together with the FBI.", ["Police of Kenya"],
     ["Police of United States"]),
])
def test_event_generalise_act_done_jointly_is_cooperate(analyze_text, text, actors,
                                                        recipients):
    """Whatever the verb, an act two parties do jointly (or 'together with' another) is a
    COOPERATE between them."""
    analysis = analyze_text(text)
    events = [e for e in analysis.events if e.type == "COOPERATE"]
    assert len(events) == 1
    assert _names(analysis, events[0].actor) == actors
    assert _names(analysis, events[0].recipient) == recipients


def test_event_generalise_standing_together_is_no_cooperate(analyze_text):
    analysis = analyze_text("Kenya and Uganda stood together at the ceremony.")
    assert not [e for e in analysis.events if e.type == "COOPERATE"]


def test_event_generalise_joint_operation_setting_an_arrest(analyze_text):
    """'arrested 12 suspects in a joint operation with X': the operation is the arresters'
    COOPERATE with X, beside the arrest; it is the arrest's setting, not what it stops."""
    analysis = analyze_text("Kenyan police arrested 12 suspects in a joint operation with "
                            "Ugandan police.")
    assert sorted(e.type for e in analysis.events) == ["COERCE", "COOPERATE"]
    joint = next(e for e in analysis.events if e.type == "COOPERATE")
    assert _names(analysis, joint.actor) == ["Police of Kenya"]
    assert _names(analysis, joint.recipient) == ["Police of Uganda"]


def test_event_generalise_restriction_still_stops_its_object(analyze_text):
    analysis = analyze_text("Police in Kenya banned the opposition rally on Friday.")
    assert [e.type for e in analysis.events] == ["COERCE"]


def test_event_generalise_crowd_acting_to_oppose_is_protest(analyze_text):
    """A crowd's physical act done 'to oppose' something is a demonstration; the opposing is
    its demand, no REJECT of its own."""
    analysis = analyze_text("Hundreds of truckers drove their rigs into the capital to oppose "
                            "the new fuel tax.")
    assert [(e.type, e.trigger.text) for e in analysis.events] == [("PROTEST", "drove")]


def test_event_generalise_official_opposing_stays_reject(analyze_text):
    analysis = analyze_text("The minister flew to Brussels to oppose the deal.")
    assert [e.type for e in analysis.events if e.trigger.text == "oppose"] == ["REJECT"]


@pytest.mark.parametrize("text, trigger, kind", [
    ("Algeria called its ambassador home from Madrid.", "called", "SANCTION"),
    ("Kenyan troops took up positions along the Somali border.", "took", "MOBILIZE"),
    ("Police turned back hundreds of migrants at the frontier.", "turned", "COERCE"),
    ("Kenya said Uganda had rigged the vote.", "rigged", "ACCUSE"),
])
def test_event_generalise_phrasal_acts_of_batch_780(analyze_text, text, trigger, kind):
    """Calling an ambassador home is a withdrawal (SANCTION); forces taking up positions
    move (MOBILIZE); turning migrants back restricts them (COERCE); saying a party rigged a
    vote accuses it."""
    assert [e.type for e in analyze_text(text).events if e.trigger.text == trigger] == [kind]


def test_event_generalise_calling_an_ambassador_in_is_no_withdrawal(analyze_text):
    analysis = analyze_text("Algeria called the Spanish ambassador to complain.")
    assert not [e for e in analysis.events if e.type == "SANCTION"]


@pytest.mark.parametrize("text, verb", [
    ("The Kenyan government abandoned its plan to expel Ugandan diplomats.", "abandoned"),
    ("Kenya shelved plans to expel Ugandan diplomats.", "shelved"),
    # the plan as a passive subject
    ("Plans to expel Ugandan diplomats were abandoned by the Kenyan government.", "abandoned"),
])
def test_event_generalise_abandoned_plan_is_no_event(analyze_text, text, verb):
    """What an abandoned plan would have done will not happen: only the abandoning (a
    CONCEDE) is an event."""
    analysis = analyze_text(text)
    assert [(e.type, e.trigger.text) for e in analysis.events] == [("CONCEDE", verb)]


def test_event_generalise_anybody_who_acts_is_a_kind_of_act(analyze_text):
    """'Anybody who shells our towns will be punished': a relative clause on an indefinite
    pronoun speaks of a kind of attack, no attack (events.FREE_AGENTS; 'Whoever attacks' is
    tests/test_analyst_a_events.py's)."""
    analysis = analyze_text("Anybody who shells our towns will be punished, Kenya said.")
    assert not [e for e in analysis.events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Kenya warned that Uganda would pay a heavy price.",
    "Kenya warned that we would not stand idle.",
])
def test_event_generalise_warning_of_harm_or_of_our_act_stays_threat(analyze_text, text):
    """The 'harmless' warning row (a warning of a risk is no THREATEN) does not take a clause
    with a word of harm (clauses.HARM_NOUNS) or a first-person actor (clauses.FIRST_PERSON)."""
    assert [e.type for e in analyze_text(text).events if e.trigger.text == "warned"] == [
        "THREATEN"]


def test_event_generalise_not_critical_of_is_no_accuse(analyze_text):
    analysis = analyze_text("Senator Jane Okafor was not critical of the Kenyan government.")
    assert not [e for e in analysis.events if e.trigger.text == "critical"]
