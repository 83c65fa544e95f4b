/**
 * The case routes: the whole life of a case through the API (open, contact, status, next step, handover to another
 * region, close, outcome), two officers changing one case at once (one 409, nothing lost), the person page, the
 * refusals (role 403, scope 404, no session 401), an audit entry for every person-level request, and the person
 * number never in an answer.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personRef } from "../../src/store/pseudonym.js";
import { type CaseworkTestApp, type TestClient, type TestResponse, TEST_KEY, caseworkApp } from "../support/casework-app.js";
import { Targets, storeKinds } from "../store/store-targets.js";

const kinds = await storeKinds();

/** A valid BSN (11-check) made from eight digits, so that a leak would look like one. */
function bsn(eight: string): string {
  const sum = [...eight].reduce((s, d, i) => s + Number(d) * (9 - i), 0);
  const last = sum % 11;
  if (last > 9) throw new Error(`no BSN starts with ${eight}`);
  return `${eight}${last}`;
}
const [MOVER, RACE, PAGE, TWO] = ["12345678", "23456789", "34567890", "45678901"].map(bsn) as [string, string, string, string];
const ALL_KEYS = [MOVER, RACE, PAGE, TWO];
const ref = (key: string) => personRef(TEST_KEY, key);

describe.each(kinds)("the case routes on %s", (kind) => {
  const targets = new Targets(kind);
  let t: CaseworkTestApp;
  const bodies: string[] = [];
  const ids: Record<string, number> = {};
  const clients: Record<string, TestClient> = {};

  beforeAll(async () => {
    t = await caseworkApp(await targets.fresh());
    ids.anna = (await t.createUser({ username: "anna", role: "regional_officer", regions: ["21"], displayName: "Anna de Wit" })).id;
    ids.bram = (await t.createUser({ username: "bram", role: "regional_officer", regions: ["21"] })).id;
    ids.karel = (await t.createUser({ username: "karel", role: "regional_officer", regions: ["13"] })).id;
    ids.both = (await t.createUser({ username: "both", role: "regional_coordinator", regions: ["13", "21"] })).id;
    await t.createUser({ username: "school", role: "school_user", institutions: ["27GZ"] });
    await t.createUser({ username: "otherschool", role: "school_user", institutions: ["30RX"] });
    await t.createUser({ username: "analyst", role: "national_analyst" });
    await t.createUser({ username: "admin", role: "administrator" });
    const list = (key: string, region: string, institution = "27GZ", family = "Jansen") =>
      t.sql.query(
        `INSERT INTO signals (person_ref, person_key, list, source, teljaar, report_month, region, institution, family_name, given_names, age)
         VALUES ($1, $2, 'possible', 'duo', '2024-2025', '2025-10', $3, $4, $5, 'Sam', 19)`,
        [ref(key), key, region, institution, family],
      );
    await list(MOVER, "21", "27GZ", "Verhuizer");
    await list(RACE, "21");
    await list(PAGE, "21", "27GZ", "Paginanaam");
    await list(TWO, "21");
    await list(TWO, "13", "30RX");
    for (const name of ["anna", "bram", "karel", "both", "school", "otherschool", "analyst", "admin"]) clients[name] = await t.login(name);
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
    return {
      get: (url: string) => keep(c.get(url)),
      post: (url: string, body?: unknown) => keep(c.post(url, body)),
      patch: (url: string, body?: unknown) => keep(c.patch(url, body)),
    };
  };

  async function entriesOf(r: TestResponse) {
    return t.sql.query<{ action: string; subject_kind: string | null; subject_pseudonym: string | null; purpose: string; region: string | null; actor_id: number | null }>(
      "SELECT action, subject_kind, subject_pseudonym, purpose, region, actor_id FROM audit_log WHERE trace_id = $1 ORDER BY id",
      [String(r.headers["x-trace-id"])],
    );
  }

  /** The request wrote audit entries about `person` in `region` with this action (and no entry without a region). */
  async function expectAudited(r: TestResponse, action: string, person: string, region: string) {
    const entries = await entriesOf(r);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries).toContainEqual(expect.objectContaining({ action, subject_pseudonym: ref(person), region }));
    for (const e of entries) expect(e.purpose).toMatch(/^case_work: /);
  }

  it("follows a case through its whole life, handover to another region included", async () => {
    const anna = as("anna");
    const karel = as("karel");

    const opened = await anna.post("/api/v1/cases", { person_ref: ref(MOVER) });
    expect(opened.status).toBe(201);
    const c = opened.json().case;
    expect(c).toMatchObject({ person_ref: ref(MOVER), region: "21", status: "new", version: 1, family_name: "Verhuizer", contact_count: 0 });
    expect(opened.json().events.map((e: { kind: string }) => e.kind)).toEqual(["opened"]);
    await expectAudited(opened, "create", MOVER, "21");

    const again = await anna.post("/api/v1/cases", { person_ref: ref(MOVER), region: "21" });
    expect(again.status).toBe(409);
    expect(again.json()).toMatchObject({ status: 409, existing_case_id: c.id });

    const contact = await anna.post(`/api/v1/cases/${c.id}/contacts`, { contact_on: "2025-10-20", channel: "phone", reached: true, note: "Verhuist naar regio 13" });
    expect(contact.status).toBe(201);
    expect(contact.json().case).toMatchObject({ status: "contacting", version: 2, last_contact_on: "2025-10-20", contact_count: 1 });
    expect(contact.json().contacts[0]).toMatchObject({ contact_on: "2025-10-20", channel: "phone", reached: true, note: "Verhuist naar regio 13", officer_name: "Anna de Wit", from_region: null });
    await expectAudited(contact, "update", MOVER, "21");

    const status = await anna.patch(`/api/v1/cases/${c.id}`, { version: 2, status: "moved", officer_id: ids.anna });
    expect(status.status).toBe(200);
    expect(status.json().case).toMatchObject({ status: "moved", officer_id: ids.anna, officer_name: "Anna de Wit", version: 3 });
    await expectAudited(status, "update", MOVER, "21");

    const step = await anna.patch(`/api/v1/cases/${c.id}`, { version: 3, next_step: "Dossier overdragen", next_step_due: "2025-11-01" });
    expect(step.json().case).toMatchObject({ next_step: "Dossier overdragen", next_step_due: "2025-11-01", version: 4 });

    const handover = await anna.post(`/api/v1/cases/${c.id}/handover`, { version: 4, to_region: "13", note: "Nieuw adres in Utrecht" });
    expect(handover.status).toBe(200);
    const closed = handover.json().case;
    expect(closed).toMatchObject({ id: c.id, status: "closed", closed_reason: "handed_over", region: "21", version: 5 });
    const newId = closed.handed_over_to as number;
    expect(newId).toEqual(expect.any(Number));
    const handoverEntries = await entriesOf(handover);
    expect(handoverEntries).toContainEqual(expect.objectContaining({ action: "update", region: "21", subject_pseudonym: ref(MOVER) }));
    expect(handoverEntries).toContainEqual(expect.objectContaining({ action: "create", region: "13", subject_pseudonym: ref(MOVER) }));

    // The receiving officer sees the new case with the history.
    const list13 = await karel.get("/api/v1/cases");
    expect(list13.json().items.map((i: { id: number }) => i.id)).toEqual([newId]);
    await expectAudited(list13, "read", MOVER, "13");
    const received = await karel.get(`/api/v1/cases/${newId}`);
    expect(received.status).toBe(200);
    expect(received.json().case).toMatchObject({ region: "13", status: "new", officer_id: null, handed_over_from: c.id, version: 1 });
    expect(received.json().contacts).toEqual([expect.objectContaining({ contact_on: "2025-10-20", note: "Verhuist naar regio 13", from_region: "21" })]);
    expect(received.json().events).toEqual([expect.objectContaining({ kind: "received_from_region", details: expect.objectContaining({ from_region: "21", note: "Nieuw adres in Utrecht" }) })]);
    await expectAudited(received, "read", MOVER, "13");

    // The sender keeps a closed record it can read; neither region sees the other's case.
    const record = await anna.get(`/api/v1/cases/${c.id}`);
    expect(record.status).toBe(200);
    expect(record.json().case.status).toBe("closed");
    expect((await anna.get(`/api/v1/cases/${newId}`)).status).toBe(404);
    expect((await karel.get(`/api/v1/cases/${c.id}`)).status).toBe(404);
    expect((await anna.get("/api/v1/cases?status=all")).json().items.map((i: { id: number }) => i.id)).not.toContain(newId);
    expect((await anna.patch(`/api/v1/cases/${c.id}`, { version: 5, next_step: "nog iets" })).status).toBe(409);

    // The receiving region works on, closes, and records the outcome one year later.
    const taken = await karel.patch(`/api/v1/cases/${newId}`, { version: 1, status: "guidance", officer_id: ids.karel });
    expect(taken.json().case).toMatchObject({ status: "guidance", version: 2 });
    const closing = await karel.post(`/api/v1/cases/${newId}/close`, { version: 2, reason: "back_in_education", note: "Ingeschreven bij ROC Midden Nederland" });
    expect(closing.status).toBe(200);
    expect(closing.json().case).toMatchObject({ status: "closed", closed_reason: "back_in_education", version: 3 });
    const outcome = await karel.post(`/api/v1/cases/${newId}/outcome`, { version: 3, outcome: "in_education" });
    expect(outcome.status).toBe(200);
    expect(outcome.json().case).toMatchObject({ outcome_one_year: "in_education", version: 4 });
    await expectAudited(outcome, "update", MOVER, "13");
    const refused = await anna.post(`/api/v1/cases/${c.id}/outcome`, { version: 5, outcome: "in_education" });
    expect(refused.status).toBe(409);
    expect(refused.json().detail).toMatch(/ontvangende regio/);
  });

  it("lets one of two officers changing the same version at once win; the other gets 409 with the current case, re-applies, and both changes stay", async () => {
    const opened = await as("anna").post("/api/v1/cases", { person_ref: ref(RACE) });
    const id = opened.json().case.id as number;
    const [a, b] = await Promise.all([
      as("anna").patch(`/api/v1/cases/${id}`, { version: 1, status: "guidance" }),
      as("bram").patch(`/api/v1/cases/${id}`, { version: 1, next_step: "Huisbezoek plannen", next_step_due: "2025-12-01" }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const [winner, loser, loserName, loserChange] =
      a.status === 200 ? [a, b, "bram", { next_step: "Huisbezoek plannen", next_step_due: "2025-12-01" }] : [b, a, "anna", { status: "guidance" }];
    expect(winner.json().case.version).toBe(2);
    const conflict = loser.json();
    expect(conflict).toMatchObject({ status: 409, current_version: 2, case: { id, version: 2 } });
    expect(loser.headers["content-type"]).toMatch(/application\/problem\+json/);
    await expectAudited(loser, "read", RACE, "21");

    const reread = await as(loserName).get(`/api/v1/cases/${id}`);
    const retried = await as(loserName).patch(`/api/v1/cases/${id}`, { version: reread.json().case.version, ...loserChange });
    expect(retried.status).toBe(200);
    expect(retried.json().case).toMatchObject({ version: 3, status: "guidance", next_step: "Huisbezoek plannen", next_step_due: "2025-12-01" });
  });

  it("shows the person page in scope: rows, cases and reports for the region; rows and reports without cases for the school", async () => {
    const anna = as("anna");
    const opened = await anna.post("/api/v1/cases", { person_ref: ref(PAGE) });
    await anna.post("/api/v1/absence-reports", { person_ref: ref(PAGE), reported_on: "2025-10-01", kind: "statutory", hours: 6, case_id: opened.json().case.id });

    const page = await anna.get(`/api/v1/persons/${ref(PAGE)}`);
    expect(page.status).toBe(200);
    expect(page.json()).toMatchObject({ person_ref: ref(PAGE), family_name: "Paginanaam", given_names: "Sam" });
    expect(page.json().signals).toEqual([expect.objectContaining({ region: "21", institution: "27GZ", case: expect.objectContaining({ id: opened.json().case.id }) })]);
    expect(page.json().cases.map((c: { case: { id: number } }) => c.case.id)).toEqual([opened.json().case.id]);
    expect(page.json().absence_reports).toEqual([expect.objectContaining({ hours: 6, case_id: opened.json().case.id })]);
    await expectAudited(page, "read", PAGE, "21");

    const school = await as("school").get(`/api/v1/persons/${ref(PAGE)}`);
    expect(school.status).toBe(200);
    expect(school.json().cases).toEqual([]);
    expect(school.json().signals[0].case).toBeNull();
    expect(school.json().absence_reports).toHaveLength(1);
    expect(school.json().absence_reports[0]).not.toHaveProperty("case_id");
    const schoolEntries = await entriesOf(school);
    expect(schoolEntries).toEqual([expect.objectContaining({ action: "read", subject_pseudonym: ref(PAGE), region: "21", purpose: expect.stringMatching(/^school_signal_list: /) })]);

    for (const name of ["otherschool", "karel"]) {
      const r = await as(name).get(`/api/v1/persons/${ref(PAGE)}`);
      expect(r.status).toBe(404);
      expect(await entriesOf(r)).toEqual([expect.objectContaining({ action: "denied", subject_pseudonym: ref(PAGE) })]);
    }
    for (const name of ["analyst", "admin"]) expect((await as(name).get(`/api/v1/persons/${ref(PAGE)}`)).status).toBe(403);
    expect((await t.anonymous().get(`/api/v1/persons/${ref(PAGE)}`)).status).toBe(401);
  });

  it("refuses by role (403), by scope (404) and without a session (401), logging each refusal", async () => {
    const opened = await as("anna").post("/api/v1/cases", { person_ref: ref(TWO), region: "21" });
    const id = opened.json().case.id as number;
    for (const name of ["school", "analyst", "admin"]) {
      for (const r of [
        await as(name).get("/api/v1/cases"),
        await as(name).get(`/api/v1/cases/${id}`),
        await as(name).post("/api/v1/cases", { person_ref: ref(TWO) }),
        await as(name).patch(`/api/v1/cases/${id}`, { version: 1, status: "guidance" }),
        await as(name).post(`/api/v1/cases/${id}/contacts`, { contact_on: "2025-10-01", channel: "phone" }),
      ]) {
        expect(r.status).toBe(403);
        expect((await entriesOf(r)).map((e) => e.action)).toEqual(["denied"]);
      }
    }
    const karel = as("karel");
    for (const r of [
      await karel.get(`/api/v1/cases/${id}`),
      await karel.patch(`/api/v1/cases/${id}`, { version: 1, status: "guidance" }),
      await karel.post(`/api/v1/cases/${id}/contacts`, { contact_on: "2025-10-01", channel: "phone" }),
      await karel.post(`/api/v1/cases/${id}/close`, { version: 1, reason: "working" }),
      await karel.post(`/api/v1/cases/${id}/handover`, { version: 1, to_region: "13" }),
      await karel.post(`/api/v1/cases/${id}/outcome`, { version: 1, outcome: "working" }),
      await karel.get("/api/v1/cases/999999"),
    ]) {
      expect(r.status).toBe(404);
      expect((await entriesOf(r)).map((e) => e.action)).toEqual(["denied"]);
    }
    expect((await karel.post("/api/v1/cases", { person_ref: ref(TWO), region: "21" })).status).toBe(403);
    expect((await karel.get("/api/v1/cases?region=21")).status).toBe(403);
    // In region 13 the person is on the list too: Karel may open a case there.
    expect((await karel.post("/api/v1/cases", { person_ref: ref(TWO) })).status).toBe(201);
    expect((await as("both").post("/api/v1/cases", { person_ref: ref(RACE) })).status).toBe(409);
    expect((await as("both").post("/api/v1/cases", { person_ref: ref(PAGE), region: "13" })).status).toBe(404);
    const both = await as("both").post("/api/v1/cases", { person_ref: "p" + "0".repeat(24) });
    expect(both.status).toBe(404);
    expect((await t.anonymous().get(`/api/v1/cases/${id}`)).status).toBe(401);
    expect((await clients.anna!.send("PATCH", `/api/v1/cases/${id}`, { body: { version: 1, status: "guidance" } })).status).toBe(403);
    expect((await as("anna").get(`/api/v1/cases/${id}`)).json().case.version).toBe(1);
  });

  it("answers bad values with 400 naming the parameter, and changes nothing", async () => {
    const anna = as("anna");
    const id = (await anna.get(`/api/v1/cases?personRef=${ref(TWO)}`)).json().items[0].id as number;
    const bad = async (r: Promise<TestResponse>, name: string) => {
      const done = await r;
      expect(done.status).toBe(400);
      expect(done.json().invalid_params.map((p: { name: string }) => p.name)).toContain(name);
    };
    await bad(anna.patch(`/api/v1/cases/${id}`, { version: 1, status: "closed" }), "status");
    await bad(anna.patch(`/api/v1/cases/${id}`, { version: 1, officer_id: ids.karel }), "officer_id");
    await bad(anna.patch(`/api/v1/cases/${id}`, { version: 1, next_step_due: "2025-02-30" }), "next_step_due");
    await bad(anna.post(`/api/v1/cases/${id}/contacts`, { contact_on: "2999-01-01", channel: "phone" }), "contact_on");
    await bad(anna.post(`/api/v1/cases/${id}/close`, { version: 1, reason: "handed_over" }), "reason");
    await bad(anna.post(`/api/v1/cases/${id}/handover`, { version: 1, to_region: "21" }), "to_region");
    await bad(anna.post(`/api/v1/cases/${id}/handover`, { version: 1, to_region: "99" }), "to_region");
    await bad(anna.post("/api/v1/cases", { person_ref: "123456782" }), "person_ref");
    expect((await anna.patch(`/api/v1/cases/${id}`, { version: 1 })).status).toBe(400);
    const after = (await anna.get(`/api/v1/cases/${id}`)).json();
    expect(after.case).toMatchObject({ version: 1, status: "new", officer_id: null, next_step_due: null });
    expect(after.contacts).toEqual([]);
  });

  it("filters the case list and pages it", async () => {
    const both = as("both");
    const all = await both.get("/api/v1/cases?status=all&pageSize=2");
    expect(all.json()).toMatchObject({ page: 1, page_size: 2, total: expect.any(Number), today: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(all.json().items).toHaveLength(2);
    const regions = new Set((await both.get("/api/v1/cases?status=all&pageSize=500")).json().items.map((i: { region: string }) => i.region));
    expect([...regions].sort()).toEqual(["13", "21"]);
    const mine = (await as("anna").get("/api/v1/cases?officer=me&status=all")).json().items;
    expect(mine.every((i: { officer_id: number }) => i.officer_id === ids.anna)).toBe(true);
    const unassigned = (await as("anna").get("/api/v1/cases?officer=none")).json().items;
    expect(unassigned.length).toBeGreaterThan(0);
    expect(unassigned.every((i: { officer_id: number | null }) => i.officer_id === null)).toBe(true);
    const overdue = (await as("anna").get("/api/v1/cases?overdue=true")).json().items;
    expect(overdue.every((i: { next_step_due: string | null }) => i.next_step_due !== null)).toBe(true);
    expect((await as("anna").get("/api/v1/cases?status=bogus")).status).toBe(400);
  });

  it("never puts a person number in an answer", () => {
    expect(bodies.length).toBeGreaterThan(40);
    for (const body of bodies) for (const key of ALL_KEYS) expect(body).not.toContain(key);
  });
});
