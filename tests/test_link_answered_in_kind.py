"""Acts answered in kind: with actor and recipient swapped they are two acts, not one."""

from __future__ import annotations

from datetime import UTC, datetime

from wirecoder.link import link_analyses
from wirecoder.link.compat import pair_score
from wirecoder.link.records import reports_of
from wirecoder.link.synthetic import analysis_of
from wirecoder.model import Place

DAY = datetime(2024, 11, 20, 9, 0, tzinfo=UTC)
CAPITAL = Place(id="geonames:1000002", name="Marlow Bay", kind="city", precision="city",
                country="CO", admin1="01", lat=4.6, lon=-74.1)


def _one(text: str, kind: str, actor: str, recipient: str, outlet: str, mode: str | None = None):
    ev = {"type": kind, "actor": [actor], "recipient": [recipient], "date": "2024-11-19",
          "evidence": text.rstrip("."), "place": CAPITAL}
    if mode:
        ev["mode"] = mode
    return analysis_of(text, [ev], outlet=outlet, published=DAY)


def test_link_answered_in_kind_two_expulsions_stay_two_events():
    first = _one("Colombia expelled two Ecuadorian diplomats on Tuesday.", "SANCTION", "COL",
                 "ECU", "Andes Wire", "expel")
    answer = _one("Ecuador expelled two Colombian diplomats on Tuesday.", "SANCTION", "ECU",
                  "COL", "Quito Daily", "expel")
    assert pair_score(reports_of(first)[0], reports_of(answer)[0]) is None
    assert sorted(s["n_reports"] for s in link_analyses([first, answer]).stories) == [1, 1]


def test_link_answered_in_kind_counter_accusation_is_no_account_of_the_first():
    one = _one("Colombia accused Ecuador of failing to protect its embassy.", "ACCUSE", "COL",
               "ECU", "Andes Wire")
    back = _one("Ecuador accused Colombia of staging the protest.", "ACCUSE", "ECU", "COL",
                "Quito Daily")
    assert pair_score(reports_of(one)[0], reports_of(back)[0]) is None


def test_link_answered_in_kind_a_strike_told_both_ways_round_still_merges():
    # "Kyiv says Moscow struck" parsed the other way round: an attack is not answered in kind
    # within one report's words, so swapped roles may still be one strike
    told = _one("Colombian jets struck an Ecuadorian post on Tuesday.", "ASSAULT", "COL", "ECU",
                "Andes Wire")
    parsed_back = _one("Colombian jets struck an Ecuadorian post on Tuesday.", "ASSAULT", "ECU",
                       "COL", "Quito Daily")
    assert pair_score(reports_of(told)[0], reports_of(parsed_back)[0]) is not None
