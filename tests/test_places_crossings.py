"""Places: a named border crossing or checkpoint is a place at its own point when the curated
features know it, and otherwise never at the point of the town told beside it."""

from __future__ import annotations

import pytest


def _place(analysis, name):
    return next(p for p in analysis.places if any(m.text == name for m in p.mentions))


def test_places_crossings_known_crossing_has_its_own_point(analyze_text):
    a = analyze_text("PESHAWAR, Pakistan (Wire) - A mortar round hit a truck park near Torkham "
                     "on Tuesday, police said. The Torkham border crossing stayed shut.")
    p = _place(a, "Torkham")
    peshawar = _place(a, "PESHAWAR")
    assert p is not peshawar and p.precision == "point"
    assert abs(p.lat - 34.10) < 0.1 and abs(p.lon - 71.09) < 0.1
    assert len([m for m in p.mentions if m.text == "Torkham"]) == 2


def test_places_crossings_mislabelled_name_before_crossing_is_a_place(analyze_text):
    a = analyze_text("The Qalandia checkpoint was closed on Monday, residents of Ramallah said.")
    assert _place(a, "Qalandia").country == "PS"


def test_places_crossings_unknown_name_before_crossing_is_a_place(analyze_text):
    a = analyze_text("Hundreds of lorries queued at the Kharlachi crossing on Monday, "
                     "officials in Bannu said.")
    p = _place(a, "Kharlachi")
    bannu = _place(a, "Bannu")
    assert p.country == "PK" and p.precision == "admin1" and (p.lat, p.lon) != (bannu.lat,
                                                                              bannu.lon)


def test_places_crossings_unknown_crossing_is_not_at_the_town_point(analyze_text):
    a = analyze_text("QUETTA, Pakistan - Traders waited at the Zarghun border crossing on "
                     "Monday, officials in Quetta said.")
    p = _place(a, "Zarghun")
    quetta = _place(a, "Quetta")
    assert p.country == "PK" and p.precision in ("admin1", "country")
    assert (p.lat, p.lon) != (quetta.lat, quetta.lon)


def test_places_crossings_untagged_name_before_crossing(analyze_text):
    a = analyze_text("Trade through the Angoor Adda crossing was suspended on Sunday.")
    p = _place(a, "Angoor Adda")
    assert p.country == "PK" and p.precision == "point"
    assert [(m.start, m.end) for m in p.mentions] == [(18, 29)]


def test_places_crossings_two_names_share_the_plural_head(analyze_text):
    a = analyze_text("PESHAWAR, Pakistan - Lorries waited at the Zarkand and Tolani crossings "
                     "on Monday.")
    peshawar = _place(a, "PESHAWAR")
    for name in ("Zarkand", "Tolani"):
        p = _place(a, name)
        assert p.country == "PK" and p.precision == "admin1"
        assert (p.lat, p.lon) != (peshawar.lat, peshawar.lon)


@pytest.mark.parametrize(("text", "names"), [
    ("PESHAWAR, Pakistan - Militants attacked the Zarkand border post on Monday.", ["Zarkand"]),
    ("PESHAWAR, Pakistan - Lorries waited at the Zarkand and Tolani border posts on Monday.",
     ["Zarkand", "Tolani"]),
])
def test_places_crossings_border_post_is_a_crossing(analyze_text, text, names):
    """A name before "border post" is read as one before "crossing" is, by every rule that
    reads crossings (one head pattern): a place of its own, away from the dateline town."""
    a = analyze_text(text)
    peshawar = _place(a, "PESHAWAR")
    for name in names:
        p = _place(a, name)
        assert p.country == "PK" and p.precision == "admin1"
        assert (p.lat, p.lon) != (peshawar.lat, peshawar.lon)
