"""The situation report on a real SQLite store of hand-built articles (text written here).

Five articles: a drone strike on an Odesa depot told by two outlets (toll "about 4" then 9,
so an estimate series and a numbers contradiction) and denied by Russia's defence ministry,
an agreement between Ukraine and Poland, and a threat against Kharkiv.
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser

import pytest

from wirecoder.link import relink
from wirecoder.link.synthetic import analysis_of
from wirecoder.report import situation
from wirecoder.store import Store

T0 = datetime(2024, 11, 10, 8, 0, tzinfo=UTC)


def corpus():
    strike = {"type": "ASSAULT", "actor": ["RUS"], "recipient": ["UKR"], "place": "Odesa",
              "date": "2024-11-10"}
    return [
        analysis_of("Drones struck an oil depot in Odesa overnight, killing about 4 people, "
                    "the regional governor said.",
                    [{**strike, "evidence": "Drones struck an oil depot in Odesa",
                      "claim": {"source": "the regional governor", "actor": "UKR.GOV",
                                "hedged": True},
                      "quantities": [{"text": "about 4", "value": 4, "counted": "killed",
                                      "approximate": True}]}],
                    outlet="River Courier", published=T0, title="Depot hit in Odesa"),
        analysis_of("Officials said 9 people died when drones hit an Odesa oil depot on Sunday.",
                    [{**strike, "evidence": "drones hit an Odesa oil depot",
                      "claim": {"source": "Officials", "kind": "institution",
                                "actor": "UKR.GOV"},
                      "quantities": [{"text": "9", "value": 9, "counted": "killed"}]}],
                    outlet="Harbour Review", published=T0 + timedelta(days=1),
                    title="Odesa toll rises"),
        analysis_of("Russia's defence ministry denied striking any depot in Odesa.",
                    [{**strike, "status": "denied", "evidence": "striking any depot in Odesa",
                      "claim": {"source": "Russia's defence ministry", "kind": "institution",
                                "actor": "RUS.MIL", "polarity": "negative"}}],
                    outlet="Harbour Review", published=T0 + timedelta(days=2),
                    title="Moscow denies"),
        analysis_of("Ukraine and Poland agreed on Friday to open more border crossings near Kyiv "
                    "<for trucks> & buses.",
                    [{"type": "AGREE", "actor": ["UKR"], "recipient": ["POL"], "place": "Kyiv",
                      "date": "2024-11-15",
                      "evidence": "Ukraine and Poland agreed on Friday to open more border "
                                  "crossings near Kyiv <for trucks> & buses"}],
                    outlet="River Courier", published=T0 + timedelta(days=5),
                    title="Crossings <deal> & more"),
        analysis_of("Russia threatened to strike Kharkiv next week.",
                    [{"type": "THREATEN", "actor": ["RUS"], "recipient": ["UKR"],
                      "place": "Kharkiv", "date": "2024-W48", "precision": "week",
                      "status": "threatened",
                      "evidence": "Russia threatened to strike Kharkiv"}],
                    outlet="Steppe Post", published=T0 + timedelta(days=10), title="Threat"),
    ]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = Store(tmp_path_factory.mktemp("report") / "report.db")
    for analysis in corpus():
        s.save(analysis)
    relink(s)
    yield s
    s.close()


@pytest.fixture(scope="module")
def report(store):
    return situation.build(store)


def test_report_situation_headline_counts(report):
    c = report["counts"]
    assert (c["articles"], c["outlets"], c["story_events"], c["dated_events"]) == (5, 3, 3, 3)
    assert c["by_type"] == {"AGREE": 1, "ASSAULT": 1, "THREATEN": 1}
    assert c["disputed"] == 1 and c["contradictions"] == 2 and c["estimate_series"] == 1
    assert report["as_of"] == "2024-11-20"
    assert report["period"] == {"first": "2024-11-10", "last": "2024-11-25"}


def test_report_situation_events_in_date_order_with_sources(report):
    events = report["events"]
    assert [e["type"] for e in events] == ["ASSAULT", "AGREE", "THREATEN"]
    strike = events[0]
    assert strike["n_reports"] == 3 and strike["disputed"]
    assert [a["name"] for a in strike["actor_names"]] == ["Russia"]
    speakers = {r["claim"]["speaker"] for r in strike["reports"]}
    assert speakers == {"the regional governor", "Officials", "Russia's defence ministry"}
    assert strike["how_sure"].startswith("Disputed")
    assert "Party source" in strike["how_sure"]


@pytest.mark.parametrize("index,phrase", [(1, "1 independent source; no corroboration yet"),
                                          (2, "Threatened, not carried out"),
                                          (2, "Dated only to the week")])
def test_report_situation_how_sure_notes(report, index, phrase):
    assert phrase in report["events"][index]["how_sure"]


def test_report_situation_estimates_and_contradictions(report):
    [series] = report["estimates"]
    assert series["counted"] == "killed"
    assert [p["value"] for p in series["points"]] == [4.0, 9.0]
    assert series["subject_label"] == "assault in Odesa, 10 Nov 2024"
    assert "4 to 9" in series["how_sure"] and "1 hedged or approximate" in series["how_sure"]
    kinds = {c["kind"]: c for c in report["contradictions"]}
    assert kinds["denial"]["a"]["speakers"] == ["Russia's defence ministry"]
    assert set(kinds["denial"]["b"]["outlets"]) == {"River Courier", "Harbour Review"}
    assert {kinds["numbers"]["a"]["value"], kinds["numbers"]["b"]["value"]} == {4.0, 9.0}


def test_report_situation_sources_and_claims(report):
    by_outlet = {s["outlet"]: s for s in report["sources"]}
    assert set(by_outlet) == {"River Courier", "Harbour Review", "Steppe Post"}
    assert by_outlet["Harbour Review"]["articles"] == 2
    claims = {c["speaker"]: c for c in by_outlet["Harbour Review"]["claims"]}
    assert claims["Russia's defence ministry"]["polarity"] == "negative"
    assert by_outlet["River Courier"]["claims"][0]["hedged"]


@pytest.mark.parametrize("scope,types,contradictions", [
    ({"since": "2024-11-14"}, ["AGREE", "THREATEN"], 0),
    ({"until": "2024-11-12"}, ["ASSAULT"], 2),
    ({"actor": "POL"}, ["AGREE"], 0),
    ({"actor": "RUS"}, ["ASSAULT", "THREATEN"], 2),
])
def test_report_situation_scope(store, scope, types, contradictions):
    built = situation.build(store, **scope)
    assert [e["type"] for e in built["events"]] == types
    assert len(built["contradictions"]) == contradictions
    assert built["scope"] == {"since": None, "until": None, "actor": None, **scope}


def test_report_situation_keeps_best_attested_when_capped(store):
    built = situation.build(store, max_events=1)
    assert [e["type"] for e in built["events"]] == ["ASSAULT"]
    assert built["omitted_events"] == 2


def test_report_situation_markdown_has_everything(report):
    md = situation.render_markdown(report)
    assert md.startswith("# Situation report\n")
    for text in ("Drones struck an oil depot in Odesa", "AGREE", "Russia threatened to strike",
                 "## Estimates", "| 10 Nov 2024 | 4 killed (“about 4”)",
                 "| 11 Nov 2024 | 9 killed (“9”)",
                 "### killed · assault in Odesa, 10 Nov 2024",
                 "## Contradictions", "denial", "Russia's defence ministry", "Harbour Review",
                 "how sure: Disputed", "(hedged"):
        assert text in md, text


def test_report_situation_markdown_cells_escape_article_words(report):
    """Words from articles (what is counted, whom a series is about) cannot end a table cell
    or a heading early."""
    import copy

    odd = copy.deepcopy(report)
    series = odd["estimates"][0]
    series["counted"] = series["title"] = "drones|boats"
    series["subject_label"] = "Odesa\n# not a heading"
    md = situation.render_markdown(odd)
    rows = [line for line in md.splitlines() if "boats" in line]
    assert rows[0].startswith("### drones\\|boats · Odesa # not a heading")
    assert all(line.count(" | ") == 6 for line in rows[1:] if line.startswith("| "))
    assert "drones\\|boats" in rows[1] and "\n# not a heading" not in md


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.open: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in ("meta", "br", "link", "!doctype"):
            self.open.append(tag)

    def handle_endtag(self, tag):
        assert self.open and self.open[-1] == tag, (self.open[-3:], tag)
        self.open.pop()

    def handle_data(self, data):
        self.text.append(data)


def test_report_situation_html_is_balanced_and_escaped(report):
    page = situation.render_html(report)
    parser = _Tags()
    parser.feed(page)
    assert parser.open == []
    text = "".join(parser.text)
    assert "<for trucks> & buses" in text  # escaped in the page, read back as text
    assert "<for trucks>" not in page
    for phrase in ("Drones struck an oil depot in Odesa", "Estimates", "Contradictions",
                   "Russia's defence ministry", "How sure"):
        assert phrase in text, phrase


def test_report_situation_html_says_a_figures_range_as_markdown_does(report):
    """A figure given as a range ("between 3 and 5") keeps it in both formats."""
    ranged = copy.deepcopy(report)
    point = ranged["estimates"][0]["points"][0]
    point["low"], point["high"] = 3, 5
    assert "| 3–5 |" in situation.render_markdown(ranged)
    assert "<td>3–5</td>" in situation.render_html(ranged)
    assert "<th scope=\"col\">range</th>" in situation.render_html(ranged)


@pytest.mark.parametrize("fmt,start", [("md", "# Situation report"), ("html", "<!doctype html>"),
                                       ("json", "{")])
def test_report_situation_write_report(store, tmp_path, fmt, start):
    out = tmp_path / f"brief.{fmt}"
    text = situation.write_report(store.url.removeprefix("sqlite:///"), fmt, str(out),
                                  since="2024-11-01")
    assert out.read_text(encoding="utf-8") == text and text.startswith(start)


def test_report_situation_empty_store(tmp_path):
    with Store(tmp_path / "empty.db") as s:
        built = situation.build(s)
    assert built["counts"]["story_events"] == 0 and built["events"] == []
    assert "No dated story events" in situation.render_markdown(built)
    assert "No contradictions" in situation.render_html(built)


@pytest.mark.parametrize("text,name,expected", [
    ("He", "Pat Ryder", "He [Pat Ryder]"),
    ("North Korea's foreign ministry", "Foreign ministry of North Korea",
     "North Korea's foreign ministry"),
    ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "Kremlin spokesman Dmitry Peskov"),
    ("officials", None, "officials"),
])
def test_report_situation_speaker_with_actor(text, name, expected):
    assert situation._who(text, name) == expected


@pytest.mark.parametrize("date,expected", [
    ({"value": "2024-11-18TNI", "start": "2024-11-18"}, "18 Nov 2024 (night)"),
    ({"value": "2024-W48", "start": "2024-11-25"}, "week 48 of 2024"),
    ({"value": "XXXX-11-21", "start": "2024-11-21"}, "21 Nov 2024"),
    ({"value": "XXXX-11-21", "start": None}, "21 Nov (year unknown)"),
    ({"value": None, "start": None}, "undated"),
])
def test_report_situation_when(date, expected):
    assert situation.when(date) == expected


def test_report_situation_best_attested_in_headline(report):
    [best] = report["best_attested"]
    assert "ASSAULT" in best["head"] and best["n_independent"] >= 2
    assert "best attested: " in situation.render_markdown(report)


def test_report_situation_contradiction_says_what_happened(tmp_path):
    """A numbers contradiction names the fate: '6 vs 9 missiles fired', not 'missiles'."""
    def salvo(text, fired, outlet):
        return analysis_of(text, [{
            "type": "ASSAULT", "actor": ["RUS"], "recipient": ["UKR"], "place": "Odesa",
            "date": "2024-11-10", "evidence": text.split(",")[0], "quantities": [
                {"text": fired[0], "value": fired[1], "counted": "missiles", "fate": "fired"}]}],
            outlet=outlet, published=T0)

    with Store(tmp_path / "fate.db") as s:
        s.save(salvo("Russia fired six missiles at Odesa, the navy said.", ("six", 6), "A"))
        s.save(salvo("Russia fired nine missiles at Odesa, a monitor said.", ("nine", 9), "B"))
        relink(s)
        built = situation.build(s)
    [row] = built["contradictions"]
    assert (row["fate"], row["what"]) == ("fired", "missiles fired")
    assert "(6 vs 9 missiles fired)" in row["how_sure"]
    assert "· numbers: missiles fired — ASSAULT" in situation.render_markdown(built)
    assert "numbers: missiles fired" in situation.render_html(built)


@pytest.mark.parametrize("value,expected", [
    ("2024-11-18", "18 Nov 2024"), ("2024-11-18TNI", "18 Nov 2024 (night)"),
    ("2024-11-18TMO", "18 Nov 2024 (morning)"), ("2024-11-18T14:30", "18 Nov 2024, 14:30"),
    ("2024-11", "Nov 2024"), ("2024", "2024"), ("2024-W44", "week 44 of 2024"),
    ("2024-W46-WE", "weekend of week 46 of 2024"), ("2024-W44-3", "30 Oct 2024"),
    ("2024-Q3", "Q3 2024"), ("2024-H1", "first half of 2024"), ("2024-SU", "summer 2024"),
    ("202X", "the 2020s"), ("XXXX-11-21", "21 Nov (year unknown)"),
    ("XXXX-XX-XX", "date unknown"), ("PRESENT_REF", "now"), (None, "undated"),
    ("2024-02-30", "2024-02-30"), ("P3D", "P3D"),  # no calendar date: the value as is
])
def test_report_situation_date_label(value, expected):
    from wirecoder.report.dates import label

    assert label(value) == expected


def test_report_situation_renders_dates_for_readers(tmp_path):
    """TIMEX values are labels in the Markdown and HTML, raw in the JSON."""
    ev = {"type": "ASSAULT", "actor": ["RUS"], "recipient": ["UKR"], "place": "Kharkiv",
          "date": "2024-11-18TNI", "precision": "part",
          "evidence": "Russian drones struck Kharkiv overnight"}
    with Store(tmp_path / "dates.db") as s:
        s.save(analysis_of("Russian drones struck Kharkiv overnight, officials said.", [ev],
                           outlet="A", published=T0))
        relink(s)
        built = situation.build(s)
    md, page = situation.render_markdown(built), situation.render_html(built)
    assert "### 18 Nov 2024 (night) · ASSAULT" in md and "2024-11-18TNI" not in md
    assert "18 Nov 2024 (night) · ASSAULT" in page and "2024-11-18TNI" not in page
    assert '"2024-11-18TNI"' in situation.render(built, "json")


@pytest.mark.parametrize("value,how,expected", [
    ("2024-11-18TNI", "explicit", "18 Nov 2024 (night) (explicit, 2024-11-18TNI)"),
    ("2024", "relative", "2024 (relative)"),
])
def test_report_situation_article_view_dates_read_with_their_value(value, how, expected):
    """The one-article view (analyze --format text|md) says the date and keeps the value."""
    from wirecoder.model import DateRef
    from wirecoder.report.article import _date_label

    precision = "part" if "T" in value else "year"
    assert _date_label(DateRef(value=value, precision=precision, how=how)) == expected


@pytest.mark.parametrize("kind,precision,expected", [
    ("city", "city", "Vorukh (city, TJ, 39.85,70.58)"),
    ("other", "admin1", "Kok-Tash (other, located to admin1, TJ, 39.85,70.58)"),
])
def test_report_situation_article_view_place_says_kind_and_precision(kind, precision, expected):
    """A place the gazetteer lacks, located by its region's point, reads as what it is, not as
    a region."""
    from wirecoder.model import Place
    from wirecoder.report.article import _place_label

    name = expected.split(" (")[0]
    place = Place(id="local:1", name=name, kind=kind, precision=precision, country="TJ",
                  lat=39.85, lon=70.58)
    assert _place_label(place) == expected
