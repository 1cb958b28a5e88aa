// wirecoder web UI: reads /api/* and draws a timeline, a map, estimate charts and the
// contradictions list. Plain DOM and SVG, no libraries, no network beyond this server.
"use strict";

const STATUSES = ["occurred", "reported", "possible", "planned", "threatened", "denied", "historical"];
const state = { stories: [], selected: null, summary: null };

function filters() {
  const f = Object.fromEntries(new FormData($("#filters")).entries());
  return { type: f.type, status: f.status, actor: f.actor, since: f.since, until: f.until, rows: f.rows || "type" };
}

// --- filters and summary ----------------------------------------------------------------
function fillSelect(select, options) {
  for (const [value, label] of options) select.append(el("option", { value }, label));
}
function renderSummary(s) {
  const range = s.first ? `${dayOf(s.first)} to ${dayOf(s.last)}` : "no dated events";
  $("#summary").textContent = `${s.articles} articles · ${s.outlets.length} outlets · ${s.stories} story events ` +
    `(${s.dated} dated) · ${s.disputed} disputed · ${s.contradictions} contradictions · ${range}` +
    (s.failures ? ` · ${s.failures} ingest failures` : "");
  fillSelect($("#f-type"), Object.entries(s.types).map(([t, n]) => [t, `${t} (${n})`]));
  fillSelect($("#f-status"), [...Object.entries(s.statuses).map(([t, n]) => [t, `${t} (${n})`]),
    ...(s.disputed ? [["disputed", `disputed (${s.disputed})`]] : [])]);
  const actor = $("#f-actor");
  const countries = el("optgroup", { label: "Countries" });
  for (const c of s.countries) countries.append(el("option", { value: c.id }, `${c.name} (${c.n})`));
  for (const a of [...s.countries, ...s.actors]) NAMES.set(a.id, a.name);
  const actors = el("optgroup", { label: "Actors" });
  for (const a of s.actors) actors.append(el("option", { value: a.id }, `${a.name} (${a.n})`));
  actor.append(countries, actors);
  const legend = $("#legend");
  for (const st of STATUSES) if (s.statuses[st]) legend.append(el("span", { style: `--c:${colour(st)}` }, st));
  legend.append(el("span", { style: "--c:transparent" }, "· mark size = number of reports · bar = date known only to a week/month"));
}

