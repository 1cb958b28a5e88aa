"""Rules found by reading wirecoder's output on a fourth set of conflict news (a maritime
incident, a state-backed cyberattack, election violence, a nuclear inspection dispute): each
test is a sentence written for it."""

from __future__ import annotations

import pytest
from conftest import assert_spans


def _claims(analysis, cue):
    return [c for c in analysis.claims if c.cue is not None and c.cue.text.split()[-1] == cue]


@pytest.mark.parametrize("text, cue", [
    ("The ministry accused the government of denying journalists access to the region.",
     "denying"),
    ("Officials had denied aid workers entry to the camp since May, the agency said.",
     "denied"),
    ("Border guards denied the reporters visas without explanation.", "denied"),
    ("The envoy said that the authorities had denied his inspectors access to the plant since "
     "May.", "denied"),
])
def test_claims_deny_access_is_no_denial(analyze_text, text, cue):
    a = analyze_text(text)
    assert_spans(a)
    assert not _claims(a, cue)


def test_claims_deny_a_report_still_a_denial(analyze_text):
    a = analyze_text("The embassy denied any involvement in the attack.")
    assert_spans(a)
    [c] = _claims(a, "denied")
    assert c.polarity == "negative" and c.content.text == "any involvement in the attack"


@pytest.mark.parametrize("text, source, content", [
    ("The firm said with high confidence that the intrusion was carried out by the group.",
     "The firm", "that the intrusion was carried out by the group"),
    ("Orion, a security company in Oslo, said with moderate confidence that the hackers "
     "worked for the army.", None, "that the hackers worked for the army"),
])
def test_claims_said_with_confidence_that(analyze_text, text, source, content):
    a = analyze_text(text)
    assert_spans(a)
    [c] = _claims(a, "said")
    assert c.content.text == content
    if source is not None:
        assert c.source.text == source


def test_claims_date_after_cue_is_not_content(analyze_text):
    a = analyze_text("The electoral commission said on Monday it would delay the announcement "
                     "of provisional results by at least a week.")
    assert_spans(a)
    [c] = _claims(a, "said")
    assert c.content.text == ("it would delay the announcement of provisional results by at "
                              "least a week")


def test_claims_charged_with_a_crime_is_no_cue(analyze_text):
    a = analyze_text('His party said he was charged with inciting violence and called the '
                     'arrest a "political kidnapping".')
    assert_spans(a)
    assert not _claims(a, "charged")
    assert [c.content.text for c in _claims(a, "said")] == ["he was charged with inciting "
                                                           "violence"]


@pytest.mark.parametrize("text, word", [
    ("Iran threatened to withdraw from the Nuclear Non-Proliferation Treaty.",
     "Nuclear Non-Proliferation Treaty"),
    ("Iran would consider leaving the NPT, the minister said.", "NPT"),
    ("Both navies invoked the Mutual Defense Treaty on Friday.", "Mutual Defense Treaty"),
])
def test_actors_treaty_is_no_actor(analyze_text, text, word):
    a = analyze_text(text)
    assert_spans(a)
    assert not any(m.text == word for x in a.actors for m in x.mentions)


@pytest.mark.parametrize("text, word", [
    ("The hospitals in Tallinn and Tartu postponed 400 operations.", "Tartu"),
    ("Inspectors visited a site near Isfahan on Monday.", "Isfahan"),
    ("Attackers burned ballot boxes in the towns of Labe and Mamou.", "Labe and Mamou"),
])
def test_actors_town_tagged_org_is_no_actor(analyze_text, text, word):
    a = analyze_text(text)
    assert_spans(a)
    assert not any(word in m.text for x in a.actors for m in x.mentions)


def _types(analysis, trigger):
    return [e.type for e in analysis.events if e.trigger.text == trigger]


@pytest.mark.parametrize("text, trigger", [
    ("The ministry blamed a state-backed hacking group for the breach.", "hacking"),
    ("The ship was seen cutting across the bow of the supply boat.", "cutting"),
    ("The strike forced hospitals to postpone about 400 operations.", "postpone"),
    ("Doctors had to postpone surgery at three clinics.", "postpone"),
])
def test_events_no_event_in_these_constructions(analyze_text, text, trigger):
    a = analyze_text(text)
    assert_spans(a)
    assert _types(a, trigger) == []


@pytest.mark.parametrize("text, trigger, plover", [
    ("Hackers attacked the ministry's servers on Monday.", "attacked", "COERCE"),
    ("The government postponed the talks until March.", "postponed", "REJECT"),
    ("The government cut aid to the region.", "cut", "SANCTION"),
])
def test_events_same_words_still_events(analyze_text, text, trigger, plover):
    a = analyze_text(text)
    assert_spans(a)
    assert plover in _types(a, trigger)


def test_time_treaty_year_dates_no_other_event(analyze_text):
    a = analyze_text("Washington condemned the raid and reminded Beijing that the 1951 treaty "
                     "covers attacks on its vessels.")
    assert_spans(a)
    [e] = [e for e in a.events if e.trigger.text == "condemned"]
    assert e.date.value == "2024-11-20" and e.status == "occurred"  # the publication day


def test_time_year_of_the_event_noun_still_dates_it(analyze_text):
    a = analyze_text("Iran signed the 1968 treaty.")
    [e] = [e for e in a.events if e.trigger.text == "signed"]
    assert e.date.value == "1968"


