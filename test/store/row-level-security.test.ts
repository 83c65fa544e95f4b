/**
 * Row-level security (issue 12, part 1): the database, not the route, is the line a forgotten check cannot cross.
 * These tests skip the routes altogether and call the store under a scope: every person table, every scope and
 * every place are enumerated, and what a scoped statement sees or may change must be exactly what the domain rule
 * `mayTouch` allows — also when the caller passes a wider filter than its scope (the route check "forgotten").
 * Runs on PGlite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AccessScope, NO_ACCESS, PERSON_DATA_KINDS, type PersonDataKind, mayTouch } from "../../src/domain/casework/access.js";
import { absenceCounts, listAbsenceReports, readAbsenceReport, recordAbsenceReport } from "../../src/store/absence-reports.js";
import { addContact } from "../../src/store/case-contacts.js";
import { handoverCase } from "../../src/store/case-handover.js";
import { getCaseDetail, listCases } from "../../src/store/case-queries.js";
import { readCase } from "../../src/store/case-record.js";
import { openCase } from "../../src/store/cases.js";
import { type OperationalStore, openOperationalStore } from "../../src/store/index.js";
import { scopedSql, systemSql } from "../../src/store/scope.js";
import { signalRowKind } from "../../src/domain/casework/access.js";
import { listSignals, signalsOfPerson } from "../../src/store/signals.js";
import type { Sql } from "../../src/store/sql.js";
import { workloadOf } from "../../src/store/workload.js";
import { listPerson, newPerson } from "./case-seed.js";
import { Targets, storeKinds } from "./store-targets.js";

const kinds = await storeKinds();

const SCHOOL: Record<string, string> = { "21": "21AA", "04": "04BB" };
const SCOPES: readonly (readonly [string, AccessScope])[] = [
  ["nothing", NO_ACCESS],
  ["region 21", { regions: ["21"], institutions: [] }],
  ["region 04", { regions: ["04"], institutions: [] }],
  ["regions 21 and 04", { regions: ["21", "04"], institutions: [] }],
  ["school 21AA", { regions: [], institutions: ["21AA"] }],
  ["school 04BB", { regions: [], institutions: ["04BB"] }],
];
/** Places a row can have: each school in its own region, a school in the other region (a person who moved), no school. */
const PLACES: readonly { region: string; institution: string | null }[] = [
  { region: "21", institution: "21AA" },
  { region: "21", institution: "04BB" },
  { region: "04", institution: "04BB" },
  { region: "04", institution: "21AA" },
  { region: "21", institution: null },
  { region: "04", institution: null },
];

const TABLES: readonly { table: string; kind: PersonDataKind; place: string }[] = [
  { table: "signals", kind: "signal", place: "t.region, t.institution" },
  { table: "absence_reports", kind: "absence_report", place: "t.region, t.institution" },
  { table: "cases", kind: "case", place: "t.region, NULL::text AS institution" },
  { table: "case_contacts", kind: "case", place: "c.region, NULL::text AS institution" },
  { table: "case_events", kind: "case", place: "c.region, NULL::text AS institution" },
];

function fromOf(t: (typeof TABLES)[number]): string {
  return t.table.startsWith("case_") ? `${t.table} t JOIN cases c ON c.id = t.case_id` : `${t.table} t`;
}

/** Rolls back whatever `work` did, returning its result. */
async function rolledBack<T>(sql: Sql, work: (tx: Sql) => Promise<T>): Promise<T> {
  let result: T | undefined;
  await sql
    .transaction(async (tx) => {
      result = await work(tx);
      throw new RollBack();
    })
    .catch((e) => {
      if (!(e instanceof RollBack)) throw e;
    });
  return result as T;
}
class RollBack extends Error {}

