/**
 * Performance norms (*prestatienormen*, docs/norms.md): the highest vsv percentage an mbo level or a vo category
 * may have in a teljaar. A row is met when its vsv'ers are at most the norm's share of its start population, and
 * `fewer_needed` says how many vsv'ers fewer would have met it: the smallest integer k ≥ 0 with
 * (vsv − k) / start population ≤ norm.
 *
 * The comparison is exact, on integers: a norm is held in thousandths of a percent (2.75% → 2750), so
 * 11 of 400 (exactly 2.75%) meets a norm of 2.75% and 12 of 436 (2.752…%) does not, whatever the rounding of
 * the percentage shown next to it.
 */
import { VsvError } from "../errors.js";

declare const normBrand: unique symbol;
/** A norm as a percentage (0–100, at most 3 decimals), e.g. 2.75 for 2,75%. */
export type NormPct = number & { readonly [normBrand]: true };

export function parseNormPct(value: number | string): NormPct {
  const n = typeof value === "number" ? value : Number(String(value).trim().replace(",", "."));
  if (!Number.isFinite(n) || n < 0 || n > 100) {
    throw new VsvError("BAD_NORM", `Norm "${value}" is not a percentage: use a number from 0 to 100, e.g. 2.75`);
  }
  if (Math.abs(Math.round(n * 1000) - n * 1000) > 1e-6) {
    throw new VsvError("BAD_NORM", `Norm "${value}" has more than 3 decimals: round it to thousandths of a percent`);
  }
  return n as NormPct;
}

/** The norm in thousandths of a percent: an integer, so comparisons are exact. */
const milliPct = (norm: NormPct): number => Math.round(norm * 1000);

/** The most vsv'ers a start population may have and still meet the norm: floor(norm × start population). */
export function allowedVsv(startPopulation: number, norm: NormPct): number {
  return Math.floor((milliPct(norm) * startPopulation) / 100_000);
}

function checkCounts(vsv: number, startPopulation: number): void {
  if (!Number.isInteger(vsv) || !Number.isInteger(startPopulation) || vsv < 0 || startPopulation < 0) {
    throw new VsvError("BAD_COUNT", `Counts must be whole numbers of at least 0 (vsv ${vsv}, start population ${startPopulation})`);
  }
  if (vsv > startPopulation) {
    throw new VsvError("BAD_COUNT", `vsv (${vsv}) cannot exceed the start population (${startPopulation}): check the figures passed in`);
  }
}

/**
 * How many vsv'ers fewer would have met the norm: 0 when it is met; null for an empty start population
 * (no percentage, so the norm does not apply).
 */
export function fewerNeeded(vsv: number, startPopulation: number, norm: NormPct): number | null {
  checkCounts(vsv, startPopulation);
  if (startPopulation === 0) return null;
  return Math.max(0, vsv - allowedVsv(startPopulation, norm));
}

/** Whether the norm is met; null for an empty start population. */
export function normMet(vsv: number, startPopulation: number, norm: NormPct): boolean | null {
  const k = fewerNeeded(vsv, startPopulation, norm);
  return k === null ? null : k === 0;
}

export interface NormEvaluation {
  /** vsv / start population × 100, rounded to 2 decimals (as every figure); null for an empty start population. */
  readonly vsv_pct: number | null;
  readonly norm: NormPct;
  readonly met: boolean | null;
  readonly fewer_needed: number | null;
}

export function evaluateNorm(vsv: number, startPopulation: number, norm: NormPct): NormEvaluation {
  const k = fewerNeeded(vsv, startPopulation, norm);
  return {
    vsv_pct: startPopulation === 0 ? null : Math.round((vsv / startPopulation) * 100 * 100) / 100,
    norm,
    met: k === null ? null : k === 0,
    fewer_needed: k,
  };
}
