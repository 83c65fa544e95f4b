/**
 * Follow-up one year later and mbo leavers' work, in SQL (docs/follow-up.md). The pure rules are
 * src/domain/steering/follow-up.ts and follow-up-mbo.ts; test/engine/steering-follow-up.test.ts judges the two
 * against each other person by person. Every query returns per-person rows; counts are GROUP BYs over them.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { IsoDate } from "../domain/dates.js";
import { addDays } from "../domain/dates.js";
import { cutoffDate, officialDefinition } from "../domain/definition.js";
import { SK_DIPLOMA_LEVELS } from "../domain/education.js";
import { type Teljaar, firstPeildatum, secondPeildatum } from "../domain/teljaar.js";
import { followUpDate } from "../domain/steering/follow-up.js";
import { WORK_MIN_HOURS } from "../domain/steering/follow-up-facts.js";
import { queryRows, sqlString } from "./database.js";
import { municipalityTableYears, municipalityYearFor } from "./reference-files.js";
import { REGISTER_SCHEMA } from "./register-tables.js";

export const date = (d: IsoDate) => `DATE ${sqlString(d)}`;
export const activeOn = (from: string, to: string, d: IsoDate) => `(${from} <= ${date(d)} AND (${to} IS NULL OR ${to} >= ${date(d)}))`;

/** The register tables as known on `cutoff` (facts recorded on or before it): enr, dip, job, res, sta. */
export function knownFacts(cutoff: IsoDate): string {
  const known = (table: string) => `SELECT * FROM ${REGISTER_SCHEMA}.${table} WHERE recorded_on IS NULL OR recorded_on <= ${date(cutoff)}`;
  return `enr AS (${known("enrolments")}), dip AS (${known("diplomas")}), job AS (${known("jobs")}), res AS (${known("residences")}), sta AS (${known("statuses")})`;
}

const SK_LIST = SK_DIPLOMA_LEVELS.map(sqlString).join(", ");

/** Per-person flags on day `d`: sk_<name> (SK held), edu_<name> (funded enrolment), work_<name> (12+ hours). CTEs. */
export function situationFlags(name: string, d: IsoDate): string {
  return `sk_${name} AS (SELECT DISTINCT person_id FROM dip WHERE level IN (${SK_LIST}) AND date <= ${date(d)}),
    edu_${name} AS (SELECT DISTINCT person_id FROM enr WHERE funded AND ${activeOn("start_date", "end_date", d)}),
    work_${name} AS (SELECT person_id FROM job WHERE ${activeOn("from_date", "to_date", d)} GROUP BY person_id HAVING sum(hours_per_week) >= ${WORK_MIN_HOURS})`;
}

/** The vsv'ers of teljaar t (definitive, official definition) with their region and situation on 1 October t+2. */
export function followUpPersonsSql(t: Teljaar): string {
  const d = followUpDate(t);
  const def = officialDefinition(t);
  return `WITH ${knownFacts(cutoffDate(t, "definitive"))}, ${situationFlags("d", d)},
    gone_d AS (SELECT DISTINCT person_id FROM sta WHERE kind IN ('DECEASED', 'EMIGRATED') AND from_date > ${date(secondPeildatum(t))} AND from_date <= ${date(d)}),
    v AS (SELECT person_id, region, region_name FROM results.person_results
          WHERE teljaar = ${sqlString(t)} AND stage = 'definitive' AND in_sp${def} AND vsv)
  SELECT v.person_id, v.region, v.region_name,
    CASE WHEN sk.person_id IS NOT NULL THEN 'sk' WHEN edu.person_id IS NOT NULL THEN 'education'
         WHEN w.person_id IS NOT NULL THEN 'work' WHEN g.person_id IS NOT NULL THEN 'deceased_emigrated' ELSE 'vsv' END AS situation
  FROM v LEFT JOIN sk_d sk USING (person_id) LEFT JOIN edu_d edu USING (person_id) LEFT JOIN work_d w USING (person_id)
    LEFT JOIN gone_d g USING (person_id)`;
}

