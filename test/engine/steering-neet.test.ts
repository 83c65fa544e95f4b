/** The NEET SQL (src/engine/steering-neet.ts) equals the pure rule (src/domain/steering/neet.ts) person by person. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { PersonFacts } from "../../src/domain/register.js";
import { neetStatusOf } from "../../src/domain/steering/neet.js";
import { queryRows } from "../../src/engine/database.js";
import { neetCounts, neetPersonsSql } from "../../src/engine/steering-neet.js";
import { aRegister } from "../support/arbitraries.js";
import { ALL_PEOPLE } from "../domain/follow-up-people.js";
import { withMemoryEngine } from "../support/memory-engine.js";

const RUNS = Number(process.env.VSV_PROPERTY_RUNS ?? 30);

function withRegister<R>(people: readonly PersonFacts[], work: (conn: DuckDBConnection) => Promise<R>): Promise<R> {
  return withMemoryEngine(people, { referenceOnly: true }, work);
}

async function expectSame(conn: DuckDBConnection, people: readonly PersonFacts[], year: number) {
  const rows = await queryRows<{ person_id: string; age: number; municipality_code: string; in_education: boolean; working: boolean; neet: boolean }>(conn, neetPersonsSql(year));
  const sql = new Map(rows.map((r) => [r.person_id, r]));
  expect(sql.size).toBe(rows.length);
  for (const p of people) {
    const pure = neetStatusOf(p, year);
    const r = sql.get(p.personId);
    expect(r ? { age: Number(r.age), municipalityCode: r.municipality_code, inEducation: r.in_education, working: r.working, neet: r.neet } : null, `NEET ${year} of ${p.personId}`).toEqual(pure);
  }
}

describe("NEET in SQL equals the pure rule", () => {
  it("on the hand-built people, and the counts per region add up", async () => {
    await withRegister(ALL_PEOPLE, async (conn) => {
      await expectSame(conn, ALL_PEOPLE, 2024);
      const counts = await neetCounts(conn, 2024);
      const neet = ALL_PEOPLE.filter((p) => neetStatusOf(p, 2024)?.neet).length;
      expect(counts.filter((c) => c.neet).reduce((s, c) => s + c.n, 0)).toBe(neet);
      expect(counts.every((c) => c.region !== null)).toBe(true);
    });
  });

  it("on random registers, in two years", async () => {
    await fc.assert(
      fc.asyncProperty(aRegister(20), async (people) => {
        await withRegister(people, async (conn) => {
          await expectSame(conn, people, 2023);
          await expectSame(conn, people, 2024);
        });
      }),
      { numRuns: RUNS },
    );
  }, 60_000);
});
