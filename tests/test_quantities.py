"""Quantities: counted numbers with values, bounds and approximation (sentences written here)."""

from __future__ import annotations

import pytest

from wirecoder.extract.quantities import find_quantities
from wirecoder.model import Analysis, Article


def _quantities(nlp, text: str):
    found = Analysis(article=Article(id="t", text=text))
    return find_quantities(nlp(text), found)


@pytest.mark.parametrize(("text", "span", "value", "counted", "approximate", "bound"), [
    ("Ruritania massed 11,000 troops near the border.", "11,000", 11000, "troops", False,
     "exact"),
    ("The navy fired six missiles at the harbour.", "six", 6, "missiles", False, "exact"),
    ("At least 12 people were killed in the blast.", "12", 12, "killed", False, "lower"),
    ("More than 40 civilians were wounded on Monday.", "40", 40, "wounded", False, "lower"),
    ("Nearly 1.5 million people have been displaced.", "1.5 million", 1_500_000, "displaced",
     True, "upper"),
    ("Tens of thousands of residents fled the city.", "Tens of thousands", 20_000,
     "displaced", True, "lower"),
    ("As many as 100,000 troops could be deployed.", "100,000", 100_000, "troops", False,
     "upper"),
    ("Up to 30 drones were launched overnight.", "30", 30, "drones", False, "upper"),
    ("About 200 soldiers crossed the river.", "200", 200, "soldiers", True, "exact"),
    ("Fewer than 20 drones reached the city.", "20", 20, "drones", False, "upper"),
    ("Roughly 300 people were evacuated.", "300", 300, "evacuated", True, "exact"),
    ("The government pledged $1.5 billion in aid.", "1.5 billion", 1_500_000_000, "USD",
     False, "exact"),
])
def test_quantities_value_counted_bound(nlp, text, span, value, counted, approximate, bound):
    qs = _quantities(nlp, text)
    match = [q for q in qs if q.span.text == span]
    assert match, [(q.span.text, q.counted) for q in qs]
    q = match[0]
    assert q.value == value
    assert q.counted == counted
    assert q.approximate is approximate
    assert q.bound == bound
    assert text[q.span.start:q.span.end] == q.span.text


@pytest.mark.parametrize("text", [
    "The talks were held in 2024 in the capital.",
    "The 45-year-old commander resigned on Monday.",
    "Fighting resumed on the second day of the truce.",
    "Support for the ceasefire rose to 60 percent.",
    "The attack happened on March 3.",
    "The new estimate is nearly five times the earlier figure.",
])
def test_quantities_skip_dates_ages_ordinals(nlp, text):
    assert _quantities(nlp, text) == []


def test_quantities_ids_in_order(nlp):
    qs = _quantities(nlp, "Two drones and three missiles struck, killing five soldiers.")
    assert [q.id for q in qs] == ["Q1", "Q2", "Q3"]
    assert [q.counted for q in qs] == ["drones", "missiles", "killed"]


@pytest.mark.parametrize(("text", "span", "counted"), [
    ("Air defences downed 56 of the drones overnight.", "56", "drones"),
    ("At least 40 of the soldiers were killed.", "40", "killed"),
    ("About 1,500 soldiers crossed the river, and officials later raised the figure to 3,000.",
     "3,000", "soldiers"),
    ("The navy said nine rockets were launched. Seven were shot down over the bay.", "Seven",
     "rockets"),
    ("Gunboats fired four shells; the coastguard shot down three of them.", "three", "shells"),
    ("Patrol boats shot down two of the four drones near the pier.", "two", "drones"),
    ("The rebels fired eight Borduria-built rockets at the port.", "eight", "rockets"),
    ("Three villagers were shot at the checkpoint.", "Three", "shot"),
])
def test_quantities_partitive_and_carried_over(nlp, text, span, counted):
    qs = {q.span.text: q for q in _quantities(nlp, text)}
    assert qs[span].counted == counted


@pytest.mark.parametrize("text", [
    "MOSCOW, Nov 19 (Wire) - Six missiles were fired.",
    "On Nov 19, six missiles were fired.",
])
def test_quantities_numbers_inside_dates_count_nothing(analyze_text, text):
    found = analyze_text(text)
    assert [q.value for q in found.quantities] == [6]


