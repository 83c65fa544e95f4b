/**
 * A school files an absence report as schools do (issue 16, part 7), in Chromium against the real API on the small
 * demo country: the demo school searches its student by name, picks them (seeing name, birth date and school, never
 * typing a reference), gives a period, hours and a note; statutory absence of a student past kwalificatieplicht is
 * refused at the field before anything is sent; the recent reports show the period and the school's name; axe-core
 * finds no WCAG 2.1 AA violation at 1280 and 375 px.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compulsoryEducationOn, statutoryRefusal } from "../../src/domain/casework/compulsory-education.js";
import type { IsoDate } from "../../src/domain/dates.js";
import { browserAvailable, screenshot, startCaseworkHarness, type CaseworkHarness } from "./casework-harness.js";
import { axeViolations, settled } from "./page-checks.js";

const run = browserAvailable();

/** `days` before today, as YYYY-MM-DD (the browser runs in Europe/Amsterdam; a few days back is safe either side of midnight). */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const dmy = (iso: string) => `${Number(iso.slice(8, 10))}-${Number(iso.slice(5, 7))}-${iso.slice(0, 4)}`;

interface Student {
  person_ref: string;
  family_name: string;
  given_names: string;
  birth_date: string;
  institution: string;
  institution_name: string;
}

describe.skipIf(!run)("a school files an absence report by searching the student", () => {
  let h: CaseworkHarness;
  let school: Page;
  let adult: Student;
  const from = daysAgo(9);
  const to = daysAgo(7);

  beforeAll(async () => {
    h = await startCaseworkHarness();
    const institution = h.users["demo-school"].institutions[0]!;
    // A student of the demo school, 19 or older: past kwalificatieplicht on any day of the period. The demo's computed
    // lists carry no names (DUO's do): this student gets the name DUO's list would give.
    const [row] = await h.sql.query<Omit<Student, "family_name" | "given_names">>(
      `SELECT person_ref, birth_date::text AS birth_date, institution, institution_name FROM signals
       WHERE institution = $1 AND institution_name IS NOT NULL AND birth_date <= current_date - interval '19 years'
       ORDER BY birth_date DESC, person_ref LIMIT 1`,
      [institution],
    );
    if (!row) throw new Error(`the demo school ${institution} has no student of 19 or older on its list`);
    adult = { ...row, family_name: "van Oosterwijk", given_names: "Sanne" };
    await h.sql.query("UPDATE signals SET family_name = $2, given_names = $3 WHERE person_ref = $1", [adult.person_ref, adult.family_name, adult.given_names]);
    ({ page: school } = await h.signedIn("demo-school"));
  }, 300_000);

  afterAll(async () => {
    await h?.close();
  });

  it("finds the student by a part of the family name, shows who was picked, refuses statutory absence for an adult at the field, and records the report", async () => {
    await school.goto(`${h.baseUrl}/werk/verzuim`);
    await settled(school);
    const fragment = adult.family_name.replace(/^([a-z']+ )+/, "").slice(0, 4);
    await school.getByLabel("Zoek de leerling").fill(fragment);
    await school.getByRole("button", { name: "Zoeken" }).click();
    const name = `${adult.given_names} ${adult.family_name}`;
    const choose = school.getByRole("button", { name: `Kies ${name}, geboren ${dmy(adult.birth_date)}` });
    await choose.waitFor();
    // Every result is a student of the school's own list.
    expect(await school.getByTestId("absence-results").locator("li").count()).toBeGreaterThan(0);
    await choose.click();
    const picked = school.getByTestId("absence-picked");
    await picked.waitFor();
    expect(await picked.textContent()).toContain(`${name}, geboren ${dmy(adult.birth_date)} — ${adult.institution_name} (${adult.institution})`);
    // No reference to type anywhere.
    expect(await school.getByLabel("Referentie van de jongere").count()).toBe(0);

    await school.getByLabel("Eerste dag afwezig").fill(from);
    await school.getByLabel("Laatste dag afwezig").fill(to);
    await school.getByLabel("Aantal uren").fill("12,5");
    await school.getByLabel("Toelichting (niet verplicht)").fill("Niet verschenen na het weekend, ouders gebeld en teruggebeld.");
    // Statutory absence for a student of 19: the form names the rule at the field and sends nothing.
    await school.getByLabel("Wettelijk verzuim (Leerplichtwet)").check();
    await school.getByRole("button", { name: "Melding vastleggen" }).click();
    const expected = statutoryRefusal(compulsoryEducationOn(adult.birth_date as IsoDate, from as IsoDate), from as IsoDate)!;
    expect(expected).toMatch(/niet meer leerplichtig of kwalificatieplichtig: meld dit verzuim als niet-wettelijk verzuim\.$/);
    const summary = school.locator(".vsv-error-summary");
    await summary.waitFor();
    expect(await summary.locator("a").allTextContents()).toEqual([expected]);
    expect(await h.sql.query("SELECT id FROM absence_reports WHERE person_ref = $1 AND absent_from = $2", [adult.person_ref, from])).toEqual([]);

    await school.getByLabel("Ander verzuim").check();
    await school.getByRole("button", { name: "Melding vastleggen" }).click();
    await school.getByTestId("absence-saved").waitFor();
    const stored = await h.sql.query<{ institution: string; absent_from: string; absent_to: string; kind: string; hours: string; note: string }>(
      "SELECT institution, absent_from::text AS absent_from, absent_to::text AS absent_to, kind, hours::text AS hours, note FROM absence_reports WHERE person_ref = $1 AND absent_from = $2",
      [adult.person_ref, from],
    );
    expect(stored).toEqual([{ institution: adult.institution, absent_from: from, absent_to: to, kind: "non_statutory", hours: "12.5", note: "Niet verschenen na het weekend, ouders gebeld en teruggebeld." }]);
    // The recent reports: the period, the school's name, the note.
    const row = school.getByTestId("absence-reports").locator("tbody tr", { hasText: "Niet verschenen na het weekend" });
    await row.waitFor();
    const cells = await row.locator("th,td").allTextContents();
    expect(cells.slice(0, 3)).toEqual([`${dmy(from)} t/m ${dmy(to)}`, name, `${adult.institution_name} (${adult.institution})`]);
  });

  it("axe-core finds no WCAG 2.1 AA violations on the absence page with a picked student, at 1280 and 375 px", async () => {
    await school.goto(`${h.baseUrl}/werk/verzuim`);
    await settled(school);
    // By birth date, as people type it.
    await school.getByLabel("Zoek de leerling").fill(dmy(adult.birth_date));
    await school.getByRole("button", { name: "Zoeken" }).click();
    await school.getByRole("button", { name: `Kies ${adult.given_names} ${adult.family_name}, geboren ${dmy(adult.birth_date)}` }).waitFor();
    const found: Record<string, string[]> = {};
    for (const width of [1280, 375]) {
      await school.setViewportSize({ width, height: 900 });
      const v = await axeViolations(school);
      if (v.length) found[`results-${width}`] = v;
    }
    await school.getByRole("button", { name: `Kies ${adult.given_names} ${adult.family_name}, geboren ${dmy(adult.birth_date)}` }).click();
    await school.getByTestId("absence-picked").waitFor();
    for (const width of [375, 1280]) {
      await school.setViewportSize({ width, height: 900 });
      const v = await axeViolations(school);
      if (v.length) found[`picked-${width}`] = v;
    }
    await screenshot(school, "casework-absence-school");
    expect(found).toEqual({});
  }, 60_000);
});
