/**
 * Validation of staged register files as set-based SQL. The row rules were evaluated while
 * loading (register-stage.ts); here are the rules that span rows or files (duplicate keys,
 * unknown persons, unknown municipalities, overlapping residences), one query each, and on the
 * error path the row rules once more to say which rule each broken row breaks. Each query returns
 * only offending rows, at most `limit` of them, in file order. Problems here carry the record
 * number; register-import.ts turns it into a line number.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { maskPersonId } from "../domain/person-id.js";
import { REGISTER_FORMAT, type RegisterTable } from "../domain/register-format.js";
import { queryRows, sqlIdent, sqlString } from "./database.js";
import type { ImportRule } from "./register-problems.js";
import { RULE_MACROS, rowRules } from "./register-rules.js";
import type { StagedFile } from "./register-stage.js";

/** A problem in one record of a staged file. */
export interface RecordProblem {
  readonly table: RegisterTable;
  /** Record number in the file (0 = first data record). */
  readonly rec: number;
  readonly column: string;
  /** Shown value, already masked for person ids. */
  readonly value: string | null;
  readonly rule: ImportRule;
  readonly message: string;
  /** Another record the problem refers to (the first of a duplicate key, the overlapped residence). */
  readonly relatedRec?: number;
}

const KNOWN_MUNICIPALITIES = "vsv_known_municipalities";

function present(staged: StagedFile, column: string): boolean {
  return staged.source?.present.has(column) ?? false;
}

export async function prepareValidation(conn: DuckDBConnection, knownMunicipalities: ReadonlySet<string>): Promise<void> {
  for (const m of RULE_MACROS) await conn.run(m);
  await conn.run(`CREATE OR REPLACE TEMP TABLE ${KNOWN_MUNICIPALITIES} (code VARCHAR)`);
  const codes = [...knownMunicipalities];
  if (codes.length > 0) await conn.run(`INSERT INTO ${KNOWN_MUNICIPALITIES} VALUES ${codes.map((c) => `(${sqlString(c)})`).join(", ")}`);
}

function shown(table: RegisterTable, column: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value);
  const spec = REGISTER_FORMAT[table].columns.find((c) => c.name === column);
  return spec?.kind.type === "person_id" ? maskPersonId(text) : text;
}

/**
 * The row rules of one file, on its text form (`stageText`): every broken rule of the first
 * `limit` broken rows, with the values as written.
 */
export async function checkRows(conn: DuckDBConnection, staged: StagedFile, textRelation: string, limit: number): Promise<RecordProblem[]> {
  const table = staged.file.table;
  const rules = rowRules(table, staged.source?.present ?? new Set());
  if (rules.length === 0) return [];
  const broken = rules.map((r, i) => `CASE WHEN ${r.bad} THEN ${i} END`).join(", ");
  const where = rules.map((r) => `(${r.bad})`).join(" OR ");
  const columns = REGISTER_FORMAT[table].columns.map((c) => sqlIdent(c.name)).join(", ");
  const rows = await queryRows<Record<string, unknown> & { rec: bigint; broken: (number | null)[] }>(
    conn,
    `SELECT rowid AS rec, list_filter([${broken}], x -> x IS NOT NULL) AS broken, ${columns}
     FROM ${textRelation} WHERE ${where} ORDER BY rowid LIMIT ${limit}`,
  );
  const problems: RecordProblem[] = [];
  for (const row of rows) {
    for (const i of row.broken) {
      const rule = rules[i ?? -1];
      if (!rule) continue;
      problems.push({
        table,
        rec: Number(row.rec),
        column: rule.column,
        value: shown(table, rule.column, row[rule.column]),
        rule: rule.rule,
        message: rule.message,
      });
    }
  }
  return problems;
}

/** A key (enrolment_id, person_id in persons) that appears more than once: every repeat after the first. */
export async function checkDuplicateKeys(conn: DuckDBConnection, staged: StagedFile, limit: number): Promise<RecordProblem[]> {
  const table = staged.file.table;
  const key = REGISTER_FORMAT[table].key;
  if (!key || !key.every((k) => present(staged, k))) return [];
  const cols = key.map(sqlIdent);
  const notNull = cols.map((c) => `${c} IS NOT NULL`).join(" AND ");
  const rows = await queryRows<Record<string, unknown> & { rec: bigint; first: bigint }>(
    conn,
    `WITH dup AS (SELECT ${cols.join(", ")} FROM ${staged.relation} WHERE ${notNull} GROUP BY ALL HAVING count(*) > 1)
     SELECT * FROM (
       SELECT rowid AS rec, min(rowid) OVER (PARTITION BY ${cols.join(", ")}) AS first, ${cols.join(", ")}
       FROM ${staged.relation} t SEMI JOIN dup USING (${cols.join(", ")})
     ) WHERE rec > first ORDER BY rec LIMIT ${limit}`,
  );
  const column = key[key.length - 1]!;
  return rows.map((r) => ({
    table,
    rec: Number(r.rec),
    column,
    value: shown(table, column, r[column]),
    rule: "DUPLICATE_KEY",
    message: `${key.join(", ")} must be unique in ${table}, but this one already appears on @related: give each row its own ${key.join(", ")} or remove the repeat`,
    relatedRec: Number(r.first),
  }));
}

