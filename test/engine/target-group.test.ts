/**
 * The target group in SQL (src/engine/target-group.ts) equals the pure rule (src/domain/target-group.ts) person by
 * person, on hand-built people and on random registers; the worklist rows per region; the counts; and nobody on the
 * worklist is enrolled on the reference day (docs/target-group.md).
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { IsoDate } from "../../src/domain/dates.js";
import type { PersonFacts } from "../../src/domain/register.js";
import { parseTeljaar } from "../../src/domain/teljaar.js";
import { targetGroupStatus } from "../../src/domain/target-group.js";
import { queryRows, sqlString } from "../../src/engine/database.js";
import { readSignalLists } from "../../src/engine/signal-rows.js";
import { chooseTargetGroupDay, targetGroupCounts, targetGroupPersonsSql, teljaarOfDay } from "../../src/engine/target-group.js";
import { aRegister } from "../support/arbitraries.js";
import { withMemoryEngine } from "../support/memory-engine.js";
import { enrolment, job, person, residence } from "../support/register-builder.js";

const RUNS = Number(process.env.VSV_PROPERTY_RUNS ?? 30);

/** Declares the register's last day, as register.csv's facts_until does. */
async function factsUntil(conn: DuckDBConnection, day: string) {
  await conn.run(`CREATE OR REPLACE TABLE register.coverage AS SELECT NULL::DATE AS as_of, NULL::VARCHAR AS first_teljaar, NULL::VARCHAR AS last_teljaar, DATE ${sqlString(day)} AS facts_until, NULL::DOUBLE AS synthetic_scale`);
}

/** The pure rule for every person, with the vsv'ers of the recent teljaren as the engine computed them. */
async function expectSameAsPure(conn: DuckDBConnection, people: readonly PersonFacts[]) {
  const day = (await chooseTargetGroupDay(conn))!;
  const sqlRows = await queryRows<{ person_id: string; target_group: string; left_on: string | null }>(conn, `SELECT person_id, target_group, CAST(left_on AS VARCHAR) AS left_on FROM (${targetGroupPersonsSql(day)})`);
  const bySql = new Map(sqlRows.map((r) => [r.person_id, r]));
  expect(bySql.size, "one row per person").toBe(sqlRows.length);
  const vsv = new Set(
    day.vsvTeljaren.length === 0
      ? []
      : (await queryRows<{ person_id: string }>(conn, `SELECT person_id FROM results.person_results WHERE stage = 'definitive' AND vsv AND in_sp23 AND teljaar IN (${day.vsvTeljaren.map(sqlString).join(", ")})`)).map((r) => r.person_id),
  );
  for (const p of people) {
    const pure = targetGroupStatus(p, day.referenceDay, vsv.has(p.personId));
    const s = bySql.get(p.personId);
    expect(s?.target_group ?? null, `group of ${p.personId}`).toBe(pure.group);
    if (pure.group !== null && pure.group !== "vsv") expect(s?.left_on, `left on, ${p.personId}`).toBe(pure.leftOn);
  }
  return { day, bySql };
}

const R = "2026-12-01";
const T = parseTeljaar("2024-2025");
// A vsv'er of 2024-2025 from havo (no programme group): enrolled on 1 October 2024, gone by 1 October 2025.
const PEOPLE = [
  person("VSO-A", "2006-05-01", { residences: [residence("0363", "2006-05-01")], enrolments: [enrolment({ sector: "VSO", level: "VSO", start: "2019-08-01", end: "2024-07-31", institution: "00AA" })] }),
  person("PRO-A", "2005-02-01", { residences: [residence("0363", "2005-02-01")], enrolments: [enrolment({ sector: "PRO", level: "PRO", start: "2017-08-01", end: "2022-07-31" })], jobs: [job(11.9, "2024-01-01")] }),
  person("ENT-U", "2007-09-01", { residences: [residence("0344", "2007-09-01")], enrolments: [enrolment({ level: "1", start: "2023-08-01", end: "2024-03-15", programme: "25250" })] }),
  person("MBO2-U", "2005-09-01", { residences: [residence("0344", "2005-09-01")], enrolments: [enrolment({ level: "2", leerweg: "BOL", start: "2022-08-01", end: "2025-01-31" })] }),
  person("VSV-U", "2007-03-01", { residences: [residence("0344", "2007-03-01")], enrolments: [enrolment({ sector: "VO", level: "HAVO", grade: 4, start: "2019-08-01", end: "2025-02-28" })] }),
  // Out: working 12 hours, back in mbo, 27 on the reference day, left before the window, no region.
  person("WORK", "2006-05-01", { residences: [residence("0363", "2006-05-01")], enrolments: [enrolment({ sector: "PRO", level: "PRO", start: "2018-08-01", end: "2023-07-31" })], jobs: [job(12, "2024-01-01")] }),
  person("BACK", "2006-05-01", { residences: [residence("0363", "2006-05-01")], enrolments: [enrolment({ sector: "PRO", level: "PRO", start: "2018-08-01", end: "2023-07-31" }), enrolment({ level: "2", start: "2026-08-01" })] }),
  person("OLD", "1999-12-01", { residences: [residence("0363", "1999-12-01")], enrolments: [enrolment({ sector: "VSO", level: "VSO", start: "2016-08-01", end: "2022-07-31" })] }),
  person("EARLY", "2002-05-01", { residences: [residence("0363", "2002-05-01")], enrolments: [enrolment({ sector: "VSO", level: "VSO", start: "2015-08-01", end: "2021-07-31" })] }),
  person("NOWHERE", "2006-05-01", { residences: [residence("0363", "2006-05-01", "2025-12-31")], enrolments: [enrolment({ sector: "PRO", level: "PRO", start: "2018-08-01", end: "2023-07-31" })] }),
];

