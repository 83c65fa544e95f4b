/**
 * The confirmation dialog and the coordinator's incoming queue in Chromium (issue 16, parts 4 and 9), lean: a
 * coordinator asks to disable an officer — the dialog names what will happen, "Annuleren" has the focus, axe finds
 * no WCAG 2.1 AA violation with it open at 1280 and 375 px, Escape cancels (nothing changed, focus back on the
 * button); then a case handed over from another region shows in the menu as "Binnengekomen (1)" and on
 * /werk/binnengekomen, where the coordinator assigns it after confirming nothing (assigning is not irreversible).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handoverCase } from "../../src/store/case-handover.js";
import { openCase } from "../../src/store/cases.js";
import { browserAvailable, screenshot, startCaseworkHarness, type CaseworkHarness } from "./casework-harness.js";
import { axeViolations, settled } from "./page-checks.js";

const run = browserAvailable();

describe.skipIf(!run)("confirmation dialog and incoming handovers in Chromium", () => {
  let h: CaseworkHarness;

  beforeAll(async () => {
    h = await startCaseworkHarness();
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });

  it("asks before disabling an account, with Annuleren focused, no axe violation at 1280 and 375, Escape cancels", async () => {
    const { page } = await h.signedIn("demo-coordinator");
    await page.goto(`${h.baseUrl}/werk/gebruikers`);
    await settled(page);
    const officer = h.users["demo-begeleider"];
    const button = page.getByRole("button", { name: `${officer.displayName} uitschakelen` });
    await button.click();
    const dialog = page.getByRole("dialog", { name: `${officer.displayName} uitschakelen?` });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("niet meer inloggen");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Annuleren");
    const found: Record<string, string[]> = {};
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      const v = await axeViolations(page);
      if (v.length) found[String(width)] = v;
    }
    await screenshot(page, "confirm-dialog-375");
    expect(found).toEqual({});
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(`${officer.displayName} uitschakelen`);
    const [row] = await h.sql.query<{ disabled_at: Date | null }>("SELECT disabled_at FROM accounts WHERE id = $1", [officer.id]);
    expect(row!.disabled_at).toBeNull();
  }, 90_000);

  it("shows a handover from another region in the menu count and on Binnengekomen, and assigns it", async () => {
    const coordinator = h.users["demo-coordinator"];
    const region = coordinator.regions[0]!;
    const sender = h.users["demo-begeleider-andere-regio"];
    const from = sender.regions[0]!;
    const [listed] = await h.sql.query<{ person_ref: string; family_name: string }>(
      "SELECT person_ref, family_name FROM signals s WHERE region = $1 AND family_name IS NOT NULL AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.person_ref = s.person_ref) LIMIT 1",
      [from],
    );
    const opened = await openCase(h.sql, { personRef: listed!.person_ref as never, region: from, actorId: sender.id });
    await handoverCase(h.sql, opened.id, opened.version, { toRegion: region, note: "Woont nu bij zijn vader. Bel na 16 uur.", nextStep: "Huisbezoek plannen", nextStepDue: "2027-01-15" }, sender.id);

    const { page } = await h.signedIn("demo-coordinator");
    await page.goto(`${h.baseUrl}/werk/binnengekomen`);
    await settled(page);
    await page.getByRole("link", { name: "Binnengekomen (1)" }).waitFor();
    await page.getByTestId("incoming-table").waitFor();
    const table = await page.getByTestId("incoming-table").textContent();
    // The name travels with the handover: the receiving region's list does not hold this person.
    expect(table).toContain(listed!.family_name);
    expect(table).toContain("Huisbezoek plannen");
    const found: Record<string, string[]> = {};
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      const v = await axeViolations(page);
      if (v.length) found[String(width)] = v;
    }
    await screenshot(page, "incoming-375");
    expect(found).toEqual({});
    await page.setViewportSize({ width: 1280, height: 900 });
    const officer = h.users["demo-begeleider"];
    await page.getByLabel(/^Begeleider voor /).selectOption(String(officer.id));
    await page.getByRole("button", { name: "Toewijzen" }).click();
    await page.getByText(`is toegewezen aan ${officer.displayName}`).waitFor();
    const [handover] = await h.sql.query<{ received_at: Date | null }>("SELECT received_at FROM handovers WHERE from_case = $1", [opened.id]);
    expect(handover!.received_at).not.toBeNull();
  }, 90_000);

  it("lets the administrator pick regions by name when creating and changing an account (axe at 1280 and 375)", async () => {
    const { page } = await h.signedIn("demo-beheerder");
    await page.goto(`${h.baseUrl}/werk/gebruikers`);
    await settled(page);
    await page.getByLabel("Regio toevoegen").first().selectOption("13");
    await page.getByRole("button", { name: "Toevoegen" }).first().click();
    await page.getByRole("button", { name: /^13 .* verwijderen$|^13 verwijderen$/ }).waitFor();
    const officer = h.users["demo-begeleider"];
    await page.getByLabel("Gebruiker", { exact: true }).selectOption(String(officer.id));
    const found: Record<string, string[]> = {};
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      const v = await axeViolations(page);
      if (v.length) found[String(width)] = v;
    }
    expect(found).toEqual({});
  }, 90_000);
});
