"""The situation report: a dated brief on one developing story, built from the store alone.

``build(store, since, until, actor)`` gathers story events, estimate series, contradictions
and the sources behind them into one plain ``dict``; ``render_markdown`` and ``render_html``
print it. Every figure and sentence is derived from the store through public ``Store``
queries; nothing here has SQL of its own. The web UI reuses :func:`story_detail` to show the
reports, claims and evidence behind a story event, and :func:`actor_label` for unnamed ids.
"""

from __future__ import annotations

import html
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from wirecoder.errors import StoreError
from wirecoder.link.estimates import figure, series_title
from wirecoder.model import Analysis, Claim
from wirecoder.report.article import how_said
from wirecoder.report.dates import label
from wirecoder.report.names import source_name
from wirecoder.store.stories import actor_key

#: Story events listed in full; the rest are counted (the most reported are kept).
MAX_EVENTS = 60
#: What "independent" counts (link/corroborate.py), said under every report.
INDEPENDENT = ("“independent” counts distinct sources: each speaker once however many outlets "
               "quote them, syndicated copies once, and an outlet's own voice only where it "
               "quotes nobody on the event.")
#: Statuses that say the event did not (yet) happen, in the words of the brief.
NOT_YET = {"possible": "possible, not reported as having happened",
           "planned": "planned, not yet carried out",
           "threatened": "threatened, not carried out",
           "historical": "an earlier event recalled as background"}


# --- reading helpers (shared with the web UI) ---------------------------------------------

def actor_label(actor_id: str) -> str:
    """A readable fallback for an actor id never seen in a loaded article."""
    if actor_id.startswith("p:"):
        return " ".join(w.capitalize() for w in actor_id[2:].split("-"))
    return actor_id


class Reader:
    """Stored analyses loaded once each, for claims, titles and actor names."""

    def __init__(self, store: Any):
        self.store = store
        self._analyses: dict[str, Analysis | None] = {}
        self._names: dict[str, str] = {}

    def analysis(self, article_id: str) -> Analysis | None:
        if article_id not in self._analyses:
            try:
                found: Analysis | None = self.store.get(article_id)
            except StoreError:  # relinked after the article was removed: show what is left
                found = None
            self._analyses[article_id] = found
            for a in found.actors if found else ():
                self._names.setdefault(a.id, a.name)
        return self._analyses[article_id]

    def load(self, article_ids: Iterable[str]) -> None:
        for article_id in article_ids:
            self.analysis(article_id)

    def name(self, actor_id: str) -> str:
        return self._names.get(actor_id) or actor_label(actor_id)

    def actors(self, ids: Iterable[str]) -> list[dict[str, str]]:
        return [{"id": i, "name": self.name(i)} for i in ids]

    def claim(self, article_id: str, claim_id: str | None) -> dict | None:
        analysis = self.analysis(article_id) if claim_id else None
        found = next((c for c in analysis.claims if c.id == claim_id), None) if analysis else None
        return claim_dict(found, self) if found else None

    def article(self, article_id: str) -> dict:
        analysis = self.analysis(article_id)
        if analysis is None:
            return {"id": article_id, "title": None, "url": None}
        art = analysis.article
        return {"id": art.id, "title": art.title, "url": art.url}


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", re.sub(r"['’]s\b", "", text.casefold()))) - {
        "of", "the", "a", "an", "and"}


def _who(text: str, name: str | None) -> str:
    """The words naming the speaker, with the resolved actor when they say less than its name
    ("He [Pat Ryder]"; not "North Korea's foreign ministry [Foreign ministry of North Korea]")."""
    if name and not _words(name) <= _words(text):
        return f"{text} [{name}]"
    return text


def claim_dict(claim: Claim, reader: Reader) -> dict:
    src = claim.source
    name = reader.name(src.actor) if src.actor else None
    said_by = source_name(src.text) or src.text
    return {"id": claim.id, "speaker": said_by, "who": _who(said_by, name),
            "speaker_kind": src.kind, "speaker_actor": src.actor, "speaker_name": name,
            "cue": claim.cue.text if claim.cue else None,
            "text": claim.content.text, "style": claim.style, "hedged": claim.hedged,
            "hedges": [h.text for h in claim.hedges], "polarity": claim.polarity,
            "date": claim.date.value if claim.date else None, "via": claim.via}