@pytest.mark.parametrize("text, mention, actor_id", [
    ("A Chinese coast guard vessel rammed a Philippine supply boat on Tuesday.",
     "Chinese coast guard", "CHN.POL.CG"),
    ("Sweden's coastguard boarded the trawler.", "Sweden's coastguard", "SWE.POL.CG"),
    ("The Chilean navy sent two warships.", "Chilean navy", "CHL.MIL.NAVY"),
])
def test_actors_coast_guard_is_no_navy(analyze_text, text, mention, actor_id):
    a = analyze_text(text)
    assert_spans(a)
    assert any(x.id == actor_id and any(m.text == mention for m in x.mentions)
               for x in a.actors)


@pytest.mark.parametrize("text, number", [
    ("Police arrested 23 people. The health ministry raised the death toll from seven to 11.",
     "11"),
    ("Police arrested 23 people. The health ministry raised the death toll from seven to 11.",
     "seven"),
    ("Gunmen seized five men. The death toll rose to 14 on Monday.", "14"),
])
def test_quantities_death_toll_counts_the_dead(analyze_text, text, number):
    a = analyze_text(text)
    assert_spans(a)
    [q] = [q for q in a.quantities if q.span.text == number]
    assert (q.counted, q.fate) == ("killed", "killed")


def test_quantities_other_figure_still_carries_over(analyze_text):
    a = analyze_text("The army said 40 soldiers were deployed. The figure rose to 60.")
    [q] = [q for q in a.quantities if q.span.text == "60"]
    assert (q.counted, q.fate) == ("soldiers", "deployed")


@pytest.mark.parametrize("text, name, actor_id", [
    ("Mandiant, a U.S. cybersecurity firm that helped investigate the breach, said with "
     "moderate confidence that the attack was carried out by a hacking group.", "Mandiant",
     "o:mandiant"),
    ("Valkyrie Labs, a Finnish security company, said the hackers were Russian.",
     "Valkyrie Labs", "o:valkyrie-labs"),
])
def test_actors_appositive_company_is_a_business_and_the_source(analyze_text, text, name,
                                                                  actor_id):
    a = analyze_text(text)
    assert_spans(a)
    [x] = [x for x in a.actors if x.id == actor_id]
    assert x.sector == "BUS" and x.country in ("USA", "FIN")
    assert [m.text for m in x.mentions] == [name]
    [c] = _claims(a, "said")
    assert c.source.actor == actor_id


def test_actors_company_named_again_as_the_firm(analyze_text):
    a = analyze_text("Mandiant, a U.S. cybersecurity firm, said the attack failed. The firm "
                     "said the hackers used ransomware.")
    assert [c.source.actor for c in _claims(a, "said")] == ["o:mandiant", "o:mandiant"]


@pytest.mark.parametrize("text, cue, value", [
    ('"We cannot confirm it," Grossi said, adding that Iran had removed 20 cameras in June.',
     "said", "2024-11-20"),
    ('"We cannot confirm it," Grossi said, adding that Iran had removed 20 cameras in June.',
     "adding", "2024-11-20"),
    ("The authority said all hospitals had restored their systems by Nov 2.", "said",
     "2024-11-20"),
    ("The minister said on Monday that the talks would resume.", "said", "2024-11-18"),
    ("The agency said Smith told reporters on Monday that the troops had left.", "told",
     "2024-11-18"),
])
def test_claims_date_of_the_saying_not_of_the_said(analyze_text, text, cue, value):
    a = analyze_text(text)
    assert_spans(a)
    [c] = _claims(a, cue)
    assert c.date is not None and c.date.value == value


@pytest.mark.parametrize("text, actor_id, country", [
    ("Iran's ambassador to the agency, Reza Najafi, said the resolution was wrong.",
     "p:reza-najafi", "IRN"),
    ("Ukraine's ambassador to the United Nations, Sergiy Kyslytsya, said the plan failed.",
     "p:sergiy-kyslytsya", "UKR"),
    ("Russia's envoy to the talks, Ivan Sokolov, said the plan failed.", "p:ivan-sokolov",
     "RUS"),
])
def test_claims_title_then_name_speaks_as_the_person(analyze_text, text, actor_id, country):
    a = analyze_text(text)
    assert_spans(a)
    [c] = _claims(a, "said")
    assert c.source.actor == actor_id and c.source.kind == "named"
    [p] = [x for x in a.actors if x.id == actor_id]
    assert (p.country, p.sector) == (country, "GOV")


@pytest.mark.parametrize("text, body", [
    ("The International Atomic Energy Agency's Board of Governors adopted a resolution.",
     "Board of Governors"),
    ("The IAEA's Board of Governors on Friday censured the government.", "Board of Governors"),
])
def test_actors_body_of_a_possessing_organisation_takes_its_sector(analyze_text, text, body):
    a = analyze_text(text)
    assert_spans(a)
    [x] = [x for x in a.actors if any(m.text == body for m in x.mentions)]
    assert x.sector == "IGO"


def test_actors_state_backed_hacking_group_from_the_kb(analyze_text):
    a = analyze_text("Investigators said the attack on the grid was carried out by Sandworm.")
    assert_spans(a)
    [x] = [x for x in a.actors if x.id == "REB.SANDWORM"]
    assert (x.country, x.sector, [m.text for m in x.mentions]) == ("RUS", "MIL", ["Sandworm"])
