import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openOperationalStore, type OperationalStore } from "../../src/store/index.js";
import { CaseError } from "../../src/store/case-errors.js";
import { openCase } from "../../src/store/cases.js";
import { absenceCounts, linkAbsenceReport, listAbsenceReports, recordAbsenceReport } from "../../src/store/absence-reports.js";
import { Targets, storeKinds } from "./store-targets.js";
import { addAccount, eventKinds, listPerson, listedPerson, newPerson } from "./case-seed.js";
import { refusal } from "../support/refusal.js";

const kinds = await storeKinds();

describe.each(kinds)("absence reports on %s", (kind) => {
  const targets = new Targets(kind);
  let sql: OperationalStore;
  let school: number;
  let officer: number;

  beforeAll(async () => {
    sql = await openOperationalStore(await targets.fresh());
    school = await addAccount(sql, { role: "school_user", institutions: ["27GZ"] });
    officer = await addAccount(sql, { role: "regional_officer", regions: ["21"] });
  });
  afterAll(async () => {
    await sql?.close();
    await targets.cleanup();
  });

  const report = (personRef: string, over: Partial<Parameters<typeof recordAbsenceReport>[1]> = {}) =>
    recordAbsenceReport(sql, {
      personRef: personRef as never,
      institution: "27GZ",
      region: "21",
      reportedOn: "2024-03-04",
      kind: "statutory",
      hours: 8,
      createdBy: school,
      ...over,
    });

  it("records a report for a listed person, keeping the person number in the store only", async () => {
    const p = await listedPerson(sql, { region: "21", institution: "27GZ", familyName: "Bakker" });
    const r = await report(p.ref, { hours: 6.5, kind: "non_statutory" });
    expect(r).toMatchObject({ person_ref: p.ref, family_name: "Bakker", institution: "27GZ", region: "21", reported_on: "2024-03-04", kind: "non_statutory", hours: 6.5, case_id: null, created_by: school });
    expect(r).not.toHaveProperty("person_key");
    const [stored] = await sql.query<{ person_key: string }>("SELECT person_key FROM absence_reports WHERE id = $1", [r.id]);
    expect(stored!.person_key).toBe(p.key);
  });

  it("refuses a person on no list of the institution or region and without a case there, and negative hours", async () => {
    const stranger = newPerson();
    expect(((await refusal(report(stranger.ref))) as CaseError).code).toBe("PERSON_NOT_LISTED");
    const p = await listedPerson(sql, { region: "21", institution: "27GZ" });
    await expect(report(p.ref, { hours: -1 })).rejects.toThrow(/-1 uur is niet geldig/);
    expect(await sql.query("SELECT id FROM absence_reports WHERE person_ref = ANY($1::text[])", [[stranger.ref, p.ref]])).toEqual([]);
  });

  it("links a report to the person's case in the same region (at once or later), with an event on the case", async () => {
    const p = await listedPerson(sql, { region: "21" });
    const c = await openCase(sql, { personRef: p.ref, region: "21", actorId: officer });
    const atOnce = await report(p.ref, { caseId: c.id, createdBy: officer });
    expect(atOnce.case_id).toBe(c.id);
    const later = await report(p.ref);
    const linked = await linkAbsenceReport(sql, later.id, c.id, officer);
    expect(linked.case_id).toBe(c.id);
    expect(await eventKinds(sql, c.id)).toEqual(["opened", "absence_linked", "absence_linked"]);
  });

  it("refuses linking to another person's case or a case in another region", async () => {
    const p = await listedPerson(sql, { region: "21" });
    const other = await listedPerson(sql, { region: "21" });
    const otherCase = await openCase(sql, { personRef: other.ref, region: "21", actorId: officer });
    await listPerson(sql, p, { region: "13" });
    const elsewhere = await openCase(sql, { personRef: p.ref, region: "13", actorId: officer });
    const r = await report(p.ref);
    expect(((await refusal(linkAbsenceReport(sql, r.id, otherCase.id, officer))) as CaseError).code).toBe("CASE_MISMATCH");
    expect(((await refusal(linkAbsenceReport(sql, r.id, elsewhere.id, officer))) as CaseError).code).toBe("CASE_MISMATCH");
    expect(((await refusal(report(p.ref, { caseId: otherCase.id }))) as CaseError).code).toBe("CASE_MISMATCH");
    expect(((await refusal(linkAbsenceReport(sql, 999_999, otherCase.id, officer))) as CaseError).code).toBe("REPORT_NOT_FOUND");
    expect(((await refusal(linkAbsenceReport(sql, r.id, 999_999, officer))) as CaseError).code).toBe("CASE_NOT_FOUND");
  });

  describe("lists and counts within a scope", () => {
    // Regions 30 and 31 and institutions 40AA and 41BB are used by these two tests only.
    beforeAll(async () => {
      const a = await listedPerson(sql, { region: "30", institution: "40AA" });
      const b = await listedPerson(sql, { region: "30", institution: "41BB" });
      const c = await listedPerson(sql, { region: "31", institution: "40AA" });
      const add = (p: { ref: string }, institution: string, region: string, reportedOn: string, kind: "statutory" | "non_statutory", hours: number) =>
        recordAbsenceReport(sql, { personRef: p.ref as never, institution, region, reportedOn, kind, hours, createdBy: null });
      await add(a, "40AA", "30", "2024-01-10", "statutory", 4);
      await add(a, "40AA", "30", "2024-02-10", "non_statutory", 2.5);
      await add(b, "41BB", "30", "2024-02-11", "statutory", 10);
      await add(c, "40AA", "31", "2024-02-12", "statutory", 1);
      await add(c, "40AA", "31", "2023-12-31", "statutory", 100);
    });

    it("lists a region's reports, or an institution's, newest first and within the period", async () => {
      const region = await listAbsenceReports(sql, { scope: { regions: ["30"], institutions: [] } });
      expect(region.total).toBe(3);
      expect(region.rows.map((r) => r.reported_on)).toEqual(["2024-02-11", "2024-02-10", "2024-01-10"]);
      const institution = await listAbsenceReports(sql, { scope: { regions: [], institutions: ["40AA"] }, from: "2024-01-01", to: "2024-02-11" });
      expect(institution.rows.map((r) => [r.institution, r.region, r.reported_on])).toEqual([
        ["40AA", "30", "2024-02-10"],
        ["40AA", "30", "2024-01-10"],
      ]);
      expect((await listAbsenceReports(sql, { scope: { regions: [], institutions: [] } })).total).toBe(0);
      // A narrower region or institution stays within the scope: never wider.
      expect((await listAbsenceReports(sql, { scope: { regions: ["30", "31"], institutions: [] }, institution: "41BB" })).rows.map((r) => r.institution)).toEqual(["41BB"]);
      expect((await listAbsenceReports(sql, { scope: { regions: [], institutions: ["40AA"] }, region: "31" })).total).toBe(2);
      expect((await listAbsenceReports(sql, { scope: { regions: ["30"], institutions: [] }, region: "31" })).total).toBe(0);
      const page = await listAbsenceReports(sql, { scope: { regions: ["30", "31"], institutions: [] }, limit: 2, offset: 4 });
      expect(page).toMatchObject({ total: 5, rows: [expect.objectContaining({ reported_on: "2023-12-31" })] });
    });

    it("counts reports, distinct persons and hours per institution and per region, by kind", async () => {
      const byInstitution = await absenceCounts(sql, { by: "institution", scope: { regions: ["30", "31"], institutions: [] }, from: "2024-01-01", to: "2024-12-31" });
      expect(byInstitution).toEqual([
        { code: "40AA", reports: 3, persons: 2, hours: 7.5, statutory_reports: 2, statutory_hours: 5, non_statutory_reports: 1, non_statutory_hours: 2.5 },
        { code: "41BB", reports: 1, persons: 1, hours: 10, statutory_reports: 1, statutory_hours: 10, non_statutory_reports: 0, non_statutory_hours: 0 },
      ]);
      const byRegion = await absenceCounts(sql, { by: "region", scope: { regions: [], institutions: ["40AA"] } });
      expect(byRegion.map((r) => [r.code, r.reports, r.persons, r.hours])).toEqual([
        ["30", 2, 1, 6.5],
        ["31", 2, 1, 101],
      ]);
    });
  });
});
