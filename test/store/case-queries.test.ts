import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openOperationalStore, type OperationalStore } from "../../src/store/index.js";
import { openCase, updateCase, closeCase } from "../../src/store/cases.js";
import { addContact } from "../../src/store/case-contacts.js";
import { getCaseDetail, listCases } from "../../src/store/case-queries.js";
import { recordAbsenceReport } from "../../src/store/absence-reports.js";
import { workloadOf } from "../../src/store/workload.js";
import type { CaseRecord } from "../../src/store/case-record.js";
import { Targets, storeKinds } from "./store-targets.js";
import { addAccount, listedPerson } from "./case-seed.js";

const kinds = await storeKinds();

/** Sets when a case was opened (the store stamps now(); the no-contact rule counts from it). */
async function openedOn(sql: OperationalStore, id: number, date: string) {
  await sql.query("UPDATE cases SET opened_at = $2::timestamptz WHERE id = $1", [id, `${date}T09:00:00+01:00`]);
}

describe.each(kinds)("reading cases and the workload on %s", (kind) => {
  const targets = new Targets(kind);
  let sql: OperationalStore;
  let anna: number;
  let bram: number;
  let coordinator: number;
  const today = "2024-06-15";
  const cases: Record<string, CaseRecord> = {};

  /**
   * Region 21 on 2024-06-15:
   * - fresh: Anna's, opened 2024-06-01, no contact, next step due 2024-06-20 (nothing to flag)
   * - overdue: Anna's, opened 2024-05-01, contact 2024-06-10, next step due 2024-06-14 (overdue)
   * - silent: Bram's, opened 2024-03-01, last contact 2024-05-15 (31 days: without contact)
   * - edge: Bram's, opened 2024-03-01, last contact 2024-05-16 (30 days: still in time), due 2024-06-15 (today: not overdue)
   * - never: unassigned, opened 2024-05-15 and never contacted (31 days: without contact)
   * - closed: Anna's, closed (never counted), next step due long ago
   * Region 13: one case of a person listed there (never in region 21's answers).
   */
  beforeAll(async () => {
    sql = await openOperationalStore(await targets.fresh());
    anna = await addAccount(sql, { role: "regional_officer", regions: ["21"], name: "Anna" });
    bram = await addAccount(sql, { role: "regional_officer", regions: ["21"], name: "Bram" });
    coordinator = await addAccount(sql, { role: "regional_coordinator", regions: ["21"], name: "Carla" });
    await addAccount(sql, { role: "regional_officer", regions: ["13"], name: "Dirk" });
    const make = async (name: string, opened: string, officer: number | null, due: string | null, contacts: string[], region = "21") => {
      const p = await listedPerson(sql, { region, familyName: name, givenNames: "Alex" });
      let c = await openCase(sql, { personRef: p.ref, region, actorId: coordinator });
      await openedOn(sql, c.id, opened);
      for (const on of contacts) c = (await addContact(sql, c.id, { contactOn: on, channel: "phone", reached: true, note: "" }, officer)).case;
      c = await updateCase(sql, c.id, c.version, { officer_id: officer, next_step: due ? "Vervolggesprek" : null, next_step_due: due }, coordinator);
      cases[name] = c;
    };
    await make("fresh", "2024-06-01", anna, "2024-06-20", []);
    await make("overdue", "2024-05-01", anna, "2024-06-14", ["2024-06-10"]);
    await make("silent", "2024-03-01", bram, null, ["2024-04-01", "2024-05-15"]);
    await make("edge", "2024-03-01", bram, "2024-06-15", ["2024-05-16"]);
    await make("never", "2024-05-15", null, null, []);
    await make("closed", "2023-01-01", anna, "2023-02-01", []);
    cases.closed = await closeCase(sql, cases.closed!.id, cases.closed!.version, { reason: "working" }, anna);
    await make("elsewhere", "2024-01-01", null, "2024-01-02", [], "13");
  });
  afterAll(async () => {
    await sql?.close();
    await targets.cleanup();
  });

  const ids = (rows: { id: number }[]) => rows.map((r) => r.id).sort((a, b) => a - b);
  const idsOf = (...names: string[]) => names.map((n) => cases[n]!.id).sort((a, b) => a - b);

  it("lists the open cases of the regions asked for, with names, officer and last contact", async () => {
    const { rows, total } = await listCases(sql, { regions: ["21"], today });
    expect(total).toBe(5);
    expect(ids(rows)).toEqual(idsOf("fresh", "overdue", "silent", "edge", "never"));
    const silent = rows.find((r) => r.id === cases.silent!.id)!;
    expect(silent).toMatchObject({ family_name: "silent", given_names: "Alex", officer_name: "Bram", last_contact_on: "2024-05-15", contact_count: 2 });
    expect(silent).not.toHaveProperty("person_key");
    // Ordered by next step due, cases without one last.
    expect(rows.slice(0, 3).map((r) => r.next_step_due)).toEqual(["2024-06-14", "2024-06-15", "2024-06-20"]);
    expect((await listCases(sql, { regions: [], today })).total).toBe(0);
  });

  it("filters by status, officer, unassigned, overdue next step and no contact", async () => {
    expect(ids((await listCases(sql, { regions: ["21"], status: "closed", today })).rows)).toEqual(idsOf("closed"));
    expect((await listCases(sql, { regions: ["21"], status: "all", today })).total).toBe(6);
    expect(ids((await listCases(sql, { regions: ["21"], status: "contacting", today })).rows)).toEqual(idsOf("overdue", "silent", "edge"));
    expect(ids((await listCases(sql, { regions: ["21"], officerId: anna, today })).rows)).toEqual(idsOf("fresh", "overdue"));
    expect(ids((await listCases(sql, { regions: ["21"], officerId: null, today })).rows)).toEqual(idsOf("never"));
    expect(ids((await listCases(sql, { regions: ["21"], overdue: true, today })).rows)).toEqual(idsOf("overdue"));
    expect(ids((await listCases(sql, { regions: ["21"], withoutContact: true, today })).rows)).toEqual(idsOf("silent", "never"));
    expect(ids((await listCases(sql, { regions: ["21", "13"], overdue: true, today })).rows)).toEqual(idsOf("overdue", "elsewhere"));
  });

  it("pages through the list", async () => {
    const first = await listCases(sql, { regions: ["21"], today, limit: 2, offset: 0 });
    const second = await listCases(sql, { regions: ["21"], today, limit: 2, offset: 2 });
    const third = await listCases(sql, { regions: ["21"], today, limit: 2, offset: 4 });
    expect(first.total).toBe(5);
    expect([...ids(first.rows), ...ids(second.rows), ...ids(third.rows)].sort((a, b) => a - b)).toEqual(idsOf("fresh", "overdue", "silent", "edge", "never"));
    expect(third.rows).toHaveLength(1);
  });

  it("reads one case with its contacts, history and the person's absence reports in the region", async () => {
    const c = cases.silent!;
    await recordAbsenceReport(sql, { personRef: c.person_ref, institution: "27GZ", region: "21", reportedOn: "2024-02-01", kind: "statutory", hours: 12, caseId: c.id, createdBy: bram });
    await recordAbsenceReport(sql, { personRef: c.person_ref, institution: "27GZ", region: "21", reportedOn: "2024-01-01", kind: "non_statutory", hours: 3.5, createdBy: bram });
    const detail = (await getCaseDetail(sql, c.id))!;
    expect(detail.case).toMatchObject({ id: c.id, family_name: "silent", officer_name: "Bram" });
    expect(detail.contacts.map((k) => k.contact_on)).toEqual(["2024-05-15", "2024-04-01"]);
    expect(detail.events.map((e) => e.kind)).toEqual(["opened", "contact_added", "status_changed", "contact_added", "assigned", "absence_linked"]);
    expect(detail.events[0]!.actor_name).toBe("Carla");
    expect(detail.absence_reports.map((r) => [r.reported_on, r.hours, r.case_id])).toEqual([
      ["2024-02-01", 12, c.id],
      ["2024-01-01", 3.5, null],
    ]);
    expect(JSON.stringify(detail)).not.toMatch(/person_key|2000000/);
    expect(await getCaseDetail(sql, 123_456_789)).toBeNull();
  });

  it("counts the coordinator's workload per officer, with the unassigned cases apart", async () => {
    const w = await workloadOf(sql, "21", today);
    expect(w.no_contact_days).toBe(30);
    const byName = Object.fromEntries(w.officers.map((o) => [o.display_name, o]));
    expect(Object.keys(byName)).toEqual(["Anna", "Bram", "Carla"]);
    expect(byName.Anna).toMatchObject({ officer_id: anna, open_cases: 2, overdue_next_steps: 1, without_contact: 0, active_in_region: true });
    expect(byName.Bram).toMatchObject({ open_cases: 2, overdue_next_steps: 0, without_contact: 1 });
    expect(byName.Carla).toMatchObject({ open_cases: 0, overdue_next_steps: 0, without_contact: 0, role: "regional_coordinator" });
    expect(w.unassigned).toEqual({ open_cases: 1, overdue_next_steps: 0, without_contact: 1 });
    expect(w.total).toEqual({ open_cases: 5, overdue_next_steps: 1, without_contact: 2 });
  });

  it("moves with the day it is given, and keeps an officer who left the region while holding cases", async () => {
    // A day later the edge case's contact is 31 days back and its next step overdue.
    const w = await workloadOf(sql, "21", "2024-06-16");
    expect(w.officers.find((o) => o.officer_id === bram)).toMatchObject({ overdue_next_steps: 1, without_contact: 2 });
    await sql.query("DELETE FROM account_scopes WHERE account_id = $1", [bram]);
    const after = await workloadOf(sql, "21", today);
    expect(after.officers.find((o) => o.officer_id === bram)).toMatchObject({ active_in_region: false, open_cases: 2 });
  });
});