/** A person_id in another file that persons does not have. */
export async function checkUnknownPersons(conn: DuckDBConnection, staged: StagedFile, persons: StagedFile, limit: number): Promise<RecordProblem[]> {
  const table = staged.file.table;
  if (!present(staged, "person_id") || !present(persons, "person_id")) return [];
  const rows = await queryRows<{ rec: bigint; person_id: string }>(
    conn,
    `SELECT rowid AS rec, person_id FROM ${staged.relation} t
     WHERE person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${persons.relation} p WHERE p.person_id = t.person_id)
     ORDER BY rowid LIMIT ${limit}`,
  );
  return rows.map((r) => ({
    table,
    rec: Number(r.rec),
    column: "person_id",
    value: maskPersonId(r.person_id),
    rule: "UNKNOWN_PERSON",
    message: `persons has no person with this person_id: every ${table} row must belong to a person in persons`,
  }));
}

/** A well-formed municipality code that no reference year knows. */
export async function checkUnknownMunicipalities(conn: DuckDBConnection, staged: StagedFile, limit: number): Promise<RecordProblem[]> {
  const table = staged.file.table;
  const columns = REGISTER_FORMAT[table].columns.filter((c) => c.kind.type === "municipality" && present(staged, c.name));
  const problems: RecordProblem[] = [];
  for (const c of columns) {
    const q = sqlIdent(c.name);
    const rows = await queryRows<{ rec: bigint; code: string }>(
      conn,
      `SELECT rowid AS rec, ${q} AS code FROM ${staged.relation} t
       WHERE regexp_full_match(${q}, '[0-9]{4}') AND NOT EXISTS (SELECT 1 FROM ${KNOWN_MUNICIPALITIES} k WHERE k.code = t.${q})
       ORDER BY rowid LIMIT ${limit}`,
    );
    for (const r of rows) {
      problems.push({
        table,
        rec: Number(r.rec),
        column: c.name,
        value: r.code,
        rule: "UNKNOWN_MUNICIPALITY",
        message: "not a municipality code of any year in reference/municipalities: use the CBS gemeentecode valid at the time",
      });
    }
  }
  return problems;
}

/**
 * Residences of one person that overlap (periods include both ends; an empty to_date is open).
 * After ordering a person's periods by start, a period overlaps an earlier one exactly when it
 * starts on or before the latest end among the periods before it. Broken rows are left to the
 * row rules.
 */
export async function checkOverlappingResidences(conn: DuckDBConnection, staged: StagedFile, limit: number): Promise<RecordProblem[]> {
  if (staged.file.table !== "residences" || !["person_id", "from_date"].every((c) => present(staged, c))) return [];
  const rows = await queryRows<{ rec: bigint; person_id: string; from_date: string; other: bigint }>(
    conn,
    `WITH r AS (
       SELECT rowid AS rec, person_id, CAST(from_date AS VARCHAR) AS from_date, from_date AS f, coalesce(to_date, DATE '9999-12-31') AS t
       FROM ${staged.relation}
       WHERE NOT vsv_broken
     ), multi AS (
       SELECT * FROM r SEMI JOIN (SELECT person_id FROM r GROUP BY person_id HAVING count(*) > 1) USING (person_id)
     ), w AS (
       SELECT rec, person_id, from_date, f,
              max(t) OVER earlier AS earlier_end, arg_max(rec, t) OVER earlier AS other
       FROM multi
       WINDOW earlier AS (PARTITION BY person_id ORDER BY f, rec ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
     )
     SELECT rec, person_id, from_date, other FROM w WHERE f <= earlier_end ORDER BY rec LIMIT ${limit}`,
  );
  return rows.map((r) => ({
    table: "residences",
    rec: Number(r.rec),
    column: "from_date",
    value: r.from_date,
    rule: "OVERLAPPING_RESIDENCE",
    message: "this residence overlaps another residence of the same person (@related): a person lives at one address at a time, so end the earlier period (to_date) before the next starts",
    relatedRec: Number(r.other),
  }));
}

/** Every rule that spans rows or files, over the typed staging tables. `limit` bounds each query. */
export async function checkSets(
  conn: DuckDBConnection,
  staged: readonly StagedFile[],
  limit: number,
): Promise<RecordProblem[]> {
  const problems: RecordProblem[] = [];
  const persons = staged.find((s) => s.file.table === "persons");
  for (const s of staged) {
    if (!s.source) continue;
    problems.push(...(await checkDuplicateKeys(conn, s, limit)));
    if (persons && s !== persons) problems.push(...(await checkUnknownPersons(conn, s, persons, limit)));
    problems.push(...(await checkUnknownMunicipalities(conn, s, limit)));
    problems.push(...(await checkOverlappingResidences(conn, s, limit)));
  }
  return problems;
}
