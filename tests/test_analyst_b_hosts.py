"""Linking meetings hosted by a third party: the host's report and the sides' own reports."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from wirecoder.link import link_analyses
from wirecoder.link.records import reports_of
from wirecoder.link.synthetic import analysis_of
from wirecoder.model import Actor, DateRef, Place, Span

DAY = datetime(2025, 3, 13, 18, 0, tzinfo=UTC)
NAMES = {"QAT": ["Qatar", "Qatari"], "EGY": ["Egypt"], "TUR": ["Turkey"],
         "ETH": ["Ethiopia"], "SOM": ["Somalia"], "RUS": ["Russian"],
         "QAT.GOV.MFA": ["Qatar's foreign ministry"]}
DOHA = Place(id="geonames:290030", name="Doha", kind="city", precision="city", country="QA",
             lat=25.2854, lon=51.531)
CAIRO = Place(id="geonames:360630", name="Cairo", kind="city", precision="city", country="EG",
              lat=30.0626, lon=31.2497)


def meeting(text: str, evidence: str, actor: list[str], recipient: list[str] | None = None,
            place: Place | None = None, outlet: str = "Outlet", claim: dict | None = None):
    """A CONSULT event in ``text``, with every actor's mentions found by its names."""
    ev = {"type": "CONSULT", "actor": actor, "recipient": recipient or [], "place": place,
          "date": "2025-03-12", "evidence": evidence}
    if claim:
        ev["claim"] = claim
    found = analysis_of(text, [ev], outlet=outlet, published=DAY)
    actors = []
    for a in found.actors:
        words = NAMES.get(a.id, [])
        spans = [Span.of(text, m.start(), m.end()) for w in words
                 for m in re.finditer(re.escape(w), text)]
        spans = [s for s in spans if not any(o.start <= s.start and s.end <= o.end and o != s
                                             for o in spans)]
        actors.append(a.model_copy(update={"mentions": sorted(spans, key=lambda s: s.start)}))
    for aid, words in NAMES.items():
        if aid not in {a.id for a in actors} and any(w in text for w in words):
            actors.append(Actor(id=aid, name=aid, kind="country", country=aid[:3],
                                mentions=[Span.of(text, m.start(), m.end()) for w in words
                                          for m in re.finditer(re.escape(w), text)]))
    found.actors = sorted(actors, key=lambda a: a.id)
    return found


HOST = meeting("Qatar hosted a new round of talks in Doha on Wednesday between Ethiopia and "
               "Somalia over the port dispute.",
               "Qatar hosted a new round of talks in Doha on Wednesday between Ethiopia and "
               "Somalia", ["QAT"], place=DOHA, outlet="Gulf Desk")
SIDES = meeting("Ethiopia and Somalia held talks in Doha on Wednesday, Ethiopian officials "
                "said, in an effort to settle the port dispute.",
                "Ethiopia and Somalia held talks in Doha on Wednesday", ["ETH", "SOM"],
                place=DOHA, outlet="Horn Daily")
ONE_SIDE = meeting("Ethiopia met Somalia for talks on Wednesday under the auspices of Qatar, the "
                   "Ethiopian foreign ministry said.",
                   "Ethiopia met Somalia for talks on Wednesday under the auspices of Qatar",
                   ["ETH"], ["SOM"], outlet="Addis Post")


def _stories(*analyses) -> set[frozenset[str]]:
    linked = link_analyses(list(analyses))
    return {frozenset(r["outlet"] for r in s["reports"]) for s in linked.stories}


@pytest.mark.parametrize(("text", "evidence", "hosts", "sides"), [
    ("Qatar hosted a new round of talks in Doha on Wednesday between Ethiopia and Somalia.",
     "Qatar hosted a new round of talks in Doha on Wednesday between Ethiopia and Somalia",
     ("QAT",), ("ETH", "SOM")),
    ("Ethiopia and Somalia met in talks hosted by Qatar on Wednesday.",
     "Ethiopia and Somalia met in talks hosted by Qatar", ("QAT",), ()),
    # a host of a guest is one of the two sides, not a third party
    ("Turkey hosted his Russian counterpart in Ankara on Wednesday.",
     "Turkey hosted his Russian counterpart in Ankara", (), ()),
])
def test_analyst_b_hosts_meeting_roles(text, evidence, hosts, sides):
    from wirecoder.link.records import meeting_roles

    actor = ["QAT"] if "Qatar" in text else ["TUR"]
    analysis = meeting(text, evidence, actor, recipient=["RUS"] if "Russian" in text else None)
    assert meeting_roles(analysis, analysis.events[0]) == (hosts, sides)


def test_analyst_b_hosts_host_report_merges_with_the_sides_reports():
    """The host coded as the talks' actor vetoed the merge as a different actor."""
    assert _stories(HOST, SIDES, ONE_SIDE) == {frozenset({"Gulf Desk", "Horn Daily",
                                                         "Addis Post"})}


