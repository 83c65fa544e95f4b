/**
 * Starting a regional programme in Chromium (issue 6, part 5): vsv start seeds the demo coordinator's region with a
 * programme, so the test first removes it through the store (the parts cascade). Then the list shows every RMC
 * region and marks the coordinator's "nog geen programma"; a visitor's region page says plainly there is no
 * programme and offers no form; the region's coordinator starts one (period, summary) and the page shows it, status
 * concept, with the edit forms and "programma gestart" in the history; then the next period from the programme's page,
 * with links between the periods. axe-core finds no WCAG 2.1 AA violations.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, screenshot, startCaseworkHarness, type CaseworkHarness } from "./casework-harness.js";
import { axeViolations, settled, shows } from "./page-checks.js";

const run = browserAvailable();

describe.skipIf(!run)("starting a regional programme in Chromium", () => {
  let h: CaseworkHarness;
  let region: string;

  beforeAll(async () => {
    h = await startCaseworkHarness();
    region = h.users["demo-coordinator"].regions[0]!;
    const removed = await h.sql.query<{ id: number }>("DELETE FROM programmes WHERE region = $1 RETURNING id", [region]);
    expect(removed.length).toBe(1);
  }, 240_000);
  afterAll(async () => {
    await h?.close();
  });

  it("lists every RMC region, marking the one without a programme", async () => {
    const { page } = await h.visitor();
    await page.goto(`${h.baseUrl}/sturing/programmas`);
    await settled(page);
    const table = page.getByTestId("programmes");
    await shows(table.getByTestId(`no-programme-${region}`), "nog geen programma");
    const regions = (await (await fetch(`${h.baseUrl}/api/v1/regions`)).json()) as { rows: unknown[] };
    const programmes = (await (await fetch(`${h.baseUrl}/api/v1/steering/programmes`)).json()) as { items: { region: string }[] };
    expect(programmes.items.some((p) => p.region === region)).toBe(false);
    // Every region once without a programme, plus one row per programme.
    const withProgramme = new Set(programmes.items.map((p) => p.region));
    expect(await table.locator("tbody tr").count()).toBe(regions.rows.length - withProgramme.size + programmes.items.length);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("tells a visitor plainly that the region has no programme, without a form", async () => {
    const { page } = await h.visitor();
    await page.goto(`${h.baseUrl}/sturing/programma/${region}`);
    await settled(page);
    await shows(page.getByTestId("no-programme"), `(regio ${region}) heeft nog geen regionaal programma.`);
    expect(await page.locator("form").count()).toBe(0);
    expect(await page.getByRole("link", { name: "Inloggen" }).count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("lets the region's coordinator start the programme; the page shows it with its edit forms", async () => {
    const { page } = await h.signedIn("demo-coordinator");
    await page.goto(`${h.baseUrl}/sturing/programma/${region}`);
    await settled(page);
    const form = page.getByTestId("programme-start-form");
    await form.waitFor();
    const period = page.getByLabel("Periode");
    const current = await period.inputValue();
    expect(current).toMatch(/^\d{4}-\d{4}$/);
    expect(await period.locator("option").count()).toBe(2);
    await form.getByLabel("Samenvatting (mag leeg blijven)").fill("Opzet van het programma met de partijen in de regio.");
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole("button", { name: "Programma starten" }).click();

    await shows(page.getByTestId("programme-started"), `Het programma ${current} is gestart.`);
    await shows(page.locator("h1"), `(regio ${region}), ${current}`);
    await shows(page.getByTestId("programme-status"), "concept");
    await shows(page.getByTestId("programme-summary"), "Opzet van het programma");
    expect(await page.getByTestId("programme-parties").textContent()).toMatch(/Contactgemeente.*Centrumgemeente|Centrumgemeente.*Contactgemeente/s);
    await shows(page.getByTestId("agreement-overstap_vo_mbo"), "Nog geen afspraak vastgelegd.");
    await shows(page.getByTestId("programme-history").locator("li").first(), "Demo Coördinator: programma gestart");
    await page.getByTestId("programme-fields-form").waitFor();
    await page.getByTestId("topic-form-overstap_vo_mbo").waitFor();
    await page.getByTestId("measure-form-nieuw").waitFor();
    const [stored] = await h.sql.query<{ status: string; period: string; summary: string }>("SELECT status, period, summary FROM programmes WHERE region = $1", [region]);
    expect(stored).toEqual({ status: "draft", period: current, summary: "Opzet van het programma met de partijen in de regio." });
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "steering-programme-started");

    // The list now shows the region with its programme.
    await page.goto(`${h.baseUrl}/sturing/programmas`);
    await settled(page);
    const row = page.getByTestId("programmes").locator("tbody tr").filter({ hasText: `(${region})` });
    await shows(row, "concept");
    expect(await page.getByTestId(`no-programme-${region}`).count()).toBe(0);
  });

  it("lets the coordinator start the next period from the programme's page; links lead to either period", async () => {
    const { page } = await h.signedIn("demo-coordinator");
    await page.goto(`${h.baseUrl}/sturing/programma/${region}`);
    await settled(page);
    const [{ period: current }] = (await h.sql.query<{ period: string }>("SELECT period FROM programmes WHERE region = $1", [region])) as [{ period: string }];
    // One period so far: no period links.
    expect(await page.getByTestId("programme-periods").count()).toBe(0);
    const form = page.getByTestId("programme-next-form");
    await shows(form, "Volgende periode starten");
    // Only the period not yet started is offered.
    const select = form.getByLabel("Periode");
    const options = await select.locator("option").allTextContents();
    expect(options).toHaveLength(1);
    const next = options[0]!;
    expect(next > current).toBe(true);
    await form.getByLabel("Samenvatting (mag leeg blijven)").fill("Vervolg op het lopende programma.");
    await form.getByRole("button", { name: "Programma starten" }).click();

    await page.waitForURL(`**/sturing/programma/${region}?periode=${next}`);
    await shows(page.getByTestId("programme-started"), `Het programma ${next} is gestart.`);
    await shows(page.locator("h1"), `(regio ${region}), ${next}`);
    await shows(page.getByTestId("programme-summary"), "Vervolg op het lopende programma.");
    const periods = page.getByTestId("programme-periods");
    await shows(periods, `${next} (getoond)`);
    // Both periods exist now: nothing is left to start.
    expect(await page.getByTestId("programme-next-form").count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "steering-programme-next-period");

    await periods.getByRole("link", { name: current }).click();
    await page.waitForURL(`**/sturing/programma/${region}?periode=${current}`);
    await shows(page.locator("h1"), `(regio ${region}), ${current}`);
    await shows(page.getByTestId("programme-summary"), "Opzet van het programma");
    await shows(page.getByTestId("programme-periods"), `${current} (getoond)`);
    expect(await page.getByTestId("programme-started").count()).toBe(0);
    const stored = await h.sql.query<{ period: string }>("SELECT period FROM programmes WHERE region = $1 ORDER BY period", [region]);
    expect(stored.map((r) => r.period)).toEqual([current, next]);

    // The list has a row per period, each period a link to that programme.
    await page.goto(`${h.baseUrl}/sturing/programmas`);
    await settled(page);
    const rows = page.getByTestId("programmes").locator("tbody tr").filter({ hasText: `(${region})` });
    expect(await rows.count()).toBe(2);
    await page.getByRole("link", { name: new RegExp(`\\(regio ${region}\\), ${current}$`) }).click();
    await page.waitForURL(`**/sturing/programma/${region}?periode=${current}`);
    await shows(page.getByTestId("programme-summary"), "Opzet van het programma");
  });
});