def sourced_reports(story: dict, reader: Reader) -> list[dict]:
    """The story's reports with their article's title and the claim that carries each."""
    out = []
    for r in story.get("reports", []):
        out.append({**r, "article": reader.article(r["article_id"]),
                    "claim": reader.claim(r["article_id"], r.get("claim_id"))})
    return out


def how_sure(story: dict, reports: list[dict]) -> str:
    """One or two sentences on how far the record supports the event, from its figures."""
    status, n_ind = story["status"], story["n_independent"]
    speakers = sorted({source_name(s) for s in story.get("speakers", []) if s})
    notes = []
    if story["disputed"]:
        shown = ", ".join(f"{k} ×{v}" for k, v in sorted(story["statuses"].items()))
        notes.append(f"Disputed: the reports disagree on what happened ({shown}).")
    elif status == "occurred":
        notes.append(f"Reported as having happened by {n_ind} independent "
                     f"source{'s' if n_ind != 1 else ''}"
                     + ("; no corroboration yet." if n_ind < 2 else "."))
    elif status == "reported":
        who = f" ({'; '.join(speakers[:3])})" if speakers else ""
        notes.append(f"Reported, not confirmed: known only from attributed claims{who}.")
    elif status == "denied":
        notes.append("Denied" + (f" by {'; '.join(speakers[:3])}." if speakers else "."))
    else:
        notes.append(NOT_YET.get(status, status).capitalize() + ".")
    if story["n_articles"] > n_ind:
        notes.append(f"{story['n_articles']} articles but {n_ind} independent "
                     "(syndicated copies or the same wire counted once).")
    if story["party_source"]:
        names = story.get("party_source_names") or story["party_sources"]
        notes.append("Party source: " + "; ".join(names)
                     + " (a side in the story).")
    hedges = sorted({h for r in reports if r.get("claim") for h in r["claim"]["hedges"]})
    if hedges:
        notes.append("Hedged: " + ", ".join(f"“{h}”" for h in hedges) + ".")
    precision = (story.get("date") or {}).get("precision")
    if precision and precision not in ("day", "part", "time"):
        notes.append(f"Dated only to the {precision}.")
    elif not precision:
        notes.append("Undated.")
    return " ".join(notes)


def story_detail(store: Any, story: dict, reader: Reader | None = None) -> dict:
    """A story event with actor names, sourced reports and its "how sure" note."""
    reader = reader or Reader(store)
    reader.load(r["article_id"] for r in story.get("reports", []))
    reports = sourced_reports(story, reader)
    detail = {**story, "actor_names": reader.actors(story["actors"]),
              "recipient_names": reader.actors(story["recipients"]),
              "party_source_names": [reader.name(a) for a in story["party_sources"]],
              "reports": reports}
    return {**detail, "how_sure": how_sure(detail, reports)}


# --- the brief ----------------------------------------------------------------------------

def _in_range(day: str | None, since: str | None, until: str | None) -> bool:
    if not day:
        return not (since or until)
    day = day[:10]
    return (not since or day >= since) and (not until or day <= until)


def _actor_match(key: str | None, actor: str) -> bool:
    """``key`` (an actor id) is ``actor`` or one of its parts ("RUS" matches "RUS.MIL")."""
    if not key:
        return False
    a = actor_key(actor)
    return key == a or key.startswith(a + ".")


def _attestation(s: dict) -> tuple:
    """Best attested first: independent sources, reports, then how concrete it is."""
    precise = (s["date"]["precision"] or "") in ("day", "part", "time")
    return (-s["n_independent"], -s["n_reports"], -bool(s["actors"] or s["recipients"]),
            -bool(s["place"]), -precise, s["id"])


def _key_events(stories: list[dict], limit: int) -> tuple[list[dict], int]:
    """The best-attested ``limit`` stories, shown in date order; how many were left out."""
    if len(stories) <= limit:
        return stories, 0
    ranked = sorted(stories, key=_attestation)
    keep = {s["id"] for s in ranked[:limit]}
    return [s for s in stories if s["id"] in keep], len(stories) - limit


def subject_label(subject: str, stories: dict[str, dict], reader: Reader) -> str:
    """Casualty series are about one story event; others about an actor or country."""
    story = stories.get(subject)
    if story:
        where = f" in {story['place']['name']}" if story["place"] else ""
        return f"{story['type'].lower()}{where}, {when(story['date'])}"
    return reader.name(subject)


