/**
 * The closed part of the web app in Chromium against the real API and operational store (PGlite) on a small
 * synthetic Netherlands with the demo accounts: signing in, the signal list of the officer's own region (sorting,
 * filtering), a person and their case (open, contact moment, status; a stale save shows the conflict and keeps the
 * input), the coordinator's workload and audit log, the school's own list without case work, and axe-core finding
 * no WCAG 2.1 AA violation on any of these pages.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { levelLabel } from "../../src/domain/labels/education.js";
import { updateCase } from "../../src/store/cases.js";
import { browserAvailable, logIn, screenshot, startCaseworkHarness, type CaseworkHarness } from "./casework-harness.js";
import { axeViolations, settled } from "./page-checks.js";

const run = browserAvailable();

/** Every row of the signal table as its cells' text, and the person reference its name links to. */
async function signalRows(page: Page): Promise<{ ref: string; cells: string[] }[]> {
  await page.getByTestId("signal-table").waitFor();
  return page.getByTestId("signal-table").locator("tbody tr").evaluateAll((trs) =>
    trs.map((tr) => ({
      ref: decodeURIComponent(tr.querySelector("a")!.getAttribute("href")!.replace("/werk/personen/", "")),
      cells: [...tr.querySelectorAll("th,td")].map((c) => c.textContent ?? ""),
    })),
  );
}

