"""Places: a forces' command named by its area ("the Northern Region Command") is no place."""

from __future__ import annotations

import pytest

from wirecoder.extract.places import find_places
from wirecoder.model import Analysis, Article, article_id


def _names(nlp, text):
    doc = nlp(text)
    found = Analysis(article=Article(id=article_id(text), text=text))
    return {m.text: p for p in find_places(doc, found) for m in p.mentions}


@pytest.mark.parametrize("text,kept", [
    ("The Northern Region Command said two rebels were killed near Maiduguri.", "Maiduguri"),
    ("The Central Region Command of the police said the men were held in Kumasi.", "Kumasi"),
    ("The Western Area Command said the patrol was ambushed near Freetown.", "Freetown"),
    ("The North Western Military Region headquarters in Hat Yai issued a statement.",
     "Hat Yai"),
    ("The Northern Zone Command of the army moved to Sector 4 near Jammu.", "Jammu"),
])
def test_places_commands_compass_name_of_a_command_is_no_place(nlp, text, kept):
    names = _names(nlp, text)
    assert set(names) == {kept}


def test_places_commands_compass_region_alone_stays_a_place(nlp):
    names = _names(nlp, "Floods hit the Northern Region of Ghana on Monday.")
    assert names["Northern Region"].country == "GH"
