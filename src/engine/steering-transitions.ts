/**
 * Youth in a vulnerable position, vso → mbo and vmbo → mbo in SQL (docs/follow-up.md#vulnerable). Pure twin:
 * src/domain/steering/transitions.ts; test/engine/steering-transitions.test.ts judges the two against each other.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { cutoffDate, officialDefinition } from "../domain/definition.js";
import { type Teljaar, firstPeildatum, previousTeljaar, secondPeildatum } from "../domain/teljaar.js";
import { followUpDate } from "../domain/steering/follow-up.js";
import { queryRows, sqlString } from "./database.js";
import { activeOn, date, knownFacts, situationFlags } from "./steering-follow-up.js";

const GROUP_OF = `CASE WHEN sector = 'VSO' THEN 1 WHEN sector = 'PRO' THEN 2 WHEN sector = 'MBO' AND level = '1' THEN 3
  WHEN sector = 'MBO' AND level = '2' AND leerweg = 'BOL' THEN 4 END`;
const GROUP_NAME = `CASE g1.g WHEN 1 THEN 'vso' WHEN 2 THEN 'pro' WHEN 3 THEN 'entree' ELSE 'mbo2_bol' END`;

export function vulnerablePersonsSql(t: Teljaar): string {
  const p1 = firstPeildatum(t);
  const p2 = secondPeildatum(t);
  return `WITH ${knownFacts(cutoffDate(t, "definitive"))}, ${situationFlags("d", followUpDate(t))},
    g1 AS (SELECT person_id, min(${GROUP_OF}) AS g FROM enr WHERE funded AND ${activeOn("start_date", "end_date", p1)} GROUP BY person_id HAVING min(${GROUP_OF}) IS NOT NULL),
    g2 AS (SELECT DISTINCT person_id, ${GROUP_OF} AS g FROM enr WHERE funded AND ${activeOn("start_date", "end_date", p2)})
  SELECT g1.person_id, ${GROUP_NAME} AS "group", g2.person_id IS NULL AS leaver,
    CASE WHEN g2.person_id IS NOT NULL THEN NULL WHEN edu.person_id IS NOT NULL THEN 'education' WHEN w.person_id IS NOT NULL THEN 'work' ELSE 'neither' END AS after
  FROM g1 LEFT JOIN g2 ON g2.person_id = g1.person_id AND g2.g = g1.g
  LEFT JOIN edu_d edu ON edu.person_id = g1.person_id LEFT JOIN work_d w ON w.person_id = g1.person_id`;
}

export function vsoMboPersonsSql(t: Teljaar): string {
  const p1 = firstPeildatum(t);
  const before = (sector: string) => `EXISTS (SELECT 1 FROM enr e WHERE e.person_id = r.person_id AND e.sector = '${sector}' AND e.start_date < ${date(p1)})`;
  return `WITH ${knownFacts(cutoffDate(t, "definitive"))}
  SELECT r.person_id, CASE r.level WHEN '1' THEN 'entree' ELSE 'mbo2' END AS level,
    CASE WHEN ${before("VSO")} THEN 'vso' WHEN ${before("PRO")} THEN 'pro' ELSE 'other' END AS origin, r.vsv
  FROM results.person_results r
  WHERE r.teljaar = ${sqlString(t)} AND r.stage = 'definitive' AND r.in_sp${officialDefinition(t)} AND r.sector = 'MBO' AND r.level IN ('1', '2')`;
}

export function vmboMboPersonsSql(t: Teljaar): string {
  const from = firstPeildatum(previousTeljaar(t));
  const p1 = firstPeildatum(t);
  const p2 = secondPeildatum(t);
  const mboOn = (name: string, d: typeof p1) => `${name} AS (SELECT DISTINCT person_id FROM enr WHERE funded AND sector = 'MBO' AND ${activeOn("start_date", "end_date", d)})`;
  return `WITH ${knownFacts(cutoffDate(t, "definitive"))},
    cohort AS (SELECT person_id, min(CASE level WHEN 'VMBO-GT' THEN 0 WHEN 'VMBO-KB' THEN 1 ELSE 2 END) AS rank FROM dip
               WHERE level IN ('VMBO-GT', 'VMBO-KB', 'VMBO-BB') AND date > ${date(from)} AND date <= ${date(p1)} GROUP BY person_id),
    ${mboOn("mbo1", p1)}, ${mboOn("mbo2", p2)},
    edu1 AS (SELECT DISTINCT person_id FROM enr WHERE funded AND ${activeOn("start_date", "end_date", p1)})
  SELECT c.person_id, CASE c.rank WHEN 0 THEN 'VMBO-GT' WHEN 1 THEN 'VMBO-KB' ELSE 'VMBO-BB' END AS vmbo_level,
    CASE WHEN a.person_id IS NOT NULL THEN (CASE WHEN b.person_id IS NOT NULL THEN 'mbo_stayed' ELSE 'mbo_left_first_year' END)
         WHEN e.person_id IS NOT NULL THEN 'other_education' ELSE 'no_education' END AS outcome
  FROM cohort c LEFT JOIN mbo1 a USING (person_id) LEFT JOIN mbo2 b USING (person_id) LEFT JOIN edu1 e USING (person_id)`;
}

/** Counts of a per-person query grouped by its columns `cols`. */
export async function countsOf(conn: DuckDBConnection, personSql: string, cols: readonly string[]): Promise<{ keys: string[]; n: number }[]> {
  const list = cols.map((c) => `"${c}"`).join(", ");
  const rows = await queryRows<Record<string, unknown>>(conn, `SELECT ${list}, count(*) AS n FROM (${personSql}) GROUP BY ${list}`);
  return rows.map((r) => ({ keys: cols.map((c) => String(r[c] ?? "")), n: Number(r.n) }));
}
