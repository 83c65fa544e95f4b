/**
 * Validation of staged register files as set-based SQL, in two parts.
 *
 * The fast part (`findSetProblems`) runs on every import, over the typed staging tables: the row
 * rules were already evaluated while loading (register-stage.ts); here are the rules that span
 * rows or files (duplicate keys, unknown persons, unknown municipalities, overlapping residences),
 * one query each. They return offending VALUES (a repeated enrolment_id, a person_id persons lacks),
 * at most `limit` of each, because the staging tables carry no record numbers: numbering records
 * forces DuckDB to load a file on one thread.
 *
 * The locating part (`locateProblems`) runs only when something was found: it reads each affected
 * file once more as text, numbering records in file order (`row_number() OVER ()`, which DuckDB
 * documents as order-preserving), keeps the rows that are broken or hold an offending value, and
 * says for each which rule it breaks. register-import.ts turns record numbers into lines.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { maskPersonId } from "../domain/person-id.js";
import { REGISTER_FORMAT, REGISTER_TABLES, type RegisterTable } from "../domain/register-format.js";
import { queryRows, sqlIdent, sqlString } from "./database.js";
import type { ImportRule } from "./register-problems.js";
import { RULE_MACROS, rowRules, type RowRule } from "./register-rules.js";
import { takeRejectedCount, type FileSource } from "./register-source.js";
import type { StagedFile } from "./register-stage.js";

/** Offending values of one set rule in one file. */
export interface Finding {
  readonly table: RegisterTable;
  readonly rule: "DUPLICATE_KEY" | "UNKNOWN_PERSON" | "UNKNOWN_MUNICIPALITY" | "OVERLAPPING_RESIDENCE";
  /** The column whose value is offending (for overlaps: person_id, the person whose periods overlap). */
  readonly column: string;
  readonly values: readonly string[];
}

/** A problem in one record of a file. */
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

export async function prepareValidation(conn: DuckDBConnection, knownMunicipalities: ReadonlySet<string>): Promise<void> {
  for (const m of RULE_MACROS) await conn.run(m);
  await conn.run(`CREATE OR REPLACE TEMP TABLE ${KNOWN_MUNICIPALITIES} (code VARCHAR)`);
  const codes = [...knownMunicipalities];
  if (codes.length > 0) await conn.run(`INSERT INTO ${KNOWN_MUNICIPALITIES} VALUES ${codes.map((c) => `(${sqlString(c)})`).join(", ")}`);
}

function present(staged: StagedFile, column: string): boolean {
  return staged.source?.present.has(column) ?? false;
}

/** The single key column of a table, when its file has it. */
function keyColumn(staged: StagedFile): string | undefined {
  const key = REGISTER_FORMAT[staged.file.table].key;
  if (!key) return undefined;
  if (key.length !== 1) throw new Error(`register-validate handles keys of one column; ${staged.file.table} has ${key.join(", ")}`);
  return present(staged, key[0]!) ? key[0] : undefined;
}

function municipalityColumns(staged: StagedFile): string[] {
  return REGISTER_FORMAT[staged.file.table].columns.filter((c) => c.kind.type === "municipality" && present(staged, c.name)).map((c) => c.name);
}

function hasResidencePeriods(staged: StagedFile): boolean {
  return staged.file.table === "residences" && present(staged, "person_id") && present(staged, "from_date");
}

async function values(conn: DuckDBConnection, sql: string): Promise<string[]> {
  return (await queryRows<{ v: string }>(conn, sql)).map((r) => r.v);
}

/**
 * Every residence that overlaps an earlier one of the same person (periods include both ends; an
 * empty to_date is open), naming the one it overlaps. After ordering a person's periods by start,
 * a period overlaps an earlier one exactly when it starts on or before the latest end among the
 * periods before it. `rows` yields rec, person_id, f (from, DATE) and t (to, DATE or NULL) of rows
 * without row problems.
 */
function overlapsSql(rows: string): string {
  return `WITH r AS (SELECT rec, person_id, f, coalesce(t, DATE '9999-12-31') AS t FROM (${rows})),
     multi AS (SELECT * FROM r SEMI JOIN (SELECT person_id FROM r GROUP BY person_id HAVING count(*) > 1) USING (person_id)),
     w AS (
       SELECT rec, person_id, f, max(t) OVER earlier AS earlier_end, arg_max(rec, t) OVER earlier AS other
       FROM multi
       WINDOW earlier AS (PARTITION BY person_id ORDER BY f, rec ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
     )
     SELECT rec, person_id, CAST(f AS VARCHAR) AS from_date, other FROM w WHERE f <= earlier_end`;
}

/**
 * Persons whose residences overlap, over a staging table. Ordered by start, a person has two
 * overlapping periods exactly when some period starts on or before the end of the one just
 * before it (if periods i < j overlap, so do j - 1 and j, or i and j - 1 is a closer pair), so
 * comparing neighbours suffices here; locating finds every overlapping row.
 */
