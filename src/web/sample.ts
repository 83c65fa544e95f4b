/**
 * What the figures are computed on (/meta → data): a synthetic register is a sample of the Netherlands at a scale
 * (0.1 = 10%), so counts are that share of national counts. National count targets are compared with them only
 * after multiplying by the same scale; percentages need no scaling.
 */
import type { Meta } from "./meta.js";

const pctFormat = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 });

/** The factor to multiply a national count target by before it stands next to this data's counts (null: none). */
export function sampleScale(meta: Meta): number | null {
  const d = meta.data;
  if (!d?.synthetic || d.scale == null || !(d.scale > 0) || d.scale >= 1) return null;
  return d.scale;
}

/** 0.1 → "10%", 0.005 → "0,5%". */
export function scalePct(scale: number): string {
  return `${pctFormat.format(scale * 100)}%`;
}

/** 0.005 → "0,005". */
export function scaleFactor(scale: number): string {
  return new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 6 }).format(scale);
}

/** A national count target on this data's scale (rounded to whole young people). */
export function scaleTarget(value: number, scale: number | null): number {
  return scale === null ? value : Math.round(value * scale);
}
