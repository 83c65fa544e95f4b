/**
 * Data-quality warnings: findings that never reject a file but are stored in `duo.warnings` and
 * counted in the summary (docs/duo-import.md, Warnings). Collected per group into the temporary
 * table `duo_import_warnings` (by `file_no`), set-wise in SQL over the staged rows, whose values
 * are already typed (duo-import-stage.ts). Each warning is a COUNT, never one stored row per value:
 * person-number findings one per file, rule and column; findings about codes and names one per
 * file and value. Each has the number of rows it concerns (`rows`), the first line (`line`) and
 * the first few lines as examples (`lines`). No warning holds a person number or a person's name.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows, sqlString } from "./database.js";
import type { DuoColumn } from "../domain/duo/layout.js";
import { columnRef, type ImportGroup } from "./duo-import-plan.js";
import type { NameMaps } from "./duo-import-values.js";
import { groupRelations } from "./duo-read-csv.js";

export type DuoWarningRule =
  | "BSN_CHECK"
  | "ONDERWIJSNUMMER_CHECK"
  | "PERSON_NUMBER_CHECK"
  | "NO_PERSON_NUMBER"
  | "UNKNOWN_MUNICIPALITY"
  | "MUNICIPALITY_NAME"
  | "UNKNOWN_LEVEL"
  | "SCOPE_MISMATCH";

export const WARNINGS_TABLE = "duo_import_warnings";

/** How many lines a warning lists as examples (`duo.warnings.lines`). */
export const EXAMPLE_LINES = 5;

/** `lines` is text (`[7, 9]`), cast when stored: the appender then needs no list type. */
export async function createWarningsTable(conn: DuckDBConnection): Promise<void> {
  await conn.run(
    `CREATE OR REPLACE TEMP TABLE ${WARNINGS_TABLE} (file_no INTEGER, line INTEGER, column_name VARCHAR, rule VARCHAR, message VARCHAR, rows INTEGER, lines VARCHAR)`,
  );
}

function rows(n: number): string {
  return `${n.toLocaleString("en-US")} row${n === 1 ? "" : "s"}`;
}

/** `(3 rows, the first at line 7)`, or with more examples `(…, the first at lines 7, 9, 12)`. */
function where(n: number, lines: readonly number[]): string {
  return lines.length <= 1 ? `${rows(n)}, the first at line ${lines[0] ?? "?"}` : `${rows(n)}, the first at lines ${lines.join(", ")}`;
}

interface WarningRow {
  readonly fileNo: number;
  readonly column: string;
  readonly rule: DuoWarningRule;
  readonly message: string;
  readonly n: number;
  readonly lines: readonly number[];
}

function warningRow(fileNo: number, column: string, rule: DuoWarningRule, message: string, n: number, lines: readonly number[]): WarningRow {
  return { fileNo, column, rule, message, n, lines };
}

/**
 * Appends findings to the warnings table. An appender, not a VALUES list: a file with 60 unknown
 * codes in 300 files gives 18,000 findings, and parsing such a statement took DuckDB 1.8 s.
 */
async function appendWarnings(conn: DuckDBConnection, found: readonly WarningRow[]): Promise<void> {
  if (found.length === 0) return;
  const appender = await conn.createAppender(WARNINGS_TABLE, "main", "temp");
  for (const w of found) {
    appender.appendInteger(w.fileNo);
    if (w.lines.length > 0) appender.appendInteger(w.lines[0]!);
    else appender.appendNull();
    appender.appendVarchar(w.column);
    appender.appendVarchar(w.rule);
    appender.appendVarchar(w.message);
    appender.appendInteger(w.n);
    appender.appendVarchar(`[${w.lines.join(", ")}]`);
    appender.endRow();
  }
  appender.closeSync();
}

function numbers(list: readonly (number | bigint)[] | null): number[] {
  return (list ?? []).map(Number).sort((a, b) => a - b);
}

/** Collects every warning of a group. */
export async function collectWarnings(conn: DuckDBConnection, group: ImportGroup, maps: NameMaps): Promise<void> {
  await personWarnings(conn, group);
  await municipalityWarnings(conn, group);
  await levelWarnings(conn, group, maps);
  await scopeWarnings(conn, group);
}

interface RowRule {
  readonly rule: DuoWarningRule;
  /** The DUO column the warning is about. */
  readonly column: string;
  /** SQL over the staged columns: true when the row gets this warning. */
  readonly when: string;
  /** What is wrong; the count and the first lines follow in brackets, then `advice`. */
  readonly message: string;
  readonly advice: string;
}

/** The layout column stored as `column`, when the group's files carry it. */
function carried(group: ImportGroup, test: (c: DuoColumn) => boolean): DuoColumn | undefined {
  return group.columns.find((c) => test(c) && columnRef(group, c.duo) !== undefined);
}

