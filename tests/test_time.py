"""The time stage: temporal expressions normalised to TIMEX3, and event dates.

Texts are written for these tests. The default publication date is Wednesday 2024-11-20
(conftest.PUBLISHED), so "on Tuesday" in the past tense is 2024-11-19.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from wirecoder.extract.time import date_for, find_timexes
from wirecoder.model import Analysis

JAN2 = datetime(2025, 1, 2, 9, 0, tzinfo=UTC)  # a Thursday, ISO week 2025-W01
LEAP = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)  # the day after 29 February


@pytest.fixture(scope="module")
def run(nlp, make_article):
    def go(text: str, published=...):
        article = make_article(text) if published is ... else make_article(text, published)
        doc = nlp(text)
        found = Analysis(article=article)
        found.timexes = find_timexes(doc, found)
        for t in found.timexes:
            assert text[t.span.start:t.span.end] == t.span.text
        return doc, found
    return go


def one(run, text: str, phrase: str, published=...):
    """The timex whose extent is exactly ``phrase``."""
    _, found = run(text, published)
    hits = [t for t in found.timexes if t.span.text == phrase]
    assert hits, f"no timex {phrase!r} in {[t.span.text for t in found.timexes]}"
    t = hits[0]
    assert t.span.start == text.index(phrase)
    return t


@pytest.mark.parametrize("text,phrase,value", [
    ("The talks opened on 20 Nov. 2024 in Geneva.", "20 Nov. 2024", "2024-11-20"),
    ("The ceasefire began on November 20, 2024, at dawn.", "November 20, 2024", "2024-11-20"),
    ("The order was signed 11/20/2024 by the governor.", "11/20/2024", "2024-11-20"),
    ("The memo is dated 2024-11-20 and marked secret.", "2024-11-20", "2024-11-20"),
    ("The treaty was signed in August 1988 in Tehran.", "August 1988", "1988-08"),
    ("He was born in 1961 in a small village.", "1961", "1961"),
    ("The dam was finished on Friday, Nov. 15, after delays.", "Friday, Nov. 15", "2024-11-15"),
])
def test_time_absolute_dates(run, text, phrase, value):
    t = one(run, text, phrase)
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize("text,phrase,value,mod", [
    ("Fighting intensified in mid-November near the river.", "mid-November", "2024-11", "MID"),
    ("Elections are planned for early 2025, the council said.", "early 2025", "2025", "START"),
    ("The offensive stalled in late September.", "late September", "2024-09", "END"),
    ("The plant will reopen early next year.", "early next year", "2025", "START"),
    ("The strike lasted about six months.", "about six months", "P6M", "APPROX"),
    ("The power was out for more than 48 hours.", "more than 48 hours", "PT48H", "MORE_THAN"),
])
def test_time_mods(run, text, phrase, value, mod):
    t = one(run, text, phrase)
    assert (t.value, t.mod) == (value, mod)


@pytest.mark.parametrize("text,phrase,value", [
    ("The army said it struck the depot on Tuesday.", "Tuesday", "2024-11-19"),
    ("The ministers met on Friday in Vienna.", "Friday", "2024-11-15"),
    ("The ministers will meet on Friday in Vienna.", "Friday", "2024-11-22"),
    ("Rebels attacked the town on Wednesday, officials said.", "Wednesday", "2024-11-20"),
    ("The parliament is expected to vote on Monday.", "Monday", "2024-11-25"),
    ("Police detained six people last Friday.", "last Friday", "2024-11-15"),
    ("The envoy arrives next Tuesday.", "next Tuesday", "2024-11-26"),
])
def test_time_weekdays_by_tense(run, text, phrase, value):
    t = one(run, text, phrase)
    assert (t.type, t.value, t.anchor) == ("DATE", value, "2024-11-20")


@pytest.mark.parametrize("text,phrase,type_,value", [
    ("Two drones were shot down yesterday.", "yesterday", "DATE", "2024-11-19"),
    ("The minister resigned today.", "today", "DATE", "2024-11-20"),
    ("The summit opens tomorrow in Rome.", "tomorrow", "DATE", "2024-11-21"),
    ("The president will speak tonight.", "tonight", "TIME", "2024-11-20TNI"),
    ("Sirens sounded this morning in the capital.", "this morning", "TIME", "2024-11-20TMO"),
    ("Missiles hit the city overnight, the mayor said.", "overnight", "TIME", "2024-11-19TNI"),
    ("Shelling continued last night.", "last night", "TIME", "2024-11-19TNI"),
    ("Guards opened fire on Tuesday night.", "Tuesday night", "TIME", "2024-11-19TNI"),
])
def test_time_deictic_days(run, text, phrase, type_, value):
    t = one(run, text, phrase)
    assert (t.type, t.value) == (type_, value)


@pytest.mark.parametrize("text,phrase,value", [
    ("Exports fell sharply last week.", "last week", "2024-W46"),
    ("Talks resume next month.", "next month", "2024-12"),
    ("Inflation has eased this year.", "this year", "2024"),
    ("The mine closed last year.", "last year", "2023"),
    ("Protesters gathered over the weekend in the square.", "the weekend", "2024-W46-WE"),
    ("The leaders will meet at the weekend.", "the weekend", "2024-W47-WE"),
    ("The leaders will meet over the coming weekend.", "the coming weekend", "2024-W47-WE"),
    ("The leaders will meet this coming weekend.", "this coming weekend", "2024-W47-WE"),
    ("Protests went on over the past weekend.", "the past weekend", "2024-W46-WE"),
    ("The fund was created in the 1990s.", "the 1990s", "199"),
    ("Profit rose in the third quarter.", "the third quarter", "2024-Q3"),
    ("The firm posted a fourth-quarter loss.", "fourth-quarter", "2024-Q4"),
])
def test_time_relative_periods(run, text, phrase, value):
    t = one(run, text, phrase)
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize("text,phrase,value,published", [
    # month and year boundaries: published Thursday 2 January 2025
    ("Exports fell sharply last week.", "last week", "2024-W52", JAN2),
    ("The port was blockaded in December.", "December", "2024-12", JAN2),
    ("The council will vote in December.", "December", "2025-12", JAN2),
    ("The mine closed last year.", "last year", "2024", JAN2),
    ("Prices rose last month.", "last month", "2024-12", JAN2),
    ("The ceasefire collapsed on Monday.", "Monday", "2024-12-30", JAN2),
    # months and seasons without a year, by tense
    ("The rebels took the town in September.", "September", "2024-09", ...),
    ("The rebels will hold elections in September.", "September", "2025-09", ...),
    ("Troops withdrew last summer.", "last summer", "2024-SU", ...),
    ("The rebels will regroup in the spring.", "the spring", "2025-SP", ...),
])
def test_time_boundaries_and_tense(run, text, phrase, value, published):
    t = one(run, text, phrase, published)
    assert t.value == value


@pytest.mark.parametrize("text,phrase,value,published", [
    ("The treaty was ratified yesterday.", "yesterday", "2024-02-29", LEAP),
    ("Two soldiers were wounded on Thursday.", "Thursday", "2024-02-29", LEAP),
    ("The pact was signed on Feb. 29, 2024. A year earlier, talks began.", "A year earlier",
     "2023-02-28", LEAP),
    ("The vote was held on Feb. 29.", "Feb. 29", "2024-02-29", LEAP),
])
def test_time_leap_years(run, text, phrase, value, published):
    assert one(run, text, phrase, published).value == value


def test_time_leap_day_a_year_later(run):
    text = "The pact was signed on Feb. 29, 2024. A year later, it collapsed."
    t = one(run, text, "A year", LEAP)
    assert (t.type, t.value, t.anchor) == ("DURATION", "P1Y", "2024-02-29")
    assert _date(run, text, "collapsed", LEAP).value == "2025-02-28"


@pytest.mark.parametrize("text,phrase,value", [
    ("The launch was detected at 15:57 KST on the east coast.", "15:57 KST",
     "2024-11-20T15:57+09"),
    ("The polls close at 5 p.m. EST.", "5 p.m. EST", "2024-11-20T17:00-05"),
    ("The blast happened at 10:30 a.m. on Tuesday.", "10:30 a.m. on Tuesday",
     "2024-11-19T10:30"),
    ("The statement came at 0900 GMT.", "0900 GMT", "2024-11-20T09:00Z"),
    ("The curfew starts at midnight.", "midnight", "2024-11-20T24:00"),
])
def test_time_clock_and_zones(run, text, phrase, value):
    t = one(run, text, phrase)
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize("text,phrase,value", [
    ("The siege has lasted 1,000 days.", "1,000 days", "P1000D"),
    ("He served three years in prison.", "three years", "P3Y"),
    ("The president began a two-day visit.", "two-day", "P2D"),
    ("The standoff ended after two and a half years.", "two and a half years", "P2Y6M"),
    ("Negotiators talked for 90 minutes.", "90 minutes", "PT90M"),
    ("Output fell in the past three months.", "the past three months", "P3M"),
    ("The war has raged for a decade.", "a decade", "P10Y"),
])
def test_time_durations(run, text, phrase, value):
    t = one(run, text, phrase)
    assert (t.type, t.value) == ("DURATION", value)


@pytest.mark.parametrize("text,phrase,value", [
    ("The convoy crosses the border every day.", "every day", "P1D"),
    ("The council meets weekly.", "weekly", "P1W"),
    ("Inspectors visit twice a month.", "twice a month", "P1M"),
    ("The market opens on Sundays.", "Sundays", "XXXX-WXX-7"),
])
def test_time_sets(run, text, phrase, value):
    t = one(run, text, phrase)
    assert (t.type, t.value) == ("SET", value)


@pytest.mark.parametrize("text,phrase,value", [
    ("The region is now calm, residents say.", "now", "PRESENT_REF"),
    ("The plant is currently closed.", "currently", "PRESENT_REF"),
    ("The group recently changed its leader.", "recently", "PAST_REF"),
    ("Talks may resume in the future.", "the future", "FUTURE_REF"),
])
def test_time_reference_values(run, text, phrase, value):
    assert one(run, text, phrase).value == value


@pytest.mark.parametrize("text", [
    "May I ask a question, the reporter said.",
    "The army sent 2000 troops to the front.",
    "A 6-year-old boy was rescued from the rubble.",
    "The march ended peacefully near the palace.",
    "He read the daily newspaper on the train.",
])
def test_time_no_false_positives(run, text):
    _, found = run(text)
    assert found.timexes == []


@pytest.mark.parametrize("text,phrase,value", [
    ("The rebels took the town in September.", "September", "XXXX-09"),
    ("Two drones were shot down yesterday.", "yesterday", "XXXX-XX-XX"),
    ("The mine closed last year.", "last year", "XXXX"),
])
def test_time_without_publication_underspecified(run, text, phrase, value):
    t = one(run, text, phrase, None)
    assert t.value == value and t.anchor is None


def test_time_precision_is_kept(run):
    # "September" is a month, never a full date
    t = one(run, "Troops withdrew in September.", "September")
    assert t.value == "2024-09"


def test_time_spans_in_full_pipeline(analyze_text):
    from tests.conftest import assert_spans

    text = ("KYIV — Missiles struck the city overnight, officials said on Wednesday.\n\n"
            "The ministers will meet on Friday; the siege has lasted 1,000 days.")
    analysis = analyze_text(text)
    assert {t.span.text for t in analysis.timexes} >= {"overnight", "Wednesday", "Friday",
                                                       "1,000 days"}
    assert_spans(analysis)


# --- date_for ---------------------------------------------------------------------------------

def _date(run, text: str, evidence: str, published=...):
    doc, found = run(text, published)
    start = text.index(evidence)
    return date_for(doc, start, start + len(evidence), found)


def test_time_date_for_governing_timex_not_other_clause(run):
    text = ("The rebels shelled the port on Tuesday, and officials said talks would resume on "
            "Friday.")
    shelled = _date(run, text, "shelled")
    resume = _date(run, text, "resume")
    assert (shelled.value, shelled.how, shelled.precision) == ("2024-11-19", "relative", "day")
    assert shelled.span is not None and shelled.span.text == "Tuesday"
    assert (resume.value, resume.how) == ("2024-11-22", "relative")


def test_time_date_for_explicit(run):
    ref = _date(run, "The treaty was signed on March 3, 2021, in Doha.", "signed")
    assert (ref.value, ref.how, ref.precision) == ("2021-03-03", "explicit", "day")


def test_time_date_for_month_precision(run):
    ref = _date(run, "Troops withdrew from the city in September.", "withdrew")
    assert (ref.value, ref.precision) == ("2024-09", "month")


def test_time_date_for_context_inheritance(run):
    text = "Heavy fighting broke out on Monday near the border. Troops shelled three villages."
    ref = _date(run, text, "shelled")
    assert (ref.value, ref.how) == ("2024-11-18", "context")


def test_time_date_for_publication_fallback(run):
    ref = _date(run, "Troops shelled three villages near the border.", "shelled")
    assert (ref.value, ref.how, ref.span) == ("2024-11-20", "publication", None)


def test_time_date_for_durations_never_date(run):
    ref = _date(run, "The siege of the town lasted three weeks.", "lasted")
    assert ref.how == "publication"


def test_time_date_for_relative_to_other_event(run):
    text = "Two days after the vote on Nov. 5, protesters blocked the main roads."
    ref = _date(run, text, "blocked")
    assert (ref.value, ref.how) == ("2024-11-07", "relative")


def test_time_date_for_context_does_not_cross_paragraphs(run):
    text = "Heavy fighting broke out on Monday.\n\nTroops shelled three villages."
    ref = _date(run, text, "shelled")
    assert ref.how == "publication"


@pytest.mark.parametrize("text,phrase,value,anchor", [
    # "later" is the signal: the duration is marked, told from the date before it
    ("The pact was signed on March 3, 2021. Two days later, it collapsed.", "Two days",
     "P2D", "2021-03-03"),
    ("The ministers met on Tuesday.", "Tuesday", "2024-11-19", "2024-11-20"),
    ("The border opened in March 2019.", "March 2019", "2019-03", None),
])
def test_time_anchor_names_what_was_resolved_against(run, text, phrase, value, anchor):
    t = one(run, text, phrase)
    assert (t.value, t.anchor) == (value, anchor)


def test_time_each_month_is_a_set(run):
    t = one(run, "The festival is held each July in the old town.", "each July")
    assert (t.type, t.value) == ("SET", "XXXX-07")


@pytest.mark.parametrize("text,phrase,value,published", [
    ("Shops will close for Thanksgiving.", "Thanksgiving", "2024-11-28", ...),
    ("Shops reopened after Thanksgiving.", "Thanksgiving", "2023-11-23",
     datetime(2024, 1, 10, tzinfo=UTC)),
    ("The truce held over Christmas.", "Christmas", "2024-12-25", JAN2),
    ("Pilgrims gathered on Easter Sunday, 2024.", "Easter Sunday, 2024", "2024-03-31", ...),
    ("Voters go to the polls on Election Day.", "Election Day", "2024-11-05", ...),
])
def test_time_holidays(run, text, phrase, value, published):
    assert one(run, text, phrase, published).value == value


def test_time_and_a_half(run):
    t = one(run, "The hearing lasted a minute and a half.", "a minute and a half")
    assert t.value == "PT1M30S"


def test_time_date_for_evidence_across_sentences(run):
    ref = _date(run, "Shelling resumed. On Monday more attacks followed.",
                "Shelling resumed. On Monday more attacks followed.")
    assert (ref.value, ref.how) == ("2024-11-18", "relative")


def test_time_empty_text(run):
    doc, found = run("")
    assert found.timexes == []
    assert date_for(doc, 0, 0, found).how == "publication"


def test_time_ignores_dates_in_urls(run):
    _, found = run("Source: https://wire.example/world/2024/11/19/strike-report on Tuesday.")
    assert [t.span.text for t in found.timexes] == ["Tuesday"]


@pytest.mark.parametrize("text,phrase,value", [
    # spaCy's NER as a recall aid: it reads these as dates where the grammar's context check
    # alone would refuse them
    ("Nineteen ninety-six was a hard year for the farmers.", "Nineteen ninety-six", "1996"),
    ("Officers said May was the wettest month.", "May", "2024-05"),
])
def test_time_spacy_entities_aid_recall(run, text, phrase, value):
    assert one(run, text, phrase).value == value


@pytest.mark.parametrize("text,phrase,value", [
    # a plan told in the past perfect is over; "is to" plans ahead; a modal perfect looks back
    ("The offer had been due to expire on Friday.", "Friday", "2024-11-15"),
    ("The offer had been scheduled to expire on Monday.", "Monday", "2024-11-18"),
    ("Shares in the firm are to resume trading on Tuesday.", "Tuesday", "2024-11-26"),
    ("The outage may have been caused by a storm on Monday.", "Monday", "2024-11-18"),
])
def test_time_weekday_tense_of_plans(run, text, phrase, value):
    assert one(run, text, phrase).value == value


@pytest.mark.parametrize("text,phrase,value", [
    # past tense reaches back up to nine months for a day, ten for a month
    ("The merger closed on Feb. 10, the filing showed.", "Feb. 10", "2024-02-10"),
    ("Revenue for the year ended March 31 fell.", "March 31", "2024-03-31"),
    ("The rebels seized the airport in January.", "January", "2024-01"),
    # ... and a month or two ahead for deadlines told in the past
    ("The regulator gave the bank until mid-December to respond.", "mid-December", "2024-12"),
    ("The regulator gave the bank until Dec. 15 to respond.", "Dec. 15", "2024-12-15"),
    # plans point ahead
    ("The two sides will sign the accord on Oct. 1.", "Oct. 1", "2025-10-01"),
    ("Prices peaked in March, from a low in June.", "March", "2024-03"),
])
def test_time_year_of_month_by_tense(run, text, phrase, value):
    assert one(run, text, phrase).value == value


@pytest.mark.parametrize("text,phrase,value", [
    # a sentence about the year to date compares years, not the quarter reported on
    ("Profit rose in the third quarter. For the nine months, net fell from a year earlier.",
     "a year earlier", "2023"),
    ("Sales rose in the third quarter. In the first half, sales fell from a year ago.",
     "a year ago", "2023"),
    ("Sales rose in the third quarter. For the nine months, net was $5 million, against "
     "$3 million in the 2023 period.", "the 2023 period", "2023"),
    # ... while the next sentence about the quarter goes back to it
    ("Profit rose in the third quarter. For the nine months, net fell. Sales rose from a year "
     "earlier.", "a year earlier", "2023-Q3"),
    # "last year" as the baseline of a figure told for the quarter
    ("In the latest quarter, the unit lost $2 million, compared with a profit of $3 million "
     "last year.", "last year", "2023-Q3"),
    ("Sales in the third quarter were $9 million, up from last year's $7 million.",
     "last year", "2023-Q3"),
    # ... but not a year told for itself in a results story
    ("Profit rose in the third quarter. The mine closed last year.", "last year", "2023"),
])
def test_time_compared_periods_in_a_results_story(run, text, phrase, value):
    assert one(run, text, phrase).value == value


def test_time_forecast_quarter_is_no_reference(run):
    # a quarter still ahead is a forecast: the comparison is with the quarter reported on
    text = ("Profit fell in the third quarter. Analysts expect the slump to last through the "
            "second quarter of 2025. In the year-ago period, the firm earned $4 million.")
    assert one(run, text, "the year-ago period").value == "2023-Q3"


@pytest.mark.parametrize("text,phrase,value,published", [
    # the month just gone is "last month": "last October" told in November is a year back
    ("The plant closed last October.", "last October", "2023-10", ...),
    ("The plant closed last March.", "last March", "2024-03", ...),
    ("The plant closed last December.", "last December", "2023-12", JAN2),
    # "since" puts a date before publication whatever the verb's tense
    ("Police have been hunting him since the Dec. 23 shooting.", "Dec. 23", "2023-12-23",
     ...),
    ("Police are searching for him since shortly after the Dec. 23 attack.", "Dec. 23",
     "2023-12-23", ...),
    ("Rebels have held the town since May.", "May", "2024-05", ...),
])
def test_time_past_months_by_signal(run, text, phrase, value, published):
    assert one(run, text, phrase, published).value == value


@pytest.mark.parametrize("text,phrase,type_,value", [
    # a results story compares quarters: "a year ago" is the quarter reported, a year before
    ("Profit rose in the third quarter from a year ago.", "a year ago", "DATE", "2023-Q3"),
    ("Profit rose in the third quarter. A year earlier, it fell. A year earlier, it rose.",
     "A year earlier", "DATE", "2023-Q3"),
    ("Sales rose in the third quarter from the year-ago quarter.", "the year-ago quarter",
     "DATE", "2023-Q3"),
    ("Sales rose in the quarter ended Sept. 30 from the year-earlier period.",
     "the year-earlier period", "DATE", "2023-Q3"),
    ("Sales rose in the third quarter, against the year-earlier third quarter.",
     "the year-earlier third quarter", "DATE", "2023-Q3"),
    ("Sales rose in the second quarter, against $5 million in the 2023 period.",
     "the 2023 period", "DATE", "2023-Q2"),
    ("The mine closed two years ago.", "two years ago", "DATE", "2022"),
    # "the year ended March 31" is a twelve-month period, "recent weeks" a stretch up to now
    ("Revenue for the year ended March 31 fell.", "the year", "DURATION", "P1Y"),
    ("Prices have risen in recent weeks.", "recent weeks", "DURATION", "PXW"),
])
def test_time_compared_periods(run, text, phrase, type_, value):
    t = one(run, text, phrase)
    assert (t.type, t.value) == (type_, value)


@pytest.mark.parametrize("text,phrase,value,mod", [
    # "over the" is a preposition, left out of the extent; "over 20 years" is a modifier
    ("Prices doubled over the past two years.", "the past two years", "P2Y", None),
    ("Output will grow over the next 14 months.", "the next 14 months", "P14M", None),
    ("The bonds mature over a three-year period.", "a three-year period", "P3Y", None),
    ("The feud has lasted over 20 years.", "over 20 years", "P20Y", "MORE_THAN"),
    ("Rates will stay high for the next two years or so.", "the next two years or so", "P2Y",
     "APPROX"),
])
def test_time_duration_extents(run, text, phrase, value, mod):
    t = one(run, text, phrase)
    assert (t.type, t.value, t.mod) == ("DURATION", value, mod)


def test_time_date_for_skips_dates_of_subordinate_clauses(run):
    text = ("Troops arrived in the region, where rebels have held ground since an incursion in "
            "August, the army said.")
    main = _date(run, text, "Troops arrived in the region, where rebels have held ground since "
                            "an incursion in August")
    held = _date(run, text, "rebels have held ground since an incursion in August")
    assert main.value != "2024-08"
    assert (held.value, held.how) == ("2024-08", "relative")


def test_time_date_for_noun_modifier_is_its_own_event(run):
    text = "Officials said the accord, signed on Tuesday, was fragile."
    ref = _date(run, text, "the accord, signed on Tuesday")
    assert (ref.value, ref.how) == ("2024-11-19", "relative")




@pytest.mark.parametrize("text,phrase,value,anchor,published", [
    # a syndicated copy keeps the wire's dateline: "overnight" is the night before it
    ("Arsenal hit\n\nKYIV, Nov 19 (Wire) - Missiles hit a depot overnight, officials said.",
     "overnight", "2024-11-18TNI", "2024-11-19", datetime(2024, 11, 20, 1, 42)),
    ("KYIV, Nov. 19 — Officials said on Tuesday that missiles hit a depot.", "Tuesday",
     "2024-11-19", "2024-11-19", datetime(2024, 11, 20, 1, 42)),
    # a dateline far from publication is a story's date, not the day it was written
    ("KYIV, Nov 1 (Wire) - Missiles hit a depot overnight.", "overnight", "2024-11-19TNI",
     "2024-11-20", ...),
])
def test_time_dateline_is_the_reference_day(run, text, phrase, value, anchor, published):
    t = one(run, text, phrase, published)
    assert (t.value, t.anchor) == (value, anchor)


@pytest.mark.parametrize("text,phrase,type_,value", [
    ("Sales slowed in the last half of 2023.", "the last half of 2023", "DATE", "2023-H2"),
    ("Rates climbed in the last half of the '80s.", "the last half of the '80s", "DATE", "198"),
    ("The river froze in the winter of nineteen ninety-four.",
     "the winter of nineteen ninety-four", "DATE", "1994-WI"),
    ("The talks took a couple of years.", "a couple of years", "DURATION", "P2Y"),
    ("The fire burned for a few minutes.", "a few minutes", "DURATION", "PTXM"),
])
def test_time_halves_seasons_vague_counts(run, text, phrase, type_, value):
    t = one(run, text, phrase)
    assert (t.type, t.value) == (type_, value)


@pytest.mark.parametrize("text,phrase,value,mod", [
    ("The plant should reopen by year-end.", "year-end", "2024", "END"),
    ("Debt will fall by the year's end.", "the year's end", "2024", "END"),
    ("Sales rose in the third quarter; in the latest period costs fell.", "the latest period",
     "2024-Q3", None),
    ("Shares fell 3% during the week.", "the week", "2024-W47", None),
])
def test_time_period_words(run, text, phrase, value, mod):
    t = one(run, text, phrase)
    assert (t.type, t.value, t.mod) == ("DATE", value, mod)


def test_time_year_end_results_is_not_a_date(run):
    _, found = run("The bank posted its year-end results.")
    assert not [t for t in found.timexes if "year" in t.span.text]


@pytest.mark.parametrize("text,phrase,value", [
    # a bare clock time belongs to the day last told, when that day is near publication
    ("Rebels attacked on Monday. The first shells fell at 10:35 a.m.", "10:35 a.m.",
     "2024-11-18T10:35"),
    ("The talks opened on Thursday and stalled by noon.", "noon", "2024-11-14T12:00"),
    ("The storm hit on Tuesday. Roofs fell at 4 in the morning.", "4 in the morning",
     "2024-11-19T04:00"),
    # ... else publication
    ("The polls closed at 9 p.m.", "9 p.m.", "2024-11-20T21:00"),
    ("The war began on June 22, 1941. The first bombs fell at 4 a.m.", "4 a.m.",
     "2024-11-20T04:00"),
])
def test_time_clock_takes_the_day_last_told(run, text, phrase, value):
    assert one(run, text, phrase).value == value


@pytest.mark.parametrize("text,phrase,type_,value", [
    # a rate after a count is a SET; an ordinal "a second" is no duration
    ("The firm saves $500 million a year in costs.", "a year", "SET", "P1Y"),
    ("Officers ran hundreds of interviews a day.", "a day", "SET", "P1D"),
    ("The line has four flights a week.", "a week", "SET", "P1W"),
    ("Prices fell 3 percent. A year later, they rose.", "A year", "DURATION", "P1Y"),
    ("They gave the envoy a week to leave.", "a week", "DURATION", "P1W"),
])
def test_time_rates_are_sets(run, text, phrase, type_, value):
    t = one(run, text, phrase)
    assert (t.type, t.value) == (type_, value)


@pytest.mark.parametrize("text", ["A second group of directors resigned.",
                                  "It would be a second betrayal, she said."])
def test_time_a_second_before_a_noun_is_an_ordinal(run, text):
    _, found = run(text)
    assert not found.timexes


def test_time_date_for_that_clause_dates_only_itself(run):
    text = ("Commanders expect the units to be used in raids to retake villages that the army "
            "captured in August. The units could be deployed in small groups.")
    retake = _date(run, text, "to retake villages that the army captured in August")
    later = _date(run, text, "The units could be deployed in small groups")
    assert retake.value != "2024-08"
    assert (later.value, later.how) == ("2024-11-20", "publication")


def test_time_date_for_context_from_a_participle_after_its_noun(run):
    text = "The decree, signed on Tuesday, widens the rules. It came after strikes on the city."
    ref = _date(run, text, "It came after strikes on the city")
    assert (ref.value, ref.how) == ("2024-11-19", "context")


def test_time_date_for_event_a_day_before_the_main_clause(run):
    text = "Kyiv condemned the decree on Wednesday, a day after the president signed it."
    ref = _date(run, text, "a day after the president signed it")
    assert (ref.value, ref.how) == ("2024-11-19", "relative")
    main = _date(run, text, "Kyiv condemned the decree on Wednesday")
    assert main.value == "2024-11-20"


def test_time_date_for_after_clause_is_not_the_main_clause_day(run):
    text = "The ministry protested on Wednesday after troops shelled the port."
    ref = _date(run, text, "after troops shelled the port")
    assert ref.how == "publication"


def test_time_by_the_week_is_a_rate(run):
    _, found = run("Our worry grows by the week, and by the year.")
    assert not found.timexes


def test_time_date_for_without_publication_uses_the_dateline(run):
    text = "KYIV, Nov. 21 — Drones struck a depot, officials said."
    ref = _date(run, text, "Drones struck a depot", None)
    assert (ref.value, ref.how) == ("XXXX-11-21", "publication")
    ref = _date(run, "Drones struck a depot, officials said.", "Drones struck a depot", None)
    assert (ref.value, ref.how) == ("XXXX-XX-XX", "publication")


@pytest.mark.parametrize("text,phrase,value,published", [
    # three weeks into a quarter, the quarter expected to earn is the one just ended
    ("Analysts expect the firm to earn 35 cents for the quarter.", "the quarter", "2024-Q3",
     datetime(2024, 10, 22, tzinfo=UTC)),
    # late in a quarter, a forecast is about the current one
    ("Analysts expect the firm to earn 35 cents for the quarter.", "the quarter", "2024-Q4",
     datetime(2024, 11, 28, tzinfo=UTC)),
])
def test_time_the_quarter_in_results_season(run, text, phrase, value, published):
    assert one(run, text, phrase, published).value == value


@pytest.mark.parametrize("text,phrase,value", [
    # plans and deadlines told in the past point ahead
    ("The prosecutor scheduled a news conference Thursday.", "Thursday", "2024-11-21"),
    ("Officials postponed any decision until Tuesday morning.", "Tuesday morning",
     "2024-11-26TMO"),
    ("The agency extended its deadline until Friday.", "Friday", "2024-11-22"),
    ("The court gave the family until Monday to reply.", "Monday", "2024-11-25"),
    # ... but not in the past perfect, nor other verbs with "until"
    ("Until Monday, officials had described him as a witness.", "Monday", "2024-11-18"),
    ("The curfew lasted until Monday.", "Monday", "2024-11-18"),
    ("Job figures for October extended a surge in hiring.", "October", "2024-10"),
])
def test_time_plans_told_in_the_past_point_ahead(run, text, phrase, value):
    assert one(run, text, phrase).value == value


@pytest.mark.parametrize("text,phrase,value,mod", [
    ("Earlier this month, the rebels took the airport.", "Earlier this month", "2024-11", None),
    ("Late last week, the talks stalled.", "Late last week", "2024-W46", "END"),
    ("Early next year the plant will reopen.", "Early next year", "2025", "START"),
])
def test_time_position_words_at_sentence_start(run, text, phrase, value, mod):
    t = one(run, text, phrase)
    assert (t.value, t.mod) == (value, mod)


@pytest.mark.parametrize("text,phrase,value", [
    ("Profit rose in the third quarter from the corresponding period last year.",
     "the corresponding period last year", "2023-Q3"),
    ("Profit rose in the third quarter, against a loss in the quarter a year ago.",
     "the quarter a year ago", "2023-Q3"),
])
def test_time_period_a_year_ago(run, text, phrase, value):
    assert one(run, text, phrase).value == value


def test_time_period_last_year_without_a_quarter(run):
    t = one(run, "Costs were lower than in the same period last year.", "last year")
    assert t.value == "2023"


@pytest.mark.parametrize("text", [
    'The minister, speaking on the "This Week" programme, said nothing new.',
    "The interview was broadcast on VOA Today and repeated later.",
    "Thousands joined the annual March for Life in the capital.",
    "For the people of the region, high noon has arrived.",
    "Agents seized the boy in a pre-dawn raid.",
])
def test_time_names_and_idioms_are_not_times(run, text):
    _, found = run(text)
    assert not found.timexes, [t.span.text for t in found.timexes]


@pytest.mark.parametrize("text,phrase,value", [
    ('"Today, we have our suspect," the prosecutor said.', "Today", "2024-11-20"),
    ("Talks Resume This Week", "This Week", "2024-W47"),
    ("The march began at noon.", "noon", "2024-11-20T12:00"),
    ("Rebels attacked in March.", "March", "2024-03"),
])
def test_time_title_case_rule_keeps_real_times(run, text, phrase, value):
    assert one(run, text, phrase).value == value


def test_time_bare_infinitive_root_has_no_tense_loop(run):
    # A root "VB" with no auxiliary is its own head: the tense lookup must stop there.
    _, found = run("Read the report on Tuesday.")
    assert [t.span.text for t in found.timexes] == ["Tuesday"]


# --- event dates the linking evaluation showed wrong -------------------------------------------

MON = datetime(2024, 11, 25, 12, 0, tzinfo=UTC)  # a Monday, after the weekend of 2024-W47


def test_time_date_for_until_horizon_of_another_clause_never_dates(run):
    text = ("Hundreds of farmers marched through Sofia on Tuesday evening after the minister "
            "said subsidies would be frozen until 2029.")
    whole = _date(run, text, text)
    assert (whole.value, whole.span.text) == ("2024-11-19TEV", "Tuesday evening")
    march = _date(run, "Hundreds of farmers marched through Sofia after the minister said "
                       "subsidies would be frozen until 2029.", "Hundreds of farmers marched")
    assert (march.value, march.how) == ("2024-11-20", "publication")


def test_time_date_for_future_clause_date_does_not_date_a_past_saying(run):
    text = "Negotiators said on Tuesday the delegations would meet again next week."
    said = _date(run, text, "said")
    assert (said.value, said.span.text) == ("2024-11-19", "Tuesday")
    meet = _date(run, text, "the delegations would meet again next week")
    assert meet.value == "2024-W48"


def test_time_date_for_main_verb_date_beats_a_later_one_in_the_evidence(run):
    text = "The ministry vowed on Monday to punish the sabotage of a rail depot over the weekend."
    ref = _date(run, text, text, MON)
    assert (ref.value, ref.span.text) == ("2024-11-25", "Monday")


@pytest.mark.parametrize("text,phrase", [
    # a reaction verb's object happened before the telling: the weekend just gone
    ("The ministry vowed on Monday to punish the sabotage of a rail depot over the weekend.",
     "the weekend"),
    ("Minsk warned it would retaliate for the raid on a fuel depot over the weekend.",
     "the weekend"),
    ("Dock workers walked off the job over the weekend, the union said.", "the weekend"),
])
def test_time_weekend_of_a_past_event_is_the_one_gone(run, text, phrase):
    assert one(run, text, phrase, MON).value == "2024-W47-WE"


def test_time_weekend_of_a_plan_is_the_coming_one(run):
    t = one(run, "Dock workers will walk off the job over the weekend.", "the weekend", MON)
    assert t.value == "2024-W48-WE"


@pytest.mark.parametrize("text,phrase,value", [
    ("Talks are set to resume after the clashes on Saturday.", "Saturday", "2024-11-23"),
    ("Crowds are expected to rally again after a big protest on Saturday.", "Saturday",
     "2024-11-23"),
    ("Officials expect the toll from Saturday's landslide to rise.", "Saturday", "2024-11-23"),
    ("Divers are still searching for survivors of the ferry accident on Saturday.", "Saturday",
     "2024-11-23"),
    ("A tanker caught fire in the strait on Saturday, the coastguard says.", "Saturday",
     "2024-11-23"),
    ("Farmers plan to block the ring road on Saturday.", "Saturday", "2024-11-30"),
])
def test_time_saturday_told_on_a_monday(run, text, phrase, value):
    assert one(run, text, phrase, MON).value == value


def test_time_date_for_days_after_another_event_with_its_trigger(run):
    text = ("Rebels took a bridge near Bunia on Sunday, officials said, three days after a raid "
            "on a police post killed four officers.")
    doc, found = run(text, MON)
    trigger = text.index("killed")
    ref = date_for(doc, 0, len(text), found, trigger=trigger)
    assert (ref.value, ref.how, ref.span.text) == ("2024-11-21", "relative", "three days")
    took = date_for(doc, 0, len(text), found, trigger=text.index("took"))
    assert took.value == "2024-11-24"


@pytest.mark.parametrize("text,value", [
    ("The governor said militias had burned 30 homes in the province over the past week.",
     "2024-W46"),
    ("Militias burned 30 homes in the province in the last five days.", "2024-W47"),
    ("Militias burned 30 homes in the province over the past month.", "2024-11"),
    ("Prices of bread have doubled over the past year.", "2024"),
])
def test_time_date_for_period_ending_now_has_its_own_precision(run, text, value):
    start = text.index("ilitias") - 1 if "ilitias" in text else 0
    ref = _date(run, text, text[start:].rstrip("."))
    assert (ref.value, ref.how) == (value, "relative")
    assert ref.precision != "day"


def test_time_date_for_period_of_something_else_is_not_now(run):
    text = "Turnout fell in the last five days of the campaign."
    assert _date(run, text, text).how == "publication"


@pytest.mark.parametrize("since", ["since January", "since last month", "since 2023"])
def test_time_date_for_since_runs_up_to_publication(run, since):
    text = f"Militias have burned 30 homes in the province {since}, the governor said."
    ref = _date(run, text, f"Militias have burned 30 homes in the province {since}")
    assert (ref.value, ref.how, ref.precision) == ("2024-11-20", "relative", "day")


def test_time_date_for_since_is_no_context_for_the_next_sentence(run):
    text = "Fighting has raged around the dam since August. Engineers inspected the gates."
    ref = _date(run, text, "Engineers inspected the gates")
    assert ref.how == "publication"


@pytest.mark.parametrize("text,phrase,value,day", [
    ("A car bomb exploded near the market shortly before midnight, police said.", "midnight",
     "2024-11-24T24:00", "2024-11-24"),
    ("A car bomb exploded near the market shortly after midnight, police said.", "midnight",
     "2024-11-24T24:00", "2024-11-25"),
    ("A car bomb exploded near the market shortly before midnight on Saturday.",
     "midnight on Saturday", "2024-11-23T24:00", "2024-11-23"),
    ("A car bomb exploded near the market just after midnight on Sunday.",
     "midnight on Sunday", "2024-11-23T24:00", "2024-11-24"),
])
def test_time_midnight_told_in_the_past(run, text, phrase, value, day):
    assert one(run, text, phrase, MON).value == value
    ref = _date(run, text, "A car bomb exploded", MON)
    assert ref.value[:10] == day


def test_time_date_for_participle_is_not_dated_by_a_later_plan(run):
    text = "Officials said the soldiers guarding the dam will be withdrawn next month."
    doc, found = run(text)
    start = text.index("the soldiers")
    ref = date_for(doc, start, text.index(" will"), found, trigger=text.index("guarding"))
    assert ref.how == "publication"
    plan = _date(run, text, "the soldiers guarding the dam will be withdrawn next month")
    assert (plan.value, plan.how) == ("2024-12", "relative")


def test_time_date_for_since_of_a_record_is_no_date(run):
    text = "It was the deadliest raid on the valley since March, the mayor said."
    ref = _date(run, text, "It was the deadliest raid on the valley since March")
    assert (ref.how, ref.span) == ("publication", None)


@pytest.mark.parametrize("phrase", ["over the past week", "since January"])
def test_time_date_for_period_dates_only_its_own_clause(run, phrase):
    text = f"On Tuesday the governor said militias had burned 30 homes {phrase}."
    said = _date(run, text, "said")
    assert (said.value, said.span.text) == ("2024-11-19", "Tuesday")
    text = f"The governor said militias had burned 30 homes {phrase}."
    assert _date(run, text, "said").how == "publication"


# --- event dates as an analyst reads them -----------------------------------------------------
# Each case: the sentence, the event's word, the date a reader gives it, the publication time.
AT_WED = datetime(2024, 11, 20, 12, 0, tzinfo=UTC)
AT_MON = datetime(2024, 11, 18, 12, 0, tzinfo=UTC)
AT_SUN = datetime(2024, 11, 24, 12, 0, tzinfo=UTC)
AT_THU = datetime(2024, 11, 21, 12, 0, tzinfo=UTC)
AT_TUE19 = datetime(2024, 11, 19, 9, 0, tzinfo=UTC)
AT_EARLY20 = datetime(2024, 11, 20, 1, 0, tzinfo=UTC)  # filed late on the 19th, dateline 19


def _event_date(run, text: str, word: str, published):
    doc, found = run(text, published)
    start = text.index(word)
    return date_for(doc, start, start + len(word), found, trigger=start)


@pytest.mark.parametrize("text,word,value,published", [
    ("Gunmen stormed the village on Saturday, killing 12 people.", "stormed", "2024-11-16", AT_MON),
    ("The ministers will meet on Friday to discuss the truce.", "meet", "2024-11-22", AT_MON),
    ("The strike on Tuesday killed four soldiers.", "killed", "2024-11-19", AT_WED),
    ("Protesters marched through the capital last month.", "marched", "2024-10", AT_WED),
    ("The army launched the offensive earlier this year.", "launched", "2024", AT_WED),
    ("The militia seized the airport on the night of Nov. 17.", "seized", "2024-11-17TNI", AT_WED),
    ("Explosions shook Kyiv in the early hours of Sunday.", "shook", "2024-11-17", AT_MON),
    ("Two days after the Nov. 5 election, crowds gathered outside parliament.",
     "gathered", "2024-11-07", AT_WED),
    ("Rebels shelled the town on Monday. The next day, they withdrew.",
     "withdrew", "2024-11-19", AT_WED),
    ("KYIV, Nov 19 (Wire) - Russia launched a massive drone attack overnight, officials said.",
     "launched", "2024-11-18TNI", AT_EARLY20),
    ('"We were attacked on Sunday," the mayor said on Tuesday.', "attacked", "2024-11-17",
     AT_WED),
    ('"We were attacked on Sunday," the mayor said on Tuesday.', "said", "2024-11-19", AT_WED),
    ("The mayor said on Tuesday that the bridge had been blown up on Sunday.",
     "blown", "2024-11-17", AT_WED),
    ("The mayor said on Tuesday that the bridge had been blown up on Sunday.",
     "said", "2024-11-19", AT_WED),
    ("Last week's flood destroyed 300 homes.", "destroyed", "2024-W46", AT_WED),
    ("A car bomb exploded outside the ministry on Thursday.", "exploded", "2024-11-14", AT_MON),
    ("The government announced on Monday that elections will be held in March.",
     "announced", "2024-11-18", AT_WED),
    ("The government announced on Monday that elections will be held in March.",
     "held", "2025-03", AT_WED),
    ("The ceasefire collapsed on Saturday, a day after it took effect.",
     "collapsed", "2024-11-16", AT_MON),
    ("The ceasefire collapsed on Saturday, a day after it took effect.",
     "took", "2024-11-15", AT_MON),
    ("Troops withdrew from the town late on Friday.", "withdrew", "2024-11-15TNI", AT_WED),
    ("Fighting resumed on Sunday morning.", "resumed", "2024-11-17TMO", AT_MON),
    ("The hostages were freed on Christmas Day.", "freed", "2024-12-25", JAN2),
    ("Parliament will vote next Tuesday.", "vote", "2024-11-26", AT_WED),
    ("The summit ended on Sunday.", "ended", "2024-11-24", AT_SUN),
    ("Earlier this month, the rebels captured two villages.", "captured", "2024-11", AT_WED),
    ("In the early hours of Sunday, drones struck an oil depot.", "struck", "2024-11-17", AT_MON),
    ("The bridge was destroyed in 2022 and rebuilt last year.", "destroyed", "2022", AT_WED),
    ("The bridge was destroyed in 2022 and rebuilt last year.", "rebuilt", "2023", AT_WED),
    ("A week after the bombing on Nov. 10, the city reopened its schools.",
     "reopened", "2024-11-17", AT_WED),
    ("The talks, which began on Monday, collapsed on Wednesday.", "began", "2024-11-18", AT_THU),
    ("The talks, which began on Monday, collapsed on Wednesday.",
     "collapsed", "2024-11-20", AT_THU),
    ("Earlier on Tuesday, a drone hit a school.", "hit", "2024-11-19", AT_WED),
    ("The plane crashed shortly after midnight on Sunday.", "crashed", "2024-11-17T00:00", AT_MON),
    ("Yesterday's attack killed five police officers.", "killed", "2024-11-19", AT_WED),
    ("The refinery has been burning since Saturday.", "burning", "2024-11-18", AT_MON),
    ("The general, who was appointed in March, resigned on Friday.",
     "resigned", "2024-11-15", AT_WED),
    ("The general, who was appointed in March, resigned on Friday.",
     "appointed", "2024-03", AT_WED),
    ("BEIRUT, Nov. 19 (Wire) - Israeli jets struck southern Beirut on Tuesday, the army said.",
     "struck", "2024-11-19", AT_EARLY20),
    ("LONDON, Nov. 18 (Wire) - The minister resigned on Sunday.",
     "resigned", "2024-11-17", AT_TUE19),
    ("Last Friday's explosion killed two guards.", "killed", "2024-11-15", AT_MON),
    ("Three days ago, gunmen attacked a convoy.", "attacked", "2024-11-17", AT_WED),
    ("The fire started on Friday night and was put out on Saturday.",
     "started", "2024-11-15TNI", AT_MON),
    ("The fire started on Friday night and was put out on Saturday.", "put", "2024-11-16", AT_MON),
    ("The vote will take place in two weeks.", "take", "2024-W49", AT_WED),
    ("He was shot dead on the 12th, police said.", "shot", "2024-11-12", AT_WED),
    ("The army said on Sunday it had killed 20 militants the day before.",
     "killed", "2024-11-16", AT_MON),
    ("The army said on Sunday it had killed 20 militants a day earlier.",
     "killed", "2024-11-16", AT_MON),
    ("Late last month, the rebels blew up a bridge.", "blew", "2024-10", AT_WED),
    ("The strike, the third this week, hit a power plant on Monday.", "hit", "2024-11-18", AT_WED),
    ("The talks will resume on Monday, a week after they broke down.",
     "broke", "2024-11-18", AT_THU),
    ("The blast on Tuesday night killed three.", "killed", "2024-11-19TNI", AT_WED),
    ("At dawn on Saturday, troops crossed the river.", "crossed", "2024-11-16TMO", AT_MON),
    ("Troops crossed the river on Saturday. On Sunday, they reached the city.",
     "reached", "2024-11-17", AT_MON),
    ("The election is due on Dec. 8, two weeks after the campaign closes.",
     "closes", "2024-11-24", AT_WED),
    ("The attack came two days before the summit on Friday.", "came", "2024-11-13", AT_WED),
    ("On Tuesday, a day after the army entered the town, rebels fled.",
     "entered", "2024-11-18", AT_WED),
    ("On Tuesday, a day after the army entered the town, rebels fled.",
     "fled", "2024-11-19", AT_WED),
    ("The strike hit the depot last Tuesday.", "hit", "2024-11-12", AT_TUE19),
    ("The referendum takes place this Sunday.", "takes", "2024-11-24", AT_WED),
    ("The protests began in late October and peaked last weekend.",
     "peaked", "2024-W46-WE", AT_WED),
    ("Elections were held on Sept. 29, two months after the coup.", "coup", "2024-07", AT_WED),
    ("The minister, speaking on Thursday, said the raid happened a week ago.",
     "happened", "2024-11-11", AT_MON),
    ('"Today we buried our children," the mayor said.', "buried", "2024-11-20", AT_WED),
    ("The bodies were found on Sunday, three days after the men went missing.",
     "went", "2024-11-14", AT_MON),
    ("Police said the suspect, arrested on Friday, would appear in court on Monday.",
     "arrested", "2024-11-22", AT_SUN),
    ("Police said the suspect, arrested on Friday, would appear in court on Monday.",
     "appear", "2024-11-25", AT_SUN),
    ("The curfew was lifted on Thursday. Hours later, gunmen opened fire on a market.",
     "opened", "2024-11-14", AT_MON),
    ("Heavy rain fell on Saturday night and into Sunday.", "fell", "2024-11-16TNI", AT_MON),
])
def test_time_event_dates_as_a_reader_gives_them(run, text, word, value, published):
    assert _event_date(run, text, word, published).value == value


def test_time_event_date_from_a_dateline_story_names_the_body_date(run):
    # the dateline day anchors "overnight" but never dates the event itself
    text = "KYIV, Nov 19 (Wire) - Russia launched a massive drone attack overnight, officials said."
    ref = _event_date(run, text, "launched", AT_EARLY20)
    assert (ref.value, ref.span.text) == ("2024-11-18TNI", "overnight")


def test_time_clock_words_resolved_from_a_weekday_are_relative(run):
    ref = _event_date(run, "At dawn on Saturday, troops crossed the river.", "crossed", AT_MON)
    assert (ref.value, ref.how) == ("2024-11-16TMO", "relative")


@pytest.mark.parametrize("text,phrase,type_,value,published", [
    ("The army said on Sunday it had killed 20 militants the day before.", "the day before",
     "DATE", "2024-11-16", AT_MON),
    ("The convoy left on Friday and was ambushed the night after.", "the night after", "TIME",
     "2024-11-16TNI", AT_MON),
    ("He was shot dead on the 12th, police said.", "the 12th", "DATE", "2024-11-12", AT_WED),
    ("The council will meet on the 3rd.", "the 3rd", "DATE", "2024-12-03", AT_WED),
])
def test_time_units_next_to_a_told_date(run, text, phrase, type_, value, published):
    t = one(run, text, phrase, published)
    assert (t.type, t.value) == (type_, value)


@pytest.mark.parametrize("text,phrase", [
    ("Sales were $3 million, against $2 million the year before.", "the year before"),
    ("The fire spread to the 12th floor.", "the 12th"),
    ("He returned on the 12th of May.", "the 12th"),
    ("Talks broke down the day before the vote.", "the day before"),
])
def test_time_units_next_to_a_told_date_not_taken(run, text, phrase):
    _, found = run(text)
    assert phrase not in [t.span.text for t in found.timexes]


AT_JAN6 = datetime(2025, 1, 6, 12, 0, tzinfo=UTC)  # a Monday, the first full week of 2025
AT_FRI = datetime(2024, 11, 22, 12, 0, tzinfo=UTC)


# A regression guard: every case passed on the code before this session's event-date rules
# (983eed9); they pin the analyst's reading across week and year boundaries.
@pytest.mark.parametrize("text,word,value,published", [
    # across a week boundary: told on a Monday, Sunday is yesterday, or six days ahead
    ("Rebels attacked a checkpoint on Sunday.", "attacked", "2024-11-17", AT_MON),
    ("Rebels will attack on Sunday, the commander warned.", "attack", "2024-11-24", AT_MON),
    ('"We will strike again on Friday," the commander said on Sunday.', "strike", "2024-11-22",
     AT_MON),
    ("Clashes erupted over the weekend in the north.", "erupted", "2024-W46-WE", AT_MON),
    # across a year boundary
    ("Prices rose sharply last month, the bureau said.", "rose", "2024-12", AT_JAN6),
    ("Troops entered the town on Dec. 30.", "entered", "2024-12-30", AT_JAN6),
    ("Voting will take place in March.", "take", "2025-03", AT_JAN6),
    ("The dam burst in October, flooding 40 villages.", "burst", "2024-10", AT_JAN6),
    # two events, two dates, in one sentence
    ("Two soldiers were killed on Saturday night, the army said on Sunday.", "killed",
     "2024-11-16TNI", AT_MON),
    ("Two soldiers were killed on Saturday night, the army said on Sunday.", "said",
     "2024-11-17", AT_MON),
    ("The attack, which took place on Sunday, was claimed by the group on Monday.", "claimed",
     "2024-11-18", AT_WED),
    ("The two sides agreed a truce on Tuesday that will take effect on Friday.", "take",
     "2024-11-22", AT_WED),
    ("Gunmen killed 12 people in a village on Nov. 2, a week before the vote.", "killed",
     "2024-11-02", AT_WED),
    ("The army overthrew the president in April 2019. A year later, it held elections.",
     "held", "2020-04", AT_WED),
    ("The earthquake struck at 3:40 a.m. on Sunday.", "struck", "2024-11-17T03:40", AT_MON),
    ("Fighting flared again earlier this week.", "flared", "2024-W47", AT_WED),
    ("The militia has shelled the town every day this week.", "shelled", "2024-W47", AT_FRI),
])
def test_time_event_dates_across_week_and_year_boundaries(run, text, word, value, published):
    assert _event_date(run, text, word, published).value == value


@pytest.mark.parametrize("text,phrase,value", [
    # "as early as" names the earliest time of a plan, ahead of publication
    ("The father could arrive as early as Friday, officials said.", "Friday", "2024-11-22"),
    ("Troops may withdraw as soon as Monday.", "Monday", "2024-11-25"),
    # ... unless the verb says it is over
    ("The first units arrived as early as Monday.", "Monday", "2024-11-18"),
])
def test_time_weekday_as_early_as(run, text, phrase, value):
    assert one(run, text, phrase).value == value


@pytest.mark.parametrize("text,phrase,type_,value", [
    ("The pact was signed on March 3, 2021. A few days later, it collapsed.", "A few days",
     "DURATION", "PXD"),
    ("The plane took off at noon. About five hours later, it landed.", "About five hours",
     "DURATION", "PT5H"),
])
def test_time_later_marks_the_duration(run, text, phrase, type_, value):
    t = one(run, text, phrase)
    assert (t.type, t.value) == (type_, value)


def test_time_later_chains_from_the_day_it_lands_on(run):
    # a guard: this held when "Two days later" was itself a DATE; with the duration marked
    # instead, the day it lands on must still date its clause and anchor "the next day"
    text = ("The pact was signed on March 3, 2021. Two days later, it collapsed. The next day, "
            "fighting resumed.")
    assert one(run, text, "The next day").value == "2021-03-06"
    assert _date(run, text, "collapsed").value == "2021-03-05"
    assert _date(run, text, "resumed").value == "2021-03-06"


@pytest.mark.parametrize("text,phrase,value,published", [
    # a holiday's week is the nearest one, whatever the tense: it may have begun already
    ("Pilgrims gathered as Easter week began.", "Easter week", "2025-W16",
     datetime(2025, 4, 15, tzinfo=UTC)),
    ("Shops were busy in Christmas week.", "Christmas week", "2024-W52", JAN2),
])
def test_time_holiday_week(run, text, phrase, value, published):
    t = one(run, text, phrase, published)
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize("text,phrase,value", [
    ("Over the years, the town grew into a city.", "the years", "PXY"),
    ("In the decades that followed, the dam silted up.", "the decades", "PXDE"),
])
def test_time_the_years_is_a_vague_duration(run, text, phrase, value):
    t = one(run, text, phrase)
    assert (t.type, t.value) == ("DURATION", value)


@pytest.mark.parametrize("text", [
    "The suspect was seen in the days before the shooting.",
    "The years ahead look hard.",
])
def test_time_the_days_before_is_no_vague_duration(run, text):
    _, found = run(text)
    assert not [t for t in found.timexes if t.span.text.lower().startswith("the ")]


def test_time_publication_fallback_is_the_dateline_day(run):
    # a syndicated copy published early on the 20th in Seoul of a story filed on the 19th
    text = "KYIV, Nov 19 (Wire) - Troops shelled three villages near the border."
    ref = _event_date(run, text, "shelled", AT_EARLY20)
    assert (ref.value, ref.how) == ("2024-11-19", "publication")
    # a dateline far from publication is an old story's, not this copy's
    ref = _event_date(run, "KYIV, Nov 2 (Wire) - Troops shelled three villages.", "shelled",
                      AT_EARLY20)
    assert (ref.value, ref.how) == ("2024-11-20", "publication")


@pytest.mark.parametrize("text,phrase,type_,value", [
    ("The firm expects sales above fiscal 2023 sales of $155 million.", "fiscal 2023", "DATE",
     "2023"),
    ("Shortages lasted well into the summer.", "the summer", "DATE", "2024-SU"),
    ("Lawyers left their third day-long meeting.", "day-long", "DURATION", "P1D"),
    ("The year-long siege ended.", "year-long", "DURATION", "P1Y"),
    # the second of two days of one month
    ("The summit will be held on April 24 and 25.", "25", "DATE", "2025-04-25"),
    ("Voting is due on Dec. 5 or 6.", "6", "DATE", "2024-12-06"),
])
def test_time_named_years_seasons_and_second_days(run, text, phrase, type_, value):
    _, found = run(text)
    hits = [t for t in found.timexes if t.span.text == phrase]
    assert hits and (hits[0].type, hits[0].value) == (type_, value)


@pytest.mark.parametrize("text", [
    "Police said Nov. 5 and 6 people were hurt.",
    "Sales on April 24 and 25% of returns were counted.",
])
def test_time_second_day_needs_a_bare_number(run, text):
    _, found = run(text)
    assert all(len(t.span.text) > 2 for t in found.timexes)


def test_time_date_for_claim_flag_keeps_a_quote_from_the_paragraph_before(run):
    # one paragraph per line (each longer than a wrap width); publication Wed 2024-11-20
    text = ("Russian drones struck a power station on the edge of Kharkiv early on Sunday, "
            "cutting heat to thousands of homes across the city, the regional governor said.\n"
            '"We will rebuild the station within a month, whatever it costs the city and '
            'whatever the weather brings," the mayor said.\n')
    doc, found = run(text)
    cue = text.index("said", text.index("the mayor"))
    claim = date_for(doc, cue, cue + 4, found, claim=True)
    event = date_for(doc, cue, cue + 4, found)
    assert (claim.value, claim.how) == ("2024-11-20", "publication")
    assert (event.value, event.how) == ("2024-11-17", "context")
