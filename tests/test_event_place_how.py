"""``Event.place_how``: a place read from the event's own words is ``text``; one the article
gives (its dateline city, or the one city it names) says so, is stored and shown."""

from __future__ import annotations

import pytest

DATELINED = (
    "KHARKIV (Northern Wire) - Russian missiles struck an apartment block on Tuesday evening, "
    "killing eight people.\n\n"
    "Drones also hit a depot near Odesa overnight, the regional governor said."
)


@pytest.fixture(scope="module")
def analysis(analyze_text):
    return analyze_text(DATELINED)


def _event(analysis, trigger: str):
    (ev,) = [e for e in analysis.events if e.trigger.text == trigger]
    return ev


def _place_name(analysis, place_id: str) -> str:
    return next(p.name for p in analysis.places if p.id == place_id)


def test_event_place_how_dateline_city_for_a_placeless_attack(analysis):
    ev = _event(analysis, "struck")
    assert (_place_name(analysis, ev.place), ev.place_how) == ("Kharkiv", "dateline")


def test_event_place_how_text_when_the_sentence_places_it(analysis):
    ev = _event(analysis, "hit")
    assert (_place_name(analysis, ev.place), ev.place_how) == ("Odesa", "text")


def test_event_place_how_none_without_a_place(analyze_text):
    # (an attack, which the article could place, in a story that names no place; the
    # telephone call this test first used coded no event, so all() held of nothing)
    events = analyze_text("Gunmen attacked a police convoy on Monday, killing four "
                          "officers.").events
    assert events and all(e.place is None and e.place_how is None for e in events)


def test_event_place_how_stored_and_shown(analysis, tmp_path):
    from wirecoder.report.article import render_text
    from wirecoder.store import Store

    with Store(tmp_path / "p.db") as store:
        store.save(analysis)
        assert store.get(analysis.article.id) == analysis
    struck, hit = _event(analysis, "struck"), _event(analysis, "hit")
    lines = render_text(analysis).splitlines()
    assert "[from the dateline]" in next(ln for ln in lines if ln.strip().startswith(struck.id))
    assert "[" not in next(ln for ln in lines if ln.strip().startswith(hit.id)).split(
        "where", 1)[1].split("|")[0]


def test_event_place_how_migration_0006_marks_older_places_text(analysis, tmp_path):
    """A store of the previous release (at 0005, no ``place_how``) opens, migrates, and its
    placed events read back as read from the text, the only kind it held."""
    from conftest import columns, store_at_revision

    from wirecoder.store import Store

    path = store_at_revision(tmp_path / "old.db", analysis, "0005")
    assert "place_how" not in columns(path, "events")
    with Store(path) as store:  # opening migrates to head
        again = store.get(analysis.article.id)
    assert {e.place_how for e in again.events if e.place} == {"text"}
    assert all(e.place_how is None for e in again.events if not e.place)


def test_event_place_how_foreign_desk_dateline_places_nothing(analyze_text):
    """A dateline names where the reporter files: with places of another country in the
    story, a placeless attack is not put in the dateline city."""
    analysis = analyze_text(
        "RIGA (Baltic Wire) - Ukrainian officials said the assaults had intensified this week."
        "\n\nThe fighting is concentrated in Russia's Kursk region.")
    (ev,) = [e for e in analysis.events if e.trigger.text == "assaults"]
    assert (ev.place, ev.place_how) == (None, None)
