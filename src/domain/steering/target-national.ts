/**
 * Which national target is distributed (docs/targets.md, "The national target"). The reference targets
 * (reference/targets.csv) are for the whole country. On a register of the whole country they are used as they are;
 * on a register that is a fraction of it (a synthetic register at scale 0.1, a sample, a partial extract) a target
 * of 23,000 over a few thousand vsv'ers would mean nothing, so it is scaled by the data's size: the ratio of the
 * computed national count to the published one (reference/national-series.csv) over the teljaren both have — unless
 * the register declares its scale (a synthetic register's `synthetic_scale`): then that scale, the same one the
 * public pages scale by.
 */
import { VsvError } from "../errors.js";

/** Within this ratio of the published counts the register is taken to be the whole country: no scaling. */
export const WHOLE_COUNTRY = { low: 0.8, high: 1.25 } as const;

export interface CountPair {
  readonly teljaar: string;
  readonly computed: number;
  readonly published: number;
}

export type TargetSource = "given" | "reference" | "reference_scaled";

export interface NationalTarget {
  readonly target: number;
  readonly reference: number | null;
  readonly source: TargetSource;
  /** The declared scale, or computed ÷ published over the overlapping teljaren (null: neither, no scaling). */
  readonly scale: number | null;
  readonly scaledOn: readonly string[];
}

export function dataScale(pairs: readonly CountPair[]): number | null {
  const usable = pairs.filter((p) => p.published > 0);
  if (usable.length === 0) return null;
  return usable.reduce((a, p) => a + p.computed, 0) / usable.reduce((a, p) => a + p.published, 0);
}

/** The target to distribute: the one given, else the reference target, scaled when the data is not the whole country. */
export function nationalTarget(given: number | undefined, reference: number | null, pairs: readonly CountPair[], declaredScale: number | null = null): NationalTarget {
  const scale = declaredScale ?? dataScale(pairs);
  const scaledOn = declaredScale !== null ? [] : pairs.filter((p) => p.published > 0).map((p) => p.teljaar);
  if (given !== undefined) return { target: given, reference, source: "given", scale, scaledOn };
  if (reference === null) throw new VsvError("NO_REFERENCE_TARGET", "Er is geen landelijk doel voor dit jaar en deze definitie in reference/targets.csv: geef er een op met target=");
  if (scale === null || (scale >= WHOLE_COUNTRY.low && scale <= WHOLE_COUNTRY.high)) return { target: reference, reference, source: "reference", scale, scaledOn };
  return { target: Math.round(reference * scale), reference, source: "reference_scaled", scale, scaledOn };
}
