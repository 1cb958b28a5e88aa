"""One article's facts as JSON, plain text or Markdown (``analyze`` and ``show`` print these)."""

from __future__ import annotations

from collections.abc import Callable

from wirecoder.link.estimates import figure
from wirecoder.model import Actor, Analysis, Claim, DateRef, Event, Place, Quantity
from wirecoder.report.dates import label
from wirecoder.report.names import source_name


def render(analysis: Analysis, fmt: str = "text") -> str:
    renderers: dict[str, Callable[[Analysis], str]] = {
        "json": lambda a: a.to_json(), "text": render_text, "md": render_markdown}
    return renderers[fmt](analysis)


def _names(analysis: Analysis) -> Callable[[list[str]], str]:
    by_id = {a.id: a for a in analysis.actors}

    def names(ids: list[str]) -> str:
        return " + ".join(_actor_label(by_id[i]) if i in by_id else i for i in ids) or "-"

    return names


def _actor_label(actor: Actor) -> str:
    extra = "/".join(x for x in (actor.country, actor.sector) if x)
    return f"{actor.name} [{extra}]" if extra else actor.name


def _place_label(place: Place | None) -> str:
    if place is None:
        return "-"
    where = f"{place.lat:.2f},{place.lon:.2f}" if place.lat is not None and place.lon is not None \
        else "?"
    # the kind says what the place is, the precision how well its point locates it: a village
    # the gazetteer lacks is placed at its region's point, which must not read as a region
    located = "" if place.precision == place.kind else f", located to {place.precision}"
    return f"{place.name} ({place.kind}{located}, {place.country or '?'}, {where})"


PLACE_FROM = {"dateline": "from the dateline", "article": "the article's city"}


def _event_place(e: Event, places: dict[str, Place]) -> str:
    """The event's place, saying so when the article gave it and the event's words did not."""
    label = _place_label(places.get(e.place or ""))
    return f"{label} [{PLACE_FROM[e.place_how]}]" if e.place_how in PLACE_FROM else label


def _date_label(date: DateRef | None) -> str:
    """'18 Nov 2024 (night) (explicit, 2024-11-18TNI)': for reading, with the TIMEX value."""
    if date is None:
        return "-"
    said = label(date.value)
    return f"{said} ({date.how}{', ' + date.value if said != date.value else ''})"


def _event_line(e: Event, places: dict[str, Place], qty: dict[str, Quantity],
                names: Callable[[list[str]], str]) -> str:
    mode = f"/{e.mode}" if e.mode else ""
    parts = [f"{e.id} {e.type}{mode} [{e.status}]", f"{names(e.actor)} -> {names(e.recipient)}",
             f"when {_date_label(e.date)}", f"where {_event_place(e, places)}"]
    if e.quantities:
        parts.append("qty " + ", ".join(qty[q].span.text for q in e.quantities if q in qty))
    if e.claim:
        parts.append(f"via claim {e.claim}")
    return " | ".join(parts) + f"\n      “{e.evidence.text}”"


def _speakers(c: Claim, names: Callable[[list[str]], str]) -> str:
    """Every resolved speaker of the claim ("United States, United Kingdom"), else its words;
    an unnamed source ("is expected to") is named by its cue, which the line prints anyway."""
    if c.source.actor:
        return names([c.source.actor, *c.source.also])
    if c.source.span is None and c.cue is not None and c.source.text == c.cue.text:
        return "(unnamed)"
    return source_name(c.source.text) or c.source.text


def _claim_line(c: Claim, names: Callable[[list[str]], str]) -> str:
    who = _speakers(c, names)
    flags = [c.style, c.source.kind] + (["a view, not a report"] if c.kind == "stance" else [])
    if c.hedged:
        flags.append("hedged: " + ", ".join(h.text for h in c.hedges))
    if c.polarity == "negative":
        flags.append("denial")
    if c.via:
        flags.append(f"via {c.via}")
    cue = f" {c.cue.text}" if c.cue else ""
    return f"{c.id} {who}{cue} ({'; '.join(flags)}) {_date_label(c.date)}\n      “{c.content.text}”"


