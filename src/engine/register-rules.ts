/**
 * The row rules of the exchange format as SQL: for every column of `REGISTER_FORMAT`, predicates
 * that are true when a staged (all-text) row breaks a rule. DuckDB evaluates them set-wise over
 * whole files; only the offending rows come back to JavaScript.
 *
 * The person-id and date checks repeat src/domain/person-id.ts and src/domain/dates.ts in SQL;
 * test/engine/register-import-rules.test.ts checks that both give the same answers.
 */
import { LEVELS_BY_SECTOR, SECTORS } from "../domain/education.js";
import { REGISTER_FORMAT, type ColumnSpec, type RegisterTable } from "../domain/register-format.js";
import { sqlIdent, sqlString } from "./database.js";
import type { ImportRule } from "./register-problems.js";

export interface RowRule {
  /** The column the problem is reported on (its value is shown). */
  readonly column: string;
  readonly rule: ImportRule;
  readonly message: string;
  /** SQL, true when the row breaks the rule; NULL counts as not broken. */
  readonly bad: string;
}

/**
 * Macros the rules use, created on the import connection. `vsv_is_date`: a real calendar date
 * written YYYY-MM-DD in 1900..2200 (as `tryParseIsoDate`). `vsv_person_id_ok`: not 9 digits, or
 * 9 digits passing the BSN 11-check or the onderwijsnummer check (as `classifyPersonId`).
 */
export const RULE_MACROS: readonly string[] = [
  `CREATE OR REPLACE TEMP MACRO vsv_is_date(v) AS
     v IS NOT NULL AND v BETWEEN '1900-01-01' AND '2200-12-31' AND coalesce(CAST(TRY_CAST(v AS DATE) AS VARCHAR) = v, false)`,
  `CREATE OR REPLACE TEMP MACRO vsv_weighted_sum(n) AS
     9 * (n // 100000000 % 10) + 8 * (n // 10000000 % 10) + 7 * (n // 1000000 % 10) + 6 * (n // 100000 % 10)
     + 5 * (n // 10000 % 10) + 4 * (n // 1000 % 10) + 3 * (n // 100 % 10) + 2 * (n // 10 % 10) - (n % 10)`,
  // Remainder 0: BSN (not all zeros); remainder 5: onderwijsnummer. The sum appears once, so it is computed once.
  `CREATE OR REPLACE TEMP MACRO vsv_nine_digits_ok(v) AS
     CASE (vsv_weighted_sum(TRY_CAST(v AS BIGINT)) % 11 + 11) % 11 WHEN 0 THEN v <> '000000000' WHEN 5 THEN true ELSE false END`,
  `CREATE OR REPLACE TEMP MACRO vsv_person_id_ok(v) AS
     CASE WHEN length(v) = 9 AND regexp_full_match(v, '[0-9]{9}') THEN vsv_nine_digits_ok(v) ELSE true END`,
];

const list = (values: readonly string[]) => values.map(sqlString).join(", ");

/** Rules on one column's own value (besides "required", which `requiredRule` gives). */
export function columnRules(c: ColumnSpec): RowRule[] {
  const q = sqlIdent(c.name);
  const k = c.kind;
  const r = (rule: ImportRule, bad: string, message: string): RowRule => ({ column: c.name, rule, bad, message });
  switch (k.type) {
    case "person_id":
      return [
        r("PERSON_ID", `regexp_matches(${q}, '^\\s|\\s$')`, "the person_id has leading or trailing spaces: remove them"),
        r(
          "PERSON_ID",
          `NOT vsv_person_id_ok(${q})`,
          "the person_id has 9 digits but fails both the BSN 11-check and the onderwijsnummer check: correct the number (a pseudonym must not be 9 digits)",
        ),
      ];
    case "text":
      return k.maxLength === undefined ? [] : [r("LENGTH", `length(${q}) > ${k.maxLength}`, `is longer than ${k.maxLength} characters: shorten it`)];
    case "date":
      return [r("DATE", `${q} IS NOT NULL AND NOT vsv_is_date(${q})`, "not a valid date: write a real calendar date as YYYY-MM-DD (e.g. 2023-10-01), between 1900 and 2200")];
    case "boolean":
      return [r("BOOLEAN", `${q} NOT IN ('true', 'false')`, "must be true or false (lower case)")];
    case "integer": {
      const rules = [r("INTEGER", `NOT regexp_full_match(${q}, '-?[0-9]{1,9}')`, "must be a whole number, e.g. 3")];
      if (k.min !== undefined || k.max !== undefined) {
        const min = k.min ?? -1e9;
        const max = k.max ?? 1e9;
        rules.push(r("RANGE", `TRY_CAST(${q} AS INTEGER) NOT BETWEEN ${min} AND ${max}`, `must be from ${min} to ${max}`));
      }
      return rules;
    }
    case "number": {
      const rules = [r("NUMBER", `NOT regexp_full_match(${q}, '-?[0-9]{1,12}(\\.[0-9]+)?')`, "must be a number with a decimal point if any, e.g. 12 or 12.5")];
      if (k.min !== undefined) rules.push(r("RANGE", `TRY_CAST(${q} AS DOUBLE) < ${k.min}`, `must be ${k.min} or more`));
      return rules;
    }
    case "enum":
      return [r("ENUM", `${q} NOT IN (${list(k.values)})`, `must be one of ${k.values.join(", ")} (or empty when not required)`)];
    case "municipality":
      // Whether the code is known is a set rule (a join with the reference table), see register-validate.ts.
      return [r("MUNICIPALITY_FORMAT", `NOT regexp_full_match(${q}, '[0-9]{4}')`, "must be a CBS gemeentecode of 4 digits, e.g. 0363")];
    case "postcode4":
      return [r("POSTCODE4", `NOT regexp_full_match(${q}, '[0-9]{4}')`, "must be the 4 digits of a postcode, e.g. 1012")];
    case "postcode":
      return [r("POSTCODE", `NOT regexp_full_match(${q}, '[1-9][0-9]{3} [A-Z]{2}')`, "must be a Dutch postcode written 1234 AB: four digits (not starting with 0), a space, two capital letters")];
    case "email":
      return [r("EMAIL", `length(${q}) > 254 OR NOT regexp_full_match(${q}, '[^@\\s]+@[^@\\s]+\\.[^@\\s]+')`, "must be an e-mail address like naam@voorbeeld.nl: one @, no spaces, a dot in the part after the @, at most 254 characters")];
    case "phone":
      return [r("PHONE", `NOT regexp_full_match(${q}, '[+0-9(][0-9 ()+-]{6,18}[0-9]')`, "must be a phone number of 8 to 20 characters: digits, spaces, + - ( ), e.g. 020 123 4567 or +31 6 1234 5678")];
  }
}