// --- timeline ---------------------------------------------------------------------------
function rowKeys(story, by) {
  if (by === "actor") {
    const ids = [...story.actors, ...story.recipients];
    return ids.length ? [...new Set(ids)] : ["(no actor)"];
  }
  return [story.type];
}
function renderTimeline(stories, by) {
  const box = $("#timeline");
  box.replaceChildren();
  const dated = stories.filter((s) => s.date.start);
  if (!dated.length) {
    $("#timeline-note").textContent = "";
    box.append(el("p", { class: "note" }, "No dated story events match these filters."));
    return;
  }
  const counts = new Map();
  for (const s of dated) for (const k of rowKeys(s, by)) counts.set(k, (counts.get(k) || 0) + 1);
  const rows = [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a) || a.localeCompare(b)).slice(0, 24);
  // The window: the user's dates, else the span of events dated to the day (coarser dates,
  // such as "in August", would otherwise squeeze a developing story into a few pixels).
  const f = filters();
  const precise = dated.filter((s) => ["day", "part", "time"].includes(s.date.precision));
  const basis = precise.length ? precise : dated;
  const t0 = f.since ? parseDay(f.since) : Math.min(...basis.map((s) => parseDay(s.date.start)));
  const t1 = f.until ? parseDay(f.until) + DAY : Math.max(...basis.map((s) => parseDay(s.date.end) + DAY));
  const before = dated.filter((s) => parseDay(s.date.end) + DAY <= t0).length;
  const after = dated.filter((s) => parseDay(s.date.start) >= t1).length;
  const pad = Math.max(DAY, (t1 - t0) * 0.02);
  const W = 1000, left = 150, right = 16, top = 8, rowH = 34, H = top + rows.length * rowH + 26;
  const xs = (t) => left + ((t - (t0 - pad)) / (t1 - t0 + 2 * pad)) * (W - left - right);
  const x = (t) => xs(Math.min(t1 + pad, Math.max(t0 - pad, t)));
  $("#timeline-note").textContent = `${dated.length} dated story events, ${dayOf(fmtDay(t0))} to ${dayOf(fmtDay(t1 - DAY))}` +
    (before ? `; ${before} dated earlier are pinned to the left edge (faded)` : "") +
    (after ? `; ${after} later are pinned to the right edge` : "") +
    (stories.length > dated.length ? `; ${stories.length - dated.length} undated are in the table only.` : ".");
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-labelledby": "timeline-h" });
  // Axis: one tick per day when short, else per week or month.
  const span = (t1 - t0) / DAY;
  const step = span <= 21 ? 1 : span <= 120 ? 7 : 30;
  const axis = svg("g", { class: "axis" });
  for (let t = t0; t <= t1; t += step * DAY) {
    axis.append(svg("line", { class: "grid", x1: x(t), x2: x(t), y1: top, y2: H - 22 }));
    // Daily ticks name the month only where it starts (and at the first tick): "30 Oct 31 1 Nov 2".
    const d = new Date(t), full = step > 1 || t === t0 || d.getUTCDate() === 1;
    axis.append(svg("text", { x: x(t), y: H - 8, "text-anchor": "middle" }, full ? shortDay(t) : String(d.getUTCDate())));
  }
  axis.append(svg("text", { x: left - 8, y: H - 8, "text-anchor": "end" }, fmtDay(t0).slice(0, 4)));
  root.append(axis);
  rows.forEach((key, i) => {
    const y = top + i * rowH + rowH / 2;
    root.append(svg("line", { class: "grid", x1: left, x2: W - right, y1: y, y2: y }));
    const name = by === "actor" && key !== "(no actor)" ? actorName(key) : key;
    root.append(svg("text", { class: "row-label", x: left - 8, y: y + 4, "text-anchor": "end" },
      svg("title", {}, name), name.length > 22 ? name.slice(0, 21) + "…" : name));
  });
  const maxReports = Math.max(...dated.map((s) => s.n_reports));
  // Bigger marks first, so small ones stay clickable on top.
  const order = [...dated].sort((a, b) => b.n_reports - a.n_reports);
  for (const s of order) {
    for (const key of rowKeys(s, by)) {
      const i = rows.indexOf(key);
      if (i < 0) continue;
      const a = parseDay(s.date.start), b = parseDay(s.date.end) + DAY;
      const r = 4 + 9 * Math.sqrt(s.n_reports / maxReports);
      const jitter = ((parseInt(s.id.slice(-4), 16) % 7) - 3) * 2;
      const y = top + i * rowH + rowH / 2 + jitter;
      const label = `${when(s.date)} ${s.type}${s.mode ? "/" + s.mode : ""}, ${s.status}` +
        `${s.place ? " in " + s.place.name : ""}: ${s.n_reports} report(s), ${s.n_independent} independent. ${s.evidence || ""}`;
      const g = svg("g", { class: "mark", tabindex: "0", role: "button", "aria-label": label, "data-id": s.id },
        svg("title", {}, label));
      if (b - a > 2 * DAY) {
        g.append(svg("rect", { x: x(a), y: y - 3, width: Math.max(2, x(b) - x(a)), height: 6, rx: 3,
          fill: colour(s.status), "fill-opacity": 0.25 }));
      }
      const outside = b <= t0 || a >= t1;
      g.append(svg("circle", { cx: x((a + b) / 2), cy: y, r, fill: colour(s.status), "fill-opacity": outside ? 0.3 : 0.8,
        stroke: s.disputed ? "#000" : "#fff", "stroke-width": s.disputed ? 1.5 : 1,
        "stroke-dasharray": s.disputed ? "2 2" : null }));
      g.addEventListener("click", () => select(s.id));
      g.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); select(s.id); } });
      root.append(g);
    }
  }
  box.append(root);
  if (counts.size > rows.length) box.append(el("p", { class: "note" }, `${counts.size - rows.length} smaller rows not drawn.`));
}

