/**
 * How the export writes the register's values the way DUO writes them (duo-formats.md; docs/duo-export.md,
 * "Values"): person numbers, levels, leerweg, municipality codes, locations, dates. Each rule is a SQL
 * expression over the per-person results, generated from one small table where there is one, so the
 * export stays set-based; the TS twins serve tests and documentation.
 */
import type { DuoLevel } from "../domain/duo/levels.js";
import { DUO_LEVEL_NAMES } from "../domain/duo/levels.js";
import { sqlString } from "./database.js";

/** The DUO level of a main enrolment (sector and level as the register spells them). */
export const REGISTER_TO_DUO_LEVEL: ReadonlyArray<readonly [sector: string, level: string, duo: DuoLevel]> = [
  ["MBO", "1", "MBO-1"],
  ["MBO", "2", "MBO-2"],
  ["MBO", "3", "MBO-3"],
  ["MBO", "4", "MBO-4"],
  ["VAVO", "VMBO", "VMBO"],
  ["VAVO", "HAVO", "HAVO-VWO"],
  ["VAVO", "VWO", "HAVO-VWO"],
  ["VO", "VMBO-BB", "VMBO"],
  ["VO", "VMBO-KB", "VMBO"],
  ["VO", "VMBO-GT", "VMBO"],
  ["VO", "HAVO", "HAVO-VWO"],
  ["VO", "VWO", "HAVO-VWO"],
  ["VO", "VO-ONDERBOUW", "VO-ONDERBOUW"],
  ["PRO", "PRO", "PRO"],
  ["VSO", "VSO", "VSO"],
];

export function duoLevelOf(sector: string | null, level: string | null): DuoLevel | null {
  return REGISTER_TO_DUO_LEVEL.find(([s, l]) => s === sector && l === level)?.[2] ?? null;
}

/** NIVEAU as DUO names it (`Mbo2 opleidingen`, `HAVO/VWO bovenbouw`); NULL for an unknown pair. */
export function duoLevelNameSql(sector: string, level: string): string {
  const whens = REGISTER_TO_DUO_LEVEL.map(([s, l, d]) => `WHEN ${sector} = ${sqlString(s)} AND ${level} = ${sqlString(l)} THEN ${sqlString(DUO_LEVEL_NAMES[d])}`);
  return `CASE ${whens.join(" ")} END`;
}

/** ONDERWIJSSOORT / LEERWEG: BOL or BBL for mbo; empty for vo and vavo (the register has none). */
export function leerwegSql(sector: string, leerweg: string): string {
  return `CASE WHEN ${sector} = 'MBO' AND ${leerweg} IN ('BOL', 'BBL') THEN ${leerweg} END`;
}

/**
 * The kind of a person key, as src/domain/person-id.ts `classifyPersonId` decides it: 9 digits whose
 * weighted sum 9·d1 + … + 2·d8 − d9 is a multiple of 11 is a BSN, leaves 5 an onderwijsnummer; other keys
 * are pseudonyms (the importer has rejected 9 digits that pass neither check).
 */
export function personKindSql(id: string): string {
  const digits = Array.from({ length: 8 }, (_, i) => `${9 - i} * CAST(substr(${id}, ${i + 1}, 1) AS INTEGER)`).join(" + ");
  const sum = `(((${digits} - CAST(substr(${id}, 9, 1) AS INTEGER)) % 11) + 11) % 11`;
  return `CASE WHEN NOT regexp_full_match(${id}, '[0-9]{9}') THEN 'PSEUDONYM' WHEN ${sum} = 0 THEN 'BSN' WHEN ${sum} = 5 THEN 'ONDERWIJSNUMMER' ELSE 'PSEUDONYM' END`;
}

/** BURGERSERVICENUMMER: the BSN, `0` when the person has an onderwijsnummer (or a pseudonym) instead. */
export function bsnSql(id: string, kind: string): string {
  return `CASE WHEN ${kind} = 'BSN' THEN ${id} ELSE '0' END`;
}

/** ONDERWIJSNUMMER: the onderwijsnummer; a pseudonym is written here too (DUO's tools will not accept it). */
export function onderwijsnummerSql(id: string, kind: string): string {
  return `CASE WHEN ${kind} = 'BSN' THEN NULL ELSE ${id} END`;
}

/** Dates as current DUO files write them: `DD-MM-YYYY` (src/domain/duo/values.ts `formatDuoDate`). */
export function duoDateSql(d: string): string {
  return `strftime(${d}, '%d-%m-%Y')`;
}

/** Months as DUO writes RAPPORTAGEMAAND / VANAF_WANNEER: `YYYYMM` from `YYYY-MM`. */
export function duoMonthSql(m: string): string {
  return `replace(${m}, '-', '')`;
}

/** Municipality codes as DUO writes them: without leading zeros (`0363` → `363`). */
export function municipalitySql(code: string): string {
  return `CAST(TRY_CAST(${code} AS INTEGER) AS VARCHAR)`;
}

/**
 * The register's `location` is a vestiging (BRIN + two digits, `27GZ00`: written as BRIN_VOLGNR) or
 * an onderwijslocatiecode (anything else, `100X758`: written as ONDERWIJSLOCATIE_CODE).
 */
export function isVestigingSql(institution: string, location: string): string {
  return `coalesce(length(${location}) = length(${institution}) + 2 AND starts_with(${location}, ${institution}) AND translate(right(${location}, 2), '0123456789', '') = '', false)`;
}

/** The value when the location is a vestiging (`isVestiging`: a column holding `isVestigingSql`). */
export function vestigingSql(isVestiging: string, value: string): string {
  return `CASE WHEN ${isVestiging} THEN ${value} END`;
}

/** The value when the location is not a vestiging: an onderwijslocatiecode. */
export function onderwijslocatieSql(isVestiging: string, value: string): string {
  return `CASE WHEN NOT ${isVestiging} THEN ${value} END`;
}

/**
 * DUO's files have no quoting, so a `;` or a line break inside a value would break the row: free text
 * (names from the reference data, programme codes) has them replaced by a space.
 */
export function textSql(value: string): string {
  return `replace(replace(replace(${value}, ';', ' '), chr(13), ' '), chr(10), ' ')`;
}

/** Sex as DUO writes it: `M` or `V`; the register's `X` (and unknown) stays empty. */
export function sexSql(sex: string): string {
  return `CASE WHEN ${sex} IN ('M', 'V') THEN ${sex} END`;
}
