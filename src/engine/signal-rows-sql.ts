/**
 * The SQL behind the signal lists (src/engine/signal-rows.ts): four SELECTs — the engine's and DUO's rows of the
 * possible and of the definitive list — that all produce the columns of a SignalRow, in SIGNAL_ROW_COLUMNS order.
 * The choice between engine and DUO per region is made in SQL too: the engine's SELECTs leave out every region in
 * the `duo_regions` relation the caller defines. docs/signal-lists.md.
 */
import type { Definition, Stage } from "../domain/definition.js";
import type { IsoDate } from "../domain/dates.js";
import type { SignalMonth } from "../domain/signalling.js";
import { type Teljaar, secondPeildatum } from "../domain/teljaar.js";
import { sqlString } from "./database.js";
import { REGISTER_TO_DUO_LEVEL, leerwegSql } from "./duo-export-values.js";
import { monthlySignalsSql } from "./monthly-signals.js";
import { PERSON_RESULTS_VIEW } from "./results-tables.js";

export const SIGNAL_ROW_COLUMNS = [
  "person_key", "list", "source", "teljaar", "report_month", "region", "municipality_code", "municipality_name",
  "institution", "institution_name", "location", "programme", "programme_name", "level", "leerweg", "birth_date", "age",
  "family_name", "given_names", "street", "house_number", "postcode", "residence", "phone", "email", "listed_since", "deregistration_date", "reason", "absence_statutory", "absence_non_statutory",
  "target_group",
] as const;
export type SignalRowColumn = (typeof SIGNAL_ROW_COLUMNS)[number];

/** Every column's expression, cast to the type the row has; a missing one is an error, so the SELECTs cannot drift apart. */
export function selectList(exprs: Readonly<Record<SignalRowColumn, string>>): string {
  const types: Partial<Record<SignalRowColumn, string>> = { age: "INTEGER", absence_statutory: "BOOLEAN", absence_non_statutory: "BOOLEAN" };
  return SIGNAL_ROW_COLUMNS.map((c) => `CAST(${exprs[c]} AS ${types[c] ?? "VARCHAR"}) AS ${c}`).join(",\n    ");
}

/** Whole years between a birth date and a day, as the engine computes age (src/engine/compute-sql.ts). */
export function ageSql(birth: string, on: string): string {
  return `year(${on}) - year(${birth}) - CASE WHEN strftime(${birth}, '%m-%d') > strftime(${on}, '%m-%d') THEN 1 ELSE 0 END`;
}

/** The register's sector and level as DUO's level (MBO-2, VMBO …), the vocabulary DUO rows carry. */
export function duoLevelSql(sector: string, level: string): string {
  return `CASE ${REGISTER_TO_DUO_LEVEL.map(([s, l, d]) => `WHEN ${sector} = ${sqlString(s)} AND ${level} = ${sqlString(l)} THEN ${sqlString(d)}`).join(" ")} END`;
}

/** A house number with its letter and addition as one text, as written on an envelope (`12a`, `12-II`, `12a-2`). */
function houseNumberSql(number: string, letter: string, addition: string): string {
  return `nullif(concat(trim(CAST(${number} AS VARCHAR)), trim(${letter}), CASE WHEN nullif(trim(${addition}), '') IS NOT NULL THEN '-' || trim(${addition}) END), '')`;
}

/** A postcode as `1234 AB` when it is one (DUO writes `1234AB` or `1234 ab`), else as written; null when empty. */
function postcodeSql(postcode: string): string {
  const bare = `upper(replace(trim(${postcode}), ' ', ''))`;
  return `CASE WHEN regexp_full_match(${bare}, '[1-9][0-9]{3}[A-Z]{2}') THEN left(${bare}, 4) || ' ' || right(${bare}, 2) ELSE nullif(trim(${postcode}), '') END`;
}

/** A family name with its voorvoegsel, as written in the Netherlands (`de Vries`); null when there is none. */
function familyNameSql(prefix: string, surname: string): string {
  return `nullif(trim(concat_ws(' ', ${prefix}, ${surname})), '')`;
}

const NOT_IN_DUO = "pr.region IS NOT NULL AND pr.region NOT IN (SELECT region FROM duo_regions WHERE region IS NOT NULL)";

/** The attribution columns of an engine row (results.person_results `pr`, register.persons `p`). */
/** The register's optional person columns (docs/register-format.md), named as a row's fields. */
export const PERSON_DETAIL_FIELDS = ["family_name", "given_names", "street", "house_number", "postcode", "residence", "phone", "email"] as const;
export type PersonDetailField = (typeof PERSON_DETAIL_FIELDS)[number];

