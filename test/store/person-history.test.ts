/**
 * The listed persons' school career in the operational store (src/store/person-history.ts, migration 0009): loaded
 * with the signal lists in their transaction, read per person ordered by date, and under row-level security seen
 * exactly when a signal row or case of the person is in the reader's scope. PGlite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import type { PersonHistoryFact } from "../../src/domain/person-history.js";
import type { SignalRow } from "../../src/domain/signal-row.js";
import { type OperationalStore, openOperationalStore } from "../../src/store/index.js";
import { personHistory, replacePersonHistory } from "../../src/store/person-history.js";
import { type PseudonymKey, personRef } from "../../src/store/pseudonym.js";
import { scopedSql } from "../../src/store/scope.js";
import { replaceSignals } from "../../src/store/signals.js";
import { Targets, storeKinds } from "./store-targets.js";

const kinds = await storeKinds();
const key = randomBytes(32) as PseudonymKey;

function sig(person_key: string, region: string, institution: string): SignalRow {
  return {
    person_key, list: "possible", source: "engine", teljaar: "2024-2025", report_month: "2025-12", region, municipality_code: null, municipality_name: null,
    institution, institution_name: null, location: null, programme: null, programme_name: null, level: "MBO-2", leerweg: "BOL", birth_date: "2006-03-01",
    age: 19, family_name: "de Vries", given_names: "Jan", street: null, house_number: null, postcode: null, residence: null, phone: null, email: null,
    listed_since: "2025-02", deregistration_date: "2025-02-10", reason: "GEEN INSCHRIJVING", absence_statutory: null, absence_non_statutory: null, target_group: null,
  };
}

const NONE = { to_date: null, institution: null, institution_name: null, location: null, sector: null, level: null, leerweg: null, programme: null, programme_name: null, funded: null, hours_per_week: null, reason: null };
function fact(person_key: string, f: Partial<PersonHistoryFact> & Pick<PersonHistoryFact, "kind" | "from_date">): PersonHistoryFact {
  return { person_key, source: "engine", ...NONE, ...f };
}

const HISTORY: PersonHistoryFact[] = [
  fact("A21", { kind: "signal_month", from_date: "2025-11-01", reason: "GEEN INSCHRIJVING" }),
  fact("A21", { kind: "enrolment", from_date: "2021-08-01", to_date: "2025-02-10", institution: "90AX", institution_name: "Beroepscampus", sector: "MBO", level: "2", leerweg: "BOL", programme: "25180", funded: true }),
  fact("A21", { kind: "diploma", from_date: "2021-07-01", level: "VMBO-KB", institution: "21AA" }),
  fact("A21", { kind: "job", from_date: "2025-03-01", to_date: null, hours_per_week: 16.5 }),
  fact("A21", { kind: "signal_month", from_date: "2025-12-01", reason: "GEEN INSCHRIJVING", source: "duo", institution: "90AX" }),
  fact("B04", { kind: "enrolment", from_date: "2020-08-01", to_date: "2024-07-31", institution: "04BB", sector: "VO", level: "VMBO-GT", funded: true }),
];

describe.each(kinds)("person history on %s", (kind) => {
  const targets = new Targets(kind);
  let store: OperationalStore;

  beforeAll(async () => {
    store = await openOperationalStore(await targets.fresh());
    const loaded = await replaceSignals(store, key, [sig("A21", "21", "21AA"), sig("B04", "04", "04BB")], HISTORY);
    expect(loaded.history).toBe(HISTORY.length);
  });
  afterAll(async () => {
    await store?.close();
    await targets.cleanup();
  });

  const region21 = () => scopedSql(store, { regions: ["21"], institutions: [] });

  it("reads a person's history ordered by date, with every field typed", async () => {
    const rows = await personHistory(region21(), personRef(key, "A21"));
    expect(rows.map((r) => [r.kind, r.from_date, r.source])).toEqual([
      ["diploma", "2021-07-01", "engine"],
      ["enrolment", "2021-08-01", "engine"],
      ["job", "2025-03-01", "engine"],
      ["signal_month", "2025-11-01", "engine"],
      ["signal_month", "2025-12-01", "duo"],
    ]);
    expect(rows[1]).toEqual({ kind: "enrolment", from_date: "2021-08-01", ...NONE, to_date: "2025-02-10", institution: "90AX", institution_name: "Beroepscampus", sector: "MBO", level: "2", leerweg: "BOL", programme: "25180", funded: true, source: "engine" });
    expect(rows[2]?.hours_per_week).toBe(16.5);
    expect(JSON.stringify(rows)).not.toContain("A21");
  });

  it("shows a scoped actor no history of a person outside their scope, and a school only its own young people's", async () => {
    expect(await personHistory(region21(), personRef(key, "B04"))).toEqual([]);
    expect(await personHistory(scopedSql(store, { regions: ["04"], institutions: [] }), personRef(key, "B04"))).toHaveLength(1);
    expect(await personHistory(scopedSql(store, { regions: [], institutions: ["04BB"] }), personRef(key, "A21"))).toEqual([]);
    expect(await personHistory(scopedSql(store, { regions: [], institutions: ["21AA"] }), personRef(key, "A21"))).toHaveLength(5);
    // a scoped actor cannot write history
    await expect(region21().query("INSERT INTO person_history (person_ref, kind, source) VALUES ($1, 'job', 'engine')", [personRef(key, "A21")])).rejects.toThrow();
  });

  it("is replaced as a whole by a new load, and kept when a load passes none", async () => {
    await replaceSignals(store, key, [sig("A21", "21", "21AA"), sig("B04", "04", "04BB")]);
    expect(await personHistory(region21(), personRef(key, "A21"))).toHaveLength(5);
    await replacePersonHistory(store, key, [fact("A21", { kind: "job", from_date: "2025-06-01" })]);
    expect((await personHistory(region21(), personRef(key, "A21"))).map((r) => r.kind)).toEqual(["job"]);
    expect(await personHistory(scopedSql(store, { regions: ["04"], institutions: [] }), personRef(key, "B04"))).toEqual([]);
  });
});
