// wirecoder article reader: /articles lists the stored articles, /articles/{id} shows one
// article's text with every fact's span highlighted, so a reader can check each field
// against the words it came from. All article text goes in as text nodes, never as HTML.
"use strict";

// One entry per kind of span: its label in the legend and whether it starts shown.
const KINDS = [
  { key: "event", label: "event evidence" }, { key: "trigger", label: "event trigger" },
  { key: "source", label: "claim source" }, { key: "cue", label: "claim cue" },
  { key: "content", label: "claim content" }, { key: "hedge", label: "hedge" },
  { key: "actor", label: "actor" }, { key: "place", label: "place" },
  { key: "timex", label: "date/time" }, { key: "quantity", label: "quantity" },
];
// Kinds drawn as stacked underlines, so any number of them can cover the same words.
const UNDERLINES = { actor: "#2563eb", place: "#059669", timex: "#d97706", quantity: "#db2777" };
const view = { data: null, marks: [], pieces: [], shown: new Set(KINDS.map((k) => k.key)), selected: null };

// --- the facts as marks ----------------------------------------------------------------
const factKey = (f) => `${f.type}:${f.id}`;
function spanMark(span, kind, fact) {
  return span ? { start: span.start, end: span.end, text: span.text, kind, fact } : null;
}
// Every span of the analysis as {start, end, text, kind, fact: {type, id}}.
function marksOf(d) {
  const out = [];
  const add = (...ms) => { for (const m of ms) if (m) out.push(m); };
  for (const e of d.events) {
    const f = { type: "event", id: e.id };
    add(spanMark(e.evidence, "event", f), spanMark(e.trigger, "trigger", f));
  }
  for (const c of d.claims) {
    const f = { type: "claim", id: c.id };
    add(spanMark(c.source && c.source.span, "source", f), spanMark(c.cue, "cue", f),
      spanMark(c.content, "content", f), ...(c.hedges || []).map((h) => spanMark(h, "hedge", f)));
  }
  for (const a of d.actors) for (const m of a.mentions) add(spanMark(m, "actor", { type: "actor", id: a.id }));
  for (const p of d.places) for (const m of p.mentions) add(spanMark(m, "place", { type: "place", id: p.id }));
  for (const t of d.timexes) add(spanMark(t.span, "timex", { type: "timex", id: t.id }));
  for (const q of d.quantities) add(spanMark(q.span, "quantity", { type: "quantity", id: q.id }));
  return out;
}
// Spans whose text is not the article's text at their offsets (a broken record) are not drawn.
const aligned = (text, m) => text.slice(m.start, m.end) === m.text;

