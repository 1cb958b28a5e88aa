"""A denial of harm told with an admission of the strike disputes the harm, not the strike."""

from __future__ import annotations

from datetime import UTC, datetime

from wirecoder.link import link_analyses
from wirecoder.link.synthetic import analysis_of

DAY = datetime(2025, 3, 11, 12, 0, tzinfo=UTC)
CLAIM_UA = {"source": "the governor", "kind": "institution", "actor": "UKR.GOV"}
CLAIM_RU = {"source": "Russia's defence ministry", "kind": "institution", "actor": "RUS.MIL"}


def _strike(evidence: str, status: str = "reported", claim: dict | None = None,
            quantities: list | None = None) -> dict:
    return {"type": "ASSAULT", "actor": ["RUS.MIL"], "place": "Odesa", "date": "2025-03-10",
            "evidence": evidence, "status": status, "claim": claim,
            "quantities": quantities or []}


UKRAINE = analysis_of(
    "Russian drones struck the port of Odesa on Monday night, killing two people, the "
    "governor said.",
    [_strike("Russian drones struck the port of Odesa on Monday night, killing two people",
             claim={**CLAIM_UA, "content": "Russian drones struck the port of Odesa on Monday "
                                           "night, killing two people"},
             quantities=[{"text": "two", "value": 2, "counted": "killed", "fate": "killed"}])],
    outlet="Kyiv Desk", published=DAY)

ADMITS = ("Russia's defence ministry said its forces had struck port facilities in Odesa on "
          "Monday night, and denied that any civilians had been hit.")
RUSSIA = analysis_of(ADMITS, [
    _strike("its forces had struck port facilities in Odesa on Monday night, and denied that "
            "any civilians had been hit", claim={**CLAIM_RU, "content": "its forces had struck "
                                                 "port facilities in Odesa on Monday night"}),
    _strike("that any civilians had been hit", status="denied",
            claim={**CLAIM_RU, "content": "that any civilians had been hit"})],
    outlet="Moscow Desk", published=DAY)


def test_analyst_b_denials_of_harm_beside_an_admission_are_no_denial_of_the_event():
    linked = link_analyses([UKRAINE, RUSSIA])
    (story,) = linked.stories
    assert not story["disputed"]
    kinds = {c["kind"]: c for c in linked.contradictions}
    assert "denial" not in kinds
    harm = kinds["polarity"]
    assert harm["a"]["value"] == 0 and "civilians" in harm["a"]["text"]
    assert harm["a"]["outlets"] == ["Moscow Desk"]
    assert harm["b"]["value"] == 2 and harm["b"]["outlets"] == ["Kyiv Desk"]


def test_analyst_b_denials_of_the_event_itself_still_dispute_it():
    text = "Russia's defence ministry denied that its forces had struck the port of Odesa."
    denial = analysis_of(text, [_strike("that its forces had struck the port of Odesa",
                                        status="denied",
                                        claim={**CLAIM_RU, "content": "that its forces had "
                                               "struck the port of Odesa"})],
                         outlet="Moscow Desk", published=DAY)
    linked = link_analyses([UKRAINE, denial])
    (story,) = linked.stories
    assert story["disputed"]
    assert [c["kind"] for c in linked.contradictions] == ["denial"]


def test_analyst_b_denials_the_toll_side_quotes_the_words_with_the_toll():
    """The toll only in the claim ('The toll from ... has risen to five'): the claim is
    quoted, not the bare attack phrase."""
    text = ("The toll from Monday night's Russian drone attack on the port of Odesa has risen "
            "to five, the regional administration said.")
    claim = ("The toll from Monday night's Russian drone attack on the port of Odesa has risen "
             "to five")
    later = analysis_of(text, [_strike(
        "Monday night's Russian drone attack on the port of Odesa",
        claim={"source": "the regional administration", "kind": "institution",
               "actor": "UKR.GOV", "content": claim},
        quantities=[{"text": "five", "value": 5, "counted": "killed", "fate": "killed"}])],
        outlet="Odesa Desk", published=DAY)
    (harm,) = link_analyses([later, RUSSIA]).contradictions
    assert harm["b"]["text"] == claim


def test_analyst_b_denials_an_intent_is_not_the_act():
    """'would pull back once the committee met', dated by nothing but publication, is not
    the pull-back done; an intent with its own day may be."""
    def retreat(text, evidence, status, outlet, date=None):
        ev = {"type": "RETREAT", "actor": ["RUS.MIL"], "place": "Odesa", "evidence": evidence,
              "status": status}
        if date:
            ev.update(date=date, how="relative")
        return analysis_of(text, [ev], outlet=outlet, published=DAY)

    done = retreat("Russian forces pulled back from the port of Odesa on Monday.",
                   "Russian forces pulled back from the port of Odesa", "occurred", "A Desk",
                   date="2025-03-10")
    intent = retreat("Russian forces would pull back from the port of Odesa once talks began.",
                     "Russian forces would pull back from the port of Odesa", "planned",
                     "B Desk")
    dated = retreat("Russian forces were to pull back from the port of Odesa on Monday.",
                    "Russian forces were to pull back from the port of Odesa", "planned",
                    "C Desk", date="2025-03-10")
    assert len(link_analyses([done, intent]).stories) == 2
    assert len(link_analyses([done, dated]).stories) == 1


def test_analyst_b_denials_of_harm_are_answered_by_the_death_toll_first():
    """'No civilians hit' against two killed (one outlet) and seven wounded (another): the
    polarity row's count side is the death toll, though the wounded are more."""
    wounded = analysis_of(
        "Russian drones struck the port of Odesa on Monday night, wounding seven people, the "
        "governor said.",
        [_strike("Russian drones struck the port of Odesa on Monday night, wounding seven "
                 "people", claim={**CLAIM_UA, "content": "Russian drones struck the port of "
                                  "Odesa on Monday night, wounding seven people"},
                 quantities=[{"text": "seven", "value": 7, "counted": "wounded",
                              "fate": "wounded"}])],
        outlet="Odesa Desk", published=DAY)
    linked = link_analyses([UKRAINE, wounded, RUSSIA])
    assert len(linked.stories) == 1
    (harm,) = [c for c in linked.contradictions if c["kind"] == "polarity"]
    assert harm["counted"] == "killed" and harm["b"]["value"] == 2


def test_analyst_b_denials_of_a_target_are_no_zero_toll():
    """Denying that homes were the target, beside an admission of the strike, disputes the
    aim, not the toll: no '0 killed' side against the two dead."""
    text = ("Russia's defence ministry said its forces had struck a fuel depot in Odesa on "
            "Monday night and denied that residential buildings had been targeted.")
    aim = analysis_of(text, [
        _strike("its forces had struck a fuel depot in Odesa on Monday night and denied that "
                "residential buildings had been targeted",
                claim={**CLAIM_RU, "content": "its forces had struck a fuel depot in Odesa on "
                                              "Monday night"}),
        _strike("that residential buildings had been targeted", status="denied",
                claim={**CLAIM_RU, "content": "that residential buildings had been targeted"})],
        outlet="Moscow Desk", published=DAY)
    linked = link_analyses([UKRAINE, aim])
    (story,) = linked.stories
    assert not story["disputed"]
    assert not any(c["kind"] == "polarity" and c["a"]["value"] == 0
                   for c in linked.contradictions)
