/**
 * Youth without school or work (NEET) in SQL (docs/follow-up.md#neet). Pure twin: src/domain/steering/neet.ts;
 * test/engine/steering-neet.test.ts judges the two against each other.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { NEET_AGE_LIMIT, NEET_MIN_AGE, neetCutoff, neetPeildatum } from "../domain/steering/neet.js";
import { teljaarStartingIn } from "../domain/teljaar.js";
import { queryRows } from "./database.js";
import { municipalityTableYears, municipalityYearFor } from "./reference-files.js";
import { REGISTER_SCHEMA } from "./register-tables.js";
import { activeOn, knownFacts } from "./steering-follow-up.js";

/** Everyone in the NEET population of year Y: age, municipality, region, in education, working, neet. */
export function neetPersonsSql(year: number): string {
  const d = neetPeildatum(year);
  const md = d.slice(5);
  const mYear = municipalityYearFor(teljaarStartingIn(year), municipalityTableYears());
  return `WITH ${knownFacts(neetCutoff(year))},
    aged AS (SELECT person_id, ${year} - year(birth_date) - CASE WHEN strftime(birth_date, '%m-%d') > '${md}' THEN 1 ELSE 0 END AS age FROM ${REGISTER_SCHEMA}.persons),
    home AS (SELECT person_id, arg_min(municipality_code, from_date) AS municipality_code FROM res WHERE ${activeOn("from_date", "to_date", d)} GROUP BY person_id),
    gone AS (SELECT DISTINCT person_id FROM sta WHERE kind IN ('EMIGRATED', 'DECEASED') AND ${activeOn("from_date", "to_date", d)}),
    edu AS (SELECT DISTINCT person_id FROM enr WHERE ${activeOn("start_date", "end_date", d)}),
    wrk AS (SELECT DISTINCT person_id FROM job WHERE hours_per_week > 0 AND ${activeOn("from_date", "to_date", d)})
  SELECT a.person_id, a.age, h.municipality_code, m.rmc_region AS region, m.rmc_region_name AS region_name,
    edu.person_id IS NOT NULL AS in_education, wrk.person_id IS NOT NULL AS working,
    edu.person_id IS NULL AND wrk.person_id IS NULL AS neet
  FROM aged a JOIN home h USING (person_id)
  LEFT JOIN edu USING (person_id) LEFT JOIN wrk USING (person_id)
  LEFT JOIN reference.municipalities m ON m.year = ${mYear} AND m.municipality_code = h.municipality_code
  WHERE a.age >= ${NEET_MIN_AGE} AND a.age < ${NEET_AGE_LIMIT} AND a.person_id NOT IN (SELECT person_id FROM gone)`;
}

export interface NeetCount {
  readonly region: string | null;
  readonly region_name: string | null;
  readonly neet: boolean;
  readonly n: number;
}

export async function neetCounts(conn: DuckDBConnection, year: number): Promise<NeetCount[]> {
  const rows = await queryRows<Record<string, unknown>>(
    conn,
    `SELECT region, any_value(region_name) AS region_name, neet, count(*) AS n FROM (${neetPersonsSql(year)}) GROUP BY region, neet`,
  );
  return rows.map((r) => ({ region: (r.region as string) ?? null, region_name: (r.region_name as string) ?? null, neet: r.neet as boolean, n: Number(r.n) }));
}