// --- wording of one fact -----------------------------------------------------------------
function lookup(d) {
  const by = (xs) => new Map(xs.map((x) => [x.id, x]));
  return { actors: by(d.actors), places: by(d.places), claims: by(d.claims), events: by(d.events),
    quantities: by(d.quantities), timexes: by(d.timexes) };
}
function actorLabel(ix, id) {
  const a = ix.actors.get(id);
  return a ? `${a.name} (${id})` : id;
}
function dateRefLabel(ref) {
  if (!ref) return "undated";
  return `${dateLabel(ref.value)} (${ref.value}; ${ref.precision}, ${ref.how}` +
    (ref.span ? `, from “${ref.span.text}”)` : ")");
}
const yesNo = (b) => (b ? "yes" : "no");
const fmtCoord = (v) => (v === null || v === undefined ? "?" : Number(v).toFixed(4));
// [label, value] rows describing a fact, plus a heading; values are plain strings.
function describe(fact, d, ix) {
  if (fact.type === "event") {
    const e = ix.events.get(fact.id);
    const place = e.place ? ix.places.get(e.place) : null;
    const claim = e.claim ? ix.claims.get(e.claim) : null;
    return { head: `Event ${e.id}: ${e.type}${e.mode ? "/" + e.mode : ""}`, status: e.status, rows: [
      ["status", e.status],
      ["actor → recipient", `${e.actor.map((a) => actorLabel(ix, a)).join(", ") || "—"} → ` +
        `${e.recipient.map((a) => actorLabel(ix, a)).join(", ") || "—"}`],
      ["date", dateRefLabel(e.date)],
      ["place", (place ? `${place.name} (${place.kind}, ${place.country || "?"})` : e.place || "—")
        + ({ dateline: ", from the dateline", article: ", the article's city" }[e.place_how] || "")],
      ["quantities", e.quantities.map((q) => { const x = ix.quantities.get(q); return x ? `${fmtNum(x.value)} ${x.counted || ""}`.trim() : q; }).join(", ") || "—"],
      ["claim", claim ? `${claim.id}: ${claim.source.text}` : "— (told by the article itself)"],
      ["trigger", `“${e.trigger.text}”`], ["confidence", String(e.confidence)],
    ], quote: e.evidence.text };
  }
  if (fact.type === "claim") {
    const c = ix.claims.get(fact.id);
    return { head: `Claim ${c.id}${c.polarity === "negative" ? " (denial)" : ""}`, rows: [
      ["speaker", `${c.source.text} (${c.source.kind})`], ["style", c.style],
      ["kind", c.kind === "stance" ? "stance (a view, wish or intention; reports nothing as done)" : "statement"],
      ["hedged", c.hedged ? `yes: ${(c.hedges || []).map((h) => `“${h.text}”`).join(", ") || "(no cue words)"}` : "no"],
      ["cue", c.cue ? `“${c.cue.text}”` : "—"],
      ["speaker actor", c.source.actor
        ? [c.source.actor, ...(c.source.also || [])].map((id) => actorLabel(ix, id)).join(", ")
        : "—"],
      ["polarity", c.polarity], ["said", c.date ? dateRefLabel(c.date) : "—"],
      ["via", c.via || "—"],
      ["events", d.events.filter((e) => e.claim === c.id).map((e) => `${e.id} ${e.type}`).join(", ") || "—"],
    ], quote: c.content.text };
  }
  if (fact.type === "actor") {
    const a = ix.actors.get(fact.id);
    return { head: `Actor: ${a.name}`, rows: [
      ["id", a.id], ["kind", a.kind], ["country", a.country || "—"], ["sector", a.sector || "—"],
      ["role", a.role || "—"], ["wikidata", a.wikidata || "—"], ["aliases", a.aliases.join(", ") || "—"],
      ["mentions", String(a.mentions.length)],
    ] };
  }
  if (fact.type === "place") {
    const p = ix.places.get(fact.id);
    return { head: `Place: ${p.name}`, rows: [
      ["id", p.id], ["kind", `${p.kind} (located to the ${p.precision})`],
      ["GeoNames id", p.geonameid === null || p.geonameid === undefined ? "—" : String(p.geonameid)],
      ["coordinates", `${fmtCoord(p.lat)}, ${fmtCoord(p.lon)}`], ["country", p.country || "—"],
      ["admin1", p.admin1 || "—"], ["mentions", String(p.mentions.length)],
    ] };
  }
  if (fact.type === "timex") {
    const t = ix.timexes.get(fact.id);
    return { head: `Date/time: “${t.span.text}”`, rows: [
      ["value", t.value], ["reads as", dateLabel(t.value)], ["type", t.type],
      ["anchor", t.anchor || "—"], ["mod", t.mod || "—"],
    ] };
  }
  const q = ix.quantities.get(fact.id);
  return { head: `Quantity: “${q.span.text}”`, rows: [
    ["value", fmtNum(q.value)], ["counted", q.counted || "—"], ["fate", q.fate || "—"],
    ["approximate", yesNo(q.approximate)], ["bound", q.bound],
    ["events", d.events.filter((e) => e.quantities.includes(q.id)).map((e) => `${e.id} ${e.type}`).join(", ") || "—"],
  ] };
}
const tip = (fact, d, ix) => { const x = describe(fact, d, ix); return [x.head, ...x.rows.slice(0, 4).map(([k, v]) => `${k}: ${v}`)].join("\n"); };

