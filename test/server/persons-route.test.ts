/**
 * The person routes: POST /persons/search (the search in the body only; each kind; scope; one audit entry per person
 * found, one for nobody, never the name or number in the log) and the person page GET /persons/{personRef} (contact
 * details, school history, one timeline newest first, audited, 404 out of scope, 401/403).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personRef } from "../../src/store/pseudonym.js";
import { type CaseworkTestApp, type TestClient, type TestResponse, TEST_KEY, caseworkApp } from "../support/casework-app.js";
import { Targets, storeKinds } from "../store/store-targets.js";

const kinds = await storeKinds();
const PAGE = "111222333";
const OTHER = "444555666";
const FAR = "777888999";
const ref = (key: string) => personRef(TEST_KEY, key);

describe.each(kinds)("the person routes on %s", (kind) => {
  const targets = new Targets(kind);
  let t: CaseworkTestApp;
  const clients: Record<string, TestClient> = {};
  const bodies: string[] = [];

  beforeAll(async () => {
    t = await caseworkApp(await targets.fresh());
    await t.createUser({ username: "anna", role: "regional_officer", regions: ["21"], displayName: "Anna de Wit" });
    await t.createUser({ username: "karel", role: "regional_officer", regions: ["13"] });
    await t.createUser({ username: "school", role: "school_user", institutions: ["27GZ"] });
    await t.createUser({ username: "analyst", role: "national_analyst" });
    await t.createUser({ username: "admin", role: "administrator" });
    const row = (key: string, list: string, region: string, institution: string, family: string, given: string, contact: (string | null)[] = [null, null, null, null, null, null]) =>
      t.sql.query(
        `INSERT INTO signals (person_ref, person_key, list, source, teljaar, report_month, region, institution, institution_name, family_name, given_names, birth_date, age,
           street, house_number, postcode, residence, phone, email, deregistration_date, reason, target_group)
         VALUES ($1, $2, $3, 'duo', '2025-2026', $4, $5, $6, $7, $8, $9, '2006-03-01', 20, $10, $11, $12, $13, $14, $15, '2026-02-15', 'GEEN INSCHRIJVING', $16)`,
        [ref(key), key, list, list === "possible" ? "2026-11" : null, region, institution, `School ${institution}`, family, given, ...contact, list === "target_group" ? "vsv" : null],
      );
    await row(PAGE, "possible", "21", "27GZ", "de Vries", "Jan Pieter", ["Voorbeeldstraat", "12a", "1011 AB", "Amsterdam", "06 1234 5678", "jan@voorbeeld.nl"]);
    await row(PAGE, "target_group", "21", "27GZ", "de Vries", "Jan Pieter");
    await row(OTHER, "possible", "21", "30RX", "Bakker", "Sanne");
    await row(FAR, "possible", "13", "27GZ", "de Vries", "Anna");
    const history = (k: string, from: string | null, to: string | null, reason: string | null = null) =>
      t.sql.query(
        `INSERT INTO person_history (person_ref, kind, from_date, to_date, institution, institution_name, level, leerweg, programme, programme_name, reason, source)
         VALUES ($1, $2, $3, $4, '27GZ', 'School 27GZ', 'MBO-2', 'BOL', '25180', 'Kok', $5, 'duo')`,
        [ref(PAGE), k, from, to, reason],
      );
    await history("enrolment", "2022-08-01", "2026-02-15", "GEEN INSCHRIJVING");
    await history("diploma", "2023-07-01", null);
    for (const m of ["2026-03-01", "2026-04-01", "2026-05-01"]) await history("signal_month", m, null, "GEEN INSCHRIJVING");
    for (const name of ["anna", "karel", "school", "analyst", "admin"]) clients[name] = await t.login(name);
  }, 180_000);
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
  const search = (who: string, body: unknown) => as(who).post("/api/v1/persons/search", body);
  async function entriesOf(r: TestResponse) {
    return t.sql.query<{ action: string; subject_pseudonym: string | null; region: string | null; purpose: string; details: Record<string, unknown> }>(
      "SELECT action, subject_pseudonym, region, purpose, details FROM audit_log WHERE trace_id = $1 ORDER BY id",
      [String(r.headers["x-trace-id"])],
    );
  }

  it("finds by name, in the actor's regions only, one result per person, each person one audit entry without the search text", async () => {
    const r = await search("anna", { text: "vries" });
    expect(r.status).toBe(200);
    expect(r.json()).toMatchObject({ by: "name", total: 1, page: 1 });
    expect(r.json().items).toEqual([
      expect.objectContaining({ person_ref: ref(PAGE), family_name: "de Vries", given_names: "Jan Pieter", birth_date: "2006-03-01", residence: "Amsterdam", lists: ["possible", "target_group"], regions: ["21"], open_cases: [] }),
    ]);
    const entries = await entriesOf(r);
    expect(entries).toEqual([expect.objectContaining({ action: "read", subject_pseudonym: ref(PAGE), region: "21", purpose: expect.stringMatching(/^case_work: /) })]);
    expect(entries[0]!.details).toMatchObject({ route: "/api/v1/persons/search", by: "name", filters: { birth_date: false, school: false } });
    expect(JSON.stringify(entries)).not.toMatch(/vries/i);
  });

  it("finds by reference prefix, school and birth date", async () => {
    expect((await search("anna", { text: ref(OTHER).slice(0, 8) })).json()).toMatchObject({ by: "reference", items: [expect.objectContaining({ person_ref: ref(OTHER) })] });
    expect((await search("anna", { school: "30rx" })).json().items.map((i: { person_ref: string }) => i.person_ref)).toEqual([ref(OTHER)]);
    expect((await search("anna", { birth_date: "2006-03-01" })).json().total).toBe(2);
    expect((await search("anna", { birth_date: "2006-02-30" })).status).toBe(400);
  });

  it("finds exactly one person by BSN, logs that it searched by number, and never shows or logs the number", async () => {
    const r = await search("anna", { text: PAGE });
    expect(r.json()).toMatchObject({ by: "person_number", total: 1, items: [expect.objectContaining({ person_ref: ref(PAGE) })] });
    expect(r.body).not.toContain(PAGE);
    const entries = await entriesOf(r);
    expect(entries).toEqual([expect.objectContaining({ action: "read", subject_pseudonym: ref(PAGE), details: expect.objectContaining({ by: "person_number" }) })]);
    expect(JSON.stringify(entries)).not.toContain(PAGE);
    // another region's person number: nobody, still one entry
    const far = await search("anna", { text: FAR });
    expect(far.json()).toMatchObject({ by: "person_number", total: 0, items: [] });
    expect(await entriesOf(far)).toEqual([expect.objectContaining({ action: "read", subject_pseudonym: null, region: "21", details: expect.objectContaining({ by: "person_number", persons: 0 }) })]);
    const [leaks] = await t.sql.query<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE details::text LIKE $1 OR details::text LIKE $2", [`%${PAGE}%`, `%${FAR}%`]);
    expect(leaks?.n).toBe(0);
  });

  it("lets a school find only its institutions' students, in every region, without cases", async () => {
    const r = await search("school", { text: "de vries" });
    expect(r.json().items.map((i: { person_ref: string }) => i.person_ref).sort()).toEqual([ref(PAGE), ref(FAR)].sort());
    expect((await search("school", { text: "bakker" })).json().total).toBe(0);
    const entries = await entriesOf(r);
    expect(entries.map((e) => e.purpose)).toEqual([expect.stringMatching(/^school_signal_list: /), expect.stringMatching(/^school_signal_list: /)]);
  });

  it("takes the search from the body only: a query string or a GET is refused, and nothing is searched", async () => {
    const inUrl = await as("anna").post("/api/v1/persons/search?text=vries", { text: "vries" });
    expect(inUrl.status).toBe(400);
    expect(inUrl.json().detail).toMatch(/body/);
    expect(await entriesOf(inUrl)).toEqual([]);
    const get = await as("anna").get("/api/v1/persons/search?text=vries");
    expect(get.status).toBe(400);
    expect((await search("anna", {})).status).toBe(400);
  });

  it("refuses without a session (401) and analysts and administrators (403), logging the refusal", async () => {
    expect((await t.anonymous().post("/api/v1/persons/search", { text: "vries" })).status).toBe(401);
    for (const name of ["analyst", "admin"]) {
      const r = await search(name, { text: "vries" });
      expect(r.status).toBe(403);
      expect(await entriesOf(r)).toEqual([expect.objectContaining({ action: "denied", subject_pseudonym: null })]);
    }
  });

  it("shows the person page: contact details, school history, lists, cases with contacts, one timeline newest first, audited", async () => {
    const anna = as("anna");
    const opened = await anna.post("/api/v1/cases", { person_ref: ref(PAGE), region: "21" });
    expect(opened.status).toBe(201);
    const caseId = opened.json().case.id;
    expect((await anna.post(`/api/v1/cases/${caseId}/contacts`, { contact_on: "2026-11-20", channel: "phone", reached: true, note: "Gebeld" })).status).toBe(201);

    const r = await anna.get(`/api/v1/persons/${ref(PAGE)}`);
    expect(r.status).toBe(200);
    const d = r.json();
    expect(d).toMatchObject({ person_ref: ref(PAGE), family_name: "de Vries", given_names: "Jan Pieter", birth_date: "2006-03-01", months_on_possible_list: 3 });
    expect(d.contact).toEqual({ street: "Voorbeeldstraat", house_number: "12a", postcode: "1011 AB", residence: "Amsterdam", phone: "06 1234 5678", email: "jan@voorbeeld.nl", municipality_name: null, list: "possible", region: "21", as_of: "2026-11" });
    expect(d.history.enrolment).toEqual([expect.objectContaining({ from_date: "2022-08-01", to_date: "2026-02-15", institution: "27GZ", programme_name: "Kok", reason: "GEEN INSCHRIJVING" })]);
    expect(d.history.diploma).toHaveLength(1);
    expect(d.history.signal_month).toHaveLength(3);
    expect(d.signals.map((s: { list: string }) => s.list).sort()).toEqual(["possible", "target_group"]);
    expect(d.cases).toEqual([expect.objectContaining({ case: expect.objectContaining({ id: caseId }), contacts: [expect.objectContaining({ contact_on: "2026-11-20" })], events: expect.any(Array) })]);
    const dates = d.timeline.map((e: { date: string }) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
    const kinds = d.timeline.map((e: { kind: string }) => e.kind);
    for (const k of ["contact", "case_opened", "possible_list", "enrolment_end", "diploma", "enrolment_start"]) expect(kinds).toContain(k);
    expect(d.timeline.find((e: { kind: string }) => e.kind === "possible_list").text).toBe("Op de lijst mogelijk vsv: 3 maanden (maart 2026 t/m mei 2026); reden: Niet meer ingeschreven");
    expect(d.timeline.at(-1)).toMatchObject({ date: "2022-08-01", kind: "enrolment_start" });
    expect(r.body).not.toContain(PAGE);
    expect(await entriesOf(r)).toEqual([expect.objectContaining({ action: "read", subject_pseudonym: ref(PAGE), region: "21", details: expect.objectContaining({ route: "/api/v1/persons/:personRef", history: 5, contact: true }) })]);
  });

  it("answers 404 for a person out of scope (logged as denied) and shows a school its student without cases", async () => {
    const far = await as("anna").get(`/api/v1/persons/${ref(FAR)}`);
    expect(far.status).toBe(404);
    expect(await entriesOf(far)).toEqual([expect.objectContaining({ action: "denied", subject_pseudonym: ref(FAR), region: "13" })]);
    const school = await as("school").get(`/api/v1/persons/${ref(PAGE)}`);
    expect(school.status).toBe(200);
    expect(school.json().cases).toEqual([]);
    expect(school.json().timeline.some((e: { kind: string }) => e.kind === "case_opened")).toBe(false);
    expect((await as("analyst").get(`/api/v1/persons/${ref(PAGE)}`)).status).toBe(403);
    expect((await t.anonymous().get(`/api/v1/persons/${ref(PAGE)}`)).status).toBe(401);
  });

  it("never answers with a person number", () => {
    for (const body of bodies) for (const key of [PAGE, OTHER, FAR]) expect(body).not.toContain(key);
  });
});