/** The person-number checks of a group's layout (NRSP/NenR: BSN and onderwijsnummer; others: one number). */
function personRules(group: ImportGroup): RowRule[] {
  const numbers = group.columns.filter((c) => c.type === "person-id");
  const bsn = numbers.find((c) => c.duo === "BURGERSERVICENUMMER");
  const onr = numbers.find((c) => c.duo === "ONDERWIJSNUMMER");
  const first = numbers[0];
  if (!first) return [];
  const none: RowRule = {
    rule: "NO_PERSON_NUMBER",
    column: first.duo,
    when: "person_key IS NULL",
    message: bsn || onr ? "no BSN and no onderwijsnummer" : "no person number",
    advice: ": the rows are kept without a person key",
  };
  if (!bsn && !onr) {
    const p = first.column;
    return [
      {
        rule: "PERSON_NUMBER_CHECK",
        column: first.duo,
        when: `${p} IS NOT NULL AND NOT duo_is_bsn(${p}) AND NOT duo_is_onderwijsnummer(${p})`,
        message: "the person number passes neither the BSN 11-check nor the onderwijsnummer check",
        advice: ": the rows are kept; ask DUO to correct them",
      },
      none,
    ];
  }
  const rules: RowRule[] = [];
  if (bsn) {
    rules.push({
      rule: "BSN_CHECK",
      column: bsn.duo,
      when: `${bsn.column} IS NOT NULL AND NOT duo_is_bsn(${bsn.column})`,
      message: "the BSN fails the 11-check (elfproef)",
      advice: ": the rows are kept; ask DUO or the student administration to correct them",
    });
  }
  if (onr) {
    rules.push({
      rule: "ONDERWIJSNUMMER_CHECK",
      column: onr.duo,
      when: `${onr.column} IS NOT NULL AND NOT duo_is_onderwijsnummer(${onr.column})`,
      message: "the onderwijsnummer fails its check",
      advice: ": the rows are kept; ask DUO or the student administration to correct them",
    });
  }
  return [...rules, none];
}

/**
 * One warning per file, rule and column with the number of rows and the first lines: all rules in
 * one scan, as filtered aggregates per file (no row per finding is ever built).
 */
async function personWarnings(conn: DuckDBConnection, group: ImportGroup): Promise<void> {
  const rules = personRules(group);
  if (rules.length === 0) return;
  const found = await queryRows<Record<string, unknown>>(
    conn,
    `SELECT file_no, ${rules.map((r, k) => `count(*) FILTER (WHERE ${r.when}) AS n${k}, min(line, ${EXAMPLE_LINES}) FILTER (WHERE ${r.when}) AS lines${k}`).join(", ")}
     FROM ${groupRelations(group.no).rows} GROUP BY file_no ORDER BY file_no`,
  );
  const values = found.flatMap((r) =>
    rules.flatMap((rule, k) => {
      const n = Number(r[`n${k}`] as bigint);
      if (n === 0) return [];
      const lines = numbers(r[`lines${k}`] as number[] | null);
      return [warningRow(Number(r.file_no), rule.column, rule.rule, `${rule.message} (${where(n, lines)})${rule.advice}`, n, lines)];
    }),
  );
  await appendWarnings(conn, values);
}

/** Unknown codes, and codes whose name in the file is not the reference name (the code wins). */
async function municipalityWarnings(conn: DuckDBConnection, group: ImportGroup): Promise<void> {
  const code = carried(group, (c) => c.type === "municipality");
  if (!code) return;
  const name = carried(group, (c) => c.column === "municipality_name");
  const found = await queryRows<{ file_no: number; code: string; name: string | null; ref_name: string | null; known: boolean; lines: number[]; n: bigint }>(
    conn,
    `WITH ref AS (
       -- "Rijswijk (ZH.)" also matches RIJSWIJK: the part in brackets only tells namesakes apart
       SELECT municipality_code, arg_max(municipality_name, year) AS ref_name,
              list_concat(list(DISTINCT duo_name_key(municipality_name)), list(DISTINCT duo_name_key(regexp_replace(municipality_name, '\\s*\\(.*\\)$', '')))) AS keys
       FROM reference.municipalities GROUP BY municipality_code),
     -- distinct codes and names first: the name comparison then runs once per pair, not per row
     m AS (SELECT file_no, ${code.column} AS code, ${name ? name.column : "NULL::VARCHAR"} AS name, min(line, ${EXAMPLE_LINES}) AS lines, count(*) AS n
           FROM ${groupRelations(group.no).rows} WHERE ${code.column} IS NOT NULL GROUP BY ALL)
     SELECT m.file_no, m.code, CASE WHEN ref.municipality_code IS NULL THEN NULL ELSE m.name END AS name, any_value(ref.ref_name) AS ref_name,
            ref.municipality_code IS NOT NULL AS known, list_sort(flatten(list(m.lines)))[1:${EXAMPLE_LINES}] AS lines, sum(m.n) AS n
     FROM m LEFT JOIN ref ON ref.municipality_code = m.code
     WHERE ref.municipality_code IS NULL OR (m.name IS NOT NULL AND NOT list_contains(ref.keys, duo_name_key(m.name)))
     GROUP BY ALL ORDER BY m.file_no, min(list_min(m.lines))`,
  );
  const values = found.map((r) => {
    const n = Number(r.n);
    const lines = numbers(r.lines);
    return r.known
      ? warningRow(Number(r.file_no), name?.duo ?? code.duo, "MUNICIPALITY_NAME", `${code.duo} ${r.code} is ${r.ref_name} in the reference data, but the file names it "${r.name}" (${where(n, lines)}): the code is used`, n, lines)
      : warningRow(Number(r.file_no), code.duo, "UNKNOWN_MUNICIPALITY", `municipality code ${r.code} is in no year of the reference data (${where(n, lines)}): the rows are kept; check the code with DUO`, n, lines);
  });
  await appendWarnings(conn, values);
}