describe.each(kinds)("row-level security on %s", (kind) => {
  const targets = new Targets(kind);
  let store: OperationalStore;
  const people: { key: string; ref: ReturnType<typeof newPerson>["ref"]; region: string; institution: string | null; caseId: number }[] = [];

  beforeAll(async () => {
    store = await openOperationalStore(await targets.fresh());
    // Seeded as the system: one person per place, each with a case, a contact, history and an absence report.
    const system = systemSql(store);
    for (const place of PLACES) {
      const person = newPerson();
      await listPerson(system, person, { region: place.region, institution: place.institution ?? "27GZ", familyName: `Naam${people.length}` });
      if (place.institution === null) await system.query("UPDATE signals SET institution = NULL WHERE person_ref = $1", [person.ref]);
      const c = await openCase(system, { personRef: person.ref, region: place.region, actorId: null });
      await addContact(system, c.id, { contactOn: "2026-11-01", channel: "phone", reached: true, note: "Gebeld" }, null);
      if (place.institution !== null) {
        await recordAbsenceReport(system, { personRef: person.ref, institution: place.institution, region: place.region, reportedOn: "2026-10-01", kind: "statutory", hours: 8, createdBy: null });
      }
      people.push({ ...person, ...place, caseId: c.id });
    }
  }, 120_000);

  afterAll(async () => {
    await store?.close();
    await targets.cleanup();
  });

  it("agrees with the domain rule: vsv_may_touch equals mayTouch for every scope, kind and place", async () => {
    let compared = 0;
    for (const [, scope] of SCOPES) {
      const rows = await scopedSql(store, scope).query<{ kind: PersonDataKind; region: string; institution: string | null; allowed: boolean }>(
        `SELECT k AS kind, p.region, p.institution,
                vsv_may_touch(k, p.region, p.institution, vsv_scope_regions(), vsv_scope_institutions(), vsv_scope_is_system()) AS allowed
         FROM unnest($1::text[]) AS k, jsonb_to_recordset($2::jsonb) AS p(region text, institution text)`,
        [[...PERSON_DATA_KINDS], JSON.stringify(PLACES)],
      );
      expect(rows).toHaveLength(PERSON_DATA_KINDS.length * PLACES.length);
      for (const r of rows) {
        expect(r.allowed, `${JSON.stringify(scope)} ${r.kind} ${r.region}/${r.institution}`).toBe(mayTouch(scope, r.kind, r));
        compared += 1;
      }
    }
    expect(compared).toBe(SCOPES.length * PERSON_DATA_KINDS.length * PLACES.length);
  });

  it("shows a scoped statement exactly the rows of every person table that the rule allows, and nothing without a scope", async () => {
    for (const t of TABLES) {
      const all = await systemSql(store).query<{ id: number; region: string; institution: string | null }>(`SELECT t.id, ${t.place} FROM ${fromOf(t)} ORDER BY t.id`);
      expect(all.length, t.table).toBeGreaterThan(0);
      for (const [name, scope] of SCOPES) {
        const seen = await scopedSql(store, scope).query<{ id: number }>(`SELECT id FROM ${t.table} ORDER BY id`);
        const expected = all.filter((r) => mayTouch(scope, t.kind, r)).map((r) => r.id);
        expect(seen.map((r) => r.id), `${t.table} under ${name}`).toEqual(expected);
      }
      // The scoped role without any scope set: nothing.
      const bare = await store.transaction(async (tx) => {
        await tx.query("SET LOCAL ROLE vsv_scoped");
        return tx.query(`SELECT 1 FROM ${t.table}`);
      });
      expect(bare, `${t.table} without a scope`).toEqual([]);
    }
  });

  it("lets a scoped statement insert, change and delete only rows at places the rule allows", async () => {
    for (const [name, scope] of SCOPES) {
      const sql = scopedSql(store, scope);
      for (const place of PLACES) {
        const person = people[0]!;
        const insert = async (tx: Sql) =>
          tx.query(
            `INSERT INTO absence_reports (person_ref, person_key, institution, region, reported_on, kind, hours) VALUES ($1, $2, $3, $4, '2026-10-02', 'statutory', 1)`,
            [person.ref, person.key, place.institution ?? "27GZ", place.region],
          );
        const allowed = mayTouch(scope, "absence_report", { region: place.region, institution: place.institution ?? "27GZ" });
        const inserted = await rolledBack(sql, insert).then(
          () => true,
          (e: Error) => {
            expect(e.message).toMatch(/row-level security/);
            return false;
          },
        );
        expect(inserted, `insert absence report at ${place.region}/${place.institution} under ${name}`).toBe(allowed);
        const caseAllowed = mayTouch(scope, "case", place);
        const opened = await rolledBack(sql, (tx) => tx.query("INSERT INTO cases (person_ref, person_key, region) VALUES ($1, $2, $3)", [`p${"0".repeat(23)}9`, "x", place.region])).then(
          () => true,
          () => false,
        );
        expect(opened, `insert case in ${place.region} under ${name}`).toBe(caseAllowed);
      }
      for (const t of TABLES) {
        const all = await systemSql(store).query<{ id: number; region: string; institution: string | null }>(`SELECT t.id, ${t.place} FROM ${fromOf(t)}`);
        const inScope = all.filter((r) => mayTouch(scope, t.kind, r)).length;
        const column = t.table === "signals" ? "reason" : t.table === "absence_reports" ? "hours" : t.table === "cases" ? "next_step" : t.table === "case_contacts" ? "note" : "details";
        const value = column === "hours" ? "0" : column === "details" ? "'{}'::jsonb" : "'gewijzigd'";
        const updated = await rolledBack(sql, (tx) => tx.query(`UPDATE ${t.table} SET ${column} = ${value} RETURNING id`));
        expect(updated.length, `update ${t.table} under ${name}`).toBe(inScope);
        const deleted = await rolledBack(sql, (tx) => tx.query(`DELETE FROM ${t.table} RETURNING id`));
        expect(deleted.length, `delete ${t.table} under ${name}`).toBe(inScope);
      }
    }
  });

  it("keeps the target-group worklist from every school, even where the row names that school (as a case: region only)", async () => {
    const system = systemSql(store);
    const ids: { id: number; region: string; institution: string | null }[] = [];
    for (const place of PLACES) {
      const person = newPerson();
      const [row] = await system.query<{ id: number }>(
        `INSERT INTO signals (person_ref, person_key, list, source, teljaar, region, institution, target_group)
         VALUES ($1, $2, 'target_group', 'engine', '2024-2025', $3, $4, 'pro') RETURNING id`,
        [person.ref, person.key, place.region, place.institution],
      );
      ids.push({ id: row!.id, ...place });
    }
    try {
      for (const [name, scope] of SCOPES) {
        const seen = await scopedSql(store, scope).query<{ id: number }>("SELECT id FROM signals WHERE list = 'target_group' ORDER BY id");
        const expected = ids.filter((r) => mayTouch(scope, signalRowKind("target_group"), r)).map((r) => r.id);
        expect(seen.map((r) => r.id), name).toEqual(expected);
        if (scope.regions.length === 0) expect(seen, name).toEqual([]);
      }
    } finally {
      await system.query("DELETE FROM signals WHERE id = ANY($1::bigint[])", [ids.map((r) => r.id)]);
    }
  });

  describe("with the route's check bypassed (a wider filter than the scope)", () => {
    const region21 = { regions: ["21"], institutions: [] } as const;
    const wide = { regions: ["21", "04"], institutions: ["21AA", "04BB"] };
    const of04 = () => people.filter((p) => p.region === "04");

    it("reads nothing of region 04 through any store function", async () => {
      const sql = scopedSql(store, region21);
      const list = await listSignals(sql, wide, { list: "possible", pageSize: 500 });
      expect(list.items.map((i) => i.region).every((r) => r === "21")).toBe(true);
      expect(list.total).toBe(people.filter((p) => p.region === "21").length);
      for (const p of of04()) {
        expect(await signalsOfPerson(sql, p.ref)).toEqual([]);
        expect(await readCase(sql, p.caseId)).toBeNull();
        expect(await getCaseDetail(sql, p.caseId)).toBeNull();
        expect((await listCases(sql, { regions: ["04"], status: "all", personRef: p.ref, today: "2026-12-01" })).rows).toEqual([]);
        expect((await listAbsenceReports(sql, { scope: wide, personRef: p.ref })).rows).toEqual([]);
      }
      const counts = await absenceCounts(sql, { by: "region", scope: wide });
      expect(counts.map((c) => c.code)).toEqual(["21"]);
      const workload = await workloadOf(sql, "04", "2026-12-01");
      expect(workload.total.open_cases).toBe(0);
      const reports = (await systemSql(store).query<{ id: number }>("SELECT id FROM absence_reports WHERE region = '04'")).map((r) => r.id);
      for (const id of reports) expect(await readAbsenceReport(sql, id)).toBeNull();
    });

    it("changes nothing of region 04: contact, handover, absence report by naming the person's school", async () => {
      const sql = scopedSql(store, region21);
      const before = await systemSql(store).query("SELECT (SELECT count(*) FROM case_contacts) AS k, (SELECT count(*) FROM absence_reports) AS a, (SELECT count(*) FROM cases) AS c");
      for (const p of of04()) {
        await expect(addContact(sql, p.caseId, { contactOn: "2026-11-02", channel: "phone", reached: true, note: "x" }, null)).rejects.toMatchObject({ code: "CASE_NOT_FOUND" });
        await expect(handoverCase(sql, p.caseId, 1, { toRegion: "21" }, null)).rejects.toMatchObject({ code: "CASE_NOT_FOUND" });
        // The attack of issue 12: an officer of 21 names the person's own school and their own region.
        await expect(
          recordAbsenceReport(sql, { personRef: p.ref, institution: SCHOOL["04"]!, region: "21", reportedOn: "2026-11-02", kind: "statutory", hours: 2, createdBy: null }),
        ).rejects.toMatchObject({ code: "PERSON_NOT_LISTED" });
      }
      const after = await systemSql(store).query("SELECT (SELECT count(*) FROM case_contacts) AS k, (SELECT count(*) FROM absence_reports) AS a, (SELECT count(*) FROM cases) AS c");
      expect(after).toEqual(before);
    });
  });
});
