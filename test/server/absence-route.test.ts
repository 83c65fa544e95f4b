/**
 * The absence-report routes: a school records reports for persons on its institution's list rows, a region for
 * persons on its list or with a case there (and links them to the case); a period, a note, and statutory absence only
 * under leerplicht or kwalificatieplicht (Dutch 400s naming the field); lists (JSON and CSV, with the school's name)
 * and counts stay within the actor's scope; analysts and administrators are refused; every person-level request is
 * logged; no person number leaks.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personRef } from "../../src/store/pseudonym.js";
import { type CaseworkTestApp, type TestClient, type TestResponse, TEST_KEY, caseworkApp } from "../support/casework-app.js";
import { Targets, storeKinds } from "../store/store-targets.js";

const kinds = await storeKinds();

const [LISA, OMAR, NOOR, BRAM] = ["123456782", "111222333", "876543210", "222333444"] as const;
const ref = (key: string) => personRef(TEST_KEY, key);

describe.each(kinds)("the absence-report routes on %s", (kind) => {
  const targets = new Targets(kind);
  let t: CaseworkTestApp;
  const bodies: string[] = [];
  const clients: Record<string, TestClient> = {};

  beforeAll(async () => {
    t = await caseworkApp(await targets.fresh());
    await t.createUser({ username: "anna", role: "regional_officer", regions: ["21"] });
    await t.createUser({ username: "karel", role: "regional_officer", regions: ["13"] });
    await t.createUser({ username: "school", role: "school_user", institutions: ["27GZ"] });
    await t.createUser({ username: "twoschools", role: "school_user", institutions: ["27GZ", "30RX"] });
    await t.createUser({ username: "analyst", role: "national_analyst" });
    await t.createUser({ username: "admin", role: "administrator" });
    const list = (key: string, region: string, institution: string, birthDate: string | null = null) =>
      t.sql.query(
        `INSERT INTO signals (person_ref, person_key, list, source, teljaar, region, institution, institution_name, family_name, birth_date)
         VALUES ($1, $2, 'possible', 'duo', '2024-2025', $3, $4, $5, 'Smit', $6)`,
        [ref(key), key, region, institution, institution === "27GZ" ? "Grafisch Lyceum Zuid" : null, birthDate],
      );
    await list(LISA, "21", "27GZ", "2009-05-01");
    await list(OMAR, "21", "30RX");
    await list(NOOR, "13", "27GZ");
    await list(BRAM, "21", "27GZ", "2007-01-15");
    for (const name of ["anna", "karel", "school", "twoschools", "analyst", "admin"]) clients[name] = await t.login(name);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await targets.cleanup();
  });

  const as = (name: string) => {
    const c = clients[name]!;
    const keep = async (r: Promise<TestResponse>) => {
      const done = await r;
      bodies.push(done.body);
      return done;
    };
    return { get: (url: string) => keep(c.get(url)), post: (url: string, body?: unknown) => keep(c.post(url, body)) };
  };
  async function entriesOf(r: TestResponse) {
    return t.sql.query<{ action: string; subject_pseudonym: string | null; purpose: string; region: string | null }>(
      "SELECT action, subject_pseudonym, purpose, region FROM audit_log WHERE trace_id = $1 ORDER BY id",
      [String(r.headers["x-trace-id"])],
    );
  }

  it("lets a school report a person on its institution's list, in the region of that row", async () => {
    const r = await as("school").post("/api/v1/absence-reports", { person_ref: ref(LISA), reported_on: "2025-09-15", kind: "statutory", hours: 16 });
    expect(r.status).toBe(201);
    expect(r.json().report).toMatchObject({ person_ref: ref(LISA), institution: "27GZ", region: "21", reported_on: "2025-09-15", kind: "statutory", hours: 16, family_name: "Smit" });
    expect(r.json().report).not.toHaveProperty("case_id");
    expect(await entriesOf(r)).toEqual([expect.objectContaining({ action: "create", subject_pseudonym: ref(LISA), region: "21", purpose: expect.stringMatching(/^absence: /) })]);
    // A person on the list of the same institution in another region: reported in that region.
    const noor = await as("school").post("/api/v1/absence-reports", { person_ref: ref(NOOR), reported_on: "2025-09-16", kind: "non_statutory", hours: 2.5 });
    expect(noor.json().report).toMatchObject({ region: "13", hours: 2.5 });
  });

  it("refuses a school a person not on its institutions' rows (404), a case link (400) and an institution not its own (403)", async () => {
    const school = as("school");
    const omar = await school.post("/api/v1/absence-reports", { person_ref: ref(OMAR), reported_on: "2025-09-15", kind: "statutory", hours: 1 });
    expect(omar.status).toBe(404);
    expect(await entriesOf(omar)).toEqual([expect.objectContaining({ action: "denied", subject_pseudonym: ref(OMAR) })]);
    expect((await school.post("/api/v1/absence-reports", { person_ref: ref(LISA), reported_on: "2025-09-15", kind: "statutory", hours: 1, case_id: 1 })).status).toBe(400);
    expect((await school.post("/api/v1/absence-reports", { person_ref: ref(OMAR), reported_on: "2025-09-15", kind: "statutory", hours: 1, institution: "30RX" })).status).toBe(403);
    const two = await as("twoschools").post("/api/v1/absence-reports", { person_ref: ref(OMAR), reported_on: "2025-09-15", kind: "statutory", hours: 1 });
    expect(two.status).toBe(400);
    expect(two.json().invalid_params[0].name).toBe("institution");
    expect((await as("twoschools").post("/api/v1/absence-reports", { person_ref: ref(OMAR), reported_on: "2025-09-15", kind: "statutory", hours: 1, institution: "30RX" })).status).toBe(201);
    expect((await school.post("/api/v1/absence-reports", { person_ref: ref(LISA), reported_on: "2025-09-15", kind: "statutory", hours: -2 })).status).toBe(400);
    expect((await school.post("/api/v1/absence-reports", { person_ref: ref(LISA), reported_on: "2025-13-01", kind: "statutory", hours: 2 })).status).toBe(400);
  });

  it("keeps a school's period and note, and answers a wrong period, a long note or statutory absence of an adult with a Dutch 400 naming the field", async () => {
    const school = as("school");
    const filed = await school.post("/api/v1/absence-reports", {
      person_ref: ref(BRAM), reported_on: "2026-03-06", absent_from: "2026-03-02", absent_to: "2026-03-04", kind: "non_statutory", hours: 12, note: "Drie dagen niet verschenen, ouders niet bereikbaar.",
    });
    expect(filed.status).toBe(201);
    expect(filed.json().report).toMatchObject({ absent_from: "2026-03-02", absent_to: "2026-03-04", note: "Drie dagen niet verschenen, ouders niet bereikbaar.", institution_name: "Grafisch Lyceum Zuid" });
    const problem = async (body: object) => {
      const r = await school.post("/api/v1/absence-reports", { person_ref: ref(BRAM), kind: "non_statutory", hours: 1, ...body });
      expect(r.status).toBe(400);
      expect(r.headers["content-language"]).toBe("nl");
      return { field: r.json().invalid_params[0].name as string, detail: r.json().detail as string };
    };
    expect(await problem({ reported_on: "2026-03-06", absent_from: "2026-03-04", absent_to: "2026-03-02" })).toEqual({
      field: "absent_to", detail: expect.stringMatching(/laatste dag afwezig \(2026-03-02\) ligt vóór de eerste \(2026-03-04\)/),
    });
    expect(await problem({ absent_from: "2999-01-04" })).toEqual({ field: "absent_from", detail: expect.stringMatching(/ligt in de toekomst/) });
    expect(await problem({ reported_on: "2026-03-06", absent_from: "2026-03-02", absent_to: "2999-01-04" })).toEqual({ field: "absent_to", detail: expect.stringMatching(/ligt in de toekomst/) });
    expect(await problem({ reported_on: "2026-03-06", absent_from: "2026-03-09" })).toEqual({ field: "absent_to", detail: expect.stringMatching(/na de datum van de melding/) });
    expect((await problem({ reported_on: "2026-03-06", note: "x".repeat(2001) })).field).toBe("note");
    expect(await problem({ reported_on: "2026-03-06", absent_from: "2026-03-03", kind: "statutory" })).toEqual({
      field: "kind",
      detail: 'Parameter "kind": Deze jongere was op 3 maart 2026 19 jaar en niet meer leerplichtig of kwalificatieplichtig: meld dit verzuim als niet-wettelijk verzuim.',
    });
    // The same student, 17 on the first day of the period: statutory.
    expect((await school.post("/api/v1/absence-reports", { person_ref: ref(BRAM), reported_on: "2024-12-20", absent_from: "2024-12-02", kind: "statutory", hours: 3 })).status).toBe(201);
  });

  it("lets the region record and link reports to the person's case, and refuses another region's case", async () => {
    const anna = as("anna");
    const opened = await anna.post("/api/v1/cases", { person_ref: ref(LISA) });
    const caseId = opened.json().case.id as number;
    const linked = await anna.post("/api/v1/absence-reports", { person_ref: ref(LISA), reported_on: "2025-10-01", kind: "statutory", hours: 4, case_id: caseId });
    expect(linked.status).toBe(201);
    expect(linked.json().report).toMatchObject({ institution: "27GZ", region: "21", case_id: caseId });

    const fromSchool = (await as("school").get(`/api/v1/absence-reports?personRef=${ref(LISA)}&to=2025-09-30`)).json().items[0];
    const link = await anna.post(`/api/v1/absence-reports/${fromSchool.id}/case`, { case_id: caseId });
    expect(link.status).toBe(200);
    expect(link.json().report.case_id).toBe(caseId);
    expect(await entriesOf(link)).toEqual([expect.objectContaining({ action: "update", subject_pseudonym: ref(LISA), region: "21" })]);
    const detail = (await anna.get(`/api/v1/cases/${caseId}`)).json();
    expect(detail.absence_reports.map((r: { case_id: number }) => r.case_id)).toEqual([caseId, caseId]);

    expect((await anna.post(`/api/v1/absence-reports/${fromSchool.id}/case`, { case_id: 999_999 })).status).toBe(400);
    expect((await as("school").post(`/api/v1/absence-reports/${fromSchool.id}/case`, { case_id: caseId })).status).toBe(403);
    expect((await as("karel").post(`/api/v1/absence-reports/${fromSchool.id}/case`, { case_id: caseId })).status).toBe(404);
    expect((await as("karel").post("/api/v1/absence-reports", { person_ref: ref(LISA), reported_on: "2025-10-01", kind: "statutory", hours: 4 })).status).toBe(404);
    expect((await as("karel").post("/api/v1/absence-reports", { person_ref: ref(LISA), region: "21", reported_on: "2025-10-01", kind: "statutory", hours: 4 })).status).toBe(403);
  });

  it("lists reports within the actor's scope only, logging each person returned", async () => {
    const anna = await as("anna").get("/api/v1/absence-reports");
    expect(anna.status).toBe(200);
    expect(new Set(anna.json().items.map((r: { region: string }) => r.region))).toEqual(new Set(["21"]));
    const entries = await entriesOf(anna);
    expect(new Set(entries.map((e) => e.subject_pseudonym))).toEqual(new Set(anna.json().items.map((r: { person_ref: string }) => r.person_ref)));
    expect(entries.every((e) => e.action === "read" && e.region === "21")).toBe(true);

    const school = (await as("school").get("/api/v1/absence-reports")).json();
    expect(new Set(school.items.map((r: { institution: string }) => r.institution))).toEqual(new Set(["27GZ"]));
    expect(school.items.every((r: object) => !("case_id" in r))).toBe(true);
    expect(new Set(school.items.map((r: { region: string }) => r.region))).toEqual(new Set(["21", "13"]));

    const karel = await as("karel").get("/api/v1/absence-reports");
    expect(karel.json().items.map((r: { person_ref: string }) => r.person_ref)).toEqual([ref(NOOR)]);
    expect((await as("karel").get("/api/v1/absence-reports?region=21")).status).toBe(403);
    expect((await as("school").get("/api/v1/absence-reports?institution=30RX")).status).toBe(403);
    for (const name of ["analyst", "admin"]) {
      const r = await as(name).get("/api/v1/absence-reports");
      expect(r.status).toBe(403);
      expect((await entriesOf(r)).map((e) => e.action)).toEqual(["denied"]);
    }
  });

  it("counts reports per institution and per region within the scope, without persons", async () => {
    const byInstitution = (await as("anna").get("/api/v1/absence-reports/counts?by=institution&from=2025-01-01&to=2025-12-31")).json();
    expect(byInstitution.by).toBe("institution");
    expect(byInstitution.rows).toEqual([
      { institution: "27GZ", institution_name: "Grafisch Lyceum Zuid", reports: 2, persons: 1, hours: 20, statutory_reports: 2, statutory_hours: 20, non_statutory_reports: 0, non_statutory_hours: 0 },
      { institution: "30RX", institution_name: null, reports: 1, persons: 1, hours: 1, statutory_reports: 1, statutory_hours: 1, non_statutory_reports: 0, non_statutory_hours: 0 },
    ]);
    const byRegion = (await as("school").get("/api/v1/absence-reports/counts?by=region")).json();
    expect(byRegion.rows.map((r: { region: string; reports: number }) => [r.region, r.reports])).toEqual([
      ["13", 1],
      ["21", 4],
    ]);
    expect(JSON.stringify(byRegion)).not.toMatch(/person_ref/);
    expect((await as("analyst").get("/api/v1/absence-reports/counts")).status).toBe(403);
  });

  it("shows the school's name and the period in the list, and downloads the school's reports as CSV (logged as export, without cases)", async () => {
    const list = (await as("school").get(`/api/v1/absence-reports?personRef=${ref(BRAM)}`)).json();
    expect(list.items.map((r: { institution_name: string; absent_from: string; absent_to: string }) => [r.institution_name, r.absent_from, r.absent_to])).toEqual([
      ["Grafisch Lyceum Zuid", "2026-03-02", "2026-03-04"],
      ["Grafisch Lyceum Zuid", "2024-12-02", "2024-12-02"],
    ]);
    const csv = await as("school").get("/api/v1/absence-reports?format=csv");
    expect(csv.status).toBe(200);
    expect(String(csv.headers["content-type"])).toMatch(/^text\/csv/);
    expect(String(csv.headers["content-disposition"])).toMatch(/attachment; filename="vsv-verzuimmeldingen-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = csv.body.replace(/^\uFEFF/, "").split(/\r?\n/).filter(Boolean);
    const header = lines.find((l) => l.includes("Referentie"))!;
    expect(header).toMatch(/School.*Afwezig van.*Afwezig tot en met.*Soort verzuim.*Uren.*Toelichting/);
    expect(header).not.toMatch(/Dossier/);
    expect(csv.body).toContain("Grafisch Lyceum Zuid");
    expect(csv.body).toContain("Drie dagen niet verschenen, ouders niet bereikbaar.");
    expect(csv.body).not.toContain(ref(OMAR));
    const entries = await entriesOf(csv);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.action === "export")).toBe(true);
    expect((await as("anna").get("/api/v1/absence-reports?format=csv")).body.split(/\r?\n/).find((l) => l.includes("Referentie"))).toMatch(/Dossier/);
  });

  it("never puts a person number in an answer", () => {
    expect(bodies.length).toBeGreaterThan(20);
    for (const body of bodies) for (const key of [LISA, OMAR, NOOR]) expect(body).not.toContain(key);
  });
});
