import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openOperationalStore, type OperationalStore } from "../../src/store/index.js";
import { CaseError, VersionConflict } from "../../src/store/case-errors.js";
import { closeCase, openCase, recordOutcome, updateCase } from "../../src/store/cases.js";
import { addContact } from "../../src/store/case-contacts.js";
import { assignHandover, handoverCase, listIncomingHandovers, listOutgoingHandovers } from "../../src/store/case-handover.js";
import { scopedSql } from "../../src/store/scope.js";
import { getCaseDetail, listCases } from "../../src/store/case-queries.js";
import { Targets, storeKinds } from "./store-targets.js";
import { addAccount, eventKinds, listPerson, listedPerson } from "./case-seed.js";
import { refusal } from "../support/refusal.js";

const kinds = await storeKinds();

describe.each(kinds)("handover to another region on %s", (kind) => {
  const targets = new Targets(kind);
  let sql: OperationalStore;
  let sender: number;
  let receiver: number;

  beforeAll(async () => {
    sql = await openOperationalStore(await targets.fresh());
    sender = await addAccount(sql, { role: "regional_officer", regions: ["21"], name: "Anna" });
    receiver = await addAccount(sql, { role: "regional_officer", regions: ["13"], name: "Karel" });
  });
  afterAll(async () => {
    await sql?.close();
    await targets.cleanup();
  });

  async function workedCase() {
    const p = await listedPerson(sql, { region: "21" });
    const c = await openCase(sql, { personRef: p.ref, region: "21", actorId: sender });
    await addContact(sql, c.id, { contactOn: "2024-01-10", channel: "phone", reached: true, note: "Verhuist naar Utrecht" }, sender);
    const moved = await updateCase(sql, c.id, 2, { status: "moved", officer_id: sender }, sender);
    return { p, c: moved };
  }

  it("closes the sending case as handed over and opens a new case in the receiving region with the contacts copied", async () => {
    const { p, c } = await workedCase();
    const result = await handoverCase(sql, c.id, c.version, { toRegion: "13", note: "Adres bekend bij gemeente" }, sender);
    expect(result.linked).toBe(false);
    expect(result.contactsCopied).toBe(1);
    expect(result.closed).toMatchObject({ id: c.id, status: "closed", closed_reason: "handed_over", handed_over_to: result.receiving.id, version: c.version + 1, region: "21" });
    expect(result.receiving).toMatchObject({ person_ref: p.ref, region: "13", status: "new", officer_id: null, handed_over_from: c.id, version: 1 });
    const [keys] = await sql.query<{ n: number }>("SELECT count(DISTINCT person_key) AS n FROM cases WHERE id = ANY($1::bigint[])", [[c.id, result.receiving.id]]);
    expect(keys!.n).toBe(1);

    const received = (await getCaseDetail(sql, result.receiving.id))!;
    expect(received.contacts).toEqual([expect.objectContaining({ contact_on: "2024-01-10", channel: "phone", note: "Verhuist naar Utrecht", officer_name: "Anna", from_region: "21" })]);
    expect(received.events.map((e) => e.kind)).toEqual(["received_from_region"]);
    expect(received.events[0]!.details).toMatchObject({ from_region: "21", from_case: c.id, linked: false, note: "Adres bekend bij gemeente" });

    const kept = (await getCaseDetail(sql, c.id))!;
    expect(kept.contacts.map((k) => k.from_region)).toEqual([null]);
    expect(kept.events.at(-1)).toMatchObject({ kind: "handed_over_to_region", details: { from: "moved", to_region: "13", to_case: result.receiving.id, linked: false } });

    // Each region lists only its own case.
    expect((await listCases(sql, { regions: ["13"], status: "all", personRef: p.ref, today: "2024-02-01" })).rows.map((r) => r.id)).toEqual([result.receiving.id]);
    expect((await listCases(sql, { regions: ["21"], status: "all", personRef: p.ref, today: "2024-02-01" })).rows.map((r) => r.id)).toEqual([c.id]);
  });

  it("links to the receiving region's open case instead, copying the contacts there", async () => {
    const { p, c } = await workedCase();
    await listPerson(sql, p, { region: "13" });
    const there = await openCase(sql, { personRef: p.ref, region: "13", actorId: receiver });
    const progressed = await updateCase(sql, there.id, 1, { status: "guidance", officer_id: receiver }, receiver);
    const result = await handoverCase(sql, c.id, c.version, { toRegion: "13" }, sender);
    expect(result.linked).toBe(true);
    expect(result.receiving).toMatchObject({ id: there.id, status: "guidance", officer_id: receiver, handed_over_from: c.id, version: progressed.version + 1 });
    expect(result.closed.handed_over_to).toBe(there.id);
    expect((await getCaseDetail(sql, there.id))!.contacts).toHaveLength(1);
    expect(await sql.query("SELECT id FROM cases WHERE person_ref = $1 AND region = '13'", [p.ref])).toHaveLength(1);
  });

  it("changes nothing when the version is stale, the case is closed, or the region is the case's own", async () => {
    const { p, c } = await workedCase();
    expect(await refusal(handoverCase(sql, c.id, c.version - 1, { toRegion: "13" }, sender))).toBeInstanceOf(VersionConflict);
    expect(((await refusal(handoverCase(sql, c.id, c.version, { toRegion: "21" }, sender))) as CaseError).code).toBe("HANDOVER_REFUSED");
    expect(await sql.query("SELECT id FROM cases WHERE person_ref = $1 AND region = '13'", [p.ref])).toEqual([]);
    expect(await eventKinds(sql, c.id)).not.toContain("handed_over_to_region");
    const closed = await closeCase(sql, c.id, c.version, { reason: "moved_abroad" }, sender);
    expect(((await refusal(handoverCase(sql, c.id, closed.version, { toRegion: "13" }, sender))) as CaseError).code).toBe("CASE_CLOSED");
  });

  it("leaves the outcome to the receiving region", async () => {
    const { c } = await workedCase();
    const result = await handoverCase(sql, c.id, c.version, { toRegion: "13" }, sender);
    expect(((await refusal(recordOutcome(sql, c.id, result.closed.version, "working", sender))) as CaseError).code).toBe("OUTCOME_REFUSED");
    expect(await recordOutcome(sql, result.receiving.id, result.receiving.version, "working", receiver)).toMatchObject({ outcome_one_year: "working" });
  });

  describe("a handover that carries everything (issue 16)", () => {
    let coordinator: number;
    beforeAll(async () => {
      coordinator = await addAccount(sql, { role: "regional_coordinator", regions: ["13"], name: "Coby" });
    });
    const region = (r: string) => scopedSql(sql, { regions: [r], institutions: [] });

    async function handedOver(next: { step?: string; due?: string } = { step: "Huisbezoek plannen", due: "2024-03-01" }) {
      const { p, c } = await workedCase();
      const result = await handoverCase(sql, c.id, c.version, { toRegion: "13", note: "Woont bij tante, bel na 16 uur", nextStep: next.step ?? null, nextStepDue: next.due ?? null }, sender);
      return { p, c, result };
    }

    it("writes a handover row with the note, next step, name and sender, and gives the receiving case the next step", async () => {
      const { p, c, result } = await handedOver();
      const [row] = await sql.query<Record<string, unknown>>("SELECT *, next_step_due::text AS due FROM handovers WHERE id = $1", [result.handoverId]);
      expect(row).toMatchObject({ person_ref: p.ref, from_case: c.id, to_case: result.receiving.id, from_region: "21", to_region: "13", family_name: "Jansen", given_names: "Sam", note: "Woont bij tante, bel na 16 uur", next_step: "Huisbezoek plannen", due: "2024-03-01", sent_by: sender, received_at: null, received_by: null });
      expect(result.receiving).toMatchObject({ next_step: "Huisbezoek plannen", next_step_due: "2024-03-01", version: 1, officer_id: null });

      // The receiving region reads its case with the name, the note, the next step, the sender and the copied history.
      const detail = (await region("13").transaction((tx) => getCaseDetail(tx, result.receiving.id)))!;
      expect(detail.case).toMatchObject({ family_name: "Jansen", given_names: "Sam", next_step: "Huisbezoek plannen", next_step_due: "2024-03-01" });
      expect(detail.handover_in).toEqual({ id: result.handoverId, from_region: "21", note: "Woont bij tante, bel na 16 uur", next_step: "Huisbezoek plannen", next_step_due: "2024-03-01", sent_by_name: "Anna", sent_at: expect.any(Date), received_at: null, received_by_name: null });
      expect(detail.contacts).toHaveLength(1);
      expect(detail.handover_out).toBeNull();
    });

    it("lists the handover in the receiving region's incoming queue, not yet received first", async () => {
      const { result } = await handedOver();
      const incoming = await listIncomingHandovers(region("13"), { regions: ["13"] });
      expect(incoming.rows[0]).toMatchObject({ id: result.handoverId, received_at: null, to_case: result.receiving.id, family_name: "Jansen" });
      expect(incoming.waiting).toBeGreaterThanOrEqual(1);
      const waiting = incoming.rows.filter((r) => r.received_at === null).length;
      expect(incoming.rows.slice(0, waiting).every((r) => r.received_at === null)).toBe(true);
      expect((await listIncomingHandovers(region("13"), { regions: ["13"], waiting: true })).total).toBe(incoming.waiting);
    });

    it("assigning sets the officer and received_at in one go; the sender then sees it received but still not the receiving case", async () => {
      const { c, result } = await handedOver();
      const assigned = await region("13").transaction((tx) => assignHandover(tx, result.handoverId, { officerId: receiver, version: result.receiving.version, regions: ["13"] }, coordinator));
      expect(assigned.case).toMatchObject({ id: result.receiving.id, officer_id: receiver, version: result.receiving.version + 1 });
      expect(assigned.handover.received_at).toBeInstanceOf(Date);
      expect(assigned.handover).toMatchObject({ received_by_name: "Coby", officer_name: "Karel" });
      expect(await eventKinds(sql, result.receiving.id)).toContain("assigned");

      const sending = (await region("21").transaction((tx) => getCaseDetail(tx, c.id)))!;
      expect(sending.handover_out).toMatchObject({ id: result.handoverId, to_region: "13", received_at: assigned.handover.received_at });
      expect(Object.keys(sending.handover_out!)).not.toEqual(expect.arrayContaining(["officer_id"]));
      expect(Object.keys(sending.handover_out!)).not.toContain("case_status");
      expect(await region("21").transaction((tx) => getCaseDetail(tx, result.receiving.id))).toBeNull();
      const outgoing = await listOutgoingHandovers(region("21"), { regions: ["21"] });
      expect(outgoing.rows.find((r) => r.id === result.handoverId)).toMatchObject({ received_at: assigned.handover.received_at });

      // Taken in once: a second assignment is refused, the officer changes on the case then.
      expect(((await refusal(assignHandover(sql, result.handoverId, { officerId: receiver, version: assigned.case.version, regions: ["13"] }, coordinator))) as CaseError).code).toBe("HANDOVER_REFUSED");
    });

    it("keeps optimistic concurrency: a stale version assigns nothing and leaves the handover waiting", async () => {
      const { result } = await handedOver({});
      const moved = await updateCase(sql, result.receiving.id, 1, { status: "contacting" }, coordinator);
      expect(await refusal(assignHandover(sql, result.handoverId, { officerId: receiver, version: 1, regions: ["13"] }, coordinator))).toBeInstanceOf(VersionConflict);
      const [row] = await sql.query<{ received_at: Date | null }>("SELECT received_at FROM handovers WHERE id = $1", [result.handoverId]);
      expect(row!.received_at).toBeNull();
      // Assigning on the case page takes the handover in as well.
      await updateCase(sql, result.receiving.id, moved.version, { officer_id: receiver }, coordinator);
      const [after] = await sql.query<{ received_at: Date | null; received_by: number | null }>("SELECT received_at, received_by FROM handovers WHERE id = $1", [result.handoverId]);
      expect(after).toMatchObject({ received_by: coordinator });
      expect(after!.received_at).not.toBeNull();
    });

    it("is refused to a coordinator of another region, and invisible to a third region", async () => {
      const { result } = await handedOver();
      expect(((await refusal(assignHandover(sql, result.handoverId, { officerId: receiver, version: 1, regions: ["21"] }, sender))) as CaseError).code).toBe("CASE_NOT_FOUND");
      expect(await region("01").query("SELECT id FROM handovers WHERE id = $1", [result.handoverId])).toEqual([]);
      expect((await listIncomingHandovers(region("01"), { regions: ["13"] })).rows).toEqual([]);
      expect(await region("21").query("SELECT id FROM handovers WHERE id = $1", [result.handoverId])).toHaveLength(1);
    });

    it("sets the next step on a linked open case, recorded as a change", async () => {
      const { p, c } = await workedCase();
      await listPerson(sql, p, { region: "13" });
      const there = await openCase(sql, { personRef: p.ref, region: "13", actorId: receiver });
      const result = await handoverCase(sql, c.id, c.version, { toRegion: "13", nextStep: "Intake", nextStepDue: "2024-04-01" }, sender);
      expect(result.receiving).toMatchObject({ id: there.id, next_step: "Intake", next_step_due: "2024-04-01" });
      expect(await eventKinds(sql, there.id)).toEqual(expect.arrayContaining(["received_from_region", "next_step_set"]));
    });
  });
});
