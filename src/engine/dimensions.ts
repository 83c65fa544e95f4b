/**
 * The breakdowns (`--by`) a figure can be split by: each is a column of the stored per-person
 * results, with an optional label column for display.
 */
import { VsvError } from "../domain/errors.js";

export interface Dimension {
  readonly name: string;
  /** Column in results.persons. */
  readonly column: string;
  /** Column with a human-readable name, shown next to the code. */
  readonly label?: string;
  readonly description: string;
}

export const DIMENSIONS: readonly Dimension[] = [
  { name: "region", column: "region", label: "region_name", description: "RMC / Doorstroompunt region of residence on 1 October t" },
  { name: "municipality", column: "municipality_code", label: "municipality_name", description: "municipality of residence on 1 October t" },
  { name: "labour_market_region", column: "labour_market_region", label: "labour_market_region_name", description: "labour-market region of residence" },
  { name: "institution", column: "institution", label: "institution_name", description: "BRIN of the main enrolment" },
  { name: "location", column: "location", label: "location_name", description: "location (vestiging) of the main enrolment" },
  { name: "programme", column: "programme", description: "programme (crebo / elementcode) of the main enrolment" },
  { name: "vo_mbo", column: "vo_mbo", description: "vo or mbo (mbo includes vavo)" },
  { name: "sector", column: "sector", description: "VO, MBO or VAVO" },
  { name: "level", column: "level", description: "level of the main enrolment as the register spells it (1-4, HAVO, VMBO-BB …)" },
  { name: "education_type", column: "education_type", description: "sort of education: VO-ONDERBOUW, VMBO-BB … VWO, MBO-1 … MBO-4, VAVO" },
  { name: "leerweg", column: "leerweg", description: "BOL or BBL (mbo)" },
  { name: "grade", column: "grade", description: "leerjaar (vo)" },
  { name: "age", column: "age", description: "age in years on 1 October t" },
  { name: "age_group", column: "age_group", description: "under 18 (0-17), 18-22, 23-26" },
  { name: "sex", column: "sex", description: "M, V or X" },
];

export function parseDimensions(names: readonly string[]): Dimension[] {
  const seen = new Set<string>();
  return names.map((n) => {
    const d = DIMENSIONS.find((x) => x.name === n);
    if (!d) {
      throw new VsvError("BAD_BREAKDOWN", `Breakdown "${n}" is not known: use one or more of ${DIMENSIONS.map((x) => x.name).join(", ")}`);
    }
    if (seen.has(n)) throw new VsvError("BAD_BREAKDOWN", `Breakdown "${n}" is given twice: name each breakdown once`);
    seen.add(n);
    return d;
  });
}