function overlappingPersonsSql(relation: string, limit: number): string {
  return `SELECT DISTINCT person_id AS v FROM (
       SELECT person_id, from_date, lag(coalesce(to_date, DATE '9999-12-31')) OVER (PARTITION BY person_id ORDER BY from_date, to_date) AS previous_end
       FROM ${relation} WHERE NOT vsv_broken
     ) WHERE from_date <= previous_end LIMIT ${limit}`;
}

/**
 * person_ids that persons lacks, per file, in one query (the hash table of persons is built
 * once for all files).
 */
async function unknownPersons(conn: DuckDBConnection, persons: StagedFile, others: readonly StagedFile[], limit: number): Promise<Finding[]> {
  if (!present(persons, "person_id") || others.length === 0) return [];
  const all = others.map((s) => `SELECT ${sqlString(s.file.table)} AS tbl, person_id FROM ${s.relation}`).join(" UNION ALL ");
  const rows = await queryRows<{ tbl: RegisterTable; v: string }>(
    conn,
    `SELECT tbl, v FROM (
       SELECT DISTINCT tbl, person_id AS v FROM (${all}) t
       WHERE person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${persons.relation} p WHERE p.person_id = t.person_id)
     ) QUALIFY row_number() OVER (PARTITION BY tbl ORDER BY v) <= ${limit}`,
  );
  return others.flatMap((s) => {
    const found = rows.filter((r) => r.tbl === s.file.table).map((r) => r.v);
    return found.length > 0 ? [{ table: s.file.table, rule: "UNKNOWN_PERSON" as const, column: "person_id", values: found }] : [];
  });
}

/** The set rules over the typed staging tables: offending values, at most `limit` per rule and file. */
export async function findSetProblems(conn: DuckDBConnection, staged: readonly StagedFile[], limit: number): Promise<Finding[]> {
  const findings: Finding[] = [];
  const add = (s: StagedFile, rule: Finding["rule"], column: string, found: string[]) => {
    if (found.length > 0) findings.push({ table: s.file.table, rule, column, values: found });
  };
  const readable = staged.filter((s) => s.source);
  for (const s of readable) {
    const key = keyColumn(s);
    if (key) {
      const k = sqlIdent(key);
      add(s, "DUPLICATE_KEY", key, await values(conn, `SELECT ${k} AS v FROM ${s.relation} WHERE ${k} IS NOT NULL GROUP BY ${k} HAVING count(*) > 1 LIMIT ${limit}`));
    }
    for (const column of municipalityColumns(s)) {
      const q = sqlIdent(column);
      add(
        s,
        "UNKNOWN_MUNICIPALITY",
        column,
        await values(
          conn,
          `SELECT DISTINCT ${q} AS v FROM ${s.relation} t
           WHERE regexp_full_match(${q}, '[0-9]{4}') AND NOT EXISTS (SELECT 1 FROM ${KNOWN_MUNICIPALITIES} k WHERE k.code = t.${q}) LIMIT ${limit}`,
        ),
      );
    }
    if (hasResidencePeriods(s)) add(s, "OVERLAPPING_RESIDENCE", "person_id", await values(conn, overlappingPersonsSql(s.relation, limit)));
  }
  const persons = readable.find((s) => s.file.table === "persons");
  if (persons) {
    findings.push(...(await unknownPersons(conn, persons, readable.filter((s) => s !== persons && present(s, "person_id")), limit)));
  }
  const order = (f: Finding) => REGISTER_TABLES.indexOf(f.table);
  return findings.sort((a, b) => order(a) - order(b));
}

const LOCATED = "vsv_located";

function inList(column: string, vals: readonly string[]): string {
  return `${sqlIdent(column)} IN (${vals.map(sqlString).join(", ")})`;
}

function shown(table: RegisterTable, column: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value);
  const spec = REGISTER_FORMAT[table].columns.find((c) => c.name === column);
  return spec?.kind.type === "person_id" ? maskPersonId(text) : text;
}

const SET_MESSAGES: Readonly<Record<Finding["rule"], (table: RegisterTable, column: string) => string>> = {
  DUPLICATE_KEY: (table, column) =>
    `${column} must be unique in ${table}, but this one already appears on @related: give each row its own ${column} or remove the repeat`,
  UNKNOWN_PERSON: (table) => `persons has no person with this person_id: every ${table} row must belong to a person in persons`,
  UNKNOWN_MUNICIPALITY: () => "not a municipality code of any year in reference/municipalities: use the CBS gemeentecode valid at the time",
  OVERLAPPING_RESIDENCE: () =>
    "this residence overlaps another residence of the same person (@related): a person lives at one address at a time, so end the earlier period (to_date) before the next starts",
};

/**
 * The error path for one file: every record that breaks a row rule or holds a value of a
 * finding, with its record number and the rule it breaks (at most `limit` per rule).
 */
