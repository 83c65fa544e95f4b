/**
 * The officer's working day in Chromium (issue 16), end to end on the small demo country with the demo's case work
 * (src/store/casework-demo.ts): an officer signs in, finds a young person by name and by BSN with the search box,
 * opens their page (contact details, school history), opens a case, records a contact and hands the case over with a
 * note to the other demo region (after the confirmation dialog); that region's coordinator finds it in the incoming
 * queue, assigns it and reads the note; the demo school files an absence report by searching its student; the
 * primary coordinator filters the audit log by the officer's name. axe-core finds no WCAG 2.1 AA violation at 1280
 * and 375 px on every page visited. With VSV_SCREENSHOTS=1 each step is saved at 1280 px to
 * docs/screenshots/officer-day/NN-<step>.png (the pictures in the docs; CI leaves them alone).
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "../../src/store/accounts.js";
import { dutchToday, addDays, ensureDemoCasework } from "../../src/store/casework-demo.js";
import { DEMO_PASSWORD } from "../../src/store/demo-accounts.js";
import { browserAvailable, logIn, startCaseworkHarness, type CaseworkHarness } from "./casework-harness.js";
import { axeViolations, settled } from "./page-checks.js";

const run = browserAvailable();
const SHOTS = process.env.VSV_SCREENSHOTS === "1" ? fileURLToPath(new URL("../../docs/screenshots/officer-day/", import.meta.url)) : null;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The young person of the day, as the demo's lists hold them. */
interface Person {
  person_ref: string;
  person_key: string;
  family_name: string;
  given_names: string;
}

