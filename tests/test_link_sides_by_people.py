"""Counts of one kind of people from two peoples ("two Thai soldiers", "three Cambodian
soldiers") are two tolls, not two accounts of one."""

from __future__ import annotations

import pytest

from wirecoder.link.records import sides_differ, victims_of


@pytest.mark.parametrize(("text", "side"), [
    ("Two Thai soldiers were wounded.", "thai troops"),
    ("Three soldiers were wounded.", "troops"),
    ("Seven wounded civilians were taken to hospital.", "civilians"),
    ("Twelve people were wounded.", None),
])
def test_link_victims_of_names_the_people_of_a_side(text, side):
    assert victims_of(text, text.index(" ")) == side


@pytest.mark.parametrize(("a", "b", "differ"), [
    ("thai troops", "cambodian troops", True),
    ("thai troops", "troops", False),
    ("troops", "militants", True),
    ("thai troops", "thai troops", False),
    (None, "thai troops", False),
])
def test_link_sides_differ_by_kind_or_by_people(a, b, differ):
    assert sides_differ(a, b) is differ
