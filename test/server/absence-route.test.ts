/**
 * The absence-report routes: a school records reports for persons on its institution's list rows, a region for
 * persons on its list or with a case there (and links them to the case); lists and counts stay within the actor's
 * scope; analysts and administrators are refused; every person-level request is logged; no person number leaks.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personRef } from "../../src/store/pseudonym.js";
import { type CaseworkTestApp, type TestClient, type TestResponse, TEST_KEY, caseworkApp } from "../support/casework-app.js";
import { Targets, storeKinds } from "../store/store-targets.js";

const kinds = await storeKinds();

const [LISA, OMAR, NOOR] = ["123456782", "111222333", "876543210"] as const;
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
    const list = (key: string, region: string, institution: string) =>
      t.sql.query(
        `INSERT INTO signals (person_ref, person_key, list, source, teljaar, region, institution, family_name) VALUES ($1, $2, 'possible', 'duo', '2024-2025', $3, $4, 'Smit')`,
        [ref(key), key, region, institution],
      );
    await list(LISA, "21", "27GZ");
    await list(OMAR, "21", "30RX");
    await list(NOOR, "13", "27GZ");
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
      { institution: "27GZ", reports: 2, persons: 1, hours: 20, statutory_reports: 2, statutory_hours: 20, non_statutory_reports: 0, non_statutory_hours: 0 },
      { institution: "30RX", reports: 1, persons: 1, hours: 1, statutory_reports: 1, statutory_hours: 1, non_statutory_reports: 0, non_statutory_hours: 0 },
    ]);
    const byRegion = (await as("school").get("/api/v1/absence-reports/counts?by=region")).json();
    expect(byRegion.rows.map((r: { region: string; reports: number }) => [r.region, r.reports])).toEqual([
      ["13", 1],
      ["21", 2],
    ]);
    expect(JSON.stringify(byRegion)).not.toMatch(/person_ref/);
    expect((await as("analyst").get("/api/v1/absence-reports/counts")).status).toBe(403);
  });

  it("never puts a person number in an answer", () => {
    expect(bodies.length).toBeGreaterThan(20);
    for (const body of bodies) for (const key of [LISA, OMAR, NOOR]) expect(body).not.toContain(key);
  });
});