export interface FollowUpCount {
  readonly region: string | null;
  readonly region_name: string | null;
  readonly situation: string;
  readonly n: number;
}

export async function followUpCounts(conn: DuckDBConnection, t: Teljaar): Promise<FollowUpCount[]> {
  const rows = await queryRows<Record<string, unknown>>(
    conn,
    `SELECT region, any_value(region_name) AS region_name, situation, count(*) AS n FROM (${followUpPersonsSql(t)}) GROUP BY region, situation`,
  );
  return rows.map((r) => ({ region: (r.region as string) ?? null, region_name: (r.region_name as string) ?? null, situation: r.situation as string, n: Number(r.n) }));
}

/** mbo leavers of teljaar t (see src/domain/steering/follow-up-mbo.ts) with their breakdowns and work a year later. */
export function mboLeaversSql(t: Teljaar): string {
  const p1 = firstPeildatum(t);
  const p2 = secondPeildatum(t);
  const d = followUpDate(t);
  const year = municipalityYearFor(t, municipalityTableYears());
  return `WITH ${knownFacts(cutoffDate(t, "definitive"))}, ${situationFlags("d", d)},
    sk_p2 AS (SELECT DISTINCT person_id FROM dip WHERE level IN (${SK_LIST}) AND date <= ${date(p2)}),
    ended AS (
      SELECT person_id, programme, level, row_number() OVER (PARTITION BY person_id ORDER BY end_date DESC, level DESC, start_date, enrolment_id) AS rn
      FROM enr WHERE funded AND sector = 'MBO' AND end_date >= ${date(p1)} AND end_date <= ${date(addDays(p2, -1))}),
    still AS (SELECT DISTINCT person_id FROM enr WHERE funded AND sector = 'MBO' AND ${activeOn("start_date", "end_date", p2)}),
    home AS (SELECT person_id, arg_min(municipality_code, from_date) AS municipality_code FROM res WHERE ${activeOn("from_date", "to_date", p2)} GROUP BY person_id)
  SELECT e.person_id, e.programme, e.level, sk.person_id IS NOT NULL AS with_sk,
    w.person_id IS NOT NULL AS working, edu.person_id IS NOT NULL AS in_education, h.municipality_code,
    m.labour_market_region, m.labour_market_region_name
  FROM ended e
  LEFT JOIN sk_p2 sk USING (person_id) LEFT JOIN work_d w USING (person_id) LEFT JOIN edu_d edu USING (person_id)
  LEFT JOIN home h USING (person_id)
  LEFT JOIN reference.municipalities m ON m.year = ${year} AND m.municipality_code = h.municipality_code
  WHERE e.rn = 1 AND e.person_id NOT IN (SELECT person_id FROM still)`;
}

export const MBO_WORK_BREAKDOWNS = ["labour_market_region", "programme", "level"] as const;
export type MboWorkBreakdown = (typeof MBO_WORK_BREAKDOWNS)[number];

export interface MboWorkCount {
  readonly key: string | null;
  readonly name: string | null;
  readonly with_sk: boolean;
  readonly working: boolean;
  readonly n: number;
}

export async function mboWorkCounts(conn: DuckDBConnection, t: Teljaar, by: MboWorkBreakdown): Promise<MboWorkCount[]> {
  const name = by === "labour_market_region" ? "any_value(labour_market_region_name)" : "NULL";
  const rows = await queryRows<Record<string, unknown>>(
    conn,
    `SELECT ${by} AS key, ${name} AS name, with_sk, working, count(*) AS n FROM (${mboLeaversSql(t)}) GROUP BY ${by}, with_sk, working`,
  );
  return rows.map((r) => ({ key: (r.key as string) ?? null, name: (r.name as string) ?? null, with_sk: r.with_sk as boolean, working: r.working as boolean, n: Number(r.n) }));
}
