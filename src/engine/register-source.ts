/**
 * A register file as SQL: a query that yields every column of the format (NULL where the file
 * lacks the column or the field is empty), in file order. CSV goes through DuckDB's strict
 * `read_csv`, which skips malformed records (the line scan reports them), every column as text.
 * Parquet goes through `read_parquet`: a column whose Parquet type is already the stored type
 * (DATE, BOOLEAN, INTEGER, DOUBLE) is read as it is, with no round trip through text (the row
 * rules check such a column in its typed form, register-rules.ts); any other column is read in its
 * text form and checked as CSV text is.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { maskPersonId } from "../domain/person-id.js";
import { REGISTER_FORMAT, valueType } from "../domain/register-format.js";
import { queryRows, sqlIdent, sqlString } from "./database.js";
import { readCsvHeader } from "./register-csv-lines.js";
import { matchHeader, type RegisterFile } from "./register-files.js";
import type { ImportProblem } from "./register-problems.js";
import { DUCKDB_TYPES } from "./register-tables.js";

export interface FileSource {
  readonly file: RegisterFile;
  /**
   * SELECT yielding the format's columns by their format names: as text, except the columns in
   * `typed`, which already have the stored type.
   */
  readonly select: string;
  /** Format columns present in the file's header. */
  readonly present: ReadonlySet<string>;
  /** Present columns read in their stored type (Parquet only); every other column is text. */
  readonly typed: ReadonlySet<string>;
  /** CSV only: the temporary table where DuckDB stores the records it skipped. */
  readonly rejectsTable?: string;
}

/** A file's source, or why it has none; header problems either way. */
export interface OpenedSource {
  readonly source?: FileSource;
  readonly problems: ImportProblem[];
}

/** The first line of a DuckDB message, with any run of 9+ digits masked: it may quote the file. */
function firstLine(message: string): string {
  return message
    .split("\n")[0]!
    .slice(0, 300)
    .replace(/\d{9,}/g, (digits) => maskPersonId(digits));
}

function fileProblem(file: RegisterFile, rule: ImportProblem["rule"], line: number | null, message: string): ImportProblem {
  return { file: file.name, line, column: null, value: null, rule, message };
}

export async function openSource(conn: DuckDBConnection, file: RegisterFile, maxProblems: number): Promise<OpenedSource> {
  return file.format === "csv" ? openCsv(file, maxProblems) : openParquet(conn, file);
}

async function openCsv(file: RegisterFile, maxProblems: number): Promise<OpenedSource> {
  const header = await readCsvHeader(file.path);
  if ("empty" in header) {
    return { problems: [fileProblem(file, "EMPTY_FILE", 1, "the file is empty: it must start with a header line naming its columns")] };
  }
  const match = matchHeader(file, header.columns);
  // Every field is read under a positional name, so odd or repeated header names cannot break the SQL.
  const columns = header.columns.map((_, i) => `'c${i}': 'VARCHAR'`).join(", ");
  const rejectsTable = `vsv_rejects_${file.table}`;
  const reader =
    `read_csv(${sqlString(file.path)}, header = true, auto_detect = false, all_varchar = true, delim = ',', quote = '"', escape = '"', ` +
    `columns = {${columns}}, strict_mode = true, store_rejects = true, rejects_table = ${sqlString(rejectsTable)}, ` +
    `rejects_scan = ${sqlString(`${rejectsTable}_scans`)}, rejects_limit = ${Math.max(1, maxProblems + 1)})`;
  const select = REGISTER_FORMAT[file.table].columns
    .map((c) => {
      const i = match.present.get(c.name);
      return `${i === undefined ? "NULL::VARCHAR" : `c${i}`} AS ${sqlIdent(c.name)}`;
    })
    .join(", ");
  return {
    source: { file, select: `SELECT ${select} FROM ${reader}`, present: new Set(match.present.keys()), typed: new Set(), rejectsTable },
    problems: match.problems,
  };
}