def render_text(analysis: Analysis) -> str:
    art = analysis.article
    names = _names(analysis)
    lines = [f"== {art.title or '(untitled)'}",
             f"   {art.outlet or '?'} · {art.published.isoformat() if art.published else 'no date'}"
             f" · id {art.id}" + (f" · {art.source}" if art.source else "")]
    lines.append(f"-- events ({len(analysis.events)})")
    places = {p.id: p for p in analysis.places}
    qty = {q.id: q for q in analysis.quantities}
    lines += ["  " + _event_line(e, places, qty, names) for e in analysis.events]
    lines.append(f"-- claims ({len(analysis.claims)})")
    lines += ["  " + _claim_line(c, names) for c in analysis.claims]
    lines.append(f"-- actors ({len(analysis.actors)})")
    lines += [f"  {a.id}: {_actor_label(a)} {a.kind}" + (f", {a.role}" if a.role else "")
              + f" ×{len(a.mentions)}" for a in analysis.actors]
    lines.append(f"-- places ({len(analysis.places)})")
    lines += [f"  {p.id}: {_place_label(p)}" for p in analysis.places]
    lines.append(f"-- dates ({len(analysis.timexes)})")
    lines += [f"  {t.span.text!r} -> {t.type} {t.value}" for t in analysis.timexes]
    lines.append(f"-- quantities ({len(analysis.quantities)})")
    lines += [f"  {q.span.text!r} -> {_quantity(q)} ({how_said(q.bound, q.approximate)})"
              for q in analysis.quantities]
    return "\n".join(lines) + "\n"


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(analysis: Analysis) -> str:
    art = analysis.article
    names = _names(analysis)
    places = {p.id: p for p in analysis.places}
    out = [f"## {art.title or '(untitled)'}", "",
           f"*{art.outlet or '?'}*, {art.published.isoformat() if art.published else 'no date'}"
           f" — `{art.id}`", "", "### Events", "",
           "| id | type | status | actor | recipient | date | place | evidence |",
           "|---|---|---|---|---|---|---|---|"]
    for e in analysis.events:
        typ = e.type + (f"/{e.mode}" if e.mode else "")
        out.append(f"| {e.id} | {typ} | {e.status} | {_md_cell(names(e.actor))} | "
                   f"{_md_cell(names(e.recipient))} | {_date_label(e.date)} | "
                   f"{_md_cell(_event_place(e, places))} | "
                   f"{_md_cell(e.evidence.text)} |")
    out += ["", "### Claims", "", "| id | source | style | hedged | content |",
            "|---|---|---|---|---|"]
    for c in analysis.claims:
        who = _speakers(c, names)
        hedge = ", ".join(h.text for h in c.hedges) if c.hedged else "no"
        style = c.style + (" (stance)" if c.kind == "stance" else "") \
            + (" (denial)" if c.polarity == "negative" else "")
        out.append(f"| {c.id} | {_md_cell(who)} | {style} | {_md_cell(hedge)} | "
                   f"{_md_cell(c.content.text)} |")
    return "\n".join(out) + "\n"


def _quantity(q: Quantity) -> str:
    """'1 missile, damaged', '6 missiles, fired', '115 km'; a fate the counted word already
    says is not repeated ('12 killed', not '12 killed, killed')."""
    said = figure(q.value, q.counted) if q.counted else f"{q.value:g}"
    return f"{said}, {q.fate}" if q.fate and q.fate != q.counted else said


def how_said(bound: str, approximate: bool) -> str:
    """'exact', 'upper', 'lower, approx.'; an approximate figure with no bound is not called
    exact ('hundreds of lorries', 'about 7,000': 'approx.'). The situation report says its
    figures so too."""
    if approximate:
        return "approx." if bound == "exact" else f"{bound}, approx."
    return bound
