"""Compound claim sources ("the US and Britain said"): every speaker is kept, in text order,
resolved to actors, stored and shown; a conjunction elsewhere in the source or in the content
adds no speaker."""

from __future__ import annotations

import pytest
from conftest import assert_spans

TEXT = (
    "The United States and Britain said on Monday that the blockade was illegal. They said "
    "observers would be sent within a week.\n\n"
    "Ukrainian and Polish officials said the drone had crossed from Belarus.\n\n"
    "Officials in Kyiv and Warsaw said debris fell on farmland.\n\n"
    "Moscow and Beijing said the new sanctions were unlawful.\n\n"
    "A spokesman for Norway and Denmark said no decision had been taken.\n\n"
    "Britain's foreign secretary said Britain and France would send more observers."
)


@pytest.fixture(scope="module")
def analysis(analyze_text):
    return analyze_text(TEXT)


def _by_source(analysis, words: str):
    (claim,) = [c for c in analysis.claims if c.source.text == words]
    return claim


@pytest.mark.parametrize(("words", "first", "also"), [
    ("The United States and Britain", "USA", ["GBR"]),
    ("They", "USA", ["GBR"]),  # the pronoun takes up both speakers
    ("Ukrainian and Polish officials", "UKR.GOV", ["POL.GOV"]),  # text order, not the head's
    ("Officials in Kyiv and Warsaw", "UKR.GOV", ["POL.GOV"]),
    ("Moscow and Beijing", "RUS.GOV", ["CHN.GOV"]),
])
def test_claim_sources_compound_lists_every_speaker(analysis, words, first, also):
    claim = _by_source(analysis, words)
    assert (claim.source.actor, claim.source.also) == (first, also)
    assert claim.source.span.text == words


@pytest.mark.parametrize("words", ["A spokesman for Norway and Denmark",
                                   "Britain's foreign secretary"])
def test_claim_sources_one_speaker_despite_an_and(analysis, words):
    assert _by_source(analysis, words).source.also == []


def test_claim_sources_every_speaker_is_a_listed_actor(analysis):
    listed = {a.id for a in analysis.actors}
    for claim in analysis.claims:
        assert {claim.source.actor, *claim.source.also} - {None} <= listed
    assert_spans(analysis)


def test_claim_sources_also_survives_the_store(analysis, tmp_path):
    from wirecoder.store import Store

    with Store(tmp_path / "w.db") as store:
        store.save(analysis)
        again = store.get(analysis.article.id)
    assert _by_source(again, "Moscow and Beijing").source.also == ["CHN.GOV"]
    assert again == analysis


def test_claim_sources_migration_0005_reads_older_claims(tmp_path, analysis):
    """A store of the previous release (migrated to 0004, no ``source_also``) opens, migrates
    and reads its claims back with no further speakers."""
    from conftest import columns, store_at_revision

    from wirecoder.store import Store

    path = store_at_revision(tmp_path / "old.db", analysis, "0004")
    assert "source_also" not in columns(path, "claims")
    with Store(path) as store:  # opening migrates to head
        again = store.get(analysis.article.id)
    assert all(c.source.also == [] and c.kind == "statement" for c in again.claims)
    assert [c.source.actor for c in again.claims] == [c.source.actor for c in analysis.claims]


def test_claim_sources_article_report_names_both(analysis):
    from wirecoder.report.article import render_text

    claim = _by_source(analysis, "Moscow and Beijing")
    (line,) = [ln for ln in render_text(analysis).splitlines()
               if ln.strip().startswith(f"{claim.id} ")]
    assert "Russia" in line and "China" in line


def test_claim_sources_unnamed_source_is_not_printed_twice(analyze_text):
    from wirecoder.report.article import render_text

    a = analyze_text("The ministry is expected to announce new sanctions on Friday.")
    (claim,) = [c for c in a.claims if c.source.kind == "anonymous"]
    (line,) = [ln for ln in render_text(a).splitlines() if ln.strip().startswith(f"{claim.id} ")]
    assert line.count(claim.cue.text) == 1 and "(unnamed)" in line
