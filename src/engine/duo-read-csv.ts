/**
 * DuckDB reads DUO files: all files with the same layout and the same header in ONE `read_csv`
 * call over the file list (no sniffing: delimiter `;`, quoting and escaping off, every column text
 * under a positional name `c0`, `c1`, …), into a temporary table. Lines with too few or too many
 * fields are left out by DuckDB's strict mode and reported with their line (`store_rejects`).
 * Two modes: `stage` converts the values while reading (the import's one pass over the data);
 * `raw` keeps the text of every column (only on the error path, to say which value is wrong).
 *
 * Each row keeps its physical line. DuckDB keeps the file order when it fills a table (insertion
 * order is preserved), so a row's ordinal in its file is its rowid minus the file's first rowid;
 * the line is the ordinal + 2 (header = line 1), plus the lines DuckDB skipped before it (blank
 * lines, found by the header scan, and rejected lines). The view `duo_<mode>_rows_<n>` adds
 * `file_no`, `line` and the file's `date_format`, `file_id` and scope to the columns read.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { readFileSync } from "node:fs";
import { maskPersonId } from "../domain/person-id.js";
import { queryRows, sqlString } from "./database.js";
import { fileProblem, type DuoImportProblem } from "./duo-import-problems.js";
import { firstMixedLineEnding } from "./duo-read-header.js";

/** One file of a group, as the reader needs it. */
export interface GroupFile {
  /** The file's number in this import (`file_no`). */
  readonly no: number;
  readonly display: string;
  readonly readPath: string;
  readonly blankLines: readonly number[];
}

export interface ReadGroup {
  readonly no: number;
  /** Column names in file order (the same for every file of the group). */
  readonly header: readonly string[];
  readonly files: readonly GroupFile[];
}

export type ReadMode = "stage" | "raw";

/** The names of a group's temporary relations in one mode. */
export function groupRelations(no: number, mode: ReadMode = "stage") {
  return {
    table: `duo_${mode}_${no}`,
    bounds: `duo_${mode}_bounds_${no}`,
    gaps: `duo_${mode}_gaps_${no}`,
    rows: `duo_${mode}_rows_${no}`,
    rejects: `duo_${mode}_rejects_${no}`,
    rejectScans: `duo_${mode}_reject_scans_${no}`,
  };
}

export interface ReadSpec {
  readonly mode: ReadMode;
  /** The SELECT list over the text columns `c0`, `c1`, … */
  readonly select: string;
  /** A SELECT list over the columns of `select`, when a second level is needed. */
  readonly outer?: string;
  /** The files to read (default: every file of the group). */
  readonly files?: readonly GroupFile[];
}

export interface ReadResult {
  /** False when DuckDB could not read the group (the problems say why): it has no rows view. */
  readonly read: boolean;
  /** Rows per file number. */
  readonly rows: ReadonlyMap<number, number>;
  readonly problems: DuoImportProblem[];
}

/** DuckDB's message, first line only, with runs of 9+ digits masked: it may quote the file. */
function firstLine(message: string): string {
  return message
    .split("\n")[0]!
    .slice(0, 300)
    .replace(/\d{9,}/g, (digits) => maskPersonId(digits));
}

export function readerSql(paths: readonly string[], columns: number, rejects?: { table: string; scans: string; limit: number }): string {
  const cols = Array.from({ length: columns }, (_, i) => `'c${i}': 'VARCHAR'`).join(", ");
  const rejectOptions = rejects
    ? `, store_rejects = true, rejects_table = ${sqlString(rejects.table)}, rejects_scan = ${sqlString(rejects.scans)}, rejects_limit = ${rejects.limit}`
    : "";
  return (
    `read_csv([${paths.map(sqlString).join(", ")}], header = true, auto_detect = false, delim = ';', quote = '', escape = '', ` +
    `columns = {${cols}}, filename = true, strict_mode = true${rejectOptions})`
  );
}

/** Errors that say nothing about the files: rethrown, not reported as a problem of them. */
export const NOT_THE_FILE = /^(Out of Memory|INTERRUPT|Interrupt|FATAL|Catalog|Binder|Parser|Transaction|Internal)/i;

