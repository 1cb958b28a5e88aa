"""Verb classes added for news vocabulary the lexicon did not list (session 8, round 2).

Each class is added with its WordNet synset mates of the same news sense; the sentences here are
written for these tests (no news text) and mostly use a mate, not the word that led to the class.
"""

from __future__ import annotations

import pytest


def _types(analysis, trigger: str) -> list[str]:
    return [e.type for e in analysis.events if e.trigger.text == trigger]


@pytest.mark.parametrize("text, trigger, kind", [
    ("The Dutch premier dined with Belgium's king in Ghent on Friday.", "dined", "CONSULT"),
    ("A Swiss envoy shuttled between the two capitals for a month.", "shuttled", "CONSULT"),
    ("The Senate of Ruritania rubber-stamped the water accord with Freedonia.",
     "rubber-stamped", "SUPPORT"),
    ("Freedonia cosigned the fisheries charter written by Ruritania.", "cosigned", "SUPPORT"),
    ("The junta unbanned the main opposition newspaper on Monday.", "unbanned", "CONCEDE"),
    ("The cabinet softened its curfew in the eastern provinces.", "softened", "CONCEDE"),
    ("The mayor succumbed to the transport unions after a week.", "succumbed", "CONCEDE"),
    ("Ruritania interlinked its rail network with Freedonia's at the border.", "interlinked",
     "COOPERATE"),
    ("The regional bank shored up Freedonia's currency with a $2 billion swap line.", "shored",
     "AID"),
    ("Freedonia harboured the exiled dissident for a decade.", "harboured", "AID"),
    ("Ruritania housed thousands of refugees from the war in Freedonia.", "housed", "AID"),
    ("The rebels discharged twelve prisoners into the care of a church mission.", "discharged",
     "RETREAT"),
    ("Government troops exited the northern town after the truce.", "exited", "RETREAT"),
    ("The rebels melted down their guns at a ceremony in the capital.", "melted", "RETREAT"),
    ("The veteran mayor made way for a younger rival in March.", "made", "RETREAT"),
    ("Striking students thronged the square outside the ministry.", "thronged", "PROTEST"),
    ("Nurses badgered the health ministry for months over unpaid overtime.", "badgered",
     "REQUEST"),
    ("Farm groups griped about the new export levy.", "griped", "ACCUSE"),
    ("A Ruritanian court arraigned two former ministers for fraud.", "arraigned", "ACCUSE"),
    ("The governor sneered at the union's plan for a four-day week.", "sneered", "REJECT"),
    ("Ruritania disowned the statement its consul had issued.", "disowned", "REJECT"),
    ("Freedonia laughed off Ruritania's offer of talks.", "laughed", "REJECT"),
    ("The larger state bullied its neighbour over the pipeline route.", "bullied", "THREATEN"),
    ("Hundreds of students heckled the education minister at the university.", "heckled",
     "PROTEST"),
    ("Activists daubed slogans on the walls of the oil ministry.", "daubed", "PROTEST"),
    ("The regional bloc blackballed the junta after the coup.", "blackballed", "SANCTION"),
    ("Ruritania defunded the regional health agency.", "defunded", "SANCTION"),
    ("Freedonia arrayed tanks along its northern frontier.", "arrayed", "MOBILIZE"),
    ("Riot police corralled the marchers in a side street for hours.", "corralled", "COERCE"),
    ("Soldiers requisitioned trucks from farmers near the front.", "requisitioned", "COERCE"),
    ("A judge remanded the two suspects in custody for a week.", "remanded", "COERCE"),
    # through the WordNet fallback's new anchors: complain (bewail) and object (remonstrate)
    ("The fishing union bewailed the ministry's new quota system.", "bewailed", "ACCUSE"),
    ("The envoy remonstrated with the host government over the arrests.", "remonstrated",
     "ACCUSE"),
    ("Guards waterboarded the prisoner, his lawyer said.", "waterboarded", "ASSAULT"),
    ("Freedonia said yes to Ruritania's proposal for joint patrols.", "said", "AGREE"),
    ("Ruritania swore to keep the border open through the winter.", "swore", "AGREE"),
])
def test_events_vocab8_class_mates(analyze_text, text, trigger, kind):
    assert kind in _types(analyze_text(text), trigger)


@pytest.mark.parametrize("text, trigger", [
    # the same words in their other, no-event senses
    ("The minister harbours doubts about the budget.", "harbours"),
    ("The museum houses a collection of old maps.", "houses"),
    ("The two scientists compared results with each other.", "compared"),
    ("The council scrapped its own plan for a new stadium.", "scrapped"),
    ("Shoppers thronged the malls before the holiday.", "thronged"),
    ("Nagging doubts remain about the plan.", "Nagging"),
])
def test_events_vocab8_other_senses_are_no_such_event(analyze_text, text, trigger):
    kinds = set(_types(analyze_text(text), trigger))
    assert not {"AID", "REJECT", "CONSULT", "PROTEST", "REQUEST"} & kinds
