/**
 * Loading register files into staging tables: one temporary all-text table per file, with every
 * column of the format (NULL where the file lacks it). Temporary tables belong to the import's
 * connection, so nothing of a failed import survives it. Loading uses DuckDB's native readers;
 * the table's rowid is the record number in the file (insertion order is the file's order).
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { REGISTER_FORMAT, type RegisterTable } from "../domain/register-format.js";
import { queryRows, sqlIdent, sqlString } from "./database.js";
import { readCsvHeader } from "./register-csv-lines.js";
import { matchHeader, type RegisterFile } from "./register-files.js";
import type { ImportProblem } from "./register-problems.js";

export interface StagedFile {
  readonly file: RegisterFile;
  /** The temporary table holding the file's rows as text. */
  readonly relation: string;
  /** Format columns present in the file's header. */
  readonly present: ReadonlySet<string>;
  /** False when the file could not be read at all (its rows take part in no check). */
  readonly loaded: boolean;
  readonly rows: number;
  /** CSV records DuckDB skipped as malformed; the line scan reports them precisely. */
  readonly rejected: number;
  /** DuckDB's message when it could not read the file at all. */
  readonly readError?: string;
}

export function stageRelation(table: RegisterTable): string {
  return `vsv_stage_${table}`;
}

/** Header and file-level problems found while staging (row problems come from validation). */
export interface StageResult {
  readonly staged: StagedFile;
  readonly problems: ImportProblem[];
}

export async function stageFile(conn: DuckDBConnection, file: RegisterFile, maxProblems: number): Promise<StageResult> {
  return file.format === "csv" ? stageCsv(conn, file, maxProblems) : stageParquet(conn, file);
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.slice(0, 300);
}

async function createEmpty(conn: DuckDBConnection, table: RegisterTable): Promise<void> {
  const cols = REGISTER_FORMAT[table].columns.map((c) => `${sqlIdent(c.name)} VARCHAR`).join(", ");
  await conn.run(`CREATE OR REPLACE TEMP TABLE ${stageRelation(table)} (${cols})`);
}

async function countRows(conn: DuckDBConnection, relation: string): Promise<number> {
  const rows = await queryRows<{ n: bigint }>(conn, `SELECT count(*) AS n FROM ${relation}`);
  return Number(rows[0]?.n ?? 0);
}

async function stageCsv(conn: DuckDBConnection, file: RegisterFile, maxProblems: number): Promise<StageResult> {
  const relation = stageRelation(file.table);
  const header = await readCsvHeader(file.path);
  if ("empty" in header) {
    await createEmpty(conn, file.table);
    const problem: ImportProblem = {
      file: file.name,
      line: 1,
      column: null,
      value: null,
      rule: "EMPTY_FILE",
      message: "the file is empty: it must start with a header line naming its columns",
    };
    return { staged: { file, relation, present: new Set(), loaded: false, rows: 0, rejected: 0 }, problems: [problem] };
  }
  const match = matchHeader(file, header.columns);
  // Read every field under a positional name, so odd or repeated header names cannot break the SQL.
  const columns = header.columns.map((_, i) => `'c${i}': 'VARCHAR'`).join(", ");
  const select = REGISTER_FORMAT[file.table].columns
    .map((c) => {
      const i = match.present.get(c.name);
      return `${i === undefined ? "NULL::VARCHAR" : `c${i}`} AS ${sqlIdent(c.name)}`;
    })
    .join(", ");
  const rejects = `vsv_rejects_${file.table}`;
  const reader =
    `read_csv(${sqlString(file.path)}, header = true, auto_detect = false, all_varchar = true, delim = ',', quote = '"', escape = '"', ` +
    `columns = {${columns}}, strict_mode = true, store_rejects = true, rejects_table = ${sqlString(rejects)}, ` +
    `rejects_scan = ${sqlString(`${rejects}_scans`)}, rejects_limit = ${Math.max(1, maxProblems + 1)})`;
  const present = new Set(match.present.keys());
  try {
    await conn.run(`CREATE OR REPLACE TEMP TABLE ${relation} AS SELECT ${select} FROM ${reader}`);
  } catch (e) {
    await createEmpty(conn, file.table);
    return {
      staged: { file, relation, present, loaded: false, rows: 0, rejected: 0, readError: firstLine((e as Error).message) },
      problems: match.problems,
    };
  }
  const rejected = await countRows(conn, rejects);
  await conn.run(`DROP TABLE IF EXISTS ${rejects}; DROP TABLE IF EXISTS ${rejects}_scans`);
  return { staged: { file, relation, present, loaded: true, rows: await countRows(conn, relation), rejected }, problems: match.problems };
}

async function stageParquet(conn: DuckDBConnection, file: RegisterFile): Promise<StageResult> {
  const relation = stageRelation(file.table);
  const source = `read_parquet(${sqlString(file.path)})`;
  let names: string[];
  try {
    names = (await queryRows<{ column_name: string }>(conn, `DESCRIBE SELECT * FROM ${source}`)).map((r) => r.column_name);
  } catch (e) {
    await createEmpty(conn, file.table);
    const problem: ImportProblem = {
      file: file.name,
      line: null,
      column: null,
      value: null,
      rule: "UNREADABLE_FILE",
      message: `the file is not a readable Parquet file (${firstLine((e as Error).message)}): write it again`,
    };
    return { staged: { file, relation, present: new Set(), loaded: false, rows: 0, rejected: 0 }, problems: [problem] };
  }
  const match = matchHeader(file, names);
  // Parquet columns may be typed (DATE, BOOLEAN, …): their text form is what the rules check.
  // An empty string is "unknown", as an empty CSV field is.
  const select = REGISTER_FORMAT[file.table].columns
    .map((c) => {
      const i = match.present.get(c.name);
      return `${i === undefined ? "NULL::VARCHAR" : `NULLIF(CAST(${sqlIdent(names[i]!)} AS VARCHAR), '')`} AS ${sqlIdent(c.name)}`;
    })
    .join(", ");
  await conn.run(`CREATE OR REPLACE TEMP TABLE ${relation} AS SELECT ${select} FROM ${source}`);
  const present = new Set(match.present.keys());
  return { staged: { file, relation, present, loaded: true, rows: await countRows(conn, relation), rejected: 0 }, problems: match.problems };
}