function renderTable(stories) {
  const body = $("#event-table tbody");
  body.replaceChildren();
  for (const s of stories) {
    const tr = el("tr", { tabindex: "0", "data-id": s.id, onclick: () => select(s.id),
      onkeydown: (e) => { if (e.key === "Enter") select(s.id); } },
      el("td", {}, when(s.date)), el("td", {}, s.type + (s.mode ? "/" + s.mode : "")),
      el("td", {}, [...s.actors].map(actorName).join(", ") + (s.recipients.length ? " → " + s.recipients.map(actorName).join(", ") : "")),
      el("td", {}, s.place ? s.place.name : ""), el("td", {}, s.status + (s.disputed ? " (disputed)" : "")),
      el("td", {}, String(s.n_reports)), el("td", {}, String(s.n_independent)));
    body.append(tr);
  }
}

// --- details ----------------------------------------------------------------------------
async function select(id, focus = true) {
  state.selected = id;
  document.querySelectorAll(".mark").forEach((m) => m.classList.toggle("sel", m.dataset.id === id));
  const body = $("#details-body");
  body.replaceChildren(el("p", { class: "note" }, "Loading…"));
  let d;
  try { d = await getJSON(`/api/stories/${encodeURIComponent(id)}`); } catch (err) {
    body.replaceChildren(el("p", {}, `Could not load the event: ${err.message}`)); return;
  }
  if (state.selected !== id) return;
  const names = (xs) => xs.map((a) => a.name).join(", ") || "—";
  const reports = el("ol", { class: "reports" });
  for (const r of d.reports) {
    const c = r.claim;
    reports.append(el("li", {},
      el("div", {}, el("strong", {}, r.outlet || "unknown outlet"), ` · ${dayOf(r.published)} · `,
        el("span", { class: "status", style: `background:${colour(r.status)}` }, r.status)),
      r.article && r.article.title ? el("div", { class: "note" }, r.article.title) : null,
      el("blockquote", {}, r.evidence || ""),
      r.article_id ? el("div", { class: "note" }, el("a", {
        href: `/articles/${encodeURIComponent(r.article_id)}#${encodeURIComponent(r.event_id || "")}` },
      "Show in the article")) : null,
      c ? el("div", {}, el("em", {}, `${c.who}${c.cue ? " " + c.cue : ""}: `), `“${c.text}”`,
        c.hedged ? el("span", { class: "hedge" }, ` hedged: ${c.hedges.join(", ")}`) : null,
        c.polarity === "negative" ? el("span", { class: "hedge" }, " (denial)") : null) : null));
  }
  body.replaceChildren(
    el("h3", {}, `${d.type}${d.mode ? "/" + d.mode : ""} · ${when(d.date)} `,
      el("span", { class: "status", style: `background:${colour(d.status)}` }, d.status + (d.disputed ? ", disputed" : ""))),
    el("p", {}, el("strong", {}, "Who: "), `${names(d.actor_names)} → ${names(d.recipient_names)}`),
    el("p", {}, el("strong", {}, "Where: "), d.place ? `${d.place.name} (${d.place.country || "?"})` : "unknown"),
    el("p", {}, el("strong", {}, "Corroboration: "),
      `${d.n_reports} report(s) in ${d.n_articles} article(s) from ${d.n_outlets} outlet(s); ${d.n_independent} independent` +
      (d.party_source ? `; party source: ${d.party_source_names.join(", ")}` : "")),
    el("p", { class: "sure" }, el("strong", {}, "How sure: "), d.how_sure),
    el("h4", {}, "Reports"), reports);
  if (focus) $("#details").focus({ preventScroll: true });
}

