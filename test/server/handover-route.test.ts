/**
 * The handover that carries everything, through the API (issue 16, part 4): the sender's note, next step and due
 * date reach the receiving case; the case waits in the receiving coordinator's incoming queue until assigned
 * (officer and received_at in one go, version-checked); the sending region sees that it was received and still
 * not the receiving case (404); a third region and officers get nothing of the queue; every read is audited.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personRef } from "../../src/store/pseudonym.js";
import { type CaseworkTestApp, type TestClient, TEST_KEY, caseworkApp } from "../support/casework-app.js";
import { Targets, storeKinds } from "../store/store-targets.js";

const kinds = await storeKinds();
const PERSON = "100000009";
const ref = personRef(TEST_KEY, PERSON);

describe.each(kinds)("the handover routes on %s", (kind) => {
  const targets = new Targets(kind);
  let t: CaseworkTestApp;
  const ids: Record<string, number> = {};
  const as: Record<string, TestClient> = {};

  beforeAll(async () => {
    t = await caseworkApp(await targets.fresh());
    ids.anna = (await t.createUser({ username: "anna", role: "regional_officer", regions: ["21"], displayName: "Anna de Wit" })).id;
    ids.karel = (await t.createUser({ username: "karel", role: "regional_officer", regions: ["13"], displayName: "Karel Jansen" })).id;
    ids.coby = (await t.createUser({ username: "coby", role: "regional_coordinator", regions: ["13"], displayName: "Coby Smit" })).id;
    ids.dirk = (await t.createUser({ username: "dirk", role: "regional_coordinator", regions: ["21"], displayName: "Dirk Mol" })).id;
    ids.third = (await t.createUser({ username: "third", role: "regional_coordinator", regions: ["01"] })).id;
    await t.sql.query(
      `INSERT INTO signals (person_ref, person_key, list, source, teljaar, report_month, region, institution, family_name, given_names, age)
       VALUES ($1, $2, 'possible', 'duo', '2024-2025', '2025-10', '21', '27GZ', 'Verhuizer', 'Sam', 19)`,
      [ref, PERSON],
    );
    for (const name of ["anna", "karel", "coby", "dirk", "third"]) as[name] = await t.login(name);
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    await targets.cleanup();
  });

  async function entriesOf(r: { headers: Record<string, unknown> }) {
    return t.sql.query<{ action: string; region: string | null; subject_pseudonym: string | null }>(
      "SELECT action, region, subject_pseudonym FROM audit_log WHERE trace_id = $1 ORDER BY id",
      [String(r.headers["x-trace-id"])],
    );
  }

  it("carries note, next step and due date to the receiving region, whose coordinator assigns it from the incoming queue", async () => {
    const opened = (await as.anna!.post("/api/v1/cases", { person_ref: ref, region: "21" })).json().case;
    await as.anna!.post(`/api/v1/cases/${opened.id}/contacts`, { contact_on: "2025-01-10", channel: "phone", note: "Verhuist naar Utrecht" });
    const note = "Woont bij tante; bel na 16 uur";
    const sent = await as.anna!.post(`/api/v1/cases/${opened.id}/handover`, { version: 2, to_region: "13", note, next_step: "Huisbezoek plannen", next_step_due: "2026-01-15" });
    expect(sent.status, sent.body).toBe(200);
    const closed = sent.json();
    expect(closed.handover_out).toMatchObject({ to_region: "13", note, next_step: "Huisbezoek plannen", next_step_due: "2026-01-15", sent_by_name: "Anna de Wit", received_at: null });
    const receivingId = closed.case.handed_over_to as number;

    // The coordinator of 13 sees it waiting, first, with the person's name, the sender and the case version.
    const queue = await as.coby!.get("/api/v1/handovers?direction=incoming&region=13");
    expect(queue.status).toBe(200);
    expect(queue.json()).toMatchObject({ direction: "incoming", total: 1, waiting: 1 });
    const item = queue.json().items[0];
    expect(item).toMatchObject({ person_ref: ref, family_name: "Verhuizer", from_region: "21", to_case: receivingId, note, next_step: "Huisbezoek plannen", next_step_due: "2026-01-15", sent_by_name: "Anna de Wit", received_at: null, case_version: 1, officer_id: null });
    expect(await entriesOf(queue)).toEqual([expect.objectContaining({ action: "read", region: "13", subject_pseudonym: ref })]);
    const count = await as.coby!.get("/api/v1/handovers/waiting");
    expect(count.json()).toEqual({ waiting: 1, regions: [{ region: "13", waiting: 1 }] });
    expect(await entriesOf(count)).toEqual([expect.objectContaining({ action: "read", region: "13", subject_pseudonym: null })]);

    // The receiving case shows it all.
    const detail = (await as.karel!.get(`/api/v1/cases/${receivingId}`)).json();
    expect(detail.case).toMatchObject({ family_name: "Verhuizer", next_step: "Huisbezoek plannen", next_step_due: "2026-01-15", officer_id: null });
    expect(detail.handover_in).toMatchObject({ from_region: "21", note, sent_by_name: "Anna de Wit", received_at: null });
    expect(detail.contacts).toEqual([expect.objectContaining({ note: "Verhuist naar Utrecht", from_region: "21" })]);

    // Stale version: 409 with the current case, nothing assigned.
    const stale = await as.coby!.post(`/api/v1/handovers/${item.id}/assign`, { officer_id: ids.karel, version: 7 });
    expect(stale.status).toBe(409);
    expect(stale.json().current_version).toBe(1);
    // An officer of another region: 400.
    expect((await as.coby!.post(`/api/v1/handovers/${item.id}/assign`, { officer_id: ids.anna, version: 1 })).status).toBe(400);

    const assigned = await as.coby!.post(`/api/v1/handovers/${item.id}/assign`, { officer_id: ids.karel, version: 1 });
    expect(assigned.status).toBe(200);
    expect(assigned.json().handover).toMatchObject({ officer_id: ids.karel, officer_name: "Karel Jansen", received_by_name: "Coby Smit", case_version: 2 });
    expect(assigned.json().handover.received_at).toEqual(expect.any(String));
    expect(await entriesOf(assigned)).toEqual([expect.objectContaining({ action: "update", region: "13", subject_pseudonym: ref })]);
    expect((await as.coby!.get("/api/v1/handovers?region=13&waiting=true")).json()).toMatchObject({ total: 0, waiting: 0 });
    expect((await as.coby!.get("/api/v1/handovers/waiting")).json().waiting).toBe(0);
    expect((await as.coby!.post(`/api/v1/handovers/${item.id}/assign`, { officer_id: ids.karel, version: 2 })).status).toBe(409);

    // The sending region: received, when — never the receiving case or its officer.
    const kept = (await as.anna!.get(`/api/v1/cases/${opened.id}`)).json();
    expect(kept.handover_out.received_at).toBe(assigned.json().handover.received_at);
    expect(JSON.stringify(kept.handover_out)).not.toMatch(/officer|Karel|case_status|Coby/);
    expect((await as.anna!.get(`/api/v1/cases/${receivingId}`)).status).toBe(404);
    const outgoing = (await as.dirk!.get("/api/v1/handovers?direction=outgoing")).json();
    expect(outgoing.items).toEqual([expect.objectContaining({ id: item.id, from_case: opened.id, received_at: assigned.json().handover.received_at })]);
    for (const hidden of ["to_case", "officer_id", "officer_name", "case_status", "case_version", "received_by_name"]) expect(outgoing.items[0]).not.toHaveProperty(hidden);
  });

  it("refuses the queue to officers (403), another region's coordinator sees nothing and cannot assign (404)", async () => {
    expect((await as.karel!.get("/api/v1/handovers")).status).toBe(403);
    expect((await as.karel!.get("/api/v1/handovers/waiting")).status).toBe(403);
    expect((await as.karel!.post("/api/v1/handovers/1/assign", { officer_id: ids.karel, version: 1 })).status).toBe(403);
    expect((await as.third!.get("/api/v1/handovers?region=13")).status).toBe(403);
    expect((await as.third!.get("/api/v1/handovers")).json()).toMatchObject({ total: 0, items: [] });
    const [row] = await t.sql.query<{ id: number }>("SELECT id FROM handovers ORDER BY id LIMIT 1");
    expect((await as.third!.post(`/api/v1/handovers/${row!.id}/assign`, { officer_id: ids.third, version: 1 })).status).toBe(404);
    // The sending region's coordinator cannot assign what it sent.
    expect((await as.dirk!.post(`/api/v1/handovers/${row!.id}/assign`, { officer_id: ids.anna, version: 1 })).status).toBe(404);
    expect((await t.anonymous().get("/api/v1/handovers")).status).toBe(401);
  });

  it("refuses a due date without a next step", async () => {
    const person = "200000008";
    const r = personRef(TEST_KEY, person);
    await t.sql.query(
      `INSERT INTO signals (person_ref, person_key, list, source, teljaar, report_month, region, institution, family_name, given_names, age)
       VALUES ($1, $2, 'possible', 'duo', '2024-2025', '2025-10', '21', '27GZ', 'Tweede', 'Kim', 19)`,
      [r, person],
    );
    const c = (await as.anna!.post("/api/v1/cases", { person_ref: r, region: "21" })).json().case;
    const bad = await as.anna!.post(`/api/v1/cases/${c.id}/handover`, { version: 1, to_region: "13", next_step_due: "2026-01-15" });
    expect(bad.status).toBe(400);
    expect(bad.json().invalid_params).toEqual([expect.objectContaining({ name: "next_step" })]);
  });
});
