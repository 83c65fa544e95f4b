/**
 * Reading the audit log (src/store/audit.ts queryAudit, queryAuditGroups; docs/audit-log.md, "Reading the log"):
 * each filter — user name or display name, person reference or its start, action, activity, Dutch period, trace
 * id, regions — and the grouped view, which counts the 50 entries of one list page as one group and pages by groups.
 * On PGlite and PostgreSQL.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "../../src/store/accounts.js";
import { queryAudit, queryAuditGroups, recordAudit, GROUP_ENTRIES_LIMIT } from "../../src/store/audit.js";
import { openOperationalStore, type OperationalStore } from "../../src/store/index.js";
import { type PersonRef, personRef } from "../../src/store/pseudonym.js";
import { TEST_KEY } from "../support/casework-app.js";
import { Targets, storeKinds } from "./store-targets.js";

const kinds = await storeKinds();
const refs: PersonRef[] = Array.from({ length: 120 }, (_, i) => personRef(TEST_KEY, String(100_000_000 + i * 7919)));

describe.each(kinds)("reading the audit log on %s", (kind) => {
  const targets = new Targets(kind);
  let store: OperationalStore;
  let anna: number;
  let bram: number;
  const listTrace = randomUUID();
  const bigTrace = randomUUID();

  beforeAll(async () => {
    store = await openOperationalStore(await targets.fresh());
    anna = await createAccount(store, { username: "anna.devries", displayName: "Anna de Vries", role: "regional_officer", regions: ["21"] });
    bram = await createAccount(store, { username: "bjansen", displayName: "Bram Jansen", role: "regional_officer", regions: ["21"] });
    const a = { id: anna, role: "regional_officer" };
    // A list page of 50: one request, one statement, 50 entries.
    await recordAudit(store, { actor: a, action: "read", activity: "signal_list", subjectKind: "signal_list", persons: refs.slice(0, 50), region: "21", traceId: listTrace });
    // The same request also read a case (another group) — and a later request by Bram changed it.
    await recordAudit(store, { actor: a, action: "read", activity: "case_work", subjectKind: "case", persons: [refs[0]!], region: "21", traceId: listTrace });
    await recordAudit(store, { actor: { id: bram, role: "regional_officer" }, action: "update", activity: "case_work", subjectKind: "case", persons: [refs[0]!], region: "21", traceId: randomUUID(), details: { changed: ["status", "next_step"] } });
    // A download of 120 (more than a group carries), another region, and an entry without a request (retention).
    await recordAudit(store, { actor: a, action: "export", activity: "signal_list", subjectKind: "signal_list", persons: refs, region: "21", traceId: bigTrace });
    await recordAudit(store, { actor: { id: 999, role: "regional_officer" }, action: "read", activity: "signal_list", persons: [refs[1]!], region: "04", traceId: randomUUID() });
    await recordAudit(store, { actor: { id: null, role: "system" }, action: "delete", activity: "retention", persons: [refs[2]!], region: "21" });
    // Around midnight in the Netherlands (CET, UTC+1): 2026-01-14 23:30 UTC is 15 January 00:30 Dutch time.
    for (const at of ["2026-01-14T22:30:00Z", "2026-01-14T23:30:00Z", "2026-07-15T21:59:00Z", "2026-07-15T22:01:00Z"]) {
      await store.query(
        "INSERT INTO audit_log (at, actor_id, actor_role, action, subject_kind, subject_pseudonym, purpose, region, trace_id) VALUES ($1, $2, 'regional_officer', 'read', 'case', $3, 'case_work: x', '41', $4)",
        [at, bram, refs[3], randomUUID()],
      );
    }
  }, 60_000);
  afterAll(async () => {
    await store?.close();
    await targets.cleanup();
  });

  it("filters by a fragment of the user name or display name, case-insensitively, or by #account number", async () => {
    for (const user of ["anna", "DE VRIES", "devries"]) {
      const r = await queryAudit(store, { regions: ["21"], user });
      expect(r.total, user).toBe(50 + 1 + 120);
      expect(r.rows.every((x) => x.actor_username === "anna.devries" && x.actor_display_name === "Anna de Vries")).toBe(true);
    }
    expect((await queryAudit(store, { regions: ["21"], user: "Bram" })).total).toBe(1);
    // LIKE's wildcards are plain characters in a name.
    expect((await queryAudit(store, { regions: ["21"], user: "%" })).total).toBe(0);
    // An account that no longer exists: its stored id, no names.
    const gone = await queryAudit(store, { regions: ["04"], user: "#999" });
    expect(gone.rows.map((x) => [x.actor_id, x.actor_username])).toEqual([[999, null]]);
  });

  it("filters by person reference, exact or by its start", async () => {
    const exact = await queryAudit(store, { regions: ["21"], person: refs[0]! });
    expect(exact.total).toBe(4); // list page, case read, case change, download
    const prefix = refs[0]!.slice(0, 6);
    const started = await queryAudit(store, { regions: ["21"], person: prefix, limit: 1000 });
    const expected = refs.filter((r) => r.startsWith(prefix));
    expect(new Set(started.rows.map((x) => x.subject_pseudonym))).toEqual(new Set(expected));
    expect((await queryAudit(store, { regions: ["21"], person: "p" })).total).toBe(50 + 1 + 1 + 120 + 1);
  });

  it("filters by action, activity, trace id and region", async () => {
    expect((await queryAudit(store, { regions: ["21"], action: "export" })).total).toBe(120);
    expect((await queryAudit(store, { regions: ["21"], activity: "case_work" })).total).toBe(2);
    expect((await queryAudit(store, { regions: ["21"], activity: "retention" })).rows.map((r) => r.actor_role)).toEqual(["system"]);
    expect((await queryAudit(store, { regions: ["21"], traceId: listTrace })).total).toBe(51);
    expect((await queryAudit(store, { regions: ["04"] })).total).toBe(1);
  });

  it("reads a period as Dutch dates: a day runs from midnight to midnight in Europe/Amsterdam (CET and CEST)", async () => {
    const day = async (from: string, to: string) => (await queryAudit(store, { regions: ["41"], from, to })).rows.map((r) => r.at.toISOString()).sort();
    expect(await day("2026-01-15", "2026-01-15")).toEqual(["2026-01-14T23:30:00.000Z"]);
    expect(await day("2026-01-14", "2026-01-14")).toEqual(["2026-01-14T22:30:00.000Z"]);
    // Summer time (UTC+2): 21:59 UTC is 23:59 on the 15th, 22:01 UTC is 00:01 on the 16th.
    expect(await day("2026-07-15", "2026-07-15")).toEqual(["2026-07-15T21:59:00.000Z"]);
    expect(await day("2026-07-16", "2026-07-31")).toEqual(["2026-07-15T22:01:00.000Z"]);
    expect(await day("2026-01-14", "2026-07-16")).toHaveLength(4);
  });

  it("groups the 50 entries of one list page into one group, with its count, persons, times and entries", async () => {
    const r = await queryAuditGroups(store, { regions: ["21"], traceId: listTrace });
    expect(r.total).toBe(2);
    const list = r.groups.find((g) => g.subject_kind === "signal_list")!;
    expect(list).toMatchObject({ trace_id: listTrace, actor_id: anna, actor_username: "anna.devries", actor_display_name: "Anna de Vries", action: "read", count: 50, persons: 50, regions: ["21"] });
    expect(list.purpose).toMatch(/^signal_list: /);
    expect(new Set(list.entries.map((e) => e.subject_pseudonym))).toEqual(new Set(refs.slice(0, 50)));
    expect(list.first_at.getTime()).toBeLessThanOrEqual(list.last_at.getTime());
    const read = r.groups.find((g) => g.subject_kind === "case")!;
    expect(read.count).toBe(1);
  });

  it("carries at most GROUP_ENTRIES_LIMIT entries of a group, and counts them all", async () => {
    const r = await queryAuditGroups(store, { regions: ["21"], traceId: bigTrace });
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0]!.count).toBe(120);
    expect(r.groups[0]!.entries).toHaveLength(GROUP_ENTRIES_LIMIT);
  });

  it("pages by groups, newest first; the filters apply to the entries in a group", async () => {
    // Region 21: list page, case read, case change, download, retention = 5 groups (171 + 1 + 1 entries).
    const all = await queryAuditGroups(store, { regions: ["21"], limit: 100 });
    expect(all.total).toBe(5);
    expect(all.groups.map((g) => g.action)).toEqual(["delete", "export", "update", "read", "read"]);
    expect(all.groups[0]).toMatchObject({ trace_id: null, actor_id: null, actor_role: "system", count: 1 });
    const pages = [];
    for (let offset = 0; offset < 5; offset += 2) pages.push(await queryAuditGroups(store, { regions: ["21"], limit: 2, offset }));
    expect(pages.map((p) => p.groups.length)).toEqual([2, 2, 1]);
    expect(pages.every((p) => p.total === 5)).toBe(true);
    expect(pages.flatMap((p) => p.groups.map((g) => `${g.trace_id}/${g.action}/${g.subject_kind}`))).toEqual(all.groups.map((g) => `${g.trace_id}/${g.action}/${g.subject_kind}`));
    const past = await queryAuditGroups(store, { regions: ["21"], limit: 2, offset: 10 });
    expect(past).toEqual({ groups: [], total: 5 });
    // Filtered to one person, the list page is a group of one entry.
    const one = await queryAuditGroups(store, { regions: ["21"], person: refs[5]! });
    expect(one.groups.map((g) => [g.action, g.count])).toEqual([["export", 1], ["read", 1]]);
  });
});