// --- drawing the text ------------------------------------------------------------------
function factsOf(marks) {
  const seen = new Map();
  for (const m of marks) if (!seen.has(factKey(m.fact))) seen.set(factKey(m.fact), m.fact);
  return [...seen.values()];
}
function renderText() {
  const d = view.data, text = d.article.text, ix = lookup(d);
  const shown = view.marks.filter((m) => view.shown.has(m.kind));
  view.pieces = splitSpans(text.length, shown);
  const box = $("#art-text");
  const frag = document.createDocumentFragment();
  view.pieces.forEach((p, i) => {
    const words = text.slice(p.start, p.end);
    if (!p.marks.length) { frag.append(words); return; }
    const kinds = [...new Set(p.marks.map((m) => m.kind))];
    const lines = Object.keys(UNDERLINES).filter((k) => kinds.includes(k));
    // Stacked underlines: the n-th kind's line sits 2px below the (n-1)-th.
    const shadow = lines.map((k, n) => `inset 0 -${2 * (n + 1)}px 0 ${UNDERLINES[k]}`).reverse().join(", ");
    const facts = factsOf(p.marks);
    frag.append(el("span", {
      class: ["hl", ...kinds.map((k) => "k-" + k)].join(" "), "data-piece": i,
      "data-facts": facts.map(factKey).join(" "), style: shadow ? `box-shadow:${shadow}` : null,
      title: facts.map((f) => tip(f, d, ix)).join("\n\n"), tabindex: "0",
    }, words));
  });
  box.replaceChildren(frag);
  if (view.selected) markSelected(view.selected);
}
function markSelected(key) {
  for (const node of document.querySelectorAll("#art-text .hl")) {
    node.classList.toggle("sel", node.dataset.facts.split(" ").includes(key));
  }
}
function showFact(fact, scroll = false) {
  const d = view.data, ix = lookup(d), key = factKey(fact);
  view.selected = key;
  markSelected(key);
  const x = describe(fact, d, ix);
  const table = el("dl", { class: "fact-rows" });
  for (const [k, v] of x.rows) table.append(el("dt", {}, k), el("dd", {}, v));
  const spans = view.marks.filter((m) => factKey(m.fact) === key);
  $("#fact-body").replaceChildren(
    el("h3", {}, x.head, " ", x.status ? el("span", { class: "status", style: `background:${statusColour(x.status)}` }, x.status) : null),
    x.quote ? el("blockquote", {}, x.quote) : null, table,
    el("p", { class: "note" }, "Spans: " + spans.map((m) => `${m.kind} ${m.start}–${m.end}`).join(", ")));
  if (scroll) {
    const first = document.querySelector(`#art-text .hl.sel`);
    if (first) first.scrollIntoView({ block: "center" });
  }
}
// The facts under a clicked piece: the narrowest first (a trigger before its evidence).
function onTextClick(e) {
  const node = e.target.closest(".hl");
  if (!node) return;
  const piece = view.pieces[+node.dataset.piece];
  const facts = factsOf([...piece.marks].sort((a, b) => (a.end - a.start) - (b.end - b.start)));
  // Clicking again on the same words steps through the facts that cover them.
  const at = facts.findIndex((f) => factKey(f) === view.selected);
  const fact = facts[(at + 1) % facts.length];
  showFact(fact);
  const list = $("#fact-body");
  if (facts.length > 1) list.append(el("p", { class: "note" }, `${facts.length} facts cover these words; click again for the next.`));
}
const statusColour = (s) => getComputedStyle(document.documentElement).getPropertyValue(`--${s}`).trim() || "#666";

function renderLegend(counts) {
  const box = $("#legend");
  box.querySelectorAll("label").forEach((n) => n.remove());
  for (const k of KINDS) {
    const input = el("input", { type: "checkbox", "data-kind": k.key, checked: view.shown.has(k.key) ? "" : null,
      onchange: (e) => { if (e.target.checked) view.shown.add(k.key); else view.shown.delete(k.key); renderText(); keepHidden(); } });
    const sample = el("span", { class: `hl k-${k.key}`, style: UNDERLINES[k.key] ? `box-shadow:inset 0 -2px 0 ${UNDERLINES[k.key]}` : null }, k.label);
    box.append(el("label", { class: "kind" }, input, sample, ` ${counts[k.key] || 0}`));
  }
}
// The kinds switched off live in the address (?hide=actor,place), so a view can be shared.
function keepHidden() {
  const hidden = KINDS.map((k) => k.key).filter((k) => !view.shown.has(k));
  const q = new URLSearchParams(location.search);
  if (hidden.length) q.set("hide", hidden.join(",")); else q.delete("hide");
  const search = q.toString();
  history.replaceState(null, "", `${location.pathname}${search ? "?" + search : ""}${location.hash}`);
}
// an unnamed source ("is expected to") is named by its cue: printing both doubles the words
const unnamed = (c) => !c.source.span && c.cue && c.source.text === c.cue.text;
function renderIndex(d) {
  const box = $("#fact-index");
  const item = (fact, label) => el("li", {}, el("a", { href: `#${encodeURIComponent(fact.id)}`,
    onclick: (e) => { e.preventDefault(); history.replaceState(null, "", `#${encodeURIComponent(fact.id)}`); showFact(fact, true); } }, label));
  const events = el("ol", { class: "index" }, d.events.map((e) => item({ type: "event", id: e.id },
    `${e.id} ${e.type}${e.mode ? "/" + e.mode : ""} · ${e.status} · ${dateLabel(e.date.value)}`)));
  const claims = el("ol", { class: "index" }, d.claims.map((c) => item({ type: "claim", id: c.id },
    `${c.id} ${unnamed(c) ? "(unnamed)" : c.source.text}${c.cue ? " " + c.cue.text : ""}${c.hedged ? " (hedged)" : ""}`)));
  box.replaceChildren(el("h3", {}, `Events (${d.events.length})`), events, el("h3", {}, `Claims (${d.claims.length})`), claims);
}

