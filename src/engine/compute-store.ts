/**
 * Stores one computation of a teljaar (computeSql's rows for its stages) in one transaction: a fresh table
 * `results.computed_<n>`, results.stored pointing the teljaar's computed stages at it, results.persons rebuilt,
 * the tables no stage uses any more dropped, and one results.runs row per stage counted from the new table.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows, sqlIdent, sqlString } from "./database.js";
import { computeColumns, stageColumns } from "./compute-sql.js";
import { RESULTS_SCHEMA, rebuildPersonsView } from "./results-tables.js";

export interface RunFacts {
  readonly stage: string;
  readonly cutoff: string;
  readonly registerId: string;
  readonly registerAsOf: string | null;
  readonly complete: boolean;
  readonly municipalityYear: number;
}

const UNCOMPRESSED = new Set(["person_id", "enrolment_id"]);

/** A name for a new stored table: one past the highest in use (names are never reused while a table has them). */
async function newTableName(conn: DuckDBConnection): Promise<string> {
  const rows = await queryRows<{ n: number | null }>(
    conn,
    `SELECT max(TRY_CAST(substr(table_name, 10) AS INTEGER)) AS n FROM duckdb_tables()
     WHERE database_name = current_database() AND schema_name = ${sqlString(RESULTS_SCHEMA)} AND table_name LIKE 'computed\\_%' ESCAPE '\\'`,
  );
  return `computed_${Number(rows[0]?.n ?? 0) + 1}`;
}

/**
 * Runs `select` (computeSql for `runs`, in that order of stages) into a new table and makes it serve the teljaar's
 * stages. The caller holds the transaction.
 */
export async function storeComputation(conn: DuckDBConnection, teljaar: string, select: string, runs: readonly RunFacts[]): Promise<void> {
  const name = await newTableName(conn);
  const table = `${RESULTS_SCHEMA}.${sqlIdent(name)}`;
  // The two columns of (nearly) unique text are stored uncompressed: DuckDB's analysis and FSST compression of
  // them cost about as much as computing them (decision 69); the rest compress well and cheaply (dictionary).
  const columns = computeColumns(runs.length).map(([name, type]) => `${name} ${type}${UNCOMPRESSED.has(name) ? " USING COMPRESSION uncompressed" : ""}`);
  await conn.run(`CREATE TABLE ${table} (${columns.join(", ")})`);
  await conn.run(`INSERT INTO ${table} BY NAME ${select}`);
  const stages = runs.map((r) => sqlString(r.stage)).join(", ");
  await conn.run(`DELETE FROM ${RESULTS_SCHEMA}.stored WHERE teljaar = ${sqlString(teljaar)} AND stage IN (${stages})`);
  await conn.run(`INSERT INTO ${RESULTS_SCHEMA}.stored VALUES ${runs.map((r, n) => `(${sqlString(teljaar)}, ${sqlString(r.stage)}, ${sqlString(name)}, ${n})`).join(", ")}`);
  await rebuildPersonsView(conn);
  await conn.run(`DELETE FROM ${RESULTS_SCHEMA}.runs WHERE teljaar = ${sqlString(teljaar)} AND stage IN (${stages})`);
  const counts = runs.map((r, n) => {
    const c = stageColumns(n);
    return `SELECT ${sqlString(teljaar)}, ${sqlString(r.stage)}, ${sqlString(r.registerId)}, DATE ${sqlString(r.cutoff)},
        ${r.registerAsOf ? `DATE ${sqlString(r.registerAsOf)}` : "NULL"}, ${r.complete}, ${r.municipalityYear}, now()::TIMESTAMP,
        count(*) FILTER (WHERE ${c.inPopulation} AND in_sp23), count(*) FILTER (WHERE ${c.inPopulation} AND in_sp23 AND ${c.vsv}),
        count(*) FILTER (WHERE ${c.inPopulation}), count(*) FILTER (WHERE ${c.inPopulation} AND ${c.vsv})
      FROM ${table}`;
  });
  await conn.run(`INSERT INTO ${RESULTS_SCHEMA}.runs ${counts.join("\nUNION ALL\n")}`);
}
