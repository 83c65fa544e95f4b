/**
 * The Dutch name of a value the API gives as a code, for every page: levels, sorts of education and leerwegen
 * (src/domain/labels/education.ts) and the other values the domain names (src/domain/labels/fields.ts).
 */
import { AGE_GROUP_LABELS, leerwegLabel, levelLabel, SECTOR_LABELS } from "../domain/labels/education.js";
import { valueLabel } from "../domain/labels/fields.js";

/** A breakdown's value as a reader says it (`level` "MBO-3" → "Mbo 3"); null for a row without one. */
export function breakdownValueLabel(breakdown: string, value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  const code = String(value);
  if (breakdown === "level" || breakdown === "education_type") return levelLabel(code);
  if (breakdown === "leerweg") return leerwegLabel(code);
  if (breakdown === "sector" && Object.hasOwn(SECTOR_LABELS, code)) return SECTOR_LABELS[code]!;
  if (breakdown === "age_group" && Object.hasOwn(AGE_GROUP_LABELS, code)) return AGE_GROUP_LABELS[code]!;
  return valueLabel(breakdown, code);
}
