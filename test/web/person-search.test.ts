/**
 * Finding a young person and working from their page (issue 16, parts 2 and 3), in Chromium against the real API on
 * the small demo country: the search box above every closed page finds by name, reference start and BSN, the
 * results page keeps the search in page state only (no URL, history entry or request URL holds it, and going back
 * shows the same results), the person page shows contact details, the school history and one timeline; axe-core
 * finds no WCAG 2.1 AA violation on either page at 1280 and 375 px.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, screenshot, startCaseworkHarness, type CaseworkHarness } from "./casework-harness.js";
import { axeViolations, settled } from "./page-checks.js";

const run = browserAvailable();

describe.skipIf(!run)("the person search and the person page in Chromium", () => {
  let h: CaseworkHarness;
  let officer: Page;
  let person: { person_ref: string; person_key: string };
  const urls: string[] = [];
  const NAME = { family: "van Zoekhoven", given: "Ilse Marije" };

  beforeAll(async () => {
    h = await startCaseworkHarness();
    const region = h.users["demo-begeleider"].regions[0]!;
    const [row] = await h.sql.query<{ person_ref: string; person_key: string }>(
      "SELECT person_ref, person_key FROM signals WHERE list = 'possible' AND region = $1 ORDER BY person_ref LIMIT 1",
      [region],
    );
    person = row!;
    // The demo's computed lists carry no names or addresses (DUO's do): this person gets what DUO's list would give.
    await h.sql.query(
      `UPDATE signals SET family_name = $2, given_names = $3, street = 'Zoekstraat', house_number = '7-II', postcode = '1011 AB', residence = 'Amsterdam',
         phone = '06 1234 5678', email = 'ilse@voorbeeld.nl' WHERE person_ref = $1`,
      [person.person_ref, NAME.family, NAME.given],
    );
    // The demo load wrote this person's career from the synthetic register: replaced by a known one.
    await h.sql.query("DELETE FROM person_history WHERE person_ref = $1", [person.person_ref]);
    await h.sql.query(
      `INSERT INTO person_history (person_ref, kind, from_date, to_date, institution, institution_name, level, leerweg, programme_name, reason, source)
       VALUES ($1, 'enrolment', '2022-08-01', '2025-01-31', '25LP', 'Voorbeeldcollege', 'MBO-2', 'BOL', 'Kok', 'GEEN INSCHRIJVING', 'duo'),
              ($1, 'signal_month', '2025-02-01', NULL, '25LP', 'Voorbeeldcollege', NULL, NULL, NULL, 'GEEN INSCHRIJVING', 'duo'),
              ($1, 'signal_month', '2025-03-01', NULL, '25LP', 'Voorbeeldcollege', NULL, NULL, NULL, 'GEEN INSCHRIJVING', 'duo')`,
      [person.person_ref],
    );
    ({ page: officer } = await h.signedIn("demo-begeleider"));
    officer.on("request", (r) => urls.push(r.url()));
  }, 300_000);

  afterAll(async () => {
    await h?.close();
  });

  async function searchFor(text: string) {
    await officer.getByRole("searchbox", { name: "Zoek een jongere" }).fill(text);
    await officer.getByRole("button", { name: "Zoek", exact: true }).click();
    await officer.waitForURL(`${h.baseUrl}/werk/zoeken`);
    await officer.getByTestId("search-table").or(officer.getByTestId("search-none")).waitFor();
  }
  const resultRefs = (page: Page) =>
    page.getByTestId("search-table").locator("tbody tr a[href^='/werk/personen/']").evaluateAll((as) => as.map((a) => decodeURIComponent(a.getAttribute("href")!.split("/").pop()!)));

  it("finds a person by part of the name from the box above any page, with the search in no URL and no history entry", async () => {
    await officer.goto(`${h.baseUrl}/werk/dossiers`);
    await settled(officer);
    await searchFor("ilse van zoek");
    expect(await resultRefs(officer)).toEqual([person.person_ref]);
    const row = officer.getByTestId("search-table").locator("tbody tr").first();
    expect(await row.locator("th,td").allTextContents()).toEqual(expect.arrayContaining([`${NAME.given} ${NAME.family}`, "Amsterdam"]));
    expect(officer.url()).toBe(`${h.baseUrl}/werk/zoeken`);
    const state = await officer.evaluate(() => window.location.href + JSON.stringify(window.history.state) + JSON.stringify(localStorage) + JSON.stringify(sessionStorage));
    expect(state).not.toMatch(/ilse|zoekhoven/i);
    expect(urls.filter((u) => /ilse|zoekhoven/i.test(decodeURIComponent(u)))).toEqual([]);
    expect(urls.some((u) => u.endsWith("/api/v1/persons/search"))).toBe(true);
  });

  it("finds by the start of the reference and by BSN (9 digits), never putting the number in a URL", async () => {
    // The box is above every page but the search page itself.
    expect(await officer.getByRole("searchbox", { name: "Zoek een jongere" }).count()).toBe(0);
    await officer.getByRole("link", { name: "Dossiers", exact: true }).first().click();
    await searchFor(person.person_ref.slice(0, 7));
    expect(await resultRefs(officer)).toContain(person.person_ref);
    await officer.getByText("Gezocht op referentie.").waitFor();
    await officer.goto(`${h.baseUrl}/werk/signalen`);
    await settled(officer);
    await searchFor(person.person_key);
    expect(await resultRefs(officer)).toEqual([person.person_ref]);
    await officer.getByText(/Gezocht op BSN of onderwijsnummer/).waitFor();
    expect(urls.filter((u) => u.includes(person.person_key))).toEqual([]);
    expect(await officer.evaluate(() => window.location.href + JSON.stringify(window.history.state))).not.toContain(person.person_key);
  });

  it("opens the person page with contact details, school history and one timeline; going back shows the same results", async () => {
    await officer.getByTestId("search-table").getByRole("link", { name: `${NAME.given} ${NAME.family}` }).click();
    await officer.getByTestId("person-contact").waitFor();
    const contact = await officer.getByTestId("person-contact").textContent();
    expect(contact).toContain("Zoekstraat 7-II");
    expect(contact).toContain("1011 AB Amsterdam");
    expect(await officer.getByRole("link", { name: "06 1234 5678" }).getAttribute("href")).toBe("tel:0612345678");
    expect(await officer.getByRole("link", { name: "ilse@voorbeeld.nl" }).getAttribute("href")).toBe("mailto:ilse@voorbeeld.nl");
    expect(await officer.getByTestId("history-enrolments").locator("tbody tr").count()).toBe(1);
    expect(await officer.getByTestId("months-on-list").textContent()).toBe("2 maanden op de lijst mogelijk vsv.");
    const items = officer.getByTestId("person-timeline").locator("li");
    const dates = await items.locator("time").evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime")!));
    expect(dates.length).toBeGreaterThanOrEqual(3);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(await items.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining("Op de lijst mogelijk vsv: 2 maanden (februari 2025 t/m maart 2025)")]));
    expect(await officer.getByRole("heading", { level: 2 }).allTextContents()).toEqual(expect.arrayContaining(["Contactgegevens", "Schoolloopbaan", "Tijdlijn"]));
    await officer.goBack();
    await officer.waitForURL(`${h.baseUrl}/werk/zoeken`);
    await officer.getByTestId("search-table").waitFor();
    expect(await resultRefs(officer)).toEqual([person.person_ref]);
  });

  it("axe-core finds no WCAG 2.1 AA violations on the results and the person page, at 1280 and 375 px", async () => {
    const found: Record<string, string[]> = {};
    for (const width of [1280, 375]) {
      await officer.setViewportSize({ width, height: 900 });
      const v = await axeViolations(officer);
      if (v.length) found[`results-${width}`] = v;
    }
    await screenshot(officer, "casework-person-search");
    await officer.goto(`${h.baseUrl}/werk/personen/${person.person_ref}`);
    await officer.getByTestId("person-timeline").waitFor();
    for (const width of [375, 1280]) {
      await officer.setViewportSize({ width, height: 900 });
      const v = await axeViolations(officer);
      if (v.length) found[`person-${width}`] = v;
    }
    await screenshot(officer, "casework-person");
    expect(found).toEqual({});
  }, 60_000);
});
