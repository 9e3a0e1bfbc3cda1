/**
 * The browser part of `npm run bench` (issue 18): what a page costs a municipal laptop, measured
 * in Debian's Chromium driven by playwright-core, with the CPU throttled 4× through the DevTools
 * protocol (Emulation.setCPUThrottlingRate), at the default window (1280×720) and at 390 px.
 *
 * Per page and window, after one unmeasured warm-up load (the server's caches), BENCH_BROWSER_RUNS
 * loads in a fresh browser context each (a cold browser cache: a first visit), reporting the median:
 *   - first-load JS: every script response the page loaded until it was interactive (the end of
 *     the window below), each body gzipped here (zlib, default level) so that the figure does not
 *     depend on whether the server compresses;
 *   - total blocking time: for every long task (> 50 ms, PerformanceObserver "longtask") that
 *     starts after the first contentful paint, its time beyond 50 ms, summed until the page has been
 *     quiet (no long task, no request in flight) for QUIET_MS after the load event — a stand-in for
 *     Lighthouse's FCP-to-TTI window;
 *   - largest contentful paint: the last "largest-contentful-paint" entry before that point;
 *   - DOM nodes: document.getElementsByTagName("*").length at that point.
 */
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { median } from "./stats";

export interface BrowserPage {
  label: string;
  path: string;
  /** Session cookies (name → value) for 127.0.0.1; null for a signed-out page. */
  cookies: ReadonlyMap<string, string> | null;
  /** A text the loaded page must contain, so a redirect or an error page is never measured. */
  expect: string;
}

export interface BrowserWindow {
  name: string;
  width: number;
  height: number;
}

export const BROWSER_WINDOWS: readonly BrowserWindow[] = [
  { name: "1280 px", width: 1280, height: 720 },
  { name: "390 px", width: 390, height: 844 },
];

export interface BrowserTargets {
  firstLoadJsKb: number;
  tbtMs: number;
  lcpMs: number;
}

export const BROWSER_TARGETS: BrowserTargets = { firstLoadJsKb: 200, tbtMs: 200, lcpMs: 1500 };
export const CPU_THROTTLING = 4;
const QUIET_MS = 2000;
const WINDOW_LIMIT_MS = 20_000;

export interface BrowserRun {
  jsGzipBytes: number;
  scripts: number;
  tbtMs: number;
  lcpMs: number;
  domNodes: number;
}

export interface BrowserMeasurement {
  label: string;
  window: string;
  runs: BrowserRun[];
  /** Medians of the runs, each figure on its own. */
  median: BrowserRun;
}

/** Installed before any of the page's own scripts: records long tasks, paints and LCP from the start. */
const OBSERVE_PERFORMANCE = `(() => {
  const perf = { longTasks: [], fcp: null, lcp: null, lastLongTaskEnd: 0 };
  window.__benchPerf = perf;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      perf.longTasks.push([e.startTime, e.duration]);
      perf.lastLongTaskEnd = Math.max(perf.lastLongTaskEnd, e.startTime + e.duration);
    }
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === "first-contentful-paint") perf.fcp = e.startTime;
  }).observe({ type: "paint", buffered: true });
  new PerformanceObserver((list) => {
    const entries = list.getEntries();
    if (entries.length > 0) perf.lcp = entries[entries.length - 1].startTime;
  }).observe({ type: "largest-contentful-paint", buffered: true });
})();`;

interface PagePerf {
  longTasks: [number, number][];
  fcp: number | null;
  lcp: number | null;
  domNodes: number;
  now: number;
  lastLongTaskEnd: number;
}

const readPerf = (page: Page) =>
  page.evaluate(() => {
    const perf = (window as unknown as { __benchPerf: Omit<PagePerf, "domNodes" | "now"> }).__benchPerf;
    return { ...perf, domNodes: document.getElementsByTagName("*").length, now: performance.now() };
  });

async function newContext(browser: Browser, base: string, window: BrowserWindow, cookies: BrowserPage["cookies"]): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: window.width, height: window.height },
    locale: "nb-NO",
    timezoneId: "Europe/Oslo",
  });
  if (cookies) {
    const url = new URL(base);
    await context.addCookies([...cookies].map(([name, value]) => ({ name, value, domain: url.hostname, path: "/", httpOnly: true, sameSite: "Lax" as const })));
  }
  await context.addInitScript(OBSERVE_PERFORMANCE);
  return context;
}