/**
 * The same rules for a column read in its stored type (a typed Parquet column): what the type
 * already guarantees (a real date, true/false, a whole number) needs no check; the ranges remain,
 * with the same rule codes and messages as for text.
 */
export function typedColumnRules(c: ColumnSpec): RowRule[] {
  const q = sqlIdent(c.name);
  const k = c.kind;
  const [textRule, ...rangeRules] = columnRules(c);
  const r = (rule: RowRule | undefined, bad: string): RowRule[] => (rule ? [{ ...rule, bad }] : []);
  switch (k.type) {
    case "date":
      return r(textRule, `${q} NOT BETWEEN DATE '1900-01-01' AND DATE '2200-12-31'`);
    case "boolean":
      return [];
    case "integer":
      // As text: at most 9 digits.
      return k.min !== undefined || k.max !== undefined ? r(rangeRules[0], `${q} NOT BETWEEN ${k.min ?? -1e9} AND ${k.max ?? 1e9}`) : r(textRule, `abs(${q}) > 999999999`);
    case "number":
      // As text: at most 12 digits before the point.
      return [...r(textRule, `NOT isfinite(${q}) OR abs(${q}) >= 1e12`), ...(k.min !== undefined ? r(rangeRules[0], `${q} < ${k.min}`) : [])];
    default:
      return columnRules(c);
  }
}

export function requiredRule(c: ColumnSpec): RowRule {
  return { column: c.name, rule: "REQUIRED", bad: `${sqlIdent(c.name)} IS NULL`, message: `${c.name} is required: fill in a value` };
}

const MBO_ONLY = SECTORS.filter((s) => s !== "MBO");

/** Rules that relate columns of one row: period order, level by sector, leerweg only for MBO. */
export function tableRules(table: RegisterTable): RowRule[] {
  const spec = REGISTER_FORMAT[table];
  const rules: RowRule[] = [];
  if (spec.period) {
    const [start, end] = spec.period.map(sqlIdent) as [string, string];
    rules.push({
      column: spec.period[1],
      rule: "END_BEFORE_START",
      // NULL (not broken) when either is no date: the date rule reports that.
      bad: `TRY_CAST(${end} AS DATE) < TRY_CAST(${start} AS DATE)`,
      message: `${spec.period[1]} is before ${spec.period[0]}: the end is the last day of the period, on or after its start`,
    });
  }
  if (table === "enrolments") {
    const cases = SECTORS.map((s) => `WHEN ${sqlString(s)} THEN level NOT IN (${list(LEVELS_BY_SECTOR[s])})`).join(" ");
    const allowed = SECTORS.map((s) => `${s}: ${LEVELS_BY_SECTOR[s].join(", ")}`).join("; ");
    rules.push({
      column: "level",
      rule: "LEVEL_FOR_SECTOR",
      bad: `CASE sector ${cases} ELSE false END`,
      message: `the level is not one of its sector's levels (${allowed})`,
    });
    rules.push({
      column: "leerweg",
      rule: "LEERWEG_NOT_MBO",
      bad: `leerweg IS NOT NULL AND sector IN (${list(MBO_ONLY)})`,
      message: "a leerweg (BOL/BBL) is only given for MBO enrolments: leave it empty for other sectors",
    });
  }
  return rules;
}

/**
 * Every row rule of a table, in column order, for the columns present in its file (`typed`: the
 * columns read in their stored type, register-source.ts).
 * The form of a person_id is checked where persons are defined: in persons. Elsewhere a person_id
 * must equal one of persons' (the set rule UNKNOWN_PERSON), which makes it valid as well; checking
 * it twice would cost a quarter of the import's time.
 */
export function rowRules(table: RegisterTable, presentColumns: ReadonlySet<string>, typed: ReadonlySet<string> = new Set()): RowRule[] {
  const spec = REGISTER_FORMAT[table];
  const rules: RowRule[] = [];
  for (const c of spec.columns) {
    if (!presentColumns.has(c.name)) continue;
    if (c.required) rules.push(requiredRule(c));
    if (c.kind.type === "person_id" && table !== "persons") continue;
    rules.push(...(typed.has(c.name) ? typedColumnRules(c) : columnRules(c)));
  }
  rules.push(...tableRules(table));
  return rules;
}
