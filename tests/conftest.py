"""Shared fixtures. Stage-specific helpers live in their own test modules."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
ARTICLES = ROOT / "tests" / "data" / "articles"  # stories of other kinds, written for tests
GOLD = Path(os.environ.get("WIRECODER_GOLD", ROOT.parent / "shared" / "gold"))

# A Wednesday, so that "on Tuesday" is 2024-11-19.
PUBLISHED = datetime(2024, 11, 20, 15, 57, tzinfo=timezone(timedelta(hours=9)))


@pytest.fixture(autouse=True)
def _own_store(tmp_path_factory, monkeypatch):
    """`analyze` and `ingest` keep what they find in $WIRECODER_DB (default ./wirecoder.db):
    a test's commands write to a store of their own, never to the checkout."""
    monkeypatch.setenv("WIRECODER_DB", str(tmp_path_factory.mktemp("store") / "wirecoder.db"))


@pytest.fixture(scope="session")
def nlp():
    from wirecoder import nlp as nlp_mod

    return nlp_mod.load()


@pytest.fixture(scope="session")
def make_article():
    from wirecoder.model import Article, article_id

    def make(text: str, published: datetime | None = PUBLISHED, **kw) -> Article:
        return Article(id=article_id(text), text=text, published=published, language="en", **kw)

    return make


@pytest.fixture(scope="session")
def analyze_text(nlp, make_article):
    """Run the whole pipeline on a text written for a test."""
    from wirecoder.pipeline import analyze_article

    def run(text: str, published: datetime | None = PUBLISHED, **kw):
        return analyze_article(make_article(text, published, **kw), nlp)

    return run


@pytest.fixture(scope="session")
def dated(nlp, make_article):
    """The date the time stage gives the act told by ``evidence`` in a text written for a test
    (``date_for`` with the text's own timexes); ``trigger``, a word of the text, picks the
    act's word when given."""
    from wirecoder.extract.time import date_for, find_timexes
    from wirecoder.model import Analysis

    def go(text: str, evidence: str, trigger: str | None = None):
        doc = nlp(text)
        found = Analysis(article=make_article(text))
        found.timexes = find_timexes(doc, found)
        start = text.index(evidence)
        return date_for(doc, start, start + len(evidence), found,
                        None if trigger is None else text.index(trigger))

    return go


@pytest.fixture(scope="session")
def article_stories(nlp) -> dict:
    """The stories in tests/data/articles, analysed once, keyed by file name without its date."""
    from wirecoder import ingest
    from wirecoder.pipeline import analyze_articles

    articles = [a for a in ingest.iter_sources([str(ARTICLES)]) if not isinstance(a, Exception)]
    return {Path(a.article.source or "").stem.split("-", 3)[3]: a
            for a in analyze_articles(articles, nlp)}


def actor_by_id(analysis, actor_id: str):
    """The actor of ``analysis`` with this id (fails listing the ids there are)."""
    found = [x for x in analysis.actors if x.id == actor_id]
    assert found, (actor_id, [x.id for x in analysis.actors])
    return found[0]


def place_by_id(analysis, place_id: str | None):
    return next(p for p in analysis.places if p.id == place_id)


def quantity_by_text(analysis, text: str, nth: int = 0):
    """The ``nth`` quantity whose span reads ``text``."""
    return [q for q in analysis.quantities if q.span.text == text][nth]


def claim_by(analysis, actor_id: str | None, cue: str, source: str | None = None):
    """The first claim of the speaker ``actor_id`` whose cue ends in the verb ``cue`` (the cue
    may be the whole verb group: "has called"), and whose source reads ``source`` if given."""
    found = [c for c in analysis.claims if c.source.actor == actor_id and c.cue is not None
             and c.cue.text.split()[-1] == cue and (source is None or c.source.text == source)]
    assert found, (actor_id, cue, [(c.source.actor, c.cue.text if c.cue else None)
                                   for c in analysis.claims])
    return found[0]


def story_fixture(name: str):
    """A module fixture for one story of tests/data/articles, by its name (file name without
    the date): ``shoal = story_fixture("harbour-line-shoal-water-cannon")``."""

    @pytest.fixture(scope="module")
    def story(article_stories):
        return article_stories[name]

    return story


def assert_story_read(analysis) -> None:
    """A story analysed end to end: every span right, and events, claims, actors, places."""
    assert_spans(analysis)
    assert analysis.events and analysis.claims and analysis.actors and analysis.places


def event_by_trigger(analysis, trigger: str, nth: int = 0):
    """The ``nth`` event of ``analysis`` whose trigger reads ``trigger``."""
    found = [e for e in analysis.events if e.trigger is not None and e.trigger.text == trigger]
    assert len(found) > nth, (trigger, [(e.type, e.trigger) for e in analysis.events])
    return found[nth]


@pytest.fixture(scope="session")
def gold() -> Path:
    if not GOLD.is_dir():
        pytest.skip(f"no gold data at {GOLD}")
    return GOLD


def assert_spans(analysis) -> None:
    """Every span of an analysis points at its own text."""
    text = analysis.article.text
    for s in analysis.spans():
        assert text[s.start:s.end] == s.text, s


def store_at_revision(path: Path, analysis, revision: str) -> Path:
    """A store of an earlier release: ``analysis`` saved by today's code, then copied, column
    by column, into a database migrated only to ``revision``. Opening it with ``Store`` runs the
    later migrations, as a user's upgrade would."""
    import sqlalchemy as sa

    from wirecoder.store import Store
    from wirecoder.store.engine import create_engine, migrate, to_url

    current = path.with_name(path.stem + "-current.db")
    with Store(current) as store:
        store.save(analysis)
    new, old = create_engine(to_url(str(current))), create_engine(to_url(str(path)))
    migrate(old, revision)
    new_meta, old_meta = sa.MetaData(), sa.MetaData()
    new_meta.reflect(new)
    old_meta.reflect(old)
    with new.connect() as src, old.begin() as dst:
        for table in old_meta.sorted_tables:
            if table.name.startswith("_") or table.name not in new_meta.tables:  # versions
                continue
            rows = [{c.name: r[c.name] for c in table.c}
                    for r in src.execute(sa.select(new_meta.tables[table.name])).mappings()]
            if rows:
                dst.execute(table.insert(), rows)
    new.dispose()
    old.dispose()
    return path


def columns(path: Path, table: str) -> set[str]:
    """The column names of ``table`` in the SQLite store at ``path``."""
    import sqlalchemy as sa

    engine = sa.create_engine(f"sqlite:///{path}")
    try:
        return {c["name"] for c in sa.inspect(engine).get_columns(table)}
    finally:
        engine.dispose()
