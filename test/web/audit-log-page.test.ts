/**
 * The audit log a coordinator can read (issue 16, part 6), in Chromium against the real API on the small demo
 * country: an officer's signal-list page is one line of the coordinator's log ("Demo Begeleider 2 (demo-begeleider2)
 * bekeek signaallijst, 50 jongeren") found by filtering on the officer's name, which opens to its entries (person
 * reference and region); the flat view and the CSV link keep the filters; axe-core finds no WCAG 2.1 AA violation at
 * 1280 and 375 px with a line open.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, screenshot, startCaseworkHarness, type CaseworkHarness } from "./casework-harness.js";
import { axeViolations, settled } from "./page-checks.js";

const run = browserAvailable();

describe.skipIf(!run)("the coordinator's audit log in Chromium", () => {
  let h: CaseworkHarness;
  let coordinator: Page;
  let listed: number;

  beforeAll(async () => {
    h = await startCaseworkHarness();
    const { page: officer } = await h.signedIn("demo-begeleider2");
    await officer.goto(`${h.baseUrl}/werk/signalen?lijst=mogelijk`);
    await officer.getByTestId("signal-table").waitFor();
    listed = await officer.getByTestId("signal-table").locator("tbody tr").count();
    ({ page: coordinator } = await h.signedIn("demo-coordinator"));
  }, 300_000);

  afterAll(async () => {
    await h?.close();
  });

  it("filters by the officer's name and shows their list page as one line that opens to its entries", async () => {
    expect(listed).toBeGreaterThan(1);
    await coordinator.goto(`${h.baseUrl}/werk/logboek`);
    await settled(coordinator);
    await coordinator.getByLabel("Gebruiker (naam of gebruikersnaam)").fill("Begeleider 2");
    await coordinator.getByRole("button", { name: "Filters toepassen" }).click();
    await coordinator.waitForURL(/gebruiker=Begeleider\+2/);
    await coordinator.getByTestId("audit-groups").waitFor();
    const lines = coordinator.getByTestId("audit-group");
    const summaries = await lines.locator("summary").allTextContents();
    expect(summaries.length).toBeGreaterThan(0);
    for (const s of summaries) expect(s).toContain("Demo Begeleider 2 (demo-begeleider2)");
    const sentence = `Demo Begeleider 2 (demo-begeleider2) bekeek signaallijst, ${listed} jongeren`;
    const line = lines.filter({ hasText: sentence }).first();
    expect(await line.locator("summary").textContent()).toMatch(/^\d{1,2}-\d{1,2}-\d{4},? \d{2}:\d{2} — /);
    // Closed: the entries are not shown until the line is opened.
    expect(await line.getByRole("table").isVisible()).toBe(false);
    await line.locator("summary").click();
    const table = line.getByRole("table", { name: `Regels van: ${sentence}` });
    await table.waitFor();
    const refs = await table.locator("tbody tr a").allTextContents();
    expect(refs).toHaveLength(listed);
    for (const r of refs) expect(r).toMatch(/^p[0-9a-f]{24}$/);
    const region = h.users["demo-begeleider2"].regions[0]!;
    expect(new Set(await table.locator("tbody tr td:last-child").allTextContents())).toEqual(new Set([region]));
    // The download takes the same filters, every entry (no view, no paging).
    const href = (await coordinator.getByRole("link", { name: /Download het logboek/ }).getAttribute("href"))!;
    expect(href).toContain("format=csv");
    expect(href).toContain("user=Begeleider");
    expect(href).not.toContain("view=");
    await screenshot(coordinator, "casework-auditlog-grouped");

    const found: Record<string, string[]> = {};
    for (const width of [1280, 375]) {
      await coordinator.setViewportSize({ width, height: 900 });
      const v = await axeViolations(coordinator);
      if (v.length) found[`grouped-${width}`] = v;
    }
    expect(found).toEqual({});
  }, 60_000);

  it("shows every entry in the flat view, filtered by person reference, with Dutch words", async () => {
    await coordinator.setViewportSize({ width: 1280, height: 900 });
    const [entry] = await h.sql.query<{ p: string }>("SELECT subject_pseudonym AS p FROM audit_log WHERE actor_id = $1 AND subject_pseudonym IS NOT NULL ORDER BY id DESC LIMIT 1", [h.users["demo-begeleider2"].id]);
    await coordinator.goto(`${h.baseUrl}/werk/logboek?weergave=regels&persoon=${entry!.p}`);
    await coordinator.getByTestId("audit-table").waitFor();
    const rows = await coordinator.getByTestId("audit-table").locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th,td")].map((c) => c.textContent ?? "")));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r[3]).toBe(entry!.p);
    expect(rows.some((r) => r[1] === "Demo Begeleider 2 (demo-begeleider2)" && r[2] === "bekeek signaallijst")).toBe(true);
    const v = await axeViolations(coordinator);
    await coordinator.setViewportSize({ width: 375, height: 900 });
    expect([...v, ...(await axeViolations(coordinator))]).toEqual([]);
  }, 60_000);
});