async function showArticle(id) {
  $("#article-view").hidden = false;
  let d;
  try { d = await getJSON(`/api/articles/${encodeURIComponent(id)}`); } catch (err) {
    $("#article-view").hidden = true;
    const box = $("#reader-error");
    box.hidden = false;
    box.replaceChildren(`Could not load article ${id}: ${err.message} `, el("a", { href: "/articles" }, "All articles"));
    return;
  }
  view.data = d;
  const a = d.article, text = a.text;
  document.title = `${a.title || a.id} — wirecoder`;
  $("#art-title").textContent = a.title || "(untitled)";
  const meta = $("#art-meta");
  meta.replaceChildren(el("strong", {}, a.outlet || "unknown outlet"), ` · ${a.published ? dateOrTime(a.published) : "undated"}`,
    a.byline && a.byline.length ? ` · by ${a.byline.join(", ")}` : "", ` · ${text.length.toLocaleString("en-US")} characters · id ${a.id}`);
  // Only web addresses become links: an article's URL field must not run script.
  if (a.url && /^https?:\/\//i.test(a.url)) meta.append(" · ", el("a", { href: a.url, rel: "noopener noreferrer" }, "original"));
  const all = marksOf(d);
  view.marks = all.filter((m) => aligned(text, m));
  const counts = {};
  for (const m of view.marks) counts[m.kind] = (counts[m.kind] || 0) + 1;
  const bad = all.length - view.marks.length;
  $("#art-note").textContent = `${view.marks.length} spans. Hover a highlight for its fact; click for details.` +
    (bad ? ` ${bad} span(s) do not match the text at their offsets and are not shown.` : "");
  renderLegend(counts);
  renderText();
  renderIndex(d);
  $("#art-text").addEventListener("click", onTextClick);
  $("#art-text").addEventListener("keydown", (e) => { if (e.key === "Enter") onTextClick(e); });
  openHash();
  window.addEventListener("hashchange", openHash);
}
// "#E1" opens event E1 (or claim C1) and scrolls to its evidence: the links from the story page.
function openHash() {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id || !view.data) return;
  const d = view.data;
  const type = d.events.some((e) => e.id === id) ? "event" : d.claims.some((c) => c.id === id) ? "claim" : null;
  if (type) showFact({ type, id }, true);
}
function dateOrTime(v) {
  const m = /T(\d{2}:\d{2})(?::[\d.]+)?(Z|[+-]\d{2}:\d{2})?$/.exec(v);
  if (!m || m[1] === "00:00") return dayOf(v);
  const zone = !m[2] ? "" : m[2] === "Z" || m[2] === "+00:00" ? " UTC" : ` ${m[2]}`;
  return `${dayOf(v)}, ${m[1]}${zone}`;
}

// --- the list of articles --------------------------------------------------------------
async function showList() {
  $("#list-view").hidden = false;
  let rows, failures;
  try {
    [rows, failures] = await Promise.all([getJSON("/api/articles"), getJSON("/api/failures")]);
  } catch (err) { $("#list-note").textContent = `Could not load the articles: ${err.message}`; return; }
  const body = $("#article-table tbody");
  for (const r of rows) {
    const href = `/articles/${encodeURIComponent(r.id)}`;
    const haystack = [r.title, r.outlet, r.published, r.id].filter(Boolean).join(" ").toLowerCase();
    body.append(el("tr", { "data-search": haystack },
      el("td", {}, r.published ? dayOf(r.published) : "undated"), el("td", {}, r.outlet || "—"),
      el("td", {}, el("a", { href }, r.title || `(untitled ${r.id})`)),
      el("td", { class: "num" }, String(r.events)), el("td", { class: "num" }, String(r.claims))));
  }
  const fail = $("#failures");
  if (!failures.length) fail.append(el("li", { class: "note" }, "None."));
  for (const f of failures) fail.append(el("li", {}, el("strong", {}, f.source), ` · ${f.at || ""}`, el("div", { class: "note" }, f.error)));
  const input = $("#article-filter");
  const apply = () => {
    const q = input.value.trim().toLowerCase();
    let n = 0;
    for (const tr of body.rows) { const hit = !q || tr.dataset.search.includes(q); tr.hidden = !hit; n += hit; }
    $("#list-note").textContent = `${n} of ${rows.length} articles` + (failures.length ? ` · ${failures.length} failed` : "");
    history.replaceState(null, "", q ? `?${query({ q })}` : location.pathname);
  };
  input.value = new URLSearchParams(location.search).get("q") || "";
  input.addEventListener("input", apply);
  apply();
}

function startReader() {
  for (const k of (new URLSearchParams(location.search).get("hide") || "").split(",")) view.shown.delete(k);
  const m = /^\/articles\/([^/]+)\/?$/.exec(location.pathname);
  if (m) showArticle(decodeURIComponent(m[1])); else showList();
}
startReader();
