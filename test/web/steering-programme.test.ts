/**
 * The regional programme pages and the action plan in Chromium (issue 6, parts 5 and 6): anyone sees the parties,
 * topics with agreements, measures, budget, target, indicators and history, read-only; the region's coordinator
 * (demo-coordinator, signed in through the login form) edits a topic's agreement, the programme's status and
 * summary, and adds, changes and removes a measure and a budget line, each shown on the page and in the history; a
 * national analyst (demo-analist) sets an action to "afgerond" with a progress note and the overview per line
 * changes; a change made meanwhile (409) is said in Dutch and the typed note stays. axe-core finds no WCAG 2.1 AA
 * violations, also with the edit forms open. vsv start seeds the steering data; the test checks that.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureActionPlan } from "../../src/store/action-plan.js";
import { ensureDemoProgrammes } from "../../src/store/programme-demo.js";
import { browserAvailable, screenshot, startCaseworkHarness, type CaseworkHarness } from "./casework-harness.js";
import { axeViolations, settled, shows } from "./page-checks.js";

const run = browserAvailable();

describe.skipIf(!run)("a regional programme page in Chromium", () => {
  let h: CaseworkHarness;
  let region: string;

  beforeAll(async () => {
    h = await startCaseworkHarness();
    region = h.users["demo-coordinator"].regions[0]!;
    // vsv start seeds the action plan and the demo programmes; seeding again adds nothing and changes nothing.
    expect(await ensureActionPlan(h.sql)).toBe(0);
    expect(await ensureDemoProgrammes(h.sql, [region])).toEqual([]);
    const [programme] = await h.sql.query<{ n: number }>("SELECT count(*) AS n FROM programmes WHERE region = $1", [region]);
    expect(programme?.n).toBe(1);
  }, 240_000);
  afterAll(async () => {
    await h?.close();
  });

  it("shows the programme to a visitor, without edit forms", async () => {
    const { page } = await h.visitor();
    await page.goto(`${h.baseUrl}/sturing/programma/${region}`);
    await settled(page);
    await shows(page.locator("h1"), `regio ${region}`);
    expect(await page.getByTestId("programme-parties").textContent()).toMatch(/Contactgemeente.*Centrumgemeente|Centrumgemeente.*Contactgemeente/s);
    await shows(page.getByTestId("agreement-overstap_vo_mbo"), "overstapcoach");
    await shows(page.getByTestId("agreement-samenwerking_arbeidsmarktregio"), "Nog geen afspraak vastgelegd.");
    expect(await page.getByTestId("programme-measures").locator("tbody tr").count()).toBe(3);
    await shows(page.getByTestId("programme-budget"), "90.000.000");
    await shows(page.getByTestId("programme-target"), "nieuwe vsv'ers in 2030");
    await shows(page.getByTestId("programme-indicators"), "Nieuwe vsv'ers");
    expect(await page.locator("form").count()).toBe(0);
    expect(await page.getByRole("button", { name: /Verwijder|Wijzig/ }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("lets the region's coordinator change a topic's agreement; the page and the history show it", async () => {
    const { page } = await h.signedIn("demo-coordinator");
    await page.goto(`${h.baseUrl}/sturing/programma/${region}`);
    await settled(page);
    const field = page.getByLabel("Afspraak over gebruik van de mbo-verklaring");
    await field.waitFor();
    const text = "Het Doorstroompunt en de contactschool reiken bij elke uitschrijving zonder diploma de mbo-verklaring uit.";
    await field.fill(text);
    await page.getByTestId("topic-form-mbo_verklaring").getByRole("button", { name: "Afspraak opslaan" }).click();
    await page.getByText("De afspraak is opgeslagen.").waitFor({ timeout: 15_000 });
    await shows(page.getByTestId("agreement-mbo_verklaring"), text);
    await shows(page.getByTestId("programme-history").locator("li").first(), "Demo Coördinator: afspraak gewijzigd: mbo_verklaring");
    const [stored] = await h.sql.query<{ agreement: string }>("SELECT agreement FROM programme_topics WHERE topic = 'mbo_verklaring' AND programme_id = (SELECT id FROM programmes WHERE region = $1)", [region]);
    expect(stored?.agreement).toBe(text);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "steering-programme");
  });

  it("lists the programmes and shows the action plan with statuses in words; axe finds nothing", async () => {
    const { page } = await h.visitor();
    await page.goto(`${h.baseUrl}/sturing/programmas`);
    await settled(page);
    await shows(page.getByTestId("programmes"), `(${region})`);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${h.baseUrl}/sturing/actieplan`);
    await settled(page);
    expect(await page.getByTestId("action-overview").locator("tbody tr").count()).toBe(7);
    await shows(page.getByTestId("action-1.2"), "mee bezig");
    expect(await page.locator("form").count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("lets the coordinator add, change and remove a measure and a budget line, and change status and summary", async () => {
    const { page } = await h.signedIn("demo-coordinator");
    await page.goto(`${h.baseUrl}/sturing/programma/${region}`);
    await settled(page);
    const add = page.getByTestId("measure-form-nieuw");
    await add.waitFor();
    const name = "Schoolmaatschappelijk werk op de entreeopleiding";
    await add.getByLabel("Naam van de maatregel").fill(name);
    await add.getByLabel("Doelgroep").fill("Entreestudenten met verzuim");
    await add.getByLabel("Verplicht onderwerp").selectOption({ label: "Laagdrempelige en toegankelijke hulp op school" });
    await add.getByLabel("Budget per jaar (euro)").fill("45.000");
    await add.getByLabel("Status van de maatregel").selectOption("running");
    await add.getByRole("button", { name: "Maatregel toevoegen" }).click();
    await page.getByText("De maatregel is toegevoegd.").waitFor({ timeout: 15_000 });
    const table = page.getByTestId("programme-measures");
    await shows(page.getByTestId("programme-history").locator("li").first(), `Demo Coördinator: maatregel toegevoegd: ${name}`);
    expect(await table.locator("tbody tr").count()).toBe(4);
    const row = table.locator("tbody tr").filter({ hasText: name });
    expect(await row.textContent()).toMatch(/Entreestudenten met verzuim.*Laagdrempelige en toegankelijke hulp op school.*€\s?45\.000.*loopt/s);
    expect(await add.getByLabel("Naam van de maatregel").inputValue()).toBe("");

    // Change it: the edit form opens below the table with its values.
    await page.getByRole("button", { name: `Wijzig ${name}` }).click();
    const edit = page.getByTestId(/^measure-form-\d+$/);
    await edit.getByLabel("Status van de maatregel").selectOption("done");
    expect(await axeViolations(page)).toEqual([]);
    await edit.getByRole("button", { name: "Maatregel opslaan" }).click();
    await page.getByText("De maatregel is gewijzigd.").waitFor({ timeout: 15_000 });
    await shows(row, "afgerond");
    await shows(page.getByTestId("programme-history").locator("li").first(), `maatregel gewijzigd: ${name}`);

    // Status, summary and pupils in Belgium.
    const fields = page.getByTestId("programme-fields-form");
    await fields.getByLabel("Status van het programma").selectOption("adopted");
    await fields.getByLabel("Samenvatting").fill("Vastgesteld door de partijen in de regio.");
    await fields.getByRole("button", { name: "Programma opslaan" }).click();
    await page.getByText("Het programma is opgeslagen.").waitFor({ timeout: 15_000 });
    await shows(page.getByTestId("programme-status"), "vastgesteld");
    await shows(page.getByTestId("programme-summary"), "Vastgesteld door de partijen");
    await shows(page.getByTestId("programme-history").locator("li").first(), "gewijzigd: status, summary");

    // A party: the form shows the current one for the chosen role.
    const party = page.getByTestId("party-form");
    await party.getByLabel("Welke partij").selectOption("contact_school");
    expect(await party.getByLabel("Naam").inputValue()).not.toBe("");
    await party.getByLabel("Naam").fill("Regionaal Opleidingscentrum Noord");
    await party.getByRole("button", { name: "Partij opslaan" }).click();
    await page.getByText("De partij is opgeslagen.").waitFor({ timeout: 15_000 });
    await shows(page.getByTestId("programme-parties"), "Regionaal Opleidingscentrum Noord");
    await shows(page.getByTestId("programme-history").locator("li").first(), "partij gewijzigd: contact_school");

    // A budget line: added, listed, changed, removed.
    const lines = page.getByTestId("budget-line-form");
    await lines.getByLabel("Bron (bijvoorbeeld eigen bijdrage gemeente)").fill("Eigen bijdrage centrumgemeente");
    await lines.getByLabel("Bedrag (euro)").fill("20000");
    await lines.getByRole("button", { name: "Begrotingsregel toevoegen" }).click();
    await page.getByText("De begrotingsregel is toegevoegd.").waitFor({ timeout: 15_000 });
    await shows(page.getByTestId("budget-lines"), "Eigen bijdrage centrumgemeente");
    // Changed in the form that opens below the list: only the amount is sent; saving again changes nothing.
    await page.getByRole("button", { name: /^Wijzig .*Eigen bijdrage centrumgemeente/ }).click();
    const lineForm = page.locator('[data-testid^="budget-line-form-"]');
    expect(await lineForm.getByLabel("Bedrag (euro)").inputValue()).toBe("20000");
    expect(await axeViolations(page)).toEqual([]);
    await lineForm.getByLabel("Bedrag (euro)").fill("25000");
    await lineForm.getByRole("button", { name: "Begrotingsregel opslaan" }).click();
    await page.getByText("De begrotingsregel is gewijzigd.").waitFor({ timeout: 15_000 });
    await shows(page.getByTestId("budget-lines"), "25.000");
    await shows(page.getByTestId("programme-history").locator("li").first(), "begrotingsregel gewijzigd: ");
    await lineForm.getByRole("button", { name: "Begrotingsregel opslaan" }).click();
    await shows(lineForm, "Er is niets gewijzigd");
    await page.getByRole("button", { name: /^Verwijder .*Eigen bijdrage centrumgemeente/ }).click();
    await page.getByText("De begrotingsregel is verwijderd.").waitFor({ timeout: 15_000 });
    await page.getByTestId("programme-history").locator("li").first().filter({ hasText: "begrotingsregel verwijderd: " }).waitFor({ timeout: 15_000 });
    expect(await page.getByTestId("budget-lines").filter({ hasText: "Eigen bijdrage centrumgemeente" }).count()).toBe(0);

    // Remove the measure after confirming.
    await page.getByRole("button", { name: `Verwijder ${name}` }).click();
    await page.getByRole("button", { name: "Ja, verwijderen" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Ja, verwijderen" }).click();
    await page.getByText("De maatregel is verwijderd.").waitFor({ timeout: 15_000 });
    await shows(page.getByTestId("programme-history").locator("li").first(), `maatregel verwijderd: ${name}`);
    expect(await table.locator("tbody tr").count()).toBe(3);
  });

  it("says so in Dutch when the programme changed meanwhile, and keeps what was typed", async () => {
    const { page } = await h.signedIn("demo-coordinator");
    await page.goto(`${h.baseUrl}/sturing/programma/${region}`);
    await settled(page);
    const add = page.getByTestId("measure-form-nieuw");
    await add.getByLabel("Naam van de maatregel").fill("Maatregel na een conflict");
    await h.sql.query("UPDATE programmes SET version = version + 1 WHERE region = $1", [region]);
    await add.getByRole("button", { name: "Maatregel toevoegen" }).click();
    await shows(page.getByTestId("programme-conflict"), "Iemand anders heeft het programma intussen gewijzigd");
    expect(await add.getByLabel("Naam van de maatregel").inputValue()).toBe("Maatregel na een conflict");
    // The page reloaded the current version: sending again succeeds.
    await add.getByRole("button", { name: "Maatregel toevoegen" }).click();
    await page.getByText("De maatregel is toegevoegd.").waitFor({ timeout: 15_000 });
    await shows(page.getByTestId("programme-measures").locator("tbody tr"), "Maatregel na een conflict");
  });

  it("lets a national analyst set an action to afgerond with a note; the overview counts it; a 409 keeps the note", async () => {
    const { page } = await h.signedIn("demo-analist");
    await page.goto(`${h.baseUrl}/sturing/actieplan`);
    await settled(page);
    const before = await h.sql.query<{ code: string; line: number }>("SELECT code, line FROM actions WHERE status <> 'done' ORDER BY line, code LIMIT 1");
    const { code, line } = before[0]!;
    const overviewRow = page.getByTestId("action-overview").locator("tbody tr").nth(line - 1);
    const doneCell = overviewRow.locator("td").nth(3);
    const doneBefore = Number(await doneCell.textContent());

    const editBox = page.getByTestId(`action-edit-${code}`);
    await editBox.locator("summary").click();
    const form = page.getByTestId(`action-form-${code}`);
    await form.getByLabel("afgerond", { exact: true }).check();
    await form.getByLabel("Gestart op").fill("2024-09-01");
    await form.getByLabel("Nieuwe voortgangsnotitie").fill("Alle regio's werken met het nieuwe protocol.");
    await form.getByLabel("Datum van de notitie").fill("2025-06-30");

    // Someone else changes the action meanwhile: the page says so and keeps the note.
    await h.sql.query("UPDATE actions SET version = version + 1 WHERE code = $1", [code]);
    await form.getByRole("button", { name: "Actie opslaan" }).click();
    await shows(page.getByTestId(`action-${code}-conflict`), `Iemand anders heeft actie ${code} intussen gewijzigd`);
    expect(await form.getByLabel("Nieuwe voortgangsnotitie").inputValue()).toBe("Alle regio's werken met het nieuwe protocol.");
    expect(await axeViolations(page)).toEqual([]);

    await form.getByRole("button", { name: "Actie opslaan" }).click();
    await shows(page.getByTestId(`action-${code}-saved`), `Actie ${code} is opgeslagen.`);
    const action = page.getByTestId(`action-${code}`);
    await shows(action.locator(".vsv-status"), "afgerond");
    await shows(action, "afgerond 30 juni 2025");
    await shows(action.locator("li").first(), "Alle regio's werken met het nieuwe protocol.");
    await shows(doneCell, String(doneBefore + 1));
    expect(await form.getByLabel("Nieuwe voortgangsnotitie").inputValue()).toBe("");
    const [stored] = await h.sql.query<{ status: string; done_on: string; started_on: string }>("SELECT status, done_on::text AS done_on, started_on::text AS started_on FROM actions WHERE code = $1", [code]);
    expect(stored).toEqual({ status: "done", done_on: "2025-06-30", started_on: "2024-09-01" });
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "steering-action-plan");
  });
});