// --- map --------------------------------------------------------------------------------
const MAP_REACH = 25; // degrees from the events' centre that the focused view keeps
function weightedMedian(values, weights) {
  const order = values.map((v, i) => [v, weights[i]]).sort((p, q) => p[0] - q[0]);
  const half = weights.reduce((a, b) => a + b, 0) / 2;
  let acc = 0;
  for (const [v, w] of order) { acc += w; if (acc >= half) return v; }
  return order[order.length - 1][0];
}
function renderMap(data, fitAll = false) {
  const box = $("#map");
  box.replaceChildren();
  // Country-level places are not points: they count on the country's label instead.
  const located = data.places.filter((p) => p.kind !== "country");
  const countryWide = new Map(data.places.filter((p) => p.kind === "country").map((p) => [p.country, p]));
  if (!data.places.length) { box.append(el("p", { class: "note" }, "No located events match these filters.")); return; }
  const weights = located.map((p) => p.events);
  const mlat = located.length ? weightedMedian(located.map((p) => p.lat), weights) : 0;
  const mlon = located.length ? weightedMedian(located.map((p) => p.lon), weights) : 0;
  const near = (p) => fitAll || (Math.abs(p.lat - mlat) <= MAP_REACH && Math.abs(p.lon - mlon) <= MAP_REACH * 1.6);
  const pts = located.filter(near);
  const away = located.filter((p) => !near(p));
  const frame = pts.length ? pts : data.places;
  const lats = frame.map((p) => p.lat), lons = frame.map((p) => p.lon);
  let [lo0, lo1, la0, la1] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  // At least 16° wide, with a margin; the aspect is about 3:2 (cos-corrected at the centre).
  const cx = (lo0 + lo1) / 2, cy = (la0 + la1) / 2;
  const k = Math.cos((cy * Math.PI) / 180) || 1;
  let w = Math.max(16, (lo1 - lo0) * 1.4 + 4), h = Math.max(8, (la1 - la0) * 1.4 + 3);
  if (w * k / h > 1.5) h = (w * k) / 1.5; else w = (h * 1.5) / k;
  [lo0, lo1, la0, la1] = [cx - w / 2, cx + w / 2, cy - h / 2, cy + h / 2];
  const W = 600, H = Math.round((W * h) / (w * k));
  const x = (lon) => ((lon - lo0) / (lo1 - lo0)) * W;
  const y = (lat) => ((la1 - lat) / (la1 - la0)) * H;
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-labelledby": "map-h" },
    svg("rect", { x: 0, y: 0, width: W, height: H, fill: "#f8fafb", stroke: "#d5dae0" }));
  const stepDeg = w > 60 ? 10 : 5;
  const grid = svg("g", { class: "graticule" });
  for (let g = Math.ceil(lo0 / stepDeg) * stepDeg; g <= lo1; g += stepDeg) grid.append(svg("line", { x1: x(g), x2: x(g), y1: 0, y2: H }));
  for (let g = Math.ceil(la0 / stepDeg) * stepDeg; g <= la1; g += stepDeg) grid.append(svg("line", { x1: 0, x2: W, y1: y(g), y2: y(g) }));
  root.append(grid);
  const ticks = svg("g", { class: "axis" });
  const ew = (g) => `${Math.abs(g)}°${g < 0 ? "W" : "E"}`, ns = (g) => `${Math.abs(g)}°${g < 0 ? "S" : "N"}`;
  for (let g = Math.ceil(lo0 / stepDeg) * stepDeg; g <= lo1; g += stepDeg) ticks.append(svg("text", { x: x(g) + 2, y: H - 4 }, ew(g)));
  for (let g = Math.ceil(la0 / stepDeg) * stepDeg; g <= la1; g += stepDeg) ticks.append(svg("text", { x: 3, y: y(g) - 3 }, ns(g)));
  root.append(ticks);
  const maxN = Math.max(1, ...pts.map((p) => p.events));
  for (const p of [...pts].sort((a, b) => b.events - a.events)) {
    const r = 4 + 12 * Math.sqrt(p.events / maxN);
    const types = Object.entries(p.types).map(([t, n]) => `${t} ${n}`).join(", ");
    const label = `${p.name} (${p.kind}, ${p.country || "?"}): ${p.events} event(s), ${p.reports} report(s): ${types}`;
    const g = svg("g", { class: "mark", tabindex: "0", role: "button", "aria-label": label },
      svg("title", {}, label),
      svg("circle", { cx: x(p.lon), cy: y(p.lat), r, fill: "#2a6fb0", "fill-opacity": p.kind === "admin1" ? 0.2 : 0.45,
        stroke: "#1d4f80", "stroke-dasharray": p.kind === "admin1" ? "3 2" : null }));
    g.addEventListener("click", () => openPlace(p));
    g.addEventListener("keydown", (e) => { if (e.key === "Enter") openPlace(p); });
    root.append(g);
  }
  // Labels after the circles: places first, then countries, each moved down past the
  // labels already placed (boxes are estimated from the text length).
  const boxes = [];
  const free = (x0, y0, wd) => {
    let yy = y0;
    while (boxes.some(([a, b, c, d]) => x0 < c && x0 + wd > a && yy - 11 < d && yy + 2 > b)) yy += 12;
    boxes.push([x0, yy - 11, x0 + wd, yy + 2]);
    return yy;
  };
  for (const p of [...pts].sort((a, b) => b.events - a.events)) {
    const r = 4 + 12 * Math.sqrt(p.events / maxN);
    const text = p.name + (p.kind === "admin1" ? " (region)" : "");
    const lx = x(p.lon) + r + 3;
    root.append(svg("text", { class: "place-label", x: lx, y: free(lx, y(p.lat) + 4, text.length * 6.2) }, text));
  }
  for (const c of data.countries) {
    const inView = c.lon >= lo0 && c.lon <= lo1 && c.lat >= la0 && c.lat <= la1;
    if (!inView) continue;
    const wide = countryWide.get(c.code);
    const text = c.name + (wide ? ` · ${wide.events} country-wide` : "");
    const wd = text.length * 7.4;
    const t = svg("text", { class: "country-label", x: x(c.lon) - wd / 2, y: free(x(c.lon) - wd / 2, y(c.lat) + 30, wd) }, text);
    if (wide) {
      t.setAttribute("class", "country-label mark");
      t.setAttribute("tabindex", "0");
      t.setAttribute("role", "button");
      t.append(svg("title", {}, `${wide.events} event(s) located only to ${c.name}`));
      t.addEventListener("click", () => openPlace(wide));
    }
    root.append(t);
  }
  box.append(root);
  const note = el("p", { class: "note" });
  if (away.length) {
    note.append("Outside this view: ");
    away.forEach((p, i) => note.append(i ? ", " : "", el("a", { href: "#details", onclick: (e) => { e.preventDefault(); openPlace(p); } },
      `${p.name} (${p.country || "?"}, ${p.events})`)));
    note.append(" · ");
  }
  if (away.length || fitAll) {
    note.append(el("button", { type: "button", onclick: () => renderMap(data, !fitAll) }, fitAll ? "Focus on the events" : "Show every place"));
  }
  box.append(note);
}
function openPlace(p) {
  select(p.stories[0]);
  renderTable(state.stories.filter((s) => p.stories.includes(s.id)));
  $("#event-table").closest("details").open = true;
}

