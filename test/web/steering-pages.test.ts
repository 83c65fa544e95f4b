/**
 * The steering pages every visitor sees, in Chromium: the overview reached from the main navigation, norms,
 * follow-up, the programme list, the action plan and the yearly report page — each shows its content from the API
 * and axe-core finds no WCAG 2.1 AA violation. (The target tool and a programme page have their own tests.) The
 * target group is checked from both sides: its public counts (/sturing/doelgroep, also at 375 px) and an officer's
 * worklist tab on /werk/signalen.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, screenshot, startCaseworkHarness, type CaseworkHarness } from "./casework-harness.js";
import { axeViolations, settled } from "./page-checks.js";

const run = browserAvailable();

describe.skipIf(!run)("the steering pages in Chromium", () => {
  let h: CaseworkHarness;
  let page: Page;

  beforeAll(async () => {
    h = await startCaseworkHarness();
    page = (await h.visitor()).page;
  }, 240_000);
  afterAll(async () => h?.close());

  it("reaches the overview from the main navigation and links every steering page", async () => {
    await page.goto(`${h.baseUrl}/`);
    await settled(page, 60_000);
    await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Sturing" }).click();
    await page.waitForURL(/\/sturing$/);
    await settled(page, 60_000);
    expect(await page.locator("h1").textContent()).toMatch(/Sturing/);
    const hrefs = await page.locator("main a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(["/sturing/doelen", "/sturing/normen", "/sturing/vervolg", "/sturing/doelgroep", "/sturing/programmas", "/sturing/actieplan", "/sturing/rapport"]);
    expect(await page.getByRole("link", { name: "Sturing" }).getAttribute("aria-current")).toBe("page");
    expect(await axeViolations(page)).toEqual([]);
  }, 60_000);

  const pages: readonly { path: string; heading: RegExp; shows: string; shot: string }[] = [
    { path: "/sturing/normen", heading: /norm/i, shows: "table", shot: "steering-norms" },
    { path: "/sturing/vervolg", heading: /jaar later|vervolg/i, shows: "table", shot: "steering-follow-up" },
    { path: "/sturing/doelgroep", heading: /doelgroep/i, shows: "table", shot: "steering-target-group" },
    { path: "/sturing/programmas", heading: /programma/i, shows: "a[href^='/sturing/programma/']", shot: "steering-programmes" },
    { path: "/sturing/actieplan", heading: /actieplan/i, shows: "main li, main table", shot: "steering-action-plan-public" },
    { path: "/sturing/rapport", heading: /jaarrapportage/i, shows: "a[href*='/steering/report.pdf']", shot: "steering-report" },
  ];
  for (const p of pages) {
    it(`shows ${p.path} with its content and no axe violations`, async () => {
      await page.bringToFront();
      await page.goto(`${h.baseUrl}${p.path}`);
      await settled(page, 60_000);
      expect(await page.locator("h1").first().textContent()).toMatch(p.heading);
      expect(await page.locator(p.shows).count(), p.shows).toBeGreaterThan(0);
      expect(await page.locator(".vsv-error, [role=alert]").count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, p.shot);
    }, 90_000);
  }

  it("shows the target group's table at 375 px too, without axe violations", async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    try {
      await page.goto(`${h.baseUrl}/sturing/doelgroep`);
      await settled(page, 60_000);
      expect(await page.locator("table").count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  }, 60_000);

  // The counts' other face: the worklist itself, a tab of the signal lists for officers (docs/target-group.md).
  it("gives an officer the target group as a list tab with each young person's group, and a school user no such tab", async () => {
    const officer = (await h.signedIn("demo-begeleider")).page;
    await officer.goto(`${h.baseUrl}/werk/signalen`);
    await settled(officer, 60_000);
    await officer.getByRole("navigation", { name: /lijsten/i }).getByRole("link", { name: "Doelgroep Doorstroompunt" }).click();
    await officer.waitForURL(/lijst=doelgroep/);
    await settled(officer, 60_000);
    expect(await officer.locator("#signal-heading").textContent()).toBe("Doelgroep Doorstroompunt");
    expect(await officer.locator("[data-testid=signal-table] th").allTextContents()).toContain("Groep");
    const groups = await officer.locator("[data-testid=signal-table] tbody tr td").allTextContents();
    expect(groups.some((g) => /Voortgezet speciaal onderwijs|Praktijkonderwijs|Entree \(mbo 1\)|Mbo 2 bol|Vsv'er/.test(g))).toBe(true);
    expect(await officer.locator(".vsv-logged").textContent()).toMatch(/Wet van school naar duurzaam werk/);
    expect(await axeViolations(officer)).toEqual([]);
    await officer.context().close();
    const school = (await h.signedIn("demo-school")).page;
    await school.goto(`${h.baseUrl}/werk/signalen`);
    await settled(school, 60_000);
    expect(await school.getByRole("link", { name: "Doelgroep Doorstroompunt" }).count()).toBe(0);
    await school.context().close();
  }, 120_000);

  it("downloads the yearly report PDF the page links to", async () => {
    await page.goto(`${h.baseUrl}/sturing/rapport`);
    await settled(page, 60_000);
    const href = await page.locator("a[href*='/steering/report.pdf']").first().getAttribute("href");
    const res = await fetch(`${h.baseUrl}${href}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/pdf/);
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
  }, 120_000);
});
