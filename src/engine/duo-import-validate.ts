/**
 * Checks the values of the files read, set-wise in SQL over the groups' rows views: the date
 * format of each file (detected, not assumed), the level and leerweg names found, and every
 * malformed value (a date, month, municipality code, region, person number or flag that cannot be
 * read), listed with file, line and column up to the limit. Malformed values reject the import.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { DuoDateFormat } from "../domain/duo/values.js";
import { maskPersonId } from "../domain/person-id.js";
import { queryRows, sqlString } from "./database.js";
import { displayValue, type DuoImportProblem } from "./duo-import-problems.js";
import { columnRef, type ImportGroup } from "./duo-import-plan.js";
import { VALUE_MESSAGES, badSql, nameMaps, valueRule, type NameMaps } from "./duo-import-values.js";
import { groupRelations } from "./duo-read-csv.js";

const DMY = `'[0-9]{2}-[0-9]{2}-[0-9]{4}'`;
const YMD = `'[0-9]{8}'`;

/**
 * Each file's date format: the one most of its date values have (DD-MM-YYYY when tied), null
 * when the file has no dates. Values in the other format are then malformed.
 */
export async function detectDateFormats(conn: DuckDBConnection, group: ImportGroup): Promise<void> {
  const refs = group.columns.filter((c) => c.type === "date").map((c) => columnRef(group, c.duo)).filter((r): r is string => r !== undefined);
  if (refs.length === 0) return;
  const sum = (pattern: string) => refs.map((r) => `count(*) FILTER (WHERE regexp_full_match(trim(${r}), ${pattern}))`).join(" + ");
  const rows = await queryRows<{ file_no: number; dmy: bigint; ymd: bigint }>(
    conn,
    `SELECT file_no, ${sum(DMY)} AS dmy, ${sum(YMD)} AS ymd FROM ${groupRelations(group.no).rows} GROUP BY file_no`,
  );
  for (const r of rows) {
    const dmy = Number(r.dmy);
    const ymd = Number(r.ymd);
    const format: DuoDateFormat | null = dmy === 0 && ymd === 0 ? null : ymd > dmy ? "YYYYMMDD" : "DD-MM-YYYY";
    const file = group.members.find((m) => m.no === Number(r.file_no));
    if (file) file.dateFormat = format;
  }
  const known = group.members.filter((m) => m.dateFormat !== null);
  if (known.length === 0) return;
  await conn.run(
    `UPDATE duo_import_files SET date_format = CASE file_no ${known.map((m) => `WHEN ${m.no} THEN ${sqlString(m.dateFormat!)}`).join(" ")} END WHERE file_no IN (${known.map((m) => m.no).join(", ")})`,
  );
}

/** The distinct level and leerweg texts of every group, mapped through the domain's tables. */
export async function readNameMaps(conn: DuckDBConnection, groups: readonly ImportGroup[]): Promise<NameMaps> {
  const levels = new Set<string>();
  const leerwegen = new Set<string>();
  for (const g of groups) {
    const parts: string[] = [];
    for (const c of g.columns) {
      const ref = columnRef(g, c.duo);
      if (ref && (c.type === "level" || c.type === "leerweg")) parts.push(`SELECT DISTINCT '${c.type}' AS type, duo_text(${ref}) AS raw FROM ${groupRelations(g.no).raw}`);
    }
    if (parts.length === 0) continue;
    for (const r of await queryRows<{ type: string; raw: string | null }>(conn, parts.join(" UNION ")))
      if (r.raw !== null) (r.type === "level" ? levels : leerwegen).add(r.raw);
  }
  return nameMaps(levels, leerwegen);
}

/**
 * Every malformed value of a group, in file and line order, from the first `limit` rows that have
 * any: one scan over the rows, however many columns are checked.
 */
export async function findValueProblems(conn: DuckDBConnection, group: ImportGroup, limit: number): Promise<DuoImportProblem[]> {
  const checked = group.columns.flatMap((c) => {
    const ref = columnRef(group, c.duo);
    const bad = ref === undefined ? undefined : badSql(c, ref);
    return ref === undefined || bad === undefined ? [] : [{ column: c, ref, bad }];
  });
  if (checked.length === 0) return [];
  const found = await queryRows<{ file_no: number; line: number; date_format: string | null; bad: number[] } & Record<string, string>>(
    conn,
    `SELECT file_no, line, date_format, ${checked.map((k) => k.ref).join(", ")},
            list_filter([${checked.map((k, i) => `CASE WHEN ${k.bad} THEN ${i} END`).join(", ")}], i -> i IS NOT NULL) AS bad
     FROM ${groupRelations(group.no).rows} WHERE ${checked.map((k) => k.bad).join(" OR ")}
     ORDER BY file_no, line LIMIT ${limit}`,
  );
  const display = new Map(group.members.map((m) => [m.no, m.input.display]));
  return found.flatMap((r) =>
    r.bad.map((i) => {
      const { column, ref } = checked[Number(i)]!;
      const rule = valueRule(column)!;
      const value = r[ref]!;
      return {
        file: display.get(Number(r.file_no)) ?? "?",
        line: Number(r.line),
        column: column.duo,
        value: rule === "PERSON_NUMBER" ? maskPersonId(value) : displayValue(value),
        rule,
        message: VALUE_MESSAGES[rule]!(r.date_format),
      };
    }),
  );
}