// --- estimates --------------------------------------------------------------------------
function subjectLabel(subject) {
  // Casualty series belong to one story event; the rest to an actor or country.
  const s = state.stories.find((x) => x.id === subject);
  if (!s) return actorName(subject || "?");
  return `${s.type.toLowerCase()}${s.place ? " in " + s.place.name : ""}, ${when(s.date)}`;
}
// "1 missile", "6 missiles", "missiles fired": as the report words them (link/estimates.py).
const IRREGULAR = { people: "person", men: "man", women: "woman", children: "child", servicemen: "serviceman" };
function singular(w) {
  const space = w.indexOf(" ");  // a phrase: its head noun comes first ("votes in favour")
  if (space > 0) return `${singular(w.slice(0, space))}${w.slice(space)}`;
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (/ies$/.test(w) && w.length > 4) return w.slice(0, -3) + "y";
  if (/(ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  return /[^s]s$/.test(w) ? w.slice(0, -1) : w;
}
const figure = (p) => `${fmtNum(p.value)} ${p.value === 1 ? singular(p.counted) : p.counted}`;
const seriesTitle = (p) => (p.fate && p.fate !== p.counted ? `${p.counted} ${p.fate}` : p.counted);
function renderEstimates(points, f) {
  const box = $("#estimates");
  box.replaceChildren();
  const isDay = (d) => /^\d{4}-\d{2}-\d{2}$/.test(d || "");
  const keep = points.map((p) => ({ ...p, date: isDay(p.date) ? p.date : null })).filter((p) => (!f.since || (p.date && p.date >= f.since)) && (!f.until || (p.date && p.date <= f.until)) &&
    (!f.actor || p.subject === f.actor || (p.subject || "").startsWith(f.actor + ".")));
  const series = new Map();
  for (const p of keep) { if (!series.has(p.series)) series.set(p.series, []); series.get(p.series).push(p); }
  const list = [...series.values()].filter((s) => s.some((p) => p.date)).sort((a, b) => b.length - a.length).slice(0, 8);
  if (!list.length) { box.append(el("p", { class: "note" }, "No estimate series match these filters.")); return; }
  for (const pts of list) {
    pts.sort((a, b) => (a.date || "").localeCompare(b.date || "") || a.seq - b.seq);
    const dated = pts.filter((p) => p.date);
    const W = 210, H = 96, L = 38, R = 6, T = 8, B = 16;
    const ts = dated.map((p) => parseDay(p.date));
    const t0 = Math.min(...ts), t1 = Math.max(...ts) + DAY;
    const vs = dated.flatMap((p) => [p.value, p.low ?? p.value, p.high ?? p.value]);
    const v0 = Math.min(0, ...vs), v1 = Math.max(...vs) * 1.08 || 1;
    const x = (t) => L + ((t - t0) / (t1 - t0)) * (W - L - R);
    const y = (v) => T + (1 - (v - v0) / (v1 - v0)) * (H - T - B);
    const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img",
      "aria-label": `${seriesTitle(pts[0])} (${pts[0].subject}): ` + dated.map((p) => `${dayOf(p.date)} ${fmtNum(p.value)}`).join("; ") });
    root.append(svg("line", { class: "grid", x1: L, x2: W - R, y1: y(v0), y2: y(v0) }));
    const ax = svg("g", { class: "axis" },
      svg("text", { x: L - 4, y: y(v1 / 1.08) + 4, "text-anchor": "end" }, compact(v1 / 1.08)),
      svg("text", { x: L - 4, y: y(v0) + 4, "text-anchor": "end" }, compact(v0)),
      svg("text", { x: L, y: H - 4 }, shortDay(parseDay(dated[0].date))),
      svg("text", { x: W - R, y: H - 4, "text-anchor": "end" }, shortDay(parseDay(dated[dated.length - 1].date))));
    root.append(ax);
    // A step line: each figure holds until the next one is reported.
    let d = "";
    dated.forEach((p, i) => { d += (i ? `H${x(parseDay(p.date))}V${y(p.value)}` : `M${x(parseDay(p.date))},${y(p.value)}`); });
    d += `H${W - R}`;
    root.append(svg("path", { class: "line", d }));
    for (const p of dated) {
      const cx = x(parseDay(p.date));
      if (p.low !== null && p.high !== null && p.low !== p.high) root.append(svg("line", { class: "range", x1: cx, x2: cx, y1: y(p.low), y2: y(p.high) }));
      const tip = `${dayOf(p.date)}: ${figure(p)} (“${p.text}”, ${p.bound}${p.hedges.length ? ", hedged: " + p.hedges.join(", ") : ""}) — ${p.speaker || "?"}, ${p.outlet || "?"}`;
      root.append(svg("circle", { cx, cy: y(p.value), r: 3.5, fill: p.hedged || p.approximate ? "#fff" : "#2a6fb0",
        stroke: "#2a6fb0", "stroke-width": 1.5 }, svg("title", {}, tip)));
    }
    const hedged = dated.filter((p) => p.hedged || p.approximate).length;
    box.append(el("figure", { class: "est" },
      el("h3", {}, `${seriesTitle(pts[0])} · ${subjectLabel(pts[0].subject)}`), root,
      el("figcaption", { class: "note" }, `${dated.length} figures, ${hedged} hedged/approx. (hollow)`)));
  }
}

