/**
 * The error path: every malformed value (a date, month, municipality code, region, person number
 * or flag that cannot be read) listed with file, line, column and value up to the limit, from the
 * raw text read again (duo-import-stage.ts).
 * Malformed values reject the import.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { maskPersonId } from "../domain/person-id.js";
import { queryRows } from "./database.js";
import { displayValue, type DuoImportProblem } from "./duo-import-problems.js";
import { columnRef, type ImportGroup } from "./duo-import-plan.js";
import { VALUE_MESSAGES, badSql, valueRule } from "./duo-import-values.js";
import { groupRelations } from "./duo-read-csv.js";

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
     FROM ${groupRelations(group.no, "raw").rows} WHERE ${checked.map((k) => k.bad).join(" OR ")}
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
