/**
 * The vulnerable-group and transition SQL (src/engine/steering-transitions.ts) equals the pure rules
 * (src/domain/steering/transitions.ts) person by person: on the hand-built people and on random registers.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { DuckDBConnection } from "@duckdb/node-api";
import { parseTeljaar } from "../../src/domain/teljaar.js";
import type { PersonFacts } from "../../src/domain/register.js";
import { vmboMboStatusOf, vsoMboStatusOf, vulnerableStatusOf } from "../../src/domain/steering/transitions.js";
import { queryRows } from "../../src/engine/database.js";
import { vmboMboPersonsSql, vsoMboPersonsSql, vulnerablePersonsSql } from "../../src/engine/steering-transitions.js";
import { aRegister } from "../support/arbitraries.js";
import { ALL_PEOPLE } from "../domain/follow-up-people.js";
import { withMemoryEngine } from "../support/memory-engine.js";

const T = parseTeljaar("2023-2024");
const RUNS = Number(process.env.VSV_PROPERTY_RUNS ?? 30);

function withEngine<R>(people: readonly PersonFacts[], work: (conn: DuckDBConnection) => Promise<R>): Promise<R> {
  return withMemoryEngine(people, { compute: { teljaren: [T], stages: ["definitive"] } }, work);
}

async function bySql(conn: DuckDBConnection, sql: string): Promise<Map<string, Record<string, unknown>>> {
  const rows = await queryRows<Record<string, unknown> & { person_id: string }>(conn, sql);
  const out = new Map(rows.map(({ person_id, ...rest }) => [person_id, rest]));
  expect(out.size, "one row per person").toBe(rows.length);
  return out;
}

async function expectSame(conn: DuckDBConnection, people: readonly PersonFacts[]) {
  const vulnerable = await bySql(conn, vulnerablePersonsSql(T));
  const vsoMbo = await bySql(conn, vsoMboPersonsSql(T));
  const vmboMbo = await bySql(conn, vmboMboPersonsSql(T));
  for (const p of people) {
    const id = p.personId;
    const v = vulnerable.get(id);
    expect(v ? { group: v.group, leaver: v.leaver, after: v.after } : null, `vulnerable ${id}`).toEqual(vulnerableStatusOf(p, T));
    const w = vsoMbo.get(id);
    expect(w ? { level: w.level, origin: w.origin, vsv: w.vsv } : null, `vso → mbo ${id}`).toEqual(vsoMboStatusOf(p, T));
    const x = vmboMbo.get(id);
    expect(x ? { vmboLevel: x.vmbo_level, outcome: x.outcome } : null, `vmbo → mbo ${id}`).toEqual(vmboMboStatusOf(p, T));
  }
}

describe("vulnerable groups and transitions in SQL equal the pure rules", () => {
  it("on the hand-built people", async () => {
    await withEngine(ALL_PEOPLE, (conn) => expectSame(conn, ALL_PEOPLE));
  });

  it("on random registers", async () => {
    await fc.assert(
      fc.asyncProperty(aRegister(20), async (people) => {
        await withEngine(people, (conn) => expectSame(conn, people));
      }),
      { numRuns: RUNS },
    );
  }, 60_000);
});
