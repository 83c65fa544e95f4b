/**
 * `importRegister`: reads a register folder in the exchange format (docs/register-import.md) into
 * the store, all or nothing. The steps:
 *   1. find the files and checksum them (the checksum is the register id; the same id as the
 *      stored register means "unchanged", and nothing is written);
 *   2. load every file with DuckDB's CSV/Parquet reader into a typed staging table sorted by
 *      person_id, evaluating the row rules on the way (register-stage.ts);
 *   3. check the rules that span rows and files with set-based SQL (register-validate.ts);
 *   4. on problems only: read the files concerned once more to find the records and the rules
 *      they break, scan those CSV files for line numbers and structural errors, and throw
 *      `RegisterRejected` with the list (up to a limit);
 *   5. otherwise swap the staging tables in, in one transaction (register-replace.ts): a rename,
 *      so every row is written to disk once.
 */
import path from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { REGISTER_FORMAT, REGISTER_TABLES, type RegisterTable } from "../domain/register-format.js";
import { withDatabase } from "./database.js";
import { knownMunicipalityCodes, loadReference } from "./reference.js";
import { scanCsv } from "./register-csv-lines.js";
import { COVERAGE_FILE, findCoverageFile, readCoverage } from "./register-coverage.js";
import { findRegisterFiles, registerChecksum, type RegisterFile } from "./register-files.js";
import { RegisterRejected, displayValue, sortProblems, type ImportProblem } from "./register-problems.js";
import { readRegisterMeta, replaceRegister, type RegisterMeta } from "./register-replace.js";
import { dropStaging, stageFile, type StagedFile } from "./register-stage.js";
import { REGISTER_SCHEMA } from "./register-tables.js";
import { findSetProblems, locateProblems, prepareValidation, type Finding, type RecordProblem } from "./register-validate.js";
import { DEFAULT_MAX_IMPORT_PROBLEMS } from "../domain/import-limits.js";

export { RegisterRejected, isRegisterRejected, formatProblem, type ImportProblem, type ImportRule } from "./register-problems.js";

/** Reports progress of one step (e.g. bytes checksummed). */
export interface StepProgress {
  update(done: number, total?: number): void;
}

/**
 * Runs one named step of the import. The CLI passes one that draws a progress bar on stderr;
 * by default steps run silently.
 */
export type StepRunner = <T>(label: string, work: (p: StepProgress) => Promise<T>, summary?: (result: T) => string) => Promise<T>;

export interface ImportOptions {
  /** Most problems listed when the register is rejected (default: config `maxImportProblems`). */
  readonly maxProblems?: number;
  /** Import even when the stored register has the same register id. */
  readonly force?: boolean;
  /** Progress reporting per step (default: none). */
  readonly step?: StepRunner;
  /**
   * For tests only: runs inside the replacing transaction after all tables are written, just
   * before COMMIT. Throwing from it rolls the import back.
   */
  readonly beforeCommit?: () => void | Promise<void>;
}

export interface ImportSummary {
  /** `unchanged`: the store already held this exact register, nothing was written. */
  readonly status: "imported" | "unchanged";
  /** sha256 (hex) over the register's files: the same files give the same id. */
  readonly registerId: string;
  /** The folder the stored register was imported from. */
  readonly source: string;
  /** When the stored register was imported (UTC, ISO 8601). */
  readonly importedAt: string;
  /** Rows per table of the stored register (0 for an absent optional file). */
  readonly counts: Readonly<Record<RegisterTable, number>>;
  /** The files read, e.g. `["persons.csv", "enrolments.csv", "register.csv"]` (empty when unchanged). */
  readonly files: readonly string[];
  readonly durationMs: number;
}

const silentStep: StepRunner = (_label, work) => work({ update() {} });

function count(n: number, noun: string): string {
  return `${n.toLocaleString("en-US")} ${noun}${n === 1 ? "" : "s"}`;
}

/**
 * Imports the register in `folder` into the store in `dataDir` (`<dataDir>/vsv.duckdb`),
 * replacing the register there entirely. Throws `RegisterRejected` (with every problem, up to the
 * limit) when the register breaks the exchange format; the store is then unchanged.
 */
export async function importRegister(dataDir: string, folder: string, options: ImportOptions = {}): Promise<ImportSummary> {
  return withDatabase(dataDir, (db) => importRegisterWith(db.connection, folder, options));
}

