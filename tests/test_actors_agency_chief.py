"""An agency's "chief" is not a UN-style secretary-general (reader11 A9): a bare "chief"
after a national body's name gives no IGO role, on a sentence written for this test."""

from __future__ import annotations


def test_actors_national_agency_chief_is_not_secretary_general(analyze_text):
    found = analyze_text("SBU chief Dmytro Koval said two agents had been detained.")
    person = next((a for a in found.actors
                   if any("Koval" in m.text for m in a.mentions)), None)
    assert person is not None
    assert person.role != "secretary-general"
    assert person.sector != "IGO"
