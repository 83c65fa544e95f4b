/**
 * Where computed results live: schema `results`.
 *
 * `results.persons` is a view with one row per member of the widest start population per teljaar and stage
 * (the per-person results every figure is summed from); `results.runs` says when each was computed, on which
 * register and cut-off. Underneath, each computation of a teljaar writes one table (`results.computed_<n>`) with
 * one row per person and main enrolment: what the stages share once, per stage only what differs (in the start
 * population, vsv, exclusion, municipality) — see compute-sql.ts. `results.stored` says which table holds which
 * teljaar and stage; the view is rebuilt from it whenever it changes. Writing a fresh table is several times
 * faster in DuckDB than deleting and inserting rows of a shared one.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows, sqlIdent, sqlString } from "./database.js";
import { stageColumns } from "./compute-sql.js";

export const RESULTS_SCHEMA = "results";

/** The columns (and types) of the view results.persons, in order: what readers rely on. */
export const RESULT_PERSONS_COLUMNS = [
  ["teljaar", "VARCHAR"], ["stage", "VARCHAR"], ["person_id", "VARCHAR"],
  ["in_sp23", "BOOLEAN"], ["in_sp27", "BOOLEAN"], ["vsv", "BOOLEAN"], ["exclusion", "VARCHAR"],
  ["enrolment_id", "VARCHAR"], ["institution", "VARCHAR"], ["location", "VARCHAR"], ["programme", "VARCHAR"], ["sector", "VARCHAR"], ["level", "VARCHAR"],
  ["grade", "INTEGER"], ["leerweg", "VARCHAR"], ["municipality_code", "VARCHAR"], ["age", "INTEGER"], ["sex", "VARCHAR"],
] as const;

/** Which stored table serves a teljaar and stage; `stage_index` is n in its columns in_n, vsv_n, … (NULL: a table of the old layout). */
const STORED_DDL = "teljaar VARCHAR NOT NULL, stage VARCHAR NOT NULL, table_name VARCHAR NOT NULL, stage_index INTEGER";

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

export interface StoredStage {
  readonly teljaar: string;
  readonly stage: string;
  readonly table: string;
  /** n of the stage's columns in the table; null for a table of the old layout (one row per teljaar, stage and person). */
  readonly index: number | null;
}

/** The rows of results.persons for one teljaar and stage, from the table that holds them. */
function storedStageSql(s: StoredStage): string {
  const table = `${RESULTS_SCHEMA}.${sqlIdent(s.table)}`;
  if (s.index === null) return `SELECT * FROM ${table} WHERE teljaar = ${sqlString(s.teljaar)} AND stage = ${sqlString(s.stage)}`;
  const c = stageColumns(s.index);
  return `SELECT ${sqlString(s.teljaar)} AS teljaar, ${sqlString(s.stage)} AS stage, person_id, in_sp23, TRUE AS in_sp27, ${c.vsv} AS vsv, ${c.exclusion} AS exclusion,
    enrolment_id, institution, location, programme, sector, level, grade, leerweg, ${c.municipality} AS municipality_code, age, sex
  FROM ${table} WHERE ${c.inPopulation}`;
}

/** The view results.persons over the stored tables (no rows, the same columns, when nothing is computed). */
export function personsViewSql(stored: readonly StoredStage[]): string {
  const empty = `SELECT ${RESULT_PERSONS_COLUMNS.map(([name, type]) => `CAST(NULL AS ${type}) AS ${name}`).join(", ")} WHERE false`;
  const parts = stored.length === 0 ? [empty] : stored.map(storedStageSql);
  return `CREATE OR REPLACE VIEW ${RESULTS_SCHEMA}.persons AS\n${parts.join("\nUNION ALL\n")}`;
}

export async function readStored(conn: DuckDBConnection): Promise<StoredStage[]> {
  const rows = await queryRows<{ teljaar: string; stage: string; table_name: string; stage_index: number | null }>(
    conn,
    `SELECT teljaar, stage, table_name, stage_index FROM ${RESULTS_SCHEMA}.stored ORDER BY teljaar, stage`,
  );
  return rows.map((r) => ({ teljaar: r.teljaar, stage: r.stage, table: r.table_name, index: r.stage_index === null ? null : Number(r.stage_index) }));
}

/** Rebuilds results.persons from results.stored and drops the stored tables no stage uses any more. */
export async function rebuildPersonsView(conn: DuckDBConnection): Promise<void> {
  const stored = await readStored(conn);
  await conn.run(personsViewSql(stored));
  const used = new Set(stored.map((s) => s.table));
  const tables = await queryRows<{ table_name: string }>(
    conn,
    `SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = ${sqlString(RESULTS_SCHEMA)}
       AND (table_name LIKE 'computed\\_%' ESCAPE '\\' OR table_name = 'persons_old_layout')`,
  );
  for (const { table_name } of tables) {
    if (!used.has(table_name)) await conn.run(`DROP TABLE ${RESULTS_SCHEMA}.${sqlIdent(table_name)}`);
  }
}

/**
 * Creates the results schema, its tables and views when missing. A store whose results.persons is still the
 * table of the old layout keeps its results: the table is renamed and serves its teljaren and stages until they
 * are computed again.
 */
export async function ensureResultTables(conn: DuckDBConnection): Promise<void> {
  await conn.run(`CREATE SCHEMA IF NOT EXISTS ${RESULTS_SCHEMA}`);
  await conn.run(`CREATE TABLE IF NOT EXISTS ${RESULTS_SCHEMA}.runs (${RESULT_RUNS_DDL})`);
  await conn.run(`CREATE TABLE IF NOT EXISTS ${RESULTS_SCHEMA}.stored (${STORED_DDL})`);
  const old = await queryRows<{ n: bigint }>(
    conn,
    `SELECT count(*) AS n FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = ${sqlString(RESULTS_SCHEMA)} AND table_name = 'persons'`,
  );
  if (Number(old[0]?.n ?? 0) > 0) {
    await conn.run(`ALTER TABLE ${RESULTS_SCHEMA}.persons RENAME TO persons_old_layout`);
    await conn.run(
      `INSERT INTO ${RESULTS_SCHEMA}.stored SELECT DISTINCT teljaar, stage, 'persons_old_layout', CAST(NULL AS INTEGER) FROM ${RESULTS_SCHEMA}.persons_old_layout`,
    );
  }
  const views = await queryRows<{ n: bigint }>(
    conn,
    `SELECT count(*) AS n FROM duckdb_views() WHERE database_name = current_database() AND schema_name = ${sqlString(RESULTS_SCHEMA)} AND view_name IN ('persons', 'person_results')`,
  );
  if (Number(old[0]?.n ?? 0) > 0 || Number(views[0]?.n ?? 0) < 2) {
    await rebuildPersonsView(conn);
    await conn.run(PERSON_RESULTS_VIEW_SQL);
  }
}
