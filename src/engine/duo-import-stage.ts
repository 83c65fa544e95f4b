/**
 * The import's one pass over the data: while DuckDB reads a group of files, every value is
 * converted to what the store keeps (src/engine/duo-import-values.ts), and each row gets
 * `vsv_bad` (a bit per checked column whose text is malformed) and `vsv_dates` (bit 1: a date
 * written DD-MM-YYYY, bit 2: YYYYMMDD). Afterwards, per file: its date format (the one most of its
 * rows use) and whether anything is wrong. Only then, and only for the files concerned, the raw
 * text is read again to say which value on which line is wrong (duo-import-validate.ts).
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { DuoDateFormat } from "../domain/duo/values.js";
import { queryRows, sqlString } from "./database.js";
import type { DuoImportProblem } from "./duo-import-problems.js";
import { columnRef, type ImportGroup } from "./duo-import-plan.js";
import { findValueProblems } from "./duo-import-validate.js";
import { badSql, stagedSql } from "./duo-import-values.js";
import { groupRelations, readGroup } from "./duo-read-csv.js";

/** How a checked column's converted value tells that its text was malformed (NULL from a non-empty text). */
function badFromTyped(type: string, raw: string, typed: string): string {
  // an all-zero person number is "unknown", not malformed
  const unknownToo = type === "person-id" ? ` AND ltrim(duo_t(${raw}), '0') <> ''` : "";
  return `(${typed} IS NULL AND duo_t(${raw}) IS NOT NULL${unknownToo})`;
}

/**
 * The SELECT list that stages a group: typed columns, `person_key`, `vsv_bad`, `vsv_dates`. Two
 * levels, so that each value is converted once: the inner one converts and passes the raw text of
 * the checked columns on; the outer one derives the flags from both (no pattern matching twice).
 */
export function stagingSelect(group: ImportGroup): { select: string; outer: string } {
  const staged = group.columns.flatMap((c) => stagedSql(c, columnRef(group, c.duo)));
  const checked = group.columns.flatMap((c) => {
    const ref = columnRef(group, c.duo);
    return ref !== undefined && badSql(c, ref) !== undefined ? [{ c, ref }] : [];
  });
  const dates = checked.filter((k) => k.c.type === "date").map((k) => k.ref);
  const inner = [...staged.map((s) => `${s.sql} AS ${s.name}`), ...checked.map((k) => `${k.ref} AS vsv_raw_${k.ref}`)].join(", ");
  const bad = checked.map((k, i) => `(CASE WHEN ${badFromTyped(k.c.type, `vsv_raw_${k.ref}`, k.c.column)} THEN ${2 ** i} ELSE 0 END)`);
  // the shape is enough to choose a file's format: values of the other shape are then checked exactly
  const dmy = dates.map((r) => `duo_t(vsv_raw_${r}) LIKE '__-__-____'`).join(" OR ");
  const ymd = dates.map((r) => `length(duo_t(vsv_raw_${r})) = 8`).join(" OR ");
  const persons = group.columns.filter((c) => c.type === "person-id" && columnRef(group, c.duo) !== undefined).map((c) => c.column);
  const outer = [
    ...staged.map((s) => s.name),
    `${persons.length === 0 ? "NULL::VARCHAR" : `coalesce(${persons.join(", ")})`} AS person_key`,
    `${bad.length === 0 ? "0" : bad.join(" + ")} AS vsv_bad`,
    dates.length === 0 ? "0 AS vsv_dates" : `(CASE WHEN ${dmy} THEN 1 ELSE 0 END) + (CASE WHEN ${ymd} THEN 2 ELSE 0 END) AS vsv_dates`,
  ].join(", ");
  return { select: inner, outer };
}

/**
 * Sets each file's date format (`dateFormat`, and in `duo_import_files`) from its staged rows and
 * returns the numbers of the files with a malformed value or dates in both formats.
 */
export async function checkStaged(conn: DuckDBConnection, group: ImportGroup): Promise<Set<number>> {
  const rows = await queryRows<{ file_no: number; dmy: bigint; ymd: bigint; bad: bigint }>(
    conn,
    `SELECT file_no, count(*) FILTER (WHERE vsv_dates & 1 <> 0) AS dmy, count(*) FILTER (WHERE vsv_dates & 2 <> 0) AS ymd,
            count(*) FILTER (WHERE vsv_bad <> 0) AS bad
     FROM ${groupRelations(group.no).rows} GROUP BY file_no`,
  );
  const wrong = new Set<number>();
  for (const r of rows) {
    const dmy = Number(r.dmy);
    const ymd = Number(r.ymd);
    const file = group.members.find((m) => m.no === Number(r.file_no));
    if (!file) continue;
    file.dateFormat = dmy === 0 && ymd === 0 ? null : ymd > dmy ? "YYYYMMDD" : "DD-MM-YYYY";
    if (Number(r.bad) > 0 || (dmy > 0 && ymd > 0)) wrong.add(file.no);
  }
  const known = group.members.filter((m): m is typeof m & { dateFormat: DuoDateFormat } => m.dateFormat !== null);
  if (known.length > 0) {
    await conn.run(
      `UPDATE duo_import_files SET date_format = CASE file_no ${known.map((m) => `WHEN ${m.no} THEN ${sqlString(m.dateFormat)}`).join(" ")} END WHERE file_no IN (${known.map((m) => m.no).join(", ")})`,
    );
  }
  return wrong;
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
