import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openOperationalStore, type OperationalStore } from "../../src/store/index.js";
import { CaseAlreadyOpen, CaseError, VersionConflict } from "../../src/store/case-errors.js";
import { closeCase, openCase, recordOutcome, updateCase } from "../../src/store/cases.js";
import { addContact, listContacts } from "../../src/store/case-contacts.js";
import { Targets, storeKinds } from "./store-targets.js";
import { addAccount, eventKinds, listedPerson } from "./case-seed.js";
import { refusal } from "../support/refusal.js";

const kinds = await storeKinds();

describe.each(kinds)("cases on %s", (kind) => {
  const targets = new Targets(kind);
  let sql: OperationalStore;
  let officer: number;
  let colleague: number;
  let otherRegionOfficer: number;

  beforeAll(async () => {
    sql = await openOperationalStore(await targets.fresh());
    officer = await addAccount(sql, { role: "regional_officer", regions: ["21"], name: "Anna" });
    colleague = await addAccount(sql, { role: "regional_coordinator", regions: ["21", "13"], name: "Bram" });
    otherRegionOfficer = await addAccount(sql, { role: "regional_officer", regions: ["13"] });
  });
  afterAll(async () => {
    await sql?.close();
    await targets.cleanup();
  });

  describe("opening", () => {
    it("opens a case with status new at version 1 for a person on the region's signal list, with an `opened` event", async () => {
      const p = await listedPerson(sql, { region: "21", teljaar: "2023-2024" });
      const c = await openCase(sql, { personRef: p.ref, region: "21", actorId: officer });
      expect(c).toMatchObject({ person_ref: p.ref, region: "21", status: "new", version: 1, officer_id: null, teljaar: "2023-2024", closed_at: null });
      expect(c).not.toHaveProperty("person_key");
      expect(await eventKinds(sql, c.id)).toEqual(["opened"]);
      const [stored] = await sql.query<{ person_key: string }>("SELECT person_key FROM cases WHERE id = $1", [c.id]);
      expect(stored!.person_key).toBe(p.key);
    });

    it("refuses a person who is not on a signal list of that region", async () => {
      const p = await listedPerson(sql, { region: "21" });
      const e = await refusal(openCase(sql, { personRef: p.ref, region: "13", actorId: otherRegionOfficer }));
      expect(e).toBeInstanceOf(CaseError);
      expect((e as CaseError).code).toBe("PERSON_NOT_LISTED");
      expect(await sql.query("SELECT id FROM cases WHERE person_ref = $1", [p.ref])).toEqual([]);
    });

    it("answers a second open case for the same person and region with the existing case's id, and allows one again after closing", async () => {
      const p = await listedPerson(sql, { region: "21" });
      const first = await openCase(sql, { personRef: p.ref, region: "21", actorId: officer });
      const e = await refusal(openCase(sql, { personRef: p.ref, region: "21", actorId: colleague }));
      expect(e).toBeInstanceOf(CaseAlreadyOpen);
      expect((e as CaseAlreadyOpen).existingCaseId).toBe(first.id);
      await closeCase(sql, first.id, 1, { reason: "working" }, officer);
      const second = await openCase(sql, { personRef: p.ref, region: "21", actorId: officer });
      expect(second.id).not.toBe(first.id);
    });

    it("opens exactly one case when two officers open one for the same person at the same time", async () => {
      const p = await listedPerson(sql, { region: "21" });
      const results = await Promise.allSettled([
        openCase(sql, { personRef: p.ref, region: "21", actorId: officer }),
        openCase(sql, { personRef: p.ref, region: "21", actorId: colleague }),
      ]);
      const opened = results.filter((r) => r.status === "fulfilled");
      const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(opened).toHaveLength(1);
      expect(refused).toHaveLength(1);
      expect(refused[0]!.reason).toBeInstanceOf(CaseAlreadyOpen);
      expect(await sql.query("SELECT id FROM cases WHERE person_ref = $1", [p.ref])).toHaveLength(1);
    });
  });

  describe("changing under optimistic concurrency", () => {
    it("changes status, officer and next step in one new version, with one event per change holding from and to", async () => {
      const p = await listedPerson(sql, { region: "21" });
      const c = await openCase(sql, { personRef: p.ref, region: "21", actorId: officer });
      const after = await updateCase(sql, c.id, 1, { status: "guidance", officer_id: officer, next_step: "Intake bij ROC", next_step_due: "2024-03-01" }, colleague);
      expect(after).toMatchObject({ version: 2, status: "guidance", officer_id: officer, next_step: "Intake bij ROC", next_step_due: "2024-03-01" });
      expect(after.updated_at.getTime()).toBeGreaterThanOrEqual(c.updated_at.getTime());
      const events = await sql.query<{ kind: string; details: unknown; actor_id: number }>(
        "SELECT kind, details, actor_id FROM case_events WHERE case_id = $1 AND kind <> 'opened' ORDER BY id",
        [c.id],
      );
      expect(events).toEqual([
        { kind: "status_changed", details: { from: "new", to: "guidance" }, actor_id: colleague },
        { kind: "assigned", details: { from: null, to: officer }, actor_id: colleague },
        {
          kind: "next_step_set",
          details: { from: { next_step: null, next_step_due: null }, to: { next_step: "Intake bij ROC", next_step_due: "2024-03-01" } },
          actor_id: colleague,
        },
      ]);
    });

    it("refuses a change from a stale version with the current case, and changes nothing", async () => {
      const p = await listedPerson(sql, { region: "21" });
      const c = await openCase(sql, { personRef: p.ref, region: "21", actorId: officer });
      await updateCase(sql, c.id, 1, { next_step: "Bellen" }, officer);
      const e = await refusal(updateCase(sql, c.id, 1, { status: "working", officer_id: officer }, colleague));
      expect(e).toBeInstanceOf(VersionConflict);
      const conflict = e as VersionConflict;
      expect(conflict.currentVersion).toBe(2);
      expect(conflict.current).toMatchObject({ id: c.id, version: 2, next_step: "Bellen", status: "new" });
      const [now] = await sql.query<{ status: string; officer_id: number | null; version: number }>("SELECT status, officer_id, version FROM cases WHERE id = $1", [c.id]);
      expect(now).toEqual({ status: "new", officer_id: null, version: 2 });
      expect(await eventKinds(sql, c.id)).toEqual(["opened", "next_step_set"]);
    });

    it("lets exactly one of two changes from the same version win; the other re-reads, re-applies and both changes survive", async () => {
      const p = await listedPerson(sql, { region: "21" });
      const c = await openCase(sql, { personRef: p.ref, region: "21", actorId: officer });
      const results = await Promise.allSettled([
        updateCase(sql, c.id, 1, { status: "guidance" }, officer),
        updateCase(sql, c.id, 1, { next_step: "Huisbezoek", next_step_due: "2024-05-01" }, colleague),
      ]);
      const won = results.filter((r) => r.status === "fulfilled");
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]!.reason).toBeInstanceOf(VersionConflict);
      const current = (lost[0]!.reason as VersionConflict).current;
      expect(current.version).toBe(2);
      const loserChange = results[0]!.status === "rejected" ? { status: "guidance" as const } : { next_step: "Huisbezoek", next_step_due: "2024-05-01" };
      const final = await updateCase(sql, c.id, current.version, loserChange, officer);
      expect(final).toMatchObject({ version: 3, status: "guidance", next_step: "Huisbezoek", next_step_due: "2024-05-01" });
    });

    it("returns the case unchanged, at the same version, when nothing differs", async () => {
      const p = await listedPerson(sql, { region: "21" });
      const c = await openCase(sql, { personRef: p.ref, region: "21", actorId: officer });
      const same = await updateCase(sql, c.id, 1, { status: "new", next_step: null }, officer);
      expect(same.version).toBe(1);
      expect(await eventKinds(sql, c.id)).toEqual(["opened"]);
    });

    it("refuses setting `closed` as a status, and an officer who is not an active officer of the case's region", async () => {
      const p = await listedPerson(sql, { region: "21" });
      const c = await openCase(sql, { personRef: p.ref, region: "21", actorId: officer });
      const school = await addAccount(sql, { role: "school_user", institutions: ["27GZ"] });
      const disabled = await addAccount(sql, { role: "regional_officer", regions: ["21"], disabled: true });
      expect(((await refusal(updateCase(sql, c.id, 1, { status: "closed" }, officer))) as CaseError).code).toBe("STATUS_CHANGE_REFUSED");
      for (const id of [otherRegionOfficer, school, disabled, 999_999]) {
        expect(((await refusal(updateCase(sql, c.id, 1, { officer_id: id }, officer))) as CaseError).code).toBe("OFFICER_NOT_IN_REGION");
      }
      const assigned = await updateCase(sql, c.id, 1, { officer_id: colleague }, officer);
      const unassigned = await updateCase(sql, c.id, assigned.version, { officer_id: null }, officer);
      expect(unassigned).toMatchObject({ officer_id: null, version: 3 });
    });

    it("answers CASE_NOT_FOUND for an unknown case", async () => {
      expect(((await refusal(updateCase(sql, 987_654, 1, { status: "guidance" }, officer))) as CaseError).code).toBe("CASE_NOT_FOUND");
    });
  });

  describe("contact moments", () => {
    it("moves a new case to contacting with its first contact (a new version); later contacts leave the version alone", async () => {
      const p = await listedPerson(sql, { region: "21" });
      const c = await openCase(sql, { personRef: p.ref, region: "21", actorId: officer });
      const first = await addContact(sql, c.id, { contactOn: "2024-02-01", channel: "phone", reached: false, note: "Voicemail ingesproken" }, officer);
      expect(first.case).toMatchObject({ status: "contacting", version: 2 });
      expect(first.contact).toMatchObject({ case_id: c.id, contact_on: "2024-02-01", channel: "phone", reached: false, note: "Voicemail ingesproken", officer_id: officer, officer_name: "Anna" });
      const second = await addContact(sql, c.id, { contactOn: "2024-02-03", channel: "home_visit", reached: true, note: "Gesprek thuis" }, colleague);
      expect(second.case).toMatchObject({ status: "contacting", version: 2 });
      expect((await listContacts(sql, c.id)).map((k) => k.contact_on)).toEqual(["2024-02-03", "2024-02-01"]);
      expect(await eventKinds(sql, c.id)).toEqual(["opened", "contact_added", "status_changed", "contact_added"]);
    });

    it("adds contacts without a version while someone else changes the case", async () => {
      const p = await listedPerson(sql, { region: "21" });
      const c = await openCase(sql, { personRef: p.ref, region: "21", actorId: officer });
      const moved = await updateCase(sql, c.id, 1, { status: "guidance" }, officer);
      const [a, b] = await Promise.all([
        addContact(sql, c.id, { contactOn: "2024-03-01", channel: "email", reached: true, note: "a" }, officer),
        addContact(sql, c.id, { contactOn: "2024-03-01", channel: "message", reached: true, note: "b" }, colleague),
      ]);
      expect(a.case.version).toBe(moved.version);
      expect(b.case.status).toBe("guidance");
      expect(await listContacts(sql, c.id)).toHaveLength(2);
    });
  });

  describe("closing and the outcome one year later", () => {
    it("closes with a reason at the read version; the closed case then refuses changes and contacts", async () => {
      const p = await listedPerson(sql, { region: "21" });
      const c = await openCase(sql, { personRef: p.ref, region: "21", actorId: officer });
      expect(((await refusal(closeCase(sql, c.id, 1, { reason: "handed_over" }, officer))) as CaseError).code).toBe("CLOSE_REFUSED");
      expect(await refusal(closeCase(sql, c.id, 7, { reason: "working" }, officer))).toBeInstanceOf(VersionConflict);
      const closed = await closeCase(sql, c.id, 1, { reason: "back_in_education", note: "Ingeschreven bij ROC" }, officer);
      expect(closed).toMatchObject({ status: "closed", closed_reason: "back_in_education", version: 2 });
      expect(closed.closed_at).toBeInstanceOf(Date);
      const [event] = await sql.query<{ details: unknown }>("SELECT details FROM case_events WHERE case_id = $1 AND kind = 'closed'", [c.id]);
      expect(event!.details).toEqual({ from: "new", reason: "back_in_education", note: "Ingeschreven bij ROC" });
      expect(((await refusal(updateCase(sql, c.id, 2, { next_step: "x" }, officer))) as CaseError).code).toBe("CASE_CLOSED");
      expect(((await refusal(closeCase(sql, c.id, 2, { reason: "other" }, officer))) as CaseError).code).toBe("CASE_CLOSED");
      expect(((await refusal(addContact(sql, c.id, { contactOn: "2024-01-01", channel: "phone", reached: true, note: "" }, officer))) as CaseError).code).toBe(
        "CASE_CLOSED",
      );
    });

    it("records the outcome on a closed case at the read version, and again as a correction", async () => {
      const p = await listedPerson(sql, { region: "21" });
      const c = await openCase(sql, { personRef: p.ref, region: "21", actorId: officer });
      const closed = await closeCase(sql, c.id, 1, { reason: "working" }, officer);
      expect(await refusal(recordOutcome(sql, c.id, 1, "working", officer))).toBeInstanceOf(VersionConflict);
      const first = await recordOutcome(sql, c.id, closed.version, "working", officer);
      expect(first).toMatchObject({ outcome_one_year: "working", version: 3, status: "closed" });
      expect(first.outcome_recorded_at).toBeInstanceOf(Date);
      const corrected = await recordOutcome(sql, c.id, 3, "working_learning", colleague);
      expect(corrected.outcome_one_year).toBe("working_learning");
      const details = (await sql.query<{ details: unknown }>("SELECT details FROM case_events WHERE case_id = $1 AND kind = 'outcome_recorded' ORDER BY id", [c.id])).map((r) => r.details);
      expect(details).toEqual([
        { from: null, to: "working" },
        { from: "working", to: "working_learning" },
      ]);
    });

    it("records the outcome on an open case too", async () => {
      const p = await listedPerson(sql, { region: "21" });
      const c = await openCase(sql, { personRef: p.ref, region: "21", actorId: officer });
      expect(await recordOutcome(sql, c.id, 1, "still_vsv", officer)).toMatchObject({ status: "new", outcome_one_year: "still_vsv", version: 2 });
    });
  });
});