def _series(points: list[dict], stories: dict[str, dict], reader: Reader) -> list[dict]:
    by_series: dict[str, list[dict]] = defaultdict(list)
    for p in points:
        by_series[p["series"]].append({**p, "speaker": source_name(p["speaker"])})
    out = []
    for sid, pts in by_series.items():
        pts.sort(key=lambda p: (p["date"] or "", p["seq"]))
        subject = pts[0]["subject"]
        out.append({"series": sid, "counted": pts[0]["counted"], "fate": pts[0].get("fate"),
                    "title": series_title(pts[0]["counted"], pts[0].get("fate")),
                    "subject": subject,
                    "subject_label": subject_label(subject, stories, reader),
                    "points": pts, "how_sure": _series_note(pts)})
    out.sort(key=lambda s: (-len(s["points"]), s["counted"], s["subject"]))
    return out


def when(date: dict) -> str:
    """A story date for reading ("18 Nov 2024 (night)", "week 44 of 2024"); the first day it
    may be when its value has no year or is unresolved."""
    value, start = date.get("value"), date.get("start")
    if start and (not value or value.startswith("X")):
        return label(start)
    return label(value)


def _day(value: str | None) -> str:
    """A day (or the month a figure was given for: "up from 7,000 in October") for reading;
    an unresolved date ("XXXX-XX-XX") or none as undated."""
    return label(value[:10]) if value and re.match(r"\d{4}-\d{2}(-\d{2}|$)", value) \
        else "undated"


def _range(point: dict) -> str:
    """'200–300' for a figure given as a range, else nothing."""
    return f"{_fmt(point['low'])}–{_fmt(point['high'])}" if point["low"] != point["high"] else ""


def _bound(point: dict) -> str:
    return how_said(point["bound"], bool(point.get("approximate")))


