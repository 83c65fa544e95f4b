/**
 * The places of the reference data (reference/): municipalities with their RMC region, labour-market region and
 * size, and institutions. Records in (as parsed by src/domain/csv.ts), typed values out; reading the files is the
 * caller's (src/engine/reference-files.ts for the store, src/synth/reference-data.ts for the generator).
 *
 * reference/municipality-sizes.csv holds the approximate inhabitants (thousands, around 2024) of every 2026
 * municipality, written from general knowledge of CBS population figures and rounded: good enough to make big
 * cities big and islands small, not a statistic. The generator spreads young people in proportion to it; a
 * started programme takes the region's largest municipality as contact municipality (src/store/programme-start.ts).
 */
import { VsvError } from "./errors.js";

export const INSTITUTION_KINDS = ["ROC", "AOC", "VAKINSTELLING", "VO", "PRO", "VSO", "HBO", "WO"] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export interface ReferenceMunicipality {
  readonly code: string;
  readonly name: string;
  readonly rmcRegion: string;
  readonly rmcRegionName: string;
  readonly labourMarketRegion: string;
  /** Approximate inhabitants in thousands (reference/municipality-sizes.csv). */
  readonly size: number;
}

export interface ReferenceInstitution {
  readonly code: string;
  readonly name: string;
  readonly kind: InstitutionKind;
  /** Sectors of the register format it offers, e.g. ["MBO", "VAVO"]. */
  readonly sectors: readonly string[];
  readonly municipalityCode: string;
  /** false: recognised but unfunded (erkend niet-bekostigd). */
  readonly funded: boolean;
}

type CsvRecord = Readonly<Record<string, string>>;

/** The municipalities of a reference/municipalities/<year>.csv table with their sizes; each must have one. */
export function referenceMunicipalities(table: readonly CsvRecord[], sizes: readonly CsvRecord[]): ReferenceMunicipality[] {
  const sizeOf = new Map(sizes.filter((r) => r.inhabitants_thousands).map((r) => [r.municipality_code!, Number(r.inhabitants_thousands)]));
  return table.map((r) => {
    const code = r.municipality_code!;
    const size = sizeOf.get(code);
    if (size === undefined || !Number.isFinite(size)) {
      throw new VsvError("NO_REFERENCE", `Municipality ${code} has no size in reference/municipality-sizes.csv: add it`);
    }
    return {
      code,
      name: r.municipality_name!,
      rmcRegion: r.rmc_region!,
      rmcRegionName: r.rmc_region_name!,
      labourMarketRegion: r.labour_market_region!,
      size,
    };
  });
}

/** The institutions of reference/institutions.csv (sectors separated by `;`). */
export function referenceInstitutions(rows: readonly CsvRecord[]): ReferenceInstitution[] {
  return rows.map((r) => {
    const kind = r.kind as InstitutionKind;
    if (!INSTITUTION_KINDS.includes(kind)) throw new VsvError("BAD_REFERENCE", `reference/institutions.csv: unknown kind "${r.kind}"`);
    return {
      code: r.institution!,
      name: r.name!,
      kind,
      sectors: r.sectors!.split(";"),
      municipalityCode: r.municipality_code!,
      funded: r.funded !== "false",
    };
  });
}
