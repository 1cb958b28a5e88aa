import json
from pathlib import Path

import pytest

from wirecoder.model import Analysis, Article, Span, article_id, json_schema

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "docs" / "schema" / "wirecoder-1.json"


def test_model_committed_schema_is_current():
    committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    # regenerate with: wirecoder schema -o docs/schema/wirecoder-1.json
    assert committed == json_schema()


@pytest.mark.parametrize(("a", "b"), [
    ("Troops  moved.\n", "troops moved."),
    ("Café ＡＢＣ", "café abc"),
])
def test_model_article_id_ignores_case_space_and_width(a, b):
    assert article_id(a) == article_id(b)


def test_model_article_id_differs_for_different_bodies():
    assert article_id("Troops moved.") != article_id("Troops left.")


def test_model_span_of_cuts_text():
    text = "Kyiv said on Tuesday."
    assert Span.of(text, 0, 4).text == "Kyiv"


def test_model_json_round_trip_uses_schema_alias():
    art = Article(id=article_id("x"), text="x")
    data = Analysis(article=art).to_dict()
    assert data["schema"] == "wirecoder/1"
    assert Analysis.from_dict(data) == Analysis(article=art)


def test_model_rejects_unknown_fields():
    with pytest.raises(ValueError):
        Article(id="1", text="x", colour="red")
