"""A troop deployment told by several sides on different days, with different sizes."""

from __future__ import annotations

from datetime import UTC, datetime

from wirecoder.link import link_analyses
from wirecoder.link.records import quantity_points_of, reports_of
from wirecoder.link.synthetic import analysis_of
from wirecoder.model import DateRef, Span


def _deployment(text: str, evidence: str, number: str, value: int, day: int, source: str,
                actor: list[str], said: str, outlet: str, approximate: bool = False,
                bound: str = "exact", type_: str = "MOBILIZE", also: list[dict] = ()):
    """A deployment in the claim of ``source``, dated by the day of the saying (``said``);
    ``also``: the article's other events."""
    published = datetime(2025, 6, day, 15, 0, tzinfo=UTC)
    claim = {"source": source, "kind": "institution", "content": evidence}
    ev = {"type": type_, "mode": "troops", "actor": actor, "date": f"2025-06-{day:02d}",
          "evidence": evidence, "status": "reported", "claim": claim, "how": "relative",
          "quantities": [{"text": number, "value": value, "counted": "troops",
                          "fate": "deployed", "approximate": approximate, "bound": bound}]}
    a = analysis_of(text, [ev, *also], outlet=outlet, published=published)
    s = text.index(said)
    when = DateRef(value=f"2025-06-{day:02d}", precision="day", how="relative",
                   span=Span.of(text, s, s + len(said)))
    a.events[0] = a.events[0].model_copy(update={"date": when})
    a.claims[0] = a.claims[0].model_copy(update={"date": when})
    return a


DIPLOMATS = _deployment(
    "Ruritania has moved up to 5,000 troops to its border with Borduria, two diplomats said on "
    "Monday.", "Ruritania has moved up to 5,000 troops to its border with Borduria", "5,000",
    5000, 23, "two diplomats", ["RUR"], "Monday", "Wire One", bound="upper")
BORDURIA = _deployment(
    "Borduria's information minister said on Wednesday that Ruritania had massed 8,000 troops "
    "near the border town of Kostel.", "that Ruritania had massed 8,000 troops near the border "
    "town of Kostel", "8,000", 8000, 25, "Borduria's information minister", ["RUR"],
    "Wednesday", "Kostel Times")
RURITANIA = _deployment(
    "Ruritania's defence ministry said on Friday that about 3,000 troops had been moved to its "
    "border with Borduria as part of a rotation. It denied that Ruritania planned an attack.",
    "that about 3,000 troops had been moved to its border with Borduria", "3,000", 3000, 27,
    "Ruritania's defence ministry", [], "Friday", "Capital Herald", approximate=True,
    also=[{"type": "REJECT", "actor": ["RUR"], "evidence": "It denied that Ruritania planned "
           "an attack"}])


def test_analyst_b_deployments_a_perfect_under_a_dated_saying_reaches_back():
    """'said on Wednesday that Ruritania had massed': by Wednesday, not on Wednesday."""
    (report, *_) = reports_of(BORDURIA)
    assert (report.when.start.isoformat(), report.when.end.isoformat()) == (
        "2025-06-18", "2025-06-25")
    strike = _deployment("Borduria's army said on Wednesday that Ruritania had shelled the town "
                         "of Kostel.", "that Ruritania had shelled the town of Kostel", "Kostel",
                         1, 25, "Borduria's army", ["RUR"], "Wednesday", "Kostel Times",
                         type_="ASSAULT")
    (act,) = reports_of(strike)
    assert act.when.days == 1  # an act, not a state: the day it was given


def test_analyst_b_deployments_one_deployment_three_sides_one_story():
    linked = link_analyses([DIPLOMATS, BORDURIA, RURITANIA])
    (story,) = [s for s in linked.stories if s["type"] == "MOBILIZE"]
    assert story["n_articles"] == 3
    # the defence ministry's passive ('had been sent') names no actor: the story's is its own
    series = {(r["value"], r["subject"]) for r in linked.estimates}
    assert series == {(5000, "RUR"), (8000, "RUR"), (3000, "RUR")}


def test_analyst_b_deployments_a_later_lower_figure_disputes_a_higher_one():
    """3,000 two days after 8,000 is no update of it (only a risen figure may be one)."""
    linked = link_analyses([DIPLOMATS, BORDURIA, RURITANIA])
    (clash,) = [c for c in linked.contradictions if c["kind"] == "numbers"]
    assert (clash["a"]["value"], clash["b"]["value"]) == (3000, 8000)
    assert clash["b"]["outlets"] == ["Kostel Times"]


def test_analyst_b_deployments_a_figure_given_by_another_is_theirs():
    text = ("The ministry said the figure of 8,000 troops given by Borduria was invented, and "
            "that 3,000 troops had been sent.")
    a = analysis_of(text, [], loose_quantities=[
        {"text": "8,000", "value": 8000, "counted": "troops"},
        {"text": "3,000", "value": 3000, "counted": "troops"}])
    speakers = {p.value: p.speaker for p in quantity_points_of(a)}
    assert speakers == {8000: "Borduria", 3000: None}