def test_analyst_b_hosts_the_host_is_no_side_of_the_story():
    (report,) = reports_of(HOST)
    assert report.actors == ("ETH", "SOM") and report.hosts == ("QAT",)
    claim = {"source": "Qatar's foreign ministry", "actor": "QAT.GOV.MFA", "kind": "institution"}
    host = meeting("Qatar's foreign ministry said Qatar hosted talks on Wednesday between "
                   "Ethiopia and Somalia.", "Qatar hosted talks on Wednesday between Ethiopia "
                   "and Somalia", ["QAT"], claim=claim)
    (story,) = link_analyses([host]).stories
    assert story["actors"] == ["ETH", "SOM"] and not story["party_source"]


def test_analyst_b_hosts_two_hosts_are_two_meetings():
    other = meeting("Egypt hosted talks on Wednesday between Ethiopia and Somalia in Cairo.",
                    "Egypt hosted talks on Wednesday between Ethiopia and Somalia", ["EGY"],
                    outlet="Nile Desk")
    qatar = meeting("Qatar hosted talks on Wednesday between Ethiopia and Somalia.",
                    "Qatar hosted talks on Wednesday between Ethiopia and Somalia", ["QAT"],
                    outlet="Gulf Desk")
    assert _stories(qatar, other) == {frozenset({"Gulf Desk"}), frozenset({"Nile Desk"})}
    in_cairo = meeting("Ethiopia and Somalia held talks in Cairo on Wednesday.",
                       "Ethiopia and Somalia held talks in Cairo on Wednesday",
                       ["ETH", "SOM"], place=CAIRO, outlet="Horn Daily")
    # the host's country is where the sides say they met: Egypt's talks, not Qatar's
    assert frozenset({"Nile Desk", "Horn Daily"}) in _stories(qatar, other, in_cairo)


def _agreement(text: str, talks: str, deal: str, actor: list[str], outlet: str):
    """Hosted talks (``talks``, hosted by Qatar) and the deal told after them (``deal``)."""
    found = meeting(text, talks, ["QAT"], outlet=outlet)
    deal_event = found.events[0].model_copy(update={
        "id": "e2", "type": "AGREE", "actor": actor, "recipient": [],
        "evidence": Span.of(text, text.index(deal), text.index(deal) + len(deal))})
    found.events.append(deal_event)
    return found


def test_analyst_b_hosts_the_two_sides_of_hosted_talks_agree():
    """'The two sides agreed ...' after talks between X and Y is X and Y's agreement."""
    host = _agreement("Qatar hosted talks in Doha on Wednesday between Ethiopia and Somalia. The "
                      "two sides agreed to reopen the border crossing at Dolow within a month.",
                      "Qatar hosted talks in Doha on Wednesday between Ethiopia and Somalia",
                      "The two sides agreed to reopen the border crossing at Dolow", [],
                      "Gulf Desk")
    side = _agreement("Ethiopia said it had agreed at the talks hosted by Qatar to open the "
                      "crossing at Dolow to trade.", "the talks hosted by Qatar",
                      "it had agreed at the talks hosted by Qatar to open the crossing at Dolow",
                      ["ETH"], "Horn Daily")
    deal = reports_of(host)[1]
    assert deal.actors == ("ETH", "SOM")
    linked = link_analyses([host, side])
    (agreed,) = [s for s in linked.stories if s["type"] == "AGREE"]
    assert agreed["n_articles"] == 2


def test_analyst_b_hosts_a_host_named_without_a_country_reported_by_its_ministry():
    """'the delegations met ... under the auspices of Foreign Minister Sheikh Mohammed', told
    by Qatar's foreign ministry and coded as Qatar's talks (Qatar unnamed in the sentence):
    Qatar hosts, it is no side."""
    text = ("The foreign ministry said the delegations met on Wednesday under the auspices "
            "of Foreign Minister Sheikh Mohammed.")
    claim = {"source": "The foreign ministry", "actor": "QAT.GOV.MFA", "kind": "institution",
             "content": "the delegations met on Wednesday under the auspices of Foreign Minister "
                        "Sheikh Mohammed"}
    found = meeting(text, "the delegations met on Wednesday under the auspices of Foreign "
                    "Minister Sheikh Mohammed", ["QAT"], claim=claim)
    start = text.index("Sheikh Mohammed")
    found.actors.append(Actor(id="p:sheikh-mohammed", name="Sheikh Mohammed", kind="person",
                              mentions=[Span.of(text, start, start + 15)]))
    (report,) = reports_of(found)
    assert report.hosts == ("QAT",) and report.actors == ()


def test_analyst_b_hosts_talks_on_two_named_days_run_through_the_second():
    """'met on Monday and Tuesday', dated Monday, is also Tuesday's meeting."""
    text = "Ethiopia and Somalia met in Doha on Monday and Tuesday, Ethiopian officials said."
    found = meeting(text, "Ethiopia and Somalia met in Doha on Monday and Tuesday",
                    ["ETH", "SOM"], place=DOHA)
    monday = text.index("Monday")
    found.events[0] = found.events[0].model_copy(update={"date": DateRef(
        value="2025-03-10", precision="day", how="relative",
        span=Span.of(text, monday, monday + 6))})
    (report,) = reports_of(found)
    assert (report.when.start.isoformat(), report.when.end.isoformat()) == (
        "2025-03-10", "2025-03-11")
