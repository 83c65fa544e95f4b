/**
 * Data-quality warnings: findings that never reject a file but are stored in `duo.warnings` and
 * counted in the summary (docs/duo-import.md, Warnings). Collected per group into the temporary
 * table `duo_import_warnings` (by `file_no`), set-wise in SQL. Person-level findings get one
 * warning per line; findings about codes and names one per file and value, with the first line
 * and a count. No warning holds a person number or a person's name.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows, sqlString } from "./database.js";
import { columnOfType, columnRef, type ImportGroup } from "./duo-import-plan.js";
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

export async function createWarningsTable(conn: DuckDBConnection): Promise<void> {
  await conn.run(`CREATE OR REPLACE TEMP TABLE ${WARNINGS_TABLE} (file_no INTEGER, line INTEGER, column_name VARCHAR, rule VARCHAR, message VARCHAR)`);
}

function rows(n: number): string {
  return `${n} row${n === 1 ? "" : "s"}`;
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
  readonly column: string;
  /** SQL over the raw text columns: true when the row gets this warning. */
  readonly when: string;
  readonly message: string;
}

/** The person-number checks of a group's layout (NRSP/NenR: BSN and onderwijsnummer; others: one number). */
function personRules(group: ImportGroup): RowRule[] {
  const bsn = columnRef(group, "BURGERSERVICENUMMER");
  const onr = columnRef(group, "ONDERWIJSNUMMER");
  // the 9-digit text of a number that duo_person accepts (checked first, so no regex inside the check)
  const digits = (ref: string) => `lpad(duo_t(${ref}), 9, '0')`;
  const known = (ref: string) => `duo_person(${ref}) IS NOT NULL`;
  if (bsn || onr) {
    const rules: RowRule[] = [];
    if (bsn) {
      rules.push({
        rule: "BSN_CHECK",
        column: "BURGERSERVICENUMMER",
        when: `${known(bsn)} AND NOT duo_is_bsn(${digits(bsn)})`,
        message: "the BSN fails the 11-check (elfproef): the row is kept; ask DUO or the student administration to correct it",
      });
    }
    if (onr) {
      rules.push({
        rule: "ONDERWIJSNUMMER_CHECK",
        column: "ONDERWIJSNUMMER",
        when: `${known(onr)} AND NOT duo_is_onderwijsnummer(${digits(onr)})`,
        message: "the onderwijsnummer fails its check: the row is kept; ask DUO or the student administration to correct it",
      });
    }
    const none = [bsn, onr].filter((r): r is string => r !== undefined).map((r) => `duo_person(${r}) IS NULL`);
    rules.push({ rule: "NO_PERSON_NUMBER", column: bsn ? "BURGERSERVICENUMMER" : "ONDERWIJSNUMMER", when: none.join(" AND "), message: "no BSN and no onderwijsnummer: the row is kept without a person key" });
    return rules;
  }
  const person = columnOfType(group, "person-id");
  if (!person) return [];
  const p = person.ref;
  return [
    {
      rule: "PERSON_NUMBER_CHECK",
      column: person.column.duo,
      when: `${known(p)} AND NOT duo_is_bsn(${digits(p)}) AND NOT duo_is_onderwijsnummer(${digits(p)})`,
      message: "the person number passes neither the BSN 11-check nor the onderwijsnummer check: the row is kept; ask DUO to correct it",
    },
    { rule: "NO_PERSON_NUMBER", column: person.column.duo, when: `duo_person(${p}) IS NULL`, message: "no person number: the row is kept without a person key" },
  ];
}

/** One warning per row and rule, all rules in one scan. */
async function personWarnings(conn: DuckDBConnection, group: ImportGroup): Promise<void> {
  const rules = personRules(group);
  if (rules.length === 0) return;
  const texts = rules.map((r) => `(${sqlString(r.rule)}, ${sqlString(r.column)}, ${sqlString(r.message)})`).join(", ");
  await conn.run(
    `INSERT INTO ${WARNINGS_TABLE}
     SELECT w.file_no, w.line, t.column_name, t.rule, t.message
     FROM (SELECT file_no, line, unnest(list_filter([${rules.map((r) => `CASE WHEN ${r.when} THEN ${sqlString(r.rule)} END`).join(", ")}], r -> r IS NOT NULL)) AS rule
           FROM ${groupRelations(group.no).rows} WHERE ${rules.map((r) => `(${r.when})`).join(" OR ")}) w
     JOIN (VALUES ${texts}) t(rule, column_name, message) USING (rule)`,
  );
}

