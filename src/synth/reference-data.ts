/**
 * The fixed reference the generator builds on: municipalities with their regions and sizes
 * (reference/municipalities/2026.csv, reference/municipality-sizes.csv), and the synthetic institutions and their
 * locations (reference/institutions.csv, reference/locations.csv, written by build-institutions.ts). The files are
 * small; they are read whole and parsed with src/domain/csv.ts and src/domain/reference-places.ts.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseCsvObjects } from "../domain/csv.js";
import { VsvError } from "../domain/errors.js";
import { type ReferenceInstitution, type ReferenceMunicipality, referenceInstitutions, referenceMunicipalities } from "../domain/reference-places.js";

/** `reference/` at the package root (the same from src/synth and dist/synth). */
export const SYNTH_REFERENCE_DIR = fileURLToPath(new URL("../../reference/", import.meta.url));

/** The municipality table the generator uses: 2026 codes only (the importer rejects unknown codes). */
export const MUNICIPALITY_YEAR = 2026;

/** A municipality with its position in the table (the generator's draws index by it). */
export interface Municipality extends ReferenceMunicipality {
  readonly index: number;
}

export interface Institution extends ReferenceInstitution {
  readonly index: number;
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

function readCsv(dir: string, ...file: string[]): Record<string, string>[] {
  const name = path.join(dir, ...file);
  try {
    return parseCsvObjects(readFileSync(name, "utf8"));
  } catch (e) {
    throw new VsvError("NO_REFERENCE", `Reference file ${name} cannot be read (${(e as Error).message}): restore it from the repository`);
  }
}

export function loadMunicipalities(dir: string = SYNTH_REFERENCE_DIR): Municipality[] {
  const table = readCsv(dir, "municipalities", `${MUNICIPALITY_YEAR}.csv`);
  return referenceMunicipalities(table, readCsv(dir, "municipality-sizes.csv")).map((m, index) => ({ index, ...m }));
}

export function loadSynthReference(dir: string = SYNTH_REFERENCE_DIR): SynthReference {
  const municipalities = loadMunicipalities(dir);
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const institutions: Institution[] = referenceInstitutions(readCsv(dir, "institutions.csv")).map((i, index) => ({ index, ...i }));
  const byInstitution = new Map(institutions.map((i) => [i.code, i]));
  const locations: Location[] = readCsv(dir, "locations.csv").map((r, index) => {
    const institution = byInstitution.get(r.institution!);
    const municipality = byCode.get(r.municipality_code!);
    if (!institution || !municipality) {
      throw new VsvError("BAD_REFERENCE", `reference/locations.csv: location ${r.location} refers to an unknown institution or municipality`);
    }
    return { index, institution, code: r.location!, name: r.name!, municipality };
  });
  return { municipalities, byCode, institutions, locations };
}
