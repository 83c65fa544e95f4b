/**
 * DUO's value rules as SQL, so the import can apply them set-wise: one DuckDB temp macro per value
 * type, the same rules as the pure functions in src/domain/duo/values.ts (the specification; a
 * property test compares the two). Per column the import needs two expressions: the stored value
 * and whether the text is malformed (which rejects the import). Empty text is unknown (NULL) and
 * never malformed.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { DuoColumn } from "../domain/duo/layout.js";
import { normaliseLeerweg } from "../domain/duo/leerweg.js";
import { normaliseLevel } from "../domain/duo/levels.js";
import type { DuoImportRule } from "./duo-import-problems.js";
import { sqlString } from "./database.js";

/**
 * `x` is the raw text (NULL when the field is empty); `fmt` the file's date format. `duo_t` trims
 * only values that need it: rewriting every string costs more than all the checks together.
 */
const YEAR = "(19[0-9][0-9]|2[01][0-9][0-9]|2200)";
const MACROS: readonly string[] = [
  `duo_t(x) AS CASE WHEN x = '' OR starts_with(x, ' ') OR ends_with(x, ' ') THEN NULLIF(trim(x), '') ELSE x END`,
  `duo_text(x) AS duo_t(x)`,
  // BSN / onderwijsnummer: 1-9 digits, left-padded; all zeros or empty is unknown
  `duo_person(x) AS CASE WHEN regexp_full_match(duo_t(x), '[0-9]{1,9}') AND ltrim(duo_t(x), '0') <> '' THEN lpad(duo_t(x), 9, '0') END`,
  `duo_person_bad(x) AS duo_t(x) IS NOT NULL AND NOT regexp_full_match(duo_t(x), '0+|[0-9]{1,9}')`,
  // DD-MM-YYYY or YYYYMMDD (per file), a real calendar date in 1900-2200
  `duo_date(x, fmt) AS CASE
     WHEN fmt = 'DD-MM-YYYY' AND regexp_full_match(duo_t(x), '[0-9]{2}-[0-9]{2}-${YEAR}') THEN try_strptime(duo_t(x), '%d-%m-%Y')::DATE
     WHEN fmt = 'YYYYMMDD' AND regexp_full_match(duo_t(x), '${YEAR}[0-9]{4}') THEN try_strptime(duo_t(x), '%Y%m%d')::DATE
   END`,
  `duo_date_bad(x, fmt) AS duo_t(x) IS NOT NULL AND duo_date(x, fmt) IS NULL`,
  // the shape of a date text, and its date in the format its shape has (per-file format checked later)
  `duo_dmy(x) AS regexp_full_match(duo_t(x), '[0-9]{2}-[0-9]{2}-[0-9]{4}')`,
  `duo_ymd(x) AS regexp_full_match(duo_t(x), '[0-9]{8}')`,
  `duo_date_any(x) AS CASE WHEN duo_dmy(x) THEN duo_date(x, 'DD-MM-YYYY') WHEN duo_ymd(x) THEN duo_date(x, 'YYYYMMDD') END`,
  // YYYYMM (or YYYY-MM) → YYYY-MM, as parseReportMonth
  `duo_month(x) AS CASE WHEN regexp_full_match(duo_t(x), '(199[0-9]|20[0-9][0-9]|2100)-?(0[1-9]|1[0-2])') THEN left(duo_t(x), 4) || '-' || right(duo_t(x), 2) END`,
  `duo_month_bad(x) AS duo_t(x) IS NOT NULL AND duo_month(x) IS NULL`,
  // CBS code without leading zeros (488 → 0488); a GM prefix is allowed
  `duo_municipality(x) AS CASE
     WHEN regexp_full_match(duo_t(x), '[0-9]{1,4}') THEN lpad(duo_t(x), 4, '0')
     WHEN regexp_full_match(duo_t(x), 'GM[0-9]{1,4}', 'i') THEN lpad(substr(duo_t(x), 3), 4, '0')
   END`,
  `duo_municipality_bad(x) AS duo_t(x) IS NOT NULL AND duo_municipality(x) IS NULL`,
  // REGIO 28 / 28 / 3 → 28 / 28 / 03
  `duo_region(x) AS CASE
     WHEN regexp_full_match(duo_t(x), '[0-9]{1,2}') THEN lpad(duo_t(x), 2, '0')
     WHEN regexp_full_match(duo_t(x), '(REGIO|RMC|MC)\\s*[0-9]{1,2}', 'i') THEN lpad(regexp_extract(duo_t(x), '[0-9]{1,2}$'), 2, '0')
   END`,
  `duo_region_bad(x) AS duo_t(x) IS NOT NULL AND duo_region(x) IS NULL`,
  // 129.0 → 129
  `duo_number_text(x) AS CASE WHEN contains(x, '.') AND regexp_full_match(duo_t(x), '[0-9]+\\.0+') THEN split_part(duo_t(x), '.', 1) ELSE duo_t(x) END`,
  `duo_flag(x) AS CASE upper(duo_t(x)) WHEN 'J' THEN true WHEN 'N' THEN false WHEN 'JA' THEN true WHEN 'NEE' THEN false END`,
  `duo_flag_bad(x) AS duo_t(x) IS NOT NULL AND duo_flag(x) IS NULL`,
  `duo_sex(x) AS upper(duo_t(x))`,
  // The weighted sum of the BSN 11-check over a 9-digit text; BSN: ≡ 0 (mod 11), onderwijsnummer: ≡ 5.
  // Digits by integer arithmetic on the number: 2.5× faster than a substr and a cast per digit.
  `duo_check_rest(p) AS (((${Array.from({ length: 8 }, (_, i) => `${9 - i} * (CAST(p AS INTEGER) // ${10 ** (8 - i)} % 10)`).join(" + ")} - CAST(p AS INTEGER) % 10) % 11) + 11) % 11`,
  `duo_is_bsn(p) AS p <> '000000000' AND duo_check_rest(p) = 0`,
  `duo_is_onderwijsnummer(p) AS duo_check_rest(p) = 5`,
  // for comparing municipality names: case, accents, spaces and punctuation do not count
  `duo_name_key(x) AS regexp_replace(lower(strip_accents(trim(x))), '[^a-z0-9]', '', 'g')`,
];

/** Defines the macros on this connection (temporary: they vanish when it closes). */
export async function defineValueMacros(conn: DuckDBConnection): Promise<void> {
  await conn.run(MACROS.map((m) => `CREATE OR REPLACE TEMP MACRO ${m};`).join("\n"));
}

/** The rule a malformed value of this column breaks; undefined when any text is accepted. */
export function valueRule(c: DuoColumn): DuoImportRule | undefined {
  switch (c.type) {
    case "person-id":
      return "PERSON_NUMBER";
    case "date":
      return "DATE";
    case "month":
      return "MONTH";
    case "municipality":
      return "MUNICIPALITY";
    case "region":
      return "REGION";
    case "flag":
      return "FLAG";
    default:
      return undefined;
  }
}

/** What to tell the user about a malformed value of the rule, including what to do. */
export const VALUE_MESSAGES: Readonly<Record<string, (dateFormat: string | null) => string>> = {
  PERSON_NUMBER: () => "a person number must be digits only (a BSN or onderwijsnummer, at most 9 digits; 0 or empty when unknown): check the file with the one in Mijn DUO",
  DATE: (f) =>
    `not a real date in this file's date format (${f ?? "DD-MM-YYYY or YYYYMMDD"}): every date in one file must be written the same way, e.g. 01-10-2022; download the file again from Mijn DUO`,
  MONTH: () => "not a month written YYYYMM (e.g. 202211): download the file again from Mijn DUO",
  MUNICIPALITY: () => "a municipality code must be the CBS gemeentecode in digits (e.g. 518 or 0518): download the file again from Mijn DUO",
  REGION: () => "an RMC region must be a number (e.g. 28 or REGIO 28): download the file again from Mijn DUO",
  FLAG: () => "a flag must be J or N (or empty when unknown): download the file again from Mijn DUO",
};

/**
 * SQL for the malformed-value test of a column over raw text `x`; undefined when none applies.
 * Dates: against the file's `date_format` (a column of the raw rows view), or, while staging, in
 * whichever of the two formats the value has (`any`): the per-file format is checked afterwards.
 */
export function badSql(c: DuoColumn, x: string, dates: "file" | "any" = "file"): string | undefined {
  switch (c.type) {
    case "person-id":
      return `duo_person_bad(${x})`;
    case "date":
      return dates === "file" ? `duo_date_bad(${x}, date_format)` : `(duo_t(${x}) IS NOT NULL AND duo_date_any(${x}) IS NULL)`;
    case "month":
      return `duo_month_bad(${x})`;
    case "municipality":
      return `duo_municipality_bad(${x})`;
    case "region":
      return `duo_region_bad(${x})`;
    case "flag":
      return `duo_flag_bad(${x})`;
    default:
      return undefined;
  }
}

/** Normalised names of the level and leerweg texts found. */
export interface NameMaps {
  readonly level: ReadonlyMap<string, string | undefined>;
  readonly leerweg: ReadonlyMap<string, string | undefined>;
}

/** Maps each distinct raw text through the domain's one table (levels.ts, leerweg.ts). */
export function nameMaps(levels: Iterable<string>, leerwegen: Iterable<string>): NameMaps {
  return {
    level: new Map([...levels].map((raw) => [raw, normaliseLevel(raw)])),
    leerweg: new Map([...leerwegen].map((raw) => [raw, normaliseLeerweg(raw)])),
  };
}

function caseOf(map: ReadonlyMap<string, string | undefined>, t: string): string {
  const known = [...map].filter((e): e is [string, string] => e[1] !== undefined);
  if (known.length === 0) return "NULL::VARCHAR";
  return `CASE ${t} ${known.map(([raw, v]) => `WHEN ${sqlString(raw)} THEN ${sqlString(v)}`).join(" ")} END`;
}

/**
 * The staged columns of a layout column, read from raw text `x` (undefined when the file lacks
 * the column: NULL): its stored value, typed; for level and leerweg only the raw text
 * (`<column>_raw`), normalised when stored (`insertSql`), once every name in the import is known.
 */
export function stagedSql(c: DuoColumn, x: string | undefined): { name: string; sql: string }[] {
  const none = c.type === "date" ? "NULL::DATE" : c.type === "flag" ? "NULL::BOOLEAN" : "NULL::VARCHAR";
  const value = (sql: string) => [{ name: c.column, sql: x === undefined ? none : sql }];
  switch (c.type) {
    case "text":
      return value(`duo_text(${x})`);
    case "person-id":
      return value(`duo_person(${x})`);
    case "date":
      return value(`duo_date_any(${x})`);
    case "month":
      return value(`duo_month(${x})`);
    case "municipality":
      return value(`duo_municipality(${x})`);
    case "region":
      return value(`duo_region(${x})`);
    case "number-text":
      return value(`duo_number_text(${x})`);
    case "flag":
      return value(`duo_flag(${x})`);
    case "sex":
      return value(`duo_sex(${x})`);
    case "level":
    case "leerweg":
      return [{ name: `${c.column}_raw`, sql: x === undefined ? none : `duo_text(${x})` }];
  }
}

/** The stored columns of a layout column, from its staged columns (see `stagedSql`). */
export function insertSql(c: DuoColumn, maps: NameMaps): string[] {
  if (c.type === "level") return [caseOf(maps.level, `${c.column}_raw`), `${c.column}_raw`];
  if (c.type === "leerweg") return [caseOf(maps.leerweg, `${c.column}_raw`), `${c.column}_raw`];
  return [c.column];
}
