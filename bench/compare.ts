/**
 * `npm run bench:compare -- <before.json> <after.json>`: issue 18's targets side by side for two
 * runs of `npm run bench` (bench/results/latest.json), as the README's before/after tables. Both
 * runs should be taken in the same conditions; each run's own /api/health is the page ratios'
 * yardstick, so a machine that was slower in one run shifts the milliseconds, less the ratios.
 */
import fs from "node:fs";

interface Row {
  route: string;
  connections: number;
  rps: number;
  p50: number;
  p97_5: number;
  failures: number;
  baselineRps?: number;
  hashing?: unknown;
  targets: { p97_5At10: number; ratioAt10: number; p50At1: number };
}

interface BrowserRow {
  label: string;
  window: string;
  median: { jsGzipBytes: number; tbtMs: number; lcpMs: number; domNodes: number };
}

interface Run {
  rows: Row[];
  browser?: BrowserRow[];
  ics: { label: string; max: number; median: number }[];
  live: { p97_5: number; answersStored: number; answersExpected: number; submitErrors: number; serverCpuMsPerSubmit?: number };
}

const [beforeFile, afterFile] = process.argv.slice(2);
if (!beforeFile || !afterFile) {
  console.error("usage: npm run bench:compare -- <before.json> <after.json>");
  process.exit(2);
}
const read = (file: string) => JSON.parse(fs.readFileSync(file, "utf8")) as Run;
const before = read(beforeFile);
const after = read(afterFile);

const mark = (met: boolean) => (met ? "yes" : "**no**");
const pct = (r: Row) => (r.baselineRps ? (100 * r.rps) / r.baselineRps : 100);
const ms = (n: number) => (n < 1 ? "<1" : n.toFixed(0));

function serverTable(): string {
  const lines = [
    "| Page | % of health @10 (before → after) | p97.5 ms @10 | p50 ms @1 | Target | Met after |",
    "|---|---:|---:|---:|---|---|",
  ];
  const pages = [...new Set(after.rows.filter((r) => r.baselineRps !== undefined && !r.hashing).map((r) => r.route))];
  for (const page of pages) {
    const pick = (run: Run, c: number) => run.rows.find((r) => r.route === page && r.connections === c);
    const [b10, a10, b1, a1] = [pick(before, 10), pick(after, 10), pick(before, 1), pick(after, 1)];
    if (!a10 || !a1) continue;
    const t = a10.targets;
    const met = pct(a10) >= t.ratioAt10 * 100 && a10.p97_5 < t.p97_5At10 && a1.p50 < t.p50At1 && a10.failures + a1.failures === 0;
    lines.push(
      `| ${page} | ${b10 ? pct(b10).toFixed(0) : "–"} → ${pct(a10).toFixed(0)} % | ${b10 ? ms(b10.p97_5) : "–"} → ${ms(a10.p97_5)} | ` +
        `${b1 ? ms(b1.p50) : "–"} → ${ms(a1.p50)} | ≥ ${t.ratioAt10 * 100} %, < ${t.p97_5At10} ms, < ${t.p50At1} ms | ${mark(met)} |`,
    );
  }
  return lines.join("\n");
}

function browserTable(): string {
  const lines = [
    "| Page | Window | First-load JS kB (before → after) | TBT ms | LCP ms | DOM nodes | Met after |",
    "|---|---|---:|---:|---:|---:|---|",
  ];
  for (const a of after.browser ?? []) {
    const b = before.browser?.find((x) => x.label === a.label && x.window === a.window);
    const kb = (r: BrowserRow | undefined) => (r ? (r.median.jsGzipBytes / 1024).toFixed(0) : "–");
    const n = (r: BrowserRow | undefined, key: "tbtMs" | "lcpMs" | "domNodes") => (r ? r.median[key].toFixed(0) : "–");
    const met = a.median.jsGzipBytes <= 200 * 1024 && a.median.tbtMs <= 200 && a.median.lcpMs <= 1500;
    lines.push(
      `| ${a.label} | ${a.window} | ${kb(b)} → ${kb(a)} | ${n(b, "tbtMs")} → ${n(a, "tbtMs")} | ${n(b, "lcpMs")} → ${n(a, "lcpMs")} | ` +
        `${n(b, "domNodes")} → ${n(a, "domNodes")} | ${mark(met)} |`,
    );
  }
  return lines.join("\n");
}

function liveAndFeed(): string {
  const cpu = (run: Run) => (run.live.serverCpuMsPerSubmit === undefined ? "–" : run.live.serverCpuMsPerSubmit.toFixed(1));
  const feed = (run: Run) => run.ics.find((m) => m.label.startsWith("GET /api/kalender"));
  const [bf, af] = [feed(before), feed(after)];
  const liveMet = after.live.p97_5 < 500 && after.live.answersStored === after.live.answersExpected && after.live.submitErrors === 0;
  return [
    "| Target | Before | After | Met after |",
    "|---|---:|---:|---|",
    `| Live samling: p97.5 submit → facilitator's screen < 500 ms | ${ms(before.live.p97_5)} ms | ${ms(after.live.p97_5)} ms | ${mark(liveMet)} |`,
    `| Live samling: answers stored / expected, nothing lost | ${before.live.answersStored} / ${before.live.answersExpected} | ${after.live.answersStored} / ${after.live.answersExpected} | ${mark(after.live.answersStored === after.live.answersExpected)} |`,
    `| Live samling: server CPU per submit ≤ 2 ms | ${cpu(before)} ms | ${cpu(after)} ms | ${mark((after.live.serverCpuMsPerSubmit ?? Infinity) <= 2)} |`,
    `| Calendar feed, 500 events over HTTP < 200 ms (slowest run) | ${bf ? ms(bf.max) : "–"} ms | ${af ? ms(af.max) : "–"} ms | ${mark((af?.max ?? Infinity) < 200)} |`,
  ].join("\n");
}

console.log([serverTable(), "", browserTable(), "", liveAndFeed()].join("\n"));
