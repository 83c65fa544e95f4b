/**
 * Page load of the landing page (issue 4): `vsv serve` in its own process on a data directory, headless
 * Debian Chromium (playwright-core) loads `/` on a fresh context each run (empty cache) and reports first
 * contentful paint, largest contentful paint, and the time until the national figure is on screen; plus the
 * JavaScript the landing page loaded, raw and gzipped.
 *   npm run build && npx tsx bench/page-load.ts [--data-dir data] [--runs 5]
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { machine } from "./measure.js";

const { values } = parseArgs({ options: { "data-dir": { type: "string", default: "data" }, runs: { type: "string", default: "5" }, port: { type: "string", default: "8090" } } });
const base = `http://127.0.0.1:${values.port}`;
const webRoot = path.resolve("dist/web");

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/api/v1/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not answer on ${base}`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const server = spawn(process.execPath, ["dist/cli/main.js", "serve", "--port", values.port!, "--data-dir", path.resolve(values["data-dir"]!)], { stdio: ["ignore", "ignore", "pipe"] });
const warmed = new Promise<void>((resolve) => server.stderr.on("data", (c: Buffer) => c.toString().includes("Caches warmed") && resolve()));
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  await waitForServer();
  await warmed;
  const runs: { fcp: number; lcp: number; figure: number }[] = [];
  const scripts = new Set<string>();
  for (let i = 0; i < Number(values.runs); i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on("response", (r) => {
      const u = new URL(r.url());
      if (u.pathname.endsWith(".js")) scripts.add(u.pathname);
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __lcp: number };
      w.__lcp = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__lcp = e.startTime;
      }).observe({ type: "largest-contentful-paint", buffered: true });
    });
    const t0 = Date.now();
    await page.goto(`${base}/`);
    await page.getByTestId("national-vsv").waitFor();
    const figure = Date.now() - t0;
    await page.waitForTimeout(300);
    const m = await page.evaluate(() => ({
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
      lcp: (window as unknown as { __lcp: number }).__lcp,
    }));
    runs.push({ fcp: Math.round(m.fcp), lcp: Math.round(m.lcp), figure });
    await context.close();
  }
  const sizes = [...scripts].map((p) => {
    const bytes = readFileSync(path.join(webRoot, p));
    return { file: p, kb: Math.round(bytes.length / 102.4) / 10, gzip_kb: Math.round(gzipSync(bytes, { level: 9 }).length / 102.4) / 10 };
  });
  console.log(`Landing page load, ${values.runs} runs, empty browser cache each, server caches warm; ${machine()}`);
  console.table(runs);
  console.log(`median: first contentful paint ${median(runs.map((r) => r.fcp))} ms, largest contentful paint ${median(runs.map((r) => r.lcp))} ms, national figure on screen ${median(runs.map((r) => r.figure))} ms`);
  console.table(sizes);
  console.log(`JavaScript loaded by the landing page: ${sizes.reduce((s, x) => s + x.gzip_kb, 0).toFixed(1)} KB gzipped`);
} finally {
  await browser.close();
  server.kill();
}