// --- contradictions ---------------------------------------------------------------------
function renderContradictions(rows, f, storyIds) {
  const list = $("#contradictions");
  list.replaceChildren();
  const narrowed = f.actor || f.type || f.status;
  const keep = rows.filter((c) => (!f.since || (c.date && c.date >= f.since)) && (!f.until || (c.date && c.date <= f.until)) &&
    (!narrowed || storyIds.has(c.story_id)));
  if (!keep.length) { list.append(el("li", { class: "note empty" }, "None match these filters.")); return; }
  const side = (tag, text, value, speakers, outlets) => el("p", { class: "side" }, el("b", {}, tag),
    el("em", {}, (speakers || []).join("; ") || "unattributed"), ` (${(outlets || []).join(", ") || "?"})`,
    value !== null && value !== undefined ? ` [${fmtNum(value)}]` : "", `: “${text}”`);
  for (const c of keep) {
    list.append(el("li", {},
      el("div", {}, el("strong", {}, c.kind), ` · ${dayOf(c.date)}${c.counted ? " · " + seriesTitle(c) : ""} `,
        c.story_id ? el("a", { href: "#details", onclick: (e) => { e.preventDefault(); select(c.story_id); } }, "event") : null),
      side("A ", c.a_text, c.a_value, c.a_speakers, c.a_outlets),
      side("B ", c.b_text, c.b_value, c.b_speakers, c.b_outlets)));
  }
}

