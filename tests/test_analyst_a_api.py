"""The Python API takes a long one-line text as text (found while analysing the analyst-A
stories with `wirecoder.analyze`)."""

from __future__ import annotations

import wirecoder


def test_api_long_one_line_text_is_text_not_a_path():
    text = ("The regional governor said on Tuesday that three drones had been shot down over "
            "the port overnight and that debris had damaged two warehouses and a school. " * 3)
    assert len(text.encode()) > 255 and "\n" not in text
    a = wirecoder.analyze(text, published="2024-11-20T09:00:00+00:00")
    assert a.article.text.startswith("The regional governor said")
    assert a.claims
