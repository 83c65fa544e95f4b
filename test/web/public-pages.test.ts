/**
 * Every public page on any device, and what a citizen, a journalist and an analyst need from it (issue 14), in
 * Chromium against the real API on the small synthetic Netherlands:
 *
 * - every entry of PUBLIC_PAGES (src/web/routes.ts; path parameters filled from the API's lists, so a new page is
 *   covered without touching this test) at 375 and 1280 px: axe-core finds no WCAG 2.1 AA violation, the page does
 *   not scroll sideways (WCAG 1.4.10), every horizontally scrolling container is a focusable, named region, chart x
 *   labels do not overlap, the synthetic-data notice is there; a screenshot of each (test-output/screenshots/<page>-<width>.png);
 * - printing the landing page gives a first page with the figures on it, not a blank one;
 * - chart points are reached with the keyboard and show their value (accessible name and visible tooltip);
 *   area charts draw the national line;
 * - long tables sort by their headers (aria-sort) and can be searched;
 * - "vind uw gemeente" on the map;
 * - the landing page says the data are synthetic and a sample, and compares counts with targets on the same scale;
 *   a change says which teljaar and stage it is compared with.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUBLIC_PAGES, type PublicPage } from "../../src/web/routes.js";
import { type DemoExamples, demoExamples } from "../support/demo-examples.js";
import { browserAvailable, screenshot, startCaseworkHarness, type CaseworkHarness } from "./casework-harness.js";
import { screenshotDir } from "./harness.js";
import { axeViolations, settled } from "./page-checks.js";

const run = browserAvailable();
const WIDTHS = [375, 1280] as const;
const nlInt = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 });

/** A page pattern with its parameters filled in from the demo data; fails for a parameter it has no value for. */
function pageUrl(pattern: string, e: DemoExamples): string {
  const byPattern: Record<string, Record<string, string>> = { [PUBLIC_PAGES.programme]: { region: e.programmeRegion } };
  const byName: Record<string, string> = { code: pattern.startsWith("/gemeente") ? e.municipality : e.region, region: e.region, brin: e.institution, loc: e.location };
  return pattern.replace(/:(\w+)/g, (_, name: string) => {
    const value = byPattern[pattern]?.[name] ?? byName[name];
    if (value === undefined) throw new Error(`No example value for :${name} of the page ${pattern}: add one to pageUrl in this test`);
    return encodeURIComponent(value);
  });
}

async function open(page: Page, url: string): Promise<void> {
  await page.bringToFront();
  await page.goto(url);
  // The first visit of a page may wait for the server to compute its figures behind another page's.
  await settled(page, 90_000);
  await page.waitForLoadState("networkidle");
}

/** What the layout checks find wrong on the page shown (empty: nothing). */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`scrolls sideways: ${root.scrollWidth} px wide in ${root.clientWidth} px`);
    for (const el of document.querySelectorAll<HTMLElement>("body *")) {
      const overflowX = getComputedStyle(el).overflowX;
      if ((overflowX === "auto" || overflowX === "scroll") && el.scrollWidth > el.clientWidth + 1) {
        if (el.tabIndex < 0 || el.getAttribute("role") !== "region" || !el.getAttribute("aria-label")) {
          problems.push(`a scrolling ${el.tagName.toLowerCase()}.${el.className} is not a focusable, named region`);
        }
      }
    }
    for (const svg of document.querySelectorAll(".vsv-chart__svg")) {
      const boxes = [...svg.querySelectorAll(".vsv-chart__xtick")].map((t) => t.getBoundingClientRect()).sort((a, b) => a.left - b.left);
      for (let i = 1; i < boxes.length; i++) {
        if (boxes[i]!.left < boxes[i - 1]!.right) problems.push(`chart x labels overlap: ${[...svg.querySelectorAll(".vsv-chart__xtick")].map((t) => t.textContent).join(" ")}`);
      }
    }
    return problems;
  });
}

