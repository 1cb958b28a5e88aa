"""General rules found reading four new stories (samples7): a government's formal protest,
people fleeing, a warning that states a fact, a participle misparsed as a clause."""

from __future__ import annotations

import pytest

from wirecoder.extract.eventcoding import arguments, clauses
from wirecoder.extract.eventcoding.lexicon import load


def _events(analysis, trigger: str):
    return [e for e in analysis.events if e.trigger.text == trigger]


@pytest.mark.parametrize("text, trigger", [
    ("Germany's foreign ministry summoned the French ambassador to protest against the arrest "
     "of two journalists.", "protest"),
    ("Germany protested to Iran over the arrests of its citizens.", "protested"),
    ("The Japanese government lodged a complaint and the ambassador protested strongly.",
     "protested"),
])
def test_samples7_rules_official_protest_is_no_demonstration(analyze_text, text, trigger):
    """A government's or envoy's protest is a formal complaint (PLOVER: ACCUSE), not PROTEST."""
    analysis = analyze_text(text)
    assert not [e for e in analysis.events if e.type == "PROTEST"]
    # the complaint is coded (on the protest or on the summons it repeats)
    assert any(e.type == "ACCUSE" for e in analysis.events)
    assert all(e.type == "ACCUSE" for e in _events(analysis, trigger))


def test_samples7_rules_summoned_to_protest_is_one_complaint(analyze_text):
    analysis = analyze_text("Germany's foreign ministry summoned the French ambassador to "
                            "protest against the arrest of two journalists.")
    accuse = [e for e in analysis.events if e.type == "ACCUSE"]
    assert [e.trigger.text for e in accuse] == ["summoned"]


@pytest.mark.parametrize("text, trigger", [
    ("Tens of thousands of Israelis protested against the judicial overhaul.", "protested"),
    ("Farmers protested in Paris against the new tax.", "protested"),
    ("Dozens of Serbian students staged a protest outside the ministry.", "protest"),
])
def test_samples7_rules_crowd_protest_stays_protest(analyze_text, text, trigger):
    analysis = analyze_text(text)
    assert [e.type for e in _events(analysis, trigger)] == ["PROTEST"]


@pytest.mark.parametrize("text", [
    "Thousands of residents fled the town on Sunday.",
    "About 3,000 families have fled the fighting in the province since March.",
])
def test_samples7_rules_fleeing_is_no_expulsion(analyze_text, text):
    analysis = analyze_text(text)
    assert not [e for e in analysis.events if e.type == "SANCTION"]


@pytest.mark.parametrize("text", [
    "The charity warned that fighting on the northern road was delaying its trucks.",
    "The minister warned that prices are rising fast.",
])
def test_samples7_rules_warning_of_a_fact_is_no_threat(analyze_text, text):
    analysis = analyze_text(text)
    assert not [e for e in analysis.events if e.type == "THREATEN"]


@pytest.mark.parametrize("text", [
    "Iran warned it would close the Strait if attacked.",
    "The union warned that workers would strike unless wages rose.",
    "The warlord warned aid agencies to leave the region or face attacks.",
    "The militants warned the villagers that anyone who helped the army was a target.",
])
def test_samples7_rules_warning_of_an_act_stays_a_threat(analyze_text, text):
    analysis = analyze_text(text)
    assert [e.type for e in _events(analysis, "warned")] == ["THREATEN"]


def test_samples7_rules_participle_subject_is_the_object(nlp):
    """'will not accept migrants fleeing the war': the parser makes 'migrants' the subject
    of 'fleeing'; they are what is (not) accepted."""
    doc = nlp("Thailand says it will not accept any migrants fleeing the war in Myanmar.")
    lex = load()
    trig = next(t for s in doc.sents for t in clauses.find_triggers(s, lex)
                if t.token.text == "accept")
    _, obj = arguments.arguments(trig)
    assert [o.text for o in obj] == ["migrants"]


@pytest.mark.parametrize("text, recipient", [
    ("Hungary voiced support for Israel's offensive against Hamas.", "ISR"),
    ("Belarus has offered strong support for Russia's war against Ukraine.", "RUS"),
])
def test_samples7_rules_support_for_a_partys_act_goes_to_the_party(analyze_text, text,
                                                                   recipient):
    """The possessor of the supported act is the recipient; the act's own target (the
    object of 'against') is not."""
    analysis = analyze_text(text)
    ev = next(e for e in analysis.events if e.type == "SUPPORT")
    assert ev.recipient and all(r.startswith(recipient) for r in ev.recipient)


def test_samples7_rules_relative_clause_pronoun_is_the_conjoined_speaker(analyze_text):
    """'X denies A and says the rockets it bought from Y …': 'says' shares X as subject, so
    the pronoun of the relative clause in its report is X, not the last country named."""
    analysis = analyze_text("Syria denies buying weapons from Iran and says the rockets it "
                            "bought from Tehran arrived years ago.")
    ev = next(e for e in analysis.events if e.trigger.text == "bought")
    assert ev.actor == ["SYR"] and ev.recipient == ["IRN"]


def _claim_by_source(analysis, source: str):
    return next(c for c in analysis.claims if c.source.text == source)


@pytest.mark.parametrize("text", [
    'Gunmen attacked the village, a local official told reporters. "Twelve houses were '
    'burned," the official said, asking not to be named.',
    # a name-like word near an earlier mention of the noun ('into the bush, officials said')
    'Hundreds fled into the bush, local officials said. Two men were killed, a district '
    'official told reporters. "The clinic is full," the official said.',
])
def test_samples7_rules_the_unnamed_source_taken_up_stays_anonymous(analyze_text, text):
    analysis = analyze_text(text)
    assert _claim_by_source(analysis, "the official").source.kind == "anonymous"


def test_samples7_rules_both_sides_are_the_compound_source_before(analyze_text):
    analysis = analyze_text("Envoys of Sudan and the RSF agreed on Monday to open two "
                            "corridors, the mediators said. Both sides said the talks would "
                            "resume next week.")
    src = _claim_by_source(analysis, "Both sides").source
    assert (src.actor, src.also, src.kind) == ("SDN.GOV", ["REB.RSF"], "institution")


def test_samples7_rules_both_sides_unresolved_is_not_named(analyze_text):
    analysis = analyze_text("The talks ended without a deal. Both sides said more work was "
                            "needed.")
    src = _claim_by_source(analysis, "Both sides").source
    assert src.kind == "anonymous" and src.actor is None


def test_samples7_rules_content_runs_over_a_coordinated_list(analyze_text):
    """'calls for A, B and C': the parser hangs 'B and C' on the verb; the content is all of
    the list, and the events inside it are the document's, not occurred."""
    text = ("The draft plan, seen by reporters, calls for a ceasefire in the north, the release "
            "of all detainees and the withdrawal of foreign troops from the capital.")
    analysis = analyze_text(text)
    claim = next(c for c in analysis.claims if c.cue and c.cue.text.startswith("calls"))
    assert claim.content.text == text[text.index("a ceasefire"):-1]
    withdrawal = next(e for e in analysis.events if e.trigger.text == "withdrawal")
    assert withdrawal.status != "occurred" and withdrawal.claim == claim.id