// --- loading ----------------------------------------------------------------------------
async function load() {
  const f = filters();
  const q = query({ type: f.type, status: f.status, actor: f.actor, since: f.since, until: f.until });
  // The filters live in the address, so a view can be bookmarked or sent to a colleague.
  history.replaceState(null, "", `${location.pathname}?${query(f).replace(/(^|&)rows=type(&|$)/, "$1")}`.replace(/\?$/, ""));
  $("#report-link").href = `/api/report?${query({ format: "html", since: f.since, until: f.until, actor: f.actor })}`;
  try {
    const [stories, places, estimates, contradictions] = await Promise.all([
      getJSON(`/api/stories?${q}&limit=5000`),
      getJSON(`/api/places?${query({ type: f.type, status: f.status, actor: f.actor, since: f.since, until: f.until })}`),
      getJSON("/api/estimates"), getJSON("/api/contradictions")]);
    state.stories = stories;
    renderTimeline(stories, f.rows);
    renderTable(stories);
    renderMap(places);
    renderEstimates(estimates, f);
    renderContradictions(contradictions, f, new Set(stories.map((s) => s.id)));
    const best = [...stories].filter((s) => s.date.start)
      .sort((a, b) => b.n_independent - a.n_independent || b.n_reports - a.n_reports)[0];
    if (best && !stories.some((s) => s.id === state.selected)) select(best.id, false);
  } catch (err) {
    $("#timeline").replaceChildren(el("p", {}, `Could not load: ${err.message}`));
  }
}

async function start() {
  try {
    state.summary = await getJSON("/api/summary");
    renderSummary(state.summary);
  } catch (err) { $("#summary").textContent = `Could not load the store: ${err.message}`; }
  const given = new URLSearchParams(location.search);
  for (const [k, v] of given) { const input = $("#filters").elements[k]; if (input) input.value = v; }
  $("#filters").addEventListener("submit", (e) => { e.preventDefault(); load(); });
  $("#filters").addEventListener("reset", () => setTimeout(load, 0));
  $("#f-rows").addEventListener("change", () => renderTimeline(state.stories, filters().rows));
  await load();
}
start();
