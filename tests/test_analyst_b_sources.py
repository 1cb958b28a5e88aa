"""Independent sources: a second, shorter mention of a source its article named in full."""

from __future__ import annotations

import pytest

from wirecoder.link.corroborate import source_units
from wirecoder.link.records import reports_of
from wirecoder.link.synthetic import analysis_of


def _reports(text: str, claims: list[tuple[str, str, str | None]]):
    """One ASSAULT report per (evidence, source words, source actor) in one article."""
    events = [{"type": "ASSAULT", "actor": ["RUS"], "place": "Odesa", "date": "2025-03-10",
               "evidence": evidence, "claim": {"source": source, "actor": actor,
                                               "kind": "institution"}}
              for evidence, source, actor in claims]
    return reports_of(analysis_of(text, events))


@pytest.mark.parametrize(("text", "claims", "units"), [
    ("The toll rose to five, the Odesa regional administration said. The number of wounded "
     "rose to 11, the administration said.",
     [("The toll rose to five", "the Odesa regional administration", None),
      ("The number of wounded rose to 11", "the administration", None)], 1),
    ("Russia's defence ministry said drones hit the port. It said its forces hit depots.",
     [("drones hit the port", "Russia's defence ministry", "RUS.MIL.MOD"),
      ("its forces hit depots", "its forces", None)], 1),
    # nobody fuller to be a second mention of
    ("The toll rose to five, the administration said. Drones hit the port, the UN mission "
     "said.",
     [("The toll rose to five", "the administration", None),
      ("Drones hit the port", "the UN mission", None)], 2),
])
def test_analyst_b_sources_second_mentions_count_once(text, claims, units):
    reports = _reports(text, claims)
    assert len(source_units(reports, {})) == units