/** The same as `importRegister`, on a connection the caller already has open on the store. */
export async function importRegisterWith(conn: DuckDBConnection, folder: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const started = Date.now();
  const step = options.step ?? silentStep;
  const limit = Math.max(1, options.maxProblems ?? DEFAULT_MAX_IMPORT_PROBLEMS);
  const source = path.resolve(folder);

  const found = findRegisterFiles(source);
  const coverageFile = findCoverageFile(source);
  const checksummed = coverageFile ? [...found.files, coverageFile] : found.files;
  const registerId = await step(
    "Checksumming register files",
    (p) => registerChecksum(checksummed, (done, total) => p.update(done, total)),
    (id) => `register id ${id.slice(0, 12)}`,
  );
  const stored = await readRegisterMeta(conn);
  if (stored && stored.registerId === registerId && found.problems.length === 0 && !options.force) {
    return { status: "unchanged", ...stored, files: [], durationMs: Date.now() - started };
  }

  const staged: StagedFile[] = [];
  let swapped = false;
  try {
    const problems: ImportProblem[] = [...found.problems];
    await loadReference(conn);
    await prepareValidation(conn, await knownMunicipalityCodes(conn));
    await conn.run(`CREATE SCHEMA IF NOT EXISTS ${REGISTER_SCHEMA}`);
    await dropStaging(conn);
    for (const file of found.files) {
      const result = await step(
        `Loading ${file.name}`,
        () => stageFile(conn, file, limit),
        (r) => `${count(r.staged.rows, "row")}${r.staged.broken > 0 ? `, ${r.staged.broken.toLocaleString("en-US")} breaking a rule` : ""}`,
      );
      staged.push(result.staged);
      problems.push(...result.problems);
    }
    const { coverage, problems: coverageProblems } = await readCoverage(conn, source);
    problems.push(...coverageProblems);
    // One more than the limit per query, so that a full list shows there are more.
    const findings = await step("Checking keys, persons, municipalities and residences", () => findSetProblems(conn, staged, limit + 1));
    const rejected = staged.some((s) => s.broken > 0 || s.rejected > 0 || s.readError !== undefined);
    if (problems.length > 0 || findings.length > 0 || rejected) {
      const located = await step("Locating problems", () => locateAll(conn, staged, findings, limit + 1));
      const all = sortProblems([...problems, ...located], [...REGISTER_TABLES.flatMap((t) => [`${t}.csv`, `${t}.parquet`]), COVERAGE_FILE]);
      throw new RegisterRejected(source, all.slice(0, limit), all.length > limit);
    }

    const counts = Object.fromEntries(REGISTER_TABLES.map((t) => [t, staged.find((s) => s.file.table === t)?.rows ?? 0])) as Record<RegisterTable, number>;
    const meta: RegisterMeta = { registerId, source, importedAt: new Date().toISOString(), counts };
    await step("Replacing the register in the store", async () => {
      await replaceRegister(conn, staged, meta, coverage, options.beforeCommit);
      swapped = true;
      // Folds the write-ahead log into the database file and frees the old register's blocks.
      await conn.run("CHECKPOINT");
    });
    return { status: "imported", ...meta, files: checksummed.map((f) => f.name), durationMs: Date.now() - started };
  } finally {
    if (!swapped) await dropStaging(conn);
  }
}

/**
 * The error path: which rule each broken row breaks (reading those files once more as text),
 * record numbers turned into lines, and the exact line of every structural CSV error.
 */
async function locateAll(conn: DuckDBConnection, staged: readonly StagedFile[], findings: readonly Finding[], limit: number): Promise<ImportProblem[]> {
  const out: ImportProblem[] = [];
  for (const s of staged) {
    const own = await locateProblems(conn, s, findings, limit);
    if (own.length === 0 && s.rejected === 0 && s.readError === undefined) continue;
    const columnOrder = REGISTER_FORMAT[s.file.table].columns.map((c) => c.name);
    own.sort((a, b) => a.rec - b.rec || columnOrder.indexOf(a.column) - columnOrder.indexOf(b.column));
    const lineOf = await lineMapper(s, own, limit, out);
    for (const p of own) {
      const related = p.relatedRec === undefined ? undefined : lineOf(p.relatedRec);
      out.push({
        file: s.file.name,
        line: lineOf(p.rec),
        column: p.column,
        value: displayValue(p.value),
        rule: p.rule,
        message: p.message.replace("@related", `${s.file.format === "parquet" ? "row" : "line"} ${related ?? "?"}`),
      });
    }
  }
  return out;
}

async function lineMapper(
  s: StagedFile,
  own: readonly RecordProblem[],
  limit: number,
  structural: ImportProblem[],
): Promise<(rec: number) => number | null> {
  if (s.file.format === "parquet") {
    if (s.readError !== undefined) {
      structural.push({ ...unreadable(s.file, s.readError), rule: "UNREADABLE_FILE", message: `the Parquet file cannot be read (${s.readError}): write it again` });
    }
    return (rec) => rec + 1;
  }
  const wanted = own.flatMap((p) => (p.relatedRec === undefined ? [p.rec] : [p.rec, p.relatedRec]));
  const scan = await scanCsv(s.file.path, s.file.name, wanted, limit);
  structural.push(...scan.problems);
  if (s.readError !== undefined && scan.problems.length === 0) structural.push(unreadable(s.file, s.readError));
  if (s.rejected > 0 && scan.problems.length === 0) {
    structural.push({ ...unreadable(s.file, `${s.rejected} malformed record(s) found by the CSV reader`), rule: "MALFORMED_CSV" });
  }
  // When this scan and DuckDB disagree on which records are well-formed, record numbers would
  // point at wrong lines: better no line than a wrong one.
  if (scan.records !== s.rows) return () => null;
  return (rec) => scan.lines.get(rec) ?? null;
}

function unreadable(file: RegisterFile, detail: string): ImportProblem {
  return {
    file: file.name,
    line: null,
    column: null,
    value: null,
    rule: "MALFORMED_CSV",
    message: `the file is not valid CSV as the exchange format wants it (${detail}): write it as RFC 4180 CSV, UTF-8, comma-separated`,
  };
}
