/**
 * Browser test harness: a copy of the shared small demo data (`vsv start --scale 0.005`, test/global-setup.ts), the web app built with
 * Vite (dist/web when it is up to date, else a fresh build in a temporary folder), the real API on a free
 * port serving that build, and Debian's Chromium driven by playwright-core.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/server/app.js";
import { demoData } from "../support/demo-data.js";

export const CHROMIUM = "/usr/bin/chromium";
const root = fileURLToPath(new URL("../../", import.meta.url));
export const screenshotDir = path.join(root, "test-output", "screenshots");

/** In CI a missing browser is a failure; elsewhere the browser tests are skipped with a message. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === "true") throw new Error(`${CHROMIUM} is missing: CI must run the browser tests (.ci/run installs chromium)`);
  console.warn(`web tests skipped: ${CHROMIUM} is not installed (apt-get install chromium); in CI this fails`);
  return false;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** dist/web if it is newer than every file of src/web, else a fresh Vite build into `tmp`. */
export async function webBuild(tmp: string): Promise<string> {
  const dist = path.join(root, "dist", "web");
  const index = path.join(dist, "index.html");
  const sources = Math.max(newestMtime(path.join(root, "src", "web")), statSync(path.join(root, "vite.config.ts")).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs > sources) return dist;
  const outDir = path.join(tmp, "web");
  const { build } = await import("vite");
  // vitest sets NODE_ENV=test, which would make Vite and the React plugin build React's development bundle.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({ configFile: path.join(root, "vite.config.ts"), mode: "production", logLevel: "warn", build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  return outDir;
}

export interface Harness {
  readonly dataDir: string;
  readonly baseUrl: string;
  readonly app: FastifyInstance;
  readonly browser: Browser;
  page(): Promise<Page>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const tmp = mkdtempSync(path.join(tmpdir(), "vsv-web-"));
  const dataDir = path.join(tmp, "data");
  demoData(dataDir);
  const webRoot = await webBuild(tmp);
  const app = await buildApp({ dataDir, webRoot });
  const address = await app.listen({ port: 0, host: "127.0.0.1" });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  mkdirSync(screenshotDir, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "nl-NL", acceptDownloads: true });
  return {
    dataDir,
    baseUrl: address,
    app,
    browser,
    async page() {
      const page = await context.newPage();
      // A script error in the app is a test failure waiting to happen: show it in the test output.
      page.on("pageerror", (e) => console.error(`page error on ${page.url()}: ${e.message}`));
      page.on("console", (m) => m.type() === "error" && console.error(`console error on ${page.url()}: ${m.text()}`));
      return page;
    },
    async close() {
      await browser.close().catch(() => undefined);
      await app.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}