/** Unknown codes, and codes whose name in the file is not the reference name (the code wins). */
async function municipalityWarnings(conn: DuckDBConnection, group: ImportGroup): Promise<void> {
  const code = columnOfType(group, "municipality");
  if (!code) return;
  const nameRef = columnRef(group, "GEMEENTENAAM") ?? columnRef(group, "WOONGEMEENTE");
  const nameColumn = columnRef(group, "GEMEENTENAAM") ? "GEMEENTENAAM" : "WOONGEMEENTE";
  const found = await queryRows<{ file_no: number; code: string; name: string | null; ref_name: string | null; known: boolean; first: number; n: bigint }>(
    conn,
    `WITH ref AS (
       -- "Rijswijk (ZH.)" also matches RIJSWIJK: the part in brackets only tells namesakes apart
       SELECT municipality_code, arg_max(municipality_name, year) AS ref_name,
              list_concat(list(DISTINCT duo_name_key(municipality_name)), list(DISTINCT duo_name_key(regexp_replace(municipality_name, '\\s*\\(.*\\)$', '')))) AS keys
       FROM reference.municipalities GROUP BY municipality_code),
     -- distinct codes and names first: the name comparison then runs once per pair, not per row
     m AS (SELECT file_no, duo_municipality(${code.ref}) AS code, ${nameRef ? `duo_text(${nameRef})` : "NULL::VARCHAR"} AS name, min(line) AS first, count(*) AS n
           FROM ${groupRelations(group.no).rows} WHERE duo_municipality(${code.ref}) IS NOT NULL GROUP BY ALL)
     SELECT m.file_no, m.code, CASE WHEN ref.municipality_code IS NULL THEN NULL ELSE m.name END AS name, any_value(ref.ref_name) AS ref_name,
            ref.municipality_code IS NOT NULL AS known, min(m.first) AS first, sum(m.n) AS n
     FROM m LEFT JOIN ref ON ref.municipality_code = m.code
     WHERE ref.municipality_code IS NULL OR (m.name IS NOT NULL AND NOT list_contains(ref.keys, duo_name_key(m.name)))
     GROUP BY ALL ORDER BY m.file_no, min(m.first)`,
  );
  const values = found.map((r) => {
    const n = Number(r.n);
    const where = `${rows(n)}, the first at line ${r.first}`;
    return r.known
      ? `(${r.file_no}, ${r.first}, ${sqlString(nameColumn)}, 'MUNICIPALITY_NAME', ${sqlString(
          `${code.column.duo} ${r.code} is ${r.ref_name} in the reference data, but the file names it "${r.name}" (${where}): the code is used`,
        )})`
      : `(${r.file_no}, ${r.first}, ${sqlString(code.column.duo)}, 'UNKNOWN_MUNICIPALITY', ${sqlString(
          `municipality code ${r.code} is in no year of the reference data (${where}): the rows are kept; check the code with DUO`,
        )})`;
  });
  if (values.length > 0) await conn.run(`INSERT INTO ${WARNINGS_TABLE} VALUES ${values.join(", ")}`);
}

async function levelWarnings(conn: DuckDBConnection, group: ImportGroup, maps: NameMaps): Promise<void> {
  const level = columnOfType(group, "level");
  const unknown = [...maps.level].filter(([, v]) => v === undefined).map(([raw]) => raw);
  if (!level || unknown.length === 0) return;
  const found = await queryRows<{ file_no: number; raw: string; first: number; n: bigint }>(
    conn,
    `SELECT file_no, duo_text(${level.ref}) AS raw, min(line) AS first, count(*) AS n FROM ${groupRelations(group.no).rows}
     WHERE duo_text(${level.ref}) IN (${unknown.map(sqlString).join(", ")}) GROUP BY ALL ORDER BY file_no, first`,
  );
  const values = found.map(
    (r) =>
      `(${r.file_no}, ${r.first}, ${sqlString(level.column.duo)}, 'UNKNOWN_LEVEL', ${sqlString(
        `level name "${r.raw}" is not in the level table (src/domain/duo/levels.ts) (${rows(Number(r.n))}, the first at line ${r.first}): stored as written without a level; add the name to the table if it is a level`,
      )})`,
  );
  if (values.length > 0) await conn.run(`INSERT INTO ${WARNINGS_TABLE} VALUES ${values.join(", ")}`);
}

/** Rows whose BRIN, region or municipality is not the scope the file name says. */
async function scopeWarnings(conn: DuckDBConnection, group: ImportGroup): Promise<void> {
  const brin = columnRef(group, "BRIN");
  const region = columnOfType(group, "region");
  const municipality = columnOfType(group, "municipality");
  const cases: string[] = [];
  if (brin) cases.push(`WHEN 'institution' THEN upper(duo_text(${brin}))`);
  if (region) cases.push(`WHEN 'region' THEN duo_region(${region.ref})`);
  if (municipality) cases.push(`WHEN 'municipality' THEN duo_municipality(${municipality.ref})`);
  if (cases.length === 0) return;
  const found = await queryRows<{ file_no: number; scope_kind: string; scope_code: string; value: string; first: number; n: bigint }>(
    conn,
    `WITH v AS (SELECT file_no, line, scope_kind, scope_code, CASE scope_kind ${cases.join(" ")} END AS value FROM ${groupRelations(group.no).rows})
     SELECT file_no, scope_kind, scope_code, value, min(line) AS first, count(*) AS n FROM v
     WHERE value IS NOT NULL AND value <> scope_code GROUP BY ALL ORDER BY file_no, first`,
  );
  const what: Record<string, string> = { institution: "BRIN", region: "RMC region", municipality: "municipality code" };
  const column: Record<string, string> = { institution: "BRIN", region: region?.column.duo ?? "RMC_REGIO", municipality: municipality?.column.duo ?? "GEMCODE" };
  const values = found.map(
    (r) =>
      `(${r.file_no}, ${r.first}, ${sqlString(column[r.scope_kind]!)}, 'SCOPE_MISMATCH', ${sqlString(
        `the file name says ${r.scope_kind} ${r.scope_code}, but ${rows(Number(r.n))} carr${Number(r.n) === 1 ? "ies" : "y"} ${what[r.scope_kind]} ${r.value} (the first at line ${r.first}): the rows are kept; check that this is the right file`,
      )})`,
  );
  if (values.length > 0) await conn.run(`INSERT INTO ${WARNINGS_TABLE} VALUES ${values.join(", ")}`);
}

/** Warnings per file number. */
export async function warningCounts(conn: DuckDBConnection): Promise<Map<number, number>> {
  const found = await queryRows<{ file_no: number; n: bigint }>(conn, `SELECT file_no, count(*) AS n FROM ${WARNINGS_TABLE} GROUP BY file_no`);
  return new Map(found.map((r) => [Number(r.file_no), Number(r.n)]));
}