/** Reads (some files of) a group into a temporary table and defines its rows view; problems for malformed lines. */
export async function readGroup(conn: DuckDBConnection, group: ReadGroup, limit: number, spec: ReadSpec): Promise<ReadResult> {
  const rel = groupRelations(group.no, spec.mode);
  const files = spec.files ?? group.files;
  const byPath = new Map(files.map((f) => [f.readPath, f]));
  try {
    const reader = readerSql([...byPath.keys()], group.header.length, { table: rel.rejects, scans: rel.rejectScans, limit: limit + 1 });
    const read = `SELECT filename, ${spec.select} FROM ${reader}`;
    await conn.run(`CREATE OR REPLACE TEMP TABLE ${rel.table} AS ${spec.outer === undefined ? read : `SELECT filename, ${spec.outer} FROM (${read})`}`);
  } catch (e) {
    const message = (e as Error).message;
    if (NOT_THE_FILE.test(message)) throw e;
    return { read: false, rows: new Map(), problems: await diagnose(conn, group.header.length, files) };
  }

  const { problems, skipped } = await readRejects(conn, group.no, spec.mode, files, group.header.length);

  const paths = files.map((f) => `(${f.no}, ${sqlString(f.readPath)})`).join(", ");
  await conn.run(
    `CREATE OR REPLACE TEMP TABLE ${rel.bounds} AS
     SELECT m.file_no, m.filename, coalesce(r.first_rowid, 0) AS first_rowid, coalesce(r.n, 0) AS n
     FROM (VALUES ${paths}) m(file_no, filename)
     LEFT JOIN (SELECT filename, min(rowid) AS first_rowid, count(*) AS n FROM ${rel.table} GROUP BY filename) r USING (filename)`,
  );
  const gaps = gapRows(skipped);
  const ordinal = `(r.rowid - b.first_rowid)`;
  let shift = "0";
  let asof = "";
  if (gaps.length > 0) {
    await conn.run(`CREATE OR REPLACE TEMP TABLE ${rel.gaps} AS SELECT * FROM (VALUES ${gaps.map((g) => `(${g.join(", ")})`).join(", ")}) g(file_no, from_ordinal, shift)`);
    shift = "coalesce(g.shift, 0)";
    asof = `ASOF LEFT JOIN ${rel.gaps} g ON g.file_no = b.file_no AND ${ordinal} >= g.from_ordinal`;
  }
  await conn.run(
    `CREATE OR REPLACE TEMP VIEW ${rel.rows} AS
     SELECT b.file_no, CAST(${ordinal} + 2 + ${shift} AS INTEGER) AS line, f.date_format, f.file_id, f.scope_kind, f.scope_code, r.* EXCLUDE (filename)
     FROM ${rel.table} r JOIN ${rel.bounds} b USING (filename) JOIN duo_import_files f ON f.file_no = b.file_no ${asof}`,
  );
  const counts = await queryRows<{ file_no: number; n: bigint }>(conn, `SELECT file_no, n FROM ${rel.bounds}`);
  return { read: true, rows: new Map(counts.map((c) => [Number(c.file_no), Number(c.n)])), problems };
}

/**
 * The lines DuckDB left out of a read (`store_rejects`), as FIELD_COUNT / MALFORMED_CSV problems,
 * and per file every line it skipped (blank lines from the header scan, and the rejected ones).
 * Drops the rejects tables.
 */