async function openParquet(conn: DuckDBConnection, file: RegisterFile): Promise<OpenedSource> {
  const reader = `read_parquet(${sqlString(file.path)})`;
  let described: { column_name: string; column_type: string }[];
  try {
    described = await queryRows<{ column_name: string; column_type: string }>(conn, `DESCRIBE SELECT * FROM ${reader}`);
  } catch (e) {
    return {
      problems: [fileProblem(file, "UNREADABLE_FILE", null, `the file is not a readable Parquet file (${firstLine((e as Error).message)}): write it again`)],
    };
  }
  const names = described.map((d) => d.column_name);
  const match = matchHeader(file, names, null);
  match.problems.push(...textColumnTypes(file, described, match.present));
  // A column of the stored type is taken as it is; any other is checked in its text form, where
  // an empty string is "unknown", as an empty CSV field is.
  const typed = new Set<string>();
  const select = REGISTER_FORMAT[file.table].columns
    .map((c) => {
      const i = match.present.get(c.name);
      if (i === undefined) return `NULL::VARCHAR AS ${sqlIdent(c.name)}`;
      const stored = DUCKDB_TYPES[valueType(c.kind)];
      if (stored !== "VARCHAR" && described[i]?.column_type === stored) {
        typed.add(c.name);
        return `${sqlIdent(names[i]!)} AS ${sqlIdent(c.name)}`;
      }
      return `NULLIF(CAST(${sqlIdent(names[i]!)} AS VARCHAR), '') AS ${sqlIdent(c.name)}`;
    })
    .join(", ");
  return { source: { file, select: `SELECT ${select} FROM ${reader}`, present: new Set(match.present.keys()), typed }, problems: match.problems };
}

/** Errors that say nothing about the file: they are rethrown, not reported as a problem of it. */
const NOT_THE_FILE = /^(Out of Memory|INTERRUPT|Interrupt|FATAL|Catalog|Binder|Parser|Transaction|Internal)/i;

/**
 * In Parquet, ids and codes must be text columns: as numbers they lose leading zeros (BSN
 * `012345672`, gemeentecode `0363`), silently changing the key.
 */
function textColumnTypes(file: RegisterFile, described: readonly { column_name: string; column_type: string }[], present: ReadonlyMap<string, number>): ImportProblem[] {
  const textKinds = new Set(["person_id", "text", "municipality", "postcode4", "enum", "postcode", "email", "phone"]);
  return REGISTER_FORMAT[file.table].columns.flatMap((c) => {
    const i = present.get(c.name);
    const type = i === undefined ? undefined : described[i]?.column_type;
    if (type === undefined || type === "VARCHAR" || !textKinds.has(c.kind.type)) return [];
    return [
      {
        file: file.name,
        line: null,
        column: c.name,
        value: type,
        rule: "COLUMN_TYPE" as const,
        message: "ids and codes must be a text (string) column in Parquet: as a number they lose leading zeros",
      },
    ];
  });
}

/** Runs a statement that reads the source; DuckDB's message when the file cannot be read at all. */
export async function runReading(conn: DuckDBConnection, sql: string): Promise<string | undefined> {
  try {
    await conn.run(sql);
    return undefined;
  } catch (e) {
    const message = (e as Error).message;
    if (NOT_THE_FILE.test(message)) throw e;
    return firstLine(message);
  }
}

/** How many records DuckDB skipped as malformed in the last read of a CSV source (then forgets them). */
export async function takeRejectedCount(conn: DuckDBConnection, source: FileSource): Promise<number> {
  if (!source.rejectsTable) return 0;
  const rows = await queryRows<{ n: bigint }>(conn, `SELECT count(*) AS n FROM ${source.rejectsTable}`);
  await conn.run(`DROP TABLE IF EXISTS ${source.rejectsTable}; DROP TABLE IF EXISTS ${source.rejectsTable}_scans`);
  return Number(rows[0]?.n ?? 0);
}
