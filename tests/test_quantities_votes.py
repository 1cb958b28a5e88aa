"""Quantities: vote tallies and percentages of a named measure (sentences written here)."""

from __future__ import annotations

import pytest

from wirecoder.extract.quantities import find_quantities
from wirecoder.model import Analysis, Article


def _quantities(nlp, text: str):
    found = Analysis(article=Article(id="t", text=text))
    return find_quantities(nlp(text), found)


def _counted(nlp, text: str) -> dict[str, tuple[float, str | None]]:
    return {q.span.text: (q.value, q.counted) for q in _quantities(nlp, text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("The council adopted the resolution by a vote of 19 to 3 with 12 abstentions.",
     {"19": (19, "votes in favour"), "3": (3, "votes against"), "12": (12, "abstentions")}),
    ("The assembly passed the bill by 230 votes to 190.",
     {"230": (230, "votes in favour"), "190": (190, "votes against")}),
    ("The motion was carried with 45 in favour, 12 against and 7 abstentions.",
     {"45": (45, "votes in favour"), "12": (12, "votes against"), "7": (7, "abstentions")}),
    ("The senate voted 61 to 38 to confirm the judge.",
     {"61": (61, "votes in favour"), "38": (38, "votes against")}),
    ("Nine delegates voted for the plan and four voted against it, while two abstained.",
     {"four": (4, "votes against"), "two": (2, "abstentions")}),
])
def test_quantities_votes_sides(nlp, text, expected):
    got = _counted(nlp, text)
    for span, (value, counted) in expected.items():
        assert span in got, got
        assert got[span] == (value, counted), (span, got)


def test_quantities_votes_fate_stays_empty(nlp):
    # Fate is a closed set of what happened to things; a vote's side is in ``counted``.
    qs = _quantities(nlp, "The board approved the plan by a vote of 8 to 2.")
    assert [(q.span.text, q.counted, q.fate) for q in qs] == [
        ("8", "votes in favour", None), ("2", "votes against", None)]


def test_quantities_votes_against_needs_a_vote(nlp):
    # Without any vote nearby, "three against one" is no tally.
    got = _counted(nlp, "The rebels fought three against one in the hills.")
    assert all(c not in {"votes against", "votes in favour"} for _, c in got.values()), got


def test_quantities_votes_by_range_is_no_tally(nlp):
    got = _counted(nlp, "After the vote, prices were cut by 5 to 10 dollars a barrel.")
    assert all(c not in {"votes against", "votes in favour"} for _, c in got.values()), got


@pytest.mark.parametrize(("text", "span", "value", "counted", "bound", "approximate"), [
    ("The commission put turnout at 72 percent.", "72", 72, "percent turnout", "exact", False),
    ("Officials reported a turnout of 64.5% in the capital.", "64.5", 64.5, "percent turnout",
     "exact", False),
    ("Turnout was about 58 per cent, the monitors said.", "58", 58, "percent turnout", "exact",
     True),
    ("The province saw a 40 percent turnout.", "40", 40, "percent turnout", "exact", False),
    ("The ruling party won 41 percent of the vote.", "41", 41, "percent of the vote", "exact",
     False),
    ("She took more than 53.2% of the votes cast.", "53.2", 53.2, "percent of the vote",
     "lower", False),
])
def test_quantities_percent_of_named_measure(nlp, text, span, value, counted, bound,
                                             approximate):
    match = [q for q in _quantities(nlp, text) if q.span.text == span]
    assert match, [(q.span.text, q.counted) for q in _quantities(nlp, text)]
    q = match[0]
    assert (q.value, q.counted, q.bound, q.approximate, q.fate) == (
        value, counted, bound, approximate, None)
    assert text[q.span.start:q.span.end] == span


@pytest.mark.parametrize("text", [
    "Prices rose 5 percent last year.",
    "Turnout rose 5 percent compared with the last election.",
])
def test_quantities_percent_unnamed_or_change_is_skipped(nlp, text):
    assert not [q for q in _quantities(nlp, text) if "percent" in (q.counted or "")], \
        [(q.span.text, q.counted) for q in _quantities(nlp, text)]


def test_quantities_votes_split_in_favour(nlp):
    # "9 to 2 in favour": the 2 are the ones against, though "in favour" follows them.
    got = _counted(nlp, "The committee split 9 to 2 in favour of the motion.")
    assert got["9"] == (9, "votes in favour") and got["2"] == (2, "votes against"), got