def _fmt(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def _series_note(points: list[dict]) -> str:
    values = [p["value"] for p in points]
    speakers = {p["speaker"] or p["outlet"] or "?" for p in points}
    hedged = [p for p in points if p["hedged"] or p["approximate"]]
    notes = [f"{len(points)} figure{'s' if len(points) != 1 else ''} from {len(speakers)} "
             f"source{'s' if len(speakers) != 1 else ''}, {_fmt(min(values))} to "
             f"{_fmt(max(values))}."]
    if hedged:
        cues = sorted({h for p in hedged for h in p["hedges"]})
        notes.append(f"{len(hedged)} hedged or approximate"
                     + (f" ({', '.join(f'“{c}”' for c in cues)})" if cues else "") + ".")
    bounds = Counter(p["bound"] for p in points if p["bound"] != "exact")
    # The cue words are the point's own ("no more than", "as many as"); not quoted here.
    if bounds.get("lower"):
        notes.append(f"{bounds['lower']} lower bound(s): minimums, not counts.")
    if bounds.get("upper"):
        notes.append(f"{bounds['upper']} upper bound(s): maximums, not counts.")
    return " ".join(notes)


def _contradiction(c: dict, stories: dict[str, dict]) -> dict:
    story = stories.get(c["story_id"] or "")
    side = {s: {k: c.get(f"{s}_{k}") for k in ("text", "value", "outlets", "speakers",
                                                 "articles", "claims")} for s in ("a", "b")}
    for s in side.values():
        if s["speakers"]:
            s["speakers"] = sorted({source_name(w) for w in s["speakers"]})
    what = series_title(c["counted"], c.get("fate")) if c["counted"] else None
    if c["kind"] == "numbers":
        note = (f"The figures differ ({_fmt(side['a']['value'])} vs "
                f"{_fmt(side['b']['value'])}"
                + (f" {what}" if what else "") + "); neither is verified here.")
    elif c["kind"] == "denial":
        note = "One side denies what the other asserts; the store holds claims, not proof."
    else:
        note = "The two accounts say opposite things; check who each source is."
    return {"id": c["id"], "kind": c["kind"], "date": c["date"], "counted": c["counted"],
            "fate": c.get("fate"), "what": what, "story_id": c["story_id"],
            "series": c["series"],
            "story": {"type": story["type"], "evidence": story["evidence"]} if story else None,
            "a": side["a"], "b": side["b"], "how_sure": note}


def _sources(events: list[dict], reader: Reader) -> list[dict]:
    """Per outlet: how many of its articles are cited and the claims they carry."""
    by_outlet: dict[str, dict] = {}
    for ev in events:
        for r in ev["reports"]:
            outlet = r.get("outlet") or "(no outlet)"
            entry = by_outlet.setdefault(outlet, {"outlet": outlet, "articles": set(),
                                                  "claims": {}})
            entry["articles"].add(r["article_id"])
            if r.get("claim"):
                key = (r["article_id"], r["claim"]["id"])
                entry["claims"][key] = {**r["claim"], "article_id": r["article_id"],
                                        "story_id": ev["id"]}
    out = []
    for entry in sorted(by_outlet.values(), key=lambda e: (-len(e["articles"]), e["outlet"])):
        out.append({"outlet": entry["outlet"], "articles": len(entry["articles"]),
                    "claims": list(entry["claims"].values())})
    return out


def build(store: Any, since: str | None = None, until: str | None = None,
          actor: str | None = None, max_events: int = MAX_EVENTS) -> dict:
    """The situation report of the store, optionally for a date range and one actor.

    ``since``/``until`` are ISO days (story dates overlap the range; articles by publication
    day); ``actor`` an actor id or country code, as ``Store.stories`` takes it.
    """
    reader = Reader(store)
    stories = store.stories(since=since, until=until, actor=actor, limit=None)
    dated = [s for s in stories if s["date"]["start"]]
    key, omitted = _key_events(dated, max_events)
    reader.load(r["article_id"] for s in key for r in s["reports"])
    events = [story_detail(store, s, reader) for s in key]
    scope_ids = {s["id"] for s in stories}

    points = [p for p in store.estimates() if _in_range(p["date"], since, until)]
    if actor:
        points = [p for p in points if _actor_match(p["subject"], actor)
                  or p["story_id"] in scope_ids]
    by_id = {s["id"]: s for s in stories}
    contradictions = [_contradiction(c, by_id) for c in store.contradictions()
                      if (c["story_id"] in scope_ids if actor
                          else _in_range(c["date"], since, until))]

    articles = [a for a in store.articles() if _in_range(a["published"], since, until)]
    if actor:
        cited = {r["article_id"] for s in stories for r in s["reports"]}
        articles = [a for a in articles if a["id"] in cited]
    published = sorted(a["published"] for a in articles if a["published"])
    days = sorted(s["date"]["start"] for s in dated)
    counts = {
        "articles": len(articles),
        "outlets": len({a["outlet"] for a in articles if a["outlet"]}),
        "story_events": len(stories), "dated_events": len(dated),
        "undated_events": len(stories) - len(dated),
        "by_status": dict(Counter(s["status"] for s in stories).most_common()),
        "by_type": dict(Counter(s["type"] for s in stories).most_common()),
        "disputed": sum(s["disputed"] for s in stories),
        "corroborated": sum(s["n_independent"] >= 2 for s in stories),
        "estimate_series": len({p["series"] for p in points}),
        "contradictions": len(contradictions), "failures": len(store.failures()),
    }
    return {
        "title": "Situation report" + (f": {reader.name(actor)}" if actor else ""),
        "scope": {"since": since, "until": until, "actor": actor},
        "as_of": until or (published[-1][:10] if published else None),
        "period": {"first": days[0] if days else None, "last": days[-1] if days else None},
        "counts": counts, "events": events, "omitted_events": omitted,
        "estimates": _series(points, by_id, reader), "contradictions": contradictions,
        "sources": _sources(events, reader),
        "best_attested": [{"id": e["id"], "head": _event_head(e),
                           "n_independent": e["n_independent"]}
                          for e in sorted(events, key=_attestation)[:3]
                          if e["n_independent"] >= 2],
    }


def render(report: dict, fmt: str = "md") -> str:
    """The report as ``md`` (Markdown), ``html`` or ``json``."""
    if fmt == "json":
        import json

        return json.dumps(report, ensure_ascii=False, indent=2, default=str) + "\n"
    renderers = {"md": render_markdown, "html": render_html}
    if fmt not in renderers:
        raise ValueError(f"Unknown report format '{fmt}'. Choose one of: md, html, json.")
    return renderers[fmt](report)


def write_report(db: str, fmt: str = "md", output: str | None = None, since: str | None = None,
                 until: str | None = None, actor: str | None = None) -> str:
    """Build and render the report of the store at ``db`` (``wirecoder report``); write it to
    ``output`` when given. Returns the text."""
    from pathlib import Path

    from wirecoder.store import Store

    with Store(db) as store:
        text = render(build(store, since=since, until=until, actor=actor), fmt)
    if output:
        Path(output).write_text(text, encoding="utf-8")
    return text


# --- Markdown -----------------------------------------------------------------------------

def _md(text: Any) -> str:
    return str(text if text is not None else "–").replace("|", "\\|").replace("\n", " ")


def _names(entries: list[dict]) -> str:
    return ", ".join(e["name"] for e in entries) or "–"


def _event_head(e: dict, with_status: bool = True) -> str:
    typ = e["type"] + (f"/{e['mode']}" if e["mode"] else "")
    place = e["place"]["name"] if e["place"] else "place unknown"
    who = (f"{_names(e['actor_names'])} → {_names(e['recipient_names'])}"
           if e["actor_names"] or e["recipient_names"] else "no actor named")
    return (f"{when(e['date'])} · {typ} · {who} · {place}"
            + (f" · {e['status']}" if with_status else "")
            + (" (disputed)" if e["disputed"] else ""))


def _corroboration(e: dict) -> str:
    party = (f"; party source: {', '.join(e['party_source_names'])}" if e["party_source"]
             else "")
    return (f"{e['n_reports']} report(s) in {e['n_articles']} article(s), "
            f"{e['n_outlets']} outlet(s), {e['n_independent']} independent{party}")


def _side(s: dict) -> str:
    who = "; ".join(s["speakers"] or []) or "unattributed"
    where = ", ".join(s["outlets"] or []) or "?"
    value = f" [{_fmt(s['value'])}]" if s["value"] is not None else ""
    return f"{who} ({where}){value}: “{s['text']}”"


def _period(report: dict) -> str:
    first, last = report["period"]["first"], report["period"]["last"]
    return f"{_day(first) if first else '?'} to {_day(last) if last else '?'}"


def _scope_line(report: dict) -> str:
    sc = report["scope"]
    parts = [f"from {_day(sc['since'])}" if sc["since"] else "", f"until {_day(sc['until'])}"
             if sc["until"] else "", f"actor {sc['actor']}" if sc["actor"] else ""]
    return " ".join(p for p in parts if p) or "everything stored"


def render_markdown(report: dict) -> str:
    c = report["counts"]
    out = [f"# {report['title']}", "",
           f"As of {_day(report['as_of'])} · scope: {_scope_line(report)} · events "
           f"{_period(report)}", "",
           "## Headline", "",
           f"- {c['articles']} articles from {c['outlets']} outlets; {c['story_events']} story "
           f"events ({c['dated_events']} dated, {c['undated_events']} undated)",
           "- by status: " + (", ".join(f"{k} {v}" for k, v in c["by_status"].items()) or "–"),
           "- by type: " + (", ".join(f"{k} {v}" for k, v in c["by_type"].items()) or "–"),
           f"- {c['corroborated']} corroborated by 2+ independent sources, {c['disputed']} "
           f"disputed, {c['contradictions']} contradictions, {c['estimate_series']} estimate "
           f"series, {c['failures']} ingest failures"]
    out += [f"- best attested: {_md(b['head'])} ({b['n_independent']} independent)"
            for b in report["best_attested"]]
    out += ["", "## Key events", ""]
    if not report["events"]:
        out += ["No dated story events in this scope.", ""]
    for e in report["events"]:
        out += [f"### {_md(_event_head(e))}", "", f"> {_md(e['evidence'])}", "",
                f"- corroboration: {_corroboration(e)}",
                f"- how sure: {e['how_sure']}"]
        for r in e["reports"]:
            claim = r["claim"]
            said = (f" — {_md(claim['who'])}: “{_md(claim['text'])}”"
                    + (f" (hedged: {', '.join(claim['hedges'])})" if claim["hedged"] else "")
                    if claim else "")
            out.append(f"  - {r['outlet'] or '?'}, {_day(r['published'])}, "
                       f"{r['status']}: “{_md(r['evidence'])}”{said}")
        out.append("")
    if report["omitted_events"]:
        out += [f"*{report['omitted_events']} less-attested events not listed.*", ""]
    out += ["## Estimates", ""]
    if not report["estimates"]:
        out += ["No estimate series in this scope.", ""]
    for s in report["estimates"]:
        out += [f"### {_md(s['title'])} · {_md(s['subject_label'])}", "",
                f"How sure: {s['how_sure']}", "",
                "| date | figure | range | bound | hedges | source | outlet |",
                "|---|---|---|---|---|---|---|"]
        for p in s["points"]:
            out.append(f"| {_day(p['date'])} | {_md(figure(p['value'], s['counted']))} "
                       f"(“{_md(p['text'])}”) | {_range(p)} "
                       f"| {_bound(p)} | {_md(', '.join(p['hedges']) or '–')} | "
                       f"{_md(p['speaker'])} | {_md(p['outlet'])} |")
        out.append("")
    out += ["## Contradictions", ""]
    if not report["contradictions"]:
        out += ["No contradictions found in this scope.", ""]
    for k in report["contradictions"]:
        about = f" — {k['story']['type']}: “{_md(k['story']['evidence'])}”" if k["story"] else ""
        what = f": {_md(k['what'])}" if k["what"] else ""
        out += [f"### {_day(k['date'])} · {k['kind']}{what}{about}", "",
                f"- A: {_md(_side(k['a']))}", f"- B: {_md(_side(k['b']))}",
                f"- how sure: {k['how_sure']}", ""]
    out += ["## Sources and their claims", ""]
    for s in report["sources"]:
        out.append(f"### {s['outlet']} ({s['articles']} article(s))")
        out.append("")
        for cl in s["claims"]:
            hedge = f" *(hedged: {', '.join(cl['hedges'])})*" if cl["hedged"] else ""
            deny = " *(denial)*" if cl["polarity"] == "negative" else ""
            out.append(f"- {_md(cl['who'])}: “{_md(cl['text'])}”{hedge}{deny}")
        if not s["claims"]:
            out.append("- (no attributed claims: reported in the outlet's own voice)")
        out.append("")
    out += ["---", "Reported ≠ occurred: “reported” events rest on attributed claims; "
            + INDEPENDENT]
    return "\n".join(out) + "\n"


# --- HTML ---------------------------------------------------------------------------------

_CSS = """body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;
color:#1d232a}h1{margin-bottom:.2rem}h2{border-bottom:1px solid #ccd;margin-top:2rem}
h3{font-size:1rem;margin:1.2rem 0 .3rem}blockquote{margin:.3rem 0;padding-left:.8rem;
border-left:3px solid #9ab;color:#333}.meta{color:#556}.sure{background:#f4f6f8;padding:.3rem .5rem;
border-radius:4px}.st{display:inline-block;padding:0 .4rem;border-radius:3px;color:#fff;
font-size:.85em}.occurred{background:#1b7f3b}.reported{background:#99650d}.denied{background:#b3261e}
.possible,.planned,.threatened,.historical{background:#5a5f8a}table{border-collapse:collapse;
font-size:.9em}td,th{border:1px solid #ccd;padding:.2rem .4rem;text-align:left}"""


def _e(text: Any) -> str:
    return html.escape(str(text if text is not None else "–"))


def _html_event(e: dict) -> list[str]:
    head = _e(_event_head(e, with_status=False))
    out = [f"<article><h3>{head} <span class=\"st {_e(e['status'])}\">{_e(e['status'])}</span>"
           "</h3>", f"<blockquote>{_e(e['evidence'])}</blockquote>",
           f"<p class=\"meta\">{_e(_corroboration(e))}</p>",
           f"<p class=\"sure\">How sure: {_e(e['how_sure'])}</p><ul>"]
    for r in e["reports"]:
        claim = r["claim"]
        said = ""
        if claim:
            said = f" — {_e(claim['who'])}: “{_e(claim['text'])}”"
            if claim["hedged"]:
                said += f" <em>(hedged: {_e(', '.join(claim['hedges']))})</em>"
        out.append(f"<li>{_e(r['outlet'] or '?')}, {_e(_day(r['published']))}, "
                   f"{_e(r['status'])}: “{_e(r['evidence'])}”{said}</li>")
    return [*out, "</ul></article>"]


def render_html(report: dict) -> str:
    """A self-contained HTML page (inline CSS, no scripts) of the report."""
    c = report["counts"]
    out = ["<!doctype html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
           f"<title>{_e(report['title'])}</title><style>{_CSS}</style></head><body>",
           f"<header><h1>{_e(report['title'])}</h1><p class=\"meta\">As of "
           f"{_e(_day(report['as_of']))} · scope: {_e(_scope_line(report))} · events "
           f"{_e(_period(report))}"
           "</p></header><main>", "<section><h2>Headline</h2><ul>",
           f"<li>{c['articles']} articles from {c['outlets']} outlets; {c['story_events']} story "
           f"events ({c['dated_events']} dated, {c['undated_events']} undated)</li>",
           "<li>By status: " + _e(", ".join(f"{k} {v}" for k, v in c["by_status"].items()))
           + "</li>",
           "<li>By type: " + _e(", ".join(f"{k} {v}" for k, v in c["by_type"].items()))
           + "</li>",
           f"<li>{c['corroborated']} corroborated by 2+ independent sources, {c['disputed']} "
           f"disputed, {c['contradictions']} contradictions, {c['estimate_series']} estimate "
           f"series, {c['failures']} ingest failures</li>"]
    out += [f"<li>Best attested: {_e(b['head'])} ({b['n_independent']} independent)</li>"
            for b in report["best_attested"]]
    out += ["</ul></section>", "<section><h2>Key events</h2>"]
    for e in report["events"]:
        out += _html_event(e)
    if not report["events"]:
        out.append("<p>No dated story events in this scope.</p>")
    if report["omitted_events"]:
        out.append(f"<p><em>{report['omitted_events']} less-attested events not listed."
                   "</em></p>")
    out.append("</section><section><h2>Estimates</h2>")
    for s in report["estimates"]:
        out += [f"<h3>{_e(s['title'])} · {_e(s['subject_label'])}</h3>",
                f"<p class=\"sure\">How sure: {_e(s['how_sure'])}</p>",
                "<table><thead><tr><th scope=\"col\">date</th><th scope=\"col\">figure</th>"
                "<th scope=\"col\">range</th><th scope=\"col\">bound</th>"
                "<th scope=\"col\">hedges</th><th scope=\"col\">source</th>"
                "<th scope=\"col\">outlet</th></tr></thead><tbody>"]
        for p in s["points"]:
            out.append(f"<tr><td>{_e(_day(p['date']))}</td><td>"
                       f"{_e(figure(p['value'], s['counted']))} (“{_e(p['text'])}”)</td><td>"
                       f"{_e(_range(p))}</td><td>{_e(_bound(p))}</td><td>"
                       f"{_e(', '.join(p['hedges']) or '–')}</td><td>{_e(p['speaker'])}</td>"
                       f"<td>{_e(p['outlet'])}</td></tr>")
        out.append("</tbody></table>")
    if not report["estimates"]:
        out.append("<p>No estimate series in this scope.</p>")
    out.append("</section><section><h2>Contradictions</h2>")
    for k in report["contradictions"]:
        about = (f" — {_e(k['story']['type'])}: “{_e(k['story']['evidence'])}”"
                 if k["story"] else "")
        what = f": {_e(k['what'])}" if k["what"] else ""
        out += [f"<h3>{_e(_day(k['date']))} · {_e(k['kind'])}{what}{about}</h3><ul>",
                f"<li>A: {_e(_side(k['a']))}</li><li>B: {_e(_side(k['b']))}</li></ul>",
                f"<p class=\"sure\">How sure: {_e(k['how_sure'])}</p>"]
    if not report["contradictions"]:
        out.append("<p>No contradictions found in this scope.</p>")
    out.append("</section><section><h2>Sources and their claims</h2>")
    for s in report["sources"]:
        out.append(f"<h3>{_e(s['outlet'])} ({s['articles']} article(s))</h3><ul>")
        for cl in s["claims"]:
            hedge = f" <em>(hedged: {_e(', '.join(cl['hedges']))})</em>" if cl["hedged"] else ""
            deny = " <em>(denial)</em>" if cl["polarity"] == "negative" else ""
            out.append(f"<li>{_e(cl['who'])}: “{_e(cl['text'])}”{hedge}{deny}</li>")
        if not s["claims"]:
            out.append("<li>(no attributed claims: reported in the outlet's own voice)</li>")
        out.append("</ul>")
    out += ["</section></main><footer><p class=\"meta\">Reported ≠ occurred: “reported” events "
            f"rest on attributed claims; {_e(INDEPENDENT)}</p></footer></body></html>"]
    return "\n".join(out) + "\n"
