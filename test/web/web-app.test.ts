/**
 * The web app in Chromium against the real API on a small synthetic Netherlands: the figures it shows are the
 * engine's, the map drills down, the comparison shows two institutions, CSV downloads carry the numbers shown,
 * axe-core finds no WCAG 2.1 AA violation on any page, and the keyboard alone works.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { vsv } from "../support/cli.js";
import path from "node:path";
import { browserAvailable, screenshot, screenshotDir, startHarness, type Harness } from "./harness.js";
import { axeViolations } from "./page-checks.js";

const run = browserAvailable();
const nlInt = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 });
const nlPct = (n: number) => `${new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n)}%`;

interface EngineRow {
  teljaar: string;
  start_population: number;
  vsv: number;
  vsv_pct: number;
  [k: string]: unknown;
}

async function engine(h: Harness, ...args: string[]): Promise<EngineRow[]> {
  const r = await vsv("figures", ...args, "--format", "json", "--data-dir", h.dataDir);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as EngineRow[];
}

async function open(page: Page, url: string): Promise<void> {
  // AxeBuilder opens a helper page; bring ours back to the front so keyboard focus starts at the top.
  await page.bringToFront();
  await page.goto(url);
  await page.locator("h1").first().waitFor();
  // Detail pages are computed on first request (a few seconds on a cold server).
  await page.waitForFunction(() => !document.querySelector(".vsv-loading"), null, { timeout: 60_000 });
}

describe.skipIf(!run)("web app in Chromium", () => {
  let h: Harness;
  let page: Page;
  let latest: string;
  let region: { code: string; name: string };
  let institutions: EngineRow[];
  let municipality: string;
  let location: { brin: string; loc: string };

  beforeAll(async () => {
    h = await startHarness();
    page = await h.page();
    const meta = (await (await fetch(`${h.baseUrl}/api/v1/meta`)).json()) as { latest_teljaar: string };
    latest = meta.latest_teljaar;
    const byRegion = await engine(h, "--teljaar", latest, "--by", "region");
    const big = byRegion.sort((a, b) => b.start_population - a.start_population)[0]!;
    region = { code: String(big["region"]), name: String(big["region_name"]) };
    institutions = (await engine(h, "--teljaar", latest, "--by", "institution")).sort((a, b) => b.start_population - a.start_population);
    municipality = String((await engine(h, "--teljaar", latest, "--by", "municipality")).sort((a, b) => b.start_population - a.start_population)[0]!["municipality"]);
    const locs = (await engine(h, "--teljaar", latest, "--by", "location")).sort((a, b) => b.start_population - a.start_population);
    const l = String(locs[0]!["location"]);
    location = { brin: l.slice(0, 4), loc: l };
  }, 120_000);

  afterAll(async () => {
    await h?.close();
  });

  it("the landing page shows the national figure the engine computes for the latest teljaar", async () => {
    const [national] = await engine(h, "--teljaar", latest);
    await open(page, `${h.baseUrl}/`);
    await page.getByTestId("national-vsv").waitFor();
    expect(await page.getByTestId("national-vsv").textContent()).toBe(nlInt.format(national!.vsv));
    expect(await page.getByTestId("national-pct").textContent()).toBe(nlPct(national!.vsv_pct));
    expect(await page.locator("#kerncijfer").textContent()).toContain(latest);
    expect(await page.locator("#kerncijfer").textContent()).toMatch(/voorlopig|definitief/);
    // The series chart draws both definitions and the targets, and has its table.
    expect(await page.locator(".vsv-chart__legend li").allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining("jonger dan 23"), expect.stringContaining("jonger dan 27")]));
    expect(await page.locator(".vsv-chart__marker").count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator("table").count()).toBeGreaterThanOrEqual(3);
    await screenshot(page, "landing");
  });

  it("the selection is in the URL: choosing a teljaar and definition updates the figure, back restores it", async () => {
    const teljaren = ((await (await fetch(`${h.baseUrl}/api/v1/meta`)).json()) as { teljaren: { teljaar: string }[] }).teljaren.map((x) => x.teljaar);
    const previous = teljaren.at(-2)!;
    const [row] = await engine(h, "--teljaar", previous, "--definition", "27");
    await open(page, `${h.baseUrl}/`);
    await page.getByLabel("Teljaar", { exact: true }).selectOption(previous);
    await page.waitForURL(new RegExp(`teljaar=${previous}`));
    await page.getByLabel("Definitie", { exact: true }).selectOption("27");
    await page.waitForURL(/definitie=27/);
    await page.locator("#kerncijfer", { hasText: previous }).waitFor();
    await page.getByTestId("national-vsv").filter({ hasText: nlInt.format(row!.vsv) }).waitFor();
    // A shared link opens the same view.
    const shared = page.url();
    const other = await h.page();
    await open(other, shared);
    expect(await other.getByTestId("national-vsv").textContent()).toBe(nlInt.format(row!.vsv));
    await other.close();
    await page.goBack();
    await page.goBack();
    await page.locator("#kerncijfer", { hasText: latest }).waitFor();
  });

  it("the map drills down to a region: click a region, see its page with its name", async () => {
    await open(page, `${h.baseUrl}/kaart`);
    const area = page.locator(`a.vsv-map__area[href^="/regio/${region.code}"]`);
    expect(await area.getAttribute("aria-label")).toMatch(new RegExp(`^Regio ${region.name}: `));
    expect(await page.locator("a.vsv-map__area").count()).toBe(40);
    await screenshot(page, "map-regions");
    await area.click();
    await page.waitForURL(new RegExp(`/regio/${region.code}`));
    await page.getByRole("heading", { level: 1, name: `Regio ${region.name}` }).waitFor();
    await page.getByTestId("detail-figure").waitFor();
    await screenshot(page, "region");
    // Back returns to the map.
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: /Kaart/ }).waitFor();
  });

  it("the municipality map shows every municipality", async () => {
    await open(page, `${h.baseUrl}/kaart?indeling=gemeente`);
    expect(await page.locator("a.vsv-map__area").count()).toBeGreaterThan(300);
    await screenshot(page, "map-municipalities");
  });

  it("the comparison view shows two institutions side by side", async () => {
    const [a, b] = institutions;
    await open(page, `${h.baseUrl}/vergelijken?soort=instelling&codes=${a!["institution"]},${b!["institution"]}`);
    await page.locator(".vsv-chart").waitFor();
    const legend = await page.locator(".vsv-chart__legend li").allTextContents();
    expect(legend).toHaveLength(2);
    expect(legend.join(" ")).toContain(String(a!["institution"]));
    expect(legend.join(" ")).toContain(String(b!["institution"]));
    const headers = await page.locator("table thead th").allTextContents();
    expect(headers.filter((x) => x.endsWith("Vsv-percentage"))).toHaveLength(2);
    await screenshot(page, "compare");
  });

  it("CSV download contains the numbers the table shows", async () => {
    await open(page, `${h.baseUrl}/kaart`);
    const table = page.locator("table").first();
    const rows = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th,td")].map((c) => c.textContent ?? "")));
    expect(rows.length).toBe(40);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Download CSV \(Excel\)/ }).first().click()]);
    const csv = readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
    // The Dutch CSV: a description row, an empty row, Dutch headers, semicolons and decimal commas.
    const [, , header, ...lines] = csv.trim().split(/\r?\n/).map((l) => l.split(";"));
    const col = (name: string) => header!.indexOf(name);
    // Every hidden value is "x" in both; an empty CSV cell (not applicable) is "–" on the page.
    const shown = (v: string | undefined, kind: "int" | "pct") => (v === "x" ? "x" : v === "" || v == null ? "–" : kind === "int" ? nlInt.format(Number(v)) : nlPct(Number(v.replace(",", "."))));
    expect(lines).toHaveLength(rows.length);
    for (const [name, start, vsvShown, pctShown] of rows) {
      const line = lines.find((l) => l[col("Naam RMC-regio")] === name);
      expect(line, `CSV has a line for ${name}`).toBeDefined();
      expect([shown(line![col("Startpopulatie")], "int"), shown(line![col("Aantal vsv'ers")], "int"), shown(line![col("Vsv-percentage")], "pct")]).toEqual([start, vsvShown, pctShown]);
    }
  });

  it("axe-core finds no WCAG 2.1 AA violations on any page", async () => {
    const [a, b] = institutions;
    const pages: [string, string][] = [
      ["landing", "/"],
      ["map", "/kaart"],
      ["map-municipalities", "/kaart?indeling=gemeente"],
      ["region", `/regio/${region.code}`],
      ["municipality", `/gemeente/${municipality}`],
      ["institution", `/instelling/${a!["institution"]}`],
      ["location", `/instelling/${location.brin}/locatie/${location.loc}`],
      ["compare", `/vergelijken?soort=instelling&codes=${a!["institution"]},${b!["institution"]}`],
      ["compare-empty", "/vergelijken"],
      ["not-found", "/bestaat-niet"],
    ];
    const found: Record<string, string[]> = {};
    for (const [name, url] of pages) {
      await open(page, `${h.baseUrl}${url}`);
      if (name === "institution" || name === "location" || name === "municipality") await page.getByTestId("detail-figure").waitFor();
      if (!["landing", "map", "region", "compare", "map-municipalities"].includes(name)) await screenshot(page, name);
      const v = await axeViolations(page);
      if (v.length) found[name] = v;
    }
    expect(found).toEqual({});
  }, 180_000);

  it("keyboard: the skip link is the first Tab stop and moves focus to the content; Tab reaches the main navigation", async () => {
    // A fresh tab: a visitor arriving on the landing page.
    const kp = await h.page();
    await open(kp, `${h.baseUrl}/`);
    await kp.keyboard.press("Tab");
    expect(await kp.evaluate(() => document.activeElement?.textContent)).toBe("Direct naar de inhoud");
    expect(await kp.evaluate(() => document.activeElement!.getBoundingClientRect().top >= 0)).toBe(true);
    await kp.keyboard.press("Enter");
    expect(await kp.evaluate(() => document.activeElement?.id)).toBe("main");
    await open(kp, `${h.baseUrl}/`);
    let inNav = false;
    for (let i = 0; i < 6 && !inNav; i++) {
      await kp.keyboard.press("Tab");
      inNav = await kp.evaluate(() => Boolean(document.activeElement?.closest('nav[aria-label="Hoofdnavigatie"]')));
    }
    expect(inNav).toBe(true);
    // Enter on a navigation link opens that page and moves focus to its content.
    await kp.keyboard.press("Enter");
    await kp.waitForURL(/\/kaart|\/vergelijken|\/$/);
    await kp.close();
  });

  it("keyboard: a region on the map takes focus and opens with Enter", async () => {
    await open(page, `${h.baseUrl}/kaart`);
    await page.locator("a.vsv-map__area").first().focus();
    const label = await page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
    expect(label).toMatch(/^Regio .+: /);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/regio\//);
    await page.getByRole("heading", { level: 1, name: /^Regio / }).waitFor();
  });

  it("prints as a clean PDF: navigation, selection and download links hidden, figures and tables kept", async () => {
    await open(page, `${h.baseUrl}/`);
    await page.emulateMedia({ media: "print" });
    try {
      expect(await page.getByRole("navigation", { name: "Hoofdnavigatie" }).isVisible()).toBe(false);
      for (const link of await page.getByRole("link", { name: /Download CSV/ }).all()) expect(await link.isVisible()).toBe(false);
      expect(await page.getByTestId("national-vsv").isVisible()).toBe(true);
      expect(await page.locator("table").first().isVisible()).toBe(true);
      const pdf = await page.pdf({ path: path.join(screenshotDir, "landing.pdf"), format: "A4", printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      expect(readFileSync(path.join(screenshotDir, "landing.pdf")).length).toBeGreaterThan(10_000);
    } finally {
      await page.emulateMedia({ media: "screen" });
    }
  });
});