export async function locateProblems(conn: DuckDBConnection, staged: StagedFile, findings: readonly Finding[], limit: number): Promise<RecordProblem[]> {
  const source = staged.source;
  const own = findings.filter((f) => f.table === staged.file.table);
  if (!source || (staged.broken === 0 && own.length === 0)) return [];
  const table = staged.file.table;
  const rules = rowRules(table, source.present, source.typed);
  const problems: RecordProblem[] = [];
  if (staged.broken > 0) problems.push(...(await brokenRows(conn, staged, source, rules, limit)));
  if (own.length === 0) return problems;
  // Every row holding an offending value, numbered; the rules are evaluated on those rows only.
  const broken = rules.length === 0 ? "false" : `coalesce(${rules.map((r) => `(${r.bad})`).join(" OR ")}, false)`;
  const wanted = own.map((f) => inList(f.column, f.values)).join(" OR ");
  await conn.run(
    `CREATE OR REPLACE TEMP TABLE ${LOCATED} AS
     SELECT *, ${broken} AS vsv_broken FROM (SELECT row_number() OVER () - 1 AS rec, * FROM (${source.select})) WHERE ${wanted}`,
  );
  await takeRejectedCount(conn, source);
  try {
    for (const f of own) problems.push(...(await findingRows(conn, table, f, limit)));
    return problems;
  } finally {
    await conn.run(`DROP TABLE ${LOCATED}`);
  }
}

/**
 * The first `limit` rows that break a row rule, and which rules. The numbering window keeps file
 * order and LIMIT without ORDER BY keeps it too, so the scan stops at the limit: a file whose
 * every row is broken is answered at once. (Filtering inside a running count instead made DuckDB
 * leave its streaming plan and take minutes.)
 */
async function brokenRows(conn: DuckDBConnection, staged: StagedFile, source: FileSource, rules: RowRule[], limit: number): Promise<RecordProblem[]> {
  const table = staged.file.table;
  const which = rules.map((r, i) => `CASE WHEN ${r.bad} THEN ${i} END`).join(", ");
  const where = rules.map((r) => `(${r.bad})`).join(" OR ");
  // Values as text, also of columns read typed (a date shows as 2023-10-01).
  const asText = REGISTER_FORMAT[table].columns.map((c) => `CAST(${sqlIdent(c.name)} AS VARCHAR) AS ${sqlIdent(c.name)}`).join(", ");
  const rows = await queryRows<Record<string, unknown> & { rec: bigint; broken: (number | null)[] }>(
    conn,
    `SELECT rec, ${asText}, list_filter([${which}], x -> x IS NOT NULL) AS broken
     FROM (SELECT row_number() OVER () - 1 AS rec, * FROM (${source.select})) WHERE ${where} LIMIT ${limit}`,
  );
  await takeRejectedCount(conn, source);
  return rows
    .sort((a, b) => Number(a.rec - b.rec))
    .flatMap((row) =>
      row.broken.flatMap((i) => {
        const rule = rules[i ?? -1];
        if (!rule) return [];
        return [{ table, rec: Number(row.rec), column: rule.column, value: shown(table, rule.column, row[rule.column]), rule: rule.rule, message: rule.message }];
      }),
    );
}

async function findingRows(conn: DuckDBConnection, table: RegisterTable, f: Finding, limit: number): Promise<RecordProblem[]> {
  const q = sqlIdent(f.column);
  const message = SET_MESSAGES[f.rule](table, f.column);
  if (f.rule === "OVERLAPPING_RESIDENCE") {
    const rows = `SELECT rec, person_id, TRY_CAST(from_date AS DATE) AS f, TRY_CAST(to_date AS DATE) AS t FROM ${LOCATED}
                  WHERE NOT vsv_broken AND ${inList("person_id", f.values)}`;
    const found = await queryRows<{ rec: bigint; from_date: string; other: bigint }>(conn, `${overlapsSql(rows)} ORDER BY rec LIMIT ${limit}`);
    return found.map((r) => ({ table, rec: Number(r.rec), column: "from_date", value: r.from_date, rule: f.rule, message, relatedRec: Number(r.other) }));
  }
  if (f.rule === "DUPLICATE_KEY") {
    const found = await queryRows<{ rec: bigint; v: string; first: bigint }>(
      conn,
      `SELECT * FROM (SELECT rec, ${q} AS v, min(rec) OVER (PARTITION BY ${q}) AS first FROM ${LOCATED} WHERE ${inList(f.column, f.values)})
       WHERE rec > first ORDER BY rec LIMIT ${limit}`,
    );
    return found.map((r) => ({ table, rec: Number(r.rec), column: f.column, value: shown(table, f.column, r.v), rule: f.rule, message, relatedRec: Number(r.first) }));
  }
  const found = await queryRows<{ rec: bigint; v: string }>(conn, `SELECT rec, ${q} AS v FROM ${LOCATED} WHERE ${inList(f.column, f.values)} ORDER BY rec LIMIT ${limit}`);
  return found.map((r) => ({ table, rec: Number(r.rec), column: f.column, value: shown(table, f.column, r.v), rule: f.rule, message }));
}
