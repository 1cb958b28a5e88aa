"""Actors: a person described in apposition as a member or officer of a legislature is a
legislator (sector LEG), of the one country whose legislature the article names. Every
sentence is written for these tests."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from wirecoder.extract.actors import find_actors
from wirecoder.extract.spans import actor_at
from wirecoder.model import Analysis, Article, article_id


@pytest.fixture(scope="module")
def resolve(nlp):
    def run(text: str):
        found = Analysis(article=Article(id=article_id(text), text=text,
                                         published=datetime(2024, 11, 20, tzinfo=UTC)))
        found.actors = find_actors(nlp(text), found)
        return found

    return run


def _person(found: Analysis, name: str):
    m = re.search(re.escape(name), found.article.text)
    assert m is not None
    a = actor_at(found, m.start(), m.end())
    assert a is not None and a.kind == "person", a
    return a


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Japanese lawmakers were briefed on Monday. Hiroshi Tanaka, a member of the "
     "parliamentary defence committee, told reporters the briefing was short.",
     "Hiroshi Tanaka", "JPN"),
    ("Polish lawmakers debated the budget. Marek Nowak, a deputy head of the lower house's "
     "foreign affairs committee, said the vote would be close.", "Marek Nowak", "POL"),
    ("Several French senators criticised the plan. Claire Dubois, chair of the senate's "
     "finance committee, called it reckless.", "Claire Dubois", "FRA"),
])
def test_actors_legislature_apposition_gives_leg_and_the_article_country(resolve, text, name,
                                                                          country):
    a = _person(resolve(text), name)
    assert (a.country, a.sector) == (country, "LEG")


def test_actors_legislature_country_left_open_when_two_legislatures(resolve):
    text = ("German and Austrian lawmakers met in Vienna. Lena Huber, a member of the "
            "parliamentary energy committee, spoke first.")
    a = _person(resolve(text), "Lena Huber")
    assert (a.country, a.sector) == (None, "LEG")


@pytest.mark.parametrize(("text", "name", "sector"), [
    ("Lena Huber, a member of the ruling party, spoke first.", "Lena Huber", "UNK"),
    ("Lena Huber, a deputy head of the presidential administration, spoke first.",
     "Lena Huber", "GOV"),
])
def test_actors_other_appositions_are_no_legislators(resolve, text, name, sector):
    assert _person(resolve(text), name).sector == sector
