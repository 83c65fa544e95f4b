/**
 * The per-person list: one row for every person of the register for a teljaar, definition and
 * stage — in the start population or not, vsv'er or not, which exclusion, and the attribution.
 * Every figure is a sum over this list.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { type Definition, type Stage } from "../domain/definition.js";
import type { Teljaar } from "../domain/teljaar.js";
import { sqlString } from "./database.js";
import { PERSON_RESULTS_VIEW } from "./results-tables.js";

export const PERSON_COLUMNS = [
  "person_id", "in_start_population", "vsv", "exclusion", "institution", "location", "level", "leerweg",
  "municipality_code", "region", "programme", "sector", "education_type", "vo_mbo", "labour_market_region", "age", "age_group", "sex",
] as const;

export interface PersonsQuery {
  readonly teljaar: Teljaar;
  readonly definition: Definition;
  readonly stage: Stage;
  /** Only members of the start population, or only vsv'ers; default every person of the register. */
  readonly only?: "start-population" | "vsv";
}

export function personsSql(q: PersonsQuery): string {
  const filter = q.only === "vsv" ? "WHERE r.vsv" : q.only === "start-population" ? "WHERE r.person_id IS NOT NULL" : "";
  return `
    SELECT p.person_id,
      r.person_id IS NOT NULL AS in_start_population,
      coalesce(r.vsv, false) AS vsv,
      coalesce(r.exclusion, '') AS exclusion,
      r.institution, r.location, r.level, r.leerweg, r.municipality_code, r.region, r.programme, r.sector,
      r.education_type, r.vo_mbo, r.labour_market_region, r.age, r.age_group,
      CASE WHEN r.person_id IS NULL THEN NULL ELSE p.sex END AS sex
    FROM register.persons p
    LEFT JOIN (SELECT * FROM ${PERSON_RESULTS_VIEW}
               WHERE teljaar = ${sqlString(q.teljaar)} AND stage = ${sqlString(q.stage)} AND in_sp${q.definition}) r
      USING (person_id)
    ${filter}
    ORDER BY p.person_id`;
}

/** Streams the list in chunks of rows (arrays in PERSON_COLUMNS order). */
export async function* streamPersons(conn: DuckDBConnection, q: PersonsQuery): AsyncGenerator<unknown[][]> {
  const result = await conn.stream(personsSql(q));
  for await (const rows of result.yieldRowsJs()) yield rows as unknown[][];
}

/** Writes the list straight to a file with DuckDB (fast path for large registers). */
export async function writePersonsFile(conn: DuckDBConnection, q: PersonsQuery, file: string, format: "csv" | "json"): Promise<void> {
  const opts = format === "csv" ? "FORMAT CSV, HEADER true" : "FORMAT JSON, ARRAY true";
  await conn.run(`COPY (${personsSql(q)}) TO ${sqlString(file)} (${opts})`);
}
