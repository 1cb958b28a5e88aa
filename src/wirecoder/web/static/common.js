// wirecoder web UI: helpers shared by the story page (app.js) and the article reader
// (reader.js): DOM builders, TIMEX wording, API access, and the span splitter. Loaded
// first; pure at load time (no DOM access until a function is called).
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const DAY = 86400000;

// --- small helpers ----------------------------------------------------------------------
const $ = (sel) => document.querySelector(sel);
function el(tag, attrs = {}, ...kids) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v; else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const kid of kids.flat()) if (kid !== null && kid !== undefined) node.append(kid);
  return node;
}
function svg(tag, attrs = {}, ...kids) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) node.setAttribute(k, v);
  for (const kid of kids.flat()) if (kid !== null && kid !== undefined) node.append(kid);
  return node;
}
const colour = (status) => getComputedStyle(document.documentElement).getPropertyValue(`--${status}`).trim() || "#888";
const parseDay = (s) => (s ? Date.parse(s + "T00:00:00Z") : NaN);
const fmtDay = (t) => new Date(t).toISOString().slice(0, 10);
const fmtNum = (v) => (v === null || v === undefined ? "?" : Number(v).toLocaleString("en-US", { maximumFractionDigits: 2 }));
// TIMEX values as a reader says them ("18 Nov 2024 (night)", "week 44 of 2024"), as the
// report does (report/dates.py); the API keeps the values themselves.
const PARTS = { MO: "morning", AF: "afternoon", EV: "evening", NI: "night", DT: "daytime" };
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const SEASONS = { SP: "spring", SU: "summer", FA: "autumn", AU: "autumn", WI: "winter" };
const REFS = { PRESENT_REF: "now", PAST_REF: "in the past", FUTURE_REF: "in the future" };
function dayLabel(y, mo, d) {
  if (y === "XXXX") return +mo >= 1 && +mo <= 12 ? `${+d} ${MONTHS[mo - 1]} (year unknown)` : null;
  const t = new Date(Date.UTC(+y, mo - 1, +d));
  if (t.getUTCFullYear() !== +y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== +d) return null;
  return `${+d} ${MONTHS[mo - 1]} ${y}`;
}
function dateLabel(v) {
  if (!v) return "undated";
  if (REFS[v]) return REFS[v];
  let m = /^(\d{4}|XXXX)-(\d{2})-(\d{2})(?:T(MO|AF|EV|NI|DT|\d{2}:\d{2})[\d:.]*(Z|[+-]\d{2}:?\d{2})?)?$/.exec(v);
  if (m) {
    const day = dayLabel(m[1], m[2], m[3]);
    if (!day) return v;
    if (PARTS[m[4]]) return `${day} (${PARTS[m[4]]})`;
    return m[4] ? `${day}, ${m[4]}${m[5] ? " " + m[5] : ""}` : day;
  }
  if ((m = /^(\d{4}|XXXX)-(\d{2})$/.exec(v))) {
    if (+m[2] < 1 || +m[2] > 12) return v;
    return MONTHS[m[2] - 1] + (m[1] === "XXXX" ? " (year unknown)" : ` ${m[1]}`);
  }
  if ((m = /^(\d{4})-W(\d{2})(?:-(WE|[1-7]))?$/.exec(v))) {
    if (+m[2] < 1 || +m[2] > 53) return v;
    if (m[3] && m[3] !== "WE") {
      // ISO week day: the Monday of week 1 is the Monday on or before 4 January.
      const jan4 = Date.UTC(+m[1], 0, 4);
      const t = new Date(jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY + ((m[2] - 1) * 7 + (m[3] - 1)) * DAY);
      return `${t.getUTCDate()} ${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()}`;
    }
    return `${m[3] === "WE" ? "weekend of week" : "week"} ${+m[2]} of ${m[1]}`;
  }
  if (/^\d{4}$/.test(v)) return v;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) return `Q${m[2]} ${m[1]}`;
  if ((m = /^(\d{4})-H([12])$/.exec(v))) return `${m[2] === "1" ? "first" : "second"} half of ${m[1]}`;
  if ((m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(v))) return `${SEASONS[m[2]]} ${m[1]}`;
  if ((m = /^(\d{3})X$/.exec(v))) return `the ${m[1]}0s`;
  if ((m = /^(\d{2})XX$/.exec(v))) return `the ${m[1]}00s`;
  return /^[XW-]+$/.test(v) ? "date unknown" : v;
}
// A day from an ISO day or datetime ("2024-11-20T09:00:00+00:00" -> "20 Nov 2024").
const dayOf = (v) => (v && /^\d{4}-\d{2}-\d{2}/.test(v) ? dateLabel(v.slice(0, 10)) : "undated");
const shortDay = (t) => { const d = new Date(t); return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`; };
function when(date) {
  const v = date.value, start = date.start;
  if (start && (!v || v.startsWith("X"))) return dateLabel(start);
  return dateLabel(v);
}
const compact = (v) => Number(v).toLocaleString("en-US", Math.abs(v) >= 10000
  ? { notation: "compact", maximumFractionDigits: 1 } : { maximumFractionDigits: Math.abs(v) >= 100 ? 0 : 1 });
const NAMES = new Map(); // actor id -> name, from /api/summary
function actorName(id) {
  if (NAMES.has(id)) return NAMES.get(id);
  if (id.startsWith("p:")) return id.slice(2).split("-").map((w) => w[0].toUpperCase() + w.slice(1)).join(" ");
  return id;
}
function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  return q.toString();
}
async function getJSON(path) {
  const res = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}

// --- spans ------------------------------------------------------------------------------
// Cut [0, length) at every mark's start and end; each piece lists the marks covering all of
// it, in the order given, so nested and overlapping marks need no special case. Marks outside
// the text or empty are left out (a span from a stale analysis must not garble the text).
function splitSpans(length, marks) {
  const ok = [];
  marks.forEach((m, i) => {
    if (Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= length &&
        m.start < m.end) ok.push({ m, i });
  });
  const bounds = [...new Set([0, length, ...ok.flatMap(({ m }) => [m.start, m.end])])].sort((a, b) => a - b);
  const byStart = [...ok].sort((a, b) => a.m.start - b.m.start);
  const pieces = [];
  let next = 0, active = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const a = bounds[k], b = bounds[k + 1];
    active = active.filter(({ m }) => m.end > a);
    while (next < byStart.length && byStart[next].m.start <= a) active.push(byStart[next++]);
    pieces.push({ start: a, end: b, marks: [...active].sort((x, y) => x.i - y.i).map(({ m }) => m) });
  }
  return pieces;
}
