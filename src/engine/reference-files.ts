/**
 * The versioned files of reference/ (never read from outside the repository), read in JavaScript: the one reader
 * of reference files for the engine and the store (CSV text parsed by src/domain/csv.ts). reference.ts loads the
 * tables the engine queries into DuckDB from the same files; the generator reads its own (src/synth/reference-data.ts).
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseCsvObjects } from "../domain/csv.js";
import { VsvError } from "../domain/errors.js";
import { type Teljaar, startYear } from "../domain/teljaar.js";
import { type ReferenceInstitution, type ReferenceMunicipality, referenceInstitutions, referenceMunicipalities } from "../domain/reference-places.js";

/** `reference/` at the package root (the same from src/engine and dist/engine). */
export const REFERENCE_DIR = fileURLToPath(new URL("../../reference/", import.meta.url));

const noMunicipalityTable = () => new VsvError("NO_REFERENCE", "No municipality reference table found in reference/municipalities/");

/** Years for which a municipality table exists (`reference/municipalities/<year>.csv`). */
export function municipalityTableYears(dir: string = REFERENCE_DIR): number[] {
  return readdirSync(path.join(dir, "municipalities"))
    .map((f) => /^(\d{4})\.csv$/.exec(f)?.[1])
    .filter((y): y is string => y !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

/**
 * The municipality table that applies to a teljaar: the one of the latest year up to and including
 * year t (boundaries on the first peildatum); before the earliest table, the earliest one, so that
 * older teljaren are restated on the oldest boundaries we have (docs/decisions.md).
 */
export function municipalityYearFor(t: Teljaar, years: readonly number[]): number {
  if (years.length === 0) throw noMunicipalityTable();
  const y = startYear(t);
  let chosen = years[0]!;
  for (const year of years) if (year <= y) chosen = year;
  return chosen;
}

/** The text of a reference file; NO_REFERENCE when it cannot be read. */
export function readReferenceText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    throw new VsvError("NO_REFERENCE", `Reference file ${file} cannot be read (${(e as Error).message}): restore it from the repository`);
  }
}

/** The records of a reference CSV file (with a header), keyed by column name. */
export function readReferenceCsv(file: string): Record<string, string>[] {
  return parseCsvObjects(readReferenceText(file));
}

export interface PlaceReference {
  /** The municipalities of the latest municipality table, with their sizes. */
  readonly municipalities: readonly ReferenceMunicipality[];
  readonly institutions: readonly ReferenceInstitution[];
}

/** Municipalities (latest boundaries) and institutions, as the programmes' default parties need them. */
export function loadPlaceReference(dir: string = REFERENCE_DIR): PlaceReference {
  const year = municipalityTableYears(dir).at(-1);
  if (year === undefined) throw noMunicipalityTable();
  return {
    municipalities: referenceMunicipalities(
      readReferenceCsv(path.join(dir, "municipalities", `${year}.csv`)),
      readReferenceCsv(path.join(dir, "municipality-sizes.csv")),
    ),
    institutions: referenceInstitutions(readReferenceCsv(path.join(dir, "institutions.csv"))),
  };
}
