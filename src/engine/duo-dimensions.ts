/**
 * The breakdowns (`--by`) of figures from DUO's files. Each is read from a row of the NRSP (start
 * population) or the NenR (vsv'ers), which share their columns: a NenR person is counted under the
 * attributes of their NenR row, whatever their NRSP row says (docs/duo-figures.md, Breakdowns).
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { DUO_LEVELS, DUO_LEVEL_LABELS, type DuoLevel } from "../domain/duo/levels.js";
import { VsvError } from "../domain/errors.js";
import { type Teljaar, startYear } from "../domain/teljaar.js";
import { queryRows } from "./database.js";
import { REFERENCE_SCHEMA } from "./reference.js";
import { municipalityTableYears, municipalityYearFor } from "./reference-files.js";

/** Where the name shown beside a key comes from when the reference data knows it. */
type ReferenceName = "level" | "municipality" | "region" | "institution";

export interface DuoDimension {
  readonly name: string;
  readonly description: string;
  /** SQL over one NRSP/NenR row: the key of the group the row falls in. */
  key(teljaar: Teljaar): string;
  /** SQL aggregate: the name the file itself gives the key (used when the reference data has none). */
  readonly fileName?: string;
  /** Reference data that names the key; it wins over the file's own text (the code wins over names). */
  readonly reference?: ReferenceName;
  /** Whether the dimension carries a `<name>_name` column. */
  readonly named: boolean;
}

/**
 * Age in whole years on 1 October of year t (the first peildatum). No leap-day case arises:
 * 1 October is compared with the birthday's month and day.
 */
function ageOnFirstPeildatum(teljaar: Teljaar): string {
  return `CAST(${startYear(teljaar)} - year(birth_date) - CASE WHEN month(birth_date) > 10 OR (month(birth_date) = 10 AND day(birth_date) > 1) THEN 1 ELSE 0 END AS INTEGER)`;
}

const fixed = (sql: string) => () => sql;

export const DUO_DIMENSIONS: readonly DuoDimension[] = [
  {
    name: "level",
    description: "level from NIVEAU, normalised (MBO-1 … MBO-4; vavo pupils of an mbo institution under HAVO-VWO, VMBO …); an unknown name as written",
    key: fixed("coalesce(level, level_raw)"),
    reference: "level",
    named: true,
  },
  { name: "leerweg", description: "leerweg from ONDERWIJSSOORT: BOL, BBL, EX … (as written when not one of these)", key: fixed("coalesce(leerweg, leerweg_raw)"), named: false },
  { name: "provider", description: "onderwijsaanbieder (ONDERWIJSAANBIEDER_CODE, with its name): the school or sector within the institution", key: fixed("provider_code"), fileName: "min(provider_name)", named: true },
  { name: "location", description: "vestiging: BRIN_VOLGNR with BRIN_VEST_NAAM", key: fixed("brin_volgnr"), fileName: "min(brin_vest_name)", named: true },
  { name: "teaching_location", description: "onderwijslocatie: ONDERWIJSLOCATIE_CODE with its place name", key: fixed("location_code"), fileName: "min(location_place)", named: true },
  { name: "municipality", description: "municipality of residence (GEMCODE), named from the reference data when known", key: fixed("municipality_code"), fileName: "min(municipality_name)", reference: "municipality", named: true },
  { name: "region", description: "RMC / Doorstroompunt region of residence (RMC_REGIO), named from the reference data when known", key: fixed("rmc_region"), fileName: "min(rmc_region_name)", reference: "region", named: true },
  { name: "institution", description: "institution (BRIN), named from the reference data when known; useful for region files", key: fixed("brin"), reference: "institution", named: true },
  { name: "age", description: "age in years on 1 October of the teljaar's first year (from GEBOORTEDATUM)", key: ageOnFirstPeildatum, named: false },
  { name: "sex", description: "GESLACHT: M or V", key: fixed("sex"), named: false },
];

export function parseDuoDimensions(names: readonly string[]): DuoDimension[] {
  const seen = new Set<string>();
  return names.map((n) => {
    const d = DUO_DIMENSIONS.find((x) => x.name === n);
    if (!d) {
      throw new VsvError("BAD_BREAKDOWN", `Breakdown "${n}" is not known: use one or more of ${DUO_DIMENSIONS.map((x) => x.name).join(", ")}`);
    }
    if (seen.has(n)) throw new VsvError("BAD_BREAKDOWN", `Breakdown "${n}" is given twice: name each breakdown once`);
    seen.add(n);
    return d;
  });
}

export type DuoKey = string | number | null;

/** Names from the reference data, per kind of key. */
export type ReferenceNames = Record<ReferenceName, ReadonlyMap<string, string>>;

/** Loads the names the dimensions asked for (municipalities and regions of the teljaar's municipality table). */
export async function referenceNames(conn: DuckDBConnection, teljaar: Teljaar, dims: readonly DuoDimension[]): Promise<ReferenceNames> {
  const wanted = new Set(dims.map((d) => d.reference));
  const names: ReferenceNames = {
    level: new Map(Object.entries(DUO_LEVEL_LABELS)),
    municipality: new Map(),
    region: new Map(),
    institution: new Map(),
  };
  if (wanted.has("municipality") || wanted.has("region")) {
    const year = municipalityYearFor(teljaar, municipalityTableYears());
    const rows = await queryRows<{ municipality_code: string; municipality_name: string; rmc_region: string; rmc_region_name: string }>(
      conn,
      `SELECT municipality_code, municipality_name, rmc_region, rmc_region_name FROM ${REFERENCE_SCHEMA}.municipalities WHERE year = ${year}`,
    );
    names.municipality = new Map(rows.map((r) => [r.municipality_code, r.municipality_name]));
    names.region = new Map(rows.map((r) => [r.rmc_region, r.rmc_region_name]));
  }
  if (wanted.has("institution")) {
    const rows = await queryRows<{ institution: string; name: string }>(conn, `SELECT institution, name FROM ${REFERENCE_SCHEMA}.institutions`);
    names.institution = new Map(rows.map((r) => [r.institution, r.name]));
  }
  return names;
}

/** The name shown beside a key: the reference data's, else the file's own, else null. */
export function nameOf(d: DuoDimension, key: DuoKey, fromFile: string | null, names: ReferenceNames): string | null {
  if (key !== null && d.reference) {
    const known = names[d.reference].get(String(key));
    if (known !== undefined) return known;
  }
  return fromFile;
}

/** Group order: levels as DUO_LEVELS lists them, numbers numerically, text alphabetically; unknown last. */
export function compareKeys(d: DuoDimension, a: DuoKey, b: DuoKey): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (d.name === "level") {
    const ia = DUO_LEVELS.indexOf(a as DuoLevel);
    const ib = DUO_LEVELS.indexOf(b as DuoLevel);
    if (ia !== ib) return (ia === -1 ? DUO_LEVELS.length : ia) - (ib === -1 ? DUO_LEVELS.length : ib);
  }
  return String(a).localeCompare(String(b));
}
