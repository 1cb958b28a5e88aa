"""Events the stories analyst found miscoded: interceptions and calling up reservists."""

from __future__ import annotations

from tests.conftest import assert_spans, event_by_trigger


def test_events_intercepting_drones_is_an_assault(analyze_text):
    found = analyze_text("The defence ministry said its air defences had intercepted 12 "
                         "drones over the border region on Tuesday.")
    assert_spans(found)
    assert event_by_trigger(found, "intercepted").type == "ASSAULT"


def test_events_intercepting_a_shipment_is_no_assault(analyze_text):
    found = analyze_text("Customs officers intercepted a shipment of cigarettes on Tuesday.")
    assert not [e for e in found.events if e.trigger.text == "intercepted"
                and e.type == "ASSAULT"]


def test_events_ordering_reservists_to_report_mobilises(analyze_text):
    found = analyze_text("The defence ministry on Tuesday ordered reservists to report to "
                         "their barracks within ten days.")
    assert_spans(found)
    ev = event_by_trigger(found, "ordered")
    assert (ev.type, ev.mode) == ("MOBILIZE", "troops")


def test_events_separate_attack_noun_names_its_own_clause(analyze_text):
    found = analyze_text("Russian rockets hit a power station in Kharkiv on Tuesday, officials "
                         "said.\n\nIn a separate attack, Ukrainian drones struck a fuel depot "
                         "in Russia's Kursk region early on Wednesday, the governor said.")
    assert_spans(found)
    assert not [e for e in found.events if e.trigger.text == "attack"]
    assert event_by_trigger(found, "struck").type == "ASSAULT"



def test_events_its_after_a_named_subject_is_not_the_speakers(analyze_text):
    found = analyze_text("Kenya has sent 2,000 troops to its border with Somalia, two Western "
                         "diplomats said on Monday.")
    assert_spans(found)
    ev = event_by_trigger(found, "sent")
    assert ev.type == "MOBILIZE" and ev.actor == ["KEN"]
    assert not [r for r in ev.recipient if r not in ("SOM",)]


def test_events_forces_named_after_the_last_deployment_are_the_ones_sent(analyze_text):
    found = analyze_text(
        "Chad's army on Monday ordered reservists to report to their bases within a week.\n\n"
        "Officials did not say how they had counted the Sudanese troops. Aid workers put the "
        "number of soldiers sent to the border at 4,000.")
    assert_spans(found)
    assert event_by_trigger(found, "sent").actor == ["SDN.MIL"]