describe.skipIf(!run)("the public pages on a phone, a desktop and paper", () => {
  let h: CaseworkHarness;
  let page: Page;
  let examples: DemoExamples;
  let scale: number;

  beforeAll(async () => {
    h = await startCaseworkHarness();
    examples = await demoExamples(h.app);
    page = (await h.visitor()).page;
    const meta = (await (await fetch(`${h.baseUrl}/api/v1/meta`)).json()) as { data: { synthetic: boolean; scale: number } };
    expect(meta.data.synthetic).toBe(true);
    scale = meta.data.scale;
  }, 240_000);
  afterAll(async () => h?.close());

  for (const width of WIDTHS) {
    it(`every public page at ${width} px: no axe violation, no sideways scroll, focusable scrolling tables, readable chart labels, the demo notice`, async () => {
      await page.setViewportSize({ width, height: 800 });
      const found: Record<string, string[]> = {};
      for (const [name, pattern] of Object.entries(PUBLIC_PAGES) as [PublicPage, string][]) {
        await open(page, `${h.baseUrl}${pageUrl(pattern, examples)}`);
        const problems = [...(await layoutProblems(page)), ...(await axeViolations(page))];
        if (!(await page.getByTestId("data-notice").isVisible())) problems.push("no notice that the data are synthetic");
        if (problems.length) found[name] = problems;
        await screenshot(page, `${name}-${width}`);
      }
      expect(found).toEqual({});
    }, 240_000);
  }

  it("prints the landing page with the figures on its first page (no blank first page)", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(page, `${h.baseUrl}/`);
    await page.emulateMedia({ media: "print" });
    const pdf = path.join(screenshotDir, "landing-print.pdf");
    try {
      await page.pdf({ path: pdf, format: "A4", printBackground: true });
    } finally {
      await page.emulateMedia({ media: "screen" });
    }
    const first = execFileSync("pdftotext", ["-f", "1", "-l", "1", "-layout", pdf, "-"], { encoding: "utf8" });
    expect(first).toContain("Voortijdig schoolverlaten in Nederland");
    expect(first).toContain("Synthetische gegevens");
    expect(first).toContain(await page.getByTestId("national-vsv").textContent());
    // The series section starts on the first page instead of being pushed, whole, to the second.
    expect(first).toContain("Nieuwe vsv'ers per teljaar");
    expect(first.split("\n").filter((l) => l.trim()).length).toBeGreaterThan(25);
  }, 60_000);

  it("reaches chart points with the keyboard: each says its value, shows it in a tooltip, and the arrows move along the line", async () => {
    await open(page, `${h.baseUrl}/`);
    let label: string | null = null;
    for (let i = 0; i < 40 && !label; i++) {
      await page.keyboard.press("Tab");
      label = await page.evaluate(() => (document.activeElement?.classList.contains("vsv-chart__point") ? document.activeElement.getAttribute("aria-label") : null));
    }
    expect(label).toMatch(/^jonger dan 2[37].*, \d{4}-\d{4}: [\d.]+$/);
    const tooltip = page.getByTestId("chart-tooltip");
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toContain(label!.split(": ").at(-1));
    await page.keyboard.press("ArrowRight");
    const next = await page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
    expect(next).not.toBe(label);
    expect(await tooltip.textContent()).toContain(next!.split(": ").at(-1));
    await page.keyboard.press("Escape");
    await tooltip.waitFor({ state: "hidden" });
    // The pointer shows the same tooltip.
    await page.locator(".vsv-chart__point").nth(3).hover();
    await tooltip.waitFor();
    expect(await page.locator(".vsv-chart__point").count()).toBeGreaterThan(10);

    // An area's chart has the national line beside its own.
    await open(page, `${h.baseUrl}/regio/${examples.region}`);
    const legend = await page.locator(".vsv-chart__legend li").allTextContents();
    expect(legend).toHaveLength(2);
    expect(legend[1]).toMatch(/^Nederland/);
  }, 90_000);

  it("sorts a long table by its headers (aria-sort) and searches it", async () => {
    await open(page, `${h.baseUrl}/kaart?indeling=gemeente`);
    const table = page.locator(".vsv-table").filter({ has: page.locator("caption", { hasText: "gemeente" }) }).first();
    const names = () => table.locator("tbody th").allTextContents();
    const all = await names();
    expect(all.length).toBeGreaterThan(300);

    const header = table.getByRole("columnheader", { name: "Naam" });
    await header.getByRole("button").focus();
    await page.keyboard.press("Enter");
    expect(await header.getAttribute("aria-sort")).toBe("ascending");
    const collator = new Intl.Collator("nl-NL", { numeric: true, sensitivity: "base" });
    expect(await names()).toEqual([...all].sort(collator.compare));
    await page.keyboard.press("Enter");
    expect(await header.getAttribute("aria-sort")).toBe("descending");
    expect(await names()).toEqual([...all].sort(collator.compare).reverse());

    const pct = table.getByRole("columnheader", { name: "Vsv-percentage" });
    await pct.getByRole("button").click();
    expect(await header.getAttribute("aria-sort")).toBeNull();
    const shown = (await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => tr.children[3]!.textContent ?? "")))
      .filter((v) => /^\d/.test(v)).map((v) => Number(v.replace("%", "").replace(",", ".")));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));

    const target = all.find((n) => n.length > 6)!;
    await table.getByLabel(/Zoeken in de tabel/).fill(target.slice(0, 5).toLowerCase());
    const hits = await names();
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThan(all.length);
    expect(hits).toContain(target);
    for (const n of hits) expect(n.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase()).toContain(target.slice(0, 5).normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase());
    expect(await table.getByRole("status").textContent()).toContain(`van ${all.length} rijen`);
  }, 90_000);

  it("finds your municipality on the map: type, pick a suggestion with the keyboard, see it outlined with its figure and link", async () => {
    const list = (await (await fetch(`${h.baseUrl}/api/v1/municipalities`)).json()) as { rows: { code: string; name: string; region: string; region_name: string }[] };
    const m = list.rows.find((r) => !list.rows.some((o) => o !== r && o.name.toLowerCase().startsWith(r.name.slice(0, 6).toLowerCase())) && r.name.length >= 6)!;
    await open(page, `${h.baseUrl}/kaart?indeling=gemeente`);
    const box = page.getByRole("combobox", { name: "Vind uw gemeente" });
    await box.fill(m.name.slice(0, 6));
    await page.getByRole("option", { name: m.name, exact: true }).waitFor();
    await page.keyboard.press("ArrowDown");
    expect(await box.getAttribute("aria-activedescendant")).toBeTruthy();
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`gemeente=${m.code}`));
    await page.locator(`a.vsv-map__area--found[data-code="${m.code}"]`).waitFor();
    expect(await page.getByTestId("map-found").textContent()).toContain(`Gemeente ${m.name}:`);
    expect(await page.getByTestId("map-found").getByRole("link").first().getAttribute("href")).toMatch(new RegExp(`^/gemeente/${m.code}`));
    expect(await box.inputValue()).toBe(m.name);
    // On the region map the same search outlines the region that holds the municipality.
    await page.getByLabel("RMC/Doorstroompunt-regio's").check();
    await page.locator(`a.vsv-map__area--found[data-code="${m.region}"]`).waitFor();
    expect(await page.getByTestId("map-found").textContent()).toContain(`ligt in regio ${m.region_name}`);
  }, 90_000);

  it("says the data are a synthetic sample, draws and lists the targets scaled to it, and says what a change is compared with", async () => {
    await open(page, `${h.baseUrl}/`);
    const pct = `${new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 }).format(scale * 100)}%`;
    const notice = (await page.getByTestId("data-notice").textContent()) ?? "";
    expect(notice).toContain("synthetische");
    expect(notice).toContain(`steekproef van ${pct}`);
    const series = (await (await fetch(`${h.baseUrl}/api/v1/series`)).json()) as { targets: { year: number; target: number }[] };
    const rows = await page.getByTestId("targets-table").locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? "")));
    expect(rows).toHaveLength(series.targets.length);
    for (const g of series.targets) {
      const row = rows.find((r) => r[0] === String(g.year))!;
      expect(row.at(-2)).toBe(nlInt.format(g.target));
      expect(row.at(-1)).toBe(nlInt.format(Math.round(g.target * scale)));
    }
    expect(await page.getByTestId("targets-table").locator("thead").textContent()).toContain("Doel geschaald naar de steekproef");
    // The chart's target markers stand at the scaled values.
    const markers = await page.locator(".vsv-chart__marker").evaluateAll((gs) => gs.map((g) => g.getAttribute("aria-label") ?? ""));
    for (const g of series.targets) expect(markers.some((l) => l.endsWith(`: ${nlInt.format(Math.round(g.target * scale))}; doel voor heel Nederland: ${nlInt.format(g.target)}`))).toBe(true);
    expect(await page.locator(".vsv-chart__legend").first().textContent()).toContain("doel geschaald naar de steekproef");

    const national = (await (await fetch(`${h.baseUrl}/api/v1/figures`)).json()) as { total: { previous_teljaar: string; previous_stage: string } };
    const stage = { preliminary: "voorlopig", definitive: "definitief" }[national.total.previous_stage];
    expect(await page.getByTestId("national-change").textContent()).toContain(`t.o.v. ${national.total.previous_teljaar} (${stage})`);
  }, 60_000);
});