describe.skipIf(!run)("the closed part in Chromium", () => {
  let h: CaseworkHarness;
  let officer: Page;
  let region: string;
  let regionRefs: Set<string>;
  let caseId: number;
  let personRef: string;

  beforeAll(async () => {
    h = await startCaseworkHarness();
    region = h.users["demo-begeleider"].regions[0]!;
    const refs = await h.sql.query<{ person_ref: string }>("SELECT person_ref FROM signals WHERE list = 'possible' AND region = $1", [region]);
    regionRefs = new Set(refs.map((r) => r.person_ref));
  }, 120_000);

  afterAll(async () => {
    await h?.close();
  });

  it("an anonymous visitor of the signal list is sent to the login page, which names a wrong password in an alert", async () => {
    const { page } = await h.visitor();
    await page.goto(`${h.baseUrl}/werk/signalen?lijst=mogelijk`);
    await page.waitForURL(/\/inloggen\?terug=/);
    expect(new URL(page.url()).searchParams.get("terug")).toBe("/werk/signalen?lijst=mogelijk");
    await page.getByRole("heading", { level: 1, name: "Inloggen" }).waitFor();
    // The public navigation offers the way in.
    expect(await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Inloggen" }).count()).toBe(1);
    // Empty form: an error summary with a link to each field, and the fields marked invalid.
    await page.getByRole("button", { name: "Inloggen" }).click();
    const summary = page.locator(".vsv-error-summary");
    await summary.waitFor();
    expect(await summary.getAttribute("role")).toBe("alert");
    expect(await summary.locator("a").allTextContents()).toEqual(["Vul uw gebruikersnaam in.", "Vul uw wachtwoord in."]);
    expect(await page.getByLabel("Gebruikersnaam").getAttribute("aria-invalid")).toBe("true");
    await logIn(page, "demo-begeleider", "not the password");
    const failed = page.getByTestId("login-failed");
    await failed.waitFor();
    expect(await failed.getAttribute("role")).toBe("alert");
    expect(await failed.textContent()).toContain("Gebruikersnaam of wachtwoord onjuist");
    expect(page.url()).toContain("/inloggen");
    await screenshot(page, "casework-login");
  });

  it("an officer signs in with the form, returns to the list asked for, and sees the rows of their own region only", async () => {
    const v = await h.visitor();
    officer = v.page;
    await officer.goto(`${h.baseUrl}/werk/signalen`);
    await officer.waitForURL(/\/inloggen/);
    await logIn(officer, "demo-begeleider");
    await officer.waitForURL((u) => u.pathname === "/werk/signalen");
    expect(await officer.getByTestId("signed-in-as").textContent()).toContain("Demo Begeleider");
    expect(await officer.getByRole("navigation", { name: "Werkomgeving" }).getByRole("link").allTextContents()).toEqual(["Werkomgeving", "Signalen", "Dossiers", "Verzuim"]);
    const rows = await signalRows(officer);
    expect(rows.length).toBe(Math.min(regionRefs.size, 50));
    for (const r of rows) expect(regionRefs.has(r.ref), `${r.ref} is on the list of region ${region}`).toBe(true);
    expect(await officer.getByTestId("signal-count").textContent()).toBe(`${regionRefs.size} jongeren`);
    // The page says that viewing it is logged, and why.
    expect(await officer.locator(".vsv-logged").first().textContent()).toContain("voortijdig schoolverlaters in beeld brengen");
    await screenshot(officer, "casework-signals");
  });

  it("sorting by a column header sets aria-sort and orders the rows; a filter narrows the list to what the store holds", async () => {
    await officer.getByRole("button", { name: "Leeftijd" }).click();
    await officer.waitForURL(/sorteer=age/);
    await officer.locator('th[aria-sort="ascending"]', { hasText: "Leeftijd" }).waitFor();
    const ages = (await signalRows(officer)).map((r) => Number(r.cells[1]));
    expect(ages).toEqual([...ages].sort((a, b) => a - b));
    await officer.getByRole("button", { name: "Leeftijd" }).click();
    await officer.waitForURL(/sorteer=-age/);
    await officer.locator('th[aria-sort="descending"]', { hasText: "Leeftijd" }).waitFor();
    const down = (await signalRows(officer)).map((r) => Number(r.cells[1]));
    expect(down).toEqual([...down].sort((a, b) => b - a));
    expect(await officer.locator('th[aria-sort="none"]', { hasText: "Naam" }).count()).toBe(1);

    const [level] = await h.sql.query<{ level: string; n: number }>(
      "SELECT level, count(*) AS n FROM signals WHERE list = 'possible' AND region = $1 AND level IS NOT NULL GROUP BY level ORDER BY count(*) DESC, level LIMIT 1",
      [region],
    );
    await officer.getByLabel("Niveau").selectOption(level!.level);
    await officer.getByRole("button", { name: "Filters toepassen" }).click();
    await officer.waitForURL(new RegExp(`niveau=${level!.level}`));
    await officer.getByTestId("signal-count").filter({ hasText: `${level!.n} ${level!.n === 1 ? "jongere" : "jongeren"}` }).waitFor();
    const filtered = await signalRows(officer);
    expect(filtered).toHaveLength(level!.n);
    // The level is shown in words ("Mbo 3"), never as its code.
    for (const r of filtered) expect(r.cells[4]).toContain(levelLabel(level!.level));
    // The sort stays with the filter, and the CSV link is the same request.
    expect(officer.url()).toContain("sorteer=-age");
    const csv = await officer.getByRole("link", { name: /Download deze lijst/ }).getAttribute("href");
    expect(csv).toContain(`level=${level!.level}`);
    expect(csv).toContain("format=csv");
    // The headers are buttons: the keyboard sorts too.
    await officer.getByRole("button", { name: "Naam" }).focus();
    await officer.keyboard.press("Enter");
    await officer.waitForURL(/sorteer=name/);
    await officer.locator('th[aria-sort="ascending"]', { hasText: "Naam" }).waitFor();
  });

  it("searches without putting the search in the URL, the browser history or any request's URL (names stay out of URLs)", async () => {
    const [school] = await h.sql.query<{ institution_name: string; n: number }>(
      `SELECT institution_name, count(*) AS n FROM signals WHERE list = 'possible' AND region = $1 AND institution_name IS NOT NULL
       GROUP BY institution_name ORDER BY count(*) DESC, institution_name LIMIT 1`,
      [region],
    );
    const text = school!.institution_name.split(" ").sort((a, b) => b.length - a.length)[0]!;
    const [expected] = await h.sql.query<{ n: number }>(
      `SELECT count(*) AS n FROM signals WHERE list = 'possible' AND region = $1
       AND (institution_name ILIKE $2 OR institution ILIKE $2 OR programme_name ILIKE $2 OR programme ILIKE $2 OR family_name ILIKE $2)`,
      [region, `%${text}%`],
    );
    const urls: string[] = [];
    officer.on("request", (r) => urls.push(r.url()));
    await officer.goto(`${h.baseUrl}/werk/signalen`);
    await officer.getByLabel("Zoeken op naam of referentie").fill(text);
    await officer.getByRole("button", { name: "Filters toepassen" }).click();
    await officer.getByTestId("signal-count").filter({ hasText: `${expected!.n} ${expected!.n === 1 ? "jongere" : "jongeren"}` }).waitFor();
    expect((await signalRows(officer)).length).toBe(Math.min(expected!.n, 50));
    expect(officer.url()).not.toContain(encodeURIComponent(text));
    expect(await officer.evaluate(() => window.location.href + JSON.stringify(window.history.state))).not.toContain(text);
    const leaked = urls.filter((u) => u.includes(text) || u.includes(encodeURIComponent(text)));
    expect(leaked).toEqual([]);
    expect(urls.some((u) => u.endsWith("/api/v1/signals/search"))).toBe(true);
    // The download of a searched list is made the same way: a POST, no link holding the search.
    expect(await officer.getByRole("link", { name: /Download deze lijst/ }).count()).toBe(0);
    const download = officer.waitForEvent("download");
    await officer.getByRole("button", { name: /Download deze lijst/ }).click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    expect(urls.filter((u) => u.includes(text))).toEqual([]);
    // Clearing the filters clears the search too.
    await officer.getByRole("link", { name: "Filters wissen" }).click();
    await officer.getByTestId("signal-count").filter({ hasText: `${regionRefs.size} jongeren` }).waitFor();
    officer.removeAllListeners("request");
  });

  it("opens a person, opens a case, adds a contact moment and changes the status; the list then shows the person as contacted", async () => {
    await officer.goto(`${h.baseUrl}/werk/signalen`);
    const [first] = await signalRows(officer);
    personRef = first!.ref;
    await officer.getByTestId("signal-table").locator("tbody tr").first().getByRole("link").click();
    await officer.waitForURL(new RegExp(`/werk/personen/${personRef}`));
    await settled(officer);
    expect(await officer.getByTestId("person-ref").textContent()).toBe(personRef);
    await screenshot(officer, "casework-person");

    await officer.getByRole("button", { name: "Dossier openen" }).click();
    await officer.waitForURL(/\/werk\/dossiers\/\d+$/);
    caseId = Number(new URL(officer.url()).pathname.split("/").pop());
    await settled(officer);
    expect(await officer.getByTestId("case-status").textContent()).toBe("Nieuw");

    // A contact moment: the first one moves a new case to "Wordt benaderd".
    await officer.getByLabel("Kanaal").selectOption("phone");
    await officer.getByLabel("Notitie").fill("Gebeld, afspraak gemaakt op kantoor.");
    await officer.getByRole("button", { name: "Contactmoment opslaan" }).click();
    await officer.getByText("Het contactmoment is opgeslagen.").waitFor();
    await officer.getByTestId("case-status").filter({ hasText: "Wordt benaderd" }).waitFor();
    expect(await officer.getByTestId("contacts-table").locator("tbody tr").count()).toBe(1);
    expect(await officer.getByTestId("contacts-table").textContent()).toContain("Gebeld, afspraak gemaakt op kantoor.");

    // Status, officer and next step, saved with the version the page read.
    await officer.getByLabel("Status", { exact: true }).selectOption("guidance");
    await officer.getByLabel("Begeleider").selectOption({ label: "Demo Begeleider" });
    await officer.getByLabel("Afgesproken volgende stap").fill("Intakegesprek bij het mbo");
    await officer.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await officer.getByText("De wijzigingen zijn opgeslagen.").waitFor();
    await officer.getByTestId("case-status").filter({ hasText: "In begeleiding" }).waitFor();
    const [stored] = await h.sql.query<{ status: string; next_step: string; officer_id: number }>("SELECT status, next_step, officer_id FROM cases WHERE id = $1", [caseId]);
    expect(stored).toEqual({ status: "guidance", next_step: "Intakegesprek bij het mbo", officer_id: h.users["demo-begeleider"].id });
    await screenshot(officer, "casework-case");

    await officer.goto(`${h.baseUrl}/werk/signalen?benaderd=ja`);
    const contacted = await signalRows(officer);
    expect(contacted.map((r) => r.ref)).toEqual([personRef]);
    expect(contacted[0]!.cells.at(-1)).toMatch(/^In begeleiding; laatste contact \d{1,2}-\d{1,2}-\d{4}$/);
    await officer.goto(`${h.baseUrl}/werk/signalen?benaderd=nee`);
    expect((await signalRows(officer)).map((r) => r.ref)).not.toContain(personRef);
  });

  it("a save against a case changed meanwhile shows the conflict, reloads the case and keeps the input", async () => {
    await officer.goto(`${h.baseUrl}/werk/dossiers/${caseId}`);
    await settled(officer);
    const versionShown = Number(await officer.getByTestId("case-version").textContent());
    await officer.getByLabel("Status", { exact: true }).selectOption("back_in_education");
    // Another officer changes the case while this page is open.
    const other = h.users["demo-begeleider2"];
    await updateCase(h.sql, caseId, versionShown, { next_step: "Gesprek met ouders" }, other.id);
    await officer.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    const conflict = officer.getByTestId("case-conflict");
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain("Iemand anders heeft dit dossier intussen gewijzigd");
    // The current data is shown, the input is kept, and nothing was saved.
    await officer.getByTestId("case-version").filter({ hasText: String(versionShown + 1) }).waitFor();
    expect(await officer.getByTestId("case-facts").textContent()).toContain("Gesprek met ouders");
    expect(await officer.getByLabel("Status", { exact: true }).inputValue()).toBe("back_in_education");
    // A field the user did not touch follows the current case (saving again must not undo the other change).
    expect(await officer.getByLabel("Afgesproken volgende stap").inputValue()).toBe("Gesprek met ouders");
    const [stored] = await h.sql.query<{ status: string }>("SELECT status FROM cases WHERE id = $1", [caseId]);
    expect(stored!.status).toBe("guidance");
    await screenshot(officer, "casework-case-conflict");
    // Saving again (now with the current version) goes through.
    await officer.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await officer.getByText("De wijzigingen zijn opgeslagen.").waitFor();
    await officer.getByTestId("case-status").filter({ hasText: "Terug naar school" }).waitFor();
  });

  it("an absence report recorded from the case page is counted per school and listed on the case", async () => {
    await officer.goto(`${h.baseUrl}/werk/dossiers/${caseId}`);
    await settled(officer);
    await officer.getByRole("link", { name: "Verzuimmelding vastleggen" }).click();
    await officer.waitForURL(/\/werk\/verzuim\?/);
    await settled(officer);
    // The person and the case come along from the case page.
    await officer.getByTestId("absence-picked").waitFor();
    expect(await officer.getByLabel(`Koppelen aan dossier ${caseId}`).isChecked()).toBe(true);
    await officer.getByLabel("Aantal uren").fill("3,5");
    await officer.getByRole("button", { name: "Melding vastleggen" }).click();
    await officer.getByText("De verzuimmelding is vastgelegd.").waitFor();
    const [stored] = await h.sql.query<{ institution: string; hours: string; case_id: number; kind: string }>(
      "SELECT institution, hours::text AS hours, case_id, kind FROM absence_reports WHERE person_ref = $1",
      [personRef],
    );
    // Statutory unless the person was past leerplicht and kwalificatieplicht that day (the form then starts on non-statutory).
    expect(stored).toEqual({ institution: expect.any(String), hours: "3.5", case_id: caseId, kind: expect.stringMatching(/^(non_)?statutory$/) });
    const counts = officer.getByTestId("absence-counts");
    await counts.locator("tbody tr", { hasText: stored!.institution }).waitFor();
    expect(await counts.locator("tbody tr", { hasText: stored!.institution }).locator("td").first().textContent()).toBe("1");
    await officer.goto(`${h.baseUrl}/werk/dossiers/${caseId}`);
    await settled(officer);
    expect(await officer.locator("section", { has: officer.getByRole("heading", { name: "Verzuimmeldingen" }) }).locator("tbody tr").count()).toBe(1);
  });

  it("the coordinator sees the workload per officer and, in the Logboek, the officer's views of the person", async () => {
    const { page } = await h.signedIn("demo-coordinator");
    expect(await page.getByRole("navigation", { name: "Werkomgeving" }).getByRole("link").allTextContents()).toEqual(
      ["Werkomgeving", "Signalen", "Dossiers", "Binnengekomen", "Werklast", "Logboek", "Verzuim", "Gebruikers"],
    );
    await page.getByRole("navigation", { name: "Werkomgeving" }).getByRole("link", { name: "Werklast" }).click();
    await page.waitForURL(/\/werk\/werklast/);
    await page.getByTestId("workload-table").waitFor();
    const row = page.getByTestId("workload-table").locator("tbody tr", { hasText: "Demo Begeleider (" }).first();
    expect((await row.locator("td").allTextContents())[0]).toBe("1");
    expect(await page.getByTestId("workload-table").locator("tfoot td").first().textContent()).toBe("1");
    await screenshot(page, "casework-workload");

    // The log's flat view, filtered by the officer's user name (test/web/audit-log-page.test.ts covers the grouped view).
    await page.goto(`${h.baseUrl}/werk/logboek?weergave=regels&persoon=${personRef}&gebruiker=demo-begeleider`);
    await page.getByTestId("audit-table").waitFor();
    const entries = await page.getByTestId("audit-table").locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th,td")].map((c) => c.textContent ?? "")));
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      expect(e[1]).toContain("demo-begeleider");
      expect(e[3]).toBe(personRef);
    }
    // Reading the list, the person page and the case; creating and changing the case.
    const sentences = entries.map((e) => e[2]!);
    for (const start of ["bekeek ", "maakte dossier aan", "wijzigde dossier"]) expect(sentences.some((s) => s.startsWith(start)), start).toBe(true);
    expect(entries.some((e) => e[5]!.includes("Begeleiden van voortijdig schoolverlaters"))).toBe(true);
    expect(await page.getByRole("link", { name: /Download het logboek/ }).getAttribute("href")).toContain(`personRef=${personRef}`);
    await screenshot(page, "casework-auditlog");
  });

  it("the school user sees only their own institution's rows, without case status or case buttons", async () => {
    const school = h.users["demo-school"].institutions[0]!;
    const { page } = await h.signedIn("demo-school");
    await page.waitForURL(/\/werk\/signalen/);
    const rows = await signalRows(page);
    const [count] = await h.sql.query<{ n: number }>("SELECT count(*) AS n FROM signals WHERE list = 'possible' AND institution = $1", [school]);
    expect(rows).toHaveLength(Math.min(count!.n, 50));
    for (const r of rows) expect(r.cells[2]).toContain(`(${school})`);
    const headers = await page.getByTestId("signal-table").locator("thead th").allTextContents();
    expect(headers.join("|")).not.toContain("Status");
    expect(await page.getByLabel("Benaderd").count()).toBe(0);
    expect(await page.getByRole("navigation", { name: "Werkomgeving" }).getByRole("link").allTextContents()).toEqual(["Werkomgeving", "Signalen", "Verzuim"]);
    await page.getByTestId("signal-table").locator("tbody tr").first().getByRole("link").click();
    await page.waitForURL(/\/werk\/personen\//);
    await settled(page);
    expect(await page.getByRole("button", { name: "Dossier openen" }).count()).toBe(0);
    expect(await page.getByRole("heading", { name: "Dossiers" }).count()).toBe(0);
    await screenshot(page, "casework-school");
  });

  it("signing out ends the session; a session ended on the server sends the user to the login page with a message", async () => {
    const { page } = await h.signedIn("demo-begeleider2");
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await page.waitForURL(/\/inloggen$/);
    await page.getByText("U bent uitgelogd.").waitFor();
    expect(await page.getByRole("navigation", { name: "Werkomgeving" }).count()).toBe(0);
    await page.goto(`${h.baseUrl}/werk/dossiers`);
    await page.waitForURL(/\/inloggen\?terug=%2Fwerk%2Fdossiers/);

    // The idle timeout or an administrator ends the session while a page is open: the next request answers 401.
    await logIn(page, "demo-begeleider2");
    await page.waitForURL(/\/werk\/dossiers/);
    await settled(page);
    await h.sql.query("DELETE FROM sessions WHERE account_id = $1", [h.users["demo-begeleider2"].id]);
    await page.getByRole("navigation", { name: "Werkomgeving" }).getByRole("link", { name: "Signalen" }).click();
    await page.waitForURL(/\/inloggen\?terug=%2Fwerk%2Fsignalen/);
    await page.getByText("Uw sessie is verlopen.").waitFor();
  });

  it("axe-core finds no WCAG 2.1 AA violations on the closed part's pages", async () => {
    const { page: anonymous } = await h.visitor();
    const { page: coordinator } = await h.signedIn("demo-coordinator");
    const pages: [string, Page, string][] = [
      ["login", anonymous, "/inloggen"],
      ["signals", officer, "/werk/signalen"],
      ["signals-definitive", officer, "/werk/signalen?lijst=definitief&sorteer=name"],
      ["person", officer, `/werk/personen/${personRef}`],
      ["case", officer, `/werk/dossiers/${caseId}`],
      ["cases", officer, "/werk/dossiers"],
      ["absence", officer, `/werk/verzuim?persoon=${personRef}`],
      ["workload", coordinator, "/werk/werklast"],
      ["auditlog", coordinator, "/werk/logboek"],
      ["accounts", coordinator, "/werk/gebruikers"],
    ];
    const found: Record<string, string[]> = {};
    for (const [name, page, url] of pages) {
      await page.bringToFront();
      await page.goto(`${h.baseUrl}${url}`);
      await settled(page);
      if (["signals-definitive", "cases", "absence", "accounts"].includes(name)) await screenshot(page, `casework-${name}`);
      const v = await axeViolations(page);
      if (v.length) found[name] = v;
    }
    expect(found).toEqual({});
  }, 60_000);
});
