/**
 * The import's check pass: one `read_csv` over every file of a group, aggregated per file, nothing
 * materialised. Per file: its rows, whether any checked value is malformed, how many rows have
 * dates shaped DD-MM-YYYY and YYYYMMDD (the file's date format is the one most rows use), and the
 * distinct level and leerweg texts (mapped through the domain's tables before storing). Lines with
 * the wrong number of fields are problems (`store_rejects`). Only when a file has a malformed
 * value (or dates in both formats) is its raw text read again, to say which value on which line
 * (duo-import-stage.ts). The rows are stored by a second read, straight into the store
 * (duo-import-store.ts): reading 214 MB of text twice costs less than materialising it once more.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { DuoDateFormat } from "../domain/duo/values.js";
import { queryRows, sqlString } from "./database.js";
import type { DuoImportProblem } from "./duo-import-problems.js";
import { columnRef, type ImportGroup } from "./duo-import-plan.js";
import { badSql } from "./duo-import-values.js";
import { NOT_THE_FILE, diagnose, groupRelations, readRejects, readerSql } from "./duo-read-csv.js";

export interface ScanResult {
  /** False when DuckDB could not read the group (the problems say why). */
  readonly read: boolean;
  readonly problems: DuoImportProblem[];
  /** Files with a malformed value or dates in both formats: their values are located on the raw text. */
  readonly wrong: Set<number>;
  readonly levels: Set<string>;
  readonly leerwegen: Set<string>;
}

/** The checked columns of a group: the raw column and the SQL that says its text is malformed. */
function checkedColumns(group: ImportGroup): { type: string; ref: string; bad: string }[] {
  return group.columns.flatMap((c) => {
    const ref = columnRef(group, c.duo);
    const bad = ref === undefined ? undefined : badSql(c, ref, "any");
    return ref === undefined || bad === undefined ? [] : [{ type: c.type, ref, bad }];
  });
}

/** Scans a group: sets each member's `rows` and `dateFormat` (also in `duo_import_files`). */
export async function scanGroup(conn: DuckDBConnection, group: ImportGroup, limit: number): Promise<ScanResult> {
  const rel = groupRelations(group.no, "stage");
  const checked = checkedColumns(group);
  const dates = checked.filter((k) => k.type === "date").map((k) => k.ref);
  const textOf = (type: string) => {
    const c = group.columns.find((x) => x.type === type);
    const ref = c ? columnRef(group, c.duo) : undefined;
    return ref === undefined ? "NULL::VARCHAR" : `duo_text(${ref})`;
  };
  const select = [
    "file_index",
    "count(*) AS n",
    `${checked.length === 0 ? "false" : `bool_or(${checked.map((k) => k.bad).join(" OR ")})`} AS bad`,
    // the shape is enough to choose a file's format: values of the other shape are then checked exactly
    dates.length === 0 ? "0 AS dmy" : `count(*) FILTER (WHERE ${dates.map((r) => `duo_t(${r}) LIKE '__-__-____'`).join(" OR ")}) AS dmy`,
    dates.length === 0 ? "0 AS ymd" : `count(*) FILTER (WHERE ${dates.map((r) => `length(duo_t(${r})) = 8`).join(" OR ")}) AS ymd`,
    `list(DISTINCT ${textOf("level")}) AS levels`,
    `list(DISTINCT ${textOf("leerweg")}) AS leerwegen`,
  ];
  const paths = group.files.map((f) => f.readPath);
  let found: { file_index: bigint; n: bigint; bad: boolean; dmy: bigint; ymd: bigint; levels: (string | null)[]; leerwegen: (string | null)[] }[];
  try {
    const reader = readerSql(paths, group.header.length, { table: rel.rejects, scans: rel.rejectScans, limit: limit + 1 });
    found = await queryRows(conn, `SELECT ${select.join(", ")} FROM ${reader} GROUP BY file_index`);
  } catch (e) {
    if (NOT_THE_FILE.test((e as Error).message)) throw e;
    return { read: false, problems: await diagnose(conn, group.header.length, group.files), wrong: new Set(), levels: new Set(), leerwegen: new Set() };
  }
  const { problems } = await readRejects(conn, group.no, "stage", group.files, group.header.length);
  const wrong = new Set<number>();
  const levels = new Set<string>();
  const leerwegen = new Set<string>();
  for (const m of group.members) m.rows = 0;
  for (const r of found) {
    const file = group.members[Number(r.file_index)];
    if (!file) continue;
    const dmy = Number(r.dmy);
    const ymd = Number(r.ymd);
    file.rows = Number(r.n);
    file.dateFormat = dmy === 0 && ymd === 0 ? null : ymd > dmy ? "YYYYMMDD" : "DD-MM-YYYY";
    if (r.bad || (dmy > 0 && ymd > 0)) wrong.add(file.no);
    for (const l of r.levels) if (l !== null) levels.add(l);
    for (const l of r.leerwegen) if (l !== null) leerwegen.add(l);
  }
  const known = group.members.filter((m): m is typeof m & { dateFormat: DuoDateFormat } => m.dateFormat !== null);
  if (known.length > 0) {
    await conn.run(
      `UPDATE duo_import_files SET date_format = CASE file_no ${known.map((m) => `WHEN ${m.no} THEN ${sqlString(m.dateFormat)}`).join(" ")} END WHERE file_no IN (${known.map((m) => m.no).join(", ")})`,
    );
  }
  return { read: true, problems, wrong, levels, leerwegen };
}