describe("the target group in SQL", () => {
  it("equals the pure rule on hand-built people, and makes each region's worklist", async () => {
    await withMemoryEngine(PEOPLE, { compute: { teljaren: [T], stages: ["definitive"] } }, async (conn) => {
      await factsUntil(conn, R);
      const { day, bySql } = await expectSameAsPure(conn, PEOPLE);
      expect(day).toMatchObject({ referenceDay: R, windowStart: "2021-08-01", teljaar: "2026-2027", vsvTeljaren: [T] });
      expect(teljaarOfDay("2026-09-30" as IsoDate)).toBe("2025-2026");
      expect([...bySql.keys()].sort()).toEqual(["ENT-U", "MBO2-U", "NOWHERE", "PRO-A", "VSO-A", "VSV-U"]);

      // A register with the optional name columns filled: the worklist shows them.
      await conn.run("UPDATE register.persons SET family_name = 'de Vries', given_names = 'Anna' WHERE person_id = 'VSO-A'");
      const lists = await readSignalLists(conn);
      const rows = lists.rows.filter((r) => r.list === "target_group");
      expect(rows.find((r) => r.person_key === "VSO-A")).toMatchObject({ family_name: "de Vries", given_names: "Anna", street: null, phone: null });
      // NOWHERE has no residence on the reference day: in the counts (region unknown), on no region's list.
      expect(rows.map((r) => [r.region, r.person_key, r.target_group])).toEqual([
        ["19", "ENT-U", "entree"],
        ["19", "MBO2-U", "mbo2_bol"],
        ["19", "VSV-U", "vsv"],
        ["21", "PRO-A", "pro"],
        ["21", "VSO-A", "vso"],
      ]);
      expect(rows.find((r) => r.person_key === "VSO-A")).toMatchObject({
        source: "engine", teljaar: "2026-2027", report_month: null, municipality_code: "0363", institution: "00AA", level: "VSO",
        birth_date: "2006-05-01", age: 20, deregistration_date: "2024-07-31", listed_since: null, reason: null,
      });
      expect(rows.find((r) => r.person_key === "ENT-U")).toMatchObject({ level: "MBO-1", leerweg: "BOL", programme: "25250", deregistration_date: "2024-03-15" });
      expect(rows.find((r) => r.person_key === "VSV-U")).toMatchObject({ level: "HAVO-VWO", deregistration_date: "2025-02-28" });
      // The other lists carry no group.
      expect(lists.rows.filter((r) => r.list !== "target_group").every((r) => r.target_group === null)).toBe(true);
      expect(lists.regions.filter((r) => r.list === "target_group")).toEqual([
        { list: "target_group", region: "19", source: "engine", persons: 3 },
        { list: "target_group", region: "21", source: "engine", persons: 2 },
      ]);

      const counts = await targetGroupCounts(conn, day);
      expect(counts.map((c) => [c.region, c.group, c.n])).toEqual([
        ["19", "entree", 1], ["19", "mbo2_bol", 1], ["19", "vsv", 1], ["21", "pro", 1], ["21", "vso", 1], [null, "pro", 1],
      ]);
    });
  });

  it("without a computed definitive teljaar has no vsv group, and takes the latest fact as the reference day without register.csv", async () => {
    await withMemoryEngine(PEOPLE, { referenceOnly: true }, async (conn) => {
      const day = (await chooseTargetGroupDay(conn))!;
      expect(day.vsvTeljaren).toEqual([]);
      // The latest fact: BACK's mbo enrolment starting on 2026-08-01.
      expect(day.referenceDay).toBe("2026-08-01");
      await expectSameAsPure(conn, PEOPLE);
    });
  });

  it("equals the pure rule on random registers, and lists nobody enrolled or working 12+ hours on the reference day", async () => {
    await fc.assert(
      fc.asyncProperty(aRegister(20), fc.constantFrom("2024-09-30", "2025-06-30", "2025-10-01", "2026-03-01"), async (people, day) => {
        await withMemoryEngine(people, { compute: { teljaren: [parseTeljaar("2023-2024")], stages: ["definitive"] } }, async (conn) => {
          await factsUntil(conn, day);
          const { bySql } = await expectSameAsPure(conn, people);
          for (const p of people.filter((x) => bySql.has(x.personId))) {
            expect(p.enrolments.some((e) => e.startDate <= day && (e.endDate === null || e.endDate >= day)), `${p.personId} enrolled`).toBe(false);
            const hours = p.jobs.filter((j) => j.from <= day && (j.to === null || j.to >= day)).reduce((s, j) => s + j.hoursPerWeek, 0);
            expect(hours, `${p.personId} works`).toBeLessThan(12);
          }
        });
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
