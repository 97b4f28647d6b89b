// Runs chrono-node (casual parser) over tests/fixtures/dates_cases.tsv and prints the same table
// as eventdb_dates_bench. Scoring (documented in docs/dates.md):
//   detected  - some chrono result overlaps the expected expression in the sentence;
//   exact     - an overlapping result covers exactly the expected first..last days. A chrono
//               component covers the day when its day or weekday is certain (known), else the
//               whole month when its month is certain, else the whole year when its year is
//               certain, else the day it implies. The result covers start..(end or start).
//   negatives - a false positive is any result overlapping the tricky substring.
// Reference: the published date at 12:00 local time, forwardDate false. Rows without a
// published date get chrono's default reference (now); eventdb answers "unknown" there.
// Usage: node chrono.mjs <cases.tsv> <path to node_modules/chrono-node> [repetitions]
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";

const [tsvPath, chronoDir, repsArg] = process.argv.slice(2);
const reps = Number(repsArg ?? 20);
const chrono = await import(pathToFileURL(path.join(chronoDir, "dist/esm/index.js")).href);

const lines = fs.readFileSync(tsvPath, "utf8").split("\n");
const rows = [];
for (const line of lines.slice(1)) {
  if (!line.trim() || line.startsWith("#")) continue;
  const f = line.replace(/\r$/, "").split("\t");
  while (f.length < 8) f.push("");
  const [category, published, sentence, expression, value, grain, first, last] = f;
  let ref;
  if (published) {
    const [y, m, d] = published.split("-").map(Number);
    ref = new Date(y, m - 1, d, 12, 0, 0);
  }
  rows.push({ category, published, sentence, expression, value, grain, first, last, ref });
}

const pad = (n) => String(n).padStart(2, "0");
const iso = (y, m, d) => `${String(y).padStart(4, "0")}-${pad(m)}-${pad(d)}`;
const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

// [first, last] days covered by one chrono component, at the precision it is certain of.
function cover(c) {
  const y = c.get("year");
  const m = c.get("month");
  const d = c.get("day");
  if (c.isCertain("day") || c.isCertain("weekday")) return [iso(y, m, d), iso(y, m, d)];
  if (c.isCertain("month")) return [iso(y, m, 1), iso(y, m, daysIn(y, m))];
  if (c.isCertain("year")) return [iso(y, 1, 1), iso(y, 12, 31)];
  return [iso(y, m, d), iso(y, m, d)];
}

const parse = (r) =>
  chrono.casual.parse(r.sentence, r.ref ? { instant: r.ref } : new Date(), { forwardDate: false });

const scores = new Map();
const total = { rows: 0, detected: 0, exact: 0 };
let negatives = 0;
let falsePositives = 0;
for (const r of rows) {
  const results = parse(r);
  const pos = r.sentence.indexOf(r.expression);
  const end = pos + r.expression.length;
  let detected = false;
  let exact = false;
  for (const res of results) {
    if (pos < 0 || res.index >= end || res.index + res.text.length <= pos) continue;
    detected = true;
    const [f] = cover(res.start);
    const [, l] = cover(res.end ?? res.start);
    if (f === r.first && l === r.last) exact = true;
  }
  if (r.category === "negative") {
    negatives++;
    if (detected) falsePositives++;
    continue;
  }
  const cat = r.category.replace(/_known_gap$/, "");
  if (!scores.has(cat)) scores.set(cat, { rows: 0, detected: 0, exact: 0 });
  for (const s of [scores.get(cat), total]) {
    s.rows++;
    if (detected) s.detected++;
    if (exact) s.exact++;
  }
}

const pct = (a, b) => (b === 0 ? 0 : (100 * a) / b).toFixed(1) + "%";
console.log(`chrono-node casual parser on ${tsvPath}`);
console.log(`${"category".padEnd(18)} ${"cases".padStart(5)} ${"detected".padStart(10)} ${"exact".padStart(8)}`);
for (const [name, s] of [...scores.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  console.log(`${name.padEnd(18)} ${String(s.rows).padStart(5)} ${pct(s.detected, s.rows).padStart(10)} ${pct(s.exact, s.rows).padStart(8)}`);
}
console.log(`${"ALL".padEnd(18)} ${String(total.rows).padStart(5)} ${pct(total.detected, total.rows).padStart(10)} ${pct(total.exact, total.rows).padStart(8)}`);
console.log(`negatives: ${negatives} rows, ${falsePositives} false positives`);

// Throughput, single-threaded: one warm-up pass, then `reps` timed passes over every row.
let sink = 0;
for (const r of rows) sink += parse(r).length;
const t0 = performance.now();
for (let k = 0; k < reps; k++) for (const r of rows) sink += parse(r).length;
const secs = (performance.now() - t0) / 1000;
const n = rows.length * reps;
console.log(`throughput: ${(n / secs).toFixed(0)} sentences/s (${rows.length} sentences x ${reps} reps in ${secs.toFixed(3)} s, ${sink} results)`);
