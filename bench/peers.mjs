// Peers of `eventdb import` on the same articles, single-threaded in Node:
//   chrono   - chrono-node casual parser: time expressions only, reference = publication date;
//   compromise - compromise + compromise-dates: people, places, organisations and dates.
// Reads the text files bench/gen_corpus.py writes (Title/Source/Published/Author headers, a
// blank line, the body), parses every body once, and prints one line per peer:
//   "<peer> <articles> <bytes> <seconds> <CPU seconds> <items found>"
// CPU seconds (user + system of this process) stay meaningful when the machine is busy.
// Reading the files is outside the timed part; only the parsing is timed.
// Usage: node peers.mjs <corpus folder> <node_modules folder> [chrono|compromise]... [--limit N]
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";

const args = process.argv.slice(2);
let limit = Infinity;
const li = args.indexOf("--limit");
if (li >= 0) {
  limit = Number(args[li + 1]);
  args.splice(li, 2);
}
const [corpus, modules, ...wanted] = args;
const peers = wanted.length ? wanted : ["chrono", "compromise"];

function walk(dir, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.name.endsWith(".txt")) out.push(p);
  }
  return out;
}

const articles = [];
for (const file of walk(corpus, [])) {
  if (articles.length >= limit) break;
  const raw = fs.readFileSync(file, "utf8");
  const cut = raw.indexOf("\n\n");
  const head = raw.slice(0, cut);
  const m = /^Published: (\d{4})-(\d{2})-(\d{2})$/m.exec(head);
  const ref = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : undefined;
  articles.push({ body: raw.slice(cut + 2), ref });
}
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.body), 0);

const load = async (name, file) => import(pathToFileURL(path.join(modules, name, file)).href);

for (const peer of peers) {
  let run;
  if (peer === "chrono") {
    const chrono = await load("chrono-node", "dist/esm/index.js");
    run = (a) => chrono.casual.parse(a.body, a.ref ?? new Date(2020, 0, 1), { forwardDate: false }).length;
  } else if (peer === "compromise") {
    const nlp = (await load("compromise", "src/three.js")).default;
    const dates = (await load("compromise-dates", "src/plugin.js")).default;
    nlp.plugin(dates);
    run = (a) => {
      const doc = nlp(a.body);
      const today = a.ref ? a.ref.toISOString().slice(0, 10) : undefined;
      return (
        doc.people().json().length +
        doc.places().json().length +
        doc.organizations().json().length +
        doc.dates({ today }).json().length +
        doc.money().json().length
      );
    };
  } else {
    console.error(`peers.mjs: unknown peer ${peer}`);
    process.exit(2);
  }
  let found = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const a of articles) found += run(a);
  const secs = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  console.log(`${peer} ${articles.length} ${bytes} ${secs.toFixed(3)} ${cpuSecs.toFixed(3)} ${found}`);
}
