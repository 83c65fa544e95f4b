/**
 * The files of a register folder: which exchange-format file holds each table (CSV or Parquet),
 * whether their headers have the right columns, and the checksum that identifies the register.
 */
import { createHash } from "node:crypto";
import { createReadStream, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { VsvError } from "../domain/errors.js";
import { REGISTER_FORMAT, REGISTER_TABLES, REQUIRED_TABLES, type RegisterTable } from "../domain/register-format.js";
import type { ImportProblem } from "./register-problems.js";

export type RegisterFileFormat = "csv" | "parquet";

export interface RegisterFile {
  readonly table: RegisterTable;
  /** File name inside the folder, e.g. `persons.csv`; problems name files this way. */
  readonly name: string;
  readonly path: string;
  readonly format: RegisterFileFormat;
  readonly size: number;
}

const FORMATS: readonly RegisterFileFormat[] = ["csv", "parquet"];

/**
 * Finds `<table>.csv` or `<table>.parquet` for every table. A missing required file or a table
 * given in both formats is a problem; other files in the folder are ignored.
 */
export function findRegisterFiles(folder: string): { files: RegisterFile[]; problems: ImportProblem[] } {
  let names: Set<string>;
  try {
    if (!statSync(folder).isDirectory()) throw new Error("not a folder");
    names = new Set(readdirSync(folder));
  } catch {
    throw new VsvError("NO_REGISTER_FOLDER", `${folder} is not a folder: give the folder that holds persons.csv, enrolments.csv, …`);
  }
  const files: RegisterFile[] = [];
  const problems: ImportProblem[] = [];
  for (const table of REGISTER_TABLES) {
    const found = FORMATS.filter((f) => names.has(`${table}.${f}`));
    if (found.length === 0) {
      if (REQUIRED_TABLES.includes(table)) {
        problems.push({
          file: `${table}.csv`,
          line: null,
          column: null,
          value: null,
          rule: "MISSING_FILE",
          message: `every register needs ${table}: add ${table}.csv or ${table}.parquet to the folder`,
        });
      }
      continue;
    }
    if (found.length > 1) {
      problems.push({
        file: `${table}.parquet`,
        line: null,
        column: null,
        value: null,
        rule: "DUPLICATE_FILE",
        message: `both ${table}.csv and ${table}.parquet are present: keep only one of them`,
      });
    }
    const format = found[0]!;
    const name = `${table}.${format}`;
    const file = path.join(folder, name);
    files.push({ table, name, path: file, format, size: statSync(file).size });
  }
  return { files, problems };
}

/**
 * The register id: sha256 over the name, size and bytes of each file, in table order (then
 * register.csv). The same files give the same id wherever they lie; any changed byte gives another.
 */
export async function registerChecksum(
  files: readonly Pick<RegisterFile, "name" | "path" | "size">[],
  onBytes?: (done: number, total: number) => void,
): Promise<string> {
  const hash = createHash("sha256");
  const total = files.reduce((s, f) => s + f.size, 0);
  let done = 0;
  for (const f of files) {
    hash.update(`${f.name}\0${f.size}\0`);
    for await (const chunk of createReadStream(f.path, { highWaterMark: 1 << 22 }) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      done += chunk.length;
      onBytes?.(done, total);
    }
  }
  return hash.digest("hex");
}

/** Where each column of the format is found in a file: the column's position in the header. */
export interface HeaderMatch {
  /** Format column name → index in the file's header (absent columns are not in the map). */
  readonly present: ReadonlyMap<string, number>;
  readonly problems: ImportProblem[];
}

/**
 * Checks a header against the format: an unknown or repeated column and a missing required
 * column are problems (on the header line; Parquet has none: null). Column order is free;
 * absent optional columns are empty.
 */
export function matchHeader(file: RegisterFile, header: readonly string[], headerLine: number | null = 1): HeaderMatch {
  const spec = REGISTER_FORMAT[file.table];
  const known = new Set(spec.columns.map((c) => c.name));
  const present = new Map<string, number>();
  const problems: ImportProblem[] = [];
  const at = (column: string, rule: ImportProblem["rule"], message: string): ImportProblem => ({
    file: file.name,
    line: headerLine,
    column,
    value: column,
    rule,
    message,
  });
  header.forEach((name, i) => {
    if (!known.has(name)) {
      const like = spec.columns.find((c) => c.name.toLowerCase() === name.trim().toLowerCase());
      const hint = like ? `; did you mean ${like.name}?` : `; the columns of ${file.table} are ${spec.columns.map((c) => c.name).join(", ")}`;
      problems.push(at(name, "UNKNOWN_COLUMN", `${file.table} has no column of this name: remove it or rename it${hint}`));
    } else if (present.has(name)) {
      problems.push(at(name, "DUPLICATE_COLUMN", "the column appears twice in the header: keep one"));
    } else present.set(name, i);
  });
  for (const c of spec.columns) {
    if (c.required && !present.has(c.name)) {
      problems.push({ ...at(c.name, "MISSING_COLUMN", `${file.table} needs the column ${c.name}: add it to the header`), value: null });
    }
  }
  return { present, problems };
}
