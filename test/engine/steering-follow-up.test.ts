/**
 * The follow-up and mbo-leaver SQL (src/engine/steering-follow-up.ts) equals the pure rules
 * (src/domain/steering/follow-up.ts, follow-up-mbo.ts) person by person: on the hand-built people and on random registers.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { DuckDBConnection } from "@duckdb/node-api";
import { parseTeljaar } from "../../src/domain/teljaar.js";
import type { PersonFacts } from "../../src/domain/register.js";
import { followUpOf } from "../../src/domain/steering/follow-up.js";
import { mboLeaverOf } from "../../src/domain/steering/follow-up-mbo.js";
import { queryRows } from "../../src/engine/database.js";
import { followUpCounts, followUpPersonsSql, mboLeaversSql, mboWorkCounts } from "../../src/engine/steering-follow-up.js";
import { aRegister } from "../support/arbitraries.js";
import { ALL_PEOPLE } from "../domain/follow-up-people.js";
import { withMemoryEngine } from "../support/memory-engine.js";

const T = parseTeljaar("2023-2024");
const RUNS = Number(process.env.VSV_PROPERTY_RUNS ?? 30);

function withEngine<R>(people: readonly PersonFacts[], work: (conn: DuckDBConnection) => Promise<R>): Promise<R> {
  return withMemoryEngine(people, { compute: { teljaren: [T], stages: ["definitive"] } }, work);
}

async function expectSameFollowUp(conn: DuckDBConnection, people: readonly PersonFacts[]) {
  const rows = await queryRows<{ person_id: string; situation: string }>(conn, followUpPersonsSql(T));
  const sql = new Map(rows.map((r) => [r.person_id, r.situation]));
  expect(sql.size).toBe(rows.length);
  for (const p of people) expect(sql.get(p.personId) ?? null, `follow-up of ${p.personId}`).toBe(followUpOf(p, T));
}

async function expectSameMboLeavers(conn: DuckDBConnection, people: readonly PersonFacts[]) {
  const rows = await queryRows<{ person_id: string; programme: string | null; level: string; with_sk: boolean; working: boolean; in_education: boolean; municipality_code: string | null }>(conn, mboLeaversSql(T));
  const sql = new Map(rows.map((r) => [r.person_id, r]));
  expect(sql.size).toBe(rows.length);
  for (const p of people) {
    const pure = mboLeaverOf(p, T);
    const r = sql.get(p.personId);
    const got = r ? { withSk: r.with_sk, working: r.working, inEducation: r.in_education, programme: r.programme, level: r.level, municipality: r.municipality_code } : null;
    const want = pure ? { withSk: pure.withSk, working: pure.working, inEducation: pure.inEducation, programme: pure.enrolment.programme, level: pure.enrolment.level, municipality: pure.municipalityCode } : null;
    expect(got, `mbo leaver ${p.personId}`).toEqual(want);
  }
}

describe("follow-up in SQL equals the pure rule", () => {
  it("on the hand-built people", async () => {
    await withEngine(ALL_PEOPLE, async (conn) => {
      await expectSameFollowUp(conn, ALL_PEOPLE);
      await expectSameMboLeavers(conn, ALL_PEOPLE);
    });
  });

  it("counts per region add up to the vsv'ers, with each situation where the rule puts it", async () => {
    await withEngine(ALL_PEOPLE, async (conn) => {
      const counts = await followUpCounts(conn, T);
      const expected = new Map<string, number>();
      for (const p of ALL_PEOPLE) {
        const s = followUpOf(p, T);
        if (s) expected.set(s, (expected.get(s) ?? 0) + 1);
      }
      const got = new Map<string, number>();
      for (const c of counts) got.set(c.situation, (got.get(c.situation) ?? 0) + c.n);
      expect(got).toEqual(expected);
      // Amsterdam (0363) and Rotterdam (0599) lie in different RMC regions.
      expect(new Set(counts.map((c) => c.region)).size).toBe(2);
      const work = await mboWorkCounts(conn, T, "level");
      expect(work.find((w) => w.key === "2" && w.with_sk && w.working)?.n).toBe(1);
    });
  });

  it("on random registers", async () => {
    await fc.assert(
      fc.asyncProperty(aRegister(20), async (people) => {
        await withEngine(people, async (conn) => {
          await expectSameFollowUp(conn, people);
          await expectSameMboLeavers(conn, people);
        });
      }),
      { numRuns: RUNS },
    );
  }, 60_000);
});