describe.skipIf(!run)("the officer's day in Chromium", () => {
  let h: CaseworkHarness;
  let officer: Page;
  let person: Person;
  let primary: string;
  let secondary: string;
  let caseId: number;
  const found: Record<string, string[]> = {};
  const NOTE = "Verhuisd naar uw regio. Wil verder met een opleiding in de techniek; het intakegesprek is gedaan.";

  /** axe at 375 and 1280 px (violations collected per page), then at 1280 and when asked the step's picture (whole page by default). */
  async function step(page: Page, name: string, fullPage = true): Promise<void> {
    await settled(page);
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const v = await axeViolations(page);
      if (v.length) found[`${name}-${width}`] = v;
    }
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage });
  }

  async function searchBox(page: Page, text: string): Promise<void> {
    await page.getByRole("searchbox", { name: "Zoek een jongere" }).fill(text);
    await page.getByRole("button", { name: "Zoek", exact: true }).click();
    await page.waitForURL(`${h.baseUrl}/werk/zoeken`);
    await page.getByTestId("search-table").or(page.getByTestId("search-none")).waitFor();
  }

  const resultRefs = (page: Page) =>
    page.getByTestId("search-table").locator("tbody tr a[href^='/werk/personen/']").evaluateAll((as) => as.map((a) => decodeURIComponent(a.getAttribute("href")!.split("/").pop()!)));

  beforeAll(async () => {
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
    h = await startCaseworkHarness();
    primary = h.users["demo-coordinator"].regions[0]!;
    secondary = h.users["demo-begeleider-andere-regio"].regions[0]!;
    // The day starts on the demo's case work, as after `npm start` (the suite's shared data has none).
    const demo = await ensureDemoCasework(h.sql, { regions: { primary, secondary }, institution: h.users["demo-school"].institutions[0]! });
    expect(demo.seeded).toBe(true);
    // A person on the primary region's list without a case yet, with an address and a school history (as the demo's
    // DUO list and register give them).
    const [row] = await h.sql.query<Person>(
      `SELECT person_ref, person_key, family_name, given_names FROM signals s
       WHERE region = $1 AND list = 'possible' AND family_name IS NOT NULL AND street IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.person_ref = s.person_ref)
         AND EXISTS (SELECT 1 FROM person_history p WHERE p.person_ref = s.person_ref AND p.kind = 'enrolment')
       ORDER BY person_ref LIMIT 1`,
      [primary],
    );
    if (!row) throw new Error(`The demo's list of region ${primary} has nobody with a name, an address and a school history left without a case`);
    person = row;
  }, 300_000);

  afterAll(async () => {
    await h?.close();
  });

  it("an officer signs in and finds the person by name and by BSN with the search box", async () => {
    const v = await h.visitor();
    officer = v.page;
    await officer.goto(`${h.baseUrl}/inloggen`);
    await officer.getByLabel("Gebruikersnaam").fill("demo-begeleider2");
    await officer.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
    await step(officer, "01-sign-in");
    await officer.getByRole("button", { name: "Inloggen" }).click();
    await officer.waitForURL((u) => u.pathname.startsWith("/werk"));
    await officer.getByTestId("signed-in-as").waitFor();

    await searchBox(officer, `${person.given_names.split(" ")[0]} ${person.family_name}`);
    expect(await resultRefs(officer)).toContain(person.person_ref);
    await officer.getByText("Gezocht op naam.").waitFor();
    await step(officer, "02-search-by-name");

    // On the results page the search has its own form (the box is not repeated there).
    const urls: string[] = [];
    officer.on("request", (r) => urls.push(r.url()));
    await officer.getByLabel("Naam, referentie, BSN of onderwijsnummer").fill(person.person_key);
    await officer.getByRole("button", { name: "Zoeken", exact: true }).click();
    await officer.getByText(/Gezocht op BSN of onderwijsnummer/).waitFor();
    expect(await resultRefs(officer)).toEqual([person.person_ref]);
    expect(urls.filter((u) => u.includes(person.person_key))).toEqual([]);
    officer.removeAllListeners("request");
    await step(officer, "03-search-by-bsn");
    expect(found).toEqual({});
  }, 90_000);

  it("opens the person's page with contact details and school history, opens a case and records a contact", async () => {
    await officer.getByTestId("search-table").getByRole("link", { name: `${person.given_names} ${person.family_name}` }).click();
    await officer.getByTestId("person-contact").waitFor();
    expect(await officer.getByTestId("person-contact").textContent()).toMatch(/\S/);
    expect(await officer.getByRole("heading", { level: 2 }).allTextContents()).toEqual(expect.arrayContaining(["Contactgegevens", "Schoolloopbaan"]));
    expect(await officer.getByTestId("history-enrolments").locator("tbody tr").count()).toBeGreaterThan(0);
    await step(officer, "04-person");

    await officer.getByRole("button", { name: "Dossier openen" }).click();
    await officer.waitForURL(/\/werk\/dossiers\/\d+$/);
    caseId = Number(new URL(officer.url()).pathname.split("/").pop());
    await officer.getByTestId("case-status").filter({ hasText: "Nieuw" }).waitFor();
    await step(officer, "05-case-opened");

    await officer.getByLabel("Kanaal").selectOption("phone");
    await officer.getByLabel("Notitie").fill("Gebeld. Gaat volgende week verhuizen naar een andere regio; wil daar verder met een opleiding.");
    await officer.getByRole("button", { name: "Contactmoment opslaan" }).click();
    await officer.getByText("Het contactmoment is opgeslagen.").waitFor();
    await officer.getByTestId("case-status").filter({ hasText: "Wordt benaderd" }).waitFor();
    await step(officer, "06-contact-recorded");
    expect(found).toEqual({});
  }, 90_000);

  it("hands the case over with a note to the other region, after the confirmation dialog", async () => {
    await officer.getByLabel("Nieuwe regio", { exact: true }).selectOption(secondary);
    await officer.getByLabel("Toelichting voor de nieuwe regio (niet verplicht)").fill(NOTE);
    await officer.getByLabel("Volgende stap voor de nieuwe regio (niet verplicht)").fill("Kennismakingsgesprek plannen");
    await officer.getByLabel("Uiterlijk op (niet verplicht)").fill(addDays(dutchToday(), 14));
    await officer.getByRole("button", { name: "Dossier overdragen" }).click();
    const dialog = officer.getByRole("dialog", { name: /^Dossier overdragen aan regio / });
    await dialog.waitFor();
    expect(await officer.evaluate(() => document.activeElement?.textContent)).toBe("Annuleren");
    // The dialog as the user sees it: the viewport, not the whole page.
    await step(officer, "07-handover-confirm", false);
    await dialog.getByRole("button", { name: "Ja, dossier overdragen" }).click();
    await officer.getByTestId("handover-out").waitFor();
    expect(await officer.getByTestId("handover-out-state").textContent()).toMatch(/^Nog niet ontvangen/);
    await step(officer, "08-handed-over");
    const [c] = await h.sql.query<{ status: string; closed_reason: string }>("SELECT status, closed_reason FROM cases WHERE id = $1", [caseId]);
    expect(c).toEqual({ status: "closed", closed_reason: "handed_over" });
    expect(found).toEqual({});
  }, 90_000);

  it("the receiving region's coordinator sees it in the incoming queue, assigns it and reads the note", async () => {
    // The demo has no coordinator in the other region: this one is made for the day.
    await createAccount(h.sql, { username: "coordinator-andere-regio", displayName: "Coördinator Andere Regio", role: "regional_coordinator", regions: [secondary], institutions: [], password: DEMO_PASSWORD });
    const { page } = await h.visitor();
    await page.goto(`${h.baseUrl}/inloggen`);
    await logIn(page, "coordinator-andere-regio");
    await page.getByTestId("signed-in-as").waitFor();
    await page.getByRole("link", { name: "Binnengekomen (1)" }).click();
    await page.waitForURL(/\/werk\/binnengekomen/);
    await page.getByTestId("incoming-table").waitFor();
    const row = page.getByTestId("incoming-table").locator("tbody tr", { hasText: `${person.given_names} ${person.family_name}` });
    expect(await row.textContent()).toContain("Kennismakingsgesprek plannen");
    await step(page, "09-incoming-queue");

    const receiver = h.users["demo-begeleider-andere-regio"];
    await page.getByLabel(`Begeleider voor ${person.given_names} ${person.family_name}`).selectOption(String(receiver.id));
    await page.getByRole("button", { name: "Toewijzen" }).click();
    await page.getByText(`is toegewezen aan ${receiver.displayName}`).waitFor();
    await row.getByRole("link", { name: `${person.given_names} ${person.family_name}` }).click();
    await page.getByTestId("handover-in").waitFor();
    expect(await page.getByTestId("handover-in-note").textContent()).toBe(NOTE);
    expect(await page.getByTestId("handover-in").textContent()).toMatch(/Toegewezen op /);
    await step(page, "10-assigned-note");
    expect(found).toEqual({});
  }, 90_000);

  it("the demo school files an absence report by searching its student", async () => {
    const institution = h.users["demo-school"].institutions[0]!;
    // A student of the school's list without a report yet.
    const [student] = await h.sql.query<{ person_ref: string; family_name: string; given_names: string }>(
      `SELECT person_ref, family_name, given_names FROM signals s
       WHERE institution = $1 AND list IN ('possible', 'definitive') AND family_name IS NOT NULL AND NOT EXISTS (SELECT 1 FROM absence_reports r WHERE r.person_ref = s.person_ref)
       ORDER BY person_ref LIMIT 1`,
      [institution],
    );
    if (!student) throw new Error(`The demo school ${institution} has no named student without an absence report`);
    const { page } = await h.signedIn("demo-school");
    await page.goto(`${h.baseUrl}/werk/verzuim`);
    await settled(page);
    await page.getByLabel("Zoek de leerling").fill(student.family_name.replace(/^([a-z']+ )+/, ""));
    await page.getByRole("button", { name: "Zoeken" }).click();
    await page.getByRole("button", { name: new RegExp(`^Kies ${escapeRegExp(`${student.given_names} ${student.family_name}`)}, geboren `) }).first().click();
    await page.getByTestId("absence-picked").waitFor();
    const from = addDays(dutchToday(), -3);
    await page.getByLabel("Eerste dag afwezig").fill(from);
    await page.getByLabel("Laatste dag afwezig").fill(from);
    await page.getByLabel("Aantal uren").fill("6");
    await page.getByLabel("Toelichting (niet verplicht)").fill("Niet verschenen zonder afmelding; thuis gebeld.");
    await page.getByLabel("Ander verzuim").check();
    await page.getByRole("button", { name: "Melding vastleggen" }).click();
    await page.getByTestId("absence-saved").waitFor();
    await step(page, "11-school-absence");
    const stored = await h.sql.query<{ kind: string; note: string }>("SELECT kind, note FROM absence_reports WHERE person_ref = $1 AND absent_from = $2", [student.person_ref, from]);
    expect(stored).toEqual([{ kind: "non_statutory", note: "Niet verschenen zonder afmelding; thuis gebeld." }]);
    expect(found).toEqual({});
  }, 90_000);

  it("the coordinator filters the audit log by the officer's name and sees the day's work", async () => {
    const { page } = await h.signedIn("demo-coordinator");
    await page.goto(`${h.baseUrl}/werk/logboek`);
    await settled(page);
    await page.getByLabel("Gebruiker (naam of gebruikersnaam)").fill("Begeleider 2");
    await page.getByRole("button", { name: "Filters toepassen" }).click();
    await page.waitForURL(/gebruiker=Begeleider\+2/);
    await page.getByTestId("audit-groups").waitFor();
    const summaries = await page.getByTestId("audit-group").locator("summary").allTextContents();
    expect(summaries.length).toBeGreaterThan(0);
    for (const s of summaries) expect(s).toContain("Demo Begeleider 2 (demo-begeleider2)");
    // Today's work among the demo's: a case opened, a contact added, the handover.
    expect(summaries.some((s) => s.includes("maakte dossier aan"))).toBe(true);
    expect(summaries.some((s) => s.includes("wijzigde dossier: contactmoment toegevoegd"))).toBe(true);
    expect(summaries.some((s) => s.includes(`wijzigde dossier: overgedragen aan regio ${secondary}`))).toBe(true);
    await step(page, "12-audit-log-by-user");
    expect(found).toEqual({});
  }, 90_000);
});