export async function readRejects(
  conn: DuckDBConnection,
  groupNo: number,
  mode: ReadMode,
  files: readonly GroupFile[],
  headerFields: number,
): Promise<{ problems: DuoImportProblem[]; skipped: Map<number, number[]> }> {
  const rel = groupRelations(groupNo, mode);
  const byPath = new Map(files.map((f) => [f.readPath, f]));
  const problems: DuoImportProblem[] = [];
  const skipped = new Map<number, number[]>(files.map((f) => [f.no, [...f.blankLines]]));
  const rejected = await queryRows<{ file_path: string; line: bigint; error_type: string; error_message: string }>(
    conn,
    `SELECT s.file_path, e.line, e.error_type, e.error_message FROM ${rel.rejects} e JOIN ${rel.rejectScans} s USING (scan_id, file_id) ORDER BY s.file_path, e.line, e.byte_position`,
  );
  await conn.run(`DROP TABLE IF EXISTS ${rel.rejects}; DROP TABLE IF EXISTS ${rel.rejectScans}`);
  for (const r of rejected) {
    const f = byPath.get(r.file_path);
    if (!f) continue;
    const line = Number(r.line);
    // DuckDB may report one short line several times (once per missing column): the first says it.
    if (skipped.get(f.no)!.includes(line)) continue;
    skipped.get(f.no)!.push(line);
    problems.push(rejectProblem(f.display, line, r.error_type, r.error_message, headerFields));
  }
  return { problems, skipped };
}

/**
 * For the ASOF join: records from ordinal `from` on lie `shift` lines further down. With skipped
 * lines s1 < s2 < … (1-based i), the records after s_i start at ordinal s_i − 1 − i.
 */
export function gapRows(skipped: ReadonlyMap<number, number[]>): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (const [no, lines] of skipped) {
    const byFrom = new Map<number, number>();
    [...lines].sort((a, b) => a - b).forEach((s, i) => byFrom.set(s - 2 - i, i + 1));
    for (const [from, shift] of byFrom) out.push([no, from, shift]);
  }
  return out;
}

function rejectProblem(file: string, line: number, type: string, message: string, headerFields: number): DuoImportProblem {
  const found = /Found:\s*(\d+)/.exec(message)?.[1];
  if (type === "MISSING COLUMNS" || type === "TOO MANY COLUMNS") {
    const n = found === undefined ? (type === "MISSING COLUMNS" ? "fewer" : "more") : found;
    return fileProblem(
      file,
      "FIELD_COUNT",
      `the line has ${n} fields where the header has ${headerFields}: it may be cut off (a download that did not finish) or hold a stray ';'; download the file again from Mijn DUO`,
      line,
    );
  }
  return fileProblem(file, "MALFORMED_CSV", `DuckDB cannot read this line (${type.toLowerCase()}: ${firstLine(message)}): download the file again from Mijn DUO`, line);
}

/** Why DuckDB could not read a group at all: line endings mixed in a file, else each file alone. */
export async function diagnose(conn: DuckDBConnection, columns: number, files: readonly GroupFile[]): Promise<DuoImportProblem[]> {
  const problems: DuoImportProblem[] = [];
  for (const f of files) {
    const mixed = firstMixedLineEnding(readFileSync(f.readPath));
    if (mixed !== undefined) {
      problems.push(
        fileProblem(
          f.display,
          "LINE_ENDINGS",
          "this line ends differently from the header (\\r\\n and \\n mixed in one file, as after editing by hand): download the file again, or save it with one kind of line ending",
          mixed,
        ),
      );
      continue;
    }
    try {
      await conn.run(`SELECT count(*) FROM ${readerSql([f.readPath], columns)}`);
    } catch (e) {
      problems.push(fileProblem(f.display, "MALFORMED_CSV", `DuckDB cannot read the file (${firstLine((e as Error).message)}): download it again from Mijn DUO`));
    }
  }
  if (problems.length === 0) {
    problems.push(fileProblem(files[0]!.display, "MALFORMED_CSV", "DuckDB cannot read these files together, though it reads each alone: import them one at a time"));
  }
  return problems;
}

/** Drops every temporary relation of a group, in both modes. */
export async function dropGroup(conn: DuckDBConnection, no: number): Promise<void> {
  for (const mode of ["stage", "raw"] as const) {
    const rel = groupRelations(no, mode);
    await conn.run(
      `DROP VIEW IF EXISTS ${rel.rows}; DROP TABLE IF EXISTS ${rel.table}; DROP TABLE IF EXISTS ${rel.bounds}; DROP TABLE IF EXISTS ${rel.gaps}; DROP TABLE IF EXISTS ${rel.rejects}; DROP TABLE IF EXISTS ${rel.rejectScans}`,
    );
  }
}
