/**
 * Reading a group's rows for the store, and the error path. The check pass (duo-import-scan.ts)
 * says per file whether any value is malformed; only then, and only for the files concerned, the
 * raw text is read again to say which value on which line is wrong (duo-import-validate.ts).
 * Otherwise the rows are read once more, converted to what the store keeps, straight into the
 * store (`storeSelect`, duo-import-store.ts).
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { DuoImportProblem } from "./duo-import-problems.js";
import { columnRef, type ImportGroup } from "./duo-import-plan.js";
import { findValueProblems } from "./duo-import-validate.js";
import { insertSql, stagedSql, type NameMaps } from "./duo-import-values.js";
import { readGroup } from "./duo-read-csv.js";

/**
 * The SELECT that reads a group's files once more and gives the store's columns: `file_id` (from
 * DuckDB's `file_index`, through a constant list: no join, so the rows keep the files' order),
 * `person_key` and every stored column, typed (src/engine/duo-import-values.ts), level and leerweg
 * normalised through the names found by the check pass. `line` is set afterwards (duo-import-store.ts).
 * Two levels, so that each value is converted once.
 */
export function storeSelect(group: ImportGroup, maps: NameMaps, reader: string): string {
  const staged = group.columns.flatMap((c) => stagedSql(c, columnRef(group, c.duo)));
  const ids = `[${group.members.map((m) => m.fileId).join(", ")}]`;
  const persons = group.columns.filter((c) => c.type === "person-id" && columnRef(group, c.duo) !== undefined).map((c) => c.column);
  const inner = [`${ids}[CAST(file_index AS BIGINT) + 1] AS file_id`, ...staged.map((x) => `${x.sql} AS ${x.name}`)].join(", ");
  const outer = [
    "file_id",
    "0 AS line",
    `${persons.length === 0 ? "NULL::VARCHAR" : `coalesce(${persons.join(", ")})`} AS person_key`,
    ...group.columns.flatMap((c) => insertSql(c, maps)),
  ].join(", ");
  return `SELECT ${outer} FROM (SELECT ${inner} FROM ${reader})`;
}

/** The error path: reads the raw text of the files concerned and lists every malformed value. */
export async function locateValueProblems(conn: DuckDBConnection, group: ImportGroup, fileNos: ReadonlySet<number>, limit: number): Promise<DuoImportProblem[]> {
  const files = group.files.filter((f) => fileNos.has(f.no));
  if (files.length === 0) return [];
  // Malformed lines were reported while staging; here only their place in the file counts.
  const read = await readGroup(conn, group, limit, { mode: "raw", select: group.header.map((_, i) => `c${i}`).join(", "), files });
  if (!read.read) return read.problems;
  return findValueProblems(conn, group, limit);
}
