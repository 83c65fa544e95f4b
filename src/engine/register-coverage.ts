/**
 * The optional `register.csv` of a register folder: one row saying what the extract covers,
 * `as_of` (the day it is "as known on"), `first_teljaar` / `last_teljaar` (the teljaren it
 * holds completely), `facts_until` (the last day whose situation it holds: enrolments, jobs, diplomas; default
 * `as_of`) and `synthetic_scale` (only for a generated register: the share of the Netherlands it simulates). The importer stores it as `register.coverage`, which register-state.ts reads
 * (docs/decisions.md, 8 and 10); a register without it has no coverage table.
 *
 * It is one row, so its values are checked here in JavaScript with the domain parsers.
 */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { tryParseIsoDate, type IsoDate } from "../domain/dates.js";
import { tryParseTeljaar, type Teljaar } from "../domain/teljaar.js";
import { queryRows, sqlString } from "./database.js";
import { readCsvHeader } from "./register-csv-lines.js";
import type { ImportProblem } from "./register-problems.js";
import { REGISTER_SCHEMA } from "./register-tables.js";

export const COVERAGE_FILE = "register.csv";
export const COVERAGE_COLUMNS = ["as_of", "first_teljaar", "last_teljaar", "facts_until", "synthetic_scale"] as const;
export const COVERAGE_TABLE = `${REGISTER_SCHEMA}.coverage`;
const COVERAGE_DDL = "as_of DATE, first_teljaar VARCHAR, last_teljaar VARCHAR, facts_until DATE, synthetic_scale DOUBLE";

export interface Coverage {
  readonly asOf: IsoDate | null;
  readonly firstTeljaar: Teljaar | null;
  readonly lastTeljaar: Teljaar | null;
  /** The last day whose situation the register holds (null: as_of). */
  readonly factsUntil: IsoDate | null;
  /** A generated register's scale (1 = the whole Netherlands); null for a real register. */
  readonly syntheticScale: number | null;
}

/** The coverage file of a folder, for the checksum, when there is one. */
export function findCoverageFile(folder: string): { name: string; path: string; size: number } | undefined {
  const file = path.join(folder, COVERAGE_FILE);
  return existsSync(file) ? { name: COVERAGE_FILE, path: file, size: statSync(file).size } : undefined;
}

function problem(line: number | null, column: string | null, value: string | null, rule: ImportProblem["rule"], message: string): ImportProblem {
  return { file: COVERAGE_FILE, line, column, value, rule, message };
}

/** Reads and checks `register.csv`; no coverage and no problems when the folder has none. */
export async function readCoverage(conn: DuckDBConnection, folder: string): Promise<{ coverage?: Coverage; problems: ImportProblem[] }> {
  const found = findCoverageFile(folder);
  if (!found) return { problems: [] };
  const header = await readCsvHeader(found.path);
  if ("empty" in header) return { problems: [problem(1, null, null, "EMPTY_FILE", "the file is empty: give a header as_of,first_teljaar,last_teljaar and one row")] };
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  for (const name of header.columns) {
    if (!(COVERAGE_COLUMNS as readonly string[]).includes(name)) {
      problems.push(problem(1, name, name, "UNKNOWN_COLUMN", `register.csv has no column of this name: its columns are ${COVERAGE_COLUMNS.join(", ")}`));
    } else if (seen.has(name)) problems.push(problem(1, name, name, "DUPLICATE_COLUMN", "the column appears twice in the header: keep one"));
    seen.add(name);
  }
  let rows: Record<string, string | null>[];
  try {
    const columns = header.columns.map((_, i) => `'c${i}': 'VARCHAR'`).join(", ");
    rows = await queryRows<Record<string, string | null>>(
      conn,
      `SELECT * FROM read_csv(${sqlString(found.path)}, header = true, auto_detect = false, all_varchar = true, delim = ',', quote = '"', escape = '"', strict_mode = true, columns = {${columns}})`,
    );
  } catch (e) {
    return { problems: [...problems, problem(null, null, null, "MALFORMED_CSV", `the file is not valid CSV (${(e as Error).message.split("\n")[0]}): write it as RFC 4180 CSV`)] };
  }
  if (rows.length !== 1) {
    return { problems: [...problems, problem(rows.length === 0 ? null : 3, null, null, "ONE_ROW", `register.csv must have exactly one row after its header, not ${rows.length}`)] };
  }
  const row = rows[0]!;
  const value = (column: string): string | null => {
    const i = header.columns.indexOf(column);
    return i < 0 ? null : (row[`c${i}`] ?? null);
  };
  const date = (column: string, example: string): IsoDate | null => {
    const text = value(column);
    if (text === null) return null;
    const d = tryParseIsoDate(text);
    if (d === undefined) problems.push(problem(2, column, text, "DATE", `not a valid date: write a real calendar date as YYYY-MM-DD (e.g. ${example})`));
    return d ?? null;
  };
  const asOf = date("as_of", "2024-10-01");
  const teljaar = (column: string): Teljaar | null => {
    const text = value(column);
    if (text === null) return null;
    const t = tryParseTeljaar(text);
    if (t === undefined) problems.push(problem(2, column, text, "TELJAAR", 'not a teljaar: write two consecutive years, e.g. "2023-2024"'));
    return t ?? null;
  };
  const factsUntil = date("facts_until", "2025-12-31");
  const scaleText = value("synthetic_scale");
  const syntheticScale = scaleText === null ? null : Number(scaleText);
  if (scaleText !== null && !(Number.isFinite(syntheticScale) && syntheticScale! > 0)) {
    problems.push(problem(2, "synthetic_scale", scaleText, "NUMBER", "not a scale: write a number above 0 (e.g. 0.1), or leave the field empty for a real register"));
  }
  const firstTeljaar = teljaar("first_teljaar");
  const lastTeljaar = teljaar("last_teljaar");
  if (firstTeljaar && lastTeljaar && lastTeljaar < firstTeljaar) {
    problems.push(problem(2, "last_teljaar", lastTeljaar, "END_BEFORE_START", "last_teljaar is before first_teljaar: swap them"));
  }
  return problems.length > 0 ? { problems } : { coverage: { asOf, firstTeljaar, lastTeljaar, factsUntil, syntheticScale }, problems };
}

/** Inside the replacing transaction: the new register's coverage, or none. */
export async function replaceCoverage(conn: DuckDBConnection, coverage: Coverage | undefined): Promise<void> {
  await conn.run(`DROP TABLE IF EXISTS ${COVERAGE_TABLE}`);
  if (!coverage) return;
  const lit = (v: string | null, type = "VARCHAR") => (v === null ? `NULL::${type}` : `${sqlString(v)}::${type}`);
  await conn.run(`CREATE TABLE ${COVERAGE_TABLE} (${COVERAGE_DDL})`);
  const scale = coverage.syntheticScale === null ? "NULL::DOUBLE" : `${coverage.syntheticScale}::DOUBLE`;
  await conn.run(`INSERT INTO ${COVERAGE_TABLE} VALUES (${lit(coverage.asOf, "DATE")}, ${lit(coverage.firstTeljaar)}, ${lit(coverage.lastTeljaar)}, ${lit(coverage.factsUntil, "DATE")}, ${scale})`);
}
