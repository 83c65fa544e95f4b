/**
 * Loading register files into staging tables, in one pass per file: DuckDB reads the file, types
 * every column, evaluates every row rule (register-rules.ts) and sorts the rows by person_id in
 * the same pipeline, writing the typed rows plus one flag `vsv_broken` (the row breaks some rule)
 * into `register.import_staging_<table>`. The swap (register-replace.ts) renames these tables into
 * place (dropping the flag is a catalog change), so each row is written to disk once, already in
 * the order the stored register keeps: by person_id, so that per-person aggregates stream and
 * zone maps on person_id prune.
 *
 * The load runs with `preserve_insertion_order` off: with it on, DuckDB writes the rows of a
 * parallel insert in batches that CHECKPOINT then writes a second time (at scale 1 that doubled
 * the cost of writing). The ORDER BY still decides the stored order. Staging rows carry no record
 * number: numbering records (`row_number() OVER ()`) would make DuckDB load on one thread. Records
 * are numbered only on the error path (register-validate.ts `locateProblems`).
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { REGISTER_FORMAT, REGISTER_TABLES, type ColumnSpec, type RegisterTable } from "../domain/register-format.js";
import { queryRows, sqlIdent } from "./database.js";
import type { RegisterFile } from "./register-files.js";
import type { ImportProblem } from "./register-problems.js";
import { rowRules } from "./register-rules.js";
import { openSource, runReading, takeRejectedCount, type FileSource } from "./register-source.js";
import { REGISTER_DDL, REGISTER_SCHEMA } from "./register-tables.js";

export const STAGING_PREFIX = "import_staging_";

/** The staging table of a register table: in the register schema, so the swap is a rename. */
export function stagingTable(table: RegisterTable): string {
  return `${REGISTER_SCHEMA}.${STAGING_PREFIX}${table}`;
}

export interface StagedFile {
  readonly file: RegisterFile;
  /** Null when the file could not be read at all; its rows then take part in no check. */
  readonly source: FileSource | null;
  /** The typed staging table (exists even when the file could not be read: then empty). */
  readonly relation: string;
  readonly rows: number;
  /** Rows that break a row rule. */
  readonly broken: number;
  /** CSV records DuckDB skipped as malformed; the line scan reports them precisely. */
  readonly rejected: number;
  /** DuckDB's message when it could not read the file at all. */
  readonly readError?: string;
}

export interface StageResult {
  readonly staged: StagedFile;
  /** Header and file problems (row problems come from validation). */
  readonly problems: ImportProblem[];
}

/**
 * A column's stored value: as read when the source has it in its stored type, else converted from
 * text (a value that does not convert becomes NULL; its row is broken).
 */
function typed(c: ColumnSpec, source: FileSource): string {
  const q = sqlIdent(c.name);
  if (source.typed.has(c.name)) return q;
  switch (c.kind.type) {
    case "date":
      return `TRY_CAST(${q} AS DATE)`;
    case "boolean":
      return `(${q} = 'true')`;
    case "integer":
      return `TRY_CAST(${q} AS INTEGER)`;
    case "number":
      return `TRY_CAST(${q} AS DOUBLE)`;
    default:
      return q;
  }
}

/** Staging drops NOT NULL: a broken row may lack a required value, and is never swapped in. */
async function createStaging(conn: DuckDBConnection, table: RegisterTable): Promise<void> {
  await conn.run(`CREATE OR REPLACE TABLE ${stagingTable(table)} (${REGISTER_DDL[table].replaceAll(" NOT NULL", "")}, vsv_broken BOOLEAN)`);
}

export async function stageFile(conn: DuckDBConnection, file: RegisterFile, maxProblems: number): Promise<StageResult> {
  const relation = stagingTable(file.table);
  await createStaging(conn, file.table);
  const opened = await openSource(conn, file, maxProblems);
  const source = opened.source;
  const unread = { file, source: null, relation, rows: 0, broken: 0, rejected: 0 };
  if (!source) return { staged: unread, problems: opened.problems };

  const columns = REGISTER_FORMAT[file.table].columns;
  const rules = rowRules(file.table, source.present, source.typed);
  const broken = rules.length === 0 ? "false" : `coalesce(${rules.map((r) => `(${r.bad})`).join(" OR ")}, false)`;
  const readError = await withoutInsertionOrder(conn, () =>
    runReading(
      conn,
      `INSERT INTO ${relation} (${columns.map((c) => sqlIdent(c.name)).join(", ")}, vsv_broken)
       SELECT ${columns.map((c) => typed(c, source)).join(", ")}, ${broken} FROM (${source.select}) ORDER BY person_id`,
    ),
  );
  if (readError !== undefined) {
    await createStaging(conn, file.table);
    return { staged: { ...unread, readError }, problems: opened.problems };
  }
  const rejected = await takeRejectedCount(conn, source);
  const counts = await queryRows<{ n: bigint; broken: bigint }>(
    conn,
    `SELECT count(*) AS n, count(*) FILTER (WHERE vsv_broken) AS broken FROM ${relation}`,
  );
  return {
    staged: { file, source, relation, rows: Number(counts[0]?.n ?? 0), broken: Number(counts[0]?.broken ?? 0), rejected },
    problems: opened.problems,
  };
}

/** Runs `work` with DuckDB's `preserve_insertion_order` off, then sets it back as it was. */
async function withoutInsertionOrder<T>(conn: DuckDBConnection, work: () => Promise<T>): Promise<T> {
  const before = await queryRows<{ value: string }>(conn, "SELECT current_setting('preserve_insertion_order')::VARCHAR AS value");
  await conn.run("SET preserve_insertion_order = false");
  try {
    return await work();
  } finally {
    await conn.run(`SET preserve_insertion_order = ${before[0]?.value === "false" ? "false" : "true"}`);
  }
}

/** Removes every staging table, also ones a killed import left behind. */
export async function dropStaging(conn: DuckDBConnection): Promise<void> {
  for (const table of REGISTER_TABLES) {
    await conn.run(`DROP TABLE IF EXISTS ${stagingTable(table)}`);
  }
}
