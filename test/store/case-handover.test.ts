import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openOperationalStore, type OperationalStore } from "../../src/store/index.js";
import { CaseError, VersionConflict } from "../../src/store/case-errors.js";
import { closeCase, openCase, recordOutcome, updateCase } from "../../src/store/cases.js";
import { addContact } from "../../src/store/case-contacts.js";
import { handoverCase } from "../../src/store/case-handover.js";
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
});
