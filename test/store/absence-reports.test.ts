import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openOperationalStore, type OperationalStore } from "../../src/store/index.js";
import { CaseError } from "../../src/store/case-errors.js";
import { openCase } from "../../src/store/cases.js";
import { absenceCounts, linkAbsenceReport, listAbsenceReports, readAbsenceReport, recordAbsenceReport } from "../../src/store/absence-reports.js";
import { VsvError } from "../../src/domain/errors.js";
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

  it("keeps the period absent and the note, and names the school from the signal-list rows", async () => {
    const p = await listedPerson(sql, { region: "21", institution: "27GZ", familyName: "Visser" });
    await sql.query("UPDATE signals SET institution_name = 'Grafisch Lyceum Zuid' WHERE person_ref = $1", [p.ref]);
    const r = await report(p.ref, { reportedOn: "2026-03-06", absentFrom: "2026-03-02", absentTo: "2026-03-05", note: "  Ziek gemeld door moeder, niet bevestigd.  " });
    expect(r).toMatchObject({ reported_on: "2026-03-06", absent_from: "2026-03-02", absent_to: "2026-03-05", note: "Ziek gemeld door moeder, niet bevestigd.", institution: "27GZ", institution_name: "Grafisch Lyceum Zuid" });
    // Without a period: the day of the report; without a note: empty.
    expect(await report(p.ref)).toMatchObject({ absent_from: "2024-03-04", absent_to: "2024-03-04", note: "" });
    const listed = await listAbsenceReports(sql, { scope: { regions: [], institutions: ["27GZ"] }, personRef: p.ref });
    expect(listed.rows.map((x) => [x.absent_from, x.absent_to, x.institution_name])).toEqual([
      ["2026-03-02", "2026-03-05", "Grafisch Lyceum Zuid"],
      ["2024-03-04", "2024-03-04", "Grafisch Lyceum Zuid"],
    ]);
    // An insert that leaves the period out (hand-written SQL) gets the day of the report from the trigger.
    const [raw] = await sql.query<{ id: number }>(
      "INSERT INTO absence_reports (person_ref, person_key, institution, region, reported_on, kind, hours) VALUES ($1, $2, '27GZ', '21', '2025-01-10', 'statutory', 1) RETURNING id",
      [p.ref, p.key],
    );
    expect(await readAbsenceReport(sql, raw!.id)).toMatchObject({ absent_from: "2025-01-10", absent_to: "2025-01-10", note: "" });
  });

  it("refuses a period ending before it starts and a note that is too long, naming what to change", async () => {
    const p = await listedPerson(sql, { region: "21", institution: "27GZ" });
    const backwards = (await refusal(report(p.ref, { absentFrom: "2024-03-04", absentTo: "2024-03-01" }))) as VsvError;
    expect([backwards.code, backwards.message]).toEqual(["BAD_PERIOD", expect.stringMatching(/laatste dag afwezig \(2024-03-01\) ligt vóór de eerste \(2024-03-04\)/)]);
    expect(((await refusal(report(p.ref, { note: "x".repeat(2001) }))) as VsvError).code).toBe("BAD_NOTE");
    expect(await report(p.ref, { note: "x".repeat(2000) })).toMatchObject({ note: "x".repeat(2000) });
  });

  it("records statutory absence only while the student is leerplichtig or kwalificatieplichtig on the first day", async () => {
    const p = await listedPerson(sql, { region: "21", institution: "27GZ" });
    await sql.query("UPDATE signals SET birth_date = '2007-01-15' WHERE person_ref = $1", [p.ref]);
    // 17 on 3 January 2025: kwalificatieplichtig; 19 on 3 March 2026: no longer.
    expect(await report(p.ref, { reportedOn: "2025-01-03", kind: "statutory" })).toMatchObject({ kind: "statutory" });
    const refused = (await refusal(report(p.ref, { reportedOn: "2026-03-05", absentFrom: "2026-03-03", kind: "statutory" }))) as VsvError;
    expect(refused.code).toBe("NOT_COMPULSORY");
    expect(refused.message).toBe("Deze jongere was op 3 maart 2026 19 jaar en niet meer leerplichtig of kwalificatieplichtig: meld dit verzuim als niet-wettelijk verzuim.");
    expect(await report(p.ref, { reportedOn: "2026-03-05", absentFrom: "2026-03-03", kind: "non_statutory" })).toMatchObject({ kind: "non_statutory" });
    // The day before the 18th birthday still counts; the birthday itself no longer.
    expect(await report(p.ref, { reportedOn: "2025-01-14", kind: "statutory" })).toMatchObject({ absent_from: "2025-01-14" });
    expect(((await refusal(report(p.ref, { reportedOn: "2025-01-15", kind: "statutory" }))) as VsvError).code).toBe("NOT_COMPULSORY");
    // A startkwalificatie in the person's history ends kwalificatieplicht; one obtained later does not count yet.
    await sql.query("INSERT INTO person_history (person_ref, kind, from_date, level, source) VALUES ($1, 'diploma', '2024-07-01', 'MBO-2', 'duo')", [p.ref]);
    const sk = (await refusal(report(p.ref, { reportedOn: "2024-09-02", kind: "statutory" }))) as VsvError;
    expect(sk.message).toMatch(/^Deze jongere was op 2 september 2024 17 jaar en had al een startkwalificatie \(MBO-2, behaald 1 juli 2024\)/);
    expect(await report(p.ref, { reportedOn: "2024-06-28", kind: "statutory" })).toMatchObject({ kind: "statutory" });
    expect(await sql.query("SELECT id FROM absence_reports WHERE person_ref = $1 AND reported_on IN ('2026-03-05', '2025-01-15', '2024-09-02') AND kind = 'statutory'", [p.ref])).toEqual([]);
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
      await sql.query("UPDATE signals SET institution_name = 'Het Veldcollege' WHERE person_ref = $1", [a.ref]);
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
        { code: "40AA", name: "Het Veldcollege", reports: 3, persons: 2, hours: 7.5, statutory_reports: 2, statutory_hours: 5, non_statutory_reports: 1, non_statutory_hours: 2.5 },
        { code: "41BB", name: null, reports: 1, persons: 1, hours: 10, statutory_reports: 1, statutory_hours: 10, non_statutory_reports: 0, non_statutory_hours: 0 },
      ]);
      const byRegion = await absenceCounts(sql, { by: "region", scope: { regions: [], institutions: ["40AA"] } });
      expect(byRegion.map((r) => [r.code, r.reports, r.persons, r.hours])).toEqual([
        ["30", 2, 1, 6.5],
        ["31", 2, 1, 101],
      ]);
    });
  });
});