async function levelWarnings(conn: DuckDBConnection, group: ImportGroup, maps: NameMaps): Promise<void> {
  const level = carried(group, (c) => c.type === "level");
  const unknown = [...maps.level].filter(([, v]) => v === undefined).map(([raw]) => raw);
  if (!level || unknown.length === 0) return;
  const found = await queryRows<{ file_no: number; raw: string; lines: number[]; n: bigint }>(
    conn,
    `SELECT file_no, ${level.column}_raw AS raw, min(line, ${EXAMPLE_LINES}) AS lines, count(*) AS n FROM ${groupRelations(group.no).rows}
     WHERE ${level.column}_raw IN (${unknown.map(sqlString).join(", ")}) GROUP BY ALL ORDER BY file_no, list_min(lines)`,
  );
  const values = found.map((r) => {
    const n = Number(r.n);
    const lines = numbers(r.lines);
    const message = `level name "${r.raw}" is not in the level table (src/domain/duo/levels.ts) (${where(n, lines)}): stored as written without a level; add the name to the table if it is a level`;
    return warningRow(Number(r.file_no), level.duo, "UNKNOWN_LEVEL", message, n, lines);
  });
  await appendWarnings(conn, values);
}

/** Rows whose BRIN, region or municipality is not the scope the file name says. */
async function scopeWarnings(conn: DuckDBConnection, group: ImportGroup): Promise<void> {
  const brin = carried(group, (c) => c.column === "brin");
  const region = carried(group, (c) => c.type === "region");
  const municipality = carried(group, (c) => c.type === "municipality");
  const cases: string[] = [];
  if (brin) cases.push(`WHEN 'institution' THEN upper(${brin.column})`);
  if (region) cases.push(`WHEN 'region' THEN ${region.column}`);
  if (municipality) cases.push(`WHEN 'municipality' THEN ${municipality.column}`);
  if (cases.length === 0) return;
  const found = await queryRows<{ file_no: number; scope_kind: string; scope_code: string; value: string; lines: number[]; n: bigint }>(
    conn,
    `WITH v AS (SELECT file_no, line, scope_kind, scope_code, CASE scope_kind ${cases.join(" ")} END AS value FROM ${groupRelations(group.no).rows})
     SELECT file_no, scope_kind, scope_code, value, min(line, ${EXAMPLE_LINES}) AS lines, count(*) AS n FROM v
     WHERE value IS NOT NULL AND value <> scope_code GROUP BY ALL ORDER BY file_no, list_min(lines)`,
  );
  const what: Record<string, string> = { institution: "BRIN", region: "RMC region", municipality: "municipality code" };
  const column: Record<string, string> = { institution: brin?.duo ?? "BRIN", region: region?.duo ?? "RMC_REGIO", municipality: municipality?.duo ?? "GEMCODE" };
  const values = found.map((r) => {
    const n = Number(r.n);
    const lines = numbers(r.lines);
    const at = lines.length <= 1 ? `line ${lines[0] ?? "?"}` : `lines ${lines.join(", ")}`;
    const message = `the file name says ${r.scope_kind} ${r.scope_code}, but ${rows(n)} carr${n === 1 ? "ies" : "y"} ${what[r.scope_kind]} ${r.value} (the first at ${at}): the rows are kept; check that this is the right file`;
    return warningRow(Number(r.file_no), column[r.scope_kind]!, "SCOPE_MISMATCH", message, n, lines);
  });
  await appendWarnings(conn, values);
}

/** Warnings per file number: the rows each warning concerns, summed. */
export async function warningCounts(conn: DuckDBConnection): Promise<Map<number, number>> {
  const found = await queryRows<{ file_no: number; n: bigint }>(conn, `SELECT file_no, sum(rows) AS n FROM ${WARNINGS_TABLE} GROUP BY file_no`);
  return new Map(found.map((r) => [Number(r.file_no), Number(r.n)]));
}
