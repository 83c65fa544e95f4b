/**
 * Where computed results live: schema `results`. `results.persons` holds one row per member of
 * the widest start population per teljaar and stage (the per-person results every figure is summed
 * from); `results.runs` says when each was computed, on which register and cut-off.
 */
import type { DuckDBConnection } from "@duckdb/node-api";

export const RESULTS_SCHEMA = "results";

export const RESULT_PERSONS_DDL = `
  teljaar VARCHAR NOT NULL, stage VARCHAR NOT NULL, person_id VARCHAR NOT NULL,
  in_sp23 BOOLEAN NOT NULL, in_sp27 BOOLEAN NOT NULL, vsv BOOLEAN NOT NULL, exclusion VARCHAR,
  enrolment_id VARCHAR, institution VARCHAR, location VARCHAR, programme VARCHAR, sector VARCHAR, level VARCHAR,
  grade INTEGER, leerweg VARCHAR, municipality_code VARCHAR, age INTEGER, sex VARCHAR`;

/**
 * The per-person results with what is derived from them at read time: regions and names through the
 * municipality table of the teljaar (results.runs.municipality_year), sort of education, vo/mbo, age group.
 * Keeping these out of the stored table keeps compute fast and lets reference corrections apply at once.
 */
export const PERSON_RESULTS_VIEW = "results.person_results";
const PERSON_RESULTS_VIEW_SQL = `
  CREATE OR REPLACE VIEW results.person_results AS
  SELECT p.*,
    CASE p.sector WHEN 'MBO' THEN 'MBO-' || p.level WHEN 'VAVO' THEN 'VAVO' ELSE p.level END AS education_type,
    CASE p.sector WHEN 'VO' THEN 'vo' ELSE 'mbo' END AS vo_mbo,
    CASE WHEN p.age < 18 THEN '0-17' WHEN p.age < 23 THEN '18-22' ELSE '23-26' END AS age_group,
    m.municipality_name, m.rmc_region AS region, m.rmc_region_name AS region_name,
    m.labour_market_region, m.labour_market_region_name,
    i.name AS institution_name, l.name AS location_name
  FROM results.persons p
  JOIN results.runs r ON r.teljaar = p.teljaar AND r.stage = p.stage
  LEFT JOIN reference.municipalities m ON m.year = r.municipality_year AND m.municipality_code = p.municipality_code
  LEFT JOIN reference.institutions i ON i.institution = p.institution
  LEFT JOIN reference.locations l ON l.institution = p.institution AND l.location = p.location`;

export const RESULT_RUNS_DDL = `
  teljaar VARCHAR NOT NULL, stage VARCHAR NOT NULL, register_id VARCHAR NOT NULL, cutoff DATE NOT NULL,
  register_as_of DATE, complete BOOLEAN NOT NULL, municipality_year INTEGER NOT NULL, computed_at TIMESTAMP NOT NULL,
  start_population_23 BIGINT NOT NULL, vsv_23 BIGINT NOT NULL, start_population_27 BIGINT NOT NULL, vsv_27 BIGINT NOT NULL`;

export async function ensureResultTables(conn: DuckDBConnection): Promise<void> {
  await conn.run(`CREATE SCHEMA IF NOT EXISTS ${RESULTS_SCHEMA}`);
  await conn.run(`CREATE TABLE IF NOT EXISTS ${RESULTS_SCHEMA}.persons (${RESULT_PERSONS_DDL})`);
  await conn.run(`CREATE TABLE IF NOT EXISTS ${RESULTS_SCHEMA}.runs (${RESULT_RUNS_DDL})`);
  await conn.run(PERSON_RESULTS_VIEW_SQL);
}
