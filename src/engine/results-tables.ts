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
  grade INTEGER, leerweg VARCHAR, education_type VARCHAR, vo_mbo VARCHAR,
  municipality_code VARCHAR, municipality_name VARCHAR, region VARCHAR, region_name VARCHAR,
  labour_market_region VARCHAR, labour_market_region_name VARCHAR,
  age INTEGER, age_group VARCHAR, sex VARCHAR`;

export const RESULT_RUNS_DDL = `
  teljaar VARCHAR NOT NULL, stage VARCHAR NOT NULL, register_id VARCHAR NOT NULL, cutoff DATE NOT NULL,
  register_as_of DATE, complete BOOLEAN NOT NULL, municipality_year INTEGER NOT NULL, computed_at TIMESTAMP NOT NULL,
  start_population_23 BIGINT NOT NULL, vsv_23 BIGINT NOT NULL, start_population_27 BIGINT NOT NULL, vsv_27 BIGINT NOT NULL`;

export async function ensureResultTables(conn: DuckDBConnection): Promise<void> {
  await conn.run(`CREATE SCHEMA IF NOT EXISTS ${RESULTS_SCHEMA}`);
  await conn.run(`CREATE TABLE IF NOT EXISTS ${RESULTS_SCHEMA}.persons (${RESULT_PERSONS_DDL})`);
  await conn.run(`CREATE TABLE IF NOT EXISTS ${RESULTS_SCHEMA}.runs (${RESULT_RUNS_DDL})`);
}
