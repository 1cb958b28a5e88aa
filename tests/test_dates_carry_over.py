"""A day told in one sentence carries over to the next only for what can be on it: a claim is
said on the day of a saying it goes on, else as the story is written; a plan told with no
date of its own ("would be released") is ahead of the story, not on a day already past.
Sentences are our own; publication is Wednesday 2024-11-20."""
from __future__ import annotations

DEAL = "The swap fell short of the accord signed on Friday. "


def test_dates_carry_over_claim_takes_no_earlier_acts_day(analyze_text):
    r = analyze_text(DEAL + "An envoy said the remaining detainees would be freed within days.")
    said = [c for c in r.claims if "detainees" in c.content.text]
    assert said and (said[0].date.value, said[0].date.how) == ("2024-11-20", "publication")


def test_dates_carry_over_plan_is_not_on_a_past_day(analyze_text):
    r = analyze_text(DEAL + "An envoy said the remaining detainees would be freed within days.")
    freed = [e for e in r.events if "freed" in e.evidence.text]
    assert freed and freed[0].date.value >= "2024-11-20", [(e.evidence.text, e.date)
                                                          for e in r.events]


def test_dates_carry_over_plan_keeps_a_day_ahead(analyze_text):
    r = analyze_text("The two leaders are due to meet in Nairobi on Friday. Their envoys will "
                     "sign the accord there.")
    sign = [e for e in r.events if "sign" in e.evidence.text]
    assert sign and sign[0].date.value == "2024-11-22", [(e.evidence.text, e.date)
                                                        for e in r.events]


def test_dates_carry_over_past_act_keeps_the_context_day(analyze_text):
    r = analyze_text(DEAL + "Guards freed twelve detainees at the border post.")
    freed = [e for e in r.events if "freed" in e.evidence.text]
    assert freed and freed[0].date.value == "2024-11-15", [(e.evidence.text, e.date)
                                                          for e in r.events]


def test_dates_carry_over_perfect_act_in_a_word_reaches_back(analyze_text):
    # "has pledged" under a saying, dated only by the day told before it: some day up to then
    from datetime import date

    from wirecoder.link.records import reports_of
    r = analyze_text("Floods hit the valley on Monday. Qatar has pledged 4 million dollars in "
                     "aid to the victims, its foreign ministry said.")
    pledge = [x for x in reports_of(r) if "pledged" in x.evidence]
    assert pledge and pledge[0].when is not None, [(x.type, x.evidence) for x in reports_of(r)]
    assert pledge[0].when.end == date(2024, 11, 18) and pledge[0].when.start < date(2024, 11, 18)


def test_dates_carry_over_plan_takes_no_past_day_of_another_clause(nlp, make_article):
    # the accord's day is not the day of the swap it plans; the signing keeps it
    from wirecoder.extract.time import date_for, find_timexes
    from wirecoder.model import Analysis
    text = ("Kenya and Uganda signed an accord on Monday under which the two sides will swap "
            "prisoners within ten days.")
    doc = nlp(text)
    found = Analysis(article=make_article(text))
    found.timexes = find_timexes(doc, found)

    def at(word: str):
        i = text.index(word)
        return date_for(doc, i, i + len(word), found, i)

    assert (at("swap").value, at("swap").how) == ("2024-11-20", "publication")
    assert at("signed").value == "2024-11-18"


def test_dates_carry_over_ending_a_state_is_not_on_the_day_it_began(analyze_text):
    # the freeing ends what the seizure began: not on the seizure's day, unless told so
    r = analyze_text("Bandits abducted 30 villagers from a farm near the river on Nov. 2. "
                     "A police spokesman said officers had rescued six of the villagers.")
    rescued = [e for e in r.events if "rescued" in e.evidence.text]
    assert rescued and rescued[0].date.value != "2024-11-02", [(e.evidence.text, e.date)
                                                              for e in r.events]
    r = analyze_text("Bandits abducted 30 villagers from a farm near the river on Nov. 2. "
                     "A police spokesman said the bandits had beaten several of the villagers.")
    beaten = [e for e in r.events if "beaten" in e.evidence.text]
    assert not beaten or beaten[0].date.value == "2024-11-02", [(e.evidence.text, e.date)
                                                                for e in r.events]
