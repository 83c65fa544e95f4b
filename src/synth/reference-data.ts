/**
 * The fixed reference the generator builds on: municipalities with their regions
 * (reference/municipalities/2026.csv), and the synthetic institutions and their locations
 * (reference/institutions.csv, reference/locations.csv, written by build-institutions.ts).
 * The files are small; they are read whole and parsed with src/domain/csv.ts.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseCsvObjects } from "../domain/csv.js";
import { VsvError } from "../domain/errors.js";
import { MUNICIPALITY_SIZE_THOUSANDS } from "./municipality-sizes.js";

/** `reference/` at the package root (the same from src/synth and dist/synth). */
export const SYNTH_REFERENCE_DIR = fileURLToPath(new URL("../../reference/", import.meta.url));

/** The municipality table the generator uses: 2026 codes only (the importer rejects unknown codes). */
export const MUNICIPALITY_YEAR = 2026;

export const INSTITUTION_KINDS = ["ROC", "AOC", "VAKINSTELLING", "VO", "PRO", "VSO", "HBO", "WO"] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export interface Municipality {
  readonly index: number;
  readonly code: string;
  readonly name: string;
  readonly rmcRegion: string;
  readonly rmcRegionName: string;
  readonly labourMarketRegion: string;
  /** Approximate inhabitants in thousands (municipality-sizes.ts). */
  readonly size: number;
}

export interface Institution {
  readonly index: number;
  readonly code: string;
  readonly name: string;
  readonly kind: InstitutionKind;
  /** Sectors of the register format it offers, e.g. ["MBO", "VAVO"]. */
  readonly sectors: readonly string[];
  readonly municipalityCode: string;
  /** false: recognised but unfunded (erkend niet-bekostigd). */
  readonly funded: boolean;
}

export interface Location {
  readonly index: number;
  readonly institution: Institution;
  readonly code: string;
  readonly name: string;
  readonly municipality: Municipality;
}

export interface SynthReference {
  readonly municipalities: readonly Municipality[];
  readonly byCode: ReadonlyMap<string, Municipality>;
  readonly institutions: readonly Institution[];
  readonly locations: readonly Location[];
}

/** Rows of a CSV file with a header, as objects keyed by column name. */
export function readCsvObjects(file: string): Record<string, string>[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new VsvError("NO_REFERENCE", `Reference file ${file} is missing: restore it from the repository`);
  }
  return parseCsvObjects(text);
}

export function loadMunicipalities(dir: string = SYNTH_REFERENCE_DIR): Municipality[] {
  return readCsvObjects(path.join(dir, "municipalities", `${MUNICIPALITY_YEAR}.csv`)).map((r, index) => {
    const code = r.municipality_code!;
    const size = MUNICIPALITY_SIZE_THOUSANDS[code];
    if (size === undefined) {
      throw new VsvError("NO_REFERENCE", `Municipality ${code} has no size in src/synth/municipality-sizes.ts: add it`);
    }
    return {
      index,
      code,
      name: r.municipality_name!,
      rmcRegion: r.rmc_region!,
      rmcRegionName: r.rmc_region_name!,
      labourMarketRegion: r.labour_market_region!,
      size,
    };
  });
}

export function loadSynthReference(dir: string = SYNTH_REFERENCE_DIR): SynthReference {
  const municipalities = loadMunicipalities(dir);
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const institutions: Institution[] = readCsvObjects(path.join(dir, "institutions.csv")).map((r, index) => {
    const kind = r.kind as InstitutionKind;
    if (!INSTITUTION_KINDS.includes(kind)) throw new VsvError("BAD_REFERENCE", `reference/institutions.csv: unknown kind "${r.kind}"`);
    return {
      index,
      code: r.institution!,
      name: r.name!,
      kind,
      sectors: r.sectors!.split(";"),
      municipalityCode: r.municipality_code!,
      funded: r.funded !== "false",
    };
  });
  const byInstitution = new Map(institutions.map((i) => [i.code, i]));
  const locations: Location[] = readCsvObjects(path.join(dir, "locations.csv")).map((r, index) => {
    const institution = byInstitution.get(r.institution!);
    const municipality = byCode.get(r.municipality_code!);
    if (!institution || !municipality) {
      throw new VsvError("BAD_REFERENCE", `reference/locations.csv: location ${r.location} refers to an unknown institution or municipality`);
    }
    return { index, institution, code: r.location!, name: r.name!, municipality };
  });
  return { municipalities, byCode, institutions, locations };
}