function engineColumns(personColumns: readonly PersonDetailField[]): Pick<Record<SignalRowColumn, string>, "person_key" | "source" | "region" | "municipality_code" | "municipality_name" | "institution" | "institution_name" | "location" | "programme" | "programme_name" | "level" | "leerweg" | "birth_date" | "family_name" | "given_names" | "street" | "house_number" | "postcode" | "residence" | "phone" | "email" | "absence_statutory" | "absence_non_statutory" | "target_group"> {
  return {
    person_key: "pr.person_id",
    source: "'engine'",
    region: "pr.region",
    municipality_code: "pr.municipality_code",
    municipality_name: "pr.municipality_name",
    institution: "pr.institution",
    institution_name: "pr.institution_name",
    location: "pr.location",
    programme: "pr.programme",
    // The register carries programme codes only; DUO's files name them.
    programme_name: "NULL",
    level: `coalesce(${duoLevelSql("pr.sector", "pr.level")}, pr.level)`,
    leerweg: leerwegSql("pr.sector", "pr.leerweg"),
    birth_date: "p.birth_date",
    // Names, address and contact from the register's optional person columns; NULL where a register has none.
    ...(Object.fromEntries(PERSON_DETAIL_FIELDS.map((c) => [c, personColumns.includes(c) ? `nullif(trim(CAST(p.${c} AS VARCHAR)), '')` : "NULL"])) as Record<PersonDetailField, string>),
    absence_statutory: "NULL",
    absence_non_statutory: "NULL",
    target_group: "NULL",
  };
}

export interface EnginePossible {
  readonly teljaar: Teljaar;
  readonly stage: Stage;
  readonly definition: Definition;
  readonly asOf: IsoDate | null;
  /** The report month whose list is taken: the latest the register covers. */
  readonly month: SignalMonth;
  /** The optional person columns the register has (a register without them still lists, without names). */
  readonly personColumns: readonly PersonDetailField[];
}

/** The engine's possible vsv'ers of one report month (src/engine/monthly-signals.ts), outside the DUO regions. */
export function enginePossibleSql(e: EnginePossible): string {
  const signals = monthlySignalsSql({ teljaar: e.teljaar, stage: e.stage, definition: e.definition, scope: { kind: "national" }, asOf: e.asOf });
  const peildatum = `DATE ${sqlString(e.month.peildatum)}`;
  return `
SELECT
    ${selectList({
      ...engineColumns(e.personColumns),
      list: "'possible'",
      teljaar: sqlString(e.teljaar),
      report_month: "s.report_month",
      age: ageSql("p.birth_date", peildatum),
      listed_since: "s.listed_since",
      deregistration_date: "s.deregistration_date",
      // The rule that put them there: no funded enrolment (and no startkwalificatie); the wording of the DUO export.
      reason: "'GEEN INSCHRIJVING'",
    })}
FROM (${signals}) s
JOIN ${PERSON_RESULTS_VIEW} pr ON pr.person_id = s.person_id AND pr.teljaar = ${sqlString(e.teljaar)} AND pr.stage = ${sqlString(e.stage)}
JOIN register.persons p ON p.person_id = s.person_id
WHERE s.month_index = ${e.month.index} AND ${NOT_IN_DUO}`;
}

export interface EngineDefinitive {
  readonly teljaar: Teljaar;
  readonly definition: Definition;
  /** The definitive cut-off: enrolments recorded later are not known to the stage. */
  readonly cutoff: IsoDate;
  readonly personColumns: readonly PersonDetailField[];
}

/** The engine's definitive vsv'ers of a teljaar, outside the DUO regions, with the end of their last funded enrolment. */
export function engineDefinitiveSql(e: EngineDefinitive): string {
  const p2 = `DATE ${sqlString(secondPeildatum(e.teljaar))}`;
  const vsv = `SELECT * FROM ${PERSON_RESULTS_VIEW} WHERE teljaar = ${sqlString(e.teljaar)} AND stage = 'definitive' AND in_sp${e.definition} AND vsv`;
  return `
WITH pr AS MATERIALIZED (${vsv}),
left_on AS (
  SELECT person_id, max(end_date) AS end_date FROM register.enrolments SEMI JOIN pr USING (person_id)
  WHERE funded AND start_date <= ${p2} AND end_date IS NOT NULL AND (recorded_on IS NULL OR recorded_on <= DATE ${sqlString(e.cutoff)})
  GROUP BY person_id
)
SELECT
    ${selectList({
      ...engineColumns(e.personColumns),
      list: "'definitive'",
      teljaar: sqlString(e.teljaar),
      report_month: "NULL",
      // The age the definition uses: on 1 October t.
      age: "pr.age",
      listed_since: "NULL",
      deregistration_date: "l.end_date",
      reason: "NULL",
    })}
FROM pr
JOIN register.persons p ON p.person_id = pr.person_id
LEFT JOIN left_on l ON l.person_id = pr.person_id
WHERE ${NOT_IN_DUO}`;
}

/**
 * The DUO files that make a list: per file scope, the A04/A14 files of its latest report month (possible), or
 * the definitive NenR of its latest teljaar (definitive). Columns: file_id, teljaar, report_month, scope_kind, scope_code.
 */