async function loadOnce(browser: Browser, base: string, target: BrowserPage, window: BrowserWindow): Promise<BrowserRun> {
  const context = await newContext(browser, base, window, target.cookies);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_THROTTLING });

    let inFlight = 0;
    let lastNetworkActivity = performance.now();
    const scriptBodies: Promise<number>[] = [];
    page.on("request", () => {
      inFlight++;
      lastNetworkActivity = performance.now();
    });
    const settled = () => {
      inFlight = Math.max(0, inFlight - 1);
      lastNetworkActivity = performance.now();
    };
    page.on("requestfinished", settled);
    page.on("requestfailed", settled);
    let counting = true;
    page.on("response", (response) => {
      if (!counting || response.request().resourceType() !== "script") return;
      scriptBodies.push(
        response.body().then(
          (body) => gzipSync(body).length,
          () => 0,
        ),
      );
    });

    const response = await page.goto(base + target.path, { waitUntil: "load", timeout: WINDOW_LIMIT_MS });
    if (!response?.ok()) throw new Error(`${target.label}: ${response?.status() ?? "no response"} in the browser`);
    if (new URL(page.url()).pathname !== new URL(base + target.path).pathname) {
      throw new Error(`${target.label}: the browser ended on ${page.url()}`);
    }

    // Wait until nothing runs and nothing loads for QUIET_MS (wall time), or the window's limit.
    const started = performance.now();
    let perf = await readPerf(page);
    while (performance.now() - started < WINDOW_LIMIT_MS) {
      await page.waitForTimeout(250);
      perf = await readPerf(page);
      const quietNetwork = inFlight === 0 && performance.now() - lastNetworkActivity >= QUIET_MS;
      const quietMain = perf.now - perf.lastLongTaskEnd >= QUIET_MS;
      if (quietNetwork && quietMain) break;
    }
    counting = false;
    if (!(await page.content()).replaceAll("<!-- -->", "").includes(target.expect)) {
      throw new Error(`${target.label}: the page in the browser lacks "${target.expect}"`);
    }

    const fcp = perf.fcp ?? 0;
    const tbtMs = perf.longTasks.filter(([start]) => start >= fcp).reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
    const sizes = await Promise.all(scriptBodies);
    return {
      jsGzipBytes: sizes.reduce((a, b) => a + b, 0),
      scripts: sizes.length,
      tbtMs,
      lcpMs: perf.lcp ?? 0,
      domNodes: perf.domNodes,
    };
  } finally {
    await context.close();
  }
}

export async function measureBrowser(options: {
  base: string;
  chromiumPath: string;
  pages: readonly BrowserPage[];
  runs: number;
  log: (line: string) => void;
}): Promise<BrowserMeasurement[]> {
  const browser = await chromium.launch({
    executablePath: options.chromiumPath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const results: BrowserMeasurement[] = [];
  try {
    for (const target of options.pages) {
      for (const window of BROWSER_WINDOWS) {
        await loadOnce(browser, options.base, target, window); // warm-up
        const runs: BrowserRun[] = [];
        for (let i = 0; i < options.runs; i++) runs.push(await loadOnce(browser, options.base, target, window));
        const m: BrowserMeasurement = {
          label: target.label,
          window: window.name,
          runs,
          median: {
            jsGzipBytes: median(runs.map((r) => r.jsGzipBytes)),
            scripts: median(runs.map((r) => r.scripts)),
            tbtMs: median(runs.map((r) => r.tbtMs)),
            lcpMs: median(runs.map((r) => r.lcpMs)),
            domNodes: median(runs.map((r) => r.domNodes)),
          },
        };
        options.log(
          `browser ${m.label} @${m.window}: ${(m.median.jsGzipBytes / 1024).toFixed(0)} kB JS (${m.median.scripts} scripts), ` +
            `TBT ${m.median.tbtMs.toFixed(0)} ms, LCP ${m.median.lcpMs.toFixed(0)} ms, ${m.median.domNodes} nodes`,
        );
        results.push(m);
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}

const yesNo = (met: boolean) => (met ? "yes" : "**no**");

export function browserTable(rows: readonly BrowserMeasurement[], targets: BrowserTargets = BROWSER_TARGETS): string {
  return [
    "| Page | Window | First-load JS (gzip) | Scripts | TBT ms (4× CPU) | LCP ms (4× CPU) | DOM nodes | Target met |",
    "|---|---|---:|---:|---:|---:|---:|---|",
    ...rows.map((m) => {
      const kb = m.median.jsGzipBytes / 1024;
      const misses = [
        kb > targets.firstLoadJsKb ? "JS" : null,
        m.median.tbtMs > targets.tbtMs ? "TBT" : null,
        m.median.lcpMs > targets.lcpMs ? "LCP" : null,
      ].filter(Boolean);
      return (
        `| ${m.label} | ${m.window} | ${kb.toFixed(0)} kB | ${m.median.scripts} | ${m.median.tbtMs.toFixed(0)} | ${m.median.lcpMs.toFixed(0)} | ` +
        `${m.median.domNodes} | ${yesNo(misses.length === 0)}${misses.length > 0 ? ` (${misses.join(", ")})` : ""} |`
      );
    }),
  ].join("\n");
}

export function browserNote(rows: readonly BrowserMeasurement[], runs: number, targets: BrowserTargets = BROWSER_TARGETS): string {
  return (
    `Browser: Debian's Chromium (playwright-core), CPU throttled ${CPU_THROTTLING}× (DevTools Emulation.setCPUThrottlingRate), ` +
    `${BROWSER_WINDOWS.map((w) => `${w.width}×${w.height}`).join(" and ")}; per page and window one warm-up load, then ${runs} loads ` +
    `each in a fresh context (cold browser cache), medians shown. First-load JS: every script response until the page had been quiet ` +
    `(no long task, no request) for ${QUIET_MS / 1000} s after its load event, each body gzipped in the bench; TBT: long tasks after the ` +
    `first contentful paint, their time beyond 50 ms, until that point; LCP: the last largest-contentful-paint entry. ` +
    `Targets: first-load JS ≤ ${targets.firstLoadJsKb} kB, TBT ≤ ${targets.tbtMs} ms, LCP ≤ ${targets.lcpMs} ms on every page and window ` +
    `(${rows.filter((m) => m.median.jsGzipBytes / 1024 <= targets.firstLoadJsKb && m.median.tbtMs <= targets.tbtMs && m.median.lcpMs <= targets.lcpMs).length} of ${rows.length} rows met).`
  );
}