@pytest.mark.parametrize(("text", "expected"), [
    ("The navy said nine rockets were launched. Seven were shot down over the bay and one was "
     "damaged.", [("nine", "rockets", "fired"), ("Seven", "rockets", "intercepted"),
                  ("one", "rockets", "damaged")]),
    ("Air defences intercepted only three of nine rockets, an officer said.",
     [("three", "rockets", "intercepted"), ("nine", "rockets", "fired")]),
    ("The coastguard shot down four of the seven drones fired overnight.",
     [("four", "drones", "intercepted"), ("seven", "drones", "fired")]),
    ("Gunners had shot down five of the eight drones and damaged the rest.",
     [("five", "drones", "intercepted"), ("eight", "drones", "fired")]),
    ("Borduria launched 40 drones and 12 missiles at the capital.",
     [("40", "drones", "fired"), ("12", "missiles", "fired")]),
    ("Two rockets hit the depot before dawn.", [("Two", "rockets", "hit")]),
    ("The alliance sent 300 missiles to Sylvania last year.", [("300", "missiles", "supplied")]),
    ("About 9,000 Ruritanian soldiers have been sent to the front.",
     [("9,000", "soldiers", "deployed")]),
    ("Ruritania massed 11,000 troops near the border.", [("11,000", "troops", "deployed")]),
    ("Analysts said the deployment could grow to 50,000 troops.",
     [("50,000", "troops", "deployed")]),
    # any verb that moves a figure, not only one that grows it (quantities.MOVES)
    ("The deployment was cut to 2,000 troops, the ministry said.",
     [("2,000", "troops", "deployed")]),
    ("The deployment now stands at 3,000 troops.", [("3,000", "troops", "deployed")]),
    ("Borduria's deployment of thousands of troops worried its neighbours.",
     [("thousands", "troops", "deployed")]),
    ("At least 12 people were killed in the blast.", [("12", "killed", "killed")]),
    ("Police arrested 30 protesters in the square.", [("30", "arrested", "detained")]),
    ("Nearly 1.5 million people have been displaced.", [("1.5 million", "displaced",
                                                         "displaced")]),
    ("Gunners had retaken two villages in the valley.", [("two", "villages", "captured")]),
])
def test_quantities_fate_from_the_governing_verb_or_noun(nlp, text, expected):
    qs = _quantities(nlp, text)
    assert [(q.span.text, q.counted, q.fate) for q in qs] == expected


@pytest.mark.parametrize(("text", "span"), [
    ("More than 5,000 Ruritanian troops are now in the province.", "5,000"),
    ("Air defences downed 30 of the drones and all but three of the missiles.", "three"),
    ("Three villagers were shot at the checkpoint.", "Three"),
    ("The summit drew 40 delegates from the region.", "40"),
])
def test_quantities_no_fate_without_a_verb_that_says_one(nlp, text, span):
    (q,) = [q for q in _quantities(nlp, text) if q.span.text == span]
    assert q.fate is None


@pytest.mark.parametrize(("text", "span", "counted", "fate"), [
    ("About 1,500 soldiers were sent to the border, and officials later raised the figure to "
     "3,000.", "3,000", "soldiers", "deployed"),
    ("The agency said more than 10,000 troops had been deployed, up from about 3,000 in May.",
     "3,000", "troops", "deployed"),
    ("Sylvania said about 9,000 troops were sent. Officials said 4,000 of them had arrived.",
     "4,000", "troops", "deployed"),
    ("Ruritanian troops were seen near the border after officials said 4,000 of them had "
     "arrived.", "4,000", "troops", "deployed"),
    # An explicit anaphor ("the total") reaches past a long stretch without numbers.
    ("About 9,000 soldiers were sent to the border. The monitors said the fighting went on "
     "for most of the week and spread along the river, and several towns lost power. Aid "
     "groups said roads into the valley were closed by mud and checkpoints, that food was "
     "running short in the villages and that the wounded could not be moved to hospitals in "
     "the capital. The total may eventually reach 20,000, an official said.", "20,000",
     "soldiers", "deployed"),
    # "topped", "exceed" move a figure as "reached" does
    ("Some 90,000 people have fled the fighting, and aid agencies warned that it could exceed "
     "200,000.", "200,000", "displaced", "displaced"),
    ("The number of displaced people has topped 5,000, the agency said.", "5,000", "displaced",
     "displaced"),
])
def test_quantities_continued_count_keeps_what_and_fate(nlp, text, span, counted, fate):
    (q,) = [q for q in _quantities(nlp, text) if q.span.text == span]
    assert (q.counted, q.fate) == (counted, fate)


def test_quantities_fate_is_in_the_json_contract(nlp):
    (q,) = _quantities(nlp, "The navy fired six missiles at the harbour.")
    assert q.model_dump()["fate"] == "fired"
    assert Analysis.model_validate({"article": {"id": "t", "text": "x"},
                                    "quantities": [q.model_dump()]}).quantities[0].fate == "fired"


@pytest.mark.parametrize(("text", "expected"), [
    # a subset of the count it follows, not a new total of it
    ("The mayor said 45 people had been hurt, and that nine remained in a critical condition.",
     [("45", "wounded", "wounded"), ("nine", "hospitalised", None)]),
    ("Medics said 18 climbers were injured; six were in hospital.",
     [("18", "climbers", "wounded"), ("six", "hospitalised", None)]),
    # its own fate, not the previous conjunct's
    ("The navy said 12 sailors had died and 30 were injured, and that four were taken hostage.",
     [("12", "sailors", "killed"), ("30", "wounded", "wounded"), ("four", "abducted", "abducted")]),
])
def test_quantities_bare_subject_keeps_its_own_state(nlp, text, expected):
    qs = _quantities(nlp, text)
    assert [(q.span.text, q.counted, q.fate) for q in qs] == expected
