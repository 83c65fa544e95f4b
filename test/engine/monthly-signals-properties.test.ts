import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DuckDBInstance } from "@duckdb/node-api";
import { aRegister, someDate } from "../support/arbitraries.js";
import { loadRegisterDirect } from "../support/register-builder.js";
import { computeResults } from "../../src/engine/compute.js";
import { queryRows } from "../../src/engine/database.js";
import { monthlySignals } from "../../src/engine/monthly-signals.js";
import { cutoffDate } from "../../src/domain/definition.js";
import type { IsoDate } from "../../src/domain/dates.js";
import { personSignals } from "../../src/domain/signalling.js";
import { parseTeljaar } from "../../src/domain/teljaar.js";

const T = parseTeljaar("2023-2024");
const RUNS = Number(process.env.VSV_PROPERTY_RUNS ?? 40);

describe("properties of the monthly signalling on random registers", () => {
  it("gives every member of the start population the lists of the pure rules, as known on any as-of date", async () => {
    await fc.assert(
      fc.asyncProperty(aRegister(), fc.option(someDate, { nil: null }), async (people, asOf) => {
        const db = await DuckDBInstance.create(":memory:");
        const conn = await db.connect();
        try {
          await loadRegisterDirect(conn, people);
          await computeResults(conn, { teljaren: [T], stages: ["definitive"] });
          const rows = await monthlySignals(conn, { teljaar: T, stage: "definitive", definition: 27, scope: { kind: "national" }, asOf });
          const members = await queryRows<{ person_id: string }>(conn, "SELECT person_id FROM results.persons WHERE in_sp27");
          const ids = new Set(members.map((m) => m.person_id));
          for (const p of people) {
            const expected = ids.has(p.personId)
              ? personSignals(p, T, asOf)
                  .filter((s) => s.listed)
                  .map((s) => ({ personId: p.personId as string, reportMonth: s.month, kind: s.kind, listedSince: s.listedSince, deregistrationDate: s.deregistrationDate }))
              : [];
            expect(rows.filter((r) => r.personId === p.personId), `${p.personId}, as of ${asOf}`).toEqual(expected);
          }
        } finally {
          conn.closeSync();
          db.closeSync();
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("lists in September t+1, on the register as known at the definitive cut-off, exactly the vsv'ers and those excluded", async () => {
    const asOf = cutoffDate(T, "definitive") as IsoDate;
    await fc.assert(
      fc.asyncProperty(aRegister(), async (people) => {
        const db = await DuckDBInstance.create(":memory:");
        const conn = await db.connect();
        try {
          await loadRegisterDirect(conn, people);
          await computeResults(conn, { teljaren: [T], stages: ["definitive"] });
          const rows = await monthlySignals(conn, { teljaar: T, stage: "definitive", definition: 27, scope: { kind: "national" }, asOf });
          const september = rows.filter((r) => r.reportMonth === "2024-09").map((r) => r.personId).sort();
          const wouldBe = await queryRows<{ person_id: string }>(conn, "SELECT person_id FROM results.persons WHERE in_sp27 AND (vsv OR exclusion IS NOT NULL) ORDER BY person_id");
          expect(september).toEqual(wouldBe.map((r) => r.person_id));
        } finally {
          conn.closeSync();
          db.closeSync();
        }
      }),
      { numRuns: RUNS },
    );
  });
});