export function duoChosenFilesSql(list: "possible" | "definitive"): string {
  const [kinds, latest] = list === "possible" ? ["kind IN ('A04', 'A14')", "report_month"] : ["kind = 'NENR' AND stage = 'definitive'", "teljaar"];
  return `SELECT file_id, teljaar, report_month, scope_kind, scope_code FROM (
    SELECT *, max(${latest}) OVER (PARTITION BY scope_kind, scope_code) AS latest FROM duo.files WHERE ${kinds}
  ) WHERE ${latest} = latest`;
}

/**
 * The rows of the chosen files (relation `chosen`) with the region each belongs to: its RMC_REGIO, or the file's
 * region when that is empty. Columns: the row table's, plus file_teljaar, file_month, scope_kind, scope_code, row_region.
 */
export function duoRowsSql(list: "possible" | "definitive"): string {
  const table = list === "possible" ? "duo.signal_rows" : "duo.nenr_rows";
  return `SELECT r.*, c.teljaar AS file_teljaar, c.report_month AS file_month, c.scope_kind, c.scope_code,
    coalesce(r.rmc_region, CASE WHEN c.scope_kind = 'region' THEN c.scope_code END) AS row_region
  FROM ${table} r JOIN chosen c ON c.file_id = r.file_id`;
}

/**
 * The regions whose list is DUO's: those with an imported region file (R<nn>) for the list. Institution and
 * municipality files cover only part of a region's young people, so they never make a region's list.
 */
export const DUO_REGIONS_SQL = `SELECT scope_code AS region FROM chosen WHERE scope_kind = 'region'`;

/**
 * DUO's rows (relation `duo_rows`), one per region and person: where a person is in several chosen files (their
 * institution's and their region's), the region's file, then the latest file, then the first line. Rows without a
 * person key or a region cannot be listed (signal-rows.ts counts them).
 */
export function duoListSql(list: "possible" | "definitive"): string {
  const possible = list === "possible";
  const peildatum = possible ? "(CAST(file_month || '-01' AS DATE) + INTERVAL 1 MONTH)" : "make_date(CAST(left(file_teljaar, 4) AS INTEGER), 10, 1)";
  const exprs: Record<SignalRowColumn, string> = {
    person_key: "r.person_key",
    list: sqlString(list),
    source: "'duo'",
    teljaar: "r.file_teljaar",
    report_month: possible ? "r.file_month" : "NULL",
    region: "r.row_region",
    municipality_code: "r.municipality_code",
    municipality_name: "r.municipality_name",
    institution: possible ? "coalesce(r.brin, r.brin_nr)" : "r.brin",
    institution_name: possible ? "coalesce(i.name, r.institution_name, r.institution_name_short)" : "coalesce(i.name, r.provider_name)",
    location: possible ? "coalesce(r.brin_volgnr, r.location_code, r.location_code_short)" : "coalesce(r.brin_volgnr, r.location_code)",
    programme: "r.crebo",
    programme_name: "r.crebo_name",
    level: "coalesce(r.level, r.level_raw)",
    leerweg: "coalesce(r.leerweg, r.leerweg_raw)",
    birth_date: "r.birth_date",
    age: ageSql("r.birth_date", `CAST(${peildatum} AS DATE)`),
    family_name: familyNameSql("r.name_prefix", "r.surname"),
    given_names: "r.first_names",
    // The NenR has no address (only POSTCODE_CIJFERS); DUO's files never hold phone or e-mail.
    street: possible ? "nullif(trim(r.street), '')" : "NULL",
    house_number: possible ? houseNumberSql("r.house_number", "r.house_letter", "r.house_number_addition") : "NULL",
    postcode: possible ? postcodeSql("r.postcode") : "NULL",
    residence: possible ? "nullif(trim(r.place), '')" : "NULL",
    phone: "NULL",
    email: "NULL",
    listed_since: possible ? "r.listed_since" : "NULL",
    deregistration_date: possible ? "r.deregistration_date" : "NULL",
    reason: possible ? "r.reason" : "NULL",
    absence_statutory: possible ? "r.absence_statutory" : "NULL",
    absence_non_statutory: possible ? "r.absence_non_statutory" : "NULL",
    target_group: "NULL",
  };
  return `
SELECT
    ${selectList(exprs)}
FROM (
  SELECT *, row_number() OVER (PARTITION BY row_region, person_key ORDER BY scope_kind = 'region' DESC, file_teljaar DESC, file_month DESC NULLS LAST, file_id DESC, line) AS nth
  FROM duo_rows WHERE person_key IS NOT NULL AND row_region IS NOT NULL AND row_region IN (SELECT region FROM duo_regions)
) r
LEFT JOIN reference.institutions i ON i.institution = ${exprs.institution}
WHERE r.nth = 1`;
}

